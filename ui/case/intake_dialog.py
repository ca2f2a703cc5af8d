"""A new family: address, team and director, its members; checked against families already known.

The dialog works through the services it is given (never the database). Saving first asks
``families.find_duplicates``; matches are shown in the dialog and the worker opens that family or
confirms that this one is different. Then ``families.intake`` creates family and case. Messages come
back at the fields that caused them, and nothing typed is lost.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QBoxLayout, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QStackedWidget,
    QVBoxLayout, QWidget,
)

from app.bootstrap import Services
from app.errors import AppError, ValidationError
from app.queries.family_duplicates import DuplicateMatch
from app.changes import Changes, Outcome, run_command
from app.services.families import IntakeInput, MemberInput
from models.enums import MemberRole
from ui.case.duplicate_panel import DuplicatePanel
from ui.case.members_editor import MemberRow, MembersEditor
from ui.widgets.style import case_stylesheet
from ui.widgets.heading import heading, muted
from ui.widgets.screen_fit import compact_screen, minimum_within_screen, plain_scroll, resize_to_screen
from ui.errors import show_error, show_field_errors
from ui.widgets.field_error_label import FieldErrorLabel, with_error
from ui.tasks import TaskRunner
from ui.widgets.form_dialog import GuardedFormDialog
from ui.widgets.municipality_combo import MunicipalityCombo

MEMBER_PREFIX = "members."


@dataclass(frozen=True)
class IntakeOutcome:
    """What the worker ended up with: a new family and case, or a known family's open case.

    Only a known family with an open case can be chosen, so there is always a case to open.
    """

    case_id: int
    family_id: int
    is_new_family: bool


class IntakeDialog(GuardedFormDialog):
    """``outcome`` is set when the dialog is accepted."""

    def __init__(self, services: Services, parent: QWidget | None = None, *, runner: TaskRunner):
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self.changes = Changes()  # what the intake stored, for the caller to announce
        self._different_families: set[int] = set()  # matches the worker said are another family
        self._matches: list[DuplicateMatch] = []
        self._submitted_rows: list[MemberRow] = []
        self.outcome: IntakeOutcome | None = None
        self.setWindowTitle(self.tr("New family"))
        self.setStyleSheet(case_stylesheet())
        minimum_within_screen(self, 1000)

        self.pages = QStackedWidget()
        self.form_page = self._make_form_page()
        self.duplicate_panel = DuplicatePanel()
        self.pages.addWidget(self.form_page)
        self.pages.addWidget(self.duplicate_panel)

        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Save | buttons.Cancel)
        self.save_button = self.buttons.button(buttons.Save)
        self.save_button.setText(self.tr("Save and open case"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.duplicate_panel.family_chosen.connect(self._on_duplicate_panel_family_chosen)
        self.duplicate_panel.different_family_confirmed.connect(
            self._on_duplicate_panel_different_family_confirmed)
        self.duplicate_panel.back_requested.connect(self._on_duplicate_panel_back_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("New family"), 1.3, "dialogHeading"))
        layout.addWidget(muted(self.tr(
            "Who belongs to the family, where they live and who directs the case. Before saving, Gezinsregie "
            "checks whether the family is already known.")))
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.members_editor.add_member(MemberRole.PARENT)
        self.members_editor.add_member(MemberRole.YOUNG_PERSON)
        self.family_name_edit.setFocus()
        resize_to_screen(self, 1040, 640)

    # -- building ---------------------------------------------------------------------------------
    def _make_form_page(self) -> QWidget:
        self.family_name_edit = QLineEdit()
        self.family_name_edit.setPlaceholderText(self.tr("e.g. Öztürk or Van den Berg"))
        self.street_edit = QLineEdit()
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setMaxLength(7)
        self.postcode_edit.setFixedWidth(100)
        self.city_edit = QLineEdit()
        self.municipality_combo = MunicipalityCombo()
        self.municipality_combo.setToolTip(self.tr(
            "Where the family lives; the team's municipalities come first (the first is proposed)"))
        self.team_combo = QComboBox()
        self.director_combo = QComboBox()
        self.form_fields: dict[str, QWidget] = {
            "family_name": self.family_name_edit, "street": self.street_edit, "postcode": self.postcode_edit,
            "city": self.city_edit, "municipality_code": self.municipality_combo,
            "team": self.team_combo, "director": self.director_combo,
        }
        self.field_errors = {name: FieldErrorLabel(widget) for name, widget in self.form_fields.items()}
        for name, widget in self.form_fields.items():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self.field_errors[name].clear_message)
        self.municipality_combo.lineEdit().textEdited.connect(self.field_errors["municipality_code"].clear_message)
        self._fill_teams()
        self.team_combo.currentIndexChanged.connect(self._on_team_combo_current_index_changed)

        family_form = self._form()
        family_form.addRow(self.tr("Family name"), self._field("family_name"))
        family_form.addRow(self.tr("Team"), self._field("team"))
        family_form.addRow(self.tr("Director"), self._field("director"))
        address_form = self._form()
        address_form.addRow(self.tr("Street and number"), self._field("street"))
        place = QHBoxLayout()
        place.setSpacing(8)
        place.addWidget(self._field("postcode"))
        place.addWidget(self._field("city"), 1)
        address_form.addRow(self.tr("Postcode and city"), place)
        address_form.addRow(self.tr("Municipality"), self._field("municipality_code"))
        compact = compact_screen(self)  # a laptop at 150% or 200%: the two forms above each other, all scrolls
        top = QBoxLayout(QBoxLayout.Direction.TopToBottom if compact else QBoxLayout.Direction.LeftToRight)
        top.setSpacing(8 if compact else 32)
        top.addLayout(family_form, 1)
        top.addLayout(address_form, 1)

        self.members_editor = MembersEditor(self._services.ctx.clock.today())
        self.members_error = FieldErrorLabel(self.members_editor)
        self.add_member_button = QPushButton(self.tr("+ Add member"))
        self.add_member_button.setObjectName("addMemberButton")
        self.add_member_button.clicked.connect(self._on_add_member_button_clicked)
        members_box = QWidget()
        members_column = QVBoxLayout(members_box)
        members_column.setContentsMargins(0, 0, 8, 0)
        members_column.addWidget(self.members_editor)
        members_column.addWidget(self.members_error)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_member_button)
        add_row.addStretch(1)
        members_column.addLayout(add_row)
        members_column.addStretch(1)
        scroll = plain_scroll(members_box)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addWidget(heading(self.tr("Family members"), 1.1))
        layout.addWidget(scroll, 1)
        if compact:
            scroll.setMinimumHeight(self.fontMetrics().height() * 8)
            return plain_scroll(page)
        return page

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(14)
        return form

    def _field(self, name: str) -> QWidget:
        return with_error(self.form_fields[name], self.field_errors[name])

    def _fill_teams(self) -> None:
        user = self._services.ctx.user
        for team in self._services.workers.teams():
            self.team_combo.addItem(team.name, team.id)
        own = next((i for i in range(self.team_combo.count())
                    if user is not None and self.team_combo.itemData(i) in user.team_ids), 0)
        self.team_combo.setCurrentIndex(own)
        self._fill_directors()

    def _fill_directors(self) -> None:
        """The team's workers; the signed-in worker is the usual director of a new case. The team's
        municipalities come first in the municipality's list, its first proposed."""
        self.director_combo.clear()
        team_id = self.team_combo.currentData()
        if team_id is None:
            return
        self.municipality_combo.fill(self._services.organisation.team_municipalities(team_id))
        for worker in self._services.workers.workers(team_id):
            self.director_combo.addItem(worker.name, worker.id)
        user = self._services.ctx.user
        mine = self.director_combo.findData(user.worker_id) if user is not None else -1
        self.director_combo.setCurrentIndex(max(mine, 0))

    # -- reading the form -------------------------------------------------------------------------
    def _intake_input(self, members: list[MemberInput]) -> IntakeInput:
        return IntakeInput(
            family_name=self.family_name_edit.text(), members=members,
            team_id=self.team_combo.currentData(), director_id=self.director_combo.currentData(),
            street=self.street_edit.text() or None, postcode=self.postcode_edit.text() or None,
            city=self.city_edit.text() or None, municipality_code=self.municipality_combo.code(),
        )

    # -- slots ------------------------------------------------------------------------------------
    def _on_team_combo_current_index_changed(self, _index: int) -> None:
        self._fill_directors()

    def _on_add_member_button_clicked(self) -> None:
        row = self.members_editor.add_member()
        row.fields.first_name_edit.setFocus()

    def _on_buttons_accepted(self) -> None:
        self._save()

    def _on_duplicate_panel_family_chosen(self, case_id: int, family_id: int) -> None:
        self.outcome = IntakeOutcome(case_id=case_id, family_id=family_id, is_new_family=False)
        self.accept()

    def _on_duplicate_panel_different_family_confirmed(self) -> None:
        self._different_families |= {match.family_id for match in self._matches}
        self._show_form()
        self._save()

    def _on_duplicate_panel_back_requested(self) -> None:
        self._show_form()

    def _show_form(self) -> None:
        self.pages.setCurrentWidget(self.form_page)
        self.buttons.setVisible(True)

    # -- saving -----------------------------------------------------------------------------------
    def _save(self) -> None:
        """Checks for known families first (those the worker set aside excepted), then takes the family in."""
        for error in (*self.field_errors.values(), self.members_error, *self.members_editor.error_labels):
            error.clear_message()
        if not self.members_editor.check_dates():
            return
        rows_and_members = self.members_editor.members()
        self._submitted_rows = [row for row, _member in rows_and_members]
        members = [member for _row, member in rows_and_members]
        families, set_aside, data = self._services.families, set(self._different_families), self._intake_input(members)

        def check_then_take_in() -> tuple[list[DuplicateMatch], Outcome | None]:
            matches = [m for m in families.find_duplicates(members) if m.family_id not in set_aside]
            return matches, None if matches else run_command(lambda: families.intake(data))

        self.save_button.setEnabled(False)
        self._runner.run(check_then_take_in, self._on_saved, self._on_save_failed, context=self)

    def _on_saved(self, answer: tuple[list[DuplicateMatch], Outcome | None]) -> None:
        self.save_button.setEnabled(True)
        self._matches, taken_in = answer
        if taken_in is None:
            self.duplicate_panel.show_matches(self._matches)
            self.pages.setCurrentWidget(self.duplicate_panel)
            self.buttons.setVisible(False)
            return
        self.changes = taken_in.changes
        result = taken_in.value
        self.outcome = IntakeOutcome(case_id=result.case_id, family_id=result.family_id, is_new_family=True)
        self.accept()

    def _on_save_failed(self, error: AppError) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self._show_validation(error)
        else:
            show_error(self, error)

    def _show_validation(self, error: ValidationError) -> None:
        """Form fields by name, member cells by ``members.N.field``; anything else in a message box."""
        fields = {**self.field_errors, "members": self.members_error}
        unplaced = show_field_errors(error, fields)
        per_row: dict[int, dict[str, str]] = {}
        leftover: dict[str, str] = {}
        for name, text in unplaced.items():
            index, _, field_name = name.removeprefix(MEMBER_PREFIX).partition(".")
            if name.startswith(MEMBER_PREFIX) and index.isdigit() and int(index) < len(self._submitted_rows):
                per_row.setdefault(int(index), {})[field_name] = text
            else:
                leftover[name] = text
        for index, messages in per_row.items():
            leftover.update(self.members_editor.show_errors(self._submitted_rows[index], messages))
        if leftover:
            show_error(self, error)
