"""Leaks a privacy review found in the session-11 clearing proofs (issue 11): each repro is a column of made-up
personal values in a table of made-up people, decided by :func:`core.pii.decide.decide_table`; each must stay masked.
Every test fails on the commit before the fix (the proofs cleared them) and checks a non-personal neighbour still
clears where one exists, so it can fail both ways."""

from __future__ import annotations

import random
from collections.abc import Sequence

from core.pii.attributes import others_than_people
from core.pii.categories import category_vocabulary
from core.pii.decide import decide_table
from core.pii.luhn import luhn_ok
from core.pii.organisations import organisation_list
from core.pii.system_values import stamp_window
from tests.pii.made_up_people import people, word

RNG = random.Random(2026_12_07)
N = 120


def _clear(values: Sequence[object], column: str = "f9") -> bool:
    rows = [dict(r, **{column: v}) for r, v in zip(people(RNG, len(values)), values, strict=True)]
    return {d.column: d.clear for d in decide_table(list(rows[0]), rows)}[column]


def _draw(vocabulary: Sequence[str], n: int = N) -> list[str]:
    return [vocabulary[i % len(vocabulary)] for i in RNG.sample(range(n), n)]


def test_a_kinship_word_beside_a_name_or_a_village_word_is_no_category() -> None:
    """``Mother - Rudo Chikwanha`` (a next of kin's name), ``Madre: Quispe Mamani`` and Thai villages whose ``Mae`` is
    Portuguese for mother stay masked; kinship words alone still clear."""
    kin = ["Mother - Rudo Chikwanha", "Husband - Tafadzwa Mlambo", "Sister - Nyasha Gumbo",
           "Father - Tinashe Marufu", "Wife - Chiedza Mhlanga"]
    madre = ["Madre: Quispe Mamani", "Padre: Condori Huanca", "Esposa: Mamani Flores"]
    villages = ["Ban Mae Kham", "Ban Mae Ta", "Ban Mae Pong", "Ban Mae Sai", "Ban Mae On"]
    for vocabulary in (kin, madre, villages):
        assert not category_vocabulary(_draw(vocabulary)), vocabulary
        for column in ("f9", "nok", "relationship", "remarks", "notes", "village"):
            assert not _clear(_draw(vocabulary), column), (vocabulary, column)
    assert _clear(_draw(["Mother", "Husband", "Sister", "Father", "Wife"]))
    assert _clear(_draw(["Cash", "Bank transfer", "Esposo(a)"]))


def test_organisation_words_in_street_and_locality_names_name_places() -> None:
    """Streets and localities named after a bank, a college or a market stay masked under any header, organisations
    on many rows still clear under a header naming no place."""
    places = [["Bank Street", "College Street", "Market Street", "Hospital Road", "Mall Road"],
              ["Mall Road", "College Road", "Hospital Road", "Bank Colony", "Transport Nagar", "Model Town",
               "Market Road"],
              ["Centro", "Mercado", "Centro Norte", "Barrio Hospital", "Universidad", "San Roque"]]
    for vocabulary in places:
        assert not organisation_list(_draw(vocabulary)), vocabulary
        for column in ("f9", "locality", "colony", "landmark", "mohalla"):
            assert not _clear(_draw(vocabulary), column), (vocabulary, column)
    insurers = ["Seguros Horizonte Andino", "Apteka Zdrowie", "Arabkir Polyclinic", "Hakrinbank"]
    assert organisation_list(_draw(insurers)) and _clear(_draw(insurers))


def test_a_person_header_clears_only_legal_entities_on_every_value() -> None:
    """45 companies and 5 individuals under a customer's name stay masked, so does ``John Smith Ltd`` (one man's
    company); companies with a legal form on every value clear."""
    firms = [f"{w} {form}" for w, form in zip([word(RNG) for _ in range(5)] * 9,
                                              ["Ltd", "GmbH", "SARL", "Pty Ltd", "S.A."] * 9, strict=True)]
    mixed = firms + ["Rudo Chikwanha", "Nyasha Gumbo", "Tinashe Marufu", "Chiedza Mhlanga", "Tafadzwa Mlambo"]
    for column in ("customer_name", "client_name", "name", "account_holder", "payee_name"):
        assert not _clear(_draw(mixed, 150), column), column
    for column in ("name", "patient_name"):
        assert not _clear(["John Smith Ltd"] * 30, column), column
    assert others_than_people("PERSON", firms) and _clear(_draw(firms), "TruckingCoName")
    assert not others_than_people("PERSON", mixed)


