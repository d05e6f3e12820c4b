"""Precision of deny by default (issue 11, session 6): value proofs that let business columns of a table of people
go through in clear, each next to the personal look-alike that must stay masked (each test can fail both ways), and
the three clearings that leaned on header or table evidence, now each with value evidence. All values are made up
here."""

from __future__ import annotations

import random
from collections.abc import Sequence

from core.pii.decide import decide_table
from core.pii.detect import profile_values
from core.pii.proof import K_MIN, record_key_proof
from tests.pii.made_up_people import people, word

RNG = random.Random(6_2026_12)
N = 150


def _word() -> str:
    return word(RNG)


def _people(n: int = N) -> list[dict[str, object]]:
    return people(RNG, n)


def _decide(rows: list[dict[str, object]], table: str | None = None) -> dict[str, bool]:
    return {d.column: d.clear for d in decide_table(list(rows[0]), rows, table=table)}


def _with(rows: list[dict[str, object]], column: str, values: Sequence[object]) -> list[dict[str, object]]:
    return [dict(r, **{column: v}) for r, v in zip(rows, values, strict=True)]


def _spread(vocab: Sequence[object], n: int = N, k: int = K_MIN) -> list[object]:
    cells = [v for v in vocab for _ in range(k)]
    return cells + [RNG.choice(list(vocab)) for _ in range(n - len(cells))]


# --- record keys -------------------------------------------------------------------------------------------------


def test_record_keys_from_one_block_clear_under_a_record_key_header_and_random_numbers_do_not() -> None:
    """Customer numbers handed out from one block (``1000740``..``1009398``) under ``KUNNR``; ids people carry (a
    national id, a PIN) span their whole range and stay masked under the same header, and the block keys stay
    masked under a header that names no record."""
    block = [str(1_000_000 + RNG.randrange(10_000)) for _ in range(N)]
    spread = [str(RNG.randrange(100_000_000, 999_999_999)) for _ in range(N)]
    assert record_key_proof(block) and not record_key_proof(spread)
    assert _decide(_with(_people(), "KUNNR", block))["KUNNR"] is True
    assert _decide(_with(_people(), "KUNNR", spread))["KUNNR"] is False
    assert _decide(_with(_people(), "f9", block))["f9"] is False


def test_coded_keys_need_one_literal_prefix() -> None:
    """Booking codes (``BK40355921``) and transaction ids (``TX7D75…``) share a literal prefix; passport numbers of
    several series (``EA…``, ``EB…``) or random codes do not."""
    booking = [f"BK{RNG.randrange(10**8):08d}" for _ in range(N)]
    txn = [f"TX{RNG.getrandbits(56):014X}" for _ in range(N)]
    passports = [f"E{RNG.choice('ABCDE')}{RNG.randrange(10**7):07d}" for _ in range(N)]
    assert record_key_proof(booking) and record_key_proof(txn) and not record_key_proof(passports)
    rows = _with(_with(_people(), "codice_prenotazione", booking), "booking_code", passports)
    got = _decide(rows)
    assert got["codice_prenotazione"] is True and got["booking_code"] is False


# --- shared constants --------------------------------------------------------------------------------------------


def test_a_period_shared_by_every_person_clears_and_a_shared_name_or_number_does_not() -> None:
    """A pay period (``2026-11``) on every row of 150 people singles out none of them; a clerk's name on every row is
    one person's, and a constant 5-digit number under a header that says nothing may be a town's postal code."""
    rows = _with(_with(_with(_people(), "f3", ["2026-11"] * N), "f4", ["Rasmus Kvist"] * N), "f5", ["64000"] * N)
    got = _decide(rows)
    assert got["f3"] is True
    assert got["f4"] is False and got["f5"] is False
    one_person = [dict(r, email="only.one@mail.test", name="Kari Tvedt") for r in rows]  # one person's own rows
    assert _decide(one_person)["f3"] is False


# --- measurements and amounts ------------------------------------------------------------------------------------


