"""Operator commands: ``mapwright cost estimate RUN_ID`` and ``mapwright health`` (§21, §38)."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from typing import Any

import click

from core.artifacts import ArtifactKind
from core.errors import DeterministicFailure
from core.settings import get_settings

#: exit code of ``health`` when a component is down
EXIT_DOWN = 3


def _check(name: str, fn: Callable[[], tuple[str, str]]) -> dict[str, Any]:
    t0 = time.perf_counter()
    try:
        status, detail = fn()
    except Exception as exc:  # noqa: BLE001 - a probe reports any failure as "down" with its reason
        status, detail = "down", f"{type(exc).__name__}: {str(exc)[:200]}"
    return {"component": name, "status": status, "detail": detail, "ms": round((time.perf_counter() - t0) * 1000, 1)}


def health_report(state: Any) -> list[dict[str, Any]]:
    """Probe the metadata store, cache, vector index, providers and the Dagster run queue."""

    def store() -> tuple[str, str]:
        s = state.store()
        runs = s.list_runs(limit=1)
        return "ok", f"{s.url if hasattr(s, 'url') else 'metadata store'} reachable; {len(runs)} run(s) sampled"

    def cache() -> tuple[str, str]:
        from adapters.cache import make_cache

        url = get_settings().cache_url or None
        c = make_cache(url)
        key = f"health:{os.getpid()}:{time.time_ns()}"
        if not c.set(key, b"1", ttl_s=30):
            return "down", f"{url or 'in-process cache'}: write refused"
        ok = c.get(key) == b"1"
        c.delete(key)
        where = "redis" if url else "in-process"
        return ("ok" if ok else "down"), f"{where} cache read-back {'ok' if ok else 'failed'}"

    def vector() -> tuple[str, str]:
        backend = get_settings().vector_backend
        if backend != "pgvector":
            import hnswlib  # noqa: F401 - the embedded index must import

            return "ok", "hnswlib (embedded, in-process)"
        from sqlalchemy import create_engine, text

        url = get_settings().vector_url or ""
        if not url:
            return "down", "MAPWRIGHT_VECTOR_BACKEND=pgvector but MAPWRIGHT_VECTOR_URL is unset"
        eng = create_engine(url)
        try:
            with eng.connect() as conn:
                ext = conn.execute(text("select extversion from pg_extension where extname = 'vector'")).scalar()
        finally:
            eng.dispose()
        return ("ok", f"pgvector {ext}") if ext else ("down", "the vector extension is not installed")

    def providers() -> tuple[str, str]:
        from adapters.llm import build_router

        health = build_router(None, policy=state.policy(), ledger=None).probe_health()
        up = sorted(p for p, ok in health.items() if ok)
        down = sorted(p for p, ok in health.items() if not ok)
        # Down only when no provider can answer; an unconfigured or unreachable one is degraded.
        status = "down" if not up else ("degraded" if down else "ok")
        return status, f"healthy: {', '.join(up) or 'none'}; unavailable: {', '.join(down) or 'none'}"

    def queue() -> tuple[str, str]:
        import dagster as dg

        from orchestration.example import ensure_dagster_home

        ensure_dagster_home()
        with dg.DagsterInstance.get() as inst:
            queued = inst.get_runs_count(dg.RunsFilter(statuses=[dg.DagsterRunStatus.QUEUED]))
            started = inst.get_runs_count(dg.RunsFilter(statuses=[dg.DagsterRunStatus.STARTED]))
        return "ok", f"run queue depth {queued}; in progress {started}"

    return [_check(n, f) for n, f in (("metadata_store", store), ("cache", cache), ("vector_index", vector),
                                      ("providers", providers), ("dagster_run_queue", queue))]


def register(cli: click.Group) -> None:
    """Attach ``cost`` and ``health`` to the root group."""

    @cli.group()
    def cost() -> None:
        """Cost estimates (before anything is sent)."""

    @cost.command("estimate")
    @click.argument("run_id")
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_obj
    def cost_estimate(state: Any, run_id: str, as_json: bool) -> None:
        """Tokens and USD per stage for RUN_ID, from its catalog and the provider registry's prices."""
        from core.cost import estimate_cost
        from core.providers.registry import load_registry

        store = state.store()
        record = store.require_run(run_id.upper())
        cat = store.latest(record.run_id, ArtifactKind.CATALOG)
        if cat is None:
            raise DeterministicFailure(f"run {record.run_id} has no catalog yet: the estimate is sized by it; "
                                       "materialize Ingest first (mapwright run advance)", run_id=record.run_id)
        reg = load_registry()
        est = estimate_cost(record.contract, cat.payload, reg, {n for n, p in reg.providers.items() if p.configured()})
        if as_json:
            click.echo(json.dumps({**est.model_dump(mode="json"), "usd_max": est.usd_max, "tokens": est.tokens},
                                  indent=2, sort_keys=True))
            return
        click.echo(f"run {est.run_id}: at most {est.tokens} tokens, {est.usd_max:.6f} USD (before sending)")
        for s in est.stages:
            cap = est.budgets_usd.get(s.stage)
            click.echo(f"  {s.stage:<10} calls {s.calls:>4}  tokens in {s.tokens_in:>7} out {s.tokens_out:>6}  "
                       f"usd <= {s.usd_max:.6f}" + (f" (cap {cap})" if cap is not None else "") + f"  {s.note}")

    @cli.command("health")
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_obj
    def health(state: Any, as_json: bool) -> None:
        """Metadata store, cache, vector index, providers, Dagster run queue; exit 3 when one is down."""
        report = health_report(state)
        if as_json:
            click.echo(json.dumps(report, indent=2, sort_keys=True))
        else:
            for r in report:
                click.echo(f"  {r['component']:<18} {r['status']:<9} {r['detail']}  ({r['ms']} ms)")
        if any(r["status"] == "down" for r in report):
            click.get_current_context().exit(EXIT_DOWN)
