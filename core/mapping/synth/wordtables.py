"""Small whole-value families as synthesis candidates: English ordinal words (``third`` <-> ``3``, a
public table of 1..31 and the tens, through ``map_dict``) and counts of one character (``YNY`` ->
``2`` Ys: every match joined, then ``list_count``). Checked on every example in Python, then confirmed
by the engine like the other conversions."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from dsl import numwords

OUT = "out"
_IRREGULAR = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
              "twelve": "twelfth"}
Proposal = tuple[str, list[dict[str, Any]], float, Callable[[str], str | None]]


def ordinal_word(n: int) -> str:
    """``21`` -> ``twenty-first``, ``40`` -> ``fortieth`` (American, lower case)."""
    words = numwords.to_words(n) or ""
    head, _, last = words.rpartition("-")
    if last in _IRREGULAR:
        last = _IRREGULAR[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return f"{head}-{last}" if head else last


ORDINAL_WORDS: dict[str, int] = {ordinal_word(n): n for n in (*range(1, 32), 40, 50, 60, 70, 80, 90, 100)}


def _ordinal_words(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    if all(v.lower() in ORDINAL_WORDS for v in vals) and all(o and o.isdigit() for o in outs):
        steps: list[dict[str, Any]] = [
            {"op": "trim", "input": col, "output": "w"}, {"op": "case", "input": "w", "output": "w", "mode": "lower"},
            {"op": "map_dict", "input": "w", "output": OUT, "mapping": {w: str(n) for w, n in ORDINAL_WORDS.items()}}]
        yield "ordinal_words", steps, 3.0, lambda v: str(ORDINAL_WORDS[v.strip().lower()])
    back = {str(n): w for w, n in ORDINAL_WORDS.items()}
    if all(v in back for v in vals) and all(o and o.lower() in ORDINAL_WORDS for o in outs):
        for mode in ("lower", "upper", "title"):
            steps = [{"op": "map_dict", "input": col, "output": OUT if mode == "lower" else "w", "mapping": back}]
            if mode != "lower":
                steps.append({"op": "case", "input": "w", "output": OUT, "mode": mode})

            def fn(v: str, mode: str = mode) -> str:
                w = back[v]
                return w.upper() if mode == "upper" else w.title() if mode == "title" else w
            yield "ordinal_words", steps, 3.0 + (mode != "lower"), fn


def _counter(ch: str) -> Callable[[str], str | None]:
    return lambda v: str(v.count(ch))


def _char_counts(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    """The number of times one character occurs (the outputs differ, so a count is what they show)."""
    if not all(o and o.isdigit() and len(o) <= 3 for o in outs) or len(set(outs)) < 2:
        return
    for ch in sorted({c for v in vals for c in v}):
        if all(str(v.count(ch)) == o for v, o in zip(vals, outs, strict=True)):
            steps: list[dict[str, Any]] = [
                {"op": "regex_extract_all", "input": col, "output": "m", "pattern": re.escape(ch), "separator": ","},
                {"op": "list_count", "input": "m", "output": "n", "separator": ","},
                {"op": "type_cast", "input": "n", "output": OUT, "to": "string"}]
            yield "char_count", steps, 4.0, _counter(ch)
            return


def proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    """Ordinal-word and character-count programs that fit every example."""
    yield from _ordinal_words(vals, outs, col)
    yield from _char_counts(vals, outs, col)
