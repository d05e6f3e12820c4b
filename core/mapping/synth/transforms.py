"""Transforms applied to a selected substring: Python mirror and DSL steps, one table.

A transform is a tuple ``(name, *args)``: ``upper``, ``lower``, ``title``, ``pad`` (width),
``strip0``, ``month_num`` (name -> "01".."12"), ``month_abbr`` / ``month_full`` (number ->
"Jan" / "January"), ``lex`` (category, form: a lexicon concept's spelling, e.g. a country
name in any listed language -> its ISO alpha-2 code).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from core.mapping.synth import numeric, text, weekday_readings
from core.mapping.synth.lexicon import load_lexicon
from dsl import unicase

Transform = tuple[str, ...]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
_SPECIAL = {"ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "ł": "l",
            "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H",
            "‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
            "‹": "'", "›": "'", "–": "-", "—": "-", "‒": "-", "―": "-", "‐": "-", "‑": "-", "…": "...",
            "\u00a0": " ", "\u2009": " ", "\u202f": " ", "′": "'", "″": '"'}
CAMEL = "([a-z0-9])([A-Z])"
#: punctuation and symbols: anything but letters, digits and whitespace
PUNCT = "[^0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\t-\r ]+"
#: a letter or digit: what ``maskan`` masks (separators and spaces stay: ``**** **** 1111``)
ALNUM = "[0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]"
WORDS = "[^0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+"


@lru_cache(maxsize=1)
def ascii_map() -> dict[str, str]:
    """Latin letters with diacritics -> base letters, typographic punctuation -> ASCII (translate map)."""
    out = dict(_SPECIAL)
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        if ch in out:
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if base != ch and base.isascii() and base:
            out[ch] = base
    # full-width forms (``１２３－ＡＢＣ＠``, East Asian input methods) and the ideographic space
    out.update({chr(cp): chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)})
    out["\u3000"] = " "
    return out


@lru_cache(maxsize=1)
def ascii_map_extended() -> dict[str, str]:
    """Latin Extended Additional (U+1E00..U+1EFF: Vietnamese ``ặ ễ ọ``, Welsh ``ẁ ŵ``) -> base letters: a second
    ``translate`` of the ``ascii`` transform (one op holds at most 512 entries; :func:`ascii_map` has ~400)."""
    out: dict[str, str] = {}
    for cp in range(0x1E00, 0x1F00):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if base != ch and base.isascii() and base.isalpha():
            out[ch] = base
    return out


@lru_cache(maxsize=1)
def _ASCII_TABLE() -> dict[int, str]:  # noqa: N802
    return {ord(k): v for k, v in {**ascii_map(), **ascii_map_extended()}.items()}


#: pictographs, arrows, dingbats and emoji (with their joiners): what ``delsym`` deletes
SYMBOLS = "[\u2190-\u2bff\u200d\ufe0f\U0001f000-\U0001faff]+"
COST = {"delsym": 0.15, "delpunct": 0.35, "translit": 0.35, "mask": 0.3, "maskan": 0.35, "unprefix": 0.6,
        "month_name": 0.45,
        "upper": 0.1, "lower": 0.1, "title": 0.15, "pad": 0.2, "rpad": 1.2, "padc": 0.3, "dflt": 0.4, "strip0": 0.25,
        "month_num": 0.3,
        "month_abbr": 0.35, "month_full": 0.35, "lex": 0.2, "repl": 0.35, "lexmap": 0.8,
        "ascii": 0.3, "tr": 0.4, "words": 0.3, "camel": 0.3, "uupper": 0.15, "ulower": 0.15, "chunk": 0.4,
        "delspan": 0.3, "clean": 0.1, "quarter": 0.4}
#: a ``tr`` that only deletes the vanished punctuation: cheaper than reading a token class out of the input
DELETE_ONLY = 0.0
STRIP0 = "^0*([1-9][0-9]*)$"


def _greek_capitals(sp: str) -> str:
    """``sp`` in capitals as Greek writes them: without the tonos (``ΔΕΚΕΜΒΡΙΟΥ``), the diaeresis kept
    (``ΜΑΪΟΥ``)."""
    bare = "".join(ch for ch in unicodedata.normalize("NFD", sp.upper()) if ch != "\u0301")
    return unicodedata.normalize("NFC", bare)


def casings(sp: str) -> list[str]:
    """A lexicon spelling as the DSL's ASCII ``case lower`` leaves it when written in lower, title or upper case: a
    letter beyond ASCII keeps its case (``Μαρτίου``, ``ЯНВАРЯ``), so each casing is a key of its own; a Greek
    spelling's capitals also without the tonos, as Greek writes them (``ΔΕΚΕΜΒΡΙΟΥ``)."""
    forms = [sp, sp[:1].upper() + sp[1:], sp.title(), sp.upper()]
    if any("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff" for ch in sp):
        forms.append(_greek_capitals(sp))
    return list(dict.fromkeys(text.lower(c) for c in forms))


