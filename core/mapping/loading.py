"""Load either side of a quick match (no run): a data file, a schema file or ``URL#table``.

Values (data_mode) are read into memory only, never stored. Domains come from the domaining
engine; a schema file's declared domains win.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.ingest.ports import SamplePlan
from core.ingest.sampling import json_rows
from core.mapping.declared_domains import require_known_domains
from core.mapping.domaining import assign_target_domains, classify_tables
from core.mapping.errors import TargetUnreachable
from core.mapping.intake import SCHEMA_SUFFIXES, Opener, from_source, is_sql, load_target
from core.mapping.side import MatchColumn, source_columns, target_columns, with_cells
from core.mapping.target import TargetTable
from core.thresholds import ThresholdProfile
from core.vocab.models import DomainCatalog

SAMPLE_ROWS = 1000


@dataclass
class LoadedSide:
    """One side: its table, match columns and in-memory rows."""

    table: TargetTable
    columns: list[MatchColumn]
    rows: list[dict[str, Any]] = field(default_factory=list)
    dialect: str | None = None


def _text_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: (None if v is None else str(v)) for k, v in r.items()} for r in rows]


def load_source_side(location: str, opener: Opener | None, *, data_mode: bool, domain_catalog: DomainCatalog,
                     profile: ThresholdProfile, seed: int = 0) -> LoadedSide:
    """A side read as a source: domains from the engine over header (and values in data_mode).

    A side that cannot be opened is a :class:`TargetUnreachable` naming the *source* side."""
    try:
        return _load_source_side(location, opener, data_mode=data_mode, domain_catalog=domain_catalog,
                                 profile=profile, seed=seed)
    except TargetUnreachable as exc:
        if exc.details.get("side") == "source":
            raise
        raise TargetUnreachable(str(exc.details.get("location", location)), str(exc.details.get("problem", "")),
                                side="source") from None


def _load_source_side(location: str, opener: Opener | None, *, data_mode: bool, domain_catalog: DomainCatalog,
                      profile: ThresholdProfile, seed: int) -> LoadedSide:
    path = Path(location)
    if not is_sql(location) and path.suffix.lower() in SCHEMA_SUFFIXES:
        it = load_target(location, opener, with_rows=data_mode, masker=None)  # type: ignore[arg-type]
        table, rows = it.catalog.table, it.raw_examples
        require_known_domains(table, domain_catalog, side="source")
        dialect = None
    else:
        if opener is None:
            raise ValueError("reading a data file or SQL table needs an opener (adapters.sources.open_source)")
        table, _, dialect, _ = from_source(location, opener, with_rows=False, seed=seed)
        rows = []
        if data_mode:
            src = opener(_endpoint(location))
            src.introspect(with_stats=False)
            df = src.sample(table.name, SamplePlan(seed=seed, rows_max=SAMPLE_ROWS, bytes_max=64_000_000))
            rows = _text_rows(json_rows(df))
    assigned = classify_tables([table], {table.name: rows} if rows else None, domain_catalog=domain_catalog,
                               profile=profile)
    cols = source_columns([table], assigned, _values(table, rows) if rows else None, len(rows) or None)
    if rows:
        with_cells(cols, rows)
    declared = {c.name: c.domain for c in table.columns if c.domain and c.domain_source == "declared"}
    for c in cols:
        if declared.get(c.name):
            c.domain, c.domain_score = declared[c.name], 1.0
    return LoadedSide(table=table, columns=cols, rows=rows, dialect=dialect)


def load_target_side(location: str, opener: Opener | None, *, data_mode: bool, domain_catalog: DomainCatalog,
                     profile: ThresholdProfile, seed: int = 0) -> LoadedSide:
    """A side read as a target: constraints, declared or assigned domains, examples."""
    it = load_target(location, opener, with_rows=data_mode, masker=None, seed=seed)  # type: ignore[arg-type]
    require_known_domains(it.catalog.table, domain_catalog)
    table, cands = assign_target_domains(it.catalog.table, it.raw_examples, domain_catalog=domain_catalog,
                                         profile=profile)
    return LoadedSide(table=table, columns=target_columns(
        table, it.raw_examples, cands, sampled=it.catalog.kind != "schema_file"), rows=it.raw_examples,
                      dialect=it.catalog.dialect)


def _values(table: TargetTable, rows: list[dict[str, Any]]) -> dict[tuple[str, str], list[str]]:
    return {(table.name, c.name): [str(r[c.name]) for r in rows if r.get(c.name) not in (None, "")]
            for c in table.columns}


def _endpoint(location: str) -> Any:
    from core.contract import Endpoint, SourceRef

    sql = is_sql(location)
    url, _, frag = location.partition("#") if sql else (location, "", "")
    return Endpoint(source=SourceRef(type="sql" if sql else "file"), location=url,
                    schema_ref=frag if "." in frag else None)
