"""Generalisation mechanisms: of the programs that fit three examples, the one that also fits the
held rows (short literal contexts, optional delimiters, field prefixes, keyed numbers), and
conditional plans that only restate their examples refused.

Held rows are run through the DSL engine (Polars), so the emitted program is what is checked.
"""

from __future__ import annotations

from core.mapping.synth import BadExamples, synthesize
from core.mapping.synth.guided import _with_key, context_selectors, occurrence_selectors
from core.mapping.synth.keyed import keyed_sources
from core.mapping.synth.synthesize import engine_outputs

S = {"a": "string"}
B = 5000  # generous budget: results must not depend on the machine's load


def _held(train: list[tuple[str, str]], held: list[str]) -> list[object]:
    res = synthesize([([i], o) for i, o in train], ["a"], S, budget_ms=B)
    assert res.pipeline is not None and res.solved_all
    return engine_outputs(res.pipeline, [[h] for h in held], ["a"], S)


def test_literal_context_is_the_shortest_that_finds_every_output() -> None:
    log = '{ip} - - [01/Jan/2025:10:00:00 +0000] "{m} /{p} HTTP/1.1" {s} 512'
    train = [(log.format(ip="10.0.0.1", m="GET", p="a", s=200), "200"),
             (log.format(ip="10.0.0.2", m="POST", p="b/c", s=401), "401"),
             (log.format(ip="10.0.0.3", m="GET", p="", s=404), "404")]
    held = [log.format(ip="10.9.9.9", m="PUT", p="x", s=500).replace("HTTP/1.1", "HTTP/2.0")]
    assert _held(train, held) == ["500"]


def test_shortened_context_keeps_the_key_word() -> None:
    assert _with_key('name": "', 5) == 'name": "'
    assert _with_key("id=", 2) == "id="
    assert _with_key('/1.1" ', 4) == '" '
    pairs = [('{"name": "Ann", "id": 3}', "Ann"), ('{"name": "Bob Li"}', "Bob Li")]
    sels = context_selectors(pairs)
    assert sels and sels[0].pattern is not None and sels[0].pattern.startswith("name")
    got = _held([(v, o) for v, o in pairs] + [('{"name": "Cy", "n": 1}', "Cy")], ['{"id": "X", "name": "Dee"}'])
    assert got == ["Dee"]


def test_last_field_without_its_delimiter_is_the_whole_value() -> None:
    train = [("Home > Garden > Tools", "Tools"), ("Books > Crime", "Crime"), ("A > B > C > D", "D")]
    assert _held(train, ["Root", "Toys > Lego"]) == ["Root", "Lego"]
    # an example whose output is empty where the delimiter is missing keeps it required
    res = synthesize([(["db.local:5432"], "5432"), (["cache:6379"], "6379"), (["localhost"], "")], ["a"], S,
                     budget_ms=B)
    assert res.pipeline is not None
    assert engine_outputs(res.pipeline, [["web"], ["mq:5672"]], ["a"], S) == ["", "5672"]


def test_leading_fields_with_their_delimiters() -> None:
    train = [("https://example.com/a/b", "https://example.com"), ("http://shop.acme.de/x?y=1", "http://shop.acme.de"),
             ("https://api.stripe.com/v1/c", "https://api.stripe.com")]
    assert _held(train, ["http://localhost/index.html"]) == ["http://localhost"]


def test_occurrence_selector_tries_every_place_of_the_output() -> None:
    pairs = [("https://h.com/p/1?x=y", "/p/1"), ("http://s.de/", "/"), ("https://a.io/d/e#f", "/d/e")]
    labels = {s.label for s in occurrence_selectors(pairs)}
    assert "from'/'#3" in labels
    train = [("https://h.com/p/1?x=y", "/p/1"), ("http://s.de/", "/"), ("https://a.io/d/e#f", "/d/e")]
    assert _held(train, ["https://x.org/search?q=1", "http://h.com/a/b/"]) == ["/search", "/a/b/"]


def test_keyed_numbers_with_missing_parts() -> None:
    assert _held([("PT2H10M", "130"), ("PT50M", "50"), ("PT3H", "180")], ["PT1H1M", "PT7M", "PT10H"]) == \
        ["61", "7", "600"]
    assert _held([("3 days 2 hours", "74"), ("2 day", "48"), ("6 hours", "6")], ["1 day 1 hour", "9 hours"]) == \
        ["25", "9"]
    # every example holds every part: the positional sources read them, no keyed source
    assert keyed_sources([["1h 2m"], ["3h 4m"]]) == []
    assert [s.selector.label for s in keyed_sources([["1h 2m"], ["5m"]])] == ["K[h]", "K[m]"]


