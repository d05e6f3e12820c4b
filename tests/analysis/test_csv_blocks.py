"""The pull-based CSV reader: blocks end on record boundaries (quoted line breaks and doubled quotes
included), every row exactly once, the ingest scan's names and types, bounded by the block size."""

from __future__ import annotations

import random
from pathlib import Path

import polars as pl
import pytest

from core.ingest.files import open_table
from orchestration.analysis.csv_blocks import prefetched, record_blocks, stream_csv


def _awkward(path: Path, n: int) -> pl.DataFrame:
    rnd = random.Random(7)
    notes = ['plain', 'a "quoted" word', 'two\nlines', 'comma, inside', '', 'ends with quote ""', 'x\n\ny']
    frame = pl.DataFrame({"ID": list(range(n)), "Note": [rnd.choice(notes) for _ in range(n)],
                          "Amount": [round(rnd.random() * 100, 2) for _ in range(n)]})
    frame.write_csv(path)
    return frame


@pytest.mark.parametrize("block", [7, 64, 1000, 1 << 20])
def test_blocks_end_on_record_boundaries_whatever_their_size(tmp_path: Path, block: int) -> None:
    path = tmp_path / "awkward.csv"
    expected = _awkward(path, 600)
    blocks = list(record_blocks(path, block))
    assert b"".join(blocks) == path.read_bytes().split(b"\n", 1)[1]
    parsed = pl.concat([pl.read_csv(b, has_header=False, new_columns=["ID", "Note", "Amount"]) for b in blocks])
    assert parsed["ID"].to_list() == expected["ID"].to_list()
    assert parsed["Note"].fill_null("").to_list() == expected["Note"].to_list()


def test_stream_has_the_ingest_scan_names_and_types_and_every_row_once(tmp_path: Path) -> None:
    path = tmp_path / "awkward.csv"
    _awkward(path, 3000)
    t = open_table(path, "awkward", validate=False)
    seen: list[pl.DataFrame] = []
    stream_csv(t, 100, seen.append)
    frame = pl.concat(seen)
    assert len(seen) > 10 and frame.schema == t.scan().collect_schema()
    assert frame.equals(t.scan().collect())


def test_a_reader_error_reaches_the_consumer_and_an_early_stop_ends_the_reader() -> None:
    def broken():  # type: ignore[no-untyped-def]
        yield b"a"
        raise OSError("disk went away")

    with pytest.raises(OSError, match="disk went away"):
        list(prefetched(broken()))
    gen = prefetched(iter([b"x"] * 100))
    assert next(gen) == b"x"
    gen.close()  # the worker stops instead of blocking on a full slot
