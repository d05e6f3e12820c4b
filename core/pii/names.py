"""Personal-name gazetteers (``assets_config/lexicons``: given_names, surnames, ambiguous_name_words) and the
name shape of a column's values. Ambiguous entries are also common words, places or brands (brown, grace,
florence, min) and count half. Tokens are compared case-folded, with diacritics kept and ASCII-folded."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel

from core.paths import ASSETS_CONFIG
from core.pii.settlements import settlement_name

_SPECIAL = {ord(k): v for k, v in zip("øłđðıæœþ’", ["o", "l", "d", "d", "i", "ae", "oe", "th", "'"], strict=True)}
#: Titles, honorifics and generational suffixes dropped before counting tokens (compared without a trailing dot).
TITLES = frozenset("mr mrs ms miss mx dr prof ing mgr herr frau m mme mlle sr sra srta jr sir dame ii iii iv phd md "
                   "bc judr mudr dipl".split())
#: Tokens that mark a company, an institution or a place ("Santa Monica", "Deutsche Bank"): never a person.
NON_NAME = frozenset("inc ltd llc gmbh ag co corp corporation plc sa sas sarl srl spa bv nv kg oy ab group holding "
                     "holdings company bank university hotel school hospital san santa saint st sankt sao santo fort "
                     "port mount new city street road avenue lake beach bay".split())
#: Words of price lists, catalogues and trading exports (``MARK PRICE``, ``LIST PRICE``, ``UNIT COST``, ``BASE RATE``):
#: a value holding one whose name-like words are all ambiguous (``mark``, ``price``, ``grace``) is a label, no person
#: (``Vincent Price`` still is one: ``vincent`` is no dictionary word).
CATALOGUE_WORDS = frozenset(
    "price prices pricing cost costs rate rates fee fees amount total subtotal tax vat discount margin list net gross "
    "sale sales unit units qty quantity stock bid ask spread yield index volume value balance premium rebate tariff "
    "charge spot close open".split())
#: A known surname next to another capitalised word ("Loretta Sims") counts this much as a full name
#: (a known given name counts fully: surnames are more often also place or company words).
SURNAME_ANCHOR = 0.8
_PLACEHOLDER = re.compile(r"<[^<>]*>|\[[^\[\]]*\]|null|none|n/?a|nan|-+")
_WORD = re.compile(r"[^\W\d_]+(?:['.-][^\W\d_]*)*")


def fold_name(text: str) -> str:
    """Case-fold and strip diacritics (NFKD plus ß/ø/æ/ł/đ/ı): ``"Jürgen"`` -> ``"jurgen"``."""
    s = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL))
    return "".join(c for c in s if not unicodedata.combining(c))


def _keys(token: str) -> set[str]:
    """Lookup keys of ``token``: case-folded as written and folded without diacritics."""
    return {unicodedata.normalize("NFC", token.casefold().translate(_SPECIAL)), fold_name(token)}


@dataclass(frozen=True)
class NameLexicon:
    """Given names, surnames and the ambiguous subset, each holding both kept and folded spellings."""

    given: frozenset[str]
    surnames: frozenset[str]
    ambiguous: frozenset[str]

    def weight(self, token: str, names: frozenset[str]) -> float:
        """1.0 if ``token`` is in ``names`` (0.5 if also ambiguous), else 0.0; ``Min-jun``/``Jean-Luc`` match too."""
        keys = _keys(token)
        if keys & names:
            return 0.5 if keys & self.ambiguous else 1.0
        parts = [p for p in token.split("-") if p]
        if len(parts) > 1:
            joined = "".join(parts)
            return self.weight(joined, names) or min(self.weight(p, names) for p in parts)
        return 0.0


class NameShares(BaseModel):
    """Shares of the counted values (non-empty, not placeholders) that look like personal names."""

    full: float = 0.0
    first: float = 0.0
    last: float = 0.0
    any_known: float = 0.0
    counted: int = 0


def _read(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(k for line in lines if line.strip() and not line.startswith("#") for k in _keys(line.strip()))


@lru_cache(maxsize=8)
def load_name_lexicon(directory: Path = ASSETS_CONFIG / "lexicons") -> NameLexicon:
    """Load the three gazetteers from ``directory`` (cached per process and directory)."""
    return NameLexicon(given=_read(directory / "given_names.txt"), surnames=_read(directory / "surnames.txt"),
                       ambiguous=_read(directory / "ambiguous_name_words.txt"))


def _tokens(value: str) -> tuple[list[str], bool] | None:
    """Tokens without titles and whether all were words; None if the value holds digits, '@' or a list."""
    if "@" in value or value.count(",") > 2 or any(c.isdecimal() for c in value):
        return None
    tokens, clean = [], True
    for raw in value.replace(",", " ").split():
        tok = raw.strip("\"'()").rstrip(".")
        if not _WORD.fullmatch(tok):
            clean = False
        elif fold_name(tok) not in TITLES:
            tokens.append(tok)
    return tokens, clean


def name_shape(values: Sequence[str], lex: NameLexicon) -> NameShares:
    """Shares of the counted values that look like a personal name:

    * ``full``: 2-4 word tokens after titles, one a known given name (or, counting :data:`SURNAME_ANCHOR`,
      a known surname) and another a known name or a capitalised word; "Last, First" too;
    * ``first`` / ``last``: a single known given name / surname;
    * ``any_known``: at least one known name token.

    Ambiguous words count half; values with digits or '@' count as non-names; empty values and
    placeholders (``<PERSON>``) are ignored."""
    n, full, first, last, any_known = 0, 0.0, 0.0, 0.0, 0.0
    for text in (v.strip() for v in values):
        if not text or _PLACEHOLDER.fullmatch(text.casefold()):
            continue
        n, parsed = n + 1, _tokens(text)
        if parsed is None:
            continue
        toks, clean = parsed
        if _catalogue_label(toks, lex):
            continue
        giv = [lex.weight(t, lex.given) for t in toks]
        sur = [lex.weight(t, lex.surnames) for t in toks]
        any_known += max((max(g, s) for g, s in zip(giv, sur, strict=True)), default=0.0)
        if clean and len(toks) == 1:
            first, last = first + giv[0], last + sur[0]
        elif clean and 2 <= len(toks) <= 4 and not any(fold_name(t) in NON_NAME for t in toks):
            other = [max(g, s, 1.0 if t[:1].isupper() and len(t) > 1 else 0.0)
                     for t, g, s in zip(toks, giv, sur, strict=True)]
            known = [max(g, SURNAME_ANCHOR * s) for g, s in zip(giv, sur, strict=True)]
            full += max(known[i] * other[j] for i in range(len(toks)) for j in range(len(toks)) if i != j)
    d = n or 1
    return NameShares(full=full / d, first=first / d, last=last / d, any_known=any_known / d, counted=n)


def _catalogue_label(toks: list[str], lex: NameLexicon) -> bool:
    """Whether a value's words hold a word of :data:`CATALOGUE_WORDS` and no name the lexicons know unambiguously."""
    if not any(fold_name(t) in CATALOGUE_WORDS for t in toks):
        return False
    return not any(lex.weight(t, lex.given) == 1.0 or lex.weight(t, lex.surnames) == 1.0 for t in toks)


