"""SQL of the ELT strategy (§14): the plan compiled to one statement that runs inside the target.

:func:`work_query` builds, as a sqlglot tree for the target's dialect, the SELECT that does in
the database what :class:`core.migration.engine.Prepared` does in Polars: conform the source
columns to the plan's input types, compute every target column with the compiled DSL, convert
to the target types, flag the rows that break a constraint (the same reason codes as
:mod:`core.migration.constraints`, as a comma-joined text column; empty = valid) and assign a
deterministic chunk by a hash of the typed key. Anything that cannot be expressed exactly for
the dialect raises :class:`EltUnsupported`, and the caller falls back to ETL with that reason.
"""

from __future__ import annotations

from sqlglot import exp

from core.migration.models import MigrationSpec, TargetColumn
from dsl.compile_sql import compile_pipeline
from dsl.errors import DSLError
from dsl.mysql_bytes import binary, matches
from dsl.validate import validate_pipeline

ELT_DIALECTS = ("duckdb", "postgres", "sqlite", "mysql")
#: SQLite has no hash function: an ELT target on SQLite registers this one (text -> unsigned 32-bit int, so
#: that a SUM over any table fits SQLite's 64-bit integers; see adapters/targets/elt_target.py)
SQLITE_HASH = "mw_hash32"
#: Unicode White_Space, what Polars' ``strip_chars()`` removes (SQLite's one-argument trim removes spaces only)
UNICODE_WS = "\t\n\x0b\x0c\r \x85\xa0\u1680" + "".join(chr(c) for c in range(0x2000, 0x200B)) + \
    "\u2028\u2029\u202f\u205f\u3000"
REASONS_COL = "_mw_reasons"
CHUNK_COL = "_mw_chunk"
NULL_MARK = "\x1f<null>\x1f"
SQL_TYPES = {"string": "TEXT", "int": "BIGINT", "float": "DOUBLE", "decimal": "DECIMAL(38, 6)", "date": "DATE",
             "datetime": "TIMESTAMP", "bool": "BOOLEAN"}
INT_RE = "[+-]?[0-9]{1,18}"
FLOAT_RE = "[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?"


class EltUnsupported(Exception):
    """Something in the plan has no exact SQL form for the dialect (the reason for ETL)."""


def col(name: str, table: str | None = None) -> exp.Expr:
    """A quoted column reference."""
    return exp.column(exp.to_identifier(name, quoted=True),
                      table=exp.to_identifier(table, quoted=True) if table else None)


def table_ref(name: str) -> exp.Table:
    """``schema.table`` or ``table`` as a quoted table reference."""
    parts = name.split(".")
    return exp.Table(this=exp.to_identifier(parts[-1], quoted=True),
                     db=exp.to_identifier(parts[-2], quoted=True) if len(parts) > 1 else None)


def _cast(e: exp.Expr, kind: str) -> exp.Expr:
    return exp.Cast(this=e, to=exp.DataType.build(SQL_TYPES[kind]))


def _full_match(e: exp.Expr, pattern: str, dialect: str = "") -> exp.Expr:
    if dialect == "mysql":  # MariaDB has no REGEXP_LIKE; bytes, so the collation cannot fold case
        return matches(e, f"^(?:{pattern})$")
    return exp.RegexpLike(this=e, expression=exp.Literal.string(f"^(?:{pattern})$"))


def _int_shape(e: exp.Expr, dialect: str) -> exp.Expr:
    """``e`` is ``INT_RE`` text; SQLite, without regex: an optional sign, then 1 to 18 digits (GLOB)."""
    if dialect != "sqlite":
        return _full_match(e, INT_RE, dialect)
    signed = exp.In(this=exp.Substring(this=e, start=exp.Literal.number(1), length=exp.Literal.number(1)),
                    expressions=[exp.Literal.string("+"), exp.Literal.string("-")])
    digits = exp.Case(ifs=[exp.If(this=signed, true=exp.Substring(this=e.copy(), start=exp.Literal.number(2)))],
                      default=e.copy())
    return exp.and_(exp.Between(this=exp.Length(this=digits), low=exp.Literal.number(1), high=exp.Literal.number(18)),
                    exp.Not(this=exp.Glob(this=digits.copy(), expression=exp.Literal.string("*[^0-9]*"))))


def _when(cond: exp.Expr, then: exp.Expr) -> exp.Expr:
    return exp.Case(ifs=[exp.If(this=cond, true=then)])


