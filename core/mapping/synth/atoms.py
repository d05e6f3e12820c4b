"""Atoms: the building blocks a synthesized program concatenates.

An atom is ``transform(select(view(input)))``:

- a **view** normalizes one input (raw, whitespace-cleaned, digits only, letters+digits only,
  a US or European number with symbols and thousands separators removed);
- a **selector** picks a substring with a regex derived from FlashFill-style token classes
  (the k-th run of digits/letters/word chars from the start or the end, its first or last
  characters, the k-th field between delimiters, text after/before a delimiter, a fixed
  character slice from the start or the end) or takes the whole view;
- a **transform** changes it (ASCII case, zero padding, stripping leading zeros, month
  number/name maps, lexicon concepts such as country name -> ISO code).

Every selector regex is anchored so that its match is unique (no two ways to split it), so
leftmost-first engines and PostgreSQL's longest-match engine extract the same text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from core.mapping.synth import text
from core.mapping.synth.views import (  # noqa: F401 (the views, re-exported where atoms are read)
    CLOCK_H,
    CLOCK_LAST_H,
    CLOCK_LAST_M,
    CLOCK_M,
    DEC_COMMA,
    PART_VIEWS,
    SUB,
    SUB_COST,
    USPACE,
    VIEW_COST,
    view_cost,
    view_steps,
    view_value,
)

#: letters: Latin (with Latin-1 and Latin Extended-A/B), Greek and Cyrillic (``Иванов И. П.``: a name in
#: Cyrillic is words, not punctuation)
LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0386-\u03ff\u0400-\u052f"
#: upper-case letters of the same scripts
UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0386-\u03ab\u0400-\u042f"
#: lower-case letters (ASCII, Latin-1, Greek, Cyrillic basic)
LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u03ac-\u03ce\u0430-\u045f"
#: a registry name: the surname in capitals, then the given names (``DE LUCA Anna Maria``)
_CAPS_THEN_MIXED = re.compile(f"^[{UPPER}]{{2,}}( [{UPPER}]+)* [{UPPER}][{LOWER}]")
#: token class -> (class of its chars, class of everything else)
CLASSES: dict[str, tuple[str, str]] = {
    "D": ("[0-9]", "[^0-9]"),
    "L": (f"[{LETTER}]", f"[^{LETTER}]"),
    "AN": (f"[0-9{LETTER}]", f"[^0-9{LETTER}]"),
    "U": (f"[{UPPER}]", f"[^{UPPER}]"),
    "W": (r"[^\t-\r ]", r"[\t-\r ]"),
}
CLASS_COST = {"D": 0.0, "L": 0.0, "AN": 0.05, "U": 0.15, "W": 0.1}
_META = set("\\.^$|?*+()[]{}")
_CLASS_META = set("\\]-[^&~")


def esc(ch: str) -> str:
    """Escape one literal character outside a class."""
    return "\\" + ch if ch in _META else ch


def class_esc(ch: str) -> str:
    """Escape one literal character inside a class."""
    return "\\" + ch if ch in _CLASS_META else ch


#: a token-class selector: (class, k, variant ``run``/``head``/``rest``/``tail``, length)
Token = tuple[str, int, str, int]


@dataclass(frozen=True)
class View:
    """A normalized form of input ``idx``."""

    idx: int
    kind: str


@dataclass(frozen=True)
class Selector:
    """``pattern``'s group 1 (None pattern = the whole view)."""

    pattern: str | None
    cost: float
    label: str
    #: (start offset, length, from the end?) for fixed slices: evaluated without the regex
    fast: tuple[int, int, bool] | None = None
    #: (token class, k, variant, length) for token-class selectors: evaluated from the runs of the class
    #: (:func:`_token_value`) without compiling the regex (the same value as the pattern's group 1)
    token: Token | None = None


