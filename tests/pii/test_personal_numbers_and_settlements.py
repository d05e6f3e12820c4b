"""Leak classes of session 13 (issue 11): numbers a state or an employer gives one person under headers of many
languages and abbreviations (``No.``, ``Núm.``, ``N°``, tax and social-security acronyms, seafarers' documents),
staff numbers under worker words of many languages, villages and localities of residence (by their header or by the
word their names start with), postal codes after their country's letters, round postal codes under a header named
plain ``code``, identifiers under a header read as "number of", and 13-digit personal numbers that read as Unix
milliseconds. Each personal look-alike stays masked and the business value it resembles still clears where it did.
All values are made up here: names of syllables, numbers drawn at random."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, date, datetime

import pytest

from core.pii.business import role_header
from core.pii.decide import decide_table
from core.pii.headers import header_signal
from tests.pii.made_up_people import word

RNG = random.Random(13_2026_12)
N = 160
DAY = date(2026, 12, 31)


@pytest.fixture(autouse=True)
def _seeded(request: pytest.FixtureRequest) -> None:
    """Each test draws the same values whatever ran before it."""
    RNG.seed(request.node.nodeid)


def _people(n: int = N) -> list[dict[str, object]]:
    """Rows of a table of people: an e-mail and a full name per row."""
    return [{"email": f"{word(RNG).lower()}.{i}@mail.test", "name": f"{word(RNG)} {word(RNG)}"} for i in range(n)]


def _clear(column: str, values: Sequence[object], as_of: date | None = DAY) -> bool:
    """Whether ``column`` holding ``values`` is stored in clear in a table of made-up people."""
    rows = [dict(r, **{column: v}) for r, v in zip(_people(len(values)), values, strict=True)]
    return {d.column: d.clear for d in decide_table(list(rows[0]), rows, as_of=as_of)}[column]


def _spread(vocab: Sequence[str], n: int = N, k: int = 5) -> list[str]:
    """``n`` cells drawn from ``vocab``, each value on ``k`` rows or more."""
    cells = [v for v in vocab for _ in range(k)]
    cells += [RNG.choice(list(vocab)) for _ in range(n - len(cells))]
    RNG.shuffle(cells)
    return cells


# --- numbers a state gives a person, under headers of many languages -------------------------------------------------

#: Tax, social-security and identity numbers (Guatemala, Peru, Argentina, Ghana, Zambia, Indonesia, Switzerland,
#: Burkina Faso, Trinidad, Dominican Republic, Denmark, Mexico) and seafarers' documents (English, Spanish, French,
#: German): none of these headers names a key word the lists knew before session 13.
PERSONAL_NUMBER_HEADERS = ("No. NIT", "RUC Nro.", "CUIT", "No. SSNIT", "TPIN No.", "NPWP", "AHV-Nr.", "N° IFU",
                           "Número NIS", "cedula", "CPR-nr.", "num_nss", "Seafarer's Book No.",
                           "Libreta de embarque Nro.", "Livret maritime n°", "Seefahrtsbuch-Nr.")


def _block_numbers(n: int = N, digits: int = 8) -> list[str]:
    """Unique numbers of one width sharing their leading digits: the shape of keys a system hands out in order."""
    start = RNG.randrange(2, 9) * 10 ** (digits - 1)
    return [str(v) for v in RNG.sample(range(start, start + 10 ** (digits - 2)), n)]


def _prefixed(prefix: str, n: int = N) -> list[str]:
    """Unique codes of one width after one literal prefix (``SB402913``)."""
    return [f"{prefix}{v}" for v in RNG.sample(range(100_000, 999_999), n)]


@pytest.mark.parametrize("header", PERSONAL_NUMBER_HEADERS)
def test_personal_numbers_under_headers_of_many_languages_stay_masked(header: str) -> None:
    """The header names a personal number: whatever the values (here keys of a block, or codes after one prefix,
    which a record-key header clears), the column is masked."""
    sig = header_signal(header)
    assert sig.pii and sig.entity == "NATIONAL_ID", (header, sig)
    assert _clear(header, _block_numbers()) is False, header
    assert _clear(header, _prefixed("SB")) is False, header


def test_number_words_before_a_personal_number_do_not_make_it_a_count() -> None:
    """``No.`` and ``Núm.`` read "number of" before a thing counted (``num_emails``); before a personal number they
    name that number. Counts and keys of records keep their reading."""
    for header in ("Núm. passaport", "num_pasaporte", "No. Passport", "no_cedula", "Nº trabajador"):
        assert header_signal(header).pii, header
    for header in ("num_emails", "no_email", "num_orders", "No. pedido", "Nº Cliente"):
        assert not header_signal(header).pii, header


def test_short_words_with_another_meaning_are_no_personal_number() -> None:
    """Acronyms left out on purpose stay unread: a cell id (``ci``), a card's address verification (``avs``), a
    company's name (``Razón Social``), the night rate of a hotel (``nuit``)."""
    for header in ("lac_ci", "avs_result", "Razón Social", "Tarif nuit", "dpi"):
        assert not header_signal(header).pii, header