def _round6(e: exp.Expr, dialect: str) -> exp.Expr:
    """A double rounded to 6 places as DECIMAL(38, 6) (PostgreSQL rounds numerics only)."""
    if dialect == "postgres":
        return _cast(exp.Round(this=exp.Cast(this=e, to=exp.DataType.build("NUMERIC")),
                               decimals=exp.Literal.number(6)), "decimal")
    return _cast(exp.Round(this=e, decimals=exp.Literal.number(6)), "decimal")


def safe_cast(e: exp.Expr, src: str, dst: str, dialect: str) -> exp.Expr:
    """Non-strict conversion (a value that does not convert becomes NULL), as Polars' ``strict=False``."""
    if src == dst:
        return e
    if dst == "string" and src in ("string", "int"):
        return _cast(e, "string")
    if src == "string" and dst == "int":
        return _when(_int_shape(e, dialect), _cast(e, "int"))
    if dialect == "sqlite" and (dst in ("float", "decimal", "bool") or src == "float"):
        raise EltUnsupported(f"no exact sqlite conversion from {src} to {dst} (no regex, no exact rounding)")
    if dialect == "mysql" and not (src == "int" and dst == "float"):
        raise EltUnsupported(f"no exact mysql conversion from {src} to {dst} (verified: text and integers)")
    if src == "string" and dst in ("float", "decimal"):
        num = _when(_full_match(e, FLOAT_RE), _cast(e, "float"))
        return num if dst == "float" else _round6(num, dialect)
    if src == "int" and dst in ("float", "decimal"):
        return _cast(e, dst)
    if src == "float" and dst == "decimal":
        return _round6(e, dialect)
    if src == "string" and dst == "bool":
        low = exp.Lower(this=exp.Trim(this=e))
        vals = [[exp.Literal.string(v) for v in ("t", "true", "1")],
                [exp.Literal.string(v) for v in ("f", "false", "0")]]
        return exp.Case(ifs=[exp.If(this=exp.In(this=low, expressions=vals[0]), true=exp.true()),
                             exp.If(this=exp.In(this=low.copy(), expressions=vals[1]), true=exp.false())])
    if src == "string" and dst == "date" and dialect == "duckdb":
        head = exp.Substring(this=exp.Trim(this=e), start=exp.Literal.number(1), length=exp.Literal.number(10))
        return exp.TryCast(this=head, to=exp.DataType.build("DATE"))
    raise EltUnsupported(f"no exact {dialect} conversion from {src} to {dst}")


def _naive(e: exp.Expr, kind: str, dialect: str) -> exp.Expr:
    """A source datetime as a naive ``TIMESTAMP``: a zoned one (PostgreSQL ``timestamptz``, DuckDB ``TIMESTAMPTZ``)
    becomes its UTC instant (the ELT target's sessions run in UTC), a naive one stays as it is. Without it the work
    table kept the zoned type, whose text form (``... 05:30:00+05:30``, the checksum's row string) never equals the
    staged ``timestamp``'s, and the staging insert cast it in the session's zone."""
    if kind != "datetime" or dialect not in ("postgres", "duckdb"):
        return e
    return exp.Cast(this=e, to=exp.DataType.build("TIMESTAMP"))


def _text(e: exp.Expr) -> exp.Expr:
    return exp.Coalesce(this=_cast(e, "string"), expressions=[exp.Literal.string(NULL_MARK)])


def row_string(columns: list[exp.Expr]) -> exp.Expr:
    """The columns as one text value (NULL as a marker, 0x1E between columns)."""
    out = _text(columns[0])
    for c in columns[1:]:
        out = exp.DPipe(this=exp.DPipe(this=out, expression=exp.Literal.string("\x1e")), expression=_text(c))
    return out


def hash64(e: exp.Expr, dialect: str) -> exp.Expr:
    """A 64-bit hash of a text value in the dialect (DuckDB ``hash``, PostgreSQL ``hashtextextended``)."""
    if dialect == "duckdb":
        return exp.Anonymous(this="hash", expressions=[e])
    if dialect == "sqlite":
        return exp.Anonymous(this=SQLITE_HASH, expressions=[e])
    if dialect == "mysql":  # MariaDB: the first 60 bits of MD5 as an unsigned integer (its SUM is a DECIMAL)
        head = exp.Anonymous(this="SUBSTRING", expressions=[exp.Anonymous(this="MD5", expressions=[e]),
                                                             exp.Literal.number(1), exp.Literal.number(15)])
        conv = exp.Anonymous(this="CONV", expressions=[head, exp.Literal.number(16), exp.Literal.number(10)])
        return exp.Cast(this=conv, to=exp.DataType.build("BIGINT UNSIGNED", dialect="mysql"))
    return exp.Anonymous(this="hashtextextended", expressions=[e, exp.Literal.number(0x6D617077)])


