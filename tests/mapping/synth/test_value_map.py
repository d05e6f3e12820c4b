"""Value mapping onto allowed values: abbreviations, case, punctuation, synonyms, languages."""

from __future__ import annotations

from core.mapping.synth.lexicon import fold
from core.mapping.value_map import propose_value_map
from dsl.execute import run_sample
from dsl.models import Pipeline


def test_country_spellings_to_iso_codes() -> None:
    src = ["United States", "usa", "U.S.", "Deutschland", "Frankreich", "España", "UK", "états-unis", "Germnay",
           "Mars", "US"]
    p = propose_value_map(src, ["US", "DE", "FR", "ES", "GB"])
    assert p.category == "country"
    assert p.mapping == {"United States": "US", "usa": "US", "U.S.": "US", "Deutschland": "DE",
                         "Frankreich": "FR", "España": "ES", "UK": "GB", "états-unis": "US", "Germnay": "DE",
                         "US": "US"}
    assert p.unmatched == ["Mars"]
    assert p.confidence["US"] == 1.0 and p.confidence["usa"] == 0.9 > p.confidence["Germnay"]


def test_codes_to_names_depend_on_the_allowed_list() -> None:
    countries = propose_value_map(["DE", "Vereinigte Staaten"], ["Germany", "France", "United States"])
    assert countries.mapping == {"DE": "Germany", "Vereinigte Staaten": "United States"}
    states = propose_value_map(["DE", "Calif", "new-york", "NY"], ["Delaware", "California", "New York"])
    assert states.category == "us_state"
    assert states.mapping == {"DE": "Delaware", "Calif": "California", "new-york": "New York", "NY": "New York"}


def test_honorifics_booleans_gender() -> None:
    h = propose_value_map(["Herr", "Frau", "Mr.", "mme", "Dr.", "xyz"], ["Mr", "Mrs", "Dr"])
    assert h.mapping == {"Herr": "Mr", "Frau": "Mrs", "Mr.": "Mr", "mme": "Mrs", "Dr.": "Dr"}
    assert h.unmatched == ["xyz"]
    b = propose_value_map(["yes", "No", "J", "nein", "1", "maybe"], ["Y", "N"])
    assert b.mapping == {"yes": "Y", "No": "N", "J": "Y", "nein": "N", "1": "Y"} and b.unmatched == ["maybe"]
    g = propose_value_map(["Male", "female", "m", "Weiblich"], ["M", "F"])
    assert g.mapping == {"Male": "M", "female": "F", "m": "M", "Weiblich": "F"}


def test_pipeline_step_runs_in_the_engine() -> None:
    p = propose_value_map(["usa", "Deutschland", "Mars"], ["US", "DE"], input_name="c", output_name="iso")
    assert p.pipeline_step is not None
    pipe = Pipeline(inputs=["c"], outputs=["iso"], steps=[p.pipeline_step], input_types={"c": "string"})
    res = run_sample(pipe, [{"c": "usa"}, {"c": "Deutschland"}, {"c": "Mars"}], None, 0.0)
    assert [r.actual["iso"] for r in res.rows] == ["US", "DE", None]


def test_nothing_matches() -> None:
    p = propose_value_map(["foo", "bar"], ["X", "Y"])
    assert p.mapping == {} and p.pipeline_step is None and p.unmatched == ["foo", "bar"]


def test_fold() -> None:
    assert fold("U.S.A.") == "usa"
    assert fold("  États-Unis ") == "etats unis"
    assert fold("Straße") == "strasse"
