# ruff: noqa: E501, B905, B007
"""Blind PII golden set, session 8: 10 tables (gen_pii_blind10.py).

Standard library only; imports nothing from the project. Fixed seeds, one random.Random per table,
byte-identical output on every run:

    /work/main/.venv/bin/python gen_pii_blind10.py

Writes <table>.csv + <table>.labels.yaml into OUT (a module constant, so it can be repointed).
All values are synthetic. Checksummed ids pass their published checksums but are random and fictitious.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
import string
import unicodedata
from pathlib import Path

# (a blind-written generator, kept as its author wrote it; only its output folder was repointed)
OUT = Path(__file__).resolve().parents[2] / "assets_config" / "golden_pii" / "dev"

D = dt.date
T = dt.datetime


# =============================================================================================
# helper conventions (copied from the first generator's Table helper, standard library only)
# =============================================================================================
def yq(s: str) -> str:
    """YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def write_csv(path: Path, headers: list[str], rows: list[list]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(headers)
        for r in rows:
            w.writerow(["" if v is None else v for v in r])


class Table:
    def __init__(self, name: str, description: str):
        self.name = name
        self.description = description
        self.cols: list[tuple[str, bool, str]] = []
        self.rows: list[dict] = []

    def col(self, header: str, pii: bool, kind: str) -> None:
        assert header not in [c[0] for c in self.cols], header
        self.cols.append((header, pii, kind))

    def write(self) -> None:
        headers = [c[0] for c in self.cols]
        for r in self.rows:
            missing = set(headers) - set(r)
            extra = set(r) - set(headers)
            assert not missing and not extra, (self.name, missing, extra)
        write_csv(OUT / f"{self.name}.csv", headers, [[r[h] for h in headers] for r in self.rows])
        lines = [f"table: {self.name}", f"description: {yq(self.description)}", "columns:"]
        for h, pii, kind in self.cols:
            lines.append(f"  {yq(h)}: {{pii: {'true' if pii else 'false'}, kind: {kind}}}")
        (OUT / f"{self.name}.labels.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def maybe(rng: random.Random, p: float, value, empty=""):
    return value if rng.random() < p else empty


def rdate(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def rts(rng: random.Random, a: dt.datetime, b: dt.datetime) -> dt.datetime:
    return a + dt.timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))


# ---------------------------------------------------------------------------------------------
# checksums
# ---------------------------------------------------------------------------------------------
def luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def gs1_digit(payload: str) -> str:
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(payload)))
    return str((10 - total % 10) % 10)


