"""Header-cell rules (core/ingest/header_cells.py) read a cell in time linear in its length: a 140 KB header cell
of one letter (ingest fuzz seed 1001, case 7) took 313 s with the street-number pattern searched from every
position; the whole file now opens in about a second."""

from __future__ import annotations

import json
import time

import pytest

from core.catalog import HeaderRow
from core.ingest.header_cells import _HOUSE_NUMBER, MAX_CELL, personal_looking, value_looking
from core.ingest.header_row import detect_header, header_names

LONG = ["z" * 140_000, "ab " * 50_000, "Ab1 " * 40_000, "1" * 100_000, "a@" + "b." * 50_000,
        "Calle " * 30_000 + "12", "x" * 100_000 + " 12345678Z"]


@pytest.mark.parametrize("cell", LONG, ids=range(len(LONG)))
def test_long_cells_are_classified_in_bounded_time(cell: str) -> None:
    t0 = time.process_time()
    kind = value_looking(cell)
    personal_looking(cell, dates=True)
    _HOUSE_NUMBER.search(cell)  # the pattern itself, unbounded input: linear too
    _, names, _, d = header_names(["city", cell], HeaderRow(present=True, confidence=0.5), [["Lima", "x"]])
    assert time.process_time() - t0 < 0.5
    assert kind == "long_text" and names[1] == "column_2" and d.masked_names == [2]


def test_a_long_digit_run_is_still_a_personal_value_in_a_confident_header() -> None:
    assert personal_looking("1" * (MAX_CELL + 10), dates=False) == "digits"
    assert personal_looking("Quarterly revenue " * 20, dates=False) is None


@pytest.mark.parametrize(("cell", "kind"), [
    ("Calle Toledo 12, 2ºA", "address"), ("Plaza Mayor 3", "address"), ("Main St. 5b", "address"),
    ("Carmen Ibáñez Moreno", "name"), ("Juan de Pérez", "name"), ("Sin observaciones, llamar", "sentence"),
    ("Name", None), ("Street address", None), ("ID 2024", None), ("Q3 Revenue (EUR)", None), ("Toledo 123456", None),
])
def test_value_kinds(cell: str, kind: str | None) -> None:
    assert value_looking(cell) == kind


# -- a personal value inside a longer cell (review of issue 11: only whole-cell values were caught) -----------------
ROWS = [["Cusco", "x"], ["Puno", "y"]]
LOW = HeaderRow(present=True, confidence=0.5)
PRESENT = HeaderRow(present=True, setting="present", confidence=1.0)


@pytest.mark.parametrize(("cell", "kind"), [
    ("DNI 12345678Z", "identifier"), ("12345678Z Juan", "identifier"), ("NIE: X1234567L", "identifier"),
    ("DNI 12.345.678-Z", "identifier"), ("Tel: 612345678", "digits"), ("Tel: +34 612 345 678", "phone"),
    ("Móvil (91) 234-56-78", "phone"), ("Juan Perez <juan.perez@gmail.com>", "email"),
    ("contacto: ana.ruiz@MiEmpresa.es.", "email"), ("IBAN ES91 2100 0418 4502 0005 1332", "identifier"),
    ("NI: QQ 12 34 56 C", "identifier"), ("NINO AB-12-34-56-D (UK)", "identifier"), ("DNI 12 345 678 Z", "identifier"),
    ("NI: qq 12 34 56 c", "identifier"), ("NI: QQ 12 34 56", "identifier"), ("nino ab-12-34-56", "identifier"),
])
@pytest.mark.parametrize("decision", [PRESENT, LOW], ids=["present", "low_confidence"])
def test_a_personal_value_inside_a_cell_is_never_a_name(cell: str, kind: str, decision: HeaderRow) -> None:
    """The e-mail, id and phone rules hold whatever the header's confidence, for a token of the cell too."""
    raw, names, steps, d = header_names(["city", cell], decision, ROWS)
    assert names == ["city", "column_2"] and d.masked_names == [2]
    assert [s["looks_like"] for s in steps if s["op"] == "masked_header"] == [kind]
    assert not any(len(p) > 3 and p in json.dumps([raw, steps], ensure_ascii=False)
                   for p in cell.replace("<", " ").replace(">", " ").split())


@pytest.mark.parametrize("cell", ["MARIA GARCIA LOPEZ", "MARIA DEL PILAR", "JOSÉ ÁLVAREZ", "ANA MARÍA DE LA CRUZ",
                                  "JUAN CALLE", "DIANA PLAZA", "LUCAS CAMPO"])
def test_an_upper_case_name_of_a_low_confidence_header_is_masked(cell: str) -> None:
    assert value_looking(cell) in ("name", "sentence")  # four words or more are a sentence
    _, names, _, d = header_names(["city", cell], PRESENT, ROWS)
    assert d.masked_names == []  # a header given as present vouches for its free text
    _, names, _, d = header_names(["city", cell], LOW, ROWS)
    assert names == ["city", "column_2"] and d.masked_names == [2]


