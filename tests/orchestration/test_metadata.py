"""What the Dagster UI gets from a stage outcome: Markdown tables as table entries, gates as checks."""

from __future__ import annotations

import dagster as dg

from core.gates import domain_assignments_gate
from core.markdown import markdown_table
from orchestration.metadata import gate_check_result, table_metadata


def test_a_pipe_table_becomes_a_table_entry_with_every_cell_whole() -> None:
    long = "high 0.99 >= tau_high 0.82: alias 'first name'; components {'name_sim': 1.0, 'value_sim': 0.95}"
    md = markdown_table(["column", "rationale | why"], [["First Name", long], ["a|b", None]], max_cell=None)
    meta = table_metadata({"rationale": md})
    table = meta["rationale"]
    assert isinstance(table, dg.TableMetadataValue)
    assert [c.name for c in table.schema.columns] == ["column", "rationale | why"]
    assert [r.data for r in table.records] == [{"column": "First Name", "rationale | why": long},
                                               {"column": "a|b", "rationale | why": ""}]


def test_a_caption_becomes_a_note_and_several_tables_are_named_by_theirs() -> None:
    one = "**customers** (3 rows) from `x.csv`\n\n" + markdown_table(["a"], [[1]])
    meta = table_metadata({"preview": one})
    assert list(meta) == ["preview (about)", "preview"]
    about = meta["preview (about)"]
    assert isinstance(about, dg.MarkdownMetadataValue) and "customers" in about.value
    two = one + "\n\n**orders** (2 rows) from `y.csv`\n\n" + markdown_table(["b"], [[2]])
    named = table_metadata({"preview": two})
    assert list(named) == ["preview: customers (3 rows) from x.csv", "preview: orders (2 rows) from y.csv"]


def test_code_images_and_plain_text_stay_markdown_and_empty_values_are_left_out() -> None:
    meta = table_metadata({"compiled_sql": "```sql\nSELECT 1\n\nSELECT 2\n```", "plot": "![x](data:image/svg+xml;a)",
                           "note": "_no sample_", "empty": ""})
    assert set(meta) == {"compiled_sql", "plot", "note"}
    assert all(isinstance(v, dg.MarkdownMetadataValue) for v in meta.values())


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
