"""Strategies compile to valid DSL pipelines that do the reshaping on real values."""

from __future__ import annotations

import datetime as dt

from core.mapping import strategies as st
from core.mapping.dates import date_steps, shapes_in
from core.mapping.side import MatchColumn
from core.mapping.synth_bridge import propose_value_map
from core.mapping.target import ColumnConstraints, TargetColumn
from dsl.compile_sql import to_sql
from dsl.execute import run_sample
from dsl.models import Pipeline


def _target(name: str, t: str, domain: str | None = None, **cons: object) -> TargetColumn:
    return TargetColumn(name=name, original_name=name, position=1, logical_type=t, physical_type=t,  # type: ignore[arg-type]
                        domain=domain, constraints=ColumnConstraints(**cons))  # type: ignore[arg-type]


def _run(p: Pipeline, rows: list[dict[str, object]]) -> list[object]:
    out = p.outputs[0]
    return [r.actual[out] for r in run_sample(p, rows, None, 0.03).rows]


def test_mixed_date_shapes_one_pipeline() -> None:
    vals = ["2021-02-08", "10/19/2016", "15.12.2020", "2017/2/4", "Jan 14, 2021", "3 Mar 2020", None]
    p = Pipeline.model_validate({"inputs": ["d"], "outputs": ["o"], "input_types": {"d": "string"},
                                 "steps": date_steps("d", "o", shapes_in([v for v in vals if v]))})
    assert _run(p, [{"d": v} for v in vals]) == [dt.date(2021, 2, 8), dt.date(2016, 10, 19), dt.date(2020, 12, 15),
                                                 dt.date(2017, 2, 4), dt.date(2021, 1, 14), dt.date(2020, 3, 3), None]
    assert "SELECT" in to_sql(p, "postgres", "src")


def test_day_first_slash_dates_are_chosen_from_values() -> None:
    assert "dmy_slash" in shapes_in(["25/12/2020", "01/02/2020"]) and "mdy_slash" not in shapes_in(["25/12/2020"])
    assert "mdy_slash" in shapes_in(["12/25/2020"])


def test_numbers_with_currency_and_thousands() -> None:
    src = MatchColumn(table="s", name="amount", original_name="Amount", logical_type="string")
    props = st.atomic(_target("ltv", "decimal", "money.amount"), src, None)
    assert props[0].strategy == "type_alignment" and props[0].pipeline is not None
    assert _run(props[0].pipeline, [{"amount": v} for v in ["$2,889", "3,392.81 $", "USD 1,234,567.5", "x"]]) == [
        2889.0, 3392.81, 1234567.5, None]


def test_value_map_rules_and_sibling_codes(domain_catalog) -> None:  # type: ignore[no-untyped-def]
    vm = propose_value_map(["usa", "United States", "U.K.", "Atlantis"], ["US", "UK", "DE"])
    assert vm.mapping == {"usa": "US", "United States": "US", "U.K.": "UK"} and vm.unmatched == ["Atlantis"]
    src = MatchColumn(table="s", name="country", original_name="Country", logical_type="string",
                      values=["US", " us", "DEU", "USA", "FR"])
    props = st.atomic(_target("cc", "string", "iso.country_alpha2"), src, domain_catalog)
    vmap = next(p for p in props if p.strategy == "value_map")
    assert vmap.pipeline is not None
    assert _run(vmap.pipeline, [{"country": v} for v in ["US", " us", "DEU", "USA", "FR"]]) == ["US", "US", "DE",
                                                                                                  "US", "FR"]


def test_compose_and_decompose() -> None:
    first = MatchColumn(table="s", name="first", original_name="First", logical_type="string")
    last = MatchColumn(table="s", name="last", original_name="Last", logical_type="string")
    p = st.compose(_target("full", "string", "person.full_name"), [first, last])[0].pipeline
    assert p is not None and _run(p, [{"first": " Ana ", "last": "Lopez"}, {"first": "Bo", "last": None}]) == [
        "Ana Lopez", "Bo"]
    whole = MatchColumn(table="s", name="name", original_name="Name", logical_type="string")
    f = st.decompose(_target("first", "string"), whole, 0, 2)[0].pipeline
    g = st.decompose(_target("last", "string"), whole, 1, 2)[0].pipeline
    assert f is not None and g is not None
    assert _run(f, [{"name": " Ana  Maria Lopez"}]) == ["Ana"] and _run(g, [{"name": "Ana Maria Lopez "}]) == ["Lopez"]


def test_decimal_comma_numbers_follow_the_values() -> None:
    vals = ["€ 317,60", "1.234,5", "12", "-7,25 EUR"]
    src = MatchColumn(table="s", name="umsatz", original_name="Umsatz", logical_type="string", values=vals)
    p = st.atomic(_target("ltv", "decimal", "money.amount"), src, None)[0].pipeline
    assert st.decimal_comma(vals) and not st.decimal_comma(["$1,234.50", "12.5"])
    assert p is not None and _run(p, [{"umsatz": v} for v in vals]) == [317.6, 1234.5, 12.0, -7.25]


def test_a_synthesizer_is_used_when_present(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys
    import types

    class Result:
        solved_all = True
        candidates: list[object] = []
        pipeline = Pipeline.model_validate({"inputs": ["d"], "outputs": ["out"], "input_types": {"d": "string"},
                                            "steps": [{"op": "date_parse", "input": "d", "output": "out",
                                                       "format": "%d.%m.%Y"}]})

    mod = types.ModuleType("core.mapping.synth")
    mod.synthesize = lambda examples, names, types_, **kw: Result()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "core.mapping.synth", mod)
    src = MatchColumn(table="s", name="d", original_name="D", logical_type="string")
    props = st.by_example(_target("born", "date"), [src], [(["01.02.2020"], "2020-02-01")])
    assert props and props[0].provenance == "synth" and props[0].pipeline is not None
    assert props[0].pipeline.outputs == ["born"]
    assert _run(props[0].pipeline, [{"d": "01.02.2020"}]) == [dt.date(2020, 2, 1)]
