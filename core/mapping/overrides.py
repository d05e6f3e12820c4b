"""Overrides (a person's decisions) on the ledger, and what they turn into when re-planning.

An override is a MAPPING ledger event ``mapping.override`` whose detail holds
``{override_id, target, kind, payload}``; kinds: ``choose_source`` ({sources}),
``pipeline`` ({pipeline}), ``examples`` ({pairs: [[inputs], output]}), ``value_map``
({mapping}), ``leave_empty`` ({}), ``accept`` ({}: accept the planned column as is). The latest
override of a target wins; a re-plan never replaces it with an automatic choice, it re-validates
it (and says so when it no longer passes). ``mapping.forget_override`` drops one.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from core.contract import RunContract
from core.errors import DSLReject
from core.hashing import content_hash
from core.ledger import Decision, HumanConfirmation, LedgerPort, LedgerRecorder, Stage
from core.mapping.errors import ContradictoryExamples, UnknownOverrideColumn
from core.mapping.strategies import Proposal
from dsl.models import Pipeline

#: the rationale of an ``accept`` answer's proposal: the planned pipeline, accepted by a person as it is (the planner
#: then accepts the column at its pass rate; the rows that fail go to quarantine)
ACCEPTED_AS_PLANNED = "planned pipeline accepted by a person"

OverrideKind = Literal["choose_source", "pipeline", "examples", "value_map", "leave_empty", "accept"]
OVERRIDE_ACTION = "mapping.override"
FORGET_ACTION = "mapping.forget_override"


class Override(BaseModel):
    """One recorded override."""

    override_id: str = ""
    target: str
    kind: OverrideKind
    payload: dict[str, Any] = Field(default_factory=dict)
    actor: str | None = None


def check(o: Override, targets: list[str], sources: list[str]) -> None:
    """Refuse an override naming unknown columns, an invalid pipeline or contradicting examples."""
    if o.target not in targets:
        raise UnknownOverrideColumn(o.target, "target", targets)
    for s in o.payload.get("sources", []):
        if s not in sources:
            raise UnknownOverrideColumn(s, "source", sources)
    if o.kind == "pipeline":
        Pipeline.from_json(o.payload.get("pipeline") or {})
    if o.kind == "examples":
        seen: dict[str, Any] = {}
        for inputs, out in o.payload.get("pairs", []):
            key = content_hash(list(inputs))
            if key in seen and seen[key] != out:
                raise ContradictoryExamples(o.target, list(inputs))
            seen[key] = out
    if o.kind == "value_map" and not o.payload.get("mapping"):
        raise DSLReject("a value_map override needs a non-empty mapping", argument="mapping", column=o.target)


def with_id(o: Override, ledger: LedgerPort, run_id: str) -> Override:
    """The override with its id: the hash of its content and the run's MAPPING event count."""
    n = len(ledger.events(run_id, Stage.MAPPING))
    return o.model_copy(update={"override_id": content_hash([o.target, o.kind, o.payload, n])[:16]})


def record(contract: RunContract, ledger: LedgerPort, o: Override, *, policy_version: str | None = None) -> Override:
    """Append the override to the ledger (id = hash of its content and the current event count, unless
    :func:`with_id` gave it one)."""
    if not o.override_id:
        o = with_id(o, ledger, contract.run_id)
    rec = LedgerRecorder(ledger, contract.run_id, contract_hash=contract.contract_hash(), policy_version=policy_version)
    rec.record(
        Stage.MAPPING, Decision.FIX, OVERRIDE_ACTION, human_confirmation=HumanConfirmation(
            required=False, actor=o.actor), detail=o.model_dump(mode="json"))
    return o


def active(ledger: LedgerPort, run_id: str) -> dict[str, Override]:
    """The latest, not forgotten override of every target column."""
    out: dict[str, Override] = {}
    for ev in ledger.events(run_id, Stage.MAPPING):
        if ev.action == OVERRIDE_ACTION and ev.decision is not Decision.REJECT:
            o = Override.model_validate(ev.detail)
            out[o.target] = o
        elif ev.action == FORGET_ACTION:
            out.pop(str(ev.detail.get("target")), None)
    return out


def as_proposal(o: Override, target: str, sources: list[str], types: dict[str, str],
                planned: dict[str, Any] | None) -> Proposal | None:
    """The proposal an override stands for (None: re-plan with the override's sources/examples)."""
    if o.kind == "pipeline":
        return Proposal(strategy="override", pipeline=Pipeline.from_json(o.payload["pipeline"]),
                        provenance=f"override:{o.override_id}", rationale="pipeline given by a person")
    if o.kind == "value_map" and sources:
        src = sources[0]
        p = Pipeline.model_validate({"inputs": [src], "outputs": [target], "input_types": {src: types[src]}, "steps": [
            {"op": "trim", "input": src, "output": "_v"},
            {"op": "map_dict", "input": "_v", "output": target, "mapping": o.payload["mapping"],
             "on_missing": "keep"}]})
        return Proposal(strategy="override", pipeline=p, provenance=f"override:{o.override_id}",
                        rationale="value mapping given by a person")
    if o.kind == "accept" and planned and planned.get("pipeline"):
        return Proposal(strategy="override", pipeline=Pipeline.model_validate(planned["pipeline"]),
                        provenance=f"override:{o.override_id}", rationale=ACCEPTED_AS_PLANNED)
    return None
