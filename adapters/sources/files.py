"""File source adapter: one file or a folder of CSV/TSV/Parquet (compressed CSV too) as tables."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import polars as pl

from core.catalog import ColumnSchema, TableSchema
from core.contract import SampleCaps
from core.errors import DeterministicFailure
from core.ingest.errors import NoDataRows
from core.ingest.files import FileTable, discover, open_table, table_name, with_fallback
from core.ingest.header_row import HeaderSetting
from core.ingest.ports import SamplePlan
from core.ingest.presample import Presample, start_presample
from core.ingest.sampling import sample_lazy
from core.ingest.standardize import logical_type_of
from core.ingest.stats import column_stats, exact_distinct_for, head_candidate, head_frame


class FileSource:
    """A :class:`core.ingest.ports.SourcePort` (and :class:`core.ingest.ports.SamplePrefetch`) over
    local files.

    Every read is a lazy Polars scan collected with the streaming engine; a gzip'd or non-UTF-8
    file is decoded block by block by each read (:mod:`core.ingest.streamscan`: no copy of it anywhere).
    After :meth:`expect_samples`, :meth:`introspect` also draws each table's sample for the plan
    predicted from the head of the file in its statistics pass (:mod:`core.ingest.presample`);
    :meth:`sample` returns it when the real plan is the predicted one, else samples in its own pass.
    """

    def __init__(self, location: str | Path, *, encoding: str | None = None, header: HeaderSetting = "auto") -> None:
        self._path = Path(location).expanduser()
        self._encoding = encoding
        self._header: HeaderSetting = header
        self._tables: dict[str, FileTable] | None = None
        self._validated = False
        self._expect: tuple[SampleCaps, int] | None = None
        self._presamples: dict[str, Presample] = {}

    # -- SourcePort ---------------------------------------------------------------------------
    @property
    def source_type(self) -> Literal["file", "sql"]:
        """Always ``file``."""
        return "file"

    @property
    def location(self) -> str:
        """The file or folder path."""
        return str(self._path)

    @property
    def dialect(self) -> str | None:
        """Files have no SQL dialect."""
        return None

    def introspect(self, *, with_stats: bool) -> list[TableSchema]:
        """One TableSchema per file; header-only files raise DETERMINISTIC_FAILURE ("no data rows")."""
        self._presamples = {}
        return [self._schema(t, with_stats) for t in self._open(validate=True).values()]

    def expect_samples(self, caps: SampleCaps, seed: int) -> None:
        """Samples under ``caps``/``seed`` will follow: draw the predicted ones during introspection."""
        self._expect = (caps, seed)

    def sample(self, table: str, plan: SamplePlan) -> pl.DataFrame:
        """Deterministic sample of ``table`` (see :func:`core.ingest.sampling.sample_lazy`); the
        full-file line check is not repeated here (the catalog stage ran it)."""
        t = self._open(validate=False).get(table)
        if t is None:
            raise DeterministicFailure(f"no table {table!r} in {self._path}", table=table)
        pre = self._presamples.get(table)
        if pre is not None and pre.frame is not None and pre.matches(plan, t.overrides):
            return pre.frame
        return with_fallback(t, lambda lf: sample_lazy(lf, plan))

    def frame(self, table: str) -> pl.DataFrame:
        """The whole table in memory, typed and named exactly as :meth:`sample` returns rows.

        For the Migration stage (which reads the full source under the policy engine's
        ``migration_execute`` permission); nothing of it is persisted by the source.
        """
        t = self._open(validate=False).get(table)
        if t is None:
            raise DeterministicFailure(f"no table {table!r} in {self._path}", table=table)
        return with_fallback(t, lambda lf: lf.collect(engine="streaming"))

    def table(self, table: str) -> FileTable:
        """The opened table ``table`` (its scan and format stay valid while this source is open)."""
        t = self._open(validate=False).get(table)
        if t is None:
            raise DeterministicFailure(f"no table {table!r} in {self._path}", table=table)
        return t

    # -- helpers ------------------------------------------------------------------------------
    def close(self) -> None:
        """Forget the opened tables and drawn samples."""
        self._tables = None
        self._presamples = {}

    def __enter__(self) -> FileSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _open(self, *, validate: bool) -> dict[str, FileTable]:
        if self._tables is None or (validate and not self._validated):
            taken: set[str] = set()
            tables: dict[str, FileTable] = {}
            for p in discover(self._path):
                name = table_name(p, taken)
                tables[name] = open_table(p, name, encoding=self._encoding, validate=validate, header=self._header)
            self._tables = tables
            self._validated = validate
        return self._tables

    def _schema(self, t: FileTable, with_stats: bool) -> TableSchema:
        if t.kind == "parquet":
            exact = exact_distinct_for(parquet_rows=int(pl.scan_parquet(t.read_path).select(pl.len()).collect().item()))
        else:
            exact = exact_distinct_for(text_bytes=t.text_bytes())

        def run(lf: pl.LazyFrame) -> tuple[pl.Schema, tuple[int, dict, set[str]], Presample | None]:
            schema = lf.collect_schema()
            logical = {n: logical_type_of(dt) for n, dt in schema.items()}
            head = pre = None
            if self._expect is not None or not exact:
                head = head_frame(lf)
            if self._expect is not None and head is not None:
                pre = start_presample(head, head_candidate(head, logical), *self._expect, overrides=t.overrides)
            result = column_stats(lf, logical, with_stats=with_stats, exact_distinct=exact, head=head,
                                  extra_aggs=[pre.fold.agg_expr()] if pre is not None else ())
            if pre is not None:
                pre.finish()
            return schema, result, pre

        schema, (rows, stats, unique), pre = with_fallback(t, run)
        if pre is not None:
            self._presamples[t.name] = pre
        if rows == 0:
            raise NoDataRows(f"{t.path.name} has a header but no data rows", file=t.path, reason="no_data_rows",
                             table=t.name, fix="export the table with its rows (blank records do not count)")
        columns = [
            ColumnSchema(
                name=name, original_name=t.raw_header[i], position=i + 1, logical_type=logical_type_of(dt),
                physical_type=str(dt), nullable=(stats[name].null_count or 0) > 0, is_key=name in unique,
                stats=stats[name],
            )
            for i, (name, dt) in enumerate(schema.items())
        ]
        steps = list(t.steps) + [
            {"op": "dtype", "column": c.name, "from": c.physical_type, "to": c.logical_type} for c in columns
        ]
        return TableSchema(name=t.name, source_location=str(t.path), columns=columns, row_estimate=rows,
                           format=dict(t.fmt), standardization=steps, header_row=t.header_row)
