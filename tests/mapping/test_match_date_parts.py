"""A date inside another column: a birth date at the start of a national id, a date inside a
document string (core.mapping.date_parts), matched as a decompose and read by one DSL pipeline."""

from __future__ import annotations

import datetime as dt
import random

from core.mapping.date_parts import embedded_date_proposal, id_dates, text_dates
from core.mapping.match import match_columns
from core.mapping.side import MatchColumn
from core.mapping.target import ColumnConstraints, TargetColumn
from dsl.compile_sql import to_sql
from dsl.execute import run_sample


def _col(name: str, values: list[str] | None, t: str = "string", domain: str | None = None) -> MatchColumn:
    return MatchColumn(table="t", name=name, original_name=name, logical_type=t, values=values, domain=domain,
                       domain_score=1.0 if domain else 0.0, domain_candidates={domain: 1.0} if domain else {},
                       row_count=len(values) if values else None)


def _ids(rnd: random.Random, n: int = 80) -> tuple[list[str], list[dt.date]]:
    births = [dt.date(rnd.randint(1940, 2004), rnd.randint(1, 12), rnd.randint(1, 28)) for _ in range(n)]
    ids = []
    for b in births:
        tail = f"{rnd.randint(0, 9999):04d}"
        ids.append(rnd.choice([f"{b:%Y%m%d}-{tail}", f"{b:%y%m%d}-{tail}", f"{b:%Y%m%d}{tail}"]))
    return ids, births


def test_leading_dates_of_ids_are_read_in_the_order_most_values_pass() -> None:
    ids, _ = _ids(random.Random(1))
    got = id_dates(ids)
    assert got is not None and got[0] == "ymd" and len(got[1]) == len(ids)
    finnish = ["120385-123A", "010203A456B", "311299-0012"] * 10  # day, month, two-digit year
    assert id_dates(finnish) is not None and id_dates(finnish)[0] == "dmy"  # type: ignore[index]
    phones = [f"07{random.Random(k).randint(10_000_000, 99_999_999)}" for k in range(40)]
    assert id_dates(phones) is None


def test_dates_inside_text() -> None:
    docs = ["Stocktake INV-117 of 29.03.2024 9:00:00", "Recount INV-118 of 30 марта 2024 г.", "Stocktake 2024-04-02"]
    assert text_dates(docs * 5) is not None
    assert text_dates(["Lyon Part-Dieu (069)", "Block B / Row 12"] * 5) is None


def test_birth_date_is_read_from_the_id_not_from_a_recent_date_column() -> None:
    rnd = random.Random(3)
    ids, _ = _ids(rnd)
    signed = [f"2024-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}" for _ in ids]
    src = [_col("pnr", ids), _col("signed", signed)]
    dst = [_col("national_id", ["19660101-1234", "19700202-2345"], "string", "id.national_id"),
           _col("birth_date", ["1966-10-21", "1964-06-01", "1995-05-19"], "date", "person.date_of_birth"),
           _col("signed_on", ["2024-03-05", "2024-01-02"], "date", "datetime.date")]
    got = {a.target: (a.kind, a.sources) for a in match_columns(src, dst, None, mode="data_mode").assignment}
    assert got["birth_date"] == ("decompose", ["pnr"]) and got["signed_on"] == ("atomic", ["signed"])


def _target(name: str, t: str = "date") -> TargetColumn:
    return TargetColumn(name=name, original_name=name, position=1, logical_type=t, physical_type=t,  # type: ignore[arg-type]
                        domain="person.date_of_birth", constraints=ColumnConstraints())


def test_pipeline_reads_the_birth_date_of_every_id_form() -> None:
    ids, births = _ids(random.Random(4), 30)
    props = embedded_date_proposal(_target("birth_date"), _col("pnr", ids))
    assert props and props[0].pipeline is not None
    rows = [r.actual["birth_date"] for r in run_sample(props[0].pipeline, [{"pnr": v} for v in ids], None, 0.0).rows]
    # two-digit years pivot at 30: a 1925 birth written 250101-... would read 2025; none here are before 1940
    assert rows == births
    assert "SELECT" in to_sql(props[0].pipeline, "duckdb", "src")


def test_pipeline_reads_the_date_inside_a_text() -> None:
    docs = ["Stocktake INV-117 of 29.03.2024 9:00:00", "Recount INV-118 of 2024-04-02", "Stocktake INV-1 of 5.3.2024"]
    props = embedded_date_proposal(_target("count_date"), _col("doc", docs * 4))
    assert props and props[0].pipeline is not None
    rows = [r.actual["count_date"] for r in run_sample(props[0].pipeline, [{"doc": v} for v in docs], None, 0.0).rows]
    assert rows == [dt.date(2024, 3, 29), dt.date(2024, 4, 2), dt.date(2024, 3, 5)]


def test_ibm_i_cyymmdd_dates_read_as_dates_with_their_era() -> None:
    from core.mapping.value_kinds import cyymmdd_share, median_year, temporal_share

    dates = ["1050515", "1071202", "990315", "1000106", "0", "1240501"]
    assert cyymmdd_share(dates) == 1.0 and temporal_share(dates) == 1.0
    assert median_year(dates) == 2005.0
    assert cyymmdd_share(["1018795", "1006736", "1018406"]) == 0.0  # loan numbers: month 87, 67, 84
    assert cyymmdd_share(["0625000", "0375000"]) == 0.0  # rates with implied decimals


def test_zoned_decimals_and_minor_units_meet_decimal_amounts() -> None:
    import numpy as np

    from core.mapping.features import implied_decimals, magnitude, overpunch, value_matrix

    assert overpunch("0001591005H") == 15910058.0 and overpunch("00000076N") == -765.0 and overpunch("12 A") is None
    assert implied_decimals(["46810000", "0001752836H"]) and not implied_decimals(["12.50", "3"])
    assert magnitude(["0001752836H", "0001237323I"]) is not None
    rnd = np.random.default_rng(1)
    cents = [str(int(x)) for x in rnd.integers(5_000_000, 90_000_000, 60)]  # 50,000.00 .. 900,000.00 in cents
    counts = [str(int(x)) for x in rnd.integers(1, 9, 60)]
    dst = [_col("original_amount", ["592800.0", "178000.0", "101500.0"], "decimal")]
    m = value_matrix([_col("a", cents, "int"), _col("b", counts, "int")], dst)
    assert m[0, 0] > 0.5 and m[0, 0] > m[0, 1] + 0.3


def test_impossible_calendar_dates_are_no_evidence() -> None:
    """Ids starting ``YYMMDD`` with 31 February or 31 April read as no dates (the pipeline would give nulls);
    a leap day is one in a leap year only."""
    from core.mapping.date_parts import _valid

    assert _valid(2024, 2, 29) and not _valid(2023, 2, 29) and not _valid(2024, 2, 31) and not _valid(1990, 4, 31)
    bad = [f"{yy:02d}{m:02d}31{k:04d}" for k, (yy, m) in enumerate([(85, 2), (90, 4), (77, 6), (66, 9), (72, 11)] * 8)]
    assert id_dates(bad) is None
