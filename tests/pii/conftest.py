"""Fixtures of the privacy tests: the PII golden dev tables and the small fixture tables of this folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.ingest.pii_eval import PII_GOLDEN_DIR

FIXTURES = Path(__file__).parent / "fixtures"


def pii_tables() -> list[Path]:
    """Every labeled PII table: the golden dev set and this folder's fixtures."""
    return sorted(PII_GOLDEN_DIR.glob("*.csv")) + sorted(FIXTURES.glob("*.csv"))


@pytest.fixture(scope="session")
def masker():  # type: ignore[no-untyped-def]
    """The production masker (deny by default, Presidio entity hints)."""
    from adapters.pii import PresidioMasker

    return PresidioMasker()
