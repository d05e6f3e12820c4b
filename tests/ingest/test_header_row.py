"""Header-row detection (issue 11): a file exported without a header row is read with its first record as data and
names ``column_1..column_N``; a file with a header keeps it (numeric-looking ones too); the contract's ``header``
setting wins; the decision is on the catalog and the ledger as counts; no first-row value of a headerless file
reaches the catalog or the ledger, whatever the file's compression or encoding."""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest

from adapters.sources import FileSource, open_source
from core.catalog import HeaderRow
from core.contract import RunContract, parse_contract
from core.errors import DeterministicFailure
from core.ingest.header_row import detect_header, header_names
from core.ingest.stage import HEADER_ACTION, build_catalog
from core.ingest.table_batches import table_batches
from core.inmemory import MemoryArtifacts, MemoryLedger
from core.migration.source_batches import batches
from core.migration.table_source import FileTableSource
from core.policy import PolicyEngine

GIVEN = ["Wilber", "Felícitas", "Saturnina", "Yony", "Nilda", "Washington", "Vilma", "Sumaq", "Ruth", "Roger"]
SURNAMES = ["Mamani", "Quispe", "Ccahuana", "Apaza", "Huanca", "Chambi", "Ticona", "Flores", "Layme", "Cutipa"]
HEADER = ["customer_id", "first_name", "last_name", "dni", "birth_date", "email", "phone", "city", "balance"]


def _people(n: int, seed: int) -> list[list[str]]:
    """Made-up people rows (a different draw per seed)."""
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        g, s = rnd.choice(GIVEN), rnd.choice(SURNAMES)
        rows.append([f"C-{10_000 + i}", g, s, f"{rnd.randrange(10**7, 10**8)}",
                     f"{rnd.randrange(1, 29):02d}/{rnd.randrange(1, 13):02d}/{rnd.randrange(1940, 2005)}",
                     f"{g.lower()}.{s.lower()}{i}@correo.pe", f"9{rnd.randrange(10**7, 10**8)}",
                     rnd.choice(["Cusco", "Puno", "Juliaca"]), f"{rnd.random() * 5000:.2f}"])
    return rows


