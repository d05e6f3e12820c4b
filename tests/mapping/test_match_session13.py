"""Session 13: date grain (core.mapping.date_grain) and row offsets between dates (core.mapping.date_offsets)."""

from __future__ import annotations

import datetime as dt
import math
import random

import numpy as np

from core.mapping.arith_groups import arith_composes, relation_support, target_relations
from core.mapping.arith_strategy import arith_compose, shown_relations
from core.mapping.date_grain import clock_of, grain, grain_matrix
from core.mapping.date_offsets import day_numbers, offset_support
from core.mapping.features import value_matrix
from core.mapping.match import match_columns
from core.mapping.side import MatchColumn, with_cells


def _c(name: str, values: list[str] | None, table: str = "s", logical: str = "string") -> MatchColumn:
    return MatchColumn(table=table, name=name, original_name=name, logical_type=logical,
                       values=[v for v in values if v] if values is not None else None)


def _rows(cols: dict[str, list[str]]) -> list[dict[str, str]]:
    n = len(next(iter(cols.values())))
    return [{k: v[r] for k, v in cols.items()} for r in range(n)]


def _top(src: list[MatchColumn], dst: list[MatchColumn]) -> dict[str, str]:
    """Each target's best-ranked source (no domain catalog here: the scores are too low to be assigned)."""
    return {r.target: r.candidates[0].sources[0] for r in match_columns(src, dst, None, mode="data_mode").targets}


def _side(cols: dict[str, list[str]], table: str, logical: dict[str, str] | None = None) -> list[MatchColumn]:
    out = [_c(k, v, table, (logical or {}).get(k, "string")) for k, v in cols.items()]
    with_cells(out, _rows(cols))
    return out


# ---- grain ------------------------------------------------------------------------------------------------

def test_clock_of_reads_times_after_a_date_only() -> None:
    assert clock_of("05/17/2024 02:49:53 PM") == 14 * 60 + 49
    assert clock_of("25.06.2020 14:51") == 14 * 60 + 51 and clock_of("2024-07-01T16:08:15") == 16 * 60 + 8
    assert clock_of("2024 m. birželio 3 d. 03:41") == 3 * 60 + 41
    assert clock_of("12/01/2024 12:05 AM") == 5  # midnight hour of the 12-hour clock
    # no time after a date: bare dates, a bare time, a number, a 13 o'clock PM
    for v in ("05/17/2024", "2024-03-05", "08:43", "12.5", "1/5/2024 13:05 PM"):
        assert clock_of(v) is None, v


def test_grain_of_columns() -> None:
    assert grain(["2024-05-17 14:49", "2024-05-18 09:12", "2024-05-19 17:03"]) == "clock"
    assert grain(["17.05.2024", "18 May 2024", "2024-05-19"]) == "date"
    assert grain(["2024-05-17 00:00:00", "2024-05-18 00:00:00"]) == "date"  # a date stored as midnight
    assert grain(["1719944038", "1728431260", "1725000000"]) == "clock"  # Unix seconds
    assert grain(["A-17", "B-18"]) is None and grain(["12.5", "7.25"]) is None  # not temporal
    assert grain(["2024-05-17 14:49", "2024-05-18", "2024-05-19", "2024-05-20"]) is None  # mixed


def test_grain_matrix_penalises_different_grains_only() -> None:
    stamps = _c("entered", ["17.05.2024 14:51", "18.05.2024 09:02", "19.05.2024 16:40", "20.05.2024 11:11"])
    dates = _c("petsa", ["05/16/2024", "5/17/2024", "2024-05-18", "05/19/2024"])
    words = _c("note", ["ok", "late", "ok", "fine"])
    date_t = _c("loan_date", ["2024-03-15", "2024-06-13"], "t", "date")
    stamp_t = _c("picked_up_at", ["2024-03-15T08:40:00", "2024-06-13T17:05:00"], "t", "datetime")
    midnight_t = _c("booked_at", ["2024-03-15T00:00:00", "2024-06-13T00:00:00"], "t", "datetime")
    g = grain_matrix([stamps, dates, words], [date_t, stamp_t, midnight_t])
    assert g[0, 0] < 1.0 and math.isnan(g[0, 1])  # a date target: the timestamp is the other grain
    assert math.isnan(g[1, 1]) and math.isnan(g[1, 0])  # a timestamp target: bare dates may start a compose
    assert all(math.isnan(x) for x in g[2])  # examples at midnight say nothing about the grain
    assert all(math.isnan(x) for x in g[:, 2])  # words are no grain


