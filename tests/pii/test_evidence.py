"""Evidence that a column holds no personal data: what it clears, and the personal look-alikes it must not."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from core.pii.covary import person_key, varies_within_people
from core.pii.decide import decide_column, decide_table
from core.pii.evidence import (
    epoch_kind,
    gs1_barcodes,
    locale_tags,
    object_ids,
    packed_keys,
    symbol_vocabulary,
    template_text,
    version_strings,
)
from core.pii.headers import header_signal, id_header

RNG = random.Random(11)


def _ean13(prefix: str) -> str:
    body = prefix + "".join(RNG.choice("0123456789") for _ in range(12 - len(prefix)))
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _digits(n: int) -> str:
    return "".join(RNG.choice("0123456789") for _ in range(n))


def test_epoch_milliseconds_are_times_and_ten_digit_phones_are_not() -> None:
    start = datetime(2024, 5, 1, tzinfo=UTC)
    ms = [str(int((start + timedelta(seconds=RNG.randint(0, 9_000_000))).timestamp() * 1000)) for _ in range(50)]
    assert epoch_kind(ms) == "epoch_ms"
    phones = ["7" + _digits(9) for _ in range(50)]  # UK mobiles without their leading zero
    assert epoch_kind(phones) is None
    assert decide_column("col_c", ms).clear
    assert not decide_column("col_c", phones).clear


def test_epoch_seconds_need_a_time_header() -> None:
    secs = [str(1_700_000_000 + RNG.randint(0, 20_000_000)) for _ in range(40)]
    assert epoch_kind(secs) == "epoch_s"
    assert decide_column("created_ts", secs).clear
    assert not decide_column("col_c", secs).clear  # the same digits could be phone numbers that lost their 0


def test_gs1_barcodes_clear_and_luhn_card_numbers_do_not() -> None:
    eans = [_ean13("40") for _ in range(60)]
    assert gs1_barcodes(eans)
    assert decide_column("x", eans).clear
    randoms = ["40" + _digits(11) for _ in range(60)]
    assert not gs1_barcodes(randoms)


def test_versions_and_locales_are_vocabularies() -> None:
    versions = [RNG.choice(["5.12.0", "5.12.1", "5.13.0", "14", "17.4.1"]) for _ in range(80)]
    locales = [RNG.choice(["en_US", "pt_BR", "de_DE", "en", "fr_FR"]) for _ in range(80)]
    assert version_strings(versions, len(set(versions)))
    assert locale_tags(locales, len(set(locales)))
    dates = [f"{RNG.randint(1, 28)}.{RNG.randint(1, 12)}.{RNG.randint(1950, 2000)}" for _ in range(80)]
    assert not version_strings(dates, len(set(dates)))  # a birth date is no version
    initials = [RNG.choice(["ab", "cd", "ef", "gh"]) for _ in range(80)]
    assert not locale_tags(initials, 4)


def test_packed_keys_and_their_personal_look_alikes() -> None:
    orders = [str(5_104_200 + i // 3) for i in range(300)]  # one order number on each of its lines
    tickets = [f"TKT-2024-{40_000 + i:06d}" for i in range(100)]
    assert packed_keys(orders) and packed_keys(tickets)
    helsinki = [f"00{RNG.randint(10, 99)}0" for _ in range(200)]  # one city's postal codes
    house = [str(RNG.randint(1, 300)) for _ in range(200)]
    national = [_digits(11) for _ in range(200)]
    assert not packed_keys(helsinki) and not packed_keys(house) and not packed_keys(national)


def test_record_key_headers_exclude_personal_numbers() -> None:
    for header in ("TILNRO", "Kundennr", "no_tiket", "FZG_NR", "uid", "Nº Amostra"):
        assert id_header(header), header
    for header in ("POSTINRO", "person-nr", "Versicherungsnr", "telnr", "Nº Utente SNS", "passnr", "Hausnr."):
        assert not id_header(header), header


def test_object_ids_but_not_credentials() -> None:
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    evt = ["evt_" + "".join(RNG.choice(alphabet) for _ in range(20)) for _ in range(40)]
    keys = ["sk_" + "".join(RNG.choice(alphabet) for _ in range(24)) for _ in range(40)]
    assert object_ids(evt) and not object_ids(keys)
    assert decide_column("event.id", evt).clear
    assert not decide_column("event.id", keys).clear


def test_symbol_vocabularies_and_template_text() -> None:
    assert symbol_vocabulary(["mg/dL", "%", "mmol/L", "g/dL"])
    assert not symbol_vocabulary(["Amsterdam", "Utrecht"])
    subjects = [RNG.choice(["Gagal login aplikasi versi 3.2.1", "Transfer tertunda kode ERR-4012",
                            "OTP tidak diterima pelanggan"]) for _ in range(60)]
    assert template_text(subjects, 3, 0.0)
    notes = [RNG.choice(["Call back Mrs Abernathy today", "Daughter Anna handles billing now",
                         "Sent letter to Mr Okafor"]) for _ in range(60)]
    assert not template_text(notes, 3, 0.0)  # capitalised names inside the sentences


def test_hungarian_prefixes_and_dotted_paths() -> None:
    assert not header_signal("strStatusz").pii  # str is no street
    assert not header_signal("lngSzerzodesSzam").pii  # lng is no longitude
    assert header_signal("strTelefon").pii
    assert not header_signal("contact.properties.county").pii  # "contact" says whose record, not what
    assert header_signal("contact.properties.email").entity == "EMAIL_ADDRESS"
    assert header_signal("billing.address.line1").pii  # the parent names a kind of personal data


def _trips(n_people: int, rows: int, attr: str) -> list[dict[str, object]]:
    people = [(f"{RNG.choice(['Ana', 'Luis', 'Eva', 'Jon'])} {RNG.choice(['Ruiz', 'Lopez', 'Mora'])}{i}",
               f"p{i}@mail.test", RNG.choice(["Zwolle", "Breda", "Delft", "Assen"])) for i in range(n_people)]
    out: list[dict[str, object]] = []
    for _ in range(rows):
        name, mail, city = RNG.choice(people)
        value = RNG.choice(["Kundentermin", "Werkstatt", "Schulung", "Baustelle"]) if attr == "purpose" else city
        out.append({"driver": name, "mail": mail, "x": value})
    return out


def test_event_attributes_clear_and_personal_attributes_stay_masked() -> None:
    trips = _trips(30, 200, "purpose")
    key = person_key(trips, {"driver": "PERSON", "mail": "EMAIL_ADDRESS"})
    assert key is not None and varies_within_people(key, [r["x"] for r in trips])
    decided = {d.column: d.clear for d in decide_table(["driver", "mail", "x"], trips)}
    assert decided == {"driver": False, "mail": False, "x": True}
    homes = _trips(30, 200, "city")  # the city of each person: the same on all of that person's rows
    decided = {d.column: d.clear for d in decide_table(["driver", "mail", "x"], homes)}
    assert decided["x"] is False


def test_people_who_share_a_name_are_not_one_person() -> None:
    mothers = ["Maria Sousa", "Ana Lima", "Rita Costa", "Julia Reis", "Clara Dias"]
    rows: list[dict[str, object]] = [{"mother": RNG.choice(mothers), "mail": f"c{i}@mail.test",
                                      "x": RNG.choice(["Zwolle", "Breda", "Delft", "Assen"])} for i in range(200)]
    assert person_key(rows, {"mother": "PERSON", "mail": "EMAIL_ADDRESS"}) is None


def _card_table(with_pan: bool) -> dict[str, bool]:
    n = 80
    table: dict[str, list[object]] = {
        "card_last4": [str(RNG.randint(1000, 9999)) for _ in range(n)],
        "card_exp_month": [RNG.randint(1, 12) for _ in range(n)],
        "card_exp_year": [RNG.randint(2025, 2030) for _ in range(n)],
        "holder_email": [f"h{i}@mail.test" for i in range(n)],
    }
    if with_pan:  # the number under a header that says nothing, as a reader's float
        table["x9"] = [float("4" + _digits(15)) for _ in range(n)]
    cols = list(table)
    rows = [{c: table[c][i] for c in cols} for i in range(n)]
    return {d.column: d.clear for d in decide_table(cols, rows)}


def test_card_expiry_and_last4_clear_only_without_the_card_number() -> None:
    alone = _card_table(with_pan=False)
    assert alone["card_last4"] and alone["card_exp_month"] and alone["card_exp_year"]
    assert not alone["holder_email"]
    with_pan = _card_table(with_pan=True)
    assert not any(with_pan[c] for c in ("card_last4", "card_exp_month", "card_exp_year", "x9"))


def test_headers_that_say_nothing_do_not_clear_device_ids_birth_dates_or_a_managers_mobile() -> None:
    uuids = [f"{RNG.getrandbits(128):032x}" for _ in range(40)]
    uuids = [f"{u[:8]}-{u[8:12]}-4{u[13:16]}-a{u[17:20]}-{u[20:]}".upper() for u in uuids]
    assert not decide_column("f6", uuids).clear  # an advertising id is a UUID too
    assert decide_column("sess_id", uuids).clear
    births = [f"{RNG.randint(1, 28):02d}/{RNG.randint(1, 12):02d}/{RNG.randint(1930, 2023)}" for _ in range(80)]
    assert not decide_column("f7", births).clear  # patients of all ages, newborns included
    openings = [f"{RNG.randint(1, 28):02d}/{RNG.randint(1, 12):02d}/{RNG.randint(1985, 2024)}" for _ in range(80)]
    assert not decide_column("f7", openings).clear
    assert decide_column("opened", openings).clear  # decades of store openings under a header that says so
    phones = [f"+1 512 {RNG.randint(200, 999)} {RNG.randint(1000, 9999)}" for _ in range(40)]
    rows: list[dict[str, object]] = [{"f11": p} for p in phones]
    assert not decide_table(["f11"], rows, table="store_locations")[0].clear
    assert decide_table(["Store Phone"], [{"Store Phone": p} for p in phones], table="store_locations")[0].clear


def test_small_numbers_and_card_digits_in_tables_of_people_need_a_header() -> None:
    n = 80
    table: dict[str, list[object]] = {
        "f1": [f"p{i}@mail.test" for i in range(n)],
        "f2": [RNG.choice([RNG.randint(1, 60), RNG.randint(1, 250)]) for _ in range(n)],  # house numbers
        "orders_count": [RNG.randint(0, 30) for _ in range(n)],
        "card_no": [str(RNG.randint(1000, 9999)) for _ in range(n)],  # a door card's number, not "last four"
    }
    cols = list(table)
    rows = [{c: table[c][i] for c in cols} for i in range(n)]
    decided = {d.column: d.clear for d in decide_table(cols, rows)}
    assert decided == {"f1": False, "f2": False, "orders_count": True, "card_no": False}


def test_a_person_named_on_few_rows_is_no_person_key() -> None:
    """A machine log names an on-call technician (name and mail) on one row in four; the operator on shift (an
    unknown-name vocabulary) varies among the technician's rows but is a person, not a property of the rows
    (session-7c blind PII set, measured once: operators' names and ids were cleared this way)."""
    trips = _trips(30, 200, "purpose")
    sparse = [{**r, "driver": r["driver"] if i % 4 == 0 else None, "mail": r["mail"] if i % 4 == 0 else None}
              for i, r in enumerate(trips)]
    assert person_key(trips, {"driver": "PERSON", "mail": "EMAIL_ADDRESS"}) is not None
    assert person_key(sparse, {"driver": "PERSON", "mail": "EMAIL_ADDRESS"}) is None
    decided = {d.column: d.clear for d in decide_table(["driver", "mail", "x"], sparse)}
    assert decided["x"] is False
