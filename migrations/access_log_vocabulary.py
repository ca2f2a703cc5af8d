"""Adds to (or removes from) what the central database's access log accepts: object types and detail
codes (table ``access_log_vocabulary``, read by ``gezinsregie_log_access`` since revision 0017).

A revision that adds a detail code or object type to app/audit_detail.py registers it here with the same
argument kinds, as a frozen literal in the revision (a migration must not change when the app does)::

    from migrations.access_log_vocabulary import add_vocabulary, remove_vocabulary

    CODES = {"consent_shared": ("n", "provider|evaluation")}   # "n" count/id, "d" day, "a|b" tokens
    TYPES = ("sharing_record",)

    def upgrade():   add_vocabulary(detail_codes=CODES, object_types=TYPES)
    def downgrade(): remove_vocabulary(detail_codes=CODES, object_types=TYPES)

The table exists on both databases (the embedded one checks in Python, but keeps the same rows, so
tests/migrations checks that app and database agree on either).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import sqlalchemy as sa
from alembic import op

_TABLE = sa.table("access_log_vocabulary", sa.column("kind", sa.String), sa.column("name", sa.String),
                  sa.column("args", sa.String))
_WORD = re.compile(r"[a-z0-9_|]+")


def vocabulary_rows(detail_codes: Mapping[str, tuple[str, ...]] = {},  # noqa: B006 - read only
                    object_types: Iterable[str] = ()) -> list[dict]:
    """The rows for these codes and types; a name or kind with other characters is a programming error."""
    rows = [{"kind": "object_type", "name": name, "args": ""} for name in object_types]
    rows += [{"kind": "detail_code", "name": code, "args": ",".join(kinds)} for code, kinds in detail_codes.items()]
    for row in rows:
        if not _WORD.fullmatch(row["name"]) or not all(_WORD.fullmatch(k) for k in row["args"].split(",") if k):
            raise ValueError(f"not a plain access-log word: {row['name']!r}")
    return rows


def add_vocabulary(*, detail_codes: Mapping[str, tuple[str, ...]] = {},  # noqa: B006 - read only
                   object_types: Iterable[str] = ()) -> None:
    op.bulk_insert(_TABLE, vocabulary_rows(detail_codes, object_types))


def remove_vocabulary(*, detail_codes: Mapping[str, tuple[str, ...]] = {},  # noqa: B006 - read only
                      object_types: Iterable[str] = ()) -> None:
    for row in vocabulary_rows(detail_codes, object_types):
        op.execute(_TABLE.delete().where(_TABLE.c.kind == row["kind"], _TABLE.c.name == row["name"]))
