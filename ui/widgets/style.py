"""The house style: light, calm colours with text at WCAG AA contrast and a visible focus ring.

``resources/styles/app.qss`` is the application's sheet; :data:`CASE_STYLESHEET` adds the case window's
and its dialogs' rules (kept here while the case window is new; they can move to the .qss unchanged).
Both assume a light palette: on a dark or high-contrast system (:func:`uses_house_style` is False) the
app keeps the system's own colours (:func:`house_stylesheet`, :func:`case_stylesheet` are then empty).
tests/ui/test_contrast.py computes the contrast of every colour pair.
"""
from __future__ import annotations

from importlib import resources

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

FOCUS_COLOUR = "#1f5f99"  # the focus ring: 6.8:1 on white, 3:1 is required

CASE_STYLESHEET = """
QLabel#mutedText, QLabel#columnHeading { color: #5f6b76; }
QLabel#columnHeading { font-weight: 600; }
QLabel#sectionHeading, QLabel#familyName { color: #1f2933; }
QFrame#caseHeader { background: #f4f6f8; border-bottom: 1px solid #d9dee3; }
QLabel#statusPill, QLabel#priorityPill, QLabel#planPill, QLabel#consentPill, QLabel#measurePill,
QLabel#meldcodePill, QLabel#crisisPill {
    border-radius: 9px; padding: 2px 10px; background: #e3ebf3; color: #123a61; font-weight: 600;
}
QLabel#priorityPill[high="true"], QLabel#consentPill[high="true"], QLabel#measurePill[high="true"],
QLabel#meldcodePill[high="true"], QLabel#crisisPill[high="true"] { background: #fbe3e1; color: #8c1d18; }
QLabel#statusPill[closed="true"] { background: #e6e8ea; color: #3b4752; }
QFrame#duplicateBanner { background: #fff6dc; border: 1px solid #ecd28c; border-radius: 6px; }
QFrame#duplicateCard { background: #fafbfc; border: 1px solid #d9dee3; border-radius: 6px; }
QFrame#formPanel { background: #f7f9fa; border: 1px solid #e1e5e9; border-radius: 6px; }
QPlainTextEdit, QTextBrowser { border: 1px solid #c5ccd3; border-radius: 4px; background: #ffffff; padding: 4px; }
QPlainTextEdit:focus { border: 1px solid #1f5f99; }
QPlainTextEdit[invalid="true"] { border: 1px solid #b3261e; }
QScrollArea#plainScroll { background: transparent; border: none; }
QScrollArea#plainScroll > QWidget#qt_scrollarea_viewport, QWidget#scrollContent { background: transparent; }
QSplitter#journalSplitter::handle { background: transparent; }
QTabWidget::pane { border: none; border-top: 1px solid #d9dee3; }
QTabBar::tab { padding: 8px 18px; color: #3b4752; border: none; border-bottom: 2px solid transparent; }
QTabBar::tab:selected { color: #123a61; border-bottom: 2px solid #1f5f99; font-weight: 600; }
QToolBar#caseActions { border: none; background: transparent; spacing: 6px; }
QToolBar#caseActions QToolButton {
    padding: 5px 12px; border: 1px solid #c5ccd3; border-radius: 4px; background: #ffffff; color: #1f2933;
}
QToolBar#caseActions QToolButton:hover { background: #eef3f8; border-color: #1f5f99; }
"""

# The focus ring: 2px where the sheets draw 1px, with 1px less padding so nothing moves when it shows.
FOCUS_RULES = f"""
QLineEdit:focus, QComboBox:focus {{ border: 2px solid {FOCUS_COLOUR}; padding: 4px 7px; }}
QTableView:focus, QTreeView:focus, QListWidget#navigation:focus {{ border: 2px solid {FOCUS_COLOUR}; }}
QPushButton#pageButton:focus, QToolButton#pageActionButton:focus {{
    border: 2px solid {FOCUS_COLOUR}; padding: 4px 13px; }}
QPushButton#scopeLeft:focus, QPushButton#scopeRight:focus {{ border: 2px solid {FOCUS_COLOUR}; padding: 4px 15px; }}
"""
CASE_FOCUS_RULES = f"""
QPlainTextEdit:focus, QTextBrowser:focus {{ border: 2px solid {FOCUS_COLOUR}; padding: 3px; }}
QTabBar::tab:focus {{ border: 2px solid {FOCUS_COLOUR}; padding: 6px 16px; }}
QToolBar#caseActions QToolButton:focus {{ border: 2px solid {FOCUS_COLOUR}; padding: 4px 11px; }}
"""


def uses_house_style() -> bool:
    """False on a dark system (its colour scheme, or a palette with light text on a dark window) and on a
    high-contrast one: the light house style would then fight the user's own colours."""
    app = QGuiApplication.instance()
    if app is None:
        return True
    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return False
    if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return False
    palette = QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window).lightness()
    text = palette.color(QPalette.ColorRole.WindowText).lightness()
    return window > text


def house_stylesheet() -> str:
    """The application's style sheet with its focus ring; empty on a dark or high-contrast system."""
    if not uses_house_style():
        return ""
    qss = resources.files("resources.styles").joinpath("app.qss")
    return (qss.read_text(encoding="utf-8") if qss.is_file() else "") + FOCUS_RULES


def case_stylesheet() -> str:
    """The case window's rules, where the house style applies."""
    return CASE_STYLESHEET + CASE_FOCUS_RULES if uses_house_style() else ""
