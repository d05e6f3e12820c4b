# ruff: noqa
"""Eighth blind schema-matching set (split `dev`, formerly `blind`): 8 pairs, stdlib + golden_common/mapping_common.

Run: python3 gen_mapping_blind7.py   (writes under mapping_common.OUT / "dev"; seeds 12121-12128)
(a blind-written generator, kept as its author wrote it; only its output path was repointed: mapping_common.OUT is the repo's)
"""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal as D

import golden_common as gc
import mapping_common as mc
from mapping_common import C, Pair, q

SPLIT = "dev"
OUT = mc.OUT  # the one output constant (mapping_common.OUT)

BN_DIG = "০১২৩৪৫৬৭৮৯"


def bn(s) -> str:
    return "".join(BN_DIG[int(c)] if c.isdigit() else c for c in str(s))


def sp_thou(n: int, sep: str = " ") -> str:
    return f"{n:,}".replace(",", sep)


def shuffled_combos(rng: random.Random, *axes):
    out = [()]
    for ax in axes:
        out = [o + (a,) for o in out for a in ax]
    rng.shuffle(out)
    return out


def combo_for(combos, n, i):
    return combos[i] if i < n else combos[n + (i - n - 1000)]


# =============================================================================================
# 1. Georgian wine export certificates
# =============================================================================================
KA_MON = ["იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო", "სექტემბერი",
          "ოქტომბერი", "ნოემბერი", "დეკემბერი"]
KA_M = ["გიორგი", "დავით", "ნიკოლოზ", "ლევან", "ირაკლი", "ზურაბ", "ვახტანგ", "შოთა", "თორნიკე", "ბექა"]
KA_F = ["თამარ", "ნინო", "მარიამ", "ანა", "ეკატერინე", "ნათია", "ქეთევან", "სალომე", "მაკა"]
KA_LAST = ["ბერიძე", "კაპანაძე", "გელაშვილი", "მაისურაძე", "ლომიძე", "ჯავახიშვილი", "ცერცვაძე", "ხარაიშვილი",
           "ქავთარაძე", "ჩიქოვანი", "გოგია", "შენგელია", "ნოზაძე", "წიკლაური"]
KA_VAR = [("საფერავი", "Saperavi", "red"), ("რქაწითელი", "Rkatsiteli", "white"), ("ქისი", "Kisi", "white"),
          ("მწვანე", "Mtsvane", "white"), ("ალექსანდროული", "Aleksandrouli", "red"),
          ("ოჯალეში", "Ojaleshi", "red"), ("ხიხვი", "Khikhvi", "white")]
KA_APP = {"red": [("ქინძმარაული", "Kindzmarauli", "semi_sweet"), ("მუკუზანი", "Mukuzani", "dry"),
                  ("ახაშენი", "Akhasheni", "semi_sweet"), ("ნაპარეული", "Napareuli", "dry"),
                  ("ხვანჭკარა", "Khvanchkara", "semi_sweet")],
          "white": [("წინანდალი", "Tsinandali", "dry"), ("გურჯაანი", "Gurjaani", "dry"),
                    ("ვაზისუბანი", "Vazisubani", "dry")]}
KA_SWEET = {"dry": ["მშრალი", "მშრ."], "semi_dry": ["ნახევრადმშრალი"], "semi_sweet": ["ნახევრადტკბილი", "ნ/ტკბილი"],
            "sweet": ["ტკბილი"]}
KA_CTRY = [("ჩინეთი", "CN"), ("China", "CN"), ("უკრაინა", "UA"), ("პოლონეთი", "PL"), ("Poland", "PL"),
           ("გერმანია", "DE"), ("DEU", "DE"), ("აშშ", "US"), ("USA", "US"), ("ლატვია", "LV"), ("ყაზახეთი", "KZ"),
           ("KAZ", "KZ"), ("იაპონია", "JP"), ("ესტონეთი", "EE"), ("ლიტვა", "LT"), ("დიდი ბრიტანეთი", "GB")]
KA_CO = [("შპს „ალაზნის ველის მარანი\"", "404512345"), ("შპს „კახური ტრადიცია\"", "231087654"),
         ("შპს „თელავის ძველი მარანი\"", "405119872"), ("Qvevri House LLC", "445390127"),
         ("შპს „ვაზისუბნის ღვინის სახლი\"", "202876310"), ("სს „ქართული ღვინის კომპანია\"", "204433981"),
         ("შპს „მუხრანის ველი\"", "406021774")]


def pair_ka() -> Pair:
    p = Pair(SPLIT, "ghvino_ka_to_wine_export_lot",
             "Georgian wine export certificates (lab + conformity) -> export lot", "wine_export_lot", 140, 12121)
    p.src_cols = ["სერტიფიკატის №", "გაცემის თარიღი", "ექსპორტიორი", "საიდ. კოდი", "ღვინის დასახელება", "ჯიში",
                  "ფერი", "ტიპი", "მოსავალი", "ადგილწარმოშობა", "ალკოჰოლი", "ნარჩ. შაქარი", "მოცულობა",
                  "ბოთლების რაოდ.", "ფასი FOB", "ქვეყანა", "საკონტაქტო პირი", "ოქმის №", "ლაბორანტი",
                  "ჩანაწერის თარიღი", "შენიშვნა"]
    p.tgt_cols = [
        C("certificate_no", "int", "id.record_id", key=True, nullable=False, description="certificate number as integer"),
        C("issue_date", "date", "datetime.date", nullable=False),
        C("exporter_name", "string", "org.company_name"),
        C("exporter_tax_id", "string", "id.vat_number", regex=r"^\d{9}$", description="9-digit Georgian identification code, digits only"),
        C("wine_name", "string", "text.product_name"),
        C("grape_variety", "string", "text.category", allowed_values=[v[1] for v in KA_VAR],
          description="grape variety, Latin transliteration"),
        C("color", "string", "text.category", allowed_values=["red", "white", "amber", "rose"]),
        C("sweetness", "string", "text.category", allowed_values=["dry", "semi_dry", "semi_sweet", "sweet"]),
        C("vintage", "int", "datetime.year"),
        C("appellation", "string", "text.category",
          allowed_values=[a[1] for v in KA_APP.values() for a in v],
          description="protected designation of origin, Latin; null when none"),
        C("alcohol_pct_vol", "decimal", "qty.percentage", description="alcohol % by volume, 1 decimal place (13.5)"),
        C("residual_sugar_g_l", "decimal", "qty.count", description="grams per litre, 1 decimal place"),
        C("volume_l", "int", "qty.volume", description="litres"),
        C("bottle_count", "int", "qty.count"),
        C("fob_price_usd", "decimal", "money.unit_price", description="FOB price per bottle in USD, 2 places"),
        C("destination_country", "string", "iso.country_alpha2"),
        C("contact_first_name", "string", "person.first_name", description="Georgian script"),
        C("contact_last_name", "string", "person.last_name", description="Georgian script"),
        C("hs_code", "string", "text.category"),
        C("excise_stamp_series", "string", "id.record_id"),
    ]
    for t, s, k in [("certificate_no", "სერტიფიკატის №", "type_cast"), ("issue_date", "გაცემის თარიღი", "date_format"),
                    ("exporter_name", "ექსპორტიორი", "atomic"), ("exporter_tax_id", "საიდ. კოდი", "reformat"),
                    ("wine_name", "ღვინის დასახელება", "atomic"), ("grape_variety", "ჯიში", "value_map"),
                    ("color", "ფერი", "value_map"), ("sweetness", "ტიპი", "value_map"), ("vintage", "მოსავალი", "type_cast"),
                    ("appellation", "ადგილწარმოშობა", "value_map"), ("alcohol_pct_vol", "ალკოჰოლი", "reformat"),
                    ("residual_sugar_g_l", "ნარჩ. შაქარი", "reformat"), ("volume_l", "მოცულობა", "unit"),
                    ("bottle_count", "ბოთლების რაოდ.", "type_cast"), ("fob_price_usd", "ფასი FOB", "reformat"),
                    ("destination_country", "ქვეყანა", "value_map"), ("contact_first_name", "საკონტაქტო პირი", "decompose"),
                    ("contact_last_name", "საკონტაქტო პირი", "decompose")]:
        p.m(t, s, k)
    p.m("hs_code", [], "unmapped")
    p.m("excise_stamp_series", [], "unmapped")
    p.key_src, p.key_tgt = ["სერტიფიკატის №"], ["certificate_no"]
    colors_ka = {"red": ["წითელი", "წით."], "white": ["თეთრი"], "amber": ["ქარვისფერი", "ქარვა"]}

    def row(r: random.Random, i: int):
        cert = 1200 + i * 3 + r.randrange(3)
        d = gc.rand_date(r, dt.date(2023, 9, 1), dt.date(2024, 11, 29))
        sd = r.randrange(3)
        ds = [d.strftime("%d.%m.%Y"), f"{d.day} {KA_MON[d.month - 1]} {d.year}", d.isoformat()][sd]
        co, tax = r.choice(KA_CO)
        taxs = r.choice([tax, f"ს/კ {tax}", f"{tax[:3]} {tax[3:6]} {tax[6:]}", tax])
        vka, vlat, col = r.choice(KA_VAR)
        if col == "white" and r.random() < 0.35:
            col = "amber"
        app = None
        if col != "amber" and vlat in ("Saperavi", "Rkatsiteli", "Aleksandrouli") and r.random() < 0.6:
            cands = [a for a in KA_APP[col] if (vlat == "Aleksandrouli") == (a[1] == "Khvanchkara")]
            app = r.choice(cands) if cands else None
        sweet = app[2] if app else r.choice(["dry", "dry", "dry", "semi_dry", "semi_sweet", "sweet"])
        sugar = {"dry": (2, 40), "semi_dry": (41, 180), "semi_sweet": (181, 450), "sweet": (451, 800)}[sweet]
        sugar = D(r.randint(*sugar)) / 10
        alc = D(r.randint(110, 145)) / 10
        vint = d.year - r.choice([1, 1, 2, 3])
        liters = 300 * r.randint(5, 100)
        u = r.randrange(4)
        vol = [f"{sp_thou(liters)} ლ", f"{liters // 10} დალ", f"{mc.eu(D(liters) / 100, 0 if liters % 100 == 0 else 1, ' ')} ჰლ",
               str(liters)][u]
        bottles = liters * 4 // 3
        wname = (f"{app[0]}" if app else vka) + r.choice(["", " ქვევრი", " რეზერვი", f" {vint}"])
        price = D(r.randint(250, 1200)) / 100
        ctry, a2 = r.choice(KA_CTRY)
        male = r.random() < 0.6
        fn, ln = r.choice(KA_M if male else KA_F), r.choice(KA_LAST)
        cn = r.random()
        cname = f"{fn} {ln}" if cn < 0.55 else f"{ln}, {fn}" if cn < 0.85 else f"{ln} {fn}"
        s = {"სერტიფიკატის №": r.choice([f"№ {cert:05d}", f"{cert:05d}", f"GE/{d.year % 100}/{cert:05d}", str(cert)]),
             "გაცემის თარიღი": ds, "ექსპორტიორი": co, "საიდ. კოდი": taxs, "ღვინის დასახელება": wname,
             "ჯიში": r.choice([vka, vka, vlat]), "ფერი": r.choice(colors_ka[col]),
             "ტიპი": r.choice(KA_SWEET[sweet]), "მოსავალი": r.choice([str(vint), f"{vint} წ.", f"{vint % 100:02d}"]),
             "ადგილწარმოშობა": (r.choice([app[0], app[0], app[1]]) if app else r.choice(["—", "", "არა"])),
             "ალკოჰოლი": r.choice([f"{mc.eu(alc, 1)}% მოც.", f"{alc} %", mc.eu(alc, 1), f"{alc}% vol"]),
             "ნარჩ. შაქარი": r.choice([f"{mc.eu(sugar, 1)} გ/ლ", f"{sugar} g/l", mc.eu(sugar, 1)]),
             "მოცულობა": vol, "ბოთლების რაოდ.": r.choice([f"{sp_thou(bottles)} ბოთლი", str(bottles), sp_thou(bottles)]),
             "ფასი FOB": r.choice([f"${price}", f"{mc.eu(price)} USD", f"USD {price}", f"{price}"]),
             "ქვეყანა": ctry, "საკონტაქტო პირი": cname,
             "ოქმის №": f"L-{d.year}-{r.randint(100, 9999):04d}",
             "ლაბორანტი": f"{r.choice(KA_M + KA_F)[0]}. {r.choice(KA_LAST)}",
             "ჩანაწერის თარიღი": (d - dt.timedelta(days=r.randint(1, 20))).strftime("%d.%m.%Y"),
             "შენიშვნა": r.choice(["", "", "ქვევრის ღვინო", "ნიმუში შენახულია", "განმეორებითი ანალიზი"])}
        t = {"certificate_no": cert, "issue_date": d.isoformat(), "exporter_name": co, "exporter_tax_id": tax,
             "wine_name": wname, "grape_variety": vlat, "color": col, "sweetness": sweet, "vintage": vint,
             "appellation": app[1] if app else None, "alcohol_pct_vol": q(alc, 1), "residual_sugar_g_l": q(sugar, 1),
             "volume_l": liters, "bottle_count": bottles, "fob_price_usd": q(price), "destination_country": a2,
             "contact_first_name": fn, "contact_last_name": ln}
        return s, t
    p.row = row
    return p


