"""Single numbers in another notation, with the DSL 1.4 ops: hexadecimal (``hex_to_int``,
``int_to_hex``) and Roman numerals (``roman_to_int``, ``int_to_roman``). Proposals for
:mod:`.conversions`, which checks them on every example and through the DSL engine.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from dsl import roman

Fn = Callable[[str], str | None]
Proposal = tuple[str, list[dict[str, Any]], float, Fn]
OUT = "out"
HEX_PREFIXES = ("", "0x", "0X", "#", "&H", "U+")


def hex_numbers(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    """Hex digits (after one of a few prefixes) -> decimal, and decimal -> hex (case, zero padding
    and prefix read from the outputs)."""
    for prefix in HEX_PREFIXES:
        if all(re.fullmatch(re.escape(prefix) + "[0-9A-Fa-f]{1,15}", v) for v in vals):
            steps: list[dict[str, Any]] = []
            src = col
            if prefix:
                pat = "".join("\\" + ch if ch in "\\.^$|?*+()[]{}" else ch for ch in prefix)
                steps.append({"op": "regex_extract", "input": col, "output": "h", "pattern": f"^{pat}(.+)$",
                              "group": 1})
                src = "h"
            steps += [{"op": "hex_to_int", "input": src, "output": "n"},
                      {"op": "type_cast", "input": "n", "output": OUT, "to": "string"}]

            def parse(v: str, k: int = len(prefix)) -> str:
                return str(int(v[k:], 16))
            yield "hex_to_int", steps, 3.0, parse
    if not all(re.fullmatch("[0-9]{1,18}", v) for v in vals):
        return
    texts = [o for o in outs if o]
    lower = any(re.search("[a-f]", o) for o in texts)
    for prefix in HEX_PREFIXES:
        if not texts or not all(o.startswith(prefix) for o in texts):
            continue
        bodies = [o[len(prefix):] for o in texts]
        width = len(bodies[0]) if len({len(b) for b in bodies}) == 1 else 0
        steps = [{"op": "type_cast", "input": col, "output": "n", "to": "int"},
                 {"op": "int_to_hex", "input": "n", "output": OUT, "case": "lower" if lower else "upper"}]
        if width > 1:
            steps.append({"op": "pad", "input": OUT, "output": OUT, "width": width})
        if prefix:
            steps.append({"op": "template", "inputs": [OUT], "output": OUT, "template": prefix + "{0}"})

        def fn(v: str, prefix: str = prefix, width: int = width, lower: bool = lower) -> str:
            h = format(int(v), "x" if lower else "X")
            return prefix + h.rjust(width, "0")
        yield "int_to_hex", steps, 3.0, fn


def roman_numerals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    """Roman numerals (either case) -> decimal, and decimal -> Roman numerals (the outputs' case)."""
    texts = [o for o in outs if o]
    if vals and all(re.fullmatch("[MDCLXVImdclxvi]+", v) for v in vals):
        upper = all(v.isupper() for v in vals)
        steps: list[dict[str, Any]] = [] if upper else [{"op": "case", "input": col, "output": "r", "mode": "upper"}]
        steps += [{"op": "roman_to_int", "input": col if upper else "r", "output": "n"},
                  {"op": "type_cast", "input": "n", "output": OUT, "to": "string"}]

        def fn(v: str) -> str | None:
            n = roman.from_roman(v.upper())
            return None if n is None else str(n)
        yield "roman_to_int", steps, 3.0, fn
    if vals and all(re.fullmatch("[0-9]{1,4}", v) for v in vals) and texts and \
            all(re.fullmatch("[MDCLXVI]+|[mdclxvi]+", o) for o in texts):
        lower = texts[0].islower()
        steps = [{"op": "type_cast", "input": col, "output": "n", "to": "int"},
                 {"op": "int_to_roman", "input": "n", "output": OUT}]
        if lower:
            steps.append({"op": "case", "input": OUT, "output": OUT, "mode": "lower"})

        def to(v: str, lower: bool = lower) -> str | None:
            r = roman.to_roman(int(v))
            return r.lower() if r and lower else r
        yield "int_to_roman", steps, 3.0, to
