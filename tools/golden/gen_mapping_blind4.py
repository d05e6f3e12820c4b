# ruff: noqa
"""Blind mapping golden set 4: eight source/target pairs (split "blind") written from general knowledge.

Standard library only (plus the helper modules next to this file); fixed seeds 90901-90908; writes
assets_config/golden_mapping/blind/. Run:  /work/main/.venv/bin/python tools/golden/gen_mapping_blind4.py
(a blind-written generator, kept as its author wrote it; only its output path was repointed)
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import golden_common as gc  # noqa: E402
import mapping_common as mc  # noqa: E402
from mapping_common import C, Pair, q  # noqa: E402

SPLIT = "dev"
NBSP = "\u00a0"


def D(x) -> Decimal:
    return Decimal(str(x))


def rint(x) -> int:
    return int(D(x).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def grp(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def eu(x, places: int = 2, thousands: str = ".") -> str:
    return mc.eu(x, places, thousands)


def add_unmapped(p: Pair, mapped_cols: list[dict], unmapped: list[dict], seed: int) -> None:
    """Shuffle unmapped target columns among the mapped ones (mapped keep their relative order)."""
    r = random.Random(seed)
    cols = list(mapped_cols)
    for u in unmapped:
        cols.insert(r.randrange(len(cols) + 1), u)
        p.m(u["name"], [], "unmapped")
    p.tgt_cols = cols


# =============================================================================================
# 1. Norwegian fish landing notes (sluttsedler) -> fish_landing_line
# =============================================================================================
NO_MONTH = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
            "november", "desember"]
SPECIES = [("Torsk", "COD", "Gadus morhua", 28, 46), ("Hyse", "HAD", "Melanogrammus aeglefinus", 18, 30),
           ("Sei", "POK", "Pollachius virens", 9, 16), ("Lange", "LIN", "Molva molva", 14, 22),
           ("Brosme", "USK", "Brosme brosme", 10, 17), ("Blåkveite", "GHL", "Reinhardtius hippoglossoides", 30, 42),
           ("Kveite", "HAL", "Hippoglossus hippoglossus", 70, 120), ("Uer", "REG", "Sebastes norvegicus", 15, 24),
           ("Steinbit", "CAT", "Anarhichas lupus", 12, 20), ("Breiflabb", "ANF", "Lophius piscatorius", 35, 60)]
STATES = [("ROUND", 1.0, ["Rund", "rund", "Rundfisk"]),
          ("GUTTED_HEAD_ON", 1.18, ["Sløyd m/hode", "Sløyd med hode", "SL m/h"]),
          ("GUTTED_HEAD_OFF", 1.5, ["Sløyd u/hode", "Sløyd uten hode", "SL u/h"])]
GEARS = [("Garn", "GNS"), ("Line", "LLS"), ("Autoline", "LLS"), ("Juksa", "LHM"), ("Snurrevad", "SDN"),
         ("Bunntrål", "OTB"), ("Trål", "OTB"), ("Snurpenot", "PS")]
QUOTA = [("CLOSED_COASTAL", ["Kyst lukket gruppe", "Lukket gruppe", "Kystfiske - lukket"]),
         ("OPEN_COASTAL", ["Åpen gruppe", "Kyst åpen gruppe", "ÅG"]),
         ("OCEAN", ["Havfiske", "Havfiskeflåten"])]
VESSEL_NAMES = ["HAVBRIS", "NORDSTJERNEN", "SENJAFJORD", "LOFOTHAV", "STORM JUNIOR", "KVITBJØRN", "ØYFJORD",
                "SKÅRØY", "ROLF ANDRE", "GAMLEMSVEIEN", "BERLEVÅG", "VESTERVON", "MÅKEN", "HAVSULA", "TORGEIR",
                "SVANAUG ELISE", "REMØY", "AARSHEIM SENIOR", "BREMNES", "LISE MARIE"]
COUNTY_MUNI = [("F", ["BD", "H", "V", "G", "HV"]), ("T", ["T", "LK", "S", "KV"]), ("N", ["VV", "ME", "BØ", "Ø"]),
               ("M", ["HØ", "A", "SM", "U"]), ("SF", ["F", "S", "V"]), ("H", ["AV", "B", "F"])]
BUYERS = ["Nergård Havfisk AS", "Lerøy Norway Seafoods AS", "Båtsfjordbruket AS", "Brødrene Sperre AS",
          "Ellingsen Seafood AS", "Myre Sjømat AS", "Hopen Fisk AS", "Vesterålen Fiskesalg AS"]
STATIONS = ["Båtsfjord", "Myre", "Ålesund (Vikebukt)", "Honningsvåg", "Svolvær", "Tromsø - Tromsøysund",
            "Vardø", "Austevoll"]


def no_orgnr(r: random.Random) -> str:
    while True:
        d = [r.randint(8, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(a * b for a, b in zip(d, [3, 2, 7, 6, 5, 4, 3, 2], strict=True))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            return "".join(map(str, d)) + str(c)


def pair_fish() -> Pair:
    p = Pair(SPLIT, "sluttseddel_no_to_fish_landing",
             "Norwegian fish landing notes (sluttsedler), one row per species line; note + line as key",
             "fish_landing_line", 190, 90901)
    p.src_cols = ["Seddelnr", "Linje", "Landingsdato", "Fartøy", "Reg.merke", "Redskap", "Fangstfelt",
                  "Kvotetype", "Kjøper", "Kjøper org.nr", "Mottaksstasjon", "Art", "Tilstand", "Produktvekt",
                  "Pris kr/kg", "Beløp", "Registrert av", "Merknad"]
    setup = random.Random(909010)
    vessels = []
    for nm in VESSEL_NAMES:
        county, munis = setup.choice(COUNTY_MUNI)
        vessels.append((nm, f"{county}-{setup.randint(1, 450)}-{setup.choice(munis)}"))
    buyers = [(b, no_orgnr(setup)) for b in BUYERS]
    gears = [("GNS", "gillnet"), ("LLS", "longline"), ("LHM", "handline/jig"), ("SDN", "Danish seine"),
             ("OTB", "bottom otter trawl"), ("PS", "purse seine")]
    p.tgt_cols = [
        C("landing_note_no", "string", "id.record_id", key=True, nullable=False),
        C("line_no", "int", "qty.count", key=True, nullable=False),
        C("landing_date", "date", "datetime.date", nullable=False),
        C("vessel_name", "string", description="Vessel name in capitals as in the vessel register, "
                                                "without M/K or M/S prefix"),
        C("vessel_registration", "string", "id.license_plate", regex=r"^[A-ZÆØÅ]{1,2}-\d{1,4}-[A-ZÆØÅ]{1,2}$",
          description="Registration mark, e.g. M-123-HØ"),
        C("gear_code", "string", allowed_values=[g[0] for g in gears],
          description="FAO ISSCFG gear code: " + ", ".join(f"{a} {b}" for a, b in gears)),
        C("catch_main_area", "int"),
        C("catch_location", "int"),
        C("quota_type", "string", allowed_values=["CLOSED_COASTAL", "OPEN_COASTAL", "OCEAN"]),
        C("buyer_name", "string", "org.company_name"),
        C("buyer_org_no", "string", "id.vat_number", regex=r"^\d{9}$",
          description="Norwegian organisation number, 9 digits"),
        C("receiving_station", "string"),
        C("species_fao", "string", max_length=3, description="FAO 3-alpha species code (COD, HAD, POK ...)"),
        C("product_state", "string", allowed_values=["ROUND", "GUTTED_HEAD_ON", "GUTTED_HEAD_OFF"]),
        C("product_weight_kg", "decimal", "qty.mass", description="Landed product weight in kg, 1 decimal"),
        C("live_weight_kg", "decimal", "qty.mass",
          description="Round (live) weight in kg, 1 decimal = product weight x conversion factor "
                      "(ROUND 1.00, GUTTED_HEAD_ON 1.18, GUTTED_HEAD_OFF 1.50)"),
        C("price_per_kg_nok", "decimal", "money.unit_price"),
        C("line_value_nok", "decimal", "money.amount", description="Value of the line in NOK, 2 decimals"),
        C("vessel_length_m", "decimal", "qty.length"),
        C("levy_nok", "decimal", "money.tax_amount", description="Sales-organisation levy"),
    ]
    for t, s, k in [("landing_note_no", "Seddelnr", "atomic"), ("line_no", "Linje", "atomic"),
                    ("landing_date", "Landingsdato", "date_format"), ("vessel_name", "Fartøy", "reformat"),
                    ("vessel_registration", "Reg.merke", "reformat"), ("gear_code", "Redskap", "value_map"),
                    ("catch_main_area", "Fangstfelt", "decompose"), ("catch_location", "Fangstfelt", "decompose"),
                    ("quota_type", "Kvotetype", "value_map"), ("buyer_name", "Kjøper", "atomic"),
                    ("buyer_org_no", "Kjøper org.nr", "reformat"), ("receiving_station", "Mottaksstasjon", "atomic"),
                    ("species_fao", "Art", "value_map"), ("product_state", "Tilstand", "value_map"),
                    ("product_weight_kg", "Produktvekt", "unit"), ("price_per_kg_nok", "Pris kr/kg", "reformat"),
                    ("line_value_nok", "Beløp", "reformat")]:
        p.m(t, s, k)
    p.m("live_weight_kg", ["Produktvekt", "Tilstand"], "compose")
    p.m("vessel_length_m", [], "unmapped")
    p.m("levy_nok", [], "unmapped")
    p.key_src, p.key_tgt = ["Seddelnr", "Linje"], ["landing_note_no", "line_no"]
    notes: dict[int, dict] = {}
    plan = []
    r0 = random.Random(909011)
    note = 4120000
    while len(plan) < p.n:
        note += r0.randint(1, 40)
        for ln in range(1, r0.choice([1, 1, 2, 2, 3, 4]) + 1):
            plan.append((note, ln))

    def row(r: random.Random, i: int):
        nt, ln = plan[i] if i < p.n else (9100000 + i, 1)
        if nt not in notes:
            d = gc.rand_date(r, dt.date(2024, 1, 2), dt.date(2024, 11, 29))
            vn, vm = r.choice(vessels)
            bn, bo = r.choice(buyers)
            notes[nt] = {"d": d, "vn": vn, "vm": vm, "gear": r.choice(GEARS),
                         "area": (r.randint(0, 37), r.randint(0, 60)), "quota": r.choice(QUOTA), "buyer": (bn, bo),
                         "station": r.choice(STATIONS), "regby": r.choice(["kbj", "ANNE.M", "sys-import", "tor.h"]),
                         "ds": r.randrange(5), "used": set()}
        n = notes[nt]
        d = n["d"]
        date_s = [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}.{d.month}.{d.year}", d.isoformat(),
                  f"{d.day}. {NO_MONTH[d.month - 1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"][n["ds"]]
        vn = n["vn"]
        vm = n["vm"]
        gname, gcode = n["gear"]
        ma, lo = n["area"]
        qcode, qv = n["quota"]
        bn, bo = n["buyer"]
        if "render" not in n:  # one rendering per note: all lines of a note come from the same header record
            n["render"] = (r.choice([vn, vn.title(), f"M/K {vn}", vn.title()]),
                           r.choice([vm, vm, vm.replace("-", " "), vm.lower()]),
                           r.choice([gname, gname.lower(), gname.upper()]),
                           r.choice([f"{ma:02d}-{lo:02d}", f"{ma:02d}/{lo:02d}", f"Område {ma}, lok. {lo}",
                                     f"{ma}-{lo}"]),
                           r.choice(qv),
                           r.choice([bo, f"{bo[:3]} {bo[3:6]} {bo[6:]}", f"NO {bo[:3]} {bo[3:6]} {bo[6:]} MVA",
                                     f"NO{bo}MVA"]))
        vname_s, vm_s, gear_s, area_s, q_s, bo_s = n["render"]
        while True:
            sp = r.choice(SPECIES)
            if sp[1] not in n["used"]:
                n["used"].add(sp[1])
                break
        sname, fao, latin, plo, phi = sp
        sp_s = r.choice([sname, sname, sname.lower(), sname.upper(), f"{sname} ({fao})", latin])
        scode, factor, svars = r.choice(STATES)
        w = D(r.randint(200, 80000)) / 10
        ws = r.randrange(5)
        if ws == 0:
            w_s = eu(w, 1, NBSP)
        elif ws == 1:
            w_s = eu(w, 1, "") + " kg"
        elif ws == 2 and w >= 1000:
            w_s = eu(w / 1000, 4, "") + " tonn"
        elif w == w.to_integral_value():
            w_s = str(int(w))
        else:
            w_s = eu(w, 1, " ") + " kg"
        price = D(r.randint(plo * 100, phi * 100)) / 100
        price_s = r.choice([eu(price, 2, ""), eu(price, 2, ""), f"kr {eu(price, 2, '')}"])
        amount = D(q(w * price))
        amt_s = r.choice([f"kr {eu(amount, 2, ' ')}", eu(amount, 2, ""), f"{eu(amount, 2, NBSP)} NOK"])
        s = {"Seddelnr": str(nt), "Linje": str(ln), "Landingsdato": date_s, "Fartøy": vname_s, "Reg.merke": vm_s,
             "Redskap": gear_s, "Fangstfelt": area_s, "Kvotetype": q_s, "Kjøper": bn,
             "Kjøper org.nr": bo_s, "Mottaksstasjon": n["station"], "Art": sp_s, "Tilstand": r.choice(svars),
             "Produktvekt": w_s, "Pris kr/kg": price_s, "Beløp": amt_s, "Registrert av": n["regby"],
             "Merknad": r.choice(["", "", "", "Frosset om bord", "Bifangst", "Kvalitet A", "Levert i kar"])}
        t = {"landing_note_no": str(nt), "line_no": ln, "landing_date": d.isoformat(), "vessel_name": vn,
             "vessel_registration": vm, "gear_code": gcode, "catch_main_area": ma, "catch_location": lo,
             "quota_type": qcode, "buyer_name": bn, "buyer_org_no": bo, "receiving_station": n["station"],
             "species_fao": fao, "product_state": scode, "product_weight_kg": q(w, 1),
             "live_weight_kg": q(w * D(factor), 1), "price_per_kg_nok": q(price), "line_value_nok": q(amount)}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 2. Vietnamese courier COD waybills -> cod_waybill
# =============================================================================================
VI_FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
          "Dương", "Lý"]
VI_MID = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Thu", "Quốc", "Gia", "Bảo", "Thị Thu", "Thị Ngọc"]
VI_GIVEN = ["Anh", "Hà", "Hùng", "Dũng", "Linh", "Trang", "Tuấn", "Hương", "Phương", "Nam", "Long", "Quỳnh", "Thảo",
            "Khoa", "Vy", "Yến", "Đạt", "Nhung", "Khánh", "Tâm"]
VI_PROV = [
    ("Hồ Chí Minh", ["TP. Hồ Chí Minh", "TP.HCM", "Tp Hồ Chí Minh", "Hồ Chí Minh", "TP HCM"],
     [("Quận 1", ["Phường Bến Thành", "Phường Tân Định", "Phường Đa Kao"]),
      ("Quận 3", ["Phường 7", "Phường 12", "Phường Võ Thị Sáu"]),
      ("Quận Bình Thạnh", ["Phường 25", "Phường 15", "Phường 2"]),
      ("Quận Tân Bình", ["Phường 4", "Phường 13"]),
      ("Thành phố Thủ Đức", ["Phường Thảo Điền", "Phường Linh Trung", "Phường An Phú"])],
     ["Lê Lợi", "Nguyễn Huệ", "Hai Bà Trưng", "Điện Biên Phủ", "Xô Viết Nghệ Tĩnh", "Cộng Hòa", "Võ Văn Ngân"]),
    ("Hà Nội", ["Hà Nội", "TP. Hà Nội", "Tp Hà Nội", "HN"],
     [("Quận Cầu Giấy", ["Phường Dịch Vọng", "Phường Quan Hoa", "Phường Yên Hòa"]),
      ("Quận Hoàn Kiếm", ["Phường Hàng Bạc", "Phường Tràng Tiền"]),
      ("Quận Đống Đa", ["Phường Láng Hạ", "Phường Ô Chợ Dừa"]),
      ("Huyện Gia Lâm", ["Xã Đa Tốn", "Thị trấn Trâu Quỳ"])],
     ["Xuân Thủy", "Trần Duy Hưng", "Hàng Bạc", "Láng Hạ", "Nguyễn Chí Thanh", "Ngõ 68 Cầu Giấy"]),
    ("Đà Nẵng", ["Đà Nẵng", "TP Đà Nẵng", "TP. Đà Nẵng"],
     [("Quận Hải Châu", ["Phường Thạch Thang", "Phường Hải Châu I"]),
      ("Quận Sơn Trà", ["Phường An Hải Bắc", "Phường Mân Thái"])],
     ["Bạch Đằng", "Lê Duẩn", "Võ Nguyên Giáp", "Ngô Quyền"]),
    ("Cần Thơ", ["Cần Thơ", "TP. Cần Thơ"],
     [("Quận Ninh Kiều", ["Phường An Hòa", "Phường Xuân Khánh"])],
     ["30 Tháng 4", "Mậu Thân", "Trần Hưng Đạo"]),
]
VI_STATUS = [("DELIVERED", ["Đã giao", "Giao thành công", "Đã giao hàng"]),
             ("IN_TRANSIT", ["Đang giao", "Đang giao hàng", "Đang vận chuyển"]),
             ("PENDING_PICKUP", ["Chờ lấy hàng", "Chờ lấy"]),
             ("RETURNED", ["Hoàn hàng", "Đã hoàn", "Chuyển hoàn"]),
             ("CANCELLED", ["Đã hủy", "Đã huỷ", "Hủy"])]
VI_NOTE = [("VIEW_NO_TRY", ["Cho xem hàng, không cho thử", "Cho xem hàng không cho thử", "Cho xem hang"]),
           ("NO_VIEW", ["Không cho xem hàng", "Khong cho xem hang", "KHÔNG CHO XEM HÀNG"]),
           ("TRY_ALLOWED", ["Cho thử hàng", "Cho thu hang", "Cho xem và thử hàng"])]
VI_ITEMS = ["Áo thun nam", "Ốp lưng điện thoại", "Son môi", "Giày thể thao", "Tai nghe bluetooth", "Sách",
            "Bình giữ nhiệt", "Váy đầm nữ", "Cáp sạc type-C", "Mỹ phẩm", "Đồ chơi trẻ em", "Bánh tráng (đồ ăn)"]


def vi_abbrev(name: str, r: random.Random) -> str:
    for full, abbs in (("Thành phố ", ["TP. ", "Tp. "]), ("Quận ", ["Q.", "Q. ", "Quận "]),
                       ("Huyện ", ["H. ", "Huyện "]), ("Phường ", ["P.", "P. ", "Phường "]), ("Xã ", ["X. ", "Xã "]),
                       ("Thị trấn ", ["TT. ", "Thị trấn "])):
        if name.startswith(full):
            return r.choice(abbs) + name[len(full):]
    return name


def vnd(x: int, r: random.Random, allow_short: bool = True) -> str:
    opts = [f"{grp(x, '.')}đ", f"{grp(x, '.')} ₫", str(x), f"{grp(x, '.')} VND"]
    if allow_short and x >= 1_000_000 and x % 10_000 == 0:
        opts.append(f"{str(D(x) / 1_000_000).replace('.', ',')}tr")
    if allow_short and 0 < x < 1_000_000 and x % 1000 == 0:
        opts.append(f"{x // 1000}k")
    return r.choice(opts)


def pair_cod() -> Pair:
    p = Pair(SPLIT, "vandon_vi_to_cod_waybill",
             "Vietnamese courier (GHN/GHTK-style) COD waybill export -> waybill table", "cod_waybill", 210, 90902)
    p.src_cols = ["Mã vận đơn", "Mã đơn shop", "Ngày tạo", "Người nhận", "SĐT người nhận", "Địa chỉ nhận",
                  "Nội dung hàng", "Khối lượng", "Tiền thu hộ (COD)", "Phí ship", "Người trả phí", "Yêu cầu khi giao",
                  "Trạng thái", "Ngày giao thành công", "Số lần giao", "Bưu cục", "NV lấy hàng", "Ngày in"]
    p.tgt_cols = [
        C("waybill_no", "string", "id.tracking_number", key=True, nullable=False),
        C("shop_order_no", "int", "id.order_number", description="Merchant order number without prefix"),
        C("created_at", "datetime", "datetime.created_at", description="Local time (ICT)"),
        C("recipient_name", "string", "person.full_name", description="Full name in normal case, family name first"),
        C("recipient_phone", "string", "contact.mobile_phone", regex=r"^\+84\d{9}$", description="E.164"),
        C("street_line", "string", "address.street_address", description="House number and street / alley"),
        C("ward", "string", description="Full official ward/commune name, e.g. 'Phường Bến Thành', 'Xã Đa Tốn'"),
        C("district", "string", description="Full official name, e.g. 'Quận 1', 'Thành phố Thủ Đức'"),
        C("province", "string", "address.state_province",
          allowed_values=["Hồ Chí Minh", "Hà Nội", "Đà Nẵng", "Cần Thơ"]),
        C("item_description", "string", "text.description"),
        C("weight_kg", "decimal", "qty.mass", description="3 decimals"),
        C("cod_amount_vnd", "int", "money.amount", nullable=False, description="Cash to collect; 0 if prepaid"),
        C("shipping_fee_vnd", "int", "money.amount"),
        C("fee_payer", "string", allowed_values=["SENDER", "RECIPIENT"]),
        C("inspection_policy", "string", allowed_values=["VIEW_NO_TRY", "NO_VIEW", "TRY_ALLOWED"]),
        C("status", "string", "status.record_status", allowed_values=[s[0] for s in VI_STATUS]),
        C("delivered_date", "date", "datetime.date"),
        C("delivery_attempts", "int", "qty.count"),
        C("recipient_email", "string", "contact.email"),
        C("insured_value_vnd", "int", "money.amount"),
        C("sender_shop_id", "string", "id.customer_id"),
    ]
    for t, s, k in [("waybill_no", "Mã vận đơn", "atomic"), ("shop_order_no", "Mã đơn shop", "type_cast"),
                    ("created_at", "Ngày tạo", "date_format"), ("recipient_name", "Người nhận", "reformat"),
                    ("recipient_phone", "SĐT người nhận", "reformat"), ("street_line", "Địa chỉ nhận", "decompose"),
                    ("ward", "Địa chỉ nhận", "decompose"), ("district", "Địa chỉ nhận", "decompose"),
                    ("province", "Địa chỉ nhận", "decompose"), ("item_description", "Nội dung hàng", "atomic"),
                    ("weight_kg", "Khối lượng", "unit"), ("cod_amount_vnd", "Tiền thu hộ (COD)", "type_cast"),
                    ("shipping_fee_vnd", "Phí ship", "type_cast"), ("fee_payer", "Người trả phí", "value_map"),
                    ("inspection_policy", "Yêu cầu khi giao", "value_map"), ("status", "Trạng thái", "value_map"),
                    ("delivered_date", "Ngày giao thành công", "date_format"),
                    ("delivery_attempts", "Số lần giao", "atomic")]:
        p.m(t, s, k)
    for u in ("recipient_email", "insured_value_vnd", "sender_shop_id"):
        p.m(u, [], "unmapped")
    p.key_src, p.key_tgt = ["Mã vận đơn"], ["waybill_no"]
    alnum = "ABCDEFGHKLMNPQRTUVXY0123456789"

    def row(r: random.Random, i: int):
        wb = "G" + gc.token(r, 1, "ABCDEFHKLN") + gc.token(r, 6, alnum) + f"{i % 97:02d}"
        order = r.randint(1000, 999999)
        order_s = r.choice([f"DH{order:07d}", f"#{order}", str(order), f"DH-{order:07d}"])
        created = dt.datetime(2024, 1, 1, 0, 0) + dt.timedelta(minutes=r.randrange(300 * 24 * 60))
        cs = r.randrange(4)
        c_s = [created.strftime("%d/%m/%Y %H:%M"), created.strftime("%Y-%m-%d %H:%M:00"),
               created.strftime("%H:%M %d/%m/%Y"), f"{created.day}/{created.month}/{created.year} {created:%H:%M}"][cs]
        name = " ".join([r.choice(VI_FAM), r.choice(VI_MID), r.choice(VI_GIVEN)])
        name_s = name.upper() if r.random() < 0.3 else name
        nsn = r.choice(["90", "91", "93", "94", "96", "97", "98", "32", "33", "35", "70", "77", "86", "88"]) \
            + gc.digits(r, 7)
        ph_s = r.choice([f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"0{nsn}", f"0{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}",
                         f"+84 {nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"84{nsn}", nsn])
        prov, pvars, dists, streets = r.choice(VI_PROV)
        dist, wards = r.choice(dists)
        ward = r.choice(wards)
        st = r.choice(streets)
        num = r.choice([str(r.randint(1, 350)), f"{r.randint(1, 200)}/{r.randint(1, 30)}", f"{r.randint(1, 99)}A",
                        f"Số {r.randint(1, 120)}"])
        street = f"{num} {st}"
        sep = r.choice([", ", ", ", " - "])
        addr = sep.join([street, vi_abbrev(ward, r), vi_abbrev(dist, r), r.choice(pvars)])
        wg = r.randint(2, 300) * 50
        ws = r.randrange(4)
        if ws == 0:
            w_s = f"{wg}g"
        elif ws == 1 and wg % 100 == 0:
            w_s = f"{str(D(wg) / 1000).replace('.', ',')}kg"
        elif ws == 2:
            w_s = f"{D(wg) / 1000} kg"
        else:
            w_s = str(wg)
        cod = 0 if r.random() < 0.15 else r.randint(5, 500) * 10_000 - r.choice([0, 0, 1000, 5000])
        fee = r.choice([16500, 22000, 25000, 30000, 32000, 35000, 41000, 48000, 55000])
        payer = r.choice([("SENDER", ["Người gửi", "Shop trả", "NG trả"]),
                          ("RECIPIENT", ["Người nhận", "Khách trả", "NN trả"])])
        insp = r.choice(VI_NOTE)
        st_code, st_vars = r.choices(VI_STATUS, weights=[55, 15, 8, 12, 10])[0]
        attempts = {"DELIVERED": r.choice([1, 1, 1, 2]), "IN_TRANSIT": r.choice([0, 1]), "PENDING_PICKUP": 0,
                    "RETURNED": 3, "CANCELLED": 0}[st_code]
        dd = None
        if st_code == "DELIVERED":
            dd = (created + dt.timedelta(days=r.randint(1, 5))).date()
        dd_s = "" if dd is None else r.choice([dd.strftime("%d/%m/%Y"), dd.strftime("%d-%m-%Y")])
        printed = created + dt.timedelta(minutes=r.randint(5, 600))
        s = {"Mã vận đơn": wb, "Mã đơn shop": order_s, "Ngày tạo": c_s, "Người nhận": name_s, "SĐT người nhận": ph_s,
             "Địa chỉ nhận": addr, "Nội dung hàng": r.choice(VI_ITEMS), "Khối lượng": w_s,
             "Tiền thu hộ (COD)": vnd(cod, r) if cod else r.choice(["0", "0đ", "0"]),
             "Phí ship": vnd(fee, r), "Người trả phí": r.choice(payer[1]), "Yêu cầu khi giao": r.choice(insp[1]),
             "Trạng thái": r.choice(st_vars), "Ngày giao thành công": dd_s, "Số lần giao": str(attempts),
             "Bưu cục": f"Bưu cục {vi_abbrev(dist, r)}", "NV lấy hàng": " ".join([r.choice(VI_FAM), r.choice(VI_GIVEN)]),
             "Ngày in": printed.strftime("%d/%m/%Y %H:%M")}
        t = {"waybill_no": wb, "shop_order_no": order, "created_at": created.strftime("%Y-%m-%dT%H:%M:00"),
             "recipient_name": name, "recipient_phone": f"+84{nsn}", "street_line": street, "ward": ward,
             "district": dist, "province": prov, "item_description": s["Nội dung hàng"], "weight_kg": q(D(wg) / 1000, 3),
             "cod_amount_vnd": cod, "shipping_fee_vnd": fee, "fee_payer": payer[0], "inspection_policy": insp[0],
             "status": st_code, "delivered_date": dd.isoformat() if dd else None, "delivery_attempts": attempts}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 3. Arabic (UAE) car rental agreements -> rental_agreement
# =============================================================================================
AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
AR_MONTH = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
            "ديسمبر"]
AR_NAT = {"AE": (["إماراتي", "إماراتية", "الإمارات", "UAE"], "ar"), "SA": (["سعودي", "سعودية", "KSA"], "ar"),
          "EG": (["مصري", "مصرية", "مصر"], "ar"), "JO": (["أردني", "أردنية", "الأردن"], "ar"),
          "IN": (["هندي", "هندية", "الهند", "India"], "en"), "PK": (["باكستاني", "باكستانية", "Pakistan"], "en"),
          "GB": (["بريطاني", "بريطانية", "UK"], "en"), "PH": (["فلبيني", "فلبينية", "Philippines"], "en")}
AR_FIRST_M = ["محمد", "أحمد", "علي", "خالد", "سعيد", "عبدالله", "حمدان", "يوسف"]
AR_FIRST_F = ["فاطمة", "مريم", "عائشة", "نورة", "سارة", "ليلى", "هند"]
AR_LAST = ["الهاشمي", "المنصوري", "الكعبي", "الشامسي", "النعيمي", "حداد", "خوري", "الزعابي", "العتيبي", "عبد الرحمن"]
EN_NAMES = {"IN": (["Rajesh", "Arjun", "Vikram", "Priya", "Anjali", "Deepa"], ["Kumar", "Nair", "Sharma", "Menon", "Iyer"]),
            "PK": (["Imran", "Bilal", "Ayesha", "Sana"], ["Khan", "Qureshi", "Butt", "Siddiqui"]),
            "GB": (["James", "Oliver", "Emma", "Charlotte"], ["Smith", "Taylor", "Walker", "Hughes"]),
            "PH": (["Jose", "Mark", "Maria", "Kristine"], ["Santos", "Reyes", "Dela Cruz", "Bautista"])}
CAR_CLASS = [("ECONOMY", ["اقتصادية", "اقتصادي", "Economy"], (79, 120)), ("COMPACT", ["صغيرة", "Compact"], (99, 150)),
             ("INTERMEDIATE", ["متوسطة", "سيدان متوسطة"], (130, 190)), ("SUV", ["دفع رباعي", "SUV", "رباعي"], (220, 380)),
             ("LUXURY", ["فاخرة", "Luxury"], (450, 900))]
EMIRATES = [("DXB", ["دبي", "Dubai", "DXB"], "ABCDEFGHIJKLMNOPQRS"), ("AUH", ["أبوظبي", "Abu Dhabi", "AUH"], None),
            ("SHJ", ["الشارقة", "Sharjah", "SHJ"], None)]
BRANCHES = [("DXB-T3", ["مطار دبي - مبنى 3", "مطار دبي T3", "DXB Airport T3"]),
            ("DXB-MAR", ["دبي مارينا", "المارينا"]), ("AUH-MUS", ["أبوظبي - المصفح", "المصفح"]),
            ("SHJ-CTY", ["الشارقة", "الشارقة - المدينة"])]


def luhn_full(body: str) -> str:
    return body + gc.luhn_digit(body)


def ar_time(t: dt.datetime) -> str:
    h = t.hour % 12 or 12
    return f"{h}:{t.minute:02d} {'م' if t.hour >= 12 else 'ص'}"


def ar_dt(t: dt.datetime, style: int) -> str:
    if style == 0:
        return t.strftime("%d/%m/%Y %H:%M")
    if style == 1:
        return t.strftime("%d/%m/%Y %H:%M").translate(AR_DIG)
    if style == 2:
        return f"{t.day} {AR_MONTH[t.month - 1]} {t.year} {ar_time(t)}"
    return t.strftime("%Y-%m-%d %H:%M")


def pair_rental() -> Pair:
    p = Pair(SPLIT, "ijar_ar_to_rental_agreement",
             "UAE car rental contracts exported from an Arabic rental system (Arabic headers, Arabic-Indic digits)",
             "rental_agreement", 160, 90903)
    p.src_cols = ["رقم العقد", "رقم الحجز", "الفرع", "اسم المستأجر", "الجنسية", "رقم الهوية", "رقم الرخصة",
                  "رقم الهاتف", "فئة السيارة", "رقم اللوحة", "تاريخ الاستلام", "تاريخ الإرجاع", "عدد الأيام",
                  "عداد الاستلام", "عداد الإرجاع", "الإيجار اليومي", "الإجمالي", "التأمين", "الوقود عند الإرجاع",
                  "طريقة الدفع", "حالة العقد", "الموظف", "ملاحظات"]
    p.tgt_cols = [
        C("contract_no", "string", "id.record_id", key=True, nullable=False),
        C("branch_code", "string", allowed_values=[b[0] for b in BRANCHES]),
        C("renter_name", "string", "person.full_name"),
        C("nationality", "string", "person.nationality", description="ISO 3166-1 alpha-2"),
        C("emirates_id", "string", "id.national_id", regex=r"^784\d{12}$", description="15 digits, no dashes"),
        C("driving_licence_no", "string", "id.drivers_license"),
        C("mobile", "string", "contact.mobile_phone", description="E.164"),
        C("car_group", "string", allowed_values=[c[0] for c in CAR_CLASS]),
        C("plate_emirate", "string", allowed_values=["DXB", "AUH", "SHJ"]),
        C("plate_number", "string", "id.license_plate", description="Plate code and number, e.g. 'A 12345', '5 23456'"),
        C("pickup_at", "datetime", "datetime.timestamp", description="Local time (GST)"),
        C("return_at", "datetime", "datetime.timestamp", description="Local time (GST); null while the car is out"),
        C("rental_days", "int", "qty.count"),
        C("odometer_out_km", "int", "qty.length"),
        C("odometer_in_km", "int", "qty.length"),
        C("daily_rate_aed", "decimal", "money.unit_price"),
        C("total_aed", "decimal", "money.amount", description="Total incl. 5% VAT"),
        C("insurance_cover", "string", allowed_values=["FULL", "BASIC", "NONE"]),
        C("fuel_level_return", "decimal", "qty.percentage", description="Tank level at return, 0.00-1.00"),
        C("payment_method", "string", allowed_values=["CASH", "CARD", "TRANSFER"]),
        C("status", "string", "status.record_status", allowed_values=["OPEN", "CLOSED", "CANCELLED"]),
        C("deposit_aed", "decimal", "money.amount"),
        C("salik_charges_aed", "decimal", "money.amount", description="Road toll charges"),
        C("additional_driver", "bool", "flag.boolean"),
    ]
    for t, s, k in [("contract_no", "رقم العقد", "atomic"), ("branch_code", "الفرع", "value_map"),
                    ("renter_name", "اسم المستأجر", "atomic"), ("nationality", "الجنسية", "value_map"),
                    ("emirates_id", "رقم الهوية", "reformat"), ("driving_licence_no", "رقم الرخصة", "type_cast"),
                    ("mobile", "رقم الهاتف", "reformat"), ("car_group", "فئة السيارة", "value_map"),
                    ("plate_emirate", "رقم اللوحة", "decompose"), ("plate_number", "رقم اللوحة", "decompose"),
                    ("pickup_at", "تاريخ الاستلام", "date_format"), ("return_at", "تاريخ الإرجاع", "date_format"),
                    ("rental_days", "عدد الأيام", "type_cast"), ("odometer_out_km", "عداد الاستلام", "type_cast"),
                    ("odometer_in_km", "عداد الإرجاع", "type_cast"), ("daily_rate_aed", "الإيجار اليومي", "type_cast"),
                    ("total_aed", "الإجمالي", "type_cast"), ("insurance_cover", "التأمين", "value_map"),
                    ("fuel_level_return", "الوقود عند الإرجاع", "value_map"), ("payment_method", "طريقة الدفع", "value_map"),
                    ("status", "حالة العقد", "value_map")]:
        p.m(t, s, k)
    for u in ("deposit_aed", "salik_charges_aed", "additional_driver"):
        p.m(u, [], "unmapped")
    p.key_src, p.key_tgt = ["رقم العقد"], ["contract_no"]
    staff = ["أحمد ك.", "Ramesh", "سلمى", "Joy P.", "خالد"]

    def row(r: random.Random, i: int):
        cno = f"RA-24-{10000 + i * 3 + r.randint(0, 2):05d}"
        nat = r.choice(list(AR_NAT))
        nvars, script = AR_NAT[nat]
        female = r.random() < 0.35
        if script == "ar":
            name = f"{r.choice(AR_FIRST_F if female else AR_FIRST_M)} {r.choice(AR_FIRST_M)} {r.choice(AR_LAST)}"
            nat_s = r.choice([nvars[1], nvars[1], nvars[-1]]) if female else \
                r.choice([v for j, v in enumerate(nvars) if j != 1])
        else:
            fn, ln = EN_NAMES[nat]
            half = len(fn) // 2
            name = f"{r.choice(fn[half:] if female else fn[:half])} {r.choice(ln)}"
            nat_s = nvars[1] if female else r.choice([v for j, v in enumerate(nvars) if j != 1])
        by = r.randint(1960, 2003)
        eid = luhn_full(f"784{by}{gc.digits(r, 7)}")
        eid_s = r.choice([f"{eid[:3]}-{eid[3:7]}-{eid[7:14]}-{eid[14]}", eid, eid.translate(AR_DIG)])
        lic = str(r.randint(100000, 9999999))
        lic_s = r.choice([lic, lic, lic.translate(AR_DIG)])
        nsn = r.choice(["50", "52", "54", "55", "56", "58"]) + gc.digits(r, 7)
        ph_s = r.choice([f"0{nsn[:2]} {nsn[2:5]} {nsn[5:]}", f"+971 {nsn[:2]} {nsn[2:5]} {nsn[5:]}", f"00971{nsn}",
                         f"0{nsn}".translate(AR_DIG), f"971-{nsn[:2]}-{nsn[2:]}"])
        cg, cvars, (lo, hi) = r.choice(CAR_CLASS)
        em, evars, letters = r.choice(EMIRATES)
        code = r.choice(letters) if letters else str(r.choice([1, 2, 3]) if em == "SHJ" else r.randint(1, 17))
        pno = str(r.randint(1, 99999))
        plate = f"{code} {pno}"
        ps = r.randrange(3)
        plate_s = [f"{evars[0]} {code} {pno}", f"{evars[1]} {code} {pno}", f"{code}-{pno} {evars[2]}"][ps]
        pick = dt.datetime(2024, 1, 1, 7, 0) + dt.timedelta(days=r.randrange(330), minutes=r.randrange(0, 15 * 60, 5))
        days = r.choice([1, 1, 2, 2, 3, 3, 4, 5, 7, 7, 10, 14])
        status = r.choices(["CLOSED", "OPEN", "CANCELLED"], weights=[75, 15, 10])[0]
        ds = r.randrange(4)
        ret = None
        if status == "CLOSED":
            ret = pick + dt.timedelta(days=days, minutes=r.randrange(-120, 180, 5))
        days_s = r.choice([str(days), str(days).translate(AR_DIG), f"{days} أيام" if 3 <= days <= 10 else str(days),
                           {1: "يوم واحد", 2: "يومان"}.get(days, str(days))])
        odo_out = r.randint(3000, 140000)
        odo_in = odo_out + days * r.randint(40, 380) if status == "CLOSED" else None

        def odo(x):
            return r.choice([f"{x:,} كم", str(x), str(x).translate(AR_DIG), f"{x} km"])

        rate = D(r.randint(lo, hi))
        rate_s = r.choice([f"{rate} درهم", f"AED {rate}.00", f"{rate}".translate(AR_DIG) + " د.إ", str(rate)])
        total = D(q(rate * days * D("1.05")))
        tot_s = r.choice([f"{total:,.2f}", f"{total:.2f}".translate(AR_DIG).replace(".", "٫"),
                          f"AED {total:,.2f}", f"{total:.2f}"])
        if total >= 1000 and r.random() < 0.3:
            tot_s = f"{total:,.2f}".translate(AR_DIG).replace(",", "٬").replace(".", "٫")
        ins = r.choice([("FULL", ["شامل", "تأمين شامل", "Full"]), ("BASIC", ["أساسي", "ضد الغير", "Basic"]),
                        ("NONE", ["بدون", "بدون تأمين"])])
        fuel = None
        fuel_s = ""
        if status == "CLOSED":
            fuel, fvars = r.choice([("1.00", ["ممتلئ", "كامل", "8/8"]), ("0.75", ["3/4", "ثلاثة أرباع", "6/8"]),
                                    ("0.50", ["نصف", "1/2", "4/8"]), ("0.25", ["ربع", "1/4", "2/8"])])
            fuel_s = r.choice(fvars)
        pay = r.choice([("CASH", ["نقدا", "نقداً", "كاش"]), ("CARD", ["بطاقة", "فيزا", "ماستركارد", "بطاقة ائتمان"]),
                        ("TRANSFER", ["تحويل بنكي", "تحويل"])])
        st_s = {"CLOSED": r.choice(["مغلق", "مغلق", "منتهي"]), "OPEN": r.choice(["مفتوح", "ساري"]),
                "CANCELLED": r.choice(["ملغي", "ملغى"])}[status]
        br = r.choice(BRANCHES)
        s = {"رقم العقد": cno, "رقم الحجز": f"BK-{gc.token(r, 5, 'ABCDEFGHJKMNPQRSTUVWXYZ23456789')}",
             "الفرع": r.choice(br[1]), "اسم المستأجر": name, "الجنسية": nat_s, "رقم الهوية": eid_s, "رقم الرخصة": lic_s,
             "رقم الهاتف": ph_s, "فئة السيارة": r.choice(cvars), "رقم اللوحة": plate_s, "تاريخ الاستلام": ar_dt(pick, ds),
             "تاريخ الإرجاع": ar_dt(ret, ds) if ret else "", "عدد الأيام": days_s, "عداد الاستلام": odo(odo_out),
             "عداد الإرجاع": odo(odo_in) if odo_in else "", "الإيجار اليومي": rate_s, "الإجمالي": tot_s,
             "التأمين": r.choice(ins[1]), "الوقود عند الإرجاع": fuel_s, "طريقة الدفع": r.choice(pay[1]),
             "حالة العقد": st_s, "الموظف": r.choice(staff),
             "ملاحظات": r.choice(["", "", "", "خدش بسيط في الباب", "تسليم في الفندق", "VIP", "مقعد أطفال"])}
        t = {"contract_no": cno, "branch_code": br[0], "renter_name": name, "nationality": nat, "emirates_id": eid,
             "driving_licence_no": lic, "mobile": f"+971{nsn}", "car_group": cg, "plate_emirate": em,
             "plate_number": plate, "pickup_at": pick.strftime("%Y-%m-%dT%H:%M:00"),
             "return_at": ret.strftime("%Y-%m-%dT%H:%M:00") if ret else None, "rental_days": days,
             "odometer_out_km": odo_out, "odometer_in_km": odo_in, "daily_rate_aed": q(rate), "total_aed": q(total),
             "insurance_cover": ins[0], "fuel_level_return": fuel, "payment_method": pay[0], "status": status}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 4. Hebrew gym memberships -> gym_membership
# =============================================================================================
HE_M = [("יוסי", "yossi"), ("דוד", "david"), ("משה", "moshe"), ("נועם", "noam"), ("איתי", "itay"), ("אורי", "uri"),
        ("יונתן", "yonatan"), ("עומר", "omer"), ("אריאל", "ariel"), ("אבי", "avi"), ("מוחמד", "mohammad")]
HE_F = [("נועה", "noa"), ("תמר", "tamar"), ("מיכל", "michal"), ("שירה", "shira"), ("יעל", "yael"), ("רחל", "rachel"),
        ("מאיה", "maya"), ("הילה", "hila"), ("ליאור", "lior"), ("רנא", "rana")]
HE_L = [("כהן", "cohen"), ("לוי", "levi"), ("מזרחי", "mizrahi"), ("פרץ", "peretz"), ("ביטון", "biton"),
        ("דהן", "dahan"), ("אברהם", "avraham"), ("פרידמן", "friedman"), ("אזולאי", "azulay"), ("שפירא", "shapira"),
        ("גבאי", "gabay"), ("חדד", "hadad"), ("בן דוד", "bendavid"), ("אוחיון", "ohayon"), ("ח'ורי", "khoury")]
HE_PLAN = [("MONTHLY", ["חודשי", "מנוי חודשי"]), ("ANNUAL", ["שנתי", "מנוי שנתי", "12 חודשים"]),
           ("SEMIANNUAL", ["חצי שנתי", "6 חודשים"]), ("PUNCH10", ["כרטיסייה 10 כניסות", "כרטיסיה 10"])]
HE_PAY = [("DIRECT_DEBIT", ["הוראת קבע", 'הו"ק']), ("CARD", ["אשראי", "כרטיס אשראי", "ויזה"]), ("CASH", ["מזומן"]),
          ("CHEQUE", ["צ'ק", "צ׳ק", "שיקים"])]
HE_STATUS = [("ACTIVE", ["פעיל", "פעילה"]), ("FROZEN", ["מוקפא", "הקפאה"]), ("CANCELLED", ["בוטל", "מבוטל"]),
             ("EXPIRED", ["הסתיים", "פג תוקף"])]
HE_BRANCH = [("TLV-DIZ", ["תל אביב - דיזנגוף", 'ת"א דיזנגוף', "ת״א - דיזנגוף"]), ("RMG", ["רמת גן", 'ר"ג']),
             ("HFA", ["חיפה", "חיפה - מרכז"]), ("JLM", ["ירושלים", "י-ם", "ירושלים - תלפיות"]),
             ("BSV", ["באר שבע", 'ב"ש'])]


def il_id(r: random.Random) -> str:
    body = f"{r.randint(1, 39999999):08d}" if r.random() < 0.25 else f"{r.randint(200000000, 399999999) // 10:08d}"
    tot = 0
    for k, ch in enumerate(body):
        v = int(ch) * (1 if k % 2 == 0 else 2)
        tot += v if v < 10 else v - 9
    return body + str((10 - tot % 10) % 10)


def add_months(d: dt.date, m: int) -> dt.date:
    import calendar
    y, mo = divmod(d.month - 1 + m, 12)
    return dt.date(d.year + y, mo + 1, min(d.day, calendar.monthrange(d.year + y, mo + 1)[1]))


def pair_gym() -> Pair:
    p = Pair(SPLIT, "manuim_he_to_gym_membership",
             "Israeli fitness-club member list (Hebrew headers) -> membership table", "gym_membership", 150, 90904)
    p.src_cols = ["מס' מנוי", "שם פרטי", "שם משפחה", "ת.ז.", "תאריך לידה", "מין", "טלפון נייד", 'דוא"ל', "סניף",
                  "סוג מנוי", "תחילת מנוי", "סיום מנוי", "דמי מנוי חודשיים", "אמצעי תשלום", "הצהרת בריאות", "סטטוס",
                  "מאמן אישי", "הערות", "עודכן בתאריך"]
    p.tgt_cols = [
        C("member_id", "int", "id.customer_id", key=True, nullable=False),
        C("full_name", "string", "person.full_name", description="Given name then family name"),
        C("national_id", "string", "id.national_id", regex=r"^\d{9}$", description="Teudat zehut, 9 digits with check digit"),
        C("birth_date", "date", "person.date_of_birth"),
        C("gender", "string", "person.gender", allowed_values=["M", "F"]),
        C("mobile", "string", "contact.mobile_phone", description="E.164"),
        C("email", "string", "contact.email", description="lower case"),
        C("branch_code", "string", allowed_values=[b[0] for b in HE_BRANCH]),
        C("plan", "string", allowed_values=[x[0] for x in HE_PLAN]),
        C("start_date", "date", "datetime.date"),
        C("end_date", "date", "datetime.date", description="null for open-ended plans"),
        C("monthly_fee_ils", "decimal", "money.amount"),
        C("payment_method", "string", allowed_values=[x[0] for x in HE_PAY]),
        C("health_declaration_signed", "bool", "flag.consent"),
        C("status", "string", "status.record_status", allowed_values=[x[0] for x in HE_STATUS]),
        C("emergency_contact_phone", "string", "contact.phone"),
        C("locker_no", "int"),
        C("referral_source", "string"),
    ]
    p.m("member_id", "מס' מנוי", "atomic")
    p.m("full_name", ["שם פרטי", "שם משפחה"], "compose")
    for t, s, k in [("national_id", "ת.ז.", "reformat"), ("birth_date", "תאריך לידה", "date_format"),
                    ("gender", "מין", "value_map"), ("mobile", "טלפון נייד", "reformat"), ("email", 'דוא"ל', "reformat"),
                    ("branch_code", "סניף", "value_map"), ("plan", "סוג מנוי", "value_map"),
                    ("start_date", "תחילת מנוי", "date_format"), ("end_date", "סיום מנוי", "date_format"),
                    ("monthly_fee_ils", "דמי מנוי חודשיים", "type_cast"), ("payment_method", "אמצעי תשלום", "value_map"),
                    ("health_declaration_signed", "הצהרת בריאות", "value_map"), ("status", "סטטוס", "value_map")]:
        p.m(t, s, k)
    for u in ("emergency_contact_phone", "locker_no", "referral_source"):
        p.m(u, [], "unmapped")
    p.key_src, p.key_tgt = ["מס' מנוי"], ["member_id"]
    trainers = ["", "", "אלון", "דנה", "רועי ש.", "גלית"]

    def he_date(d: dt.date, style: int) -> str:
        return [d.strftime("%d/%m/%Y"), f"{d.day}.{d.month}.{d.year % 100:02d}", d.isoformat(),
                d.strftime("%d-%m-%Y")][style]

    def row(r: random.Random, i: int):
        mid = 20000 + i * 7 + r.randint(0, 6)
        sex = r.choice("MF")
        fh, fl = r.choice(HE_M if sex == "M" else HE_F)
        lh, ll = r.choice(HE_L)
        nid = il_id(r)
        nid_s = r.choice([nid, nid.lstrip("0"), f"{nid[:8]}-{nid[8]}"])
        birth = gc.rand_date(r, dt.date(1955, 1, 1), dt.date(2006, 12, 31))
        bst = r.randrange(4)
        if bst == 1 and birth.year >= 2000:
            bst = 0
        gen_s = r.choice({"M": ["ז", "זכר", "M"], "F": ["נ", "נקבה", "F"]}[sex])
        nsn = "5" + r.choice("0234578") + gc.digits(r, 7)
        ph_s = r.choice([f"0{nsn[:2]}-{nsn[2:]}", f"0{nsn}", f"+972-{nsn[:2]}-{nsn[2:5]}-{nsn[5:]}", f"972{nsn}",
                         f"+972 {nsn[:2]} {nsn[2:]}"])
        email = f"{r.choice([fl + '.' + ll, fl[0] + ll, fl + str(r.randint(1, 99)), ll + '.' + fl])}@" \
                f"{r.choice(['gmail.com', 'walla.co.il', 'hotmail.com', 'bezeqint.net'])}"
        em_s = r.choice([email, email, email.capitalize(), email.upper() if r.random() < 0.3 else email.title()])
        br = r.choice(HE_BRANCH)
        plan, pvars = r.choices(HE_PLAN, weights=[45, 25, 15, 15])[0]
        start = gc.rand_date(r, dt.date(2022, 1, 1), dt.date(2024, 10, 31))
        ss = r.randrange(4)
        if ss == 1:
            ss = 0
        end = None
        end_s = ""
        if plan == "ANNUAL":
            end = add_months(start, 12) - dt.timedelta(days=1)
        elif plan == "SEMIANNUAL":
            end = add_months(start, 6) - dt.timedelta(days=1)
        elif plan == "MONTHLY":
            end_s = r.choice(["", "ללא", "הוראת קבע", "-"])
        if end:
            end_s = he_date(end, ss)
        fee = None
        fee_s = ""
        if plan != "PUNCH10":
            fee = D(r.choice({"MONTHLY": [199, 229, 249, 279, 299], "ANNUAL": [149, 169, 189, 219],
                              "SEMIANNUAL": [179, 199, 229]}[plan]))
            if r.random() < 0.15:
                fee -= D("0.10")
            fee_s = r.choice([f"₪{fee}", f'{fee} ש"ח', f"{fee:.2f} ₪", f"{fee} ILS", str(fee)])
        pay = r.choice(HE_PAY)
        if plan == "MONTHLY" and r.random() < 0.6:
            pay = HE_PAY[0]
        hd = r.choice([True, True, True, False, None])
        hd_s = {True: r.choice(["כן", "V", "✓", "חתום"]), False: r.choice(["לא", "לא חתום"]), None: ""}[hd]
        st, svars = r.choices(HE_STATUS, weights=[60, 10, 15, 15])[0]
        upd = start + dt.timedelta(days=r.randint(0, 300))
        s = {"מס' מנוי": str(mid), "שם פרטי": fh, "שם משפחה": lh, "ת.ז.": nid_s, "תאריך לידה": he_date(birth, bst),
             "מין": gen_s, "טלפון נייד": ph_s, 'דוא"ל': em_s, "סניף": r.choice(br[1]), "סוג מנוי": r.choice(pvars),
             "תחילת מנוי": he_date(start, ss), "סיום מנוי": end_s, "דמי מנוי חודשיים": fee_s,
             "אמצעי תשלום": r.choice(pay[1]), "הצהרת בריאות": hd_s, "סטטוס": r.choice(svars),
             "מאמן אישי": r.choice(trainers), "הערות": r.choice(["", "", "", "פציעה בברך", "סטודנט", "חבר מביא חבר"]),
             "עודכן בתאריך": upd.strftime("%d/%m/%Y")}
        t = {"member_id": mid, "full_name": f"{fh} {lh}", "national_id": nid, "birth_date": birth.isoformat(),
             "gender": sex, "mobile": f"+972{nsn}", "email": email.lower(), "branch_code": br[0], "plan": plan,
             "start_date": start.isoformat(), "end_date": end.isoformat() if end else None,
             "monthly_fee_ils": q(fee) if fee is not None else None, "payment_method": pay[0],
             "health_declaration_signed": hd, "status": st}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 5. CDISC SDTM-style subject export (coded headers) -> trial_subject (wide)
# =============================================================================================
SITES = [("1001", "USA", "US", "GONZALEZ, MARIA"), ("1002", "USA", "US", "O'BRIEN, KEVIN"),
         ("2001", "DEU", "DE", "SCHÄFER, THOMAS"), ("2002", "DEU", "DE", "KRAUSE, ANJA"),
         ("3001", "POL", "PL", "NOWAK, EWA"), ("4001", "JPN", "JP", "TANAKA, HIROSHI"),
         ("5001", "BRA", "BR", "SOUZA, RICARDO"), ("6001", "ESP", "ES", "RUIZ, ELENA")]
RACES = [("WHITE", "2106-3"), ("BLACK OR AFRICAN AMERICAN", "2054-5"), ("ASIAN", "2028-9"),
         ("AMERICAN INDIAN OR ALASKA NATIVE", "1002-5"), ("NATIVE HAWAIIAN OR OTHER PACIFIC ISLANDER", "2076-8"),
         ("MULTIPLE", "MULTIPLE"), ("NOT REPORTED", None)]
ARMS = [("PBO", "Placebo", "0"), ("XR10", "ABX-301 10 mg QD", "10"), ("XR25", "ABX-301 25 mg QD", "25")]
DCS = [("ADVERSE EVENT", "AE"), ("WITHDRAWAL BY SUBJECT", "WBS"), ("LOST TO FOLLOW-UP", "LTFU"),
       ("PHYSICIAN DECISION", "PD"), ("LACK OF EFFICACY", "LOE")]


def inv_name(raw: str, r: random.Random) -> tuple[str, str]:
    last, first = raw.split(", ")
    full = f"{first.title()} {mc.title_name(last)}"
    return r.choice([raw, f"Dr. {full}", f"{full}, MD", raw]), full


def pair_sdtm() -> Pair:
    p = Pair(SPLIT, "sdtm_dm_vs_to_trial_subject_wide",
             "CDISC SDTM-style subject-level export (DM + screening VS, coded variable names) -> wide trial subject "
             "table", "trial_subject", 130, 90905)
    p.src_cols = ["STUDYID", "DOMAIN", "USUBJID", "SUBJID", "SITEID", "INVNAM", "BRTHDTC", "AGE", "AGEU", "SEX", "RACE",
                  "ETHNIC", "COUNTRY", "ARMCD", "ARM", "ACTARMCD", "RFICDTC", "RFSTDTC", "RFENDTC", "DTHFL", "DTHDTC",
                  "EOSSTT", "DCSREAS", "VISITNUM", "VSDTC", "VSBP", "VSHT", "VSHTU", "VSWT", "VSWTU", "VSTEMP",
                  "VSTEMPU"]
    mapped = [
        C("study_code", "string", nullable=False),
        C("subject_key", "string", "id.record_id", key=True, nullable=False,
          description="Unique subject identifier across studies"),
        C("screening_no", "string", "id.record_id"),
        C("site_number", "int"),
        C("principal_investigator", "string", "person.full_name", description="Given name then family name"),
        C("birth_year", "int", "datetime.year"),
        C("age_years", "int", "person.age"),
        C("sex", "string", "person.gender", allowed_values=["male", "female", "unknown"]),
        C("race_code", "string", description="CDC race code (2106-3 White, 2054-5 Black, 2028-9 Asian, 1002-5 AI/AN, "
                                             "2076-8 NH/PI) or MULTIPLE"),
        C("hispanic_or_latino", "bool", "flag.boolean"),
        C("country", "string", "iso.country_alpha2"),
        C("planned_arm", "string"),
        C("actual_arm", "string"),
        C("arm_label", "string", "text.description"),
        C("planned_daily_dose_mg", "decimal", description="1 decimal; 0 for placebo"),
        C("consent_date", "date", "datetime.date"),
        C("first_dose_at", "datetime", "datetime.timestamp"),
        C("last_dose_date", "date", "datetime.date"),
        C("died", "bool", "flag.boolean", description="true when the subject died; null otherwise"),
        C("death_date", "date", "datetime.date"),
        C("end_of_study_status", "string", allowed_values=["completed", "discontinued", "ongoing"]),
        C("discontinuation_reason", "string", allowed_values=["AE", "WBS", "LTFU", "PD", "LOE", "SF"]),
        C("systolic_bp_mmhg", "int"),
        C("diastolic_bp_mmhg", "int"),
        C("height_cm", "decimal", "qty.length", description="1 decimal"),
        C("weight_kg", "decimal", "qty.mass", description="1 decimal"),
        C("temperature_c", "decimal", "qty.temperature", description="1 decimal"),
    ]
    unm_names = ["bmi", "ecog_status", "smoking_status", "alcohol_use", "childbearing_potential", "randomization_date",
                 "randomization_no", "stratum", "baseline_egfr", "baseline_alt", "baseline_ast", "baseline_hba1c",
                 "hemoglobin_g_dl", "platelets", "prior_therapy_lines", "diagnosis_date", "disease_stage",
                 "medical_history_count", "conmed_count", "ae_count", "serious_ae", "protocol_deviation", "site_name",
                 "site_city", "investigator_email", "crf_version", "data_lock_date", "last_visit_date",
                 "next_visit_date", "icf_version", "handedness", "education_years", "marital_status",
                 "employment_status", "primary_language", "pregnancy_test_result", "heart_rate_bpm",
                 "respiratory_rate", "ecg_qtcf_ms"]
    types = {"bmi": "decimal", "ecog_status": "int", "randomization_date": "date", "baseline_egfr": "decimal",
             "baseline_alt": "decimal", "baseline_ast": "decimal", "baseline_hba1c": "decimal",
             "hemoglobin_g_dl": "decimal", "platelets": "int", "prior_therapy_lines": "int", "diagnosis_date": "date",
             "medical_history_count": "int", "conmed_count": "int", "ae_count": "int", "serious_ae": "bool",
             "protocol_deviation": "bool", "data_lock_date": "date", "last_visit_date": "date",
             "next_visit_date": "date", "education_years": "int", "heart_rate_bpm": "int", "respiratory_rate": "int",
             "ecg_qtcf_ms": "int"}
    doms = {"investigator_email": "contact.email", "marital_status": "person.marital_status",
            "primary_language": "iso.language_code", "site_city": "address.city", "randomization_date": "datetime.date"}
    unmapped = [C(u, types.get(u, "string"), doms.get(u)) for u in unm_names]
    for t, s, k in [("study_code", "STUDYID", "atomic"), ("subject_key", "USUBJID", "atomic"),
                    ("screening_no", "SUBJID", "atomic"), ("site_number", "SITEID", "type_cast"),
                    ("principal_investigator", "INVNAM", "reformat"), ("birth_year", "BRTHDTC", "date_format"),
                    ("age_years", "AGE", "atomic"), ("sex", "SEX", "value_map"), ("race_code", "RACE", "value_map"),
                    ("hispanic_or_latino", "ETHNIC", "value_map"), ("country", "COUNTRY", "value_map"),
                    ("planned_arm", "ARMCD", "atomic"), ("actual_arm", "ACTARMCD", "atomic"),
                    ("arm_label", "ARM", "atomic"), ("planned_daily_dose_mg", "ARM", "type_cast"),
                    ("consent_date", "RFICDTC", "date_format"), ("first_dose_at", "RFSTDTC", "date_format"),
                    ("last_dose_date", "RFENDTC", "date_format"), ("died", "DTHFL", "value_map"),
                    ("death_date", "DTHDTC", "date_format"), ("end_of_study_status", "EOSSTT", "value_map"),
                    ("discontinuation_reason", "DCSREAS", "value_map"), ("systolic_bp_mmhg", "VSBP", "decompose"),
                    ("diastolic_bp_mmhg", "VSBP", "decompose")]:
        p.m(t, s, k)
    p.m("height_cm", ["VSHT", "VSHTU"], "unit")
    p.m("weight_kg", ["VSWT", "VSWTU"], "unit")
    p.m("temperature_c", ["VSTEMP", "VSTEMPU"], "unit")
    add_unmapped(p, mapped, unmapped, 909050)
    p.key_src, p.key_tgt = ["USUBJID"], ["subject_key"]
    counters: dict[str, int] = {}

    def row(r: random.Random, i: int):
        site, c3, c2, inv = r.choice(SITES)
        counters[site] = counters.get(site, 0) + 1
        subj = f"{site}-{counters[site] + (500 if i >= 1000 else 0):03d}"
        usubjid = f"ABX-301-{subj}"
        inv_s, inv_full = inv_name(inv, r)
        birth = gc.rand_date(r, dt.date(1945, 1, 1), dt.date(2003, 12, 31))
        bs = r.choices([0, 1, 2], weights=[50, 30, 20])[0]
        br_s = [birth.isoformat(), f"{birth.year}-{birth.month:02d}", str(birth.year)][bs]
        ic = dt.datetime(2023, 2, 1, 8, 0) + dt.timedelta(days=r.randrange(300), minutes=r.randrange(0, 540, 5))
        age = ic.year - birth.year - ((ic.month, ic.day) < (birth.month, birth.day))
        sex = r.choices(["M", "F", "U"], weights=[48, 50, 2])[0]
        if c2 == "JP":
            race = RACES[2]
        else:
            race = r.choices(RACES, weights=[60, 12, 8, 3, 2, 5, 10])[0]
        eth = r.choices(["NOT HISPANIC OR LATINO", "HISPANIC OR LATINO", "NOT REPORTED"],
                        weights=[70, 20 if c2 in ("US", "BR", "ES") else 2, 8])[0]
        sf = r.random() < 0.12
        if sf:
            armcd, arm, act, dose = "SCRNFAIL", "Screen Failure", "SCRNFAIL", None
        else:
            armcd, arm, dose = r.choice(ARMS)
            act = armcd if r.random() < 0.95 else "NOTTRT"
        first = None if sf or act == "NOTTRT" else ic + dt.timedelta(days=r.randint(7, 28), minutes=r.randrange(-60, 180, 5))
        eos, reason, last, died, death = None, None, None, None, None
        if sf:
            eos, reason = "DISCONTINUED", ("SCREEN FAILURE", "SF")
        elif first is None:
            eos, reason = "DISCONTINUED", r.choice(DCS[:2])
        else:
            eos = r.choices(["COMPLETED", "DISCONTINUED", "ONGOING"], weights=[50, 25, 25])[0]
            if eos == "COMPLETED":
                last = first.date() + dt.timedelta(days=364)
            elif eos == "DISCONTINUED":
                last = first.date() + dt.timedelta(days=r.randint(10, 300))
                reason = r.choice(DCS)
                if reason[1] == "AE" and r.random() < 0.3:
                    died, death = True, last + dt.timedelta(days=r.randint(1, 20))
        vsdtc = ic + dt.timedelta(days=r.randint(0, 6))
        sbp = r.randint(98, 165)
        dbp = r.randint(58, min(102, sbp - 28))
        bp_s = r.choice([f"{sbp}/{dbp}", f"{sbp}/{dbp}", f"{sbp} / {dbp} mmHg"])
        hcm = D(r.randint(1480 if sex == "F" else 1580, 1800 if sex == "F" else 1960)) / 10
        wkg = D(r.randint(450, 1300)) / 10
        tc = D(r.randint(358, 378)) / 10
        us = c2 == "US" and r.random() < 0.85
        if us:
            hin = D(q(hcm / D("2.54"), 1))
            wlb = D(q(wkg / D("0.45359237"), 1))
            tf = D(q(tc * 9 / 5 + 32, 1))
            vs = (str(hin), r.choice(["in", "IN"]), str(wlb), r.choice(["LB", "lb"]), str(tf), "F")
            hcm_t, wkg_t, tc_t = q(hin * D("2.54"), 1), q(wlb * D("0.45359237"), 1), q((tf - 32) * 5 / 9, 1)
        else:
            vs = (str(hcm), "cm", str(wkg), "kg", str(tc), "C")
            hcm_t, wkg_t, tc_t = q(hcm, 1), q(wkg, 1), q(tc, 1)
        s = {"STUDYID": "ABX-301", "DOMAIN": "DM", "USUBJID": usubjid, "SUBJID": subj, "SITEID": site, "INVNAM": inv_s,
             "BRTHDTC": br_s, "AGE": str(age), "AGEU": "YEARS", "SEX": sex, "RACE": race[0], "ETHNIC": eth,
             "COUNTRY": c3, "ARMCD": armcd, "ARM": arm, "ACTARMCD": act, "RFICDTC": ic.strftime("%Y-%m-%dT%H:%M"),
             "RFSTDTC": first.strftime("%Y-%m-%dT%H:%M") if first else "",
             "RFENDTC": last.isoformat() if last else "", "DTHFL": "Y" if died else "",
             "DTHDTC": death.isoformat() if death else "", "EOSSTT": eos, "DCSREAS": reason[0] if reason else "",
             "VISITNUM": "1", "VSDTC": vsdtc.strftime("%Y-%m-%dT%H:%M"), "VSBP": bp_s, "VSHT": vs[0],
             "VSHTU": vs[1], "VSWT": vs[2], "VSWTU": vs[3], "VSTEMP": vs[4], "VSTEMPU": vs[5]}
        t = {"study_code": "ABX-301", "subject_key": usubjid, "screening_no": subj, "site_number": int(site),
             "principal_investigator": inv_full, "birth_year": birth.year, "age_years": age,
             "sex": {"M": "male", "F": "female", "U": "unknown"}[sex], "race_code": race[1],
             "hispanic_or_latino": {"HISPANIC OR LATINO": True, "NOT HISPANIC OR LATINO": False}.get(eth),
             "country": c2, "planned_arm": armcd, "actual_arm": act, "arm_label": arm,
             "planned_daily_dose_mg": q(dose, 1) if dose is not None else None,
             "consent_date": ic.date().isoformat(),
             "first_dose_at": first.strftime("%Y-%m-%dT%H:%M:00") if first else None,
             "last_dose_date": last.isoformat() if last else None, "died": True if died else None,
             "death_date": death.isoformat() if death else None, "end_of_study_status": eos.lower(),
             "discontinuation_reason": reason[1] if reason else None, "systolic_bp_mmhg": sbp,
             "diastolic_bp_mmhg": dbp, "height_cm": hcm_t, "weight_kg": wkg_t, "temperature_c": tc_t}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 6. UK parking PCN export without a header row (first record became the header) -> pcn
# =============================================================================================
CONTRAVENTIONS = [("01", "HIGHER"), ("02", "HIGHER"), ("12", "HIGHER"), ("16", "HIGHER"), ("40", "HIGHER"),
                  ("62", "HIGHER"), ("05", "LOWER"), ("06", "LOWER"), ("19", "LOWER"), ("30", "LOWER")]
UK_MAKES = [("Ford", ["FORD", "Ford"]), ("Vauxhall", ["VAUXHALL", "Vauxhall", "VAUX"]),
            ("Volkswagen", ["VOLKSWAGEN", "VW", "Volkswagen"]), ("BMW", ["BMW"]),
            ("Mercedes-Benz", ["MERCEDES", "MERCEDES-BENZ", "Merc"]), ("Toyota", ["TOYOTA", "Toyota"]),
            ("Nissan", ["NISSAN"]), ("Peugeot", ["PEUGEOT", "Peug"]), ("Kia", ["KIA"]), ("Tesla", ["TESLA"])]
UK_COLOURS = [("silver", ["SILVER", "Silver", "SIL"]), ("black", ["BLACK", "Black", "BLK"]),
              ("white", ["WHITE", "White", "WHI"]), ("grey", ["GREY", "Gray", "GRY"]), ("blue", ["BLUE", "Blue", "BLU"]),
              ("red", ["RED", "Red"]), ("green", ["GREEN"])]
UK_STREETS = ["High St", "Station Rd", "Church Ln", "Victoria Rd", "Mill Lane", "King St", "Queens Rd", "Park Ave",
              "Market Sq", "Albert Rd"]
PCN_STATUS = [("PAID", ["Paid", "PAID", "Paid (discount)", "Paid - disc"]), ("OPEN", ["Open", "Outstanding", "Issued"]),
              ("NTO_SENT", ["NtO Sent", "NTO issued"]), ("CHARGE_CERT", ["Charge Certificate", "CC issued"]),
              ("CANCELLED", ["Cancelled", "Cancelled - CEO error", "CANX"]), ("WRITTEN_OFF", ["Written Off", "W/O"])]
PAY_CH = [("ONLINE", ["Web", "Online", "online"]), ("PHONE", ["IVR", "Phone", "Telephone"]),
          ("POST", ["Post", "Cheque"]), ("IN_PERSON", ["Counter", "Cash office"])]


def pair_pcn() -> Pair:
    p = Pair(SPLIT, "pcn_noheader_to_penalty_notice",
             "UK council parking penalty charge notices exported without a header row: the loader took the first "
             "record as the header, so every source header is a data value (and that record is lost)",
             "penalty_charge_notice", 200, 90906)
    builders = []

    def record(r: random.Random, i: int, force_paid: bool = False):
        pcn = f"WK{r.randint(10, 99)}{i * 37 + r.randint(0, 36):06d}" if i >= 0 else "WK87040012"
        issued = dt.datetime(2024, 1, 2, 7, 0) + dt.timedelta(days=r.randrange(320), minutes=r.randrange(0, 13 * 60))
        vrm = gc.token(r, 2, "ABCDEFGHJKLMNOPRSTUVWXY") + f"{r.choice([19, 20, 21, 22, 23, 69, 70, 71, 72, 73, 15, 65])}" \
            + gc.token(r, 3, "ABCDEFGHJKLMNOPRSTUVWXYZ")
        vrm_s = r.choice([f"{vrm[:4]} {vrm[4:]}", f"{vrm[:4]} {vrm[4:]}", vrm, vrm.lower()])
        make, mvars = r.choice(UK_MAKES)
        col, cvars = r.choice(UK_COLOURS)
        code, band = r.choice(CONTRAVENTIONS)
        code_s = r.choice([code, code, code.lstrip("0") or code])
        charge = D(130 if band == "HIGHER" else 80)
        street = f"{r.choice(UK_STREETS)} o/s no. {r.randint(1, 140)}"
        zone = r.choice("ABCDEFGK")
        zone_s = r.choice([f"CPZ {zone}", zone, f"Zone {zone}"])
        st, svars = ("PAID", PCN_STATUS[0][1]) if force_paid else \
            r.choices(PCN_STATUS, weights=[55, 15, 10, 5, 10, 5])[0]
        paid, paid_d, ch = None, None, None
        if st == "PAID":
            disc = r.random() < 0.7
            paid = charge / 2 if disc else charge
            paid_d = (issued + dt.timedelta(days=r.randint(1, 13 if disc else 40))).date()
            ch = r.choice(PAY_CH)
        st_s = r.choice(svars)
        s = [pcn, issued.strftime("%d/%m/%Y %H:%M") if r.random() < 0.8 else
             f"{issued.day}/{issued.month}/{issued.year} {issued:%H:%M}", vrm_s, r.choice(mvars), r.choice(cvars),
             code_s, street, zone_s, f"CEO{r.randint(100, 999)}", f"HHT{r.randint(1, 40):02d}",
             r.choice([f"£{charge}.00", f"{charge}.00", f"£{charge}"]),
             st_s, "" if paid is None else r.choice([f"£{paid:.2f}", f"{paid:.2f}"]),
             "" if paid_d is None else r.choice([paid_d.strftime("%d/%m/%Y"), paid_d.strftime("%d/%m/%y")]),
             "" if ch is None else r.choice(ch[1])]
        t = {"pcn_number": pcn, "issued_at": issued.strftime("%Y-%m-%dT%H:%M:00"), "vehicle_registration": vrm,
             "vehicle_make": make, "vehicle_colour": col, "contravention_code": code, "charge_band": band,
             "location": street, "zone": zone, "charge_amount": q(charge), "status": st,
             "amount_paid": q(paid) if paid is not None else None,
             "paid_date": paid_d.isoformat() if paid_d else None, "payment_channel": ch[0] if ch else None}
        return s, t

    hr = random.Random(909069)
    while True:
        hdr, _ = record(hr, -1, force_paid=True)
        if all(hdr) and len(set(hdr)) == len(hdr):
            break
    p.src_cols = hdr
    (c_pcn, c_iss, c_vrm, c_make, c_col, c_code, c_loc, c_zone, _c_ceo, _c_hht, c_chg, c_st, c_paid, c_pd,
     c_ch) = hdr
    builders.append(hdr)
    p.tgt_cols = [
        C("pcn_number", "string", "id.record_id", key=True, nullable=False),
        C("issued_at", "datetime", "datetime.timestamp", description="UK local time"),
        C("vehicle_registration", "string", "id.license_plate", description="Upper case, no spaces"),
        C("vehicle_make", "string"),
        C("vehicle_colour", "string", description="lower-case colour name"),
        C("contravention_code", "string", regex=r"^\d{2}$", description="Two-digit national contravention code"),
        C("charge_band", "string", allowed_values=["HIGHER", "LOWER"]),
        C("location", "string", "address.street_address"),
        C("zone", "string", max_length=1, description="Controlled parking zone letter"),
        C("charge_amount", "decimal", "money.amount"),
        C("status", "string", "status.record_status", allowed_values=[x[0] for x in PCN_STATUS]),
        C("amount_paid", "decimal", "money.amount"),
        C("paid_date", "date", "datetime.date"),
        C("payment_channel", "string", allowed_values=[x[0] for x in PAY_CH]),
        C("appeal_received", "bool", "flag.boolean"),
        C("keeper_postcode", "string", "address.postal_code"),
    ]
    for t, s, k in [("pcn_number", c_pcn, "atomic"), ("issued_at", c_iss, "date_format"),
                    ("vehicle_registration", c_vrm, "reformat"), ("vehicle_make", c_make, "value_map"),
                    ("vehicle_colour", c_col, "value_map"), ("contravention_code", c_code, "reformat"),
                    ("charge_band", c_code, "value_map"), ("location", c_loc, "atomic"), ("zone", c_zone, "reformat"),
                    ("charge_amount", c_chg, "type_cast"), ("status", c_st, "value_map"),
                    ("amount_paid", c_paid, "type_cast"), ("paid_date", c_pd, "date_format"),
                    ("payment_channel", c_ch, "value_map")]:
        p.m(t, s, k)
    p.m("appeal_received", [], "unmapped")
    p.m("keeper_postcode", [], "unmapped")
    p.key_src, p.key_tgt = [c_pcn], ["pcn_number"]

    def row(r: random.Random, i: int):
        s, t = record(r, i)
        return dict(zip(hdr, s, strict=True)), t

    p.row = row
    return p


# =============================================================================================
# 7. Danish dental clinic visits with repurposed (misleading) columns -> dental_visit
# =============================================================================================
DK_M = ["Mads", "Rasmus", "Søren", "Jens", "Niels", "Mikkel", "Frederik", "Anders", "Bjørn", "Kasper", "Ib", "Ahmad"]
DK_F = ["Mette", "Anne", "Kirsten", "Hanne", "Louise", "Camilla", "Signe", "Freja", "Ida", "Birgitte", "Lærke", "Aya"]
DK_L = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Jørgensen", "Madsen", "Kristensen", "Østergaard", "Bach", "Kjærgaard", "Møller", "Holm", "Dalsgaard"]
DK_PRACT = [("MJ", ["MJ", "tl. MJ", "Mads Juhl"]), ("AK", ["AK", "tl. AK", "Anne Kjær"]),
            ("SH", ["SH", "tpl. SH", "Signe Holm (tandplejer)"]), ("PB", ["PB", "tl. PB", "Peter Brix"])]
DK_PROC = [("EXAM", ["Undersøgelse", "Us.", "Årlig undersøgelse"], (390, 520), False),
           ("CLEANING", ["Tandrensning", "Rens"], (280, 450), False),
           ("FILLING", ["Fyldning 1 flade", "Plastfyldning", "Fyldning"], (650, 1450), True),
           ("ROOT_CANAL", ["Rodbehandling", "Rodbeh."], (2800, 5200), True),
           ("XRAY", ["Røntgen", "Rtg."], (180, 320), False),
           ("EXTRACTION", ["Ekstraktion", "Tandudtrækning", "Udtrækning"], (700, 1600), True)]
DK_INS = [("G1", ["danmark gr. 1", "Gruppe 1", "gr.1"]), ("G2", ["danmark gr. 2", "Gruppe 2", "gr.2"]),
          ("G5", ["danmark gr. 5", "Gruppe 5", "gr.5"]), ("BASIS", ["danmark basis", "Basis"])]


def dk_ascii(x: str) -> str:
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("Æ", "Ae"), ("Ø", "Oe"), ("Å", "Aa")):
        x = x.replace(a, b)
    return x


def dk_money(x: Decimal, r: random.Random) -> str:
    return r.choice([f"kr. {eu(x)}", eu(x, 2, ""), f"{eu(x)} kr", f"DKK {x:.2f}"])


def pair_dental() -> Pair:
    p = Pair(SPLIT, "tandlaege_dk_to_dental_visit",
             "Danish dental clinic visits from a legacy practice system whose columns were repurposed over the "
             "years (misleading headers)", "dental_visit", 170, 90907)
    p.src_cols = ["Besøgsnr", "Dato", "Navn", "Alder", "Fax", "Telefon", "Email", "Behandler", "Ydelse", "Kommentar",
                  "Honorar", "Tilskud", "Rabat", "Udeblevet", "Notat", "Oprettet", "Bruger"]
    p.tgt_cols = [
        C("visit_id", "int", "id.record_id", key=True, nullable=False),
        C("visit_date", "date", "datetime.date", nullable=False),
        C("patient_first_name", "string", "person.first_name"),
        C("patient_last_name", "string", "person.last_name"),
        C("patient_cpr", "string", "id.national_id", regex=r"^\d{6}-\d{4}$", description="CPR number DDMMYY-SSSS"),
        C("birth_date", "date", "person.date_of_birth"),
        C("gender", "string", "person.gender", allowed_values=["M", "F"]),
        C("mobile", "string", "contact.mobile_phone", description="E.164"),
        C("email", "string", "contact.email"),
        C("practitioner", "string", allowed_values=[x[0] for x in DK_PRACT], description="Practitioner initials"),
        C("procedure", "string", allowed_values=[x[0] for x in DK_PROC] + ["NO_SHOW_FEE"]),
        C("tooth_fdi", "int", description="FDI tooth number (11-48) when the procedure concerns one tooth"),
        C("fee_total_dkk", "decimal", "money.amount"),
        C("public_subsidy_dkk", "decimal", "money.amount", description="Regional (sygesikring) subsidy"),
        C("patient_share_dkk", "decimal", "money.amount"),
        C("attended", "bool", "flag.boolean"),
        C("insurance_group", "string", allowed_values=["G1", "G2", "G5", "BASIS"],
          description="Sygeforsikring danmark membership group"),
        C("next_recall_date", "date", "datetime.date"),
        C("referral_id", "string"),
        C("anaesthesia", "bool", "flag.boolean"),
    ]
    for t, s, k in [("visit_id", "Besøgsnr", "atomic"), ("visit_date", "Dato", "date_format"),
                    ("patient_first_name", "Navn", "decompose"), ("patient_last_name", "Navn", "decompose"),
                    ("patient_cpr", "Alder", "reformat"), ("birth_date", "Alder", "decompose"),
                    ("gender", "Alder", "decompose"), ("mobile", "Fax", "reformat"), ("email", "Email", "atomic"),
                    ("practitioner", "Behandler", "value_map"), ("procedure", "Ydelse", "value_map"),
                    ("tooth_fdi", "Kommentar", "type_cast"), ("fee_total_dkk", "Honorar", "type_cast"),
                    ("public_subsidy_dkk", "Tilskud", "type_cast"), ("patient_share_dkk", "Rabat", "type_cast"),
                    ("attended", "Udeblevet", "value_map"), ("insurance_group", "Notat", "value_map")]:
        p.m(t, s, k)
    for u in ("next_recall_date", "referral_id", "anaesthesia"):
        p.m(u, [], "unmapped")
    p.key_src, p.key_tgt = ["Besøgsnr"], ["visit_id"]

    def row(r: random.Random, i: int):
        vid = 55000 + i * 3 + r.randint(0, 2)
        vd = gc.rand_date(r, dt.date(2024, 1, 3), dt.date(2024, 12, 20))
        vds = r.randrange(4)
        vd_s = [vd.strftime("%d-%m-%Y"), vd.strftime("%d.%m.%Y"), f"{vd.day}/{vd.month}-{vd.year}", vd.isoformat()][vds]
        sex = r.choice("MF")
        first = r.choice(DK_M if sex == "M" else DK_F)
        last = r.choice(DK_L)
        name_s = r.choice([f"{last}, {first}", f"{first} {last}", f"{first} {last}"])
        birth = gc.rand_date(r, dt.date(1938, 1, 1), dt.date(2016, 12, 31))
        if birth.year >= 2000:
            d7 = r.choice([4, 9]) if birth.year <= 2036 else 5
        else:
            d7 = r.randint(0, 3)
        last_d = r.choice([1, 3, 5, 7, 9] if sex == "M" else [0, 2, 4, 6, 8])
        cpr = f"{birth:%d%m}{birth.year % 100:02d}-{d7}{r.randint(0, 99):02d}{last_d}"
        cpr_s = r.choice([cpr, cpr.replace("-", ""), cpr.replace("-", " ")])
        mob = r.choice("2345678") + gc.digits(r, 7)
        mob_s = r.choice([f"{mob[:2]} {mob[2:4]} {mob[4:6]} {mob[6:]}", f"+45 {mob}", mob,
                          f"0045 {mob[:2]} {mob[2:4]} {mob[4:6]} {mob[6:]}"])
        email = gc.email_for(r, dk_ascii(first), dk_ascii(last), ["gmail.com", "hotmail.dk", "mail.dk", "jubii.dk",
                                                                 "outlook.dk"])
        pr = r.choice(DK_PRACT)
        noshow = r.random() < 0.08
        tooth = None
        if noshow:
            proc, procs, fee, sub = "NO_SHOW_FEE", r.choice(["Udeblivelsesgebyr", "Udebl. gebyr"]), D(300), D(0)
        else:
            code, pvars, (lo, hi), per_tooth = r.choice(DK_PROC)
            proc, procs = code, r.choice(pvars)
            fee = D(r.randint(lo * 2, hi * 2)) / 2
            sub = D(q(fee * D("0.40"))) if code != "ROOT_CANAL" else D(q(fee * D("0.35")))
            if per_tooth:
                tooth = r.choice([1, 2, 3, 4]) * 10 + r.randint(1, 8)
        patient = fee - sub
        if tooth:
            tooth_s = r.choice([str(tooth), f"tand {tooth}", f"{tooth} {r.choice(['MO', 'OD', 'B', 'MOD'])}", f"t. {tooth}"])
        else:
            tooth_s = r.choice(["", "", "", "ok", "Ingen bemærkninger", "Ring ved aflysning"])
        ins = r.choice(DK_INS + [None, None])
        ins_s = r.choice(ins[1]) if ins else r.choice(["", "ikke medlem"])
        created = dt.datetime.combine(vd, dt.time(7, 0)) - dt.timedelta(days=r.randint(1, 90), minutes=r.randint(0, 600))
        s = {"Besøgsnr": str(vid), "Dato": vd_s, "Navn": name_s, "Alder": cpr_s, "Fax": mob_s, "Telefon": "86 12 34 50",
             "Email": email, "Behandler": r.choice(pr[1]), "Ydelse": procs, "Kommentar": tooth_s,
             "Honorar": dk_money(fee, r), "Tilskud": dk_money(sub, r), "Rabat": dk_money(patient, r),
             "Udeblevet": r.choice(["Ja", "J", "X"] if noshow else ["Nej", "N", "nej"]), "Notat": ins_s,
             "Oprettet": created.strftime("%Y-%m-%d %H:%M:%S"), "Bruger": r.choice(["LH", "KJ", "web", "MJ"])}
        if r.random() < 0.15:
            s["Telefon"] = "8612 3450"
        t = {"visit_id": vid, "visit_date": vd.isoformat(), "patient_first_name": first, "patient_last_name": last,
             "patient_cpr": cpr, "birth_date": birth.isoformat(), "gender": sex, "mobile": f"+45{mob}", "email": email,
             "practitioner": pr[0], "procedure": proc, "tooth_fdi": tooth, "fee_total_dkk": q(fee),
             "public_subsidy_dkk": q(sub), "patient_share_dkk": q(patient), "attended": not noshow,
             "insurance_group": ins[0] if ins else None}
        return s, t

    p.row = row
    return p


# =============================================================================================
# 8. Hungarian used-car dealer export -> vehicle_listing (wide)
# =============================================================================================
HU_MONTH = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
            "október", "november", "december"]
HU_MON_ABBR = ["jan.", "febr.", "márc.", "ápr.", "máj.", "jún.", "júl.", "aug.", "szept.", "okt.", "nov.", "dec."]
HU_LAST = ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh",
           "Papp", "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh", "Simon", "Rácz", "Fekete"]
HU_FIRST = ["Péter", "László", "István", "József", "Zoltán", "Attila", "Gábor", "Balázs", "Tamás", "Bence", "Anna",
            "Katalin", "Erzsébet", "Zsófia", "Eszter", "Réka", "Krisztina", "Ildikó"]
# (make canon, make variants, WMI, model, cc, kW, fuel, body, doors)
HU_CARS = [
    ("Volkswagen", ["Volkswagen", "VOLKSWAGEN", "VW"], "WVW", "Golf VII 1.6 TDI", 1598, 81, "DIESEL", "HATCHBACK", 5),
    ("Volkswagen", ["Volkswagen", "VOLKSWAGEN", "VW"], "WVW", "Passat Variant 2.0 TDI", 1968, 110, "DIESEL", "ESTATE", 5),
    ("Volkswagen", ["Volkswagen", "VW"], "WVW", "ID.3 Pro", None, 107, "ELECTRIC", "HATCHBACK", 5),
    ("Škoda", ["Skoda", "ŠKODA", "Škoda"], "TMB", "Octavia Combi 1.4 TSI", 1395, 110, "PETROL", "ESTATE", 5),
    ("Škoda", ["Skoda", "ŠKODA", "Škoda"], "TMB", "Fabia 1.0 MPI", 999, 44, "PETROL", "HATCHBACK", 5),
    ("Opel", ["Opel", "OPEL"], "W0L", "Astra K 1.4 T", 1399, 92, "PETROL", "HATCHBACK", 5),
    ("Ford", ["Ford", "FORD"], "WF0", "Focus Kombi 1.5 EcoBlue", 1499, 88, "DIESEL", "ESTATE", 5),
    ("Toyota", ["Toyota", "TOYOTA"], "SB1", "Corolla 1.8 Hybrid", 1798, 90, "HYBRID", "HATCHBACK", 5),
    ("Toyota", ["Toyota", "TOYOTA"], "JTM", "RAV4 2.5 Hybrid", 2487, 160, "HYBRID", "SUV", 5),
    ("Suzuki", ["Suzuki", "SUZUKI"], "TSM", "Vitara 1.6 GLX", 1586, 88, "PETROL", "SUV", 5),
    ("Suzuki", ["Suzuki", "SUZUKI"], "TSM", "Swift 1.2 GL", 1242, 66, "PETROL", "HATCHBACK", 5),
    ("BMW", ["BMW"], "WBA", "320d", 1995, 140, "DIESEL", "SEDAN", 4),
    ("Mercedes-Benz", ["Mercedes-Benz", "MERCEDES-BENZ", "Mercedes"], "WDD", "C 200", 1991, 135, "PETROL", "SEDAN", 4),
    ("Renault", ["Renault", "RENAULT"], "VF1", "Clio 0.9 TCe", 898, 66, "PETROL", "HATCHBACK", 5),
    ("Dacia", ["Dacia", "DACIA"], "UU1", "Duster 1.5 dCi", 1461, 81, "DIESEL", "SUV", 5),
    ("Dacia", ["Dacia", "DACIA"], "UU1", "Sandero 1.0 TCe LPG", 999, 74, "LPG", "HATCHBACK", 5),
]
HU_FUEL = {"PETROL": ["Benzin", "benzin"], "DIESEL": ["Dízel", "Diesel", "dízel"], "HYBRID": ["Hibrid (Benzin)", "Hibrid"],
           "ELECTRIC": ["Elektromos", "Elektromos (BEV)"], "LPG": ["Benzin/Gáz", "Benzin/LPG"]}
HU_BODY = {"HATCHBACK": ["Ferdehátú", "ferdehátú"], "ESTATE": ["Kombi", "kombi"], "SEDAN": ["Sedan", "Lépcsőshátú"],
           "SUV": ["Városi terepjáró (crossover)", "Terepjáró", "SUV"]}
HU_COLOUR = [("white", ["fehér", "Fehér", "gyöngyházfehér"]), ("black", ["fekete", "fekete metál"]),
             ("silver", ["ezüst", "ezüst metál"]), ("grey", ["szürke", "grafitszürke", "szürke metál"]),
             ("blue", ["kék", "sötétkék", "kék metál"]), ("red", ["piros", "vörös"]), ("green", ["zöld"]),
             ("brown", ["barna"])]
HU_DOCS = [("HU", ["Magyar okmányokkal", "magyar forgalmival"]), ("FOREIGN", ["Külföldi okmányokkal", "Külföldi okmányok"]),
           ("NONE", ["Okmányok nélkül"])]
HU_COND = [("LIKE_NEW", ["Újszerű"]), ("EXCELLENT", ["Kitűnő", "Megkímélt"]), ("GOOD", ["Normál", "Sérülésmentes"]),
           ("DAMAGED", ["Sérült", "Motorhibás"])]
HU_PLACES = [("1117", "Budapest", "Budapest XI. kerület"), ("1044", "Budapest", "Budapest IV. ker."),
             ("4025", "Debrecen", None), ("6720", "Szeged", None), ("7621", "Pécs", None), ("9021", "Győr", None),
             ("8000", "Székesfehérvár", None), ("3525", "Miskolc", None), ("2000", "Szentendre", None),
             ("5000", "Szolnok", None)]
HU_NEW_PRICE = {"Golf": 9_000_000, "Passat": 13_000_000, "ID.3": 15_000_000, "Octavia": 9_500_000,
                "Fabia": 5_500_000, "Astra": 7_500_000, "Focus": 8_000_000, "Corolla": 10_000_000,
                "RAV4": 16_000_000, "Vitara": 8_500_000, "Swift": 5_500_000, "320d": 17_000_000, "C": 19_000_000,
                "Clio": 5_500_000, "Duster": 7_000_000, "Sandero": 5_000_000}
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
LE_PER_KW = D("1.35962")


def pair_car() -> Pair:
    p = Pair(SPLIT, "hasznaltauto_hu_to_vehicle_listing_wide",
             "Hungarian used-car dealer stock export -> wide marketplace vehicle listing table", "vehicle_listing",
             140, 90908)
    p.src_cols = ["Hirdetéskód", "Belső azonosító", "Márka", "Modell", "Évjárat", "Kilométeróra állása", "Üzemanyag",
                  "Teljesítmény", "Hengerűrtartalom", "Sebességváltó", "Vételár", "Szín", "Kivitel", "Ajtók száma",
                  "Műszaki vizsga érvényes", "Okmányok jellege", "Állapot", "Alvázszám", "Rendszám", "Kapcsolattartó",
                  "Telefon", "Helyszín", "Feltöltve", "Klíma fajtája", "Szervizkönyv", "Kiemelt hirdetés",
                  "Megtekintések", "Utolsó módosítás"]
    mapped = [
        C("listing_id", "int", "id.record_id", key=True, nullable=False),
        C("make", "string"),
        C("model", "string", "text.product_name"),
        C("first_registration", "string", regex=r"^\d{4}-\d{2}$", description="YYYY-MM"),
        C("registration_year", "int", "datetime.year"),
        C("mileage_km", "int", "qty.length"),
        C("fuel_type", "string", allowed_values=["PETROL", "DIESEL", "HYBRID", "ELECTRIC", "LPG"]),
        C("power_kw", "int"),
        C("power_hp", "int", description="Metric horsepower (PS)"),
        C("engine_cc", "int", "qty.volume", description="Displacement in cm3"),
        C("transmission", "string", allowed_values=["MANUAL", "AUTOMATIC"]),
        C("gear_count", "int"),
        C("price_huf", "int", "money.amount"),
        C("exterior_colour", "string", allowed_values=[c[0] for c in HU_COLOUR]),
        C("body_type", "string", allowed_values=["HATCHBACK", "ESTATE", "SEDAN", "SUV"]),
        C("doors", "int", "qty.count"),
        C("inspection_valid_until", "string", regex=r"^\d{4}-\d{2}$", description="Roadworthiness test, YYYY-MM"),
        C("documents", "string", allowed_values=["HU", "FOREIGN", "NONE"]),
        C("condition", "string", allowed_values=[c[0] for c in HU_COND]),
        C("vin", "string", "id.vin"),
        C("plate", "string", "id.license_plate", regex=r"^[A-Z]{3,4}\d{3}$", description="Upper case, no separators"),
        C("contact_first_name", "string", "person.first_name"),
        C("contact_last_name", "string", "person.last_name"),
        C("contact_phone", "string", "contact.phone", description="E.164"),
        C("postal_code", "string", "address.postal_code"),
        C("city", "string", "address.city"),
        C("listed_at", "datetime", "datetime.created_at"),
        C("air_conditioning", "bool", "flag.boolean"),
        C("service_book", "bool", "flag.boolean"),
    ]
    unm = [("seats", "int"), ("co2_g_km", "int"), ("euro_norm", "string"), ("drive_type", "string"),
           ("cylinders", "int"), ("torque_nm", "int"), ("top_speed_kmh", "int"), ("consumption_l_100km", "decimal"),
           ("battery_kwh", "decimal"), ("electric_range_km", "int"), ("previous_owners", "int"),
           ("accident_free", "bool"), ("warranty_until", "date"), ("vat_deductible", "bool"), ("price_eur", "decimal"),
           ("financing_available", "bool"), ("trade_in_accepted", "bool"), ("interior_colour", "string"),
           ("upholstery", "string"), ("navigation", "bool"), ("parking_sensors", "bool"), ("rear_camera", "bool"),
           ("cruise_control", "bool"), ("heated_seats", "bool"), ("sunroof", "bool"), ("tow_bar", "bool"),
           ("alloy_wheels", "bool"), ("keyless_entry", "bool"), ("led_headlights", "bool"), ("isofix", "bool"),
           ("dealer_id", "string"), ("dealer_name", "string"), ("listing_url", "string"), ("image_count", "int"),
           ("description", "string"), ("video_url", "string"), ("expires_at", "datetime"), ("listing_status", "string"),
           ("original_price_huf", "int"), ("country_of_origin", "string"), ("vat_rate", "decimal")]
    doms = {"dealer_name": "org.company_name", "listing_url": "web.url", "video_url": "web.url",
            "description": "text.description", "country_of_origin": "iso.country_alpha2", "price_eur": "money.amount",
            "original_price_huf": "money.amount", "warranty_until": "datetime.date", "vat_rate": "qty.percentage"}
    unmapped = [C(n, ty, doms.get(n)) for n, ty in unm]
    for t, s, k in [("listing_id", "Hirdetéskód", "atomic"), ("make", "Márka", "value_map"), ("model", "Modell", "atomic"),
                    ("first_registration", "Évjárat", "date_format"), ("registration_year", "Évjárat", "decompose"),
                    ("mileage_km", "Kilométeróra állása", "type_cast"), ("fuel_type", "Üzemanyag", "value_map"),
                    ("power_kw", "Teljesítmény", "unit"), ("power_hp", "Teljesítmény", "unit"),
                    ("engine_cc", "Hengerűrtartalom", "type_cast"), ("transmission", "Sebességváltó", "decompose"),
                    ("gear_count", "Sebességváltó", "decompose"), ("price_huf", "Vételár", "type_cast"),
                    ("exterior_colour", "Szín", "value_map"), ("body_type", "Kivitel", "value_map"),
                    ("doors", "Ajtók száma", "atomic"), ("inspection_valid_until", "Műszaki vizsga érvényes", "date_format"),
                    ("documents", "Okmányok jellege", "value_map"), ("condition", "Állapot", "value_map"),
                    ("vin", "Alvázszám", "reformat"), ("plate", "Rendszám", "reformat"),
                    ("contact_first_name", "Kapcsolattartó", "decompose"),
                    ("contact_last_name", "Kapcsolattartó", "decompose"), ("contact_phone", "Telefon", "reformat"),
                    ("postal_code", "Helyszín", "decompose"), ("city", "Helyszín", "decompose"),
                    ("listed_at", "Feltöltve", "date_format"), ("air_conditioning", "Klíma fajtája", "value_map"),
                    ("service_book", "Szervizkönyv", "value_map")]:
        p.m(t, s, k)
    add_unmapped(p, mapped, unmapped, 909080)
    p.key_src, p.key_tgt = ["Hirdetéskód"], ["listing_id"]

    def ym(y: int, m: int, style: int) -> str:
        return [f"{y}/{m}", f"{y}/{m:02d}", f"{y}. {HU_MONTH[m - 1]}", f"{y}. {m:02d}."][style]

    def row(r: random.Random, i: int):
        lid = 18000000 + i * 37 + r.randint(0, 36)
        make, mvars, wmi, model, cc, kw, fuel, body, doors = r.choice(HU_CARS)
        year = r.randint(2008 if fuel != "ELECTRIC" else 2020, 2023)
        month = r.randint(1, 12)
        km = max(500, (2024 - year) * r.randint(6000, 24000) + r.randint(0, 999)) // 100 * 100 + r.randint(0, 99)
        km_s = r.choice([f"{grp(km, NBSP)} km", f"{grp(km, '.')} km", f"{km} km", str(km)])
        hp = rint(D(kw) * LE_PER_KW)
        pw = r.randrange(3)
        pw_s = [f"{kw} kW, {hp} LE", f"{hp} LE", f"{kw} kW"][pw]
        kw_t = kw if pw != 1 else rint(D(hp) / LE_PER_KW)
        hp_t = hp
        assert kw_t == kw
        cc_s = "" if cc is None else r.choice([f"{grp(cc, NBSP)} cm³", f"{cc} cm³", f"{cc} ccm"])
        auto = fuel in ("HYBRID", "ELECTRIC") or r.random() < 0.3
        gears = None
        if fuel == "ELECTRIC":
            gears = 1 if r.random() < 0.5 else None
        elif r.random() < 0.7:
            gears = r.choice([6, 7, 8]) if auto else r.choice([5, 6])
        if gears is None:
            tr_s = r.choice(["Automata", "automata"] if auto else ["Manuális", "manuális"])
        else:
            tr_s = f"{'Automata' if auto else 'Manuális'} ({gears} fokozatú)"
        base = HU_NEW_PRICE[model.split()[0]]
        price = max(59, int(base * 0.86 ** (2024 - year) * r.uniform(0.85, 1.15) / 10000)) * 10000
        if r.random() < 0.5:
            price = (price // 100000) * 100000 - 10000
        ps = r.randrange(5)
        if ps == 3 and price % 10000 == 0:
            price_s = f"{str(D(price) / 1_000_000).replace('.', ',')} M Ft"
        else:
            price_s = [f"{grp(price, NBSP)} Ft", f"{grp(price, '.')} Ft", str(price), f"{grp(price, ' ')} Ft",
                       f"HUF {grp(price, ' ')}"][ps]
        colour, cvars = r.choice(HU_COLOUR)
        insp_y, insp_m = r.randint(2024, 2027), r.randint(1, 12)
        docs = r.choices(HU_DOCS, weights=[80, 17, 3])[0]
        cond = r.choices(HU_COND, weights=[10, 35, 50, 5])[0]
        vin = wmi + gc.token(r, 14, VIN_CH)
        vin_s = r.choice([vin, vin, vin.lower(), f"{vin[:9]} {vin[9:]}"])
        if r.random() < 0.7:
            pl = gc.token(r, 3, "ABCDEFGHIJKLMNOPRSTUVZ") + gc.digits(r, 3)
            plate_s = r.choice([f"{pl[:3]}-{pl[3:]}", f"{pl[:3]}-{pl[3:]}", pl.lower(), f"{pl[:3]} {pl[3:]}"])
        else:
            pl = "AA" + gc.token(r, 2, "ABCDEFGHIJ") + gc.digits(r, 3)
            plate_s = r.choice([f"{pl[:2]} {pl[2:4]}-{pl[4:]}", pl, f"{pl[:2]}-{pl[2:4]}-{pl[4:]}"])
        if docs[0] != "HU" and r.random() < 0.8:
            plate_s, pl = "", None
        first, last = r.choice(HU_FIRST), r.choice(HU_LAST)
        contact_s = r.choice([f"{last} {first}", f"{last} {first}", f"{last.upper()} {first}", f"dr. {last} {first}"])
        nsn = r.choice(["20", "30", "31", "50", "70"]) + gc.digits(r, 7)
        tel_s = r.choice([f"+36 {nsn[:2]} {nsn[2:5]} {nsn[5:]}", f"06-{nsn[:2]}/{nsn[2:5]}-{nsn[5:]}",
                          f"06 {nsn[:2]} {nsn[2:]}", f"+36{nsn}", f"06{nsn[:2]} {nsn[2:5]} {nsn[5:]}"])
        pc, city, long = r.choice(HU_PLACES)
        place_s = r.choice([f"{pc} {city}", f"{city} ({pc})"] + ([f"{pc} {long}"] if long else []))
        listed = dt.datetime(2024, 1, 1, 6, 0) + dt.timedelta(minutes=r.randrange(330 * 24 * 60))
        ls = r.randrange(3)
        listed_s = [listed.strftime("%Y.%m.%d. %H:%M"), listed.strftime("%Y-%m-%d %H:%M"),
                    f"{listed.year}. {HU_MON_ABBR[listed.month - 1]} {listed.day}. {listed:%H:%M}"][ls]
        ac = r.choice([(True, "manuális klíma"), (True, "automata klíma"), (True, "digitális kétzónás klíma"),
                       (False, "nincs"), (None, "")])
        sb = r.choice([(True, "van"), (True, "igen"), (True, "Vezetett szervizkönyv"), (False, "nincs"),
                       (False, "nem"), (None, "")])
        modified = listed + dt.timedelta(days=r.randint(0, 40), minutes=r.randint(0, 900))
        s = {"Hirdetéskód": str(lid), "Belső azonosító": f"INT-{r.randint(1, 9999):05d}", "Márka": r.choice(mvars),
             "Modell": model, "Évjárat": ym(year, month, r.randrange(4)), "Kilométeróra állása": km_s,
             "Üzemanyag": r.choice(HU_FUEL[fuel]), "Teljesítmény": pw_s, "Hengerűrtartalom": cc_s,
             "Sebességváltó": tr_s, "Vételár": price_s, "Szín": r.choice(cvars), "Kivitel": r.choice(HU_BODY[body]),
             "Ajtók száma": str(doors), "Műszaki vizsga érvényes": ym(insp_y, insp_m, r.randrange(4)),
             "Okmányok jellege": r.choice(docs[1]), "Állapot": r.choice(cond[1]), "Alvázszám": vin_s,
             "Rendszám": plate_s, "Kapcsolattartó": contact_s, "Telefon": tel_s, "Helyszín": place_s,
             "Feltöltve": listed_s, "Klíma fajtája": ac[1], "Szervizkönyv": sb[1],
             "Kiemelt hirdetés": r.choice(["igen", "nem", "nem", "nem"]), "Megtekintések": str(r.randint(12, 4800)),
             "Utolsó módosítás": modified.strftime("%Y.%m.%d. %H:%M")}
        t = {"listing_id": lid, "make": make, "model": model, "first_registration": f"{year}-{month:02d}",
             "registration_year": year, "mileage_km": km, "fuel_type": fuel, "power_kw": kw_t, "power_hp": hp_t,
             "engine_cc": cc, "transmission": "AUTOMATIC" if auto else "MANUAL", "gear_count": gears,
             "price_huf": price, "exterior_colour": colour, "body_type": body, "doors": doors,
             "inspection_valid_until": f"{insp_y}-{insp_m:02d}", "documents": docs[0], "condition": cond[0],
             "vin": vin, "plate": pl, "contact_first_name": first, "contact_last_name": last,
             "contact_phone": f"+36{nsn}", "postal_code": pc, "city": city,
             "listed_at": listed.strftime("%Y-%m-%dT%H:%M:00"), "air_conditioning": ac[0], "service_book": sb[0]}
        return s, t

    p.row = row
    return p


def main() -> int:
    total = 0
    for build in (pair_fish, pair_cod, pair_rental, pair_gym, pair_sdtm, pair_pcn, pair_dental, pair_car):
        p = build()
        n, ns, nt = p.write()
        unm = sum(1 for c in p.corr if c[2] == "unmapped")
        print(f"{p.name}: {n} rows, {ns} source cols, {nt} target cols ({unm} unmapped)")
        total += n
    print(f"total rows {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
