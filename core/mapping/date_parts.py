"""A date inside another column's values: decompose candidates and their pipeline.

Two ways a date hides in a column that is no date column itself (:func:`core.mapping.value_kinds.
temporal_share` under one half):

* **a national id that begins with the birth date** (Swedish personnummer ``19850412-1234`` /
  ``850412-1234``, Finnish henkilötunnus ``120385-123A``, and the like): the leading digits read as
  ``YYYYMMDD`` (8 digits, 19xx/20xx) or, for 6 digits followed by a sign, as ``YYMMDD`` or ``DDMMYY``,
  whichever reading more values pass;
* **a text that carries a date** (a document's presentation string ``Inventory INV-117 of
  29.03.2024 9:00``): a numeric date (``dd.mm.yyyy``, ``dd/mm/yyyy``, ISO) anywhere in the value.

A column where at least :data:`EMBED_SHARE` of the values hold such a date is a decompose candidate
for a date target whose example years fall within the years it holds (a birth date is not read from
a 2024 document string), scored :data:`BASE` + :data:`GAIN` x share x era fit + :data:`HEADER` x
header similarity. Values are read in memory only; nothing is stored.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from core.mapping.dates import date_steps, shapes_in
from core.mapping.side import MatchColumn
from core.mapping.strategies import Proposal
from core.mapping.target import TargetColumn
from core.mapping.value_kinds import temporal_share
from dsl.models import Pipeline

EMBED_SHARE = 0.8
BASE = 0.3
GAIN = 0.4
HEADER = 0.2
#: a two-digit year above this is 19xx, else 20xx
PIVOT = 30
#: example years may lie this many years outside the range of the embedded ones
ERA_SLACK = 1.0
SAMPLE = 200
_LEAD = re.compile(r"^\s*(\d+)(.?)")
_TEXT = [re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)"),
         re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")]
#: a day, a month's name in any language and a year (``29 марта 2024``): found, not parsed (month unknown)
_NAMED = re.compile(r"(?<!\d)(\d{1,2})\.?\s+[^\W\d_]{3,}\.?\s+((?:19|20)\d{2})(?!\d)")
_YEAR = re.compile(r"^(19|20)\d{2}")


def _valid(y: int, m: int, d: int) -> bool:
    """A calendar date (31 February is none: the pipeline would turn it into a null) of 1900-2099."""
    return 1 <= m <= 12 and 1900 <= y <= 2099 and 1 <= d <= calendar.monthrange(y, m)[1]


def _year2(yy: int) -> int:
    return 1900 + yy if yy > PIVOT else 2000 + yy


def id_dates(values: Sequence[str]) -> tuple[str, list[float]] | None:
    """(6-digit reading ``ymd``/``dmy``, years) when at least :data:`EMBED_SHARE` of the values begin
    with a date (module docstring); None otherwise."""
    vals = [v for v in values[:SAMPLE] if v.strip()]
    if not vals:
        return None
    heads = [(h.group(1), h.group(2)) for v in vals if (h := _LEAD.match(v))]
    best: tuple[str, list[float]] | None = None
    for order in ("ymd", "dmy"):
        years: list[float] = []
        for digits, nxt in heads:
            if len(digits) in (8, 12) and digits[:2] in ("19", "20"):
                y, m, d = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
            elif len(digits) == 6 and nxt and not nxt.isdigit() or len(digits) == 10:
                a, b, c = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
                y, m, d = (_year2(a), b, c) if order == "ymd" else (_year2(c), b, a)
            else:
                continue
            if _valid(y, m, d):
                years.append(y + (m - 1) / 12)
        if len(years) >= EMBED_SHARE * len(vals) and (best is None or len(years) > len(best[1])):
            best = (order, years)
    return best


def text_dates(values: Sequence[str]) -> list[float] | None:
    """Years of the numeric dates found inside text values, when at least :data:`EMBED_SHARE` hold one."""
    vals = [v for v in values[:SAMPLE] if v.strip()]
    years: list[float] = []
    for v in vals:
        for k, rx in enumerate(_TEXT):
            m = rx.search(v)
            if m:
                y, mo, d = (int(m.group(3)), int(m.group(2)), int(m.group(1))) if k == 0 else \
                    (int(m.group(1)), int(m.group(2)), int(m.group(3)))
                if _valid(y, mo, d):
                    years.append(y + (mo - 1) / 12)
                break
        else:
            m = _NAMED.search(v)
            if m and 1 <= int(m.group(1)) <= 31:
                years.append(int(m.group(2)) + 0.5)
    return years if vals and len(years) >= EMBED_SHARE * len(vals) else None


def _example_years(values: Sequence[str] | None) -> list[float]:
    out = []
    for v in values or []:
        m = re.match(r"^(\d{4})-(\d{2})", v.strip())
        if m:
            out.append(int(m.group(1)) + (int(m.group(2)) - 1) / 12)
    return out


def era_fit(examples: Sequence[float], years: Sequence[float]) -> float:
    """Share of the example years within the embedded years' 5th-95th percentile (``ERA_SLACK`` wider);
    0.5 without examples."""
    if not examples:
        return 0.5
    lo, hi = np.percentile(years, 5) - ERA_SLACK, np.percentile(years, 95) + ERA_SLACK
    return float(np.mean([lo <= e <= hi for e in examples]))


def embedded_date_decomposes(src: Sequence[MatchColumn], dst: Sequence[MatchColumn],
                             header: np.ndarray) -> dict[int, tuple[int, float]]:
    """Per date target row the best (source, score) of the module docstring."""
    found: dict[int, tuple[float, list[float]]] = {}
    for j, c in enumerate(src):
        if not c.values or (temporal_share(c.values) or 0.0) >= 0.5:
            continue
        ids = id_dates(c.values)
        years = ids[1] if ids else text_dates(c.values)
        if years:
            n = len([v for v in c.values[:SAMPLE] if v.strip()])
            found[j] = (len(years) / n, years)
    out: dict[int, tuple[int, float]] = {}
    if not found:
        return out
    for i, d in enumerate(dst):
        if d.logical_type not in ("date", "datetime") and not (d.domain or "").startswith("datetime.date"):
            continue
        ex = _example_years(d.values)
        for j, (share, years) in found.items():
            sc = round(BASE + GAIN * share * era_fit(ex, years) + HEADER * float(header[i, j]), 4)
            if i not in out or sc > out[i][1]:
                out[i] = (j, sc)
    return out


def _id_steps(src: str, out: str, order: str) -> list[dict[str, Any]]:
    century = {f"{yy:02d}": ("19" if yy > PIVOT else "20") for yy in range(100)}
    y6, d6 = (1, 3) if order == "ymd" else (3, 1)
    six = r"^([0-9]{2})([0-9]{2})([0-9]{2})[^0-9]"
    return [
        {"op": "trim", "input": src, "output": "_e"},
        {"op": "regex_extract", "input": "_e", "output": "_e8y", "pattern": r"^([12][09][0-9]{2})[0-9]{4}", "group": 1},
        {"op": "regex_extract", "input": "_e", "output": "_e8m", "pattern": r"^[12][09][0-9]{2}([0-9]{2})", "group": 1},
        {"op": "regex_extract", "input": "_e", "output": "_e8d", "pattern": r"^[12][09][0-9]{4}([0-9]{2})", "group": 1},
        {"op": "template", "inputs": ["_e8y", "_e8m", "_e8d"], "template": "{0}-{1}-{2}", "output": "_e8"},
        {"op": "regex_extract", "input": "_e", "output": "_e6y", "pattern": six, "group": y6},
        {"op": "regex_extract", "input": "_e", "output": "_e6m", "pattern": six, "group": 2},
        {"op": "regex_extract", "input": "_e", "output": "_e6d", "pattern": six, "group": d6},
        {"op": "map_dict", "input": "_e6y", "output": "_e6c", "mapping": century},
        {"op": "template", "inputs": ["_e6c", "_e6y", "_e6m", "_e6d"], "template": "{0}{1}-{2}-{3}",
         "output": "_e6"},
        {"op": "coalesce", "inputs": ["_e8", "_e6"], "output": "_e_iso"},
        {"op": "date_parse", "input": "_e_iso", "output": out, "format": "%Y-%m-%d"},
    ]


def _text_steps(src: str, out: str, values: Sequence[str]) -> list[dict[str, Any]] | None:
    patterns = (r"[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{4}", r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # one extraction each
    found = [m.group(0) for v in values[:SAMPLE] for p in patterns if (m := re.search(p, v))]
    shapes = shapes_in(found)
    if not shapes:
        return None
    return [{"op": "regex_extract", "input": src, "output": "_e_t0", "pattern": patterns[0]},
            {"op": "regex_extract", "input": src, "output": "_e_t1", "pattern": patterns[1]},
            {"op": "coalesce", "inputs": ["_e_t0", "_e_t1"], "output": "_e_txt"},
            *date_steps("_e_txt", out, shapes)]


def embedded_date_proposal(target: TargetColumn, src: MatchColumn) -> list[Proposal]:
    """The pipeline reading the date out of ``src`` into ``target`` (date or datetime), or nothing."""
    if target.logical_type not in ("date", "datetime") or src.logical_type != "string" or not src.values:
        return []
    ids = id_dates(src.values)
    out = target.name if target.logical_type == "date" else "_e_date"
    steps = _id_steps(src.name, out, ids[0]) if ids else (
        _text_steps(src.name, out, src.values) if text_dates(src.values) else None)
    if steps is None:
        return []
    if target.logical_type == "datetime":
        steps.append({"op": "type_cast", "input": "_e_date", "output": target.name, "to": "datetime"})
    pipe = Pipeline.model_validate({"dsl_version": "1.2.0", "inputs": [src.name], "outputs": [target.name],
                                    "steps": steps, "input_types": {src.name: src.logical_type}})
    how = "the birth date at the start of an id" if ids else "the date written inside the text"
    return [Proposal(strategy="decompose", pipeline=pipe, rationale=f"{how} of {src.name}")]
