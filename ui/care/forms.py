"""Helpers for the care dialogs, on top of :class:`ui.widgets.form_dialog.FormDialog`.

The bigger care forms lay their fields out in sections side by side; each field still gets its
message label registered under the service's field key, so a ValidationError lands at the field.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ui.widgets.form_dialog import FormDialog
from ui.widgets.heading import heading, muted
from ui.widgets.field_error_label import FieldErrorLabel, with_error


def section(title: str, column: QVBoxLayout, intro: str = "") -> QFormLayout:
    """A titled block of fields in ``column``; returns its form layout."""
    column.addWidget(heading(title, 1.05, "sectionHeading"))
    if intro:
        column.addWidget(muted(intro))
    form = QFormLayout()
    form.setContentsMargins(0, 0, 0, 0)
    form.setVerticalSpacing(8)
    form.setHorizontalSpacing(14)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    column.addLayout(form)
    return form


def add_row(dialog: FormDialog, form: QFormLayout, title: str, name: str | None, field: QWidget
            ) -> QLabel:
    """A labelled field with its message under it, registered as ``name``; returns the row's label."""
    label = QLabel(title)
    if name is None:
        form.addRow(label, field)
        return label
    error = FieldErrorLabel(field)
    dialog.field_errors[name] = error
    form.addRow(label, with_error(field, error))
    return label


def text_edit(placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 16)
    return edit


_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")


def parse_euros(text: str) -> Decimal | None:
    """``4.500,00``, ``4500,5`` or ``4500`` as euros; None for empty text; ValueError if no amount."""
    cleaned = "".join(text.replace("€", "").split())
    if not cleaned:
        return None
    if "," in cleaned or _THOUSANDS.match(cleaned):  # "4.500" is four thousand five hundred
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not amount.is_finite():
        raise ValueError(text)
    return amount
