"""Name tokenization shared by the offline rules and the offline embedding."""

from __future__ import annotations

import re

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SPLIT = re.compile(r"[^A-Za-z0-9]+")

#: common column-name abbreviations -> words.
ABBREVIATIONS: dict[str, list[str]] = {
    "fname": ["first", "name"], "firstname": ["first", "name"], "lname": ["last", "name"],
    "lastname": ["last", "name"], "surname": ["last", "name"], "fullname": ["full", "name"],
    "givenname": ["first", "name"], "dob": ["birth", "date"], "birthdate": ["birth", "date"],
    "addr": ["address"], "tel": ["phone"], "telephone": ["phone"], "mobile": ["phone"], "cell": ["phone"],
    "zip": ["postal", "code"], "zipcode": ["postal", "code"], "postcode": ["postal", "code"],
    "qty": ["quantity"], "amt": ["amount"], "num": ["number"], "no": ["number"], "nbr": ["number"],
    "cust": ["customer"], "emp": ["employee"], "dt": ["date"], "ts": ["timestamp"], "mail": ["email"],
    "e": [], "id": ["id"], "desc": ["description"], "cty": ["city"], "ctry": ["country"],
    "email": ["email"], "emailaddress": ["email"], "ssn": ["ssn"], "sex": ["gender"],
}


def name_tokens(text: str) -> list[str]:
    """Lower-case word tokens of an identifier (camelCase, snake_case, dotted), abbreviations expanded."""
    out: list[str] = []
    for part in _SPLIT.split(_CAMEL.sub(" ", text)):
        if not part:
            continue
        low = part.lower()
        out.extend(ABBREVIATIONS.get(low, [low]))
    return out


def dice(a: set[str], b: set[str]) -> float:
    """Dice similarity of two token sets."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))
