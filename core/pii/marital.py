"""Civil status in values (session 15, h15-fixpii): marital words with their decorations and the letter codes of
common civil-status code lists. Marital status is personal (:data:`core.pii.headers.MARITAL_DOMAIN`); under a header
that says nothing (``f7``) only the values can tell.

* Words: ``Soltero(a)``, ``casado/a``, ``Married (civil)``, ``Conviviente``, Dhivehi ``ވަރިވެފައި``: a value is a
  marital word once the gender ending (``(a)``, ``/a``, ``(o)``) and a parenthesised remark are taken off
  (:func:`marital_word`).
* Codes: the letters of one code list (:data:`CODE_SETS`: English/HL7 ``S M D W``, Spanish/Portuguese ``S C D V``,
  German ``L V G W``, French ``C M D V``), most of the list's core letters present and no value outside the list
  (:func:`marital_codes`), so sizes ``S M L`` or grades ``A B C`` are no civil status.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from core.pii.vocab import GENDER_WORDS, MARITAL_WORDS, UNKNOWN_WORDS

#: Decorations around a marital word: a gender ending (``Soltero(a)``, ``casado/a``, ``viudo(a)``) and a remark in
#: brackets (``Married (civil)``).
_ENDING = re.compile(r"\s*(?:\(\s*[ao]s?\s*\)|/\s*[ao]s?)\s*$", re.IGNORECASE)
_REMARK = re.compile(r"\s*[(\[][^()\[\]]{1,30}[)\]]\s*$")

#: Code lists of civil status: (core letters, further codes of the same list). A column of codes is marital when its
#: values hold at least :data:`CORE_MIN` core letters and none outside core + further.
CODE_SETS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    # English and HL7 v3 MaritalStatus: single, married, divorced, widowed; unmarried, partner, domestic partner,
    # annulled, interlocutory, legally separated, common law, polygamous, unknown, union libre (SAP SuccessFactors)
    (frozenset("SMDW"), frozenset({"U", "P", "T", "A", "I", "L", "C", "UNK", "UL", "SEP", "DP", "CP"})),
    # Spanish / Portuguese: soltero, casado, divorciado, viudo; unión libre, unión de hecho, separado, conviviente
    (frozenset("SCDV"), frozenset({"U", "UL", "UH", "SE", "SP", "CO", "X"})),
    # German: ledig, verheiratet, geschieden, verwitwet; eingetragene Lebenspartnerschaft, getrennt
    (frozenset("LVGW"), frozenset({"VH", "GS", "VW", "E", "LP", "P", "N", "GT"})),
    # French: célibataire, marié, divorcé, veuf; pacsé, séparé, union libre
    (frozenset("CMDV"), frozenset({"P", "S", "U", "UL"})),
)
CORE_MIN = 3
#: In a table of people, the two commonest letters alone (``S``/``M``, ``S``/``C``; nothing else but an unknown) are
#: read as civil status too (``S M L`` are sizes).
PEOPLE_PAIRS = (frozenset("SM"), frozenset("SC"), frozenset("LV"))
#: Each code must be repeated (a closed list, not a column of initials).
ROWS_PER_CODE = 3

#: Marital words beyond :data:`core.pii.vocab.MARITAL_WORDS` (decorations taken off, case folded).
MORE_WORDS = frozenset({
    "conviviente", "acompañado", "acompañada", "acompanado", "acompanada", "separado", "separada", "unión libre",
    "union libre", "unión de hecho", "union de hecho", "soltera", "solteiro", "solteira", "viúvo", "viúva",
    "união estável", "uniao estavel", "common law", "common-law", "domestic partner", "civil partnership",
    "never married", "unmarried", "annulled", "pacsé", "pacse", "pacsée", "séparé", "separe", "en couple",
    "unverheiratet", "getrennt", "getrennt lebend", "lebenspartnerschaft", "kawin", "belum kawin", "cerai hidup",
    "cerai mati", "evli", "bekar", "boşanmış", "dul", "женат", "замужем", "холост", "не замужем", "разведен",
    "разведена", "вдовец", "вдова", "żonaty", "zamężna", "kawaler", "panna", "rozwiedziony", "rozwiedziona",
    "wdowiec", "wdowa",
    # Dhivehi: married, not married, divorced, widowed
    "ކައިވެނި ކޮށްފައި", "ކައިވެނި ނުކޮށް", "ވަރިވެފައި", "ޚަވާރިދާ",
})


def marital_word(text: str) -> bool:
    """Whether one value is a marital word once its gender ending and a bracketed remark are taken off."""
    t = " ".join(text.casefold().split())
    for _ in range(2):
        if t in MARITAL_WORDS or t in MORE_WORDS:
            return True
        t = _REMARK.sub("", _ENDING.sub("", t)).strip()
    return t in MARITAL_WORDS or t in MORE_WORDS


def marital_codes(texts: Sequence[str], *, person_table: bool) -> bool:
    """Whether a column's values are the letter codes of one civil-status code list (:data:`CODE_SETS`): every value
    in the list, at least :data:`CORE_MIN` of its core letters (in a table of people also one of
    :data:`PEOPLE_PAIRS`), each code on :data:`ROWS_PER_CODE` rows or more."""
    counts = Counter(t.strip().upper() for t in texts if t.strip())
    values = set(counts)
    if len(values) < 2 or any(len(v) > 3 or not v.isalpha() for v in values):
        return False
    if {v.casefold() for v in values} <= GENDER_WORDS | UNKNOWN_WORDS | {"u", "o", "h"}:
        return False  # a gender list (``M W D``: männlich, weiblich, divers) is no civil status
    if min(counts.values()) < ROWS_PER_CODE and sum(counts.values()) < 10 * len(values):
        return False
    for core, further in CODE_SETS:
        if not values <= core | further:
            continue
        hit = values & core
        if len(hit) >= CORE_MIN or person_table and any(pair <= values <= pair | {"U", "UNK"} for pair in PEOPLE_PAIRS):
            return True
    return False
