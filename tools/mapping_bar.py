"""Print the planner's metadata_only bar (``planner.STRONG``) as a precision on the dev pairs, and the bar other
weights need for the same precision (:mod:`core.mapping.eval_bar`).

    PYTHONPATH=. python tools/mapping_bar.py
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from adapters.sources import open_source
from core.mapping.eval_bar import bar_for, fit_at, outcomes
from core.mapping.eval_loo import load_pairs
from core.mapping.planner import STRONG
from core.mapping.scoring import DATA_PARAMS, DEFAULT_PARAMS
from core.vocab.catalog_loader import load_domain_catalog

DEV = Path(__file__).resolve().parents[1] / "assets_config" / "golden_mapping" / "dev"


def main() -> None:
    """Shipped weights' bar and data_mode's weights' re-derived bar, metadata_only, dev pairs."""
    dc = load_domain_catalog()
    pairs = load_pairs(DEV, mode="metadata_only", opener=open_source, domain_catalog=dc)
    ref = outcomes(pairs, DEFAULT_PARAMS, dc)
    print("shipped weights, bar", STRONG, fit_at(ref, STRONG).model_dump())
    for name, p in (("data_mode weights, no header floor", replace(DATA_PARAMS, header_floor=None)),
                    ("data_mode weights", DATA_PARAMS)):
        print(name, bar_for(ref, STRONG, outcomes(pairs, p, dc)).model_dump())


if __name__ == "__main__":
    main()
