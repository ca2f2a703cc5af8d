"""Text stands out from its background: WCAG 2.1 AA contrast (4.5:1, and 3:1 for the focus ring) in every
style sheet and every coloured table cell; each focusable kind of widget the house style draws shows focus.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from tests.ui.contrast import SURFACES, contrast, rules, style_strings, text_pairs
from ui.widgets.style import CASE_STYLESHEET, FOCUS_COLOUR, case_stylesheet, house_stylesheet, uses_house_style

ROOT = Path(__file__).resolve().parents[2]
TEXT = 4.5
FOCUS = 3.0


def _sheets() -> list[tuple[str, str]]:
    sheets = [("CASE_STYLESHEET", CASE_STYLESHEET), ("house style", house_stylesheet())]
    sheets += [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8")) for p in (ROOT / "resources").rglob("*.qss")]
    for path in sorted((ROOT / "ui").rglob("*.py")):
        sheets += [(str(path.relative_to(ROOT)), text) for text in style_strings(path)]
    return sheets


def _model_pairs() -> list[tuple[str, str, str]]:
    """Text colours the item models give cells (ForegroundRole), on their own tint or on the table."""
    from ui.care import looks
    from ui.qt_models import caseload_model, provider_models, team_overview_model, urgency
    from ui.widgets.field_error_label import ERROR_COLOUR

    name = lambda colour: QColor(colour).name()  # noqa: E731
    pairs = []
    for level, colour in urgency.FOREGROUNDS.items():
        backgrounds = [urgency.BACKGROUNDS[level]] if level in urgency.BACKGROUNDS else SURFACES
        pairs += [(f"urgency {level.name}", name(colour), name(bg)) for bg in backgrounds]
    for look_name in ("DUE", "OVERDUE", "ENDED"):
        look = getattr(looks, look_name)
        for bg in [look.background] if look.background else SURFACES:
            pairs.append((f"care look {look_name}", look.foreground, bg))
    for label, colour in (("high priority", caseload_model.HIGH_PRIORITY_COLOUR),
                          ("inactive provider", provider_models.INACTIVE_COLOUR),
                          ("team overview muted", team_overview_model.MUTED_COLOUR),
                          ("field error", ERROR_COLOUR)):
        pairs += [(label, name(colour), bg) for bg in SURFACES]
    return pairs


def _all_pairs() -> list[tuple[str, str, str]]:
    pairs = [pair for where, text in _sheets() for pair in text_pairs(where, text)]
    return pairs + _model_pairs()


def test_every_text_colour_has_at_least_4_5_to_1_contrast_with_its_background():
    pairs = _all_pairs()
    assert len(pairs) > 50  # the sheets were found and read
    low = [f"{what}: {fg} on {bg} is {contrast(fg, bg):.2f}:1" for what, fg, bg in pairs if contrast(fg, bg) < TEXT]
    assert not low, "\n".join(sorted(set(low)))


def test_the_contrast_formula_matches_wcag():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_the_focus_ring_is_drawn_on_every_widget_kind_the_style_sheet_gives_a_border_and_stands_out():
    """A style sheet that draws a widget's border replaces the platform's focus frame: it must draw its own."""
    from PySide6 import QtWidgets

    sheet = re.sub(r"/\*.*?\*/", "", house_stylesheet() + case_stylesheet(), flags=re.S)
    bordered, focused = set(), set()
    for selectors, body in re.findall(r"([^{}]*)\{([^{}]*)\}", sheet):
        for selector in (s.strip() for s in selectors.split(",")):
            kind = re.match(r"[A-Za-z]+", selector)
            if kind is None or "::" in selector:
                continue
            if ":focus" in selector:
                focused.add(kind.group(0))
            elif selector == kind.group(0) and "border" in body:
                widget = getattr(QtWidgets, kind.group(0))()
                if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                    bordered.add(kind.group(0))
    assert {"QLineEdit", "QTableView", "QPlainTextEdit"} <= bordered
    assert bordered - focused == set()
    assert all(contrast(FOCUS_COLOUR, bg) >= FOCUS for bg in SURFACES)


def test_a_dark_or_high_contrast_system_keeps_its_own_colours(qapp):
    """The light house style is not forced on a dark palette (or a dark scheme the platform reports)."""
    saved = qapp.palette()
    try:
        assert uses_house_style()
        dark = QPalette(saved)
        for role, colour in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#e8eaed"),
                             (QPalette.ColorRole.Base, "#121212"), (QPalette.ColorRole.Text, "#e8eaed")):
            dark.setColor(role, QColor(colour))
        qapp.setPalette(dark)
        assert not uses_house_style()
    finally:
        qapp.setPalette(saved)
    assert uses_house_style()
    assert QApplication.styleHints().colorScheme() is not Qt.ColorScheme.Dark or not uses_house_style()


def test_a_system_set_to_high_contrast_or_dark_keeps_its_own_colours(qapp, monkeypatch):
    from PySide6.QtGui import QAccessibilityHints, QStyleHints

    assert house_stylesheet() and case_stylesheet()
    monkeypatch.setattr(QAccessibilityHints, "contrastPreference", lambda _self: Qt.ContrastPreference.HighContrast)
    assert not uses_house_style() and house_stylesheet() == case_stylesheet() == ""
    monkeypatch.undo()
    monkeypatch.setattr(QStyleHints, "colorScheme", lambda _self: Qt.ColorScheme.Dark)
    assert house_stylesheet() == case_stylesheet() == ""
