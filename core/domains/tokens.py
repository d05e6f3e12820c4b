"""Header tokenization: snake_case, camelCase, kebab, dotted, digits, accents, prefixes, abbreviations."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CAMEL1 = re.compile(r"([a-z0-9])([A-Z])")
_CAMEL2 = re.compile(r"([A-Z]+)([A-Z][a-z])")
_SPLIT = re.compile(r"[^a-z0-9]+")
_DIGIT_EDGE = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])")

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
}


def strip_accents(text: str) -> str:
    """``prénom`` -> ``prenom``, ``Straße`` -> ``strasse``, ``Größe`` -> ``groesse``-ish (ASCII fold)."""
    text = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def split_tokens(header: str) -> tuple[str, ...]:
    """Split a header into lowercase ASCII tokens: ``custEmailAddr2`` -> (cust, email, addr, 2)."""
    s = strip_accents(header.strip())
    s = _CAMEL2.sub(r"\1 \2", _CAMEL1.sub(r"\1 \2", s)).lower()
    s = _DIGIT_EDGE.sub(" ", s)
    return tuple(t for t in _SPLIT.split(s) if t)


def normalize_alias(alias: str) -> str:
    """Canonical text of an alias or header: tokens joined by one space."""
    return " ".join(split_tokens(alias))


@lru_cache(maxsize=65536)
def header_variants(header: str) -> tuple[tuple[str, ...], ...]:
    """Token variants of a header, most literal first.

    1. the raw tokens; 2. without trailing digits (``phone2``); 3. without leading qualifier
    prefixes (``cust_``, ``src_``) and trailing ones (``prenom_client``); 4. abbreviations expanded.
    Duplicates and empties removed.
    """
    raw = split_tokens(header)
    variants: list[tuple[str, ...]] = [raw]
    nodig = tuple(t for t in raw if not t.isdigit())
    variants.append(nodig)
    stripped = list(nodig)
    while len(stripped) > 1 and stripped[0] in QUALIFIERS:
        stripped.pop(0)
    while len(stripped) > 1 and stripped[-1] in QUALIFIERS:  # Romance order: prenom_client
        stripped.pop()
    variants.append(tuple(stripped))
    for base in (nodig, tuple(stripped)):
        expanded = tuple(w for t in base for w in ABBREVIATIONS.get(t, t).split())
        variants.append(expanded)
    out: list[tuple[str, ...]] = []
    for v in variants:
        if v and v not in out:
            out.append(v)
    return tuple(out)
