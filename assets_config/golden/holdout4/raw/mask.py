"""Mask holdout4 raw tables with the project's real PresidioMasker and write golden files."""
import glob, os, sys
import yaml

os.chdir("/work/main")
sys.path.insert(0, "/work/main")
sys.path.insert(0, "/tmp/h4")
from adapters.pii.presidio_masker import PresidioMasker  # noqa: E402
from author import render  # reuse the one-line-per-column writer  # noqa: E402

OUT = "/work/main/assets_config/golden/holdout4"
os.makedirs(OUT, exist_ok=True)
masker = PresidioMasker()

for path in sorted(glob.glob("/tmp/h4/raw/*.yaml")):
    t = yaml.safe_load(open(path, encoding="utf-8"))
    cols = [c["name"] for c in t["columns"]]
    rows = [{c["name"]: c["values"][i] for c in t["columns"]} for i in range(5)]
    res = masker.mask_rows(cols, rows)
    ents = {}
    for mc in res.masking:
        ents.setdefault(mc.column, set()).update(mc.entity_types)
    for c in t["columns"]:
        new = []
        for i in range(5):
            raw = c["values"][i]
            if raw == "":
                new.append("")
            else:
                v = res.rows[i].get(c["name"], raw)
                new.append("" if v is None else str(v))
        c["values"] = new
        if c["name"] in ents:
            c["masked_entities"] = sorted(ents[c["name"]])
    t["source"] = t["source"] + " (values passed through PresidioMasker)"
    txt = render(t)
    back = yaml.safe_load(txt)
    assert len(back["columns"]) == len(t["columns"])
    assert all(len(c["values"]) == 5 for c in back["columns"])
    out = os.path.join(OUT, os.path.basename(path))
    open(out, "w", encoding="utf-8").write(txt)
    print(out, len(t["columns"]), "masked cols:", len(ents))
