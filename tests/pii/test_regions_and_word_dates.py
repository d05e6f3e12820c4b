"""Precision of deny by default (issue 11, session 7): first-level regions cleared on value evidence (ISO 3166-2 names
that no city bears) next to the city, district and place-of-birth columns that must stay masked; dates written with
English month names or as compact stamps read as dates, so the birth-date and people-table rules decide them. Each
test can fail both ways. The region and city names are public place names; the people are made up."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from core.pii.decide import decide_table
from core.pii.detect import parse_date, profile_values
from core.pii.proof import K_MIN
from core.pii.regions import region_of, region_vocabulary
from tests.pii.made_up_people import people, word

RNG = random.Random(7_2026_12)
N = 150


def _word() -> str:
    return word(RNG)


def _people(n: int = N) -> list[dict[str, object]]:
    return people(RNG, n)


def _with(rows: list[dict[str, object]], column: str, values: Sequence[object]) -> list[dict[str, object]]:
    return [dict(r, **{column: v}) for r, v in zip(rows, values, strict=True)]


def _spread(vocab: Sequence[object], n: int = N, k: int = K_MIN) -> list[object]:
    cells = [v for v in vocab for _ in range(k)]
    return cells + [RNG.choice(list(vocab)) for _ in range(n - len(cells))]


def _decide(rows: list[dict[str, object]]) -> dict[str, bool]:
    return {d.column: d.clear for d in decide_table(list(rows[0]), rows)}


# --- first-level regions ------------------------------------------------------------------------------------------

#: Provinces and states in several scripts (with their generic words and abbreviations: ``область``, ``Sheng``).
REGIONS = {
    "de": ["Bayern", "Sachsen", "Hessen", "Thüringen", "Niedersachsen"],
    "pl": ["mazowieckie", "podkarpackie", "małopolskie", "wielkopolskie"],
    "uk": ["Львівська область", "Харківська", "Закарпатська", "Волинська обл."],
    "zh": ["湖北省", "广东省", "黑龙江省", "新疆维吾尔自治区"],
    "in": ["Uttar Pradesh", "Tamil Nadu", "Kerala", "Rajasthan", "Madhya Pradesh"],
}
#: Towns of one country, some of them capitals that share their region's name: a city column, personal data.
CITIES = {
    "de": ["Köln", "München", "Leipzig", "Dresden", "Stuttgart"],
    "tr": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya"],  # provinces named after their capitals
    "bg": ["Варна", "Бургас", "Русе", "Плевен", "Габрово"],
    "zh": ["深圳市", "广州市", "杭州市", "成都市", "武汉市"],
    "pt": ["Lisboa", "Porto", "Braga", "Coimbra", "Faro"],  # district names: ISO type town-like
}


def test_regions_in_many_scripts_clear_in_a_table_of_people() -> None:
    """A column of provinces or states (nine in ten rows) is coarse: cleared even in a table of people, whatever the
    script, the generic word (``область``, ``省``) or its abbreviation."""
    for script, names in REGIONS.items():
        assert region_vocabulary(_spread(names)), script
        got = _decide(_with(_people(), "f3", _spread(names)))
        assert got["f3"] is True, script


def test_city_columns_and_capitals_named_like_their_regions_stay_masked() -> None:
    """Towns (also capitals whose province bears their name, districts of an ISO type that is town-like) are no
    regions: the column stays masked in a table of people."""
    for country, names in CITIES.items():
        assert not region_vocabulary(_spread(names)), country
        got = _decide(_with(_people(), "f3", _spread(names)))
        assert got["f3"] is False, country
    assert region_of("Ankara") is True and region_of("Köln") is None and region_of("Kerala") is False


def test_regions_mixed_with_towns_or_rare_towns_stay_masked() -> None:
    """Regions with a fifth of the rows in towns (a place of birth written either way), or a region column with one
    stray town written once, stay masked: nine in ten rows must be regions and a rare value an unambiguous one."""
    mixed = _spread(REGIONS["in"][:4]) [: N - 30] + _spread(["Pune", "Lucknow", "Indore"], n=30)
    assert not region_vocabulary(mixed)
    stray = _spread(REGIONS["in"])[: N - 1] + ["Lucknow"]
    assert not region_vocabulary(stray)
    assert region_vocabulary(_spread(REGIONS["in"])[: N - 1] + ["Sikkim"])  # a rare region is still a region


def test_a_region_header_naming_personal_data_still_masks() -> None:
    """A header naming personal data masks whatever the values (a place of birth written as provinces)."""
    rows = _with(_people(), "place_of_birth", _spread(REGIONS["in"]))
    assert _decide(rows)["place_of_birth"] is False


# --- dates with month names and compact stamps -------------------------------------------------------------------


def test_dates_with_month_names_and_compact_stamps_parse() -> None:
    """The forms of HTTP, Oracle, airline, survey, Notion and LDAP exports read as dates (with their time of day);
    words and numbers that only look alike do not."""
    cases = {"Tue, 14 May 2024 00:55:14 GMT": True, "04-FEB-2024": False, "12MAR24": False, "08mar2024": False,
             "January 23, 2022 7:10 PM": True, "May 3, 2022": False, "20240709004951.0Z": True,
             "20240325111308": True}  # session 8: a compact stamp whose every part is valid (HL7 TS)
    for text, timed in cases.items():
        got = parse_date(text)
        assert got is not None and got[1] is timed, text
    for text in ("12ABC24", "Anna 12 2020", "Maybe 3, 2022", "31-FEB-2024", "08mar1850", "20241325111308",
                 "20240325241308", "29001150123456"):
        assert parse_date(text) is None, text


def test_birth_dates_with_month_names_are_birth_dates_and_system_stamps_clear() -> None:
    """Birth dates written ``14-MAY-1967`` are birth dates now (masked as such, before they were masked only as
    text); LDAP creation stamps to the second under a ``created`` header clear in a table of people."""
    months = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
    births = [f"{RNG.randint(1, 28):02d}-{RNG.choice(months)}-{RNG.randint(1940, 2004)}" for _ in range(N)]
    assert profile_values(births).entity == "DATE_OF_BIRTH"
    stamps = [f"2024{RNG.randint(1, 12):02d}{RNG.randint(1, 28):02d}{RNG.randint(0, 23):02d}{RNG.randint(0, 59):02d}"
              f"{RNG.randint(0, 59):02d}.0Z" for _ in range(N)]
    got = _decide(_with(_with(_people(), "whenCreated", stamps), "f4", births))
    assert got["whenCreated"] is True and got["f4"] is False


def test_event_headers_in_more_languages_clear_recent_dates_and_birth_headers_do_not() -> None:
    """A connection, sale, departure, start or join date (Ukrainian, Russian, Persian, Malay headers) of a table of
    people clears; a birth date beside it, under its own language's header, stays masked."""
    recent = [f"{RNG.randint(1, 28):02d}.{RNG.randint(1, 12):02d}.{RNG.randint(2015, 2024)}" for _ in range(N)]
    births = [f"{RNG.randint(1, 28):02d}.{RNG.randint(1, 12):02d}.{RNG.randint(1950, 2004)}" for _ in range(N)]
    for event, birth in (("Дата підключення", "Дата народження"), ("Дата продажи", "Дата рождения"),
                         ("تاریخ شروع", "تاریخ تولد"), ("Tarikh Sertai", "Tarikh Lahir")):
        rows = _with(_with(_people(), event, recent), birth, births)
        got = {d.column: d.clear for d in decide_table(list(rows[0]), rows, as_of=date(2026, 12, 7))}
        assert got[event] is True and got[birth] is False, event  # a run's day: without one, round 3 masks both


