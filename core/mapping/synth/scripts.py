"""Digits of other scripts (Arabic-Indic ``١٢٣``, Persian ``۱۲۳``, Devanagari ``१२३``, Thai ``๑๒๓``, ...) folded
to ASCII before the search, so that every numeric mechanism reads them.

Unicode gives each decimal digit (category ``Nd``) its value, and every script's digits are ten consecutive code
points ``0..9``; the fold is one DSL ``translate`` of all ten digits of every script an example writes (so the digits
the examples do not show are folded too), plus the Arabic decimal separator ``٫`` (U+066B) -> ``.`` and thousands
separator ``٬`` (U+066C) -> ``,`` when Arabic-script digits occur (then both the Arabic-Indic and the Persian digit
blocks, which the same data mixes), and the typographic minus sign U+2212 -> ``-`` (session 12: French and Swedish
amounts, ``−1 234,50``; the narrow no-break space between the groups is read as a space by the views already).
Session 15: the letters of a vanity phone number (``1-800-PLUMBER``) fold to their telephone keypad digits (ITU
E.161) when an example writes a run of three capitals and no output writes a letter (:func:`keypad_table`); capitals
only (``ext``, ``Call`` stay letters), and a value whose folded digit count is none of the examples' (a longer
``1-800-MATTRESS``, an extension) or that writes a ``+`` no example writes (``+44 20 7946 0958``) is null
(:func:`keypad_guard`), never a number shifted into another shape.
:func:`fold_examples` is applied by :func:`core.mapping.synth.synthesize.synthesize` only when the search on the
text as written reproduces fewer examples than the search on the folded text (or as many with one program where the
first search needed one per shape); the programs found are then prefixed with the ``translate`` of each
input that the fold changes (:func:`prefixed`).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from dsl.models import Pipeline

#: Arabic-script number punctuation -> the ASCII mark that plays its part
ARABIC_MARKS = {"\u066b": ".", "\u066c": ","}
#: signs written with their typographic character: the minus sign U+2212 (``−1 234,50``), as ASCII
SIGNS = {"\u2212": "-"}
#: the ``translate`` op exists since DSL 1.2
TRANSLATE_SINCE = "1.2.0"


def _block(ch: str) -> dict[str, str]:
    """The ten digits of ``ch``'s script -> ``0``..``9`` (empty when ``ch`` is not a non-ASCII decimal digit or its
    script's digits are not ten consecutive code points)."""
    value = unicodedata.decimal(ch, None)
    if ch.isascii() or value is None:
        return {}
    zero = ord(ch) - value
    block = {chr(zero + k): str(k) for k in range(10)}
    return block if all(unicodedata.decimal(c, None) == int(d) for c, d in block.items()) else {}


def fold_table(values: list[str | None]) -> dict[str, str]:
    """The ``translate`` mapping that folds the digits of every script in ``values`` (empty when all digits are
    ASCII)."""
    table: dict[str, str] = {}
    for v in values:
        for ch in v or "":
            if ch not in table:
                table.update(_block(ch))
    if any(ch in v for v in values if v for ch in SIGNS):  # the typographic minus (French, Swedish, ISO 80000)
        table.update(SIGNS)
    if any("\u0660" <= ch <= "\u06f9" for ch in table):  # Arabic-Indic and Persian digits are written side by side
        table.update({chr(z + k): str(k) for z in (0x0660, 0x06F0) for k in range(10)})  # (Persian and Urdu data):
        table.update(ARABIC_MARKS)  # both blocks, whichever the examples show
    return table


def fold(v: str | None, table: dict[str, str]) -> str | None:
    """Python mirror of the ``translate`` step."""
    return None if v is None else "".join(table.get(ch, ch) for ch in v)


#: the telephone keypad (ITU E.161): letters -> the digit of their key (vanity numbers, ``1-800-FLOWERS``)
KEYPAD = {ch: d for d, letters in {"2": "ABC", "3": "DEF", "4": "GHI", "5": "JKL", "6": "MNO", "7": "PQRS",
                                   "8": "TUV", "9": "WXYZ"}.items() for ch in letters}
_LETTER_RUN = re.compile(r"[A-Z]{3,}")


