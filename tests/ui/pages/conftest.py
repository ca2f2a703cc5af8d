"""Fixtures for the pages: the filled caseload with due items and waakvlams, and a main window on it."""
from __future__ import annotations

import pytest

from tests.ui.pages.care_data import CareCases, fill_care
from ui.main_window import MainWindow


@pytest.fixture
def care(filled_services) -> CareCases:
    return fill_care(filled_services)


@pytest.fixture
def window(qtbot, filled_services, care, runner, events, ui_settings) -> MainWindow:
    window = MainWindow(filled_services, runner, events, ui_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
