"""The "last match" tail of a shape selector negates its first class only when that is a plain class (a negated
class is refused, not turned into ``[^^x]``), and coarsening the guards of a shape switch never merges two groups."""

from __future__ import annotations

import pytest

from core.mapping.synth import guided, switch
from core.mapping.synth.guided import last_tail, shape_selectors


@pytest.mark.parametrize(("first", "want"), [
    ("[0-9]{4}", "[^0-9\n]*$"), ("[A-Z]+", "[^A-Z\n]*$"), ("[^x]+", None), ("[^0-9]{2}", None), ("\\[", None),
    ("x", None), ("[a\\]b]+", None),
])
def test_the_last_match_tail_negates_only_a_plain_class(first: str, want: str | None) -> None:
    assert last_tail(first) == want


def test_a_shape_starting_with_a_negated_class_has_no_last_match_selector(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guided, "_classes", lambda tok: ["[^,]"])
    sels = shape_selectors([("a,12 x", "12"), ("b,345 y", "345")])
    assert sels and not any("[^^" in s.pattern for s in sels if s.pattern)
    assert all(not s.label.startswith("shape_last") for s in sels)


def test_coarsened_guards_keep_every_group() -> None:
    rows: list[list[str | None]] = [["ABT 1850"], ["x-y"], ["12:30"]]
    coarse = [switch.shape(r[0], 0) for r in rows]
    # the second group's own key is the first group's coarse shape; it has two coarse shapes, so keeps its key
    groups = {("fine0",): [0], (coarse[0],): [1, 2]}
    out = switch._coarsened(groups, rows, [True])
    assert sorted(i for members in out.values() for i in members) == [0, 1, 2]
    assert len(out) == 2


def test_coarsened_guards_are_coarse_when_each_group_has_its_own() -> None:
    rows: list[list[str | None]] = [["ABT 1850"], ["15 MAR 1850"], ["2 JUN 1888"]]
    groups = {(switch.shape("ABT 1850", 2),): [0], (switch.shape("15 MAR 1850", 2),): [1, 2]}
    out = switch._coarsened(groups, rows, [True])
    assert out == {(switch.shape("ABT 1850", 0),): [0], (switch.shape("15 MAR 1850", 0),): [1, 2]}
