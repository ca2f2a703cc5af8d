"""Help per child (issue 15 item 3) and verlengde jeugdhulp (item 7, the form part) through the service:
for named young persons of the family or for the family as a whole; refused at the field for a person
not of the family or not a young person; extended care refused past the 23rd birthday."""
from __future__ import annotations

from datetime import date

import pytest

from app.changes import ChangeKind, run_command
from app.errors import ValidationError
from app.youth_age import YoungPerson, age_limits, birthday
from models import InvolvementPerson
from tests.export.plan_data import printed_family
from tests.integration.care_helpers import involvement_input, provider_with_product
from tests.integration.case_helpers import intake_family, member_id


@pytest.fixture
def family(services):
    return printed_family(services)  # Ayşe and Łukasz (parents), Işıl 2012-05-04, Zoë 2015-03-01, Daan 2018-09-30


@pytest.fixture
def product(services):
    return provider_with_product(services, "Kinderpraktijk De Vlinder", "11223344", product="Speltherapie")


def test_help_for_named_young_persons_oldest_first_and_back_to_the_whole_family(services, family, product):
    zoe, isil = member_id(services, family.family_id, "Zoë"), member_id(services, family.family_id, "Işıl")
    inv = services.involvements.add_involvement(family.case_id, involvement_input(*product, person_ids=(zoe, isil)))
    assert [p.name for p in inv.persons] == ["Işıl Öztürk", "Zoë Öztürk"] and not inv.for_family
    assert services.involvements.involvement(inv.id).person_ids == (isil, zoe)

    changes = run_command(lambda: services.involvements.update_involvement(
        inv.id, inv.version, involvement_input(*product, person_ids=())))
    changed = changes.value
    assert changed.for_family and changed.version == inv.version + 1  # only the persons changed: still a new version
    assert ChangeKind.INVOLVEMENT in changes.changes.kinds and family.case_id in changes.changes.case_ids
    with services.ctx.uow() as uow:
        assert uow.session.query(InvolvementPerson).count() == 0


def test_a_person_of_another_family_or_a_parent_is_refused_at_the_field(services, family, product):
    other = intake_family(services, "Vermeulen")
    for wrong in (member_id(services, other.family_id, "Zoë"), member_id(services, family.family_id, "Ayşe")):
        with pytest.raises(ValidationError) as refused:
            services.involvements.add_involvement(family.case_id, involvement_input(*product, person_ids=(wrong,)))
        assert set(refused.value.fields) == {"person_ids"}
    assert len(services.involvements.involvements(family.case_id)) == 1  # only the help there was


def test_extended_care_is_refused_past_the_23rd_birthday_and_the_18th_is_only_a_warning(services, family, product):
    isil = member_id(services, family.family_id, "Işıl")  # 18 on 2030-05-04, 23 on 2035-05-04
    # Without extended care a planned end after 18 is saved (the form warns). The help starts next month: the
    # planned end of help that has started moves later only by an extension (tests/integration/test_extensions.py).
    start = {"start_date": date(2026, 12, 1)}
    inv = services.involvements.add_involvement(family.case_id, involvement_input(
        *product, person_ids=(isil,), planned_end=date(2031, 1, 1), **start))
    assert not inv.extended_care
    with pytest.raises(ValidationError) as refused:
        services.involvements.update_involvement(inv.id, inv.version, involvement_input(
            *product, person_ids=(isil,), planned_end=date(2035, 5, 5), extended_care=True, **start))
    assert set(refused.value.fields) == {"planned_end"}
    assert "04-05-2035" in refused.value.fields["planned_end"].render()
    inv = services.involvements.update_involvement(inv.id, inv.version, involvement_input(
        *product, person_ids=(isil,), planned_end=date(2035, 5, 4), extended_care=True, **start))  # allowed
    assert inv.extended_care and inv.planned_end == date(2035, 5, 4)


def test_the_same_product_for_two_children_is_two_assignments_but_not_twice_for_one(services, family, product):
    zoe, daan = member_id(services, family.family_id, "Zoë"), member_id(services, family.family_id, "Daan")
    services.involvements.add_involvement(family.case_id, involvement_input(*product, person_ids=(zoe,)))
    services.involvements.add_involvement(family.case_id, involvement_input(*product, person_ids=(daan,)))
    for again in ((zoe,), ()):  # Zoë again, or the whole family (which includes Zoë)
        with pytest.raises(ValidationError) as refused:
            services.involvements.add_involvement(family.case_id, involvement_input(*product, person_ids=again))
        assert set(refused.value.fields) == {"product_id"}


def test_the_age_rules():
    zoe = YoungPerson(1, "Zoë", date(2015, 3, 1))   # 18 on 2033-03-01, 23 on 2038-03-01
    leap = YoungPerson(2, "Sem", date(2012, 2, 29))  # 18 on 2030-03-01 (no 29 February then)
    assert birthday(leap.date_of_birth, 18) == date(2030, 3, 1)
    assert age_limits([zoe], {1}, date(2026, 1, 1), None, False) == []  # no planned end: nothing said
    assert age_limits([zoe], {1}, date(2026, 1, 1), date(2033, 2, 28), False) == []
    [warning] = age_limits([zoe], {1}, date(2026, 1, 1), date(2033, 3, 1), False)
    assert (warning.age, warning.on, warning.refused) == (18, date(2033, 3, 1), False)
    assert age_limits([zoe], {1}, date(2026, 1, 1), date(2038, 3, 1), True) == []
    [refusal] = age_limits([zoe], {1}, date(2026, 1, 1), date(2038, 3, 2), True)
    assert (refusal.age, refusal.refused) == (23, True)
    # The family as a whole: each young person turning 18 in the period, never a refusal.
    family = age_limits([zoe, leap], (), date(2030, 1, 1), date(2034, 1, 1), False)
    assert [(w.name, w.on) for w in family] == [("Sem", date(2030, 3, 1)), ("Zoë", date(2033, 3, 1))]
    assert [w.name for w in age_limits([zoe, leap], (), date(2031, 1, 1), date(2034, 1, 1), False)] == ["Zoë"]
    assert [(w.name, w.age, w.refused) for w in age_limits([zoe, leap], (), date(2031, 1, 1), date(2036, 1, 1),
                                                           True)] == [("Sem", 23, False)]


def test_a_young_person_named_in_help_is_not_removed(services, family, product):
    from app.errors import BusinessRuleViolation

    daan = member_id(services, family.family_id, "Daan")
    services.involvements.add_involvement(family.case_id, involvement_input(*product, person_ids=(daan,)))
    version = next(m.version for m in services.members.family_detail(family.family_id).members if m.id == daan)
    with pytest.raises(BusinessRuleViolation) as refused:
        services.members.remove_member(daan, version)
    assert "Daan Öztürk" in refused.value.message()
    assert daan in {m.id for m in services.members.family_detail(family.family_id).members}


def test_a_young_person_named_in_help_does_not_become_a_parent(services, family, product):
    from app.services.families import MemberInput
    from models.enums import MemberRole

    isil = member_id(services, family.family_id, "Işıl")
    services.involvements.add_involvement(family.case_id, involvement_input(*product, person_ids=(isil,)))
    m = next(m for m in services.members.family_detail(family.family_id).members if m.id == isil)
    with pytest.raises(ValidationError) as refused:
        services.members.update_member(isil, m.version, MemberInput(MemberRole.PARENT, m.first_name, m.surname,
                                                                    m.date_of_birth))
    assert set(refused.value.fields) == {"role"}
