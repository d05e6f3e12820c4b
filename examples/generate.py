"""Generate the bundled example source: ``examples/source/customers.csv`` (deterministic).

Run ``python examples/generate.py`` (or ``--rows N --out PATH``). The data is messy on purpose:
names with accents and stray case/whitespace, emails, US phones in four formats, SSN-shaped
values Presidio accepts, dates in five formats, currency amounts like ``$1,234.50``, country
codes with inconsistent spelling, a ``Customer ID`` key. The same generator feeds the tests
(``tests/fixtures/ingest_data.py``) and ``benchmarks/bench_ingest.py``.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import random
import unicodedata
from pathlib import Path

FIRST = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
         "José", "Zoë", "Chloé", "Renée", "Ørjan", "Li", "Aarav", "Fatima", "Noah", "Olivia"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "García", "Miller", "Davis", "Rodríguez", "Martínez",
        "O'Brien", "Nguyen", "Müller", "Kowalski", "Smith-Jones", "Lee", "Walker", "Hall", "Young", "King"]
COUNTRIES = ["US", "us", "USA", "DE", "FR", "GB", "CA", "MX", "BR", "IN", " US", "JP"]
DOMAINS = ["example.com", "mail.example.org", "corp.example.net", "example.co.uk"]
STATUSES = ["active", "Active ", "INACTIVE", "pending", "churned", ""]
NOTES = ["", "VIP customer", "  prefers  email  ", "call back", "N/A", "moved, new address pending",
         "paid late; fine", "\"quoted\" note", "ümlaut ñ test", "multi  space   text"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
HEADER = ["Customer ID", "First Name", "Last Name", "E-mail", "Phone", "SSN", "Signup Date", "Amount",
          "Country", "Status", "Notes", "Last Login"]


def ssn(rng: random.Random) -> str:
    """An SSN-shaped value Presidio accepts (area 001-665/667-899, group and serial non-zero)."""
    area = rng.choice([rng.randint(101, 665), rng.randint(667, 899)])
    return f"{area:03d}-{rng.randint(10, 99):02d}-{rng.randint(1001, 9998):04d}"


def phone(rng: random.Random) -> str:
    """A US phone number in one of several formats."""
    a, b, c = rng.randint(201, 989), rng.randint(200, 989), rng.randint(1000, 9999)
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}"])


def mixed_date(rng: random.Random) -> str:
    """A date in one of several formats."""
    y, m, d = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{d:02d}.{m:02d}.{y}",
                       f"{y}/{m}/{d}", f"{MONTHS[m - 1]} {d}, {y}"])


def amount(rng: random.Random) -> str:
    """A currency amount such as ``$1,234.50``."""
    v = rng.randint(0, 500_000) / 100
    return rng.choice([f"${v:,.2f}", f"{v:.2f}", f"USD {v:,.2f}", f"${v:,.0f}", f"{v:,.2f} $"])


def customer_row(i: int, rng: random.Random) -> list[str]:
    """One messy customer record."""
    f, last = rng.choice(FIRST), rng.choice(LAST)
    local = unicodedata.normalize("NFKD", f"{f}.{last}".lower()).encode("ascii", "ignore").decode()
    email = f"{local.replace(chr(39), '')}{i}@{rng.choice(DOMAINS)}"
    return [str(100000 + i), f if rng.random() > 0.05 else f"  {f.upper()} ", last, email,
            phone(rng) if rng.random() > 0.03 else "", ssn(rng), mixed_date(rng), amount(rng),
            rng.choice(COUNTRIES), rng.choice(STATUSES), rng.choice(NOTES),
            f"{mixed_date(rng)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"]


def write_customers(path: Path, rows: int, *, seed: int = 7, delimiter: str = ",") -> Path:
    """Write ``rows`` messy customer rows (12 columns) to ``path`` (gzip when it ends in .gz)."""
    rng = random.Random(seed)
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "wt", encoding="utf-8", newline="") as fh:  # type: ignore[operator]
        w = csv.writer(fh, delimiter=delimiter)
        w.writerow(HEADER)
        for i in range(rows):
            w.writerow(customer_row(i, rng))
    return path


DEFAULT_ROWS = 1000
DEFAULT_OUT = Path(__file__).resolve().parent / "source" / "customers.csv"


def main(argv: list[str] | None = None) -> None:
    """CLI entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=DEFAULT_ROWS)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_customers(args.out, args.rows, seed=args.seed)
    print(f"wrote {args.rows} rows to {args.out}")


if __name__ == "__main__":
    main()
