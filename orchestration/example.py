"""The README's main job: a complete mapping run on the bundled example, through Dagster.

Runs on the embedded defaults (SQLite metadata store under MAPWRIGHT_HOME, a Dagster instance
under DAGSTER_HOME, the offline provider), so it needs no server. The run is deterministic:
the same example, contract and seed give the same run_id, artifacts and hashes.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

import dagster as dg

from adapters.metadata_store import MetadataStore, open_store
from core.contract import Mode, Role, RunContract, contract_template
from core.errors import MapwrightError, PolicyBlock
from core.ledger import Decision, LedgerEvent, Stage
from core.paths import EXAMPLES, PROJECT_ROOT, var_dir
from core.policy import PolicyEngine, load_policy_engine
from core.supervisor import STAGE_PLAN, NextStep, StepKind
from orchestration.answers import AnswersFile, AskFn, Reviewer, ReviewFn, answer_hold, load_answers
from orchestration.orphans import in_process_run
from orchestration.partitions import LANE_TAG, MAPPING_RUNS
from orchestration.resources import PolicyResource

EXAMPLE_SOURCE = EXAMPLES / "source" / "customers.csv"
EXAMPLE_TARGET = EXAMPLES / "target" / "customers_target.yaml"
EXAMPLE_ANSWERS = EXAMPLES / "answers.yaml"


def example_contract(mode: Mode | str = Mode.DATA_MODE) -> RunContract:
    """The bundled example's run contract (stable run_id per mode)."""
    return contract_template(
        lhs_location=str(EXAMPLE_SOURCE.relative_to(PROJECT_ROOT)),
        rhs_location=str(EXAMPLE_TARGET.relative_to(PROJECT_ROOT)),
        mode=mode,
        user_id="example",
        role="Operator",
        request_key=f"bundled-example:{mode}",
        timestamp_ms=1_767_225_600_000,  # 2026-01-01T00:00:00Z: fixed so the run_id is stable
        audit_tags=["example"],
    )


