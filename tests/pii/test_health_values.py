"""Health context read from the values when no header says it (:mod:`core.pii.health_values`), on made-up clinic
registers kept under a stock app's headers in several languages: the patient folder numbers stay masked as medical
record numbers, while the same codes in a shop's list (product tags, no conditions, no blood groups) are untouched."""

from __future__ import annotations

import random
from datetime import date

import pytest

from core.pii.decide import decide_table
from core.pii.health import health_context
from core.pii.health_values import blood_groups, clinical_terms, facility_stems

RNG = random.Random(1111)
N = 40

REGISTERS = [  # folder-number form, given names, surnames, conditions (tags), notes, blood-group spelling
    (lambda i: f"PF/{RNG.randint(2015, 2024)}/{i:04d}", ["Tendai", "Rudo", "Farai", "Chipo"],
     ["Moyo", "Ncube", "Dube", "Sibanda"], ["epilepsy", "HTN", "DM2;asthma", "HIV+ on ART", "sickle cell", "ANC"],
     ["BP check, refill", "sugar 11.2 mmol/L", "wound dressing", "malaria RDT neg", "Bill to mother"],
     ["O+", "A+", "B-", "AB+", "O-"]),
    (lambda i: f"HC-{RNG.randint(10, 99)}-{i:05d}", ["Jürgen", "Anna", "Lukas", "Sabine"],
     ["Müller", "Schmidt", "Becker", "Wagner"], ["Diabetes", "Asthma", "Hypertonie", "Epilepsie", "Migräne"],
     ["Metformin 500 mg", "Kontrolle", "Salbutamol bei Bedarf", "RR 140/90 mmHg", "Überweisung"],
     ["0 Rh+", "A Rh+", "B Rh-", "AB Rh+", "0 Rh-"]),
    (lambda i: f"EXP{RNG.randint(100000, 999999)}", ["José", "María", "Lucía", "Carlos"],
     ["García", "López", "Pérez", "Sánchez"], ["asma", "hipertensión", "diabetes", "paludismo", "epilepsia"],
     ["TA 130/85 mmHg", "amoxicilina 500 mg c/8h", "curación", "glucosa 180 mg/dL", "cita en 2 semanas"],
     ["O pos", "A pos", "B neg", "AB pos", "O neg"]),
]
STOCK = ["sku", "item_name", "tags", "description", "tax_code", "qty_on_hand", "manufacturer", "contact_phone"]


def _register(record, given, surnames, tags, notes, blood) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    return [{"sku": record(i), "item_name": f"{RNG.choice(given)} {RNG.choice(surnames)}",
             "tags": RNG.choice(tags) if RNG.random() < 0.7 else None, "description": RNG.choice(notes),
             "tax_code": RNG.choice(blood), "qty_on_hand": RNG.randint(1, 90),
             "manufacturer": f"{RNG.choice(given)} {RNG.choice(surnames)}",
             "contact_phone": f"+263 77 {RNG.randint(100, 999)} {RNG.randint(1000, 9999)}"} for i in range(N)]


@pytest.mark.parametrize("record,given,surnames,tags,notes,blood", REGISTERS)
def test_a_clinic_register_under_stock_headers_keeps_its_folder_numbers_masked(record, given, surnames, tags,
                                                                              notes, blood) -> None:
    """No header and no table name says health; conditions, medicines, units and blood groups in the values do."""
    rows = _register(record, given, surnames, tags, notes, blood)
    decided = {d.column: d for d in decide_table(STOCK, rows, table="inventory_items_export")}
    assert not decided["sku"].clear and decided["sku"].entity == "MEDICAL_RECORD", decided["sku"]
    assert not decided["item_name"].clear
    # the tags or the notes alone are enough; blood groups only beside another weak sign (a physician's column)
    for keep in ("tags", "description", ("tax_code", "physician")):
        extra = list(keep) if isinstance(keep, tuple) else [keep]
        cols = ["sku", "item_name", "contact_phone", *extra]
        part = [{**{c: r.get(c) for c in cols}, "physician": r["manufacturer"]} for r in rows]
        alone = {d.column: d for d in decide_table(cols, part, table="stock")}
        assert not alone["sku"].clear, (keep, alone["sku"])


