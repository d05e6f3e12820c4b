"""Golden sets and the eval metrics."""

from __future__ import annotations

from pathlib import Path

import yaml

from core.domains.eval import main, run_golden_eval
from core.domains.golden import load_golden, to_sample_packs
from core.vocab.models import DomainCatalog


def test_golden_sets_are_well_formed(domain_catalog: DomainCatalog) -> None:
    tables = load_golden()
    assert len(tables) >= 25
    assert len({t.language for t in tables}) >= 4
    ids = set(domain_catalog.ids)
    labels = [c.domain for t in tables for c in t.columns]
    assert all(lab is None or lab in ids for lab in labels)
    assert sum(1 for lab in labels if lab is None) >= 10  # columns no domain covers
    assert all(c.values for t in tables for c in t.columns)
    packs = to_sample_packs(tables)
    assert all(p.pii_mask_applied for p in packs) and any(p.masking for p in packs)


def _write_mini_golden(tmp: Path) -> Path:
    tables = [
        {"table": "people", "language": "en", "columns": [
            {"name": "email", "type": "string", "domain": "contact.email", "values": ["a@b.com", "c@d.org"]},
            {"name": "vorname", "type": "string", "domain": "person.first_name", "values": ["Anna", "Jonas"]},
            {"name": "zzq", "type": "string", "domain": "person.last_name", "values": ["Smith", "Jones"]},
            {"name": "loyalty_tier", "type": "string", "domain": None, "values": ["Gold", "Silver"]}]},
    ]
    for i, t in enumerate(tables):
        (tmp / f"{i:02d}.yaml").write_text(yaml.safe_dump(t), encoding="utf-8")
    return tmp


def test_metrics_on_a_known_outcome(tmp_path: Path, domain_catalog: DomainCatalog) -> None:
    rep = run_golden_eval(domain_catalog, mode="metadata_only", golden_dir=_write_mini_golden(tmp_path))
    assert rep.columns == 4 and rep.labeled == 3
    # email and vorname are exact aliases; 'zzq' says nothing -> unknown (a miss, not a wrong guess)
    assert rep.per_domain["contact.email"].f1 == 1.0
    assert rep.per_domain["person.first_name"].tp == 1
    assert rep.per_domain["person.last_name"].fn == 1 and rep.per_domain["person.last_name"].recall == 0.0
    assert rep.micro_precision == 1.0 and abs(rep.micro_recall - 2 / 3) < 1e-3
    assert abs(rep.high_correct_fraction - 2 / 3) < 1e-3
    assert rep.pii_support == 3 and abs(rep.pii_recall - 2 / 3) < 1e-3 and rep.pii_precision == 1.0
    assert 0.0 <= rep.brier <= 1.0 and sum(b.count for b in rep.reliability) == 4
    assert {e.column for e in rep.errors} == {"zzq"}
    assert rep.targets_met["pii_precision"] and not rep.targets_met["pii_recall"]


def test_full_golden_eval_reports_consistent_figures(domain_catalog: DomainCatalog) -> None:
    for mode in ("metadata_only", "data_mode"):
        rep = run_golden_eval(domain_catalog, mode=mode)
        assert rep.tables >= 25 and rep.columns == sum(rep.bands.values())
        assert 0.0 < rep.micro_f1 <= 1.0 and 0.0 <= rep.brier <= 1.0
        assert rep.high_correct_fraction <= rep.high_fraction * rep.columns / rep.labeled + 1e-9
        tp = sum(m.tp for m in rep.per_domain.values())
        assert abs(rep.micro_recall - tp / rep.labeled) < 1e-3


def test_cli_prints_report(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--mode", "metadata_only"]) == 0
    out = capsys.readouterr().out
    assert "golden eval  mode=metadata_only" in out and "PII recall" in out and "Brier" in out


def test_cli_held_out_lines_one_per_set_and_mode(capsys) -> None:  # type: ignore[no-untyped-def]
    from core.domains.golden import held_out_dirs

    assert main(["--mode", "metadata_only", "--held-out"]) == 0
    lines = [ln for ln in capsys.readouterr().out.splitlines() if "High-and-correct=" in ln]
    assert sorted(ln.split()[0] for ln in lines) == sorted(p.name for p in held_out_dirs())
    assert all(ln.split()[1] == "metadata_only" for ln in lines)


def test_every_held_out_set_is_well_formed(domain_catalog: DomainCatalog) -> None:
    from core.domains.golden import held_out_dirs

    ids = set(domain_catalog.ids)
    dirs = held_out_dirs()
    assert len(dirs) >= 8
    for d in dirs:
        tables = load_golden(d)
        assert all(c.domain is None or c.domain in ids for t in tables for c in t.columns), d.name
        assert all(len(c.values) >= 4 for t in tables for c in t.columns), d.name


def test_a_malformed_golden_table_is_a_clear_error(tmp_path: Path) -> None:
    import pytest

    from core.errors import DeterministicFailure

    (tmp_path / "bad.yaml").write_text("table: t\nlanguage: en\ncolumns:\n  - {name: STD, type: time, domain: null, "
                                       "values: ['08:25']}\n", encoding="utf-8")
    with pytest.raises(DeterministicFailure) as ei:
        run_golden_eval(mode="metadata_only", golden_dir=tmp_path)
    assert ei.value.code == "DETERMINISTIC_FAILURE" and ei.value.details["path"].endswith("bad.yaml")
    assert "bad.yaml" in str(ei.value) and "type" in str(ei.value)
