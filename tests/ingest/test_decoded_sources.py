"""Differential: a file read through its decoding (gzip'd, latin-1, cp1252, UTF-16, lone CR, BOM) parses exactly as
the same table written as plain UTF-8 (read by Polars straight from the file): catalog (types, statistics, key,
fallbacks), whole frame, sample, the bounded batches of Analysis and Migration, in order — over awkward content
(quoted line breaks, doubled quotes, embedded delimiters, blank lines and all-empty records, a trailing delimiter,
a type that breaks after the inference window, a column empty in the head), with tiny decoding chunks and parse
blocks too (multi-byte characters and records cut by every boundary)."""

from __future__ import annotations

import bz2
import codecs
import csv
import gzip
import io
import lzma
import random
from pathlib import Path

import polars as pl
import pytest
import zstandard

import core.ingest.streamscan as streamscan
import core.ingest.textstream as textstream
from adapters.sources import FileSource
from core.contract import SampleCaps
from core.ingest.errors import InvalidEncoding, RaggedRows
from core.ingest.files import INFER_ROWS, open_table
from core.ingest.sampling import choose_plan
from core.ingest.table_batches import table_batches
from core.migration.source_batches import batches, source_rows
from core.migration.table_source import FileTableSource

ROWS = INFER_ROWS + 1_500
_NOTES = ["plain", 'a "quoted" word', "two\nlines", "comma, inside", "semi; colon", "", "ends with quote \"",
          "x\n\ny", "café crème", "Grüße aus München", "naïve façade", "¿qué?"]
_CP1252_ONLY = ["€ 5", "“smart” quotes", "dash – here"]


