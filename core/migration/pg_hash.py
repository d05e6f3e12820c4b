"""PostgreSQL's own row hash, computed in NumPy from the typed rows the pass sends to staging.

The checksum validation compares the source-through-plan with what the target holds. Reading every
staged row back to hash it on the client costs a binary COPY out of the server, the Arrow decode and
the hashing (about a fifth of a PostgreSQL migration). On PostgreSQL the loaded side can instead be
computed by the server, as one aggregate over the staging table, when the client computes the same
function of the same typed values from the source-through-plan: this module is that function.

Per row, the server computes ``hash_record_extended(ROW(v1, ..., vn), 0)`` over the target columns in
order, each cast to its canonical type (text, bigint, float8, date, timestamp, boolean; a decimal as
``round(v, 6)::text``), then ``hashint8extended(h, h)``: the record hash is ``31 * h + element`` per
column, linear in the column hashes, so a sum over rows would not see a value moved from one row to
another; hashing it again, seeded with itself, makes each row's contribution a non-linear function of
the whole row (as the client's own row hash is). After the columns, the record holds one int8 per 63 float
columns whose bits say which are null (:func:`null_masks` of :func:`masked`): the record hash takes a null for 0,
which is also the hash of a zero float8 (``hashfloat8extended`` returns the seed for zero), so without them a null
and a 0.0 would look the same. No other type's hash special-cases a value to 0 (a non-null value hashing to 0 by
chance is a 2**-64 event, like any collision of these 64-bit hashes), so other columns need no bit, and the
server computes no ``CASE`` for them. (0.0 and -0.0 do hash alike,
as in the client-side checksum, :func:`core.migration.chunks.row_hashes`, where Polars hashes them alike too.)
The element hashes are PostgreSQL's (``src/common/hashfn.c``, Bob Jenkins' lookup3 in its ``hash_bytes_extended`` and
``hash_bytes_uint32_extended`` forms; ``hashint8extended``, ``hashfloat8extended``, ``hashint4extended``
for dates, ``hashcharextended`` for booleans, ``timestamp_hash_extended``), transcribed here for
little-endian machines and checked against the server for every code path by
``tests/migration/test_pg_hash.py``. The checksum is ``count:sum_hi:sum_lo`` of the final 64-bit
hashes, like :func:`core.migration.chunks.checksum_of_hashes`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import polars as pl

from core.migration.models import MigrationSpec, TargetColumn
from core.migration.pg_hash_long import mix_blocks

U32 = np.uint32
U64 = np.uint64
_GOLDEN = 0x9E3779B9 + 3923095
#: PostgreSQL's date and timestamp epoch (2000-01-01) in days and microseconds after 1970-01-01
PG_EPOCH_DAYS = 10957
PG_EPOCH_US = PG_EPOCH_DAYS * 86_400_000_000
#: the canonical NaN ``hashfloat8extended`` hashes every NaN as (``get_float8_nan()``)
_NAN_BITS = 0x7FF8000000000000
#: a thin spill's column holding each valid row's :func:`row_hashes` (when the server checksums the staged rows)
SERVER_HASH = "_mw_p"
#: the target types whose staged values the server hashes exactly as this module does
SUPPORTED = frozenset({"string", "int", "float", "decimal", "date", "datetime", "bool"})

#: columns per null-mask word (bits 0-62 of an int8: never negative)
MASK_BITS = 63
#: leading values of a column whose distinct count decides whether its distinct values are worth finding first
_SAMPLE = 4096
#: bytes lookup3 mixes at a time
_BLOCK = 12
#: keys still active past which the rest of their blocks is mixed one key at a time (:mod:`pg_hash_long`)
_FEW_LONG_KEYS = 4

State = tuple[np.ndarray, np.ndarray, np.ndarray]


def _rot(x: np.ndarray, k: int, out: np.ndarray) -> np.ndarray:
    """``out`` = ``x`` rotated left by ``k`` bits (``out`` is a scratch array, not ``x``)."""
    np.left_shift(x, U32(k), out=out)
    out |= x >> U32(32 - k)
    return out


def _mix(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> State:
    """lookup3's ``mix``, in place on ``a``, ``b``, ``c`` (arrays the caller owns: no temporaries per step)."""
    t = np.empty_like(a)
    a -= c
    a ^= _rot(c, 4, t)
    c += b
    b -= a
    b ^= _rot(a, 6, t)
    a += c
    c -= b
    c ^= _rot(b, 8, t)
    b += a
    a -= c
    a ^= _rot(c, 16, t)
    c += b
    b -= a
    b ^= _rot(a, 19, t)
    a += c
    c -= b
    c ^= _rot(b, 4, t)
    b += a
    return a, b, c


