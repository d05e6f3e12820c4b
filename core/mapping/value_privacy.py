"""The one privacy gate for proposals that carry data values into the stored plan (review of h14-valmap, F1-F3, P1).

A ``map_dict`` (the value-map matcher's map, the map learned from joined rows, the letters rule's codes) writes
source values as its keys and target values as its values into the Mapping Plan; a by-example program may hold a
source or target example value as a constant. Such a proposal is kept only when the policy's masking decision (the
PII masker, the same per-column decision the Sample Pack is masked by: :func:`core.pii.decide.decide_table` in the
column's table, with its header and table name as context) stores **both** columns in clear:

* every source column: its assigned domain, if any, is not personal, and the masker clears it in its table;
* the target column: its domain is not personal, and the masker clears its example values (when it has any).

A domain alone is never enough: a personal column is sometimes given a non-personal domain, and a silent header gets
none. Without a masker the deny-by-default masker (:class:`core.pii.masker.DenyByDefaultMasker`) decides. A refused
proposal is dropped and :func:`gate` returns a note naming why, without any value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from core.mapping.side import MatchColumn, spec_of
from core.mapping.strategies import Proposal
from core.mapping.target import TargetColumn
from core.pii.masker import DenyByDefaultMasker
from core.pii.ports import PiiMasker
from core.vocab.models import DomainCatalog
from dsl.models import Pipeline

#: sample rows of a table read for the decision (as :data:`core.pii.table_context.CONTEXT_ROWS`)
DECIDE_ROWS = 200
#: step fields that name columns or ops, never values
_NAMES = frozenset({"op", "input", "inputs", "output", "outputs", "to", "on_missing", "side", "mode", "fn", "nulls"})


def _norm(v: str) -> str:
    return " ".join(v.split()).casefold()


def _leaves(x: Any, key: str = "", top: bool = True) -> Iterable[str]:
    """The strings of a step: its constants, and the keys and values of a map (not its field names)."""
    if isinstance(x, str):
        if key not in _NAMES:
            yield x
    elif isinstance(x, Mapping):
        for k, v in x.items():
            if not top and isinstance(k, str):
                yield k
            yield from _leaves(v, str(k), False)
    elif isinstance(x, (list, tuple)):
        for v in x:
            yield from _leaves(v, key, False)


def carries_values(pipe: Pipeline, values: Iterable[str]) -> bool:
    """Whether ``pipe`` stores data values: a constant (a map's key or value included) that is one of ``values``
    (the source's sample and the target's example values, as the proposals read them) or holds one of 4+
    characters. A fixed map (month names of a date parse) carries none."""
    steps = [s.model_dump(mode="json") for s in pipe.steps]
    known = {n for v in values if v and (n := _norm(v))}
    if not known:
        return False
    long = [k for k in known if len(k) >= 4]
    for leaf in (_norm(x) for s in steps for x in _leaves(s)):
        if leaf and (leaf in known or any(k in leaf for k in long)):
            return True
    return False


class ClearColumns:
    """The masker's per-column decisions (stored in clear or not), computed once per table and per target column."""

    def __init__(self, masker: PiiMasker | None, sources: Mapping[str, MatchColumn],
                 catalog: DomainCatalog | None) -> None:
        """``sources``: every source column by name (raw values, in memory only)."""
        self.masker: PiiMasker = masker if masker is not None else DenyByDefaultMasker()
        self.sources = sources
        self.catalog = catalog
        self._tables: dict[str, frozenset[str]] = {}
        self._targets: dict[str, bool] = {}

    def _pii(self, domain: str | None) -> bool:
        spec = spec_of(self.catalog, domain)
        return bool(spec and spec.pii) or bool(domain and domain.startswith("person."))

    def _table(self, table: str) -> frozenset[str]:
        if table not in self._tables:
            mine = [n for n, c in self.sources.items() if c.table == table]
            n = min(DECIDE_ROWS, max((len(self.sources[c].values or []) for c in mine), default=0))
            rows = [{c: _at(self.sources[c].values, i) for c in mine} for i in range(n)]
            res = self.masker.mask_rows(mine, rows, headers={c: self.sources[c].original_name for c in mine},
                                        table=table)
            masked = {m.column for m in res.masking} | {d.column for d in res.decisions
                                                        if not getattr(d, "clear", True)}
            self._tables[table] = frozenset(c for c in mine if c not in masked and rows)
        return self._tables[table]

    def source(self, col: MatchColumn) -> bool:
        """Whether the source column is stored in clear (module docstring)."""
        return not self._pii(col.domain) and col.name in self._table(col.table)

    def target(self, target: TargetColumn, examples: Sequence[str]) -> bool:
        """Whether the target column's values may be stored in clear (module docstring)."""
        if self._pii(target.domain):
            return False
        if target.name not in self._targets:
            vals = [v for v in examples if v is not None][:DECIDE_ROWS]
            ok = True
            if vals:
                res = self.masker.mask_rows([target.name], [{target.name: v} for v in vals],
                                            headers={target.name: target.original_name}, table="target")
                ok = not res.masking and all(getattr(d, "clear", True) for d in res.decisions)
            self._targets[target.name] = ok
        return self._targets[target.name]


def gate(target: TargetColumn, cols: Sequence[MatchColumn], props: list[Proposal], clear: ClearColumns,
         examples: Sequence[tuple[list[str | None], str | None]] = (),
         target_examples: Sequence[str] = (), *, every_column: bool = False) -> tuple[list[Proposal], list[str]]:
    """``props`` without the ones that would store values of a column the masker does not clear (module docstring),
    and a note per refused strategy (no values).

    ``every_column`` (a model's proposals: a model's constant may come from anywhere): a pipeline's constants are
    also checked against the values of every other source column (``clear.sources``), and a pipeline carrying a
    value of one is kept only when that column is cleared too."""
    outs = [o for _, o in examples if o is not None] + list(target_examples)
    values = [v for c in cols for v in c.values or []] + [x for ins, _ in examples for x in ins if x] + outs
    offered = {c.name for c in cols}
    others = [c for n, c in clear.sources.items() if n not in offered and c.values] if every_column else []
    kept: list[Proposal] = []
    notes: list[str] = []
    verdict: bool | None = None

    def allowed(pipe: Pipeline) -> bool:
        nonlocal verdict
        if carries_values(pipe, values):
            if verdict is None:
                verdict = all(clear.source(c) for c in cols) and clear.target(target, outs)
            if not verdict:
                return False
        return all(clear.source(c) and clear.target(target, outs) for c in others
                   if carries_values(pipe, c.values or []))

    for p in props:
        pipes = [q for q in [p.pipeline, *p.fallbacks] if q is not None]
        ok = [allowed(q) for q in pipes]
        if all(ok):
            kept.append(p)
            continue
        rest = [q for q, c in zip(pipes, ok, strict=True) if c]
        if rest and p.pipeline is not None:
            kept.append(p.model_copy(update={"pipeline": rest[0], "fallbacks": rest[1:]}))
        notes.append(f"a {p.strategy} proposal was not stored: it would write values of a column the PII policy "
                     f"masks ({', '.join(c.name for c in cols)} -> {target.name})")
    return kept, notes


def _at(values: list[str] | None, i: int) -> str | None:
    return values[i] if values is not None and i < len(values) else None
