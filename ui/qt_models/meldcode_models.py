"""Table models of the meldcode track: a team's open tracks (the supervisor's list) and a track's steps."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from app.meldcode import answers_text
from app.queries.meldcode import EntryDTO, OpenTrackRow
from ui.formatting import format_date
from ui.labels.case import label
from ui.qt_models.column_table_model import AnyIndex, ColumnTableModel
from ui.qt_models.roles import SORT_ROLE

CASE_ROLE = Qt.ItemDataRole.UserRole + 5
STEP_NAMES = {
    1: QT_TRANSLATE_NOOP("Meldcode", "1. Signals mapped"),
    2: QT_TRANSLATE_NOOP("Meldcode", "2. Colleague consulted, Veilig Thuis asked for advice"),
    3: QT_TRANSLATE_NOOP("Meldcode", "3. Conversation with those involved"),
    4: QT_TRANSLATE_NOOP("Meldcode", "4. Weighing with the assessment framework"),
    5: QT_TRANSLATE_NOOP("Meldcode", "5. Decision: report and/or help"),
}


def step_name(step: int) -> str:
    return QCoreApplication.translate("Meldcode", STEP_NAMES[step])


class TrackColumn(IntEnum):
    FAMILY = 0
    DIRECTOR = 1
    OPENED = 2
    DAYS = 3


class OpenTracksModel(ColumnTableModel):
    """The team's open tracks with the days they are open (no content: only that they exist)."""

    COLUMNS = TrackColumn

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[OpenTrackRow] = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def column_title(self, column: TrackColumn) -> str:
        return {TrackColumn.FAMILY: self.tr("Family"), TrackColumn.DIRECTOR: self.tr("Director"),
                TrackColumn.OPENED: self.tr("Opened on"), TrackColumn.DAYS: self.tr("Days open")}[column]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], TrackColumn(index.column())
        if role == CASE_ROLE:
            return row.case_id
        if role == SORT_ROLE:
            return [row.family_name, row.director_name or "", row.opened_on.isoformat(), row.days_open][column]
        if role == Qt.ItemDataRole.DisplayRole:
            return [row.family_name, row.director_name or self.tr("(none)"), format_date(row.opened_on),
                    str(row.days_open)][column]
        return None


class StepColumn(IntEnum):
    STEP = 0
    DATE = 1
    BY = 2
    WHAT = 3


class StepsModel(ColumnTableModel):
    """A track's entries in the order recorded; a correction says which entry it corrects."""

    COLUMNS = StepColumn

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[EntryDTO] = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def column_title(self, column: StepColumn) -> str:
        return {StepColumn.STEP: self.tr("Step"), StepColumn.DATE: self.tr("Date"),
                StepColumn.BY: self.tr("Recorded by"), StepColumn.WHAT: self.tr("What was recorded")}[column]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e, column = self._rows[index.row()], StepColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column is StepColumn.STEP:
                name = step_name(e.step)
                return self.tr("{step} (correction)").format(step=name) if e.corrects_id else name
            if column is StepColumn.DATE:
                return format_date(e.on_date)
            if column is StepColumn.BY:
                return e.worker_name
            return self._what(e)
        return None

    def _what(self, e: EntryDTO) -> str:
        yes, no = self.tr("yes"), self.tr("no")
        if e.step == 2:
            return self.tr("Consulted {colleague}; Veilig Thuis ({contact}, {date}): {advice}").format(
                colleague=e.colleague, contact=e.contact, date=format_date(e.advice_on), advice=e.advice)
        if e.step == 3:
            return (self.tr("Held: {note}") if e.held else self.tr("Not held: {note}")).format(note=e.note)
        if e.step == 4:
            return self.tr("{conclusion} ({answers})").format(
                answers=answers_text(e.answers or (), yes, no), conclusion=label(e.conclusion))
        if e.step == 5:
            text = label(e.decision)
            if e.report_on:
                text = self.tr("{decision}, reported on {date} {reference}").format(
                    decision=text, date=format_date(e.report_on), reference=e.reference or "").strip()
            return text
        return e.note or ""
