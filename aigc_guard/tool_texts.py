"""What a request tells the model outside its messages: tool declarations and output schemas.

A model reads a tool's name, description and parameter schema, and the schema an answer must
fill, as it reads the prompt — so "do what the tool's description says" or a schema property
named ``pipe_bomb_steps`` carried an ask past every request classifier. :func:`read_tool_texts`
returns one text per declared tool and per output schema: every string in it and every key
that is not the schema's own vocabulary (a property's name, a key an upstream's template
renders), a line each, underscores read as spaces — what a chat template shows the model.

The fields, per API: ``tools`` (chat, Responses, Anthropic, Gemini ``functionDeclarations``,
Ollama) and chat's legacy ``functions``; ``response_format`` (chat), ``text.format``
(Responses), ``generationConfig`` ``responseSchema`` / ``responseJsonSchema`` (Gemini, either
spelling), ``format`` given as a schema (Ollama).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["DeclaredString", "declared_strings", "read_tool_texts"]

# Keys that are JSON Schema's or the APIs' own vocabulary: their values are read, the keys are
# not words for the model. Every other key (a property's name, a key an upstream passes on to
# the model's template) is read, as is every string value.
_VOCABULARY = frozenset(
    {
        "type",
        "function",
        "functions",
        "name",
        "description",
        "parameters",
        "properties",
        "items",
        "required",
        "enum",
        "const",
        "default",
        "examples",
        "example",
        "title",
        "format",
        "pattern",
        "minimum",
        "maximum",
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
        "additionalProperties",
        "anyOf",
        "oneOf",
        "allOf",
        "not",
        "$defs",
        "definitions",
        "$ref",
        "$schema",
        "$id",
        "strict",
        "json_schema",
        "schema",
        "input_schema",
        "functionDeclarations",
        "function_declarations",
        "parametersJsonSchema",
        "responseJsonSchema",
        "nullable",
        "propertyOrdering",
        "cache_control",
    }
)
_GEMINI_SCHEMAS = (
    "responseSchema",
    "responseJsonSchema",
    "response_schema",
    "response_json_schema",
)
_MAX_DEPTH = 64


def read_tool_texts(body: Any) -> list[str]:
    """One text per tool a request declares and per schema its answer must fill, in the order
    the request gives them; empty ones left out."""
    nodes = (holder[key] for holder, key in _declarations(body))
    texts = ("\n".join(_words(node)) for node in nodes if isinstance(node, dict | list | str))
    return [t for t in texts if t.strip()]


@dataclass(frozen=True)
class DeclaredString:
    """A string value in a declaration, where it lies: what a redaction rewrites in place."""

    holder: dict[str, Any] | list[Any]
    key: Any

    @property
    def text(self) -> str:
        return str(self.holder[self.key])

    def write(self, text: str) -> None:
        self.holder[self.key] = text


def declared_strings(body: Any) -> list[DeclaredString]:
    """Every string value in the request's declarations (not the keys), in document order."""
    places: list[DeclaredString] = []
    stack = [(holder, key, 0) for holder, key in reversed(_declarations(body))]
    while stack:
        holder, key, depth = stack.pop()
        item = holder[key]
        if depth > _MAX_DEPTH:
            continue
        if isinstance(item, str):
            places.append(DeclaredString(holder, key))
        elif isinstance(item, list):
            stack.extend((item, i, depth + 1) for i in reversed(range(len(item))))
        elif isinstance(item, dict):
            stack.extend((item, k, depth + 1) for k in reversed(list(item)))
    return places


def _declarations(body: Any) -> list[tuple[Any, Any]]:
    """Where each declared tool and answer schema lies: (holder, key), in request order."""
    if not isinstance(body, dict):
        return []
    declared: list[tuple[Any, Any]] = []
    for key in ("tools", "functions"):
        tools = body.get(key)
        if isinstance(tools, list):
            for index, tool in enumerate(tools):
                # Gemini groups its functions in one tool: each is its own text.
                group = None
                if isinstance(tool, dict):
                    group = tool.get("functionDeclarations", tool.get("function_declarations"))
                if isinstance(group, list):
                    declared.extend((group, i) for i in range(len(group)))
                else:
                    declared.append((tools, index))
    if "response_format" in body:
        declared.append((body, "response_format"))
    text = body.get("text")
    if isinstance(text, dict) and "format" in text:
        declared.append((text, "format"))
    for key in ("generationConfig", "generation_config"):
        config = body.get(key)
        if isinstance(config, dict):
            declared.extend((config, name) for name in _GEMINI_SCHEMAS if name in config)
    if isinstance(body.get("format"), dict):
        declared.append((body, "format"))
    return declared


def _words(node: Any) -> list[str]:
    """Every string a model could read in a declaration, depth first, document order."""
    words: list[str] = []
    stack: list[tuple[Any, int]] = [(node, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > _MAX_DEPTH:
            continue
        if isinstance(item, str):
            words.append(item.replace("_", " "))
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in reversed(item))
        elif isinstance(item, dict):
            children: list[Any] = []
            for key, value in item.items():
                if key not in _VOCABULARY:
                    children.append(str(key))
                if isinstance(value, str | list | dict):
                    children.append(value)
            stack.extend((child, depth + 1) for child in reversed(children))
    return words
