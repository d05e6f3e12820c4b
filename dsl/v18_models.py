"""Op models added in DSL 1.8 (minor, additive; ROADMAP §27): Unicode title case over the DSL's own letter
table (:mod:`dsl.unicase`). Semantics: dsl/README.md (table "Ops")."""

from __future__ import annotations

from typing import Literal

from dsl.op_base import OpBase

#: ops added in DSL 1.8: a pipeline using one must declare ``dsl_version >= 1.8.0``
V1_8_OPS: tuple[str, ...] = ("title_case",)


class TitleCase(OpBase):
    """v1.8: the first character of every word (a run of the table's word characters: letters of Latin,
    Greek and Cyrillic, combining marks, ASCII digits) upper-cased, every other character of the table
    lower-cased (``HANS-JOACHIM SCHRÖDER`` -> ``Hans-Joachim Schröder``, ``O'SULLIVAN`` -> ``O'Sullivan``)."""

    op: Literal["title_case"] = "title_case"
    input: str
    output: str


V18_MODELS = (TitleCase,)
assert tuple(m.model_fields["op"].default for m in V18_MODELS) == V1_8_OPS
