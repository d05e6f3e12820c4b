"""Real values only in memory under the policy engine; catalog min/max of personal data not stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.sources.files import FileSource
from core.catalog import ColumnSchema, ColumnStats, TableSchema
from core.contract import contract_template
from core.errors import PolicyBlock
from core.ingest.real_values import real_value_packs
from core.ingest.stage import build_catalog
from core.inmemory import MemoryArtifacts, MemoryLedger
from core.pii.catalog_guard import guard_stats
from core.policy import load_policy_engine
from tests.pii.conftest import FIXTURES

CSV = FIXTURES / "coded_people.csv"


def _contract(tmp_path: Path, mode: str):  # type: ignore[no-untyped-def]
    caps = {"sample_caps": {"rows_max": 30, "bytes_max": 1_000_000}} if mode == "data_mode" else {}
    return contract_template(lhs_location=str(CSV), rhs_location=str(tmp_path / "t.db"), mode=mode,
                             request_key=f"mem|{mode}|{tmp_path}", **caps)


def test_real_values_are_drawn_in_memory_in_data_mode_only(tmp_path: Path) -> None:
    policy, arts = load_policy_engine(), MemoryArtifacts()
    c = _contract(tmp_path, "data_mode")
    catalog, _ = build_catalog(c, FileSource(CSV), policy=policy, ledger=MemoryLedger(), artifacts=arts)
    (pack,) = real_value_packs(c, catalog, FileSource(CSV), policy=policy)
    assert pack.row_count == 30 and not pack.pii_mask_applied
    assert any(isinstance(r["c06"], float) and r["c06"] > 1e15 for r in pack.rows)  # the real card numbers
    assert {a.kind.value for a in arts.list(c.run_id)} == {"catalog"}  # nothing of them stored
    m = _contract(tmp_path, "metadata_only")
    with pytest.raises(PolicyBlock):
        real_value_packs(m, catalog, FileSource(CSV), policy=policy)


def test_min_max_are_kept_only_under_a_non_personal_header() -> None:
    def col(name: str, lo: str, hi: str, distinct: int = 20) -> ColumnSchema:
        return ColumnSchema(name=name, original_name=name, position=0, logical_type="int", physical_type="Int64",
                            stats=ColumnStats(min=lo, max=hi, row_count=300, null_count=0, distinct_count=distinct))

    t = TableSchema(name="t", source_location="x", columns=[col("order_total", "1", "99"), col("C06", "4000", "4999"),
                                                            col("birth_date", "1950-01-01", "2001-12-31")])
    guard_stats([t])
    assert [(c.stats.min, c.stats.max) for c in t.columns] == [("1", "99"), (None, None), (None, None)]


def test_min_max_need_values_that_repeat_not_the_header_alone() -> None:
    """Round 2: a card PIN (one per member, leading zeros lost) under a header read as non-personal kept its min and
    max. Integers keep them only when their values repeat (quantities), dates only under an event header."""
    def col(name: str, lo: str, hi: str, distinct: int, kind: str = "int") -> ColumnSchema:
        return ColumnSchema(name=name, original_name=name, position=0, logical_type=kind, physical_type="x",
                            stats=ColumnStats(min=lo, max=hi, row_count=300, null_count=0, distinct_count=distinct))

    t = TableSchema(name="t", source_location="x", columns=[
        col("order_total", "3", "9981", 297), col("quantity", "1", "40", 40),
        col("valid_from", "1951-03-02", "2004-11-30", 290, "date"), col("created_at", "2021-01-02", "2024-05-06",
                                                                         290, "date"),
        col("fee", "0.5", "99.5", 300, "float")])
    guard_stats([t])
    assert [(c.stats.min, c.stats.max) for c in t.columns] == [
        (None, None), ("1", "40"), (None, None), ("2021-01-02", "2024-05-06"), ("0.5", "99.5")]


def test_min_max_that_look_like_identifiers_are_dropped_under_any_header() -> None:
    """Phone numbers that lost their leading zero (one width, nine digits) or card numbers in exponent notation
    under ``amount`` are no amounts: their min/max are dropped; amounts of that size span widths and stay."""
    def col(name: str, lo: str, hi: str) -> ColumnSchema:  # values repeat: only their shape can drop min/max
        return ColumnSchema(name=name, original_name=name, position=0, logical_type="int", physical_type="Int64",
                            stats=ColumnStats(min=lo, max=hi, row_count=300, null_count=0, distinct_count=30))

    t = TableSchema(name="t", source_location="x", columns=[
        col("amount", "612345678", "798765432"), col("total", "4.53201E+15", "5.1E+15"),
        col("revenue", "75000", "12500000"), col("amount_due", "1000000.0", "9999999.0")])
    guard_stats([t])
    assert [(c.stats.min, c.stats.max) for c in t.columns] == [
        (None, None), (None, None), ("75000", "12500000"), (None, None)]


def test_data_mode_catalog_stores_no_min_max_of_card_numbers(tmp_path: Path) -> None:
    c = _contract(tmp_path, "data_mode")
    catalog, _ = build_catalog(c, FileSource(CSV), policy=load_policy_engine(), ledger=MemoryLedger(),
                               artifacts=MemoryArtifacts())
    cards = catalog.tables[0].column("c06")
    assert cards.stats.min is None and cards.stats.max is None