@dataclass(frozen=True)
class Atom:
    """``transforms`` applied to ``selector`` of ``view``."""

    view: View
    selector: Selector
    transforms: tuple[tuple[str, ...], ...]
    cost: float
    _label: str = field(default="", compare=False, repr=False)

    def __post_init__(self) -> None:
        tf = ",".join(":".join(t) for t in self.transforms)
        label = f"in{self.view.idx}.{self.view.kind}.{self.selector.label}" + (f"|{tf}" if tf else "")
        object.__setattr__(self, "_label", label)

    def label(self) -> str:
        """Readable description (ranking tie-break and debugging)."""
        return self._label


WHOLE = Selector(None, 0.0, "whole")


def _idx_cost(k: int) -> float:
    return 0.0 if k in (0, -1) else 0.15 + 0.05 * (abs(k) - 1)


def token_selectors(values: list[str]) -> list[Selector]:
    """Token-class selectors for a view whose example values are ``values``."""
    out: list[Selector] = []
    for name, (pos, neg) in CLASSES.items():
        counts = [len(re.findall(f"{pos}+", v)) for v in values]
        n = max(counts) if counts else 0
        if n == 0:
            continue
        base = 0.1 + CLASS_COST[name]
        for k in range(n):
            mid = f"{pos}+{neg}+" * k
            out.append(Selector(f"^{neg}*{mid}({pos}+)", base + _idx_cost(k), f"{name}[{k}]",
                                token=(name, k, "run", 0)))
            tail = f"{neg}+{pos}+" * k
            out.append(Selector(f"({pos}+){tail}{neg}*$", base + _idx_cost(-k - 1), f"{name}[{-k - 1}]",
                                token=(name, -k - 1, "run", 0)))
            for ln in (1, 2, 3):
                out.append(Selector(f"^{neg}*{mid}({pos}{{{ln}}})", base + 0.3 + _idx_cost(k),
                                    f"{name}[{k}][:{ln}]", token=(name, k, "head", ln)))
            # the token without its first character (initial + masked rest)
            out.append(Selector(f"^{neg}*{mid}{pos}({pos}+)", base + 0.35 + _idx_cost(k), f"{name}[{k}][1:]",
                                token=(name, k, "rest", 0)))
            out.append(Selector(f"{pos}({pos}+){tail}{neg}*$", base + 0.35 + _idx_cost(-k - 1),
                                f"{name}[{-k - 1}][1:]", token=(name, -k - 1, "rest", 0)))
            if k == 0:
                for ln in (1, 2, 3):
                    out.append(Selector(f"({pos}{{{ln}}}){pos}*{neg}*$", base + 0.35, f"{name}[-1][:{ln}]",
                                        token=(name, -1, "head", ln)))
                    out.append(Selector(f"({pos}{{{ln}}}){neg}*$", base + 0.35, f"{name}[-1][-{ln}:]",
                                        token=(name, -1, "tail", ln)))
    return out


