"""The text after a keyword, up to the stop the examples show (or the end): ``г. Москва,`` / ``г Казань,`` -> the
city, ``Müller geb. Schmidt`` / ``Dupont née Lefèvre`` -> the birth name (``Hoffmann geb. von Arnim`` -> ``von
Arnim``: the whole rest, not one word).

Each output sits in its input right after a **keyword** (the word before it: letters with an optional final dot,
after a space, a comma or the start) and a space; the keywords the examples show, their dots optional
(``г.`` and ``г`` are one keyword), are tried longest first (one ``regex_extract`` each, then ``coalesce``). The value
runs to the characters the examples show right after an output (``,``), else to the end. An empty output is the
examples' rule for a value without any keyword (``Weber`` -> ``""``), given only when some example shows it; a value
with no keyword otherwise is null (refused). Guards: every keyword is a word (letters, at most
:data:`MAX_KEYWORD`), there are fewer keywords than examples (three values after three different words are the
k-th word, not a keyword), several keywords only beside an example without any (``Weber`` -> ``""``: the keyword is
what decides, not the words before a value), and a stop is no letter or digit. When some keyword is seen only once
beside such an example, the keywords may be given names (``Hans Meier`` / ``Eva Roth`` / ``Cher`` -> ``""``): ``""``
is then given only for a value of one word (``Weber``), and a value of several words without a keyword is null
(``Karl Lang`` is refused, never ``""``).
"""

from __future__ import annotations

import re
from typing import Any

from core.mapping.synth.atoms import LETTER, class_esc, esc
from core.mapping.synth.conversions import candidate, confirmed
from core.mapping.synth.emit import OUT
from core.mapping.synth.models import Candidate
from core.mapping.synth.v16_conversions import version
from dsl.unicase import title_case

MAX_KEYWORD = 8
_BEFORE = " ,;("


def _keyword(left: str) -> str | None:
    """The keyword ending ``left`` (before one or more spaces), its final dot dropped; None when there is none."""
    m = re.search(r"(?:^|[ ,;(])([^\W\d_]{1,8}\.?) +$", left)
    return m.group(1).rstrip(".") if m else None


def _either_case(c: str) -> str:
    """``c`` in either case (``GEB.`` / ``Geb.`` still show the keyword: null, never the "no keyword" ``""``)."""
    lo, up = c.lower(), c.upper()
    if lo in ("i", "ı"):  # Turkish and Azerbaijani capitals: ``İBN`` is ``ibn`` too
        return "[iIİı]"
    return f"[{class_esc(lo)}{class_esc(up)}]" if lo != up and len(lo) == 1 and len(up) == 1 else esc(c)


def _pattern(kw: str, stops: str, fold: bool = False) -> str:
    body = f"[^{''.join(class_esc(c) for c in stops)}]+" if stops else "[^\\n]+"
    return f"[{class_esc(' ')}{''.join(class_esc(c) for c in _BEFORE[1:])}]" + \
        "".join(_either_case(c) if fold else esc(c) for c in kw) + f"\\.? +({body})"


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """The keyword-field program of one input, engine-confirmed, when it reproduces every example."""
    if len(rows) < 2 or any(o is None for o in outs) or not any(outs):
        return []
    found: list[Candidate] = []
    for idx, name in enumerate(names):
        if types.get(name) == "string":
            for fold in (False, True):
                got = _column(rows, outs, names, types, idx, name, fold)
                found += got
                if got:
                    break
    return found


def _at(v: str, o: str, fold: bool) -> int:
    """Where ``o`` sits in ``v``: as written, or (``fold``) in any case with ``o`` its Unicode title case."""
    if not fold:
        return v.find(o)
    at = v.lower().find(o.lower())
    return at if at >= 0 and title_case(v[at:at + len(o)]) == o else -1


