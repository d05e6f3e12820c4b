"""``review_mapping_job``: the guided review's answers given as run config (same as the CLI)."""

import dagster as dg
from pydantic import Field

from core.mapping.review import answer, latest_plan, questions
from orchestration.domains.resources import DomainsResource
from orchestration.mapping.assets import mapping_ports, stage_deltas
from orchestration.metadata import outcome_metadata
from orchestration.resources import MetadataStoreResource, PiiMaskerResource, PolicyResource


class ReviewConfig(dg.Config):
    """Answers to the open questions of one mapping run."""

    run_id: str = Field(description="The mapping run whose open questions these answer (its run_id).")
    answers: list[str] = Field(description="One `TARGET=ANSWER` per item, applied in order and each re-validated "
                                           "at once. ANSWER: `source:a,b`, `empty`, `accept`, `map:x>Y`, "
                                           "`examples:..` or `pipeline:{json}`.")
    actor: str = Field(description="Who answers; recorded on the ledger with each override.")
    role: str = Field(default="Operator", description="The answerer's RBAC role (Viewer, Analyst, Operator, "
                                                      "Maintainer, Admin); the policy engine checks it.")


@dg.op(description="Record each answer as an override (RBAC checked), re-plan, report the open questions left.")
def apply_review_answers(
    context: dg.OpExecutionContext, config: ReviewConfig, store: MetadataStoreResource, policy: PolicyResource,
    pii: PiiMaskerResource, domains: DomainsResource,
) -> dict[str, int]:
    """Apply the answers; materialize the new plan version of the run's partition."""
    contract, ports = mapping_ports(config.run_id, store, policy, pii, domains)
    outcome = None
    for item in config.answers:
        target, _, text = item.partition("=")
        outcome = answer(contract, ports, target.strip(), text, actor=config.actor, role=config.role)
        stage_deltas(outcome, store, policy, domains)
    left = questions(latest_plan(ports, config.run_id))
    if outcome is not None:
        out = outcome.output("mapping_plan")
        assert out.artifact is not None
        context.log_event(dg.AssetMaterialization(
            asset_key="mapping_plan", partition=config.run_id,
            metadata={"artifact_hash": out.artifact.content_hash, "artifact_version": out.artifact.version,
                      "open_questions": len(left),
                      **outcome_metadata(out)}))
    context.log.info(f"{len(config.answers)} answer(s) applied; {len(left)} open question(s) left")
    return {"answers": len(config.answers), "open_questions": len(left)}


@dg.job(description="Guided mapping review: answers as config, recorded on the ledger and re-validated.")
def review_mapping_job() -> None:
    """One op applying the configured answers."""
    apply_review_answers()
