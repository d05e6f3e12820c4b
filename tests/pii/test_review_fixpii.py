"""Review of session 13's leak classes (F1-F5) and the precision helper's lone-value leak, each as a class: a number
word next to words naming no known record (seafarers' documents, social security, passports, driving licences in any
language) is no record key in a table of people; staff numbers under payroll, badge and staff-file words and the
Russian ``номер``/``№``; 13-digit national numbers with a check digit (Thai id, Romanian CNP) or after the run day are
no Unix milliseconds; ``Code no``/``Code #``/``Code nr`` say no more than ``code``; every postal-code country prefix;
one login, staff code, pair of initials or name on every row of a table of people. Near-miss controls: known record
words still clear their keys. All values are made up."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, date, datetime

import pytest

from core.pii.decide import decide_table
from core.pii.evidence import epoch_kind, postal_like
from core.pii.fit import bare_code_header
from core.pii.headers import header_signal
from core.pii.lone_values import lone_personal_value
from core.pii.numbered import national_check_digits, unknown_numbered
from tests.pii.made_up_people import word

RNG = random.Random(13_2026_1207)
N = 160
DAY = date(2026, 12, 31)


@pytest.fixture(autouse=True)
def _seeded(request: pytest.FixtureRequest) -> None:
    """Each test draws the same values whatever ran before it."""
    RNG.seed(request.node.nodeid)


def _clear(column: str, values: Sequence[object]) -> bool:
    """Whether ``column`` holding ``values`` is stored in clear in a table of made-up people."""
    rows = [{"email": f"{word(RNG).lower()}.{i}@mail.test", "name": f"{word(RNG)} {word(RNG)}", column: v}
            for i, v in enumerate(values)]
    return {d.column: d for d in decide_table(list(rows[0]), rows, as_of=DAY)}[column].clear


def _codes(prefix: str) -> list[str]:
    return [f"{prefix}{v:05d}" for v in RNG.sample(range(1000, 99999), N)]


@pytest.mark.parametrize("header", ["CDC No", "SIRB No", "SID No", "Zeemansboek nr", "Sjömansbok nr", "N° CNSS",
                                    "NSSF No", "NAPSA No", "Nº SS", "Núm. afiliació", "Nr paszportu", "Lic. No.",
                                    "Travel document No.", "N° CNPS", "Prawo jazdy nr", "Førerkort nr"])
def test_a_number_word_before_an_unknown_word_is_no_record_key_in_a_table_of_people(header: str) -> None:
    assert unknown_numbered(header)
    assert not _clear(header, _codes("KSB"))


@pytest.mark.parametrize("header", ["N° permis de conduire", "Carnet de conducir Nº", "Rijbewijs nr", "Körkort nr",
                                    "MyKad No", "Legajo Nº"])
def test_a_personal_alias_with_a_number_word_still_names_personal_data(header: str) -> None:
    assert header_signal(header).pii


@pytest.mark.parametrize("header", ["Order No", "Invoice nr", "Nº Pedido", "Ticket #", "Booking No."])
def test_known_record_words_with_a_number_word_still_clear_their_keys(header: str) -> None:
    assert not unknown_numbered(header)
    assert _clear(header, _codes("ORD"))


@pytest.mark.parametrize("header", ["Núm. empleat", "Nº empleat", "Payroll No", "Clock No", "Badge No", "Nº ficha",
                                    "Nro. legajo", "Werknemersnummer", "MA-Nr.", "Номер сотрудника", "Табельный №"])
def test_staff_numbers_under_payroll_badge_file_and_russian_headers_are_personal(header: str) -> None:
    sig = header_signal(header)
    assert sig.pii and sig.entity == "EMPLOYEE_ID"
    assert not _clear(header, [f"ESF-{v}" for v in RNG.sample(range(1000, 4999), N)])


def _thai(prov: int) -> list[str]:
    out = []
    for _ in range(N):
        d12 = f"1{prov:02d}{RNG.randrange(1, 20):02d}{RNG.randrange(0, 10**7):07d}"
        out.append(d12 + str((11 - sum(int(c) * (13 - i) for i, c in enumerate(d12)) % 11) % 10))
    return out


def _cnp() -> list[str]:
    out = []
    for _ in range(N):
        d12 = (f"1{RNG.randrange(78, 92):02d}{RNG.randrange(1, 13):02d}{RNG.randrange(1, 29):02d}"
               f"{RNG.randrange(1, 47):02d}{RNG.randrange(1, 1000):03d}")
        s = sum(int(a) * int(b) for a, b in zip(d12, "279146358279", strict=True)) % 11
        out.append(d12 + str(1 if s == 10 else s))
    return out


@pytest.mark.parametrize("prov", [48, 50, 83, 90])
def test_thai_ids_of_one_province_are_no_milliseconds(prov: int) -> None:
    ids = _thai(prov)
    assert national_check_digits(ids) and epoch_kind(ids, DAY) is None
    assert not _clear("f13", ids) and not _clear("เลขประจำตัวประชาชน", ids)


def test_romanian_cnps_of_one_cohort_are_no_milliseconds() -> None:
    ids = _cnp()
    assert epoch_kind(ids, DAY) is None and not _clear("f13", ids)


def test_stamps_after_the_run_day_are_no_milliseconds_and_real_stamps_still_are() -> None:
    now = int(datetime(2026, 12, 1, tzinfo=UTC).timestamp() * 1000)
    real = [str(now + RNG.randrange(0, 86_400_000 * 20)) for _ in range(N)]
    assert not national_check_digits(real)
    assert epoch_kind(real, DAY) == "epoch_ms"
    future = [str(int(t) + 86_400_000 * 400) for t in real]
    assert epoch_kind(future, DAY) is None


@pytest.mark.parametrize("header", ["Code no", "Code #", "Code nr", "code number"])
def test_code_and_a_number_word_is_a_bare_code_header(header: str) -> None:
    assert bare_code_header(header)
    assert not _clear(header, [RNG.choice(["1000", "2000", "9000", "59000", "75000", "69000", "13000"])
                               for _ in range(N)])


def test_a_code_header_naming_a_thing_is_not_bare() -> None:
    assert not bare_code_header("Product code no") and not bare_code_header("no")


POSTAL_PREFIXES = ["AD", "AZ", "LV", "LT", "MD", "A", "B", "D", "E", "F", "H", "I", "L", "N", "P", "S", "BG", "BY",
                   "CH", "CY", "CZ", "DK", "EE", "FI", "FO", "GR", "HR", "HU", "IS", "LI", "LU", "MC", "MT", "NL", "NO",
                   "PL", "PT", "RO", "RS", "RU", "SE", "SI", "SK", "SM", "UA"]


@pytest.mark.parametrize("prefix", POSTAL_PREFIXES)
def test_every_country_prefix_of_postal_codes_is_read_as_postal(prefix: str) -> None:
    assert postal_like([f"{prefix}-{RNG.randrange(1000, 9999)}" for _ in range(5)])


@pytest.mark.parametrize("prefix", ["ZQ", "XX", "Q", "ORD"])
def test_other_letter_prefixes_are_not_postal(prefix: str) -> None:
    assert not postal_like([f"{prefix}-{RNG.randrange(1000, 9999)}" for _ in range(5)])


@pytest.mark.parametrize("value", ["rkvist", "LO-127", "RK", "R.K.", "jdoe_2", "Anna Kvist"])
def test_one_personal_value_on_every_row_of_a_table_of_people_stays_masked(value: str) -> None:
    assert lone_personal_value([value] * N)
    assert not _clear("f7", [value] * N)


@pytest.mark.parametrize("value", ["active", "EUR", "US", "Y"])
def test_one_status_currency_or_flag_on_every_row_is_no_personal_value(value: str) -> None:
    assert not lone_personal_value([value] * N)


def test_two_values_are_left_to_the_vocabulary_rules() -> None:
    assert not lone_personal_value(["rkvist"] * 80 + ["mholm"] * 80)
