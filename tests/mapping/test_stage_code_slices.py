"""Session 15 end to end through the mapping stage: a container table whose owner code and full/empty flag hide in
columns under headers nothing reads (code slice, silent flag)."""

from __future__ import annotations

import csv
import random
from pathlib import Path

from core.artifacts import ArtifactKind
from core.mapping.plan import MappingPlan
from core.mapping.stage import run_mapping

TARGET = """table: gate_move
columns:
  - {name: move_id, type: int, key: true, nullable: false}
  - {name: owner_code, type: string}
  - {name: is_full, type: bool}
  - {name: gross_kg, type: int}
examples:
  - {move_id: 9001, owner_code: "HLBU", is_full: true, gross_kg: 21000}
  - {move_id: 9002, owner_code: "TCLU", is_full: false, gross_kg: 3900}
  - {move_id: 9003, owner_code: "MAEU", is_full: true, gross_kg: 18500}
"""
OWNERS = ["MSCU", "OOLU", "MAEU", "HLBU", "TCLU", "CMAU"]


def _files(tmp_path: Path) -> tuple[Path, Path]:
    rng = random.Random(15)
    src = tmp_path / "moves.csv"
    with src.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Nr", "Kontener", "Pelny", "Masa"])
        for k in range(60):
            o, num = rng.choice(OWNERS), rng.randint(100000, 999999)
            w.writerow([100 + k, rng.choice([f"{o}{num}{rng.randint(0, 9)}", f"{o} {num} {rng.randint(0, 9)}"]),
                        rng.choice(["Tak", "Nie", "tak"]), rng.randint(2000, 30000)])
    tgt = tmp_path / "gate_move.yaml"
    tgt.write_text(TARGET, encoding="utf-8")
    return src, tgt


def test_owner_code_is_read_from_the_container_number(make_run, ports, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src, tgt = _files(tmp_path)
    c = make_run(source=src, target=tgt, mode="data_mode", key="slices")
    run_mapping(c, ports)
    plan = MappingPlan.model_validate(ports.artifacts.latest(c.run_id, ArtifactKind.MAPPING_PLAN).payload)
    owner = plan.column("owner_code")
    assert owner.sources == ["kontener"]  # the loader's normalised names
    assert owner.figures and owner.figures["pass_rate"] == 1.0
    assert owner.kind == "decompose" and "characters 1-4" in " ".join(owner.rationale)  # the slice strategy
    # the silent flag leads the boolean target's candidates (what the eval scores); at 0.36 in this small table it
    # stays under the assignment bar, so the plan leaves the nullable column empty rather than guess
    full = plan.column("is_full")
    assert full.alternatives and full.alternatives[0].sources == ["pelny"]
