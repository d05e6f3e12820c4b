"""Typed failures (core.failures): structured constructor arguments, a message built by the class,
the taxonomy code and retry class of their base, ``details["reason"]`` kept, and they pickle."""

from __future__ import annotations

import pickle

import pytest

from core.errors import DeterministicFailure, ErrorCode, MapwrightError, RetryClass, TransientError
from core.failures import (
    ContextLengthExceeded,
    EmbeddingDimensionMismatch,
    MalformedResponse,
    MissingArtifact,
    SourceCredentials,
)

CASES: list[tuple[MapwrightError, str, str]] = [
    (MissingArtifact("R1", "catalog", "catalog"), "missing_artifact", "materialize `catalog` first"),
    (ContextLengthExceeded("openai:gpt", prompt_tokens=9000, context_length=8192, pre_send=True),
     "context_length_exceeded", "~9000 tokens does not fit openai:gpt (context 8192)"),
    (ContextLengthExceeded("openai:gpt", truncated=True), "context_length_exceeded", "cannot be truncated"),
    (EmbeddingDimensionMismatch("ollama:e", [256, 384], 256), "embedding_dimension_mismatch", "dimension [256, 384]"),
    (MalformedResponse("groq:m"), "malformed_body", "malformed response from groq:m"),
    (SourceCredentials("postgresql://db", "connect to", "password failed"), "credentials",
     "wrong credentials or database (password failed)"),
]


@pytest.mark.parametrize(("err", "reason", "text"), CASES, ids=lambda v: type(v).__name__ if isinstance(v, Exception)
                         else None)
def test_typed_failure_fields_message_and_pickle(err: MapwrightError, reason: str, text: str) -> None:
    assert err.details["reason"] == reason and text in err.message
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is type(err) and back.to_dict() == err.to_dict() and back.__dict__ == err.__dict__
    if isinstance(err, TransientError):
        assert err.code is ErrorCode.TRANSIENT_ERROR and err.retry is RetryClass.YES
    else:
        assert isinstance(err, DeterministicFailure) and err.retry is RetryClass.NO


def test_structured_attributes() -> None:
    err = ContextLengthExceeded("m", prompt_tokens=10, context_length=5, pre_send=True, provider="p")
    assert (err.prompt_tokens, err.context_length, err.details["pre_send"], err.details["provider"]) == (10, 5, True,
                                                                                                          "p")
    assert "pre_send" not in ContextLengthExceeded("m").details
