"""Headers that name an event of the record's own life (issue 11): created, paid, ordered, delivered, started.

In a table of people a date is personal data unless something says otherwise: a birth, an admission, an
appointment or a passport's expiry is the person's own. A date the system recorded about the *record*
(its creation, payment, order, delivery, registration, the start or end of a contract or a trip, a login)
is business data. :func:`business_event_header` is that header evidence; :mod:`core.pii.decide` clears a
date or a time of a table of people only with it (or with times a system stamped to the second), never on
the values alone. Words are given in several languages, as whole header words (``start``, ``paid``) or, for
stems of five letters or more, inside compounds (``Bestelldatum``, ``luontipvm``); non-Latin stems are looked
for in the raw header (``登録日``, ``Ημ/νία Εγγραφής``). A personal-event word (see
:data:`core.pii.headers.EVENT_STEMS`, appointment words in :data:`core.pii.headers.PII_TOKENS`) always wins:
the header is then PII; so does a word of a person's own appointment, care or document
(:data:`PERSONAL_EVENT_WORDS`: the start of an appointment is no business event).
"""

from __future__ import annotations

from functools import lru_cache

#: Whole header words naming an event of the record (several languages, accents folded).
EVENT_WORDS = frozenset(
    # English
    "created create creation updated update modified changed start started starts end ended ends begin began "
    "finish finished paid payment ordered order orders shipped shipment delivered delivery opened open closed close "
    "login logon signin signup signed registered registration enrolled enrolment enrollment subscribed subscription "
    "joined activated activation cancelled canceled cancellation validated approved processed posted booked booking "
    "invoiced invoice billed billing renewed renewal checkin checkout check arrival departure occurred event evt "
    "received sent submitted resolved valuation settled captured refunded effective last txn transaction "
    # German, Dutch, Scandinavian
    "erstellt angelegt anlage geaendert geandert aenderung bezahlt zahlung bestellt bestellung geliefert lieferung "
    "versand beginn ende abschluss anmeldung registrierung buchung gebucht storniert validiert eingang "
    "erdat aedat budat bldat cpudt "
    "aangemaakt gewijzigd betaald besteld geleverd levering eind einde registratie "
    "oprettet opprettet skapad skapat betalt betald bestilt bestalld levert levererad slut slutt registrert "
    "registrerad senaste inloggning "
    # French, Spanish, Portuguese, Italian
    "cree creation modifie paye paiement commande livraison livre debut fin inscription ouverture ouvert cloture "
    "creado creacion modificado actualizado pagado pago pedido entrega inicio alta baja registro registrado "
    "criado criacao atualizado pagamento entregue fim cadastro validado emitido emision emissao "
    "creato creazione pagato ordinato consegna inizio registrazione prenotazione arrivo partenza "
    # Finnish, Polish, Czech, Hungarian, Turkish, Indonesian
    "luotu maksettu tilattu tilaus toimitettu toimitus alku loppu rekisteroity "
    "utworzono utworzenia zaplacono zamowienia zamowienie dostawy rejestracji poczatek koniec "
    "vytvoreno zalozeno zaplaceno objednavka dodani zacatek konec registrace "
    "letrehozas letrehozva regisztracio fizetes rendeles szallitas kezdet "
    "olusturma kayit abonelik odeme siparis teslim baslangic bitis "
    "buat dibuat bayar dibayar pesan kirim mulai selesai daftar "
    # Malay (session 7)
    "sertai menyertai dicipta "
    # entry into service of an employee (session 7): a record of the employment, not the person's own
    "hire hired hiring dienst indienst eintritt eintrittsdatum ingreso zaposlenja zaposlen "
    # session 9: a transaction, a shipping manifest, a loan's disbursement, a statement's approval, a filing; Finnish
    # ERP abbreviations of the order and delivery dates (tilaus-, toimituspäivämäärä)
    "trx manifest disbursement disbursed desembolso approval filed filing tilpvm toimpvm".split())
#: Event words read as whole header words only, never inside a compound (``depart`` is in ``department``): session 11,
#: a hotel stay's arrival and departure in French (Italian and English above), the day a survey form was filled (Kobo
#: ``today``). Not ``loss``, ``lastseen``, ``interview``: in tables of people they date a person's own loss, sighting or
#: interview (review of session 11).
WHOLE_EVENT_WORDS = frozenset("arrivee depart today".split())
#: Non-Latin stems looked for in the raw header (Japanese, Greek, Cyrillic, Korean, Chinese, Persian).
SCRIPT_STEMS = ("登録", "作成", "更新", "ログイン", "注文", "支払", "開始", "終了", "入会", "εγγραφ", "δημιουργ",
                "πληρωμ", "παραγγελ", "создан", "оплат", "заказ", "регистрац", "가입", "등록", "주문", "결제",
                "创建", "注册", "订单", "支付",
                # session 7: connection, sale, departure (Ukrainian, Russian); start, registration (Persian)
                "підключ", "подключ", "продаж", "отправлен", "відправл", "شروع", "ثبت")
STEM_MIN = 5
#: Words of a person's own appointments and care (a date of service is personal data, HIPAA): a header holding one
#: names no business event, whatever else it says (``turno__inicio``, ``appointment_start``).
PERSONAL_EVENT_WORDS = frozenset("appointment appointments appt cita citas turno turnos rendezvous rdv consulta "
                                 "consultation consult afspraak termin termine visit visita visite besuch "
                                 "treatment tratamiento behandlung surgery cirugia operation vaccination vacuna "
                                 "impfung exam examen untersuchung passport pasaporte passeport reisepass expiry "
                                 "expiration exp vencimiento validity".split())


@lru_cache(maxsize=4096)
def business_event_header(header: str | None) -> bool:
    """Whether ``header`` names an event of the record's life (module docstring); the caller checks it names no
    personal data first (:func:`core.pii.headers.header_signal`)."""
    from core.vocab.tokens import split_tokens

    if not header:
        return False
    low = header.casefold()
    if any(s in low for s in SCRIPT_STEMS):
        return True
    tokens = [t for t in split_tokens(header) if not t.isdecimal()]
    if any(t in PERSONAL_EVENT_WORDS for t in tokens):
        return False
    if any(t in EVENT_WORDS or t in WHOLE_EVENT_WORDS for t in tokens):
        return True
    joined = "".join(tokens)
    return any(len(w) >= STEM_MIN and w in joined for w in EVENT_WORDS)


#: Last header words that make the header name who did something (``created_by``, ``erstellt_von``,
#: ``creado_por``, ``modifie_par``): the actor of a record's event is a person (a clerk's login or name).
ACTOR_WORDS = frozenset("by von por par door av af przez oleh tarafindan".split())
#: Actions whose actor a header may name, besides :data:`EVENT_WORDS`.
ACTION_WORDS = frozenset("assigned reviewed edited entered handled requested owned deleted signed verified checked "
                         "approved authorised authorized rejected escalated bearbeitet geprueft genehmigt asignado "
                         "aprobado revisado alterado aprovado modificato approvato".split())


def actor_header(tokens: tuple[str, ...] | list[str]) -> bool:
    """Whether header ``tokens`` name the actor of an event of the record (``created_by``, ``approved_by``)."""
    return len(tokens) >= 2 and tokens[-1] in ACTOR_WORDS and any(
        t in EVENT_WORDS or t in ACTION_WORDS for t in tokens[:-1])
