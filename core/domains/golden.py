"""Golden-set tables (assets_config/golden/) as Catalog + Sample Pack pairs.

Folders are named by status: ``golden/dev/<set>`` (development: figures may be looked at and the
catalog tuned on them; ``dev/base`` is the default set the §46 targets are checked on) and
``golden/blind/<set>`` (blind: only summary figures are measured, never per-column errors, never
tuned on). Set names are unique across both.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

from core.catalog import Catalog, ColumnSchema, LogicalType, MaskedCell, SamplePack, TableSchema
from core.errors import DeterministicFailure
from core.paths import assets_config_dir
from core.yamlio import read_yaml


def golden_root() -> Path:
    """``<assets_config>/golden`` (``GOLDEN_ROOT``), resolved now."""
    return assets_config_dir() / "golden"


def dev_dir() -> Path:
    """The default development set ``golden/dev/base`` (``GOLDEN_DIR``): the §46 / Phase 2 targets are checked
    on it."""
    return golden_root() / "dev" / "base"


_LAZY_PATHS = {"GOLDEN_ROOT": golden_root, "GOLDEN_DIR": dev_dir}
STATUSES = ("dev", "blind")
GOLDEN_RUN_ID = "01J00000000000000000GOLDEN"


class GoldenColumn(BaseModel):
    """One labeled column."""

    model_config = ConfigDict(extra="forbid")

    name: str
    type: LogicalType
    domain: str | None
    values: list[str] = Field(default_factory=list)
    masked_entities: list[str] = Field(default_factory=list)


class GoldenTable(BaseModel):
    """One golden table."""

    model_config = ConfigDict(extra="forbid")

    table: str
    language: str
    source: str = ""
    columns: list[GoldenColumn]


def load_golden(directory: Path | None = None) -> list[GoldenTable]:
    """Every ``*.yaml`` golden table of ``directory`` (default: the dev set; sorted by file name)."""
    directory = dev_dir() if directory is None else directory
    tables = []
    for path in sorted(Path(directory).glob("*.yaml")):
        try:
            tables.append(GoldenTable.model_validate(read_yaml(path)))
        except (yaml.YAMLError, ValueError) as exc:
            raise DeterministicFailure(f"invalid golden table {path.name}: {exc}", path=str(path)) from exc
    if not tables:
        raise DeterministicFailure(f"no golden tables under {directory}", path=str(directory))
    return tables


def held_out_dirs(root: Path | None = None) -> list[Path]:
    """Every golden set besides the default dev set: ``<root>/dev/*`` and ``<root>/blind/*`` folders holding
    ``*.yaml`` tables, sorted by set name (see :func:`set_status` for which are blind)."""
    root = golden_root() if root is None else root
    dirs = [p for status in STATUSES if (Path(root) / status).is_dir() for p in (Path(root) / status).iterdir()
            if p.is_dir() and any(p.glob("*.yaml"))]
    return sorted((p for p in dirs if p.resolve() != (Path(root) / "dev" / "base").resolve()), key=lambda p: p.name)


def set_status(directory: Path) -> str:
    """``dev`` or ``blind`` from the golden folder's parent (``unknown`` for a folder outside the layout)."""
    return directory.parent.name if directory.parent.name in STATUSES else "unknown"


def to_catalog(tables: list[GoldenTable]) -> Catalog:
    """The golden tables as one Standard Schema Catalog."""
    return Catalog(run_id=GOLDEN_RUN_ID, source_type="file", location="golden", tables=[
        TableSchema(name=t.table, source_location=f"golden/{t.table}", columns=[
            ColumnSchema(name=c.name, original_name=c.name, position=i, logical_type=c.type, physical_type=c.type)
            for i, c in enumerate(t.columns)])
        for t in tables])


def to_sample_packs(tables: list[GoldenTable]) -> list[SamplePack]:
    """The golden values as masked Sample Packs (one per table)."""
    packs = []
    for t in tables:
        n = max((len(c.values) for c in t.columns), default=0)
        rows = [{c.name: (c.values[i] if i < len(c.values) else None) for c in t.columns} for i in range(n)]
        packs.append(SamplePack(
            run_id=GOLDEN_RUN_ID, table=t.table, seed=0, strategy="golden", rows_max=n, bytes_max=1_000_000,
            row_count=n, byte_size=sum(len(str(v)) for r in rows for v in r.values() if v),
            columns=[c.name for c in t.columns],
            rows=rows, pii_mask_applied=True,
            masking=[MaskedCell(column=c.name, entity_types=c.masked_entities, cells_masked=len(c.values))
                     for c in t.columns if c.masked_entities]))
    return packs


def __getattr__(name: str) -> Any:
    """Path constants resolved when read (``MAPWRIGHT_ASSETS_CONFIG`` may change after import)."""
    if name in _LAZY_PATHS:
        return _LAZY_PATHS[name]()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
