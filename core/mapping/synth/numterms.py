"""The terms of row arithmetic: a number's *source* in a row, an arithmetic expression over sources
(``NumExpr``) and its Python evaluation (the same binary64 operations, in the same order, as the
emitted ``safe_math`` steps). Shared by :mod:`numexpr` (affine, linear, ratio fits) and :mod:`radix`
(mixed-radix digits), which builds on these terms without importing the fitting module.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from core.mapping.synth import numeric
from core.mapping.synth.atoms import Selector, View, select, view_value
from core.mapping.synth.fitting import Term

Row = list[str | None]


@dataclass(frozen=True)
class Source:
    """One number read from a row: ``selector`` of ``view``, cast to float."""

    view: View
    selector: Selector
    #: the value when the selector finds nothing (a keyed number absent from a duration: ``PT45M`` has 0 hours)
    default: float | None = None
    #: the default applies only to a value this regex matches whole (:func:`keyed.family_shape`); else null
    shape: str | None = None


@dataclass(frozen=True)
class NumExpr:
    """``kind`` "lin": sum of terms + ``offset``; "prod" / "quot" / "quot2": ``x_i * x_j``, ``x_i / x_j`` or
    ``x_i / x_j²`` then
    term 0's scaling; "prod3": ``x_i * x_j * x_k`` then term 0's scaling; "net" / "gross": ``x_i`` without /
    with the rate ``x_j`` in percent (``x_i / (1 + x_j / 100)``, ``x_i * (1 + x_j / 100)``: VAT, mark-ups);
    "change": the relative change ``(x_i - x_j) / x_j`` then term 0's scaling (a growth rate in percent);
    "radix": ``floor(term 0)``, then modulo ``offset`` when it is not 0 (a digit
    of a mixed radix: minutes of a duration in seconds = ``floor(s / 60) mod 60``); "bucket":
    ``floor(x / c) * c + offset`` (bands: ``34`` -> ``30``, upper bound ``39``); "dbucket" / "dmod": the band
