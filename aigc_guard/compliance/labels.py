"""GB 45438-2025 labels: the explicit text label and the implicit ``AIGC`` metadata object."""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from typing import Any

from .config import ExplicitLabelConfig, ImplicitLabelConfig

__all__ = [
    "FIELDS",
    "add_explicit_label",
    "has_label",
    "implicit_object",
    "is_label_value",
    "sign",
    "valid_cn_wording",
    "verify",
]

FIELDS = (
    "Label",
    "ContentProducer",
    "ProduceID",
    "ReservedCode1",
    "ContentPropagator",
    "PropagateID",
    "ReservedCode2",
)
_AI = re.compile(r"人工智能|AI")
_MADE = re.compile(r"生成|合成")
_ANY_LABEL = re.compile(
    r"(?:人工智能|AI)\s*(?:生成|合成)|由(?:人工智能|AI)[^。\n]{0,8}(?:生成|合成)"
    r"|AI[- ]generated|generated (?:by|with) AI",
    re.IGNORECASE,
)
MAX_UPSTREAM_VALUE = 256  # a producer code or a content id, never a text
_VALUE = re.compile(r"[!#-\[\]-~]*")  # printable ASCII without space, '"' or '\'


def valid_cn_wording(text: str) -> bool:
    """The Labeling Measures' wording: mentions 人工智能 or AI, and 生成 or 合成."""
    return bool(_AI.search(text)) and bool(_MADE.search(text))


def is_label_value(value: str) -> bool:
    return _VALUE.fullmatch(value) is not None


def has_label(text: str, window: int, own: tuple[str, ...] = ()) -> bool:
    """Whether the first or last ``window`` characters already carry a label."""
    if window <= 0:
        return False
    edges = (text[:window], text[-window:])
    return any(_ANY_LABEL.search(edge) or any(o and o in edge for o in own) for edge in edges)


def add_explicit_label(text: str, config: ExplicitLabelConfig, lang: str) -> str:
    label = config.text.pick(lang)
    if has_label(text, config.detect_window, (config.text.zh, config.text.en)):
        return text
    if config.position == "start":
        return label + config.separator + text
    return text + config.separator + label


def sign(key: bytes, label: str, content: str) -> str:
    """ReservedCode1: HMAC-SHA256 over the label value and the content's SHA-256."""
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    return hmac.new(key, f"{label}:{digest}".encode(), hashlib.sha256).hexdigest()


def verify(aigc: dict[str, Any], content: str, key: bytes) -> bool:
    fields = aigc.get("AIGC", aigc)
    expected = sign(key, str(fields.get("Label", "")), content)
    return hmac.compare_digest(expected, str(fields.get("ReservedCode1", "")))


def implicit_object(
    config: ImplicitLabelConfig,
    produce_id: str,
    content: str | None,
    upstream: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The ``{"AIGC": {...}}`` object for one answer.

    An upstream object is kept as it is: we fill only the propagator fields. Without one, we
    are the producer; ``ReservedCode1`` is signed when a key is configured and the content is
    known.
    """
    if upstream is not None and isinstance(upstream.get("AIGC"), dict):
        # The upstream's fields reach the client unscanned: only label values pass (codes
        # and ids, printable ASCII without spaces), never text.
        fields = {name: _upstream_value(upstream["AIGC"].get(name)) for name in FIELDS}
        fields["ContentPropagator"] = config.content_propagator or config.content_producer
        fields["PropagateID"] = produce_id
        return {"AIGC": fields}
    signature = ""
    key = os.environ.get(config.hmac_key_env, "") if config.hmac_key_env else ""
    if key and content is not None:
        signature = sign(key.encode("utf-8"), "1", content)
    return {
        "AIGC": {
            "Label": "1",
            "ContentProducer": config.content_producer,
            "ProduceID": produce_id,
            "ReservedCode1": signature,
            "ContentPropagator": config.content_propagator,
            "PropagateID": "",
            "ReservedCode2": config.reserved_code2,
        }
    }


def _upstream_value(value: Any) -> str:
    text = str(value) if isinstance(value, str | int) and not isinstance(value, bool) else ""
    return text if len(text) <= MAX_UPSTREAM_VALUE and is_label_value(text) else ""


def label_whole_answer(
    body: dict[str, Any],
    texts: list[tuple[tuple[str | int, ...], tuple[int, str, int], str]],
    explicit: ExplicitLabelConfig | None,
    implicit: ImplicitLabelConfig | None,
    produce_id: str,
    lang: str,
    disclaimer: ExplicitLabelConfig | None = None,
) -> list[str]:
    """Label a whole answer in place; returns the kinds of label added.

    ``texts`` are the answer's (path, key, text) after redaction; only ``content``/``text``
    fields get the explicit label (and a service type's disclaimer, inside it), never
    tool-call arguments.
    """
    added: list[str] = []
    contents: list[str] = []
    for path, key, text in texts:
        if key[1] not in ("content", "text"):
            continue
        if disclaimer is not None and text:
            text = add_explicit_label(text, disclaimer, lang)
            _set(body, path, text)
            added.append("disclaimer")
        if explicit is not None and text:
            labelled = add_explicit_label(text, explicit, lang)
            if labelled != text:
                added.append("explicit")
                _set(body, path, labelled)
                text = labelled
        contents.append(text)
    if implicit is not None:
        upstream = body.get("aigc") if isinstance(body.get("aigc"), dict) else None
        body["aigc"] = implicit_object(implicit, produce_id, "\n".join(contents), upstream)
        added.append("implicit")
    return added


def answer_content(body: dict[str, Any]) -> str:
    """The text ``ReservedCode1`` covers in a whole answer: every choice's content (or, in a
    Responses API answer, every output text), in order."""
    contents = []
    for item in body.get("output") or []:
        if isinstance(item, dict) and item.get("type") == "message":
            for part in item.get("content") or []:
                if isinstance(part, dict) and part.get("type") == "output_text":
                    contents.append(str(part.get("text", "")))
    for choice in body.get("choices") or []:
        if not isinstance(choice, dict):
            continue
        message = choice.get("message")
        if isinstance(message, dict) and isinstance(message.get("content"), str):
            contents.append(message["content"])
        elif isinstance(choice.get("text"), str):
            contents.append(choice["text"])
    return "\n".join(contents)


def _set(obj: Any, path: tuple[str | int, ...], value: Any) -> None:
    for part in path[:-1]:
        obj = obj[part]
    obj[path[-1]] = value
