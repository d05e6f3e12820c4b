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
