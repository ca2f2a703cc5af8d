"""Damage as a failing disk does it: a page overwritten with noise."""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import text

from app.bootstrap import open_database

PAGE = 4096


def damage_page(path: Path, page_number: int) -> None:
    """Overwrites page ``page_number`` (1 is the first) of the file."""
    data = bytearray(path.read_bytes())
    start = (page_number - 1) * PAGE
    data[start:start + PAGE] = os.urandom(PAGE)
    path.write_bytes(bytes(data))


def damage_rows_of(path: Path, table: str = "person", **options) -> None:
    """Overwrites the page holding ``table``'s rows: the schema stays readable, so the file opens and only
    a check that reads the data (the background integrity check) finds the damage."""
    services = open_database(path, daily_backup=False, **options)
    try:
        with services.engine.connect() as conn:
            root = conn.execute(text("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = :t"),
                                {"t": table}).scalar_one()
    finally:
        services.close()
    damage_page(path, root)
