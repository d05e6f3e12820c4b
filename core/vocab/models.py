"""Domain catalog models (ROADMAP §8): one :class:`DomainSpec` per semantic domain."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from core.catalog import LogicalType
from core.hashing import content_hash
from core.models import FrozenModel


class DomainSpec(FrozenModel):
    """One semantic domain of the catalog.

    ``aliases`` are header spellings in several naming styles and languages; ``negatives`` are
    header spellings that look like this domain but are not (``email_verified`` for
    ``contact.email``). ``regex`` (portable DSL flavor, full match) describes the value format;
    ``regex_specific`` says whether a match identifies the domain (UUID, IBAN) or only rules it
    in (an amount's number pattern). ``units`` are DSL unit symbols (dsl/units.py) or currency codes.
    ``context`` lists table-name words that make a generic header (``name``, ``code``) mean this
    domain (e.g. ``product`` for ``text.product_name``).
    ``needs_name`` marks a semantic specialization whose values look exactly like a more generic
    domain's (``created_at`` vs a timestamp, ``mobile_phone`` vs a phone): without header support it
    must not win on value evidence alone. ``entity_default`` marks the domain to prefer when a
    masking entity (``PERSON``) is shared by several domains and nothing else discriminates.
    ``mask_entities`` lists extra masker entity types (beyond ``pii_entity``) whose placeholders
    identify the domain's values (``URL`` for ``web.url``).
    ``value_siblings`` lists domains naming the same concept in another value form (country name /
    ISO alpha-2 code, street / street line, date / timestamp): when the header names this domain but
    the values contradict it and fit a sibling, the sibling inherits the name evidence.
    ``context_aliases`` are headers that mean this domain only in a table where another column
    confidently names one of ``context_domains`` (``title`` next to a first/last name column is a job
    title, not a document title; ``name`` next to an employee number is a person's full name).
    """

    id: str = Field(pattern=r"^[a-z_]+\.[a-z0-9_]+$")
    family: str
    description: str
    pii: bool = False
    pii_entity: str | None = None
    logical_types: list[LogicalType] = Field(min_length=1)
    composite_of: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(min_length=3)
    languages: list[str] = Field(min_length=2)
    negatives: list[str] = Field(default_factory=list)
    regex: str | None = None
    regex_specific: bool = True
    units: list[str] = Field(default_factory=list)
    context: list[str] = Field(default_factory=list)
    examples: list[str] = Field(min_length=10, max_length=20)
    needs_name: bool = False
    unique_values: bool = False
    #: The examples list every common value (salutations): values all found among them rule out siblings.
    closed_vocabulary: bool = False
    #: A check the values must also pass to count as regex hits (masked values are exempt).
    checksum: Literal["luhn"] | None = None
    #: Which value detector of :mod:`core.pii.names` is this domain's evidence: a share of ``name_shape``
    #: (``full``/``first``/``last``) or ``company`` (``company_share``).
    name_detector: Literal["full", "first", "last", "company"] | None = None
    entity_default: bool = False
    mask_entities: list[str] = Field(default_factory=list)
    value_siblings: list[str] = Field(default_factory=list)
    context_aliases: list[str] = Field(default_factory=list)
    context_domains: list[str] = Field(default_factory=list)


class DomainFamilyFile(FrozenModel):
    """One YAML file of the catalog: a family of domains."""

    family: str
    domains: list[DomainSpec]


class DomainCatalog(FrozenModel):
    """The whole domain catalog: version, content hash and the domains by id."""

    version: str
    domains: list[DomainSpec]
    source: str = "assets_config/domains"

    def catalog_hash(self) -> str:
        """SHA-256 over the canonical JSON of the domains (the version string excluded)."""
        return content_hash([d.model_dump(mode="json") for d in sorted(self.domains, key=lambda d: d.id)])

    def get(self, domain_id: str) -> DomainSpec:
        """Domain by id (KeyError if absent)."""
        for d in self.domains:
            if d.id == domain_id:
                return d
        raise KeyError(domain_id)

    @property
    def ids(self) -> list[str]:
        """Domain ids in catalog order."""
        return [d.id for d in self.domains]


DeltaKind = Literal["alias", "negative", "regex", "example"]


class CatalogDelta(FrozenModel):
    """A proposed change to one domain (staged, never applied to live without promotion)."""

    domain_id: str
    kind: DeltaKind
    value: str
    source: Literal["feedback_accept", "feedback_override", "arbiter", "manual"] = "manual"
    run_id: str | None = None
    table: str | None = None
    column: str | None = None
    rationale: str = ""
