"""Google's Gemini API: ``…/models/{model}:generateContent`` and ``:streamGenerateContent``.

An answer is ``candidates[].content.parts[]``: ``text`` (``thought: true`` marks reasoning),
``functionCall`` with whole ``args`` objects, code and its output. Streams are SSE with
``alt=sse`` (each event a whole ``GenerateContentResponse``), else one JSON array of them. A
text's key is ``(candidate index, field, 0)``; a candidate's ``finishReason`` ends its
channels. A blocked answer ends with ``finishReason: "SAFETY"``; a blocked request is
answered with ``promptFeedback.blockReason``, as Gemini itself does.

The REST API reads both camelCase and snake_case field names, so the guard reads both.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from .base import Format, Slot, earlier_answer, string_slots

__all__ = ["Gemini"]

Key = tuple[int, str, int]
# Streamed part fields: key field → (the part's field holding it, the text's field in it).
PART_TEXTS = {
    "code": ("executableCode", "code"),
    "code_output": ("codeExecutionResult", "output"),
}


def field(obj: dict[str, Any], camel: str) -> Any:
    """``obj[camel]``, or its snake_case spelling."""
    if camel in obj:
        return obj[camel]
    snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in camel)
    return obj.get(snake)


def _spelling(obj: dict[str, Any], camel: str) -> str:
    snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in camel)
    return snake if snake in obj and camel not in obj else camel


def part_slots(base: tuple[str | int, ...], part: Any, index: int) -> list[Slot]:
    """The texts of one part of candidate ``index``."""
    if not isinstance(part, dict):
        return []
    if isinstance(part.get("text"), str):
        kind = "thought" if part.get("thought") is True else "text"
        return [Slot((*base, "text"), part["text"], (index, kind, 0))]
    slots: list[Slot] = []
    for name, camel in (("functionCall", "args"), ("function_call", "args")):
        call = part.get(name)
        if isinstance(call, dict) and isinstance(call.get(camel), dict):
            slots += string_slots((*base, name, camel), call[camel], (index, "arguments", 0))
    for key_field, (holder_name, text_name) in PART_TEXTS.items():
        holder_key = _spelling(part, holder_name)
        holder = part.get(holder_key)
        if isinstance(holder, dict) and isinstance(holder.get(text_name), str):
            path = (*base, holder_key, text_name)
            slots.append(Slot(path, holder[text_name], (index, key_field, 0)))
    return slots


def _candidate_slots(body: dict[str, Any]) -> list[Slot]:
    slots: list[Slot] = []
    candidates = body.get("candidates")
    for position, candidate in enumerate(candidates if isinstance(candidates, list) else []):
        if not isinstance(candidate, dict) or not isinstance(candidate.get("content"), dict):
            continue
        index = candidate.get("index", position)
        index = index if isinstance(index, int) else position
        for j, part in enumerate(candidate["content"].get("parts") or []):
            slots += part_slots(("candidates", position, "content", "parts", j), part, index)
    return slots


class Gemini(Format):
    name = "gemini"

    def wants_stream(self, path: str, body: dict[str, Any], query: str = "") -> bool:
        return path.endswith(":streamGenerateContent") and "alt=sse" in query

    def whole_body(self, answer: dict[str, Any], path: str) -> Any:
        # A stream asked for without SSE is one JSON array of answers.
        return [answer] if path.endswith(":streamGenerateContent") else answer

    def json_mode(self, body: dict[str, Any]) -> bool:
        config = field(body, "generationConfig")
        return isinstance(config, dict) and field(config, "responseMimeType") == (
            "application/json"
        )

    def understands(self, answer: Any) -> bool:
        if isinstance(answer, list):
            return bool(answer) and all(self.understands(piece) for piece in answer)
        return isinstance(answer, dict) and (
            isinstance(answer.get("candidates"), list) or field(answer, "promptFeedback")
        )

    def request_slots(self, body: dict[str, Any]) -> list[Slot]:
        slots: list[Slot] = []
        for system_key in ("systemInstruction", "system_instruction"):  # a reader may take either
            system = body.get(system_key)
            for j, part in enumerate(system.get("parts") or [] if isinstance(system, dict) else []):
                if isinstance(part, dict) and isinstance(part.get("text"), str):
                    slots.append(Slot((system_key, "parts", j, "text"), part["text"]))
        contents = body.get("contents")
        if isinstance(contents, dict):  # one Content: forwarded as the list it is read as
            contents = body["contents"] = [contents]
        contents = contents if isinstance(contents, list) else []
        for i, content in enumerate(contents):
            if not isinstance(content, dict) or earlier_answer(contents, i, role="model"):
                continue
            for j, part in enumerate(content.get("parts") or []):
                if not isinstance(part, dict):
                    continue
                path = ("contents", i, "parts", j)
                if isinstance(part.get("text"), str):
                    slots.append(Slot((*path, "text"), part["text"]))
                for name in ("functionResponse", "function_response"):
                    answer = part.get(name)
                    if isinstance(answer, dict) and isinstance(answer.get("response"), dict):
                        base = (*path, name, "response")
                        found = string_slots(base, answer["response"], (0, "", 0))
                        slots += [Slot(s.path, s.text) for s in found]
        return slots

    def response_slots(self, body: dict[str, Any]) -> list[Slot]:
        return _candidate_slots(body)

    def chunk_slots(self, chunk: dict[str, Any]) -> list[Slot]:
        return _candidate_slots(chunk)

    def plain_text_slot(self, chunk: dict[str, Any]) -> Slot | None:
        return None

    def chunk_choices(self, chunk: dict[str, Any]) -> list[tuple[int, str | None]]:
        candidates = chunk.get("candidates")
        ends = []
        for position, candidate in enumerate(candidates if isinstance(candidates, list) else []):
            if isinstance(candidate, dict):
                index = candidate.get("index", position)
                reason = field(candidate, "finishReason")
                ends.append((index if isinstance(index, int) else position, reason or None))
        return ends

    def ends_stream(self, chunk: dict[str, Any]) -> bool:
        ends = self.chunk_choices(chunk)
        return bool(ends) and all(reason for _, reason in ends)

    def drop_logprobs(self, obj: dict[str, Any], path: tuple[str | int, ...]) -> None:
        if len(path) >= 2 and path[0] == "candidates" and isinstance(path[1], int):
            candidate = obj["candidates"][path[1]]
            for name in ("logprobsResult", "logprobs_result"):
                candidate.pop(name, None)

    def stream_error(self, code: str, message: str) -> dict[str, Any]:
        return {"error": {"code": 502, "message": message, "status": "UNAVAILABLE"}}

    def error(self, status: int, code: str, message: str, error_type: str) -> dict[str, Any]:
        named = {400: "INVALID_ARGUMENT", 403: "PERMISSION_DENIED", 429: "RESOURCE_EXHAUSTED"}
        return {
            "error": {"code": status, "message": message, "status": named.get(status, "INTERNAL")}
        }

    @staticmethod
    def _candidate(chunk: dict[str, Any], index: int) -> dict[str, Any]:
        candidates = chunk.setdefault("candidates", [])
        for position, candidate in enumerate(candidates):
            if isinstance(candidate, dict) and candidate.get("index", position) == index:
                return candidate
        candidate = {"index": index, "content": {"role": "model", "parts": []}}
        candidates.append(candidate)
        return candidate

    def put_text(self, chunk: dict[str, Any], key: Key, text: str) -> bool:
        index, key_field, _ = key
        candidate = self._candidate(chunk, index)
        content = candidate.get("content")
        if not isinstance(content, dict):
            content = candidate["content"] = {"role": "model", "parts": []}
        parts = content.setdefault("parts", [])
        if key_field in ("text", "thought"):
            thought = key_field == "thought"
            for part in reversed(parts):
                if isinstance(part.get("text"), str) and (part.get("thought") is True) == thought:
                    part["text"] += text
                    return True
            parts.append({"text": text, "thought": True} if thought else {"text": text})
            return True
        if key_field in PART_TEXTS:
            holder_name, text_name = PART_TEXTS[key_field]
            for part in reversed(parts):
                holder = part.get(holder_name)
                if isinstance(holder, dict) and isinstance(holder.get(text_name), str):
                    holder[text_name] += text
                    return True
            parts.append({holder_name: {text_name: text}})
            return True
        return False

    @staticmethod
    def _identity(template: dict[str, Any] | None) -> dict[str, Any]:
        template = template or {}
        identity: dict[str, Any] = {}
        for name in ("modelVersion", "responseId"):
            if isinstance(template.get(name), str):
                identity[name] = template[name]
        return identity

    def blank_chunk(self, template: dict[str, Any] | None) -> dict[str, Any]:
        return {"candidates": [], **self._identity(template)}

    def final_chunk(
        self,
        template: dict[str, Any] | None,
        choices: Sequence[int],
        notice: str | None,
        finish_reason: str | None = "content_filter",
    ) -> dict[str, Any]:
        chunk = self.blank_chunk(template)
        for index in choices or [0]:
            candidate = self._candidate(chunk, index)
            if notice:
                candidate["content"]["parts"].append({"text": notice})
                candidate["finishMessage"] = notice
            candidate["finishReason"] = "SAFETY" if finish_reason else None
        return chunk

    def blocked_response(self, body: dict[str, Any], message: str) -> dict[str, Any]:
        blocked = {**body, "candidates": []}
        candidates = body.get("candidates") or [{}]
        for position, candidate in enumerate(candidates):
            index = candidate.get("index", position) if isinstance(candidate, dict) else position
            blocked["candidates"].append(
                {
                    "index": index,
                    "content": {"role": "model", "parts": [{"text": message}]},
                    "finishReason": "SAFETY",
                    "finishMessage": message,
                }
            )
        return blocked

    def refusal_response(self, request: dict[str, Any], message: str) -> dict[str, Any]:
        return {
            "promptFeedback": {"blockReason": "SAFETY", "blockReasonMessage": message},
            "usageMetadata": {"promptTokenCount": 0, "totalTokenCount": 0},
            "responseId": f"guard{uuid.uuid4().hex[:20]}",
        }

    def refusal_chunks(self, request: dict[str, Any], message: str) -> list[dict[str, Any]]:
        return [self.refusal_response(request, message)]
