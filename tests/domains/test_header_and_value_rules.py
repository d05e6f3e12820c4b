"""Declared-type priors, name gazetteers as value
evidence, bare person roles, English head words, foreign keys, class-word subsets, specializations named next
to their default, percent cues, plural counts, name-part pairs, month-name dates, surrogate-key uniqueness."""

from __future__ import annotations

import re

from core.domains.scoring import CandidateScore
from core.thresholds import load_threshold_profile
from core.vocab.catalog_loader import load_domain_catalog
from tests.domains.conftest import rank_table

TH = load_threshold_profile("tp_default_v1").domaining


def _top(cands: list[CandidateScore]) -> tuple[str, bool]:
    """(top domain, whether it is High and not within the ambiguity margin of the runner-up)."""
    return cands[0].domain_id, cands[0].score >= TH.tau_high and cands[0].score - cands[1].score >= 0.02


def test_declared_boolean_and_temporal_types_name_the_generic_domain() -> None:
    r = rank_table("customers", [("taxexempt", "bool"), ("last_service", "date"), ("submitted", "datetime"),
                                 ("consent_given", "bool"), ("notes", "string")])
    assert _top(r["taxexempt"]) == ("flag.boolean", True)
    assert _top(r["last_service"]) == ("datetime.date", True)
    assert _top(r["submitted"]) == ("datetime.timestamp", True)
    assert _top(r["consent_given"]) == ("flag.consent", True)  # a named specific flag is not made ambiguous
    assert r["notes"][0].domain_id != "flag.boolean"  # no prior for an undeclared type


def test_specific_flags_and_money_kinds_need_the_header() -> None:
    r = rank_table("vendors", [("taxexempt", "bool"), ("limit_x", "decimal")],
                   values={"taxexempt": ["True", "False", "True", "False"], "limit_x": ["10.00", "25.50", "7.25"]})
    top = r["taxexempt"]
    assert _top(top) == ("flag.boolean", True)
    assert all("no_name_support" in c.factors for c in top[1:3])  # consent/is_active... without header support


def test_person_names_in_values_are_detected_under_any_header() -> None:
    names = ["Helen Carter", "Jonas Weber", "Amira Khan", "Luis Romero", "Chloe Martin"]
    r = rank_table("tickets", [("Requester", "string"), ("city", "string")],
                   values={"Requester": names, "city": ["Gloucester", "Salina", "Boulder", "Franklin", "Tampa"]})
    assert _top(r["Requester"]) == ("person.full_name", True)
    assert r["city"][0].domain_id == "address.city"
    jmeno = rank_table("faktury", [("Jméno", "string")], values={"Jméno": ["Ing. Petr Novák", "Jana Dvořáková",
                                                                          "Tomáš Procházka", "Lucie Horáková"]})
    assert jmeno["Jméno"][0].domain_id == "person.full_name"  # header says first name, values say full name


def test_bare_person_role_is_a_borderline_full_name_on_the_header_alone() -> None:
    r = rank_table("issues", [("Approver", "string"), ("Account Owner", "string"), ("Billing", "string")])
    for h in ("Approver", "Account Owner"):
        top = r[h][0]
        assert top.domain_id == "person.full_name" and TH.tau_low <= top.score < TH.tau_high
    assert r["Billing"][0].domain_id != "person.full_name" or r["Billing"][0].score < TH.tau_low


def test_head_word_of_an_english_compound_wins() -> None:
    r = rank_table("members", [("OPTIN_IP", "string"), ("patient_id", "int")])
    assert r["OPTIN_IP"][0].domain_id == "web.ipv4"


def test_another_entitys_id_is_a_foreign_key() -> None:
    r = rank_table("web_sessions", [("user_id", "int"), ("session_id", "int")])
    fk = next(c for c in r["user_id"] if c.domain_id == "id.record_id")
    own = next(c for c in r["session_id"] if c.domain_id == "id.record_id")
    assert fk.score < TH.tau_high <= own.score


def test_a_header_missing_the_alias_class_word_is_not_that_alias() -> None:
    r = rank_table("workers", [("Manager", "string"), ("Primary Contact", "string")])
    assert r["Manager"][0].domain_id == "person.full_name"  # not 'manager id'
    assert r["Primary Contact"][0].domain_id == "person.full_name"  # not 'contact phone'


def test_named_specialization_beats_its_default() -> None:
    r = rank_table("cad_clientes", [("telefone_celular", "string")],
                   values={"telefone_celular": ["<PHONE_NUMBER>"] * 4}, entities={"telefone_celular": ["PHONE_NUMBER"]})
    assert _top(r["telefone_celular"]) == ("contact.mobile_phone", True)


def test_percent_sign_is_a_unit_cue_but_a_rate_in_the_header_is_not() -> None:
    r = rank_table("payroll", [("Syss.grad %", "int"), ("DPH 21%", "decimal")])
    assert r["Syss.grad %"][0].domain_id == "qty.percentage"
    assert r["DPH 21%"][0].domain_id == "money.tax_amount"


