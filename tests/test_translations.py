"""Dutch is the shipped default: every user-visible string has a Dutch translation, and the .qm is built."""
from __future__ import annotations

import shutil

import pytest

from resources.i18n import update


def test_every_source_string_has_a_dutch_translation(tmp_path):
    hidden = update.hidden_from_lupdate()  # lupdate would skip these silently, so they would stay English
    assert hidden == [], "give these a string context (not a name), no f-string:\n" + "\n".join(hidden)
    ts = tmp_path / "check.ts"
    shutil.copyfile(update.TS, ts)
    update.lupdate(ts)  # adds any string in the code that the shipped file lacks
    missing = update.missing(ts)
    assert missing == [], "no Dutch translation for:\n" + "\n".join(f"{c}: {s}" for c, s in missing)


def test_the_shipped_qm_is_built_from_the_shipped_ts(tmp_path):
    qm = tmp_path / "check.qm"
    update.lrelease(update.TS, qm)
    assert qm.read_bytes() == update.QM.read_bytes(), "run: python -m resources.i18n.update"


def test_qt_loads_the_dutch_translation():
    pytest.importorskip("PySide6")
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(update.QM))
    assert translator.translate("Errors", "This field is required.") == "Dit veld is verplicht."


def test_the_command_line_reads_the_same_dutch_text():
    from app import i18n

    assert i18n.translate("Errors", "This field is required.") == "Dit veld is verplicht."
    i18n.set_language("en")
    try:
        assert i18n.translate("Errors", "This field is required.") == "This field is required."
    finally:
        i18n.set_language(i18n.DEFAULT_LANGUAGE)