# --- staff numbers under worker words of many languages ---------------------------------------------------------------

STAFF_HEADERS = ("Núm. trabajador", "Nº trabalhador", "numero_lavoratore", "Arbeitnehmer-Nr.", "Medarbejdernr.",
                 "Työntekijänumero", "Anställd nr", "No. pekerja", "Табельный номер", "matricule salarié")


@pytest.mark.parametrize("header", STAFF_HEADERS)
def test_staff_numbers_under_worker_words_stay_masked(header: str) -> None:
    """Codes handed out in order after one prefix (``KMP-2204``) under a header naming a worker's number in Spanish,
    Portuguese, Italian, German, Danish, Finnish, Swedish, Malay, Russian or French are staff numbers: masked. The
    same codes under a header naming an order key still clear (below)."""
    sig = header_signal(header)
    assert sig.pii and sig.entity == "EMPLOYEE_ID", (header, sig)
    codes = [f"KMP-{v}" for v in RNG.sample(range(1000, 4999), N)]
    assert _clear(header, codes) is False, header


def test_order_keys_of_the_same_shape_still_clear() -> None:
    """The near miss: keys of the same shape under a header naming an order clear as the record's key."""
    codes = [f"KMP-{v}" for v in RNG.sample(range(1000, 4999), N)]
    assert _clear("Nº pedido", codes) is True


# --- villages and localities of residence -----------------------------------------------------------------------------

SETTLEMENT_HEADERS = ("Village", "Kampung", "Desa", "Dorf", "Aldeia", "Barangay", "Ortsteil", "Localidad", "Köy",
                      "Kylä", "Quartier", "Neighbourhood", "Mukim")


def _villages(kind: str) -> list[str]:
    """Cells of a dozen villages written as a country writes them, each village on many rows."""
    forms = {
        "malay": lambda: f"{RNG.choice(['Kg.', 'Kg.', 'Kpg.'])} {word(RNG)}",
        "philippines": lambda: RNG.choice([f"Brgy. {RNG.randrange(1, 400)}", f"Purok {RNG.randrange(1, 12)}"]),
        "indonesia": lambda: f"{RNG.choice(['Ds.', 'Kel.', 'Dusun'])} {word(RNG)}",
    }
    return _spread([forms[kind]() for _ in range(12)])


@pytest.mark.parametrize("header", SETTLEMENT_HEADERS)
def test_a_header_naming_a_village_or_a_locality_names_where_a_person_lives(header: str) -> None:
    """Like ``city`` and ``town``, a settlement finer than a town names a place of residence, in many languages."""
    sig = header_signal(header)
    assert sig.pii and sig.entity == "LOCATION", (header, sig)
    assert _clear(header, _villages("philippines")) is False, header


