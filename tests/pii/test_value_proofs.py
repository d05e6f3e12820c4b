"""Leak classes of the session-5 blind PII tables (issue 11, round 2, now dev) and the value proofs that replace
clearing on a vocabulary or a header alone (:mod:`core.pii.proof`). Each personal look-alike stays masked, and the
business value it resembles still goes through in clear under the proof (each test can fail both ways). All values
are made up here."""

from __future__ import annotations

import random
from collections.abc import Sequence

from core.pii.decide import decide_table
from core.pii.proof import K_MIN, magnitude_proof, vocabulary_proof

RNG = random.Random(20261206)
SYL = ["ka", "lo", "mi", "ren", "tas", "vo", "qui", "bel", "dor", "an", "zu", "pe"]
HAN = "东南西北春秋山水金木火土林海川阳明光华中"
N = 150


def _word() -> str:
    return "".join(RNG.choice(SYL) for _ in range(RNG.randint(2, 3))).capitalize()


def _people(n: int = N) -> list[dict[str, object]]:
    """Rows of a table of people: an e-mail and a full name per row (made-up syllables the lexicons do not know)."""
    return [{"email": f"{_word().lower()}.{i}@mail.test", "name": f"{_word()} {_word()}"} for i in range(n)]


def _clear(rows: list[dict[str, object]]) -> dict[str, bool]:
    return {d.column: d.clear for d in decide_table(list(rows[0]), rows)}


def _with(rows: list[dict[str, object]], column: str, values: Sequence[object]) -> list[dict[str, object]]:
    return [dict(r, **{column: v}) for r, v in zip(rows, values, strict=True)]


def _spread(vocab: list[str], n: int = N) -> list[str]:
    """``n`` cells drawn from ``vocab``, every value at least :data:`K_MIN` times."""
    cells = [v for v in vocab for _ in range(K_MIN)]
    return cells + [RNG.choice(vocab) for _ in range(n - len(cells))]


def test_places_in_a_script_without_letter_case_stay_masked() -> None:
    """A consignee's city in Chinese (``dingdan_fahuo_cn``: 11 cities over 400 rows) was cleared as "lower-case
    words": a script without case has no capitals to betray a place or a name. Without a header naming a
    non-personal kind it stays masked; lower-case ASCII statuses still go through."""
    cities = ["".join(RNG.choice(HAN) for _ in range(2)) + "市" for _ in range(9)]
    assert not vocabulary_proof(_spread(cities), person_table=False)
    assert _clear(_with(_people(), "shcs", _spread(cities)))["shcs"] is False
    assert _clear(_with(_people(), "f7", _spread(["paid", "shipped", "returned", "open"])))["f7"] is True


def test_logins_of_a_few_clerks_stay_masked_even_when_they_vary_within_people() -> None:
    """Clerks' logins (``m.levi``, ``nadia_k``, ``DOM\\rachel.b``) repeat over the rows and change between the rows of
    one person, so the event-attribute rule cleared them. A single letter joined to a word, a domain backslash or a
    known given name is no category label."""
    logins = [f"{RNG.choice('abcdefgh')}.{_word().lower()}" for _ in range(3)] + [
        f"{_word().lower()}_{RNG.choice('xyz')}", f"DOM\\{_word().lower()}"]
    assert not vocabulary_proof(_spread(logins), person_table=False)
    people = _people(30) * 5  # each person on five rows, so the column varies within people
    rows = _with(people, "user", _spread(logins))
    assert _clear(rows)["user"] is False
    purposes = _spread(["in_progress", "on_hold", "customer.created", "closed"])
    assert vocabulary_proof(purposes, person_table=True)  # underscores and dots between words are no login


def test_licence_numbers_and_code_words_are_no_vocabulary() -> None:
    """A physician's licence number (``MR 38100``: eight physicians over 280 visits) and a code word with a year
    (``мама1965``) repeat like statuses; a run of four digits marks an identifier or a secret, and in a table of
    people a lower-case word outside ASCII may be a secret word: both stay masked."""
    licences = [f"{RNG.choice(['MR ', '1-'])}{RNG.randint(10000, 99999)}" for _ in range(8)]
    assert not vocabulary_proof(_spread(licences), person_table=False)
    assert _clear(_with(_people(), "f19", _spread(licences)))["f19"] is False
    words = ["тайга", "ромашка", "пельмень", "урал", "синичка"]
    assert not vocabulary_proof(_spread(words), person_table=True)
    assert _clear(_with(_people(), "f22", _spread(words)))["f22"] is False
    assert _clear(_with(_people(), "f23", _spread(["low", "mid", "high"])))["f23"] is True


def test_a_value_seen_in_fewer_than_k_rows_breaks_the_vocabulary_proof() -> None:
    vocab = _spread(["gold", "silver", "bronze"])
    assert vocabulary_proof(vocab, person_table=True)
    assert not vocabulary_proof([*vocab[: len(vocab) - 1], "platinum"], person_table=True)


def test_a_header_alone_clears_no_fixed_width_number() -> None:
    """A card PIN (four digits, leading zeros lost, one per member) under ``MBR-NIP`` read as a VAT number was
    cleared as "numbers under a non-personal header". Numbers under a header need varied magnitudes now."""
    pins = [str(RNG.randint(0, 9999)) for _ in range(N)]
    durations = [str(int(10 ** RNG.uniform(1, 6))) for _ in range(N)]
    assert not magnitude_proof(pins) and magnitude_proof(durations)
    assert not magnitude_proof([f"{RNG.randint(0, 9999):04d}" for _ in range(N)])  # zero-padded: a code
    people = _people()
    assert _clear(_with(people, "mbr_nip", pins))["mbr_nip"] is False
    assert _clear(_with(people, "duration_ms", durations))["duration_ms"] is True


def test_dates_over_decades_in_a_table_of_people_need_an_event_header() -> None:
    """Dates spread over 90 years, children included (birth dates look like that) under ``record_date`` were cleared
    as business dates on the header alone. In a table of people the header must name an event of the record
    (``created_at``)."""
    days = [f"{RNG.randint(1935, 2025)}-{RNG.randint(1, 12):02d}-{RNG.randint(1, 28):02d}" for _ in range(N)]
    people = _people()
    assert _clear(_with(people, "record_date", days))["record_date"] is False
    assert _clear(_with(people, "created_at", days))["created_at"] is True
