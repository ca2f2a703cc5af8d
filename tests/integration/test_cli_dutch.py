"""The command line's help, usage and errors are Dutch: our texts and argparse's own."""
from __future__ import annotations

import argparse
import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app import i18n
from app.cli import build_parser, main
from app.cli.help import ARGPARSE_TEXTS, HELP

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = ("usage:", "positional arguments", "options:", "show this help", "the following arguments",
           "database file", "users and teams")
# argparse's texts that only a programmer can meet (a wrongly built parser), never a user.
PROGRAMMING_ERRORS = {
    "%(prog)s: error: %(message)s\n",  # our Parser reports errors itself
    "%r is not callable", "'required' is an invalid argument for positionals", ".__call__() not defined",
    'argument "-" with mode %r', "cannot have multiple subparser arguments",
    "cannot merge actions - two groups are named %r", "conflicting subparser alias: %s", "conflicting subparser: %s",
    "dest= is required for options like %r", "invalid conflict_resolution value: %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "mutually exclusive arguments must be optional", "unexpected option string: %s",
    "conflicting option string: %s", "conflicting option strings: %s",
}


def help_of(capsys, *argv) -> str:
    assert main([*argv, "--help"]) == 0
    return capsys.readouterr().out


def assert_dutch(text: str) -> None:
    assert [word for word in ENGLISH if word in text] == []


def test_gezinsregie_help_is_dutch(capsys):
    text = help_of(capsys)

    assert text.startswith("gebruik: gezinsregie [-h]")
    assert "positionele argumenten:" in text and "opties:" in text
    assert "-h, --help            toon deze hulptekst en stop" in text
    assert "--database PAD_OF_URL" in text and "OPDRACHT" in text
    assert "admin               gebruikers en teams (database-logins op PostgreSQL)" in text
    assert_dutch(text)


def test_gezinsregie_admin_help_is_dutch(capsys):
    text = help_of(capsys, "admin")

    assert text.startswith("gebruik: gezinsregie admin [-h] ACTIE ...")
    assert "create-user    voeg een gebruiker toe" in text
    assert_dutch(text)


@pytest.mark.parametrize("argv", [("demo",), ("db", "restore"), ("export", "plan"), ("admin", "create-user")])
def test_the_help_of_a_subcommand_is_dutch(capsys, argv):
    text = help_of(capsys, *argv)

    assert text.startswith(f"gebruik: gezinsregie {' '.join(argv)} [-h]")
    assert "toon deze hulptekst en stop" in text
    assert_dutch(text)


def parsers(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                yield from parsers(child)


PLACEHOLDERS = re.compile(r"\b(COMMAND|ACTION|WHAT|PATH_OR_URL|FILE|NAME|USERNAME|CASE_ID|BACKUP_FILE)\b")


def has_dutch(context: str, text: str) -> bool:
    return (context, text) in i18n._catalogue(i18n.DEFAULT_LANGUAGE)


def test_every_help_text_and_placeholder_of_every_command_has_dutch():
    english = []
    for parser in parsers(build_parser()):
        texts = [parser.description] + [action.help for action in parser._actions
                                        if not isinstance(action, argparse._HelpAction)]
        for action in parser._actions:
            texts += [choice.help for choice in getattr(action, "_choices_actions", [])]
        english += [f"{parser.prog}: {text}" for text in texts
                    if text and text is not argparse.SUPPRESS and not has_dutch(HELP, text)]
        english += [f"{parser.prog}: {name}" for name in PLACEHOLDERS.findall(parser.format_help())]
    assert english == []


@pytest.mark.parametrize("argv, said", [
    (["admin"], "gezinsregie: deze argumenten ontbreken: ACTIE"),
    (["--bogus"], "gezinsregie: onbekende argumenten: --bogus"),
    (["admin", "set-role", "piet", "boss"], "gezinsregie: argument role: ongeldige keuze: 'boss' (kies uit"),
    (["export", "plan", "12"], "gezinsregie: deze argumenten ontbreken: --out"),
])
def test_a_wrong_command_line_is_told_in_dutch(capsys, argv, said):
    assert main(argv) == 2
    assert capsys.readouterr().err.startswith(said)


def argparse_texts() -> set[str]:
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    return {arg.value for call in ast.walk(tree) if isinstance(call, ast.Call)
            and getattr(call.func, "id", None) in ("_", "ngettext")
            for arg in call.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)}


def test_every_argparse_text_a_user_can_meet_has_dutch():
    user_texts = argparse_texts() - PROGRAMMING_ERRORS
    assert sorted(user_texts - set(ARGPARSE_TEXTS)) == [], "mark these in app/cli/help.py"
    assert [text for text in ARGPARSE_TEXTS if not has_dutch("argparse", text)] == []


def test_in_english_argparse_speaks_english_again(capsys):
    i18n.set_language("en")
    try:
        text = help_of(capsys, "admin")
    finally:
        i18n.set_language(i18n.DEFAULT_LANGUAGE)
    assert text.startswith("usage: gezinsregie admin [-h] ACTION ...")
    assert "show this help message and exit" in text


def test_the_installed_command_prints_dutch_help():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "app", "admin", "--help"], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=60)

    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("gebruik: gezinsregie admin")
    assert_dutch(done.stdout)
