"""Words that read "number" in headers: a leaf module, so that ``headers`` and ``numbered`` share it without a cycle."""

from __future__ import annotations

#: Words that read "number" (``#`` is split as ``number``; ``№`` is rewritten to ``no`` first).
NUMBER_MARKS = frozenset("no nr nro num number nummer numero n nomer номер".split())
