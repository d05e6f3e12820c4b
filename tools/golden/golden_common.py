"""Shared helpers for the golden-set generators (standard library only, deterministic).

Everything here is written from general knowledge of real-world data formats; checksums of
national identifiers and IBANs are computed so the values are format-valid but fictitious.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
import string
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# ---------------------------------------------------------------------------------------------
# Names per locale: (male given names, female given names, surnames). Each list mixes very common
# names with rare, old-fashioned or immigrant names that are unlikely to be in a dictionary.
# ---------------------------------------------------------------------------------------------
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "en_US": (
        ["James", "Michael", "Robert", "David", "William", "Joseph", "Daniel", "Matthew", "Anthony", "Tyrone",
         "DeShawn", "Jaxon", "Bartholomew", "Ezekiel", "Thaddeus", "Oluwaseun", "Nguyen", "Santiago", "Rohan",
         "Kwame", "Dmitri", "Cormac", "Augustus", "Lemuel", "Jedidiah", "Hiroshi", "Bao", "Tariq", "Kenji",
         "Brantley"],
        ["Mary", "Jennifer", "Linda", "Jessica", "Ashley", "Emily", "Sarah", "Brittany", "LaKeisha", "Aaliyah",
         "Xiomara", "Marisol", "Priyanka", "Thandiwe", "Ngozi", "Mei-Ling", "Oksana", "Winifred", "Philippa",
         "Zuleika", "Makenna", "Brynlee", "Saoirse", "Imogen", "Esperanza", "Yesenia", "Keziah", "Temperance",
         "Anjali", "Dagny"],
        ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
         "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Nguyen", "Okafor", "Patel", "Kowalczyk",
         "O'Sullivan", "McAllister", "Washington", "Vanderbilt", "Abernathy", "Quintanilla", "Szymanski",
         "Blackfeather", "Oyelaran", "Tran", "Delacroix-Hughes", "Yazzie", "Featherstonehaugh", "Kim", "Cohen"],
    ),
    "en_GB": (
        ["Oliver", "George", "Harry", "Jack", "Charlie", "Thomas", "Alfie", "Rhys", "Callum", "Hamish",
         "Tadhg", "Lachlan", "Ieuan", "Dafydd", "Ruaridh", "Mohammed", "Kieran", "Jolyon", "Piers", "Tarquin",
         "Gethin", "Ossian", "Aneurin", "Barnaby"],
        ["Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophie", "Niamh", "Aoife", "Siobhan", "Morag", "Eilidh",
         "Bronwen", "Gwenllian", "Ffion", "Cerys", "Hermione", "Araminta", "Perpetua", "Jemima", "Rosamund",
         "Nkechi", "Fatima", "Kirsty", "Tamsin"],
        ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker",
         "Wright", "Thompson", "MacLeod", "Llewellyn", "ap Rhys", "Cholmondeley", "Ffoulkes", "Urquhart",
         "Menzies", "Begum", "Ahmed", "Khan", "Oyelowo", "Pennington-Smythe", "Tregothnan", "Quiller",
         "Strachan", "Mackintosh"],
    ),
    "en_AU": (
        ["Jack", "Noah", "William", "Lachlan", "Cooper", "Harrison", "Riley", "Bodhi", "Jarrah", "Koa",
         "Ngaio", "Tane", "Wiremu", "Minh", "Arjun", "Thanh", "Brodie", "Fergus", "Tjandamurra"],
        ["Charlotte", "Olivia", "Mia", "Matilda", "Chloe", "Isla", "Kirra", "Tahlia", "Jedda", "Marlee",
         "Aroha", "Mahalia", "Linh", "Anh", "Priya", "Bindi", "Sheree", "Kylie"],
        ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Nguyen", "Tran", "Le", "Kelly", "Ryan",
         "Campbell", "Walker", "Papadopoulos", "Giannakopoulos", "Singh", "Ngata", "Te Whata", "Morrissey",
         "Yunupingu", "Mundine", "Kowalski", "Fitzgerald"],
    ),
    "de_DE": (
        ["Lukas", "Maximilian", "Jonas", "Felix", "Leon", "Thomas", "Michael", "Andreas", "Stefan", "Jürgen",
         "Klaus-Dieter", "Hans-Joachim", "Bartholomäus", "Eckehard", "Wolfram", "Gottlieb", "Ruprecht",
         "Kasimir", "Ansgar", "Volkmar", "Mehmet", "Emre", "Dragan", "Oleksandr", "Björn", "Sönke"],
        ["Anna", "Lena", "Laura", "Julia", "Sabine", "Petra", "Monika", "Ursula", "Hannelore", "Gudrun",
         "Radegunde", "Ottilie", "Walburga", "Hildegard", "Liesel", "Ayşe", "Zeynep", "Svetlana", "Marlene",
         "Friederike", "Wiebke", "Imke", "Swantje", "Anneliese"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
         "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
         "Yılmaz", "Kaya", "Nowak", "Großkopf", "von Bülow", "Oberhäuser", "Pfeiffer-Liebig", "Kreuzkamp",
         "Dörrbecker", "Zwanziger", "Habicht", "Übelacker"],
    ),
    "fr_FR": (
        ["Jean", "Pierre", "Michel", "Philippe", "Nicolas", "Julien", "Thomas", "Kévin", "Jean-Baptiste",
         "François-Xavier", "Gaëtan", "Anatole", "Théophile", "Aurélien", "Enguerrand", "Yannick", "Gwenaël",
         "Mamadou", "Karim", "Youssef", "Loïc", "Hervé", "Côme", "Baptistin"],
        ["Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Camille", "Chloé", "Léa", "Manon",
         "Marie-Thérèse", "Bérénice", "Ghislaine", "Clothilde", "Éléonore", "Maëlys", "Rosalie", "Aïcha",
         "Fatoumata", "Nolwenn", "Solène", "Apolline", "Gwladys", "Héloïse", "Mireille"],
        ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
         "Lefèvre", "Garnier", "Rousseau", "Fontaine", "Chevalier", "Le Goff", "Kerbrat", "Diallo",
         "Benali", "N'Diaye", "de La Rochefoucauld", "Delacour-Vasseur", "Quéméneur", "Bourguignon",
         "Lemaître", "Hébert", "Roux", "Giraud"],
    ),
    "es_ES": (
        ["Antonio", "José", "Manuel", "Francisco", "David", "Javier", "Daniel", "Carlos", "Alejandro",
         "José María", "Juan Carlos", "Gumersindo", "Anacleto", "Eustaquio", "Iñaki", "Aitor", "Xabier",
         "Jordi", "Pau", "Brais", "Uxío", "Abdelkader", "Wilmer", "Yeray"],
        ["María", "Carmen", "Ana", "Isabel", "Laura", "Lucía", "Marta", "Cristina", "María del Carmen",
         "Ainhoa", "Itziar", "Nerea", "Montserrat", "Núria", "Uxía", "Iria", "Covadonga", "Begoña",
         "Eulalia", "Visitación", "Rocío", "Macarena", "Yaiza", "Ximena"],
        ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
         "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero",
         "Etxeberria", "Goikoetxea", "Puigdemont", "Vilaró", "Castañeda", "Iglesias", "Olabarrieta",
         "Fernández de Córdoba", "Ibáñez", "Zubizarreta", "Quiroga", "Otero"],
    ),
    "pt_BR": (
        ["João", "José", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos",
         "Gabriel", "Rafael", "Weverton", "Claudisnei", "Josué", "Valdemir", "Wellington", "Kauã",
         "Cauã", "Deivid", "Edivaldo", "Juscelino", "Raimundo", "Thiago"],
        ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia",
         "Aline", "Maria José", "Leocádia", "Jucilene", "Kethellen", "Dayane", "Rayssa", "Thayná",
         "Valdirene", "Conceição", "Iracema", "Graziele", "Lorena", "Yasmin", "Gislaine"],
        ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima",
         "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Sousa", "Fernandes",
         "Nascimento", "Araújo", "Cavalcanti", "Albuquerque", "Nakamura", "Yamamoto", "Schneider",
         "Bittencourt", "Figueiredo", "Guimarães", "Magalhães", "Conceição"],
    ),
    "it_IT": (
        ["Giuseppe", "Giovanni", "Antonio", "Mario", "Luigi", "Francesco", "Alessandro", "Andrea", "Marco",
         "Lorenzo", "Gianluca", "Pierpaolo", "Ermenegildo", "Gaspare", "Calogero", "Saverio", "Tancredi",
         "Ippolito", "Rosario", "Vittorio", "Alfio", "Nunzio"],
        ["Maria", "Anna", "Giuseppina", "Rosa", "Angela", "Giovanna", "Teresa", "Lucia", "Francesca",
         "Chiara", "Giulia", "Assunta", "Concetta", "Immacolata", "Iolanda", "Ornella", "Benedetta",
         "Letizia", "Ludovica", "Carmela", "Nunzia", "Addolorata"],
        ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
         "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Lo Bianco",
         "Di Benedetto", "D'Angelo", "Santangelo", "Pellegrino", "Castiglione", "Zanetti", "Brambilla",
         "Quagliarella", "Sciacca"],
    ),
    "nl_NL": (
        ["Jan", "Pieter", "Johannes", "Hendrik", "Willem", "Daan", "Sem", "Bram", "Thijs", "Sjoerd",
         "Wubbe", "Fokke", "Jelle", "Gerrit", "Joost", "Maarten", "Ruud", "Mohamed", "Youssef",
         "Anouar", "Teun", "Lieuwe", "Evert"],
        ["Maria", "Anna", "Johanna", "Emma", "Sophie", "Julia", "Fleur", "Sanne", "Anouk", "Femke",
         "Hiske", "Trijntje", "Geertruida", "Aaltje", "Tjitske", "Ilse", "Marloes", "Naima", "Fatma",
         "Ineke", "Wietske", "Lotte"],
        ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser",
         "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
         "van der Meulen", "Hoekstra", "Dijkstra", "Zwart", "Kuipers", "van 't Hof", "El Amrani",
         "Yıldız", "Oosterhuis", "Brouwer", "ter Horst"],
    ),
    "pl_PL": (
        ["Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Grzegorz",
         "Przemysław", "Zbigniew", "Wojsław", "Bogumił", "Szczepan", "Bożydar", "Ziemowit", "Mieszko",
         "Radosław", "Jarosław", "Kacper", "Wiesław", "Dariusz"],
        ["Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna",
         "Magdalena", "Joanna", "Grażyna", "Bożena", "Jadwiga", "Wiesława", "Dobrosława", "Bronisława",
         "Zdzisława", "Żaneta", "Iwona", "Kinga", "Zuzanna", "Halyna"],
        ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
         "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski",
         "Krawczyk", "Piotrowski", "Grzegorzewski", "Szczęsny", "Brzęczyszczykiewicz", "Chrząszcz",
         "Źdźbło", "Kaczmarek", "Pietrzak", "Sobczak"],
    ),
    "sv_SE": (
        ["Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Nils", "Björn", "Oskar", "Axel", "Sixten",
         "Algot", "Ture", "Holger", "Torsten", "Gösta", "Ahmed", "Hassan", "Arvid", "Leif"],
        ["Anna", "Maria", "Margareta", "Elisabeth", "Eva", "Kristina", "Birgitta", "Karin", "Ingrid",
         "Astrid", "Sigrid", "Ebba", "Signe", "Ylva", "Gunilla", "Solveig", "Märta", "Agnetha",
         "Amira", "Elvira"],
        ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
         "Svensson", "Gustafsson", "Pettersson", "Lindqvist", "Lindström", "Bergström", "Sjöberg",
         "Öhman", "Åkesson", "af Klintberg", "Hadžić", "Mohammed", "Wallenberg", "Strömgren"],
    ),
    "tr_TR": (
        ["Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf",
         "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Oğuzhan", "Tuğrul", "Çağatay", "Alparslan",
         "Erdem", "Kağan"],
        ["Fatma", "Ayşe", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan",
         "Hanife", "Merve", "Büşra", "Özlem", "Gülşen", "Nurcan", "Şükran", "Dilek", "Tülay", "İpek",
         "Ebru"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
         "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek",
         "Karaağaçlı", "Bayraktaroğlu", "Güleryüz"],
    ),
    "cs_CZ": (
        ["Jiří", "Jan", "Petr", "Josef", "Pavel", "Martin", "Tomáš", "Jaroslav", "Miroslav", "Zdeněk",
         "Václav", "Bořivoj", "Radovan", "Vratislav", "Dalibor", "Čeněk", "Ondřej", "Lubomír"],
        ["Jana", "Marie", "Eva", "Hana", "Anna", "Lenka", "Kateřina", "Věra", "Lucie", "Alena",
         "Božena", "Drahomíra", "Libuše", "Zdenka", "Ludmila", "Jiřina", "Vlasta", "Radka"],
        ["Novák", "Svoboda", "Novotný", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák",
         "Němec", "Pokorný", "Marek", "Pospíšil", "Hájek", "Král", "Jelínek", "Růžička", "Beneš",
         "Fiala", "Sedláček", "Zelenka", "Kříž", "Šťastný", "Vondráček"],
    ),
}

# Czech female surnames are derived (Novák -> Nováková); Polish -ski -> -ska.
CS_FEMALE = {"Novák": "Nováková", "Svoboda": "Svobodová", "Novotný": "Novotná", "Dvořák": "Dvořáková",
             "Černý": "Černá", "Procházka": "Procházková", "Kučera": "Kučerová", "Veselý": "Veselá",
             "Horák": "Horáková", "Němec": "Němcová", "Pokorný": "Pokorná", "Marek": "Marková",
             "Pospíšil": "Pospíšilová", "Hájek": "Hájková", "Král": "Králová", "Jelínek": "Jelínková",
             "Růžička": "Růžičková", "Beneš": "Benešová", "Fiala": "Fialová", "Sedláček": "Sedláčková",
             "Zelenka": "Zelenková", "Kříž": "Křížová", "Šťastný": "Šťastná", "Vondráček": "Vondráčková"}


def feminize(locale: str, surname: str) -> str:
    if locale == "cs_CZ":
        return CS_FEMALE.get(surname, surname)
    if locale == "pl_PL":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if surname.endswith(a):
                return surname[: -len(a)] + b
    return surname


def person(rng: random.Random, locale: str) -> dict:
    male, female, surnames = NAMES[locale]
    sex = rng.choice("MF")
    first = rng.choice(male if sex == "M" else female)
    last = rng.choice(surnames)
    if sex == "F":
        last = feminize(locale, last)
    other_first = rng.choice(male + female)
    return {"sex": sex, "first": first, "last": last, "middle": other_first}


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ı", "i")
    s = s.replace("æ", "ae").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email_for(rng: random.Random, first: str, last: str, domains: list[str]) -> str:
    f = ascii_fold(first).lower().replace(" ", "").replace("'", "")
    la = ascii_fold(last).lower().replace(" ", "").replace("'", "")
    f = f.replace("-", "")
    pattern = rng.randrange(8)
    if pattern == 0:
        local = f"{f}.{la}"
    elif pattern == 1:
        local = f"{f[0]}{la}"
    elif pattern == 2:
        local = f"{f}{rng.randint(1, 99)}"
    elif pattern == 3:
        local = f"{la}.{f[0]}"
    elif pattern == 4:
        local = f"{f}_{la}{rng.randint(60, 2005)}"
    elif pattern == 5:
        local = f"{f}.{la}"
    elif pattern == 6:
        local = f"{la}{f[:3]}"
    else:
        local = f"{f[0]}.{la}{rng.randint(1, 9)}"
    local = local.replace("-", "")
    return f"{local}@{rng.choice(domains)}"


def rand_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def rand_ts(rng: random.Random, start: dt.datetime, end: dt.datetime) -> dt.datetime:
    return start + dt.timedelta(seconds=rng.randrange(int((end - start).total_seconds())))


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------------------------------------
# Identifiers with real checksum algorithms (values are fictitious).
# ---------------------------------------------------------------------------------------------
def luhn_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card_number(rng: random.Random, brand: str | None = None) -> tuple[str, str]:
    brand = brand or rng.choice(["visa", "visa", "mastercard", "mastercard", "amex", "discover"])
    if brand == "visa":
        body = "4" + digits(rng, 14)
    elif brand == "mastercard":
        body = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]) + ""
        body = body + digits(rng, 15 - len(body))
    elif brand == "amex":
        body = rng.choice(["34", "37"]) + digits(rng, 12)
    else:
        body = "6011" + digits(rng, 11)
    return brand, body + luhn_digit(body)


def spreadsheet_number(num: str, rng: random.Random, p_exp: float = 0.3) -> str:
    """How a spreadsheet exports a long digit string that was typed as a number."""
    r = rng.random()
    if r < p_exp:
        # e.g. 4.53201E+15 / 4.532015e+15
        mant = f"{num[0]}.{num[1:rng.choice([3, 5, 6])]}".rstrip("0").rstrip(".")
        exp = len(num) - 1
        return f"{mant}{rng.choice(['E+', 'e+'])}{exp}"
    return num


def us_ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def fr_nir(rng: random.Random, sex: str, birth: dt.date) -> str:
    dept = rng.choice(["75", "69", "13", "33", "59", "44", "35", "67", "06", "2A", "2B", "971", "99"])
    if len(dept) == 3:
        commune = f"{rng.randint(1, 34):02d}"
    else:
        commune = f"{rng.randint(1, 400):03d}"
    order = f"{rng.randint(1, 999):03d}"
    body = f"{1 if sex == 'M' else 2}{birth.year % 100:02d}{birth.month:02d}{dept}{commune}{order}"
    numeric = body.replace("2A", "19").replace("2B", "18")
    key = 97 - int(numeric) % 97
    return f"{body}{key:02d}"


def es_dni(rng: random.Random) -> str:
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    if rng.random() < 0.12:  # NIE for foreign residents
        prefix = rng.choice("XYZ")
        n = rng.randint(0, 9999999)
        val = int("XYZ".index(prefix).__str__() + f"{n:07d}")
        return f"{prefix}{n:07d}{letters[val % 23]}"
    n = rng.randint(1000000, 79999999)
    return f"{n:08d}{letters[n % 23]}"


def pl_pesel(rng: random.Random, sex: str, birth: dt.date) -> str:
    month = birth.month + (20 if birth.year >= 2000 else 0)
    base = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{rng.randint(0, 999):03d}"
    sexd = rng.choice("13579" if sex == "M" else "02468")
    base += sexd
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(c) * w for c, w in zip(base, weights, strict=True))
    return base + str((10 - s % 10) % 10)


def nl_bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(v * w for v, w in zip(d, range(9, 1, -1), strict=True))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d)) + str(last)


def br_cpf(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(v * w for v, w in zip(d, range(n, 1, -1), strict=True))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def de_steuer_id(rng: random.Random) -> str:
    # 11 digits, first digit non-zero, ISO 7064 MOD 11,10 check digit
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(9)]
        if len(set(d)) >= 8:
            break
    product = 10
    for v in d:
        total = (v + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    check = 11 - product
    if check == 10:
        check = 0
    return "".join(map(str, d)) + str(check)


def uk_nino(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    return f"{first}{second}{digits(rng, 6)}{rng.choice('ABCD')}"


def se_personnummer(rng: random.Random, sex: str, birth: dt.date, century: bool = True) -> str:
    serial3 = rng.randint(0, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if sex == "M" else [0, 2, 4, 6, 8])
    core = f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}{serial3:03d}"
    check = luhn_digit(core)
    if century:
        return f"{birth.year}{birth.month:02d}{birth.day:02d}-{serial3:03d}{check}"
    return f"{core[:6]}-{serial3:03d}{check}"


def tr_tckn(rng: random.Random) -> str:
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def cz_rodne_cislo(rng: random.Random, sex: str, birth: dt.date) -> str:
    month = birth.month + (50 if sex == "F" else 0)
    while True:
        head = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}"
        serial = f"{rng.randint(0, 999):03d}"
        num = int(head + serial)
        check = num % 11
        if check == 10:
            continue
        return f"{head}/{serial}{check}"


def it_codice_fiscale(first: str, last: str, sex: str, birth: dt.date, belfiore: str) -> str:
    vowels = "AEIOU"

    def letters(s: str) -> str:
        return "".join(c for c in ascii_fold(s).upper() if c.isalpha())

    def part(s: str, is_name: bool) -> str:
        s = letters(s)
        cons = [c for c in s if c not in vowels]
        vows = [c for c in s if c in vowels]
        if is_name and len(cons) >= 4:
            cons = [cons[0], cons[2], cons[3]]
        return ("".join(cons + vows) + "XXX")[:3]

    months = "ABCDEHLMPRST"
    day = birth.day + (40 if sex == "F" else 0)
    code = f"{part(last, False)}{part(first, True)}{birth.year % 100:02d}{months[birth.month - 1]}{day:02d}{belfiore}"
    odd = {
        **{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
        **dict(zip(string.ascii_uppercase,
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23],
                   strict=True)),
    }
    total = 0
    for i, c in enumerate(code):
        if i % 2 == 0:
            total += odd[c]
        else:
            total += int(c) if c.isdigit() else string.ascii_uppercase.index(c)
    return code + string.ascii_uppercase[total % 26]


def iban(rng: random.Random, country: str) -> str:
    bban_spec = {
        "DE": lambda: digits(rng, 8) + digits(rng, 10),
        "FR": lambda: digits(rng, 5) + digits(rng, 5) + token(rng, 11, string.digits + string.ascii_uppercase[:6])
        + digits(rng, 2),
        "ES": lambda: digits(rng, 20),
        "NL": lambda: rng.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB"]) + digits(rng, 10),
        "PL": lambda: digits(rng, 24),
        "IT": lambda: rng.choice(string.ascii_uppercase) + digits(rng, 10) + digits(rng, 12),
        "GB": lambda: rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14),
        "PT": lambda: digits(rng, 21),
        "BE": lambda: digits(rng, 12),
        "AT": lambda: digits(rng, 16),
        "CH": lambda: digits(rng, 17),
        "SE": lambda: digits(rng, 20),
        "TR": lambda: digits(rng, 5) + "0" + digits(rng, 16),
        "CZ": lambda: rng.choice(["0800", "0100", "0300", "2010", "5500"]) + digits(rng, 16),
    }
    bban = bban_spec[country]()
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(numeric) % 97
    return f"{country}{check:02d}{bban}"


def group4(s: str) -> str:
    return " ".join(s[i: i + 4] for i in range(0, len(s), 4))


def ipv4(rng: random.Random) -> str:
    while True:
        a = rng.randint(1, 223)
        if a not in (10, 127, 169, 172, 192):
            break
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    groups = [rng.choice(["2001", "2a02", "2a01", "2600", "2804", "2405"]), f"{rng.randint(0, 0xffff):x}"]
    groups += [f"{rng.randint(0, 0xffff):x}" for _ in range(6)]
    s = ":".join(groups)
    if rng.random() < 0.5:
        groups[3:6] = [""]
        s = ":".join(groups).replace(":::", "::")
    return s


def uuid4(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def bcrypt_hash(rng: random.Random) -> str:
    alpha = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
    return f"$2b${rng.choice(['10', '12', '12'])}${token(rng, 53, alpha)}"


def hexstr(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(["" if v is None else v for v in r])


def yq(s: str) -> str:
    """Quote a string for YAML (JSON string syntax is valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def yscalar(v) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return str(v)
    return yq(str(v))


def fmt_date(d: dt.date, style: str) -> str:
    return d.strftime(style)
