"""A family with a printable plan for the export dialogs (the Dutch, offscreen set-up comes from tests/ui)."""
from __future__ import annotations

import pytest

from tests.export.plan_data import printed_family


@pytest.fixture
def family(services):
    return printed_family(services)


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder
