"""On a central database the login role is the worker: the GUI and the CLI sign in without asking."""
from __future__ import annotations

import pytest

from app.errors import AccessDenied


def test_the_gui_signs_in_as_the_login_role_without_a_first_start_dialog(central):
    from ui.main import ensure_signed_in

    services = central.services("worker_a", sign_in=False)

    def no_dialog(*_args):
        raise AssertionError("a central database must not ask who is working")

    user = ensure_signed_in(services, no_dialog)

    assert user.username == central.users["worker_a"]
    assert services.ctx.user == user and user.team_ids


def test_the_schema_owner_is_no_worker_and_is_told_so(central):
    from ui.main import ensure_signed_in

    services = central.services(None, sign_in=False)
    with pytest.raises(AccessDenied):
        ensure_signed_in(services, lambda *_: None)