def test_plural_integer_headers_are_count_candidates() -> None:
    r = rank_table("tickets", [("Replies", "int"), ("Full resolution time in minutes", "int"), ("Status", "int")])
    top = r["Replies"][0]
    assert top.domain_id == "qty.count" and TH.tau_low <= top.score < TH.tau_high
    assert r["Full resolution time in minutes"][0].domain_id == "qty.duration"  # a unit, not a plural noun
    assert r["Status"][0].domain_id != "qty.count"


def test_bare_first_and_last_next_to_each_other_are_name_parts() -> None:
    r = rank_table("GUEST_PROFILE", [("NAME_ID", "int"), ("LAST", "string"), ("FIRST", "string")])
    assert _top(r["LAST"]) == ("person.last_name", True) and _top(r["FIRST"]) == ("person.first_name", True)
    alone = rank_table("logins", [("last", "string")])
    assert alone["last"][0].domain_id != "person.last_name" or alone["last"][0].score < TH.tau_high


def test_month_name_dates_and_midnight_birth_timestamps_match_their_regexes() -> None:
    cat = {d.id: d for d in load_domain_catalog().domains}
    for did, value in [("datetime.date", "18-APR-24"), ("datetime.date", "02JUN84"), ("datetime.date", "28/Mar/24"),
                       ("datetime.timestamp", "12/Mar/24 5:30 PM"), ("datetime.timestamp", "3/12/2024 17:30"),
                       ("person.date_of_birth", "1992-07-21T00:00:00.000Z")]:
        assert re.fullmatch(cat[did].regex or "", value), (did, value)
    assert not re.fullmatch(cat["person.date_of_birth"].regex or "", "1992-07-21T13:45:00Z")


def test_repeated_values_contradict_a_surrogate_key() -> None:
    r = rank_table("customer_grid", [("website_id", "int"), ("id", "string")],
                   values={"website_id": ["1", "1", "2", "1", "2"],
                           "id": ["65a1f0c2e4b0a1c3d2f9e871", "65a1f11be4b0a1c3d2f9e8a4", "65a2093fe4b0a1c3d2f9ec10",
                                  "65a3b7d2e4b0a1c3d2fa0155"]})
    fk = next(c for c in r["website_id"] if c.domain_id == "id.record_id")
    assert fk.factors.get("not_unique") and fk.score < TH.tau_high
    assert _top(r["id"]) == ("id.record_id", True)  # ObjectId keys are keys too


def test_salutation_values_under_a_title_header_are_salutations() -> None:
    headers = [("FirstName", "string"), ("LastName", "string"), ("Title", "string"), ("Email", "string")]
    r = rank_table("contacts", headers, values={"Title": ["Mrs", "Ms", "Mr", "Dr."]})
    assert _top(r["Title"]) == ("person.salutation", True)
    jobs = rank_table("contacts", headers, values={"Title": ["Sales Manager", "Accountant", "Head of IT", "Nurse"]})
    assert jobs["Title"][0].domain_id == "person.job_title"


def test_phone_placeholders_under_an_identifier_header_are_weak() -> None:
    masked = ["<PHONE_NUMBER>"] * 4
    r = rank_table("policies", [("POLICE_NR", "string"), ("phone", "string")],
                   values={"POLICE_NR": masked, "phone": masked},
                   entities={"POLICE_NR": ["PHONE_NUMBER"], "phone": ["PHONE_NUMBER"]})
    weak = next(c for c in r["POLICE_NR"] if c.domain_id == "contact.phone")
    assert "identifier_header" in weak.factors and weak.score < TH.tau_high
    assert _top(r["phone"]) == ("contact.phone", True)


def test_certain_entity_placeholders_contradict_a_header_named_pii_domain() -> None:
    r = rank_table("gifts", [("CnPh_1_02_Phone_number", "string")],
                   values={"CnPh_1_02_Phone_number": ["<EMAIL_ADDRESS>"] * 4},
                   entities={"CnPh_1_02_Phone_number": ["EMAIL_ADDRESS"]})
    assert r["CnPh_1_02_Phone_number"][0].domain_id == "contact.email"


def test_name_then_role_in_head_first_languages_is_a_full_name() -> None:
    r = rank_table("zendingen", [("naam_ontvanger", "string"), ("nome_destinatario", "string"), ("naam", "string")])
    assert _top(r["naam_ontvanger"]) == ("person.full_name", True)
    assert _top(r["nome_destinatario"]) == ("person.full_name", True)


def test_organization_names_under_a_person_header_are_companies() -> None:
    firms = ["Aaron Fitz Electrical", "Adam Park Resort", "Blue Sky Dental Labs", "Central Mechanical Inc.",
             "Lakeside Hardware Co."]
    r = rank_table("RM00101", [("CUSTNAME", "string")], values={"CUSTNAME": firms})
    assert _top(r["CUSTNAME"]) == ("org.company_name", True)
    people = rank_table("RM00101", [("CUSTNAME", "string")],
                        values={"CUSTNAME": ["Helen Carter", "Jonas Weber", "Amira Khan", "Luis Romero"]})
    assert people["CUSTNAME"][0].domain_id == "person.full_name"


