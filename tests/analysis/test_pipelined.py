"""Overlapped batches (checked concurrently, folded in order) give exactly the sequential report, and an
error in the middle of the stream stops the workers and writes nothing."""

from __future__ import annotations

import threading
from collections.abc import Callable

import polars as pl
import pytest

from core.analysis import pipelined
from core.analysis.stage import AnalysisPorts, latest_report, run_analysis
from core.artifacts import ArtifactKind
from core.contract import RunContract
from core.errors import DeterministicFailure
from core.ledger import Stage
from orchestration.analysis.source import file_batches
from orchestration.example import EXAMPLE_SOURCE

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def _sliced(rows: int, fail_after: int | None = None) -> Callable[[int, Callable[[pl.DataFrame], None]], None]:
    def stream(_: int, consume: Callable[[pl.DataFrame], None]) -> None:
        def cut(batch: pl.DataFrame) -> None:
            for i, part in enumerate(batch.iter_slices(rows)):
                if fail_after is not None and i == fail_after:
                    raise DeterministicFailure("the source went away mid-read", stage="ANALYSIS")
                consume(part)

        file_batches(EXAMPLE_SOURCE)(1_000_000, cut)

    return stream


def test_concurrent_batches_give_the_sequential_report(planned: Callable[..., RunContract],
                                                       analysis_ports: Callable[..., AnalysisPorts],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    contract = planned()
    reports = []
    for workers in (1, 3):
        monkeypatch.setattr(pipelined, "WORKERS", workers)
        ports = analysis_ports()
        ports.source_batches = _sliced(83)
        run_analysis(contract, ports)
        reports.append(latest_report(ports, contract.run_id))
    one, three = reports
    assert one.rows == 1000 and one.findings and one.histograms
    # profiles, findings with their sample keys and shapes, fixes, drift histograms: all the same
    assert one.model_dump(exclude={"drift", "drift_reference"}) == three.model_dump(
        exclude={"drift", "drift_reference"})
    assert three.drift_reference is not None and three.drift_reference.kind == "previous_report"
    assert three.drift and all(d.psi == 0.0 and d.ks == 0.0 for d in three.drift)


def test_an_error_mid_stream_stops_the_workers_and_writes_no_report(
        planned: Callable[..., RunContract], analysis_ports: Callable[..., AnalysisPorts]) -> None:
    contract = planned()
    ports = analysis_ports()
    ports.source_batches = _sliced(83, fail_after=6)
    with pytest.raises(DeterministicFailure, match="went away"):
        run_analysis(contract, ports)
    assert not ports.artifacts.list(contract.run_id, ArtifactKind.ANALYSIS_REPORT)
    events = ports.ledger.events(contract.run_id, Stage.ANALYSIS)
    assert events and events[-1].error_code == "DETERMINISTIC_FAILURE" and "went away" in events[-1].detail["message"]
    assert not [t for t in threading.enumerate() if t.name.startswith("mapwright-analysis")]
