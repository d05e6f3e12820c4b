"""`mapwright match` with a missing file names the argument the user gave (SOURCE or TARGET): it told the user to fix
"the contract's `lhs` location", but `match` has no contract."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from orchestration.example import EXAMPLE_SOURCE, EXAMPLE_TARGET

Mw = Callable[..., Result]


@pytest.mark.parametrize(("side", "target_name"), [("SOURCE", None), ("TARGET", "gone.yaml"), ("TARGET", "gone.csv")])
def test_a_missing_match_file_names_the_argument(mw: Mw, tmp_path: Path, side: str, target_name: str | None) -> None:
    missing = tmp_path / ("gone.csv" if side == "SOURCE" else str(target_name))
    args = [str(missing), str(EXAMPLE_TARGET)] if side == "SOURCE" else [str(EXAMPLE_SOURCE), str(missing)]
    res = mw("match", *args)
    assert res.exit_code == 1
    assert res.stderr.startswith(f"ERROR [DETERMINISTIC_FAILURE] {side.lower()} {missing} is unreachable: "
                                 "file does not exist; ")
    assert f"check the {side} argument of `mapwright match`" in res.stderr
    assert "contract" not in res.stderr and "lhs" not in res.stderr
