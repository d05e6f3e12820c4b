"""A few columns masked out of their table keep the table's context (review round 3, :mod:`core.pii.table_context`):
the mapping stage's examples of a tracker's ``enrollmentDate`` are masked as at ingest (a date of care beside
``trackedEntityInstance``), where alone the same dates read as a record event. All values are made up here."""

from __future__ import annotations

import random
from datetime import date

from core.mapping.proposal_choice import masked_examples
from core.mapping.side import MatchColumn
from core.mapping.validation import Validation
from core.pii.masker import DenyByDefaultMasker
from core.pii.run_day import DatedMasker
from core.pii.table_context import mask_in_context

RNG = random.Random(2026_12_07)
N = 120
MASKER = DatedMasker(DenyByDefaultMasker(), date(2026, 12, 7))


def _tracker(table: str = "anc_enrollments") -> dict[str, MatchColumn]:
    uids = ["".join(RNG.choice("abcdefghijkLMNOPQ0123456789") for _ in range(11)) for _ in range(N)]
    days = [f"202{RNG.randint(2, 4)}-{RNG.randint(1, 12):02d}-{RNG.randint(1, 28):02d}" for _ in range(N)]
    cols = {"tracked_entity_instance": ("trackedEntityInstance", uids), "enrollment_date": ("enrollmentDate", days),
            "status": ("status", [RNG.choice(["ACTIVE", "COMPLETED"]) for _ in range(N)])}
    return {n: MatchColumn(table=table, name=n, original_name=o, logical_type="string", values=v)
            for n, (o, v) in cols.items()}


def test_a_date_of_care_masked_at_ingest_is_masked_in_the_mapping_examples() -> None:
    ctx = _tracker()
    rows = [{"enrollment_date": v} for v in (ctx["enrollment_date"].values or [])[:5]]
    alone = MASKER.mask_rows(["enrollment_date"], rows).rows
    assert alone == rows  # out of its table the date reads as a record event: the leak of round 3
    masked = mask_in_context(MASKER, ["enrollment_date"], rows, ctx)
    assert all(m["enrollment_date"] != r["enrollment_date"] for m, r in zip(masked, rows, strict=True))


def test_the_table_context_only_masks_more() -> None:
    ctx = _tracker(table="course_signups")
    ctx.pop("tracked_entity_instance")  # no health context: the same dates stay in clear, as alone
    rows = [{"enrollment_date": v, "__out": v} for v in (ctx["enrollment_date"].values or [])[:5]]
    assert mask_in_context(MASKER, ["enrollment_date", "__out"], rows, ctx) == \
        MASKER.mask_rows(["enrollment_date", "__out"], rows).rows


def test_stored_validation_examples_mask_a_date_of_care() -> None:
    ctx = _tracker()
    days = (ctx["enrollment_date"].values or [])[:4]
    v = Validation(mode="data_mode", rows=[("success", {"enrollment_date": d}, d) for d in days])
    shown = masked_examples(v, "enrolled_on", MASKER, ctx)
    assert all(e["before"]["enrollment_date"] != d and e["after"] != d for e, d in zip(shown, days, strict=False))
    assert shown
    assert masked_examples(v, "enrolled_on", MASKER)[0]["after"] == days[0]  # without the table: the old leak