def chunk_expr(key: list[exp.Expr], n_chunks: int, dialect: str) -> exp.Expr:
    """Chunk id of a row: hash of the typed key modulo ``n_chunks`` (non-negative)."""
    h = hash64(row_string(key), dialect)
    return _cast(exp.Abs(this=exp.Mod(this=h, expression=exp.Literal.number(n_chunks))), "int")


def checksum_query(table: str, columns: list[str], dialect: str, where: exp.Expr | None = None) -> exp.Select:
    """``count, sum of 64-bit row hashes`` over ``columns`` of ``table`` (order-independent)."""
    h = hash64(row_string([col(c) for c in columns]), dialect)
    total = exp.Coalesce(this=exp.Sum(this=_cast(h, "decimal") if dialect == "postgres" else h),
                         expressions=[exp.Literal.number(0)])
    q = exp.select(exp.Count(this=exp.Star()), _cast(total, "string")).from_(table_ref(table))
    return q.where(where) if where is not None else q


def _present(e: exp.Expr, dialect: str) -> exp.Expr:
    text = _cast(e.copy(), "string")
    if dialect == "mysql":  # a character outside Unicode White_Space (comparison with '' would ignore spaces)
        ws = "[" + "".join(f"\\x{{{ord(c):x}}}" for c in UNICODE_WS) + "]"
        rest = exp.Anonymous(this="REGEXP_REPLACE", expressions=[text, exp.Literal.string(ws),
                                                                 exp.Literal.string("")])
        return exp.and_(exp.Not(this=exp.Is(this=e, expression=exp.Null())),
                        exp.GT(this=exp.Length(this=rest), expression=exp.Literal.number(0)))
    trimmed = exp.Anonymous(this="trim", expressions=[text, exp.Literal.string(UNICODE_WS)]) \
        if dialect == "sqlite" else exp.Trim(this=text)
    return exp.and_(exp.Not(this=exp.Is(this=e, expression=exp.Null())),
                    exp.NEQ(this=trimmed, expression=exp.Literal.string("")))


def _is_null(e: exp.Expr) -> exp.Expr:
    return exp.Is(this=e.copy(), expression=exp.Null())


def _checks(c: TargetColumn, typed: exp.Expr, raw: exp.Expr, raw_kind: str,
            sources: set[str], dialect: str) -> list[tuple[str, exp.Expr]]:
    name = c.name
    not_null = exp.Not(this=_is_null(raw))
    out: list[tuple[str, exp.Expr]] = [(f"TYPE:{name}", exp.and_(not_null, _is_null(typed)))]
    if not c.nullable:
        out.append((f"NOT_NULL:{name}", _is_null(raw)))
    srcs = [s for s in c.sources if s in sources]
    if srcs:
        present = [_present(col(f"__src_{s}"), dialect) for s in srcs]
        out.append((f"TRANSFORM_NULL:{name}", exp.and_(*present, _is_null(raw))))
    if c.max_length is not None or c.allowed_values is not None or c.regex is not None:
        if raw_kind not in ("string", "int"):
            raise EltUnsupported(f"text constraints on a {raw_kind} column ({name}) differ between Polars and SQL")
        text = _cast(raw.copy(), "string")
        if c.max_length is not None:
            out.append((f"MAX_LENGTH:{name}", exp.GT(this=exp.Length(this=text), expression=exp.Literal.number(
                c.max_length))))
        if c.allowed_values is not None:
            vals: list[exp.Expr] = [exp.Literal.string(v) for v in c.allowed_values]
            subject = text.copy()
            if dialect == "mysql":  # byte comparison: the collation would fold case, accents, trailing spaces
                subject, vals = binary(subject), [binary(v) for v in vals]
            out.append((f"ALLOWED_VALUES:{name}", exp.and_(not_null.copy(), exp.Not(this=exp.In(
                this=subject, expressions=vals)))))
        if c.regex is not None:
            if dialect != "duckdb":
                raise EltUnsupported(f"the regex constraint of {name} (Rust regex) has no exact {dialect} form")
            out.append((f"REGEX:{name}", exp.and_(not_null.copy(), exp.Not(this=_full_match(text.copy(), c.regex)))))
    return out


