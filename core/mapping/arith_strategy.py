"""The pipeline of an arithmetic compose (:mod:`core.mapping.arith_groups`): the relation the target's example
rows showed (``amount = quantity x rate`` or ``gross = net + vat``), and only that one, checked on those rows.

:func:`shown_relations` keeps, per target column, each relation its example rows show with the rows as written.
:func:`arith_compose` reads both operands the way the atomic number strategies read a number (``regex_extract``
of the number, separators dropped, a decimal comma read as the point: :func:`core.mapping.strategies.number_steps`),
applies the relation's ``safe_math`` op, and keeps the pipeline only when it reproduces the result on every example
row that showed the relation (a pipeline computing other values is never proposed). Digits of other scripts
(Bengali ``১২``, Devanagari ``१२``) the operands' sample shows are ``translate``-d to ASCII first, as
:func:`core.mapping.features.parse_number` reads them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from core.mapping.arith_groups import NUMERIC, target_relations
from core.mapping.features import parse_number
from core.mapping.side import MatchColumn
from core.mapping.strategies import Proposal, decimal_comma, number_steps
from core.mapping.target import TargetColumn
from core.mapping.validation import on_examples
from dsl.models import Pipeline

#: the examples' own tolerance: a result within rounding (cents) of the written one is reproduced
EXAMPLE_WINDOW = 0.01
_SYMBOL = {"mul": "x", "add": "+"}
_NAME = {"mul": "product", "add": "sum"}


@dataclass(frozen=True)
class Shown:
    """A relation ``c = a op b`` the target's example rows show, with those rows as written ``(a, b, c)``."""

    op: str
    rows: tuple[tuple[str, str, str], ...]


def shown_relations(dst: Sequence[MatchColumn]) -> dict[str, list[Shown]]:
    """Per target column name, the relations its example rows show
    (:func:`core.mapping.arith_groups.target_relations`)."""
    out: dict[str, list[Shown]] = {}
    for c, a, b, op in target_relations(dst):
        cells = [dst[k].cells or [] for k in (a, b, c)]
        rows = tuple((x, y, z) for x, y, z in zip(*cells, strict=False) if x.strip() and y.strip() and z.strip())
        out.setdefault(dst[c].name, []).append(Shown(op, rows))
    return out


def _foreign_digits(values: Sequence[str] | None) -> dict[str, str]:
    """Each decimal digit of another script in the values (``१``, ``৯``) -> its ASCII digit."""
    return {ch: str(unicodedata.decimal(ch)) for v in values or [] for ch in v
            if not ch.isascii() and unicodedata.decimal(ch, None) is not None}


def _pipeline(target: TargetColumn, a: str, b: str, types: dict[str, str], op: str,
              comma: tuple[bool, bool], digits: tuple[dict[str, str], dict[str, str]] = ({}, {})) -> Pipeline:
    steps: list[dict[str, Any]] = []
    for name, out, dec, dig in ((a, "_a", comma[0], digits[0]), (b, "_b", comma[1], digits[1])):
        if types[name] != "string":
            steps.append({"op": "type_cast", "input": name, "output": out, "to": "float"})
            continue
        read = name
        if dig:  # another script's digits written as ASCII first (``१२`` -> ``12``)
            steps.append({"op": "translate", "input": name, "output": f"{out}_d", "mapping": dig})
            read = f"{out}_d"
        steps += number_steps(read, out, "float", dec)  # text read as the atomic number strategies read it
    steps.append({"op": "safe_math", "fn": op, "args": ["_a", "_b"], "output": "_r"})
    if target.logical_type == "int":
        steps += [{"op": "safe_math", "fn": "round", "args": ["_r"], "output": "_i", "digits": 0},
                  {"op": "type_cast", "input": "_i", "output": target.name, "to": "int"}]
    else:
        steps.append({"op": "safe_math", "fn": "round", "args": ["_r"], "output": target.name, "digits": 4})
    version = "1.2.0" if any(d for d in digits) else "1.0.0"  # ``translate`` is DSL 1.2
    return Pipeline.model_validate({"dsl_version": version, "inputs": [a, b], "outputs": [target.name], "steps": steps,
                                    "input_types": {a: types[a], b: types[b]}})


def arith_compose(target: TargetColumn, a: MatchColumn, b: MatchColumn, shown: Sequence[Shown]) -> list[Proposal]:
    """The pipeline of each relation in ``shown`` (the ones the target's example rows showed for ``target``) that
    reproduces those rows; none for a non-numeric target or no shown relation."""
    if target.logical_type not in NUMERIC or not shown:
        return []
    types = {a.name: "string", b.name: "string"}
    out = []
    for op in dict.fromkeys(s.op for s in shown):
        rows = [r for s in shown if s.op == op for r in s.rows]
        check = _pipeline(target, a.name, b.name, types, op, (decimal_comma([r[0] for r in rows]),
                                                              decimal_comma([r[1] for r in rows])))
        pairs: list[tuple[list[str | None], str | None]] = [
            ([x, y], None if (w := parse_number(z)) is None else str(w)) for x, y, z in rows]
        if not rows or on_examples(check, target, pairs, EXAMPLE_WINDOW) < 1.0:
            continue  # the pipeline does not compute the values the examples show
        dig = (_foreign_digits(a.values), _foreign_digits(b.values))
        ascii_values = [["".join(d.get(ch, ch) for ch in v) for v in c.values or []]
                        for c, d in zip((a, b), dig, strict=True)]
        pipe = _pipeline(target, a.name, b.name, {a.name: a.logical_type, b.name: b.logical_type}, op,
                         (decimal_comma(ascii_values[0]), decimal_comma(ascii_values[1])), dig)
        out.append(Proposal(strategy="arithmetic", pipeline=pipe,
                            rationale=f"{a.name} {_SYMBOL[op]} {b.name}: the target's example rows show "
                                      f"{target.name} as that {_NAME[op]}"))
    return out
