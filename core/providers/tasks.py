"""Structured tasks the pipeline asks a model, with their request/response schemas.

* ``classify_column`` — put a column into one of the candidate domains (or ``unknown``).
* ``propose_transform`` — propose DSL pipelines producing a target column from source columns.

Every provider (LLM or offline rules) answers with the same JSON, validated by
:func:`parse_task_output` against the response model (and, for pipelines, by the DSL validator
against the declared source types). Prompts embed the payload as JSON between fixed markers so the
output schema and the input are unambiguous for any model.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from core.errors import DeterministicFailure
from core.providers.models import Message
from dsl.models import DSL_LATEST, FEATURE_SELECT_WHEN, OP_SINCE, Op, Pipeline
from dsl.validate import validate_pipeline

PAYLOAD_START = "<<<PAYLOAD"
PAYLOAD_END = "PAYLOAD>>>"


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RegexHit(_M):
    """A named pattern and the share of (masked) values matching it."""

    pattern: str
    hit_rate: float = Field(ge=0, le=1)


class ColumnEvidence(_M):
    """Masked evidence about a column (no raw values ever)."""

    header_tokens: list[str] = Field(default_factory=list)
    regex_hits: list[RegexHit] = Field(default_factory=list)
    unit_cues: list[str] = Field(default_factory=list)
    value_sketches: list[str] = Field(default_factory=list)
    logical_type: str | None = None


class CandidateDomain(_M):
    """A catalog domain retrieved for the column, with its retrieval score."""

    domain_id: str
    description: str = ""
    aliases: list[str] = Field(default_factory=list)
    score: float = Field(default=0.0, ge=0, le=1)


class ClassifyColumnRequest(_M):
    """Input of ``classify_column``."""

    column_name: str
    table_name: str = ""
    evidence: ColumnEvidence = Field(default_factory=ColumnEvidence)
    candidates: list[CandidateDomain] = Field(default_factory=list)
    min_confidence: float = Field(default=0.5, ge=0, le=1)


class ClassifyColumnResponse(_M):
    """Output of ``classify_column``: a candidate's domain_id or ``unknown``."""

    domain_id: str
    confidence: float = Field(ge=0, le=1)
    rationale: str


class ColumnSpec(_M):
    """A column in a transform proposal request (examples are masked)."""

    name: str
    type: str = Field(description="declared DSL logical type (string, int, float, date, ...); never guessed")
    domain: str | None = None
    examples: list[str | None] = Field(default_factory=list)


class ExpectedExample(_M):
    """An expected input row -> output value pair."""

    inputs: dict[str, str | None]
    output: str | None


class ProposeTransformRequest(_M):
    """Input of ``propose_transform``."""

    target: ColumnSpec
    sources: list[ColumnSpec] = Field(min_length=1)
    expected: list[ExpectedExample] = Field(default_factory=list)
    max_proposals: int = Field(default=3, ge=1, le=10)


class TransformProposal(_M):
    """One proposed DSL pipeline (JSON form of ``dsl.models.Pipeline``)."""

    pipeline: dict[str, Any]
    confidence: float = Field(ge=0, le=1)
    rationale: str


class ProposeTransformResponse(_M):
    """Output of ``propose_transform``."""

    proposals: list[TransformProposal]


class TaskSpec(BaseModel):
    """A task's name, models, and instructions."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    name: str
    request_model: type[BaseModel]
    response_model: type[BaseModel]
    instructions: str

    def response_schema(self) -> dict[str, Any]:
        """JSON schema of the response (computed once per task)."""
        return _schema_of(self.response_model)


@lru_cache(maxsize=32)
def _schema_of(model: type[BaseModel]) -> dict[str, Any]:
    return model.model_json_schema()


@lru_cache(maxsize=32)
def _schema_text(name: str) -> str:
    return json.dumps(TASKS[name].response_schema(), sort_keys=True, separators=(",", ":"))


#: ops behind a feature flag: validation refuses them unless the caller enables the feature, and a
#: provider's proposal is validated without features, so the model is not offered them
GATED_OPS = frozenset({FEATURE_SELECT_WHEN})


def dsl_ops() -> list[str]:
    """Every op the DSL engine parses, in registry order: the discriminator values of ``dsl.models.Op``
    (the union the parser dispatches on, so a new op appears here the moment the DSL accepts it)."""
    union = get_args(Op)[0]
    return [str(m.model_fields["op"].default) for m in get_args(union)]


def ops_instruction() -> str:
    """The op list of the ``propose_transform`` instructions, generated from the DSL's registry: the
    v1.0 ops, then each later minor's ops with the ``dsl_version`` a pipeline using them must declare."""
    ops = [o for o in dsl_ops() if o not in GATED_OPS]
    base = [o for o in ops if o not in OP_SINCE]
    minors = sorted({OP_SINCE[o] for o in ops if o in OP_SINCE})
    parts = [f"DSL {DSL_LATEST} ops: {', '.join(base)}"]
    for major, minor in minors:
        added = [o for o in ops if OP_SINCE.get(o) == (major, minor)]
        parts.append(f"with dsl_version \"{major}.{minor}.0\" or later also {', '.join(added)}")
    return "; ".join(parts)


