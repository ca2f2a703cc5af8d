"""Adding or changing a provider's involvement: provider and product, referral, volume or budget, and the
direction arrangement with what was agreed about monitoring, report-back and extensions."""
from __future__ import annotations

from functools import partial

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QRadioButton,
    QSpinBox, QVBoxLayout, QWidget,
)

from app.codelists import FREQUENCIES, REFERRER_TYPES, REFERRERS_WITH_AGB, UNITS
from app.queries.involvements import InvolvementDTO
from app.queries.plans import GoalDTO
from app.queries.providers import ProductDTO, ProviderDTO
from app.services.involvement_inputs import MUNICIPALITY, InvolvementInput
from app.services.sharing import SharingChoice
from app.validation import age_on
from app.youth_age import AgeLimit, YoungPerson, age_limits
from models.enums import DirectionMode
from ui.care.forms import add_row, parse_euros, section, text_edit
from ui.care.provider_comparison import Compare, ProviderComparisonBox
from ui.care.sharing_box import SharingBasis
from ui.labels.care import code_combo, direction_choice
from ui.tasks import TaskRunner
from ui.widgets.form_dialog import FormDialog
from ui.widgets.heading import muted
from ui.widgets.date_edit import DateLineEdit
from ui.widgets.field_error_label import FieldErrorLabel, with_error
from ui.widgets.screen_fit import minimum_within_screen
from ui.formatting import format_date

SaveInvolvement = Callable[[InvolvementInput, tuple[str, ...], SharingChoice | None], InvolvementDTO]
REFERRERS_WITH_NAME = REFERRERS_WITH_AGB | {"08"}
UNIT_ROLE = Qt.ItemDataRole.UserRole + 1  # a product's iJw unit, the default for the volume
WARNING_COLOUR = QColor("#5c4300")  # amber-dark, as the "due" look: a warning, not a refusal


_TEXTS = {
    "add": QT_TRANSLATE_NOOP("InvolvementDialog", "Add help"),
    "change": QT_TRANSLATE_NOOP("InvolvementDialog", "Change help"),
    "intro": QT_TRANSLATE_NOOP("InvolvementDialog", "Who delivers what, who referred, and who directs. For help the "
                                                    "team does not direct itself, record who monitors and how "
                                                    "extensions are handled."),
}


def _text(key: str) -> str:
    return QCoreApplication.translate("InvolvementDialog", _TEXTS[key])


def _select_data(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value) if value is not None else -1)


def _product_text(product: ProductDTO) -> str:
    parts = [product.name, f"{product.category_code} {product.category_label}"]
    if product.segment_code:
        parts.append(QCoreApplication.translate("InvolvementDialog", "segment {code}").format(
            code=product.segment_code))
    return " · ".join(parts)


