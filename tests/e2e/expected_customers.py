"""Expected rows of the bundled example's target table, derived from the source by hand.

Written from the data (examples/source/customers.csv) and the target schema
(examples/target/customers_target.yaml), not from the product: each rule below is what the
target column's domain asks for, applied with the plain standard library. The e2e test compares
the migrated table to these rows one by one.

* customer_id <- Customer ID, an integer (the natural key).
* full_name <- First Name + " " + Last Name, each part trimmed, inner runs of spaces collapsed;
  letter case is kept as written (a name's case is not ours to change).
* email <- E-mail, trimmed; empty -> NULL.
* phone <- Phone: North American numbers written five ways ("(749) 296-6991", "337-496-7867",
  "495.332.5056", "+1 697 803 3987"); the ten national digits as NNN-NNN-NNNN; empty -> NULL.
* birth_date: no source column holds a birth date -> NULL.
* signup_date <- Signup Date in five shapes: 2021-02-08, 2018/4/17 (Y/M/D), 10/19/2016 (M/D/Y,
  US style: the month first), 15.12.2020 (D.M.Y, European), "Mar 18, 2020".
* country_code <- Country, trimmed and upper-cased; the alpha-3 "USA" becomes the alpha-2 "US".
* lifetime_value <- Amount: "$2,889", "3,392.81 $", "USD 1,026.26", "4631.47": currency markers
  and thousands separators dropped, a decimal.
"""

from __future__ import annotations

import csv
import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                      "nov", "dec"], start=1)}


def _text(v: str) -> str | None:
    v = " ".join(v.split())
    return v or None


def _phone(v: str) -> str | None:
    digits = re.sub(r"\D", "", v)
    if not digits:
        return None
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    assert len(digits) == 10, v
    return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"


def _date(v: str) -> date | None:
    v = v.strip()
    if not v:
        return None
    if m := re.fullmatch(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})", v):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", v):
        return date(int(m[3]), int(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", v):
        return date(int(m[3]), int(m[2]), int(m[1]))
    if m := re.fullmatch(r"([A-Za-z]{3}) (\d{1,2}), (\d{4})", v):
        return date(int(m[3]), MONTHS[m[1].lower()], int(m[2]))
    raise AssertionError(f"unexpected date {v!r}")


def _country(v: str) -> str | None:
    v = v.strip().upper()
    return {"USA": "US"}.get(v, v) or None


def _money(v: str) -> Decimal | None:
    v = v.replace("USD", "").replace("$", "").replace(",", "").strip()
    return Decimal(v) if v else None


def expected_rows(source: Path) -> list[dict[str, Any]]:
    """The target rows, ordered by customer_id."""
    out = []
    with source.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            out.append({
                "customer_id": int(r["Customer ID"]),
                "full_name": _text(f"{r['First Name']} {r['Last Name']}"),
                "email": _text(r["E-mail"]),
                "phone": _phone(r["Phone"]),
                "birth_date": None,
                "signup_date": _date(r["Signup Date"]),
                "country_code": _country(r["Country"]),
                "lifetime_value": _money(r["Amount"]),
            })
    return sorted(out, key=lambda row: row["customer_id"])


__all__ = ["datetime", "expected_rows"]
