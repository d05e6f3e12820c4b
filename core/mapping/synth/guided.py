"""Selectors learned from where the examples' outputs sit in their inputs (example-guided).

- **Shape**: the first substring with the output's token shape (``export_2024-03-05_final``
  -> ``[0-9]{4}-[0-9]{2}-[0-9]{2}``; ``Re: [OPS-7] ...`` -> ``[A-Z]+-[0-9]+``): runs of digits,
  upper/lower/mixed letters (digit runs counted when every example has the same length) and literal
  punctuation, generalized over every example whose output occurs in its input.
- **Context**: the text after a literal left context that every example shares, up to the
  character that ends the output in every example (``?id=42&ref`` -> ``id=([^&]+)``,
  ``https://host/`` -> ``//([^/]+)``).

Both are plain ``regex_extract`` patterns without alternation or quantified groups (the DSL's
extraction subset); a run of one class followed by a literal of another class makes the
first (Rust/RE2) and the longest (PostgreSQL) match coincide.
"""

from __future__ import annotations

import re

from core.mapping.synth.atoms import LETTER, Selector, class_esc, esc
from core.mapping.synth.text import lower

_TOKEN = re.compile(f"[0-9]+|[A-Z]+|[a-z]+|[{LETTER}]+|.", re.S)
MAX_CONTEXT = 8


def _classes(tok: str) -> list[str]:
    if tok.isdecimal():
        return ["[0-9]"]
    if tok.isascii() and tok.isupper():
        return ["[A-Z]", f"[{LETTER}]"]
    if tok.isascii() and tok.islower():
        return ["[a-z]", f"[{LETTER}]"]
    if tok[0].isalpha():
        return [f"[{LETTER}]"]
    return []


def _letters_merged(tokens: list[str]) -> list[str]:
    """Adjacent letter runs of different case joined (``JIRA`` stays, ``Paris`` is one token)."""
    out: list[str] = []
    for t in tokens:
        if out and t[0].isalpha() and out[-1][0].isalpha():
            out[-1] += t
        else:
            out.append(t)
    return out


def shape_selectors(pairs: list[tuple[str, str]], counted: bool = True) -> list[Selector]:
    """First-match selectors of the outputs' common token shape (``pairs``: input view value, output
    occurring in it); ``counted``: digit runs of one length in every example keep it (else ``+``)."""
    if not pairs:
        return []
    toks = [_letters_merged(_TOKEN.findall(o)) for _, o in pairs]
    if len({len(t) for t in toks}) != 1 or len(toks[0]) > 12:
        return []
    parts: list[list[str]] = [[]]
    for pos in range(len(toks[0])):
        col = [t[pos] for t in toks]
        if all(not c[0].isalnum() for c in col):
            if len(set(col)) != 1:
                return []
            parts = [p + [esc(col[0])] for p in parts]
            continue
        kinds = [set(_classes(c)) for c in col]
        common = set.intersection(*kinds) if kinds else set()
        if not common:
            return []
        cls = sorted(common, key=len)[0]
        lens = {len(c) for c in col}
        # digits counted when every example agrees (dates, postcodes); letters never (names vary)
        rep = f"{{{lens.pop()}}}" if counted and cls == "[0-9]" and len(lens) == 1 and len(pairs) > 1 else "+"
        parts = [p + [cls + rep] for p in parts]
    pattern = "".join(parts[0])
    if "{" not in pattern and "+" not in pattern:
        return []
    cost = 0.35 - 0.02 * min(len(toks[0]), 5)
    out = [Selector(f"({pattern})", round(cost, 3), f"shape{pattern}")]
    tail = last_tail(parts[0][0])
    if tail is not None:  # the last match: nothing that could start another one follows it
        # (``8GB RAM 256GB Black``: the storage is the last number with a unit)
        out.append(Selector(f"({pattern}){tail}", round(cost, 3), f"shape_last{pattern}"))
    return out


def last_tail(first: str) -> str | None:
    """The tail ``[^C<newline>]*$`` for a pattern piece starting with the plain class ``[C]`` (``[0-9]{4}``,
    ``[A-Z]+``): no character that could start another match follows. None for a literal, a negated class
    (``[^x]`` cannot be negated by text) or a class with escapes."""
    if not first.startswith("[") or first.startswith("[^") or "]" not in first:
        return None
    body = first[1:first.index("]")]
    if not body or "\\" in body:
        return None
    return "[^" + body + "\n]*$"


def context_selectors(pairs: list[tuple[str, str]]) -> list[Selector]:
    """The text after the longest literal left context common to every example, up to the
    characters that follow the output (``pairs``: input view value, output occurring in it)."""
    if not pairs:
        return []
    lefts, follows = [], set()
    for value, out in pairs:
        at = value.find(out)
        lefts.append(value[max(0, at - MAX_CONTEXT):at])
        end = at + len(out)
        if end < len(value):
            follows.add(value[end])
    common = lefts[0]
    for lf in lefts[1:]:
        while common and not lf.endswith(common):
            common = common[1:]
    starts = [(value, value.find(out) - len(common)) for value, out in pairs]
    while common and common[0].isalnum() and any(at > 0 and value[at - 1].isalnum() for value, at in starts):
        common = common[1:]  # a token context starts at a token boundary (not "T " of "GET "/"POST ")
        starts = [(value, at + 1) for value, at in starts]
    if any(ch.isalnum() for ch in follows) or any(ch in "\n" for ch in follows):
        return []
    stop = "".join(class_esc(ch) for ch in sorted(follows))
    body = f"[^{stop}\\n]+"
    folded = _folded_context(lefts, common, body, pairs)
    if folded is not None:
        return [folded]
    if not common or common.isspace() or all(ch.isalnum() for ch in common) and len(common) < 2:
        return []
    common = _shortest_context(common, body, pairs)
    lit = "".join(esc(ch) for ch in common)
    return [Selector(f"{lit}({body})", round(0.25 - 0.01 * min(len(common), 5), 3), f"ctx{common!r}")]


