"""Wire formats, one module each; ``format_for`` picks one for a request.

Adding a format is one module here (a :class:`Format` subclass: request texts, answer texts,
stream chunks, how a stream ends, how the API refuses) and its entry in ``BY_PATH``.
"""

from __future__ import annotations

from typing import Any

from .anthropic import Messages
from .base import Format, Slot, get_path, set_path
from .gemini import Gemini
from .ollama import OllamaChat, OllamaGenerate
from .openai_chat import ChatCompletions
from .openai_completions import Completions
from .openai_responses import Responses

__all__ = [
    "ChatCompletions",
    "Completions",
    "Format",
    "Gemini",
    "Messages",
    "OllamaChat",
    "OllamaGenerate",
    "Responses",
    "Slot",
    "format_for",
    "get_path",
    "set_path",
]

CHAT = ChatCompletions()
COMPLETIONS = Completions()
RESPONSES = Responses()
# A path's ending → its format (first match wins; the longer endings come first).
BY_PATH: tuple[tuple[str, Format], ...] = (
    ("/chat/completions", CHAT),
    ("/completions", COMPLETIONS),
    ("/responses", RESPONSES),
    ("/v1/messages", Messages()),
    (":generateContent", GEMINI := Gemini()),
    (":streamGenerateContent", GEMINI),
    ("/api/chat", OllamaChat()),
    ("/api/generate", OllamaGenerate()),
)


def format_for(path: str, body: dict[str, Any]) -> Format | None:
    """The format of a request by its path, or by its body's shape; ``None``: unknown."""
    path = path.rstrip("/").lower()
    for ending, fmt in BY_PATH:
        if path.endswith(ending.lower()):
            return fmt
    if "messages" in body:
        return CHAT
    if "prompt" in body:
        return COMPLETIONS
    return None
