"""Landing-zone planning: new/changed files only, blind to half-written and temp files."""

from __future__ import annotations

import os
import time
from pathlib import Path

from core.landing import LandingCursor, contract_for, plan_tick


def _write(p: Path, text: str, age_s: float = 60) -> None:
    p.write_text(text)
    t = time.time() - age_s
    os.utime(p, (t, t))


def test_file_must_be_stable_for_two_ticks(tmp_path: Path) -> None:
    _write(tmp_path / "a.csv", "x\n1\n")
    ready, cur = plan_tick(LandingCursor(), tmp_path, settle_s=5)
    assert ready == [] and len(cur.pending) == 1
    ready, cur = plan_tick(cur, tmp_path, settle_s=5)
    assert [Path(r.path).name for r in ready] == ["a.csv"]
    ready, cur = plan_tick(cur, tmp_path, settle_s=5)
    assert ready == []  # already submitted: restart-safe through the cursor


def test_growing_file_is_not_ready_until_it_stops(tmp_path: Path) -> None:
    p = tmp_path / "b.csv"
    _write(p, "x\n1\n")
    _, cur = plan_tick(LandingCursor(), tmp_path, settle_s=5)
    _write(p, "x\n1\n2\n")  # still being written: signature changed
    ready, cur = plan_tick(cur, tmp_path, settle_s=5)
    assert ready == []
    ready, _ = plan_tick(cur, tmp_path, settle_s=5)
    assert len(ready) == 1


def test_recent_mtime_temp_names_and_truncated_parquet_are_ignored(tmp_path: Path) -> None:
    _write(tmp_path / "fresh.csv", "x\n1\n", age_s=0)
    _write(tmp_path / "c.csv.part", "x\n1\n")
    _write(tmp_path / ".hidden.csv", "x\n1\n")
    (tmp_path / "half.parquet").write_bytes(b"PAR1" + b"\0" * 40)
    t = time.time() - 60
    os.utime(tmp_path / "half.parquet", (t, t))
    cur = LandingCursor()
    for _ in range(3):
        ready, cur = plan_tick(cur, tmp_path, settle_s=5)
        assert ready == []


def test_changed_file_becomes_a_new_run(tmp_path: Path) -> None:
    p = tmp_path / "d.csv"
    _write(p, "x\n1\n", age_s=100)
    _, cur = plan_tick(LandingCursor(), tmp_path, settle_s=5)
    ready1, cur = plan_tick(cur, tmp_path, settle_s=5)
    _write(p, "x\n1\n2\n", age_s=50)
    _, cur = plan_tick(cur, tmp_path, settle_s=5)
    ready2, cur = plan_tick(cur, tmp_path, settle_s=5)
    (tmp_path / "_mapwright.yaml").write_text("mode: metadata_only\nrole: Analyst\n")
    c1, c2 = contract_for(ready1[0], tmp_path), contract_for(ready2[0], tmp_path)
    assert c1.run_id != c2.run_id
    assert c1.mode.value == "metadata_only" and c1.rbac_actor.role.value == "Analyst"
    assert contract_for(ready1[0], tmp_path).run_id == c1.run_id  # same file version -> same run


def test_malformed_or_overreaching_defaults_are_clear_errors(tmp_path: Path) -> None:
    import pytest

    from core.errors import DeterministicFailure
    from core.landing import folder_defaults

    (tmp_path / "_mapwright.yaml").write_text("mode: [unclosed\n")
    with pytest.raises(DeterministicFailure, match="invalid landing defaults"):
        folder_defaults(tmp_path)
    (tmp_path / "_mapwright.yaml").write_text("request_key: x\nrun_id: 01ARZ3NDEKTSV4RRFFQ69G5FAV\n")
    with pytest.raises(DeterministicFailure, match="request_key"):
        folder_defaults(tmp_path)
