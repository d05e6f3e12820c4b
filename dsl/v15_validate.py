"""Static checks of the DSL 1.5 ops, registered into :data:`dsl.validate.CHECKERS`.

The version rule (a 1.5 op needs ``dsl_version >= 1.5.0``) and the U+0000 rule are applied to
every op before these checkers run (``dsl.validate._check``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dsl.column_check import typed as _typed

Env = dict[str, str]


V15_CHECKERS: dict[str, Callable[[Any, Env, frozenset[str]], Env]] = {
    "list_count": _typed(("string",), "int"), "list_get": _typed(("string",), "string"),
    "int_to_ordinal": _typed(("int",), "string"), "ordinal_to_int": _typed(("string",), "int"),
    "time_24_to_12": _typed(("string",), "string"), "time_12_to_24": _typed(("string",), "string"),
    "dms_to_decimal": _typed(("string",), "float"), "clock_to_utc": _typed(("string",), "string"),
}
