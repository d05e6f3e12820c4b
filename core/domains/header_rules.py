"""Structural header rules applied after alias matching, as an ordered table of named rules.

:data:`HEADER_RULES` lists the rules in the order :func:`apply_header_rules` runs them (one entry,
``per header variant``, runs :data:`VARIANT_RULES` on each spelling variant of the header in turn).
Each rule is a small function of a :class:`RuleContext`; the examples in
``tests/domains/fixtures/header_rules.yaml`` pin what the table does end to end. Word lists and
levels live in :mod:`core.domains.header_words`.

They read the *shape* of a header rather than one alias, and only ever raise a domain's name
similarity to a fixed level below an exact alias, so an explicit alias always wins:

* **yes/no shape** (``IsConverted``, ``has_children``, ``promo_flag``, ``email_yn``, ``Paid?``) -> the generic
  flag domain (the owner of the alias ``flag``) at :data:`FLAG_SHAPE_NAME`; ``_ind``/``_kz`` suffixes
  are left out (``Land_KZ`` is a country code);
* **categorical class word** last (``device_type``, ``customer_category``, ``vehicle_kind``) -> the
  owner of the alias ``category`` at :data:`CATEGORY_SHAPE_NAME` (borderline: ``blood_type`` is a
  domain-specific code list, so the shape alone never assigns High);
* **person role + name** (``insured_name``, ``holder_nm``, ``beneficiary_name``) -> the owner of the
  alias ``full_name`` at :data:`ROLE_NAME`;
* **composite from parts**: a header naming two or more parts of a composite domain, or the
  composite and one of its parts, by exact or contained aliases (``vorname_nachname``, ``PLZ_Ort``,
  ``Strasse_Hausnr``) -> the composite, just above its best part. A part named by a single word that
  is also a word of the composite's own aliases and is followed by more header words is a group
  modifier, not a peer (``address_city``, ``Card Address Zip``: the city/zip *of* an address), and
  does not count, and its own score is scaled by :data:`GROUP_MODIFIER_FACTOR` when a peer part is
  named after it;
* **name + person role** in head-first languages (``nome_destinatario``, ``naam_ontvanger``) -> the owner of
  ``full_name`` at :data:`ROLE_NAME`;
* **bare person role** (``Assignee``, ``Manager``, ``Account Owner``) -> the owner of ``full_name`` at
  :data:`ROLE_ALONE_NAME` (borderline: the values or the arbiter decide);
* **event time**: ``<past participle> at`` (``Paid at``, ``solved_at``) -> the owner of the alias
  ``timestamp``; ``<past participle> on`` (``delivered_on``) -> the owner of ``date``, at
  :data:`EVENT_TIME_NAME`;
* **plural count**: an integer column whose last header word is an English plural and that no alias
  names at :data:`PLURAL_COUNT_NAME` or more -> the owner of ``count`` at that level (borderline);
* **foreign key**: ``<entity>_id`` whose entity is not the table's (``user_id`` in ``web_sessions``) keeps the
  surrogate-key domain at :data:`FOREIGN_KEY_NAME` (borderline);
* **specific flag**: a yes/no-shaped header (or one ending in an indicator suffix ``_ind``) whose
  other words contain the key word of a more specific flag domain of the generic flag's id group (``flag.*``)
  (``CURRENT_EMPLOYEE_FLAG`` -> ``current``, ``newsletter_ind`` -> ``newsletter``) -> that domain at
  :data:`SPECIFIC_FLAG_NAME`; the generic flag, when only the shape named it, drops to
  :data:`GENERIC_FLAG_DEMOTED`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from core.domains.evidence import ColumnEvidence
from core.domains.header_lookups import foreign_key_cap, group_modifier, specific_flag_words
from core.domains.header_words import (
    BARE_PERSON_ROLES,
    CATEGORY_SHAPE_NAME,
    CATEGORY_WORDS,
    COMPOSITE_CAP,
    COMPOSITE_MARGIN,
    EVENT_TIME_NAME,
    EVENT_TIME_WORDS,
    FLAG_FUNCTION_WORDS,
    FLAG_SHAPE_NAME,
    FLAG_SHAPE_PREFIXES,
    FLAG_SHAPE_SUFFIXES,
    GENERIC_FLAG_DEMOTED,
    GROUP_MODIFIER_FACTOR,
    HEAD_FIRST_CATEGORY_WORDS,
    INDICATOR_SUFFIXES,
    NAME_WORDS,
    NOT_PLURAL,
    PERSON_ROLES,
    PERSON_ROLES_HEAD_FIRST,
    PLURAL_COUNT_NAME,
    ROLE_ALONE_NAME,
    ROLE_MODIFIERS,
    ROLE_NAME,
    SPECIFIC_FLAG_NAME,
)
from core.domains.matcher_view import MatcherView
from core.domains.name_adjustments import matched_alias


@dataclass
class RuleContext:
    """One header under the rules: the matcher view, the evidence, the header's spelling variants and the
    score vector / match labels the rules raise in place."""

    m: MatcherView
    ev: ColumnEvidence
    texts: list[str]
    scores: np.ndarray
    how: dict[int, str]
    best: float = 0.0
    toks: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.toks = tuple(self.ev.header_tokens)

    def lift(self, i: int | None, s: float, label: str) -> None:
        """Raise domain ``i`` to similarity ``s`` (never lower it) and label why."""
        if i is not None and self.scores[i] < s:
            self.scores[i] = s
            self.how[i] = label
            self.best = max(self.best, s)

    @property
    def flag(self) -> int | None:
        """Position of the generic flag domain (owner of the alias ``flag``)."""
        return self.m.alias_exact.get("flag")

    @property
    def flag_shape(self) -> bool:
        """Yes/no header shape: ``is_``/``has_`` first, ``_flag``/``_yn`` last, or ``Paid?``."""
        toks = self.toks
        return (len(toks) > 1 and (toks[0] in FLAG_SHAPE_PREFIXES or toks[-1] in FLAG_SHAPE_SUFFIXES)) or (
            self.ev.original_name.rstrip().endswith("?") and len(toks) <= 3)  # "Paid?", "Opted in?"


@dataclass(frozen=True)
class HeaderRule:
    """A named rule over the whole header."""

    name: str
    apply: Callable[[RuleContext], None]


@dataclass(frozen=True)
class VariantRule:
    """A named rule over one spelling variant of the header (its words ``vt``)."""

    name: str
    apply: Callable[[RuleContext, str, list[str]], None]


def yes_no_shape(c: RuleContext) -> None:
    """``IsConverted``, ``promo_flag``, ``Paid?`` -> the generic flag at :data:`FLAG_SHAPE_NAME`."""
    if c.flag_shape:
        c.lift(c.flag, FLAG_SHAPE_NAME, "yes/no header shape")


def specific_flag(c: RuleContext) -> None:
    """A yes/no (or ``_ind``) header holding the key word of a more specific flag domain -> that domain; the
    generic flag, when only the shape named it, drops to :data:`GENERIC_FLAG_DEMOTED`."""
    flag, toks = c.flag, c.toks
    if flag is None or len(toks) <= 1 or not (c.flag_shape or toks[-1] in INDICATOR_SUFFIXES):
        return
    words = set(toks) - FLAG_FUNCTION_WORDS
    for i, word in specific_flag_words(c.m, flag).items():
        hit = words & word
        if hit:
            c.lift(i, SPECIFIC_FLAG_NAME, f"yes/no header with '{sorted(hit)[0]}' of {c.m.ids[i]}")
            if c.how.get(flag) == "yes/no header shape" or matched_alias(c.how.get(flag, "")) in FLAG_FUNCTION_WORDS:
                # the shape (or a bare indicator word) alone now points elsewhere
                c.scores[flag] = min(float(c.scores[flag]), GENERIC_FLAG_DEMOTED)


def category_word(c: RuleContext, text: str, vt: list[str]) -> None:
    """``device_type``, ``tipo_cliente`` -> the owner of ``category`` at :data:`CATEGORY_SHAPE_NAME`."""
    if len(vt) > 1 and (vt[-1] in CATEGORY_WORDS or vt[0] in HEAD_FIRST_CATEGORY_WORDS):
        cls_word = vt[-1] if vt[-1] in CATEGORY_WORDS else vt[0]
        c.lift(c.m.alias_exact.get("category"), CATEGORY_SHAPE_NAME, f"categorical class word '{cls_word}'")


def role_then_name(c: RuleContext, text: str, vt: list[str]) -> None:
    """``insured_name`` -> the owner of ``full_name`` at :data:`ROLE_NAME`."""
    if len(vt) == 2 and vt[1] == "name" and vt[0] in PERSON_ROLES:
        c.lift(c.m.alias_exact.get("full name"), ROLE_NAME, f"person role '{vt[0]}' + name")


def name_then_role(c: RuleContext, text: str, vt: list[str]) -> None:
    """``nome_destinatario`` (head-first languages) -> the owner of ``full_name`` at :data:`ROLE_NAME`."""
    if len(vt) == 2 and vt[0] in NAME_WORDS and vt[1] in PERSON_ROLES_HEAD_FIRST:
        c.lift(c.m.alias_exact.get("full name"), ROLE_NAME, f"name + person role '{vt[1]}'")


def bare_role(c: RuleContext, text: str, vt: list[str]) -> None:
    """``Assignee``, ``Account Owner`` -> the owner of ``full_name`` at :data:`ROLE_ALONE_NAME` (borderline)."""
    if vt and vt[-1] in BARE_PERSON_ROLES and all(w in ROLE_MODIFIERS for w in vt[:-1]):
        c.lift(c.m.alias_exact.get("full name"), ROLE_ALONE_NAME, f"person role '{text}'")


def event_time(c: RuleContext, text: str, vt: list[str]) -> None:
    """``Paid at`` -> the owner of ``timestamp``, ``delivered_on`` -> of ``date``, at :data:`EVENT_TIME_NAME`."""
    if len(vt) == 2 and vt[1] in EVENT_TIME_WORDS and len(vt[0]) > 4 and vt[0].endswith("ed"):
        c.lift(c.m.alias_exact.get(EVENT_TIME_WORDS[vt[1]]), EVENT_TIME_NAME, f"event time '{text}'")


#: Rules over each spelling variant, in order (run variant by variant: all rules on the first variant, ...).
VARIANT_RULES: tuple[VariantRule, ...] = (
    VariantRule("categorical class word", category_word),
    VariantRule("person role + name", role_then_name),
    VariantRule("name + person role", name_then_role),
    VariantRule("bare person role", bare_role),
    VariantRule("event time", event_time),
)


def per_variant(c: RuleContext) -> None:
    """Run :data:`VARIANT_RULES` on every spelling variant of the header."""
    for text in c.texts:
        vt = text.split()
        for rule in VARIANT_RULES:
            rule.apply(c, text, vt)


def foreign_key(c: RuleContext) -> None:
    """``user_id`` in ``web_sessions`` keeps the surrogate-key domain at :data:`FOREIGN_KEY_NAME`."""
    foreign_key_cap(c.m, c.ev, c.scores, c.how)


def plural_count(c: RuleContext) -> None:
    """An integer column named by an English plural (``TOTAL_STAYS``) -> the owner of ``count`` (borderline)."""
    last = c.toks[-1] if c.toks else ""
    if (c.ev.declared_type == "int" and not c.ev.unit_cues and len(last) > 3 and last.endswith("s")
            and not last.endswith(NOT_PLURAL)
            and float(c.scores.max(initial=0.0)) < PLURAL_COUNT_NAME):
        c.lift(c.m.alias_exact.get("count"), PLURAL_COUNT_NAME, f"integer column named by a plural '{last}'")


def composite_from_parts(c: RuleContext) -> None:
    """A header naming two parts of a composite domain (``vorname_nachname``, ``PLZ_Ort``), or the composite
    and a part (``Strasse_Hausnr``) -> the composite just above its best part; a part that only names the
    group (``Card Address Zip``) is scaled by :data:`GROUP_MODIFIER_FACTOR`."""
    m, how, scores = c.m, c.how, c.scores
    for ci, d in enumerate(m.catalog.domains):
        if len(d.composite_of) < 2:
            continue
        parts = [m.pos[p] for p in d.composite_of if p in m.pos]
        named_all = [p for p in parts if how.get(p, "").startswith(("alias", "contains alias"))]
        modifiers = [p for p in named_all if group_modifier(m, ci, how[p], c.texts)]
        named = [p for p in named_all if p not in modifiers]
        if modifiers and named:  # ``Card Address Zip``: the zip is the head, "address" its group
            for p in modifiers:
                scores[p] *= GROUP_MODIFIER_FACTOR
        if named and how.get(ci, "").startswith("contains alias"):
            named.append(ci)  # the composite named next to one of its parts: Strasse_Hausnr
        if len(named) >= 2:
            c.lift(ci, min(COMPOSITE_CAP, max(float(scores[p]) for p in named) + COMPOSITE_MARGIN),
                   "names " + " + ".join(m.ids[p] for p in named))


#: The header rules in the order they run (later rules see what earlier ones lifted).
HEADER_RULES: tuple[HeaderRule, ...] = (
    HeaderRule("yes/no shape", yes_no_shape),
    HeaderRule("specific flag", specific_flag),
    HeaderRule("per header variant", per_variant),
    HeaderRule("foreign key", foreign_key),
    HeaderRule("plural count", plural_count),
    HeaderRule("composite from parts", composite_from_parts),
)


def apply_header_rules(m: MatcherView, ev: ColumnEvidence, texts: list[str], scores: np.ndarray,
                       how: dict[int, str]) -> float:
    """Apply :data:`HEADER_RULES` to ``scores``/``how`` in place for a header with variant ``texts``;
    returns the best similarity a rule set (it makes the header informative)."""
    ctx = RuleContext(m, ev, texts, scores, how)
    for rule in HEADER_RULES:
        rule.apply(ctx)
    return ctx.best
