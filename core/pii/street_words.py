"""Words of street addresses in many languages and scripts (issue 11, session 12).

A street address names its street, its house and its flat with words every country has its own spelling of: the
English and Western European words of :data:`core.pii.vocab.STREET_WORDS` miss a Turkmen address
(``Mary ş., Magtymguly köçesi, 12-nji jaý, 5-nji öý``), an Uzbek one (``Navoiy ko'chasi 5-uy``), a Russian one
(``ул. Ленина, д. 5, кв. 12``) or an Indonesian one (``Jl. Merdeka No. 5 RT 03/RW 02``). :func:`street_word` knows:

* whole words (:data:`STREET_WORDS_WIDE`: streets, avenues, lanes, houses, buildings, flats, micro-districts and
 their common abbreviations) in Central Asian and other Turkic languages, Slavic languages in Cyrillic and Latin,
 Baltic, Finno-Ugric, Greek, Romance, Germanic, Persian, Arabic, Hebrew, South and Southeast Asian and African
 conventions, compared case-folded as written and, for words of four letters or more, without diacritics;
* stems of languages that add case and possessive endings to the street word (:data:`STREET_STEMS`: Turkic
 ``köçe``/``köçesi``, ``sokak``/``sokağı``, ``көше``/``көшесі``; Slavic ``улиц``/``улица``/``улице``), matched as the
 start of a word;
* endings of compounds (:data:`STREET_SUFFIXES`: ``Hauptstraße``, ``Storgatan``, ``Mannerheimintie``), matched as
 the end of a longer word;
* street and house markers of scripts written without spaces (:data:`CJK_STREET`: ``中山路123号``, ``3丁目``) or
  with combining marks (:data:`NATIVE_STREET`: ``मार्ग``, ``ถนน``, ``ផ្លូវ``, ``서울 문종왕로 154``).

Apostrophes inside a word are dropped first (Uzbek ``ko'chasi``, ``koʻchasi`` read as ``kochasi``). Nothing here
decides alone: :func:`core.pii.detect.profile_values` reads a value as a street address when it also holds a number.
"""

from __future__ import annotations

import re
import unicodedata

from core.pii.vocab import STREET_WORDS

#: Street, house and flat words and abbreviations beyond :data:`core.pii.vocab.STREET_WORDS` (module docstring).
STREET_WORDS_WIDE = STREET_WORDS | frozenset((
    # Turkmen, Uzbek, Kazakh, Kyrgyz, Azerbaijani, Turkish, Tatar (Latin and Cyrillic)
    "köçe köçesi şaýoly şaýol jaý jaýy öý etrap ýaşaýyş toplumy mkr mkrn kochasi kocha kuchasi kucha "
    "mahalla mahallasi mavzesi xonadon kvartal kvartali köşesi koshesi dangyly dańǵyly ykshamaudan "
    "küçəsi küçə kucesi prospekti döngəsi dalan mənzil sokak sokağı sok cadde caddesi mahallesi mah "
    "bulvarı blv apartmanı apt daire sitesi urami урам "
    "кўча кўчаси маҳалла махалла хонадон көше көшесі даңғылы шағын ықшамаудан пәтер үй көчө көчөсү батир "
    "кӯча кӯчаи хиёбон хиёбони хонаи "
    # Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Mongolian (Cyrillic)
    "ул улица улицы пр просп проспект пер переулок бул бульвар шоссе пл площадь наб набережная дом квартира "
    "корп корпус строение мкр микрорайон вул вулиця вулиці провулок буд будинок вуліца завулак булевард "
    "жк блок вх ет ап улици булевар гудамж гудамжны хороо хороолол байр тоот "
    # Slavic, Baltic, Finno-Ugric, Greek, Romanian (Latin script)
    "ul ulica ulice ulicy ulitsa prospekt pereulok dom mikrorayon mikroraion náměstí nám třída trieda utca "
    "körút krt út útja tér strada bulevardul calea aleea trg cesta bulevar gatvė gatve prospektas iela "
    "bulvāris prospekts tänav tn maantee mnt puiestee kuja polku väylä οδός οδος λεωφόρος λεωφ πλατεία "
    # Romance, Germanic
    "rua travessa estrada alameda praça praca rodovia avda avd ctra carretera pasaje psje callejón callejon "
    "jirón jiron depto dpto apto edificio edif piso bloco quadra allée allee quai impasse appt "
    "viale vicolo gata gränd torg lgh veien vei vegen plads stræde straede kade singel dijk dreef "
    "chaussee ufer hausnr "
    # Persian, Arabic, Hebrew (transliterated and in their scripts)
    "khiaban khiyaban kucheh kuche pelak shari sharia zuqaq خیابان کوچه پلاک واحد شارع جادة جاده طريق زقاق شقة "
    "شقه عمارة عماره منزل רחוב רח שדרות שד דירה "
    # South, Southeast Asian, African
    "marg gali chowk mohalla galli nagar jalan jln jl lorong lrg gang kelurahan kel kec thanon soi moo "
    "đường duong ngõ ngách hẻm phường phuong phố pho brgy purok sitio kalye mtaa barabara kebele erf "
    # native scripts whose words stand apart (review of session 12, F3): Georgian, Armenian, Persian, Arabic
    "ქუჩა ქუჩის გამზირი გამზ შესახვევი ჩიხი მოედანი ბინა კორპუსი փողոց պողոտա նրբանցք շենք բնակարան "
    "کوی بلوار میدان کوچه‌ی بن‌بست حي"
).split())
#: Street and house words of scripts whose words carry combining marks or no spaces (Devanagari, Bengali, Tamil,
#: Thai, Lao, Khmer, Burmese, Ethiopic, Hangul), matched inside the text (review of session 12, F3: ``मार्ग``,
#: ``ถนน``, ``ផ្លូវ``, ``ቀበሌ``, ``문종왕로 154``).
NATIVE_STREET = re.compile(
    r"मार्ग|गली|सड़क|मकान|नगर|मोहल्ला|रोड|सड़क|রোড|সড়ক|বাড়ি|தெரு|சாலை|ถนน|ซอย|หมู่|แขวง|ตำบล|ຖະໜົນ|ບ້ານ"
    r"|ផ្លូវ|ភូមិ|လမ်း|ቀበሌ|የቤት ቁጥር|ቤት ቁጥር|ወረዳ"
    r"|[가-힣](?:로|길)\s*\d|\d+\s*(?:동|호|번길|가)(?![가-힣])|아파트|빌라")
