"""Connection profiles: which database to open - the embedded one, or a central PostgreSQL server.

Profiles live as JSON in the user's configuration folder (``GEZINSREGIE_CONFIG_DIR`` overrides it, e.g.
for tests). A profile never holds a password: that is kept in the credentials store (the system
keyring) under ``profile:<name>:<user>``, or - where there is no keyring - in memory for this session.
The folder is 0700 and the file 0600 (see :mod:`app.disk`); no message ever shows a profile's password.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Literal
from urllib.parse import quote

import platformdirs
from sqlalchemy import create_engine
from sqlalchemy.exc import ArgumentError, DBAPIError

from app.central.signin import sign_in_login
from app import disk
from app.config import APP_AUTHOR, APP_NAME
from app.credentials import CredentialStore, KeyringUnavailable
from app.errors import AppError, DatabaseUnavailable, Msg, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.redact import mask_passwords

CONFIG_DIR_ENV = "GEZINSREGIE_CONFIG_DIR"
PROFILES_FILE = "profiles.json"
SSL_MODES = ("disable", "prefer", "require", "verify-full")
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5

Kind = Literal["local", "central"]
_HOST = re.compile(r"\[[0-9A-Fa-f:.]+\]|[^\s/@:?#\[\]\\]+")  # a name, IPv4, or a bracketed IPv6 address

REQUIRED = QT_TRANSLATE_NOOP("Errors", "This field is required.")
BAD_PORT = QT_TRANSLATE_NOOP("Errors", "The port is a whole number from 1 to 65535.")
BAD_SSL = QT_TRANSLATE_NOOP("Errors", "Choose one of the TLS modes.")
BAD_HOST = QT_TRANSLATE_NOOP(
    "Errors", "Give a host name or an address, without spaces, '/', '@' or ':' (an IPv6 address in [brackets]).")
NOT_AN_ADDRESS = QT_TRANSLATE_NOOP("Errors", "The connection details do not form a valid database address.")
NOT_REMEMBERED = QT_TRANSLATE_NOOP(
    "Errors", "This computer has no keyring (the safe place for passwords), so the password cannot be "
              "remembered. It is used for this session only; you will be asked for it next time.")
WRONG_PASSWORD = QT_TRANSLATE_NOOP(
    "Errors", "The server refused user '{user}': the password is wrong, or the account may not log in.")
UNREACHABLE = QT_TRANSLATE_NOOP(
    "Errors", "The server {host}:{port} cannot be reached. Check the address and the network connection.")
NO_SUCH_DATABASE = QT_TRANSLATE_NOOP("Errors", "The server has no database named '{database}'.")
TLS_REFUSED = QT_TRANSLATE_NOOP(
    "Errors", "The secure (TLS) connection to {host} failed. Check the TLS mode with the administrator.")
NOT_CONNECTED = QT_TRANSLATE_NOOP("Errors", "Could not connect to {host}:{port} ({reason}).")


class PasswordNotRemembered(KeyringUnavailable):
    """The password works for this session, but there is no keyring to keep it in."""

    default = NOT_REMEMBERED


@dataclass(frozen=True)
class Profile:
    """One way to reach a database. ``path`` None on a local profile: the embedded database."""

    name: str
    kind: Kind = "central"
    path: str | None = None
    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    sslmode: str = "prefer"

    @property
    def is_central(self) -> bool:
        return self.kind == "central"

    def credential_name(self) -> str:
        return f"profile:{self.name}:{self.user}"


EMBEDDED = Profile(name="", kind="local")


def config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def validate_profile(profile: Profile) -> None:
    """Raises ValidationError with a message per wrong field (``name``, ``host``, ``port``, ...)."""
    errors: dict[str, Msg] = {}
    if profile.is_central:
        for field_name in ("name", "host", "database", "user"):
            if not str(getattr(profile, field_name)).strip():
                errors[field_name] = Msg(REQUIRED)
        if not isinstance(profile.port, int) or not 1 <= profile.port <= 65535:
            errors["port"] = Msg(BAD_PORT)
        if profile.sslmode not in SSL_MODES:
            errors["sslmode"] = Msg(BAD_SSL)
        if "host" not in errors and not _HOST.fullmatch(profile.host.strip()):
            errors["host"] = Msg(BAD_HOST)
    elif not profile.name.strip():
        errors["name"] = Msg(REQUIRED)
    if errors:
        raise ValidationError(errors)


def parse_port(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() else None


class ProfileStore:
    """The saved profiles (never a password) and which one was used last."""

    def __init__(self, folder: Path | None = None):
        self.path = (folder or config_dir()) / PROFILES_FILE

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {"profiles": [], "last_used": None}
        return data if isinstance(data, dict) else {"profiles": [], "last_used": None}

    def _write(self, data: dict) -> None:
        disk.private_folder(self.path.parent)
        disk.write_atomically(self.path, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))

    def list(self) -> list[Profile]:
        fields = set(Profile.__dataclass_fields__)
        profiles = []
        for item in self._read().get("profiles", []):
            if isinstance(item, dict) and item.get("name"):
                profiles.append(Profile(**{k: v for k, v in item.items() if k in fields}))
        return sorted(profiles, key=lambda p: p.name.casefold())

    def get(self, name: str) -> Profile | None:
        return next((p for p in self.list() if p.name == name), None)

    def save(self, profile: Profile, *, replacing: str | None = None) -> Profile:
        """Adds or replaces (by ``replacing`` or its own name) a profile; validates it first."""
        profile = replace(profile, name=profile.name.strip(), host=profile.host.strip(),
                          database=profile.database.strip(), user=profile.user.strip())
        validate_profile(profile)
        data = self._read()
        old = {replacing, profile.name}
        kept = [p for p in data.get("profiles", []) if isinstance(p, dict) and p.get("name") not in old]
        data["profiles"] = kept + [asdict(profile)]
        if data.get("last_used") == replacing:
            data["last_used"] = profile.name
        self._write(data)
        return profile

    def delete(self, name: str) -> None:
        data = self._read()
        data["profiles"] = [p for p in data.get("profiles", []) if isinstance(p, dict) and p.get("name") != name]
        if data.get("last_used") == name:
            data["last_used"] = None
        self._write(data)

    def last_used(self) -> str | None:
        return self._read().get("last_used")

    def set_last_used(self, name: str | None) -> None:
        data = self._read()
        data["last_used"] = name
        self._write(data)


class Passwords:
    """A profile's password: the credentials store first, else what was typed this session (memory only)."""

    def __init__(self, store: CredentialStore):
        self.store = store
        self._session: dict[str, str] = {}

    def get(self, profile: Profile) -> str | None:
        """The known password, or None. Raises KeyringUnavailable only when nothing is known."""
        key = profile.credential_name()
        if key in self._session:
            return self._session[key]
        return self.store.get(key)

    def remember(self, profile: Profile, password: str, *, keep: bool) -> None:
        """Keeps the password for this session; with ``keep`` also in the keyring.

        Raises PasswordNotRemembered when there is no keyring (the session copy is kept all the same).
        """
        key = profile.credential_name()
        self._session[key] = password
        if keep:
            try:
                self.store.set(key, password)
            except KeyringUnavailable:
                raise PasswordNotRemembered() from None

    def forget(self, profile: Profile) -> None:
        key = profile.credential_name()
        self._session.pop(key, None)
        try:
            self.store.delete(key)
        except KeyringUnavailable:
            pass  # nothing can have been stored there


