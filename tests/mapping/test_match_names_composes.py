"""Session 10 mechanisms: names read from their shape (core.mapping.name_groups), composes read from the
target's examples (core.mapping.value_composes), the glossary's further languages and the eval's labels of a
headerless source (core.mapping.eval.headerless_labels)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from core.mapping.eval import headerless_labels
from core.mapping.eval_loo import small_grid
from core.mapping.glossary import glossary
from core.mapping.headers import abbreviates
from core.mapping.match import match_columns
from core.mapping.name_groups import name_share
from core.mapping.side import MatchColumn
from core.mapping.value_composes import value_composes
from core.vocab.models import DomainCatalog
from core.vocab.tokens import split_tokens

_FAMILY = ["Kim", "Lee", "Park", "Garcia", "Smith", "Tanaka", "Wang", "Nguyen", "Silva", "Brown"]
_GIVEN = ["Minjun", "Keziah", "Sota", "Hao", "Aoi", "Yan", "Mary", "Lucas", "Ana", "Tom"]
_HANGUL = ["김민준", "이서연", "박지호", "최유리", "정하은", "강도윤", "조서준", "윤지우", "장예린", "임하준"]


def _col(name: str, values: list[str] | None, domain: str | None = None, typ: str = "string") -> MatchColumn:
    return MatchColumn(table="t", name=name, original_name=name, logical_type=typ, values=values, domain=domain,
                       domain_score=1.0 if domain else 0.0, domain_candidates={domain: 1.0} if domain else {},
                       row_count=len(values) if values else None)


def test_name_shapes() -> None:
    assert name_share(["Keziah Garcia", "김민준", "LO BIANCO Francesco", "王 伟"]) == 1.0
    assert name_share(["ST", "KG", "12 Main St", "info@x.org", "Zone A1"]) == 0.0


def test_a_column_of_names_without_a_domain_feeds_the_name_parts(domain_catalog: DomainCatalog) -> None:
    """Guests' names (Latin and solid Hangul, no domain: a header nobody knows) against the staff's names
    (few, repeated, all Hangul, read as full names): the Latin examples of the target pick the guests."""
    rnd = random.Random(5)
    guests = [rnd.choice([f"{rnd.choice(_GIVEN)} {rnd.choice(_FAMILY)}", rnd.choice(_HANGUL) + rnd.choice("민서준")])
              for _ in range(120)]
    staff = [rnd.choice(_HANGUL[:4]) for _ in range(120)]
    src = [_col("c1", [f"R{k:04d}" for k in range(120)]), _col("c2", guests), _col("c3", staff, "person.full_name")]
    dst = [_col("reservation_id", ["R9001", "R9002"]),
           _col("family_name", ["Wang", "Watanabe", "Yang"], "person.last_name"),
           _col("given_name", ["Hao", "Aoi", "Yan"], "person.first_name")]
    got = {a.target: (a.kind, a.sources) for a in match_columns(src, dst, domain_catalog, mode="data_mode").assignment}
    assert got["family_name"] == ("decompose", ["c2"]) and got["given_name"] == ("decompose", ["c2"])


def test_a_full_name_composes_from_the_columns_its_examples_are_made_of() -> None:
    rnd = random.Random(7)
    first = [rnd.choice(_GIVEN) for _ in range(150)]
    last = [f"{rnd.choice(_FAMILY)} {rnd.choice(_FAMILY)}" for _ in range(150)]
    src = [_col("nome", first), _col("apelidos", last), _col("turma", [rnd.choice(["A", "B", "C"]) for _ in first]),
           _col("unit", [rnd.choice(["ST", "EA", "KG"]) for _ in first])]
    dst = [_col("full_name", ["Ana Silva Kim", "Tom Brown Lee", "Mary Nguyen Park"]),
           _col("price_control", ["STANDARD", "EAVERAGE"])]
    got = value_composes(src, dst)
    assert got == {0: ([0, 1], 0.7)}  # a code glued into one word (ST in STANDARD) is no part


@pytest.mark.parametrize(("header", "want"), [
    ("Kvotetype", {"quota", "type"}), ("الفرع", {"branch"}), ("Vægt", {"weight"}), ("Hmotnost", {"weight"}),
    ("סניף", {"branch"}), ("Üzemanyag", {"fuel"}), ("Zorbluxaqwe", set()),
])
def test_glossary_knows_more_languages(header: str, want: set[str]) -> None:
    assert want <= set(glossary().of(header)) and (want or not glossary().of(header))


def test_vietnamese_letters_fold_and_known_words_are_no_abbreviations() -> None:
    assert split_tokens("Khối lượng") == ("khoi", "luong")
    words = glossary().english_words
    assert "city" in words and not abbreviates("city", "commodity", words)
    assert abbreviates("qty", "quantity", words) and abbreviates("cust", "customer", words)


def test_labels_of_a_headerless_source_name_the_loaders_columns(tmp_path: Path) -> None:
    """A cell repeated in the first record (``16`` twice) names no one column: either reading is a hit."""
    csv = tmp_path / "source.csv"
    csv.write_text("WK1,16,BLUE,16\nWK2,05,RED,05\n", encoding="utf-8")
    corr = [{"target": "pcn", "sources": ["WK1"]}, {"target": "band", "sources": ["16"]},
            {"target": "colour", "sources": ["BLUE"]}, {"target": "spare", "sources": []}]
    got = headerless_labels(corr, csv, ["column_1", "column_2", "column_3", "column_4"])
    assert [c["sources"] for c in got] == [["column_1"], ["column_2"], ["column_3"], []]
    assert got[1]["alternatives"] == [["column_2"], ["column_4"]]
    assert all("alternatives" not in c for k, c in enumerate(got) if k != 1)
    assert headerless_labels(corr, csv, ["WK1", "16", "BLUE", "16b"]) == corr  # a header row was read


def test_an_ambiguous_headerless_label_is_a_hit_on_any_of_its_columns() -> None:
    from core.mapping.eval import score_report
    from core.mapping.models import Candidate, MatchReport, SourceRanking, TargetRanking

    def report(source: str) -> MatchReport:
        return MatchReport(mode="data_mode", targets=[TargetRanking(target="band", original="band", candidates=[
            Candidate(sources=[source], score=0.9)])], sources=[
            SourceRanking(source=f"column_{k}", original=f"column_{k}") for k in (2, 4)],
            assignment=[], unmatched_targets=[], unused_sources=[])

    label = [{"target": "band", "sources": ["column_2"], "alternatives": [["column_2"], ["column_4"]]}]
    assert score_report("p", report("column_4"), label).top1 == 1.0
    assert score_report("p", report("column_2"), label).top1 == 1.0
    assert score_report("p", report("column_4"), [{"target": "band", "sources": ["column_2"]}]).top1 == 0.0


def test_the_first_record_is_read_as_the_loader_reads_it(tmp_path: Path) -> None:
    """A semicolon-delimited Latin-1 export without a header row: its labels are translated all the same."""
    csv = tmp_path / "source.csv"
    csv.write_bytes("Müller;16;BLAU\nKöhler;05;ROT\nSchäfer;07;GRÜN\n".encode("latin-1"))
    corr = [{"target": "name", "sources": ["Müller"]}, {"target": "colour", "sources": ["BLAU"]}]
    got = headerless_labels(corr, csv, ["column_1", "column_2", "column_3"])
    assert [c["sources"] for c in got] == [["column_1"], ["column_3"]]


def test_small_grid_starts_with_the_shipped_numbers() -> None:
    from core.mapping.scoring import DATA_PARAMS

    grid = small_grid(DATA_PARAMS)
    assert grid[0] == DATA_PARAMS and 15 <= len(grid) <= 25 and len(set(map(repr, grid))) == len(grid)


def test_a_crowd_of_look_alike_flags_picks_no_one_by_domain_alone(domain_catalog: DomainCatalog) -> None:
    """Four SAP-style flag columns against a wide target's boolean columns whose headers none of them
    names: the shared domain does not make any pair assignable; the one header that names a target does."""
    src = [_col(n, ["X", "", "X", ""] * 10, "flag.boolean") for n in ("XCHPF", "ZZ_ROHS", "EKWSL", "KZKRI")]
    src.append(_col("hazmat_flag", ["X", ""] * 20, "flag.boolean"))
    dst = [_col(n, None, "flag.boolean", "bool") for n in ("is_fragile", "battery_included", "gift_wrap", "hazmat")]
    got = {a.target: a.sources for a in match_columns(src, dst, domain_catalog, mode="data_mode").assignment}
    assert got == {"hazmat": ["hazmat_flag"]}


_NOT_NAMES = {
    "company": ["Nordic Freight", "Blue Harbor Logistics", "Acme Widgets", "Polar Tech", "Green Valley Farms",
                "Silver Arrow Transport", "Bright Path Media", "Oak Ridge Supply", "Crystal Waters", "Red Fox Design"],
    "city": ["Buenos Aires", "Rio Grande", "Los Angeles", "Le Havre", "Den Haag", "Las Vegas", "Costa Mesa",
             "Bad Homburg", "El Paso", "Hong Kong"],
    "product": ["Oat Milk", "Green Tea", "Dark Roast", "Peanut Butter", "Apple Juice", "Rye Bread", "Sea Salt",
                "Olive Oil", "Maple Syrup", "Tomato Soup"],
    "city_cjk": ["北京", "上海", "广州", "深圳", "成都", "杭州", "武汉", "重庆", "天津", "南京", "대구", "광주", "울산",
                 "대전", "포항"],
    "product_cjk": ["커피", "라면", "과자", "맥주", "생수", "우동", "绿茶", "咖啡", "面包", "饼干", "果汁", "酸奶"],
}


def _parts_assigned(values: list[str], domain: str | None = None) -> dict[str, tuple[str, list[str]]]:
    from core.vocab.catalog_loader import load_domain_catalog

    src = [_col("c1", [f"R{k:04d}" for k in range(len(values))]), _col("c2", values, domain)]
    dst = [_col("family_name", ["Moreau", "Watanabe", "Okafor"], "person.last_name"),  # in no source value
           _col("given_name", ["Ines", "Omar", "Lena"], "person.first_name")]
    report = match_columns(src, dst, load_domain_catalog(), mode="data_mode")
    return {a.target: (a.kind, a.sources) for a in report.assignment}


@pytest.mark.parametrize("kind", sorted(_NOT_NAMES))
def test_name_shaped_values_the_gazetteers_do_not_know_are_no_names(kind: str) -> None:
    """Company names, cities and products written as two capitalised words or 2-4 CJK characters (no domain:
    a header nobody knows) feed no first or last name."""
    got = _parts_assigned(_NOT_NAMES[kind])
    assert not any(sources == ["c2"] for _, sources in got.values()), got


def test_names_under_a_non_person_domain_are_not_read_as_names() -> None:
    """Real personal names in a column domaining read as a company's name (a sole trader's firm) are not
    proposed as name parts; the same values without a domain are."""
    people = [f"{g} {f}" for g, f in zip(_GIVEN, _FAMILY, strict=True)]
    assert _parts_assigned(people, "org.company_name") == {}
    assert _parts_assigned(people)["given_name"] == ("decompose", ["c2"])


def test_group_candidates_read_from_values_say_what_was_seen(domain_catalog: DomainCatalog) -> None:
    """A compose read from the examples and a decompose read from name shapes (sources without a domain)
    carry their own mechanism's note, never a domain that is not there ("part of None")."""
    rnd = random.Random(7)
    first = [rnd.choice(_GIVEN) for _ in range(150)]
    last = [f"{rnd.choice(_FAMILY)} {rnd.choice(_FAMILY)}" for _ in range(150)]
    src = [_col("nome", first), _col("apelidos", last)]
    dst = [_col("full_name", ["Ana Silva Kim", "Tom Brown Lee", "Mary Nguyen Park"])]
    report = match_columns(src, dst, domain_catalog, mode="data_mode")
    comp = next(c for c in report.ranking("full_name").candidates if c.kind == "compose")
    assert comp.evidence.notes == ["the target's examples are made of the values of nome and apelidos"]
    people = [f"{g} {f}" for g, f in zip(_GIVEN, _FAMILY, strict=True)]
    src = [_col("c1", [f"R{k:04d}" for k in range(10)]), _col("c2", people)]
    dst = [_col("given_name", ["Ines", "Omar", "Lena"], "person.first_name")]
    report = match_columns(src, dst, domain_catalog, mode="data_mode")
    dec = next(c for c in report.ranking("given_name").candidates if c.kind == "decompose")
    assert "None" not in dec.evidence.notes[0] and "personal names" in dec.evidence.notes[0]


