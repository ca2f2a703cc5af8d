"""Every ``gezinsregie`` command, driven in-process with generated values: each ends with an exit code
and a message, never in the unexpected-error path (a traceback reference); a failed command writes
nothing."""
from __future__ import annotations

import shutil
from contextlib import redirect_stderr, redirect_stdout
from io import StringIO
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import cli
from app.bootstrap import open_database
from app.clock import FixedClock
from tests.conftest import TODAY
from tests.integration.case_helpers import intake_family
from tests.integration.input_world import row_counts
from tests.integration.test_input_properties import texts

numbers_as_text = st.one_of(texts, st.integers().map(str), st.sampled_from(("1", "0", "-1", "2147483648", "1e3",
                                                                             "99999999999999999999", "nan")))


@pytest.fixture(scope="module")
def database(tmp_path_factory, migrated_template):
    folder = tmp_path_factory.mktemp("cli-inputs")
    path = folder / "gezinsregie.db"
    shutil.copyfile(migrated_template, path)
    services = open_database(path, clock=FixedClock(TODAY), encryption=None)
    services.workers.register_local_worker("Sanne de Vries", "Wijkteam Noord")
    intake_family(services)
    yield Database(path, folder, services)
    services.close()


class Database:
    def __init__(self, path, folder, services):
        self.path, self.folder, self.services = path, folder, services

    def __repr__(self) -> str:  # hypothesis prints its arguments
        return f"Database({self.path})"


def file_in(folder):
    """A file name built from generated text, kept inside ``folder`` (this test may run as root)."""
    return texts.map(lambda t: str(folder / (t.replace("/", "_").replace("..", "_")[:200] or "leeg")))


def commands(folder):
    out = file_in(folder)
    return st.one_of(
        st.tuples(st.just("admin"), st.just("create-team"), texts, st.just("--municipality-code"), texts),
        st.tuples(st.just("admin"), st.just("create-user"), texts, st.just("--name"), texts, st.just("--role"),
                  st.one_of(st.sampled_from(("worker", "supervisor", "admin")), texts), st.just("--team"),
                  st.one_of(st.just("Wijkteam Noord"), texts)),
        st.tuples(st.just("admin"), st.just("add-to-team"), st.one_of(st.just("sanne.de.vries"), texts),
                  st.one_of(st.just("Wijkteam Noord"), texts)),
        st.just(("admin", "list-users")),
        st.just(("privacy", "retention-list")),
        st.tuples(st.just("privacy"), st.just("destroy-request"), st.just("--family"), numbers_as_text,
                  st.just("--ground"), st.one_of(st.sampled_from(("person_request", "retention_expired")), texts),
                  st.just("--note"), texts),
        st.tuples(st.just("privacy"), st.sampled_from(("destroy-approve", "destroy-execute")), numbers_as_text),
        st.tuples(st.just("privacy"), st.just("log-removal-request"), st.just("--note"), texts),
        st.tuples(st.just("export"), st.just("plan"), numbers_as_text, st.just("--out"), out,
                  st.just("--plan-version"), numbers_as_text),
        st.tuples(st.just("export"), st.just("caseload"), st.just("--format"),
                  st.one_of(st.sampled_from(("pdf", "xlsx")), texts), st.just("--out"), out),
        st.tuples(st.just("demo"), st.just("--families"), st.one_of(st.just("1"), numbers_as_text),
                  st.just("--seed"), numbers_as_text),
        st.tuples(st.just("db"), st.sampled_from(("current", "check", "verify", "backup"))),
        st.tuples(st.just("db"), st.just("restore"), out, st.just("--yes")),
        st.tuples(st.just("db"), st.just("verify"), st.just("--passphrase-file"), out),
    ).map(list)


@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_every_command_ends_with_a_message_never_an_unexpected_error(database, data):
    path, folder, services = database.path, database.folder, database.services
    argv = [*data.draw(commands(folder)), "--database", str(path)]
    before = row_counts(services)
    with mock.patch.object(cli, "report_error", side_effect=AssertionError("unexpected error path")) as unexpected, \
            redirect_stdout(StringIO()), redirect_stderr(StringIO()) as err:
        try:
            code = cli.main(argv)
        except AssertionError:
            code = None
    assert not unexpected.called, f"{argv!r} ended in the unexpected-error path"
    assert isinstance(code, int)
    if code != 0:
        assert err.getvalue().strip(), "a failed command says why"
        assert row_counts(services) == before, f"{argv!r} failed and wrote"
