"""Adapters: the outside world (metadata store, LLM providers, sources, targets, vector index,
cache) behind the small interfaces defined in ``core``."""
