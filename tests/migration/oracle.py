"""An independent oracle for the example spec: the expected target rows, in plain Python."""

from __future__ import annotations

from collections import Counter

import polars as pl

ALLOWED = {"US", "BR", "DE", "FR", "GB", "IN"}
MAPPING = {"USA": "US", "U.S.": "US", "UNITED STATES": "US", "DEUTSCHLAND": "DE"}


def expected_rows(src: pl.DataFrame) -> tuple[set[tuple[object, ...]], int]:
    """(loaded rows as tuples, quarantined count) for ``conftest.make_spec`` over ``src``."""
    rows = []
    for r in src.iter_rows(named=True):
        cid = r["customer_id"]
        key = int(cid) if cid is not None and cid.strip().lstrip("+-").isdigit() else None
        first, last = r["first_name"], r["last_name"]
        name = None if first is None or last is None else f"{first} {last}"
        country = r["country"]
        code = None
        if country is not None:
            c = country.strip(" \t\n\r\x0b\x0c").upper()
            code = MAPPING.get(c, c)
        ok = key is not None and name is not None and (code is None or code in ALLOWED)
        ok = ok and (r["email"] is None or len(r["email"]) <= 80)
        rows.append((key, name, r["email"], code, ok))
    counts = Counter(k for k, *_ in rows if k is not None)
    good: set[tuple[object, ...]] = {(k, n, e, c) for k, n, e, c, ok in rows if ok and k is not None and counts[k] == 1}
    return good, src.height - len(good)
