"""Strategy enumeration: every way to fill one target column, each as a DSL pipeline.

Strategies: ``atomic`` (clean a string), ``compose`` (concat parts), ``decompose`` (extract a
part), ``type_alignment`` (type_cast, number parsing), ``date`` (every date shape -> ISO ->
date, see :mod:`core.mapping.dates`), ``value_map`` (map_dict onto allowed values), ``synth``
(transformation by example, when example pairs exist). Proposals are plain pipelines; the stage
validates each with the DSL and the policy engine before it counts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, Field

from core.errors import DSLReject
from core.mapping.dates import date_steps, shapes_in
from core.mapping.side import MatchColumn, spec_of
from core.mapping.synth_bridge import propose_value_map, synthesize_ranked
from core.mapping.target import TargetColumn
from core.vocab.models import DomainCatalog
from dsl.models import Pipeline
from dsl.validate import validate_pipeline

NUMBER = r"-?[0-9][0-9,]*\.?[0-9]*"
NUMBER_COMMA = r"-?[0-9][0-9.]*,?[0-9]*"
_DEC_COMMA = re.compile(r"[0-9],[0-9]{1,2}(?![0-9])")
_DEC_POINT = re.compile(r"[0-9]\.[0-9]{1,2}(?![0-9])")
_NANP = re.compile(r"^\+?1?[ .-]?\(?([0-9]{3})\)?[ .-]*([0-9]{3})[ .-]*([0-9]{4})$")
SEPARATORS = {"address": ", ", "geo": ", "}
#: share of a key column's values that must have its learned shape (the rest are misfits, quarantined)
KEY_SHAPE_SHARE = 0.9


class Proposal(BaseModel):
    """One candidate transformation of a target column."""

    strategy: str
    pipeline: Pipeline | None = None
    provenance: str = "rules"
    rationale: str = ""
    value_map_unmatched: list[str] = Field(default_factory=list)
    #: ranked stand-ins the planner tries, in order, when ``pipeline`` cannot be used for the target's
    #: SQL dialect (synthesis' next fitting candidates); never stored
    fallbacks: list[Pipeline] = Field(default_factory=list, exclude=True)
    #: a decompose whose part the target's examples pick on their own (one number position clearly): the plan may
    #: accept it when other parts pass validation alike (:mod:`core.mapping.decompose_pin`); never stored
    pinned: bool = Field(default=False, exclude=True)


def _p(inputs: list[str], types: dict[str, str], out: str, steps: list[dict[str, Any]]) -> Pipeline:
    return Pipeline.model_validate({"inputs": inputs, "outputs": [out], "steps": steps,
                                    "input_types": {i: types[i] for i in inputs}})


def _text(inp: str, out: str, upper: bool = False, lower: bool = False) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = [{"op": "trim", "input": inp, "output": out},
                                   {"op": "collapse_whitespace", "input": out, "output": out}]
    if upper or lower:
        steps.append({"op": "case", "input": out, "output": out, "mode": "upper" if upper else "lower"})
    return steps


def decimal_comma(values: Sequence[str] | None) -> bool:
    """True when the values write decimals with a comma (``1.234,56``, ``317,60``)."""
    vals = [v.strip() for v in values or [] if v.strip()]
    comma = sum(bool(_DEC_COMMA.search(v)) for v in vals)
    point = sum(bool(_DEC_POINT.search(v)) for v in vals)
    return comma > point


def number_steps(inp: str, out: str, to: str, comma: bool = False) -> list[dict[str, Any]]:
    """DSL steps reading a number written in text: extract it, drop thousands separators, cast (decimal comma
    -> point when ``comma``). Intermediate columns ``_num``, ``_int``, ``_frac``, ``_n0``.. are reused."""
    parts = [f"_n{i}" for i in range(4)]
    if comma:
        return [{"op": "regex_extract", "input": inp, "output": "_num", "pattern": NUMBER_COMMA},
                {"op": "regex_split", "input": "_num", "outputs": ["_int", "_frac"], "pattern": ","},
                {"op": "regex_split", "input": "_int", "outputs": parts, "pattern": "\\."},
                {"op": "concat", "inputs": parts, "output": "_int", "separator": "", "nulls": "skip"},
                {"op": "concat", "inputs": ["_int", "_frac"], "output": "_num", "separator": ".", "nulls": "skip"},
                {"op": "type_cast", "input": "_num", "output": out, "to": to}]
    return [{"op": "regex_extract", "input": inp, "output": "_num", "pattern": NUMBER},
            {"op": "regex_split", "input": "_num", "outputs": parts, "pattern": ","},
            {"op": "concat", "inputs": parts, "output": "_num", "separator": "", "nulls": "skip"},
            {"op": "type_cast", "input": "_num", "output": out, "to": to}]


def key_shape(values: Sequence[str] | None) -> str | None:
    """The learned shape of a key column's values as an anchored pattern reading the whole value: the
    literal non-digit prefix most values share (``CUST-``, or none) then a whole number. None when fewer
    than :data:`KEY_SHAPE_SHARE` of the values have one shape (then no whole-value reading is proposed)."""
    vals = [v.strip() for v in values or [] if v.strip()]
    if not vals:
        return r"^([0-9]+)$"
    heads = Counter(re.sub(r"[0-9].*", "", v) for v in vals)
    head = heads.most_common(1)[0][0]
    pattern = f"^{_literal(head)}([0-9]+)$"
    fit = sum(bool(re.fullmatch(pattern, v)) for v in vals)
    return pattern if len(head) <= 16 and fit >= KEY_SHAPE_SHARE * len(vals) else None


def _literal(text: str) -> str:
    """``text`` as a regex literal every engine reads alike (metacharacters escaped; ``-`` and spaces kept)."""
    return "".join("\\" + ch if ch in ".^$*+?()[]{}|\\/" else ch for ch in text)


def _key_number(inp: str, out: str, to: str, values: Sequence[str] | None) -> list[dict[str, Any]] | None:
    """A key read as a number only when the whole (trimmed) value has the column's learned shape: a value
    that could only be read by dropping characters (``x12``) gives null, which quarantines the row, instead
    of a changed key that may collide with a real one."""
    pattern = key_shape(values)
    if pattern is None:
        return None
    return [{"op": "trim", "input": inp, "output": "_k"},
            {"op": "regex_extract", "input": "_k", "output": "_num", "pattern": pattern, "group": 1},
            {"op": "type_cast", "input": "_num", "output": out, "to": to}]


def is_key(target: TargetColumn) -> bool:
    """Whether the target column identifies rows (primary key or unique): its values must never be altered."""
    return target.is_key or target.constraints.key or target.constraints.unique


def _cast(inp: str, src: str, out: str, dst: str) -> list[dict[str, Any]] | None:
    if src == dst:
        return [{"op": "type_cast", "input": inp, "output": out, "to": dst}]
    if dst == "decimal":
        dst = "float"
    if src in ("int", "float", "decimal", "bool") and dst in ("int", "float", "bool"):
        return [{"op": "type_cast", "input": inp, "output": out, "to": dst}]
    if src in ("date", "datetime") and dst in ("date", "datetime"):
        return [{"op": "type_cast", "input": inp, "output": out, "to": dst}]
    if src == "int" and dst == "string":
        return [{"op": "type_cast", "input": inp, "output": out, "to": "string"}]
    if src in ("date", "datetime") and dst == "string":
        return [{"op": "date_format", "input": inp, "output": out, "format": "%Y-%m-%d"}]
    return None


def allowed_values(target: TargetColumn, catalog: DomainCatalog | None, values: Sequence[str] | None) -> list[str]:
    """Allowed target values: declared ones, else (code domains) the domain's examples plus the
    normalized source values that already fit the domain's format."""
    if target.constraints.allowed_values:
        return list(target.constraints.allowed_values)
    spec = spec_of(catalog, target.domain)
    if spec is None or not spec.regex or not spec.regex_specific and not spec.closed_vocabulary:
        return []
    rx = re.compile(spec.regex)
    fit = {v.strip().upper() for v in values or [] if rx.fullmatch(v.strip().upper())}
    return sorted(set(spec.examples) | fit)


