"""Transform chains worth trying on a selected value: case, lexicons, numbers, ASCII folding
and whole-text pipelines (bracketed spans, words, separator swaps, camelCase, fixed groups).
"""

from __future__ import annotations

import re

from core.mapping.synth import numeric, weekday_readings
from core.mapping.synth import transforms as tfm
from core.mapping.synth.lexicon import load_lexicon

LEX_FORMS = [("country", "alpha2"), ("country", "alpha3"), ("boolean", "canonical"), ("gender", "canonical"),
             ("honorific", "canonical"), ("us_state", "canonical"), ("street_type", "canonical"),
             ("weekday", "canonical"), ("log_level", "canonical"), ("traffic_light", "canonical")]
_DECIMAL = re.compile(r"-?[0-9]+\.[0-9]+")
CASE_AFTER = ("month_abbr", "month_full", "lex", "quarter", "month_name")


def _lex_transforms(value: str, out0: str) -> list[tfm.Transform]:
    hits: list[tfm.Transform] = []
    cats = load_lexicon()
    for cat, form in LEX_FORMS:
        if cat not in cats:
            continue
        for reading in weekday_readings.readings(cat, value):
            tf: tfm.Transform = ("lex", cat, form, reading) if reading else ("lex", cat, form)
            got = tfm.apply(tf, value)
            if got and (got in out0 or got.lower() in out0.lower()):  # in another case: a case op follows
                hits.append(tf)
    return hits


def chains(value: str, widths: set[int], out0: str, whole: bool, hints: set[str], number_ok: bool = False,
           fills: frozenset[tuple[int, str, str]] = frozenset(),
           vanished: frozenset[str] = frozenset()) -> list[tuple[tfm.Transform, ...]]:
    chains: list[tuple[tfm.Transform, ...]] = [()]
    if value != value.strip() and value.strip():  # a blank-padded field (fixed-width records)
        chains += [(("clean",),), (("clean",), ("title",)), (("clean",), ("upper",)), (("clean",), ("lower",))]
    for w, c, side in sorted(fills):  # padding to a fixed width some example shows
        padc: tfm.Transform = ("padc", str(w), c, side)
        if len(value) < w and (padded := tfm.apply(padc, value)) is not None and padded in out0:
            chains.append((padc,))
    # a number the output writes as it is still gets its fixed-decimal renderings when it has decimals: another
    # example may write fewer (``57816.75`` beside ``39700.1`` -> ``39700.10``)
    if number_ok and (value not in numeric.numbers_in(out0) or numeric.DECIMAL_COMMA in hints
                      or _DECIMAL.fullmatch(value) is not None):
        chains += [(tf,) for tf in numeric.candidates(value, out0, hints)]
    lex = _lex_transforms(value, out0) if whole or value.isalpha() else []
    for tf in tfm.candidates(value, widths, lex):
        chains.append((tf,))
        if tf[0] in CASE_AFTER:
            chains += [(tf, ("upper",)), (tf, ("lower",)), (tf, ("title",))]
        if tf[0] == "month_num":  # a month name read as a number, then what numbers allow (quarter)
            mid = tfm.apply(tf, value)
            if mid is not None and mid.isdecimal():
                chains += [(tf, t2) for t2 in tfm.candidates(mid, widths, []) if t2[0] in ("quarter", "strip0")]
    cases: list[tuple[tfm.Transform, ...]] = [(), (("upper",),), (("lower",),), (("title",),)]
    if not value.isascii():  # Unicode case: a translate of the non-ASCII letters, then the ASCII case op
        cases += [(("uupper",),), (("ulower",),)]
    if not value.isascii():  # Unicode case alone, letters kept (``Fußgänger`` -> ``FUSSGÄNGER``)
        chains += [(("uupper",),), (("ulower",),)]
    if not value.isascii():  # accents and typographic punctuation folded to ASCII (or transliterated)
        chains += [(("ascii",), *c) for c in cases]
        if any(ch in value for ch, _ in tfm.TRANSLIT):
            chains += [(("translit",), ("ascii",), *c) for c in cases]
    for ch in tfm.MASK_CHARS:  # every character masked
        if ch * len(value) in out0:
            chains.append((("mask", ch),))
        elif ch in out0 and (masked := tfm.apply(("maskan", ch), value)) and masked in out0:
            chains.append((("maskan", ch),))  # letters and digits only: separators kept
    chains += [(("unprefix", p),) for p in _prefixes(value, out0)]
    if not whole and value.isalnum() and len(value) >= 4 and value not in out0:
        chains += _groups(value, out0)
    if whole:
        chains += _text_chains(value, out0, cases, vanished)
    return chains


