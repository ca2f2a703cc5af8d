"""Encryption at rest: a key from the keyring (or a passphrase where there is none), nothing readable
in the file, a clear refusal without the right key, and the conversion of an old unencrypted database."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from sqlalchemy import event

from app.storage.backup import list_backups, make_backup, verify_file
from app.bootstrap import open_database
from app.cli import main
from app.credentials import SERVICE, KeyringStore, KeyringUnavailable, MemoryStore
from app.storage.crypto import SQLITE_HEADER, DatabaseKey, FileKind, file_kind
from app.storage.db import key_opens
from app.demo import family_count
from app.errors import DatabaseKeyMissing, DatabaseKeyRejected, PassphraseCancelled
from app.storage.keys import KEY_NAME, PASSPHRASE_ENV, KeySource, PassphraseReason, forget_passphrases
from tests.integration.case_helpers import intake_family

BSN = b"123456782"
NAMES = ("Öztürk".encode(), "Ayşe".encode(), b"Dijk 12")


def readable(path: Path) -> list[bytes]:
    """The personal data found in the raw bytes of a database file and its write-ahead log."""
    raw = b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())
    return [needle for needle in (BSN, *NAMES) if needle in raw]


def signed_in(services):
    services.workers.register_local_worker("Sanne de Vries", "Wijkteam Noord")
    return services


@pytest.fixture
def no_keyring(monkeypatch):
    """A machine like this one: keyring's fail backend, and no passphrase in the environment."""
    keyring.set_keyring(NoKeyring())
    monkeypatch.delenv(PASSPHRASE_ENV)


# --- the key ----------------------------------------------------------------------------------------------

def test_the_first_start_generates_a_key_into_the_keyring_and_the_next_start_uses_it(tmp_path, test_keyring):
    path = tmp_path / "gezinsregie.db"

    services = signed_in(open_database(path))
    intake_family(services)
    services.close()
    stored = test_keyring.passwords[(SERVICE, KEY_NAME)]

    assert DatabaseKey(stored).is_raw and file_kind(path) is FileKind.ENCRYPTED
    again = open_database(path)
    try:
        assert again.ctx.target.encrypted and family_count(again) == 1
    finally:
        again.close()
    assert test_keyring.passwords == {(SERVICE, KEY_NAME): stored}  # not replaced


def test_the_file_and_its_log_hold_no_readable_personal_data(tmp_path):
    encrypted, plain = tmp_path / "versleuteld.db", tmp_path / "leesbaar.db"
    for path, keys in ((encrypted, KeySource()), (plain, None)):
        services = signed_in(open_database(path, encryption=keys))
        intake_family(services)
        assert Path(f"{path}-wal").exists()  # the write-ahead log still holds the new rows
        if keys is None:
            assert readable(path) == [BSN, *NAMES]  # the search works: plain files do show them
        else:
            assert readable(path) == []
        services.close()

    assert not encrypted.read_bytes().startswith(SQLITE_HEADER)
    assert readable(encrypted) == []


def test_connections_are_pooled_not_opened_per_query(tmp_path):
    services = signed_in(open_database(tmp_path / "pool.db"))
    opened = []
    event.listen(services.engine, "connect", lambda *_: opened.append(1))
    try:
        for _ in range(25):
            services.caseload.my_caseload()
    finally:
        services.close()
    assert len(opened) <= 1


# --- the wrong key, or none -----------------------------------------------------------------------------------

def test_a_wrong_key_is_refused_with_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.delenv(PASSPHRASE_ENV)
    path = tmp_path / "gezinsregie.db"
    open_database(path, encryption=KeySource(MemoryStore())).close()

    with pytest.raises(DatabaseKeyRejected) as info:
        open_database(path, encryption=KeySource(MemoryStore({KEY_NAME: DatabaseKey.generate().secret})))

    assert str(path) in info.value.message() and "sleutel" in info.value.message()


def test_without_its_key_the_file_cannot_be_opened(tmp_path, monkeypatch):
    monkeypatch.delenv(PASSPHRASE_ENV)
    path = tmp_path / "gezinsregie.db"
    open_database(path).close()

    with pytest.raises(DatabaseKeyMissing) as plain_mode:
        open_database(path, encryption=None)
    with pytest.raises(DatabaseKeyMissing) as empty_keyring:
        open_database(path, encryption=KeySource(MemoryStore()))
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM family").fetchone()

    assert "versleuteld" in plain_mode.value.message()
    assert "sleutelbos" in empty_keyring.value.message() and str(path) in empty_keyring.value.message()


# --- no keyring: a passphrase, never an unencrypted file --------------------------------------------------------

def test_without_a_keyring_the_store_says_so_plainly(no_keyring):
    with pytest.raises(KeyringUnavailable) as info:
        KeyringStore().get(KEY_NAME)
    assert "sleutelbos" in info.value.message()


def test_without_a_keyring_or_passphrase_no_database_is_created(tmp_path, no_keyring):
    path = tmp_path / "gezinsregie.db"

    with pytest.raises(DatabaseKeyMissing) as info:
        open_database(path)

    assert not path.exists()
    assert "--passphrase-file" in info.value.message() and "GEZINSREGIE_PASSPHRASE" in info.value.message()


