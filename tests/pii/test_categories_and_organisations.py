"""Session 11 precision proofs (issue 11): business categories, organisations, row numbers, stamps of one run and the
values a personal header cannot make personal. Each class clears in a table of people under a header that says
nothing (``f9``) next to the personal look-alikes that must stay masked (each test can fail both ways). All values are
made up here."""

from __future__ import annotations

import random
from collections.abc import Sequence

from core.pii.attributes import others_than_people
from core.pii.categories import category_vocabulary
from core.pii.decide import decide_table
from core.pii.names import load_name_lexicon, name_keys
from core.pii.organisations import organisation_list
from core.pii.status import status_vocabulary
from core.pii.system_values import row_header, row_ordinals, stamp_window
from tests.pii.made_up_people import people, word

RNG = random.Random(11_2026_12)
N = 150


def _column(values: Sequence[object], column: str = "f9") -> bool:
    """Whether ``values`` clear as column ``column`` of a table of made-up people."""
    rows = [dict(r, **{column: v}) for r, v in zip(people(RNG, len(values)), values, strict=True)]
    return {d.column: d.clear for d in decide_table(list(rows[0]), rows)}[column]


def _draw(vocabulary: Sequence[str], n: int = N) -> list[str]:
    return [vocabulary[i % len(vocabulary)] for i in RNG.sample(range(n), n)]


def test_payment_methods_channels_and_kinship_clear_towns_and_names_stay_masked() -> None:
    """Payment methods, channels, customer types and an emergency contact's relationship, in several languages and
    scripts, clear in a table of people; towns, villages, made-up names and a category list with one town or one
    personal name among its values stay masked."""
    cleared = [["Cash", "Card", "Bank transfer", "Mobile money"], ["USSD", "AGENT", "APP"],
               ["CASHIN", "CASHOUT", "P2P", "BILLPAY", "AIRTIME"], ["Adult", "Student", "Senior"],
               ["Madre", "Padre", "Esposo(a)", "Hermano(a)"], ["现金", "微信支付", "支付宝"],
               ["SAVINGS", "CURRENT", "RD"],
               ["Gold", "Silver", "Bronze", "Platinum"], ["manman", "papa", "pitit", "madanm", "kouzen"]]
    for vocabulary in cleared:
        assert category_vocabulary(_draw(vocabulary)), vocabulary
        assert _column(_draw(vocabulary)), vocabulary
    masked = [["Kiruna", "Malmö", "Göteborg", "Örebro"], [word(RNG) for _ in range(6)],
              ["Cash", "Card", "Manchester"], ["Madre", "Padre", "Svetlana"], ["RD", "PK", "Cash"],
              ["Card 4417", "Cash 5521"], [f"Ban {word(RNG)}" for _ in range(5)]]  # Lao villages: ``Ban`` is none
    for vocabulary in masked:
        assert not category_vocabulary(_draw(vocabulary)), vocabulary
        assert not _column(_draw(vocabulary)), vocabulary
    rare = _draw(["Cash", "Card"], 40) + ["Transfer"] * 2  # a value on two rows only: not k-anonymous
    assert not category_vocabulary(rare)


def test_check_outcomes_and_dutch_statuses_are_statuses() -> None:
    """``OK`` / ``NOT_PRESENT`` / ``FAIL`` and Dutch payment statuses clear as statuses; a status list with a town
    does not."""
    assert status_vocabulary(_draw(["OK", "NOT_PRESENT", "FAIL"]))
    assert status_vocabulary(_draw(["UITBETAALD", "IN BEHANDELING", "GEWEIGERD"]))
    assert not status_vocabulary(_draw(["OK", "FAIL", "Paramaribo"]))


def test_a_few_organisations_in_many_scripts_clear_people_and_mixed_columns_do_not() -> None:
    """Banks, insurers, couriers and clinics named in several languages clear as a few organisations each on many
    rows; a column of personal names, or of people with two companies among them, stays masked."""
    for vocabulary in (["Hakrinbank", "Republic Bank", "Finabank", "Godo"], ["국민은행", "신한은행", "토스뱅크"],
                       ["顺丰速运", "圆通速递", "京东物流", "EMS"],
                       ["Seguros Andinos", "Seguros del Lago", "Particular"],
                       ["Arabkir Polyclinic", "Vanadzor Health Centre", "Gyumri Polyclinic"]):
        assert organisation_list(_draw(vocabulary)), vocabulary
        assert _column(_draw(vocabulary)), vocabulary
    people_names = [f"{word(RNG)} {word(RNG)}" for _ in range(6)]
    assert not organisation_list(_draw(people_names)) and not _column(_draw(people_names))
    mixed = people_names[:4] + ["Lago Bank", "Norte Seguros"]
    assert not organisation_list(_draw(mixed)) and not _column(_draw(mixed))


