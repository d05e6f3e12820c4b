"""Session 15: yes/no flags under silent headers, check marks and accent-folded yes/no forms."""

from __future__ import annotations

import random

import numpy as np

from core.mapping.bool_values import SILENT_AGREEMENT, boolean_matrix, flag_share
from core.mapping.match import match_columns
from core.mapping.side import MatchColumn
from core.vocab.models import DomainCatalog


def _col(name: str, values: list[str], typ: str = "string") -> MatchColumn:
    return MatchColumn(table="t", name=name, original_name=name, logical_type=typ, values=values,
                       row_count=len(values))


def test_marks_and_accent_folded_forms_are_yes_no() -> None:
    assert flag_share(["Не", "не", "Н", "да", "✓", "Да", "Д"] * 6) == 1.0  # Bulgarian with check marks
    assert flag_share(["Όχι", "Ο", "ΟΧΙ", "οχι", "✓", "Ναι"] * 5) == 1.0  # accents folded
    assert flag_share(["Ndiyo", "✓", "Hapana", "H", "hapana"] * 5) == 1.0
    assert flag_share(["✓", "✗"] * 5) == 1.0
    assert flag_share(["✓"] * 10) == 0.0  # one side only


def test_silent_flags_are_shared_among_silent_boolean_targets() -> None:
    src = [_col("Βιολογικό", ["Ναι", "Όχι"] * 10), _col("Ποσότητα", ["12", "40"] * 10),
           _col("SGK", ["Evet", "Hayır"] * 10)]
    dst = [_col("F7", ["true", "false"], "bool"), _col("qty_kg", ["12.5", "3"], "float")]
    m = boolean_matrix(src, dst, np.zeros((2, 3)))
    assert m[0, 0] == m[0, 2] == SILENT_AGREEMENT * 0.5 < 0.55  # two silent flags, one silent boolean target
    assert np.isnan(m[0, 1]) and np.isnan(m[1]).all()
    named = np.zeros((2, 3))
    named[0, 2] = 0.6  # a header names the target: the silent rule does not apply to that target
    m2 = boolean_matrix(src, dst, named)
    assert np.isnan(m2[0, 0]) and m2[0, 2] == 0.65
    readable = [_col("is_organic", ["true", "false"], "bool"), dst[1]]
    assert np.isnan(boolean_matrix(src, readable, np.zeros((2, 3)))).all()  # a readable target header is no silence


def test_silent_flag_feeds_the_silent_boolean_target(domain_catalog: DomainCatalog) -> None:
    """End to end: a Greek table with a yes/no column under a header nothing reads, beside varieties and weights,
    and a coded boolean target: the candidate leads but stays under the accept bar (a person confirms)."""
    rng = random.Random(15)
    n = 60
    src = [_col("Αρ. Δελτίου", [f"D-{1000 + i}" for i in range(n)]),
           _col("Ποικιλία", [rng.choice(["Κορωνέικη", "Μανάκι", "Αθηνολιά"]) for _ in range(n)]),
           _col("Βάρος", [str(rng.randint(100, 900)) for _ in range(n)]),
           _col("Βιολογικό", [rng.choice(["Ναι", "Όχι", "ΟΧΙ", "✓", "Ο"]) for _ in range(n)])]
    dst = [_col("delivery_no", ["D-2001", "D-2002", "D-2003"]),
           _col("variety", ["Koroneiki", "Manaki", "Koroneiki"]),
           _col("weight_kg", ["350", "720", "140"], "float"),
           _col("F07", ["true", "false", "true"], "bool")]
    r = match_columns(src, dst, domain_catalog, mode="data_mode")
    top = r.ranking("F07").candidates[0]
    assert top.sources == ["Βιολογικό"] and top.score < 0.55
