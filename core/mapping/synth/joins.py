"""Joining several inputs while skipping the empty ones: ``first, middle, last`` -> ``Ann Lee``
when the middle name is empty, three phone columns -> ``555-1234 / 555-9876``.

A conditional plan learns one branch per pattern of empty inputs the examples show and is null
on a pattern they do not show; the join is one program for every pattern: each input trimmed,
an empty one made null, then ``concat`` with ``nulls="skip"``. It is proposed only when the
examples show an empty input being skipped (otherwise a plain concatenation explains them as
well, and is what the search finds).
"""

from __future__ import annotations

from core.mapping.synth.emit import OUT, prepare_inputs, scratch_prefix, to_pipeline
from core.mapping.synth.search import Row
from core.mapping.synth.text import trim
from dsl.models import Pipeline

#: ranking cost of a join (a single cheap program: one step per input)
JOIN_COST = 1.5


def _parts(row: Row) -> list[str]:
    return [t for v in row if v is not None and (t := trim(v))]


def join_separator(rows: list[Row], outs: list[str | None]) -> str | None:
    """The separator that joins every example's non-empty inputs (trimmed, in order) into its
    output, when some example skips an empty input and some joins two or more; else None."""
    if len(rows[0]) < 2 or not any(any(v is None or not trim(v) for v in r) for r in rows):
        return None
    sep: str | None = None
    for r, o in zip(rows, outs, strict=True):
        parts = _parts(r)
        if o is None or len(parts) < 2 or not o.startswith(parts[0]):
            continue
        at = o.find(parts[1], len(parts[0]))
        if at < 0:
            return None
        sep = o[len(parts[0]):at]
        break
    if sep is None or any(ch.isalnum() for ch in sep):
        return None
    ok = all(o is not None and sep.join(_parts(r)) == o for r, o in zip(rows, outs, strict=True))
    return sep if ok else None


def join_pipeline(names: list[str], types: dict[str, str], sep: str) -> Pipeline:
    """Each input trimmed (empty -> null), then joined with ``sep`` skipping nulls."""
    steps, cols = prepare_inputs(names, types)
    px = scratch_prefix(names)
    parts: list[str] = []
    for i, col in enumerate(cols):
        p = f"{px}j{i}"
        steps += [{"op": "trim", "input": col, "output": p},
                  {"op": "regex_extract", "input": p, "output": p, "pattern": "([^\\n]+)", "group": 1}]
        parts.append(p)
    steps.append({"op": "concat", "inputs": parts, "output": OUT, "separator": sep, "nulls": "skip"})
    return to_pipeline(names, types, steps)
