"""Every date field of the app, driven as a worker types: the day-first spellings a Dutch worker uses are
stored as that day; text that is no date is said at the field, the form keeps it and nothing is saved.

Each case builds the real dialog or page with its service call replaced by a recorder, so "stored" is what
the form hands to the service. The list below is every place a date is typed (tests fail when a date
field is added and not listed here: see ``test_every_date_field_is_listed``).
"""
from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from operator import attrgetter
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableView, QWidget

from app.consent import ConsentRequirement
from app.queries.case_view import DirectionHolder
from models.enums import DirectionMode, ImprovementStepKind
from app.queries.keyset import Page
from app.queries.statements import FamilyGroupPlanOffer
from app.services.access_log import AccessLogChoices
from tests.ui.case.conftest import click_ok
from ui.care.evaluation_dialog import EvaluationDialog, EvaluationSetup
from ui.care.involvement_dialog import InvolvementDialog
from ui.care.extension_dialogs import ExtensionDialog
from ui.care.involvement_steps import EndInvolvementDialog, ReportBackDialog
from ui.care.waakvlam_dialogs import ContactDialog, WaakvlamDialog
from ui.care.signal_dialog import SignalDialog
from ui.case.consent_dialog import ConsentDialog
from ui.case.crisis_dialogs import EndCrisisDialog
from ui.case.meldcode_dialogs import ConsultDialog, DecisionDialog, SignalsDialog
from ui.case.direction_dialogs import DirectionDialog
from ui.case.protection_dialogs import ExtendMeasureDialog, MeasureDialog
from ui.case.transition_dialog import TransitionPlanDialog
from ui.case.family_dialogs import MemberDialog
from ui.dialogs.access_log_dialog import AccessLogDialog, AccessLogSource
from ui.events import AppEvents
from ui.main import application_stylesheet
from ui.pages.account_dialogs import StepDialog as ImprovementStepDialog
from ui.pages.figures_page import FiguresPage
from ui.plan.action_dialog import ActionDialog
from ui.plan.agree_dialog import AgreeDialog
from ui.plan.choices import PlanChoices
from ui.plan.goal_dialog import GoalDialog
from ui.plan.plan_texts import PlanTextsEditor
from ui.plan.scaling_dialog import ScalingDialog
from ui.plan.statement_dialogs import FamilyGroupPlanDialog, StatementDialog
from ui.tasks import SynchronousTaskRunner

RUN = SynchronousTaskRunner()  # the dialogs save at once
from ui.widgets.date_edit import DateLineEdit, OptionalDateEdit, date_input
from ui.widgets.field_error_label import FieldErrorLabel

TODAY = date(2026, 12, 4)
SPELLINGS = {"15-03-2027": date(2027, 3, 15), "15-3-27": date(2027, 3, 15), "15032027": date(2027, 3, 15),
             "15 3 2027": date(2027, 3, 15)}
NOT_DATES = ("31-02-2027", "15-03", "morgen")


class Recorder(list):
    """Stands in for a service call: remembers its arguments, answers like a saved record."""

    def __init__(self, answer: object = None):
        super().__init__()
        self.answer = SimpleNamespace(version=1, id=1) if answer is None else answer

    def __call__(self, *args):
        self.append(args)
        return self.answer


@dataclass
class Form:
    widget: QWidget
    field: DateLineEdit
    submit: Callable[[], None]
    stored: Callable[[], date | None]    # what reached the service, or None when nothing did
    message: Callable[[], str]            # the message shown at the field


def _dialog(qtbot, dialog, field, saved: Recorder, pick: Callable[[tuple], date]) -> Form:
    qtbot.addWidget(dialog)
    dialog.show()
    edit = field.date_edit if isinstance(field, OptionalDateEdit) else field
    if isinstance(field, OptionalDateEdit):
        field.enabled_check.setChecked(True)
    labels = [label for label in dialog.findChildren(FieldErrorLabel) if date_input(label.field()) is field]
    return Form(dialog, edit, lambda: click_ok(qtbot, dialog), lambda: pick(saved[-1]) if saved else None,
                lambda: labels[0].text() if labels[0].isVisible() else "")


