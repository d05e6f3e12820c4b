"""Value sketches (data_mode only): distinct ratio, lengths, character classes, masked patterns.

A *masked pattern* abstracts a value's shape: upper-case letters -> ``A``, lower-case -> ``a``,
digits -> ``9``; upper-case runs collapse to ``A+``, lower-case runs (any length) to ``a+``,
digit runs longer than 6 to ``9+``; punctuation and spaces stay.
``Anna Schmidt`` -> ``Aa+ Aa+``, ``536-90-4399`` -> ``999-99-9999``.
Sketches never carry the values themselves, so they can sit in artifacts and the evidence drawer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, Field

_PLACEHOLDER = re.compile(r"^(?:<[A-Z_]+>|\[[A-Z_ ]+\]|\*{3,}|#{3,}|x{4,}|X{4,})$")


def is_placeholder(value: str) -> bool:
    """True for a mask placeholder (``<EMAIL_ADDRESS>``, ``[REDACTED]``, ``****``)."""
    return bool(_PLACEHOLDER.match(value))


_EMBEDDED = re.compile(r"<[A-Z][A-Z_]+>")
_ENTITY_PLACEHOLDER = re.compile(r"^<([A-Z][A-Z0-9_]{0,63})>$")
_FILLER = re.compile(r"[\s.,;:/|+\-()]*")


def has_embedded_placeholder(value: str) -> bool:
    """True when a ``<ENTITY>`` placeholder occurs anywhere in ``value`` (``<PHONE_NUMBER>.14.33``)."""
    return "<" in value and bool(_EMBEDDED.search(value))


def placeholder_dominated(value: str, entity: str) -> bool:
    """True when ``value`` is made of ``<entity>`` placeholders and separators only (``<PERSON>``,
    ``<PERSON> <PERSON>``): the masker replaced the whole cell's content, not a fragment of it."""
    tag = f"<{entity}>"
    return tag in value and bool(_FILLER.fullmatch(_EMBEDDED.sub("", value)))


def placeholder_entity(value: str) -> str | None:
    """Entity named by a ``<ENTITY>`` placeholder (upper-case letters, digits, underscores). Any other text in
    angle brackets is a value, not a placeholder: an HTML/XML fragment (``<div>VERA, Tiwi</div>``) would otherwise
    be stored as an "entity name" in the sketch, in clear."""
    m = _ENTITY_PLACEHOLDER.match(value)
    return m.group(1) if m else None


def mask_pattern(value: str) -> str:
    """Shape of a value (see module docstring)."""
    out: list[str] = []
    for ch in value[:64]:
        if ch.isdecimal():
            cls = "9"
        elif ch.isalpha():
            cls = "A" if ch.isupper() else "a"
        elif ch.isspace():
            cls = " "
        else:
            cls = ch
        if cls in "Aa" and out and out[-1] in (cls, cls + "+"):
            out[-1] = cls + "+"
            continue
        if cls == "a":  # lower-case runs of any length: a+
            out.append("a+")
            continue
        out.append(cls)
    return re.sub(r"9{7,}", "9+", "".join(out))


class ValueSketch(BaseModel):
    """Value-derived evidence of one column (no raw values)."""

    sample_size: int
    non_null: int
    distinct_ratio: float
    min_length: int
    max_length: int
    mean_length: float
    char_classes: dict[str, float] = Field(default_factory=dict)
    top_patterns: list[tuple[str, int]] = Field(default_factory=list)
    placeholder_fraction: float = 0.0
    masked_entities: list[str] = Field(default_factory=list)


def to_text(values: Sequence[Any]) -> list[str]:
    """Non-null values as stripped strings (empty strings dropped)."""
    out = []
    for v in values:
        if v is None:
            continue
        s = str(v).strip()
        if s:
            out.append(s)
    return out


def sketch_values(values: Sequence[str], masked_entities: Sequence[str] = (), sample_size: int | None = None,
                  top: int = 5) -> ValueSketch:
    """Sketch of the non-null string ``values`` of one column."""
    n = len(values)
    if n == 0:
        return ValueSketch(sample_size=sample_size or 0, non_null=0, distinct_ratio=0.0, min_length=0,
                           max_length=0, mean_length=0.0, masked_entities=list(masked_entities))
    lengths = [len(v) for v in values]
    classes = {
        "digit": sum(any(c.isdecimal() for c in v) for v in values) / n,
        "alpha": sum(any(c.isalpha() for c in v) for v in values) / n,
        "upper": sum(any(c.isupper() for c in v) for v in values) / n,
        "space": sum(" " in v for v in values) / n,
        "punct": sum(any(not c.isalnum() and not c.isspace() for c in v) for v in values) / n,
    }
    pats = Counter(mask_pattern(v) for v in values)
    return ValueSketch(
        sample_size=sample_size if sample_size is not None else n,
        non_null=n,
        distinct_ratio=round(len(set(values)) / n, 4),
        min_length=min(lengths),
        max_length=max(lengths),
        mean_length=round(sum(lengths) / n, 2),
        char_classes={k: round(v, 3) for k, v in classes.items()},
        top_patterns=sorted(pats.items(), key=lambda kv: (-kv[1], kv[0]))[:top],
        placeholder_fraction=round(sum(is_placeholder(v) for v in values) / n, 4),
        masked_entities=sorted(set(masked_entities)),
    )
