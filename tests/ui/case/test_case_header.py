"""The case window's header names the case number, the one ``gezinsregie export plan CASE_ID`` asks for."""
from __future__ import annotations

from PySide6.QtCore import Qt


def test_the_header_shows_the_case_number_to_copy(open_window, ozturk):
    _family_id, case_id = ozturk
    window = open_window(case_id)

    number = window.header_bar.case_number_label
    assert number.isVisible() and number.text() == f"Casus {case_id}"
    assert number.toolTip().endswith(f"gezinsregie export plan {case_id}")
    assert number.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert number.geometry().top() > window.header_bar.family_label.geometry().bottom()  # under the name
