"""The four leak classes of the blind PII set (issue 11, :mod:`core.pii.disguised`), on made-up tables in several
countries and scripts: each personal column stays masked, its personal neighbours too, and the non-personal
look-alike goes on as before (cleared where it was)."""

from __future__ import annotations

import random

import pytest

from core.pii.decide import decide_table
from core.pii.disguised import address_part_header, identifier_shaped, initial_names, roman_vocabulary

RNG = random.Random(1107)
N = 40


def _decide(cols: list[str], rows: list[dict[str, object]], table: str | None = None) -> dict[str, bool]:
    return {d.column: d.clear for d in decide_table(cols, rows, table=table)}


def _names(first: list[str], last: list[str]) -> list[str]:
    return [f"{RNG.choice(first)} {RNG.choice(last)}" for _ in range(N)]


CLINICS = [  # header of the record number, its values, the person columns (header, values) and a blood group header
    ("sku", lambda i: f"PF/{RNG.randint(2015, 2024)}/{i:04d}", "patient_name",
     _names(["Thabo", "Naledi", "Sipho", "Lerato"], ["Mokoena", "Dlamini", "Nkosi", "Khumalo"]), "blood_group"),
    ("Artikelnummer", lambda i: f"KA-{RNG.randint(2010, 2023)}-{i:05d}", "Name",
     _names(["Jürgen", "Anna", "Lukas", "Sabine"], ["Müller", "Schmidt", "Becker", "Wagner"]), "Blutgruppe"),
    ("referencia", lambda i: f"HC{RNG.randint(100000, 999999)}", "nombre",
     _names(["José", "María", "Lucía", "Carlos"], ["García", "López", "Pérez", "Sánchez"]), "grupo_sanguineo"),
]


@pytest.mark.parametrize("key,record,name_col,people,blood", CLINICS)
def test_record_numbers_in_a_clinic_register_stay_masked_under_any_header(key, record, name_col, people,
                                                                          blood) -> None:
    """Class 1: a clinic's patient folder numbers kept in a stock app's ``sku`` column; the integer row key stays
    in clear, the names stay masked; the same codes in a shop's order list (no health context) are not touched."""
    cols = ["id", key, blood, "visit_date", "diagnosis", name_col]
    rows = [{"id": i + 1, key: record(i), blood: RNG.choice(["A+", "O-", "B+", "AB+", "O+"]),
             "visit_date": f"2024-0{RNG.randint(1, 9)}-{RNG.randint(10, 28)}",
             "diagnosis": RNG.choice(["J06.9", "I10", "E11.9", "Z34.0", "O09.9", "K29.7"]), name_col: people[i]}
            for i in range(N)]
    clinic = {d.column: d for d in decide_table(cols, rows, table="stock_items")}
    assert not clinic[key].clear and clinic[key].entity == "MEDICAL_RECORD", clinic[key]
    assert not clinic[name_col].clear and clinic["id"].clear, clinic
    shop_cols = ["id", key, "qty", "price", "customer"]
    shop = [{"id": r["id"], key: r[key], "qty": RNG.randint(1, 9), "price": f"{RNG.randint(1, 99)}.50",
             "customer": r[name_col]} for r in rows]
    decided = {d.column: d for d in decide_table(shop_cols, shop, table="orders")}
    assert decided[key].entity != "MEDICAL_RECORD" and not decided["customer"].clear
    assert decided["id"].clear and decided["qty"].clear


def test_identifier_shape_leaves_row_keys_dates_and_amounts_out() -> None:
    assert identifier_shaped([f"PF/2024/{i:04d}" for i in range(10)])
    assert identifier_shaped([f"{i:06d}" for i in range(10)])
    assert not identifier_shaped([str(i) for i in range(1, 11)])
    assert not identifier_shaped([f"2024-01-{i:02d}" for i in range(1, 11)])
    assert not identifier_shaped([f"2024-01-{i:02d}T15:12:52.459" for i in range(1, 11)])
    assert not identifier_shaped([f"{i}.50" for i in range(10)])
    assert not identifier_shaped([f"1{i}:30" for i in range(10)])
    assert not identifier_shaped(["3f2504e0-4f89-11d3-9a0c-0305e82c3301"] * 3)


