"""PII gate: scan and mask a prompt before it may leave the process (§15, §20).

The router runs every call through :class:`PiiGate`: it detects PII in the messages and in the
structured task payload, replaces each finding by a typed placeholder (``<EMAIL_1>``), and
reports ``pii_detected``/``pii_masked`` to the policy engine, which alone decides whether the
call may go out. Unmasked content is only ever passed on for a *local* provider under the
policy-gated ``local_only_override``.

The detector is pluggable (:class:`PiiDetector`); the default is :class:`RegexPiiDetector`
(emails, phone numbers, US SSNs, Luhn-valid card numbers, IBANs, IPv4). A presidio-based
detector from ``core.pii`` can be passed in instead.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from core.providers.models import Message


@dataclass(frozen=True)
class PiiFinding:
    """One detected span."""

    kind: str
    start: int
    end: int


class PiiDetector(Protocol):
    """Finds PII spans in a text."""

    def find(self, text: str) -> list[PiiFinding]:
        """Spans (non-overlapping, any order)."""
        ...


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("EMAIL", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")),
    ("IBAN", re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")),
    ("CARD", re.compile(r"\b(?:\d[ -]?){12,18}\d\b")),
    ("SSN", re.compile(r"\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b")),
    ("PHONE", re.compile(r"(?<![\w.])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?)?\d{2,4}[ .-]\d{3,4}[ .-]?\d{3,4}\b")),
    ("IPV4", re.compile(r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b")),
]


class RegexPiiDetector:
    """Pattern detector for emails, IBANs, card numbers (Luhn), SSNs, phone numbers, IPv4."""

    def find(self, text: str) -> list[PiiFinding]:
        """Non-overlapping findings, earlier patterns winning overlaps."""
        found: list[PiiFinding] = []
        taken: list[tuple[int, int]] = []
        for kind, pat in _PATTERNS:
            for m in pat.finditer(text):
                s, e = m.span()
                if kind == "CARD" and not _luhn_ok(re.sub(r"\D", "", m.group())):
                    continue
                if any(s < te and ts < e for ts, te in taken):
                    continue
                taken.append((s, e))
                found.append(PiiFinding(kind, s, e))
        return found


_PLACEHOLDER = re.compile(r"<[A-Z0-9_]+_\d+>")


@dataclass
class MaskOutcome:
    """Result of gating one request."""

    messages: list[Message]
    payload: dict[str, Any] | None
    findings: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    masked: bool = False

    @property
    def detected(self) -> bool:
        """Whether any PII was found."""
        return self.findings > 0


class PiiGate:
    """Detects and masks PII in messages and task payloads."""

    def __init__(self, detector: PiiDetector | None = None, *, memo_size: int = 4096) -> None:
        self.detector: PiiDetector = detector or RegexPiiDetector()
        self._memo: OrderedDict[str, tuple[PiiFinding, ...]] = OrderedDict()
        self._memo_size = memo_size
        self._lock = threading.Lock()

    def find(self, text: str) -> tuple[PiiFinding, ...]:
        """Findings in ``text``, sorted by start (memoized: repeated prompts are scanned once)."""
        with self._lock:
            hit = self._memo.get(text)
            if hit is not None:
                self._memo.move_to_end(text)
                return hit
        found = tuple(sorted(self.detector.find(text), key=lambda f: f.start))
        with self._lock:
            self._memo[text] = found
            if len(self._memo) > self._memo_size:
                self._memo.popitem(last=False)
        return found

    def scan(self, texts: Iterable[str]) -> int:
        """Number of findings over ``texts`` (placeholders are not PII)."""
        return sum(len(self.find(t)) for t in texts)

    def _mask_text(self, text: str, counters: dict[str, int]) -> str:
        spans = self.find(text)
        if not spans:
            return text
        out: list[str] = []
        pos = 0
        for f in spans:
            counters[f.kind] = counters.get(f.kind, 0) + 1
            out.append(text[pos:f.start])
            out.append(f"<{f.kind}_{counters[f.kind]}>")
            pos = f.end
        out.append(text[pos:])
        return "".join(out)

    def _mask_value(self, value: Any, counters: dict[str, int]) -> Any:
        if isinstance(value, str):
            return self._mask_text(value, counters)
        if isinstance(value, list):
            return [self._mask_value(v, counters) for v in value]
        if isinstance(value, dict):
            return {k: self._mask_value(v, counters) for k, v in value.items()}
        return value

    def apply(self, messages: list[Message], payload: dict[str, Any] | None, *, mask: bool) -> MaskOutcome:
        """Scan ``messages`` and ``payload``; when ``mask`` and PII is present, mask it.

        Returns the (possibly) masked content, the number and kinds of findings, and whether
        masking was applied. A re-scan of masked output finds nothing (placeholders are inert).
        """
        counters: dict[str, int] = {}
        new_msgs = [Message(role=m.role, content=self._mask_text(m.content, counters)) for m in messages]
        new_payload = self._mask_value(payload, counters) if payload is not None else None
        findings = sum(counters.values())
        if not findings:
            return MaskOutcome(messages=list(messages), payload=payload)
        if not mask:
            return MaskOutcome(messages=list(messages), payload=payload, findings=findings, kinds=counters)
        return MaskOutcome(messages=new_msgs, payload=new_payload, findings=findings, kinds=counters, masked=True)

    def confirm_masked(self, messages: list[Message]) -> bool:
        """True when no PII remains in ``messages`` (the confirmation step before egress)."""
        return self.scan(m.content for m in messages) == 0
