"""The streamed profile: batch boundaries change nothing, duplicates across batches are found, the
file reader re-reads a late-typed column without repeating rows, and a changed source is refused."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest

from core.analysis.errors import SourceChanged
from core.analysis.stage import AnalysisPorts, latest_report, run_analysis
from core.artifacts import ArtifactKind
from core.contract import RunContract
from core.ledger import Stage
from core.mapping.ports import MappingPorts
from orchestration.analysis.source import file_batches
from orchestration.example import EXAMPLE_SOURCE

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def _sliced(source: Path, rows: int) -> Callable[[int, Callable[[pl.DataFrame], None]], None]:
    """The file's batches re-cut into slices of ``rows`` (ignoring the stage's batch size)."""

    def stream(_: int, consume: Callable[[pl.DataFrame], None]) -> None:
        def cut(batch: pl.DataFrame) -> None:
            for part in batch.iter_slices(rows):
                consume(part)

        file_batches(source)(1_000_000, cut)

    return stream


def _with_duplicates(tmp_path: Path) -> Path:
    src = pl.read_csv(EXAMPLE_SOURCE, infer_schema=False)
    path = tmp_path / "customers_dups.csv"
    key = src.columns[0]
    lost = src.slice(500, 1).with_columns(pl.lit(None, dtype=pl.String).alias(key))
    pl.concat([src, src.head(7), lost]).write_csv(path)
    return path


def test_batch_boundaries_change_no_figure_and_duplicate_and_missing_keys_are_found(
        planned: Callable[..., RunContract], analysis_ports: Callable[..., AnalysisPorts], tmp_path: Path) -> None:
    source = _with_duplicates(tmp_path)
    contract = planned(source=source)
    whole = analysis_ports(source)
    run_analysis(contract, whole)
    one = latest_report(whole, contract.run_id)
    sliced = analysis_ports(source)
    sliced.source_batches = _sliced(source, 97)
    run_analysis(contract, sliced)
    many = latest_report(sliced, contract.run_id)
    assert one.rows == many.rows == 1008
    assert one.profiles == many.profiles
    assert [(f.finding_id, f.count) for f in one.findings] == [(f.finding_id, f.count) for f in many.findings]
    dup = next(f for f in many.findings if f.rule == "analysis.dup_key")
    assert dup.count == 14, "both rows of each of the 7 keys repeated 900+ rows apart"
    assert 0 < len(dup.sample_keys) <= 5 and all(len(k) == 16 for k in dup.sample_keys)
    missing = next(f for f in many.findings if f.rule == "analysis.key_null")
    assert missing.count == 1 and missing.severity == "error"


def test_a_column_typed_late_is_reread_as_text_without_repeating_rows(tmp_path: Path) -> None:
    path = tmp_path / "late.csv"
    n = 12_000
    vals = [str(i) for i in range(n)]
    vals[11_500] = "not-a-number"
    pl.DataFrame({"id": list(range(n)), "code": vals}).write_csv(path)
    seen: list[pl.DataFrame] = []
    file_batches(path)(1000, seen.append)
    frame = pl.concat([b.with_columns(pl.col("code").cast(pl.String)) for b in seen])
    assert frame.height == n and frame["id"].n_unique() == n
    assert frame["code"][11_500] == "not-a-number"


def test_a_source_with_other_rows_than_at_ingest_is_refused_and_nothing_is_written(
        planned: Callable[..., RunContract], analysis_ports: Callable[..., AnalysisPorts],
        ports: MappingPorts) -> None:
    contract = planned()
    aports = analysis_ports()
    aports.source_batches = lambda rows, consume: file_batches(EXAMPLE_SOURCE)(rows, lambda b: consume(b.head(900)))
    with pytest.raises(SourceChanged) as err:
        run_analysis(contract, aports)
    assert "re-run ingest" in err.value.message and "1000 rows at ingest and has 900" in err.value.message
    assert ports.ledger.events(contract.run_id, Stage.ANALYSIS)[-1].error_code == "DETERMINISTIC_FAILURE"
    assert not ports.artifacts.list(contract.run_id, ArtifactKind.ANALYSIS_REPORT)


def test_a_source_whose_columns_changed_since_ingest_is_refused(
        planned: Callable[..., RunContract], analysis_ports: Callable[..., AnalysisPorts],
        ports: MappingPorts) -> None:
    contract = planned()
    aports = analysis_ports()
    aports.source_batches = lambda rows, consume: file_batches(EXAMPLE_SOURCE)(
        rows, lambda b: consume(b.with_columns(pl.lit("x").alias("new_column"))))
    with pytest.raises(SourceChanged) as err:
        run_analysis(contract, aports)
    assert "columns changed" in err.value.message
    assert ports.ledger.events(contract.run_id, Stage.ANALYSIS)[-1].error_code == "DETERMINISTIC_FAILURE"
    assert not ports.artifacts.list(contract.run_id, ArtifactKind.ANALYSIS_REPORT)
