"""metadata_only value compatibility from the source's stored profile (core.mapping.value_profile)."""

from __future__ import annotations

import math

import numpy as np

from core.catalog import ColumnStats
from core.mapping.match import match_columns
from core.mapping.side import MatchColumn
from core.mapping.value_profile import ENUM_MISFIT, PROFILE_SCALE, profile_matrix


def _src(name: str, lo: int | None, hi: int | None, mean: float | None, distinct: int = 100) -> MatchColumn:
    return MatchColumn(table="s", name=name, original_name=name, logical_type="string",
                       profile=ColumnStats(row_count=200, null_count=0, distinct_count=distinct,
                                           min_length=lo, max_length=hi, mean_length=mean))


def _dst(name: str, values: list[str], allowed: list[str] | None = None) -> MatchColumn:
    return MatchColumn(table="t", name=name, original_name=name, logical_type="string", values=values,
                       allowed=allowed)


def test_lengths_inside_the_source_range_fit() -> None:
    src = [_src("col_1", 1, 1, 1.0, distinct=2), _src("col_2", 18, 18, 18.0), _src("col_3", 3, 40, 14.0)]
    dst = [_dst("flag", ["X", "Y"]), _dst("gtin", ["400638133393", "400638133394"])]
    m = profile_matrix(src, dst)
    assert m[0, 0] == PROFILE_SCALE  # one-byte flags: a one-byte source fits fully
    assert m[0, 1] < 0.1  # an 18-byte code is no flag
    assert m[1, 2] > m[1, 0] and m[1, 2] > m[1, 1]  # 12 bytes sit inside 3..40, not in 1..1 nor 18..18


def test_not_judged_without_profile_or_examples_or_with_values() -> None:
    read = _src("seen", 2, 5, 3.0)
    read.values = ["ab", "abc"]  # values were read (data_mode): the values speak, not the profile
    src = [_src("numbers", None, None, None), read]
    m = profile_matrix(src, [_dst("x", ["abc"]), MatchColumn(table="t", name="y", original_name="y",
                                                              logical_type="string")])
    assert all(math.isnan(v) for v in m.ravel())


def test_a_code_list_target_misfits_a_high_cardinality_source() -> None:
    src = [_src("status", 2, 2, 2.0, distinct=4), _src("ref", 2, 2, 2.0, distinct=180)]
    m = profile_matrix(src, [_dst("state", ["OK", "KO"], allowed=["OK", "KO"])])
    assert m[0, 0] == PROFILE_SCALE and m[0, 1] <= ENUM_MISFIT


def test_profile_decides_between_silent_headers_in_metadata_only() -> None:
    # headers say nothing (col_NN): the profile of each source is all there is
    src = [_src("col_01", 2, 2, 2.0, distinct=5), _src("col_02", 10, 10, 10.0), _src("col_03", 22, 34, 27.0)]
    dst = [_dst("country", ["DE", "FR", "IT"]), _dst("birth_date", ["1980-01-02", "1975-12-31"]),
           _dst("iban", ["DE44500105175407324931", "FR7630006000011234567890189"])]
    r = match_columns(src, dst, None)
    top = {t.target: t.candidates[0].sources[0] for t in r.targets}
    assert top == {"country": "col_01", "birth_date": "col_02", "iban": "col_03"}
    assert np.isclose(r.ranking("country").candidates[0].evidence.values or 0.0, PROFILE_SCALE)
