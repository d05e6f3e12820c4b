"""Seeded generator of malformed and edge-case source files for the ingest fuzz suite.

``cases(seed, n)`` yields ``n`` (file name, bytes) pairs, the same ones for the same seed. A case
starts from a small table (random width, header names with odd characters, typed and text values,
quoted delimiters and line breaks), serializes it with a random delimiter, line ending and
encoding, then applies up to three byte-level mutations (truncation, random or NUL bytes,
Python-only line breaks, BOMs over the wrong body, ragged rows, blank lines, huge fields) and puts it
in a container (.csv/.tsv/.txt, gzip — possibly truncated or corrupted — or Parquet).
"""

from __future__ import annotations

import codecs
import gzip
import io
import random
from collections.abc import Callable, Iterator

import polars as pl

NAMES = ["id", "Name", "e-mail", "Amount (€)", "", "id", "date", "x\u2028y", "a\x0bb", "c\x0cd", "n\x85m",
         "tab\there", "semi;colon", "pipe|name", "quote\"d", "ünïcödé", "日本", "  spaced  ", "a\rb", "\x1cfs",
         "col", "value", "nul\x00l", "\ufeffbom", "UPPER", "with,comma"]
LINE_BREAKS = ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\r"]
DELIMS = [",", ";", "\t", "|"]
ENDINGS = ["\n", "\r\n", "\r"]


def _value(rnd: random.Random) -> str:
    k = rnd.randrange(12)
    if k == 0:
        return ""
    if k <= 3:
        return str(rnd.randint(-10**6, 10**6))
    if k == 4:
        return f"{rnd.uniform(-1e6, 1e6):.3f}"
    if k == 5:
        return f"20{rnd.randint(10, 29)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
    if k == 6:
        return rnd.choice(["true", "false", "NA", "null", "-", "1e309", "NaN", "inf"])
    if k == 7:
        return "".join(rnd.choice("abc ,;\t|\"'\n\r") for _ in range(rnd.randint(1, 12)))
    if k == 8:
        return rnd.choice(LINE_BREAKS).join(["x", "y"])
    if k == 9:
        return str(rnd.getrandbits(80))
    return "".join(rnd.choice("abcdefghij ÄéØ") for _ in range(rnd.randint(1, 20)))


def _cell(v: str, delim: str, rnd: random.Random) -> str:
    needs = any(c in v for c in (delim, '"', "\n", "\r"))
    if needs and rnd.random() < 0.9:
        return '"' + v.replace('"', '""') + '"'
    return v


def _table(rnd: random.Random) -> tuple[list[str], list[list[str]]]:
    ncols = rnd.choice([1, 1, 2, 3, 4, 5, 8, 12]) if rnd.random() < 0.95 else rnd.randint(100, 600)
    header = [rnd.choice(NAMES) if rnd.random() < 0.7 else f"c{i}" for i in range(ncols)]
    nrows = rnd.choice([0, 1, 2, 3, 5, 10, 30])
    return header, [[_value(rnd) for _ in range(ncols)] for _ in range(nrows)]


def _text(rnd: random.Random, header: list[str], rows: list[list[str]]) -> tuple[str, str]:
    delim = rnd.choice(DELIMS)
    ending = rnd.choice(ENDINGS)
    lines = [delim.join(_cell(h, delim, rnd) for h in header)]
    for r in rows:
        cells = [_cell(v, delim, rnd) for v in r]
        if rnd.random() < 0.05 and cells:
            cells = cells[:-1] if rnd.random() < 0.5 else [*cells, "extra"]  # ragged
        lines.append(delim.join(cells))
    if rnd.random() < 0.1:
        lines += [""] * rnd.randint(1, 3)  # trailing blank lines
    if rnd.random() < 0.05:
        lines = [""] * rnd.randint(1, 2) + lines  # leading blank lines
    end = ending if rnd.random() < 0.9 else ""
    if rnd.random() < 0.1:  # mixed endings
        return "".join(ln + rnd.choice(ENDINGS) for ln in lines), ".csv"
    return ending.join(lines) + end, rnd.choice([".csv", ".csv", ".tsv", ".txt"])


