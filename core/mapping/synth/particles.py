"""Title case with the small words and word heads the examples write otherwise.

Place and person names exported in capitals recur in every golden set by every author, each language with its
own small words: Portuguese ``São José dos Campos`` (``de``, ``da``, ``dos``), French ``Aix-en-Provence`` (``en``,
``sur``), Dutch ``Capelle aan den IJssel`` (``aan``, ``den``, ``'s``, the digraph ``IJ``). Unicode title case
(DSL 1.8 ``title_case``) gets the other words right; the exceptions are learned from the examples:

* a **small word** (at most 4 characters) an example writes in lower case where title case capitalises it, after
  a space or a hyphen and before one, never as the last word (``([ -])Dos([ -])`` -> ``$1dos$2``, on separators
  doubled for the time being, so adjacent ones such as ``aan den`` match each); at the start of the value only when
  an example writes it lower case there (``'s-Hertogenbosch``, yet ``Den Helder``);
* a **word head** of at most three characters where the examples raise a later letter to upper case
  (``Ij`` -> ``IJ``), at the start of every word; a word written lower case where title case capitalises its first
  letter and longer than a small word (``Hello world``) proposes nothing.

Every word of every example must be its title case or one of these exceptions, consistently (the engine confirms
the program on every example); a value whose words are not all explained this way proposes nothing, so sentence
case (every later word lower) is no particle list.
"""

from __future__ import annotations

import re
from typing import Any

from core.mapping.synth.conversions import candidate, confirmed
from core.mapping.synth.emit import OUT
from core.mapping.synth.models import Candidate
from dsl.unicase import title_case

#: small words of names and places in several languages: when every small word the examples show is one of these,
#: the others are lowered too (``da`` beside ``van``, ``de``, ``von``), unless an example keeps one capitalised
KNOWN = frozenset(("de", "der", "den", "von", "van", "vom", "zu", "zum", "la", "le", "les", "du", "da", "das", "do",
                   "dos", "des", "del", "della", "di", "y", "e", "und", "et", "en", "sur", "sous", "aan", "op", "ter",
                   "ten", "het", "'s", "'t"))
#: longest small word, longest word head
MAX_WORD, MAX_HEAD = 4, 3
_SEP = re.compile(r"([ -])")
COST = 3.0


def _learn(vals: list[str], outs: list[str]) -> tuple[set[str], set[str], dict[str, str]] | None:
    """(small words inside, small words at the start, word heads) explaining every example, or None."""
    inner: set[str] = set()
    start: set[str] = set()
    heads: dict[str, str] = {}
    kept: set[str] = set()
    for v, o in zip(vals, outs, strict=True):
        a_toks, b_toks = _SEP.split(title_case(v)), _SEP.split(o)
        if len(a_toks) != len(b_toks) or a_toks[1::2] != b_toks[1::2]:
            return None
        for k, (a, b) in enumerate(zip(a_toks[::2], b_toks[::2], strict=True)):
            if a == b:
                if k:
                    kept.add(b.lower())
                continue
            if a.lower() == b and len(b) <= MAX_WORD and any(ch.isalpha() for ch in b):
                (start if k == 0 else inner).add(b)
            elif len(a) == len(b) and a.lower() == b.lower():
                diff = [i for i in range(len(a)) if a[i] != b[i]]
                last = diff[-1]
                raised = all(i > 0 and a[i].islower() and b[i].isupper() for i in diff)
                if not raised or last >= MAX_HEAD or heads.get(a[:last + 1], b[:last + 1]) != b[:last + 1]:
                    return None
                heads[a[:last + 1]] = b[:last + 1]
            else:
                return None
    if inner and inner <= KNOWN:  # one-letter words are initials (``John E Smith``) unless an example shows them
        inner |= {w for w in KNOWN - kept if len(w) > 1}
    return (inner, start, heads) if inner or start or heads else None


def _steps(col: str, inner: set[str], start: set[str], heads: dict[str, str]) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = [{"op": "title_case", "input": col, "output": OUT}]

    def rep(pattern: str, replacement: str) -> None:
        steps.append({"op": "replace", "input": OUT, "output": OUT, "pattern": pattern, "replacement": replacement,
                      "groups": True})

    if inner:  # every separator doubled, so adjacent small words (``aan den``) each have one on either side
        rep("([ -])", "$1$1")
        for word in sorted(inner):
            rep(f"([ -]){re.escape(title_case(word))}([ -])", f"$1{word.replace('$', '$$')}$2")
        rep(" {2}", " ")
        rep("-{2}", "-")
    # a small word is never the last word (``Wilmington DE``, ``Vitamin E``): the space ending the value comes after
    steps.append({"op": "template", "inputs": [OUT], "template": "{0} ", "output": OUT})
    for word in sorted(start):
        rep(f"^{re.escape(title_case(word))}([ -])", f"{word.replace('$', '$$')}$1")
    for head, fixed in sorted(heads.items()):
        rep(f"^{re.escape(head)}", fixed.replace("$", "$$"))
        rep(f"([ -]){re.escape(head)}", f"$1{fixed.replace('$', '$$')}")
    steps.append({"op": "replace", "input": OUT, "output": OUT, "pattern": " $", "replacement": ""})
    return steps


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed title-case programs with the examples' small words and word heads (one string input)."""
    if not rows or any(o is None for o in outs):
        return []
    found: list[Candidate] = []
    for idx, name in enumerate(names):
        vals = [r[idx] for r in rows]
        if types.get(name) != "string" or any(v is None for v in vals):
            continue
        learned = _learn([v or "" for v in vals], [o or "" for o in outs])
        if learned is None:
            continue
        pipe = confirmed(_steps(name, *learned), rows, outs, names, types, "1.8.0")
        if pipe is not None:
            found.append(candidate(pipe, COST, len(rows), "title_particles"))
    return found
