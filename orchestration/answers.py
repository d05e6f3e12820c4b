"""Human answers to held gates: from a reviewed answers file, or asked at the terminal.

An answers file (``examples/answers.yaml``) names one reviewer (user_id and RBAC role) and, per
stage, whether the reviewer confirms the hold, a note, and for MAPPING the review answers in the
``mapwright review`` syntax (``TARGET: ANSWER``, see :mod:`core.mapping.review`). Every answer is
recorded exactly like one typed by a person: the review answers through
:func:`core.mapping.review.answer`, the confirmation through :func:`core.supervisor.confirm_stage`,
both RBAC-checked by the policy engine and recorded on the ledger under the reviewer's name.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from core.contract import Role, RunContract
from core.errors import DeterministicFailure
from core.ledger import LedgerEvent, Stage
from core.policy import PolicyEngine
from core.supervisor import NextStep, confirm_stage


class StageAnswer(BaseModel):
    """What the reviewer decided for one held stage."""

    model_config = ConfigDict(extra="forbid")

    confirm: bool = True
    note: str = ""
    #: MAPPING only: review answers, target column -> answer (``mapwright review`` syntax)
    review: dict[str, str] = Field(default_factory=dict)


class Reviewer(BaseModel):
    """Who answers (recorded as the human on every confirmation)."""

    model_config = ConfigDict(extra="forbid")

    user_id: str = Field(min_length=1)
    role: Role


class AnswersFile(BaseModel):
    """A reviewed answers file."""

    model_config = ConfigDict(extra="forbid")

    reviewer: Reviewer
    stages: dict[Stage, StageAnswer] = Field(default_factory=dict)


#: how every refusal of an answers file ends: the fix
_FIX = "fix the file (examples/answers.yaml shows the format) or pass another with --answers FILE"


def load_answers(path: Path) -> AnswersFile:
    """Read and validate an answers file; an unreadable file, bad YAML or a bad field is one
    DETERMINISTIC_FAILURE naming the file, the place and the fix (never a traceback)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        raise DeterministicFailure(f"answers file {path} cannot be read ({why}); {_FIX}", stage="SUPERVISOR",
                                   file=str(path)) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        raise DeterministicFailure(f"answers file {path} is not valid YAML{where}; {_FIX}", stage="SUPERVISOR",
                                   file=str(path)) from None
    except RecursionError:  # the parser recurses once per nesting level: a very deep file exhausts the stack
        raise DeterministicFailure(f"answers file {path} is nested too deeply to read; {_FIX}", stage="SUPERVISOR",
                                   file=str(path)) from None
    try:
        return AnswersFile.model_validate(data or {})
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'the file'}: {e['msg']}" for e in exc.errors())
        raise DeterministicFailure(f"answers file {path} is not usable: {problems}; {_FIX}", stage="SUPERVISOR",
                                   file=str(path)) from None


#: (contract, target, answer text, user, role) -> None; records one MAPPING review answer
ReviewFn = Callable[[RunContract, str, str, str, str], None]
#: (question, default) -> reply; the terminal prompt in --interactive
AskFn = Callable[[str, str], str]


def answer_hold(
    step: NextStep, contract: RunContract, *, ledger: object, policy: PolicyEngine, answers: AnswersFile | None,
    review: ReviewFn, open_questions: Callable[[], list[str]], ask: AskFn | None = None,
    reviewer: Reviewer | None = None, source: str = "answers file",
) -> LedgerEvent | None:
    """Answer the hold of ``step``: from ``answers``, or one question at a time through ``ask``.

    Returns the confirmation event, or None when nobody confirmed (the run stays held).
    """
    assert step.stage is not None
    who = reviewer or (answers.reviewer if answers else None)
    if who is None or (ask is None and answers is None):
        return None
    if ask is not None:
        if step.stage is Stage.MAPPING:
            for target in open_questions():
                text = ask(f"MAPPING {target}: answer (source:a,b | empty | accept | map:x>Y | blank = leave)", "")
                if text.strip():
                    review(contract, target, text.strip(), who.user_id, who.role.value)
        held = "; ".join(step.reasons) or "held"
        reply = ask(f"{step.stage.value} is held ({held}). Confirm {step.stage.value} and continue? [y/N]", "n")
        if reply.strip().lower() not in ("y", "yes"):
            return None
        note = ask("note for the ledger", "")
    else:
        assert answers is not None
        ans = answers.stages.get(step.stage)
        if ans is None or not ans.confirm:
            return None
        for target, text in ans.review.items():
            if target in open_questions():
                review(contract, target, text, who.user_id, who.role.value)
        note = ans.note
    return confirm_stage(ledger, policy, run_id=contract.run_id, stage=step.stage,  # type: ignore[arg-type]
                         user_id=who.user_id, role=who.role, note=note, source=source)
