"""Catalog lookups the header rules (:mod:`core.domains.header_rules`) read: specific-flag key words,
composite alias words (cached per catalog fingerprint) and the foreign-key cap."""

from __future__ import annotations

import numpy as np

from core.domains.evidence import ColumnEvidence, table_entity_words
from core.domains.header_words import FLAG_FUNCTION_WORDS, FOREIGN_KEY_NAME
from core.domains.matcher_view import MatcherView
from core.domains.name_adjustments import matched_alias
from core.vocab.tokens import ABBREVIATIONS, normalize_alias

_FLAG_WORDS: dict[tuple[str, int], dict[int, set[str]]] = {}


def specific_flag_words(m: MatcherView, flag: int) -> dict[int, set[str]]:
    """Per domain of the generic flag's id group (``flag.*``, the flag itself excluded): the key words of its
    aliases of one meaningful word (``is_active`` -> ``active``)."""
    key = (m.fingerprint, flag)
    hit = _FLAG_WORDS.get(key)
    if hit is None:
        group = m.ids[flag].split(".")[0]
        hit = {}
        for i, d in enumerate(m.catalog.domains):
            if i == flag or d.id.split(".")[0] != group:
                continue
            for a in d.aliases:
                content = [t for t in normalize_alias(a).split() if t not in FLAG_FUNCTION_WORDS]
                if len(content) == 1 and len(content[0]) >= 4:
                    hit.setdefault(i, set()).add(content[0])
        _FLAG_WORDS[key] = hit
    return hit


def foreign_key_cap(m: MatcherView, ev: ColumnEvidence, scores: np.ndarray, how: dict[int, str]) -> None:
    """``<entity>_id`` names the row's own key only when the entity is the table's (``patient_id`` in
    ``patients``); another entity's id (``user_id`` in ``web_sessions``) is a foreign key, so the
    surrogate-key domain reached through the generic ``id`` stays borderline (:data:`FOREIGN_KEY_NAME`)."""
    key = m.alias_exact.get("id")
    if key is None or matched_alias(how.get(key, "")) not in {"id", "key", "no", "nr", "num", "number"}:
        return
    words = [t for t in ev.header_tokens if not t.isdecimal() and t not in {"id", "key", "no", "nr", "num", "number"}]
    if not words:
        return
    entity = set(table_entity_words(ev.table))
    expanded = {w2 for w in words for w2 in (w, ABBREVIATIONS.get(w, w))}
    if not any(w in entity or any(e.startswith(w) or w.startswith(e) for e in entity) for w in expanded):
        scores[key] = min(float(scores[key]), FOREIGN_KEY_NAME)


def group_modifier(m: MatcherView, composite: int, label: str, texts: list[str]) -> bool:
    """Whether a part's match ``label`` (``contains alias 'address'``) is a one-word alias that is also
    a word of the composite's own aliases and is followed by other words in a header variant."""
    if "'" not in label:
        return False
    alias = label.split("'")[1]
    if " " in alias or alias not in _composite_words(m, composite):
        return False
    for text in texts:
        vt = text.split()
        if alias in vt and vt.index(alias) < len(vt) - 1:
            return True
    return False


_COMPOSITE_WORDS: dict[tuple[str, int], frozenset[str]] = {}


def _composite_words(m: MatcherView, composite: int) -> frozenset[str]:
    key = (m.fingerprint, composite)
    hit = _COMPOSITE_WORDS.get(key)
    if hit is None:
        hit = frozenset(w for a in m.catalog.domains[composite].aliases for w in normalize_alias(a).split())
        _COMPOSITE_WORDS[key] = hit
    return hit