@lru_cache(maxsize=64)
def lookup(name: str, category: str = "", form: str = "", reading: str = "") -> dict[str, str]:
    """The exact-match map_dict a lookup transform compiles to (keys as the DSL will see them); ``reading``: the
    language reading of abbreviations several languages use for different concepts (:mod:`.weekday_readings`)."""
    if name == "month_num":
        cat = load_lexicon()["month"]
        return {key: c for c, sps in cat.spellings.items() for sp in sps if not sp.isdecimal() for key in casings(sp)}
    if name in ("month_abbr", "month_full"):
        out: dict[str, str] = {}
        for i, m in enumerate(MONTHS, start=1):
            val = m[:3] if name == "month_abbr" else m
            out[str(i)] = val
            out[f"{i:02d}"] = val
        return out
    cat = load_lexicon()[category]
    target = cat.forms[form]
    res: dict[str, str] = {}
    for concept, spellings in cat.spellings.items():
        for sp in spellings:
            for key in casings(sp):
                if key in res and res[key] != target[concept]:
                    res[key] = ""  # ambiguous spelling: mapped to nothing
                else:
                    res[key] = target[concept]
    return weekday_readings.adjust(category, reading, {k: v for k, v in res.items() if v})


#: German-style transliteration (umlauts spelled out), the convention of German registers and e-mail addresses
TRANSLIT = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss"),
            ("ẞ", "SS"), ("æ", "ae"), ("Æ", "Ae"), ("ø", "oe"), ("Ø", "Oe"), ("å", "aa"), ("Å", "Aa"))


@lru_cache(maxsize=1)
def _TRANSLIT_TABLE() -> dict[int, str]:  # noqa: N802
    return {ord(k): v for k, v in TRANSLIT}


#: month names by language (full form; the English abbreviations are ``month_abbr``)
MONTH_NAMES = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
MASK_CHARS = "*X#x•"


@lru_cache(maxsize=32)
def month_names(lang: str, style: str) -> dict[str, str]:
    """Month number ("3" or "03") -> its name in ``lang`` (``style`` full or abbr: the first 3 letters)."""
    out: dict[str, str] = {}
    for i, m in enumerate(MONTH_NAMES[lang].split(), start=1):
        val = m if style == "full" else m[:3]
        out[str(i)] = val
        out[f"{i:02d}"] = val
    return out


