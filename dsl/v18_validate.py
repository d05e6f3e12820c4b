"""Static checks of the DSL 1.8 ops, registered into :data:`dsl.validate.CHECKERS` (the version and U+0000
rules are applied to every op before, in ``dsl.validate._check``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dsl.column_check import typed as _typed

Env = dict[str, str]

V18_CHECKERS: dict[str, Callable[[Any, Env, frozenset[str]], Env]] = {
    "title_case": _typed(("string",), "string"),
}
