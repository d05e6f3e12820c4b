"""Exact, quote-aware field counting over the raw bytes of a delimited file (vectorized, streaming).

Used only when the fast line check (:func:`core.ingest.linecheck.check_lines`) flags lines or the
parser reports a row with too many fields: it tells real ragged records apart from records whose
quoted values contain line breaks, and finds the first bad record's line number.

Rules (RFC 4180): a ``"`` toggles the quoted state (a doubled ``""`` toggles twice, so it is
neutral); delimiters and line feeds inside quotes do not count. A record ends at a line feed
outside quotes; empty records (blank lines) are ignored; the first record is the header.
Memory: one chunk (``CHUNK`` bytes) plus a few arrays of its size.
"""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

CHUNK = 8 * 1024 * 1024
_QUOTE, _LF, _CR = ord('"'), ord("\n"), ord("\r")


@dataclass
class RaggedReport:
    """Records whose field count differs from the header's."""

    bad_records: int = 0
    first_bad_line: int | None = None
    first_bad_fields: int | None = None


def ragged_records(path: Path | BinaryIO, delimiter: str, ncols: int) -> RaggedReport:
    """Count records (after the header) that do not have ``ncols`` fields (see module docstring); ``path``: the
    file, or a stream of its UTF-8 text."""
    rep = RaggedReport()
    d = ord(delimiter)
    inside = 0          # quoted state carried across chunks
    rec_delims = 0      # delimiters outside quotes in the current (unfinished) record
    rec_len = 0         # non-CR bytes in the current record
    rec_line = 1        # 1-based line where the current record starts
    lines_before = 0    # line feeds before the current chunk
    header_seen = False
    with path.open("rb") if isinstance(path, Path) else nullcontext(path) as f:
        while chunk := f.read(CHUNK):
            b = np.frombuffer(chunk, dtype=np.uint8)
            par = (np.cumsum(b == _QUOTE, dtype=np.uint8) + np.uint8(inside)) & np.uint8(1)
            outside = par == 0
            delim_cum = np.cumsum((b == d) & outside, dtype=np.int64)
            body_cum = np.cumsum(b != _CR, dtype=np.int64)
            lf = b == _LF
            ends = np.flatnonzero(lf & outside)
            lf_cum = np.cumsum(lf, dtype=np.int64)
            prev_delims = prev_body = 0
            if len(ends):
                dc, bc = delim_cum[ends], body_cum[ends]
                delims = np.diff(dc, prepend=0)
                delims[0] += rec_delims
                lengths = np.diff(bc, prepend=0) - 1  # minus the line feed
                lengths[0] += rec_len
                starts = np.empty(len(ends), dtype=np.int64)
                starts[0] = rec_line
                starts[1:] = lines_before + lf_cum[ends[:-1]] + 1
                real = lengths > 0
                if not header_seen and real.any():
                    real[int(np.argmax(real))] = False  # the header record
                    header_seen = True
                bad = np.flatnonzero(real & (delims != ncols - 1))
                if len(bad):
                    rep.bad_records += len(bad)
                    if rep.first_bad_line is None:
                        rep.first_bad_line, rep.first_bad_fields = int(starts[bad[0]]), int(delims[bad[0]]) + 1
                rec_line = lines_before + int(lf_cum[ends[-1]]) + 1
                prev_delims, prev_body = int(dc[-1]), int(bc[-1])
                rec_delims = rec_len = 0
            rec_delims += int(delim_cum[-1]) - prev_delims
            rec_len += int(body_cum[-1]) - prev_body
            inside = int(par[-1])
            lines_before += int(lf_cum[-1])
    if rec_len > 0 and header_seen and rec_delims != ncols - 1:
        rep.bad_records += 1
        if rep.first_bad_line is None:
            rep.first_bad_line, rep.first_bad_fields = rec_line, rec_delims + 1
    return rep