def ensure_dagster_home() -> Path:
    """Point DAGSTER_HOME at var/dagster_home (with the repo's dagster.yaml) unless already set."""
    home = Path(os.environ.setdefault("DAGSTER_HOME", str(var_dir() / "dagster_home")))
    home.mkdir(parents=True, exist_ok=True)
    target = home / "dagster.yaml"
    if not target.exists():
        target.write_text((PROJECT_ROOT / "dagster.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return home


def execute_run(
    run_id: str, *, db_url: str | None = None, instance: dg.DagsterInstance | None = None,
    selection: list[str] | None = None,
) -> dg.ExecuteInProcessResult:
    """Materialize a mapping run's stage assets (Ingest through Analysis, or ``selection``) for its
    partition, in-process, in the persistent Dagster instance, as a run of ``mapping_run_job`` (so the
    Runs page names the job), after failing runs a killed earlier process left STARTED."""
    from orchestration.definitions import STAGE_ASSETS
    from orchestration.driver import run_definitions
    from orchestration.supervisor.jobs import STEP_JOBS, mapping_run_job

    promotion_job = STEP_JOBS["promotion"]
    from orchestration.supervisor.sensor import RUN_TAG

    if instance is None:
        ensure_dagster_home()
        instance = dg.DagsterInstance.get()
    if not instance.has_dynamic_partition(MAPPING_RUNS, run_id):
        instance.add_dynamic_partitions(MAPPING_RUNS, [run_id])
    keys = [dg.AssetKey(a) for a in selection] if selection else [k for a in STAGE_ASSETS for k in a.keys]
    # promotion alone is its step's job: mapping_run_job stops at the pre-flight (the chunks come between)
    name = promotion_job.name if selection and set(selection) == {"promotion"} else mapping_run_job.name
    job = run_definitions(db_url).resolve_job_def(name)
    with in_process_run(instance) as dagster_run_id:
        return job.execute_in_process(instance=instance, partition_key=run_id, asset_selection=keys,
                                      raise_on_error=False, run_id=dagster_run_id,
                                      tags={RUN_TAG: run_id, LANE_TAG: "batch"})


def create_example_run(contract: RunContract, store: MetadataStore, engine: PolicyEngine | None = None) -> bool:
    """Store ``contract`` as a run (idempotent; True if created) after the policy engine's contract
    checks (create_run, local_only_override RBAC); a refusal is recorded on the ledger and raised."""
    engine = engine or load_policy_engine()
    try:
        engine.require_contract(contract, stage=Stage.SUPERVISOR.value)
    except PolicyBlock as exc:
        store.append(LedgerEvent(run_id=contract.run_id, stage=Stage.SUPERVISOR, decision=Decision.REJECT,
                                 action="run.create", contract_hash=contract.contract_hash(),
                                 policy_version=engine.version, error_code=str(exc.code),
                                 detail={"source": "example", **exc.to_dict()}))
        raise
    _, created = store.save_run(contract, event=LedgerEvent(
        run_id=contract.run_id, stage=Stage.SUPERVISOR, decision=Decision.ACCEPT, action="run.create",
        contract_hash=contract.contract_hash(), policy_version=engine.version, detail={"source": "example"}))
    return created


def reviewed(store: MetadataStore, db_url: str | None = None) -> tuple[ReviewFn, Callable[[str], list[str]]]:
    """(record one MAPPING review answer, open questions of a run's latest plan) on ``store``."""
    from core.mapping.review import answer, latest_plan, questions
    from orchestration.domains.resources import DomainsResource
    from orchestration.mapping.assets import mapping_ports
    from orchestration.resources import MetadataStoreResource, PiiMaskerResource, PolicyResource

    res = (MetadataStoreResource(db_url=db_url or ""), PolicyResource(), PiiMaskerResource(), DomainsResource())

    def review(contract: RunContract, target: str, text: str, user: str, role: str) -> None:
        _, ports = mapping_ports(contract.run_id, *res)
        answer(contract, ports, target, text, actor=user, role=role)

    def open_questions(run_id: str) -> list[str]:
        _, ports = mapping_ports(run_id, *res)
        return [q.target for q in questions(latest_plan(ports, run_id))]

    return review, open_questions


def run_example(
    mode: Mode | str = Mode.DATA_MODE, *, answers: AnswersFile | None = None, ask: AskFn | None = None,
    db_url: str | None = None, instance: dg.DagsterInstance | None = None, log_path: Path | None = None,
    reviewer: Reviewer | None = None,
) -> tuple[RunContract, NextStep]:
    """Create the example run (idempotent) and let the supervisor drive it through every stage.

    Where a gate holds, the reviewer of ``answers`` (or the person at ``ask``) answers; the run
    stops at a hold nobody confirms. Returns the contract and the supervisor's last decision.
    """
    from orchestration.driver import advance

    contract = example_contract(mode)
    store = open_store(db_url)
    create_example_run(contract, store)
    if instance is None:
        ensure_dagster_home()
        instance = dg.DagsterInstance.get()
    review, open_questions = reviewed(store, db_url)
    policy = PolicyResource().engine()
    step = NextStep(StepKind.WAIT)
    for _ in range(len(STAGE_PLAN) + 2):
        step, _ = advance(store, contract.run_id, instance=instance, db_url=db_url, log_path=log_path)
        if step.kind is not StepKind.HOLD:
            break
        confirmed = answer_hold(step, contract, ledger=store, policy=policy, answers=answers, review=review,
                                open_questions=lambda: open_questions(contract.run_id), ask=ask,
                                reviewer=None if answers else reviewer or Reviewer(user_id=getpass.getuser(),
                                                                                   role=Role.OPERATOR),
                                source="terminal" if ask else "answers file")
        if confirmed is None:
            break
    return contract, step


def main(argv: list[str] | None = None) -> int:
    """CLI: ``python -m orchestration.example [--mode metadata_only|data_mode] [--interactive]``."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mode", choices=[m.value for m in Mode], default=Mode.DATA_MODE.value)
    parser.add_argument("--answers", type=Path, default=EXAMPLE_ANSWERS,
                        help="reviewed answers for the held gates (default: examples/answers.yaml)")
    parser.add_argument("--interactive", action="store_true",
                        help="ask the held gates' questions at the terminal instead of reading the answers file")
    parser.add_argument("--user", default=getpass.getuser(), help="--interactive: who answers (default: OS user)")
    parser.add_argument("--role", default=Role.OPERATOR.value, choices=[r.value for r in Role],
                        help="--interactive: the answerer's RBAC role (default Operator)")
    args = parser.parse_args(argv)
    log_path = var_dir() / "logs" / "dagster-example.log"
    try:
        answers = None if args.interactive else load_answers(args.answers)
        ask = (lambda q, d: input(f"{q} ").strip() or d) if args.interactive else None
        contract, step = run_example(args.mode, answers=answers, ask=ask, log_path=log_path,
                                     reviewer=Reviewer(user_id=args.user, role=Role(args.role)) if ask else None)
    except MapwrightError as exc:
        print(f"example stopped [{exc.code}]: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as exc:  # Ctrl-C: stop here, say what was kept and how to go on
        from orchestration.driver import interrupted_message

        run_id = example_contract(args.mode).run_id
        print(interrupted_message(exc, run_id, f"run the same command again (or `mapwright run advance {run_id}`)"),
              file=sys.stderr)
        return 130
    from orchestration.summary import print_summary

    print_summary(open_store(), contract.run_id, step, log_path=log_path)
    return 0 if step.kind in (StepKind.COMPLETE, StepKind.HOLD) else 1


if __name__ == "__main__":
    sys.exit(main())
