"""Sorting and search-as-you-type on a plain row list, for lists of any size.

No QSortFilterProxyModel: a proxy compares rows one pair at a time through ``data()`` (8 s for
100,000 rows here), where sorting a list of precomputed keys takes milliseconds. The model keeps
one key per row per sorted column and one folded search text per row; this module orders and
filters them.
"""
from __future__ import annotations

from collections.abc import Sequence

from ui.formatting import fold_text


def search_words(text: str) -> tuple[str, ...]:
    """The folded words of a search box: ``"Öztürk  zoë"`` -> ``("ozturk", "zoe")``."""
    return tuple(fold_text(text).split())


def visible_rows(order: Sequence[int], texts: Sequence[str], words: tuple[str, ...]) -> list[int]:
    """The row numbers of ``order`` whose text contains every word (all of them when no words)."""
    if not words:
        return list(order)
    return [i for i in order if all(word in texts[i] for word in words)]


def sorted_order(keys: Sequence[object], descending: bool) -> list[int]:
    """Row numbers by key; rows with equal keys keep their loaded order (family name), either way."""
    return sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)
