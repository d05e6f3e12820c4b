"""Dates alike in form and decades apart (birth vs sign-up) agree less (core.mapping.value_kinds.era_matrix)."""

from __future__ import annotations

import math

from core.mapping.features import value_matrix
from core.mapping.match import match_columns
from core.mapping.side import MatchColumn
from core.mapping.value_kinds import era_matrix, median_year


def _c(name: str, values: list[str] | None, table: str = "s") -> MatchColumn:
    return MatchColumn(table=table, name=name, original_name=name, logical_type="string", values=values)


BIRTH = ["20.07.1944", "11.05.1987", "03.02.1961", "30.12.1975", "14.06.1990"]
SIGNUP = ["08.09.2010", "16.11.2014", "01.03.2021", "22.08.2019", "05.05.2016"]


def test_median_year_and_closeness() -> None:
    assert median_year(BIRTH) == 1975.0 and median_year(["1985年4月12日", "2024-03-14"]) == 2004.5
    assert median_year(["n/a", "12/03/24", "x"]) is None  # two-digit years carry no era
    era = era_matrix([_c("a", BIRTH), _c("b", SIGNUP), _c("c", ["abc"])], [_c("t", ["1970-11-23"], "t")])
    assert era[0, 0] > 0.7 and era[0, 1] == 0.0 and math.isnan(era[0, 2])


def test_same_formats_different_eras_are_told_apart() -> None:
    src = [_c("date_1", BIRTH), _c("date_2", SIGNUP)]  # the headers say "a date", equally for both
    dst = [_c("birth_date", ["1968-05-03", "2000-05-14", "1970-11-23"], "t"),
           _c("signup_date", ["2018-01-10", "2012-01-27", "2011-03-07"], "t")]
    v = value_matrix(src, dst)
    assert v[0, 0] > v[0, 1] and v[1, 1] > v[1, 0]
    got = {a.target: a.sources[0] for a in match_columns(src, dst, None, mode="data_mode").assignment}
    assert got == {"birth_date": "date_1", "signup_date": "date_2"}
