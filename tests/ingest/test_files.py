"""File sources: formats, sniffing, standardization, statistics, deterministic sampling."""

from __future__ import annotations

import gzip
from pathlib import Path
from types import ModuleType

import polars as pl
import pytest

from adapters.sources import FileSource
from core.contract import SampleCaps
from core.ingest.ports import SamplePlan
from core.ingest.sampling import choose_plan


def test_csv_catalog_standardizes_headers_types_and_stats(tmp_path: Path) -> None:
    p = tmp_path / "Customer Export.csv"
    p.write_text("Customer ID,First Name,first name,,Amount,Joined\n"
                 "1,Ann,a,x,10.5,2021-01-02\n2,Bob,,,3.25,2021-02-03\n3,Cy,c,,,2021-02-04\n", encoding="utf-8")
    with FileSource(p) as src:
        (t,) = src.introspect(with_stats=True)
    assert t.name == "customer_export" and t.row_estimate == 3
    assert [c.name for c in t.columns] == ["customer_id", "first_name", "first_name_2", "column_4", "amount", "joined"]
    assert [c.original_name for c in t.columns][:3] == ["Customer ID", "First Name", "first name"]
    assert {c.name: c.logical_type for c in t.columns} == {
        "customer_id": "int", "first_name": "string", "first_name_2": "string", "column_4": "string",
        "amount": "float", "joined": "string"}
    cid, amount, fn2 = t.column("customer_id"), t.column("amount"), t.column("first_name_2")
    assert cid.is_key and (cid.stats.min, cid.stats.max) == ("1", "3")
    assert amount.stats.null_count == 1 and amount.nullable and (amount.stats.min, amount.stats.max) == ("3.25", "10.5")
    assert fn2.stats.null_count == 1 and fn2.stats.min is None  # never a raw string value in the catalog
    assert t.column("first_name").stats.max_length == 3
    ops = [s["op"] for s in t.standardization]
    assert {"snake_case", "duplicate_header", "empty_header", "dtype"} <= set(ops)
    assert t.format["delimiter"] == "," and t.format["encoding"] == "utf-8"


def test_metadata_stats_leave_out_min_max(tmp_path: Path) -> None:
    p = tmp_path / "t.csv"
    p.write_text("a,b\n1,x\n2,y\n", encoding="utf-8")
    with FileSource(p) as src:
        (t,) = src.introspect(with_stats=False)
    a = t.column("a")
    assert a.stats.row_count == 2 and a.stats.null_count == 0 and a.stats.min is None and a.stats.max is None


@pytest.mark.parametrize(("name", "delim"), [("semi.csv", ";"), ("tabs.tsv", "\t"), ("pipes.txt", "|")])
def test_delimiter_sniffing(tmp_path: Path, name: str, delim: str) -> None:
    p = tmp_path / name
    p.write_text(delim.join(["id", "label", "note"]) + "\n" + "\n".join(
        delim.join([str(i), f"v{i}", '"a, b; c"']) for i in range(5)) + "\n", encoding="utf-8")
    with FileSource(p) as src:
        (t,) = src.introspect(with_stats=False)
    assert t.format["delimiter"] == delim
    assert [c.name for c in t.columns] == ["id", "label", "note"] and t.row_estimate == 5


def test_latin1_file_is_transcoded(tmp_path: Path) -> None:
    p = tmp_path / "legacy.csv"
    p.write_bytes("name,city\nRen\xe9e,M\xfcnchen\nJos\xe9,Z\xfcrich\n".encode("latin-1"))
    with FileSource(p) as src:
        (t,) = src.introspect(with_stats=False)
        df = src.sample("legacy", SamplePlan(seed=1, rows_max=10, bytes_max=10_000))
    assert t.format["encoding"] != "utf-8"
    assert set(df["city"].to_list()) == {"München", "Zürich"}


def test_gzip_parquet_and_folder(tmp_path: Path, gen: ModuleType) -> None:
    gen.write_customers(tmp_path / "customers.csv.gz", 50, seed=1)
    pl.DataFrame({"Order ID": [1, 2, 3], "Total": [1.5, 2.5, None]}).write_parquet(tmp_path / "orders.parquet")
    (tmp_path / "README.md").write_text("ignored")
    with gzip.open(tmp_path / "customers.csv.gz", "rt", encoding="utf-8") as fh:
        assert fh.readline().startswith("Customer ID")
    with FileSource(tmp_path) as src:
        tables = {t.name: t for t in src.introspect(with_stats=True)}
        assert set(tables) == {"customers", "orders"}
        assert tables["customers"].row_estimate == 50 and tables["customers"].format["compression"] == "gzip"
        assert len(tables["customers"].columns) == 12
        orders = tables["orders"]
        assert [c.name for c in orders.columns] == ["order_id", "total"] and orders.format["format"] == "parquet"
        assert orders.column("total").stats.null_count == 1 and orders.column("order_id").is_key
        df = src.sample("orders", SamplePlan(seed=3, rows_max=2, bytes_max=10_000, key_columns=["order_id"]))
    assert df.columns == ["order_id", "total"] and df.height == 2


def test_late_unparseable_value_falls_back_to_string(tmp_path: Path) -> None:
    p = tmp_path / "late.csv"
    p.write_text("a,b\n" + "".join(f"{i},{i}\n" for i in range(20_050)) + "x,7\n", encoding="utf-8")
    with FileSource(p) as src:
        (t,) = src.introspect(with_stats=False)
    assert t.column("a").logical_type == "string" and t.column("b").logical_type == "int"
    assert any(s["op"] == "dtype_fallback" and s["column"] == "a" for s in t.standardization)
    assert t.row_estimate == 20_051


def test_sampling_is_deterministic_stratified_and_capped(tmp_path: Path, gen: ModuleType) -> None:
    p = gen.write_customers(tmp_path / "c.csv", 3000, seed=5)
    shuffled = tmp_path / "shuffled.csv"
    pl.read_csv(p, infer_schema=False).sample(fraction=1.0, shuffle=True, seed=9).write_csv(shuffled)
    with FileSource(p) as src, FileSource(shuffled) as src2:
        (t,) = src.introspect(with_stats=False)
        plan = choose_plan(t, SampleCaps(rows_max=40, bytes_max=1_000_000), seed=42)
        assert plan.key_columns == ["customer_id"] and plan.strata == "country"
        a = src.sample("c", plan)
        b = src.sample("c", plan)
        c = src2.sample("shuffled", plan)
        other = src.sample("c", plan.model_copy(update={"seed": 43}))
    assert a.height == 40 and a.equals(b)
    assert a["customer_id"].to_list() == [int(x) for x in c["customer_id"].to_list()]  # order-independent
    assert a["customer_id"].to_list() != other["customer_id"].to_list()
    # equal allocation: every country value shows up before any gets a second row
    n_strata = pl.read_csv(p, infer_schema=False)["Country"].n_unique()
    assert a["country"].head(n_strata).n_unique() == n_strata
