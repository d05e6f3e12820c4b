"""Dates of a person's care in a table of health data (issue 11, :mod:`core.pii.health`): an enrolment, admission or
visit date stays masked when the table's other columns show health context (a tracker's tracked entities, health
facilities, ICD-10 codes, pregnancy words), however its header reads as a record event, and the same header stays in
clear in a table without health context (a school's enrolment date). All values are made up here."""

from __future__ import annotations

import random

import pytest

from core.pii.decide import decide_table
from core.pii.health import care_date_header, facility_names, health_context, icd_codes
from tests.pii.made_up_people import people, word

RNG = random.Random(2026_12_07)
N = 150


def _stamp(year0: int, year1: int, *, midnight: bool) -> str:
    """A timestamp to the millisecond (a system's stamp) or at midnight (a date written as a timestamp)."""
    time = "00:00:00.000" if midnight else f"{RNG.randint(0, 23):02d}:{RNG.randint(0, 59):02d}:" \
                                           f"{RNG.randint(0, 59):02d}.{RNG.randint(0, 999):03d}"
    return f"{RNG.randint(year0, year1)}-{RNG.randint(1, 12):02d}-{RNG.randint(1, 28):02d}T{time}"


def _table(context: dict[str, list[object]], date_header: str, *, midnight: bool) -> list[dict[str, object]]:
    """People (e-mail, name), the ``context`` columns, a record's creation stamp and a date under ``date_header``."""
    rows = people(RNG, N)
    for i, r in enumerate(rows):
        r.update({c: vs[i] for c, vs in context.items()})
        r["created"] = _stamp(2023, 2024, midnight=False)
        r[date_header] = _stamp(2022, 2024, midnight=midnight)
    return rows


def _clear(rows: list[dict[str, object]], table: str | None = None) -> dict[str, bool]:
    return {d.column: d.clear for d in decide_table(list(rows[0]), rows, table=table)}


def _facilities() -> list[object]:
    return [f"{word(RNG)} {RNG.choice(['Health Centre', 'District Hospital', 'Clinic'])}" for _ in range(N)]


def _icd() -> list[object]:
    return [f"{RNG.choice('ACEJKOZ')}{RNG.randint(0, 99):02d}.{RNG.randint(0, 9)}" for _ in range(N)]


def _uids() -> list[object]:
    return ["".join(RNG.choice("abcdefghijkLMNOPQ0123456789") for _ in range(11)) for _ in range(N)]


@pytest.mark.parametrize(("context", "date_header"), [
    ({"trackedEntityInstance": _uids(), "outcome": [RNG.choice(["Positive", "Negative"]) for _ in range(N)]},
     "enrollmentDate"),
    ({"orgUnitName": _facilities()}, "enrollmentDate"),
    ({"diagnosis_code": _icd()}, "admission_date"),
    ({"f7": _icd()}, "fecha_alta"),
    ({"gestation_weeks": [RNG.randint(8, 40) for _ in range(N)]}, "visit_date"),
])
@pytest.mark.parametrize("midnight", [True, False])
def test_a_date_of_care_in_a_table_of_health_data_stays_masked(context: dict[str, list[object]], date_header: str,
                                                               midnight: bool) -> None:
    decided = _clear(_table(context, date_header, midnight=midnight))
    assert not decided[date_header]
    assert decided["created"]  # the record's own creation stays business data in the same table


def test_the_table_name_alone_shows_health_context() -> None:
    rows = _table({"status": [RNG.choice(["open", "closed"]) for _ in range(N)]}, "enrolment_date", midnight=True)
    assert not _clear(rows, table="dhis2_tei_anc_mw")["enrolment_date"]  # anc: antenatal care
    assert _clear(rows, table="course_signups")["enrolment_date"]


@pytest.mark.parametrize("midnight", [True, False])
def test_an_enrolment_date_without_health_context_stays_clear(midnight: bool) -> None:
    """A school's or a course's enrolment date is a record event (the labelling policy's ``event_date``), also next
    to a class group and a ward of the town (one weak word alone)."""
    rows = _table({"class_group": [RNG.choice(["1A", "1B", "2A"]) for _ in range(N)],
                   "ward": [RNG.choice(["North", "South", "East"]) for _ in range(N)]},
                  "Enrolment_Date", midnight=midnight)
    assert _clear(rows, table="pupil_enrolment")["Enrolment_Date"]


