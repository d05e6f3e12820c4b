"""What planning one run needs: :class:`PlanInputs` (values are raw and in memory only)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from core.errors import DSLReject
from core.mapping import strategies as st
from core.mapping.arith_strategy import Shown
from core.mapping.provider import ProviderAdvisor, Recorder
from core.mapping.side import MatchColumn
from core.mapping.value_privacy import ClearColumns
from core.pii.ports import PiiMasker
from core.vocab.models import DomainCatalog


@dataclass
class PlanInputs:
    """Everything planning one run needs (values are raw and in memory only)."""

    mode: str
    dialect: str
    accept_rate_min: float
    near_window: float
    domain_catalog: DomainCatalog | None
    sources: dict[str, MatchColumn]
    rows: list[dict[str, Any]] = field(default_factory=list)
    examples: dict[str, list[tuple[list[str | None], str | None]]] = field(default_factory=dict)
    expected: dict[str, dict[int, Any]] = field(default_factory=dict)
    masker: PiiMasker | None = None
    on_reject: Callable[[str, st.Proposal, DSLReject], None] | None = None
    #: sample columns converted to a logical type, shared by the proposals that read them
    columns: dict[tuple[str, str], list[Any]] = field(default_factory=dict)
    #: a model's second opinion on unsure columns (None: rules only) and where its failures go
    advisor: ProviderAdvisor | None = None
    record: Recorder | None = None
    target_examples: dict[str, list[str]] = field(default_factory=dict)
    #: the source is a SQL table (the migration may then run the plan in the target: ELT); a file source
    #: always migrates through Polars, so its columns need no SQL (:mod:`core.mapping.sql_choice`)
    source_is_sql: bool = True
    #: per target column, the arithmetic relations its example rows show (:mod:`core.mapping.arith_strategy`)
    relations: dict[str, list[Shown]] = field(default_factory=dict)
    #: the masker's per-column decisions for proposals that carry values (:mod:`core.mapping.value_privacy`);
    #: made on first use
    clear: ClearColumns | None = None
    #: per target column, why a proposal carrying values was not stored (no values)
    withheld: dict[str, list[str]] = field(default_factory=dict)
