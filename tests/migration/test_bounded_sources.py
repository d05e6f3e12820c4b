"""A CSV or Parquet file as the migration source: read by bounded readers, same chunks as the frame."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from core.migration.prepared import Prepared
from core.migration.source_batches import file_batches
from tests.migration.conftest import example_source, make_spec, new_run_id


def _summary(prep: Prepared) -> tuple[int, int, str, list[int]]:
    bad = [prep.chunk(c).filter(pl.col("_mw_reasons").list.len() > 0).height for c in range(prep.n_chunks)]
    return prep.rows_in, prep.n_chunks, prep.expected_checksum(), bad


def test_csv_and_parquet_files_prepare_like_the_frame(tmp_path: Path) -> None:
    src = example_source()
    src = src.with_columns(pl.when(pl.int_range(pl.len()) % 97 == 0).then(pl.lit('multi\n"line", value'))
                           .otherwise(pl.col("last_name")).alias("last_name"))  # quoted records across lines
    csv, parquet = tmp_path / "s.csv", tmp_path / "s.parquet"
    src.write_csv(csv)
    src.write_parquet(parquet, row_group_size=128)
    spec = make_spec(new_run_id(), batch_size=150)
    with Prepared(spec, src) as a, Prepared(spec, csv, read_rows=100) as b, \
            Prepared(spec, parquet, read_rows=100) as c:
        want = _summary(a)
        assert want[0] == 1000 and sum(want[3]) > 0
        assert _summary(b) == want
        assert _summary(c) == want


def test_file_batches_hold_about_the_asked_rows(tmp_path: Path) -> None:
    src = example_source()
    csv, parquet = tmp_path / "s.csv", tmp_path / "s.parquet"
    src.write_csv(csv)
    src.write_parquet(parquet, row_group_size=1000)
    cols = ["customer_id", "email"]
    for path in (csv, parquet):
        sizes = [b.height for b in file_batches(path, cols, 100)]
        assert sum(sizes) == src.height and max(sizes) <= 200 and len(sizes) >= 5, (path.suffix, sizes)
        got = pl.concat(list(file_batches(path, cols, 100)))
        assert got.equals(src.select(cols)), path.suffix
