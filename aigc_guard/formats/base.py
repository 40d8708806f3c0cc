"""The wire-format contract: find the texts in a body, put texts back, build refusals.

Formats know nothing of policies: they move strings in and out of JSON objects.
"""

from __future__ import annotations

import abc
import re
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..framing import SSE, Framing
from ..sse import Event

if TYPE_CHECKING:
    from ..responders import StreamResponder

__all__ = [
    "METADATA_KEYS",
    "Format",
    "JSONPath",
    "Slot",
    "content_slots",
    "get_path",
    "only_identifiers_besides",
    "other_slots",
    "set_path",
    "strip_unscanned",
]

JSONPath = tuple[str | int, ...]
PLAIN_TOP_LEVEL = frozenset(
    {"id", "object", "created", "model", "system_fingerprint", "service_tier", "choices"}
)
# Keys whose string values are identifiers, names or enums, not text a model wrote. Every
# other string of an answer is text: scanned in a whole answer, removed from a stream event
# unless the format streams it through the guard (docs/ARCHITECTURE.md, "Every text field").
METADATA_KEYS = frozenset(
    {
        "id",
        "object",
        "model",
        "system_fingerprint",
        "service_tier",
        "role",
        "type",
        "finish_reason",
        "native_finish_reason",
        "stop_reason",
        "status",
        "item_id",
        "call_id",
        "tool_call_id",
        "name",
        "provider",
        "code",
        "param",
        "format",
        "encrypted_content",
        "signature",
        "ContentProducer",
        "ProduceID",
        "ReservedCode1",
        "ContentPropagator",
        "PropagateID",
        "ReservedCode2",
        "Label",
        "message",
        "reason",
        "effort",
        "truncation",
        "tool_choice",
        "verbosity",
        "previous_response_id",
        "prompt_cache_key",
        "safety_identifier",
        "user",
        # Anthropic, Gemini and Ollama
        "stop_sequence",
        "tool_use_id",
        "media_type",
        "finishReason",
        "blockReason",
        "modelVersion",
        "responseId",
        "mimeType",
        "category",
        "probability",
        "severity",
        "created_at",
        "createTime",
        "done_reason",
    }
)
MAX_METADATA_CHARS = 256
# Opaque tokens an API hands back to be replayed (thinking signatures, encrypted reasoning,
# inline media): long and only base64, so they carry no readable text. A short one (a word,
# a phone number) is read like any other string.
OPAQUE_KEYS = frozenset({"signature", "encrypted_content", "thoughtSignature", "data"})
_OPAQUE = re.compile(r"[A-Za-z0-9+/=_.-]*")
MIN_OPAQUE_CHARS = 100
MAX_OPAQUE_CHARS = 1 << 20


@dataclass(frozen=True)
class Slot:
    """One text inside a JSON body: where it is, what it is, and the choice it belongs to.

    ``key`` names the text stream it belongs to across SSE chunks (choice, field, tool call).
    """

    path: JSONPath
    text: str
    key: tuple[int, str, int] = (0, "content", 0)
    whole: bool = False  # a stream carries this text whole (a tool call's argument value)

    @property
    def choice(self) -> int:
        return self.key[0]

    @property
    def is_arguments(self) -> bool:
        return self.key[1] == "arguments"


def get_path(obj: Any, path: JSONPath) -> Any:
    for part in path:
        obj = obj[part]
    return obj


def set_path(obj: Any, path: JSONPath, value: Any) -> None:
    for part in path[:-1]:
        obj = obj[part]
    obj[path[-1]] = value


def earlier_answer(messages: Sequence[Any], i: int, role: str = "assistant") -> bool:
    """Whether ``messages[i]`` is one of the model's earlier answers, which a request's reading
    leaves out (a refusal that named a harm must not taint the next question). A last one is a
    prefill the client wrote for the model to continue, and is read."""
    message = messages[i]
    return isinstance(message, dict) and message.get("role") == role and i < len(messages) - 1


