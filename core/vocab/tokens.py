"""Header tokenization: snake_case, camelCase, kebab, dotted, digits, accents, prefixes, abbreviations."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CAMEL1 = re.compile(r"([a-z0-9])([A-Z])")
_CAMEL2 = re.compile(r"([A-Z]+)([A-Z][a-z])")
_SPLIT = re.compile(r"[\W_]+")  # Unicode-aware: Cyrillic, Greek, CJK, Hangul... letters are kept
_DIGIT_EDGE = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
#: Latin letters (incl. Latin-1 supplement and extended A/B) are folded to ASCII; other scripts are kept.
_LATIN_END = 0x250
#: Latin Extended Additional (Vietnamese ``ố``, ``ợ``, ``ạ``; Welsh ``ŵ``): folded like the letters below _LATIN_END
_LATIN_EXTRA = range(0x1E00, 0x1F00)

#: Qualifier prefixes that name the owning entity or the storage layer, not the column's meaning
#: (``cust_email``, ``src_zip``, ``tbl_city``). Stripped as an alternative variant, never required.
QUALIFIERS = frozenset({
    "src", "tbl", "col", "fld", "dim", "fact", "stg", "raw", "tmp", "ods", "dwh", "v", "x", "c", "t", "f",
    "cust", "customer", "client", "kunde", "kunden", "cliente", "usr", "user", "emp", "employee",
    "mitarbeiter", "empleado", "employe", "contact", "kontakt", "member", "acct", "account", "vendor",
    "supplier", "lieferant", "patient", "person", "pers", "billing", "shipping", "ship", "bill", "home",
    "work", "business", "primary", "main", "default", "new", "old", "current", "cur", "orig", "the",
    "recipient", "sender", "driver", "owner", "assignee", "payee", "beneficiary",
})

#: Common abbreviations in real-world headers -> expansion tokens.
ABBREVIATIONS: dict[str, str] = {
    "fname": "first name", "fn": "first name", "lname": "last name", "ln": "last name",
    "mname": "middle name", "nm": "name", "dob": "date of birth", "bday": "birthday", "addr": "address",
    "adr": "address", "str": "street", "tel": "telephone", "ph": "phone", "phn": "phone", "mob": "mobile",
    "no": "number", "nr": "number", "num": "number", "nbr": "number", "amt": "amount", "qty": "quantity",
    "dt": "date", "ts": "timestamp", "tstamp": "timestamp", "cd": "code", "desc": "description",
    "descr": "description", "pct": "percent", "perc": "percent", "cty": "city", "ctry": "country",
    "cntry": "country", "org": "organization", "dept": "department", "mgr": "manager", "bal": "balance",
    "ccy": "currency", "cur": "currency", "curr": "currency", "lang": "language", "lat": "latitude",
    "lon": "longitude", "lng": "longitude", "long": "longitude", "temp": "temperature", "wt": "weight",
    "ht": "height", "len": "length", "dur": "duration", "vol": "volume", "upd": "updated", "crt": "created",
    "cre": "created", "mod": "modified", "ip": "ip", "ua": "user agent", "pwd": "password", "ssn": "ssn",
    "zip": "zip", "plz": "plz", "cp": "cp", "sku": "sku", "id": "id", "uid": "uid", "guid": "guid",
    "eml": "email", "mail": "mail", "yr": "year", "mth": "month", "mo": "month", "hr": "hour",
    "sec": "seconds", "mins": "minutes", "qtr": "quarter", "cat": "category", "prod": "product",
    "inv": "invoice", "ord": "order", "txn": "transaction", "trx": "transaction", "ref": "reference",
    "bday_dt": "birth date", "geb": "geburt", "gebdat": "geburtsdatum", "vorn": "vorname",
    "tz": "timezone", "cc": "credit card", "iban": "iban", "bic": "bic", "swift": "swift",
    "vat": "vat", "ein": "ein", "tin": "tin", "www": "website", "uri": "url", "pc": "postcode",
    "prov": "province", "st": "state", "co": "company", "corp": "corporation", "sal": "salary",
    "gen": "gender", "sex": "sex", "nat": "nationality", "ttl": "title", "cmt": "comment",
    "rmk": "remark", "stat": "status", "flg": "flag", "ind": "indicator", "yn": "flag",
    "cust": "customer", "emp": "employee", "acct": "account",
    # class-word and property abbreviations of data-modeling naming standards (ISO 11179 style
    # ``cust_brth_dt``, ``MRTL_STAT_CD``) and mainframe copybooks
    "gndr": "gender", "gend": "gender", "mrtl": "marital", "marit": "marital", "brth": "birth",
    "lic": "license", "licn": "license", "drvr": "driver", "drv": "driver", "lst": "last", "frst": "first",
    "mn": "middle name", "mdl": "middle", "insd": "insured", "ins": "insurance",
    "pymt": "payment", "pmt": "payment", "pmnt": "payment", "sts": "status", "typ": "type", "grp": "group",
    "loc": "location", "rgn": "region", "cnt": "count", "tot": "total", "avg": "average",
    "prc": "price", "uom": "unit of measure", "wgt": "weight", "hgt": "height",
    "spd": "speed", "cmpny": "company", "msg": "message", "chg": "changed",
    "chgd": "changed", "lupd": "last updated", "strt": "start",
    "beg": "begin", "natl": "national", "natnl": "national",
    "hm": "home", "wrk": "work", "mbl": "mobile", "phne": "phone",
    "telno": "telephone number", "emladdr": "email address", "postcd": "postcode", "zipcd": "zip code",
    "zcode": "zip code", "tstmp": "timestamp", "dttm": "datetime", "tm": "time", "yyyymmdd": "date",
    "txt": "text", "val": "value", "pcnt": "percent", "rt": "rate", "bldg": "building", "apt": "apartment",
    "ste": "suite", "sfx": "suffix", "pfx": "prefix", "mgmt": "management", "supv": "supervisor",
    "hrly": "hourly", "ann": "annual", "annl": "annual", "comm": "commission",
    # vowel-dropped English abbreviations of ERP/CRM/HR exports
    "qnty": "quantity", "qtty": "quantity", "subtot": "subtotal", "pymnt": "payment", "chrg": "charge",
    "dscnt": "discount", "invc": "invoice", "bnk": "bank", "crtd": "created", "updt": "updated", "mdfd": "modified",
    "modif": "modified", "dte": "date", "tmstmp": "timestamp", "mnth": "month", "wk": "week", "hrs": "hours",
    "secs": "seconds", "wght": "weight", "hght": "height", "lngth": "length", "wdth": "width", "dpth": "depth",
    "diam": "diameter", "prcnt": "percent", "dscr": "description", "cmnt": "comment", "cmnts": "comments",
    "rmrk": "remark", "rmks": "remarks", "catg": "category", "ctgy": "category", "categ": "category", "itm": "item",
    "dpt": "department", "crncy": "currency", "citz": "citizenship", "usrnm": "username", "cel": "cell",
    "mobno": "mobile number", "phno": "phone number", "trk": "tracking", "trkg": "tracking", "shpmt": "shipment",
    "hdcnt": "headcount", "bdgt": "budget", "emplid": "employee id", "empl": "employee", "cstmr": "customer",
    "clnt": "client", "vndr": "vendor", "pstl": "postal", "bdate": "birth date",
    # abbreviations of other languages (es/pt/it/fr numero, fecha; fi pvm, puh; id tgl; da/no tlf)
    "tlf": "telephone", "tfno": "telephone", "tlfno": "telephone", "telf": "telephone", "nro": "numero",
    "fec": "fecha", "fch": "fecha", "nac": "nacimiento", "nasc": "nascimento", "naiss": "naissance",
    "tgl": "tanggal", "pvm": "paivamaara", "puh": "puhelin", "anz": "anzahl", "cant": "cantidad",
    "qte": "quantite", "qta": "quantita", "qtd": "quantidade", "qtde": "quantidade",
    # English SaaS/ERP/logistics/travel export abbreviations
    "actv": "active", "odo": "odometer", "odom": "odometer", "bkg": "booking", "resv": "reservation",
    "rsvn": "reservation", "pax": "passenger", "rcvd": "received", "pkg": "package", "whse": "warehouse",
    "purch": "purchase", "appt": "appointment", "tkt": "ticket", "svc": "service", "dest": "destination",
    "veh": "vehicle", "addl": "additional", "instr": "instructions", "dlvry": "delivery", "shpd": "shipped",
    "fst": "first", "emer": "emergency", "empr": "employer", "intl": "international",
}

#: Abbreviations whose meaning depends on the previous token (``addr_ln1`` is an address *line*,
#: ``cust_ln`` a last name).
PAIR_ABBREVIATIONS: dict[tuple[str, str], str] = {
    ("addr", "ln"): "line", ("address", "ln"): "line", ("adr", "ln"): "line", ("street", "ln"): "line",
    ("str", "ln"): "line", ("addr", "l"): "line",
}

#: Token runs merged back into one token after splitting (``sourceIpV6`` -> ``source ipv6``).
_MERGE = {("ip", "v", "4"): "ipv4", ("ip", "v", "6"): "ipv6", ("ipv", "4"): "ipv4", ("ipv", "6"): "ipv6",
          ("ip", "4"): "ipv4", ("ip", "6"): "ipv6"}

#: Trailing class words of data-modeling standards naming the *representation* of a property
#: (``marital_status_cd``, ``created_ts``). Dropping them yields the property name, which may be an
#: exact alias (``marital status``); the matcher only accepts that for type-compatible domains.
DATE_CLASS_WORDS = frozenset({"date", "dt", "timestamp", "ts", "time", "tm", "datetime", "dttm", "tstmp"})
CODE_CLASS_WORDS = frozenset({"code", "cd", "cde"})


#: Letters NFKD does not decompose (Nordic, Polish, Turkish, Icelandic, French ligature).
_NON_DECOMPOSING = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ł": "l", "Ł": "L", "ı": "i",
                                  "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "œ": "oe", "Œ": "Oe", "µ": "u"})


def strip_accents(text: str) -> str:
    """``prénom`` -> ``prenom``, ``Straße`` -> ``strasse``, ``Größe`` -> ``groesse``-ish (ASCII fold of Latin
    letters). Letters of other scripts (``Наименование``, ``電話番号``, ``이메일``) are kept as they are."""
    text = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    text = unicodedata.normalize("NFC", text.translate(_NON_DECOMPOSING))
    if all(ord(c) < _LATIN_END or ord(c) in _LATIN_EXTRA for c in text):
        return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    out = []
    for c in text:
        if ord(c) < _LATIN_END or ord(c) in _LATIN_EXTRA:
            out.append("".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x)))
        else:
            out.append(c)
    return "".join(out)


@lru_cache(maxsize=65536)
def split_tokens(header: str) -> tuple[str, ...]:
    """Split a header into lowercase ASCII tokens: ``custEmailAddr2`` -> (cust, email, addr, 2); ``#`` reads
    as ``number`` (``Order #`` -> (order, number))."""
    s = strip_accents(header.strip()).replace("#", " number ")  # "Order #", "Acct#": the number of
    s = _CAMEL2.sub(r"\1 \2", _CAMEL1.sub(r"\1 \2", s)).lower()
    s = _DIGIT_EDGE.sub(" ", s)
    return _merge(tuple(t for t in _SPLIT.split(s) if t))


def _merge(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Merge split token runs of :data:`_MERGE` (``ip v 6`` -> ``ipv6``)."""
    if not any(t in ("ip", "ipv") for t in tokens):
        return tokens
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for n in (3, 2):
            hit = _MERGE.get(tokens[i:i + n])
            if hit is not None:
                out.append(hit)
                i += n
                break
        else:
            out.append(tokens[i])
            i += 1
    return tuple(out)


def expand_abbreviations(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Tokens with abbreviations expanded; pair rules first (``addr ln`` -> ``address line``)."""
    out: list[str] = []
    for k, t in enumerate(tokens):
        pair = PAIR_ABBREVIATIONS.get((tokens[k - 1], t)) if k else None
        out.extend((pair or ABBREVIATIONS.get(t, t)).split())
    return tuple(out)


def strip_class_word(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], str] | None:
    """(property tokens, class kind ``date``/``code``) when ``tokens`` end with a class word."""
    if len(tokens) < 2:
        return None
    last = tokens[-1]
    if last in DATE_CLASS_WORDS:
        return tokens[:-1], "date"
    if last in CODE_CLASS_WORDS:
        return tokens[:-1], "code"
    return None


def normalize_alias(alias: str) -> str:
    """Canonical text of an alias or header: tokens joined by one space."""
    return " ".join(split_tokens(alias))


#: Words that, followed by a block number, name a repeated address group (Dynamics ``address1_city``,
#: ``addr2_zip``): the group prefix qualifies the field after it, it is not an address line.
ADDRESS_GROUP_WORDS = frozenset({"address", "addr", "adr", "adres", "adresse", "anschrift", "direccion"})
_LINE_WORDS = frozenset({"line", "ln", "l", "street", "str"})


def strip_group_prefix(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """Field tokens of a numbered address-group header (``address 1 city`` -> ``city``), keeping the
    address word for line fields (``address 1 line 2`` -> ``address line 2``); None otherwise."""
    if len(tokens) < 3 or tokens[0] not in ADDRESS_GROUP_WORDS or not tokens[1].isdecimal() or tokens[2].isdecimal():
        return None
    rest = tokens[2:]
    return (tokens[0], *rest) if rest[0] in _LINE_WORDS else rest


@lru_cache(maxsize=65536)
def header_variants(header: str) -> tuple[tuple[str, ...], ...]:
    """Token variants of a header, most literal first.

    1. the raw tokens; 2. without trailing digits (``phone2``); 3. without leading qualifier
    prefixes (``cust_``, ``src_``) and trailing ones (``prenom_client``); 4. abbreviations expanded.
    Duplicates and empties removed. A numbered address-group prefix (``address1_``) is dropped
    first (see :func:`strip_group_prefix`).
    """
    raw = split_tokens(header)
    field = strip_group_prefix(raw)
    if field is not None:
        return header_variants(" ".join(field))
    variants: list[tuple[str, ...]] = [raw]
    nodig = tuple(t for t in raw if not t.isdecimal())
    variants.append(nodig)
    stripped = list(nodig)
    while len(stripped) > 1 and stripped[0] in QUALIFIERS:
        stripped.pop(0)
    while len(stripped) > 1 and stripped[-1] in QUALIFIERS:  # Romance order: prenom_client
        stripped.pop()
    variants.append(tuple(stripped))
    if nodig != raw:  # keep a trailing ordinal with the expansion: addr_ln2 -> address line 2
        variants.insert(2, expand_abbreviations(raw))
    for base in (nodig, tuple(stripped)):
        variants.append(expand_abbreviations(base))
    out: list[tuple[str, ...]] = []
    for v in variants:
        if v and v not in out:
            out.append(v)
    return tuple(out)


#: Single-token aliases too generic to identify a domain on their own once qualifiers are stripped
#: (``user_id`` -> ``id``); such matches are down-weighted and do not make a header "informative".
GENERIC = frozenset({"id", "key", "code", "number", "name", "date", "time", "type", "value", "status", "no",
                     "nr", "num", "nom", "nombre", "nome", "ref", "flag", "title", "total"})

#: Words that say what kind of value a compound header holds (its class): a header lacking the alias'
#: class word (``manager`` for ``manager id``) does not mean what the alias means.
CLASS_WORDS = frozenset({"id", "number", "no", "nr", "num", "code", "cd", "key", "date", "time", "phone", "email",
                         "mail", "address", "name", "amount", "count", "type", "status", "flag", "url", "ip",
                         "fax", "mobile", "zip", "rate", "price", "nummer", "numero", "numer"})
