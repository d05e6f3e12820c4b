"""Unit cues in headers: ``weight_kg``, ``temp_c``, ``duration_min``, ``preis_eur``, ``laenge_m``."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

_TABLE: dict[str, tuple[str, str]] = {}


def _add(dimension: str, unit: str, *tokens: str) -> None:
    for t in tokens:
        _TABLE[t] = (unit, dimension)


_add("mass", "kg", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramm")
_add("mass", "g", "gram", "grams", "gramm", "gr", "grs")
_add("mass", "mg", "mg", "milligram", "milligrams")
_add("mass", "lb", "lb", "lbs", "pound", "pounds")
_add("mass", "oz", "oz", "ounce", "ounces")
_add("mass", "t", "ton", "tons", "tonne", "tonnes")
_add("length", "mm", "mm", "millimeter", "millimeters", "millimetre")
_add("length", "cm", "cm", "centimeter", "centimeters", "centimetre", "zentimeter")
_add("length", "m", "meter", "meters", "metre", "metres", "metros", "metri")
_add("length", "km", "km", "kilometer", "kilometers", "kilometre", "kilometres")
_add("length", "in", "inch", "inches", "zoll")
_add("length", "ft", "ft", "feet", "foot")
_add("length", "yd", "yd", "yard", "yards")
_add("length", "mi", "mile", "miles", "meilen")
_add("temperature", "C", "celsius", "degc", "degreesc", "grad", "gradc")
_add("temperature", "F", "fahrenheit", "degf", "degreesf")
_add("temperature", "K", "kelvin")
_add("volume", "ml", "ml", "milliliter", "milliliters", "millilitre")
_add("volume", "cl", "cl")
_add("volume", "dl", "dl")
_add("volume", "l", "liter", "liters", "litre", "litres", "litros", "ltr")
_add("volume", "m3", "m3", "cbm", "cubic")
_add("volume", "gal", "gal", "gallon", "gallons")
_add("volume", "floz", "floz")
_add("duration", "ms", "ms", "millis", "milliseconds")
_add("duration", "s", "sec", "secs", "second", "seconds", "sekunden", "secondes", "segundos")
_add("duration", "min", "min", "mins", "minute", "minutes", "minuten", "minutos")
_add("duration", "h", "hr", "hrs", "hour", "hours", "std", "stunden", "heures", "horas")
_add("duration", "d", "days", "tage", "jours", "dias")
_add("duration", "wk", "wk", "weeks", "wochen")
_add("area", "m2", "m2", "sqm", "qm", "sqmeter")
_add("area", "sqft", "sqft", "sqfeet")
_add("area", "ha", "ha", "hectare", "hectares", "hektar")
_add("percent", "%", "pct", "percent", "prozent", "pourcentage", "porcentaje", "perc")
for _cur in ("eur", "usd", "gbp", "chf", "jpy", "cny", "sek", "pln", "cad", "aud", "inr", "brl"):
    _add("currency", _cur.upper(), _cur)
_add("currency", "EUR", "euro", "euros")
_add("currency", "USD", "dollar", "dollars")

#: Single letters that are units only as the last token of a multi-token header (``temp_c``).
_TRAILING_ONLY: dict[str, tuple[str, str]] = {
    "c": ("C", "temperature"), "f": ("F", "temperature"), "k": ("K", "temperature"),
    "m": ("m", "length"), "g": ("g", "mass"), "t": ("t", "mass"), "l": ("l", "volume"),
    "s": ("s", "duration"), "h": ("h", "duration"), "d": ("d", "duration"), "in": ("in", "length"),
}

_UNIT_DIMENSION = {unit: dim for unit, dim in _TABLE.values()} | {u: d for u, d in _TRAILING_ONLY.values()}


class UnitCue(BaseModel):
    """A unit named in a header."""

    model_config = ConfigDict(frozen=True)

    token: str
    unit: str
    dimension: str


def unit_cues(tokens: tuple[str, ...]) -> list[UnitCue]:
    """Unit cues found in header tokens (order of appearance, no duplicates)."""
    cues: list[UnitCue] = []
    for i, tok in enumerate(tokens):
        hit = _TABLE.get(tok)
        if hit is None and i == len(tokens) - 1 and len(tokens) > 1:
            hit = _TRAILING_ONLY.get(tok)
        if hit is not None and all(c.unit != hit[0] for c in cues):
            cues.append(UnitCue(token=tok, unit=hit[0], dimension=hit[1]))
    return cues


def unit_dimension(unit: str) -> str | None:
    """Dimension of a unit symbol used in the catalog (None when unknown)."""
    return _UNIT_DIMENSION.get(unit)


def unit_compat(cues: list[UnitCue], domain_units: list[str]) -> float | None:
    """1.0 when a cue's unit (or its dimension) belongs to the domain, 0.0 when the header names a
    unit the domain does not have, None when there is no cue (the evidence kind is unavailable)."""
    if not cues:
        return None
    if not domain_units:
        return 0.0
    dims = {unit_dimension(u) for u in domain_units}
    for c in cues:
        if c.unit in domain_units:
            return 1.0
        if c.dimension in dims:
            return 0.9
    return 0.0
