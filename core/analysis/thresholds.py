"""Threshold suggestions from outcomes: planned confidence/pass rate vs what people overrode.

A column a person overrode was a wrong automatic decision. From the run's plan and its
override events (and those of earlier plans), suggest ``mapping.accept_rate_min`` and a
confidence floor that would have held every overridden column, with the expected effect
(how many accepted columns would then hold too).
"""

from __future__ import annotations

from core.analysis.models import ThresholdSuggestion
from core.mapping.plan import MappingPlan


def suggest(plan: MappingPlan, overridden: set[str], accept_rate_min: float) -> list[ThresholdSuggestion]:
    """Suggestions (empty when the thresholds already held every overridden column)."""
    out: list[ThresholdSuggestion] = []
    rates = {c.target: float(c.figures.get("pass_rate", 0.0)) for c in plan.columns if "pass_rate" in c.figures}
    wrong = {t: r for t, r in rates.items() if t in overridden}
    too_high = {t: r for t, r in wrong.items() if r >= accept_rate_min}
    if too_high:
        suggested = round(min(1.0, max(too_high.values()) + 0.005), 3)
        also = [t for t, r in rates.items() if t not in overridden and r < suggested]
        out.append(ThresholdSuggestion(
            field="mapping.accept_rate_min", current=accept_rate_min, suggested=suggested,
            rationale=f"{len(too_high)} overridden column(s) passed the sample at >= {accept_rate_min} "
                      f"({', '.join(sorted(too_high))}); at {suggested} they would have held, and so would "
                      f"{len(also)} other column(s)"))
    conf = {c.target: c.confidence for c in plan.columns}
    wrong_conf = [conf[t] for t in overridden if t in conf]
    right_conf = [conf[t] for t in conf if t not in overridden and conf[t] > 0]
    if wrong_conf and right_conf and max(wrong_conf) < min(right_conf):
        cut = round((max(wrong_conf) + min(right_conf)) / 2, 3)
        out.append(ThresholdSuggestion(
            field="mapping.confidence_floor", current=0.0, suggested=cut,
            rationale=f"every overridden column had confidence <= {max(wrong_conf):.3f} and every kept one >= "
                      f"{min(right_conf):.3f}: holding below {cut} separates them on this run"))
    return out