def keypad_table(values: list[str | None], outs: list[str | None]) -> dict[str, str]:
    """The keypad fold when some value writes a run of three capitals and no output writes a letter (the outputs
    are digits where the values spell words: a vanity number); else empty."""
    if not any(_LETTER_RUN.search(v or "") for v in values):
        return {}
    if not outs or any(o is None or any(ch.isalpha() for ch in o) or not any(ch.isdigit() for ch in o)
                       for o in outs):
        return {}
    return dict(KEYPAD)


def fold_examples(rows: list[list[str | None]], outs: list[str | None] | None = None) -> list[dict[str, str]] | None:
    """Per input the fold table (empty: unchanged), or None when no example writes a non-ASCII digit or minus (nor,
    given ``outs``, spells a vanity number: :func:`keypad_table`)."""
    tables = [fold_table([r[i] for r in rows]) for i in range(len(rows[0]))] if rows else []
    if outs is not None:
        tables = [{**keypad_table([r[i] for r in rows], outs), **t} for i, t in enumerate(tables)]
    return tables if any(tables) else None


def _later(a: str, b: str) -> str:
    return a if tuple(int(p) for p in a.split(".")) >= tuple(int(p) for p in b.split(".")) else b


#: the guard of a keypad fold needs ``regex_extract_all`` (DSL 1.4)
GUARD_SINCE = "1.4.0"


def keypad_guard(rows: list[list[str | None]], names: list[str],
                 tables: list[dict[str, str]]) -> tuple[list[dict[str, Any]], list[str]]:
    """For each input folded on the keypad: steps (run after the fold) naming ``__kp<i>`` a column that is ``""``
    when the value's folded digit count is one of the examples' and it writes no ``+`` unless an example does (else
    null); and those columns' names, to concatenate to the output. Empty when no input is folded on the keypad or
    one has a null example."""
    head: list[dict[str, Any]] = []
    cols: list[str] = []
    for i, (n, t) in enumerate(zip(names, tables, strict=True)):
        vals = [r[i] for r in rows]
        if "A" not in t or any(v is None for v in vals):
            continue
        counts = sorted({sum(ch.isdigit() for ch in fold(v, t) or "") for v in vals})
        d, c = f"__kpd{i}", f"__kp{i}"
        head.append({"op": "replace", "input": n, "output": d, "pattern": "[^0-9]", "replacement": ""})
        for k in counts:
            head.append({"op": "regex_extract", "input": d, "output": f"{d}_{k}", "pattern": f"^([0-9]{{{k}}})$",
                         "group": 1})
        head.append({"op": "coalesce", "inputs": [f"{d}_{k}" for k in counts], "output": d})
        head.append({"op": "regex_extract_all", "input": d, "output": c, "pattern": "[^0-9]"})
        if not any("+" in (v or "") for v in vals):
            head += [{"op": "regex_extract_all", "input": n, "output": f"{c}p", "pattern": "[+]"},
                     {"op": "concat", "inputs": [c, f"{c}p"], "output": c}]
        head.append({"op": "map_dict", "input": c, "output": c, "mapping": {"": ""}})
        cols.append(c)
    return head, cols


def prefixed(pipe: Pipeline, names: list[str], tables: list[dict[str, str]],
             rows: list[list[str | None]] | None = None) -> Pipeline:
    """``pipe`` reading each input through its fold (a ``translate`` into the same name, first); given the examples'
    ``rows``, with the keypad guard (:func:`keypad_guard`) making the output null where it fails."""
    data: dict[str, Any] = pipe.model_dump(mode="json", exclude_none=True)
    head = [{"op": "translate", "input": n, "output": n, "mapping": t} for n, t in zip(names, tables, strict=True)
            if t]
    guard, cols = keypad_guard(rows, names, tables) if rows else ([], [])
    out = data["outputs"][0]
    tail = [{"op": "concat", "inputs": [out, c], "output": out} for c in cols]
    data["steps"] = head + guard + list(data["steps"]) + tail
    version = _later(str(data.get("dsl_version", "1.0.0")), TRANSLATE_SINCE)
    data["dsl_version"] = _later(version, GUARD_SINCE) if cols else version
    return Pipeline.from_json(data)
