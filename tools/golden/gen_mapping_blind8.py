# ruff: noqa
"""Ninth blind schema-matching golden set: 8 source/target pairs (split "dev", formerly "blind").

Standard library + golden_common / mapping_common only. Deterministic: one random.Random(seed) per pair
(seeds 13131-13138, held by mapping_common.Pair). Output path: mapping_common.OUT / "blind" (the only
output constant; repoint it by changing OUT below or in mapping_common).
(a blind-written generator, kept as its author wrote it; only its output path was repointed: mapping_common.OUT is the repo's)

    python3 gen_mapping_blind8.py
"""

from __future__ import annotations

import datetime as dt
import math
import random
from decimal import ROUND_HALF_UP, Decimal

import golden_common as gc
import mapping_common as mc
from mapping_common import C, Pair, q

OUT = mc.OUT  # the one output constant: pairs are written to OUT / "blind"
SPLIT = "dev"
NBSP = "\u00a0"


def D(x) -> Decimal:
    return Decimal(str(x))


def pick(rng: random.Random, variants: list[str]) -> str:
    return variants[rng.randrange(len(variants))]


def wpick(rng: random.Random, items: list, weights: list[float]):
    return rng.choices(items, weights=weights, k=1)[0]


def to_digits(s: str, table: str) -> str:
    return "".join(table[int(c)] if c.isdigit() and c.isascii() else c for c in s)


LAO_DIG = "໐໑໒໓໔໕໖໗໘໙"
URDU_DIG = "۰۱۲۳۴۵۶۷۸۹"


def thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def lakh(n: int) -> str:
    """South-Asian grouping: 1,00,000."""
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts) + "," + tail


def gs1_check(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def iban_generic(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def excel_serial(d: dt.date) -> str:
    return str((d - dt.date(1899, 12, 30)).days)


# tabular Islamic calendar (civil epoch; the arithmetic "Kuwaiti" leap rule)
ISLAMIC_EPOCH = 1948439.5


def islamic_to_date(y: int, m: int, d: int) -> dt.date:
    jd = d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + math.floor((3 + 11 * y) / 30) + ISLAMIC_EPOCH - 1
    return dt.date.fromordinal(int(jd - 1721424.5))


def date_to_islamic(g: dt.date) -> tuple[int, int, int]:
    jd = g.toordinal() + 1721424.5
    y = math.floor((30 * (jd - ISLAMIC_EPOCH) + 10646) / 10631)
    first = islamic_to_date(y, 1, 1).toordinal()
    m = min(12, math.ceil((g.toordinal() - (29 + first)) / 29.5) + 1)
    d = g.toordinal() - islamic_to_date(y, m, 1).toordinal() + 1
    assert islamic_to_date(y, m, d) == g
    return y, m, d


def add_months_last_day(y: int, m: int) -> dt.date:
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


# =============================================================================================
# 1. Lao intercity bus tickets (seed 13131)
# =============================================================================================
LAO_MALE = ["ສົມພອນ", "ບຸນມີ", "ຄຳພັນ", "ສີສະຫວາດ", "ທອງລາ", "ອານຸສອນ", "ວັນໄຊ", "ພູມີ", "ບຸນທັນ", "ສົມສັກ",
            "ເພັດສະໝອນ", "ໄຊສົມບູນ"]
LAO_FEMALE = ["ຄຳແພງ", "ວິໄລວອນ", "ມະນີວັນ", "ສຸດາລັດ", "ອາລຸນີ", "ນ້ອຍ", "ແສງດາວ", "ພອນສະຫວັນ", "ບົວພັນ",
              "ຈັນທະວີ", "ດາວວອນ"]
LAO_FAMILY = ["ພົມມະຈັນ", "ສີຫາລາດ", "ແກ້ວມະນີ", "ວົງສະຫວັນ", "ສຸລິວົງ", "ພັນທະວົງ", "ອິນທະວົງ", "ສີສຸວັນ",
              "ໄຊຍະວົງ", "ດວງມະນີ", "ແສງສຸລິຍາ", "ຈັນທະລາ", "ພິມມະສອນ", "ລໍ", "ວ່າງ", "ຊາ"]
LAO_MONTH = ["ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ",
             "ພະຈິກ", "ທັນວາ"]
FOREIGN = {
    "GB": (["Oliver", "Harry", "Callum", "Rhys"], ["Amelia", "Sophie", "Niamh", "Tamsin"],
           ["Taylor", "Evans", "Walker", "Wright", "Roberts"]),
    "DE": (["Lukas", "Jonas", "Felix", "Jürgen"], ["Lena", "Sabine", "Wiebke", "Imke"],
           ["Müller", "Weber", "Becker", "Schröder", "Hoffmann"]),
    "FR": (["Julien", "Théophile", "Loïc", "Hervé"], ["Camille", "Solène", "Héloïse", "Léa"],
           ["Martin", "Dubois", "Garnier", "Rousseau", "Lemaître"]),
    "TH": (["Somchai", "Anan", "Kittisak", "Prasert"], ["Siriporn", "Malee", "Kanokwan", "Nittaya"],
           ["Srisuk", "Wongsawat", "Chaiyaporn", "Boonmee", "Thongdee"]),
}
NAT_VARIANTS = {
    "LA": ["ລາວ", "ລາວ", "Lao", "LAO", "ສປປ ລາວ", "Laos"],
    "TH": ["ໄທ", "Thai", "THA", "Thailand"],
    "GB": ["ອັງກິດ", "British", "UK", "GBR"],
    "DE": ["ເຢຍລະມັນ", "German", "Germany", "DEU"],
    "FR": ["ຝຣັ່ງ", "France", "French", "FRA"],
}
STATIONS_LA = {
    "VTE": (["ວຽງຈັນ", "ນະຄອນຫຼວງວຽງຈັນ", "ນະຄອນຫລວງວຽງຈັນ"], ["Vientiane", "VIENTIANE", "Vientiane Capital"]),
    "LPQ": (["ຫຼວງພະບາງ", "ຫລວງພະບາງ"], ["Luang Prabang", "Louangphabang", "LUANG PRABANG"]),
    "VVG": (["ວັງວຽງ"], ["Vang Vieng", "Vangvieng"]),
    "PKZ": (["ປາກເຊ"], ["Pakse", "Pakxe"]),
    "ZVK": (["ສະຫວັນນະເຂດ", "ໄກສອນ ພົມວິຫານ"], ["Savannakhet", "Kaysone Phomvihane"]),
    "THK": (["ທ່າແຂກ"], ["Thakhek", "Tha Khaek"]),
    "ODY": (["ອຸດົມໄຊ", "ເມືອງໄຊ"], ["Oudomxay", "Oudomxai", "Muang Xay"]),
}
ROUTES_LA = [("VTE", "LPQ", 230000), ("VTE", "VVG", 110000), ("VTE", "PKZ", 220000), ("VTE", "ZVK", 170000),
             ("VTE", "THK", 120000), ("LPQ", "ODY", 90000), ("VVG", "LPQ", 150000), ("PKZ", "ZVK", 80000)]
BUS_CLASS = {"VIP": ["VIP", "ລົດ VIP", "ວີໄອພີ"], "SLEEPER": ["ລົດນອນ", "ນອນ", "Sleeper", "Sleeping bus"],
             "STANDARD": ["ທຳມະດາ", "ລົດທຳມະດາ", "Normal", "Ordinary"], "MINIVAN": ["ລົດຕູ້", "Minivan", "VAN"]}
CLASS_FACTOR = {"VIP": 1.3, "SLEEPER": 1.5, "STANDARD": 1.0, "MINIVAN": 1.2}
BUS_STATUS = {"PAID": ["ຈ່າຍແລ້ວ", "ຊຳລະແລ້ວ", "PAID", "paid"], "BOOKED": ["ຈອງ", "ຈອງໄວ້", "Booked"],
              "BOARDED": ["ຂຶ້ນລົດແລ້ວ", "Boarded"], "CANCELLED": ["ຍົກເລີກ", "Cancel", "CXL"]}
BUS_CHANNEL = {"COUNTER": ["ເຄົາເຕີ", "ຂາຍໜ້າຮ້ານ", "Counter"], "PHONE": ["ໂທລະສັບ", "ໂທຈອງ", "Phone"],
               "ONLINE": ["ອອນລາຍ", "Online", "BCEL One", "Website"], "AGENT": ["ຕົວແທນ", "Agent", "Guesthouse"]}


def lao_date(rng: random.Random, d: dt.date) -> str:
    be = d.year + 543
    s = rng.randrange(7)
    if s == 0:
        return f"{d.day:02d}/{d.month:02d}/{be}"
    if s == 1:
        return f"{d.day}/{d.month}/{be}"
    if s == 2:
        return f"{d.day} {LAO_MONTH[d.month - 1]} {be}"
    if s == 3:
        return to_digits(f"{d.day:02d}/{d.month:02d}/{be}", LAO_DIG)
    if s == 4:
        return to_digits(f"{d.day} {LAO_MONTH[d.month - 1]} {be}", LAO_DIG)
    if s == 5:
        return d.isoformat()
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def lao_time(rng: random.Random, t: dt.time) -> str:
    s = rng.randrange(5)
    if s == 0:
        return f"{t.hour:02d}:{t.minute:02d}"
    if s == 1:
        return f"{t.hour}:{t.minute:02d}"
    if s == 2:
        return to_digits(f"{t.hour:02d}:{t.minute:02d}", LAO_DIG)
    if s == 3:
        return f"{t.hour}.{t.minute:02d} ໂມງ"
    return f"{t.hour:02d}h{t.minute:02d}"


def pair_bus_lo() -> Pair:
    p = Pair(SPLIT, "pizi_lotmae_lo_to_bus_ticket",
             "Lao intercity bus ticket sales (Vientiane southern/northern bus stations): Lao headers, Lao digits, "
             "Buddhist-era dates with Lao month names, title + name strings, kip amounts",
             "bus_ticket", 160, 13131)
    S = ["ລ/ດ", "ເລກທີປີ້", "ວັນທີຂາຍ", "ວັນທີເດີນທາງ", "ເວລາອອກ", "ເສັ້ນທາງ", "ຊື່ ແລະ ນາມສະກຸນ", "ສັນຊາດ", "ເບີໂທ",
         "ເລກບ່ອນນັ່ງ", "ປະເພດລົດ", "ຄ່າປີ້", "ນ້ຳໜັກເຄື່ອງ", "ສະຖານະ", "ຊ່ອງທາງຈອງ", "ທະບຽນລົດ", "ຜູ້ຂາຍ", "ໝາຍເຫດ"]
    p.src_cols = S
    codes = list(STATIONS_LA)
    p.tgt_cols = [
        C("ticket_no", "int", "id.record_id", key=True, nullable=False, description="Ticket number as an integer"),
        C("sold_at", "datetime", "datetime.timestamp",
          description="Sale time, local time (Asia/Vientiane); Buddhist-era years (2567) converted to Gregorian"),
        C("departure_at", "datetime", "datetime.timestamp",
          description="Scheduled departure: travel date + departure time, local time, Gregorian"),
        C("origin_code", "string", "text.category", allowed_values=codes,
          description="Origin station code: VTE Vientiane, LPQ Luang Prabang, VVG Vang Vieng, PKZ Pakse, "
                      "ZVK Savannakhet (Kaysone Phomvihane), THK Thakhek, ODY Oudomxay"),
        C("destination_code", "string", "text.category", allowed_values=codes,
          description="Destination station code, same code list as origin_code"),
        C("passenger_first_name", "string", "person.first_name", description="Given name, without title"),
        C("passenger_last_name", "string", "person.last_name", description="Family name; Latin names title-cased"),
        C("passenger_gender", "string", "person.gender", allowed_values=["M", "F"],
          description="From the title: ທ້າວ/ທ./Mr = M, ນາງ/ນ./ທ່ານນາງ/Ms/Mrs = F; null when no title or the "
                      "gender-neutral ທ່ານ"),
        C("nationality", "string", "iso.country_alpha2", description="ISO 3166-1 alpha-2"),
        C("phone_e164", "string", "contact.mobile_phone", description="E.164; Lao numbers +85620xxxxxxxx"),
        C("seat_no", "int", "qty.count", description="Seat or berth number"),
        C("bus_class", "string", "text.category", allowed_values=list(BUS_CLASS)),
        C("fare_lak", "int", "money.amount", description="Fare in Lao kip (no decimals); ພັນ = thousand"),
        C("luggage_kg", "decimal", "qty.mass", description="Checked luggage in kg, 1 decimal; ບໍ່ມີ (none) = 0.0, "
                                                            "blank = null"),
        C("status", "string", "status.record_status", allowed_values=list(BUS_STATUS)),
        C("sales_channel", "string", "text.category", allowed_values=list(BUS_CHANNEL)),
        C("insurance_fee_lak", "int", "money.amount", description="Passenger insurance fee in kip"),
        C("return_ticket", "bool", "flag.boolean", description="Part of a return booking"),
    ]
    p.key_src, p.key_tgt = ["ເລກທີປີ້"], ["ticket_no"]
    p.m("ticket_no", "ເລກທີປີ້", "type_cast")
    p.m("sold_at", "ວັນທີຂາຍ", "date_format")
    p.m("departure_at", ["ວັນທີເດີນທາງ", "ເວລາອອກ"], "compose")
    p.m("origin_code", "ເສັ້ນທາງ", "decompose")
    p.m("destination_code", "ເສັ້ນທາງ", "decompose")
    p.m("passenger_first_name", "ຊື່ ແລະ ນາມສະກຸນ", "decompose")
    p.m("passenger_last_name", "ຊື່ ແລະ ນາມສະກຸນ", "decompose")
    p.m("passenger_gender", "ຊື່ ແລະ ນາມສະກຸນ", "value_map")
    p.m("nationality", "ສັນຊາດ", "value_map")
    p.m("phone_e164", "ເບີໂທ", "reformat")
    p.m("seat_no", "ເລກບ່ອນນັ່ງ", "type_cast")
    p.m("bus_class", "ປະເພດລົດ", "value_map")
    p.m("fare_lak", "ຄ່າປີ້", "type_cast")
    p.m("luggage_kg", "ນ້ຳໜັກເຄື່ອງ", "unit")
    p.m("status", "ສະຖານະ", "value_map")
    p.m("sales_channel", "ຊ່ອງທາງຈອງ", "value_map")
    p.m("insurance_fee_lak", [], "unmapped")
    p.m("return_ticket", [], "unmapped")
    sellers = ["ນາງ ແສງດາວ", "ທ້າວ ບຸນທັນ", "ນ. ອາລຸນີ", "ທ. ວັນໄຊ"]
    notes = ["", "", "", "ຂໍບ່ອນນັ່ງໜ້າ", "ມີເດັກນ້ອຍ 1 ຄົນ", "ຈ່າຍຜ່ານ BCEL", "ລົດອອກຊ້າ 30 ນາທີ", "ໂທຢືນຢັນແລ້ວ"]
    plates = ["ກກ 5123", "ກຂ 2841", "ຂງ 7730", "ນວ 1046", "ກຄ 3390"]

    def row(rng: random.Random, i: int):
        tno = 45100 + i * 7 + rng.randrange(7)
        o, de, base = rng.choice(ROUTES_LA)
        if rng.random() < 0.3:
            o, de = de, o
        cls = wpick(rng, ["VIP", "SLEEPER", "STANDARD", "MINIVAN"], [3, 2, 3, 2])
        dep_d = gc.rand_date(rng, dt.date(2023, 11, 1), dt.date(2024, 4, 30))
        dep_t = dt.time(rng.choice([6, 7, 8, 9, 10, 13, 17, 19, 20]) if cls != "SLEEPER" else rng.choice([19, 20, 21]),
                        rng.choice([0, 0, 30, 15, 45]))
        sold = dt.datetime.combine(dep_d - dt.timedelta(days=rng.randrange(0, 9)),
                                   dt.time(rng.randint(6, 20), rng.randrange(60), rng.randrange(60)))
        ss = rng.randrange(4)
        if ss == 0:
            sold_s = f"{sold.year + 543}-{sold.month:02d}-{sold.day:02d} {sold.hour:02d}:{sold.minute:02d}"
            sold = sold.replace(second=0)
        elif ss == 1:
            sold_s = sold.strftime("%Y-%m-%d %H:%M:%S")
        elif ss == 2:
            sold_s = f"{sold.day:02d}/{sold.month:02d}/{sold.year + 543} {sold.hour:02d}:{sold.minute:02d}"
            sold = sold.replace(second=0)
        else:
            sold_s = sold.strftime("%d/%m/%Y %H:%M:%S")
        # route
        rs = rng.randrange(5)
        if rs == 0:
            route = f"{rng.choice(STATIONS_LA[o][0])} - {rng.choice(STATIONS_LA[de][0])}"
        elif rs == 1:
            route = f"{rng.choice(STATIONS_LA[o][0])}-{rng.choice(STATIONS_LA[de][0])}"
        elif rs == 2:
            route = f"{o}-{de}"
        elif rs == 3:
            route = f"{rng.choice(STATIONS_LA[o][1])} - {rng.choice(STATIONS_LA[de][1])}"
        else:
            route = f"{rng.choice(STATIONS_LA[o][0])} → {rng.choice(STATIONS_LA[de][0])}"
        # passenger
        nat = wpick(rng, ["LA", "TH", "GB", "DE", "FR"], [70, 10, 7, 7, 6])
        sex = rng.choice("MF")
        if nat == "LA":
            first = rng.choice(LAO_MALE if sex == "M" else LAO_FEMALE)
            last = rng.choice(LAO_FAMILY)
            if sex == "M":
                title, gender = wpick(rng, [("ທ້າວ ", "M"), ("ທ້າວ", "M"), ("ທ. ", "M"), ("", None), ("ທ່ານ ", None)],
                                      [4, 2, 2, 2, 1])
            else:
                title, gender = wpick(rng, [("ນາງ ", "F"), ("ນາງ", "F"), ("ນ. ", "F"), ("", None),
                                            ("ທ່ານນາງ ", "F"), ("ທ່ານ ", None)], [4, 2, 2, 2, 1, 1])
            name = f"{title}{first} {last}"
        else:
            m_, f_, fam = FOREIGN[nat]
            first = rng.choice(m_ if sex == "M" else f_)
            last = rng.choice(fam)
            if sex == "M":
                title, gender = wpick(rng, [("Mr. ", "M"), ("Mr ", "M"), ("MR ", "M"), ("", None)], [3, 2, 1, 1])
            else:
                title, gender = wpick(rng, [("Ms. ", "F"), ("Mrs ", "F"), ("MS ", "F"), ("", None)], [3, 2, 1, 1])
            name = f"{title}{first} {last}"
            if title.isupper() and title:
                name = name.upper()
        nat_s = rng.choice(NAT_VARIANTS[nat])
        # phone
        if rng.random() < 0.1:
            tel, e164 = "", None
        elif nat == "LA":
            n8 = rng.choice("2579") + gc.digits(rng, 7)
            e164 = f"+85620{n8}"
            tel = pick(rng, [f"020 {n8[:4]} {n8[4:]}", f"+856 20 {n8[:4]} {n8[4:]}", f"020{n8}",
                             f"856 20 {n8[:2]} {n8[2:5]} {n8[5:]}", f"(+856) 20-{n8[:4]}-{n8[4:]}", f"20 {n8[:4]} {n8[4:]}",
                             to_digits(f"020 {n8[:4]} {n8[4:]}", LAO_DIG)])
        elif nat == "TH":
            n9 = rng.choice("689") + gc.digits(rng, 8)
            e164 = f"+66{n9}"
            tel = pick(rng, [f"+66 {n9[:2]} {n9[2:5]} {n9[5:]}", f"+66{n9}", f"+66-{n9[:2]}-{n9[2:5]}-{n9[5:]}"])
        else:
            while True:
                tel, e164 = mc.phone(rng, nat, mobile=True)
                if tel.startswith("+"):
                    break
        # seat
        seat = rng.randint(1, 15 if cls == "MINIVAN" else 40)
        seat_s = pick(rng, [str(seat), f"{seat:02d}", to_digits(str(seat), LAO_DIG), f"No.{seat}", f"ບ່ອນ {seat}"])
        # fare
        fare = int(round(base * CLASS_FACTOR[cls] / 10000) * 10000)
        fs = rng.randrange(7)
        fare_s = [f"{thousands(fare, '.')} ກີບ", f"{thousands(fare, ',')} LAK", f"₭{thousands(fare, ',')}", str(fare),
                  f"{fare // 1000} ພັນ", to_digits(f"{thousands(fare, '.')} ກີບ", LAO_DIG), f"{thousands(fare, '.')} ₭"][fs]
        # luggage
        lr = rng.random()
        if lr < 0.35 or cls == "MINIVAN" and lr < 0.6:
            bag_s, bag = "", None
        elif lr < 0.45:
            bag_s, bag = pick(rng, ["ບໍ່ມີ", "-"]), None
            if bag_s == "ບໍ່ມີ":
                bag = q(0, 1)
        else:
            kg = D(rng.randint(5, 40)) + (D("0.5") if rng.random() < 0.2 else 0)
            kg_s = f"{kg}".replace(".", ",") if rng.random() < 0.5 else f"{kg}"
            bag_s = pick(rng, [f"{kg_s} kg", f"{kg_s} ກິໂລ", f"{kg_s}kg", f"{kg_s} ກລ", to_digits(f"{kg_s} ກິໂລ", LAO_DIG)])
            bag = q(kg, 1)
        st = wpick(rng, list(BUS_STATUS), [5, 2, 4, 1])
        ch = wpick(rng, list(BUS_CHANNEL), [5, 2, 2, 1])
        tno_s = pick(rng, [f"{tno:06d}", f"TK-{tno:06d}", to_digits(f"{tno:06d}", LAO_DIG), f"No.{tno}"])
        s = dict(zip(S, [str(i + 1), tno_s, sold_s, lao_date(rng, dep_d), lao_time(rng, dep_t), route, name, nat_s, tel,
                         seat_s, rng.choice(BUS_CLASS[cls]), fare_s, bag_s, rng.choice(BUS_STATUS[st]),
                         rng.choice(BUS_CHANNEL[ch]), rng.choice(plates), rng.choice(sellers), rng.choice(notes)]))
        if nat != "LA":
            first_t, last_t = mc.title_name(first), mc.title_name(last)
        else:
            first_t, last_t = first, last
        t = {"ticket_no": tno, "sold_at": sold.isoformat(), "departure_at": dt.datetime.combine(dep_d, dep_t).isoformat(),
             "origin_code": o, "destination_code": de, "passenger_first_name": first_t, "passenger_last_name": last_t,
             "passenger_gender": gender, "nationality": nat, "phone_e164": e164, "seat_no": seat, "bus_class": cls,
             "fare_lak": fare, "luggage_kg": bag, "status": st, "sales_channel": ch}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 2. Estonian timber sale acts -> wide target (seed 13132)
# =============================================================================================
ET_MONTH = ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
            "november", "detsember"]
ET_MALE = ["Mart", "Jaan", "Tõnu", "Priit", "Rein", "Ülo", "Arvo", "Indrek", "Margus", "Heino", "Kalju", "Siim"]
ET_FEMALE = ["Mari", "Kadri", "Tiiu", "Ene", "Liis", "Maie", "Reet", "Külli", "Anneli", "Helju", "Piret"]
ET_FAMILY = ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel", "Lepik", "Õunapuu",
             "Kõiv", "Jõgi", "Vähi", "Põder", "Kütt", "Laur"]