def _rows(n: int, *, cp1252: bool, seed: int = 3) -> tuple[list[str], list[list[str]]]:
    rnd = random.Random(seed)
    notes = _NOTES + (_CP1252_ONLY if cp1252 else [])
    header = ["ID", "Note", "Amount", "Code", "Late", "When", ""]  # the last: a trailing delimiter on every line
    out: list[list[str]] = []
    for i in range(n):
        if i in (17, 4_000, n - 3):
            out.append([""] * len(header))  # an all-empty record: not a row
            continue
        code = str(rnd.randrange(1000)) if i < INFER_ROWS + 700 else rnd.choice(["12", "A-7", "99"])  # breaks late
        late = "" if i < INFER_ROWS + 200 else f"late {i}"  # empty through the inference window
        out.append([str(i), rnd.choice(notes), f"{rnd.random() * 1000:.2f}", code, late,
                    f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", ""])
    return header, out


def _csv_text(header: list[str], rows: list[list[str]], *, newline: str = "\n", delimiter: str = ",") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=newline, quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for i, r in enumerate(rows):
        if newline == "\r":  # a lone-CR file holds its quoted line breaks as CR too (read back as LF)
            r = [v.replace("\n", "\r") for v in r]
        w.writerow(r)
        if i in (5, 900):
            buf.write(newline)  # blank lines
    return "\n" + buf.getvalue() if newline == "\n" else buf.getvalue()  # a blank line before the header


#: form -> (file name, bytes from the UTF-8 LF text, encoding to give or None to sniff, needs cp1252 text)
FORMS = {
    "gzip": ("t.csv.gz", lambda s: gzip.compress(s.encode()), None),
    "gzip_bom": ("t.csv.gz", lambda s: gzip.compress(codecs.BOM_UTF8 + s.encode()), None),
    "bzip2": ("t.csv.bz2", lambda s: bz2.compress(s.encode()), None),
    "xz": ("t.csv.xz", lambda s: lzma.compress(s.encode()), None),
    "zstd_cp1252": ("t.csv.zst", lambda s: zstandard.ZstdCompressor().compress(s.encode("cp1252")), None),
    "latin1": ("t.csv", lambda s: s.encode("latin-1"), "latin-1"),
    "cp1252": ("t.csv", lambda s: s.encode("cp1252"), "cp1252"),
    "cp1252_sniffed_gzip": ("t.csv.gz", lambda s: gzip.compress(s.encode("cp1252")), None),
    "utf16": ("t.csv", lambda s: s.encode("utf-16"), None),
    "utf16_gzip": ("t.csv.gz", lambda s: gzip.compress(s.encode("utf-16")), None),
    "crlf_cp1252": ("t.csv", lambda s: s.replace("\n", "\r\n").encode("cp1252"), "cp1252"),
}


def _catalog(src: FileSource) -> tuple[list[dict], int | None, list[dict]]:
    (t,) = src.introspect(with_stats=True)
    return [c.model_dump() for c in t.columns], t.row_estimate, t.standardization


def _read_all(path: Path, encoding: str | None) -> dict[str, object]:
    """Everything the stages read of the file, through their own entry points."""
    with FileSource(path, encoding=encoding) as src:
        cols, rows, steps = _catalog(src)
        (schema,) = src.introspect(with_stats=True)
        plan = choose_plan(schema, SampleCaps(rows_max=500, bytes_max=1 << 22), seed=11)
        sample = src.sample(schema.name, plan)
        frame = src.frame(schema.name)
        table = src.table(schema.name)
        analysis = pl.concat(list(table_batches(table, 700, stage="ANALYSIS")))
        reader = FileTableSource(table, schema)
        migration = pl.concat(list(batches(reader, [c.name for c in schema.columns], 900)))
        return {"columns": cols, "rows": rows, "steps": steps, "sample": sample, "frame": frame,
                "analysis": analysis, "migration": migration, "count": source_rows(reader),
                "head": table.scan().head(50).collect()}


def _assert_same(got: dict[str, object], ref: dict[str, object]) -> None:
    assert got["columns"] == ref["columns"]
    assert (got["rows"], got["count"], got["steps"]) == (ref["rows"], ref["count"], ref["steps"])
    for key in ("frame", "sample", "analysis", "migration", "head"):
        a, b = got[key], ref[key]
        assert isinstance(a, pl.DataFrame) and isinstance(b, pl.DataFrame)
        assert a.schema == b.schema, key
        assert a.equals(b), key


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[bool, dict[str, object]]:
    out = {}
    for cp1252 in (False, True):
        path = tmp_path_factory.mktemp(f"plain{cp1252}") / "t.csv"
        path.write_text(_csv_text(*_rows(ROWS, cp1252=cp1252)), encoding="utf-8")
        out[cp1252] = _read_all(path, None)
    return out


def test_the_reference_covers_the_awkward_cases(reference: dict[bool, dict[str, object]]) -> None:
    ref = reference[True]
    frame = ref["frame"]
    assert isinstance(frame, pl.DataFrame)
    assert frame.height == ROWS - 3  # blank lines and all-empty records are not rows
    assert frame.schema["code"] == pl.String and frame.schema["late"] == pl.String and frame.schema["id"] == pl.Int64
    assert any(s["op"] == "dtype_fallback" and s["column"] == "code" for s in ref["steps"])  # type: ignore[attr-defined]
    notes = set(frame["note"].drop_nulls())
    assert {"two\nlines", 'a "quoted" word', "comma, inside", "€ 5"} <= notes


@pytest.mark.parametrize("form", sorted(FORMS))
def test_decoded_forms_read_exactly_as_the_plain_file(form: str, tmp_path: Path,
                                                      reference: dict[bool, dict[str, object]]) -> None:
    name, encode, encoding = FORMS[form]
    cp1252 = "cp1252" in form or "utf16" in form
    path = tmp_path / name
    text = _csv_text(*_rows(ROWS, cp1252=cp1252))
    path.write_bytes(encode(text))
    assert open_table(path, "t", encoding=encoding, validate=False).text is not None  # read through its decoding
    ref = reference[cp1252]
    if form.startswith("crlf"):  # CRLF inside quoted values too: the plain file to compare with is CRLF UTF-8
        plain = tmp_path / "plain.csv"
        plain.write_bytes(text.replace("\n", "\r\n").encode())
        ref = _read_all(plain, None)
    _assert_same(_read_all(path, encoding), ref)


@pytest.mark.parametrize("form", ["utf16_gzip", "cp1252", "lone_cr"])
def test_tiny_chunks_and_blocks_cut_characters_and_records_anywhere(form: str, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    header, rows = _rows(2_500, cp1252=form != "lone_cr", seed=5)
    plain = tmp_path / "plain.csv"
    plain.write_text(_csv_text(header, rows), encoding="utf-8")
    ref = _read_all(plain, None)
    monkeypatch.setattr(textstream, "CHUNK", 997)  # decoding chunks cut multi-byte characters and CRLFs
    monkeypatch.setattr(streamscan, "_MAX_BLOCK", 1_499)  # parse blocks cut inside quoted records
    monkeypatch.setattr(streamscan, "_MIN_BLOCK", 1)
    if form == "lone_cr":
        path = tmp_path / "t.csv"
        path.write_text(_csv_text(header, rows, newline="\r"), encoding="utf-8", newline="")
        encoding = None
    else:
        name, encode, encoding = FORMS[form]
        path = tmp_path / name
        path.write_bytes(encode(_csv_text(header, rows)))
    _assert_same(_read_all(path, encoding), ref)


def test_ragged_rows_and_bad_bytes_are_reported_at_the_same_place(tmp_path: Path) -> None:
    text = "a,b\n1,x\n\"q\nq\",y\n2\n3,z\n"
    plain, gz = tmp_path / "p.csv", tmp_path / "g.csv.gz"
    plain.write_text(text)
    gz.write_bytes(gzip.compress(text.encode()))
    with pytest.raises(RaggedRows) as want:
        open_table(plain, "p")
    with pytest.raises(RaggedRows) as got:
        open_table(gz, "g")
    where = (got.value.line, got.value.details["bad_lines"])
    assert where == (want.value.line, want.value.details["bad_lines"]) == (5, 1)
    data = b"a,b\n" + b"1,\xc3\xa9\n" * 2000 + b"2,\xff\n"  # UTF-8 (by its multi-byte characters) with a bad byte
    (tmp_path / "bad.csv").write_bytes(data)
    (tmp_path / "bad.csv.gz").write_bytes(gzip.compress(data))
    offsets = []
    for name in ("bad.csv", "bad.csv.gz"):
        with pytest.raises(InvalidEncoding) as err:
            open_table(tmp_path / name, "bad")
        offsets.append(err.value.byte_offset)
    assert offsets == [4 + 5 * 2000 + 2] * 2


def test_a_stopped_read_stops_decoding_and_the_stream_is_forward_only(tmp_path: Path) -> None:
    path = tmp_path / "big.csv.gz"
    path.write_bytes(gzip.compress(("id,v\n" + "".join(f"{i},é{i}\n" for i in range(300_000))).encode()))
    t = open_table(path, "big", validate=False)
    assert t.scan().head(5).collect()["v"].to_list() == [f"é{i}" for i in range(5)]
    with t.open_text() as fh:
        assert not fh.seekable() and fh.read(5) == b"id,v\n"
    assert t.text_bytes() == len(gzip.decompress(path.read_bytes()))


def test_a_compression_the_reader_does_not_know_is_not_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "t.csv.lz4"
    path.write_bytes(b"\x04\x22\x4d\x18" + bz2.compress(b"a,b\n1,2\n"))
    with pytest.raises(Exception, match="unsupported file type"):
        FileSource(path).introspect(with_stats=False)


def _decoding_peak(path: Path, mb: int) -> int:
    """tracemalloc's peak while the line check and the record blocks decode an ``mb`` MB text gzip'd at ``path``."""
    import tracemalloc

    from isal import igzip

    line = "12345,Zoë Doe,\"a, b\",2024-01-31,\"two\nlines\",9.5\n".encode()
    body = line * ((mb << 20) // len(line))
    path.write_bytes(igzip.compress(b"id,name,note,day,text,score\n" + body, compresslevel=1))
    del body
    t = open_table(path, "big", validate=False)
    assert t.text is not None
    tracemalloc.start()
    try:
        flagged, size = streamscan.count_short_lines(t.text, ",", 5)
        with t.open_text() as fh:
            blocks = sum(1 for _ in streamscan.stream_blocks(fh, 1 << 22))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert size > (mb << 20) - (1 << 10) and flagged > 0 and blocks >= mb // 4  # a quoted line break's first line
    return peak


def test_decoding_memory_does_not_follow_the_file(tmp_path: Path) -> None:
    """A 32 MB and a 128 MB decoded text (gzip'd small) go through the line check and the record blocks with the
    same Python buffers, a few chunks (tracemalloc sees every bytes and str object the decoding makes)."""
    small = _decoding_peak(tmp_path / "small.csv.gz", 32)
    large = _decoding_peak(tmp_path / "large.csv.gz", 128)
    assert large < 64 << 20 and large < small * 1.25, f"decoding held {small / 2**20:.0f} -> {large / 2**20:.0f} MB"
