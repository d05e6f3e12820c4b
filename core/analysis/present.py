"""What a person reads of an Analysis Report: records, tables, notes and inline plots (UI).

* :func:`report_records`: findings by severity, the per-column profile and the fixes as rows of
  plain values;
* :func:`report_tables`: every section as a :class:`core.display.Table` (table metadata in the UI,
  Markdown in the CLI, ``mapwright analysis show``), :func:`report_notes` what is not a table;
* :func:`report_plots`: the plots, each a Markdown image under the UI's inline limit.
"""

from __future__ import annotations

from core.analysis.models import AnalysisReport, Finding
from core.analysis.plots import markdown_image, pair_chart, plot_entries
from core.display import Table

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


def _table(rows: list[Record]) -> Table:
    return Table.of_records([{k: _CELL[v] if isinstance(v, bool) or v is None else f"{v:.2%}"
                              if k in _PERCENT and isinstance(v, float) else v for k, v in r.items()} for r in rows])


def report_tables(report: AnalysisReport) -> dict[str, Table]:
    """Every section as a table: findings, fixes, feasibility matrix, profile, threshold suggestions."""
    records = report_records(report)
    tables = {k: _table(records[k]) for k in ("findings", "fixes", "profile") if records.get(k)}
    if records.get("findings"):  # rows and rate in one cell; sample keys only when a finding has some
        keep_keys = any(r["sample keys"] for r in records["findings"])
        tables["findings"] = _table([{
            "severity": r["severity"], "rule": r["rule"], "column": r["column"],
            "rows": f"{r['rows']} ({float(r['rate'] or 0):.2%})", "message": r["message"], "fix": r["fix"],
            **({"sample keys": r["sample keys"]} if keep_keys else {})} for r in records["findings"]])
    if report.feasibility:  # the checks by outcome (a column per check would run past the page)
        tables["feasibility"] = Table.of(["column", "fails", "passes", "not applicable"], [
            [r.column, *(", ".join(k.replace("_", " ") for k, v in sorted(r.checks.items()) if v is want) or "-"
                         for want in (False, True, None))] for r in report.feasibility])
    if report.drift:
        ref = report.drift_reference
        note = f"reference: {ref.name if ref is not None else report.drift[0].reference}"
        if ref is not None and ref.method:
            note += f" ({ref.method})"
        tables["drift"] = _table([{"column": d.column, "PSI": d.psi, "KS": d.ks}
                                  for d in report.drift]).model_copy(update={"note": note})
    tables = {k: tables[k] for k in ("findings", "fixes", "feasibility", "profile", "drift") if k in tables}
    if report.threshold_suggestions:
        tables["threshold suggestions"] = _table([{"field": s.field, "current": s.current, "suggested": s.suggested,
                                                   "why": s.rationale} for s in report.threshold_suggestions])
    return tables


def report_notes(report: AnalysisReport) -> dict[str, str]:
    """What is not a table: the target domains no source column covers."""
    return {"uncovered target domains": ", ".join(report.uncovered_domains)} if report.uncovered_domains else {}


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
