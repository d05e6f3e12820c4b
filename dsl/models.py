"""Typed op models of the Transform DSL v1 and the :class:`Pipeline` that orders them.

Every op reads named columns (pipeline inputs or outputs of earlier steps) and writes named
columns. The JSON form is the pydantic dump; ``op`` is the discriminator. A pipeline's content
hash is SHA-256 over canonical JSON (sorted keys, compact separators, UTF-8).
"""

from __future__ import annotations

import hashlib
import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dsl.errors import DSLReject
from dsl.op_base import OpBase as _Op
from dsl.v14_models import (
    V1_4_OPS,
    DatetimeToEpoch,
    EpochToDatetime,
    HexToInt,
    IntToHex,
    IntToRoman,
    ListSort,
    ListUnique,
    Normalize,
    RegexExtractAll,
    RomanToInt,
    StripAccents,
)
from dsl.v15_models import (
    V1_5_OPS,
    ClockToUtc,
    DmsToDecimal,
    IntToOrdinal,
    ListCount,
    ListGet,
    OrdinalToInt,
    Time12To24,
    Time24To12,
)
from dsl.v16_models import V1_6_OPS, DatePart, IntToWords, WordsToInt
from dsl.v17_models import V1_7_OPS, Max, Min, Sign
from dsl.v18_models import V1_8_OPS, TitleCase

DSL_VERSION = "1.0.0"

#: the twelve frozen v1 ops (§35); ``select_when`` is the only gated extension.
V1_OPS: tuple[str, ...] = (
    "trim", "case", "collapse_whitespace", "regex_extract", "regex_split", "concat", "map_dict",
    "unit_convert", "date_parse", "date_format", "type_cast", "safe_math",
)
FEATURE_SELECT_WHEN = "select_when"
#: ops added in DSL 1.2 (minor, additive; §27): a pipeline using one must declare
#: ``dsl_version >= 1.2.0``. Engines before 1.2 reject them as unknown ops.
V1_2_OPS: tuple[str, ...] = ("coalesce", "replace", "pad", "template", "format_number", "translate")
#: ops added in DSL 1.3: ``floor`` (integer parts: durations as H:MM:SS, floor division, remainders)
V1_3_OPS: tuple[str, ...] = ("floor",)
#: op -> the DSL (major, minor) that added it; the 1.4 and 1.5 ops live in :mod:`dsl.v14_models`, :mod:`dsl.v15_models`
OP_SINCE: dict[str, tuple[int, int]] = {**{name: (1, 2) for name in V1_2_OPS}, **{name: (1, 3) for name in V1_3_OPS},
                                        **{name: (1, 4) for name in V1_4_OPS}, **{name: (1, 5) for name in V1_5_OPS},
                                        **{name: (1, 6) for name in V1_6_OPS},
                                        **{name: (1, 7) for name in V1_7_OPS},
                                        **{name: (1, 8) for name in V1_8_OPS}}
#: every op this engine knows, in version order
ALL_OPS: tuple[str, ...] = (V1_OPS + ("select_when",) + V1_2_OPS + V1_3_OPS + V1_4_OPS + V1_5_OPS + V1_6_OPS
                             + V1_7_OPS + V1_8_OPS)
#: the newest DSL version this engine implements
DSL_LATEST = "1.8.0"

LogicalType = Literal["string", "int", "float", "decimal", "bool", "date", "datetime"]
LOGICAL_TYPES: tuple[str, ...] = ("string", "int", "float", "decimal", "bool", "date", "datetime")


class Trim(_Op):
    """Strip ASCII whitespace (space, \\t, \\n, \\v, \\f, \\r) from one or both ends."""

    op: Literal["trim"] = "trim"
    input: str
    output: str
    side: Literal["both", "left", "right"] = "both"


class Case(_Op):
    """ASCII case mapping: upper, lower or title (word = run of [A-Za-z0-9])."""

    op: Literal["case"] = "case"
    input: str
    output: str
    mode: Literal["upper", "lower", "title"]


class CollapseWhitespace(_Op):
    """Replace every run of ASCII whitespace by one space (no trimming)."""

    op: Literal["collapse_whitespace"] = "collapse_whitespace"
    input: str
    output: str


class RegexExtract(_Op):
    """Capture group ``group`` (0 = whole match) of the first match; null if none or empty."""

    op: Literal["regex_extract"] = "regex_extract"
    input: str
    output: str
    pattern: str
    group: int = Field(default=0, ge=0)


