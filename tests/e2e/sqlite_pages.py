"""Cells of the old pages a SQLite ``-wal`` or ``-journal`` file holds (issue 11, the privacy scan).

A checkpoint folds only each page's latest committed frame into the database; an overwritten value's older frame, or
the original page a rollback journal keeps (``journal_mode=PERSIST`` leaves it after the commit), stays in the side
file until it is truncated. Read as raw bytes, a record's values run into each other and into its header's serial
type bytes (``3`` + ``4929 1234 ...``), so a scan for whole values misses them: :func:`side_cells` reads each page
of the file as a b-tree table leaf page and returns its text and BLOB cells one per line (overflow pages not
followed: a long value is cut at its page's end)."""

from __future__ import annotations

from pathlib import Path

LEAF_TABLE = 0x0D
WAL_HEADER, WAL_FRAME_HEADER = 32, 24
DEFAULT_SECTOR = 512


def _varint(buf: bytes, i: int) -> tuple[int, int]:
    value = 0
    for k in range(9):
        b = buf[i + k]
        if k == 8:
            return (value << 8) | b, i + 9
        value = (value << 7) | (b & 0x7F)
        if b < 0x80:
            return value, i + k + 1
    raise IndexError(i)


def _size(serial: int) -> int:
    if serial >= 12:
        return (serial - 12) // 2 if serial % 2 == 0 else (serial - 13) // 2
    return (0, 1, 2, 3, 4, 6, 8, 8, 0, 0, 0, 0)[serial]


def page_cells(page: bytes, first: bool) -> list[str]:
    """Text and BLOB cells of one table leaf page (``first``: page 1, after the 100-byte database header)."""
    h = 100 if first else 0
    if len(page) <= h + 8 or page[h] != LEAF_TABLE:
        return []
    out: list[str] = []
    for i in range(int.from_bytes(page[h + 3:h + 5], "big")):
        try:
            ptr = int.from_bytes(page[h + 8 + 2 * i:h + 10 + 2 * i], "big")
            _, p = _varint(page, ptr)  # payload length
            _, p = _varint(page, p)  # rowid
            header_len, q = _varint(page, p)
            body, serials = p + header_len, []
            while q < p + header_len:
                t, q = _varint(page, q)
                serials.append(t)
            for t in serials:
                if t >= 12:
                    out.append(page[body:body + _size(t)].decode("utf-8", errors="ignore"))
                body += _size(t)
        except IndexError:
            continue
    return out


def _db_page_size(db: Path) -> int:
    try:
        with db.open("rb") as fh:
            size = int.from_bytes(fh.read(18)[16:18], "big")
    except OSError:
        return 0
    return 65536 if size == 1 else size


def side_cells(path: Path) -> list[str]:
    """Cells of every page of a ``-wal`` or ``-journal`` file (module docstring); [] when it cannot be read."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    out: list[str] = []
    if path.name.endswith("-wal") and len(data) >= WAL_HEADER:
        size = int.from_bytes(data[8:12], "big")
        step = WAL_FRAME_HEADER + size
        for at in range(WAL_HEADER, len(data) - step + 1, step):
            page_no = int.from_bytes(data[at:at + 4], "big")
            out += page_cells(data[at + WAL_FRAME_HEADER:at + step], page_no == 1)
    elif path.name.endswith("-journal") and len(data) >= 28:
        sector, size = int.from_bytes(data[20:24], "big"), int.from_bytes(data[24:28], "big")
        if size <= 0 or sector <= 0:  # a persisted journal's zeroed header: the database's page size
            sector, size = DEFAULT_SECTOR, _db_page_size(path.with_name(path.name[:-len("-journal")]))
        if size <= 0:
            return out
        step = 4 + size + 4
        for at in range(sector, len(data) - step + 1, step):
            page_no = int.from_bytes(data[at:at + 4], "big")
            out += page_cells(data[at + 4:at + 4 + size], page_no == 1)
    return out
