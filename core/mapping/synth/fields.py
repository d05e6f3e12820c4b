"""Fields of long values found from the outputs, for reshaping inside them (extract, then slice): the field of
each input that holds the longest run of its output's letters and digits, located by a literal left context
every example shares (``17)`` of a GS1 string for ``2025-06-30``). :mod:`.pool` reads the field as a ``sub:``
view (:data:`core.mapping.synth.atoms.SUB`), so every slice and token selector applies inside it.
"""

from __future__ import annotations

from core.mapping.synth.atoms import select
from core.mapping.synth.guided import context_selectors, occurrence_selectors

MIN_FIELD = 4
MAX_RUN_SCAN = 96


def _common_run(value: str, out: str) -> str:
    """The longest run of the output's letters and digits (punctuation dropped: ``2025-06-30`` ->
    ``20250630``) that the input holds as written, at least :data:`MIN_FIELD` characters; else ``""``."""
    alnum = "".join(ch for ch in out if ch.isalnum())[:MAX_RUN_SCAN]  # bounded work on long texts
    best = ""
    for a in range(len(alnum)):
        for b in range(len(alnum), a + max(MIN_FIELD, len(best)), -1):
            if alnum[a:b] in value:
                best = alnum[a:b]
                break
    return best


def field_pattern(raws: list[str | None], outs: list[str | None]) -> str | None:
    """A pattern whose group 1 is the field of each long input (over 16 characters) that holds the longest
    run of its output's letters and digits (the ``250630`` of ``(01)...(17)250630(10)L4711`` for
    ``2025-06-30``), found by a literal left context every example shares; None when there is none or
    the output is itself in the input (the plain selectors read it)."""
    pairs = []
    for v, o in zip(raws, outs, strict=True):
        if not v or not o:
            continue
        if len(v) <= 16 or o in v:
            return None
        run = _common_run(v, o)
        if not run or run == v:
            return None
        pairs.append((v, run))
    if len(pairs) < 2:
        return None
    for sel in context_selectors(pairs) + occurrence_selectors(pairs):
        if sel.pattern and all(select(sel, v) == run for v, run in pairs):
            return sel.pattern
    return None
