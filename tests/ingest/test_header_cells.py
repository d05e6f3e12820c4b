"""Header-cell rules (core/ingest/header_cells.py) read a cell in time linear in its length: a 140 KB header cell
of one letter (ingest fuzz seed 1001, case 7) took 313 s with the street-number pattern searched from every
position; the whole file now opens in about a second."""

from __future__ import annotations

import time

import pytest

from core.catalog import HeaderRow
from core.ingest.header_cells import _HOUSE_NUMBER, MAX_CELL, personal_looking, value_looking
from core.ingest.header_row import header_names

LONG = ["z" * 140_000, "ab " * 50_000, "Ab1 " * 40_000, "1" * 100_000, "a@" + "b." * 50_000,
        "Calle " * 30_000 + "12", "x" * 100_000 + " 12345678Z"]


@pytest.mark.parametrize("cell", LONG, ids=range(len(LONG)))
def test_long_cells_are_classified_in_bounded_time(cell: str) -> None:
    t0 = time.perf_counter()
    kind = value_looking(cell)
    personal_looking(cell, dates=True)
    _HOUSE_NUMBER.search(cell)  # the pattern itself, unbounded input: linear too
    _, names, _, d = header_names(["city", cell], HeaderRow(present=True, confidence=0.5), [["Lima", "x"]])
    assert time.perf_counter() - t0 < 0.5
    assert kind == "long_text" and names[1] == "column_2" and d.masked_names == [2]


def test_a_long_digit_run_is_still_a_personal_value_in_a_confident_header() -> None:
    assert personal_looking("1" * (MAX_CELL + 10), dates=False) == "digits"
    assert personal_looking("Quarterly revenue " * 20, dates=False) is None


@pytest.mark.parametrize(("cell", "kind"), [
    ("Calle Toledo 12, 2ºA", "address"), ("Plaza Mayor 3", "address"), ("Main St. 5b", "address"),
    ("Carmen Ibáñez Moreno", "name"), ("Juan de Pérez", "name"), ("Sin observaciones, llamar", "sentence"),
    ("Name", None), ("Street address", None), ("ID 2024", None), ("Q3 Revenue (EUR)", None), ("Toledo 123456", None),
])
def test_value_kinds(cell: str, kind: str | None) -> None:
    assert value_looking(cell) == kind
