"""The portable regex flavor of the Transform DSL (see dsl/README.md, "Regex flavor").

Patterns are parsed by our own small parser into an AST and re-rendered into one canonical
pattern string that Rust ``regex`` (Polars), RE2 (DuckDB) and PostgreSQL ARE read the same way:
shorthand classes become explicit ASCII classes, ``.`` becomes ``[^\\n]``, ``(?i)`` is expanded
into explicit ``[aA]`` classes and every class is written as explicit ranges. Anything outside
the subset is rejected with :class:`DSLReject` naming the offending construct.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from dsl.errors import DSLReject

MAX_REPEAT = 255  # PostgreSQL's DUPMAX
#: bound on the product of counted repeats nested inside each other (``(a{1,255}){1,255}`` = 65,025
#: copies of ``a`` once an engine unrolls it: minutes in Polars, "too complex" in PostgreSQL)
MAX_REPEAT_PRODUCT = 1000
_META = set("\\.^$|?*+()[]{}")
_CLASS_ESCAPE = set("\\]-[^&~")
_DIGIT = [(ord("0"), ord("9"))]
_WORD = [(ord("0"), ord("9")), (ord("A"), ord("Z")), (ord("_"), ord("_")), (ord("a"), ord("z"))]
_SPACE = [(9, 13), (32, 32)]  # \t \n \v \f \r and space
_SHORTHAND = {"d": _DIGIT, "w": _WORD, "s": _SPACE}
_CHAR_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "f": "\f", "v": "\v"}
_MAXCP = 0x10FFFF


@dataclass
class Node:
    """One regex AST node. kind: lit, class, start, end, group, concat, alt, repeat."""

    kind: str
    ranges: list[tuple[int, int]] = field(default_factory=list)  # class: included ranges
    children: list[Node] = field(default_factory=list)
    capture: bool = False
    lo: int = 0
    hi: int | None = None


def _reject(pattern: str, reason: str, pos: int | None = None) -> DSLReject:
    where = f" at position {pos}" if pos is not None else ""
    return DSLReject(f"regex {pattern!r} outside the portable flavor: {reason}{where}",
                     argument="pattern", pattern=pattern, reason=reason)


def _normalize(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _negate(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out, nxt = [], 0
    for lo, hi in _normalize(ranges):
        if lo > nxt:
            out.append((nxt, lo - 1))
        nxt = hi + 1
    if nxt <= _MAXCP:
        out.append((nxt, _MAXCP))
    # U+0000 cannot occur in PostgreSQL text; drop it so the class renders without NUL
    return [(max(lo, 1), hi) for lo, hi in out if hi >= 1]


def _fold(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Add the other ASCII case of every ASCII letter in ranges ((?i) expansion)."""
    extra = []
    for lo, hi in ranges:
        for a, b, delta in ((65, 90, 32), (97, 122, -32)):
            s, e = max(lo, a), min(hi, b)
            if s <= e:
                extra.append((s + delta, e + delta))
    return _normalize(ranges + extra)


