"""Starting the GUI: application, Dutch translation, database, who is working, then the main window.

``run_gui`` is what the command line calls (``gezinsregie`` without a subcommand). Errors while
opening the database are shown in a message box and end the program with a non-zero exit code; a
damaged local database first gets the newest sound backup offered; where there is no keyring the
database passphrase is asked in a dialog. Unexpected errors are logged with a reference the worker
can give to support.
"""
from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib import resources

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMessageBox, QWidget

from app import i18n
from app.bootstrap import Services, open_database
from app.central.signin import sign_in_login
from app.config import default_database_path
from app.context import CurrentUser
from app.storage.db import resolve_target
from app.errors import AppError, DatabaseDamaged, DatabaseKeyRejected, DatabaseUnavailable, PassphraseCancelled
from app.storage.keys import KeySource
from app.logging_setup import report_error
from models.enums import Role
from ui.dialogs.first_start_dialog import FirstStartDialog, RegisterWorker
from ui.dialogs.passphrase_dialog import ask_passphrase
from ui.dialogs.profile_dialog import ChosenConnection, choose_connection
from ui.dialogs.restore_dialog import offer_newest_backup
from ui.errors import show_fatal_error
from ui.events import AppEvents
from ui.main_window import MainWindow
from ui.qt_translation import qt_translator
from ui.settings import UiSettings
from ui.startup_checks import StartUpChecks, show_start_up_warning
from ui.tasks import ThreadPoolTaskRunner, TaskRunner
from ui.widgets.style import house_stylesheet

log = logging.getLogger(__name__)

ORGANIZATION_NAME = "Gezinsregie"
APPLICATION_NAME = "Gezinsregie"
LANGUAGE = "nl"
LOCALE = "nl_NL"
TRANSLATION_FILE = f"gezinsregie_{LANGUAGE}.qm"

ServicesOpener = Callable[[str | None], Services]
FirstStartDialogFactory = Callable[[list[str], RegisterWorker, QWidget | None], FirstStartDialog]
DemoStartDialogFactory = Callable[[list, Callable, QWidget | None], QDialog]  # DemoStartDialog(people, sign_in_as, parent)

EXIT_OK = 0
EXIT_CANNOT_START = 1
NOT_OPENED = QT_TRANSLATE_NOOP("Errors", "The database could not be opened. Reference for support: {reference}.")
SOMETHING_WENT_WRONG = QT_TRANSLATE_NOOP(
    "StartUp", "Something went wrong; the last action may not have been completed. Reference for support: "
               "{reference}.")
NOT_ENCRYPTED = QT_TRANSLATE_NOOP("StartUp", "Not encrypted: run 'gezinsregie db encrypt'")


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists, as in tests), named so QSettings finds its place."""
    app = QApplication.instance() or QApplication(list(argv if argv is not None else sys.argv))
    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setApplicationName(APPLICATION_NAME)
    return app


def install_translations(app: QCoreApplication) -> list[QTranslator]:
    """Dutch by default: our own catalogue plus Qt's (standard buttons, context menus).

    The translators are returned and also kept on the application, so they outlive this call.
    """
    QLocale.setDefault(QLocale(LOCALE))
    i18n.set_language(LANGUAGE)
    installed = getattr(app, "_gezinsregie_translators", None)
    if installed is not None:
        return installed
    translators = []
    ours = QTranslator(app)
    with resources.as_file(resources.files("resources.i18n").joinpath(TRANSLATION_FILE)) as path:
        if ours.load(str(path)):
            translators.append(ours)
        else:
            log.warning("translation %s not found", TRANSLATION_FILE)
    qt = qt_translator(app, QLocale(LOCALE))  # queried first (installed last); ours fills its gaps
    if qt is not None:
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    app._gezinsregie_translators = translators
    return translators


def application_stylesheet() -> str:
    """The calm house style; empty when the file is missing or the system is dark or high-contrast."""
    return house_stylesheet()


def gui_keys() -> KeySource:
    """The keyring's key; where there is no keyring, the passphrase asked in a dialog."""
    return KeySource(prompt=ask_passphrase)


