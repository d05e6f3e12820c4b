"""Numbers of an address split into its parts (:mod:`core.pii.address_numbers`) and the address-part words shared with
the header lexicon, on made-up registers of people in several countries: under headers that say nothing the block,
house and flat numbers beside a street stay masked; a count far from the address, the same numbers under a header
naming a count, and a table without a street stay as before."""

from __future__ import annotations

import random

import pytest

from core.pii.address_numbers import small_integers, street_values
from core.pii.decide import decide_table
from core.pii.headers import header_signal

RNG = random.Random(1112)
N = 120

ADDRESSES = [  # area, street values, the small-integer parts (block / portal / building, floor / flat), a name
    (["الشامية", "كيفان", "الفيحاء", "العديلية"], lambda: RNG.choice(
        [f"شارع {RNG.randint(1, 60)}", "شارع الخليج العربي", "شارع عبدالله السالم"]), [12, 8],
     lambda: RNG.choice(["حسين محمد عباس", "لولوة خالد بدر", "يوسف صقر حمد"])),
    (["Centro", "Chamberí", "Salamanca", "Retiro"], lambda: RNG.choice(
        ["Calle Mayor", "Calle de Alcalá", "Avenida de América", "Paseo del Prado"]), [9, 8],
     lambda: f"{RNG.choice(['Ana', 'Luis', 'Rosa'])} {RNG.choice(['Ruiz', 'Mora', 'Vega'])}"),
    (["Арбат", "Хамовники", "Басманный", "Тверской"], lambda: RNG.choice(
        ["улица Ленина", "Тверская улица", "проспект Мира", "Садовая улица"]), [6, 9],
     lambda: f"{RNG.choice(['Иван', 'Анна', 'Олег'])} {RNG.choice(['Петров', 'Смирнов', 'Волков'])}"),
]


def _register(area, street, parts, name) -> tuple[list[str], list[dict[str, object]]]:  # type: ignore[no-untyped-def]
    cols = ["f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9", "f10"]
    rows = [{"f1": name(), "f2": f"+965 {RNG.randint(5000, 9999)} {RNG.randint(1000, 9999)}",
             "f3": f"{RNG.randint(1, 28):02d}/{RNG.randint(1, 12):02d}/{RNG.randint(1950, 2000)}",
             "f4": RNG.choice(area), "f5": RNG.randint(1, parts[0]), "f6": street(), "f7": RNG.randint(1, parts[1]),
             "f8": f"{RNG.randint(10, 500)}.{RNG.randint(100, 999)}", "f9": RNG.choice(["A", "B", "C"]),
             "f10": RNG.randint(1, 4)} for _ in range(N)]
    return cols, rows


@pytest.mark.parametrize("area,street,parts,name", ADDRESSES)
def test_block_and_house_numbers_beside_a_street_stay_masked_under_blank_headers(area, street, parts, name) -> None:
    cols, rows = _register(area, street, parts, name)
    decided = {d.column: d for d in decide_table(cols, rows)}
    assert not decided["f5"].clear and not decided["f7"].clear, (decided["f5"], decided["f7"])
    assert decided["f10"].clear, decided["f10"]  # the same numbers far from the address: a count, as before
    # under a header naming what they count they stay in clear
    named = [{("qty" if c == "f5" else c): v for c, v in r.items()} for r in rows]
    by_name = {d.column: d for d in decide_table([("qty" if c == "f5" else c) for c in cols], named)}
    assert by_name["qty"].clear, by_name["qty"]
    # without a street (the street column holds product names) nothing changes
    plain = [{**r, "f6": RNG.choice(["Widget", "Gadget", "Gizmo"])} for r in rows]
    without = {d.column: d for d in decide_table(cols, plain)}
    assert without["f5"].clear and without["f7"].clear, (without["f5"], without["f7"])


def test_street_values_and_small_integers() -> None:
    assert street_values(["شارع 54", "شارع الخليج العربي", "شارع 16", "جادة 4", "شارع 3"])
    assert street_values(["12 Main St", "4 Oak Road", "Calle Mayor 5", "rue de Rivoli", "9 Elm Ave"])
    assert not street_values(["Dr T. Moyo", "Dr. R. Chigumba", "Dr K. Mandaza", "Dr S Ncube", "Dr F. Patel"])
    assert not street_values(["St Mary's", "St John's", "St Kilda", "St Paul", "St Ives"])
    assert small_integers(["1", "12", "9", "4", "3"])
    assert not small_integers(["01", "12", "9", "4", "3"])  # zero-padded: a code
    assert not small_integers(["12345", "12", "9", "4", "3"])
    assert not small_integers(["1.5", "12", "9", "4", "3"])


@pytest.mark.parametrize("header", ["avenida", "Wohnung", "postfach", "الجادة", "جادة", "رقم المنزل", "شقة"])
def test_address_part_words_are_header_words_of_every_reader(header: str) -> None:
    """The address parts of :mod:`core.pii.disguised` are the header lexicon's own (one list): the header alone names a
    location, in any table."""
    sig = header_signal(header)
    assert sig.pii and sig.entity == "LOCATION", sig
