"""``mapwright eval --pii``: the PII masking eval over a labeled folder with the real file source and masker."""

from __future__ import annotations

from pathlib import Path

import click

from core.ingest.pii_eval import PII_GOLDEN_DIR, format_pii_report, run_pii_eval


def pii_eval(mode: str, pii_dir: Path | None, *, as_json: bool = False, details: bool = False,
             blank_headers: bool = False) -> None:
    """Print the PII eval of each mode (``both``: metadata_only then data_mode); ``blank_headers``: every header
    replaced by ``f1..fN`` (the values alone decide)."""
    from adapters.pii import PresidioMasker
    from adapters.sources.files import FileSource

    masker = PresidioMasker()
    modes = ("metadata_only", "data_mode") if mode == "both" else (mode,)
    for m in modes:
        rep = run_pii_eval(pii_dir or PII_GOLDEN_DIR, mode=m, masker=masker, open_source=FileSource,
                           blank_headers=blank_headers)
        click.echo(rep.model_dump_json(indent=2) if as_json else format_pii_report(rep, details))
