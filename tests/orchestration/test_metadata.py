"""What the Dagster UI gets from a stage outcome: tables as typed table entries, code in place, gates as checks."""

from __future__ import annotations

import dagster as dg

from core.display import Code, Table
from core.gates import domain_assignments_gate
from core.stage import OutputOutcome
from orchestration.metadata import MD_INLINE_MAX, gate_check_result, outcome_metadata


def test_a_table_becomes_a_typed_table_entry_with_every_cell_whole() -> None:
    long = "high 0.99 >= tau_high 0.82: alias 'first name'; components {'name_sim': 1.0, 'value_sim': 0.95}"
    table = Table.of(["column", "rationale | why", "rows", "rate", "ok"],
                     [["First Name", long, 3, 0.5, True], ["a|b", None, 4, 1, False]])
    meta = outcome_metadata(OutputOutcome(name="x", tables={"rationale": table}))
    value = meta["rationale"]
    assert isinstance(value, dg.TableMetadataValue)
    assert [(c.name, c.type) for c in value.schema.columns] == [
        ("column", "string"), ("rationale | why", "string"), ("rows", "int"), ("rate", "float"), ("ok", "bool")]
    assert [r.data for r in value.records] == [
        {"column": "First Name", "rationale | why": long, "rows": 3, "rate": 0.5, "ok": True},
        {"column": "a|b", "rationale | why": "", "rows": 4, "rate": 1, "ok": False}]


def test_a_note_is_an_about_entry_right_above_its_table() -> None:
    tables = {"preview: customers": Table.of(["a"], [[1]], note="customers: 3 rows from x.csv"),
              "preview: orders": Table.of(["b"], [[2]])}
    meta = outcome_metadata(OutputOutcome(name="x", tables=tables))
    assert list(meta) == ["preview: customers (about)", "preview: customers", "preview: orders"]
    about = meta["preview: customers (about)"]
    assert isinstance(about, dg.MarkdownMetadataValue) and about.value == "customers: 3 rows from x.csv"


def test_code_is_a_fenced_block_in_place_or_text_when_the_ui_would_fold_it() -> None:
    short = Code(language="sql", text="SELECT\n  1")
    long = Code(language="sql", text="SELECT\n  " + ",\n  ".join(f"col_{i}" for i in range(MD_INLINE_MAX // 8)))
    meta = outcome_metadata(OutputOutcome(name="x", code={"SQL: a": short, "SQL: b": long},
                                          notes={"plot": "![x](data:image/svg+xml;a)", "empty": " "}))
    assert list(meta) == ["SQL: a", "SQL: b", "plot"]
    assert isinstance(meta["SQL: a"], dg.MarkdownMetadataValue) and meta["SQL: a"].value == "```sql\nSELECT\n  1\n```"
    assert isinstance(meta["SQL: b"], dg.TextMetadataValue)  # a Markdown entry this long would sit behind a link
    assert meta["SQL: b"].value == long.text
    assert isinstance(meta["plot"], dg.MarkdownMetadataValue)


def test_the_markdown_of_a_table_is_what_the_cli_prints() -> None:
    table = Table.of(["check", "detail"], [["a|b", None]], note="two checks")
    assert table.markdown() == "two checks\n\n| check | detail |\n|---|---|\n| a\\|b |  |"


def test_a_held_gate_is_a_failed_check_whose_reason_names_the_columns() -> None:
    gate = domain_assignments_gate({"columns": 3, "borderline": 1, "low": 1},
                                   held={"borderline": ["Amount (customers)"], "low": ["Notes (customers)"]})
    check = gate_check_result(gate)
    assert not check.passed and check.severity is dg.AssetCheckSeverity.ERROR
    assert check.description == ("hold: 1 borderline column(s) need review: Amount (customers); "
                                 "1 column(s) below tau_low (unknown): Notes (customers)")
    assert check.metadata["reasons"].value == check.description.removeprefix("hold: ")
    figures = check.metadata["figures"]
    assert isinstance(figures, dg.TableMetadataValue)
    assert {r.data["figure"]: r.data["value"] for r in figures.records} == {"columns": "3", "borderline": "1",
                                                                            "low": "1"}


def test_figures_come_first_and_one_named_like_a_table_keeps_its_own_entry() -> None:
    out = OutputOutcome(name="x", figures={"rows": 3, "findings": 2},
                        tables={"findings": Table.of(["rule"], [["a"], ["b"]])})
    meta = outcome_metadata(out)
    assert list(meta) == ["rows", "findings_count", "findings"]
    assert meta["findings_count"] == 2 and isinstance(meta["findings"], dg.TableMetadataValue)
