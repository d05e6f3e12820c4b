"""Precision of deny by default (issue 11, session 8): codes of a closed list bound to no person
(:mod:`core.pii.closed_codes`) and amounts with cents on every value (:func:`core.pii.measures.float_amounts`), each
next to the personal look-alikes that must stay masked. All values are made up here."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from core.pii.closed_codes import bound, closed_code_list, plates
from core.pii.decide import decide_table
from core.pii.detect import profile_values
from core.pii.measures import float_amounts
from core.pii.proof import K_MIN
from tests.pii.made_up_people import people, word

RNG = random.Random(8_2026_12)
N = 200


def _spread(vocab: Sequence[object], n: int = N, k: int = K_MIN) -> list[object]:
    cells = [v for v in vocab for _ in range(k)]
    rest = [RNG.choice(list(vocab)) for _ in range(n - len(cells))]
    out = cells + rest
    RNG.shuffle(out)
    return out


def _decide(rows: list[dict[str, object]]) -> dict[str, bool]:
    return {d.column: d.clear for d in decide_table(list(rows[0]), rows)}


def _table(**columns: Sequence[object]) -> list[dict[str, object]]:
    base = people(RNG, N)
    return [dict(r, **{c: v[i] for c, v in columns.items()}) for i, r in enumerate(base)]


# --- codes of a closed list --------------------------------------------------------------------------------------

COST_CENTRES = ["KST-4420", "KST-4410", "KST-5100", "KST-6200"]
LOTS = [f"R{RNG.randrange(2301, 2412)}{RNG.choice('ABC')}{RNG.randrange(10, 99)}" for _ in range(8)]
PROGRAMMES = [f"6{RNG.randrange(100, 999)}{RNG.choice('ABKN')}X0{RNG.randrange(10, 99)}" for _ in range(6)]


def test_codes_of_a_closed_list_clear_in_a_table_of_people() -> None:
    """Cost centres, reagent lots and programme codes, each on many rows, under headers that say nothing; cost
    centres (``KST-4420``) have a staff number's form (:mod:`core.pii.staff`, session 9), so only under a header
    naming them."""
    for vocab in (COST_CENTRES, LOTS, PROGRAMMES):
        cells = _spread(vocab)
        assert closed_code_list([str(c) for c in cells]), vocab
        header = "cost_centre" if vocab is COST_CENTRES else "f7"
        assert _decide(_table(**{header: cells}))[header] is True, vocab
    rng = random.Random(9)  # apart from RNG, so the later tests draw the same values as before
    rows = [dict(r, f7=rng.choice(COST_CENTRES)) for r in people(rng, N)]
    assert _decide(rows)["f7"] is False


def test_a_licence_number_bound_to_its_physician_stays_masked() -> None:
    """A physician's licence number (``MP 133203``) on each of the physician's appointments passes the list test
    but is bound one to one to the physician's name: it is the physician's other name."""
    doctors = [(f"Dr. {word(RNG)} {word(RNG)}", f"M{RNG.choice('NP')} {RNG.randrange(10_000, 200_000)}")
               for _ in range(10)]
    picks = _spread(range(len(doctors)))
    names = [doctors[int(str(i))][0] for i in picks]
    licences = [doctors[int(str(i))][1] for i in picks]
    assert closed_code_list(licences) and bound(licences, names)
    decided = _decide(_table(f3=names, f4=licences))
    assert decided["f3"] is False and decided["f4"] is False
    # the same codes without the names (an interviewer's code alone) still have a staff number's form
    # (core.pii.staff, session 9: pseudonymous staff codes are personal data): masked too
    assert _decide(_table(f4=licences))["f4"] is False


def test_personal_look_alikes_are_no_closed_list() -> None:
    """Postal codes with letters, apartment numbers, registration plates, logins in capitals, names in capitals,
    birth dates, phone numbers without separators and national ids never pass the list test, nor does a code
    seen on fewer than K_MIN rows or a single code (one person's export)."""
    postal = _spread(["H2X 1Y4", "H3A 2B1", "J4K 5G2", "G1R 4P3"])
    flats = _spread(["APT 9C", "APT 10F", "APT 8A", "APT 12A"])
    plate_cells = _spread(["SAJ 2934", "SCH 3016", "STD 1177", "SCJ 2110", "SAR 4402"])
    logins = _spread(["ZAGAR", "JOVANOVI", "JNOVAKOVA", "GKIPROP"])
    names = _spread([f"{word(RNG).upper()} {word(RNG).upper()}" for _ in range(6)])
    births = _spread([f"19{RNG.randrange(40, 99)}-0{RNG.randrange(1, 9)}-1{RNG.randrange(0, 9)}" for _ in range(8)])
    phones = _spread([f"07{RNG.randrange(10**8, 10**9)}" for _ in range(8)])
    ids = [f"{RNG.randrange(10**7, 10**8)}{RNG.choice('TRWAGMYFPDXBNJZSQVHLCKE')}" for _ in range(N)]
    rare = ["KST-4420"] * (K_MIN - 1) + _spread(COST_CENTRES[1:], N - K_MIN + 1)
    single = ["DNO0503147K7"] * N
    assert plates([str(p) for p in set(plate_cells)])
    for cells in (postal, flats, plate_cells, logins, names, births, phones, ids, rare, single):
        texts = [str(c) for c in cells]
        assert not closed_code_list(texts), texts[:3]
        assert _decide(_table(f5=texts))["f5"] is False, texts[:3]


def test_names_in_scripts_without_letter_case_are_no_codes() -> None:
    """Letters of a script without case carry no upper case: a vocabulary of Khmer or Chinese names with a digit
    (``ភូមិ 4``) is no code list."""
    village = _spread(["ភូមិ 4", "ភូមិ 12", "ភូមិ 7"])
    assert not closed_code_list([str(v) for v in village])


# --- amounts with cents on every value ----------------------------------------------------------------------------


def test_amounts_with_cents_on_every_value_are_amounts_not_phones() -> None:
    """Invoice totals a reader typed as floats, with cents on every value (``180536.62``), were read as phone
    numbers (eight digits, one separator); they are amounts of varied widths."""
    totals = [round(RNG.uniform(10, 10 ** RNG.randint(3, 6)), 2) + 0.01 for _ in range(N)]
    p = profile_values(totals)
    assert p.kind == "amount" and p.entity is None
    assert _decide(_table(f9=totals))["f9"] is True


def test_phone_numbers_and_coordinates_typed_as_floats_are_no_amounts() -> None:
    """Phone numbers a reader typed as floats have no cents and stay masked in a table of people; a projected
    coordinate with two decimals keeps one width (``448262.35``): no amount by the values' type."""
    phones = [float(RNG.randrange(7_000_000_000, 7_999_999_999)) for _ in range(N)]
    eastings = [round(RNG.uniform(400_000, 499_999), 2) for _ in range(N)]
    totals = [round(RNG.uniform(10, 10 ** RNG.randint(3, 6)), 2) for _ in range(N)]
    assert profile_values(phones).kind != "amount"
    assert not float_amounts(eastings, N) and float_amounts(totals, N)
    assert _decide(_table(f1=phones))["f1"] is False


def test_fractional_numbers_are_no_phones_whatever_their_decimals() -> None:
    """Meter readings with three decimals (``21004.692``) are no phone numbers: with their unit in the header they
    are a measure; phone numbers a reader typed as numbers (integers) are still phones."""
    kwh = [round(RNG.uniform(1000, 45_000), 3) + 0.001 for _ in range(N)]
    phones = [float(RNG.randrange(7_000_000_000, 7_999_999_999)) for _ in range(N)]
    assert profile_values(kwh).entity is None
    assert profile_values(phones).entity == "PHONE_NUMBER"
    assert _decide(_table(**{"after.vt_kwh": kwh}))["after.vt_kwh"] is True


# --- compact machine stamps ---------------------------------------------------------------------------------------


def _stamp(y: int) -> str:
    return f"{y}{RNG.randint(1, 12):02d}{RNG.randint(1, 28):02d}{RNG.randint(0, 23):02d}{RNG.randint(0, 59):02d}" \
           f"{RNG.randint(1, 59):02d}"


def test_compact_stamps_to_the_second_are_machine_timestamps() -> None:
    """HL7 message times (``20240325111308``) were read as phone numbers; every part valid and seconds that are not
    all ``00`` make them a system's stamps, cleared in a table of people."""
    stamps = [int(_stamp(2024)) for _ in range(N)]
    p = profile_values(stamps)
    assert p.kind == "timestamp" and p.entity is None
    assert _decide(_table(f2=stamps))["f2"] is True


def test_fourteen_digit_ids_and_phones_are_no_stamps() -> None:
    """National ids of fourteen digits that start with a century digit (``29001150123456``), phone numbers in
    international form and fourteen random digits fail the stamp's parts and stay masked."""
    ids = [f"2{RNG.randint(50, 99)}{RNG.randint(1, 12):02d}{RNG.randint(1, 28):02d}{RNG.randrange(10**7):07d}"
           for _ in range(N)]
    phones = [f"2010{RNG.randrange(10**8):08d}" for _ in range(N)]
    digits = [f"{RNG.randrange(10**13, 10**14)}" for _ in range(N)]
    for cells in (ids, phones, digits):
        assert profile_values(cells).kind != "timestamp", cells[:2]
        assert _decide(_table(f2=cells))["f2"] is False, cells[:2]


# --- regions named like their capitals ----------------------------------------------------------------------------

SN_REGIONS = ["Fatick", "Matam", "Kolda", "Louga", "Thiès", "Kédougou", "Dakar", "Kaffrine", "Saint-Louis"]


def test_regions_named_like_their_capitals_clear_under_a_region_header_only() -> None:
    """Senegal's regions share their names with their capitals: under ``Région`` they are regions; under a header
    that says nothing or names a town they stay masked; towns that are no region stay masked under ``Région``."""
    regions = _spread(SN_REGIONS)
    towns = _spread(["Mbour", "Touba", "Rufisque", "Tivaouane", "Joal-Fadiouth", "Bambey", "Podor", "Richard-Toll"])
    assert _decide(_table(**{"Région": regions}))["Région"] is True
    assert _decide(_table(f3=regions))["f3"] is False
    assert _decide(_table(Ville=regions))["Ville"] is False
    assert _decide(_table(**{"Région": towns}))["Région"] is False
    assert _decide(_table(**{"Province de naissance": regions}))["Province de naissance"] is False


# --- record codes stamped with their day ---------------------------------------------------------------------------


def _day(start: date, days: int) -> date:
    return start + timedelta(days=RNG.randrange(days))


def test_ids_embedding_birth_dates_stay_masked() -> None:
    """CURP-like ids (letters and the birth date) of adults, of pupils born within one year and of a recent cohort
    (a preschool class, a maternity ward's year: born within the last year), bare digit ids with a date and codes
    stamped twelve years ago all stay masked: a day inside a code does not tell a record's date from a person's
    birth date (session 8 removed a "recent day-stamped codes" proof that cleared the recent cohort)."""
    today = date.today()

    def curp(born: date) -> str:
        return f"{''.join(RNG.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(4))}{born:%y%m%d}H" \
               f"{''.join(RNG.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(5))}{RNG.randrange(10, 99)}"

    adults = [curp(_day(date(1945, 1, 1), 365 * 55)) for _ in range(N)]
    pupils = [curp(_day(date(today.year - 9, 1, 1), 365)) for _ in range(N)]
    newborns = [curp(_day(today - timedelta(days=400), 365)) for _ in range(N)]
    digits = [f"{_day(today - timedelta(days=300), 200):%Y%m%d}{RNG.randrange(10**6):06d}" for _ in range(N)]
    old = [f"TX{_day(date(today.year - 12, 1, 1), 200):%y%m%d}{RNG.randrange(10**6):06d}" for _ in range(N)]
    for cells in (adults, pupils, newborns, digits, old):
        assert _decide(_table(f6=cells))["f6"] is False, cells[:2]


def test_a_staff_code_bound_to_names_in_a_script_without_case_stays_masked() -> None:
    """Staff codes beside the staff's names written in Chinese (no letter case: the name lexicons and the
    capitalisation test cannot see them as names) stay masked: the names may be personal."""
    staff = [(f"{RNG.choice('鄭蘇曾張王李')}{RNG.choice('子美柏宗')}{RNG.choice('晴玲翰明')}",
              f"EMP{RNG.randrange(1000, 9999)}") for _ in range(8)]
    picks = _spread(range(len(staff)))
    names = [staff[int(str(i))][0] for i in picks]
    codes = [staff[int(str(i))][1] for i in picks]
    assert closed_code_list(codes) and bound(codes, names)
    assert _decide(_table(f3=names, f4=codes))["f4"] is False
