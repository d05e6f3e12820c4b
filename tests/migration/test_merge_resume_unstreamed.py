"""Known defect found by session 12 (h12-migsafe), left to the migration-speed work (staging/checksum code): a merge
whose chunks were all staged by a pass that did not stream (``promote=False``, chunk by chunk, every row staged) and
is then resumed through the streaming pass (which counts the rows the final table already holds as unchanged)
fails its checksum validation for ever: the expected side counts only the new or changed rows, the staged side
every row the first pass staged. Strict xfail: it fails the suite once fixed, so the mark is removed then."""

from __future__ import annotations

import polars as pl
import pytest

from adapters.targets.sql_target import SqlTarget
from core.migration.errors import ValidationFailed
from core.migration.run import migrate
from tests.migration.test_user_final_types import _source, _spec

pytestmark = pytest.mark.postgres


@pytest.mark.xfail(strict=True, raises=ValidationFailed, reason="expected checksum of a streamed pass vs rows a "
                                                                 "non-streamed pass staged (see module docstring)")
def test_a_merge_staged_without_streaming_then_resumed_promotes(pg_target_url: str) -> None:
    target = SqlTarget(pg_target_url)
    try:
        assert migrate(_spec(), _source(), target, secret=b"s").promoted
        changed = _source().with_columns(pl.when(pl.col("id") == "7").then(pl.lit("2024-05-05 05:05:06"))
                                         .otherwise(pl.col("seen_at")).alias("seen_at"))
        spec = _spec()
        migrate(spec, changed, target, secret=b"s", promote=False)  # every chunk staged, every row
        run = migrate(spec, changed, target, secret=b"s")
        assert run.promoted
    finally:
        target.dispose()
