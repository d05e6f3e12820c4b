"""Date arithmetic found from examples (:mod:`core.mapping.synth.datemath`): the programs are run by the
DSL engine on held rows whose answers are computed here with Python's datetime, and nothing is
proposed when the examples disagree on the learned constant."""

from __future__ import annotations

import datetime as dt

from core.mapping.synth import synthesize
from core.mapping.synth.datemath import proposals
from core.mapping.synth.synthesize import engine_outputs

B = 5000  # generous budget: results must not depend on the machine's load
SAS = dt.date(1960, 1, 1)


def _run(train: list[tuple[list[str], str]], held: list[list[str]], names: list[str]) -> list[object]:
    types = {n: "string" for n in names}
    res = synthesize(train, names, types, budget_ms=B)
    assert res.pipeline is not None and res.solved_all
    return engine_outputs(res.pipeline, held, names, types)


def _sas(n: int) -> str:
    return (SAS + dt.timedelta(days=n)).strftime("%d.%m.%Y")


def test_day_numbers_since_an_epoch_the_examples_agree_on() -> None:
    train = [([str(n)], _sas(n)) for n in (0, 366, 23450)]
    held = [1, 21915, 30000, 12345]
    assert _run(train, [[str(n)] for n in held], ["sas_date"]) == [_sas(n) for n in held]


def test_datetime_plus_minutes_crosses_days_and_months() -> None:
    def end(start: str, mins: int) -> str:
        return (dt.datetime.fromisoformat(start) + dt.timedelta(minutes=mins)).strftime("%Y-%m-%dT%H:%M:%S")
    starts = [("2024-01-31T23:50:00", 20), ("2023-06-10T08:00:00", 90), ("2024-02-28T12:00:00", 1440)]
    train = [([s, str(m)], end(s, m)) for s, m in starts]
    held = [("2023-12-31T23:59:00", 2), ("2024-03-01T00:00:00", 0), ("2024-07-15T10:30:00", 600)]
    assert _run(train, [[s, str(m)] for s, m in held], ["start", "minutes"]) == [end(s, m) for s, m in held]


def test_completed_years_and_days_between_dates() -> None:
    def age(born: dt.date, at: dt.date) -> str:
        return str(at.year - born.year - ((at.month, at.day) < (born.month, born.day)))
    pairs = [(dt.date(1985, 7, 1), dt.date(2020, 6, 30)), (dt.date(2001, 2, 28), dt.date(2021, 2, 28)),
             (dt.date(1970, 12, 24), dt.date(2000, 1, 1))]
    fmt = "%d.%m.%Y"
    train = [([b.strftime(fmt), a.strftime(fmt)], age(b, a)) for b, a in pairs]
    held = [(dt.date(2004, 2, 29), dt.date(2022, 2, 28)), (dt.date(1950, 3, 15), dt.date(2024, 3, 15)),
            (dt.date(2019, 9, 9), dt.date(2020, 9, 8))]
    got = _run(train, [[b.strftime(fmt), a.strftime(fmt)] for b, a in held], ["born", "on"])
    assert got == [age(b, a) for b, a in held]
    days = [(dt.date(2024, 1, 1), dt.date(2024, 3, 1)), (dt.date(2023, 12, 25), dt.date(2024, 1, 4)),
            (dt.date(2020, 5, 5), dt.date(2021, 5, 5))]
    train = [([a.isoformat(), b.isoformat()], str((b - a).days)) for a, b in days]
    held = [(dt.date(2024, 2, 1), dt.date(2024, 3, 1)), (dt.date(1999, 12, 31), dt.date(2000, 1, 1))]
    assert _run(train, [[a.isoformat(), b.isoformat()] for a, b in held], ["start", "end"]) == ["29", "1"]


def test_no_proposal_when_the_examples_disagree() -> None:
    rows: list[list[str | None]] = [["0"], ["366"], ["1000"]]
    outs: list[str | None] = [_sas(0), _sas(366), _sas(999)]  # the third is a day off: no common epoch
    assert [d for d, _, _ in proposals(rows, outs, ["n"])] == []
    two: list[list[str | None]] = [["2024-01-01 10:00:00", "5"], ["2024-01-01 10:00:00", "7"]]
    assert [d for d, _, _ in proposals(two, ["2024-01-01 10:05:00", "2024-01-01 10:06:00"], ["t", "m"])] == []


def test_year_and_month_shifted_by_months() -> None:
    def back6(y: int, m: int) -> str:
        t = y * 12 + m - 1 - 6
        return f"{t // 12}/{t % 12 + 1:02d}"
    train = [([f"{y}-{m:02d}"], back6(y, m)) for y, m in ((2024, 3), (2024, 8), (2023, 12))]
    held = [(2025, 1), (2024, 6), (2024, 7), (2020, 2)]
    assert _run(train, [[f"{y}-{m:02d}"] for y, m in held], ["month"]) == [back6(y, m) for y, m in held]
