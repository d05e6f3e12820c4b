"""Source adapters (files, SQL) behind :class:`core.ingest.ports.SourcePort`."""

from __future__ import annotations

from pathlib import Path

from adapters.sources.files import FileSource
from adapters.sources.sql import SqlSource
from core.contract import Endpoint
from core.ingest.errors import SourceMissing
from core.ingest.ports import SourcePort
from core.source_url import resolve_source_url


def expand_env(location: str) -> str:
    """Expand the ``${VAR}`` references of a SQL URL's secret slots from the environment at
    connect time (:func:`core.source_url.resolve_source_url`: a reference elsewhere is a
    POLICY_BLOCK, a missing variable a DETERMINISTIC_FAILURE naming it)."""
    return resolve_source_url(location)


def open_source(endpoint: Endpoint) -> SourcePort:
    """The source for a contract endpoint: a file/folder path (``type: file``, relative paths
    resolve against the working directory; ``header``: whether its first record is the header) or an
    SQLAlchemy URL (``type: sql``)."""
    if endpoint.source.type == "sql":
        return SqlSource(expand_env(endpoint.location), allowed_schemas=endpoint.allowed_schemas,
                         schema_ref=endpoint.schema_ref)
    path = Path(endpoint.location.removeprefix("file://")).expanduser()
    if not path.exists():
        raise SourceMissing(
            f"source {path} does not exist", file=path, reason="missing", stage="INGEST", location=str(path),
            fix=(f"fix the contract's `lhs` location (a relative path resolves against the working directory of "
                 f"the process, here {Path.cwd()})"))
    return FileSource(path, header=endpoint.header)


__all__ = ["FileSource", "SqlSource", "open_source"]
