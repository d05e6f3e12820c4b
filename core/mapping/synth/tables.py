"""Tables of codes learned field by field: each field of a coded value looked up on its own, so that a
combination no example shows is still read (``SGL-SV`` -> ``Single, sea view`` from ``DBL-SV``,
``SGL-GV`` and ``TWN-CV``), and abbreviations expanded word by word inside a phrase whose other words
stay (``Sr. Mgr. Finance`` -> ``Senior Manager Finance``).

A whole-value table (:func:`~core.mapping.synth.synthesize._lookup_plan`) knows only the values it saw; these
tables know every combination of the fields they saw. Guards against memorising: a key is a short code or
abbreviation (letters, an optional final dot, at most :data:`MAX_KEY` characters) of its value (:func:`abbreviates`:
its letters in order, the same initial); a looked-up value is no
copy of text of its own row (that is a reordering, not a lookup); the same key always gives the same value;
and a word-wise table needs a word that stays unchanged (else it is a whole-value table in disguise).
Unknown keys give null (field-wise: a hold) or stay as written (word-wise: only the listed abbreviations change).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from core.mapping.synth import known_units, numeric
from core.mapping.synth.atoms import DEC_COMMA, class_esc, esc
from core.mapping.synth.conversions import Proposal, confirmed_proposals
from core.mapping.synth.emit import OUT
from core.mapping.synth.models import Candidate
from core.mapping.synth.text import lower, trim
from core.mapping.synth.v16_conversions import version
from dsl import units

MAX_KEY = 5
_KEY = re.compile(rf"[A-Za-z]{{1,{MAX_KEY}}}\.?")
#: output separators tried between looked-up fields, the most specific first
OUT_SEPARATORS = (", ", "; ", " / ", " - ", " ", ",", ";", "/", "-", "")


def _copied(value: str, row: str) -> bool:
    return any(len(w) >= 3 and w.lower() in row.lower() for w in re.findall(r"[^\W_]+", value))


def abbreviates(key: str, value: str) -> bool:
    """True when ``key`` is an abbreviation of ``value``: shorter, the same initial, and its letters in order
    within the value, case aside (``Mgr.`` of ``Manager``, ``SV`` of ``sea view``; not ``John`` of ``J.``)."""
    k, v = [c for c in key.lower() if c.isalpha()], value.lower()
    if not k or len(key.rstrip(".")) >= len(value) or not v.startswith(k[0]):
        return False
    pos = 0
    for c in k:
        pos = v.find(c, pos) + 1
        if pos == 0:
            return False
    return True


def _table(keys: list[str], values: list[str], rows: list[str]) -> dict[str, str] | None:
    """``key -> value`` when consistent, every key a code and no value a copy of its row's text."""
    table: dict[str, str] = {}
    for k, v, r in zip(keys, values, rows, strict=True):
        if not _KEY.fullmatch(k) or not abbreviates(k, v) or table.setdefault(k, v) != v or _copied(v, r):
            return None
    return table


