"""What the Mapping stage receives: stores, policy, profile, catalog and the source opener."""

from __future__ import annotations

from dataclasses import dataclass

from core.artifacts import ArtifactStorePort
from core.domains.ports import VectorIndexPort
from core.ledger import LedgerPort
from core.mapping.intake import Opener
from core.mapping.side import HeaderEmbedder
from core.pii.ports import PiiMasker
from core.policy import PolicyEngine
from core.providers.router import Router
from core.thresholds import ThresholdProfile
from core.vocab.models import DomainCatalog


@dataclass
class MappingPorts:
    """Ports of :func:`core.mapping.stage.run_mapping`.

    ``open_source`` opens a contract endpoint read-only (``adapters.sources.open_source``): the
    source for in-memory sample values (data_mode), a live target table or a target data file.
    ``masker`` masks every example that is stored (target examples, before/after rows).
    """

    policy: PolicyEngine
    ledger: LedgerPort
    artifacts: ArtifactStorePort
    profile: ThresholdProfile
    domain_catalog: DomainCatalog
    open_source: Opener
    masker: PiiMasker | None = None
    index: VectorIndexPort | None = None
    #: header embeddings for matching (provider layer / MiniLM); None = offline hashed n-grams
    embedder: HeaderEmbedder | None = None
    #: the provider router for ``propose_transform`` on unsure columns (None = rules only); Mapping
    #: asks it only when a model other than the offline rules is eligible (core.mapping.provider)
    router: Router | None = None
