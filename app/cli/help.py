"""The command line's help, usage and errors in the current language (Dutch by default).

argparse builds its own texts ("usage: ", "options", "show this help message and exit", "the following
arguments are required: %s") through ``gettext``; :func:`speak_our_language` points argparse's ``_`` and
``ngettext`` at our catalogue (context ``argparse``) instead, so one ``.ts`` file holds every word the
command line says. Our own help texts are English source strings marked in the ``CliHelp`` context;
:class:`TranslatingHelpFormatter` translates them when help is shown, and placeholders (``FILE``) are
translated when an argument is added, so error messages name them the same way.
"""
from __future__ import annotations

import argparse
import copy

from app.i18n import QT_TRANSLATE_NOOP, translate

HELP = "CliHelp"
ARGPARSE = "argparse"

# argparse's texts that a user of the command line can meet (the rest are programming errors).
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)

# The placeholders of the commands' arguments (translated as they are added).
PLACEHOLDERS = (
    QT_TRANSLATE_NOOP("CliHelp", "COMMAND"), QT_TRANSLATE_NOOP("CliHelp", "ACTION"),
    QT_TRANSLATE_NOOP("CliHelp", "WHAT"), QT_TRANSLATE_NOOP("CliHelp", "PATH_OR_URL"),
    QT_TRANSLATE_NOOP("CliHelp", "FILE"), QT_TRANSLATE_NOOP("CliHelp", "N"), QT_TRANSLATE_NOOP("CliHelp", "S"),
    QT_TRANSLATE_NOOP("CliHelp", "NAME"), QT_TRANSLATE_NOOP("CliHelp", "CODE"),
    QT_TRANSLATE_NOOP("CliHelp", "USERNAME"), QT_TRANSLATE_NOOP("CliHelp", "TEAM"),
    QT_TRANSLATE_NOOP("CliHelp", "CASE_ID"), QT_TRANSLATE_NOOP("CliHelp", "BACKUP_FILE"),
    QT_TRANSLATE_NOOP("CliHelp", "ID"), QT_TRANSLATE_NOOP("CliHelp", "FOLDER"),
)


def argparse_text(message: str) -> str:
    return translate(ARGPARSE, message)


def argparse_plural(singular: str, plural: str, n: int) -> str:
    return argparse_text(singular if n == 1 else plural)


def speak_our_language() -> None:
    """argparse's own texts from our catalogue. Process-wide by nature (argparse has one ``_``); in
    English (``app.i18n.set_language("en")``) the texts are argparse's own."""
    argparse._ = argparse_text
    argparse.ngettext = argparse_plural


def placeholder(text: str | tuple | None) -> str | tuple | None:
    return translate(HELP, text) if isinstance(text, str) else text


class TranslatingHelpFormatter(argparse.HelpFormatter):
    """Shows descriptions and help texts translated (``%(default)s`` and friends still work)."""

    def add_text(self, text):
        super().add_text(translate(HELP, text) if text and text is not argparse.SUPPRESS else text)

    def _get_default_metavar_for_optional(self, action):
        return placeholder(super()._get_default_metavar_for_optional(action))

    def _get_default_metavar_for_positional(self, action):
        return placeholder(super()._get_default_metavar_for_positional(action))

    def _expand_help(self, action):
        action = copy.copy(action)
        action.help = translate(HELP, action.help)
        return super()._expand_help(action)
