"""Geographic coordinates under headers that say nothing (issue 11 leak class: a person's IP-derived latitude and
longitude under ``f3``/``f4`` were cleared as amounts). Coordinates are masked by their values; the numbers they
resemble (amounts, temperatures, percentages, unit measures, exchange rates) still clear. All values made up."""

from __future__ import annotations

import random

from core.pii.coords import coordinate_axis, coordinate_column, coordinate_pairs, latlong_text
from core.pii.decide import decide_table

N = 80


def _rng() -> random.Random:
    return random.Random(4711)


def _coords(rng: random.Random, lat: tuple[float, float], lon: tuple[float, float]) -> list[dict[str, object]]:
    return [{"f1": f"R{i:05d}", "f2": round(rng.uniform(*lat), 4), "f3": round(rng.uniform(*lon), 4)}
            for i in range(N)]


def _decisions(rows: list[dict[str, object]]) -> dict[str, tuple[bool, str | None]]:
    return {d.column: (d.clear, d.entity) for d in decide_table(list(rows[0]), rows)}


def test_ip_derived_coordinates_under_blank_headers_are_masked() -> None:
    rows = _coords(_rng(), (-2.5, 1.0), (29.0, 31.0))  # East Africa: negative latitudes, longitudes near 30
    got = _decisions(rows)
    assert got["f2"] == (False, "LOCATION") and got["f3"] == (False, "LOCATION")


def test_weak_latitude_is_masked_only_with_its_longitude_beside_it() -> None:
    rng = _rng()
    rows = _coords(rng, (1.25, 1.45), (103.6, 104.0))  # Singapore: latitudes look like exchange rates
    assert not _decisions(rows)["f2"][0] and not _decisions(rows)["f3"][0]
    alone = [{"f1": r["f1"], "f2": r["f2"], "f9": "x" if i % 2 else "y"} for i, r in enumerate(rows)]
    assert _decisions(alone)["f2"][0]  # alone, 1.3xxx is no more a latitude than a rate


def test_latlong_text_column_is_masked() -> None:
    rng = _rng()
    rows = [{"f1": f"{rng.uniform(-3, 3):.4f}, {rng.uniform(28, 32):.4f}"} for _ in range(N)]
    assert latlong_text([str(r["f1"]) for r in rows])
    assert _decisions(rows)["f1"][0] is False


def test_non_personal_header_clears_coordinate_values() -> None:
    rows = _coords(_rng(), (-2.5, 1.0), (29.0, 31.0))
    named = [{"weight_kg": r["f3"], "f1": r["f1"]} for r in rows]
    assert _decisions(named)["weight_kg"][0]  # a header the catalog reads as non-personal decides


def test_numbers_that_are_not_coordinates_still_clear() -> None:
    rng = _rng()
    rows = [{
        "f1": round(rng.uniform(5, 900), 2),  # amounts: 2 decimals
        "f2": f"{rng.uniform(0, 100):.1f}%",  # percentages
        "f3": f"{rng.uniform(1, 90):.3f} kg",  # measures with a unit
        "f4": round(rng.uniform(0.8, 1.6), 4),  # exchange rates: positive, below 10
        "f5": round(rng.uniform(0.8, 1.6), 4),  # a second rate beside it: no strong partner, no pair
        "f6": round(rng.uniform(-10, 35), 1),  # temperatures: 1 decimal
    } for _ in range(N)]
    got = _decisions(rows)
    assert [c for c in ("f1", "f2", "f3", "f4", "f5", "f6") if not got[c][0]] == []


def test_axis_and_strength_tests() -> None:
    assert coordinate_axis(["-1.2716", "0.3476", "-0.0917", "1.0001", "-2.3333"]) == "latitude"
    assert coordinate_axis(["-122.4194", "-73.9857", "151.2093", "2.3522", "139.6917"]) == "longitude"
    assert coordinate_axis(["181.1234", "12.3456", "1.2222", "3.4444", "5.5555"]) is None  # out of range
    assert coordinate_axis(["12.34", "1.25", "3.50", "9.99", "4.10"]) is None  # 2 decimals: amounts
    assert coordinate_axis(["1.2716"] * 10) is None  # not varied
    assert coordinate_column(["-1.2716", "0.3476", "-0.0917", "1.0001", "-2.3333"])
    assert not coordinate_column(["1.2716", "1.3476", "1.0917", "1.0001", "1.3333"])  # weak alone
    texts = {"a": ["1.2716", "1.3476", "1.0917", "1.0001", "1.3333"],
             "b": ["103.8198", "103.7001", "103.9012", "103.6543", "103.8765"],
             "c": ["0.8512", "0.8623", "0.8734", "0.8845", "0.8956"]}
    assert coordinate_pairs(["a", "b"], texts) == {"a", "b"}
    assert coordinate_pairs(["a", "c"], texts) == set()