# =============================================================================================
# 2. Bengali garment-factory hourly production
# =============================================================================================
BN_MON = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর",
          "নভেম্বর", "ডিসেম্বর"]
BN_BUYER = {"HM": ["H&M", "H & M", "HM"], "PRIMARK": ["Primark", "PRIMARK", "প্রাইমার্ক"],
            "INDITEX": ["Inditex", "Zara", "ইন্ডিটেক্স"], "WALMART": ["Walmart", "ওয়ালমার্ট", "WMT"],
            "TESCO": ["Tesco", "TESCO F&F", "টেসকো"]}
BN_SUP = ["মোঃ রফিকুল ইসলাম", "নাসরিন আক্তার", "শাহানা বেগম", "আব্দুল করিম", "মোছাঃ রুমা খাতুন", "সাইফুল হক",
          "জাহাঙ্গীর আলম", "তানিয়া সুলতানা"]
BN_PROC = {"sewing": ["সেলাই", "Sewing", "সুইং"], "finishing": ["ফিনিশিং", "Finishing"], "cutting": ["কাটিং", "Cutting"]}


def bn_word(h: int) -> str:
    return "সকাল" if h < 12 else "দুপুর" if h < 15 else "বিকাল" if h < 18 else "সন্ধ্যা"


def pair_bn() -> Pair:
    p = Pair(SPLIT, "utpadon_bn_to_garment_line_output",
             "Bangladeshi garment factory hourly line production board (Bengali) -> line output fact",
             "garment_line_output", 180, 12122)
    p.src_cols = ["তারিখ", "ঘণ্টা", "লাইন", "প্রসেস", "বায়ার", "স্টাইল নং", "টার্গেট", "উৎপাদন", "ত্রুটি",
                  "ডিএইচইউ %", "অপারেটর উপস্থিত", "বিদ্যুৎ বিভ্রাট", "ওভারটাইম", "সুপারভাইজার", "এন্ট্রি সময়", "মন্তব্য"]
    p.tgt_cols = [
        C("production_date", "date", "datetime.date", key=True, nullable=False),
        C("line_no", "int", "qty.count", key=True, nullable=False),
        C("slot_start", "datetime", "datetime.timestamp", key=True, nullable=False,
          description="start of the hourly slot, local time (date + slot start hour)"),
        C("process", "string", "text.category", allowed_values=["sewing", "finishing", "cutting"]),
        C("buyer_code", "string", "org.company_name", allowed_values=list(BN_BUYER)),
        C("style_no", "string", "id.sku", regex=r"^ST-\d{4}$", description="style number as ST-NNNN"),
        C("target_pcs", "int", "qty.count"),
        C("output_pcs", "int", "qty.count", description="pieces produced in the hour (1 dozen = 12 pieces)"),
        C("defect_pcs", "int", "qty.count"),
        C("operators_present", "int", "qty.count"),
        C("downtime_min", "int", "qty.duration", description="power-cut minutes in the slot"),
        C("is_overtime", "bool", "flag.boolean"),
        C("supervisor_name", "string", "person.full_name"),
        C("efficiency_pct", "decimal", "qty.percentage"),
        C("sam_minutes", "decimal", "qty.duration"),
    ]
    for t, s, k in [("production_date", "তারিখ", "date_format"), ("line_no", "লাইন", "type_cast"),
                    ("process", "প্রসেস", "value_map"), ("buyer_code", "বায়ার", "value_map"),
                    ("style_no", "স্টাইল নং", "reformat"), ("target_pcs", "টার্গেট", "type_cast"),
                    ("output_pcs", "উৎপাদন", "unit"), ("defect_pcs", "ত্রুটি", "type_cast"),
                    ("operators_present", "অপারেটর উপস্থিত", "type_cast"), ("downtime_min", "বিদ্যুৎ বিভ্রাট", "unit"),
                    ("is_overtime", "ওভারটাইম", "value_map"), ("supervisor_name", "সুপারভাইজার", "atomic")]:
        p.m(t, s, k)
    p.m("slot_start", ["তারিখ", "ঘণ্টা"], "compose")
    p.m("efficiency_pct", [], "unmapped")
    p.m("sam_minutes", [], "unmapped")
    p.key_src, p.key_tgt = ["তারিখ", "লাইন", "ঘণ্টা"], ["production_date", "line_no", "slot_start"]
    crng = random.Random(121220)
    dates = [dt.date(2024, 3, 2) + dt.timedelta(days=k) for k in range(9) if (dt.date(2024, 3, 2) + dt.timedelta(days=k)).weekday() != 4]
    combos = shuffled_combos(crng, dates, [3, 5, 7, 8, 11, 12], list(range(8, 20)))
    line_info = {ln: (("sewing" if ln < 9 else "finishing" if ln < 12 else "cutting"),
                      crng.choice(list(BN_BUYER)), crng.randint(1100, 9899), crng.choice(BN_SUP))
                 for ln in [3, 5, 7, 8, 11, 12]}

    def row(r: random.Random, i: int):
        d, ln, h = combo_for(combos, p.n, i)
        proc, buyer, style, sup = line_info[ln]
        sd = r.randrange(4)
        ds = [bn(d.strftime("%d/%m/%Y")), bn(f"{d.day} {BN_MON[d.month - 1]} {d.year}"), d.strftime("%d-%m-%Y"),
              bn(d.strftime("%d.%m.%y"))][sd]
        h12 = lambda x: (x - 1) % 12 + 1  # noqa: E731
        slot = r.choice([bn(f"{bn_word(h)} {h12(h)}টা–{h12(h + 1)}টা"), bn(f"{h}-{h + 1}"), f"{h:02d}:00-{h + 1:02d}:00"])
        target = r.choice([90, 100, 110, 120, 132, 144])
        out = max(0, target - r.randint(-12, 40))
        if r.random() < 0.15:
            out = 12 * (out // 12)
        outs = (bn(f"{out // 12} ডজন") if out % 12 == 0 and r.random() < 0.5 else
                r.choice([bn(str(out)), bn(f"{out} পিস"), f"{out} pcs", str(out)]))
        dfx = r.randint(0, 9)
        ops = r.randint(24, 40)
        dmin = r.choice([0, 0, 0, 0, 5, 10, 15, 20, 30, 45, 60])
        dms = (r.choice(["0", bn("০"), "-"]) if dmin == 0 else
               bn("১ ঘণ্টা") if dmin == 60 and r.random() < 0.6 else
               r.choice([bn(f"{dmin} মিনিট"), bn(f"0:{dmin:02d}"), f"{dmin} min"]))
        ot = h >= 17
        entry = dt.datetime.combine(d, dt.time(h + 1, r.randint(0, 40)))
        s = {"তারিখ": ds, "ঘণ্টা": slot, "লাইন": r.choice([bn(f"লাইন-{ln:02d}"), f"L-{ln:02d}", bn(str(ln)), f"Line {ln}"]),
             "প্রসেস": r.choice(BN_PROC[proc]), "বায়ার": r.choice(BN_BUYER[buyer]),
             "স্টাইল নং": r.choice([f"ST-{style}", f"st {style}", f"ST{style}", bn(f"ST-{style}")]),
             "টার্গেট": r.choice([bn(str(target)), str(target)]), "উৎপাদন": outs,
             "ত্রুটি": r.choice([bn(str(dfx)), str(dfx)]),
             "ডিএইচইউ %": bn(q(D(dfx) * 100 / out, 2)) if out else "",
             "অপারেটর উপস্থিত": r.choice([bn(f"{ops} জন"), bn(str(ops)), str(ops)]), "বিদ্যুৎ বিভ্রাট": dms,
             "ওভারটাইম": r.choice(["হ্যাঁ", "Y", "OT"] if ot else ["না", "N", ""]) if True else "",
             "সুপারভাইজার": sup, "এন্ট্রি সময়": entry.strftime("%d/%m/%Y %H:%M"),
             "মন্তব্য": r.choice(["", "", "", "মেশিন নষ্ট", "কাপড় দেরিতে", "QC চেক", "অপারেটর কম"])}
        if not ot and s["ওভারটাইম"] == "":
            otv = None
        else:
            otv = ot
        t = {"production_date": d.isoformat(), "line_no": ln, "slot_start": f"{d.isoformat()}T{h:02d}:00:00",
             "process": proc, "buyer_code": buyer, "style_no": f"ST-{style}", "target_pcs": target, "output_pcs": out,
             "defect_pcs": dfx, "operators_present": ops, "downtime_min": dmin if dms != "-" else 0,
             "is_overtime": otv, "supervisor_name": sup}
        return s, t
    p.row = row
    return p


# =============================================================================================
# 3. Tamil dairy cooperative milk collection
# =============================================================================================
TA_MON = ["ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்", "அக்டோபர்",
          "நவம்பர்", "டிசம்பர்"]
TA_GIVEN = ["கண்ணன்", "முருகன்", "செல்வம்", "ராஜா", "சரவணன்", "பாலு", "லட்சுமி", "மீனாட்சி", "செல்வி", "வள்ளி",
            "கலா", "பார்வதி", "ராமசாமி", "அய்யனார்", "தங்கராஜ்", "பழனிசாமி", "சுப்பம்மாள்", "கருப்பசாமி"]
TA_INIT = ["மு", "க", "ரா", "செ", "பா", "சு", "அ", "வே", "தா", "பெ"]
TA_VILL = ["மேலூர்", "கீழக்கரை", "வடமதுரை", "சின்னாளப்பட்டி", "திருமங்கலம்", "உசிலம்பட்டி"]


def pair_ta() -> Pair:
    p = Pair(SPLIT, "paal_ta_to_milk_collection",
             "Tamil Nadu village dairy cooperative, morning/evening milk collection register -> milk collection",
             "milk_collection", 200, 12123)
    p.src_cols = ["தேதி", "நேரம்", "உறுப்பினர் எண்", "உறுப்பினர் பெயர்", "கிராமம்", "கைபேசி", "மாட்டு வகை", "அளவு",
                  "கொழுப்பு %", "SNF %", "விலை/லி", "தரம்", "கேன் எண்", "மாதிரி எண்", "பதிவு நேரம்", "குறிப்பு"]
    p.tgt_cols = [
        C("collection_date", "date", "datetime.date", key=True, nullable=False),
        C("shift", "string", "text.category", key=True, nullable=False, allowed_values=["M", "E"],
          description="M = morning, E = evening"),
        C("member_no", "int", "id.customer_id", key=True, nullable=False),
        C("member_given_name", "string", "person.first_name", description="Tamil script, without the initial"),
        C("member_initial", "string", "person.middle_name", description="father's-name initial, Tamil script, no dot"),
        C("village", "string", "address.city"),
        C("mobile", "string", "contact.mobile_phone", description="E.164"),
        C("milk_type", "string", "text.category", allowed_values=["cow", "buffalo", "mixed"]),
        C("quantity_l", "decimal", "qty.volume", description="litres, 2 places; kg are converted at 1.03 kg per litre"),
        C("fat_pct", "decimal", "qty.percentage", description="fat percent, 1 place (4.2)"),
        C("snf_pct", "decimal", "qty.percentage", description="solids-not-fat percent, 1 place"),
        C("rate_per_l", "decimal", "money.unit_price", description="INR per litre, 2 places; null when rejected"),
        C("amount", "decimal", "money.amount", description="quantity_l x rate_per_l, INR, 2 places, half-up"),
        C("accepted", "bool", "flag.boolean"),
        C("clr", "decimal", "qty.count"),
        C("bonus_amount", "decimal", "money.amount"),
    ]
    for t, s, k in [("collection_date", "தேதி", "date_format"), ("shift", "நேரம்", "value_map"),
                    ("member_no", "உறுப்பினர் எண்", "type_cast"), ("member_given_name", "உறுப்பினர் பெயர்", "decompose"),
                    ("member_initial", "உறுப்பினர் பெயர்", "decompose"), ("village", "கிராமம்", "atomic"),
                    ("mobile", "கைபேசி", "reformat"), ("milk_type", "மாட்டு வகை", "value_map"), ("quantity_l", "அளவு", "unit"),
                    ("fat_pct", "கொழுப்பு %", "reformat"), ("snf_pct", "SNF %", "reformat"),
                    ("rate_per_l", "விலை/லி", "reformat"), ("accepted", "தரம்", "value_map")]:
        p.m(t, s, k)
    p.m("amount", ["அளவு", "விலை/லி"], "compose")
    p.m("clr", [], "unmapped")
    p.m("bonus_amount", [], "unmapped")
    p.key_src, p.key_tgt = ["தேதி", "நேரம்", "உறுப்பினர் எண்"], ["collection_date", "shift", "member_no"]
    crng = random.Random(121230)
    members = {}
    for no in crng.sample(range(3, 180), 36):
        members[no] = (crng.choice(TA_INIT), crng.choice(TA_GIVEN), crng.choice(TA_VILL),
                       crng.choice("6789") + gc.digits(crng, 9), crng.choice(["cow", "cow", "cow", "buffalo", "mixed"]))
    dates = [dt.date(2024, 2, 26) + dt.timedelta(days=k) for k in range(8)]
    combos = shuffled_combos(crng, dates, ["M", "E"], sorted(members))

    def row(r: random.Random, i: int):
        d, sh, no = combo_for(combos, p.n, i)
        ini, given, vill, mob, mt = members[no]
        ds = r.choice([d.strftime("%d-%m-%Y"), d.strftime("%d/%m/%y"), f"{d.day} {TA_MON[d.month - 1]} {d.year}",
                       d.isoformat()])
        shs = r.choice({"M": ["காலை", "AM", "கா", "காலை"], "E": ["மாலை", "PM", "மா", "மாலை"]}[sh])
        nos = r.choice([f"{no:04d}", str(no), f"M-{no:03d}"])
        nm = r.choice([f"{ini}. {given}", f"{given} {ini}.", f"{ini}.{given}", f"{given} ({ini})"])
        mobs = r.choice([f"{mob[:5]} {mob[5:]}", f"+91-{mob}", f"0{mob}", mob, f"91{mob}"])
        mts = r.choice({"cow": ["பசு", "Cow", "பசு மாடு"], "buffalo": ["எருமை", "Buffalo", "எருமை மாடு"],
                        "mixed": ["கலப்பு", "Mixed"]}[mt])
        lit = D(r.randint(15, 180)) / 10
        if r.random() < 0.25:
            kg = (lit * D("1.03")).quantize(D("0.01"))
            qs = r.choice([f"{kg} கிலோ", f"{kg} kg", f"{mc.eu(kg)} கி"])
            qty = D(q(kg / D("1.03"), 2))
        else:
            qs = r.choice([f"{lit} லி", str(lit), f"{lit} L", f"{lit} லிட்டர்"])
            qty = lit
        fat = D(r.randint(35, 50) if mt != "buffalo" else r.randint(60, 85)) / 10
        snf = D(r.randint(80, 92)) / 10
        acc = r.random() > 0.08
        rate = (D(22) + fat * D("3.5")).quantize(D("0.01")) if acc else None
        rates = r.choice([f"₹{rate}", str(rate), f"Rs.{rate}"]) if acc else ""
        accs = r.choice(["ஏற்கப்பட்டது", "சரி", "OK", "ஏற்பு"]) if acc else r.choice(["நிராகரிப்பு", "புளிப்பு", "திரும்பியது", "Rejected"])
        s = {"தேதி": ds, "நேரம்": shs, "உறுப்பினர் எண்": nos, "உறுப்பினர் பெயர்": nm, "கிராமம்": vill,
             "கைபேசி": mobs, "மாட்டு வகை": mts, "அளவு": qs,
             "கொழுப்பு %": r.choice([str(fat), f"{fat}%", mc.eu(fat, 1)]), "SNF %": r.choice([str(snf), f"{snf}%"]),
             "விலை/லி": rates, "தரம்": accs, "கேன் எண்": f"C{r.randint(1, 60):02d}", "மாதிரி எண்": str(r.randint(1, 400)),
             "பதிவு நேரம்": f"{(6 if sh == 'M' else 17) + r.randint(0, 2):02d}:{r.randint(0, 59):02d}",
             "குறிப்பு": r.choice(["", "", "", "தண்ணீர் கலப்பு சந்தேகம்", "கேன் மாற்றம்", "தாமதம்"])}
        t = {"collection_date": d.isoformat(), "shift": sh, "member_no": no, "member_given_name": given,
             "member_initial": ini, "village": vill, "mobile": f"+91{mob}", "milk_type": mt, "quantity_l": q(qty),
             "fat_pct": q(fat, 1), "snf_pct": q(snf, 1), "rate_per_l": q(rate) if acc else None,
             "amount": q(qty * rate) if acc else None, "accepted": acc}
        return s, t
    p.row = row
    return p


# =============================================================================================
# 4. Amharic coffee deliveries (Ethiopian calendar)
# =============================================================================================
ET_MON = ["መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ", "ጳጉሜን"]
ET_EPOCH = 2796  # R.D. (proleptic Gregorian ordinal) of 1 Meskerem 1 (Amete Mihret)


def greg_from_eth(y: int, m: int, d: int) -> dt.date:
    return dt.date.fromordinal(ET_EPOCH - 1 + 365 * (y - 1) + y // 4 + 30 * (m - 1) + d)


def eth_from_greg(g: dt.date) -> tuple[int, int, int]:
    o = g.toordinal()
    y = (4 * (o - ET_EPOCH) + 1463) // 1461
    m = (o - greg_from_eth(y, 1, 1).toordinal()) // 30 + 1
    d = o + 1 - greg_from_eth(y, m, 1).toordinal()
    return y, m, d


assert eth_from_greg(dt.date(2023, 9, 12)) == (2016, 1, 1), eth_from_greg(dt.date(2023, 9, 12))
assert eth_from_greg(dt.date(2024, 3, 14)) == (2016, 7, 5)

AM_M = ["አበበ", "ከበደ", "ተሰማ", "ጫላ", "ደረጄ", "ታደሰ", "ሙሉጌታ", "ገመቹ", "ለማ", "ከድር", "አህመድ", "ብርሃኑ", "ዳዊት", "ኢብራሂም"]
AM_F = ["አልማዝ", "ትዕግስት", "መሰረት", "ብርቱካን", "ፋጡማ", "ሃና", "አስቴር", "ጫልቱ", "ሰናይት"]
AM_WOR = [("ጎማ", "Goma", ["Goma"]), ("ሊሙ ኮሳ", "Limu Kosa", ["Limmu Kossa", "Limu Kosa"]),
          ("ይርጋጨፌ", "Yirgacheffe", ["Yirgachefe", "Yirga Cheffe"]), ("ገደብ", "Gedeb", ["Gedeb"]),
          ("ሻኪሶ", "Shakiso", ["Shakisso"]), ("ቦና ዙሪያ", "Bona Zuria", ["Bona Zuriya"])]
AM_COOP = ["ሆሮ ሁለገብ የገበሬዎች ህብረት ሥራ ማህበር", "ኮቸሬ ቡና አምራቾች ማህበር", "ጨልጨሌ ህ/ሥ/ማ", "ወቴ ቡና ማህበር", "ሊሙ ኢናሪያ ህ/ሥ/ማ"]
AM_FORM = {"red_cherry": (["ቀይ እሸት", "እሸት", "Red cherry"], (70, 130)),
           "dried_cherry": (["ጀንፈል", "ደረቅ ቡና", "Jenfel"], (150, 260)),
           "parchment": (["ብራና", "የታጠበ ብራና", "Parchment"], (260, 420))}
ROMAN = ["I", "II", "III", "IV", "V"]


def pair_am() -> Pair:
    p = Pair(SPLIT, "buna_am_to_coffee_delivery",
             "Ethiopian coffee cooperative purchase receipts (Amharic, Ethiopian calendar) -> coffee delivery",
             "coffee_delivery", 160, 12124)
    p.src_cols = ["ደረሰኝ ቁጥር", "ቀን (ዓ.ም)", "የአርሶ አደር ስም", "ስልክ", "ማህበር", "ወረዳ", "የቡና ዓይነት", "ደረጃ", "ክብደት",
                  "እርጥበት", "ዋጋ በኪሎ", "ጠቅላላ ክፍያ", "የተረከበው", "የመኪና ሰሌዳ", "ማስታወሻ"]
    p.tgt_cols = [
        C("receipt_no", "int", "id.record_id", key=True, nullable=False),
        C("delivery_date", "date", "datetime.date", nullable=False, description="Gregorian date"),
        C("farmer_given_name", "string", "person.first_name", description="Ethiopic script, without title"),
        C("farmer_father_name", "string", "person.last_name", description="second name (father's name), Ethiopic script"),
        C("farmer_phone", "string", "contact.mobile_phone", description="E.164"),
        C("cooperative_name", "string", "org.company_name"),
        C("woreda", "string", "address.city", allowed_values=[w[1] for w in AM_WOR], description="Latin, canonical spelling"),
        C("coffee_form", "string", "text.category", allowed_values=list(AM_FORM)),
        C("grade", "int", "text.category", allowed_values=[1, 2, 3, 4, 5]),
        C("weight_kg", "decimal", "qty.mass", description="kg, 1 place; 1 quintal = 100 kg, 1 feresula = 17 kg"),
        C("moisture", "decimal", "qty.percentage", description="fraction, 3 places (11.5 % -> 0.115)"),
        C("price_per_kg_etb", "decimal", "money.unit_price"),
        C("amount_etb", "decimal", "money.amount"),
        C("ecx_lot_no", "string", "id.record_id"),
        C("farmer_gender", "string", "person.gender"),
    ]
    for t, s, k in [("receipt_no", "ደረሰኝ ቁጥር", "type_cast"), ("delivery_date", "ቀን (ዓ.ም)", "date_format"),
                    ("farmer_given_name", "የአርሶ አደር ስም", "decompose"), ("farmer_father_name", "የአርሶ አደር ስም", "decompose"),
                    ("farmer_phone", "ስልክ", "reformat"), ("cooperative_name", "ማህበር", "atomic"), ("woreda", "ወረዳ", "value_map"),
                    ("coffee_form", "የቡና ዓይነት", "value_map"), ("grade", "ደረጃ", "value_map"), ("weight_kg", "ክብደት", "unit"),
                    ("moisture", "እርጥበት", "reformat"), ("price_per_kg_etb", "ዋጋ በኪሎ", "reformat"),
                    ("amount_etb", "ጠቅላላ ክፍያ", "reformat")]:
        p.m(t, s, k)
    p.m("ecx_lot_no", [], "unmapped")
    p.m("farmer_gender", [], "unmapped")
    p.key_src, p.key_tgt = ["ደረሰኝ ቁጥር"], ["receipt_no"]

    def row(r: random.Random, i: int):
        rc = 10450 + i * 2 + r.randrange(2)
        g = gc.rand_date(r, dt.date(2023, 10, 15), dt.date(2024, 3, 30))
        y, m, d = eth_from_greg(g)
        assert greg_from_eth(y, m, d) == g
        ds = r.choice([f"{d:02d}/{m:02d}/{y}", f"{ET_MON[m - 1]} {d} ቀን {y} ዓ.ም", f"{d}-{m}-{y} ዓ.ም", f"{ET_MON[m - 1]} {d}, {y}"])
        fem = r.random() < 0.3
        given, father, gf = r.choice(AM_F if fem else AM_M), r.choice(AM_M), r.choice(AM_M)
        nm = r.random()
        name = (f"{given} {father} {gf}" if nm < 0.4 else f"{given} {father}" if nm < 0.7 else
                f"{'ወ/ሮ' if fem else 'አ/ቶ'} {given} {father}" if nm < 0.9 else f"{'ወ/ሮ' if fem else 'አቶ'} {given} {father} {gf}")
        ph = r.choice(["9", "9", "7"]) + gc.digits(r, 8)
        phs = r.choice([f"0{ph[:3]} {ph[3:]}", f"+251 {ph[:2]} {ph[2:5]} {ph[5:]}", ph, f"251{ph}", f"0{ph}"])
        wk, wl, wv = r.choice(AM_WOR)
        form = r.choice(["red_cherry", "red_cherry", "dried_cherry", "parchment"])
        fnames, (plo, phi) = AM_FORM[form]
        grade = r.randint(1, 5)
        gs = r.choice([f"ደረጃ {grade}", f"G-{grade}", f"Grade {grade}", f"{grade}ኛ", ROMAN[grade - 1]])
        u = r.random()
        if u < 0.5:
            kg = D(r.randint(40, 2500))
            ws = r.choice([f"{kg:,} ኪ.ግ", f"{kg} kg", f"{kg} ኪሎ"])
        elif u < 0.8:
            qn = D(r.randint(4, 60)) / 2
            kg = qn * 100
            ws = r.choice([f"{qn} ኩንታል", f"{qn} ኩ/ል", f"{qn} qt"])
        else:
            f = r.randint(2, 40)
            kg = D(17 * f)
            ws = r.choice([f"{f} ፈረሱላ", f"{f} frasila"])
        mo = D(r.randint(100, 135)) / 10
        price = D(r.randint(plo * 4, phi * 4)) / 4
        tot = kg * price
        s = {"ደረሰኝ ቁጥር": r.choice([f"{rc:07d}", f"RC-{rc}", str(rc), f"ቁ. {rc}"]), "ቀን (ዓ.ም)": ds,
             "የአርሶ አደር ስም": name, "ስልክ": phs, "ማህበር": r.choice(AM_COOP),
             "ወረዳ": r.choice([wk, wk, r.choice(wv)]), "የቡና ዓይነት": r.choice(fnames), "ደረጃ": gs, "ክብደት": ws,
             "እርጥበት": r.choice([f"{mo}%", mc.eu(mo, 1), f"{mo} %"]),
             "ዋጋ በኪሎ": r.choice([f"ብር {q(price)}", f"{q(price)} ብር", f"ETB {price.normalize()}", q(price)]),
             "ጠቅላላ ክፍያ": r.choice([f"{mc.us(tot)} ብር", f"ብር {mc.us(tot)}", q(tot)]),
             "የተረከበው": r.choice(AM_M) + " " + r.choice(AM_M),
             "የመኪና ሰሌዳ": r.choice(["", f"3-A{r.randint(10000, 99999)} ኦሮ", f"ኮድ 3 {r.randint(10000, 99999)}"]),
             "ማስታወሻ": r.choice(["", "", "እርጥበት ከፍተኛ", "በከፊል ተከፍሏል", "ናሙና ተወስዷል"])}
        t = {"receipt_no": rc, "delivery_date": g.isoformat(), "farmer_given_name": given, "farmer_father_name": father,
             "farmer_phone": f"+251{ph}", "cooperative_name": s["ማህበር"], "woreda": wl, "coffee_form": form,
             "grade": grade, "weight_kg": q(kg, 1), "moisture": q(mo / 100, 3), "price_per_kg_etb": q(price),
             "amount_etb": q(tot)}
        return s, t
    p.row = row
    return p


# =============================================================================================
# 5. Lithuanian EV charging sessions (wide target)
# =============================================================================================
LT_MON_GEN = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo",
              "spalio", "lapkričio", "gruodžio"]
LT_M = ["Jonas", "Tomas", "Mantas", "Lukas", "Darius", "Andrius", "Mindaugas", "Žygimantas", "Vytautas", "Karolis"]
LT_F = ["Rūta", "Eglė", "Aistė", "Inga", "Ieva", "Gintarė", "Jurgita", "Kotryna", "Austėja"]
LT_LAST = [("Petraitis", "Petraitienė"), ("Kazlauskas", "Kazlauskienė"), ("Jankauskas", "Jankauskaitė"),
           ("Stankevičius", "Stankevičienė"), ("Vasiliauskas", "Vasiliauskaitė"), ("Žukauskas", "Žukauskienė"),
           ("Butkus", "Butkutė"), ("Paulauskas", "Paulauskienė"), ("Urbonas", "Urbonaitė"), ("Navickas", "Navickienė")]
LT_ST = [("VLN-0042", "Ozo g. 25", "Vilnius"), ("VLN-0108", "Konstitucijos pr. 7A", "Vilnius"),
         ("KNS-0007", "Savanorių pr. 255", "Kaunas"), ("KLP-0013", "Taikos pr. 61", "Klaipėda"),
         ("SIA-0003", "Tilžės g. 109", "Šiauliai"), ("PNV-0005", "Respublikos g. 40", "Panevėžys"),
         ("TRK-0002", "Vytauto g. 4", "Trakai")]
LT_CONN = {"CCS2": (["CCS2", "CCS", "Combo 2", "ccs"], [50, 150], D("0.49")),
           "TYPE2": (["Type 2", "T2", "Tipas 2", "Mennekes"], [11, 22], D("0.29")),
           "CHADEMO": (["CHAdeMO", "Chademo", "CHADEMO"], [50], D("0.55"))}
LT_PAY = {"card": ["Kortelė", "Banko kortelė", "Apple Pay"], "app": ["Programėlė", "Mobilioji programėlė", "APP"],
          "rfid": ["RFID", "RFID kortelė", "Raktelis"]}
LT_STAT = {"completed": ["Baigta", "Užbaigta", "OK"], "interrupted": ["Nutraukta", "Sustabdyta vartotojo"],
           "error": ["Klaida", "Ryšio klaida"]}


def pair_lt() -> Pair:
    p = Pair(SPLIT, "ikrovimas_lt_to_charging_session_wide",
             "Lithuanian EV charging operator session export -> wide charging session record (CPO data model)",
             "charging_session", 150, 12125)
    p.src_cols = ["Sesijos ID", "Stotelė", "Jungtis", "Maks. galia", "Pradžia", "Pabaiga", "Trukmė", "Energija",
                  "Kaina už kWh", "Suma", "PVM", "Automobilio nr.", "Klientas", "El. paštas", "Mokėjimo būdas",
                  "Būsena", "SoC pradžioje", "SoC pabaigoje", "Sąskaitos nr.", "Operatorius", "Įrašo sukūrimo laikas",
                  "Komentaras"]
    mapped = [
        (C("session_id", "int", "id.record_id", key=True, nullable=False), "Sesijos ID", "type_cast"),
        (C("station_code", "string", "id.record_id", regex=r"^[A-Z]{3}-\d{4}$"), "Stotelė", "decompose"),
        (C("station_street", "string", "address.street_address"), "Stotelė", "decompose"),
        (C("station_city", "string", "address.city"), "Stotelė", "decompose"),
        (C("connector_type", "string", "text.category", allowed_values=list(LT_CONN)), "Jungtis", "value_map"),
        (C("max_power_kw", "decimal", "qty.count", description="kW, 1 place"), "Maks. galia", "reformat"),
        (C("start_local", "datetime", "datetime.timestamp", description="local Vilnius time as given"), "Pradžia", "date_format"),
        (C("end_local", "datetime", "datetime.timestamp", description="local Vilnius time as given"), "Pabaiga", "date_format"),
        (C("duration_min", "int", "qty.duration", description="minutes"), "Trukmė", "unit"),
        (C("energy_kwh", "decimal", "qty.count", description="kWh, 3 places"), "Energija", "unit"),
        (C("price_per_kwh_eur", "decimal", "money.unit_price"), "Kaina už kWh", "reformat"),
        (C("total_eur", "decimal", "money.amount", description="gross, 2 places"), "Suma", "reformat"),
        (C("vat_rate", "decimal", "qty.percentage", description="fraction, 2 places (0.21)"), "PVM", "reformat"),
        (C("vehicle_plate", "string", "id.license_plate", description="upper case, no spaces or dashes"), "Automobilio nr.", "reformat"),
        (C("customer_first_name", "string", "person.first_name"), "Klientas", "decompose"),
        (C("customer_last_name", "string", "person.last_name", description="title case"), "Klientas", "decompose"),
        (C("customer_email", "string", "contact.email", description="lower case"), "El. paštas", "reformat"),
        (C("payment_method", "string", "text.category", allowed_values=list(LT_PAY)), "Mokėjimo būdas", "value_map"),
        (C("session_status", "string", "status.record_status", allowed_values=list(LT_STAT)), "Būsena", "value_map"),
        (C("soc_start", "decimal", "qty.percentage", description="fraction, 2 places; null for AC"), "SoC pradžioje", "reformat"),
        (C("soc_end", "decimal", "qty.percentage", description="fraction, 2 places; null for AC"), "SoC pabaigoje", "reformat"),
        (C("invoice_number", "string", "id.invoice_number"), "Sąskaitos nr.", "atomic"),
    ]
    unm = [("ocpp_transaction_id", "int", "id.record_id"), ("evse_id", "string", "id.record_id"),
           ("cpo_party_id", "string", "id.record_id"), ("emsp_party_id", "string", "id.record_id"),
           ("roaming_platform", "string", "text.category"), ("tariff_id", "string", "id.record_id"),
           ("currency", "string", "iso.currency_code"), ("meter_start_wh", "int", "qty.count"),
           ("meter_stop_wh", "int", "qty.count"), ("idle_minutes", "int", "qty.duration"),
           ("idle_fee_eur", "decimal", "money.amount"), ("parking_fee_eur", "decimal", "money.amount"),
           ("co2_avoided_kg", "decimal", "qty.mass"), ("station_latitude", "decimal", "geo.latitude"),
           ("station_longitude", "decimal", "geo.longitude"), ("station_postal_code", "string", "address.postal_code"),
           ("station_country", "string", "iso.country_alpha2"), ("vehicle_make", "string", "text.category"),
           ("vehicle_model", "string", "text.product_name"), ("battery_capacity_kwh", "decimal", "qty.count"),
           ("contract_id", "string", "id.customer_id"), ("rfid_uid", "string", "id.record_id"),
           ("app_user_id", "string", "person.username"), ("discount_pct", "decimal", "qty.percentage"),
           ("discount_code", "string", "text.category"), ("receipt_url", "string", "web.url"),
           ("rating", "int", "qty.count"), ("feedback_text", "string", "text.notes"),
           ("error_code", "string", "text.category"), ("stop_reason", "string", "text.category"),
           ("renewable_share", "decimal", "qty.percentage"), ("peak_power_kw", "decimal", "qty.count"),
           ("avg_power_kw", "decimal", "qty.count"), ("vat_amount_eur", "decimal", "money.tax_amount"),
           ("net_amount_eur", "decimal", "money.amount"), ("billing_status", "string", "status.record_status"),
           ("customer_type", "string", "text.category")]
    crng = random.Random(121250)
    cols = [("m", x) for x in mapped] + [("u", x) for x in unm]
    first, rest = cols[0], cols[1:]
    crng.shuffle(rest)
    for kind, x in [first] + rest:
        if kind == "m":
            col, src, k = x
            p.tgt_cols.append(col)
            p.m(col["name"], src, k)
        else:
            p.tgt_cols.append(C(x[0], x[1], x[2]))
            p.m(x[0], [], "unmapped")
    p.key_src, p.key_tgt = ["Sesijos ID"], ["session_id"]

    def fmt_ts(t: dt.datetime, r: random.Random) -> tuple[str, dt.datetime]:
        k = r.randrange(4)
        if k == 0:
            return t.strftime("%Y-%m-%d %H:%M:%S"), t
        if k == 1:
            return t.strftime("%Y.%m.%d %H:%M"), t.replace(second=0)
        if k == 2:
            return f"{t.year} m. {LT_MON_GEN[t.month - 1]} {t.day} d. {t:%H:%M}", t.replace(second=0)
        return t.strftime("%Y-%m-%dT%H:%M:%S"), t

    def row(r: random.Random, i: int):
        sid = 40000 + i * 3 + r.randrange(3)
        code, street, city = r.choice(LT_ST)
        sts = r.choice([f"{code} {street}, {city}", f"{code.replace('-', '')} / {city}, {street}",
                        f"{street}, {city} ({code})"])
        conn = r.choice(["CCS2", "CCS2", "TYPE2", "TYPE2", "CHADEMO"])
        cnames, powers, price = LT_CONN[conn]
        pw = r.choice(powers)
        start = gc.rand_ts(r, dt.datetime(2024, 1, 3, 6), dt.datetime(2024, 10, 30, 22))
        dur = r.randint(12, 65) if conn != "TYPE2" else r.randint(45, 540)
        end = start + dt.timedelta(minutes=dur)
        s1, e_start = fmt_ts(start, r)
        s2, e_end = fmt_ts(end, r)
        durs = r.choice([f"{dur // 60} val. {dur % 60} min." if dur >= 60 else f"{dur} min.", f"{dur} min",
                         f"{dur // 60:02d}:{dur % 60:02d}:00"])
        stat = r.choice(["completed"] * 8 + ["interrupted", "error"])
        kwh = (D(pw) * D(dur) / 60 * D(r.randint(35, 85)) / 100).quantize(D("0.001"))
        if stat == "error":
            kwh = (kwh / 10).quantize(D("0.001"))
        es = r.choice([f"{mc.eu(kwh, 3, ' ')} kWh", f"{int(kwh * 1000)} Wh", str(kwh)])
        tot = D(q(kwh * price))
        fem = r.random() < 0.4
        fn = r.choice(LT_F if fem else LT_M)
        ln = r.choice(LT_LAST)[1 if fem else 0]
        nm = r.choice([f"{fn} {ln}", f"{ln.upper()} {fn}", f"{ln}, {fn}"])
        em = f"{gc.ascii_fold(fn).lower()}.{gc.ascii_fold(ln).lower()}@{r.choice(['gmail.com', 'inbox.lt', 'one.lt', 'yahoo.com'])}"
        ems = r.choice([em, em.capitalize(), em.upper() if r.random() < 0.3 else em.title()])
        plate = "".join(r.choice("ABCDEFGHJKLMNPRSTUVZ") for _ in range(3)) + gc.digits(r, 3)
        pls = r.choice([f"{plate[:3]} {plate[3:]}", plate.lower(), f"{plate[:3]}-{plate[3:]}", plate, ""])
        pay = r.choice(list(LT_PAY))
        dc = conn != "TYPE2"
        soc0 = r.randint(5, 60) if dc else None
        soc1 = min(100, soc0 + r.randint(10, 45)) if dc else None
        socf = lambda v: "" if v is None else r.choice([f"{v} %", f"{v}%", mc.eu(D(v) / 100, 2)])  # noqa: E731
        inv = f"SF-{start.year}-{sid:06d}"
        vat = r.choice(["21 %", "21%", "0,21", "PVM 21%"])
        s = {"Sesijos ID": r.choice([f"S-{sid:06d}", f"{sid:06d}", str(sid)]), "Stotelė": sts,
             "Jungtis": r.choice(cnames), "Maks. galia": r.choice([f"{pw} kW", f"{pw}kW", f"{pw},0 kW"]),
             "Pradžia": s1, "Pabaiga": s2, "Trukmė": durs, "Energija": es,
             "Kaina už kWh": r.choice([f"{mc.eu(price)} €/kWh", f"{price}", f"€{price}"]),
             "Suma": r.choice([f"{mc.eu(tot)} €", f"EUR {tot}", str(tot)]), "PVM": vat,
             "Automobilio nr.": pls, "Klientas": nm, "El. paštas": ems, "Mokėjimo būdas": r.choice(LT_PAY[pay]),
             "Būsena": r.choice(LT_STAT[stat]), "SoC pradžioje": socf(soc0), "SoC pabaigoje": socf(soc1),
             "Sąskaitos nr.": inv, "Operatorius": r.choice(["ElektroTaškas UAB", "Įkrauk UAB", "VoltLT"]),
             "Įrašo sukūrimo laikas": (end + dt.timedelta(seconds=r.randint(5, 900))).strftime("%Y-%m-%d %H:%M:%S"),
             "Komentaras": r.choice(["", "", "", "Jungtis užstrigo", "Grąžinta dalis sumos", "Testas"])}
        t = {"session_id": sid, "station_code": code, "station_street": street, "station_city": city,
             "connector_type": conn, "max_power_kw": q(pw, 1), "start_local": e_start.isoformat(),
             "end_local": e_end.isoformat(), "duration_min": dur, "energy_kwh": q(kwh, 3),
             "price_per_kwh_eur": q(price), "total_eur": q(tot), "vat_rate": "0.21",
             "vehicle_plate": plate if pls else None, "customer_first_name": fn, "customer_last_name": ln,
             "customer_email": em, "payment_method": pay, "session_status": stat,
             "soc_start": q(D(soc0) / 100) if dc else None, "soc_end": q(D(soc1) / 100) if dc else None,
             "invoice_number": inv}
        return s, t
    p.row = row
    return p


# =============================================================================================
# 6. Serbian honey purchase book, no header row (first record became the header)
# =============================================================================================
SR_MON = ["januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar", "oktobar", "novembar",
          "decembar"]
SR_M = ["Marko", "Nikola", "Stefan", "Miloš", "Dragan", "Zoran", "Nenad", "Dušan", "Đorđe", "Vojislav", "Ljubomir"]
SR_F = ["Jelena", "Milica", "Ivana", "Snežana", "Dragana", "Ljiljana", "Gordana", "Jovana", "Nataša"]
SR_LAST = ["Petrović", "Jovanović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Pavlović", "Stanković",
           "Živković", "Kostić", "Radovanović", "Lukić", "Džodić", "Šćepanović"]
SR_MUN = [("Čačak", 78), ("Kraljevo", 78), ("Niš", 73), ("Valjevo", 77), ("Šabac", 77), ("Zaječar", 75),
          ("Užice", 79), ("Požarevac", 76), ("Ivanjica", 79), ("Jagodina", 72)]
SR_HONEY = {"acacia": (["bagremov", "bagrem", "Bagremov med"], 750, 950),
            "meadow": (["livadski", "livada", "Livadski med"], 600, 750),
            "sunflower": (["suncokretov", "suncokret"], 450, 560),
            "linden": (["lipov", "lipa"], 700, 880), "forest": (["šumski", "medljikovac"], 750, 900)}
LAT2CYR = {"lj": "љ", "nj": "њ", "dž": "џ", "a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "đ": "ђ", "e": "е",
           "ž": "ж", "z": "з", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п",
           "r": "р", "s": "с", "t": "т", "ć": "ћ", "u": "у", "f": "ф", "h": "х", "c": "ц", "č": "ч", "š": "ш"}


def cyr(s: str) -> str:
    out, i = [], 0
    while i < len(s):
        two = s[i:i + 2]
        if two.lower() in ("lj", "nj", "dž"):
            c = LAT2CYR[two.lower()]
            out.append(c.upper() if two[0].isupper() else c)
            i += 2
            continue
        ch = s[i]
        c = LAT2CYR.get(ch.lower())
        out.append(ch if c is None else (c.upper() if ch.isupper() else c))
        i += 1
    return "".join(out)


def jmbg(r: random.Random, birth: dt.date, region: int, fem: bool) -> str:
    body = f"{birth.day:02d}{birth.month:02d}{birth.year % 1000:03d}{region:02d}{r.randint(500, 999) if fem else r.randint(0, 499):03d}"
    w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    m = 11 - sum(int(a) * b for a, b in zip(body, w)) % 11
    return body + str(0 if m > 9 else m)


def pair_sr() -> Pair:
    p = Pair(SPLIT, "med_sr_noheader_to_honey_purchase",
             "Serbian honey purchase book (Cyrillic and Latin mixed) exported without a header row; the first record "
             "became the header -> honey purchase", "honey_purchase", 130, 12126)
    p.tgt_cols = [
        C("purchase_no", "int", "id.record_id", key=True, nullable=False),
        C("purchase_date", "date", "datetime.date", nullable=False),
        C("beekeeper_first_name", "string", "person.first_name", description="Latin script (Gaj), title case"),
        C("beekeeper_last_name", "string", "person.last_name", description="Latin script (Gaj), title case"),
        C("beekeeper_jmbg", "string", "id.national_id", regex=r"^\d{13}$", description="13 digits"),
        C("beekeeper_birth_date", "date", "person.date_of_birth", description="from the JMBG"),
        C("municipality", "string", "address.city", allowed_values=[m[0] for m in SR_MUN], description="Latin script with diacritics"),
        C("mobile", "string", "contact.mobile_phone", description="E.164"),
        C("honey_type", "string", "text.category", allowed_values=list(SR_HONEY)),
        C("net_weight_kg", "decimal", "qty.mass", description="kg, 1 place"),
        C("moisture", "decimal", "qty.percentage", description="fraction, 3 places"),
        C("price_per_kg_rsd", "decimal", "money.unit_price"),
        C("amount_rsd", "decimal", "money.amount"),
        C("hive_count", "int", "qty.count"),
        C("organic", "bool", "flag.boolean"),
        C("lab_report_no", "string", "id.record_id"),
    ]
    hdr_rng = random.Random(121260)
    slots = ["no", "date", "name", "jmbg", "mun", "phone", "type", "kg", "moist", "price", "amount", "hives", "org",
             "barrel", "recv", "hmf"]

    def render(r: random.Random, i: int):
        no = 230 + i * 2 + r.randrange(2) if i >= 0 else 101
        d = gc.rand_date(r, dt.date(2024, 5, 20), dt.date(2024, 9, 30))
        script = r.random() < 0.5
        ds = r.choice([f"{d:%d.%m.%Y}.", f"{d.day}. {SR_MON[d.month - 1]} {d.year}.", f"{d.day}. {cyr(SR_MON[d.month - 1])} {d.year}.",
                       d.isoformat()])
        fem = r.random() < 0.3
        fn, ln = r.choice(SR_F if fem else SR_M), r.choice(SR_LAST)
        nk = r.randrange(4)
        name = [f"{cyr(ln)} {cyr(fn)}", f"{fn} {ln}", f"{ln.upper()} {fn.upper()}", f"{ln}, {fn}"][nk]
        mun, reg = r.choice(SR_MUN)
        birth = gc.rand_date(r, dt.date(1950, 1, 1), dt.date(2001, 12, 31))
        jm = jmbg(r, birth, reg, fem)
        jms = jm[1:] if jm[0] == "0" and r.random() < 0.4 else r.choice([jm, jm, f"{jm[:7]} {jm[7:]}"])
        muns = r.choice([cyr(mun), mun, gc.ascii_fold(mun).upper()])
        ph = r.choice(["60", "61", "62", "63", "64", "65", "66", "69"]) + gc.digits(r, 7)
        phs = r.choice([f"0{ph[:2]}/{ph[2:5]}-{ph[5:]}", f"+381 {ph[:2]} {ph[2:]}", f"0{ph}", f"0{ph[:2]} {ph[2:5]} {ph[5:7]} {ph[7:]}"])
        ht = r.choice(list(SR_HONEY))
        hn, plo, phi = SR_HONEY[ht]
        hs = r.choice(hn)
        hs = cyr(hs) if script else hs
        kg = D(r.randint(100, 5000)) / 2
        ks = r.choice([f"{mc.eu(kg, 1)} кг", f"{kg} kg", f"{mc.eu(kg, 1)}"] + ([f"{mc.eu(kg / 1000, 4)} t"] if kg >= 1000 else []))
        mo = D(r.randint(155, 195)) / 10
        price = D(r.randint(plo // 10, phi // 10) * 10)
        amt = kg * price
        hv = r.randint(8, 220)
        org = r.choice([True, False, False, None])
        orgs = "" if org is None else r.choice(["да", "ДА", "da", "✓"] if org else ["не", "ne", "НЕ", "Ne"])
        vals = {"no": r.choice([f"ОТК-{d.year}-{no:04d}", f"OTK-{d.year % 100}/{no:04d}", str(no)]), "date": ds,
                "name": name, "jmbg": jms, "mun": muns, "phone": phs, "type": hs, "kg": ks,
                "moist": r.choice([f"{mc.eu(mo, 1)}%", f"{mo} %", mc.eu(mo, 1)]),
                "price": r.choice([f"{mc.eu(price)} дин.", f"RSD {price}", f"{price} din.", mc.eu(price)]),
                "amount": r.choice([f"{mc.eu(amt)} дин.", q(amt), f"{mc.eu(amt)} RSD"]),
                "hives": r.choice([f"{hv} košnica", f"{hv} кошница", str(hv)]), "org": orgs,
                "barrel": r.choice([f"Б-{r.randint(1, 60)}", f"B-{r.randint(1, 60)}"]),
                "recv": r.choice(["Примио: Ј. Илић", "Primio: J. Ilić", "M. Kostić", "С. Лукић"]),
                "hmf": f"HMF {r.randint(2, 38)} mg/kg"}
        t = {"purchase_no": no, "purchase_date": d.isoformat(), "beekeeper_first_name": fn, "beekeeper_last_name": ln,
             "beekeeper_jmbg": jm, "beekeeper_birth_date": birth.isoformat(), "municipality": mun, "mobile": f"+381{ph}",
             "honey_type": ht, "net_weight_kg": q(kg, 1), "moisture": q(mo / 100, 3), "price_per_kg_rsd": q(price),
             "amount_rsd": q(amt), "hive_count": hv, "organic": org}
        return vals, t

    while True:
        vals, _ = render(hdr_rng, -1)
        hdr = [vals[k] for k in slots]
        if all(hdr) and len(set(hdr)) == len(hdr):
            break
    p.src_cols = hdr
    h = dict(zip(slots, hdr))
    for t, s, k in [("purchase_no", "no", "type_cast"), ("purchase_date", "date", "date_format"),
                    ("beekeeper_first_name", "name", "decompose"), ("beekeeper_last_name", "name", "decompose"),
                    ("beekeeper_jmbg", "jmbg", "reformat"), ("beekeeper_birth_date", "jmbg", "decompose"),
                    ("municipality", "mun", "value_map"), ("mobile", "phone", "reformat"), ("honey_type", "type", "value_map"),
                    ("net_weight_kg", "kg", "unit"), ("moisture", "moist", "reformat"), ("price_per_kg_rsd", "price", "reformat"),
                    ("amount_rsd", "amount", "reformat"), ("hive_count", "hives", "type_cast"), ("organic", "org", "value_map")]:
        p.m(t, h[s], k)
    p.m("lab_report_no", [], "unmapped")
    p.key_src, p.key_tgt = [h["no"]], ["purchase_no"]

    def row(r: random.Random, i: int):
        vals, t = render(r, i)
        return {h[k]: vals[k] for k in slots}, t
    p.row = row
    return p


# =============================================================================================
# 7. SWIFT MT103 field tags (coded headers)
# =============================================================================================
SW_PARTIES = {
    "DE": ("EUR", ["MUELLER MASCHINENBAU GMBH", "HOFMANN LOGISTIK AG", "SCHULTE UND PARTNER KG"], ["HAUPTSTR 12", "INDUSTRIEWEG 4"], ["10115 BERLIN", "50667 KOELN", "80331 MUENCHEN"], ["DEUT", "COBA", "HYVE", "GENO"]),
    "FR": ("EUR", ["SARL BOULANGERIE DUVAL", "TRANSPORTS LEROY SA", "ATELIERS MOREAU SAS"], ["12 RUE DE LA PAIX", "5 AV JEAN JAURES"], ["75002 PARIS", "69003 LYON"], ["BNPA", "SOGE", "CRLY"]),
    "NL": ("EUR", ["VAN DER BERG HANDEL BV", "DE VRIES TECHNIEK BV"], ["KEIZERSGRACHT 100", "STATIONSPLEIN 3"], ["1015 CJ AMSTERDAM", "3511 ED UTRECHT"], ["ABNA", "RABO", "INGB"]),
    "IT": ("EUR", ["ROSSI TESSUTI SRL", "FERRARI ALIMENTARI SPA"], ["VIA ROMA 15", "CORSO ITALIA 8"], ["20121 MILANO", "50123 FIRENZE"], ["UNCR", "BCIT"]),
    "ES": ("EUR", ["GARCIA EXPORTACIONES SL", "FRUTAS MARTINEZ SA"], ["CALLE MAYOR 22", "AVDA DIAGONAL 450"], ["28013 MADRID", "08006 BARCELONA"], ["BSCH", "CAIX", "BBVA"]),
    "GB": ("GBP", ["SMITH AND SONS LTD", "THAMES TRADING PLC", "HIGHLAND WOOLLENS LTD"], ["10 HIGH STREET", "221 BAKER STREET"], ["LONDON EC1A 1BB", "EDINBURGH EH1 1YZ"], ["NWBK", "BARC", "LOYD"]),
    "PL": ("PLN", ["KOWALSKI SP. Z O.O.", "NOWAK METAL SA"], ["UL. MARSZALKOWSKA 10", "UL. DLUGA 5"], ["00-950 WARSZAWA", "31-147 KRAKOW"], ["PKOP", "BPKO", "WBKP"]),
    "CH": ("CHF", ["ALPENKAESE AG", "UHRENWERK BIEL SA"], ["BAHNHOFSTRASSE 1", "RUE DU RHONE 20"], ["8001 ZUERICH", "1204 GENEVE"], ["UBSW", "CRES"]),
    "SE": ("SEK", ["NORDIC TRAE AB", "LINDQVIST DESIGN AB"], ["DROTTNINGGATAN 5", "KUNGSGATAN 12"], ["111 51 STOCKHOLM", "411 19 GOTEBORG"], ["ESSE", "HAND", "NDEA"]),
}
SW_RATE = {"EUR": D("1.0000"), "GBP": D("1.1650"), "PLN": D("0.2320"), "CHF": D("1.0450"), "SEK": D("0.0880"),
           "USD": D("0.9220")}  # value of 1 unit in EUR


def sw_amt(x: D) -> str:
    s = q(x).replace(".", ",")
    return s[:-3] + "," if s.endswith(",00") else s


def pair_swift() -> Pair:
    p = Pair(SPLIT, "mt103_tags_to_credit_transfer",
             "SWIFT MT103 customer transfers flattened to one row per message, columns named by field tag -> "
             "credit transfer (ISO 20022-like)", "credit_transfer", 150, 12127)
    p.src_cols = ["ISN", "MIR", "F20", "F23B", "F32A", "F33B", "F36", "F50K", "F52A", "F56A", "F57A", "F59", "F70",
                  "F71A", "F71F", "F72"]
    p.tgt_cols = [
        C("payment_reference", "string", "id.record_id", key=True, nullable=False),
        C("bank_operation_code", "string", "text.category", allowed_values=["CRED", "SPRI", "SSTD"]),
        C("value_date", "date", "datetime.date", nullable=False),
        C("settlement_currency", "string", "iso.currency_code"),
        C("settlement_amount", "decimal", "money.amount", description="2 places"),
        C("instructed_currency", "string", "iso.currency_code"),
        C("instructed_amount", "decimal", "money.amount", description="2 places"),
        C("exchange_rate", "decimal", "money.exchange_rate", description="6 places"),
        C("debtor_name", "string", "org.company_name", description="first name line of the ordering customer, as sent"),
        C("debtor_account", "string", "id.iban"),
        C("debtor_agent_bic", "string", "id.bic", regex=r"^[A-Z0-9]{11}$", description="11 characters (XXX branch added)"),
        C("creditor_agent_bic", "string", "id.bic", regex=r"^[A-Z0-9]{11}$", description="11 characters (XXX branch added)"),
        C("creditor_name", "string", "org.company_name", description="first name line of the beneficiary, as sent"),
        C("creditor_account", "string", "id.iban"),
        C("remittance_information", "string", "text.description", description="lines joined with one space"),
        C("charge_bearer", "string", "text.category", allowed_values=["DEBT", "SHAR", "CRED"]),
        C("sender_charges_amount", "decimal", "money.amount"),
        C("sender_charges_currency", "string", "iso.currency_code"),
        C("uetr", "string", "id.uuid"),
        C("purpose_code", "string", "text.category"),
    ]
    for t, s, k in [("payment_reference", "F20", "atomic"), ("bank_operation_code", "F23B", "atomic"),
                    ("value_date", "F32A", "decompose"), ("settlement_currency", "F32A", "decompose"),
                    ("settlement_amount", "F32A", "decompose"), ("instructed_currency", "F33B", "decompose"),
                    ("instructed_amount", "F33B", "decompose"), ("exchange_rate", "F36", "reformat"),
                    ("debtor_name", "F50K", "decompose"), ("debtor_account", "F50K", "decompose"),
                    ("debtor_agent_bic", "F52A", "reformat"), ("creditor_agent_bic", "F57A", "reformat"),
                    ("creditor_name", "F59", "decompose"), ("creditor_account", "F59", "decompose"),
                    ("remittance_information", "F70", "reformat"), ("charge_bearer", "F71A", "value_map"),
                    ("sender_charges_amount", "F71F", "decompose"), ("sender_charges_currency", "F71F", "decompose")]:
        p.m(t, s, k)
    p.m("uetr", [], "unmapped")
    p.m("purpose_code", [], "unmapped")
    p.key_src, p.key_tgt = ["F20"], ["payment_reference"]

    def bic(r: random.Random, ctry: str, prefixes) -> tuple[str, str]:
        b = r.choice(prefixes) + ctry + r.choice(["FF", "2L", "MM", "22", "PP", "XX"])
        full = b + r.choice(["XXX", "XXX", "100", "BER", "KRA"])
        shown = b if full.endswith("XXX") and r.random() < 0.6 else full
        return shown, full

    def party(r: random.Random, ctry: str):
        cur, names, streets, cities, banks = SW_PARTIES[ctry]
        return cur, r.choice(names), r.choice(streets), r.choice(cities), gc.iban(r, ctry), banks

    def row(r: random.Random, i: int):
        vd = gc.rand_date(r, dt.date(2024, 1, 2), dt.date(2024, 12, 20))
        while vd.weekday() > 4:
            vd += dt.timedelta(days=1)
        ref = f"{r.choice(['FT', 'TRF', 'PAY'])}{vd:%y%j}{i:04d}{r.choice('ABCDEFGH')}"
        dc = r.choice(list(SW_PARTIES))
        cc = r.choice([c for c in SW_PARTIES if c != dc])
        dcur, dname, dstr, dcity, diban, dbanks = party(r, dc)
        ccur, cname, cstr, ccity, ciban, cbanks = party(r, cc)
        scur = ccur if r.random() < 0.7 else "USD"
        icur = dcur
        inst = D(r.randint(2500, 2500000)) / 100 if r.random() < 0.8 else D(r.randint(5, 900) * 100)
        if scur == icur:
            sett, rate = inst, None
            f33 = r.choice(["", f"{icur}{sw_amt(inst)}"])
        else:
            rate = (SW_RATE[icur] / SW_RATE[scur] * D(r.randint(990, 1010)) / 1000).quantize(D("0.000001"))
            sett = D(q(inst * rate))
            f33 = f"{icur}{sw_amt(inst)}"
        f32 = f"{vd:%y%m%d}{scur}{sw_amt(sett)}"
        rate_s = "" if rate is None else (format(rate.normalize(), "f").replace(".", ","))
        has_acc = r.random() < 0.9
        f50 = "\n".join(([f"/{diban}"] if has_acc else []) + [dname, dstr, dcity])
        f59 = "\n".join([f"/{ciban}", cname, cstr, ccity])
        b52s, b52 = bic(r, dc, dbanks)
        b57s, b57 = bic(r, cc, cbanks)
        b56 = r.choice(["", "", "CHASUS33XXX", "CITIUS33", "DEUTDEFF"])
        inv = f"{r.randint(2023, 2024)}-{r.randint(1, 99999):05d}"
        rem_lines = r.choice([[f"/INV/{inv}"], [f"INVOICE {inv}", f"DD {vd - dt.timedelta(days=r.randint(10, 60)):%d.%m.%Y}"],
                              [f"/RFB/{inv}", "PAYMENT FOR GOODS"], [f"ORDER {r.randint(1000, 9999)} PARTIAL", "PAYMENT 2 OF 3"]])
        chg = r.choice(["SHA", "SHA", "OUR", "BEN"])
        f71f, camt, ccur2 = "", None, None
        if chg == "BEN":
            camt = D(r.choice([10, 12, 15, 20, 25, 35])) + D(r.choice([0, 50])) / 100
            ccur2 = scur
            f71f = f"{ccur2}{sw_amt(camt)}"
        s = {"ISN": str(100000 + i * 7 + r.randrange(7)), "MIR": f"{vd:%y%m%d}{b52[:8]}AXXX{r.randint(1000, 9999)}{r.randint(100000, 999999)}",
             "F20": ref, "F23B": r.choice(["CRED"] * 8 + ["SPRI", "SSTD"]), "F32A": f32, "F33B": f33, "F36": rate_s,
             "F50K": f50, "F52A": b52s, "F56A": b56, "F57A": b57s, "F59": f59, "F70": "\n".join(rem_lines),
             "F71A": chg, "F71F": f71f, "F72": r.choice(["", "", "/ACC/URGENT", "/INS/" + b52[:8], "/REC/PLEASE ADVISE BENEFICIARY"])}
        t = {"payment_reference": ref, "bank_operation_code": s["F23B"], "value_date": vd.isoformat(),
             "settlement_currency": scur, "settlement_amount": q(sett),
             "instructed_currency": icur if f33 else None, "instructed_amount": q(inst) if f33 else None,
             "exchange_rate": q(rate, 6) if rate is not None else None, "debtor_name": dname,
             "debtor_account": diban if has_acc else None, "debtor_agent_bic": b52, "creditor_agent_bic": b57,
             "creditor_name": cname, "creditor_account": ciban, "remittance_information": " ".join(rem_lines),
             "charge_bearer": {"SHA": "SHAR", "OUR": "DEBT", "BEN": "CRED"}[chg],
             "sender_charges_amount": q(camt) if camt is not None else None, "sender_charges_currency": ccur2}
        return s, t
    p.row = row
    return p


# =============================================================================================
# 8. Philippine pawnshop loans, Filipino/Taglish headers (wide target)
# =============================================================================================
TL_MON = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre",
          "Disyembre"]
TL_M = ["Juan", "Jose", "Mark Anthony", "John Paul", "Rodrigo", "Ramon", "Jericho", "Carlo", "Reynaldo", "Dante", "Efren"]
TL_F = ["Maria", "Ma. Cristina", "Jocelyn", "Rowena", "Mary Grace", "Analyn", "Lorna", "Divina", "Kristine", "Rosario"]
TL_LAST = ["Dela Cruz", "Santos", "Reyes", "Garcia", "Bautista", "Mendoza", "Villanueva", "Ramos", "Aquino", "Castillo",
           "De Guzman", "Pangilinan", "Macaraeg", "Dimaculangan", "Del Rosario"]
TL_ITEM = {"necklace": ["Kwintas", "Necklace", "kwintas"], "ring": ["Singsing", "Ring", "singsing"],
           "earrings": ["Hikaw", "Earrings", "hikaw"], "bracelet": ["Pulseras", "Bracelet"], "watch": ["Relo", "Watch"]}
TL_KARAT = {14: ["14K", "14k", "585"], 18: ["18K", "18k", "750"], 21: ["21K", "21k"], 22: ["22K", "916"]}
TL_GRAM = {14: 1900, 18: 2450, 21: 2850, 22: 3000}
TL_BRANCH = {"QPO": ["Quiapo", "Quiapo, Manila", "QPO"], "CBO": ["Cubao", "QC - Cubao", "Cubao QC"],
             "DVO": ["Davao - Bajada", "Bajada", "DVO Bajada"], "CEB": ["Colon, Cebu", "Cebu Colon"],
             "ILO": ["Iloilo - Jaro", "Jaro"]}
TL_ID = {"UMID": ["UMID", "SSS UMID"], "PHILSYS": ["PhilSys", "National ID", "PhilID"],
         "DRIVERS_LICENSE": ["Driver's License", "Lisensya", "DL"], "PASSPORT": ["Passport", "Pasaporte"],
         "POSTAL_ID": ["Postal ID"]}
TL_STAT = {"redeemed": ["Tinubos", "Tubos", "Redeemed"], "foreclosed": ["Na-remata", "Remata", "Foreclosed"],
           "active": ["Aktibo", "Bukas", "Active"], "renewed": ["Nirenew", "Renew", "Renewed"]}


def pair_tl() -> Pair:
    p = Pair(SPLIT, "sanglaan_tl_to_pawn_loan_wide",
             "Philippine pawnshop ticket register (Filipino/Taglish headers) -> wide pawn loan record",
             "pawn_loan", 160, 12128)
    p.src_cols = ["Tiket Blg.", "Petsa ng Sangla", "Takdang Petsa", "Petsa ng Remata", "Petsa ng Pagtubos", "Sangay",
                  "Pangalan ng Kustomer", "Uri ng ID", "Numero ng ID", "Numero ng Telepono", "Paglalarawan ng Item",
                  "Halaga ng Tasasyon", "Halaga ng Pautang", "Interes", "Serbisyo Singil", "Katayuan", "Kahera",
                  "Petsa ng Pag-encode", "Tala"]
    mapped = [
        (C("ticket_no", "int", "id.record_id", key=True, nullable=False), "Tiket Blg.", "type_cast"),
        (C("loan_date", "date", "datetime.date", nullable=False), "Petsa ng Sangla", "date_format"),
        (C("maturity_date", "date", "datetime.date"), "Takdang Petsa", "date_format"),
        (C("expiry_date", "date", "datetime.date", description="last day before the item is auctioned"), "Petsa ng Remata", "date_format"),
        (C("redemption_date", "date", "datetime.date"), "Petsa ng Pagtubos", "date_format"),
        (C("branch_code", "string", "org.department", allowed_values=list(TL_BRANCH)), "Sangay", "value_map"),
        (C("customer_last_name", "string", "person.last_name", description="title case"), "Pangalan ng Kustomer", "decompose"),
        (C("customer_first_name", "string", "person.first_name", description="title case, all given names"), "Pangalan ng Kustomer", "decompose"),
        (C("customer_middle_initial", "string", "person.middle_name", description="one letter, no dot"), "Pangalan ng Kustomer", "decompose"),
        (C("id_type", "string", "text.category", allowed_values=list(TL_ID)), "Uri ng ID", "value_map"),
        (C("id_number", "string", "id.national_id"), "Numero ng ID", "atomic"),
        (C("customer_mobile", "string", "contact.mobile_phone", description="E.164"), "Numero ng Telepono", "reformat"),
        (C("item_type", "string", "text.category", allowed_values=list(TL_ITEM)), "Paglalarawan ng Item", "decompose"),
        (C("karat", "int", "qty.count", description="gold karat (750 fineness = 18)"), "Paglalarawan ng Item", "decompose"),
        (C("gross_weight_g", "decimal", "qty.mass", description="grams, 1 place"), "Paglalarawan ng Item", "decompose"),
        (C("appraised_value_php", "decimal", "money.amount"), "Halaga ng Tasasyon", "reformat"),
        (C("principal_php", "decimal", "money.amount"), "Halaga ng Pautang", "reformat"),
        (C("monthly_interest_rate", "decimal", "qty.percentage", description="fraction per month, 4 places (3% -> 0.0300)"), "Interes", "reformat"),
        (C("service_charge_php", "decimal", "money.amount"), "Serbisyo Singil", "reformat"),
        (C("loan_status", "string", "status.record_status", allowed_values=list(TL_STAT)), "Katayuan", "value_map"),
    ]
    unm = [("customer_id", "string", "id.customer_id"), ("customer_birth_date", "date", "person.date_of_birth"),
           ("customer_sex", "string", "person.gender"), ("customer_email", "string", "contact.email"),
           ("address_street", "string", "address.street_address"), ("barangay", "string", "address.address_line2"),
           ("city_municipality", "string", "address.city"), ("province", "string", "address.state_province"),
           ("postal_code", "string", "address.postal_code"), ("occupation", "string", "person.job_title"),
           ("source_of_funds", "string", "text.category"), ("net_proceeds_php", "decimal", "money.amount"),
           ("interest_amount_php", "decimal", "money.amount"), ("penalty_php", "decimal", "money.amount"),
           ("documentary_stamp_php", "decimal", "money.tax_amount"), ("insurance_fee_php", "decimal", "money.amount"),
           ("renewal_count", "int", "qty.count"), ("previous_ticket_no", "int", "id.record_id"),
           ("item_serial_no", "string", "id.record_id"), ("item_brand", "string", "text.product_name"),
           ("stone_count", "int", "qty.count"), ("net_gold_weight_g", "decimal", "qty.mass"),
           ("gold_price_per_g", "decimal", "money.unit_price"), ("loan_to_value", "decimal", "qty.percentage"),
           ("vault_location", "string", "text.category"), ("auction_lot_no", "string", "id.record_id"),
           ("auction_date", "date", "datetime.date"), ("sold_price_php", "decimal", "money.amount"),
           ("appraiser_id", "string", "id.employee_id"), ("teller_id", "string", "id.employee_id"),
           ("approved_by", "string", "person.full_name"), ("sms_opt_in", "bool", "flag.consent"),
           ("kyc_verified", "bool", "flag.verified"), ("risk_rating", "string", "text.category"),
           ("amla_flag", "bool", "flag.boolean"), ("created_at", "datetime", "datetime.created_at"),
           ("updated_at", "datetime", "datetime.updated_at"), ("remarks", "string", "text.notes")]
    crng = random.Random(121280)
    cols = [("m", x) for x in mapped] + [("u", x) for x in unm]
    first, rest = cols[0], cols[1:]
    crng.shuffle(rest)
    for kind, x in [first] + rest:
        if kind == "m":
            col, src, k = x
            p.tgt_cols.append(col)
            p.m(col["name"], src, k)
        else:
            p.tgt_cols.append(C(x[0], x[1], x[2]))
            p.m(x[0], [], "unmapped")
    p.key_src, p.key_tgt = ["Tiket Blg."], ["ticket_no"]

    def dfmt(r: random.Random, d: dt.date | None) -> str:
        if d is None:
            return ""
        return r.choice([f"{d.month:02d}/{d.day:02d}/{d.year}", f"{TL_MON[d.month - 1]} {d.day}, {d.year}", d.isoformat(),
                         f"{d.month}/{d.day}/{d.year}"])

    def row(r: random.Random, i: int):
        tk = 50000 + i * 4 + r.randrange(4)
        ld = gc.rand_date(r, dt.date(2023, 10, 1), dt.date(2024, 9, 30))
        mat = ld + dt.timedelta(days=30)
        exp = mat + dt.timedelta(days=90)
        stat = r.choice(["redeemed", "redeemed", "redeemed", "active", "renewed", "foreclosed"])
        red = ld + dt.timedelta(days=r.randint(3, 110)) if stat == "redeemed" else None
        br = r.choice(list(TL_BRANCH))
        fem = r.random() < 0.55
        fn, ln, mid = r.choice(TL_F if fem else TL_M), r.choice(TL_LAST), r.choice(TL_LAST)
        mi = mid[0]
        nk = r.randrange(4)
        name = [f"{ln.upper()}, {fn.upper()} {mi}.", f"{fn} {mi}. {ln}", f"{ln}, {fn} {mi}.", f"{ln.upper()}, {fn.upper()} {mid.upper()}"][nk]
        idt = r.choice(list(TL_ID))
        idn = {"UMID": f"CRN-0111-{gc.digits(r, 7)}-{r.randint(0, 9)}", "PHILSYS": f"{gc.digits(r, 4)}-{gc.digits(r, 4)}-{gc.digits(r, 4)}-{gc.digits(r, 4)}",
               "DRIVERS_LICENSE": f"N{gc.digits(r, 2)}-{gc.digits(r, 2)}-{gc.digits(r, 6)}", "PASSPORT": f"P{gc.digits(r, 7)}{r.choice('ABC')}",
               "POSTAL_ID": f"PRN {gc.digits(r, 12)}"}[idt]
        mob = "9" + r.choice(["17", "18", "05", "27", "99", "55"]) + gc.digits(r, 7)
        mobs = r.choice([f"0{mob[:3]} {mob[3:6]} {mob[6:]}", f"+63 {mob[:3]} {mob[3:6]} {mob[6:]}", mob, f"+63{mob}", f"0{mob[:3]}-{mob[3:6]}-{mob[6:]}"])
        it = r.choice(["necklace", "ring", "ring", "earrings", "bracelet", "watch"])
        itn = r.choice(TL_ITEM[it])
        if it == "watch":
            kar, wt = None, None
            desc = f"{itn} {r.choice(['Seiko', 'Casio', 'Citizen', 'Orient'])}"
            appr = D(r.randint(20, 150) * 50)
        else:
            kar = r.choice(list(TL_KARAT))
            wt = D(r.randint(8, 250)) / 10
            ks = r.choice(TL_KARAT[kar])
            ws = r.choice([f"{wt}g", f"{wt} grams", f"{mc.eu(wt, 1)} g", f"{wt} gms"])
            desc = r.choice([f"{itn} {ks} {ws}", f"{itn}, {ks}, {ws}", f"{ks} {itn} {ws}"])
            appr = (wt * TL_GRAM[kar] / 10).quantize(D("1")) * 10
        prin = (appr * D("0.8") / 50).quantize(D("1")) * 50
        rate = r.choice([D("0.03"), D("0.035"), D("0.04")])
        rpct = (rate * 100).normalize()
        rates = r.choice([f"{rpct}%/buwan", f"{rpct}% kada buwan", f"{rpct}%", str(rate)])
        sc = D(r.choice([5, 5, 10]))
        money = lambda x: r.choice([f"₱{mc.us(x)}", f"PHP {mc.us(x, 0) if x == x.to_integral() else mc.us(x)}", str(int(x)) if x == x.to_integral() else q(x), f"P{mc.us(x)}"])  # noqa: E731
        enc = dt.datetime.combine(ld, dt.time(r.randint(8, 17), r.randint(0, 59), r.randint(0, 59)))
        s = {"Tiket Blg.": r.choice([f"A-{tk:06d}", f"{tk:06d}", str(tk)]), "Petsa ng Sangla": dfmt(r, ld),
             "Takdang Petsa": dfmt(r, mat), "Petsa ng Remata": dfmt(r, exp), "Petsa ng Pagtubos": dfmt(r, red),
             "Sangay": r.choice(TL_BRANCH[br]), "Pangalan ng Kustomer": name, "Uri ng ID": r.choice(TL_ID[idt]),
             "Numero ng ID": idn, "Numero ng Telepono": mobs, "Paglalarawan ng Item": desc,
             "Halaga ng Tasasyon": money(appr), "Halaga ng Pautang": money(prin), "Interes": rates,
             "Serbisyo Singil": money(sc), "Katayuan": r.choice(TL_STAT[stat]),
             "Kahera": r.choice(["J. Bautista", "RMENDOZA", "Teller 2", "A. Ramos"]),
             "Petsa ng Pag-encode": enc.strftime("%m/%d/%Y %I:%M:%S %p"),
             "Tala": r.choice(["", "", "", "may gasgas", "walang box", "Renewal ng lumang tiket", "bato ay peke"])}
        t = {"ticket_no": tk, "loan_date": ld.isoformat(), "maturity_date": mat.isoformat(), "expiry_date": exp.isoformat(),
             "redemption_date": red.isoformat() if red else None, "branch_code": br, "customer_last_name": ln,
             "customer_first_name": fn, "customer_middle_initial": mi, "id_type": idt, "id_number": idn,
             "customer_mobile": f"+63{mob}", "item_type": it, "karat": kar, "gross_weight_g": q(wt, 1) if wt is not None else None,
             "appraised_value_php": q(appr), "principal_php": q(prin), "monthly_interest_rate": q(rate, 4),
             "service_charge_php": q(sc), "loan_status": stat}
        return s, t
    p.row = row
    return p


def main() -> int:
    pairs = [pair_ka(), pair_bn(), pair_ta(), pair_am(), pair_lt(), pair_sr(), pair_swift(), pair_tl()]
    for p in pairs:
        n, ns, nt = p.write()
        un = sum(1 for c in p.corr if c[2] == "unmapped")
        print(f"{SPLIT}/{p.name}: {n} rows, {ns} source cols, {nt} target cols ({un} unmapped)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
