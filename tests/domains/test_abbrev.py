"""Contraction-based expansion of unseen abbreviations (core.domains.abbrev)."""

from __future__ import annotations

from core.domains.abbrev import AbbreviationExpander, skeleton
from core.domains.matcher import get_matcher
from core.vocab.catalog_loader import load_domain_catalog
from tests.domains.conftest import rank_table

ALIASES = ["customer number", "customer class", "contact person", "person", "personal number", "first name",
           "surname", "title", "category", "number"]


def test_skeleton_keeps_first_letter_and_consonants() -> None:
    assert skeleton("number") == "nmbr" and skeleton("person") == "prsn" and skeleton("address") == "adrs"


def test_contractions_expand_deterministically_and_words_are_left_alone() -> None:
    exp = AbbreviationExpander(ALIASES, {"no": "number"})
    assert exp.expand("custnmbr") == ("customer", "number")
    assert exp.expand("cntcprsn") == ("contact", "person")  # whole skeleton beats the more frequent 'personal'
    assert exp.expand("custclas") == ("customer", "class")
    assert exp.expand("surn") == ("surname",) and exp.expand("titl") == ("title",)
    assert exp.expand("person") is None  # a vocabulary word is not an abbreviation
    assert exp.expand("kontingent") is None  # long and vowel-rich: a word of some language
    assert exp.expand("xq") is None


def test_code_like_headers_use_expansions_natural_headers_do_not() -> None:
    m = get_matcher(load_domain_catalog())
    assert m.abbrev.expand("custnmbr") == ("customer", "number")
    r = rank_table("RM00101", [("CUSTNMBR", "string"), ("CNTCPRSN", "string"), ("Source Port", "int")])
    assert r["CUSTNMBR"][0].domain_id == "id.customer_id"
    assert r["CNTCPRSN"][0].domain_id == "person.full_name"
    assert all("contact" not in c.domain_id for c in r["Source Port"][:1])  # 'port' is not 'portable'


def test_headers_in_other_scripts_keep_their_letters() -> None:
    from core.domains.compound import build_vocabulary, split_glued
    from core.vocab.tokens import split_tokens

    assert split_tokens("ИНН_контрагента") == ("инн", "контрагента")
    assert split_tokens("Ονοματεπώνυμο") == ("ονοματεπώνυμο",)
    assert split_tokens("電話番号") == ("電話番号",) and split_tokens("이메일") == ("이메일",)
    assert split_tokens("Miejscowość") == ("miejscowosc",) and split_tokens("prénom") == ("prenom",)  # Latin folds
    vocab = build_vocabulary(["客户", "名称", "電話", "番号", "email"])
    assert split_glued("客户名称", vocab) == ("客户", "名称") and split_glued("電話番号", vocab) == ("電話", "番号")


def test_native_script_headers_resolve() -> None:
    r = rank_table("kunden", [("Фамилия", "string"), ("電話番号", "string"), ("客户电话", "string"),
                              ("이메일 주소", "string"), ("Ημερομηνία γέννησης", "date")])
    assert r["Фамилия"][0].domain_id == "person.last_name"
    assert r["電話番号"][0].domain_id == "contact.phone" and r["客户电话"][0].domain_id == "contact.phone"
    assert r["이메일 주소"][0].domain_id == "contact.email"
    assert r["Ημερομηνία γέννησης"][0].domain_id == "person.date_of_birth"
