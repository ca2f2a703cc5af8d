"""A version comparison as readable lines: "Doel toegevoegd: ...", "Streefdatum gewijzigd van 01-03-2027
naar 01-05-2027", and for a long text ("Zorgen gewijzigd") its old and new wording beneath."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.queries.plan_compare import ChangeKind, FieldChange, PlanChange, TextChange, text_change
from app.queries.plans import PLAN_TEXT_FIELDS
from ui.labels.plan import field_label, value_text

CONTEXT = "CompareLines"
# Long texts: one line says that they changed; their old and new wording follow, the changed words marked.
LONG_TEXT_FIELDS = frozenset({*PLAN_TEXT_FIELDS, "description", "success_criterion", "what"})

_FIELD_TEMPLATES = {
    "done": QT_TRANSLATE_NOOP("CompareLines", "Marked as done"),
    "not_done": QT_TRANSLATE_NOOP("CompareLines", "Marked as not done"),
    "changed": QT_TRANSLATE_NOOP("CompareLines", "{field} changed"),
    "set": QT_TRANSLATE_NOOP("CompareLines", "{field} set to {new}"),
    "cleared": QT_TRANSLATE_NOOP("CompareLines", "{field} cleared (was {old})"),
    "changed_from_to": QT_TRANSLATE_NOOP("CompareLines", "{field} changed from {old} to {new}"),
}
_CHANGE_TEMPLATES = {
    ChangeKind.GOAL_ADDED: QT_TRANSLATE_NOOP("CompareLines", "Goal added: {goal}"),
    ChangeKind.GOAL_REMOVED: QT_TRANSLATE_NOOP("CompareLines", "Goal removed: {goal}"),
    ChangeKind.GOAL_CHANGED: QT_TRANSLATE_NOOP("CompareLines", "Goal changed: {goal}"),
    ChangeKind.ACTION_ADDED: QT_TRANSLATE_NOOP("CompareLines", "Action added to the goal \u201c{goal}\u201d: {action}"),
    ChangeKind.ACTION_REMOVED: QT_TRANSLATE_NOOP("CompareLines",
                                                 "Action removed from the goal \u201c{goal}\u201d: {action}"),
    ChangeKind.ACTION_CHANGED: QT_TRANSLATE_NOOP("CompareLines", "Action changed: {action} (goal \u201c{goal}\u201d)"),
}


BEFORE = QT_TRANSLATE_NOOP("CompareLines", "Before")
NOW = QT_TRANSLATE_NOOP("CompareLines", "Now")


@dataclass(frozen=True)
class CompareDetail:
    """One changed field: the sentence, and for a long text its old and new wording."""

    text: str
    wording: TextChange | None = None


@dataclass(frozen=True)
class CompareEntry:
    """One line, with the field changes that belong to it (of a goal or action) beneath."""

    title: str
    details: tuple[CompareDetail, ...] = ()


def _template(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def field_change_text(change: FieldChange) -> str:
    name = field_label(change.field)
    if change.field == "done":
        return _template(_FIELD_TEMPLATES["done" if change.new else "not_done"])
    if change.field in LONG_TEXT_FIELDS:
        return _template(_FIELD_TEMPLATES["changed"]).format(field=name)
    old, new = value_text(change.old), value_text(change.new)
    key = "set" if not old else "cleared" if not new else "changed_from_to"
    return _template(_FIELD_TEMPLATES[key]).format(field=name, old=old, new=new)


def _detail(change: FieldChange) -> CompareDetail:
    wording = text_change(change.old, change.new) if change.field in LONG_TEXT_FIELDS else None
    return CompareDetail(field_change_text(change), wording)


def _entries(change: PlanChange) -> list[CompareEntry]:
    details = tuple(_detail(f) for f in change.fields)
    if change.kind is ChangeKind.PLAN_CHANGED:
        return [CompareEntry(d.text, (CompareDetail("", d.wording),) if d.wording else ()) for d in details]
    title = _template(_CHANGE_TEMPLATES[change.kind]).format(
        goal=change.goal_description or "", action=change.action_what or "")
    return [CompareEntry(title, details)]


def compare_entries(changes: list[PlanChange]) -> list[CompareEntry]:
    return [entry for change in changes for entry in _entries(change)]


def wording_lines(wording: TextChange) -> tuple[str, str]:
    """``("Eerder: <old text>", "Nu: <new text>")``."""
    return (f"{_template(BEFORE)}: {''.join(p.text for p in wording.old)}",
            f"{_template(NOW)}: {''.join(p.text for p in wording.new)}")


def _detail_lines(detail: CompareDetail, indent: str) -> list[str]:
    lines = [f"{indent}{detail.text}"] if detail.text else []
    if detail.wording is not None:
        sub = f"{indent}  " if detail.text else indent
        lines += [f"{sub}{line}" for line in wording_lines(detail.wording)]
    return lines


def compare_lines(changes: list[PlanChange]) -> list[str]:
    """Every title and detail as one flat list of lines (details indented by two spaces, a changed
    text's old and new wording by two more)."""
    return [line for entry in compare_entries(changes)
            for line in (entry.title, *(x for d in entry.details for x in _detail_lines(d, "  ")))]
