"""OpenAI (legacy) completions: ``/v1/completions``, whole and streamed."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from .base import Format, Slot, new_completion_id

__all__ = ["Completions"]


class Completions(Format):
    name = "completions"
    done_data = "[DONE]"
    plain_choice_keys = frozenset({"index", "text", "logprobs", "finish_reason"})

    def request_slots(self, body: dict[str, Any]) -> list[Slot]:
        slots: list[Slot] = []
        prompt = body.get("prompt")
        if isinstance(prompt, str):
            slots.append(Slot(("prompt",), prompt))
        elif isinstance(prompt, list):
            slots += [Slot(("prompt", i), p) for i, p in enumerate(prompt) if isinstance(p, str)]
        if isinstance(body.get("suffix"), str):  # the text the model writes towards
            slots.append(Slot(("suffix",), body["suffix"]))
        return slots

    def unread_input(self, body: dict[str, Any]) -> str | None:
        prompt = body.get("prompt")
        if isinstance(prompt, list) and any(not isinstance(p, str) for p in prompt):
            return "a prompt of token ids"  # any text, tokenised where no word list reads it
        return None

    def response_slots(self, body: dict[str, Any]) -> list[Slot]:
        return self._choice_slots(body)

    def chunk_slots(self, chunk: dict[str, Any]) -> list[Slot]:
        return self._choice_slots(chunk)

    @staticmethod
    def _choice_slots(body: dict[str, Any]) -> list[Slot]:
        slots = []
        for position, choice in enumerate(body.get("choices") or []):
            if isinstance(choice, dict) and isinstance(choice.get("text"), str):
                index = choice.get("index", position)
                slots.append(
                    Slot(("choices", position, "text"), choice["text"], (index, "text", 0))
                )
        return slots

    def put_text(self, chunk: dict[str, Any], key: tuple[int, str, int], text: str) -> bool:
        choice = self._choice(chunk, key[0], {"text": "", "logprobs": None, "finish_reason": None})
        choice["text"] = (choice.get("text") or "") + text
        return True

    def blocked_response(self, body: dict[str, Any], message: str) -> dict[str, Any]:
        blocked = dict(body)
        blocked["choices"] = [
            {
                "index": c.get("index", i) if isinstance(c, dict) else i,
                "text": message,
                "logprobs": None,
                "finish_reason": "content_filter",
            }
            for i, c in enumerate(body.get("choices") or [{}])
        ]
        return blocked

    def refusal_response(self, request: dict[str, Any], message: str) -> dict[str, Any]:
        return {
            "id": new_completion_id("cmpl"),
            "object": "text_completion",
            "created": int(time.time()),
            "model": str(request.get("model") or "unknown"),
            "choices": [
                {"index": 0, "text": message, "logprobs": None, "finish_reason": "content_filter"}
            ],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        }

    def refusal_chunks(self, request: dict[str, Any], message: str) -> list[dict[str, Any]]:
        identity = self._stream_identity({"model": request.get("model")}, "cmpl", "text_completion")
        first = {
            **identity,
            "choices": [{"index": 0, "text": message, "logprobs": None, "finish_reason": None}],
        }
        return [first, self.final_chunk(identity, [0], None)]

    def final_chunk(
        self,
        template: dict[str, Any] | None,
        choices: Sequence[int],
        notice: str | None,
        finish_reason: str | None = "content_filter",
    ) -> dict[str, Any]:
        identity = self._stream_identity(template, "cmpl", "text_completion")
        return {
            **identity,
            "choices": [
                {"index": i, "text": notice or "", "logprobs": None, "finish_reason": finish_reason}
                for i in (choices or [0])
            ],
        }
