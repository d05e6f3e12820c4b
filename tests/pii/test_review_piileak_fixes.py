"""Review of session 12's PII leak classes (F1-F5): staff codes under role headers the lists lack and in near shapes
of one family, household addresses in scripts without letter case and in compound street names, role words inside
headers naming a thing, and street abbreviations inside business codes. Each personal look-alike stays masked and
the business value it resembles still goes through in clear. All values are made up here (syllables, invented
words), never copied from a golden table."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

import pytest

from core.pii.decide import decide_table
from core.pii.evidence import template_text
from core.pii.headers import header_signal
from core.pii.street_words import names_street, street_word
from tests.pii.made_up_people import word

RNG = random.Random(2026_12_07)
N = 180


@pytest.fixture(autouse=True)
def _same_draws_in_any_order() -> None:
    """Each test draws the same made-up values whatever ran before it in its worker (xdist spreads the tests)."""
    RNG.seed(2026_12_07)


def _people(repeat: int = 3) -> list[dict[str, object]]:
    """Rows of a table of people (an e-mail and a full name), each person on ``repeat`` consecutive rows."""
    persons = [(f"{word(RNG).lower()}.{i}@mail.test", f"{word(RNG)} {word(RNG)}") for i in range(N // repeat + 1)]
    return [{"email": persons[i // repeat][0], "name": persons[i // repeat][1]} for i in range(N)]


def _with(rows: list[dict[str, object]], column: str, values: Sequence[object]) -> list[dict[str, object]]:
    return [dict(r, **{column: v}) for r, v in zip(rows, values, strict=True)]


def _clear(rows: list[dict[str, object]], column: str) -> bool:
    return {d.column: d.clear for d in decide_table(list(rows[0]), rows)}[column]


def _cells(vocab: Sequence[str]) -> list[str]:
    """``N`` cells drawn from ``vocab``, each value on several rows."""
    cells = [v for v in vocab for _ in range(min(5, N // len(vocab)))]
    cells += [RNG.choice(vocab) for _ in range(N - len(cells))]
    RNG.shuffle(cells)
    return cells


def _prefix(length: int) -> str:
    return "".join(RNG.choice("BCDFGHJKMNPQRSTVWXZ") for _ in range(length))


def test_staff_codes_under_a_role_header_the_lists_lack_stay_masked_a_known_things_clear() -> None:
    """F1: ``rider_id``, ``livreur_code``, ``rm_code`` name staff no word list knows; one family of codes under them
    in a table of people (spread or handed out in order) stays masked. Only a header naming a known thing
    (``warehouse_code``, ``plan_code``) clears the same codes."""
    people = _people()
    pre = _prefix(2)
    spread = _cells([f"{pre}-{n}" for n in RNG.sample(range(100, 999), 12)])
    packed = _cells([f"{pre}-{n}" for n in range(401, 413)])
    for header in ("rider_id", "livreur_code", "bezorger_id", "rm_code", "picker_id", "gestor_id"):
        for codes in (spread, packed):
            assert _clear(_with(people, header, codes), header) is False, (header, codes[0])
    for header in ("warehouse_code", "plan_code"):
        assert _clear(_with(people, header, spread), header) is True, header


def test_near_shapes_of_staff_codes_stay_masked_under_a_header_saying_nothing() -> None:
    """F2: under ``f15`` in a table of people, three officers, officers numbered per branch (several prefixes), a
    five-letter prefix, a dot, the number first and a mixed-case prefix are all staff numbers' shapes: masked. The same
    per-branch codes under a header naming a thing (``warehouse``) clear."""
    people = _people()
    nums = RNG.sample(range(100, 999), 12)
    pre, branches = _prefix(2), [_prefix(3) for _ in range(4)]
    shapes = {
        "three": [f"{pre}-{n}" for n in nums[:3]],
        "per branch": [f"{b}-{n}" for b, n in zip(branches * 3, nums, strict=True)],
        "five letters": [f"{_prefix(5)}-{n}" for n in nums],
        "dot": [f"{pre}.{n}" for n in nums],
        "number first": [f"{n}-{pre}" for n in nums],
        "mixed case": [f"{pre[0]}{pre[1].lower()}-{n}" for n in nums],
    }
    for shape, vocab in shapes.items():
        assert _clear(_with(people, "f15", _cells(vocab)), "f15") is False, shape
    assert _clear(_with(people, "warehouse", _cells(shapes["per branch"])), "warehouse") is True


def _syllables(alphabet: Sequence[str]) -> Callable[[], str]:
    return lambda: "".join(RNG.choice(alphabet) for _ in range(RNG.randint(2, 3)))


KA = _syllables(["ვა", "ჟა", "ფშა", "ლი", "ძე", "რუს", "თა", "მო"])
HI = _syllables(["रा", "म", "कृ", "गां", "धी", "ने", "ला", "सु"])
TH = _syllables(["สุ", "ขุม", "วิท", "พระ", "ราม", "ลาด", "รัช"])
KO = _syllables(["세", "종", "대", "왕", "지", "문", "덕", "한"])
AM = _syllables(["ቀ", "በ", "ሌ", "ሰ", "ላ", "ም", "ታ"])
R = RNG.randint

#: Household address lines in scripts without letter case and in compound street names (made-up streets).
ADDRESS_FORMS: dict[str, Callable[[], str]] = {
    "Georgian": lambda: f"{KA()}, {KA()}ს ქუჩა {R(1, 99)}, ბ. {R(1, 80)}",
    "Hindi": lambda: f"मकान नं. {R(1, 300)}, {HI()} मार्ग, {HI()}",
    "Korean": lambda: f"서울특별시 {KO()}구 {KO()}로 {R(1, 300)}",
    "Thai": lambda: f"{R(1, 300)}/{R(1, 20)} ถนน{TH()} แขวง{TH()}",
    "Amharic": lambda: f"ቀበሌ {R(1, 30)}, የቤት ቁጥር {R(1, 900)}",
    "Finnish": lambda: f"{word(RNG)}ntie {R(1, 99)} B {R(1, 40)}",
    "Danish": lambda: f"{word(RNG)}vej {R(1, 99)}, {R(1, 5)}. th",
    "Uzbek U+2018": lambda: f"{word(RNG)} ko\u2018chasi, {R(1, 99)}-uy",
    # no street word at all: only the number and the script without case tell an address from a message
    "Georgian, no street word": lambda: f"{KA()}, {KA()} {R(1, 99)}, {KA()} {R(1, 80)}",
    "Ethiopic, no street word": lambda: f"{AM()} {R(1, 30)}, {AM()} {AM()} {R(1, 900)}",
}


@pytest.mark.parametrize("form", list(ADDRESS_FORMS))
def test_household_addresses_in_caseless_scripts_and_compounds_stay_masked(form: str) -> None:
    """F3: residents of a flat share its address line (about 40 lines over 180 rows, header ``f11``): repeated text
    with no capitalised word was cleared as system-generated text. In a script without letter case capitals prove
    nothing, and native street words and compound endings (``-tie``, ``-vej``) name a street."""
    rows: list[dict[str, object]] = []
    while len(rows) < N:
        line, family = ADDRESS_FORMS[form](), word(RNG)
        rows += [{"email": f"{word(RNG).lower()}.{len(rows)}{j}@mail.test", "name": f"{word(RNG)} {family}",
                  "f11": line} for j in range(R(3, 6))]
    assert _clear(rows[:N], "f11") is False


def test_system_messages_still_read_as_templates_and_caseless_numbers_do_not() -> None:
    """The template proof still clears repeated lower-case messages with codes; it never judges text in a script
    without letter case that carries a number."""
    messages = [f"transfer tertunda kode ERR-{c}" for c in (4012, 4013, 5001)] * 10
    assert template_text(messages, 3, 0.0)
    caseless = [f"{KA()} {KA()} {R(1, 99)}" for _ in range(3)] * 10
    assert not template_text(caseless, 3, 0.0)


def test_compound_and_native_street_words_are_known_and_their_look_alikes_not() -> None:
    """F3 (b): the module's own examples hold (``Mannerheimintie``, ``Kongensgade``), compound endings and native
    words count, English words that end alike do not."""
    for w in ("Mannerheimintie", "Kongensgade", "Fabriksvej", "Dorpsweg", "Storgata", "Kirkegate", "ქუჩა", "փողոց"):
        assert street_word(w), w
    for w in ("necktie", "brigade", "aggregate", "Renegade"):
        assert not street_word(w), w
    assert names_street("Kape ko\u2018chasi, 5-uy") and names_street("ផ្លូវ 271, ភូមិ 3")


def test_a_role_word_before_a_thing_word_names_no_person() -> None:
    """F4: ``advisor_fee``, ``officer_rank``, ``teller_machine`` name a fee, a rank and a machine; a role word names a
    person only as the header's head (``loan_officer``) or with a number word (``courier_code``)."""
    for header in ("advisor_fee", "officer_rank", "teller_machine", "inspector_grade", "cashier_till",
                   "agente_retencion"):
        assert not header_signal(header).pii, header
    assert header_signal("loan_officer").entity == "PERSON"
    assert header_signal("courier_code").entity == "EMPLOYEE_ID"
    rows = [{"product": RNG.choice(["rice", "oil", "flour"]), "advisor_fee": str(R(1, 40) * 100),
             "officer_rank": RNG.choice(["junior", "senior", "chief"])} for _ in range(120)]
    decisions = {d.column: d.clear for d in decide_table(list(rows[0]), rows)}
    assert decisions["advisor_fee"] and decisions["officer_rank"]


def test_short_street_abbreviations_inside_codes_are_no_street() -> None:
    """F5: route codes ``UL-85``, ``TN-12``, ``DOM-43`` in a table of goods are a small vocabulary, not addresses;
    the same abbreviations before a name or with a dot still name a street."""
    for pre in ("UL", "TN", "JL", "DOM"):
        vocab = [f"{pre}-{R(10, 99)}" for _ in range(8)]
        rows = [{"route": RNG.choice(vocab), "product": RNG.choice(["rice", "oil", "flour"]), "qty": str(R(1, 50))}
                for _ in range(120)]
        assert _clear(rows, "route") is True, pre
        assert not names_street(f"{pre}-{R(10, 99)}"), pre
    for text in ("ul. Lipowa 5", "Jl. Merdeka No. 5", "д. 5, кв. 12", "Soi 5"):
        assert names_street(text), text
