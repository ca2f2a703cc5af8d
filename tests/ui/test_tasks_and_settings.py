"""The background task runner delivers on the GUI thread; typed settings fall back to their defaults."""
from __future__ import annotations

import threading

from PySide6.QtCore import QByteArray, QObject, QSettings, QThread

from app.errors import AppError, NotFound
from ui.settings import MAIN_WINDOW_GEOMETRY, MAIN_WINDOW_PAGE, Setting, UiSettings
from ui.tasks import SynchronousTaskRunner, ThreadPoolTaskRunner


def test_a_result_arrives_on_the_gui_thread_after_running_elsewhere(qtbot):
    runner = ThreadPoolTaskRunner()
    ran_on, delivered = [], []

    def task():
        ran_on.append(threading.get_ident())
        return 42

    runner.run(task, lambda value: delivered.append((value, QThread.currentThread())))

    qtbot.waitUntil(lambda: len(delivered) == 1)
    assert delivered == [(42, QObject().thread())]
    assert ran_on[0] != threading.get_ident()
    assert runner.pending_count() == 0


def test_errors_arrive_as_app_errors(qtbot):
    runner = ThreadPoolTaskRunner()
    errors = []

    def not_found():
        raise NotFound()

    def bug():
        raise ZeroDivisionError

    runner.run(not_found, lambda _: None, errors.append)
    runner.run(bug, lambda _: None, errors.append)

    qtbot.waitUntil(lambda: len(errors) == 2)
    assert any(isinstance(e, NotFound) for e in errors)
    assert all(isinstance(e, AppError) for e in errors)


def test_nothing_is_delivered_to_a_deleted_widget(qtbot):
    runner = ThreadPoolTaskRunner()
    owner = QObject()
    delivered = []
    gate = threading.Event()

    runner.run(lambda: gate.wait(5) and "late", delivered.append, context=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    gate.set()

    qtbot.waitUntil(lambda: runner.pending_count() == 0)
    assert delivered == []


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_the_synchronous_runner_calls_back_at_once():
    runner = SynchronousTaskRunner()
    results, errors = [], []
    runner.run(lambda: "done", results.append, errors.append)
    runner.run(lambda: 1 / 0, results.append, errors.append)
    assert results == ["done"]
    assert len(errors) == 1 and isinstance(errors[0], AppError)


def test_settings_have_typed_defaults_and_remember_values(isolated_qsettings):
    settings = UiSettings()
    assert settings.value(MAIN_WINDOW_PAGE) == 0
    assert settings.value(MAIN_WINDOW_GEOMETRY) == QByteArray()

    settings.set_value(MAIN_WINDOW_PAGE, 1)
    settings.set_value(Setting("test/flag", False), True)
    settings.sync()

    again = UiSettings()
    assert again.value(MAIN_WINDOW_PAGE) == 1
    assert again.value(Setting("test/flag", False)) is True
    assert QSettings().fileName().startswith(str(isolated_qsettings))
