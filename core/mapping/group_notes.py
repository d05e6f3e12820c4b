"""Evidence notes of compose and decompose candidates: one per mechanism that proposes them, saying what that
mechanism saw (a domain-less column is never described by its domain: no "part of None")."""

from __future__ import annotations

from collections.abc import Sequence

from core.mapping.side import MatchColumn


def _dom(c: MatchColumn) -> str:
    return c.domain or "no domain"


def group_note(kind: str, why: str, d: MatchColumn, parts: Sequence[MatchColumn]) -> str:
    """The note of a ``kind`` (``compose``/``decompose``) candidate of target ``d`` from source columns
    ``parts``, proposed by mechanism ``why`` (``domains``, ``unit``, ``values``, ``time``, ``date``, ``name``,
    ``locator``, ``parts``, ``number``, ``slice``, ``tokens``, ``initial``, ``arithmetic``)."""
    names = [p.original_name for p in parts]
    if kind == "compose":
        if why == "values":
            return f"the target's examples are made of the values of {names[0]} and {names[-1]}"
        if why == "unit":
            return f"a value and its unit: {' + '.join(names)}"
        if why == "time":
            return f"a date and a time of day: {' + '.join(names)}"
        if why == "arithmetic":
            return f"the target's example rows show it as a product or sum of two columns: {' and '.join(names)}"
        if d.domain and all(p.domain for p in parts):
            return f"composite {d.domain} from {[p.domain for p in parts]}"
        return f"composed from {names}"
    src = parts[0]
    if why == "name":
        return f"{src.original_name} holds whole personal names (read from their shape); the target is a part"
    if why == "date":
        return f"{src.original_name} holds identifiers with an embedded date; the target is that date"
    if why == "locator":
        return f"{src.original_name} holds labelled locator parts; the target is one of them"
    if why == "tokens":
        return f"{src.original_name}'s values hold the target's allowed values among other words"
    if why == "slice":
        return f"the target's examples are characters at one position of {src.original_name}'s codes"
    if why == "parts":
        return f"the target's examples are shaped like one part of {src.original_name}'s separated values"
    if why == "initial":
        return f"{src.original_name} holds names carrying an initial; the target's examples are initials"
    if why == "number":
        return f"the target's examples read like one number among the several written in {src.original_name}'s values"
    if d.domain and src.domain:
        return f"{d.domain} is a part of {src.domain}"
    return f"a part of {src.original_name}'s values ({_dom(src)})"
