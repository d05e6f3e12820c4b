"""bzip2, xz and zstd sources: read as a stream like gzip (the differential over every reader is in
``test_decoded_sources.py``); a cut or corrupt stream is a typed error naming the format and how to check it."""

from __future__ import annotations

import bz2
import gzip
import lzma
from collections.abc import Callable
from pathlib import Path

import pytest
import zstandard

from adapters.sources import FileSource
from core.ingest.compression import compression_of, open_binary
from core.ingest.errors import CorruptCompression
from core.ingest.files import open_table

TEXT = ("id,city\n" + "".join(f"{i},Zürich {i}\n" for i in range(20_000))).encode()
#: suffix -> (compressor, compression name)
KINDS: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    ".gz": (gzip.compress, "gzip"), ".bz2": (bz2.compress, "bzip2"), ".xz": (lzma.compress, "xz"),
    ".zst": (lambda b: zstandard.ZstdCompressor().compress(b), "zstd"),
}


@pytest.mark.parametrize("suffix", sorted(KINDS))
def test_each_compression_reads_as_the_plain_text(suffix: str, tmp_path: Path) -> None:
    compress, name = KINDS[suffix]
    path = tmp_path / f"t.csv{suffix}"
    path.write_bytes(compress(TEXT))
    assert compression_of(path) == name
    with open_binary(path) as fh:
        assert fh.read() == TEXT
    (schema,) = FileSource(path).introspect(with_stats=True)
    assert schema.format["compression"] == name and schema.row_estimate == 20_000
    assert [c.name for c in schema.columns] == ["id", "city"]


def test_concatenated_zstd_frames_are_one_stream(tmp_path: Path) -> None:
    path = tmp_path / "t.csv.zst"
    z = zstandard.ZstdCompressor()
    half = TEXT.index(b"\n", len(TEXT) // 2) + 1
    path.write_bytes(z.compress(TEXT[:half]) + z.compress(TEXT[half:]))
    with open_binary(path) as fh:
        assert fh.read() == TEXT


@pytest.mark.parametrize("suffix", sorted(KINDS))
def test_a_cut_stream_is_a_truncated_file(suffix: str, tmp_path: Path) -> None:
    compress, name = KINDS[suffix]
    data = compress(TEXT)
    path = tmp_path / f"t.csv{suffix}"
    path.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(CorruptCompression) as err:
        open_table(path, "t")
    assert err.value.details["reason"] == f"truncated_{name}"
    assert name in err.value.message and f"{name} -t" in str(err.value.details.get("fix"))


@pytest.mark.parametrize("suffix", sorted(KINDS))
def test_garbage_is_a_corrupt_stream(suffix: str, tmp_path: Path) -> None:
    name = KINDS[suffix][1]
    path = tmp_path / f"t.csv{suffix}"
    path.write_bytes(b"this is not compressed at all\n" * 50)
    with pytest.raises(CorruptCompression) as err:
        FileSource(path).introspect(with_stats=False)
    assert err.value.details["reason"] == f"corrupt_{name}"
