"""A bad answers file (`scripts/example.sh --answers FILE`) is one taxonomy error naming the fix, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import DeterministicFailure
from orchestration.answers import load_answers
from orchestration.example import main

CASES = {
    "bad_yaml": ("reviewer: [oops\n", "is not valid YAML at line 2, column 1"),
    "a_list": ("- a\n- b\n", "the file: Input should be a valid dictionary"),
    "bad_role": ("reviewer: {user_id: x, role: Wizard}\n", "reviewer.role: Input should be"),
    "unknown_stage": ("reviewer: {user_id: x, role: Operator}\nstages: {DOMAIN: {confirm: true}}\n", "stages.DOMAIN"),
    "not_utf8": (b"reviewer: \xff\xfe\n", "cannot be read (UnicodeDecodeError)"),
    "too_deep": ("[" * 5000 + "]" * 5000 + "\n", "is nested too deeply to read"),  # RecursionError in the parser
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_bad_answers_file_names_the_place_and_the_fix(tmp_path: Path, case: str) -> None:
    content, expected = CASES[case]
    path = tmp_path / "answers.yaml"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(DeterministicFailure) as info:
        load_answers(path)
    message = info.value.message
    assert expected in message and str(path) in message
    assert "examples/answers.yaml shows the format" in message
    assert "errors.pydantic.dev" not in message and "\n" not in message


def test_a_missing_answers_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(DeterministicFailure, match=r"cannot be read \(No such file or directory\); fix the file"):
        load_answers(tmp_path / "nope.yaml")


@pytest.mark.parametrize("content", ["reviewer: [oops\n", "[" * 5000 + "]" * 5000 + "\n"], ids=["bad", "deep"])
def test_the_example_stops_with_one_line_on_bad_yaml(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                     content: str) -> None:
    """The example reads the answers before it touches Dagster: exit 1 and one line on stderr, no traceback."""
    path = tmp_path / "answers.yaml"
    path.write_text(content)
    assert main(["--answers", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("example stopped [DETERMINISTIC_FAILURE]: answers file") and "Traceback" not in err
    assert err.count("\n") == 1
