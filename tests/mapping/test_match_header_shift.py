"""A header row out of step with its data: from one position on each header names its neighbour's values."""

from __future__ import annotations

import numpy as np

from core.mapping.header_shift import HeaderShift, apply_shift, detect_shift
from core.mapping.match import match_columns
from core.mapping.side import MatchColumn

_VALUES = {
    "order_no": ["A-1001", "A-1002", "A-1003", "A-1004", "A-1005", "A-1006"],
    "email": ["ann@shop.example", "bo@mail.example", "cy@web.example", "di@shop.example", "ed@mail.example",
              "fi@web.example"],
    "order_date": ["2024-03-01", "2024-03-02", "2024-03-05", "2024-03-07", "2024-03-09", "2024-03-11"],
    "country": ["DE", "FR", "IT", "ES", "NL", "BE"],
    "amount": ["19.90", "250.00", "74.50", "12.00", "999.99", "31.25"],
    "phone": ["+49 30 1234567", "+33 1 23456789", "+39 06 1234567", "+34 91 1234567", "+31 20 1234567",
              "+32 2 1234567"],
}


def _c(table: str, name: str, values: list[str] | None, t: str = "string") -> MatchColumn:
    return MatchColumn(table=table, name=name, original_name=name, logical_type=t, values=values)


def _target() -> list[MatchColumn]:
    return [_c("t", k, v, "decimal" if k == "amount" else "string") for k, v in _VALUES.items()]


def test_a_column_inserted_in_the_rows_but_not_in_the_header_is_read_by_the_values() -> None:
    # the data gained a leading "shop" column; the header row did not: each header names its right neighbour
    names = list(_VALUES)
    heads = [*names, "Unnamed: 6"]
    cols = [["Berlin", "Paris", "Rome", "Madrid", "Amsterdam", "Brussels"], *(_VALUES[k] for k in names)]
    src = [_c("s", h, v) for h, v in zip(heads, cols, strict=True)]
    r = match_columns(src, _target(), None, mode="data_mode")
    got = {a.target: a.sources[0] for a in r.assignment}
    # the values decide: the column under "order_no" holds shop cities, each target's values sit under the header
    # of the next target
    assert got == {names[k]: heads[k + 1] for k in range(len(names))}


def test_an_aligned_table_keeps_its_headers() -> None:
    src = [_c("s", k, v) for k, v in _VALUES.items()]
    r = match_columns(src, _target(), None, mode="data_mode")
    assert {a.target: a.sources[0] for a in r.assignment} == {k: k for k in _VALUES}


def test_detection_needs_several_columns_and_a_clear_gain() -> None:
    eye = np.eye(6)
    # aligned: nothing to do
    assert detect_shift(eye, eye) is None
    # values one column to the right of their headers from column 2 on (a column inserted at 2)
    vals = np.zeros((6, 7))
    vals[:2, :2] = np.eye(2)
    for i in range(2, 6):
        vals[i, i + 1] = 1.0
    head = np.hstack([eye, np.zeros((6, 1))])
    s = detect_shift(head, vals)
    assert s == HeaderShift(start=2, step=1, gain=s.gain if s else 0.0) and s is not None and s.gain >= 3.9
    shifted = apply_shift(head, s)
    assert shifted[3, 4] == 1.0 and shifted[:, 2].sum() == 0.0 and shifted[1, 1] == 1.0
    # a single column that happens to fit its neighbour's header is no shift
    one = eye.copy()
    one[:, [4, 5]] = one[:, [5, 4]]
    assert detect_shift(eye, one) is None
    # metadata_only: no values were read
    assert detect_shift(eye, np.full((6, 6), np.nan)) is None