PEOPLE = [  # name header, name values, a neighbour personal column
    ("nombre", _names(["Ana", "Luis", "Rosa", "Juan"], ["Ruiz", "Mora", "Vega", "Soto"])),
    ("nom", _names(["Camille", "Louis", "Chloé", "Hugo"], ["Martin", "Bernard", "Dubois", "Durand"])),
    ("név", _names(["László", "Zsófia", "Gábor", "Eszter"], ["Nagy", "Kovács", "Tóth", "Szabó"])),
]
ROMANS = ["II", "III", "IV", "V", "VI", "VIII"]  # each on several rows: read as Chile's numbered regions before


@pytest.mark.parametrize("name_col,people", PEOPLE)
@pytest.mark.parametrize("header", ["Var12", "f7", "kerulet", "x"])
def test_roman_numeral_districts_in_a_table_of_people_stay_masked(header, name_col, people) -> None:
    """Class 2: Roman-numeral districts of residence under a header that says nothing (or names the district);
    a header naming a grade, a stage or a chapter clears the same values; no people, no district reading."""
    cols = [name_col, "email", header]
    rows = [{name_col: p, "email": f"user{i}@mail.example", header: ROMANS[i % len(ROMANS)]}
            for i, p in enumerate(people)]
    decided = {d.column: d for d in decide_table(cols, rows)}
    assert not decided[name_col].clear and not decided["email"].clear, decided
    assert not decided[header].clear and decided[header].entity == "LOCATION", decided[header]
    for kind in ("grade", "stage", "chapter", "tier", "Klasse"):  # the same values: the rule stays out
        graded = decide_table([name_col, "email", kind], [{**{c: r[c] for c in cols[:2]}, kind: r[header]}
                                                           for r in rows])[2]
        assert graded.entity != "LOCATION", graded
    alone = decide_table(["product", header], [{"product": f"Widget {i % 5}", header: r[header]}
                                               for i, r in enumerate(rows)])[1]
    assert alone.entity != "LOCATION", alone  # no people in the table: no district of residence


def test_roman_vocabulary_shape() -> None:
    assert roman_vocabulary(["IV", "VI", "VII", "III", "IV", "VI"])
    assert not roman_vocabulary(["IV", "VI", "Ivan", "MIX", "LID", "DC"])  # words spelled with Roman letters
    assert not roman_vocabulary(["I", "II", "III", "IV"])  # each once: no vocabulary that repeats
    assert not roman_vocabulary(["M", "V", "V", "M", "M"])  # a sex (moteris / vyras), not numerals
    assert not roman_vocabulary(["X", "X", "X", "C", "C"])  # flags


ADDRESSES = [  # (block-like header, street-like header, house-like header): Kuwait, Spain / Mexico, Russia
    ("القطعة", "الجادة", "المنزل"),
    ("قطعة", "جادة", "منزل"),
    ("manzana", "avenida", "apartamento"),
    ("корпус", "квартал", "квартира"),
]