(``floor(d / c) * c + offset``) or the remainder (``d - floor(d / c) * c``) of the difference ``d = x_j - x_i``
of terms 1 and 0 (an age band from two years, a meter reading that rolled over).
    ``fmt``: (decimals, thousands, mark) of ``format_number``."""

    sources: tuple[Source, ...]
    kind: str
    terms: tuple[Term, ...]
    offset: float
    fmt: tuple[int, str, str]
    cost: float
    #: zero-pad the rendered number to this width (``5`` -> ``05`` minutes); 0 = none
    pad: int = 0
    _label: str = field(default="", compare=False, repr=False)

    def __post_init__(self) -> None:
        src = ",".join(f"in{s.view.idx}.{s.view.kind}.{s.selector.label}" for s in self.sources)
        object.__setattr__(self, "_label", f"num[{self.kind}:{src}:{self.terms}+{self.offset}:{self.fmt}]")

    def label(self) -> str:
        """Readable description (ranking tie-break and debugging)."""
        return self._label

    def value(self, row: Row) -> str | None:
        """Python mirror of the emitted steps."""
        keyed = [s for s in self.sources if s.default is not None]
        if keyed and len(self.sources) > 1 and all(_read(s, row) is None for s in keyed):
            return None  # no key at all: not a value of this kind (one keyed field alone is 0 when absent)
        xs = [source_value(s, row) for s in self.sources]
        out = render(evaluate(self.kind, self.terms, self.offset, xs), self.fmt)
        return out if out is None or not self.pad else out.rjust(self.pad, "0")


def _read(src: Source, row: Row) -> str | None:
    return select(src.selector, view_value(src.view.kind, row[src.view.idx]))


def source_value(src: Source, row: Row) -> float | None:
    """The float a source reads from ``row`` (type_cast semantics)."""
    v = _read(src, row)
    raw = row[src.view.idx]
    if v is None and src.default is not None and raw is not None:
        shaped = src.shape is None or re.fullmatch(src.shape, view_value(src.view.kind, raw) or "") is not None
        return src.default if shaped else None
    return None if v is None else numeric.parse(v)


def _ok(x: float | None) -> bool:
    return x is not None and math.isfinite(x) and (x == 0 or 1e-150 <= abs(x) <= 1e150)


#: digits the quotient of a rounding to the nearest step is rounded to first (binary64 noise of a decimal halfway value)
NEAREST_DIGITS = 9


def round_digits(x: float | None, digits: int) -> float | None:
    """Python mirror of DSL ``safe_math`` ``round`` (half away from zero, the same binary64 operations)."""
    if not _ok(x):
        return None
    assert x is not None
    p = 10.0 ** digits
    return math.floor(x * p + 0.5) / p if x >= 0 else -(math.floor(-x * p + 0.5) / p)


def _op(op: str, x: float | None, c: float) -> float | None:
    if not _ok(x):
        return None
    assert x is not None
    if op == "mul":
        return x * c
    if op == "div":
        return x / c
    return x + c


def evaluate(kind: str, terms: tuple[Term, ...], offset: float, xs: list[float | None]) -> float | None:
    """The expression's value (None like the DSL: null operand, out of range, division by zero)."""
    if kind == "bucket":  # the lower (or upper) bound of a band of width c: floor(x / c) * c + offset
        i, _, c = terms[0]
        t = _op("div", xs[i], c)
        if not _ok(t):
            return None
        assert t is not None
        return float(math.floor(t)) * c + offset
    if kind == "nearest":  # the nearest multiple of c, half up: floor(round(x / c, 9) + 0.5) * c
        i, _, c = terms[0]
        t = round_digits(_op("div", xs[i], c), NEAREST_DIGITS)  # 1.15 / 0.1 is 11.499999999999998: a halfway
        t = _op("add", t, 0.5)  # value in decimal must round up
        if not _ok(t):
            return None
        assert t is not None
        return float(math.floor(t)) * c
    if kind == "ceil":  # every started unit counts: ceil(x / c) = -floor(x / -c)
        i, _, c = terms[0]
        t = _op("div", xs[i], -c)
        if not _ok(t):
            return None
        assert t is not None
        return -float(math.floor(t)) + 0.0
    if kind == "radix":
        i, op, c = terms[0]
        t = _op(op, xs[i], c) if not (op == "mul" and c == 1.0) else xs[i]
        if not _ok(t):
            return None
        assert t is not None
        q = float(math.floor(t))
        if not offset:
            return q
        return q - float(math.floor(q / offset)) * offset
    if kind == "century":  # a two-digit year: 20yy below the pivot c, else 19yy
        (i, _, c) = terms[0]
        x = xs[i]
        if not _ok(x):
            return None
        assert x is not None
        return x + 2000.0 - float(math.floor((x + (100.0 - c)) / 100.0)) * 100.0
    if kind in ("dbucket", "dmod"):  # a band or a modulo of the difference of two numbers
        (i, _, c), (j, _, _) = terms[0], terms[1]
        a, b = xs[i], xs[j]
        if not _ok(a) or not _ok(b):
            return None
        assert a is not None and b is not None
        d = _op("div", b - a, c)
        if not _ok(d):
            return None
        assert d is not None
        q = float(math.floor(d)) * c
        return q + offset if kind == "dbucket" else (b - a) - q
    if kind in ("net", "gross"):  # a price without / with a rate in percent: x / (1 + r / 100), x * (1 + r / 100)
        (i, _, _), (j, _, _) = terms[0], terms[1]
        a, r = xs[i], xs[j]
        if not _ok(a) or not _ok(r):
            return None
        assert a is not None and r is not None
        f = r / 100.0 + 1.0
        if not _ok(f) or f == 0:
            return None
        return a / f if kind == "net" else a * f
    if kind == "change":  # the relative change of x_j to x_i: (x_i - x_j) / x_j, then term 0's scaling (percent)
        (i, op, c), (j, _, _) = terms[0], terms[1]
        a, b = xs[i], xs[j]
        if not _ok(a) or not _ok(b) or b == 0:
            return None
        assert a is not None and b is not None
        d = a - b
        if not _ok(d):
            return None
        return _op(op, d / b, c)
    if kind == "prod3":  # x_i * x_j * x_k, then term 0's scaling (volume x rate x factor)
        (i, op, c), (j, _, _), (k, _, _) = terms
        a, b, d = xs[i], xs[j], xs[k]
        if not _ok(a) or not _ok(b) or not _ok(d):
            return None
        assert a is not None and b is not None and d is not None
        ab = a * b
        if not _ok(ab):
            return None
        v3 = ab * d
        return v3 if c == 1.0 else _op(op, v3, c)
    if kind in ("prod", "quot", "quot2"):
        (i, op, c), (j, _, _) = terms[0], terms[1]
        a, b = xs[i], xs[j]
        if not _ok(a) or not _ok(b) or (kind != "prod" and b == 0):
            return None
        assert a is not None and b is not None
        if kind == "quot2":  # x_i / (x_j * x_j), each step in range like the DSL's safe_math
            b = b * b
            if not _ok(b) or b == 0:
                return None
        v: float | None = a * b if kind == "prod" else a / b
        return v if c == 1.0 else _op(op, v, c)
    total: float | None = None
    for i, op, c in terms:
        t = xs[i] if (op == "mul" and c == 1.0) else _op(op, xs[i], c)
        if not _ok(t):
            return None
        assert t is not None
        total = t if total is None else (None if not _ok(total) else total + t)
        if total is None:
            return None
    if offset and total is not None:
        total = _op("add", total, offset)
    return total


def render(v: float | None, fmt: tuple[int, str, str]) -> str | None:
    """``format_number`` of the value; negative decimals ``-d``: ``d`` decimals, then the trailing
    zeros and a bare mark dropped (the shortest form: ``1.5``, ``0.75``, ``2``)."""
    if v is None:
        return None
    out = numeric.fmt(v, abs(fmt[0]), fmt[1], fmt[2])
    if out is not None and fmt[0] < 0:
        out = out.rstrip("0")
        out = out[:-1] if out.endswith(fmt[2]) else out
    return out
