"""Target (RHS) intake: a schema file, a live SQL table or a data file -> :class:`TargetIntake`.

* schema file (YAML/JSON): ``table``, ``columns`` [{name, type, domain, key, unique, nullable,
  max_length, allowed_values, regex, default, description}], optional ``foreign_keys``,
  ``rules`` (cross-field: {name, columns, expression}), ``examples`` (rows) and ``description``;
* a live table (``postgresql+psycopg://...#table``; SQLite, MariaDB, DuckDB alike): introspected
  read-only through the ingest source port (types, primary key, foreign keys, lengths); in
  data_mode its sample rows are the examples;
* a CSV/Parquet file of target-shaped rows: schema inferred by the ingest file source; rows are
  examples (data_mode only).

Raw example rows stay in memory (:attr:`TargetIntake.raw_examples`); the artifact keeps them
masked by the PII masker. Every failure is a typed DETERMINISTIC_FAILURE (see core/mapping/errors).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from core.catalog import ForeignKey, TableSchema
from core.contract import Endpoint, SourceRef
from core.errors import MapwrightError
from core.hashing import content_hash
from core.ingest.errors import SourceMissing
from core.ingest.ports import SamplePlan, SourcePort
from core.ingest.sampling import json_rows
from core.ingest.standardize import standardize_headers
from core.mapping.errors import EmptyTarget, MalformedTargetSchema, TargetUnreachable, UnknownTargetType
from core.mapping.target import (
    ColumnConstraints,
    CrossFieldRule,
    TargetCatalog,
    TargetColumn,
    TargetIntake,
    TargetTable,
)
from core.mapping.types import SCHEMA_TYPES, parse_type, sql_max_length
from core.pii.ports import PiiMasker
from core.yamlio import load_yaml

Opener = Callable[[Endpoint], SourcePort]
SCHEMA_SUFFIXES = (".yaml", ".yml", ".json")
EXAMPLE_ROWS_MAX = 200


def is_sql(location: str) -> bool:
    """True for an SQLAlchemy URL (``dialect[+driver]://...``)."""
    head = location.split("://", 1)[0]
    return "://" in location and head not in ("file",) and head.replace("+", "").isalnum()


def _schema_doc(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TargetUnreachable(str(path), type(exc).__name__) from None
    except UnicodeDecodeError as exc:
        raise MalformedTargetSchema(str(path), f"not UTF-8 text (byte {exc.start + 1} cannot be decoded); save the "
                                    "file as UTF-8") from None
    try:
        doc = json.loads(text) if path.suffix.lower() == ".json" else load_yaml(text)
    except (ValueError, yaml.YAMLError) as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else (
            f" at line {exc.lineno}, column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else "")
        raise MalformedTargetSchema(str(path), f"not valid {path.suffix[1:].upper()}{at}: "
                                    f"{str(exc).splitlines()[0][:160]}") from None
    if not isinstance(doc, dict):
        raise MalformedTargetSchema(str(path), "the top level must be a mapping with `table` and `columns`")
    return doc


#: the keys a schema file's top level and its columns are read for (see the module docstring)
TOP_KEYS = ("table", "columns", "primary_key", "foreign_keys", "rules", "examples", "description")
COLUMN_KEYS = ("name", "type", "domain", "key", "unique", "nullable", "max_length", "allowed_values", "regex",
               "default", "description")


def _edits(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment): insertions, deletions, substitutions and swaps of
    two neighbouring letters (``domian`` -> ``domain`` is one)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def _meant(key: str, known: tuple[str, ...]) -> str | None:
    """The known key ``key`` is a typo of, or None. A known key with a ``_``/``-`` suffix or prefix
    (``description_de``, ``x-table``) is an extension, not a typo; otherwise a key one edit from a short known
    key (five letters or fewer: ``note`` is not ``name``) or two from a longer one is a typo of it."""
    low = key.lower()
    if any(low.startswith(k + sep) or low.endswith(sep + k) for k in known for sep in "_-"):
        return None
    near = [(_edits(low, k), k) for k in known if _edits(low, k) <= (1 if len(k) <= 5 else 2)]
    return min(near)[1] if near else None


def _misspelt(doc: dict[str, Any], known: tuple[str, ...], where: str, path: str) -> None:
    """A key that is not read but spelt like one that is (``tabel``, ``nulable``) is a typo: refused, since the
    schema would otherwise be read without it (the table named after the file, a NOT NULL column nullable).
    Other extra keys (notes, golden-set fields, localized ``description_de``) are left alone (:func:`_meant`)."""
    for key in doc:
        if isinstance(key, str) and key not in known:
            meant = _meant(key, known)
            if meant:
                raise MalformedTargetSchema(path, f"unknown key `{key}` {where} (did you mean `{meant}`?)")


def _invalid(exc: ValidationError) -> str:
    """The first problem of a pydantic validation, as ``field: message`` (never the offending value)."""
    err = exc.errors()[0]
    return f"{'.'.join(str(p) for p in err['loc']) or 'value'}: {err['msg']}"


def _column(i: int, raw: Any, std: str, path: str, pk: list[str]) -> TargetColumn:
    try:
        return _typed_column(i, raw, std, path, pk)
    except ValidationError as exc:
        raise MalformedTargetSchema(path, f"column {i + 1} `{raw['name']}`: {_invalid(exc)}") from None


def _typed_column(i: int, raw: Any, std: str, path: str, pk: list[str]) -> TargetColumn:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise MalformedTargetSchema(path, f"column {i + 1} must be a mapping with a `name`")
    _misspelt(raw, COLUMN_KEYS, f"in column {raw['name']!r}", path)
    tname = str(raw.get("type", "string"))
    parsed = parse_type(tname)
    if parsed is None:
        raise UnknownTargetType(raw["name"], tname, sorted(SCHEMA_TYPES))
    logical, length = parsed
    key = bool(raw.get("key", False)) or raw["name"] in pk
    allowed = raw.get("allowed_values")
    if allowed is not None and not isinstance(allowed, list):
        raise MalformedTargetSchema(path, f"column {raw['name']}: allowed_values must be a list")
    cons = ColumnConstraints(
        key=key, unique=bool(raw.get("unique", key)), nullable=bool(raw.get("nullable", not key)),
        max_length=raw.get("max_length", length), allowed_values=[str(v) for v in allowed] if allowed else None,
        regex=raw.get("regex"), default=None if raw.get("default") is None else str(raw.get("default")))
    domain = None if raw.get("domain") in (None, "") else str(raw["domain"])
    return TargetColumn(name=std, original_name=raw["name"], position=i + 1, logical_type=logical,
                        physical_type=tname, nullable=cons.nullable, is_key=key, constraints=cons,
                        domain=domain, domain_source="declared" if domain else "none",
                        description=raw.get("description"))


def from_schema_file(path: Path) -> tuple[TargetTable, list[dict[str, Any]]]:
    """Parse a schema file into a target table and its raw example rows; a file that is not one is refused with
    :class:`MalformedTargetSchema` (or :class:`UnknownTargetType`, :class:`EmptyTarget`), quoting no value of it."""
    try:
        return _schema_file(path)
    except ValidationError as exc:
        raise MalformedTargetSchema(str(path), _invalid(exc)) from None
    except (TypeError, AttributeError):
        raise MalformedTargetSchema(str(path), "an entry has the wrong shape (`primary_key`, `foreign_keys` and "
                                    "`rules` are lists; see the format)") from None


def _schema_file(path: Path) -> tuple[TargetTable, list[dict[str, Any]]]:
    doc = _schema_doc(path)
    _misspelt(doc, TOP_KEYS, "at the top level", str(path))
    cols = doc.get("columns")
    if cols is None or cols == []:
        raise EmptyTarget(str(path))
    if not isinstance(cols, list):
        raise MalformedTargetSchema(str(path), "`columns` must be a list")
    names = [c.get("name") if isinstance(c, dict) else None for c in cols]
    std, steps = standardize_headers([str(n) for n in names])
    pk = [str(k) for k in doc.get("primary_key", [])]
    columns = [_column(i, c, std[i], str(path), pk) for i, c in enumerate(cols)]
    rename = {c.original_name: c.name for c in columns}
    try:
        fks = [ForeignKey(columns=[rename.get(c, c) for c in fk["columns"]], ref_table=fk["ref_table"],
                          ref_columns=list(fk["ref_columns"])) for fk in doc.get("foreign_keys", [])]
        rules = [CrossFieldRule(name=r["name"], columns=[rename.get(c, c) for c in r.get("columns", [])],
                                expression=str(r["expression"])) for r in doc.get("rules", [])]
    except (KeyError, TypeError) as exc:
        raise MalformedTargetSchema(str(path), f"foreign_keys/rules entry lacks {exc}") from None
    examples = doc.get("examples") or []
    if not isinstance(examples, list) or not all(isinstance(r, dict) for r in examples):
        raise MalformedTargetSchema(str(path), "`examples` must be a list of rows (mappings)")
    rows = [{rename.get(k, k): (None if v is None else str(v)) for k, v in r.items()} for r in examples]
    table = TargetTable(name=str(doc.get("table") or path.stem), source_location=str(path), columns=columns,
                        primary_key=[c.name for c in columns if c.is_key], foreign_keys=fks,
                        standardization=steps, cross_field_rules=rules, description=doc.get("description"))
    return table, rows


def _from_table(t: TableSchema) -> TargetTable:
    if not t.columns:
        raise EmptyTarget(t.source_location)
    cols = [TargetColumn(**c.model_dump(), constraints=ColumnConstraints(
        key=c.is_key, unique=c.is_key, nullable=c.nullable, max_length=sql_max_length(c.physical_type)))
        for c in t.columns]
    return TargetTable(**t.model_dump(exclude={"columns"}), columns=cols)


def _open(opener: Opener, endpoint: Endpoint) -> SourcePort:
    try:
        return opener(endpoint)
    except SourceMissing:  # its fix names the contract's lhs: the caller's error names the right place
        raise TargetUnreachable(endpoint.location, "file does not exist") from None
    except MapwrightError as exc:
        raise TargetUnreachable(endpoint.location, exc.message) from None


def from_source(location: str, opener: Opener, *, with_rows: bool, seed: int = 0,
                ) -> tuple[TargetTable, list[dict[str, Any]], str | None, str]:
    """A live table (``URL#table``) or a data file: (table, raw example rows, dialect, kind)."""
    sql = is_sql(location)
    url, _, frag = location.partition("#") if sql else (location, "", "")
    ep = Endpoint(source=SourceRef(type="sql" if sql else "file"), location=url,
                  schema_ref=frag if "." in frag else None)
    src = _open(opener, ep)
    try:
        tables = src.introspect(with_stats=False)
    except MapwrightError as exc:
        raise TargetUnreachable(location, exc.message) from None
    last = frag.split(".")[-1]
    pick = [t for t in tables if not frag or t.name in (frag, last) or t.name.endswith(f".{last}")]
    if not pick:
        raise TargetUnreachable(location, f"no table {frag!r} (tables: {[t.name for t in tables][:20]})")
    table = _from_table(pick[0])
    rows: list[dict[str, Any]] = []
    if with_rows:
        df = src.sample(pick[0].name, SamplePlan(seed=seed, rows_max=EXAMPLE_ROWS_MAX, bytes_max=4_000_000))
        rows = [{k: (None if v is None else str(v)) for k, v in r.items()} for r in json_rows(df)]
    return table, rows, src.dialect, "sql_table" if sql else "data_file"


def check_schema_file(location: str) -> None:
    """Refuse a target schema file that cannot be read as one (bad YAML/JSON, a misspelt key, an unknown type), with
    the error MAPPING would raise (:class:`MalformedTargetSchema`, :class:`UnknownTargetType`), so ``run create``
    refuses it before Ingest and Domains run (and hold for a person) on a run that cannot get past MAPPING. Anything
    else (a SQL URL, a data file, a file that does not exist yet) is left to MAPPING."""
    path = Path(location.removeprefix("file://")).expanduser()
    if not is_sql(location) and path.suffix.lower() in SCHEMA_SUFFIXES and path.is_file():
        from_schema_file(path)


def load_target(location: str, opener: Opener, *, with_rows: bool, masker: PiiMasker | None,
                seed: int = 0, run_id: str | None = None) -> TargetIntake:
    """Read a target of any kind. ``with_rows`` (data_mode) reads a live table's or a data file's
    rows as examples; schema-file examples are declared data and always read. Stored examples are
    masked with ``masker`` (dropped when there is no masker)."""
    path = Path(location.removeprefix("file://")).expanduser()
    if not is_sql(location) and path.suffix.lower() in SCHEMA_SUFFIXES:
        if not path.exists():
            raise TargetUnreachable(str(path), "file does not exist")
        table, raw = from_schema_file(path)
        kind, dialect = "schema_file", None
    else:
        if not is_sql(location) and not path.exists():
            raise TargetUnreachable(str(path), "file does not exist")
        table, raw, dialect, kind = from_source(location, opener, with_rows=with_rows, seed=seed)
    raw = raw[:EXAMPLE_ROWS_MAX]
    masked: list[dict[str, Any]] = []
    if raw and masker is not None:
        cols = [c.name for c in table.columns]
        masked = masker.mask_rows(cols, [{c: r.get(c) for c in cols} for r in raw], table=table.name).rows
    table = table.model_copy(update={"example_rows": masked})
    shape = [(c.name, c.logical_type, c.constraints.model_dump()) for c in table.columns]
    cat = TargetCatalog(run_id=run_id, kind=kind, location=location.split("#")[0] if kind != "sql_table"
                        else location, dialect=dialect, table=table, schema_hash=content_hash(shape))
    return TargetIntake(catalog=cat, raw_examples=raw)
