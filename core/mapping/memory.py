"""Remembered mappings: accepted decisions reused by a later run of the same source/target shape.

The memory of one (source shape, target shape) pair is an artifact (kind ``mapping_plan``)
under a pseudo run id derived from both schema hashes, so it is versioned and append-only like
every artifact; ``forget`` writes a new version without the column.
"""

from __future__ import annotations

from typing import Any

from core.artifacts import ArtifactKind, ArtifactStorePort
from core.hashing import content_hash
from core.mapping.plan import MappingPlan


def memory_key(source_shape: Any, target_schema_hash: str) -> str:
    """Pseudo run id (26 chars, like a ULID) of a source/target shape pair."""
    return "M" + content_hash([source_shape, target_schema_hash])[:25]


def recall(store: ArtifactStorePort, key: str) -> dict[str, dict[str, Any]]:
    """Remembered columns (target -> {sources, kind, pipeline, run_id})."""
    art = store.latest(key, ArtifactKind.MAPPING_PLAN)
    return dict(art.payload.get("columns", {})) if art else {}


def remember(store: ArtifactStorePort, key: str, plan: MappingPlan) -> int:
    """Add the plan's accepted columns (with a pipeline) to the memory; returns how many."""
    cols = recall(store, key)
    for c in plan.columns:
        if c.decision == "accept" and c.pipeline and not c.provenance.startswith("remembered"):
            cols[c.target] = {"sources": c.sources, "kind": c.kind, "pipeline": c.pipeline, "run_id": plan.run_id,
                              "provenance": c.provenance}
    store.put(ArtifactKind.MAPPING_PLAN, key, {"memory": True, "columns": cols})
    return len(cols)


def forget(store: ArtifactStorePort, key: str, target: str | None = None) -> int:
    """Forget one target column (or all); returns how many remain."""
    cols = recall(store, key)
    cols = {} if target is None else {k: v for k, v in cols.items() if k != target}
    store.put(ArtifactKind.MAPPING_PLAN, key, {"memory": True, "columns": cols})
    return len(cols)
