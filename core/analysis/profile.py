"""data_mode Analysis: the accepted plan over the whole source, profiled as the target will receive it.

Runs the same transform and row checks as the migration (:mod:`core.migration.engine`,
:mod:`core.migration.constraints`), so what Analysis reports is what Migration would quarantine.
Values are used in memory only; the report holds aggregates, keyed tokens of row keys and
masked shapes (:func:`core.migration.preview.shape_mask`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import polars as pl

from core.analysis.models import ColumnProfile, Finding
from core.migration.constraints import REASONS, validate_rows
from core.migration.engine import key_token, transform
from core.migration.models import MigrationSpec
from core.migration.preview import shape_mask

SAMPLE_KEYS = 5
BIRTH_DOMAINS = ("datetime.birth_date", "person.birth_date", "person.date_of_birth")
MONEY_PREFIX = "money."


@dataclass
class Profiled:
    """Profiles and findings, plus the failing values per column kept in memory for fix proposals."""

    rows: int
    profiles: list[ColumnProfile]
    findings: list[Finding]
    failing: dict[str, list[str]] = field(default_factory=dict)
    output: pl.DataFrame | None = None


def _sample(bad: pl.DataFrame, spec: MigrationSpec, secret: bytes, col: str | None) -> tuple[list[str], list[str]]:
    head = bad.head(SAMPLE_KEYS)
    keys = [key_token(secret, tuple(r[k] for k in spec.key))[:16] for r in head.iter_rows(named=True)]
    shapes: list[str] = []
    if col is not None:
        srcs = [c for c in spec.column(col).sources if f"__src_{c}" in head.columns]
        for r in head.iter_rows(named=True):
            shapes.append(" | ".join(str(shape_mask(r[f"__src_{s}"])) for s in srcs) or str(shape_mask(r[col])))
    return keys, shapes


def profile(spec: MigrationSpec, source: pl.DataFrame, *, null_rate_max: float, dup_key_rate_max: float,
            domains: dict[str, str | None], secret: bytes, today: date | None = None) -> Profiled:
    """Profile every target column; findings for limits, constraints, keys and sanity rules."""
    today = today or date.today()
    inputs = source.select(spec.source_columns)
    out = transform(inputs, spec)
    checked = validate_rows(out, inputs, spec)
    n = checked.height
    findings: list[Finding] = []
    profiles: list[ColumnProfile] = []
    failing: dict[str, list[str]] = {}
    codes = checked.select(pl.col(REASONS).explode().drop_nulls().value_counts(sort=True)).unnest(REASONS)
    counts = {str(r[0]): int(r[1]) for r in codes.iter_rows()} if codes.height else {}
    filled = {t for p in spec.pipelines for t in p.outputs.values()}
    for col in spec.columns:
        s = checked[col.name]
        non_null = n - s.null_count()
        viol = {k.split(":", 1)[0]: v for k, v in counts.items() if k.endswith(f":{col.name}")}
        profiles.append(ColumnProfile(column=col.name, rows=n, non_null=non_null,
                                      coverage=round(non_null / n, 4) if n else 0.0,
                                      null_rate=round(s.null_count() / n, 4) if n else 0.0,
                                      distinct=s.n_unique(), violations=viol))
        rate = s.null_count() / n if n else 0.0
        if col.name in filled and rate > null_rate_max:
            findings.append(Finding(
                finding_id=f"null_rate:{col.name}", rule="analysis.null_rate_max",
                severity="error" if not col.nullable else "warning", column=col.name, count=s.null_count(),
                rate=round(rate, 4), limit=null_rate_max,
                message=f"{col.name}: {rate:.1%} null after transform (limit {null_rate_max:.1%})"))
        for code, count in viol.items():
            bad = checked.filter(pl.col(REASONS).list.contains(f"{code}:{col.name}"))
            keys, shapes = _sample(bad, spec, secret, col.name)
            if code in ("TRANSFORM_NULL", "TYPE"):
                srcs = [c for c in col.sources if c in inputs.columns]
                if len(srcs) == 1:
                    failing[col.name] = [str(v) for v in bad[f"__src_{srcs[0]}"].drop_nulls().unique().to_list()]
            if code == "ALLOWED_VALUES":
                failing[col.name] = [str(v) for v in bad[col.name].drop_nulls().unique().to_list()]
            findings.append(Finding(
                finding_id=f"{code.lower()}:{col.name}", rule=f"constraint.{code.lower()}", severity="error",
                column=col.name, count=count, rate=round(count / n, 4) if n else 0.0, sample_keys=keys,
                sample_shapes=shapes, message=f"{col.name}: {count} row(s) fail {code} "
                                              f"({_explain(code)})"))
        findings.extend(_sanity(checked, col.name, col.type, domains.get(col.name), today, spec, secret))
    for code in ("KEY_NULL", "DUP_KEY"):
        count = counts.get(code, 0)
        rate = count / n if n else 0.0
        if count and (code == "KEY_NULL" or rate > dup_key_rate_max):
            bad = checked.filter(pl.col(REASONS).list.contains(code))
            keys, _ = _sample(bad, spec, secret, None)
            findings.append(Finding(finding_id=code.lower(), rule=f"analysis.{code.lower()}", severity="error",
                                    column=",".join(spec.key), count=count, rate=round(rate, 4),
                                    limit=dup_key_rate_max if code == "DUP_KEY" else None, sample_keys=keys,
                                    message=f"key {spec.key}: {count} row(s) {_explain(code)}"))
    return Profiled(rows=n, profiles=profiles, findings=findings, failing=failing,
                    output=checked.select([c.name for c in spec.columns]))


def _explain(code: str) -> str:
    return {"TRANSFORM_NULL": "the source had a value the transform could not convert, e.g. a format left "
                              "unparsed", "TYPE": "the value does not convert to the target type",
            "NOT_NULL": "null in a NOT NULL column", "MAX_LENGTH": "longer than max_length",
            "ALLOWED_VALUES": "outside the target's allowed values", "REGEX": "does not match the target's regex",
            "KEY_NULL": "have no key", "DUP_KEY": "share their key with another row"}.get(code, code)


def _sanity(frame: pl.DataFrame, col: str, type_: str, domain: str | None, today: date, spec: MigrationSpec,
            secret: bytes) -> list[Finding]:
    """Impossible and future birth dates, dates before 1900, negative amounts where the domain forbids them."""
    rules: list[tuple[str, pl.Expr, str]] = []
    c = pl.col(col)
    if type_ in ("date", "datetime"):
        d = c.cast(pl.Date) if type_ == "datetime" else c
        rules.append(("sanity.date_before_1900", d < date(1900, 1, 1), "dates before 1900"))
        if domain in BIRTH_DOMAINS:
            rules.append(("sanity.future_birth_date", d > today, "birth dates in the future"))
    if type_ in ("int", "float", "decimal") and (domain or "").startswith(MONEY_PREFIX):
        rules.append(("sanity.negative_amount", c < 0, "negative amounts"))
    out: list[Finding] = []
    n = frame.height
    for rule, cond, what in rules:
        bad = frame.filter(cond.fill_null(False))
        if bad.height:
            keys, _ = _sample(bad, spec, secret, None)
            out.append(Finding(finding_id=f"{rule}:{col}", rule=rule, severity="warning", column=col,
                               count=bad.height, rate=round(bad.height / n, 4), sample_keys=keys,
                               message=f"{col}: {bad.height} row(s) with {what}"))
    return out
