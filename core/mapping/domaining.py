"""Domains for columns that have none: run the domaining engine (pure classification) on a table.

Target columns without a declared domain, and the sides of a quick ``mapwright match`` (no run,
so no Domain Assignments artifact), get their domain here, so both sides speak one vocabulary.
"""

from __future__ import annotations

from typing import Any

from core.catalog import Catalog, SamplePack, TableSchema
from core.domains.arbiter import rules_arbiter_for
from core.domains.assignments import DomainAssignments
from core.domains.exact_index import ExactVectorIndex
from core.domains.ports import Arbiter, VectorIndexPort
from core.domains.stage import classify
from core.mapping.target import TargetTable
from core.thresholds import ThresholdProfile
from core.vocab.models import DomainCatalog
from core.vocab.tokens import normalize_alias

_INDEX: dict[str, VectorIndexPort] = {}
_ALIASES: dict[str, dict[str, list[str]]] = {}


def alias_index(catalog: DomainCatalog) -> dict[str, list[str]]:
    """Normalized header alias -> domains listing it (cached per catalog version)."""
    if catalog.version not in _ALIASES:
        out: dict[str, list[str]] = {}
        for d in catalog.domains:
            for a in d.aliases:
                out.setdefault(normalize_alias(a), []).append(d.id)
        _ALIASES[catalog.version] = out
    return _ALIASES[catalog.version]


def _pack(table: TableSchema, rows: list[dict[str, Any]]) -> SamplePack:
    cols = [c.name for c in table.columns]
    return SamplePack(run_id="mapping", table=table.name, seed=0, strategy="in-memory", rows_max=len(rows) or 1,
                      bytes_max=1, row_count=len(rows), byte_size=0, columns=cols,
                      rows=[{c: r.get(c) for c in cols} for r in rows], pii_mask_applied=False)


def classify_tables(tables: list[TableSchema], rows: dict[str, list[dict[str, Any]]] | None, *,
                    domain_catalog: DomainCatalog, profile: ThresholdProfile,
                    index: VectorIndexPort | None = None, arbiter: Arbiter | None = None) -> DomainAssignments:
    """Domain assignments for ``tables`` (values from ``rows`` per table name, in memory only)."""
    from core.domains.assignments import VersionRefs

    if index is None:
        index = _INDEX.setdefault(domain_catalog.version, ExactVectorIndex())
    packs = [_pack(t, rows[t.name]) for t in tables if rows and rows.get(t.name)] or None
    cat = Catalog(run_id="mapping", source_type="file", location="in-memory", tables=tables)
    out, _, refs = classify(cat, packs, domain_catalog=domain_catalog, index=index,
                            arbiter=arbiter or rules_arbiter_for(domain_catalog), profile=profile)
    return DomainAssignments(run_id="mapping", mode="data_mode" if packs else "metadata_only",
                             refs=refs or VersionRefs(catalog_version="", catalog_hash="", threshold_profile_id="",
                                                      threshold_profile_hash="", policy_version="", embedder="",
                                                      arbiter=""), assignments=out, staged_deltas=[], summary={})


def assign_target_domains(table: TargetTable, raw_examples: list[dict[str, Any]], *,
                          domain_catalog: DomainCatalog, profile: ThresholdProfile,
                          index: VectorIndexPort | None = None) -> tuple[TargetTable, dict[str, dict[str, float]]]:
    """Fill the domain of every target column that declares none; also return each column's
    domain candidates (declared domains count 1.0)."""
    known = {d.id for d in domain_catalog.domains}
    todo = [c for c in table.columns if not c.domain or c.domain not in known]
    by: dict[str, Any] = {}
    if todo:  # only columns without a usable declared domain go through the engine
        plain = TableSchema(**table.model_dump(include=set(TableSchema.model_fields) - {"columns"}),
                            columns=[c.model_dump(include={"name", "original_name", "position", "logical_type",
                                                           "physical_type", "nullable", "is_key"}) for c in todo])
        rows = [{c.name: r.get(c.name) for c in todo} for r in raw_examples]
        result = classify_tables([plain], {table.name: rows} if rows else None, domain_catalog=domain_catalog,
                                 profile=profile, index=index)
        by = {a.column: a for a in result.assignments}
    cands: dict[str, dict[str, float]] = {}
    cols = []
    for c in table.columns:
        a = by.get(c.name)
        if a is None:  # a declared catalog domain, plus the domains whose aliases name the header
            named = [d for d in alias_index(domain_catalog).get(normalize_alias(c.original_name), [])
                     if d != c.domain and c.logical_type in domain_catalog.get(d).logical_types]
            cands[c.name] = {**{d: 0.95 for d in named}, str(c.domain): 1.0}
            if len(named) == 1:  # the header names a more specific domain than the declared one
                cols.append(c.model_copy(update={"domain": named[0], "domain_source": "domaining",
                                                 "description": c.description or f"declared domain {c.domain}"}))
            else:
                cols.append(c)
            continue
        cands[c.name] = {k.domain_id: k.score for k in a.candidates}
        if c.domain:
            # A declared domain outside the catalog: intake refuses it (intake.require_known_domains);
            # a caller that skips that check gets the engine's reading of the column instead.
            top = a.domain_id or (a.candidates[0].domain_id if a.candidates else None)
            cols.append(c.model_copy(update={"domain": top, "domain_source": "domaining" if top else "none",
                                             "description": c.description or f"declared domain {c.domain}"}))
        elif a.domain_id:
            cols.append(c.model_copy(update={"domain": a.domain_id, "domain_source": "domaining"}))
        else:
            cols.append(c)
    return table.model_copy(update={"columns": cols}), cands
