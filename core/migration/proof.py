"""The loaded side of the checksum proven from who wrote the staged rows, not by hashing them again (issue 14).

A streamed pass into PostgreSQL sends each chunk's valid rows by binary COPY, in transactions of its own stream,
and hashes those very rows for the expected side. Binary COPY stores the values it receives (each column's
receive function of the same type: no parsing, no rounding), so a staged row inserted by one of those transactions
*is* a row the pass hashed. Validation therefore needs, per chunk, only which transactions inserted its staged rows
and how many there are (one ``GROUP BY chunk, xmin``, no per-row hashing by the server and no server-compatible
hash on the client): a chunk stands when its checkpoint is the one that kept the stream's rows, every staged row's
``xmin`` is one of the stream's committed transactions and the count is the checkpoint's. Its loaded checksum is
then the sum of the hashes the pass computed for those rows. Anything else -- a row updated in place (a new
``xmin``), deleted (a lower count), inserted by another writer (a Dagster step, a person, a resumed run's chunk), a
chunk rewritten by its checkpoint transaction, a frozen row -- is read back and hashed as before
(:func:`core.migration.readback.chunk_checksum`), so the check stays exact.

``xmin`` is a 32-bit id; the stream's ids are ``xid8`` (epoch and id): they are compared modulo 2**32, which could
only confuse two transactions 4 billion transactions apart, while staging lives for one run.
"""

from __future__ import annotations

from collections.abc import Callable

from core.migration.models import Checkpoint
from core.migration.ports import TargetPort
from core.migration.prepared import Prepared

_XID = 1 << 32


def remember_streamed(prep: Prepared, kept: list[Checkpoint], xids: set[int] | frozenset[int]) -> None:
    """Record the chunks whose streamed rows their checkpoint transaction kept, and the stream's transactions."""
    prep.stream_xids = frozenset(xids)
    for ck in kept:
        prep.streamed_kept[ck.chunk_id] = ck.content_hash


def proven_parts(prep: Prepared, target: TargetPort, ckpts: list[Checkpoint]) -> dict[int, str | None] | None:
    """``{chunk id staging holds rows of: its loaded checksum when proven, else None}``; None when nothing can be
    proven here (no chunk kept streamed rows in this process, or the target cannot say who wrote its rows)."""
    ask: Callable[..., dict[int, dict[int, int]] | None] | None = getattr(target, "staged_writers", None)
    if ask is None or not prep.streamed_kept or not prep.stream_xids:
        return None
    staged = ask(prep.spec)
    if staged is None:  # the target cannot say who wrote its rows
        return None
    own = {x % _XID for x in prep.stream_xids}
    by_id = {c.chunk_id: c for c in ckpts}
    out: dict[int, str | None] = {}
    for cid, writers in staged.items():
        ck, value = by_id.get(cid), prep.chunk_checksum(cid)
        ok = (ck is not None and value is not None and prep.streamed_kept.get(cid) == ck.content_hash
              and set(writers) <= own and sum(writers.values()) == ck.row_count_out
              and int(value.split(":")[0]) == ck.row_count_out)
        out[cid] = value if ok else None
    return out
