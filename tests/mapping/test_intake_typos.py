"""A misspelt key in a target schema file is refused, naming the key and the one meant. It used to be ignored: with
`tabel:` the table took the file's name (the migration would have created and promoted a table of that name), with
`nulable: false` a NOT NULL column was read as nullable. Extra keys not spelt like a known one are still read past."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.sources import open_source
from core.mapping.errors import MalformedTargetSchema
from core.mapping.intake import load_target

GOOD = """table: crm_customer
columns:
  - {name: customer_id, type: int, key: true, nullable: false}
  - {name: email, type: string, domain: contact.email}
"""


@pytest.mark.parametrize(("text", "key", "meant", "where"), [
    (GOOD.replace("table:", "tabel:"), "tabel", "table", "at the top level"),
    (GOOD.replace("columns:", "colums:"), "colums", "columns", "at the top level"),
    (GOOD + "primary_keys: [customer_id]\n", "primary_keys", "primary_key", "at the top level"),
    (GOOD.replace("nullable: false", "nulable: false"), "nulable", "nullable", "in column 'customer_id'"),
    (GOOD.replace("domain: contact.email", "domian: contact.email"), "domian", "domain", "in column 'email'"),
])
def test_a_misspelt_key_is_refused_and_named(tmp_path: Path, text: str, key: str, meant: str, where: str) -> None:
    p = tmp_path / "typo_target.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(MalformedTargetSchema) as info:
        load_target(str(p), open_source, with_rows=False, masker=None)
    assert f"unknown key `{key}` {where} (did you mean `{meant}`?)" in info.value.message


def test_the_schema_without_typos_and_with_unrelated_extra_keys_reads(tmp_path: Path) -> None:
    p = tmp_path / "target.yaml"
    p.write_text("language: en\nsource: hand-written\n" + GOOD.replace("domain: contact.email",
                 "domain: contact.email, values: [a@b.example]"), encoding="utf-8")
    table = load_target(str(p), open_source, with_rows=False, masker=None).catalog.table
    assert table.name == "crm_customer"
    key = next(c for c in table.columns if c.name == "customer_id")
    assert key.nullable is False and key.is_key


def test_a_known_key_with_a_suffix_is_an_extension_not_a_typo(tmp_path: Path) -> None:
    """`description_de` used to be refused as "did you mean `description`" (difflib ratio >= 0.8): a localized or
    otherwise suffixed key is an extension, read past like any other extra key."""
    p = tmp_path / "target.yaml"
    p.write_text("description: Customers\ndescription_de: Kunden\nx-table: legacy_name\n" + GOOD.replace(
        "domain: contact.email", "domain: contact.email, description: mail, description_de: Post, type-hint: x"),
        encoding="utf-8")
    table = load_target(str(p), open_source, with_rows=False, masker=None).catalog.table
    assert table.name == "crm_customer"
    assert next(c for c in table.columns if c.name == "email").description == "mail"


@pytest.mark.parametrize(("key", "meant"), [("tables", "table"), ("descriptoin", "description"),
                                            ("foreign_key", "foreign_keys")])
def test_a_key_a_small_edit_from_a_known_one_is_still_refused(tmp_path: Path, key: str, meant: str) -> None:
    p = tmp_path / "target.yaml"
    p.write_text(f"{key}: x\n" + GOOD, encoding="utf-8")
    with pytest.raises(MalformedTargetSchema) as info:
        load_target(str(p), open_source, with_rows=False, masker=None)
    assert f"unknown key `{key}` at the top level (did you mean `{meant}`?)" in info.value.message
