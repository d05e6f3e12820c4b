"""The bundled example: deterministic generator and a clean catalog."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from adapters.sources import FileSource
from core.paths import EXAMPLES


def test_example_is_reproducible_and_ingests(tmp_path: Path, gen: ModuleType) -> None:
    bundled = EXAMPLES / "source" / "customers.csv"
    gen.main(["--out", str(tmp_path / "customers.csv")])
    assert (tmp_path / "customers.csv").read_bytes() == bundled.read_bytes()
    with FileSource(bundled) as src:
        (t,) = src.introspect(with_stats=False)
    assert t.row_estimate == gen.DEFAULT_ROWS and len(t.columns) == 12
    assert t.column("customer_id").is_key and t.column("amount").logical_type == "string"
    assert [c.name for c in t.columns][:6] == ["customer_id", "first_name", "last_name", "e_mail", "phone", "ssn"]