QUARTERS = {**{str(m): str((m - 1) // 3 + 1) for m in range(1, 13)},
            **{f"{m:02d}": str((m - 1) // 3 + 1) for m in range(1, 10)}}
_META = set("\\.^$|?*+()[]{}")
_CLASS_META = set("\\]-[^&~")


def _span(o: str, c: str) -> str:
    """Regex of a bracketed span ``o ... c`` (no ``c`` inside)."""
    return ("\\" + o if o in _META else o) + "[^" + ("\\" + c if c in _CLASS_META else c) + "]*" + \
        ("\\" + c if c in _META else c)


def lexmap(category: str, concept_out: dict[str, str]) -> Transform:
    """A learned lookup: every spelling of a concept of ``category`` -> the output examples gave it."""
    return ("lexmap", category, *[f"{k}\x1f{v}" for k, v in sorted(concept_out.items())])


@lru_cache(maxsize=256)
def learned(tf: Transform) -> dict[str, str]:
    """The map_dict of a ``lexmap`` transform (spellings of the concepts seen in the examples)."""
    cat = load_lexicon()[tf[1]]
    targets = dict(item.split("\x1f", 1) for item in tf[2:])
    res: dict[str, str] = {}
    for concept, out in targets.items():
        for sp in cat.spellings.get(concept, []):
            key = text.lower(sp)
            if cat.concept_of(sp) == concept:
                res[key] = out
    return res


def lookup_table(pairs: dict[str, str]) -> Transform:
    """A lookup of the examples' own values (case and surrounding spaces ignored)."""
    return ("lookup", *[f"{k}\x1f{v}" for k, v in sorted(pairs.items())])


def translation(mapping: dict[str, str]) -> Transform:
    """A ``tr`` transform: the characters the outputs never show, each deleted or replaced by a
    separator the outputs show instead (``{a,"b c"}`` -> ``a; b c``)."""
    return ("tr", *sorted(f"{k}\x1f{v}" for k, v in mapping.items()))


def tr_map(tf: Transform) -> dict[str, str]:
    """The character map of a ``tr`` transform."""
    return dict(item.split("\x1f", 1) for item in tf[1:])


@lru_cache(maxsize=256)
def table(tf: Transform) -> dict[str, str]:
    """The map_dict of a ``lookup`` transform."""
    return dict(item.split("\x1f", 1) for item in tf[1:])


#: non-ASCII letters of Latin-1, Latin Extended-A, Greek and Cyrillic and their one-character (or ``ß`` -> ``SS``)
#: upper / lower case: a ``translate`` before the ASCII ``case`` op gives Unicode case (``müller`` -> ``MÜLLER``)
_SCRIPTS = [*range(0xC0, 0x250), *range(0x386, 0x3D0), *range(0x400, 0x460)]
UPPER_MAP = {chr(c): chr(c).upper() for c in _SCRIPTS if chr(c).isalpha() and chr(c).upper() != chr(c) and
             all(not ("a" <= u <= "z") for u in chr(c).upper()) and (len(chr(c).upper()) == 1 or chr(c) == "ß")}
LOWER_MAP = {chr(c): chr(c).lower() for c in _SCRIPTS if chr(c).isalpha() and chr(c).lower() != chr(c) and
             len(chr(c).lower()) == 1}




def _ranges(chars: list[int]) -> str:
    """A regex character class body of the code points ``chars`` (sorted), as ranges of literal characters."""
    spans: list[list[int]] = []
    for c in chars:
        if spans and spans[-1][1] == c - 1:
            spans[-1][1] = c
        else:
            spans.append([c, c])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in spans)


#: non-ASCII letters (BMP) whose Python case differs and that the tables above do not map (Vietnamese ``ộ``,
#: Ukrainian ``ґ``, ligatures ``ﬁ``, ``İ``): a value holding one is null under Unicode case, not half-cased
UNCASED_UPPER = frozenset(c for c in range(0x80, 0x10000) if chr(c).upper() != chr(c) and chr(c) not in UPPER_MAP)
UNCASED_LOWER = frozenset(c for c in range(0x80, 0x10000) if chr(c).lower() != chr(c) and chr(c) not in LOWER_MAP)
_UNCASED_CLASS = {True: _ranges(sorted(UNCASED_UPPER)), False: _ranges(sorted(UNCASED_LOWER))}
_UNCASED = {up: f"^([^{body}]*)$" for up, body in _UNCASED_CLASS.items()}
_UNCASED_RE = {up: re.compile(f"[{body}]") for up, body in _UNCASED_CLASS.items()}
#: a capital sigma ending a word (after a letter, before none): lower case ``ς`` (``ΣΟΦΟΣ`` -> ``σοφος``)
_SIGMA_LETTER = "A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f"
FINAL_SIGMA = ((f"([{_SIGMA_LETTER}])Σ$", "$1ς"), (f"([{_SIGMA_LETTER}])Σ([^{_SIGMA_LETTER}])", "$1ς$2"))


def _final_sigma(v: str) -> str:
    if "Σ" not in v:
        return v
    for pattern, repl in FINAL_SIGMA:
        v = re.sub(pattern, re.sub(r"\$([0-9])", r"\\g<\1>", repl), v)
    return v


def ucase_steps(col: str, up: bool) -> list[dict[str, Any]]:
    """Unicode upper / lower case of ``col``: null when a letter is outside the tables, final sigma, the table,
    then the ASCII case op."""
    steps: list[dict[str, Any]] = [{"op": "regex_extract", "input": col, "output": col, "pattern": _UNCASED[up],
                                    "group": 1}]
    if not up:
        steps += [{"op": "replace", "input": col, "output": col, "pattern": p, "replacement": r, "groups": True}
                  for p, r in FINAL_SIGMA]
    return [*steps, {"op": "translate", "input": col, "output": col, "mapping": UPPER_MAP if up else LOWER_MAP},
            {"op": "case", "input": col, "output": col, "mode": "upper" if up else "lower"}]


@lru_cache(maxsize=4096)
def ucase(v: str, up: bool) -> str | None:
    """Python mirror of :func:`ucase_steps`."""
    if not v or _UNCASED_RE[up].search(v):
        return None
    return text.upper(v.translate(_UPPER_TABLE)) if up else text.lower(_final_sigma(v).translate(_LOWER_TABLE))


_UPPER_TABLE = {ord(k): v for k, v in UPPER_MAP.items()}
_LOWER_TABLE = {ord(k): v for k, v in LOWER_MAP.items()}


def apply(tf: Transform, v: str | None) -> str | None:
    """Python mirror of one transform."""
    if tf[0] == "dflt":  # an absent piece (a version's missing minor number) reads as the default
        return tf[1] if v is None else v
    if v is None:
        return None
    name = tf[0]
    if name == "upper":
        return text.upper(v)
    if name == "lower":
        return text.lower(v)
    if name == "title":  # DSL 1.8 title_case: words of Latin, Greek, Cyrillic letters (ASCII: as case title)
        return unicase.title_case(v)
    if name == "pad":
        return text.pad(v, int(tf[1]))
    if name == "rpad":
        return v if len(v) >= int(tf[1]) else v + "0" * (int(tf[1]) - len(v))
    if name == "padc":  # to a fixed width with the fill the examples show (BIC8 + ``XXX``)
        return v if len(v) >= int(tf[1]) else (v.ljust if tf[3] == "right" else v.rjust)(int(tf[1]), tf[2])
    if name == "strip0":
        return text.extract(v, STRIP0, 1)
    if name == "repl":
        return v.replace(tf[1], tf[2])
    if name == "lexmap":
        return learned(tf).get(text.lower(text.trim(v)))
    if name == "lookup":
        return table(tf).get(text.lower(text.trim(v)))
    if name == "num":
        return numeric.apply(tf, v)
    if name == "ascii":
        return v.translate(_ASCII_TABLE())
    if name == "tr":
        return v.translate({ord(k): r for k, r in tr_map(tf).items()})
    if name in ("uupper", "ulower"):
        return ucase(v, name == "uupper")
    if name == "translit":
        return v.translate(_TRANSLIT_TABLE())
    if name == "mask":
        return re.sub("[^\n]", tf[1], v)
    if name == "maskan":
        return re.sub(ALNUM, tf[1], v)
    if name == "unprefix":
        return v[len(tf[1]):] if v.startswith(tf[1]) else v
    if name == "delpunct":
        return re.sub(PUNCT, "", v)
    if name == "delsym":
        return re.sub(SYMBOLS, "", v)
    if name == "month_name":
        return month_names(tf[1], tf[2]).get(v)
    if name == "camel":
        return re.sub(CAMEL, lambda m: m.group(1) + tf[1] + m.group(2), v)
    if name == "chunk":
        n, sep = int(tf[1]), tf[2]
        grouped = re.sub(f"([^\\n]{{{n}}})", lambda m: m.group(1) + sep, v)
        return grouped[:-len(sep)] if grouped.endswith(sep) else grouped
    if name == "words":
        return text.trim(re.sub(WORDS, " ", v))
    if name == "delspan":
        return re.sub(_span(tf[1], tf[2]), "", v)
    if name == "clean":
        return text.collapse(text.trim(v))
    if name == "quarter":
        return str((int(v) - 1) // 3 + 1) if v.isdecimal() and 1 <= int(v) <= 12 and len(v) <= 2 else None
    if name == "month_num":
        return lookup(name).get(text.lower(v))
    if name in ("month_abbr", "month_full"):
        return lookup(name).get(v)
    if name == "lex":
        return lookup(name, *tf[1:]).get(text.lower(text.trim(v)))
    raise ValueError(name)


def steps(tf: Transform, col: str) -> list[dict[str, object]]:
    """DSL steps applying ``tf`` to ``col`` in place."""
    name = tf[0]
    if name == "title":  # Unicode words: ``CHÂLONS`` -> ``Châlons`` where the ASCII case op gives ``ChÂLons``;
        # synthesize() spells it ``case title`` when given samples, all ASCII like the examples (emit.ascii_titles)
        return [{"op": "title_case", "input": col, "output": col}]
    if name in ("upper", "lower"):
        return [{"op": "case", "input": col, "output": col, "mode": name}]
    if name == "pad":
        return [{"op": "pad", "input": col, "output": col, "width": int(tf[1]), "fill": "0"}]
    if name == "rpad":
        return [{"op": "pad", "input": col, "output": col, "width": int(tf[1]), "fill": "0", "side": "right"}]
    if name == "padc":
        return [{"op": "pad", "input": col, "output": col, "width": int(tf[1]), "fill": tf[2], "side": tf[3]}]
    if name == "repl":
        pat = "\\n" if tf[1] == "\n" else "\\" + tf[1] if tf[1] in "\\.^$|?*+()[]{}" else tf[1]
        return [{"op": "replace", "input": col, "output": col, "pattern": pat, "replacement": tf[2]}]
    if name == "num":
        return numeric.steps(tf, col)
    if name == "ascii":
        return [{"op": "translate", "input": col, "output": col, "mapping": ascii_map()},
                {"op": "translate", "input": col, "output": col, "mapping": ascii_map_extended()}]
    if name == "tr":
        return [{"op": "translate", "input": col, "output": col, "mapping": tr_map(tf)}]
    if name in ("uupper", "ulower"):
        return ucase_steps(col, name == "uupper")
    if name == "translit":
        return [{"op": "translate", "input": col, "output": col, "mapping": dict(TRANSLIT)}]
    if name == "delpunct":
        return [{"op": "replace", "input": col, "output": col, "pattern": PUNCT, "replacement": ""}]
    if name == "delsym":
        return [{"op": "replace", "input": col, "output": col, "pattern": SYMBOLS, "replacement": ""}]
    if name == "mask":
        return [{"op": "replace", "input": col, "output": col, "pattern": "[^\\n]", "replacement": tf[1]}]
    if name == "maskan":
        return [{"op": "replace", "input": col, "output": col, "pattern": ALNUM, "replacement": tf[1]}]
    if name == "unprefix":
        return [{"op": "replace", "input": col, "output": col, "pattern": "^" + re.escape(tf[1]), "replacement": ""}]
    if name == "month_name":
        return [{"op": "map_dict", "input": col, "output": col, "mapping": month_names(tf[1], tf[2])}]
    if name == "camel":
        return [{"op": "replace", "input": col, "output": col, "pattern": CAMEL,
                 "replacement": "$1" + tf[1].replace("$", "$$") + "$2", "groups": True}]
    if name == "chunk":
        sep = tf[2]
        return [{"op": "replace", "input": col, "output": col, "pattern": f"([^\\n]{{{int(tf[1])}}})",
                 "replacement": "$1" + sep.replace("$", "$$"), "groups": True},
                {"op": "replace", "input": col, "output": col,
                 "pattern": "".join("\\" + c if c in _META else c for c in sep) + "$", "replacement": ""}]
    if name == "words":
        return [{"op": "replace", "input": col, "output": col, "pattern": WORDS, "replacement": " "},
                {"op": "trim", "input": col, "output": col}]
    if name == "delspan":
        return [{"op": "replace", "input": col, "output": col, "pattern": _span(tf[1], tf[2]), "replacement": ""}]
    if name == "clean":
        return [{"op": "trim", "input": col, "output": col}, {"op": "collapse_whitespace", "input": col, "output": col}]
    if name == "quarter":
        return [{"op": "map_dict", "input": col, "output": col, "mapping": QUARTERS}]
    if name in ("lexmap", "lookup"):
        mapping = learned(tf) if name == "lexmap" else table(tf)
        return [{"op": "trim", "input": col, "output": col},
                {"op": "case", "input": col, "output": col, "mode": "lower"},
                {"op": "map_dict", "input": col, "output": col, "mapping": mapping}]
    if name == "strip0":
        return [{"op": "regex_extract", "input": col, "output": col, "pattern": STRIP0, "group": 1}]
    if name in ("month_abbr", "month_full"):
        return [{"op": "map_dict", "input": col, "output": col, "mapping": lookup(name)}]
    mapping = lookup(name) if name == "month_num" else lookup(name, *tf[1:])
    pre: list[dict[str, object]] = [{"op": "case", "input": col, "output": col, "mode": "lower"}]
    if name == "lex":
        pre.insert(0, {"op": "trim", "input": col, "output": col})
    return [*pre, {"op": "map_dict", "input": col, "output": col, "mapping": mapping}]


def cost(tf: Transform) -> float:
    """Ranking cost of one transform."""
    if tf[0] == "tr" and not any(tr_map(tf).values()) and len(tf) <= 3:
        # the input minus one or two wrapper characters no output shows (``="00123"``): everything else
        # the examples keep; three or more kinds of punctuation deleted are a class (``delpunct``)
        return DELETE_ONLY
    if tf[0] == "lex" and len(tf) > 3:
        return COST["lex"] + weekday_readings.EXTRA_COST
    return numeric.cost(tf) if tf[0] == "num" else COST[tf[0]]


def candidates(value: str, outputs_digits_widths: set[int], lex_hits: list[Transform]) -> list[Transform]:
    """Transforms worth trying on a selected ``value`` (by its character classes)."""
    out: list[Transform] = []
    has_alpha = any(ch.isalpha() for ch in value)
    if has_alpha:
        out += [("upper",), ("lower",), ("title",)]
        out.append(("month_num",))
    if value.isdecimal():
        # also widths this value already has: a no-op here may be needed by another example
        out += [("pad", str(w)) for w in sorted(outputs_digits_widths) if 1 < w and w >= len(value)]
        out += [("rpad", str(w)) for w in sorted(outputs_digits_widths) if 1 < w and w > len(value)]
        if value.startswith("0"):
            out.append(("strip0",))
        if len(value) <= 2:
            out += [("month_abbr",), ("month_full",), ("quarter",)]
            out += [("month_name", lang, "full") for lang in MONTH_NAMES]
    out += lex_hits
    return out
