"""sqlglot statements of an incremental promotion (merge, append) and of its rollback.

Set-based and change-aware: the staged rows are joined to the final table on the key once, and
only rows whose key is new or whose values differ (``IS DISTINCT FROM``, null-safe) reach the
upsert, so unchanged rows are neither written nor locked (``ON CONFLICT DO UPDATE`` alone would
lock every conflicting row, changed or not). The previous version kept for rollback
is a delta, not a copy of the table: the before-image of every row the promotion updates
(``_mw_op = 'U'``) and the key of every row it inserts (``_mw_op = 'I'``). The bookkeeping columns
(``_mw_op``, the before-images ``_mw_o<i>``) get a suffix when a target column already has the name
(:func:`op_col`, :func:`before_col`), so any column name promotes.
"""

from __future__ import annotations

from sqlglot import exp

OP_COL = "_mw_op"


def _unused(name: str, taken: set[str]) -> str:
    """``name``, or ``name`` with the first ``_<n>`` suffix no column in ``taken`` has (compared case-blind:
    PostgreSQL and MariaDB fold or compare some names without case)."""
    folded = {t.lower() for t in taken}
    candidate, n = name, 0
    while candidate.lower() in folded:
        n += 1
        candidate = f"{name}_{n}"
    return candidate


def op_col(cols: list[str]) -> str:
    """The column of the rollback delta saying ``I`` or ``U`` (:data:`OP_COL` unless a target column has that name)."""
    return _unused(OP_COL, set(cols))


def ident(name: str) -> exp.Identifier:
    """A quoted identifier."""
    return exp.Identifier(this=name, quoted=True)


def table(name: str) -> exp.Table:
    """A quoted table reference."""
    return exp.Table(this=ident(name))


def aliased(name: str, alias: str) -> exp.Expr:
    """A quoted table reference with an alias."""
    return exp.alias_(table(name), alias, table=True)


def _col(name: str, tbl: str) -> exp.Column:
    return exp.column(ident(name), table=exp.to_identifier(tbl))


def _key_join(key: list[str], a: str, b: str) -> exp.Condition:
    return exp.and_(*[exp.EQ(this=_col(k, a), expression=_col(k, b)) for k in key])


def _differs(values: list[str], a: str, b: str) -> exp.Condition:
    if not values:
        return exp.false()
    return exp.or_(*[exp.NullSafeNEQ(this=_col(c, a), expression=_col(c, b)) for c in values])


def before_col(i: int, cols: list[str]) -> str:
    """The column of ``<prev>__chg`` holding the final table's ``i``-th column before the promotion (positional:
    a prefixed name could pass the identifier length limit), named apart from ``cols`` and the op column."""
    return _unused(f"_mw_o{i}", {*cols, op_col(cols)} | {f"_mw_o{j}" for j in range(len(cols)) if j != i})


