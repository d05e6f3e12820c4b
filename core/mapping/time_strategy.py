"""The transformation for a date + time-of-day compose (:mod:`core.mapping.time_groups`): one DSL
pipeline giving the timestamp.

* the date: a string column through :func:`core.mapping.dates.date_steps` (every date shape it shows),
  rendered ``YYYY-MM-DD``; a date/datetime column rendered directly;
* the time: meridiem words (``오후``/``下午``/``午後``, ``p.m.``) become ``PM``/``AM`` (``replace``); hour and
  minute are extracted (``:``, ``.`` or ``h`` between them); with a meridiem ``time_12_to_24`` gives
  ``HH:MM``, without one the hour is padded (``8:43`` -> ``08:43``); ``coalesce`` keeps the one that
  applies; seconds are kept when written, else ``00``;
* ``template`` joins ``{date}T{HH:MM}:{SS}`` and ``date_parse`` validates it.

DSL v1.2+ ops only (``replace``, ``pad``, ``template``, ``coalesce``, ``time_12_to_24``); nothing in Python.
"""

from __future__ import annotations

from typing import Any

from core.mapping.dates import date_steps, shapes_in
from core.mapping.side import MatchColumn
from core.mapping.strategies import Proposal
from core.mapping.target import TargetColumn
from core.mapping.time_groups import time_share
from dsl.models import Pipeline

#: meridiem spellings -> the English marker ``time_12_to_24`` reads (literal patterns, applied in order)
MERIDIEM = (("오후", " PM"), ("下午", " PM"), ("午後", " PM"), ("오전", " AM"), ("上午", " AM"), ("午前", " AM"),
            (r"[Pp]\.? ?[Mm]\.?", " PM"), (r"[Aa]\.? ?[Mm]\.?", " AM"))
#: ``time_12_to_24`` is DSL 1.5
DSL_NEEDED = "1.5.0"
_HM = r"([0-9]{1,2}) ?[:.hH時시] ?([0-5][0-9])"


def _date_part(col: MatchColumn) -> list[dict[str, Any]] | None:
    """Steps writing ``_cd_s`` (``YYYY-MM-DD`` text) from the date column."""
    if col.logical_type in ("date", "datetime"):
        return [{"op": "date_format", "input": col.name, "output": "_cd_s", "format": "%Y-%m-%d"}]
    if col.logical_type != "string":
        return None
    shapes = shapes_in(col.values)
    if not shapes:
        return None
    return [*date_steps(col.name, "_cd", shapes),
            {"op": "date_format", "input": "_cd", "output": "_cd_s", "format": "%Y-%m-%d"}]


def _time_part(col: MatchColumn) -> list[dict[str, Any]]:
    """Steps writing ``_ct_hm`` (``HH:MM``) and ``_ct_s`` (``SS``) from the time-of-day column."""
    steps: list[dict[str, Any]] = [{"op": "trim", "input": col.name, "output": "_ct"}]
    for pattern, marker in MERIDIEM:
        steps.append({"op": "replace", "input": "_ct", "output": "_ct", "pattern": pattern, "replacement": marker})
    steps += [
        {"op": "regex_extract", "input": "_ct", "output": "_ct_h", "pattern": _HM, "group": 1},
        {"op": "regex_extract", "input": "_ct", "output": "_ct_m", "pattern": _HM, "group": 2},
        {"op": "regex_extract", "input": "_ct", "output": "_ct_ap", "pattern": "[AP]M"},
        {"op": "template", "inputs": ["_ct_h", "_ct_m", "_ct_ap"], "template": "{0}:{1} {2}", "output": "_ct_12"},
        {"op": "time_12_to_24", "input": "_ct_12", "output": "_ct_12"},
        {"op": "pad", "input": "_ct_h", "output": "_ct_hp", "width": 2},
        {"op": "template", "inputs": ["_ct_hp", "_ct_m"], "template": "{0}:{1}", "output": "_ct_24"},
        {"op": "coalesce", "inputs": ["_ct_12", "_ct_24"], "output": "_ct_hm"},
        {"op": "regex_extract", "input": "_ct", "output": "_ct_sec", "pattern": r"[0-9]:[0-5][0-9]:([0-5][0-9])",
         "group": 1},
        {"op": "map_dict", "input": "_ct", "output": "_ct_zero", "mapping": {"00": "00"}, "default": "00"},
        {"op": "coalesce", "inputs": ["_ct_sec", "_ct_zero"], "output": "_ct_s"},
    ]
    return steps


def date_time_compose(target: TargetColumn, date: MatchColumn, time: MatchColumn) -> list[Proposal]:
    """The date + time-of-day -> timestamp pipeline, or nothing when the pair is not one (a target
    that is no datetime, a time column whose values are not times of day, a date column without
    a date shape)."""
    if target.logical_type != "datetime" or time.logical_type != "string":
        return []
    if time.values is not None and time_share(time.values) < 0.5:
        return []
    date_steps_ = _date_part(date)
    if date_steps_ is None:
        return []
    steps = [*date_steps_, *_time_part(time),
             {"op": "template", "inputs": ["_cd_s", "_ct_hm", "_ct_s"], "template": "{0}T{1}:{2}", "output": "_c_iso"},
             {"op": "date_parse", "input": "_c_iso", "output": target.name, "format": "%Y-%m-%dT%H:%M:%S"}]
    pipe = Pipeline.model_validate({"dsl_version": DSL_NEEDED, "inputs": [date.name, time.name],
                                    "outputs": [target.name], "steps": steps,
                                    "input_types": {date.name: date.logical_type, time.name: time.logical_type}})
    return [Proposal(strategy="compose", pipeline=pipe,
                     rationale=f"date of {date.name} and time of day of {time.name} joined into a timestamp")]
