"""Dagster concurrency pools of the Migration stage: one pool per migration target (§14).

Every step that writes chunks into a target claims a slot of that target's pool, so however many
Dagster runs (backfills, resumes, several mapping runs) are in flight, at most ``limit`` chunk steps
write into one database at once. The pool is named for the target without its credentials:
``mapwright_target_<backend>_<12 hex of SHA-256 over the URL with user and password removed>``
(DuckDB/SQLite: over the file's real path), so two code locations pointing at the same database share
one pool and the name reveals neither host nor user.

A pool on an asset is part of its definition (Dagster reads ``pool=`` when it builds the execution
plan; run tags do not reach a step), so the pool is computed when the code location loads, from the
target the location serves: ``MAPWRIGHT_TARGET_URL`` (the ``target`` resource reads the same setting),
else the embedded DuckDB file. Limits are instance configuration, not code: ``concurrency: pools:
default_limit`` in ``dagster.yaml`` for every target, ``dagster instance concurrency set <pool> <n>``
for one (see README, "Concurrency"). Lanes stay run-level limits (``concurrency: runs:
tag_concurrency_limits`` on the ``mapwright/lane`` tag), since a lane is a property of a run.
"""

from __future__ import annotations

import hashlib
import os

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from core.settings import get_settings

POOL_PREFIX = "mapwright_target_"


def target_pool(url: str) -> str:
    """The pool of the target at ``url`` (credentials never enter the name or its hash)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return f"{POOL_PREFIX}other_{hashlib.sha256(url.encode()).hexdigest()[:12]}"
    backend = parsed.get_backend_name()
    database = parsed.database or ""
    if backend in ("duckdb", "sqlite") and database and database != ":memory:":
        database = os.path.realpath(database)
    identity = "|".join([backend, (parsed.host or "").lower(), str(parsed.port or ""), database])
    return f"{POOL_PREFIX}{backend}_{hashlib.sha256(identity.encode()).hexdigest()[:12]}"


def configured_target_url() -> str:
    """The target this code location serves, as configured (``${ENV}`` references are not expanded)."""
    settings = get_settings()  # the same default as orchestration.migration.wiring.target_url, no mkdir here
    return settings.target_url or f"duckdb:///{settings.home / 'target.duckdb'}"


def migration_pool() -> str:
    """The pool of the configured target (what the chunk steps of ``migration_chunks`` claim)."""
    return target_pool(configured_target_url())