def incremental_statements(final: str, stage: str, prev: str, cols: list[str], key: list[str],
                           *, merge: bool) -> list[exp.Expression]:
    """Promote ``stage`` into ``final`` by merge (upsert) or append, keeping the rollback delta in ``prev``.

    Merge joins staging to final ONCE into ``<prev>__chg`` (new or changed rows, ``_mw_op`` I/U, and each
    changed row's before-image in ``_mw_o<i>`` columns: the final table is read by that one join only);
    the before-images, the inserted keys and the upsert then read that small table.
    """
    values = [c for c in cols if c not in key]
    op_name = op_col(cols)
    op = exp.alias_(exp.Literal.string("U"), op_name, quoted=True)
    if not merge:
        return [exp.Create(this=table(prev), kind="TABLE", expression=exp.select(
                    *[_col(c, "f") for c in cols], op).from_(aliased(final, "f")).where(exp.false())),
                exp.insert(exp.select(*[exp.column(ident(k)) for k in key], exp.Literal.string("I")).from_(
                    table(stage)), table(prev), columns=[ident(c) for c in [*key, op_name]]),
                append_statement(final, stage, cols)]
    chg = f"{prev}__chg"
    is_new = exp.Is(this=_col(key[0], "f"), expression=exp.null())
    kind = exp.alias_(exp.If(this=is_new, true=exp.Literal.string("I"), false=exp.Literal.string("U")), op_name,
                      quoted=True)
    olds = [exp.alias_(_col(c, "f"), before_col(i, cols), quoted=True) for i, c in enumerate(cols)]
    changes = exp.select(*[_col(c, "s") for c in cols], kind, *olds).from_(aliased(stage, "s")).join(
        aliased(final, "f"), on=_key_join(key, "s", "f"), join_type="left").where(
        exp.or_(is_new, _differs(values, "s", "f")))
    updated = exp.EQ(this=_col(op_name, "c"), expression=exp.Literal.string("U"))
    before = exp.select(*[exp.alias_(_col(before_col(i, cols), "c"), c, quoted=True) for i, c in enumerate(cols)],
                        op).from_(aliased(chg, "c")).where(updated)
    inserted = exp.select(*[exp.column(ident(k)) for k in key], exp.column(ident(op_name))).from_(table(chg)).where(
        exp.EQ(this=exp.column(ident(op_name)), expression=exp.Literal.string("I")))
    upsert = exp.insert(exp.select(*[exp.column(ident(c)) for c in cols]).from_(table(chg)).where(exp.true()),
                        table(final), columns=[ident(c) for c in cols])
    excluded = [exp.column(ident(c), table=exp.to_identifier("excluded")) for c in values]
    target = [exp.column(ident(c), table=ident(final)) for c in values]
    upsert.set("conflict", exp.OnConflict(
        conflict_keys=[ident(k) for k in key], action=exp.var("DO UPDATE") if values else exp.var("DO NOTHING"),
        expressions=[exp.EQ(this=exp.column(ident(c)), expression=e) for c, e in zip(values, excluded, strict=True)],
        where=exp.Where(this=exp.or_(*[exp.NullSafeNEQ(this=a, expression=b)
                                       for a, b in zip(target, excluded, strict=True)])) if values else None))
    return [exp.Drop(tables=[table(chg)], kind="TABLE", exists=True),
            exp.Create(this=table(chg), kind="TABLE", expression=changes),
            exp.Create(this=table(prev), kind="TABLE", expression=before),
            exp.insert(inserted, table(prev), columns=[ident(c) for c in [*key, op_name]]),
            upsert,
            exp.Drop(tables=[table(chg)], kind="TABLE", exists=True)]


def append_statement(final: str, stage: str, cols: list[str]) -> exp.Expression:
    """Every staged row into ``final`` (a key already present is a constraint error: nothing promoted)."""
    return exp.insert(exp.select(*[exp.column(ident(c)) for c in cols]).from_(table(stage)), table(final),
                      columns=[ident(c) for c in cols])


def rollback_statements(final: str, prev: str, aside: str, cols: list[str], key: list[str]) -> list[exp.Expression]:
    """Undo a delta promotion: keep the touched rows in ``aside``, delete them, restore the before-images."""
    touched = exp.Exists(this=exp.select(exp.Literal.number(1)).from_(aliased(prev, "p")).where(
        _key_join(key, "p", "f")))
    keep = exp.select(*[_col(c, "f") for c in cols]).from_(aliased(final, "f")).where(touched)
    delete = exp.Delete(this=aliased(final, "f"), where=exp.Where(this=touched.copy()))
    restore = exp.insert(exp.select(*[exp.column(ident(c)) for c in cols]).from_(table(prev)).where(
        exp.EQ(this=exp.column(ident(op_col(cols))), expression=exp.Literal.string("U"))), table(final),
        columns=[ident(c) for c in cols])
    return [exp.Create(this=table(aside), kind="TABLE", expression=keep), delete, restore]
