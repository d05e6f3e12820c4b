"""Calendar parts of dates as synthesis candidates (DSL 1.6 ``date_part``): weekday names and numbers,
ISO weeks, quarters, days of the year, between literal text (``2024-03-15`` -> ``2024-Q1``,
``Friday``, ``2024-W11``, ``Fri 15.03.``).

The input column must parse with one DSL date format (:data:`dsl.dates.FORMATS`, zero padded, as the
engine parses); the output is read as a template of *fields* and literal text, the same template for
every example. Fields: year / month / day (padded or not, English month names) from the date itself,
and the ``date_part`` fields. A template must use at least one ``date_part`` field (plain
reformatting is the search's job) and no literal digit (a digit the examples share is a field
they did not vary, not a constant). Templates are tried with the fewest literal characters first, then
in field order (the common reading first: the calendar year before the ISO week-year, except next
to an ISO week).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from dsl import dates

OUT = "out"
WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MAX_PARSES = 200
Field = tuple[str, Callable[[dt.date], str], Callable[[str], list[dict[str, Any]]], bool]


def _part(part: str, pad: int = 0) -> Callable[[str], list[dict[str, Any]]]:
    def steps(out: str) -> list[dict[str, Any]]:
        s: list[dict[str, Any]] = [{"op": "date_part", "input": "d", "output": f"{out}_n", "part": part},
                                   {"op": "type_cast", "input": f"{out}_n", "output": out, "to": "string"}]
        if pad:
            s.append({"op": "pad", "input": out, "output": out, "width": pad, "fill": "0"})
        return s
    return steps


def _named(part: str, names: tuple[str, ...]) -> Callable[[str], list[dict[str, Any]]]:
    def steps(out: str) -> list[dict[str, Any]]:
        return [*_part(part)(f"{out}_k"),
                {"op": "map_dict", "input": f"{out}_k", "output": out,
                 "mapping": {str(i + 1): n for i, n in enumerate(names)}}]
    return steps


def _iso_piece(pattern: str, unpad: bool = False, names: tuple[str, ...] = ()) -> Callable[[str], list[dict[str, Any]]]:
    def steps(out: str) -> list[dict[str, Any]]:
        s: list[dict[str, Any]] = [{"op": "date_format", "input": "day", "output": f"{out}_iso", "format": "%Y-%m-%d"},
                                   {"op": "regex_extract", "input": f"{out}_iso", "output": out, "pattern": pattern,
                                    "group": 1}]
        if unpad or names:
            s += [{"op": "type_cast", "input": out, "output": f"{out}_i", "to": "int"},
                  {"op": "type_cast", "input": f"{out}_i", "output": out, "to": "string"}]
        if names:
            s.append({"op": "map_dict", "input": out, "output": out,
                      "mapping": {str(i + 1): n for i, n in enumerate(names)}})
        return s
    return steps


def _reader(table: tuple[str, ...], read: Callable[[dt.date], int]) -> Callable[[dt.date], str]:
    return lambda d: table[read(d) - 1]


def _variants(name: str, words: tuple[str, ...], part: str, read: Callable[[dt.date], int]) -> list[Field]:
    out: list[Field] = []
    for tag, conv in (("", str), ("_upper", str.upper), ("_lower", str.lower)):
        table = tuple(conv(w) for w in words)
        out.append((f"{name}{tag}", _reader(table, read), _named(part, table), True))
        short = tuple(w[:3] for w in table)
        out.append((f"{name}{tag}_abbr", _reader(short, read), _named(part, short), True))
    return out


def _fields() -> list[Field]:
    f: list[Field] = [
        ("year", lambda d: f"{d.year:04d}", _iso_piece("^([0-9]{4})"), False),
        ("quarter", lambda d: str((d.month - 1) // 3 + 1), _part("quarter"), True),
        ("isoweek2", lambda d: f"{d.isocalendar()[1]:02d}", _part("isoweek", 2), True),
        ("isoweek", lambda d: str(d.isocalendar()[1]), _part("isoweek"), True),
        ("month2", lambda d: f"{d.month:02d}", _iso_piece("^[0-9]{4}-([0-9]{2})"), False),
        ("day2", lambda d: f"{d.day:02d}", _iso_piece("([0-9]{2})$"), False),
        ("doy3", lambda d: f"{d.timetuple().tm_yday:03d}", _part("dayofyear", 3), True),
        ("doy", lambda d: str(d.timetuple().tm_yday), _part("dayofyear"), True),
        ("month", lambda d: str(d.month), _iso_piece("^[0-9]{4}-([0-9]{2})", unpad=True), False),
        ("day", lambda d: str(d.day), _iso_piece("([0-9]{2})$", unpad=True), False),
        ("isodow", lambda d: str(d.isoweekday()), _part("isodow"), True),
        ("isoyear", lambda d: str(d.isocalendar()[0]), _part("isoyear"), True),
        ("month_name", lambda d: MONTHS[d.month - 1], _iso_piece("^[0-9]{4}-([0-9]{2})", names=MONTHS), False),
        ("month_abbr", lambda d: MONTHS[d.month - 1][:3],
         _iso_piece("^[0-9]{4}-([0-9]{2})", names=tuple(m[:3] for m in MONTHS)), False),
    ]
    for lang, words in WEEKDAYS.items():
        f += _variants(f"weekday_{lang}", words, "isodow", lambda d: d.isoweekday())
    return f


FIELDS = _fields()


def _parse_all(vals: list[str]) -> Iterator[tuple[str, list[dt.date]]]:
    for fmt in dates.FORMATS:
        days: list[dt.date] = []
        for v in vals:
            try:
                d = dt.datetime.strptime(v, fmt)
            except ValueError:
                break
            if d.strftime(fmt) != v:  # the engine's formats are fixed width
                break
            days.append(d.date())
        else:
            yield fmt, days


Token = tuple[str, str]  # ("lit", text) or ("field", name)


def _parses(out: str, values: dict[str, str]) -> list[list[Token]]:
    found: list[list[Token]] = []

    def walk(i: int, acc: list[Token]) -> None:
        if len(found) >= MAX_PARSES:
            return
        if i == len(out):
            found.append(list(acc))
            return
        for name, *_ in FIELDS:
            v = values[name]
            if v and out.startswith(v, i):
                walk(i + len(v), [*acc, ("field", name)])
        if not out[i].isdigit():
            if acc and acc[-1][0] == "lit":
                walk(i + 1, [*acc[:-1], ("lit", acc[-1][1] + out[i])])
            else:
                walk(i + 1, [*acc, ("lit", out[i])])
    walk(0, [])
    return found


def _render(tokens: list[Token], values: dict[str, str]) -> str:
    return "".join(values[t] if kind == "field" else t for kind, t in tokens)


def _rank(tokens: list[Token]) -> tuple[int, int]:
    order = {name: i for i, (name, *_) in enumerate(FIELDS)}
    return (sum(len(t) for kind, t in tokens if kind == "lit"), sum(order[t] for kind, t in tokens if kind == "field"))


def _iso_year(tokens: list[Token]) -> list[Token]:
    """Next to an ISO week the year is the ISO week-year."""
    if any(t in ("isoweek", "isoweek2") for kind, t in tokens if kind == "field"):
        return [("field", "isoyear") if tok == ("field", "year") else tok for tok in tokens]
    return tokens


def _steps(col: str, fmt: str, tokens: list[Token]) -> list[dict[str, Any]]:
    by_name = {name: build for name, _, build, _ in FIELDS}
    steps: list[dict[str, Any]] = [{"op": "date_parse", "input": col, "output": "d", "format": fmt}]
    new = {name for name, _, _, is_new in FIELDS if is_new}
    if any(kind == "field" and t not in new for kind, t in tokens):  # year / month / day read from the ISO text
        steps.append({"op": "type_cast", "input": "d", "output": "day", "to": "date"})
    cols: list[str] = []
    template = ""
    for kind, t in tokens:
        if kind == "lit":
            template += t.replace("{", "{{").replace("}", "}}")
            continue
        name = f"f_{t}"
        if name not in cols:
            steps += by_name[t](name)
            cols.append(name)
        template += "{" + str(cols.index(name)) + "}"
    steps.append({"op": "template", "inputs": cols, "template": template, "output": OUT})
    return steps


def proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[tuple[str, list[dict[str, Any]], float,
                                                                                    Callable[[str], str | None]]]:
    """(description, DSL steps, cost, Python reference) of date-part templates fitting every example."""
    if not vals or not all(outs):
        return
    for fmt, days in _parse_all(vals):
        table = [{name: read(d) for name, read, _, _ in FIELDS} for d in days]
        seen: set[tuple[Token, ...]] = set()
        for tokens in sorted(_parses(outs[0] or "", table[0]), key=_rank):
            tokens = _iso_year(tokens)
            if tuple(tokens) in seen or not any(kind == "field" and new for kind, t in tokens
                                                for name, _, _, new in FIELDS if name == t):
                continue
            seen.add(tuple(tokens))
            if all(_render(tokens, row) == o for row, o in zip(table, outs, strict=True)):
                def fn(v: str, fmt: str = fmt, tokens: list[Token] = tokens) -> str | None:
                    d = dt.datetime.strptime(v, fmt).date()
                    return _render(tokens, {name: read(d) for name, read, _, _ in FIELDS})
                yield "date_part", _steps(col, fmt, tokens), 4.0 + len(tokens) / 2, fn
                return