def content_slots(path: JSONPath, content: Any) -> list[Slot]:
    """The texts of a request message's ``content``: a string, or parts with ``text``."""
    if isinstance(content, str):
        return [Slot(path, content)]
    if not isinstance(content, list):
        return []
    return [
        Slot((*path, j, "text"), part["text"])
        for j, part in enumerate(content)
        if isinstance(part, dict) and isinstance(part.get("text"), str)
    ]


def _is_metadata(path: JSONPath, value: str) -> bool:
    if not path:
        return False
    if path[-1] in OPAQUE_KEYS and MIN_OPAQUE_CHARS <= len(value) <= MAX_OPAQUE_CHARS:
        return _OPAQUE.fullmatch(value) is not None
    return path[-1] in METADATA_KEYS and len(value) <= MAX_METADATA_CHARS


def string_slots(base: JSONPath, value: Any, key: tuple[int, str, int]) -> list[Slot]:
    """Every string inside a structured value (a tool call's ``args``), each a whole slot."""
    return [
        Slot((*base, *path), text, key, whole=True)
        for path, text in _strings(value)
        if not _is_metadata(path, text)
    ]


def _strings(obj: Any) -> list[tuple[JSONPath, str]]:
    """Every string in a JSON value with its path (iterative; order of appearance)."""
    found: list[tuple[JSONPath, str]] = []
    stack: list[tuple[JSONPath, Any]] = [((), obj)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, str):
            found.append((path, node))
            continue
        if isinstance(node, dict):
            children: Any = reversed(node.items())
        elif isinstance(node, list):
            children = zip(range(len(node) - 1, -1, -1), reversed(node), strict=True)
        else:
            continue
        for key, child in children:  # numbers, booleans and nulls hold no text: not stacked
            if isinstance(child, str | dict | list):
                stack.append(((*path, key), child))
    return found


def other_slots(answer: dict[str, Any], known: list[Slot]) -> list[Slot]:
    """Every text of a whole answer that no format slot names (an extra field, a refusal a
    format does not know, log-probability alternatives, annotation titles): scanned like the
    rest, so no field an upstream adds goes out unread."""
    taken = {slot.path for slot in known}
    slots: list[Slot] = []
    for path, value in _strings(answer):
        if path in taken or _is_metadata(path, value):
            continue
        choice = path[1] if len(path) > 1 and path[0] == "choices" else 0
        index = choice if isinstance(choice, int) else 0
        slots.append(Slot(path, value, (index, "other", len(slots))))
    return slots


def only_identifiers_besides(event: dict[str, Any], path: JSONPath) -> bool:
    """Whether every string of ``event`` but the text at ``path`` is an identifier or enum
    (what :func:`strip_unscanned` keeps): only then may the event go out without it."""
    return all(not value or at == path or _is_metadata(at, value) for at, value in _strings(event))


def strip_unscanned(event: dict[str, Any], scanned: set[JSONPath]) -> int:
    """Remove from a stream event every text the guard did not stream through its checks
    (``scanned``: the paths it did), keeping identifiers and enums; returns how many went.

    Log-probabilities are kept (their tokens repeat the delta, and go when the delta is
    changed: ``Format.drop_logprobs``) but their ``top_logprobs`` alternatives are emptied:
    tokens the model did not choose, spread over events, are text the guard never sees whole.
    """
    removed = 0
    for path, value in _strings(event):
        if not value or path in scanned or _is_metadata(path, value):
            continue
        if "logprobs" in path and "top_logprobs" not in path:
            continue
        if "top_logprobs" in path:
            index = path.index("top_logprobs")
            holder = get_path(event, path[: index + 1])
            if holder:
                removed += len(holder)
                holder.clear()
            continue
        parent = get_path(event, path[:-1])
        if isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = ""
        removed += 1
    return removed


def new_completion_id(prefix: str) -> str:
    return f"{prefix}-guard-{uuid.uuid4().hex[:24]}"


