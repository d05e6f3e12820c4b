"""Arithmetic composes (core.mapping.arith_strategy, core.mapping.arith_groups): the relation the examples showed,
numbers read like the atomic strategies read them, the result-as-operand guard, coincidences; timestamps' zones."""

from __future__ import annotations

import random

import numpy as np

from core.mapping.arith_groups import MAX_RELATIONS, arith_composes, target_relations
from core.mapping.arith_strategy import Shown, arith_compose, shown_relations
from core.mapping.date_grain import clock_of, grain
from core.mapping.models import Assignment
from core.mapping.plan_inputs import PlanInputs
from core.mapping.proposal_choice import best_proposal, proposals
from core.mapping.side import MatchColumn, with_cells
from core.mapping.target import ColumnConstraints, TargetColumn
from dsl.execute import run_sample


def _side(cols: dict[str, list[str]], table: str, logical: str = "string") -> list[MatchColumn]:
    out = [MatchColumn(table=table, name=k, original_name=k, logical_type=logical, values=[x for x in v if x])
           for k, v in cols.items()]
    n = len(next(iter(cols.values())))
    with_cells(out, [{k: v[r] for k, v in cols.items()} for r in range(n)])
    return out


def _target(name: str, typ: str = "decimal") -> TargetColumn:
    return TargetColumn(name=name, original_name=name, logical_type=typ, physical_type=typ,  # type: ignore[arg-type]
                        position=0, constraints=ColumnConstraints())


INVOICE = {"net": ["100.00", "2500.00", "820.50"], "vat": ["20.00", "500.00", "164.10"],
           "gross": ["120.00", "3000.00", "984.60"]}


def _invoice_source(n: int, seed: int, low: float = 50, high: float = 1500) -> dict[str, list[str]]:
    rng = random.Random(seed)
    net = [round(rng.uniform(low, high), 2) for _ in range(n)]
    return {"netto": [f"{x:.2f}" for x in net], "mwst": [f"{x * 0.2:.2f}" for x in net]}


def _run(pipe: object, rows: list[dict[str, str]], out: str) -> list[object]:
    return [r.actual[out] for r in run_sample(pipe, rows, None, 0.0).rows]  # type: ignore[arg-type]


def test_only_the_shown_relation_is_proposed_and_it_computes_the_sum() -> None:
    shown = shown_relations(_side(INVOICE, "t", "decimal"))
    assert [s.op for s in shown["gross"]] == ["add"]
    src = _side(_invoice_source(5, 1), "s")
    props = arith_compose(_target("gross"), src[0], src[1], shown["gross"])
    assert len(props) == 1 and "sum" in props[0].rationale
    assert _run(props[0].pipeline, [{"netto": "715.10", "mwst": "143.02"}], "gross") == [858.12]


def test_a_compose_that_does_not_reproduce_the_examples_is_not_proposed() -> None:
    # rows showing a sum handed over as a product: the pipeline computes other values, so nothing is proposed
    rows = tuple(zip(INVOICE["net"], INVOICE["vat"], INVOICE["gross"], strict=True))
    src = _side(_invoice_source(5, 2), "s")
    assert arith_compose(_target("gross"), src[0], src[1], [Shown("mul", rows)]) == []
    assert arith_compose(_target("gross"), src[0], src[1], []) == []  # no relation shown: none guessed
    assert len(arith_compose(_target("gross"), src[0], src[1], [Shown("add", rows)])) == 1


def test_operands_are_read_like_the_atomic_number_strategies_read_them() -> None:
    shown = shown_relations(_side({"quantity_l": ["12.5", "8", "20.2"], "rate": ["42.40", "40.00", "45.10"],
                                   "amount": ["530.00", "320.00", "911.02"]}, "t", "decimal"))
    src = _side({"q": ["12,5", "8", "7,9 லி"], "r": ["Rs.42.40", "Rs.40.00", "Rs.10.00"]}, "s")
    props = arith_compose(_target("amount"), src[0], src[1], shown["amount"])
    assert len(props) == 1
    rows = [{"q": "12,5", "r": "Rs.42.40"}, {"q": "8", "r": "Rs.40.00"}, {"q": "7,9 லி", "r": "Rs.10.00"}]
    assert _run(props[0].pipeline, rows, "amount") == [530.0, 320.0, 79.0]
    # digits of other scripts (Bengali, Devanagari) read as the detector reads them
    other = _side({"q": ["১২,৫", "৮"], "r": ["४२.४०", "40.00"]}, "s")
    props = arith_compose(_target("amount"), other[0], other[1], shown["amount"])
    assert _run(props[0].pipeline, [{"q": "১২,৫", "r": "४२.४०"}, {"q": "৮", "r": "40.00"}], "amount") == [530.0, 320.0]


