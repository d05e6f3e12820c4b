"""Two-letter weekday abbreviations that mean different days in different languages (``ma``: Dutch maandag,
Monday; Spanish/French martes/mardi, Tuesday. ``di``: German/Dutch Dienstag/dinsdag, Tuesday; French dimanche,
Sunday. ``do``: German/Dutch Donnerstag/donderdag, Thursday; Spanish/Portuguese domingo, Sunday).

Session 15: a third, Romance reading (French ``ma`` mardi, ``di`` dimanche; Spanish/Portuguese ``ma`` martes,
``do`` domingo) for synthesis, and for value maps (:func:`column_reading`) the reading the column's other spellings
give (``lu``, ``mié``, ``ju`` -> Romance; ``Mo``, ``wo``, ``So`` -> German/Dutch; none or both -> no day; a spelling
both families write, ``mi``, ``sa``, German ``Sam``, tells no language: :data:`SHARED`).

The weekday lexicon lookup comes in two readings: the plain one maps these abbreviations to nothing (null: the
column gives no language to read them by), the German/Dutch one (``"de"``) maps them to the German/Dutch days. A
value spelt in German or Dutch proposes only the German/Dutch reading, any other value both (the plain one is
cheaper), so one program fits a column only in the reading of the language its examples show: ``Montag``,
``Dienstag`` -> ``do`` is Thursday; ``lunes``, ``sábado`` -> ``do`` is null.
"""

from __future__ import annotations

#: abbreviation -> the concept the German/Dutch reading gives it
AMBIGUOUS = {"ma": "1", "di": "2", "do": "4"}
#: spellings only German or Dutch use (lower case): a value spelt so reads the abbreviations the German way
GERMANIC = frozenset({"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
                      "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
                      "ma", "di", "do", "wo", "vr", "za", "zo"})
GERMAN_DUTCH = "de"
#: ranking cost added to the German/Dutch reading, so that it is taken only when an example needs it
EXTRA_COST = 0.01


def readings(category: str, value: str) -> tuple[str, ...]:
    """The readings of the lexicon ``category`` worth trying on ``value`` ("" plain, "de" German/Dutch)."""
    if category != "weekday":
        return ("",)
    key = value.strip().lower()
    if key in GERMANIC:
        return (GERMAN_DUTCH,)
    if key in ROMANIC and key not in SHARED:
        return (ROMANCE,)
    return ("", GERMAN_DUTCH, ROMANCE)


def adjust(category: str, reading: str, table: dict[str, str]) -> dict[str, str]:
    """``table`` (lower-case spelling -> target) in ``reading``: the ambiguous abbreviations dropped (plain) or
    given their German/Dutch day (``target`` is the canonical concept: the weekday targets are the concepts)."""
    if category != "weekday":
        return table
    out = {k: v for k, v in table.items() if k not in AMBIGUOUS}
    if reading == GERMAN_DUTCH:
        out.update(AMBIGUOUS)
    elif reading == ROMANCE:
        out.update(ROMANCE_DAYS)
    return out

#: the Romance reading of the ambiguous abbreviations: French ``ma`` mardi / ``di`` dimanche, Spanish/Portuguese
#: ``ma`` martes / ``do`` domingo
ROMANCE = "romance"
ROMANCE_DAYS = {"ma": "2", "di": "7", "do": "7"}
#: spellings only French, Spanish, Italian or Portuguese use (lower case, accents kept and dropped)
ROMANIC = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lun", "mer", "jeu",
                     "ven", "sam", "dim", "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado",
                     "sabado", "domingo", "mié", "mie", "jue", "vie", "sáb", "sab", "dom", "lunedì", "lunedi",
                     "martedì", "martedi", "mercoledì", "mercoledi", "giovedì", "giovedi", "venerdì", "venerdi",
                     "sabato", "domenica", "gio", "lu", "je", "ve", "me", "ju", "vi", "sá", "seg", "ter", "qua",
                     "qui", "sex", "segunda", "terça", "quarta", "quinta", "sexta"})


#: German, Dutch and English weekday spellings (lower case): names, two- and three-letter abbreviations
OTHER_SPELLINGS = frozenset({
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    "mo", "di", "mi", "do", "fr", "sa", "so", "mon", "die", "mit", "don", "fre", "sam", "son",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "ma", "wo", "vr", "za", "zo", "maa", "din", "woe", "vri", "zat", "zon",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "tue", "wed", "thu", "fri", "sat", "sun", "tu", "we", "th", "su"})
#: spellings a Romance language and German, Dutch or English all write (German/English ``Mi``/``Sa``, Spanish
#: ``mi``, French ``sa``, German ``Sam`` and French/Spanish ``sam``): they tell no language. Computed, so that no
#: entry of :data:`ROMANIC` another family writes is missed
SHARED = frozenset({"mi", "sa"} | (ROMANIC & OTHER_SPELLINGS))


def column_reading(values: list[str]) -> str:
    """The reading a column's own weekday spellings give its ambiguous abbreviations: Romance (``"romance"``) when
    every other spelling it writes is one only French, Spanish, Italian or Portuguese use, German/Dutch (``"de"``)
    when none is (English, German and Dutch have no other ``ma``/``di``/``do``), else none (``""``: mixed or no
    other spelling, the abbreviations say no day)."""
    from core.mapping.synth.lexicon import fold, load_lexicon

    index = load_lexicon()["weekday"].index
    romanic = {fold(w) for w in ROMANIC}
    known = {fold(v) for v in values if v and v.strip()} - set(AMBIGUOUS) - SHARED
    known = {k for k in known if k in index or k in romanic}
    roman, other = known & romanic, known - romanic
    if roman and not other:
        return ROMANCE
    if other and not roman:
        return GERMAN_DUTCH
    return ""


def value_map_concept(reading: str, value: str) -> tuple[bool, str | None]:
    """(ambiguous, concept) of ``value`` under a column's ``reading``: whether it is one of the abbreviations
    languages read differently, and the weekday it names in that reading (None: no day)."""
    key = value.strip().casefold()
    if key not in AMBIGUOUS:
        return False, None
    if reading == GERMAN_DUTCH:
        return True, AMBIGUOUS[key]
    if reading == ROMANCE:
        return True, ROMANCE_DAYS[key]
    return True, None
