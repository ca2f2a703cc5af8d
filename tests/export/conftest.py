"""Fixtures for the printed documents: the export service and a family with a printable plan."""
from __future__ import annotations

import pytest

from app.services.exports import ExportService
from tests.export.plan_data import PrintedFamily, printed_family


@pytest.fixture
def exports(services) -> ExportService:
    return services.exports


@pytest.fixture
def family(services) -> PrintedFamily:
    return printed_family(services)


@pytest.fixture
def out(tmp_path):
    """An empty folder for the files a test writes (the database lives in tmp_path itself)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder
