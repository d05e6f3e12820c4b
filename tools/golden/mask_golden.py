"""Write golden tables from raw synthetic tables, values passed through the project's real PII masker.

    python tools/golden/mask_golden.py tools/golden/raw/set8 assets_config/golden/blind/set8

Each raw table (``tools/golden/raw/<set>/*.yaml``: table, language, source, columns with name, type,
domain label and synthetic values) is masked with :class:`adapters.pii.PresidioMasker`, the way a
Sample Pack is, and written one line per column. Paths are relative to the repository root.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _q(s: str) -> str:
    """A JSON string literal is a valid YAML double-quoted scalar."""
    return json.dumps(s, ensure_ascii=False)


def render(table: dict[str, Any], masker: Any) -> str:
    """The golden YAML of one raw table, its values masked."""
    cols = table["columns"]
    names = [c["name"] for c in cols]
    n = len(cols[0]["values"])
    rows = [{c["name"]: c["values"][i] for c in cols} for i in range(n)]
    res = masker.mask_rows(names, rows)
    ents: dict[str, set[str]] = {}
    for mc in res.masking:
        ents.setdefault(mc.column, set()).update(mc.entity_types)
    lines = [f"table: {_q(table['table'])}", f"language: {table['language']}",
             f"source: {_q(table['source'] + ' (values passed through PresidioMasker)')}", "columns:"]
    for c in cols:
        name = c["name"]
        vals = []
        for i in range(n):
            raw = c["values"][i]
            masked = res.rows[i].get(name, raw)
            vals.append("" if raw == "" or masked is None else str(masked))
        dom = "null" if c["domain"] is None else c["domain"]
        parts = [f"name: {_q(name)}", f"type: {c['type']}", f"domain: {dom}",
                 "values: [" + ", ".join(_q(v) for v in vals) + "]"]
        if name in ents:
            parts.append("masked_entities: [" + ", ".join(sorted(ents[name])) + "]")
        lines.append("  - {" + ", ".join(parts) + "}")
    text = "\n".join(lines) + "\n"
    check = yaml.safe_load(text)
    assert [c["name"] for c in check["columns"]] == names
    assert all(len(c["values"]) == n for c in check["columns"])
    return text


def main(argv: list[str] | None = None) -> int:
    """Mask every raw table of ``raw_dir`` into ``out_dir``."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("raw_dir", type=Path, help="e.g. tools/golden/raw/set8")
    ap.add_argument("out_dir", type=Path, help="e.g. assets_config/golden/blind/set8")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from adapters.pii import PresidioMasker

    masker = PresidioMasker()
    raw_dir = args.raw_dir if args.raw_dir.is_absolute() else ROOT / args.raw_dir
    out_dir = args.out_dir if args.out_dir.is_absolute() else ROOT / args.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    for path in sorted(raw_dir.glob("*.yaml")):
        table = yaml.safe_load(path.read_text(encoding="utf-8"))
        (out_dir / path.name).write_text(render(table, masker), encoding="utf-8")
        print(f"{path.name}: {len(table['columns'])} columns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
