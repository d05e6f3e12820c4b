"""Value mapping: propose a ``map_dict`` from a source column's distinct values onto a target's
allowed values (enum, code list, a live table's distinct values).

Each source value is matched by the first rule that finds exactly one allowed value:

| rule | confidence | example |
|---|---|---|
| exact | 1.0 | ``"US"`` -> ``"US"`` |
| folded (case, accents, punctuation, spaces) | 0.95 | ``"u.s."`` -> ``"US"``, ``"new-york"`` -> ``"New York"`` |
| lexicon (synonyms, languages, codes) | 0.9 | ``"usa"``, ``"Vereinigte Staaten"`` -> ``"US"``; ``"Herr"`` -> ``"Mr"`` |
| abbreviation / prefix | 0.75 | ``"Calif"`` -> ``"California"``, ``"Male"`` -> ``"M"`` |
| initials | 0.7 | ``"NY"`` -> ``"New York"`` |
| letters (words inside, codes) | 0.7 | ``"Tax Invoice"`` -> ``"INVOICE"``, ``"Kandy Blend House"`` -> ``"KBH"`` |
| fuzzy (difflib ratio >= 0.85, unique best) | 0.8 x ratio | ``"Germnay"`` -> ``"Germany"`` |

The lexicon category is chosen by the allowed values (the category whose concepts cover most
of them, e.g. ISO codes -> countries), so ``"DE"`` means Germany for a country list and
Delaware for a state list. A value the category spells for two concepts (``Fr.``, ``Sr.``, ``Pan`` in
the gender category: Frau or Father, Señor or Sister) is unmatched, not guessed by the weaker rules. The
letters rule is :mod:`core.mapping.value_codes`. Values nothing matches are listed in ``unmatched`` (the
``map_dict`` maps them to null: ``on_missing=default``).
"""

from __future__ import annotations

import difflib
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from core.mapping.synth import weekday_readings
from core.mapping.synth.lexicon import Category, fold, load_lexicon
from core.mapping.value_codes import letters_map
from dsl.models import MapDict

FUZZY_MIN = 0.85


class ValueMapEntry(BaseModel):
    """One proposed source value -> allowed value, with confidence and the rule that found it."""

    model_config = ConfigDict(frozen=True)

    source: str
    target: str
    confidence: float
    rule: str


class ValueMapProposal(BaseModel):
    """``mapping`` (source -> allowed), per-entry confidence, unmatched values, the DSL step."""

    mapping: dict[str, str]
    confidence: dict[str, float]
    entries: list[ValueMapEntry]
    unmatched: list[str]
    category: str | None
    pipeline_step: MapDict | None


def _pick_category(allowed: list[str]) -> Category | None:
    return category_of(tuple(allowed))


