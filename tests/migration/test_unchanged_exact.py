"""The merge's unchanged-row test compares exact values (core.migration.unchanged): a change the checksum's
rounded canonical form cannot see (past the 6th decimal, or less than a float step of a large decimal) still
makes the row changed, so it is staged and merged instead of being lost."""

from __future__ import annotations

from decimal import Decimal

import polars as pl

from core.migration.chunks import row_hashes
from core.migration.models import Disposition, MigrationSpec, TargetColumn
from core.migration.unchanged import known_hashes, mark_unchanged

SPEC = MigrationSpec(run_id="r", table="t", key=["id"], pipelines=[], input_types={},
                     disposition=Disposition.MERGE,
                     columns=[TargetColumn(name="id", type="int", key=True, nullable=False),
                              TargetColumn(name="rate", type="float"), TargetColumn(name="amount", type="decimal")])
DEC = pl.Decimal(38, 2)


def _frame(rates: list[float], amounts: list[str]) -> pl.DataFrame:
    return pl.DataFrame({"id": [1, 2, 3], "rate": rates,
                         "amount": pl.Series([Decimal(a) for a in amounts], dtype=DEC)})


def test_changes_past_the_checksum_rounding_are_changes() -> None:
    final = _frame([1.23456789, 0.5, 2.0], ["100000000000000000.00", "12.30", "7.00"])
    source = _frame([1.23456781, 0.5, 2.0], ["100000000000000008.00", "12.30", "7.01"])
    # the checksum's canonical form cannot tell rows 1 (rate, amount) apart: the reason for an exact comparison
    assert row_hashes(final.head(1), ["id", "rate"]).to_list() == row_hashes(source.head(1), ["id", "rate"]).to_list()
    same = mark_unchanged(source, SPEC, known_hashes(SPEC, [final]))
    assert same.to_list() == [False, True, False]


def test_the_same_rows_are_unchanged_and_an_empty_final_table_holds_none() -> None:
    final = _frame([1.5, 0.5, 2.0], ["1.00", "12.30", "7.00"])
    assert mark_unchanged(final, SPEC, known_hashes(SPEC, [final.slice(1), final.head(1)])).to_list() == [True] * 3
    assert mark_unchanged(final, SPEC, known_hashes(SPEC, [])).to_list() == [False] * 3
