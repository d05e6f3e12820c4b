"""The PII eval on the dev golden set and on this folder's fixtures: no PII cell in clear, targets met."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.sources.files import FileSource
from core.ingest.pii_eval import PII_GOLDEN_DIR, format_pii_report, run_pii_eval
from tests.pii.conftest import FIXTURES


@pytest.mark.parametrize("directory", [PII_GOLDEN_DIR, FIXTURES], ids=["dev", "fixtures"])
def test_no_pii_cell_in_clear_and_targets_met(directory: Path, masker) -> None:  # type: ignore[no-untyped-def]
    rep = run_pii_eval(directory, mode="data_mode", masker=masker, open_source=FileSource)
    assert rep.cell_leaks == 0, format_pii_report(rep, details=True)
    assert rep.column_recall >= 0.98 and rep.column_precision >= 0.90, format_pii_report(rep, details=True)


def test_metadata_only_stores_no_cell(masker) -> None:  # type: ignore[no-untyped-def]
    rep = run_pii_eval(FIXTURES, mode="metadata_only", masker=masker, open_source=FileSource)
    assert rep.cell_leaks == 0 and rep.column_recall == 1.0
