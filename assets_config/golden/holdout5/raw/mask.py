"""Mask raw holdout5 tables with the project's PresidioMasker and write the golden files."""
import glob
import json
import os
import sys

import yaml

os.chdir("/work/main")
sys.path.insert(0, "/work/main")
from adapters.pii.presidio_masker import PresidioMasker  # noqa: E402

RAW = "/tmp/h5/raw"
OUT = "/work/main/assets_config/golden/holdout5"
os.makedirs(OUT, exist_ok=True)


def q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


masker = PresidioMasker()
for path in sorted(glob.glob(os.path.join(RAW, "*.yaml"))):
    with open(path, encoding="utf-8") as fh:
        doc = yaml.safe_load(fh)
    cols = doc["columns"]
    names = [c["name"] for c in cols]
    rows = [{c["name"]: c["values"][i] for c in cols} for i in range(5)]
    res = masker.mask_rows(names, rows)
    ents = {}
    for mc in res.masking:
        ents.setdefault(mc.column, set()).update(mc.entity_types)
    lines = [
        f"table: {q(doc['table'])}",
        f"language: {doc['language']}",
        f"source: {q(doc['source'] + ' (values passed through PresidioMasker)')}",
        "columns:",
    ]
    for c in cols:
        masked = []
        for i in range(5):
            raw = c["values"][i]
            masked.append("" if raw == "" else str(res.rows[i].get(c["name"], "")))
        dom = "null" if c["domain"] is None else c["domain"]
        parts = [f"name: {q(c['name'])}", f"type: {c['type']}", f"domain: {dom}",
                 "values: [" + ", ".join(q(v) for v in masked) + "]"]
        if c["name"] in ents:
            parts.append("masked_entities: [" + ", ".join(sorted(ents[c["name"]])) + "]")
        lines.append("  - {" + ", ".join(parts) + "}")
    text = "\n".join(lines) + "\n"
    back = yaml.safe_load(text)
    assert [x["name"] for x in back["columns"]] == names
    assert all(len(x["values"]) == 5 for x in back["columns"])
    out = os.path.join(OUT, os.path.basename(path))
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(out, len(cols), "masked columns:", len(ents))
