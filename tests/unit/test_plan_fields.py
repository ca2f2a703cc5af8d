"""A plan's texts, a goal's and an action's fields are declared once (app/plan_fields.py): saving, copying
into a new version, comparing versions and the labels follow from that declaration, and it agrees with
the tables and the DTOs."""
from __future__ import annotations

from dataclasses import dataclass, fields

from app.plan_fields import (
    ActionInput, ActionProgress, GoalInput, PlanTexts, columns, compared_keys, field_infos, labels, shown_values,
    spec,
)
from app.queries import plan_compare
from app.queries.plans import ACTION_CONTENT_FIELDS, GOAL_CONTENT_FIELDS, PLAN_TEXT_FIELDS, ActionDTO, GoalDTO
from models import Action, FamilyPlan, Goal

BOOKKEEPING = {"id", "version", "created_at", "updated_at"}


def _attributes(cls: type) -> set[str]:
    return {f.name for f in fields(cls)} | {n for n, v in vars(cls).items() if isinstance(v, property)}


def test_every_column_a_person_edits_is_declared_and_every_declared_column_exists():
    assert set(GOAL_CONTENT_FIELDS) == set(Goal.__table__.c.keys()) - BOOKKEEPING - {"plan_id"}
    assert set(ACTION_CONTENT_FIELDS) == set(Action.__table__.c.keys()) - BOOKKEEPING - {"goal_id"}
    assert set(PLAN_TEXT_FIELDS) <= set(FamilyPlan.__table__.c.keys())


def test_the_dtos_carry_every_declared_field_and_every_value_a_comparison_shows():
    for record, dto in ((GoalInput, GoalDTO), (ActionInput, ActionDTO), (ActionProgress, ActionDTO)):
        assert {f.name for f in fields(record)} <= _attributes(dto)
    for record, dto in ((GoalInput, GoalDTO), (ActionInput, ActionDTO)):
        assert {i.shown for _name, i in field_infos(record) if i.shown} <= _attributes(dto)


def test_the_version_comparison_and_the_labels_follow_the_declaration():
    assert plan_compare.GOAL_FIELDS == ("life_domain", "persons", "description", "success_criterion", "target_date",
                                        "actor", "actor_detail", "network_member", "score_start", "score_target",
                                        "status", "safety_goal")
    assert plan_compare.ACTION_FIELDS == ("what", "owner", "owner_name", "due_date", "done")
    assert PLAN_TEXT_FIELDS == columns(PlanTexts)
    assert set(plan_compare.GOAL_FIELDS + plan_compare.ACTION_FIELDS + PLAN_TEXT_FIELDS) <= set(
        labels(PlanTexts, GoalInput, ActionInput, ActionProgress))


def test_a_field_added_in_the_one_place_is_saved_copied_compared_and_labelled():
    @dataclass(frozen=True)
    class Extended(GoalInput):
        mood: str = spec("", label="Mood")
        helper_id: int | None = spec(None, label="Helper", key="helper", shown="helper_name")

    assert columns(Extended)[-2:] == ("mood", "helper_id")
    assert compared_keys(Extended)[-2:] == ("mood", "helper")
    assert labels(Extended)["helper"] == "Helper"

    @dataclass(frozen=True)
    class Shown:
        mood: str = "calm"
        helper_name: str = "Oma"

    class WithExtras(Shown):
        def __getattr__(self, name):  # the goal's other values do not matter here
            return None

    assert shown_values(WithExtras(), Extended) == {**{k: None for k in compared_keys(GoalInput)},
                                                        "mood": "calm", "helper": "Oma"}


def test_an_edit_form_is_prefilled_from_the_dto_field_by_field():
    values = dict(life_domain_id=3, person_ids=(4, 5), description="Op tijd op school", success_criterion="5 dagen",
                  target_date=None, actor=None, actor_detail="oma", network_member_id=None, score_start=2,
                  score_target=7, status=GoalInput.__dataclass_fields__["status"].default, safety_goal=True)

    class Dto:
        persons = ()

        def __getattr__(self, name):
            return values[name]

    assert GoalInput.from_dto(Dto()) == GoalInput(**values)