def test_without_a_keyring_the_passphrase_is_asked_and_checked(tmp_path, no_keyring):
    path = tmp_path / "gezinsregie.db"
    asked = []

    def prompt(answers):
        def ask(request):
            asked.append((request.new, request.reason))
            return answers.pop(0)
        return ask

    open_database(path, encryption=KeySource(prompt=prompt(["een lange wachtzin"]))).close()
    assert file_kind(path) is FileKind.ENCRYPTED
    forget_passphrases()  # as after a restart: this process remembers it otherwise
    with pytest.raises(PassphraseCancelled):
        open_database(path, encryption=KeySource(prompt=prompt([None])))
    reopened = open_database(path, encryption=KeySource(prompt=prompt(["fout", "een lange wachtzin"])))
    reopened.close()

    assert asked == [(True, PassphraseReason.NO_KEYRING), (False, PassphraseReason.NO_KEYRING),
                     (False, PassphraseReason.NO_KEYRING), (False, PassphraseReason.WRONG)]


def test_a_given_passphrase_is_tested_by_the_first_connection_alone(tmp_path, no_keyring, monkeypatch):
    path = tmp_path / "gezinsregie.db"
    open_database(path, encryption=KeySource(passphrase="een lange wachtzin")).close()
    forget_passphrases()
    before = path.read_bytes()
    tested = []
    monkeypatch.setattr("app.storage.keys.key_opens", lambda *a: tested.append(a) or key_opens(*a))

    with pytest.raises(DatabaseKeyRejected) as wrong:
        open_database(path, encryption=KeySource(passphrase="een andere wachtzin"))
    refused_untouched = path.read_bytes() == before
    open_database(path, encryption=KeySource(passphrase="een lange wachtzin")).close()
    again = open_database(path, encryption=KeySource(prompt=lambda request: None))  # remembered: not asked

    assert str(path) in wrong.value.message() and refused_untouched
    assert tested == [(path, DatabaseKey("een lange wachtzin"))]  # only the remembered one, by the reopening
    again.close()


def test_the_command_line_takes_the_passphrase_from_a_file(tmp_path, capsys, no_keyring):
    db, secret, wrong = tmp_path / "gezinsregie.db", tmp_path / "wachtzin.txt", tmp_path / "fout.txt"
    secret.write_text("een lange wachtzin\n")
    wrong.write_text("een andere wachtzin\n")

    assert main(["demo", "--families", "2", "--database", str(db), "--passphrase-file", str(secret)]) == 0
    assert main(["db", "check", "--database", str(db), "--passphrase-file", str(secret)]) == 0
    capsys.readouterr()
    forget_passphrases()  # each command is a new process in real life
    assert main(["db", "check", "--database", str(db), "--passphrase-file", str(wrong)]) == 1
    assert main(["db", "check", "--database", str(db)]) == 1

    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and str(db) in err[0] and "GEZINSREGIE_PASSPHRASE" in err[1]
    assert key_opens(db, DatabaseKey("een lange wachtzin"))


# --- gezinsregie db encrypt ---------------------------------------------------------------------------------

def test_db_encrypt_converts_a_plain_database_after_a_backup(tmp_path, capsys, test_keyring):
    path = tmp_path / "oud.db"
    services = signed_in(open_database(path, encryption=None))
    intake_family(services)
    families = family_count(services)
    old_backup = make_backup(services.engine, tmp_path / "backups", label="manual")
    services.close()
    assert readable(path) and readable(old_backup)

    code = main(["db", "encrypt", "--database", str(path)])

    out = capsys.readouterr().out
    assert code == 0 and out.count("\n") == 1
    assert not path.read_bytes().startswith(SQLITE_HEADER) and readable(path) == []
    key = DatabaseKey(test_keyring.passwords[(SERVICE, KEY_NAME)])
    made = [b for b in list_backups(tmp_path / "backups", "oud") if b.label == "before-encrypt"]
    assert len(made) == 1 and str(made[0].path) in out and verify_file(made[0].path, key) == []
    assert readable(old_backup) == [] and key_opens(old_backup, key)  # no readable copy stays behind
    reopened = open_database(path)
    try:
        assert reopened.ctx.target.encrypted and family_count(reopened) == families
    finally:
        reopened.close()

    assert main(["db", "encrypt", "--database", str(path)]) == 0  # again: says it already is
    assert capsys.readouterr().out.count("\n") == 1


def test_the_demo_start_asks_once_and_the_window_opens_without_asking_again(tmp_path, no_keyring):
    """README's first command on a machine without a keyring: the passphrase is given (here by file,
    in a terminal by typing it) when the demo is filled; the GUI in the same process is not asked."""
    secret = tmp_path / "wachtzin.txt"
    secret.write_text("een lange wachtzin")

    def never_asked(request):
        raise AssertionError(f"asked again: {request}")

    def gui(database, demo=False):
        services = open_database(database, encryption=KeySource(prompt=never_asked))
        try:
            return 0 if services.ctx.target.encrypted and family_count(services) == 40 else 3
        finally:
            services.close()

    assert main(["--demo", "--passphrase-file", str(secret)], gui_launcher=gui) == 0
