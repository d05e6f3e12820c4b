import glob, json, os, sys
os.chdir('/work/main'); sys.path.insert(0, '/work/main')
import yaml
from adapters.pii.presidio_masker import PresidioMasker

OUT = '/work/main/assets_config/golden/holdout8'
masker = PresidioMasker()

def q(s):
    return json.dumps(s, ensure_ascii=False)

for path in sorted(glob.glob('/tmp/h8/raw/*.yaml')):
    d = yaml.safe_load(open(path, encoding='utf-8'))
    cols = d['columns']
    names = [c['name'] for c in cols]
    rows = [{c['name']: c['values'][i] for c in cols} for i in range(5)]
    res = masker.mask_rows(names, rows)
    ents = {}
    for m in res.masking:
        ents.setdefault(m.column, set()).update(m.entity_types)
    lines = ['table: ' + q(d['table']), 'language: ' + d['language'],
             'source: ' + q(d['source'] + ' (values passed through PresidioMasker)'), 'columns:']
    for c in cols:
        vals = []
        for i in range(5):
            raw = c['values'][i]
            v = '' if raw == '' else res.rows[i].get(c['name'], '')
            vals.append('' if v is None else str(v))
        dom = 'null' if c['domain'] is None else c['domain']
        s = '  - {name: %s, type: %s, domain: %s, values: [%s]' % (q(c['name']), c['type'], dom, ', '.join(q(v) for v in vals))
        if c['name'] in ents:
            s += ', masked_entities: [%s]' % ', '.join(sorted(ents[c['name']]))
        lines.append(s + '}')
    out = os.path.join(OUT, os.path.basename(path))
    open(out, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
    back = yaml.safe_load(open(out, encoding='utf-8'))
    assert len(back['columns']) == len(cols)
    for a, b in zip(back['columns'], cols):
        assert a['name'] == b['name'] and a['domain'] == b['domain'] and len(a['values']) == 5
    print(out, len(cols), 'masked cols:', len(ents))
