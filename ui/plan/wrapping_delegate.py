"""Lets a tree show long text on several lines: QTreeView asks row heights without the column's width."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

PADDING = 8


class WrappingDelegate(QStyledItemDelegate):
    """Measures wrapped text against the width the column really has."""

    def __init__(self, tree: QTreeView):
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._tree.header().sectionSize(index.column()) - self._indent(index) - PADDING
        if opt.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:
            width -= opt.decorationSize.width() + PADDING
        if width <= 0 or not opt.text:
            return hint
        style = self._tree.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._tree) + 1
        text = opt.fontMetrics.boundingRect(QRect(0, 0, width - 2 * margin, 100_000),
                                            Qt.TextFlag.TextWordWrap, opt.text)
        return QSize(hint.width(), max(hint.height(), text.height() + PADDING))

    def _indent(self, index: QModelIndex) -> int:
        if index.column() != 0:
            return 0
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        return depth * self._tree.indentation()
