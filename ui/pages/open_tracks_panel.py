"""The team overview's list of open meldcode tracks with the days they are open, for the supervisor: that a
track exists and how long, never its content (the case window shows that to those who need to know)."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.qt_models.meldcode_models import OpenTracksModel
from ui.widgets.heading import heading, muted
from ui.widgets.tables import fit_columns, make_table


class OpenTracksPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = OpenTracksModel(self)
        self.table = make_table(self.model, "openTracksTable")
        self.table.setAccessibleName(self.tr("Open meldcode tracks"))
        self.empty_label = muted(self.tr("No open meldcode track in this team."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Open meldcode tracks")))
        layout.addWidget(muted(self.tr("Longest open first: a track stays open until its decision is recorded.")))
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)

    def set_rows(self, rows) -> None:
        self.model.set_rows(rows)
        fit_columns(self.table)
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