class Format(abc.ABC):
    """One API's wire format: where its texts are, how its streams end, how it refuses.

    The middleware and the responders hold no format-specific branches: everything that
    differs between APIs is a method here. A stream is a sequence of JSON objects
    ("chunks") in a framing (:mod:`aigc_guard.framing`); a chunk's texts are
    :class:`Slot` s whose ``key`` names the channel (choice or block, field, part) the text
    continues across chunks.
    """

    name: str
    framing: Framing = SSE  # how streams the guard makes itself (input refusals) are framed
    done_data: str | None = None  # an SSE data line after the last chunk (OpenAI: [DONE])

    def wants_stream(self, path: str, body: dict[str, Any], query: str = "") -> bool:
        """Whether the request (its path, body and query string) asks for a stream."""
        return body.get("stream") is True

    def json_mode(self, body: dict[str, Any]) -> bool:
        """Whether the request asks for JSON output (no visible label goes into it)."""
        response_format = body.get("response_format")
        return isinstance(response_format, dict) and response_format.get("type") in (
            "json_object",
            "json_schema",
        )

    def whole_body(self, answer: dict[str, Any], path: str) -> Any:
        """The body a request on ``path`` gets when the guard answers it whole."""
        return answer

    def understands(self, answer: Any) -> bool:
        """Whether a whole 2xx answer is in this format (else it is ``unscanned``)."""
        return isinstance(answer, dict) and isinstance(answer.get("choices"), list)

    def stream_responder(self) -> type[StreamResponder]:
        """The responder that guards this format's streams."""
        from ..responders import StreamResponder

        return StreamResponder

    def event_name(self, chunk: dict[str, Any]) -> str | None:
        """The SSE ``event:`` a chunk the guard writes carries (typed-event APIs)."""
        return None

    def ends_stream(self, chunk: dict[str, Any]) -> bool:
        """Whether every channel ends before this chunk (the held tails and the signed
        implicit label go out before it, the signed label inside it)."""
        return False

    def error(self, status: int, code: str, message: str, error_type: str) -> dict[str, Any]:
        """A refusal of the whole request (a suspended user, a minor's budget spent) as the
        API's clients read errors."""
        return {"error": {"message": message, "type": error_type, "param": None, "code": code}}

    def stream_error(self, code: str, message: str) -> dict[str, Any]:
        """The chunk that tells a client its stream broke off, in the API's own words."""
        return {"error": {"message": message, "type": "aigc_guard_error", "code": code}}

    def attach(self, chunks: Sequence[dict[str, Any]], name: str, value: Any) -> None:
        """Put the guard's ``aigc_guard`` decision or the ``aigc`` label into the chunks that
        end a stream (by default the last)."""
        chunks[-1][name] = value

    def object_chunk(
        self, template: dict[str, Any] | None, name: str, value: Any
    ) -> dict[str, Any]:
        """A chunk that carries only ``name`` (the signed label at the end of a stream)."""
        chunk = self.blank_chunk(template)
        chunk[name] = value
        return chunk

    def final_chunks(
        self,
        template: dict[str, Any] | None,
        choices: Sequence[int],
        notice: str | None,
        open_channels: Sequence[tuple[int, str, int]] = (),
    ) -> list[dict[str, Any]]:
        """The chunks that end a cut stream; the decision goes into the last (``attach``)."""
        return [self.final_chunk(template, choices, notice)]

    def encode_stream(self, chunks: Sequence[dict[str, Any]]) -> bytes:
        """A whole stream made by the guard (a refusal) as wire bytes."""
        out = b"".join(self.framing.encode_object(c, self.event_name(c)) for c in chunks)
        if self.done_data is not None and self.framing is SSE:
            out += self.framing.encode(Event([("data", self.done_data)]))
        return out

    @abc.abstractmethod
    def request_slots(self, body: dict[str, Any]) -> list[Slot]:
        """Texts of the request the guard scans (the user's side of the conversation)."""

    def unread_input(self, body: dict[str, Any]) -> str | None:
        """Input the model reads that the guard cannot (token ids): what it is, or ``None``."""
        return None

    @abc.abstractmethod
    def response_slots(self, body: dict[str, Any]) -> list[Slot]:
        """Texts of a whole (non-streamed) response."""

    @abc.abstractmethod
    def chunk_slots(self, chunk: dict[str, Any]) -> list[Slot]:
        """Texts of one streamed chunk."""

    def plain_text_slot(self, chunk: dict[str, Any]) -> Slot | None:
        """The one text of a chunk that carries nothing else (no role, finish, usage, tool
        call or logprobs): such chunks may be merged when several arrive together."""
        choices = chunk.get("choices")
        if not isinstance(choices, list) or len(choices) != 1 or not set(chunk) <= PLAIN_TOP_LEVEL:
            return None
        choice = choices[0]
        if not isinstance(choice, dict) or choice.get("finish_reason") is not None:
            return None
        if choice.get("logprobs") is not None or not set(choice) <= self.plain_choice_keys:
            return None
        slots = self.chunk_slots(chunk)
        if len(slots) != 1 or slots[0].key[1] == "arguments":
            return None
        return slots[0]

    plain_choice_keys: frozenset[str] = frozenset()

    def drop_logprobs(self, obj: dict[str, Any], path: JSONPath) -> None:
        """Log-probabilities repeat a text token by token: once the text at ``path`` was
        changed or held back, its choice's must not go out."""
        if len(path) >= 2 and path[0] == "choices":
            choice = get_path(obj, path[:2])
            if isinstance(choice, dict) and choice.get("logprobs") is not None:
                choice["logprobs"] = None

    def chunk_choices(self, chunk: dict[str, Any]) -> list[tuple[int, str | None]]:
        """``(index, finish_reason)`` of each choice in a chunk."""
        return [
            (c.get("index", i), c.get("finish_reason"))
            for i, c in enumerate(chunk.get("choices") or [])
            if isinstance(c, dict)
        ]

    @abc.abstractmethod
    def blocked_response(self, body: dict[str, Any], message: str) -> dict[str, Any]:
        """A whole response whose every choice is replaced by ``message``."""

    @abc.abstractmethod
    def refusal_response(self, request: dict[str, Any], message: str) -> dict[str, Any]:
        """A whole response answering ``request`` with ``message``, made without the model."""

    @abc.abstractmethod
    def refusal_chunks(self, request: dict[str, Any], message: str) -> list[dict[str, Any]]:
        """Streamed chunks answering ``request`` with ``message`` (last: content_filter)."""

    @abc.abstractmethod
    def final_chunk(
        self,
        template: dict[str, Any] | None,
        choices: Sequence[int],
        notice: str | None,
        finish_reason: str | None = "content_filter",
    ) -> dict[str, Any]:
        """The chunk that ends a cut stream, with the stream's own id, model and created."""

    @abc.abstractmethod
    def put_text(self, chunk: dict[str, Any], key: tuple[int, str, int], text: str) -> bool:
        """Append ``text`` to the text of ``key`` in a chunk, creating its place if needed;
        False when this chunk cannot carry text (it goes in its own chunk before)."""

    def text_chunks(
        self, template: dict[str, Any] | None, texts: dict[tuple[int, str, int], str]
    ) -> list[dict[str, Any]]:
        """Chunks with the stream's identity that carry ``texts`` and finish nothing."""
        chunk = self.blank_chunk(template)
        for key, text in texts.items():
            self.put_text(chunk, key, text)
        return [chunk]

    def blank_chunk(self, template: dict[str, Any] | None) -> dict[str, Any]:
        """A chunk with the stream's identity that carries no text and finishes nothing."""
        chunk = self.final_chunk(template, [], None, None)
        chunk["choices"] = []
        return chunk

    @staticmethod
    def _choice(chunk: dict[str, Any], index: int, empty: dict[str, Any]) -> dict[str, Any]:
        choices = chunk.setdefault("choices", [])
        for choice in choices:
            if isinstance(choice, dict) and choice.get("index") == index:
                return choice
        choice = {"index": index, **empty}
        choices.append(choice)
        return choice

    @staticmethod
    def _stream_identity(template: dict[str, Any] | None, prefix: str, obj: str) -> dict[str, Any]:
        template = template or {}
        identity: dict[str, Any] = {
            "id": template.get("id") or new_completion_id(prefix),
            "object": template.get("object") or obj,
            "created": template.get("created") or int(time.time()),
            "model": template.get("model") or "unknown",
        }
        if "system_fingerprint" in template:
            identity["system_fingerprint"] = template["system_fingerprint"]
        return identity
