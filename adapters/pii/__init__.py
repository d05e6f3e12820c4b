"""PII engines behind :class:`core.pii.ports.PiiMasker`."""

from adapters.pii.presidio_masker import PresidioMasker, get_analyzer

__all__ = ["PresidioMasker", "get_analyzer"]

from adapters.pii.text_detector import CombinedPiiDetector, PresidioTextDetector  # noqa: E402

__all__ += ["CombinedPiiDetector", "PresidioTextDetector"]
