"""Staff numbers stay masked (:mod:`core.pii.staff`), placeholders of missing values are empty cells
(:func:`core.pii.shape.missing_cell`), and ages are counted from a day given as input, never from the clock
(:data:`core.pii.detect.REFERENCE_DAY`). Each clearing next to the personal look-alike that stays masked; all values
are made up here."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

import pytest

from core.pii import detect
from core.pii.decide import decide_table
from core.pii.detect import REFERENCE_DAY, profile_values
from core.pii.headers import header_signal
from core.pii.proof import K_MIN
from core.pii.staff import person_number_codes, staff_prefixed
from tests.pii.made_up_people import people, word

RNG = random.Random(9_2026_12)
N = 200


def _spread(vocab: Sequence[object], n: int = N) -> list[object]:
    cells = [v for v in vocab for _ in range(K_MIN)]
    out = cells + [RNG.choice(list(vocab)) for _ in range(n - len(cells))]
    RNG.shuffle(out)
    return out


def _decide(rows: list[dict[str, object]], as_of: date | None = None) -> dict[str, bool]:
    return {d.column: d.clear for d in decide_table(list(rows[0]), rows, as_of=as_of)}


def _shift_log(**columns: Sequence[object]) -> list[dict[str, object]]:
    """Rows of a machine's shift log: no name, no e-mail, no other column of people."""
    base = [{"machine": RNG.choice(["HT02", "HT16", "HT21"]), "load_t": round(RNG.uniform(20, 160), 1) + 0.05}
            for _ in range(N)]
    return [dict(r, **{c: v[i] for c, v in columns.items()}) for i, r in enumerate(base)]


STAFF = [f"E{RNG.randrange(10_000, 40_000)}" for _ in range(8)]


def test_staff_codes_stay_masked_in_a_table_without_names() -> None:
    """Employee numbers (``E10472``) of eight operators, each on many shifts, in a table with no name column: no
    column binds them to a person, yet they are the operators' identifiers (pseudonymous data is personal data).
    Under a header that says nothing, or one naming staff, they stay masked."""
    cells = _spread(STAFF)
    assert person_number_codes([str(c) for c in cells])
    for header in ("f13", "300005", "Bediener", "PERS_NR", "employee_no", "Nº Empleado"):
        assert _decide(_shift_log(**{header: cells}))[header] is False, header


def test_codes_of_things_still_clear_as_a_closed_list() -> None:
    """The near miss: cost centres of the same form clear under a header naming them, and codes that are not of a
    staff number's form (reagent lots ``R2311B57``, programme codes ``6121BX002``) under a header saying nothing."""
    centres = _spread(["KST-4420", "KST-4410", "KST-5100", "KST-6200"])
    lots = _spread([f"R{RNG.randrange(2301, 2412)}{RNG.choice('ABC')}{RNG.randrange(10, 99)}" for _ in range(8)])
    tools = _spread([f"6{RNG.randrange(100, 999)}{RNG.choice('ABKN')}X0{RNG.randrange(10, 99)}" for _ in range(6)])
    assert _decide(_shift_log(cost_centre=centres))["cost_centre"] is True
    assert _decide(_shift_log(f7=centres))["f7"] is False  # the same codes under a header saying nothing
    decided = _decide(_shift_log(f8=lots, f9=tools))
    assert decided["f8"] is True and decided["f9"] is True


def test_headers_naming_staff_numbers_name_personal_data() -> None:
    """``employeeID``, ``Emp No``, ``PERS_NR``, ``[Personal].[PersNr]``, ``Personeelsnummer``, ``driver_id``,
    ``INTVWR`` name a staff number; a customer or order key, a head count and a driving licence do not name one."""
    for h in ("employeeID", "Emp No", "PERS_NR", "[Personal].[PersNr]", "Personeelsnummer", "driver_id", "INTVWR",
              "Nº Empleado"):
        sig = header_signal(h)
        assert sig.pii and sig.entity == "EMPLOYEE_ID", h
    for h in ("customer_id", "order_id", "employee_count"):
        assert not header_signal(h).pii, h
    assert header_signal("driver_license_number").entity == "NATIONAL_ID"


def test_staff_prefixed_keys_stay_masked_under_a_generic_key_header() -> None:
    """Keys handed out in order clear under a record-key header (``/id``) in a table of people, unless the values
    name staff (``EMP-3472``)."""
    emp = [f"EMP-{3000 + i}" for i in RNG.sample(range(N), N)]
    cust = [f"K-{400_000 + i}" for i in RNG.sample(range(N), N)]
    assert staff_prefixed(emp) and not staff_prefixed(cust)
    base = people(RNG, N)
    assert _decide([dict(r, **{"/id": emp[i]}) for i, r in enumerate(base)])["/id"] is False
    assert _decide([dict(r, **{"/id": cust[i]}) for i, r in enumerate(base)])["/id"] is True