def test_time_measures_and_currencies_in_their_own_script_name_a_measure() -> None:
    """Numbers under a header ending in a time measure (``Upstream-Latency``) or a currency written in its own script
    (``плата, грн``, ``(ریال)``) are measures; the same numbers under a header that names no unit, or zero-padded
    codes under the unit header, stay masked."""
    amounts = [str(RNG.choice([120, 200, 300, 400, 650])) for _ in range(N)]
    latency = [str(RNG.randint(3, 2500)) for _ in range(N)]
    pins = [f"{RNG.randint(0, 9999):04d}" for _ in range(N)]
    rows = _with(_with(_with(_with(_people(), "Абон. плата, грн", amounts), "X-Upstream-Latency", latency),
                       "Код, грн", pins), "f6", latency)
    got = _decide(rows)
    assert got["Абон. плата, грн"] is True and got["X-Upstream-Latency"] is True
    assert got["Код, грн"] is False and got["f6"] is False


def test_hire_dates_spread_over_decades_clear_under_an_entry_into_service_header_only() -> None:
    """Entry-into-service dates of staff spread over 35 years look like birth dates by their spread: under a header
    naming the hire (``Datum in dienst``, ``Eintrittsdatum``) they clear in a table of people, under a bare ``Datum``
    or a birth header they stay masked."""
    hires = [f"{RNG.randint(1, 28):02d}/{RNG.randint(1, 12):02d}/{RNG.randint(1990, 2025)}" for _ in range(N)]
    rows = _with(_with(_with(_people(), "Datum in dienst", hires), "Eintrittsdatum", hires), "Datum", hires)
    got = _decide(_with(rows, "Geboortedatum", hires))
    assert got["Datum in dienst"] is True and got["Eintrittsdatum"] is True
    assert got["Datum"] is False and got["Geboortedatum"] is False


def test_workflow_statuses_clear_and_names_towns_or_health_states_do_not() -> None:
    """Statuses in several languages clear in a table of people; a vocabulary that mixes a status with a personal
    name or a town, carries numbers, or holds a person's health or life state stays masked."""
    from core.pii.status import status_vocabulary

    for vocab in (["Overdue", "Active", "Written-off", "Closed", "Rescheduled"], ["SØKNAD", "SUSPENDERT", "AKTIV"],
                  ["На проверке", "Отказ", "Выдан", "Одобрена"], ["활동중", "탈퇴예정", "휴면", "정지"]):
        assert status_vocabulary(_spread(vocab)), vocab
        assert _decide(_with(_people(), "f3", _spread(vocab)))["f3"] is True, vocab
    for vocab in (["Active", "Closed", "Svetlana"], ["Active", "Closed", "München"], ["Active 2", "Closed 7"],
                  ["Deceased", "Active"], ["Positive", "Closed"]):
        assert not status_vocabulary(_spread(vocab)), vocab
        assert _decide(_with(_people(), "f3", _spread(vocab)))["f3"] is False, vocab
    assert not status_vocabulary(_spread(["Active", "Closed"], k=K_MIN - 1)[: 2 * (K_MIN - 1)])  # rare values
