"""Offline ``propose_transform``: DSL pipelines from rules over domains, names, types and examples.

Rules (each proposal is type-checked with ``dsl.validate.validate_pipeline``; invalid ones are
dropped):

* atomic copy — a source with the target's domain or name: trim / type_cast / date_parse /
  date_format as the types require;
* compose — ``*.first_name`` + ``*.last_name`` -> ``*.full_name`` via concat;
* decompose — ``*.full_name`` -> first name (regex_split on whitespace) or last name
  (regex_extract of the last word);
* dates — the source format is detected from the (masked) examples, the target format from the
  expected outputs (ISO by default);
* units — unit suffixes in names (``height_cm`` -> ``height_in``) give unit_convert;
* fallback — the most similar source name (lower confidence), unless both sides carry different
  domains.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from adapters.llm.text_features import dice, name_tokens
from core.providers.tasks import (
    ColumnSpec,
    ProposeTransformRequest,
    ProposeTransformResponse,
    TransformProposal,
)

_DATE_TYPES = ("date", "datetime")


def _formats() -> tuple[tuple[str, ...], tuple[str, ...]]:
    from dsl.dates import DATE_FORMATS, DATETIME_FORMATS

    return DATE_FORMATS, DATETIME_FORMATS


def _detect_format(values: list[str | None], kinds: tuple[str, ...]) -> str | None:
    vals = [v.strip() for v in values if v and v.strip()]
    if not vals:
        return None
    date_fmts, dt_fmts = _formats()
    pool = (date_fmts if "date" in kinds else ()) + (dt_fmts if "datetime" in kinds else ())
    for fmt in pool:
        try:
            for v in vals:
                datetime.strptime(v, fmt)
        except ValueError:
            continue
        return fmt
    return None


def _leaf(domain: str | None) -> str:
    return (domain or "").split(".")[-1]


def _unit_of(name: str) -> str | None:
    from dsl.units import UNITS

    lower = {u.lower(): u for u in UNITS}
    for tok in reversed(name.replace("-", "_").split("_")):
        if tok.lower() in lower:
            return lower[tok.lower()]
    return None


def _pipe(inputs: list[str], output: str, steps: list[dict[str, Any]]) -> dict[str, Any]:
    return {"inputs": inputs, "outputs": [output], "steps": steps}


def _copy(src: ColumnSpec, tgt: ColumnSpec, expected_outputs: list[str | None]) -> dict[str, Any] | None:
    s, t, out = src.type, tgt.type, tgt.name
    if s == "string" and t == "string":
        return _pipe([src.name], out, [{"op": "trim", "input": src.name, "output": out}])
    if s == "string" and t in _DATE_TYPES:
        fmt = _detect_format(src.examples, (t,)) or ("%Y-%m-%d" if t == "date" else "%Y-%m-%d %H:%M:%S")
        return _pipe([src.name], out, [{"op": "trim", "input": src.name, "output": "_t"},
                                       {"op": "date_parse", "input": "_t", "output": out, "format": fmt}])
    if s == "string":
        return _pipe([src.name], out, [{"op": "trim", "input": src.name, "output": "_t"},
                                       {"op": "type_cast", "input": "_t", "output": out, "to": t}])
    if s in _DATE_TYPES and t == "string":
        fmt = _detect_format(expected_outputs, (s,)) or ("%Y-%m-%d" if s == "date" else "%Y-%m-%d %H:%M:%S")
        return _pipe([src.name], out, [{"op": "date_format", "input": src.name, "output": out, "format": fmt}])
    if s in _DATE_TYPES and t in _DATE_TYPES and s != t:
        return _pipe([src.name], out, [{"op": "type_cast", "input": src.name, "output": out, "to": t}])
    return _pipe([src.name], out, [{"op": "type_cast", "input": src.name, "output": out, "to": t}])


def _candidates(req: ProposeTransformRequest) -> list[tuple[dict[str, Any], float, str]]:
    tgt = req.target
    expected = [e.output for e in req.expected]
    tleaf = _leaf(tgt.domain)
    out: list[tuple[dict[str, Any], float, str]] = []
    by_leaf = {_leaf(s.domain): s for s in req.sources if s.domain}
    for s in req.sources:
        if tgt.domain and s.domain == tgt.domain:
            p = _copy(s, tgt, expected)
            if p:
                out.append((p, 0.9, f"atomic: {s.name} has the target domain {tgt.domain}"))
    if tleaf == "full_name" and "first_name" in by_leaf and "last_name" in by_leaf:
        f, la = by_leaf["first_name"], by_leaf["last_name"]
        steps: list[dict[str, Any]] = [
            {"op": "trim", "input": f.name, "output": "_f"}, {"op": "trim", "input": la.name, "output": "_l"},
            {"op": "concat", "inputs": ["_f", "_l"], "output": tgt.name, "separator": " ", "nulls": "skip"}]
        out.append((_pipe([f.name, la.name], tgt.name, steps), 0.85,
                    f"compose: {f.name} + ' ' + {la.name} -> {tgt.name}"))
    if tleaf in ("first_name", "last_name") and "full_name" in by_leaf:
        src = by_leaf["full_name"]
        if tleaf == "first_name":
            steps = [{"op": "trim", "input": src.name, "output": "_t"},
                     {"op": "regex_split", "input": "_t", "outputs": [tgt.name], "pattern": r"\s+"}]
        else:
            steps = [{"op": "regex_extract", "input": src.name, "output": tgt.name, "pattern": r"(\S+)\s*$",
                      "group": 1}]
        out.append((_pipe([src.name], tgt.name, steps), 0.75, f"decompose: {tleaf} from {src.name}"))
    tunit = _unit_of(tgt.name)
    if tunit:
        for s in req.sources:
            sunit = _unit_of(s.name)
            base_t, base_s = set(name_tokens(tgt.name)) - {tunit.lower()}, set(name_tokens(s.name)) - {sunit or ""}
            if sunit and sunit != tunit and dice(base_t, base_s) >= 0.5:
                steps = []
                col = s.name
                if s.type == "string":
                    steps.append({"op": "type_cast", "input": s.name, "output": "_n", "to": "float"})
                    col = "_n"
                steps.append({"op": "unit_convert", "input": col, "output": tgt.name, "from_unit": sunit,
                              "to_unit": tunit})
                out.append((_pipe([s.name], tgt.name, steps), 0.8, f"units: {s.name} {sunit} -> {tunit}"))
    tt = set(name_tokens(tgt.name)) | set(name_tokens(tleaf))
    ranked = sorted(req.sources, key=lambda s: (-dice(tt, set(name_tokens(s.name)) | set(name_tokens(_leaf(s.domain)))),
                                                s.name))
    for s in ranked[:2]:
        if tgt.domain and s.domain and s.domain != tgt.domain:
            continue  # both typed by the catalog and different: not a copy
        sim = dice(tt, set(name_tokens(s.name)) | set(name_tokens(_leaf(s.domain))))
        if sim >= 0.5:
            p = _copy(s, tgt, expected)
            if p:
                out.append((p, round(0.2 + 0.5 * sim, 4), f"name similarity {sim:.2f}: {s.name} -> {tgt.name}"))
    return out


def propose_transform(req: ProposeTransformRequest) -> ProposeTransformResponse:
    """Rule-based proposals, validated by the DSL, best first, de-duplicated."""
    from dsl.models import Pipeline
    from dsl.validate import validate_pipeline

    types = {s.name: s.type for s in req.sources}
    seen: set[str] = set()
    proposals: list[TransformProposal] = []
    for pipe, conf, why in sorted(_candidates(req), key=lambda x: -x[1]):
        try:
            model = Pipeline.from_json(pipe)
            validate_pipeline(model, {n: types.get(n, "string") for n in model.inputs})
        except Exception:  # noqa: BLE001 - a rule that does not type-check is simply not proposed
            continue
        h = model.content_hash()
        if h in seen:
            continue
        seen.add(h)
        proposals.append(TransformProposal(pipeline=model.model_dump(mode="json"), confidence=conf, rationale=why))
        if len(proposals) >= req.max_proposals:
            break
    return ProposeTransformResponse(proposals=proposals)
