"""Compact SVG bar charts for the Dagster UI, as Markdown images small enough to show inline.

The Dagster UI renders a Markdown metadata value in place only when it is shorter than 1000
characters (longer ones sit behind *[Show Markdown]*), and its Markdown sanitizer allows ``data:``
image sources. So each chart is a minimal SVG (one path for all bars, one text element for all
labels) in a base64 data URI, and a chart with more rows than fit is split into parts
(:func:`plot_entries`), each its own entry under the limit.
"""

from __future__ import annotations

import base64
from html import escape

#: the Dagster UI's inline limit for Markdown metadata (characters, exclusive)
INLINE_LIMIT = 1000
WIDTH, ROW, BAR_X, SPAN = 340, 13, 128, 190
BLUE, RED, GREY = "#4e79a7", "#e15759", "#bab0ac"


def bar_chart(title: str, rows: list[tuple[str, float]], *, limit: float | None = None, unit: str = "%",
              scale: float = 100.0, top: float | None = None, colors: tuple[str, str] = (BLUE, RED)) -> str:
    """A horizontal bar chart of ``rows`` (label, value); bars past ``limit`` are red, the limit a line."""
    height = 16 + ROW * max(len(rows), 1)
    top = top or max([v for _, v in rows] + [limit or 0.0, 1e-9])
    ok: list[str] = []
    over: list[str] = []
    labels: list[str] = []
    for i, (label, value) in enumerate(rows):
        y = 14 + i * ROW
        w = SPAN * min(value, top) / top
        if round(w):
            (over if limit is not None and value > limit else ok).append(f"M{BAR_X} {y}h{w:.0f}v9h-{w:.0f}z")
        labels.append(f'<tspan x="0" y="{y + 8}">{escape(_short(label))} {value * scale:.3g}{unit}</tspan>')
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" font-family="sans-serif" '
             f'font-size="9"><text y="9">{escape(title)}</text>']
    for color, paths in zip(colors, (ok, over), strict=True):
        if paths:
            parts.append(f'<path fill="{color}" d="{"".join(paths)}"/>')
    parts.append(f"<text>{''.join(labels)}</text>")
    if limit is not None:
        parts.append(f'<path stroke="{RED}" d="M{BAR_X + SPAN * limit / top:.0f} 11V{height}"/>')
    parts.append("</svg>")
    return "".join(parts)


def _short(label: str, size: int = 17) -> str:
    """``label`` in at most ``size`` characters, keeping its start and end (column names differ at the end)."""
    return label if len(label) <= size else f"{label[:size // 2 - 1]}~{label[-(size - size // 2):]}"


def pair_chart(title: str, current: list[float], reference: list[float]) -> str:
    """Before/after shares per bin as columns, lowest bin left: the reference grey, the current output blue."""
    top = max([*current, *reference, 1e-9])
    height, base, step = 90, 78, (WIDTH - 20) // max(len(current), 1)
    ref_p, cur_p = [], []
    for i, (c, r) in enumerate(zip(current, reference, strict=True)):
        x = 10 + i * step
        hr, hc = 60 * r / top, 60 * c / top
        ref_p.append(f"M{x} {base}v-{hr:.0f}h{step // 2 - 1}v{hr:.0f}z")
        cur_p.append(f"M{x + step // 2} {base}v-{hc:.0f}h{step // 2 - 1}v{hc:.0f}z")
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" font-family="sans-serif" '
            f'font-size="9"><text y="9">{escape(title)}</text><path fill="{GREY}" d="{"".join(ref_p)}"/>'
            f'<path fill="{BLUE}" d="{"".join(cur_p)}"/><text y="88" x="10">low</text>'
            f'<text y="88" x="{WIDTH - 30}">high</text></svg>')


def markdown_image(title: str, svg: str) -> str:
    """Markdown that shows ``svg`` inline."""
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    alt = escape(title[:40]).replace("[", "(").replace("]", ")")
    return f"![{alt}](data:image/svg+xml;base64,{data})"


def plot_entries(key: str, title: str, rows: list[tuple[str, float]], *, limit: float | None = None,
                 unit: str = "%", scale: float = 100.0) -> dict[str, str]:
    """``{entry title: markdown image}``, each under :data:`INLINE_LIMIT`, splitting ``rows`` as needed."""
    top = max([v for _, v in rows] + [limit or 0.0, 1e-9])

    def image(t: str, part: list[tuple[str, float]]) -> str:
        return markdown_image(t, bar_chart(t, part, limit=limit, unit=unit, scale=scale, top=top))

    parts: list[list[tuple[str, float]]] = [[]]
    for row in rows:
        if parts[-1] and len(image(f"{title} 9/9", [*parts[-1], row])) >= INLINE_LIMIT:
            parts.append([row])
        else:
            parts[-1].append(row)
    if len(parts) == 1:
        return {key: image(title, parts[0])}
    return {f"{key} ({i}/{len(parts)})": image(f"{title} {i}/{len(parts)}", part) for i, part in enumerate(parts, 1)}
