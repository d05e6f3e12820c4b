"""Unit table of the Transform DSL: every unit is (dimension, factor, offset) to a base unit.

``base = value * factor + offset``. A conversion a -> b is folded into one affine map
``y = x * scale + shift`` computed once in Python (binary64) so every backend performs the
same two IEEE-754 operations. Currency has no built-in table: it converts only through an
explicit ``rates`` argument (units per common base, e.g. ``{"USD": 1.0, "EUR": 1.08}``).
"""

from __future__ import annotations

from dsl.errors import DSLReject

#: currency rates are bounded so a rate ratio lies in 1e-150..1e150 and, with operands within the
#: safe range (|x| <= 1e150, see README "Numbers and rounding"), |x * ratio| stays within
#: 1e-300..1e300: no overflow to infinity and no underflow on any backend.
MIN_RATE, MAX_RATE = 1e-75, 1e75

UNITS: dict[str, tuple[str, float, float]] = {
    # length (base m)
    "mm": ("length", 0.001, 0.0), "cm": ("length", 0.01, 0.0), "m": ("length", 1.0, 0.0),
    "km": ("length", 1000.0, 0.0), "in": ("length", 0.0254, 0.0), "ft": ("length", 0.3048, 0.0),
    "yd": ("length", 0.9144, 0.0), "mi": ("length", 1609.344, 0.0),
    # mass (base kg)
    "mg": ("mass", 1e-6, 0.0), "g": ("mass", 0.001, 0.0), "kg": ("mass", 1.0, 0.0),
    "t": ("mass", 1000.0, 0.0), "oz": ("mass", 0.028349523125, 0.0), "lb": ("mass", 0.45359237, 0.0),
    "st": ("mass", 6.35029318, 0.0),
    # temperature: handled by TEMPERATURE (Celsius pivot), listed here for the dimension check
    "K": ("temperature", 1.0, 0.0), "C": ("temperature", 1.0, 0.0), "F": ("temperature", 1.0, 0.0),
    # volume (base l)
    "ml": ("volume", 0.001, 0.0), "cl": ("volume", 0.01, 0.0), "dl": ("volume", 0.1, 0.0),
    "l": ("volume", 1.0, 0.0), "m3": ("volume", 1000.0, 0.0), "gal": ("volume", 3.785411784, 0.0),
    "qt": ("volume", 0.946352946, 0.0), "pt": ("volume", 0.473176473, 0.0),
    "floz": ("volume", 0.0295735295625, 0.0),
    # duration (base s)
    "ms": ("duration", 0.001, 0.0), "s": ("duration", 1.0, 0.0), "min": ("duration", 60.0, 0.0),
    "h": ("duration", 3600.0, 0.0), "d": ("duration", 86400.0, 0.0), "wk": ("duration", 604800.0, 0.0),
}


#: unit -> (offset, divisor) with celsius = (x - offset) / divisor
TEMPERATURE: dict[str, tuple[float, float]] = {"C": (0.0, 1.0), "K": (273.15, 1.0), "F": (32.0, 1.8)}


def plan(from_unit: str, to_unit: str, rates: dict[str, float] | None = None) -> list[tuple[str, float]]:
    """Arithmetic steps (op, constant) with op in sub/div/mul/add that convert a value.

    Linear units fold into one ``mul``; temperatures pivot through Celsius
    (``(x - off_a) / div_a * div_b + off_b``) so 212 F -> 100 C and 32 F -> 0 C exactly.
    """
    scale, _ = affine(from_unit, to_unit, rates)
    if rates is None and UNITS[from_unit][0] == "temperature" and from_unit != to_unit:
        (oa, da), (ob, db) = TEMPERATURE[from_unit], TEMPERATURE[to_unit]
        steps = [("sub", oa), ("div", da), ("mul", db), ("add", ob)]
        return [(k, c) for k, c in steps if not (k in ("sub", "add") and c == 0.0 or k in ("div", "mul") and c == 1.0)]
    return [] if scale == 1.0 else [("mul", scale)]


def affine(from_unit: str, to_unit: str, rates: dict[str, float] | None = None) -> tuple[float, float]:
    """Return (scale, shift) with ``to = from * scale + shift``; DSLReject when impossible."""
    if rates is not None:
        for arg, unit in (("from_unit", from_unit), ("to_unit", to_unit)):
            if unit not in rates:
                raise DSLReject(f"currency {unit!r} not in the rate table", argument=arg)
            rate = rates[unit]
            if not (MIN_RATE <= rate <= MAX_RATE):
                raise DSLReject(f"rate for {unit!r} must be within {MIN_RATE:g}..{MAX_RATE:g} (got {rate!r}): "
                                "outside it a conversion of an in-range value could overflow or underflow",
                                argument="rates", unit=unit, bound=[MIN_RATE, MAX_RATE])
        return rates[from_unit] / rates[to_unit], 0.0
    for arg, unit in (("from_unit", from_unit), ("to_unit", to_unit)):
        if unit not in UNITS:
            raise DSLReject(f"unknown unit {unit!r} (currency needs an explicit rates table)",
                            argument=arg)
    dim_a, fa, oa = UNITS[from_unit]
    dim_b, fb, ob = UNITS[to_unit]
    if dim_a != dim_b:
        raise DSLReject(f"cannot convert {dim_a} ({from_unit}) to {dim_b} ({to_unit})",
                        argument="to_unit")
    if from_unit == to_unit:
        return 1.0, 0.0
    return fa / fb, (oa - ob) / fb
