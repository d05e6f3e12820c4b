"""Rows of made-up people for the PII rule tests: names of syllables that no name lexicon knows."""

from __future__ import annotations

import random

SYL = ["ka", "lo", "mi", "ren", "tas", "vo", "qui", "bel", "dor", "an", "zu", "pe"]


def word(rng: random.Random) -> str:
    """A capitalised made-up word of two or three syllables."""
    return "".join(rng.choice(SYL) for _ in range(rng.randint(2, 3))).capitalize()


def people(rng: random.Random, n: int) -> list[dict[str, object]]:
    """Rows of a table of people: an e-mail and a full name per row."""
    return [{"email": f"{word(rng).lower()}.{i}@mail.test", "name": f"{word(rng)} {word(rng)}"} for i in range(n)]
