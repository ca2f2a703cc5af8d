"""Secrets kept outside the database: a small protocol over the system keyring, and an in-memory store.

The keyring is the desktop's own safe (Windows Credential Locker, macOS Keychain, Secret Service).
Where none exists, keyring's fail backend raises ``NoKeyringError``; :class:`KeyringStore` turns
that into :class:`KeyringUnavailable` so callers can say so plainly and fall back to a passphrase.
``keyrings.alt`` is deliberately not a dependency: it would make a plaintext file the default store.
"""
from __future__ import annotations

from typing import Protocol

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from app.errors import AppError
from app.i18n import QT_TRANSLATE_NOOP

SERVICE = "Gezinsregie"


class KeyringUnavailable(AppError):
    """No usable keyring: none is installed, it is locked, or it refused the request."""

    default = QT_TRANSLATE_NOOP(
        "Errors", "This computer has no keyring (the safe place for passwords) that Gezinsregie can use.")


class CredentialStore(Protocol):
    def get(self, name: str) -> str | None: ...
    def set(self, name: str, secret: str) -> None: ...
    def delete(self, name: str) -> None: ...


class KeyringStore:
    """The system keyring, under the service name ``Gezinsregie``."""

    def __init__(self, service: str = SERVICE):
        self.service = service

    def get(self, name: str) -> str | None:
        try:
            return keyring.get_password(self.service, name)
        except KeyringError:
            raise KeyringUnavailable() from None

    def set(self, name: str, secret: str) -> None:
        try:
            keyring.set_password(self.service, name, secret)
        except KeyringError:
            raise KeyringUnavailable() from None

    def delete(self, name: str) -> None:
        try:
            keyring.delete_password(self.service, name)
        except PasswordDeleteError:
            pass  # nothing stored: nothing to delete
        except KeyringError:
            raise KeyringUnavailable() from None


class MemoryStore:
    """A store that lives as long as the object: for tests and benchmarks."""

    def __init__(self, secrets: dict[str, str] | None = None):
        self.secrets = dict(secrets or {})

    def get(self, name: str) -> str | None:
        return self.secrets.get(name)

    def set(self, name: str, secret: str) -> None:
        self.secrets[name] = secret

    def delete(self, name: str) -> None:
        self.secrets.pop(name, None)
