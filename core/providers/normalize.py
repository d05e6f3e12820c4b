"""Parameter normalization shared by every provider path (§15 conformance matrix).

One function decides temperature, top_p, stop, max_tokens and truncation for every provider, so
swapping providers never changes what is asked. Adapters only translate the normalized values
into their wire names (``stop`` -> ``stop_sequences``, ``max_tokens`` -> ``num_predict``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from core.failures import ContextLengthExceeded
from core.providers.models import InferenceParams, Message
from core.providers.registry import ModelSpec

MAX_STOP = 4
MIN_TOP_P = 0.01
MIN_OUTPUT_TOKENS = 16

Estimator = Callable[[Sequence[Message]], int]


def _clean_stop(stop: Sequence[str]) -> list[str]:
    out: list[str] = []
    for s in stop:
        if s and s not in out:
            out.append(s)
    return out[:MAX_STOP]


def _truncate(messages: list[Message], excess_tokens: int) -> list[Message]:
    """Drop ~``excess_tokens`` worth of characters from the start of the longest user message."""
    idx = max((i for i, m in enumerate(messages) if m.role == "user"),
              key=lambda i: len(messages[i].content), default=None)
    if idx is None:
        return messages
    content = messages[idx].content
    cut = min(len(content), excess_tokens * 4 + 16)
    out = list(messages)
    out[idx] = Message(role="user", content=content[cut:])
    return out


def normalize(params: InferenceParams, model: ModelSpec, messages: list[Message],
              estimate: Estimator) -> tuple[InferenceParams, list[Message], int]:
    """Return (normalized params, possibly truncated messages, prompt token estimate).

    Raises DETERMINISTIC_FAILURE (``reason=context_length_exceeded``, ``pre_send=True``) when the
    prompt does not fit the model's context window and ``truncation == "error"``.
    """
    prompt = estimate(messages)
    room = model.context_length - prompt
    if room < MIN_OUTPUT_TOKENS:
        if params.truncation == "error":
            raise ContextLengthExceeded(model.tag, prompt_tokens=prompt, context_length=model.context_length,
                                        pre_send=True, provider=model.provider, model=model.id)
        messages = _truncate(messages, MIN_OUTPUT_TOKENS - room + min(params.max_tokens, model.max_output_tokens))
        prompt = estimate(messages)
        room = model.context_length - prompt
        if room < MIN_OUTPUT_TOKENS:
            raise ContextLengthExceeded(model.tag, truncated=True, pre_send=True)
    norm = InferenceParams(
        temperature=min(1.0, max(0.0, params.temperature)),
        top_p=min(1.0, max(MIN_TOP_P, params.top_p)),
        stop=_clean_stop(params.stop),
        max_tokens=max(1, min(params.max_tokens, model.max_output_tokens, room)),
        truncation=params.truncation,
    )
    return norm, messages, prompt
