"""Date + time of day -> timestamp: compose candidates (core.mapping.time_groups) and their pipeline
(core.mapping.time_strategy); unassigned source domains contradict nothing (core.mapping.match)."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from core.mapping.match import match_columns
from core.mapping.side import MatchColumn
from core.mapping.target import ColumnConstraints, TargetColumn
from core.mapping.time_groups import clock_matrix, minute_of_day, source_clock, time_fit, time_share
from core.mapping.time_strategy import date_time_compose
from core.mapping.value_kinds import is_temporal
from dsl.compile_sql import to_sql
from dsl.execute import run_sample


def _col(name: str, values: list[str] | None, t: str = "string", domain: str | None = None,
         rows: int | None = None) -> MatchColumn:
    return MatchColumn(table="t", name=name, original_name=name, logical_type=t, values=values, domain=domain,
                       domain_score=1.0 if domain else 0.0, domain_candidates={domain: 1.0} if domain else {},
                       row_count=rows if rows is not None else (len(values) if values else None))


@pytest.mark.parametrize(("value", "want"), [
    ("08:43", 523), ("3.35pm", 935), ("3:10 PM", 910), ("오후 4:43", 1003), ("下午 2:05", 845), ("12:05 AM", 5),
    ("19:13:40", 1153), ("14h05", 845), ("4.50", None), ("2024-03-05", None), ("1240501", None), ("8小时30分", None),
])
def test_minute_of_day(value: str, want: int | None) -> None:
    assert minute_of_day(value) == want


def test_dates_with_a_weekday_or_korean_units_are_dates() -> None:
    assert is_temporal("Sat 7 Dec 2024 18:00") and is_temporal("2024년 3월 5일")
    assert not is_temporal("Sektion A, Reihe 32, Platz 18")


def test_time_fit_tells_morning_from_evening() -> None:
    morning = [8 * 60 + m for m in range(30, 60)]
    evening = [18 * 60 + m for m in range(0, 30)]
    ex = [8 * 60 + 42, 8 * 60 + 52]
    assert time_fit(ex, morning) == 1.0 and time_fit(ex, evening) == 0.0
    assert time_share(["08:43", "", "9:01", "n/a"]) == pytest.approx(2 / 3)


def _shift_table(rnd: random.Random) -> tuple[list[MatchColumn], list[MatchColumn]]:
    days = [f"2024/3/{d}" for d in range(1, 29)] * 3
    ins = [f"{8 if rnd.random() < .8 else 9}:{rnd.randint(0, 59):02d}" for _ in days]
    outs = [f"{rnd.randint(17, 20)}:{rnd.randint(0, 59):02d}" for _ in days]
    names = [rnd.choice(["Wang Wei", "Li Na", "Zhang Min"]) for _ in days]
    src = [_col("c1", names), _col("c2", days), _col("c3", ins), _col("c4", outs)]
    dst = [_col("work_date", ["2024-06-03", "2024-06-04"], "date", "datetime.date"),
           _col("clock_in_at", ["2024-06-03T08:42:00", "2024-06-04T08:52:00"], "datetime", "datetime.timestamp"),
           _col("clock_out_at", ["2024-06-03T18:03:00", "2024-06-04T19:40:00"], "datetime", "datetime.timestamp")]
    return src, dst


def test_date_and_time_columns_compose_into_the_timestamp_whose_hours_they_fit() -> None:
    src, dst = _shift_table(random.Random(5))
    r = match_columns(src, dst, None, mode="data_mode")
    got = {a.target: (a.kind, a.sources) for a in r.assignment}
    assert got["work_date"] == ("atomic", ["c2"])
    assert got["clock_in_at"] == ("compose", ["c2", "c3"])  # the clock-in times fit 08:42 / 08:52
    assert got["clock_out_at"] == ("compose", ["c2", "c4"])


def test_a_timestamp_column_whose_times_fit_as_well_is_kept() -> None:
    rnd = random.Random(8)
    stamps = [f"2024-03-{d:02d} {rnd.randint(19, 20)}:{rnd.choice(['00', '30'])}" for d in range(1, 29)] * 3
    dates = [s[:10] for s in stamps]
    times = [f"{rnd.randint(19, 20)}:{rnd.randint(0, 59):02d}" for _ in stamps]
    src = [_col("d", dates), _col("scan", times), _col("starts", stamps)]
    dst = [_col("event_starts_at", ["2024-06-03T19:30:00", "2024-06-04T20:00:00"], "datetime", "datetime.timestamp")]
    r = match_columns(src, dst, None, mode="data_mode")
    assert r.ranking("event_starts_at").candidates[0].sources == ["starts"]
    assert source_clock(stamps) and not source_clock(dates)


def test_times_of_day_separate_two_timestamp_columns() -> None:
    rnd = random.Random(2)
    night = [f"2024-03-{d:02d} 0{rnd.randint(1, 6)}:{rnd.randint(0, 59):02d}" for d in range(1, 29)]
    evening = [f"2024-03-{d:02d} {rnd.randint(18, 21)}:{rnd.randint(0, 59):02d}" for d in range(1, 29)]
    dst = [_col("purchased_at", ["2024-06-03T04:30:42", "2024-06-04T01:36:17"], "datetime")]
    m = clock_matrix([_col("a", night), _col("b", evening)], dst)
    assert m[0, 0] > 0.8 and m[0, 1] == 0.0


def _target(name: str) -> TargetColumn:
    return TargetColumn(name=name, original_name=name, position=1, logical_type="datetime", physical_type="datetime",
                        domain="datetime.timestamp", constraints=ColumnConstraints())


def test_date_time_pipeline_reads_every_time_spelling() -> None:
    dates = ["2024/3/5", "30 Jun 2024", "2024-01-05", "21/10/2023", None]
    times = ["08:43", "3.35pm", "오후 4:43", "16:55:12", "9:00"]
    props = date_time_compose(_target("at"), _col("d", [d for d in dates if d]), _col("t", times))
    assert props and props[0].strategy == "compose" and props[0].pipeline is not None
    p = props[0].pipeline
    rows = [{"d": d, "t": t} for d, t in zip(dates, times, strict=True)]
    got = [r.actual["at"] for r in run_sample(p, rows, None, 0.03).rows]
    assert got == [dt.datetime(2024, 3, 5, 8, 43), dt.datetime(2024, 6, 30, 15, 35), dt.datetime(2024, 1, 5, 16, 43),
                   dt.datetime(2023, 10, 21, 16, 55, 12), None]
    assert "SELECT" in to_sql(p, "duckdb", "src")


def test_no_date_time_pipeline_for_a_column_that_holds_no_times() -> None:
    assert date_time_compose(_target("at"), _col("d", ["2024-03-05"]), _col("t", ["4.50", "12.00"])) == []


def test_an_unassigned_source_domain_contradicts_nothing() -> None:
    rnd = random.Random(4)
    codes = [str(rnd.randint(1_000_000, 9_999_999)) for _ in range(60)]
    src = [MatchColumn(table="t", name="xq", original_name="xq", logical_type="string", values=codes,
                       domain_candidates={"contact.phone": 0.2}, row_count=60)]
    dst = [_col("meter_number", [str(rnd.randint(1_000_000, 9_999_999)) for _ in range(3)], "string", "id.record_id")]
    r = match_columns(src, dst, None, mode="data_mode")
    assert r.assigned("meter_number") is not None  # values agree; the unsure guess "phone" is no disagreement
    src[0].domain = "contact.phone"  # a domain the domaining engine assigned does disagree
    assert match_columns(src, dst, None, mode="data_mode").assigned("meter_number") is None


def test_cjk_and_dotted_year_first_dates_are_date_shapes() -> None:
    from core.mapping.dates import date_steps, shapes_in
    from dsl.models import Pipeline

    vals = ["2024年3月5日", "2024년 3월 5일", "2024.03.05", "5 Mar 2024"]
    shapes = shapes_in(vals)
    assert {"ymd_cjk", "ymd_dot"} <= set(shapes)
    p = Pipeline.model_validate({"inputs": ["d"], "outputs": ["o"], "input_types": {"d": "string"},
                                 "steps": date_steps("d", "o", shapes)})
    assert [r.actual["o"] for r in run_sample(p, [{"d": v} for v in vals], None, 0.0).rows] == [dt.date(2024, 3, 5)] * 4
    assert "SELECT" in to_sql(p, "postgres", "src")
