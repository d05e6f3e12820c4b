"""Issue 10, defect 5: malformed files are a correct read or a specific typed error, never a wrapped crash.

Each case here was refused through the catch-all (``catalog.build failed: <Type>``) or misread
before the fix.
"""

from __future__ import annotations

import codecs
import gzip
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from adapters.pii import PresidioMasker
from adapters.sources import FileSource, open_source
from core.catalog import Catalog
from core.contract import RunContract
from core.errors import MapwrightError
from core.ingest import build_catalog
from core.ingest.errors import (
    CorruptCompression,
    InvalidEncoding,
    NoDataRows,
    SourceFileError,
    UnexpectedSourceError,
)
from core.ingest.stage import build_sample_pack
from core.policy import PolicyEngine

from .conftest import MemoryArtifacts, MemoryLedger

MakeContract = Callable[..., RunContract]
Catalogue = Callable[..., Catalog]


@pytest.fixture
def catalogue(make_contract: MakeContract, policy: PolicyEngine) -> Catalogue:
    """Build the catalog of one file; a failure must be a typed SourceFileError that stored nothing."""

    def run(path: Path, **kw: object) -> Catalog:
        c = make_contract(path, **kw)
        arts = MemoryArtifacts()
        try:
            return build_catalog(c, open_source(c.lhs), policy=policy, ledger=MemoryLedger(), artifacts=arts)[0]
        except MapwrightError:
            assert arts.items == []
            raise
    return run


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_lone_cr_line_endings_are_read(tmp_path: Path, catalogue: Catalogue) -> None:
    cat = catalogue(_write(tmp_path, "mac.csv", b"id,name\r1,ann\r2,bob\r3,cy\r"))
    (t,) = cat.tables
    assert [c.name for c in t.columns] == ["id", "name"] and t.row_estimate == 3
    assert t.column("id").logical_type == "int"


@pytest.mark.parametrize("sep", ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\r"])
def test_python_only_line_breaks_inside_a_header_are_part_of_the_name(
        tmp_path: Path, catalogue: Catalogue, sep: str) -> None:
    cat = catalogue(_write(tmp_path, "odd.csv", f"first{sep}name,age\nann,3\nbob,4\n".encode()))
    (t,) = cat.tables
    assert len(t.columns) == 2 and t.row_estimate == 2
    assert t.columns[0].original_name == f"first{sep}name" and t.columns[1].name == "age"


def test_unit_separator_in_data_is_read(tmp_path: Path, catalogue: Catalogue) -> None:
    cat = catalogue(_write(tmp_path, "us.csv", b"a,b\n1\x1f,2\n3,4\n"))
    assert cat.tables[0].row_estimate == 2


def test_header_wider_than_the_sniff_window(tmp_path: Path, catalogue: Catalogue) -> None:
    n = 20_000
    header = ",".join(f"column_number_{i}" for i in range(n))
    assert len(header) > 64 * 1024
    rows = "\n".join(",".join(str(r * n + i) for i in range(n)) for r in range(2))
    cat = catalogue(_write(tmp_path, "wide.csv", (header + "\n" + rows + "\n").encode()))
    (t,) = cat.tables
    assert len(t.columns) == n and t.row_estimate == 2
    assert t.columns[-1].original_name == f"column_number_{n - 1}"


def test_every_one_byte_file_is_a_read_or_a_typed_error(tmp_path: Path, catalogue: Catalogue) -> None:
    for b in range(256):
        p = _write(tmp_path, f"one_{b}.csv", bytes([b]))
        try:
            catalogue(p)
        except UnexpectedSourceError as exc:
            pytest.fail(f"byte {b:#04x}: {exc}")
        except SourceFileError as exc:
            assert p.name in exc.message and exc.fix
    with pytest.raises(InvalidEncoding) as info:
        catalogue(_write(tmp_path, "lead.csv", b"\xc3"))
    assert info.value.byte_offset == 0 and "offset 0" in info.value.message


@pytest.mark.parametrize("bom", [codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE])
def test_utf32_bom_over_an_ascii_body(tmp_path: Path, catalogue: Catalogue, bom: bytes) -> None:
    with pytest.raises(InvalidEncoding) as info:
        catalogue(_write(tmp_path, "u32.csv", bom + b"id,name\n1,ann\n"))
    err = info.value
    assert err.byte_offset == 4 and "UTF-32" in err.message and "u32.csv" in err.message
    assert "byte-order mark" in err.fix


@pytest.mark.parametrize("codec", ["utf-32", "utf-16"])
def test_real_utf32_and_utf16_files_are_read(tmp_path: Path, catalogue: Catalogue, codec: str) -> None:
    cat = catalogue(_write(tmp_path, "wide_enc.csv", "id,name\n1,Zoë\n2,Ann\n".encode(codec)))
    assert cat.tables[0].row_estimate == 2 and [c.name for c in cat.tables[0].columns] == ["id", "name"]


@pytest.mark.parametrize("cut", [0.5, 0.01])
def test_truncated_gzip(tmp_path: Path, catalogue: Catalogue, cut: float) -> None:
    rnd = random.Random(7)
    body = b"a,b\n" + b"".join(b"%d,%d\n" % (rnd.getrandbits(40), i) for i in range(150_000))
    blob = gzip.compress(body)
    with pytest.raises(CorruptCompression) as info:
        catalogue(_write(tmp_path, "t.csv.gz", blob[: int(len(blob) * cut)]))
    err = info.value
    assert "t.csv.gz" in err.message and err.reason == "truncated_gzip" and err.byte_offset is not None
    assert "EOFError" not in err.message


@pytest.mark.parametrize("seed", [-1, 2**64, 2**70, -(2**80)])
def test_seed_outside_the_hash_range_samples(tmp_path: Path, make_contract: MakeContract, policy: PolicyEngine,
                                             masker: PresidioMasker, seed: int) -> None:
    p = _write(tmp_path, "s.csv", b"id,v\n" + b"".join(b"%d,%d\n" % (i, i * 7) for i in range(50)))
    c = make_contract(p, seed=seed)
    src = open_source(c.lhs)
    cat, _ = build_catalog(c, src, policy=policy, ledger=MemoryLedger(), artifacts=MemoryArtifacts())
    packs, _ = build_sample_pack(c, cat, src, policy=policy, ledger=MemoryLedger(), artifacts=MemoryArtifacts(),
                                 masker=masker)
    assert packs[0].row_count > 0 and packs[0].seed == seed


@pytest.mark.parametrize("body", [b"a,b\n", b"a,b\n\n\n", b"a,b\r\n\r\n", b"a,b\n,\n\n"])
def test_blank_records_are_not_data_rows(tmp_path: Path, catalogue: Catalogue, body: bytes) -> None:
    with pytest.raises(NoDataRows):
        catalogue(_write(tmp_path, "blank.csv", body))


def test_blank_lines_between_rows_are_skipped(tmp_path: Path, catalogue: Catalogue) -> None:
    cat = catalogue(_write(tmp_path, "gaps.csv", b"a,b\n1,2\n\n3,4\n\n\n"))
    assert cat.tables[0].row_estimate == 2 and cat.tables[0].column("a").stats.null_count == 0


def test_unknown_encoding_override_is_a_typed_error(tmp_path: Path) -> None:
    p = _write(tmp_path, "e.csv", b"a,b\n1,2\n")
    with pytest.raises(SourceFileError, match="unknown encoding") as info, FileSource(p, encoding="no-such") as src:
        src.introspect(with_stats=False)
    assert info.value.file == str(p)
