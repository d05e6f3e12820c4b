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
from core.mapping.scoring import DATA_PARAMS, DEFAULT_PARAMS, params_for
from core.vocab.catalog_loader import load_domain_catalog

DEV = Path(__file__).resolve().parents[1] / "assets_config" / "golden_mapping" / "dev"
#: the bar set on the former metadata_only weights (:data:`DEFAULT_PARAMS`, sessions 1-11): the reference precision
FORMER_BAR = 0.75


def main() -> None:
    """The former weights' bar as a precision, the bar other weights need for it, and the shipped bar's fit
    (metadata_only, dev pairs)."""
    dc = load_domain_catalog()
    pairs = load_pairs(DEV, mode="metadata_only", opener=open_source, domain_catalog=dc)
    ref = outcomes(pairs, replace(DEFAULT_PARAMS), dc)  # a copy: DEFAULT_PARAMS itself means "the shipped ones"
    print("former weights, bar", FORMER_BAR, fit_at(ref, FORMER_BAR).model_dump())
    for name, p in (("data_mode weights, no header floor", replace(DATA_PARAMS, header_floor=None)),
                    ("data_mode weights", DATA_PARAMS)):
        print(name, "re-derived bar", bar_for(ref, FORMER_BAR, outcomes(pairs, p, dc)).model_dump())
    shipped = outcomes(pairs, params_for("metadata_only"), dc)
    print("shipped weights, planner.STRONG", STRONG, fit_at(shipped, STRONG).model_dump())


if __name__ == "__main__":
    main()
