"""How :mod:`.unitcols` reads a unit amount beyond one number and one unit of one table.

Three readings recur across golden sets written by different authors (session 13: dev_b8 kitchen measures,
troy ounces, air-conditioner BTU, CSS font sizes, engine displacements; earlier: dev_b3..dev_b7 unit constants and
thousands separators):

* **More units, and a unit with two readings.** ``pt`` is a pint (volume) and a typographic point (CSS length:
  ``4/3 px``); ``BTU`` on an air conditioner is ``BTU/h`` (power), elsewhere energy. A unit maps to every reading
  here; a column is read in the one dimension every unit it writes has (:func:`readings`). Kitchen measures, troy
  ounces, ``cm³`` / ``ccm`` and CSS lengths (``px``, ``em`` = ``rem`` = 16 px) join the tables.
* **Thousands groups.** ``18.000 BTU``, ``22,000 Btu/hr``, ``1.199 ccm`` (1199 cm³): a point or comma before
  exactly three digits and no further digit is a thousands separator, any other a decimal mark
  (:func:`ungroup`). Tried only when the plain reading reproduces no example set, so ``0.875em`` stays 0.875 in a
  column whose examples fit the plain reading.
* **Vulgar fractions.** ``1½ cups``, ``½ cup``: the fraction character becomes its decimals (``.5``) and a bare
  leading point gets a zero (:func:`fraction_steps`); only when an example writes one.
"""

from __future__ import annotations

import re
from typing import Any

from core.mapping.synth.known_units import VOLUME_SPELLINGS, VOLUMES

