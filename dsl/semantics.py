"""Value semantics shared by both DSL backends (Polars and SQL), so neither depends on the other.

Whitespace set, the shapes a string must have to cast to int/float, the boolean spellings and the
safe numeric range are part of the DSL's contract (dsl/README.md): the two compilers read them here.
"""

from __future__ import annotations

WS_CHARS = " \t\n\r\x0b\x0c"
WS_RUN = "[\t-\r ]+"
SPLIT_SENTINEL = "\x00"  # PostgreSQL text cannot hold U+0000, so no value contains it
SAFE_MIN, SAFE_MAX, INT_LIMIT = 1e-150, 1e150, 9.2e18
INT_SHAPE = r"^[+\-]?[0-9]{1,18}$"
FLOAT_SHAPE = r"^[+\-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[Ee][+\-]?[0-9]{1,2})?$"
FLOAT_MAX_LEN = 30
BOOL_TRUE = ("true", "t", "yes", "y", "1")
BOOL_FALSE = ("false", "f", "no", "n", "0")
TITLE_TOKENS = "[0-9A-Za-z]+|[^0-9A-Za-z]+"