ET_COUNTY = {"Harjumaa": ["Harjumaa", "Harju maakond", "Harju mk", "HARJUMAA"],
             "Tartumaa": ["Tartumaa", "Tartu maakond", "Tartu mk", "TARTUMAA"],
             "Võrumaa": ["Võrumaa", "Võru maakond", "VÕRUMAA", "Vorumaa"],
             "Pärnumaa": ["Pärnumaa", "Pärnu maakond", "Pärnu mk", "Parnumaa"],
             "Ida-Virumaa": ["Ida-Virumaa", "Ida-Viru maakond", "Ida-Viru mk", "IDA-VIRUMAA"],
             "Lääne-Virumaa": ["Lääne-Virumaa", "Lääne-Viru maakond", "L-Virumaa"],
             "Raplamaa": ["Raplamaa", "Rapla maakond", "Rapla mk"],
             "Saaremaa": ["Saaremaa", "Saare maakond", "SAAREMAA"]}
ET_COUNTY_CODE = {"Harjumaa": "784", "Tartumaa": "793", "Võrumaa": "919", "Pärnumaa": "624", "Ida-Virumaa": "252",
                  "Lääne-Virumaa": "901", "Raplamaa": "668", "Saaremaa": "714"}
ET_SPECIES = {"pine": ["MA", "mänd", "Mänd", "MÄND"], "spruce": ["KU", "kuusk", "Kuusk"],
              "birch": ["KS", "kask", "Kask"], "aspen": ["HB", "haab", "Haab"],
              "black_alder": ["LM", "sanglepp", "Sanglepp"], "grey_alder": ["LV", "hall lepp", "Hall lepp"]}
ET_ASSORT = {"sawlog": ["palk", "Palk", "saepalk"], "small_sawlog": ["peenpalk", "Peenpalk"],
             "pulpwood": ["paberipuu", "Paberipuit", "PP"], "firewood": ["küttepuu", "Küttepuit", "KP"],
             "chipwood": ["hakkepuit", "Hakkepuu"]}
ET_PRICE = {"sawlog": (62, 95), "small_sawlog": (50, 70), "pulpwood": (38, 55), "firewood": (30, 45),
            "chipwood": (18, 28)}
ET_METHOD = {"harvester": ["harvesteri mõõtmine", "Harvester", "harvester"],
             "stack": ["virnamõõtmine", "Virnamõõt", "virna mõõtmine"],
             "mill": ["tehase mõõtmine", "saeveski mõõtmine", "Tehas"],
             "photo": ["fotomõõtmine", "Foto (Timbeter)"]}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def ee_isikukood(rng: random.Random, sex: str, birth: dt.date) -> str:
    first = (3 if birth.year < 2000 else 5) + (sex == "F")
    body = f"{first}{birth:%y%m%d}{rng.randrange(1000):03d}"
    w1, w2 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    c = sum(int(a) * b for a, b in zip(body, w1)) % 11
    if c == 10:
        c = sum(int(a) * b for a, b in zip(body, w2)) % 11
        if c == 10:
            c = 0
    return body + str(c)