def _plan_choices() -> PlanChoices:
    return PlanChoices(life_domains=(SimpleNamespace(id=1, name="Onderwijs"),), members=(), network=(),
                       colleagues=())


def _evaluation_setup() -> EvaluationSetup:
    plan = SimpleNamespace(version_no=1, agreed_on=TODAY, evaluation_interval_weeks=12, goals=())
    return EvaluationSetup(plan=plan, planned_date=TODAY, participants=(), last_scores={})


def _involvement(qtbot, name: str, field: str = "") -> Form:
    saved = Recorder()
    dialog = InvolvementDialog([], [], saved, today=TODAY, runner=RUN)
    return _dialog(qtbot, dialog, getattr(dialog, name + "_edit"), saved,
                   lambda args: getattr(args[0], field or name))


def _evaluation(qtbot, name: str, field: str) -> Form:
    saved = Recorder()
    dialog = EvaluationDialog(_evaluation_setup(), lambda day: ConsentRequirement(day, ()), saved, today=TODAY,
                              runner=RUN)
    return _dialog(qtbot, dialog, getattr(dialog, name), saved, lambda args: getattr(args[0], field))


def _simple(qtbot, make, name: str, pick=lambda args: args[0]) -> Form:
    saved = Recorder()
    dialog = make(saved)
    return _dialog(qtbot, dialog, attrgetter(name)(dialog), saved, pick)


def _plan_texts(qtbot) -> Form:
    texts = PlanTextsEditor(TODAY)
    qtbot.addWidget(texts)
    texts.load({name: "" for name in texts.text_edits} | {"evaluation_interval_weeks": 12, "plan_date": TODAY})
    texts.show()
    sent: list[dict] = []

    def submit() -> None:  # what the plan tab does on Save (ui/plan/plan_tab.py _save_texts)
        if texts.dates_readable():
            sent.append(texts.changed())
    return Form(texts, texts.plan_date_edit, submit, lambda: sent[-1]["plan_date"] if sent else None,
                lambda: texts.errors["plan_date"].text() if texts.errors["plan_date"].isVisible() else "")


