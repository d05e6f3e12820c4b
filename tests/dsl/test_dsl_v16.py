"""DSL 1.6 ops (``date_part``, ``int_to_words``, ``words_to_int``): the version rule, validation, the
reference semantics (``dsl.numwords``, Python's ISO calendar) and the differential cross-check (Polars
execution and preview paths, DuckDB, SQLite refusing, PostgreSQL) on dates over several years and on
number words around every group boundary."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest

from core.errors import DSLReject
from dsl import numwords
from dsl.models import DSL_LATEST, Pipeline
from dsl.v16_models import DATE_PARTS, V1_6_OPS
from dsl.validate import validate_pipeline
from tests.dsl.dsl_harness import assert_local_backends_agree, run_duckdb, run_polars, run_postgres

STEPS: dict[str, tuple[dict[str, Any], str, str]] = {
    "date_part": ({"op": "date_part", "part": "isoweek"}, "date", "int"),
    "int_to_words": ({"op": "int_to_words"}, "int", "string"),
    "words_to_int": ({"op": "words_to_int"}, "string", "int"),
}
DAYS = [dt.date(2019, 12, 20) + dt.timedelta(days=i) for i in range(0, 1500, 7)] + \
    [dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2024, 2, 29), dt.date(2021, 1, 3), dt.date(2026, 12, 28)]
INTS = sorted({*range(0, 130), *(g * m + k for g in (1, 9, 10, 19, 20, 99, 100, 101, 999) for m in (1000, 1_000_000)
                                 for k in (0, 1, 21, 300, 999)), numwords.MAX, numwords.MAX + 1, -1, -999})


def _p(steps: list[dict[str, Any]], version: str = "1.6.0", outputs: list[str] | None = None) -> Pipeline:
    return Pipeline.from_json({"dsl_version": version, "inputs": ["a"], "outputs": outputs or ["o"], "steps": steps})


def _one(step: dict[str, Any], version: str = "1.6.0") -> Pipeline:
    return _p([{**step, "input": "a", "output": "o"}], version)


def test_every_v16_op_has_a_version_case() -> None:
    assert set(STEPS) == set(V1_6_OPS)
    assert tuple(map(int, DSL_LATEST.split("."))) >= (1, 6, 0)


@pytest.mark.parametrize("name", sorted(STEPS))
def test_v16_ops_need_the_declared_version(name: str) -> None:
    step, src, out = STEPS[name]
    with pytest.raises(DSLReject, match="1.6") as info:
        validate_pipeline(_one(step, "1.5.0"), {"a": src})
    assert info.value.details["argument"] == "dsl_version"
    assert validate_pipeline(_one(step), {"a": src}) == {"o": out}


@pytest.mark.parametrize(("step", "typ", "argument"), [
    ({"op": "date_part", "part": "isoweek"}, "string", "input"),
    ({"op": "date_part", "part": "week"}, "date", "part"),
    ({"op": "date_part"}, "date", "part"),
    ({"op": "int_to_words"}, "string", "input"),
    ({"op": "int_to_words", "locale": "de"}, "int", "locale"),
    ({"op": "words_to_int"}, "int", "input"),
])
def test_v16_validation_rejects(step: dict[str, Any], typ: str, argument: str) -> None:
    with pytest.raises(DSLReject) as info:
        validate_pipeline(_one(step), {"a": typ})
    assert info.value.details.get("argument") == argument


def _parts_pipe() -> Pipeline:
    return _p([{"op": "date_part", "input": "a", "output": p, "part": p} for p in DATE_PARTS], outputs=list(DATE_PARTS))


def _iso(d: dt.date) -> tuple[int, ...]:
    y, w, dow = d.isocalendar()
    return (dow, w, y, (d.month - 1) // 3 + 1, d.timetuple().tm_yday)


def test_date_part_is_the_iso_calendar_on_every_local_backend() -> None:
    rows = [{"a": d} for d in DAYS] + [{"a": None}]
    assert run_polars(_parts_pipe(), rows, {"a": "date"}) == [_iso(d) for d in DAYS] + [(None,) * 5]
    assert_local_backends_agree("date_part", _parts_pipe(), rows, {"a": "date"}, {"sqlite": {"date_part"}})
    stamps = [{"a": dt.datetime.combine(d, dt.time(23, 59, 59))} for d in DAYS[:40]]
    assert run_duckdb(_parts_pipe(), stamps, {"a": "datetime"}) == [_iso(d) for d in DAYS[:40]]


NOT_WORDS = ["One", "twenty one", "one hundred and five", "zero zero", "", "ten hundred", "one thousand zero",
             "twenty-zero", "million", "five million million", " five", "one hundred thousand million",
             "eleven hundred", "a", "seventeen-seven", "seventy seven", "seven seventeen", "ninety-nineteen",
             "nineteen hundred",
             "one million thousand", "thousand one", "one  hundred", "one hundred ", "twenty-one-one", "zero one",
             "one thousand one million", "one million one million", "one hundred hundred", "fourteen four",
             "one hundred one thousand one hundred one million", "ONE", "one\u00a0hundred", "sixty-six hundred"]


def test_number_words_round_trip_on_every_local_backend() -> None:
    rows = [{"a": n} for n in INTS] + [{"a": None}]
    words = [numwords.to_words(n) for n in INTS] + [None]
    to_words = _one({"op": "int_to_words"})
    assert run_polars(to_words, rows, {"a": "int"}) == [(w,) for w in words]
    assert_local_backends_agree("words", to_words, rows, {"a": "int"}, {})
    back = _one({"op": "words_to_int"})
    texts = [{"a": w} for w in words if w is not None] + [{"a": None}]
    assert run_polars(back, texts, {"a": "string"}) == [(numwords.from_words(r["a"]),) for r in texts[:-1]] + [(None,)]
    assert all(numwords.from_words(r["a"]) is not None for r in texts[:-1])
    assert_local_backends_agree("words", back, texts, {"a": "string"}, {})
    wrong = [{"a": t} for t in NOT_WORDS]
    assert_local_backends_agree("not words", back, wrong, {"a": "string"}, {})


def test_words_to_int_sql_on_random_values() -> None:
    """The SQL candidate and round trip, on values spread over every group and on near-miss texts."""
    rng = random.Random(16)
    values = [rng.randrange(0, numwords.MAX + 1) for _ in range(300)] + [rng.randrange(0, 10 ** rng.randint(1, 9))
                                                                         for _ in range(300)]
    texts = [numwords.to_words(v) for v in values]
    near = [t.replace(" ", "  ", 1) if i % 3 == 0 else t.replace("-", " ", 1) if i % 3 == 1 else t + " one"
            for i, t in enumerate(texts) if t]
    rows = [{"a": t} for t in [*texts, *near]]
    assert_local_backends_agree("words", _one({"op": "words_to_int"}), rows, {"a": "string"}, {})


@pytest.mark.parametrize("text", NOT_WORDS)
def test_words_to_int_accepts_only_canonical_words(text: str) -> None:
    got = run_polars(_one({"op": "words_to_int"}), [{"a": text}], {"a": "string"})
    assert got == [(None,)] and numwords.from_words(text) is None


@pytest.mark.postgres
def test_date_part_and_words_postgres_agree(pg: Any) -> None:
    rows = [{"a": d} for d in DAYS] + [{"a": None}]
    assert run_postgres(pg, _parts_pipe(), rows, {"a": "date"}) == run_polars(_parts_pipe(), rows, {"a": "date"})
    rows = [{"a": n} for n in INTS] + [{"a": None}]
    words = _one({"op": "int_to_words"})
    assert run_postgres(pg, words, rows, {"a": "int"}) == run_polars(words, rows, {"a": "int"})
    back = _one({"op": "words_to_int"})
    texts = [{"a": numwords.to_words(n)} for n in INTS] + [{"a": t} for t in NOT_WORDS]
    assert run_postgres(pg, back, texts, {"a": "string"}) == run_polars(back, texts, {"a": "string"})
