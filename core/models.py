"""The one base model of mapwright's configs and artifacts: frozen and strict.

``extra="forbid"``: an unknown key in a contract, manifest, catalog or profile is an error, not
silently dropped (a typo never turns a setting off). ``frozen=True``: a loaded config or artifact
cannot change after its content hash was taken.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class FrozenModel(BaseModel):
    """Frozen, strict pydantic base for configs and artifacts."""

    model_config = ConfigDict(extra="forbid", frozen=True)
