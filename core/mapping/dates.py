"""Date normalization as one DSL pipeline: every date shape found in a column -> ISO -> date.

DSL v1 parses only fixed, zero-padded formats and has no branching op. A column mixing
``2021-02-08``, ``10/19/2016``, ``15.12.2020``, ``2017/2/4`` and ``Jan 14, 2021`` is still one
pipeline of v1 ops: per shape, ``regex_extract`` pulls year/month/day (null when the shape does
not match), ``map_dict`` pads one-digit parts and turns month names into numbers, ``concat``
builds ``YYYY-MM-DD`` (null unless the shape matched); a final ``concat`` with ``nulls=skip``
keeps the one shape that matched and ``date_parse`` validates it. Shapes that overlap
(``03/04/2020``: month/day or day/month) are never both included; the order is chosen from the
sample values (a first part above 12 means day first).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

MONTHS = {m: f"{i:02d}" for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
PAD = {str(i): f"{i:02d}" for i in range(1, 10)}
# shape id -> (extraction pattern with 3 groups, order of groups as (y, m, d) indexes, month by name)
SHAPES: dict[str, tuple[str, tuple[int, int, int], bool]] = {
    "ymd_dash": (r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", (1, 2, 3), False),
    "ymd_slash": (r"^([0-9]{4})/([0-9]{1,2})/([0-9]{1,2})", (1, 2, 3), False),
    "mdy_slash": (r"^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})", (3, 1, 2), False),
    "dmy_slash": (r"^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})", (3, 2, 1), False),
    "dmy_dot": (r"^([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})", (3, 2, 1), False),
    "dmy_dash": (r"^([0-9]{1,2})-([0-9]{1,2})-([0-9]{4})", (3, 2, 1), False),
    "mon_d_y": (r"^([A-Za-z]{3})[A-Za-z]*\.? ([0-9]{1,2}),? ([0-9]{4})", (3, 1, 2), True),
    "d_mon_y": (r"^([0-9]{1,2}) ([A-Za-z]{3})[A-Za-z]*\.? ([0-9]{4})", (3, 2, 1), True),
    # 2024年3月5日, 2024년 3월 5일 (Chinese, Japanese, Korean)
    "ymd_cjk": (r"^([0-9]{4}) ?[年년] ?([0-9]{1,2}) ?[月월] ?([0-9]{1,2})", (1, 2, 3), False),
    "ymd_dot": (r"^([0-9]{4})\.([0-9]{1,2})\.([0-9]{1,2})", (1, 2, 3), False),
}
_PY = {k: re.compile(v[0]) for k, v in SHAPES.items()}


def shapes_in(values: Sequence[str] | None) -> list[str]:
    """Shapes to include: those the values show (all when no values), never both slash orders."""
    if not values:
        return [k for k in SHAPES if k != "dmy_slash"]
    found: list[str] = []
    day_first = False
    for v in values:
        s = v.strip()
        for k, rx in _PY.items():
            m = rx.match(s)
            if m and k not in found:
                found.append(k)
            if m and k == "mdy_slash" and int(m.group(1)) > 12:
                day_first = True
    if day_first:
        found = [k for k in found if k != "mdy_slash"]
    else:
        found = [k for k in found if k != "dmy_slash"]
    return [k for k in SHAPES if k in found]


def date_steps(inp: str, out: str, shapes: Sequence[str]) -> list[dict[str, Any]]:
    """DSL steps turning string column ``inp`` into date column ``out`` (see module docstring)."""
    steps: list[dict[str, Any]] = [{"op": "trim", "input": inp, "output": "_d_in"}]
    months = {**{k: v for k, v in MONTHS.items()}, **{k.title(): v for k, v in MONTHS.items()},
              **{k.upper(): v for k, v in MONTHS.items()}}
    isos: list[str] = []
    for n, shape in enumerate(shapes):
        pattern, order, by_name = SHAPES[shape]
        parts = []
        for role, g in zip("ymd", order, strict=True):
            col = f"_d{n}{role}"
            steps.append({"op": "regex_extract", "input": "_d_in", "output": col, "pattern": pattern, "group": g})
            if role == "m" and by_name:
                steps.append({"op": "map_dict", "input": col, "output": col, "mapping": months})
            elif role in "md":
                steps.append({"op": "map_dict", "input": col, "output": col, "mapping": PAD, "on_missing": "keep"})
            parts.append(col)
        iso = f"_d{n}iso"
        steps.append({"op": "concat", "inputs": parts, "output": iso, "separator": "-", "nulls": "propagate"})
        isos.append(iso)
    steps.append({"op": "concat", "inputs": isos, "output": "_d_iso", "separator": "", "nulls": "skip"})
    steps.append({"op": "date_parse", "input": "_d_iso", "output": out, "format": "%Y-%m-%d"})
    return steps
