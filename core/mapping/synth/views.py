"""Views: normalized forms of one input that selectors read (raw, whitespace-cleaned, Unicode spaces,
digits only, letters and digits only, numbers in US / European / mixed / in-text notation, a field of
a long value, clock times as minutes), their Python mirrors and their DSL steps.
"""

from __future__ import annotations

import re

from core.mapping.synth import text

#: every space character: ASCII whitespace, no-break and typographic spaces (``Café\u00a0de Flore``)
USPACE = "[\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+"
VIEW_COST = {"raw": 0.0, "clean": 0.05, "uclean": 0.1, "alnum": 0.2, "digits": 0.25, "num_us": 0.25, "num_eu": 0.3,
             "num_dec": 0.3,
             "num_txt": 0.1, "clock": 0.2, "clock_last": 0.25, "clock_s": 0.25, "clock_last_s": 0.3}
#: the clock views read the value between two spaces (template ``CLOCK_PAD``), so that a clock time at either end
#: of it has a character on each side: a clock time is ``H:MM`` / ``HH:MM`` (``clock_s``, ``clock_last_s``:
#: ``H:MM:SS``, seconds ignored) with neither a digit nor ``:`` on either side, so ``17:30:00`` is no ``30:00``
#: and ``10:300`` no ``10:30``; a program learned from clock times without seconds gives null on one with seconds
CLOCK_PAD = " {0} "
_EDGE = "[^0-9:]"
#: the clock time at the start of a value: minutes since midnight, a number arithmetic can subtract (a run time
#: across midnight is a remainder of 1440)
CLOCK_H = f"^[\t-\r ]*([0-9]{{1,2}}):[0-9]{{2}}{_EDGE}"
CLOCK_M = f"^[\t-\r ]*[0-9]{{1,2}}:([0-9]{{2}}){_EDGE}"
#: the last clock time of a value (``10:30-12:00``: the end of a range), read by the ``clock_last`` view
CLOCK_LAST_H = f"{_EDGE}([0-9]{{1,2}}):[0-9]{{2}}{_EDGE}*$"
CLOCK_LAST_M = f"{_EDGE}[0-9]{{1,2}}:([0-9]{{2}}){_EDGE}*$"
#: clock view -> (hour pattern, minute pattern), each reading group 1 of the padded value
CLOCK_PATTERNS = {
    "clock": (CLOCK_H, CLOCK_M), "clock_last": (CLOCK_LAST_H, CLOCK_LAST_M),
    "clock_s": (CLOCK_H.replace(f"{_EDGE}", f":[0-9]{{2}}{_EDGE}", 1),
                CLOCK_M.replace(f"){_EDGE}", f"):[0-9]{{2}}{_EDGE}", 1)),
    "clock_last_s": (f"{_EDGE}([0-9]{{1,2}}):[0-9]{{2}}:[0-9]{{2}}{_EDGE}*$",
                     f"{_EDGE}[0-9]{{1,2}}:([0-9]{{2}}):[0-9]{{2}}{_EDGE}*$"),
}
#: views that read one part of their input (a clock time), not all of it
PART_VIEWS = tuple(CLOCK_PATTERNS)
#: a *field* view: ``SUB`` + a pattern whose group 1 is a field of the input (``17\)([^(]+)`` of a GS1 string),
#: so that slices and tokens apply inside the field (extract, then reshape)
SUB = "sub:"
SUB_COST = 0.4


def view_cost(kind: str) -> float:
    """Ranking cost of reading view ``kind``."""
    return SUB_COST if kind.startswith(SUB) else VIEW_COST[kind]


#: a decimal comma between two digits (``2 x 1,19``): the ``num_txt`` view writes it as a point
DEC_COMMA = r"([0-9]),([0-9])"


