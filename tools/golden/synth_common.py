"""Helpers for the transformation-by-example golden set (golden_synth)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from golden_common import ROOT

OUT = ROOT / "assets_config" / "golden_synth"


class Task:
    def __init__(self, id_: str, category: str, description: str, inputs: list[str], rows: list,
                 fn: Callable | None = None):
        self.id, self.category, self.description, self.inputs = id_, category, description, inputs
        pairs = []
        for r in rows:
            if fn is not None:
                ins = list(r) if isinstance(r, tuple) else [r]
                out = fn(*ins)
            else:
                ins, out = r
                ins = list(ins) if isinstance(ins, tuple) else [ins]
            assert len(ins) == len(inputs), (id_, ins)
            pairs.append({"in": ins, "out": out})
        assert 7 <= len(pairs) <= 11, (id_, len(pairs))
        self.train, self.test = pairs[:3], pairs[3:]
        seen = set()
        for p in pairs:
            k = tuple(p["in"])
            assert k not in seen, (id_, k)
            seen.add(k)

    def as_dict(self) -> dict:
        return {"id": self.id, "category": self.category, "description": self.description, "inputs": self.inputs,
                "train": self.train, "test": self.test}


def write(split: str, tasks: list[Task]) -> None:
    ids = [t.id for t in tasks]
    assert len(ids) == len(set(ids)), "duplicate ids"
    path = OUT / split / "tasks.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for t in tasks:
            fh.write(json.dumps(t.as_dict(), ensure_ascii=False) + "\n")


def dec(x, places: int) -> str:
    d = Decimal(str(x)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{d:.{places}f}"


def digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def parse_money(s: str) -> Decimal:
    """Parse US or European formatted money: the last separator followed by 1-2 digits is decimal."""
    s = s.strip()
    neg = s.startswith("(") and s.endswith(")") or s.startswith("-") or s.endswith("-")
    core = re.sub(r"[^\d.,']", "", s)
    m = re.search(r"[.,](\d{1,2})$", core)
    if m:
        int_part = re.sub(r"\D", "", core[: m.start()])
        val = Decimal(f"{int_part or '0'}.{m.group(1)}")
    else:
        val = Decimal(re.sub(r"\D", "", core) or "0")
    return -val if neg else val
