"""Numbers at a position inside text as decompose candidates (core.mapping.number_parts) and their strategy
(core.mapping.number_strategy), on synthetic columns whose headers say nothing."""

from __future__ import annotations

import random

import numpy as np

from core.mapping.match import match_columns
from core.mapping.number_batch import number_decomposes
from core.mapping.number_parts import best_position, numbers_in, target_numbers
from core.mapping.number_strategy import number_part_proposals
from core.mapping.side import MatchColumn
from core.mapping.target import TargetColumn
from core.vocab.models import DomainCatalog
from dsl.execute import run_sample

_RNG = random.Random(14)


def _col(name: str, values: list[str] | None, typ: str = "string", domain: str | None = None) -> MatchColumn:
    return MatchColumn(table="t", name=name, original_name=name, logical_type=typ, values=values, domain=domain,
                       row_count=len(values) if values else None)


def _pressures(n: int) -> list[tuple[int, int]]:
    return [(_RNG.randint(105, 175), _RNG.randint(60, 100)) for _ in range(n)]


def _bp_text(pairs: list[tuple[int, int]]) -> list[str]:
    forms = ["{}/{} mmHg", "{}/{}", "{} / {} mmHg", "{}/{}mmHg"]
    return [_RNG.choice(forms).format(s, d) for s, d in pairs]


def test_numbers_are_read_in_order_from_texts_holding_several() -> None:
    found = numbers_in(["131/68 mmHg", "1,230 – 1,330", "kwintas 14K 23.9 gms", "2023/24 zimowy", "RT 2/RW 6"])
    assert found is not None
    rows, comma = found
    assert rows == [[131.0, 68.0], [1230.0, 1330.0], [14.0, 23.9], [2023.0, 24.0], [2.0, 6.0]] and not comma


def test_columns_writing_one_value_are_no_containers() -> None:
    """Dates, durations, amounts with spaced thousands, phones, whole numbers and words hold no number parts."""
    assert numbers_in(["2024-03-15", "2023-11-02", "2024-01-30", "2022-07-04", "2024-05-05"]) is None
    assert numbers_in(["00:34:00", "2 val. 53 min.", "01:35:00", "04:01:00", "00:31:00", "27 min"]) is None
    assert numbers_in(["12 853,13 kr", "8 471,00 kr", "13 229,23 kr", "6 353,00 kr", "1 623,00 kr"]) is None
    assert numbers_in(["+994 50 988 39 33", "+994 70 221 11 57", "+994 55 123 45 67", "+994 51 765 43 21",
                       "+994 50 111 22 33"]) is None
    assert numbers_in(["1250.50", "99.90", "1,234.00", "15.00", "7.25"]) is None
    assert numbers_in(["Relo Orient", "Watch", "kwintas", "singsing", "hikaw"]) is None
    assert numbers_in(["9DABADC9", "ECDEBC58", "382874C4", "4CDC4F96", "98B7B5DD", "6C17E089"]) is None
    assert numbers_in(["GKPNEN8B00", "GC0YEQUD01", "GNRD5AT502", "GN5965XV03", "GFLPAX4T04"]) is None


def test_the_examples_pick_the_position_of_their_numbers() -> None:
    found = numbers_in(_bp_text(_pressures(80)))
    assert found is not None
    systolic, diastolic = np.array([171.0, 123.0, 130.0, 142.0]), np.array([101.0, 61.0, 63.0, 77.0])
    assert best_position(systolic, found[0])[0] == 0  # type: ignore[index]
    assert best_position(diastolic, found[0])[0] == 1  # type: ignore[index]
    assert best_position(np.array([25000.0, 48000.0, 31000.0]), found[0]) is None  # salaries are no part of it


def test_zero_padded_serials_and_id_targets_are_left_alone() -> None:
    """``L-2024-0583``: the year and the serial of a record number are no quantities, and an id target takes no
    number out of a text."""
    ids = [f"L-{_RNG.choice([2023, 2024])}-{_RNG.randint(1, 9999):04d}" for _ in range(60)]
    found = numbers_in(ids)
    assert found is not None
    assert best_position(np.array([583.0, 1200.0, 77.0, 4021.0]), found[0]) is None  # serials padded, years no fit
    rec = _col("certificate_no", ["2024", "2023", "2024"], typ="int", domain="id.record_id")
    assert target_numbers(rec) is None


