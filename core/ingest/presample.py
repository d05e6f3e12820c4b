"""Speculative sampling in the catalog's statistics pass (a speed-up only; results never change).

The sampling plan (:func:`core.ingest.sampling.choose_plan`) depends on the finished catalog (key
and strata come from whole-table statistics), so the sample normally costs a second full scan.
When the run will sample (the stage says so: :meth:`core.ingest.ports.SamplePrefetch.expect_samples`),
a source may *predict* the plan from the key-candidate head probe (:func:`predict_plan`: the same
``choose_plan`` applied to statistics of the first ``HEAD_ROWS`` rows) and draw that plan's sample
in the statistics scan (:class:`core.ingest.sampling.SampleFold`). At sampling time the
prediction is used only if it equals the plan chosen from the real catalog (and the table was
read with the same column types); otherwise the table is sampled by its own pass as before. The
sample for a given plan is the same either way, so only the number of passes depends on the
prediction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from core.catalog import ColumnSchema, ColumnStats, TableSchema
from core.contract import SampleCaps
from core.ingest.ports import SamplePlan
from core.ingest.sampling import SampleFold, choose_plan
from core.ingest.standardize import logical_type_of


def predict_plan(head: pl.DataFrame, key: str | None, caps: SampleCaps, seed: int) -> SamplePlan:
    """The plan :func:`choose_plan` would pick if the table were ``head`` with key ``key``."""
    n = head.height
    cols = []
    for i, (name, dtype) in enumerate(head.schema.items()):
        nulls = head[name].null_count()
        stats = ColumnStats(row_count=n, null_count=nulls,
                            distinct_count=min(head[name].n_unique(), n - nulls) if n else 0)
        cols.append(ColumnSchema(name=name, original_name=name, position=i + 1, logical_type=logical_type_of(dtype),
                                 physical_type=str(dtype), is_key=name == key, stats=stats))
    return choose_plan(TableSchema(name="head", source_location="", columns=cols), caps, seed)


@dataclass
class Presample:
    """One table's speculative sample: the predicted plan and the column types it was read with."""

    plan: SamplePlan
    overrides: dict[str, Any]
    fold: SampleFold
    frame: pl.DataFrame | None = field(default=None)

    def finish(self) -> None:
        """Take the fold's result once the statistics scan has completed."""
        self.frame = self.fold.result()

    def matches(self, plan: SamplePlan, overrides: Mapping[str, Any]) -> bool:
        """Whether this sample is exactly what ``plan`` over the table read with ``overrides`` gives."""
        return self.frame is not None and plan == self.plan and dict(overrides) == self.overrides


def start_presample(head: pl.DataFrame, key: str | None, caps: SampleCaps, seed: int,
                    overrides: Mapping[str, Any]) -> Presample:
    """A :class:`Presample` for the predicted plan; add ``fold.agg_expr()`` to the statistics query."""
    plan = predict_plan(head, key, caps, seed)
    return Presample(plan=plan, overrides=dict(overrides), fold=SampleFold(head.columns, plan))