#: 1 BTU/h in watts (the international table BTU per hour)
BTU_PER_HOUR = 0.29307107017222
#: extra units: spelling -> (dimension, factor to the dimension's base, inverse); volume in litres, mass in kg
MORE: dict[str, tuple[str, float, bool]] = {
    "cup": ("volume", 0.2365882365, False), "tbsp": ("volume", 0.01478676478125, False),
    "tsp": ("volume", 0.00492892159375, False), "cm3": ("volume", 0.001, False),
    "ozt": ("mass", 0.0311034768, False), "ct": ("mass", 0.0002, False), "gr": ("mass", 0.001, False),
    "ML": ("volume", 1000000.0, False),
    "BTU/h": ("power", BTU_PER_HOUR, False),
    "px": ("css", 1.0, False), "em": ("css", 16.0, False), "rem": ("css", 16.0, False),
    # session 14: oil barrels (42 US gallons), hectolitres, US bushels (dry volume): known_units' table
    **{u: ("volume", f, False) for u, f in VOLUMES.items()},
    # session 15: torque (N·m; a pound-force foot is 0.3048 m x 4.4482216152605 N) and volume flow (litres per
    # second): columns of both arrive with several units in one column (dev_b10; recurring unit class)
    "Nm": ("torque", 1.0, False), "lbf·ft": ("torque", 1.3558179483314004, False),
    "lbf·in": ("torque", 0.1129848290276167, False), "kgf·m": ("torque", 9.80665, False),
    "l/s": ("flow", 1.0, False), "l/min": ("flow", 1.0 / 60.0, False), "l/h": ("flow", 1.0 / 3600.0, False),
    "m3/h": ("flow", 1000.0 / 3600.0, False), "m3/s": ("flow", 1000.0, False), "m3/min": ("flow", 1000.0 / 60.0, False),
    "gpm": ("flow", 3.785411784 / 60.0, False), "cfm": ("flow", 28.316846592 / 60.0, False),
}
#: spellings -> unit of MORE (after spaces are dropped)
SPELLINGS: dict[str, str] = {
    "cups": "cup", "Cup": "cup", "Cups": "cup", "c.": "cup", "tbsp.": "tbsp", "Tbsp": "tbsp", "tbs": "tbsp",
    "tablespoon": "tbsp", "tablespoons": "tbsp", "tsp.": "tsp", "teaspoon": "tsp", "teaspoons": "tsp",
    "cm³": "cm3", "ccm": "cm3", "cc": "cm3", "ozt": "ozt", "troyoz": "ozt", "oztr": "ozt", "ozT": "ozt",
    "BTU/hr": "BTU/h", "Btu/h": "BTU/h", "Btu/hr": "BTU/h", "btu/h": "BTU/h", "BTUH": "BTU/h",
    "PX": "px", "EM": "em", "REM": "rem", **VOLUME_SPELLINGS,
    "N·m": "Nm", "N.m": "Nm", "N-m": "Nm", "lb-ft": "lbf·ft", "lbft": "lbf·ft", "ft-lb": "lbf·ft",
    "ft·lb": "lbf·ft", "ft·lbf": "lbf·ft", "ft-lbf": "lbf·ft", "lbf-ft": "lbf·ft", "lb·ft": "lbf·ft", "ftlb": "lbf·ft",
    "ft-lbs": "lbf·ft", "lb-in": "lbf·in", "in-lb": "lbf·in", "in·lbf": "lbf·in", "in-lbs": "lbf·in",
    "L/s": "l/s", "lps": "l/s", "L/min": "l/min", "lpm": "l/min", "LPM": "l/min", "L/h": "l/h", "m³/h": "m3/h",
    "m³/s": "m3/s", "m³/min": "m3/min", "GPM": "gpm", "CFM": "cfm",
}
#: second readings of spellings the other tables hold: spelling -> [(dimension, factor, inverse)]
SECOND: dict[str, list[tuple[str, float, bool]]] = {
    "pt": [("css", 4.0 / 3.0, False)], "in": [("css", 96.0, False)], "cm": [("css", 96.0 / 2.54, False)],
    "mm": [("css", 96.0 / 25.4, False)], "BTU": [("power", BTU_PER_HOUR, False)],
    "Btu": [("power", BTU_PER_HOUR, False)],
}
#: a litre written in capitals (``1.6L``)
CAPITALS = {"L": "l", "mL": "ml", "cL": "cl", "dL": "dl"}
#: the other reading of a spelling with two of one dimension, taken only when the column shows it: ``gr`` is a
#: gram (French, Spanish, Italian, Greek, Portuguese) unless the examples show grains or the column's other
#: units are imperial; ``ML`` is a megalitre (SI) unless the examples show millilitres
OTHER: dict[str, tuple[str, float, bool]] = {"gr": ("mass", 0.00006479891, False), "ML": ("volume", 0.001, False)}
#: units after which ``gr`` is a grain without an example of it
IMPERIAL = {"oz", "lb", "lbs", "ozt", "troyoz", "oztr", "ozT", "dr", "st", "dwt"}


def variants(units: list[str], read: dict[str, tuple[str, float, bool]]) -> list[dict[str, tuple[str, float, bool]]]:
    """The tables to read a column whose units are ``units`` with, in order: ``read``, then with the other reading
    of each spelling of :data:`OTHER` the column writes (only that one when ``gr`` comes with imperial units)."""
    out = [read]
    for unit, other in OTHER.items():
        if unit in units:
            alt = {**read, unit: other}
            out = [alt] if unit == "gr" and IMPERIAL & set(units) else [*out, alt]
    return out


def table(base: dict[str, tuple[str, float, bool]]) -> dict[str, tuple[str, float, bool]]:
    """``base`` (the first reading of every spelling) with the units and spellings here added, none replaced."""
    out = dict(base)
    for unit, reading in MORE.items():
        out.setdefault(unit, reading)
    for spelling, unit in SPELLINGS.items():
        out.setdefault(spelling, MORE[unit])
    for spelling, unit in CAPITALS.items():
        if unit in out:
            out.setdefault(spelling, out[unit])
    return out


def readings(unit: str, first: dict[str, tuple[str, float, bool]]) -> list[tuple[str, float, bool]]:
    """Every reading of ``unit``: its first one (``first``), then its second ones."""
    return ([first[unit]] if unit in first else []) + SECOND.get(unit, [])