class RegexSplit(_Op):
    """Split on a separator pattern; output i gets part i (null if there are fewer parts)."""

    op: Literal["regex_split"] = "regex_split"
    input: str
    outputs: list[str] = Field(min_length=1)
    pattern: str

    def writes(self) -> list[str]:
        return list(self.outputs)


class Concat(_Op):
    """Join string columns with a separator; nulls propagate or are skipped."""

    op: Literal["concat"] = "concat"
    inputs: list[str] = Field(min_length=1)
    output: str
    separator: str = ""
    nulls: Literal["propagate", "skip"] = "propagate"

    def reads(self) -> list[str]:
        return list(self.inputs)


class MapDict(_Op):
    """Exact lookup; unmatched values become ``default`` (on_missing=default) or stay (keep)."""

    op: Literal["map_dict"] = "map_dict"
    input: str
    output: str
    mapping: dict[str, str] = Field(min_length=1)
    default: str | None = None
    on_missing: Literal["default", "keep"] = "default"


class UnitConvert(_Op):
    """Convert a number between units of one dimension (currency needs ``rates``)."""

    op: Literal["unit_convert"] = "unit_convert"
    input: str
    output: str
    from_unit: str
    to_unit: str
    rates: dict[str, float] | None = None


class DateParse(_Op):
    """Parse a string with one of the fixed formats into a date or datetime (null if invalid)."""

    op: Literal["date_parse"] = "date_parse"
    input: str
    output: str
    format: str


class DateFormat(_Op):
    """Render a date/datetime with one of the fixed formats."""

    op: Literal["date_format"] = "date_format"
    input: str
    output: str
    format: str


class TypeCast(_Op):
    """Convert between logical types following the coercion table (invalid -> null)."""

    op: Literal["type_cast"] = "type_cast"
    input: str
    output: str
    to: LogicalType


class SafeMath(_Op):
    """Arithmetic on float64 with guards: out-of-range operands and x/0 give null."""

    op: Literal["safe_math"] = "safe_math"
    fn: Literal["add", "sub", "mul", "div", "neg", "abs", "round"]
    args: list[str | float] = Field(min_length=1, max_length=2)
    output: str
    digits: int = 0

    def reads(self) -> list[str]:
        return [a for a in self.args if isinstance(a, str)]


class SelectWhen(_Op):
    """v1.1, behind feature flag ``select_when``: ``then`` where input matches, else ``otherwise``."""

    op: Literal["select_when"] = "select_when"
    input: str
    pattern: str
    then: str
    otherwise: str | None = None
    output: str

    def reads(self) -> list[str]:
        return [self.input, self.then] + ([self.otherwise] if self.otherwise else [])


class Coalesce(_Op):
    """v1.2: the first non-null of ``inputs`` (all of one type), e.g. one date_parse per format."""

    op: Literal["coalesce"] = "coalesce"
    inputs: list[str] = Field(min_length=2)
    output: str

    def reads(self) -> list[str]:
        return list(self.inputs)


class Replace(_Op):
    """v1.2: replace every match of ``pattern`` (leftmost-first, non-overlapping) by a literal."""

    op: Literal["replace"] = "replace"
    input: str
    output: str
    pattern: str
    replacement: str = ""
    #: when true, ``$1``..``$9`` in ``replacement`` insert capture groups (``$$`` is a literal ``$``)
    groups: bool = False


class Pad(_Op):
    """v1.2: pad to ``width`` characters with ``fill``; longer strings stay unchanged."""

    op: Literal["pad"] = "pad"
    input: str
    output: str
    width: int = Field(ge=1, le=255)
    fill: str = "0"
    side: Literal["left", "right"] = "left"


class Template(_Op):
    """v1.2: literal text with ``{i}`` placeholders for ``inputs[i]`` (``{{``/``}}`` escape braces).

    Null when any referenced input is null.
    """

    op: Literal["template"] = "template"
    inputs: list[str] = Field(min_length=1)
    template: str
    output: str

    def reads(self) -> list[str]:
        return list(self.inputs)


