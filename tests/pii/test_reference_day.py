"""The day ages are counted from (:func:`core.pii.detect.reference_day`): a run's day moves the birth-date window
(pupils born 2012-2015 are birth dates in 2029), and without one the default is fixed (no clock) but never older
than the column's own dates, and a far-future placeholder date widens the window instead of emptying it. All values
are made up here."""

from __future__ import annotations

import random
from datetime import date, timedelta

from core.pii.decide import decide_table
from core.pii.detect import REFERENCE_DAY, profile_values, reference_day
from core.pii.masker import DenyByDefaultMasker, mask_table
from core.pii.run_day import DatedMasker, dated

RNG = random.Random(2029_03_01)
N = 200


def _days(first: int, last: int, n: int = N) -> list[str]:
    """``n`` ISO dates spread over the years ``first``..``last``."""
    start, span = date(first, 1, 1), (date(last, 12, 31) - date(first, 1, 1)).days
    return [(start + timedelta(days=RNG.randint(0, span))).isoformat() for _ in range(n)]


def _pupils() -> list[dict[str, object]]:
    """A class list without header words: a record number, pupils' birth dates (2012-2015), a grade."""
    return [{"f1": 5000 + i, "f5": born, "f7": RNG.choice("ABCDE")} for i, born in enumerate(_days(2012, 2015))]


def test_a_run_in_2029_masks_pupils_birth_dates_and_decides_the_same_each_time() -> None:
    rows = _pupils()
    run_day = date(2029, 3, 1)
    assert profile_values([r["f5"] for r in rows], as_of=run_day).shares["birth_like"] == 1.0
    decided = {d.column: d.clear for d in decide_table(list(rows[0]), rows, as_of=run_day)}
    assert not decided["f5"] and not decided["f1"]  # birth dates make it a table of people: its record keys too
    as_of_2026 = {d.column: d.clear for d in decide_table(list(rows[0]), rows, as_of=REFERENCE_DAY)}
    assert as_of_2026["f5"]  # children of 11-14 in 2026: the day is what decides, so a run must pass its own
    masked = mask_table(list(rows[0]), rows, run_id="01J00000000000000000000RUN", as_of=run_day)
    again = mask_table(list(rows[0]), rows, run_id="01J00000000000000000000RUN", as_of=run_day)
    assert masked == again and "f5" in {m.column for m in masked.masking}
    assert all(r["f5"] != raw["f5"] for r, raw in zip(masked.rows, rows, strict=True))


def test_the_default_day_is_fixed_and_never_older_than_the_data() -> None:
    assert reference_day([], None) == REFERENCE_DAY
    assert reference_day([date(1990, 5, 1), date(2020, 1, 1)], None) == REFERENCE_DAY  # older data: the fixed day
    assert reference_day([date(1990, 5, 1), date(2030, 6, 1)], None) == date(2030, 6, 2)  # later data: the day after
    assert reference_day([date(2030, 6, 1)], date(2029, 3, 1)) == date(2029, 3, 1)  # a run's day wins
    assert reference_day([date.max], None) == date.max  # a placeholder at the end of the calendar: no overflow


def test_a_column_whose_dates_run_past_the_fixed_day_counts_ages_from_its_own_dates() -> None:
    """Pupils born 2012-2016 in a column that also holds dates of 2030: the reference day is in 2030, so the pupils
    are 14 to 18 and the column holds birth dates (as of the fixed 2026 day, only those born 2012 would count)."""
    cells = _days(2012, 2016, 190) + _days(2030, 2030, 10)
    RNG.shuffle(cells)
    p = profile_values(cells)
    assert p.entity == "DATE_OF_BIRTH" and p.shares["birth_like"] >= 0.9
    assert profile_values(cells, as_of=REFERENCE_DAY).entity is None  # the fixed day alone would have cleared them


def test_a_far_future_placeholder_widens_the_window_and_never_empties_it() -> None:
    """Adults' birth dates with ``9999-12-31`` placeholders: the default day moves to the end of the calendar, and
    the window's oldest year stays at the fixed day's, so the adults are still birth dates."""
    cells = _days(1940, 2005, 190) + ["9999-12-31"] * 10
    p = profile_values(cells)
    assert p.entity == "DATE_OF_BIRTH" and p.shares["birth_like"] >= 0.9


def test_a_dated_masker_masks_as_of_its_runs_day_and_a_callers_day_wins() -> None:
    rows = _pupils()
    inner = DenyByDefaultMasker()
    assert dated(None, date(2029, 3, 1)) is None and dated(inner, None) is inner
    masker = dated(inner, date(2029, 3, 1))
    assert isinstance(masker, DatedMasker) and masker.name == inner.name
    assert "f5" in {m.column for m in masker.mask_rows(list(rows[0]), rows).masking}
    as_of_2016 = masker.mask_rows(list(rows[0]), rows, as_of=date(2016, 6, 1))
    assert "f5" not in {m.column for m in as_of_2016.masking}


