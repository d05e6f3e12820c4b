"""The leak classes found on the PII golden set (issue 11): each personal look-alike stays masked, and the
business value it resembles still goes through the same rule in clear (so each test can fail both ways)."""

from __future__ import annotations

import random

from core.pii.covary import person_key
from core.pii.decide import decide_table
from core.pii.evidence import machine_stamped, postal_like
from core.pii.headers import coded_header
from core.pii.names import load_name_lexicon, login_share

RNG = random.Random(11)
SYL = ["ka", "lo", "mi", "ren", "tas", "vo", "qui", "bel", "dor", "an"]


def _word() -> str:
    return "".join(RNG.choice(SYL) for _ in range(2)).capitalize()


def _clear(cols: list[str], rows: list[dict[str, object]], table: str | None = None) -> dict[str, bool]:
    return {d.column: d.clear for d in decide_table(cols, rows, table=table)}


def _dob() -> str:
    return f"{RNG.randint(1, 28):02d}/{RNG.randint(1, 12):02d}/19{RNG.randint(40, 99)}"


def test_a_guest_register_of_a_hotel_is_a_table_of_people() -> None:
    """Class 1: the business-contact rule (``hotel`` in the table name) cleared the guests' home address, postal
    code and mobile. A birth date or a national id in the table makes its rows people."""
    n = 40
    cols = ["Indirizzo", "CAP", "Telefono", "Data di Nascita"]
    rows = [{"Indirizzo": f"Via {_word()}, {RNG.randint(1, 200)}", "CAP": f"{RNG.randint(10000, 99999)}",
             "Telefono": f"3{RNG.randint(10, 99)} {RNG.randint(1000000, 9999999)}", "Data di Nascita": _dob()}
            for _ in range(n)]
    guests = _clear(cols, rows, table="registro_ospiti_hotel")
    assert not any(guests.values()), guests
    hotels = _clear(cols[:3], [{c: r[c] for c in cols[:3]} for r in rows], table="hotel_locations")
    assert not any(hotels.values()), hotels  # the table's name alone: the rows must show they are businesses
    named = _clear(["Nome Hotel", *cols[:3]], [{"Nome Hotel": f"Hotel {_word()}", **{c: r[c] for c in cols[:3]}}
                                               for r in rows], table="hotel_locations")
    assert {c: named[c] for c in cols[:3]} == {"Indirizzo": True, "CAP": True, "Telefono": True}


def test_a_mobile_or_home_address_header_is_never_a_business_contact() -> None:
    n = 30
    cols = ["Store Cellulare", "Store Street"]
    rows = [{"Store Cellulare": f"3{RNG.randint(10, 99)} {RNG.randint(1000000, 9999999)}",
             "Store Street": f"{10 + i} Elm Street"} for i in range(n)]
    assert _clear(cols, rows, table="store_locations") == {"Store Cellulare": False, "Store Street": True}


def test_people_who_share_a_name_are_not_one_person() -> None:
    """Class 2: a full name repeated by namesakes was taken for one person's rows because a mostly empty column
    was "constant" among them; the city and the creating clerk then "varied within one person" and were cleared."""
    n = 120
    names = [f"{_word()} {_word()}" for _ in range(20)]
    rows = [{"name": names[i % 20], "phone": f"+420 6{RNG.randint(10000000, 99999999)}", "company": None,
             "search": names[i % 20].split()[1].upper(), "city": RNG.choice(["Brno", "Ostrava", "Plzeň"])}
            for i in range(n)]  # an empty column and a search term spelled from the name prove nothing
    assert person_key(rows, {"name": "PERSON", "phone": "PHONE_NUMBER", "company": "PERSON", "search": "PERSON"}) \
        is None
    # the same people really repeated (their phone repeats with their name): the key is found
    phones = {nm: f"+420 6{RNG.randint(10000000, 99999999)}" for nm in names}
    same = [dict(r, phone=phones[str(r["name"])]) for r in rows]
    assert person_key(same, {"name": "PERSON", "phone": "PHONE_NUMBER"}) is not None


