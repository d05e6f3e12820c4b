"""FlashFill-style substring selectors (Gulwani 2011): a piece of the output that occurs in an
input is ``input[p1:p2]``, each position described by token contexts, and every description
becomes one ``regex_extract`` pattern with one capture group.

For each example and each substring of its output that sits at token boundaries of both the
output and the input (case ignored: a case transform may follow), the left position is one of

- the start of the text (``^``);
- a *chain* from the start: after the k-th occurrence of the delimiter before it
  (``^[^/]*/[^/]*/``), or after the first such delimiter that follows the k-th occurrence of
  another one (``^[^"]*"[^ ]* `` = after the first space inside the quotes);
- a literal left context, unanchored: the delimiter alone or with the word before it
  (``user=``), optionally counted from the end (after the *last* ``/``: the rest of the text
  holds no ``/``);

and the right position is where the body stops (the next delimiter, the end of a digit or
letter run) optionally anchored by a chain to the end (before the k-th last ``.``). The body
is a run of one token class or of everything but the stop characters. Quantified groups are
unrolled (the DSL's extraction subset allows no alternation nor quantified groups) and every
piece is deterministic (``[^c]*c`` steps, bodies that exclude the character that ends them),
so first-match (Rust, RE2) and longest-match (PostgreSQL) engines extract the same text.

Candidates are generated per example and kept only if the pattern, run on that example,
returns exactly the span it was made from; the search (:mod:`.search`) then intersects them
across the examples (an atom must fit every example) and ranks by cost: few steps, low
occurrence counts, general token classes, and fields of delimited records (a delimiter that
occurs equally often in every input) first.
"""

from __future__ import annotations

import re

from core.mapping.synth.atoms import LETTER, Selector, class_esc, esc

#: stop characters that come together: a URL's path ends at ``?`` (query) or ``#`` (fragment)
STOP_FAMILY = {"?": "#", "#": "?"}
MAX_SPANS = 24  # spans per example (longest first)
MAX_SELECTORS = 60
MAX_K = 6  # highest occurrence count unrolled
_LETTER_RE = re.compile(f"[{LETTER}]")


def _cls(ch: str) -> str:
    if ch.isdecimal():
        return "D"
    if _LETTER_RE.match(ch):
        return "L"
    if ch.isspace():
        return "S"
    return "P" + ch


def boundaries(v: str) -> set[int]:
    """Token boundaries: the ends, and between characters of different classes (each
    punctuation character is a class of its own)."""
    out = {0, len(v)}
    for p in range(1, len(v)):
        a, b = _cls(v[p - 1]), _cls(v[p])
        if a != b or a.startswith("P"):
            out.add(p)
    return out


def spans(v: str, o: str) -> list[tuple[int, int]]:
    """Positions ``(i, j)`` of ``v`` whose text equals (case ignored) a substring of ``o`` that
    starts and ends at token boundaries of both ``o`` and ``v``; longest first."""
    lv, lo = v.lower(), o.lower()
    if len(lv) != len(v) or len(lo) != len(o):
        return []
    vb, ob = boundaries(v), sorted(boundaries(o))
    found: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()
    subs = sorted({lo[a:b] for a in ob for b in ob if b > a}, key=lambda s: (-len(s), s))
    for sub in subs:
        if not sub.strip():
            continue
        at = lv.find(sub)
        n = 0
        while at >= 0 and n < 3:
            span = (at, at + len(sub))
            if at in vb and span[1] in vb and span not in seen:
                seen.add(span)
                found.append(span)
            n += 1
            at = lv.find(sub, at + 1)
        if len(found) >= MAX_SPANS:
            break
    return found


def _steps(c: str, k: int) -> str:
    e, cc = esc(c), class_esc(c)
    return f"[^{cc}]*{e}" * k


