"""Finds English on screen: the texts a widget shows that are English source strings of the translation.

:func:`untranslated_texts` takes any widget (a window, a page, a dialog) and returns what it and its
visible children show - labels, buttons, titles, tabs, menus, combo items, placeholders, tool tips,
table headers and cells - that equals an English source text in ``gezinsregie_nl.ts`` whose Dutch is
different. A text that is also some message's Dutch (``Team``, ``Status``) is never reported.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import lru_cache

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu, QMenuBar, QPlainTextEdit,
    QTabBar, QTextEdit, QWidget,
)

from resources.i18n.update import TS

ROWS_READ = 60  # enough rows of a table to meet every kind of label it shows


@lru_cache(maxsize=1)
def english_only() -> frozenset[str]:
    """Source texts whose Dutch differs, minus any text that is itself Dutch somewhere."""
    sources, dutch = set(), set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        dutch.update(forms)
        if source not in forms:
            sources.add(source)
    return frozenset(sources - dutch)


def shown_texts(widget: QWidget) -> Iterator[str]:
    """What one widget itself shows (its children are walked separately)."""
    yield widget.toolTip()
    if widget.isWindow():
        yield widget.windowTitle()
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        yield widget.placeholderText()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)) and widget.isReadOnly():
        yield from widget.toPlainText().splitlines()
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield widget.tabText(i)
            yield widget.tabToolTip(i)
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield widget.itemText(i)
    if isinstance(widget, (QMenu, QMenuBar)):
        for action in widget.actions():
            yield action.text()
            if action.toolTip() != action.text().replace("&", ""):  # Qt's default tip is the text itself
                yield action.toolTip()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from model_texts(widget.model())


def model_texts(model) -> Iterator[str]:
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)  # private on a list
    for section in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            yield model.headerData(section, Qt.Orientation.Horizontal, role)
    for row in range(min(model.rowCount(root), ROWS_READ)):
        for column in range(columns):
            index = model.index(row, column, root)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                yield model.data(index, role)


def untranslated_texts(widget: QWidget) -> list[str]:
    """``Class 'objectName': text`` for each English text that ``widget`` or a visible child shows."""
    english = english_only()
    found = []
    for each in [widget, *widget.findChildren(QWidget)]:
        if each is not widget and not each.isVisibleTo(widget) and not isinstance(each, QMenu):
            continue
        for text in shown_texts(each):
            if isinstance(text, str) and text in english:
                found.append(f"{type(each).__name__} '{each.objectName()}': {text}")
    return sorted(set(found))