def test_ratings_are_no_card_expiry() -> None:
    """A rating or a fat content written ``4.77`` has the form of an expiry ``M.YY`` but no card's year; real
    expiries (``09/27``) are still found."""
    ratings = [f"{RNG.uniform(3.0, 5.0):.2f}" for _ in range(N)]
    expiries = [f"{RNG.randint(1, 12):02d}/{RNG.randint(25, 31)}" for _ in range(N)]
    assert profile_values(ratings).entity is None and profile_values(ratings).kind == "amount"
    assert profile_values(expiries).entity == "CARD_EXPIRY"


def test_amounts_by_type_and_ids_a_reader_turned_into_floats() -> None:
    """Every cell a decimal number: salaries with round values (``16500.0``) or amounts with cents clear under a
    header that says nothing; postal codes a reader turned into floats (``2134.0``, with cells missing) and PINs
    written as floats (neither round nor with cents) stay masked."""
    salaries = [float(RNG.choice([1800, 3000, 4500, 6000, 8500, 12000, 16500])) for _ in range(N)]
    cents = [round(RNG.uniform(0, 50_000), 2) if RNG.random() < 0.6 else 0.0 for _ in range(N)]
    pins = [float(RNG.randrange(1000, 9999)) for _ in range(N)]
    zips: list[object] = [float(RNG.randrange(1000, 99999)) if i % 10 else None for i in range(N)]
    rows = _with(_with(_with(_with(_people(), "f3", salaries), "f4", cents), "f5", pins), "f6", zips)
    got = _decide(rows)
    assert got["f3"] is True and got["f4"] is True
    assert got["f5"] is False and got["f6"] is False


def test_countries_and_small_codes_are_coarse_but_days_of_birth_are_not() -> None:
    """Countries (codes or names) and a few small codes shared by many rows clear; days of the month (31 values, a
    birth day split from its date) stay masked."""
    countries = _spread(["DE", "France", "ITA", "España", "PL"])
    eci = _spread(["2", "5", "6", "7"])
    days = [str(RNG.randint(1, 31)) for _ in range(N)]
    got = _decide(_with(_with(_with(_people(), "f3", countries), "f4", eci), "f5", days))
    assert got["f3"] is True and got["f4"] is True and got["f5"] is False


# --- the clearings that leaned on header or table evidence ---------------------------------------------------


def test_capitalised_vocabulary_under_a_non_personal_header_needs_value_evidence() -> None:
    """Customer groups under ``Kundengruppe`` (a header the catalog reads as non-personal) in a table of people:
    cleared when every value is shared by :data:`K_MIN` rows or more; masked when one value singles out a few rows
    (a town, a name), when the values are names the lexicons know, or when the header says nothing."""
    groups = ["Gewerbe", "Privat", "Großkunde", "Verein"]
    rare = _spread(groups, N - 2) + ["Kleinwalsertal", "Kleinwalsertal"]
    names = _spread(["Maria", "Thomas", "Andrea", "Stefan"])
    got = _decide(_with(_people(), "Kundengruppe", _spread(groups)))
    assert got["Kundengruppe"] is True
    assert _decide(_with(_people(), "Kundengruppe", rare))["Kundengruppe"] is False
    assert _decide(_with(_people(), "Kundengruppe", names))["Kundengruppe"] is False
    assert _decide(_with(_people(), "f7", _spread(groups)))["f7"] is False


def _suppliers(with_company_names: bool) -> list[dict[str, object]]:
    rows = []
    for _ in range(60):
        row: dict[str, object] = {"phone": f"+45 {RNG.randrange(20, 99)} {RNG.randrange(10, 99)} "
                                           f"{RNG.randrange(10, 99)} {RNG.randrange(10, 99)}",
                                  "Kategori": RNG.choice(["IT", "Kontor", "Transport"])}
        if with_company_names:
            row["Firma"] = f"{_word()} {RNG.choice(['A/S', 'ApS', 'Holding A/S'])}"
        rows.append(row)
    return rows


def test_a_business_phone_on_the_table_name_alone_needs_company_rows() -> None:
    """In a table named ``suppliers`` a plain ``phone`` column is the business's switchboard only when the values
    show the rows are businesses (a column of company names); otherwise it may be a contact person's mobile."""
    assert _decide(_suppliers(True), table="suppliers")["phone"] is True
    assert _decide(_suppliers(False), table="suppliers")["phone"] is False


