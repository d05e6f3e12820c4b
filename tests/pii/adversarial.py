"""Adversarial batteries for clearing rules (session 15): personal columns of many shapes, to put under the headers a
clearing rule accepts. Every column of :func:`personal_columns` is personal data; a rule that clears one of them under
any header is wrong."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from tests.pii.made_up_people import word

SIZES = (50, 300)


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def _card(rng: random.Random) -> str:
    body = rng.choice(["4", "51", "37"]) + "".join(rng.choice("0123456789") for _ in range(14))
    body = body[:15]
    return body + _luhn_digit(body)


def _birth(rng: random.Random) -> date:
    return date(1940, 1, 1) + timedelta(days=rng.randrange(0, 365 * 65))


GENERATORS: dict[str, Callable[[random.Random, int], str]] = {
    "phone_de": lambda r, i: f"+49 15{r.randint(1, 9)} {r.randint(1000000, 9999999)}",
    "phone_uk": lambda r, i: f"07{r.randint(100, 999)} {r.randint(100000, 999999)}",
    "phone_in": lambda r, i: f"9{r.randint(100000000, 999999999)}",
    "phone_ke": lambda r, i: f"07{r.randint(10000000, 99999999)}",
    "phone_my": lambda r, i: f"01{r.randint(2, 9)}-{r.randint(1000000, 9999999)}",
    "phone_short_local": lambda r, i: f"{r.randint(2000000, 7999999)}",
    "national_id_8": lambda r, i: f"{r.randint(10000000, 99999999)}",
    "national_id_9_lead0": lambda r, i: f"0{r.randint(10000000, 99999999)}",
    "nhs_number": lambda r, i: f"{r.randint(400, 499)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
    "ssn_like": lambda r, i: f"{r.randint(100, 899)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
    "card_number": lambda r, i: _card(r),
    "card_last4": lambda r, i: f"{r.randint(0, 9999):04d}",
    "pin4": lambda r, i: f"{r.randint(0, 9999):04d}",
    "cvv": lambda r, i: f"{r.randint(100, 999)}",
    "postal_5": lambda r, i: f"{r.randint(10000, 99999)}",
    "full_name": lambda r, i: f"{word(r)} {word(r)}",
    "given_name": lambda r, i: word(r),
    "login": lambda r, i: f"{word(r)[0].lower()}{word(r).lower()}{r.randint(1, 99)}",
    "birth_date_iso": lambda r, i: _birth(r).isoformat(),
    "birth_date_dmy": lambda r, i: _birth(r).strftime("%d.%m.%Y"),
    "birth_year": lambda r, i: str(_birth(r).year),
    "staff_code": lambda r, i: f"E{r.randint(1000, 9999)}",
    "passport": lambda r, i: f"{r.choice('ABCNP')}{r.randint(1000000, 9999999)}",
}


def personal_columns(n: int, seed: int = 15) -> dict[str, list[str]]:
    """One personal column of ``n`` rows per generator of :data:`GENERATORS` (seeded, so failures repeat)."""
    rng = random.Random(seed * 1000 + n)
    return {kind: [gen(rng, i) for i in range(n)] for kind, gen in GENERATORS.items()}


def people_rows(n: int, extra: dict[str, list[str]], seed: int = 15) -> tuple[list[str], list[dict[str, object]]]:
    """Columns and rows of a table of people (an e-mail and a full name per row) with the ``extra`` columns."""
    rng = random.Random(seed)
    rows: list[dict[str, object]] = [{"email": f"{word(rng).lower()}.{i}@mail.test", "name": f"{word(rng)} {word(rng)}"}
                                     for i in range(n)]
    for col, vals in extra.items():
        for row, v in zip(rows, vals, strict=True):
            row[col] = v
    return ["email", "name", *extra], rows
