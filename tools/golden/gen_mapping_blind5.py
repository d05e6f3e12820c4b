# ruff: noqa
"""Blind mapping golden set, session 10 (8 pairs, split `blind`).

Standard library plus the helper modules in this folder; fixed seeds 10101-10108.
Run:  /work/main/.venv/bin/python tools/golden/gen_mapping_blind5.py -> assets_config/golden_mapping/blind/
(a blind-written generator, kept as its author wrote it; only its output path was repointed)
The output root is the single constant OUT_ROOT below (the lead may repoint it).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import golden_common as gc  # noqa: E402
import mapping_common as mc  # noqa: E402

OUT_ROOT = Path(__file__).resolve().parents[2] / "assets_config" / "golden_mapping"   # <- the ONE output path constant
mc.OUT = OUT_ROOT
SPLIT = "dev"

C = mc.C
D = Decimal


def q(x, places: int = 2) -> str:
    return mc.q(x, places)


def rhu(x) -> int:
    """round half up to int"""
    return int(D(str(x)).quantize(D(1), rounding=ROUND_HALF_UP))


def grp(s: str, sep: str) -> str:
    """group an integer digit string in threes with sep"""
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def num(x, places: int, dec: str = ",", thou: str = "") -> str:
    s = q(x, places)
    neg = s.startswith("-")
    s = s.lstrip("-")
    ip, _, fp = s.partition(".")
    ip = grp(ip, thou) if thou else ip
    r = ip + (dec + fp if places else "")
    return ("-" if neg else "") + r


def strip0(s: str, dec: str = ",") -> str:
    if dec in s:
        s = s.rstrip("0").rstrip(dec)
    return s


def unmapped_cols(p: mc.Pair, specs: list[tuple[str, str, str | None, str]]) -> list[dict]:
    cols = []
    for name, typ, dom, desc in specs:
        cols.append(C(name, typ, dom, description=desc))
        p.m(name, [], "unmapped")
    return cols


def interleave(rng: random.Random, mapped: list[dict], extra: list[dict], keep_first: int) -> list[dict]:
    """shuffle unmapped columns among the mapped ones (mapped keep their order)"""
    out = mapped[:keep_first]
    rest = mapped[keep_first:]
    slots = [("m", c) for c in rest] + [("u", c) for c in extra]
    pos = sorted(rng.sample(range(len(slots)), len(extra)))
    it_m, it_u = iter(rest), iter(extra)
    for k in range(len(slots)):
        out.append(next(it_u) if k in pos else next(it_m))
    return out


THAI_DIG = "๐๑๒๓๔๕๖๗๘๙"


def thai_digits(s: str) -> str:
    return "".join(THAI_DIG[int(c)] if c.isdigit() else c for c in s)


# =============================================================================================
# 1. Thai blood donation register (Thai script, Buddhist-era dates, Thai digits)
# =============================================================================================
TH_MON_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
TH_MON_FULL = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
               "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_M = ["สมชาย", "ประเสริฐ", "วิชัย", "ธนากร", "กิตติพงษ์", "ณัฐวุฒิ", "อภิชาติ", "สุรเชษฐ์", "ภานุวัฒน์", "ชยพล",
        "ธีรภัทร", "ปิยะพงศ์", "เอกชัย", "วีระยุทธ", "พงศกร"]
TH_F = ["สมหญิง", "วรรณา", "กาญจนา", "ศิริพร", "ปวีณา", "ณัฐธิดา", "พิมพ์ชนก", "อรอุมา", "สุดารัตน์", "จิราพร",
        "เบญจวรรณ", "ชุติมา", "รัชนี", "มณีรัตน์", "ธิดารัตน์"]
TH_L = ["ใจดี", "ศรีสุข", "สุขสวัสดิ์", "วงศ์สวัสดิ์", "แก้วมณี", "ทองดี", "บุญมา", "รัตนพันธ์", "เจริญผล", "พรหมวงศ์",
        "ชัยมงคล", "สิทธิโชค", "ศักดิ์สิทธิ์", "ปัญญาวงศ์", "อินทรประเสริฐ", "แสงอรุณ", "นาคสวัสดิ์", "จันทร์เพ็ญ"]
TH_PROV = [("TH-10", ["กรุงเทพมหานคร", "กรุงเทพฯ", "กทม.", "Bangkok"]), ("TH-50", ["เชียงใหม่", "จ.เชียงใหม่", "Chiang Mai"]),
           ("TH-40", ["ขอนแก่น", "จ.ขอนแก่น", "Khon Kaen"]), ("TH-83", ["ภูเก็ต", "จ.ภูเก็ต", "Phuket"]),
           ("TH-30", ["นครราชสีมา", "โคราช", "จ.นครราชสีมา"]), ("TH-90", ["สงขลา", "จ.สงขลา", "Songkhla"]),
           ("TH-12", ["นนทบุรี", "จ.นนทบุรี", "Nonthaburi"])]


def th_id(rng: random.Random, born: dt.date) -> str:
    first = "1" if born.year >= 1984 else "3"
    d = first + gc.digits(rng, 11)
    s = sum(int(c) * (13 - i) for i, c in enumerate(d))
    return d + str((11 - s % 11) % 10)


def th_date(d: dt.date, style: str) -> str:
    be = d.year + 543
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{be}"
    if style == "abbr":
        return f"{d.day} {TH_MON_ABBR[d.month - 1]} {be}"
    if style == "abbr2":
        return f"{d.day} {TH_MON_ABBR[d.month - 1]} {be % 100:02d}"
    if style == "full":
        return f"{d.day} {TH_MON_FULL[d.month - 1]} {be}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def pair_th() -> None:
    p = mc.Pair(SPLIT, "borijak_lueat_th_to_blood_donation",
                "Thai blood-bank donation register with Thai headers: titles inside the name (นาย/นาง/นางสาว/น.ส.), "
                "Buddhist-era dates (2567 = 2024, also 2-digit and Thai digits), ABO in Thai letters, Rh, volumes "
                "in ซีซี/มล./ลิตร, Hb in g/dL or g/L, blood pressure split, screening outcome, Thai ID and phones",
                "blood_donation", 150, 10101)
    S = ["ลำดับ", "เลขที่ถุงโลหิต", "เลขประจำตัวประชาชน", "ชื่อ-นามสกุล", "เพศ", "วันเกิด", "วันที่บริจาค", "หมู่เลือด",
         "Rh", "น้ำหนัก", "ความดันโลหิต", "ความเข้มข้นเลือด", "ผลการคัดกรอง", "ปริมาณที่เจาะเก็บ", "บริจาคครั้งที่",
         "โทรศัพท์มือถือ", "จังหวัด", "รหัสหน่วย", "ผู้เจาะเก็บ", "หมายเหตุ"]
    p.src_cols = S
    mapped = [
        C("bag_number", "string", "id.record_id", key=True, nullable=False, description="blood bag number, as printed"),
        C("national_id", "string", "id.national_id", regex=r"^\d{13}$", description="Thai citizen id, 13 digits, no separators"),
        C("salutation", "string", "person.salutation", allowed_values=["MR", "MRS", "MISS"],
          description="title: MR (นาย), MRS (นาง), MISS (นางสาว)"),
        C("first_name", "string", "person.first_name", description="given name in Thai script"),
        C("last_name", "string", "person.last_name", description="family name in Thai script"),
        C("gender", "string", "person.gender", allowed_values=["M", "F"]),
        C("birth_date", "date", "person.date_of_birth", description="Gregorian calendar"),
        C("donated_at", "datetime", "datetime.timestamp", description="local time of the donation (Gregorian)"),
        C("abo_group", "string", "text.category", allowed_values=["A", "B", "AB", "O"]),
        C("rh_factor", "string", "text.category", allowed_values=["POS", "NEG"]),
        C("weight_kg", "decimal", "qty.mass", description="donor weight in kg, 1 decimal"),
        C("systolic_mmhg", "int", "qty.count"),
        C("diastolic_mmhg", "int", "qty.count"),
        C("hemoglobin_g_dl", "decimal", "qty.count", description="haemoglobin in g/dL, 1 decimal"),
        C("screening_result", "string", "status.record_status",
          allowed_values=["ACCEPTED", "DEFERRED_LOW_HB", "DEFERRED_HIGH_BP"]),
        C("volume_ml", "int", "qty.volume", description="collected volume in ml; null when nothing was collected"),
        C("donation_number", "int", "qty.count", description="how many times the donor has given blood, this one included"),
        C("mobile_e164", "string", "contact.mobile_phone", description="E.164"),
        C("province_code", "string", "address.state_province", regex=r"^TH-\d{2}$", description="ISO 3166-2:TH"),
    ]
    p.tgt_cols = mapped + unmapped_cols(p, [("last_donation_date", "date", "datetime.date", "previous donation"),
                                             ("email", "string", "contact.email", None)])
    p.m("bag_number", "เลขที่ถุงโลหิต", "atomic")
    p.m("national_id", "เลขประจำตัวประชาชน", "reformat")
    for t in ("salutation", "first_name", "last_name"):
        p.m(t, "ชื่อ-นามสกุล", "decompose")
    p.m("gender", "เพศ", "value_map")
    p.m("birth_date", "วันเกิด", "date_format")
    p.m("donated_at", "วันที่บริจาค", "date_format")
    p.m("abo_group", "หมู่เลือด", "value_map")
    p.m("rh_factor", "Rh", "value_map")
    p.m("weight_kg", "น้ำหนัก", "unit")
    p.m("systolic_mmhg", "ความดันโลหิต", "decompose")
    p.m("diastolic_mmhg", "ความดันโลหิต", "decompose")
    p.m("hemoglobin_g_dl", "ความเข้มข้นเลือด", "unit")
    p.m("screening_result", "ผลการคัดกรอง", "value_map")
    p.m("volume_ml", "ปริมาณที่เจาะเก็บ", "unit")
    p.m("donation_number", "บริจาคครั้งที่", "type_cast")
    p.m("mobile_e164", "โทรศัพท์มือถือ", "reformat")
    p.m("province_code", "จังหวัด", "value_map")
    p.key_src, p.key_tgt = ["เลขที่ถุงโลหิต"], ["bag_number"]
    abo_r = {"A": ["A", "เอ", "กรุ๊ปเอ"], "B": ["B", "บี", "กรุ๊ปบี"], "AB": ["AB", "เอบี"], "O": ["O", "โอ", "กรุ๊ปโอ"]}
    nurses = ["พยาบาลสุนิสา", "คุณวิไล", "จนท.ประภาพร", "พว.อัมพร", "คุณเกศินี"]
    notes = ["", "", "", "-", "มากับเพื่อน", "นัดบริจาคเกล็ดเลือด", "ทานยาแก้แพ้เมื่อวาน", "ขอรับเสื้อที่ระลึก"]

    def row(rng: random.Random, i: int):
        sex = rng.choice("MF")
        first = rng.choice(TH_M if sex == "M" else TH_F)
        last = rng.choice(TH_L)
        born = gc.rand_date(rng, dt.date(1962, 1, 1), dt.date(2006, 6, 30))
        if sex == "M":
            title, sal = "นาย", "MR"
        elif rng.random() < 0.5:
            title, sal = "นาง", "MRS"
        else:
            title, sal = rng.choice(["นางสาว", "นางสาว", "น.ส."]), "MISS"
        name = rng.choice([f"{title} {first} {last}", f"{title}{first} {last}", f"{title}{first}  {last}"])
        nid = th_id(rng, born)
        nid_s = rng.choice([nid, f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}",
                            f"{nid[0]} {nid[1:5]} {nid[5:10]} {nid[10:12]} {nid[12]}", nid])
        when = dt.datetime(2024, 1, 3) + dt.timedelta(days=rng.randrange(170), minutes=rng.randrange(8 * 60, 16 * 60))
        st = rng.randrange(5)
        hm = f"{when.hour:02d}:{when.minute:02d}"
        if st == 0:
            when_s = f"{th_date(when.date(), 'slash')} {hm}"
        elif st == 1:
            when_s = f"{th_date(when.date(), 'abbr2')} {when.hour:02d}.{when.minute:02d} น."
        elif st == 2:
            when_s = f"{when.date().isoformat()} {hm}:00"
        elif st == 3:
            when_s = thai_digits(f"{th_date(when.date(), 'abbr')} {hm}")
        else:
            when_s = f"{th_date(when.date(), 'full')} เวลา {hm} น."
        born_s = th_date(born, rng.choice(["slash", "slash", "abbr", "full", "iso"]))
        abo = rng.choices(["O", "A", "B", "AB"], [38, 22, 33, 7])[0]
        rh_pos = rng.random() > 0.05
        rh_s = rng.choice(["+", "บวก", "Pos", "Rh+"]) if rh_pos else rng.choice(["-", "ลบ", "Neg", "Rh-"])
        weight = D(rng.randint(90, 190)) / 2
        w_s = rng.choice([f"{strip0(q(weight, 1), '.')} กก.", f"{q(weight, 1)} kg", strip0(q(weight, 1), "."),
                          f"{rhu(weight * 1000)} กรัม" if rng.random() < 0.3 else f"{q(weight, 1)} กก."])
        outcome = rng.choices(["ACCEPTED", "DEFERRED_LOW_HB", "DEFERRED_HIGH_BP"], [86, 8, 6])[0]
        if outcome == "DEFERRED_HIGH_BP":
            sy, di = rng.randint(161, 185), rng.randint(95, 110)
        else:
            sy, di = rng.randint(100, 158), rng.randint(60, 95)
        hb = D(rng.randint(108, 124)) / 10 if outcome == "DEFERRED_LOW_HB" else D(rng.randint(125, 168)) / 10
        bp_s = rng.choice([f"{sy}/{di}", f"{sy}/{di} mmHg", thai_digits(f"{sy}/{di}"), f"{sy} / {di}"])
        hb_s = rng.choice([q(hb, 1), f"{q(hb, 1)} g/dL", f"{rhu(hb * 10)} g/L", f"Hb {q(hb, 1)}"])
        res_s = {"ACCEPTED": ["ผ่าน", "ผ่านการคัดกรอง", "OK", "ผ่าน"],
                 "DEFERRED_LOW_HB": ["ไม่ผ่าน - Hb ต่ำ", "งดบริจาค (ความเข้มข้นเลือดต่ำ)", "ไม่ผ่าน: เลือดจาง"],
                 "DEFERRED_HIGH_BP": ["ไม่ผ่าน - ความดันสูง", "งดบริจาค (ความดันโลหิตสูง)", "ไม่ผ่าน: BP สูง"]}[outcome]
        vol = None
        vol_s = ""
        if outcome == "ACCEPTED":
            vol = 350 if weight < 50 else 450
            vol_s = rng.choice([f"{vol} ซีซี", f"{vol} มล.", f"{vol}ml", f"0.{vol // 10} ลิตร", thai_digits(f"{vol} ซีซี")])
        cnt = rng.choice([1, 1, 2, 3, 5, 8, 12, 17, 24, 36, 51, 75])
        cnt_s = rng.choice([str(cnt), f"ครั้งที่ {cnt}", thai_digits(str(cnt)), str(cnt)])
        n = rng.choice("689") + gc.digits(rng, 8)
        ph_s = rng.choice([f"0{n[:2]}-{n[2:5]}-{n[5:]}", f"0{n}", f"+66 {n[:2]} {n[2:5]} {n[5:]}", f"66{n}"])
        pc, pv = rng.choices(TH_PROV, [40, 12, 10, 8, 10, 8, 12])[0]
        bag = f"{rng.choice(['NBC', 'NBC', 'RBC05', 'MU'])}{67}{i:05d}"
        s = {"ลำดับ": str(i + 1), "เลขที่ถุงโลหิต": bag, "เลขประจำตัวประชาชน": nid_s, "ชื่อ-นามสกุล": name,
             "เพศ": rng.choice(["ชาย", "ช", "M"] if sex == "M" else ["หญิง", "ญ", "F"]), "วันเกิด": born_s,
             "วันที่บริจาค": when_s, "หมู่เลือด": rng.choice(abo_r[abo]), "Rh": rh_s, "น้ำหนัก": w_s,
             "ความดันโลหิต": bp_s, "ความเข้มข้นเลือด": hb_s, "ผลการคัดกรอง": rng.choice(res_s),
             "ปริมาณที่เจาะเก็บ": vol_s, "บริจาคครั้งที่": cnt_s, "โทรศัพท์มือถือ": ph_s, "จังหวัด": rng.choice(pv),
             "รหัสหน่วย": rng.choice(["HQ-01", "MU-12", "MU-07", "RBC-05"]), "ผู้เจาะเก็บ": rng.choice(nurses),
             "หมายเหตุ": rng.choice(notes)}
        t = {"bag_number": bag, "national_id": nid, "salutation": sal, "first_name": first, "last_name": last,
             "gender": sex, "birth_date": born.isoformat(), "donated_at": when.strftime("%Y-%m-%dT%H:%M:%S"),
             "abo_group": abo, "rh_factor": "POS" if rh_pos else "NEG", "weight_kg": q(weight, 1),
             "systolic_mmhg": sy, "diastolic_mmhg": di, "hemoglobin_g_dl": q(hb, 1), "screening_result": outcome,
             "volume_ml": vol, "donation_number": cnt, "mobile_e164": f"+66{n}", "province_code": pc}
        return s, t

    p.row = row
    print(p.name, p.write())


# =============================================================================================
# 2. Catalan race results (chip vs gun time, IOC codes, categories, pace per km / per mile)
# =============================================================================================
CA_MON = ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre",
          "desembre"]
CA_M = ["Jordi", "Pau", "Oriol", "Arnau", "Marc", "Joan", "Pere", "Xavier", "Quim", "Roger", "Sergi", "Albert",
        "Martí", "Aleix", "Josep Maria"]
CA_F = ["Montserrat", "Núria", "Laia", "Mireia", "Gemma", "Anna", "Mercè", "Roser", "Meritxell", "Aina", "Clàudia",
        "Judit", "Queralt", "Berta"]
CA_L = ["Puig", "Vila", "Serra", "Soler", "Ferrer", "Pujol", "Roca", "Font", "Casals", "Batlle", "Vidal", "Riera",
        "Bosch", "Sala", "Prat", "Martí", "Garcia", "Coll", "Torrents", "Badia", "Camps", "Vilaró", "Sabaté", "Nadal"]
KE_N = (["Eliud", "Geoffrey", "Kelvin", "Amos", "Benson"], ["Brigid", "Ruth", "Hellen", "Peres", "Joyciline"],
        ["Kiprotich", "Chepngetich", "Kiptum", "Kamworor", "Jepchirchir", "Kosgei", "Rotich"])
NATS = [("ES", ["ESP", "ESP", "Espanya", "ESP"], "ca"), ("AD", ["AND", "Andorra"], "ca"),
        ("FR", ["FRA", "França"], "fr_FR"), ("DE", ["GER", "Alemanya"], "de_DE"),
        ("NL", ["NED", "Països Baixos"], "nl_NL"), ("CH", ["SUI", "Suïssa"], "de_DE"),
        ("GB", ["GBR", "Regne Unit"], "en_GB"), ("IT", ["ITA", "Itàlia"], "it_IT"),
        ("DK", ["DEN", "Dinamarca"], "sv_SE"), ("PT", ["POR", "Portugal"], "pt_BR"),
        ("KE", ["KEN", "Kenya"], "ke"), ("CL", ["CHI", "Xile"], "es_ES"), ("ZA", ["RSA", "Sud-àfrica"], "en_GB")]
CA_TOWNS = ["Barcelona", "Girona", "Sabadell", "Terrassa", "Mataró", "Vic", "Manresa", "Reus", "Lleida",
            "Granollers", "Igualada", "Andorra la Vella", "Olot", "Sant Cugat del Vallès"]
CA_CLUBS = ["CA Vic", "Runners Sabadell", "Club Atlètic Igualada", "CE Manresa", "UA Terrassa", "Girona Runners",
            "Fondistes de Mataró", "AA Catalunya"]
RACE_DATE = dt.date(2024, 11, 10)
RACES = [("MAR", D("42.195"), ["42,195 km", "Marató", "42K", "MARATÓ"]),
         ("MIT", D("21.0975"), ["Mitja Marató", "21,0975 km", "21K", "Mitja"]),
         ("10K", D("10"), ["10 km", "10K", "Cursa 10K"])]


def hms(sec: int) -> str:
    return f"{sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d}"


def ca_cat(age: int) -> str:
    if age < 35:
        return "SENIOR"
    return "V60" if age >= 60 else f"V{age // 5 * 5}"


def pair_ca() -> None:
    n = 150
    p = mc.Pair(SPLIT, "classificacio_ca_to_race_result",
                "Catalan race results of a city marathon weekend (marathon, half, 10K in one file): `Temps real` is the "
                "chip (net) time and `Temps oficial` the gun time (distractor); non-finishers written in the time "
                "column; IOC nationality codes (GER, NED, SUI, CHI = Chile) and Catalan country names; `H/D/M/F`; "
                "veteran categories in several spellings; pace per km or per mile; Catalan dates",
                "race_result", n, 10102)
    S = ["Dorsal", "Cognoms", "Nom", "Sexe", "Data naixement", "Nacionalitat", "Població", "Club",
         "Correu electrònic", "Cursa", "Categoria", "Pos.", "Pos. cat.", "Temps oficial", "Temps real", "Ritme",
         "Pas 10 km", "Xip", "Talla samarreta", "Data inscripció"]
    p.src_cols = S
    tg = [
        C("bib", "int", "id.record_id", key=True, nullable=False, description="race number"),
        C("last_name", "string", "person.last_name"), C("first_name", "string", "person.first_name"),
        C("gender", "string", "person.gender", allowed_values=["M", "F"]),
        C("birth_date", "date", "person.date_of_birth"),
        C("nationality", "string", "iso.country_alpha2", description="ISO 3166-1 alpha-2"),
        C("city", "string", "address.city"), C("club", "string", "org.company_name", description="null when none"),
        C("email", "string", "contact.email", description="lower case"),
        C("distance_km", "decimal", "qty.length", description="race distance in km, 3 decimals (half = 21.098)"),
        C("age_category", "string", "text.category",
          allowed_values=["SENIOR", "V35", "V40", "V45", "V50", "V55", "V60"],
          description="age group on race day; V60 = 60 and over"),
        C("status", "string", "status.record_status", allowed_values=["FINISHED", "DNF", "DNS", "DSQ"]),
        C("net_time", "string", "datetime.time", regex=r"^\d{2}:\d{2}:\d{2}$",
          description="chip time (start mat to finish) as HH:MM:SS; null unless finished"),
        C("pace_sec_per_km", "int", "qty.duration", description="average pace in seconds per km, rounded half-up"),
        C("overall_rank", "int", "qty.count", description="place in the race, all genders"),
        C("category_rank", "int", "qty.count"),
    ]
    p.tgt_cols = tg + unmapped_cols(p, [("age_graded_pct", "decimal", "qty.percentage", None),
                                         ("certificate_url", "string", "web.url", None)])
    for t, s, k in [("bib", "Dorsal", "atomic"), ("last_name", "Cognoms", "atomic"), ("first_name", "Nom", "atomic"),
                    ("gender", "Sexe", "value_map"), ("birth_date", "Data naixement", "date_format"),
                    ("nationality", "Nacionalitat", "value_map"), ("city", "Població", "atomic"),
                    ("club", "Club", "atomic"), ("email", "Correu electrònic", "reformat"),
                    ("distance_km", "Cursa", "value_map"), ("age_category", "Categoria", "value_map"),
                    ("status", "Temps real", "decompose"), ("net_time", "Temps real", "decompose"),
                    ("pace_sec_per_km", "Ritme", "unit"), ("overall_rank", "Pos.", "type_cast"),
                    ("category_rank", "Pos. cat.", "type_cast")]:
        p.m(t, s, k)
    p.key_src, p.key_tgt = ["Dorsal"], ["bib"]

    def person_for(rng, loc):
        if loc == "ca":
            sex = rng.choice("MF")
            first = rng.choice(CA_M if sex == "M" else CA_F)
            last = rng.choice(CA_L) + rng.choice([" ", " ", " i "]) + rng.choice(CA_L)
            return sex, first, last
        if loc == "ke":
            sex = rng.choice("MF")
            return sex, rng.choice(KE_N[0] if sex == "M" else KE_N[1]), rng.choice(KE_N[2])
        pe = gc.person(rng, loc)
        return pe["sex"], pe["first"], pe["last"]

    def make(rng: random.Random, bib: int) -> dict:
        a2, nat_r, loc = rng.choices(NATS, [55, 5, 6, 5, 4, 3, 4, 3, 2, 3, 3, 2, 2])[0]
        sex, first, last = person_for(rng, loc)
        by = 2024 - int(rng.triangular(19, 76, 38))
        born = gc.rand_date(rng, dt.date(by, 1, 1), dt.date(by, 12, 31))
        age = RACE_DATE.year - born.year - ((RACE_DATE.month, RACE_DATE.day) < (born.month, born.day))
        race = rng.choices(RACES, [40, 35, 25])[0]
        lo, hi = {"MAR": (8400, 19800), "MIT": (3900, 9900), "10K": (1800, 4800)}[race[0]]
        chip = rng.randint(lo, hi)
        gun = chip + rng.randint(0, 240)
        status = rng.choices(["FINISHED", "DNF", "DNS", "DSQ"], [91, 5, 3, 1])[0]
        return {"bib": bib, "sex": sex, "first": first, "last": last, "born": born, "age": age, "a2": a2,
                "nat_r": nat_r, "race": race, "chip": chip, "gun": gun, "status": status, "cat": ca_cat(age)}

    rng0 = random.Random(10102 * 3)
    bibs = rng0.sample(range(101, 9000), n + 3)
    recs = [make(rng0, b) for b in bibs]
    ranked = recs[:n]  # ranks computed among the rows of the file
    for race in RACES:
        fin = sorted([r for r in ranked if r["race"] is race and r["status"] == "FINISHED"], key=lambda r: (r["gun"], r["bib"]))
        for k, r in enumerate(fin):
            r["pos"] = k + 1
        for sex in "MF":
            for cat in ["SENIOR", "V35", "V40", "V45", "V50", "V55", "V60"]:
                for k, r in enumerate([x for x in fin if x["sex"] == sex and x["cat"] == cat]):
                    r["pos_cat"] = k + 1
    for r in recs[n:]:
        r["pos"], r["pos_cat"] = rng0.randint(1, 400), rng0.randint(1, 40)

    def render_time(rng, sec, race):
        h, m, s_ = sec // 3600, sec % 3600 // 60, sec % 60
        st = rng.randrange(4)
        if st == 0:
            return f"{h}:{m:02d}:{s_:02d}"
        if st == 1:
            return hms(sec)
        if st == 2:
            return f"{h}h {m:02d}' {s_:02d}\"" if h else f"{m}' {s_:02d}\""
        return f"{h}h{m:02d}m{s_:02d}s" if h else f"{m}m{s_:02d}s"

    def row(rng: random.Random, i: int):
        r = recs[i] if i < n else recs[n + (i - n - 1000)]
        sex, race, dist = r["sex"], r["race"], r["race"][1]
        born = r["born"]
        de = "d'" if CA_MON[born.month - 1][0] in "aeiou" else "de "
        born_s = rng.choice([f"{born.day:02d}/{born.month:02d}/{born.year}", f"{born.day}-{born.month}-{born.year}",
                             f"{born.day} {de}{CA_MON[born.month - 1]} de {born.year}", born.isoformat()])
        cat = r["cat"]
        sx = "M" if sex == "M" else "F"
        if cat == "SENIOR":
            cat_s = rng.choice(["Sènior", "SEN", f"Sènior {'Masculí' if sex == 'M' else 'Femení'}", f"{sx}SEN"])
        else:
            a = cat[1:]
            cat_s = rng.choice([f"{sx}{a}", f"Veterà {a}" if sex == "M" else f"Veterana {a}", f"VET-{a}",
                                f"{sx}{a}" if cat != "V60" else "+60"])
        fin = r["status"] == "FINISHED"
        if fin:
            real_s = render_time(rng, r["chip"], race)
            gun_s = render_time(rng, r["gun"], race)
            pace = r["chip"] / dist
            if rng.random() < 0.2:
                pm = rhu(D(r["chip"]) / dist * D("1.609344"))
                ritme = f"{pm // 60}:{pm % 60:02d} /mi"
                pace_t = rhu(D(pm) / D("1.609344"))
            else:
                pk = rhu(D(r["chip"]) / dist)
                ritme = rng.choice([f"{pk // 60}:{pk % 60:02d} /km", f"{pk // 60}:{pk % 60:02d} min/km",
                                    f"{pk // 60}'{pk % 60:02d}\"/km"])
                pace_t = pk
            del pace
            split = ""
            if race[0] != "10K":
                split = hms(rhu(D(r["chip"]) * D(10) / dist * D(rng.randint(95, 99)) / 100))
        else:
            real_s = rng.choice({"DNF": ["Retirat", "RET", "DNF"], "DNS": ["No presentat", "NP", "DNS"],
                                 "DSQ": ["Desqualificat", "DSQ", "Desq."]}[r["status"]])
            gun_s, ritme, pace_t, split = "", "", None, ""
            if r["status"] == "DNF" and race[0] != "10K" and rng.random() < 0.6:
                split = hms(rhu(D(r["chip"]) * D(10) / dist))
        has_club = rng.random() < 0.55 and r["a2"] in ("ES", "AD")
        club = rng.choice(CA_CLUBS) if has_club else ""
        city = rng.choice(CA_TOWNS) if r["a2"] in ("ES", "AD") else {
            "FR": "Perpignan", "DE": "München", "NL": "Utrecht", "CH": "Zürich", "GB": "Leeds", "IT": "Torino",
            "DK": "Aarhus", "PT": "Porto", "KE": "Eldoret", "CL": "Santiago", "ZA": "Durban"}[r["a2"]]
        em = gc.email_for(rng, r["first"], r["last"].split()[0], ["gmail.com", "hotmail.com", "yahoo.es", "telefonica.net", "icloud.com"])
        em_s = rng.choice([em, em, em.upper(), em[0].upper() + em[1:]])
        reg = dt.datetime(2024, 5, 1) + dt.timedelta(minutes=rng.randrange(150 * 24 * 60))
        s = {"Dorsal": str(r["bib"]), "Cognoms": r["last"], "Nom": r["first"],
             "Sexe": rng.choice(["H", "Home", "M"] if sex == "M" else ["D", "Dona", "F"]), "Data naixement": born_s,
             "Nacionalitat": rng.choice(r["nat_r"]), "Població": city, "Club": club, "Correu electrònic": em_s,
             "Cursa": rng.choice(race[2]), "Categoria": cat_s, "Pos.": str(r["pos"]) if fin else "",
             "Pos. cat.": str(r["pos_cat"]) if fin else "", "Temps oficial": gun_s, "Temps real": real_s,
             "Ritme": ritme, "Pas 10 km": split, "Xip": gc.hexstr(rng, 8).upper(),
             "Talla samarreta": rng.choice(["XS", "S", "M", "L", "XL", "XXL"]),
             "Data inscripció": reg.strftime("%d/%m/%Y %H:%M")}
        t = {"bib": r["bib"], "last_name": r["last"], "first_name": r["first"], "gender": sex,
             "birth_date": born.isoformat(), "nationality": r["a2"], "city": city, "club": club or None,
             "email": em.lower(), "distance_km": q(dist, 3), "age_category": cat, "status": r["status"],
             "net_time": hms(r["chip"]) if fin else None, "pace_sec_per_km": pace_t,
             "overall_rank": r["pos"] if fin else None, "category_rank": r["pos_cat"] if fin else None}
        return s, t

    p.row = row
    print(p.name, p.write())


# =============================================================================================
# 3. Ukrainian customs declarations (box-number headers, wide target)
# =============================================================================================
UA_MON = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
          "листопада", "грудня"]
UA_SUR = ["Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравчук", "Мельник", "Бойко", "Олійник", "Савчук",
          "Поліщук", "Лисенко", "Марченко", "Руденко", "Гнатюк"]
UA_MF = ["Олександр", "Андрій", "Сергій", "Дмитро", "Володимир", "Тарас", "Богдан", "Іван", "Максим", "Юрій"]
UA_FF = ["Олена", "Наталія", "Ірина", "Оксана", "Тетяна", "Юлія", "Марія", "Світлана", "Галина"]
UA_PAT = [("Петрович", "Петрівна"), ("Іванович", "Іванівна"), ("Олександрович", "Олександрівна"),
          ("Миколайович", "Миколаївна"), ("Васильович", "Василівна"), ("Григорович", "Григорівна")]
UA_COMP = [("ТОВ «Агроінвест-Поділля»", "34567812"), ("ТОВ «Техносвіт Україна»", "41230987"),
           ("ПП «Карпатські Смаки»", "03356129"), ("ТОВ «Дніпро-Логістик»", "38811504"),
           ("ПрАТ «Полтавафарм-Сервіс»", "00481236"), ("ТОВ «Будмайстер Захід»", "43906177"),
           ("ТОВ «Одеса Фрут Імпорт»", "37725490")]
UA_CTRY = {"DE": ["Німеччина", "НІМЕЧЧИНА", "DE"], "PL": ["Польща", "ПОЛЬЩА", "PL"], "CN": ["Китай", "КИТАЙ", "CN"],
           "TR": ["Туреччина", "ТУРЕЧЧИНА", "TR"], "US": ["США", "Сполучені Штати Америки", "US"],
           "IT": ["Італія", "ІТАЛІЯ", "IT"], "HU": ["Угорщина", "УГОРЩИНА", "HU"], "NL": ["Нідерланди", "NL"]}
ISO_NUM = {"DE": "276", "PL": "616", "CN": "156", "TR": "792", "US": "840", "IT": "380", "HU": "348", "NL": "528",
           "JP": "392", "VN": "704", "ES": "724"}
CUR = {"USD": ("840", D("38.45")), "EUR": ("978", D("41.72")), "PLN": ("985", D("9.66")), "CNY": ("156", D("5.341"))}
# (description, HS code, duty rate, unit kg per package range, price per kg range, consignor, dispatch, origins)
UA_GOODS = [
    ("Ноутбуки портативні, нові, в заводській упаковці", "8471300000", D("0"), (8, 25), (60, 140),
     "Shenzhen Kaida Electronics Co., Ltd.", "CN", ["CN"]),
    ("Трактори колісні сільськогосподарські, нові", "8701951090", D("0"), (3800, 6200), (9, 14),
     "Hanse Agrartechnik GmbH", "DE", ["DE", "DE", "JP"]),
    ("Плитка керамічна глазурована для підлоги", "6907220090", D("0.1"), (600, 1100), (0.4, 0.9),
     "Ege Seramik Dış Ticaret A.Ş.", "TR", ["TR"]),
    ("Сир твердий «Гауда», жирність 48 %", "0406908700", D("0.1"), (300, 900), (4, 7),
     "Polmlek Sp. z o.o.", "PL", ["PL", "NL"]),
    ("Лікарські засоби в дозованому вигляді (таблетки)", "3004900002", D("0"), (40, 160), (30, 90),
     "Pharma Nord Vertrieb GmbH", "DE", ["DE", "HU"]),
    ("Взуття шкіряне чоловіче", "6403993600", D("0.1"), (80, 300), (18, 40),
     "Calzaturificio Milano Moda S.r.l.", "IT", ["IT", "VN"]),
    ("Частини до насосів відцентрових", "8413910090", D("0.05"), (20, 120), (12, 35),
     "Pacific Components Inc.", "US", ["US", "CN"]),
    ("Кава смажена в зернах, без кофеїну", "0901219000", D("0.05"), (200, 700), (6, 11),
     "Agro Export Kft.", "HU", ["ES", "HU"]),
]
UA_CITY_ABROAD = {"DE": "Гамбург", "PL": "Гданськ", "CN": "Шеньчжень", "TR": "Стамбул", "US": "Х'юстон",
                  "IT": "Мілан", "HU": "Будапешт", "NL": "Роттердам"}
INCOTERMS = [("FCA", ["Київ", "Бориспіль", "Львів"]), ("DAP", ["Київ", "Львів", "Ягодин"]),
             ("EXW", ["Гданськ", "Шеньчжень", "Гамбург"]), ("CPT", ["Одеса", "Київ"]), ("CIF", ["Одеса"])]


def pair_ua() -> None:
    p = mc.Pair(SPLIT, "mytna_deklaratsiya_ua_to_customs_entry_wide",
                "Ukrainian import customs declarations (МД) exported with box-number headers only (`гр.1`, `гр.22`, "
                "`гр.33`, `гр.47 020` = duty, `гр.47 028` = VAT): regime from `ІМ 40 ДЕ`; consignee text with the "
                "EDRPOU code; Ukrainian country names vs ISO numeric origin codes; Incoterm + place; currency letter "
                "or numeric code + amount with decimal comma; rate; customs value = amount x rate (compose); HS "
                "codes grouped; tonnes vs kg; transport mode codes; declarant ПІБ -> three parts; wide target with "
                "34 unmapped columns",
                "customs_entry", 130, 10103)
    S = ["№ п/п", "гр.1", "гр.2", "гр.6", "гр.7", "гр.8", "гр.15", "гр.18", "гр.20", "гр.22", "гр.23", "гр.25",
         "гр.31", "гр.33", "гр.34", "гр.35", "гр.38", "гр.44", "гр.47 020", "гр.47 028", "гр.54", "гр.54 ПІБ",
         "Дата завантаження"]
    p.src_cols = S
    mapped = [
        C("declaration_number", "string", "id.record_id", key=True, nullable=False,
          description="MRN-like reference office/year/serial as written"),
        C("customs_office_code", "string", "id.record_id", regex=r"^UA\d{6}$",
          description="customs office code (the part before the first slash)"),
        C("customs_regime", "int", "text.category", allowed_values=[40, 51, 74],
          description="2-digit customs regime (40 free circulation, 51 inward processing, 74 temporary import)"),
        C("consignor_name", "string", "org.company_name", description="foreign consignor"),
        C("consignee_name", "string", "org.company_name", description="Ukrainian consignee name without the code"),
        C("consignee_edrpou", "string", "id.vat_number", regex=r"^\d{8}$", description="EDRPOU, 8 digits"),
        C("dispatch_country", "string", "iso.country_alpha2"),
        C("origin_country", "string", "iso.country_alpha2"),
        C("incoterm", "string", "text.category", allowed_values=["EXW", "FCA", "CPT", "CIF", "DAP"]),
        C("delivery_place", "string", "address.city"),
        C("invoice_currency", "string", "iso.currency_code", description="ISO 4217 alphabetic"),
        C("invoice_amount", "decimal", "money.amount", description="invoice total in invoice currency, 2 places"),
        C("exchange_rate", "decimal", "money.exchange_rate", description="UAH per unit of currency, 4 places"),
        C("customs_value_uah", "decimal", "money.amount",
          description="invoice amount x exchange rate, in UAH, rounded half-up to 2 places"),
        C("transport_mode", "string", "text.category", allowed_values=["SEA", "RAIL", "ROAD", "AIR"],
          description="mode at the border"),
        C("goods_description", "string", "text.description"),
        C("hs_code", "string", "text.category", regex=r"^\d{10}$", description="UKTZED code, 10 digits"),
        C("package_count", "int", "qty.count"),
        C("gross_mass_kg", "decimal", "qty.mass", description="kg, 3 places"),
        C("net_mass_kg", "decimal", "qty.mass", description="kg, 3 places"),
        C("duty_uah", "decimal", "money.tax_amount", description="import duty (payment type 020); null when none"),
        C("vat_uah", "decimal", "money.tax_amount", description="import VAT (payment type 028); null when none"),
        C("declaration_date", "date", "datetime.date"),
        C("declarant_last_name", "string", "person.last_name", description="title case"),
        C("declarant_first_name", "string", "person.first_name"),
        C("declarant_patronymic", "string", "person.middle_name"),
    ]
    extra = unmapped_cols(p, [
        ("guarantee_number", "string", "id.record_id", None), ("preferential_certificate_no", "string", "id.record_id", "EUR.1 etc."),
        ("quota_number", "string", "id.record_id", None), ("excise_uah", "decimal", "money.tax_amount", None),
        ("supplementary_quantity", "decimal", "qty.count", None), ("supplementary_unit", "string", None, None),
        ("container_indicator", "bool", "flag.boolean", None), ("customs_warehouse_id", "string", "id.record_id", None),
        ("release_datetime", "datetime", "datetime.timestamp", None), ("physical_inspection", "bool", "flag.boolean", None),
        ("risk_profile_code", "string", "text.category", None), ("seal_numbers", "string", "text.notes", None),
        ("broker_license_no", "string", "id.record_id", None), ("contract_number", "string", "id.record_id", None),
        ("contract_date", "date", "datetime.date", None), ("invoice_number", "string", "id.invoice_number", None),
        ("invoice_date", "date", "datetime.date", None), ("payment_method_code", "string", "text.category", None),
        ("bank_guarantee_amount", "decimal", "money.amount", None), ("transit_declaration_no", "string", "id.record_id", None),
        ("border_crossing_point", "string", "text.title", None), ("arrival_datetime", "datetime", "datetime.timestamp", None),
        ("statistical_value_usd", "decimal", "money.amount", None), ("preference_code", "string", "text.category", None),
        ("additional_procedure_code", "string", "text.category", None), ("licence_number", "string", "id.record_id", None),
        ("veterinary_certificate_no", "string", "id.record_id", None),
        ("phytosanitary_certificate_no", "string", "id.record_id", None),
        ("declarant_phone", "string", "contact.phone", None), ("declarant_email", "string", "contact.email", None),
        ("correction_count", "int", "qty.count", None), ("annulled", "bool", "flag.is_deleted", None),
        ("excise_stamp_count", "int", "qty.count", None), ("created_by_system", "string", None, None)])
    p.tgt_cols = interleave(random.Random(10103 * 5), mapped, extra, 1)
    for t, s, k in [("declaration_number", "гр.7", "atomic"), ("customs_office_code", "гр.7", "decompose"),
                    ("customs_regime", "гр.1", "type_cast"), ("consignor_name", "гр.2", "atomic"),
                    ("consignee_name", "гр.8", "decompose"), ("consignee_edrpou", "гр.8", "decompose"),
                    ("dispatch_country", "гр.15", "value_map"), ("origin_country", "гр.34", "value_map"),
                    ("incoterm", "гр.20", "decompose"), ("delivery_place", "гр.20", "decompose"),
                    ("invoice_currency", "гр.22", "decompose"), ("invoice_amount", "гр.22", "decompose"),
                    ("exchange_rate", "гр.23", "reformat"), ("transport_mode", "гр.25", "value_map"),
                    ("goods_description", "гр.31", "atomic"), ("hs_code", "гр.33", "reformat"),
                    ("package_count", "гр.6", "type_cast"), ("gross_mass_kg", "гр.35", "reformat"),
                    ("net_mass_kg", "гр.38", "unit"), ("duty_uah", "гр.47 020", "reformat"),
                    ("vat_uah", "гр.47 028", "reformat"), ("declaration_date", "гр.54", "date_format"),
                    ("declarant_last_name", "гр.54 ПІБ", "decompose"), ("declarant_first_name", "гр.54 ПІБ", "decompose"),
                    ("declarant_patronymic", "гр.54 ПІБ", "decompose")]:
        p.m(t, s, k)
    p.m("customs_value_uah", ["гр.22", "гр.23"], "compose")
    p.key_src, p.key_tgt = ["гр.7"], ["declaration_number"]
    offices = ["UA100100", "UA209170", "UA500500", "UA305000", "UA807000"]
    declarants = []
    r0 = random.Random(10103 * 7)
    for _ in range(9):
        sex = r0.choice("MF")
        pat = r0.choice(UA_PAT)
        declarants.append((r0.choice(UA_SUR), r0.choice(UA_MF if sex == "M" else UA_FF), pat[0] if sex == "M" else pat[1]))

    def sp(x, places):
        return num(x, places, ",", " ")

    def row(rng: random.Random, i: int):
        g = rng.choice(UA_GOODS)
        desc, hs, duty_rate, kgpp, ppk, consignor, disp, origins = g
        office = rng.choice(offices)
        decl_no = f"{office}/2024/{100000 + i * 7 + rng.randrange(7):06d}"
        day = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randrange(150))
        regime = rng.choices([40, 51, 74], [80, 12, 8])[0]
        reg_s = rng.choice([f"ІМ {regime} ДЕ", f"ІМ{regime}ДЕ", f"IM {regime} DE", f"ІМ {regime} ДЕ"])
        comp, edr = rng.choice(UA_COMP)
        c_st = rng.randrange(4)
        edr_w = edr.lstrip("0") if (edr.startswith("0") and rng.random() < 0.5) else edr
        cons_s = [f"{comp}, {edr_w}", f"{comp} (ЄДРПОУ {edr_w})", f"{edr_w}, {comp}", f"{comp}, код {edr_w}"][c_st]
        origin = rng.choice(origins)
        ori_s = rng.choice([origin, ISO_NUM[origin]])
        mode = rng.choices(["30", "10", "20", "40"], [60, 15, 15, 10])[0]
        if disp in ("PL", "HU") or hs.startswith("8701"):
            mode = rng.choice(["30", "30", "20"])
        inc = rng.choice(["EXW", "FCA", "CPT", "DAP", "CIF"] if mode == "10" else ["EXW", "FCA", "FCA", "CPT", "DAP"])
        if inc in ("EXW", "FCA"):
            place = UA_CITY_ABROAD[disp]
        elif inc == "CIF":
            place = "Одеса"
        else:
            place = rng.choice(["Київ", "Львів", "Бориспіль" if mode == "40" else "Ягодин", "Київ"])
        inc_s = rng.choice([f"{inc} {place}", f"{inc}, {place}", f"{inc} - {place}"])
        cur = {"CN": "USD", "US": "USD", "PL": "PLN"}.get(disp, "EUR")
        if disp == "CN" and rng.random() < 0.3:
            cur = "CNY"
        cnum, base_rate = CUR[cur]
        rate = (base_rate * (D(1) + D(rng.randint(-150, 150)) / 10000)).quantize(D("0.0001"), rounding=ROUND_HALF_UP)
        pk = rng.randint(1, 40) if kgpp[0] < 1000 else rng.randint(1, 3)
        net = D(rng.randint(int(kgpp[0] * 1000), int(kgpp[1] * 1000))) / 1000 * pk
        if net >= 1000 and rng.random() < 0.6:
            net = D(rhu(net))
        net = net.quantize(D("0.001"))
        gross = (net * (D(1) + D(rng.randint(2, 9)) / 100)).quantize(D("0.001"), rounding=ROUND_HALF_UP)
        price = D(str(round(rng.uniform(*ppk), 2)))
        amount = (net * price).quantize(D("0.01"), rounding=ROUND_HALF_UP)
        if cur == "PLN":
            amount = (amount * 4).quantize(D("0.01"))
        if cur == "CNY":
            amount = (amount * 7).quantize(D("0.01"))
        a_st = rng.randrange(4)
        amt_s = [f"{cur} {sp(amount, 2)}", f"{cur} {num(amount, 2)}", f"{sp(amount, 2)} {cur}",
                 f"{cnum} {num(amount, 2)}"][a_st]
        value = (amount * rate).quantize(D("0.01"), rounding=ROUND_HALF_UP)
        duty = None if regime != 40 or duty_rate == 0 else (value * duty_rate).quantize(D("0.01"), rounding=ROUND_HALF_UP)
        vat = None if regime != 40 else ((value + (duty or 0)) * D("0.2")).quantize(D("0.01"), rounding=ROUND_HALF_UP)
        mode_t = {"10": "SEA", "20": "RAIL", "30": "ROAD", "40": "AIR"}[mode]
        mode_s = rng.choice([mode, mode, f"{mode} - {dict(zip(['10', '20', '30', '40'], ['морський', 'залізничний', 'автомобільний', 'авіаційний']))[mode]}"])
        hs_s = rng.choice([hs, f"{hs[:4]} {hs[4:6]} {hs[6:9]} {hs[9]}", f"{hs[:4]}.{hs[4:6]}.{hs[6:8]}.{hs[8:]}"])
        if net >= 1000 and net == net.to_integral() and rng.random() < 0.5:
            net_s = f"{strip0(num(net / 1000, 3))} т"
        else:
            net_s = rng.choice([sp(net, 3), f"{sp(net, 3)} кг", num(net, 3)])
        gross_s = rng.choice([sp(gross, 3), num(gross, 3)])
        d_st = rng.randrange(4)
        day_s = [f"{day.day:02d}.{day.month:02d}.{day.year}", day.isoformat(),
                 f"{day.day} {UA_MON[day.month - 1]} {day.year} р.", f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}"][d_st]
        last, first, pat = rng.choice(declarants)
        pib = rng.choice([f"{last} {first} {pat}", f"{last.upper()} {first} {pat}", f"{last} {first} {pat}"])
        plate = f"{rng.choice(['AA', 'BC', 'KA', 'AO'])}{gc.digits(rng, 4)}{rng.choice(['BE', 'XK', 'IO', 'HP'])}"
        docs = f"4104 INV-{rng.randint(100, 999)}/24; 3001 б/н; 4105 CMR {gc.digits(rng, 6)}"
        s = {"№ п/п": str(i + 1), "гр.1": reg_s, "гр.2": consignor, "гр.6": rng.choice([str(pk), f"{pk} місць", str(pk)]),
             "гр.7": decl_no, "гр.8": cons_s, "гр.15": rng.choice(UA_CTRY[disp]), "гр.18": f"{plate}/{plate[:2]}{gc.digits(rng, 4)}XT",
             "гр.20": inc_s, "гр.22": amt_s, "гр.23": num(rate, 4), "гр.25": mode_s, "гр.31": desc, "гр.33": hs_s,
             "гр.34": ori_s, "гр.35": gross_s, "гр.38": net_s, "гр.44": docs,
             "гр.47 020": "" if duty is None else sp(duty, 2), "гр.47 028": "" if vat is None else sp(vat, 2),
             "гр.54": day_s, "гр.54 ПІБ": pib,
             "Дата завантаження": (dt.datetime(2024, 7, 1, 3, 0) + dt.timedelta(seconds=rng.randrange(86400))).isoformat(sep=" ")}
        t = {"declaration_number": decl_no, "customs_office_code": office, "customs_regime": regime,
             "consignor_name": consignor, "consignee_name": comp, "consignee_edrpou": edr, "dispatch_country": disp,
             "origin_country": origin, "incoterm": inc, "delivery_place": place, "invoice_currency": cur,
             "invoice_amount": q(amount), "exchange_rate": q(rate, 4), "customs_value_uah": q(value),
             "transport_mode": mode_t, "goods_description": desc, "hs_code": hs, "package_count": pk,
             "gross_mass_kg": q(gross, 3), "net_mass_kg": q(net, 3), "duty_uah": None if duty is None else q(duty),
             "vat_uah": None if vat is None else q(vat), "declaration_date": day.isoformat(),
             "declarant_last_name": last, "declarant_first_name": first, "declarant_patronymic": pat}
        return s, t

    p.row = row
    print(p.name, p.write())



# =============================================================================================
# 4. Indian GST sales register (Tally-style English headers, lakh grouping, GSTIN, wide target)
# =============================================================================================
IN_STATES = [("27", "Maharashtra", "MH"), ("29", "Karnataka", "KA"), ("33", "Tamil Nadu", "TN"), ("07", "Delhi", "DL"),
             ("24", "Gujarat", "GJ"), ("09", "Uttar Pradesh", "UP"), ("19", "West Bengal", "WB"),
             ("36", "Telangana", "TG")]
GST_CH = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def gstin_check(body: str) -> str:
    factor, total = 2, 0
    for ch in reversed(body):
        add = factor * GST_CH.index(ch)
        factor = 1 if factor == 2 else 2
        total += add // 36 + add % 36
    return GST_CH[(36 - total % 36) % 36]


def make_gstin(rng: random.Random, state: str, name: str) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    pan = "".join(rng.choice(letters) for _ in range(3)) + "C" + name[0].upper() + gc.digits(rng, 4) + rng.choice(letters)
    body = f"{state}{pan}{rng.choice('1112')}Z"
    return body + gstin_check(body)


def inr(x) -> str:
    """Indian digit grouping: 1,23,45,678.50"""
    s = q(x, 2)
    ip, fp = s.split(".")
    if len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        parts.insert(0, head)
        ip = ",".join(parts) + "," + tail
    return f"{ip}.{fp}"


IN_BUYERS = ["Shree Ganesh Traders", "Krishna Engineering Works", "Sai Enterprises", "Patel Hardware Stores",
             "Bharat Electricals Pvt Ltd", "Annapurna Agencies", "Venkateswara Systems", "Lakshmi Industrial Supplies",
             "Om Sai Distributors", "Gupta & Sons", "Nandini Infotech LLP", "Mehta Auto Spares", "Sree Durga Pharma",
             "Zenith Polymers Pvt Ltd", "Kaveri Building Solutions", "Jai Mata Di Transport Co"]
IN_PEOPLE = ["Rahul Sharma", "Priya Nair", "Suresh Iyer", "Anjali Deshmukh", "Mohammed Siddiqui", "Kavita Joshi",
             "Arvind Reddy", "Sunita Kulkarni"]
# (item, hsn, rate, uom, qty kind, price range)
IN_ITEMS = [("Laptop 14in i5", "84713010", D("0.18"), "Nos", "int", (38000, 62000)),
            ("LED Panel 18W", "94054090", D("0.12"), "Nos", "int", (320, 780)),
            ("MCB 32A DP", "85362010", D("0.18"), "Pcs", "int", (240, 690)),
            ("SS Hex Bolt M10", "73181500", D("0.18"), "Kgs", "dec", (210, 380)),
            ("PVC Conduit Pipe 25mm", "39172390", D("0.18"), "Mtr", "int", (28, 75)),
            ("Paracetamol 500 Tab (10x10)", "30049099", D("0.12"), "Box", "int", (180, 420)),
            ("Cold Drink 300ml Crate", "22021090", D("0.28"), "Box", "int", (380, 520)),
            ("Brake Pad Set", "87083000", D("0.28"), "Nos", "int", (900, 2600)),
            ("Basmati Rice (branded)", "10063020", D("0.05"), "Kgs", "dec", (85, 140)),
            ("Coolant 5L", "38200000", D("0.18"), "Ltr", "dec", (120, 260)),
            ("AMC - IT Support", "998713", D("0.18"), "Nos", "int", (6000, 45000)),
            ("Consultancy Services", "998311", D("0.18"), "Nos", "int", (15000, 120000))]
UOM = {"Nos": "NOS", "Pcs": "PCS", "Kgs": "KGS", "Mtr": "MTR", "Box": "BOX", "Ltr": "LTR"}


def pair_in() -> None:
    p = mc.Pair(SPLIT, "tally_sales_register_in_to_gst_invoice_wide",
                "Indian GST sales register exported from an accounting package (Tally-style English headers): "
                "voucher number with fiscal year `23-24`; `5-Mar-24`/`05-03-2024`; GSTIN -> GSTIN, PAN and state "
                "code (one source, three targets); place of supply `27-Maharashtra`/`Karnataka (29)`/`KA`; lakh digit "
                "grouping `1,23,456.50`, `Rs.`/`INR`/`Dr`; ledger `Sales @18%` -> rate; quantity with unit `2.500 Kgs`; "
                "rate `1,250.00/Nos`; HSN vs SAC; e-way bill numbers; Indian mobiles; wide target (34 unmapped)",
                "gst_invoice", 140, 10104)
    S = ["Date", "Particulars", "Voucher Type", "Voucher No.", "GSTIN/UIN", "Place of Supply", "Ledger",
         "Stock Item", "HSN/SAC", "Quantity", "Rate", "Taxable Value", "Integrated Tax Amount", "Central Tax Amount",
         "State Tax Amount", "Cess Amount", "Gross Total", "Buyer's Order No.", "E-Way Bill No.", "Party Mobile",
         "Dispatched through", "Narration", "Voucher Key"]
    p.src_cols = S
    mapped = [
        C("invoice_number", "string", "id.invoice_number", key=True, nullable=False),
        C("fiscal_year_start", "int", "datetime.year", description="Indian FY (April-March) start year"),
        C("invoice_date", "date", "datetime.date"),
        C("document_type", "string", "text.category", allowed_values=["INVOICE", "CREDIT_NOTE"]),
        C("buyer_name", "string", "org.company_name"),
        C("buyer_gstin", "string", "id.vat_number", regex=r"^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$",
          description="upper case, no spaces; null for unregistered buyers"),
        C("buyer_pan", "string", "id.national_id", regex=r"^[A-Z]{5}\d{4}[A-Z]$"),
        C("buyer_state_code", "string", "address.state_province", regex=r"^\d{2}$", description="GST state code of the buyer's registration"),
        C("place_of_supply_code", "string", "address.state_province", regex=r"^\d{2}$", description="GST state code"),
        C("item_name", "string", "text.product_name"),
        C("hsn_sac_code", "string", "text.category", regex=r"^\d{4,8}$", description="digits only"),
        C("quantity", "decimal", "qty.count", description="3 places"),
        C("uqc", "string", "text.category", allowed_values=list(UOM.values()), description="GST unit quantity code"),
        C("unit_price", "decimal", "money.unit_price", description="INR, 2 places"),
        C("gst_rate", "decimal", "qty.percentage", description="fraction, 2 places (0.18)"),
        C("taxable_value", "decimal", "money.amount"),
        C("igst_amount", "decimal", "money.tax_amount", description="null when not charged"),
        C("cgst_amount", "decimal", "money.tax_amount", description="null when not charged"),
        C("sgst_amount", "decimal", "money.tax_amount", description="null when not charged"),
        C("cess_amount", "decimal", "money.tax_amount", description="null when not charged"),
        C("invoice_total", "decimal", "money.amount", description="INR, 2 places"),
        C("customer_po_number", "string", "id.order_number"),
        C("eway_bill_number", "string", "id.tracking_number", regex=r"^\d{12}$"),
        C("buyer_mobile_e164", "string", "contact.mobile_phone", description="E.164"),
    ]
    extra = unmapped_cols(p, [
        ("irn", "string", "id.record_id", "e-invoice reference number"), ("irn_ack_number", "string", "id.record_id", None),
        ("irn_ack_date", "datetime", "datetime.timestamp", None), ("signed_qr_payload", "string", "text.notes", None),
        ("reverse_charge", "bool", "flag.boolean", None), ("ecommerce_gstin", "string", "id.vat_number", None),
        ("port_code", "string", "text.category", None), ("shipping_bill_number", "string", "id.record_id", None),
        ("shipping_bill_date", "date", "datetime.date", None), ("export_type", "string", "text.category", None),
        ("tcs_amount", "decimal", "money.tax_amount", None), ("tds_amount", "decimal", "money.tax_amount", None),
        ("discount_amount", "decimal", "money.amount", None), ("round_off_amount", "decimal", "money.amount", None),
        ("freight_amount", "decimal", "money.amount", None), ("insurance_amount", "decimal", "money.amount", None),
        ("buyer_address_line1", "string", "address.street_address", None), ("buyer_address_line2", "string", "address.address_line2", None),
        ("buyer_city", "string", "address.city", None), ("buyer_pincode", "string", "address.postal_code", None),
        ("buyer_email", "string", "contact.email", None), ("ship_to_name", "string", "org.company_name", None),
        ("ship_to_gstin", "string", "id.vat_number", None), ("ship_to_state_code", "string", "address.state_province", None),
        ("transporter_id", "string", "id.record_id", None), ("vehicle_number", "string", "id.license_plate", None),
        ("transport_distance_km", "int", "qty.length", None), ("salesperson_code", "string", "id.employee_id", None),
        ("cost_center", "string", "org.cost_center", None), ("payment_terms_days", "int", "qty.duration", None),
        ("due_date", "date", "datetime.date", None), ("original_invoice_number", "string", "id.invoice_number", "for credit notes"),
        ("original_invoice_date", "date", "datetime.date", None), ("remarks", "string", "text.notes", None)])
    p.tgt_cols = interleave(random.Random(10104 * 5), mapped, extra, 1)
    for t, s, k in [("invoice_number", "Voucher No.", "atomic"), ("fiscal_year_start", "Voucher No.", "decompose"),
                    ("invoice_date", "Date", "date_format"), ("document_type", "Voucher Type", "value_map"),
                    ("buyer_name", "Particulars", "atomic"), ("buyer_gstin", "GSTIN/UIN", "reformat"),
                    ("buyer_pan", "GSTIN/UIN", "decompose"), ("buyer_state_code", "GSTIN/UIN", "decompose"),
                    ("place_of_supply_code", "Place of Supply", "value_map"), ("item_name", "Stock Item", "atomic"),
                    ("hsn_sac_code", "HSN/SAC", "reformat"), ("quantity", "Quantity", "decompose"),
                    ("uqc", "Quantity", "decompose"), ("unit_price", "Rate", "type_cast"),
                    ("gst_rate", "Ledger", "type_cast"), ("taxable_value", "Taxable Value", "reformat"),
                    ("igst_amount", "Integrated Tax Amount", "reformat"), ("cgst_amount", "Central Tax Amount", "reformat"),
                    ("sgst_amount", "State Tax Amount", "reformat"), ("cess_amount", "Cess Amount", "reformat"),
                    ("invoice_total", "Gross Total", "reformat"), ("customer_po_number", "Buyer's Order No.", "atomic"),
                    ("eway_bill_number", "E-Way Bill No.", "reformat"), ("buyer_mobile_e164", "Party Mobile", "reformat")]:
        p.m(t, s, k)
    p.key_src, p.key_tgt = ["Voucher No."], ["invoice_number"]
    r0 = random.Random(10104 * 7)
    buyers = []
    for name in IN_BUYERS:
        st = r0.choices(IN_STATES, [40, 10, 8, 10, 10, 8, 6, 8])[0]
        buyers.append((name, st, make_gstin(r0, st[0], name), r0.choice("6789") + gc.digits(r0, 9)))
    for name in IN_PEOPLE:
        st = r0.choices(IN_STATES, [70, 5, 5, 5, 5, 4, 3, 3])[0]
        buyers.append((name, st, None, r0.choice("6789") + gc.digits(r0, 9)))
    counters: dict = {}
    couriers = ["VRL Logistics", "By Hand", "Blue Dart", "Safexpress", "Own Vehicle", "Gati", ""]

    def row(rng: random.Random, i: int):
        name, st, gstin, mob = rng.choice(buyers)
        day = dt.date(2024, 1, 2) + dt.timedelta(days=(i % 140) * 170 // 140 + rng.randrange(2))
        fy = day.year if day.month >= 4 else day.year - 1
        credit = rng.random() < 0.08
        series = ("CN" if credit else "SI", fy)
        counters[series] = counters.get(series, {("SI", 2023): 1184, ("CN", 2023): 57}.get(series, 0)) + 1
        vno = f"{series[0]}/{fy % 100:02d}-{(fy + 1) % 100:02d}/{counters[series]:04d}"
        item, hsn, rate, uom, kind, pr = rng.choice(IN_ITEMS)
        if kind == "int":
            qty = D(rng.choice([1, 1, 2, 3, 5, 10, 12, 20, 24, 50, 100, 250, 1200]) if uom != "Nos" or pr[0] < 5000 else rng.randint(1, 6))
        else:
            qty = D(rng.randint(500, 120000)) / 1000 if uom != "Ltr" else D(rng.randint(1, 40) * 5)
        price = D(rng.randint(pr[0] * 100, pr[1] * 100)) / 100
        if rng.random() < 0.5:
            price = price.quantize(D(1))
        taxable = (qty * price).quantize(D("0.01"), rounding=ROUND_HALF_UP)
        intra = st[0] == "27"
        igst = cgst = sgst = cess = None
        if intra:
            cgst = sgst = (taxable * rate / 2).quantize(D("0.01"), rounding=ROUND_HALF_UP)
        else:
            igst = (taxable * rate).quantize(D("0.01"), rounding=ROUND_HALF_UP)
        if hsn.startswith("2202"):
            cess = (taxable * D("0.12")).quantize(D("0.01"), rounding=ROUND_HALF_UP)
        total = taxable + (igst or 0) + (cgst or 0) + (sgst or 0) + (cess or 0)
        pct = f"{rhu(rate * 100)}%"
        ledger = rng.choice([f"Sales @{pct}", f"GST Sales {pct}", f"{'Local' if intra else 'Interstate'} Sales @ {pct}",
                             f"Sales - {pct} ({'CGST/SGST' if intra else 'IGST'})"])
        if credit:
            ledger = rng.choice([f"Sales Return @{pct}", f"Sales Return {pct}"])
        d_st = rng.randrange(4)
        day_s = [f"{day.day}-{mc.EN_MON[day.month - 1]}-{day.year % 100:02d}", f"{day.day:02d}-{day.month:02d}-{day.year}",
                 f"{day.day:02d}/{day.month:02d}/{day.year}", day.isoformat()][d_st]
        pos_s = rng.choice([f"{st[0]}-{st[1]}", st[1], f"{st[1]} ({st[0]})", st[2], f"{st[0]}-{st[1]}"])
        if gstin:
            g_s = rng.choice([gstin, gstin, gstin.lower(), f"{gstin[:2]} {gstin[2:12]} {gstin[12:]}"])
        else:
            g_s = ""
        if hsn.startswith("99"):
            h_s = rng.choice([hsn, f"{hsn} (SAC)", f"SAC {hsn}"])
        else:
            h_s = rng.choice([hsn, hsn, hsn[:4] + " " + hsn[4:], hsn])
        qs = num(qty, 3, ".", ",") if kind == "dec" else (f"{grp(str(int(qty)), ',')}" if rng.random() < 0.5 else num(qty, 3, ".", ","))
        qty_s = f"{qs} {uom}"
        rate_s = rng.choice([f"{num(price, 2, '.', ',')}/{uom}", f"{q(price)}/{uom}", f"₹{num(price, 2, '.', ',')} / {uom}"])
        tot_s = rng.choice([f"₹{inr(total)}", f"Rs. {inr(total)}", f"INR {q(total)}", f"{inr(total)} {'Cr' if credit else 'Dr'}"])
        ewb = None
        ewb_s = ""
        if total > 50000 and not hsn.startswith("99") and not credit:
            ewb = "1" + rng.choice("3579") + gc.digits(rng, 10)
            ewb_s = rng.choice([ewb, f"{ewb[:4]} {ewb[4:8]} {ewb[8:]}", f"EWB {ewb}"])
        po = rng.choice([None, None, f"PO/{rng.randint(1000, 9999)}/{day.year % 100:02d}", f"{rng.randint(4500000000, 4500999999)}"])
        mob_s = rng.choice([f"{mob[:5]} {mob[5:]}", f"+91-{mob}", f"0{mob}", f"91{mob}", f"+91 {mob[:5]} {mob[5:]}"])
        s = {"Date": day_s, "Particulars": name, "Voucher Type": rng.choice(["Credit Note", "Cr Note"] if credit else ["Sales", "Sales GST", "Tax Invoice", "Sales"]),
             "Voucher No.": vno, "GSTIN/UIN": g_s, "Place of Supply": pos_s, "Ledger": ledger, "Stock Item": item,
             "HSN/SAC": h_s, "Quantity": qty_s, "Rate": rate_s, "Taxable Value": rng.choice([inr(taxable), q(taxable)]),
             "Integrated Tax Amount": "" if igst is None else inr(igst), "Central Tax Amount": "" if cgst is None else inr(cgst),
             "State Tax Amount": "" if sgst is None else inr(sgst), "Cess Amount": "" if cess is None else inr(cess),
             "Gross Total": tot_s, "Buyer's Order No.": po or "", "E-Way Bill No.": ewb_s, "Party Mobile": mob_s,
             "Dispatched through": rng.choice(couriers),
             "Narration": rng.choice(["", "Being goods sold on credit", f"As per PO dt. {day.day:02d}.{day.month:02d}.{day.year}", "Rate as per quotation", "Against advance"]),
             "Voucher Key": gc.uuid4(rng)}
        t = {"invoice_number": vno, "fiscal_year_start": fy, "invoice_date": day.isoformat(),
             "document_type": "CREDIT_NOTE" if credit else "INVOICE", "buyer_name": name, "buyer_gstin": gstin,
             "buyer_pan": gstin[2:12] if gstin else None, "buyer_state_code": gstin[:2] if gstin else None,
             "place_of_supply_code": st[0], "item_name": item, "hsn_sac_code": hsn, "quantity": q(qty, 3),
             "uqc": UOM[uom], "unit_price": q(price), "gst_rate": q(rate), "taxable_value": q(taxable),
             "igst_amount": None if igst is None else q(igst), "cgst_amount": None if cgst is None else q(cgst),
             "sgst_amount": None if sgst is None else q(sgst), "cess_amount": None if cess is None else q(cess),
             "invoice_total": q(total), "customer_po_number": po, "eway_bill_number": ewb, "buyer_mobile_e164": f"+91{mob}"}
        return s, t

    p.row = row
    print(p.name, p.write())



# =============================================================================================
# 5. Romanian owners' association payment list with SHIFTED (misleading) headers
# =============================================================================================
RO_MON = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
          "noiembrie", "decembrie"]
RO_MON_ABBR = ["ian.", "feb.", "mar.", "apr.", "mai", "iun.", "iul.", "aug.", "sept.", "oct.", "nov.", "dec."]
RO_M = ["Ion", "Gheorghe", "Vasile", "Constantin", "Mihai", "Andrei", "Alexandru", "Ștefan", "Dumitru", "Radu",
        "Florin", "Cătălin", "Ionuț", "Marian"]
RO_F = ["Maria", "Elena", "Ioana", "Ana", "Mihaela", "Andreea", "Cristina", "Georgeta", "Florentina", "Ecaterina",
        "Oana", "Raluca", "Ana Maria", "Alexandra"]
RO_L = ["Popescu", "Ionescu", "Popa", "Radu", "Dumitrescu", "Stan", "Stoica", "Gheorghiu", "Matei", "Ciobanu",
        "Munteanu", "Constantinescu", "Rusu", "Moldovan", "Lungu", "Țăranu", "Bălan", "Ștefănescu", "Vlădescu",
        "Nistor", "Dobre", "Enache"]


def pair_ro() -> None:
    n_ap = 52
    p = mc.Pair(SPLIT, "intretinere_ro_shifted_to_utility_charge",
                "MISLEADING headers: a Romanian owners' association (asociație de proprietari) payment list for three "
                "months where a `Scara` column was inserted in the data but not in the header row, so from the third "
                "column on every header names the column to its left (`Proprietar` holds the staircase, "
                "`Nr. persoane` the owner, `Total de plată` the repair fund, `Restanță` the total, `Telefon` the "
                "payment status, `Observații` the phone, `Unnamed: 17` the notes); values: `POPESCU Ion` -> last/first, `mc`/litres, Gcal vs "
                "kWh, `lei`/`RON`, Romanian months, payment statuses, Romanian mobiles",
                "utility_charge", n_ap * 3, 10105)
    # true data order:   0 Nr. crt | 1 ap | 2 Scara | 3 owner | 4 persons | 5 area | 6 cold | 7 hot | 8 heating |
    #                    9 repair fund | 10 total | 11 arrears | 12 penalties | 13 month | 14 due | 15 status | 16 phone | 17 notes
    H = ["Nr. crt.", "Nr. ap.", "Proprietar", "Nr. persoane", "Suprafață utilă", "Apă rece", "Apă caldă", "Încălzire",
         "Fond reparații", "Total de plată", "Restanță", "Penalități", "Luna", "Scadență", "Stare plată", "Telefon",
         "Observații", "Unnamed: 17"]
    p.src_cols = H
    tg = [
        C("apartment_no", "int", "id.record_id", key=True, nullable=False),
        C("billing_month", "string", "datetime.month", key=True, nullable=False, regex=r"^\d{4}-\d{2}$",
          description="YYYY-MM"),
        C("staircase", "string", "text.category", allowed_values=["A", "B", "C"]),
        C("owner_last_name", "string", "person.last_name", description="title case"),
        C("owner_first_name", "string", "person.first_name"),
        C("household_size", "int", "qty.count", description="persons registered in the flat"),
        C("floor_area_m2", "decimal", "qty.area", description="m², 2 places"),
        C("cold_water_m3", "decimal", "qty.volume", description="m³, 1 place"),
        C("hot_water_m3", "decimal", "qty.volume", description="m³, 1 place"),
        C("heating_gcal", "decimal", "qty.count", description="heat in Gcal, 3 places (1 Gcal = 1163 kWh)"),
        C("amount_due", "decimal", "money.amount", description="total to pay for the month, RON"),
        C("arrears", "decimal", "money.account_balance", description="RON"),
        C("penalties", "decimal", "money.amount", description="RON"),
        C("due_date", "date", "datetime.date"),
        C("payment_status", "string", "status.record_status", allowed_values=["PAID", "UNPAID", "PARTIAL"]),
        C("phone_e164", "string", "contact.mobile_phone", description="E.164"),
    ]
    p.tgt_cols = tg + unmapped_cols(p, [("owner_email", "string", "contact.email", None),
                                         ("water_meter_serial", "string", "id.record_id", None)])
    for t, s, k in [("apartment_no", "Nr. ap.", "type_cast"), ("staircase", "Proprietar", "reformat"),
                    ("owner_last_name", "Nr. persoane", "decompose"), ("owner_first_name", "Nr. persoane", "decompose"),
                    ("household_size", "Suprafață utilă", "type_cast"), ("floor_area_m2", "Apă rece", "reformat"),
                    ("cold_water_m3", "Apă caldă", "unit"), ("hot_water_m3", "Încălzire", "unit"),
                    ("heating_gcal", "Fond reparații", "unit"), ("amount_due", "Restanță", "reformat"),
                    ("arrears", "Penalități", "reformat"), ("penalties", "Luna", "reformat"),
                    ("billing_month", "Scadență", "date_format"), ("due_date", "Stare plată", "date_format"),
                    ("payment_status", "Telefon", "value_map"), ("phone_e164", "Observații", "reformat")]:
        p.m(t, s, k)
    p.key_src, p.key_tgt = ["Nr. ap.", "Scadență"], ["apartment_no", "billing_month"]
    r0 = random.Random(10105 * 7)
    apts = []
    for k in range(n_ap + 3):
        no = k + 1
        sc = "A" if no <= 20 else ("B" if no <= 40 else "C")
        sex = r0.choice("MF")
        first = r0.choice(RO_M if sex == "M" else RO_F)
        last = r0.choice(RO_L)
        area = D(r0.choice([3820, 5240, 5420, 6480, 7150, 3790, 5610])) / 100
        pers = r0.choice([1, 1, 2, 2, 2, 3, 3, 4, 5])
        ph = "7" + r0.choice(["22", "23", "24", "26", "28", "40", "42", "44", "45", "46", "47", "48", "51", "55", "60", "62", "66", "70", "72", "74", "75", "76", "80", "86", "88"]) + gc.digits(r0, 6)
        apts.append({"no": no, "sc": sc, "first": first, "last": last, "area": area, "pers": pers,
                     "phone": ph if r0.random() < 0.85 else None, "arrears": D(0)})
    notes = ["", "", "", "", "contor înlocuit", "plată la casierie", "proprietar nou", "chiriaș", "citire estimată"]

    def row(rng: random.Random, i: int):
        a = apts[i % n_ap] if i < n_ap * 3 else apts[n_ap + (i - n_ap * 3 - 1000)]
        month = 1 + (i // n_ap if i < n_ap * 3 else 1)
        cold = D(rng.randint(10 * a["pers"], 45 * a["pers"])) / 10
        hot = D(rng.randint(5 * a["pers"], 25 * a["pers"])) / 10
        heat = (a["area"] * D(rng.randint(110, 220)) / 10000).quantize(D("0.001"), rounding=ROUND_HALF_UP)
        repair = D(rng.choice([10, 15, 15, 20]))
        total = (cold * D("13.85") + hot * D("38.20") + heat * D("482.70") + repair + D(a["pers"]) * D("12.50")
                 + a["area"] * D("0.95")).quantize(D("0.01"), rounding=ROUND_HALF_UP)
        arrears = a["arrears"]
        pen = (arrears * D("0.0002") * 30).quantize(D("0.01"), rounding=ROUND_HALF_UP)
        status = rng.choices(["PAID", "UNPAID", "PARTIAL"], [72, 18, 10])[0]
        paid = total + arrears + pen if status == "PAID" else (D(0) if status == "UNPAID" else (total / 2).quantize(D("0.01")))
        if i < n_ap * 3:
            a["arrears"] = total + arrears + pen - paid
        due = dt.date(2024, month + 1, 25) if month < 12 else dt.date(2025, 1, 25)
        ap_s = rng.choice([str(a["no"]), f"Ap. {a['no']}", f"ap.{a['no']}", str(a["no"])])
        sc_s = rng.choice([a["sc"], f"Sc. {a['sc']}", f"sc.{a['sc']}", f"Scara {a['sc']}"])
        own = rng.choice([f"{a['last'].upper()} {a['first']}", f"{a['last']} {a['first']}",
                          f"{a['last'].upper()} {a['first'].upper()}"])
        pers_s = rng.choice([str(a["pers"]), f"{a['pers']} pers."])
        area_s = rng.choice([f"{num(a['area'], 2)} mp", num(a["area"], 2), f"{num(a['area'], 2)} m²", strip0(num(a["area"], 2))])

        def water(v):
            return rng.choice([num(v, 1), f"{num(v, 1)} mc", f"{rhu(v * 1000)} l", f"{num(v, 3)} m³"])
        heat_s = rng.choice([f"{num(heat, 3)} Gcal", num(heat, 3), f"{num((heat * 1163), 1)} kWh", f"{num(heat, 3)} Gcal"])

        def lei(v):
            return rng.choice([f"{num(v, 2, ',', '.')} lei", num(v, 2, ",", "."), f"{q(v)} RON", f"{num(v, 2)} lei"])
        m_s = rng.choice([f"{RO_MON[month - 1]} 2024", f"{month:02d}.2024", f"2024-{month:02d}", f"{RO_MON_ABBR[month - 1]} 2024",
                          f"{RO_MON[month - 1].upper()} 2024"])
        due_s = rng.choice([f"{due.day:02d}.{due.month:02d}.{due.year}", f"{due.day:02d}/{due.month:02d}/{due.year}",
                            f"{due.day} {RO_MON[due.month - 1]} {due.year}", due.isoformat()])
        st_s = rng.choice({"PAID": ["Achitat", "achitat integral", "PLĂTIT", "Achitat"],
                           "UNPAID": ["Neachitat", "NEPLĂTIT", "neachitat"],
                           "PARTIAL": ["Parțial", "achitat parțial", "Plată parțială"]}[status])
        ph = a["phone"]
        ph_s = "" if ph is None else rng.choice([f"0{ph[:3]} {ph[3:6]} {ph[6:]}", f"0{ph}", f"+40 {ph[:3]} {ph[3:6]} {ph[6:]}",
                                                  f"0040{ph}"])
        data = [str(i + 1), ap_s, sc_s, own, pers_s, area_s, water(cold), water(hot), heat_s, num(repair, 2),
                lei(total), lei(arrears) if arrears else rng.choice(["0", "0,00"]),
                lei(pen) if pen else rng.choice(["0", "0,00"]), m_s, due_s, st_s, ph_s, rng.choice(notes)]
        s = dict(zip(H, data, strict=True))
        t = {"apartment_no": a["no"], "billing_month": f"2024-{month:02d}", "staircase": a["sc"],
             "owner_last_name": a["last"], "owner_first_name": a["first"], "household_size": a["pers"],
             "floor_area_m2": q(a["area"]), "cold_water_m3": q(cold, 1), "hot_water_m3": q(hot, 1),
             "heating_gcal": q(heat, 3), "amount_due": q(total), "arrears": q(arrears), "penalties": q(pen),
             "due_date": due.isoformat(), "payment_status": status, "phone_e164": None if ph is None else f"+40{ph}"}
        return s, t

    p.row = row
    print(p.name, p.write())



# =============================================================================================
# 6. Indonesian posyandu (child growth monitoring) register WITHOUT a header row
# =============================================================================================
ID_MON = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
ID_BOY = ["Muhammad Rizky", "Ahmad Fauzan", "Raffi Ananda", "Arkan Alfarizi", "Daffa Pratama", "Bima Saputra",
          "Gibran Maulana", "Rafa Aditya", "Fathan Hakim", "Dimas Prasetyo", "Ujang Sopian", "Alif Ramadhan"]
ID_GIRL = ["Aisyah Putri", "Nayla Azzahra", "Keisha Aurelia", "Alya Rahmawati", "Zahra Khairunnisa", "Naura Salsabila",
           "Syifa Nurhaliza", "Kirana Larasati", "Neng Rosita", "Hilya Fitriani", "Adzkia Zahira", "Putri Ayu Lestari"]
ID_MOM = ["Dewi Lestari", "Sri Wahyuni", "Siti Aminah", "Nur Aini", "Rina Marlina", "Yuliani", "Euis Komariah",
          "Neneng Hasanah", "Tati Sumiati", "Ai Nurjanah", "Lilis Suryani", "Iis Rohayati", "Enden Kurniasih"]
ID_VILLAGE = ["Cigadung", "Sukaluyu", "Sadang Serang", "Cihaurgeulis", "Neglasari", "Cibeunying"]


def months_between(b: dt.date, d: dt.date) -> int:
    return (d.year - b.year) * 12 + (d.month - b.month) - (1 if d.day < b.day else 0)


def pair_id() -> None:
    n = 150
    r0 = random.Random(10106 * 7)
    kids = []
    for k in range(70):
        sex = r0.choice("MF")
        born = gc.rand_date(r0, dt.date(2019, 3, 1), dt.date(2023, 11, 30))
        dd = born.day + (40 if sex == "F" else 0)
        nik = f"327305{dd:02d}{born.month:02d}{born.year % 100:02d}{r0.randint(1, 40):04d}"
        ph = "8" + r0.choice(["12", "13", "21", "22", "52", "53", "57", "77", "78", "95", "96"]) + gc.digits(r0, r0.choice([7, 8]))
        kids.append({"sex": sex, "born": born, "nik": nik, "name": r0.choice(ID_BOY if sex == "M" else ID_GIRL),
                     "mom": r0.choice(ID_MOM), "rt": r0.randint(1, 12), "rw": r0.randint(1, 9),
                     "village": r0.choice(ID_VILLAGE), "phone": ph if r0.random() < 0.85 else None,
                     "asi": r0.choice([True, True, False, None]), "new": r0.random() < 0.12,
                     "w": None, "h": None})
    visits = []
    for month, vday in ((1, 10), (2, 14), (3, 13)):
        for k in kids:
            if r0.random() < 0.82:
                visits.append((k, dt.date(2024, month, vday), k.get("last_month")))
                k["last_month"] = month
            else:
                pass
    # the register lists visits month by month
    def growth(m):
        return (D("3.3") + D("0.55") * min(m, 6) + D("0.3") * max(0, min(m, 12) - 6) + D("0.18") * max(0, m - 12),
                D("50") + D("2.6") * min(m, 6) + D("1.4") * max(0, min(m, 12) - 6) + D("0.8") * max(0, m - 12))
    recs = []
    for k, vd, prev_month in visits:
        m = months_between(k["born"], vd)
        wm, hm = growth(m)
        if k["w"] is None:
            w = (wm * D(r0.randint(85, 112)) / 100).quantize(D("0.1"), rounding=ROUND_HALF_UP)
            h = (hm * D(r0.randint(95, 104)) / 100).quantize(D("0.1"), rounding=ROUND_HALF_UP)
        else:
            w = k["w"] + D(r0.choice([-2, -1, 0, 1, 2, 2, 3, 3, 4, 5])) / 10
            h = k["h"] + D(r0.randint(0, 12)) / 10
        if k["w"] is None:
            trend = "NEW" if (k["new"] and vd.month == 1) else ("ABSENT_LAST_MONTH" if vd.month > 1 else r0.choice(["GAINED", "GAINED", "NOT_GAINED"]))
        elif prev_month is not None and prev_month < vd.month - 1:
            trend = "ABSENT_LAST_MONTH"
        else:
            trend = "GAINED" if w > k["w"] else "NOT_GAINED"
        k["w"], k["h"] = w, h
        vit = None
        if vd.month == 2 and 6 <= m <= 59:
            vit = 100000 if m < 12 else 200000
        muac = (D("11.5") + D(m) / 12 * D("0.6") + D(r0.randint(-8, 8)) / 10).quantize(D("0.1")) if m >= 6 and r0.random() < 0.5 else None
        recs.append({"k": k, "vd": vd, "m": m, "w": w, "h": h, "trend": trend, "vit": vit, "muac": muac})
    assert len(recs) >= n + 1, len(recs)
    head_rec, body = recs[0], recs[1:]
    head_rec["muac"] = head_rec["muac"] or D("13.8")
    imun = ["-", "Campak", "MR", "DPT-HB-Hib 3", "Polio 4", "IPV", "BCG", "Booster DPT", "-"]
    kader = ["Bu Entin", "Bu Yayah", "Teh Rina", "Bu Iyam", "Bu Dedeh"]

    def render(rng: random.Random, r: dict, idx: int) -> tuple[list[str], dict]:
        k, vd, m = r["k"], r["vd"], r["m"]
        nik_s = rng.choice([k["nik"], k["nik"], "'" + k["nik"], f"{k['nik'][:6]} {k['nik'][6:12]} {k['nik'][12:]}"])
        name_s = rng.choice([k["name"].upper(), k["name"], k["name"].upper()])
        sex_s = rng.choice(["L", "Laki-laki", "Lk"] if k["sex"] == "M" else ["P", "Perempuan", "Pr"])
        b = k["born"]
        b_s = rng.choice([f"{b.day:02d}-{b.month:02d}-{b.year}", f"{b.day}/{b.month}/{b.year}", f"{b.day} {ID_MON[b.month - 1]} {b.year}", b.isoformat()])
        v_s = rng.choice([f"{vd.day} {ID_MON[vd.month - 1]} {vd.year}", f"{vd.day:02d}/{vd.month:02d}/{vd.year}", vd.isoformat(),
                          f"{vd.day:02d}-{vd.month:02d}-{vd.year % 100:02d}"])
        y, mm = divmod(m, 12)
        if y == 0:
            age_s = rng.choice([f"{m} bln", f"{m} bulan", str(m)])
        else:
            age_s = rng.choice([f"{y} th {mm} bl", f"{m} bln", f"{y} tahun {mm} bulan", str(m)])
        w, h = r["w"], r["h"]
        w_s = rng.choice([num(w, 1), f"{num(w, 1)} kg", q(w, 1), f"{rhu(w * 1000)} gr"])
        h_s = rng.choice([num(h, 1), f"{num(h, 1)} cm", f"{num(h / 100, 3)} m", num(h, 1)])
        mu_s = "" if r["muac"] is None else rng.choice([num(r["muac"], 1), f"{num(r['muac'], 1)} cm"])
        tr_s = rng.choice({"GAINED": ["N", "N", "Naik"], "NOT_GAINED": ["T", "T", "Tidak naik"],
                           "ABSENT_LAST_MONTH": ["O", "O"], "NEW": ["B", "Baru"]}[r["trend"]])
        vit_s = "" if r["vit"] is None else rng.choice(["Biru", "biru", "Kapsul biru"] if r["vit"] == 100000 else ["Merah", "MERAH", "kapsul merah"])
        asi = k["asi"]
        asi_s = "" if asi is None else rng.choice(["Ya", "Y", "✓"] if asi else ["Tidak", "T", "tdk"])
        rtrw_s = rng.choice([f"{k['rt']:03d}/{k['rw']:03d}", f"{k['rt']:02d}/{k['rw']:02d}", f"RT {k['rt']}/RW {k['rw']}", f"{k['rt']}/{k['rw']}"])
        ph = k["phone"]
        ph_s = "" if ph is None else rng.choice([f"0{ph[:3]}-{ph[3:7]}-{ph[7:]}", f"0{ph}", f"+62 {ph[:3]} {ph[3:7]} {ph[7:]}", f"62{ph}", ph])
        vals = [str(idx), nik_s, name_s, sex_s, b_s, k["mom"], v_s, age_s, w_s, h_s, mu_s, tr_s, vit_s, asi_s,
                rng.choice(imun), rtrw_s, k["village"], ph_s, rng.choice(kader)]
        t = {"child_nik": k["nik"], "visit_date": vd.isoformat(), "child_name": k["name"], "gender": k["sex"],
             "birth_date": b.isoformat(), "mother_name": k["mom"], "age_months": m, "weight_kg": q(w, 1),
             "height_cm": q(h, 1), "muac_cm": None if r["muac"] is None else q(r["muac"], 1), "weight_trend": r["trend"],
             "vitamin_a_iu": r["vit"], "exclusive_breastfeeding": asi, "rt": k["rt"], "rw": k["rw"],
             "village": k["village"], "mother_phone_e164": None if ph is None else f"+62{ph}"}
        return vals, t

    hrng = random.Random(10106 * 11)
    hk = head_rec["k"]
    hk_asi = hk["asi"]
    hk["asi"] = True if hk_asi is None else hk_asi
    hk["phone"] = hk["phone"] or "81312345678"
    header_vals, _ = render(hrng, head_rec, 1)
    # a blank cell in the promoted first record becomes `Unnamed: <pos>` as a data-frame reader names it
    H = [v if v else f"Unnamed: {j}" for j, v in enumerate(header_vals)]
    assert len(set(H)) == len(H), H
    p = mc.Pair(SPLIT, "posyandu_id_noheader_to_child_growth",
                "NO HEADER ROW: an Indonesian posyandu (village child-health post) weighing register copied out of a "
                "spreadsheet without its header, so the first visit became the header line; NIK with Excel apostrophe; "
                "`L/P` (P = perempuan = female); Indonesian dates; ages `2 th 9 bl`/`33 bln`; kg vs `gr`, cm vs m; "
                "KMS growth codes `N/T/O/B` (T = tidak naik, not `true`); vitamin A capsule colour -> IU; `Ya/T/✓`; "
                "RT/RW -> two ints; mobiles that lost the leading 0",
                "child_growth_visit", n, 10106)
    p.src_cols = H
    p.tgt_cols = [
        C("child_nik", "string", "id.national_id", key=True, nullable=False, regex=r"^\d{16}$", description="16-digit NIK"),
        C("visit_date", "date", "datetime.date", key=True, nullable=False),
        C("child_name", "string", "person.full_name", description="title case"),
        C("gender", "string", "person.gender", allowed_values=["M", "F"]),
        C("birth_date", "date", "person.date_of_birth"),
        C("mother_name", "string", "person.full_name"),
        C("age_months", "int", "person.age", description="completed months at the visit"),
        C("weight_kg", "decimal", "qty.mass", description="1 place"),
        C("height_cm", "decimal", "qty.length", description="length/height, 1 place"),
        C("muac_cm", "decimal", "qty.length", description="mid-upper arm circumference, 1 place"),
        C("weight_trend", "string", "status.record_status",
          allowed_values=["GAINED", "NOT_GAINED", "ABSENT_LAST_MONTH", "NEW"],
          description="growth-chart code: gained since last month / not gained / not weighed last month / first visit"),
        C("vitamin_a_iu", "int", "qty.count", description="vitamin A dose given at this visit (IU); null if none"),
        C("exclusive_breastfeeding", "bool", "flag.boolean"),
        C("rt", "int", "address.address_line2", description="neighbourhood unit (RT) number"),
        C("rw", "int", "address.address_line2", description="community unit (RW) number"),
        C("village", "string", "address.city", description="kelurahan/desa"),
        C("mother_phone_e164", "string", "contact.mobile_phone", description="E.164"),
        C("weight_for_age_z", "decimal", None, description="WHO z-score"),
        C("stunting_flag", "bool", "flag.boolean"),
    ]
    names = ["No", "nik", "name", "sex", "born", "mom", "visit", "age", "w", "h", "muac", "trend", "vit", "asi", "imun",
             "rtrw", "village", "phone", "kader"]
    col = dict(zip(names, H, strict=True))
    for t, s, k in [("child_nik", "nik", "reformat"), ("visit_date", "visit", "date_format"), ("child_name", "name", "reformat"),
                    ("gender", "sex", "value_map"), ("birth_date", "born", "date_format"), ("mother_name", "mom", "atomic"),
                    ("age_months", "age", "unit"), ("weight_kg", "w", "unit"), ("height_cm", "h", "unit"),
                    ("muac_cm", "muac", "reformat"), ("weight_trend", "trend", "value_map"), ("vitamin_a_iu", "vit", "value_map"),
                    ("exclusive_breastfeeding", "asi", "value_map"), ("rt", "rtrw", "decompose"), ("rw", "rtrw", "decompose"),
                    ("village", "village", "atomic"), ("mother_phone_e164", "phone", "reformat")]:
        p.m(t, col[s], k)
    p.m("weight_for_age_z", [], "unmapped")
    p.m("stunting_flag", [], "unmapped")
    p.key_src, p.key_tgt = [col["nik"], col["visit"]], ["child_nik", "visit_date"]
    extra = recs[n + 1:] if len(recs) > n + 1 else []

    def row(rng: random.Random, i: int):
        if i < n:
            vals, t = render(rng, body[i], i + 2)
        else:
            r = extra[i - n - 1000] if i - n - 1000 < len(extra) else body[(i * 7) % n]
            vals, t = render(rng, r, i)
        return dict(zip(H, vals, strict=True)), t

    p.row = row
    print(p.name, p.write())



# =============================================================================================
# 7. Taiwanese expense claims (Traditional Chinese, ROC/Minguo dates, uniform invoices)
# =============================================================================================
TW_DEPT = {"SALES": ["業務部", "業務", "Sales"], "RND": ["研發部", "研發中心", "R&D"], "FIN": ["財務部", "財會", "Finance"],
           "ADMIN": ["管理部", "行政", "總務"], "MKT": ["行銷部", "行銷企劃", "Marketing"]}
TW_NAMES = ["陳怡君", "林志明", "張雅婷", "黃冠宇", "李淑芬", "王建宏", "吳佩珊", "劉家豪", "蔡宗翰", "楊欣怡", "許哲維", "鄭雅雯"]
# category -> (labels, descriptions, TWD amount range, has uniform invoice)
TW_CAT = {
    "TRAVEL": (["交通費", "計程車", "高鐵", "Uber"], ["台北-台中 高鐵來回", "拜訪客戶計程車", "桃園機場接駁", "新竹出差油資"], (85, 3200)),
    "MEALS": (["餐費", "誤餐費"], ["加班誤餐", "出差午餐", "專案會議便當"], (80, 1500)),
    "ENTERTAINMENT": (["交際費", "客戶餐敘"], ["客戶晚宴", "供應商餐敘", "年節禮盒"], (1200, 12000)),
    "LODGING": (["住宿費", "旅館", "飯店"], ["高雄出差住宿 1晚", "東京展覽住宿 2晚", "台南客戶拜訪住宿"], (1800, 9800)),
    "OFFICE": (["文具", "辦公用品", "郵電費"], ["碳粉匣", "會議室白板筆", "快遞運費", "USB 隨身碟"], (60, 4200)),
}
TW_CUR = {"TWD": (["TWD", "NTD", "NT$", "新台幣", "台幣"], D("1")), "USD": (["USD", "美金", "US$"], D("32.05")),
          "JPY": (["JPY", "日圓", "日幣"], D("0.2131")), "EUR": (["EUR", "歐元"], D("34.62"))}


def tw_ban(rng: random.Random) -> str:
    w = [1, 2, 1, 2, 1, 2, 4, 1]
    while True:
        d = ("0" if rng.random() < 0.2 else str(rng.randint(1, 9))) + gc.digits(rng, 6)
        for last in "0123456789":
            s = d + last
            tot = sum(sum(divmod(int(c) * wi, 10)) for c, wi in zip(s, w, strict=True))
            if tot % 10 == 0 or (s[6] == "7" and (tot + 1) % 10 == 0):
                return s


def roc(d: dt.date, style: int) -> str:
    y = d.year - 1911
    return [f"{y}/{d.month:02d}/{d.day:02d}", f"{y}.{d.month}.{d.day}", f"民國{y}年{d.month}月{d.day}日",
            f"{d.year}/{d.month:02d}/{d.day:02d}", f"{y}{d.month:02d}{d.day:02d}"][style]


def pair_tw() -> None:
    n = 140
    p = mc.Pair(SPLIT, "feiyong_baoxiao_tw_to_expense_line",
                "Taiwanese employee expense claims (Traditional Chinese headers): ROC/Minguo invoice dates "
                "`113/03/05`, `113.3.5`, `民國113年3月5日`, 7-digit `1130305` next to Gregorian `2024/03/05`; uniform "
                "invoice numbers `AB-12345678`; seller business ids (統一編號) that lost a leading zero; category, "
                "department, currency (`新台幣`, `美金`, `日幣`) and approval synonyms; amount x rate -> TWD amount "
                "(compose); a second date (申請日期) and the applicant's name are distractors",
                "expense_line", n, 10107)
    S = ["申請單號", "項次", "員工編號", "申請人", "部門", "發票日期", "發票號碼", "賣方統編", "費用類別", "說明", "幣別",
         "金額", "匯率", "稅額", "專案代號", "簽核狀態", "申請日期", "附件數", "備註"]
    p.src_cols = S
    p.tgt_cols = [
        C("claim_no", "string", "id.record_id", key=True, nullable=False),
        C("line_no", "int", "qty.count", key=True, nullable=False),
        C("employee_id", "string", "id.employee_id", regex=r"^T\d{5}$", description="`T` + 5 digits"),
        C("department_code", "string", "org.department", allowed_values=list(TW_DEPT)),
        C("receipt_date", "date", "datetime.date", description="Gregorian"),
        C("invoice_number", "string", "id.invoice_number", regex=r"^[A-Z]{2}\d{8}$",
          description="uniform invoice number, 2 letters + 8 digits; null when the receipt has none"),
        C("seller_ban", "string", "id.vat_number", regex=r"^\d{8}$", description="統一編號, 8 digits"),
        C("category", "string", "text.category", allowed_values=list(TW_CAT)),
        C("description", "string", "text.description"),
        C("currency", "string", "iso.currency_code"),
        C("amount", "decimal", "money.amount", description="in the receipt currency, 2 places"),
        C("exchange_rate", "decimal", "money.exchange_rate", description="TWD per unit, 4 places"),
        C("amount_twd", "decimal", "money.amount", description="amount x rate, rounded half-up to 2 places"),
        C("tax_amount", "decimal", "money.tax_amount", description="business tax shown on the invoice; null if none"),
        C("project_code", "string", "org.cost_center"),
        C("approval_status", "string", "status.record_status", allowed_values=["APPROVED", "REJECTED", "PENDING"]),
        C("paid_date", "date", "datetime.date"),
        C("gl_account", "string", None),
    ]
    for t, s, k in [("claim_no", "申請單號", "atomic"), ("line_no", "項次", "atomic"), ("employee_id", "員工編號", "reformat"),
                    ("department_code", "部門", "value_map"), ("receipt_date", "發票日期", "date_format"),
                    ("invoice_number", "發票號碼", "reformat"), ("seller_ban", "賣方統編", "reformat"),
                    ("category", "費用類別", "value_map"), ("description", "說明", "atomic"), ("currency", "幣別", "value_map"),
                    ("amount", "金額", "reformat"), ("exchange_rate", "匯率", "reformat"), ("tax_amount", "稅額", "reformat"),
                    ("project_code", "專案代號", "atomic"), ("approval_status", "簽核狀態", "value_map")]:
        p.m(t, s, k)
    p.m("amount_twd", ["金額", "匯率"], "compose")
    p.m("paid_date", [], "unmapped")
    p.m("gl_account", [], "unmapped")
    p.key_src, p.key_tgt = ["申請單號", "項次"], ["claim_no", "line_no"]
    r0 = random.Random(10107 * 7)
    emps = [(n_, r0.randint(101, 2950), r0.choice(list(TW_DEPT))) for n_ in TW_NAMES]
    lines = []
    cno = 0
    while len(lines) < n + 3:
        cno += 1
        name, eid, dept = r0.choice(emps)
        sub = dt.datetime(2024, 1, 15) + dt.timedelta(days=r0.randrange(140), minutes=r0.randrange(9 * 60, 19 * 60))
        claim = f"EX{sub.year - 1911}{sub.month:02d}-{cno + 310:04d}"
        status = r0.choices(["APPROVED", "REJECTED", "PENDING"], [70, 8, 22])[0]
        proj = r0.choice([None, None, f"P-2024-{r0.randint(1, 40):03d}"])
        for ln in range(1, r0.choice([1, 2, 2, 3, 4, 5]) + 1):
            lines.append({"claim": claim, "ln": ln, "name": name, "eid": eid, "dept": dept, "sub": sub, "status": status,
                          "proj": proj})

    def row(rng: random.Random, i: int):
        L = lines[i] if i < n else lines[n + (i - n - 1000)]
        cat = rng.choice(list(TW_CAT))
        labels, descs, (lo, hi) = TW_CAT[cat]
        cur = "TWD" if rng.random() < 0.78 else rng.choice(["USD", "JPY", "EUR"])
        day = L["sub"].date() - dt.timedelta(days=rng.randint(1, 40))
        if cur == "TWD":
            amount = D(rng.randint(lo, hi))
            rate = D(1)
        elif cur == "JPY":
            amount = D(rng.randint(lo, hi) * 4 // 10 * 10)
            rate = (TW_CUR[cur][1] * (1 + D(rng.randint(-200, 200)) / 10000)).quantize(D("0.0001"), rounding=ROUND_HALF_UP)
        else:
            amount = (D(rng.randint(lo, hi)) / 31).quantize(D("0.01"))
            rate = (TW_CUR[cur][1] * (1 + D(rng.randint(-200, 200)) / 10000)).quantize(D("0.01"), rounding=ROUND_HALF_UP)
        label = rng.choice(labels)
        taxi = label in ("計程車", "Uber") or (cat == "TRAVEL" and rng.random() < 0.3)
        has_inv = cur == "TWD" and not taxi
        inv = ban = tax = None
        if has_inv:
            inv = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + gc.digits(rng, 8)
            ban = tw_ban(rng)
            tax = (amount / D("1.05") * D("0.05")).quantize(D(1), rounding=ROUND_HALF_UP)
        inv_s = "" if inv is None else rng.choice([f"{inv[:2]}-{inv[2:]}", inv, inv.lower(), f"{inv[:2]} {inv[2:]}"])
        if inv is None:
            inv_s = rng.choice(["", "無", "收據"])
        ban_s = ""
        if ban:
            ban_s = ban.lstrip("0") if ban.startswith("0") and rng.random() < 0.6 else ban
        if cur == "TWD":
            amt_s = rng.choice([grp(str(int(amount)), ","), f"NT${grp(str(int(amount)), ',')}", str(int(amount))])
        elif cur == "JPY":
            amt_s = rng.choice([f"¥{grp(str(int(amount)), ',')}", str(int(amount))])
        else:
            amt_s = rng.choice([q(amount), f"{'US$' if cur == 'USD' else '€'}{q(amount)}"])
        rate_s = str(rate.normalize()) if cur == "TWD" else str(rate)
        eid = L["eid"]
        eid_s = rng.choice([f"T{eid:05d}", f"t{eid:05d}", f"T{eid}", str(eid)])
        st_s = rng.choice({"APPROVED": ["已核准", "核准", "Approved"], "REJECTED": ["退件", "駁回"],
                           "PENDING": ["待審", "審核中", "簽核中"]}[L["status"]])
        s = {"申請單號": L["claim"], "項次": str(L["ln"]), "員工編號": eid_s, "申請人": L["name"],
             "部門": rng.choice(TW_DEPT[L["dept"]]), "發票日期": roc(day, rng.choice([0, 0, 1, 2, 3, 4])), "發票號碼": inv_s,
             "賣方統編": ban_s, "費用類別": label, "說明": rng.choice(descs), "幣別": rng.choice(TW_CUR[cur][0]),
             "金額": amt_s, "匯率": rate_s, "稅額": "" if tax is None else str(tax), "專案代號": L["proj"] or "",
             "簽核狀態": st_s, "申請日期": L["sub"].strftime("%Y-%m-%d %H:%M"), "附件數": str(rng.randint(0, 3)),
             "備註": rng.choice(["", "", "", "補單", "已附電子發票證明聯", "統編未打", "外幣刷卡"])}
        t = {"claim_no": L["claim"], "line_no": L["ln"], "employee_id": f"T{eid:05d}", "department_code": L["dept"],
             "receipt_date": day.isoformat(), "invoice_number": inv, "seller_ban": ban, "category": cat,
             "description": s["說明"], "currency": cur, "amount": q(amount), "exchange_rate": q(rate, 4),
             "amount_twd": q(amount * rate), "tax_amount": None if tax is None else q(tax), "project_code": L["proj"],
             "approval_status": L["status"]}
        return s, t

    p.row = row
    print(p.name, p.write())



# =============================================================================================
# 8. Kenyan SACCO member contributions (Swahili headers, M-Pesa, `1,500/=`, Ndiyo/Hapana)
# =============================================================================================
SW_MON = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba",
          "Desemba"]
KE_FIRST_M = ["John", "Peter", "James", "Joseph", "Daniel", "Samuel", "Brian", "Kevin", "Dennis", "Collins", "Geoffrey",
              "Stephen"]
KE_FIRST_F = ["Mary", "Grace", "Faith", "Mercy", "Esther", "Jane", "Lucy", "Caroline", "Nancy", "Beatrice", "Purity",
              "Winnie"]
KE_MID = ["Wanjiru", "Akinyi", "Nyambura", "Chebet", "Atieno", "Wambui", "Kiprono", "Otieno", "Mwangi", "Kipchumba",
          "Njeri", "Onyango"]
KE_LAST = ["Kamau", "Otieno", "Mwangi", "Ochieng", "Kiprop", "Njoroge", "Odhiambo", "Mutua", "Wafula", "Kariuki",
           "Kibet", "Omondi", "Muthoni", "Wekesa", "Cheruiyot", "Nyaga", "Maina", "Barasa"]
SW_TYPES = {"SAVINGS": ["Akiba", "AKIBA", "Akiba ya mwezi"], "SHARES": ["Hisa", "Hisa (shares)", "HISA"],
            "LOAN_REPAYMENT": ["Marejesho ya Mkopo", "Rejesho", "Marejesho"], "FINE": ["Faini", "Faini ya kuchelewa"],
            "REGISTRATION_FEE": ["Ada ya Usajili", "Kiingilio"]}
SW_METHOD = {"MPESA": ["M-Pesa", "MPESA", "Mpesa"], "BANK": ["Benki", "Equity Bank", "KCB", "Co-op Bank"],
             "CASH": ["Taslimu", "Cash", "Pesa taslimu"], "CHEQUE": ["Hundi", "Cheque"]}
SW_BRANCH = {"NBI": ["Nairobi", "NRB", "Nairobi CBD"], "NKR": ["Nakuru", "NAKURU"], "KSM": ["Kisumu", "Ksm"],
             "MSA": ["Mombasa", "Msa"], "ELD": ["Eldoret", "ELDORET"]}


def pair_sw() -> None:
    n = 160
    p = mc.Pair(SPLIT, "michango_sacco_sw_to_member_contribution",
                "Kenyan savings co-operative (SACCO) contribution ledger with Swahili headers: member numbers "
                "`KSC-00123`/`ksc123`/`123`; `KAMAU, John` vs `John Kamau`; `KSh 1,500`, `1,500/=`, `1.5k`; Swahili "
                "months; contribution types (Akiba, Hisa, Marejesho ya Mkopo, Faini, Kiingilio); payment methods and "
                "bank names; M-Pesa codes; Kenyan mobiles (07xx/011x) -> E.164; confirmed `Ndiyo/N/Hapana/H` "
                "(N = ndiyo = yes); distractors (cashier, comments, entry time)",
                "member_contribution", n, 10108)
    S = ["Nambari ya Risiti", "Namba ya Mwanachama", "Jina la Mwanachama", "Simu", "Tarehe ya Malipo", "Mwezi wa Mchango",
         "Aina ya Mchango", "Kiasi", "Njia ya Malipo", "Namba ya Muamala", "Tawi", "Imethibitishwa", "Salio la Akiba",
         "Aliyepokea", "Maoni", "Tarehe ya Kuingiza"]
    p.src_cols = S
    p.tgt_cols = [
        C("receipt_no", "string", "id.record_id", key=True, nullable=False),
        C("member_no", "int", "id.customer_id"),
        C("member_name", "string", "person.full_name", description="given name(s) first, family name last, title case"),
        C("mobile_e164", "string", "contact.mobile_phone", description="E.164"),
        C("payment_date", "date", "datetime.date"),
        C("period", "string", "datetime.month", regex=r"^\d{4}-\d{2}$", description="month the contribution is for, YYYY-MM"),
        C("contribution_type", "string", "text.category", allowed_values=list(SW_TYPES)),
        C("amount_kes", "decimal", "money.amount", description="KES, 2 places"),
        C("payment_method", "string", "text.category", allowed_values=list(SW_METHOD)),
        C("transaction_ref", "string", "id.record_id", description="M-Pesa code, bank or cheque reference as given"),
        C("branch_code", "string", "text.category", allowed_values=list(SW_BRANCH),
          description="NBI Nairobi, NKR Nakuru, KSM Kisumu, MSA Mombasa, ELD Eldoret"),
        C("is_confirmed", "bool", "flag.verified"),
        C("savings_balance_kes", "decimal", "money.account_balance", description="savings balance after the entry"),
        C("loan_account_no", "string", "id.bank_account_number"),
        C("dividend_eligible", "bool", "flag.boolean"),
    ]
    for t, s, k in [("receipt_no", "Nambari ya Risiti", "atomic"), ("member_no", "Namba ya Mwanachama", "type_cast"),
                    ("member_name", "Jina la Mwanachama", "reformat"), ("mobile_e164", "Simu", "reformat"),
                    ("payment_date", "Tarehe ya Malipo", "date_format"), ("period", "Mwezi wa Mchango", "date_format"),
                    ("contribution_type", "Aina ya Mchango", "value_map"), ("amount_kes", "Kiasi", "reformat"),
                    ("payment_method", "Njia ya Malipo", "value_map"), ("transaction_ref", "Namba ya Muamala", "atomic"),
                    ("branch_code", "Tawi", "value_map"), ("is_confirmed", "Imethibitishwa", "value_map"),
                    ("savings_balance_kes", "Salio la Akiba", "reformat")]:
        p.m(t, s, k)
    p.m("loan_account_no", [], "unmapped")
    p.m("dividend_eligible", [], "unmapped")
    p.key_src, p.key_tgt = ["Nambari ya Risiti"], ["receipt_no"]
    r0 = random.Random(10108 * 7)
    members = []
    numbers = r0.sample(range(12, 1480), 58)
    for k in range(58):
        sex = r0.choice("MF")
        first = r0.choice(KE_FIRST_M if sex == "M" else KE_FIRST_F)
        mid = r0.choice(KE_MID) if r0.random() < 0.35 else None
        last = r0.choice(KE_LAST)
        ph = r0.choice(["7" + r0.choice(["01", "02", "05", "10", "11", "12", "13", "14", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "40", "41", "42", "43", "45", "46", "48", "57", "58", "59", "68", "69", "70", "71", "72", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99"]) + gc.digits(r0, 6),
                        "1" + r0.choice(["10", "11", "12", "13", "15"]) + gc.digits(r0, 6)])
        members.append({"no": numbers[k], "first": first if not mid else f"{first} {mid}", "last": last,
                        "phone": ph, "branch": r0.choice(list(SW_BRANCH)), "bal": D(r0.randint(0, 400) * 50)})
    entries = []
    for k in range(n + 3):
        mbr = r0.choice(members)
        day = dt.date(2024, 1, 2) + dt.timedelta(days=k * 175 // (n + 3) + r0.randrange(2))
        typ = r0.choices(list(SW_TYPES), [50, 15, 25, 6, 4])[0]
        entries.append((mbr, day, typ))
    cashiers = ["Wanjiku", "Ochieng J.", "Mwalimu Salim", "Cherono", "Auma"]
    comments = ["", "", "", "Amelipa kwa niaba ya mke", "Malipo ya nyuma", "Imelipwa kupitia wakala", "Ameahidi kulipa salio"]

    def row(rng: random.Random, i: int):
        mbr, day, typ = entries[i] if i < n else entries[n + (i - n - 1000)]
        amount = {"SAVINGS": lambda: D(rng.randint(5, 100) * 100), "SHARES": lambda: D(rng.randint(1, 20) * 500),
                  "LOAN_REPAYMENT": lambda: D(rng.randint(15, 400) * 50), "FINE": lambda: D(rng.choice([50, 100, 200, 500])),
                  "REGISTRATION_FEE": lambda: D(1000)}[typ]()
        if typ == "SAVINGS" and i < n:
            mbr["bal"] += amount
        bal = mbr["bal"]
        method = rng.choices(list(SW_METHOD), [60, 20, 15, 5])[0]
        ref = {"MPESA": lambda: "S" + rng.choice("ABCDEFGHIJKL") + rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
               + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(7)),
               "BANK": lambda: f"FT24{day.timetuple().tm_yday:03d}{gc.token(rng, 5, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}",
               "CASH": lambda: None, "CHEQUE": lambda: f"{rng.randint(100, 999999):06d}"}[method]()
        per = day if day.day > 10 or rng.random() < 0.5 else (day.replace(day=1) - dt.timedelta(days=1))
        name = f"{mbr['first']} {mbr['last']}"
        nm_s = rng.choice([name, name.upper(), f"{mbr['last'].upper()}, {mbr['first']}", name])
        ph = mbr["phone"]
        ph_s = rng.choice([f"0{ph[:3]} {ph[3:6]} {ph[6:]}", f"0{ph}", f"254{ph}", f"+254 {ph[:3]} {ph[3:6]} {ph[6:]}", ph])
        no = mbr["no"]
        no_s = rng.choice([f"KSC-{no:05d}", f"KSC/{no}", str(no), f"ksc{no:05d}"])
        d_s = rng.choice([f"{day.day:02d}/{day.month:02d}/{day.year}", f"{day.day} {SW_MON[day.month - 1]} {day.year}",
                          day.isoformat(), f"{day.day}/{day.month}/{day.year % 100:02d}"])
        per_s = rng.choice([f"{SW_MON[per.month - 1]} {per.year}", f"{per.month:02d}/{per.year}", f"{per.year}-{per.month:02d}",
                            f"{SW_MON[per.month - 1].upper()} {per.year}"])
        ai = int(amount)
        a_s = rng.choice([f"KSh {grp(str(ai), ',')}", f"Ksh{ai}.00", f"{grp(str(ai), ',')}/=", f"KES {grp(str(ai), ',')}.00",
                          str(ai), (f"{strip0(str(D(ai) / 1000), '.')}k" if ai % 100 == 0 and ai >= 1000 else f"{grp(str(ai), ',')}/=")])
        conf = rng.random() < 0.85
        c_s = rng.choice(["Ndiyo", "N", "✓", "Ndiyo"] if conf else ["Hapana", "H", "hapana"])
        s = {"Nambari ya Risiti": f"RCT-2024-{i + 1201:05d}", "Namba ya Mwanachama": no_s, "Jina la Mwanachama": nm_s,
             "Simu": ph_s, "Tarehe ya Malipo": d_s, "Mwezi wa Mchango": per_s, "Aina ya Mchango": rng.choice(SW_TYPES[typ]),
             "Kiasi": a_s, "Njia ya Malipo": rng.choice(SW_METHOD[method]), "Namba ya Muamala": ref or "",
             "Tawi": rng.choice(SW_BRANCH[mbr["branch"]]), "Imethibitishwa": c_s,
             "Salio la Akiba": rng.choice([grp(str(int(bal)), ","), f"{grp(str(int(bal)), ',')}.00", str(int(bal))]),
             "Aliyepokea": rng.choice(cashiers), "Maoni": rng.choice(comments),
             "Tarehe ya Kuingiza": (dt.datetime.combine(day, dt.time(8)) + dt.timedelta(minutes=rng.randrange(1, 3000))).isoformat(sep=" ")}
        t = {"receipt_no": s["Nambari ya Risiti"], "member_no": no, "member_name": name, "mobile_e164": f"+254{ph}",
             "payment_date": day.isoformat(), "period": f"{per.year}-{per.month:02d}", "contribution_type": typ,
             "amount_kes": q(amount), "payment_method": method, "transaction_ref": ref, "branch_code": mbr["branch"],
             "is_confirmed": conf, "savings_balance_kes": q(bal)}
        return s, t

    p.row = row
    print(p.name, p.write())


if __name__ == "__main__":
    pair_th()
    pair_ca()
    pair_ua()
    pair_in()
    pair_ro()
    pair_id()
    pair_tw()
    pair_sw()
