"""Numbers of an address split into its parts (issue 11): deny by default for small integers beside a street.

A register that writes an address in parts (Kuwait: area, block, street, avenue, house; elsewhere street, house
number, floor, flat) keeps the block, the house, the floor or the flat as a small integer. Under a header that says
nothing (``f9``) such a column cannot be told from a count by its values (``1``..``12`` repeated), and the value rules
clear it as a small vocabulary. The table tells: the parts of one address are written next to each other. So
:func:`address_numbers` masks a cleared column of small integers (:func:`small_integers`) in a table of people when a
column at most :data:`NEAR` columns away is a part of an address — its values name streets (:func:`street_values`:
``شارع 54``, ``Calle Mayor``, ``12 Main St``) or its header names a street, a house or another part of an address —
unless its own header says what it is (a non-personal kind: ``qty``, ``floors_count``, a unit). A column cleared
under a header naming personal data was cleared by a rule that read it (a business's own postal code): left as is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.pii.decision import ColumnDecision
from core.pii.disguised import address_part_header
from core.pii.headers import HeaderSignal
from core.pii.measures import measure_header
from core.pii.shape import cell_text
from core.pii.street_words import street_word
from core.pii.vocab import STREET_WORDS
from core.vocab.tokens import split_tokens

#: Columns between a small-integer column and a part of its address (area, block, street, avenue, house).
NEAR = 2
#: Share of a street column's cells that carry a street word.
STREET_SHARE = 0.5
CELLS_MIN = 5
#: Most digits of a block, house, floor or flat number.
DIGITS_MAX = 4
#: Street words of scripts and languages :data:`core.pii.vocab.STREET_WORDS` lacks (Arabic without the article).
STREET_WORDS_MORE = frozenset("شارع جادة جاده طريق زقاق سكة ulitsa улица проспект переулок шоссе rua travessa "
                              "jalan jl soi thanon duong pho".split())
#: Street words that, first in a value, are a title or a saint (``Dr T. Moyo``, ``St Mary's``), not a street.
TITLE_FIRST = frozenset({"dr", "st"})
#: Catalog domains of a header naming a part of an address.
ADDRESS_PART_DOMAINS = frozenset({"address.street", "address.street_address", "address.house_number",
                                  "address.address_line2"})
_WORD = re.compile(r"[^\W\d_]+")


def _street_words(text: str) -> bool:
    words = _WORD.findall(text.casefold())
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words]
    return any((w in STREET_WORDS | STREET_WORDS_MORE or street_word(w)) and not (i == 0 and w in TITLE_FIRST)
               for i, w in enumerate(words))  # core.pii.street_words: köçesi, ул, jalan... (session 12)


def street_values(texts: Sequence[str]) -> bool:
    """Whether half the cells or more name a street (a street word of several languages and scripts, not a title)."""
    return len(texts) >= CELLS_MIN and sum(_street_words(t) for t in texts) >= STREET_SHARE * len(texts)


def small_integers(texts: Sequence[str]) -> bool:
    """Whether every cell is an integer of at most :data:`DIGITS_MAX` digits, none zero-padded (a block, a house, a
    floor, a flat; a count looks the same)."""
    return len(texts) >= CELLS_MIN and all(
        t.isdecimal() and len(t) <= DIGITS_MAX and not (t.startswith("0") and len(t) > 1) for t in texts)


def _part_header(header: str, sig: HeaderSignal) -> bool:
    return sig.domain in ADDRESS_PART_DOMAINS or address_part_header(header, True)


def address_numbers(decided: list[ColumnDecision], columns: Sequence[str], values: dict[str, list[object]],
                    names: dict[str, str], signals: dict[str, HeaderSignal],
                    person_entities: frozenset[str]) -> list[ColumnDecision]:
    """Mask the cleared small-integer columns next to a part of an address in a table of people (module
    docstring); ``person_entities``: the entities of a masked column that make the table one of people."""
    if not any(not d.clear and d.entity in person_entities for d in decided):
        return decided
    texts = {c: [t.strip() for v in values[c] if (t := cell_text(v)) is not None and t.strip()] for c in columns}
    index = {c: i for i, c in enumerate(columns)}
    parts = [index[c] for c in columns if street_values(texts[c]) or _part_header(names[c], signals[c])]
    if not parts:
        return decided
    out = []
    for d in decided:
        c, sig = d.column, signals[d.column]
        named = sig.safe or sig.pii or measure_header(split_tokens(sig.text or c))
        if d.clear and not named and small_integers(texts[c]) and any(0 < abs(index[c] - p) <= NEAR for p in parts):
            d = ColumnDecision(column=c, clear=False, entity="LOCATION", reason=(
                "small integers next to the parts of an address (a block, a house, a floor or a flat number) under a "
                "header that does not say what they count (deny by default)"))
        out.append(d)
    return out