def _final(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> State:
    """lookup3's ``final``, in place on ``a``, ``b``, ``c`` (arrays the caller owns)."""
    t = np.empty_like(a)
    c ^= b
    c -= _rot(b, 14, t)
    a ^= c
    a -= _rot(c, 11, t)
    b ^= a
    b -= _rot(a, 25, t)
    c ^= b
    c -= _rot(b, 16, t)
    a ^= c
    a -= _rot(c, 4, t)
    b ^= a
    b -= _rot(a, 14, t)
    c ^= b
    c -= _rot(b, 24, t)
    return a, b, c


def _start(length: np.ndarray, seed: np.ndarray | int) -> State:
    """lookup3's initial state for keys of ``length`` bytes, perturbed by a non-zero ``seed`` (per row or one)."""
    a = length.astype(U32) + U32(_GOLDEN & 0xFFFFFFFF)
    seeds = np.broadcast_to(np.asarray(seed, dtype=U64), a.shape)
    if not seeds.any():
        return a, a.copy(), a.copy()
    sa, sb, sc = _mix(a + (seeds >> U64(32)).astype(U32), a + (seeds & U64(0xFFFFFFFF)).astype(U32), a.copy())
    nz = seeds != 0
    if nz.all():  # the row hash's last step seeds each row with its own hash: zero only by chance
        return sa, sb, sc
    return np.where(nz, sa, a), np.where(nz, sb, a), np.where(nz, sc, a)


def _out(b: np.ndarray, c: np.ndarray) -> np.ndarray:
    return (b.astype(U64) << U64(32)) | c.astype(U64)


def hash_uint32(k: np.ndarray, seed: np.ndarray | int = 0) -> np.ndarray:
    """``hash_bytes_uint32_extended(k, seed)`` of each uint32 ``k``."""
    a, b, c = _start(np.full(k.shape, 4, dtype=U32), seed)
    return _out(*_final(a + k.astype(U32), b, c)[1:])


def hash_int8(v: np.ndarray, seed: np.ndarray | int = 0) -> np.ndarray:
    """``hashint8extended(v, seed)`` (and ``hashint4extended`` of values in int4's range: the same hash)."""
    v = v.astype(np.int64, copy=False)
    k = v.astype(U32)  # the low half (a cast keeps the low 32 bits)
    k ^= (v >> 32).astype(U32)  # the high half, complemented below for a negative value (all ones: v >> 63)
    k ^= (v >> 63).astype(U32)
    return hash_uint32(k, seed)


def hash_float8(v: np.ndarray) -> np.ndarray:
    """``hashfloat8extended(v, 0)``: zero (either sign) hashes as the seed, every NaN as the canonical NaN."""
    v = v.astype(np.float64)
    bits = np.where(np.isnan(v), U64(_NAN_BITS), v.view(U64))
    a, b, c = _start(np.full(v.shape, 8, dtype=U32), 0)
    a = a + (bits & U64(0xFFFFFFFF)).astype(U32)
    b = b + (bits >> U64(32)).astype(U32)
    return np.where(v == 0, U64(0), _out(*_final(a, b, c)[1:]))


#: per tail length (0-11), the masks keeping its bytes of a zero-padded 12-byte tail read as three words (one
#: table per word: a 1-D ``take`` of each costs a tenth of a fancy index into a 12x3 table)
_TAIL_MASKS = tuple(np.array([sum(0xFF << (8 * i) for i in range(4) if 4 * w + i < n) for n in range(12)], dtype=U32)
                    for w in range(3))


#: text of at most this many bytes per key on average is read from four shifted copies of its bytes (1-D takes);
#: longer text through 12-byte windows of the bytes themselves (no copy per alignment: memory stays ~1x the text)
FLAT_BYTES_PER_KEY = 32


def _shifted_copies(data: np.ndarray) -> Callable[[np.ndarray], State]:
    """Words read from the data copied four times as whole words, once per byte alignment (``flat[r * m + i]`` is
    the word at byte ``4 * i + r``): each word is one 1-D ``take`` of uint32 (the next word of the same alignment is
    the next index). Fastest on short text, where a gather per row dominates, but four times the text's memory."""
    padded = np.concatenate([data.astype(np.uint8, copy=False), np.zeros(16, dtype=np.uint8)])
    m = (padded.size - 3) // 4
    flat = np.empty(4 * m, dtype=U32)
    for r in range(4):
        flat[r * m:(r + 1) * m] = padded[r:r + 4 * m].view("<u4")

    def words(at: np.ndarray) -> State:
        i = (at & 3) * m
        i += at >> 2
        first = flat.take(i)
        i += 1
        second = flat.take(i)
        i += 1
        return first, second, flat.take(i)

    return words


def _windows(data: np.ndarray) -> Callable[[np.ndarray], State]:
    """Words read by a fancy index of 12-byte windows over a strided view of the data (one padded copy): on long
    text, where the mixing dominates, as fast as :func:`_shifted_copies` without its four copies."""
    padded = np.concatenate([data.astype(np.uint8, copy=False), np.zeros(12, dtype=np.uint8)])
    windows = np.lib.stride_tricks.as_strided(padded, shape=(max(padded.size - 11, 1), 12), strides=(1, 1))

    def words(at: np.ndarray) -> State:
        w = np.ascontiguousarray(windows[at]).view("<u4")
        return w[:, 0], w[:, 1], w[:, 2]

    return words


def _word_reader(data: np.ndarray, keys: int) -> Callable[[np.ndarray], State]:
    """A gather of the three little-endian uint32 words starting at each given byte offset of ``data`` (zeros past
    its end), for ``keys`` keys: four shifted copies when the text is short (at most :data:`FLAT_BYTES_PER_KEY` bytes
    per key, so the copies cost no more memory than the per-key hash state), windows over the bytes otherwise."""
    if data.size <= FLAT_BYTES_PER_KEY * keys:
        return _shifted_copies(data)
    return _windows(data)


def hash_bytes(offsets: np.ndarray, data: np.ndarray) -> np.ndarray:
    """``hash_bytes_extended(key, len, 0)`` of each byte string ``data[offsets[i]:offsets[i + 1]]``."""
    start = offsets[:-1].astype(np.int64, copy=False)
    length = np.diff(offsets).astype(np.int64, copy=False)
    a, b, c = _start(length, 0)
    full = length // 12
    words = _word_reader(data, length.size)
    # blocks every key has: mixed on whole arrays, no row subset (unless the keys are few: one key at a time)
    everyone = int(full.min()) if full.size > _FEW_LONG_KEYS else 0
    rows = np.empty(0, dtype=np.int64)
    for block in range(int(full.max()) if full.size else 0):  # whole 12-byte blocks, each mixed
        if block < everyone:
            wa, wb, wc = words(start + 12 * block)
            a += wa
            b += wb
            c += wc
            _mix(a, b, c)
            continue
        # the keys longer than this block: fewer each block (a subset of the last), so one long key costs its own
        # blocks, not every row's
        rows = np.flatnonzero(full > block) if block == everyone else rows[full[rows] > block]
        if rows.size <= _FEW_LONG_KEYS:  # the last few long keys: the rest of their blocks one key at a time
            for r in rows.tolist():
                begin = int(start[r]) + 12 * block
                a[r], b[r], c[r] = mix_blocks(int(a[r]), int(b[r]), int(c[r]),
                                              data[begin:int(start[r]) + 12 * int(full[r])])
            break
        wa, wb, wc = words(start[rows] + 12 * block)
        a[rows], b[rows], c[rows] = _mix(a[rows] + wa, b[rows] + wb, c[rows] + wc)
    rest = length - 12 * full  # the last 0-11 bytes: zero-padded words, c's lowest byte left to the length
    wa, wb, wc = words(start + 12 * full)
    wa &= _TAIL_MASKS[0].take(rest)
    wb &= _TAIL_MASKS[1].take(rest)
    wc &= _TAIL_MASKS[2].take(rest)
    wc <<= U32(8)
    a += wa
    b += wb
    c += wc
    a, b, c = _final(a, b, c)
    return _out(b, c)


def _string_hash(s: pl.Series) -> np.ndarray:
    arr = s.cast(pl.String).rechunk().to_arrow(compat_level=pl.CompatLevel.oldest())  # large_string: int64 offsets
    _, offsets, data = arr.buffers()
    off = np.frombuffer(offsets, dtype=np.int64)[arr.offset: arr.offset + len(arr) + 1]
    return hash_bytes(off, np.frombuffer(data, dtype=np.uint8) if data is not None else np.zeros(0, np.uint8))


def _six_places(s: pl.Series) -> pl.Series:
    """A decimal column as ``Decimal(38, 6)``, exactly: the typed rows (:func:`core.migration.constraints.cast_expr`)
    already hold six places. Anything that would need rounding is refused: Polars rounds half to even and a float
    converts through its binary value, where PostgreSQL rounds half away from zero and converts a float8 through
    its shortest text, so a rounded value could hash differently from the one the server holds."""
    if (isinstance(s.dtype, pl.Decimal) and (s.dtype.scale or 0) <= 6) or s.dtype.is_integer():
        return s.cast(pl.Decimal(38, 6))
    raise ValueError(f"column {s.name!r}: a decimal is hashed from its Decimal(38, 6) typed value, not {s.dtype}")


def _canonical(s: pl.Series, type_: str) -> tuple[pl.Series, Callable[[pl.Series], np.ndarray]]:
    """The values the server hashes (nulls filled: their hash is replaced by 0) and the hash of such values."""
    if type_ == "string":
        return s.cast(pl.String).fill_null(""), _string_hash
    if type_ == "decimal":  # ``round(v, 6)::text``: the decimal's text with six places
        return _six_places(s).cast(pl.String).fill_null(""), _string_hash
    if type_ == "int":
        return s.cast(pl.Int64).fill_null(0), lambda v: hash_int8(v.to_numpy())
    if type_ == "float":
        return s.cast(pl.Float64).fill_null(0.0), lambda v: hash_float8(v.to_numpy())
    if type_ == "date":  # hashint4extended of the day number after 2000-01-01
        return s.cast(pl.Int32).cast(pl.Int64).fill_null(0) - PG_EPOCH_DAYS, lambda v: hash_int8(v.to_numpy())
    if type_ == "datetime":  # timestamp_hash_extended: microseconds after 2000-01-01
        return (s.cast(pl.Datetime("us")).cast(pl.Int64).fill_null(0) - PG_EPOCH_US,
                lambda v: hash_int8(v.to_numpy()))
    if type_ == "bool":  # hashcharextended of 0 or 1
        return s.cast(pl.UInt32).fill_null(0), lambda v: hash_uint32(v.to_numpy())
    raise ValueError(f"no server-side hash for target type {type_!r}")


def _element_hashes(s: pl.Series, type_: str) -> np.ndarray:
    """The server's hash of each value of a staged column (nulls hash as 0, like ``hash_record_extended``).

    A text column of few distinct values at least one 12-byte block long (a product name, a long status) hashes each
    distinct value once. Shorter texts and other types never: their hash (a lookup3 ``final``, no ``mix``) costs
    less than finding the distinct values and looking each row up.
    """
    values, hasher = _canonical(s, type_)
    # a sample with many distinct values (a key, a phone, an amount) says the column has them: no full unique()
    sample = values.head(_SAMPLE)
    few = (values.dtype == pl.String and sample.n_unique() * 4 <= sample.len()
           and int(sample.str.len_bytes().sum() or 0) >= _BLOCK * sample.len())
    distinct = values.unique() if few else values
    if distinct.len() * 4 <= values.len():
        h = values.replace_strict(distinct, pl.Series(hasher(distinct), dtype=pl.UInt64),
                                  return_dtype=pl.UInt64).to_numpy()
    else:
        h = hasher(values)
    h = h.astype(U64, copy=False)
    nulls = s.is_null().to_numpy()
    return np.where(nulls, U64(0), h) if nulls.any() else h


def null_masks(frame: pl.DataFrame, names: list[str]) -> list[np.ndarray]:
    """Per row, which of ``names`` are null: bit ``i`` of word ``i // 63`` (the server's ``null_masks``).
    ``hash_record_extended`` hashes a null as 0, like a zero float8: without these words a null and a 0.0
    would give the same row hash (a merge would take the changed row for unchanged and lose the update)."""
    words = []
    for start in range(0, len(names), MASK_BITS):
        word = np.zeros(frame.height, dtype=np.int64)
        for bit, name in enumerate(names[start:start + MASK_BITS]):
            word |= frame[name].is_null().to_numpy().astype(np.int64) << np.int64(bit)
        words.append(word)
    return words


def row_hashes(frame: pl.DataFrame, spec: MigrationSpec, columns: list[TargetColumn] | None = None) -> pl.Series:
    """Per row of ``frame`` (the target columns, typed), the 64-bit hash the server computes of its staged copy
    (see the module docstring); of ``columns`` only when given (e.g. the key's)."""
    acc = np.zeros(frame.height, dtype=U64)
    if not frame.height:
        return pl.Series("h", acc, dtype=pl.UInt64)
    cols = spec.columns if columns is None else columns
    with np.errstate(over="ignore"):
        for col in cols:
            acc *= U64(31)
            acc += _element_hashes(frame[col.name], col.type)
        for word in null_masks(frame, masked(cols)):
            acc *= U64(31)
            acc += hash_int8(word)
        return pl.Series("h", hash_int8(acc.view(np.int64), acc), dtype=pl.UInt64)


def masked(columns: list[TargetColumn]) -> list[str]:
    """The columns whose nulls the row hash marks in its null-mask words: those whose non-null values can hash
    as a null does (0), i.e. the floats (see the module docstring)."""
    return [c.name for c in columns if c.type == "float"]


def key_columns(spec: MigrationSpec) -> list[TargetColumn]:
    """The key's target columns, in key order."""
    by_name = {c.name: c for c in spec.columns}
    return [by_name[k] for k in spec.key]


def supported(spec: MigrationSpec) -> bool:
    """True when every target column has a type the server hashes like :func:`row_hashes`."""
    return bool(spec.columns) and all(c.type in SUPPORTED for c in spec.columns)
