"""Two-letter weekday abbreviations that mean different days in different languages (``ma``: Dutch maandag,
Monday; Spanish/French martes/mardi, Tuesday. ``di``: German/Dutch Dienstag/dinsdag, Tuesday; French dimanche,
Sunday. ``do``: German/Dutch Donnerstag/donderdag, Thursday; Spanish/Portuguese domingo, Sunday).

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
    if value.strip().lower() in GERMANIC:
        return (GERMAN_DUTCH,)
    return ("", GERMAN_DUTCH)


def adjust(category: str, reading: str, table: dict[str, str]) -> dict[str, str]:
    """``table`` (lower-case spelling -> target) in ``reading``: the ambiguous abbreviations dropped (plain) or
    given their German/Dutch day (``target`` is the canonical concept: the weekday targets are the concepts)."""
    if category != "weekday":
        return table
    out = {k: v for k, v in table.items() if k not in AMBIGUOUS}
    if reading == GERMAN_DUTCH:
        out.update(AMBIGUOUS)
    return out
