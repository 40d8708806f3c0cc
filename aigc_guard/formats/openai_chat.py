"""OpenAI chat completions: ``/v1/chat/completions``, whole and streamed."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from .base import Format, Slot, content_slots, earlier_answer, new_completion_id

__all__ = ["ChatCompletions"]

# Text fields of an assistant message or delta: content, refusal, reasoning (DeepSeek,
# OpenRouter); audio transcripts, reasoning_details and tool-call arguments are below.
ASSISTANT_FIELDS = ("content", "refusal", "reasoning_content", "reasoning")
DETAIL_FIELDS = ("text", "summary")


class ChatCompletions(Format):
    name = "chat.completions"
    done_data = "[DONE]"
    plain_choice_keys = frozenset({"index", "delta", "logprobs", "finish_reason"})

    def plain_text_slot(self, chunk: dict[str, Any]) -> Slot | None:
        slot = super().plain_text_slot(chunk)
        delta = chunk["choices"][0].get("delta") if slot is not None else None
        if not isinstance(delta, dict) or set(delta) != {"content"}:
            return None
        return slot

    def request_slots(self, body: dict[str, Any]) -> list[Slot]:
        slots: list[Slot] = []
        messages = body.get("messages")
        if not isinstance(messages, list):
            return slots
        for i, message in enumerate(messages):
            if not isinstance(message, dict) or earlier_answer(messages, i):
                continue
            slots.extend(content_slots(("messages", i, "content"), message.get("content")))
        prediction = body.get("prediction")  # Predicted Outputs: text the answer may copy
        if isinstance(prediction, dict):
            slots.extend(content_slots(("prediction", "content"), prediction.get("content")))
        return slots

    def response_slots(self, body: dict[str, Any]) -> list[Slot]:
        slots: list[Slot] = []
        for position, choice in enumerate(body.get("choices") or []):
            if not isinstance(choice, dict):
                continue
            index = choice.get("index", position)
            message = choice.get("message")
            if isinstance(message, dict):
                slots.extend(self._message_slots(("choices", position, "message"), message, index))
        return slots

    def chunk_slots(self, chunk: dict[str, Any]) -> list[Slot]:
        slots: list[Slot] = []
        for position, choice in enumerate(chunk.get("choices") or []):
            if not isinstance(choice, dict):
                continue
            delta = choice.get("delta")
            if isinstance(delta, dict):
                index = choice.get("index", position)
                slots.extend(self._message_slots(("choices", position, "delta"), delta, index))
        return slots

    @staticmethod
    def _message_slots(
        base: tuple[str | int, ...], message: dict[str, Any], index: int
    ) -> list[Slot]:
        slots: list[Slot] = []
        for field in ASSISTANT_FIELDS:
            value = message.get(field)
            if isinstance(value, str):
                slots.append(Slot((*base, field), value, (index, field, 0)))
            elif field == "content" and isinstance(value, list):
                for j, part in enumerate(value):
                    for name in ("text", "refusal"):
                        text = part.get(name) if isinstance(part, dict) else None
                        if isinstance(text, str):
                            slots.append(Slot((*base, field, j, name), text, (index, field, j)))
        audio = message.get("audio")
        if isinstance(audio, dict) and isinstance(audio.get("transcript"), str):
            path = (*base, "audio", "transcript")
            slots.append(Slot(path, audio["transcript"], (index, "transcript", 0)))
        for position, detail in enumerate(message.get("reasoning_details") or []):
            if not isinstance(detail, dict):
                continue
            number = detail.get("index", position)
            for name in DETAIL_FIELDS:
                if isinstance(detail.get(name), str) and isinstance(number, int):
                    path = (*base, "reasoning_details", position, name)
                    slots.append(Slot(path, detail[name], (index, f"details.{name}", number)))
        for position, call in enumerate(message.get("tool_calls") or []):
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                call_index = call.get("index", position)
                slots.append(
                    Slot(
                        (*base, "tool_calls", position, "function", "arguments"),
                        function["arguments"],
                        (index, "arguments", call_index),
                    )
                )
        function_call = message.get("function_call")
        if isinstance(function_call, dict) and isinstance(function_call.get("arguments"), str):
            slots.append(
                Slot(
                    (*base, "function_call", "arguments"),
                    function_call["arguments"],
                    (index, "arguments", -1),
                )
            )
        return slots

    def put_text(self, chunk: dict[str, Any], key: tuple[int, str, int], text: str) -> bool:
        index, field, call = key
        choice = self._choice(chunk, index, {"delta": {}, "logprobs": None, "finish_reason": None})
        delta = choice.setdefault("delta", {})
        if field == "transcript":
            audio = delta.setdefault("audio", {})
            audio["transcript"] = (audio.get("transcript") or "") + text
            return True
        if field.startswith("details."):
            name = field.removeprefix("details.")
            details = delta.setdefault("reasoning_details", [])
            detail = next(
                (d for d in details if isinstance(d, dict) and d.get("index") == call), None
            )
            if detail is None:
                detail = {"type": f"reasoning.{name}", "index": call}
                details.append(detail)
            detail[name] = (detail.get(name) or "") + text
            return True
        if field != "arguments":
            delta[field] = (delta.get(field) or "") + text
            return True
        if call < 0:
            function_call = delta.setdefault("function_call", {})
            function_call["arguments"] = (function_call.get("arguments") or "") + text
            return True
        calls = delta.setdefault("tool_calls", [])
        entry = next((c for c in calls if isinstance(c, dict) and c.get("index") == call), None)
        if entry is None:
            entry = {"index": call, "function": {"arguments": ""}}
            calls.append(entry)
        function = entry.setdefault("function", {})
        function["arguments"] = (function.get("arguments") or "") + text
        return True

    def blocked_response(self, body: dict[str, Any], message: str) -> dict[str, Any]:
        blocked = dict(body)
        choices = []
        for position, choice in enumerate(body.get("choices") or [{}]):
            index = choice.get("index", position) if isinstance(choice, dict) else position
            choices.append(
                {
                    "index": index,
                    "message": {"role": "assistant", "content": message, "refusal": None},
                    "logprobs": None,
                    "finish_reason": "content_filter",
                }
            )
        blocked["choices"] = choices
        return blocked

    def refusal_response(self, request: dict[str, Any], message: str) -> dict[str, Any]:
        return {
            "id": new_completion_id("chatcmpl"),
            "object": "chat.completion",
            "created": int(time.time()),
            "model": str(request.get("model") or "unknown"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": message, "refusal": None},
                    "logprobs": None,
                    "finish_reason": "content_filter",
                }
            ],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        }

    def refusal_chunks(self, request: dict[str, Any], message: str) -> list[dict[str, Any]]:
        identity = self._stream_identity(
            {"model": request.get("model")}, "chatcmpl", "chat.completion.chunk"
        )
        first = {
            **identity,
            "choices": [
                {
                    "index": 0,
                    "delta": {"role": "assistant", "content": message},
                    "logprobs": None,
                    "finish_reason": None,
                }
            ],
        }
        return [first, self.final_chunk(identity, [0], None)]

    def final_chunk(
        self,
        template: dict[str, Any] | None,
        choices: Sequence[int],
        notice: str | None,
        finish_reason: str | None = "content_filter",
    ) -> dict[str, Any]:
        identity = self._stream_identity(template, "chatcmpl", "chat.completion.chunk")
        delta: dict[str, Any] = {"content": notice} if notice else {}
        return {
            **identity,
            "choices": [
                {"index": i, "delta": dict(delta), "logprobs": None, "finish_reason": finish_reason}
                for i in (choices or [0])
            ],
        }
