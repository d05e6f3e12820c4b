"""Structural header rules applied after alias matching (see :func:`apply_header_rules`).

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

import numpy as np

from core.domains.evidence import ColumnEvidence, table_entity_words
from core.domains.matcher_view import MatcherView
from core.domains.name_adjustments import matched_alias
from core.domains.tokens import ABBREVIATIONS, normalize_alias

FLAG_SHAPE_NAME = 0.85
FLAG_SHAPE_PREFIXES = frozenset({"is", "has", "can", "should", "was", "did", "ist", "hat", "est", "tiene", "es"})
FLAG_SHAPE_SUFFIXES = frozenset({"flag", "flg", "yn", "bool"})
CATEGORY_SHAPE_NAME = 0.78  # borderline: a candidate for the arbiter, never High alone
CATEGORY_WORDS = frozenset({"type", "category", "kind", "class", "typ", "kategorie", "art", "tipo", "categoria",
                            "categorie", "categoría", "catégorie", "soort", "rodzaj", "reason", "method", "tipi",
                            "turu", "tip", "tyyppi", "laji", "tapa", "jenis", "kategori", "tyyp", "druh", "fajta",
                            "tipus", "metode", "metod", "methode", "metodo", "mode"})
#: Class words that lead the header in head-first languages (``tipo_cliente``, ``jenis_kendaraan``).
HEAD_FIRST_CATEGORY_WORDS = frozenset({"tipo", "jenis", "tipe", "categoria", "clase", "classe", "kategori"})
ROLE_NAME = 0.86
#: Words naming a natural person's role; ``<role> name`` is that person's name.
PERSON_ROLES = frozenset({
    "insured", "policyholder", "holder", "beneficiary", "applicant", "patient", "employee", "member",
    "passenger", "guest", "tenant", "student", "driver", "recipient", "sender", "payee", "guarantor",
    "spouse", "parent", "guardian", "physician", "doctor", "nurse", "agent", "broker", "author",
    "owner", "assignee", "reporter", "approver", "contact", "attendee", "candidate", "volunteer",
    "billing", "shipping", "requester", "requestor", "submitter",
})
#: A header that is only a person's role (``Assignee``, ``Manager``, ``Account Owner``) usually holds that
#: person's display name: a full-name candidate at :data:`ROLE_ALONE_NAME` (borderline on the header alone,
#: so value evidence — person-name values — or the arbiter decides).
ROLE_ALONE_NAME = 0.80
BARE_PERSON_ROLES = frozenset({
    "manager", "supervisor", "assignee", "reporter", "requester", "requestor", "approver", "submitter",
    "salesperson", "salesman", "saleswoman", "recruiter", "interviewer", "physician", "doctor", "nurse",
    "driver", "attendee", "passenger", "guest", "author", "editor", "reviewer", "signatory", "beneficiary",
    "insured", "policyholder", "guarantor", "spouse", "tenant", "landlord", "owner", "agent", "rep",
    "representative", "consultant", "technician", "coordinator", "handler", "lead", "mentor", "sponsor", "contact",
    "vorgesetzter", "sachbearbeiter", "ansprechpartner", "responsable", "gestionnaire", "interlocuteur",
    "gerente", "responsavel", "responsabile", "referente", "contactpersoon", "beheerder", "kierownik",
})
ROLE_MODIFIERS = frozenset({"account", "sales", "case", "ticket", "project", "line", "direct", "primary",
                            "secondary", "assigned", "responsible", "key", "deal", "record", "opportunity",
                            "emergency", "billing", "shipping", "technical", "main", "next", "of", "kin"})
#: Head-first languages put the name word first: ``nome_destinatario``, ``naam_ontvanger``, ``nom_client``.
NAME_WORDS = frozenset({"nome", "naam", "nombre", "nom", "name", "nimi", "navn", "namn", "isim", "nama", "jmeno",
                        "imie", "nev", "numele", "adi"})
PERSON_ROLES_HEAD_FIRST = frozenset({
    "destinatario", "destinataire", "ontvanger", "remitente", "mittente", "remetente", "expediteur", "afzender",
    "cliente", "client", "klant", "paciente", "patient", "paziente", "titular", "titolare", "beneficiario",
    "beneficiaire", "begunstigde", "contacto", "contatto", "contato", "contactpersoon", "responsavel",
    "responsable", "responsabile", "empleado", "employe", "dipendente", "funcionario", "medewerker", "medico",
    "medecin", "arts", "socio", "membre", "lid", "conductor", "motorista", "autista", "chauffeur", "pasajero",
    "passageiro", "passager", "huesped", "hospede", "gast", "pelanggan", "penerima", "pengirim", "musteri",
    "alici", "gonderen", "vastaanottaja", "lahettaja", "asiakas", "kunde", "modtager", "mottaker", "mottagare",
})
SPECIFIC_FLAG_NAME = 0.88
GENERIC_FLAG_DEMOTED = 0.78
INDICATOR_SUFFIXES = frozenset({"ind", "indicator"})
#: Words of a flag alias that carry no meaning of their own (``is_active`` -> ``active``).
_FLAG_FUNCTION_WORDS = FLAG_SHAPE_PREFIXES | FLAG_SHAPE_SUFFIXES | INDICATOR_SUFFIXES | {"est", "ist", "esta"}
COMPOSITE_MARGIN = 0.02
GROUP_MODIFIER_FACTOR = 0.9
EVENT_TIME_NAME = 0.86
#: ``<past participle>_at`` names a point in time, ``<past participle>_on`` a day (Rails convention:
#: ``paid_at``, ``shipped_at``, ``delivered_on``).
EVENT_TIME_WORDS = {"at": "timestamp", "on": "date"}
COMPOSITE_CAP = 0.97
FOREIGN_KEY_NAME = 0.78
#: An integer column whose header ends in an English plural (``Replies``, ``TOTAL_STAYS``) counts things:
#: a borderline count candidate unless an alias names something else.
PLURAL_COUNT_NAME = 0.80
NOT_PLURAL = ("ss", "us", "is", "ys", "os")


def apply_header_rules(m: MatcherView, ev: ColumnEvidence, texts: list[str], scores: np.ndarray,
                       how: dict[int, str]) -> float:
    """Apply the module's rules to ``scores``/``how`` in place for a header with variant ``texts``;
    returns the best similarity a rule set (it makes the header informative)."""
    best = 0.0

    def lift(i: int | None, s: float, label: str) -> None:
        nonlocal best
        if i is not None and scores[i] < s:
            scores[i] = s
            how[i] = label
            best = max(best, s)

    toks = tuple(ev.header_tokens)
    flag = m.alias_exact.get("flag")
    flag_shape = (len(toks) > 1 and (toks[0] in FLAG_SHAPE_PREFIXES or toks[-1] in FLAG_SHAPE_SUFFIXES)) or (
        ev.original_name.rstrip().endswith("?") and len(toks) <= 3)  # "Paid?", "Opted in?"
    if flag_shape:
        lift(flag, FLAG_SHAPE_NAME, "yes/no header shape")
    if flag is not None and len(toks) > 1 and (flag_shape or toks[-1] in INDICATOR_SUFFIXES):
        words = set(toks) - _FLAG_FUNCTION_WORDS
        for i, word in _specific_flag_words(m, flag).items():
            hit = words & word
            if hit:
                lift(i, SPECIFIC_FLAG_NAME, f"yes/no header with '{sorted(hit)[0]}' of {m.ids[i]}")
                if how.get(flag) == "yes/no header shape" or matched_alias(how.get(flag, "")) in _FLAG_FUNCTION_WORDS:
                    # the shape (or a bare indicator word) alone now points elsewhere
                    scores[flag] = min(float(scores[flag]), GENERIC_FLAG_DEMOTED)
    for text in texts:
        vt = text.split()
        if len(vt) > 1 and (vt[-1] in CATEGORY_WORDS or vt[0] in HEAD_FIRST_CATEGORY_WORDS):
            cls_word = vt[-1] if vt[-1] in CATEGORY_WORDS else vt[0]
            lift(m.alias_exact.get("category"), CATEGORY_SHAPE_NAME, f"categorical class word '{cls_word}'")
        if len(vt) == 2 and vt[1] == "name" and vt[0] in PERSON_ROLES:
            lift(m.alias_exact.get("full name"), ROLE_NAME, f"person role '{vt[0]}' + name")
        if len(vt) == 2 and vt[0] in NAME_WORDS and vt[1] in PERSON_ROLES_HEAD_FIRST:
            lift(m.alias_exact.get("full name"), ROLE_NAME, f"name + person role '{vt[1]}'")
        if vt and vt[-1] in BARE_PERSON_ROLES and all(w in ROLE_MODIFIERS for w in vt[:-1]):
            lift(m.alias_exact.get("full name"), ROLE_ALONE_NAME, f"person role '{text}'")
        if len(vt) == 2 and vt[1] in EVENT_TIME_WORDS and len(vt[0]) > 4 and vt[0].endswith("ed"):
            lift(m.alias_exact.get(EVENT_TIME_WORDS[vt[1]]), EVENT_TIME_NAME, f"event time '{text}'")
    _foreign_key_cap(m, ev, scores, how)
    last = toks[-1] if toks else ""
    if (ev.declared_type == "int" and not ev.unit_cues and len(last) > 3 and last.endswith("s")
            and not last.endswith(NOT_PLURAL)
            and float(scores.max(initial=0.0)) < PLURAL_COUNT_NAME):
        lift(m.alias_exact.get("count"), PLURAL_COUNT_NAME, f"integer column named by a plural '{last}'")
    for ci, d in enumerate(m.catalog.domains):
        if len(d.composite_of) < 2:
            continue
        parts = [m.pos[p] for p in d.composite_of if p in m.pos]
        named_all = [p for p in parts if how.get(p, "").startswith(("alias", "contains alias"))]
        modifiers = [p for p in named_all if _group_modifier(m, ci, how[p], texts)]
        named = [p for p in named_all if p not in modifiers]
        if modifiers and named:  # ``Card Address Zip``: the zip is the head, "address" its group
            for p in modifiers:
                scores[p] *= GROUP_MODIFIER_FACTOR
        if named and how.get(ci, "").startswith("contains alias"):
            named.append(ci)  # the composite named next to one of its parts: Strasse_Hausnr
        if len(named) >= 2:
            lift(ci, min(COMPOSITE_CAP, max(float(scores[p]) for p in named) + COMPOSITE_MARGIN),
                 "names " + " + ".join(m.ids[p] for p in named))
    return best


_FLAG_WORDS: dict[tuple[str, int], dict[int, set[str]]] = {}


def _specific_flag_words(m: MatcherView, flag: int) -> dict[int, set[str]]:
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
                content = [t for t in normalize_alias(a).split() if t not in _FLAG_FUNCTION_WORDS]
                if len(content) == 1 and len(content[0]) >= 4:
                    hit.setdefault(i, set()).add(content[0])
        _FLAG_WORDS[key] = hit
    return hit


def _foreign_key_cap(m: MatcherView, ev: ColumnEvidence, scores: np.ndarray, how: dict[int, str]) -> None:
    """``<entity>_id`` names the row's own key only when the entity is the table's (``patient_id`` in
    ``patients``); another entity's id (``user_id`` in ``web_sessions``) is a foreign key, so the
    surrogate-key domain reached through the generic ``id`` stays borderline (:data:`FOREIGN_KEY_NAME`)."""
    key = m.alias_exact.get("id")
    if key is None or matched_alias(how.get(key, "")) not in {"id", "key", "no", "nr", "num", "number"}:
        return
    words = [t for t in ev.header_tokens if not t.isdigit() and t not in {"id", "key", "no", "nr", "num", "number"}]
    if not words:
        return
    entity = set(table_entity_words(ev.table))
    expanded = {w2 for w in words for w2 in (w, ABBREVIATIONS.get(w, w))}
    if not any(w in entity or any(e.startswith(w) or w.startswith(e) for e in entity) for w in expanded):
        scores[key] = min(float(scores[key]), FOREIGN_KEY_NAME)


def _group_modifier(m: MatcherView, composite: int, label: str, texts: list[str]) -> bool:
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
