"""Row-level validation of transformed rows against the target's constraints (§14, §37).

Every failing row gets reason codes (never silently dropped): ``TYPE:<col>`` (the value does
not convert to the target type), ``NOT_NULL:<col>``, ``TRANSFORM_NULL:<col>`` (every source of
the column had a value but the transform produced none), ``MAX_LENGTH:<col>``,
``ALLOWED_VALUES:<col>``, ``REGEX:<col>``, ``KEY_NULL`` (row-local, per source batch) and ``DUP_KEY``
(every row of a duplicated key, per chunk: the engine does not guess which one is right).
"""

from __future__ import annotations

import polars as pl

from core.migration.models import MigrationSpec, TargetColumn

REASONS = "_mw_reasons"

POLARS_TYPES: dict[str, pl.DataType] = {
    "string": pl.String(), "int": pl.Int64(), "float": pl.Float64(), "decimal": pl.Decimal(38, 6),
    "date": pl.Date(), "datetime": pl.Datetime("us"), "bool": pl.Boolean(),
}


def cast_expr(e: pl.Expr, source: pl.DataType, type_: str) -> pl.Expr:
    """Non-strict conversion of ``e`` (of Polars type ``source``) to the target type ``type_``."""
    if source == pl.String() and type_ == "date":
        return e.str.strip_chars().str.slice(0, 10).str.to_date("%Y-%m-%d", strict=False)
    if source == pl.String() and type_ == "datetime":
        return e.str.strip_chars().str.replace("T", " ").str.to_datetime(strict=False, time_unit="us")
    if source == pl.String() and type_ == "bool":
        low = e.str.strip_chars().str.to_lowercase()
        return pl.when(low.is_in(["t", "true", "1"])).then(True).when(low.is_in(["f", "false", "0"])).then(False)
    if type_ == "decimal":
        return e.cast(pl.Float64, strict=False).round(6).cast(POLARS_TYPES["decimal"], strict=False)
    return e.cast(POLARS_TYPES[type_], strict=False)


def to_target_type(col: TargetColumn, source: pl.DataType) -> pl.Expr:
    """Non-strict conversion of a transformed column to its target Polars type."""
    return cast_expr(pl.col(col.name), source, col.type)


def _present(name: str) -> pl.Expr:
    e = pl.col(name)
    return e.is_not_null() & (e.cast(pl.String).str.strip_chars() != "")


def _checks(col: TargetColumn, typed: pl.Expr, raw: pl.Expr, source_cols: set[str]) -> list[tuple[str, pl.Expr]]:
    name = col.name
    out: list[tuple[str, pl.Expr]] = [(f"TYPE:{name}", raw.is_not_null() & typed.is_null())]
    if not col.nullable:
        out.append((f"NOT_NULL:{name}", raw.is_null()))
    srcs = [s for s in col.sources if s in source_cols]
    if srcs:
        all_present = pl.all_horizontal([_present(f"__src_{s}") for s in srcs])
        out.append((f"TRANSFORM_NULL:{name}", all_present & raw.is_null()))
    if col.max_length is not None:
        out.append((f"MAX_LENGTH:{name}", raw.cast(pl.String).str.len_chars() > col.max_length))
    if col.allowed_values is not None:
        out.append((f"ALLOWED_VALUES:{name}",
                    raw.is_not_null() & ~raw.cast(pl.String).is_in(col.allowed_values)))
    if col.regex is not None:
        out.append((f"REGEX:{name}", raw.is_not_null()
                    & ~raw.cast(pl.String).str.contains(f"^(?:{col.regex})$")))
    return out


def validate_rows(out: pl.DataFrame, src: pl.DataFrame, spec: MigrationSpec) -> pl.DataFrame:
    """Transformed rows, typed to the target, with a ``_mw_reasons`` list column (empty = valid).

    ``out`` holds the pipeline outputs, ``src`` the source rows they came from (same order).
    """
    source_cols = set(src.columns)
    joined = out.with_columns([src[c].alias(f"__src_{c}") for c in src.columns])
    conds: list[pl.Expr] = []
    for col in spec.columns:
        typed = to_target_type(col, out.schema[col.name])
        for code, cond in _checks(col, typed, pl.col(col.name), source_cols):
            conds.append(pl.when(cond.fill_null(False)).then(pl.lit(code)).otherwise(None))
    key_null = pl.any_horizontal([pl.col(k).is_null() for k in spec.key])
    conds.append(pl.when(key_null).then(pl.lit("KEY_NULL")).otherwise(None))
    reasons = pl.concat_list(conds).list.drop_nulls().alias(REASONS)
    typed_cols = [to_target_type(c, out.schema[c.name]).alias(c.name) for c in spec.columns]
    return joined.select([*typed_cols, reasons, *[pl.col(f"__src_{c}") for c in src.columns]])


def flag_duplicates(rows: pl.DataFrame, spec: MigrationSpec) -> pl.DataFrame:
    """Add ``DUP_KEY`` to every row whose (typed, non-null) key occurs more than once in ``rows``.

    Run per chunk: chunks are buckets of the key hash, so every copy of a key is in the same chunk.
    """
    key_null = pl.any_horizontal([pl.col(k).is_null() for k in spec.key])
    dup = pl.struct(spec.key).is_duplicated() & ~key_null
    if not rows.select(dup.any()).item():
        return rows
    return rows.with_columns(pl.when(dup).then(pl.col(REASONS).list.concat(pl.lit(["DUP_KEY"])))
                             .otherwise(pl.col(REASONS)).alias(REASONS))


def check_exprs(spec: MigrationSpec, out_schema: pl.Schema, source_cols: set[str]) -> list[tuple[str, pl.Expr]]:
    """Every per-column row check of :func:`validate_rows` as ``(reason code, boolean expression)``.

    The expressions read the raw pipeline outputs (``out``'s columns) and ``__src_<column>`` for
    the source columns, exactly as :func:`validate_rows` does (for consumers that aggregate the
    checks instead of listing reasons per row, e.g. the Analysis profile).
    """
    out: list[tuple[str, pl.Expr]] = []
    for col in spec.columns:
        typed = to_target_type(col, out_schema[col.name])
        out.extend(_checks(col, typed, pl.col(col.name), source_cols))
    return out