def _sibling_map(target: TargetColumn, catalog: DomainCatalog | None) -> dict[str, str]:
    """Values of a sibling domain aligned with this domain's examples (``DEU`` -> ``DE``)."""
    spec = spec_of(catalog, target.domain)
    if spec is None:
        return {}
    out: dict[str, str] = {}
    for sib in spec.value_siblings:
        other = spec_of(catalog, sib)
        if other and len(other.examples) == len(spec.examples):
            out.update(zip(other.examples, spec.examples, strict=True))
    return out


def _value_map(target: TargetColumn, src: MatchColumn, catalog: DomainCatalog | None) -> Proposal | None:
    norm = sorted({v.strip().upper() for v in src.values or [] if v.strip()})
    allowed = allowed_values(target, catalog, src.values)
    if not allowed or not norm:
        return None
    siblings = _sibling_map(target, catalog)
    allowed_set = set(allowed)
    pre = {v: m for v in norm if (m := siblings.get(v)) and v not in allowed_set}
    rest = [v for v in norm if v not in pre and v not in allowed_set]
    vm = propose_value_map(rest, allowed)
    mapping = {**pre, **vm.mapping}
    if not mapping:
        return None
    steps = _text(src.name, "_v", upper=True) + [
        {"op": "map_dict", "input": "_v", "output": target.name, "mapping": mapping, "on_missing": "keep"}]
    return Proposal(strategy="value_map", pipeline=_p([src.name], {src.name: src.logical_type}, target.name, steps),
                    provenance=vm.provenance, value_map_unmatched=vm.unmatched,
                    rationale=f"{len(mapping)} source value(s) mapped onto allowed values; "
                              f"{len(vm.unmatched)} unmatched")


