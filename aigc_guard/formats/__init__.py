"""Wire formats, one module each; ``format_for`` picks one for a request."""

from __future__ import annotations

from typing import Any

from .base import Format, Slot, get_path, set_path
from .openai_chat import ChatCompletions
from .openai_completions import Completions
from .openai_responses import Responses

__all__ = [
    "ChatCompletions",
    "Completions",
    "Format",
    "Responses",
    "Slot",
    "format_for",
    "get_path",
    "set_path",
]

CHAT = ChatCompletions()
COMPLETIONS = Completions()
RESPONSES = Responses()


def format_for(path: str, body: dict[str, Any]) -> Format | None:
    """The format of a request by its path, or by its body's shape; ``None``: unknown."""
    if path.rstrip("/").endswith("/responses"):
        return RESPONSES
    if path.rstrip("/").endswith("/chat/completions") or "messages" in body:
        return CHAT
    if path.rstrip("/").endswith("/completions") or "prompt" in body:
        return COMPLETIONS
    return None