def _column(rows: list[list[str | None]], outs: list[str | None], names: list[str], types: dict[str, str],
            idx: int, name: str, fold: bool) -> list[Candidate]:
    """The keyword-field program of input ``name``; ``fold``: keywords in either case, the value title-cased
    (``AHMAD BIN HASSAN`` / ``Zarina binti Ibrahim`` -> ``Hassan`` / ``Ibrahim``)."""
    found: list[Candidate] = []
    vals = [r[idx] or "" for r in rows]
    kws: list[str] = []
    stops: set[str] = set()
    ok, empty = True, False
    for v, o in zip(vals, outs, strict=True):
        if o == "":
            empty = True
            continue
        at = _at(v, o or "", fold)
        kw = _keyword(" " + v[:at]) if at >= 0 else None
        if kw is None or len(kw) > MAX_KEYWORD:
            ok = False
            break
        kws.append(kw.lower() if fold else kw)
        end = at + len(o or "")
        if end < len(v):
            stops.add(v[end])
    keys = sorted(set(kws), key=lambda k: (-len(k), k))
    if not ok or not keys or len(keys) >= len(rows) or (len(keys) > 1 and not empty) or \
            any(c.isalnum() for c in stops):
        return found
    # a keyword seen once may be a given name ("Hans Meier" -> "Meier"): then "" only for a one-word value
    # (``fold``: keywords one of which some example writes in lower case, ``binti``, are particles, not given names)
    particles = fold and any(f" {k} " in f" {v} " for k in keys for v in vals)
    once = empty and not particles and any(kws.count(k) < 2 for k in keys)
    found += _program(rows, outs, names, types, name, keys, "".join(sorted(stops)), empty, once, fold)
    return found


def _program(rows: list[list[str | None]], outs: list[str | None], names: list[str], types: dict[str, str],
             name: str, keys: list[str], stops: str, empty: bool, once: bool = False,
             fold: bool = False) -> list[Candidate]:
    t = f"_kw_{name}"
    steps: list[dict[str, Any]] = [{"op": "template", "inputs": [name], "template": " {0}", "output": t}]
    cols = []
    for i, k in enumerate(keys):
        steps.append({"op": "regex_extract", "input": t, "output": f"{t}{i}", "pattern": _pattern(k, stops, fold),
                      "group": 1})
        cols.append(f"{t}{i}")
    if empty:  # no keyword at all: "" as the examples show (``once``: only for a value of one word, else null)
        steps += [{"op": "regex_extract", "input": name, "output": f"{t}_e", "pattern": "^[^ ]+$", "group": 0}] \
            if once else []
        steps += [{"op": "map_dict", "input": f"{t}_e" if once else name, "output": f"{t}_e", "mapping": {"": ""},
                   "default": ""}]
        for i, k in enumerate(keys):
            kp = f"[{''.join(class_esc(c) for c in _BEFORE)}]" + "".join(_either_case(c) for c in k) + "\\.? "
            steps += [{"op": "regex_extract", "input": t, "output": f"{t}_k{i}", "pattern": kp, "group": 0},
                      {"op": "coalesce", "inputs": [f"{t}_k{i}", f"{t}_e"], "output": f"{t}_k{i}"},
                      {"op": "map_dict", "input": f"{t}_k{i}", "output": f"{t}_k{i}", "mapping": {"": ""}}]
        steps.append({"op": "template", "inputs": [f"{t}_k{i}" for i in range(len(keys))],
                      "template": "".join(f"{{{i}}}" for i in range(len(keys))), "output": f"{t}_none"})
        cols.append(f"{t}_none")
    steps.append({"op": "coalesce", "inputs": cols, "output": OUT} if len(cols) > 1 else
                 {"op": "template", "inputs": cols, "template": "{0}", "output": OUT})
    if fold:  # a capital ``İ`` inside a word is the Turkish ``i`` (``ALİ`` -> ``Ali``; title case keeps it)
        steps += [{"op": "title_case", "input": OUT, "output": OUT},
                  {"op": "replace", "input": OUT, "output": OUT, "pattern": f"([{LETTER}])İ", "replacement": "$1i",
                   "groups": True}]
    pipe = confirmed(steps, rows, outs, names, types, version(steps))
    return [] if pipe is None else [candidate(pipe, 1.0 + 0.1 * len(keys), len(rows), "keyword_field")]
