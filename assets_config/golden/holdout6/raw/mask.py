"""Mask the raw holdout6 tables with the project's real PresidioMasker."""
import glob
import json
import os
import sys

import yaml

os.chdir("/work/main")
sys.path.insert(0, "/work/main")
from adapters.pii.presidio_masker import PresidioMasker  # noqa: E402

RAW = "/tmp/h6/raw"
OUT = "/work/main/assets_config/golden/holdout6"


def q(s):
    # JSON string literal is a valid YAML double-quoted scalar
    return json.dumps(s, ensure_ascii=False)


def main():
    masker = PresidioMasker()
    os.makedirs(OUT, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(RAW, "*.yaml"))):
        with open(path, encoding="utf-8") as fh:
            table = yaml.safe_load(fh)
        cols = table["columns"]
        names = [c["name"] for c in cols]
        n = len(cols[0]["values"])
        rows = [{c["name"]: c["values"][i] for c in cols} for i in range(n)]
        res = masker.mask_rows(names, rows)
        ents = {}
        for mc in res.masking:
            ents.setdefault(mc.column, set()).update(mc.entity_types)
        lines = [
            f"table: {q(table['table'])}",
            f"language: {table['language']}",
            f"source: {q(table['source'] + ' (values passed through PresidioMasker)')}",
            "columns:",
        ]
        for c in cols:
            name = c["name"]
            vals = []
            for i in range(n):
                raw = c["values"][i]
                vals.append("" if raw == "" else str(res.rows[i].get(name, raw)))
            dom = "null" if c["domain"] is None else c["domain"]
            parts = [f"name: {q(name)}", f"type: {c['type']}", f"domain: {dom}",
                     "values: [" + ", ".join(q(v) for v in vals) + "]"]
            if name in ents:
                parts.append("masked_entities: [" + ", ".join(sorted(ents[name])) + "]")
            lines.append("  - {" + ", ".join(parts) + "}")
        out = os.path.join(OUT, os.path.basename(path))
        text = "\n".join(lines) + "\n"
        check = yaml.safe_load(text)
        assert [c["name"] for c in check["columns"]] == names
        assert all(len(c["values"]) == n for c in check["columns"])
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(text)
        print(f"{os.path.basename(path)}: {len(cols)} columns, {len(ents)} masked")


if __name__ == "__main__":
    main()
