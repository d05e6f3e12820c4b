"""data_mode Analysis: the accepted plan over the whole source, streamed batch by batch.

Each batch goes through the migration's own transform and row checks
(:func:`core.migration.engine.transform`, :func:`core.migration.constraints.check_exprs`), so
what Analysis reports is what Migration would quarantine. Every statistic is folded into
mergeable, bounded state (:class:`Profiler`): check counts, null counts and distinct sketches in
one Polars aggregation per batch; at most ``SAMPLE_KEYS`` keyed tokens and masked shapes per
finding; at most ``FAILING_CAP`` failing values per column (for fix proposals, in memory only);
a bounded row sample for drift. Only the typed key columns are kept for every row (duplicate
keys across batches), so memory is the batches in flight plus 8-16 bytes per row.
:meth:`Profiler.compute` (transform, checks, aggregates) changes no state, so batches can be
computed concurrently (:mod:`core.analysis.pipelined`); :meth:`Profiler.fold` merges them in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import polars as pl

from core.analysis.flags import Flag, explain, finding, sample, sanity
from core.analysis.models import ColumnProfile, Finding
from core.analysis.sketch import Distinct, RowSample
from core.migration.constraints import check_exprs, to_target_type
from core.migration.engine import transform
from core.migration.models import MigrationSpec

SAMPLE_KEYS = 5
FAILING_CAP = 200
DISTINCT_CAP = 201
DRIFT_SAMPLE = 50_000
KEY_OK = "__key_ok"


@dataclass
class Profiled:
    """Profiles and findings, plus what fix proposals and drift need (bounded)."""

    rows: int
    profiles: list[ColumnProfile]
    findings: list[Finding]
    failing: dict[str, list[str]] = field(default_factory=dict)
    distinct_sources: dict[str, list[str]] = field(default_factory=dict)
    source_types: dict[str, str] = field(default_factory=dict)
    sample: pl.DataFrame = field(default_factory=pl.DataFrame)


@dataclass
class Computed:
    """One batch checked and aggregated by :meth:`Profiler.compute`, waiting to be folded in."""

    chk: pl.DataFrame
    row: dict[str, Any]
    flags: list[Flag]
    keys: pl.DataFrame
    sample: pl.DataFrame | None
    source_types: dict[str, str]


@dataclass
class Rule:
    """A cross-field rule as a Polars expression that is True where a row passes."""

    name: str
    expression: str
    columns: list[str]
    passes: pl.Expr


class Profiler:
    """Folds source batches into the profile; :meth:`result` builds the findings."""

    def __init__(self, spec: MigrationSpec, *, domains: dict[str, str | None], secret: bytes, today: date,
                 rules: list[Rule], drift_columns: list[str], fix_sources: list[str]) -> None:
        self.spec, self.domains, self.secret, self.today = spec, domains, secret, today
        self.rules = rules
        self.rows = 0
        self.flags: list[Flag] | None = None
        self.nulls = {c.name: 0 for c in spec.columns}
        self.distinct = {c.name: Distinct() for c in spec.columns}
        self.keys: list[pl.DataFrame] = []
        self.sample = RowSample(drift_columns, DRIFT_SAMPLE)
        self.fix_sources: dict[str, set[str]] = {c: set() for c in fix_sources}
        self.source_types: dict[str, str] = {}

    def _flags(self, checks: list[tuple[str, pl.Expr]], src_cols: set[str]) -> list[Flag]:
        flags: list[Flag] = []
        for code, _ in checks:
            kind, col = code.split(":", 1)
            srcs = [s for s in self.spec.column(col).sources if s in src_cols]
            values_of = (f"__src_{srcs[0]}" if kind in ("TRANSFORM_NULL", "TYPE") and len(srcs) == 1 else
                         col if kind == "ALLOWED_VALUES" else None)
            flags.append(Flag(code=code, rule=f"constraint.{kind.lower()}", column=col, expr=pl.col(code),
                              values_of=values_of))
        for tc in self.spec.columns:
            flags.extend(sanity(tc.name, tc.type, self.domains.get(tc.name), self.today))
        flags.append(Flag(code="KEY_NULL", rule="analysis.key_null", column=None, expr=~pl.col(KEY_OK)))
        for r in self.rules:
            flags.append(Flag(code=f"cross_field:{r.name}", rule=f"cross_field.{r.name}",
                              column=",".join(r.columns) or None, expr=~r.passes, what=r.expression))
        return flags

    def add(self, batch: pl.DataFrame) -> None:
        """Fold one batch of source rows (standardized names) in."""
        self.fold(self.compute(batch, self.rows))

    def compute(self, batch: pl.DataFrame, offset: int) -> Computed:
        """The batch's transform, row checks and aggregates (no state changed; safe on a worker thread).

        ``offset`` is the global row number of the batch's first row. The first batch must be
        folded before another is computed (it fixes the rules); later batches may be computed
        concurrently and folded in order (the sketch thresholds read here only prune candidates).
        """
        spec = self.spec
        inputs = batch.select(spec.source_columns)
        out = transform(inputs, spec)
        checks = check_exprs(spec, out.schema, set(inputs.columns))
        flags = self.flags if self.flags is not None else self._flags(checks, set(inputs.columns))
        joined = out.with_columns([inputs[c].alias(f"__src_{c}") for c in inputs.columns])
        key_ok = ~pl.any_horizontal([pl.col(k).is_null() for k in spec.key])
        chk = joined.select([*[to_target_type(c, out.schema[c.name]).alias(c.name) for c in spec.columns],
                             *[cond.fill_null(False).alias(code) for code, cond in checks], key_ok.alias(KEY_OK),
                             *[pl.col(f"__src_{c}") for c in inputs.columns]])
        cols = [c.name for c in spec.columns]
        aggs = [f.expr.fill_null(False).sum().alias(f"f{i}") for i, f in enumerate(flags)]
        aggs += [pl.col(c).null_count().alias(f"n{i}") for i, c in enumerate(cols)]
        aggs += [self.distinct[c].expr(c).alias(f"d{i}") for i, c in enumerate(cols)]
        aggs += [pl.col(f"__src_{c}").drop_nulls().unique().head(DISTINCT_CAP).implode().alias(f"s{i}")
                 for i, c in enumerate(self.fix_sources) if len(self.fix_sources[c]) < DISTINCT_CAP]
        row = chk.select(aggs).row(0, named=True)
        return Computed(chk=chk, row=row, flags=flags, keys=chk.filter(pl.col(KEY_OK)).select(spec.key),
                        sample=self.sample.candidates(chk, offset),
                        source_types={c: "string" if inputs.schema[c] == pl.String() else "other"
                                      for c in inputs.columns})

    def fold(self, done: Computed) -> None:
        """Fold one computed batch into the profile (batches in source order)."""
        if self.flags is None:
            self.flags = done.flags
            self.source_types = done.source_types
        row, chk = done.row, done.chk
        for i, c in enumerate(self.spec.columns):
            self.nulls[c.name] += int(row[f"n{i}"])
            self.distinct[c.name].merge(pl.Series(row[f"d{i}"], dtype=pl.UInt64))
        for i, seen in enumerate(self.fix_sources.values()):
            if f"s{i}" in row and len(seen) < DISTINCT_CAP:
                seen.update(str(v) for v in row[f"s{i}"])
        for i, f in enumerate(self.flags):
            hit = int(row[f"f{i}"] or 0)
            if not hit:
                continue
            f.count += hit
            if len(f.keys) < SAMPLE_KEYS or (f.values_of and len(f.values) < FAILING_CAP):
                self._examples(f, chk.filter(f.expr.fill_null(False)))
        self.keys.append(done.keys)
        self.sample.extend(done.sample)
        self.rows += chk.height

    def _examples(self, f: Flag, bad: pl.DataFrame) -> None:
        need = SAMPLE_KEYS - len(f.keys)
        if need > 0:
            keys, shapes = sample(bad.head(need), self.spec, self.secret,
                                   f.column if f.rule.startswith("constraint.") else None)
            f.keys += keys
            f.shapes += shapes
        if f.values_of and len(f.values) < FAILING_CAP:
            vals = bad[f.values_of].drop_nulls().unique().head(FAILING_CAP - len(f.values))
            f.values.update(str(v) for v in vals.to_list())

    def result(self, *, null_rate_max: float, dup_key_rate_max: float) -> Profiled:
        """Profiles and findings over every batch folded in."""
        spec, n = self.spec, self.rows
        flags = self.flags or []
        filled = {t for p in spec.pipelines for t in p.outputs.values()}
        viol: dict[str, dict[str, int]] = {c.name: {} for c in spec.columns}
        for f in flags:
            if f.rule.startswith("constraint.") and f.count and f.column:
                viol[f.column][f.code.split(":", 1)[0]] = f.count
        profiles: list[ColumnProfile] = []
        findings: list[Finding] = []
        for col in spec.columns:
            nulls = self.nulls[col.name]
            rate = nulls / n if n else 0.0
            profiles.append(ColumnProfile(column=col.name, rows=n, non_null=n - nulls,
                                          coverage=round((n - nulls) / n, 4) if n else 0.0, null_rate=round(rate, 4),
                                          distinct=self.distinct[col.name].estimate(), violations=viol[col.name]))
            if col.name in filled and rate > null_rate_max:
                findings.append(Finding(
                    finding_id=f"null_rate:{col.name}", rule="analysis.null_rate_max",
                    severity="error" if not col.nullable else "warning", column=col.name, count=nulls,
                    rate=round(rate, 4), limit=null_rate_max,
                    message=f"{col.name}: {rate:.1%} null after transform (limit {null_rate_max:.1%})"))
        failing: dict[str, list[str]] = {}
        for f in flags:
            if f.count and f.values and f.column:
                failing.setdefault(f.column, []).extend(sorted(f.values))
            if f.count and f.code != "KEY_NULL":
                findings.append(finding(f, n))
        findings.extend(self._key_findings(flags, n, dup_key_rate_max))
        return Profiled(rows=n, profiles=profiles, findings=findings, failing=failing,
                        distinct_sources={c: sorted(v)[:DISTINCT_CAP] for c, v in self.fix_sources.items()},
                        source_types=self.source_types, sample=self.sample.frame())

    def _key_findings(self, flags: list[Flag], n: int, dup_key_rate_max: float) -> list[Finding]:
        out: list[Finding] = []
        key_null = next((f for f in flags if f.code == "KEY_NULL"), None)
        if key_null is not None and key_null.count:
            out.append(Finding(finding_id="key_null", rule="analysis.key_null", severity="error",
                               column=",".join(self.spec.key), count=key_null.count,
                               rate=round(key_null.count / n, 4), sample_keys=key_null.keys,
                               message=f"key {self.spec.key}: {key_null.count} row(s) {explain('KEY_NULL')}"))
        keys = pl.concat(self.keys, how="vertical_relaxed") if self.keys else pl.DataFrame()
        self.keys = []
        if not keys.height:
            return out
        k = self.spec.key
        dup = keys.select((pl.col(k[0]) if len(k) == 1 else pl.struct(k)).is_duplicated().alias("d"))["d"]
        count = int(dup.sum())
        rate = count / n if n else 0.0
        if count and rate > dup_key_rate_max:
            tokens, _ = sample(keys.filter(dup).head(SAMPLE_KEYS), self.spec, self.secret, None)
            out.append(Finding(finding_id="dup_key", rule="analysis.dup_key", severity="error",
                               column=",".join(self.spec.key), count=count, rate=round(rate, 4),
                               limit=dup_key_rate_max, sample_keys=tokens,
                               message=f"key {self.spec.key}: {count} row(s) {explain('DUP_KEY')}"))
        return out
