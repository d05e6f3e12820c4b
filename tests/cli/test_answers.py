"""Held-gate answers: the reviewed answers file and the terminal, recorded as RBAC-checked confirmations."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.contract import Role, contract_template
from core.errors import DeterministicFailure, PolicyBlock
from core.inmemory import MemoryLedger
from core.ledger import Decision, Stage
from core.policy import load_policy_engine
from core.supervisor import NextStep, StepKind
from orchestration.answers import AnswersFile, Reviewer, answer_hold, load_answers
from orchestration.example import EXAMPLE_ANSWERS

CONTRACT = contract_template(lhs_location="a.csv", rhs_location="t.yaml", request_key="answers-test")


def _hold(stage: Stage) -> NextStep:
    return NextStep(StepKind.HOLD, stage, reasons=("gate held",), step=stage.value)


def _answer(step: NextStep, answers: AnswersFile | None, ask=None, reviewer=None, questions=("birth_date",)):
    ledger, reviewed = MemoryLedger(), []
    event = answer_hold(step, CONTRACT, ledger=ledger, policy=load_policy_engine(), answers=answers,
                        review=lambda c, t, a, u, r: reviewed.append((t, a, u, r)),
                        open_questions=lambda: list(questions), ask=ask, reviewer=reviewer)
    return event, ledger, reviewed


def test_the_bundled_answers_file_confirms_as_its_reviewer() -> None:
    answers = load_answers(EXAMPLE_ANSWERS)
    event, ledger, reviewed = _answer(_hold(Stage.MAPPING), answers)
    assert event is not None and event.human_confirmation.actor == answers.reviewer.user_id
    assert event.detail == {"stage": "MAPPING", "role": "Operator", "note": answers.stages[Stage.MAPPING].note,
                            "source": "answers file"}
    # Only the column the plan asks about is answered, in the `mapwright review` syntax.
    assert reviewed == [("birth_date", "empty", answers.reviewer.user_id, "Operator")]
    assert [e.action for e in ledger.events(CONTRACT.run_id)] == ["human.confirm"]


def test_a_stage_not_in_the_file_stays_held_and_a_viewer_is_refused(tmp_path: Path) -> None:
    answers = load_answers(EXAMPLE_ANSWERS)
    assert _answer(_hold(Stage.MIGRATION), answers)[0] is None
    weak = answers.model_copy(update={"reviewer": Reviewer(user_id="v", role=Role.VIEWER)})
    with pytest.raises(PolicyBlock):
        _answer(_hold(Stage.DOMAINS), weak)
    bad = tmp_path / "a.yaml"
    bad.write_text("reviewer: {user_id: x, role: Wizard}\n")
    with pytest.raises(DeterministicFailure, match="not usable"):
        load_answers(bad)


def test_interactive_asks_one_question_at_a_time() -> None:
    asked: list[str] = []
    replies = iter(["source:first_name,last_name", "", "y", "looked at it"])

    def ask(q: str, default: str) -> str:
        asked.append(q)
        return next(replies)

    event, ledger, reviewed = _answer(_hold(Stage.MAPPING), None, ask=ask,
                                      reviewer=Reviewer(user_id="kim", role=Role.MAINTAINER),
                                      questions=("full_name", "birth_date"))
    assert [q.split(":")[0] for q in asked] == ["MAPPING full_name", "MAPPING birth_date",
                                               "MAPPING is held (gate held). Confirm MAPPING and continue? [y/N]",
                                               "note for the ledger"]
    assert reviewed == [("full_name", "source:first_name,last_name", "kim", "Maintainer")]
    assert event is not None and event.detail["note"] == "looked at it" and event.decision is Decision.ACCEPT
    no = iter(["n"])
    assert _answer(_hold(Stage.DOMAINS), None, ask=lambda q, d: next(no),
                   reviewer=Reviewer(user_id="kim", role=Role.OPERATOR))[0] is None