def dimensions(units: list[str], first: dict[str, tuple[str, float, bool]]) -> list[str]:
    """The dimensions in which every unit of ``units`` has a reading, the first readings' dimension first."""
    common: set[str] | None = None
    for u in units:
        dims = {d for d, _, _ in readings(u, first)}
        common = dims if common is None else common & dims
    order = [first[u][0] for u in units if u in first]
    return sorted(common or set(), key=lambda d: (order.count(d) == 0, -order.count(d), d))


def spellings_in(dim: str, first: dict[str, tuple[str, float, bool]]) -> dict[str, tuple[float, bool]]:
    """Every spelling with a reading in ``dim`` -> (factor, inverse)."""
    out = {u: (f, inv) for u, (d, f, inv) in first.items() if d == dim}
    for u, extra in SECOND.items():
        for d, f, inv in extra:
            if d == dim:
                out[u] = (f, inv)
    return out


#: vulgar fractions -> their decimals
FRACTIONS = {"½": ".5", "¼": ".25", "¾": ".75", "⅛": ".125", "⅜": ".375", "⅝": ".625", "⅞": ".875",
             "⅓": ".3333333333333333", "⅔": ".6666666666666666"}
_LEADING_POINT = r"^([\t ]*)\."
#: most groups of three digits read (up to 10^18)
MAX_GROUPS = 5


def _group_patterns() -> list[tuple[str, str]]:
    """A first number written in a valid grouping: 1..3 digits (not a lone ``0``), then groups of exactly three
    digits after one separator, and no further digit or separator-digit; its separators dropped. Longest first."""
    out = []
    for sep in (r"\.", ","):
        for n in range(MAX_GROUPS, 0, -1):
            groups = "".join(f"{sep}([0-9]{{3}})" for _ in range(n))
            head = f"^([^0-9]*)([1-9][0-9]{{0,2}}){groups}"
            out.append((head + f"({sep}?[^0-9{sep[-1]}])", "".join(f"${k}" for k in range(1, n + 4))))
            out.append((head + "$", "".join(f"${k}" for k in range(1, n + 3))))
    return out


GROUP_PATTERNS = _group_patterns()


def has_fractions(vals: list[str | None]) -> bool:
    """True when a value writes a vulgar fraction."""
    return any(ch in (v or "") for v in vals for ch in FRACTIONS)


def unfraction(v: str | None) -> str | None:
    """Python mirror of :func:`fraction_steps`."""
    if v is None:
        return None
    for ch, dec in FRACTIONS.items():
        v = v.replace(ch, dec)
    return re.sub(_LEADING_POINT, r"\g<1>0.", v)


def fraction_steps(col: str, out: str) -> list[dict[str, Any]]:
    """``out``: ``col`` with every vulgar fraction written as decimals (``1½`` -> ``1.5``, ``½`` -> ``0.5``)."""
    steps: list[dict[str, Any]] = []
    src = col
    for ch, dec in FRACTIONS.items():
        steps.append({"op": "replace", "input": src, "output": out, "pattern": re.escape(ch), "replacement": dec})
        src = out
    steps.append({"op": "replace", "input": out, "output": out, "pattern": _LEADING_POINT, "replacement": "$10.",
                  "groups": True})
    return steps


def ungroup(v: str | None) -> str | None:
    """Python mirror of :func:`ungroup_steps`: thousands separators dropped, the decimal mark a point."""
    if v is None:
        return None
    for pattern, repl in GROUP_PATTERNS:
        v = re.sub(pattern, re.sub(r"\$([0-9])", r"\\g<\1>", repl), v)
    return v.replace(",", ".")


def ungroup_steps(col: str, out: str) -> list[dict[str, Any]]:
    """``out``: ``col`` with the separators of a validly grouped first number dropped (``1.234.567``, not
    ``0.875`` nor ``1.2345``), any other comma a point."""
    steps: list[dict[str, Any]] = []
    for pattern, repl in GROUP_PATTERNS:
        steps.append({"op": "replace", "input": out if steps else col, "output": out, "pattern": pattern,
                      "replacement": repl, "groups": True})
    return [*steps, {"op": "replace", "input": out, "output": out, "pattern": ",", "replacement": "."}]