def pair_timber_et() -> Pair:
    p = Pair(SPLIT, "metsamaterjal_et_to_timber_sale_wide",
             "Estonian timber sale acts (private forest owner -> sawmill), Estonian headers, to a wide timber "
             "transaction schema with many unmapped columns",
             "timber_sale", 150, 13132)
    S = ["Jrk", "Akti nr", "Akti kuupäev", "Müüja eesnimi", "Müüja perenimi", "Isikukood", "Telefon", "E-post",
         "Arveldusarve", "Katastritunnus", "Kinnistu", "Maakond", "Puuliik", "Sortiment", "Kogus", "Ühik",
         "Ühiku hind", "Summa", "Käibemaks", "Veoseleht", "Vedaja", "Auto reg nr", "Raie periood", "Mõõtmisviis",
         "Metsateatis", "Koostaja", "Märkused", "Muudetud"]
    p.src_cols = S
    mapped = [
        C("seller_name", "string", "person.full_name", description="Seller first + last name, title case"),
        C("act_date", "date", "datetime.date", description="Date of the handover act (Excel serials converted)"),
        C("seller_personal_code", "string", "id.national_id", regex=r"^[1-6]\d{10}$",
          description="Estonian isikukood, 11 digits"),
        C("seller_birth_date", "date", "person.date_of_birth", description="Derived from the isikukood"),
        C("seller_phone", "string", "contact.phone", description="E.164 (+372...)"),
        C("seller_email", "string", "contact.email", description="Lower case"),
        C("seller_iban", "string", "id.iban", description="IBAN without spaces"),
        C("cadastral_unit", "string", "id.record_id", regex=r"^\d{5}:\d{3}:\d{4}$",
          description="Cadastral unit identifier AAAAA:BBB:CCCC"),
        C("property_name", "string", "text.title", description="Registered property (kinnistu) name"),
        C("county", "string", "address.state_province", allowed_values=list(ET_COUNTY),
          description="County, canonical one-word form (Harjumaa ...)"),
        C("species", "string", "text.category", allowed_values=list(ET_SPECIES)),
        C("assortment", "string", "text.category", allowed_values=list(ET_ASSORT)),
        C("volume_m3", "decimal", "qty.volume",
          description="Solid cubic metres, 3 decimals; stacked metres (rm) x 0.65"),
        C("price_eur_per_m3", "decimal", "money.unit_price",
          description="EUR per solid m3, 2 decimals; a price per rm is divided by 0.65"),
        C("net_amount_eur", "decimal", "money.amount", description="Amount without VAT, 2 decimals"),
        C("vat_rate", "decimal", "qty.percentage",
          description="VAT rate as a fraction (0.22); 0.00 when the seller charges no VAT; null under reverse charge"),
        C("reverse_charge", "bool", "flag.boolean", description="True when VAT is reverse-charged (pöördmaksustamine)"),
        C("waybill_no", "string", "id.tracking_number", description="Waybill (veoseleht) number as printed"),
        C("carrier_name", "string", "org.company_name"),
        C("truck_plate", "string", "id.license_plate", description="Upper case, no spaces"),
        C("felling_month", "string", "datetime.month", regex=r"^\d{4}-\d{2}$", description="YYYY-MM"),
        C("measurement_method", "string", "text.category", allowed_values=list(ET_METHOD)),
        C("forest_notification_no", "int", "id.record_id", description="Forest notification (metsateatis) number"),
    ]
    unm = [
        C("buyer_registry_code", "string", "id.record_id"), C("buyer_name", "string", "org.company_name"),
        C("contract_no", "string", "id.record_id"), C("contract_date", "date", "datetime.date"),
        C("invoice_no", "string", "id.invoice_number"), C("invoice_date", "date", "datetime.date"),
        C("payment_due_date", "date", "datetime.date"), C("paid_on", "date", "datetime.date"),
        C("currency_code", "string", "iso.currency_code"), C("stand_no", "int", "qty.count"),
        C("compartment_no", "string", "id.record_id"), C("forest_district", "string", "address.city"),
        C("latitude", "decimal", "geo.latitude"), C("longitude", "decimal", "geo.longitude"),
        C("certification_scheme", "string", "text.category", allowed_values=["FSC", "PEFC", "none"]),
        C("certificate_code", "string", "id.record_id"), C("fsc_claim", "string", "text.category"),
        C("diameter_class", "string", "text.category"), C("log_length_m", "decimal", "qty.length"),
        C("avg_top_diameter_cm", "decimal", "qty.length"), C("quality_grade", "string", "text.category"),
        C("bark_deduction_pct", "decimal", "qty.percentage"), C("moisture_pct", "decimal", "qty.percentage"),
        C("loading_point", "string", "text.description"), C("unloading_point", "string", "text.description"),
        C("haul_distance_km", "decimal", "qty.length"), C("gross_amount_eur", "decimal", "money.amount"),
        C("vat_amount_eur", "decimal", "money.tax_amount"), C("seller_vat_number", "string", "id.vat_number"),
        C("seller_registry_code", "string", "id.record_id"), C("harvest_contractor", "string", "org.company_name"),
        C("felling_type", "string", "text.category"), C("stand_age_years", "int", "person.age"),
        C("site_index", "string", "text.category"),
    ]
    key_col = C("act_no", "int", "id.record_id", key=True, nullable=False, description="Act number as an integer")
    rest = mapped + unm
    p.rng.shuffle(rest)
    p.tgt_cols = [key_col] + rest
    p.key_src, p.key_tgt = ["Akti nr"], ["act_no"]
    p.m("act_no", "Akti nr", "type_cast")
    p.m("act_date", "Akti kuupäev", "date_format")
    p.m("seller_name", ["Müüja eesnimi", "Müüja perenimi"], "compose")
    p.m("seller_personal_code", "Isikukood", "reformat")
    p.m("seller_birth_date", "Isikukood", "decompose")
    p.m("seller_phone", "Telefon", "reformat")
    p.m("seller_email", "E-post", "reformat")
    p.m("seller_iban", "Arveldusarve", "reformat")
    p.m("cadastral_unit", "Katastritunnus", "reformat")
    p.m("property_name", "Kinnistu", "atomic")
    p.m("county", "Maakond", "value_map")
    p.m("species", "Puuliik", "value_map")
    p.m("assortment", "Sortiment", "value_map")
    p.m("volume_m3", ["Kogus", "Ühik"], "unit")
    p.m("price_eur_per_m3", ["Ühiku hind", "Ühik"], "unit")
    p.m("net_amount_eur", "Summa", "reformat")
    p.m("vat_rate", "Käibemaks", "value_map")
    p.m("reverse_charge", "Käibemaks", "value_map")
    p.m("waybill_no", "Veoseleht", "atomic")
    p.m("carrier_name", "Vedaja", "atomic")
    p.m("truck_plate", "Auto reg nr", "reformat")
    p.m("felling_month", "Raie periood", "date_format")
    p.m("measurement_method", "Mõõtmisviis", "value_map")
    p.m("forest_notification_no", "Metsateatis", "type_cast")
    for c in unm:
        p.m(c["name"], [], "unmapped")
    carriers = ["Metsavedu OÜ", "Palgiauto AS", "Lõuna Transport OÜ", "Kase ja Kuuse Vedu OÜ", "Virumaa Logistika AS"]
    props = ["Metsa-Jaani", "Kuuse", "Vana-Tõnise", "Laane", "Männiku", "Kivi-Peetri", "Soovälja", "Ojaveere",
             "Ülejõe", "Kaasiku", "Rebase", "Tammiku"]
    makers = ["Kadri Saar", "Indrek Pärn", "Tiiu Lepik"]
    remarks = ["", "", "", "osaliselt mädanik", "virn teeääres", "ootab mõõtmist", "Laadimine 2 korda",
               "vt. e-kiri 12.03"]
    doms = ["gmail.com", "hot.ee", "mail.ee", "online.ee", "neti.ee"]

    def row(rng: random.Random, i: int):
        act = 120 + i * 3 + rng.randrange(3)
        act_d = gc.rand_date(rng, dt.date(2024, 1, 8), dt.date(2024, 11, 29))
        year = act_d.year
        act_s = pick(rng, [f"MA-{year}/{act:04d}", f"{act:04d}/{year % 100}", str(act), f"Akt nr {act}"])
        ds = rng.randrange(6)
        act_date_s = [f"{act_d.day}.{act_d.month:02d}.{year}", act_d.strftime("%d.%m.%Y"),
                      f"{act_d.day}. {ET_MONTH[act_d.month - 1]} {year}", act_d.isoformat(), excel_serial(act_d),
                      act_d.strftime("%d.%m.%Y")][ds]
        sex = rng.choice("MF")
        first = rng.choice(ET_MALE if sex == "M" else ET_FEMALE)
        last = rng.choice(ET_FAMILY)
        birth = gc.rand_date(rng, dt.date(1942, 1, 1), dt.date(1998, 12, 31))
        ik = ee_isikukood(rng, sex, birth)
        ik_s = pick(rng, [ik, ik, f"IK {ik}", f" {ik}", f"isikukood: {ik}"])
        first_s = first if rng.random() < 0.8 else first.upper()
        last_s = pick(rng, [last, last, last.upper()])
        n = rng.choice("5") + gc.digits(rng, rng.choice([6, 7]))
        tel_s = pick(rng, [f"+372 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}", n, f"+372{n}", f"00372 {n}"])
        if rng.random() < 0.08:
            tel_s, tel = "", None
        else:
            tel = f"+372{n}"
        mail = gc.email_for(rng, first, last, doms)
        mail_s = pick(rng, [mail, mail, mail.capitalize(), mail.upper() if rng.random() < 0.3 else mail])
        if rng.random() < 0.12:
            mail_s, mail = "", None
        bban = rng.choice(["22", "10", "33", "77"]) + gc.digits(rng, 14)
        ib = iban_generic("EE", bban)
        ib_s = pick(rng, [gc.group4(ib), ib, gc.group4(ib).lower() if rng.random() < 0.3 else ib])
        county = rng.choice(list(ET_COUNTY))
        cad = f"{ET_COUNTY_CODE[county]}{rng.randint(10, 99)}:{rng.randint(1, 40):03d}:{rng.randint(1, 2999):04d}"
        cs = rng.randrange(3)
        cad_s = [cad, cad.replace(":", " "), cad.replace(":", "")][cs]
        species = wpick(rng, list(ET_SPECIES), [5, 5, 4, 2, 1, 2])
        if species in ("pine", "spruce"):
            assort = wpick(rng, ["sawlog", "small_sawlog", "pulpwood", "chipwood"], [4, 2, 3, 1])
        else:
            assort = wpick(rng, ["sawlog", "pulpwood", "firewood", "chipwood"], [1, 3, 3, 2])
        stacked = assort in ("pulpwood", "firewood", "chipwood") and rng.random() < 0.5
        qty = D(rng.randint(5000, 95000)) / 1000 if not stacked else D(rng.randint(80, 1200)) / 10
        unit_s = pick(rng, ["rm", "RM", "ruumimeeter"]) if stacked else pick(rng, ["tm", "m³", "m3", "tihumeeter"])
        lo, hi = ET_PRICE[assort]
        ppm3 = D(rng.randint(lo * 100, hi * 100)) / 100
        price_src = D(q(ppm3 * D("0.65"), 2)) if stacked else ppm3
        amount = D(q(qty * price_src, 2))
        vol_t = q(qty * D("0.65"), 3) if stacked else q(qty, 3)
        price_t = q(price_src / D("0.65"), 2) if stacked else q(price_src, 2)
        qty_s = pick(rng, [f"{qty}".replace(".", ","), f"{qty}".replace(".", ","), str(qty)])
        pu = "rm" if stacked else "tm"
        price_s = pick(rng, [f"{mc.eu(price_src)} €/{pu}", mc.eu(price_src), f"€ {price_src}", f"{mc.eu(price_src)} €"])
        amt_s = pick(rng, [mc.eu(amount, 2, NBSP), mc.eu(amount, 2, " "), f"{mc.eu(amount, 2, NBSP)} €",
                           mc.eu(amount, 2, "")])
        vr = rng.random()
        if vr < 0.45:
            vat_s, vat, rc = pick(rng, ["22%", "22 %", "0,22", "KM 22%"]), "0.22", False
        elif vr < 0.8:
            vat_s, vat, rc = pick(rng, ["pöördmaksustamine", "Pöördmaks", "KMS § 41¹ pöördmaks"]), None, True
        else:
            vat_s, vat, rc = pick(rng, ["KM-ta", "ei ole KMKR", "0%"]), "0.00", False
        wb = f"VL-{year % 100}-{rng.randint(1000, 9999):05d}"
        plate = f"{rng.randint(100, 999)}{''.join(rng.choice('ABCDEFGHJKLMNPRSTV') for _ in range(3))}"
        plate_s = pick(rng, [f"{plate[:3]} {plate[3:]}", plate, plate.lower(), f"{plate[:3]} {plate[3:]}".lower()])
        fm = act_d - dt.timedelta(days=rng.randint(5, 120))
        fm_s = pick(rng, [f"{fm.month:02d}.{fm.year}", f"{ET_MONTH[fm.month - 1]} {fm.year}", f"{fm.year}/{fm.month:02d}",
                          f"{ROMAN[fm.month - 1]} {fm.year}"])
        method = ("stack" if stacked else wpick(rng, ["harvester", "mill", "photo"], [5, 3, 1]))
        mt = rng.randint(3_000_000_000, 3_999_999_999)
        mt_s = pick(rng, [str(mt), f"nr {mt}", f"{mt:,}".replace(",", " ")])
        mod = dt.datetime.combine(act_d, dt.time(rng.randint(7, 18), rng.randrange(60))) + dt.timedelta(days=rng.randint(0, 6))
        s = dict(zip(S, [str(i + 1), act_s, act_date_s, first_s, last_s, ik_s, tel_s, mail_s, ib_s, cad_s,
                         rng.choice(props), rng.choice(ET_COUNTY[county]), rng.choice(ET_SPECIES[species]),
                         rng.choice(ET_ASSORT[assort]), qty_s, unit_s, price_s, amt_s, vat_s, wb, rng.choice(carriers),
                         plate_s, fm_s, rng.choice(ET_METHOD[method]), mt_s, rng.choice(makers), rng.choice(remarks),
                         mod.strftime("%d.%m.%Y %H:%M")]))
        t = {"act_no": act, "act_date": act_d.isoformat(), "seller_name": f"{first} {last}",
             "seller_personal_code": ik, "seller_birth_date": birth.isoformat(), "seller_phone": tel,
             "seller_email": mail.lower() if mail else None, "seller_iban": ib, "cadastral_unit": cad,
             "property_name": s["Kinnistu"], "county": county, "species": species, "assortment": assort,
             "volume_m3": vol_t, "price_eur_per_m3": price_t, "net_amount_eur": q(amount, 2), "vat_rate": vat,
             "reverse_charge": rc, "waybill_no": wb, "carrier_name": s["Vedaja"], "truck_plate": plate,
             "felling_month": f"{fm.year}-{fm.month:02d}", "measurement_method": method, "forest_notification_no": mt}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 3. Sinhala tea auction catalogue results (seed 13133)
# =============================================================================================
SI_MONTH = ["ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්‍රේල්", "මැයි", "ජූනි", "ජූලි", "අගෝස්තු", "සැප්තැම්බර්",
            "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්"]
SI_ESTATES = {  # canonical mark -> (variants, elevation)
    "KUDA OYA": (["Kuda Oya", "KUDA OYA", "කුඩා ඔය", "Kuda-Oya Estate"], "HIGH"),
    "MAHAGALA": (["Mahagala", "MAHAGALA", "මහගල", "Mahagala Est."], "HIGH"),
    "SUDU KANDA": (["Sudu Kanda", "SUDUKANDA", "සුදු කන්ද"], "HIGH"),
    "DIYA KANDA": (["Diya Kanda", "DIYA KANDA", "දිය කන්ද"], "MEDIUM"),
    "MALWATTE": (["Malwatte", "MALWATTE", "මල්වත්ත", "Malwatta"], "MEDIUM"),
    "RANWALA": (["Ranwala", "RANWALA", "රන්වල"], "LOW"),
    "GALBODA": (["Galboda", "GALBODA", "ගල්බොඩ", "Galboda Estate"], "LOW"),
    "HEWA ELLA": (["Hewa Ella", "HEWAELLA", "හේවා ඇල්ල"], "LOW"),
}
SI_ELEV = {"HIGH": ["උඩරට", "High Grown", "HG", "High"], "MEDIUM": ["මැදරට", "Mid Grown", "MG", "Medium"],
           "LOW": ["පහතරට", "Low Grown", "LG", "Low"]}
SI_GRADES = {"BOP": ["BOP", "B.O.P.", "bop"], "BOPF": ["BOPF", "B.O.P.F.", "Bopf", "bopf"],
             "OP": ["OP", "O.P."], "OP1": ["OP1", "OP 1", "O.P.1"], "FBOP": ["FBOP", "F.B.O.P."],
             "PEKOE": ["PEKOE", "Pekoe", "PEK"], "DUST1": ["DUST1", "Dust 1", "D1", "DUST-1"], "FF": ["FF", "F.F."]}
SI_STATUS = {"SOLD": ["විකිණිණි", "විකුණා ඇත", "Sold", "SOLD"], "UNSOLD": ["නොවිකිණිණි", "Out", "OUT", "Unsold"],
             "WITHDRAWN": ["ඉවත් කරන ලදී", "W/D", "Withdrawn"]}
SI_BUYERS = {"SLE": ["Serendib Leaf Exporters (Pvt) Ltd", "SERENDIB LEAF EXPORTERS", "Serendib Leaf", "සෙරන්ඩිබ් ලීෆ්"],
             "CHT": ["Ceylon Highland Traders", "CEYLON HIGHLAND TRADERS LTD", "C. Highland Traders"],
             "LKC": ["Lanka Kettle Co.", "LANKA KETTLE COMPANY", "Lanka Kettle"],
             "RTP": ["Ruhuna Tea Packers", "RUHUNA TEA PACKERS (PVT) LTD", "රුහුණ ටී පැකර්ස්"],
             "KBH": ["Kandy Blend House", "KANDY BLEND HOUSE", "Kandy Blend Hse"]}
SI_BROKERS = {"LPB": ["Lotus Produce Brokers", "LOTUS PRODUCE BROKERS (PVT) LTD", "Lotus Brokers"],
              "CMB": ["Colombo Mercantile Brokers", "COLOMBO MERCANTILE", "Col. Mercantile Brokers"],
              "ITB": ["Island Tea Brokers", "ISLAND TEA BROKERS LTD", "Island Brokers"]}