def test_phones_typed_as_floats_are_phones_cents_are_amounts() -> None:
    """French mobiles without their 0, Singapore mobiles and US numbers written ``612345678.0`` stay masked as phones;
    amounts with real cents still clear."""
    columns = [[f"6{RNG.randrange(10**8):08d}.0" for _ in range(60)],
               [f"9{RNG.randrange(10**7):07d}.0" for _ in range(60)],
               [f"555{RNG.randrange(10**4):04d}.0" for _ in range(60)]]
    for values in columns:
        assert not _clear(values), values[:3]
    assert _clear([f"{RNG.randrange(100, 99_999)}.{RNG.randrange(1, 100):02d}" for _ in range(60)])


def _personnummer(rng: random.Random) -> str:
    body = f"160{rng.choice('12')}{rng.randrange(1, 29):02d}{rng.randrange(10**3):03d}"
    return next(body + str(c) for c in range(10) if luhn_ok(body + str(c)))


def test_phones_and_personnummer_are_no_stamps() -> None:
    """Vietnamese mobiles ``096[23]...`` and Swedish personnummer born in early 2016 fall in a month of Unix seconds
    yet stay masked, under any header; stamps of one run still clear under a header naming no person."""
    vn = [f"096{RNG.choice('23')}{RNG.randrange(10**6):06d}" for _ in range(60)]
    se = [_personnummer(RNG) for _ in range(60)]
    for values, columns in ((vn, ("f9", "sdt", "so_dien_thoai")), (se, ("f9", "personnr", "elev", "pnr"))):
        assert not stamp_window(values)
        for column in columns:
            assert not _clear(values, column), column
    stamps = [str(1_700_000_000 + RNG.randrange(20 * 86_400)) for _ in range(60)]
    assert stamp_window(stamps) and _clear(stamps, "reading_time")


def test_loss_sighting_and_interview_dates_of_people_are_personal() -> None:
    """``loss_date``, ``date_of_loss``, ``lastseen``, ``interview_date`` in a table of people stay masked; an order
    date still clears."""
    days = [f"2021-{RNG.randrange(1, 13):02d}-{RNG.randrange(1, 29):02d}" for _ in range(60)]
    for column in ("loss_date", "date_of_loss", "lastseen", "interview_date"):
        assert not _clear(days, column), column
    assert _clear(days, "order_date")


def test_countries_under_ethnicity_or_religion_stay_masked() -> None:
    """Countries under a special-category header (ethnicity, religion) say a person's origin: masked; a director's
    nationality still clears."""
    countries = _draw(["Cyprus", "Russia", "Lebanon"])
    assert not others_than_people("SENSITIVE", countries) and others_than_people("PERSON", countries)
    for column in ("ethnicity", "religion"):
        assert not _clear(countries, column), column


def test_a_locality_vocabulary_under_an_area_header_stays_masked_in_a_table_of_people() -> None:
    """``Mall Road``, ``Bank Colony``, ``Barrio Hospital`` under ``area``/``sector`` are where the people live: the
    older "small repeated vocabulary under a non-personal header" rule cleared them (the review's remaining leak);
    a vocabulary of service areas without a street or locality word still clears there."""
    streets = ["Mall Road", "College Road", "Hospital Road", "Bank Colony", "Transport Nagar", "Model Town",
               "Market Road"]
    barrios = ["Centro", "Mercado", "Centro Norte", "Barrio Hospital", "Universidad", "San Roque"]
    for header in ("area", "sector"):
        for vocabulary in (streets, barrios):
            assert not _clear(_draw(vocabulary), header), (header, vocabulary)
    assert _clear(_draw(["Retail", "Agriculture", "Manufacturing", "Healthcare", "Construction"]), "sector")