def _join_reasons(reasons: list[exp.Expr], dialect: str) -> exp.Expr:
    """The non-NULL reason codes joined by commas (``concat_ws``; SQLite before 3.44 has none)."""
    if dialect != "sqlite":
        return exp.Anonymous(this="concat_ws", expressions=[exp.Literal.string(","), *reasons])
    parts: exp.Expr = exp.Literal.string("")
    for r in reasons:
        item = exp.Coalesce(this=exp.DPipe(this=r, expression=exp.Literal.string(",")),
                            expressions=[exp.Literal.string("")])
        parts = exp.DPipe(this=parts, expression=item)
    return exp.Anonymous(this="rtrim", expressions=[parts, exp.Literal.string(",")])


def work_query(spec: MigrationSpec, source: str, source_kinds: dict[str, str], n_chunks: int,
               dialect: str) -> exp.Select:
    """SELECT of typed target columns, reasons, chunk id and raw source columns (``__src_<name>``).

    ``source`` is the source table (``schema.table`` or ``table``) in the target database and
    ``source_kinds`` the logical type of each of its columns. Raises EltUnsupported.
    """
    if dialect not in ELT_DIALECTS:
        raise EltUnsupported(f"ELT is verified on {list(ELT_DIALECTS)}, not {dialect}")
    missing = [c for c in spec.source_columns if c not in source_kinds]
    if missing:
        raise EltUnsupported(f"source columns {missing} are not in the source table")
    conform = []
    for name in spec.source_columns:
        want = spec.input_types.get(name, source_kinds[name])
        conform.append(safe_cast(_naive(col(name), source_kinds[name], dialect), source_kinds[name], want,
                                 dialect).as_(name, quoted=True))
    conform += [col(name).as_(f"__src_{name}", quoted=True) for name in spec.source_columns]
    src = exp.select(*conform).from_(table_ref(source))
    raw: dict[str, exp.Expr] = {}
    kinds: dict[str, str] = {}
    for cp in spec.pipelines:
        types = {c: spec.input_types.get(c, source_kinds[c]) for c in cp.pipeline.inputs}
        try:
            exprs = compile_pipeline(cp.pipeline, dialect, types)
            out_types = validate_pipeline(cp.pipeline, types)
        except DSLError as exc:
            raise EltUnsupported(f"the plan does not compile for {dialect}: {exc}") from None
        for out, target in cp.outputs.items():
            raw[target], kinds[target] = exprs[out], out_types[out]
    step1 = [(raw[c.name] if c.name in raw else exp.Null()).as_(f"__raw_{c.name}", quoted=True) for c in spec.columns]
    step1 += [col(f"__src_{s}") for s in spec.source_columns]
    t1 = exp.select(*step1).from_(src.subquery("_mw_src"))
    typed: list[exp.Expr] = []
    reasons: list[exp.Expr] = []
    for c in spec.columns:
        kind = kinds.get(c.name, "string")
        r = col(f"__raw_{c.name}")
        t = safe_cast(r, kind, c.type, dialect) if c.name in raw else exp.Cast(
            this=exp.Null(), to=exp.DataType.build(SQL_TYPES[c.type]))
        if dialect == "mysql" and c.type == "datetime":  # as staged and final (DATETIME(6)): one text form to hash
            t = exp.Cast(this=t, to=exp.DataType.build("DATETIME(6)", dialect="mysql"))
        typed.append(t.as_(c.name, quoted=True))
        for code, cond in _checks(c, col(c.name), r.copy(), kind, set(spec.source_columns), dialect):
            reasons.append(_when(cond, exp.Literal.string(code)))
    t2 = exp.select(*typed, *[col(f"__raw_{c.name}") for c in spec.columns],
                    *[col(f"__src_{s}") for s in spec.source_columns]).from_(t1.subquery("_mw_out"))
    key_null = exp.or_(*[_is_null(col(f"__raw_{k}")) for k in spec.key])
    reasons.append(_when(key_null, exp.Literal.string("KEY_NULL")))
    by = [binary(col(k)) if dialect == "mysql" else col(k) for k in spec.key]  # MariaDB: keys equal as bytes
    dups = exp.Window(this=exp.Count(this=exp.Star()), partition_by=by)
    reasons.append(_when(exp.and_(exp.GT(this=dups, expression=exp.Literal.number(1)), exp.Not(this=key_null.copy())),
                         exp.Literal.string("DUP_KEY")))
    final = [col(c.name) for c in spec.columns]
    final.append(_join_reasons(reasons, dialect).as_(REASONS_COL, quoted=True))
    final.append(chunk_expr([col(k) for k in spec.key], n_chunks, dialect).as_(CHUNK_COL, quoted=True))
    final += [col(f"__src_{s}") for s in spec.source_columns]
    return exp.select(*final).from_(t2.subquery("_mw_typed"))