def pair_tea_si() -> Pair:
    p = Pair(SPLIT, "tey_vendesiya_si_to_tea_auction_lot",
             "Colombo tea auction results, Sinhala headers: lots per weekly sale, packages x kg per package, "
             "valuation ranges, rupee prices, prompt dates without a year",
             "tea_auction_lot", 180, 13133)
    S = ["අනු අංකය", "වෙන්දේසි අංකය", "වෙන්දේසි දිනය", "ලොට් අංකය", "වත්ත", "උන්නතාංශය", "ශ්‍රේණිය", "පැකේජ ගණන",
         "පැකේජයක බර (kg)", "තක්සේරු මිල", "විකුණුම් මිල (රු./kg)", "තත්ත්වය", "ගැනුම්කරු", "තැරැව්කරු",
         "ගෙවීම් දිනය", "ගබඩාව", "සටහන්"]
    p.src_cols = S
    p.tgt_cols = [
        C("auction_date", "date", "datetime.date", key=True, nullable=False),
        C("lot_no", "int", "id.record_id", key=True, nullable=False, description="Lot number within the sale"),
        C("sale_no", "int", "qty.count", description="Sale number within the calendar year"),
        C("estate_mark", "string", "text.product_name", allowed_values=list(SI_ESTATES),
          description="Estate mark, canonical upper-case Latin"),
        C("elevation", "string", "text.category", allowed_values=["HIGH", "MEDIUM", "LOW"]),
        C("grade", "string", "text.category", allowed_values=list(SI_GRADES)),
        C("package_count", "int", "qty.count"),
        C("net_weight_kg", "decimal", "qty.mass", description="Packages x kg per package, 1 decimal"),
        C("valuation_low_lkr", "decimal", "money.unit_price", description="Broker valuation, lower bound, LKR/kg"),
        C("valuation_high_lkr", "decimal", "money.unit_price",
          description="Broker valuation, upper bound, LKR/kg (= lower bound for a single value)"),
        C("sold_price_lkr", "decimal", "money.unit_price", description="Hammer price LKR/kg; null unless sold"),
        C("lot_value_lkr", "decimal", "money.amount", description="Net weight x sold price, 2 decimals; null unless sold"),
        C("status", "string", "status.record_status", allowed_values=list(SI_STATUS)),
        C("buyer_code", "string", "id.customer_id", allowed_values=list(SI_BUYERS),
          description="SLE Serendib Leaf Exporters, CHT Ceylon Highland Traders, LKC Lanka Kettle Co., "
                      "RTP Ruhuna Tea Packers, KBH Kandy Blend House"),
        C("broker_code", "string", "org.company_name", allowed_values=list(SI_BROKERS),
          description="LPB Lotus Produce Brokers, CMB Colombo Mercantile Brokers, ITB Island Tea Brokers"),
        C("prompt_date", "date", "datetime.date",
          description="Payment (prompt) date; the source gives day and month only: the year is the one that puts "
                      "the date after the auction (a late-December sale pays in January)"),
        C("sold_price_usd", "decimal", "money.unit_price"),
        C("invoice_no", "string", "id.invoice_number"),
    ]
    p.key_src, p.key_tgt = ["වෙන්දේසි දිනය", "ලොට් අංකය"], ["auction_date", "lot_no"]
    p.m("auction_date", "වෙන්දේසි දිනය", "date_format")
    p.m("lot_no", "ලොට් අංකය", "type_cast")
    p.m("sale_no", "වෙන්දේසි අංකය", "type_cast")
    p.m("estate_mark", "වත්ත", "value_map")
    p.m("elevation", "උන්නතාංශය", "value_map")
    p.m("grade", "ශ්‍රේණිය", "value_map")
    p.m("package_count", "පැකේජ ගණන", "type_cast")
    p.m("net_weight_kg", ["පැකේජ ගණන", "පැකේජයක බර (kg)"], "compose")
    p.m("valuation_low_lkr", "තක්සේරු මිල", "decompose")
    p.m("valuation_high_lkr", "තක්සේරු මිල", "decompose")
    p.m("sold_price_lkr", "විකුණුම් මිල (රු./kg)", "reformat")
    p.m("lot_value_lkr", ["පැකේජ ගණන", "පැකේජයක බර (kg)", "විකුණුම් මිල (රු./kg)"], "compose")
    p.m("status", "තත්ත්වය", "value_map")
    p.m("buyer_code", "ගැනුම්කරු", "value_map")
    p.m("broker_code", "තැරැව්කරු", "value_map")
    p.m("prompt_date", ["ගෙවීම් දිනය", "වෙන්දේසි දිනය"], "compose")
    p.m("sold_price_usd", [], "unmapped")
    p.m("invoice_no", [], "unmapped")
    # weekly Tuesday sales, Oct 2024 - Feb 2025, ~9 lots each
    tuesdays = []
    d0 = dt.date(2024, 10, 1)
    while d0 <= dt.date(2025, 2, 25):
        tuesdays.append(d0)
        d0 += dt.timedelta(days=7)

    def sale_no(d: dt.date) -> int:
        first_tue = dt.date(d.year, 1, 1)
        while first_tue.weekday() != 1:
            first_tue += dt.timedelta(days=1)
        return (d - first_tue).days // 7 + 1

    warehouses = ["Peliyagoda Stores", "Kelaniya WH 3", "Wattala Tea Stores", "Orugodawatta"]
    notes = ["", "", "", "", "නියැදි යවන ලදී", "Re-print", "තෙතමනය වැඩියි", "Ex-estate", "Bulk lot"]
    lots_per_sale = 180 // len(tuesdays) + 1

    def row(rng: random.Random, i: int):
        if i < 1000:
            auc = tuesdays[min(i // lots_per_sale, len(tuesdays) - 1)]
            lot = 1000 + (i % lots_per_sale) * 12 + rng.randrange(1, 12)
        else:
            auc = dt.date(2024, 9, 17) - dt.timedelta(days=7 * (i - 1000 - 180))
            lot = 2000 + i
        sn = sale_no(auc)
        ds = rng.randrange(5)
        auc_s = [auc.strftime("%Y.%m.%d"), auc.strftime("%d/%m/%Y"), f"{auc.day:02d}-{mc.EN_MON[auc.month - 1]}-{auc:%y}",
                 f"{auc.year} {SI_MONTH[auc.month - 1]} {auc.day:02d}", auc.isoformat()][ds]
        sn_s = pick(rng, [str(sn), f"Sale {sn}", f"{sn}/{auc.year}", f"අංක {sn}"])
        lot_s = pick(rng, [str(lot), f"L{lot}", f"{lot:05d}"])
        est = rng.choice(list(SI_ESTATES))
        variants, elev = SI_ESTATES[est]
        grade = wpick(rng, list(SI_GRADES), [4, 4, 2, 2, 2, 2, 2, 1])
        pk = rng.randint(8, 45)
        per = D(rng.choice([20, 25, 30, 35, 40, 45, 50, 35.5, 42.5]))
        pk_s = pick(rng, [str(pk), f"{pk} pkgs", f"{pk} ඇසුරුම්"])
        per_s = pick(rng, [f"{per.normalize():f}", f"{per.normalize():f} kg", f"{per:.1f}"])
        base = {"HIGH": 1250, "MEDIUM": 1100, "LOW": 1350}[elev] + rng.randint(-150, 250)
        vlo = base // 10 * 10
        single = rng.random() < 0.25
        vhi = vlo if single else vlo + rng.choice([20, 50, 100])
        if single:
            val_s = pick(rng, [us_int(vlo), f"Rs. {vlo}", f"{vlo}/="])
        else:
            val_s = pick(rng, [f"{us_int(vlo)}-{us_int(vhi)}", f"Rs. {vlo} - {vhi}", f"{vlo} - {vhi}", f"{us_int(vlo)} – {us_int(vhi)}"])
        st = wpick(rng, list(SI_STATUS), [7, 2, 1])
        if st == "SOLD":
            price = D(vlo + rng.randint(-60, 140)) + (D("0.50") if rng.random() < 0.15 else 0)
            ps = rng.randrange(5)
            price_s = [f"Rs. {mc.us(price)}", f"{mc.us(price)}/=", f"රු. {price.normalize():f}", f"LKR {price:.2f}",
                       f"{price:.2f}"][ps]
            buyer = rng.choice(list(SI_BUYERS))
            buyer_s = rng.choice(SI_BUYERS[buyer])
            net = D(pk) * per
            value = q(net * price, 2)
            price_t = q(price, 2)
        else:
            price_s, buyer, buyer_s, value, price_t = "", None, "", None, None
            if st == "UNSOLD" and rng.random() < 0.3:
                price_s = "-"
        net_t = q(D(pk) * per, 1)
        broker = rng.choice(list(SI_BROKERS))
        prompt = auc + dt.timedelta(days=13)
        pr_s = pick(rng, [f"{prompt.day:02d}/{prompt.month:02d}", f"{prompt.day}-{mc.EN_MON[prompt.month - 1]}",
                          f"{prompt.day} {SI_MONTH[prompt.month - 1]}"])
        s = dict(zip(S, [str(i + 1), sn_s, auc_s, lot_s, rng.choice(variants), rng.choice(SI_ELEV[elev]),
                         rng.choice(SI_GRADES[grade]), pk_s, per_s, val_s, price_s, rng.choice(SI_STATUS[st]), buyer_s,
                         rng.choice(SI_BROKERS[broker]), pr_s, rng.choice(warehouses), rng.choice(notes)]))
        t = {"auction_date": auc.isoformat(), "lot_no": lot, "sale_no": sn, "estate_mark": est, "elevation": elev,
             "grade": grade, "package_count": pk, "net_weight_kg": net_t, "valuation_low_lkr": q(vlo, 2),
             "valuation_high_lkr": q(vhi, 2), "sold_price_lkr": price_t, "lot_value_lkr": value, "status": st,
             "buyer_code": buyer, "broker_code": broker, "prompt_date": prompt.isoformat()}
        return s, t

    p.row = row
    return p


def us_int(n: int) -> str:
    return f"{n:,}"


# =============================================================================================
# 4. GS1 application identifiers (Slovenian DC goods receipt) (seed 13134)
# =============================================================================================
SL_STATUS = {"ACCEPTED": ["Prevzeto", "OK", "prevzeto", "Sprejeto"],
             "REJECTED": ["Zavrnjeno", "ZAVRNJENO", "Vrnjeno dobavitelju"],
             "QUARANTINE": ["Karantena", "V karanteni", "KAR"],
             "DAMAGED": ["Poškodovano", "Poškodovana paleta", "POŠK."]}
SL_SUPPLIERS = [("Mlekarna Savinja d.o.o.", "3830023", "chilled"), ("Pekarna Kras d.o.o.", "3830041", "ambient"),
                ("Zmrzovalnica Pohorje d.d.", "3830057", "frozen"), ("Oljarna Vipava d.o.o.", "3830068", "ambient"),
                ("Mesnine Dolenjska d.o.o.", "3830079", "chilled"), ("Sadjarstvo Bizeljsko k.z.", "3830086", "chilled")]


def pair_gs1_sl() -> Pair:
    p = Pair(SPLIT, "gs1_ai_sl_to_goods_receipt",
             "Inbound pallet scans of a Slovenian distribution centre: GS1-128 label data with GS1 Application "
             "Identifier headers ((00) SSCC, (02) content GTIN, (15)/(17) dates, (310n) weights), plus WMS columns "
             "in Slovenian",
             "goods_receipt", 170, 13134)
    S = ["Zap. št.", "(00)", "(02)", "(37)", "(10)", "(11)", "(15)", "(17)", "(3102)", "(3103)", "(3302)", "(400)",
         "(410)", "(412)", "Dobavitelj", "Prevzeto", "Rampa", "Temperatura", "Status", "Skladiščnik", "Opomba"]
    p.src_cols = S
    p.tgt_cols = [
        C("sscc", "string", "id.tracking_number", key=True, nullable=False, regex=r"^\d{18}$",
          description="Serial Shipping Container Code, 18 digits (without the AI)"),
        C("content_gtin", "string", "id.ean", regex=r"^\d{14}$", description="GTIN-14 of the contained trade items"),
        C("unit_count", "int", "qty.count", description="Number of trade items on the pallet"),
        C("batch_lot", "string", "id.sku"),
        C("production_date", "date", "datetime.date"),
        C("best_before_date", "date", "datetime.date", description="Best-before date; GS1 day 00 = last day of month"),
        C("expiry_date", "date", "datetime.date", description="Use-by date; GS1 day 00 = last day of month"),
        C("net_weight_kg", "decimal", "qty.mass", description="Net weight in kg, 3 decimals (GS1 AI 310n: n decimals)"),
        C("gross_weight_kg", "decimal", "qty.mass", description="Logistic gross weight in kg, 2 decimals"),
        C("purchase_order_no", "string", "id.order_number"),
        C("supplier_gln", "string", "id.ean", regex=r"^\d{13}$", description="GLN of the party the goods were purchased from"),
        C("supplier_name", "string", "org.company_name"),
        C("received_at", "datetime", "datetime.timestamp", description="Receipt scan time, local time (Europe/Ljubljana)"),
        C("dock_no", "int", "qty.count"),
        C("temperature_c", "decimal", "qty.temperature", description="Pallet core temperature in °C, 1 decimal"),
        C("status", "string", "status.record_status", allowed_values=list(SL_STATUS)),
        C("pallet_type", "string", "text.category", allowed_values=["EUR", "CHEP", "ONEWAY"]),
        C("storage_location", "string", "text.category"),
    ]
    p.key_src, p.key_tgt = ["(00)"], ["sscc"]
    p.m("sscc", "(00)", "reformat")
    p.m("content_gtin", "(02)", "reformat")
    p.m("unit_count", "(37)", "type_cast")
    p.m("batch_lot", "(10)", "atomic")
    p.m("production_date", "(11)", "date_format")
    p.m("best_before_date", "(15)", "date_format")
    p.m("expiry_date", "(17)", "date_format")
    p.m("net_weight_kg", ["(3102)", "(3103)"], "compose")
    p.m("gross_weight_kg", "(3302)", "type_cast")
    p.m("purchase_order_no", "(400)", "atomic")
    p.m("supplier_gln", "(412)", "atomic")
    p.m("supplier_name", "Dobavitelj", "atomic")
    p.m("received_at", "Prevzeto", "date_format")
    p.m("dock_no", "Rampa", "type_cast")
    p.m("temperature_c", "Temperatura", "unit")
    p.m("status", "Status", "value_map")
    p.m("pallet_type", [], "unmapped")
    p.m("storage_location", [], "unmapped")
    ship_to = [g + gs1_check(g) for g in ("383001200001", "383001200002", "383001200003")]
    workers = ["Marko Novak", "Jure Kranjc", "Nina Zupan", "Tadej Horvat", "Špela Kos"]
    notes = ["", "", "", "", "folija strgana", "brez dobavnice", "preveriti temp.", "2. dostava", "etiketa zamazana"]
    products: dict[str, list[str]] = {}
    for _, pref, _ in SL_SUPPLIERS:
        products[pref] = [pref + f"{k:05d}" for k in (101, 102, 215, 330, 417)]

    def row(rng: random.Random, i: int):
        sup, pref, temp_cls = rng.choice(SL_SUPPLIERS)
        body = rng.choice("0123") + pref + f"{100000 + i * 13 + rng.randrange(13):09d}"[-9:]
        sscc = body + gs1_check(body)
        ss = rng.randrange(5)
        sscc_s = [sscc, sscc, f"(00){sscc}", f"00{sscc}", f"{sscc[0]} {sscc[1:8]} {sscc[8:17]} {sscc[17]}"][ss]
        ind = "1" if rng.random() < 0.3 else "0"
        g13 = rng.choice(products[pref])
        gb = ind + g13[:12]
        gtin = gb + gs1_check(gb)
        gtin_s = gtin.lstrip("0") if ind == "0" and rng.random() < 0.5 else pick(rng, [gtin, f"(02){gtin}", gtin])
        cnt = rng.choice([24, 36, 48, 60, 72, 80, 96, 120, 144])
        cnt_s = pick(rng, [str(cnt), f"{cnt:04d}", str(cnt)])
        rec = gc.rand_ts(rng, dt.datetime(2024, 2, 1, 5, 0), dt.datetime(2024, 6, 28, 22, 0))
        prod = rec.date() - dt.timedelta(days=rng.randint(1, 20 if temp_cls == "chilled" else 120))
        prod_s = prod.strftime("%y%m%d") if rng.random() < 0.75 else ""
        lot = pick(rng, [f"L{prod:%y%j}{rng.choice('ABC')}", f"{prod:%d%m%y}-{rng.randint(1, 4)}", f"LOT{rng.randint(10000, 99999)}"])
        bb_s = ex_s = ""
        bb = ex = None
        if temp_cls == "chilled":
            exd = rec.date() + dt.timedelta(days=rng.randint(5, 25))
            ex_s, ex = exd.strftime("%y%m%d"), exd.isoformat()
        else:
            bbd = rec.date() + dt.timedelta(days=rng.randint(90, 540))
            if rng.random() < 0.35:
                bb_s, bb = f"{bbd:%y%m}00", add_months_last_day(bbd.year, bbd.month).isoformat()
            else:
                bb_s, bb = bbd.strftime("%y%m%d"), bbd.isoformat()
        net = D(rng.randint(80_000, 950_000)) / 1000
        if rng.random() < 0.5:
            n2 = int((net * 100).to_integral_value(rounding=ROUND_HALF_UP))
            w2, w3, net_t = f"{n2:06d}", "", q(D(n2) / 100, 3)
        else:
            n3 = int(net * 1000)
            w2, w3, net_t = "", f"{n3:06d}", q(D(n3) / 1000, 3)
        gross = D(net_t) + D(rng.randint(1800, 3200)) / 100
        g2 = int((gross * 100).to_integral_value(rounding=ROUND_HALF_UP))
        g2_s = f"{g2:06d}" if rng.random() < 0.75 else str(g2)
        po = f"45000{rng.randint(10000, 99999)}"
        gln_body = pref + f"{rng.choice([0, 0, 1]):05d}"
        gln = gln_body[:12] + gs1_check(gln_body[:12])
        rs = rng.randrange(4)
        rec_s = [f"{rec.day}. {rec.month}. {rec.year} {rec.hour:02d}:{rec.minute:02d}", rec.strftime("%d.%m.%Y %H:%M:%S"),
                 rec.strftime("%Y-%m-%dT%H:%M:%S"), f"{rec.day}.{rec.month}.{rec.year} ob {rec.hour}.{rec.minute:02d}"][rs]
        rec_t = rec if rs in (1, 2) else rec.replace(second=0)
        dock = rng.randint(1, 12)
        dock_s = pick(rng, [f"R-{dock:02d}", f"Rampa {dock}", str(dock)])
        if temp_cls == "chilled":
            tc = D(rng.randint(15, 75)) / 10
        elif temp_cls == "frozen":
            tc = -D(rng.randint(175, 235)) / 10
        else:
            tc = D(rng.randint(140, 245)) / 10
        if rng.random() < 0.15:
            tf = D(q(tc * 9 / 5 + 32, 1))
            temp_s = f"{mc.eu(tf, 1, '')} °F" if rng.random() < 0.5 else f"{tf} F"
            temp_t = q((tf - 32) * 5 / 9, 1)
        else:
            temp_s = pick(rng, [f"{mc.eu(tc, 1, '')} °C", mc.eu(tc, 1, ""), f"{mc.eu(tc, 1, '')}°C"])
            temp_t = q(tc, 1)
        st = wpick(rng, list(SL_STATUS), [12, 1, 1, 1])
        s = dict(zip(S, [str(i + 1), sscc_s, gtin_s, cnt_s, lot, prod_s, bb_s, ex_s, w2, w3, g2_s, po,
                         rng.choice(ship_to), gln, sup, rec_s, dock_s, temp_s, rng.choice(SL_STATUS[st]),
                         rng.choice(workers), rng.choice(notes)]))
        t = {"sscc": sscc, "content_gtin": gtin, "unit_count": cnt, "batch_lot": lot,
             "production_date": prod.isoformat() if prod_s else None, "best_before_date": bb, "expiry_date": ex,
             "net_weight_kg": net_t, "gross_weight_kg": q(D(g2) / 100, 2), "purchase_order_no": po,
             "supplier_gln": gln, "supplier_name": sup, "received_at": rec_t.isoformat(), "dock_no": dock,
             "temperature_c": temp_t, "status": st}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 5. Bulgarian ski-pass sales in an old fitness-club template: misleading headers (seed 13135)
# =============================================================================================
BG_MALE = ["Иван", "Георги", "Димитър", "Николай", "Петър", "Христо", "Стоян", "Тодор", "Асен", "Веселин", "Калоян",
           "Любомир", "Йордан"]
BG_FEMALE = ["Мария", "Елена", "Иванка", "Десислава", "Цветелина", "Радост", "Гергана", "Теодора", "Милена",
             "Йорданка", "Зорница"]
BG_FAMILY = ["Петров", "Иванов", "Георгиев", "Димитров", "Стоянов", "Тодоров", "Николов", "Христов", "Ангелов",
             "Костадинов", "Маринов", "Попов", "Шишков", "Чолаков"]
BG_MONTH = ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември",
            "декември"]
BG_DAYS_ADJ = {1: "Еднодневна", 2: "Двудневна", 3: "Тридневна", 4: "Четиридневна", 5: "Петдневна", 6: "Шестдневна",
               7: "Седемдневна"}
BG_CAT = {"ADULT": ["възрастен", "Възрастен", "възр.", "adult"], "CHILD": ["дете", "Дете", "child"],
          "YOUTH": ["младеж", "Младеж", "junior"], "SENIOR": ["пенсионер", "Пенсионер", "senior 65+"]}
BG_CAT_F = {"ADULT": 1.0, "CHILD": 0.5, "YOUTH": 0.75, "SENIOR": 0.7}
BG_ZONE = {"BANSKO": ["Банско", "БАНСКО", "Bansko"],
           "BANSKO_DOBRINISHTE": ["Банско + Добринище", "Банско/Добринище", "Bansko-Dobrinishte"]}
BG_PAY = {"CASH": ["В брой", "брой", "Cash"], "CARD": ["Карта", "ПОС", "POS терминал", "Visa"],
          "TRANSFER": ["Банков превод", "По сметка"], "ONLINE": ["Онлайн", "Уеб", "e-shop"]}
BG_POINT = {"GONDOLA": ["Каса Гондола", "Гондола", "Gondola"], "CHALIN_VALOG": ["Каса Чалин валог", "Чалин Валог"],
            "BANDERISHKA": ["Каса Бъндеришка", "Бъндеришка поляна"], "ONLINE": ["Онлайн", "Web"]}
BG_PSTAT = {"ACTIVE": ["активна", "Активна", "OK"], "BLOCKED": ["блокирана", "Блокирана - загубена"],
            "REFUNDED": ["върната", "Възстановена сума"], "EXPIRED": ["изтекла", "Изтекла"]}
RO_NAMES = (["Andrei", "Mihai", "Ionuț"], ["Ioana", "Elena", "Andreea"], ["Popescu", "Ionescu", "Dumitrescu"])
GR_NAMES = (["Giorgos", "Nikos", "Kostas"], ["Eleni", "Katerina", "Maria"], ["Papadopoulos", "Georgiou", "Nikolaidis"])


def pair_ski_bg() -> Pair:
    p = Pair(SPLIT, "karti_bg_misleading_to_ski_pass_sale",
             "Bansko lift-pass sales exported into an old fitness-club client template (Bulgarian headers that no "
             "longer describe their content)",
             "ski_pass_sale", 150, 13135)
    S = ["Клиент №", "Име", "Телефон", "Имейл", "Дата на раждане", "Адрес", "Абонамент", "Сума", "Отстъпка",
         "Карта за лоялност", "Статус", "Бележка", "Пол", "Треньор", "Последно посещение"]
    p.src_cols = S
    p.tgt_cols = [
        C("sale_no", "int", "id.invoice_number", key=True, nullable=False, description="Sales receipt number"),
        C("card_number", "string", "id.record_id", regex=r"^\d{16}$", description="Lift keycard number, 16 digits"),
        C("buyer_first_name", "string", "person.first_name", description="As written (Cyrillic or Latin), title case"),
        C("buyer_last_name", "string", "person.last_name", description="As written (Cyrillic or Latin), title case"),
        C("buyer_phone", "string", "contact.mobile_phone", description="E.164"),
        C("buyer_email", "string", "contact.email"),
        C("valid_from", "date", "datetime.date", description="First ski day"),
        C("valid_to", "date", "datetime.date", description="Last ski day"),
        C("pass_days", "int", "qty.duration", description="Number of ski days; null for a season pass"),
        C("skier_category", "string", "text.category", allowed_values=list(BG_CAT)),
        C("zone", "string", "text.category", allowed_values=list(BG_ZONE)),
        C("price_amount", "decimal", "money.amount", description="Price paid, 2 decimals, in price_currency"),
        C("price_currency", "string", "iso.currency_code", allowed_values=["BGN", "EUR"]),
        C("discount_rate", "decimal", "qty.percentage", description="Discount as a fraction (0.15), 2 decimals"),
        C("payment_method", "string", "text.category", allowed_values=list(BG_PAY)),
        C("sales_point", "string", "text.category", allowed_values=list(BG_POINT)),
        C("pass_status", "string", "status.record_status", allowed_values=list(BG_PSTAT)),
        C("insurance_included", "bool", "flag.boolean", description="Mountain rescue insurance bought with the pass"),
    ]
    p.key_src, p.key_tgt = ["Клиент №"], ["sale_no"]
    p.m("sale_no", "Клиент №", "type_cast")
    p.m("card_number", "Име", "reformat")
    p.m("buyer_first_name", "Телефон", "decompose")
    p.m("buyer_last_name", "Телефон", "decompose")
    p.m("buyer_phone", "Имейл", "reformat")
    p.m("buyer_email", [], "unmapped")
    p.m("valid_from", "Дата на раждане", "date_format")
    p.m("valid_to", [], "unmapped")
    p.m("pass_days", "Адрес", "decompose")
    p.m("skier_category", "Адрес", "decompose")
    p.m("zone", "Абонамент", "value_map")
    p.m("price_amount", "Отстъпка", "decompose")
    p.m("price_currency", "Отстъпка", "decompose")
    p.m("discount_rate", "Сума", "reformat")
    p.m("payment_method", "Карта за лоялност", "value_map")
    p.m("sales_point", "Статус", "value_map")
    p.m("pass_status", "Бележка", "value_map")
    p.m("insurance_included", "Пол", "value_map")
    trainers = ["Стефан Колев", "Ани Вълчева", "", "", "Борис Генов", "инстр. Тошко"]
    list_bgn = {1: 95, 2: 185, 3: 270, 4: 350, 5: 425, 6: 495, 7: 560, None: 1650}

    def row(rng: random.Random, i: int):
        sale = 80120 + i * 5 + rng.randrange(5)
        sale_s = pick(rng, [f"К-{sale:06d}", str(sale), f"{sale:06d}", f"№ {sale}"])
        body = "1614" + gc.digits(rng, 11)
        card = body + gc.luhn_digit(body)
        card_s = pick(rng, [" ".join(card[k:k + 4] for k in range(0, 16, 4)), "-".join(card[k:k + 4] for k in range(0, 16, 4)),
                            card])
        origin = wpick(rng, ["BG", "RO", "GR", "GB"], [70, 12, 10, 8])
        sex = rng.choice("MF")
        if origin == "BG":
            first = rng.choice(BG_MALE if sex == "M" else BG_FEMALE)
            last = rng.choice(BG_FAMILY) + ("а" if sex == "F" else "")
            ns = rng.randrange(4)
            name_s = [f"{first} {last}", f"{last.upper()} {first}", f"{last}, {first}", f"{first} {last}".upper()][ns]
            n = rng.choice(["87", "88", "89", "98"]) + gc.digits(rng, 7)
            e164 = f"+359{n}"
            tel = pick(rng, [f"0{n[:3]} {n[3:6]} {n[6:]}", f"+359 {n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"+359{n}",
                             f"00359 {n[:2]} {n[2:5]} {n[5:]}"])
        else:
            if origin == "GB":
                m_, f_, fam = FOREIGN["GB"]
            else:
                m_, f_, fam = RO_NAMES if origin == "RO" else GR_NAMES
            first, last = rng.choice(m_ if sex == "M" else f_), rng.choice(fam)
            ns = rng.randrange(3)
            name_s = [f"{first} {last}", f"{last.upper()} {first}", f"{last}, {first}"][ns]
            if origin == "GB":
                while True:
                    tel, e164 = mc.phone(rng, "GB", mobile=True)
                    if tel.startswith("+"):
                        break
            elif origin == "RO":
                n = "7" + rng.choice("2345") + gc.digits(rng, 7)
                e164, tel = f"+40{n}", pick(rng, [f"+40 {n[:3]} {n[3:6]} {n[6:]}", f"+40{n}", f"0040 {n}"])
            else:
                n = "69" + rng.choice("3479") + gc.digits(rng, 7)
                e164, tel = f"+30{n}", pick(rng, [f"+30 {n[:3]} {n[3:6]} {n[6:]}", f"+30{n}", f"0030 {n}"])
        if rng.random() < 0.06:
            tel, e164 = "", None
        vf = gc.rand_date(rng, dt.date(2023, 12, 15), dt.date(2024, 4, 7))
        ds = rng.randrange(5)
        vf_s = [vf.strftime("%d.%m.%Y"), f"{vf.day}.{vf.month}.{vf.year} г.", f"{vf.day} {BG_MONTH[vf.month - 1]} {vf.year} г.",
                vf.isoformat(), vf.strftime("%d/%m/%y")][ds]
        days = wpick(rng, [1, 2, 3, 4, 5, 6, 7, None], [6, 3, 3, 2, 3, 5, 2, 1])
        cat = wpick(rng, list(BG_CAT), [6, 2, 1, 1])
        cw = rng.choice(BG_CAT[cat])
        if days is None:
            prod_s = pick(rng, [f"Сезонна карта - {cw}", f"Сезонна, {cw}", f"Season pass {cw}"])
        else:
            ps = rng.randrange(5)
            prod_s = [f"{days}-дневна карта, {cw}", f"{days} {'ден' if days == 1 else 'дни'} / {cw}",
                      f"Карта {days} {'ден' if days == 1 else 'дни'} - {cw}", f"{BG_DAYS_ADJ[days]}, {cw}",
                      f"{days} day{'s' if days > 1 else ''} {cw}"][ps]
        zone = wpick(rng, list(BG_ZONE), [4, 1])
        disc_pct = wpick(rng, [0, 0, 5, 10, 15, 20], [5, 2, 1, 2, 2, 1])
        dr = rng.random()
        if dr < 0.08:
            disc_s, disc_t = "", None
        elif disc_pct == 0:
            disc_s, disc_t = pick(rng, ["0", "0%", "0 %"]), "0.00"
        else:
            disc_s = pick(rng, [f"{disc_pct}%", f"-{disc_pct} %", str(disc_pct), f"{disc_pct},0%"])
            disc_t = q(D(disc_pct) / 100, 2)
        lst = D(list_bgn[days]) * D(BG_CAT_F[cat]) * (D(1) + (D("0.2") if zone == "BANSKO_DOBRINISHTE" else 0))
        price = D(q(lst * (1 - D(disc_pct) / 100), 2))
        if rng.random() < 0.18:
            cur = "EUR"
            price = D(q(price / D("1.95583"), 2))
            price_s = pick(rng, [f"€{price}", f"{mc.eu(price)} EUR", f"EUR {price}", f"{mc.eu(price)} €"])
        else:
            cur = "BGN"
            price_s = pick(rng, [f"{mc.eu(price, 2, ' ')} лв.", f"{mc.eu(price, 2, '')} лв", f"BGN {price}",
                                 f"{mc.eu(price, 2, '')}лв.", f"{price} BGN"])
        pay = wpick(rng, list(BG_PAY), [4, 5, 1, 2])
        point = "ONLINE" if pay == "ONLINE" else wpick(rng, ["GONDOLA", "CHALIN_VALOG", "BANDERISHKA"], [5, 2, 2])
        pst = wpick(rng, list(BG_PSTAT), [12, 1, 1, 3])
        ins_r = rng.random()
        if ins_r < 0.1:
            ins_s, ins = "", None
        elif ins_r < 0.55:
            ins_s, ins = pick(rng, ["да", "Да", "Д", "✓"]), True
        else:
            ins_s, ins = pick(rng, ["не", "Не", "Н"]), False
        lastv = dt.datetime.combine(vf + dt.timedelta(days=rng.randrange(days or 30)),
                                    dt.time(rng.randint(8, 15), rng.randrange(60)))
        s = dict(zip(S, [sale_s, card_s, name_s, tel, vf_s, prod_s, rng.choice(BG_ZONE[zone]), disc_s, price_s,
                         rng.choice(BG_PAY[pay]), rng.choice(BG_POINT[point]), rng.choice(BG_PSTAT[pst]), ins_s,
                         rng.choice(trainers), lastv.strftime("%d.%m.%Y %H:%M")]))
        t = {"sale_no": sale, "card_number": card, "buyer_first_name": first, "buyer_last_name": last,
             "buyer_phone": e164, "valid_from": vf.isoformat(), "pass_days": days, "skier_category": cat, "zone": zone,
             "price_amount": q(price, 2), "price_currency": cur, "discount_rate": disc_t, "payment_method": pay,
             "sales_point": point, "pass_status": pst, "insurance_included": ins}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 6. Azerbaijani payment-kiosk export without a header row (seed 13136)
# =============================================================================================
AZ_MONTH = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr",
            "dekabr"]
