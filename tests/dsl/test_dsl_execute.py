"""Sample execution API: per-row success / near / fail against expected values."""

from __future__ import annotations

from dsl.execute import compare, run_sample
from dsl.models import Pipeline

PIPE = Pipeline.from_json({
    "inputs": ["name", "h"], "outputs": ["full", "cm"], "input_types": {"name": "string", "h": "float"},
    "steps": [{"op": "trim", "input": "name", "output": "t"},
              {"op": "case", "input": "t", "output": "full", "mode": "title"},
              {"op": "unit_convert", "input": "h", "output": "cm", "from_unit": "in", "to_unit": "cm"}]})


def test_per_row_statuses_and_counts() -> None:
    rows = [{"name": " ann lee ", "h": 10.0}, {"name": "bob  ray", "h": 10.0},
            {"name": "cy", "h": 10.0}, {"name": None, "h": None}]
    expected = [{"full": "Ann Lee", "cm": 25.4}, {"full": "Bob Ray", "cm": 25.4},
                {"full": "Cy", "cm": 30.0}, {"full": None, "cm": None}]
    res = run_sample(PIPE, rows, expected, near_match_window=0.1)
    assert [r.status for r in res.rows] == ["success", "near", "fail", "success"]
    assert (res.success, res.near, res.fail, res.total) == (2, 1, 1, 4)
    assert res.success_rate == 0.5
    assert res.rows[1].per_output == {"full": "near", "cm": "success"}
    assert res.rows[0].actual == {"full": "Ann Lee", "cm": 25.4}


def test_window_controls_near() -> None:
    assert compare(100.0, 104.0, 0.05) == "near"
    assert compare(100.0, 110.0, 0.05) == "fail"
    assert compare("Acme Corp", "ACME  corp", 0.0) == "near"  # normalized equal
    assert compare("Acme", "Apex", 0.1) == "fail"
    assert compare(None, "x", 0.5) == "fail"
    assert compare(True, 1, 0.5) == "fail"


def test_preview_without_expected() -> None:
    res = run_sample(PIPE, [{"name": "x", "h": 1.0}], None, near_match_window=0.05)
    assert res.rows[0].actual == {"full": "X", "cm": 2.54} and res.success == 1
