"""Accessible names and announcements: what a screen reader says for a field, and news it reads out.

A form's label names its field for a screen reader (:func:`name_form_fields`): Qt finds a QLabel buddy
only among the field's siblings, and a field wrapped with its error message (or a row of a date and a
button) has none, so the label's text becomes the field's accessible name; the label also gets the field
as buddy, so its mnemonic (Alt+letter) jumps there. :func:`announce` reads out a state change (saved, a
conflict, an error at a field) that is otherwise only shown.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QAbstractButton, QFormLayout, QGridLayout, QLabel, QLayout, QWidget


def accessible_name(widget: QWidget) -> str:
    """What a screen reader calls ``widget`` (its own name, a buddy label's text, a button's text...)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def _unnamed(widget: QWidget) -> bool:
    """No name of its own (a button's text is one). Decided without building Qt's accessibility objects,
    which is not safe while a window is still being put together."""
    if widget.accessibleName():
        return False
    return not (isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip())


def focusable(widget: QWidget) -> bool:
    """An input the user reaches with Tab or a click (Qt's own inner parts excluded)."""
    return (widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not widget.objectName().startswith("qt_")
            and widget.focusProxy() is None)


def _inputs(item) -> list[QWidget]:
    """The focusable widgets of a form row's field (a widget, its children, or a layout's widgets)."""
    if item is None:
        return []
    widget, layout = item.widget(), item.layout()
    if widget is not None:
        return [w for w in [widget, *widget.findChildren(QWidget)] if focusable(w)]
    if isinstance(layout, QLayout):
        return [w for n in range(layout.count()) for w in _inputs(layout.itemAt(n))]
    return []


def label_text(label: QLabel) -> str:
    """The label as words: without the mnemonic's ampersand, a trailing colon or a required-field star."""
    text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":*").strip()


def name_form_fields(root: QWidget | QLayout) -> None:
    """Every focusable input in a form row of ``root`` without a name of its own gets its row label's text
    as accessible name; the label's buddy becomes the row's first input."""
    layouts = [root] if isinstance(root, QFormLayout) else root.findChildren(QFormLayout)
    for form in layouts:
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = label.widget() if label is not None else None
            if not isinstance(label, QLabel) or not label_text(label):
                continue
            inputs = _inputs(form.itemAt(row, QFormLayout.ItemRole.FieldRole))
            buddy = label.buddy()
            if inputs and (buddy is None or not focusable(buddy)):
                label.setBuddy(inputs[0])
            for widget in inputs:
                if _unnamed(widget):
                    widget.setAccessibleName(label_text(label))


def name(widget: QWidget, text: str, description: str = "") -> QWidget:
    """Sets ``widget``'s accessible name (and description); returns it, for use inline."""
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def announce(widget: QWidget, message: str, *, urgent: bool = False) -> None:
    """Has a screen reader read ``message`` out (a save, a conflict, an error at a field), and keeps it as
    ``widget``'s accessible description for readers without announcements."""
    widget.setAccessibleDescription(message)
    event = QAccessibleAnnouncementEvent(widget, message)
    if urgent:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def _cell_text(grid: QGridLayout, row: int, column: int) -> str:
    item = grid.itemAtPosition(row, column)
    widget = item.widget() if item is not None else None
    if widget is not None and not isinstance(widget, QLabel):  # a label with its (hidden) message under it
        widget = next((w for w in widget.findChildren(QLabel) if w.text() and w.objectName() != "fieldError"), None)
    return label_text(widget) if isinstance(widget, QLabel) else ""


def name_grid_fields(grid: QGridLayout, *, header_row: int = 0, row_label_column: int | None = None) -> None:
    """Inputs in a grid of rows under column headings (a member per row, a goal per row) without a name
    get their column's heading, and the row's label where there is one: "Score – Zoë goes to school"."""
    for row in range(header_row + 1, grid.rowCount()):
        row_text = _cell_text(grid, row, row_label_column) if row_label_column is not None else ""
        for column in range(grid.columnCount()):
            heading = _cell_text(grid, header_row, column)
            if not heading:
                continue
            for widget in _inputs(grid.itemAtPosition(row, column)):
                if _unnamed(widget):
                    widget.setAccessibleName(f"{heading} – {row_text}" if row_text else heading)


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label that names ``buddy`` (it must end up with the same parent widget, as in one row)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def focus_first_input(container: QWidget) -> bool:
    """Puts the keyboard focus on ``container``'s first visible field, list or button in Tab order."""
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container:
        if container.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() \
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        widget = widget.nextInFocusChain()
    return False
