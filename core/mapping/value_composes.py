"""Compose candidates read from the values: a target whose example values are made of two source
columns' values (data_mode).

:func:`core.mapping.groups.compose_candidate` composes from domains (``person.full_name`` from a first and a
last name column); where domaining did not name the parts (a surname column it read as a full name, a
header in another language) nothing is composed. Here the target's example values show it: an example
*holds* a source column's value when the value is a run of one to three of the example's words
(``Beatriz`` and ``Sousa Ferreira`` in ``Beatriz Sousa Ferreira``; a code glued to another, ``ST`` in
``STANDARD``, is not held: an example of one word holds nothing). Values of at least :data:`MIN_CHARS` characters with a
letter count (a digit code such as ``16`` occurs everywhere); a column holding the examples whole is no part.

The two columns whose values the most examples hold (each in at least :data:`PART_SHARE` of them) make the
candidate when both are held in at least :data:`JOINT_SHARE` of the examples; it scores :data:`BASE` +
:data:`GAIN` x that share. Examples come from records not in the source, so a part is found where the
population repeats (first names, surnames, cities), and a target with fewer than :data:`MIN_EXAMPLES`
examples is not judged.

Cost: one value -> columns index of the source values some example's span could be, and each example's spans
looked up once in it (not every column's vocabulary per example): linear in source values plus examples x spans.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.mapping.side import MatchColumn

MIN_EXAMPLES = 2
MIN_CHARS = 2
PART_SHARE = 0.5
JOINT_SHARE = 0.5
BASE = 0.3
GAIN = 0.4
#: source values read per column
READ = 1000


def _vocab(values: Sequence[str]) -> set[str]:
    out = set()
    for v in set(values[:READ]):  # a value repeated is normalised once
        v = " ".join(v.split()).casefold()
        if len(v) >= MIN_CHARS and any(ch.isalpha() for ch in v):
            out.add(v)
    return out


def _spans(example: str) -> set[str]:
    """The runs of one to three words of ``example`` (short of the whole); none for a single word."""
    words = example.casefold().split()
    return {" ".join(words[a:b]) for a in range(len(words)) for b in range(a + 1, min(a + 3, len(words)) + 1)
            if b - a < len(words)}


def value_composes(src: Sequence[MatchColumn], dst: Sequence[MatchColumn]) -> dict[int, tuple[list[int], float]]:
    """Per target row (two source indexes, score) of the module docstring."""
    out: dict[int, tuple[list[int], float]] = {}
    rows = []
    for i, d in enumerate(dst):
        ex = [" ".join(v.split()) for v in (d.values or []) if v.strip()]
        if d.logical_type == "string" and len(ex) >= MIN_EXAMPLES and any(" " in e for e in ex):
            rows.append((i, ex))
    if not rows:  # no example of several words: nothing to read the sources for
        return out
    wanted = {sp for _, ex in rows for e in ex for sp in _spans(e)} | {e.casefold() for _, ex in rows for e in ex}
    index: dict[str, set[int]] = {}  # value -> the source columns holding it (only values some example could hold)
    vocabs = 0
    for j, s in enumerate(src):
        if not s.values or s.logical_type != "string":
            continue
        voc = _vocab(s.values)
        if len(voc) < 3:
            continue
        vocabs += 1
        for v in voc & wanted:
            index.setdefault(v, set()).add(j)
    if vocabs < 2:
        return out
    for i, ex in rows:
        whole_in = {j for e in ex for j in index.get(e.casefold(), ())}  # columns holding the examples themselves
        counts: dict[int, list[bool]] = {}
        for k, e in enumerate(ex):
            for j in {j for sp in _spans(e) for j in index.get(sp, ())} - whole_in:
                counts.setdefault(j, [False] * len(ex))[k] = True
        held = {j: hits for j, hits in counts.items() if sum(hits) >= PART_SHARE * len(ex)}
        if len(held) < 2:
            continue
        a, b = sorted(held, key=lambda j: (-sum(held[j]), j))[:2]
        joint = sum(x and y for x, y in zip(held[a], held[b], strict=True)) / len(ex)
        if joint >= JOINT_SHARE:
            out[i] = (sorted([a, b]), round(BASE + GAIN * joint, 4))
    return out
