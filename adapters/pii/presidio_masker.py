"""Presidio masker, offline: the ``no_op`` NLP engine with Presidio's pattern recognizers.

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
from importlib.metadata import version
from typing import Any

from core.catalog import MaskedCell
from core.pii.ports import MaskResult
from core.pii.rules import (
    CERTAIN_ENTITIES,
    Span,
    apply_spans,
    certain_entity,
    may_hold_certain,
    merge_spans,
    name_entity,
    names_column,
    placeholder,
)

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


class PresidioMasker:
    """:class:`core.pii.ports.PiiMasker` backed by Presidio (see module docstring)."""

    def __init__(self, *, score_threshold: float = 0.4) -> None:
        self.analyzer = get_analyzer()
        self.score_threshold = score_threshold
        self.entities = sorted(set(self.analyzer.get_supported_entities("en")) - EXCLUDED_ENTITIES)

    @property
    def name(self) -> str:
        """Engine name and version."""
        return f"presidio-analyzer {version('presidio-analyzer')} (no_op nlp, threshold {self.score_threshold})"

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

    def mask_rows(self, columns: list[str], rows: list[dict[str, Any]]) -> MaskResult:
        """Mask every column of ``rows``; see :mod:`core.pii.rules` for the rules."""
        out = [dict(r) for r in rows]
        masking: list[MaskedCell] = []
        for col in columns:
            cells = [(i, r.get(col)) for i, r in enumerate(rows)
                     if r.get(col) is not None and not isinstance(r.get(col), bool)]
            texts = {i: str(v) for i, v in cells}
            filled = [t for t in texts.values() if t.strip()]
            forced = name_entity(col) or ("PERSON" if names_column(filled) else None)
            spans = {} if forced else self.detect(col, list(texts.values()))
            if forced and forced not in CERTAIN_ENTITIES:  # a header naming one entity over cells that certainly
                probe = sorted(v for v in set(filled) if may_hold_certain(v))[:CERTAIN_PROBE]  # hold another
                certain = sorted(CERTAIN_ENTITIES & set(self.entities))  # pattern recognizers only: cheap
                forced = certain_entity(self.detect(col, probe, certain), probe) or forced
            entities: set[str] = set()
            masked = 0
            for i, text in texts.items():
                if forced:
                    new = placeholder(forced) if text.strip() else text
                    entities.add(forced)
                elif spans.get(text):
                    merged = merge_spans(spans[text])
                    new = apply_spans(text, merged)
                    entities.update(s.entity for s in merged)
                else:
                    continue
                if new != text:
                    out[i][col] = new
                    masked += 1
            if masked:
                masking.append(MaskedCell(column=col, entity_types=sorted(entities), cells_masked=masked))
        return MaskResult(rows=out, masking=masking, engine=self.name)
