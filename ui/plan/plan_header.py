"""The line above a plan: which version, its status (agreed when and with whom), date and schedule."""
from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.queries.plans import PlanDTO
from models.enums import PlanStatus
from ui.formatting import format_date
from ui.labels import label

STATUS_STYLES = {
    PlanStatus.DRAFT: "color:#7a4d00; background:#fff1d6; border:1px solid #f0d49a;",
    PlanStatus.AGREED: "color:#1e5c3a; background:#e3f3e8; border:1px solid #a9d8b8;",
    PlanStatus.SUPERSEDED: "color:#4b5661; background:#eef1f4; border:1px solid #d9dee3;",
}


class PlanHeader(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title_label = QLabel()
        self.title_label.setObjectName("planTitle")
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        self.status_label = QLabel()
        self.status_label.setObjectName("planStatus")
        self.details_label = QLabel()
        self.details_label.setObjectName("planDetails")
        self.details_label.setStyleSheet("color:#5f6b76;")
        self.details_label.setWordWrap(True)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.title_label)
        top.addWidget(self.status_label)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.details_label)

    def set_plan(self, plan: PlanDTO) -> None:
        self.title_label.setText(self.tr("Family plan, version {number}").format(number=plan.version_no))
        self.status_label.setText(label(plan.status))
        self.status_label.setStyleSheet(f"QLabel {{ {STATUS_STYLES[plan.status]} border-radius:9px; "
                                        "padding:2px 10px; font-weight:600; }")
        self.details_label.setText(self._details(plan))

    def _details(self, plan: PlanDTO) -> str:
        """"Agreed on 22-11-2026 with Moeder en Daan (14) · plan date ... · evaluate every 13 weeks"."""
        parts = []
        if plan.agreed_on is not None:
            parts.append(self.tr("Agreed on {date} with {who}").format(
                date=format_date(plan.agreed_on), who=plan.agreed_with or ""))
        elif plan.status is PlanStatus.DRAFT:
            parts.append(self.tr("Not agreed yet"))
        parts.append(self.tr("Plan date {date}").format(date=format_date(plan.plan_date)))
        parts.append(self.tr("Evaluate every {weeks} weeks").format(weeks=plan.evaluation_interval_weeks))
        parts.append(self.tr("Written by {name}").format(name=plan.author_name))
        return "  ·  ".join(parts)