def test_row_numbers_clear_under_a_row_header_staff_numbers_stay_masked() -> None:
    """Exactly ``1..n`` or ``0..n-1`` (in any order) under a header naming a row's position (``Unnamed: 0``, ``#``,
    ``ردیف``) clears as row numbers; the same numbers under a header that says nothing (a small firm's staff numbers
    are ``1..n`` too) and numbers from a block, with a gap or repeated stay masked."""
    ordinals = [str(i) for i in RNG.sample(range(1, N + 1), N)]
    assert row_ordinals(ordinals) and row_ordinals([str(i) for i in range(N)])
    assert all(_column(ordinals, h) for h in ("Unnamed: 0", "#", "ردیف", "Sr. No"))
    assert not _column(ordinals) and not _column(ordinals, "emp_no") and not row_header("Ime")
    block = [str(i) for i in RNG.sample(range(1000, 1000 + N), N)]
    gap = [str(i) for i in RNG.sample(range(1, N + 2), N)]
    assert not row_ordinals(block) and not row_ordinals(gap) and not _column(block)
    assert not row_ordinals(ordinals[:-1] + ordinals[:1])


def test_unix_seconds_of_one_month_clear_phone_blocks_stay_masked() -> None:
    """Ten-digit Unix times in seconds within a month clear under a header naming no person (under one that says
    nothing they read as phones: masked, review of session 11); mobiles that lost their leading zero
    (``10`` + eight digits), times spread over a year and US numbers read as seconds of the 2030s stay masked."""
    start = 1_717_392_600
    stamps = [str(start + RNG.randrange(20 * 86_400)) for _ in range(N)]
    # review of session 11: ten digits read as phones stay masked under a header that says nothing, stamps or not
    assert stamp_window(stamps) and not _column(stamps) and _column(stamps, "reading_time")
    mobiles = [f"10{RNG.randrange(10**8):08d}" for _ in range(N)]
    year = [str(start + RNG.randrange(366 * 86_400)) for _ in range(N)]
    us = [f"212555{RNG.randrange(10**4):04d}" for _ in range(N)]
    for values in (mobiles, year, us):
        assert not stamp_window(values) and not _column(values)


def test_values_a_personal_header_cannot_make_personal() -> None:
    """Card brands under a card header, company names under a name header and nationalities under a person header
    clear; card numbers, personal names and towns under the same headers stay masked."""
    brands = _draw(["VISA", "MASTERCARD", "AMEX"])
    assert others_than_people("CREDIT_CARD", brands) and not others_than_people("CREDIT_CARD", ["4111111111111111"])
    # made-up words the name lexicons know (``Karen``) are left out: ``Karen Ltd`` under a person header may be hers
    lex = load_name_lexicon()
    firm_words = [w for w in (word(RNG) for _ in range(80)) if not name_keys(w) & (lex.given | lex.surnames)]
    firms = [f"{w} {RNG.choice(['Ltd', 'SARL', 'GmbH', 'Haulage Co.'])}" for w in firm_words[:40]]
    assert others_than_people("PERSON", firms)
    assert not others_than_people("PERSON", [f"{word(RNG)} {word(RNG)}" for _ in range(40)])
    assert others_than_people("PERSON", _draw(["Cyprus", "Russia", "Lebanon"]))
    assert not others_than_people("LOCATION", _draw(["Cyprus", "Russia", "Lebanon"]))
    assert not others_than_people("PERSON", _draw(["Limassol", "Nicosia", "Larnaca"]))
    rows = [dict(r, card_brand=b, director_name=f) for r, b, f in zip(people(RNG, 40), brands, firms, strict=False)]
    decided = {d.column: d.clear for d in decide_table(list(rows[0]), rows)}
    assert decided["card_brand"] and decided["director_name"] and not decided["name"]