def delimiter_selectors(values: list[str]) -> list[Selector]:
    """Field selectors for each non-alphanumeric delimiter that occurs in the example values."""
    delims = sorted({ch for v in values for ch in v if not ch.isalnum() and ch != "\n"})
    out: list[Selector] = []
    for d in delims:
        e, c = esc(d), class_esc(d)
        nd = f"[^{c}]"
        n = max(v.count(d) for v in values) + 1
        for k in range(min(n, 6)):
            head = f"^{nd}*{e}" + f"{nd}*{e}" * (k - 1) if k else "^"
            out.append(Selector(f"{head}({nd}+)", 0.2 + _idx_cost(k) / 2, f"split{d!r}[{k}]"))
            if k == 0:
                out.append(Selector(f"^{nd}({nd}+){e}", 0.45, f"split{d!r}[0][1:]"))
            tail = f"{e}{nd}*" * k
            out.append(Selector(f"({nd}+){tail}$", 0.2 + _idx_cost(-k - 1) / 2, f"split{d!r}[{-k - 1}]"))
            if d not in " \t":  # the same field without the spaces after the delimiter
                body = f"([^{c}\\t-\\r ]{nd}*)"
                out.append(Selector(f"{head}[\\t-\\r ]*{body}", 0.22 + _idx_cost(k) / 2, f"splitT{d!r}[{k}]"))
        if d not in " \t":  # the last field without the spaces after its delimiter (``A > B > C D``); a
            # value without the delimiter is one field, the last (``Root``): an example whose output is
            # empty there makes the delimiter required (``splitT`` with the delimiter, below)
            out.append(Selector(f"([^{c}\\t-\\r ]{nd}*)$", 0.21, f"splitT{d!r}[-1]?"))
            out.append(Selector(f"{e}[\\t-\\r ]*([^{c}\\t-\\r ]{nd}*)$", 0.22, f"splitT{d!r}[-1]"))
        for k in range(1, min(n - 1, 5)):  # the first k+1 fields, delimiters kept (a URL's origin)
            out.append(Selector("^(" + f"{nd}*{e}" * k + f"{nd}*)", 0.3 + 0.02 * k, f"fields{d!r}[:{k + 1}]"))
        out.append(Selector(f"^{nd}*{e}([^\\n]+)", 0.3, f"after_first{d!r}"))
        out.append(Selector(f"^([^\\n]+){e}{nd}*$", 0.3, f"before_last{d!r}"))
        out.append(Selector(f"^([^\\n]*{e}){nd}*$", 0.32, f"through_last{d!r}"))  # ``1.2.`` of ``1.2.9``
    return out


_SP = "[\\t-\\r ]"


def pair_selectors(values: list[str]) -> list[Selector]:
    """Text between two delimiters, before a delimiter (trimmed), numbers, and length-conditional prefixes."""
    delims = sorted({ch for v in values for ch in v if not ch.isalnum() and ch not in " \n\t"})
    out: list[Selector] = []
    for d1 in delims:
        for d2 in delims:
            if d1 == d2 and not all(v.count(d1) % 2 == 0 for v in values):
                continue
            e1, c1, e2, c2 = esc(d1), class_esc(d1), esc(d2), class_esc(d2)
            out.append(Selector(f"^[^{c1}]*{e1}([^{c2}]+){e2}", 0.25, f"between{d1!r}{d2!r}"))
        c = class_esc(d1)
        out.append(Selector(f"^{_SP}*([^{c}\\t-\\r ][^{c}]*[^{c}\\t-\\r ]){_SP}*{esc(d1)}", 0.3,
                            f"before{d1!r}T"))
        out.append(Selector(f"^[^{c}]*{esc(d1)}([^\\n]+){esc(d1)}[^{c}]*$", 0.35, f"inner{d1!r}"))
    if any(_CAPS_THEN_MIXED.search(v) for v in values):  # words in capitals, then words in mixed case
        out.append(Selector(f"^[\\t-\\r ]*([^{LOWER}\\n]*[^{LOWER}\\t-\\r \\n])[\\t-\\r ]+[{UPPER}][{LOWER}]", 0.3,
                            "caps_head"))
        out.append(Selector(f"^[^{LOWER}\\n]*[\\t-\\r ]([{UPPER}][{LOWER}][^\\n]*)$", 0.3, "caps_rest"))
    if any(v.count(" ") >= 2 for v in values):  # the inner words: all but the first and the last word
        out.append(Selector("^[^ ]* ([^\\n]+) [^ ]*$", 0.35, "inner' '"))
    # the first / last number (digits with one optional decimal point or comma)
    n = max((len(v) for v in values), default=0)
    out.append(Selector("^[^0-9]*([0-9]*[.,]?[0-9]+)", 0.05, "N[0]"))
    out.append(Selector("([0-9]*[.,]?[0-9]+)[^0-9]*$", 0.05, "N[-1]"))
    out.append(Selector("^[^0-9\\-]*(-?[0-9]*[.,]?[0-9]+)", 0.04, "NS[0]"))  # with a minus sign
    for k in range(1, min(n, 17)):  # the first / last k characters
        out.append(Selector(f"^([^\\n]{{{k}}})", 0.45, f"[0:{k}]", (0, k, False)))
        out.append(Selector(f"([^\\n]{{{k}}})$", 0.45, f"[-{k}:]", (0, k, True)))
    for k in range(1, min(n, 40)):  # the first k characters, only when the text is longer than k
        out.append(Selector(f"^([^\\n]{{{k}}})[^\\n]", 0.5, f"[:{k}]+"))
    for k in range(1, 5):  # all but the first / last k characters
        out.append(Selector(f"^[^\\n]{{{k}}}([^\\n]+)", 0.45 + 0.02 * k, f"[{k}:]"))
        out.append(Selector(f"^([^\\n]+)[^\\n]{{{k}}}$", 0.45 + 0.02 * k, f"[:-{k}]"))
        for j in range(1, 5):  # the middle: all but the first k and the last j (what a mask hides)
            out.append(Selector(f"^[^\\n]{{{k}}}([^\\n]+)[^\\n]{{{j}}}$", 0.5 + 0.02 * (k + j), f"[{k}:-{j}]"))
    return out


