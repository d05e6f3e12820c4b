"""Well-known paths, resolved from :mod:`core.settings` when asked.

``ASSETS_CONFIG`` and ``PROJECT_ROOT`` stay importable names for existing callers: they are resolved
on attribute access (PEP 562), so ``core.paths.ASSETS_CONFIG`` follows ``MAPWRIGHT_ASSETS_CONFIG`` at
the time it is read. New code calls :func:`assets_config_dir` / :func:`var_dir`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.settings import CODE_ROOT, get_settings

PROJECT_ROOT = CODE_ROOT
EXAMPLES = CODE_ROOT / "examples"


def assets_config_dir() -> Path:
    """The ``assets_config`` folder (``MAPWRIGHT_ASSETS_CONFIG`` or the one shipped with the code)."""
    return get_settings().assets_config


def var_dir() -> Path:
    """Writable state folder (metadata store, indexes, staging) — ``MAPWRIGHT_HOME``; created on demand."""
    p = get_settings().home
    p.mkdir(parents=True, exist_ok=True)
    return p


def __getattr__(name: str) -> Any:
    if name == "ASSETS_CONFIG":
        return assets_config_dir()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
