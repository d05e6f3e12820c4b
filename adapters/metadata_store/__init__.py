"""Metadata store on SQLAlchemy (ROADMAP §7): SQLite by default, PostgreSQL by URL.

Tables derive from :class:`adapters.metadata_store.base.Base`; :func:`open_store` returns a
:class:`MetadataStore` implementing the ledger and artifact ports of ``core``.
"""

from adapters.metadata_store.store import MetadataStore, RunRecord, RunStatus, open_store

__all__ = ["MetadataStore", "RunRecord", "RunStatus", "open_store"]
