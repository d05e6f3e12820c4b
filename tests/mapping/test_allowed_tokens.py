"""Session 15: categories written inside longer values (``core.mapping.allowed_tokens``)."""

from __future__ import annotations

import random

import numpy as np

from core.mapping.allowed_tokens import allowed_token_decomposes, token_share
from core.mapping.match import match_columns
from core.mapping.side import MatchColumn
from core.vocab.models import DomainCatalog

FORMS = ["d.d.", "d.o.o.", "j.d.o.o.", "obrt"]


def _col(name: str, values: list[str], typ: str = "string", allowed: list[str] | None = None) -> MatchColumn:
    return MatchColumn(table="t", name=name, original_name=name, logical_type=typ, values=values, allowed=allowed,
                       row_count=len(values))


def _suppliers(rng: random.Random, n: int) -> list[str]:
    names = ["Informatika Horvat", "Telekom Adriatic", "Auto Kovačević", "Elektro-Servis Novak", "Drvo Babić"]
    return [f"{rng.choice(names)} {rng.choice(['d.o.o.', 'd.d.', 'obrt', 'D.O.O.'])}" for _ in range(n)]


def test_allowed_values_inside_values() -> None:
    rng = random.Random(1)
    assert token_share(_suppliers(rng, 40), FORMS) == 1.0
    grades = [f"{rng.choice(['EX', 'VG', 'G', 'NA'])}-{rng.choice(['EX', 'VG'])}-{rng.choice(['EX', 'G'])}"
              for _ in range(40)]
    assert token_share(grades, ["EX", "G", "VG"]) == 1.0
    assert token_share(["d.o.o.", "obrt", "d.d."] * 10, FORMS) == 0.0  # whole categories: the value map's feed
    assert token_share([f"Zagreb, Ilica {i}" for i in range(40)], FORMS) == 0.0  # nothing inside
    assert token_share([f"Informatika {i} d.o.o." for i in range(40)], FORMS) == 0.0  # one category: a constant
    assert token_share([f"{rng.choice('MF')} {i} x" for i in range(40)], ["M", "F"]) == 0.0  # single letters only


def test_candidate_for_the_target_with_allowed_values_only() -> None:
    rng = random.Random(2)
    src = [_col("Dobavljač", _suppliers(rng, 50)), _col("Grad", [rng.choice(["Zagreb", "Split"]) for _ in range(50)])]
    dst = [_col("supplier_legal_form", ["d.o.o.", "obrt"], allowed=FORMS), _col("supplier_name", ["Drvo Babić"])]
    got = allowed_token_decomposes(src, dst, np.zeros((2, 2)))
    assert list(got) == [0] and got[0][0] == 0


def test_brand_inside_inverter_descriptions(domain_catalog: DomainCatalog) -> None:
    """End to end: the inverter brand is the first word of a free description under a misleading header."""
    rng = random.Random(3)
    n = 60
    brands = ["Sunsynk", "SUNSYNK", "GoodWe", "Deye", "Growatt"]
    src = [_col("Selfoon", [f"{rng.choice(brands)} {rng.choice([5, 8, 12])}kW {rng.choice(['', '3-fase'])}".strip()
                            for _ in range(n)]),
           _col("Naam", [rng.choice(["Pieter", "Annelie", "Johan", "Thandi"]) for _ in range(n)])]
    dst = [_col("inverter_brand", ["SUNSYNK", "DEYE", "SUNSYNK"],
                allowed=["DEYE", "GOODWE", "GROWATT", "LUXPOWER", "SUNSYNK"]),
           _col("customer_first_name", ["Johan", "Marike"])]
    r = match_columns(src, dst, domain_catalog, mode="data_mode")
    ranked = r.ranking("inverter_brand").candidates
    assert any(c.kind == "decompose" and c.sources == ["Selfoon"] for c in ranked)
