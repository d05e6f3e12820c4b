"""Static checks of the DSL 1.2 ops (``coalesce``, ``replace``, ``pad``, ``template``).

Registered into :data:`dsl.validate.CHECKERS`; kept apart so the v1 checker table stays as
frozen as the v1 ops. :func:`check_since` enforces the version rule: a pipeline that uses an
op introduced in 1.x must declare ``dsl_version >= 1.x``. U+0000 in any string argument is
refused for every op before these checkers run (``dsl.validate._no_nul``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dsl.column_check import need as _need
from dsl.models import LOGICAL_TYPES, OP_SINCE, DSLReject
from dsl.regex import analyze
from dsl.v12_text import replacement_parts, template_parts

Env = dict[str, str]



def version_tuple(version: str) -> tuple[int, int]:
    """(major, minor) of a ``MAJOR.MINOR.PATCH`` string; DSLReject when malformed."""
    parts = version.split(".")
    if len(parts) != 3 or not all(p.isdecimal() for p in parts):
        raise DSLReject(f"dsl_version {version!r} is not MAJOR.MINOR.PATCH", argument="dsl_version")
    return int(parts[0]), int(parts[1])


def check_since(op_name: str, dsl_version: str) -> None:
    """Reject an op newer than the pipeline's declared ``dsl_version``."""
    since = OP_SINCE.get(op_name)
    if since is not None and version_tuple(dsl_version) < since:
        raise DSLReject(f"op {op_name!r} is DSL {since[0]}.{since[1]}; declare dsl_version "
                        f">= {since[0]}.{since[1]}.0 (pipeline says {dsl_version})", argument="dsl_version")


def _coalesce(op: Any, env: Env, features: frozenset[str]) -> Env:
    kind = _need(op, env, op.inputs[0], LOGICAL_TYPES, "inputs")
    for c in op.inputs[1:]:
        _need(op, env, c, (kind,), "inputs")
    return {op.output: kind}


def _replace(op: Any, env: Env, features: frozenset[str]) -> Env:
    _need(op, env, op.input, ("string",), "input")
    info = analyze(op.pattern)
    if info.nullable:
        raise DSLReject("replace: pattern can match the empty string", argument="pattern")
    if not info.extent_safe:
        raise DSLReject("replace: match extents of alternation or quantified groups differ between "
                        "PostgreSQL (longest) and Rust/RE2 (first)", argument="pattern")
    if op.groups:
        try:
            refs = [p for p in replacement_parts(op.replacement) if isinstance(p, int)]
        except ValueError as exc:
            raise DSLReject(f"replace: {exc}", argument="replacement") from None
        if any(r > info.groups for r in refs):
            raise DSLReject(f"replace: replacement refers to group {max(refs)} but the pattern has "
                            f"{info.groups}", argument="replacement")
    return {op.output: "string"}


def _pad(op: Any, env: Env, features: frozenset[str]) -> Env:
    _need(op, env, op.input, ("string",), "input")
    if len(op.fill) != 1:
        raise DSLReject("pad: fill must be exactly one character", argument="fill")
    return {op.output: "string"}


def _template(op: Any, env: Env, features: frozenset[str]) -> Env:
    for c in op.inputs:
        _need(op, env, c, ("string",), "inputs")
    try:
        parts = template_parts(op.template)
    except ValueError as exc:
        raise DSLReject(f"template: {exc}", argument="template") from None
    if not any(isinstance(p, int) for p in parts):
        raise DSLReject("template: needs at least one {i} placeholder", argument="template")
    bad = [p for p in parts if isinstance(p, int) and p >= len(op.inputs)]
    if bad:
        raise DSLReject(f"template: placeholder {{{bad[0]}}} but only {len(op.inputs)} inputs",
                        argument="template")
    return {op.output: "string"}


def _format_number(op: Any, env: Env, features: frozenset[str]) -> Env:
    _need(op, env, op.input, ("int", "float", "decimal"), "input")
    if op.thousands and op.thousands == op.decimal_mark:
        raise DSLReject("format_number: thousands separator equals the decimal mark", argument="thousands")
    return {op.output: "string"}


def _translate(op: Any, env: Env, features: frozenset[str]) -> Env:
    _need(op, env, op.input, ("string",), "input")
    keys = set(op.mapping)
    for k, v in op.mapping.items():
        if len(k) != 1:
            raise DSLReject("translate: keys must be single characters", argument="mapping")
        if keys & set(v):
            raise DSLReject(f"translate: value for {k!r} contains a key character (ambiguous order)",
                            argument="mapping")
    return {op.output: "string"}


def _floor(op: Any, env: Env, features: frozenset[str]) -> Env:
    _need(op, env, op.input, ("int", "float", "decimal"), "input")
    return {op.output: "float"}


V12_CHECKERS: dict[str, Callable[[Any, Env, frozenset[str]], Env]] = {
    "coalesce": _coalesce, "replace": _replace, "pad": _pad, "template": _template,
    "format_number": _format_number, "translate": _translate, "floor": _floor,
}
