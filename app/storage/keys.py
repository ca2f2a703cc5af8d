"""Which key opens a local database: the keyring's, or a passphrase where there is no keyring.

One raw key per user account lives in the keyring (service ``Gezinsregie``, name ``database-key``);
it is made when the first encrypted database is created and opens that database and its backups.
Without a usable keyring the database is protected with a passphrase instead: given by the caller
(``--passphrase-file``), taken from ``GEZINSREGIE_PASSPHRASE`` (automation and tests), or asked
through ``prompt`` (the GUI's dialog, the terminal). A passphrase is remembered in this process's
memory only, so the GUI started after ``--demo`` filled the database does not ask again.
Nothing here ever falls back to an unencrypted database.
"""
from __future__ import annotations

import enum
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.credentials import CredentialStore, KeyringStore, KeyringUnavailable
from app.storage.crypto import MIN_PASSPHRASE_LENGTH, DatabaseKey, FileKind, file_kind
from app.storage.db import KEY_REJECTED, DatabaseTarget, check_sqlite_file, key_opens
from app.errors import AppError, DatabaseKeyMissing, DatabaseKeyRejected, PassphraseCancelled
from app.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

PASSPHRASE_ENV = "GEZINSREGIE_PASSPHRASE"
KEY_NAME = "database-key"
MAX_ATTEMPTS = 5

NO_KEYRING = QT_TRANSLATE_NOOP(
    "Errors", "This computer has no keyring to keep the database key in, so the database is protected with a "
              "passphrase. Give it with --passphrase-file FILE or the GEZINSREGIE_PASSPHRASE environment variable, "
              "or run the command in a terminal to be asked for it.")
NOT_IN_KEYRING = QT_TRANSLATE_NOOP(
    "Errors", "'{path}' cannot be opened: this computer's keyring holds no key for it. It may be protected with a "
              "passphrase (give it with --passphrase-file or GEZINSREGIE_PASSPHRASE), damaged, or not a "
              "Gezinsregie database.")
TOO_SHORT = QT_TRANSLATE_NOOP("Errors", "A passphrase needs at least {count} characters.")


class PassphraseReason(enum.Enum):
    NO_KEYRING = "no_keyring"          # no keyring on this computer: a passphrase protects the database
    NOT_IN_KEYRING = "not_in_keyring"  # the keyring has no key for this existing encrypted database
    WRONG = "wrong"                    # the passphrase just given did not open it


@dataclass(frozen=True)
class PassphraseRequest:
    path: Path
    new: bool  # a new database: the passphrase is being chosen (ask for it twice)
    reason: PassphraseReason


Prompt = Callable[[PassphraseRequest], "str | None"]  # None: the user cancelled

_remembered: dict[Path, DatabaseKey] = {}


def forget_passphrases() -> None:
    """Drops the passphrases remembered in this process (tests; signing out)."""
    _remembered.clear()


def check_new_passphrase(text: str) -> None:
    if len(text) < MIN_PASSPHRASE_LENGTH:
        raise AppError(TOO_SHORT, count=MIN_PASSPHRASE_LENGTH)


