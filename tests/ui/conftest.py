"""Qt test fixtures: Dutch translation, isolated QSettings, and services on a filled database."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from app.bootstrap import Services, open_database
from tests.ui.caseload_data import FilledCaseload, fill_caseload
from ui.events import AppEvents
from ui.main import APPLICATION_NAME, ORGANIZATION_NAME, install_translations
from ui.settings import UiSettings
from ui.tasks import SynchronousTaskRunner


@pytest.fixture(scope="session", autouse=True)
def dutch_application(qapp):
    """The application as the launcher sets it up: named, and speaking Dutch."""
    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setApplicationName(APPLICATION_NAME)
    translators = install_translations(qapp)
    yield qapp
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path):
    """QSettings() writes an INI file under this test's temporary folder, never the user's settings."""
    folder = tmp_path / "qsettings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, str(folder / "system"))
    yield folder


@pytest.fixture
def ui_settings(isolated_qsettings) -> UiSettings:
    return UiSettings()


@pytest.fixture
def runner() -> SynchronousTaskRunner:
    return SynchronousTaskRunner()


@pytest.fixture
def events() -> AppEvents:
    return AppEvents()


@pytest.fixture
def empty_services(db_path, clock) -> Services:
    """A fresh database where nobody has registered yet (the first start)."""
    svc = open_database(db_path, clock=clock)
    yield svc
    svc.close()


@pytest.fixture
def filled(empty_services) -> FilledCaseload:
    return fill_caseload(empty_services)


@pytest.fixture
def filled_services(empty_services, filled) -> Services:
    """Twelve open cases in 'Wijkteam Noord'; Sanne de Vries (signed in) directs eight of them."""
    return empty_services


@pytest.fixture(autouse=True)
def no_case_windows_left_behind():
    """A case window left open by one test (perhaps with unsaved edits) must not answer the next test's
    main-window close."""
    yield
    from ui.case import openers

    openers._open_windows.clear()


@pytest.fixture(autouse=True)
def no_real_discard_question(monkeypatch):
    """Esc or close on a typed form asks (ui/widgets/form_dialog.py); a test that does not answer it itself
    fails here instead of waiting for a real modal box nobody clicks."""
    from ui.widgets import form_dialog

    def unexpected(parent) -> bool:
        raise AssertionError(f"unexpected 'discard what you typed?' question from {type(parent).__name__}")

    monkeypatch.setattr(form_dialog, "ask_discard_typed", unexpected)