def test_branch_copying_its_input_is_memorisation() -> None:
    # the third example's branch would be ``{0},y,z``: copied, not computed; no wrong program
    res = synthesize([(["@ann thanks! cc @bob_smith"], "ann,bob_smith"), (["Meeting with @cto_jane today"], "cto_jane"),
                      (["@x @y @z hello"], "x,y,z")], ["t"], {"t": "string"}, budget_ms=B)
    assert res.pipeline is None or not any(
        "y,z" in str(s.model_dump()) for s in res.pipeline.steps)


def test_worded_branches_of_open_ranges() -> None:
    names, types = ["lo", "hi"], {"lo": "string", "hi": "string"}
    res = synthesize([(["10", "20"], "10-20"), (["5", ""], "5+"), (["", "100"], "up to 100")], names, types,
                     budget_ms=B)
    assert res.pipeline is not None and res.solved_all
    got = engine_outputs(res.pipeline, [["1", "2"], ["7", ""], ["", "9"]], names, types)
    assert got == ["1-2", "7+", "up to 9"]


def test_padding_to_a_fixed_width_with_the_examples_fill() -> None:
    train = [("DEUTDEFF", "DEUTDEFFXXX"), ("COBADEFF100", "COBADEFF100"), ("BNPAFRPP", "BNPAFRPPXXX")]
    assert _held(train, ["CHASUS33", "UBSWCHZH80A"]) == ["CHASUS33XXX", "UBSWCHZH80A"]
    # one added character is a suffix, not padding: no fill is learned from it
    from core.mapping.synth.columns import fills
    assert fills([["5"], ["7"]], ["5+", "7+"]) == frozenset()
    assert fills([["AB"]], ["AB  "]) == frozenset({(4, " ", "right")})


def test_long_piece_gets_whole_text_reshaping() -> None:
    train = [("Account_Region__c", "Account Region"), ("Total_Spend__c", "Total Spend"), ("Tier__c", "Tier")]
    assert _held(train, ["Last_Order_Date__c", "Score__c"]) == ["Last Order Date", "Score"]


def test_full_width_forms_fold_to_ascii() -> None:
    train = [("１２３－４５６７", "123-4567"), ("ＡＢＣ", "ABC"), ("ｔｅｓｔ＠ｘ．ｃｏｍ", "test@x.com")]
    assert _held(train, ["Ｒｏｏｍ１０１", "（株）ＡＢＣ"]) == ["Room101", "(株)ABC"]


def test_digits_computed_equal_in_every_example_are_a_constant() -> None:
    # 20 of 20xx is written by every example: no arithmetic coincidence (year * 1/1024) may stand for it
    train = [("03/05/24", "2024-03-05"), ("12/31/19", "2019-12-31"), ("07/04/21", "2021-07-04")]
    assert _held(train, ["11/02/08", "10/10/10"]) == ["2008-11-02", "2010-10-10"]


def test_unlabeled_rows_of_the_examples_shape_break_ties() -> None:
    train = [(["GET /a HTTP/1.1 200"], "200"), (["POST /b HTTP/1.1 404"], "404"), (["GET /c HTTP/1.1 301"], "301")]
    res = synthesize(train, ["a"], S, budget_ms=B, unlabeled=[["PUT /x HTTP/1.1 500"], ["no status"], [None]])
    assert res.pipeline is not None and res.solved_all
    # only the row shaped like the examples counts; the best program reads it
    assert res.candidates[0].unlabeled_covered == 1
    assert engine_outputs(res.pipeline, [["PUT /x HTTP/1.1 500"]], ["a"], S) == ["500"]
    try:
        synthesize(train, ["a"], S, budget_ms=B, unlabeled=[["x", "y"]])
    except BadExamples:
        pass
    else:
        raise AssertionError("an unlabeled row of the wrong arity must be refused")


def test_keyed_units_of_one_dimension_and_no_key_is_null() -> None:
    train = [("1.5 kg", "1.500"), ("250 g", "0.250"), ("3 kg", "3.000"), ("4 kg", "4.000")]
    assert _held(train, ["5 kg 200 g", "750 g", "3 lb"]) == ["5.200", "0.750", None]
    # words that never meet and are no units are alternatives, not parts: no keyed source
    assert keyed_sources([["3 apples"], ["2 pears"]]) == []


