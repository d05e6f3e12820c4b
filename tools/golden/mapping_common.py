"""Framework for the mapping golden set: a pair = source.csv + target.yaml + labels.yaml + expected.csv.

Each pair is generated from canonical records, so the expected target row is computed from the
same values the source row was rendered from (no hand-copied answers).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

import golden_common as gc

OUT = gc.ROOT / "assets_config" / "golden_mapping"

# Domain ids that exist in assets_config/domains (only the ids were looked at).
DOMAINS = set("""
address.address_line2 address.city address.country_name address.full_address address.house_number
address.postal_code address.state_province address.street address.street_address contact.email contact.fax
contact.mobile_phone contact.phone datetime.created_at datetime.date datetime.epoch datetime.month
datetime.time datetime.timestamp datetime.updated_at datetime.year flag.boolean flag.consent flag.is_active
flag.is_deleted flag.verified geo.coordinates geo.latitude geo.longitude geo.timezone id.bank_account_number
id.bic id.credit_card id.customer_id id.de_tax_id id.drivers_license id.ean id.employee_id id.es_dni id.fr_nir
id.iban id.invoice_number id.isbn id.license_plate id.national_id id.order_number id.passport_number
id.record_id id.sku id.tracking_number id.uk_nino id.us_ein id.us_ssn id.uuid id.vat_number id.vin
iso.country_alpha2 iso.country_alpha3 iso.currency_code iso.language_code iso.locale money.account_balance
money.amount money.amount_with_currency money.exchange_rate money.salary money.tax_amount money.unit_price
org.company_name org.cost_center org.department org.industry org.legal_form person.age person.date_of_birth
person.first_name person.full_name person.gender person.job_title person.last_name person.marital_status
person.middle_name person.nationality person.salutation person.username qty.area qty.count qty.duration
qty.length qty.mass qty.percentage qty.temperature qty.volume status.record_status text.category
text.description text.notes text.product_name text.title web.domain_name web.http_status web.ipv4 web.ipv6
web.mac_address web.mime_type web.social_handle web.url web.user_agent
""".split())

KINDS = {"atomic", "compose", "decompose", "reformat", "date_format", "unit", "value_map", "type_cast", "unmapped"}
TYPES = {"string", "int", "decimal", "float", "date", "datetime", "bool"}


def C(name: str, type_: str, domain: str | None = None, *, key: bool = False, nullable: bool = True,
      max_length: int | None = None, allowed_values: list | None = None, regex: str | None = None,
      description: str | None = None) -> dict:
    assert type_ in TYPES, type_
    assert domain is None or domain in DOMAINS, domain
    d: dict = {"name": name, "type": type_}
    if domain:
        d["domain"] = domain
    if key:
        d["key"] = True
    d["nullable"] = nullable
    if max_length:
        d["max_length"] = max_length
    if allowed_values:
        d["allowed_values"] = allowed_values
    if regex:
        d["regex"] = regex
    if description:
        d["description"] = description
    return d


class Pair:
    def __init__(self, split: str, name: str, description: str, table: str, n: int, seed: int):
        self.split, self.name, self.description, self.table, self.n = split, name, description, table, n
        self.rng = random.Random(seed)
        self.src_cols: list[str] = []
        self.tgt_cols: list[dict] = []
        self.corr: list[tuple[str, list[str], str]] = []
        self.key_src: list[str] = []
        self.key_tgt: list[str] = []
        self.row: Callable[[random.Random, int], tuple[dict, dict]] | None = None
        self.n_examples = 3
        self.comment = ""

    def m(self, target: str, sources: list[str] | str, kind: str) -> None:
        if isinstance(sources, str):
            sources = [sources]
        assert kind in KINDS, kind
        self.corr.append((target, sources, kind))

    def write(self) -> tuple[int, int, int]:
        assert self.row is not None
        src_rows, tgt_rows = [], []
        tnames = [c["name"] for c in self.tgt_cols]
        for i in range(self.n):
            s, t = self.row(self.rng, i)
            for c in tnames:
                t.setdefault(c, None)
            assert set(s) == set(self.src_cols), (self.name, set(s) ^ set(self.src_cols))
            assert set(t) == set(tnames), (self.name, set(t) ^ set(tnames))
            src_rows.append(s)
            tgt_rows.append(t)
        examples = []
        for j in range(self.n_examples):
            _, t = self.row(self.rng, self.n + 1000 + j)
            for c in tnames:
                t.setdefault(c, None)
            examples.append(t)
        # consistency checks
        mapped = [c[0] for c in self.corr]
        assert sorted(mapped) == sorted(tnames), (self.name, set(mapped) ^ set(tnames))
        for _, srcs, kind in self.corr:
            for s in srcs:
                assert s in self.src_cols, (self.name, s)
            assert (kind == "unmapped") == (not srcs), (self.name, srcs, kind)
        for k in self.key_src:
            assert k in self.src_cols
        for k in self.key_tgt:
            assert k in tnames
        keys = [tuple(t[k] for k in self.key_tgt) for t in tgt_rows]
        assert len(set(keys)) == len(keys), (self.name, "duplicate target keys")
        for c in self.tgt_cols:
            if c.get("allowed_values"):
                for t in tgt_rows:
                    v = t[c["name"]]
                    assert v is None or v in c["allowed_values"], (self.name, c["name"], v)
            if not c["nullable"]:
                assert all(t[c["name"]] not in (None, "") for t in tgt_rows), (self.name, c["name"])
        d = OUT / self.split / self.name
        gc.write_csv(d / "source.csv", self.src_cols, [[r[c] for c in self.src_cols] for r in src_rows])
        gc.write_csv(d / "expected.csv", tnames, [[fmt(r[c]) for c in tnames] for r in tgt_rows])
        (d / "target.yaml").write_text(self._target_yaml(examples), encoding="utf-8")
        (d / "labels.yaml").write_text(self._labels_yaml(), encoding="utf-8")
        return len(src_rows), len(self.src_cols), len(tnames)

    def _target_yaml(self, examples: list[dict]) -> str:
        lines = []
        if self.comment:
            lines += [f"# {c}" for c in self.comment.splitlines()]
        lines += [f"table: {self.table}", "columns:"]
        for c in self.tgt_cols:
            parts = []
            for k, v in c.items():
                if k == "allowed_values":
                    parts.append(f"allowed_values: [{', '.join(gc.yscalar(x) for x in v)}]")
                elif k == "name" or k == "type" or k == "domain":
                    parts.append(f"{k}: {v}")
                else:
                    parts.append(f"{k}: {gc.yscalar(v)}")
            lines.append("  - {" + ", ".join(parts) + "}")
        if examples:
            lines.append("examples:")
            for e in examples:
                parts = [f"{c['name']}: {yval(e[c['name']], c['type'])}" for c in self.tgt_cols
                         if e[c["name"]] is not None]
                lines.append("  - {" + ", ".join(parts) + "}")
        return "\n".join(lines) + "\n"

    def _labels_yaml(self) -> str:
        lines = [f"pair: {self.name}", f"description: {gc.yq(self.description)}",
                 f"key: {{source: [{', '.join(gc.yq(k) for k in self.key_src)}], "
                 f"target: [{', '.join(self.key_tgt)}]}}", "correspondences:"]
        order = {c["name"]: i for i, c in enumerate(self.tgt_cols)}
        for tgt, srcs, kind in sorted(self.corr, key=lambda c: order[c[0]]):
            lines.append(f"  - {{target: {tgt}, sources: [{', '.join(gc.yq(s) for s in srcs)}], kind: {kind}}}")
        return "\n".join(lines) + "\n"


def fmt(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def yval(v, type_: str) -> str:
    if isinstance(v, bool) or type_ == "bool":
        return "true" if v in (True, "true") else "false"
    if type_ in ("int", "decimal", "float"):
        return str(v)
    return gc.yq(str(v))


# ---------------------------------------------------------------------------------------------
# number / date helpers
# ---------------------------------------------------------------------------------------------
def q(x, places: int = 2) -> str:
    d = Decimal(str(x)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{d:.{places}f}"


def eu(x, places: int = 2, thousands: str = ".") -> str:
    s = f"{Decimal(str(x)):,.{places}f}"
    return s.replace(",", "\0").replace(".", ",").replace("\0", thousands)


def us(x, places: int = 2) -> str:
    return f"{Decimal(str(x)):,.{places}f}"


EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]
FR_MONTH = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre"]
DE_MONTH = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
            "November", "Dezember"]


def render_date(d, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "eu_slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "eu_dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "eu_dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "en_mon":
        return f"{EN_MON[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy_mon":
        return f"{d.day} {EN_MON[d.month - 1]} {d.year}"
    if style == "dd_mon_yyyy":
        return f"{d.day:02d}-{EN_MON[d.month - 1]}-{d.year}"
    if style == "fr_long":
        return f"{d.day} {FR_MONTH[d.month - 1]} {d.year}"
    if style == "de_long":
        return f"{d.day}. {DE_MONTH[d.month - 1]} {d.year}"
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "jp":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "ymd_slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    raise ValueError(style)


# ---------------------------------------------------------------------------------------------
# phones: returns (display form, E.164)
# ---------------------------------------------------------------------------------------------
def phone(rng: random.Random, country: str, mobile: bool | None = None) -> tuple[str, str]:
    if mobile is None:
        mobile = rng.random() < 0.6
    s = rng.randrange(4)
    if country == "DE":
        if mobile:
            area, sub = rng.choice(["151", "160", "170", "171", "176"]), gc.digits(rng, 8)
        else:
            area = rng.choice(["30", "89", "40", "221", "69", "711", "351"])
            sub = gc.digits(rng, 10 - len(area))
        disp = [f"0{area} {sub}", f"0{area}/{sub}", f"+49 {area} {sub}", f"+49 (0){area} {sub}"][s]
        return disp, f"+49{area}{sub}"
    if country == "AT":
        area, sub = rng.choice(["1", "664", "316"]), gc.digits(rng, 7)
        return [f"0{area} {sub}", f"+43 {area} {sub}", f"0{area}/{sub}", f"+43 ({area}) {sub}"][s], f"+43{area}{sub}"
    if country == "CH":
        area, sub = rng.choice(["44", "79", "31"]), gc.digits(rng, 7)
        return [f"0{area} {sub[:3]} {sub[3:5]} {sub[5:]}", f"+41 {area} {sub[:3]} {sub[3:5]} {sub[5:]}",
                f"0{area}{sub}", f"+41{area}{sub}"][s], f"+41{area}{sub}"
    if country == "FR":
        n = rng.choice("67" if mobile else "12345") + gc.digits(rng, 8)
        pairs = " ".join(n[i:i + 2] for i in range(1, 9, 2))
        disp = [f"0{n[0]} {pairs}", f"+33 {n[0]} {pairs}", f"0{n}", f"0{n[0]}.{pairs.replace(' ', '.')}"][s]
        return disp, f"+33{n}"
    if country == "US":
        a, e, ln = rng.choice(["212", "415", "312", "617", "512", "206"]), rng.randint(201, 989), gc.digits(rng, 4)
        disp = [f"({a}) {e}-{ln}", f"{a}-{e}-{ln}", f"+1 {a} {e} {ln}", f"{a}.{e}.{ln}"][s]
        return disp, f"+1{a}{e}{ln}"
    if country == "GB":
        n = "7" + gc.digits(rng, 9) if mobile else "20" + gc.digits(rng, 8)
        disp = [f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"0{n}", f"+44 (0){n[:4]} {n[4:]}"][s]
        return disp, f"+44{n}"
    if country == "NL":
        n = "6" + gc.digits(rng, 8) if mobile else "20" + gc.digits(rng, 7)
        disp = [f"0{n[0]}-{n[1:]}" if mobile else f"0{n[:2]}-{n[2:]}", f"+31 {n[0]} {n[1:]}" if mobile
                else f"+31 {n[:2]} {n[2:]}", f"0{n}", f"0031{n}"][s]
        return disp, f"+31{n}"
    if country == "PL":
        n = rng.choice("5678") + gc.digits(rng, 8)
        disp = [f"{n[:3]} {n[3:6]} {n[6:]}", f"+48 {n[:3]}-{n[3:6]}-{n[6:]}", n, f"+48{n}"][s]
        return disp, f"+48{n}"
    if country == "IT":
        n = "3" + gc.digits(rng, 9)
        disp = [f"{n[:3]} {n[3:]}", f"+39 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:]}", f"0039{n}"][s]
        return disp, f"+39{n}"
    if country == "ES":
        n = rng.choice("679") + gc.digits(rng, 8)
        disp = [f"{n[:3]} {n[3:6]} {n[6:]}", f"+34 {n[:3]} {n[3:6]} {n[6:]}", n, f"0034 {n}"][s]
        return disp, f"+34{n}"
    if country == "JP":
        if mobile:
            n = rng.choice(["90", "80", "70"]) + gc.digits(rng, 8)
            disp = [f"0{n[:2]}-{n[2:6]}-{n[6:]}", f"0{n}", f"+81 {n[:2]}-{n[2:6]}-{n[6:]}",
                    f"0{n[:2]} {n[2:6]} {n[6:]}"][s]
        else:
            n = "3" + gc.digits(rng, 8)
            disp = [f"03-{n[1:5]}-{n[5:]}", f"0{n}", f"+81 3-{n[1:5]}-{n[5:]}", f"03({n[1:5]}){n[5:]}"][s]
        return disp, f"+81{n}"
    if country == "BR":
        ddd, n = rng.choice(["11", "21", "31", "71"]), "9" + gc.digits(rng, 8)
        disp = [f"({ddd}) {n[:5]}-{n[5:]}", f"+55 {ddd} {n[:5]}-{n[5:]}", f"{ddd}{n}", f"{ddd} {n[:5]} {n[5:]}"][s]
        return disp, f"+55{ddd}{n}"
    raise ValueError(country)


def title_name(s: str) -> str:
    """Title-case a surname given in capitals: DUPONT -> Dupont, LE GOFF -> Le Goff, N'DIAYE -> N'Diaye."""
    out = []
    cap = True
    for ch in s.lower():
        out.append(ch.upper() if cap else ch)
        cap = ch in " -'"
    return "".join(out)
