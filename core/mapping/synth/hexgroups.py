"""Hexadecimal byte groups <-> decimal numbers in a template (DSL 1.4 ``hex_to_int``/``int_to_hex``):
``#FF8800`` -> ``rgb(255, 136, 0)`` (with the CSS shorthand ``#f80``, each digit doubled) and back,
``0A:1B`` -> ``10.27``, ``rgb(1, 2, 3)`` -> ``#010203``.

The parameters are read from the examples: the number of groups ``k`` (the numbers in every
output, or in every input), the text around the hex run or the numbers (one template shared
by every example) and the letter case. A program is proposed only when every example fits it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

Fn = Callable[[str], str | None]
Proposal = tuple[str, list[dict[str, Any]], float, Fn]
OUT = "out"
_HEX_RUN = re.compile("[0-9A-Fa-f]+")
_HEX_TAIL = re.compile("[0-9A-Fa-f]+$")
_NUM = re.compile("[0-9]+")


def _template(outs: list[str | None]) -> tuple[str, int] | None:
    """The one template (numbers -> ``{i}``) all outputs share, and its number of slots."""
    shapes = set()
    for o in outs:
        if not o:
            return None
        pieces = _NUM.split(o.replace("{", "{{").replace("}", "}}"))
        shapes.add("".join(p + (f"{{{i}}}" if i < len(pieces) - 1 else "") for i, p in enumerate(pieces)))
    if len(shapes) != 1:
        return None
    shape = next(iter(shapes))
    slots = len(re.findall(r"\{[0-9]+\}", shape))
    return (shape, slots) if slots >= 2 else None


def _branch(col: str, prefix: str, k: int, width: int, tag: str) -> list[dict[str, Any]]:
    group = f"([0-9A-Fa-f]{{{width}}})"
    pat = "^" + "".join("\\" + ch if ch in "\\.^$|?*+()[]{}" else ch for ch in prefix) + group * k + "$"
    steps: list[dict[str, Any]] = []
    for i in range(k):
        h = f"{tag}h{i}"
        steps.append({"op": "regex_extract", "input": col, "output": h, "pattern": pat, "group": i + 1})
        if width == 1:  # shorthand: each digit stands for itself twice (f -> ff)
            steps.append({"op": "concat", "inputs": [h, h], "output": h})
        steps += [{"op": "hex_to_int", "input": h, "output": f"{tag}n{i}"},
                  {"op": "type_cast", "input": f"{tag}n{i}", "output": f"{tag}s{i}", "to": "string"}]
    return steps


def hex_to_numbers(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    """``#FF8800`` -> ``rgb(255, 136, 0)``: one run of hex digits after a fixed prefix, cut into ``k``
    groups of two digits (or one doubled digit), each rendered in decimal in the outputs' template."""
    tpl = _template(outs)
    runs = [_HEX_TAIL.search(v) for v in vals]
    if tpl is None or not all(runs):
        return
    shape, k = tpl
    prefixes = {v[:m.start()] for v, m in zip(vals, runs, strict=True) if m}
    if len(prefixes) != 1 or any(m and m.end() != len(v) for v, m in zip(vals, runs, strict=True)):
        return
    prefix = next(iter(prefixes))
    widths = {len(v) - len(prefix) for v in vals}
    if not widths <= {k, 2 * k} or 2 * k not in widths:
        return

    def fn(v: str) -> str | None:
        body = v[len(prefix):]
        w = len(body) // k
        if not v.startswith(prefix) or len(body) not in (k, 2 * k) or not _HEX_RUN.fullmatch(body):
            return None
        return shape.format(*[str(int(body[i * w:(i + 1) * w] * (3 - w), 16)) for i in range(k)])
    full = _branch(col, prefix, k, 2, "a")
    steps = full + [{"op": "template", "inputs": [f"as{i}" for i in range(k)], "output": OUT, "template": shape}]
    if k in widths:
        steps = full + _branch(col, prefix, k, 1, "b") + [
            {"op": "template", "inputs": [f"as{i}" for i in range(k)], "output": "ta", "template": shape},
            {"op": "template", "inputs": [f"bs{i}" for i in range(k)], "output": "tb", "template": shape},
            {"op": "coalesce", "inputs": ["ta", "tb"], "output": OUT}]
    yield "hex_groups", steps, 4.0 + (1.0 if k in widths else 0.0), fn


def numbers_to_hex(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    """``rgb(255, 136, 0)`` -> ``#FF8800``: the ``k`` numbers of the input (split on non-digits),
    each as two hex digits, after one fixed prefix (the outputs' text before the hex run)."""
    counts = {len(_NUM.findall(v)) for v in vals}
    texts = [o for o in outs if o]
    if len(counts) != 1 or len(texts) != len(outs) or not vals:
        return
    k = next(iter(counts))
    runs = [_HEX_TAIL.search(o) for o in texts]
    if k < 2 or not all(m and m.end() == len(o) and len(o) - m.start() == 2 * k
                        for o, m in zip(texts, runs, strict=True)):
        return
    prefixes = {o[:m.start()] for o, m in zip(texts, runs, strict=True) if m}
    if len(prefixes) != 1:
        return
    prefix = next(iter(prefixes))
    lower = any(re.search("[a-f]", o[len(prefix):]) for o in texts)
    offset = 0 if vals[0][:1].isdecimal() else 1
    if any(v[:1].isdecimal() != (offset == 0) for v in vals):
        return
    parts = [f"p{i}" for i in range(offset + k)]
    steps: list[dict[str, Any]] = [{"op": "regex_split", "input": col, "outputs": parts, "pattern": "[^0-9]+"}]
    for i in range(k):
        p = parts[offset + i]
        steps += [{"op": "type_cast", "input": p, "output": f"n{i}", "to": "int"},
                  {"op": "int_to_hex", "input": f"n{i}", "output": f"h{i}", "case": "lower" if lower else "upper"},
                  {"op": "pad", "input": f"h{i}", "output": f"h{i}", "width": 2}]
    template = prefix.replace("{", "{{").replace("}", "}}") + "".join(f"{{{i}}}" for i in range(k))
    steps.append({"op": "template", "inputs": [f"h{i}" for i in range(k)], "output": OUT, "template": template})

    def fn(v: str) -> str | None:
        nums = _NUM.findall(v)
        if len(nums) < k:
            return None
        return prefix + "".join(format(int(n), "x" if lower else "X").rjust(2, "0") for n in nums[:k])
    yield "numbers_to_hex", steps, 4.0, fn