AZ_PROVIDERS = {  # code -> (variants, service, account length or mobile prefixes)
    "AZERCELL": (["Azercell", "AZERCELL", "Azercell Telekom", "azercell"], "MOBILE", ["50", "51"]),
    "BAKCELL": (["Bakcell", "BAKCELL", "Bakcell MMC"], "MOBILE", ["55", "99"]),
    "NAR": (["Nar", "Nar Mobile", "NAR", "Azerfon (Nar)"], "MOBILE", ["70", "77"]),
    "AZERISHIQ": (["Azərişıq", "Azerishiq", "AZƏRİŞIQ", "Azərişıq ASC"], "ELECTRICITY", 10),
    "AZERIGAZ": (["Azəriqaz", "Azeriqaz", "AZƏRİQAZ", "Azəriqaz İB"], "GAS", 12),
    "AZERSU": (["Azərsu", "Azersu", "AZƏRSU ASC"], "WATER", 9),
}
AZ_BAKU = {"Nəsimi": "Nasimi", "Yasamal": "Yasamal", "Səbail": "Sabail", "Nərimanov": "Narimanov", "Xətai": "Khatai",
           "Binəqədi": "Binagadi", "Sabunçu": "Sabunchu"}
AZ_CITIES = {"Gəncə": ["Gəncə", "Gence", "GƏNCƏ", "Ganja"], "Sumqayıt": ["Sumqayıt", "Sumqayit", "Sumgait"],
             "Mingəçevir": ["Mingəçevir", "Mingachevir"], "Lənkəran": ["Lənkəran", "Lankaran", "Lenkeran"],
             "Şəki": ["Şəki", "Sheki", "ŞƏKİ"]}