def test_the_plan_chooses_the_sum_for_a_sum_target() -> None:
    dst = _side(INVOICE, "t", "decimal")
    cols = _invoice_source(40, 3)
    src = _side(cols, "s")
    inp = PlanInputs(mode="data_mode", dialect="postgres", accept_rate_min=0.95, near_window=0.03,
                     domain_catalog=None, sources={c.name: c for c in src},
                     rows=[{k: v[r] for k, v in cols.items()} for r in range(40)], relations=shown_relations(dst))
    target = _target("gross")
    props = proposals(target, Assignment(target="gross", sources=["netto", "mwst"], kind="compose", score=0.7), inp)
    got = best_proposal(target, [p for p in props if p.strategy == "arithmetic"], inp)
    assert got is not None and got[1].pass_rate == 1.0
    assert any(getattr(s, "fn", None) == "add" for s in got[0].pipeline.steps)  # type: ignore[union-attr]
    assert not any(getattr(s, "fn", None) == "mul" for s in got[0].pipeline.steps)  # type: ignore[union-attr]


def test_net_plus_vat_composes_whatever_example_rows_were_written() -> None:
    # nets around 1000: net alone is as near the examples' gross (984.60) as net + vat; the per-row ratios tell
    src = _side(_invoice_source(200, 4, 600, 1400), "s")
    score = np.array([[0.6, 0.1], [0.1, 0.55], [0.1, 0.1]])
    for ex in (INVOICE, {"net": ["2600.00", "2500.00", "2400.50"], "vat": ["520.00", "500.00", "480.10"],
                         "gross": ["3120.00", "3000.00", "2880.60"]}):
        got = arith_composes(src, _side(ex, "t", "decimal"), score)
        assert list(got) == [2] and got[2][0] == [0, 1], ex


def test_small_whole_number_coincidences_make_no_relation_and_relations_are_bounded() -> None:
    rng = random.Random(5)
    small = {f"c{k}": [str(rng.randint(1, 3)) for _ in range(3)] for k in range(40)}
    assert target_relations(_side(small, "t", "int")) == []
    many: dict[str, list[str]] = {}
    for k in range(13):  # 13 genuine products in one wide target
        a = [round(rng.uniform(2, 30), 1) for _ in range(3)]
        b = [round(rng.uniform(100, 900), 2) for _ in range(3)]
        many |= {f"a{k}": [str(x) for x in a], f"b{k}": [str(x) for x in b],
                 f"p{k}": [f"{x * y:.2f}" for x, y in zip(a, b, strict=True)]}
    assert len(target_relations(_side(many, "t", "decimal"))) == MAX_RELATIONS


def test_iso_timestamps_with_zone_or_fraction_are_timestamps() -> None:
    for v in ("2024-05-17T14:49:53Z", "2024-05-17T14:49:53+02:00", "2024-05-17 14:49:53.123456",
              "2024-05-17T14:49:53.5-0500"):
        assert clock_of(v) == 14 * 60 + 49, v
    assert grain([f"2024-05-{d:02d}T1{d % 10}:49:53.123Z" for d in range(1, 20)]) == "clock"
    assert clock_of("2024-05-17") is None and clock_of("2024-05-17Z") is None


def test_the_stage_plans_an_invoice_gross_as_net_plus_vat(make_run, ports, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from core.artifacts import ArtifactKind
    from core.mapping.stage import run_mapping

    rng = random.Random(6)
    lines = ["Rechnung,Kunde,Netto,MwSt,Datum"]
    for k in range(120):
        net = round(rng.uniform(100, 5000), 2)
        lines.append(f"INV-{1000 + k},Cust {k},{net:.2f},{net * 0.2:.2f},2024-{k % 12 + 1:02d}-{k % 28 + 1:02d}")
    (tmp_path / "source.csv").write_text("\n".join(lines) + "\n")
    rows = [("INV-1", 2600.0, 520.0, 3120.0), ("INV-2", 2500.0, 500.0, 3000.0), ("INV-3", 2400.5, 480.1, 2880.6)]
    (tmp_path / "target.yaml").write_text(
        "table: invoice\ncolumns:\n  - {name: invoice_no, type: string}\n  - {name: customer, type: string}\n"
        "  - {name: net_amount, type: decimal}\n  - {name: vat_amount, type: decimal}\n"
        "  - {name: gross_amount, type: decimal}\n  - {name: invoice_date, type: date}\nexamples:\n" + "".join(
            f'  - {{invoice_no: "{i}", customer: "C", net_amount: {n:.2f}, vat_amount: {v:.2f}, '
            f'gross_amount: {g:.2f}, invoice_date: "2024-01-10"}}\n' for i, n, v, g in rows))
    c = make_run(source=tmp_path / "source.csv", target=tmp_path / "target.yaml", key="arith")
    run_mapping(c, ports, use_memory=False)
    plan = ports.artifacts.latest(c.run_id, ArtifactKind.MAPPING_PLAN).payload
    col = next(x for x in plan["columns"] if x["target"] == "gross_amount")
    assert col["kind"] == "compose" and col["strategy"] == "arithmetic", col["kind"]
    fns = [s.get("fn") for s in col["pipeline"]["steps"] if s["op"] == "safe_math"]
    assert "add" in fns and "mul" not in fns and col["figures"]["pass_rate"] == 1.0
