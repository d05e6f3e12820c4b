"""The mapping stage masks a target's example rows counting ages from the run's recorded day
(:func:`core.pii.run_day.run_as_of`): pupils born 2012-2015 in a target file are birth dates in a run created in 2029
and their examples are stored masked, on a replay too."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import core.ledger.models as ledger_models
from adapters.sources import open_source
from core.artifacts import ArtifactKind
from core.contract import contract_template
from core.ingest.stage import build_catalog
from core.inmemory import MemoryArtifacts, MemoryLedger
from core.mapping.ports import MappingPorts
from core.mapping.stage import run_mapping
from core.mapping.target import TargetCatalog
from core.pii.masker import DenyByDefaultMasker
from core.policy import load_policy_engine
from core.thresholds import load_threshold_profile
from core.vocab.models import DomainCatalog
from orchestration.example import EXAMPLE_SOURCE

RNG = random.Random(2029)


class _Clock(datetime):
    """The ledger's clock, set to one instant."""

    at = datetime(2029, 3, 1, 9, 0, tzinfo=UTC)

    @classmethod
    def now(cls, tz: Any = None) -> Any:  # type: ignore[override]
        return cls.at


def _pupils(path: Path) -> Path:
    lines = ["record,f5,grade"]
    for i in range(40):
        born = date(2012, 1, 1) + timedelta(days=RNG.randint(0, 4 * 365 - 1))
        lines.append(f"{1000 + i},{born.isoformat()},{RNG.choice('ABCDE')}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _examples_in_clear(at: datetime, target: Path, domain_catalog: DomainCatalog,
                       monkeypatch: pytest.MonkeyPatch) -> bool:
    """Whether a run created at ``at`` stores the target's ``f5`` examples as they are in the file."""
    monkeypatch.setattr(_Clock, "at", at)
    ports = MappingPorts(policy=load_policy_engine(), ledger=MemoryLedger(), artifacts=MemoryArtifacts(),
                         profile=load_threshold_profile("tp_default_v1"), domain_catalog=domain_catalog,
                         open_source=open_source, masker=DenyByDefaultMasker())
    c = contract_template(lhs_location=str(EXAMPLE_SOURCE), rhs_location=str(target), mode="data_mode",
                          role="Operator", user_id="tester", request_key=f"run-day:{at.isoformat()}:{target}")
    build_catalog(c, open_source(c.lhs), policy=ports.policy, ledger=ports.ledger, artifacts=ports.artifacts)
    run_mapping(c, ports)
    art = ports.artifacts.latest(c.run_id, ArtifactKind.TARGET_CATALOG)
    assert art is not None
    rows = TargetCatalog.model_validate(art.payload).table.example_rows
    raw = {line.split(",")[1] for line in target.read_text(encoding="utf-8").splitlines()[1:]}
    assert rows
    return all(r["f5"] in raw for r in rows)


def test_target_examples_are_masked_as_of_the_runs_day(tmp_path: Path, domain_catalog: DomainCatalog,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ledger_models, "datetime", _Clock)
    target = _pupils(tmp_path / "pupils.csv")
    assert not _examples_in_clear(datetime(2029, 3, 1, tzinfo=UTC), target, domain_catalog, monkeypatch)
    assert _examples_in_clear(datetime(2016, 6, 1, tzinfo=UTC), target, domain_catalog, monkeypatch)