def _write(path: Path, rows: list[list[str]], header: list[str] | None = None) -> Path:
    lines = ([",".join(header)] if header else []) + [",".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- the decision on records ------------------------------------------------------------------------------------
def test_people_without_a_header_row() -> None:
    rows = _people(60, seed=1)
    d = detect_header(rows[0], rows[1:])
    assert not d.present and d.confidence >= 0.9 and d.setting == "auto"
    assert d.reasons["value_type"] >= 3 and d.reasons["columns"] == 9
    assert all(isinstance(v, int) for v in d.reasons.values())  # counts only, never a cell


def test_the_same_people_with_their_header() -> None:
    rows = _people(60, seed=2)
    d = detect_header(HEADER, rows)
    assert d.present and d.confidence >= 0.9
    assert d.reasons.get("label_word", 0) + d.reasons.get("label_type", 0) >= 5


def test_numbers_only_without_a_header_row() -> None:
    rnd = random.Random(3)
    rows = [[str(rnd.randrange(1, 10**6)), f"{rnd.random() * 100:.3f}", str(rnd.randrange(0, 50))] for _ in range(80)]
    assert not detect_header(rows[0], rows[1:]).present


def test_label_like_words_without_a_header_row() -> None:
    """All text, every value a word that could be a label: the first record's words recur in their columns."""
    rnd = random.Random(4)
    rows = [[rnd.choice(["Electronics", "Garden", "Toys"]), rnd.choice(["Red", "Blue", "Green"]),
             rnd.choice(["Small", "Large"])] for _ in range(50)]
    d = detect_header(rows[0], rows[1:])
    assert not d.present and d.reasons["value_repeat"] == 3


def test_label_like_words_with_their_header() -> None:
    rnd = random.Random(4)
    rows = [[rnd.choice(["Electronics", "Garden", "Toys"]), rnd.choice(["Red", "Blue", "Green"])] for _ in range(50)]
    assert detect_header(["category", "color"], rows).present


def test_a_survey_export_with_one_hot_option_columns_keeps_its_header() -> None:
    """A multi-select question exported one column per option, each cell the option's own label or blank (Google
    Forms, Qualtrics): the header cells recur in their columns, yet they are the header."""
    rnd = random.Random(5)
    options = ["Email", "Phone", "SMS", "Post"]
    rows = [[str(1000 + i), *[o if rnd.random() < 0.4 else "" for o in options]] for i in range(60)]
    d = detect_header(["respondent_id", *options], rows)
    assert d.present and "value_repeat" not in d.reasons


@pytest.mark.parametrize("column", [[f"user{i}@example.org" for i in range(40)],
                                    [str(10**9 + 7 * i) for i in range(40)]], ids=["emails", "ids"])
def test_a_single_column_without_a_header_row(column: list[str]) -> None:
    assert not detect_header([column[0]], [[v] for v in column[1:]]).present
    assert detect_header(["contact"], [[v] for v in column]).present


@pytest.mark.parametrize("header", [["region", "2023", "2024", "2025"], ["region", "2023", "2024"],
                                    ["store", *map(str, range(1, 13))]], ids=["years", "two_years", "months"])
def test_numeric_looking_headers_stay_a_header(header: list[str]) -> None:
    rnd = random.Random(5)
    rows = [[rnd.choice(["North", "South", "East"]), *(str(rnd.randrange(100, 9_000)) for _ in header[1:])]
            for _ in range(40)]
    assert detect_header(header, rows).present


def test_no_evidence_keeps_the_header_with_low_confidence() -> None:
    rows = [["Juan Pérez", "Lima"], ["Ana Soto", "Cusco"], ["Luz Rojas", "Puno"]]
    d = detect_header(["Pedro Quispe", "Arequipa"], rows)
    assert d.present and d.confidence == 0.5


@pytest.mark.parametrize("setting", ["present", "absent"])
def test_an_explicit_setting_wins(setting: str) -> None:
    rows = _people(30, seed=6)
    first = rows[0] if setting == "present" else HEADER
    d = detect_header(first, rows[1:], setting)  # type: ignore[arg-type]
    assert d.present is (setting == "present") and d.setting == setting and d.confidence == 1.0


def test_personal_looking_header_cells_are_never_names() -> None:
    """A kept header (low confidence, or as the contract says) stores no e-mail, id or date as a name."""
    first = ["ana.lopez@example.com", "40529021", "25/04/1995", "city"]
    rows = [["Juan", "x", "y", "Lima"], ["Pedro", "z", "w", "Cusco"]]
    d = detect_header(first, rows)
    raw, names, steps, d2 = header_names(first, d)
    assert d.present and d.confidence < 0.75
    assert names == ["column_1", "column_2", "column_3", "city"] and d2.masked_names == [1, 2, 3]
    assert raw[:3] == ["aaa.aaaaa@aaaaaaa.aaa", "99999999", "99/99/9999"]
    assert not any(v in json.dumps(steps) for v in first[:3])
    raw, names, _, d3 = header_names(first, detect_header(first, rows, "present"))
    assert names[2] == "c_25_04_1995" and d3.masked_names == [1, 2]  # a date given as a header is kept...
    assert "40529021" not in raw  # ...a long digit run never is


# -- files through the source and the stage ---------------------------------------------------------------------
def _forms(tmp_path: Path, rows: list[list[str]]) -> dict[str, Path]:
    text = "\n".join(",".join(r) for r in rows) + "\n"
    plain = tmp_path / "plain" / "people.csv"
    plain.parent.mkdir()
    plain.write_text(text, encoding="utf-8")
    gz = tmp_path / "gz" / "people.csv.gz"
    gz.parent.mkdir()
    gz.write_bytes(gzip.compress(text.encode()))
    cp = tmp_path / "cp" / "people.csv"
    cp.parent.mkdir()
    cp.write_bytes(text.encode("cp1252"))
    return {"plain": plain, "gzip": gz, "cp1252": cp}


def test_a_headerless_file_reads_its_first_record_as_data_in_every_form(tmp_path: Path) -> None:
    rows = _people(120, seed=7)
    first = rows[0]
    frames = {}
    for form, path in _forms(tmp_path, rows).items():
        src = FileSource(path)
        (schema,) = src.introspect(with_stats=True)
        assert schema.header_row is not None and not schema.header_row.present, form
        assert [c.name for c in schema.columns] == [f"column_{i}" for i in range(1, 10)]
        assert {c.original_name for c in schema.columns} == {""} and schema.row_estimate == 120
        text = schema.model_dump_json()
        assert not [v for v in first if v in text], form  # nothing of the first record in the catalog
        frame = src.frame(schema.name)
        assert frame.height == 120 and frame.row(0)[1:3] == (first[1], first[2])
        table = src.table(schema.name)  # what Analysis and Migration read: the same rows, the first one included
        analysis = pl.concat(list(table_batches(table, 50, stage="ANALYSIS")))
        migration = pl.concat(list(batches(FileTableSource(table, schema), frame.columns, 70)))
        assert analysis.equals(frame) and migration.equals(frame), form
        frames[form] = frame
    assert frames["gzip"].equals(frames["plain"]) and frames["cp1252"].equals(frames["plain"])


def _contract(path: Path, tmp_path: Path, header: str | None = None) -> RunContract:
    lhs: dict[str, object] = {"source": {"type": "file"}, "location": str(path)}
    if header is not None:
        lhs["header"] = header
    return parse_contract({
        "run_id": "01J00000000000000000000000", "roadmap_version": "1.1.0", "mode": "data_mode", "lhs": lhs,
        "rhs": {"source": {"type": "file"}, "location": str(tmp_path / "t.db")},
        "pii_policy": {"mask_before_send": True, "local_only_override": False}, "budget_caps": {},
        "threshold_profile_id": "tp_default_v1", "dsl_version": "1.0.0", "cache_scope": {"run": None},
        "human_confirm_required": True, "rbac_actor": {"user_id": "u", "role": "Analyst"},
        "sample_caps": {"rows_max": 50, "bytes_max": 1_000_000}})


def _build(contract: RunContract, policy: PolicyEngine) -> tuple[MemoryLedger, object]:
    ledger = MemoryLedger()
    catalog, _ = build_catalog(contract, open_source(contract.lhs), policy=policy, ledger=ledger,
                               artifacts=MemoryArtifacts())
    return ledger, catalog


def test_the_decision_is_on_the_ledger_without_a_value(tmp_path: Path, policy: PolicyEngine) -> None:
    rows = _people(80, seed=8)
    path = _write(tmp_path / "people.csv", rows)
    ledger, catalog = _build(_contract(path, tmp_path), policy)
    events = ledger.events(catalog.run_id)  # type: ignore[attr-defined]
    (ev,) = [e for e in events if e.action == HEADER_ACTION]
    assert [e.action for e in events][-1] == "catalog.build"
    detail = ev.detail["tables"]["people"]
    assert detail["present"] is False and detail["setting"] == "auto" and detail["confidence"] >= 0.9
    blob = "\n".join(e.model_dump_json() for e in events) + catalog.model_dump_json()  # type: ignore[attr-defined]
    assert not [v for v in rows[0] if v in blob]


def test_the_contract_setting_wins_both_ways(tmp_path: Path, policy: PolicyEngine) -> None:
    rows = _people(40, seed=9)
    headerless = _write(tmp_path / "a.csv", rows)
    headed = _write(tmp_path / "b.csv", rows, HEADER)
    _, cat = _build(_contract(headed, tmp_path, "absent"), policy)
    (t,) = cat.tables  # type: ignore[attr-defined]
    assert t.row_estimate == 41 and t.columns[0].name == "column_1" and t.header_row.setting == "absent"
    _, cat = _build(_contract(headerless, tmp_path, "present"), policy)
    (t,) = cat.tables  # type: ignore[attr-defined]
    assert t.row_estimate == 39 and t.header_row.present and t.header_row.setting == "present"
    assert [c.name for c in t.columns][1:3] == [rows[0][1].lower(), rows[0][2].lower()]  # as the user said
    assert t.header_row.masked_names == [4, 6, 7]  # but no DNI, e-mail or phone as a name
    assert not [v for v in (rows[0][3], rows[0][5], rows[0][6]) if v in t.model_dump_json()]


def test_the_setting_is_validated_and_the_default_leaves_the_hash(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    auto, explicit = _contract(path, tmp_path), _contract(path, tmp_path, "auto")
    assert auto.contract_hash() == explicit.contract_hash() and '"header"' not in auto.canonical()
    assert _contract(path, tmp_path, "absent").contract_hash() != auto.contract_hash()
    with pytest.raises(DeterministicFailure, match="lhs.header"):
        _contract(path, tmp_path, "sometimes")


def test_a_sql_source_takes_no_header_setting(tmp_path: Path) -> None:
    bad: Callable[[], RunContract] = lambda: parse_contract({  # noqa: E731
        **_contract(tmp_path / "x.csv", tmp_path).model_dump(mode="json"),
        "lhs": {"source": {"type": "sql"}, "location": "sqlite:///x.db", "header": "absent"}})
    with pytest.raises(DeterministicFailure, match="file sources only"):
        bad()


def test_a_landing_folder_can_say_its_files_have_no_header_row(tmp_path: Path) -> None:
    from core.landing import FileSignature, ReadyFile, contract_for

    (tmp_path / "_mapwright.yaml").write_text("header: absent\n", encoding="utf-8")
    landed = ReadyFile(path=str(tmp_path / "x.csv"), signature=FileSignature(size=1, mtime_ns=0))
    contract = contract_for(landed, tmp_path)
    assert contract.lhs.header == "absent" and contract.lhs.location == landed.path
    (tmp_path / "_mapwright.yaml").write_text("mode: data_mode\n", encoding="utf-8")
    assert contract_for(landed, tmp_path).lhs.header == "auto"


def test_the_cli_takes_the_setting(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from orchestration.cli import cli

    db = f"sqlite:///{tmp_path / 'meta.db'}"
    args = ["--db-url", db, "run", "create", "--lhs", str(tmp_path / "x.csv"), "--rhs", str(tmp_path / "t.db"),
            "--mode", "data_mode", "--header", "absent", "--json"]
    out = CliRunner().invoke(cli, args)
    assert out.exit_code == 0, out.output
    from adapters.metadata_store import open_store

    store = open_store(db)
    assert store.require_run(json.loads(out.output)["run_id"]).contract.lhs.header == "absent"
    store.close()


def test_parquet_has_names_and_no_decision(tmp_path: Path) -> None:
    path = tmp_path / "p.parquet"
    pl.DataFrame({"a": [1, 2], "b": ["x", "y"]}).write_parquet(path)
    (schema,) = FileSource(path).introspect(with_stats=False)
    assert schema.header_row is None and [c.name for c in schema.columns] == ["a", "b"]


def test_the_run_summary_names_a_headerless_table(tmp_path: Path, policy: PolicyEngine) -> None:
    from core.ledger import Stage
    from orchestration.summary import _figures

    ledger, catalog = _build(_contract(_write(tmp_path / "people.csv", _people(30, seed=10)), tmp_path), policy)
    line = _figures(Stage.INGEST, ledger.events(catalog.run_id))  # type: ignore[attr-defined]
    assert "no header row (first record read as data): people" in line and "30 source rows" in line


def test_repeated_header_names_alone_do_not_make_a_first_record_data() -> None:
    rows = [["Lima", "Peru", "x"], ["Cusco", "Peru", "y"]]
    assert detect_header(["qq", "qq", "qq"], rows).present  # no evidence but the repeats


@pytest.mark.parametrize("cell", ["c_12e2692694", "_ownerid_value@OData.Community.Display.V1.FormattedValue",
                                  "sha256_0123456789", "Q1 2023"])
def test_names_made_of_codes_are_kept(cell: str) -> None:
    d = detect_header(["Lima", cell], [["Cusco", "x"], ["Puno", "y"]])  # no evidence: low confidence
    _, names, _, d2 = header_names(["Lima", cell], d)
    assert d.confidence < 0.75 and d2.masked_names == [] and names[1] != "column_2"


# -- free-text headers of a low-confidence decision, and id shapes (issue 11 review) ----------------------------
FREE_TEXT = [["Carmen Ibáñez Moreno", "Calle Toledo 12, 2ºA", "Alergia a penicilina, contactar hija"],
             ["Jorge Salas Núñez", "Avenida de América 4, 1ºB", "Sin observaciones"],
             ["Lucía Fernández de la Torre", "Plaza Mayor 3", "Diabetes tipo 2, insulina diaria"],
             ["Andrés Gil", "Rúa do Franco 18, bajo", "Llamar por la tarde"]]


def test_a_headerless_free_text_file_stores_no_value_as_a_name() -> None:
    """No column gives evidence: the first record is kept as the header, but none of its cells becomes a name."""
    first, rows = FREE_TEXT[0], FREE_TEXT[1:]
    d = detect_header(first, rows)
    raw, names, steps, d2 = header_names(first, d, rows)
    assert d.present and d.confidence < 0.75
    assert names == ["column_1", "column_2", "column_3"] and d2.masked_names == [1, 2, 3]
    assert raw == ["Aaaaaa Aaaaaa Aaaaaa", "Aaaaa Aaaaaa 99, 9aA", "Aaaaaaa a aaaaaaaaaa, aaaaaaaaa aaaa"]
    assert [s["looks_like"] for s in steps if s["op"] == "masked_header"] == ["name", "address", "sentence"]
    text = json.dumps([raw, names, steps, d2.model_dump()], ensure_ascii=False)
    assert not any(part in text for cell in first for part in cell.replace(",", " ").split() if len(part) > 2)


@pytest.mark.parametrize("rows_given", [True, False], ids=["with_rows", "cells_only"])
def test_labels_of_a_low_confidence_header_are_kept(rows_given: bool) -> None:
    """Catalog header words, a numbered run and (with the rows) a label over a typed column stay names in a
    low-confidence header, even when they look like free text; so does a single word."""
    first = ["Nombre Completo", "Direccion Postal", "Fecha de Nacimiento", "Lima", "1", "2", "3", "Fecha Alta Cliente"]
    rows = [[g, f"Calle {i}", "x", "Cusco", "a", "b", "c", f"0{i}/03/2020"] for i, g in enumerate(FREE_TEXT[0], 1)]
    low = HeaderRow(present=True, confidence=0.5)
    _, names, _, d2 = header_names(first, low, rows if rows_given else None)
    assert d2.masked_names == ([] if rows_given else [8])  # without the rows the typed column's label is no evidence
    assert names[:3] == ["nombre_completo", "direccion_postal", "fecha_de_nacimiento"]


def test_value_looking_cells_are_kept_when_the_header_is_confident() -> None:
    first = FREE_TEXT[0]
    _, names, _, d2 = header_names(first, HeaderRow(present=True, confidence=0.8), FREE_TEXT[1:])
    assert d2.masked_names == [] and not any(n.startswith("column_") for n in names)


def test_a_confident_header_keeps_its_capitalised_names() -> None:
    rows = _people(30, seed=11)
    first = ["Customer Id", "Given Name", "Family Name", "Dni", "Birth Date", "Email", "Phone", "Home City", "Balance"]
    d = detect_header(first, rows)
    _, names, _, d2 = header_names(first, d, rows)
    assert d.present and d.confidence >= 0.75 and d2.masked_names == []
    assert not any(n.startswith("column_") for n in names)


@pytest.mark.parametrize("cell", ["12345678Z", "X1234567L", "AB123456C", "AB 12 34 56 C",
                                  "ES91 2100 0418 4502 0005 1332", "GB29NWBK60161331926819", "ana.ruiz@MiEmpresa.es"])
@pytest.mark.parametrize("setting", ["auto", "present"])
def test_ids_with_letters_and_camel_case_mail_are_never_names(cell: str, setting: str) -> None:
    rows = [["Cusco", "x"], ["Puno", "y"]]
    d = detect_header(["city", cell], rows, setting)  # type: ignore[arg-type]
    raw, names, steps, d2 = header_names(["city", cell], d, rows)
    assert names == ["city", "column_2"] and d2.masked_names == [2]
    assert cell not in json.dumps([raw, steps], ensure_ascii=False)


@pytest.mark.parametrize("cell", ["Q1 2023", "ABC12", "v2_2023_final", "sales 2024", "Order Total",
                                  "item@odata.etag"])
def test_short_codes_and_plain_labels_stay_names_in_a_confident_header(cell: str) -> None:
    rows = [["Cusco", "x"], ["Puno", "y"]]
    _, names, _, d2 = header_names(["city", cell], detect_header(["city", cell], rows, "present"), rows)
    assert d2.masked_names == [] and names[1] != "column_2"
