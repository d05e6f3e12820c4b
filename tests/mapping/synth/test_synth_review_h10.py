"""Defects a review found in the session-10 mechanisms, each pinned: the failure it showed no longer happens."""

from __future__ import annotations

import re

from core.mapping.synth import flags, julian, keyed, synthesize
from core.mapping.synth.fitting import _snaps
from core.mapping.synth.synthesize import engine_outputs


def test_an_ordinal_date_past_9999_is_no_value_not_a_crash() -> None:
    assert julian._date("9999366") is None and julian._date("9999365") is not None
    res = synthesize([(["9999366"], "10000-01-01"), (["2024075"], "2024-03-15")], ["a"], {"a": "string"})
    assert res.pipeline is None  # no Python date for day 366 of 9999: nothing is proposed, nothing raises


def test_a_single_keyed_field_is_zero_only_in_a_value_of_its_family() -> None:
    names, types = ["a"], {"a": "string"}
    res = synthesize([(["PT1H30M"], "30"), (["PT2H"], "0"), (["PT45M"], "45")], names, types, budget_ms=5000)
    assert res.pipeline is not None
    got = engine_outputs(res.pipeline, [["PT5M"], ["PT3H"], ["garbage"], ["P1D"], ["1H"], [""]], names, types)
    assert got == ["5", "0", None, None, None, None]  # no duration at all is no 0
    shape = keyed.family_shape(["3d 4h", "5h 12m", "2 days"], ["d", "h", "m", "day"])
    assert [bool(re.fullmatch(shape, v)) for v in ["7h", "1d 2h 3m", "3 day", "n/a", "7 h ago", "4x"]] == \
        [True, True, True, False, False, False]


def test_a_range_flag_never_reads_a_minus_sign_away() -> None:
    names, types = ["v", "r"], {"v": "string", "r": "string"}
    ex: list[tuple[list[str | None], str | None]] = [(["12", "10-20"], "ok"), (["25.5", "10 - 20"], "high"),
                                                     (["0,5", "1,0-2,5"], "low")]
    res = synthesize(ex, names, types, budget_ms=5000)
    assert res.pipeline is not None
    got = engine_outputs(res.pipeline, [["-15", "10-20"], ["-1", "-5-5"], ["3", "-10--2"], ["15", "10 - 20"]],
                         names, types)
    assert got == [None, None, None, "ok"]  # a sign is never dropped: no value rather than a misread one
    assert flags.candidates([["-12", "10-20"], ["25", "10-20"], ["5", "10-20"]], ["ok", "high", "low"], names,
                            types) == []  # a signed example refuses the mechanism


def test_an_ambiguous_currency_sign_gets_a_code_only_from_the_examples() -> None:
    names, types = ["a"], {"a": "string"}
    res = synthesize([(["€1,250"], "1250.0 EUR"), (["£3.000,5"], "3000.5 GBP"), (["C$7.25"], "7.3 CAD")], names,
                     types, budget_ms=5000)
    assert res.pipeline is not None
    assert engine_outputs(res.pipeline, [["$5"], ["¥100"], ["₹2"]], names, types) == [None, None, "2.0 INR"]
    res = synthesize([(["$1,250"], "1250.0 CAD"), (["£3.000,5"], "3000.5 GBP"), (["€7.25"], "7.3 EUR")], names,
                     types, budget_ms=5000)
    assert res.pipeline is not None
    assert engine_outputs(res.pipeline, [["$5"]], names, types) == ["5.0 CAD"]  # the sign the examples show


def test_title_case_of_ascii_examples_is_the_ascii_case_op() -> None:
    names, types = ["a"], {"a": "string"}
    ascii_res = synthesize([(["JOHN SMITH"], "John Smith"), (["mary ann"], "Mary Ann")], names, types,
                           unlabeled=[["o'NEIL"], ["ann lee"]], budget_ms=5000)  # 200 ms times out at load 18
    assert ascii_res.pipeline is not None
    assert [s.op for s in ascii_res.pipeline.steps] == ["case"] and ascii_res.pipeline.dsl_version == "1.0.0"
    blind = synthesize([(["JOHN SMITH"], "John Smith"), (["mary ann"], "Mary Ann")], names, types, budget_ms=5000)
    assert blind.pipeline is not None and [s.op for s in blind.pipeline.steps] == ["title_case"]  # no sample seen
    assert engine_outputs(blind.pipeline, [["ZOË SALDANA"]], names, types) == ["Zoë Saldana"]
    res = synthesize([(["JOHN SMITH"], "John Smith"), (["mary ann"], "Mary Ann")], names, types,
                     unlabeled=[["CHÂLONS"]], budget_ms=5000)  # a sampled value outside ASCII: the Unicode op
    assert res.pipeline is not None and [s.op for s in res.pipeline.steps] == ["title_case"]
    assert engine_outputs(res.pipeline, [["CHÂLONS"]], names, types) == ["Châlons"]


def test_strict_snaps_take_only_everyday_factors_in_range() -> None:
    assert _snaps(1e-3, strict=True) == [("div", 1000.0, 0.3)]  # no second spelling ``* 0.001``
    assert _snaps(1e5, strict=True) == []  # 100000 is no everyday factor
    assert _snaps(1e-6, strict=True) == [("div", 1e6, 0.4)]  # far out: a metric prefix (cm³ -> m³)