def iban(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def spaced(s: str, n: int = 4) -> str:
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def excel_exp(digits: str, comma: bool = False) -> str:
    """A long number as a spreadsheet shows it in General format (6 significant digits)."""
    m, e = f"{int(digits):.5E}".split("E")
    m = m.rstrip("0").rstrip(".")
    out = f"{m}E{e}"
    return out.replace(".", ",") if comma else out


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


# =============================================================================================
# 1. Côte d'Ivoire: cocoa bag traceability (EUDR) with GS1 Application Identifiers as headers
# =============================================================================================
CI_M_DAY = ["Kouassi", "Kouadio", "Konan", "Kouakou", "Yao", "Koffi", "Kouamé"]
CI_F_DAY = ["Akissi", "Adjoua", "Amenan", "Ahou", "Aya", "Affoué", "Amoin"]
CI_CHR_M = ["Jean-Baptiste", "Séraphin", "Hyacinthe", "Barthélemy", "Fulgence", "Anatole", "Célestin",
            "Innocent", "Parfait", "Désiré", "Honoré", "Gervais"]
CI_CHR_F = ["Marcelline", "Hortense", "Perpétue", "Bernadette", "Clémentine", "Georgette", "Odile",
            "Philomène", "Solange"]
CI_BAOULE_SUR = ["N'Guessan", "Kouassi", "Kouadio", "N'Dri", "Allou", "Brou", "Kra", "N'Goran", "Ehui",
                 "Assamoi", "Amichia", "Kakou", "Yobouet", "Tanoh", "Adjoumani"]
CI_WEST_SUR = ["Gnahoré", "Zadi", "Digbeu", "Gnakpa", "Zokou", "Dago", "Gueu", "Tahé", "Oulaï", "Tia",
               "Gbeu", "Kpan", "Bléhoué", "Séri", "Guéhi"]
CI_NORTH = [("Soro", ["Nanga", "Kolo", "Tiémoko", "Fougnigué"]), ("Silué", ["Dramane", "Nahoua", "Zié"]),
            ("Yéo", ["Pélibien", "Kassoum", "Ténéna"]), ("Tuo", ["Zanga", "Navigué"]),
            ("Sékongo", ["Lanciné", "Tiohozié"]), ("Coulibaly", ["Mamadou", "Awa", "Salimata"]),
            ("Ouattara", ["Ibrahima", "Fanta", "Karidja"])]
CI_BF = [("Ouédraogo", ["Salif", "Boukary", "Rasmané", "Adama"]), ("Sawadogo", ["Issaka", "Noufou", "Bibata"]),
         ("Zongo", ["Hamidou", "Saïdou"]), ("Kaboré", ["Tasséré", "Mariam"]),
         ("Nikiéma", ["Lassané", "Pauline"]), ("Tapsoba", ["Inoussa", "Kadidiatou"]),
         ("Zoungrana", ["Moumouni", "Rasmata"]), ("Compaoré", ["Daouda", "Alizèta"])]
CI_VILLAGES = [("Okrouyo", "Nawa"), ("Grand-Zattry", "Nawa"), ("Liliyo", "Nawa"), ("Buyo", "Nawa"),
               ("Méagui", "Nawa"), ("Gabiadji", "San-Pédro"), ("Campement Koffikro", "San-Pédro"),
               ("Kouassikro", "Lôh-Djiboua"), ("Bakayokro", "Haut-Sassandra"), ("Zaïbo", "Haut-Sassandra"),
               ("Campement Ouédraogokro", "Nawa"), ("Guéyo", "Nawa"), ("Dobré", "Gbôklé"),
               ("Sago", "Gbôklé"), ("Bangolo-Tahouaké", "Guémon"), ("Zagné", "Cavally"),
               ("Petit-Bondoukou", "Nawa"), ("Niablé", "Indénié-Djuablin"), ("Ebilassokro", "Indénié-Djuablin"),
               ("Campement Sawadogokro", "Lôh-Djiboua")]
CI_AGENTS = ["Diabaté Lassina", "KONÉ Moussa", "Bamba Souleymane", "N'Dri Kouamé Firmin", "Touré Aboubakar",
             "Gnagne Serge Alain", "Fofana Ali", "Kra Akissi Delphine", "Doumbia Yacouba", "Séri Zadi Rodrigue",
             "Ouattara Ismaël", "Loukou Koffi Gilbert"]
CI_WAREHOUSES = [("Ivoire Cacao Export SA - Magasin San-Pédro", "Zone portuaire, Rue du Môle, lot 14",
                  "San-Pédro", "+225 27 34 71 22 10", ["Aka Évariste", "Mme Gnamien Bernadette"]),
                 ("Comptoir Lagunaire des Fèves SARL", "Vridi Canal, route du Port, entrepôt B7",
                  "Abidjan", "+225 27 21 27 45 00", ["Tiémoko Abou", "Assi N'Guessan Roland"]),
                 ("Sud-Ouest Agri Trading SA", "Zone industrielle, bd de la Paix, lot 302",
                  "San-Pédro", "27 34 71 90 55", ["Koné Awa Épse Yéo", "Gbané Mamadou"])]
CI_GTINS = ["0" + "618" + "00012" + "1001", "0" + "618" + "00012" + "1002", "0" + "618" + "00012" + "1003"]
CI_GTINS = [g + gs1_digit(g) for g in CI_GTINS]
CI_COOPS = ["6180001200" + f"{i:02d}" for i in range(6)]
CI_COOPS = [g + gs1_digit(g) for g in CI_COOPS]


def ci_phone(rng: random.Random) -> str:
    pre = rng.choice(["07", "07", "05", "05", "01"])
    old = rng.choice("0145678") + digits(rng, 7)
    num = pre + old
    s = rng.randrange(6)
    if s == 0:
        return " ".join(num[i:i + 2] for i in range(0, 10, 2))
    if s == 1:
        return "+225 " + num
    if s == 2:
        return "225" + num
    if s == 3:
        return num
    if s == 4:
        return " ".join(old[i:i + 2] for i in range(0, 8, 2))  # old 8-digit number, never migrated
    return "+225 " + " ".join(num[i:i + 2] for i in range(0, 10, 2))


def ci_id(rng: random.Random, burkinabe: bool) -> str:
    if burkinabe:
        s = rng.randrange(3)
        if s == 0:
            return "B" + digits(rng, 7)  # CNIB
        if s == 1:
            return f"AI-{rng.randint(2012, 2022)}-{digits(rng, 8)}"  # attestation d'identité
        return "CI" + digits(rng, 9)
    s = rng.randrange(4)
    if s == 0:
        return "C " + spaced(digits(rng, 10), 4)
    if s == 1:
        return "C" + digits(rng, 10)
    return "CI" + digits(rng, 9)


def ci_person(rng: random.Random) -> dict:
    g = rng.random()
    female = rng.random() < 0.22
    if g < 0.45:
        sur = rng.choice(CI_BAOULE_SUR)
        day = rng.choice(CI_F_DAY if female else CI_M_DAY)
        chr_ = rng.choice(CI_CHR_F if female else CI_CHR_M)
        parts = [sur, day, maybe(rng, 0.7, chr_)]
        bf = False
    elif g < 0.65:
        sur = rng.choice(CI_WEST_SUR)
        parts = [sur, rng.choice(CI_CHR_F if female else CI_CHR_M), maybe(rng, 0.3, rng.choice(CI_CHR_M))]
        bf = False
    elif g < 0.8:
        sur, gv = rng.choice(CI_NORTH)
        parts = [sur, rng.choice(gv)]
        bf = False
    else:
        sur, gv = rng.choice(CI_BF)
        parts = [sur, rng.choice(gv)]
        bf = True
    parts = [p for p in parts if p]
    style = rng.randrange(4)
    if style == 0:
        name = parts[0].upper() + " " + " ".join(parts[1:])
    elif style == 1:
        name = " ".join(parts).upper()
    elif style == 2:
        name = " ".join(parts[1:]) + " " + parts[0]
    else:
        name = " ".join(parts)
    return {"name": name, "sur": parts[0], "given": parts[1], "bf": bf, "female": female}


def t_cacao_ci() -> Table:
    rng = random.Random(81001)
    t = Table("gs1_cacao_eudr_ci",
              "Côte d'Ivoire cocoa co-operative bag traceability for EU deforestation due diligence; "
              "mostly lot/logistics data with the farmer's identity and plot; French values; "
              "headers are GS1 Application Identifiers (company-internal AIs 90-99 carry the farmer data)")
    for h, p, k in [("(00)", False, "sscc_logistic_unit"), ("(01)", False, "gtin_product_code"),
                    ("(10)", False, "batch_lot_number"), ("(11)", False, "production_date_yymmdd"),
                    ("(3103)", False, "net_weight_kg_implied_decimals"), ("(414)", False, "gln_cooperative"),
                    ("(422)", False, "country_of_origin_numeric"), ("(4300)", False, "company_name_ship_to"),
                    ("(4301)", True, "contact_person_name"), ("(4302)", False, "business_street_address"),
                    ("(4305)", False, "business_city"), ("(4308)", False, "business_switchboard_phone"),
                    ("(7007)", False, "harvest_date_yymmdd"), ("(8018)", False, "member_number_gsrn"),
                    ("(8020)", False, "payment_slip_reference"), ("(90)", True, "full_name"),
                    ("(91)", True, "national_id_ci"), ("(92)", True, "phone"),
                    ("(93)", True, "mobile_money_number"), ("(94)", True, "plot_gps_coordinates"),
                    ("(95)", False, "area_ha"), ("(96)", True, "village_of_residence"),
                    ("(97)", False, "region"), ("(98)", True, "buying_agent_name"),
                    ("(99)", True, "free_text_with_names")]:
        t.col(h, p, k)
    farmers = []
    for i in range(150):
        p = ci_person(rng)
        vil, reg = rng.choice(CI_VILLAGES)
        gsrn = "61800012" + f"{4000000 + i * 13 + rng.randint(0, 12):09d}"
        phone = ci_phone(rng)
        farmers.append({**p, "cni": ci_id(rng, p["bf"]), "phone": maybe(rng, 0.9, phone),
                        "momo": phone if rng.random() < 0.6 else maybe(rng, 0.7, ci_phone(rng)),
                        "gps": f"{rng.uniform(5.2, 7.4):.6f},{rng.uniform(-7.6, -3.3):.6f}",
                        "area": f"{rng.uniform(0.6, 7.5):.2f}", "village": vil, "region": reg,
                        "gsrn": gsrn + gs1_digit(gsrn), "agent": rng.choice(CI_AGENTS)})
    serial = 100000
    for i in range(342):
        f = rng.choice(farmers)
        wh = rng.choice(CI_WAREHOUSES)
        ext = rng.choice("03")
        serial += rng.randint(1, 40)
        ss = ext + "6180001200" + f"{serial:06d}"
        ss = ss + gs1_digit(ss)
        if rng.random() < 0.18:
            ss = excel_exp(ss)
        elif ss.startswith("0") and rng.random() < 0.4:
            ss = ss[1:]
        harvest = rdate(rng, D(2024, 10, 1), D(2025, 3, 15))
        prod = harvest + dt.timedelta(days=rng.randint(5, 30))
        other = rng.choice(farmers)
        rem = rng.choice([
            "", "", "", "RAS", "humidité 8,9 % - re-séché", f"Sacs livrés par le fils {f['sur']} {rng.choice(CI_CHR_M)}",
            f"Payé à l'épouse {rng.choice(CI_CHR_F)} {f['sur']}", f"Parcelle voisine de {other['name']}",
            f"Planteur absent, représenté par {other['name']}", "fèves plates > 3 %", "Grainage 98",
            f"Litige parcelle avec {rng.choice(CI_WEST_SUR)} {rng.choice(CI_CHR_M)}, voir chef de village",
            "Polygone à refaire (GPS imprécis)", f"Contrat métayage (abougnon) avec {other['name']}"])
        t.rows.append({
            "(00)": ss, "(01)": rng.choice(CI_GTINS),
            "(10)": f"L{harvest:%y}-{rng.choice(['SOU', 'MEA', 'DAL', 'ABE', 'DIV'])}-{rng.randint(1, 480):04d}",
            "(11)": prod.strftime("%y%m%d"), "(3103)": f"{int(rng.uniform(61.5, 66.5) * 1000):06d}",
            "(414)": rng.choice(CI_COOPS), "(422)": "384", "(4300)": wh[0], "(4301)": rng.choice(wh[4]),
            "(4302)": wh[1], "(4305)": wh[2], "(4308)": wh[3], "(7007)": harvest.strftime("%y%m%d"),
            "(8018)": f["gsrn"], "(8020)": f"BP{harvest:%y}{rng.randint(0, 999999):06d}",
            "(90)": f["name"], "(91)": f["cni"], "(92)": f["phone"], "(93)": f["momo"],
            "(94)": f["gps"], "(95)": f["area"], "(96)": f["village"], "(97)": f["region"],
            "(98)": f["agent"], "(99)": rem})
    return t


# =============================================================================================
# 2. Colombia: Moodle gradebook export (Spanish UI)
# =============================================================================================
CO_GIVEN_M = ["Yeferson", "Brayan Stiven", "Kevin Andrés", "Dairon", "Eider", "Arley", "Wilmar", "Duvan",
              "Jhon Freddy", "Deiby", "Yeison", "Harold", "Edwin Alexis", "Maicol", "Jhoan Sebastián",
              "Estiven", "Fredy Alirio", "Luis Ángel", "Robinson", "Anderson"]
CO_GIVEN_F = ["Yurany", "Leidy Johana", "Yesica", "Yulieth", "Yorladis", "Nini Johana", "Dayana", "Luz Dary",
              "Sirley", "Marly Yiseth", "Ingrid Paola", "Karen Lorena", "Heidy", "Yenny", "Ledis",
              "María Camila", "Valentina", "Ana Milena", "Erika Yuliana", "Natalia"]
CO_SUR = ["Mosquera", "Palacios", "Cuesta", "Asprilla", "Rentería", "Murillo", "Valencia", "Córdoba",
          "Pilcué", "Yule", "Ipia", "Tumiñá", "Guetio", "Dagua", "Tunubalá", "Calambás", "Yalanda", "Domicó",
          "Bailarín", "Carupia", "Cassiani", "Simarra", "Archbold", "Livingston", "Hawkins", "Restrepo",
          "Zapata", "Giraldo", "Arango", "Ochoa", "Gattas", "Turbay", "Muñoz", "Zuleta", "Quiceno", "Bedoya",
          "Cardona", "Jaramillo", "Taborda", "Úsuga"]
CO_CITIES = ["Medellín", "Bello", "Itagüí", "Quibdó", "Apartadó", "Turbo", "Popayán", "Silvia", "Toribío",
             "Santander de Quilichao", "Riohacha", "San Andrés", "Cartagena", "Mahates", "Montería", "Tumaco",
             "Istmina", "Caucasia", "Rionegro", "Carepa"]
CO_ITEMS = ["Tarea:Taller 1 - Ofimática (Real)", "Cuestionario:Quiz semana 2 (Real)",
            "Foro:Presentación personal (Real)", "Tarea:Informe de laboratorio (Real)",
            "Cuestionario:Parcial 1 (Real)", "Tarea:Evidencia GA2-220501046-AA1 (Real)",
            "Cuestionario:Parcial 2 (Real)", "Taller:Mapa conceptual (Real)", "Tarea:Proyecto final (Real)"]


def co_phone(rng: random.Random) -> str:
    n = "3" + rng.choice(["00", "01", "04", "10", "12", "13", "14", "15", "16", "17", "20", "22", "50"]) + digits(rng, 7)
    s = rng.randrange(7)
    if s == 0:
        return n
    if s == 1:
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if s == 2:
        return f"+57 {n[:3]} {n[3:6]} {n[6:]}"
    if s == 3:
        return "57" + n
    if s == 4:
        return f"{n[:3]}-{n[3:6]}-{n[6:]}"
    if s == 5:
        return f"(60{rng.choice('4124')}) {digits(rng, 3)} {digits(rng, 4)}"
    return f"{n} / {rng.choice(['604', '602', '605'])}{digits(rng, 7)}"


def co_id(rng: random.Random) -> str:
    if rng.random() < 0.7:
        n = str(rng.randint(1000000000, 1152999999))
    else:
        n = str(rng.choice([43, 71, 79, 80, 98, 32, 26, 35])) + digits(rng, 6)
    s = rng.randrange(10)
    if s < 5:
        return n
    if s < 8:
        return f"{int(n):,}".replace(",", ".")
    return excel_exp(n, comma=True)


def t_moodle_co() -> Table:
    rng = random.Random(81002)
    t = Table("moodle_calificaciones_co",
              "Colombian technical college Moodle gradebook export (Spanish UI): mostly grades, with the "
              "student's identity fields and a feedback column; Moodle export headers (`Nombre`, "
              "`Tarea:... (Real)`, `Total del curso (Porcentaje)`)")
    for h, p, k in [("Nombre", True, "given_name"), ("Apellido(s)", True, "surname"),
                    ("Número de ID", True, "national_id_co_cedula"), ("Institución", False, "institution_name"),
                    ("Departamento", False, "academic_programme"), ("Dirección Email", True, "email"),
                    ("Teléfono", True, "phone"), ("Ciudad", True, "city"), ("País", False, "country_code")]:
        t.col(h, p, k)
    for it in CO_ITEMS:
        t.col(it, False, "grade_score")
    t.col("Tarea:Proyecto final (Retroalimentación)", True, "free_text_with_names")
    t.col("Total del curso (Real)", False, "grade_score")
    t.col("Total del curso (Porcentaje)", False, "percentage")
    t.col("Última descarga de este curso", False, "export_timestamp_constant")
    insts = ["Corporación Tecnológica del Pacífico Norte", "Corporación Tecnológica del Pacífico Norte - Sede Quibdó",
             "Corporación Tecnológica del Pacífico Norte - Sede Popayán"]
    progs = ["Tecnología en Gestión Empresarial", "Técnico en Sistemas", "Tecnología en Contabilidad y Finanzas",
             "Técnico en Asistencia Administrativa", "Tecnología en Desarrollo de Software"]
    students = []
    for i in range(300):
        female = rng.random() < 0.55
        g = rng.choice(CO_GIVEN_F if female else CO_GIVEN_M)
        s1, s2 = rng.choice(CO_SUR), rng.choice(CO_SUR)
        students.append((g, s1, s2))
    for i, (g, s1, s2) in enumerate(students):
        sur = f"{s1} {s2}" if rng.random() < 0.85 else s1
        if rng.random() < 0.08:
            g, sur = g.upper(), sur.upper()
        first = g.split()[0].lower()
        a = s1.lower()
        for x, y in [("á", "a"), ("é", "e"), ("í", "i"), ("ó", "o"), ("ú", "u"), ("ñ", "n")]:
            first, a = first.replace(x, y), a.replace(x, y)
        em = rng.choice([f"{first}.{a}@soy.ctpn.edu.co", f"{first[0]}{a}{rng.randint(1, 99)}@soy.ctpn.edu.co",
                         f"{first}_{a}{rng.randint(1990, 2008)}@hotmail.com", f"{first}{a}{rng.randint(1, 999)}@gmail.com",
                         f"{a}.{first}@outlook.es"])
        grades = []
        for _ in CO_ITEMS:
            grades.append(None if rng.random() < 0.09 else round(rng.triangular(0.5, 5.0, 4.1), 2))
        given = [x for x in grades if x is not None]
        tot = sum(given) / len(CO_ITEMS)
        mates = [rng.choice(CO_GIVEN_F + CO_GIVEN_M) for _ in range(2)]
        fb = rng.choice([
            "", "", "", "Buen trabajo.", "Falta la bibliografía en normas APA.",
            f"Excelente trabajo en equipo con {mates[0]} y {mates[1]}.",
            f"{g.split()[0]}, debes corregir el presupuesto y volver a subirlo.",
            f"Entregado por {mates[0]} {rng.choice(CO_SUR)} en nombre del grupo.",
            "Archivo dañado, no se pudo abrir", f"Se evidencia copia del trabajo de {mates[1]} {rng.choice(CO_SUR)}.",
            "Cumple con todos los criterios de la lista de chequeo."])
        row = {"Nombre": g, "Apellido(s)": sur, "Número de ID": co_id(rng), "Institución": rng.choice(insts),
               "Departamento": rng.choice(progs), "Dirección Email": em, "Teléfono": maybe(rng, 0.85, co_phone(rng)),
               "Ciudad": maybe(rng, 0.93, rng.choice(CO_CITIES)), "País": "CO"}
        for it, gr in zip(CO_ITEMS, grades):
            row[it] = "-" if gr is None else f"{gr:.2f}".replace(".", ",")
        row["Tarea:Proyecto final (Retroalimentación)"] = fb
        row["Total del curso (Real)"] = f"{tot:.2f}".replace(".", ",")
        row["Total del curso (Porcentaje)"] = f"{tot / 5 * 100:.2f} %".replace(".", ",")
        row["Última descarga de este curso"] = "jueves, 14 de noviembre de 2024, 18:42"
        t.rows.append(row)
    return t


# =============================================================================================
# 3. Maldives: social-housing applications with Dhivehi (Thaana) headers
# =============================================================================================
MV_M = [("Ibrahim", "އިބްރާހީމް"), ("Mohamed", "މުޙައްމަދު"), ("Ahmed", "އަޙްމަދު"), ("Hussain", "ޙުސައިން"),
        ("Ali", "ޢަލީ"), ("Hassan", "ޙަސަން"), ("Abdulla", "ޢަބްދުﷲ"), ("Moosa", "މޫސާ"), ("Ismail", "އިސްމާޢީލް"),
        ("Eesa", "ޢީސާ"), ("Naseem", "ނަސީމް"), ("Shiham", "ޝިހާމް"), ("Zuhoor", "ޒުހޫރު"), ("Yooshau", "ޔޫޝައު"),
        ("Nasrulla", "ނަޞްރުﷲ"), ("Haleem", "ޙަލީމް"), ("Hamdhoon", "ޙަމްދޫން"), ("Rasheed", "ރަޝީދު"),
        ("Shareef", "ޝަރީފް"), ("Mausoom", "މަޢުޞޫމް")]
MV_F = [("Aishath", "ޢާއިޝަތު"), ("Fathimath", "ފާތިމަތު"), ("Mariyam", "މަރިޔަމް"), ("Aminath", "އާމިނަތު"),
        ("Hawwa", "ހައްވާ"), ("Khadheeja", "ޚަދީޖާ"), ("Shifa", "ޝިފާ"), ("Nihaa", "ނިހާ"), ("Lamha", "ލަމްޙާ"),
        ("Shaheema", "ޝަހީމާ"), ("Liusha", "ލިއުޝާ"), ("Nazima", "ނާޒިމާ"), ("Faathun", "ފާތުން"),
        ("Aanisa", "އާނިސާ"), ("Waheeda", "ވަޙީދާ"), ("Zaha", "ޒަހާ")]
MV_ISLANDS = [("Ha. Dhidhdhoo", "ހއ. ދިއްދޫ", "Haa Alif"), ("Sh. Funadhoo", "ށ. ފުނަދޫ", "Shaviyani"),
              ("N. Velidhoo", "ނ. ވެލިދޫ", "Noonu"), ("B. Eydhafushi", "ބ. އޭދަފުށި", "Baa"),
              ("L. Gan", "ލ. ގަން", "Laamu"), ("Gdh. Thinadhoo", "ގދ. ތިނަދޫ", "Gaafu Dhaalu"),
              ("S. Hithadhoo", "ސ. ހިތަދޫ", "Seenu"), ("Gn. Fuvahmulah", "ޏ. ފުވައްމުލައް", "Gnaviyani"),
              ("Th. Veymandoo", "ތ. ވޭމަންޑޫ", "Thaa"), ("R. Alifushi", "ރ. އަލިފުށި", "Raa"),
              ("Lh. Naifaru", "ޅ. ނައިފަރު", "Lhaviyani"), ("K. Maafushi", "ކ. މާފުށި", "Kaafu"),
              ("Dh. Kudahuvadhoo", "ދ. ކުޑަހުވަދޫ", "Dhaalu"), ("F. Nilandhoo", "ފ. ނިލަންދޫ", "Faafu")]
MV_HOUSES = [("Fehivilaage", "ފެހިވިލާގެ"), ("Finifenmaage", "ފިނިފެންމާގެ"), ("Maaniyaage", "މާނިޔާގެ"),
             ("Asurumaage", "އަސުރުމާގެ"), ("Dhonbileege", "ދޮންބިލީގެ"), ("Saadhaa", "ސާދާ"),
             ("Blue Bell", "ބްލޫބެލް"), ("Sea Breeze", "ސީބްރީޒް"), ("Rose Villa", "ރޯޒްވިލާ"),
             ("Kurangi", "ކުރަންގި"), ("Hulhangu Villa", "ހުޅަނގުވިލާ"), ("Nooraaneege", "ނޫރާނީގެ")]
MV_STREETS = ["Majeedhee Magu", "Sosun Magu", "Chaandhanee Magu", "Ameenee Magu", "Buruzu Magu",
              "Orchid Magu", "Janavaree Magu", "Boduthakurufaanu Magu"]
MV_MONTHS = ["ޖަނަވަރީ", "ފެބުރުވަރީ", "މާރިޗު", "އެޕްރީލް", "މެއި", "ޖޫން", "ޖުލައި", "އޯގަސްޓު",
             "ސެޕްޓެމްބަރު", "އޮކްޓޫބަރު", "ނޮވެމްބަރު", "ޑިސެމްބަރު"]


def mv_phone(rng: random.Random) -> str:
    n = rng.choice(["77", "79", "76", "96", "97", "98", "95"]) + digits(rng, 5)
    s = rng.randrange(6)
    if s == 0:
        return n
    if s == 1:
        return f"+960 {n[:3]}-{n[3:]}"
    if s == 2:
        return "960" + n
    if s == 3:
        return f"(+960) {n}"
    if s == 4:
        return f"{n[:3]} {n[3:]}"
    return f"33{digits(rng, 5)} / {n}"


def t_gedhoru_mv() -> Table:
    rng = random.Random(81003)
    t = Table("gedhoru_form_mv",
              "Maldivian social-housing application register of a city council; names in Thaana and Latin, "
              "house-name addresses; Dhivehi (Thaana script) headers")
    cols = [("ފޯމު ނަންބަރު", False, "application_number"), ("ނަން (ދިވެހިން)", True, "full_name_thaana"),
            ("ނަން (އިނގިރޭސިން)", True, "full_name_latin"), ("އައިޑީ ކާޑު ނަންބަރު", True, "national_id_mv"),
            ("އުފަން ތާރީޚު", True, "birth_date"), ("ޖިންސު", False, "gender"),
            ("ދާއިމީ އެޑްރެސް", True, "street_address_house_name"), ("އަތޮޅު", False, "atoll_region"),
            ("ރަށް", True, "island_of_residence"), ("މިހާރު ދިރިއުޅޭ އެޑްރެސް", True, "street_address"),
            ("ޕޯސްޓް ކޯޑު", True, "postal_code"), ("ފޯނު ނަންބަރު", True, "phone"), ("އީމެއިލް", True, "email"),
            ("ކައިވެނީގެ ހާލަތު", False, "marital_status"), ("އަނބި ނުވަތަ ފިރިމީހާގެ ނަން", True, "spouse_name"),
            ("ޢާއިލާގެ މެމްބަރުންގެ ޢަދަދު", False, "household_size"), ("މަހުގެ އާމްދަނީ (ރ.)", False, "income_amount"),
            ("ވަޒީފާ", False, "job_title"), ("ވަޒީފާ އަދާކުރާ ތަން", False, "employer_company"),
            ("ޕޮއިންޓް", False, "score"), ("ހާލަތު", False, "status_enum"),
            ("ހުށަހެޅި ތާރީޚު", False, "submission_date"), ("ބޭންކް އެކައުންޓް ނަންބަރު", True, "bank_account_number"),
            ("ނޯޓް", True, "free_text_with_names"), ("ޗެކްކުރި މުވައްޒަފު", True, "username")]
    for h, p, k in cols:
        t.col(h, p, k)
    officers = ["mcc\\aishath.nisha", "mcc\\hussain.shiyam", "mcc\\mariyam.lamya", "ahmed.zahir", "FATHIMATH.R"]
    jobs = ["Teacher", "Fisherman", "Civil servant", "Resort staff", "Nurse", "Police officer", "Self-employed",
            "ދަގަނޑު މަސައްކަތް", "Boat captain", "Accountant", "Unemployed", "Security guard"]
    employers = ["Ministry of Education", "Malé City Council", "Maldives Police Service", "Velaa Reef Resort (Pvt) Ltd",
                 "Island Ferry Services Pvt Ltd", "Hulhumalé Hospital", "", "Dhiraagu Retail Pvt Ltd", "State Fisheries Co."]
    statuses = ["ހުށަހެޅިފައި", "ޤަބޫލުކުރެވިފައި", "ރިޖެކްޓް", "ވެއިޓިންގ ލިސްޓް", "ޗެކްކުރަމުން"]
    marital = ["ކައިވެނި ކޮށްފައި", "ކައިވެނި ނުކޮށް", "ވަރިވެފައި", "ކައިވެނި ކޮށްފައި"]
    for i in range(280):
        female = rng.random() < 0.5
        (g1l, g1t) = rng.choice(MV_F if female else MV_M)
        (g2l, g2t) = rng.choice(MV_M if rng.random() < 0.6 else MV_F)
        latin = f"{g1l} {g2l}"
        thaana = f"{g1t} {g2t}"
        if rng.random() < 0.2:
            hl, ht = rng.choice(MV_HOUSES)
            latin += f", {hl}"
        if rng.random() < 0.1:
            latin = latin.upper()
        isl_l, isl_t, atoll = rng.choice(MV_ISLANDS)
        hl, ht = rng.choice(MV_HOUSES)
        perm = rng.choice([f"{hl}, {isl_l}", f"{ht} / {isl_t}", f"{hl} ({isl_l})"])
        isl = rng.choice([isl_l, isl_t])
        dob = rdate(rng, D(1958, 1, 1), D(2003, 12, 31))
        ds = rng.randrange(3)
        dob_s = (dob.strftime("%d/%m/%Y") if ds == 0 else dob.isoformat() if ds == 1
                 else f"{dob.day} {MV_MONTHS[dob.month - 1]} {dob.year}")
        ward = rng.choice(["Ma.", "H.", "G.", "M."])
        ch, _ = rng.choice(MV_HOUSES)
        if rng.random() < 0.25:
            pc = "23000"
            cur = f"Hulhumalé Flat {rng.randint(1, 30)}-{rng.randint(1, 18):02d}{rng.randint(1, 8):02d}, Lot {rng.randint(10100, 11999)}"
        else:
            pc = f"20{rng.randint(2, 350):03d}"
            cur = f"{ward} {ch}, {rng.choice(['', '2nd floor, ', '3rd floor, ', '4th floor, '])}{rng.choice(MV_STREETS)}, Malé"
            if rng.random() < 0.3:
                cur += f" {pc}"
        mar = rng.choice(marital)
        sp_l, sp_t = rng.choice(MV_M if female else MV_F)
        sp2_l, _ = rng.choice(MV_M)
        spouse = maybe(rng, 0.95, rng.choice([f"{sp_l} {sp2_l}", f"{sp_t} {rng.choice(MV_M)[1]}"])) if mar.startswith("ކައިވެނި ކޮ") else ""
        acct = rng.choice(["7730000", "7701000", "7705000"]) + digits(rng, 6)
        if rng.random() < 0.15:
            acct = excel_exp(acct)
        rel_l, rel_t = rng.choice(MV_F)
        note = rng.choice([
            "", "", "", "Documents complete", f"Applicant's mother {rel_l} {rng.choice(MV_M)[0]} lives in the same house",
            f"{rel_t} {rng.choice(MV_M)[1]} ގެ ގޭގައި ކުއްޔަށް", "ދަރިން 3 ފަރާތް", "Rent agreement missing",
            f"ފިރިމީހާ {rng.choice(MV_M)[1]} {rng.choice(MV_M)[1]} ވެސް ވަކި ފޯމެއް ހުށަހަޅާފައި",
            f"Duplicate of form by {rng.choice(MV_M)[0]} {rng.choice(MV_M)[0]}", "Disability certificate attached"])
        t.rows.append({
            "ފޯމު ނަންބަރު": f"HDC-{rng.choice([2022, 2023, 2024])}-{rng.randint(1, 9999):04d}",
            "ނަން (ދިވެހިން)": maybe(rng, 0.9, thaana), "ނަން (އިނގިރޭސިން)": latin,
            "އައިޑީ ކާޑު ނަންބަރު": "A" + f"{rng.randint(1000, 399999):06d}" if rng.random() < 0.9 else "a" + f"{rng.randint(1000, 399999):06d}",
            "އުފަން ތާރީޚު": dob_s, "ޖިންސު": rng.choice(["އަންހެން", "F"]) if female else rng.choice(["ފިރިހެން", "M"]),
            "ދާއިމީ އެޑްރެސް": perm, "އަތޮޅު": atoll, "ރަށް": isl, "މިހާރު ދިރިއުޅޭ އެޑްރެސް": cur,
            "ޕޯސްޓް ކޯޑު": pc, "ފޯނު ނަންބަރު": mv_phone(rng),
            "އީމެއިލް": maybe(rng, 0.7, f"{g1l.lower()}{rng.choice(['.', '_', ''])}{g2l.lower()}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.com'])}"),
            "ކައިވެނީގެ ހާލަތު": mar, "އަނބި ނުވަތަ ފިރިމީހާގެ ނަން": spouse,
            "ޢާއިލާގެ މެމްބަރުންގެ ޢަދަދު": rng.randint(1, 9),
            "މަހުގެ އާމްދަނީ (ރ.)": f"{rng.randint(5, 60) * 500:,}",
            "ވަޒީފާ": rng.choice(jobs), "ވަޒީފާ އަދާކުރާ ތަން": rng.choice(employers),
            "ޕޮއިންޓް": f"{rng.uniform(20, 95):.1f}", "ހާލަތު": rng.choice(statuses),
            "ހުށަހެޅި ތާރީޚު": rdate(rng, D(2022, 3, 1), D(2024, 8, 31)).strftime("%d/%m/%Y"),
            "ބޭންކް އެކައުންޓް ނަންބަރު": maybe(rng, 0.8, acct), "ނޯޓް": note,
            "ޗެކްކުރި މުވައްޒަފު": rng.choice(officers)})
    return t


# =============================================================================================
# 4. Venezuela: private clinic billing, Spark read without a header (`_c0`..`_c24`)
# =============================================================================================
VE_GIVEN_F = ["Yusmary", "Yorbelis", "Yoselin", "Yelitza", "Nairobis", "Oriana", "Dayana", "Yulimar", "Mariangel",
              "Yanitza", "Rosmery", "Génesis", "Yaneth", "Marbelis", "Deisy", "Xiomara"]
VE_GIVEN_M = ["Deivis", "Leomar", "Wuilmer", "Maikel", "Yorman", "Keiber", "Eudomar", "Yeison", "Jhonatan",
              "Ender", "Franklin", "Rusbel", "Wilfredo", "Yonathan", "Neomar", "Darwin"]
VE_SUR = ["Rondón", "Pacheco", "Briceño", "Quintero", "Urdaneta", "Chirinos", "Colmenares", "Villasmil", "Finol",
          "Añez", "Dugarte", "Uzcátegui", "Sulbarán", "Epieyú", "Uriana", "Ipuana", "Pushaina", "Jayariyú",
          "Gonçalves", "De Freitas", "Nóbrega", "Abreu", "Saab", "Fakhoury", "Hamdan", "Di Martino",
          "Santaniello", "Mogollón", "Yépez", "Guanipa", "Piñango", "Carrasquel"]
VE_MUN = [("Maracaibo", "Zulia"), ("San Francisco", "Zulia"), ("Cabimas", "Zulia"), ("Mara", "Zulia"),
          ("Valencia", "Carabobo"), ("Naguanagua", "Carabobo"), ("Libertador", "Distrito Capital"),
          ("Chacao", "Miranda"), ("Baruta", "Miranda"), ("Sucre", "Miranda"), ("Iribarren", "Lara"),
          ("Palavecino", "Lara"), ("Libertador", "Mérida"), ("San Cristóbal", "Táchira"),
          ("Mariño", "Nueva Esparta"), ("Caroní", "Bolívar")]
VE_URB = ["Urb. La Trigaleña, Calle 137, Casa 45", "Sector Los Olivos, Av. 69, Casa 12-34", "Res. El Parque, Torre B, Apto 7-C",
          "Barrio Sierra Maestra, Calle 18, Casa 10-61", "Urb. Cumbres de Curumo, Qta. Mi Refugio",
          "Calle Miranda c/c Bolívar, Edif. Don Pedro, Piso 3", "Urb. Los Samanes, Vereda 12, Casa 8",
          "Av. 5 de Julio, Res. Dorado, Apto 11-B", "Sector Guajira, Paraguaipoa, Casa s/n",
          "Urb. El Trigal Norte, Calle Río Orinoco, Casa 21", "Conj. Res. Las Acacias, Casa 3"]
VE_INSURERS = ["Seguros Horizonte Andino", "Mapfre La Seguridad", "Seguros Caroní del Sur", "Particular",
               "Seguros Pirámide del Lago", "Particular"]
VE_DOCS = ["Dr. Rubén Darío Villalobos", "Dra. Xiomara Piñango", "Dr. Alí Fakhoury", "Dra. Migdalia Sulbarán",
           "Dr. Nelson Uzcátegui", "Dra. Yajaira Colmenares", "Dr. Tulio Febres"]
VE_CIE = ["A90", "J18.9", "K35.8", "O80", "I10", "E11.9", "S52.5", "N20.0", "K80.2", "O82", "J45.9", "A09"]


def ve_rif(prefix: str, num: str) -> str:
    res = {"V": 4, "E": 8, "J": 12, "P": 16, "G": 20}[prefix]
    res += sum(w * int(n) for w, n in zip((3, 2, 7, 6, 5, 4, 3, 2), num))
    return "00987654321"[res % 11]


def ve_phone(rng: random.Random) -> str:
    op = rng.choice(["414", "424", "412", "416", "426"])
    n = digits(rng, 7)
    s = rng.randrange(7)
    if s == 0:
        return f"0{op}-{n}"
    if s == 1:
        return f"+58 {op} {n}"
    if s == 2:
        return f"0{op}{n}"
    if s == 3:
        return f"(0{rng.choice(['212', '261', '241', '251', '274'])}) {n[:3]}-{n[3:]}"
    if s == 4:
        return f"58{op}{n}"
    if s == 5:
        return f"{op} {n}"
    return f"0{op}.{n[:3]}.{n[3:5]}.{n[5:]}"


def t_clinica_ve() -> Table:
    rng = random.Random(81004)
    t = Table("spark_c0_clinica_ve",
              "Venezuelan private clinic billing with admissions; Spanish values, bolívar and USD amounts; "
              "headers that say nothing: Spark's default `_c0`..`_c24` (CSV read without a header)")
    spec = [("fac", "invoice_number", False), ("fecha", "invoice_date", False),
            ("ing", "admission_date_hipaa_date", True), ("egr", "discharge_date_hipaa_date", True),
            ("ci", "national_id_ve_cedula", True), ("nom", "given_name", True), ("ape", "surname", True),
            ("fnac", "birth_date", True), ("sexo", "gender", False), ("tel", "phone", True),
            ("mail", "email", True), ("dir", "street_address", True), ("mun", "municipality_of_residence", True),
            ("edo", "state_province", False), ("aseg", "insurer_company_name", False),
            ("carnet", "health_insurance_member_number", True), ("titular", "policy_holder_name", True),
            ("med", "physician_name", True), ("cie", "icd10_code", False), ("bs", "amount", False),
            ("usd", "amount", False), ("tasa", "exchange_rate", False),
            ("rif", "tax_id_mixed_people_companies", True), ("ref", "payment_reference", False),
            ("obs", "free_text_with_names", True)]
    keys = []
    for i, (key, kind, pii) in enumerate(spec):
        t.col(f"_c{i}", pii, kind)
        keys.append(f"_c{i}")
    inv = 15000
    for i in range(362):
        female = rng.random() < 0.56
        g = rng.choice(VE_GIVEN_F if female else VE_GIVEN_M)
        if rng.random() < 0.35:
            g += " " + rng.choice(VE_GIVEN_F if female else VE_GIVEN_M)
        s1, s2 = rng.choice(VE_SUR), rng.choice(VE_SUR)
        sur = f"{s1} {s2}" if rng.random() < 0.8 else s1
        if rng.random() < 0.12:
            g, sur = g.upper(), sur.upper()
        foreign = rng.random() < 0.08
        num = str(rng.randint(81000000, 84999999) if foreign else rng.randint(3000000, 32999999))
        pre = "E" if foreign else "V"
        cs = rng.randrange(5)
        ci = (f"{pre}-{int(num):,}".replace(",", ".") if cs == 0 else f"{pre}{num}" if cs == 1
              else num if cs == 2 else f"{pre}-{num}" if cs == 3 else f"{int(num):,}".replace(",", "."))
        dob = rdate(rng, D(1940, 1, 1), D(2023, 12, 31))
        ing = rts(rng, T(2024, 1, 2), T(2024, 11, 30, 23))
        egr = ing + dt.timedelta(hours=rng.randint(4, 24 * 9))
        inv += rng.randint(1, 9)
        mun, edo = rng.choice(VE_MUN)
        ins = rng.choice(VE_INSURERS)
        minor = dob > D(2006, 12, 31)
        holder = ""
        if ins != "Particular" and (minor or rng.random() < 0.25):
            holder = f"{rng.choice(VE_GIVEN_F + VE_GIVEN_M)} {s1}"
        usd = round(rng.uniform(35, 4800), 2)
        rate = round(rng.uniform(35.9, 46.5), 4)
        if ins != "Particular" and rng.random() < 0.6:
            cn = str(rng.randint(30000000, 50999999))
            rif = f"J-{cn}-{ve_rif('J', cn)}"
        else:
            n8 = f"{int(num):08d}"
            rif = rng.choice([f"{pre}-{n8}-{ve_rif(pre, n8)}", f"{pre}{n8}{ve_rif(pre, n8)}"])
        kin = rng.choice(VE_GIVEN_F + VE_GIVEN_M)
        obs = rng.choice(["", "", "", "Pago móvil verificado", f"Acompañante: {kin} {rng.choice(VE_SUR)} (familiar)",
                          "Pendiente carta aval", f"Autoriza retiro de resultados a {kin} {s2}",
                          "Paciente wayuu, intérprete presente", f"Referido por {rng.choice(VE_DOCS)}",
                          "Diferencia cubierta en efectivo USD", f"Esposo {kin} {s1} firma como responsable"])
        vals = [f"FAC-{inv:07d}", (egr + dt.timedelta(hours=2)).strftime("%Y-%m-%d"),
                ing.strftime("%Y-%m-%d %H:%M"), egr.strftime("%Y-%m-%d %H:%M"), ci, g, sur,
                dob.strftime(rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d"])), "F" if female else "M",
                maybe(rng, 0.93, ve_phone(rng)),
                maybe(rng, 0.7, f"{g.split()[0].lower()}{rng.choice(['.', '_', ''])}{s1.lower().replace(' ', '')}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'hotmail.com', 'yahoo.es', 'cantv.net'])}"),
                f"{rng.choice(VE_URB)}, {mun}", mun, edo, ins,
                "" if ins == "Particular" else f"{rng.randint(100000, 9999999)}-{rng.randint(0, 4):02d}", holder,
                rng.choice(VE_DOCS), rng.choice(VE_CIE), f"{usd * rate:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
                f"{usd:.2f}", f"{rate:.4f}".replace(".", ","), rif,
                rng.choice([f"PM{digits(rng, 12)}", digits(rng, 8), f"ZELLE-{digits(rng, 6)}", "EFECTIVO"]), obs]
        t.rows.append(dict(zip(keys, vals)))
    return t


# =============================================================================================
# 5. United Arab Emirates: tenancy ledger from an Oracle SQL Developer export (expression headers)
# =============================================================================================
AE_PEOPLE = [
    ("Obaid Saif Al Ketbi", "United Arab Emirates"), ("Mariam Rashid Al Mazrouei", "United Arab Emirates"),
    ("Hamdan Juma Bin Huwaidan", "United Arab Emirates"), ("Thekkekara Joseph Binoy", "India"),
    ("Mohammed Shafeeq Puthiyaveettil", "India"), ("Anju Ponnappan", "India"), ("Cyril D'Souza", "India"),
    ("Sreelakshmi Vadakkedath", "India"), ("Rhea Dimaculangan", "Philippines"), ("Jericho Macaraeg", "Philippines"),
    ("Lovely Joy Bacani", "Philippines"), ("Gul Zaman Khattak", "Pakistan"), ("Shahnaz Afridi", "Pakistan"),
    ("Ahmed Abdelrahman Elshazly", "Egypt"), ("Nermeen Fawzy Tadros", "Egypt"), ("Rasika Wijesooriya", "Sri Lanka"),
    ("Olena Hrytsenko", "Ukraine"), ("Dmitry Zaitsev", "Russia"), ("Callum Fairweather", "United Kingdom"),
    ("Rania Haddad", "Syria"), ("Tsegaye Woldemichael", "Ethiopia"), ("Wanjiru Kamau", "Kenya"),
    ("Li Wenjun", "China"), ("Farzana Akter Munni", "Bangladesh"), ("Bishnu Prasad Adhikari", "Nepal"),
    ("Ghalia Al Suwaidi", "United Arab Emirates"), ("Kunjumon Varghese", "India"), ("Aiyana Castellano", "Philippines")]
AE_FIRST = ["Obaid", "Mariam", "Anju", "Rhea", "Gul", "Nermeen", "Rasika", "Olena", "Farzana", "Jericho", "Sreelakshmi",
            "Tsegaye", "Wanjiru", "Callum", "Kunjumon", "Shahnaz", "Hamdan", "Li", "Rania", "Bishnu"]
AE_LAST = ["Thayyil", "Kizhakkedath", "Al Nuaimi", "Al Shamsi", "Pereira", "Mendoza", "Ramos", "Qureshi", "Siddiqui",
           "Karunaratne", "Abdelaziz", "Haddad", "Nair", "Menon", "Fernandes", "Rahman", "Gurung", "Bekele",
           "Osei", "Tan", "Zaitseva", "Morrison", "Panicker", "Mathew"]
AE_COMPANIES = ["Gulf Coast Catering LLC", "Emirates Precision Logistics FZE", "Al Nahda Technical Services LLC",
                "Sharjah Modern Laundry Co.", "Desert Line Manpower Supply LLC"]
AE_BUILDINGS = [("Al Qusais Residency", "Al Qusais 1", "Dubai"), ("Nahda Pearl Tower", "Al Nahda 2", "Dubai"),
                ("Garden View 7", "International City", "Dubai"), ("JVC Orchid Heights", "Jumeirah Village Circle", "Dubai"),
                ("Silicon Oasis Court", "Dubai Silicon Oasis", "Dubai"), ("Al Taawun Lake Tower", "Al Taawun", "Sharjah"),
                ("Muwaileh Star Building", "Muwaileh Commercial", "Sharjah"), ("Al Rashidiya Tower 3", "Al Rashidiya 1", "Ajman")]


def ae_eid(rng: random.Random, year: int) -> str:
    p = "784" + str(year) + digits(rng, 7)
    return p + luhn_digit(p)


def ae_phone(rng: random.Random) -> str:
    op = rng.choice(["50", "52", "54", "55", "56", "58"])
    n = digits(rng, 7)
    s = rng.randrange(7)
    if s == 0:
        return f"+971 {op} {n[:3]} {n[3:]}"
    if s == 1:
        return f"0{op}{n}"
    if s == 2:
        return f"971{op}{n}"
    if s == 3:
        return f"0{op}-{n[:3]} {n[3:]}"
    if s == 4:
        return f"0{rng.choice('4667')} {n}"
    if s == 5:
        return f"+91 9{digits(rng, 4)} {digits(rng, 5)}"
    return f"00971{op}{n}"


def t_tenancy_ae() -> Table:
    rng = random.Random(81005)
    t = Table("ora_tenancy_ledger_ae",
              "UAE residential property manager's tenancy ledger (Dubai, Sharjah, Ajman): expatriate and Emirati "
              "tenants and some corporate leases, Emirates ID, cheques; English values; headers are the unaliased "
              "SQL expressions of an Oracle SQL Developer export")
    cols = [("L.CONTRACT_NO", False, "contract_number"),
            ("P.BUILDING_NAME||' - '||U.UNIT_NO", True, "residence_building_and_unit"),
            ("P.COMMUNITY", True, "district_of_residence"), ("P.EMIRATE", False, "state_province"),
            ("T.TENANT_NAME", True, "full_name_mixed_people_companies"), ("T.NATIONALITY", False, "nationality"),
            ("SUBSTR(T.EID_NO,1,18)", True, "national_id_ae_emirates_id"),
            ("TO_CHAR(T.EID_EXPIRY,'DD-MON-YYYY')", True, "document_expiry_date"),
            ("T.PASSPORT_NO", True, "passport_number"), ("TO_CHAR(T.DOB,'DD/MM/YYYY')", True, "birth_date"),
            ("NVL(T.MOBILE,T.LANDLINE)", True, "phone"), ("LOWER(T.EMAIL)", True, "email"),
            ("T.EMPLOYER", False, "employer_company"), ("TO_CHAR(L.START_DATE,'YYYY-MM-DD')", False, "lease_start_date"),
            ("L.END_DATE", False, "lease_end_date"), ("L.ANNUAL_RENT", False, "amount"),
            ("ROUND(L.ANNUAL_RENT/L.NO_OF_CHQ,2)", False, "amount"), ("L.NO_OF_CHQ", False, "count"),
            ("C.CHEQUE_NO", False, "cheque_serial_number"), ("C.BANK_NAME", False, "bank_name"),
            ("C.DRAWER_IBAN", True, "iban_mixed_people_companies"),
            ("DECODE(L.STATUS,'A','Active','E','Expired','T','Terminated','R','Renewed')", False, "status_enum"),
            ("L.SECURITY_DEPOSIT", False, "amount"), ("NVL(L.REMARKS,'-')", True, "free_text_with_names"),
            ("L.CREATED_BY", True, "username"), ("L.CREATION_DATE", False, "created_at_timestamp"),
            ("U.DEWA_PREMISE_NO", True, "utility_premise_number_one_household")]
    for h, p, k in cols:
        t.col(h, p, k)
    banks = [("033", "Mashreq"), ("026", "Emirates NBD"), ("035", "ADCB"), ("046", "Dubai Islamic Bank"),
             ("030", "FAB"), ("050", "RAKBANK")]
    clerks = ["SMENON", "AQUADRI", "PROP_ADMIN", "JDELACRUZ", "HALHAMMADI"]
    units = {}
    for i in range(320):
        corp = rng.random() < 0.1
        bld, comm, emi = rng.choice(AE_BUILDINGS)
        unit = f"{rng.randint(1, 24)}{rng.randint(1, 18):02d}"
        key = (bld, unit)
        if key not in units:
            units[key] = digits(rng, 9)
        dob = rdate(rng, D(1958, 1, 1), D(2002, 12, 31))
        if corp:
            name = rng.choice(AE_COMPANIES)
            nat, eid, eidx, pp, dob_s, email = "", "", "", "", "", f"admin@{name.split()[0].lower()}{rng.choice(['llc', 'group'])}.ae"
        else:
            if rng.random() < 0.5:
                name, nat = rng.choice(AE_PEOPLE)
            else:
                name = f"{rng.choice(AE_FIRST)} {rng.choice(AE_LAST)}"
                nat = rng.choice(["India", "Pakistan", "Philippines", "Egypt", "Sri Lanka", "Nepal", "Kenya", "Jordan"])
            if rng.random() < 0.3:
                name = name.upper()
            e = ae_eid(rng, dob.year)
            eid = rng.choice([f"{e[:3]}-{e[3:7]}-{e[7:14]}-{e[14]}", e, f"{e[:3]}-{e[3:7]}-{e[7:14]}-{e[14]}"])
            eidx = rdate(rng, D(2024, 1, 1), D(2027, 12, 31)).strftime("%d-%b-%Y").upper()
            pp = rng.choice([rng.choice("KLMNPRSTUVZ") + digits(rng, 7), "P" + digits(rng, 7),
                             rng.choice(["AB", "EC", "FA"]) + digits(rng, 7), digits(rng, 9)])
            dob_s = dob.strftime("%d/%m/%Y")
            nm = name.lower().split()
            email = f"{nm[0]}.{nm[-1]}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com'])}"
        start = rdate(rng, D(2021, 1, 1), D(2024, 12, 1))
        end = start + dt.timedelta(days=364)
        rent = rng.randint(18, 140) * 1000
        nchq = rng.choice([1, 2, 4, 6, 12])
        bcode, bname = rng.choice(banks)
        ib = iban("AE", bcode + digits(rng, 16))
        remark = rng.choice(["", "", "", "", "Renewal with 5% increase per RERA index", "Chq bounced, replaced",
                             f"Sharing with cousin {rng.choice(AE_FIRST)} {rng.choice(AE_LAST)}",
                             f"Keys handed to {rng.choice(AE_FIRST)} (brother)", "Company lease - staff accommodation",
                             f"Guarantor: {rng.choice(AE_FIRST)} {rng.choice(AE_LAST)}", "Move-out inspection done"])
        created = rts(rng, T(start.year, start.month, 1) - dt.timedelta(days=30), T(start.year, start.month, 1))
        t.rows.append({
            "L.CONTRACT_NO": f"0{rng.randint(1, 2)}{start.year}{digits(rng, 10)}",
            "P.BUILDING_NAME||' - '||U.UNIT_NO": f"{bld} - {unit}", "P.COMMUNITY": comm, "P.EMIRATE": emi,
            "T.TENANT_NAME": name, "T.NATIONALITY": nat, "SUBSTR(T.EID_NO,1,18)": eid,
            "TO_CHAR(T.EID_EXPIRY,'DD-MON-YYYY')": eidx, "T.PASSPORT_NO": pp, "TO_CHAR(T.DOB,'DD/MM/YYYY')": dob_s,
            "NVL(T.MOBILE,T.LANDLINE)": ae_phone(rng), "LOWER(T.EMAIL)": maybe(rng, 0.85, email),
            "T.EMPLOYER": "" if corp else maybe(rng, 0.8, rng.choice(AE_COMPANIES + ["Emirates Group", "Self employed", "Dubai Municipality"])),
            "TO_CHAR(L.START_DATE,'YYYY-MM-DD')": start.isoformat(), "L.END_DATE": end.strftime("%d-%b-%y").upper(),
            "L.ANNUAL_RENT": f"{rent:,.2f}", "ROUND(L.ANNUAL_RENT/L.NO_OF_CHQ,2)": f"{rent / nchq:.2f}",
            "L.NO_OF_CHQ": nchq, "C.CHEQUE_NO": f"{rng.randint(1, 999999):06d}", "C.BANK_NAME": bname,
            "C.DRAWER_IBAN": ib if rng.random() < 0.6 else spaced(ib),
            "DECODE(L.STATUS,'A','Active','E','Expired','T','Terminated','R','Renewed')": rng.choice(["Active", "Expired", "Terminated", "Renewed", "Active"]),
            "L.SECURITY_DEPOSIT": f"{rent * 0.05:.2f}", "NVL(L.REMARKS,'-')": remark or "-",
            "L.CREATED_BY": rng.choice(clerks),
            "L.CREATION_DATE": created.strftime("%d-%b-%y %I.%M.%S.000000000 %p").upper(),
            "U.DEWA_PREMISE_NO": units[key] if emi == "Dubai" else ""})
    return t


# =============================================================================================
# 6. Moldova: diaspora co-financing grant applications, Rails/PHP form-param headers
# =============================================================================================
MD_SUR = ["Ceban", "Rusu", "Munteanu", "Cojocaru", "Lungu", "Bivol", "Țurcanu", "Botnari", "Vrabie", "Gârlea",
          "Cazacu", "Prodan", "Sârbu", "Moraru", "Grosu", "Bodrug", "Ursachi", "Crudu", "Chiosea", "Topal",
          "Caraman", "Tabunșcic", "Uzun", "Cristioglo", "Dimitroglo", "Stoianov", "Manolov", "Gumeniuc",
          "Tcaciuc", "Palamarciuc", "Cerari"]
MD_GIVEN_M = ["Ion", "Vasile", "Mihail", "Dorin", "Sergiu", "Veaceslav", "Ghenadie", "Iurie", "Tudor", "Nicolae",
              "Eugeniu", "Petru", "Fiodor", "Dmitrii", "Stepan", "Anatol"]
MD_GIVEN_F = ["Olesea", "Nadejda", "Lilia", "Tatiana", "Mariana", "Doina", "Zinaida", "Svetlana", "Liuba",
              "Ecaterina", "Parascovia", "Axenia", "Valentina", "Natalia", "Eugenia"]
MD_CYR = [("Кёся", "Фёдор", "Дмитриевич"), ("Топал", "Мария", "Степановна"), ("Узун", "Иван", "Петрович"),
          ("Стоянов", "Георгий", "Ильич"), ("Гуменюк", "Оксана", "Васильевна"), ("Караман", "Дмитрий", "Фёдорович")]
MD_PLACES = [("Chișinău", "mun. Chișinău", "MD-2001"), ("Bălți", "mun. Bălți", "MD-3100"), ("Cahul", "r-nul Cahul", "MD-3909"),
             ("Comrat", "UTA Găgăuzia", "MD-3805"), ("Ceadîr-Lunga", "UTA Găgăuzia", "MD-6101"),
             ("Congaz", "UTA Găgăuzia", "MD-3812"), ("Copceac", "UTA Găgăuzia", "MD-6111"),
             ("Taraclia", "r-nul Taraclia", "MD-7401"), ("Tvardița", "r-nul Taraclia", "MD-7422"),
             ("Soroca", "r-nul Soroca", "MD-3001"), ("Orhei", "r-nul Orhei", "MD-3505"), ("Trușeni", "mun. Chișinău", "MD-2082"),
             ("Sadova", "r-nul Călărași", "MD-4122"), ("Corjova", "r-nul Dubăsari", "MD-4573"),
             ("Budești", "mun. Chișinău", "MD-2076"), ("Edineț", "r-nul Edineț", "MD-4601"), ("Briceni", "r-nul Briceni", "MD-4701")]
MD_STREETS = ["str. Ștefan cel Mare", "str. Lenin", "str. Mihai Eminescu", "str. Pușkin", "str. Independenței",
              "bd. Dacia", "str. Alba Iulia", "str. Gagarin", "str. Livezilor", "str. Păcii"]


MD_TRANSLIT = str.maketrans({"ș": "s", "ț": "t", "ă": "a", "â": "a", "î": "i", "а": "a", "б": "b", "в": "v",
                             "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "j", "з": "z", "и": "i", "й": "i",
                             "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
                             "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "t", "ч": "ci", "ш": "s", "щ": "sc",
                             "ы": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia"})


def md_ascii(s: str) -> str:
    return s.lower().translate(MD_TRANSLIT)


def md_13(rng: random.Random, first: str) -> str:
    p = first + digits(rng, 12 - len(first))
    return p + str(sum(w * int(n) for w, n in zip((7, 3, 1) * 4, p)) % 10)


def md_phone(rng: random.Random, abroad: str) -> str:
    n = rng.choice(["69", "68", "79", "78", "60", "67"]) + digits(rng, 6)
    s = rng.randrange(8)
    if s == 0:
        return f"+373 {n[:2]} {n[2:5]} {n[5:]}"
    if s == 1:
        return "0" + n
    if s == 2:
        return "373" + n
    if s == 3:
        return f"0 {n[:2]} {n[2:5]}-{n[5:]}"
    if s == 4 and abroad == "Italia":
        return f"+39 3{digits(rng, 2)} {digits(rng, 7)}"
    if s == 5 and abroad == "Rusia":
        return f"+7 9{digits(rng, 2)} {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}"
    if s == 6 and abroad == "Israel":
        return f"+972 5{rng.randint(0, 8)}-{digits(rng, 3)}-{digits(rng, 4)}"
    return f"(0{n[:2]}) {n[2:]}"


def t_grant_md() -> Table:
    rng = random.Random(81006)
    t = Table("form_params_granturi_md",
              "Moldovan diaspora co-financing grant applications ('1+1' type) from a Rails web form; "
              "Romanian and Russian values, Gagauz and Bulgarian names, IDNP and company IDNO share one checksum; "
              "headers are Rails/PHP nested form-param names (`applicant[address][street]`)")
    cols = [("application[id]", False, "record_id"), ("application[submitted_at]", False, "created_at_timestamp"),
            ("applicant[last_name]", True, "surname"), ("applicant[first_name]", True, "given_name"),
            ("applicant[patronymic]", True, "patronymic"), ("applicant[idnp]", True, "national_id_md_idnp"),
            ("applicant[birth_date]", True, "birth_date"), ("applicant[gender]", False, "gender"),
            ("applicant[phone]", True, "phone"), ("applicant[email]", True, "email"),
            ("applicant[address][locality]", True, "city"), ("applicant[address][district]", False, "district_raion_coarse"),
            ("applicant[address][street]", True, "street_address"), ("applicant[address][postal_code]", True, "postal_code"),
            ("applicant[emigration_country]", False, "country_name"),
            ("applicant[remittances][0][amount_eur]", False, "amount"),
            ("applicant[remittances][0][sender_name]", True, "relative_name"),
            ("business[idno]", False, "company_registration_number"),
            ("business[name]", True, "company_name_mixed_sole_traders"), ("business[legal_form]", False, "legal_form"),
            ("business[caem]", False, "activity_code"), ("business[iban]", False, "company_bank_account_iban"),
            ("grant[requested_amount]", False, "amount"), ("grant[own_contribution]", False, "amount"),
            ("project[description]", True, "free_text_with_names"), ("application[status]", False, "status_enum"),
            ("application[evaluator]", True, "username"), ("commit", False, "form_button_constant")]
    for h, p, k in cols:
        t.col(h, p, k)
    caem = ["A01.13", "A01.47", "A01.24", "C10.71", "I56.10", "G47.11", "S96.02", "C16.23", "N81.30", "A01.21"]
    banks = ["AG", "MO", "VI", "ML", "EX", "FT", "EN"]
    evals = ["odima.r.bodrug", "evaluator_cahul", "t.prodan", "oda_admin", "v.lungu"]
    aid = 20000
    for i in range(300):
        female = rng.random() < 0.45
        cyr = rng.random() < 0.1
        if cyr:
            sur, giv, pat = rng.choice(MD_CYR)
        else:
            sur = rng.choice(MD_SUR)
            giv = rng.choice(MD_GIVEN_F if female else MD_GIVEN_M)
            pat = maybe(rng, 0.2, rng.choice(["Ivan", "Vasili", "Mihail", "Petr", "Nicola", "Gheorghi", "Fiodor"])
                        + rng.choice(["ovna", "evna"] if female else ["ovici", "evici"]))
        if rng.random() < 0.1:
            sur = sur.upper()
        dob = rdate(rng, D(1962, 1, 1), D(2002, 12, 31))
        idnp = md_13(rng, rng.choice(["0", "2"]))
        if idnp.startswith("0") and rng.random() < 0.3:
            idnp = idnp[1:]
        country = rng.choice(["Italia", "Germania", "Regatul Unit", "Israel", "Rusia", "Franța", "Portugalia",
                              "Irlanda", "Turcia", "Italia"])
        loc, dist, pc = rng.choice(MD_PLACES)
        pcs = rng.choice([pc, pc.replace("-", ""), pc[3:], pc.replace("-", " ")])
        form = rng.choice(["SRL", "Î.I.", "GȚ", "SRL"])
        if form == "SRL":
            bname = rng.choice([f"{rng.choice(['Agro', 'Vin', 'Dulce', 'Eco', 'Nord'])}{rng.choice(['Prim', 'Cris', 'Vita', 'Land'])} SRL",
                                f"{sur.title()} & Fiii SRL"])
        elif form == "Î.I.":
            bname = f"Î.I. {sur.title()} {giv}"
        else:
            bname = f"GȚ {sur.title()} {giv[0]}."
        idno = md_13(rng, "10" + rng.choice(["03", "04", "05", "06", "07"]))
        bb = rng.choice(banks) + digits(rng, 18)
        bib = iban("MD", bb)
        req = rng.randint(10, 40) * 5000
        rel = rng.choice(MD_GIVEN_F + MD_GIVEN_M)
        desc = rng.choice([
            "Procurarea unui tractor pentru livada de pruni.", "Deschiderea unei brutării în sat.",
            f"Afacere de familie cu fiul {rng.choice(MD_GIVEN_M)} și nora {rng.choice(MD_GIVEN_F)}.",
            "Seră de legume 0,3 ha cu irigare prin picurare.", "Расширение пекарни, покупка печи.",
            f"Frizerie condusă de soția mea, {rng.choice(MD_GIVEN_F)} {sur.title()}.",
            "Linie de îmbuteliere a vinului de casă.", f"Partener: {rng.choice(MD_GIVEN_M)} {rng.choice(MD_SUR)}, fratele meu din {country}.",
            "Atelier de reparații auto.", "Ферма перепелов в Комрате."])
        aid += rng.randint(1, 7)
        t.rows.append({
            "application[id]": aid,
            "application[submitted_at]": rts(rng, T(2023, 2, 1), T(2024, 10, 31)).strftime("%Y-%m-%d %H:%M:%S UTC"),
            "applicant[last_name]": sur, "applicant[first_name]": giv, "applicant[patronymic]": pat,
            "applicant[idnp]": idnp,
            "applicant[birth_date]": dob.strftime(rng.choice(["%Y-%m-%d", "%d.%m.%Y", "%d.%m.%Y"])),
            "applicant[gender]": rng.choice(["f", "F"]) if female else rng.choice(["m", "M"]),
            "applicant[phone]": md_phone(rng, country),
            "applicant[email]": maybe(rng, 0.85, f"{md_ascii(giv)}.{md_ascii(sur)}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'mail.ru', 'yahoo.com', 'mail.md'])}"),
            "applicant[address][locality]": loc, "applicant[address][district]": dist,
            "applicant[address][street]": f"{rng.choice(MD_STREETS)} {rng.randint(1, 180)}" + maybe(rng, 0.3, f", ap. {rng.randint(1, 90)}"),
            "applicant[address][postal_code]": pcs, "applicant[emigration_country]": country,
            "applicant[remittances][0][amount_eur]": f"{rng.randint(2, 60) * 100}.00",
            "applicant[remittances][0][sender_name]": maybe(rng, 0.8, f"{rel} {sur.title()}"),
            "business[idno]": idno, "business[name]": bname, "business[legal_form]": form,
            "business[caem]": rng.choice(caem), "business[iban]": bib if rng.random() < 0.6 else spaced(bib),
            "grant[requested_amount]": req, "grant[own_contribution]": req + rng.randint(0, 20) * 1000,
            "project[description]": desc,
            "application[status]": rng.choice(["submitted", "under_review", "approved", "rejected", "contracted"]),
            "application[evaluator]": rng.choice(evals), "commit": "Trimite cererea"})
    return t


# =============================================================================================
# 7. Slovakia: municipal dog-tax register, R default headers V1..V24
# =============================================================================================
SK_SUR_M = ["Ďurčo", "Hudák", "Hriňák", "Fedorčák", "Kaľavský", "Štofaňák", "Varhoľák", "Sopko", "Nagy",
            "Szabó", "Lakatoš", "Dužda", "Gaži", "Kišš", "Baláž", "Hrebeňár", "Vaľko", "Ščerbák", "Bujňák", "Gotthardt"]
SK_GIVEN_M = ["Ján", "Jozef", "Štefan", "Ľubomír", "Miroslav", "Radoslav", "Dušan", "Bohuslav", "Cyril",
              "Metod", "Svätopluk", "Zoltán", "Imrich", "Vasiľ"]
SK_GIVEN_F = ["Mária", "Zuzana", "Ľudmila", "Anna", "Jarmila", "Viera", "Alžbeta", "Ivica", "Drahomíra",
              "Blažena", "Ľubica", "Gyöngyi", "Ildikó", "Hafija"]
SK_TOWNS = [("Prešov", "080 01"), ("Sabinov", "083 01"), ("Medzilaborce", "068 01"), ("Svidník", "089 01"),
            ("Kežmarok", "060 01"), ("Stará Ľubovňa", "064 01"), ("Bardejov", "085 01"), ("Snina", "069 01"),
            ("Humenné", "066 01"), ("Ľubotice", "080 06"), ("Šarišské Michaľany", "082 22"), ("Jarovnice", "082 63"),
            ("Veľký Šariš", "082 21"), ("Dunajská Streda", "929 01")]
SK_STREETS = ["Hlavná", "Sídlisko III", "Levočská", "Slovenská", "Kpt. Nálepku", "Duklianska", "Mierová",
              "Budovateľská", "Rusínska", "Hurbanistov", "Fučíkova", "Za Kalváriou"]
SK_DOGS = ["Bary", "Dunčo", "Rexo", "Aron", "Bella", "Lucky", "Max", "Cézar", "Dasty", "Fifinka", "Brok", "Arny", "Žofka"]
SK_BREEDS = ["kríženec", "nemecký ovčiak", "jorkšírsky teriér", "slovenský čuvač", "labradorský retriever",
             "slovenský kopov", "bígl", "jazvečík", "francúzsky buldoček", "malinois"]


def sk_rc(rng: random.Random, dob: dt.date, female: bool) -> str:
    while True:
        m = dob.month + (50 if female else 0)
        base = int(f"{dob.year % 100:02d}{m:02d}{dob.day:02d}{rng.randint(0, 999):03d}")
        c = (-(base * 10)) % 11
        if c != 10:
            return f"{base:09d}{c}"


def sk_account(rng: random.Random) -> str:
    w = (6, 3, 7, 9, 10, 5, 8, 4, 2, 1)
    while True:
        a = digits(rng, 9)
        s = sum(x * int(d) for x, d in zip(w, a))
        c = (-s) % 11
        if c != 10 and a[0] != "0":
            return a + str(c)


def sk_phone(rng: random.Random) -> str:
    n = rng.choice(["905", "907", "908", "915", "917", "903", "944", "949"]) + digits(rng, 6)
    s = rng.randrange(6)
    if s == 0:
        return f"0{n[:3]} {n[3:6]} {n[6:]}"
    if s == 1:
        return f"+421 {n[:3]} {n[3:6]} {n[6:]}"
    if s == 2:
        return "421" + n
    if s == 3:
        return f"051/{rng.randint(700, 799)} {digits(rng, 4)}"
    if s == 4:
        return n
    return "0" + n


def t_dogtax_sk() -> Table:
    rng = random.Random(81007)
    t = Table("r_v1_dan_za_psa_sk",
              "Slovak municipal dog-tax register (eastern Slovakia: Rusyn, Hungarian, Roma owners); Slovak values; "
              "headers that say nothing: R's default `V1`..`V24` (read.table with header = FALSE)")
    spec = [("register_number", False), ("surname", True), ("given_name", True), ("academic_title", False),
            ("national_id_sk_rodne_cislo", True), ("birth_date", True), ("street_address", True), ("city", True),
            ("postal_code", True), ("phone", True), ("email", True), ("pet_name", False), ("dog_breed", False),
            ("dog_sex", False), ("animal_microchip_id", False), ("registration_date", False), ("tax_rate_amount", False),
            ("tax_exemption_flag", False), ("amount_paid", False), ("payment_variable_symbol", False),
            ("free_text_with_names", True), ("iban", True), ("username", True), ("dog_birth_year", False)]
    for i, (k, p) in enumerate(spec):
        t.col(f"V{i + 1}", p, k)
    clerks = ["mu\\jhudakova", "mu\\mvalko", "PODATELNA2", "mu\\zsopkova"]
    banks = ["0900", "1100", "0200", "5600", "7500", "8360"]
    reg = 0
    for i in range(334):
        female = rng.random() < 0.48
        sur = sur_m = rng.choice(SK_SUR_M)
        if female:
            if sur.endswith("ý"):
                sur = sur[:-1] + "á"
            elif sur in ("Nagy", "Szabó", "Gotthardt"):
                pass
            elif sur.endswith("o"):
                sur = sur[:-1] + "ová"
            else:
                sur = sur + "ová"
        giv = rng.choice(SK_GIVEN_F if female else SK_GIVEN_M)
        dob = rdate(rng, D(1954, 1, 1), D(2005, 12, 31))
        rc = sk_rc(rng, dob, female)
        s = rng.randrange(8)
        rcs = (f"{rc[:6]}/{rc[6:]}" if s < 3 else rc if s < 5 else excel_exp(rc, comma=True) if s == 5
               else str(int(rc)) if rc.startswith("0") else f"{rc[:6]} / {rc[6:]}")
        town, psc = rng.choice(SK_TOWNS)
        reg += rng.randint(1, 3)
        rate = rng.choice(["20,00", "20,00", "30,00", "6,00", "0,00"])
        exempt = "ZŤP" if rate == "0,00" else ""
        chip = "703" + "0981" + digits(rng, 8)
        oth = f"{rng.choice(SK_GIVEN_F + SK_GIVEN_M)} {rng.choice(SK_SUR_M)}"
        note = rng.choice(["", "", "", "", "pes uhynul 03/2024", f"pôvodný držiteľ otec {rng.choice(SK_GIVEN_M)} {sur_m} (zomrel)",
                           f"nový držiteľ: {oth}", "upomienka odoslaná", "odhlásený - presťahovanie",
                           f"spoludržiteľ {oth}", "preplatok vrátiť na účet"])
        acct = sk_account(rng)
        ib = iban("SK", rng.choice(banks) + "000000" + acct)
        asc = "".join(c for c in unicodedata.normalize("NFKD", f"{giv}.{sur}".lower()) if c.isascii())
        t.rows.append({
            "V1": f"{reg}/{rng.choice([2019, 2021, 2023, 2024])}", "V2": sur.upper() if rng.random() < 0.1 else sur,
            "V3": giv, "V4": maybe(rng, 0.15, rng.choice(["Ing.", "Mgr.", "MUDr.", "PhDr.", "Bc.", "JUDr."])),
            "V5": rcs, "V6": f"{dob.day}.{dob.month}.{dob.year}",
            "V7": f"{rng.choice(SK_STREETS)} {rng.randint(1, 3400)}/{rng.randint(1, 90)}" + maybe(rng, 0.1, "A"),
            "V8": town, "V9": rng.choice([psc, psc.replace(" ", "")]), "V10": maybe(rng, 0.8, sk_phone(rng)),
            "V11": maybe(rng, 0.5, f"{asc}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'azet.sk', 'centrum.sk', 'zoznam.sk'])}"),
            "V12": rng.choice(SK_DOGS), "V13": rng.choice(SK_BREEDS), "V14": rng.choice(["pes", "suka"]),
            "V15": maybe(rng, 0.85, chip if rng.random() < 0.8 else excel_exp(chip, comma=True)),
            "V16": rdate(rng, D(2008, 1, 1), D(2024, 10, 31)).strftime("%d.%m.%Y"), "V17": rate, "V18": exempt,
            "V19": rng.choice([rate, rate, "0,00"]), "V20": f"{rng.choice([2023, 2024])}{reg:06d}",
            "V21": note, "V22": maybe(rng, 0.35, ib if rng.random() < 0.5 else spaced(ib)),
            "V23": rng.choice(clerks), "V24": rng.randint(2009, 2024)})
    return t


# =============================================================================================
# 8. Uganda: SACCO member survey exported from Qualtrics (QIDs as headers)
# =============================================================================================
UG_SUR = ["Ssemwogerere", "Nalwanga", "Kiggundu", "Nakato", "Babirye", "Ssebunya", "Nabukeera", "Lubega",
          "Nansubuga", "Okello", "Akello", "Ojok", "Atim", "Odongo", "Lakot", "Ocen", "Lokiru", "Nakiru",
          "Lochoro", "Tumusiime", "Ainembabazi", "Kyomuhendo", "Twinomujuni", "Byaruhanga", "Ahimbisibwe",
          "Niwagaba", "Waiswa", "Isabirye", "Nabirye", "Drani", "Ayikoru", "Eyotaru", "Onzima", "Wanyera"]
UG_GIVEN = ["Immaculate", "Prossy", "Scovia", "Fortunate", "Gift", "Innocent", "Moses", "Godfrey", "Brenda",
            "Joweria", "Hadija", "Twaha", "Sulaiman", "Allen", "Proscovia", "Gonzaga", "Lillian", "Dickens",
            "Kenneth", "Mercy", "Peace", "Patience"]
UG_SACCOS = ["Kabale Twezimbe SACCO", "Gulu Women Kwo Ki Cing SACCO", "Masaka Boda Riders SACCO",
             "Mbale Elgon Coffee SACCO", "Arua Tweyambe SACCO"]


def ug_phone(rng: random.Random) -> str:
    n = rng.choice(["77", "78", "76", "70", "75", "74"]) + digits(rng, 7)
    s = rng.randrange(6)
    if s == 0:
        return f"+256 {n[:3]} {n[3:]}"
    if s == 1:
        return "0" + n
    if s == 2:
        return "256" + n
    if s == 3:
        return n
    if s == 4:
        return f"0{n[:3]}-{n[3:]}"
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def t_qualtrics_ug() -> Table:
    rng = random.Random(81008)
    t = Table("qualtrics_sacco_ug",
              "Ugandan SACCO member satisfaction survey distributed by SMS/e-mail link; English values; "
              "Qualtrics export: embedded metadata plus question ids that say nothing (`Q2`, `Q5_TEXT`, `Q7_1`)")
    cols = [("StartDate", False, "timestamp"), ("EndDate", False, "timestamp"), ("Status", False, "status_enum"),
            ("IPAddress", True, "ip_address"), ("Duration (in seconds)", False, "duration"),
            ("Finished", False, "boolean"), ("ResponseId", False, "record_id"),
            ("RecipientLastName", True, "surname"), ("RecipientFirstName", True, "given_name"),
            ("RecipientEmail", True, "email"), ("ExternalReference", False, "member_number"),
            ("LocationLatitude", True, "geo_latitude_ip_derived"), ("LocationLongitude", True, "geo_longitude_ip_derived"),
            ("UserLanguage", False, "language_code"), ("Q1", False, "consent_flag"), ("Q2", True, "national_id_ug_nin"),
            ("Q3", True, "phone"), ("Q4", False, "region"), ("Q5_TEXT", True, "village_parish_of_residence"),
            ("Q6", True, "birth_date"), ("Q7_1", False, "rating_score"), ("Q7_2", False, "rating_score"),
            ("Q7_3", False, "rating_score"), ("Q8", False, "amount"), ("Q9", True, "mobile_money_number"),
            ("Q10_TEXT", True, "free_text_with_names"), ("Q11", True, "referrer_name")]
    for h, p, k in cols:
        t.col(h, p, k)
    villages = [("Central", ["Kisugu, Makindye", "Nsangi", "Kyengera parish", "Bukasa, Wakiso", "Kasubi"]),
                ("Northern", ["Laroo, Gulu city", "Pece", "Unyama", "Koro Abili", "Bobi"]),
                ("Western", ["Rushoroza", "Kigongi, Kabale", "Nyakabungo", "Kiyanga", "Kakiika"]),
                ("Eastern", ["Namabasa, Mbale", "Bududa", "Busamaga", "Nkokonjeru ward", "Bugembe"])]
    ip_pre = ["41.210", "102.85", "154.227", "197.239", "105.21", "41.75"]
    for i in range(306):
        reg, vs = rng.choice(villages)
        female = rng.random() < 0.55
        sur, giv = rng.choice(UG_SUR), rng.choice(UG_GIVEN)
        start = rts(rng, T(2024, 5, 2), T(2024, 7, 30))
        dur = rng.randint(95, 2400)
        finished = rng.random() < 0.88
        yob = rng.randint(1960, 2004)
        nin = f"C{'F' if female else 'M'}{yob % 100:02d}{digits(rng, 5)}{''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(5))}"
        channel_email = rng.random() < 0.4
        ph = ug_phone(rng)
        em = f"{giv.lower()}.{sur.lower()}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'yahoo.com'])}" if channel_email else ""
        lat, lon = {"Central": (0.3476, 32.5825), "Northern": (2.7724, 32.2881), "Western": (-1.2486, 29.9899),
                    "Eastern": (1.0784, 34.1810)}[reg]
        oth = f"{rng.choice(UG_GIVEN)} {rng.choice(UG_SUR)}"
        comment = rng.choice(["", "", "", "Good service", "Loans take too long to be approved",
                              f"The loan officer {oth} is very helpful", f"My husband {rng.choice(UG_GIVEN)} {sur} also wants to join",
                              "Interest is too high", f"Please stop {oth} from collecting money at home",
                              "Mobile money withdrawals fail on weekends", f"Thank you Madam {rng.choice(UG_SUR)}"])
        t.rows.append({
            "StartDate": start.strftime("%Y-%m-%d %H:%M:%S"),
            "EndDate": (start + dt.timedelta(seconds=dur)).strftime("%Y-%m-%d %H:%M:%S"),
            "Status": "IP Address", "IPAddress": f"{rng.choice(ip_pre)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "Duration (in seconds)": dur, "Finished": "True" if finished else "False",
            "ResponseId": "R_" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(15)),
            "RecipientLastName": sur if rng.random() < 0.9 else sur.upper(), "RecipientFirstName": giv,
            "RecipientEmail": em, "ExternalReference": f"{rng.choice(['KTS', 'GWK', 'MBR', 'MEC', 'ATS'])}-{rng.randint(1, 9999):05d}",
            "LocationLatitude": f"{lat + rng.uniform(-0.05, 0.05):.4f}", "LocationLongitude": f"{lon + rng.uniform(-0.05, 0.05):.4f}",
            "UserLanguage": rng.choice(["EN", "EN", "EN", "SW"]), "Q1": "Yes",
            "Q2": maybe(rng, 0.8, nin if rng.random() < 0.85 else nin.lower()), "Q3": ph, "Q4": reg,
            "Q5_TEXT": maybe(rng, 0.9, rng.choice(vs)),
            "Q6": maybe(rng, 0.85, rdate(rng, D(yob, 1, 1), D(yob, 12, 28)).strftime(rng.choice(["%m/%d/%Y", "%d/%m/%Y"]))),
            "Q7_1": rng.randint(1, 5), "Q7_2": rng.randint(1, 5), "Q7_3": maybe(rng, 0.9, rng.randint(1, 5)),
            "Q8": f"{rng.randint(2, 300) * 50000:,}" if finished else "",
            "Q9": maybe(rng, 0.8, ph if rng.random() < 0.7 else ug_phone(rng)), "Q10_TEXT": comment if finished else "",
            "Q11": maybe(rng, 0.4, f"{rng.choice(UG_GIVEN)} {rng.choice(UG_SUR)}")})
    return t


# =============================================================================================
# 9. Bosnia and Herzegovina: parcel carrier transport instructions (EDIFACT IFTMIN paths)
# =============================================================================================
BA_GIVEN_M = ["Edin", "Mirza", "Adnan", "Nermin", "Almir", "Hamza", "Huso", "Mladen", "Nenad", "Milorad",
              "Ante", "Dominik", "Jakov", "Elvis"]
BA_GIVEN_F = ["Emina", "Amra", "Lejla", "Selma", "Dženana", "Šejla", "Ajla", "Fikreta", "Hajrija", "Zejneba",
              "Suada", "Mersiha", "Dragana", "Bosiljka", "Slobodanka", "Ivana"]
BA_SUR = ["Hadžiosmanović", "Dedić", "Ćatić", "Muratbegović", "Bajramović", "Softić", "Mujkanović", "Pašalić",
          "Hodžić", "Mehmedović", "Ćorić", "Zovko", "Đurić", "Kecman", "Stanković", "Papo", "Kabiljo", "Finci",
          "Hrustanović", "Omerović", "Kapetanović", "Vejzović", "Tanović"]
BA_CITIES = [("Sarajevo", "71000", "17"), ("Tuzla", "75000", "18"), ("Zenica", "72000", "19"), ("Mostar", "88000", "15"),
             ("Banja Luka", "78000", "10"), ("Bihać", "77000", "11"), ("Brčko", "76100", "12"), ("Bijeljina", "76300", "18"),
             ("Travnik", "72270", "19"), ("Goražde", "73000", "13"), ("Trebinje", "89101", "15"), ("Livno", "80101", "14"),
             ("Gračanica", "75320", "18"), ("Prnjavor", "78430", "10"), ("Visoko", "71300", "17"), ("Konjic", "88400", "15")]
BA_STREETS = ["Zmaja od Bosne", "Ferhadija", "Titova", "Maršala Tita", "Mehmedalije Maka Dizdara",
              "Kralja Petra I Karađorđevića", "Branilaca Sarajeva", "Džemala Bijedića", "Bulevar Meše Selimovića",
              "Alipašina", "Turalibegova", "Kneza Domagoja"]
BA_COMPANIES = [("Apoteka Lilium d.o.o.", "4200" + "123450008"), ("Studio Enigma s.p., vl. Amra Hodžić", "4301234560002"),
                ("Auto dijelovi Kapetanović d.o.o.", "4218765430007"), ("Frizerski salon Lejla, vl. Lejla Tanović", "4302345670006")]
BA_SHOPS = [(n, g + gs1_digit(g)) for n, g in [("WebShop Balkan Trade d.o.o.", "387000100001"),
                                                ("Modni Kutak d.o.o.", "387000100002"),
                                                ("TechZona BiH d.o.o.", "387000100003")]]


def ba_jmbg(rng: random.Random, dob: dt.date, region: str, female: bool) -> str:
    while True:
        b = rng.randint(500, 999) if female else rng.randint(0, 499)
        p = f"{dob.day:02d}{dob.month:02d}{dob.year % 1000:03d}{region}{b:03d}"
        w = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        m = 11 - sum(x * int(d) for x, d in zip(w, p)) % 11
        if m == 10:
            continue
        return p + str(0 if m == 11 else m)


def ba_phone(rng: random.Random) -> str:
    op = rng.choice(["61", "62", "63", "65", "66", "60"])
    n = digits(rng, 6 if op != "60" else 7)
    s = rng.randrange(6)
    if s == 0:
        return f"+387 {op} {n[:3]} {n[3:]}"
    if s == 1:
        return f"0{op}/{n[:3]}-{n[3:]}"
    if s == 2:
        return f"387{op}{n}"
    if s == 3:
        return f"0{op} {n}"
    if s == 4:
        return f"033/{digits(rng, 3)}-{digits(rng, 3)}"
    return f"00387 {op} {n}"


def t_iftmin_ba() -> Table:
    rng = random.Random(81009)
    t = Table("edifact_iftmin_paketi_ba",
              "Bosnia and Herzegovina parcel carrier's transport instructions from web shops: mostly shipment data "
              "(weights, volumes, barcodes, COD amounts, depots) with the consignee (people and some companies), "
              "JMBG for customs, contact and delivery notes; Bosnian/Croatian/Serbian values; headers are UN/EDIFACT "
              "segment[qualifier].composite.element paths")
    cols = [("UNB.0020", False, "interchange_reference"), ("BGM.C106.1004", False, "document_number"),
            ("DTM[137].C507.2380", False, "document_date"), ("DTM[2].C507.2380", False, "requested_delivery_date"),
            ("CNI.1490", False, "consignment_sequence"), ("GID.C213.7224", False, "package_count"),
            ("MEA[WT][AAB].C174.6314", False, "gross_weight_kg"), ("MEA[VOL][ABJ].C174.6314", False, "volume_m3"),
            ("PCI.C210.7102", False, "parcel_barcode"), ("RFF[CU].C506.1154", False, "order_reference"),
            ("NAD[CZ].C080.3036", False, "company_name_consignor"), ("NAD[CZ].C082.3039", False, "gln_consignor"),
            ("NAD[CN].C080.3036", True, "full_name_mixed_people_companies"), ("NAD[CN].C059.3042", True, "street_address"),
            ("NAD[CN].3164", True, "city"), ("NAD[CN].3251", True, "postal_code"), ("NAD[CN].3207", False, "country_code"),
            ("RFF[AHP].C506.1154", True, "national_id_ba_jmbg_mixed_company_jib"),
            ("CTA[IC].C056.3412", True, "contact_person_name"), ("COM[TE].C076.3148", True, "phone"),
            ("COM[EM].C076.3148", True, "email"), ("MOA[22].C516.5004", False, "cod_amount"),
            ("CUX.C504.6345", False, "currency_code"), ("LOC[7].C517.3225", False, "depot_code"),
            ("FTX[DEL].C108.4440", True, "free_text_with_names"), ("TDT[20].8028", False, "route_code")]
    for h, p, k in cols:
        t.col(h, p, k)
    unb = 5000
    for i in range(404):
        shop, gln = rng.choice(BA_SHOPS)
        city, pc, region = rng.choice(BA_CITIES)
        doc = rts(rng, T(2024, 9, 1), T(2024, 12, 20))
        unb += rng.randint(0, 2)
        if rng.random() < 0.08:
            name, idv = rng.choice(BA_COMPANIES)
            contact = rng.choice(["Recepcija", f"{rng.choice(BA_GIVEN_F)} {rng.choice(BA_SUR)}", ""])
            em = maybe(rng, 0.6, rng.choice(["info@", "narudzbe@"]) + name.split()[0].lower() + ".ba")
        else:
            female = rng.random() < 0.55
            g, s = rng.choice(BA_GIVEN_F if female else BA_GIVEN_M), rng.choice(BA_SUR)
            name = f"{g} {s}" if rng.random() < 0.85 else f"{s.upper()} {g.upper()}"
            dob = rdate(rng, D(1950, 1, 1), D(2005, 12, 31))
            idv = maybe(rng, 0.35, ba_jmbg(rng, dob, region, female))
            contact = maybe(rng, 0.3, rng.choice([name, f"{rng.choice(BA_GIVEN_F + BA_GIVEN_M)} {s}"]))
            asc = "".join(c for c in f"{g}.{s}".lower().replace("đ", "dj").replace("ž", "z").replace("š", "s")
                          .replace("č", "c").replace("ć", "c") if c.isascii())
            em = maybe(rng, 0.7, f"{asc}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'hotmail.com', 'bih.net.ba', 'yahoo.com'])}")
        cod = maybe(rng, 0.7, f"{rng.uniform(9, 650):.2f}")
        nb = rng.choice(BA_GIVEN_F + BA_GIVEN_M)
        ftx = rng.choice(["", "", "", "Zvati prije dostave", f"Ostaviti kod komšije {nb}", "Ne radi zvono, 2. sprat",
                          f"Preuzima {nb} {rng.choice(BA_SUR)}", "Lomljivo!", "Dostava poslije 16h",
                          f"Pozvati {nb} na {ba_phone(rng)}", "Paket ostaviti u trafici"])
        bc = "BA" + digits(rng, 9) + "BH"
        t.rows.append({
            "UNB.0020": f"{unb:08d}", "BGM.C106.1004": f"IFT{doc:%y}{i + 1:06d}",
            "DTM[137].C507.2380": doc.strftime("%Y%m%d%H%M"), "DTM[2].C507.2380": (doc + dt.timedelta(days=rng.randint(1, 3))).strftime("%Y%m%d"),
            "CNI.1490": 1, "GID.C213.7224": rng.choice([1, 1, 1, 2, 3]),
            "MEA[WT][AAB].C174.6314": f"{rng.uniform(0.2, 28):.3f}", "MEA[VOL][ABJ].C174.6314": f"{rng.uniform(0.001, 0.12):.3f}",
            "PCI.C210.7102": bc, "RFF[CU].C506.1154": f"WEB-{rng.randint(100000, 999999)}", "NAD[CZ].C080.3036": shop,
            "NAD[CZ].C082.3039": gln, "NAD[CN].C080.3036": name,
            "NAD[CN].C059.3042": f"{rng.choice(BA_STREETS)} {rng.randint(1, 220)}" + maybe(rng, 0.2, f"/{rng.randint(1, 12)}"),
            "NAD[CN].3164": city, "NAD[CN].3251": pc, "NAD[CN].3207": "BA", "RFF[AHP].C506.1154": idv,
            "CTA[IC].C056.3412": contact, "COM[TE].C076.3148": ba_phone(rng), "COM[EM].C076.3148": em,
            "MOA[22].C516.5004": cod, "CUX.C504.6345": "BAM" if cod else "", "LOC[7].C517.3225": f"BA{pc[:2]}D",
            "FTX[DEL].C108.4440": ftx, "TDT[20].8028": f"R{pc[:2]}-{rng.randint(1, 14):02d}"})
    return t


# =============================================================================================
# 10. Hong Kong: tutoring centre students and parents, traditional-Chinese headers
# =============================================================================================
HK_SUR = [("陳", "Chan"), ("黃", "Wong"), ("李", "Lee"), ("張", "Cheung"), ("梁", "Leung"), ("劉", "Lau"), ("林", "Lam"),
          ("何", "Ho"), ("鄭", "Cheng"), ("謝", "Tse"), ("麥", "Mak"), ("區", "Au"), ("歐陽", "Au Yeung"), ("司徒", "Szeto"),
          ("上官", "Sheung Kwun"), ("諸葛", "Chu Kot"), ("尹", "Wan"), ("佘", "She"), ("冼", "Sin"), ("聶", "Nip"),
          ("岑", "Shum"), ("顏", "Ngan"), ("鄺", "Kwong"), ("蒲", "Po")]
HK_GIVEN = [("嘉欣", "Ka Yan"), ("子軒", "Tsz Hin"), ("浩然", "Ho Yin"), ("凱晴", "Hoi Ching"), ("梓朗", "Tsz Long"),
            ("樂怡", "Lok Yi"), ("卓謙", "Cheuk Him"), ("芷晴", "Tsz Ching"), ("俊傑", "Chun Kit"), ("穎芝", "Wing Chi"),
            ("天佑", "Tin Yau"), ("凱琳", "Hoi Lam"), ("朗軒", "Long Hin"), ("曉彤", "Hiu Tung"), ("卓楠", "Cheuk Nam")]
HK_EN = ["Kelvin", "Winnie", "Ivan", "Jasper", "Chloe", "Hayden", "Kayden", "Ashley", "Yoyo", "Cherry", "Momo",
         "Tiffany", "Marcus", "Ethan", "Hebe", "Sonic", "Issac", "Kaylee", ""]
HK_SA_M = ["Gurpreet Singh", "Muhammad Raza Khan", "Sujan Gurung", "Bishal Limbu", "Aarav Thapa", "Hamza Shafiq"]
HK_SA_F = ["Harjot Kaur", "Ayesha Bibi", "Zainab Ahmed", "Anisha Rai", "Simran Kaur Gill"]
HK_ADDR = [("{d}元州邨元海樓{f}{r:02d}室", "深水埗區"), ("Flat {l}, {f}/F, Block {b}, Kornhill, Quarry Bay", "東區"),
           ("新界沙田禾輋邨豐和樓{f}樓{f}{r:02d}室", "沙田區"), ("Room {f}{r:02d}, Tower {b}, Metro Town, Tseung Kwan O", "西貢區"),
           ("九龍深水埗福華街{n}號{f}樓{l}室", "深水埗區"), ("Flat {l}, {f}/F, {n} Tai Po Road, Sham Shui Po", "深水埗區"),
           ("新界屯門兆康苑兆順閣{f}樓{l}室", "屯門區"), ("天水圍天恒邨恒滿樓{f}{r:02d}室", "元朗區"),
           ("香港仔漁暉苑{b}座{f}樓{l}室", "南區"), ("Flat {l}, {f}/F, {n} Castle Peak Road, Tsuen Wan", "荃灣區"),
           ("九龍觀塘秀茂坪邨秀明樓{f}{r:02d}室", "觀塘區"), ("新界大埔太和邨喜和樓{f}樓{r:02d}室", "大埔區"),
           ("東涌逸東邨{b}座{f}{r:02d}室", "離島區"), ("{n} Nathan Road, {f}/F, Flat {l}, Yau Ma Tei", "油尖旺區")]


def hkid(rng: random.Random) -> str:
    if rng.random() < 0.05:
        pre = rng.choice(["XA", "WX"])
        s = 9 * (ord(pre[0]) - 55) + 8 * (ord(pre[1]) - 55)
    else:
        pre = rng.choice("ABCDEGHKMPRVYZ")
        s = 9 * 36 + 8 * (ord(pre) - 55)
    num = digits(rng, 6)
    s += sum((7 - i) * int(d) for i, d in enumerate(num))
    c = (11 - s % 11) % 11
    cd = "A" if c == 10 else str(c)
    st = rng.randrange(4)
    if st == 0:
        return f"{pre}{num}({cd})"
    if st == 1:
        return f"{pre}{num}{cd}"
    if st == 2:
        return f"{pre}{num} ({cd})"
    return f"{pre}{num}{cd}".lower() if rng.random() < 0.3 else f"{pre}{num}({cd})"


def hk_phone(rng: random.Random) -> str:
    n = rng.choice("5679") + digits(rng, 7)
    s = rng.randrange(6)
    if s == 0:
        return f"{n[:4]} {n[4:]}"
    if s == 1:
        return f"+852 {n[:4]} {n[4:]}"
    if s == 2:
        return "852" + n
    if s == 3:
        return n
    if s == 4:
        return f"{n[:4]}-{n[4:]}"
    return f"(852) {n}"


def t_tutoring_hk() -> Table:
    rng = random.Random(81010)
    t = Table("buzhishe_xuesheng_hk",
              "Hong Kong tutoring centre student and parent register; Chinese and English names (Cantonese "
              "romanisation), South Asian Hongkongers, HKID/birth-certificate numbers; traditional-Chinese headers")
    cols = [("學生編號", False, "student_number"), ("中文姓名", True, "full_name_chinese"), ("英文姓名", True, "full_name_latin"),
            ("性別", False, "gender"), ("出生日期", True, "birth_date"), ("香港身份證號碼", True, "national_id_hk_hkid"),
            ("學校", False, "school_name"), ("年級", False, "grade_level"), ("住址", True, "street_address"),
            ("地區", True, "district_of_residence"), ("家長姓名", True, "parent_name"), ("關係", False, "relationship_enum"),
            ("家長手提電話", True, "phone"), ("家長電郵", True, "email"), ("緊急聯絡人", True, "emergency_contact_name_and_phone"),
            ("報讀課程", False, "course_name"), ("導師", True, "tutor_name"), ("每月學費 (HK$)", False, "amount"),
            ("付款方式", False, "payment_method_enum"), ("轉數快識別碼", True, "fps_payment_proxy_id"),
            ("入讀日期", False, "enrolment_date"), ("備註", True, "free_text_with_names"), ("建立時間", False, "created_at_timestamp"),
            ("更新者", True, "username")]
    for h, p, k in cols:
        t.col(h, p, k)
    schools = ["聖保羅男女中學", "協恩中學", "培僑書院", "Delia School of Canada", "保良局陳守仁小學", "順德聯誼總會翁祐中學",
               "李陞小學", "香港道教聯合會圓玄學院第一中學"]
    grades = ["P.4", "P.5", "P.6", "中一", "中二", "中三", "F.4", "F.5", "DSE 中六"]
    courses = ["DSE 英文作文班", "中一數學精讀", "小五呈分試操練", "DSE 化學", "中文閱讀理解", "IELTS 預備班", "Phonics"]
    tutors = ["Mr. Lam", "Miss Chan", "陳Sir", "Miss 何嘉儀", "Mr. Ivan Szeto", "黃老師", "Ms. Kaur"]
    users = ["admin", "front_desk1", "kellyho", "jasonlam.tc"]
    sid = 0
    for i in range(262):
        sid += rng.randint(1, 4)
        sa = rng.random() < 0.1
        female = rng.random() < 0.5
        sc, se = rng.choice(HK_SUR)
        gc_, ge = rng.choice(HK_GIVEN)
        if sa:
            zh = ""
            en = rng.choice(HK_SA_F if female else HK_SA_M)
        else:
            zh = sc + gc_
            eng = rng.choice(HK_EN)
            st = rng.randrange(3)
            en = (f"{se.upper()} {ge}" if st == 0 else f"{eng} {se} {ge}".strip() if st == 1
                  else f"{se.upper()}, {ge.upper()}{(' ' + eng.upper()) if eng else ''}")
        dob = rdate(rng, D(2006, 9, 1), D(2016, 8, 31))
        pz = rng.choice(HK_SUR)
        pg = rng.choice(HK_GIVEN)
        rel = rng.choice(["母親", "父親", "母親", "祖母", "工人姐姐"])
        if sa:
            rel = rng.choice(["母親", "父親"])
            parent = rng.choice(HK_SA_F if rel == "母親" else HK_SA_M)
        elif rel == "工人姐姐":
            parent = rng.choice(["Marites Dumalaog", "Siti Rahayu", "Lorna Bacud", "Sri Wahyuni"])
        elif rel == "父親":
            parent = rng.choice([f"{sc}{pg[0]}", f"{se.upper()} {pg[1]}", f"{sc}生"])
        else:
            parent = rng.choice([f"{pz[0]}{pg[0]}", f"{pz[1].upper()} {pg[1]}", f"{sc}太", f"Mrs. {se}"])
        ph = hk_phone(rng)
        tpl, dist = rng.choice(HK_ADDR)
        addr = tpl.format(d=rng.choice(["九龍", ""]), f=rng.randint(2, 38), r=rng.randint(1, 30),
                                          l=rng.choice("ABCDEFGH"), b=rng.randint(1, 12), n=rng.randint(1, 280))
        fee = rng.choice([1280, 1480, 1880, 2200, 2680, 3200])
        pay = rng.choice(["轉數快 FPS", "現金", "支票", "PayMe", "轉數快 FPS"])
        fps = ""
        if pay.startswith("轉數快"):
            fps = rng.choice([digits(rng, 7), ph, digits(rng, 9)])
        ec = rng.choice(HK_SUR)
        emergency = f"{ec[0]}{rng.choice(['太', '生', '婆婆'])} {hk_phone(rng)}"
        note = rng.choice(["", "", "", "", f"由姐姐{sc}{rng.choice(HK_GIVEN)[0]}接放學", "SEN: 讀寫障礙，考試加時",
                           "兄弟同班九折", f"Pick-up by helper {rng.choice(['Marites', 'Siti', 'Lorna'])}", "對花生敏感",
                           f"與{rng.choice(HK_SUR)[0]}{rng.choice(HK_GIVEN)[0]}同一組", "欠交十月學費"])
        enrol = rdate(rng, D(2022, 9, 1), D(2024, 10, 31))
        t.rows.append({
            "學生編號": f"S{sid:05d}" if rng.random() < 0.8 else str(sid), "中文姓名": zh, "英文姓名": en,
            "性別": rng.choice(["女", "F"]) if female else rng.choice(["男", "M"]),
            "出生日期": dob.strftime(rng.choice(["%d/%m/%Y", "%Y-%m-%d", "%Y年%m月%d日"])),
            "香港身份證號碼": maybe(rng, 0.85, hkid(rng)), "學校": rng.choice(schools), "年級": rng.choice(grades),
            "住址": addr, "地區": dist, "家長姓名": parent, "關係": rel, "家長手提電話": ph,
            "家長電郵": maybe(rng, 0.75, f"{rng.choice(['mandy', 'kelly', 'candy', 'wingchi', 'raymond', 'eric'])}{se.lower().replace(' ', '')}{rng.randint(1, 999)}@{rng.choice(['gmail.com', 'yahoo.com.hk', 'netvigator.com', 'hotmail.com'])}"),
            "緊急聯絡人": maybe(rng, 0.7, emergency), "報讀課程": rng.choice(courses), "導師": rng.choice(tutors),
            "每月學費 (HK$)": f"${fee:,}", "付款方式": pay, "轉數快識別碼": fps, "入讀日期": enrol.strftime("%Y-%m-%d"),
            "備註": note, "建立時間": rts(rng, T(enrol.year, enrol.month, enrol.day) - dt.timedelta(days=3),
                                      T(enrol.year, enrol.month, enrol.day)).strftime("%Y-%m-%d %H:%M:%S"),
            "更新者": rng.choice(users)})
    return t


TABLES = [t_cacao_ci, t_moodle_co, t_gedhoru_mv, t_clinica_ve, t_tenancy_ae, t_grant_md, t_dogtax_sk,
          t_qualtrics_ug, t_iftmin_ba, t_tutoring_hk]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for fn in TABLES:
        t = fn()
        assert 250 <= len(t.rows) <= 450 and 15 <= len(t.cols) <= 28, (t.name, len(t.rows), len(t.cols))
        t.write()
        print(f"{t.name}: {len(t.rows)} x {len(t.cols)}, pii cols {sum(1 for c in t.cols if c[1])}")


if __name__ == "__main__":
    main()
