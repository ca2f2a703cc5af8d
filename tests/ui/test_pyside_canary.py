"""Canary: PySide6 6.12.0 on CPython 3.11 over-releases None/True and aborts after a few hundred calls.

If one of these tests takes the whole test run down ("Fatal Python error"), the installed PySide6 is a
broken build for this Python: pin it as pyproject.toml does (``<6.12`` on Python 3.11).
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal

ROUNDS = 50_000


class _Emitter(QObject):
    fired = Signal()
    carried = Signal(object)


class _NoneModel(QAbstractListModel):
    """Every call of data() returns None, as models do for roles they do not handle."""

    def __init__(self):
        super().__init__()
        self.data_calls = 0

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        self.data_calls += 1
        return None


class _AcceptAll(QSortFilterProxyModel):
    def __init__(self):
        super().__init__()
        self.filter_calls = 0

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802
        self.filter_calls += 1
        return True


def test_a_signal_can_be_emitted_fifty_thousand_times(qapp):
    emitter = _Emitter()
    received = []
    emitter.fired.connect(lambda: received.append(None))
    carried = []
    emitter.carried.connect(carried.append)

    for _ in range(ROUNDS):
        emitter.fired.emit()
        emitter.carried.emit(None)

    assert len(received) == ROUNDS
    assert carried.count(None) == ROUNDS


def test_data_returning_none_survives_fifty_thousand_calls_from_qt(qapp):
    model = _NoneModel()
    index = model.index(0, 0)

    results = [index.data(Qt.ItemDataRole.ToolTipRole) for _ in range(ROUNDS)]

    assert model.data_calls == ROUNDS
    assert results.count(None) == ROUNDS


def test_a_filter_returning_true_survives_many_calls_from_qt(qapp):
    proxy = _AcceptAll()
    proxy.setSourceModel(_NoneModel())

    for _ in range(ROUNDS // 10):
        proxy.invalidate()
        assert proxy.rowCount() == 1

    assert proxy.filter_calls >= ROUNDS // 10
