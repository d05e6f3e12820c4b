import glob, os, sys, copy
import yaml
sys.path.insert(0, "/work/main"); os.chdir("/work/main")
sys.path.insert(0, "/tmp/h7")
from gen_raw import dump
from adapters.pii.presidio_masker import PresidioMasker

OUT = "/work/main/assets_config/golden/holdout7"
os.makedirs(OUT, exist_ok=True)
masker = PresidioMasker()
for path in sorted(glob.glob("/tmp/h7/raw/*.yaml")):
    d = yaml.safe_load(open(path, encoding="utf-8"))
    cols = [c["name"] for c in d["columns"]]
    rows = [{c["name"]: c["values"][i] for c in d["columns"]} for i in range(5)]
    res = masker.mask_rows(cols, rows)
    ents = {}
    for mc in res.masking:
        ents.setdefault(mc.column, set()).update(mc.entity_types)
    out = copy.deepcopy(d)
    out["source"] = d["source"] + " (values passed through PresidioMasker)"
    for c in out["columns"]:
        vals = []
        for i in range(5):
            raw = c["values"][i]
            v = res.rows[i].get(c["name"], raw)
            vals.append("" if raw == "" else ("" if v is None else str(v)))
        c["values"] = vals
        if c["name"] in ents:
            c["masked_entities"] = sorted(ents[c["name"]])
    dump(out, os.path.join(OUT, os.path.basename(path)))
    print(os.path.basename(path), len(cols), "masked cols:", len(ents))
