"""Values only systems write (issue 11, session 10): each class clears in a table of people under a header that says
nothing (``f9``), next to the personal look-alikes that must stay masked (each test can fail both ways). All values
are made up here."""

from __future__ import annotations

import random
import string
from collections.abc import Sequence

from core.pii.decide import decide_table
from core.pii.detect import profile_values
from core.pii.system_values import (
    catalogue_items,
    compact_stamps,
    dotted_oids,
    iso6346_ok,
    logistics_ids,
    s10_ok,
    signed_measures,
)
from tests.pii.made_up_people import people, word

RNG = random.Random(10_2026_12)
N = 150


def _decide(rows: list[dict[str, object]]) -> dict[str, bool]:
    return {d.column: d.clear for d in decide_table(list(rows[0]), rows)}


def _column(values: Sequence[object], column: str = "f9") -> bool:
    """Whether ``values`` clear as column ``column`` of a table of made-up people."""
    rows = [dict(r, **{column: v}) for r, v in zip(people(RNG, len(values)), values, strict=True)]
    return _decide(rows)[column]


def _container() -> str:
    owner = "".join(RNG.choice(string.ascii_uppercase) for _ in range(3)) + "U"
    body = owner + f"{RNG.randrange(10**6):06d}"
    return next(body + d for d in string.digits if iso6346_ok(body + d))


def _s10() -> str:
    serial = f"{RNG.randrange(10**8):08d}"
    return next(f"RR{serial}{d}CN" for d in string.digits if s10_ok(f"RR{serial}{d}CN"))


def test_container_numbers_and_postal_item_ids_clear_by_their_check_digit() -> None:
    """ISO 6346 container numbers and UPU S10 item ids with right check digits clear under a header that says
    nothing; passport-like codes (two letters and seven digits) and the same shapes with random check digits stay
    masked."""
    assert iso6346_ok("CSQU3054383") and s10_ok("RR123456785CN") and not s10_ok("RR123456784CN")
    containers = [_container() for _ in range(N)]
    items = [_s10() for _ in range(N)]
    assert logistics_ids(containers) and logistics_ids(items)
    assert _column(containers) and _column(items)
    random_check = [c[:-1] + RNG.choice(string.digits) for c in containers]
    passports = [RNG.choice(["EA", "EB", "PK"]) + f"{RNG.randrange(10**7):07d}" for _ in range(N)]
    assert not logistics_ids(random_check) and not logistics_ids(passports)
    assert not _column(random_check) and not _column(passports)


def test_object_identifiers_clear_and_ip_addresses_do_not() -> None:
    """DICOM UIDs (``1.2.840.…``, six arcs or more) clear; IPv4 addresses (four arcs) and versions stay masked or
    other kinds."""
    uids = [f"1.2.840.113619.2.55.3.{RNG.randrange(10**9)}.{RNG.randrange(1000)}" for _ in range(N)]
    ips = [f"10.{RNG.randrange(256)}.{RNG.randrange(256)}.{RNG.randrange(256)}" for _ in range(N)]
    assert dotted_oids(uids) and not dotted_oids(ips)
    assert _column(uids)
    assert not _column(ips)


def test_compact_stamps_to_the_second_clear_and_phones_and_birth_dates_do_not() -> None:
    """ISO 8583 ``MMDDhhmmss``, 3GPP ``YYMMDDhhmmss+hhmm``, Oracle timestamps and DICOM times of day clear in a table
    of people; ten-digit phone numbers (``06…``), stamps whose seconds are all ``00`` and birth dates written
    ``YYYYMMDD`` stay masked."""

    def stamp(fmt: str) -> str:
        mo, d, h = RNG.randint(1, 12), RNG.randint(1, 28), RNG.randint(0, 23)
        mi, s = RNG.randrange(60), RNG.randrange(60)
        return fmt.format(mo=mo, d=d, h=h, mi=mi, s=s, h12=RNG.randint(1, 12), mon="JAN FEB MAR APR".split()[mo % 4])

    de7 = [stamp("{mo:02d}{d:02d}{h:02d}{mi:02d}{s:02d}") for _ in range(N)]
    asn1 = [stamp("24{mo:02d}{d:02d}{h:02d}{mi:02d}{s:02d}+0200") for _ in range(N)]
    oracle = [stamp("{d:02d}-{mon}-24 {h12:02d}.{mi:02d}.{s:02d}.000000000 PM") for _ in range(N)]
    dicom = [stamp("{h:02d}{mi:02d}{s:02d}.{d}{mo}") for _ in range(N)]
    assert [compact_stamps(v) for v in (de7, asn1, oracle, dicom)] == ["timestamp"] * 3 + ["time"]
    assert all(_column(v) for v in (de7, asn1, oracle, dicom))
    phones = [f"06{RNG.randrange(10**8):08d}" for _ in range(N)]
    minutes = [s[:-2] + "00" for s in de7]
    births = [f"{RNG.randint(1940, 2005)}{RNG.randint(1, 12):02d}{RNG.randint(1, 28):02d}" for _ in range(N)]
    assert compact_stamps(phones) is None and compact_stamps(minutes) is None
    assert not _column(phones) and not _column(minutes) and not _column(births)


