"""The variety veto (core.mapping.variety) is narrow: live sampled examples only, ten or more, a source
mostly one real value (placeholders aside), and never a pair with a strong header or domain signal."""

from __future__ import annotations

import random

import numpy as np
import pytest

from core.mapping.match import match_columns
from core.mapping.side import MatchColumn
from core.mapping.variety import top_share, variety_matrix
from core.vocab.models import DomainCatalog


def _col(name: str, values: list[str] | None, domain: str | None = None, *, sampled: bool = True) -> MatchColumn:
    return MatchColumn(table="t", name=name, original_name=name, logical_type="string", values=values,
                       domain=domain, domain_score=1.0 if domain else 0.0,
                       domain_candidates={domain: 1.0} if domain else {},
                       row_count=len(values) if values else None, sampled=sampled)


def _mostly(top: str, share: float, others: list[str], n: int = 100, seed: int = 3) -> list[str]:
    rnd = random.Random(seed)
    k = round(share * n)
    vals = [top] * k + [rnd.choice(others) for _ in range(n - k)]
    rnd.shuffle(vals)
    return vals


_RND = random.Random(17)
_PHONES = [f"+45 {_RND.randint(20_000_000, 99_999_999)}" for _ in range(200)]

CASES = {
    "status": (_mostly("active", 0.8, ["suspended", "closed", "pending"]),
               ["active", "suspended", "closed", "pending"]),
    "quantity": (_mostly("1", 0.7, [str(k) for k in range(2, 40)]), [str(k) for k in range(2, 14)]),
    "Telefon": (_mostly("N/A", 0.55, _PHONES), _PHONES[100:110]),
    "Valuta": (_mostly("DKK", 0.8, ["EUR", "USD", "GBP", "JPY"]), ["DKK", "EUR", "USD", "GBP", "JPY"]),
}


@pytest.mark.parametrize("header", sorted(CASES))
def test_a_same_header_pair_is_never_vetoed_by_variety(header: str) -> None:
    """Correct same-header pairs over a skewed source (80% ``active``, 70% ``1``, 55% ``N/A``, 80% ``DKK``)
    stay assigned even when the target's examples are live rows that all differ."""
    src_vals, examples = CASES[header]
    rnd = random.Random(5)
    src = [_col(header, src_vals), _col("ref", [f"R{k:05d}" for k in range(100)]),
           _col("note", [rnd.choice(["ok", "late", "see file", "x"]) + str(k % 7) for k in range(100)])]
    dst = [_col(header, examples)]
    got = {a.target: a.sources for a in match_columns(src, dst, None, mode="data_mode").assignment}
    assert got.get(header) == [header]


def test_placeholders_do_not_count_as_the_top_value() -> None:
    assert top_share(["N/A"] * 60 + [f"+45 {k:08d}" for k in range(40)]) == pytest.approx(1 / 40)
    assert top_share(["-", "", "unknown", "0"] * 30 + ["x"] * 15) is None  # too few real values
    assert top_share(["8612 3450", "86 12 34 50"] * 15 + ["a", "b"]) == pytest.approx(30 / 32)


def _clinic_case(examples: list[str], *, sampled: bool) -> tuple[list[MatchColumn], list[MatchColumn]]:
    rnd = random.Random(11)
    mobiles = [f"+45 {rnd.randint(20_000_000, 99_999_999)}" for _ in range(60)]
    clinic = [rnd.choice(["8612 3450", "86 12 34 50"]) for _ in range(60)]
    return [_col("Fax", mobiles), _col("Kontakt", clinic)], [_col("mobile", examples, sampled=sampled)]


def test_a_constant_column_did_not_write_a_dozen_live_examples_that_all_differ() -> None:
    """The clinic's own number in every row (two spacings) under a header that says little: a live target's
    twelve different mobiles rule it out; the patients' mobiles under a repurposed ``Fax`` are not judged."""
    rnd = random.Random(2)
    src, dst = _clinic_case([f"+45{rnd.randint(20_000_000, 99_999_999)}" for _ in range(12)], sampled=True)
    m = variety_matrix(src, dst)
    assert m[0, 1] < 0.05 and m[0, 0] == 1.0
    assert variety_matrix(src, dst, strong=np.array([[False, True]]))[0, 1] == 1.0  # a strong signal is not judged


@pytest.mark.parametrize(("n", "sampled"), [(12, False), (5, True)])
def test_declared_or_few_examples_are_not_judged(n: int, sampled: bool) -> None:
    """A schema file's declared examples (chosen, not drawn) and fewer than ten examples veto nothing."""
    rnd = random.Random(2)
    src, dst = _clinic_case([f"+45{rnd.randint(20_000_000, 99_999_999)}" for _ in range(n)], sampled=sampled)
    assert (variety_matrix(src, dst) == 1.0).all()


def test_declared_examples_are_marked_not_sampled(domain_catalog: DomainCatalog) -> None:
    from core.mapping.side import target_columns
    from core.mapping.target import TargetColumn, TargetTable

    table = TargetTable(name="t", source_location="x", columns=[TargetColumn(
        name="a", original_name="a", logical_type="string", physical_type="text", position=0)])
    rows: list[dict[str, object]] = [{"a": "x"}]
    assert not target_columns(table, rows)[0].sampled
    assert target_columns(table, rows, sampled=True)[0].sampled


def test_a_data_file_targets_rows_are_sampled_a_schema_files_examples_are_not(domain_catalog: DomainCatalog) -> None:
    from adapters.sources import open_source
    from core.mapping.loading import load_target_side
    from core.paths import ASSETS_CONFIG
    from core.thresholds import load_threshold_profile

    prof = load_threshold_profile("tp_default_v1")
    pair = ASSETS_CONFIG / "golden_mapping" / "dev" / "kunden_to_crm_customer"
    declared = load_target_side(str(pair / "target.yaml"), open_source, data_mode=True, domain_catalog=domain_catalog,
                                profile=prof)
    assert any(c.values for c in declared.columns) and not any(c.sampled for c in declared.columns)
    live = load_target_side(str(pair / "source.csv"), open_source, data_mode=True, domain_catalog=domain_catalog,
                            profile=prof)
    assert any(c.sampled for c in live.columns) and all(c.sampled == bool(c.values) for c in live.columns)
