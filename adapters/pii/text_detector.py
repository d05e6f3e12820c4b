"""PII detection in free text for the provider router's PII gate.

:class:`CombinedPiiDetector` unions the router's own pattern detector (emails, IBANs, Luhn-valid
cards, SSNs, phones, IPv4) with Presidio's offline recognizers (the same analyzer the Sample
Pack masking uses), so a prompt is masked if either finds an entity. Overlaps keep the earlier,
longer span; the gate masks every span before any non-local call.
"""

from __future__ import annotations

from core.providers.pii_gate import PiiDetector, PiiFinding, RegexPiiDetector

#: Presidio entity types that are identifiers of people (DATE_TIME etc. are not masked in prompts).
PRESIDIO_ENTITIES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS",
                     "US_PASSPORT", "US_DRIVER_LICENSE", "US_ITIN", "US_BANK_NUMBER", "UK_NHS", "MEDICAL_LICENSE")


class PresidioTextDetector:
    """Presidio pattern recognizers over one text (no_op NLP engine, offline)."""

    def __init__(self, score_threshold: float = 0.5) -> None:
        from adapters.pii.presidio_masker import get_analyzer

        self.analyzer = get_analyzer()
        supported = set(self.analyzer.get_supported_entities("en"))
        self.entities = [e for e in PRESIDIO_ENTITIES if e in supported]
        self.score_threshold = score_threshold

    def find(self, text: str) -> list[PiiFinding]:
        """Entity spans Presidio reports at or above the threshold."""
        results = self.analyzer.analyze(text=text, language="en", entities=self.entities,
                                        score_threshold=self.score_threshold)
        return [PiiFinding(kind=r.entity_type, start=r.start, end=r.end) for r in results]


class CombinedPiiDetector:
    """Union of several detectors, overlaps resolved to non-overlapping spans."""

    def __init__(self, *detectors: PiiDetector) -> None:
        self.detectors = detectors or (RegexPiiDetector(), PresidioTextDetector())

    def find(self, text: str) -> list[PiiFinding]:
        """Non-overlapping findings of all detectors (earlier start, then longer span wins)."""
        found = sorted((f for d in self.detectors for f in d.find(text)), key=lambda f: (f.start, -(f.end - f.start)))
        out: list[PiiFinding] = []
        for f in found:
            if not out or f.start >= out[-1].end:
                out.append(f)
        return out
