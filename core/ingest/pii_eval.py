"""PII masking eval (issue 11): what of a labeled people table reaches the stored artifacts in clear.

A PII golden folder holds ``<name>.csv`` and ``<name>.labels.yaml`` (``columns: {<header>: {pii:
true|false, kind: ...}}``). Each table goes through the real ingest stage functions (``build_catalog``,
``build_sample_pack``, in-memory ledger and artifact store) with the given source opener and masker,
per mode. A spy between the stage and the masker keeps the real rows (in memory) so every stored cell
can be compared with the cell it came from. Figures per mode:

* column recall: PII columns with no cell stored in clear / PII columns;
* column precision: PII columns among the columns masked (no cell stored in clear, some value);
* cell leaks: PII cells stored in clear (sample pack rows, and catalog min/max equal to a real value);
* over-masking: non-PII columns masked / non-PII columns.

The eval masks as of a fixed day, :data:`EVAL_AS_OF` (the end of the year the golden tables were written in), as a
run masks as of its own day: ages are counted from it, so the figures do not depend on the clock, and no-run
defaults (:func:`core.pii.detect.profile_values` without ``as_of`` masks every date column it cannot prove holds no
birth dates) are not what is measured.

A cell of a masked column is never "in clear": it holds the value's shape only (``A`` for the initial
``A`` says what every initial says). metadata_only stores no cell, so only the catalog is checked.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl
import yaml
from pydantic import BaseModel, Field

from core.catalog import Catalog, SamplePack
from core.contract import Mode, contract_template
from core.errors import DeterministicFailure, PolicyBlock
from core.ingest.ports import SourcePort
from core.ingest.stage import build_catalog, build_sample_pack
from core.inmemory import MemoryArtifacts, MemoryLedger
from core.paths import ASSETS_CONFIG
from core.pii.detect import REFERENCE_DAY, parse_date
from core.pii.ports import MaskResult, PiiMasker
from core.pii.shape import cell_text
from core.policy import load_policy_engine

PII_GOLDEN_DIR = ASSETS_CONFIG / "golden_pii" / "dev"
TARGETS = {"column_recall": 0.98, "column_precision": 0.90}
#: The day the eval counts ages from (module docstring): the golden tables' own year end, as a run uses its own day.
EVAL_AS_OF: date = REFERENCE_DAY


class TableResult(BaseModel):
    """Figures of one table in one mode."""

    table: str
    pii_columns: int
    pii_masked: int
    non_pii_columns: int
    non_pii_masked: int
    cell_leaks: int
    values_checked: int = 0
    leaked_columns: list[str] = Field(default_factory=list)
    over_masked_columns: list[str] = Field(default_factory=list)


class PiiEvalReport(BaseModel):
    """Figures of one mode over a PII golden folder."""

    mode: str
    tables: int
    column_recall: float
    column_precision: float
    cell_leaks: int
    over_masking: float
    values_checked: int = 0
    blank_headers: bool = False
    per_table: list[TableResult]
    targets_met: dict[str, bool] = Field(default_factory=dict)


class _Spy:
    """A masker wrapper that keeps, in memory, the real rows it was given (for the comparison)."""

    def __init__(self, inner: PiiMasker) -> None:
        self.inner = inner
        self.seen: dict[tuple[str, ...], list[dict[str, Any]]] = {}

    @property
    def name(self) -> str:
        return self.inner.name

    def mask_rows(self, columns: list[str], rows: list[dict[str, Any]], *, run_id: str | None = None,
                  headers: dict[str, str] | None = None, table: str | None = None,
                  as_of: date | None = None) -> MaskResult:
        self.seen[tuple(columns)] = rows
        return self.inner.mask_rows(columns, rows, run_id=run_id, headers=headers, table=table, as_of=as_of)


#: Kinds the golden sets' labelling policy decides, whatever a table's author labelled (``assets_config/golden_pii/
#: README.md``, "Labelling policy"): the policy was silent on marital status until session 15, and authors had
#: labelled it both ways (five dev columns false, two true); it is personal (``core.pii.headers.MARITAL_DOMAIN``).
POLICY_BY_KIND: dict[str, bool] = {"marital_status": True}


def load_labels(path: Path) -> dict[str, bool]:
    """Header -> is PII, from one ``.labels.yaml`` (a column of a kind in :data:`POLICY_BY_KIND` takes the policy's
    answer)."""
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        return {str(k): POLICY_BY_KIND.get(str(v.get("kind")), bool(v["pii"])) for k, v in doc["columns"].items()}
    except (yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise DeterministicFailure(f"invalid PII labels {path.name}: {exc}", path=str(path)) from exc


def golden_tables(directory: Path) -> list[tuple[Path, dict[str, bool]]]:
    """(csv path, labels) of every labeled table of ``directory``."""
    out = [(p, load_labels(p.with_name(p.stem + ".labels.yaml"))) for p in sorted(Path(directory).glob("*.csv"))
           if p.with_name(p.stem + ".labels.yaml").exists()]
    if not out:
        raise DeterministicFailure(f"no labeled PII tables under {directory}", path=str(directory))
    return out


def _label_of(catalog: Catalog, labels: dict[str, bool]) -> dict[str, bool]:
    """Stored column name -> PII label (labels are keyed by the file's own headers; a file read without a header
    row, whose first record the labels name as if it were one, is labeled by position)."""
    out: dict[str, bool] = {}
    for t in catalog.tables:
        if t.header_row is not None and not t.header_row.present and len(labels) == len(t.columns):
            out.update({c.name: pii for c, pii in zip(t.columns, labels.values(), strict=True)})
            continue
        for c in t.columns:
            if c.original_name in labels:
                out[c.name] = labels[c.original_name]
            elif c.name in labels:
                out[c.name] = labels[c.name]
    return out


def _forms(text: str) -> set[str]:
    """The text, its number form and its ISO date (a min/max written by another reader than the CSV's)."""
    out = {text.strip()}
    try:
        out.add(str(cell_text(float(text.replace(",", ".")))))
    except ValueError:
        pass
    day = parse_date(text.strip())
    if day is not None:
        out.add(day[0].isoformat())
    return out


def eval_table(csv: Path, labels: dict[str, bool], *, mode: str, masker: PiiMasker,
               open_source: Callable[[str], SourcePort], rows_max: int = 1000,
               as_of: date = EVAL_AS_OF) -> TableResult:
    """Run one table through the ingest stage functions and compare what was stored with the real values (masked as
    of ``as_of``, as a run masks as of its own day)."""
    caps: dict[str, Any] = {"sample_caps": {"rows_max": rows_max, "bytes_max": 50_000_000}} \
        if mode == Mode.DATA_MODE else {}
    contract = contract_template(lhs_location=str(csv), rhs_location=str(csv.with_suffix(".target.db")), mode=mode,
                                 request_key=f"pii-eval|{csv}|{mode}", **caps)
    policy, ledger, arts = load_policy_engine(), MemoryLedger(), MemoryArtifacts()
    spy = _Spy(masker)
    source = open_source(str(csv))
    catalog, _ = build_catalog(contract, source, policy=policy, ledger=ledger, artifacts=arts)
    is_pii = _label_of(catalog, labels)
    leaks: dict[str, int] = {}
    checked = 0
    has_value: dict[str, bool] = {}
    stored_clear: dict[str, bool] = {}
    try:
        packs, _ = build_sample_pack(contract, catalog, source, policy=policy, ledger=ledger, artifacts=arts,
                                     masker=spy, as_of=as_of)
    except PolicyBlock:
        packs = []
    for pack in packs:
        raw = spy.seen.get(tuple(pack.columns), [])
        shaped = {m.column for m in pack.masking if m.scheme == "shape"}
        for col in pack.columns:
            masked = col in shaped
            for real, stored in zip(raw, pack.rows, strict=False):
                r, s = cell_text(real.get(col)), stored.get(col)
                if r is None or not r.strip():
                    continue
                has_value[col] = True
                checked += 1
                if not masked and cell_text(s) == r:
                    stored_clear[col] = True
                    leaks[col] = leaks.get(col, 0) + (1 if is_pii.get(col) else 0)
    texts = pl.read_csv(csv, infer_schema_length=0)
    for t in catalog.tables:  # value statistics of the catalog: min/max equal to a real value
        for c in t.columns:
            cells = texts[c.original_name].drop_nulls().to_list() if c.original_name in texts.columns else []
            forms = {f for x in cells for f in _forms(x)}
            for v in (c.stats.min, c.stats.max):
                checked += v is not None
                if v is not None and _forms(v) & forms:
                    stored_clear[c.name] = True
                    leaks[c.name] = leaks.get(c.name, 0) + (1 if is_pii.get(c.name) else 0)
    pii_cols = [c for c, p in is_pii.items() if p]
    non_pii = [c for c, p in is_pii.items() if not p]
    masked_non_pii = [c for c in non_pii if has_value.get(c) and not stored_clear.get(c)]
    return TableResult(
        table=csv.stem, pii_columns=len(pii_cols), pii_masked=sum(1 for c in pii_cols if not stored_clear.get(c)),
        non_pii_columns=len(non_pii), non_pii_masked=len(masked_non_pii), cell_leaks=sum(leaks.values()),
        values_checked=checked,
        leaked_columns=sorted(c for c in pii_cols if stored_clear.get(c)), over_masked_columns=sorted(masked_non_pii))


def blank_header_copy(csv: Path, labels: dict[str, bool], into: Path) -> tuple[Path, dict[str, bool]]:
    """A copy of ``csv`` under ``into`` (same file name) whose headers are ``f1..fN``, and its labels."""
    df = pl.read_csv(csv, infer_schema_length=0)
    names = {c: f"f{i + 1}" for i, c in enumerate(df.columns)}
    out = into / csv.name
    df.rename(names).write_csv(out)
    return out, {names[c]: v for c, v in labels.items() if c in names}


def run_pii_eval(directory: Path, *, mode: str, masker: PiiMasker,
                 open_source: Callable[[str], SourcePort], blank_headers: bool = False) -> PiiEvalReport:
    """Figures of one mode over every labeled table of ``directory``; ``blank_headers``: each table with its
    headers replaced by ``f1..fN`` (a copy in a temporary folder), so only the values can tell."""
    tables = golden_tables(directory)
    with tempfile.TemporaryDirectory(prefix="mw-pii-blank-") as tmp:
        if blank_headers:
            tables = [blank_header_copy(p, labels, Path(tmp)) for p, labels in tables]
        per = [eval_table(p, labels, mode=mode, masker=masker, open_source=open_source) for p, labels in tables]
    pii = sum(t.pii_columns for t in per)
    pii_masked = sum(t.pii_masked for t in per)
    masked = pii_masked + sum(t.non_pii_masked for t in per)
    non = sum(t.non_pii_columns for t in per)
    rep = PiiEvalReport(mode=mode, tables=len(per), column_recall=round(pii_masked / pii, 4) if pii else 1.0,
                        column_precision=round(pii_masked / masked, 4) if masked else 1.0,
                        cell_leaks=sum(t.cell_leaks for t in per),
                        over_masking=round(sum(t.non_pii_masked for t in per) / non, 4) if non else 0.0,
                        values_checked=sum(t.values_checked for t in per), blank_headers=blank_headers,
                        per_table=per)
    rep.targets_met = {k: getattr(rep, k) >= v for k, v in TARGETS.items()} | {"cell_leaks": rep.cell_leaks == 0}
    return rep


def format_pii_report(rep: PiiEvalReport, details: bool = False) -> str:
    """Human-readable figures (and, with ``details``, the leaked and over-masked columns per table)."""
    lines = [f"PII eval  mode={rep.mode}  tables={rep.tables}" + ("  headers=f1..fN" if rep.blank_headers else ""),
             f"column recall = {rep.column_recall:.3f} (>= 0.98)  column precision = {rep.column_precision:.3f} "
             f"(>= 0.90)  PII cells in clear = {rep.cell_leaks} (must be 0)  over-masking = {rep.over_masking:.3f}",
             f"stored values compared with the real ones: {rep.values_checked}"
             + (" (metadata_only stores no sample cell: only the catalog's statistics can leak, and no column is "
                "masked or over-masked)" if rep.mode == Mode.METADATA_ONLY else ""),
             "targets met: " + ", ".join(f"{k}={'yes' if v else 'NO'}" for k, v in rep.targets_met.items())]
    if details:
        for t in rep.per_table:
            lines.append(f"  {t.table}: PII {t.pii_masked}/{t.pii_columns} masked, leaks={t.cell_leaks} "
                         f"{t.leaked_columns or ''}; non-PII masked {t.non_pii_masked}/{t.non_pii_columns} "
                         f"{t.over_masked_columns or ''}")
    return "\n".join(lines)


def masked_packs(masker: PiiMasker, as_of: date = EVAL_AS_OF) -> Callable[[list[SamplePack]], list[SamplePack]]:
    """A ``pack_transform`` for :func:`core.domains.eval.run_golden_eval`: each pack's rows replaced by what the
    masker stores (shapes, as of ``as_of`` like a run's day), to measure what domaining could do from the stored pack
    alone (the Domains stage itself reads real values in memory: :mod:`core.ingest.real_values`)."""

    def transform(packs: list[SamplePack]) -> list[SamplePack]:
        out = []
        for p in packs:
            res = masker.mask_rows(p.columns, p.rows, run_id=p.run_id, as_of=as_of)
            out.append(p.model_copy(update={"rows": res.rows, "masking": res.masking}))
        return out

    return transform
