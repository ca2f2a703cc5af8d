"""The printed plan and the inspection copy read back: the family-group plan offer with its day and answer
(Jeugdwet 4.1.2), the family's own statement near the part it disputes, and a correction with what stood
there before (Jeugdwet 7.3.8, AVG 16)."""
from __future__ import annotations

from datetime import date

from app.services.statements import CorrectionInput, FamilyGroupPlanInput, StatementInput
from models.enums import FamilyGroupPlanAnswer, StatementSubject
from tests.export.plan_data import pdf_text
from tests.integration.case_helpers import member_id

OFFERED = date(2026, 11, 3)


def _offer(services, case_id: int, answer: FamilyGroupPlanAnswer, note: str | None = None) -> None:
    version = services.statements.family_group_plan_offer(case_id).version
    services.statements.record_family_group_plan_offer(case_id, version, FamilyGroupPlanInput(OFFERED, answer, note))


def test_the_plan_prints_the_offer_with_its_day_and_the_familys_answer(exports, services, family):
    first = pdf_text(exports.plan_pdf(family.case_id))
    assert "Familiegroepsplan Nog niet aangeboden" in first, first[:900]
    _offer(services, family.case_id, FamilyGroupPlanAnswer.DECLINED, "Het netwerk is klein")
    text = pdf_text(exports.plan_pdf(family.case_id))
    assert ("Familiegroepsplan Aangeboden op 03-11-2026: het gezin heeft het afgewezen; dit plan is gemaakt met "
            "het sociaal team. Het netwerk is klein") in text
    _offer(services, family.case_id, FamilyGroupPlanAnswer.ACCEPTED)
    assert "Aangeboden op 03-11-2026: het gezin maakt een familiegroepsplan met het eigen netwerk" in pdf_text(
        exports.plan_pdf(family.case_id))


def test_the_plan_prints_an_own_statement_right_after_the_part_it_disputes(exports, services, family):
    ayse = member_id(services, family.family_id, "Ayşe")
    plan = services.plans.plan_version(family.plan_id)
    services.statements.add_statement(family.case_id, StatementInput(
        ayse, StatementSubject.PLAN_TEXT, plan.id, "concerns", "Zoë is maar twee keer te laat gekomen.",
        date(2026, 11, 21)))
    goal = plan.goals[0]
    services.statements.add_statement(family.case_id, StatementInput(
        ayse, StatementSubject.GOAL, goal.id, "description", "Dit doel hebben we niet zo afgesproken.",
        date(2026, 11, 22)))
    text = pdf_text(exports.plan_pdf(family.case_id))
    concerns = text.index("Zoë komt vaak te laat op school.")
    statement = text.index("Eigen verklaring van Ayşe Öztürk 21-11-2026, over: Zorgen")
    assert concerns < statement < text.index("Zoë is maar twee keer te laat gekomen.") < text.index("Oma Łucja, buurman Michał")
    about_goal = text.index("22-11-2026, over: het doel ‘Doel nummer 1")
    assert text.index("slotwoord3") < about_goal < text.index("Dit doel hebben we niet zo afgesproken.")


def test_the_inspection_copy_prints_statements_and_corrections_of_that_person(services, family, out):
    ayse, zoe = (member_id(services, family.family_id, n) for n in ("Ayşe", "Zoë"))
    plan = services.plans.plan_version(family.plan_id)
    services.statements.add_statement(family.case_id, StatementInput(
        ayse, StatementSubject.PLAN_TEXT, plan.id, "concerns", "Mijn eigen woorden.", date(2026, 11, 21)))
    services.statements.correct(family.case_id, CorrectionInput(
        ayse, StatementSubject.PLAN_TEXT, plan.id, "strengths", "Oma Łucja helpt.", "Buurman verhuisd",
        plan.version))
    text = pdf_text(services.privacy.export_person_file(ayse, out).pdf.read_bytes())
    for expected in ("Eigen verklaringen en correcties", "Eigen verklaring van 21-11-2026", "Mijn eigen woorden.",
                     "Gecorrigeerd op 22-11-2026 door Sanne de Vries", "Wat er eerst stond",
                     "Oma Łucja, buurman Michał en tante Bjørg helpen elke dag.", "Wat er nu staat", "Oma Łucja helpt.",
                     "Buurman verhuisd"):
        assert expected in text, expected
    other = pdf_text(services.privacy.export_person_file(zoe, out).pdf.read_bytes())
    assert "Mijn eigen woorden." not in other and "Buurman verhuisd" not in other
