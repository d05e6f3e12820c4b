"""Accepted date formats: a fixed list of zero-padded, fixed-width strftime-style patterns.

Every format is described by its tokens so each backend can check the exact shape with one
regex, validate the calendar (day within month, year 0001-9999, no leap seconds) and build or
render the value. Time zone is UTC everywhere: datetimes are naive UTC instants.
"""

from __future__ import annotations

from dataclasses import dataclass

from dsl.errors import DSLReject

#: token -> (width, shape regex, PostgreSQL to_char code)
TOKENS: dict[str, tuple[int, str, str]] = {
    "%Y": (4, "[0-9]{4}", "YYYY"),
    "%m": (2, "(?:0[1-9]|1[0-2])", "MM"),
    "%d": (2, "(?:0[1-9]|[12][0-9]|3[01])", "DD"),
    "%H": (2, "(?:[01][0-9]|2[0-3])", "HH24"),
    "%M": (2, "[0-5][0-9]", "MI"),
    "%S": (2, "[0-5][0-9]", "SS"),
}

DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%d-%m-%Y")
DATETIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d %H:%M",
                    "%d/%m/%Y %H:%M:%S", "%m/%d/%Y %H:%M:%S")
FORMATS = DATE_FORMATS + DATETIME_FORMATS


@dataclass(frozen=True)
class DateFormatSpec:
    """A parsed format: kind, shape regex, 1-based positions of each token, to_char pattern."""

    fmt: str
    kind: str  # "date" or "datetime"
    shape: str
    positions: dict[str, int]
    to_char: str


def _escape(ch: str) -> str:
    return "\\" + ch if ch in "\\.^$|?*+()[]{}" else ch


def spec(fmt: str, argument: str = "format") -> DateFormatSpec:
    """Describe an accepted format; DSLReject for anything not in :data:`FORMATS`."""
    if fmt not in FORMATS:
        raise DSLReject(f"date format {fmt!r} is not accepted; use one of {list(FORMATS)}",
                        argument=argument)
    shape, tochar, pos, i, col = "^", "", {}, 0, 1
    while i < len(fmt):
        tok = fmt[i:i + 2]
        if tok in TOKENS:
            width, rx, code = TOKENS[tok]
            pos[tok] = col
            shape += rx
            tochar += code
            col += width
            i += 2
        else:
            shape += _escape(fmt[i])
            tochar += f'"{fmt[i]}"' if fmt[i].isalpha() else fmt[i]
            col += 1
            i += 1
    kind = "datetime" if fmt in DATETIME_FORMATS else "date"
    return DateFormatSpec(fmt=fmt, kind=kind, shape=shape + "$", positions=pos, to_char=tochar)
