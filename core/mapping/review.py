"""Guided review: the open questions of a held plan, asked one at a time, each answer recorded
and re-validated at once (a re-plan that keeps every override).

Questions are the columns on hold or needing a fix, ordered by impact: sample rows affected
(most first), then confidence (lowest first). A session holds no state of its own: the ledger
(overrides) and the latest plan are the state, so a review can stop and resume anywhere.

Answer syntax (CLI ``--answer TARGET=ANSWER`` and the Dagster job's config alike):
``source:a,b`` choose source column(s); ``empty`` leave empty; ``accept`` accept as planned;
``map:usa>US,uk>GB`` value mapping; ``examples:in1|in2>out;...`` example pairs;
``pipeline:{json}`` a DSL pipeline.
"""

from __future__ import annotations

import json

from pydantic import BaseModel, Field

from core.artifacts import ArtifactKind
from core.contract import RunContract
from core.errors import DeterministicFailure, MapwrightError
from core.ledger import LedgerRecorder, Stage
from core.mapping import overrides
from core.mapping.plan import ColumnPlan, MappingPlan
from core.mapping.ports import MappingPorts
from core.mapping.stage import run_mapping
from core.policy import Action, PolicyRequest
from core.policy.engine import role_of
from core.stage import StageOutcome
from dsl.errors import DSLError


class Question(BaseModel):
    """One open question."""

    target: str
    decision: str
    reasons: list[str]
    sources: list[str] = Field(default_factory=list)
    choices: list[list[str]] = Field(default_factory=list)
    confidence: float
    rows_affected: int


def questions(plan: MappingPlan) -> list[Question]:
    """Open questions ordered by impact (rows affected desc, confidence asc)."""
    open_cols: list[ColumnPlan] = [c for c in plan.columns if c.decision != "accept"]
    open_cols.sort(key=lambda c: (-c.rows_affected, c.confidence, c.target))
    return [Question(target=c.target, decision=c.decision, reasons=c.reasons, sources=c.sources,
                     choices=[a.sources for a in c.alternatives], confidence=c.confidence,
                     rows_affected=c.rows_affected) for c in open_cols]


def latest_plan(ports: MappingPorts, run_id: str) -> MappingPlan:
    """The run's latest Mapping Plan (DETERMINISTIC_FAILURE when there is none)."""
    art = ports.artifacts.latest(run_id, ArtifactKind.MAPPING_PLAN)
    if art is None:
        raise DeterministicFailure(f"run {run_id} has no mapping plan; materialize mapping_plan first",
                                   run_id=run_id, stage="MAPPING")
    return MappingPlan.model_validate(art.payload)


def parse_answer(target: str, text: str, actor: str) -> overrides.Override:
    """An answer string -> an override (see module docstring)."""
    head, _, rest = text.strip().partition(":")
    head = head.strip().lower()
    if head == "source":
        return overrides.Override(target=target, kind="choose_source", actor=actor,
                                  payload={"sources": [s.strip() for s in rest.split(",") if s.strip()]})
    if head in ("empty", "accept"):
        return overrides.Override(target=target, kind="leave_empty" if head == "empty" else "accept", actor=actor)
    if head == "map":
        pairs = [p.split(">", 1) for p in rest.split(",") if ">" in p]
        return overrides.Override(target=target, kind="value_map", actor=actor,
                                  payload={"mapping": {a.strip(): b.strip() for a, b in pairs}})
    if head == "examples":
        ex = [(e.split(">", 1)[0].split("|"), e.split(">", 1)[1]) for e in rest.split(";") if ">" in e]
        return overrides.Override(target=target, kind="examples", actor=actor, payload={"pairs": ex})
    if head == "pipeline":
        try:
            payload = {"pipeline": json.loads(rest)}
            return overrides.Override(target=target, kind="pipeline", actor=actor, payload=payload)
        except ValueError:
            raise DeterministicFailure("pipeline answer is not valid JSON", stage="MAPPING", target=target) from None
    raise DeterministicFailure(f"unknown answer {head!r}: use source:, empty, accept, map:, examples: or pipeline:",
                               stage="MAPPING", target=target)


def answer(contract: RunContract, ports: MappingPorts, target: str, text: str, *, actor: str,
           role: str) -> StageOutcome:
    """Check RBAC, re-plan with the answer as an override (re-validating it at once) and record it; an answer
    holding literal values of a column the PII policy masks is refused (:class:`AnswerCarriesPersonalValues`)."""
    rec = LedgerRecorder(ports.ledger, contract.run_id, contract_hash=contract.contract_hash(),
                         policy_version=ports.policy.version)
    try:
        ports.policy.require(PolicyRequest(action=Action.CONFIRM_STAGE, run_id=contract.run_id, mode=contract.mode,
                                           role=role_of(role), actor=actor), stage=Stage.MAPPING.value)
        plan = latest_plan(ports, contract.run_id)
        o = parse_answer(target, text, actor)
        srcs = sorted({s for c in plan.columns for s in c.sources} | set(plan.unused_sources))
        overrides.check(o, [c.target for c in plan.columns], srcs)
        o = overrides.with_id(o, ports.ledger, contract.run_id)
    except (MapwrightError, DSLError) as exc:
        rec.record_error(Stage.MAPPING, "mapping.review_answer", exc, detail={"target": target, "actor": actor})
        raise
    # recorded by the re-plan once it passes the value-privacy gate (AnswerCarriesPersonalValues otherwise)
    return run_mapping(contract, ports, pending=o)
