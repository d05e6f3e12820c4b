"""metadata_only Analysis: is the plan logically able to fill the target? (no value is read)

One row per target column, one cell per check (True / False / None = not applicable or not
provable without values): ``accepted_mapping``, ``types_compatible``, ``compiles``
(for the target's SQL dialect), ``not_null_provable``, ``key_mapped``, ``constraints_checkable``.
"""

from __future__ import annotations

from core.analysis.models import FeasibilityRow, Finding
from core.catalog import Catalog
from core.errors import MapwrightError
from core.mapping.plan import MappingPlan
from core.mapping.target import TargetCatalog
from dsl.compile_sql import compile_pipeline
from dsl.errors import DSLError
from dsl.models import Pipeline
from dsl.validate import validate_pipeline

#: target type -> pipeline output types that load into it without loss
COMPATIBLE = {
    "string": {"string"}, "int": {"int"}, "float": {"int", "float", "decimal"}, "decimal": {"int", "float", "decimal"},
    "date": {"date"}, "datetime": {"date", "datetime"}, "bool": {"bool"},
}
#: ops whose output may be null for a non-null input
NULLABLE_OPS = {"date_parse", "type_cast", "regex_extract", "regex_split", "map_dict", "safe_math", "select_when"}


def _source_nulls(catalog: Catalog) -> dict[str, int | None]:
    out: dict[str, int | None] = {}
    for t in catalog.tables:
        for c in t.columns:
            out[c.name] = c.stats.null_count
    return out


def feasibility(plan: MappingPlan, target: TargetCatalog, catalog: Catalog,
                dialect: str) -> tuple[list[FeasibilityRow], list[Finding], list[str]]:
    """Rows of the feasibility matrix, the findings they imply, and target domains no source covers."""
    nulls = _source_nulls(catalog)
    by_target = {c.target: c for c in plan.columns}
    rows: list[FeasibilityRow] = []
    findings: list[Finding] = []
    uncovered: list[str] = []
    for col in target.table.columns:
        cp = by_target.get(col.name)
        notes: list[str] = []
        accepted = cp is not None and cp.decision == "accept"
        pipe = Pipeline.model_validate(cp.pipeline) if cp is not None and cp.pipeline else None
        ok = accepted and (pipe is not None or col.constraints.nullable)
        checks: dict[str, bool | None] = {"accepted_mapping": ok}
        out_type: str | None = None
        if pipe is not None:
            try:
                types = validate_pipeline(pipe, dict(pipe.input_types or {}))
                out_type = types.get(col.name) or types.get(pipe.outputs[0])
            except (MapwrightError, DSLError) as exc:
                notes.append(f"pipeline invalid: {exc.message}")
            try:
                compile_pipeline(pipe, dialect, dict(pipe.input_types or {}))
                checks["compiles"] = True
            except (MapwrightError, DSLError) as exc:
                checks["compiles"] = False
                notes.append(f"does not compile for {dialect}: {exc.message}")
        else:
            checks["compiles"] = None
            if col.domain:
                uncovered.append(col.domain)
        want = str(col.logical_type)
        checks["types_compatible"] = None if out_type is None else out_type in COMPATIBLE.get(want, {want})
        if not col.constraints.nullable:
            if pipe is None:
                checks["not_null_provable"] = False
            elif any((nulls.get(s) or 0) > 0 for s in pipe.inputs):
                checks["not_null_provable"] = False
                notes.append("a source column has nulls (catalog counts)")
            elif any(step.op in NULLABLE_OPS for step in pipe.steps):
                checks["not_null_provable"] = None
                notes.append("an op may yield null for some values: checked in data_mode")
            else:
                checks["not_null_provable"] = True
        else:
            checks["not_null_provable"] = None
        checks["key_mapped"] = (pipe is not None) if col.constraints.key else None
        cons = col.constraints
        checks["constraints_checkable"] = (
            True if (cons.allowed_values or cons.regex or cons.max_length) else None)
        rows.append(FeasibilityRow(column=col.name, checks=checks, notes=notes))
        findings.extend(_findings(col.name, checks, notes, required=not cons.nullable or cons.key))
    return rows, findings, sorted(set(uncovered))


def _findings(column: str, checks: dict[str, bool | None], notes: list[str], *, required: bool) -> list[Finding]:
    out: list[Finding] = []
    severity = {"accepted_mapping": "error" if required else "warning", "compiles": "error",
                "types_compatible": "error", "not_null_provable": "warning", "key_mapped": "error"}
    for name, sev in severity.items():
        if checks.get(name) is False:
            out.append(Finding(finding_id=f"feasibility:{name}:{column}", rule=f"feasibility.{name}",
                               severity=sev, column=column, count=0, rate=0.0,  # type: ignore[arg-type]
                               message=f"{column}: {name.replace('_', ' ')} fails" + (f" ({'; '.join(notes)})"
                                                                                     if notes else "")))
    return out