def test_sequence_keys_of_people_under_a_header_naming_no_key_stay_masked() -> None:
    """In a table of people, numbers handed out in sequence under a header that names no key (``f1``, ``Ime``) may
    be the people's own numbers (an employee's): masked; under ``customer_id`` they are the record's key."""
    keys = [str(10_000 + i) for i in RNG.sample(range(N), N)]
    base = people(RNG, N)
    for header, clear in (("f1", False), ("Ime", False), ("customer_id", True)):
        assert _decide([dict(r, **{header: keys[i]}) for i, r in enumerate(base)])[header] is clear, header


# --- placeholders of missing values -------------------------------------------------------------------------------


def _with_dashes(cells: Sequence[str], share: float = 0.15) -> list[str]:
    return ["-" if RNG.random() < share else c for c in cells]


def test_grades_with_dashes_for_missing_marks_clear_as_numbers() -> None:
    """A grade book's scores with a decimal comma and ``-`` for a missing mark were free text; the dashes are empty
    cells, so the scores are read as numbers with a fraction and clear."""
    grades = _with_dashes([f"{RNG.uniform(0, 5):.2f}".replace(".", ",") for _ in range(N)])
    rows = [dict(r, **{"Tarea 1 (Real)": grades[i]}) for i, r in enumerate(people(RNG, N))]
    assert _decide(rows)["Tarea 1 (Real)"] is True


def test_personal_columns_with_placeholders_stay_masked() -> None:
    """The near misses: birth dates, phone numbers, national ids, names and coordinates with ``-``, ``N/A`` or
    ``NULL`` for missing values stay masked; the placeholders only leave the real values to decide."""
    births = _with_dashes([f"{RNG.randint(1940, 2000)}-{RNG.randint(1, 12):02d}-{RNG.randint(1, 28):02d}"
                           for _ in range(N)])
    phones = ["N/A" if RNG.random() < 0.2 else f"+49 151 {RNG.randrange(10**7, 10**8)}" for _ in range(N)]
    ids = ["NULL" if RNG.random() < 0.2 else str(RNG.randrange(10**8, 10**9)) for _ in range(N)]
    names = _with_dashes([f"{word(RNG)} {word(RNG)}" for _ in range(N)])
    lat = _with_dashes([f"{RNG.uniform(-5.5, -5.4):.5f}" for _ in range(N)])
    lon = _with_dashes([f"{RNG.uniform(143.1, 143.2):.5f}" for _ in range(N)])
    rows: list[dict[str, object]] = [{"f1": births[i], "f2": phones[i], "f3": ids[i], "f4": names[i],
                                      "f5": lat[i], "f6": lon[i]} for i in range(N)]
    decided = _decide(rows)
    assert not any(decided.values()), decided


# --- the day ages are counted from --------------------------------------------------------------------------------


def test_profiles_never_read_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Same values, same profile on any day: the birth-date window is read from ``as_of`` (default
    :data:`REFERENCE_DAY`), never from ``date.today()``."""
    births = [f"{RNG.randint(1950, 2005)}-{RNG.randint(1, 12):02d}-{RNG.randint(1, 28):02d}" for _ in range(N)]
    before = profile_values(births)

    class NoClock(date):
        @classmethod
        def today(cls) -> date:  # type: ignore[override]
            raise AssertionError("the PII profile read the clock")

    monkeypatch.setattr(detect, "date", NoClock)
    after = profile_values(births)
    assert after == before and after.entity == "DATE_OF_BIRTH"
    assert REFERENCE_DAY.year == 2026


def test_the_day_ages_are_counted_from_is_an_input() -> None:
    """Dates of 2008-2011 are birth dates of teenagers as of the end of 2026, and dates of recent events as of 2012;
    the caller's ``as_of`` decides, so a run that knows when its data was taken passes it."""
    days = [f"{RNG.randint(2008, 2011)}-{RNG.randint(1, 12):02d}-{RNG.randint(1, 28):02d}" for _ in range(N)]
    assert profile_values(days).shares["birth_like"] == 1.0
    assert profile_values(days, as_of=date(2012, 6, 30)).shares["birth_like"] == 0.0
    log: list[dict[str, object]] = [{"machine": "HT02", "f2": d} for d in days]
    assert _decide(log, as_of=date(2012, 6, 30))["f2"] is True  # recent dates of a machine log: not births
    assert _decide(log)["f2"] is False  # as of 2026 they may be teenagers' birth dates: masked


# --- amounts with thousands groups, event words, Hungarian key words (session 9) ---------------------------------


def test_whole_amounts_with_thousands_groups_clear() -> None:
    """Incomes and loan amounts typed with thousands groups (``24,500`` beside ``4,000``, ``10,000,000``) are
    amounts: a person does not group the digits of an identifier."""
    incomes = [f"{RNG.choice([4, 6, 9, 19, 24, 120])},{RNG.choice(['000', '500'])}" for _ in range(N)]
    loans = [f"{RNG.randint(1, 20)},{RNG.randint(100, 999)},000" if RNG.random() < 0.7 else
             f"{RNG.randint(100, 999)},000" for _ in range(N)]
    rows = [dict(r, f8=incomes[i], f9=loans[i]) for i, r in enumerate(people(RNG, N))]
    assert profile_values(incomes).kind == "amount"
    decided = _decide(rows)
    assert decided["f8"] is True and decided["f9"] is True