def test_catalogue_items_with_units_clear_and_places_and_free_text_do_not() -> None:
    """A closed list of products carrying their quantity and unit (``Cement 25 kg``, ``面膜 30片装``) clears in a
    table of people; towns, street addresses with house numbers, and notes naming people stay masked."""
    units = ("25 kg", "500 g", "1L", "330 ml", "30片装")
    products = [f"{word(RNG)} {q}" for q in units] + [word(RNG) for _ in range(3)]
    cells = [RNG.choice(products) for _ in range(N - 5 * len(products))] + products * 5
    assert catalogue_items(cells) and profile_values(cells).kind == "vocabulary"
    assert _column(cells)
    towns = [word(RNG) for _ in range(8)]
    streets = [f"{word(RNG)}straat {RNG.randint(1, 200)}" for _ in range(8)]
    for vocab in (towns, streets):
        assert not catalogue_items([RNG.choice(vocab) for _ in range(N)] + vocab * 5)
        assert not _column([RNG.choice(vocab) for _ in range(N - 40)] + vocab * 5)
    # notes that carry a quantity: each written once (free text), or repeated but naming a person the lexicons know
    free = [f"paid by son {word(RNG)}, {RNG.randint(2, 9)} kg of rice" for _ in range(N)]
    quantities = ["5 l", "2 kg", "1L", "3 m"]
    named = [f"son {name} took {q}" for name, q in zip(["Thomas", "Maria", "Ahmed", "Olga"], quantities, strict=True)]
    assert not catalogue_items(free) and not catalogue_items(named * 40)
    assert not _column(free) and not _column([RNG.choice(named) for _ in range(N - 20)] + named * 5)


def test_signed_measures_clear_and_numbers_people_carry_do_not() -> None:
    """Signal strengths (``-70``..``-103`` dBm) clear in a table of people; house numbers and PINs, a user-id column
    whose only negative value is the placeholder ``-1``, and negative decimal coordinates stay masked."""
    rssi = [str(-RNG.randint(50, 110)) for _ in range(N)]
    assert signed_measures(rssi) and _column(rssi)
    houses = [str(RNG.randint(1, 250)) for _ in range(N)]
    users = [RNG.choice(["1013", "1188", "2241", "-1"]) for _ in range(N)]
    latitudes = [f"-{RNG.randint(20, 34)}.{RNG.randrange(10**6):06d}" for _ in range(N)]
    assert not signed_measures(houses) and not signed_measures(users) and not signed_measures(latitudes)
    assert not _column(houses) and not _column(users) and not _column(latitudes)


def _named(column: str, values: Sequence[object]) -> bool:
    return _column(values, column=column)


def test_ages_and_diagnosis_codes_clear_under_their_headers_and_identifying_values_do_not() -> None:
    """Under an age header, ages and age bands clear, birth years and birth dates stay masked; under a sensitive
    (diagnosis) header a closed list of ICD-10 codes and blood groups clears, while visit dates, record numbers and
    notes naming people stay masked (labelling policy: age, blood group and ICD-10 are non-identifying)."""
    ages = [str(RNG.randint(0, 99)) for _ in range(N)]
    bands = [RNG.choice(["0-9", "10-19", "20-29", "30-39", "80+"]) for _ in range(N)]
    years = [str(RNG.randint(1930, 2010)) for _ in range(N)]
    births = [f"{RNG.randint(1930, 2005)}-{RNG.randint(1, 12):02d}-{RNG.randint(1, 28):02d}" for _ in range(N)]
    assert _named("age", ages) and _named("age", bands)
    assert not _named("age", years) and not _named("age", births)
    icd = [RNG.choice(["I10", "J45.9", "E11.9", "N39.0", "K35.8"]) for _ in range(N)]
    blood = [RNG.choice(["A(II) Rh+", "B(III) Rh-", "O(I) Rh+", "AB(IV) Rh+"]) for _ in range(N)]
    visits = [f"2024-{RNG.randint(1, 12):02d}-{RNG.randint(1, 28):02d}" for _ in range(N)]
    records = [str(3_000_000 + RNG.randrange(5000)) for _ in range(N)]
    notes = [RNG.choice(["seen with cousin Ahmed", "Maria brought her", "asthma"]) for _ in range(N)]
    assert _named("diagnosis", icd) and _named("diagnosis", blood)
    assert not _named("diagnosis", visits) and not _named("diagnosis", records) and not _named("diagnosis", notes)


def test_booleans_under_a_personal_header_clear_and_times_of_day_are_no_ip_addresses() -> None:
    """A flag under a header naming personal data (``totp``, ``ip``) names nobody; ``12:46:00`` is a time of day
    (cleared as such), while real IPv6 addresses under a header that says nothing stay masked."""
    flags = [RNG.choice(["true", "false"]) for _ in range(N)]
    assert _named("ip", flags) and _named("totp", flags)
    times = [f"{RNG.randint(0, 23):02d}:{RNG.randrange(60):02d}:00" for _ in range(N)]
    ipv6 = [f"2001:db8:{RNG.randrange(65536):x}::{RNG.randrange(65536):x}" for _ in range(N)]
    assert profile_values(times).kind == "time" and _column(times)
    assert profile_values(ipv6).entity == "IP_ADDRESS" and not _column(ipv6)
