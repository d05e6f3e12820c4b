"""Headerless people files through the real ingest stage (issue 11): no value of the first record -- names, street
addresses, DNI numbers, IBANs, e-mail addresses -- is stored in the catalog, the sample pack, the ledger or the
metadata store's file, whether the header decision reads the record as data (typed columns give evidence) or, with
low confidence, as a header (free-text columns give none). A file with real headers keeps them exactly."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from adapters.metadata_store import open_store
from adapters.pii import PresidioMasker
from adapters.sources import FileSource
from core.contract import Mode, contract_template
from core.ingest import build_catalog
from core.ingest.stage import build_sample_pack
from core.policy import PolicyEngine

GIVEN = ["Carmen", "Jorge", "Lucía", "Andrés", "Itziar", "Xabier", "Montserrat", "Fermín", "Begoña", "Ramiro"]
SURNAMES = ["Ibáñez", "Salas", "Fernández", "Gil", "Etxeberria", "Olabarria", "Quintana", "Velasco", "Garmendia"]
STREETS = ["Calle Toledo", "Avenida de América", "Plaza Mayor", "Rúa do Franco", "Carrer de Sants", "Paseo del Prado"]
NOTES = ["Alergia a penicilina, contactar hija", "Sin observaciones", "Llamar por la tarde",
         "Prefiere correo postal", "Cliente desde 2019, pago domiciliado"]
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _dni(rnd: random.Random) -> str:
    n = rnd.randrange(10**7, 10**8)
    return f"{n}{DNI_LETTERS[n % 23]}"


def _iban(rnd: random.Random) -> str:
    digits = "".join(str(rnd.randrange(10)) for _ in range(20))
    return f"ES{rnd.randrange(10, 99)} {' '.join(digits[i:i + 4] for i in range(0, 20, 4))}"


def _person(rnd: random.Random, i: int) -> dict[str, str]:
    g, s1, s2 = rnd.choice(GIVEN), rnd.choice(SURNAMES), rnd.choice(SURNAMES)
    return {"name": f"{g} {s1} {s2}", "address": f"{rnd.choice(STREETS)} {rnd.randrange(1, 200)}, {i % 6 + 1}º"
            f"{'ABCD'[i % 4]}", "dni": _dni(rnd), "iban": _iban(rnd),
            "email": f"{g.lower()[:3]}.{s1.lower()[:4]}{i}@correo.es", "note": f"{rnd.choice(NOTES)} (visita {i + 1})",
            "amount": f"{rnd.randrange(10, 5000)}.{rnd.randrange(100):02d}"}


def _write(path: Path, rows: list[list[str]], header: list[str] | None = None) -> Path:
    def quote(c: str) -> str:
        return '"' + c.replace('"', '""') + '"' if "," in c else c
    lines = ([",".join(map(quote, header))] if header else []) + [",".join(map(quote, r)) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _ingest(path: Path, tmp_path: Path, policy: PolicyEngine, masker: PresidioMasker) -> tuple[str, object, str]:
    """(everything stored as text: catalog, sample pack, ledger events, the store's file; the catalog; the
    sample pack's rows as JSON) after the real catalog and sample-pack stages against a SQLite metadata store."""
    contract = contract_template(lhs_location=str(path), rhs_location=str(tmp_path / "target.db"),
                                 mode=Mode.DATA_MODE, lhs_type="file", request_key=f"hdrpriv|{path.name}")
    db = tmp_path / f"meta_{path.stem}.db"
    store = open_store(f"sqlite:///{db}")
    try:
        with FileSource(path) as src:
            catalog, _ = build_catalog(contract, src, policy=policy, ledger=store, artifacts=store)
            packs, art = build_sample_pack(contract, catalog, src, policy=policy, ledger=store, artifacts=store,
                                           masker=masker)
        stored = [a.model_dump_json() for a in store.list(contract.run_id)]
        events = [e.model_dump_json() for e in store.events(contract.run_id)]
    finally:
        store.close()
    blob = "\n".join([catalog.model_dump_json(), *stored, *events, db.read_bytes().decode("utf-8", "replace")])
    return blob, catalog, art.model_dump_json()


def _leaks(first: dict[str, str], others: list[dict[str, str]], blob: str) -> list[str]:
    """Raw values of the first record, and their words of 5+ characters, found in ``blob`` (those that also occur
    in another record are left out: a column of repeated values may be stored in clear for the other records)."""
    parts = set(first.values()) | {w.strip(",.") for v in first.values() for w in v.split()
                                   if len(w.strip(",.")) >= 5 and not w.isdecimal()}
    parts |= {first[k].replace(" ", "") for k in ("iban", "dni") if k in first}
    if "email" in first:
        parts.add(first["email"].split("@")[0])
    elsewhere = " ".join(v for o in others for v in o.values())
    return sorted(p for p in parts if p in blob and p not in elsewhere)


@pytest.mark.parametrize("columns", [["name", "address", "dni", "iban", "email", "amount"],
                                     ["name", "address", "note"], ["name", "address", "dni"]],
                         ids=["typed", "free_text", "name_address_dni"])
def test_a_headerless_people_file_stores_no_first_record_value(columns: list[str], tmp_path: Path,
                                                               policy: PolicyEngine, masker: PresidioMasker) -> None:
    rnd = random.Random(len(columns) * 31)
    people = [_person(rnd, i) for i in range(40)]
    first = {c: people[0][c] for c in columns if c != "amount"}
    path = _write(tmp_path / f"clientes_{len(columns)}.csv", [[p[c] for c in columns] for p in people])
    blob, catalog, _ = _ingest(path, tmp_path, policy, masker)
    (table,) = catalog.tables  # type: ignore[attr-defined]
    assert table.header_row is not None
    # a column of ids, mails or amounts shows the first record is data (kept as a row); free text shows nothing
    # and the record is read as a low-confidence header whose cells are masked
    headerless = columns != ["name", "address", "note"]
    assert table.header_row.present is not headerless
    assert table.row_estimate == (40 if headerless else 39)
    names = [c.name for c in table.columns]
    assert names == [f"column_{i}" for i in range(1, len(columns) + 1)], (names, table.header_row)
    assert _leaks(first, [{c: p[c] for c in first} for p in people[1:]], blob) == []
    # the scan can find what is stored in clear: the catalog's column names, and amounts (a column in clear)
    assert "column_1" in blob
    if "amount" in columns:
        assert any(p["amount"] in blob for p in people[1:])


def test_a_low_confidence_header_of_free_text_masks_its_cells(tmp_path: Path, policy: PolicyEngine,
                                                              masker: PresidioMasker) -> None:
    """Free-text columns give no evidence either way: the first record is read as the header with low confidence,
    its cells become ``column_N`` and their shapes, and the decision lists them as masked."""
    rnd = random.Random(3)
    people = [_person(rnd, i) for i in range(30)]
    path = _write(tmp_path / "notas.csv", [[p["name"], p["address"], p["note"]] for p in people])
    _, catalog, _ = _ingest(path, tmp_path, policy, masker)
    (table,) = catalog.tables  # type: ignore[attr-defined]
    hr = table.header_row
    assert hr is not None and hr.present and hr.confidence < 0.75 and hr.masked_names == [1, 2, 3]
    assert [c.original_name for c in table.columns][0] == "".join(
        "A" if c.isupper() else "a" if c.isalpha() else c for c in people[0]["name"])


HEADERS = ["Name", "Street address", "ID 2024", "Q3 Revenue (EUR)", "Notes"]


@pytest.mark.parametrize("typed", [True, False], ids=["typed_columns", "free_text_only"])
def test_real_headers_are_kept_exactly(typed: bool, tmp_path: Path, policy: PolicyEngine,
                                       masker: PresidioMasker) -> None:
    rnd = random.Random(11)
    people = [_person(rnd, i) for i in range(40)]
    if typed:
        header = HEADERS
        rows = [[p["name"], p["address"], str(100_000 + i), p["amount"], p["note"]] for i, p in enumerate(people)]
    else:
        header = [HEADERS[0], HEADERS[1], HEADERS[4]]
        rows = [[p["name"], p["address"], p["note"]] for p in people]
    path = _write(tmp_path / f"with_header_{typed}.csv", rows, header)
    _, catalog, _ = _ingest(path, tmp_path, policy, masker)
    (table,) = catalog.tables  # type: ignore[attr-defined]
    assert table.header_row is not None and table.header_row.present and table.header_row.masked_names == []
    assert [c.original_name for c in table.columns] == header
    assert not any(c.name.startswith("column_") for c in table.columns)


def test_letter_digit_ids_under_headers_that_say_nothing_are_masked_in_the_sample_pack(
        tmp_path: Path, policy: PolicyEngine, masker: PresidioMasker) -> None:
    """DNI, NIE, NINO and passport-like numbers under ``f1..fN``, a few people over many rows (a visit log): no id is
    stored in clear, while the amounts (a column in clear) are."""
    rnd = random.Random(5)
    nie = [f"{p}{n}{DNI_LETTERS[int(str('XYZ'.index(p)) + str(n)) % 23]}"
           for p, n in ((rnd.choice("XYZ"), rnd.randrange(10**6, 10**7)) for _ in range(4))]
    people = [(_dni(rnd), nie[i], f"{'ACEHJ'[i]}{'BELMR'[i]}{rnd.randrange(10**6):06d}{'ABCD'[i % 4]}",
               f"{'PXKAB'[i]}{'AERTZ'[i]}{rnd.randrange(10**7):07d}") for i in range(4)]
    rows = [[*people[i % 4], f"{rnd.randrange(10, 999)}.{rnd.randrange(100):02d}"] for i in range(80)]
    path = _write(tmp_path / "visitas.csv", rows, ["f1", "f2", "f3", "f4", "f5"])
    _, catalog, pack = _ingest(path, tmp_path, policy, masker)
    assert [c.original_name for c in catalog.tables[0].columns] == ["f1", "f2", "f3", "f4", "f5"]  # type: ignore[attr-defined]
    assert sorted(v for p in people for v in p if v in pack) == []
    assert any(r[4] in pack for r in rows)
