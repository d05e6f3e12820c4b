"""Lane routing (§4): the supervisor chooses interactive, flex or batch for each stage request.

Inputs: the job (which step), the size estimate (source rows in the catalog), data sensitivity
(PII columns in the domain assignments), the actor's role, the stage budget and provider health.
The contract's ``lane_hint`` is honoured unless a rule forces another lane; the choice, its
reasons and any override of the hint are recorded on the ledger with the request, set as the
Dagster run's ``mapwright/lane`` tag and ``dagster/priority``, and limited by the per-lane
concurrency limits of the run queue (dagster.yaml). Provider calls carry the lane into their
cache keys (:mod:`core.providers.cache`), so a lane change never reuses another lane's entries.

Rules, first match wins:

1. migration chunks and promotion are batch (checkpointed, auditable bulk work, §4);
2. providers unhealthy -> batch (no latency promise can be kept; the work waits in the queue);
3. a stage that calls models (Domains) with a budget of 0 USD -> batch (the cheapest path);
4. analysis or migration pre-flight over more than :data:`FLEX_MAX_ROWS` rows -> batch;
5. more than :data:`INTERACTIVE_MAX_ROWS` rows -> flex;
6. a Viewer or Analyst -> flex (interactive capacity is for people driving a run);
7. otherwise the hint, else interactive for the catalog-sized stages (Ingest, Domains,
   Mapping) and flex for Analysis and the pre-flight.

Data sensitivity never moves work to a lane with fewer guarantees: with PII columns in a
data_mode run, the flex choice of rules 5-7 becomes batch (deterministic and audited).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from core.contract import Lane, Mode, Role

INTERACTIVE_MAX_ROWS = 100_000
FLEX_MAX_ROWS = 1_000_000
#: Dagster run priority per lane (``dagster/priority``: higher is dequeued first)
PRIORITY = {Lane.INTERACTIVE: 10, Lane.FLEX: 5, Lane.BATCH: 0}
BULK_STEPS = frozenset({"migration_chunks", "promotion"})
DATA_STEPS = frozenset({"ANALYSIS", "migration_preflight"})
#: steps that call models in this release (their budget matters for the lane)
MODEL_STEPS = frozenset({"DOMAINS"})


class LaneInputs(BaseModel):
    """What the lane choice looks at."""

    model_config = ConfigDict(frozen=True)

    step: str
    mode: Mode
    rows: int | None = None
    pii_columns: int = 0
    role: Role = Role.OPERATOR
    budget_usd: float | None = None
    providers_healthy: bool = True
    hint: Lane | None = None


class LaneChoice(BaseModel):
    """The lane, why, and whether it overrides the contract's hint."""

    model_config = ConfigDict(frozen=True)

    lane: Lane
    reasons: list[str] = Field(default_factory=list)
    hint: Lane | None = None

    @property
    def override(self) -> bool:
        """True when a hint was given and another lane was chosen."""
        return self.hint is not None and self.hint is not self.lane

    @property
    def priority(self) -> int:
        """The Dagster run priority of the lane."""
        return PRIORITY[self.lane]

    def detail(self) -> dict[str, object]:
        """The ledger form of the choice."""
        return {"lane": self.lane.value, "lane_hint": self.hint.value if self.hint else None,
                "lane_override": self.override, "lane_reasons": list(self.reasons), "priority": self.priority}


def choose_lane(x: LaneInputs) -> LaneChoice:
    """Choose the lane for one stage request (rules in the module docstring)."""

    def pick(lane: Lane, why: str) -> LaneChoice:
        if lane is Lane.FLEX and x.pii_columns and x.mode is Mode.DATA_MODE:
            lane, why = Lane.BATCH, f"{why}; {x.pii_columns} PII column(s) in data_mode keep it in batch"
        return LaneChoice(lane=lane, reasons=[why], hint=x.hint)

    rows = x.rows or 0
    if x.step in BULK_STEPS:
        return LaneChoice(lane=Lane.BATCH, reasons=[f"{x.step} is bulk, checkpointed work"], hint=x.hint)
    if not x.providers_healthy:
        return LaneChoice(lane=Lane.BATCH, reasons=["providers unhealthy: the work waits in the batch queue"],
                          hint=x.hint)
    if x.step in MODEL_STEPS and x.budget_usd is not None and x.budget_usd <= 0:
        return LaneChoice(lane=Lane.BATCH, reasons=["stage budget is 0 USD"], hint=x.hint)
    if x.step in DATA_STEPS and rows > FLEX_MAX_ROWS:
        return LaneChoice(lane=Lane.BATCH, reasons=[f"{rows} rows > {FLEX_MAX_ROWS} for {x.step}"], hint=x.hint)
    if rows > INTERACTIVE_MAX_ROWS:
        return pick(Lane.FLEX, f"{rows} rows > {INTERACTIVE_MAX_ROWS}")
    if x.role in (Role.VIEWER, Role.ANALYST):
        return pick(Lane.FLEX, f"role {x.role.value}")
    if x.hint is not None:
        return pick(x.hint, f"contract lane_hint {x.hint.value}")
    if x.step in DATA_STEPS:
        return pick(Lane.FLEX, f"{x.step} over {rows} rows")
    return LaneChoice(lane=Lane.INTERACTIVE, reasons=[f"{x.step}: catalog-sized work ({rows} rows)"])
