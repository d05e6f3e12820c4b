"""Row rules of the streamed Analysis profile: what each one counts and how its finding reads.

A :class:`Flag` is one boolean rule over a checked batch (a migration row check, a sanity rule, a
missing key, a cross-field rule) with its running count and capped examples: keyed tokens of
affected keys, masked shapes of their source values, and (in memory only, for fix proposals) a
few failing values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import polars as pl

from core.analysis.models import Finding
from core.migration.engine import key_token
from core.migration.models import MigrationSpec
from core.migration.preview import shape_mask

BIRTH_DOMAINS = ("datetime.birth_date", "person.birth_date", "person.date_of_birth")
MONEY_PREFIX = "money."


@dataclass
class Flag:
    """One row rule accumulated over the batches: how many rows fired, which (tokens, shapes)."""

    code: str
    rule: str
    column: str | None
    expr: pl.Expr
    severity: str = "error"
    what: str = ""
    #: column (of the checked batch) whose failing values feed fix proposals
    values_of: str | None = None
    count: int = 0
    keys: list[str] = field(default_factory=list)
    shapes: list[str] = field(default_factory=list)
    values: set[str] = field(default_factory=set)


def finding(f: Flag, n: int) -> Finding:
    rate = round(f.count / n, 4) if n else 0.0
    if f.rule.startswith("constraint."):
        code = f.code.split(":", 1)[0]
        return Finding(finding_id=f"{code.lower()}:{f.column}", rule=f.rule, severity="error", column=f.column,
                       count=f.count, rate=rate, sample_keys=f.keys, sample_shapes=f.shapes,
                       message=f"{f.column}: {f.count} row(s) fail {code} ({explain(code)})")
    if f.rule.startswith("cross_field."):
        name = f.code.split(":", 1)[1]
        return Finding(finding_id=f.code, rule=f.rule, severity="error", column=f.column, count=f.count, rate=rate,
                       sample_keys=f.keys, message=f"{f.count} row(s) break {name}: {f.what}")
    return Finding(finding_id=f.code, rule=f.rule, severity="warning", column=f.column, count=f.count, rate=rate,
                   sample_keys=f.keys, message=f"{f.column}: {f.count} row(s) with {f.what}")


def sample(bad: pl.DataFrame, spec: MigrationSpec, secret: bytes, col: str | None) -> tuple[list[str], list[str]]:
    keys = [key_token(secret, tuple(r[k] for k in spec.key))[:16] for r in bad.iter_rows(named=True)]
    shapes: list[str] = []
    if col is not None:
        srcs = [c for c in spec.column(col).sources if f"__src_{c}" in bad.columns]
        for r in bad.iter_rows(named=True):
            shapes.append(" | ".join(str(shape_mask(r[f"__src_{s}"])) for s in srcs) or str(shape_mask(r[col])))
    return keys, shapes


def explain(code: str) -> str:
    return {"TRANSFORM_NULL": "the source had a value the transform could not convert, e.g. a format left "
                              "unparsed", "TYPE": "the value does not convert to the target type",
            "NOT_NULL": "null in a NOT NULL column", "MAX_LENGTH": "longer than max_length",
            "ALLOWED_VALUES": "outside the target's allowed values", "REGEX": "does not match the target's regex",
            "KEY_NULL": "have no key", "DUP_KEY": "share their key with another row"}.get(code, code)


def sanity(col: str, type_: str, domain: str | None, today: date) -> list[Flag]:
    """Dates before 1900, future birth dates, negative amounts where the domain forbids them."""
    rules: list[tuple[str, pl.Expr, str]] = []
    c = pl.col(col)
    if type_ in ("date", "datetime"):
        d = c.cast(pl.Date) if type_ == "datetime" else c
        rules.append(("sanity.date_before_1900", d < date(1900, 1, 1), "dates before 1900"))
        if domain in BIRTH_DOMAINS:
            rules.append(("sanity.future_birth_date", d > today, "birth dates in the future"))
    if type_ in ("int", "float", "decimal") and (domain or "").startswith(MONEY_PREFIX):
        rules.append(("sanity.negative_amount", c < 0, "negative amounts"))
    return [Flag(code=f"{rule}:{col}", rule=rule, column=col, expr=cond, severity="warning", what=what)
            for rule, cond, what in rules]
