"""Synthesis with the DSL 1.4 conversions: the programs generalise to held rows (run through the DSL
engine), declare DSL 1.4, and are not proposed when the examples do not show what the op does."""

from __future__ import annotations

from core.mapping.synth import synthesize
from core.mapping.synth.conversions import candidates
from core.mapping.synth.synthesize import engine_outputs

S = {"a": "string"}
B = 5000  # generous budget: results must not depend on the machine's load


def _held(train: list[tuple[str, str]], held: list[str]) -> tuple[list[object], list[str]]:
    res = synthesize([([i], o) for i, o in train], ["a"], S, budget_ms=B)
    assert res.pipeline is not None and res.solved_all
    return engine_outputs(res.pipeline, [[h] for h in held], ["a"], S), [s.op for s in res.pipeline.steps]


def test_list_sort_and_dedupe_generalise() -> None:
    got, ops = _held([("pear;apple;fig", "apple;fig;pear"), ("zeta;alpha", "alpha;zeta"), ("b;c;a;d", "a;b;c;d")],
                     ["kiwi;banana;cherry;apple", "x", "m;k"])
    assert got == ["apple;banana;cherry;kiwi", "x", "k;m"] and "list_sort" in ops
    got, ops = _held([("a,b,a,c,b", "a,b,c"), ("x,x,x", "x"), ("red,blue", "red,blue")],
                     ["one,two,one,three", "q,r,q,r"])
    assert got == ["one,two,three", "q,r"] and ops == ["list_unique"]


def test_all_matches_with_and_without_the_sigil() -> None:
    got, _ = _held([("Loving the #sunset at #Malibu!", "#sunset #Malibu"), ("No tags in this one.", ""),
                    ("#MondayMotivation: keep going", "#MondayMotivation")],
                   ["#a and #b2 and #c_d", "nothing", "#x"])
    assert got == ["#a #b2 #c_d", "", "#x"]
    got, _ = _held([("@anna thanks! cc @bob_smith", "anna,bob_smith"), ("Meeting with @cto_jane today", "cto_jane"),
                    ("@x @y @z hello", "x,y,z")], ["ping @ops_team and @dev1", "@solo"])
    assert got == ["ops_team,dev1", "solo"]


def test_numerals_epochs_hex_and_nfkc_generalise() -> None:
    assert _held([("XIV", "14"), ("MCMXCIX", "1999"), ("IV", "4")], ["MMXXIV", "XL", "CDXLIV"])[0] == \
        ["2024", "40", "444"]
    assert _held([("2024", "MMXXIV"), ("14", "XIV"), ("1999", "MCMXCIX")], ["3999", "49"])[0] == ["MMMCMXCIX", "XLIX"]
    assert _held([("1700000000", "2023-11-14T22:13:20Z"), ("0", "1970-01-01T00:00:00Z"),
                  ("1709596800", "2024-03-05T00:00:00Z")], ["86399", "-1"])[0] == \
        ["1970-01-01T23:59:59Z", "1969-12-31T23:59:59Z"]
    assert _held([("1709596800000", "2024-03-05"), ("1700000000000", "2023-11-14"), ("946684799999", "1999-12-31")],
                 ["0", "1234567890123"])[0] == ["1970-01-01", "2009-02-13"]
    assert _held([("0x1F", "31"), ("0xff", "255"), ("0x10", "16")], ["0xABC", "0x0"])[0] == ["2748", "0"]
    assert _held([("255", "0x00FF"), ("16", "0x0010"), ("4096", "0x1000")], ["10", "43981"])[0] == \
        ["0x000A", "0xABCD"]
    assert _held([("１２３－４５６７", "123-4567"), ("ＡＢＣ", "ABC"), ("ｔｅｓｔ＠ｘ．ｃｏｍ", "test@x.com")],
                 ["Ｚ９", "plain"])[0] == ["Z9", "plain"]


def test_programs_declare_dsl_1_4() -> None:
    res = synthesize([(["b;a"], "a;b"), (["d;c;e"], "c;d;e")], ["a"], S, budget_ms=B)
    assert res.pipeline is not None and res.pipeline.dsl_version == "1.4.0"


def test_no_conversion_without_evidence() -> None:
    rows: list[list[str | None]] = [["a;b"], ["c;d"]]
    assert candidates(rows, ["a;b", "c;d"], ["a"], S) == []  # already sorted, no duplicate: identity
    assert candidates([["a;b;a"], ["c"]], ["a;b", "c"], ["a"], S)[0].description == "list_unique"
    # one match per value: the first-match extraction of the main search is enough
    assert candidates([["x #a"], ["#b y"]], ["#a", "#b"], ["a"], S) == []
    # plain ASCII: NFKC changes nothing
    assert candidates([["abc"], ["x"]], ["abc", "x"], ["a"], S) == []
    # an example that contradicts the conversion: nothing
    assert candidates([["XIV"], ["IV"]], ["14", "5"], ["a"], S) == []
    # non-string inputs are not read
    assert candidates([["XIV"]], ["14"], ["a"], {"a": "int"}) == []


def test_hex_byte_groups_both_ways() -> None:
    got, ops = _held([("#FF8800", "rgb(255, 136, 0)"), ("#fff", "rgb(255, 255, 255)"), ("#1a2b3c", "rgb(26, 43, 60)")],
                     ["#000000", "#0F0", "#c0ffee"])
    assert got == ["rgb(0, 0, 0)", "rgb(0, 255, 0)", "rgb(192, 255, 238)"] and "hex_to_int" in ops
    got, _ = _held([("rgb(255, 136, 0)", "#FF8800"), ("rgb(0,0,0)", "#000000"), ("rgb(26, 43, 60)", "#1A2B3C")],
                   ["rgb(1, 2, 3)", "rgb(192,255,238)"])
    assert got == ["#010203", "#C0FFEE"]
    got, _ = _held([("0x0A1B", "10.27"), ("0xFF00", "255.0"), ("0x1010", "16.16")], ["0x0001", "0x7f80"])
    assert got == ["0.1", "127.128"]


def test_hex_groups_need_one_template() -> None:
    # the outputs do not share one layout: no byte-group program
    assert candidates([["#FF8800"], ["#000000"]], ["rgb(255, 136, 0)", "0 0 0"], ["a"], S) == []


def test_bare_words_are_not_extracted() -> None:
    # "keep the words" fits these examples but would drop the punctuation inside quotes on held rows
    assert candidates([['"hello"'], ['"New York"'], ['"42"']], ["hello", "New York", "42"], ["a"], S) == []
    # all numbers of a value, joined: a bare class is fine for digits
    assert [c.description for c in candidates([["a1b22"], ["7 x 8 y 9"]], ["1,22", "7,8,9"], ["a"], S)] == \
        ["extract_all"]
