"""The day ages are counted from in a run's Sample Pack is the run's own recorded day (its earliest ledger event),
not a frozen constant nor the clock: pupils born 2012-2015 are birth dates in a run created in 2029, and a replay of
the run decides the same (:func:`core.pii.run_day.run_as_of`)."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

import core.ledger.models as ledger_models
from adapters.sources import open_source
from core.artifacts import ArtifactKind
from core.contract import RunContract
from core.ingest.run import SAMPLE_PACK, IngestPorts, run_ingest
from core.ingest.stage import SamplePackBundle
from core.inmemory import MemoryRunStore
from core.ledger import Decision, LedgerEvent, Stage
from core.pii.masker import DenyByDefaultMasker
from core.pii.run_day import run_as_of
from core.policy import PolicyEngine

RNG = random.Random(2029)
N = 80


def _pupils(path: Path) -> Path:
    """A class list: a record number, pupils' birth dates (2012-2015) under the header ``f5``, a grade."""
    lines = ["record,f5,grade"]
    for i in range(N):
        born = date(2012, 1, 1) + timedelta(days=RNG.randint(0, 4 * 365 - 1))
        lines.append(f"{1000 + i},{born.isoformat()},{RNG.choice('ABCDE')}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(contract: RunContract, store: MemoryRunStore, policy: PolicyEngine, outputs: tuple[str, ...]) -> None:
    run_ingest(contract, IngestPorts(store=store, policy=policy, source=open_source(contract.lhs),
                                     masker=DenyByDefaultMasker), outputs)


def _f5_masked(contract: RunContract, store: MemoryRunStore) -> bool:
    art = store.latest(contract.run_id, ArtifactKind.SAMPLE_PACK)
    assert art is not None
    (pack,) = SamplePackBundle.model_validate(art.payload).packs
    return any(m.column == "f5" for m in pack.masking)


class _Clock(datetime):
    """The ledger's clock, set to one instant (the run's creation in the test)."""

    at = datetime(2029, 3, 1, 9, 0, tzinfo=UTC)

    @classmethod
    def now(cls, tz: Any = None) -> Any:  # type: ignore[override]
        return cls.at


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[_Clock]]:
    """Every ledger event written while the fixture is active is stamped :attr:`_Clock.at`."""
    monkeypatch.setattr(ledger_models, "datetime", _Clock)
    yield _Clock


def _created(store: MemoryRunStore, run_id: str, when: datetime) -> None:
    store.append(LedgerEvent(run_id=run_id, timestamp_utc=when, stage=Stage.SUPERVISOR, decision=Decision.ACCEPT,
                             action="run.create"))


def test_a_run_created_in_2029_masks_pupils_birth_dates_and_a_replay_decides_the_same(
        tmp_path: Path, make_contract: Callable[..., RunContract], policy: PolicyEngine,
        clock: type[_Clock]) -> None:
    csv = _pupils(tmp_path / "pupils.csv")
    contract = make_contract(csv)
    store = MemoryRunStore()
    _run(contract, store, policy, ("catalog", SAMPLE_PACK))  # the run is created (and sampled) in 2029
    assert run_as_of(store, contract.run_id) == date(2029, 3, 1)
    assert _f5_masked(contract, store)  # pupils aged 13-17 in 2029: birth dates
    first = store.latest(contract.run_id, ArtifactKind.SAMPLE_PACK)
    built = len(store.events(contract.run_id, Stage.INGEST))
    clock.at = datetime(2041, 7, 1, tzinfo=UTC)  # the replay, years later: same run, same recorded day, same pack
    _run(contract, store, policy, (SAMPLE_PACK,))
    again = store.latest(contract.run_id, ArtifactKind.SAMPLE_PACK)
    assert len(store.events(contract.run_id, Stage.INGEST)) > built  # the pack was built again
    assert first is not None and again is not None and again.content_hash == first.content_hash
    assert _f5_masked(contract, store)


def test_the_day_comes_from_the_run_not_a_constant(tmp_path: Path, make_contract: Callable[..., RunContract],
                                                   policy: PolicyEngine, clock: type[_Clock]) -> None:
    """The same file in a run created in 2016 (pupils aged 1-4, no people a table of birth dates lists) keeps the
    dates in clear, so the 2029 run's masking is the run's day at work, not a later default."""
    clock.at = datetime(2016, 6, 1, tzinfo=UTC)
    csv = _pupils(tmp_path / "pupils.csv")
    contract = make_contract(csv)
    store = MemoryRunStore()
    _run(contract, store, policy, ("catalog", SAMPLE_PACK))
    assert run_as_of(store, contract.run_id) == date(2016, 6, 1)
    assert not _f5_masked(contract, store)


def test_run_as_of_is_the_first_event_in_utc() -> None:
    store = MemoryRunStore()
    assert run_as_of(store, "01J0000000000000000000RUN1") is None
    _created(store, "01J0000000000000000000RUN1", datetime(2029, 5, 1, 23, 30, tzinfo=timezone(timedelta(hours=-3))))
    _created(store, "01J0000000000000000000RUN1", datetime(2030, 1, 1, tzinfo=UTC))
    assert run_as_of(store, "01J0000000000000000000RUN1") == date(2029, 5, 2)  # 02:30 UTC on the 2nd
