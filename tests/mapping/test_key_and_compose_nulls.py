"""Plans on a copy of the example with blank name parts and a mistyped key: a compose of null/blank parts is
NULL (not ``''``) and a key value of another shape is null (not its digits), so NOT NULL / key checks quarantine
the rows instead of loading a blank name or a changed key."""

from __future__ import annotations

import csv
from pathlib import Path

import polars as pl

from core.artifacts import ArtifactKind
from core.mapping.plan import MappingPlan
from core.mapping.stage import run_mapping
from core.mapping.strategies import key_shape
from core.paths import EXAMPLES
from dsl.compile_polars import apply_pipeline
from dsl.models import Pipeline


def _copy(tmp_path: Path) -> Path:
    with (EXAMPLES / "source" / "customers.csv").open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    for i in (5, 6, 7):  # ids 100004-100006: no first or last name
        rows[i][1] = rows[i][2] = "" if i != 6 else "   "
    rows[10][0] = "x12"  # id 100009 mistyped
    out = tmp_path / "customers.csv"
    with out.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return out


def test_blank_compose_is_null_and_a_misshapen_key_is_not_its_digits(make_run, ports, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = _copy(tmp_path)
    c = make_run(source=src, key="fixux")
    run_mapping(c, ports)
    plan = MappingPlan.model_validate(ports.artifacts.latest(c.run_id, ArtifactKind.MAPPING_PLAN).payload)
    frame = pl.read_csv(src, infer_schema=False)
    frame = frame.rename({n: n.lower().replace(" ", "_") for n in frame.columns})
    names = plan.column("full_name")
    assert names.pipeline is not None and set(names.sources) == {"first_name", "last_name"}
    full = apply_pipeline(frame, Pipeline.model_validate(names.pipeline)).collect()["full_name"].to_list()
    assert full[4:7] == [None, None, None] and full[0] == "José Jones" and full[3] == "Robert Hall"
    key = plan.column("customer_id")
    assert key.pipeline is not None
    ids = apply_pipeline(frame, Pipeline.model_validate(key.pipeline)).collect()["customer_id"].to_list()
    assert ids[9] is None and ids[0] == 100000 and ids[10] == 100010 and 12 not in ids


def test_key_shape_reads_the_whole_value() -> None:
    assert key_shape(["100000", " 100001 ", "x12"] + [str(i) for i in range(20)]) == "^([0-9]+)$"
    assert key_shape(["C-1", "C-22"]) == r"^C-([0-9]+)$"
    assert key_shape(["A1", "B2", "C3"]) is None  # no one shape: digits alone would collide
