"""lookup3's ``mix`` over the remaining 12-byte blocks of a few long keys, one key at a time in Python integers.

:func:`core.migration.pg_hash.hash_bytes` mixes a block of every key still active as NumPy arrays: about forty NumPy
calls per block, ~40 us whatever the number of keys. Once only a few long keys are left (a document, a base64
value among short texts), that fixed cost is all there is, per 12-byte block; the same ``mix`` on Python integers
costs a few microseconds per block."""

from __future__ import annotations

import numpy as np

_M = 0xFFFFFFFF


def mix_blocks(a: int, b: int, c: int, data: np.ndarray) -> tuple[int, int, int]:
    """The state ``a``, ``b``, ``c`` after mixing in each whole 12-byte block of ``data`` (uint8, a multiple of 12
    bytes), as PostgreSQL's ``hash_bytes_extended`` does for the blocks before the last 0-11 bytes."""
    words = np.frombuffer(data.tobytes(), dtype="<u4").tolist()
    for i in range(0, len(words), 3):
        a = (a + words[i]) & _M
        b = (b + words[i + 1]) & _M
        c = (c + words[i + 2]) & _M
        a = (a - c) & _M
        a ^= ((c << 4) | (c >> 28)) & _M
        c = (c + b) & _M
        b = (b - a) & _M
        b ^= ((a << 6) | (a >> 26)) & _M
        a = (a + c) & _M
        c = (c - b) & _M
        c ^= ((b << 8) | (b >> 24)) & _M
        b = (b + a) & _M
        a = (a - c) & _M
        a ^= ((c << 16) | (c >> 16)) & _M
        c = (c + b) & _M
        b = (b - a) & _M
        b ^= ((a << 19) | (a >> 13)) & _M
        a = (a + c) & _M
        c = (c - b) & _M
        c ^= ((b << 4) | (b >> 28)) & _M
        b = (b + a) & _M
    return a, b, c