class KeySource:
    """Finds or makes the key for a local database file; see the module text for the order."""

    def __init__(self, store: CredentialStore | None = None, *, prompt: Prompt | None = None,
                 passphrase: str | None = None):
        self.store = store if store is not None else KeyringStore()
        self.prompt = prompt
        self.passphrase = passphrase

    def attach(self, target: DatabaseTarget, *, create: bool, verify: bool = True) -> DatabaseTarget:
        """``target`` with the key its file needs. An existing plain file stays plain until
        ``gezinsregie db encrypt``; anything else is left for :func:`app.storage.db.make_engine` to judge.
        ``verify=False``: see :meth:`existing_key` (the caller then calls :meth:`remember`)."""
        if target.path is None or not target.is_sqlite:
            return target
        kind = file_kind(target.path)
        if kind in (FileKind.NEW, FileKind.ENCRYPTED):  # a bad place fails before anyone is asked for a key
            check_sqlite_file(target.path, create=create, encrypted=True)
        if kind is FileKind.ENCRYPTED:
            return target.with_key(self.existing_key(target.path, verify=verify))
        if kind is FileKind.NEW and create:
            return target.with_key(self.new_key(target.path))
        if kind is FileKind.PLAIN:
            log.warning("the database is not encrypted; 'gezinsregie db encrypt' encrypts it")
        return target

    def new_key(self, path: Path) -> DatabaseKey:
        """The key for a database about to be created or encrypted: the keyring's, made on first use."""
        try:
            stored = self.store.get(KEY_NAME)
            if stored:
                return DatabaseKey(stored)
            key = DatabaseKey.generate()
            self.store.set(KEY_NAME, key.secret)
            log.info("a new database key was generated and stored in the keyring")
            return key
        except KeyringUnavailable:
            log.info("no keyring: the new database is protected with a passphrase")
        return self._passphrase(path, new=True, reason=PassphraseReason.NO_KEYRING)

    def existing_key(self, path: Path, *, verify: bool = True) -> DatabaseKey:
        """The key that opens an existing encrypted file (verified), asking for a passphrase if need be.

        ``verify=False`` is for a caller that opens the file at once with the key
        (:func:`app.storage.db.make_engine`, which refuses a wrong one with DatabaseKeyRejected): a
        passphrase given by the caller (not asked) is then returned untested, so its key is derived
        once (by that first connection) instead of twice.
        """
        path = Path(path)
        try:
            stored, no_keyring = self.store.get(KEY_NAME), False
        except KeyringUnavailable:
            stored, no_keyring = None, True
        for key in (_remembered.get(path), DatabaseKey(stored) if stored else None):
            if key is not None and key_opens(path, key):
                return key
        if stored and not self._given():
            raise DatabaseKeyRejected(KEY_REJECTED, path=str(path))
        reason = PassphraseReason.NO_KEYRING if no_keyring else PassphraseReason.NOT_IN_KEYRING
        given = self._given()
        if given and not verify:
            return DatabaseKey(given)
        return self._passphrase(path, new=False, reason=reason)

    @staticmethod
    def remember(target: DatabaseTarget) -> None:
        """After the file opened with ``target``'s passphrase (``attach(verify=False)``): remember it as
        a verified one is, for the rest of this process."""
        if target.path is not None and target.key is not None and not target.key.is_raw:
            _remembered[Path(target.path)] = target.key

    def known_keys(self) -> list[DatabaseKey]:
        """Keys at hand without asking anyone: remembered passphrases and the keyring's key."""
        keys = list(dict.fromkeys(_remembered.values()))
        try:
            stored = self.store.get(KEY_NAME)
        except KeyringUnavailable:
            stored = None
        if stored:
            keys.append(DatabaseKey(stored))
        given = self._given()
        if given:
            keys.append(DatabaseKey(given))
        return keys

    def _given(self) -> str | None:
        return self.passphrase or os.environ.get(PASSPHRASE_ENV) or None

    def _passphrase(self, path: Path, *, new: bool, reason: PassphraseReason) -> DatabaseKey:
        given = self._given()
        if given:
            return self._accept(path, DatabaseKey(given), new=new)
        if self.prompt is None:
            if reason is PassphraseReason.NO_KEYRING:
                raise DatabaseKeyMissing(NO_KEYRING)
            raise DatabaseKeyMissing(NOT_IN_KEYRING, path=str(path))
        for _ in range(MAX_ATTEMPTS):
            text = self.prompt(PassphraseRequest(path, new, reason))
            if text is None:
                raise PassphraseCancelled()
            key = DatabaseKey(text)
            if new or key_opens(path, key):
                return self._accept(path, key, new=new, checked=True)
            reason = PassphraseReason.WRONG
        raise DatabaseKeyRejected(KEY_REJECTED, path=str(path))

    @staticmethod
    def _accept(path: Path, key: DatabaseKey, *, new: bool, checked: bool = False) -> DatabaseKey:
        if new:
            check_new_passphrase(key.secret)
        elif not checked and not key_opens(path, key):
            raise DatabaseKeyRejected(KEY_REJECTED, path=str(path))
        _remembered[Path(path)] = key
        return key
