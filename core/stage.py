"""The one shape every stage entry point returns (ARCHITECTURE.md §2).

Each stage has exactly one entry point in core, ``run_<stage>(contract, ports) -> StageOutcome``,
that makes every decision of the stage (mode-dependent ones included), writes its artifacts and
ledger events through the ports it receives, and returns what a caller needs to show: the
artifacts it produced, the gate results and the figures for a person. The Dagster asset, the CLI
and any HTTP API translate a :class:`StageOutcome`; none of them decides anything.
"""

from __future__ import annotations

from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, Field

from core.artifacts import Artifact, ArtifactKind, ArtifactRef, ArtifactStorePort
from core.contract import RunContract
from core.display import Code, Table
from core.failures import MissingArtifact
from core.gates import GateResult
from core.ledger import LedgerPort, LedgerRecorder, Stage
from core.policy import PolicyEngine


class RunStore(ArtifactStorePort, LedgerPort, Protocol):
    """The metadata store as a stage sees it: the run's artifacts and its ledger."""


class OutputOutcome(BaseModel):
    """One output of a stage (one Dagster asset): its artifact, gate and what a person reads."""

    model_config = ConfigDict(frozen=True)

    name: str
    artifact: ArtifactRef | None = None
    gate: GateResult | None = None
    #: scalar figures for the UI/CLI (counts, rates, versions)
    figures: dict[str, float | int | str | bool] = Field(default_factory=dict)
    #: tables a person reads, keyed by title (table metadata in the UI, Markdown in the CLI)
    tables: dict[str, Table] = Field(default_factory=dict)
    #: code listings keyed by title (e.g. ``SQL: <target column>``), shown as code blocks
    code: dict[str, Code] = Field(default_factory=dict)
    #: short Markdown keyed by title: notes and inline images (plots), each under the UI's inline limit
    notes: dict[str, str] = Field(default_factory=dict)
    #: why the output holds nothing (e.g. the policy refused row samples in metadata_only)
    skipped_reason: str | None = None

    @property
    def passed(self) -> bool:
        """True when there is no gate or the gate passed."""
        return self.gate is None or self.gate.passed


class StageOutcome(BaseModel):
    """What one run of a stage entry point produced."""

    model_config = ConfigDict(frozen=True)

    stage: Stage
    run_id: str
    outputs: list[OutputOutcome] = Field(default_factory=list)
    extra: dict[str, Any] = Field(default_factory=dict)

    def output(self, name: str) -> OutputOutcome:
        """The output called ``name`` (KeyError when the stage did not produce it)."""
        for o in self.outputs:
            if o.name == name:
                return o
        raise KeyError(name)

    @property
    def passed(self) -> bool:
        """True when every gate of every output passed."""
        return all(o.passed for o in self.outputs)


def stage_recorder(contract: RunContract, policy: PolicyEngine, ledger: LedgerPort, **fixed: Any) -> LedgerRecorder:
    """A ledger recorder stamped with the run's contract hash, policy/threshold/DSL versions (and ``fixed``)."""
    base: dict[str, Any] = {"contract_hash": contract.contract_hash(), "policy_version": policy.version,
                            "threshold_profile_id": contract.threshold_profile_id,
                            "dsl_version": contract.dsl_version}
    return LedgerRecorder(ledger, contract.run_id, **(base | fixed))


def require_latest(store: ArtifactStorePort, run_id: str, kind: ArtifactKind, produced_by: str) -> Artifact:
    """The newest ``kind`` artifact of the run; :class:`core.failures.MissingArtifact` when there is none."""
    art = store.latest(run_id, kind)
    if art is None:
        raise MissingArtifact(run_id, kind.value, produced_by)
    return art
