"""Blind transformation-by-example tasks: task families that do not occur in the dev set."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

from synth_common import Task, dec

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
         (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                    "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: (i + 2) * 10 for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}


def trim_num(x: Decimal) -> str:
    s = format(x.normalize(), "f")
    return s


def url_tasks() -> list[Task]:
    T = []
    T.append(Task("url_host_01", "url", "Host name of a URL without a leading 'www.'.", ["url"],
                  ["https://www.example.com/path?x=1", "http://shop.acme.de/de/produkte", "https://www.bbc.co.uk/news",
                   "https://www.github.com/user/repo", "ftp://files.server.org/pub/readme.txt",
                   "http://www.zalando.de/?q=schuhe", "https://api.stripe.com/v1/charges", "https://www.gov.pl"],
                  lambda s: re.sub(r"^www\.", "", urlsplit(s).hostname)))
    T.append(Task("url_path_02", "url", "Path of a URL (without query string).", ["url"],
                  ["https://example.com/products/123?ref=home", "http://shop.de/", "https://a.io/docs/api/v2#auth",
                   "https://example.com/blog/2024/03/hello-world", "https://x.org/search?q=test", "http://h.com/a/b/c/",
                   "https://cdn.site.net/img/logo.svg"],
                  lambda s: urlsplit(s).path))
    T.append(Task("url_utm_source_03", "url", "Value of the utm_source parameter; empty if absent.", ["landing_url"],
                  [("https://x.com/?utm_source=google&utm_medium=cpc", "google"),
                   ("https://x.com/sale", ""),
                   ("https://shop.de/p/1?ref=a&utm_source=newsletter", "newsletter"),
                   ("https://x.com/?utm_medium=email&utm_source=mailchimp", "mailchimp"),
                   ("https://x.com/?utm_campaign=bf", ""),
                   ("https://y.org/landing?utm_source=facebook", "facebook"),
                   ("https://z.io/?utm_source=linkedin&utm_content=v2", "linkedin")]))
    T.append(Task("url_filename_04", "url", "File name at the end of a URL.", ["url"],
                  ["https://cdn.example.com/img/photo_001.jpg?v=2", "https://x.org/files/report-2024.pdf",
                   "http://dl.site.net/setup.exe", "https://example.com/a/b/archive.tar.gz",
                   "https://static.shop.de/p/12345/front.webp?w=800", "http://x.io/data.csv", "https://y.com/logo.svg#top"],
                  lambda s: urlsplit(s).path.rsplit("/", 1)[1]))
    T.append(Task("url_origin_05", "url", "Origin (scheme and host) of a URL.", ["url"],
                  ["https://example.com/a/b", "http://shop.acme.de/de?x=1", "https://api.stripe.com/v1/charges",
                   "https://www.bbc.co.uk/news/world", "http://localhost/index.html", "https://sub.domain.io/x/y",
                   "http://intranet.corp/wiki/Home"],
                  lambda s: f"{urlsplit(s).scheme}://{urlsplit(s).hostname}"))
    assert parse_qs  # imported for readers who want to check the utm task by code
    return T


def path_tasks() -> list[Task]:
    T = []

    def base(s: str) -> str:
        return re.split(r"[\\/]", s)[-1]

    T.append(Task("path_extension_01", "filepath", "File extension (after the last dot); empty if none.", ["path"],
                  ["report.final.pdf", "C:\\Users\\ana\\data.xlsx", "/var/log/syslog", "archive.tar.gz",
                   "/home/bob/photo.JPG", "D:\\backup\\notes", "README.md"],
                  lambda s: base(s).rsplit(".", 1)[1] if "." in base(s) else ""))
    T.append(Task("path_stem_02", "filepath", "File name without directory and without the last extension.",
                  ["path"],
                  ["/home/ana/report.final.pdf", "C:\\temp\\data.csv", "notes.txt", "/srv/www/index.html",
                   "D:\\Fotos\\urlaub_2023.jpeg", "/tmp/backup.tar.gz", "C:\\Program Files\\app\\config.ini"],
                  lambda s: base(s).rsplit(".", 1)[0]))
    T.append(Task("path_directory_03", "filepath", "Directory part of a POSIX path.", ["path"],
                  ["/home/ana/docs/cv.pdf", "/var/log/nginx/access.log", "/etc/hosts", "/srv/www/html/index.html",
                   "/usr/local/bin/python3", "/opt/app/config/settings.yaml", "/tmp/x"],
                  lambda s: s.rsplit("/", 1)[0]))
    T.append(Task("path_windows_to_posix_04", "filepath", "Windows path to a Git-Bash style POSIX path.", ["path"],
                  ["C:\\Users\\ana\\file.txt", "D:\\data\\2024\\sales.csv", "C:\\Program Files\\App",
                   "E:\\backup\\db.bak", "C:\\temp", "D:\\Fotos\\Urlaub 2023\\IMG_0001.JPG", "F:\\x\\y\\z.md"],
                  lambda s: "/" + s[0].lower() + s[2:].replace("\\", "/")))
    return T


def duration_tasks() -> list[Task]:
    T = []

    def iso_min(s: str) -> str:
        h = re.search(r"(\d+)H", s)
        m = re.search(r"(\d+)M", s)
        return str((int(h.group(1)) if h else 0) * 60 + (int(m.group(1)) if m else 0))

    T.append(Task("duration_iso8601_minutes_01", "duration", "ISO 8601 duration to minutes.", ["duration"],
                  ["PT1H30M", "PT45M", "PT2H", "PT3H15M", "PT10M", "PT1H", "PT12H5M"], iso_min))

    def hms_sec(s: str) -> str:
        tot = 0
        for n, u in re.findall(r"(\d+)([hms])", s):
            tot += int(n) * {"h": 3600, "m": 60, "s": 1}[u]
        return str(tot)

    T.append(Task("duration_hms_seconds_02", "duration", "Durations like '1h 30m' to seconds.", ["elapsed"],
                  ["1h 30m", "45s", "2h 5m 10s", "10m", "3h", "1m 1s", "1h 0m 30s"], hms_sec))

    def clock_hours(s: str) -> str:
        h, m, sec = (int(x) for x in s.split(":"))
        return trim_num(Decimal(h) + Decimal(m) / 60 + Decimal(sec) / 3600)

    T.append(Task("duration_clock_hours_03", "duration", "HH:MM:SS to decimal hours.", ["worked"],
                  ["01:30:00", "00:45:00", "02:00:00", "08:15:00", "00:06:00", "10:30:00", "03:45:00"], clock_hours))

    def dh(s: str) -> str:
        d = re.search(r"(\d+) days?", s)
        h = re.search(r"(\d+) hours?", s)
        return str((int(d.group(1)) if d else 0) * 24 + (int(h.group(1)) if h else 0))

    T.append(Task("duration_days_hours_04", "duration", "Days and hours to total hours.", ["lead_time"],
                  ["2 days 3 hours", "1 day", "5 hours", "3 days", "1 day 1 hour", "10 days 12 hours", "7 hours"], dh))
    return T


def time_tasks() -> list[Task]:
    T = []
    T.append(Task("time_12h_to_24h_01", "time", "12-hour clock to 24-hour HH:MM.", ["time"],
                  ["3:45 PM", "12:05 AM", "9:00 am", "11:59 PM", "6:30 AM", "1:15 pm", "10:00 PM"],
                  lambda s: dt.datetime.strptime(s.upper(), "%I:%M %p").strftime("%H:%M")))
    T.append(Task("time_24h_to_12h_02", "time", "24-hour HH:MM to 12-hour clock.", ["time"],
                  ["15:45", "00:05", "12:30", "09:00", "23:59", "06:30", "13:15"],
                  lambda s: (lambda t: f"{t.hour % 12 or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}")(
                      dt.datetime.strptime(s, "%H:%M"))))
    T.append(Task("time_hhmm_colon_03", "time", "Military-style times to HH:MM.", ["dep_time"],
                  ["1430", "0905", "930", "2359", "0000", "715", "1200"],
                  lambda s: f"{s.zfill(4)[:2]}:{s.zfill(4)[2:]}"))

    def to_utc(s: str) -> str:
        t, off = s.split()
        h, m = (int(x) for x in t.split(":"))
        sign = 1 if off[0] == "+" else -1
        oh, om = (int(x) for x in off[1:].split(":"))
        mins = h * 60 + m - sign * (oh * 60 + om)
        return f"{mins // 60:02d}:{mins % 60:02d}"

    T.append(Task("time_local_to_utc_04", "time", "Local time with UTC offset to UTC time (same day).",
                  ["local_time"],
                  ["14:30 +02:00", "09:15 -05:00", "23:00 +01:00", "18:45 +05:30", "06:00 -03:00", "12:00 +09:00",
                   "10:10 -07:00"],
                  to_utc))
    return T


def geo_tasks() -> list[Task]:
    T = []

    def dms(s: str) -> str:
        m = re.match(r"(\d+)°(\d+)'(\d+(?:\.\d+)?)\"([NSEW])", s)
        v = Decimal(m.group(1)) + Decimal(m.group(2)) / 60 + Decimal(m.group(3)) / 3600
        if m.group(4) in "SW":
            v = -v
        return dec(v, 4)

    T.append(Task("geo_dms_to_decimal_01", "geo", "Degrees-minutes-seconds to decimal degrees (4 decimals).",
                  ["coordinate"],
                  ["40°26'46\"N", "79°58'56\"W", "33°51'54\"S", "52°31'12\"N", "13°24'18\"E", "22°54'30\"S",
                   "151°12'36\"E", "0°7'39\"W"], dms))
    T.append(Task("geo_latitude_02", "geo", "Latitude from a 'lat, lon' pair.", ["latlon"],
                  ["52.5200, 13.4050", "-33.8688, 151.2093", "40.7128,-74.0060", "48.8566, 2.3522",
                   "-22.9068,-43.1729", "35.6762, 139.6503", "0.0000, 0.0000"],
                  lambda s: s.split(",")[0].strip()))
    T.append(Task("geo_maps_url_03", "geo", "'lat,lon' from a Google Maps '@' URL.", ["maps_url"],
                  ["https://www.google.com/maps/@52.5200066,13.404954,14z",
                   "https://www.google.com/maps/@-33.8688197,151.2092955,12z",
                   "https://www.google.com/maps/place/Eiffel+Tower/@48.8583701,2.2944813,17z",
                   "https://www.google.com/maps/@40.7127753,-74.0059728,11z",
                   "https://www.google.com/maps/@35.6761919,139.6503106,10z",
                   "https://www.google.com/maps/place/Cristo/@-22.951916,-43.2104872,15z",
                   "https://www.google.com/maps/@51.5072178,-0.1275862,13z"],
                  lambda s: ",".join(re.search(r"@(-?[\d.]+),(-?[\d.]+),", s).groups())))
    return T


def numeral_tasks() -> list[Task]:
    T = []

    def from_roman(s: str) -> str:
        vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
        tot = 0
        for i, c in enumerate(s):
            v = vals[c]
            tot += -v if i + 1 < len(s) and vals[s[i + 1]] > v else v
        return str(tot)

    def to_roman(s: str) -> str:
        n, out = int(s), ""
        for v, r in ROMAN:
            while n >= v:
                out += r
                n -= v
        return out

    T.append(Task("numeral_roman_to_int_01", "numeral", "Roman numerals to integers.", ["roman"],
                  ["XIV", "MCMXCIX", "IV", "XL", "MMXXIV", "CDXLIV", "LXXXVIII", "IX"], from_roman))
    T.append(Task("numeral_int_to_roman_02", "numeral", "Integers to Roman numerals.", ["year"],
                  ["2024", "14", "1999", "4", "90", "3888", "400"], to_roman))

    def words(s: str) -> str:
        tot = 0
        for w in s.replace("-", " ").split():
            if w == "hundred":
                tot *= 100
            elif w in TENS:
                tot += TENS[w]
            elif w != "and":
                tot += WORDS[w]
        return str(tot)

    T.append(Task("numeral_words_to_int_03", "numeral", "English number words to digits.", ["quantity"],
                  ["twenty-one", "one hundred five", "seven", "forty-two", "three hundred sixty-five", "nineteen",
                   "nine hundred ninety-nine", "sixty"], words))

    def ordinal(s: str) -> str:
        n = int(s)
        suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suf}"

    T.append(Task("numeral_ordinal_04", "numeral", "Integers to English ordinals.", ["rank"],
                  ["1", "12", "23", "2", "3", "4", "11", "21", "102", "113"], ordinal))
    return T


def version_tasks() -> list[Task]:
    T = []
    T.append(Task("version_major_01", "version", "Major version number.", ["version"],
                  ["v1.2.3", "2.0", "V10.4.1-beta", "0.9.12", "v3", "12.1.0-rc.1", "V7.0.2"],
                  lambda s: re.match(r"[vV]?(\d+)", s).group(1)))

    def bump(s: str) -> str:
        a, b, c = s.split(".")
        return f"{a}.{b}.{int(c) + 1}"

    T.append(Task("version_bump_patch_02", "version", "Increment the patch number.", ["version"],
                  ["1.2.3", "0.9.9", "2.0.0", "10.4.19", "3.1.4", "0.0.1", "1.99.99"], bump))

    def norm(s: str) -> str:
        parts = s.lstrip("vV").split(".")
        return ".".join(parts + ["0"] * (3 - len(parts)))

    T.append(Task("version_normalize_03", "version", "Normalise to MAJOR.MINOR.PATCH without a 'v'.", ["version"],
                  ["V2.0", "v1", "3.1.4", "v10.2", "7", "V0.1.0", "v4.5"], norm))
    return T


def extract_tasks() -> list[Task]:
    T = []
    T.append(Task("extract_hashtags_01", "extract", "Hashtags of a post separated by a space; empty if none.",
                  ["post"],
                  [("Loving the #sunset at #Malibu!", "#sunset #Malibu"), ("No tags in this one.", ""),
                   ("#MondayMotivation: keep going", "#MondayMotivation"),
                   ("New blog post about #data and #AI, #ML.", "#data #AI #ML"), ("Just coffee.", ""),
                   ("#tbt to #Paris2019", "#tbt #Paris2019"), ("Great match #FCB #UCL #win", "#FCB #UCL #win")]))
    T.append(Task("extract_mentions_02", "extract", "Mentioned user names, comma separated, without '@'.", ["tweet"],
                  ["@anna thanks! cc @bob_smith", "Meeting with @cto_jane today", "@x @y @z hello",
                   "Shout-out to @dev_team and @qa", "@marco_99 see you", "Thanks @Lisa.", "ping @ops @sre_oncall"],
                  lambda s: ",".join(re.findall(r"@(\w+)", s))))
    T.append(Task("extract_http_status_03", "extract", "HTTP status code from an access-log line.", ["log_line"],
                  ['127.0.0.1 - - [10/Oct/2024:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326',
                   '10.0.0.5 - - [10/Oct/2024:13:56:01 +0000] "POST /api/login HTTP/1.1" 401 512',
                   '203.0.113.9 - - [10/Oct/2024:13:57:12 +0000] "GET /missing HTTP/1.1" 404 153',
                   '198.51.100.7 - - [10/Oct/2024:14:01:00 +0000] "GET /api/orders HTTP/2.0" 500 87',
                   '192.0.2.44 - - [10/Oct/2024:14:02:33 +0000] "PUT /api/items/7 HTTP/1.1" 204 0',
                   '127.0.0.1 - - [10/Oct/2024:14:03:10 +0000] "GET /old HTTP/1.1" 301 178',
                   '10.0.0.8 - - [10/Oct/2024:14:04:45 +0000] "DELETE /api/x HTTP/1.1" 403 64'],
                  lambda s: s.split('"')[2].split()[0]))

    def size(s: str) -> str:
        kv = dict(p.split("=", 1) for p in s.split(";") if "=" in p)
        return kv.get("size", "")

    T.append(Task("extract_kv_size_04", "extract", "Value of the 'size' key in a key=value;... string.", ["attributes"],
                  ["color=red;size=M;qty=2", "size=XL;color=blue", "color=green;qty=1", "qty=3;size=S",
                   "size=38;width=wide", "material=cotton", "color=black;size=XXL;qty=10"], size))
    T.append(Task("extract_brackets_05", "extract", "Text inside square brackets.", ["title"],
                  ["Blue T-Shirt [SKU-123] (new)", "[A-77] Desk lamp", "Coffee mug, white [MUG-0042]",
                   "Headphones [HP-9X] wireless", "[X1] Cable", "Sofa 3-seater [SOFA-3S-GRY]",
                   "Pen [P-1] (pack of 10)"],
                  lambda s: re.search(r"\[([^\]]+)\]", s).group(1)))
    T.append(Task("extract_first_number_06", "extract", "First number in the text; empty if none.", ["note"],
                  [("Approx. 25 units left", "25"), ("Only 3.5 kg remaining", "3.5"), ("none", ""),
                   ("Delivered 12 of 20 boxes", "12"), ("n/a", ""), ("Temperature reached 38.6 today", "38.6"),
                   ("Room 101, floor 3", "101")]))
    return T


def list_tasks() -> list[Task]:
    T = []
    T.append(Task("list_count_01", "list", "Number of items in a comma-separated list.", ["items"],
                  ["apple, banana, cherry", "", "x", "red,green,blue,yellow", "one, two", "a, b, c, d, e, f", "solo"],
                  lambda s: str(len([p for p in s.split(",") if p.strip()]))))
    T.append(Task("list_sort_02", "list", "Sort a semicolon-separated list alphabetically.", ["tags"],
                  ["pear;apple;fig", "zeta;alpha", "b;c;a;d", "mango", "kiwi;banana;cherry;apple", "y;x",
                   "oak;elm;ash"],
                  lambda s: ";".join(sorted(s.split(";")))))

    def dedupe(s: str) -> str:
        out: list[str] = []
        for p in s.split(","):
            if p not in out:
                out.append(p)
        return ",".join(out)

    T.append(Task("list_dedupe_03", "list", "Remove duplicates, keeping the first occurrence order.", ["codes"],
                  ["a,b,a,c,b", "x,x,x", "red,blue", "1,2,3,2,1", "DE,FR,DE,IT", "k", "b,a,b,a"], dedupe))
    T.append(Task("list_last_breadcrumb_04", "list", "Last element of a breadcrumb path.", ["breadcrumb"],
                  ["Berlin > Mitte > Alexanderplatz", "Home > Shoes", "Electronics > TV > OLED > 55 inch",
                   "Root", "Garden > Tools > Spades", "Books > Fiction", "A > B > C > D > E"],
                  lambda s: s.split(" > ")[-1]))
    return T


def mask_tasks() -> list[Task]:
    T = []
    T.append(Task("mask_card_01", "mask", "Mask a card number except the last four digits, keeping separators.",
                  ["card"],
                  ["4111 1111 1111 1111", "5500-0000-0000-0004", "340000000000009", "4000 0566 5566 5556",
                   "6011-0009-9013-9424", "5105105105105100", "3782 822463 10005"],
                  lambda s: re.sub(r"\d", "*", s[:-4]) + s[-4:]))
    T.append(Task("mask_iban_02", "mask", "Mask an IBAN except country, check digits and last four characters.",
                  ["iban"],
                  ["DE89370400440532013000", "NL91ABNA0417164300", "GB29NWBK60161331926819",
                   "FR1420041010050500013M02606", "ES9121000418450200051332", "PL61109010140000071219812874",
                   "BE68539007547034"],
                  lambda s: s[:4] + "*" * (len(s) - 8) + s[-4:]))
    T.append(Task("mask_name_03", "mask", "Keep the first letter of every name part, star the rest.", ["name"],
                  ["John Smith", "Ana Lima", "Maximilian von Trapp", "Li Wei", "Ingrid Bergström", "Jo Yu",
                   "Oluwaseun Adeyemi"],
                  lambda s: " ".join(w[0] + "*" * (len(w) - 1) for w in s.split())))
    return T


def network_tasks() -> list[Task]:
    T = []
    T.append(Task("network_subnet24_01", "network", "The /24 network of an IPv4 address.", ["ip"],
                  ["192.168.1.77", "10.0.0.5", "172.16.254.1", "8.8.8.8", "203.0.113.200", "192.0.2.1",
                   "100.64.12.99"],
                  lambda s: ".".join(s.split(".")[:3]) + ".0/24"))

    def mac(s: str) -> str:
        h = re.sub(r"[^0-9A-Fa-f]", "", s).lower()
        return ":".join(h[i:i + 2] for i in range(0, 12, 2))

    T.append(Task("network_mac_02", "network", "MAC addresses to lower-case colon notation.", ["mac"],
                  ["00-1A-2B-3C-4D-5E", "001A.2B3C.4D5E", "00:1A:2B:3C:4D:5E", "AA-BB-CC-DD-EE-FF",
                   "a0b1.c2d3.e4f5", "F0:18:98:12:34:56", "3C-22-FB-00-11-AA"], mac))
    T.append(Task("network_ip_from_log_03", "network", "IPv4 address mentioned in a log message.", ["message"],
                  ["Failed password for root from 203.0.113.45 port 22 ssh2",
                   "Connection from 10.1.2.3 closed", "Blocked 198.51.100.7 after 5 attempts",
                   "Accepted publickey for deploy from 192.0.2.10 port 51234",
                   "DHCPACK on 192.168.0.23 to 3c:22:fb:00:11:aa", "Rate limit hit by 172.20.1.254",
                   "Invalid user admin from 100.64.0.9"],
                  lambda s: re.search(r"\b(\d{1,3}(?:\.\d{1,3}){3})\b", s).group(1)))
    T.append(Task("network_port_04", "network", "Port of a host:port string; empty if none.", ["endpoint"],
                  [("example.com:8080", "8080"), ("db.internal:5432", "5432"), ("localhost", ""),
                   ("redis:6379", "6379"), ("api.service.local", ""), ("10.0.0.1:443", "443"),
                   ("mq.corp:5672", "5672")]))
    return T


def color_tasks() -> list[Task]:
    T = []

    def hex_rgb(s: str) -> str:
        h = s.lstrip("#")
        if len(h) == 3:
            h = "".join(c * 2 for c in h)
        return "rgb({}, {}, {})".format(*(int(h[i:i + 2], 16) for i in (0, 2, 4)))

    T.append(Task("color_hex_to_rgb_01", "color", "Hex colour to rgb() notation.", ["hex"],
                  ["#FF8800", "#fff", "#1a2b3c", "#000000", "#0F0", "#c0ffee", "#808080"], hex_rgb))

    def rgb_hex(s: str) -> str:
        return "#" + "".join(f"{int(x):02X}" for x in re.findall(r"\d+", s))

    T.append(Task("color_rgb_to_hex_02", "color", "rgb() colour to upper-case hex.", ["rgb"],
                  ["rgb(255, 136, 0)", "rgb(0,0,0)", "rgb(26, 43, 60)", "rgb(255,255,255)", "rgb(192, 255, 238)",
                   "rgb(128,128,128)", "rgb(1, 2, 3)"], rgb_hex))
    return T


def charset_tasks() -> list[Task]:
    T = []

    def fullwidth(s: str) -> str:
        return "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s)

    T.append(Task("charset_fullwidth_01", "charset", "Full-width characters to ASCII.", ["text"],
                  ["１２３－４５６７", "ＡＢＣ", "ｔｅｓｔ＠ｅｘａｍｐｌｅ．ｃｏｍ",
                   "０９０－１２３４－５６７８", "Ｒｏｏｍ１０１",
                   "（株）ＡＢＣ", "２０２４年"], fullwidth))

    def de_translit(s: str) -> str:
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
            s = s.replace(a, b)
        return s

    T.append(Task("charset_german_translit_02", "charset", "German umlauts and ß to their two-letter spelling.",
                  ["name"],
                  ["Müller", "Straße", "Äpfel", "Götz Böhm", "Übersee", "Fröbelstraße", "Jürgen Weiß"], de_translit))
    T.append(Task("charset_strip_emoji_03", "charset", "Remove emoji and trim.", ["comment"],
                  ["Great job 👍🎉", "🚀 Launch day", "No emoji here", "Thanks! 🙏", "❤️ Love it ❤️",
                   "Delivered 📦 on time", "👍"],
                  lambda s: " ".join(re.sub(r"[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]", "", s).split())))
    return T


def epoch_tasks() -> list[Task]:
    T = []
    T.append(Task("epoch_seconds_to_iso_01", "epoch", "Unix time (seconds) to ISO 8601 UTC.", ["ts"],
                  ["1700000000", "0", "1709596800", "946684800", "1234567890", "1893456000", "1600000000"],
                  lambda s: dt.datetime.fromtimestamp(int(s), dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")))
    T.append(Task("epoch_millis_to_date_02", "epoch", "Unix time in milliseconds to the UTC date.", ["created_ms"],
                  ["1709596800000", "1700000000000", "946684799999", "1262304000000", "1735689600000",
                   "1577836800123", "1000000000000"],
                  lambda s: dt.datetime.fromtimestamp(int(s) / 1000, dt.UTC).date().isoformat()))
    return T


def fraction_tasks() -> list[Task]:
    T = []
    T.append(Task("fraction_simple_01", "fraction", "Fractions to decimals.", ["fraction"],
                  ["1/2", "3/4", "1/8", "5/8", "1/4", "7/10", "3/5"],
                  lambda s: trim_num(Decimal(s.split("/")[0]) / Decimal(s.split("/")[1]))))

    def mixed(s: str) -> str:
        parts = s.split()
        whole = Decimal(parts[0]) if "/" not in parts[0] else Decimal(0)
        frac = parts[-1] if "/" in parts[-1] else None
        if frac:
            a, b = frac.split("/")
            whole += Decimal(a) / Decimal(b)
        return trim_num(whole)

    T.append(Task("fraction_mixed_02", "fraction", "Mixed numbers (as in recipes or inch sizes) to decimals.",
                  ["amount"],
                  ["1 1/2", "2 3/4", "5", "3 1/4", "10 1/8", "7", "1 5/8"], mixed))
    return T


def compose_tasks() -> list[Task]:
    T = []
    T.append(Task("compose_citation_01", "compose", "APA-like short citation.", ["last", "first", "year", "title"],
                  [("Smith", "John", "2020", "Data Quality"), ("Okafor", "Ngozi", "2018", "Migrating Legacy Systems"),
                   ("Müller", "Anna", "2023", "Schemas in Practice"), ("Tanaka", "Hiroshi", "2019", "Record Linkage"),
                   ("García", "Lucía", "2021", "Open Data"), ("Nowak", "Piotr", "2022", "ETL Patterns"),
                   ("Dubois", "Émile", "2017", "Master Data")],
                  lambda la, f, y, t: f"{la}, {f[0]}. ({y}). {t}."))
    T.append(Task("compose_city_country_02", "compose", "City with country code in parentheses.",
                  ["city", "country_code"],
                  [("Paris", "fr"), ("Berlin", "DE"), ("São Paulo", "br"), ("Kraków", "PL"), ("Osaka", "jp"),
                   ("Toronto", "CA"), ("Cork", "ie")],
                  lambda c, cc: f"{c} ({cc.upper()})"))
    T.append(Task("compose_range_03", "compose", "Range text from min and max; open ranges when one side is empty.",
                  ["min", "max"],
                  [("10", "20"), ("5", ""), ("", "100"), ("0", "9"), ("18", ""), ("", "3"), ("250", "500")],
                  lambda a, b: f"{a}-{b}" if a and b else (f"{a}+" if a else f"up to {b}")))
    return T


def org_tasks() -> list[Task]:
    T = []
    STOP = {"of", "and", "the", "for"}  # only 'of' occurs in the rows
    T.append(Task("org_acronym_01", "org", "Acronym from a name (small words like 'of' are skipped).", ["name"],
                  ["International Business Machines", "portable document format", "Federal Bureau of Investigation",
                   "Department of Motor Vehicles", "application programming interface",
                   "North Atlantic Treaty Organization", "Certified Public Accountant",
                   "Bureau of Labor Statistics"],
                  lambda s: "".join(w[0].upper() for w in s.split() if w.lower() not in STOP)))
    T.append(Task("org_strip_legal_form_02", "org", "Company name without its legal-form suffix.", ["company"],
                  [("Acme GmbH", "Acme"), ("Globex Ltd.", "Globex"), ("Initech S.A.", "Initech"),
                   ("Umbrella Holding GmbH", "Umbrella Holding"), ("Stark Industries Ltd.", "Stark Industries"),
                   ("Iberlog S.A.", "Iberlog"), ("Müller Logistik GmbH", "Müller Logistik")]))
    return T


def tasks() -> list[Task]:
    return (url_tasks() + path_tasks() + duration_tasks() + time_tasks() + geo_tasks() + numeral_tasks()
            + version_tasks() + extract_tasks() + list_tasks() + mask_tasks() + network_tasks() + color_tasks()
            + charset_tasks() + epoch_tasks() + fraction_tasks() + compose_tasks() + org_tasks())
