# ruff: noqa
"""Seventh blind transformation-by-example set (split `dev_b7`, formerly `blind`).

Standard library only, no randomness: every row is rendered from a canonical value written below, and every
expected output is computed from that canonical value by the reference code next to the rows (never typed).
The only output path is `OUT` in synth_common.py.
(a blind-written generator, kept as its author wrote it; only its output path was repointed: synth_common.OUT is the repo's)

Run: python3 gen_synth_blind7.py
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth_common import Task, dec, fold, write  # noqa: E402

T: list[Task] = []


def add(id_: str, category: str, description: str, inputs: list[str], pairs: list[tuple]) -> None:
    """pairs: (input or tuple of inputs, expected output); the first three are the training rows."""
    assert 8 <= len(pairs) <= 10, (id_, len(pairs))
    for ins, out in pairs:
        vals = ins if isinstance(ins, tuple) else (ins,)
        assert all(isinstance(v, str) for v in vals) and isinstance(out, str), id_
    T.append(Task(id_, category, description, inputs, [(ins, out) for ins, out in pairs]))


def norm(d: Decimal) -> str:
    """Plain decimal without trailing zeros (1200, 0.5, 12.5)."""
    s = format(d.normalize(), "f")
    return s


def hexid(seed: str, n: int) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


# =============================================================================================== parts
# 1 YouTube video id from three URL forms
YT = [("dQ3v9XkLm2A", "watch", "&t=42s"), ("b7Rz_Qp0uT8", "short", "?si=Xk2P9aLq"), ("Zx1-4NcwE5g", "shorts", ""),
      ("pL8sd0Qw_3M", "watch", ""), ("k9YtR2bvN0c", "short", "?si=7HdQm0Zr"), ("M4a-B7c_D2e", "shorts", ""),
      ("u0QwErTy12Z", "watch", "&t=1h2m3s"), ("Hh5_gG6fF7j", "short", ""), ("r2D2c3P0oBb", "shorts", "?feature=share")]


def yt_url(vid, style, extra):
    if style == "watch":
        return f"https://www.youtube.com/watch?v={vid}{extra}"
    if style == "short":
        return f"https://youtu.be/{vid}{extra}"
    return f"https://www.youtube.com/shorts/{vid}{extra}"


add("yt_video_id_01", "parts", "YouTube video id from a watch, youtu.be or shorts link (marketing asset table)",
    ["video_url"], [(yt_url(*c), c[0]) for c in YT])

# 2 owner/repo from git remote URLs
GIT = [("github.com", "nordhavn", "payments-api", "ssh"), ("gitlab.com", "kvik-data", "etl.jobs", "https_git"),
       ("bitbucket.org", "tallinn-soft", "erp-connector", "https"), ("github.com", "acme-fi", "ledger", "https_git"),
       ("gitlab.com", "ops-team", "terraform-modules", "ssh"), ("github.com", "saltwater", "pos.sync", "https"),
       ("bitbucket.org", "brightline", "hr-export", "ssh"), ("github.com", "liepaja-dev", "invoice_ocr", "https_git"),
       ("gitlab.com", "mx-retail", "catalogo", "https")]


def git_url(host, owner, repo, style):
    if style == "ssh":
        return f"git@{host}:{owner}/{repo}.git"
    if style == "https_git":
        return f"https://{host}/{owner}/{repo}.git"
    return f"https://{host}/{owner}/{repo}"


add("git_remote_repo_01", "parts", "owner/repository from a git remote (SSH or HTTPS, with or without .git)",
    ["remote_url"], [(git_url(*c), f"{c[1]}/{c[2]}") for c in GIT])

# 3 DNS domain from the DC components of an LDAP distinguished name
LDAP = [("Berg\\, Anna", ["Sales", "Users"], ["corp", "nordhavn", "no"], "DC"),
        ("svc_backup", ["Service Accounts"], ["ad", "kvikmynd", "is"], "dc"),
        ("Lindqvist\\, Per", ["Finance"], ["helsinki", "tuuli", "fi"], "DC"),
        ("Ozols\\, Jānis", ["IT", "Riga", "Users"], ["lv", "baltrail", "eu"], "DC"),
        ("PRN-3F-EAST", ["Printers"], ["corp", "nordhavn", "no"], "dc"),
        ("Kask\\, Mari", ["HR"], ["tallinn", "rahvapank", "ee"], "DC"),
        ("sql_reader", ["Service Accounts", "Prod"], ["prod", "dc1", "sagaforsikring", "dk"], "DC"),
        ("Nowak\\, Zofia", ["Warszawa"], ["pl", "lotnik", "com"], "dc")]


def ldap_dn(cn, ous, dcs, kw):
    return ",".join([f"CN={cn}"] + [f"OU={o}" for o in ous] + [f"{kw}={d}" for d in dcs])


add("ldap_dn_domain_01", "parts", "DNS domain from the DC= parts of an Active Directory distinguished name",
    ["distinguished_name"], [(ldap_dn(*c), ".".join(c[2]).lower()) for c in LDAP])

# 4 capture timestamp from phone / screenshot file names
CAM = [(dt.datetime(2024, 3, 15, 14, 30, 45), "IMG", 0), (dt.datetime(2023, 11, 2, 8, 5, 9), "PXL", 123),
       (dt.datetime(2024, 7, 1, 21, 0, 3), "SHOT", 0), (dt.datetime(2022, 12, 31, 23, 59, 58), "PXL", 907),
       (dt.datetime(2024, 1, 9, 6, 41, 17), "IMG", 0), (dt.datetime(2023, 5, 20, 13, 2, 30), "SHOT", 0),
       (dt.datetime(2024, 2, 29, 10, 10, 10), "PXL", 5), (dt.datetime(2021, 8, 14, 19, 45, 0), "IMG", 0),
       (dt.datetime(2024, 10, 6, 0, 12, 55), "SHOT", 0)]


def cam_name(t, kind, ms):
    if kind == "IMG":
        return t.strftime("IMG_%Y%m%d_%H%M%S.jpg")
    if kind == "PXL":
        return t.strftime("PXL_%Y%m%d_%H%M%S") + f"{ms:03d}.jpg"
    return t.strftime("Screenshot %Y-%m-%d at %H.%M.%S.png")


add("photo_filename_ts_01", "parts", "capture date-time from camera / Pixel / macOS screenshot file names",
    ["file_name"], [(cam_name(*c), c[0].strftime("%Y-%m-%d %H:%M:%S")) for c in CAM])

# 5 EREF value from a German SEPA booking text
SEPA = [([("EREF", "INV-2024-0117"), ("MREF", "M-88213"), ("SVWZ", "Rechnung 2024-0117")]),
        ([("SVWZ", "Miete Maerz Whg 3"), ("EREF", "DA240301M3"), ("ABWA", "Hausverwaltung Kroll")]),
        ([("SVWZ", "Spende Tierheim"), ("KREF", "K-5521")]),
        ([("EREF", "20240412-77810"), ("SVWZ", "Kd-Nr 99812 Strom April")]),
        ([("MREF", "VK-0021-44"), ("CRED", "DE98ZZZ09999999999"), ("EREF", "BEITRAG-Q2-2024"),
          ("SVWZ", "Beitrag Q2")]),
        ([("SVWZ", "Rueckzahlung Kaution")]),
        ([("KREF", "NL-7781"), ("EREF", "ORD.55120.A"), ("SVWZ", "Bestellung 55120")]),
        ([("SVWZ", "Gehalt 03/2024"), ("EREF", "LOHN2403-0042")]),
        ([("ABWA", "Stadtwerke Nord"), ("SVWZ", "Abschlag Gas")])]
add("sepa_eref_01", "parts", "end-to-end reference (EREF+) from a SEPA booking text, empty when the tag is missing",
    ["booking_text"], [(" ".join(f"{k}+{v}" for k, v in tags), dict(tags).get("EREF", "")) for tags in SEPA])

# 6 ASIN from Amazon product links
ASIN = [("de", "dp", "B0C7XQ2K9L", "/ref=sr_1_3?keywords=wasserkocher"),
        ("co.uk", "title", "B08N5WRWNW", ""), ("com", "gp", "B07PGL2ZSL", "?th=1"),
        ("fr", "dp", "B09KMV3Q7T", ""), ("es", "title", "B0BZ5RJ2XH", "?psc=1"),
        ("it", "gp", "B0CHX1W1XY", "/ref=ox_sc_act_title_1"), ("de", "title", "B01N4PQ8XZ", "/ref=sr_1_1"),
        ("com", "dp", "B0D1XD1ZV3", "?th=1&psc=1"), ("nl", "gp", "B0B7CPSN2K", "")]


def asin_url(tld, style, asin, tail):
    base = f"https://www.amazon.{tld}"
    if style == "dp":
        return f"{base}/dp/{asin}{tail}"
    if style == "gp":
        return f"{base}/gp/product/{asin}{tail}"
    return f"{base}/Stainless-Steel-Kettle-1-7L/dp/{asin}{tail}"


add("amazon_asin_01", "parts", "ASIN from an Amazon product link (dp, gp/product, with a title slug)",
    ["product_url"], [(asin_url(*c), c[2]) for c in ASIN])

# =============================================================================================== phone
# 7 Nigerian mobile numbers -> E.164
NG = [("803", "1234567", "spaced"), ("806", "4412093", "compact"), ("813", "7720451", "intl"),
      ("703", "5501286", "intl"), ("905", "3318824", "spaced"), ("816", "0042719", "compact"),
      ("701", "9982210", "spaced"), ("909", "1203344", "intl"), ("802", "6675190", "compact")]


def ng_in(op, sub, style):
    if style == "spaced":
        return f"0{op} {sub[:3]} {sub[3:]}"
    if style == "compact":
        return f"0{op}{sub}"
    return f"+234 {op} {sub[:3]} {sub[3:]}"


add("phone_ng_e164_01", "phone", "Nigerian mobile numbers in national or international layout -> E.164",
    ["msisdn"], [(ng_in(*c), f"+234{c[0]}{c[1]}") for c in NG])

# 8 Philippine mobiles -> +63 international format
PH = [("917", "1234567", "compact"), ("918", "5523014", "dashed"), ("995", "2231780", "cc"),
      ("926", "4410987", "dashed"), ("939", "0082315", "cc"), ("977", "6612009", "compact"),
      ("908", "3345521", "dashed"), ("966", "7789012", "compact")]


def ph_in(pre, sub, style):
    if style == "compact":
        return f"0{pre}{sub}"
    if style == "dashed":
        return f"0{pre}-{sub[:3]}-{sub[3:]}"
    return f"63 {pre} {sub}"


add("phone_ph_intl_01", "phone", "Philippine mobile numbers -> `+63 9XX XXX XXXX`",
    ["mobile"], [(ph_in(*c), f"+63 {c[0]} {c[1][:3]} {c[1][3:]}") for c in PH])

# 9 Norwegian numbers -> national grouping (mobile 3-2-3, landline 2-2-2-2)
NO = [("41234567", "+47"), ("22123456", "0047"), ("98765432", ""), ("55214090", "+47"),
      ("93012288", "0047"), ("73501122", ""), ("46611873", "+47"), ("38020415", "0047"), ("90077123", "")]


def no_in(num, pre):
    pairs = " ".join(num[i:i + 2] for i in range(0, 8, 2))
    if pre == "+47":
        return f"+47 {num}"
    if pre == "0047":
        return f"0047 {pairs}"
    return pairs


def no_out(num):
    if num[0] in "49":
        return f"{num[:3]} {num[3:5]} {num[5:]}"
    return " ".join(num[i:i + 2] for i in range(0, 8, 2))


add("phone_no_national_01", "phone",
    "Norwegian numbers -> national display (mobiles 4xx/9xx as 3-2-3, landlines as 2-2-2-2), prefix dropped",
    ["telefon"], [(no_in(*c), no_out(c[0])) for c in NO])

# 10 Argentine mobile numbers: national `0AREA 15-...` -> E.164 with the mobile 9
AR = [("11", "45678901"), ("351", "6123456"), ("2944", "456789"), ("341", "5098877"), ("11", "30219944"),
      ("261", "4401234"), ("2954", "221133"), ("381", "6650021"), ("223", "5907712")]


def ar_local(area, local):
    cut = {8: 4, 7: 3, 6: 2}[len(local)]
    return f"{local[:cut]}-{local[cut:]}"


add("phone_ar_mobile_01", "phone",
    "Argentine mobile `0<area> 15-<number>` -> E.164 `+549<area><number>` (drop 0 and 15, add 9)",
    ["celular"], [(f"0{a} 15-{ar_local(a, n)}", f"+549{a}{n}") for a, n in AR])

# =============================================================================================== name
# 11 Thai honorifics (นาย, นาง, นางสาว) removed
TH = [("นาย", "สมชาย", "ใจดี", True), ("นางสาว", "สมหญิง", "รักไทย", False), ("นาง", "วิไลวรรณ", "ศรีสุข", False),
      ("นาย", "ประเสริฐ", "วงศ์ใหญ่", False), ("นางสาว", "กนกพร", "แก้วมณี", True), ("นาง", "มาลัย", "ทองคำ", True),
      ("นาย", "ธนากร", "บุญมา", True), ("นางสาว", "ศิริพร", "สุขสวัสดิ์", False), ("นาง", "สุนันทา", "พรหมมา", False)]
add("name_th_honorific_01", "name",
    "Thai full name without the honorific นาย / นาง / นางสาว (with or without a space after it)",
    ["ชื่อ_นามสกุล"], [(f"{t}{' ' if sp else ''}{g} {f}", f"{g} {f}") for t, g, f, sp in TH])

# 12 Vietnamese names -> unaccented capitals (Đ -> D)
VI = ["Đặng Thị Ngọc Ánh", "Nguyễn Văn Hùng", "Trần Minh Đức", "Phạm Thu Hương", "Lê Quốc Bảo",
      "Võ Thị Diễm My", "Đỗ Hoàng Long", "Huỳnh Thanh Tâm", "Bùi Đình Khoa"]


def vi_ascii(s):
    return fold(s.replace("Đ", "D").replace("đ", "d")).upper()


add("name_vi_ascii_01", "name", "Vietnamese name -> unaccented capitals for a bank transfer (Đ -> D)",
    ["ho_ten"], [(n, vi_ascii(n)) for n in VI])

# 13 birth name from a surname field (geb. / née), empty when none
BN = [("Müller", "geb.", "Schmidt"), ("Dupont", "née", "Lefèvre"), ("Weber", "", ""),
      ("Hoffmann", "geb.", "von Arnim"), ("Kowalczyk", "", ""), ("Rousseau", "née", "Le Goff"),
      ("Schäfer-Lind", "geb.", "Lind"), ("Moreau", "née", "Benali"), ("Neumann", "", ""),
      ("Brandt", "geb.", "Übelacker")]
add("name_birth_name_01", "name", "birth name after `geb.` / `née` in a surname field, empty when none",
    ["nachname"], [(f"{c} {m} {b}" if m else c, b) for c, m, b in BN])

# 14 katakana reading from a Japanese name field
JP = [("山田 太郎", "ヤマダ タロウ", "full"), ("佐藤花子", "サトウハナコ", "half"), ("鈴木 一郎", "", "none"),
      ("高橋 美咲", "タカハシ ミサキ", "half"), ("伊藤健太", "イトウケンタ", "full"), ("渡辺 真由美", "", "none"),
      ("中村 翔", "ナカムラ ショウ", "full"), ("小林由紀", "コバヤシユキ", "half"), ("加藤 大輔", "", "none")]


def jp_in(k, kana, style):
    if style == "full":
        return f"{k}（{kana}）"
    if style == "half":
        return f"{k} ({kana})"
    return k


add("name_jp_kana_01", "name", "katakana reading in brackets after a Japanese name, empty when missing",
    ["氏名"], [(jp_in(*c), c[1]) for c in JP])

# =============================================================================================== address
# 15 Spanish street abbreviations expanded, floor/door dropped
ES_ABBR = {"Calle": "C/", "Avenida": "Avda.", "Plaza": "Pza."}
ES = [("Calle", "Mayor", "12", "3º B"), ("Avenida", "de la Constitución", "45", "2º izq."),
      ("Plaza", "de España", "4", ""), ("Calle", "Alcalá", "201", "bajo"), ("Avenida", "Diagonal", "640", ""),
      ("Plaza", "Mayor", "1", "1º dcha."), ("Calle", "San Vicente Mártir", "88", "5º 10ª"),
      ("Avenida", "del Puerto", "17", "ático"), ("Calle", "Real", "3", "")]
add("addr_es_street_01", "address",
    "Spanish street line: expand C/ / Avda. / Pza., keep street and number, drop floor and door",
    ["direccion"], [(f"{ES_ABBR[t]} {n}, {no}" + (f", {r}" if r else ""), f"{t} {n} {no}") for t, n, no, r in ES])

# 16 Italian address -> postal line in Poste Italiane style
IT = [("Via Roma", "10", "20121", "Milano", "MI"), ("Corso Vittorio Emanuele II", "58/A", "10121", "Torino", "TO"),
      ("Piazza Garibaldi", "3", "80142", "Napoli", "NA"), ("Viale dei Mille", "22", "50131", "Firenze", "FI"),
      ("Via Emilia Est", "140", "42121", "Reggio nell'Emilia", "RE"),
      ("Via Gramsci", "7", "20097", "San Donato Milanese", "MI"), ("Largo Augusto", "1", "00187", "Roma", "RM"),
      ("Via Dante", "15/B", "09127", "Cagliari", "CA"), ("Contrada Santa Lucia", "2", "90141", "Palermo", "PA")]
add("addr_it_postal_line_01", "address",
    "Italian address -> postal line `CAP CITY PROV` in capitals (street dropped, brackets removed)",
    ["indirizzo"], [(f"{s} {n}, {cap} {c} ({p})", f"{cap} {c.upper()} {p}") for s, n, cap, c, p in IT])

# 17 old vehicle-code postcode prefixes -> ISO country codes
OLDP = {"DE": "D", "AT": "A", "CH": "CH"}
OP = [("AT", "1010", "Wien"), ("DE", "80331", "München"), ("CH", "8001", "Zürich"), ("DE", "01067", "Dresden"),
      ("AT", "6020", "Innsbruck"), ("CH", "3011", "Bern"), ("DE", "20095", "Hamburg"), ("AT", "8010", "Graz"),
      ("CH", "1204", "Genève")]
add("addr_postcode_prefix_01", "address",
    "old `A-` / `D-` / `CH-` postcode prefixes -> ISO country code (`AT-1010 Wien`)",
    ["ort"], [(f"{OLDP[cc]}-{z} {c}", f"{cc}-{z} {c}") for cc, z, c in OP])

# 18 city from a Russian address line
RU = [("125009", "", "г. ", "Москва", "ул. Тверская, д. 7, кв. 12"),
      ("141700", "Московская обл.", "г. ", "Долгопрудный", "ул. Первомайская, д. 3"),
      ("420111", "", "г ", "Казань", "ул Баумана, д 15"),
      ("190000", "", "г. ", "Санкт-Петербург", "наб. реки Мойки, д. 42, кв. 5"),
      ("630099", "Новосибирская обл.", "г ", "Новосибирск", "ул Ленина, д 21"),
      ("620014", "Свердловская обл.", "г. ", "Екатеринбург", "пр. Ленина, д. 24/8"),
      ("344002", "", "г ", "Ростов-на-Дону", "ул Пушкинская, д 9, кв 31"),
      ("143401", "Московская обл.", "г. ", "Красногорск", "бул. Строителей, д. 1"),
      ("690091", "", "г. ", "Владивосток", "ул. Светланская, д. 33")]


def ru_line(idx, region, mark, city, rest):
    parts = [idx] + ([region] if region else []) + [f"{mark}{city}", rest]
    return ", ".join(parts)


add("addr_ru_city_01", "address", "city (after `г.` / `г`) from a Russian address line, region skipped",
    ["адрес"], [(ru_line(*c), c[3]) for c in RU])

# 19 Indian PIN code from an address line
IN = [("No. 12/4, 3rd Cross, Indiranagar", "Bengaluru", "Karnataka", "560038", "state"),
      ("Flat 502, Sea Breeze Apts, Juhu", "Mumbai", "Maharashtra", "400049", "dash"),
      ("Plot 77, Sector 18", "Noida", "Uttar Pradesh", "201301", "label"),
      ("14 Anna Salai, Teynampet", "Chennai", "Tamil Nadu", "600018", "dash"),
      ("H.No. 8-2-293, Road No. 10, Banjara Hills", "Hyderabad", "Telangana", "500034", "state"),
      ("221B MG Road, Camp", "Pune", "Maharashtra", "411001", "label"),
      ("45 Park Street", "Kolkata", "West Bengal", "700016", "state"),
      ("B-7, 2nd Floor, Lajpat Nagar IV", "New Delhi", "Delhi", "110024", "dash"),
      ("TC 25/1180, Statue", "Thiruvananthapuram", "Kerala", "695001", "label")]


def in_line(line, city, state, pin, style):
    if style == "state":
        return f"{line}, {city}, {state} {pin}"
    if style == "dash":
        return f"{line}, {city} - {pin[:3]} {pin[3:]}"
    return f"{line}, {city}, PIN: {pin}"


add("addr_in_pin_01", "address", "six-digit Indian PIN code from an address line (`560 038`, `PIN: ...`)",
    ["address"], [(in_line(*c), c[3]) for c in IN])

# 20 street + number + country -> first address line in the country's order
AC = [("rue de la Paix", "12", "FR"), ("Hauptstraße", "5a", "DE"), ("Fifth Avenue", "350", "US"),
      ("Königsallee", "92", "DE"), ("avenue des Champs-Élysées", "101", "FR"), ("Market Street", "1600", "US"),
      ("boulevard Haussmann", "40", "FR"), ("Lindenstraße", "118", "DE"), ("Ocean Drive", "7", "US")]


def addr_line(street, num, cc):
    return f"{street} {num}" if cc == "DE" else f"{num} {street}"


add("addr_line_by_country_01", "address", "street + house number + country -> address line (number first for FR/US)",
    ["street", "house_no", "country"], [((s, n, c), addr_line(s, n, c)) for s, n, c in AC])

# =============================================================================================== code
# 21 Argentine CUIT/CUIL with check digit -> `XX-XXXXXXXX-X`
def cuit_dv(base10):
    r = sum(int(d) * w for d, w in zip(base10, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
    dv = 11 - r
    return None if dv == 10 else (0 if dv == 11 else dv)


CUIT_BASES = [("20", "12345678"), ("27", "28931504"), ("30", "71234509"), ("20", "33567210"), ("27", "40112398"),
              ("30", "50004471"), ("20", "17882014"), ("23", "25660191"), ("27", "36098125")]
CUIT = []
for k, (pre, num) in enumerate(CUIT_BASES):
    n = int(num)
    while cuit_dv(pre + f"{n:08d}") is None:
        n += 1
    CUIT.append((pre, f"{n:08d}", str(cuit_dv(pre + f"{n:08d}")), ["compact", "spaced", "dotted"][k % 3]))


def cuit_in(p, n, d, style):
    return {"compact": f"{p}{n}{d}", "spaced": f"{p} {n} {d}", "dotted": f"{p}.{n}.{d}"}[style]


add("code_ar_cuit_01", "code", "Argentine CUIT/CUIL (compact, spaced or dotted) -> `XX-XXXXXXXX-X`",
    ["cuit"], [(cuit_in(*c), f"{c[0]}-{c[1]}-{c[2]}") for c in CUIT])


# 22 Swiss AHV/AVS number -> dotted 756.XXXX.XXXX.XX
def ean13_check(d12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


AHV_BODY = ["123456789", "940217733", "501128864", "774310092", "218845507", "660093121", "385512740", "902276618"]
AHV = [("756" + b + ean13_check("756" + b)) for b in AHV_BODY]


def ahv_in(num, k):
    if k % 3 == 0:
        return num
    if k % 3 == 1:
        return f"{num[:3]} {num[3:7]} {num[7:11]} {num[11:]}"
    return f"{num[:3]}-{num[3:7]}-{num[7:11]}-{num[11:]}"


add("code_ch_ahv_01", "code", "Swiss AHV/AVS number (13 digits, spaced or dashed) -> `756.XXXX.XXXX.XX`",
    ["ahv_nr"], [(ahv_in(n, k), f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}") for k, n in enumerate(AHV)])

# 23 birth date from a Mexican CURP (position 17: digit = 1900s, letter = 2000s)
CURP_ALPHA = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(prefix4, birth, sex, state, cons3):
    diff = "A" if birth.year >= 2000 else "0"
    body = f"{prefix4}{birth:%y%m%d}{sex}{state}{cons3}{diff}"
    s = sum(CURP_ALPHA.index(ch) * (18 - i) for i, ch in enumerate(body))
    return body + str((10 - s % 10) % 10)


CU = [("GOMC", dt.date(1985, 7, 30), "H", "DF", "MRL"), ("LOPA", dt.date(2004, 2, 11), "M", "JC", "PRN"),
      ("HERJ", dt.date(1923, 9, 5), "H", "NL", "RSN"), ("RAMV", dt.date(2012, 4, 18), "M", "PL", "MLR"),
      ("SAGE", dt.date(1919, 12, 1), "M", "YN", "NCL"), ("TOVA", dt.date(1999, 6, 25), "H", "GT", "RVL"),
      ("CRUD", dt.date(2001, 1, 3), "H", "VZ", "RZN"), ("MEFL", dt.date(1967, 10, 14), "M", "CH", "NRS"),
      ("ZAPM", dt.date(2010, 8, 29), "H", "OC", "PRT")]
add("code_mx_curp_birth_01", "code",
    "birth date from a Mexican CURP (YYMMDD at 5-10; century from position 17: digit 19xx, letter 20xx)",
    ["curp"], [(curp(*c), c[1].isoformat()) for c in CU])


# 24 South African ID number -> birth date and sex (sequence >= 5000 is male)
def luhn(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


ZA = [(dt.date(1980, 1, 1), 5009), (dt.date(1992, 11, 23), 312), (dt.date(1975, 6, 14), 7781),
      (dt.date(1968, 3, 9), 4120), (dt.date(1999, 12, 31), 5555), (dt.date(1957, 8, 20), 89),
      (dt.date(1984, 2, 29), 6032), (dt.date(1971, 10, 5), 2478), (dt.date(1990, 4, 17), 9012)]


def za_id(birth, seq):
    p = f"{birth:%y%m%d}{seq:04d}08"
    return p + luhn(p)


add("code_za_id_01", "code", "South African ID number -> `birth date sex` (sequence 0000-4999 F, 5000-9999 M)",
    ["id_number"], [(za_id(b, s), f"{b.isoformat()} {'M' if s >= 5000 else 'F'}") for b, s in ZA])

# 25 GUID / UUID in any spelling -> canonical lowercase dashed
UU = [("orders", "compact_upper"), ("customers", "braced"), ("invoices", "compact_lower"),
      ("shipments", "braced"), ("returns", "compact_upper"), ("products", "compact_lower"),
      ("tickets", "braced"), ("users", "compact_upper"), ("stores", "compact_lower")]


def uuid_of(seed):
    h = hexid("guid:" + seed, 32)
    h = h[:12] + "4" + h[13:16] + "89ab"[int(h[16], 16) % 4] + h[17:]  # version 4, RFC 4122 variant
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def uuid_in(u, style):
    if style == "compact_upper":
        return u.replace("-", "").upper()
    if style == "braced":
        return "{" + u.upper() + "}"
    return u.replace("-", "")


add("code_guid_canonical_01", "code",
    "SQL Server / registry GUID (braced, upper case or compact) -> lowercase 8-4-4-4-12 UUID",
    ["guid"], [(uuid_in(uuid_of(s), st), uuid_of(s)) for s, st in UU])


# 26 Finnish business id (Y-tunnus) -> `1234567-1`
def ytunnus_check(d7):
    r = sum(int(d) * w for d, w in zip(d7, [7, 9, 10, 5, 8, 4, 2])) % 11
    return None if r == 1 else (0 if r == 0 else 11 - r)


Y_BASE = ["1234567", "0737546", "2331972", "0112038", "3018512", "2469401", "1927400", "0986521", "2755123"]
YT_IDS = []
for k, b in enumerate(Y_BASE):
    n = int(b)
    while ytunnus_check(f"{n:07d}") is None:
        n += 1
    YT_IDS.append((f"{n:07d}", str(ytunnus_check(f"{n:07d}")), ["compact", "vat", "hyphen"][k % 3]))


def yt_in(b, c, style):
    return {"compact": f"{b}{c}", "vat": f"FI{b}{c}", "hyphen": f"{b}-{c}"}[style]


add("code_fi_ytunnus_01", "code", "Finnish Y-tunnus from compact, FI VAT or hyphenated form -> `1234567-1`",
    ["y_tunnus"], [(yt_in(*c), f"{c[0]}-{c[1]}") for c in YT_IDS])

# 27 Salesforce 15-character id -> 18-character case-safe id
SF_PREFIX = ["001", "003", "006", "500", "00Q", "001", "003", "a0B", "006"]
SF_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


SF_POD = ["5g0", "Dn0", "J00", "8d0", "Hp0", "3X0", "Aa0", "Wk0", "1T0"]


def sf_id15(k, pre):
    h = hashlib.sha256(f"sfdc:{k}".encode()).digest()
    tail = "".join(SF_CHARS[b % 62] for b in h[:5])
    return f"{pre}{SF_POD[k]}0000{tail}"


def sf_id18(i15):
    tbl = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"
    suffix = ""
    for c in range(3):
        chunk = i15[c * 5:(c + 1) * 5]
        bits = sum(1 << j for j, ch in enumerate(chunk) if "A" <= ch <= "Z")
        suffix += tbl[bits]
    return i15 + suffix


add("code_sfdc_id18_01", "code", "Salesforce 15-character record id -> 18-character case-insensitive id",
    ["record_id"], [(sf_id15(k, p), sf_id18(sf_id15(k, p))) for k, p in enumerate(SF_PREFIX)])

# 28 `owner/repo#123` -> issue URL
GH = [("acme", "payments-api", 123), ("nordhavn", "etl", 7), ("kvik-data", "dashboards", 1042),
      ("saltwater", "pos.sync", 88), ("tallinn-soft", "erp-connector", 3), ("mx-retail", "catalogo", 2519),
      ("brightline", "hr_export", 61), ("acme", "web", 40001)]
add("code_issue_url_01", "code", "issue reference `owner/repo#123` -> GitHub issue URL",
    ["issue_ref"], [(f"{o}/{r}#{n}", f"https://github.com/{o}/{r}/issues/{n}") for o, r, n in GH])

# =============================================================================================== date
PT_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
             "novembro", "dezembro"]
PTD = [(dt.date(2024, 3, 15), "long"), (dt.date(2023, 11, 7), "slash"), (dt.date(2024, 6, 28), "iso"),
       (dt.date(2024, 4, 2), "long"), (dt.date(2022, 12, 19), "long"), (dt.date(2023, 2, 5), "slash"),
       (dt.date(2024, 9, 30), "long"), (dt.date(2023, 7, 14), "iso"), (dt.date(2024, 1, 22), "long")]


def pt_in(d, style):
    if style == "long":
        return f"{d.day} de {PT_MONTHS[d.month - 1]} de {d.year}"
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    return d.isoformat()


add("date_pt_mixed_01", "date", "Portuguese date column mixing `15 de março de 2024`, `DD/MM/YYYY` and ISO -> ISO",
    ["data_emissao"], [(pt_in(*c), c[0].isoformat()) for c in PTD])

KOD = [(dt.date(2024, 3, 15), "dots"), (dt.date(2023, 11, 28), "hangul"), (dt.date(2024, 7, 19), "yy"),
       (dt.date(2022, 1, 4), "hangul"), (dt.date(2024, 10, 31), "dots"), (dt.date(2023, 5, 6), "yy"),
       (dt.date(2024, 12, 24), "hangul"), (dt.date(2023, 8, 13), "dots")]


def ko_in(d, style):
    if style == "dots":
        return f"{d.year}. {d.month}. {d.day}."
    if style == "hangul":
        return f"{d.year}년 {d.month}월 {d.day}일"
    return d.strftime("%y.%m.%d")


add("date_ko_mixed_01", "date", "Korean dates `2024. 3. 15.`, `2024년 3월 15일` and `YY.MM.DD` -> ISO",
    ["주문일자"], [(ko_in(*c), c[0].isoformat()) for c in KOD])

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def ordsuf(n):
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


ENO = [(dt.date(2024, 3, 15), "us"), (dt.date(2023, 8, 1), "uk"), (dt.date(2024, 2, 23), "abbr"),
       (dt.date(2024, 11, 2), "us"), (dt.date(2023, 6, 22), "uk"), (dt.date(2024, 9, 3), "abbr"),
       (dt.date(2022, 12, 11), "us"), (dt.date(2024, 5, 13), "uk"), (dt.date(2023, 1, 31), "abbr")]


def en_in(d, style):
    if style == "us":
        return f"{MONTHS_EN[d.month - 1]} {d.day}{ordsuf(d.day)}, {d.year}"
    if style == "uk":
        return f"{d.day}{ordsuf(d.day)} {MONTHS_EN[d.month - 1]} {d.year}"
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
    return f"{wd} {d.day} {MONTHS_EN[d.month - 1][:3]} {d.year}"


add("date_en_ordinal_01", "date", "English dates with ordinals or weekday (`March 15th, 2024`, `1st August 2023`, "
    "`Fri 23 Feb 2024`) -> ISO", ["event_date"], [(en_in(*c), c[0].isoformat()) for c in ENO])

FRT = [(14, 30, "tight"), (9, 5, "spaced"), (18, 0, "tight"), (7, 45, "spaced"), (12, 0, "tight"),
       (21, 15, "tight"), (8, 0, "tight"), (16, 5, "tight"), (23, 50, "spaced")]


def fr_time(h, m, style):
    sep = "h" if style == "tight" else " h "
    if m == 0:
        return f"{h}{sep.rstrip()}"
    return f"{h}{sep}{m:02d}"


add("time_fr_h_01", "time", "French clock times `14h30`, `9 h 05`, `18h` -> `HH:MM`",
    ["horaire"], [(fr_time(*c), f"{c[0]:02d}:{c[1]:02d}") for c in FRT])

# German time-zone abbreviations -> UTC
MEZ = {"MEZ": 1, "MESZ": 2, "UTC": 0}
MZ = [(dt.datetime(2024, 3, 15, 14, 30), "MEZ"), (dt.datetime(2024, 4, 1, 1, 15), "MESZ"),
      (dt.datetime(2024, 7, 9, 8, 0), "UTC"), (dt.datetime(2023, 12, 24, 18, 45), "MEZ"),
      (dt.datetime(2024, 8, 31, 23, 10), "MESZ"), (dt.datetime(2024, 1, 1, 0, 30), "MEZ"),
      (dt.datetime(2023, 6, 15, 12, 0), "MESZ"), (dt.datetime(2024, 2, 29, 22, 5), "UTC"),
      (dt.datetime(2023, 10, 2, 1, 59), "MESZ")]
add("time_mez_utc_01", "time", "German local time with MEZ/MESZ/UTC suffix -> UTC ISO 8601 (`Z`)",
    ["zeitpunkt"], [(f"{t:%d.%m.%Y %H:%M} {z}", (t - dt.timedelta(hours=MEZ[z])).strftime("%Y-%m-%dT%H:%MZ"))
                    for t, z in MZ])

# syslog BSD timestamp + year column -> ISO
SL = [(dt.datetime(2024, 3, 5, 14, 30, 45)), (dt.datetime(2023, 11, 28, 2, 7, 9)),
      (dt.datetime(2024, 1, 9, 23, 59, 1)), (dt.datetime(2024, 7, 17, 6, 0, 0)),
      (dt.datetime(2023, 2, 1, 12, 12, 12)), (dt.datetime(2024, 10, 30, 19, 3, 44)),
      (dt.datetime(2022, 6, 8, 8, 8, 8)), (dt.datetime(2024, 12, 31, 23, 0, 15))]
add("time_syslog_year_01", "time", "BSD syslog timestamp (`Mar  5 14:30:45`) + year column -> ISO date-time",
    ["log_ts", "year"],
    [((f"{MONTHS_EN[t.month - 1][:3]} {t.day:>2} {t:%H:%M:%S}", str(t.year)), t.strftime("%Y-%m-%dT%H:%M:%S"))
     for t in SL])

# ISO week date
IW = [dt.date(2024, 3, 15), dt.date(2024, 12, 30), dt.date(2023, 1, 1), dt.date(2024, 6, 3), dt.date(2021, 1, 3),
      dt.date(2025, 12, 29), dt.date(2024, 9, 22), dt.date(2020, 12, 31), dt.date(2026, 1, 1)]


def iso_week(d):
    y, w, wd = d.isocalendar()
    return f"{y}-W{w:02d}-{wd}"


add("date_iso_week_01", "date", "calendar date -> ISO 8601 week date `YYYY-Www-D` (week-based year)",
    ["delivery_date"], [(d.isoformat(), iso_week(d)) for d in IW])

# month-year in three notations
MY = [((2024, 3), "mon"), ((2023, 11), "slash"), ((2024, 7), "eurostat"), ((2022, 1), "mon"), ((2024, 12), "eurostat"),
      ((2023, 5), "slash"), ((2024, 9), "mon"), ((2021, 2), "eurostat"), ((2024, 10), "slash")]


def my_in(ym, style):
    y, m = ym
    if style == "mon":
        return f"{MONTHS_EN[m - 1][:3]}-{y % 100:02d}"
    if style == "slash":
        return f"{m:02d}/{y}"
    return f"{y}M{m:02d}"


add("date_month_year_01", "date", "reporting month `Mar-24`, `03/2024` or Eurostat `2024M03` -> `YYYY-MM`",
    ["period"], [(my_in(*c), f"{c[0][0]}-{c[0][1]:02d}") for c in MY])


# German duration text -> minutes
def de_dur(mins):
    h, m = divmod(mins, 60)
    parts = ([f"{h} Std."] if h else []) + ([f"{m} Min."] if m else [])
    return " ".join(parts)


DUR = [135, 45, 60, 90, 5, 240, 172, 30, 61]
add("duration_de_minutes_01", "duration", "German duration `2 Std. 15 Min.` / `45 Min.` / `1 Std.` -> minutes",
    ["dauer"], [(de_dur(m), str(m)) for m in DUR])

# =============================================================================================== number
NOR = [(Decimal("1299"), "pre_dash"), (Decimal("49.90"), "post_dec"), (Decimal("1299"), "dot_dash"),
       (Decimal("3495"), "dot_dash"), (Decimal("12.50"), "post_dec"), (Decimal("899"), "pre_dash"),
       (Decimal("24990"), "pre_dash"), (Decimal("1249.90"), "post_dec"), (Decimal("75"), "dot_dash")]


def nor_group(n, sep):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = sep + s[-3:] + out
        s = s[:-3]
    return s + out


def nor_in(v, style):
    ip = int(v)
    cents = int((v - ip) * 100)
    if style == "pre_dash":
        return f"kr {nor_group(ip, ' ')},-"
    if style == "post_dec":
        return f"{nor_group(ip, ' ')},{cents:02d} kr"
    return f"{nor_group(ip, '.')},- kr"


NOR_ROWS = []
for v, st in NOR:
    if (nor_in(v, st), dec(v, 2)) not in NOR_ROWS:
        NOR_ROWS.append((nor_in(v, st), dec(v, 2)))
add("money_nordic_dash_01", "number", "Scandinavian shop prices `kr 1 299,-`, `49,90 kr`, `1.299,- kr` -> `1299.00`",
    ["pris"], NOR_ROWS)

# CR / DR suffixes
CRDR = [(Decimal("1234.56"), "CR"), (Decimal("78.90"), "DR"), (Decimal("12000.00"), "DR"), (Decimal("5.00"), "CR"),
        (Decimal("250000.75"), "CR"), (Decimal("0.99"), "DR"), (Decimal("3410.10"), "DR"), (Decimal("18.40"), "CR")]


def us_group(v):
    return f"{v:,.2f}"


add("money_cr_dr_01", "number", "statement amount with `CR` / `DR` suffix -> signed decimal (DR negative)",
    ["amount"], [(f"{us_group(v)} {s}", dec(-v if s == "DR" else v, 2)) for v, s in CRDR])

# French negative numbers with U+2212 and narrow no-break spaces
FRN = [Decimal("-1234.50"), Decimal("12345.00"), Decimal("-0.75"), Decimal("-98765.43"), Decimal("410.10"),
       Decimal("-12.00"), Decimal("1000000.00"), Decimal("-5432.10")]


def fr_num(v):
    s = f"{abs(v):,.2f}".replace(",", "\u202f").replace(".", ",")
    return ("\u2212" if v < 0 else "") + s


add("number_fr_minus_01", "number",
    "French amounts with the U+2212 minus sign and narrow no-break spaces -> plain decimal",
    ["montant"], [(fr_num(v), dec(v, 2)) for v in FRN])

# basis points from bp / percent notations
BP = [("25", "bp"), ("0.375", "pct"), ("1,10", "pct_de"), ("50", "bps"), ("0.125", "pct"), ("7.5", "bp"),
      ("2,25", "pct_de"), ("150", "bp"), ("0.05", "pct")]


def bp_val(v, unit):
    d = Decimal(v.replace(",", "."))
    return d if unit in ("bp", "bps") else d * 100


def bp_in(v, unit):
    return {"bp": f"{v} bp", "bps": f"{v} bps", "pct": f"{v}%", "pct_de": f"{v} %"}[unit]


add("rate_basis_points_01", "number", "spread in `bp` or percent (`0.375%`, `1,10 %`) -> basis points",
    ["spread"], [(bp_in(*c), norm(bp_val(*c))) for c in BP])

# US Treasury prices in 32nds (`+` = half a 32nd)
TR = [(99, 16, False), (101, 8, True), (98, 31, False), (100, 0, False), (97, 3, True), (102, 24, False),
      (99, 1, True), (103, 15, False), (96, 28, True)]


def tsy_price(whole, n32, plus):
    return Decimal(whole) + (Decimal(n32) + (Decimal("0.5") if plus else 0)) / 32


add("price_treasury_32nds_01", "number", "US Treasury quote in 32nds `99-16` / `101-08+` -> decimal price",
    ["px"], [(f"{w}-{n:02d}{'+' if p else ''}", dec(tsy_price(w, n, p), 6)) for w, n, p in TR])

# amount + currency -> display format
LF = [(Decimal("1234.50"), "EUR"), (Decimal("1234.50"), "USD"), (Decimal("98765.40"), "CHF"),
      (Decimal("12.00"), "EUR"), (Decimal("1000000.00"), "USD"), (Decimal("450.05"), "CHF"),
      (Decimal("75321.99"), "EUR"), (Decimal("8.10"), "USD"), (Decimal("1250000.00"), "CHF")]


def money_disp(v, cur):
    us = f"{v:,.2f}"
    if cur == "EUR":
        return us.replace(",", "_").replace(".", ",").replace("_", ".") + " €"
    if cur == "USD":
        return "$" + us
    return "CHF " + us.replace(",", "\u2019")


add("money_display_by_currency_01", "number",
    "amount + currency -> display text (`1.234,50 €`, `$1,234.50`, `CHF 98’765.40`)",
    ["amount", "currency"], [((str(v), c), money_disp(v, c)) for v, c in LF])

# =============================================================================================== unit
EN = [("1,2", "MWh"), ("850", "kWh"), ("12500", "Wh"), ("0,75", "MWh"), ("3200", "Wh"), ("14,5", "kWh"),
      ("2", "MWh"), ("980", "Wh"), ("1234", "kWh")]
EN_F = {"MWh": Decimal(1000), "kWh": Decimal(1), "Wh": Decimal("0.001")}
add("unit_energy_kwh_01", "unit", "meter readings in MWh / kWh / Wh (decimal comma) -> kWh",
    ["verbrauch"], [(f"{v} {u}", norm(Decimal(v.replace(',', '.')) * EN_F[u])) for v, u in EN])

DR = [("1", "Gbit/s"), ("500", "kbps"), ("100", "Mbit/s"), ("2.5", "Gbit/s"), ("10", "Mbps"), ("250", "kbit/s"),
      ("40", "Gbps"), ("16", "Mbit/s"), ("64", "kbps")]
DR_F = {"G": Decimal(1000), "M": Decimal(1), "k": Decimal("0.001")}
add("unit_datarate_mbit_01", "unit", "line speed in Gbit/s, Mbit/s or kbps -> Mbit/s",
    ["bandwidth"], [(f"{v} {u}", norm(Decimal(v) * DR_F[u[0]])) for v, u in DR])

WG = [(1250, "kg_g"), (750, "g"), (2500, "kg_dec"), (3040, "kg_g"), (125, "g"), (1500, "kg_dec"), (12750, "kg_dec"),
      (2005, "kg_g"), (980, "g")]


def wg_in(g, style):
    if style == "kg_g":
        return f"{g // 1000} kg {g % 1000} g"
    if style == "g":
        return f"{g} g"
    return norm(Decimal(g) / 1000).replace(".", ",") + " kg"


add("unit_weight_grams_01", "unit", "parcel weight `1 kg 250 g`, `750 g`, `2,5 kg` -> grams",
    ["gewicht"], [(wg_in(*c), str(c[0])) for c in WG])

GAL = [Decimal("5"), Decimal("12.5"), Decimal("20"), Decimal("1"), Decimal("7.25"), Decimal("15.8"), Decimal("3"),
       Decimal("42")]
US_GAL = Decimal("3.785411784")
add("unit_us_gallon_l_01", "unit", "US fuel-card volume in gallons -> litres (2 decimals, half-up)",
    ["volume"], [(f"{norm(g)} gal", dec(g * US_GAL, 2)) for g in GAL])

SEC = [("90", "s"), ("2", "min"), ("1,5", "h"), ("45", "min"), ("3", "h"), ("0,25", "h"), ("15", "s"), ("12,5", "min")]
SEC_F = {"s": 1, "min": 60, "h": 3600}
add("unit_seconds_01", "unit", "timeout setting `90 s`, `2 min`, `1,5 h` -> seconds",
    ["timeout"], [(f"{v} {u}", norm(Decimal(v.replace(',', '.')) * SEC_F[u])) for v, u in SEC])

# =============================================================================================== text
INV = [("Bestell", "\u00ad", "nummer"), ("", "\ufeff", "Kundennummer"), ("Liefer", "\u200b", "datum"),
       ("Rechnungs", "\u00ad", "empfänger"), ("", "\ufeff", "Artikelbezeichnung"), ("Versand", "\u200b", "kosten"),
       ("Zahlungs", "\u00ad", "bedingungen"), ("Steuer", "\u200b", "nummer")]
add("text_invisible_chars_01", "text", "remove soft hyphen, zero-width space and BOM from header labels",
    ["spalte"], [(a + ch + b, a + b) for a, ch, b in INV])

RO = ["Timişoara", "Constanţa", "Şoseaua Ţiglina", "Târgu Mureş", "Piaţa Unirii", "Bacău", "ŞTEFĂNEŞTI",
      "Strada Ţuţora", "Mioveni"]
RO_MAP = str.maketrans({"ş": "ș", "ţ": "ț", "Ş": "Ș", "Ţ": "Ț"})
add("text_ro_comma_below_01", "text", "Romanian cedilla letters ş ţ Ş Ţ (legacy encodings) -> comma-below ș ț Ș Ț",
    ["localitate"], [(s, s.translate(RO_MAP)) for s in RO])


def const_name(label):
    s = label.replace("%", " PCT ").replace(".", " ")
    words = [w for w in "".join(ch if ch.isalnum() else " " for ch in s).split()]
    return "_".join(w.upper() for w in words)


CN = ["Net Amount (EUR)", "Discount %", "Kunden-Nr.", "Unit Price (USD)", "Tax Rate %", "Lager-Ort", "Ship-To Country",
      "Margin % (Gross)", "Beleg-Nr. Intern"]
add("text_const_name_01", "text", "column label -> UPPER_SNAKE identifier (`%` -> `PCT`, punctuation dropped)",
    ["label"], [(c, const_name(c)) for c in CN])

SUBJ = [(["RE", "AW"], "Rechnung 4711"), (["WG"], "Angebot Wartungsvertrag 2024"), (["Fwd", "RE"], "Lieferung KW 12"),
        (["AW"], "Reklamation Auftrag 88120"), (["RE", "RE", "WG"], "Termin Audit"), (["Fwd"], "Preisliste Q3"),
        (["WG", "AW"], "Mahnung 2. Stufe"), (["Fwd"], "Urlaubsantrag Juli"), (["AW", "AW"], "Zugangsdaten SFTP")]
add("text_mail_subject_01", "text", "mail subject without reply/forward prefixes (RE:, AW:, WG:, Fwd:), repeated",
    ["betreff"], [(" ".join(f"{p}:" for p in ps) + " " + s, s) for ps, s in SUBJ])

# =============================================================================================== lookup
TK = {"T": "TYO", "L": "LON", "PA": "EPA"}
TKR = [("7203", "T"), ("VOD", "L"), ("AIR", "PA"), ("6758", "T"), ("BARC", "L"), ("BNP", "PA"), ("9984", "T"),
       ("HSBA", "L"), ("OR", "PA")]
add("lookup_ticker_exchange_01", "lookup", "Yahoo-style ticker suffix -> exchange prefix (`7203.T` -> `TYO:7203`)",
    ["ticker"], [(f"{s}.{x}", f"{TK[x]}:{s}") for s, x in TKR])

UN = {"KGM": "kg", "MTR": "m", "H87": "pcs"}
UNR = [("12.500", "KGM"), ("3.750", "MTR"), ("4.000", "H87"), ("0.250", "KGM"), ("120.000", "H87"),
       ("15.000", "MTR"), ("1.125", "KGM"), ("2.000", "MTR"), ("36.000", "H87")]
add("lookup_unece_unit_01", "lookup", "EDI quantity + UN/ECE Rec 20 unit code -> `12.5 kg`",
    ["qty", "unit_code"], [((q, u), f"{norm(Decimal(q))} {UN[u]}") for q, u in UNR])

CC = {"47": "NO", "358": "FI", "48": "PL"}
PCR = [("47", "412 34 567"), ("358", "40 123 4567"), ("48", "601 234 567"), ("47", "22 12 34 56"),
       ("358", "9 1234 5678"), ("48", "22 555 01 23"), ("358", "50 765 4321"), ("48", "512 889 004"),
       ("47", "930 12 288")]
add("lookup_phone_country_01", "lookup", "ISO country code from the calling code of an international number",
    ["phone"], [(f"+{c} {n}", CC[c]) for c, n in PCR])

PL = {"M": "München", "HH": "Hamburg", "K": "Köln"}
PLR = [("M", "AB 1234"), ("HH", "XY 123"), ("K", "LM 45"), ("M", "ZZ 9"), ("K", "A 2024"), ("HH", "PQ 77"),
       ("M", "KS 808"), ("K", "RT 3117"), ("HH", "B 1")]
add("lookup_plate_city_01", "lookup", "registration district of a German number plate (`M-AB 1234` -> `München`)",
    ["kennzeichen"], [(f"{d}-{r}", PL[d]) for d, r in PLR])

AP = {"MUC": "Munich", "JFK": "New York", "LHR": "London", "CDG": "Paris", "NRT": "Tokyo", "SYD": "Sydney"}
APR = [("MUC", "JFK"), ("LHR", "CDG"), ("NRT", "SYD"), ("JFK", "LHR"), ("CDG", "MUC"), ("SYD", "NRT"), ("LHR", "NRT"),
       ("MUC", "SYD"), ("CDG", "JFK")]
add("lookup_route_cities_01", "lookup", "IATA route `MUC-JFK` -> `Munich - New York`",
    ["route"], [(f"{a}-{b}", f"{AP[a]} - {AP[b]}") for a, b in APR])

# =============================================================================================== compose
WKT = [("59.9139", "10.7522"), ("-33.8688", "151.2093"), ("64.1466", "-21.9426"), ("35.6762", "139.6503"),
       ("-34.6037", "-58.3816"), ("60.1699", "24.9384"), ("14.5995", "120.9842"), ("6.5244", "3.3792")]
add("compose_wkt_point_01", "compose", "latitude + longitude columns -> WKT `POINT(lon lat)`",
    ["lat", "lon"], [((la, lo), f"POINT({lo} {la})") for la, lo in WKT])

VAT = [("DE", "123 456 789"), ("AT", "U12345678"), ("GR", "094 014 201"), ("NL", "8012.34.567.B01"),
       ("GR", "998877665"), ("DE", "811907980"), ("AT", "U 6200 1234"), ("FR", "40 303265045"), ("GR", "123.456.789")]


def vat_compact(cc, num):
    pre = "EL" if cc == "GR" else cc
    return pre + "".join(ch for ch in num if ch.isalnum()).upper()


add("compose_eu_vat_01", "compose", "country + national VAT number -> EU VAT id (Greece uses the prefix `EL`)",
    ["country", "vat_no"], [((c, n), vat_compact(c, n)) for c, n in VAT])

DTM = [(dt.datetime(2024, 3, 15, 9, 5, 0), False), (dt.datetime(2023, 11, 2, 14, 30, 15), True),
       (dt.datetime(2024, 1, 8, 17, 0, 0), False), (dt.datetime(2024, 6, 30, 23, 59, 59), True),
       (dt.datetime(2022, 12, 1, 7, 45, 0), False), (dt.datetime(2024, 2, 29, 0, 15, 0), False),
       (dt.datetime(2023, 8, 9, 11, 11, 30), True), (dt.datetime(2024, 10, 3, 6, 2, 0), False)]


def dtm_in(t, secs):
    tm = f"{t.hour}:{t.minute:02d}" + (f":{t.second:02d}" if secs else "")
    return (t.strftime("%d.%m.%Y"), tm)


add("compose_date_time_01", "compose", "German date column + `H:MM[:SS]` time column -> ISO date-time",
    ["datum", "uhrzeit"], [(dtm_in(*c), c[0].strftime("%Y-%m-%dT%H:%M:%S")) for c in DTM])


def main() -> None:
    assert len(T) == 60, len(T)
    for t in T:
        assert len(t.train) == 3 and 5 <= len(t.test) <= 7, t.id
        for p in t.train + t.test:
            assert all(isinstance(v, str) for v in p["in"]) and isinstance(p["out"], str)
    write("dev_b7", T)
    print(len(T), "tasks,", sum(len(t.test) for t in T), "held rows,",
          sum(len(t.inputs) > 1 for t in T), "multi-column tasks")


if __name__ == "__main__":
    main()
