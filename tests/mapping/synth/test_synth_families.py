"""General mechanisms added for the families the first dev set lacked: arithmetic over several
numbers (fitted and snapped coefficients), masking, transliteration, month names by language,
a constant default for blank inputs. Each result is checked through the DSL engine on unseen rows."""

from __future__ import annotations

from core.mapping.synth import synthesize
from core.mapping.synth.fitting import _snaps
from core.mapping.synth.synthesize import engine_outputs


def _apply(train: list[tuple[list[str | None], str | None]], rows: list[list[str | None]],
           names: tuple[str, ...] = ("v",)) -> list[object]:
    types = {n: "string" for n in names}
    res = synthesize(train, list(names), types, budget_ms=5000)
    assert res.solved_all and res.pipeline is not None
    return engine_outputs(res.pipeline, rows, list(names), types)


def test_linear_combination_of_three_numbers() -> None:
    got = _apply([(["01:02:05"], "3725"), (["00:10:00"], "600"), (["02:00:30"], "7230")],
                 [["10:30:00"], ["00:59:59"]])
    assert got == ["37800", "3599"]


def test_product_of_two_inputs_with_format() -> None:
    got = _apply([(["3", "2.50"], "7.50"), (["1", "19.99"], "19.99"), (["12", "0.35"], "4.20")],
                 [["4", "3.33"], ["10", "1.10"]], ("qty", "price"))
    assert got == ["13.32", "11.00"]


def test_affine_offset_inside_text() -> None:
    got = _apply([(["1.2.3"], "1.2.4"), (["0.9.0"], "0.9.1"), (["10.4.19"], "10.4.20")], [["2.0.9"], ["4.5.99"]])
    assert got == ["2.0.10", "4.5.100"]


def test_snapping_refuses_arbitrary_factors() -> None:
    assert ("div", 60.0, 0.3) in _snaps(1 / 60)
    assert _snaps(7320.123, strict=True) == [] and _snaps(1e9) == []


def test_mask_keeps_the_initials() -> None:
    got = _apply([(["John Smith"], "J*** S****"), (["Anna Schmidt"], "A*** S******"), (["Li Na"], "L* N*")],
                 [["Ada Lovelace"]])
    assert got == ["A** L*******"]


def test_transliteration_and_german_month_names() -> None:
    assert _apply([(["Müller"], "Mueller"), (["Jürgen Groß"], "Juergen Gross"), (["Björn Bäcker"], "Bjoern Baecker")],
                  [["Käthe Weiß"]]) == ["Kaethe Weiss"]
    assert _apply([(["2024-03-05"], "5. März 2024"), (["1999-12-31"], "31. Dezember 1999"),
                   (["2010-07-14"], "14. Juli 2010")], [["2023-01-09"]]) == ["9. Januar 2023"]


def test_blank_input_gets_the_default() -> None:
    got = _apply([(["at"], "AT"), ([""], "DE"), (["ch"], "CH")], [["fr"], ["  "], [None]])
    assert got == ["FR", "DE", None]


def test_duration_digits_with_floor() -> None:
    """DSL 1.3 floor: hours, zero-padded minutes and seconds of a duration in seconds."""
    types = {"v": "string"}
    res = synthesize([(["3725"], "1:02:05"), (["59"], "0:00:59"), (["86399"], "23:59:59")], ["v"], types,
                     budget_ms=5000)
    assert res.solved_all and res.pipeline is not None and res.pipeline.dsl_version == "1.3.0"
    assert engine_outputs(res.pipeline, [["45296"], ["600"]], ["v"], types) == ["12:34:56", "0:10:00"]


def test_pipelines_declare_the_oldest_version_they_need() -> None:
    res = synthesize([(["a b"], "A B"), (["c d"], "C D")], ["v"], {"v": "string"}, budget_ms=5000)
    assert res.pipeline is not None and res.pipeline.dsl_version == "1.0.0"


def test_bands_of_fixed_width() -> None:
    got = _apply([(["34"], "30-39"), (["7"], "0-9"), (["59"], "50-59")], [["60"], ["99"], ["18"]])
    assert got == ["60-69", "90-99", "10-19"]


def test_path_after_the_kth_delimiter_up_to_the_query() -> None:
    got = _apply([(["https://a.com/x/y?z=1"], "/x/y"), (["http://shop.de/cart"], "/cart"),
                  (["https://b.org/a/b/c"], "/a/b/c")], [["https://c.io/docs?v=2"], ["http://d.net/index.html"]])
    assert got == ["/docs", "/index.html"]
