"""Hypothesis strategies for differential DSL tests: nulls, unicode, odd whitespace, boundaries."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

WS = " \t\n\r\x0b\x0c"
ODD = ["", " ", "\t\n", "ß", "İ", "ǅ", "ﬁ", "K", "é", "日本", "\u00a0", "\u2003", "O'Neil", "a-b", "x_y"]
TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=12)
ASCIIISH = st.text(alphabet=st.sampled_from(list("abcXYZ019 _-.,@'/:") + list(WS) + ["é", "ß"]), max_size=14)
DATEISH = st.builds(lambda y, m, d, sep: f"{y:04d}{sep}{m:02d}{sep}{d:02d}",
                    st.integers(0, 9999), st.integers(0, 13), st.integers(0, 32), st.sampled_from(["-", "/", "."]))
DMYISH = st.builds(lambda y, m, d, sep: f"{d:02d}{sep}{m:02d}{sep}{y:04d}",
                   st.integers(0, 9999), st.integers(0, 13), st.integers(0, 32), st.sampled_from(["-", "/", "."]))
DTISH = st.builds(lambda d, h, mi, s, sep: f"{d.isoformat()}{sep}{h:02d}:{mi:02d}:{s:02d}",
                  st.dates(), st.integers(0, 25), st.integers(0, 61), st.integers(0, 61), st.sampled_from([" ", "T"]))
NUMISH = st.one_of(st.integers(-10**20, 10**20).map(str), st.floats(allow_nan=True).map(repr),
                   st.from_regex(r"\A[+-]?[0-9]{0,4}\.?[0-9]{0,3}([eE][+-]?[0-9]{1,3})?\Z"),
                   st.sampled_from(["+5", "-0", "007", "1e999", "1e-999", " 1", "NaN", "inf", "TRUE", "yes", "N",
                                    "f", "0", "1", "True ", "tRuE"]))
STRINGS = st.one_of(st.none(), TEXT, ASCIIISH, DATEISH, DMYISH, DTISH, NUMISH, st.sampled_from(ODD))
FLOATS = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True),
                   st.floats(-1e6, 1e6), st.sampled_from([0.0, -0.0, 2.5, -2.5, 0.125, 1e150, 1.0000001e150,
                                                           1e-150, 9.9e-151, 9.3e18, -9.1e18, 2.675, 1.005]))
INTS = st.one_of(st.none(), st.integers(-(2**63), 2**63 - 1), st.integers(-1000, 1000))
DATES = st.one_of(st.none(), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))
DATETIMES = st.one_of(st.none(), st.datetimes(dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31, 23, 59, 59)).map(
    lambda d: d.replace(microsecond=0)))
BOOLS = st.one_of(st.none(), st.booleans())
BY_TYPE = {"string": STRINGS, "float": FLOATS, "int": INTS, "date": DATES, "datetime": DATETIMES, "bool": BOOLS,
           "decimal": FLOATS}


def rows_for(types: dict[str, str], max_rows: int = 8) -> st.SearchStrategy[list[dict[str, Any]]]:
    """Lists of rows with one generated value per typed input column."""
    return st.lists(st.fixed_dictionaries({c: BY_TYPE[t] for c, t in types.items()}), min_size=1, max_size=max_rows)
