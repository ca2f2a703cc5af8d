"""Style rules for the case window and its dialogs, on top of the application's house style.

Kept here while the case window is new; they can move to ``resources/styles/app.qss`` unchanged.
"""
from __future__ import annotations

CASE_STYLESHEET = """
QLabel#mutedText, QLabel#columnHeading { color: #5f6b76; }
QLabel#columnHeading { font-weight: 600; }
QLabel#sectionHeading, QLabel#familyName { color: #1f2933; }
QFrame#caseHeader { background: #f4f6f8; border-bottom: 1px solid #d9dee3; }
QLabel#statusPill, QLabel#priorityPill, QLabel#planPill {
    border-radius: 9px; padding: 2px 10px; background: #e3ebf3; color: #123a61; font-weight: 600;
}
QLabel#priorityPill[high="true"] { background: #fbe3e1; color: #8c1d18; }
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
