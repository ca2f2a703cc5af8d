"""Dutch is the shipped default: every user-visible string has a Dutch translation, and the .qm is built."""
from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

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


FORMAL_YOU = re.compile(r"(?<![\w{'-])(u|uw|uwe|uzelf)(?![\w}'-])", re.IGNORECASE)  # not "uur", "{u}", "m/u"


def dutch_texts(ts=update.TS):
    """(context, Dutch) of every translation in the shipped file, plural forms included."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = list(translation.iter("numerusform")) if message.get("numerus") == "yes" else [translation]
            for form in forms:
                yield name, form.text or ""


def test_the_app_says_je_to_its_worker_never_u():
    formal = [f"{context}: {text}" for context, text in dutch_texts() if FORMAL_YOU.search(text)]
    assert formal == [], "the app says 'je' and 'jouw', not 'u' and 'uw':\n" + "\n".join(formal)


@pytest.mark.parametrize("text, formal", [
    ("Een collega heeft dit gegeven gewijzigd nadat u het opende.", True), ("Uw wijzigingen", True),
    ("U kunt uzelf niet deactiveren", True), ("Vraag je teamleider naar de cijfers van je team.", False),
    ("Duur: 3 uur, om 14 uur; uitvoering, cursus, menu", False), ("Jouw versie", False),
])
def test_the_formal_you_is_told_apart_from_words_that_contain_u(text, formal):
    assert bool(FORMAL_YOU.search(text)) is formal