@pytest.mark.parametrize("cell", ["ROSA CALLE", "JUAN CALLE"])
def test_an_ambiguous_given_name_under_a_header_in_doubt_is_masked(cell: str) -> None:
    """Review round 3: ``ROSA`` is also a colour, so the lexicon scores it below 1.0 and ``ROSA CALLE`` was stored as a
    header name; under a low-confidence header an ambiguous given name is enough (column_N when in doubt)."""
    _, names, _, d = header_names(["city", cell], LOW, ROWS)
    assert names == ["city", "column_2"] and d.masked_names == [2]
    assert header_names(["city", cell], PRESENT, ROWS)[3].masked_names == []


def test_an_ambiguous_given_name_before_a_header_word_is_masked_only_in_doubt() -> None:
    """The price of round 3's threshold: ``GRACE PERIOD`` (``GRACE`` an ambiguous given name) is stored as column_N
    under a header in doubt, and stays exact under a header given as present."""
    assert header_names(["city", "GRACE PERIOD"], LOW, ROWS)[3].masked_names == [2]
    raw, names, _, d = header_names(["city", "GRACE PERIOD"], PRESENT, ROWS)
    assert d.masked_names == [] and raw == ["city", "GRACE PERIOD"]


@pytest.mark.parametrize("cell", ["CUSTOMER NAME", "TEL NO", "DNI", "E-MAIL ADDRESS", "Q3 2024 TOTAL", "ORDER ID 2024",
                                  "CUSTOMER ID", "FECHA ALTA", "DATE OF BIRTH", "BILL_CTRY", "SHELF_LIFE",
                                  "Sales 2023-2024", "Fecha 25/04/1995", "Evidencia GA2-220501046-AA1 (Real)",
                                  "DTM[137].C507.2380", "Periodo 2023-2024 Q3",
                                  "c_12e2692694", "sha256_0123456789", "item@odata.etag", "Tel (ext)",
                                  "MAX AMOUNT", "TOM ID", "CALLE NUMERO"])
@pytest.mark.parametrize("decision", [PRESENT, LOW], ids=["present", "low_confidence"])
def test_real_headers_stay_exact(cell: str, decision: HeaderRow) -> None:
    """Upper-case labels, years, dates, codes and OData annotations stay names (a date too: it is masked at low
    confidence only as a whole cell)."""
    raw, names, _, d = header_names(["city", cell], decision, ROWS)
    assert d.masked_names == [] and raw == ["city", cell] and names[1] != "column_2"


@pytest.mark.parametrize(("cell", "masked"), [("ana@odata.org", True), ("ana@odatasoft.com", True),
                                              ("x@odata.example.co.uk", True), ("item@odata.etag", False),
                                              ("_ownerid_value@OData.Community.Display.V1.FormattedValue", False)])
def test_an_address_at_an_odata_domain_is_an_address(cell: str, masked: bool) -> None:
    assert (personal_looking(cell, dates=False) == "email") is masked


@pytest.mark.parametrize(("cell", "kind"), [
    ("a1 " * 60_000, None), ("a@b " * 40_000, None), ("x" * 100_000 + "@example.com", None),
    ("12345678Z " * 20_000, "identifier"), ("Tel " * 50_000 + "612345678", "digits"), ("a-1" * 80_000, None),
    ("Tel " + "1 " * 60_000, "phone"), ("Tel " + "(1)" * 60_000, "phone"), ("Mail " * 40_000 + "a@b.es", "email"),
], ids=range(9))
def test_token_rules_are_linear(cell: str, kind: str | None) -> None:
    """A long cell is scanned once (an e-mail address is at most 254 characters: a longer token is none)."""
    t0 = time.process_time()
    found = personal_looking(cell, dates=False)
    assert time.process_time() - t0 < 0.5
    assert found == kind


@pytest.mark.parametrize("setting", ["present", "auto"])
def test_the_reviewed_header_keeps_no_personal_value(setting: str) -> None:
    """The review's case: as given (``present``) the e-mail, phone and id cells are masked, the upper-case name is
    kept (a header said to be present vouches for its words); kept with low confidence, all four are masked (with
    these rows, ``auto`` reads the first record as data: the shapes repeat)."""
    first = ["MARIA GARCIA LOPEZ", "Juan Perez <juan.perez@gmail.com>", "Tel: 612345678", "DNI 12345678Z"]
    rows = [["ANA RUIZ", "Luis Gil <luis@correo.es>", "Tel: 699111222", "DNI 87654321X"],
            ["PEDRO SALAS", "Eva Sol <eva@correo.es>", "Tel: 655333444", "DNI 11223344B"]]
    assert not detect_header(first, rows).present
    d = detect_header(first, rows, "present") if setting == "present" else LOW
    raw, names, steps, d2 = header_names(first, d, rows)
    assert d2.masked_names == ([2, 3, 4] if setting == "present" else [1, 2, 3, 4])
    text = json.dumps([raw, names, steps, d2.model_dump()], ensure_ascii=False)
    assert not any(v in text for v in ("juan.perez", "612345678", "12345678Z", "GARCIA" if setting == "auto" else "-"))
