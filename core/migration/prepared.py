"""The source of one migration, transformed, checked and partitioned into chunks on disk (bounded memory).

The source (a Polars ``LazyFrame`` scan, streamed in batches, or a ``DataFrame``, sliced) is read
once: each batch goes through the plan's pipelines and the row-local checks, its rows get their
chunk id (key hash modulo the chunk count) and are appended to per-chunk Arrow IPC spill files,
each sealed at rest (AES-256-GCM, :mod:`core.migration.sealed`: no value is on disk in clear).
Memory holds one source batch while preparing and at most two chunks while loading (the next one
is prepared while the current one is written), whatever the file size. Source values are spilled
only for rows that failed a check (for their quarantine previews); duplicate keys are flagged per
chunk (every copy of a key lands in the same chunk) and their source rows fetched by position.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import NoReturn

import polars as pl

from core.migration.chunks import (
    CHUNK_COL,
    PAIR_A,
    assign_chunks,
    checksum,
    checksum_of_hashes,
    chunk_count,
    combine_checksums,
)
from core.migration.constraints import REASONS, flag_duplicates, validate_rows
from core.migration.errors import SourceChangedDuringRead, SpillDamaged
from core.migration.models import MigrationSpec
from core.migration.pg_hash import SERVER_HASH
from core.migration.sealed import random_key, read_sealed, write_sealed
from core.migration.source_batches import SourceData, batches, lazy, source_rows
from core.migration.source_id import UNKNOWN, source_fingerprint
from core.migration.spill_manifest import (
    SpillFile,
    SpillManifest,
    chunk_files,
    kept_manifest,
    same_build,
    set_aside,
)
from core.migration.thin import ThinChunk, load_chunk, recheck, with_unchanged, write_parts
from dsl.compile_polars import apply_pipeline

#: source rows transformed per batch while preparing (bounds the memory of the pass)
READ_ROWS = 200_000
#: position of a row in the source (to fetch the source values of a duplicated key for its quarantine preview)
ROW_COL = "_mw_row"
#: spill folders are ``<tmp>/mw_chunks_<pid>_<random>``
SPILL_PREFIX = "mw_chunks_"

Transform = Callable[[pl.DataFrame, MigrationSpec], pl.DataFrame]


CONFORM = {"string": pl.String(), "int": pl.Int64(), "float": pl.Float64(), "decimal": pl.Float64(),
           "bool": pl.Boolean()}


def conform_inputs(inputs: pl.DataFrame, types: dict[str, str]) -> pl.DataFrame:
    """Source columns converted to the logical types the plan's pipelines declare for them.

    The full source may type a column differently from the sample the plan was made on (a value
    after the inference window falls back to text); conversion is non-strict, so a value that
    does not convert becomes null and is caught by the row checks (TRANSFORM_NULL), never dropped.
    """
    casts = []
    for name, kind in types.items():
        want = CONFORM.get(kind)
        if name in inputs.columns and want is not None and inputs.schema[name] != want:
            casts.append(pl.col(name).cast(want, strict=False))
    return inputs.with_columns(casts) if casts else inputs


def plan_transform(inputs: pl.DataFrame, spec: MigrationSpec) -> pl.DataFrame:
    """Every target column computed by its pipeline (one lazy plan, one collect); unfilled columns null."""
    parts: list[pl.LazyFrame] = []
    inputs = conform_inputs(inputs, spec.input_types)
    for cp in spec.pipelines:
        types = {c: spec.input_types[c] for c in cp.pipeline.inputs if c in spec.input_types}
        lf = apply_pipeline(inputs.select(cp.pipeline.inputs), cp.pipeline, types or None)
        parts.append(lf.select([pl.col(o).alias(t) for o, t in cp.outputs.items()]))
    out = pl.concat(parts, how="horizontal").collect() if parts else pl.DataFrame(
        {"__empty": [None] * inputs.height})
    filled = set(out.columns)
    missing = [pl.lit(None, dtype=pl.String).alias(c.name) for c in spec.columns if c.name not in filled]
    return out.with_columns(missing).select([c.name for c in spec.columns])


def _sweep_orphans(folder: Path | None = None) -> None:
    """Remove spill folders left by processes that no longer exist (a kill -9 skips the cleanup)."""
    for path in Path(folder or tempfile.gettempdir()).glob(f"{SPILL_PREFIX}*_*"):
        pid = path.name.removeprefix(SPILL_PREFIX).split("_", 1)[0]
        if not pid.isdecimal():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(path, ignore_errors=True)
        except PermissionError:  # alive, another user's
            continue


Source = SourceData | Callable[[], SourceData]
#: receives each checked batch (with ``_mw_chunk``) during the pass (core.migration.stream.StreamSink)
Sink = Callable[[pl.DataFrame], None]
#: the manifest of a finished spill (its presence marks the spill complete)
MANIFEST = "manifest.json"


def spill_folder(spec: MigrationSpec, spill_dir: Path) -> Path:
    """The persistent spill of a run's source under ``spill_dir``: one per run and spec (plan, columns and
    their checks, key, chunk size), so a changed plan (a fix before a quarantine release) never reuses it."""
    digest = hashlib.sha256(spec.model_dump_json().encode()).hexdigest()[:20]
    return spill_dir / f"{spec.run_id}_{digest}"


class Prepared:
    """The transformed, validated and chunked source of one migration, spilled per chunk to disk.

    Without ``spill_dir`` the spill is a temporary folder removed by :meth:`close`. With it, the
    spill is kept under ``spill_dir`` (written to a temporary name, renamed when complete) and a
    later ``Prepared`` of the same run and plan -- another Dagster step, the promotion, a resume
    after a kill -- reuses it without reading the source again; :meth:`discard` removes it once the
    run is promoted. ``source`` may be a callable: it is called only when the source must be read.
    ``resumed`` (a kept spill) tells, when the spill is built, whether the run has finished chunks already: such a
    spill is marked :attr:`reload_finished` (the source may have changed since those chunks were staged).
    :attr:`source_id` is the snapshot the spill was read from (:mod:`core.migration.source_id`; ``source_id``: the
    fingerprint the caller took of ``source`` just before, else it is taken here); the pass raises
    :class:`~core.migration.errors.SourceChangedDuringRead` when the source changed while it read it.
    """

    def __init__(self, spec: MigrationSpec, source: Source, *, transform: Transform | None = None,
                 read_rows: int | None = None, spill_dir: Path | None = None, key: bytes | None = None,
                 sink: Sink | None = None, known: Callable[[], pl.DataFrame] | None = None,
                 resumed: Callable[[], bool] | None = None, source_id: str | None = None,
                 whole: frozenset[int] = frozenset()) -> None:
        if spill_dir is not None and key is None:
            raise ValueError("a kept spill needs its key (core.migration.sealed.spill_key)")
        self.spec = spec
        self._sink = sink
        #: True when this object's own pass handed every checked batch to ``sink`` (not a reused spill)
        self.streamed = False
        #: a temporary spill of a streamed pass is thin (:mod:`core.migration.thin`): read it with :meth:`thin_chunk`
        self.thin = sink is not None and spill_dir is None
        #: thin, and the target checksums the staged rows itself: the spill holds each valid row's server hash
        #: (:mod:`core.migration.pg_hash`) and the checksum validation compares with the server's sums
        self.server_checksum = self.thin and bool(getattr(sink, "server_hash", False))
        self._fn: Transform = transform or plan_transform
        #: merge into an existing table: its rows' hashes, read at the start of a thin pass (module unchanged)
        self._known = known if self.thin else None
        #: chunks an earlier pass finished with every valid row staged (their checkpoints count no unchanged
        #: rows): none of their rows counts as unchanged here, so the expected checksum covers what staging holds
        self._whole = whole
        #: the final table's version marker when its hashes were read (set by the caller that read them)
        self.final_marker: str | None = None
        self._key = key or random_key()
        self._source_fn = source if callable(source) else (lambda: source)
        self._raw: SourceData | None = None
        self._frame: pl.DataFrame | pl.LazyFrame | None = None
        self._checksums: dict[int, str] = {}
        self._loaded: dict[int, tuple[str, str]] = {}
        self._keep = spill_dir is not None
        #: every sealed file of the spill with its rows, size and SHA-256 (:mod:`core.migration.spill_manifest`)
        self._files: dict[str, SpillFile] = {}
        #: what was wrong with the kept spill found here, set aside and prepared again from the source (else None)
        self.rebuilt: str | None = None
        #: the kept spill was built after chunks of the run were finished: every chunk is staged again against it
        #: (:func:`core.migration.engine.run_chunks`; a chunk whose content did not change is not written again)
        self.reload_finished = False
        self._resumed = resumed
        #: every chunk was staged again against this spill in this process (set by run_chunks)
        self.reloaded = False
        self.spill_id = os.urandom(8).hex()
        #: the source snapshot this spill was read from ("" unknown; module core.migration.source_id)
        self.source_id = UNKNOWN
        self._given_source_id = source_id
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        if spill_dir is None:
            _sweep_orphans()
            self._tmp = tempfile.TemporaryDirectory(prefix=f"{SPILL_PREFIX}{os.getpid()}_")
            self._dir = Path(self._tmp.name)
            self._spill(self._dir, transform or plan_transform, read_rows or READ_ROWS)
            return
        spill_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._dir = spill_folder(spec, spill_dir)
        meta, self.rebuilt = kept_manifest(self._dir, MANIFEST)  # a damaged spill is set aside: prepared again
        if meta is None:
            _sweep_orphans(spill_dir)
            work = Path(tempfile.mkdtemp(prefix=f"{SPILL_PREFIX}{os.getpid()}_", dir=spill_dir))
            try:
                self._spill(work, transform or plan_transform, read_rows or READ_ROWS)
            except BaseException:  # nothing of a failed pass stays (a kill's leftovers are swept as orphans)
                shutil.rmtree(work, ignore_errors=True)
                raise
            try:
                work.rename(self._dir)
            except OSError:  # another worker finished the same spill first: use theirs
                shutil.rmtree(work, ignore_errors=True)
            meta = SpillManifest.model_validate_json((self._dir / MANIFEST).read_text())
        self.rows_in, self.n_chunks, self.plan_id = meta.rows_in, meta.n_chunks, meta.plan_id
        self._files = meta.files or {}
        self.spill_id, self.reload_finished, self.source_id = meta.spill_id, meta.reload_finished, meta.source_id
        self._empty = self._read("empty.arrow", None)

    def _read(self, name: str, chunk_id: int | None) -> pl.DataFrame:
        """A sealed file of the spill, checked against its manifest entry (temporary spills: against the entries
        this process wrote)."""
        entry = self._files.get(name)
        if entry is None:
            self._damaged(SpillDamaged(str(self._dir), f"file {name} is not in its manifest", chunk_id=chunk_id))
        try:
            return read_sealed(self._dir / name, self._key, entry, chunk_id)
        except SpillDamaged as exc:
            self._damaged(exc)
            raise

    def _chunk_frames(self, prefix: str, chunk_id: int) -> list[pl.DataFrame]:
        """Every listed file of one chunk (``prefix`` ``c``: full spill; ``g``/``f``: thin), checked; SpillDamaged
        (the kept spill set aside) when one is missing, unlisted or changed: never a partial chunk."""
        try:
            listed = chunk_files(self._dir, self._files, prefix, chunk_id)
        except SpillDamaged as exc:
            self._damaged(exc)
        return [self._read(path.name, chunk_id) for path, _ in listed]

    def _damaged(self, exc: SpillDamaged) -> NoReturn:
        """A kept spill found damaged while reading is set aside (the step's re-run prepares it again); raise. When
        the folder holds another build now (another worker rebuilt it since this one opened it: its manifest has
        another ``spill_id``), the fresh spill is left alone and the error says so."""
        if self._keep and not same_build(self._dir, MANIFEST, self.spill_id):
            raise SpillDamaged(exc.folder, exc.problem, exc.chunk, replaced=True) from None
        if self._keep:
            set_aside(self._dir, name=MANIFEST, spill_id=self.spill_id)
        raise exc

    def _source_data(self) -> SourceData:
        if self._raw is None:
            self._raw = self._source_fn()
        return self._raw

    @property
    def source(self) -> pl.DataFrame | pl.LazyFrame:
        """The source columns (read lazily: a reused spill needs them only for duplicate keys' previews)."""
        if self._frame is None:
            self._frame = lazy(self._source_data()).select(self.spec.source_columns)
        return self._frame

    def _spill(self, folder: Path, fn: Transform, read_rows: int) -> None:
        """Read the source once: transform, check and partition each batch into per-chunk spill files."""
        spec, source, cols = self.spec, self.source, self.spec.source_columns
        given, self._given_source_id = self._given_source_id, None
        self.source_id = source_fingerprint(self._source_data()) if given is None else given
        self.rows_in = source_rows(self._source_data())
        self.n_chunks = chunk_count(self.rows_in, spec.batch_size)
        self.plan_id = hashlib.sha256(
            f"{spec.plan_hash}|{self.n_chunks}|{self.rows_in}|{pl.__version__}".encode()).hexdigest()
        empty = source.head(0) if isinstance(source, pl.DataFrame) else source.head(0).collect()
        self._empty = self._checked(empty, fn, 0)
        seen = 0
        # a batch's parts are compressed, sealed and written on a helper thread while the next batch is
        # transformed (at most one batch waits to be written: memory stays bounded)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="mw-spill") as writer:
            pending: Future[None] | None = None
            # merge: the final table's row hashes are read while the first batch is read and transformed
            known: Future[pl.DataFrame] | None = writer.submit(self._known) if self._known is not None else None
            for i, batch in enumerate(batches(self._source_data(), cols, read_rows)):
                if batch.height == 0:
                    continue
                checked = assign_chunks(self._checked(batch, fn, seen), spec.key, self.n_chunks)
                if known is not None:
                    checked = with_unchanged(checked, spec, known.result(), self._whole)
                seen += batch.height
                if self._sink is not None:  # load during the pass (its writer thread overlaps the next batch)
                    self._sink(checked)
                if pending is not None:
                    pending.result()
                pending = writer.submit(self._write_parts, checked, folder, i)
            if pending is not None:
                pending.result()
        if seen != self.rows_in:  # the source changed between the count and the read
            self.rows_in = seen
        if not isinstance(self._source_data(), pl.DataFrame):  # a frame cannot change; a file can, mid-read
            after = source_fingerprint(self._source_data())
            if after != self.source_id:
                raise SourceChangedDuringRead(spec.run_id, self.source_id, after)
        self.streamed = self._sink is not None
        self._files["empty.arrow"] = write_sealed(self._empty, folder / "empty.arrow", self._key)
        if self._keep and self._resumed is not None:
            self.reload_finished = self._resumed()
        manifest = SpillManifest(rows_in=self.rows_in, n_chunks=self.n_chunks, plan_id=self.plan_id, files=self._files,
                                 spill_id=self.spill_id, reload_finished=self.reload_finished,
                                 source_id=self.source_id)
        (folder / MANIFEST).write_text(manifest.model_dump_json())

    def _write_parts(self, checked: pl.DataFrame, folder: Path, batch_no: int) -> None:
        """One checked batch's rows, per chunk, into sealed spill files (thin ones: see :mod:`core.migration.thin`)."""
        if self.thin:
            server = self.server_checksum
            self._files.update(write_parts(checked, folder, batch_no, self.spec, self._key, server=server))
            return
        for (cid,), part in checked.partition_by(CHUNK_COL, as_dict=True, include_key=False).items():
            name = f"c{int(cid):07d}_b{batch_no:07d}.arrow"
            self._files[name] = write_sealed(part, folder / name, self._key)

    def _checked(self, batch: pl.DataFrame, fn: Transform, offset: int) -> pl.DataFrame:
        """Transformed, typed and row-checked batch; source values kept only on rows that failed a check."""
        checked = validate_rows(fn(batch, self.spec), batch, self.spec)
        failed = pl.col(REASONS).list.len() > 0
        src = [c for c in checked.columns if c.startswith("__src_")]
        return checked.with_columns(
            [pl.when(failed).then(pl.col(c)).alias(c) for c in src]
            + [(pl.int_range(pl.len(), dtype=pl.UInt64) + offset).alias(ROW_COL)])

    def chunk(self, chunk_id: int, *, previews: bool = True) -> pl.DataFrame:
        """Rows of one chunk (typed target columns, reasons incl. ``DUP_KEY``, source columns of failed rows).

        ``previews=False`` leaves the source columns of rows that failed only as duplicates empty (no
        source read: what the checksum of the valid rows needs).
        """
        if self.thin:
            raise ValueError("a thin spill holds no valid rows: read it with thin_chunk()")
        frames = self._chunk_frames("c", chunk_id)
        if not frames:
            return self._empty
        frame = pl.concat(frames, how="vertical_relaxed")
        clean = frame.select(pl.col(REASONS).list.len() == 0).to_series()
        frame = flag_duplicates(frame, self.spec)
        need = frame.filter(clean & (pl.col(REASONS).list.len() > 0))[ROW_COL]
        if previews and need.len():  # rows that failed only as duplicates: their source values for the preview
            frame = frame.update(self.source_rows_of(need), on=ROW_COL)
        return frame

    def thin_chunk(self, chunk_id: int) -> ThinChunk:
        """One chunk of a thin spill: row hashes of its valid rows, its quarantined rows, streamed keys to drop."""
        return load_chunk(lambda prefix: self._chunk_frames(prefix, chunk_id), self.spec, self._empty,
                          lambda rows: recheck(self.source_rows_of(rows), self.spec, self._fn))

    def source_rows_of(self, rows: pl.Series) -> pl.DataFrame:
        """The source values (``__src_<column>``) of the given row numbers (``_mw_row``), read again."""
        lf = self.source.lazy().with_row_index(ROW_COL).with_columns(pl.col(ROW_COL).cast(pl.UInt64))
        got = lf.filter(pl.col(ROW_COL).is_in(rows.implode())).collect()
        return got.rename({c: f"__src_{c}" for c in got.columns if c != ROW_COL})

    def good_rows(self, frame: pl.DataFrame) -> pl.DataFrame:
        """The valid rows of a chunk frame, target columns only."""
        return frame.filter(pl.col(REASONS).list.len() == 0).select([c.name for c in self.spec.columns])

    def remember_checksum(self, chunk_id: int, value: str) -> None:
        """Record the source-through-plan checksum of a chunk's valid rows (computed while loading it)."""
        self._checksums[chunk_id] = value

    def remember_loaded(self, chunk_id: int, content_hash: str, value: str) -> None:
        """Record the checksum of a chunk's staged rows as read back from the target, with the content hash
        of the checkpoint it was read under (see :mod:`core.migration.readback`)."""
        self._loaded[chunk_id] = (content_hash, value)

    def loaded_checksums(self) -> dict[int, tuple[str, str]]:
        """``{chunk id: (content hash, checksum read back)}`` of the chunks read back in this process."""
        return dict(self._loaded)

    def expected_checksum(self) -> str:
        """Checksum of every valid row of the source through the plan (chunks not loaded here are re-read); with
        :attr:`server_checksum`, of their server hashes (:mod:`core.migration.pg_hash`)."""
        cols = [c.name for c in self.spec.columns]
        parts = []
        for cid in range(self.n_chunks):
            if cid not in self._checksums and self.thin:
                pairs = self.thin_chunk(cid).pairs
                self._checksums[cid] = checksum_of_hashes(pairs[SERVER_HASH if self.server_checksum else PAIR_A])
            elif cid not in self._checksums:
                self._checksums[cid] = checksum(self.good_rows(self.chunk(cid, previews=False)), cols)
            parts.append(self._checksums[cid])
        return combine_checksums(parts)

    def close(self) -> None:
        """Remove a temporary spill (a kept one stays for the next step; see :meth:`discard`)."""
        if self._tmp is not None:
            self._tmp.cleanup()

    def discard(self) -> None:
        """Remove the spill, kept or not (the run is promoted: nothing will read it again)."""
        self.close()
        if self._keep:  # this spill and those of earlier specs of the run (a plan fixed before promotion)
            for folder in self._dir.parent.glob(f"{self.spec.run_id}_*"):
                shutil.rmtree(folder, ignore_errors=True)

    def __enter__(self) -> Prepared:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