def test_business_date_beats_the_entry_timestamp() -> None:
    rng = random.Random(3)
    base = [dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(300)) for _ in range(30)]
    entry = [f"{(d + dt.timedelta(days=rng.randrange(3))).strftime('%Y-%m-%d')} {rng.randrange(8, 18):02d}:"
             f"{rng.randrange(60):02d}:{rng.randrange(60):02d}" for d in base]
    typed = [d.strftime(rng.choice(["%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%d"])) for d in base]
    src = [_c("col_a", typed), _c("col_b", entry)]
    dst = [_c("payment_date", ["2024-03-15", "2024-06-13", "2024-08-01"], "t", "date")]
    v = value_matrix(src, dst)
    assert v[0, 0] > v[0, 1]  # same era, same days: only the grain differs
    assert _top(src, dst) == {"payment_date": "col_a"}


def test_the_only_timestamp_still_feeds_a_date_target() -> None:
    entry = [f"2024-0{m}-1{d} 1{d}:2{m}" for m in range(1, 8) for d in range(1, 4)]
    src = [_c("created", entry), _c("qty", [str(k) for k in range(len(entry))])]
    dst = [_c("order_date", ["2024-03-15", "2024-06-13"], "t", "date")]
    assert _top(src, dst) == {"order_date": "created"}


# ---- offsets ----------------------------------------------------------------------------------------------

def test_day_numbers_any_digits_and_order() -> None:
    d = day_numbers(["05/17/2024", "06/01/2024", "", "x"])  # 17 > 12: month first for the whole column
    assert d[0] == dt.date(2024, 5, 17).toordinal() and d[1] == dt.date(2024, 6, 1).toordinal()
    assert d[2] is None and d[3] is None
    bn = day_numbers(["০৬/০৩/২০২৪", "১৫/০৩/২০২৪"])  # Bengali digits, day first
    assert bn[0] == dt.date(2024, 3, 6).toordinal()
    assert day_numbers(["2024-05-17 12:00"])[0] == dt.date(2024, 5, 17).toordinal() + 0.5
    assert day_numbers(["۱۴۰۳/۰۶/۰۷", "۱۴۰۳/۰۳/۰۷"]) == [None, None]  # Solar Hijri years: not read as Gregorian
    assert day_numbers(["INV-12", "A7", "2024-01-01"]) == [None, None, None]  # too few dates


def _loans(n: int, seed: int) -> dict[str, list[str]]:
    rng = random.Random(seed)
    loan = [dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(200)) for _ in range(n)]
    return {"d1": [(d + dt.timedelta(days=30)).strftime("%m/%d/%Y") for d in loan],  # maturity
            "d2": [d.strftime("%m/%d/%Y") for d in loan],  # loan
            "d3": [(d + dt.timedelta(days=120)).strftime("%d.%m.%Y") for d in loan]}  # expiry


TARGET = {"loan_date": ["2024-03-15", "2024-06-13", "2024-08-07"],
          "maturity_date": ["2024-04-14", "2024-07-13", "2024-09-06"],
          "expiry_date": ["2024-07-13", "2024-10-11", "2024-12-05"]}


def test_offsets_support_the_structure() -> None:
    src = _side(_loans(20, 1), "s")
    dst = _side(TARGET, "t", dict.fromkeys(TARGET, "date"))
    sup = offset_support(src, dst)
    assert sup[0].tolist() == [0.0, 1.0, 0.0]  # loan <- d2 (maturity +30, expiry +120)
    assert sup[1].tolist() == [1.0, 0.0, 0.0] and sup[2].tolist() == [0.0, 0.0, 1.0]
    assert _top(src, dst) == {"loan_date": "d2", "maturity_date": "d1", "expiry_date": "d3"}


