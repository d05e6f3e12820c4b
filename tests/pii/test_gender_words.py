"""Gender words of many languages and scripts (:mod:`core.pii.gender_words`, issue 11 session 12): a column of words
for male and female clears under a header that says nothing, in a table of people; personal names written in the
same scripts, a gender column with a name among its values, and a column of one sex's word only stay masked. Every
value is made up here."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from core.pii.decide import decide_table
from core.pii.detect import profile_values
from tests.pii.made_up_people import people

RNG = random.Random(12_07)
N = 120


def _clear(values: Sequence[str]) -> bool:
    """Whether column ``f5`` holding ``values`` is stored in clear in a table of made-up people."""
    rows = [dict(r, f5=v) for r, v in zip(people(RNG, len(values)), values, strict=True)]
    return {d.column: d.clear for d in decide_table(list(rows[0]), rows)}["f5"]


def _column(vocab: Sequence[str]) -> list[str]:
    return [vocab[i % len(vocab)] if i < 2 * len(vocab) else RNG.choice(list(vocab)) for i in range(N)]


@pytest.mark.parametrize("vocab", [
    ["erkek", "aýal"], ["مرد", "زن"], ["ཕོ", "མོ"], ["M", "F", "ប្រុស", "ស្រី"], ["ފިރިހެން", "އަންހެން"],
    ["ชาย", "หญิง"], ["男性", "女性"], ["ذكر", "أنثى"], ["זכר", "נקבה"], ["पुरुष", "महिला"],
    ["mwanaume", "mwanamke"], ["laki-laki", "perempuan"], ["ወንድ", "ሴት"], ["კაცი", "ქალი"],
])
def test_words_for_male_and_female_are_a_gender_vocabulary_and_clear(vocab: list[str]) -> None:
    """Gender columns in many languages read as a gender vocabulary and clear in a table of people (one-letter
    values, ``M``/``F`` or ``м``/``ж``, are read as initials first, as before: not cleared by this list)."""
    values = _column(vocab)
    assert profile_values(values).kind == "vocabulary", vocab
    assert _clear(values) is True, vocab


@pytest.mark.parametrize("vocab", [
    ["مریم", "علی"],  # two people named in Persian script (the clerk and the physician of every row)
    ["ສົມສັກ", "ບຸນທັນ"],  # two names in Lao
    ["Kalodor", "Mibelan"],  # two made-up names in Latin script
    ["مرد", "زن", "رضا"],  # a gender column with a name among its values
    ["м", "ж", "Иванов"],
])
def test_names_in_the_same_scripts_stay_masked(vocab: list[str]) -> None:
    """Personal names (alone or mixed into words for a sex) are no gender vocabulary and stay masked."""
    values = _column(vocab)
    assert profile_values(values).kind != "vocabulary", vocab
    assert _clear(values) is False, vocab


def test_one_sex_alone_is_no_gender_vocabulary() -> None:
    """A column holding one sex's words only (``мужчина``, ``муж``) is not read as a gender vocabulary: both are
    needed."""
    assert profile_values(_column(["мужчина", "муж"])).kind != "vocabulary"
