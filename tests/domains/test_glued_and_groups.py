"""Glued lower-case compounds split against the catalog vocabulary,
numbered address-group prefixes, the composite rule's group-modifier exception, specific flags
behind a yes/no shape, context-alias voting (``title``), pt/nl/pl header vocabulary, ISO 5218
gender codes and currency-code-anchored amounts."""

from __future__ import annotations

import pytest

from core.domains.compound import MIN_PART, SHORT_PARTS, build_vocabulary, split_glued, split_glued_text
from core.domains.scoring import CandidateScore
from core.vocab.catalog_loader import compiled_regex, load_domain_catalog
from core.vocab.tokens import header_variants, strip_group_prefix
from tests.domains.conftest import rank_table
from tests.domains.test_scoring import TH, _rank

VOCAB = build_vocabulary(["first name", "gender", "code", "created", "website", "url", "not", "email", "state",
                          "province", "postal", "notes", "tab", "lea"])


def _rank_table(table: str, headers: list[str]) -> dict[str, list[CandidateScore]]:
    """Header-only candidates of every column of one table, ranked together (table context applies)."""
    return rank_table(table, [(h, "string") for h in headers])


def test_split_glued_segments_against_vocabulary() -> None:
    assert split_glued("firstname", VOCAB) == ("first", "name")
    assert split_glued("gendercode", VOCAB) == ("gender", "code")
    assert split_glued("createdon", VOCAB) == ("created", "on")  # 'on' is an allowed short part
    assert split_glued("donotemail", VOCAB) == ("do", "not", "email")
    assert split_glued("stateorprovince", VOCAB) == ("state", "or", "province")
    assert split_glued("notes", VOCAB) is None  # too short to be glued
    assert split_glued("websiteurl", VOCAB) == ("website", "url")
    assert split_glued("website", VOCAB) is None  # a vocabulary word is never split
    assert split_glued("tableax", VOCAB) is None  # 'tab'+'lea'+'x': no full cut into vocabulary words
    assert split_glued("tablea", VOCAB) == ("tab", "lea")
    assert split_glued("gender2code", VOCAB) is None  # digits are the tokenizer's job


def test_split_glued_minimum_part_length() -> None:
    vocab = build_vocabulary(["ab", "cdef", "abcd", "ef", "xy"])
    assert "ab" not in vocab and "xy" not in vocab  # two-letter words only from the closed SHORT_PARTS list
    assert MIN_PART == 3 and "id" in SHORT_PARTS
    assert split_glued("abcdef", vocab) is None  # 'abcd'+'ef' needs the short 'ef'
    vocab2 = build_vocabulary(["contact", "customer"])
    assert split_glued("contactid", vocab2) == ("contact", "id")
    assert split_glued_text("address contactid", vocab2) == "address contact id"
    assert split_glued_text("address city", vocab2) is None


def test_split_prefers_fewest_parts() -> None:
    vocab = build_vocabulary(["post", "code", "postcode", "postal", "zip"])
    assert split_glued("postcodezip", vocab) == ("postcode", "zip")


@pytest.mark.parametrize(("header", "expected"), [
    ("firstname", "person.first_name"), ("lastname", "person.last_name"), ("gendercode", "person.gender"),
    ("createdon", "datetime.created_at"), ("modifiedon", "datetime.updated_at"), ("websiteurl", "web.url"),
    ("donotemail", "flag.consent"), ("contactname", "person.full_name"), ("faxnumber", "contact.fax"),
])
def test_glued_headers_reach_their_domain(header: str, expected: str) -> None:
    top = _rank("contact", header)[0]
    assert top.domain_id == expected, (header, top.domain_id, top.name_match)


def test_numbered_address_group_prefix() -> None:
    assert strip_group_prefix(("address", "1", "city")) == ("city",)
    assert strip_group_prefix(("address", "1", "line", "2")) == ("address", "line", "2")
    assert strip_group_prefix(("address", "1")) is None
    assert strip_group_prefix(("address", "line", "1")) is None
    assert header_variants("addr2_zip") == (("zip",),)
    for header, expected in [("address1_city", "address.city"), ("address1_postalcode", "address.postal_code"),
                             ("address1_stateorprovince", "address.state_province"),
                             ("address1_country", "address.country_name"), ("address1_line1", "address.street_address"),
                             ("address1_line2", "address.address_line2"), ("addr2_zip", "address.postal_code")]:
        top = _rank("contact", header)[0]
        assert top.domain_id == expected, (header, top.domain_id, top.name_match)


def test_composite_rule_ignores_group_modifier_but_keeps_peers() -> None:
    # "address" names the composite's own group: the zip/city *of* an address, not an address + zip
    for header in ("Card Address Zip", "address_city"):
        top = _rank("payments", header)[0]
        assert top.domain_id != "address.full_address", (header, top.name_match)
    # peers still make a composite
    assert _rank("kunden", "PLZ_Ort")[0].domain_id == "address.full_address"
    assert _rank("kunden", "vorname_nachname")[0].domain_id == "person.full_name"


