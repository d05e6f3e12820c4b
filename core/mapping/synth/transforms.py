"""Transforms applied to a selected substring: Python mirror and DSL steps, one table.

A transform is a tuple ``(name, *args)``: ``upper``, ``lower``, ``title``, ``pad`` (width),
``strip0``, ``month_num`` (name -> "01".."12"), ``month_abbr`` / ``month_full`` (number ->
"Jan" / "January"), ``lex`` (category, form: a lexicon concept's spelling, e.g. a country
name in any listed language -> its ISO alpha-2 code).
"""

from __future__ import annotations

from functools import lru_cache

from core.mapping.synth import numeric, text
from core.mapping.synth.lexicon import load_lexicon

Transform = tuple[str, ...]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
COST = {"upper": 0.1, "lower": 0.1, "title": 0.15, "pad": 0.2, "rpad": 0.3, "strip0": 0.25, "month_num": 0.3,
        "month_abbr": 0.35, "month_full": 0.35, "lex": 0.4, "repl": 0.35, "lexmap": 0.8}
STRIP0 = "^0*([1-9][0-9]*)$"


@lru_cache(maxsize=64)
def lookup(name: str, category: str = "", form: str = "") -> dict[str, str]:
    """The exact-match map_dict a lookup transform compiles to (keys as the DSL will see them)."""
    if name == "month_num":
        cat = load_lexicon()["month"]
        return {text.lower(sp): c for c, sps in cat.spellings.items() for sp in sps if not sp.isdigit()}
    if name in ("month_abbr", "month_full"):
        out: dict[str, str] = {}
        for i, m in enumerate(MONTHS, start=1):
            val = m[:3] if name == "month_abbr" else m
            out[str(i)] = val
            out[f"{i:02d}"] = val
        return out
    cat = load_lexicon()[category]
    target = cat.forms[form]
    res: dict[str, str] = {}
    for concept, spellings in cat.spellings.items():
        for sp in spellings:
            key = text.lower(sp)
            if key in res and res[key] != target[concept]:
                res[key] = ""  # ambiguous spelling: mapped to nothing
            else:
                res[key] = target[concept]
    return {k: v for k, v in res.items() if v}


def lexmap(category: str, concept_out: dict[str, str]) -> Transform:
    """A learned lookup: every spelling of a concept of ``category`` -> the output examples gave it."""
    return ("lexmap", category, *[f"{k}\x1f{v}" for k, v in sorted(concept_out.items())])


@lru_cache(maxsize=256)
def learned(tf: Transform) -> dict[str, str]:
    """The map_dict of a ``lexmap`` transform (spellings of the concepts seen in the examples)."""
    cat = load_lexicon()[tf[1]]
    targets = dict(item.split("\x1f", 1) for item in tf[2:])
    res: dict[str, str] = {}
    for concept, out in targets.items():
        for sp in cat.spellings.get(concept, []):
            key = text.lower(sp)
            if cat.concept_of(sp) == concept:
                res[key] = out
    return res


def apply(tf: Transform, v: str | None) -> str | None:
    """Python mirror of one transform."""
    if v is None:
        return None
    name = tf[0]
    if name == "upper":
        return text.upper(v)
    if name == "lower":
        return text.lower(v)
    if name == "title":
        return text.title(v)
    if name == "pad":
        return text.pad(v, int(tf[1]))
    if name == "rpad":
        return v if len(v) >= int(tf[1]) else v + "0" * (int(tf[1]) - len(v))
    if name == "strip0":
        return text.extract(v, STRIP0, 1)
    if name == "repl":
        return v.replace(tf[1], tf[2])
    if name == "lexmap":
        return learned(tf).get(text.lower(text.trim(v)))
    if name == "num":
        return numeric.apply(tf, v)
    if name == "month_num":
        return lookup(name).get(text.lower(v))
    if name in ("month_abbr", "month_full"):
        return lookup(name).get(v)
    if name == "lex":
        return lookup(name, tf[1], tf[2]).get(text.lower(text.trim(v)))
    raise ValueError(name)


def steps(tf: Transform, col: str) -> list[dict[str, object]]:
    """DSL steps applying ``tf`` to ``col`` in place."""
    name = tf[0]
    if name in ("upper", "lower", "title"):
        return [{"op": "case", "input": col, "output": col, "mode": name}]
    if name == "pad":
        return [{"op": "pad", "input": col, "output": col, "width": int(tf[1]), "fill": "0"}]
    if name == "rpad":
        return [{"op": "pad", "input": col, "output": col, "width": int(tf[1]), "fill": "0", "side": "right"}]
    if name == "repl":
        pat = "\\" + tf[1] if tf[1] in "\\.^$|?*+()[]{}" else tf[1]
        return [{"op": "replace", "input": col, "output": col, "pattern": pat, "replacement": tf[2]}]
    if name == "num":
        return numeric.steps(tf, col)
    if name == "lexmap":
        return [{"op": "trim", "input": col, "output": col},
                {"op": "case", "input": col, "output": col, "mode": "lower"},
                {"op": "map_dict", "input": col, "output": col, "mapping": learned(tf)}]
    if name == "strip0":
        return [{"op": "regex_extract", "input": col, "output": col, "pattern": STRIP0, "group": 1}]
    if name in ("month_abbr", "month_full"):
        return [{"op": "map_dict", "input": col, "output": col, "mapping": lookup(name)}]
    mapping = lookup(name) if name == "month_num" else lookup(name, tf[1], tf[2])
    pre: list[dict[str, object]] = [{"op": "case", "input": col, "output": col, "mode": "lower"}]
    if name == "lex":
        pre.insert(0, {"op": "trim", "input": col, "output": col})
    return [*pre, {"op": "map_dict", "input": col, "output": col, "mapping": mapping}]


def cost(tf: Transform) -> float:
    """Ranking cost of one transform."""
    return numeric.cost(tf) if tf[0] == "num" else COST[tf[0]]


def candidates(value: str, outputs_digits_widths: set[int], lex_hits: list[Transform]) -> list[Transform]:
    """Transforms worth trying on a selected ``value`` (by its character classes)."""
    out: list[Transform] = []
    has_alpha = any(ch.isalpha() for ch in value)
    if has_alpha:
        out += [("upper",), ("lower",), ("title",)]
        out.append(("month_num",))
    if value.isdigit():
        out += [("pad", str(w)) for w in sorted(outputs_digits_widths) if w > len(value)]
        out += [("rpad", str(w)) for w in sorted(outputs_digits_widths) if w > len(value)]
        if value.startswith("0"):
            out.append(("strip0",))
        if len(value) <= 2:
            out += [("month_abbr",), ("month_full",)]
    out += lex_hits
    return out
