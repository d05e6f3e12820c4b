"""Table context (core.mapping.context): neighbours of clear matches break near-ties, never make pairs."""

from __future__ import annotations

import numpy as np
import pytest

from core.mapping import match as match_mod
from core.mapping.context import NEIGHBOUR_BONUS, anchors, neighbour_bonus
from core.mapping.match import match_columns
from core.mapping.scoring import MatchParams
from core.mapping.side import MatchColumn


def _cols(names: list[str], table: str = "t") -> list[MatchColumn]:
    return [MatchColumn(table=table, name=n, original_name=n, logical_type="string", position=k)
            for k, n in enumerate(names)]


def _patch(monkeypatch: pytest.MonkeyPatch, scores: np.ndarray) -> None:
    comp = {k: np.full(scores.shape, np.nan) for k in match_mod.WEIGHTS}
    comp["header"] = scores.copy()  # a judged component, so the scores count as evidence
    monkeypatch.setattr(match_mod, "pair_matrices", lambda s, d, f, e=None: (scores, comp))


# targets: origin_city, origin_airport, destination_airport, destination_city
# sources: from_city, dep, arr, to_city; dep/arr tie for both airports (the same codes, silent headers)
TIED = np.array([[0.90, 0.40, 0.40, 0.30],
                 [0.35, 0.60, 0.60, 0.30],
                 [0.30, 0.60, 0.60, 0.35],
                 [0.30, 0.40, 0.40, 0.90]])


def test_anchors_are_clear_mutual_best_pairs() -> None:
    assert anchors(TIED) == {0: 0, 3: 3}  # the tied rows are no anchors
    bonus = neighbour_bonus(TIED, _cols(["from_city", "dep", "arr", "to_city"]),
                            _cols(["origin_city", "origin_airport", "destination_airport", "destination_city"]))
    assert bonus[1, 1] == pytest.approx(NEIGHBOUR_BONUS) and bonus[2, 2] == pytest.approx(NEIGHBOUR_BONUS)
    assert bonus[1, 2] == 0 and bonus[2, 1] == 0 and bonus[0].sum() == 0


def test_neighbours_break_the_tie_in_table_order(monkeypatch: pytest.MonkeyPatch) -> None:
    _patch(monkeypatch, TIED)
    src = _cols(["from_city", "dep", "arr", "to_city"])
    dst = _cols(["origin_city", "origin_airport", "destination_airport", "destination_city"])
    got = {a.target: a.sources[0] for a in match_columns(src, dst, None).assignment}
    assert got["origin_airport"] == "dep" and got["destination_airport"] == "arr"
    top = match_columns(src, dst, None).ranking("origin_airport").candidates[0]
    assert top.sources == ["dep"] and any("table context" in n for n in top.evidence.notes)
    # the order of the columns, not their names, decides: reversed sources swap the answer
    rev = _cols(["from_city", "arr", "dep", "to_city"])
    got = {a.target: a.sources[0] for a in match_columns(rev, dst, None).assignment}
    assert got["origin_airport"] == "arr" and got["destination_airport"] == "dep"


def test_without_context_the_tie_is_not_broken_by_position(monkeypatch: pytest.MonkeyPatch) -> None:
    _patch(monkeypatch, TIED)
    src, dst = _cols(["from_city", "dep", "arr", "to_city"]), _cols(["oc", "oa", "da", "dc"])
    plain = match_columns(src, dst, None, params=MatchParams(context=False))
    r = plain.ranking("oa").candidates
    assert r[0].score == r[1].score  # a true tie without table context


def test_bonus_never_makes_a_pair_out_of_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # the neighbours of the anchor have too little evidence to gain, and a weak pair stays unassigned
    scores = np.array([[0.9, 0.10], [0.10, 0.45]])
    _patch(monkeypatch, scores)
    src, dst = _cols(["a", "b"]), _cols(["x", "y"])
    assert neighbour_bonus(scores, src, dst)[1, 1] == pytest.approx(NEIGHBOUR_BONUS)
    r = match_columns(src, dst, None, params=MatchParams())  # the fixed weights and MIN_SCORE these scores assume
    assert r.ranking("y").candidates[0].score == pytest.approx(0.45 + NEIGHBOUR_BONUS)
    assert "y" in r.unmatched_targets  # eligibility is judged without the bonus (0.45 < MIN_SCORE)
    low = np.array([[0.9, 0.10], [0.10, 0.15]])
    assert not neighbour_bonus(low, src, dst).any()


def test_neighbours_stay_within_their_own_table() -> None:
    scores = np.array([[0.9, 0.3], [0.3, 0.5]])
    src = [*_cols(["a"], "t1"), *_cols(["b"], "t2")]  # b is first of another table, no neighbour of a
    assert not neighbour_bonus(scores, src, _cols(["x", "y"])).any()