def _orders() -> list[dict[str, object]]:
    """A table without header words: a record number, dates of the last few years (orders, or births of children),
    a grade."""
    return [{"f1": 7000 + i, "f3": day, "f7": RNG.choice("ABCDE")} for i, day in enumerate(_days(2019, 2024))]


def test_without_a_day_no_date_column_is_cleared_for_holding_no_birth_dates() -> None:
    """Pupils born 2013-2016 are 10 to 13 on the fixed day, so as of it their birth dates are "no birth dates"; a call
    without a day (a library call made in 2029, when they are 13 to 16) may not clear them on that ground: it masks,
    the same way each time. A caller that gives the day decides by it."""
    pupils = [{"f1": 5000 + i, "f5": born, "f7": RNG.choice("ABCDE")} for i, born in enumerate(_days(2013, 2016))]
    p = profile_values([r["f5"] for r in pupils])
    assert p.entity is None and p.shares["birth_like"] < 0.9 and p.shares["undated_births"] == 1.0
    undated = {d.column: d for d in decide_table(list(pupils[0]), pupils)}
    assert not undated["f5"].clear
    assert decide_table(list(pupils[0]), pupils) == list(undated.values())  # deterministic: no clock
    assert {d.column: d.clear for d in decide_table(list(pupils[0]), pupils, as_of=REFERENCE_DAY)}["f5"]
    assert "undated_births" not in profile_values([r["f5"] for r in pupils], as_of=REFERENCE_DAY).shares
    masked = mask_table(list(pupils[0]), pupils, run_id="01J00000000000000000000RUN")
    assert "f5" in {m.column for m in masked.masking}
    assert all(r["f5"] != raw["f5"] for r, raw in zip(masked.rows, pupils, strict=True))


def test_without_a_day_recent_dates_under_a_header_that_says_nothing_are_masked_and_a_day_clears_them() -> None:
    rows = _orders()
    assert not {d.column: d.clear for d in decide_table(list(rows[0]), rows)}["f3"]
    assert {d.column: d.clear for d in decide_table(list(rows[0]), rows, as_of=date(2026, 12, 7))}["f3"]
    named = [{"order_id": r["f1"], "order_date": r["f3"]} for r in rows]  # a header naming the event still clears
    assert {d.column: d.clear for d in decide_table(list(named[0]), named)}["order_date"]


def test_the_eval_masks_as_of_its_own_fixed_day() -> None:
    """The PII eval and the domains eval's stored-shape transform pass :data:`EVAL_AS_OF`, never None (so what they
    measure is what a run with a day stores)."""
    from core.catalog import SamplePack
    from core.ingest.pii_eval import EVAL_AS_OF, masked_packs

    seen: list[date | None] = []

    class Recording(DenyByDefaultMasker):
        def mask_rows(self, columns, rows, *, run_id=None, headers=None, table=None, as_of=None):  # type: ignore[no-untyped-def]
            seen.append(as_of)
            return super().mask_rows(columns, rows, run_id=run_id, headers=headers, table=table, as_of=as_of)

    rows = _orders()
    pack = SamplePack(run_id="01J00000000000000000000RUN", table="t", seed=1, strategy="head", rows_max=500,
                      bytes_max=10**6, row_count=len(rows), byte_size=1, columns=list(rows[0]), rows=rows,
                      pii_mask_applied=False, masking=[], catalog_hash="h", contract_hash="c", policy_version="p")
    out = masked_packs(Recording())([pack])
    assert seen == [EVAL_AS_OF] and EVAL_AS_OF == REFERENCE_DAY
    assert "f3" not in {m.column for m in out[0].masking}  # as of the eval's day, dates of 2019-2024 are no births


def test_without_a_day_an_event_header_masks_what_a_later_run_masks() -> None:
    """Round 3: a call without a day cleared dates of 2013-2016 under ``registered`` that a run in 2031 masks (the
    pupils are 15 to 18 then). Without a day it masks them too: never clearer than any run's day."""
    for header in ("registered", "enrolled_on", "Дата продажи"):
        rows = [{"f1": 5000 + i, header: d, "f7": RNG.choice("ABCDE")} for i, d in enumerate(_days(2013, 2016))]
        later = {d.column: d.clear for d in decide_table(list(rows[0]), rows, as_of=date(2031, 6, 1))}[header]
        undated = {d.column: d.clear for d in decide_table(list(rows[0]), rows)}[header]
        assert not later and not undated
