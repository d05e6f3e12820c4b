"""Masked previews of rows for quarantine records and the UI: format-preserving shapes.

Letters become ``A``/``a``, digits ``9``, every other character is kept, so a person sees the
pattern and length of a bad value (``9999-99-99`` vs ``99/99/9999``) and never the value itself.
"""

from __future__ import annotations

from datetime import date, datetime

from core.pii.shape import cell_text, shape

MAX_PREVIEW = 64


def shape_mask(value: object) -> str | None:
    """The shape of ``value`` (None stays None); at most 64 characters plus an ellipsis."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "<bool>"
    # numbers as their digits (a card number a reader typed as a float is shaped as digits, not 9.999e99)
    text = str(value) if isinstance(value, datetime | date) else (cell_text(value) or "")
    shaped = shape(text[:MAX_PREVIEW])
    return shaped + ("…" if len(text) > MAX_PREVIEW else "")