def test_blood_pressure_parts_are_decompose_candidates_and_win_the_assignment(domain_catalog: DomainCatalog) -> None:
    """A column of ``131/68 mmHg`` under a header no list reads feeds both the systolic and the diastolic targets
    as decomposes; a weight target of another column is not taken from it."""
    pairs = _pressures(60)
    weights = [str(_RNG.randint(52, 98)) for _ in pairs]
    src = [_col("ความดันโลหิต", _bp_text(pairs)), _col("น้ำหนัก", weights, typ="int")]
    dst = [_col("systolic_mmhg", ["171", "123", "130", "118"], typ="int"),
           _col("diastolic_mmhg", ["101", "61", "63", "79"], typ="int"),
           _col("weight_kg", ["61", "84", "72", "57"], typ="int")]
    found = number_decomposes(src, dst, np.zeros((3, 2)))
    assert found[0][0] == 0 and found[1][0] == 0
    rep = match_columns(src, dst, domain_catalog, mode="data_mode")
    got = {a.target: (a.sources, a.kind) for a in rep.assignment}
    assert got["systolic_mmhg"] == (["ความดันโลหิต"], "decompose")
    assert got["diastolic_mmhg"] == (["ความดันโลหิต"], "decompose")
    assert got.get("weight_kg", ([], ""))[1] != "decompose"


def test_the_strategy_takes_the_number_at_the_examples_position() -> None:
    """The proposals' first pipeline reads the position the examples fit; every backend's regex flavor reads it."""
    vals = ["131/68 mmHg", "108/85", "149 / 93 mmHg", "151/94mmHg", "122/80", "", "130/70 mmHg"]
    src = _col("bp", vals + _bp_text(_pressures(40)))
    out = {}
    for name, ex in (("systolic", ["140", "115", "128"]), ("diastolic", ["88", "71", "79"])):
        t = TargetColumn(name=name, original_name=name, position=0, logical_type="int", physical_type="int")
        props = number_part_proposals(t, src, ex)
        assert props and all(p.strategy == "decompose" for p in props)
        assert props[0].pipeline is not None
        res = run_sample(props[0].pipeline, [{"bp": v} for v in vals], None, 0.05)
        out[name] = [r.actual[name] for r in res.rows][:7]
    assert out["systolic"] == [131, 108, 149, 151, 122, None, 130]
    assert out["diastolic"] == [68, 85, 93, 94, 80, None, 70]


def test_decimal_comma_columns_read_their_decimals() -> None:
    vals = ["kwintas 14K 23,9 gms", "singsing 18K 6,7g", "pulseras 21K 10,7 g", "kwintas 18K 14,2 gms", "Relo"] + [
        f"kwintas {_RNG.choice([14, 18, 21, 22])}K {_RNG.randint(10, 300) / 10:.1f} gms".replace(".", ",")
        for _ in range(30)]
    t = TargetColumn(name="gross_weight_g", original_name="gross_weight_g", position=0, logical_type="decimal",
                     physical_type="decimal")
    props = number_part_proposals(t, _col("item", vals), ["1.4", "20.5", "20.7", "9.8"])
    assert props and props[0].pipeline is not None
    res = run_sample(props[0].pipeline, [{"item": v} for v in vals], None, 0.05)
    assert [r.actual["gross_weight_g"] for r in res.rows][:5] == [23.9, 6.7, 10.7, 14.2, None]


def test_a_handful_of_codes_takes_only_examples_found_among_them() -> None:
    """Site numbers 1001..6001 inside subject ids span the birth years' range but hold none of them."""
    subj = [f"ABX-301-{_RNG.randint(1, 6)}001-{_RNG.randint(1, 40):03d} x" for _ in range(80)]
    src = [_col("subject", subj)]
    years = _col("birth_year", ["1961", "1975", "1988", "1954"], typ="int")
    sites = _col("site_number", ["4001", "1001", "6001"], typ="int")
    found = number_decomposes(src, [years, sites], np.zeros((2, 1)))
    assert 0 not in found and found[1][0] == 0
