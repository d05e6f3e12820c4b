"""Name gazetteers and the name shape of column values (core.pii.names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.paths import ASSETS_CONFIG
from core.pii.names import NameLexicon, fold_name, load_name_lexicon, name_shape

LEXICONS = ASSETS_CONFIG / "lexicons"
FILES = ("given_names.txt", "surnames.txt", "ambiguous_name_words.txt")

FULL_NAMES = [
    "John Smith", "María García López", "Jürgen Müller", "Nguyễn Văn Minh", "Wei Zhang", "Yuki Tanaka",
    "Dr. Anna Kowalska", "Novák, Petr", "Mehmet Yılmaz", "Priya Sharma", "Olumide Adeyemi", "Mr. James O'Brien",
    "Jean-Pierre Dubois", "Ahmed Hassan", "Kim Min-jun", "Siobhán Murphy", "Lars Andersson", "Giulia Rossi",
    "Hiroshi Suzuki", "Fatima Al-Sayed",
]
FIRST_NAMES = ["Anna", "Jürgen", "José", "Wei", "Yuki", "Olumide", "Priya", "Mehmet", "Siobhán", "Sven", "Łukasz",
               "Chiara", "Thabo", "Yael", "Oksana", "Ngozi", "Reza", "Ji-hoon"]
SURNAMES = ["Smith", "Müller", "Nguyen", "Wang", "Kowalski", "Silva", "Yamada", "Patel", "Yılmaz", "Andersson",
            "Novák", "Okafor", "Papadopoulos", "Ivanova", "Cohen", "Korhonen", "Dubois", "Rossi"]
CITIES = ["Berlin", "Munich", "Hamburg", "Paris", "Lyon", "Marseille", "Madrid", "Barcelona", "Rome", "Milan",
          "Lisbon", "Amsterdam", "Warsaw", "Prague", "Vienna", "Budapest", "Stockholm", "Oslo", "Helsinki", "Tokyo",
          "Osaka", "Seoul", "Beijing", "Shanghai", "Mumbai", "Delhi", "Cairo", "Lagos", "Nairobi", "New York",
          "Los Angeles", "Chicago", "Houston", "Toronto", "Sydney", "São Paulo", "Mexico City", "Buenos Aires",
          "Hong Kong", "San Francisco", "Santa Monica", "Saint Louis"]
COMPANIES = ["Siemens AG", "Deutsche Bank", "Volkswagen", "Nestlé", "Unilever", "Toyota Motor Corporation",
             "Samsung Electronics", "Johnson & Johnson", "Procter & Gamble", "Hugo Boss", "Louis Vuitton",
             "Morgan Stanley", "Goldman Sachs", "Tata Consultancy Services", "Banco Santander", "Coca-Cola Company",
             "Ford Motor Company", "General Electric", "Royal Dutch Shell", "Alibaba Group", "Microsoft",
             "Apple Inc.", "Amazon"]
PRODUCTS = ["iPhone 15 Pro", "Galaxy Tab S9", "Air Max 90", "Air Force", "PlayStation", "Kindle Paperwhite",
            "Surface Laptop", "Corolla", "Golf", "Polo", "Fiesta", "Model Y", "Big Mac", "Whopper",
            "Nespresso Vertuo", "ThinkPad X1", "Echo Dot", "Pixel Buds", "Coca-Cola Zero", "Red Bull"]
JOB_TITLES = ["Chief Executive Officer", "Software Engineer", "Nurse", "Sales Representative", "Accountant",
              "Data Scientist", "HR Manager", "Marketing Director", "Teacher", "Carpenter", "Baker", "Project Manager",
              "Warehouse Clerk", "Customer Service Agent", "Electrician", "Pharmacist", "Lawyer", "Civil Engineer"]


@pytest.fixture(scope="module")
def lex() -> NameLexicon:
    return load_name_lexicon()


def _entries(name: str) -> list[str]:
    return [line for line in (LEXICONS / name).read_text(encoding="utf-8").splitlines() if not line.startswith("#")]


@pytest.mark.parametrize("name", FILES)
def test_lexicon_files_are_clean_sorted_and_unique(name: str) -> None:
    text = (LEXICONS / name).read_text(encoding="utf-8")
    assert text.startswith("# ") and "written for this project" in text and "general knowledge" in text
    entries = _entries(name)
    assert entries and all(e and e == e.strip().lower() and not e.startswith("#") for e in entries)
    assert len(entries) == len(set(entries))
    assert entries == sorted(entries, key=lambda s: (fold_name(s), s))


@pytest.mark.parametrize(("name", "low", "high"), [("given_names.txt", 1500, 2500), ("surnames.txt", 1500, 2500),
                                                   ("ambiguous_name_words.txt", 100, 600)])
def test_lexicon_sizes(name: str, low: int, high: int) -> None:
    assert low <= len(_entries(name)) <= high


def test_lexicon_content_and_spellings() -> None:
    given, surnames, ambiguous = (set(_entries(f)) for f in FILES)
    assert {"jürgen", "juergen", "jurgen", "josé", "jose", "zoë", "zoe", "xiaoming", "hiroshi", "priya"} <= given
    assert {"smith", "müller", "mueller", "muller", "nguyen", "yılmaz", "yilmaz", "novák", "novak"} <= surnames
    assert ambiguous <= given | surnames and {"brown", "white", "grace", "mark"} <= ambiguous
    assert not {"may", "will", "paris", "london", "sydney"} & (given | surnames)


def test_lexicon_is_cached_per_process(lex: NameLexicon) -> None:
    assert load_name_lexicon() is lex
    other = load_name_lexicon(Path(LEXICONS))
    assert other == lex and load_name_lexicon(Path(LEXICONS)) is other


def test_full_names_across_cultures(lex: NameLexicon) -> None:
    shares = name_shape(FULL_NAMES, lex)
    assert shares.full >= 0.9 and shares.any_known == 1.0
    assert shares.first == 0.0 and shares.last == 0.0 and shares.counted == len(FULL_NAMES)


def test_first_name_and_surname_columns(lex: NameLexicon) -> None:
    first = name_shape(FIRST_NAMES, lex)
    assert first.first >= 0.9 and first.full == 0.0 and first.last < 0.3
    last = name_shape(SURNAMES, lex)
    assert last.last >= 0.9 and last.full == 0.0 and last.first < 0.3


@pytest.mark.parametrize("values", [CITIES, COMPANIES, PRODUCTS, JOB_TITLES], ids=["cities", "companies", "products",
                                                                                  "jobs"])
def test_non_name_columns_score_low(lex: NameLexicon, values: list[str]) -> None:
    shares = name_shape(values, lex)
    assert shares.full < 0.2 and shares.first < 0.1 and shares.last < 0.1 and shares.any_known < 0.3


def test_diacritics_fold_both_ways(lex: NameLexicon) -> None:
    assert fold_name("Łukasz") == "lukasz" and fold_name("Søren") == "soren" and fold_name("Đức") == "duc"
    spellings = ["Jürgen", "JURGEN", "Juergen", "Zoë", "Zoe", "Jose", "Lukasz", "Francois"]
    assert name_shape(spellings, lex).first == 1.0
    assert name_shape(["Müller", "MULLER", "Mueller", "Yilmaz", "Dvorak", "Schroeder", "Schroder"], lex).last == 1.0


def test_last_first_order_and_titles(lex: NameLexicon) -> None:
    assert name_shape(["Novák, Petr"], lex).full == 1.0
    assert name_shape(["Smith, John, Jr."], lex).full == 1.0
    assert name_shape(["Prof. Dr. Ing. Hans Peter Müller"], lex).full == 1.0
    assert name_shape(["Mme Marie Dubois", "Herr Müller"], lex).last == 0.5
    assert name_shape(["Hans Peter Karl Otto Müller"], lex).full == 0.0  # five tokens: not one person
    assert name_shape(["Apples, Pears, Plums, Kiwis"], lex).full == 0.0


def test_ambiguous_words_count_half(lex: NameLexicon) -> None:
    assert name_shape(["Grace"], lex).first == 0.5
    assert name_shape(["Brown"], lex).last == 0.5
    assert name_shape(["Mark Brown"], lex).full == 0.5
    assert name_shape(["grace", "Anna"], lex).first == 0.75


def test_capitalised_other_token_counts_only_when_capitalised(lex: NameLexicon) -> None:
    assert name_shape(["Anna Zxqwertyova"], lex).full == 1.0
    assert name_shape(["anna zxqwertyova"], lex).full == 0.0
    assert name_shape(["anna smith"], lex).full == 1.0


def test_placeholders_ignored_digits_and_at_never_count(lex: NameLexicon) -> None:
    shares = name_shape(["<PERSON>", "", "   ", "NULL", "John Smith"], lex)
    assert shares.counted == 1 and shares.full == 1.0
    shares = name_shape(["john.smith@example.com", "John Smith 2", "Anna1", "John Smith"], lex)
    assert shares.counted == 4 and shares.full == 0.25 and shares.first == 0.0 and shares.any_known == 0.25
    assert name_shape([], lex).counted == 0 and name_shape([], lex).full == 0.0


def test_company_share_counts_organization_markers_not_people_or_departments() -> None:
    from core.pii.names import company_share

    assert company_share(["Lakeside Hardware Co.", "Central Mechanical Inc.", "Acme GmbH", "Blue Sky Dental Labs"]) == 1
    assert company_share(["María de la Cruz", "Jan de Vries", "Helen Carter"]) == 0
    assert company_share(["Research & Development", "Finance", "<PERSON>", ""]) == 0
