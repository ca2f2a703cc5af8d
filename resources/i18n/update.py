"""Developer tool: refresh the Dutch translation from the sources and build the .qm.

    python -m resources.i18n.update                  # lupdate + lrelease
    python -m resources.i18n.update --apply nl.tsv   # also fill in translations ([context<TAB>]source<TAB>Dutch)
    python -m resources.i18n.update --missing        # list source texts without a Dutch translation

The .ts file is the one source of Dutch text for the GUI (through the built .qm) and for the
command line (``app.i18n`` reads the .ts directly).
"""
from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "gezinsregie_nl.ts"
QM = HERE / "gezinsregie_nl.qm"
SOURCE_DIRS = ("app", "ui")


def tool(name: str) -> str:
    exe = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    return exe


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for d in SOURCE_DIRS for p in (ROOT / d).rglob("*.py"))


def lupdate(ts: Path = TS) -> None:
    """Refreshes the .ts from the sources, keeping the Dutch forms of plural messages (see :func:`mark_plurals`)."""
    known = plural_forms(ts) if ts.exists() else {}
    subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", *source_files(), "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)
    mark_plurals(ts, known)


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    """Writes the .ts as lupdate does (its header, ``&apos;`` and ``&quot;``), so a run changes only what changed."""
    text = ET.tostring(tree.getroot(), encoding="unicode")
    text = text.replace("'", "&apos;")
    body = []
    for line in text.splitlines(keepends=True):  # quotes in texts, not in the tags' attributes
        if "<source>" in line or "<translation" in line or "<numerusform>" in line or "<comment>" in line:
            head, sep, rest = line.partition(">")
            line = head + sep + rest.replace('"', "&quot;")
        body.append(line)
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + "".join(body) + "\n", encoding="utf-8")


def plural_forms(ts: Path = TS) -> dict[tuple[str, str], list[str]]:
    """The Dutch forms of every plural message, by (context, source)."""
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if msg.get("numerus") == "yes" and tr is not None:
                out[(ctx.findtext("name", ""), msg.findtext("source", ""))] = [f.text or "" for f in tr]
    return out


def mark_plurals(ts: Path = TS, known: dict[tuple[str, str], list[str]] | None = None) -> int:
    """Makes every ``%n`` message a plural one. lupdate sees the count of ``self.tr(text, "", n)`` but not of
    ``QCoreApplication.translate(context, text, "", n)`` (and then drops the forms); Qt picks the Dutch form
    at run time either way once the message has its forms. The forms come back from ``known`` (read
    before lupdate), or from a plain translation ``one|many``."""
    tree = ET.parse(ts)
    n = 0
    for ctx in tree.getroot().iter("context"):
        for msg in ctx.iter("message"):
            source = msg.findtext("source", "")
            if "%n" not in source or msg.get("numerus") == "yes":
                continue
            msg.set("numerus", "yes")
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            forms = (known or {}).get((ctx.findtext("name", ""), source)) or (tr.text or "").split("|")
            for form in list(tr):
                tr.remove(form)
            tr.text = None
            tr.attrib.pop("type", None)
            for text in forms if len(forms) == 2 else ("", ""):
                ET.SubElement(tr, "numerusform").text = text
            if len(forms) != 2 or not all(forms):
                tr.set("type", "unfinished")
            n += 1
    if n:
        write_ts(tree, ts)
    return n


def lrelease(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


TRANSLATING_CALLS = {"translate": 1, "QT_TRANSLATE_NOOP": 1, "tr": 0, "QT_TR_NOOP": 0}  # name -> text's position


def hidden_from_lupdate(files: list[str] | None = None) -> list[str]:
    """``file:line text`` of every literal text lupdate cannot extract, so it would stay English.

    lupdate silently skips ``translate(CONTEXT, "text")`` when the context is a name rather than a
    string, and extracts an f-string's braces literally, so no runtime text ever matches it.
    """
    found = []
    for name in files if files is not None else source_files():
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"), name)
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            func = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", None)
            at = TRANSLATING_CALLS.get(func)
            if at is None or len(call.args) <= at:
                continue
            text = call.args[at]
            literal = isinstance(text, ast.Constant) and isinstance(text.value, str)
            named_context = at == 1 and not (isinstance(call.args[0], ast.Constant)
                                             and isinstance(call.args[0].value, str))
            if isinstance(text, ast.JoinedStr) or (literal and named_context):
                found.append(f"{name}:{call.lineno} {ast.unparse(text)}")
    return found


def missing(ts: Path = TS) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    root = ET.parse(ts).getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and msg.get("numerus") == "yes":
                texts = [form.text or "" for form in tr.iter("numerusform")]
            else:
                texts = [tr.text or ""] if tr is not None else [""]
            if tr is None or tr.get("type") == "unfinished" or not all(t.strip() for t in texts):
                out.append((name, msg.findtext("source", "")))
    return out


def apply(ts: Path, table: dict[tuple[str | None, str], str]) -> int:
    """Fills translations; a key's context None matches the source text in any context.

    For plural (``%n``) messages the Dutch text holds the forms separated by ``|``.
    """
    tree = ET.parse(ts)
    n = 0
    for ctx in tree.getroot().iter("context"):
        ctx_name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            source = msg.findtext("source", "")
            dutch = table.get((ctx_name, source), table.get((None, source)))
            if dutch is None:
                continue
            tr = msg.find("translation")
            if msg.get("numerus") == "yes":
                for form in list(tr):
                    tr.remove(form)
                tr.text = None
                for text in dutch.split("|"):
                    ET.SubElement(tr, "numerusform").text = text
            else:
                tr.text = dutch
            tr.attrib.pop("type", None)
            n += 1
    write_ts(tree, ts)
    return n


def read_tsv(path: Path) -> dict[tuple[str | None, str], str]:
    """Lines ``English<TAB>Dutch`` or ``Context<TAB>English<TAB>Dutch``; ``\\n`` for a newline."""
    table: dict[tuple[str | None, str], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" not in line or line.startswith("#"):
            continue
        parts = [part.replace("\\n", "\n") for part in line.split("\t")]
        if len(parts) == 3:
            table[(parts[0], parts[1])] = parts[2]
        else:
            table[(None, parts[0])] = parts[1]
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apply", type=Path, action="append", default=[])
    parser.add_argument("--missing", action="store_true")
    args = parser.parse_args()
    lupdate()
    for tsv in args.apply:
        print(f"{tsv}: {apply(TS, read_tsv(tsv))} translation(s) applied")
    lrelease()
    gaps = missing()
    if args.missing:
        for ctx, src in gaps:
            print(f"{ctx}\t{src}")
    print(f"{len(gaps)} message(s) without Dutch translation")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