def test_value_composes_index_finds_what_a_scan_of_every_column_finds() -> None:
    """The value -> columns index gives the per-column scan's answer (random tables of multi-word values)."""
    from core.mapping.value_composes import JOINT_SHARE, PART_SHARE, _spans, _vocab

    rnd = random.Random(13)
    words = _GIVEN + _FAMILY
    for _ in range(20):
        src = [_col(f"s{j}", [" ".join(rnd.sample(words, rnd.randint(1, 2))) for _ in range(40)]) for j in range(6)]
        dst = [_col(f"t{i}", [" ".join(rnd.sample(words, 3)) for _ in range(8)]) for i in range(3)]
        want = {}
        for i, d in enumerate(dst):
            ex = d.values or []
            held = {}
            for j, s in enumerate(src):
                voc = _vocab(s.values or [])
                if {e.casefold() for e in ex} & voc:
                    continue
                hits = [bool(_spans(e) & voc) for e in ex]
                if sum(hits) >= PART_SHARE * len(ex):
                    held[j] = hits
            if len(held) >= 2:
                a, b = sorted(held, key=lambda j: (-sum(held[j]), j))[:2]
                joint = sum(x and y for x, y in zip(held[a], held[b], strict=True)) / len(ex)
                if joint >= JOINT_SHARE:
                    want[i] = sorted([a, b])
        assert {i: js for i, (js, _) in value_composes(src, dst).items()} == want
