"""A header row out of step with its data: from one position on each header names its neighbour's values."""

from __future__ import annotations

import numpy as np

from core.catalog import ColumnStats
from core.mapping.domain_facts import DomainFacts
from core.mapping.header_shift import HeaderShift, apply_shift, detect_shift, shift_tables
from core.mapping.match import match_columns
from core.mapping.pair_matrix import pair_matrices
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


_B = {
    "status": ["open", "shipped", "closed", "open", "returned", "shipped"],
    "sku": ["SKU-88121", "SKU-10443", "SKU-55120", "SKU-77301", "SKU-20019", "SKU-61412"],
    "quantity": ["3", "12", "1", "7", "40", "2"],
    "note": ["leave at door", "gift wrap please", "call before delivery", "fragile", "no invoice",
             "second floor"],
}


def _shifted_a() -> tuple[list[MatchColumn], dict[str, str]]:
    names = list(_VALUES)
    heads = [*names, "Unnamed: 6"]
    cols = [["Berlin", "Paris", "Rome", "Madrid", "Amsterdam", "Brussels"], *(_VALUES[k] for k in names)]
    return ([_c("a", h, v) for h, v in zip(heads, cols, strict=True)],
            {names[k]: heads[k + 1] for k in range(len(names))})


def test_a_shift_stays_inside_its_own_table_in_either_order() -> None:
    # table a's header row is out of step, table b's is right: b keeps its headers, a is realigned
    a, want_a = _shifted_a()
    b = [_c("b", k, v, "int" if k == "quantity" else "string") for k, v in _B.items()]
    dst = [*_target(), *(_c("t", k, v, "int" if k == "quantity" else "string") for k, v in _B.items())]
    for src in ([*a, *b], [*b, *a]):
        r = match_columns(src, dst, None, mode="data_mode")
        got = {a_.target: a_.sources[0] for a_ in r.assignment}
        # with two tables each source is named ``table.column``
        assert {k: got.get(k) for k in _B} == {k: f"b.{k}" for k in _B}
        assert {k: got.get(k) for k in want_a} == {k: f"a.{h}" for k, h in want_a.items()}


def test_shift_tables_judges_each_run_of_one_table_alone() -> None:
    eye = np.eye(6)
    # table a: values one column right of their headers from column 0 on; table b aligned (4 columns)
    head_a = np.hstack([eye, np.zeros((6, 1))])
    vals_a = np.hstack([np.zeros((6, 1)), eye])
    head_b, vals_b = np.eye(6, 4, k=0), np.eye(6, 4, k=0)
    for order in ("ab", "ba"):
        parts = {"a": (head_a, vals_a), "b": (head_b, vals_b)}
        head = np.hstack([parts[t][0] for t in order])
        vals = np.hstack([parts[t][1] for t in order])
        tables = [t for t in order for _ in range(parts[t][0].shape[1])]
        out = shift_tables(head, vals, tables)
        ob = order.index("b") * 7  # b's first column
        np.testing.assert_array_equal(out[:, ob:ob + 4], head_b)  # b untouched
        oa = order.index("a") * 4
        assert out[:, oa].sum() == 0.0 and out[2, oa + 3] == 1.0  # a realigned


def test_no_shift_from_stored_profiles() -> None:
    # metadata_only: the profiles (lengths) of a shifted table fill the value matrix, but a profile is no row
    # the header could be out of step with; the header component is the one judged without profiles
    names = list(_VALUES)
    heads = [*names, "Unnamed: 6"]
    cols = [["Berlin", "Paris", "Rome", "Madrid", "Amsterdam", "Brussels"], *(_VALUES[k] for k in names)]

    def prof(v: list[str]) -> ColumnStats:
        n = [len(x) for x in v]
        return ColumnStats(row_count=6, null_count=0, distinct_count=6, min_length=min(n), max_length=max(n),
                           mean_length=sum(n) / len(n))

    src = [MatchColumn(table="s", name=h, original_name=h, logical_type="string", profile=prof(v))
           for h, v in zip(heads, cols, strict=True)]
    _, with_p = pair_matrices(src, _target(), DomainFacts(None), profiles=True)
    _, without = pair_matrices(src, _target(), DomainFacts(None), profiles=False)
    assert not np.isnan(with_p["values"]).all()  # the profiles were judged
    np.testing.assert_array_equal(with_p["header"], without["header"])