def slice_selectors(values: list[str]) -> list[Selector]:
    """Fixed character slices from the start and from the end (short views only)."""
    n = max((len(v) for v in values), default=0)
    if n == 0 or n > 24:
        return []
    out: list[Selector] = []
    for a in range(min(n, 16)):
        for ln in range(1, min(n - a, 8) + 1):
            skip = f"[^\\n]{{{a}}}" if a else ""
            single = 0.5 if ln == 1 else 0.0  # one character glued to others is rarely meant
            out.append(Selector(f"^{skip}([^\\n]{{{ln}}})", 0.6 + single + 0.01 * a, f"[{a}:{a + ln}]", (a, ln, False)))
            after = f"[^\\n]{{{a}}}" if a else ""
            out.append(Selector(f"([^\\n]{{{ln}}}){after}$", 0.6 + single + 0.01 * a, f"[-{a + ln}:-{a}]",
                                (a, ln, True)))
    return out


_RUNS = {name: re.compile(f"{pos}+") for name, (pos, _) in CLASSES.items()}


@lru_cache(maxsize=65536)
def _runs(name: str, value: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _RUNS[name].finditer(value))


def token_span(token: Token, value: str) -> tuple[int, int] | None:
    """The span of group 1 a token-class selector's regex finds (its k-th run, whole, its first ``ln``
    characters, without its first character, or the last ``ln`` characters of the last run), from the
    class's runs."""
    name, k, variant, ln = token
    runs = _runs(name, value)
    if not -len(runs) <= k < len(runs):
        return None
    a, b = runs[k]
    if variant == "run":
        return a, b
    if variant == "head":
        return (a, a + ln) if b - a >= ln else None
    if variant == "tail":
        return (b - ln, b) if b - a >= ln else None
    return (a + 1, b) if b - a >= 2 else None  # "rest"


def _token_value(token: Token, value: str) -> str | None:
    span = token_span(token, value)
    return None if span is None else value[span[0]:span[1]]


def select(sel: Selector, value: str | None) -> str | None:
    """Python mirror of a selector."""
    if value is None:
        return None
    if sel.pattern is None:
        return value  # the view itself: "" stays "" (as in the DSL)
    if sel.token is not None:
        return _token_value(sel.token, value)
    if sel.fast is not None and "\n" not in value:
        a, ln, from_end = sel.fast
        if len(value) < a + ln:
            return None
        return value[len(value) - a - ln:len(value) - a] if from_end else value[a:a + ln]
    return text.extract(value, sel.pattern, 1)
