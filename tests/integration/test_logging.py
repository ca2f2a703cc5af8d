"""The log file: in the user's log folder, rotating, and free of names, BSNs and SQL parameters;
errors the user sees carry a reference that leads to the traceback in the log."""
from __future__ import annotations

import logging
import os
import re

import pytest
from sqlalchemy.exc import IntegrityError

from app import cli
from app.bootstrap import open_database
from app.logging_setup import LOG_FILE, log_file, report_error, scrub, setup_logging

SECRET_NAME = "Familie Öztürk"
BSN = "123456782"


@pytest.fixture
def log_path(tmp_path, monkeypatch):
    monkeypatch.setenv("GEZINSREGIE_LOG_DIR", str(tmp_path / "logs"))
    path = setup_logging()
    assert path == tmp_path / "logs" / LOG_FILE == log_file()
    return path


def written(path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_an_exception_s_message_never_reaches_the_log_but_its_traceback_does(log_path):
    try:
        raise ValueError(f"{SECRET_NAME} heeft BSN {BSN}")
    except ValueError:
        logging.getLogger("app.test").exception("saving failed")

    text = written(log_path)
    assert "saving failed" in text and "Traceback" in text and "builtins.ValueError" in text
    assert "test_logging.py" in text  # the frames are there for support
    assert "Öztürk" not in text and BSN not in text


def test_bsn_like_numbers_are_masked_wherever_they_appear(log_path):
    logging.getLogger("app.test").warning("looked up %s and 1234.56.782 and 123 456 782", BSN)

    text = written(log_path)
    assert BSN not in text and "1234.56.782" not in text and "123 456 782" not in text
    assert text.count("[bsn]") == 3
    assert scrub("revision 0003, 12 families, 2026-11-22") == "revision 0003, 12 families, 2026-11-22"


def test_a_reference_ties_what_the_user_sees_to_the_traceback(log_path):
    try:
        raise RuntimeError(f"{SECRET_NAME} {BSN}")
    except RuntimeError as exc:
        reference = report_error(exc)

    assert re.fullmatch(r"[0-9A-F]{8}", reference)
    text = written(log_path)
    assert f"reference {reference}" in text and "builtins.RuntimeError" in text
    assert "Öztürk" not in text and BSN not in text


def test_sql_parameters_are_hidden_from_error_messages_and_the_log(tmp_path, log_path):
    services = open_database(tmp_path / "db.db", encryption=None)
    try:
        with pytest.raises(IntegrityError) as info, services.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO team (id, name, version, created_at, updated_at) VALUES (?, ?, 1, ?, ?)",
                                 (1, f"{SECRET_NAME} {BSN}", "2026-01-01", "2026-01-01"))
            conn.exec_driver_sql("INSERT INTO team (id, name, version, created_at, updated_at) VALUES (?, ?, 1, ?, ?)",
                                 (1, f"{SECRET_NAME} {BSN}", "2026-01-01", "2026-01-01"))
    finally:
        services.close()
    assert "Öztürk" not in str(info.value) and "hidden" in str(info.value)
    logging.getLogger("app.test").error("insert failed: %s", info.value, exc_info=info.value)
    assert "Öztürk" not in written(log_path)


def test_an_unexpected_error_in_a_command_gives_a_reference_and_a_clean_log(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("GEZINSREGIE_LOG_DIR", str(tmp_path / "logs"))

    def broken(*_args, **_kwargs):
        raise RuntimeError(f"{SECRET_NAME} {BSN}")

    monkeypatch.setattr(cli, "fill_demo", broken)

    code = cli.main(["demo", "--database", str(tmp_path / "x.db")])

    err = capsys.readouterr().err
    reference = re.search(r"\b[0-9A-F]{8}\b", err)
    assert code == 1 and err.count("\n") == 1 and reference and "Öztürk" not in err
    text = written(tmp_path / "logs" / LOG_FILE)
    assert reference[0] in text and "Öztürk" not in text and BSN not in text


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_the_log_file_is_private(log_path):
    logging.getLogger("app.test").warning("hello")
    written(log_path)
    assert log_path.stat().st_mode & 0o077 == 0