def _access_log(qtbot, which: str) -> Form:
    asked = Recorder(Page([], None, 0))
    source = AccessLogSource(lambda: AccessLogChoices([(1, "Familie A")], [(2, "Worker B")]), asked, asked)
    dialog = AccessLogDialog(source, SynchronousTaskRunner(), TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.to_edit.set_date(date(2027, 12, 31))  # a period around every date typed here
    index = 0 if which == "from_edit" else 1
    field = getattr(dialog, which)

    def stored() -> date | None:
        if not asked:
            return None
        moment: datetime = asked[-1][1 + index]
        day = moment.astimezone().date()
        return day if index == 0 else date.fromordinal(day.toordinal() - 1)
    return Form(dialog, field, lambda: dialog.search_button.click(), stored,
                lambda: dialog.date_errors[index].text() if dialog.date_errors[index].isVisible() else "")


def _figures(qtbot, which: str) -> Form:
    counted: list[tuple] = []
    figures = SimpleNamespace(team_choices=lambda: [], municipality_choices=lambda: [],
                              management_figures=lambda *args: counted.append(args))
    page = FiguresPage(figures, True, lambda: TODAY, SynchronousTaskRunner(), AppEvents())
    qtbot.addWidget(page)
    page.show()
    counted.clear()
    name = "start" if which == "from_edit" else "end"
    index = 0 if name == "start" else 1

    def submit() -> None:  # leaving the field; the page reloads once the typing stops
        getattr(page, which).editingFinished.emit()
        page._reload_timer.timeout.emit() if page._reload_timer.isActive() else None
    return Form(page, getattr(page, which), submit, lambda: counted[-1][index] if counted else None,
                lambda: page.field_errors[name].text() if page.field_errors[name].isVisible() else "")


CASES: dict[str, Callable] = {
    "MemberDialog.date_of_birth": lambda q: _simple(q, lambda s: MemberDialog(TODAY, s, runner=RUN),
                                                    "fields.date_of_birth_edit",
                                                    lambda a: a[0].date_of_birth),
    "EndInvolvementDialog.actual_end": lambda q: _simple(q, lambda s: EndInvolvementDialog(["Jeugdhulp"], s,
                                                                                            today=TODAY, runner=RUN),
                                                         "end_date_edit"),
    "ExtensionDialog.new_planned_end": lambda q: _simple(q, lambda s: ExtensionDialog(SimpleNamespace(
        planned_end=TODAY, extensions=0, extension_policy=""), [], s, today=TODAY, runner=RUN), "new_end_edit",
        lambda a: a[0].new_end),
    "ReportBackDialog.report_back_date": lambda q: _simple(q, lambda s: ReportBackDialog(SimpleNamespace(
        provider_name="Jeugdhulp"), s, today=TODAY, runner=RUN), "next_date_edit"),
    "WaakvlamDialog.start_date": lambda q: _simple(q, lambda s: WaakvlamDialog([], [], 1, s, today=TODAY, runner=RUN),
                                                   "start_edit", lambda a: a[0].start_date),
    "ContactDialog.held_on": lambda q: _simple(q, lambda s: ContactDialog(None, s, lambda: True, today=TODAY,
                                                                          runner=RUN),
                                               "held_edit"),
    "InvolvementDialog.referral_date": lambda q: _involvement(q, "referral_date"),
    "InvolvementDialog.start_date": lambda q: _involvement(q, "start_date"),
    "InvolvementDialog.planned_end": lambda q: _involvement(q, "planned_end"),
    "InvolvementDialog.report_back_date": lambda q: _involvement(q, "report_back", "report_back_date"),
    "EvaluationDialog.held_on": lambda q: _evaluation(q, "held_edit", "held_on"),
    "EvaluationDialog.planned_date": lambda q: _evaluation(q, "planned_edit", "planned_date"),
    "EvaluationDialog.next_date": lambda q: _evaluation(q, "next_edit", "next_date"),
    "AgreeDialog.agreed_on": lambda q: _simple(q, lambda s: AgreeDialog(
        SynchronousTaskRunner(), s, plan_version=1, version_no=1, content_code="AB12", today=TODAY),
        "agreed_on_edit", lambda a: a[0].agreed_on),
    "GoalDialog.target_date": lambda q: _simple(q, lambda s: GoalDialog(
        _plan_choices(), SynchronousTaskRunner(), s, suggested_target=TODAY), "target_date_edit",
        lambda a: a[0].target_date),
    "ActionDialog.due_date": lambda q: _simple(q, lambda s: ActionDialog(
        _plan_choices(), SynchronousTaskRunner(), s, goal_target=None, suggested_due=TODAY), "due_date_edit",
        lambda a: a[0].due_date),
    "ConsentDialog.given_on": lambda q: _simple(q, lambda s: ConsentDialog(TODAY, [], s, runner=RUN),
                                                "given_on_edit", lambda a: a[0].given_on),
    "ConsentDialog.valid_until": lambda q: _simple(q, lambda s: ConsentDialog(TODAY, [], s, runner=RUN),
                                                   "valid_until_edit", lambda a: a[0].valid_until),
    "DirectionDialog.since": lambda q: _simple(q, lambda s: DirectionDialog(
        TODAY, DirectionHolder(DirectionMode.SOCIAL_TEAM), s, runner=RUN), "since_edit", lambda a: a[0].since),
    "MeasureDialog.starts_on": lambda q: _simple(q, lambda s: MeasureDialog(TODAY, [], s, runner=RUN),
                                                 "starts_on_edit", lambda a: a[0].starts_on),
    "MeasureDialog.ends_on": lambda q: _simple(q, lambda s: MeasureDialog(TODAY, [], s, runner=RUN),
                                               "ends_on_edit", lambda a: a[0].ends_on),
    "MeasureDialog.placement_on": lambda q: _simple(q, lambda s: MeasureDialog(TODAY, [], s, runner=RUN),
                                                    "placement_edit", lambda a: a[0].placement_on),
    "ExtendMeasureDialog.ends_on": lambda q: _simple(q, lambda s: ExtendMeasureDialog(
        TODAY, SimpleNamespace(person_name="Zoë", ends_on=TODAY), s, runner=RUN), "ends_on_edit"),
    "TransitionPlanDialog.agreed_on": lambda q: _simple(q, lambda s: TransitionPlanDialog(TODAY, [], s, runner=RUN),
                                                        "agreed_on_edit", lambda a: a[0].agreed_on),
    "PlanTextsEditor.plan_date": _plan_texts,
    "FamilyGroupPlanDialog.offered_on": lambda q: _simple(q, lambda s: FamilyGroupPlanDialog(
        TODAY, FamilyGroupPlanOffer(1, 1, TODAY, None, None, None, 1), s, runner=RUN), "offered_on_edit",
        lambda a: a[0].offered_on),
    "StatementDialog.stated_on": lambda q: _simple(q, lambda s: StatementDialog(TODAY, [], [], s, runner=RUN),
                                                   "stated_on_edit", lambda a: a[0].stated_on),
    "AccessLogDialog.from": lambda q: _access_log(q, "from_edit"),
    "AccessLogDialog.to": lambda q: _access_log(q, "to_edit"),
    "FiguresPage.from": lambda q: _figures(q, "from_edit"),
    "FiguresPage.to": lambda q: _figures(q, "to_edit"),
    # safety: the meldcode steps, the scaling question, crisis; providers: signals and improvement steps
    "meldcode StepDialog.on_date": lambda q: _simple(q, lambda s: SignalsDialog(TODAY, s, runner=RUN),
                                                     "on_date_edit", lambda a: a[0].on_date),
    "ConsultDialog.advice_on": lambda q: _simple(q, lambda s: ConsultDialog(TODAY, s, runner=RUN),
                                                 "advice_on_edit", lambda a: a[0].advice_on),
    "DecisionDialog.report_on": lambda q: _simple(q, lambda s: DecisionDialog(TODAY, None, s, runner=RUN),
                                                  "report_on_edit", lambda a: a[0].report_on),
    "ScalingDialog.asked_on": lambda q: _simple(q, lambda s: ScalingDialog(TODAY, (), s, runner=RUN),
                                                "asked_on_edit", lambda a: a[0].asked_on),
    "EndCrisisDialog.ended_on": lambda q: _simple(q, lambda s: EndCrisisDialog(TODAY, s, runner=RUN),
                                                  "ended_on_edit", lambda a: a[0].ended_on),
    "SignalDialog.raised_on": lambda q: _simple(q, lambda s: SignalDialog(SimpleNamespace(
        provider_id=1, provider_name="Jeugdhulp", id=2), s, today=TODAY, runner=RUN), "date_edit",
        lambda a: a[0].raised_on),
    "improvement StepDialog.step_on": lambda q: _simple(q, lambda s: ImprovementStepDialog(
        ImprovementStepKind.PLAN, "Jeugdhulp", s, today=TODAY, runner=RUN), "date_edit", lambda a: a[0].step_on),
    "improvement StepDialog.due_on": lambda q: _simple(q, lambda s: ImprovementStepDialog(
        ImprovementStepKind.PLAN, "Jeugdhulp", s, today=TODAY, runner=RUN), "due_edit", lambda a: a[0].due_on),
}
# Driven through their own flows with the real services (the intake's and journal's tests):
ELSEWHERE = {"IntakeDialog (MemberFields)": "tests/ui/case/test_intake_dialog.py",
             "JournalForm.occurred_on": "tests/ui/case/test_journal_tab.py"}


def retype(qtbot, edit: DateLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


@pytest.mark.parametrize("typed", list(SPELLINGS))
@pytest.mark.parametrize("case", list(CASES))
def test_a_date_typed_the_dutch_way_is_stored_as_that_day(qtbot, case, typed):
    form = CASES[case](qtbot)
    retype(qtbot, form.field, typed)
    form.submit()
    assert form.message() == ""
    assert form.stored() == SPELLINGS[typed]


@pytest.mark.parametrize("case", list(CASES))
def test_a_date_that_cannot_be_read_is_said_at_the_field_and_nothing_is_stored(qtbot, case):
    form = CASES[case](qtbot)
    for typed in NOT_DATES:
        retype(qtbot, form.field, typed)
        form.submit()
        assert form.message() == "Vul de datum in als dd-mm-jjjj, bijvoorbeeld 01-03-2015."
        assert form.field.text() == typed   # the form keeps what was typed
        assert form.stored() is None
        assert form.widget.isVisible()


def test_every_date_field_is_listed():
    """The date fields made in each module of ui/ (outside the widget itself) are the ones listed here: a new
    date field fails this test until it is added to CASES (or a test of its own flow, ELSEWHERE)."""
    root = Path(__file__).resolve().parents[3] / "ui"
    made: dict[str, int] = {}
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in {
                    "DateLineEdit", "OptionalDateEdit", "QDateEdit", "QDateTimeEdit", "QCalendarWidget"}:
                made[path.stem] = made.get(path.stem, 0) + 1
    assert made == {"date_edit": 2,  # the widget itself: the optional field's date, the calendar
                    "member_fields": 1, "journal_form": 1, "evaluation_dialog": 3, "involvement_steps": 2, "extension_dialogs": 1,
                    "waakvlam_dialogs": 2, "involvement_dialog": 4, "agree_dialog": 1, "goal_dialog": 1,
                    "action_dialog": 1, "plan_texts": 1, "access_log_dialog": 1, "figures_page": 1,
                    "consent_dialog": 2, "statement_dialogs": 2, "direction_dialogs": 1, "protection_dialogs": 4,
                    "transition_dialog": 1, "meldcode_dialogs": 3, "scaling_dialog": 1, "crisis_dialogs": 1,
                    "signal_dialog": 1, "account_dialogs": 2}
    # minus the widget's own two; access log and figures make two fields each with one call; the member
    # fields serve the intake and the member dialog
    assert len(CASES) + len(ELSEWHERE) == sum(made.values()) - 2 + 2 + 1


def test_the_calendar_shows_every_day_whole(qtbot):
    """With the app's style sheet, each day column of the popup is as wide as its days need (the table
    rules once padded the cells so the days were drawn as "…")."""
    app = QApplication.instance()
    before = app.styleSheet()
    app.setStyleSheet(application_stylesheet())
    try:
        edit = DateLineEdit(TODAY, today=TODAY)
        qtbot.addWidget(edit)
        edit.show()
        edit.show_calendar()
        view = edit.calendar.findChild(QTableView)
        columns = range(view.model().columnCount())
        assert all(view.sizeHintForColumn(c) <= view.columnWidth(c) for c in columns)
        assert all(view.sizeHintForRow(r) <= view.rowHeight(r) for r in range(view.model().rowCount()))
        edit.calendar.clicked.emit(edit.calendar.selectedDate().addDays(3))
        assert edit.date() == date(2026, 12, 7) and not edit.calendar.isVisible()
    finally:
        app.setStyleSheet(before)