def test_specific_flag_beats_generic_flag_shape() -> None:
    top = _rank("per_all_people_f", "CURRENT_EMPLOYEE_FLAG")
    assert top[0].domain_id == "flag.is_active" and top[0].score - top[1].score >= 0.03
    assert _rank("users", "newsletter_ind")[0].domain_id == "flag.consent"
    # no specific word: the generic flag stays, and _ind alone does not make a flag of Land_KZ-like codes
    assert _rank("orders", "rush_flag")[0].domain_id == "flag.boolean"


def test_title_votes_between_job_title_and_salutation() -> None:
    hr = _rank_table("per_all_people_f", ["TITLE", "FIRST_NAME", "LAST_NAME", "SEX", "DATE_OF_BIRTH",
                                          "MARITAL_STATUS", "NATIONALITY"])
    assert hr["TITLE"][0].domain_id == "person.salutation"
    crm = _rank_table("contacts", ["Title", "FirstName", "LastName", "Email", "MobilePhone", "AccountId"])
    assert crm["Title"][0].domain_id == "person.job_title"
    # a salutation column already present: the other "title" is the job title
    lead = _rank_table("lead", ["Salutation", "Title", "FirstName", "LastName", "DateOfBirth", "Gender"])
    assert lead["Title"][0].domain_id == "person.job_title"
    # no person columns: a plain title stays a document title
    art = _rank_table("articles", ["title", "body", "published_at"])
    assert art["title"][0].domain_id == "text.title"


@pytest.mark.parametrize(("table", "header", "expected"), [
    ("clientes", "sobrenome", "person.last_name"), ("clientes", "data_nascimento", "person.date_of_birth"),
    ("clientes", "cep", "address.postal_code"), ("clientes", "cidade", "address.city"),
    ("clientes", "logradouro", "address.street"), ("clientes", "cpf", "id.national_id"),
    ("clientes", "telefone", "contact.phone"), ("clientes", "celular", "contact.mobile_phone"),
    ("klanten", "voornaam", "person.first_name"), ("klanten", "tussenvoegsel", "person.last_name"),
    ("klanten", "woonplaats", "address.city"), ("klanten", "huisnummer", "address.house_number"),
    ("klanten", "geboortedatum", "person.date_of_birth"), ("klanten", "telefoonnummer", "contact.phone"),
    ("klanten", "bsn", "id.national_id"), ("klienci", "imie", "person.first_name"),
    ("klienci", "nazwisko", "person.last_name"), ("klienci", "kod_pocztowy", "address.postal_code"),
    ("klienci", "miejscowość", "address.city"), ("klienci", "ulica", "address.street_address"),
    ("klienci", "data_urodzenia", "person.date_of_birth"), ("klienci", "pesel", "id.national_id"),
])
def test_pt_nl_pl_vocabulary(table: str, header: str, expected: str) -> None:
    top = _rank(table, header)[0]
    assert top.domain_id == expected and top.score >= TH.tau_high, (header, top.domain_id, top.score)


def test_iso_5218_gender_codes_and_currency_anchored_amounts() -> None:
    top = _rank("contact", "gendercode", ["2", "1", "2", "1", "2"], dtype="int")[0]
    assert top.domain_id == "person.gender"
    # the numeric codes rule values in, they do not assign a small-digit column on their own
    series = _rank("nfe_itens", "serie", ["1", "1", "1", "2", "1"], dtype="int")
    assert not (series[0].domain_id == "person.gender" and series[0].score >= TH.tau_high)
    cat = load_domain_catalog()
    rx = compiled_regex(next(d for d in cat.domains if d.id == "money.amount_with_currency").regex or "")
    assert rx.fullmatch("EUR 12.50") and rx.fullmatch("-15.00 EUR") and rx.fullmatch("$19.99")
    assert not rx.fullmatch("TRK-00042") and not rx.fullmatch("MRN448812")  # ids with a letter prefix


def test_group_modifier_yields_to_the_named_part() -> None:
    top = _rank("payments", "Card Address Zip")
    assert top[0].domain_id == "address.postal_code"
    assert next(c for c in top if c.domain_id == "address.street_address").score < top[0].score


def test_number_next_to_a_street_is_the_house_number() -> None:
    with_street = _rank_table("clientes", ["logradouro", "numero", "cidade"])
    assert with_street["numero"][0].domain_id == "address.house_number"
    alone = _rank_table("pedidos", ["numero", "valor_total"])
    assert alone["numero"][0].domain_id != "address.house_number"


def test_billing_name_and_event_time_shapes() -> None:
    assert _rank("orders_export", "Billing Name")[0].domain_id == "person.full_name"
    assert _rank("orders_export", "Paid at")[0].domain_id == "datetime.timestamp"
    assert _rank("shipments", "delivered_on")[0].domain_id == "datetime.date"
    assert _rank("orders_export", "Lat")[0].domain_id != "datetime.timestamp"  # no participle, no rule


def test_street_words_in_other_languages_follow_the_house_number_rule() -> None:
    assert _rank_table("klienci", ["imie", "ulica", "miasto"])["ulica"][0].domain_id == "address.street_address"
    split = _rank_table("klienci", ["imie", "ulica", "nr_domu", "miasto"])
    assert split["ulica"][0].domain_id == "address.street"