def test_offsets_do_not_fire_on_look_alikes() -> None:
    # the source's dates are independent of each other: no offset recurs, nothing is supported
    rng = random.Random(5)
    rand = {f"d{k}": [(dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(300))).isoformat() for _ in range(20)]
            for k in range(3)}
    dst = _side(TARGET, "t", dict.fromkeys(TARGET, "date"))
    assert not offset_support(_side(rand, "s"), dst).any()
    # same-day columns (an entry date beside the business date) are no relation
    same = {"a": rand["d0"], "b": rand["d0"]}
    assert not offset_support(_side(same, "s"), _side({"x": TARGET["loan_date"], "y": TARGET["loan_date"]}, "t")).any()
    # an offset of another length (45 days) is no support for 30 or 120 days
    other = {"e": [(dt.date.fromisoformat(v) + dt.timedelta(days=45)).isoformat() for v in rand["d0"]],
             "l": rand["d0"]}
    assert not offset_support(_side(other, "s"), dst).any()
    # without row-aligned cells (metadata_only, no sample) nothing is read
    bare = [_c(k, v) for k, v in _loans(20, 2).items()]
    assert not offset_support(bare, dst).any()


# ---- arithmetic composes ----------------------------------------------------------------------------------

ORDERS = {"quantity_l": ["12.5", "8", "20.2"], "rate_per_l": ["42.40", "40.00", "45.10"],
          "amount": ["530.00", "320.00", "911.02"], "fat_pct": ["4.1", "3.8", "4.4"]}
NUMERIC = dict.fromkeys(ORDERS, "decimal")


def test_target_relations_found_and_trivial_ones_refused() -> None:
    dst = _side(ORDERS, "t", NUMERIC)
    assert target_relations(dst) == [(2, 0, 1, "mul")]
    sums = _side({"net": ["100.00", "250.00"], "vat": ["19.00", "47.50"], "gross": ["119.00", "297.50"]}, "t",
                 {"net": "decimal", "vat": "decimal", "gross": "decimal"})
    assert (2, 0, 1, "add") in target_relations(sums)
    # a factor that is always 1, an addend adding next to nothing, a relation broken in one row: none
    ones = {"qty": ["1", "1", "1"], "price": ["10.0", "12.5", "7.0"], "total": ["10.0", "12.5", "7.0"]}
    assert target_relations(_side(ones, "t", dict.fromkeys(ones, "decimal"))) == []
    tiny = {"line_no": ["1", "2", "3"], "amount": ["1500.00", "2400.00", "980.00"],
            "amount_twd": ["1501", "2402", "983"]}
    assert target_relations(_side(tiny, "t", dict.fromkeys(tiny, "decimal"))) == []
    broken = {**ORDERS, "amount": ["530.00", "320.00", "950.00"]}
    assert target_relations(_side(broken, "t", NUMERIC)) == []


def _register(n: int, seed: int, total: bool) -> dict[str, list[str]]:
    rng = random.Random(seed)
    qty = [round(rng.uniform(3, 25), 1) for _ in range(n)]
    rate = [round(rng.uniform(36, 48), 2) for _ in range(n)]
    cols = {"col_a": [f"{q}".replace(".", ",") for q in qty], "col_b": [f"{rng.uniform(3, 5):.1f}%" for _ in range(n)],
            "col_c": [f"Rs.{r:.2f}" for r in rate], "col_d": [str(rng.randrange(100, 999)) for _ in range(n)]}
    if total:
        cols["col_e"] = [f"{q * r:.2f}" for q, r in zip(qty, rate, strict=True)]
    return cols


def test_product_compose_proposed_from_the_operands_feeds() -> None:
    dst = _side(ORDERS, "t", NUMERIC)
    src = _side(_register(30, 7, total=False), "s")
    score = np.zeros((len(dst), len(src)))
    score[0, 0], score[1, 2], score[3, 1] = 0.6, 0.55, 0.6  # quantity <- a, rate <- c, fat <- b
    got = arith_composes(src, dst, score)
    assert list(got) == [2] and got[2][0] == [0, 2] and got[2][1] >= 0.55


def test_no_product_compose_where_the_source_holds_the_total_or_magnitudes_differ() -> None:
    dst = _side(ORDERS, "t", NUMERIC)
    score = np.zeros((len(dst), 5))
    score[0, 0], score[1, 2], score[3, 1] = 0.6, 0.55, 0.6
    assert arith_composes(_side(_register(30, 7, total=True), "s"), dst, score) == {}  # col_e is the amount
    grams = _register(30, 8, total=False)
    grams["col_a"] = [str(int(float(v.replace(",", ".")) * 1000)) for v in grams["col_a"]]  # millilitres
    assert arith_composes(_side(grams, "s"), dst, score[:, :4]) == {}
    # operands without a feed (nothing scores for the rate): nothing is composed
    weak = score[:, :4].copy()
    weak[1, 2] = 0.1
    assert arith_composes(_side(_register(30, 7, total=False), "s"), dst, weak) == {}
    # metadata_only: no source rows, nothing read
    assert arith_composes([_c(k, v) for k, v in _register(30, 7, total=False).items()], dst, score[:, :4]) == {}


