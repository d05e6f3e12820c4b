"""Which validated proposal a column keeps, given the SQL its target's dialect can run.

The Mapping Plan carries each column's SQL for the target's dialect, but the migration needs it
only where it may run the plan inside the target (ELT, :mod:`core.migration.elt`): the dialect is
one ELT is verified on *and* the source is a SQL table (a file source always migrates through
Polars, ETL). So (:func:`sql_requirement`):

* **SQL required** (ELT may apply): the column keeps the best-ranked proposal that compiles; a
  proposal's ranked ``fallbacks`` (synthesis' next fitting candidates) are tried, in order, right
  after it; when nothing compiles, or only a proposal that fits the examples or the sample worse
  than a refused one, the column is held, the reason naming each refusal;
* **SQL optional** (ETL for sure): among the proposals ranked equal to the best (same example fit
  and pass rate), the first that compiles (fallbacks included); when none does, the best itself,
  without SQL, with a note that Polars runs it.

Choosing a lower-ranked synthesized candidate is recorded in the proposal's rationale with the
reason the better one did not compile.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from core.errors import DSLReject
from core.mapping.strategies import Proposal
from core.mapping.validation import Validation
from dsl.compile_sql import to_sql

#: dialects where a plan must carry every column's SQL: ELT runs there and the DSL compiles every op
#: for them. A subset of ``core.migration.elt_sql.ELT_DIALECTS`` (kept so by a test; core.mapping
#: cannot import core.migration): SQLite also runs ELT, but lacks many DSL ops, and the migration
#: falls back to ETL (Polars) for a plan it cannot compile there, so a SQLite plan does not need SQL.
ELT_DIALECTS = ("duckdb", "postgres")

#: (proposal, its validation, its rank key: (example fit, pass rate)) ordered best first
Ranked = tuple[Proposal, Validation, tuple[float, float]]
Check = Callable[[Proposal], "tuple[Validation, tuple[float, float]] | None"]


def sql_requirement(dialect: str, source_is_sql: bool) -> tuple[bool, str]:
    """(whether each column needs SQL for ``dialect``, why) — see the module docstring."""
    if dialect not in ELT_DIALECTS:
        return False, (f"ELT is verified on {list(ELT_DIALECTS)}, not {dialect}: a migration into {dialect} "
                       "runs every pipeline through Polars (ETL)")
    if not source_is_sql:
        return False, ("the source is a file, not a table inside the target database: the migration runs the "
                       "pipelines through Polars (ETL)")
    return True, (f"the source is a SQL table, so the migration may run the plan inside the {dialect} "
                  "target (ELT), which needs every column's SQL")


@dataclass
class SqlChoice:
    """The outcome: the kept proposal with its validation (SQL filled in when it compiles), or None,
    and why each refused proposal did not compile."""

    chosen: tuple[Proposal, Validation] | None
    refusals: list[str] = field(default_factory=list)
    #: a better-ranked proposal (better example fit or pass rate) was refused for not compiling: the
    #: kept one is a step down, which a person should confirm (the planner holds the column)
    downgraded: bool = False


def _sql(p: Proposal, dialect: str, refusals: list[str],
         on_reject: Callable[[Proposal, DSLReject], None] | None) -> str | None:
    assert p.pipeline is not None
    try:
        return to_sql(p.pipeline, dialect, "source")
    except DSLReject as exc:
        if on_reject is not None:
            on_reject(p, exc)
        refusals.append(f"{p.strategy}: {exc}")
    except RecursionError:  # sqlglot renders very deep expressions (a long translate) recursively
        refusals.append(f"{p.strategy}: its {dialect} SQL nests too deeply for the SQL compiler")
    return None


def _try(p: Proposal, v: Validation, key: tuple[float, float], dialect: str, check: Check, refusals: list[str],
         on_reject: Callable[[Proposal, DSLReject], None] | None) -> tuple[Proposal, Validation] | None:
    """``p``, else the first of its fallbacks that validates as well as ``p`` and compiles."""
    sql = _sql(p, dialect, refusals, on_reject)
    if sql is not None:
        return p, v.model_copy(update={"compiled_sql": sql, "rows": v.rows})
    why = refusals[-1] if refusals else "it does not compile"
    for rank, alt in enumerate(p.fallbacks, start=2):
        q = p.model_copy(update={"pipeline": alt, "fallbacks": [], "rationale": (
            f"{p.rationale}; synthesized candidate #{rank} chosen: the best-ranked does not compile for "
            f"{dialect} ({why.split(': ', 1)[-1]})")})
        checked = check(q)
        if checked is None or checked[1] < key:
            continue  # it must reproduce the examples and pass the sample as well as the best
        sql = _sql(q, dialect, refusals, on_reject)
        if sql is not None:
            return q, checked[0].model_copy(update={"compiled_sql": sql, "rows": checked[0].rows})
    return None


def choose(ranked: list[Ranked], dialect: str, required: bool, reason: str, check: Check,
           on_reject: Callable[[Proposal, DSLReject], None] | None = None) -> SqlChoice:
    """The proposal a column keeps (see the module docstring); ``check`` validates a fallback and
    gives its rank key (None when it is refused)."""
    refusals: list[str] = []
    for p, v, key in ranked:
        if not required and key != ranked[0][2]:
            break
        got = _try(p, v, key, dialect, check, refusals, on_reject)
        if got is not None:
            return SqlChoice(got, refusals, downgraded=key < ranked[0][2])
    if required or not ranked:
        return SqlChoice(None, refusals)
    p, v, _ = ranked[0]
    note = f"no {dialect} SQL ({refusals[0].split(': ', 1)[-1]}); {reason}" if refusals else reason
    return SqlChoice((p, v.model_copy(update={"compiled_sql": None, "rows": v.rows, "notes": [*v.notes, note]})),
                     refusals)