def test_blood_groups_alone_make_no_health_table() -> None:
    """A hiking club's member list keeps blood groups for emergencies: its member numbers and join dates are the
    club's, not a patient's record number and dates of care."""
    rows = [{"member_no": f"KMS-{1000 + i}", "name": f"{RNG.choice(['Aisyah', 'Hafiz', 'Wei Ming'])} "
             f"{RNG.choice(['Tan', 'Hamzah', 'Lim'])}", "phone": f"+60 11-{RNG.randint(1000, 9999)} "
             f"{RNG.randint(1000, 9999)}", "jenis_darah": RNG.choice(["O+", "A+", "B-", "AB+", "O-"]),
             "enrolled_on": f"2023-{1 + i % 12:02d}-{1 + i % 27:02d}"} for i in range(N)]
    cols = list(rows[0])
    assert health_context(cols, {c: c for c in cols}, {c: [r[c] for r in rows] for c in cols}, "club") == set()
    decided = {d.column: d for d in decide_table(cols, rows, table="club", as_of=date(2026, 12, 31))}
    assert decided["member_no"].entity != "MEDICAL_RECORD", decided["member_no"]


def test_a_shop_with_the_same_codes_and_product_tags_is_no_health_table() -> None:
    """The look-alike: the same folder-number shapes as product codes beside customers, tags of product categories,
    notes of a shop and letter grades; no health context, the product codes stay cleared as before."""
    rows = [{"sku": f"PF/{RNG.randint(2015, 2024)}/{i:04d}", "customer": f"{RNG.choice(['Anna', 'Tom'])} "
             f"{RNG.choice(['Moyo', 'Smith', 'Dube'])}", "tags": RNG.choice(["ART", "TB", "ANC;BP", "garden", "DM"]),
             "description": RNG.choice(["gift wrap", "deliver after 5pm", "2 kg bag", "promo"]),
             "tax_code": RNG.choice(["A", "B", "C", "A+", "B-"]), "qty": RNG.randint(1, 9)} for i in range(N)]
    cols = list(rows[0])
    values = {c: [r[c] for r in rows] for c in cols}
    assert health_context(cols, {c: c for c in cols}, values, "orders") == set()
    decided = {d.column: d for d in decide_table(cols, rows, table="orders")}
    assert decided["sku"].entity != "MEDICAL_RECORD"


def test_the_value_tests_and_their_look_alikes() -> None:
    assert clinical_terms(["epilepsy", "HTN", "asthma", "ANC", "garden", "DM2"])
    assert clinical_terms(["Diabète type 2", "contrôle", "paludisme", "RAS", "vu"])
    assert clinical_terms(["paracetamol 500 mg", "x", "y", "ok", "amoxil 250mg"])
    assert not clinical_terms(["ANC", "ART", "TB", "BP", "HTN", "DM"])  # abbreviations alone: a party, art, bytes
    assert not clinical_terms(["Cancer", "Leo", "Virgo", "Aries", "Libra"])  # the zodiac
    assert not clinical_terms(["malaria net", "tent", "stove", "lamp", "rope", "mat", "pan"])  # one term, few cells
    assert blood_groups(["O+", "A+", "B-", "AB+", "O-", "A+"])
    assert blood_groups(["A Rh+", "0 Rh-", "B Rh+", "AB Rh-", "A Rh+"])
    assert not blood_groups(["A", "B", "O", "AB", "A", "B"])  # grades, a plain letter
    assert not blood_groups(["A+", "A-", "B+", "C+", "C-", "D"])  # school grades
    assert facility_stems(["Городская больница №3", "Поликлиника №12", "больница"])
    assert facility_stems(["مستشفى الأميري", "مستشفى مبارك", "عيادة الشامية"])
    assert facility_stems(["서울대학교병원", "세브란스병원", "삼성서울병원"])
    assert facility_stems(["Bệnh viện Chợ Rẫy", "Bệnh viện Bạch Mai"])
    assert not facility_stems(["Городской рынок", "Торговый центр", "Склад"])


def test_care_dates_follow_health_values() -> None:
    """An enrolment date (``enrolled_on``: a sign-up in a shop) in a register whose only health evidence is in the
    values is the start of a person's care and stays masked; the record's own ``received_date`` stays in clear."""
    rows = _register(*REGISTERS[0])
    for i, r in enumerate(rows):
        r["enrolled_on"] = r["received_date"] = f"2024-{1 + i % 12:02d}-{1 + i % 27:02d}"
    cols = [*STOCK, "enrolled_on", "received_date"]
    decided = {d.column: d for d in decide_table(cols, rows, table="stock", as_of=date(2026, 12, 31))}
    assert not decided["enrolled_on"].clear and decided["received_date"].clear, decided