def _folded_context(lefts: list[str], common: str, body: str, pairs: list[tuple[str, str]]) -> Selector | None:
    """A left context shared once letter case is set aside (``[X] `` and ``[x] `` of a ticked box), longer
    than the literal one and holding a letter whose case the examples vary: the letter becomes ``[Xx]``."""
    n = 0
    while all(len(lf) > n for lf in lefts) and len({lf[len(lf) - 1 - n].lower() for lf in lefts}) == 1:
        n += 1
    if n <= len(common):
        return None
    cols = [{lf[len(lf) - n + k] for lf in lefts} for k in range(n)]
    if not any(len(c) > 1 for c in cols):
        return None
    lit = "".join(esc(next(iter(c))) if len(c) == 1 else "[" + "".join(sorted(c)) + "]" for c in cols)
    rx = re.compile(f"{lit}({body})")
    if not all((m := rx.search(v)) is not None and m.group(1) == o for v, o in pairs):
        return None
    return Selector(f"{lit}({body})", 0.25, f"ctxi{lit!r}")


def _shortest_context(common: str, body: str, pairs: list[tuple[str, str]]) -> str:
    """The shortest suffix of the shared left context that still finds every example's output
    (Occam: the rest of a long shared context is a constant copied from the examples, such as the
    ``/1.1`` of ``HTTP/1.1" 200``, which held rows need not share). A key word glued to the kept
    context (``id`` of ``id=``) stays: it names the field, it is not a coincidence."""
    for n in range(1, len(common)):
        cand = common[len(common) - n:]
        if cand.isspace() or (all(ch.isalnum() for ch in cand) and len(cand) < 2) or cand[0].isspace():
            continue
        if cand[0].isalnum() and common[len(common) - n - 1].isalnum():
            continue  # not at a token boundary
        rx = re.compile("".join(esc(ch) for ch in cand) + f"({body})")
        if not all((m := rx.search(v)) is not None and m.group(1) == o and m.start(1) == v.find(o)
                   for v, o in pairs):
            continue
        return _with_key(common, len(common) - n)
    return common


def _with_key(common: str, start: int) -> str:
    """``common[start:]`` extended to the key word right before it (``id`` of ``id=``, ``name`` of
    ``"name": "``): over punctuation, then the word's letters; unchanged when no word is there."""
    k = start
    while k > 0 and not common[k - 1].isalnum() and not common[k - 1].isspace():
        k -= 1
    w = k
    while w > 0 and common[w - 1].isalpha():
        w -= 1
    if w == k or (w > 0 and common[w - 1].isalnum()) or (common[start].isalpha() and k != start):
        return common[start:]
    return common[w:]


def _occurrences(v: str, o: str) -> list[int]:
    out: list[int] = []
    at = v.find(o)
    while at >= 0 and len(out) < 8:
        out.append(at)
        at = v.find(o, at + 1)
    return out


def occurrence_selectors(pairs: list[tuple[str, str]]) -> list[Selector]:
    """The text after the k-th occurrence of a delimiter (the same k in every example) up to the
    characters that follow the output: a URL's path after its third ``/``, up to ``?``. An output
    that occurs several times in its input (``/`` of ``http://h.de/``) is tried at each place."""
    if not pairs:
        return []
    delims = sorted({ch for v, _ in pairs for ch in v if not ch.isalnum() and not ch.isspace()})
    out: list[Selector] = []
    for d in delims:
        e, c = esc(d), class_esc(d)
        for mode in ("after", "from"):
            ks: set[int] | None = None
            for v, o in pairs:
                here = {v[:at].count(d) for at in _occurrences(v, o)
                        if (mode == "after" and v[:at].endswith(d)) or (mode == "from" and v[at] == d)}
                ks = here if ks is None else ks & here
            for k in sorted(ks or ())[:1]:
                if not 1 <= k + 1 <= 7 or (mode == "after" and not k):
                    continue
                spans = [(v, at, at + len(o)) for v, o in pairs for at in _occurrences(v, o)
                         if v[:at].count(d) == k and ((mode == "after" and v[:at].endswith(d)) or
                                                      (mode == "from" and v[at] == d))]
                follows = {v[end] for v, _, end in spans if end < len(v)}
                if any(ch.isalnum() or ch == "\n" for ch in follows):
                    continue
                stop = "".join(class_esc(ch) for ch in sorted(follows))
                head = f"[^{c}]*{e}" * k
                if mode == "after":
                    sel = Selector(f"^{head}([^{stop}\\n]+)", round(0.3 + 0.02 * k, 3), f"after{d!r}#{k}")
                else:
                    sel = Selector(f"^{head}[^{c}]*({e}[^{stop}\\n]*)", round(0.32 + 0.02 * k, 3),
                                   f"from{d!r}#{k + 1}")
                rx = re.compile(sel.pattern or "")
                if all((m := rx.search(v)) is not None and m.group(1) == o for v, o in pairs):
                    out.append(sel)
    return out


def case_blind_pairs(vals: list[str | None], outs: list[str | None]) -> list[tuple[str, str]]:
    """(input, the input's own text of the output) where some output sits in its input only with another
    letter case (ASCII): the shape is then learned from the inputs' spelling, the case left to a transform."""
    pairs: list[tuple[str, str]] = []
    changed = False
    for v, o in zip(vals, outs, strict=True):
        if not v or not o or o == v:
            continue
        at = lower(v).find(lower(o))
        if at < 0:
            continue
        pairs.append((v, v[at:at + len(o)]))
        changed = changed or o not in v
    return pairs if changed else []