@pytest.mark.parametrize("kind", ["malay", "philippines", "indonesia"])
@pytest.mark.parametrize("header", ["f12", "column_7"])
def test_village_names_by_their_first_word_stay_masked_in_a_table_of_people(kind: str, header: str) -> None:
    """Under a header that says nothing, villages written ``Kg. Rimba`` (not a Kommanditgesellschaft), ``Brgy. 176``
    or ``Ds. Karangrejo`` (not codes of a closed list) are where the people live: masked."""
    assert _clear(header, _villages(kind)) is False, (kind, header)


def test_company_names_with_a_legal_form_still_clear() -> None:
    """The near miss: companies whose names end in ``KG`` or ``GmbH & Co. KG`` (the same letters, at the end) and a
    ``Village Hotel Ltd`` (a settlement word first, legal forms after it) still read as companies."""
    firms = [f"{word(RNG)} {RNG.choice(['KG', 'GmbH & Co. KG', 'Kg'])}" for _ in range(N - 10)]
    firms += [f"Village {word(RNG)} Hotel Ltd" for _ in range(10)]
    assert _clear("f9", firms) is True


# --- postal codes after their country's letters; round postal codes under ``code`` ------------------------------------

@pytest.mark.parametrize("codes", [
    ["AD100", "AD200", "AD300", "AD400", "AD500", "AD600", "AD700"],
    ["FO-100", "FO-110", "FO-900", "FO-600", "FO-700", "FO-360"],
    ["IS-101", "IS-220", "IS-600", "IS-800", "IS-300", "IS-400"],
    ["LV-1050", "LV-1011", "LV-3601", "LV-5401", "LV-2101", "LV-4201"],
    ["LT-01100", "LT-44280", "LT-92231", "LT-76351", "LT-35101"],
    ["MD-2001", "MD-3100", "MD-4801", "MD-6101", "MD-2068"],
    ["AZ1000", "AZ2000", "AZ3700", "AZ4400", "AZ5000", "AZ1122"],
    ["CH-8001", "CH-3011", "CH-1201", "CH-6900", "CH-4051"],
], ids=["andorra", "faroes", "iceland", "latvia", "lithuania", "moldova", "azerbaijan", "switzerland"])
def test_postal_codes_with_their_country_letters_stay_masked(codes: list[str]) -> None:
    """A few postal codes written after their country's letters in a table of people are the towns the people live
    in, not a closed list of codes: masked under a header that says nothing."""
    assert _clear("f11", _spread(codes)) is False, codes[:3]


def test_codes_of_other_letters_still_clear_as_a_vocabulary() -> None:
    """The near miss: digit-bearing codes after letters that are no country's (``QV-330``) still clear."""
    assert _clear("f11", _spread(["QV-330", "WK-150", "TX-400", "RM-210", "ZJ-120"])) is True


_BE = ["1000", "2000", "9000", "3000", "4000", "8000", "7000", "5000", "6000", "1200", "1300", "8500", "3500"]
_FR = ["59000", "75000", "69000", "13000", "33000", "31000", "44000", "67000", "34000", "35000", "21000", "37000"]
_IT = [str(k * 1000 + 100) for k in (0, 1, 2, 4, 5, 6, 9, 10, 20, 24, 30, 40, 50, 60, 70, 80, 90, 98)]


@pytest.mark.parametrize("header", ["code", "Code", "cd", "zone", "Kode"])
@pytest.mark.parametrize("vocab", [_BE + _FR, _IT], ids=["be_fr", "it"])
def test_round_postal_codes_under_a_bare_code_header_stay_masked(header: str, vocab: list[str]) -> None:
    """Belgian and French (four and five digits) or Italian codes without their leading zeros (three to five) vary
    in width like measures; a header that names only "a code" says nothing of what they are: masked."""
    values = [RNG.choice(vocab) for _ in range(N)]
    assert _clear(header, values) is False, header