def _fieldwise(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    """Fields split on one delimiter, each looked up in its own table, joined with one separator."""
    if any(o is None or o == "" for o in outs):
        return
    texts = [o or "" for o in outs]
    for d in sorted({ch for v in vals for ch in v if not ch.isalnum() and not ch.isspace()}):
        parts = [v.split(d) for v in vals]
        n = len(parts[0])
        if n < 2 or any(len(p) != n for p in parts):
            continue
        for sep in OUT_SEPARATORS:
            pieces = [t.split(sep) if sep else [] for t in texts]
            if not sep or any(len(p) != n for p in pieces):
                continue
            tables: list[dict[str, str] | None] = []
            for i in range(n):
                keys, vs = [p[i] for p in parts], [p[i] for p in pieces]
                tables.append(None if keys == vs else _table(keys, vs, vals))
                if keys != vs and tables[-1] is None:
                    break
            else:
                if all(t is None for t in tables) or any(len(set(t.values())) < 2 for t in tables if t):
                    continue
                yield _fieldwise_program(col, d, sep, tables)
                return


def _fieldwise_program(col: str, d: str, sep: str, tables: list[dict[str, str] | None]) -> Proposal:
    n = len(tables)
    names = [f"_{col}_f{i}" for i in range(n)]
    nd = f"[^{class_esc(d)}]*"
    steps: list[dict[str, Any]] = [
        {"op": "regex_split", "input": col, "outputs": names, "pattern": esc(d)},
        # exactly n fields (else null: a value with more fields is another kind of code)
        {"op": "regex_extract", "input": col, "output": f"_{col}_n",
         "pattern": "^" + f"{nd}{esc(d)}" * (n - 1) + nd + "$", "group": 0},
        {"op": "map_dict", "input": f"_{col}_n", "output": f"_{col}_n", "mapping": {"": ""}, "default": ""}]
    for i, t in enumerate(tables):
        if t is not None:
            steps.append({"op": "map_dict", "input": names[i], "output": names[i], "mapping": t})
    tpl = sep.replace("{", "{{").replace("}", "}}").join(f"{{{i}}}" for i in range(n)) + f"{{{n}}}"
    steps.append({"op": "template", "inputs": [*names, f"_{col}_n"], "template": tpl, "output": OUT})
    cost = 6.0 + sum(len(t) for t in tables if t)

    def fn(v: str) -> str | None:
        fields = v.split(d)
        if len(fields) != n:
            return None
        got = [f if t is None else t.get(f) for f, t in zip(fields, tables, strict=True)]
        return None if None in got else sep.join(g or "" for g in got)
    return ("fieldwise_table", steps, cost, fn)


def _wordwise(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    """Abbreviations replaced word by word, every other word kept."""
    if any(not o for o in outs):
        return
    table: dict[str, str] = {}
    kept = False
    for v, o in zip(vals, outs, strict=True):
        a, b = v.split(" "), (o or "").split(" ")
        if len(a) != len(b):
            return
        for x, y in zip(a, b, strict=True):
            if x == y:
                kept = True
                if x in table:
                    return
            elif not _KEY.fullmatch(x) or not abbreviates(x, y) or table.setdefault(x, y) != y or _copied(y, v) \
                    or " " in y:
                return
    if not kept or len(table) < 2 or any(k in v.split(" ") for k in table for v in outs if v):
        return
    steps: list[dict[str, Any]] = [{"op": "template", "inputs": [col], "template": " {0} ", "output": OUT}]
    for k in sorted(table):
        steps.append({"op": "replace", "input": OUT, "output": OUT, "pattern": "".join(esc(c) for c in f" {k} "),
                      "replacement": f" {table[k]} "})
    steps.append({"op": "trim", "input": OUT, "output": OUT})

    def fn(v: str) -> str | None:
        s = f" {v} "
        for k in sorted(table):
            s = s.replace(f" {k} ", f" {table[k]} ")
        return s.strip(" \t\n\r\v\f")
    yield ("wordwise_table", steps, 5.0 + len(table), fn)


#: character classes a shifted alphabet covers as a whole (digits to subscripts, letters to full width)
SHIFT_CLASSES = ("0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _shifted(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    """Characters of one class moved by one code-point offset, the others kept (``H2SO4`` -> ``H₂SO₄``): the
    offset the examples show for some members holds for the whole class (``3`` -> ``₃`` though no example
    writes a 3), so the table lists every member of the class."""
    offsets: dict[str, int] = {}
    for v, o in zip(vals, outs, strict=True):
        if o is None or len(o) != len(v):
            return
        for a, b in zip(v, o, strict=True):
            if a == b:
                continue
            cls = next((c for c in SHIFT_CLASSES if a in c), None)
            if cls is None or offsets.setdefault(cls, ord(b) - ord(a)) != ord(b) - ord(a):
                return
    if len(offsets) != 1:
        return
    cls, k = next(iter(offsets.items()))
    if any(ch in cls for v, o in zip(vals, outs, strict=True) for ch, och in zip(v, o or "", strict=True)
           if ch == och) or not all(0 < ord(ch) + k < 0x110000 for ch in cls):
        return  # a member kept as written somewhere: not the whole class
    table = {ch: chr(ord(ch) + k) for ch in cls}
    if any(t in table for t in table.values()):
        return

    def fn(v: str) -> str | None:
        return "".join(table.get(ch, ch) for ch in v)
    yield ("shifted_class", [{"op": "translate", "input": col, "output": OUT, "mapping": table}], 4.0, fn)


_NUMBER = re.compile(r"[0-9][0-9.,]*")
#: a comma before a group of three digits that ends the number: thousands (``85,000``), not a decimal comma
THOUSANDS = (r"([0-9]),([0-9]{3}[^0-9])", r"([0-9]),([0-9]{3})$")


def _ungroup(v: str) -> str:
    """``v`` without thousands commas (a comma before three digits that end the number)."""
    for pat in THOUSANDS:
        v = re.sub(pat, r"\1\2", v)
    return v


def _unit_word(key: str) -> bool:
    """True when ``key`` (a value's words, its number removed) is a unit of measure."""
    return key in units.UNITS or key.lower() in numeric.UNIT_ALIASES or key in known_units.EXTRA or \
        key in known_units.ALIASES


def _factor_table(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    """One number per value, times a whole factor named by the rest of the value (``24,50 € monatlich`` ->
    ``294.00``: 12 a month, 4 a quarter), or plus a whole offset (``中学2年`` -> ``8``) when amounts and outputs
    are whole: the table is learned from the examples, its keys are the value's words (the number removed).
    Evidence for factors: the amounts are not whole, yet every ratio is."""
    if any(not o for o in outs):
        return
    nums, keys = [], []
    for v in vals:
        found = _NUMBER.findall(v)
        if len(found) != 1:
            return
        x = numeric.parse(re.sub(DEC_COMMA, r"\1.\2", _ungroup(found[0])))
        key = trim(_NUMBER.sub("", v))
        if x is None or x == 0 or any(ch.isdecimal() for ch in key):  # a bare amount: key "" (``75,000``)
            return
        nums.append(x)
        keys.append(key)
    fmts = set(numeric._formats(outs[0] or ""))
    for o in outs[1:]:
        fmts &= set(numeric._formats(o or ""))
    ys = [numeric.parse((o or "").replace(",", "")) for o in outs]
    if not fmts or None in ys:
        return
    # whole amounts to whole outputs: a whole offset per key (``中学2年`` -> ``8``: stages start at 0, 6, 9);
    # else a whole factor, evidenced by amounts that are not whole
    op = "add" if all(x.is_integer() for x in nums) and all((o or "").isdecimal() for o in outs) else "mul"
    if op == "mul" and all(x.is_integer() for x in nums):
        return
    if op == "add" and any(_unit_word(k) for k in keys):
        return  # units scale, they do not shift (``150 PS`` is no ``150 - 40``)
    # the words' case is folded unless two keys differ only in case (``k`` / ``K`` alike, ``m`` / ``M`` not)
    fold = len({lower(k) for k in keys}) == len(set(keys))
    table: dict[str, str] = {}
    for k, x, y in zip(keys, nums, ys, strict=True):
        f = (y or 0.0) / x if op == "mul" else (y or 0.0) - x
        if abs(f - round(f)) > 1e-9 or (op == "mul" and round(f) < 1) or \
                table.setdefault(lower(k) if fold else k, str(round(f))) != str(round(f)):
            return
    # factors: at least two, one of them a real factor (the bare amount may keep its value: ``₹85,000``)
    if len(set(table.values())) < 2 or (op == "mul" and all(f == "1" for f in table.values())):
        return
    d, th, mark = next(f for f in numeric._formats(outs[0] or "") if f in fmts)  # the decimal reading first

    def fn(v: str) -> str | None:
        found = _NUMBER.findall(re.sub(DEC_COMMA, r"\1.\2", _ungroup(v)))
        key = trim(_NUMBER.sub("", v))
        key = lower(key) if fold else key
        x = numeric.parse(found[0]) if len(found) == 1 else None
        if x is None or key not in table:
            return None
        return numeric.fmt(x * float(table[key]) if op == "mul" else x + float(table[key]), d, th, mark)
    steps: list[dict[str, Any]] = [
        {"op": "replace", "input": col, "output": f"_{col}_t", "pattern": THOUSANDS[0], "replacement": "$1$2",
         "groups": True},
        {"op": "replace", "input": f"_{col}_t", "output": f"_{col}_t", "pattern": THOUSANDS[1], "replacement": "$1$2",
         "groups": True},
        {"op": "replace", "input": f"_{col}_t", "output": f"_{col}_t", "pattern": DEC_COMMA, "replacement": "$1.$2",
         "groups": True},
        {"op": "regex_extract", "input": f"_{col}_t", "output": f"_{col}_x", "pattern": "([0-9][0-9.]*)", "group": 1},
        {"op": "type_cast", "input": f"_{col}_x", "output": f"_{col}_x", "to": "float"},
        {"op": "replace", "input": col, "output": f"_{col}_k", "pattern": "[0-9][0-9.,]*", "replacement": ""},
        {"op": "trim", "input": f"_{col}_k", "output": f"_{col}_k"},
        *([{"op": "case", "input": f"_{col}_k", "output": f"_{col}_k", "mode": "lower"}] if fold else []),
        {"op": "map_dict", "input": f"_{col}_k", "output": f"_{col}_k", "mapping": table},
        {"op": "type_cast", "input": f"_{col}_k", "output": f"_{col}_f", "to": "float"},
        {"op": "safe_math", "fn": op, "args": [f"_{col}_x", f"_{col}_f"], "output": OUT},
        {"op": "format_number", "input": OUT, "output": OUT, "decimals": d, "thousands": th, "decimal_mark": mark}]
    # powers of ten named by words are the scale words of a number (thousand, lakh, crore, Mio.): cheaper
    decimal_scale = op == "mul" and all(re.fullmatch(r"10*", f) for f in table.values())
    cost = 7.0 + 0.5 * len(table) if decimal_scale else 8.0 + len(table) + (op == "add")
    yield ("factor_table" if op == "mul" else "offset_table", steps, cost, fn)


def _proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    yield from _fieldwise(vals, outs, col)
    yield from _wordwise(vals, outs, col)
    yield from _shifted(vals, outs, col)
    yield from _factor_table(vals, outs, col)


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed field-wise and word-wise tables that reproduce every example."""
    if len(rows) < 2:
        return []
    return confirmed_proposals(rows, outs, names, types, _proposals, version)