#: Stems of street words that take case or possessive endings (Turkic, Slavic, Uralic), matched as the start of a
#: word as written (``köçe`` starts ``köçesi``, not the surname ``Kočevar``).
STREET_STEMS = ("köçe", "köçä", "көше", "көчө", "кўча", "кӯча", "küçə", "sokağ", "sokak", "cadde", "bulvar",
                "prospekt",
                "проспект", "улиц", "переул", "бульвар", "шоссе", "микрорайон", "mikrorayon", "mahalle", "mahalla",
                "маҳалл", "махалл", "şaýol", "ulic", "utcá", "gatv", "вулиц", "гудамж", "хороол", "даңғыл",
                "xiyobon", "хиёбон")
#: Endings of compound street names (``Hauptstraße``, ``Storgatan``, ``Kongensgade``), matched on longer words.
STREET_SUFFIXES = ("straße", "strasse", "gasse", "allee", "platz", "gracht", "straat", "plein", "gatan", "vägen",
                   "veien", "vegen", "katu", "street", "laan", "dijk", "steeg", "stræde", "vænget",
                   "tie", "gade", "vej", "weg", "gata", "gate")
#: Longer words of other languages that end like a compound street name (``necktie``, ``brigade``, ``aggregate``).
NOT_STREETS = frozenset("necktie bowtie sweetie brigade renegade aggregate delegate investigate navigate propagate "
                        "irrigate interrogate segregate surrogate congregate obligate litigate mitigate instigate "
                        "castigate abrogate derogate relegate promulgate tailgate floodgate subrogate".split())
#: Street and house markers of scripts written without spaces: a number next to a road, a lane, a house number.
CJK_STREET = re.compile(r"(?:路|街|巷|弄)\s*\d|\d+\s*(?:号|號|弄|巷|番地|丁目|번지|번길)|丁目")
#: House and flat abbreviations written with a dot before their number (Turkmen ``kw. 12``, Russian ``д. 5``,
#: ``кв. 12``); without the dot and the number they are other words (``5 kW``, ``50 кв.м``).
DOTTED_NUMBER = re.compile(r"(?<![^\W\d_])(?:kw|kv|кв|д)\.\s*\d", re.IGNORECASE)
_APOSTROPHES = str.maketrans("", "", "'‘’ʻʼ`´")
_WORD = re.compile(r"[^\W\d_]+")
#: What follows a code's letter prefix: an optional hyphen, underscore, hash or slash and a digit.
_CODE_TAIL = re.compile(r"[-_#/]?\d")
_FOLD_MIN = 4


def _fold(word: str) -> str:
    """Case-folded, without diacritics (``köçesi`` -> ``kocesi``)."""
    s = unicodedata.normalize("NFKD", word.casefold().replace("ı", "i").replace("ə", "e"))
    return "".join(c for c in s if not unicodedata.combining(c))


_FOLDED = frozenset(_fold(w) for w in STREET_WORDS_WIDE if len(w) >= _FOLD_MIN)
_FOLDED_SUFFIXES = tuple({_fold(s) for s in STREET_SUFFIXES})


def street_word(word: str) -> bool:
    """Whether one word (letters only, any case) is a street, house or flat word of some language (module
    docstring). Short words count only as written (``öý`` is a Turkmen flat, ``oy`` nothing)."""
    w = unicodedata.normalize("NFC", word.casefold())
    if w in STREET_WORDS_WIDE or w.startswith(STREET_STEMS):
        return True
    if len(w) < _FOLD_MIN:
        return False
    f = _fold(w)
    return f in _FOLDED or (len(f) > 6 and f.endswith(_FOLDED_SUFFIXES) and f not in NOT_STREETS)


def street_words_in(text: str) -> list[str]:
    """The words of ``text`` (apostrophes inside words dropped) that are street words (:func:`street_word`). A short
    abbreviation (``UL``, ``TN``, ``DOM``) fused to a number (``UL-85``, ``TN12``) is a code's prefix, not a street
    (review of session 12, F5): addresses write it before a name or with a dot (``ul. Lipowa``, ``д. 5``)."""
    t = text.translate(_APOSTROPHES)
    return [m.group(0) for m in _WORD.finditer(t) if street_word(m.group(0))
            and not (len(m.group(0)) < _FOLD_MIN and _CODE_TAIL.match(t, m.end()))]


def names_street(text: str) -> bool:
    """Whether ``text`` holds a street, house or flat word of some language, a street marker of a script written
    without spaces (:data:`CJK_STREET`) or a house or flat abbreviation before its number (:data:`DOTTED_NUMBER`)."""
    return bool(street_words_in(text)) or bool(CJK_STREET.search(text) or DOTTED_NUMBER.search(text)
                                                or NATIVE_STREET.search(text))
