"""Class-word and pair-aware abbreviation expansion, IP version tokens, value-form siblings (country
name / ISO code, street / street line, date / timestamp), partial masker detections as weak evidence,
the yes/no header shape, and golden set dev/set2 kept apart from dev/base."""

from __future__ import annotations

import pytest

from core.domains.engine import ensure_index, rank_columns, regex_hits_by_id, supported_entities
from core.domains.evidence import header_evidence, unmasked, value_evidence
from core.domains.exact_index import ExactVectorIndex
from core.domains.golden import GOLDEN_DIR, GOLDEN_ROOT, load_golden
from core.domains.matcher import get_matcher
from core.domains.scoring import CandidateScore
from core.domains.sketch import has_embedded_placeholder, placeholder_dominated
from core.errors import DeterministicFailure
from core.vocab.catalog_loader import ensure_valid, load_domain_catalog
from core.vocab.models import DomainCatalog
from core.vocab.tokens import expand_abbreviations, header_variants, split_tokens, strip_class_word
from tests.domains.conftest import make_table, rank_table
from tests.domains.test_scoring import TH, _rank


def _rank_masked(table: str, header: str, values: list[str], entities: list[str]) -> list[CandidateScore]:
    """Like ``_rank`` but with the masking entities a Sample Pack reported for the column."""
    m = get_matcher(load_domain_catalog())
    idx = ExactVectorIndex()
    ensure_index(idx, m)
    t = make_table(table, [(header, "string")])
    ev = value_evidence(header_evidence(t, t.columns[0]), values, entities, regex_hits_by_id(m, values), len(values))
    return rank_columns([ev], [values], m, idx, TH)[0]


def test_ip_version_tokens_are_merged() -> None:
    assert split_tokens("sourceIpV6") == ("source", "ipv6")
    assert split_tokens("ip_v4_addr") == ("ipv4", "addr")
    assert split_tokens("client_ip") == ("client", "ip")  # a bare ip stays
    top = _rank("auth_events", "sourceIpV6", ["<IP_ADDRESS>"] * 4)[0]
    assert top.domain_id == "web.ipv6" and top.score >= TH.tau_high
    assert _rank("auth_events", "sourceIp", ["<IP_ADDRESS>"] * 4)[0].domain_id == "web.ipv4"


def test_pair_abbreviations_and_digit_kept_with_expansion() -> None:
    assert expand_abbreviations(("addr", "ln")) == ("address", "line")
    assert expand_abbreviations(("cust", "ln")) == ("customer", "last", "name")  # ln alone: last name
    assert ("address", "line", "2") in header_variants("ADDR_LN2")
    assert _rank("custmast", "ADDR_LN2")[0].domain_id == "address.address_line2"
    assert _rank("custmast", "ADDR_LN1")[0].domain_id == "address.street_address"


def test_class_word_drop_only_for_type_compatible_domains() -> None:
    assert strip_class_word(("marital", "status", "code")) == (("marital", "status"), "code")
    assert strip_class_word(("created", "timestamp")) == (("created",), "date")
    assert strip_class_word(("code",)) is None
    assert _rank("plcyhldr", "MRTL_STAT_CD")[0].domain_id == "person.marital_status"
    assert _rank("plcyhldr", "CRT_TS")[0].domain_id == "datetime.created_at"
    assert _rank("plcyhldr", "LST_UPD_TS")[0].domain_id == "datetime.updated_at"
    m = get_matcher(load_domain_catalog())
    assert not m.class_compatible(m.pos["money.tax_amount"], "code")  # tax_cd is no tax amount
    assert not m.class_compatible(m.pos["person.marital_status"], "date")


def test_abbreviated_aliases_match_expanded_headers() -> None:
    # alias "created_ts" is indexed as "created timestamp" too, so "crt_tstmp" finds it
    m = get_matcher(load_domain_catalog())
    assert m.alias_exact["created timestamp"] == m.pos["datetime.created_at"]


def test_country_values_move_name_evidence_to_the_code_sibling() -> None:
    codes = ["DE", "FR", "US", "IT", "ES"]
    top = _rank("orders", "ship_country", codes)[0]
    assert top.domain_id == "iso.country_alpha2" and top.score >= TH.tau_high and "sibling" in top.sources
    names = _rank("orders", "ship_country", ["Germany", "France", "Italy", "Spain"])[0]
    assert names.domain_id == "address.country_name"
    # metadata_only keeps the header's domain: nothing contradicts it
    assert _rank("orders", "ship_country")[0].domain_id == "address.country_name"


def test_street_header_with_house_numbers_is_a_street_line() -> None:
    lines = ["12 Main Street", "Hauptstraße 5", "742 Evergreen Terrace", "Calle Mayor 7"]
    assert _rank("contacts", "MailingStreet", lines)[0].domain_id == "address.street_address"
    assert _rank("contacts", "street", ["Main Street", "Hauptstraße", "Via Roma"])[0].domain_id == "address.street"


def test_date_header_with_timestamps_becomes_timestamp() -> None:
    vals = ["2024-05-02 14:21:09", "2024-05-02 18:03:44", "2024-05-03 09:12:00"]
    assert _rank("commandes", "date_commande", vals)[0].domain_id == "datetime.timestamp"
    assert _rank("commandes", "date_commande", ["2024-05-02", "2024-05-03"])[0].domain_id == "datetime.date"


