"""Ollama's native API: ``/api/chat`` and ``/api/generate``, whole and streamed as NDJSON.

Ollama streams by default (``"stream": false`` asks for one answer). Each line is an object
with ``message.content`` (chat) or ``response`` (generate), ``thinking``, and tool calls whose
``arguments`` are whole objects; the last line has ``done: true`` and ``done_reason``. A cut
stream ends with a ``done`` line whose ``done_reason`` is ``content_filter``; an error is an
``{"error": …}`` line, which Ollama's clients raise.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from ..framing import NDJSON
from .base import Format, Slot, earlier_answer, string_slots

__all__ = ["OllamaChat", "OllamaGenerate"]

Key = tuple[int, str, int]


def _now() -> str:
    return datetime.fromtimestamp(time.time(), UTC).isoformat().replace("+00:00", "Z")


class _Ollama(Format):
    framing = NDJSON
    text_field = ""  # where the answer's text is: "message.content" or "response"

    def wants_stream(self, path: str, body: dict[str, Any], query: str = "") -> bool:
        return body.get("stream") is not False

    def json_mode(self, body: dict[str, Any]) -> bool:
        fmt = body.get("format")
        return fmt == "json" or isinstance(fmt, dict)

    def _holder(self, obj: dict[str, Any], create: bool) -> tuple[dict[str, Any] | None, str]:
        raise NotImplementedError

    def _answer_slots(self, obj: dict[str, Any]) -> list[Slot]:
        holder, base = self._holder(obj, create=False)
        if holder is None:
            return []
        prefix: tuple[str | int, ...] = (base,) if base else ()
        slots: list[Slot] = []
        for field, key_field in ((self.text_field, "content"), ("thinking", "thinking")):
            if isinstance(holder.get(field), str):
                slots.append(Slot((*prefix, field), holder[field], (0, key_field, 0)))
        for k, call in enumerate(holder.get("tool_calls") or []):
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict) and isinstance(function.get("arguments"), dict):
                path = (*prefix, "tool_calls", k, "function", "arguments")
                slots += string_slots(path, function["arguments"], (0, "arguments", k))
        return slots

    def response_slots(self, body: dict[str, Any]) -> list[Slot]:
        return self._answer_slots(body)

    def chunk_slots(self, chunk: dict[str, Any]) -> list[Slot]:
        return self._answer_slots(chunk)

    plain_keys: frozenset[str] = frozenset()

    def plain_text_slot(self, chunk: dict[str, Any]) -> Slot | None:
        """A line that is not the last and carries the answer's text and nothing else."""
        if not set(chunk) <= self.plain_keys or chunk.get("done") is not False:
            return None
        holder, _ = self._holder(chunk, create=False)
        if holder is None or (holder is not chunk and set(holder) != {"role", "content"}):
            return None
        slots = self.chunk_slots(chunk)
        if len(slots) != 1 or slots[0].key[1] != "content":
            return None
        return slots[0]

    def chunk_choices(self, chunk: dict[str, Any]) -> list[tuple[int, str | None]]:
        return [(0, str(chunk.get("done_reason") or "stop") if chunk.get("done") else None)]

    def ends_stream(self, chunk: dict[str, Any]) -> bool:
        return chunk.get("done") is True

    def drop_logprobs(self, obj: dict[str, Any], path: tuple[str | int, ...]) -> None:
        if obj.get("logprobs") is not None:
            obj["logprobs"] = None

    def stream_error(self, code: str, message: str) -> dict[str, Any]:
        return {"error": message}

    def error(self, status: int, code: str, message: str, error_type: str) -> dict[str, Any]:
        return {"error": message}

    def put_text(self, chunk: dict[str, Any], key: Key, text: str) -> bool:
        holder, _ = self._holder(chunk, create=True)
        field = {"content": self.text_field, "thinking": "thinking"}.get(key[1])
        if holder is None or field is None:
            return False
        holder[field] = (holder.get(field) or "") + text
        return True

    def _line(
        self, template: dict[str, Any] | None, text: str, done_reason: str | None
    ) -> dict[str, Any]:
        template = template or {}
        chunk: dict[str, Any] = {
            "model": str(template.get("model") or "unknown"),
            "created_at": _now(),
        }
        holder, _ = self._holder(chunk, create=True)
        assert holder is not None
        holder[self.text_field] = text
        chunk["done"] = done_reason is not None
        if done_reason is not None:
            chunk["done_reason"] = done_reason
        return chunk

    def blank_chunk(self, template: dict[str, Any] | None) -> dict[str, Any]:
        return self._line(template, "", None)

    def final_chunk(
        self,
        template: dict[str, Any] | None,
        choices: Sequence[int],
        notice: str | None,
        finish_reason: str | None = "content_filter",
    ) -> dict[str, Any]:
        return self._line(template, notice or "", finish_reason)

    def blocked_response(self, body: dict[str, Any], message: str) -> dict[str, Any]:
        blocked = {k: v for k, v in body.items() if k not in ("message", "response", "thinking")}
        return {**blocked, **self._line(body, message, "content_filter")}

    def refusal_response(self, request: dict[str, Any], message: str) -> dict[str, Any]:
        return self._line(request, message, "content_filter")

    def refusal_chunks(self, request: dict[str, Any], message: str) -> list[dict[str, Any]]:
        return [self._line(request, message, None), self._line(request, "", "content_filter")]


class OllamaChat(_Ollama):
    name = "ollama.chat"
    text_field = "content"
    plain_keys = frozenset({"model", "created_at", "message", "done"})

    def understands(self, answer: Any) -> bool:
        return isinstance(answer, dict) and isinstance(answer.get("message"), dict)

    def request_slots(self, body: dict[str, Any]) -> list[Slot]:
        slots: list[Slot] = []
        messages = body.get("messages") or []
        for i, message in enumerate(messages):
            if not isinstance(message, dict) or earlier_answer(messages, i):
                continue
            if isinstance(message.get("content"), str):
                slots.append(Slot(("messages", i, "content"), message["content"]))
        return slots

    def _holder(self, obj: dict[str, Any], create: bool) -> tuple[dict[str, Any] | None, str]:
        message = obj.get("message")
        if not isinstance(message, dict):
            if not create:
                return None, "message"
            message = obj["message"] = {"role": "assistant", "content": ""}
        return message, "message"


class OllamaGenerate(_Ollama):
    name = "ollama.generate"
    text_field = "response"
    plain_keys = frozenset({"model", "created_at", "response", "done"})

    def understands(self, answer: Any) -> bool:
        return isinstance(answer, dict) and isinstance(answer.get("response"), str)

    def request_slots(self, body: dict[str, Any]) -> list[Slot]:
        return [
            Slot((field,), body[field])
            for field in ("system", "prompt", "suffix", "template")  # a template holds text too
            if isinstance(body.get(field), str)
        ]

    def unread_input(self, body: dict[str, Any]) -> str | None:
        if body.get("context"):
            return "a context of token ids (send the conversation to /api/chat as messages)"
        return None

    def _holder(self, obj: dict[str, Any], create: bool) -> tuple[dict[str, Any] | None, str]:
        return obj, ""