class FormatNumber(_Op):
    """v1.2: render a number as text with fixed ``decimals`` (half away from zero), an optional
    thousands separator and a decimal mark (``1234.5`` -> ``"1,234.50"`` or ``"1.234,50"``).

    Null when the input is null, NaN, infinite, or ``|x| * 10^decimals >= 1e15`` (beyond exact
    integer arithmetic in binary64).
    """

    op: Literal["format_number"] = "format_number"
    input: str
    output: str
    decimals: int = Field(default=0, ge=0, le=6)
    thousands: Literal["", ",", ".", " ", "'", "_"] = ""
    decimal_mark: Literal[".", ","] = "."


class Translate(_Op):
    """v1.2: replace characters by strings, all at once (``{"é": "e", "ß": "ss", "“": "\\""}``).

    Keys are single characters; no value may contain a key (so sequential and simultaneous
    replacement agree); at most 512 entries.
    """

    op: Literal["translate"] = "translate"
    input: str
    output: str
    mapping: dict[str, str] = Field(min_length=1, max_length=512)


class Floor(_Op):
    """v1.3: the largest integer not above the number (as float); null like ``safe_math`` operands
    (null, NaN/±Inf or outside the safe range). With ``safe_math`` it gives floor division and
    remainders: ``x - floor(x / 60) * 60``."""

    op: Literal["floor"] = "floor"
    input: str
    output: str


Op = Annotated[
    Trim | Case | CollapseWhitespace | RegexExtract | RegexSplit | Concat | MapDict | UnitConvert
    | DateParse | DateFormat | TypeCast | SafeMath | SelectWhen | Coalesce | Replace | Pad | Template
    | FormatNumber | Translate | Floor | ListSort | ListUnique | RegexExtractAll | HexToInt | IntToHex
    | EpochToDatetime | DatetimeToEpoch | RomanToInt | IntToRoman | Normalize | StripAccents | ListCount | ListGet
    | IntToOrdinal | OrdinalToInt | Time24To12 | Time12To24 | DmsToDecimal | ClockToUtc
    | DatePart | IntToWords | WordsToInt | Sign | Min | Max | TitleCase,
    Field(discriminator="op"),
]


class Pipeline(BaseModel):
    """An ordered list of ops from ``inputs`` to ``outputs``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    dsl_version: str = DSL_VERSION
    inputs: list[str] = Field(min_length=1)
    outputs: list[str] = Field(min_length=1)
    steps: list[Op] = Field(default_factory=list)
    #: optional logical types of ``inputs``; compilers use them for type_cast
    input_types: dict[str, LogicalType] | None = None

    def canonical_json(self) -> str:
        """Canonical JSON: sorted keys, compact separators, defaults included."""
        return json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False, allow_nan=False)

    def content_hash(self) -> str:
        """SHA-256 hex digest of :meth:`canonical_json`."""
        return hashlib.sha256(self.canonical_json().encode("utf-8")).hexdigest()

    def layers(self) -> list[list[int]]:
        """Step indexes grouped so that no step reads a column written in its own layer."""
        layers: list[list[int]] = [[]]
        produced: set[str] = set()
        for i, step in enumerate(self.steps):
            if produced & set(step.reads()):
                layers.append([])
                produced = set()
            layers[-1].append(i)
            produced |= set(step.writes())
        return [layer for layer in layers if layer]

    @classmethod
    def from_json(cls, data: str | bytes | dict[str, Any]) -> Pipeline:
        """Parse JSON (or a dict); malformed programs raise DSLReject naming the op/argument."""
        try:
            if isinstance(data, dict):
                return cls.model_validate(data)
            return cls.model_validate_json(data)
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = [str(x) for x in err["loc"]]
            step = int(loc[1]) if len(loc) > 1 and loc[0] == "steps" and loc[1].isdecimal() else None
            op = None
            raw = data if isinstance(data, dict) else _safe_loads(data)
            if step is not None and isinstance(raw, dict):
                try:
                    op = raw["steps"][step].get("op")
                except (KeyError, IndexError, AttributeError, TypeError):
                    op = None
            reason = err["msg"]
            if err["type"] == "union_tag_invalid":
                known = V1_OPS + V1_2_OPS + V1_3_OPS + V1_4_OPS + V1_5_OPS + V1_6_OPS + V1_7_OPS + V1_8_OPS
                reason = f"op {op!r} is not in the whitelist {list(known)}"
            raise DSLReject(f"invalid DSL program: {reason} at {'.'.join(loc)}", op=op, step=step,
                            argument=loc[-1] if loc else None) from None


def _safe_loads(data: str | bytes) -> Any:
    try:
        return json.loads(data)
    except ValueError:
        return None
