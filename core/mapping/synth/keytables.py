"""A code inside a value looked up in a table learned from the examples, the rest reshaped by the search.

``7203.T`` -> ``TYO:7203`` (``T`` -> ``TYO``), ``A-1010 Wien`` -> ``AT-1010 Wien``, ``MUC-JFK`` -> ``Munich - New
York``, ``+47 412 34 567`` -> ``NO``: one token of an input (a run of ASCII letters and digits: the first, the second,
the last, or the first and the last sharing one table) is a **key** whose **value** is text of the output that no
input holds. The hypothesis is tested by rewriting each example's input with its key replaced by its value and
searching again (:func:`core.mapping.synth.synthesize.synthesize` does it); a program that fits every rewritten
example is prefixed with the rewrite (:func:`prefixed`): ``regex_extract`` of the text before, the key and the text
after, a ``map_dict`` of the table, a ``template`` into the input's own name.

A key no example shows gives null (``map_dict`` without a default): the row is refused, never guessed. Guards: a
key is a short code (at most :data:`MAX_KEY` letters or digits) and a whole word, the same key always has the same
value, at least two keys of at least two values (one value for every key is a constant), one value that is no copy of
its key, no value copies text of its row outside the key, every value has a letter (and is a name or a code in
capitals when it is the whole output), and the search after the rewrite must fit with one program (a per-shape switch
would be the table again, memorised).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from core.mapping.synth.scripts import _later
from dsl.models import Pipeline

MAX_KEY = 5
MAX_VALUE = 40
_A, _N = "[A-Za-z0-9]", "[^A-Za-z0-9]"
_TOKEN = re.compile("[A-Za-z0-9]+")
_WORD = re.compile(r"[^\W_]+")
#: separators tried between two looked-up values of one output, longest first
PAIR_SEPARATORS = (" - ", " – ", " / ", " > ", ", ", " → ", "-", "/", " ", ",")
#: key positions tried, most specific first: the first and the last sharing a table (a value per key, not one value
#: for both), the first token, the last, the second
POSITIONS: tuple[tuple[int, ...], ...] = ((0, -1), (0,), (-1,), (1,))


@dataclass(frozen=True)
class Hypothesis:
    """Input ``col``'s tokens at ``positions`` are keys of ``table``."""

    col: int
    positions: tuple[int, ...]
    table: dict[str, str]

    def rewrite(self, v: str | None) -> str | None:
        """Python mirror of :func:`prefix_steps`: ``v`` with its keys replaced (None when a key is unknown)."""
        if v is None:
            return None
        spans = [m.span() for m in _TOKEN.finditer(v)]
        if self.positions == (0, -1) and len(spans) != 2:
            return None
        out, last = [], 0
        for p in self.positions:
            if not (-len(spans) <= p < len(spans)):
                return None
            a, b = spans[p]
            if v[a:b] not in self.table:
                return None
            out += [v[last:a], self.table[v[a:b]]]
            last = b
        return "".join(out) + v[last:]


def _name_like(value: str) -> bool:
    """A name or a code in capitals (``München``, ``NO``, ``New York``): what a table gives when its value is the whole
    output (``x9`` or ``zz`` for ``A-1`` and ``C-3`` would be memorised answers, not a lookup)."""
    return value[:1].isupper() and all(c.isalpha() or c in " -.'" for c in value)


def _split_word(v: str, positions: tuple[int, ...]) -> bool:
    """True when the ASCII token of ``v`` at one of ``positions`` is part of a longer word (``Jos`` of ``José``)."""
    spans = [m.span() for m in _TOKEN.finditer(v)]
    return any((a > 0 and v[a - 1].isalpha()) or (b < len(v) and v[b].isalpha())
               for a, b in (spans[p] for p in positions))


def _copied(value: str, row: list[str | None], col: int, positions: tuple[int, ...]) -> bool:
    """True when three characters in a row of ``value`` are text of the row outside the keys, case aside
    (``orderTotalAmount`` of ``order_total_amount``, ``john.smith`` of ``John``, ``Smith``): a reshaping, not a lookup
    (a value may resemble its own key: ``SYD`` -> ``Sydney``)."""
    v = value.lower()
    cells = list(row)
    spans = [m.span() for m in _TOKEN.finditer(cells[col] or "")]
    for a, b in sorted((spans[p] for p in positions), reverse=True):
        cells[col] = (cells[col] or "")[:a] + " " + (cells[col] or "")[b:]
    text = " ".join(x or "" for x in cells).lower()
    return any(v[i:i + 3] in text for i in range(len(v) - 2) if v[i:i + 3].isalnum())


def _new_text(inp: str, out: str) -> str:
    """The span of ``out`` from its first to its last word that no input writes as a word and that is no number
    (``""`` when none)."""
    have = set(_WORD.findall(inp))
    spans = [m.span() for m in _WORD.finditer(out) if m.group() not in have and not m.group().isdecimal()]
    return out[spans[0][0]:spans[-1][1]] if spans else ""


