"""Database addresses in messages and logs: never with their password.

A URL that parses is shown as SQLAlchemy renders it with the password hidden. One that does not parse
(the very case in which it is echoed back in an error) is masked by its shape: everything between
``scheme://user:`` and the last ``@`` of the address. Free text (a driver's message, a log line) gets
the same masking wherever an address appears in it.
"""
from __future__ import annotations

import re

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

MASK = "***"
# scheme://user:password@ - the password runs to the last '@' before whitespace or a quote, so an
# unencoded '@' or ':' in it is masked too (over-masking a host is harmless; leaking is not).
_IN_TEXT = re.compile(r"(?P<head>://[^\s:/@'\"]*:)(?P<secret>[^\s'\"]*)(?P<tail>@)")
_WHOLE = re.compile(r"(?P<head>^[^/]*://[^:/@]*:)(?P<secret>.*)(?P<tail>@)", re.DOTALL)  # one address: any character


def safe_url(text: str) -> str:
    """``text`` (a database URL or a path) fit to show: the password replaced by ``***``."""
    if "://" not in text:
        return text
    try:
        return make_url(text).render_as_string(hide_password=True)
    except (ArgumentError, ValueError, TypeError):
        return _WHOLE.sub(lambda m: f"{m['head']}{MASK}{m['tail']}", text)


def mask_passwords(text: str) -> str:
    """Every ``scheme://user:password@`` in ``text`` with its password masked."""
    return _IN_TEXT.sub(lambda m: f"{m['head']}{MASK}{m['tail']}", text)
