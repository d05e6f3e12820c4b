"""Secrets in SQL source URLs (issue 10 defect 2): references expand only in secret slots, literal
secrets are refused in every slot a driver reads one from, and no refusal repeats the value."""

from __future__ import annotations

import pytest

from core.contract import contract_template
from core.errors import DeterministicFailure, PolicyBlock
from core.source_url import check_source_url, redact_source_url, resolve_source_url

SECRET = "Zq7-secret-value"
ENV = {"MW_T_USER": SECRET, "MW_T_HOST": SECRET, "MW_T_DB": SECRET, "MW_T_MODE": SECRET, "MW_T_PW": SECRET,
       "MW_T_PORT": "5432"}

#: (URL with a reference outside a secret slot, the slot the refusal must name)
MISPLACED = [
    ("postgresql+psycopg://${MW_T_USER}@127.0.0.1/test", "user"),
    ("postgresql+psycopg://app@${MW_T_HOST}/test", "host"),
    ("postgresql+psycopg://app@db.internal/${MW_T_DB}", "database"),
    ("postgresql+psycopg://app@db/test?sslmode=${MW_T_MODE}", "query parameter 'sslmode'"),
    ("postgresql+psycopg://app@db/test?host=${MW_T_HOST}&password=${MW_T_PW}", "query parameter 'host'"),
    ("postgresql+psycopg://app@db/test?${MW_T_MODE}=x", "query parameter name"),
    ("postgresql+psycopg://app:${MW_T_PW}@db:${MW_T_PORT}/test", "port"),
    ("mysql+pymysql://app:${MW_T_PW}@db/test?charset=${MW_T_MODE}", "query parameter 'charset'"),
]

#: (URL with a literal secret, the slot the refusal must name)
LITERAL = [
    ("postgresql+psycopg://app:Zq7-secret-value@db/test", "password"),
    ("postgresql+psycopg://app@db/test?password=Zq7-secret-value", "query parameter 'password'"),
    ("postgresql+psycopg://app@/test?host=/var/run/postgresql&password=Zq7-secret-value",
     "query parameter 'password'"),
    ("postgresql+psycopg://app@db/test?PASSWORD=Zq7-secret-value", "query parameter 'PASSWORD'"),
    ("postgresql+psycopg://app@db/test?sslpassword=Zq7-secret-value", "query parameter 'sslpassword'"),
    ("mysql+pymysql://app@db/test?passwd=Zq7-secret-value", "query parameter 'passwd'"),
    ("mssql+pyodbc://app@db/test?pwd=Zq7-secret-value", "query parameter 'pwd'"),
    ("snowflake://app@acct/db?token=Zq7-secret-value", "query parameter 'token'"),
    ("postgresql+psycopg://app@db/test?password=${MW_T_PW}&password=Zq7-secret-value",
     "query parameter 'password'"),
    ("postgresql+psycopg://app:${MW_T_PW}@db/test?api_key=Zq7-secret-value", "query parameter 'api_key'"),
    ("postgresql+psycopg://app@db/host=db%20password=Zq7-secret-value", "database"),
    ("postgresql+psycopg://app@db/test?options=password%3DZq7-secret-value", "query parameter 'options'"),
    ("postgresql+psycopg://app:pre${MW_T_PW}@db/test", "password"),
]


@pytest.mark.parametrize(("url", "slot"), MISPLACED + LITERAL)
def test_contract_refuses_and_names_the_slot(url: str, slot: str) -> None:
    with pytest.raises(DeterministicFailure) as info:
        contract_template(lhs_location=url, rhs_location="t.yaml", lhs_type="sql")
    assert slot in info.value.message
    assert SECRET not in info.value.message and SECRET not in str(info.value.to_dict())


@pytest.mark.parametrize(("url", "slot"), MISPLACED + LITERAL)
def test_connect_time_expansion_refuses_too(url: str, slot: str) -> None:
    """A URL that never went through a contract is held to the same rule when it is expanded."""
    with pytest.raises(PolicyBlock) as info:
        resolve_source_url(url, ENV)
    assert info.value.details["slot"] == slot or slot in info.value.message
    assert SECRET not in str(info.value.to_dict())


def test_references_expand_only_in_secret_slots() -> None:
    url = "postgresql+psycopg://app:${MW_T_PW}@db/test?sslmode=require&sslpassword=${MW_T_PW}&host=/tmp"
    check_source_url(url)
    c = contract_template(lhs_location=url, rhs_location="t.yaml", lhs_type="sql")
    assert SECRET not in c.canonical()
    env = {"MW_T_PW": "p@ss:w/rd&x=y"}
    resolved = resolve_source_url(url, env)
    assert resolved == ("postgresql+psycopg://app:p%40ss%3Aw%2Frd%26x%3Dy@db/test?sslmode=require"
                        "&sslpassword=p%40ss%3Aw%2Frd%26x%3Dy&host=/tmp")
    shown = redact_source_url(resolved)
    assert "p@ss" not in shown and "p%40ss" not in shown
    assert "sslmode=require" in shown and "app:***@db" in shown
    with pytest.raises(DeterministicFailure, match="MW_T_UNSET"):
        resolve_source_url("postgresql+psycopg://app:${MW_T_UNSET}@db/test", env)


def test_file_endpoints_and_plain_urls_are_untouched() -> None:
    contract_template(lhs_location="data/${NOT_EXPANDED}.csv", rhs_location="t.yaml")
    assert resolve_source_url("sqlite:////tmp/x.db", {}) == "sqlite:////tmp/x.db"
    assert resolve_source_url("postgresql+psycopg://app@db/test?password=", {}) == (
        "postgresql+psycopg://app@db/test?password=")
