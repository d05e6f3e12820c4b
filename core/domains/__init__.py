"""Domaining (ROADMAP §8, §10, Phase 2): domain catalog, evidence, candidates, scoring, bands,
arbitration, the ``assign_domains`` stage and the golden-set eval.

Ports (``core.domains.ports``): ``VectorIndexPort`` (adapters.vector: hnswlib, pgvector; in-core
``ExactVectorIndex``), ``Embedder``, ``Arbiter`` (default ``RulesArbiter``), ``CacheInvalidator``.
"""

from core.domains.arbiter import RulesArbiter, rules_arbiter_for
from core.domains.assignments import ColumnAssignment, DomainAssignments, VersionRefs
from core.domains.embedding import HashedNgramEmbedder
from core.domains.evidence import ColumnEvidence
from core.domains.exact_index import ExactVectorIndex
from core.domains.ports import Arbiter, ArbiterVerdict, CacheInvalidator, Embedder, VectorIndexPort
from core.domains.scoring import Band, CandidateScore
from core.domains.stage import assign_domains, classify
from core.vocab.catalog_loader import apply_deltas, load_domain_catalog, validate_catalog
from core.vocab.models import CatalogDelta, DomainCatalog, DomainSpec

__all__ = [
    "Arbiter", "ArbiterVerdict", "Band", "CacheInvalidator", "CandidateScore", "CatalogDelta", "ColumnAssignment",
    "ColumnEvidence", "DomainAssignments", "DomainCatalog", "DomainSpec", "Embedder", "ExactVectorIndex",
    "HashedNgramEmbedder", "RulesArbiter", "VectorIndexPort", "VersionRefs", "apply_deltas", "assign_domains",
    "classify", "load_domain_catalog", "rules_arbiter_for", "validate_catalog",
]