def test_grouped_phone_numbers_postal_codes_and_ids_stay_masked() -> None:
    """The near misses: mobile numbers written in groups of three (``612 345 678``), postal codes with a space
    (``59 000``) and ids of one width with commas keep one width, or read as phones: masked."""
    mobiles = [f"6{RNG.randint(10, 99)} {RNG.randint(100, 999)} {RNG.randint(100, 999)}" for _ in range(N)]
    postal = [f"{RNG.randint(10, 95)} {RNG.randint(0, 9)}{RNG.randint(0, 9)}0" for _ in range(N)]
    ids = [f"{RNG.randint(1, 9)},{RNG.randint(100, 999)},{RNG.randint(100, 999)}" for _ in range(N)]
    rows = [dict(r, f1=mobiles[i], f2=postal[i], f3=ids[i]) for i, r in enumerate(people(RNG, N))]
    decided = _decide(rows)
    assert decided["f1"] is False and decided["f2"] is False and decided["f3"] is False


def test_event_words_of_transactions_manifests_and_finnish_order_dates() -> None:
    """Dates in a table of people clear under a header naming an event of the record (``TRX_DATE``,
    ``Item.manifestDate.S``, ``TILPVM``); a visit's or an appointment's date stays masked."""
    days = [f"2024-{RNG.randint(1, 12):02d}-{RNG.randint(1, 28):02d}" for _ in range(N)]
    base = people(RNG, N)
    for header, clear in (("TRX_DATE", True), ("Item.manifestDate.S", True), ("TILPVM", True),
                          ("visit_date", False), ("appointment_start", False), ("f4", False)):
        rows = [dict(r, **{header: days[i]}) for i, r in enumerate(base)]
        assert _decide(rows, as_of=date(2026, 12, 7))[header] is clear, header  # a run's day (round 3: none masks)


def test_hungarian_record_keys_clear_and_personal_numbers_do_not() -> None:
    """``intUgyfelAzon`` (customer identifier) and ``lngSzerzodesSzam`` (contract number) name record keys;
    ``Személyi szám`` (personal number) and ``adoAzon`` (tax identifier) do not."""
    keys = [str(100_000 + i) for i in RNG.sample(range(N), N)]
    base = people(RNG, N)
    for header, clear in (("intUgyfelAzon", True), ("lngSzerzodesSzam", True), ("Személyi szám", False),
                          ("adoAzon", False)):
        assert _decide([dict(r, **{header: keys[i]}) for i, r in enumerate(base)])[header] is clear, header


def test_bank_identifier_codes_clear_and_capitalised_surnames_of_their_form_do_not() -> None:
    """BICs (``COBADEFFXXX``, ``GENODEF1S04``) name banks: cleared in a table of people under a header saying
    nothing. Upper-case surnames of eight letters whose fifth and sixth letters are a country code (``SCHMIDTA``)
    have the form but not a BIC's marks (a digit, the ``XXX`` branch): masked."""
    from core.pii.banks import bic_codes

    bics = _spread(["COBADEFFXXX", "GENODEF1S04", "INGDDEFFXXX", "HASPDEHHXXX", "DEUTDEFF500", "BARCGB22"])
    surnames = _spread([f"{word(RNG).upper()[:4]:X<4}{cc}{word(RNG).upper()[:2]:X<2}" for cc in
                        ("DE", "ID", "IT", "AT", "NO", "ES")])
    assert bic_codes([str(b) for b in bics]) and not bic_codes([str(s) for s in surnames])
    rows = [dict(r, f6=bics[i], f7=surnames[i]) for i, r in enumerate(people(RNG, N))]
    decided = _decide(rows)
    assert decided["f6"] is True and decided["f7"] is False


def test_amounts_with_a_currency_sign_or_code_clear_and_flat_numbers_do_not() -> None:
    """Cash-on-delivery amounts with the lari sign (``19.90 ₾``) or an ISO 4217 code after the number (``75 GHS``)
    are amounts; flat numbers (``APT 12``, ``No 7``) carry no currency: masked."""
    lari = [f"{RNG.choice([19.9, 49.0, 329.0, 1200.5])} ₾" for _ in range(N)]
    cedi = [f"{RNG.randint(5, 900)} GHS" if RNG.random() < 0.5 else str(RNG.randint(5, 900)) for _ in range(N)]
    flats = [f"{RNG.choice(['APT', 'No'])} {RNG.randint(1, 40)}" for _ in range(N)]
    rows = [dict(r, f1=lari[i], f2=cedi[i], f3=flats[i]) for i, r in enumerate(people(RNG, N))]
    decided = _decide(rows)
    assert decided["f1"] is True and decided["f2"] is True and decided["f3"] is False