def _lefts(v: str, i: int, record: set[str], values: list[str]) -> list[tuple[str, float, set[str], bool]]:
    """Left descriptions of position ``i``: (regex, cost, characters the body must exclude,
    anchored at the start?)."""
    if i == 0:
        return [("^", 0.0, set(), True)]
    c = v[i - 1]
    if c.isalnum():
        return [("", 0.05, set(), False)]  # the body's class run decides where it starts
    out: list[tuple[str, float, set[str], bool]] = []
    k = v[:i].count(c)
    if k <= MAX_K:
        cost = 0.02 * k if c in record else 0.06 + 0.04 * k
        out.append(("^" + _steps(c, k), cost, {c}, True))
    prev = v.rfind(c, 0, i - 1)
    seen: set[str] = set()
    for m in range(prev + 1, i - 1):
        d = v[m]
        if d.isalnum() or d in seen or d == c or d == "\n":
            continue
        seen.add(d)
        k2 = v[:m + 1].count(d)
        if k2 <= 3:
            out.append(("^" + _steps(d, k2) + _steps(c, 1), 0.1 + 0.04 * (k2 + 1), {c}, True))
    if c == " ":  # a keyword between spaces (" by "): a literal context of its own
        kw = re.search(f"(^| )([{LETTER}]{{2,}}) $", v[:i])
        if kw and all(kw.group(2) in w for w in values):  # a keyword is a constant of every input
            out.append(("".join(esc(ch) for ch in v[kw.start():i]) if kw.group(1) else "^" + kw.group(2) + " ",
                        0.14, set(), False))
    if not c.isspace():
        out.append((esc(c), 0.1, {c}, False))
        word = re.search(r"[A-Za-z_]+$", v[:i - 1])
        if word and (word.start() == 0 or not v[word.start() - 1].isalnum()) and \
                all(word.group() + c in w for w in values):
            out.append((re.escape(word.group()) + esc(c), 0.08, {c}, False))
    return out


def _rights(v: str, j: int, values: list[str]) -> list[tuple[str, float, set[str]]]:
    """Right anchors of position ``j``: (regex, cost, characters the body must exclude)."""
    out: list[tuple[str, float, set[str]]] = [("", 0.0, set())]
    if j == len(v):
        out.append(("$", 0.02, set()))
        return out
    c = v[j]
    m = re.match(f" ([{LETTER}]{{2,}})( |$)", v[j:])
    if m and all(m.group(1) in w for w in values):  # a keyword (" by ") ends the piece: its last occurrence
        out.append(("".join(esc(ch) for ch in m.group()) + ("$" if not m.group(2) else ""), 0.14, set()))
    if not c.isalnum() and c != "\n":
        k = v[j:].count(c)
        if k <= 4:
            cc = class_esc(c)
            out.append((f"{esc(c)}[^{cc}]*" * k + "$", 0.08 + 0.04 * k, {c}))
    return out


def _marked(v: str, i: int, j: int) -> dict[str, float]:
    """The first word holding a mark (``ann@x.com`` in free text: the run between the stop
    characters around the piece that contains an ``@``), one pattern per punctuation mark of
    the piece."""
    stop = {v[p] for p in (i - 1, j) if 0 <= p < len(v)}
    if any(ch.isalnum() for ch in stop):
        return {}
    piece = v[i:j]
    if any(ch in stop or ch == "\n" for ch in piece):
        return {}
    neg = "".join(class_esc(ch) for ch in sorted(stop)) + "\\n"
    out: dict[str, float] = {}
    for d in sorted({ch for ch in piece if not ch.isalnum() and not ch.isspace()}):
        pat = f"([^{neg}]*{esc(d)}[^{neg}]*)"
        m = re.search(pat, v)
        if m is not None and m.span(1) == (i, j):
            out[pat] = 0.3
    return out


def _follows(left: str, values: list[str]) -> set[str]:
    """The first punctuation character after the left context ``left`` in each input."""
    out: set[str] = set()
    if not left or left == "^":
        rx = None
    else:
        try:
            rx = re.compile(left)
        except re.error:
            return out
    for w in values:
        m = rx.search(w) if rx is not None else None
        if rx is not None and m is None:
            continue
        rest = w[m.end():] if m is not None else w
        ch = next((ch for ch in rest if not ch.isalnum() and not ch.isspace()), None)
        if ch is not None and ch != "\n":
            out.add(ch)
    return out


def _keyword(ctx: str) -> bool:
    """A context made of a keyword between spaces (`` by ``)."""
    return " " in ctx and re.search(f"[{LETTER}]{{2}}", ctx) is not None and "[" not in ctx


