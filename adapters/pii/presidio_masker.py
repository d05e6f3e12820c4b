"""Presidio masker, offline: the deny-by-default rules of :mod:`core.pii.masker` decide what is masked;
Presidio's pattern recognizers (the ``no_op`` NLP engine) only name the entity of a masked column the
rules could not name (a label domaining uses).

The analyzer is slow to build (~1.5 s), so :func:`get_analyzer` builds it once per process.
Detection runs once per column over the distinct candidate values joined by newlines, with the
column name's words as context (which lifts e.g. SSN from 0.5 to 0.85); spans are mapped back
to cells. Values no pattern recognizer could match are not sent to the analyzer
(:func:`is_candidate`). Columns whose name signals PII are masked whole by the column-name rule
without running detection (see :mod:`core.pii.rules`). ``DATE_TIME`` is not masked by detection
(dates are not PII by themselves and domaining needs them); date-of-birth columns are caught by
the column-name rule.
"""

from __future__ import annotations

import bisect
import os
import re
import threading
from datetime import date
from importlib.metadata import version
from typing import Any

from core.pii.masker import ENGINE, mask_table
from core.pii.ports import MaskResult
from core.pii.rules import Span

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

_LOCK = threading.Lock()
_ANALYZER: Any = None
_TRIGGER = re.compile(r"@|[A-Za-z]\.[A-Za-z]|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|::|([0-9A-Fa-f]{2}[:-]){5}")
_DATE_TIME = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b"
                        r"|\b(0?[1-9]|[12]\d|3[01])[/.-](0?[1-9]|[12]\d|3[01])[/.-](\d{4}|\d{2})\b"
                        r"|\b\d{1,2}:\d{2}(:\d{2})?(\.\d+)?\b")
_DIGIT = re.compile(r"\d")
MIN_DIGITS = 9


def is_candidate(value: str) -> bool:
    """Whether a pattern recognizer could match ``value``: an ``@``, a dotted name, an IP/MAC
    shape, or at least 9 digits outside date/time shapes (SSN, ITIN, passport: 9; phone: 10;
    cards, IBAN: more). Shorter all-digit values (ids, amounts, dates) cannot be PII entities
    above the threshold, and the phone matcher is slow, so they are skipped."""
    if _TRIGGER.search(value):
        return True
    return len(_DIGIT.findall(_DATE_TIME.sub(" ", value))) >= MIN_DIGITS
EXCLUDED_ENTITIES = {"DATE_TIME"}


def get_analyzer() -> Any:
    """The process-wide Presidio AnalyzerEngine (no_op NLP engine, English)."""
    global _ANALYZER
    with _LOCK:
        if _ANALYZER is None:
            os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
            from presidio_analyzer import AnalyzerEngine
            from presidio_analyzer.nlp_engine import NlpEngineProvider

            nlp = NlpEngineProvider(nlp_configuration={
                "nlp_engine_name": "no_op", "models": [{"lang_code": "en", "model_name": "no_op"}],
            }).create_engine()
            _ANALYZER = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])
        return _ANALYZER


#: Distinct cells of a name-forced column checked for a pattern-certain entity (detection on every cell
#: of such columns would make them as slow as free text; the decision needs a share, not every cell).
CERTAIN_PROBE = 20
HINT_PROBE = 40


class PresidioMasker:
    """:class:`core.pii.ports.PiiMasker` backed by Presidio (see module docstring)."""

    def __init__(self, *, score_threshold: float = 0.4) -> None:
        self.analyzer = get_analyzer()
        self.score_threshold = score_threshold
        self.entities = sorted(set(self.analyzer.get_supported_entities("en")) - EXCLUDED_ENTITIES)

    @property
    def name(self) -> str:
        """Engine name and version."""
        return (f"{ENGINE}; presidio-analyzer {version('presidio-analyzer')} entity hints (no_op nlp, threshold "
                f"{self.score_threshold})")

    def detect(self, column: str, values: list[str], entities: list[str] | None = None) -> dict[str, list[Span]]:
        """Spans per distinct value of one column (of ``entities`` only, when given: then without the
        column-name context, which only lifts weak recognizers and costs a copy of every result)."""
        todo = sorted({v for v in values if "\n" not in v and is_candidate(v)})
        found: dict[str, list[Span]] = {v: [] for v in values}
        if not todo:
            return found
        text = "\n".join(todo)
        starts, pos = [], 0
        for v in todo:
            starts.append(pos)
            pos += len(v) + 1
        context = None if entities else [w for w in column.lower().split("_") if w] + [column.lower()]
        results = self.analyzer.analyze(text=text, language="en", entities=entities or self.entities,
                                        context=context, score_threshold=self.score_threshold)
        for r in results:
            i = bisect.bisect_right(starts, r.start) - 1
            while 0 <= i < len(todo) and starts[i] < r.end:
                s, e = max(r.start, starts[i]) - starts[i], min(r.end, starts[i] + len(todo[i])) - starts[i]
                if e > s:
                    found[todo[i]].append(Span(s, e, r.entity_type, float(r.score)))
                i += 1
        return found

    def entity_hint(self, column: str, texts: list[str]) -> str | None:
        """The entity Presidio finds in at least half of (up to :data:`HINT_PROBE`) distinct values of a column
        the deny-by-default rules masked without naming an entity; only a label for domaining."""
        probe = sorted(set(texts))[:HINT_PROBE]
        spans = self.detect(column, probe)
        counts: dict[str, int] = {}
        for v in probe:
            for e in {s.entity for s in spans.get(v, []) if s.score >= self.score_threshold}:
                counts[e] = counts.get(e, 0) + 1
        best = max(sorted(counts), key=lambda e: counts[e], default=None)
        return best if best is not None and counts[best] >= len(probe) / 2 else None

    def mask_rows(self, columns: list[str], rows: list[dict[str, Any]], *, run_id: str | None = None,
                  headers: dict[str, str] | None = None, table: str | None = None,
                  as_of: date | None = None) -> MaskResult:
        """Mask ``rows`` of one table, deny by default (:func:`core.pii.masker.mask_table`, ``as_of`` the run's day);
        Presidio only names the entity of masked columns the rules left unnamed."""
        return mask_table(columns, rows, run_id=run_id, hint=self.entity_hint, engine=self.name, headers=headers,
                          table=table, as_of=as_of)
