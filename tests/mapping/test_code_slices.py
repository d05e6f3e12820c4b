"""Session 15: code parts by position (``core.mapping.code_slices``)."""

from __future__ import annotations

import random

import numpy as np
import polars as pl

from core.mapping.code_slices import best_slice, code_key, signature, slice_decomposes, slice_proposals
from core.mapping.match import match_columns
from core.mapping.side import MatchColumn
from core.mapping.target import TargetColumn
from core.vocab.models import DomainCatalog
from dsl.compile_polars import apply_pipeline

_OWNERS = ["MSCU", "OOLU", "MAEU", "HLBU", "TCLU", "CMAU", "EGHU"]


def _col(name: str, values: list[str], typ: str = "string") -> MatchColumn:
    return MatchColumn(table="t", name=name, original_name=name, logical_type=typ, values=values,
                       row_count=len(values))


def _containers(rng: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        o, num, chk = rng.choice(_OWNERS), rng.randint(100000, 999999), rng.randint(0, 9)
        out.append(rng.choice([f"{o}{num}{chk}", f"{o} {num} {chk}", f"{o.lower()}{num}{chk}"]))
    return out


def test_keys_and_signatures() -> None:
    assert code_key("OOLU 824363 7") == "OOLU8243637" and code_key("ua807000/2024/1") == "UA80700020241"
    assert signature("HLBU") == "AAAA" and signature("2021") == "9999"


def test_the_owner_prefix_of_container_numbers() -> None:
    rng = random.Random(3)
    keys = [code_key(v) for v in _containers(rng, 80)]
    assert best_slice("AAAA", {"HLBU", "TCLU", "MAEU"}, keys) == (0, 1.0)
    assert best_slice("AAAA", {"ABCD", "WXYZ"}, keys) is None  # examples found nowhere: no field
    digits = [str(rng.randint(10**7, 10**8 - 1)) for _ in range(80)]
    assert best_slice("99", {"27", "36", "07"}, digits) is None  # two digits of any id: a coincidence


def test_slice_candidate_and_strategy() -> None:
    rng = random.Random(4)
    src = [_col("EQD", _containers(rng, 60)), _col("Colour", [rng.choice(["Brúnn", "Jarpur"]) for _ in range(60)])]
    dst = [_col("owner_code", ["HLBU", "TCLU", "MAEU"]), _col("colour", ["Brúnn", "Rauður"])]
    got = slice_decomposes(src, dst, np.zeros((2, 2)))
    assert list(got) == [0] and got[0][0] == 0
    target = TargetColumn(name="owner_code", original_name="owner_code", position=0, physical_type="VARCHAR",
                          logical_type="string")
    props = slice_proposals(target, src[0], ["HLBU", "TCLU", "MAEU"])
    assert len(props) == 1
    out = apply_pipeline(pl.DataFrame({"EQD": ["oolu 824363 7", "HLBU5131224", None]}), props[0].pipeline)
    assert out.collect()["owner_code"].to_list() == ["OOLU", "HLBU", None]


def test_a_year_inside_registration_numbers(domain_catalog: DomainCatalog) -> None:
    """End to end: a horse passport number carries the birth year at characters 3-6 under a header nothing reads."""
    rng = random.Random(5)
    n = 80
    years = [rng.randint(2000, 2022) for _ in range(n)]
    ids = [rng.choice([f"IS-{y}.{rng.randint(1, 2)}.{rng.randint(10, 99)}-{rng.randint(100, 999)}",
                       f"is{y}{rng.randint(1, 2)}{rng.randint(10000, 99999)}"]) for y in years]
    src = [_col("Nafn", [rng.choice(["Glói", "Stjarna", "Hrímfaxi", "Sóti"]) for _ in range(n)]),
           _col("Fæðingarnúmer", ids), _col("Þyngd", [str(rng.randint(300, 450)) for _ in range(n)], "int")]
    dst = [_col("horse_name", ["Blesi", "Glói"]), _col("birth_year", ["2011", "2020", "2004"], "int"),
           _col("weight_kg", ["380", "402"], "int")]
    r = match_columns(src, dst, domain_catalog, mode="data_mode")
    top = r.ranking("birth_year").candidates[0]
    assert top.kind == "decompose" and top.sources == ["Fæðingarnúmer"]