def atomic(target: TargetColumn, src: MatchColumn, catalog: DomainCatalog | None) -> list[Proposal]:
    """Proposals for one source column feeding one target column."""
    t, s, n = target.logical_type, src.logical_type, src.name
    types = {n: s}
    out: list[Proposal] = []
    shapes = shapes_in(src.values) if t in ("date", "datetime") and s == "string" else []
    if shapes:  # values that show no date shape get no date proposal (nothing to parse)
        steps = date_steps(n, target.name if t == "date" else "_date", shapes)
        if t == "datetime":
            steps.append({"op": "type_cast", "input": "_date", "output": target.name, "to": "datetime"})
        out.append(Proposal(strategy="date", pipeline=_p([n], types, target.name, steps),
                            rationale="every date shape in the column normalized to ISO, then parsed"))
    elif t in ("int", "float", "decimal") and s == "string":
        to = "int" if t == "int" else "float"
        if is_key(target) and to == "int":
            key_steps = _key_number(n, target.name, to, src.values)
            if key_steps is not None:
                out.append(Proposal(strategy="type_alignment", pipeline=_p([n], types, target.name, key_steps),
                                    rationale="key read as a whole number (a value of another shape -> null)"))
        else:
            pipe = _p([n], types, target.name, number_steps(n, target.name, to, decimal_comma(src.values)))
            out.append(Proposal(strategy="type_alignment", pipeline=pipe,
                                rationale="number extracted (currency symbols, thousands separators dropped) and cast"))
    elif t == "string" and s == "string":
        dom = target.domain or ""
        if dom.endswith("phone") and src.values and _nanp_share(src.values) >= 0.9:
            steps = [{"op": "regex_extract", "input": n, "output": f"_p{i}", "group": i,
                      "pattern": r"([0-9]{3})[^0-9]*([0-9]{3})[^0-9]*([0-9]{4})$"} for i in (1, 2, 3)]
            steps.append({"op": "concat", "inputs": ["_p1", "_p2", "_p3"], "output": target.name, "separator": "-"})
            out.append(Proposal(strategy="reformat", pipeline=_p([n], types, target.name, steps),
                                rationale="NANP phone numbers reformatted to NNN-NNN-NNNN"))
        vm = _value_map(target, src, catalog)
        if vm:
            out.append(vm)
        code_like = bool(target.constraints.allowed_values) or dom.startswith("iso.") or "code" in dom
        out.append(Proposal(strategy="atomic", pipeline=_p([n], types, target.name, _text(
            n, target.name, upper=code_like and not dom.endswith("email"), lower=dom.endswith("email"))),
            rationale="whitespace cleaned" + ("; case folded" if code_like or dom.endswith("email") else "")))
    else:
        cast = _cast(n, s, target.name, t)
        if cast is None and s == "string" and t == "bool":
            cast = [{"op": "trim", "input": n, "output": "_b"}, {"op": "type_cast", "input": "_b",
                                                                   "output": target.name, "to": "bool"}]
        if cast is not None:
            out.append(Proposal(strategy="type_alignment", pipeline=_p([n], types, target.name, cast),
                                rationale=f"{s} -> {t}"))
    return out


