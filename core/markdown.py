"""Markdown tables a person reads in a terminal (CLI output, :meth:`core.display.Table.markdown`).

Pure text, no Dagster. Stage outcomes carry :class:`core.display.Table` rows, never Markdown.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any


def _cell(value: Any, max_cell: int | None = 60) -> str:
    text = "" if value is None else str(value)
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if max_cell is None or len(text) <= max_cell else text[:max_cell - 3] + "..."


def markdown_table(headers: Sequence[str], rows: Iterable[Sequence[Any]], *, max_cell: int | None = 60) -> str:
    """A GitHub-flavoured Markdown table; cells longer than ``max_cell`` are cut (None: never, for
    explanations a person must read whole, such as a rationale)."""
    out = ["| " + " | ".join(_cell(h, None) for h in headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(_cell(v, max_cell) for v in row) + " |" for row in rows]
    return "\n".join(out)
