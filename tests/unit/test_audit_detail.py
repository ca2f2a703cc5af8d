"""Access-log details are codes with typed arguments, shown as readable Dutch; text cannot get in."""
from __future__ import annotations

from datetime import date

import pytest

from app import i18n
from app.audit_detail import COUNT, DAY, SPECS, DetailCode, describe, detail, is_valid
from models.enums import ContactOutcome, Role


def sample(kind) -> int | date | str:
    return {COUNT: 7, DAY: date(2026, 12, 3)}.get(kind) if isinstance(kind, str) else kind[-1]


@pytest.mark.parametrize("code", list(DetailCode))
def test_every_code_reads_as_dutch_text_with_its_arguments(code):
    stored = detail(code, **{name: sample(kind) for name, kind in SPECS[code].args})
    text = describe(code.value, stored.stored_args)
    assert text and "{" not in text and text != code.value
    assert ("7" in text) == any(kind == COUNT for _, kind in SPECS[code].args)
    assert ("03-12-2026" in text) == any(kind == DAY for _, kind in SPECS[code].args)


def test_examples_read_as_a_dutch_reader_expects():
    assert describe(*_stored(detail(DetailCode.SEARCH, kind="bsn", hits=2))) == "Zoeken op BSN, 2 treffer(s)"
    assert describe(*_stored(detail(DetailCode.WAAKVLAM_CONTACT, outcome=ContactOutcome.CONCERNS))) == "Contact: zorgen"
    assert describe(*_stored(detail(DetailCode.WORKER_ROLE, role=Role.SUPERVISOR))) == "Rol: leidinggevende"
    assert describe(*_stored(detail(DetailCode.INVOLVEMENT_ENDED, reason="02"))) == "Beëindigd, reden 02 (Overlijden)"
    i18n.set_language("en")
    try:
        assert describe("hits", "3") == "3 hit(s)"
    finally:
        i18n.set_language(i18n.DEFAULT_LANGUAGE)


def _stored(d):
    return d.code.value, d.stored_args


def test_an_old_entry_keeps_its_text_and_an_unknown_code_is_shown_as_it_is():
    assert describe(None, None, "version 1: saved as pdf") == "version 1: saved as pdf"
    assert describe(None, None, None) == ""
    assert describe("from_a_newer_version", "1") == "from_a_newer_version"
    assert describe("hits", "Jansen") == "hits"  # stored text that is not of its kind is not shown


@pytest.mark.parametrize("code, values", [
    (DetailCode.HITS, {"hits": "Jansen 123456782"}),
    (DetailCode.HITS, {"hits": -1}),
    (DetailCode.HITS, {"hits": True}),
    (DetailCode.HITS, {"hits": 10**10}),
    (DetailCode.HITS, {}),
    (DetailCode.HITS, {"hits": 1, "name": 2}),
    (DetailCode.SEARCH, {"kind": "jansen", "hits": 1}),
    (DetailCode.FIGURES, {"start": "2026-01-01", "end": date(2026, 2, 1)}),
    (DetailCode.INVOLVEMENT_ENDED, {"reason": "99"}),
])
def test_text_or_a_value_of_the_wrong_kind_is_refused(code, values):
    with pytest.raises(ValueError):
        detail(code, **values)


def test_stored_arguments_are_checked_like_the_database_does():
    assert is_valid("figures", ("20260101", "20261231"))
    assert not is_valid("figures", ("20260231", "20261231"))
    assert not is_valid("hits", ("01",)) and not is_valid("hits", ("1", "2")) and not is_valid("nope", ())
    far = detail(DetailCode.FIGURES, start=date(5, 1, 1), end=date(9999, 12, 31))  # any date the service takes
    assert far.args == ("00050101", "99991231") and is_valid("figures", far.args)
    assert describe("figures", far.stored_args) == "Periode 01-01-0005 - 31-12-9999"
