"""The case window's header names the case number, the one ``gezinsregie export plan CASE_ID`` asks for."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.families import open_case
from models.enums import CloseReason
from tests.integration.case_helpers import intake_family
from tests.ui.case.case_data import intake_ozturk


def test_the_header_shows_the_case_number_to_copy(open_window, services, team):
    """A family with a second case first, so a case's number is not its family's."""
    earlier = intake_family(services, "Jansen")
    services.cases.close(earlier.case_id, 1, CloseReason.NO_HELP_NEEDED)
    with services.ctx.uow() as uow:
        user = services.ctx.user
        open_case(uow.session, services.ctx, earlier.family_id, next(iter(user.team_ids)), user.worker_id,
                  services.ctx.clock.today())
        uow.commit()
    family_id, case_id = intake_ozturk(services)
    assert case_id != family_id

    window = open_window(case_id)

    number = window.header_bar.case_number_label
    assert number.isVisible() and number.text() == f"Casus {case_id}"
    assert number.toolTip().endswith(f"gezinsregie export plan {case_id}")
    assert number.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert number.geometry().top() > window.header_bar.family_label.geometry().bottom()  # under the name