def test_integers_of_varied_widths_under_a_measure_header_still_clear() -> None:
    """The near miss: the same magnitudes under a header naming a quantity clear as measures."""
    values = [str(RNG.choice([40, 120, 1500, 9000, 75000, 320, 18000])) for _ in range(N)]
    assert _clear("units_sold", values) is True


# --- identifiers under a header read as "number of" ------------------------------------------------------------------

@pytest.mark.parametrize("header", ["num_carnet", "num afiliacion", "num_poliza", "antal_medlemskort"])
def test_identifiers_under_a_count_header_stay_masked(header: str) -> None:
    """Six-digit identifiers a reader stripped of leading zeros (``31459`` next to ``536112``) under ``num_<word>``
    are no count of anything: masked."""
    values = [str(RNG.randrange(1, 999_999)) for _ in range(N)]
    assert _clear(header, values) is False, header


def test_counts_under_a_count_header_still_clear() -> None:
    """The near miss: counts of visits (a few digits) under ``num_visits`` clear as a measure."""
    values = [str(RNG.choice([0, 1, 2, 3, 5, 8, 12, 30, 45, 120])) for _ in range(N)]
    assert _clear("num_visits", values) is True


# --- 13-digit personal numbers that read as Unix milliseconds --------------------------------------------------------

def _year_numbers(n: int = N) -> list[str]:
    """Tax numbers of a person: ``1``, a birth year, eight digits (read as Unix ms they fall in late 2007)."""
    return [f"1{RNG.randrange(1950, 2006)}{RNG.randrange(10 ** 7, 10 ** 8)}" for _ in range(n)]


def _national_numbers(n: int = N) -> list[str]:
    """National numbers of 13 digits starting with 1 (spread from 2001 to 2033 when read as Unix ms)."""
    return [str(RNG.randrange(10 ** 12, 2 * 10 ** 12)) for _ in range(n)]


def _dated_numbers(n: int = N) -> list[str]:
    """Personal numbers ``S YYMMDD NNNNNN`` of people born 1930-1999 whose sex digit is 1 or 2 (kept below 2040)."""
    out: list[str] = []
    while len(out) < n:
        v = f"{RNG.choice('12')}{RNG.randrange(30, 100):02d}{RNG.randrange(1, 13):02d}{RNG.randrange(1, 29):02d}" \
            f"{RNG.randrange(0, 10 ** 6):06d}"
        if int(v) < 2_208_988_800_000:
            out.append(v)
    return out


@pytest.mark.parametrize("make", [_year_numbers, _national_numbers, _dated_numbers], ids=["year", "spread", "dated"])
@pytest.mark.parametrize("as_of", [DAY, None], ids=["run_day", "no_day"])
def test_thirteen_digit_personal_numbers_are_no_unix_milliseconds(make, as_of: date | None) -> None:  # type: ignore[no-untyped-def]
    """Stamps of one system lie within ten years of each other and are recent on the run's day; personal numbers of
    13 digits read as stamps of 2007 (a birth year after a ``1``) or spread over decades: masked."""
    assert _clear("f13", make(), as_of=as_of) is False


def test_recent_unix_milliseconds_still_clear() -> None:
    """The near miss: a system's stamps of the last two years, to the millisecond, clear as times."""
    start = int(datetime(2025, 1, 1, tzinfo=UTC).timestamp() * 1000)
    values = [str(start + RNG.randrange(0, 700 * 86_400_000)) for _ in range(N)]
    assert _clear("f13", values) is True


# --- role words of a business table -----------------------------------------------------------------------------------

def test_private_and_residence_words_name_a_persons_own_contact() -> None:
    """``privée`` and ``residence`` were joined into one word of the role list: a private or residence phone of a
    supplier's contact is a person's, not the business's."""
    for header in ("Téléphone privée", "residence_phone", "Tel. residencia", "privado"):
        assert role_header(header), header
    assert not role_header("Store Phone")
