"""A central profile against the real server: the connection test signs in, a wrong password says so."""
from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy.exc import DBAPIError

from app.errors import DatabaseUnavailable
from app.i18n import language, set_language
from app.profiles import Profile, check_connection, connection_error, profile_url
from app.bootstrap import open_database
from app.central.signin import sign_in_login
from tests.postgres.conftest import HOST, PASSWORD, PORT


def profile_for(central, short: str) -> Profile:
    return Profile("Regio Test", host=HOST, port=PORT, database=central.dbname, user=central.users[short],
                   sslmode="prefer")


@pytest.fixture
def dutch():
    previous = language()
    set_language("nl")
    yield
    set_language(previous)


def test_the_connection_test_signs_in_as_the_profiles_user(central):
    assert check_connection(profile_for(central, "supervisor_a"), PASSWORD) == "Supervisor A"


def test_a_refused_login_gives_a_clear_dutch_message(central, dutch):
    """This test server trusts 127.0.0.1 (any password works), so the refusal is provoked with a login
    the server does not know (SQLSTATE 28000); a wrong password (28P01) takes the same path."""
    profile = replace(profile_for(central, "worker_a"), user=f"nobody.{central.suffix}")
    with pytest.raises(DatabaseUnavailable) as caught:
        check_connection(profile, "not-the-password")
    assert caught.value.message() == (
        f"De server weigert gebruiker '{profile.user}': het wachtwoord is onjuist, of het account mag niet inloggen.")
    assert "not-the-password" not in caught.value.message()


def test_a_wrong_password_is_recognised_by_its_sqlstate(dutch):
    class WrongPassword(Exception):
        sqlstate = "28P01"

    error = connection_error(Profile("X", host="h", user="petra"), DBAPIError("connect", {}, WrongPassword("x")))
    assert error.message().startswith("De server weigert gebruiker 'petra': het wachtwoord is onjuist")


def test_an_unknown_database_and_an_unreachable_port_are_told_apart(central, dutch):
    missing = Profile("X", host=HOST, port=PORT, database="gz_does_not_exist", user=central.users["worker_a"])
    with pytest.raises(DatabaseUnavailable) as caught:
        check_connection(missing, PASSWORD)
    assert caught.value.message() == "De server heeft geen database met de naam 'gz_does_not_exist'."
    closed = Profile("X", host=HOST, port=1, database=central.dbname, user=central.users["worker_a"])
    with pytest.raises(DatabaseUnavailable) as caught:
        check_connection(closed, PASSWORD)
    assert "niet bereikbaar" in caught.value.message()


def test_the_profile_url_opens_the_central_database_with_a_quoted_password(central):
    url = profile_url(profile_for(central, "worker_a"), PASSWORD)
    services = open_database(url, encryption=None)
    try:
        assert sign_in_login(services.ctx).username == central.users["worker_a"]
        assert PASSWORD not in services.ctx.target.display_name
    finally:
        services.close()
    assert "p%40ss%3Aw%2Fo%20rd" in profile_url(profile_for(central, "worker_a"), "p@ss:w/o rd")