TASKS: dict[str, TaskSpec] = {
    "classify_column": TaskSpec(
        name="classify_column", request_model=ClassifyColumnRequest, response_model=ClassifyColumnResponse,
        instructions=("Classify the column into exactly one of the candidate domains using the masked evidence. "
                      "Answer domain_id 'unknown' when no candidate fits with confidence >= min_confidence."),
    ),
    "propose_transform": TaskSpec(
        name="propose_transform", request_model=ProposeTransformRequest, response_model=ProposeTransformResponse,
        instructions=(f"Propose Transform DSL pipelines ({ops_instruction()}) whose inputs are "
                      "source column names and whose single output is the target column name. Examples are "
                      "masked (placeholders or shapes); never write a personal value into a pipeline."),
    ),
}

TaskName = Literal["classify_column", "propose_transform"]


def task_spec(name: str) -> TaskSpec:
    """The spec of a task (DETERMINISTIC_FAILURE if unknown)."""
    try:
        return TASKS[name]
    except KeyError:
        raise DeterministicFailure(f"unknown structured task {name!r}; known {sorted(TASKS)}") from None


def render_messages(name: str, payload: BaseModel, *, strict_reminder: bool = False) -> list[Message]:
    """System + user messages for a task; the payload is embedded as canonical JSON."""
    spec = task_spec(name)
    schema = _schema_text(name)
    system = (f"You are mapwright's {name} engine. {spec.instructions} "
              f"Reply with one JSON object matching this JSON schema and nothing else: {schema}")
    if strict_reminder:
        system += " Your previous answer was not valid JSON for the schema. Output only the JSON object."
    body = json.dumps(payload.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    user = f"task={name}\n{PAYLOAD_START}\n{body}\n{PAYLOAD_END}"
    return [Message(role="system", content=system), Message(role="user", content=user)]


def extract_payload(text: str) -> dict[str, Any] | None:
    """The JSON payload embedded by :func:`render_messages` (used by wire fakes and tests)."""
    m = re.search(re.escape(PAYLOAD_START) + r"\s*(.*?)\s*" + re.escape(PAYLOAD_END), text, re.S)
    if not m:
        return None
    try:
        data = json.loads(m.group(1))
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


_FENCE = re.compile(r"^```(?:json)?\s*(.*?)\s*```$", re.S)


def _loads_object(text: str) -> dict[str, Any]:
    s = text.strip()
    fence = _FENCE.match(s)
    if fence:
        s = fence.group(1)
    if not s.startswith("{"):
        start, end = s.find("{"), s.rfind("}")
        if start < 0 or end <= start:
            raise ValueError("no JSON object in output")
        s = s[start:end + 1]
    data = json.loads(s)
    if not isinstance(data, dict):
        raise ValueError("output JSON is not an object")
    return data


class SchemaInvalid(DeterministicFailure):
    """A model's output does not validate against the task schema (retried, then rules)."""


def _check_pipelines(resp: ProposeTransformResponse, req: ProposeTransformRequest | None) -> None:
    """Parse every proposed pipeline; with the request, type-check it against the source columns' declared
    types. An input that is not a source column is refused, never given a guessed type (dsl/README.md)."""
    types = {s.name: s.type for s in req.sources} if req else None
    for i, p in enumerate(resp.proposals):
        pipe = Pipeline.from_json(p.pipeline)
        if types is not None:
            unknown = [n for n in pipe.inputs if n not in types]
            if unknown:
                raise ValueError(f"proposal {i} reads {unknown}, which are not source columns of the request")
            validate_pipeline(pipe, {n: types[n] for n in pipe.inputs})
        if req is not None and req.target.name not in pipe.outputs:
            raise ValueError(f"proposal {i} does not output target column {req.target.name!r}")


def parse_task_output(name: str, text: str, request: BaseModel | None = None) -> BaseModel:
    """Validate a model's text output for task ``name``; raise :class:`SchemaInvalid` when bad.

    For ``classify_column`` the domain must be ``unknown`` or one of the request's candidates;
    for ``propose_transform`` every pipeline must parse and type-check with the DSL.
    """
    spec = task_spec(name)
    try:
        resp = spec.response_model.model_validate(_loads_object(text))
        if isinstance(resp, ClassifyColumnResponse) and isinstance(request, ClassifyColumnRequest):
            allowed = {c.domain_id for c in request.candidates} | {"unknown"}
            if resp.domain_id not in allowed:
                raise ValueError(f"domain {resp.domain_id!r} is not a candidate")
        if isinstance(resp, ProposeTransformResponse):
            _check_pipelines(resp, request if isinstance(request, ProposeTransformRequest) else None)
    except (ValueError, ValidationError) as exc:
        raise SchemaInvalid(f"{name}: output does not match the schema: {exc}", task=name) from None
    except Exception as exc:  # DSLReject from the validator
        if getattr(exc, "code", None) == "DSL_REJECT":
            raise SchemaInvalid(f"{name}: proposed pipeline rejected: {exc}", task=name) from None
        raise
    return resp