AZ_STATUS = {"SUCCESS": ["Uğurlu", "UĞURLU", "ugurlu", "Tamamlandı", "OK"],
             "FAILED": ["Uğursuz", "Xəta", "Rədd edildi"], "PENDING": ["Gözləmədə", "Emal olunur"],
             "REFUNDED": ["Geri qaytarıldı", "Qaytarılıb"], "CANCELLED": ["Ləğv edildi", "Ləğv"]}
AZ_PAY = {"CASH": ["Nağd", "nağd", "Nagd", "NAĞD"], "CARD": ["Kart", "Bank kartı", "Visa/MC", "kart"],
          "QR": ["QR", "QR ödəniş", "QR kod"]}


def az_upper(s: str) -> str:
    return s.replace("i", "İ").replace("ı", "I").upper()


def pair_kiosk_az() -> Pair:
    p = Pair(SPLIT, "odenis_az_noheader_to_kiosk_payment",
             "Azerbaijani payment-kiosk transactions (mobile top-ups and utility bills) exported without a header "
             "row: the first record became the header, and the labels name those values",
             "kiosk_payment", 140, 13136)
    pos = ["receipt", "paid", "kiosk", "place", "provider", "subscriber", "amount", "commission", "balance", "status",
           "paytype", "change", "ref"]

    def render(rng: random.Random, i: int, force_utility: bool = False):
        rec = 451000 + i * 9 + rng.randrange(9)
        rec_s = pick(rng, [f"Q-{rec:07d}", str(rec), f"№{rec}"])
        ts = gc.rand_ts(rng, dt.datetime(2024, 1, 1, 7, 0), dt.datetime(2024, 12, 30, 23, 0))
        tsv = rng.randrange(4)
        ts_s = [ts.strftime("%d.%m.%Y %H:%M:%S"), ts.strftime("%Y-%m-%d %H:%M"),
                f"{ts.day} {AZ_MONTH[ts.month - 1]} {ts.year}, {ts.hour:02d}:{ts.minute:02d}", ts.strftime("%d/%m/%Y %H:%M")][tsv]
        ts_t = ts if tsv == 0 else ts.replace(second=0)
        k = rng.randint(1, 480)
        k_s = pick(rng, [f"KSK-{k:04d}", f"K{k:04d}", str(k)])
        if rng.random() < 0.6:
            city, dist = "Bakı", rng.choice(list(AZ_BAKU))
            pv = rng.randrange(5)
            place = [f"Bakı ş., {dist} r.", f"Bakı, {dist} rayonu", f"{az_upper('Bakı')} - {az_upper(dist)}",
                     f"Baku/{AZ_BAKU[dist]}", f"Bakı, {dist}"][pv]
        else:
            city, dist = rng.choice(list(AZ_CITIES)), None
            place = rng.choice(AZ_CITIES[city])
        prov = rng.choice(list(AZ_PROVIDERS)[3:]) if force_utility else wpick(rng, list(AZ_PROVIDERS), [4, 3, 2, 3, 2, 1])
        pvars, service, spec = AZ_PROVIDERS[prov]
        mob = acct = None
        bal_s, bal = "", None
        if service == "MOBILE":
            n = rng.choice(spec) + gc.digits(rng, 7)
            mob = f"+994{n}"
            sub_s = pick(rng, [f"0{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"(0{n[:2]}) {n[2:5]}-{n[5:7]}-{n[7:]}",
                               f"+994 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"994{n}", f"0{n}", f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"])
            amt = D(rng.choice([1, 2, 3, 5, 5, 10, 10, 15, 20]))
        else:
            lz = rng.choice([0, 0, 1, 2])
            acct = "0" * lz + gc.digits(rng, 1).replace("0", "7") + gc.digits(rng, spec - lz - 1)
            sub_s = acct.lstrip("0") if lz and rng.random() < 0.6 else acct
            amt = D(rng.randint(300, 9000)) / 100
            br = rng.random()
            if br < 0.6:
                debt = D(rng.randint(0, 6000)) / 100
                bal_s = pick(rng, [f"Borc: {mc.eu(debt)}", f"Borc {mc.eu(debt)} AZN", f"borc: {debt}"])
                bal = q(debt, 2)
            elif br < 0.8:
                over = D(rng.randint(10, 1500)) / 100
                bal_s = pick(rng, [f"Artıq ödəniş: {mc.eu(over)}", f"Artıq: {mc.eu(over)} AZN"])
                bal = q(-over, 2)
            elif not force_utility:
                bal_s, bal = "-", None
            else:
                bal_s, bal = "Borc: 0,00", "0.00"
        amt_s = pick(rng, [f"{mc.eu(amt)} AZN", f"{amt.normalize():f} ₼" if amt == amt.to_integral_value() else f"{mc.eu(amt)} ₼",
                           f"{amt:.2f}", f"{mc.eu(amt)} man.", f"₼ {amt:.2f}"])
        cr = rng.random()
        if cr < 0.5:
            com = D(0)
            com_s = pick(rng, ["0", "0,00", "-"]) if not force_utility else "0,00"
        else:
            com = D(q(amt * D("0.01"), 2)) if amt * D("0.01") >= D("0.05") else D("0.10")
            com_s = pick(rng, [mc.eu(com), f"{com}", f"{mc.eu(com)} AZN"])
        st = wpick(rng, list(AZ_STATUS), [14, 2, 1, 1, 1]) if not force_utility else "SUCCESS"
        pay = wpick(rng, list(AZ_PAY), [6, 3, 1])
        if pay == "CASH":
            change = D(rng.choice([0, 0, 10, 20, 50, 70])) / 100
        else:
            change = D(0)
        chg_s = mc.eu(change) if not force_utility else "0,20"
        ref = gc.hexstr(rng, 12).upper()
        vals = [rec_s, ts_s, k_s, place, rng.choice(pvars), sub_s, amt_s, com_s, bal_s, rng.choice(AZ_STATUS[st]),
                rng.choice(AZ_PAY[pay]), chg_s, ref]
        t = {"receipt_no": rec, "paid_at": ts_t.isoformat(), "kiosk_code": f"KSK-{k:04d}", "city": city, "district": dist,
             "provider_code": prov, "service_type": service, "mobile_e164": mob, "utility_account": acct,
             "amount_azn": q(amt, 2), "commission_azn": q(com, 2), "debt_before_azn": bal, "status": st,
             "payment_method": pay}
        return vals, t

    # the header record: rendered first from the pair's own rng; it is lost as data (not in expected.csv)
    while True:
        hvals, _ = render(p.rng, -1, force_utility=True)
        if len(set(hvals)) == len(hvals) and all(hvals):
            break
    H = dict(zip(pos, hvals))
    p.src_cols = hvals
    p.tgt_cols = [
        C("receipt_no", "int", "id.record_id", key=True, nullable=False),
        C("paid_at", "datetime", "datetime.timestamp", description="Local time (Asia/Baku)"),
        C("kiosk_code", "string", "id.record_id", regex=r"^KSK-\d{4}$", description="KSK- + 4 digits"),
        C("city", "string", "address.city", description="Azerbaijani Latin spelling (Bakı, Gəncə, Sumqayıt ...)"),
        C("district", "string", "address.state_province", description="Baku district (rayon), Azerbaijani spelling; "
                                                                       "null outside Baku"),
        C("provider_code", "string", "org.company_name", allowed_values=list(AZ_PROVIDERS)),
        C("service_type", "string", "text.category", allowed_values=["MOBILE", "ELECTRICITY", "GAS", "WATER"]),
        C("mobile_e164", "string", "contact.mobile_phone", description="Topped-up number, E.164; null for utilities"),
        C("utility_account", "string", "id.customer_id",
          description="Utility account with leading zeros (Azərişıq 10, Azəriqaz 12, Azərsu 9 digits); null for mobile"),
        C("amount_azn", "decimal", "money.amount", description="Amount paid in manat, 2 decimals"),
        C("commission_azn", "decimal", "money.amount", description="Kiosk fee, 2 decimals; '-' = 0.00"),
        C("debt_before_azn", "decimal", "money.account_balance",
          description="Utility balance before payment: debt positive, overpayment (artıq ödəniş) negative"),
        C("status", "string", "status.record_status", allowed_values=list(AZ_STATUS)),
        C("payment_method", "string", "text.category", allowed_values=list(AZ_PAY)),
        C("currency", "string", "iso.currency_code"),
        C("customer_name", "string", "person.full_name"),
    ]
    p.key_src, p.key_tgt = [H["receipt"]], ["receipt_no"]
    p.m("receipt_no", H["receipt"], "type_cast")
    p.m("paid_at", H["paid"], "date_format")
    p.m("kiosk_code", H["kiosk"], "reformat")
    p.m("city", H["place"], "decompose")
    p.m("district", H["place"], "decompose")
    p.m("provider_code", H["provider"], "value_map")
    p.m("service_type", H["provider"], "value_map")
    p.m("mobile_e164", H["subscriber"], "decompose")
    p.m("utility_account", H["subscriber"], "decompose")
    p.m("amount_azn", H["amount"], "reformat")
    p.m("commission_azn", H["commission"], "reformat")
    p.m("debt_before_azn", H["balance"], "reformat")
    p.m("status", H["status"], "value_map")
    p.m("payment_method", H["paytype"], "value_map")
    p.m("currency", [], "unmapped")
    p.m("customer_name", [], "unmapped")

    def row(rng: random.Random, i: int):
        vals, t = render(rng, i)
        return dict(zip(hvals, vals)), t

    p.row = row
    return p


# =============================================================================================
# 7. Urdu nikah (marriage) registration register, Punjab (seed 13137)
# =============================================================================================
UR_MONTH = ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"]
HIJRI_UR = ["محرم", "صفر", "ربیع الاول", "ربیع الثانی", "جمادی الاول", "جمادی الثانی", "رجب", "شعبان", "رمضان",
            "شوال", "ذوالقعدہ", "ذوالحجہ"]
HIJRI_LAT = ["Muharram", "Safar", "Rabi ul Awwal", "Rabi us Sani", "Jamadi ul Awwal", "Jamadi us Sani", "Rajab",
             "Shaban", "Ramzan", "Shawwal", "Zulqadah", "Zulhijjah"]
UR_GROOM = [("محمد عمران", "Muhammad Imran"), ("علی رضا", "Ali Raza"), ("احمد حسن", "Ahmed Hassan"),
            ("محمد بلال", "Muhammad Bilal"), ("عثمان غنی", "Usman Ghani"), ("حمزہ علی", "Hamza Ali"),
            ("فیصل محمود", "Faisal Mahmood"), ("شاہد اقبال", "Shahid Iqbal"), ("عمر فاروق", "Umar Farooq"),
            ("وقاص احمد", "Waqas Ahmed"), ("دانش ریاض", "Danish Riaz")]
UR_FATHER = [("محمد اسلم", "Muhammad Aslam"), ("غلام رسول", "Ghulam Rasool"), ("محمد یوسف", "Muhammad Yousaf"),
             ("عبدالرشید", "Abdul Rasheed"), ("منظور احمد", "Manzoor Ahmed"), ("بشیر احمد", "Bashir Ahmed"),
             ("محمد اکرم", "Muhammad Akram"), ("خالد محمود", "Khalid Mahmood"), ("نذیر حسین", "Nazir Hussain")]
UR_BRIDE = [("عائشہ بی بی", "Ayesha Bibi"), ("فاطمہ", "Fatima"), ("سدرہ نور", "Sidra Noor"), ("مریم", "Maryam"),
            ("زینب", "Zainab"), ("حنا کوثر", "Hina Kausar"), ("ثناء", "Sana"), ("رابعہ", "Rabia"), ("عظمیٰ", "Uzma"),
            ("نازیہ پروین", "Nazia Parveen")]
UR_DISTRICT = {"Lahore": (["لاہور", "Lahore", "LAHORE", "LHR"], "35202"), "Kasur": (["قصور", "Kasur", "Qasur"], "35101"),
               "Sheikhupura": (["شیخوپورہ", "Sheikhupura", "SKP"], "35404"),
               "Gujranwala": (["گوجرانوالہ", "Gujranwala", "GRW"], "34101")}
UR_STATUS = {"NEVER_MARRIED": ["کنواری", "Kunwari", "Unmarried", "غیر شادی شدہ"],
             "DIVORCED": ["مطلقہ", "Divorcee", "Mutalliqa"], "WIDOWED": ["بیوہ", "Widow", "Bewa"]}
UR_PAY = {"PROMPT": ["معجل", "Muajjal", "Mu'ajjal", "فوری"], "DEFERRED": ["غیر معجل", "مؤجل", "Ghair Muajjal"],
          "PAID": ["ادا شدہ", "وصول شد", "Paid"]}
UR_WORDS = {10000: "دس ہزار", 25000: "پچیس ہزار", 50000: "پچاس ہزار", 100000: "ایک لاکھ", 200000: "دو لاکھ",
            500000: "پانچ لاکھ"}
TOLA_G = D("11.6638038")


def cnic(rng: random.Random, loc: str, male: bool) -> str:
    last = rng.choice("13579" if male else "24680")
    return loc + gc.digits(rng, 7) + last


