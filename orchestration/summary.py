"""The end-of-run summary a person reads (the example, ``run advance``)."""

from __future__ import annotations

from pathlib import Path

from adapters.metadata_store import MetadataStore
from core.supervisor import NextStep


def print_summary(store: MetadataStore, run_id: str, step: NextStep, *, log_path: Path | None = None) -> None:
    """Print each stage's decision and figures, the migration result and what to do next."""
    print(step)
    for stage, summary in store.decision_summary(run_id).stages.items():
        print(f"  {stage:<10} last decision {summary.last_decision.value:<7} ({summary.last_action})")
