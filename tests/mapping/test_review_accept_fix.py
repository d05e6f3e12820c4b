"""`accept` answers a column to fix (a pass rate under accept_rate_min): the person takes the planned pipeline as it
is, the column is accepted and its failing rows go to quarantine. Found by a new-user walkthrough: with ``email``
limited to 24 characters the plan asked to fix it, `mapwright review RUN --answer email=accept` recorded the answer and
left the same question open ("the override no longer passes validation"), and the pre-flight refused the run, so no
answer but a different pipeline could ever get the run past MAPPING."""

from __future__ import annotations

from pathlib import Path

from core.artifacts import ArtifactKind
from core.mapping.plan import MappingPlan
from core.mapping.review import answer, latest_plan, questions
from core.mapping.stage import run_mapping
from orchestration.example import EXAMPLE_TARGET


def _plan(ports, c) -> MappingPlan:  # type: ignore[no-untyped-def]
    art = ports.artifacts.latest(c.run_id, ArtifactKind.MAPPING_PLAN)
    return MappingPlan.model_validate(art.payload)


def test_accept_takes_a_column_to_fix_as_planned(make_run, ports, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "short_email.yaml"
    target.write_text(EXAMPLE_TARGET.read_text(encoding="utf-8").replace(
        "{name: email, type: string, domain: contact.email}",
        "{name: email, type: string, domain: contact.email, max_length: 24}"), encoding="utf-8")
    c = make_run(target=target, key="accept-fix")
    run_mapping(c, ports)
    before = _plan(ports, c).column("email")
    assert before.decision == "fix" and [q.target for q in questions(latest_plan(ports, c.run_id))] == ["email"]
    answer(c, ports, "email", "accept", actor="ana", role="Operator")
    col = _plan(ports, c).column("email")
    assert col.decision == "accept" and col.provenance.startswith("override:")
    assert col.pipeline_hash == before.pipeline_hash  # as planned
    assert col.reasons[0].startswith("accepted by a person at pass rate ") and "quarantine" in col.reasons[0]
    assert not questions(latest_plan(ports, c.run_id))
    answer(c, ports, "country_code", "map:USA>US", actor="ana", role="Operator")  # a pipeline answer still revalidates
    assert "the override no longer passes validation" in _plan(ports, c).column("country_code").reasons[0]