def pair_nikah_ur() -> Pair:
    p = Pair(SPLIT, "nikah_ur_to_marriage_registration",
             "Union-council nikah (marriage) registration register from Punjab, Pakistan: Urdu headers, Urdu and "
             "Latin script values, Urdu digits, Gregorian and Hijri dates, dower in rupees and tola of gold",
             "marriage_registration", 130, 13137)
    S = ["نمبر شمار", "یونین کونسل", "رجسٹریشن نمبر", "ضلع", "تاریخ نکاح", "تاریخ اندراج", "دولہا کا نام",
         "دولہا کا شناختی کارڈ نمبر", "دولہا کی تاریخ پیدائش", "دولہا کا موبائل نمبر", "دلہن کا نام",
         "دلہن کا شناختی کارڈ نمبر", "دلہن کی حیثیت", "حق مہر", "مہر کی ادائیگی", "فیس", "نکاح خواں", "گواہ اول",
         "گواہ دوم", "کیفیت"]
    p.src_cols = S
    p.tgt_cols = [
        C("union_council_no", "int", "id.record_id", key=True, nullable=False),
        C("registration_no", "int", "id.record_id", key=True, nullable=False,
          description="Serial number in the union council's register for the year"),
        C("district", "string", "address.state_province", allowed_values=list(UR_DISTRICT), description="English name"),
        C("nikah_date", "date", "datetime.date",
          description="Gregorian; Hijri dates (ھ / AH) converted with the tabular Islamic calendar"),
        C("registered_on", "date", "datetime.date"),
        C("groom_name", "string", "person.full_name",
          description="As written, without the father's name; Latin names title-cased"),
        C("groom_father_name", "string", "person.full_name", description="Name after ولد / s/o; null when absent"),
        C("groom_cnic", "string", "id.national_id", regex=r"^\d{13}$", description="CNIC, 13 ASCII digits"),
        C("groom_birth_date", "date", "person.date_of_birth"),
        C("groom_mobile", "string", "contact.mobile_phone", description="E.164 (+923...)"),
        C("bride_name", "string", "person.full_name", description="As written, without the father's name"),
        C("bride_father_name", "string", "person.full_name", description="Name after بنت / دختر / d/o; null when absent"),
        C("bride_cnic", "string", "id.national_id", regex=r"^\d{13}$"),
        C("bride_birth_date", "date", "person.date_of_birth"),
        C("bride_prior_status", "string", "person.marital_status", allowed_values=list(UR_STATUS)),
        C("dower_cash_pkr", "decimal", "money.amount", description="Cash part of haq mehr in PKR, 2 decimals"),
        C("dower_gold_grams", "decimal", "qty.mass", description="Gold part of haq mehr in grams (1 tola = 11.6638038 g), "
                                                                 "2 decimals"),
        C("dower_payment", "string", "text.category", allowed_values=list(UR_PAY),
          description="PROMPT = mu'ajjal, DEFERRED = ghair mu'ajjal / muwajjal, PAID = already paid"),
        C("registration_fee_pkr", "decimal", "money.amount"),
        C("certificate_no", "string", "id.record_id"),
    ]
    p.key_src, p.key_tgt = ["یونین کونسل", "رجسٹریشن نمبر"], ["union_council_no", "registration_no"]
    p.m("union_council_no", "یونین کونسل", "type_cast")
    p.m("registration_no", "رجسٹریشن نمبر", "type_cast")
    p.m("district", "ضلع", "value_map")
    p.m("nikah_date", "تاریخ نکاح", "date_format")
    p.m("registered_on", "تاریخ اندراج", "date_format")
    p.m("groom_name", "دولہا کا نام", "decompose")
    p.m("groom_father_name", "دولہا کا نام", "decompose")
    p.m("groom_cnic", "دولہا کا شناختی کارڈ نمبر", "reformat")
    p.m("groom_birth_date", "دولہا کی تاریخ پیدائش", "date_format")
    p.m("groom_mobile", "دولہا کا موبائل نمبر", "reformat")
    p.m("bride_name", "دلہن کا نام", "decompose")
    p.m("bride_father_name", "دلہن کا نام", "decompose")
    p.m("bride_cnic", "دلہن کا شناختی کارڈ نمبر", "reformat")
    p.m("bride_birth_date", [], "unmapped")
    p.m("bride_prior_status", "دلہن کی حیثیت", "value_map")
    p.m("dower_cash_pkr", "حق مہر", "decompose")
    p.m("dower_gold_grams", "حق مہر", "unit")
    p.m("dower_payment", "مہر کی ادائیگی", "value_map")
    p.m("registration_fee_pkr", "فیس", "reformat")
    p.m("certificate_no", [], "unmapped")
    qazis = ["مولانا محمد طاہر", "قاری عبدالغفور", "Maulana Abdul Haq", "حافظ محمد ادریس"]
    witnesses = ["محمد شفیق", "ارشد علی", "Tariq Mehmood", "نوید اختر", "ذوالفقار علی", "Imran Khalid", "سجاد حسین"]
    remarks = ["", "", "", "", "اصل نکاح نامہ جمع", "فوٹو کاپی", "دوسری شادی - اجازت نامہ منسلک", "Duplicate issued"]
    counters: dict[int, int] = {}
    ucs = {"Lahore": [12, 45, 87, 131], "Kasur": [7, 23], "Sheikhupura": [15, 38], "Gujranwala": [4, 61]}

    def name_with_father(rng: random.Random, name: tuple[str, str], father: tuple[str, str], male: bool):
        has_father = rng.random() < 0.88
        latin = rng.random() < 0.3
        if latin:
            n, f = name[1], father[1]
            rel = pick(rng, ["s/o", "S/O", "son of"]) if male else pick(rng, ["d/o", "D/O", "daughter of"])
            txt = f"{n} {rel} {f}" if has_father else n
            if rng.random() < 0.3:
                txt = txt.upper()
        else:
            n, f = name[0], father[0]
            rel = pick(rng, ["ولد", "ولد", "s/o"]) if male else pick(rng, ["بنت", "دختر", "d/o"])
            txt = f"{n} {rel} {f}" if has_father else n
        return txt, n, (f if has_father else None)

    def row(rng: random.Random, i: int):
        dist = wpick(rng, list(UR_DISTRICT), [5, 2, 2, 2])
        uc = rng.choice(ucs[dist])
        counters[uc] = counters.get(uc, 0) + rng.randint(1, 6)
        reg = counters[uc] if i < 1000 else 900 + i
        uc_s = pick(rng, [f"UC-{uc}", f"یو سی {to_digits(str(uc), URDU_DIG)}", f"UC {uc} {dist}",
                          f"یونین کونسل نمبر {to_digits(str(uc), URDU_DIG)}", str(uc)])
        nd = gc.rand_date(rng, dt.date(2023, 7, 1), dt.date(2024, 12, 20))
        ry = (nd + dt.timedelta(days=12)).year
        reg_s = pick(rng, [str(reg), f"{reg}/{ry}", to_digits(f"{reg}/{ry}", URDU_DIG), f"No. {reg:04d}"])
        ns = rng.randrange(6)
        if ns == 0:
            nd_s = nd.strftime("%d-%m-%Y")
        elif ns == 1:
            nd_s = nd.strftime("%d/%m/%Y")
        elif ns == 2:
            nd_s = to_digits(f"{nd.day} {UR_MONTH[nd.month - 1]} {nd.year}", URDU_DIG)
        elif ns == 3:
            nd_s = f"{nd.day} {mc.EN_MONTH[nd.month - 1]} {nd.year}"
        else:
            hy, hm, hd = date_to_islamic(nd)
            if ns == 4:
                nd_s = to_digits(f"{hd} {HIJRI_UR[hm - 1]} {hy}ھ", URDU_DIG)
            else:
                nd_s = f"{hd} {HIJRI_LAT[hm - 1]} {hy} AH"
        regd = dt.datetime.combine(nd + dt.timedelta(days=rng.randint(0, 12)), dt.time(rng.randint(9, 16), rng.randrange(60),
                                                                                         rng.randrange(60)))
        rd_s = pick(rng, [regd.strftime("%Y-%m-%d %H:%M:%S"), regd.strftime("%d/%m/%Y"),
                          regd.strftime("%d-%m-%Y %I:%M %p")])
        g_txt, g_name, g_father = name_with_father(rng, rng.choice(UR_GROOM), rng.choice(UR_FATHER), True)
        b_txt, b_name, b_father = name_with_father(rng, rng.choice(UR_BRIDE), rng.choice(UR_FATHER), False)
        loc = UR_DISTRICT[dist][1]
        gc_ = cnic(rng, loc if rng.random() < 0.8 else rng.choice(["35202", "35101", "34101", "33100"]), True)
        bc_ = cnic(rng, loc if rng.random() < 0.8 else rng.choice(["35202", "35404", "34101", "36302"]), False)

        def cnic_s(c: str) -> str:
            return pick(rng, [f"{c[:5]}-{c[5:12]}-{c[12]}", c, to_digits(f"{c[:5]}-{c[5:12]}-{c[12]}", URDU_DIG),
                              f"{c[:5]} {c[5:12]} {c[12]}"])
        gb = nd - dt.timedelta(days=rng.randint(20 * 365, 40 * 365))
        gb_s = pick(rng, [gb.strftime("%d-%m-%Y"), gb.isoformat(), to_digits(gb.strftime("%d/%m/%Y"), URDU_DIG),
                          gb.strftime("%d.%m.%Y")])
        mob = "3" + rng.choice(["00", "01", "03", "08", "12", "21", "33", "45"]) + gc.digits(rng, 7)
        mob_s = pick(rng, [f"0{mob[:3]}-{mob[3:]}", f"0{mob}", f"+92 {mob[:3]} {mob[3:]}", f"92{mob}", f"0{mob[:3]} {mob[3:]}",
                           to_digits(f"0{mob[:3]}-{mob[3:]}", URDU_DIG)])
        if rng.random() < 0.07:
            mob_s, mob_t = "", None
        else:
            mob_t = f"+92{mob}"
        bst = wpick(rng, list(UR_STATUS), [14, 2, 1])
        # dower
        kind = wpick(rng, ["cash", "gold", "both"], [6, 2, 2])
        cash = gold = None
        parts = []
        if kind in ("cash", "both"):
            amt = rng.choice([10000, 25000, 50000, 50000, 100000, 100000, 200000, 500000, 32000, 75000, 150000])
            cs = rng.randrange(6)
            if cs == 5 and amt in UR_WORDS:
                parts.append(f"{UR_WORDS[amt]} روپے")
            else:
                parts.append([f"Rs. {amt:,}/-", f"{amt} روپے", to_digits(f"{lakh(amt)} روپے", URDU_DIG), f"PKR {lakh(amt)}",
                              f"{amt:,}/-", f"Rs {lakh(amt)}"][cs % 5 if cs == 5 else cs])
            cash = q(amt, 2)
        if kind in ("gold", "both"):
            tola = D(rng.choice([1, 2, 2.5, 3, 5, 5, 10]))
            gs = rng.randrange(5)
            if gs == 4:
                grams = D(rng.choice([10, 12, 20, 24]))
                parts.append(f"{grams} گرام سونا")
                gold = q(grams, 2)
            else:
                tt = f"{tola.normalize():f}"
                parts.append([f"{tt} تولہ سونا", f"{tt} tola gold", to_digits(f"{tt} تولے سونا", URDU_DIG),
                              f"سونا {tt} تولہ"][gs])
                gold = q(tola * TOLA_G, 2)
        dower_s = pick(rng, [" + ", " اور ", " & "]).join(parts)
        pay = wpick(rng, list(UR_PAY), [5, 3, 2])
        fee = rng.choice([200, 200, 500, 1000])
        fee_s = pick(rng, [f"Rs. {fee}/-", to_digits(f"{fee} روپے", URDU_DIG), str(fee), f"{fee}/-"])
        s = dict(zip(S, [str(i + 1), uc_s, reg_s, rng.choice(UR_DISTRICT[dist][0]), nd_s, rd_s, g_txt, cnic_s(gc_), gb_s,
                         mob_s, b_txt, cnic_s(bc_), rng.choice(UR_STATUS[bst]), dower_s, rng.choice(UR_PAY[pay]), fee_s,
                         rng.choice(qazis), *rng.sample(witnesses, 2), rng.choice(remarks)]))

        def tl(x):
            return mc.title_name(x) if x and x.isascii() else x
        t = {"union_council_no": uc, "registration_no": reg, "district": dist, "nikah_date": nd.isoformat(),
             "registered_on": regd.date().isoformat(), "groom_name": tl(g_name), "groom_father_name": tl(g_father),
             "groom_cnic": gc_, "groom_birth_date": gb.isoformat(), "groom_mobile": mob_t, "bride_name": tl(b_name),
             "bride_father_name": tl(b_father), "bride_cnic": bc_, "bride_prior_status": bst, "dower_cash_pkr": cash,
             "dower_gold_grams": gold, "dower_payment": pay, "registration_fee_pkr": q(fee, 2)}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 8. Kazakh rail freight consignments -> wide target (seed 13138)
# =============================================================================================
KZ_MONTH = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша",
            "желтоқсан"]
KZ_STATIONS = {  # canonical Kazakh name -> (fictitious 6-digit station code, variants)
    "Астана-1": ("690004", ["Астана-1", "Астана 1", "Astana-1", "АСТАНА-1"]),
    "Алматы-1": ("700008", ["Алматы-1", "Almaty-1", "Алматы I"]),
    "Қарағанды-Сұрыптау": ("676302", ["Қарағанды-Сұрыптау", "Караганда-Сортировочная", "Karaganda-Sort."]),
    "Ақтөбе": ("668609", ["Ақтөбе", "Актобе", "Aktobe", "Aqtöbe"]),
    "Павлодар": ("694402", ["Павлодар", "Pavlodar", "ПАВЛОДАР"]),
    "Екібастұз-1": ("695508", ["Екібастұз-1", "Экибастуз-1", "Ekibastuz-1"]),
    "Достық": ("708804", ["Достық", "Достык", "Dostyk"]),
    "Қостанай": ("688006", ["Қостанай", "Костанай", "Kostanay", "Qostanai"]),
    "Шымкент": ("718401", ["Шымкент", "Shymkent", "ШЫМКЕНТ"]),
    "Атырау": ("665703", ["Атырау", "Atyrau"]),
}
KZ_CARGO = {"WHEAT": (["Бидай", "бидай", "Пшеница", "Wheat", "Астық (бидай)"], "92"),
            "COAL": (["Көмір", "Тас көмір", "Уголь каменный", "Coal"], "66"),
            "COPPER_CATHODES": (["Мыс катодтары", "Катоды медные", "Copper cathodes"], "42"),
            "CEMENT": (["Цемент", "цемент", "Cement"], "9"),
            "DIESEL": (["Дизель отыны", "Дизельное топливо", "ДТ", "Diesel fuel"], "7"),
            "FERTILIZER": (["Минералды тыңайтқыш", "Удобрения минеральные", "Fertilizer"], "92"),
            "FERROALLOYS": (["Ферроқорытпалар", "Ферросплавы", "Ferroalloys"], "62")}
KZ_WTYPE = {"2": "COVERED", "4": "FLAT", "6": "GONDOLA", "7": "TANK", "8": "ISOTHERMAL", "9": "OTHER"}
KZ_SHIPPERS = [("Астық Трейд", "LLP"), ("Сарыарқа Көмір", "LLP"), ("Ертіс Цемент", "JSC"), ("Дала Агро", "LLP"),
               ("Темір Қорытпа", "JSC"), ("Балқаш Мыс Логистика", "LLP"), ("Каспий Мұнай Өнімдері", "JSC")]
KZ_FORM = {"LLP": ["ЖШС", "ТОО", "LLP"], "JSC": ["АҚ", "АО", "JSC"]}
KZ_OWN = {"RAILWAY": ["ҚТЖ", "КТЖ", "Инвентарлық", "инвентарный"], "PRIVATE": ["Меншікті", "Собственный", "жеке меншік"],
          "LEASED": ["Жалға алынған", "Арендованный", "Лизинг"]}
