"""Characters that ``str.isdigit`` accepts but ``int`` refuses (superscripts, circled digits) never crash the
synthesizer or PII detection: digit checks use ``str.isdecimal`` (what ``int`` parses)."""

from __future__ import annotations

from core.mapping.synth import synthesize
from core.pii.card import without_pan_value


def test_superscript_values_do_not_crash_synthesis() -> None:
    ex = [(["²"], "2"), (["12 m²"], "12"), (["³"], "3")]
    res = synthesize(ex, ["a"], {"a": "string"}, budget_ms=2000)
    assert res is not None  # a result (solved or not), never a ValueError from int("²")


def test_superscripts_in_a_card_expiry_column_do_not_crash_pii_detection() -> None:
    assert without_pan_value("CARD_EXPIRY", ["²", "12", "01"]) is False  # not an expiry column, no ValueError


def test_isdecimal_is_what_int_parses() -> None:
    for ch in "²³①":
        assert ch.isdigit() and not ch.isdecimal()
    assert int("３") == 3 and "３".isdecimal()
