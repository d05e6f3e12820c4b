"""What a person reads of an Analysis Report: records (tables), Markdown (CLI) and inline plots (UI).

* :func:`report_records`: findings by severity, the per-column profile and the fixes as rows of
  plain values (the Dagster asset shows them as table metadata, the CLI as Markdown);
* :func:`report_tables`: Markdown of every section (CLI, ``mapwright run show``);
* :func:`report_plots`: the plots, each a Markdown image under the UI's inline limit.
"""

from __future__ import annotations

from core.analysis.models import AnalysisReport, Finding
from core.analysis.plots import markdown_image, pair_chart, plot_entries
from core.markdown import markdown_table

ORDER = {"error": 0, "warning": 1, "info": 2}
Record = dict[str, str | int | float | bool | None]


def _findings(report: AnalysisReport) -> list[Finding]:
    return sorted(report.findings, key=lambda f: (ORDER[f.severity], -f.count))


def report_records(report: AnalysisReport) -> dict[str, list[Record]]:
    """``{section: rows}`` for findings, profile, feasibility and fixes (aggregates and keyed tokens only)."""
    out: dict[str, list[Record]] = {"findings": [
        {"severity": f.severity, "rule": f.rule, "column": f.column or "", "rows": f.count,
         "rate": round(f.rate, 4), "message": f.message, "sample keys": ", ".join(f.sample_keys),
         "fix": f.fix_id or ""} for f in _findings(report)]}
    if report.profiles:
        out["profile"] = [{"column": p.column, "rows": p.rows, "non null": p.non_null, "coverage": p.coverage,
                           "null rate": p.null_rate, "distinct": p.distinct,
                           "violations": ", ".join(f"{k}={v}" for k, v in p.violations.items())}
                          for p in report.profiles]
    checks = sorted({k for r in report.feasibility for k in r.checks})
    if report.feasibility:
        out["feasibility"] = [{"column": r.column, **{k: {True: "yes", False: "NO", None: "-"}[r.checks.get(k)]
                                                      for k in checks}} for r in report.feasibility]
    if report.fixes:
        out["fixes"] = [{"fix": x.fix_id, "kind": x.kind, "target": x.target or "", "what": x.description,
                         "effect": x.expected_effect} for x in report.fixes]
    return out


_CELL = {True: "yes", False: "NO", None: "-"}
_PERCENT = ("rate", "coverage", "null rate")


def _md(rows: list[Record]) -> str:
    if not rows:
        return ""
    return markdown_table(list(rows[0]), [[
        _CELL[v] if isinstance(v, bool) or v is None else f"{v:.2%}" if k in _PERCENT and isinstance(v, float)
        else v for k, v in r.items()] for r in rows], max_cell=None)


def report_tables(report: AnalysisReport) -> dict[str, str]:
    """Markdown of every section: findings, fixes, feasibility matrix, profile, threshold suggestions."""
    records = report_records(report)
    tables: dict[str, str] = {k: _md(records[k]) for k in ("findings", "fixes", "feasibility", "profile")
                              if k in records}
    if report.drift:
        ref = report.drift_reference
        head = f"reference: {ref.name if ref is not None else report.drift[0].reference}"
        if ref is not None and ref.method:
            head += f" ({ref.method})"
        tables["drift"] = head + "\n\n" + _md([{"column": d.column, "PSI": d.psi, "KS": d.ks}
                                                for d in report.drift])
    if report.uncovered_domains:
        tables["uncovered target domains"] = ", ".join(report.uncovered_domains)
    if report.threshold_suggestions:
        tables["threshold suggestions"] = _md([{"field": s.field, "current": s.current, "suggested": s.suggested,
                                                "why": s.rationale} for s in report.threshold_suggestions])
    return {k: v for k, v in tables.items() if v}


def report_plots(report: AnalysisReport, *, null_rate_max: float | None = None) -> dict[str, str]:
    """The plots as Markdown images, each entry short enough for the Dagster UI to show it inline."""
    plots: dict[str, str] = {}
    if report.profiles:
        plots |= plot_entries("plot: null rate per column", "null rate per column (coverage: 100% - it)",
                              [(p.column, p.null_rate) for p in report.profiles], limit=null_rate_max)
    if report.drift:
        plots |= plot_entries("plot: drift (PSI) per column", f"PSI vs {report.drift[0].reference}"[:60],
                              [(d.column, d.psi or 0.0) for d in report.drift], limit=0.25, unit="", scale=1.0)
        worst = max(report.drift, key=lambda d: d.psi or 0.0)
        if worst.current_share and len(worst.current_share) == len(worst.reference_share):
            title = f"{worst.column[:24]} per reference decile: reference grey, now blue"
            plots[f"plot: distribution of {worst.column}"] = markdown_image(title, pair_chart(
                title, worst.current_share, worst.reference_share))
    return plots