def test_arith_compose_pipeline_computes_the_product_the_examples_show() -> None:
    from core.mapping.target import ColumnConstraints, TargetColumn
    from dsl.execute import run_sample

    def target(name: str, typ: str) -> TargetColumn:
        return TargetColumn(name=name, original_name=name, logical_type=typ, physical_type=typ,  # type: ignore[arg-type]
                            position=0, constraints=ColumnConstraints())

    shown = shown_relations(_side(ORDERS, "t", NUMERIC))["amount"]
    props = arith_compose(target("amount", "decimal"), _c("q", ["12.5"]), _c("r", ["42.4"]), shown)
    assert [s.fn for p in props if p.pipeline for s in p.pipeline.steps if s.op == "safe_math"][0] == "mul"  # type: ignore[union-attr]
    assert len(props) == 1
    rows = [{"q": "12.5", "r": "42.4"}, {"q": "8", "r": "40"}]
    assert [r.actual["amount"] for r in run_sample(props[0].pipeline, rows, None, 0.03).rows] == [530.0, 320.0]  # type: ignore[arg-type]
    assert arith_compose(target("note", "string"), _c("q", ["1"]), _c("r", ["2"]), shown) == []


def test_relation_support_pins_the_operands_among_look_alikes() -> None:
    dst = _side(ORDERS, "t", NUMERIC)
    src = _side(_register(30, 7, total=True), "s")  # a qty, b fat %, c rate, d a 3-digit code, e the amount
    score = np.zeros((len(dst), len(src)))
    score[0, 0], score[0, 3] = 0.5, 0.5  # quantity: a or the code, alike
    score[1, 2], score[1, 3] = 0.4, 0.45  # rate: the code looks better than c
    score[2, 4], score[3, 1] = 0.6, 0.6
    sup = relation_support(src, dst, score)
    assert sup[0, 0] == 1.0 and sup[1, 2] == 1.0 and sup[2, 4] == 1.0
    assert sup[0, 3] == 0.0 and sup[1, 3] == 0.0 and sup[3].sum() == 0.0
    # without the amount in the source nothing is repeated; rows that do not repeat it support nothing
    assert not relation_support(_side(_register(30, 7, total=False), "s"), dst, score[:, :4]).any()
    shuffled = _register(30, 7, total=True)
    shuffled["col_e"] = shuffled["col_e"][1:] + shuffled["col_e"][:1]
    assert not relation_support(_side(shuffled, "s"), dst, score).any()


def test_relation_support_ignores_a_result_that_looks_like_an_operand() -> None:
    # rations: 2 kg wheat and 3 kg rice per unit, so rice = wheat + units in every row of the source
    tgt = {"wheat_kg": ["16", "6", "10"], "rice_kg": ["24", "9", "15"], "total_kg": ["40", "15", "25"]}
    dst = _side(tgt, "t", dict.fromkeys(tgt, "decimal"))
    units = [random.Random(k).randrange(1, 9) for k in range(20)]
    src = _side({"units": [str(u) for u in units], "wheat": [str(2 * u) for u in units],
                 "rice": [str(3 * u) for u in units]}, "s")
    score = np.array([[0.1, 0.5, 0.45], [0.3, 0.45, 0.5], [0.1, 0.3, 0.5]])
    assert not relation_support(src, dst, score).any()


def test_no_sum_compose_when_an_operand_column_is_the_total_itself() -> None:
    # the total's column was fed to the patient's share: subsidy + total overshoots the examples, total alone fits
    tgt = {"subsidy": ["120.00", "80.50", "60.00"], "patient_share": ["380.00", "219.50", "140.00"],
           "fee_total": ["500.00", "300.00", "200.00"]}
    dst = _side(tgt, "t", dict.fromkeys(tgt, "decimal"))
    rng = random.Random(11)
    fee = [rng.randrange(150, 600) for _ in range(20)]
    src = _side({"tilskud": [f"{f * 0.25:.2f}" for f in fee], "honorar": [f"{f:.2f}" for f in fee]}, "s")
    score = np.array([[0.6, 0.1], [0.1, 0.4], [0.1, 0.5]])
    assert arith_composes(src, dst, score) == {}
