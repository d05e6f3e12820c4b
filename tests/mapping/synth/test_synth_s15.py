"""Session 15's synthesis families (dev_b10's classes): units of torque and volume flow, kana and full-width folds,
byte escapes of RTF and MIME encoded words, Cyrillic romanised by a national standard, vanity phone numbers on the
keypad, more languages' month names, gendered salutations, the relative change of two numbers with an explicit
``+``, and the ranking rule that the decimals of a number are never an inexact fit. Own examples (none from a golden
set), held rows, refusals, and DuckDB / PostgreSQL / MariaDB agreeing with Polars on every new kind of program."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from core.mapping.synth import byte_escapes, decshift, kana, signs, synthesize, translit
from core.mapping.synth.exactness import fraction_digits
from core.mapping.synth.scripts import keypad_table
from core.mapping.synth.synthesize import engine_outputs
from dsl.compile_sql import to_sql
from dsl.errors import DialectUnsupported
from tests.mapping.synth.backend_cases import S2, S, Train, backend_differentials


def _solve(train: Train, held: list[list[str | None]]) -> list[Any]:
    types = S if len(train[0][0]) == 1 else S2
    res = synthesize(list(train), list(types), types, budget_ms=3000)
    assert res.pipeline is not None and res.solved_all
    return engine_outputs(res.pipeline, held, list(types), types)


def _unsolved(train: Train) -> bool:
    types = S if len(train[0][0]) == 1 else S2
    return not synthesize(list(train), list(types), types, budget_ms=1500).solved_all


# --- ranking: the decimals of a number ---------------------------------------------------------------------------

def test_the_decimals_of_a_number_are_no_rounded_fit() -> None:
    # a + 0.13 * b at one decimal: round(b * 1.3) gives the digit after the point on these rows by coincidence
    assert _unsolved([(["9", "4"], "9.5"), (["9", "7"], "9.9"), (["8", "6"], "8.8")])
    # exact arithmetic on the decimals stays: a version's minor number plus one
    assert _solve([(["1", "3"], "1.4"), (["2", "0"], "2.1"), (["7", "5"], "7.6")], [["4", "2"]]) == ["4.3"]
    assert fraction_digits(["9.5", "10.25"]) == {("5", "25")}
    assert fraction_digits(["9.5", "x"]) == set()


# --- units -----------------------------------------------------------------------------------------------------------

def test_torque_and_flow_units_in_one_column() -> None:
    def nm(x: float) -> str:
        return f"{x * 1.3558179483314004 + 1e-9:.1f}"
    torque: Train = [(["100 ft-lb"], nm(100)), (["250 N·m"], "250.0"), (["35 lbf-ft"], nm(35))]
    assert _solve(torque, [["410 lb-ft"], ["88 N·m"]]) == [nm(410), "88.0"]
    flow: Train = [(["120 L/min"], "7.2"), (["3 l/s"], "10.8"), (["42.5 m³/h"], "42.5")]
    assert _solve(flow, [["50 L/min"], ["0.5 l/s"], ["7 m³/h"]]) == ["3.0", "1.8", "7.0"]


# --- scripts ---------------------------------------------------------------------------------------------------------

def test_hiragana_to_katakana_for_every_kana() -> None:
    train: Train = [(["たなか ゆき"], "タナカ ユキ"), (["こばやし"], "コバヤシ"), (["おおの ぢゅん"], "オオノ ヂュン")]
    assert _solve(train, [["ふじい ゑみ"], ["Tanaka"]]) == ["フジイ ヱミ", "Tanaka"]
    # a kana kept as it is in one example is no fold
    assert not kana.candidates([["たなか"], ["すず"]], ["タナカ", "すズ"], ["c0"], S)


def test_full_width_forms_fold_to_ascii() -> None:
    found = kana.candidates([["ＡＢ１２"], ["Ｘ－９"]], ["AB12", "X-9"], ["c0"], S)
    assert found and engine_outputs(found[0].pipeline, [["ｚ　１"]], ["c0"], S) == ["z 1"]


def test_rtf_hex_escapes_and_a_byte_the_code_page_lacks() -> None:
    train: Train = [(["Gr\\'fc\\'dfe"], "Grüße"), (["na\\'efve"], "naïve"), (["plain"], "plain")]
    assert _solve(train, [["\\'c9t\\'e9 \\'80 5"], ["x\\'81y"]]) == ["Été € 5", None]


def test_mime_q_words_utf8_and_latin1_and_plain_text() -> None:
    train: Train = [(["=?utf-8?Q?K=C3=B6ln_Hbf?="], "Köln Hbf"), (["=?iso-8859-1?q?Z=FCrich?="], "Zürich"),
                    (["Bern"], "Bern")]
    held = [["=?UTF-8?Q?=C5=81=C3=B3d=C5=BA?="], ["a_b"], ["=?UTF-8?Q?x=E2=82?="]]
    assert _solve(train, held) == ["Łódź", "a_b", None]
    assert not byte_escapes.candidates([["=?UTF-8?Q?K=C3=B6ln?="]], ["Koln"], ["c0"], S)


def test_cyrillic_names_by_their_standard() -> None:
    ua: Train = [(["Ярослав Гуменюк"], "Yaroslav Humeniuk"), (["Олексій Єрмак"], "Oleksii Yermak"),
                 (["Зіновій"], "Zinovii")]
    assert _solve(ua, [["Юрій Згурський"], ["ЯНА ЧУБ"]]) == ["Yurii Zghurskyi", "YANA CHUB"]
    ru: Train = [(["Юрий Щукин"], "Iurii Shchukin"), (["Наталья"], "Natalia"), (["Эдуард"], "Eduard")]
    assert _solve(ru, [["Фёдор Хрущёв"]]) == ["Fedor Khrushchev"]
    sr: Train = [(["Љиљана"], "Ljiljana"), (["Ђурђевић"], "Đurđević"), (["Џонић"], "Džonić")]
    assert _solve(sr, [["Његош Ћосић"]]) == ["Njegoš Ćosić"]
    assert translit.reference("ukrainian_kmu2010", "Київ") == "Kyiv"


def test_vanity_numbers_fold_to_keypad_digits() -> None:
    train: Train = [(["1-800-FLOWERS"], "18003569377"), (["(844) NEW-CARS"], "18446392277"),
                    (["800-GOT-JUNK"], "18004685865")]
    assert _solve(train, [["855-MYHOMES"]]) == ["18556946637"]
    assert keypad_table(["1-800-FLOWERS"], ["Flowers"]) == {}  # an output with letters: no fold
    assert keypad_table(["800-1234"], ["8001234"]) == {}


# --- vocabularies ----------------------------------------------------------------------------------------------------

def test_month_names_of_more_languages() -> None:
    greek: Train = [(["3 Ιανουαρίου 2021"], "2021-01-03"), (["28 Φεβρουαρίου 2022"], "2022-02-28"),
                    (["9 Ιουνίου 2020"], "2020-06-09")]
    assert _solve(greek, [["12 Δεκεμβρίου 2019"], ["1 Μαΐου 2024"]]) == ["2019-12-12", "2024-05-01"]
    russian: Train = [(["5 января 2020"], "2020-01-05"), (["17 марта 2021"], "2021-03-17"),
                      (["30 июня 2022"], "2022-06-30")]
    assert _solve(russian, [["2 октября 2023"]]) == ["2023-10-02"]


def test_salutations_name_a_gender() -> None:
    train: Train = [(["Monsieur"], "male"), (["Frau"], "female"), (["Mr."], "male")]
    assert _solve(train, [["Señora"], ["Herr"], ["Mlle"]]) == ["female", "male", "female"]


# --- arithmetic ------------------------------------------------------------------------------------------------------

def test_a_relative_change_with_an_explicit_plus() -> None:
    def ref(a: float, b: float) -> str:
        v = (b - a) / a * 100
        return f"{v:+.1f} %"
    rows = [(200.0, 250.0), (80.0, 76.0), (1000.0, 1125.0)]
    train: Train = [([f"{a:.2f}", f"{b:.2f}"], ref(a, b)) for a, b in rows]
    held = [(50.0, 40.0), (12.5, 15.0)]
    assert _solve(train, [[f"{a:.2f}", f"{b:.2f}"] for a, b in held]) == [ref(a, b) for a, b in held]
    assert signs.plus_signed(["+1", "-2"]) and not signs.plus_signed(["+1", "+2"]) and not signs.plus_signed(["1"])


def _sats(v: str) -> str:
    return format(Decimal(v).scaleb(-17).normalize(), "f")


SATS: Train = [([v], _sats(v)) for v in ("1234500000000000000000", "70000000000000000", "987654321987654321")]


def test_a_long_integer_shifted_as_text() -> None:
    held = [["5"], ["100000000000000000000000"], ["12a"], [""]]
    assert _solve(SATS, held) == [_sats("5"), _sats("100000000000000000000000"), None, None]
    assert decshift.shifted("0001", 3) == "0.001"
    # different shifts: no single k
    assert not decshift.candidates([["1000000000000000000"], ["2000000000000000000"]], ["1", "20"], ["c0"], S)


# --- backends --------------------------------------------------------------------------------------------------------

CASES: dict[str, tuple[Any, Train, list[list[str | None]]]] = {
    "kana": (kana, [(["たなか"], "タナカ"), (["すずき"], "スズキ"), (["ゆき"], "ユキ")], [["ゑびす"], [None]]),
    "translit_ua": (translit, [(["Ярослав Гуменюк"], "Yaroslav Humeniuk"), (["Олексій Єрмак"], "Oleksii Yermak"),
                               (["Зіновій"], "Zinovii")], [["ЯНА ЧУБ"], ["Мар'яна"], [None]]),
    "decshift": (decshift, SATS, [["5"], ["0"], ["-3"], [None]]),
    "change": (None, [(["200.00", "250.00"], "+25.0"), (["80.00", "76.00"], "-5.0"), (["1000.00", "1125.00"], "+12.5")],
               [["50.00", "40.00"], ["0.00", "1.00"]]),
}


def test_byte_escape_tables_run_in_polars_only() -> None:
    # one literal replace per byte: longer than the 64 chained steps SQL is compiled for (like percent-decoding)
    found = byte_escapes.candidates([["Gr\\'fc\\'dfe"], ["x"]], ["Grüße", "x"], ["c0"], S)
    assert found
    with pytest.raises(DialectUnsupported):
        to_sql(found[0].pipeline, "duckdb", "t", S)
    assert engine_outputs(found[0].pipeline, [["\\'C9t\\'e9"], [None]], ["c0"], S) == ["Été", None]


test_duckdb_agrees_with_polars, test_postgres_agrees_with_polars, test_mariadb_agrees_with_polars = \
    backend_differentials(CASES)
