"""Word-wise reshaping as synthesis candidates: initials and acronyms (``John Ronald Tolkien`` ->
``JRT`` / ``J.R.T.`` / ``J. R. T.``; ``Bureau of Labor Statistics`` -> ``BLS``, small words skipped).

Each word (a run without spaces) becomes its first character with one ``replace`` (groups); small
words (:data:`STOP`) are dropped first when the examples show it (an input holds one and its output
lacks that initial); the initials are joined with the separator the outputs show, with or without a
final dot, and upper-cased when the outputs are. Checked in Python on every example, then confirmed
by the engine like the other conversions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

OUT = "out"
#: small words acronyms skip (English, and the particles of names in several languages)
ENGLISH = ("of", "the", "and", "for", "on", "in", "at", "to", "a", "an", "&")
PARTICLES = ("de", "der", "von", "van", "la", "le", "du", "da", "des", "y", "e", "und", "et")
STOP = ENGLISH + PARTICLES
SEPS = ("", ".", ". ", " ", "-")
Proposal = tuple[str, list[dict[str, Any]], float, Callable[[str], str | None]]


def _initials(v: str, stop: list[str], sep: str, final: bool, upper: bool) -> str:
    words = [w for w in v.split() if w.lower() not in stop]
    letters = [w[0] for w in words]
    if upper:
        letters = [c.upper() for c in letters]
    return sep.join(letters) + (sep.rstrip() if final else "")


def _steps(col: str, stop: list[str], sep: str, final: bool, upper: bool) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = [{"op": "collapse_whitespace", "input": col, "output": "w"},
                                   {"op": "trim", "input": "w", "output": "w"}]
    if stop:
        steps.append({"op": "template", "inputs": ["w"], "template": " {0} ", "output": "w"})
        for word in stop:  # twice: adjacent small words share a space (" of the ")
            pattern = "(?i) " + re.escape(word) + " "
            steps += [{"op": "replace", "input": "w", "output": "w", "pattern": pattern, "replacement": " "}] * 2
        steps.append({"op": "trim", "input": "w", "output": "w"})
    steps.append({"op": "replace", "input": "w", "output": "w", "pattern": "([^ ])[^ ]*", "replacement": "$1",
                  "groups": True})
    if upper:
        steps.append({"op": "case", "input": "w", "output": "w", "mode": "upper"})
    if sep != " ":
        steps.append({"op": "replace", "input": "w", "output": "w", "pattern": " ", "replacement": sep})
    if final and sep.rstrip():
        steps.append({"op": "template", "inputs": ["w"], "template": "{0}" + sep.rstrip(), "output": "w"})
    steps.append({"op": "trim", "input": "w", "output": OUT, "side": "right"})
    return steps


def _keep_last(v: str, dot: str) -> str:
    words = v.split()
    return " ".join([w[0] + dot for w in words[:-1]] + words[-1:])


def keep_last(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    """Given names cut to initials, the last word (the surname) kept whole: ``Anna Maria Kowalska`` ->
    ``A. M. Kowalska`` (one ``replace`` of every word followed by a space by its first character and the dot
    the outputs show)."""
    if not vals or not all(outs) or not any(len(v.split()) > 2 for v in vals) and \
            not all(len(v.split()) > 1 for v in vals):
        return
    for dot in (".", ""):
        if all(_keep_last(v, dot) == o for v, o in zip(vals, outs, strict=True)):
            steps: list[dict[str, Any]] = [
                {"op": "collapse_whitespace", "input": col, "output": "w"},
                {"op": "trim", "input": "w", "output": "w"},
                {"op": "replace", "input": "w", "output": OUT, "pattern": "([^ ])[^ ]* ", "replacement": f"$1{dot} ",
                 "groups": True}]
            yield "initials_keep_last", steps, 3.0, partial(_keep_last, dot=dot)
            return


def proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    """Initials / acronym programs that fit every example (at most one)."""
    yield from keep_last(vals, outs, col)
    if not vals or not all(outs) or not any(len(v.split()) > 1 for v in vals) or \
            not all(len(o or "") < len(v) for v, o in zip(vals, outs, strict=True)):
        return
    seen = {w.lower() for v in vals for w in v.split()}
    for group in ((), ENGLISH, PARTICLES, STOP):  # a small word the examples skip stands for its group
        if group and not seen & set(group):
            continue
        stop = list(group)
        for sep in SEPS:
            for final in (False, True):
                for upper in (False, True):
                    if all(_initials(v, stop, sep, final, upper) == o for v, o in zip(vals, outs, strict=True)):
                        def fn(v: str, s: list[str] = stop, p: str = sep, f: bool = final, u: bool = upper) -> str:
                            return _initials(v, s, p, f, u)
                        yield "initials", _steps(col, stop, sep, final, upper), 3.0 + bool(stop), fn
                        return
