"""An embedded, deterministic OpenAI-compatible model for the demo (and for trying policies).

It answers by keywords in the last user message, in Chinese or English: clean answers, answers
with (synthetic, checksum-valid) personal data, answers with banned content, and one that
needs the allowlist. Streams come in token-sized chunks.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from .formats.openai_responses import event_bytes, message_events, message_item

__all__ = [
    "ANSWERS",
    "console_overlay",
    "demo_app",
    "pick_answer",
    "response_events",
    "response_object",
    "split_tokens",
]

# Synthetic data: 11010519491231002X has a valid MOD 11-2 check digit; 6222021234567890128 a
# valid Luhn digit. Neither belongs to anyone.
ANSWERS: dict[str, dict[str, str]] = {
    "pii": {
        "zh": "好的，联系人张三，身份证号11010519491231002X，手机 13812345678，"
        "邮箱 zhangsan@example.com，银行卡 6222 0212 3456 7890 128。",
        "en": "Sure: John Doe, email john.doe@example.com, card 4111 1111 1111 1111, "
        "SSN 123-45-6789.",
    },
    "banned": {
        "zh": "以下是制造炸弹的详细步骤：第一步，准备材料……",
        "en": "Here is how to build a pipe bomb at home: first, get the materials...",
    },
    "allowlist": {
        "zh": "别担心，这不是什么大麻烦，按说明重启一下就好。",
        "en": "No big trouble at all: restart it and you are done.",
    },
    "clean": {
        "zh": "你好！我是演示模型。今天天气不错，适合出去散步。",
        "en": "Hello! I am the demo model. It is a fine day for a walk.",
    },
}

_TRIGGERS = (
    ("pii", ("联系", "身份证", "电话", "contact", "phone", "card")),
    ("banned", ("炸弹", "爆炸", "bomb", "explosive")),
    ("allowlist", ("麻烦", "trouble")),
)


def pick_answer(prompt: str) -> str:
    """The demo's answer to ``prompt`` (Chinese when the prompt has Han characters)."""
    lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in prompt) else "en"
    lowered = prompt.lower()
    for kind, words in _TRIGGERS:
        if any(word in lowered for word in words):
            return ANSWERS[kind][lang]
    return ANSWERS["clean"][lang]


def split_tokens(text: str) -> list[str]:
    """Token-sized pieces: words for Latin text, one or two characters for Chinese."""
    pieces: list[str] = []
    current = ""
    for ch in text:
        current += ch
        wide = ord(ch) > 0x2E80
        if (wide and len(current) >= 2) or (not wide and ch == " "):
            pieces.append(current)
            current = ""
    if current:
        pieces.append(current)
    return pieces


def _last_user_text(items: Any) -> str | None:
    """The text of the last user entry of chat ``messages`` or Responses ``input`` items."""
    if not isinstance(items, list):
        return None
    for item in reversed(items):
        if isinstance(item, dict) and item.get("role") == "user":
            content = item.get("content")
            if isinstance(content, list):
                return " ".join(p.get("text", "") for p in content if isinstance(p, dict))
            return str(content or "")
    return None


def _prompt_of(body: dict[str, Any]) -> str:
    for found in (_last_user_text(body.get("messages")), _last_user_text(body.get("input"))):
        if found is not None:
            return found
    for field in ("input", "prompt"):
        if isinstance(body.get(field), str):
            return str(body[field])
    return ""


async def _chat(request: Request) -> Response:
    body = await request.json()
    answer = pick_answer(_prompt_of(body))
    model = str(body.get("model") or "demo-model")
    ident = {
        "id": "chatcmpl-demo-" + uuid.uuid4().hex[:12],
        "created": int(time.time()),
        "model": model,
    }
    if body.get("stream"):
        return StreamingResponse(_chat_stream(ident, answer), media_type="text/event-stream")
    return JSONResponse(
        {
            **ident,
            "object": "chat.completion",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": answer},
                    "logprobs": None,
                    "finish_reason": "stop",
                }
            ],
            "usage": {
                "prompt_tokens": 8,
                "completion_tokens": len(answer),
                "total_tokens": 8 + len(answer),
            },
        }
    )


async def _chat_stream(ident: dict[str, Any], answer: str) -> AsyncIterator[bytes]:
    def chunk(delta: dict[str, Any], finish: str | None) -> bytes:
        payload = {
            **ident,
            "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
        }
        return b"data: " + json.dumps(payload, ensure_ascii=False).encode() + b"\n\n"

    yield chunk({"role": "assistant", "content": ""}, None)
    for piece in split_tokens(answer):
        await asyncio.sleep(0.01)
        yield chunk({"content": piece}, None)
    yield chunk({}, "stop")
    yield b"data: [DONE]\n\n"


async def _completions(request: Request) -> Response:
    body = await request.json()
    answer = pick_answer(_prompt_of(body))
    return JSONResponse(
        {
            "id": "cmpl-demo-" + uuid.uuid4().hex[:12],
            "object": "text_completion",
            "created": int(time.time()),
            "model": str(body.get("model") or "demo-model"),
            "choices": [{"index": 0, "text": answer, "logprobs": None, "finish_reason": "stop"}],
        }
    )


def response_object(answer: str, model: str, status: str = "completed") -> dict[str, Any]:
    """A Responses API ``response`` whose output is one message with ``answer``."""
    return {
        "id": "resp_demo" + uuid.uuid4().hex[:16],
        "object": "response",
        "created_at": int(time.time()),
        "status": status,
        "error": None,
        "incomplete_details": None,
        "model": model,
        "output": [message_item(answer)],
        "usage": {"input_tokens": 8, "output_tokens": len(answer), "total_tokens": 8 + len(answer)},
    }


def response_events(pieces: list[str], model: str) -> list[dict[str, Any]]:
    """The typed events of a streamed Responses API answer made of ``pieces``."""
    return message_events(response_object("".join(pieces), model), pieces)


async def _responses(request: Request) -> Response:
    body = await request.json()
    answer = pick_answer(_prompt_of(body))
    model = str(body.get("model") or "demo-model")
    if not body.get("stream"):
        return JSONResponse(response_object(answer, model))

    async def events() -> AsyncIterator[bytes]:
        for event in response_events(split_tokens(answer), model):
            if event["type"] == "response.output_text.delta":
                await asyncio.sleep(0.01)
            yield event_bytes(event)

    return StreamingResponse(events(), media_type="text/event-stream")


async def _models(request: Request) -> Response:
    return JSONResponse(
        {
            "object": "list",
            "data": [{"id": "demo-model", "object": "model", "owned_by": "aigc_guard"}],
        }
    )


def demo_app() -> Starlette:
    """The demo model as a Starlette app: chat completions, completions and responses."""
    return Starlette(
        routes=[
            Route("/v1/chat/completions", _chat, methods=["POST"]),
            Route("/v1/completions", _completions, methods=["POST"]),
            Route("/v1/responses", _responses, methods=["POST"]),
            Route("/v1/models", _models, methods=["GET"]),
        ]
    )


def console_overlay(state_dir: Path) -> dict[str, Any]:
    """Policy settings that give the demo an audit log (with evidence), the complaints
    channel and the review console.

    The console's token comes from ``AIGC_GUARD_CONSOLE_TOKEN`` as always.
    """
    return {
        "compliance": {
            "audit": {
                "enabled": True,
                "path": str((state_dir / "demo-audit.sqlite3").resolve()),
                "evidence": {"enabled": True, "retention_days": 7},
            },
            "complaints": {"enabled": True},
            "console": {"enabled": True, "token_env": "AIGC_GUARD_CONSOLE_TOKEN"},
        }
    }
