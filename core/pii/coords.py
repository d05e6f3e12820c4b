"""Geographic coordinates told by their values (issue 11: a person's IP-derived latitude and longitude under
headers that say nothing, ``f3``/``f4``, were cleared as amounts).

Values cannot tell a person's coordinates (household GPS, IP-derived location: personal) from a machine's or a
site's (truck GPS, cell site: not), so a column whose values read as decimal latitudes or longitudes is masked
unless its header names a non-personal thing (:func:`core.pii.decide.decide_column`).

A column reads as coordinates (:func:`coordinate_column`) when nine in ten of its numbers carry three or more
fraction digits, all lie in [-180, 180], and they vary (half of them distinct, five at least). Alone it must also
be *strong*: a negative value or a magnitude of 10 or more. Positive numbers below 10 with many decimals are
exchange rates, ratios and shares as often as latitudes near the equator (Singapore's ``1.3521``), so such a
*weak* column is masked only when an adjacent column is strong and the pair fits a latitude and a longitude
(:func:`coordinate_pairs`): two adjacent exchange-rate columns (``1.0842``/``0.8573``) stay in clear. A single
column of ``"lat, long"`` pairs (``-1.2716, 29.9686``) reads as coordinates on its own (:func:`latlong_text`).

Kept out: amounts with two decimals, temperatures with one, percentages (``12.5%``) and measures with a unit
(``12.345 kg``), which are no bare decimals. A bare measure with three or more decimals in [-180, 180] (``72.345``)
under a header that names nothing is masked: deny by default, the header clears it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

DECIMAL = re.compile(r"^[-+]?\d{1,3}\.(\d+)$")
LATLONG = re.compile(r"^\(?\s*([-+]?\d{1,2}\.\d{3,})\s*[,; ]\s*([-+]?\d{1,3}\.\d{3,})\s*\)?$")
#: Share of cells that must be decimals with three or more fraction digits (a float loses trailing zeros).
FRACTION_SHARE = 0.9
DISTINCT_MIN = 5


def _numbers(texts: Sequence[str]) -> list[float] | None:
    """The numbers of ``texts`` when nine in ten are decimals with 3+ fraction digits and all are in range."""
    if not texts:
        return None
    nums, long_frac = [], 0
    for t in texts:
        m = DECIMAL.match(t.strip())
        if m is None:
            if not re.fullmatch(r"[-+]?\d{1,3}", t.strip()):
                return None
            nums.append(float(t))
            continue
        long_frac += len(m.group(1)) >= 3
        nums.append(float(t))
    if long_frac / len(texts) < FRACTION_SHARE or any(abs(n) > 180 for n in nums):
        return None
    if len(set(nums)) < max(DISTINCT_MIN, len(nums) // 2):
        return None
    return nums


def coordinate_axis(texts: Sequence[str]) -> str | None:
    """``"latitude"`` (all within [-90, 90]) or ``"longitude"`` when ``texts`` read as decimal coordinates of
    one axis (see module docstring; no strength test), else None."""
    nums = _numbers(texts)
    if nums is None:
        return None
    return "latitude" if all(abs(n) <= 90 for n in nums) else "longitude"


def strong(texts: Sequence[str]) -> bool:
    """Whether decimal coordinates in ``texts`` are more than a ratio could be: a negative value or one of
    magnitude 10 or more."""
    nums = _numbers(texts)
    return nums is not None and any(n < 0 or abs(n) >= 10 for n in nums)


def latlong_text(texts: Sequence[str]) -> bool:
    """Whether nine in ten cells hold a ``"lat, long"`` pair (latitude within 90, longitude within 180)."""
    if not texts:
        return False
    hits = 0
    for t in texts:
        m = LATLONG.match(t.strip())
        hits += bool(m) and abs(float(m.group(1))) <= 90 and abs(float(m.group(2))) <= 180  # type: ignore[union-attr]
    return hits / len(texts) >= FRACTION_SHARE and len(set(texts)) >= DISTINCT_MIN


def coordinate_column(texts: Sequence[str]) -> bool:
    """Whether one column reads as coordinates on its own: strong decimal coordinates or "lat, long" text."""
    return latlong_text(texts) or (coordinate_axis(texts) is not None and strong(texts))


def coordinate_pairs(columns: Sequence[str], texts: dict[str, list[str]]) -> set[str]:
    """Columns that read as coordinates with their neighbour: two adjacent columns of decimal coordinates, one at
    least strong, one within the latitude range (the weak one of the pair is masked with the strong one)."""
    found: set[str] = set()
    for a, b in zip(columns, columns[1:], strict=False):
        axes = (coordinate_axis(texts[a]), coordinate_axis(texts[b]))
        if None in axes or "latitude" not in axes:
            continue
        if strong(texts[a]) or strong(texts[b]):
            found.update((a, b))
    return found
