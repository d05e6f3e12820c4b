"""Schema evolution (§42): additive vs breaking changes, renames by name and by value evidence."""

from __future__ import annotations

from core.catalog import Catalog, ColumnSchema, ColumnStats, TableSchema
from core.migration.schema_diff import diff_catalogs


def _col(name: str, kind: str = "string", nulls: int = 0, distinct: int = 100, lo: str | None = None,
         hi: str | None = None) -> ColumnSchema:
    return ColumnSchema(name=name, original_name=name, position=0, logical_type=kind, physical_type=kind,  # type: ignore[arg-type]
                        stats=ColumnStats(row_count=1000, null_count=nulls, distinct_count=distinct, min=lo, max=hi))


def _cat(*cols: ColumnSchema) -> Catalog:
    table = TableSchema(name="customers", source_location="x", columns=list(cols)).model_dump()
    return Catalog.model_validate({"run_id": "R", "source_type": "file", "location": "x", "tables": [table]})


def test_an_added_column_is_additive() -> None:
    (d,) = diff_catalogs(_cat(_col("id", "int")), _cat(_col("id", "int"), _col("loyalty_tier")), previous="run A")
    assert [(c.kind, c.column, c.breaking) for c in d.changes] == [("added", "loyalty_tier", False)]
    assert not d.breaking


def test_removed_and_narrowed_columns_are_breaking_and_widening_is_not() -> None:
    old = _cat(_col("id", "int"), _col("amount", "float"), _col("qty", "int"), _col("notes"))
    new = _cat(_col("id", "int"), _col("amount", "int"), _col("qty", "float"))
    (d,) = diff_catalogs(old, new, previous="run A")
    kinds = {(c.kind, c.column): c.breaking for c in d.changes}
    assert kinds == {("retyped", "amount"): True, ("retyped", "qty"): False, ("removed", "notes"): True}
    assert "notes removed" in d.question() and "amount retyped (float -> int)" in d.question()


def test_a_rename_is_found_by_name_or_by_value_evidence() -> None:
    old = _cat(_col("id", "int"), _col("customer_email", nulls=3, distinct=990), _col("x1", "date", 0, 700,
                                                                                        "2010-01-01", "2024-12-31"))
    new = _cat(_col("id", "int"), _col("customer_e_mail", nulls=3, distinct=990),
               _col("signup", "date", 0, 700, "2010-01-01", "2024-12-31"))
    (d,) = diff_catalogs(old, new, previous="run A")
    renames = {(c.column, c.new_name): c.evidence for c in d.changes if c.kind == "renamed"}
    assert set(renames) == {("customer_email", "customer_e_mail"), ("x1", "signup")}
    assert renames[("x1", "signup")].startswith("same type")
    assert all(c.breaking for c in d.changes)


def test_different_statistics_are_not_taken_for_a_rename() -> None:
    old = _cat(_col("a1", "int", 0, 10))
    new = _cat(_col("zz", "int", 500, 900))
    (d,) = diff_catalogs(old, new, previous="run A")
    assert sorted(c.kind for c in d.changes) == ["added", "removed"]
