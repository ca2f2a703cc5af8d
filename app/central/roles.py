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


def create_login_role(session: Session, username: str, password: str, role: Role) -> None:
    """CREATE ROLE ... LOGIN with the password's verifier, in the group of ``role``. An administrator
    also gets CREATEROLE, which creating colleagues' roles needs."""
    name = quote(session, check_username(username))
    # base64 and '$:' only; the colons escaped so text() does not take them for bind parameters
    verifier = scram_verifier(password).replace("'", "''").replace(":", "\\:")
    extra = " CREATEROLE" if role is Role.ADMIN else ""
    session.execute(text(f"CREATE ROLE {name} LOGIN{extra} PASSWORD '{verifier}'"))
    session.execute(text(f"GRANT {quote(session, group_role(session, role))} TO {name}"))


def set_group(session: Session, username: str, role: Role) -> None:
    """Makes ``username`` a member of exactly the group of ``role``."""
    name = quote(session, check_username(username))
    for other in Role:
        group = quote(session, group_role(session, other))
        if other is role:
            session.execute(text(f"GRANT {group} TO {name}"))
        else:
            session.execute(text(f"REVOKE {group} FROM {name}"))


def may_manage_roles(session: Session) -> bool:
    """Whether this login can create roles (superuser or CREATEROLE)."""
    row = session.execute(text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")).scalar()
    return bool(row)


def current_login(session: Session) -> str:
    return session.execute(text("SELECT current_user")).scalar()
