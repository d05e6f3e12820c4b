"""The Polars compiler's regex-free int parsing and one-pass date shape keep the DSL's semantics.

``parse_int`` is defined by ``INT_SHAPE`` and ``date_parse`` by the format's shape plus year 0000
refused; the Polars output checks them differently (a non-strict cast with a length bound, a
shape regex with the year folded in), so random near-miss strings are compared with the
definitions evaluated by Python's ``re``.
"""

from __future__ import annotations

import random
import re
from datetime import date

import polars as pl
import pytest

from dsl import dates
from dsl.compile_polars import CASTS, nonzero_year_shape
from dsl.semantics import INT_SHAPE


def _int_cases(rng: random.Random) -> list[str]:
    alpha = "0123456789+- ._e\u0663\uff15"
    noise = ["".join(rng.choice(alpha) for _ in range(rng.randint(0, 6))) for _ in range(3000)]
    numbers = [rng.choice(["", "+", "-"]) + "0" * rng.randint(0, 3) + str(rng.randint(0, 10 ** rng.randint(1, 20)))
               for _ in range(3000)]
    edges = ["9223372036854775807", "-9223372036854775808", "9223372036854775808", "+000000000000000001",
             "0000000000000000001", "-0000000000000000001", "999999999999999999", "+", "-", "", "+-1", "1 "]
    return noise + numbers + edges


def test_parse_int_matches_int_shape() -> None:
    values = _int_cases(random.Random(11))
    got = pl.DataFrame({"v": values}).select(CASTS["parse_int"](pl.col("v")))["v"].to_list()
    want = [int(v) if re.fullmatch(INT_SHAPE, v) else None for v in values]
    assert got == want


def _date_cases(fmt: str, rng: random.Random) -> list[str]:
    out = []
    for _ in range(1500):
        d = date.fromordinal(rng.randint(1, date(9999, 12, 31).toordinal()))
        v = list(fmt.replace("%Y", f"{d.year:04d}").replace("%m", f"{d.month:02d}").replace("%d", f"{d.day:02d}")
                 .replace("%H", "12").replace("%M", "30").replace("%S", "59"))
        for _ in range(rng.randint(0, 2)):
            i = rng.randrange(len(v))
            v[i] = rng.choice("0123456789/-. :")
        s = "".join(v)
        out += [s, "0000" + s[4:], s[:-1]]
    return out


@pytest.mark.parametrize("fmt", dates.FORMATS)
def test_date_shape_refuses_year_zero_in_one_pass(fmt: str) -> None:
    sp = dates.spec(fmt)
    ypos = sp.positions["%Y"] - 1
    values = _date_cases(fmt, random.Random(fmt))
    got = pl.DataFrame({"v": values}).select(pl.col("v").str.contains(nonzero_year_shape(sp.shape)))["v"].to_list()
    want = [re.fullmatch(sp.shape[1:-1], v) is not None and v[ypos:ypos + 4] != "0000" for v in values]
    assert got == want
    assert any(want) and not all(want)