def test_partial_placeholders_are_weak_evidence() -> None:
    assert has_embedded_placeholder("<PHONE_NUMBER>.14.33") and not has_embedded_placeholder("a < b")
    assert placeholder_dominated("<PERSON> <PERSON>", "PERSON")
    assert not placeholder_dominated("<PHONE_NUMBER>.14.33.000000", "PHONE_NUMBER")
    assert unmasked(["<PHONE_NUMBER>.14.33", "<EMAIL_ADDRESS>", "ok"]) == ["ok"]
    cpf = ["<PHONE_NUMBER>", "987.654.321-00", "111.444.777-35", "529.982.247-25", "390.533.447-05"]
    assert supported_entities(["PHONE_NUMBER"], cpf) == []  # 1 of 5 cells: a false detection
    assert supported_entities(["PHONE_NUMBER"], ["<PHONE_NUMBER>"] * 3 + ["x"]) == ["PHONE_NUMBER"]
    assert supported_entities(["PHONE_NUMBER"], ["***", "***"]) == ["PHONE_NUMBER"]  # other mask format
    db2 = ["<PHONE_NUMBER>.14.33.000000", "<PHONE_NUMBER>.00.01.000000", "<PHONE_NUMBER>.31.12.000000"]
    assert supported_entities(["PHONE_NUMBER"], db2) == []
    ranked = _rank_masked("plcyhldr", "CRT_TS", db2, ["PHONE_NUMBER"])
    assert ranked[0].domain_id == "datetime.created_at"
    assert all(c.domain_id != "contact.phone" or c.score < TH.tau_low for c in ranked)


def test_yes_no_header_shape_names_the_generic_flag() -> None:
    top = _rank("lead", "IsConverted")[0]
    assert top.domain_id == "flag.boolean" and top.score >= TH.tau_high
    assert _rank("users", "is_active")[0].domain_id == "flag.is_active"  # a specific alias still wins
    m = get_matcher(load_domain_catalog())
    t = make_table("countries", [("land_kz", "string")])
    scores, how, _, _ = m.name_scores(header_evidence(t, t.columns[0]))
    assert how.get(m.pos["flag.boolean"]) != "yes/no header shape"


@pytest.mark.parametrize(("header", "expected"), [
    ("PERNR", "id.employee_id"), ("VORNA", "person.first_name"), ("NACHN", "person.last_name"),
    ("GBDAT", "person.date_of_birth"), ("FAMST", "person.marital_status"), ("STCEG", "id.vat_number"),
    ("manager_id", "id.employee_id"), ("HasOptedOutOfEmail", "flag.consent"),
])
def test_real_world_field_names(header: str, expected: str) -> None:
    top = _rank("t", header)[0]
    assert top.domain_id == expected and top.score >= TH.tau_high


def test_value_siblings_are_validated(domain_catalog: DomainCatalog) -> None:
    d = domain_catalog.get("address.country_name")
    assert "iso.country_alpha2" in d.value_siblings
    bad = domain_catalog.model_copy(update={"domains": [
        x.model_copy(update={"value_siblings": ["no.such_domain"]}) if x.id == d.id else x
        for x in domain_catalog.domains]})
    with pytest.raises(DeterministicFailure, match="value sibling"):
        ensure_valid(bad)


def test_second_extra_set_is_separate_and_complete() -> None:
    dev = {t.table for t in load_golden(GOLDEN_DIR)}
    h2 = load_golden(GOLDEN_ROOT / "dev" / "set2")
    assert len(h2) == 10 and not dev & {t.table for t in h2}
    ids = set(load_domain_catalog().ids)
    assert all(c.domain is None or c.domain in ids for t in h2 for c in t.columns)


def _rank_table(table: str, headers: list[str]) -> dict[str, list[CandidateScore]]:
    """Header-only ranking of a whole table (co-occurrence context needs the other columns)."""
    return rank_table(table, [(h, "string") for h in headers])


def test_title_next_to_person_names_is_a_job_title() -> None:
    contact = _rank_table("Contact", ["FirstName", "LastName", "Title", "Email"])
    top = contact["Title"][0]
    assert top.domain_id == "person.job_title" and top.score >= TH.tau_high and "next to" in top.name_match
    article = _rank_table("articles", ["title", "body", "published_at"])
    assert article["title"][0].domain_id == "text.title"


def test_name_next_to_person_identifiers_is_a_full_name() -> None:
    payroll = _rank_table("lohnabrechnung", ["Personalnummer", "Name", "Bruttogehalt"])
    assert payroll["Name"][0].domain_id == "person.full_name"
    assert _rank_table("lookup", ["code", "Name"])["Name"][0].domain_id != "person.full_name"


def test_street_is_a_street_line_unless_house_numbers_are_split_out() -> None:
    assert _rank_table("Lead", ["FirstName", "Street", "City"])["Street"][0].domain_id == "address.street_address"
    split = _rank_table("stores", ["street", "house_no", "city"])
    assert split["street"][0].domain_id == "address.street"


def test_structural_header_rules() -> None:
    assert _rank("x", "Strasse_Hausnr")[0].domain_id == "address.street_address"
    assert _rank("x", "vorname_nachname")[0].domain_id == "person.full_name"
    assert _rank("x", "lat_lon")[0].domain_id == "geo.coordinates"
    insured = _rank("plcyhldr", "INSD_NM")[0]
    assert insured.domain_id == "person.full_name" and "person role" in insured.name_match
    device = _rank("events", "deviceType")[0]
    assert device.domain_id == "text.category" and TH.tau_low <= device.score < TH.tau_high  # never High alone


def test_fuzzy_match_missing_the_meaningful_word_is_weak() -> None:
    assert _rank("fx_rates", "source")[0].score < TH.tau_low + 0.1  # not "source ip"
    assert _rank("fleet", "plate")[0].domain_id == "id.license_plate"  # head noun kept
    assert _rank("x", "source_ip")[0].domain_id == "web.ipv4"