def _prefixes(value: str, out0: str) -> list[str]:
    """A short leading word with its dot or space (``www.``, ``Dr. ``) whose removal the output needs:
    dropped where present, the value kept where not (``www.bbc.co.uk`` and ``shop.acme.de``)."""
    if value in out0:
        return []
    return [value[:j] for j in range(2, min(len(value), 6) + 1)
            if value[j - 1] in ". " and value[:j - 1].isalpha() and value[j:] and value[j:] in out0]


def _groups(value: str, out0: str) -> list[tuple[tfm.Transform, ...]]:
    """A piece of letters or digits cut into fixed groups by a separator the output shows
    (``301000`` -> ``30.10.00`` after a 4-digit heading: tariff codes, grouped account numbers)."""
    out: list[tuple[tfm.Transform, ...]] = []
    for sep in sorted({ch for ch in out0 if not ch.isalnum() and not ch.isspace()} | ({" "} & set(out0))):
        for n in (2, 3, 4):
            got = tfm.apply(("chunk", str(n), sep), value)
            if got and got in out0 and sep in got:
                out.append((("chunk", str(n), sep),))
    return out


_PAIRS = (("<", ">"), ("(", ")"), ("[", "]"), ("{", "}"))
_RUN_SEP = re.compile(r"[^0-9A-Za-z\u00c0-\u024f]+")


def _translations(value: str, out0: str, seps: list[str], vanished: frozenset[str]) -> list[tfm.Transform]:
    """``tr`` transforms: the punctuation no example output shows deleted, or one of those characters
    replaced by a separator the outputs show instead (``{"a b",c}`` -> ``a b; c``)."""
    if not any(ch in vanished for ch in value) or len(vanished) > 8 or \
            sum(ch.isalnum() for ch in value) > len(out0):
        return []  # a translate keeps every letter and digit: more of them than the output holds never fit
    gone = sorted(vanished)  # also those other examples show: one map for the whole column
    out = [tfm.translation(dict.fromkeys(gone, ""))]
    low = out0.lower()
    for ch in (c for c in gone if c in value):
        for sep in seps:
            tf = tfm.translation({**dict.fromkeys(gone, ""), ch: sep})
            got = tfm.apply(tf, value)
            if got and sep in got and got.lower() in low:
                out.append(tf)
    return out[:4]


def _text_chains(value: str, out0: str, cases: list[tuple[tfm.Transform, ...]],
                 vanished: frozenset[str] = frozenset()) -> list[tuple[tfm.Transform, ...]]:
    """Whole-text pipelines: [ascii] [drop bracketed spans | translate vanished punctuation]
    [words | separator swap] [case]."""
    gone = sorted({ch for ch in value if not ch.isalnum() and ch not in out0})[:4]
    runs = sorted({m.group(0) for m in _RUN_SEP.finditer(out0) if m.group(0) not in value and len(m.group(0)) <= 3})
    new = sorted({ch for ch in out0 if not ch.isalnum() and ch not in value})
    seps = list(dict.fromkeys([*runs[:4], *new[:4]]))
    firsts: list[tuple[tfm.Transform, ...]] = [()]
    if not value.isascii():
        firsts.append((("ascii",),))
    spans = [(("delspan", o, c), ("clean",)) for o, c in _PAIRS if o in value and c in value and o not in out0]
    firsts += [f + s for f in list(firsts) for s in spans]
    firsts += [(tr,) for tr in _translations(value, out0, seps, vanished)]
    mids: list[tuple[tfm.Transform, ...]] = [(("words",),)]
    if re.search(tfm.CAMEL, value):
        mids += [(("camel", r),) for r in seps]
    for sep in new[:2]:  # fixed-size groups: the first group's length in the output
        first = out0.split(sep)[0]
        if 2 <= len(first) <= 6 and sep not in value:
            mids.append((("chunk", str(len(first)), sep),))
    mids += [(("words",), ("repl", " ", r)) for r in seps if r != " "]
    mids += [(("repl", d, r),) for d in gone for r in ["", *seps]]
    if re.search(tfm.SYMBOLS, value):  # emoji and pictographs dropped, then the spaces tidied
        mids += [(("delsym",), ("clean",))]
    if len(gone) > 1:  # several punctuation characters dropped: one class, then the spaces tidied
        mids += [(("delpunct",),), (("delpunct",), ("clean",))]
    out: list[tuple[tfm.Transform, ...]] = []
    for f in firsts:
        for m in ([()] if f else []) + mids:
            for c in cases:
                chain = f + m + c
                if chain:
                    out.append(chain)
    return out


def apply_chain(chain: tuple[tfm.Transform, ...], v: str | None) -> str | None:
    for tf in chain:
        v = tfm.apply(tf, v)
    return v
