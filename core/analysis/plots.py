"""Small SVG bar charts for the Dagster UI (embedded in Markdown as data URIs; no plotting library)."""

from __future__ import annotations

import base64
from html import escape

WIDTH, ROW, LABEL = 560, 18, 170


def bar_chart(title: str, rows: list[tuple[str, float]], *, limit: float | None = None, unit: str = "%",
              scale: float = 100.0) -> str:
    """A horizontal bar chart (values in 0..1 by default, shown as %), with an optional limit line."""
    height = 30 + ROW * max(len(rows), 1)
    top = max([v for _, v in rows] + [limit or 0.0, 1e-9])
    span = WIDTH - LABEL - 60
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" font-family="sans-serif" '
             f'font-size="11"><text x="4" y="14" font-weight="bold">{escape(title)}</text>']
    for i, (label, value) in enumerate(rows):
        y = 22 + i * ROW
        w = span * value / top
        parts.append(f'<text x="4" y="{y + 12}">{escape(label[:28])}</text>'
                     f'<rect x="{LABEL}" y="{y + 2}" width="{w:.1f}" height="{ROW - 5}" fill="#4e79a7"/>'
                     f'<text x="{LABEL + w + 4:.1f}" y="{y + 12}">{value * scale:.1f}{unit}</text>')
    if limit is not None:
        x = LABEL + span * limit / top
        parts.append(f'<line x1="{x:.1f}" y1="20" x2="{x:.1f}" y2="{height}" stroke="#e15759" '
                     f'stroke-dasharray="4"/><text x="{x + 2:.1f}" y="{height - 2}" fill="#e15759">limit</text>')
    parts.append("</svg>")
    return "".join(parts)


def markdown_image(title: str, svg: str) -> str:
    """Markdown that shows ``svg`` inline."""
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return f"![{escape(title)}](data:image/svg+xml;base64,{data})"