@pytest.mark.parametrize("block,avenue,house", ADDRESSES)
def test_address_part_headers_mask_small_numbers_of_an_address(block, avenue, house) -> None:
    """Class 3: a block number (1-12), an avenue and a house number under honest address-part headers the lexicon
    lacked; the person's name and area stay masked; the block words alone, in a table of no people, stay cleared
    (a warehouse block is no address of a person) while the strong parts (avenue, flat, house) mask anywhere."""
    people = [f"{RNG.choice(['فهد', 'نورة', 'يوسف', 'مريم'])} {RNG.choice(['العجمي', 'المطيري', 'الرشيدي'])}"
              for _ in range(N)]  # names no lexicon knows: the table is not known to hold people
    cols = ["الاسم", "المنطقة", block, avenue, house]
    rows = [{"الاسم": people[i], "المنطقة": RNG.choice(["الجابرية", "السالمية", "حولي"]), block: i % 12 + 1,
             avenue: i % 6 + 1, house: RNG.randint(1, 60)} for i in range(N)]
    decided = {d.column: d for d in decide_table(cols, rows)}
    assert not any(d.clear for d in decided.values()), decided
    for part in (block, avenue, house):
        assert decided[part].entity == "LOCATION", decided[part]
    stock = decide_table(["item", "qty", block], [{"item": f"Bolt M{i % 7 + 3}", "qty": RNG.randint(1, 90),
                                                   block: RNG.randint(1, 12)} for i in range(N)])
    assert stock[2].clear, stock[2]


def test_address_part_header_words() -> None:
    for header in ("القطعة", "رقم القطعة", "الطابق", "حي", "منطقة_السكن"):
        assert address_part_header(header, True) and not address_part_header(header, False), header
    for header in ("الجادة", "شارع", "رقم المنزل", "بيت", "شقة", "ص.ب", "الرمز البريدي", "Postfach", "quartier_avenue"):
        assert address_part_header(header, False), header
    for header in ("الكمية", "السعر", "block_size", "flatrate", "stock"):
        assert not address_part_header(header, True), header


WEIGHERS = [  # a few staff members repeated over the deliveries: Tajik, Russian, Polish, English, Greek, Kazakh
    ["Бобоев Ф.", "Қурбонов Н.", "Ҳакимов Ҷ.", "Шарипова Ғ."],
    ["Иванов И. И.", "Петрова А. С.", "Сидоров П.П.", "Орлов В. Н."],
    ["Kowalski J.", "Nowak A.", "Wiśniewska M.", "Zieliński K."],
    ["J. Smith", "A. Brown", "M. O. Taylor", "K. Jones"],
    ["Παπαδόπουλος Γ.", "Νικολάου Μ.", "Γεωργίου Α.", "Κωνσταντίνου Ε."],
    ["Нұрланов Ә.", "Сейітқали Ө.", "Жұмабаев Қ.", "Әбдірахманова Ү."],
]


@pytest.mark.parametrize("weighers", WEIGHERS)
@pytest.mark.parametrize("header", ["Тарозудор", "f4", "weigher", "model"])
def test_surnames_with_initials_are_names_under_any_header(header, weighers) -> None:
    """Class 4: the staff member who weighed a delivery, ``Surname I.`` or ``I. Surname``, beside the delivery's
    own numbers (which stay cleared); codes of one word and a letter (``Block A.``) stay as they were."""
    cols = ["delivery_id", "weight_kg", header]
    rows = [{"delivery_id": 1000 + i, "weight_kg": f"{RNG.randint(100, 900)}.{RNG.randint(0, 9)}",
             header: weighers[i % len(weighers)]} for i in range(N)]
    decided = {d.column: d for d in decide_table(cols, rows)}
    assert not decided[header].clear and decided[header].entity == "PERSON", decided[header]
    assert decided["delivery_id"].clear and decided["weight_kg"].clear, decided
    for codes in (["Block A.", "Block B.", "Block C."], ["Model X.", "Model S.", "Model Y."]):
        coded = decide_table(cols, [{**r, header: codes[i % 3]} for i, r in enumerate(rows)])[2]
        assert coded.entity != "PERSON", coded


def test_initial_names_shape() -> None:
    assert initial_names(["Бобоев Ф.", "Қурбонов Н.", "Бобоев Ф."])
    assert initial_names(["Van-Dyke J.", "O. Smith"])
    assert not initial_names(["Block A.", "Block B.", "Block C.", "Block D."])  # one word, changing letters
    assert not initial_names(["Unit A.", "Hall B."])  # words of things
    assert not initial_names(["Paris", "Berlin"])
    assert not initial_names(["ABC D.", "X Y."])  # no capitalised word