class _Parser:
    def __init__(self, pattern: str) -> None:
        self.p = pattern
        self.i = 0
        self.icase = False

    def peek(self) -> str | None:
        return self.p[self.i] if self.i < len(self.p) else None

    def err(self, reason: str) -> DSLReject:
        return _reject(self.p, reason, self.i)

    def parse(self) -> Node:
        if "\x00" in self.p:
            raise self.err("NUL character")
        if self.p.startswith("(?i)"):
            self.icase, self.i = True, 4
        node = self.alt()
        if self.i != len(self.p):
            raise self.err("unbalanced ')'")
        return node

    def alt(self) -> Node:
        branches = [self.concat()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.concat())
        if len(branches) == 1:
            return branches[0]
        if any(not b.children for b in branches):
            raise self.err("empty alternative")
        return Node("alt", children=branches)

    def concat(self) -> Node:
        items: list[Node] = []
        while (c := self.peek()) is not None and c not in "|)":
            atom = self.atom()
            items.append(self.quantified(atom))
        return Node("concat", children=items)

    def quantified(self, atom: Node) -> Node:
        c = self.peek()
        if c is None or c not in "*+?{":
            return atom
        if atom.kind in ("start", "end"):
            raise self.err("quantified anchor")
        start = self.i
        if c == "{":
            j = self.p.find("}", self.i)
            body = self.p[self.i + 1:j] if j > 0 else ""
            parts = body.split(",")
            if j < 0 or len(parts) > 2 or not parts[0].isdecimal() or (
                    len(parts) == 2 and parts[1] and not parts[1].isdecimal()):
                raise self.err("malformed {m,n} (write a literal '{' as '\\{')")
            lo = int(parts[0])
            hi = lo if len(parts) == 1 else (int(parts[1]) if parts[1] else None)
            if lo > MAX_REPEAT or (hi is not None and (hi > MAX_REPEAT or hi < lo)):
                raise self.err(f"repeat bounds must satisfy m <= n <= {MAX_REPEAT}")
            self.i = j + 1
        else:
            lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[c]
            self.i += 1
        nxt = self.peek()
        if nxt == "?":
            raise _reject(self.p, "lazy quantifier (engines disagree on non-greedy matching)", start)
        if nxt == "+":
            raise _reject(self.p, "possessive quantifier", start)
        if nxt is not None and nxt in "*{":
            raise _reject(self.p, "nested quantifier", start)
        return Node("repeat", children=[atom], lo=lo, hi=hi)

    def atom(self) -> Node:
        c = self.p[self.i]
        if c == "(":
            return self.group()
        if c == "[":
            return self.klass()
        self.i += 1
        if c == ".":
            return Node("class", ranges=_negate([(10, 10)]))
        if c == "^":
            return Node("start")
        if c == "$":
            return Node("end")
        if c == "\\":
            return self.escape(in_class=False)
        if c in "*+?{":
            raise self.err("quantifier without operand")
        if c in "]}":
            raise self.err(f"unescaped '{c}'")
        return self.lit(ord(c))

    def lit(self, cp: int) -> Node:
        return Node("class", ranges=_fold([(cp, cp)]) if self.icase else [(cp, cp)])

    def group(self) -> Node:
        start = self.i
        self.i += 1
        capture = True
        if self.p.startswith("?:", self.i):
            capture, self.i = False, self.i + 2
        elif self.peek() == "?":
            rest = self.p[self.i:self.i + 3]
            what = ("lookaround" if rest[:2] in ("?=", "?!") or rest in ("?<=", "?<!")
                    else "named group" if rest[:2] in ("?P", "?<", "?'")
                    else "atomic group" if rest[:2] == "?>" else "inline flag (only a leading (?i) is allowed)")
            raise _reject(self.p, what, start)
        inner = self.alt()
        if self.peek() != ")":
            raise _reject(self.p, "unbalanced '('", start)
        self.i += 1
        return Node("group", children=[inner], capture=capture)

    def escape(self, in_class: bool) -> Node:
        c = self.peek()
        if c is None:
            raise self.err("trailing backslash")
        self.i += 1
        if c in _SHORTHAND:
            return Node("class", ranges=list(_SHORTHAND[c]))
        if c in "DWS":
            if in_class:
                raise self.err(f"\\{c} inside a class")
            return Node("class", ranges=_negate(_SHORTHAND[c.lower()]))
        if c in _CHAR_ESCAPES:
            return self.lit(ord(_CHAR_ESCAPES[c]))
        if c == "x":
            hx = self.p[self.i:self.i + 2]
            if len(hx) != 2 or any(h not in "0123456789abcdefABCDEF" for h in hx) or hx == "00":
                raise self.err("\\x needs two hex digits (not 00)")
            self.i += 2
            return self.lit(int(hx, 16))
        if c.isdecimal():
            raise self.err("backreference")
        if c == "b" or c == "B":
            raise self.err("word boundary \\b/\\B (\\b is backspace in PostgreSQL, Unicode-aware in Rust)")
        if c.isascii() and c.isalnum():
            raise self.err(f"escape \\{c}")
        return self.lit(ord(c))

    def klass(self) -> Node:
        start = self.i
        self.i += 1
        negated = self.peek() == "^"
        if negated:
            self.i += 1
        ranges: list[tuple[int, int]] = []
        first = True
        while True:
            c = self.peek()
            if c is None:
                raise _reject(self.p, "unterminated class", start)
            if c == "]" and not first:
                self.i += 1
                break
            if c == "[":
                raise self.err("nested class or POSIX class")
            if c in "&~" and self.p[self.i + 1:self.i + 2] == c:
                raise self.err("class set operation")
            lo_r = self.class_atom()
            first = False
            if self.peek() == "-" and self.p[self.i + 1:self.i + 2] not in ("]", ""):
                self.i += 1
                hi_r = self.class_atom()
                if len(lo_r) != 1 or len(hi_r) != 1 or lo_r[0][0] != lo_r[0][1] or hi_r[0][0] != hi_r[0][1]:
                    raise self.err("range with a class endpoint")
                if hi_r[0][0] < lo_r[0][0]:
                    raise self.err("reversed range")
                ranges.append((lo_r[0][0], hi_r[0][0]))
            else:
                ranges.extend(lo_r)
        ranges = _normalize(ranges)
        if self.icase:
            ranges = _fold(ranges)
        if negated:
            ranges = _negate(ranges)
        if not ranges:
            raise _reject(self.p, "empty class", start)
        return Node("class", ranges=ranges)

    def class_atom(self) -> list[tuple[int, int]]:
        c = self.p[self.i]
        self.i += 1
        if c == "\\":
            saved = self.icase
            self.icase = False  # folding applies once, to the whole class
            node = self.escape(in_class=True)
            self.icase = saved
            return node.ranges
        return [(ord(c), ord(c))]


