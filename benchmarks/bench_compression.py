"""Compressed sources: the catalog of the same CSV read plain, and gzip'd, bzip2'd, xz'd, zstd'd (decompressed as read).

Usage: ``python benchmarks/bench_compression.py [--rows 300000]``

Writes one generated 6-column CSV (ids, names, dates, amounts, e-mails, a category) in each form to a temporary
folder, builds each file's catalog (``FileSource.introspect``, with statistics: the line check and the statistics
pass both read the file, so a compressed file is decompressed twice) and prints wall time, rows/s, compressed size
and the ratio of each form's time to the plain file's, all measured in the same run. Also the header-row decision
time on the head (``sniff_text`` + ``detect_header``), which every delimited file pays once when it is opened.
"""

from __future__ import annotations

import argparse
import bz2
import gzip
import lzma
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import zstandard  # noqa: E402

from adapters.sources import FileSource  # noqa: E402
from core.ingest.header_row import _shape, cell_class, detect_header  # noqa: E402
from core.ingest.sniff import sniff_text  # noqa: E402

FORMS = {"plain": ("", lambda b: b), "gzip": (".gz", lambda b: gzip.compress(b, 6)),
         "bzip2": (".bz2", lambda b: bz2.compress(b, 9)), "xz": (".xz", lambda b: lzma.compress(b, preset=6)),
         "zstd": (".zst", lambda b: zstandard.ZstdCompressor(level=3).compress(b))}


def _text(rows: int) -> bytes:
    rnd = random.Random(7)
    names = ["Ana", "Luis", "Marta", "Kofi", "Aiko", "Olga", "Ravi", "Zoe"]
    lines = ["id,name,birth_date,amount,email,segment"]
    for i in range(rows):
        n = rnd.choice(names)
        lines.append(f"{i},{n},{rnd.randrange(1940, 2005)}-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d},"
                     f"{rnd.random() * 1e4:.2f},{n.lower()}{i}@mail.test,{rnd.choice('ABCD')}")
    return ("\n".join(lines) + "\n").encode()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=300_000)
    args = ap.parse_args()
    data = _text(args.rows)
    folder = Path(tempfile.mkdtemp(prefix="bench_compression_"))
    times: dict[str, float] = {}
    warm = folder / "warm.csv"  # first-use costs (the domain catalog the header words come from) out of the figures
    warm.write_bytes(data[:20_000].rsplit(b"\n", 1)[0] + b"\n")
    FileSource(warm).introspect(with_stats=True)
    print(f"{args.rows} rows, {len(data) / 1e6:.1f} MB of text")
    for form, (suffix, compress) in FORMS.items():
        path = folder / form / f"t.csv{suffix}"
        path.parent.mkdir()
        path.write_bytes(compress(data))
        t0 = time.perf_counter()
        (schema,) = FileSource(path).introspect(with_stats=True)
        times[form] = wall = time.perf_counter() - t0
        assert schema.row_estimate == args.rows
        print(f"{form:<6} {path.stat().st_size / 1e6:7.1f} MB  catalog {wall:6.2f} s  {args.rows / wall:>10,.0f} rows/s"
              f"  {wall / times['plain']:5.2f}x plain")
    plain = folder / "plain" / "t.csv"
    d = sniff_text(plain)
    t0 = time.perf_counter()
    for _ in range(20):
        cell_class.cache_clear()  # each file's values are new to it
        _shape.cache_clear()
        detect_header(d.header, d.sample)
    print(f"header-row decision on the head ({len(d.sample)} records): "
          f"{(time.perf_counter() - t0) / 20 * 1000:.1f} ms per file")


if __name__ == "__main__":
    main()