def _encode(rnd: random.Random, text: str) -> bytes:
    k = rnd.randrange(10)
    if k <= 4:
        return text.encode("utf-8", "surrogatepass")
    if k == 5:
        return codecs.BOM_UTF8 + text.encode("utf-8")
    if k == 6:
        return text.encode(rnd.choice(["utf-16", "utf-32", "utf-16-le"]))
    if k == 7:
        return text.encode(rnd.choice(["latin-1", "cp1252"]), "replace")
    bom = rnd.choice([codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
    return bom + text.encode("utf-8")  # a BOM over the wrong body


def _mutate(rnd: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    ops: list[Callable[[], None]] = []

    def truncate() -> None:
        del b[rnd.randint(0, len(b)):]

    def insert_random() -> None:
        for _ in range(rnd.randint(1, 4)):
            b.insert(rnd.randint(0, len(b)), rnd.randrange(256))

    def insert_nul() -> None:
        b.insert(rnd.randint(0, len(b)), 0)

    def insert_break() -> None:
        b[rnd.randint(0, len(b)):rnd.randint(0, len(b))] = rnd.choice(LINE_BREAKS).encode()

    def flip() -> None:
        if b:
            i = rnd.randrange(len(b))
            b[i] ^= 1 << rnd.randrange(8)

    def huge_field() -> None:
        b[rnd.randint(0, len(b)):rnd.randint(0, len(b))] = b"z" * rnd.choice([70_000, 140_000])

    def quote() -> None:
        b.insert(rnd.randint(0, len(b)), ord('"'))

    ops = [truncate, insert_random, insert_nul, insert_break, flip, huge_field, quote]
    for _ in range(rnd.choice([0, 0, 1, 1, 2, 3])):
        rnd.choice(ops)()
    return bytes(b)


def _special(rnd: random.Random) -> tuple[str, bytes]:
    """Edge inputs that a table-based generator would rarely produce."""
    k = rnd.randrange(6)
    if k == 0:
        return ".csv", bytes([rnd.randrange(256)])
    if k == 1:
        return ".csv", b""
    if k == 2:
        return ".csv", rnd.randbytes(rnd.randint(1, 2000))
    if k == 3:
        # now and then a header wider than the 64 KiB sniff window (slow-ish), else a merely wide one
        n = rnd.randint(3000, 9000) if rnd.random() < 0.1 else rnd.randint(50, 400)
        return ".csv", (",".join(f"wide_column_{i}" for i in range(n)) + "\n" + ",".join("1" * n) + "\n").encode()
    if k == 4:
        return ".csv", rnd.choice([b"a,b\n", b"a,b\n\n\n", b"a\n", b"\n\n", b"a,b\r\r\r", b",\n,\n", b'"', b'a,"b\n'])
    return ".csv", rnd.choice(LINE_BREAKS).encode().join([b"a,b", b"1,2", b"3,4"])


def _parquet(rnd: random.Random, header: list[str], rows: list[list[str]]) -> bytes:
    names = [f"c{i}" for i in range(len(header))]
    df = pl.DataFrame([pl.Series(n, [r[i] for r in rows], dtype=pl.String) for i, n in enumerate(names)])
    buf = io.BytesIO()
    df.write_parquet(buf)
    data = buf.getvalue()
    k = rnd.randrange(4)
    if k == 0:
        return data
    if k == 1:
        return data[: rnd.randint(0, len(data))]
    if k == 2:
        return _mutate(rnd, data)
    return b"PAR1" + rnd.randbytes(rnd.randint(0, 200))


def case(rnd: random.Random) -> tuple[str, bytes]:
    """One (suffix, bytes) case."""
    if rnd.random() < 0.12:
        return _special(rnd)
    header, rows = _table(rnd)
    if rnd.random() < 0.06:
        return ".parquet", _parquet(rnd, header, rows)
    text, suffix = _text(rnd, header, rows)
    data = _mutate(rnd, _encode(rnd, text))
    if rnd.random() < 0.1:
        z = gzip.compress(data)
        cut = rnd.random()
        if cut < 0.4:
            z = z[: int(len(z) * rnd.random())]
        elif cut < 0.6:
            z = _mutate(rnd, z)
        return suffix + ".gz", z
    return suffix, data


def cases(seed: int, n: int) -> Iterator[tuple[str, bytes]]:
    """``n`` cases, the same for the same ``seed``; names are unique per case."""
    rnd = random.Random(seed)
    for i in range(n):
        suffix, data = case(rnd)
        yield f"f{seed}_{i}{suffix}", data
