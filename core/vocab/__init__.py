"""The domain catalog's vocabulary at the bottom of core: its models, its loader and header tokens
(used alike by domaining, PII masking and mapping, so none of them imports another for it)."""