class InvolvementDialog(FormDialog):
    """``current`` None adds help; ``save(values, goal_lineages)`` stores it and links the goals."""

    def __init__(self, providers: Sequence[ProviderDTO], goals: Sequence[GoalDTO], save: SaveInvolvement, *,
                 today: date, current: InvolvementDTO | None = None, runner: TaskRunner,
                 young_persons: Sequence[YoungPerson] = (), compare: Compare | None = None,
                 parent: QWidget | None = None):
        super().__init__(_text("change") if current else _text("add"), runner, intro=_text("intro"), parent=parent)
        minimum_within_screen(self, 1040)
        self._save = save
        self._providers = {p.id: p for p in providers}
        self._current = current
        self._young = tuple(young_persons)
        self._today = today
        self.comparison = ProviderComparisonBox(compare, runner)
        if current is not None and current.provider_id not in self._providers:
            self._providers[current.provider_id] = ProviderDTO(
                current.provider_id, current.provider_name, current.provider_agb, False, 0, ())

        left, right = QVBoxLayout(), QVBoxLayout()
        for column in (left, right):
            column.setContentsMargins(0, 0, 0, 0)
        for column in (left, right):
            column.setSpacing(8)
        self._build_provider(section(self.tr("Provider and product"), left))
        left.addSpacing(12)
        self._build_for_whom(section(self.tr("For whom"), left))
        left.addSpacing(12)
        self._build_referral(section(self.tr("Referral and period"), left), today)
        left.addSpacing(12)
        self._build_volume(section(self.tr("Volume or budget"), left))
        left.addSpacing(12)
        self._build_sharing(section(self.tr("Sharing with the provider"), left))
        left.addStretch(1)
        self._build_direction(section(self.tr("Direction"), right))
        right.addSpacing(12)
        self._build_agreement(section(self.tr("Agreement"), right), today)
        right.addSpacing(12)
        self._build_goals(section(self.tr("Goals and note"), right), goals)
        right.addStretch(1)
        columns = QWidget()
        row = QHBoxLayout(columns)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(28)
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        self.form.addRow(columns)

        self.provider_combo.currentIndexChanged.connect(self._on_provider_combo_current_index_changed)
        self.product_combo.currentIndexChanged.connect(self._on_product_combo_current_index_changed)
        self.referrer_combo.currentIndexChanged.connect(self._on_referrer_combo_current_index_changed)
        self.volume_group.buttonToggled.connect(self._on_volume_group_button_toggled)
        self.direction_group.buttonToggled.connect(self._on_direction_group_button_toggled)
        self.for_whom_group.buttonToggled.connect(self._on_for_whom_group_button_toggled)
        for check in self.person_checks.values():
            check.toggled.connect(self._on_person_check_toggled)
        self.extended_care_check.toggled.connect(self._on_extended_care_check_toggled)
        for edit in (self.planned_end_edit, self.start_date_edit, self.referral_date_edit):
            edit.dateChanged.connect(self._on_period_date_changed)
        self._fill(current)
        self.provider_combo.setFocus()

    # -- building --------------------------------------------------------------------------------

    def _build_provider(self, form) -> None:
        self.provider_combo = QComboBox()
        self.provider_combo.setPlaceholderText(self.tr("Choose a provider"))
        for provider in sorted(self._providers.values(), key=lambda p: p.name.casefold()):
            self.provider_combo.addItem(provider.name, provider.id)
        self.provider_combo.setCurrentIndex(-1)
        self.product_combo = QComboBox()
        self.product_combo.setPlaceholderText(self.tr("Choose a product"))
        self.product_combo.setMinimumContentsLength(28)
        add_row(self, form, self.tr("Provider"), "provider_id", self.provider_combo)
        add_row(self, form, self.tr("Product"), "product_id", self.product_combo)
        form.addRow(self.comparison)

    def _build_referral(self, form, today: date) -> None:
        self._referral_form = form
        self.referrer_combo = code_combo(REFERRER_TYPES)
        self.referrer_name_edit = QLineEdit()
        self.referrer_name_edit.setPlaceholderText(self.tr("e.g. GP A. Jansen, Zaandam"))
        self.referrer_agb_edit = QLineEdit()
        self.referrer_agb_edit.setPlaceholderText(self.tr("8 digits"))
        self.referrer_agb_edit.setMaxLength(12)
        self.referral_date_edit = DateLineEdit(today, today=today)
        self.start_date_edit = DateLineEdit(today=today)
        self.planned_end_edit = DateLineEdit(today=today)
        self.start_date_edit.setPlaceholderText(self.tr("dd-mm-yyyy, when known"))
        add_row(self, form, self.tr("Referred by"), "referrer_type", self.referrer_combo)
        self.referrer_name_label = add_row(self, form, self.tr("Referrer's name"), "referrer_name",
                                           self.referrer_name_edit)
        self.referrer_agb_label = add_row(self, form, self.tr("Referrer's AGB code"), "referrer_agb",
                                          self.referrer_agb_edit)
        add_row(self, form, self.tr("Referral date"), "referral_date", self.referral_date_edit)
        add_row(self, form, self.tr("Start date"), "start_date", self.start_date_edit)
        add_row(self, form, self.tr("Planned end"), "planned_end", self.planned_end_edit)
        self.age_warning = QLabel()
        self.age_warning.setObjectName("ageWarning")
        self.age_warning.setWordWrap(True)
        palette = self.age_warning.palette()
        palette.setColor(QPalette.ColorRole.WindowText, WARNING_COLOUR)
        self.age_warning.setPalette(palette)
        self.age_warning.setVisible(False)
        form.addRow(self.age_warning)
        self.extended_care_check = QCheckBox(self.tr("Verlengde jeugdhulp: extended youth care after 18 (at most "
                                                     "until the 23rd birthday)"))
        self.extended_care_check.setObjectName("extendedCareCheck")
        form.addRow(self.extended_care_check)

    def _build_for_whom(self, form) -> None:
        """The family as a whole, or named young persons of the family (checkboxes)."""
        self.family_radio = QRadioButton(self.tr("The family as a whole"))
        self.family_radio.setObjectName("forFamily")
        self.persons_radio = QRadioButton(self.tr("These young persons:"))
        self.persons_radio.setObjectName("forPersons")
        self.for_whom_group = QButtonGroup(self)
        self.for_whom_group.addButton(self.family_radio)
        self.for_whom_group.addButton(self.persons_radio)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.family_radio)
        column.addWidget(self.persons_radio)
        self.person_checks: dict[int, QCheckBox] = {}
        for person in self._young:
            age = age_on(person.date_of_birth, self._today)
            check = QCheckBox(self.tr("{name} ({age})").format(name=person.name, age=age))
            check.setObjectName(f"forPerson_{person.id}")
            row = QHBoxLayout()
            row.setContentsMargins(24, 0, 0, 0)
            row.addWidget(check)
            column.addLayout(row)
            self.person_checks[person.id] = check
        if not self._young:
            self.persons_radio.setEnabled(False)
        add_row(self, form, self.tr("Help for"), "person_ids", box)

    def _build_volume(self, form) -> None:
        self.volume_radio = QRadioButton(self.tr("Volume"))
        self.budget_radio = QRadioButton(self.tr("Budget"))
        self.volume_group = QButtonGroup(self)
        choice = QWidget()
        choice_row = QHBoxLayout(choice)
        choice_row.setContentsMargins(0, 0, 0, 0)
        for button in (self.volume_radio, self.budget_radio):
            self.volume_group.addButton(button)
            choice_row.addWidget(button)
        choice_row.addStretch(1)
        self.volume_amount_spin = QSpinBox()
        self.volume_amount_spin.setRange(0, 99_999)
        self.volume_amount_spin.setSpecialValueText("–")
        self.volume_unit_combo = code_combo(UNITS, self.tr("unit"))
        self.volume_frequency_combo = code_combo(FREQUENCIES, self.tr("how often"))
        self.volume_box = QWidget()
        volume_row = QHBoxLayout(self.volume_box)
        volume_row.setContentsMargins(0, 0, 0, 0)
        volume_row.setSpacing(6)
        for name, field, stretch in (("volume_amount", self.volume_amount_spin, 0),
                                     ("volume_unit", self.volume_unit_combo, 1),
                                     ("volume_frequency", self.volume_frequency_combo, 2)):
            error = FieldErrorLabel(field)
            self.field_errors[name] = error
            volume_row.addWidget(with_error(field, error), stretch, Qt.AlignmentFlag.AlignTop)
        self.budget_edit = QLineEdit()
        self.budget_edit.setPlaceholderText(self.tr("in euros, e.g. 4.500,00"))
        add_row(self, form, self.tr("Recorded as"), None, choice)
        add_row(self, form, self.tr("Volume"), None, self.volume_box)
        add_row(self, form, self.tr("Budget"), "budget", self.budget_edit)

    def _build_sharing(self, form) -> None:
        """The team's own referral shares the family's data with the provider: the sharing gate applies."""
        self.share_check = QCheckBox(self.tr("The team shares the family's data with this provider (referral, "
                                             "warm handover)"))
        self.share_check.setObjectName("shareCheck")
        self._share_touched = False
        self.share_check.clicked.connect(self._on_share_check_clicked)
        self.share_check.toggled.connect(self._on_share_check_toggled)
        form.addRow(self.share_check)
        self.sharing = SharingBasis(self, form)
        self.sharing.set_enabled(False)

    def _build_direction(self, form) -> None:
        self._direction_form = form
        self.direction_group = QButtonGroup(self)
        self.direction_radios: dict[DirectionMode, QRadioButton] = {}
        self._direction_hints = {
            DirectionMode.SOCIAL_TEAM: self.tr("The team directs; the provider delivers part of the plan."),
            DirectionMode.SAMENREGIE: self.tr("Multi-complex help: the provider holds the daily direction, "
                                              "the team the process direction."),
            DirectionMode.ELSEWHERE: self.tr("Another party directs (e.g. the family guardian during an OTS, "
                                             "or the GP); the team cooperates."),
        }
        choices = QWidget()
        column = QVBoxLayout(choices)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        for mode in DirectionMode:
            radio = QRadioButton(direction_choice(mode))
            radio.setObjectName(f"direction_{mode.value}")
            self.direction_radios[mode] = radio
            self.direction_group.addButton(radio)
            column.addWidget(radio)
        self.direction_hint = muted()
        self.direction_hint.setObjectName("directionHint")
        self.direction_holder_edit = QLineEdit()
        add_row(self, form, self.tr("Who directs"), None, choices)
        form.addRow(self.direction_hint)
        self.direction_holder_label = add_row(self, form, self.tr("Daily direction with"), "direction_holder",
                                              self.direction_holder_edit)

    def _build_agreement(self, form, today: date) -> None:
        self.agreement_hint = muted(self.tr(
            "Referred by someone else than the municipality, or directed elsewhere: say who monitors this "
            "help and how extensions are handled."))
        self.agreement_hint.setObjectName("agreementHint")
        form.addRow(self.agreement_hint)
        self.monitored_by_edit = QLineEdit()
        self.monitored_by_edit.setPlaceholderText(self.tr("e.g. the GP with the practice's youth nurse"))
        self.report_back_edit = DateLineEdit(today=today)
        self.report_back_edit.setPlaceholderText(self.tr("dd-mm-yyyy, when agreed"))
        self.extension_policy_edit = text_edit(self.tr(
            "e.g. an extension only after consulting the director, with an interim evaluation"), 3)
        add_row(self, form, self.tr("Who monitors"), "monitored_by", self.monitored_by_edit)
        add_row(self, form, self.tr("Report back on"), "report_back_date", self.report_back_edit)
        add_row(self, form, self.tr("Extensions"), "extension_policy", self.extension_policy_edit)

    def _build_goals(self, form, goals: Sequence[GoalDTO]) -> None:
        self.goals_list = QListWidget()
        self.goals_list.setObjectName("linkedGoals")
        self.goals_list.setWordWrap(True)
        for goal in goals:
            item = QListWidgetItem(goal.description)
            item.setData(Qt.ItemDataRole.UserRole, goal.lineage)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.goals_list.addItem(item)
        rows = min(max(len(goals), 2), 4)
        self.goals_list.setFixedHeight(rows * (self.goals_list.fontMetrics().height() + 10) + 6)
        goals_field = self.goals_list if goals else muted(self.tr("The plan has no goals yet; link them later."))
        add_row(self, form, self.tr("Works on goals"), "goal_lineages", goals_field)
        self.note_edit = text_edit(self.tr("Anything else that was agreed"), 2)
        add_row(self, form, self.tr("Note"), "note", self.note_edit)

    # -- filling ---------------------------------------------------------------------------------

    def _fill(self, current: InvolvementDTO | None) -> None:
        self.family_radio.setChecked(current is None or not current.persons)
        self.persons_radio.setChecked(current is not None and bool(current.persons))
        for person_id in (current.person_ids if current is not None else ()):
            if person_id in self.person_checks:
                self.person_checks[person_id].setChecked(True)
        self.extended_care_check.setChecked(current is not None and current.extended_care)
        self._update_for_whom()
        if current is None:
            _select_data(self.referrer_combo, MUNICIPALITY)
            self.share_check.setChecked(True)  # the team's own referral shares the family's data
            self.volume_radio.setChecked(True)
            self.direction_radios[DirectionMode.SOCIAL_TEAM].setChecked(True)
            self._update_referrer()
            return
        data = InvolvementInput.from_dto(current)
        _select_data(self.provider_combo, data.provider_id)
        _select_data(self.product_combo, data.product_id)
        _select_data(self.referrer_combo, data.referrer_type)
        self.referrer_name_edit.setText(data.referrer_name or "")
        self.referrer_agb_edit.setText(data.referrer_agb or "")
        self.referral_date_edit.set_date(data.referral_date)
        self.start_date_edit.set_date(data.start_date)
        self.planned_end_edit.set_date(data.planned_end)
        self.volume_amount_spin.setValue(data.volume_amount or 0)
        _select_data(self.volume_unit_combo, data.volume_unit)
        _select_data(self.volume_frequency_combo, data.volume_frequency)
        if data.budget is not None:
            self.budget_edit.setText(f"{data.budget:.2f}".replace(".", ","))
        (self.budget_radio if data.budget is not None else self.volume_radio).setChecked(True)
        self.direction_radios[data.direction].setChecked(True)
        self.direction_holder_edit.setText(data.direction_holder or "")
        self.monitored_by_edit.setText(data.monitored_by or "")
        self.report_back_edit.set_date(data.report_back_date)
        self.extension_policy_edit.setPlainText(data.extension_policy or "")
        self.note_edit.setPlainText(data.note or "")
        linked = set(current.goal_lineages)
        for index in range(self.goals_list.count()):
            item = self.goals_list.item(index)
            if item.data(Qt.ItemDataRole.UserRole) in linked:
                item.setCheckState(Qt.CheckState.Checked)
        self._update_referrer()

    def set_goal_checked(self, lineage: str, checked: bool = True) -> None:
        for index in range(self.goals_list.count()):
            item = self.goals_list.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == lineage:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # -- reading ---------------------------------------------------------------------------------

    def direction(self) -> DirectionMode:
        return next((mode for mode, radio in self.direction_radios.items() if radio.isChecked()),
                    DirectionMode.SOCIAL_TEAM)

    def goal_lineages(self) -> tuple[str, ...]:
        return tuple(self.goals_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.goals_list.count())
                     if self.goals_list.item(i).checkState() == Qt.CheckState.Checked)

    def person_ids(self) -> tuple[int, ...]:
        """The young persons checked; empty (the family as a whole) unless "these young persons" is chosen."""
        if not self.persons_radio.isChecked():
            return ()
        return tuple(pid for pid, check in self.person_checks.items() if check.isChecked())

    def age_limits(self) -> list[AgeLimit]:
        begins = self.start_date_edit.date() or self.referral_date_edit.date()
        return age_limits(self._young, self.person_ids(), begins, self.planned_end_edit.date(),
                          self.extended_care_check.isChecked())

    def values(self) -> InvolvementInput:
        referrer = self.referrer_combo.currentData() or ""
        by_volume = self.volume_radio.isChecked()
        direction = self.direction()
        return InvolvementInput(
            provider_id=self.provider_combo.currentData(), product_id=self.product_combo.currentData(),
            referrer_type=referrer, referral_date=self.referral_date_edit.date(),
            start_date=self.start_date_edit.date(), planned_end=self.planned_end_edit.date(),
            referrer_name=self.referrer_name_edit.text() if referrer in REFERRERS_WITH_NAME else None,
            referrer_agb=self.referrer_agb_edit.text() if referrer in REFERRERS_WITH_AGB else None,
            volume_amount=(self.volume_amount_spin.value() or None) if by_volume else None,
            volume_unit=self.volume_unit_combo.currentData() if by_volume else None,
            volume_frequency=self.volume_frequency_combo.currentData() if by_volume else None,
            budget=None if by_volume else parse_euros(self.budget_edit.text()),
            direction=direction,
            direction_holder=self.direction_holder_edit.text() if direction is not DirectionMode.SOCIAL_TEAM else None,
            monitored_by=self.monitored_by_edit.text(), report_back_date=self.report_back_edit.date(),
            extension_policy=self.extension_policy_edit.toPlainText(), note=self.note_edit.toPlainText(),
            person_ids=self.person_ids(), extended_care=self.extended_care_check.isChecked(),
        )

    def check_locally(self) -> bool:
        good = True
        if self.persons_radio.isChecked() and not self.person_ids():
            self.field_errors["person_ids"].show_message(self.tr(
                "Check the young persons the help is for, or choose the family as a whole."))
            good = False
        if self.budget_radio.isChecked():
            try:
                parse_euros(self.budget_edit.text())
            except ValueError:
                self.field_errors["budget"].show_message(self.tr("Give an amount in euros, e.g. 4.500,00."))
                good = False
        return good

    def sharing_choice(self) -> SharingChoice | None:
        return self.sharing.choice() if self.share_check.isChecked() else None

    def command(self) -> Callable[[], InvolvementDTO]:
        return partial(self._save, self.values(), self.goal_lineages(), self.sharing_choice())

    # -- slots -----------------------------------------------------------------------------------

    def _on_provider_combo_current_index_changed(self, _index: int) -> None:
        provider = self._providers.get(self.provider_combo.currentData())
        products = list(provider.active_products) if provider else []
        current = self._current
        if current is not None and provider is not None and current.provider_id == provider.id and all(
                p.id != current.product_id for p in products):
            products.append(next((p for p in provider.products if p.id == current.product_id), None) or ProductDTO(
                current.product_id, provider.id, current.product_name, current.category_code,
                current.category_label, current.regional_code, None, current.segment_code, None, None, False, 0))
        self.product_combo.clear()
        for product in products:
            self.product_combo.addItem(_product_text(product), product.id)
            self.product_combo.setItemData(self.product_combo.count() - 1, product.unit_code, UNIT_ROLE)
        self.product_combo.setCurrentIndex(0 if len(products) == 1 else -1)
        self._update_direction()

    def _on_product_combo_current_index_changed(self, index: int) -> None:
        unit = self.product_combo.itemData(index, UNIT_ROLE) if index >= 0 else None
        if unit and self.volume_unit_combo.currentIndex() < 0:
            _select_data(self.volume_unit_combo, unit)
        provider = self._providers.get(self.provider_combo.currentData())
        product = next((p for p in provider.products if p.id == self.product_combo.currentData()), None) \
            if provider else None
        self.comparison.show_category(product.category_code if product else None, provider.id if provider else None)

    def _on_referrer_combo_current_index_changed(self, _index: int) -> None:
        self._update_referrer()
        if self._current is None and not self._share_touched:  # the team's own referral shares by default
            self.share_check.setChecked(self.referrer_combo.currentData() == MUNICIPALITY)

    def _on_share_check_clicked(self, _checked: bool) -> None:
        self._share_touched = True

    def _on_share_check_toggled(self, checked: bool) -> None:
        self.sharing.set_enabled(checked)

    def _on_volume_group_button_toggled(self, *_args) -> None:
        by_volume = self.volume_radio.isChecked()
        self.volume_box.setEnabled(by_volume)
        self.budget_edit.setEnabled(not by_volume)

    def _on_direction_group_button_toggled(self, *_args) -> None:
        self._update_direction()
        self._update_referrer()

    def _update_referrer(self) -> None:
        code = self.referrer_combo.currentData()
        self._referral_form.setRowVisible(self.referrer_name_label, code in REFERRERS_WITH_NAME)
        self._referral_form.setRowVisible(self.referrer_agb_label, code in REFERRERS_WITH_AGB)
        needs_agreement = (code is not None and code != MUNICIPALITY) or self._checked(DirectionMode.ELSEWHERE)
        self.agreement_hint.setVisible(needs_agreement)

    def _update_direction(self) -> None:
        samenregie = self._checked(DirectionMode.SAMENREGIE)
        elsewhere = self._checked(DirectionMode.ELSEWHERE)
        self.direction_hint.setText(self._direction_hints[self.direction()])
        self._direction_form.setRowVisible(self.direction_holder_label, samenregie or elsewhere)
        if samenregie:
            self.direction_holder_label.setText(self.tr("Daily direction with"))
            self.direction_holder_edit.setPlaceholderText(self.provider_combo.currentText() or self.tr("the provider"))
        else:
            self.direction_holder_label.setText(self.tr("Directed by"))
            self.direction_holder_edit.setPlaceholderText(self.tr(
                "e.g. the family guardian of the certified institution"))

    def _on_for_whom_group_button_toggled(self, *_args) -> None:
        self._update_for_whom()

    def _on_person_check_toggled(self, _checked: bool) -> None:
        self._update_age_warning()

    def _on_extended_care_check_toggled(self, _checked: bool) -> None:
        self._update_age_warning()

    def _on_period_date_changed(self, _value: object) -> None:
        self._update_age_warning()

    def _update_for_whom(self) -> None:
        named = self.persons_radio.isChecked()
        for check in self.person_checks.values():
            check.setEnabled(named)
        self._update_age_warning()

    def _update_age_warning(self) -> None:
        """At the planned end: who turns 18 (or, with extended care, 23) - a warning; past 23 a refusal."""
        lines = [self._age_line(limit) for limit in self.age_limits()]
        self.age_warning.setText("\n".join(lines))
        self.age_warning.setVisible(bool(lines))

    def _age_line(self, limit: AgeLimit) -> str:
        when = format_date(limit.on)
        if limit.refused:
            return self.tr("{name} turns 23 on {date}: extended youth care ends then at the latest. "
                           "Choose an earlier planned end.").format(name=limit.name, date=when)
        if limit.age == 23:
            return self.tr("{name} turns 23 on {date}: help under the Jeugdwet ends for them then.").format(
                name=limit.name, date=when)
        if limit.on < self._today:
            return self.tr("{name} turned 18 on {date}: help under the Jeugdwet needs extended youth care "
                           "(verlengde jeugdhulp).").format(name=limit.name, date=when)
        return self.tr("{name} turns 18 on {date}: help under the Jeugdwet ends then, unless it is extended "
                       "(verlengde jeugdhulp).").format(name=limit.name, date=when)

    def _checked(self, mode: DirectionMode) -> bool:
        return self.direction_radios[mode].isChecked()
