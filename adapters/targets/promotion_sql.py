"""sqlglot statements of an incremental promotion (merge, append) and of its rollback.

Set-based and change-aware: the staged rows are joined to the final table on the key once, and
only rows whose key is new or whose values differ (``IS DISTINCT FROM``, null-safe) reach the
upsert, so unchanged rows are neither written nor locked. The previous version kept for rollback
is a delta, not a copy of the table: the before-image of every row the promotion updates
(``_mw_op = 'U'``) and the key of every row it inserts (``_mw_op = 'I'``).
"""

from __future__ import annotations

from sqlglot import exp

OP_COL = "_mw_op"


def ident(name: str) -> exp.Identifier:
    """A quoted identifier."""
    return exp.Identifier(this=name, quoted=True)


def table(name: str, alias: str | None = None) -> exp.Expression:
    """A quoted table reference, optionally aliased."""
    t = exp.Table(this=ident(name))
    return exp.alias_(t, alias, table=True) if alias else t


def _col(name: str, tbl: str) -> exp.Column:
    return exp.column(ident(name), table=exp.to_identifier(tbl))


def _key_join(key: list[str], a: str, b: str) -> exp.Expression:
    return exp.and_(*[exp.EQ(this=_col(k, a), expression=_col(k, b)) for k in key])


def _differs(values: list[str], a: str, b: str) -> exp.Expression:
    if not values:
        return exp.false()
    return exp.or_(*[exp.NullSafeNEQ(this=_col(c, a), expression=_col(c, b)) for c in values])


def delta_statements(final: str, stage: str, prev: str, cols: list[str], key: list[str],
                     *, merge: bool) -> list[exp.Expression]:
    """Create ``prev`` as the rollback delta of promoting ``stage`` into ``final`` (run BEFORE the write)."""
    values = [c for c in cols if c not in key]
    changed = _differs(values, "f", "s") if merge else exp.false()
    before = exp.select(*[_col(c, "f") for c in cols], exp.alias_(exp.Literal.string("U"), OP_COL, quoted=True)) \
        .from_(table(final, "f")).join(table(stage, "s"), on=_key_join(key, "f", "s")).where(changed)
    new_keys = exp.select(*[_col(k, "s") for k in key], exp.Literal.string("I")).from_(table(stage, "s")).join(
        table(final, "f"), on=_key_join(key, "s", "f"), join_type="left").where(exp.Is(
            this=_col(key[0], "f"), expression=exp.null()))
    return [exp.Create(this=table(prev), kind="TABLE", expression=before),
            exp.insert(new_keys, table(prev), columns=[ident(c) for c in [*key, OP_COL]])]


def merge_statement(final: str, stage: str, cols: list[str], key: list[str]) -> exp.Expression:
    """Upsert of the new and changed staged rows only (``ON CONFLICT ... DO UPDATE ... WHERE IS DISTINCT FROM``)."""
    values = [c for c in cols if c not in key]
    new_or_changed = exp.or_(exp.Is(this=_col(key[0], "f"), expression=exp.null()), _differs(values, "s", "f"))
    sel = exp.select(*[_col(c, "s") for c in cols]).from_(table(stage, "s")).join(
        table(final, "f"), on=_key_join(key, "s", "f"), join_type="left").where(new_or_changed)
    ins = exp.insert(sel, table(final), columns=[ident(c) for c in cols])
    excluded = [exp.column(ident(c), table=exp.to_identifier("excluded")) for c in values]
    target = [exp.column(ident(c), table=ident(final)) for c in values]
    ins.set("conflict", exp.OnConflict(
        conflict_keys=[ident(k) for k in key], action=exp.var("DO UPDATE") if values else exp.var("DO NOTHING"),
        expressions=[exp.EQ(this=exp.column(ident(c)), expression=e) for c, e in zip(values, excluded, strict=True)],
        where=exp.Where(this=exp.or_(*[exp.NullSafeNEQ(this=a, expression=b)
                                       for a, b in zip(target, excluded, strict=True)])) if values else None))
    return ins


def append_statement(final: str, stage: str, cols: list[str]) -> exp.Expression:
    """Every staged row into ``final`` (a key already present is a constraint error: nothing promoted)."""
    return exp.insert(exp.select(*[exp.column(ident(c)) for c in cols]).from_(table(stage)), table(final),
                      columns=[ident(c) for c in cols])


def rollback_statements(final: str, prev: str, aside: str, cols: list[str], key: list[str]) -> list[exp.Expression]:
    """Undo a delta promotion: keep the touched rows in ``aside``, delete them, restore the before-images."""
    touched = exp.Exists(this=exp.select(exp.Literal.number(1)).from_(table(prev, "p")).where(
        _key_join(key, "p", "f")))
    keep = exp.select(*[_col(c, "f") for c in cols]).from_(table(final, "f")).where(touched)
    delete = exp.Delete(this=table(final, "f"), where=exp.Where(this=touched.copy()))
    restore = exp.insert(exp.select(*[exp.column(ident(c)) for c in cols]).from_(table(prev)).where(
        exp.EQ(this=exp.column(ident(OP_COL)), expression=exp.Literal.string("U"))), table(final),
        columns=[ident(c) for c in cols])
    return [exp.Create(this=table(aside), kind="TABLE", expression=keep), delete, restore]
