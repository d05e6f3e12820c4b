"""Labels of price lists and trading exports are no personal names, amounts with cents are no phone numbers
(:data:`core.pii.names.CATALOGUE_WORDS`, :func:`core.pii.detect.profile_values`): a made-up trading export under
headers that say nothing is no table of people, while a column of people named Price stays one of names."""

from __future__ import annotations

import random
from datetime import date

from core.pii.decide import decide_column, decide_table
from core.pii.detect import profile_values
from core.pii.names import load_name_lexicon, name_shape

RNG = random.Random(1113)
LABELS = ["MARK PRICE", "LIST PRICE", "LAST PRICE", "INDEX PRICE", "BID PRICE", "ASK PRICE", "NET PRICE",
          "SALE PRICE", "UNIT COST", "BASE RATE", "SPOT RATE", "FAIR PRICE", "CLOSE PRICE", "OPEN PRICE", "MARK RATE"]


def test_price_labels_are_not_read_as_names() -> None:
    labels = [RNG.choice(LABELS) for _ in range(100)]
    shares = name_shape(labels, load_name_lexicon())
    assert shares.any_known == 0.0 and shares.full == 0.0, shares
    assert decide_column("f3", labels).entity != "PERSON"
    people = [f"{RNG.choice(['Vincent', 'Alice', 'Olga', 'Kwame'])} {RNG.choice(['Price', 'Cost', 'Sale'])}"
              for _ in range(100)]  # unambiguous given names: people, whatever the surname
    assert name_shape(people, load_name_lexicon()).full > 0.5


def test_amounts_with_cents_are_no_phone_numbers() -> None:
    amounts = [f"{RNG.randint(100, 99999)}.{RNG.randint(10, 99)}" for _ in range(100)]
    assert profile_values(amounts).entity != "PHONE_NUMBER"
    phones = [f"{RNG.randint(200, 999)}.{RNG.randint(200, 999)}.{RNG.randint(1000, 9999)}" for _ in range(100)]
    assert profile_values(phones).entity == "PHONE_NUMBER"


def test_a_trading_export_under_blank_headers_is_no_table_of_people() -> None:
    rows = [{"f1": f"2024-03-{RNG.randint(10, 28)} 1{RNG.randint(0, 9)}:{RNG.randint(10, 59)}:{RNG.randint(10, 59)}",
             "f2": RNG.choice(["BTCUSDT", "ETHUSDT", "SOLUSDT"]), "f3": RNG.choice(LABELS),
             "f4": f"{RNG.randint(100, 99999)}.{RNG.randint(10, 99)}", "f5": RNG.randint(1, 40),
             "f6": f"2024-0{RNG.randint(1, 9)}-{RNG.randint(10, 28)}"} for _ in range(200)]
    decided = {d.column: d for d in decide_table(list(rows[0]), rows, as_of=date(2026, 12, 31))}
    assert not any(d.entity == "PERSON" or d.entity == "PHONE_NUMBER" for d in decided.values()), decided
    assert decided["f4"].clear and decided["f5"].clear and decided["f6"].clear, decided