def _nanp_share(values: Sequence[str]) -> float:
    vals = [v for v in values if v.strip()]
    return sum(bool(_NANP.match(v.strip())) for v in vals) / len(vals) if vals else 0.0


def compose(target: TargetColumn, parts: list[MatchColumn]) -> list[Proposal]:
    """Concatenate cleaned parts (names with a space, addresses with a comma)."""
    names = [p.name for p in parts]
    steps: list[dict[str, Any]] = []
    for p in parts:  # a blank part is null (left out, no stray separator)
        steps += _text(p.name, f"_c_{p.name}") + [_non_empty(f"_c_{p.name}", f"_c_{p.name}")]
    sep = SEPARATORS.get((target.domain or "").split(".")[0], " ")
    steps.append({"op": "concat", "inputs": [f"_c_{p}" for p in names], "output": "_joined", "separator": sep,
                  "nulls": "skip"})
    steps.append(_non_empty("_joined", target.name))  # all parts null/blank -> NULL, not ''

    return [Proposal(strategy="compose", pipeline=_p(names, {p.name: p.logical_type for p in parts}, target.name,
                                                      steps), rationale=f"concat of {names} with {sep!r}")]


def _non_empty(inp: str, out: str) -> dict[str, Any]:
    """``inp`` with ``""`` read as null (``regex_extract`` gives null when nothing matches)."""
    return {"op": "regex_extract", "input": inp, "output": out, "pattern": ".+"}


def decompose(target: TargetColumn, src: MatchColumn, part_index: int, parts: int) -> list[Proposal]:
    """Extract one part of a whole (first word, last word or the n-th whitespace part)."""
    n = src.name
    if part_index == 0:
        pattern = r"^[^ ]+"
    elif part_index == parts - 1:
        pattern = r"[^ ]+$"
    else:
        pattern = r"^[^ ]+ +([^ ]+)"
    steps = _text(n, "_w") + [{"op": "regex_extract", "input": "_w", "output": target.name, "pattern": pattern,
                               "group": 1 if "(" in pattern else 0}]
    return [Proposal(strategy="decompose", pipeline=_p([n], {n: src.logical_type}, target.name, steps),
                     rationale=f"part {part_index + 1} of {parts} of {n}")]


def _onto(pipe: Pipeline, target: TargetColumn, sources: list[MatchColumn]) -> Pipeline:
    """``pipe`` with its first output renamed onto the target column (a copy for strings, a cast else)."""
    if pipe.outputs == [target.name]:
        return pipe
    given: dict[str, str] = dict(pipe.input_types or {})
    out_type = validate_pipeline(pipe, given or {s.name: s.logical_type for s in sources})
    first = pipe.outputs[0]
    steps = [s.model_dump() for s in pipe.steps]
    steps.append({"op": "concat", "inputs": [first], "output": target.name} if out_type[first] == "string"
                 else {"op": "type_cast", "input": first, "output": target.name, "to": out_type[first]})
    return Pipeline.model_validate({**pipe.model_dump(), "outputs": [target.name], "steps": steps})


def by_example(target: TargetColumn, sources: list[MatchColumn],
               examples: list[tuple[list[str | None], str | None]]) -> list[Proposal]:
    """Transformation by example (synth helper) from example pairs joined on the key: the best
    synthesized pipeline, with the next fitting candidates as its ranked ``fallbacks``."""
    names = [s.name for s in sources]
    ranked = synthesize_ranked(examples, names, {s.name: s.logical_type for s in sources})
    if not ranked:
        return []
    pipes = [_onto(ranked[0], target, sources)]
    for alt in ranked[1:]:
        try:
            pipes.append(_onto(alt, target, sources))
        except DSLReject:
            continue  # an alternative the DSL refuses is no stand-in
    return [Proposal(strategy="synth", pipeline=pipes[0], provenance="synth", fallbacks=pipes[1:],
                     rationale=f"synthesized from {len(examples)} example pair(s)")]