def test_currency_signs_in_amounts_and_ip_placeholders() -> None:
    r = rank_table("transactions", [("Gross Sales", "string"), ("Source address", "string")],
                   values={"Gross Sales": ["$9.75", "$24.50", "-$6.50", "$38.00"],
                           "Source address": ["<IP_ADDRESS>"] * 4},
                   entities={"Source address": ["IP_ADDRESS"]})
    assert _top(r["Gross Sales"]) == ("money.amount_with_currency", True)
    assert _top(r["Source address"]) == ("web.ipv4", True)  # IPv4 is the default reading of an IP placeholder


def test_card_numbers_must_pass_luhn_unless_masked() -> None:
    from core.domains.value_matching import luhn_valid

    assert luhn_valid("4111 1111 1111 1111") and not luhn_valid("4111 1111 1111 1112")
    r = rank_table("devices", [("Serial #", "string"), ("card_number", "string")],
                   values={"Serial #": ["0132010012345", "0132010012346", "0132010012399", "0132010012501"],
                           "card_number": ["4111111111111111", "5500-0000-0000-0004", "4111 **** **** 1111",
                                           "************4242"]})
    assert all(c.domain_id != "id.credit_card" for c in r["Serial #"][:1])
    assert _top(r["card_number"]) == ("id.credit_card", True)


def test_longest_contained_alias_wins_and_an_alias_is_not_split_at_a_head() -> None:
    r = rank_table("SPRADDR", [("SPRADDR_STREET_LINE2", "string"), ("disposition", "string")])
    assert _top(r["SPRADDR_STREET_LINE2"]) == ("address.address_line2", True)
    assert r["disposition"][0].domain_id == "status.record_status"  # not 'dis position' (a job title)


def test_header_shape_details() -> None:
    r = rank_table("vendor_search", [("Name", "string"), ("write_date", "datetime"), ("Order #", "string"),
                                     ("Paid?", "string"), ("Rejection Reason", "string"), ("tipo_cliente", "string")])
    assert r["Name"][0].domain_id == "org.company_name"  # "search" is how the table was made, "vendor" its entity
    assert _top(r["write_date"]) == ("datetime.timestamp", True)  # a DATETIME beats the generic word 'date'
    assert r["Order #"][0].domain_id == "id.order_number"  # '#' reads as 'number'
    assert _top(r["Paid?"]) == ("flag.boolean", True)  # a yes/no question
    assert r["Rejection Reason"][0].domain_id == "text.category" and r["tipo_cliente"][0].domain_id == "text.category"


def test_written_alias_beats_its_digit_free_variant() -> None:
    r = rank_table("GUEST_PROFILE", [("ADDRESS2", "string")], values={"ADDRESS2": ["<LOCATION>"] * 4},
                   entities={"ADDRESS2": ["LOCATION"]})
    assert _top(r["ADDRESS2"]) == ("address.address_line2", True)


def test_values_with_digits_are_not_personal_names() -> None:
    r = rank_table("cmdb_ci_computer", [("Owner", "string")],
                   values={"Owner": ["LT-NYC-0421", "DT-LON-1180", "SRV-DB-07", "LT-BER-0032"]})
    full = next(c for c in r["Owner"] if c.domain_id == "person.full_name")
    assert full.components.value_sim == 0.0 and full.score < TH.tau_high


def test_tighter_identifier_patterns() -> None:
    r = rank_table("misc", [("col_a", "string"), ("col_b", "string"), ("col_c", "string"), ("col_d", "string")],
                   values={"col_a": ["219099999", "146789012", "301234567", "123456785"],  # bare 9 digits
                           "col_b": ["BA12345678", "LH99887766", "AF11223344", "KL55667788"],  # frequent-flyer ids
                           "col_c": ["SUMMER24", "WELCOME10", "BLACKFRI", "SPRING15"],  # promo codes
                           "col_d": ["WEB-2024/01843", "WEB-2024/01844", "WEB-2024/01858", "WEB-2024/01901"]})
    assert r["col_a"][0].domain_id != "id.us_ssn" or r["col_a"][0].score < TH.tau_high
    assert r["col_b"][0].domain_id != "id.vat_number" or r["col_b"][0].score < TH.tau_high
    assert r["col_c"][0].domain_id != "id.bic" or r["col_c"][0].score < TH.tau_high
    assert r["col_d"][0].domain_id != "web.user_agent" or r["col_d"][0].score < TH.tau_high
    cat = {d.id: d for d in load_domain_catalog().domains}
    assert re.fullmatch(cat["id.vat_number"].regex or "", "DE123456789")
    assert re.fullmatch(cat["web.user_agent"].regex or "", "curl/8.4.0")
    assert re.fullmatch(cat["id.us_ssn"].regex or "", "536-90-4399")
