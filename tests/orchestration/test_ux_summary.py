"""The run summary names the command that continues a run from where it stands (hold, stop, halt)."""

from __future__ import annotations

from core.ledger import Decision, LedgerEvent, Stage
from core.supervisor import NextStep, StepKind
from orchestration.summary import _next_lines

RID = "01KDVDNA00NV95RY5JRQVCXECJ"


def test_a_mapping_hold_points_at_review_before_confirm() -> None:
    step = NextStep(StepKind.HOLD, Stage.MAPPING, reasons=("gate mapping_plan_gate held: 1 column(s) on hold: x",))
    lines = _next_lines(RID, step, [])
    assert lines[0] == "HELD at MAPPING: gate mapping_plan_gate held: 1 column(s) on hold: x."
    assert lines[1] == (f"  to continue: answer its questions with mapwright review {RID}, then mapwright run confirm "
                        f"{RID} --stage MAPPING --user <you> --role Operator, then mapwright run advance {RID}")
    domains = _next_lines(RID, NextStep(StepKind.HOLD, Stage.DOMAINS, reasons=("held",)), [])
    assert "review" not in domains[1] and "--stage DOMAINS" in domains[1]


def test_a_stopped_run_names_resume() -> None:
    lines = _next_lines(RID, NextStep(StepKind.STOPPED, reasons=("stopped by ops: testing",)), [])
    assert lines == ["STOPPED: stopped by ops: testing.",
                     f"  to continue: mapwright run resume {RID}, then mapwright run advance {RID}"]


def test_a_halt_shows_the_recorded_error_of_its_stage() -> None:
    events = [
        LedgerEvent(run_id=RID, stage=Stage.MAPPING, decision=Decision.REJECT, action="mapping.plan",
                    error_code="DETERMINISTIC_FAILURE", detail={"message": "an older error of another stage"}),
        LedgerEvent(run_id=RID, stage=Stage.INGEST, decision=Decision.REJECT, action="catalog.build",
                    error_code="DETERMINISTIC_FAILURE", detail={"message": "source /x.csv does not exist"}),
    ]
    step = NextStep(StepKind.HALTED, Stage.INGEST, reasons=("catalog.build: DETERMINISTIC_FAILURE",))
    lines = _next_lines(RID, step, events)
    assert lines[1] == "  error [DETERMINISTIC_FAILURE]: source /x.csv does not exist"
    assert lines[2].startswith(f"  to continue once the cause is fixed: mapwright run confirm {RID} --stage INGEST")
    assert _next_lines(RID, NextStep(StepKind.COMPLETE), events) == []


def test_a_halt_after_retries_shows_the_transient_error_each_attempt_met() -> None:
    """An unreachable source is retried (a RETRY event per attempt) until the supervisor halts the run: the
    summary showed only "gates ... still missing after 3 attempts", not what happened nor the fix."""
    from adapters.sources.sql_session import classify_db_error, read_only_engine

    url = "postgresql+psycopg://postgres@127.0.0.1:1/test"  # nothing listens on port 1
    eng = read_only_engine(url)
    try:
        with eng.connect():
            raise AssertionError("connected to port 1")
    except Exception as exc:  # noqa: BLE001 - the driver's own error, classified as ingest does
        err = classify_db_error(exc, url, "connect to")
    finally:
        eng.dispose()
    assert err.code.value == "TRANSIENT_ERROR" and "start the database server" in err.message
    events = [LedgerEvent(run_id=RID, stage=Stage.INGEST, decision=Decision.RETRY, action="catalog.build",
                          error_code=err.code.value, detail={"message": err.message}) for _ in range(3)]
    step = NextStep(StepKind.HALTED, Stage.INGEST, reasons=("gates catalog_gate still missing after 3 attempts",))
    lines = _next_lines(RID, step, events)
    assert lines[0] == "HALTED at INGEST: gates catalog_gate still missing after 3 attempts."
    assert lines[1] == f"  error [TRANSIENT_ERROR]: {err.message}"
    assert lines[2].startswith(f"  to continue once the cause is fixed: mapwright run confirm {RID} --stage INGEST")
