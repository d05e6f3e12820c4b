"""What a person sees: plots short enough for the Dagster UI to show inline, valid SVG; tables as
typed table metadata; an unreachable target is a taxonomy error with a ledger event and no report."""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
from collections.abc import Callable

import dagster as dg
import pytest

from adapters.targets.sql_target import SqlTarget
from core.analysis.models import AnalysisReport, ColumnProfile, Drift
from core.analysis.plots import INLINE_LIMIT
from core.analysis.present import report_plots, report_tables
from core.analysis.stage import AnalysisPorts, run_analysis
from core.artifacts import ArtifactKind
from core.contract import RunContract
from core.errors import MapwrightError
from core.ledger import Stage
from core.mapping.ports import MappingPorts
from orchestration.metadata import table_value

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def _report(columns: int) -> AnalysisReport:
    profiles = [ColumnProfile(column=f"a_rather_long_column_name_{i}", rows=100, non_null=100 - i, coverage=1 - i / 100,
                              null_rate=i / 100, distinct=50) for i in range(columns)]
    drift = [Drift(column=p.column, reference="analysis_report v3", psi=i / 10, ks=0.1, edges=[float(e) for e in
                   range(9)], current_share=[0.05, 0.15] * 5, reference_share=[0.1] * 10)
             for i, p in enumerate(profiles)]
    return AnalysisReport(run_id="r", mode="data_mode", plan_hash="h", target_table="t", rows=100,
                          profiles=profiles, drift=drift)


@pytest.mark.parametrize("columns", [3, 12, 40])
def test_every_plot_entry_renders_inline_and_is_valid_svg(columns: int) -> None:
    plots = report_plots(_report(columns), null_rate_max=0.05)
    null_parts = [k for k in plots if k.startswith("plot: null rate per column")]
    assert null_parts and any(k.startswith("plot: distribution of") for k in plots)
    shown = 0
    for md in plots.values():
        assert len(md) < INLINE_LIMIT, "the Dagster UI folds Markdown of 1000 characters or more"
        svg = base64.b64decode(md.split("base64,", 1)[1].rstrip(")")).decode()
        root = ET.fromstring(svg)
        assert root.tag.endswith("svg")
        shown += sum(1 for el in root.iter() if el.tag.endswith("tspan"))
    assert shown == 2 * columns, "every column appears once in the null-rate plot and once in the drift plot"


def test_findings_and_profile_are_typed_table_metadata() -> None:
    value = table_value(report_tables(_report(4))["profile"])
    assert isinstance(value, dg.TableMetadataValue)
    types = {c.name: c.type for c in value.schema.columns}
    assert types["rows"] == "int" and types["distinct"] == "int" and types["column"] == "string"
    assert types["null rate"] == "string" and value.records[1].data["null rate"] == "1.00%"  # a rate reads as one
    assert len(value.records) == 4


def test_an_unreachable_target_is_a_taxonomy_error_with_a_ledger_event(
        planned: Callable[..., RunContract], analysis_ports: Callable[..., AnalysisPorts],
        ports: MappingPorts) -> None:
    contract = planned()
    aports = analysis_ports()
    aports.target = SqlTarget("postgresql+psycopg://postgres@127.0.0.1:9/test?connect_timeout=2")
    with pytest.raises(MapwrightError) as err:
        run_analysis(contract, aports)
    assert err.value.code.value == "TRANSIENT_ERROR" and "check the target URL" in err.value.message
    assert err.value.stage == "ANALYSIS"
    assert ports.ledger.events(contract.run_id, Stage.ANALYSIS)[-1].error_code == "TRANSIENT_ERROR"
    assert not ports.artifacts.list(contract.run_id, ArtifactKind.ANALYSIS_REPORT)
