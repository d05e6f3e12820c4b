"""Headers written as a standard's codes (CDISC SDTM variables, customs-declaration boxes)."""

from __future__ import annotations

from pathlib import Path

from core.mapping.coded_headers import coded_words, load_standards
from core.mapping.match import match_columns
from core.mapping.side import MatchColumn


def _c(table: str, name: str, t: str = "string") -> MatchColumn:
    return MatchColumn(table=table, name=name.lower(), original_name=name, logical_type=t)


def test_a_table_of_codes_reads_them_and_a_single_code_reads_nothing() -> None:
    def words(ws: tuple[frozenset[str], ...]) -> frozenset[str]:
        return frozenset().union(*ws)

    sdtm = coded_words(["STUDYID", "USUBJID", "RFICDTC", "DTHFL", "notes"])
    assert {"informed", "consent", "date"} <= words(sdtm[2]) and {"death", "flag"} <= words(sdtm[3]) and sdtm[4] == ()
    # ``ARM``/``SEX`` in an ordinary table are no SDTM variables
    assert coded_words(["id", "name", "SEX", "ARM", "city", "zip", "phone", "email"]) == [()] * 8
    boxes = [words(w) for w in coded_words(["№ п/п", "гр.6", "Box 35", "гр.38", "гр.47 028", "гр.54 ПІБ"])]
    assert "packages" in boxes[1] and {"gross", "mass"} <= boxes[2] and {"net", "mass"} <= boxes[3]
    assert "vat" in boxes[4] and "date" in boxes[5] and boxes[0] == frozenset()


def test_the_file_format(tmp_path: Path) -> None:
    f = tmp_path / "codes.tsv"
    f.write_text("# c\n@x\tmarkers\tbox;feld\nx\t1\tfirst thing;one\nx\t1 a9\tsub thing\ny\tABC\tthe abc\n",
                 encoding="utf-8")
    std = load_standards(f)
    assert std["x"].read("Feld 01") == (frozenset({"first", "thing"}), frozenset({"one"}))
    assert std["x"].read("box 1 A9") == (frozenset({"sub", "thing"}),)
    assert std["x"].read("box 1 ZZ") == std["x"].read("box1")
    assert std["x"].read("Kiste 1") is None and std["y"].read(" abc ") == (frozenset({"abc"}),)  # "the" names nothing


def test_sdtm_variables_meet_the_target_columns_they_mean() -> None:
    src = [_c("dm", h) for h in ("STUDYID", "USUBJID", "RFICDTC", "RFENDTC", "DTHFL", "DCSREAS", "SAFFL")]
    dst = [_c("t", h) for h in ("consent_date", "reference_end_date", "death_flag", "discontinuation_reason",
                                "study_id", "safety_population")]
    r = match_columns(src, dst, None)
    got = {a.target: a.sources[0] for a in r.assignment}
    assert got == {"consent_date": "rficdtc", "reference_end_date": "rfendtc", "death_flag": "dthfl",
                   "discontinuation_reason": "dcsreas", "study_id": "studyid", "safety_population": "saffl"}


def test_customs_boxes_meet_the_target_columns_they_mean() -> None:
    src = [_c("d", h) for h in ("гр.6", "гр.22", "гр.23", "гр.35", "гр.38", "гр.47 028")]
    dst = [_c("t", h) for h in ("gross_mass_kg", "net_mass_kg", "exchange_rate", "vat_amount", "total_packages")]
    r = match_columns(src, dst, None)
    got = {a.target: a.sources[0] for a in r.assignment}
    assert got["gross_mass_kg"] == src[3].name and got["net_mass_kg"] == src[4].name
    assert got["exchange_rate"] == src[2].name and got["vat_amount"] == src[5].name
    assert got["total_packages"] == src[0].name


def test_an_ordinary_numbering_of_boxes_is_no_customs_declaration() -> None:
    # "Box 1..N", "Ruta 1..N", "Case 1..N" number any form's fields: no SAD box words for them
    for marker in ("Box", "Ruta", "Case", "Feld", "Pole"):
        heads = ["id", *(f"{marker} {k}" for k in range(1, 6)), "comment"]
        assert coded_words(heads) == [()] * len(heads), marker
    # end to end: a "sender" target is not read into "Box 2"
    src = [_c("f", h) for h in ("Box 1", "Box 2", "Box 3", "Box 4")]
    r = match_columns(src, [_c("t", "sender"), _c("t", "receiver")], None)
    assert not [a for a in r.assignment if a.sources and a.sources[0] in {"box 2", "box 8"}]


def test_customs_context_comes_from_a_customs_marker_or_defining_boxes() -> None:
    # a marker only customs forms use
    assert all(coded_words(["гр.1", "гр.2", "гр.3"]))
    # generic markers, but box numbers of a declaration (gross/net mass, taxes), not a run 1..k
    boxes = coded_words(["Box 2", "Box 8", "Box 35", "Box 38"])
    assert all(boxes) and {"gross", "mass"} <= frozenset().union(*boxes[2])
    # an unknown sub-code reads as its box only for box 47 (tax types are each country's own)
    std = load_standards()["sad"]
    assert std.read("гр.47 099") == std.read("гр.47") and std.read("гр.35 2") is None


def test_the_vocabulary_is_the_standards_own_labels() -> None:
    # each code reads as its published label only: no wording shaped after some target's column names
    std = load_standards()

    def words(name: str, code: str) -> frozenset[str]:
        return frozenset().union(*std[name].codes[code.upper()])

    assert words("sdtm", "DTHFL") == {"subject", "death", "flag"}
    assert words("sdtm", "ETHNIC") == {"ethnicity"}
    assert words("sdtm", "STUDYID") == {"study", "identifier"} and "number" not in words("sdtm", "SITEID")
    assert "dose" not in words("sdtm", "RFENDTC")
    assert words("sad", "2") == {"consignor", "exporter"} and words("sad", "6") == {"total", "packages"}
    assert "invoice" not in words("sad", "22") and "regime" not in words("sad", "1")
    # ADaM ADSL beside SDTM: its common variables, by their labels
    assert {"TRT01P", "TRT01A", "SAFFL", "ITTFL", "AGEGR1"} <= set(std["sdtm"].codes)
