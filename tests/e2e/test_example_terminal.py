"""What a person sees in the terminal when the README's main job stops at a held gate: the summary with
the hold as one sentence and the command to continue; Dagster's own log in the file the summary names,
not on the screen; no stack trace."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.e2e.procs import PROJECT, base_env


def test_a_held_gate_is_a_sentence_and_dagster_logs_to_a_file(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"  # a reviewer who confirms nothing: the domain gate stays held
    answers.write_text("reviewer: {user_id: op, role: Operator}\nstages: {}\n")
    env = base_env(MAPWRIGHT_HOME=str(tmp_path / "var"), DAGSTER_HOME=str(tmp_path / "dagster_home"))
    env.pop("MAPWRIGHT_DB_URL", None)
    done = subprocess.run([sys.executable, "-m", "orchestration.example", "--answers", str(answers)], cwd=PROJECT,
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    screen = done.stdout + done.stderr
    assert "HELD at DOMAINS: gate domain_assignments_gate held: 1 borderline column(s) need review: " \
           "Amount (customers)." in screen
    assert re.search(r"mapwright run confirm \S+ --stage DOMAINS", screen)
    # The stages after the hold are "not run", with no figures (zeros would read as results).
    assert re.search(r"^  MAPPING +not run", done.stdout, re.MULTILINE) and "0 target columns" not in screen
    assert "Traceback" not in screen and " - dagster - " not in screen, screen[-3000:]
    log = re.search(r"^Dagster log: (.+)$", done.stdout, re.MULTILINE)
    assert log is not None, done.stdout
    text = Path(log.group(1)).read_text()
    assert " - dagster - DEBUG - ingest_job - " in text and "domain_assignments_gate" in text