def profile_url(profile: Profile, password: str | None) -> str:
    """The SQLAlchemy URL of a central profile (password URL-quoted); a local one gives its path or ''."""
    if not profile.is_central:
        return profile.path or ""
    secret = f":{quote(password, safe='')}" if password else ""
    return (f"postgresql+psycopg://{quote(profile.user, safe='')}{secret}@{profile.host}:{profile.port}/"
            f"{quote(profile.database, safe='')}?sslmode={profile.sslmode}")


def check_connection(profile: Profile, password: str | None) -> str:
    """Connects as the profile's user and signs in; returns the worker's name. Raises a clear AppError."""
    from app.bootstrap import open_database  # the composition root; imported here to keep this module light

    url = profile_url(profile, password)
    try:
        engine = create_engine(url, hide_parameters=True, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    except (ArgumentError, ValueError):  # their text quotes the address, password and all
        raise DatabaseUnavailable(NOT_AN_ADDRESS) from None
    try:
        with engine.connect():
            pass
    except DBAPIError as exc:
        raise connection_error(profile, exc, password) from None
    finally:
        engine.dispose()
    services = open_database(url, encryption=None)
    try:
        return sign_in_login(services.ctx).name
    finally:
        services.close()


def connection_error(profile: Profile, exc: DBAPIError, password: str | None = None) -> AppError:
    """A driver's connection failure as a message a worker can act on (never with the password)."""
    orig = getattr(exc, "orig", exc)
    state = getattr(orig, "sqlstate", None) or ""
    text = str(orig).lower()
    unknown_role = "role" in text and "does not exist" in text
    if state in ("28P01", "28000") or unknown_role or "password" in text or "authentication" in text:
        return DatabaseUnavailable(WRONG_PASSWORD, user=profile.user)
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return DatabaseUnavailable(NO_SUCH_DATABASE, database=profile.database)
    if "ssl" in text or "tls" in text:
        return DatabaseUnavailable(TLS_REFUSED, host=profile.host)
    if any(s in text for s in ("refused", "timeout", "timed out", "translate host", "unreachable",
                               "no route", "name or service")):
        return DatabaseUnavailable(UNREACHABLE, host=profile.host, port=profile.port)
    first_line = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    first_line = mask_passwords(first_line.replace(password, "***") if password else first_line)
    return DatabaseUnavailable(NOT_CONNECTED, host=profile.host, port=profile.port, reason=first_line)
