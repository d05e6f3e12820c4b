"""Recommended fixes from findings: DSL changes (value map, date formats) and threshold changes.

A fix changes nothing by itself. Staging it (``mapwright analysis fix RUN_ID FIX_ID`` or the
``stage_analysis_fix_job``) records it as a Mapping override, and Mapping re-plans and re-validates.
Payloads hold rules and formats, never a personal value: value maps are proposed only for
enum-like targets (declared allowed values, few distinct source values) fed by a source column the run's
sample pack stored in clear (the masker's decision; a masked column's values are personal until shown
otherwise, so its map would store them: no value-map fix is proposed for it).
"""

from __future__ import annotations

from core.analysis.models import Finding, Fix
from core.hashing import content_hash
from core.mapping.dates import date_steps, shapes_in
from core.mapping.value_map import propose_value_map
from core.migration.models import MigrationSpec
from dsl.models import Pipeline

MAX_ENUM_VALUES = 200


def _fid(kind: str, target: str | None, payload: object) -> str:
    return f"fix-{content_hash([kind, target, payload])[:10]}"


def propose_fixes(findings: list[Finding], spec: MigrationSpec, failing: dict[str, list[str]],
                  distinct_sources: dict[str, list[str]], source_types: dict[str, str],
                  null_rate_max: float, clear: frozenset[str] = frozenset()) -> tuple[list[Fix], list[Finding]]:
    """Fixes for the findings they address; the findings come back with their ``fix_id`` set. ``clear``: the
    source columns whose values are stored in clear (only those may feed a value-map fix)."""
    fixes: dict[str, Fix] = {}
    out: list[Finding] = []
    for f in findings:
        fix = _fix_for(f, spec, failing, distinct_sources, source_types, null_rate_max, clear)
        if fix is not None:
            fixes.setdefault(fix.fix_id, fix)
            f = f.model_copy(update={"fix_id": fix.fix_id})
        out.append(f)
    return list(fixes.values()), out


def _fix_for(f: Finding, spec: MigrationSpec, failing: dict[str, list[str]], distinct: dict[str, list[str]],
             types: dict[str, str], null_rate_max: float, clear: frozenset[str]) -> Fix | None:
    col = spec.column(f.column) if f.column in {c.name for c in spec.columns} else None
    if col is None:
        return None
    srcs = col.sources
    if f.rule == "constraint.allowed_values" and col.allowed_values and len(srcs) == 1 and srcs[0] in clear:
        values = distinct.get(srcs[0], [])
        if 0 < len(values) <= MAX_ENUM_VALUES:
            prop = propose_value_map(values, col.allowed_values, input_name=srcs[0], output_name=col.name)
            fixed = [v for v in failing.get(col.name, []) if v in prop.mapping.values()]
            payload: dict[str, object] = {"mapping": dict(sorted(prop.mapping.items()))}
            return Fix(fix_id=_fid("value_map", col.name, payload), kind="value_map", target=col.name,
                       description=f"map {len(prop.mapping)} source value(s) of {srcs[0]} onto {col.name}'s allowed "
                                   f"values ({len(prop.unmatched)} stay unmatched)", payload=payload,
                       expected_effect=f"{f.count} row(s) outside the allowed set; "
                                       f"{len(fixed) or len(prop.mapping)} value(s) covered by the map")
    if f.rule in ("constraint.transform_null", "constraint.type") and col.type in ("date", "datetime") \
            and len(srcs) == 1 and types.get(srcs[0]) == "string":
        shapes = shapes_in(failing.get(col.name) or distinct.get(srcs[0]) or [])
        all_shapes = list(dict.fromkeys([*shapes_in(distinct.get(srcs[0]) or []), *shapes]))
        pipe = Pipeline.model_validate({"inputs": [srcs[0]], "outputs": [col.name],
                                        "input_types": {srcs[0]: "string"},
                                        "steps": date_steps(srcs[0], col.name, all_shapes)})
        payload = {"pipeline": pipe.model_dump(mode="json")}

        return Fix(fix_id=_fid("pipeline", col.name, payload), kind="pipeline", target=col.name,
                   description=f"parse {col.name} from every date shape the source shows ({', '.join(all_shapes)})",
                   payload=payload, expected_effect=f"{f.count} row(s) with a date format left unparsed")
    if f.rule == "analysis.null_rate_max" and col.nullable:
        value = round(min(1.0, f.rate + 0.01), 2)
        payload = {"field": "analysis.null_rate_max", "value": value}
        return Fix(fix_id=_fid("threshold", col.name, payload), kind="threshold", target=col.name,
                   description=f"{col.name} is nullable and its source has nulls: raise analysis.null_rate_max "
                               f"from {null_rate_max} to {value} for this target (a new threshold profile)",
                   payload=payload, expected_effect="the warning no longer fires; nothing else changes")
    return None
