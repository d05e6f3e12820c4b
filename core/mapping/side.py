"""One side of a match (source or target) as the matcher sees it: columns with their domain,
domain candidates, header tokens and (data_mode, in memory only) values."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from core.catalog import Catalog, ColumnStats, TableSchema
from core.domains.assignments import DomainAssignments
from core.mapping.target import TargetTable
from core.vocab.models import DomainCatalog, DomainSpec
from core.vocab.tokens import expand_abbreviations, header_variants, split_tokens

_SPECS: dict[int, dict[str, DomainSpec]] = {}


def spec_of(catalog: DomainCatalog | None, domain: str | None) -> DomainSpec | None:
    """The catalog's spec of ``domain`` (None when unknown); an id index is kept per catalog."""
    if catalog is None or not domain:
        return None
    index = _SPECS.get(id(catalog))
    if index is None:
        if len(_SPECS) > 8:
            _SPECS.clear()
        index = _SPECS[id(catalog)] = {d.id: d for d in catalog.domains}
    return index.get(domain)


class HeaderEmbedder(Protocol):
    """Texts -> unit vectors (a provider-layer, MiniLM or hashed n-gram embedder)."""

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Matrix of unit vectors, one row per text."""
        ...


@dataclass
class MatchColumn:
    """A column as the matcher sees it."""

    table: str
    name: str
    original_name: str
    logical_type: str
    domain: str | None = None
    domain_score: float = 0.0
    #: domain id -> score of the domaining engine's candidates (top few)
    domain_candidates: dict[str, float] = field(default_factory=dict)
    #: raw values, in memory only (data_mode or a target's declared examples); None = not seen
    values: list[str] | None = None
    nullable: bool = True
    position: int = 0
    #: a target's allowed values (declared enum), for value-map coverage evidence
    allowed: list[str] | None = None
    #: the catalog's profile of a source column (lengths, distinct and null counts; no values)
    profile: ColumnStats | None = None
    #: rows ``values`` were read from (a source's sample, a target's example rows); None = unknown
    row_count: int | None = None
    #: ``values`` were sampled from live rows (a source's sample, a live target table's rows), not declared
    #: examples a person chose (a schema file's): only sampled values are in proportion to the column's
    sampled: bool = False
    #: the values row by row ("" where empty), in memory only: relations between two columns of one row
    #: (:mod:`core.mapping.date_offsets`); None = not read row by row
    cells: list[str] | None = None

    @property
    def tokens(self) -> frozenset[str]:
        """Header tokens (all variants, abbreviations expanded)."""
        return header_tokens(self.original_name, self.name)


def header_tokens(header: str, name: str | None = None) -> frozenset[str]:
    """Tokens of a header (all variants, abbreviations expanded), plus those of its standardized
    ``name`` when given."""
    toks: set[str] = set(expand_abbreviations(split_tokens(header)))
    for v in header_variants(header):
        toks.update(v)
    if name:
        toks.update(split_tokens(name))
    return frozenset(t for t in toks if t)


def source_columns(catalog: Catalog | list[TableSchema], assignments: DomainAssignments | None,
                   values: dict[tuple[str, str], list[str]] | None = None,
                   sample_rows: int | None = None) -> list[MatchColumn]:
    """Match columns of a source catalog, with domains from its assignments and in-memory values
    (``sample_rows``: how many rows those values were read from, empty ones included)."""
    tables = catalog.tables if isinstance(catalog, Catalog) else catalog
    by = {(a.table, a.column): a for a in assignments.assignments} if assignments else {}
    out: list[MatchColumn] = []
    for t in tables:
        for c in t.columns:
            a = by.get((t.name, c.name))
            out.append(MatchColumn(
                table=t.name, name=c.name, original_name=c.original_name, logical_type=c.logical_type,
                domain=a.domain_id if a else None, domain_score=a.score if a else 0.0,
                domain_candidates={k.domain_id: k.score for k in a.candidates} if a else {},
                values=(values or {}).get((t.name, c.name)), nullable=c.nullable, position=c.position,
                profile=c.stats if c.stats.row_count else None,
                row_count=sample_rows if values and (t.name, c.name) in values else None,
                sampled=bool(values) and (t.name, c.name) in (values or {})))
    return out


def with_cells(cols: Sequence[MatchColumn], rows: Sequence[Mapping[str, Any]], table: str | None = None) -> None:
    """Give each column (of ``table``, when given) its values row by row from ``rows`` (in memory only)."""
    for c in cols:
        if table is None or c.table == table:
            c.cells = ["" if (v := r.get(c.name)) is None else str(v) for r in rows]


def target_columns(table: TargetTable, raw_examples: list[dict[str, object]] | None = None,
                   candidates: dict[str, dict[str, float]] | None = None, *, sampled: bool = False,
                   ) -> list[MatchColumn]:
    """Match columns of the target table (declared or assigned domains, example values; ``sampled``: the
    examples are a live table's or data file's rows, not a schema file's declared examples)."""
    out: list[MatchColumn] = []
    for c in table.columns:
        vals = None
        if raw_examples:
            vals = [str(r[c.name]) for r in raw_examples if r.get(c.name) not in (None, "")]
        out.append(MatchColumn(
            table=table.name, name=c.name, original_name=c.original_name, logical_type=c.logical_type,
            domain=c.domain, domain_score=1.0 if c.domain_source == "declared" else 0.8 if c.domain else 0.0,
            domain_candidates=(candidates or {}).get(c.name, {c.domain: 1.0} if c.domain else {}),
            values=vals, nullable=c.constraints.nullable, position=c.position,
            allowed=list(c.constraints.allowed_values) if c.constraints.allowed_values else None,
            row_count=len(raw_examples) if raw_examples else None, sampled=sampled and bool(raw_examples)))
    if raw_examples:
        with_cells(out, raw_examples)
    return out
