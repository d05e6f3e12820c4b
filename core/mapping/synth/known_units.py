"""Conversion factors a data engineer knows by heart, for units the DSL's unit table lacks.

The DSL's ``convert_unit`` table (:mod:`dsl.units`) covers length, mass, volume, temperature and
duration. Columns also arrive in nautical miles, tyre pressures (psi, kPa, bar), engine powers (kW,
PS, hp), energies (kWh, MJ, kcal), areas (ha, acres) and data sizes (MB, GiB). A factor *fitted* to
three rounded examples is rarely the exact one (``1.8522`` for ``1.852``; one example per unit in a
mixed column fixes nothing), so a number followed by such a unit word in every example proposes the
known factors to every unit of its dimension: ``x * factor`` as an ordinary fitted arithmetic
candidate (a ``safe_math`` multiply), checked on the examples like any other. Only units written in
the input are proposed, so a branch of one example does not choose among hundreds of factors by
coincidence.
"""

from __future__ import annotations

import re

from dsl import units as dsl_units

#: session 14: volumes the DSL table lacks, in litres like its volume units (oil barrels of 42 US gallons,
#: hectolitres, US bushels), and their spellings; :mod:`.unit_readings` reads the same table
VOLUMES: dict[str, float] = {"bbl": 158.987294928, "hl": 100.0, "bu": 35.23907016688}
VOLUME_SPELLINGS: dict[str, str] = {
    "BBL": "bbl", "Bbl": "bbl", "bbls": "bbl", "barrel": "bbl", "barrels": "bbl", "Barrel": "bbl", "Barrels": "bbl",
    "hL": "hl", "HL": "hl", "bushel": "bu", "bushels": "bu"}
#: unit -> (dimension, factor to the dimension's base unit); units outside the DSL table
EXTRA: dict[str, tuple[str, float]] = {
    "nmi": ("length", 1852.0),
    "Pa": ("pressure", 1.0), "hPa": ("pressure", 100.0), "kPa": ("pressure", 1000.0), "MPa": ("pressure", 1e6),
    "bar": ("pressure", 1e5), "mbar": ("pressure", 100.0), "psi": ("pressure", 6894.757293168),
    "atm": ("pressure", 101325.0), "mmHg": ("pressure", 133.322387415), "inHg": ("pressure", 3386.389),
    "W": ("power", 1.0), "kW": ("power", 1000.0), "MW": ("power", 1e6), "hp": ("power", 745.69987158227),
    "PS": ("power", 735.49875), "J": ("energy", 1.0), "kJ": ("energy", 1000.0), "MJ": ("energy", 1e6),
    "Wh": ("energy", 3600.0), "kWh": ("energy", 3.6e6), "MWh": ("energy", 3.6e9), "cal": ("energy", 4.184),
    "kcal": ("energy", 4184.0), "BTU": ("energy", 1055.05585262), "kn": ("speed", 1852.0 / 3600.0),
    "mph": ("speed", 1609.344 / 3600.0), "km/h": ("speed", 1000.0 / 3600.0), "m/s": ("speed", 1.0),
    "m2": ("area", 1.0), "km2": ("area", 1e6), "ha": ("area", 1e4), "acre": ("area", 4046.8564224),
    "sqft": ("area", 0.09290304), "sqm": ("area", 1.0),
    "kB": ("data", 1e3), "MB": ("data", 1e6), "GB": ("data", 1e9), "TB": ("data", 1e12),
    "KiB": ("data", 1024.0), "MiB": ("data", 1024.0 ** 2), "GiB": ("data", 1024.0 ** 3), "TiB": ("data", 1024.0 ** 4),
    # session 12: line speeds and rates (a percent is 100 basis points)
    "bit/s": ("datarate", 1.0), "kbit/s": ("datarate", 1e3), "Mbit/s": ("datarate", 1e6),
    "Gbit/s": ("datarate", 1e9), "Tbit/s": ("datarate", 1e12),
    "%": ("ratio", 1e-2), "‰": ("ratio", 1e-3), "bp": ("ratio", 1e-4),
    **{u: ("volume", f) for u, f in VOLUMES.items()},
}
#: spellings -> unit (case-sensitive first, then lower case)
ALIASES = {"NM": "nmi", "nm": "nmi", "kts": "kn", "knots": "kn", "kt": "kn", "bhp": "hp", "HP": "hp", "Hp": "hp",
           "ps": "PS", "CV": "PS", "cv": "PS", "kw": "kW", "KW": "kW", "kpa": "kPa", "KPA": "kPa", "KPa": "kPa",
           "PSI": "psi", "Psi": "psi", "BAR": "bar", "Bar": "bar", "kwh": "kWh", "KWH": "kWh", "kmh": "km/h",
           "kph": "km/h", "KB": "kB", "acres": "acre", "ac": "acre", "ft2": "sqft", "m²": "m2", "km²": "km2",
           "kbps": "kbit/s", "Kbps": "kbit/s", "Mbps": "Mbit/s", "Gbps": "Gbit/s", "Tbps": "Tbit/s",
           "kb/s": "kbit/s", "Mb/s": "Mbit/s", "Gb/s": "Gbit/s", "pct": "%", "bsp": "bp", "Bp": "bp",
           **VOLUME_SPELLINGS}
#: spellings of two units: read as the unit of the dimension the column's other units have (``50 bps`` beside
#: ``0.375%`` is 50 basis points, beside ``1 Gbit/s`` 50 bits per second)
AMBIGUOUS: dict[str, dict[str, str]] = {"bps": {"ratio": "bp", "datarate": "bit/s"}}
_AFTER = re.compile(r"([0-9]+(?:[.,][0-9]+)?)[\t ]*([A-Za-z][A-Za-z/]*)")
_GROUPED = re.compile(r",(?=[0-9]{3}$)")
#: factor complexity: a known constant is nearly as simple as an everyday one
KNOWN_COST = 0.25


def _unit(word: str) -> str | None:
    name = ALIASES.get(word, word)
    return name if name in EXTRA else None


def unit_after(text: str, number: str | None) -> str | None:
    """The extra-table unit written right after ``number`` in ``text`` (None when absent or unsure)."""
    if number is None:
        return None
    # the number as written or read without its thousands commas (``3,401 barrels`` read as 3401)
    hits = {_unit(u) for num, u in _AFTER.findall(text) if number in (num, _GROUPED.sub("", num))}
    return hits.pop() if len(hits) == 1 else None


def _dimension(dim: str) -> dict[str, float]:
    """Every unit of ``dim`` (extra table and the DSL's, non-temperature) -> factor to the base."""
    out = {u: f for u, (d, f) in EXTRA.items() if d == dim}
    if dim in ("length", "volume"):  # the DSL's length units are in metres, its volumes in litres, like these
        out.update({u: f for u, (d, f, _) in dsl_units.UNITS.items() if d == dim})
    return out


def factors(unit: str) -> list[float]:
    """Multipliers from ``unit`` to every other unit of its dimension (the identity excluded)."""
    dim, fa = EXTRA[unit]
    return sorted({fa / fb for u, fb in _dimension(dim).items() if u != unit and fa != fb})


#: every known factor between two units of one dimension (a constant the examples need not explain)
ALL_FACTORS = frozenset(f for u in EXTRA for f in factors(u))
