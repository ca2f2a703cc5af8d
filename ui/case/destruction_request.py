"""An administrator asks, from the family's closed case, for its file to be destroyed on the person's
request (Jeugdwet 7.3.9); a second administrator approves under *Bestand > Bewaren en vernietigen*."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.bootstrap import Services
from app.queries.case_view import CaseHeader
from models.enums import Role
from ui.dialogs.destruction_dialogs import DestructionRequestDialog
from ui.events import AppEvents
from ui.tasks import TaskRunner
from ui.widgets.form_dialog import run_form_dialog
from ui.widgets.messages import inform


def may_request_destruction(services: Services) -> bool:
    user = services.ctx.user
    return user is not None and user.role is Role.ADMIN


def request_destruction(parent: QWidget, services: Services, header: CaseHeader, runner: TaskRunner,
                        events: AppEvents) -> None:
    name = QCoreApplication.translate("DestructionRequest", "{name} (family {id})").format(
        name=header.family_name, id=header.family_id)
    dialog = DestructionRequestDialog(header.family_id, name, False, services.retention.request_destruction,
                                      parent, runner=runner)

    def saved(outcome) -> None:
        events.announce(outcome.changes, parent)
        inform(parent, QCoreApplication.translate(
            "DestructionRequest", "The request is recorded. A second administrator approves it under "
                                  "File > Retention and destruction; only then can it be carried out."))

    run_form_dialog(dialog, saved, lambda _conflict: None)
