"""Restoring a backup of the local database: chosen from a list, or offered at start-up when damaged.

:class:`RestoreDialog` takes the backups as plain values and returns the one chosen, after a
confirmation that names its date. :func:`open_restore_dialog` (the menu action "Back-up
terugzetten…", restoring through the task runner) and :func:`offer_newest_backup` (start-up, damaged
database) do the restoring.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QMessageBox, QProgressDialog, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from app.storage.backup import (BACKUP_UNUSABLE, BEFORE_ENCRYPT, BEFORE_RESTORE, BEFORE_UPGRADE, DAILY, MANUAL, BackupInfo, backup_kind,
                        key_for_file, list_backups, newest_good_backup, restore_backup)
from app.bootstrap import Services, backup_folder_for
from app.storage.db import DatabaseTarget
from app.errors import AppError
from app.storage.keys import KeySource
from ui.errors import show_error
from ui.formatting import format_date
from ui.tasks import TaskRunner
from ui.widgets.messages import ask_yes_no

Ask = Callable[[QWidget | None, str, str], bool]  # (parent, title, text) -> yes?
CONTEXT = "RestoreDialog"
TITLE = QT_TRANSLATE_NOOP("RestoreDialog", "Restore a backup")
NO_BACKUPS = QT_TRANSLATE_NOOP("RestoreDialog", "There are no backups of this database yet.")
RESTORING = QT_TRANSLATE_NOOP("RestoreDialog", "Restoring the backup…")
CONFIRM = QT_TRANSLATE_NOOP(
    "RestoreDialog", "Replace the current database by the backup of {date}? What was changed after that moment "
                     "will be gone. The current database is first kept as a safety copy.")
OFFER = QT_TRANSLATE_NOOP(
    "RestoreDialog", "The database cannot be used: it is damaged or cannot be read. The newest sound backup is "
                     "of {date}. Restore it? What was changed after that moment will be gone; the damaged file "
                     "is kept as a copy.")
KINDS = {
    DAILY: QT_TRANSLATE_NOOP("RestoreDialog", "daily"),
    MANUAL: QT_TRANSLATE_NOOP("RestoreDialog", "made by hand"),
    BEFORE_RESTORE: QT_TRANSLATE_NOOP("RestoreDialog", "before a restore"),
    BEFORE_ENCRYPT: QT_TRANSLATE_NOOP("RestoreDialog", "before encryption"),
    BEFORE_UPGRADE: QT_TRANSLATE_NOOP("RestoreDialog", "before an update"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def format_moment(moment: datetime) -> str:
    """``22-11-2026 10:43``: the house date format with the time."""
    return f"{format_date(moment.date())} {moment:%H:%M}"


def kind_text(label: str) -> str:
    kind = backup_kind(label)
    return _tr(KINDS[kind]) if kind in KINDS else label


def confirmation_text(backup: BackupInfo) -> str:
    return _tr(CONFIRM).format(date=format_moment(backup.made_at))


class RestoreDialog(QDialog):
    """The backups, newest first, with date, kind and size; "Restore…" asks for confirmation first."""

    def __init__(self, backups: Sequence[BackupInfo], parent: QWidget | None = None, ask: Ask = ask_yes_no):
        super().__init__(parent)
        self._backups = list(backups)
        self._ask = ask
        self._chosen: BackupInfo | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumSize(560, 360)

        intro = QLabel(self.tr("Choose the backup to put back. The database then holds exactly what it held "
                               "at that moment."))
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setObjectName("backupList")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Made on"), self.tr("Kind"), self.tr("Size")])
        for backup in self._backups:
            row = QTreeWidgetItem([format_moment(backup.made_at), kind_text(backup.label),
                                   self.tr("{size} kB").format(size=max(1, round(backup.size / 1024)))])
            row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(row)
        self.table.resizeColumnToContents(0)
        if self._backups:
            self.table.setCurrentItem(self.table.topLevelItem(0))

        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Ok | buttons.Cancel)
        self.restore_button = self.buttons.button(buttons.Ok)
        self.restore_button.setText(self.tr("Restore…"))
        self.restore_button.setEnabled(bool(self._backups))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.table.itemDoubleClicked.connect(self._on_table_item_double_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)

    def chosen(self) -> BackupInfo | None:
        return self._chosen

    def selected(self) -> BackupInfo | None:
        row = self.table.indexOfTopLevelItem(self.table.currentItem()) if self.table.currentItem() else -1
        return self._backups[row] if row >= 0 else None

    def _on_table_item_double_clicked(self, *_args) -> None:
        self._on_buttons_accepted()

    def _on_buttons_accepted(self) -> None:
        backup = self.selected()
        if backup is not None and self._ask(self, self.tr("Restore a backup"), confirmation_text(backup)):
            self._chosen = backup
            self.accept()


DialogFactory = Callable[[Sequence[BackupInfo], QWidget | None], RestoreDialog]


def open_restore_dialog(services: Services, parent: QWidget | None = None, *, runner: TaskRunner,
                        on_restored: Callable[[], None], dialog_factory: DialogFactory = RestoreDialog) -> None:
    """The menu action: choose a backup of the open local database and put it back.

    The restore (copying, checking, perhaps re-encrypting a large file) runs through the task runner
    while a busy indicator shows, so the window never freezes; ``on_restored`` is called once the
    database was replaced (the caller then reloads everything). Background tasks must be finished first.
    """
    target = services.ctx.target
    if target.path is None:
        return
    folder = backup_folder_for(target)
    backups = list_backups(folder, target.path.stem)
    if not backups:
        QMessageBox.information(parent, _tr(TITLE), _tr(NO_BACKUPS))
        return
    dialog = dialog_factory(backups, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
        return
    chosen = dialog.chosen()

    def restore() -> None:
        usable, backup_key = key_for_file(chosen.path, [target.key] if target.key else [])
        if not usable:
            raise AppError(BACKUP_UNUSABLE, path=str(chosen.path))
        try:
            services.engine.dispose()  # every pooled connection closes; the next one opens the restored file
            restore_backup(chosen.path, target.path, backup_key=backup_key, key=target.key, safety_folder=folder)
        finally:
            services.engine.dispose()

    progress = busy_indicator(parent)

    def done(_none: None) -> None:
        progress.close()
        on_restored()

    def failed(error: AppError) -> None:
        progress.close()
        show_error(parent, error)

    runner.run(restore, done, failed)


def busy_indicator(parent: QWidget | None) -> QProgressDialog:
    """A modal "restoring..." bar without end or cancel: the restore cannot be stopped halfway."""
    progress = QProgressDialog(_tr(RESTORING), "", 0, 0, parent)
    progress.setWindowTitle(_tr(TITLE))
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    progress.show()
    return progress


def offer_newest_backup(target: DatabaseTarget, keys: KeySource, parent: QWidget | None = None,
                        ask: Ask = ask_yes_no) -> bool:
    """Start-up with a damaged database: offers the newest sound backup. True when it was restored."""
    if target.path is None:
        return False
    folder = backup_folder_for(target)
    found = newest_good_backup(folder, target.path.stem, keys.known_keys())
    if found is None:
        return False
    backup, key = found
    text = _tr(OFFER).format(date=format_moment(backup.made_at))
    if not ask(parent, _tr(TITLE), text):
        return False
    try:
        restore_backup(backup.path, target.path, backup_key=key, key=key or keys.new_key(target.path),
                       safety_folder=folder)
    except AppError as error:
        show_error(parent, error)
        return False
    return True
