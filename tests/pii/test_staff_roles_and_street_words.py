"""Leak classes of session 12 (issue 11): staff codes next to people data (a loan officer's, a courier's code) and
address lines in languages whose street words the lexicons lacked (Turkic and Central Asian conventions). Each
personal look-alike stays masked, and the business value it resembles still goes through in clear (so each test can
fail both ways). All values are made up here: names of syllables, streets of invented words."""

from __future__ import annotations

import random
from collections.abc import Sequence

from core.pii.decide import decide_table
from core.pii.detect import profile_values
from core.pii.headers import header_signal
from core.pii.names import company_share
from core.pii.street_words import names_street, street_word
from tests.pii.made_up_people import word

RNG = random.Random(12_2026_12)
N = 180


def _people(n: int = N, repeat: int = 1) -> list[dict[str, object]]:
    """Rows of a table of people (an e-mail and a full name), each person on ``repeat`` consecutive rows."""
    persons = [(f"{word(RNG).lower()}.{i}@mail.test", f"{word(RNG)} {word(RNG)}") for i in range(n // repeat + 1)]
    return [{"email": persons[i // repeat][0], "name": persons[i // repeat][1]} for i in range(n)]


def _with(rows: list[dict[str, object]], column: str, values: Sequence[object]) -> list[dict[str, object]]:
    return [dict(r, **{column: v}) for r, v in zip(rows, values, strict=True)]


def _clear(rows: list[dict[str, object]]) -> dict[str, bool]:
    return {d.column: d.clear for d in decide_table(list(rows[0]), rows)}


def _codes(prefix: str, count: int, n: int = N, width: int = 3) -> list[str]:
    """``n`` cells drawn from ``count`` codes ``<prefix>-<number>``, each code on several rows."""
    vocab = [f"{prefix}-{num:0{width}d}" for num in RNG.sample(range(10 ** (width - 1), 10 ** width), count)]
    cells = [v for v in vocab for _ in range(5)]
    cells += [RNG.choice(vocab) for _ in range(n - len(cells))]
    RNG.shuffle(cells)
    return cells


def test_a_header_naming_a_staff_role_names_a_person_and_with_a_number_word_a_staff_number() -> None:
    """``courier_code`` was read as a record key (``code``) and its packed codes cleared; ``officer`` said nothing.
    A staff role (officer, courier, cashier, clerk, teller... in several languages) names a person; with a number
    word it names a staff number. Words naming a thing or a zone stay what they were."""
    for header in ("courier_code", "cajero_id", "kurier_nr", "teller_no", "collector_code"):
        sig = header_signal(header)
        assert sig.pii and sig.entity == "EMPLOYEE_ID", header
    for header in ("officer", "loan officer", "Mensajero", "caissier"):
        assert header_signal(header).pii, header
    for header in ("branch_code", "order_id", "plan_code"):
        assert not header_signal(header).pii, header


def test_packed_codes_under_a_staff_role_header_stay_masked_a_thing_keys_codes_clear() -> None:
    """Codes handed out in order after one prefix (``QX-118``..) under ``courier_code`` in a table of people stay
    masked; the same shape of codes unique per row under ``order_id`` is the record's key and clears."""
    people = _people()
    couriers = _codes("QX", 30)
    order_ids = [f"QX-{100000 + i}" for i in range(N)]
    rows = _with(_with(people, "courier_code", couriers), "order_id", order_ids)
    clear = _clear(rows)
    assert clear["courier_code"] is False
    assert clear["order_id"] is True


def test_a_few_staff_codes_in_a_table_of_people_stay_masked_under_a_header_saying_nothing() -> None:
    """A dozen codes of a staff number's form (``TV-204``: letters, a hyphen, a number) spread over a table of people,
    changing between the rows of one person: the staff who served each row. Under ``f15`` they were cleared as a small
    vocabulary (and as an attribute of the rows); they stay masked. Under a header naming a thing (``plan_code``) the
    same codes are a closed list of things and clear."""
    people = _people(repeat=3)
    for prefix in ("QO", "TV"):  # ``TV`` also reads as a sales channel (a business category)
        staff = _codes(prefix, 12)
        assert _clear(_with(people, "f15", staff))["f15"] is False, prefix
        assert _clear(_with(people, "officer", staff))["officer"] is False, prefix
        assert _clear(_with(people, "plan_code", staff))["plan_code"] is True, prefix
    # a catalogue's codes are no staff family: a prefix naming a thing, or numbers stepped by design
    for vocab in (["SKU-118", "SKU-241", "SKU-307", "SKU-452"], ["QO-100", "QO-200", "QO-300", "QO-400"]):
        cells = [RNG.choice(vocab) for _ in range(N - 20)] + vocab * 5
        assert _clear(_with(people, "f9", cells))["f9"] is True, vocab


def _street() -> str:
    return word(RNG)


ADDRESS_FORMS = (
    lambda: f"{_street()} ş., {_street()} köçesi, {RNG.randint(1, 140)}-nji jaý, {RNG.randint(1, 90)}-nji öý",
    lambda: f"{_street()} ş., {_street()} ýaşaýyş toplumy, {RNG.randint(1, 80)}-nji jaý, kw. {RNG.randint(1, 99)}",
    lambda: f"{_street()} ko'chasi, {RNG.randint(1, 99)}-uy, {RNG.randint(1, 60)}-xonadon",
    lambda: f"{_street()} көшесі, {RNG.randint(1, 99)} үй, {RNG.randint(1, 200)} пәтер",
    lambda: f"{_street()} küçəsi {RNG.randint(1, 99)}, mənzil {RNG.randint(1, 80)}",
    lambda: f"{_street()} Sokağı No:{RNG.randint(1, 99)} Daire {RNG.randint(1, 20)}",
    lambda: f"ул. {_street()}, д. {RNG.randint(1, 99)}, кв. {RNG.randint(1, 300)}",
)


def test_address_lines_of_many_conventions_read_as_street_addresses() -> None:
    """Street, house and flat words of Turkmen, Uzbek (apostrophe dropped), Kazakh, Azerbaijani, Turkish and Russian
    addresses, with their case endings, make the values street addresses (``LOCATION``)."""
    for form in ADDRESS_FORMS:
        values = [form() for _ in range(60)]
        p = profile_values(values)
        assert p.entity == "LOCATION", values[0]


def test_look_alikes_of_street_words_are_no_street() -> None:
    """A power in kilowatts, a surname starting like a street stem in another script, a Finnish company, names
    ending like a Latvian street: none is an address line."""
    for text in ("5 kW motor", "Kočevar 12", "Karhu Oy 3", "Daniela 2", "50 кв.м", "Kuchenbäcker 3"):
        assert not names_street(text), text
    assert street_word("köçäniň") and street_word("köçesinde")
    assert street_word("Hauptstraße") and street_word("Storgatan") and not street_word("Oy")


def test_a_turkmen_flat_is_no_finnish_legal_form_and_an_address_line_no_company_name() -> None:
    """``öý`` (a flat) folded to ``oy`` read as the Finnish legal form, so a column of addresses passed for company
    names and was stored in clear. Short legal forms count as written, an address line is no company name; companies
    with short legal forms still count."""
    addresses = [ADDRESS_FORMS[0]() for _ in range(50)]
    assert company_share(addresses) < 0.1
    companies = [f"{word(RNG)} {RNG.choice(['Oy', 'AS', 'AB', 'Ltd', 'GmbH'])}" for _ in range(50)]
    assert company_share(companies) == 1.0
    people = _people()
    rows = _with(people, "f11", [RNG.choice(ADDRESS_FORMS)() for _ in range(N)])
    assert _clear(rows)["f11"] is False
