"""The printed plan's safety plan (veiligheidsplan, issue 17 item 3): the three texts, the safety goals and the
scaling answers as a trend and a table, before the signatures; none without a safety part (read back)."""
from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from pathlib import Path

from app.queries.safety import Respondent, RespondentKind
from app.services.members import NetworkMemberInput
from app.services.plan_inputs import GoalInput
from app.services.safety import ScalingInput
from tests.export.plan_data import pdf_text
from tests.integration.case_helpers import member_id

WORRIES = "Vader drinkt en wordt dan boos; Zoë is bang als hij thuiskomt."
WELL = "Oma Fatma haalt Zoë op als het thuis onrustig is."
NEXT = "Vader drinkt niet als de kinderen thuis zijn."


def _text(exports, case_id: int) -> str:
    return " ".join(pdf_text(exports.plan_pdf(case_id)).split())


def safety_family(services, family) -> None:
    """A new draft of the family's plan with a safety part, a safety goal and four scaling answers."""
    plans = services.plans
    draft = plans.new_version(family.plan_id)
    draft = plans.update_plan_texts(draft.id, draft.version, safety_worries=WORRIES, safety_working_well=WELL,
                                    safety_next_steps=NEXT)
    goal = draft.goals[0]
    plans.update_goal(goal.id, goal.version, replace(GoalInput.from_dto(goal), safety_goal=True))
    oma = services.members.add_network_member(family.family_id, NetworkMemberInput("Oma Fatma", "grootmoeder")).id
    zoe = Respondent(RespondentKind.PERSON, member_id(services, family.family_id, "Zoë"))
    for who, score, on, note in ((zoe, 3, date(2026, 9, 1), "Vaak bang"), (zoe, 5, date(2026, 10, 1), None),
                                 (Respondent(RespondentKind.NETWORK, oma), 6, date(2026, 10, 1), None),
                                 (zoe, 7, date(2026, 11, 1), "Slaapt beter")):
        services.safety.record_answer(family.case_id, ScalingInput(who, score, on, note))


def test_the_plan_prints_the_safety_plan_before_the_signatures(exports, services, family):
    safety_family(services, family)
    text = _text(exports, family.case_id)
    start = text.index("Veiligheidsplan")
    assert start < text.rindex("Ondertekening")
    part = text[start:]
    for words in ("Waar maken we ons zorgen over", WORRIES, "Wat gaat goed", WELL, "Wat moet er gebeuren", NEXT,
                  "Veiligheidsdoelen", "1. Doel nummer 1", "Schaalvraag: hoe veilig is het nu?",
                  "Zoë Öztürk 3 (01-09-2026) → 5 (01-10-2026) → 7 (01-11-2026) 7", "Oma Fatma 6 (01-10-2026) 6",
                  "01-09-2026 Zoë Öztürk 3 Vaak bang", "01-11-2026 Zoë Öztürk 7 Slaapt beter"):
        assert words in part, words
    assert text.count("Veiligheidsdoel ") >= 1  # the marker at the goal itself


def test_a_plan_without_a_safety_part_has_no_such_section(exports, family):
    assert "Veiligheidsplan" not in _text(exports, family.case_id)


def test_the_safety_page_renders(exports, services, family, tmp_path, qapp):
    """Renders the pages with Qt's PDF module for a look; GEZINSREGIE_SAFETY_SHOTS keeps them."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument
    safety_family(services, family)
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(exports.plan_pdf(family.case_id))
    doc = QPdfDocument()
    doc.load(str(pdf))
    keep = Path(os.environ.get("GEZINSREGIE_SAFETY_SHOTS", tmp_path))
    keep.mkdir(parents=True, exist_ok=True)
    pages = [i for i in range(doc.pageCount()) if "Veiligheidsplan" in doc.getAllText(i).text()]
    assert pages
    for i in range(pages[0], doc.pageCount()):
        image = doc.render(i, QSize(620, 877))
        assert not image.isNull()
        image.save(str(keep / f"safety-pdf-page{i + 1}.png"))
