"""Keyset paging: a long list read a page at a time, each page starting after the last row shown.

Unlike OFFSET, a keyset page costs the same wherever it starts (the index seeks to the key), and a row
added or removed elsewhere does not shift the pages. The key is the sort value and the id, so equal
sort values still page in a stable order.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, Select, tuple_

T = TypeVar("T")
Key = tuple[Any, ...]  # the sort values of a row, ending with its id

PAGE_SIZE = 100  # rows per page: a few screenfuls, ahead of what the user scrolls to


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: its rows, the key to ask the next page ``after`` (None: this was the last),
    and the number of rows the whole list has (counted with the first page; None on later pages)."""

    rows: list[T]
    after: Key | None
    total: int | None = None


def ordered_after(q: Select, keys: Sequence[ColumnElement], after: Key | None, *, descending: bool = False,
                  limit: int = PAGE_SIZE) -> Select:
    """``q`` ordered by ``keys`` (the last one unique, e.g. the id), starting after the row whose keys are
    ``after``, with one row more than ``limit`` so the caller sees whether there is a next page."""
    if after is not None:
        row = tuple_(*keys)
        start = tuple_(*after, types=[k.type for k in keys])  # typed: a stored date is text on SQLite
        q = q.where(row < start if descending else row > start)
    return q.order_by(*(k.desc() if descending else k for k in keys)).limit(limit + 1)


def split_page(rows: Sequence[T], limit: int, key_of) -> tuple[list[T], Key | None]:
    """The first ``limit`` rows and the key to continue after them (None when nothing follows)."""
    if len(rows) <= limit:
        return list(rows), None
    page = list(rows[:limit])
    return page, tuple(key_of(page[-1]))