def _subscriptions(extra: dict[str, Sequence[object]]) -> list[dict[str, object]]:
    rows = _with(_with(_people(60), "card_last4", [f"{RNG.randrange(1000, 9999)}" for _ in range(60)]),
                 "card_exp_month", [str(RNG.randint(1, 12)) for _ in range(60)])
    for col, vals in extra.items():
        rows = _with(rows, col, vals)
    return rows


def test_card_expiry_and_last_four_clear_only_without_a_card_number_or_security_code() -> None:
    """Last four digits and expiry months of a table without card numbers clear (not cardholder data alone); a card
    number or a security code in the same table (stored only with a card) keeps them masked."""
    got = _decide(_subscriptions({}))
    assert got["card_last4"] is True and got["card_exp_month"] is True
    pans = [str(4_000_000_000_000_000 + RNG.randrange(10**15)) for _ in range(60)]
    with_cvv = _decide(_subscriptions({"cvv": [f"{RNG.randrange(1000):03d}" for _ in range(60)]}))
    with_pan = _decide(_subscriptions({"card_pan": pans}))
    assert with_cvv["card_last4"] is False and with_cvv["card_exp_month"] is False
    assert with_pan["card_last4"] is False and with_pan["card_exp_month"] is False


def test_measures_by_their_unit_in_the_header_or_in_the_values() -> None:
    """Durations under ``tat_min``, counts under ``antal_besok`` and distances written ``42km`` or money written
    ``350,000đ`` are measures; the same three-digit numbers under a header that says nothing (a CVV has that form)
    and zero-padded codes under a unit header stay masked."""
    minutes = [str(RNG.randint(100, 999)) for _ in range(N)]
    padded = [f"{RNG.randint(0, 999):03d}" for _ in range(N)]
    km = _spread(["5km", "10km", "21km", "42km"])
    money = [RNG.choice(["350,000đ", "450000", "650.000"]) for _ in range(N)]
    rows = _with(_with(_with(_with(_with(_people(), "tat_min", minutes), "antal_besok", minutes), "f5", minutes),
                       "code_ms", padded), "f7", km)
    got = _decide(_with(rows, "f8", money))
    assert got["tat_min"] is True and got["antal_besok"] is True and got["f7"] is True and got["f8"] is True
    assert got["f5"] is False and got["code_ms"] is False


def test_enum_constants_and_product_codes() -> None:
    """A program's enum constants (``FULL_KYC``) clear in a table of people, upper-case towns do not; product codes
    of one shape clear under ``sku``, national ids of digits under the same header do not."""
    kyc = _spread(["FULL_KYC", "MIN_KYC", "PENDING_VKYC", "REJECTED"])
    towns = _spread(["LEEDS", "BATH", "YORK", "DERBY"])
    skus = [f"{RNG.choice(['ZAB', 'RTV', 'OGR'])}-{RNG.randrange(1000, 9999)}-{RNG.choice('ABC')}" for _ in range(N)]
    ids = [str(RNG.randrange(10**10, 10**11)) for _ in range(N)]
    got = _decide(_with(_with(_with(_with(_people(), "f3", kyc), "f4", towns), "sku", skus), "item_sku", ids))
    assert got["f3"] is True and got["sku"] is True
    assert got["f4"] is False and got["item_sku"] is False


def test_a_few_organisations_clear_and_are_no_person_key() -> None:
    """Fish buyers (``Lofothaav AS``) on many rows each clear; being organisations, they no longer serve as the
    "person" key of the event-attribute rule (which would clear a fisher's county as varying "within a person")."""
    buyers = _spread(["Lofothaav AS", "Reine Sjomat AS", "Nordkapp Fisk AS", "Varanger Sjo AS", "Senja Fisk AS"])
    got = _decide(_with(_people(), "f3", buyers))
    assert got["f3"] is True
    people_names = _spread([f"{_word()} {_word()}" for _ in range(5)])
    assert _decide(_with(_people(), "f3", people_names))["f3"] is False
