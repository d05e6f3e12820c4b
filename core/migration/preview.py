"""Masked previews of rows for quarantine records and the UI: format-preserving shapes.

Letters become ``A``/``a``, digits ``9``, every other character is kept, so a person sees the
pattern and length of a bad value (``9999-99-99`` vs ``99/99/9999``) and never the value itself.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

MAX_PREVIEW = 64


def _shape_char(ch: str) -> str:
    if ch.isdigit():
        return "9"
    if ch.isalpha():
        return "A" if ch.isupper() else "a"
    return ch


def shape_mask(value: object) -> str | None:
    """The shape of ``value`` (None stays None); at most 64 characters plus an ellipsis."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "<bool>"
    if isinstance(value, datetime | date | Decimal | int | float):
        value = str(value)
    text = str(value)
    shaped = "".join(_shape_char(c) for c in text[:MAX_PREVIEW])
    return shaped + ("…" if len(text) > MAX_PREVIEW else "")