def open_services(database: str | None, opener: ServicesOpener | None = None,
                  keys: KeySource | None = None, *, defer_checks: bool = False) -> Services | None:
    """Opens the database; on failure shows why and returns None. With ``defer_checks`` the integrity
    check and the daily backup are left for :class:`~ui.startup_checks.StartUpChecks` (after the window
    shows).

    A damaged (or unreadable) local database is not a dead end: the newest sound backup is offered,
    and once restored the database is opened again.
    """
    keys = keys or gui_keys()
    opener = opener or (lambda name: open_database(name, encryption=keys, defer_checks=defer_checks))
    for attempt in range(2):
        try:
            return opener(database)
        except (DatabaseDamaged, DatabaseKeyRejected) as error:
            target = resolve_target(database if database is not None else default_database_path())
            if attempt == 0 and offer_newest_backup(target, keys):
                continue
            show_fatal_error(None, error)
        except PassphraseCancelled:
            pass  # the worker chose not to open it: nothing to explain
        except AppError as error:
            show_fatal_error(None, error)
        except Exception as exc:  # noqa: BLE001 - a driver error must not end in a traceback
            show_fatal_error(None, DatabaseUnavailable(NOT_OPENED, reference=report_error(exc)))
        return None
    return None


@contextmanager
def reporting_unexpected_errors() -> Iterator[None]:
    """While the window runs, an exception nobody caught is logged and shown with a reference."""
    previous = sys.excepthook

    def hook(kind, error, trace):
        if issubclass(kind, KeyboardInterrupt):
            return previous(kind, error, trace)
        text = QCoreApplication.translate("StartUp", SOMETHING_WENT_WRONG).format(reference=report_error(error))
        QMessageBox.critical(None, QCoreApplication.translate("ErrorMessages", "Gezinsregie"), text)

    sys.excepthook = hook
    try:
        yield
    finally:
        sys.excepthook = previous


def mark_unencrypted(window: QMainWindow, services: Services) -> None:
    """An old, unencrypted local database says so in the status bar until it is encrypted."""
    target = services.ctx.target
    if target.path is not None and not target.encrypted:
        label = QLabel(QCoreApplication.translate("StartUp", NOT_ENCRYPTED))
        label.setObjectName("notEncryptedLabel")
        window.statusBar().addPermanentWidget(label)


