"""A merge whose chunks were all staged by a pass that did not stream (``promote=False``, chunk by chunk, every row
staged) and is then resumed through the streaming pass promotes. (Found by session 12, h12-migsafe: the resumed pass
counted the rows the final table already holds as unchanged, so the expected checksum covered only the new or
changed rows while staging held every row, and the run failed its checksum for ever. A finished chunk whose
checkpoint counts no unchanged rows now has none of its rows counted unchanged: ``Prepared(whole=...)``.)"""

from __future__ import annotations

import polars as pl
import pytest

from adapters.targets.sql_target import SqlTarget
from core.migration.run import migrate
from tests.migration.test_user_final_types import _source, _spec

pytestmark = pytest.mark.postgres


def test_a_merge_staged_without_streaming_then_resumed_promotes(pg_target_url: str) -> None:
    target = SqlTarget(pg_target_url)
    try:
        assert migrate(_spec(), _source(), target, secret=b"s").promoted
        changed = _source().with_columns(pl.when(pl.col("id") == "7").then(pl.lit("2024-05-05 05:05:06"))
                                         .otherwise(pl.col("seen_at")).alias("seen_at"))
        spec = _spec()
        migrate(spec, changed, target, secret=b"s", promote=False)  # every chunk staged, every row
        run = migrate(spec, changed, target, secret=b"s")
        assert run.promoted and all(v.passed for v in run.validations), run.validations
        got = target.final_frame(spec.table).sort("id")
        assert got.filter(pl.col("id") == 7)["seen_at"].cast(pl.Utf8).str.contains("05:05:06").all()
        assert got.height == _source().height
    finally:
        target.dispose()
