"""Mapping benchmark: 100-column source -> 100-column target (metadata_only and data_mode with a
1,000-row sample), and a 50-column source against a 700-column target with example values.

The 100x100 case runs the stage entry point end to end (``run_mapping``: target intake and
domains, in data_mode the in-memory sample, matching, proposals, validation, masked examples,
artifact and ledger writes to in-memory stores; the source catalog and domain assignments are
built first, as the earlier stages would). The wide case runs ``rank_columns`` (load both sides,
domains, matching). Prints wall time per step, and the ratio to a baseline measured in the same
run: reading the source file with Polars. Targets: 100x100 < 1 s metadata_only, < 2 s data_mode.
CPU seconds of the process are printed beside wall time: on a shared machine wall time includes
waiting for a core.

    python benchmarks/bench_mapping.py [--quick]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import polars as pl
import yaml

from adapters.sources import open_source
from core.contract import contract_template
from core.domains.arbiter import rules_arbiter_for
from core.domains.exact_index import ExactVectorIndex
from core.domains.stage import assign_domains
from core.ingest.stage import build_catalog, build_sample_pack
from core.inmemory import MemoryArtifacts, MemoryLedger
from core.mapping.match import match_columns, rank_columns
from core.mapping.ports import MappingPorts
from core.mapping.side import MatchColumn, with_cells
from core.mapping.stage import run_mapping
from core.policy import load_policy_engine
from core.thresholds import load_threshold_profile
from core.vocab.catalog_loader import load_domain_catalog

R = random.Random(7)
# (source header, target header, target type, domain, value generator)
KINDS: list[tuple[str, str, str, str, Callable[[int], str]]] = [
    ("E-mail", "email", "string", "contact.email", lambda i: f"user{i}@example.com"),
    ("Telefon", "phone", "string", "contact.phone", lambda i: f"+49 30 {R.randint(1000000, 9999999)}"),
    ("Kunde seit", "signup_date", "date", "datetime.date",
     lambda i: f"{R.randint(1, 28):02d}.{R.randint(1, 12):02d}.20{R.randint(10, 24)}"),
    ("Umsatz", "revenue", "decimal", "money.amount",
     lambda i: f"{R.randint(1, 9)},{R.randint(100, 999)}.{R.randint(10, 99)}"),
    ("Land", "country_code", "string", "iso.country_alpha2", lambda i: R.choice(["DE", "de", "AT", "CH", " FR"])),
    ("Kundennr", "customer_no", "int", "id.customer_id", lambda i: str(100000 + i)),
    ("Stadt", "city", "string", "address.city", lambda i: R.choice(["Berlin", "Wien", "Zürich", "Köln"])),
    ("PLZ", "postal_code", "string", "address.postal_code", lambda i: f"{R.randint(10000, 99999)}"),
    ("Menge", "quantity", "int", "qty.count", lambda i: str(R.randint(1, 50))),
    ("Bemerkung", "notes", "string", "text.notes", lambda i: R.choice(["ok", "late", "n/a", "call back"])),
]


def write_pair(folder: Path, width: int, rows: int, target_width: int | None = None,
               examples: int = 0) -> tuple[Path, Path]:
    """A source CSV of ``width`` columns and a target YAML of ``target_width`` columns."""
    target_width = target_width or width
    cols = {f"{KINDS[i % len(KINDS)][0]} {i // len(KINDS) + 1}": KINDS[i % len(KINDS)][4] for i in range(width)}
    pl.DataFrame({c: [g(r) for r in range(rows)] for c, g in cols.items()}).write_csv(folder / "source.csv")
    tcols = []
    for i in range(target_width):
        _, name, typ, dom, _ = KINDS[i % len(KINDS)]
        tcols.append({"name": f"{name}_{i // len(KINDS) + 1}", "type": typ, "domain": dom})
    doc: dict[str, object] = {"table": "bench_target", "columns": tcols}
    if examples:
        doc["examples"] = [{c["name"]: KINDS[i % len(KINDS)][4](r) for i, c in enumerate(tcols)}
                           for r in range(examples)]
    (folder / "target.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return folder / "source.csv", folder / "target.yaml"


def stage_run(src: Path, tgt: Path, mode: str) -> dict[str, float]:
    """Build the source catalog and domains (earlier stages), then time ``run_mapping``."""
    pol, led, arts = load_policy_engine(), MemoryLedger(), MemoryArtifacts()
    dc, prof = load_domain_catalog(), load_threshold_profile("tp_default_v1")
    c = contract_template(lhs_location=str(src), rhs_location=str(tgt), mode=mode, role="Operator",
                          request_key=f"bench:{mode}:{src}")
    source = open_source(c.lhs)
    cat, _ = build_catalog(c, source, policy=pol, ledger=led, artifacts=arts)
    packs = None
    if mode == "data_mode":
        from adapters.pii import PresidioMasker

        packs, _ = build_sample_pack(c, cat, source, policy=pol, ledger=led, artifacts=arts, masker=PresidioMasker())
    assign_domains(c, cat, packs, policy=pol, ledger=led, artifacts=arts, domain_catalog=dc,
                   index=ExactVectorIndex(), arbiter=rules_arbiter_for(dc), profile=prof)
    ports = MappingPorts(policy=pol, ledger=led, artifacts=arts, profile=prof, domain_catalog=dc,
                         open_source=open_source, masker=None, index=ExactVectorIndex())
    t0, c0 = time.perf_counter(), time.process_time()
    out = run_mapping(c, ports, use_memory=False)
    total, cpu = time.perf_counter() - t0, time.process_time() - c0
    s = out.output("mapping_plan").figures
    print(f"    decisions: accept {s['accept']} hold {s['hold']} fix {s['fix']}")
    return {**out.extra["timings"], "wall_s": total, "cpu_s": cpu}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="smaller wide case (50 x 200)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        (d / "a").mkdir()
        src, tgt = write_pair(d / "a", 100, 1000)
        t0 = time.perf_counter()
        pl.read_csv(src)
        base = time.perf_counter() - t0
        print(f"baseline: polars read of the 100x1000 source {base * 1000:.1f} ms")
        for mode, target in (("metadata_only", 1.0), ("data_mode", 2.0)):
            stage_run(src, tgt, mode)  # warm-up (imports, catalog caches)
            t = stage_run(src, tgt, mode)
            steps = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in t.items())
            ok = "OK" if t["wall_s"] < target else "OVER TARGET"
            print(f"100x100 {mode}: {t['wall_s']:.3f} s (target < {target:.0f} s, {ok}); x{t['wall_s'] / base:.0f} "
                  f"baseline; {steps}")
        (d / "w").mkdir()
        width = 200 if args.quick else 700
        wsrc, wtgt = write_pair(d / "w", 50, 200, target_width=width, examples=20)
        for mode in ("metadata_only", "data_mode"):
            rank_columns(str(wsrc), str(wtgt), mode=mode, opener=open_source)
            t0, c0 = time.perf_counter(), time.process_time()
            rep = rank_columns(str(wsrc), str(wtgt), mode=mode, opener=open_source)
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
            steps = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in rep.timings.items())
            print(f"50x{width} with example values, {mode}: {wall:.3f} s (CPU {cpu:.3f} s); {steps}")
    bench_value_composes(200 if args.quick else 700)
    bench_joined_categories(40 if args.quick else 100)
    bench_number_decomposes(40 if args.quick else 100, 40 if args.quick else 100)
    return 0


def bench_joined_categories(width: int, rows: int = 1000) -> None:
    """Many categorical columns whose target rows are source records (joined on a key): the relation judging's
    cost, against the same tables with target keys no source row holds (no join: the cost without it)."""
    rnd = random.Random(1)

    def side(prefix: str, keys: list[str], table: str) -> list[MatchColumn]:
        cols = {"id": keys} | {f"{prefix}{j}": [f"{prefix}v{rnd.randrange(40)}" for _ in keys] for j in range(width)}
        out = [MatchColumn(table=table, name=k, original_name=k, logical_type="string", values=v, sampled=True)
               for k, v in cols.items()]
        with_cells(out, [{k: v[r] for k, v in cols.items()} for r in range(len(keys))])
        return out

    src = side("s", [f"K{i}" for i in range(rows)], "s")
    figures = {}
    for name, keys in (("unjoined", [f"X{i}" for i in range(rows)]), ("joined", [f"K{i}" for i in range(rows)])):
        dst = side("t", keys, "t")
        c0 = time.process_time()
        match_columns(src, dst, None, mode="data_mode")
        figures[name] = time.process_time() - c0
    print(f"{width}x{width} categorical, {rows} rows: joined {figures['joined']:.2f} s CPU, unjoined "
          f"{figures['unjoined']:.2f} s (x{figures['joined'] / figures['unjoined']:.2f})")


_WORDS = ["Ana", "Tom", "Silva", "Brown", "Lee", "Park", "Kim", "Mary", "Nguyen", "Garcia", "Rua", "Nova", "Porto",
          "Lisboa", "Green", "Tea", "Oat", "Milk", "Blue", "Harbor"]


def _scan_per_column(src: list[MatchColumn], dst: list[MatchColumn]) -> int:
    """The earlier value_composes loop (every column's vocabulary per example): the baseline of the same run."""
    from core.mapping.value_composes import _spans, _vocab

    vocabs = {j: _vocab(s.values or []) for j, s in enumerate(src)}
    held = 0
    for d in dst:
        ex = [" ".join(v.split()) for v in d.values or []]
        spans = [_spans(e) for e in ex]
        whole = {e.casefold() for e in ex}
        for voc in vocabs.values():
            if not whole & voc:
                held += sum(bool(sp & voc) for sp in spans) >= len(ex) / 2
    return held


def bench_value_composes(sources: int, targets: int = 100, examples: int = 50) -> None:
    """value_composes with multi-word examples (``targets`` x ``sources`` x ``examples``) against the per-column
    scan it replaced, in one run."""
    from core.mapping.value_composes import value_composes

    rnd = random.Random(3)

    def words(k: int) -> str:
        return " ".join(rnd.choice(_WORDS) + str(rnd.randint(0, 30)) for _ in range(k))

    src = [MatchColumn(table="s", name=f"s{j}", original_name=f"s{j}", logical_type="string",
                       values=[words(rnd.randint(1, 2)) for _ in range(1000)]) for j in range(sources)]
    dst = [MatchColumn(table="t", name=f"t{i}", original_name=f"t{i}", logical_type="string",
                       values=[words(3) for _ in range(examples)]) for i in range(targets)]
    c0 = time.process_time()
    _scan_per_column(src, dst)
    base = time.process_time() - c0
    c0 = time.process_time()
    value_composes(src, dst)
    cpu = time.process_time() - c0
    print(f"value_composes {targets} targets x {sources} sources x {examples} multi-word examples: CPU {cpu:.3f} s; "
          f"per-column scan (baseline) {base:.3f} s; ratio {cpu / base:.2f}")


def _number_fits_per_pair(src: list[MatchColumn], dst: list[MatchColumn]) -> int:
    """The earlier number_decomposes loop (every position's quantiles, median, unique values and a distinct x
    examples matrix per target): the baseline of the same run."""
    import math

    import numpy as np

    from core.mapping import number_parts as npt

    def fit(ex: np.ndarray, nums: np.ndarray) -> float:
        lo, hi = np.quantile(nums, 0.02), np.quantile(nums, 0.98)
        pad = 0.1 * (hi - lo) + 1e-9
        inside = float(np.mean((ex >= lo - pad) & (ex <= hi + pad)))
        m_e, m_p = float(np.median(np.abs(ex))), float(np.median(np.abs(nums)))
        mag = max(0.0, 1.0 - abs(math.log1p(m_e) - math.log1p(m_p)) / math.log(npt.MAG_RATIO))
        distinct = np.unique(nums)
        near = np.abs(distinct[None, :] - ex[:, None]) <= 0.01 * np.maximum(np.abs(ex[:, None]), 1e-9)
        return min(1.0, inside * mag + npt.EXACT_WEIGHT * float(near.any(axis=1).mean()) * mag)

    targets = [ex for d in dst if (ex := npt.target_numbers(d)) is not None]
    found = 0
    for c in src:
        got = npt.numbers_in(c.values or [])
        if got is None:
            continue
        for ex in targets:
            fits = [fit(ex, nums) for k in npt.POSITIONS if (nums := npt._at(got[0], k)).size >= 3]
            found += bool(fits) and max(fits) >= npt.FIT_MIN
    return found


def bench_number_decomposes(sources: int, targets: int, values: int = 500, examples: int = 20) -> None:
    """number_decomposes on ``sources`` text columns of several numbers (``123/456 x 12.34 5678``, review F5 of
    h14-decomp) x ``targets`` int targets, against the per-pair statistics it replaced, in one run."""
    import numpy as np

    from core.mapping.number_batch import number_decomposes

    rnd = random.Random(5)
    src = [MatchColumn(table="s", name=f"s{j}", original_name=f"s{j}", logical_type="string",
                       values=[f"{rnd.randint(1, 999)}/{rnd.randint(1, 999)} x {rnd.uniform(1, 99):.2f} "
                               f"{rnd.randint(1000, 9999)}" for _ in range(values)]) for j in range(sources)]
    dst = [MatchColumn(table="t", name=f"t{i}", original_name=f"t{i}", logical_type="int",
                       values=[str(rnd.randint(1, 999)) for _ in range(examples)]) for i in range(targets)]
    c0 = time.process_time()
    _number_fits_per_pair(src, dst)
    base = time.process_time() - c0
    c0 = time.process_time()
    number_decomposes(src, dst, np.zeros((targets, sources)))
    cpu = time.process_time() - c0
    print(f"number_decomposes {sources} sources x {targets} targets ({values} values, {examples} examples): "
          f"CPU {cpu:.3f} s; per-pair statistics (baseline) {base:.3f} s; ratio {cpu / base:.2f}")


if __name__ == "__main__":
    raise SystemExit(main())
