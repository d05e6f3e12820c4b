# ruff: noqa
"""Fifteenth blind PII golden set: 10 tables, seeds 15001-15010 (one random.Random per table).
(a blind-written generator, kept as its author wrote it; only its output path was repointed)

Standard library + golden_common only. Deterministic: run twice, the outputs are byte-identical.
Run from this folder:  python3 gen_pii_blind15.py
"""

from __future__ import annotations

import datetime as dt
import random
import string
from pathlib import Path

from golden_common import ascii_fold, digits, hexstr, rand_date, rand_ts, write_csv, yq

OUT = Path(__file__).resolve().parents[2] / "assets_config" / "golden_pii" / "dev"  # the one output constant (formerly "blind")


# ---------------------------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------------------------
def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def chance(rng, p):
    return rng.random() < p


def iban_from_bban(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def ean13(rng) -> str:
    body = pick(rng, ["871", "590", "750", "400", "789", "761"]) + digits(rng, 9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def float_typed(num: str) -> str:
    """A digit string that went through a float column (pandas with NaNs, Excel)."""
    return f"{int(num)}.0"


def e_notation(num: str, rng) -> str:
    mant = f"{num[0]}.{num[1:6]}".rstrip("0").rstrip(".")
    return f"{mant}{pick(rng, ['E+', 'e+'])}{len(num) - 1}"


def write_labels(path: Path, table: str, description: str, cols: list[tuple[str, bool, str]]) -> None:
    keys = [c[0] for c in cols]
    assert len(keys) == len(set(keys)), f"duplicate label keys in {table}"
    lines = [f"table: {yq(table)}", f"description: {yq(description)}", "columns:"]
    for name, pii, kind in cols:
        lines.append(f"  {yq(name)}:")
        lines.append(f"    pii: {'true' if pii else 'false'}")
        lines.append(f"    kind: {yq(kind)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def emit(table: str, description: str, cols, rows, header: bool = True) -> None:
    """cols: list of (header, pii, kind); rows: list of lists in the same order."""
    assert all(len(r) == len(cols) for r in rows), table
    if header:
        write_csv(OUT / f"{table}.csv", [c[0] for c in cols], rows)
        write_labels(OUT / f"{table}.labels.yaml", table, description, cols)
        return
    # No header row: a reader that takes the first line as the header sees the first record's values,
    # so those values are the label keys. Move the first record whose values are all non-empty and
    # distinct to the top (deterministic).
    first = next(i for i, r in enumerate(rows)
                 if all(str(v) != "" for v in r) and len({str(v) for v in r}) == len(r))
    rows = [rows[first]] + rows[:first] + rows[first + 1:]
    keyed = [(str(v), c[1], c[2]) for v, c in zip(rows[0], cols, strict=True)]
    write_csv(OUT / f"{table}.csv", [str(v) for v in rows[0]], rows[1:])
    write_labels(OUT / f"{table}.labels.yaml", table, description, keyed)


def to_ethiopic(d: dt.date) -> tuple[int, int, int]:
    """Gregorian -> Ethiopian/Eritrean (Ge'ez) calendar, Amete Mihret era (Dershowitz-Reingold, RD epoch 2796)."""
    epoch = 2796
    rd = d.toordinal()

    def fixed(y, m, dd):
        return epoch - 1 + 365 * (y - 1) + y // 4 + 30 * (m - 1) + dd

    year = (4 * (rd - epoch) + 1463) // 1461
    month = (rd - fixed(year, 1, 1)) // 30 + 1
    day = rd - fixed(year, month, 1) + 1
    return year, month, day


assert to_ethiopic(dt.date(2024, 9, 11)) == (2017, 1, 1)
assert to_ethiopic(dt.date(2023, 9, 12)) == (2016, 1, 1)
assert to_ethiopic(dt.date(2023, 9, 11)) == (2015, 13, 6)


def money_sp(v: int) -> str:
    return f"{v:,}".replace(",", " ")


def money_dot(v: int) -> str:
    return f"{v:,}".replace(",", ".")


def dcomma(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}".replace(".", ",")


# =============================================================================================
# 15001  Niger: Hajj travel agency pilgrim manifest, exported WITHOUT a header row
# =============================================================================================
NE_M = ["Issoufou", "Mahamadou", "Moussa", "Abdoulaye", "Ibrahim", "Boubacar", "Hamani", "Seyni", "Oumarou",
        "Salifou", "Idrissa", "Garba", "Souley", "Harouna", "Amadou", "Aboubacar", "Ousmane", "Mamane", "Laouali",
        "Sani", "Kiari", "Bukar", "Rhissa", "Alghabass", "Akoli", "Mahaman Sani", "Nouhou", "Yacouba", "Djibo",
        "Illo", "Tahirou", "Maïna", "Hamidou", "Abdourahamane", "Chaibou", "Soumaïla"]
NE_F = ["Hadiza", "Zeinabou", "Rakia", "Mariama", "Fati", "Aïchatou", "Haoua", "Balki", "Safiatou", "Ramatou",
        "Nana Aïcha", "Hassia", "Salamatou", "Habsatou", "Zali", "Fatchima", "Bintou", "Tchima", "Hawa", "Kadidja",
        "Fadimata", "Tinhinane", "Roukaya", "Absatou", "Zouera", "Mariama Sidi", "Hamsatou", "Ladi"]
NE_S = ["Abdou", "Hamani", "Souley", "Boubacar", "Yacouba", "Maman", "Illiassou", "Zakari", "Harouna", "Saïdou",
        "Alhassane", "Adamou", "Idé", "Hassane", "Kimba", "Dan Baba", "Dan Malam", "Maïgari", "Ag Ibrahim",
        "Ag Alher", "Kiari", "Bukar", "Malam Kiari", "Oumarou", "Amadou", "Garba", "Issa", "Tanko", "Mounkaila",
        "Hima", "Seydou", "Gado", "Dodo", "Lawan", "Kaka", "Ag Ghissa", "Djermakoye", "Sidikou", "Nomao"]
NE_COMMUNES = [  # (commune, region, quartiers/villages)
    ("Niamey I", "Niamey", ["Koira Kano", "Yantala", "Goudel", "Koira Tégui"]),
    ("Niamey II", "Niamey", ["Boukoki", "Lazaret", "Banifandou", "Dar Es Salam"]),
    ("Niamey III", "Niamey", ["Plateau", "Terminus", "Kalley Est", "Maourey"]),
    ("Niamey IV", "Niamey", ["Talladjé", "Gamkallé", "Recasement", "Wadata"]),
    ("Niamey V", "Niamey", ["Harobanda", "Kirkissoye", "Lamordé"]),
    ("Zinder I", "Zinder", ["Birni", "Zengou", "Kara-Kara"]),
    ("Maradi II", "Maradi", ["Sabon Gari", "Dan Goulbi", "Maradaoua"]),
    ("Tahoua I", "Tahoua", ["Sabon Gari", "Kolloma", "Tsamiya"]),
    ("Agadez", "Agadez", ["Dagmanet", "Obitara", "Pays-Bas"]),
    ("Birni N'Konni", "Tahoua", ["Château", "Dan Kaoura", "Dosso Mairie"]),
    ("Dosso", "Dosso", ["Garbey Kourou", "Lacouroussou", "Quartier Administratif"]),
    ("Tessaoua", "Maradi", ["Kofar Gabas", "Kofar Yamma"]),
    ("Diffa", "Diffa", ["Diffa Koura", "Festival", "Sabon Carré"]),
    ("Tillabéri", "Tillabéri", ["Tillakaina", "Quartier Nord"]),
    ("Arlit", "Agadez", ["Cité Somaïr", "Boukoki Arlit"]),
    ("Madaoua", "Tahoua", ["Kawara", "Badaguichiri (village)"]),
]
NE_POB = ["Niamey", "Tahoua", "Zinder", "Maradi", "Agadez", "Dosso", "Tillabéri", "Diffa", "Birni N'Konni",
          "Madaoua", "Tessaoua", "Dogondoutchi", "Filingué", "Tchintabaraden", "Magaria", "Mirriah", "Gaya",
          "Téra", "Ouallam", "Abalak", "N'Guigmi", "Illéla", "Kéita", "Bouza", "Aguié", "Dakoro", "Tanout",
          "Say", "Kollo", "Kano (Nigeria)", "Sokoto (Nigeria)", "Mainé-Soroa", "In-Gall", "Gouré"]


def ne_phone(rng):
    num = pick(rng, ["96", "97", "90", "91", "93", "94", "99", "89"]) + digits(rng, 6)
    f = rng.randrange(6)
    if f == 0:
        return f"+227 {num[:2]} {num[2:4]} {num[4:6]} {num[6:]}"
    if f == 1:
        return num
    if f == 2:
        return "227" + num
    if f == 3:
        return f"{num[:2]} {num[2:4]} {num[4:6]} {num[6:]}"
    if f == 4:
        return "00227" + num
    return f"{num[:2]}.{num[2:4]}.{num[4:6]}.{num[6:]}"


def ne_surname_for(rng, sex, surname):
    if sex == "F" and surname.startswith("Ag "):
        return "Walet " + surname[3:]
    return surname


def gen_niger():
    rng = random.Random(15001)
    n = 312
    leaders = [f"{pick(rng, ['Malam', 'Oustaz', 'Imam', 'El Hadji'])} {pick(rng, NE_M)} {pick(rng, NE_S)}"
               for _ in range(12)]
    agents = ["a.moussa", "h.garba", "saisie2", "z.idrissa", "b.kimba", "agence.zinder"]
    blood = ["O+", "O+", "A+", "B+", "AB+", "O-", "A-", "B-", "", "Inconnu"]
    depart_days = [dt.date(2025, 5, 20) + dt.timedelta(days=i) for i in range(0, 12, 2)]
    rows = []
    for i in range(n):
        sex = "F" if chance(rng, 0.46) else "M"
        first = pick(rng, NE_F if sex == "F" else NE_M)
        if sex == "F" and chance(rng, 0.25):
            first = first + " " + pick(rng, NE_F)
        if sex == "M" and chance(rng, 0.12):
            first = pick(rng, ["El Hadji ", "Elh. ", "Alhaji "]) + first
        if sex == "F" and chance(rng, 0.06):
            first = "Hadjia " + first
        last = ne_surname_for(rng, sex, pick(rng, NE_S))
        last_out = last.upper() if chance(rng, 0.8) else last
        birth = rand_date(rng, dt.date(1938, 1, 1), dt.date(1994, 12, 31))
        r = rng.random()
        if r < 0.18:
            dob = f"vers {birth.year}"
        elif r < 0.33:
            dob = f"01/01/{birth.year}"
        elif r < 0.40:
            dob = f"{birth.year}"
        elif r < 0.47:
            dob = f"né{'e' if sex == 'F' else ''} vers {birth.year}"
        else:
            dob = birth.strftime("%d/%m/%Y")
        commune, region, qs = pick(rng, NE_COMMUNES)
        quartier = pick(rng, qs)
        pob = pick(rng, NE_POB)
        passport = pick(rng, "ABCDEFGHJKLMNPR") + digits(rng, 7)
        if chance(rng, 0.08):
            passport = passport.lower()
        dep = pick(rng, depart_days)
        exp = dep + dt.timedelta(days=rng.randint(200, 3600))
        exp_s = exp.strftime("%d/%m/%Y") if chance(rng, 0.8) else exp.isoformat()
        phone = ne_phone(rng)
        rel_phone = ne_phone(rng) if chance(rng, 0.85) else ""
        if sex == "F":
            lien = pick(rng, ["Époux", "Fils", "Frère", "Père", "Oncle", "Neveu", "Epoux"])
            m_last = last if lien in ("Fils", "Frère", "Père", "Neveu") and not last.startswith("Walet") \
                else pick(rng, NE_S)
            mahram = f"{pick(rng, NE_M)} {m_last.upper() if chance(rng, 0.5) else m_last}"
        else:
            if chance(rng, 0.15):
                lien = pick(rng, ["Épouse", "Mère"])
                mahram = f"{pick(rng, NE_F)} {pick(rng, NE_S)}"
            else:
                lien, mahram = "", ""
        groupe = f"G{rng.randint(1, 14):02d}"
        leader = leaders[int(groupe[1:]) % len(leaders)]
        vol = f"Vol {depart_days.index(dep) + 1:02d} - {pick(rng, ['NIM-JED', 'NIM-MED', 'ZND-JED'])}"
        amt = rng.choice([2850000, 2850000, 2975000, 3100000, 2650000, 3450000])
        if chance(rng, 0.12):
            amt -= rng.choice([150000, 250000, 500000])
        f = rng.randrange(3)
        amt_s = money_sp(amt) if f == 0 else (str(amt) if f == 1 else money_dot(amt))
        pay = pick(rng, ["Espèces", "Espèces", "Virement BIA", "Airtel Money", "Chèque", "Nita", "Zamani Cash"])
        vacc = f"CIV-NE-2025-{rng.randint(1, 9999):04d}" if chance(rng, 0.9) else "En cours"
        nr = rng.random()
        if nr < 0.12:
            note = f"Voyage avec son épouse {pick(rng, NE_F)} {pick(rng, NE_S)}"
        elif nr < 0.22:
            note = f"Payé par son fils {pick(rng, NE_M)} ({ne_phone(rng)})"
        elif nr < 0.28:
            note = f"Remplace {pick(rng, NE_M)} {pick(rng, NE_S).upper()} (désistement)"
        elif nr < 0.34:
            note = "Visa en attente"
        elif nr < 0.40:
            note = f"Reliquat {money_sp(rng.choice([50000, 150000, 250000]))} à verser"
        elif nr < 0.45:
            note = "Diabétique, prévoir fauteuil roulant"
        elif nr < 0.50:
            note = f"Dossier déposé par {pick(rng, ['Malam', 'M.', 'Mme'])} {pick(rng, NE_M + NE_F)} {pick(rng, NE_S)}"
        elif nr < 0.54:
            note = "Passeport envoyé à l'ambassade le " + (dep - dt.timedelta(days=rng.randint(20, 60))).strftime("%d/%m")
        else:
            note = ""
        rows.append([
            f"HJ25-{i + 101:05d}", last_out, first, sex, dob, pob, passport, exp_s, phone, rel_phone,
            mahram, lien, quartier, commune, region, groupe, leader, vol, dep.strftime("%d/%m/%Y"), amt_s, pay,
            vacc, pick(rng, blood), note, pick(rng, agents),
        ])
    cols = [
        ("num_dossier", False, "booking_reference"),
        ("nom", True, "last_name"),
        ("prenoms", True, "first_name"),
        ("sexe", False, "gender"),
        ("date_naissance", True, "date_of_birth"),
        ("lieu_naissance", True, "place_of_birth"),
        ("passeport", True, "passport_number"),
        ("exp_passeport", True, "document_expiry_date"),
        ("telephone", True, "mobile_phone"),
        ("tel_proche", True, "mobile_phone"),
        ("mahram", True, "full_name"),
        ("lien", False, "relationship"),
        ("quartier", True, "neighbourhood"),
        ("commune", True, "city"),
        ("region", False, "state_province"),
        ("groupe", False, "category"),
        ("chef_groupe", True, "full_name"),
        ("vol", False, "flight"),
        ("date_depart", False, "date"),
        ("montant", False, "amount"),
        ("mode_paiement", False, "category"),
        ("certif_vaccin", True, "vaccination_certificate_number"),
        ("groupe_sanguin", False, "blood_group"),
        ("observations", True, "free_text_with_names"),
        ("agent_saisie", True, "username"),
    ]
    emit("pelerins_agence_ne_noheader",
         "Niger Hajj travel-agency pilgrim manifest (Niamey, Zinder, Maradi...), exported without a header row: "
         "Hausa, Zarma-Songhai, Kanuri, Fulfulde and Tuareg names (Ag/Walet), birth dates often only 'vers 1958' "
         "or 01/01/yyyy, passports, +227 phones in six formats, mahram (male guardian), quartier/commune of "
         "residence, group leader, FCFA amounts, meningitis vaccination certificate, notes naming relatives.",
         cols, rows, header=False)


# =============================================================================================
# 15002  Kosovo: driving school run on a generic invoicing app -> MISLEADING headers
# =============================================================================================
XK_M = ["Arbër", "Besnik", "Driton", "Fatmir", "Valon", "Ilir", "Granit", "Blerim", "Shpend", "Kushtrim",
        "Labinot", "Ardit", "Endrit", "Dardan", "Fisnik", "Agon", "Edon", "Lirim", "Qëndrim", "Egzon", "Alban",
        "Leutrim", "Mentor", "Gentrit", "Visar", "Bujar", "Rron", "Jetmir", "Skender"]
XK_F = ["Arta", "Blerta", "Dafina", "Fjolla", "Vlora", "Teuta", "Mimoza", "Drenusha", "Arbnora", "Rinë", "Erëza",
        "Jehona", "Shqipe", "Donjeta", "Lumnije", "Kaltrina", "Rrezarta", "Albulena", "Njomza", "Valbona",
        "Ardiana", "Hana", "Elvira", "Mirsada"]
XK_S = ["Krasniqi", "Gashi", "Berisha", "Morina", "Shala", "Hoxha", "Bytyqi", "Kastrati", "Rexhepi", "Hasani",
        "Kryeziu", "Sadiku", "Ahmeti", "Halili", "Mustafa", "Zeqiri", "Musliu", "Qerimi", "Haxhiu", "Rrahmani",
        "Dibrani", "Llapashtica", "Avdiu", "Ibishi", "Bajrami", "Osmani", "Limani", "Thaqi", "Jashari", "Syla"]
XK_SR = [("Милош", "Јовановић", "M"), ("Стефан", "Петровић", "M"), ("Јелена", "Милић", "F"),
         ("Марко", "Стојановић", "M"), ("Драгана", "Ђорђевић", "F"), ("Ненад", "Радић", "M"),
         ("Никола", "Трајковић", "M"), ("Милица", "Арсић", "F"), ("Урош", "Васић", "M"),
         ("Ивана", "Лазић", "F"), ("Dejan", "Marković", "M"), ("Snežana", "Ristić", "F")]
XK_OTHER = [("Emir", "Šabani", "M"), ("Senad", "Kurtiš", "M"), ("Zulfija", "Hajdari", "F"),
            ("Erdal", "Mahmut", "M"), ("Gülay", "Taipi", "F"), ("Fikret", "Hodža", "M"), ("Amela", "Bećirović", "F"),
            ("Elvis", "Krasniqi", "M"), ("Sabaheta", "Berisha", "F"), ("Dino", "Ferizović", "M")]
XK_MUNI = [  # (municipality, district, postcode, cyrillic?)
    ("Prishtinë", "Prishtina", "10000", False), ("Prizren", "Prizren", "20000", False),
    ("Pejë", "Peja", "30000", False), ("Mitrovicë", "Mitrovica", "40000", False),
    ("Gjakovë", "Gjakova", "50000", False), ("Gjilan", "Gjilan", "60000", False),
    ("Ferizaj", "Ferizaj", "70000", False), ("Vushtrri", "Mitrovica", "42000", False),
    ("Podujevë", "Prishtina", "11000", False), ("Fushë Kosovë", "Prishtina", "12000", False),
    ("Lipjan", "Prishtina", "14000", False), ("Dragash", "Prizren", "22000", False),
    ("Зубин Поток", "Mitrovica", "40000", True), ("Звечан", "Mitrovica", "40000", True),
    ("Gračanica", "Prishtina", "10500", False), ("Suharekë", "Prizren", "23000", False),
]
XK_STREETS = ["Agim Ramadani", "Nëna Terezë", "Bill Klinton", "UÇK", "Luan Haradinaj", "Garibaldi",
              "Xhorxh Bush", "Rexhep Luci", "Fehmi Agani", "Ismail Qemali", "Adem Jashari", "Skënderbeu",
              "Dëshmorët e Kombit", "Bajram Curri", "Hasan Prishtina", "Zahir Pajaziti"]
XK_SR_STREETS = ["Краља Петра I", "Vojvode Putnika", "Ивана Милутиновића", "Kolašinska"]


def xk_mobile(rng):
    pre = pick(rng, ["44", "45", "49", "43", "48", "46"])
    rest = digits(rng, 6)
    f = rng.randrange(7)
    if f == 0:
        return f"0{pre} {rest[:3]} {rest[3:]}"
    if f == 1:
        return f"+383 {pre} {rest[:3]} {rest[3:]}"
    if f == 2:
        return f"0{pre}{rest}"
    if f == 3:  # pre-2017 international codes still in old records
        return f"+377 {pre} {rest[:3]} {rest[3:]}" if pre in ("44", "45", "43") else f"+386 {pre} {rest[:3]} {rest[3:]}"
    if f == 4:
        return f"0{pre}-{rest[:3]}-{rest[3:]}"
    if f == 5:
        return f"383{pre}{rest}"
    return f"00383 {pre} {rest}"


def gen_kosovo():
    rng = random.Random(15002)
    n = 296
    instructors = [(f"{pick(rng, XK_M)} {pick(rng, XK_S)}", f"INS-{k:02d}") for k in range(1, 10)]
    instructors += [("Бранко Ђурић", "INS-10"), ("Vesna Jokić", "INS-11")]
    branches = [("Rr. Bill Klinton nr. 12, Prishtinë", "+383 38 555 120", "info@autoshkolla-dardania.com"),
                ("Rr. Remzi Ademaj pn, Prizren", "+383 29 222 431", "prizren@autoshkolla-dardania.com"),
                ("Rr. Mbretëresha Teutë 4, Pejë", "+383 39 431 002", "peja@autoshkolla-dardania.com"),
                ("Sheshi Adem Jashari, Mitrovicë", "028 533 200", "regjistrimi@autoshkolla-dardania.com")]
    clerks = ["arta.k", "fitore.gashi", "admin", "blerim.s", "rezeptimi1"]
    fleet = [f"01-{rng.randint(100, 999)}-{pick(rng, ['AB', 'KS', 'DE', 'NF'])}" for _ in range(8)]
    cats = ["B", "B", "B", "B", "C", "CE", "A2", "A", "B", "C1", "D"]
    mail_domains = ["gmail.com", "gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "live.com", "ipko.net"]
    rows = []
    for i in range(n):
        r = rng.random()
        if r < 0.10:
            first, last, sex = pick(rng, XK_SR)
        elif r < 0.17:
            first, last, sex = pick(rng, XK_OTHER)
        else:
            sex = "M" if chance(rng, 0.6) else "F"
            first, last = pick(rng, XK_M if sex == "M" else XK_F), pick(rng, XK_S)
        cyr = any("\u0400" <= ch <= "\u04ff" for ch in first)
        name = f"{first} {last}"
        if chance(rng, 0.15) and not cyr:
            name = name.upper()
        elif chance(rng, 0.08) and not cyr:
            name = f"{last} {first}"
        muni, district, pc, muni_cyr = pick(rng, XK_MUNI)
        if cyr:
            muni, district, pc, muni_cyr = pick(rng, [m for m in XK_MUNI if m[3]] + [XK_MUNI[3]])
        birth = rand_date(rng, dt.date(1962, 1, 1), dt.date(2007, 6, 30))
        pn = "1" + digits(rng, 9)
        pn_out = float_typed(pn) if chance(rng, 0.2) else pn
        dob = birth.strftime("%d.%m.%Y") if chance(rng, 0.8) else birth.strftime("%d/%m/%Y")
        pob = pick(rng, [m[0] for m in XK_MUNI if not m[3]] + ["Shkup", "Tetovë", "Tiranë", "Stuttgart", "Zürich",
                                                                "Beograd", "Kraljevo"])
        if cyr:
            pob = pick(rng, ["Косовска Митровица", "Звечан", "Лепосавић", "Крагујевац", "Beograd"])
        ins_name, ins_code = pick(rng, instructors)
        br_addr, br_phone, br_mail = pick(rng, branches)
        if cyr:
            street = f"ул. {pick(rng, XK_SR_STREETS)} бр. {rng.randint(1, 80)}"
        else:
            street = f"Rr. \"{pick(rng, XK_STREETS)}\" nr. {rng.randint(1, 160)}"
            if chance(rng, 0.35):
                street += f", hyrja {rng.randint(1, 4)}, kati {rng.randint(1, 9)}"
            if chance(rng, 0.1):
                street = f"Lagja {pick(rng, ['Dardania', 'Ulpiana', 'Kodra e Diellit', 'Arbëria', 'Tophane'])}, " \
                         f"L{rng.randint(1, 9)}/{rng.randint(1, 40)}"
        email = ""
        if chance(rng, 0.8):
            fa, la = ascii_fold(first).lower(), ascii_fold(last).lower()
            if cyr:
                fa, la = pick(rng, ["milos", "stefan", "jelena", "marko", "ivana"]), pick(rng, ["j", "p", "m", "s"])
            email = pick(rng, [f"{fa}.{la}", f"{fa}{la}{rng.randint(1, 99)}", f"{fa}_{la[:1]}", f"{la}{fa}"]) \
                + "@" + pick(rng, mail_domains)
        score = rng.randint(48, 100)
        fee = pick(rng, [350, 350, 390, 420, 280, 550, 650])
        paid = fee - pick(rng, [0, 0, 0, 50, 100, 150, fee])
        lessons = rng.randint(0, 40)
        med = pick(rng, ["Po", "Po", "Po", "Jo", "Po"])
        lic = digits(rng, 8) if chance(rng, 0.45) else ""
        exam = (dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 560))).strftime("%d.%m.%Y") \
            if chance(rng, 0.7) else ""
        nr = rng.random()
        if nr < 0.12:
            memo = f"Babai {pick(rng, XK_M)} paguan {pick(rng, [50, 100, 150])}€ në muaj"
        elif nr < 0.18:
            memo = f"Transferuar te instruktori {pick(rng, instructors)[0].split()[0]}"
        elif nr < 0.22 and cyr:
            memo = f"Отац {pick(rng, ['Драган', 'Зоран', 'Горан'])} плаћа на рате"
        elif nr < 0.27:
            memo = f"Vëllai {pick(rng, XK_M)} {last} {xk_mobile(rng)}"
        elif nr < 0.33:
            memo = "Ka rënë në testin e parë"
        elif nr < 0.37:
            memo = "Kërkon orë shtesë me automatik"
        elif nr < 0.40:
            memo = f"Regjistruar nga shoqja {pick(rng, XK_F)} {pick(rng, XK_S)}"
        else:
            memo = ""
        rows.append([
            f"AS-{2023 + i // 160}-{i + 1:04d}", name, "Mashkull" if sex == "M" else "Femër", pn_out, dob, pob,
            ins_name, pick(rng, cats), br_phone, xk_mobile(rng), br_mail, email, br_addr, street, muni, district,
            pc, str(score), f"{fee:.2f}", f"{fee - paid:.2f}", str(lessons), med, lic, exam, pick(rng, fleet), memo,
            pick(rng, clerks), ins_code,
        ])
    cols = [
        ("AccountNo", False, "record_id"),
        ("CompanyName", True, "full_name"),
        ("LegalForm", False, "gender"),
        ("VATNumber", True, "national_id"),
        ("RegistrationDate", True, "date_of_birth"),
        ("FoundedIn", True, "place_of_birth"),
        ("ContactPerson", True, "full_name"),
        ("ContactTitle", False, "category"),
        ("Phone", False, "business_phone"),
        ("Fax", True, "mobile_phone"),
        ("Email", False, "functional_mailbox"),
        ("Website", True, "email"),
        ("BillingAddress", False, "business_address"),
        ("ShippingAddress", True, "street_address"),
        ("City", True, "city"),
        ("Country", False, "state_province"),
        ("PostCode", True, "postal_code"),
        ("Discount", False, "score"),
        ("CreditLimit", False, "amount"),
        ("Balance", False, "account_balance"),
        ("PaymentTerms", False, "count"),
        ("TaxExempt", False, "boolean"),
        ("IBAN", True, "drivers_license"),
        ("BankName", False, "date"),
        ("Notes", False, "fleet_plate"),
        ("Memo", True, "free_text_with_names"),
        ("CreatedBy", True, "username"),
        ("SalesRep", True, "employee_id"),
    ]
    emit("accounts_invoicing_xk",
         "Kosovo driving school (autoshkollë) candidates kept in a generic invoicing app whose customer fields were "
         "re-used: MISLEADING headers (CompanyName = candidate, VATNumber = personal number, RegistrationDate = "
         "birth date, Fax = candidate mobile, Phone/Email/BillingAddress = branch switchboard, mailbox and address, "
         "Website = candidate e-mail, Country = district, IBAN = driving licence, BankName = exam date, Notes = "
         "school car plate, SalesRep = instructor code). Albanian, Serbian (Cyrillic), Bosniak, Gorani, Turkish and "
         "Roma names; +383/+377/+386 mobiles.",
         cols, rows)


# =============================================================================================
# 15003  Lebanon: bank depositor extract, TERSE CODED headers
# =============================================================================================
LB_M = [("Georges", "جورج"), ("Elie", "إيلي"), ("Fadi", "فادي"), ("Charbel", "شربل"), ("Rabih", "ربيع"),
        ("Ziad", "زياد"), ("Walid", "وليد"), ("Hassan", "حسن"), ("Ali", "علي"), ("Hussein", "حسين"),
        ("Mohammad", "محمد"), ("Khaled", "خالد"), ("Samir", "سمير"), ("Nabil", "نبيل"), ("Joseph", "جوزيف"),
        ("Pierre", "بيار"), ("Antoine", "أنطوان"), ("Ghassan", "غسان"), ("Marwan", "مروان"), ("Wissam", "وسام"),
        ("Rami", "رامي"), ("Tony", "طوني"), ("Jihad", "جهاد"), ("Bassam", "بسام"), ("Hagop", "هاغوب"),
        ("Sarkis", "سركيس"), ("Raffi", "رافي"), ("Kamal", "كمال"), ("Akram", "أكرم"), ("Fouad", "فؤاد"),
        ("Nizar", "نزار"), ("Youssef", "يوسف"), ("Imad", "عماد"), ("Maroun", "مارون"), ("Nakhle", "نخلة")]
LB_F = [("Rita", "ريتا"), ("Nada", "ندى"), ("Mireille", "ميراي"), ("Nayla", "نايلة"), ("Rana", "رنا"),
        ("Zeina", "زينة"), ("Layal", "ليال"), ("Hiba", "هبة"), ("Fatima", "فاطمة"), ("Zeinab", "زينب"),
        ("Maya", "مايا"), ("Carla", "كارلا"), ("Joëlle", "جويل"), ("Georgette", "جورجيت"), ("Samira", "سميرة"),
        ("Hoda", "هدى"), ("Siham", "سهام"), ("Nisrine", "نسرين"), ("Lara", "لارا"), ("Yasmine", "ياسمين"),
        ("Aline", "ألين"), ("Maral", "مارال"), ("Rima", "ريما"), ("Wafaa", "وفاء"), ("Thérèse", "تريز"),
        ("Raghida", "رغيدة")]
LB_S = [("Khoury", "خوري"), ("Haddad", "حداد"), ("Saad", "سعد"), ("El Hajj", "الحاج"), ("Nassar", "نصار"),
        ("Aoun", "عون"), ("Karam", "كرم"), ("Abi Nader", "أبي نادر"), ("Abou Jaoudé", "أبو جودة"),
        ("Bou Saab", "بو صعب"), ("Daher", "ضاهر"), ("Fakhoury", "فاخوري"), ("Sleiman", "سليمان"),
        ("Hamadeh", "حمادة"), ("Mroueh", "مروة"), ("Chehab", "شهاب"), ("Abou Chakra", "أبو شقرا"),
        ("Halabi", "حلبي"), ("Tabbara", "طبارة"), ("Itani", "عيتاني"), ("Beydoun", "بيضون"),
        ("Fadlallah", "فضل الله"), ("Kassem", "قاسم"), ("Zein", "الزين"), ("Moussawi", "الموسوي"),
        ("Kalajian", "كالاجيان"), ("Boyajian", "بوياجيان"), ("Der Boghossian", "دير بوغوصيان"), ("Nahas", "نحاس"),
        ("Frem", "افرام"), ("Rizk", "رزق"), ("Sfeir", "صفير"), ("Maalouf", "معلوف"), ("Yammine", "يمين"),
        ("Abou Haidar", "أبو حيدر"), ("Chidiac", "شدياق"), ("Ghandour", "غندور"), ("Merhi", "مرعي"),
        ("Salameh", "سلامة"), ("Harb", "حرب")]
LB_CAZA = {"Beyrouth": "Beyrouth", "Metn": "Mont-Liban", "Kesrouan": "Keserwan-Jbeil", "Jbeil": "Keserwan-Jbeil",
           "Baabda": "Mont-Liban", "Aley": "Mont-Liban", "Chouf": "Mont-Liban", "Zahlé": "Békaa",
           "Baalbek": "Baalbek-Hermel", "Tripoli": "Liban-Nord", "Zgharta": "Liban-Nord", "Batroun": "Liban-Nord",
           "Akkar": "Akkar", "Saida": "Liban-Sud", "Tyr": "Liban-Sud", "Nabatieh": "Nabatieh",
           "Bint Jbeil": "Nabatieh", "Marjayoun": "Nabatieh"}
LB_AREAS = [("Achrafieh", "الأشرفية", "Beyrouth"), ("Hamra", "الحمرا", "Beyrouth"), ("Verdun", "فردان", "Beyrouth"),
            ("Mar Elias", "مار الياس", "Beyrouth"), ("Tariq el Jdideh", "طريق الجديدة", "Beyrouth"),
            ("Jal el Dib", "جل الديب", "Metn"), ("Antelias", "أنطلياس", "Metn"),
            ("Bourj Hammoud", "برج حمود", "Metn"), ("Dekwaneh", "الدكوانة", "Metn"), ("Broummana", "برمانا", "Metn"),
            ("Jounieh", "جونية", "Kesrouan"), ("Zouk Mosbeh", "ذوق مصبح", "Kesrouan"), ("Ghazir", "غزير", "Kesrouan"),
            ("Jbeil", "جبيل", "Jbeil"), ("Hadath", "الحدث", "Baabda"), ("Haret Hreik", "حارة حريك", "Baabda"),
            ("Aley", "عاليه", "Aley"), ("Deir el Qamar", "دير القمر", "Chouf"), ("Damour", "الدامور", "Chouf"),
            ("Zahlé", "زحلة", "Zahlé"), ("Baalbek", "بعلبك", "Baalbek"), ("Mina", "الميناء", "Tripoli"),
            ("Abou Samra", "أبي سمراء", "Tripoli"), ("Zgharta", "زغرتا", "Zgharta"), ("Batroun", "البترون", "Batroun"),
            ("Halba", "حلبا", "Akkar"), ("Saida", "صيدا", "Saida"), ("Tyr", "صور", "Tyr"),
            ("Nabatieh", "النبطية", "Nabatieh"), ("Bint Jbeil", "بنت جبيل", "Bint Jbeil"),
            ("Marjayoun", "مرجعيون", "Marjayoun")]
LB_AREACODE = {"Beyrouth": "01", "Metn": "04", "Kesrouan": "09", "Jbeil": "09", "Baabda": "05", "Aley": "05",
               "Chouf": "05", "Zahlé": "08", "Baalbek": "08", "Tripoli": "06", "Zgharta": "06", "Batroun": "06",
               "Akkar": "06", "Saida": "07", "Tyr": "07", "Nabatieh": "07", "Bint Jbeil": "07", "Marjayoun": "07"}
LB_STREETS = ["Rue Principale", "Rue de l'Église", "Main Road", "Rue Sursock", "Rue Hamra", "Rue Bliss",
              "Arax St.", "Autostrade", "Rue Pasteur", "Rue du Fleuve", "Rue Mar Maroun", "Old Saida Road",
              "Rue Abdel Aziz", "Boulevard"]
LB_COMPANIES = [("ABOU KHALIL TRADING SARL", "أبو خليل للتجارة ش.م.م."), ("CEDAR PRINT SAL", "سيدار برنت ش.م.ل."),
                ("NAHAS & FILS SARL", "نحاس وأولاده ش.م.م."), ("BEKAA AGRO INDUSTRIES SAL", "البقاع للصناعات الزراعية"),
                ("LEVANT SHIPPING OFFSHORE SAL", "ليفانت للشحن أوف شور"), ("MAISON SFEIR SARL", "دار صفير ش.م.م."),
                ("DER BOGHOSSIAN JEWELLERY", "مجوهرات دير بوغوصيان"), ("TYR FISHERIES COOP", "تعاونية صيادي صور"),
                ("ZAHLE WINERY SAL", "خمارة زحلة ش.م.ل."), ("ITANI CONTRACTING SARL", "عيتاني للمقاولات")]


def lb_mobile(rng):
    pre = pick(rng, ["3", "70", "71", "76", "78", "79", "81"])
    rest = digits(rng, 6)
    nat = ("0" + pre) if pre == "3" else pre
    f = rng.randrange(6)
    if f == 0:
        return f"{nat}/{rest}"
    if f == 1:
        return f"{nat} {rest[:3]} {rest[3:]}"
    if f == 2:
        return f"+961 {pre} {rest}"
    if f == 3:
        return f"961{pre}{rest}"
    if f == 4:
        return f"{nat}-{rest}"
    return f"00961{pre}{rest}"


def gen_lebanon():
    rng = random.Random(15003)
    n = 340
    rms = [f"RM{rng.randint(100, 999):04d}" for _ in range(9)]
    makers = ["JKHOURY", "RHADDAD", "MSAAD01", "NBOUSAAB", "TELLERB12", "BATCH_MIG"]
    branches = ["001", "004", "012", "027", "052", "063"]
    bank_codes = ["0012", "0044", "0056", "0075"]
    occ = ["Engineer", "Ingénieur", "Médecin", "Teacher", "Commerçant", "Retired", "Housewife", "Employee", "Lawyer",
           "Pharmacist", "Contractor", "Enseignante", "Comptable", "Student", "Officer (LAF)", "Nurse"]
    emp = ["Self-employed", "", "Ministry of Education", "Levant Pharma SAL", "Gulf Engineering (Dubai)",
           "Retraité", "Cedar Contracting SAL", "Hôpital régional (public)", "UN agency", "Abou Khalil Trading SARL",
           "Private school", "Armée libanaise"]
    rows = []
    cif = 1000000 + rng.randint(0, 50000)
    for i in range(n):
        cif += rng.randint(1, 2500)
        area, area_ar, caza = pick(rng, LB_AREAS)
        ccy = pick(rng, ["USD", "USD", "USD", "LBP", "LBP", "EUR"])
        acno = f"{pick(rng, branches)}-{digits(rng, 6)}-{rng.randint(1, 3):03d}"
        bban = pick(rng, bank_codes) + digits(rng, 20)
        ib = iban_from_bban("LB", bban)
        ib_out = " ".join(ib[k:k + 4] for k in range(0, len(ib), 4)) if chance(rng, 0.35) else ib
        is_company = chance(rng, 0.1)
        if is_company:
            cname, cname_ar = pick(rng, LB_COMPANIES)
            nm1, nmf, nml, nmm, nma = "", "", cname, "", cname_ar
            dob = rand_date(rng, dt.date(1965, 1, 1), dt.date(2019, 12, 31)).strftime("%d/%m/%Y")
            pob, rgn, ppn = "", "", ""
            idn = f"RC {pick(rng, ['Baabda', 'Beyrouth', 'Zahlé', 'Mont-Liban', 'Saida'])} {rng.randint(1000, 2099999)}"
            nat, oc, em = "LB", "", ""
            kyc = pick(rng, [f"Signature authority: {pick(rng, LB_M)[0]} {cname.split()[0].title()} (gérant)",
                             "Offshore company - UBO declaration on file",
                             f"UBO: {pick(rng, LB_M)[0]} {pick(rng, LB_S)[0]} 60%, {pick(rng, LB_F)[0]} {pick(rng, LB_S)[0]} 40%",
                             ""])
        else:
            sex = "M" if chance(rng, 0.55) else "F"
            g, g_ar = pick(rng, LB_M if sex == "M" else LB_F)
            f_, f_ar = pick(rng, LB_M)
            s, s_ar = pick(rng, LB_S)
            mg = pick(rng, LB_F)[0]
            ms = pick(rng, LB_S)[0]
            up = chance(rng, 0.3)
            nm1 = g.upper() if up else g
            nmf = f_.upper() if up else f_
            nml = s.upper() if up else s
            nmm = f"{mg} {ms}".upper() if up else f"{mg} {ms}"
            nma = f"{g_ar} {f_ar} {s_ar}"
            b = rand_date(rng, dt.date(1938, 1, 1), dt.date(2005, 12, 31))
            r = rng.random()
            dob = b.isoformat() if r < 0.4 else (b.strftime("%d/%m/%Y") if r < 0.85 else str(b.year))
            pl = pick(rng, LB_AREAS)
            pob = pl[0] if chance(rng, 0.8) else pl[1]
            rgn = pick(rng, [f"{pl[0]} {rng.randint(1, 600)}", f"Sijil {rng.randint(1, 600)} - {pl[0]}",
                             f"رقم السجل {rng.randint(1, 600)} / {pl[1]}", f"{rng.randint(1, 600)}/{pl[0]}"])
            idnum = digits(rng, 12)
            if idnum[0] == "0":
                idnum = "1" + idnum[1:]
            idn = e_notation(idnum, rng) if chance(rng, 0.25) else idnum
            ppn = f"{pick(rng, ['RL', 'RL', 'RL', 'LR'])}{digits(rng, 7)}" if chance(rng, 0.55) else ""
            nat = pick(rng, ["LB"] * 12 + ["SY", "PS", "AM", "FR"])
            oc, em = pick(rng, occ), pick(rng, emp)
            if oc in ("Student", "Retired", "Housewife"):
                em = pick(rng, ["", "", "Retraité" if oc == "Retired" else ""])
            kr = rng.random()
            if kr < 0.12:
                kyc = f"POA to {'wife' if sex == 'M' else 'husband'} {pick(rng, LB_F if sex == 'M' else LB_M)[0]} {s}"
            elif kr < 0.2:
                kyc = f"Beneficial owner: brother {pick(rng, LB_M)[0]}"
            elif kr < 0.27:
                kyc = f"Joint account with {pick(rng, LB_F)[0]} {s} (daughter)"
            elif kr < 0.32:
                kyc = f"وكالة لابنه {pick(rng, LB_M)[1]}"
            elif kr < 0.37:
                kyc = f"Deceased {rng.randint(2019, 2024)} - heirs: {pick(rng, LB_M)[0]}, {pick(rng, LB_F)[0]}"
            elif kr < 0.45:
                kyc = "Fresh USD card requested"
            elif kr < 0.5:
                kyc = "PEP check OK"
            else:
                kyc = ""
        ad = rng.random()
        if ad < 0.4:
            adr = f"Imm. {pick(rng, LB_S)[0]}, {rng.randint(1, 12)}e étage, {pick(rng, LB_STREETS)}, {area}"
        elif ad < 0.65:
            fl = rng.randint(1, 12)
            suf = "st" if fl == 1 else ("nd" if fl == 2 else ("rd" if fl == 3 else "th"))
            adr = f"Bldg {pick(rng, LB_S)[0]}, {fl}{suf} floor, {pick(rng, LB_STREETS)}, {area}"
        elif ad < 0.8:
            adr = f"Near {pick(rng, ['Spinneys', 'the municipality', 'Saint Elie church', 'Abou Khalil supermarket', 'the Red Cross center', 'Bank Audi'])}, {area}"
        else:
            adr = f"{area_ar} - شارع {pick(rng, ['الكنيسة', 'المدارس', 'الرئيسي', 'البلدية'])} - بناية {pick(rng, LB_S)[1]} - ط {rng.randint(1, 9)}"
        mob = lb_mobile(rng)
        tel = f"{LB_AREACODE[caza]}/{digits(rng, 6)}" if chance(rng, 0.55) else ""
        if tel and chance(rng, 0.3):
            tel = tel.replace("/", " ")
        if ccy == "LBP":
            bal = rng.randint(0, 900_000_000)
            bal_s = e_notation(str(bal), rng) if bal > 10**6 and chance(rng, 0.3) else str(bal)
        else:
            bal = round(rng.uniform(0, 250000), 2)
            bal_s = f"{bal}" if chance(rng, 0.7) else f"{bal:.2f}"
        opd = rand_date(rng, dt.date(1994, 1, 1), dt.date(2025, 3, 31))
        rows.append([
            str(cif), acno, ib_out, ccy, nm1, nmf, nml, nmm, nma, dob, pob, rgn, idn, ppn, mob, tel, adr, caza,
            LB_CAZA[caza], nat, oc, em, bal_s, pick(rng, ["Y", "N", "N", "N"]), opd.strftime("%Y%m%d"),
            pick(rng, rms), acno[:3], kyc, pick(rng, makers),
        ])
    cols = [
        ("CIF", False, "customer_id"),
        ("ACNO", True, "bank_account_number"),
        ("IBAN", True, "iban"),
        ("CCY", False, "currency_code"),
        ("NM1", True, "first_name"),
        ("NMF", True, "fathers_name"),
        ("NML", True, "last_name_or_company_mixed"),
        ("NMM", True, "mothers_full_name"),
        ("NMA", True, "full_name_or_company_mixed"),
        ("DOB", True, "date_of_birth_or_incorporation_mixed"),
        ("POB", True, "place_of_birth"),
        ("RGN", True, "civil_registry_number"),
        ("IDN", True, "national_id_or_company_register_mixed"),
        ("PPN", True, "passport_number"),
        ("MOB", True, "mobile_phone"),
        ("TEL", True, "phone"),
        ("ADR", True, "street_address"),
        ("CAZ", True, "district"),
        ("MOH", False, "state_province"),
        ("NAT", False, "nationality"),
        ("OCC", False, "job_title"),
        ("EMP", False, "company_name"),
        ("BAL", False, "account_balance"),
        ("BLK", False, "boolean"),
        ("OPD", False, "date"),
        ("RM", True, "employee_id"),
        ("BR", False, "branch_code"),
        ("KYC", True, "free_text_with_names"),
        ("MKR", True, "username"),
    ]
    emit("dep_cif_extract_lb",
         "Lebanese commercial bank depositor extract (USD/LBP/EUR accounts) with TERSE CODED headers: first, "
         "father's and family name (Maronite, Sunni, Shia, Druze, Armenian-Lebanese; some upper case), mother's "
         "full name, Arabic-script name, civil registry (sijil) number, 12-digit ID partly as 1.23457E+11, RL "
         "passports, 03/7x mobiles in six formats, building/floor/landmark addresses in French, English or Arabic, "
         "caza, LB IBAN (mod 97), balances partly in E notation; about 10% corporate accounts in the same columns "
         "(company name, commercial register, incorporation date); relationship manager code, KYC notes naming "
         "relatives, maker user id.",
         cols, rows)


# =============================================================================================
# 15004  Eritrea: Asmara water-utility customer register, Tigrinya headers in Ge'ez script
# =============================================================================================
ER_M = [("Tesfay", "ተስፋይ"), ("Yonas", "ዮናስ"), ("Mehari", "መሓሪ"), ("Goitom", "ጎይቶም"), ("Berhane", "ብርሃነ"),
        ("Tekle", "ተኽለ"), ("Haile", "ሃይለ"), ("Mussie", "ሙሴ"), ("Filmon", "ፊልሞን"), ("Semere", "ሰመረ"),
        ("Kibrom", "ክብሮም"), ("Amanuel", "ኣማኑኤል"), ("Habtom", "ሃብቶም"), ("Zerai", "ዘርኣይ"), ("Asmerom", "ኣስመሮም"),
        ("Yemane", "የማነ"), ("Dawit", "ዳዊት"), ("Robel", "ሮቤል"), ("Biniam", "ቢንያም"), ("Efrem", "ኤፍሬም"),
        ("Tewelde", "ተወልደ"), ("Woldu", "ወልዱ"), ("Negasi", "ነጋሲ"), ("Ghebremedhin", "ገብረመድህን"),
        ("Teklezghi", "ተኽለዝጊ"), ("Idris", "እድሪስ"), ("Osman", "ዑስማን"), ("Saleh", "ሳልሕ"), ("Ibrahim", "ኢብራሂም"),
        ("Hamid", "ሓሚድ"), ("Mohammed Nur", "መሓመድ ኑር"), ("Fessehaye", "ፍስሃየ"), ("Hagos", "ሓጎስ"),
        ("Menghisteab", "መንግስተኣብ"), ("Ghirmay", "ግርማይ"), ("Kahsay", "ካሕሳይ"), ("Gebru", "ገብሩ")]
ER_F = [("Selam", "ሰላም"), ("Helen", "ሄለን"), ("Saba", "ሳባ"), ("Senait", "ሰናይት"), ("Lemlem", "ለምለም"),
        ("Mebrat", "መብራት"), ("Tsega", "ጸጋ"), ("Hiwet", "ሕይወት"), ("Almaz", "ኣልማዝ"), ("Freweini", "ፍረወይኒ"),
        ("Abrehet", "ኣብረሀት"), ("Yordanos", "ዮርዳኖስ"), ("Rahel", "ራሄል"), ("Luwam", "ሉዋም"), ("Ruta", "ሩታ"),
        ("Winta", "ዊንታ"), ("Elsa", "ኤልሳ"), ("Mihret", "ምሕረት"), ("Tirhas", "ትርሓስ"), ("Akberet", "ኣኽበረት"),
        ("Ksanet", "ቅሳነት"), ("Asha", "ኣሻ"), ("Amna", "ኣምና"), ("Halima", "ሓሊማ"), ("Fatna", "ፋጥና")]
ER_MONTHS = ["መስከረም", "ጥቅምቲ", "ሕዳር", "ታሕሳስ", "ጥሪ", "ለካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰነ", "ሓምለ",
             "ነሓሰ", "ጳጉሜን"]
ER_KEBABI = [("Edaga Hamus", "ዕዳጋ ሓሙስ"), ("Mai Temenai", "ማይ ተመናይ"), ("Godaif", "ጎዳይፍ"), ("Sembel", "ሰምበል"),
             ("Paradizo", "ፓራዲዞ"), ("Akria", "ዓኽርያ"), ("Geza Banda", "ገዛ ባንዳ"), ("Tiravolo", "ጢራቮሎ"),
             ("Gejeret", "ገጀረት"), ("Abashawl", "ኣባሻውል"), ("Kahawta", "ካሓውታ"), ("Haz Haz", "ሓዝ ሓዝ"),
             ("Tsetserat", "ጸጸራት"), ("Expo", "ኤክስፖ"), ("Mai Chihot", "ማይ ጭሆት")]
ER_SUBZOBA = [("North Western", "ሰሜናዊ ምዕራብ"), ("North Eastern", "ሰሜናዊ ምብራቕ"), ("South Western", "ደቡባዊ ምዕራብ"),
              ("South Eastern", "ደቡባዊ ምብራቕ"), ("Berikh", "በሪኽ"), ("Serejaka", "ሰረጃቓ"), ("Ghala Nefhi", "ጋሕተላይ")]
ER_BUSINESS = ["Bar Crispi", "Pensione Milano", "ቤት ምግቢ ናይሮቢ", "Garage Topazio", "Pasticceria Vittoria",
               "ቤት ትምህርቲ ፍሬ ሰላም", "Hotel Keren Palace", "ድኳን ሓጎስ ወልዱ"]


def er_phone(rng):
    rest = digits(rng, 6)
    f = rng.randrange(5)
    if f == 0:
        return f"+291 1 {rest[:2]} {rest[2:4]} {rest[4:]}"
    if f == 1:
        return rest
    if f == 2:
        return f"01-{rest}"
    if f == 3:
        return f"{rest[:2]} {rest[2:4]} {rest[4:]}"
    return f"2911{rest}"


def er_mobile(rng):
    rest = digits(rng, 6)
    f = rng.randrange(5)
    if f == 0:
        return f"07 {rest}"
    if f == 1:
        return f"+291 7 {rest}"
    if f == 2:
        return f"07{rest}"
    if f == 3:
        return f"2917{rest}"
    return f"07-{rest[:3]}-{rest[3:]}"


def gen_eritrea():
    rng = random.Random(15004)
    n = 300
    cashiers = [f"{pick(rng, ER_F)[0]} {pick(rng, ER_M)[0]}" for _ in range(5)] + ["ሰናይት ተኽለ", "ዮናስ ሃይለ"]
    readers = [f"MR-{k:02d}" for k in range(1, 13)]
    tariffs = [("ናይ መንበሪ", 0.78), ("ንግዲ", 0.12), ("መንግስቲ", 0.05), ("ሃይማኖታዊ", 0.05)]
    rows = []
    acc = 10400
    for i in range(n):
        acc += rng.randint(1, 40)
        t = rng.random()
        cum, tariff = 0.0, tariffs[0][0]
        for name, p in tariffs:
            cum += p
            if t < cum:
                tariff = name
                break
        kb, kb_g = pick(rng, ER_KEBABI)
        sz, sz_g = pick(rng, ER_SUBZOBA)
        is_biz = tariff != "ናይ መንበሪ" and chance(rng, 0.8)
        meter = f"{pick(rng, ['ZN', 'SN', 'AW'])}{digits(rng, 7)}"
        if is_biz:
            given = pick(rng, ER_BUSINESS) if tariff == "ንግዲ" else pick(rng, [
                "Ministry of Health - Clinic", "ቤት ጽሕፈት ምምሕዳር", "Enda Mariam (church)", "Kulafa Al-Rashidin mosque",
                "ቤተ ክርስቲያን ቅዱስ ሚካኤል"])
            father = grand = geez = gender = dob = idno = mob = ""
            tel = er_phone(rng)
        else:
            sex = "M" if chance(rng, 0.55) else "F"
            g, g_g = pick(rng, ER_M if sex == "M" else ER_F)
            fa, fa_g = pick(rng, ER_M)
            gr, gr_g = pick(rng, ER_M)
            r = rng.random()
            if r < 0.25:
                given, father, grand = g_g, fa_g, gr_g
            elif r < 0.4:
                given, father, grand = g.upper(), fa.upper(), gr.upper()
            else:
                given, father, grand = g, fa, gr
            geez = f"{g_g} {fa_g} {gr_g}" if chance(rng, 0.85) else ""
            gender = pick(rng, ["ተባ", "ኣን"]) if r < 0.5 else ("M" if sex == "M" else "F")
            gender = ("ተባ" if sex == "M" else "ኣን") if gender in ("ተባ", "ኣን") else gender
            b = rand_date(rng, dt.date(1935, 1, 1), dt.date(2002, 12, 31))
            y, m, d = to_ethiopic(b)
            dr = rng.random()
            if dr < 0.35:
                dob = f"{d:02d}/{m:02d}/{y} ዓ.ም"
            elif dr < 0.5:
                dob = f"{ER_MONTHS[m - 1]} {d} {y}"
            elif dr < 0.6:
                dob = f"{y} ዓ.ም"
            elif dr < 0.85:
                dob = b.strftime("%d/%m/%Y")
            else:
                dob = b.isoformat()
            idno = str(rng.randint(10000, 2999999)) if chance(rng, 0.8) else ""
            mob = er_mobile(rng) if chance(rng, 0.7) else ""
            tel = er_phone(rng) if chance(rng, 0.6) else ""
        st = rng.random()
        if st < 0.45:
            street = f"{rng.randint(160, 182)}-{rng.randint(1, 25)}"
        elif st < 0.65:
            street = f"ጎደና {rng.randint(160, 182)}-{rng.randint(1, 25)}"
        elif st < 0.8:
            street = f"Street {rng.randint(160, 182)}-{rng.randint(1, 25)}"
        else:
            street = pick(rng, ["Harnet Ave.", "Sematat Avenue", "Denden St.", "ጎደና ሓርነት", "Martyrs Avenue",
                                "Via Keren"])
        house = pick(rng, [str(rng.randint(1, 120)), f"{rng.randint(1, 120)}{pick(rng, 'ABC')}",
                           f"ቁ.{rng.randint(1, 120)}"])
        prev = rng.randint(100, 9000)
        cons = rng.randint(2, 60) if tariff == "ናይ መንበሪ" else rng.randint(10, 400)
        amt = round(cons * (7.5 if cons < 10 else 12.0) + 15, 2)
        pay = rand_date(rng, dt.date(2025, 1, 3), dt.date(2025, 4, 28))
        reg = rand_date(rng, dt.date(1994, 1, 1), dt.date(2024, 12, 31))
        nr = rng.random()
        if nr < 0.12:
            note = f"ተኻራዪ: {pick(rng, ER_M + ER_F)[1]} {pick(rng, ER_M)[1]}"
        elif nr < 0.22:
            note = f"Tenant {pick(rng, ER_M + ER_F)[0]} {pick(rng, ER_M)[0]} pays since {rng.randint(2018, 2024)}"
        elif nr < 0.30:
            note = f"ዋና ወናኒ ኣብ ወጻኢ — ሓው {pick(rng, ER_M)[1]} ይከታተል"
        elif nr < 0.36:
            note = f"ጎረቤት {pick(rng, ER_F)[1]} ትኸፍል"
        elif nr < 0.42:
            note = "Contatore guasto - lettura stimata"
        elif nr < 0.48:
            note = "Leak reported near meter"
        elif nr < 0.52:
            note = "መቑጸሪ ተቐይሩ"
        else:
            note = ""
        rows.append([
            f"{acc:06d}", meter, given, father, grand, geez, gender, dob, idno, tel, mob,
            pick(rng, ["ማእከል", "ማእከል", "Maekel", "Central"]), sz_g if chance(rng, 0.7) else sz,
            kb_g if chance(rng, 0.6) else kb, street, house, tariff, str(prev), str(prev + cons), str(cons),
            f"{amt:.2f}", pay.strftime("%d/%m/%Y"), pick(rng, readers), pick(rng, cashiers), note,
            reg.strftime("%d/%m/%Y"),
        ])
    cols = [
        ("ቁ.ሕሳብ", False, "customer_id"),
        ("ቁ.መቑጸሪ", True, "meter_serial"),
        ("ሽም", True, "first_name_or_organisation_mixed"),
        ("ሽም ኣቦ", True, "fathers_name"),
        ("ሽም ኣቦሓጎ", True, "grandfathers_name"),
        ("ምሉእ ሽም ብግእዝ", True, "full_name"),
        ("ጾታ", False, "gender"),
        ("ዕለት ልደት", True, "date_of_birth"),
        ("ቁ.መንነት", True, "national_id"),
        ("ቴሌፎን", True, "phone"),
        ("ሞባይል", True, "mobile_phone"),
        ("ዞባ", False, "state_province"),
        ("ንኡስ ዞባ", True, "district"),
        ("ምምሕዳር", True, "neighbourhood"),
        ("ጎደና", True, "street"),
        ("ቁ.ገዛ", True, "house_number"),
        ("ዓይነት ተጠቃሚ", False, "category"),
        ("ዝሓለፈ ንባብ", False, "meter_reading"),
        ("ሕጂ ንባብ", False, "meter_reading"),
        ("ፍጆታ (ሜ³)", False, "volume"),
        ("መጠን (ናቕፋ)", False, "amount"),
        ("ዕለት ክፍሊት", False, "date"),
        ("ኣንባቢ መቑጸሪ", True, "employee_id"),
        ("ገንዘብ ተቐባሊ", True, "full_name"),
        ("መብርሂ", True, "free_text_with_names"),
        ("ዝተመዝገበሉ", False, "created_at"),
    ]
    emit("tetqemti_mai_asmara_er",
         "Asmara (Eritrea) water-utility customer register with Tigrinya headers in Ge'ez script: given, father's "
         "and grandfather's names in Latin, upper case or Ge'ez (Tigrinya, Tigre, Saho, Bilen; churches, mosques, "
         "bars and offices in the same columns), birth dates in the Ge'ez/Eritrean calendar (dd/mm/yyyy ዓ.ም, "
         "Tigrinya month names, year only) or Gregorian, ID number, +291 landlines and 07 mobiles, sub-zoba, "
         "administration, numbered Asmara streets (171-2), house numbers, meter serial and readings, Nakfa amounts, "
         "meter reader code, cashier, remarks in Tigrinya/English/Italian naming tenants and relatives.",
         cols, rows)


# =============================================================================================
# 15005  Monaco: port berth bookings from a NetSuite saved search (mostly business data)
# =============================================================================================
MC_STAFF = ["Camille Pastor", "Julien Bellando", "Sophie Campora", "Lorenzo Notari", "Marine Gastaud",
            "Thierry Crovetto", "Aurélie Pallanca", "Stéphane Vatrican", "Élodie Biancheri", "Marc Lorenzi"]
MC_CAPT_FIRST = ["James", "Oliver", "Callum", "Hamish", "Luca", "Matteo", "Ante", "Ivica", "Tomislav", "Dmytro",
                 "Oleksandr", "Pieter", "Sven", "Jean-Baptiste", "Yannick", "Grant", "Ruan", "Bevan", "Nikos",
                 "Kristof", "Sarah", "Chloé", "Federica", "Maja"]
MC_CAPT_LAST = ["Whitmore", "MacLeod", "Pennington", "Rossi", "Bianchi", "Marinović", "Jurić", "Babić",
                "Kovalenko", "Shevchuk", "van der Berg", "Lindqvist", "Le Goff", "Kerbrat", "Botha", "du Plessis",
                "Te Whata", "Papadakis", "Horváth", "Milošević", "Fairbairn", "Quiller"]
MC_OWNERS_CO = ["Blue Horizon Marine Ltd", "Azzurra Yachting SAM", "Seven Seas Holdings Inc.",
                "Riviera Charter Management SARL", "Nordstern Yacht GmbH", "Kestrel Maritime Ltd (Cayman)",
                "SCI Villa Les Pins", "Meridian Trust Company (Jersey) Ltd", "Aegean Blue Shipping S.A.",
                "Ocean Pearl Charters Ltd", "Palmaris Yachts SL"]
MC_OWNERS_P = ["Mr Dmitri Voronov", "Mrs Elena Sokolova", "M. Jean-Pierre Bellagamba", "Sig. Alessandro Ferretti",
               "Mr Richard Hargreaves", "Mr Khalid Al-Suwaidi", "Mrs Caroline Whitfield", "Dr Hans-Peter Kessler",
               "Mr Aristotelis Vlachos", "M. Olivier Grinda", "Mr Bradley Kowalczyk", "Mme Marie-Hélène Boisson"]
MC_YACHTS = ["Azzurra II", "Lady Kestrel", "Nordstern", "Seraphina", "Blue Horizon", "Ocean Pearl", "Solana",
             "Palmaris", "Aquila", "Meltemi", "Serenity IV", "La Dolce Vita", "Saltaire", "Amarula", "Karina K",
             "Thalassa", "Bella Stella", "Zephyr", "Calypso Dawn", "Northern Light"]
MC_AGENTS = [("Riviera Yacht Services SAM", "+377 97 97 12 34"), ("Monaco Marine Agency", "+377 93 50 41 20"),
             ("YachtPort Concierge SARL", "+33 4 93 41 12 00"), ("Blue Water Agents Ltd", "+377 92 16 00 45")]


def mc_mobile(rng):
    f = rng.randrange(6)
    if f == 0:
        return f"+33 6 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}"
    if f == 1:
        return f"+377 6 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}"
    if f == 2:
        return f"+44 7{digits(rng, 3)} {digits(rng, 6)}"
    if f == 3:
        return f"+39 3{digits(rng, 2)} {digits(rng, 7)}"
    if f == 4:
        return f"+385 9{rng.randint(1, 9)} {digits(rng, 3)} {digits(rng, 4)}"
    return f"0033{rng.choice('67')}{digits(rng, 8)}"


def gen_monaco():
    rng = random.Random(15005)
    n = 360
    yachts = []
    for k, yname in enumerate(MC_YACHTS):
        loa = round(rng.uniform(18, 92), 2)
        owner = pick(rng, MC_OWNERS_CO) if chance(rng, 0.62) else pick(rng, MC_OWNERS_P)
        if owner.startswith(("Mr", "Mrs", "M.", "Mme", "Sig", "Dr")):
            nm = owner.split(" ", 1)[1]
            f, l_ = nm.split(" ", 1)[0], nm.split(" ")[-1]
            mail = f"{ascii_fold(f).lower()}.{ascii_fold(l_).lower()}@{pick(rng, ['gmail.com', 'icloud.com', 'me.com', 'yandex.ru', 'outlook.com'])}"
        else:
            mail = f"{pick(rng, ['accounts', 'office', 'bookings', 'crew'])}@{ascii_fold(owner.split()[0]).lower()}{pick(rng, ['marine.com', 'yachting.mc', 'holdings.com'])}"
        capt = f"{pick(rng, MC_CAPT_FIRST)} {pick(rng, MC_CAPT_LAST)}"
        cpass = pick(rng, [f"{digits(rng, 9)}", f"{rng.randint(10, 23)}{pick(rng, 'ABCDEFGHJK')}{pick(rng, 'ABCDEFGHJK')}{digits(rng, 5)}",
                           f"Y{digits(rng, 8)}", f"{pick(rng, 'ABCFG')}{digits(rng, 7)}", f"FA{digits(rng, 6)}"])
        yachts.append({
            "name": pick(rng, ["M/Y ", "S/Y ", "MY ", ""]) + yname, "mmsi": pick(rng, ["319", "256", "538", "229", "254", "310"]) + digits(rng, 6),
            "flag": pick(rng, ["Cayman Islands", "Malta", "Marshall Islands", "Monaco", "United Kingdom", "Italy", "Cook Islands"]),
            "loa": loa, "beam": round(loa * rng.uniform(0.18, 0.24), 2), "owner": owner, "mail": mail,
            "capt": capt, "cmob": mc_mobile(rng), "cpass": cpass,
        })
    rows = []
    internal = 88000 + rng.randint(0, 900)
    for i in range(n):
        y = pick(rng, yachts)
        if chance(rng, 0.12):  # relief captain this time
            capt, cmob, cpass = f"{pick(rng, MC_CAPT_FIRST)} {pick(rng, MC_CAPT_LAST)}", mc_mobile(rng), f"{digits(rng, 9)}"
        else:
            capt, cmob, cpass = y["capt"], y["cmob"], y["cpass"]
        internal += rng.randint(1, 30)
        arr = dt.date(2024, 4, 1) + dt.timedelta(days=rng.randint(0, 210))
        nights = pick(rng, [1, 1, 2, 3, 4, 5, 7, 10, 14, 30])
        dep = arr + dt.timedelta(days=nights)
        booked = arr - dt.timedelta(days=rng.randint(1, 120))
        rate = round(y["loa"] * pick(rng, [9.8, 12.5, 15.0, 21.0, 48.0]), 2)
        amount = round(rate * nights, 2)
        tax = round(amount * 0.2, 2)
        agent, agent_ph = pick(rng, MC_AGENTS)
        pm = pick(rng, ["Virement", "Wire transfer", "Carte bancaire", "Card", "Avoir"])
        last4 = digits(rng, 4) if pm in ("Carte bancaire", "Card") else ""
        nr = rng.random()
        if nr < 0.1:
            memo = f"Arrivée tardive, contacter {pick(rng, ['M.', 'Mr'])} {pick(rng, MC_CAPT_FIRST)} {pick(rng, MC_CAPT_LAST)} (capitaine remplaçant)"
        elif nr < 0.18:
            memo = f"Owner on board - {y['owner'] if not y['owner'].endswith(('Ltd', 'SAM', 'Inc.', 'SARL', 'GmbH', 'S.A.', 'SL', '(Cayman)', 'Pins')) else pick(rng, MC_OWNERS_P)}"
        elif nr < 0.3:
            memo = "Eau + électricité"
        elif nr < 0.38:
            memo = "GP week-end - tarif événement"
        elif nr < 0.44:
            memo = f"Facture à adresser à l'agent, att. {pick(rng, ['Mme', 'M.'])} {pick(rng, ['Rebecca', 'Paolo', 'Nadia', 'Stéphane'])} {pick(rng, ['Ferrand', 'Lazzari', 'Orsini', 'Médecin'])}"
        elif nr < 0.48:
            memo = "Boat show - quai d'exposition"
        else:
            memo = ""
        rows.append([
            str(internal), f"RES-MC-{arr.year % 100}-{i + 1:04d}", booked.strftime("%d/%m/%Y"),
            pick(rng, ["Port Hercule", "Port Hercule", "Port de Fontvieille"]),
            pick(rng, [f"Q{rng.randint(1, 9)}-{rng.randint(1, 40)}", "Quai Albert Ier", "Quai Rainier III",
                       f"Digue {rng.randint(1, 30)}", f"F-{rng.randint(1, 60)}"]),
            y["name"], y["mmsi"], y["flag"], f"{y['loa']:.2f}", f"{y['beam']:.2f}", arr.strftime("%d/%m/%Y"),
            dep.strftime("%d/%m/%Y"), str(nights), f"{rate:.2f}", f"{amount:.2f}", f"{tax:.2f}", y["owner"],
            y["mail"], capt, cmob, cpass, agent, agent_ph, pm, last4, memo, pick(rng, MC_STAFF),
            f"{rng.randint(0, 40 * nights * 10) / 10:.1f}",
            f"{booked.strftime('%d/%m/%Y')} {rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}",
        ])
    cols = [
        ("Internal ID", False, "record_id"),
        ("Document Number", False, "booking_reference"),
        ("Date", False, "date"),
        ("Location", False, "facility_name"),
        ("Berth", False, "berth"),
        ("Yacht : Name", False, "vessel_name"),
        ("Yacht : MMSI", False, "vessel_id"),
        ("Yacht : Flag", False, "country_name"),
        ("Yacht : LOA (m)", False, "length"),
        ("Yacht : Beam (m)", False, "length"),
        ("Arrival", False, "date"),
        ("Departure", False, "date"),
        ("Nights", False, "count"),
        ("Rate", False, "unit_price"),
        ("Amount", False, "amount"),
        ("Tax Amount", False, "tax_amount"),
        ("Customer : Company Name", True, "owner_name_mixed"),
        ("Customer : Email", True, "email_mixed"),
        ("Captain", True, "full_name"),
        ("Captain Mobile", True, "mobile_phone"),
        ("Captain Passport", True, "passport_number"),
        ("Agent", False, "company_name"),
        ("Agent : Phone", False, "business_phone"),
        ("Payment Method", False, "category"),
        ("Card Last 4", False, "card_last4"),
        ("Memo", True, "free_text_with_names"),
        ("Sales Rep", True, "full_name"),
        ("Formula (Numeric)", False, "energy_kwh"),
        ("Last Modified", False, "updated_at"),
    ]
    emit("netsuite_berth_bookings_mc",
         "Monaco harbour berth bookings from a NetSuite saved search: MOSTLY BUSINESS DATA (berths, yachts, MMSI, "
         "flag, LOA/beam, arrival/departure, rates, amounts, VAT, agents and their switchboards, card last 4, kWh "
         "formula); the customer (yacht owner) mixes companies, trusts and SCIs with private owners, and its "
         "e-mail mixes functional mailboxes with private addresses; captain's name, mobile and passport; memo "
         "naming people; port-office staff as sales rep.",
         cols, rows)


# =============================================================================================
# 15006  Curaçao: wholesale invoice lines, Papiamentu headers (mostly business data)
# =============================================================================================
CW_M = ["Shurendy", "Jurick", "Quincy", "Giandro", "Jairzinho", "Rignald", "Kenrick", "Jurgen", "Rudsel", "Urvin",
        "Norbert", "Elvis", "Gilbert", "Roderick", "Dwight", "Ithsel", "Raymond", "Chin-Wei", "Ravi"]
CW_F = ["Ruthmilda", "Sharifa", "Chayenne", "Shudaisy", "Naomi", "Mayra", "Jeanine", "Suhendra", "Giselle",
        "Marilva", "Eudia", "Yanaisy", "Lisandra", "Priscilla", "Mei Ling", "Anushka"]
CW_S = ["Martina", "Rosaria", "Leito", "Isenia", "Cijntje", "Pieternella", "Wiels", "Statia", "Celestijn",
        "Maduro", "Capriles", "Senior", "de Windt", "Coffie", "Girigorie", "Fecunda", "Koeiman", "Doran",
        "Juliana", "Francisca", "Sillé", "Ignacio", "Bernadina", "Nicolaas", "Rojer", "Elhage", "Chen", "Wong",
        "Ramdas", "González", "Jesurun"]
CW_BIZ = ["Snèk Mi Dushi", "Toko Wang B.V.", "Minimarket Santa Maria B.V.", "Trupial Supermarket N.V.",
          "Restaurant Kas di Piskadó", "Kriollo Catering V.O.F.", "Cash & Carry Brievengat", "Hotel Playa Lagun N.V.",
          "Mini Market Chen & Zn.", "Bakkerij Pan di Sòn B.V.", "Toko Ramdas Groothandel", "Snack Truck Dushi Bida"]
CW_STREETS = ["Kaya Kodo", "Kaya Gob. N. Debrot", "Kaya Flamboyan", "Santa Rosaweg", "Schottegatweg Oost",
              "Kaya Pos Spaño", "Kaya Seru Otrabanda", "Brievengatweg", "Caracasbaaiweg", "Kaya Wilhelmina",
              "Kaya Jacob Posner", "Landhuis Ronde Klip", "Kaya Atalaya", "Weg naar Westpunt"]
CW_PRODUCTS = [("Arros Blanku 10 lb", "saku", 18.95), ("Batata fris 2,5 kg", "saku", 11.50),
               ("Pan di Dushi 12st", "krat", 24.00), ("Aseite di kushiná 4 L", "stuk", 21.75),
               ("Polar Cerveza 24x33cl", "krat", 52.80), ("Amstel Bright 24x33cl", "krat", 58.20),
               ("Awa Sprite 24x355ml", "krat", 28.40), ("Karni di baka 5 kg", "doos", 96.00),
               ("Galiña pechu 2 kg", "doos", 27.30), ("Keshi Edam 4,5 kg", "stuk", 88.90),
               ("Sòpi Maggi 12x", "doos", 19.45), ("Pampers maat 4", "pak", 34.10),
               ("Papel WC 48 rol", "pak", 42.50), ("Asúkar 50 lb", "saku", 61.20), ("Funchi miel 1 kg", "stuk", 3.85),
               ("Rom Blenchi 1 L", "fles", 17.60), ("Ko'i Kolo 1 L", "fles", 9.95)]


def cw_phone(rng):
    body = pick(rng, ["461", "465", "736", "737", "511", "512", "520", "524", "560", "767", "868"]) + digits(rng, 4)
    f = rng.randrange(6)
    if f == 0:
        return f"+599 9 {body[:3]} {body[3:]}"
    if f == 1:
        return f"9-{body}"
    if f == 2:
        return body
    if f == 3:
        return f"(5999) {body[:3]}-{body[3:]}"
    if f == 4:
        return f"5999{body}"
    return f"{body[:3]}-{body[3:]}"


def gen_curacao():
    rng = random.Random(15006)
    n = 384
    customers = []
    for k in range(70):
        if chance(rng, 0.38):
            sex = "M" if chance(rng, 0.5) else "F"
            nm = f"{pick(rng, CW_M if sex == 'M' else CW_F)} {pick(rng, CW_S)}"
            if chance(rng, 0.2):
                nm = nm.upper()
            b = rand_date(rng, dt.date(1950, 1, 1), dt.date(2000, 12, 31))
            ced = b.strftime("%Y%m%d") + digits(rng, 2)
            idv = float_typed(ced) if chance(rng, 0.25) else ced
            street = f"{pick(rng, CW_STREETS)} {rng.randint(1, 180)}"
        else:
            nm = pick(rng, CW_BIZ)
            idv = pick(rng, [f"KvK {rng.randint(100000, 169999)}", str(rng.randint(100000, 169999)),
                             f"{rng.randint(100000, 169999)}.0"])
            street = f"{pick(rng, CW_STREETS)} {rng.randint(1, 180)}" if chance(rng, 0.8) else \
                f"{pick(rng, CW_STREETS)} z/n, {pick(rng, ['Otrobanda', 'Punda', 'Saliña', 'Mahaai', 'Souax', 'Barber'])}"
        customers.append((f"K{rng.randint(1000, 9999):05d}", nm, idv, street, cw_phone(rng)))
    sellers = [f"VND-{k:02d}" for k in range(1, 8)]
    drivers = ["Elvis Statia", "Rignald Koeiman", "Dwight Leito", "Jurgen Cijntje", "Norbert Fecunda", "Raymond Doran"]
    trucks = [f"V-{rng.randint(1000, 9999)}" for _ in range(6)]
    rows = []
    inv_no = 8100
    i = 0
    while len(rows) < n:
        inv_no += rng.randint(1, 7)
        cust = pick(rng, customers)
        date = dt.date(2025, 1, 2) + dt.timedelta(days=rng.randint(0, 110))
        seller, drv, trk = pick(rng, sellers), pick(rng, drivers), pick(rng, trucks)
        pay = pick(rng, ["Kontant", "Pin", "Krédito 30 dia", "Krédito 14 dia", "Transfer MCB"])
        status = pick(rng, ["Entregá", "Entregá", "Entregá", "Pendiente", "Kanselá"])
        nr = rng.random()
        if nr < 0.1:
            rem = f"Entregá na {pick(rng, CW_F)} (kasiera)"
        elif nr < 0.18:
            rem = f"Sr. {pick(rng, CW_S)} ta paga djaweps"
        elif nr < 0.24:
            rem = f"Yama {pick(rng, CW_M + CW_F)} promé {cw_phone(rng)}"
        elif nr < 0.3:
            rem = "Porta patras, kaya sin salida"
        elif nr < 0.34:
            rem = "Klient ke faktura na nòmber di su kompania"
        else:
            rem = ""
        route = pick(rng, ["R1 Punda/Otrobanda", "R2 Banda Ariba", "R3 Banda Abou", "R4 Saliña/Mahaai"])
        wh = pick(rng, ["Zeelandia", "Parera"])
        for _ in range(rng.randint(1, 6)):
            if len(rows) >= n:
                break
            prod, unit, price = pick(rng, CW_PRODUCTS)
            sku = f"ART-{10000 + CW_PRODUCTS.index((prod, unit, price)) * 37:05d}"
            qty = rng.randint(1, 40)
            disc = pick(rng, [0, 0, 0, 2, 5, 7.5, 10])
            net = round(qty * price * (1 - disc / 100), 2)
            ob = round(net * 0.06, 2)
            weight = round(qty * rng.uniform(0.5, 12), 1)
            rows.append([
                f"F25-{inv_no:06d}", date.strftime("%d-%m-%Y"), cust[0], cust[1], cust[2], cust[3], cust[4],
                sku, prod, ean13(rng) if chance(rng, 0.9) else "", str(qty), unit, dcomma(price), dcomma(disc, 1),
                dcomma(ob), dcomma(net + ob), wh, route, dcomma(weight, 1), seller, drv, trk, pay, rem, status,
            ])
            i += 1
    cols = [
        ("Nr. Faktura", False, "invoice_number"),
        ("Fecha", False, "date"),
        ("Nr. Kliente", False, "customer_id"),
        ("Nòmber Kliente", True, "customer_name_mixed"),
        ("Sédula/KvK", True, "national_id_or_company_register_mixed"),
        ("Adrès", True, "street_address_mixed"),
        ("Tel.", True, "phone_mixed"),
        ("Artíkulo", False, "sku"),
        ("Deskripshon", False, "product_name"),
        ("EAN", False, "ean"),
        ("Kantidat", False, "count"),
        ("Unidat", False, "category"),
        ("Preis p/u (NAf)", False, "unit_price"),
        ("Deskuento %", False, "percentage"),
        ("OB 6%", False, "tax_amount"),
        ("Total", False, "amount"),
        ("Warehouse", False, "facility_name"),
        ("Ruta", False, "category"),
        ("Peso (kg)", False, "mass"),
        ("Vendedor", True, "employee_id"),
        ("Shofer", True, "full_name"),
        ("Nr. Truck", False, "fleet_plate"),
        ("Pago", False, "category"),
        ("Remarke", True, "free_text_with_names"),
        ("Status", False, "record_status"),
    ]
    emit("fakturanan_mayorista_cw",
         "Curaçao food wholesaler invoice lines with Papiamentu/Dutch headers: MOSTLY BUSINESS DATA (invoice, SKU, "
         "product, EAN-13, quantities, NAf prices with decimal commas, discounts, OB turnover tax, warehouse, route, "
         "weight, company truck, payment, status); the customer columns mix shops/restaurants (KvK numbers) with "
         "individual shopkeepers (cédula YYYYMMDDNN, partly float-typed), their street (Kaya ...) and phone; "
         "salesperson code, delivery driver and remarks naming people.",
         cols, rows)


# =============================================================================================
# 15007  Gabon: logging concession log register (mostly business data), UPPER_SNAKE French
# =============================================================================================
GA_S = ["NDONG", "OBIANG", "NGUEMA", "MBA", "ONDO", "ESSONO", "MVE", "NZE", "ELLA", "ENGONE", "BIYOGHE", "OVONO",
        "NKOGHE", "NTOUTOUME", "OBAME", "EDOU", "MOUSSAVOU", "MOUIRI", "NGOMA", "KOUMBA", "MABIKA", "MBOUMBA",
        "MOUKAGNI", "MAYOMBO", "BOUSSOUGOU", "NZIENGUI", "RAPONTCHOMBO", "ANGUILET", "OGANDAGA", "OKOUMA",
        "MEZUI M'ELLA", "NDONG SIMA", "MINKO MI NDONG"]
GA_G = ["Jean-Marc", "Serge", "Guy-Roger", "Landry", "Brice", "Arnaud", "Ghislain", "Jules Aristide", "Fabrice",
        "Hervé", "Wilfried", "Dieudonné", "Rodrigue", "Blaise", "Yannick", "Christian", "Ulrich", "Nestor",
        "Prosper", "Steeve", "Junior", "Ange"]
GA_ESSENCES = [("Okoumé", 0.45), ("Padouk", 0.08), ("Azobé", 0.07), ("Bilinga", 0.06), ("Kévazingo", 0.03),
               ("Ozigo", 0.08), ("Dibétou", 0.05), ("Moabi", 0.03), ("Tali", 0.06), ("Iroko", 0.04),
               ("Beli", 0.05)]
GA_CLIENTS = ["Rougier Transformation (usine Owendo)", "Sino-Gabon Wood Industries SA", "Tropical Veneers GSEZ",
              "Bois Précieux d'Afrique SARL", "Mumbai Timber Imports Pvt Ltd", "Scierie de Ndjolé"]


def ga_mobile(rng):
    pre = pick(rng, ["062", "065", "066", "074", "076", "077"])
    rest = digits(rng, 6)
    f = rng.randrange(4)
    if f == 0:
        return f"{pre} {rest[:2]} {rest[2:4]} {rest[4:]}"
    if f == 1:
        return f"+241 {pre} {rest}"
    if f == 2:
        return f"{pre}{rest}"
    return f"241{pre}{rest}"


def gen_gabon():
    rng = random.Random(15007)
    n = 372
    fellers = [(f"{pick(rng, GA_S)} {pick(rng, GA_G)}", f"AB-{rng.randint(100, 999)}") for _ in range(14)]
    chiefs = [f"{pick(rng, GA_S)} {pick(rng, GA_G)} ({ga_mobile(rng)})" for _ in range(5)]
    drivers = [f"{pick(rng, GA_G)} {pick(rng, GA_S).title()}" for _ in range(8)]
    trucks = [f"{rng.randint(1000, 9999)} G{pick(rng, '12345')} {pick(rng, 'ABCDE')}" for _ in range(8)]
    logins = ["saisie.lastourville", "jm.nguema", "chef.parc", "controle.ddf", "admin_sig"]
    villages = ["Mouyabi", "Bakoumba", "Mikouyi", "Doumé", "Ndoubi", "Massembé"]
    rows = []
    tree = 2100
    for i in range(n):
        tree += rng.randint(1, 6)
        t = rng.random()
        cum, ess = 0.0, "Okoumé"
        for e, p in GA_ESSENCES:
            cum += p
            if t < cum:
                ess = e
                break
        diam = rng.randint(60, 180)
        length = round(rng.uniform(6, 24), 1)
        vol = round(3.14159 * (diam / 200) ** 2 * length, 3)
        feller, fmat = pick(rng, fellers)
        felled = dt.date(2024, 9, 1) + dt.timedelta(days=rng.randint(0, 200))
        evac = felled + dt.timedelta(days=rng.randint(3, 45)) if chance(rng, 0.85) else None
        price = pick(rng, [85000, 92000, 120000, 180000, 250000, 310000])
        nr = rng.random()
        if nr < 0.07:
            obs = f"Arbre signalé par le chef de village {pick(rng, GA_S).title()} {pick(rng, GA_S).title()} ({pick(rng, villages)})"
        elif nr < 0.13:
            obs = f"Litige avec M. {pick(rng, GA_S).title()} {pick(rng, GA_S).title()} sur limite plantation"
        elif nr < 0.17:
            obs = f"Abattu par l'aide {pick(rng, GA_G)} en l'absence de l'abatteur titulaire"
        elif nr < 0.27:
            obs = "Fente à cœur, déclassé"
        elif nr < 0.35:
            obs = "Piste impraticable, évacuation reportée"
        elif nr < 0.4:
            obs = "Roulure"
        else:
            obs = ""
        lat = -0.5 - rng.random() * 0.9
        lon = 12.2 + rng.random() * 0.9
        ts = dt.datetime(2025, 4, 1) + dt.timedelta(minutes=rng.randint(0, 80000))
        rows.append([
            f"GA-CFAD07-{tree:06d}-{rng.randint(1, 4)}", str(tree), ess, str(diam), dcomma(length, 1),
            dcomma(vol, 3), pick(rng, ["LS", "QS", "CI", "LS", "LM"]), f"AAC-2024-{rng.randint(1, 9):02d}",
            f"{lat:.5f}", f"{lon:.5f}", felled.strftime("%d/%m/%Y"), feller, fmat, pick(rng, chiefs),
            pick(rng, drivers) if evac else "", pick(rng, trucks) if evac else "",
            evac.strftime("%d/%m/%Y") if evac else "", pick(rng, ["Parc Lastourville", "Parc Owendo", "Parc Ndjolé"]),
            f"LV{rng.randint(100000, 999999)}" if evac else "", pick(rng, GA_CLIENTS), money_sp(price),
            money_sp(int(price * vol)), pick(rng, ["PAFC-GA-0042", "FSC-C123456", "OLB", ""]), obs, pick(rng, logins),
            ts.strftime("%Y-%m-%d %H:%M:%S"),
        ])
    cols = [
        ("ID_GRUME", False, "log_barcode"),
        ("NUM_ARBRE", False, "tree_number"),
        ("ESSENCE", False, "category"),
        ("DIAM_CM", False, "length"),
        ("LONG_M", False, "length"),
        ("VOL_M3", False, "volume"),
        ("QUALITE", False, "category"),
        ("PARCELLE", False, "plot_code"),
        ("LAT_ABATTAGE", False, "latitude"),
        ("LON_ABATTAGE", False, "longitude"),
        ("DT_ABATTAGE", False, "date"),
        ("ABATTEUR", True, "full_name"),
        ("MATR_ABATTEUR", True, "employee_id"),
        ("CHEF_EQUIPE", True, "full_name_with_phone"),
        ("CHAUFFEUR", True, "full_name"),
        ("IMMAT_CAMION", False, "fleet_plate"),
        ("DT_EVACUATION", False, "date"),
        ("PARC", False, "facility_name"),
        ("NUM_LV", False, "waybill_number"),
        ("CLIENT", False, "company_name"),
        ("PRIX_M3_FCFA", False, "unit_price"),
        ("MONTANT_FCFA", False, "amount"),
        ("CERTIF", False, "certificate_code"),
        ("OBS", True, "free_text_with_names"),
        ("SAISI_PAR", True, "username"),
        ("DT_MAJ", False, "updated_at"),
    ]
    emit("grumes_chantier_ga",
         "Gabonese logging concession log register (Ogooué-Lolo): MOSTLY BUSINESS DATA (log barcode, tree number, "
         "species, diameter, length and volume with decimal commas, grade, cutting plot, felling GPS in the forest, "
         "dates, log yard, waybill, buyers, FCFA prices, certification, company truck plates); the chainsaw "
         "operator's name (Fang, Punu, Nzebi, Myene; SURNAME Given) and staff number, team leader with phone, truck "
         "driver, remarks naming villagers, data-entry login.",
         cols, rows)


# =============================================================================================
# 15008  Bahrain: LPG cylinder home-delivery orders from Zoho Creator
# =============================================================================================
BH_M = ["Ahmed", "Mohamed", "Ali", "Hasan", "Hussain", "Jassim", "Khalid", "Abdulla", "Isa", "Salman", "Yusuf",
        "Sayed Mahdi", "Ebrahim", "Fawaz", "Nasser", "Mansoor", "Redha", "Jaffar", "Qassim", "Sayed Hashim"]
BH_F = ["Fatema", "Zainab", "Maryam", "Noora", "Sara", "Haneen", "Kawther", "Zahra", "Hessa", "Latifa", "Eman",
        "Amal", "Ruqaya", "Batool"]
BH_S = ["Al Dosari", "Al Qassab", "Al Mahroos", "Al Aradi", "Al Moosawi", "Al Sitri", "Al Jishi", "Kanoo",
        "Zayani", "Fakhro", "Al Shehabi", "Bucheeri", "Janahi", "Al Binali", "Al Ansari", "Al Mannai",
        "Abdulghaffar", "Al Haddad", "Radhi", "Al Asfoor", "Matar", "Al Aali", "AlSaffar", "Showaiter"]
BH_EXPAT = [("Thomas", "Varghese", "M", "+91"), ("Anil", "Kumar", "M", "+91"), ("Shibu", "Kuriakose", "M", "+91"),
            ("Jaison", "Mathew", "M", "+91"), ("Ma. Cristina", "Dela Cruz", "F", "+63"), ("Rowena", "Bautista", "F", "+63"),
            ("Imran", "Qureshi", "M", "+92"), ("Md. Rafiqul", "Islam", "M", "+880"), ("Mahmoud", "Abdel Fattah", "M", "+20"),
            ("Sheeba", "Nair", "F", "+91"), ("Rajeev", "Menon", "M", "+91"), ("Claire", "Hutchinson", "F", "+44"),
            ("Nimal", "Perera", "M", "+94"), ("Reshma", "Pillai", "F", "+91")]
BH_KIDS = {"+91": ["Arjun", "Rahul", "Joel"], "+63": ["Paolo", "Jericho", "Mark"], "+92": ["Hamza", "Bilal"],
           "+880": ["Rakib", "Tanvir"], "+20": ["Omar", "Youssef"], "+44": ["Oliver", "Harry"], "+94": ["Kasun", "Dinesh"]}
BH_AREAS = [("Adliya", "Capital", 338, 26.212, 50.593), ("Juffair", "Capital", 341, 26.213, 50.605),
            ("Gudaibiya", "Capital", 306, 26.222, 50.589), ("Sanabis", "Capital", 410, 26.226, 50.541),
            ("Muharraq", "Muharraq", 211, 26.257, 50.612), ("Busaiteen", "Muharraq", 228, 26.267, 50.606),
            ("Hidd", "Muharraq", 111, 26.245, 50.653), ("Riffa", "Southern", 929, 26.125, 50.556),
            ("Isa Town", "Southern", 805, 26.170, 50.548), ("Sitra", "Capital", 611, 26.156, 50.622),
            ("Hamad Town", "Northern", 1208, 26.116, 50.506), ("Budaiya", "Northern", 551, 26.213, 50.450),
            ("Saar", "Northern", 527, 26.185, 50.478), ("A'ali", "Central", 735, 26.156, 50.527),
            ("Tubli", "Capital", 704, 26.191, 50.562), ("Zallaq", "Southern", 1054, 26.046, 50.484)]


def bh_mobile(rng):
    num = pick(rng, ["3", "3", "3", "6"]) + pick(rng, "2345689") + digits(rng, 6)
    f = rng.randrange(6)
    if f == 0:
        return f"+973 {num[:4]} {num[4:]}"
    if f == 1:
        return f"{num[:4]} {num[4:]}"
    if f == 2:
        return num
    if f == 3:
        return f"00973{num}"
    if f == 4:
        return f"973-{num}"
    return f"+973{num}"


def gen_bahrain():
    rng = random.Random(15008)
    n = 338
    drivers = [f"DRV-{k:03d}" for k in (3, 7, 11, 12, 17, 21, 24, 30)]
    users = ["haneen.m", "dispatch.riffa", "sara.alqassab", "ops_admin", "anil.k", "callcentre3"]
    items = [("Small Cylinder 12kg (refill)", 2.800), ("Large Cylinder 25kg (refill)", 3.300),
             ("New Cylinder 12kg + regulator", 18.500), ("Gas Regulator", 4.250), ("Hose 1.5m", 1.750)]
    custs = []
    for k in range(190):
        if chance(rng, 0.62):
            sex = "M" if chance(rng, 0.6) else "F"
            fn, ln = pick(rng, BH_M if sex == "M" else BH_F), pick(rng, BH_S)
            yy = rng.randint(45, 99) if chance(rng, 0.9) else rng.randint(0, 5)
            cc = "+973"
            alt = pick(rng, [f"17{digits(rng, 6)}", f"1 7{digits(rng, 2)} {digits(rng, 4)}", "", ""])
        else:
            fn, ln, sex, cc = pick(rng, BH_EXPAT)
            yy = rng.randint(60, 99)
            alt = pick(rng, [f"{cc} {rng.randint(70, 99)}{digits(rng, 8)}", f"17{digits(rng, 6)}", ""])
        cpr = f"{yy:02d}{rng.randint(1, 12):02d}{digits(rng, 5)}"
        area = pick(rng, BH_AREAS)
        bldg, road = rng.randint(1, 3999), area[2] * 10 + rng.randint(1, 60)
        if chance(rng, 0.55):
            l1 = f"Flat {rng.randint(1, 42)}, Bldg {bldg}"
        else:
            l1 = pick(rng, [f"Villa {bldg}", f"House {bldg}", f"Bldg {bldg}", f"Bldg.{bldg} Flat {rng.randint(1, 22)}"])
        l2 = pick(rng, [f"Road {road}, Block {area[2]}", f"Rd {road} Blk {area[2]}", f"Road {road}", f"Avenue {rng.randint(1, 90)}, Block {area[2]}"])
        custs.append({
            "pre": "Mr." if sex == "M" else pick(rng, ["Mrs.", "Ms."]), "fn": fn, "ln": ln,
            "cpr": cpr, "mob": bh_mobile(rng),
            "alt": alt, "cc": cc,
            "l1": l1, "l2": l2, "area": area,
            "lat": area[3] + rng.uniform(-0.008, 0.008), "lon": area[4] + rng.uniform(-0.008, 0.008),
        })
    rows = []
    rec = 4512000001234500
    order = 50210
    for i in range(n):
        c = pick(rng, custs)
        rec += rng.randint(1, 99)
        order += rng.randint(1, 4)
        ts = dt.datetime(2025, 2, 1, 7) + dt.timedelta(minutes=rng.randint(0, 90 * 24 * 60))
        item, price = pick(rng, items)
        qty = pick(rng, [1, 1, 1, 2, 2, 3])
        dc = pick(rng, [0.0, 0.5, 1.0])
        total = round(qty * price + dc, 3)
        pm = pick(rng, ["Cash", "Cash", "BenefitPay", "Card on delivery"])
        ref = f"BP{digits(rng, 12)}" if pm == "BenefitPay" else ""
        cpr_out = float_typed(c["cpr"]) if chance(rng, 0.2) else c["cpr"]
        nr = rng.random()
        if nr < 0.1:
            note = f"Near {pick(rng, ['Al Jazira supermarket', 'Ramez mall', 'the mosque', 'Lulu', 'health centre'])}, ask for watchman {pick(rng, ['Raju', 'Abdul Kareem', 'Babu', 'Selvam'])}"
        elif nr < 0.18:
            note = f"Call {c['pre']} {c['ln']}'s son {pick(rng, BH_KIDS.get(c['cc'], BH_M))} before coming"
        elif nr < 0.26:
            note = "Villa with green gate, 2nd road after signal"
        elif nr < 0.32:
            note = f"Maid {pick(rng, ['Rosalie', 'Lakshmi', 'Meseret', 'Jenalyn'])} will receive"
        elif nr < 0.38:
            note = "4th floor no lift"
        else:
            note = ""
        mod = ts + dt.timedelta(minutes=rng.randint(5, 400))
        area = c["area"]
        rows.append([
            str(rec), f"GAS-{order}", ts.strftime("%d-%b-%Y %H:%M:%S"), c["pre"], c["fn"], c["ln"], cpr_out,
            c["mob"], c["alt"], c["l1"], c["l2"], area[0], area[1], str(area[2]),
            f"{c['lat']:.6f}" if chance(rng, 0.8) else "", f"{c['lon']:.6f}" if chance(rng, 0.8) else "",
            item, str(qty), f"{price:.3f}", f"{dc:.3f}", f"{total:.3f}", pm, ref,
            pick(rng, ["Morning 8-12", "Afternoon 12-4", "Evening 4-9", "ASAP"]), pick(rng, drivers),
            pick(rng, ["Delivered", "Delivered", "Delivered", "Out for delivery", "Cancelled", "Rescheduled"]),
            note, pick(rng, users), mod.strftime("%d-%b-%Y %H:%M:%S"),
        ])
    # keep lat/lon consistent: blank both or neither
    for r in rows:
        if (r[14] == "") != (r[15] == ""):
            r[14] = r[15] = ""
    cols = [
        ("ID", False, "record_id"),
        ("Order_No", False, "order_number"),
        ("Added_Time", False, "created_at"),
        ("Customer_Name.prefix", False, "salutation"),
        ("Customer_Name.first_name", True, "first_name"),
        ("Customer_Name.last_name", True, "last_name"),
        ("CPR", True, "national_id"),
        ("Mobile", True, "mobile_phone"),
        ("Alternate_Phone", True, "phone"),
        ("Address.address_line_1", True, "flat_and_building_number"),
        ("Address.address_line_2", True, "street"),
        ("Address.district_city", True, "city"),
        ("Address.state_province", False, "state_province"),
        ("Address.postal_code", True, "postal_code"),
        ("Address.latitude", True, "latitude"),
        ("Address.longitude", True, "longitude"),
        ("Item", False, "product_name"),
        ("Quantity", False, "count"),
        ("Unit_Price", False, "unit_price"),
        ("Delivery_Charge", False, "amount"),
        ("Total", False, "amount"),
        ("Payment_Mode", False, "category"),
        ("BenefitPay_Ref", False, "transaction_id"),
        ("Delivery_Slot", False, "category"),
        ("Driver", True, "employee_id"),
        ("Status", False, "record_status"),
        ("Landmark_Notes", True, "free_text_with_names"),
        ("Modified_User", True, "username"),
        ("Modified_Time", False, "updated_at"),
    ]
    emit("zoho_gas_orders_bh",
         "Bahraini LPG cylinder home-delivery orders from Zoho Creator (composite Name and Address fields): Bahraini "
         "(Arab, Sayed titles) and expatriate (Malayali, Filipino, Pakistani, Bangladeshi, Egyptian, British) "
         "customers, 9-digit CPR partly float-typed, +973 mobiles in six formats, alternate landline/Indian/"
         "Filipino numbers, Flat/Bldg + Road/Block addresses, area, block used as postcode, household GPS, BHD "
         "3-decimal amounts, BenefitPay reference, driver code, landmark notes naming family, maids and watchmen.",
         cols, rows)


# =============================================================================================
# 15009  Macau: casino dealer shift roster, Portuguese abbreviated headers
# =============================================================================================
MO_SUR = [("陳", "Chan"), ("李", "Lei"), ("黃", "Wong"), ("梁", "Leong"), ("何", "Ho"), ("林", "Lam"), ("張", "Cheong"),
          ("吳", "Ng"), ("劉", "Lao"), ("郭", "Kuok"), ("鄭", "Cheang"), ("麥", "Mak"), ("區", "Au"),
          ("歐陽", "Au Yeung"), ("司徒", "Si Tou"), ("馮", "Fong"), ("譚", "Tam"), ("甘", "Kam"), ("盧", "Lou"),
          ("鄧", "Tang"), ("潘", "Pun"), ("霍", "Fok"), ("關", "Kuan"), ("蘇", "Sou"), ("謝", "Che"), ("鍾", "Chong")]
MO_GIV = [("嘉", "Ka"), ("欣", "Ian"), ("偉", "Wai"), ("文", "Man"), ("小", "Sio"), ("君", "Kuan"), ("國", "Kuok"),
          ("雄", "Hong"), ("詠", "Weng"), ("珊", "San"), ("俊", "Chon"), ("傑", "Kit"), ("美", "Mei"), ("玲", "Leng"),
          ("志", "Chi"), ("明", "Meng"), ("健", "Kin"), ("華", "Va"), ("芳", "Fong"), ("麗", "Lai"), ("寶", "Pou"),
          ("琪", "Kei"), ("敏", "Man"), ("慧", "Wai"), ("婷", "Teng"), ("彬", "Pan"), ("浩", "Hou"), ("思", "Si"),
          ("穎", "Weng"), ("錦", "Kam"), ("潔", "Kit")]
MO_MACANESE = ["Jorge Manuel Rosário", "Ana Maria da Luz Remédios", "Carlos Alberto Xavier", "Filomena Maria Senna Fernandes",
               "Miguel Ângelo d'Assumpção", "Rita Cristina Marques Lopes", "José Luís Airosa"]
MO_MIGRANTS = [("Rodelio Santos", "Filipina"), ("Maricel Dizon Reyes", "Filipina"), ("Nguyen Thi Lan", "Vietnamita"),
               ("Tran Van Hieu", "Vietnamita"), ("Pasang Tamang", "Nepalesa"), ("Bishnu Gurung", "Nepalesa"),
               ("Aung Ko Ko", "Birmanesa"), ("Jenalyn Pascual", "Filipina")]
MO_STREETS = [("Rua de Pequim", "NATAP"), ("Avenida do Almirante Lacerda", "Patane"),
              ("Rua de Francisco Xavier Pereira", "Praia Grande"), ("Estrada do Repouso", "Patane"),
              ("Avenida de Venceslau de Morais", "Areia Preta"), ("Rua Central da Areia Preta", "Areia Preta"),
              ("Rua de Bragança", "Barra"), ("Avenida Olímpica", "Taipa"), ("Rua de Nam Keng", "Taipa"),
              ("Estrada de Seac Pai Van", "Coloane")]
MO_BLDG = ["Edf. Hoi Fu", "Edf. Kin Wa", "Edf. Lok Yeung Fa Yuen", "Edf. Jardim Kong Fok Cheong", "Edf. Ocean Gardens",
           "Edf. Kam Hoi San", "Edf. Mong Lai", "Edf. Toi San"]
MO_CN_ADDR = [("澳門黑沙環新街永寧廣場第3座", "Areia Preta"), ("澳門台山巴波沙大馬路", "Toi San"), ("氹仔海洋花園", "Taipa"),
              ("澳門祐漢新村第五街", "Iao Hon"), ("澳門筷子基和樂大馬路", "Fai Chi Kei"), ("路環石排灣業興大廈", "Seac Pai Van")]
LUNAR_M = ["正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "冬月", "臘月"]
LUNAR_D = ["初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十", "十一", "十二", "十三",
           "十四", "十五", "十六", "十七", "十八", "十九", "二十", "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七",
           "廿八", "廿九", "三十"]


def mo_mobile(rng):
    num = "6" + pick(rng, "2356") + digits(rng, 6)
    f = rng.randrange(5)
    if f == 0:
        return f"+853 {num[:4]} {num[4:]}"
    if f == 1:
        return num
    if f == 2:
        return f"{num[:4]}-{num[4:]}"
    if f == 3:
        return f"853{num}"
    return f"(853) {num}"


def gen_macau():
    rng = random.Random(15009)
    emps = []
    for k in range(112):
        r = rng.random()
        sex = "M" if chance(rng, 0.45) else "F"
        if r < 0.78:
            s_cn, s_ro = pick(rng, MO_SUR)
            g1, g2 = pick(rng, MO_GIV), pick(rng, MO_GIV)
            cn = s_cn + g1[0] + g2[0]
            ro = f"{s_ro.upper()} {g1[1].upper()} {g2[1].upper()}"
            if chance(rng, 0.25):
                ro = f"{s_ro} {g1[1]} {g2[1]}"
            if chance(rng, 0.15):
                ro += f" {pick(rng, ['KELVIN', 'CHLOE', 'IVAN', 'CATHY', 'SAMMY', 'JOANNE'])}"
            nat = "Chinesa"
            bir = f"{pick(rng, '1551557')}{digits(rng, 6)}({rng.randint(0, 9)})"
        elif r < 0.86:
            cn, ro, nat = "", pick(rng, MO_MACANESE), "Portuguesa"
            bir = f"{pick(rng, '15')}{digits(rng, 6)}({rng.randint(0, 9)})"
        else:
            ro, nat = pick(rng, MO_MIGRANTS)
            cn = ""
            bir = f"TNR {digits(rng, 8)}" if chance(rng, 0.5) else f"7{digits(rng, 6)}({rng.randint(0, 9)})"
        if chance(rng, 0.15) and "(" in bir:
            bir = bir.replace("(", "").replace(")", "")
        b = rand_date(rng, dt.date(1966, 1, 1), dt.date(2003, 12, 31))
        dob = b.isoformat() if chance(rng, 0.5) else b.strftime("%d/%m/%Y")
        lunar = ""
        if cn and chance(rng, 0.7):
            ld = b - dt.timedelta(days=rng.randint(21, 50))  # approximate lunar date (no exact conversion)
            lm, ldd = LUNAR_M[ld.month - 1], LUNAR_D[min(ld.day, 30) - 1]
            lunar = f"農曆{lm}{ldd}" if chance(rng, 0.6) else f"{ld.year}年{lm}{ldd}(農曆)"
        exp = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(30, 3600))
        if cn and chance(rng, 0.4):
            a, zone = pick(rng, MO_CN_ADDR)
            addr = f"{a}{rng.randint(1, 30)}樓{pick(rng, 'ABCDEFGH')}座"
        elif chance(rng, 0.12):
            addr, zone = f"珠海市香洲區拱北{pick(rng, ['迎賓南路', '粵海東路', '昌盛路'])}{rng.randint(1, 400)}號", "Zhuhai"
        else:
            st_, zone = pick(rng, MO_STREETS)
            addr = f"{st_} n.º {rng.randint(1, 300)}{pick(rng, ['', 'A', 'B'])}, {pick(rng, MO_BLDG)}, {rng.randint(1, 30)}.º andar {pick(rng, 'ABCDEFGH')}"
        form, ec_rel = pick(rng, [("太", "母"), ("太", "妻"), ("生", "父"), ("生", "夫"), ("生", "兄"), ("小姐", "姐"),
                                  ("太", "mãe"), ("生", "marido")])
        ec_first, ec_rel2 = pick(rng, [("Maria", "mother"), ("Joseph", "brother"), ("Lan", "sister"), ("Sita", "wife"),
                                       ("Ana", "mãe"), ("Ramon", "husband")])
        ec = f"{pick(rng, MO_SUR)[0]}{form} ({ec_rel}) {mo_mobile(rng)}" if cn else \
            f"{ec_first} {ro.split()[-1].title()} ({ec_rel2}) {pick(rng, ['+63 917', '+84 90', '+977 98', '+853 66'])}{digits(rng, 6)}"
        acct = pick(rng, [f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}", f"18-01-20-{digits(rng, 6)}",
                          f"9{digits(rng, 11)}", f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 2)}"])
        emps.append({
            "no": f"D{rng.randint(10000, 69999)}", "cn": cn, "ro": ro, "sex": sex, "dob": dob, "lunar": lunar,
            "bir": bir, "exp": exp.strftime("%d/%m/%Y"), "nat": nat, "mob": mo_mobile(rng) if chance(rng, 0.88) else f"+86 1{pick(rng, '358')}{digits(rng, 9)}",
            "addr": addr, "zone": zone, "ec": ec, "acct": acct,
            "uid": "0x" + hexstr(rng, 8).upper(),
            "role": pick(rng, ["Croupier", "Croupier", "Croupier", "Dual Rate", "Supervisor", "Pit Manager"]),
        })
    sup = [e for e in emps if e["role"] in ("Supervisor", "Pit Manager")]
    rows = []
    n = 330
    for i in range(n):
        e = emps[i % len(emps)] if i < len(emps) else pick(rng, emps)
        day = dt.date(2025, 3, 1) + dt.timedelta(days=rng.randint(0, 27))
        shift = pick(rng, ["A (07-15)", "B (15-23)", "C (23-07)"])
        hrs = pick(rng, [8.0, 8.0, 8.0, 7.5, 4.0, 10.0])
        base = pick(rng, [17800, 19500, 21300, 24800, 31500])
        if e["role"] in ("Supervisor", "Pit Manager"):
            base += 9000
        tips = round(rng.uniform(120, 1600), 1)
        sp = pick(rng, sup)
        sup_s = sp["no"] if chance(rng, 0.4) else (f"{sp['no']} {sp['ro'].split()[0].title()}" if chance(rng, 0.5) else (sp["cn"] or sp["ro"]))
        nr = rng.random()
        if nr < 0.08:
            other = pick(rng, emps)
            note = f"Troca de turno com {other['ro'].title()}"
        elif nr < 0.14:
            note = f"請假 — {pick(rng, ['兒子', '女兒', '母親'])}住院"
        elif nr < 0.2:
            note = "Atraso 15 min"
        elif nr < 0.25:
            note = f"Reclamação do cliente VIP; testemunha {pick(rng, emps)['ro'].title()}"
        elif nr < 0.3:
            note = "Formação Sic Bo"
        else:
            note = ""
        rows.append([
            e["no"], e["cn"], e["ro"], e["sex"], e["dob"], e["lunar"], e["bir"], e["exp"], e["nat"], e["mob"],
            e["addr"], e["zone"], pick(rng, ["Casino Lótus Dourado", "Casino Cotai Estrela"]),
            pick(rng, ["Mesas VIP", "Mass Gaming", "Mass Gaming", "Premium Mass"]), e["role"],
            pick(rng, ["Bacará", "Bacará", "Bacará", "Sic Bo", "Blackjack", "Roleta", "Fan-Tan"]), shift,
            f"{pick(rng, ['VIP', 'MG', 'PM'])}-{rng.randint(1, 80):02d}", day.strftime("%d/%m/%Y"), f"{hrs}",
            f"{base:.2f}", f"{tips}", e["acct"], e["ec"], sup_s, note, e["uid"],
            pick(rng, ["mlei", "hr.cheong", "kchan07", "rostering"]),
        ])
    cols = [
        ("N.º Empregado", True, "employee_id"),
        ("Nome (Chinês)", True, "full_name"),
        ("Nome (Port./Ing.)", True, "full_name"),
        ("Sexo", False, "gender"),
        ("Data Nasc.", True, "date_of_birth"),
        ("Aniv. Lunar", True, "date_of_birth_lunar"),
        ("BIR / TI", True, "national_id"),
        ("Validade", True, "document_expiry_date"),
        ("Nacionalidade", False, "nationality"),
        ("Telemóvel", True, "mobile_phone"),
        ("Morada", True, "full_address"),
        ("Zona", True, "neighbourhood"),
        ("Casino", False, "facility_name"),
        ("Depto.", False, "department"),
        ("Cargo", False, "job_title"),
        ("Jogo", False, "category"),
        ("Turno", False, "category"),
        ("Mesa", False, "table_code"),
        ("Data Turno", False, "date"),
        ("Horas", False, "duration"),
        ("Sal. Base (MOP)", False, "salary"),
        ("Gorjetas (MOP)", False, "amount"),
        ("Conta Bancária", True, "bank_account_number"),
        ("Contacto Emerg.", True, "emergency_contact_name_phone"),
        ("Supervisor", True, "employee_id_or_name_mixed"),
        ("Obs.", True, "free_text_with_names"),
        ("Cartão Acesso", True, "rfid_badge_uid"),
        ("Actualizado por", True, "username"),
    ]
    emit("escala_croupiers_mo",
         "Macau casino dealer shift roster (one row per shift, ~110 dealers) with Portuguese abbreviated headers: "
         "staff number, Chinese name (compound surnames 歐陽, 司徒) and Macau Cantonese romanisation, Macanese "
         "Portuguese names, Filipino/Vietnamese/Nepali/Burmese non-resident workers, birth date and lunar birthday "
         "(農曆), BIR `1234567(8)` or non-resident card, expiry, +853 mobiles (some +86), addresses in Portuguese "
         "(Edf., andar) or Chinese, zone, salary and tips, bank account, emergency contact, supervisor code/name, "
         "notes naming colleagues, RFID badge UID, updater login.",
         cols, rows)


# =============================================================================================
# 15010  Solomon Islands: provident-fund contribution schedule, LibreOffice DBF headers
# =============================================================================================
SB_M = ["John", "Peter", "Casper", "Silas", "Ezekiel", "Wilson", "Derek", "Rollen", "Jimmy", "Moffat", "Alick",
        "Rexford", "Jeremiah", "Hudson", "Selwyn", "Fred", "Clement", "Eddie", "Ishmael", "Manasseh", "Talasasa",
        "Sitai", "Nelson", "Junior", "Benedict"]
SB_F = ["Mary", "Ruth", "Dorothy", "Freda", "Ellen", "Lency", "Rose", "Janet", "Nesta", "Hilda", "Primrose",
        "Joycelyn", "Alice", "Matilda", "Mavis", "Verah", "Lovelyn", "Florence", "Gwen", "Delma"]
SB_S = ["Maefiti", "Kwaiga", "Liloqula", "Tanito", "Fa'arodo", "Ramo'ifuila", "Aihunu", "Maelasi", "Fugui",
        "Kwalea", "Oeta", "Sulu", "Tafoa", "Totorea", "Tanabose", "Wale", "Pitakaka", "Kiko", "Alasia", "Gukuna",
        "Kaitu'u", "Tongaka", "Pule", "Bako", "Zama", "Tuhaika", "Vahoe", "Kuku", "Ha'apio", "Lomo", "Ghemu",
        "Vunagi", "Tagini", "Manebona", "Taupongi", "Mua", "Quan", "Kwan", "Sade", "Rore", "Aruafu"]
SB_PROV = [("Malaita", ["Auki", "Lilisiana", "Malu'u", "Fiu", "Buma", "Atori", "Kwaio (Sinalagu)"]),
           ("Guadalcanal", ["Tetere", "Aola", "Marau", "Avuavu", "Visale", "Tangarare"]),
           ("Western", ["Gizo", "Munda", "Noro", "Seghe", "Ringgi"]),
           ("Isabel", ["Buala", "Kia", "Tatamba"]),
           ("Makira-Ulawa", ["Kirakira", "Star Harbour", "Ulawa (Hadja)"]),
           ("Choiseul", ["Taro", "Sasamunga", "Wagina"]),
           ("Rennell-Bellona", ["Tigoa", "Matahenua", "Ghongau"]),
           ("Temotu", ["Lata", "Tikopia", "Nifiloli"]),
           ("Central", ["Tulagi", "Yandina"])]
SB_HONIARA = ["Kukum", "Burns Creek", "White River", "Tasahe", "Vura", "Naha", "Lord Howe", "Fishing Village",
              "Mbokona", "Panatina", "Kola'a Ridge", "Tuvaruhu", "Henderson"]
SB_EMPLOYERS = [("E00412", "Honiara Fishing Co. Ltd"), ("E00107", "Guadalcanal Plains Oil Palm Ltd"),
                ("E01033", "Pacific Casino Hotel"), ("E00258", "Solomon Shipping & Stevedoring"),
                ("E00811", "Ministry of Education (contract staff)"), ("E01276", "Kokonut Pacific Solomons"),
                ("E00049", "Honiara City Council"), ("E00920", "Bina Harbour Tuna Processing"),
                ("E01502", "St. Joseph's Secondary School Tenaru")]
SB_OCC = ["Deckhand", "Clerk", "Security Guard", "Teacher", "Mechanic", "Labourer", "Driver", "Nurse Aide",
          "Cook", "Accounts Officer", "Supervisor", "Harvester", "Cleaner", "Storeman"]


def sb_phone(rng):
    num = pick(rng, ["74", "75", "76", "84", "86", "89", "73"]) + digits(rng, 5)
    f = rng.randrange(5)
    if f == 0:
        return f"+677 {num}"
    if f == 1:
        return num
    if f == 2:
        return f"{num[:2]} {num[2:]}"
    if f == 3:
        return f"677-{num}"
    return f"{num[:3]} {num[3:]}"


def gen_solomon():
    rng = random.Random(15010)
    n = 296
    officers = ["CO03", "CO07", "CO11", "CO12", "CO19"]
    members = []
    for k in range(150):
        sex = "M" if chance(rng, 0.62) else "F"
        g = pick(rng, SB_M if sex == "M" else SB_F)
        if chance(rng, 0.2):
            g += " " + pick(rng, SB_M if sex == "M" else SB_F)
        s = pick(rng, SB_S)
        prov, vills = pick(rng, SB_PROV)
        b = rand_date(rng, dt.date(1962, 1, 1), dt.date(2005, 12, 31))
        r = rng.random()
        dob = b.strftime("%Y%m%d") if r < 0.75 else (f"{b.year}0101" if r < 0.93 else "")
        ra = rng.random()
        if ra < 0.45:
            addr = f"Section {rng.randint(1, 40)} Lot {rng.randint(1, 900)}, {pick(rng, SB_HONIARA)}"
        elif ra < 0.65:
            addr = f"Zone {rng.randint(1, 9)} {pick(rng, SB_HONIARA)}"
        elif ra < 0.8:
            addr = f"P.O. Box {rng.randint(100, 2999)}, Honiara"
        else:
            addr = f"c/- {pick(rng, SB_M)} {pick(rng, SB_S)}, {pick(rng, SB_HONIARA)}"
        emp_no, emp = pick(rng, SB_EMPLOYERS)
        rel = pick(rng, ["wife", "husband", "son", "daughter", "mother", "brother", "father"])
        nom_name = f"{pick(rng, SB_F if rel in ('wife', 'daughter', 'mother') else SB_M)} {pick(rng, [s, pick(rng, SB_S)])}"
        nominee = pick(rng, [f"{nom_name} ({rel})", f"{nom_name.upper()} - {rel.upper()}", nom_name])
        members.append({
            "no": str(rng.randint(10000, 299999)), "s": s.upper() if chance(rng, 0.7) else s, "g": g, "dob": dob,
            "sex": sex, "vill": pick(rng, vills), "prov": prov, "addr": addr, "ph": sb_phone(rng) if chance(rng, 0.8) else "",
            "emp_no": emp_no, "emp": emp, "occ": pick(rng, SB_OCC),
            "bank": f"{pick(rng, ['2000', '1003', '6100'])}{digits(rng, 6)}.00" if chance(rng, 0.85) else "",
            "nom": nominee, "nph": sb_phone(rng) if chance(rng, 0.6) else "",
            "joined": rand_date(rng, dt.date(1990, 1, 1), dt.date(2024, 6, 30)).strftime("%Y%m%d"),
            "wage": pick(rng, [1800, 2400, 3100, 3600, 4200, 5500, 7800, 9600]), "bal": rng.uniform(500, 90000),
        })
    rows = []
    for i in range(n):
        m = members[i] if i < len(members) else pick(rng, members)
        period = pick(rng, ["2024-10", "2024-11", "2024-12", "2025-01"])
        wages = round(m["wage"] * rng.uniform(0.85, 1.15), 2)
        ee, er = round(wages * 0.05, 2), round(wages * 0.075, 2)
        nr = rng.random()
        if nr < 0.06:
            rem = "Member deceased - claim lodged by nominee"
        elif nr < 0.12:
            rem = f"Name change after marriage (née {pick(rng, SB_S)})"
        elif nr < 0.17:
            rem = f"Pikinini blong hem {pick(rng, SB_M + SB_F)} kam tekem form"
        elif nr < 0.22:
            rem = f"Employer arrears - spoke to {pick(rng, ['Mr', 'Mrs'])} {pick(rng, SB_S)} (payroll)"
        elif nr < 0.27:
            rem = "Duplicate MBR_NO merged"
        elif nr < 0.31:
            rem = "Housing withdrawal approved"
        else:
            rem = ""
        rows.append([
            m["no"], m["s"], m["g"], m["dob"], m["sex"], m["vill"], m["prov"], m["addr"], m["ph"], m["emp_no"],
            m["emp"], period, f"{wages:.2f}", f"{ee:.2f}", f"{er:.2f}", f"{ee + er:.2f}", f"{m['bal'] + i:.2f}",
            m["bank"], m["nom"], m["nph"], m["occ"], m["joined"], pick(rng, ["T", "T", "T", "F"]),
            pick(rng, officers), rem,
        ])
    cols = [
        ("MBR_NO,N,9,0", True, "social_security_number"),
        ("SURNAME,C,30", True, "last_name"),
        ("GIVEN,C,40", True, "first_name"),
        ("DOB,D", True, "date_of_birth"),
        ("SEX,C,1", False, "gender"),
        ("VILLAGE,C,30", True, "village"),
        ("PROVINCE,C,20", False, "state_province"),
        ("RES_ADDR,C,60", True, "street_address"),
        ("PHONE,C,15", True, "mobile_phone"),
        ("EMP_NO,C,8", False, "employer_number"),
        ("EMPLOYER,C,50", False, "company_name"),
        ("PERIOD,C,7", False, "month"),
        ("WAGES,N,12,2", False, "salary"),
        ("EE_CONT,N,10,2", False, "amount"),
        ("ER_CONT,N,10,2", False, "amount"),
        ("TOT_CONT,N,12,2", False, "amount"),
        ("BAL,N,14,2", False, "account_balance"),
        ("BANK_AC,N,16,2", True, "bank_account_number"),
        ("NOMINEE,C,60", True, "full_name"),
        ("NOM_PHONE,C,15", True, "mobile_phone"),
        ("OCCUP,C,30", False, "job_title"),
        ("JOINED,D", False, "date"),
        ("ACTIVE,L", False, "is_active"),
        ("OFFICER,C,10", True, "employee_id"),
        ("REMARKS,M", True, "free_text_with_names"),
    ]
    emit("sinpf_contrib_dbf_sb",
         "Solomon Islands provident-fund contribution schedule opened from a dBase file in LibreOffice (headers "
         "carry the DBF field type, `SURNAME,C,30`, `DOB,D`): member number, Malaitan, Guadalcanal, Western, "
         "Isabel, Rennell-Bellona (Polynesian) and Chinese-Solomon names, DBF dates YYYYMMDD (some only YYYY0101 "
         "or empty), home village, province, Honiara Section/Lot/Zone addresses, +677 mobiles, employer, wages and "
         "contributions, bank account typed as a 2-decimal number, nominee with relationship, compliance officer "
         "code, remarks in English and Pijin naming relatives.",
         cols, rows)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    gen_niger()
    gen_kosovo()
    gen_lebanon()
    gen_eritrea()
    gen_monaco()
    gen_curacao()
    gen_gabon()
    gen_bahrain()
    gen_macau()
    gen_solomon()


if __name__ == "__main__":
    main()
