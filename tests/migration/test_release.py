"""Release of quarantined rows after promotion: re-validated, merged through the same path, recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.metadata_store import open_store
from adapters.targets.sql_target import SqlTarget
from core.migration.errors import ResumeMismatch
from core.migration.release import release_quarantine
from core.migration.run import embedded_contract, embedded_ports, migrate
from tests.migration import oracle
from tests.migration.conftest import example_source, make_spec, new_run_id

SECRET = b"release"
COLS = ["customer_id", "full_name", "email", "country_code"]


def test_release_after_promotion_merges_rows_a_fixed_plan_accepts(target: SqlTarget, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    src = example_source()
    spec = make_spec(new_run_id())
    with pytest.raises(ResumeMismatch):  # nothing promoted yet
        release_quarantine(embedded_contract(spec), embedded_ports(spec, src, target, secret=SECRET))
    first = migrate(spec, src, target, secret=SECRET)
    before = set(target.final_frame("crm_customer").select(COLS).iter_rows())
    q_before = target.quarantine(spec.run_id)
    assert any("ALLOWED_VALUES:country_code" in r.reason_codes for r in q_before)
    codes = set(src["country"].drop_nulls().str.strip_chars().str.to_uppercase()) | set(oracle.MAPPING.values())
    wider = sorted({oracle.MAPPING.get(c, c) for c in codes})
    fixed = spec.model_copy(update={"columns": [
        *spec.columns[:3], spec.columns[3].model_copy(update={"allowed_values": wider})]})
    store = open_store(f"sqlite:///{tmp_path / 'meta.db'}")
    try:
        res = release_quarantine(embedded_contract(fixed),
                                 embedded_ports(fixed, src, target, secret=SECRET, ledger=store), actor="ops")
        monkeypatch.setattr(oracle, "ALLOWED", set(wider))
        want, still = oracle.expected_rows(src)
        after = [tuple(r) for r in target.final_frame("crm_customer").select(COLS).iter_rows()]
        assert len(after) == len(set(after)) and set(after) == want and before < set(after)
        assert res.released == len(want) - first.rows_loaded > 0 and res.merge is not None and res.merge.promoted
        assert res.still_quarantined == still == len(target.quarantine(spec.run_id))
        assert res.merge.previous_table and target.table_exists(res.merge.previous_table)
        ev = next(e for e in store.events(spec.run_id) if e.action == "quarantine.release")
        assert ev.detail["released"] == res.released and ev.detail["release_run_id"] == res.release_run_id
        again = release_quarantine(embedded_contract(fixed), embedded_ports(fixed, src, target, secret=SECRET))
        assert again.released == 0 and again.release_run_id is None
        assert sorted(target.final_frame("crm_customer").select(COLS).iter_rows(), key=str) == sorted(after, key=str)
    finally:
        store.close()
