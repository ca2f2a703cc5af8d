"""Translation for the non-Qt layers, read from the same Qt Linguist source the GUI uses.

Messages in ``app/`` are English source text marked with :func:`QT_TRANSLATE_NOOP` so that
``pyside6-lupdate`` collects them; :func:`translate` looks them up in the shipped ``.ts`` file
(Dutch by default) so the command line speaks Dutch too. The GUI translates through QTranslator.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache
from importlib import resources

DEFAULT_LANGUAGE = "nl"
_language = DEFAULT_LANGUAGE


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's marker name
    """Marks ``text`` for extraction; returns it untranslated."""
    return text


def set_language(language: str) -> None:
    global _language
    _language = language


def language() -> str:
    return _language


@lru_cache(maxsize=4)
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    name = f"gezinsregie_{language}.ts"
    ts = resources.files("resources.i18n").joinpath(name)
    if not ts.is_file():
        return {}
    root = ET.fromstring(ts.read_bytes())
    table: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        ctx = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            tr = message.find("translation")
            if tr is not None and tr.text and tr.get("type") not in ("unfinished", "obsolete", "vanished"):
                table[(ctx, source)] = tr.text
    return table


def translate(context: str, text: str) -> str:
    """The translation of ``text`` in the current language, or the English source."""
    if _language == "en":
        return text
    return _catalogue(_language).get((context, text), text)