def ensure_signed_in(services: Services, dialog_factory: FirstStartDialogFactory = FirstStartDialog,
                     parent: QWidget | None = None, *, demo: bool = False, sign_in_as: Role | None = None,
                     demo_dialog_factory: DemoStartDialogFactory | None = None) -> CurrentUser | None:
    """Signs in the local worker; on the very first start asks who that is. None if the user cancels.

    Started as the demo (``demo``) on a demo database, the worker, supervisor or administrator of the
    demo is signed in: ``sign_in_as``, or the one chosen in the demo's start dialog. On a central
    database the login role is the worker (no dialog). Raises AppError when the database cannot tell
    or ``sign_in_as`` is asked of a database that is no demo (the caller shows it).
    """
    if not services.ctx.target.is_sqlite:
        if sign_in_as is not None:
            from app.demo.personas import NotADemo
            raise NotADemo()
        return sign_in_login(services.ctx)
    if sign_in_as is not None or demo:
        from app.demo.personas import demo_people, is_demo, sign_in_as as sign_in_demo
        from ui.dialogs.demo_start_dialog import DemoStartDialog  # the demo's modules: only when a demo starts
    if sign_in_as is not None:
        return sign_in_demo(services, sign_in_as)
    if demo and is_demo(services):
        demo_dialog_factory = demo_dialog_factory or DemoStartDialog
        dialog = demo_dialog_factory(demo_people(services), lambda role: sign_in_demo(services, role), parent)
        return dialog.worker if dialog.exec() == QDialog.DialogCode.Accepted else None
    worker = services.workers.local_worker()
    if worker is not None:
        return services.workers.sign_in(worker.worker_id)
    team_names = [team.name for team in services.workers.teams()]
    dialog = dialog_factory(team_names, services.workers.register_local_worker, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.worker


def dispose_window(window: QMainWindow) -> None:
    """Deletes a closed window now, while its Python side is whole: left to the garbage collector when
    the next window replaces it, its pages' event filters could run half torn down."""
    if isinstance(window, QMainWindow):
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def connection_database(chosen: ChosenConnection) -> str | None:
    """The path or URL to open for a chosen connection (None: the embedded database)."""
    from app.profiles import profile_url

    if chosen.profile.is_central:
        return profile_url(chosen.profile, chosen.password)
    return chosen.profile.path


def ask_connection(runner: TaskRunner, parent: QWidget | None = None) -> ChosenConnection | None:
    """The connection dialog (tests replace this)."""
    return choose_connection(runner, parent)


def run_gui(database: str | None = None, demo: bool = False, *, argv: Sequence[str] | None = None,
            opener: ServicesOpener | None = None, choose_profile: bool = False,
            sign_in_as: Role | None = None) -> int:
    """Runs the desktop application until its window closes; returns the process exit code.

    ``database`` is a file path or URL (None: the embedded database in the user's data folder).
    With ``demo`` the caller has filled the database with demo data; the window says so. With
    ``choose_profile`` the connection dialog comes first. On a demo database, ``demo`` starts as the
    demo's ``sign_in_as`` (worker, supervisor, administrator) or asks whom to start as. When the
    worker chooses another connection from the File menu, the window closes and a new one opens on
    that database.
    """
    app = create_application(argv)
    install_translations(app)
    app.setStyleSheet(application_stylesheet())
    label: str | None = None
    if choose_profile:
        chooser_runner = ThreadPoolTaskRunner()
        chosen = ask_connection(chooser_runner)
        chooser_runner.wait_for_done()
        if chosen is None:
            return EXIT_OK
        database, label = connection_database(chosen), chosen.label
    keys = gui_keys()
    while True:
        central = database is not None and "://" in database and not database.startswith("sqlite")
        services = open_services(database, opener or (
            (lambda name: open_database(name, encryption=None)) if central else None), keys, defer_checks=True)
        if services is None:
            return EXIT_CANNOT_START
        runner = ThreadPoolTaskRunner()
        checks = None
        try:
            try:
                if ensure_signed_in(services, demo=demo, sign_in_as=sign_in_as) is None:
                    return EXIT_OK
            except AppError as error:
                show_fatal_error(None, error)
                return EXIT_CANNOT_START
            window = MainWindow(services, runner, AppEvents(), UiSettings(), demo=demo, database_name=label)
            mark_unencrypted(window, services)
            for warning in services.warnings:
                show_start_up_warning(window, warning)
            window.show()
            gc.freeze()  # what start-up built lives as long as the window: keep it out of every later collection
            checks = StartUpChecks(services.background_checks, runner, window)
            window.after_first_page(checks.start)  # the first page's rows before the checks' disk reads
            with reporting_unexpected_errors():
                code = app.exec()
            switch, damaged = window.switch_requested, checks.damaged
            dispose_window(window)
        finally:
            if checks is not None:
                checks.cancel()  # closing: do not keep the process for a check nobody waits for
            runner.wait_for_done()
            services.close()
        if damaged is not None:
            if offer_newest_backup(services.ctx.target, keys):
                demo, sign_in_as = False, None
                continue  # the restored file opens in a new window
            show_fatal_error(None, damaged)
            return EXIT_CANNOT_START
        if switch is None:
            return code
        database, label, demo, sign_in_as = connection_database(switch), switch.label, False, None
