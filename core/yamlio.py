"""The one YAML loader of mapwright: safe loading only, with libyaml's C loader when available."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Parse YAML text with the safe loader (raises ``yaml.YAMLError`` when malformed)."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a SafeLoader


def read_yaml(path: str | Path) -> Any:
    """Read and parse a UTF-8 YAML file (``OSError`` when unreadable, ``yaml.YAMLError`` when malformed)."""
    return load_yaml(Path(path).read_text(encoding="utf-8"))
