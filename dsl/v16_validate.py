"""Static checks of the DSL 1.6 ops, registered into :data:`dsl.validate.CHECKERS`.

The version rule (a 1.6 op needs ``dsl_version >= 1.6.0``) and the U+0000 rule are applied to
every op before these checkers run (``dsl.validate._check``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dsl.column_check import typed as _typed

Env = dict[str, str]


V16_CHECKERS: dict[str, Callable[[Any, Env, frozenset[str]], Env]] = {
    "date_part": _typed(("date", "datetime"), "int"),
    "int_to_words": _typed(("int",), "string"), "words_to_int": _typed(("string",), "int"),
}
