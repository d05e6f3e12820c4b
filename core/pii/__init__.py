"""PII detection and masking: the masker port and engine-independent rules."""

from core.pii.ports import MaskResult, PiiMasker
from core.pii.rules import name_entity, placeholder

__all__ = ["MaskResult", "PiiMasker", "name_entity", "placeholder"]