def test_a_school_table_with_medical_notes_shows_health_context() -> None:
    """Round 3: a pupil's medical notes are health data, so the pupil's own dates beside them are masked."""
    rows = _table({"Medical_Notes": [RNG.choice(["", "asthma inhaler", "none"]) for _ in range(N)]},
                  "Enrolment_Date", midnight=True)
    decided = _clear(rows, table="pupil_enrolment")
    assert not decided["Enrolment_Date"] and decided["created"]


def _patients(date_header: str, extra: dict[str, list[object]] | None = None) -> list[dict[str, object]]:
    """Record numbers (no people columns), ``extra`` columns, a creation stamp, an update stamp and a date."""
    rows: list[dict[str, object]] = [{"rec": 1000 + i} for i in range(N)]
    for i, r in enumerate(rows):
        r.update({c: vs[i] for c, vs in (extra or {}).items()})
        r["created"] = _stamp(2023, 2024, midnight=False)
        r["lastUpdated"] = _stamp(2023, 2024, midnight=False)
        r[date_header] = _stamp(2022, 2024, midnight=True)[:10]
    return rows


@pytest.mark.parametrize("date_header", ["date", "eventDate", "dueDate", "delivery_date", "surgery_date", "test_date",
                                         "lmp", "prescription_date", "Impfdatum", "date_entree", "дата"])
def test_every_date_not_of_the_record_in_a_table_of_health_data_is_masked(date_header: str) -> None:
    """Round 3: an allow-list of care words left a bare ``date``, a delivery or a surgery date of a patient in clear;
    now every date whose header names no event of the record (created, updated) is masked there."""
    decided = _clear(_patients(date_header, {"patient_id": [RNG.randint(10**6, 10**7) for _ in range(N)]}))
    assert not decided[date_header]
    assert decided["created"] and decided["lastUpdated"]


@pytest.mark.parametrize(("extra", "table"), [
    ({"medical_notes": ["asthma", "none", "type 1 diabetes"]}, None),
    ({"health_insurance_no": list(range(10**8, 10**8 + 3))}, None),
    ({"medication": ["Metformin", "Insulin", "none"]}, None),
    ({"allergies": ["penicillin", "none", "peanuts"]}, None),
    ({"symptoms": ["fever", "cough", "none"]}, None),
    ({"Krankenkasse": ["AOK", "TK", "Barmer"]}, None),
    ({"status": ["open", "closed", "open"]}, "medical_appointments"),
    ({"status": ["open", "closed", "open"]}, "maternity_register"),
    ({"status": ["open", "closed", "open"]}, "EHRPatientEncounters"),
])
def test_more_words_and_table_names_show_health_context(extra: dict[str, list[object]], table: str | None) -> None:
    cycled = {c: [vs[i % len(vs)] for i in range(N)] for c, vs in extra.items()}
    assert not _clear(_patients("appointment_date", cycled), table=table)["appointment_date"]
    assert not _clear(_patients("enrollmentDate", cycled), table=table)["enrollmentDate"]


def test_icd_codes_without_a_dot_and_u_codes_show_health_context() -> None:
    undotted = [f"{RNG.choice('ACEJKOZ')}{RNG.randint(0, 99):02d}{RNG.randint(0, 9)}" for _ in range(N)]
    assert icd_codes(undotted, undotted=True) and icd_codes(["U071", "U072", "U099", "U109", "U129", "E119"],
                                                            undotted=True)
    assert not icd_codes(undotted)  # product numbers of the same shape under their own header
    assert not _clear(_patients("enrollmentDate", {"dx_code": undotted}))["enrollmentDate"]


def test_the_evidence_of_health_context() -> None:
    assert facility_names(["Chileka Health Centre", "Thyolo District Hospital", "Area 25 Clinic"])
    assert not facility_names(["Store 12", "Main Street Branch", "Head office"])
    assert icd_codes([str(c) for c in _icd()])
    assert not icd_codes([f"{RNG.choice('ABCDEF')}{RNG.randint(10, 40)}" for _ in range(N)])  # seat numbers
    assert care_date_header("DateAdmission") and care_date_header("Рецепты[Дата выписки]")
    assert not care_date_header("created") and not care_date_header("lastUpdated")
    names = {c: c for c in ("ward", "doctor", "x")}
    values: dict[str, list[object]] = {c: ["a"] * 3 for c in names}
    assert health_context(list(names), names, values, None) == {"ward", "doctor"}  # two weak words together
    assert health_context(["ward", "x"], names, values, None) == set()  # a ward alone may be the town's