def _bodies(v: str, i: int, j: int, excl: set[str], multi: bool) -> list[tuple[str, float]]:
    piece = v[i:j]
    out: list[tuple[str, float]] = []
    nxt = v[j] if j < len(v) else ""
    for cls, test in (("[0-9]", str.isdigit), (f"[{LETTER}]", lambda s: bool(_LETTER_RE.fullmatch(s)))):
        if all(test(ch) for ch in piece) and not (nxt and test(nxt)) and \
                not (i > 0 and test(v[i - 1])):
            out.append((f"{cls}+", 0.03))
    if multi:  # between literal contexts of several characters: anything
        out.append(("[^\\n]+", 0.05))
    stop = set(excl)
    rest = v[j:].lstrip(" ")
    words = (stop - {" "}) | {rest[0]} if rest else set()
    if nxt == " " and " " in piece and rest and not rest[0].isalnum() and not any(ch in words for ch in piece):
        # words up to the punctuation after a space (``Hong Kong (Incoterms 2020)``): the piece may hold
        # spaces and ends on a non-space
        neg = "".join(class_esc(ch) for ch in sorted(words)) + "\\n"
        out.append((f"[^{neg}]*[^{neg} ]", 0.02 + 0.01 * len(stop)))
    if nxt and not nxt.isalnum():
        stop.add(nxt)
    elif nxt:
        return out  # the piece ends inside a word: only a class run can say where
    # a URL's query and fragment marks end a path alike: one seen stops the other too
    stop |= {m for ch in list(stop) for m in STOP_FAMILY.get(ch, "") if m not in piece}
    if any(ch in stop for ch in piece) or "\n" in piece:
        return out
    neg = "".join(class_esc(ch) for ch in sorted(stop)) + "\\n"
    out.append((f"[^{neg}]+", 0.01 * (len(stop) - 1)))
    return out


def selectors(pairs: list[tuple[str, str]], values: list[str]) -> list[Selector]:
    """FlashFill selectors from ``pairs`` (input view value, output) of every example whose
    output shares text with its input; ``values``: every example's view value (for the
    delimiters that structure every input alike)."""
    delims = {ch for v in values for ch in v if not ch.isalnum() and not ch.isspace()}
    record = {d for d in delims if len({v.count(d) for v in values}) == 1 and values[0].count(d) >= 2}
    best: dict[str, float] = {}
    for v, o in pairs:
        for i, j in spans(v, o):
            for left, lcost, lex, anchored in _lefts(v, i, record, values):
                last_of = [c for c in lex if not anchored and v[j:].count(c) == 0]
                rights = _rights(v, j, values)
                if last_of:  # after the last occurrence: nothing of it up to the end
                    cc = class_esc(last_of[0])
                    rights.append((f"[^{cc}]*$", 0.1, set(last_of)))
                for right, rcost, rex in rights:
                    if not left and not right:
                        continue
                    multi = _keyword(right) or (_keyword(left) and right in ("", "$"))
                    bodies = _bodies(v, i, j, lex | rex, multi)
                    more = _follows(left, values) - lex - rex
                    if more and left:  # what ends the piece in the other inputs ends it here too (evidence
                        # from several examples: cheaper than a token class)
                        bodies += [(b, c - 0.04) for b, c in _bodies(v, i, j, lex | rex | more, False)
                                   if b.startswith("[^")]
                    for body, bcost in bodies:
                        pat = f"{left}({body}){right}"
                        m = re.search(pat, v)
                        if m is None or m.span(1) != (i, j):
                            continue
                        cost = round(0.12 + lcost + rcost + bcost, 3)
                        if cost < best.get(pat, 99.0):
                            best[pat] = cost
            best.update({p: c for p, c in _marked(v, i, j).items() if c < best.get(p, 99.0)})
    # patterns that cut the same text out of every example are one choice: the cheapest stays
    by_values: dict[tuple[str | None, ...], tuple[float, str]] = {}
    for pat, cost in best.items():
        rx = re.compile(pat)
        vals = tuple((m.group(1) or None) if (m := rx.search(v)) else None for v in values)
        if vals not in by_values or (cost, pat) < by_values[vals]:
            by_values[vals] = (cost, pat)
    ranked = sorted(by_values.values())[:MAX_SELECTORS]
    return [Selector(p, c, f"ff{p}") for c, p in ranked]


def merge(sels: list[Selector], extra: list[Selector]) -> list[Selector]:
    """``sels`` plus ``extra``; of two selectors with the same pattern the cheaper one stays."""
    cost = {s.pattern: s.cost for s in extra}
    out = [s for s in sels if s.pattern is None or s.pattern not in cost or s.cost <= cost[s.pattern]]
    have = {s.pattern for s in out}
    return out + [s for s in extra if s.pattern not in have]
