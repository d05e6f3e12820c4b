"""Source adapters (files, SQL) behind :class:`core.ingest.ports.SourcePort`."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import quote

from adapters.sources.files import FileSource
from adapters.sources.sql import SqlSource
from core.contract import ENV_REF, Endpoint
from core.errors import DeterministicFailure
from core.ingest.ports import SourcePort


def expand_env(location: str) -> str:
    """Replace ``${VAR}`` references (the contract's only allowed form of a secret) from the
    environment at connect time; a missing variable is a DETERMINISTIC_FAILURE naming it."""

    def sub(m: re.Match[str]) -> str:
        name = m.group(0)[2:-1]
        if name not in os.environ:
            raise DeterministicFailure(f"environment variable {name} referenced by the source URL is not set",
                                       stage="INGEST", variable=name)
        return quote(os.environ[name], safe="")

    return ENV_REF.sub(sub, location)


def open_source(endpoint: Endpoint) -> SourcePort:
    """The source for a contract endpoint: a file/folder path (``type: file``, relative paths
    resolve against the working directory) or an SQLAlchemy URL (``type: sql``)."""
    if endpoint.source.type == "sql":
        return SqlSource(expand_env(endpoint.location), allowed_schemas=endpoint.allowed_schemas,
                         schema_ref=endpoint.schema_ref)
    path = Path(endpoint.location.removeprefix("file://")).expanduser()
    if not path.exists():
        raise DeterministicFailure(f"source {path} does not exist", stage="INGEST", location=str(path))
    return FileSource(path)


__all__ = ["FileSource", "SqlSource", "open_source"]