def _values(key_toks: list[str], inp: str, out: str) -> list[str] | None:
    """The values of ``key_toks`` in ``out`` (None when the example does not read as a lookup)."""
    out_toks = set(_WORD.findall(out))
    if len(key_toks) == 1:
        k = key_toks[0]
        new = _new_text(inp, out)
        if not new:
            return [k] if k in out_toks else None  # the key kept as written (``CH`` -> ``CH``)
        return None if k in out_toks else [new]
    if any(k in out_toks for k in key_toks):
        return None
    for sep in PAIR_SEPARATORS:
        parts = out.split(sep)
        if len(parts) == 2 and all(p.strip() and p.strip() not in inp for p in parts):
            return [p.strip() for p in parts]
    return None


def hypotheses(rows: list[list[str | None]], outs: list[str | None], usable: list[bool]) -> list[Hypothesis]:
    """Lookup hypotheses the examples allow, most specific first."""
    if len(rows) < 2 or any(not o for o in outs):
        return []
    found: list[Hypothesis] = []
    for col, ok in enumerate(usable):
        vals = [r[col] for r in rows]
        if not ok or any(not v for v in vals):
            continue
        toks = [_TOKEN.findall(v or "") for v in vals]
        if len(rows[0]) == 1 and any(len(t) < 2 for t in toks):
            continue  # one input that is one code: the whole-value table (case and spaces aside) reads it
        for pos in POSITIONS:
            if pos == (0, -1) and any(len(t) != 2 for t in toks):
                continue
            if any(not (-len(t) <= p < len(t)) for t in toks for p in pos) or \
                    any(_split_word(v or "", pos) for v in vals):
                continue
            table: dict[str, str] = {}
            for t, row, o in zip(toks, rows, outs, strict=True):
                keys = [t[p] for p in pos]
                got = _values(keys, "\x00".join(x or "" for x in row), o or "")
                if got is None or any(len(k) > MAX_KEY or table.setdefault(k, g) != g or len(g) > MAX_VALUE or
                                      not any(c.isalpha() for c in g) or (k != g and _copied(g, row, col, pos))
                                      for k, g in zip(keys, got, strict=True)):
                    break
            else:
                alone = all(o in table.values() for o in outs)  # the output is the looked-up value alone
                if len(set(table.values())) >= 2 and any(k != g for k, g in table.items()) and \
                        (not alone or all(_name_like(g) for g in table.values())):
                    found.append(Hypothesis(col, pos, table))
    # codes with letters first (``KGM``, ``PA``); keys of digits only (``47``) are more often parts of a number
    return sorted(found, key=lambda h: not all(any(c.isalpha() for c in k) for k in h.table))


def prefix_steps(h: Hypothesis, name: str) -> list[dict[str, Any]]:
    """DSL steps rewriting input ``name`` in place (keys replaced by their values, unknown keys null)."""
    a, n, t = _A, _N, f"_kt_{name}"
    if h.positions == (0, -1):
        pats = [f"^({n}*){a}+{n}+{a}+{n}*$", f"^{n}*({a}+){n}+{a}+{n}*$", f"^{n}*{a}+({n}+){a}+{n}*$",
                f"^{n}*{a}+{n}+({a}+){n}*$", f"^{n}*{a}+{n}+{a}+({n}*)$"]
        parts = [f"{t}_pre", f"{t}_k0", f"{t}_mid", f"{t}_k1", f"{t}_post"]
        keys = [parts[1], parts[3]]
    elif h.positions[0] >= 0:
        head = f"{n}*" + f"{a}+{n}+" * h.positions[0]
        pats = [f"^({head}){a}", f"^{head}({a}+)", f"^{head}{a}+([^\\n]*)$"]
        parts, keys = [f"{t}_pre", f"{t}_k0", f"{t}_post"], [f"{t}_k0"]
    else:
        pats = [f"^([^\\n]*{n}){a}+{n}*$", f"({a}+){n}*$", f"{a}({n}*)$"]
        parts, keys = [f"{t}_pre", f"{t}_k0", f"{t}_post"], [f"{t}_k0"]
    steps: list[dict[str, Any]] = [{"op": "regex_extract", "input": name, "output": p, "pattern": pat, "group": 1}
                                   for p, pat in zip(parts, pats, strict=True)]
    # an empty capture is null (``regex_extract``): the text before and after the keys may be empty; a value of
    # several lines is refused (null), never cut at its first line break
    steps += [{"op": "regex_extract", "input": name, "output": f"{t}_e", "pattern": "^[^\\n]*$", "group": 0},
              {"op": "map_dict", "input": f"{t}_e", "output": f"{t}_e", "mapping": {"": ""}, "default": ""}]
    steps += [{"op": "coalesce", "inputs": [p, f"{t}_e"], "output": p} for p in (parts[0], parts[-1])]
    steps += [{"op": "map_dict", "input": k, "output": k, "mapping": dict(sorted(h.table.items()))} for k in keys]
    steps.append({"op": "template", "inputs": parts, "template": "".join(f"{{{i}}}" for i in range(len(parts))),
                  "output": name})
    return steps


def prefixed(pipe: Pipeline, names: list[str], h: Hypothesis) -> Pipeline:
    """``pipe`` reading input ``names[h.col]`` through the rewrite of ``h``."""
    data: dict[str, Any] = pipe.model_dump(mode="json", exclude_none=True)
    data["steps"] = prefix_steps(h, names[h.col]) + list(data["steps"])
    data["dsl_version"] = _later(str(data.get("dsl_version", "1.0.0")), "1.2.0")
    return Pipeline.from_json(data)