def _render_char(cp: int, in_class: bool) -> str:
    ch = chr(cp)
    if in_class:
        return "\\" + ch if ch in _CLASS_ESCAPE else ch
    return "\\" + ch if ch in _META else ch


def _class_body(ranges: list[tuple[int, int]]) -> str:
    return "".join(_render_char(lo, True) if lo == hi else
                   _render_char(lo, True) + ("" if hi == lo + 1 else "-") + _render_char(hi, True)
                   for lo, hi in ranges)


def render(node: Node) -> str:
    """Render an AST to the canonical portable pattern."""
    k = node.kind
    if k == "start":
        return "^"
    if k == "end":
        return "$"
    if k == "class":
        if len(node.ranges) == 1 and node.ranges[0][0] == node.ranges[0][1]:
            return _render_char(node.ranges[0][0], False)
        if node.ranges[-1][1] == _MAXCP:
            return "[^" + _class_body([r for r in _negate(node.ranges) if r[0] > 0]) + "]"
        return "[" + _class_body(node.ranges) + "]"
    if k == "concat":
        return "".join(render(c) for c in node.children)
    if k == "alt":
        return "|".join(render(c) for c in node.children)
    if k == "group":
        return ("(" if node.capture else "(?:") + render(node.children[0]) + ")"
    inner = render(node.children[0])
    q = {(0, None): "*", (1, None): "+", (0, 1): "?"}.get((node.lo, node.hi))
    if q is None:
        q = f"{{{node.lo}}}" if node.lo == node.hi else f"{{{node.lo},{'' if node.hi is None else node.hi}}}"
    return inner + q


@dataclass(frozen=True)
class RegexInfo:
    """Facts about a validated pattern used by the validator and the compilers."""

    canonical: str
    groups: int
    nullable: bool
    extent_safe: bool


def _walk(node: Node) -> tuple[int, bool, bool]:
    """Return (capture groups, can match empty, extent-safe) for a node."""
    if node.kind in ("start", "end"):
        return 0, True, True
    if node.kind == "class":
        return 0, False, True
    if node.kind == "concat":
        res = [_walk(c) for c in node.children]
        return sum(r[0] for r in res), all(r[1] for r in res), all(r[2] for r in res)
    if node.kind == "alt":
        res = [_walk(c) for c in node.children]
        return sum(r[0] for r in res), any(r[1] for r in res), False
    if node.kind == "group":
        g, n, s = _walk(node.children[0])
        return g + (1 if node.capture else 0), n, s
    g, n, s = _walk(node.children[0])
    child = node.children[0]
    single = child.kind == "class"
    return g, n or node.lo == 0, s and single


def repeat_product(node: Node) -> int:
    """Largest product of repeat counts along any nesting path (``{m,n}`` counts n, ``{m,}`` m, ``*+?`` 1)."""
    inner = max((repeat_product(c) for c in node.children), default=1)
    if node.kind != "repeat":
        return inner
    count = node.hi if node.hi is not None else node.lo
    return max(count, 1) * inner


@lru_cache(maxsize=4096)
def analyze(pattern: str) -> RegexInfo:
    """Parse and analyze a pattern; raises DSLReject when it is outside the flavor."""
    if not isinstance(pattern, str) or not pattern:
        raise _reject(str(pattern), "empty pattern")
    tree = _Parser(pattern).parse()
    product = repeat_product(tree)
    if product > MAX_REPEAT_PRODUCT:
        raise DSLReject(f"regex {pattern!r} outside the portable flavor: nested counted repeats multiply to "
                        f"{product} copies, above the bound of {MAX_REPEAT_PRODUCT}; use smaller counts or "
                        "fewer nesting levels", argument="pattern", pattern=pattern, reason="repeat_product",
                        repeat_product=product, bound=MAX_REPEAT_PRODUCT)
    groups, nullable, safe = _walk(tree)
    return RegexInfo(canonical=render(tree), groups=groups, nullable=nullable, extent_safe=safe)


def validate_regex(pattern: str) -> None:
    """Raise DSLReject unless ``pattern`` lies in the documented portable flavor."""
    analyze(pattern)


def canonical(pattern: str) -> str:
    """The portable rendering of ``pattern`` given to every engine."""
    return analyze(pattern).canonical


def literal_of(pattern: str) -> str | None:
    """The plain string a pattern matches when it is a pure literal (no class, group, anchor)."""
    tree = _Parser(pattern).parse()
    if tree.kind != "concat" or not tree.children:
        return None
    chars = []
    for node in tree.children:
        if node.kind != "class" or len(node.ranges) != 1 or node.ranges[0][0] != node.ranges[0][1]:
            return None
        chars.append(chr(node.ranges[0][0]))
    return "".join(chars)
