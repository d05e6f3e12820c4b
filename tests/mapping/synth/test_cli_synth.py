"""``mapwright synth``: examples in, pipeline and outputs out; bad input is a taxonomy error."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from orchestration.cli import cli


def test_synth_json() -> None:
    res = CliRunner().invoke(cli, ["synth", "--example", "5551234567=>(555) 123-4567", "--example",
                                   "2125550199=>(212) 555-0199", "--apply", "4155552671", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["solved_all"] is True and data["pipeline"]["outputs"] == ["out"]
    assert data["outputs"][-1] == {"in": ["4155552671"], "out": "(415) 555-2671"}


def test_synth_text_and_multi_input() -> None:
    res = CliRunner().invoke(cli, ["synth", "--inputs", "first,last", "--example", "John||Smith=>Smith, John",
                                   "--example", "Ann||Lee=>Lee, Ann", "--apply", "Zoe||Kim"])
    assert res.exit_code == 0, res.output
    assert '"op": "concat"' in res.output and "Zoe || Kim => Kim, Zoe" in res.output


def test_synth_input_json(tmp_path: Path) -> None:
    f = tmp_path / "ex.json"
    f.write_text(json.dumps({"inputs": ["d"], "examples": [{"in": ["2024-03-05"], "out": "05.03.2024"},
                                                           {"in": ["1999-12-31"], "out": "31.12.1999"}],
                             "apply": [["2010-10-20"]]}))
    res = CliRunner().invoke(cli, ["synth", "--input-json", str(f), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["outputs"][-1]["out"] == "20.10.2010"


def test_synth_errors() -> None:
    res = CliRunner().invoke(cli, ["synth", "--example", "a=>x", "--example", "a=>y"])
    assert res.exit_code == 1 and "DETERMINISTIC_FAILURE" in res.output and "#0 and #1" in res.output
    res = CliRunner().invoke(cli, ["synth", "--example", "no arrow"])
    assert res.exit_code == 1 and "INPUT=>OUTPUT" in res.output
    res = CliRunner().invoke(cli, ["synth"])
    assert res.exit_code == 1 and "no examples" in res.output
