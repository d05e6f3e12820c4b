"""Provider-layer benchmark: router overhead per call (cache hit / miss) and throughput under
concurrency, against the local fake wire server on 127.0.0.1.

Baseline = the litellm provider called directly (no router). Figures:
* cache miss: router.infer with ``fresh=True`` (gate, policy, budget, send, cache write, ledger)
  minus the baseline -> router overhead per miss;
* cache hit: router.infer answered from the in-process cache (target < 1 ms);
* structured task hit: run_task (render prompt + validate output) answered from cache;
* throughput: unique prompts from N threads, calls/s vs 1 thread.

    python benchmarks/bench_providers.py            # default sizes
    python benchmarks/bench_providers.py --quick    # smoke run
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("MAPWRIGHT_CONFORMANCE_KEY", "sk-bench")

from adapters.cache import MemoryCache  # noqa: E402
from adapters.llm import build_providers  # noqa: E402
from adapters.llm.conformance import conformance_registry, sample_classify_request  # noqa: E402
from adapters.llm.fake_wire_server import FakeWireServer  # noqa: E402
from core.contract import StageBudget  # noqa: E402
from core.ids import new_ulid  # noqa: E402
from core.inmemory import MemoryLedger as _Ledger  # noqa: E402
from core.policy.engine import load_policy_engine  # noqa: E402
from core.providers import (  # noqa: E402
    CallContext,
    InferenceParams,
    InferenceRequest,
    Message,
    ProviderCall,
    Router,
    RouterConfig,
)


def _time(fn: Callable[[int], object], n: int) -> list[float]:
    out = []
    for i in range(n):
        t = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - t) * 1000)
    return out


def _fmt(ms: list[float]) -> str:
    s = sorted(ms)
    return f"median {statistics.median(s):7.3f} ms  p95 {s[int(len(s) * 0.95) - 1]:7.3f} ms"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--calls", type=int, default=300, help="calls per measurement")
    ap.add_argument("--threads", type=int, default=8)
    ap.add_argument("--quick", action="store_true", help="smoke run (50 calls, 4 threads)")
    args = ap.parse_args()
    n, threads = (50, 4) if args.quick else (args.calls, args.threads)

    with FakeWireServer() as srv:
        reg = conformance_registry(srv)
        providers = build_providers(reg)
        ledger = _Ledger()
        cfg = RouterConfig(rules_only=False, lane_call_timeout_s={"interactive": 5, "flex": 5, "batch": 5})
        router = Router(reg, load_policy_engine(), ledger, MemoryCache(max_entries=100_000), providers, cfg)
        ctx = CallContext(run_id=new_ulid(), stage="domains",
                          budget=StageBudget(tokens=10**9, usd=10**6, wall_time_s=3600))
        pin = "openai:openai-m"

        def req(i: int, fresh: bool = False) -> InferenceRequest:
            return InferenceRequest(messages=[Message(role="user", content=f"bench prompt {i}")], pin=pin, fresh=fresh,
                                    params=InferenceParams(max_tokens=16))

        direct = providers["openai"]
        warm = ProviderCall(provider="openai", model="openai-m", messages=[Message(role="user", content="warm")],
                            params=InferenceParams(max_tokens=16), timeout_s=5)
        for _ in range(5):  # warm litellm imports and connections
            direct.infer(warm)
            router.infer(req(-1, fresh=True), ctx=ctx)

        base = _time(lambda i: direct.infer(warm.model_copy(update={"messages": [Message(role="user",
                                                                                         content=f"d {i}")]})), n)
        miss = _time(lambda i: router.infer(req(i, fresh=True), ctx=ctx), n)
        hit = _time(lambda i: router.infer(req(i % 50), ctx=ctx), n)
        task_req = sample_classify_request()
        router.run_task("classify_column", task_req, ctx=ctx, pin=pin)
        task_hit = _time(lambda i: router.run_task("classify_column", task_req, ctx=ctx, pin=pin), n)

        def burst(k: int) -> float:
            start = time.perf_counter()
            with ThreadPoolExecutor(max_workers=k) as ex:
                list(ex.map(lambda i: router.infer(req(10**6 + k * 10**5 + i, fresh=True), ctx=ctx), range(n)))
            return n / (time.perf_counter() - start)

        seq, par = burst(1), burst(threads)

    overhead = statistics.median(miss) - statistics.median(base)
    print(f"provider benchmark ({n} calls each, fake OpenAI wire on 127.0.0.1)")
    print(f"  baseline direct litellm call : {_fmt(base)}")
    print(f"  router cache miss (fresh)    : {_fmt(miss)}   overhead vs baseline {overhead:+.3f} ms")
    print(f"  router cache hit             : {_fmt(hit)}   target < 1 ms: "
          f"{'PASS' if statistics.median(hit) < 1.0 else 'FAIL'}")
    print(f"  run_task cache hit           : {_fmt(task_hit)}")
    print(f"  hit/miss ratio               : {statistics.median(hit) / statistics.median(miss):.3f}")
    print(f"  throughput 1 thread          : {seq:8.1f} calls/s")
    print(f"  throughput {threads} threads         : {par:8.1f} calls/s  ({par / seq:.2f}x)")
    print(f"  ledger events written        : {len(ledger.items)}")


if __name__ == "__main__":
    main()
