"""Well-known paths of the installed project (config data lives beside the packages)."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ASSETS_CONFIG = Path(os.environ.get("MAPWRIGHT_ASSETS_CONFIG", PROJECT_ROOT / "assets_config"))
EXAMPLES = PROJECT_ROOT / "examples"


def var_dir() -> Path:
    """Writable state folder (metadata store, indexes, staging) — ``MAPWRIGHT_HOME`` or ./var."""
    p = Path(os.environ.get("MAPWRIGHT_HOME", PROJECT_ROOT / "var"))
    p.mkdir(parents=True, exist_ok=True)
    return p