KZ_SHIP = {"WAGONLOAD": ["вагондық", "Повагонная", "вагонная"], "GROUP": ["топтық", "Групповая"],
           "BLOCK_TRAIN": ["маршруттық", "Маршрутная", "маршрут"]}


def wagon_check(body7: str) -> str:
    s = 0
    for k, ch in enumerate(body7):
        v = int(ch) * (2 if k % 2 == 0 else 1)
        s += v // 10 + v % 10
    return str((10 - s % 10) % 10)


def kz_bin(rng: random.Random) -> str:
    while True:
        yy = rng.randint(1, 19)
        body = f"{yy:02d}{rng.randint(1, 12):02d}4{rng.choice('01')}{gc.digits(rng, 5)}"
        w1 = list(range(1, 12))
        c = sum(int(a) * b for a, b in zip(body, w1)) % 11
        if c == 10:
            w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
            c = sum(int(a) * b for a, b in zip(body, w2)) % 11
            if c == 10:
                continue
        return body + str(c)


def pair_rail_kz() -> Pair:
    p = Pair(SPLIT, "vagon_kz_to_rail_consignment_wide",
             "Kazakhstan rail freight dispatch register (one row per wagon), Kazakh headers with Kazakh, Russian and "
             "Latin values, to a wide consignment schema with many unmapped columns",
             "rail_consignment", 120, 13138)
    S = ["Р/с", "Жүкқұжат №", "Вагон №", "Жөнелтілген күні", "Уақыты", "Жөнелту станциясы", "Межелі станция", "Жүк",
         "Салмағы", "Өлш.", "Тара, т", "Жүк жөнелтуші", "БСН", "Тасымал ақысы", "ҚҚС", "Вагон иесі", "Жөнелту түрі",
         "Келген күні", "Пломба №", "Тексерген", "Ескерту", "Енгізілген"]
    p.src_cols = S
    st_names = list(KZ_STATIONS)
    mapped = [
        C("wagon_type", "string", "text.category", allowed_values=list(KZ_WTYPE.values()),
          description="From the first digit of the wagon number: 2 covered, 4 flat, 6 gondola, 7 tank, "
                      "8 isothermal, 9 other (hoppers)"),
        C("dispatched_at", "datetime", "datetime.timestamp", description="Dispatch date + time, local time (Asia/Almaty)"),
        C("origin_station_code", "string", "id.record_id", regex=r"^\d{6}$", description="6-digit station code"),
        C("origin_station", "string", "address.city", allowed_values=st_names, description="Kazakh Cyrillic name"),
        C("destination_station_code", "string", "id.record_id", regex=r"^\d{6}$"),
        C("destination_station", "string", "address.city", allowed_values=st_names),
        C("cargo", "string", "text.category", allowed_values=list(KZ_CARGO)),
        C("net_weight_t", "decimal", "qty.mass", description="Net cargo weight in tonnes, 3 decimals"),
        C("tare_weight_t", "decimal", "qty.mass", description="Wagon tare in tonnes, 1 decimal"),
        C("shipper_name", "string", "org.company_name", description="Without legal form and quotes"),
        C("shipper_legal_form", "string", "org.legal_form", allowed_values=["LLP", "JSC"],
          description="ЖШС/ТОО = LLP, АҚ/АО = JSC"),
        C("shipper_bin", "string", "id.vat_number", regex=r"^\d{12}$", description="Business id (БСН/BIN), 12 digits"),
        C("freight_kzt", "decimal", "money.amount", description="Freight charge in tenge, 2 decimals"),
        C("vat_rate", "decimal", "qty.percentage", description="Fraction (0.12); without VAT or zero-rated = 0.00"),
        C("wagon_ownership", "string", "text.category", allowed_values=list(KZ_OWN)),
        C("shipment_type", "string", "text.category", allowed_values=list(KZ_SHIP)),
        C("arrival_date", "date", "datetime.date", description="Null while in transit"),
    ]
    unm = [
        C("consignee_name", "string", "org.company_name"), C("consignee_bin", "string", "id.vat_number"),
        C("payer_code", "string", "id.customer_id"), C("contract_no", "string", "id.record_id"),
        C("tariff_distance_km", "int", "qty.length"), C("border_crossing_station", "string", "address.city"),
        C("customs_declaration_no", "string", "id.record_id"), C("etsng_code", "string", "text.category"),
        C("gng_code", "string", "text.category"), C("hazard_class", "string", "text.category"),
        C("un_number", "string", "id.record_id"), C("axle_count", "int", "qty.count"),
        C("wagon_capacity_t", "decimal", "qty.mass"), C("wagon_model", "string", "text.product_name"),
        C("container_no", "string", "id.tracking_number"), C("container_size", "string", "text.category"),
        C("loading_method", "string", "text.category"), C("gross_weight_t", "decimal", "qty.mass"),
        C("declared_value_kzt", "decimal", "money.amount"), C("currency_code", "string", "iso.currency_code"),
        C("exchange_rate", "decimal", "money.exchange_rate"), C("invoice_no", "string", "id.invoice_number"),
        C("invoice_date", "date", "datetime.date"), C("payment_status", "string", "status.record_status"),
        C("train_no", "string", "id.record_id"), C("train_index", "string", "id.record_id"),
        C("locomotive_no", "string", "id.record_id"), C("route_code", "string", "text.category"),
        C("empty_return", "bool", "flag.boolean"), C("lease_contract_no", "string", "id.record_id"),
        C("insurance_policy_no", "string", "id.record_id"), C("demurrage_hours", "decimal", "qty.duration"),
        C("expected_arrival_date", "date", "datetime.date"), C("transit_days", "int", "qty.duration"),
        C("vat_amount_kzt", "decimal", "money.tax_amount"), C("loading_track", "string", "text.category"),
        C("receiver_region", "string", "address.state_province"), C("special_conditions", "string", "text.description"),
    ]
    keys = [C("waybill_no", "int", "id.tracking_number", key=True, nullable=False, description="Railway waybill number"),
            C("wagon_number", "string", "id.record_id", key=True, nullable=False, regex=r"^\d{8}$",
              description="8-digit wagon number (last digit is a check digit)")]
    rest = mapped + unm
    p.rng.shuffle(rest)
    p.tgt_cols = keys + rest
    p.key_src, p.key_tgt = ["Жүкқұжат №", "Вагон №"], ["waybill_no", "wagon_number"]
    p.m("waybill_no", "Жүкқұжат №", "type_cast")
    p.m("wagon_number", "Вагон №", "reformat")
    p.m("wagon_type", "Вагон №", "decompose")
    p.m("dispatched_at", ["Жөнелтілген күні", "Уақыты"], "compose")
    p.m("origin_station_code", "Жөнелту станциясы", "decompose")
    p.m("origin_station", "Жөнелту станциясы", "decompose")
    p.m("destination_station_code", "Межелі станция", "decompose")
    p.m("destination_station", "Межелі станция", "decompose")
    p.m("cargo", "Жүк", "value_map")
    p.m("net_weight_t", ["Салмағы", "Өлш."], "unit")
    p.m("tare_weight_t", "Тара, т", "reformat")
    p.m("shipper_name", "Жүк жөнелтуші", "decompose")
    p.m("shipper_legal_form", "Жүк жөнелтуші", "decompose")
    p.m("shipper_bin", "БСН", "reformat")
    p.m("freight_kzt", "Тасымал ақысы", "reformat")
    p.m("vat_rate", "ҚҚС", "value_map")
    p.m("wagon_ownership", "Вагон иесі", "value_map")
    p.m("shipment_type", "Жөнелту түрі", "value_map")
    p.m("arrival_date", "Келген күні", "date_format")
    for c in unm:
        p.m(c["name"], [], "unmapped")
    shipper_bins = {name: kz_bin(p.rng) for name, _ in KZ_SHIPPERS}
    checkers = ["Ж. Сейтқали", "А. Нұрланова", "Сергеев В.П.", "Б. Оспанов"]
    notes = ["", "", "", "", "Пломба тексерілді", "Перегруз 0,3 т", "Кедендік бақылау", "вагон жуылды", "СМГС"]
    state = {"wb": 0, "left": 0, "ctx": None}

    def new_waybill(rng: random.Random, i: int):
        state["wb"] = 30_412_000 + i * 37 + rng.randrange(30)
        shipper, form = rng.choice(KZ_SHIPPERS)
        cargo = {"Астық Трейд": "WHEAT", "Дала Агро": rng.choice(["WHEAT", "FERTILIZER"]), "Сарыарқа Көмір": "COAL",
                 "Ертіс Цемент": "CEMENT", "Темір Қорытпа": "FERROALLOYS", "Балқаш Мыс Логистика": "COPPER_CATHODES",
                 "Каспий Мұнай Өнімдері": "DIESEL"}[shipper]
        o, de = rng.sample(st_names, 2)
        ship = wpick(rng, list(KZ_SHIP), [5, 3, 2])
        n = 1 if ship == "WAGONLOAD" else rng.randint(2, 4) if ship == "GROUP" else rng.randint(4, 6)
        disp = gc.rand_ts(rng, dt.datetime(2024, 1, 10, 0, 0), dt.datetime(2024, 10, 31, 23, 0)).replace(second=0)
        arr = None if rng.random() < 0.15 else (disp + dt.timedelta(days=rng.randint(2, 12))).date()
        state["left"] = n
        state["ctx"] = dict(shipper=shipper, form=form, cargo=cargo, o=o, de=de, ship=ship, disp=disp, arr=arr,
                            own=wpick(rng, list(KZ_OWN), [4, 3, 2]), vat=rng.random())

    def row(rng: random.Random, i: int):
        if state["left"] == 0 or i >= 1000:
            new_waybill(rng, i)
        state["left"] -= 1
        c = state["ctx"]
        wb = state["wb"]
        wb_s = pick(rng, [str(wb), f"№ {wb}", f"{wb:010d}", f"ЖҚ {wb}"])
        first = rng.choice(KZ_CARGO[c["cargo"]][1])
        body = first + gc.digits(rng, 6)
        wagon = body + wagon_check(body)
        wagon_s = pick(rng, [wagon, wagon, f"{wagon[:4]} {wagon[4:]}", f"№{wagon}", f"{wagon[:7]}-{wagon[7]}"])
        d = c["disp"]
        ds = rng.randrange(5)
        d_s = [d.strftime("%d.%m.%Y"), f"{d.year} жылғы {d.day} {KZ_MONTH[d.month - 1]}", f"{d.day} {KZ_MONTH[d.month - 1]} {d.year} ж.",
               d.date().isoformat(), d.strftime("%d.%m.%y")][ds]
        t_s = pick(rng, [d.strftime("%H:%M"), f"{d.hour:02d}.{d.minute:02d}", d.strftime("%H:%M:%S")])

        def station_s(name: str) -> str:
            code, vs = KZ_STATIONS[name]
            v = rng.choice(vs)
            return pick(rng, [f"{v} ({code})", f"{code} {v}", f"{v}, {code}", f"{v} / {code}"])
        cap = {"COAL": (60, 70), "WHEAT": (58, 68), "CEMENT": (55, 66), "FERTILIZER": (55, 66), "DIESEL": (50, 60),
               "COPPER_CATHODES": (40, 64), "FERROALLOYS": (55, 69)}[c["cargo"]]
        net_kg = rng.randint(cap[0] * 1000, cap[1] * 1000) // 50 * 50
        if rng.random() < 0.5:
            net_t = D(net_kg) / 1000
            w_s = pick(rng, [f"{net_t:.3f}".replace(".", ","), f"{net_t.normalize():f}".replace(".", ","), f"{net_t:.3f}"])
            unit = pick(rng, ["т", "тн", "t"])
        else:
            w_s = pick(rng, [thousands(net_kg, NBSP), str(net_kg), thousands(net_kg, " ")])
            unit = pick(rng, ["кг", "kg"])
        tare = D(rng.randint(220, 270)) / 10
        tare_s = pick(rng, [f"{tare}".replace(".", ","), f"{tare}", f"{tare}".replace(".", ",") + " т"])
        name, form = c["shipper"], c["form"]
        fw = rng.choice(KZ_FORM[form])
        sh_s = pick(rng, [f"\"{name}\" {fw}", f"{fw} «{name}»", f"{fw} \"{name}\"", f"{name} {fw}"])
        bn = shipper_bins[name]
        bn_s = pick(rng, [bn, f"{bn[:4]} {bn[4:8]} {bn[8:]}", bn.lstrip("0"), f"БСН {bn}"])
        fr = D(rng.randint(35_000_000, 260_000_000)) / 100
        fr_s = pick(rng, [f"{mc.eu(fr, 2, NBSP)} ₸", mc.eu(fr, 2, ""), f"KZT {mc.us(fr)}", f"{mc.eu(fr, 2, ' ')} тг"])
        if c["vat"] < 0.6:
            vat_s, vat = pick(rng, ["12%", "ҚҚС 12%", "0,12", "12 %"]), "0.12"
        else:
            vat_s, vat = pick(rng, ["ҚҚС-сыз", "без НДС", "0%"]), "0.00"
        arr = c["arr"]
        if arr is None:
            arr_s = pick(rng, ["жолда", "в пути", ""])
        else:
            arr_s = pick(rng, [arr.strftime("%d.%m.%Y"), arr.isoformat(), f"{arr.day} {KZ_MONTH[arr.month - 1]} {arr.year} ж."])
        seal = f"{rng.choice(['ТП', 'KZ', 'СП'])}{gc.digits(rng, 7)}"
        entered = d + dt.timedelta(hours=rng.randint(1, 30), minutes=rng.randrange(60))
        s = dict(zip(S, [str(i + 1), wb_s, wagon_s, d_s, t_s, station_s(c["o"]), station_s(c["de"]),
                         rng.choice(KZ_CARGO[c["cargo"]][0]), w_s, unit, tare_s, sh_s, bn_s, fr_s, vat_s,
                         rng.choice(KZ_OWN[c["own"]]), rng.choice(KZ_SHIP[c["ship"]]), arr_s, seal, rng.choice(checkers),
                         rng.choice(notes), entered.strftime("%d.%m.%Y %H:%M")]))
        t = {"waybill_no": wb, "wagon_number": wagon, "wagon_type": KZ_WTYPE[first], "dispatched_at": d.isoformat(),
             "origin_station_code": KZ_STATIONS[c["o"]][0], "origin_station": c["o"],
             "destination_station_code": KZ_STATIONS[c["de"]][0], "destination_station": c["de"],
             "cargo": c["cargo"], "net_weight_t": q(D(net_kg) / 1000, 3), "tare_weight_t": q(tare, 1),
             "shipper_name": name, "shipper_legal_form": form, "shipper_bin": bn, "freight_kzt": q(fr, 2),
             "vat_rate": vat, "wagon_ownership": c["own"], "shipment_type": c["ship"],
             "arrival_date": arr.isoformat() if arr else None}
        return s, t

    p.row = row
    return p


# =============================================================================================
def main() -> int:
    mc.OUT = OUT  # Pair.write() writes under mapping_common.OUT
    builders = [pair_bus_lo, pair_timber_et, pair_tea_si, pair_gs1_sl, pair_ski_bg, pair_kiosk_az, pair_nikah_ur,
                pair_rail_kz]
    tot = [0, 0, 0, 0]
    for b in builders:
        p = b()
        rows, ns, nt = p.write()
        unm = sum(1 for c in p.corr if c[2] == "unmapped")
        tot = [tot[0] + rows, tot[1] + ns, tot[2] + nt, tot[3] + unm]
        print(f"{p.name:45s} rows={rows:4d} src_cols={ns:3d} tgt_cols={nt:3d} unmapped={unm:3d}")
    print(f"total: 8 pairs, {tot[0]} source rows, {tot[1]} source columns, {tot[2]} target columns "
          f"(= labels), {tot[3]} unmapped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
