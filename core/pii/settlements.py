"""Names of villages and localities by the word they start with (issue 11, session 13).

Many countries write a village or a quarter with a word or an abbreviation in front of its name: Brunei and Malaysia
``Kg. Sengkurong A`` / ``Kampong Ayer`` / ``Kpg. Rimba``, Indonesia ``Desa Sukamaju`` / ``Ds. Karangrejo`` /
``Kel. Menteng`` / ``Dusun Krajan``, the Philippines ``Brgy. San Roque`` / ``Barangay Poblacion`` / ``Purok 3``,
Thailand ``Mu Ban``, Portugal and Brazil ``Aldeia Nova``, India ``Vill. Rampur``, Francophone Africa ``Quartier
Zongo``. Such a value names where a person lives: in a table of people it is personal data (HIPAA counts every
geographic subdivision smaller than a state), never a closed list of things to clear.

The abbreviation ``Kg.`` is also the German legal form ``KG`` (Kommanditgesellschaft) and the unit ``kg``; a legal
form ends a company's name and a unit follows a number, while a settlement word *starts* the name. So
:func:`settlement_name` reads only the first word, and :func:`core.pii.names.company_share` does not count that
word as a legal form (``Kg. Kiulap`` is no company; ``Village Hotel Ltd`` still is, by its other words).
"""

from __future__ import annotations

#: First words (case-folded, without their final dot) that make a value the name of a village or a locality.
SETTLEMENT_PREFIXES = frozenset(
    "kg kpg kamp kampong kampung desa ds dusun kel kelurahan kec brgy bgy barangay purok sitio aldeia aldea "
    "vill village vila mukim tambon muban quartier qtr kampungan gampong nagari jorong".split())
#: First words that are a settlement word only with their abbreviation dot (``Ds. Karangrejo``; ``DS`` alone may be
#: a code, ``Villa Rosa`` a hotel's name): read with the dot only.
DOTTED_ONLY = frozenset("ds kel kec vill qtr kamp".split())


def settlement_name(text: str) -> bool:
    """Whether ``text`` starts with a word naming a village or a locality (:data:`SETTLEMENT_PREFIXES`) followed by
    the place's own name (``Kg. Kiulap``, ``Desa Sukamaju``, ``Brgy. 176``)."""
    parts = text.strip().split()
    if len(parts) < 2:
        return False
    first = parts[0].casefold()
    dotted = first.endswith(".")
    word = first.rstrip(".")
    return word in SETTLEMENT_PREFIXES and (dotted or word not in DOTTED_ONLY)
