"""Cyrillic names romanised by a national standard (a passport, a register), as ``replace`` steps and one ``translate``.

Each standard is a fixed table; a column is read with the one whose result is every example's output exactly:

* **Ukrainian, KMU 2010** (passports since 2010): ``г`` -> ``h``, ``и`` -> ``y``, ``х`` -> ``kh``, ``щ`` ->
  ``shch``; ``є ї й ю я`` are ``ye yi y yu ya`` at the start of a word and ``ie i i iu ia`` inside it; ``зг`` is
  ``zgh``; the soft sign and the apostrophe are dropped;
* **Russian, ICAO Doc 9303** (passports since 2013): ``й`` -> ``i``, ``х`` -> ``kh``, ``ц`` -> ``ts``, ``ъ`` ->
  ``ie``, ``ы`` -> ``y``, ``ю`` -> ``iu``, ``я`` -> ``ia``, ``ё`` -> ``e``, the soft sign dropped;
* **Serbian Cyrillic -> Serbian Latin** (Gaj's alphabet, one letter for one letter but ``Љ Њ Џ``): ``Ђ`` -> ``Đ``,
  ``Ћ`` -> ``Ć``, ``Љ`` -> ``Lj``, ``Џ`` -> ``Dž``.

A Latin letter pair stands for one Cyrillic capital as ``Ya`` in a word written in lower case and as ``YA`` between
capitals (``ЮЛІЯ`` -> ``YULIIA``; ``ЗГ`` -> ``ZGH``). A value with a Cyrillic letter outside the table (``ы э ё``
under the Ukrainian one, ``і ї є`` under the Russian one) is null, never a half-romanised value (DSL 1.4:
``regex_extract_all`` in the guard). Refused: any example whose output is not exactly the table's result.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from typing import Any

from core.mapping.synth.conversions import Proposal, confirmed_proposals
from core.mapping.synth.emit import OUT
from core.mapping.synth.models import Candidate

#: a standard's table costs like one table step: the standard's, not one learned from the examples
COST = 1.5
#: letters (and the apostrophes that sit inside Ukrainian words): what is not one starts a word
_LETTERS = "A-Za-zА-яЁёІіЇїЄєҐґЂђЈјЉљЊњЋћЏџ'ʼ’"
_UPPER = "A-ZА-ЯЁІЇЄҐЂЈЉЊЋЏ"

_COMMON = dict(zip("абвдезклмнопрстуф", "abvdezklmnoprstuf", strict=True)) | {
    "ж": "zh", "ч": "ch", "ш": "sh", "щ": "shch", "ц": "ts", "х": "kh", "ь": ""}
UKRAINIAN = _COMMON | {"г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "i", "й": "i", "є": "ie", "ю": "iu", "я": "ia",
                       "'": "", "ʼ": "", "’": ""}
UKRAINIAN_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
RUSSIAN = _COMMON | {"г": "g", "и": "i", "й": "i", "ё": "e", "ъ": "ie", "ы": "y", "э": "e", "ю": "iu", "я": "ia"}
SERBIAN = dict(zip("абвгдезиклмнопрстуфчшжћђј", "abvgdeziklmnoprstufčšžćđj", strict=True)) | {
    "х": "h", "ц": "c", "љ": "lj", "њ": "nj", "џ": "dž"}


def _cased(table: dict[str, str]) -> dict[str, str]:
    """The table with its capitals: a Latin pair in title case (``Ж`` -> ``Zh``)."""
    out = dict(table)
    for k, v in table.items():
        if k.upper() != k:
            out[k.upper()] = v[:1].upper() + v[1:]
    return out


def _rules(table: dict[str, str], initial: dict[str, str], clusters: dict[str, str]) -> list[tuple[str, str]]:
    """(regex, replacement with ``$1``) in order: clusters, word-initial letters, capital pairs between capitals."""
    rules: list[tuple[str, str]] = []
    for k, v in clusters.items():
        rules += [(k, v), (k[0].upper() + k[1:], v[:1].upper() + v[1:]), (k.upper(), v.upper())]
    for k, v in initial.items():
        cap, title = k.upper(), v[:1].upper() + v[1:]
        rules += [(f"^{cap}([{_UPPER}])", f"{v.upper()}$1"), (f"([^{_LETTERS}]){cap}([{_UPPER}])", f"$1{v.upper()}$2")]
        for key, val in ((k, v), (cap, title)):
            rules += [(f"^{key}", val), (f"([^{_LETTERS}]){key}", f"$1{val}")]
    for k, v in table.items():
        cap = k.upper()
        if len(v) > 1 and cap != k:
            # one pass each (the SQL backends compile at most 64 chained steps): two such capitals side by side
            # (``ЩЖ``) keep the title-case pair of the second
            rules += [(f"{cap}([{_UPPER}])", f"{v.upper()}$1"), (f"([{_UPPER}]){cap}", f"$1{v.upper()}")]
    return rules


STANDARDS: dict[str, tuple[list[tuple[str, str]], dict[str, str]]] = {
    "ukrainian_kmu2010": (_rules(UKRAINIAN, UKRAINIAN_INITIAL, {"зг": "zgh"}), _cased(UKRAINIAN)),
    "russian_icao": (_rules(RUSSIAN, {}, {}), _cased(RUSSIAN)),
    "serbian_latin": (_rules(SERBIAN, {}, {}), _cased(SERBIAN)),
}


#: a letter of the Cyrillic block: left after the table, the value is null
CYRILLIC = "[\u0400-\u04ff]"


def reference(name: str, v: str) -> str | None:
    """Python mirror of the standard's steps."""
    rules, table = STANDARDS[name]
    for pattern, repl in rules:
        v = re.sub(pattern, repl.replace("$1", r"\1").replace("$2", r"\2"), v)
    mapping: dict[str, str | int | None] = dict(table)
    out = v.translate(str.maketrans(mapping))
    return None if re.search(CYRILLIC, out) else out


def _steps(name: str, col: str) -> list[dict[str, Any]]:
    rules, table = STANDARDS[name]
    steps: list[dict[str, Any]] = [{"op": "replace", "input": col if k == 0 else OUT, "output": OUT, "pattern": p,
                                    "replacement": r, "groups": "$1" in r} for k, (p, r) in enumerate(rules)]
    return [*steps, {"op": "translate", "input": OUT if steps else col, "output": OUT, "mapping": dict(table)},
            {"op": "regex_extract_all", "input": OUT, "output": "__rest", "pattern": CYRILLIC},
            {"op": "map_dict", "input": "__rest", "output": "__rest", "mapping": {"": ""}},
            {"op": "concat", "inputs": [OUT, "__rest"], "output": OUT}]


def _proposals(vals: list[str], outs: list[str | None], col: str) -> Iterator[Proposal]:
    if not any("\u0400" <= ch <= "\u04ff" for v in vals for ch in v):  # no Cyrillic letter
        return
    for name in STANDARDS:
        if all(reference(name, v) == o for v, o in zip(vals, outs, strict=True)):
            yield (name, _steps(name, col), COST, partial(reference, name))


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str]) -> list[Candidate]:
    """Engine-confirmed romanisations of Cyrillic names by a national standard (DSL 1.4)."""
    return confirmed_proposals(rows, outs, names, types, _proposals, lambda steps: "1.4.0", skip_identity=True)
