"""Anthropic's Messages API: ``/v1/messages``, whole and streamed.

An answer is a list of content blocks (``text``, ``thinking``, ``tool_use``); a stream is
typed events: ``message_start``, then per block ``content_block_start`` / ``_delta`` /
``_stop``, then ``message_delta`` (the ``stop_reason``) and ``message_stop``. A text's key is
``(block index, field, 0)``, so each block is one channel that its ``content_block_stop``
ends. A block answers with ``stop_reason: "refusal"``; a cut stream closes its open blocks
and ends with a ``message_delta`` carrying that stop reason and the guard's decision.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from .base import Format, Slot, content_slots, earlier_answer, string_slots

__all__ = ["Messages"]

# A block's type → (the field holding its text, the key's field, the delta that streams it).
BLOCKS = {
    "text": ("text", "text", "text_delta"),
    "thinking": ("thinking", "thinking", "thinking_delta"),
}
DELTAS = {
    "text_delta": ("text", "text"),
    "thinking_delta": ("thinking", "thinking"),
    "input_json_delta": ("partial_json", "arguments"),
}
FIELD_DELTAS = {key_field: (delta, field) for delta, (field, key_field) in DELTAS.items()}

Key = tuple[int, str, int]


def _new_id() -> str:
    return f"msg_guard{uuid.uuid4().hex[:24]}"


def block_slots(base: tuple[str | int, ...], block: Any, index: int) -> list[Slot]:
    """The texts of one answer content block (number ``index``)."""
    if not isinstance(block, dict):
        return []
    kind = block.get("type")
    if kind in BLOCKS:
        field, key_field, _ = BLOCKS[kind]
        text = block.get(field)
        return [Slot((*base, field), text, (index, key_field, 0))] if isinstance(text, str) else []
    if kind in ("tool_use", "server_tool_use") and isinstance(block.get("input"), dict):
        return string_slots((*base, "input"), block["input"], (index, "arguments", 0))
    return []


def _user_block_slots(path: tuple[str | int, ...], block: dict[str, Any]) -> list[Slot]:
    """Texts a user-side block carries beside a ``text`` part: tool results, search results,
    documents (plain text or content blocks) and their titles and context."""
    slots: list[Slot] = []
    if block.get("type") in ("tool_result", "search_result"):
        slots += content_slots((*path, "content"), block.get("content"))
    source = block.get("source")
    if isinstance(source, dict) and source.get("type") == "text":
        slots += content_slots((*path, "source", "data"), source.get("data"))
    if isinstance(source, dict) and source.get("type") == "content":
        slots += content_slots((*path, "source", "content"), source.get("content"))
    for name in ("title", "context"):
        if block.get("type") in ("document", "search_result"):
            slots += content_slots((*path, name), block.get(name))
    return slots


ANTHROPIC_ERRORS = frozenset(
    {
        "invalid_request_error",
        "authentication_error",
        "permission_error",
        "not_found_error",
        "rate_limit_error",
        "api_error",
        "overloaded_error",
    }
)


class Messages(Format):
    name = "anthropic.messages"

    def understands(self, answer: Any) -> bool:
        return isinstance(answer, dict) and (
            answer.get("type") == "message" or isinstance(answer.get("content"), list)
        )

    def json_mode(self, body: dict[str, Any]) -> bool:
        for holder in (body.get("output_format"), body.get("output_config")):
            if isinstance(holder, dict):
                fmt = holder.get("format", holder)
                if isinstance(fmt, dict) and fmt.get("type") == "json_schema":
                    return True
        return False

    def request_slots(self, body: dict[str, Any]) -> list[Slot]:
        slots = content_slots(("system",), body.get("system"))
        messages = body.get("messages") or []
        for i, message in enumerate(messages):
            if not isinstance(message, dict) or earlier_answer(messages, i):
                continue
            content = message.get("content")
            slots += content_slots(("messages", i, "content"), content)
            if not isinstance(content, list):
                continue
            for j, block in enumerate(content):
                if isinstance(block, dict):
                    slots += _user_block_slots(("messages", i, "content", j), block)
        return slots

    def response_slots(self, body: dict[str, Any]) -> list[Slot]:
        slots: list[Slot] = []
        for i, block in enumerate(body.get("content") or []):
            slots += block_slots(("content", i), block, i)
        return slots

    def event_name(self, chunk: dict[str, Any]) -> str | None:
        return str(chunk.get("type") or "message")

    def chunk_slots(self, chunk: dict[str, Any]) -> list[Slot]:
        kind = chunk.get("type")
        index = chunk.get("index")
        if kind == "content_block_delta" and isinstance(index, int):
            delta = chunk.get("delta")
            if isinstance(delta, dict) and delta.get("type") in DELTAS:
                field, key_field = DELTAS[delta["type"]]
                text = delta.get(field)
                if isinstance(text, str):
                    return [Slot(("delta", field), text, (index, key_field, 0))]
            return []
        if kind == "content_block_start" and isinstance(index, int):
            return block_slots(("content_block",), chunk.get("content_block"), index)
        if kind == "message_start" and isinstance(chunk.get("message"), dict):
            content = chunk["message"].get("content") or []
            slots: list[Slot] = []
            for i, block in enumerate(content if isinstance(content, list) else []):
                slots += block_slots(("message", "content", i), block, i)
            return slots
        return []

    def plain_text_slot(self, chunk: dict[str, Any]) -> Slot | None:
        """A ``content_block_delta`` that carries one ``text_delta`` and nothing else."""
        if set(chunk) != {"type", "index", "delta"} or chunk["type"] != "content_block_delta":
            return None
        delta = chunk["delta"]
        if not isinstance(delta, dict) or set(delta) != {"type", "text"}:
            return None
        slots = self.chunk_slots(chunk) if delta["type"] == "text_delta" else []
        return slots[0] if len(slots) == 1 else None

    def chunk_choices(self, chunk: dict[str, Any]) -> list[tuple[int, str | None]]:
        index = chunk.get("index")
        kind = chunk.get("type")
        if not isinstance(index, int) or not str(kind).startswith("content_block_"):
            return []
        return [(index, "end" if kind == "content_block_stop" else None)]

    def ends_stream(self, chunk: dict[str, Any]) -> bool:
        return chunk.get("type") == "message_delta"

    def drop_logprobs(self, obj: dict[str, Any], path: tuple[str | int, ...]) -> None:
        return None

    def put_text(self, chunk: dict[str, Any], key: Key, text: str) -> bool:
        return False  # text travels only in content_block_delta events: one of its own

    def text_chunks(
        self, template: dict[str, Any] | None, texts: dict[Key, str]
    ) -> list[dict[str, Any]]:
        chunks = []
        for (index, key_field, _), text in texts.items():
            delta_type, field = FIELD_DELTAS.get(key_field, ("text_delta", "text"))
            chunks.append(
                {
                    "type": "content_block_delta",
                    "index": index,
                    "delta": {"type": delta_type, field: text},
                }
            )
        return chunks

    def object_chunk(
        self, template: dict[str, Any] | None, name: str, value: Any
    ) -> dict[str, Any]:
        return {**self._message_delta(None), name: value}

    def attach(self, chunks: Sequence[dict[str, Any]], name: str, value: Any) -> None:
        deltas = [c for c in chunks if c.get("type") == "message_delta"]
        (deltas[-1] if deltas else chunks[-1])[name] = value

    def stream_error(self, code: str, message: str) -> dict[str, Any]:
        return {"type": "error", "error": {"type": "api_error", "message": message}}

    def error(self, status: int, code: str, message: str, error_type: str) -> dict[str, Any]:
        kind = error_type if error_type in ANTHROPIC_ERRORS else "api_error"
        return {"type": "error", "error": {"type": kind, "message": message}}

    @staticmethod
    def _message_delta(stop_reason: str | None) -> dict[str, Any]:
        return {
            "type": "message_delta",
            "delta": {"stop_reason": stop_reason, "stop_sequence": None},
            "usage": {"output_tokens": 0},
        }

    @staticmethod
    def _text_block_events(index: int, text: str) -> list[dict[str, Any]]:
        return [
            {
                "type": "content_block_start",
                "index": index,
                "content_block": {"type": "text", "text": ""},
            },
            {
                "type": "content_block_delta",
                "index": index,
                "delta": {"type": "text_delta", "text": text},
            },
            {"type": "content_block_stop", "index": index},
        ]

    def blocked_response(self, body: dict[str, Any], message: str) -> dict[str, Any]:
        return {
            **body,
            "content": [{"type": "text", "text": message}],
            "stop_reason": "refusal",
            "stop_sequence": None,
        }

    def refusal_response(self, request: dict[str, Any], message: str) -> dict[str, Any]:
        return {
            "id": _new_id(),
            "type": "message",
            "role": "assistant",
            "model": str(request.get("model") or "unknown"),
            "content": [{"type": "text", "text": message}],
            "stop_reason": "refusal",
            "stop_sequence": None,
            "usage": {"input_tokens": 0, "output_tokens": 0},
        }

    def refusal_chunks(self, request: dict[str, Any], message: str) -> list[dict[str, Any]]:
        shell = {**self.refusal_response(request, message), "content": [], "stop_reason": None}
        return [
            {"type": "message_start", "message": shell},
            *self._text_block_events(0, message),
            self._message_delta("refusal"),
            {"type": "message_stop"},
        ]

    def final_chunk(
        self,
        template: dict[str, Any] | None,
        choices: Sequence[int],
        notice: str | None,
        finish_reason: str | None = "content_filter",
    ) -> dict[str, Any]:
        return self._message_delta("refusal" if finish_reason else None)

    def final_chunks(
        self,
        template: dict[str, Any] | None,
        choices: Sequence[int],
        notice: str | None,
        open_channels: Sequence[Key] = (),
    ) -> list[dict[str, Any]]:
        chunks = [
            {"type": "content_block_stop", "index": index}
            for index in sorted({key[0] for key in open_channels})
        ]
        if notice:
            chunks += self._text_block_events(max(choices, default=-1) + 1, notice)
        return [*chunks, self._message_delta("refusal"), {"type": "message_stop"}]