_LOGIN = re.compile(r"[^\W\d_]{4,24}\d{0,3}")


def login_share(values: Sequence[str], lex: NameLexicon) -> float:
    """Share of the distinct one-word values that are logins built from a name: an initial (or two) then a known
    surname (``JNOVAKOVA``, ``jsmith``), or a known given name or surname then a letter or digits (``smithj``,
    ``anna82``); the name part at least four letters and not ambiguous."""
    distinct = {v.strip() for v in values if v and v.strip()}
    if not distinct:
        return 0.0

    def known(part: str) -> bool:
        return len(part) >= 4 and bool(_keys(part) & (lex.surnames | lex.given)) and not _keys(part) & lex.ambiguous

    hits = 0
    for v in distinct:
        if not _LOGIN.fullmatch(v):
            continue
        w = v.rstrip("0123456789")
        if known(w[1:]) or known(w[2:]) or known(w[:-1]) or (w != v and known(w)):
            hits += 1
    return hits / len(distinct)


#: Words that mark an organization's name (legal forms and common business nouns).
COMPANY_MARKERS = frozenset(
    "inc ltd llc gmbh ag co corp corporation plc sa sas sarl srl spa bv nv kg oy ab group holding holdings "
    "company bank university hotel school hospital llp lp pty pte limited incorporated kft zrt sro spol asa aps "
    "oyj ltda eireli a/s k/s i/s ivs amba s.r.o. a.s. ab oy gmbh&co sp.z.o.o. s.a. s.l. b.v. n.v. "
    "services solutions systems labs laboratories technologies technology consulting partners associates "
    "enterprises industries international trading supply supplies electric electrical dental resort hardware "
    "restaurant cafe store shop studio studios clinic center centre foundation institute agency logistics "
    "motors construction manufacturing pharma foods media design software capital insurance realty "
    "as club clubs plant cooperative coop society sacco association verein forening forening".split())


def company_share(values: Sequence[str]) -> float:
    """Share of the counted values (as in :func:`name_shape`) holding an organization marker word
    (``Lakeside Hardware Co.``, ``Summit Dental Group``): such a column holds company names, not people.
    ``&`` alone is no marker (``Research & Development`` is a department)."""
    n = hits = 0
    for text in (v.strip() for v in values):
        if not text or _PLACEHOLDER.fullmatch(text.casefold()):
            continue
        n += 1
        parts = text.split()
        # a marker right after a number is a unit (``9 kg of rice``: kilograms, not a Kommanditgesellschaft)
        kept = [w.strip(".,()'\"") for i, w in enumerate(parts)
                if not (i and parts[i - 1].replace(",", "").replace(".", "").isdecimal())]
        if settlement_name(text):  # ``Kg. Kiulap``: a village's first word, not a Kommanditgesellschaft (session 13)
            kept = kept[1:]
        # a legal form of three letters or fewer counts as written (the Turkmen flat ``öý`` is no Finnish ``Oy``), and
        # an address line (a street, house or flat word and a number) is no company's name (session 12)
        words = {fold_name(w) if len(w) > 3 else w.casefold() for w in kept}
        hits += bool(words & COMPANY_MARKERS) and not _address_line(text)
    return hits / n if n else 0.0


def _address_line(text: str) -> bool:
    """Whether ``text`` reads as an address line: a digit and a street, house or flat word of some language
    (:func:`core.pii.street_words.names_street`)."""
    from core.pii.street_words import names_street

    return any(c.isdecimal() for c in text) and names_street(text)


def name_keys(token: str) -> set[str]:
    """The keys under which ``token`` is looked up in a :class:`NameLexicon` (kept and folded spellings)."""
    return _keys(token)
