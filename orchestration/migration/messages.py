"""What the migration CLI prints about a promotion record: one line for `migration status`, the rollback's
sentence (it says whether an earlier version came back or the table is gone), and the quarantine's."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from core.errors import DeterministicFailure


class _Keyed(Protocol):
    @property
    def key_token(self) -> str: ...


K = TypeVar("K", bound=_Keyed)


def promotion_line(promo: dict[str, str] | None) -> str:
    """The promotion record in one line a person reads (``--json`` keeps every field)."""
    if not promo:
        return "not promoted"
    prev = promo.get("previous_table") or "none (the promotion created the table)"
    kind = " (a delta of the touched rows)" if promo.get("previous_kind") == "delta" else ""
    return (f"table {promo.get('table')}, {promo.get('rows_loaded', '?')} row(s) loaded, "
            f"{promo.get('rows_quarantined', '?')} quarantined, checksum {promo.get('checksum', '-')}; "
            f"previous version kept: {prev}{kind}")


def rollback_message(promo: dict[str, str], aside: str) -> str:
    """What a rollback did, as the promotion record says (a first load leaves no earlier version to restore)."""
    table = promo["table"]
    if promo.get("previous_kind") == "delta":
        return (f"rolled back {table}: the rows the promotion inserted or changed are as they were before it; "
                f"those rows as promoted are kept in {aside}")
    if promo.get("previous_table"):
        return f"rolled back {table}: the version before the promotion is restored; the rolled-back table is {aside}"
    return (f"rolled back {table}: the promotion created it (no earlier version), so {table} no longer exists; "
            f"the rolled-back table is kept as {aside}")


def release_message(released: int, table: str, release_run: str | None, remaining: int) -> str:
    """What a release after promotion did (no release run when no row passes yet)."""
    if not released:
        return (f"released after promotion: 0 row(s) pass the current plan; {remaining} remain quarantined "
                "(fix the plan: `mapwright review`, `mapwright analysis fix`; then release again)")
    return f"released after promotion: {released} row(s) merged into {table} by run {release_run}; " \
           f"{remaining} remain quarantined"


def show_mismatch(run_id: str, prefix: str, tokens: list[str]) -> str:
    """Why ``quarantine show`` cannot pick one key: no token or several distinct tokens start with ``prefix``."""
    if not tokens:
        return (f"no quarantined row of run {run_id} has a key token starting with {prefix!r}; "
                f"`mapwright quarantine list {run_id}` lists them")
    shown = ", ".join(t[:16] for t in tokens[:5]) + (", ..." if len(tokens) > 5 else "")
    return f"{len(tokens)} different key tokens start with {prefix!r} ({shown}); give more of the token"


def rows_of_key(records: Sequence[K], run_id: str, prefix: str) -> list[K]:
    """The quarantined rows of the one key whose token starts with ``prefix``: every row of it, since rows of one
    key (a null or duplicated key) share a token; DETERMINISTIC_FAILURE when no key or several keys match."""
    hits = [r for r in records if r.key_token.startswith(prefix)]
    tokens = sorted({r.key_token for r in hits})
    if len(tokens) != 1:
        raise DeterministicFailure(show_mismatch(run_id, prefix, tokens), run_id=run_id, stage="MIGRATION")
    return hits
