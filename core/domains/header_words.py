"""Word lists and similarity levels of the structural header rules (:mod:`core.domains.header_rules`).

Levels are name similarities a rule lifts a domain to; every one stays below an exact alias (1.0), so
an explicit alias always wins. Word lists are lower-case header tokens.
"""

from __future__ import annotations

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
FLAG_FUNCTION_WORDS = FLAG_SHAPE_PREFIXES | FLAG_SHAPE_SUFFIXES | INDICATOR_SUFFIXES | {"est", "ist", "esta"}
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
