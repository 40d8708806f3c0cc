"""The OpenAI Responses API: ``/v1/responses``, whole and streamed.

A response's ``output`` is a list of items: messages (``output_text`` and ``refusal`` parts),
function calls (``arguments``) and reasoning (``summary`` texts). A text's key is
``(output_index, field, part_index)``, the same in whole responses and in stream events, so
the labels and the stream guard treat each part as one channel. Streams are typed events
(``response.output_text.delta`` …); ``responses_stream`` guards them.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..framing import SSE
from .base import Format, Slot, content_slots, get_path

if TYPE_CHECKING:
    from ..responders import StreamResponder

__all__ = [
    "PART_FIELDS",
    "Responses",
    "event_bytes",
    "item_texts",
    "message_events",
    "message_item",
]

# An output part's type → (the field holding its text, the key's field name).
PART_FIELDS = {"output_text": ("text", "text"), "refusal": ("refusal", "refusal")}
INPUT_ROLES = frozenset({"user", "system", "developer"})
TOOL_OUTPUTS = frozenset({"function_call_output", "custom_tool_call_output"})


def _new_id(prefix: str) -> str:
    return f"{prefix}_guard{uuid.uuid4().hex[:24]}"


Key = tuple[int, str, int]
ItemPath = tuple[str | int, ...]


def item_texts(item: dict[str, Any], index: int) -> list[tuple[ItemPath, Key]]:
    """``(path within the item, key)`` of every text field of output item number ``index``."""
    texts: list[tuple[ItemPath, Key]] = []
    kind = item.get("type")
    if kind == "message":
        for j, part in enumerate(item.get("content") or []):
            if isinstance(part, dict) and part.get("type") in PART_FIELDS:
                field, key_field = PART_FIELDS[part["type"]]
                texts.append((("content", j, field), (index, key_field, j)))
    elif kind in ("function_call", "custom_tool_call"):
        field = "arguments" if kind == "function_call" else "input"
        texts.append(((field,), (index, "arguments", 0)))
    elif kind == "reasoning":
        for j, part in enumerate(item.get("summary") or []):
            if isinstance(part, dict):
                texts.append((("summary", j, "text"), (index, "reasoning", j)))
        for j, part in enumerate(item.get("content") or []):
            if isinstance(part, dict):
                texts.append((("content", j, "text"), (index, "reasoning_text", j)))
    return texts


def message_item(message: str, status: str = "completed") -> dict[str, Any]:
    """An assistant message output item with one ``output_text`` part."""
    return {
        "type": "message",
        "id": _new_id("msg"),
        "status": status,
        "role": "assistant",
        "content": [{"type": "output_text", "text": message, "annotations": []}],
    }


class Responses(Format):
    name = "responses"

    def understands(self, answer: Any) -> bool:
        return isinstance(answer, dict) and (
            isinstance(answer.get("output"), list) or answer.get("object") == "response"
        )

    def json_mode(self, body: dict[str, Any]) -> bool:
        text = body.get("text")
        fmt = text.get("format") if isinstance(text, dict) else None
        return isinstance(fmt, dict) and fmt.get("type") in ("json_object", "json_schema")

    def stream_responder(self) -> type[StreamResponder]:
        from ..responses_stream import ResponsesSSEResponder

        return ResponsesSSEResponder

    def event_name(self, chunk: dict[str, Any]) -> str | None:
        return str(chunk.get("type") or "message")

    def attach(self, chunks: Sequence[dict[str, Any]], name: str, value: Any) -> None:
        holder = chunks[-1].get("response")
        (holder if isinstance(holder, dict) else chunks[-1])[name] = value

    def request_slots(self, body: dict[str, Any]) -> list[Slot]:
        slots: list[Slot] = []
        if isinstance(body.get("instructions"), str):
            slots.append(Slot(("instructions",), body["instructions"]))
        slots.extend(_variable_slots(body.get("prompt")))
        given = body.get("input")
        if isinstance(given, str):
            slots.append(Slot(("input",), given))
            return slots
        if not isinstance(given, list):
            return slots
        for i, item in enumerate(given):
            if not isinstance(item, dict):
                continue
            if item.get("type") in TOOL_OUTPUTS:  # what the client's tools returned: a string
                slots.extend(content_slots(("input", i, "output"), item.get("output")))  # or parts
                continue
            if item.get("role") not in INPUT_ROLES:
                continue
            slots.extend(content_slots(("input", i, "content"), item.get("content")))
        return slots

    def response_slots(self, body: dict[str, Any]) -> list[Slot]:
        slots: list[Slot] = []
        for i, item in enumerate(body.get("output") or []):
            if not isinstance(item, dict):
                continue
            for path, key in item_texts(item, i):
                value = get_path(item, path)
                if isinstance(value, str):
                    slots.append(Slot(("output", i, *path), value, key))
        return slots

    def chunk_slots(self, chunk: dict[str, Any]) -> list[Slot]:
        return []  # typed events: see responses_stream

    def plain_text_slot(self, chunk: dict[str, Any]) -> Slot | None:
        return None

    def drop_logprobs(self, obj: dict[str, Any], path: tuple[str | int, ...]) -> None:
        holder = get_path(obj, path[:-1])
        if isinstance(holder, dict) and holder.get("logprobs"):
            holder["logprobs"] = []

    def blocked_response(self, body: dict[str, Any], message: str) -> dict[str, Any]:
        blocked = dict(body)
        blocked["status"] = "incomplete"
        blocked["incomplete_details"] = {"reason": "content_filter"}
        blocked["output"] = [message_item(message, "incomplete")]
        blocked.pop("output_text", None)
        return blocked

    def refusal_response(self, request: dict[str, Any], message: str) -> dict[str, Any]:
        return {
            "id": _new_id("resp"),
            "object": "response",
            "created_at": int(time.time()),
            "status": "incomplete",
            "incomplete_details": {"reason": "content_filter"},
            "error": None,
            "model": str(request.get("model") or "unknown"),
            "output": [message_item(message, "incomplete")],
            "usage": {"input_tokens": 0, "output_tokens": 0, "total_tokens": 0},
        }

    def refusal_chunks(self, request: dict[str, Any], message: str) -> list[dict[str, Any]]:
        return message_events(self.refusal_response(request, message))

    def final_chunk(
        self,
        template: dict[str, Any] | None,
        choices: Sequence[int],
        notice: str | None,
        finish_reason: str | None = "content_filter",
    ) -> dict[str, Any]:
        response = dict((template or {}).get("response") or {})
        response.setdefault("id", _new_id("resp"))
        response.update(
            object="response",
            status="incomplete",
            incomplete_details={"reason": finish_reason or "content_filter"},
        )
        return {"type": "response.incomplete", "response": response}

    def put_text(self, chunk: dict[str, Any], key: tuple[int, str, int], text: str) -> bool:
        chunk["delta"] = (chunk.get("delta") or "") + text
        return True


def event_bytes(event: dict[str, Any]) -> bytes:
    """A typed event as the Responses API sends it: ``event:`` and ``data:`` lines."""
    return SSE.encode_object(event, str(event.get("type") or "message"))


def message_events(
    response: dict[str, Any], pieces: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    """The event sequence of a response that is one message, its text sent in ``pieces``
    (default: one delta); the last event is named after the response's status."""
    item = response["output"][0]
    text = item["content"][0]["text"]
    shell = {**response, "output": [], "status": "in_progress", "usage": None}
    position = {"output_index": 0, "item_id": item["id"], "content_index": 0}
    deltas = [text] if pieces is None else pieces
    events: list[dict[str, Any]] = [
        {"type": "response.created", "response": shell},
        {"type": "response.in_progress", "response": shell},
        {
            "type": "response.output_item.added",
            "output_index": 0,
            "item": {**item, "status": "in_progress", "content": []},
        },
        {
            "type": "response.content_part.added",
            **position,
            "part": {"type": "output_text", "text": "", "annotations": []},
        },
        *({"type": "response.output_text.delta", **position, "delta": d} for d in deltas),
        {"type": "response.output_text.done", **position, "text": text},
        {"type": "response.content_part.done", **position, "part": item["content"][0]},
        {"type": "response.output_item.done", "output_index": 0, "item": item},
        {"type": f"response.{response['status']}", "response": response},
    ]
    for number, event in enumerate(events):
        event["sequence_number"] = number
    return events


def _variable_slots(prompt: Any) -> list[Slot]:
    """A stored prompt's ``variables``: the user's text put into the operator's template."""
    variables = prompt.get("variables") if isinstance(prompt, dict) else None
    if not isinstance(variables, dict):
        return []
    slots: list[Slot] = []
    for name, value in variables.items():
        path = ("prompt", "variables", name)
        if isinstance(value, str):
            slots.append(Slot(path, value))
        elif isinstance(value, dict) and isinstance(value.get("text"), str):
            slots.append(Slot((*path, "text"), value["text"]))  # an input_text
    return slots