@lru_cache(maxsize=256)
def category_of(allowed: tuple[str, ...]) -> Category | None:
    """The lexicon category whose concepts cover most of ``allowed`` (memoized: many target
    columns share one allowed-value list, e.g. a code domain's examples)."""
    best, best_n = None, 0
    for cat in load_lexicon().values():
        n = sum(cat.concept_of(a) is not None for a in allowed)
        if n > best_n:
            best, best_n = cat, n
    return best if best_n >= max(1, len(allowed) // 3) else None


def _initials(s: str) -> str:
    return "".join(w[0] for w in s.split() if w)


def _unique(hits: list[str]) -> str | None:
    uniq = sorted(set(hits))
    return uniq[0] if len(uniq) == 1 else None


def _match(value: str, allowed: list[str], by_fold: dict[str, list[str]], cat: Category | None,
           by_concept: dict[str, list[str]], letters: dict[str, str] | None,
           reading: str = "") -> tuple[str, float, str] | None:
    """The allowed value ``value`` names and how; ``letters``: the column's letters rule
    (:func:`core.mapping.value_codes.letters_map`), None to stop before it (the strict rules only);
    ``reading``: the column's weekday reading (:func:`weekday_readings.column_reading`)."""
    if value in allowed:
        return value, 1.0, "exact"
    f = fold(value)
    if not f:
        return None
    hit = _unique(by_fold.get(f, []))
    if hit is not None:
        return hit, 0.95, "folded"
    if cat is not None and cat.name == "weekday":
        ambiguous, day = weekday_readings.value_map_concept(reading, value)
        if ambiguous:  # ``ma``/``di``/``do`` name the day the column's language gives them, or none
            hit = _unique(by_concept.get(day, [])) if day else None
            return (hit, 0.9, f"lexicon:weekday:{reading}") if hit is not None else None
    if cat is not None:
        if len(cat.index.get(f, ())) > 1:
            return None  # a spelling of two concepts (``Fr.``: Frau or Father): no guess by the weaker rules
        concept = cat.concept_of(value)
        if concept is not None:
            hit = _unique(by_concept.get(concept, []))
            if hit is not None:
                return hit, 0.9, f"lexicon:{cat.name}"
    if len(f) >= 3:
        hit = _unique([a for k, vs in by_fold.items() if k.startswith(f) for a in vs])
        if hit is not None:
            return hit, 0.75, "abbreviation"
    hit = _unique([a for k, vs in by_fold.items() if len(k) >= 1 and f.startswith(k) and len(k) < len(f)
                   and (len(k) >= 3 or len(k) == 1) for a in vs])
    if hit is not None and len(fold(hit)) <= 3:
        return hit, 0.75, "abbreviation"
    if len(f) >= 2:
        hit = _unique([a for k, vs in by_fold.items() if " " in k and _initials(k) == f for a in vs])
        if hit is not None:
            return hit, 0.7, "initials"
    if letters is None:
        return None
    hit = _unique(by_fold.get(letters.get(f, ""), []))
    if hit is not None:  # its words inside the value, or a code read from a name's letters
        return hit, 0.7, "letters"
    close = difflib.get_close_matches(f, list(by_fold), n=2, cutoff=FUZZY_MIN)
    if close:
        ratio = difflib.SequenceMatcher(None, f, close[0]).ratio()
        second = difflib.SequenceMatcher(None, f, close[1]).ratio() if len(close) > 1 else 0.0
        hit = _unique(by_fold[close[0]])
        if hit is not None and ratio > second:
            return hit, round(0.8 * ratio, 3), "fuzzy"
    if cat is not None and len(f) >= 4:  # a misspelt synonym: fuzzy over the lexicon's spellings
        close = difflib.get_close_matches(f, list(cat.index), n=1, cutoff=0.8)
        concepts = cat.index.get(close[0], set()) if close else set()
        if len(concepts) == 1:
            hit = _unique(by_concept.get(next(iter(concepts)), []))
            if hit is not None:
                return hit, round(0.75 * difflib.SequenceMatcher(None, f, close[0]).ratio(), 3), "fuzzy:lexicon"
    return None


def propose_value_map(source_values: list[str], allowed: list[str], *, input_name: str = "value",
                      output_name: str = "value") -> ValueMapProposal:
    """Map each distinct source value onto one allowed value (see the module table for the rules).

    ``pipeline_step`` is a ``map_dict`` from ``input_name`` to ``output_name`` holding every
    matched value (exact matches included, since ``map_dict`` maps unknown values to null);
    None when nothing matched.
    """
    allowed_u = list(dict.fromkeys(a for a in allowed if a is not None))
    by_fold: dict[str, list[str]] = {}
    for a in allowed_u:
        by_fold.setdefault(fold(a), []).append(a)
    cat = _pick_category(allowed_u)
    by_concept: dict[str, list[str]] = {}
    if cat is not None:
        for a in allowed_u:
            c = cat.concept_of(a)
            if c is not None:
                by_concept.setdefault(c, []).append(a)
    entries: list[ValueMapEntry] = []
    unmatched: list[str] = []
    values = list(dict.fromkeys(s for s in source_values if s is not None))
    reading = weekday_readings.column_reading(values) if cat is not None and cat.name == "weekday" else ""
    strict = {v: _match(v, allowed_u, by_fold, cat, by_concept, None, reading) for v in values}
    taken = {fold(m[0]) for m in strict.values() if m is not None}
    letters = letters_map([fold(v) for v, m in strict.items() if m is None], list(by_fold), taken)
    for v in values:
        m = strict[v] or _match(v, allowed_u, by_fold, cat, by_concept, letters, reading)
        if m is None:
            unmatched.append(v)
        else:
            entries.append(ValueMapEntry(source=v, target=m[0], confidence=m[1], rule=m[2]))
    mapping = {e.source: e.target for e in entries}
    step = MapDict(input=input_name, output=output_name, mapping=mapping) if mapping else None
    return ValueMapProposal(mapping=mapping, confidence={e.source: e.confidence for e in entries}, entries=entries,
                            unmatched=unmatched, category=cat.name if cat else None, pipeline_step=step)
