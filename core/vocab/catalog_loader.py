"""Load and validate the domain catalog YAML (assets_config/domains/).

Validation on load (any failure -> DETERMINISTIC_FAILURE listing every problem):

* every regex lies in the Transform DSL's portable flavor (``dsl.regex.validate_regex``) and
  every example full-matches its domain's regex (matched with the canonical portable rendering);
* an alias (after normalization: tokens, accents folded) is claimed by at most one domain — the
  way to tell a second domain about a confusable header is to list it under its ``negatives``;
  an alias may not also be a negative of the same domain;
* domain ids are unique; composite parts exist.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from core.errors import DeterministicFailure, DSLReject
from core.paths import assets_config_dir
from core.vocab.models import CatalogDelta, DomainCatalog, DomainFamilyFile, DomainSpec
from core.vocab.tokens import normalize_alias
from core.yamlio import read_yaml
from dsl.regex import canonical, validate_regex


def domains_dir() -> Path:
    """``<assets_config>/domains`` (``DOMAINS_DIR``), resolved now."""
    return assets_config_dir() / "domains"


_LAZY_PATHS = {"DOMAINS_DIR": domains_dir}


@lru_cache(maxsize=1024)
def compiled_regex(pattern: str) -> re.Pattern[str]:
    """Python compilation of the portable rendering of ``pattern`` (full-match semantics by caller)."""
    return re.compile(canonical(pattern))


def validate_catalog(catalog: DomainCatalog) -> list[str]:
    """Return every validation problem of ``catalog`` (empty list = valid)."""
    problems: list[str] = []
    ids: set[str] = set()
    owner: dict[str, str] = {}
    for d in catalog.domains:
        if d.id in ids:
            problems.append(f"duplicate domain id {d.id}")
        ids.add(d.id)
        if d.regex is not None:
            try:
                validate_regex(d.regex)
            except DSLReject as exc:
                problems.append(f"{d.id}: {exc.message}")
            else:
                rx = compiled_regex(d.regex)
                for ex in d.examples:
                    if not rx.fullmatch(ex):
                        problems.append(f"{d.id}: example {ex!r} does not match regex {d.regex!r}")
        negs = {normalize_alias(n) for n in d.negatives}
        for a in d.aliases:
            key = normalize_alias(a)
            if not key:
                problems.append(f"{d.id}: alias {a!r} normalizes to nothing")
                continue
            if key in negs:
                problems.append(f"{d.id}: {a!r} is both an alias and a negative")
            prev = owner.get(key)
            if prev is not None and prev != d.id:
                problems.append(f"alias {a!r} claimed by {prev} and {d.id}; keep it on one domain and "
                                f"list it under the other's negatives")
            owner.setdefault(key, d.id)
        if d.pii and not d.pii_entity:
            problems.append(f"{d.id}: pii domain without pii_entity")
    for d in catalog.domains:
        for part in d.composite_of:
            if part not in ids:
                problems.append(f"{d.id}: composite part {part} is not a domain")
        for sib in d.value_siblings:
            if sib not in ids or sib == d.id:
                problems.append(f"{d.id}: value sibling {sib} is not another domain")
        for other in d.context_domains:
            if other not in ids or other == d.id:
                problems.append(f"{d.id}: context domain {other} is not another domain")
        if bool(d.context_aliases) != bool(d.context_domains):
            problems.append(f"{d.id}: context_aliases and context_domains go together")
    return problems


def _parse_dir(directory: Path) -> tuple[str, list[DomainSpec]]:
    meta_path = directory / "_catalog.yaml"
    if not meta_path.is_file():
        raise DeterministicFailure(f"domain catalog {directory} has no _catalog.yaml", path=str(directory))
    meta = read_yaml(meta_path) or {}
    domains: list[DomainSpec] = []
    for path in sorted(directory.glob("*.yaml")):
        if path.name.startswith("_"):
            continue
        try:
            fam = DomainFamilyFile.model_validate(read_yaml(path))
        except (yaml.YAMLError, ValueError) as exc:
            raise DeterministicFailure(f"invalid domain file {path.name}: {exc}", path=str(path)) from exc
        domains.extend(fam.domains)
    return str(meta.get("version", "0.0.0")), domains


def load_domain_catalog(directory: Path | None = None) -> DomainCatalog:
    """Load every ``*.yaml`` family file of ``directory`` (default: the shipped catalog) and validate (see module
    docstring)."""
    directory = domains_dir() if directory is None else directory
    version, domains = _parse_dir(Path(directory))
    catalog = DomainCatalog(version=version, domains=domains, source=str(directory))
    ensure_valid(catalog)
    return catalog


def ensure_valid(catalog: DomainCatalog) -> None:
    """Raise DETERMINISTIC_FAILURE with all problems when the catalog is invalid."""
    problems = validate_catalog(catalog)
    if problems:
        raise DeterministicFailure(
            f"domain catalog {catalog.version} invalid: {len(problems)} problem(s): " + "; ".join(problems[:8]),
            problems=problems,
        )


def apply_deltas(catalog: DomainCatalog, deltas: list[CatalogDelta], new_version: str) -> DomainCatalog:
    """A new catalog with ``deltas`` applied (aliases, negatives, regex, examples); validated.

    A delta whose alias is already owned by another domain moves nowhere: validation reports it.
    Duplicate additions are ignored (idempotent).
    """
    by_id = {d.id: d.model_dump() for d in catalog.domains}
    for delta in deltas:
        if delta.domain_id not in by_id:
            raise DeterministicFailure(f"delta for unknown domain {delta.domain_id}", domain_id=delta.domain_id)
        spec = by_id[delta.domain_id]
        if delta.kind in ("alias", "negative", "example"):
            key = {"alias": "aliases", "negative": "negatives", "example": "examples"}[delta.kind]
            if delta.value not in spec[key]:
                spec[key] = [*spec[key], delta.value]
        elif delta.kind == "regex":
            spec["regex"] = delta.value
    new = DomainCatalog(version=new_version, domains=[DomainSpec.model_validate(v) for v in by_id.values()],
                        source=catalog.source)
    ensure_valid(new)
    return new


def __getattr__(name: str) -> Any:
    """Path constants resolved when read (``MAPWRIGHT_ASSETS_CONFIG`` may change after import)."""
    if name in _LAZY_PATHS:
        return _LAZY_PATHS[name]()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