def test_join_skips_empty_inputs_in_every_pattern() -> None:
    names, types = ["f", "m", "l"], {"f": "string", "m": "string", "l": "string"}
    res = synthesize([(["Ann", "Marie", "Lee"], "Ann Marie Lee"), (["Bob", "", "Smith"], "Bob Smith"),
                      (["Cy", " ", "Ng"], "Cy Ng")], names, types, budget_ms=B)
    assert res.pipeline is not None and res.solved_all and res.candidates[0].description == "join"
    # patterns of empties no example shows (last empty, two empty) are joined alike
    got = engine_outputs(res.pipeline, [["Dee", "", "Ko"], ["", "", "Zed"], ["A", "B", ""]], names, types)
    assert got == ["Dee Ko", "Zed", "A B"]
    # no example skips an empty input: no join is proposed (a plain concatenation explains them)
    from core.mapping.synth.joins import join_separator
    assert join_separator([["a", "b"], ["c", "d"]], ["a b", "c d"]) is None
    assert join_separator([["a", ""], ["c", "d"]], ["a", "c / d"]) == " / "


def test_run_length_shapes_separate_code_layouts() -> None:
    from core.mapping.synth.switch import shape
    assert shape("847130", 2) == shape("84713000", 2)  # one exact shape: digits
    assert shape("847130", 3) != shape("84713000", 3)  # two layouts of the code
    train = [("847130", "8471.30"), ("84713000", "8471.30.00"), ("8471300010", "8471.30.00.10")]
    assert _held(train, ["090111", "61091000", "8517620090"]) == ["0901.11", "6109.10.00", "8517.62.00.90"]


def test_fixed_width_record_columns() -> None:
    train = [("0001ACME CORP           20240315000012345", "ACME CORP|2024-03-15"),
             ("0002GLOBEX              20231201000000500", "GLOBEX|2023-12-01"),
             ("0003INITECH LTD         20250101000100000", "INITECH LTD|2025-01-01")]
    assert _held(train, ["0004UMBRELLA HOLDING    20240229000000001", "0005X                   20240101000000000"]) == \
        ["UMBRELLA HOLDING|2024-02-29", "X|2024-01-01"]
    from core.mapping.synth.columns import fixed_width_selectors
    assert fixed_width_selectors([("ab", "a")], ["ab", "cd"]) == []  # short values: the ordinary slices


def test_mixed_decimal_marks_read_as_one_number() -> None:
    train = [("MOA+203:1234,56", "1234.56"), ("MOA+9:99.5", "99.50"), ("MOA+203:10", "10.00")]
    assert _held(train, ["MOA+79:7,1", "MOA+203:0.99"]) == ["7.10", "0.99"]


def test_letter_run_bounded_by_delimiters_yields_to_the_field() -> None:
    train = [('["a", "b"]', "a"), ("[]", ""), ('["xyz"]', "xyz")]
    res = synthesize([([i], o) for i, o in train], ["a"], S, budget_ms=B)
    assert res.pipeline is not None
    assert engine_outputs(res.pipeline, [['["k1", "k2"]'], ["[]"]], ["a"], S) == ["k1", ""]


def test_view_deleting_only_at_the_edges_yields_to_the_field() -> None:
    train = [("'00123", "00123"), ("'ABC", "ABC"), ("'0042", "0042")]
    assert _held(train, ["'7", "'X-1"]) == ["7", "X-1"]


def test_absent_later_numbers_default_to_zero() -> None:
    train = [("V2.0", "2.0.0"), ("v1", "1.0.0"), ("3.1.4", "3.1.4")]
    assert _held(train, ["v10.2", "7", "V0.1.0"]) == ["10.2.0", "7.0.0", "0.1.0"]


def test_first_or_last_by_the_end_the_examples_keep() -> None:
    # the port ends every example but starts none: the last number, not the first of 10.0.0.1:443
    res = synthesize([(["example.com:8080"], "8080"), (["db.internal:5432"], "5432"), (["localhost"], "")], ["a"], S,
                     budget_ms=B)
    assert res.pipeline is not None
    assert engine_outputs(res.pipeline, [["10.0.0.1:443"], ["redis:6379"], ["api.local"]], ["a"], S) == \
        ["443", "6379", ""]


def test_generality_priors_directly() -> None:
    from core.mapping.synth import priors
    assert priors.delimited_run("^[^A-Za-z]*([A-Za-z]+)", ['["a", "b"]', '["xyz"]'])
    assert not priors.delimited_run("^[^A-Za-z]*([A-Za-z]+)", ['["a1"]'])  # the run stops at a digit: tested
    assert priors.far_anchor("^[^0-9]*([0-9]+)", True, ["example.com:8080", "db:5432"])
    assert not priors.far_anchor("^[^0-9]*([0-9]+)", True, ["8080", "5432"])  # starts and ends: both anchors
    assert priors.edges_only("alnum", ["'00123", "'ABC"]) and not priors.edges_only("alnum", ["'X-1"])
