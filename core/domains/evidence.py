"""Per-column evidence (ROADMAP §10): header tokens, unit cues, regex hits, value sketches.

Values are only ever read from a masked Sample Pack in data_mode; the stage asks the policy
engine (``Action.VALUE_EVIDENCE``) before calling :func:`value_evidence` — metadata_only columns
get header and declared-type evidence only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pydantic import BaseModel, Field

from core.catalog import ColumnSchema, SamplePack, TableSchema
from core.domains.sketch import (
    ValueSketch,
    has_embedded_placeholder,
    is_placeholder,
    placeholder_entity,
    sketch_values,
    to_text,
)
from core.domains.units import UnitCue, unit_cues
from core.vocab.tokens import QUALIFIERS, header_variants, split_tokens


class ColumnEvidence(BaseModel):
    """Everything the scorer knows about one column. Carries no raw values."""

    table: str
    column: str
    original_name: str
    declared_type: str
    physical_type: str
    header_tokens: list[str]
    header_variants: list[str]
    context_variants: list[str] = Field(default_factory=list)
    unit_cues: list[UnitCue] = Field(default_factory=list)
    flag_cue: bool = False
    value_evidence: bool = False
    sketch: ValueSketch | None = None
    regex_hits: dict[str, float] = Field(default_factory=dict)


#: Header shapes that announce a yes/no column (``is_active``, ``hasOptedOut``, ``email_yn``, ``aktiv_kz``).
FLAG_PREFIXES = frozenset({"is", "has", "can", "should", "was", "did", "ist", "hat", "est", "tiene", "es"})
FLAG_SUFFIXES = frozenset({"flag", "flg", "yn", "ind", "kz", "bool"})


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ses") or word.endswith("xes"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


#: Words of a table name that say how the table was made, not what it holds (``vendor_search``,
#: ``customer_grid_flat``, ``orders_export``): dropped so the entity word is found.
TABLE_QUALIFIERS = frozenset({
    "tbl", "dim", "fact", "stg", "raw", "src", "ods", "dwh", "v", "t", "x", "search", "list", "lists", "export",
    "exports", "report", "extract", "master", "data", "table", "grid", "flat", "view", "vw", "register",
    "registry", "dump", "file", "sheet", "details", "detail", "info", "all", "saved", "import", "snapshot",
    "history", "hist", "archive", "backup", "copy", "tmp", "temp", "staging", "landing", "base", "main",
    "stammdaten", "liste", "uittreksel", "lista", "elenco", "listado", "wpisy",
})


_RATE_QUALIFIER = re.compile(r"\d+(?:[.,]\d+)?\s*%")


def table_entity_words(table_name: str) -> list[str]:
    """Entity words of a table name (``dim_customers`` -> ``customer``), qualifiers dropped."""
    toks = [t for t in split_tokens(table_name) if not t.isdecimal()]
    core = [t for t in toks if t not in TABLE_QUALIFIERS]
    return [_singular(t) for t in (core or toks)]


def header_evidence(table: TableSchema, column: ColumnSchema) -> ColumnEvidence:
    """Header-only evidence (every mode): tokens, variants, table-context variants, unit cues."""
    header = column.original_name or column.name
    tokens = split_tokens(header)
    variants = [" ".join(v) for v in header_variants(header)]
    context: list[str] = []
    meaningful = [t for t in tokens if not t.isdecimal() and t not in QUALIFIERS]
    if 0 < len(meaningful) <= 2:
        for word in table_entity_words(table.name)[-1:]:
            if word not in meaningful:
                context.append(" ".join([word, *meaningful]))
    cues = unit_cues(tokens)
    # the sign is dropped by tokenization; "DPH 21%" names a rate of the amount, not a percent column
    if "%" in _RATE_QUALIFIER.sub("", header) and all(c.unit != "%" for c in cues):
        cues.append(UnitCue(token="%", unit="%", dimension="percent"))
    if cues:
        unit_tokens = {c.token for c in cues}
        bare = [t for t in tokens if t not in unit_tokens and not t.isdecimal()]
        if bare and " ".join(bare) not in variants:
            variants.append(" ".join(bare))
    return ColumnEvidence(
        table=table.name,
        column=column.name,
        original_name=header,
        declared_type=column.logical_type,
        physical_type=column.physical_type,
        header_tokens=list(tokens),
        header_variants=variants,
        context_variants=context,
        unit_cues=cues,
        flag_cue=(bool(tokens) and len(tokens) > 1 and (tokens[0] in FLAG_PREFIXES or tokens[-1] in FLAG_SUFFIXES))
        or header.rstrip().endswith("?"),
    )


def pack_columns(pack: SamplePack) -> dict[str, tuple[list[str], list[str]]]:
    """Column -> (non-null string values, masked entity types) of a Sample Pack."""
    masked: dict[str, list[str]] = {m.column: list(m.entity_types) for m in pack.masking}
    shaped = {m.column: m.entity_types[0] for m in pack.masking if m.scheme == "shape" and len(m.entity_types) == 1}
    out: dict[str, tuple[list[str], list[str]]] = {}
    for col in pack.columns:
        vals = to_text([row.get(col) for row in pack.rows])
        if col in shaped:  # a column masked whole as one entity reads like the entity's placeholders
            vals = [f"<{shaped[col]}>"] * len(vals)
        out[col] = (vals, masked.get(col, []))
    return out


def value_evidence(ev: ColumnEvidence, values: Sequence[str], masked_entities: Sequence[str],
                   regex_hits: dict[str, float], sample_size: int) -> ColumnEvidence:
    """Attach the value sketch and regex hits (data_mode, policy already checked)."""
    ents = list(masked_entities) + [e for v in values if (e := placeholder_entity(v))]
    return ev.model_copy(update={
        "value_evidence": True,
        "sketch": sketch_values(values, ents, sample_size=sample_size),
        "regex_hits": {k: round(v, 4) for k, v in regex_hits.items() if v > 0},
    })


def unmasked(values: Sequence[str]) -> list[str]:
    """Values that are neither mask placeholders nor carry an embedded ``<ENTITY>`` placeholder
    (regexes and patterns only look at these: ``<PHONE_NUMBER>.14.33.000000`` is a masker artefact
    whose shape says nothing about the column)."""
    return [v for v in values if not is_placeholder(v) and not has_embedded_placeholder(v)]
