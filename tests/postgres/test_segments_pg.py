"""Segments on the central database: an administrator configures them through the app; a worker's own
login cannot change them with plain SQL (issue 15, item 8)."""
from __future__ import annotations

import psycopg
import pytest

from app.services.provider_inputs import SegmentInput
from tests.postgres.conftest import admin_connection


def test_an_administrator_adds_renames_and_deactivates_a_segment_and_it_is_logged(central):
    admin = central.services("admin")
    added = admin.providers.add_segment(SegmentInput("D", "Verblijf", True, 9))
    renamed = admin.providers.update_segment(added.id, added.version, SegmentInput("D", "Verblijf en zorg", True, 9))
    admin.providers.set_segment_active(renamed.id, renamed.version, False)
    assert "D" not in [s.code for s in central.services("worker_a").providers.segments()]
    with admin_connection(central.dbname) as conn:
        logged = conn.execute("SELECT event, username FROM access_log WHERE object_type = 'segment' "
                              "AND object_id = %s ORDER BY id", (added.id,)).fetchall()
    assert logged == [("create", central.users["admin"]), ("update", central.users["admin"]),
                      ("update", central.users["admin"])]


def test_a_worker_cannot_change_the_segments_with_plain_sql(central):
    with central.connect("worker_a") as conn:
        for statement in ("INSERT INTO segment (code, name, needs_referral, position, active, version) "
                          "VALUES ('Z', 'Eigen', false, 0, true, 1)",
                          "UPDATE segment SET needs_referral = false WHERE code = 'C'",
                          "DELETE FROM segment WHERE code = 'A'"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
                conn.execute(statement)