def view_value(kind: str, s: str | None) -> str | None:
    """Python mirror of a view (see :func:`view_steps` for the DSL form)."""
    if s is None:
        return None
    if kind == "raw":
        return s
    if kind.startswith(SUB):
        return text.extract(s, kind[len(SUB):], 1)
    if kind == "clean":
        return text.collapse(text.trim(s))
    if kind in PART_VIEWS:
        hp, mp = CLOCK_PATTERNS[kind]
        padded = CLOCK_PAD.format(s)
        h, m = text.extract(padded, hp, 1), text.extract(padded, mp, 1)
        return None if h is None or m is None else str(int(h) * 60 + int(m))
    if kind == "uclean":  # every kind of space one ASCII space, trimmed
        return text.trim(re.sub(USPACE, " ", s))
    if kind == "digits":
        return re.sub(r"[^0-9]+", "", s)
    if kind == "alnum":
        return re.sub(r"[^0-9A-Za-z]+", "", s)
    if kind == "num_us":
        return re.sub(r"[^0-9.\-]+", "", s)
    if kind == "num_dec":  # a decimal comma or point, no thousands separators (``7,1`` and ``99.5`` alike)
        return re.sub(r"[^0-9.,\-]+", "", s).replace(",", ".")
    if kind == "num_eu":
        return re.sub(r"[^0-9,\-]+", "", s).replace(",", ".")
    if kind == "num_txt":  # the text as written, its decimal commas as points: numbers inside text
        return re.sub(DEC_COMMA, r"\1.\2", s)
    raise ValueError(kind)


def view_steps(kind: str, src: str, out: str) -> list[dict[str, object]]:
    """DSL steps computing view ``kind`` of column ``src`` into ``out``."""
    if kind == "clean":
        return [{"op": "trim", "input": src, "output": out},
                {"op": "collapse_whitespace", "input": out, "output": out}]
    if kind in PART_VIEWS:
        hp, mp = CLOCK_PATTERNS[kind]
        return [{"op": "template", "inputs": [src], "output": f"{out}_p", "template": CLOCK_PAD},
                {"op": "regex_extract", "input": f"{out}_p", "output": f"{out}_h", "pattern": hp, "group": 1},
                {"op": "regex_extract", "input": f"{out}_p", "output": f"{out}_m", "pattern": mp, "group": 1},
                {"op": "type_cast", "input": f"{out}_h", "output": f"{out}_h", "to": "float"},
                {"op": "type_cast", "input": f"{out}_m", "output": f"{out}_m", "to": "float"},
                {"op": "safe_math", "fn": "mul", "args": [f"{out}_h", 60.0], "output": f"{out}_h"},
                {"op": "safe_math", "fn": "add", "args": [f"{out}_h", f"{out}_m"], "output": f"{out}_h"},
                {"op": "format_number", "input": f"{out}_h", "output": out, "decimals": 0, "thousands": "",
                 "decimal_mark": "."}]
    if kind == "uclean":
        return [{"op": "replace", "input": src, "output": out, "pattern": USPACE, "replacement": " "},
                {"op": "trim", "input": out, "output": out}]
    pats = {"digits": [(r"[^0-9]+", "")], "alnum": [(r"[^0-9A-Za-z]+", "")],
            "num_us": [(r"[^0-9.\-]+", "")], "num_eu": [(r"[^0-9,\-]+", ""), (",", ".")],
            "num_dec": [(r"[^0-9.,\-]+", ""), (",", ".")]}
    if kind.startswith(SUB):
        return [{"op": "regex_extract", "input": src, "output": out, "pattern": kind[len(SUB):], "group": 1}]
    if kind == "num_txt":
        return [{"op": "replace", "input": src, "output": out, "pattern": DEC_COMMA, "replacement": "$1.$2",
                 "groups": True}]
    steps: list[dict[str, object]] = []
    cur = src
    for pat, rep in pats[kind]:
        steps.append({"op": "replace", "input": cur, "output": out, "pattern": pat, "replacement": rep})
        cur = out
    return steps
