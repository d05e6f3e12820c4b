"""Defects a review found in the session-10 mechanisms, each pinned: the failure it showed no longer happens."""

from __future__ import annotations

from core.mapping.synth import julian, synthesize


def test_an_ordinal_date_past_9999_is_no_value_not_a_crash() -> None:
    assert julian._date("9999366") is None and julian._date("9999365") is not None
    res = synthesize([(["9999366"], "10000-01-01"), (["2024075"], "2024-03-15")], ["a"], {"a": "string"})
    assert res.pipeline is None  # no Python date for day 366 of 9999: nothing is proposed, nothing raises
