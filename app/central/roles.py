"""PostgreSQL roles: every person logs in as their own LOGIN role, a member of one group role.

The group roles (``<prefix>_worker`` < ``_supervisor`` < ``_admin``) and the row-level security that
keys on them are made by migration 0004; the prefix it used is kept in ``local_setting``. A password
never travels or is logged in plain text: the role gets a SCRAM-SHA-256 verifier computed here.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import unicodedata

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.errors import ValidationError, Msg
from app.i18n import QT_TRANSLATE_NOOP
from models.enums import Role

PREFIX_SETTING = "pg_role_prefix"
DEFAULT_PREFIX = "gezinsregie"
SCRAM_ITERATIONS = 4096
USERNAME_PATTERN = re.compile(r"[a-z][a-z0-9._-]{0,62}")
BAD_USERNAME = QT_TRANSLATE_NOOP(
    "Errors", "A user name starts with a letter and has at most 63 lower-case letters, digits, '.', '_' or '-'.")


RESERVED_LOGIN = QT_TRANSLATE_NOOP(
    "Errors", "A user name may not begin with 'pg_' or '{prefix}_': those names belong to the database itself.")


def is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def role_prefix(session: Session) -> str:
    value = session.execute(text("SELECT value FROM local_setting WHERE key = :k"), {"k": PREFIX_SETTING}).scalar()
    return value or DEFAULT_PREFIX


def group_role(session: Session, role: Role) -> str:
    return f"{role_prefix(session)}_{role.value}"


def check_username(username: str) -> str:
    if not USERNAME_PATTERN.fullmatch(username or ""):
        raise ValidationError({"username": Msg(BAD_USERNAME)})
    return username


def quote(session: Session, name: str) -> str:
    return session.get_bind().dialect.identifier_preparer.quote_identifier(name)


def scram_verifier(password: str, *, salt: bytes | None = None, iterations: int = SCRAM_ITERATIONS) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for ``password`` (RFC 5802/7677); PostgreSQL
    accepts it as a pre-hashed password, so the server (and its logs) never see the password itself."""
    salt = salt or os.urandom(16)
    normalized = unicodedata.normalize("NFKC", password).encode("utf-8")  # the core of SASLprep
    salted = hashlib.pbkdf2_hmac("sha256", normalized, salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def role_exists(session: Session, name: str) -> bool:
    return session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is not None


# Logins are made and changed only by the provisioning functions of migration 0010: no login of the app
# has CREATEROLE, and each function checks that the caller is an active administrator (or the schema
# owner) and that the target is a login of this installation.

def may_provision(session: Session) -> bool:
    """Whether this session's login may manage users: an active administrator, the schema owner or a superuser."""
    return bool(session.execute(text("SELECT gezinsregie_may_provision()")).scalar())


def create_login(session: Session, username: str, password: str, role: Role, name: str) -> int:
    """The LOGIN role in the group of ``role`` with the password's verifier, and its worker row (its id)."""
    prefix = role_prefix(session)
    if check_username(username).startswith(("pg_", f"{prefix}_")):  # as the function refuses them
        raise ValidationError({"username": Msg(RESERVED_LOGIN, {"prefix": prefix})})
    return session.execute(text("SELECT gezinsregie_create_login(:u, :v, :r, :n)"), {
        "u": username, "v": scram_verifier(password), "r": role.value, "n": name}).scalar_one()


def set_login_role(session: Session, username: str, role: Role) -> None:
    """Moves the login to the group of ``role``; the worker row's role follows."""
    session.execute(text("SELECT gezinsregie_set_login_role(:u, :r)"), {"u": username, "r": role.value})


def set_login_password(session: Session, username: str, password: str) -> None:
    session.execute(text("SELECT gezinsregie_set_login_password(:u, :v)"),
                    {"u": username, "v": scram_verifier(password)})


def deactivate_login(session: Session, username: str) -> None:
    """NOLOGIN, out of every group, the worker row inactive, and the login's open sessions ended."""
    session.execute(text("SELECT gezinsregie_deactivate_login(:u)"), {"u": username})


def reactivate_login(session: Session, username: str) -> None:
    """LOGIN again, in the group of the worker row's role."""
    session.execute(text("SELECT gezinsregie_reactivate_login(:u)"), {"u": username})


def current_login(session: Session) -> str:
    return session.execute(text("SELECT current_user")).scalar()