def test_postal_codes_of_a_few_towns_are_no_status_vocabulary() -> None:
    """Class 3: in a table of people, nine postal codes repeated over 260 rows were cleared as a small
    vocabulary of digit-bearing codes."""
    n = 200
    codes = ["301 00", "747 66", "702 00", "370 01", "120 00"]
    cols = ["a", "b", "c", "d"]
    rows = [{"a": f"{_word().lower()}.{i}@mail.test", "b": codes[i % 5], "c": ["0870", "3065", "2650"][i % 3],
             "d": ["P1", "P2", "P3"][i % 3]} for i in range(n)]
    assert _clear(cols, rows) == {"a": False, "b": False, "c": False, "d": True}
    assert postal_like(codes) and not postal_like(["2024", "2025", "2026"]) and not postal_like(["P1", "P2"])


def test_logins_built_from_names_stay_masked() -> None:
    """Class 4: SAP's ``ERNAM`` (created by: ``JNOVAKOVA``, ``TSVOBODA``) is a small vocabulary of clerks' logins."""
    lex = load_name_lexicon()
    logins = ["JNOVAKOVA", "TSVOBODA", "PDVORAK", "MKUCEROVA", "BATCH_MIG", "jsmith", "mmuller"]
    assert login_share(logins, lex) >= 0.4
    assert login_share(["ACTIVE", "PENDING", "CANCELLED", "SHIPPED", "OPEN", "CLOSED"], lex) == 0.0
    n = 140
    rows = [{"x": f"{_word().lower()}{i}@mail.test", "y": logins[i % 7], "z": ["open", "closed"][i % 2]}
            for i in range(n)]
    assert _clear(["x", "y", "z"], rows) == {"x": False, "y": False, "z": True}


def test_a_persons_own_times_under_a_header_that_says_nothing_stay_masked() -> None:
    """Class 5: admission timestamps (to the minute) under ``f18`` in a patient table were cleared as
    self-evident timestamps. System-stamped times (seconds, epoch milliseconds) still go in clear."""
    n = 60
    admissions = [f"2023-{RNG.randint(1, 12):02d}-{RNG.randint(1, 28):02d}T{RNG.randint(0, 23):02d}:"
                  f"{RNG.randint(0, 59):02d}" for _ in range(n)]
    stamped = [f"2024-05-{RNG.randint(1, 28):02d} 10:{RNG.randint(0, 59):02d}:{RNG.randint(1, 59):02d}"
               for _ in range(n)]
    rows = [{"f1": f"{_word().lower()}.{i}@mail.test", "f2": _dob(), "f3": admissions[i], "f4": stamped[i]}
            for i in range(n)]
    assert _clear(["f1", "f2", "f3", "f4"], rows) == {"f1": False, "f2": False, "f3": False, "f4": True}
    # the same minute-precision times under a header that names an event are cleared
    named = [{"email": r["f1"], "dob": r["f2"], "check_in": r["f3"]} for r in rows]
    assert _clear(["email", "dob", "check_in"], named)["check_in"] is True
    assert machine_stamped(stamped) and not machine_stamped(admissions)
    assert coded_header("f18") and coded_header("col_q") and not coded_header("CAP")


def test_a_business_table_naming_its_people_is_a_table_of_people() -> None:
    """Class 1 without an identity attribute: a ``hotel_reservations`` table with the guests' names; their
    address is theirs. A name under a role header (``Store Manager``) leaves the business's own address clear."""
    n = 40
    cols = ["Guest", "Address", "Phone"]
    rows = [{"Guest": f"{_word()} {_word()}", "Address": f"{10 + i} Elm Street",
             "Phone": f"(212) 555-{1000 + i}"} for i in range(n)]
    assert not any(_clear(cols, rows, table="hotel_reservations").values())
    managed = [{"Store Manager" if k == "Guest" else k: v for k, v in r.items()} for r in rows]
    assert _clear(["Store Manager", "Address", "Phone"], managed, table="hotel_sites") == \
        {"Store Manager": False, "Address": True, "Phone": True}


def test_a_care_or_life_event_inside_a_compound_header_names_personal_data() -> None:
    """Class 5 with a header: ``Aufnahmedatum`` ends in the safe word ``datum`` but names an admission."""
    from core.pii.headers import header_signal

    for header in ("Aufnahmedatum", "Entlassungsdatum", "dataricovero", "Sterbedatum"):
        assert header_signal(header).pii, header
    assert header_signal("Lieferdatum").safe and not header_signal("Lieferdatum").pii
