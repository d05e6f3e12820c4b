"""A stress variant of a mapping golden split: every source header replaced by ``col_01`` ...
``col_NN`` (labels renamed to match), so headers say nothing and values and domains must carry
every correspondence (the "col_NN headers" weak spot of matching).

The variant is derived, not a new golden set: it is written to a folder of your choice (default a
temporary one) and never under ``assets_config/``. Use it on dev only (never on blind):

    python tools/golden/mapping_blank_headers.py [--split dev] [--out DIR]
    mapwright eval --mapping --mapping-dir DIR [--mapping-mode metadata_only]
"""

from __future__ import annotations

import argparse
import csv
import shutil
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2] / "assets_config" / "golden_mapping"


def blank_split(split: Path, out: Path) -> list[str]:
    """Write the blank-header variant of every pair of ``split`` under ``out``; the pair names."""
    done = []
    for pair in sorted(split.iterdir()):
        if not (pair / "labels.yaml").exists():
            continue
        dest = out / pair.name
        dest.mkdir(parents=True, exist_ok=True)
        with open(pair / "source.csv", encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        rename = {h: f"col_{k + 1:02d}" for k, h in enumerate(rows[0])}
        with open(dest / "source.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow([rename[h] for h in rows[0]])
            w.writerows(rows[1:])
        shutil.copy(pair / "target.yaml", dest / "target.yaml")
        labels = yaml.safe_load((pair / "labels.yaml").read_text(encoding="utf-8")) or {}
        for c in labels.get("correspondences", []):
            c["sources"] = [rename.get(s, s) for s in (c.get("sources") or [])]
        if isinstance(labels.get("key"), dict) and labels["key"].get("source"):
            labels["key"]["source"] = [rename.get(s, s) for s in labels["key"]["source"]]
        (dest / "labels.yaml").write_text(yaml.safe_dump(labels, allow_unicode=True, sort_keys=False),
                                          encoding="utf-8")
        done.append(pair.name)
    return done


def main(argv: list[str] | None = None) -> int:
    """Write the variant and print where it is."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split", default="dev", help="a split under assets_config/golden_mapping (dev only)")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    if "blind" in args.split:
        ap.error("blank-header variants are for development splits only")
    out = args.out or Path(tempfile.mkdtemp(prefix="golden_mapping_blank_"))
    names = blank_split(ROOT / args.split, out)
    print(f"{len(names)} pairs with blank source headers in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
