"""Pre-send cost estimate of a run (§21, ``mapwright cost estimate``): tokens and USD per stage.

Computed before anything is sent, from the catalog (columns, their value lengths) and the prices
of the provider registry. In this release only the Domains stage calls a model: the borderline
arbiter (``classify_column``, one call per borderline column: the estimate assumes every column,
an upper bound) and column embeddings when the registry's embedding model is remote. Mapping,
Analysis and Migration are deterministic (rules, the Transform DSL): zero tokens. Each stage is
priced on every configured chat model; the bound is the most expensive one the router may pick.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from core.contract import Mode, RunContract
from core.providers.registry import ModelRegistry

#: instructions + candidate descriptions of one classify_column prompt (measured on the example)
ARBITER_BASE_TOKENS = 520
ARBITER_OUTPUT_TOKENS = 60
#: masked example values per column in a data_mode prompt
SAMPLE_VALUES = 20
CHARS_PER_TOKEN = 4


class StageCost(BaseModel):
    """Estimate for one stage."""

    stage: str
    calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    usd_by_model: dict[str, float] = Field(default_factory=dict)
    note: str = ""

    @property
    def usd_max(self) -> float:
        """The bound: the most expensive configured model."""
        return max(self.usd_by_model.values(), default=0.0)


class CostEstimate(BaseModel):
    """Per-stage estimates and their budget caps."""

    run_id: str
    stages: list[StageCost]
    budgets_usd: dict[str, float] = Field(default_factory=dict)

    @property
    def usd_max(self) -> float:
        """Sum of the stages' bounds."""
        return round(sum(s.usd_max for s in self.stages), 6)

    @property
    def tokens(self) -> int:
        """All tokens, in and out."""
        return sum(s.tokens_in + s.tokens_out for s in self.stages)


def _column_tokens(column: dict[str, Any], mode: Mode) -> int:
    tokens = -(-len(str(column.get("original_name") or column.get("name", ""))) // CHARS_PER_TOKEN) + 8
    if mode is Mode.DATA_MODE:
        mean = float((column.get("stats") or {}).get("mean_length") or 8)
        tokens += int(SAMPLE_VALUES * (mean / CHARS_PER_TOKEN + 1))
    return tokens


def estimate_cost(contract: RunContract, catalog: dict[str, Any], registry: ModelRegistry,
                  configured: set[str]) -> CostEstimate:
    """Estimate ``contract``'s run on ``catalog`` (a Catalog payload); ``configured`` = usable provider names."""
    columns = [c for t in catalog.get("tables", []) for c in t.get("columns", [])]
    chat = [m for m in registry.chat_models() if m.provider in configured]
    emb = [m for m in registry.embedding_models() if m.provider in configured]
    col_tokens = [_column_tokens(c, contract.mode) for c in columns]
    arb_in = sum(ARBITER_BASE_TOKENS + t for t in col_tokens)
    arb_out = ARBITER_OUTPUT_TOKENS * len(columns)
    domains = StageCost(stage="DOMAINS", calls=len(columns), tokens_in=arb_in + sum(col_tokens), tokens_out=arb_out,
                        note="upper bound: every column borderline; the embedding pass once per column")
    for m in chat:
        domains.usd_by_model[m.tag] = round(m.usd(arb_in, arb_out), 6)
    emb_usd = max((m.usd(sum(col_tokens), 0) for m in emb), default=0.0)
    domains.usd_by_model = {k: round(v + emb_usd, 6) for k, v in domains.usd_by_model.items()}
    zero = "deterministic in this release (rules and the Transform DSL): no model call"
    stages = [StageCost(stage="INGEST", note="local inference of types and masking: no model call"), domains,
              *(StageCost(stage=s, note=zero) for s in ("MAPPING", "ANALYSIS", "MIGRATION"))]
    budgets = {s.stage: b.usd for s in stages if (b := contract.budget(s.stage)) is not None}
    return CostEstimate(run_id=contract.run_id, stages=stages, budgets_usd=budgets)
