"""Domain catalog: coverage, validation on load, deltas, hashing."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from core.errors import DeterministicFailure
from core.vocab.catalog_loader import apply_deltas, load_domain_catalog, validate_catalog
from core.vocab.models import CatalogDelta, DomainCatalog

FAMILIES = {"people", "contact", "address_geo", "organization", "money", "datetime", "identifiers", "quantities",
            "web", "flags", "iso_codes", "free_text", "credentials"}


def test_catalog_size_and_coverage(domain_catalog: DomainCatalog) -> None:
    assert len(domain_catalog.domains) >= 80
    assert {d.family for d in domain_catalog.domains} == FAMILIES
    ids = set(domain_catalog.ids)
    for required in ("id.uuid", "id.us_ssn", "id.iban", "id.credit_card", "id.vat_number", "id.sku",
                     "qty.length", "qty.mass", "qty.temperature", "qty.volume", "qty.duration", "web.url",
                     "web.ipv4", "web.domain_name", "web.user_agent", "iso.country_alpha2", "iso.currency_code",
                     "iso.language_code", "person.full_name", "address.full_address", "text.notes",
                     "credential.password", "credential.password_hash", "credential.secret", "credential.pin",
                     "credential.card_security_code", "credential.card_expiry", "person.mothers_maiden_name"):
        assert required in ids
    assert domain_catalog.get("person.full_name").composite_of
    assert domain_catalog.get("address.full_address").composite_of


def test_every_domain_is_complete(domain_catalog: DomainCatalog) -> None:
    for d in domain_catalog.domains:
        assert 10 <= len(d.examples) <= 20, d.id
        assert len(set(d.languages)) >= 2, d.id
        assert len(d.aliases) >= 3, d.id
        assert not d.pii or d.pii_entity, d.id
    quantities = [d for d in domain_catalog.domains if d.family == "quantities" and d.id != "qty.count"]
    assert all(d.units for d in quantities)
    styles = [a for d in domain_catalog.domains for a in d.aliases]
    assert any(a != a.lower() for a in styles) and any("_" in a for a in styles)  # camelCase + snake_case


def _copy_catalog(tmp_path: Path, mutate) -> Path:  # type: ignore[no-untyped-def]
    src = Path(load_domain_catalog().source)
    for f in src.glob("*.yaml"):
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        if not f.name.startswith("_"):
            mutate(data)
        (tmp_path / f.name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return tmp_path


def test_regex_outside_dsl_flavor_is_rejected(tmp_path: Path) -> None:
    def mutate(data: dict) -> None:  # type: ignore[type-arg]
        for d in data["domains"]:
            if d["id"] == "id.uuid":
                d["regex"] = r"^(?=[0-9a-f]).*$"  # lookahead: not portable

    with pytest.raises(DeterministicFailure) as ei:
        load_domain_catalog(_copy_catalog(tmp_path, mutate))
    assert any("id.uuid" in p and "lookaround" in p for p in ei.value.details["problems"])


def test_example_not_matching_regex_is_rejected(tmp_path: Path) -> None:
    def mutate(data: dict) -> None:  # type: ignore[type-arg]
        for d in data["domains"]:
            if d["id"] == "contact.email":
                d["examples"][0] = "not-an-email"

    with pytest.raises(DeterministicFailure) as ei:
        load_domain_catalog(_copy_catalog(tmp_path, mutate))
    assert any("not-an-email" in p for p in ei.value.details["problems"])


def test_alias_claimed_twice_is_rejected(domain_catalog: DomainCatalog) -> None:
    dup = domain_catalog.get("contact.email").model_copy(update={"id": "contact.email2"})
    bad = DomainCatalog(version="x", domains=[*domain_catalog.domains, dup])
    problems = validate_catalog(bad)
    assert any("claimed by contact.email and contact.email2" in p for p in problems)
    # normalization makes naming styles collide: emailAddress == email_address
    a = domain_catalog.get("contact.phone")
    clash = a.model_copy(update={"aliases": [*a.aliases, "EmailAddress"]})
    others = [d if d.id != a.id else clash for d in domain_catalog.domains]
    assert any("EmailAddress" in p for p in validate_catalog(DomainCatalog(version="x", domains=others)))


def test_apply_deltas_and_hash(domain_catalog: DomainCatalog) -> None:
    new = apply_deltas(domain_catalog, [CatalogDelta(domain_id="datetime.created_at", kind="alias", value="erdat")],
                       "1.0.1")
    assert "erdat" in new.get("datetime.created_at").aliases
    assert new.catalog_hash() != domain_catalog.catalog_hash()
    assert load_domain_catalog().catalog_hash() == domain_catalog.catalog_hash()  # deterministic
    with pytest.raises(DeterministicFailure):  # an alias owned elsewhere fails validation
        apply_deltas(domain_catalog, [CatalogDelta(domain_id="contact.phone", kind="alias", value="email")], "1.0.1")
