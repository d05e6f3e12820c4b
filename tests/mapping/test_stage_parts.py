"""run_mapping end to end with the session-9 compose/decompose: a date and a time of day feed a
timestamp, a national id feeds a birth date; each gets a validated DSL pipeline in the plan."""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

from core.artifacts import ArtifactKind
from core.mapping.plan import MappingPlan
from core.mapping.stage import run_mapping

TARGET = """table: shift
columns:
  - {name: shift_id, type: int, domain: id.record_id, key: true, nullable: false}
  - {name: national_id, type: string, domain: id.national_id}
  - {name: birth_date, type: date, domain: person.date_of_birth}
  - {name: work_date, type: date, domain: datetime.date}
  - {name: clock_in_at, type: datetime, domain: datetime.timestamp}
examples:
  - {shift_id: 9001, national_id: "19660101-1234", birth_date: "1966-10-21", work_date: "2024-06-03",
     clock_in_at: "2024-06-03T08:42:00"}
  - {shift_id: 9002, national_id: "19700202-2345", birth_date: "1964-06-01", work_date: "2024-06-04",
     clock_in_at: "2024-06-04T08:52:00"}
  - {shift_id: 9003, national_id: "19950519-3456", birth_date: "1995-05-19", work_date: "2024-06-05",
     clock_in_at: "2024-06-05T09:01:00"}
"""


def _files(tmp_path: Path) -> tuple[Path, Path]:
    rnd = random.Random(9)
    src = tmp_path / "shifts.csv"
    with src.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["shift_id", "pnr", "day", "in_time"])
        for k in range(60):
            b = dt.date(rnd.randint(1950, 2000), rnd.randint(1, 12), rnd.randint(1, 28))
            day = dt.date(2024, 3, 1) + dt.timedelta(days=k)
            w.writerow([100 + k, f"{b:%Y%m%d}-{rnd.randint(0, 9999):04d}", f"{day:%d.%m.%Y}",
                        f"{rnd.choice([8, 9])}:{rnd.randint(0, 59):02d}"])
    tgt = tmp_path / "shift.yaml"
    tgt.write_text(TARGET, encoding="utf-8")
    return src, tgt


def test_compose_and_decompose_get_validated_pipelines(make_run, ports, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src, tgt = _files(tmp_path)
    c = make_run(source=src, target=tgt, mode="data_mode", key="parts")
    run_mapping(c, ports)
    plan = MappingPlan.model_validate(ports.artifacts.latest(c.run_id, ArtifactKind.MAPPING_PLAN).payload)
    clock = plan.column("clock_in_at")
    assert clock.sources == ["day", "in_time"] and clock.decision == "accept"
    assert clock.figures and clock.figures["pass_rate"] == 1.0
    birth = plan.column("birth_date")
    assert birth.sources == ["pnr"] and birth.decision == "accept" and birth.figures["pass_rate"] == 1.0
