"""Which numeric columns are known to lie in the safe range, so the SQL compilers can drop its test.

Numeric ops (``unit_convert``, ``safe_math``, ``floor``) return null unless every column operand
is 0 or within ``SAFE_MIN .. SAFE_MAX`` (README "Numbers and rounding"). For some columns that
test is true for every non-null value, whatever the data:

* an ``int`` column: 0, or an integer with ``1 <= |x| <= 2^63``, far inside ``1e-150 .. 1e150``;
* the result of ``type_cast`` string -> float: the text matched the float shape within
  ``FLOAT_MAX_LEN`` (30) characters, so a nonzero value has at most 27 mantissa digits and an
  exponent of at most two digits: ``|x| < 1e27 * 1e99`` and ``|x| >= 1e-25 * 1e-99``; NaN and
  infinities never match the shape;
* int -> float (an int's value), an identity ``type_cast`` of a bounded column, and ``coalesce``
  of bounded columns only.

Leaving the test out changes no result (a null operand already makes the arithmetic null); it
only saves DuckDB/PostgreSQL an ``abs``/``BETWEEN``/``OR`` per operand and row.
"""

from __future__ import annotations

from dsl.models import Pipeline
from dsl.validate import cast_rule

#: type_cast rules whose every non-null result is 0 or in the safe range
_BOUNDED_CASTS = frozenset({"parse_float", "int_to_float", "parse_int", "bool_to_int", "truncate"})


def bounded_before(pipeline: Pipeline, types: list[dict[str, str]]) -> list[frozenset[str]]:
    """For each step, the columns visible before it whose non-null values are known to be in range.

    ``types`` is :func:`dsl.validate.step_types` of ``pipeline`` (the column types before each step).
    """
    inputs = types[0] if types else {}
    known = {c for c in pipeline.inputs if inputs.get(c) == "int"}
    out: list[frozenset[str]] = []
    for i, step in enumerate(pipeline.steps):
        out.append(frozenset(known))
        after = types[i + 1] if i + 1 < len(types) else {}
        for col in step.writes():
            known.discard(col)
        for col in step.writes():
            if after.get(col) == "int" or _bounded_output(step, types[i], out[-1]):
                known.add(col)
    return out


def _bounded_output(step: object, before: dict[str, str], known: frozenset[str]) -> bool:
    op = getattr(step, "op", "")
    if op == "type_cast":
        rule = cast_rule(step, before.get(step.input))  # type: ignore[attr-defined]
        return rule in _BOUNDED_CASTS or (rule is None and step.input in known)  # type: ignore[attr-defined]
    if op == "coalesce":
        return all(c in known for c in step.inputs)  # type: ignore[attr-defined]
    return False
