"""Guarding a Responses API stream: typed events instead of chat chunks.

Text arrives in ``*.delta`` events (output text, refusals, function-call arguments, reasoning)
and then *again, whole* in ``*.done``, ``content_part.done``, ``output_item.done`` and the
final ``response.completed``. Deltas go through the stream guard like chat deltas; every
whole copy is replaced by what the guard released on that channel, so the text a client
assembles from any event is the guarded text. Events of unknown types that carry text are
dropped (and counted), never passed on unscanned; in every event, text in a field the guard
did not stream (an extra field, an annotation's title) is removed (``strip_unscanned``). A
block ends the stream with ``response.incomplete`` (reason ``content_filter``).
"""

from __future__ import annotations

from typing import Any, cast

from . import jsonio, metrics
from .formats.base import JSONPath, get_path, strip_unscanned
from .formats.openai_responses import Key, event_bytes, item_texts
from .responders import StreamResponder
from .sse import Event, encode_event

__all__ = ["ResponsesSSEResponder"]

# Event family → (the key's field, the event field with the part's index, the done field).
STREAMED = {
    "response.output_text": ("text", "content_index", "text"),
    "response.refusal": ("refusal", "content_index", "refusal"),
    "response.function_call_arguments": ("arguments", None, "arguments"),
    "response.custom_tool_call_input": ("arguments", None, "input"),
    "response.reasoning_summary_text": ("reasoning", "summary_index", "text"),
    "response.reasoning_text": ("reasoning_text", "content_index", "text"),
}
PARTS = {
    "response.content_part": ("part", "content_index"),
    "response.reasoning_summary_part": ("part", "summary_index"),
}
TERMINAL = frozenset({"response.completed", "response.incomplete", "response.failed"})
STARTING = frozenset({"response.created", "response.in_progress", "response.queued"})
TEXT_FIELDS = frozenset({"delta", "text", "arguments", "refusal", "input", "code", "output"})
PART_TYPES = {"output_text": ("text", "text"), "refusal": ("refusal", "refusal")}


def _carries_text(value: Any) -> bool:
    if isinstance(value, dict):
        return any(
            (k in TEXT_FIELDS and isinstance(v, str) and v) or _carries_text(v)
            for k, v in value.items()
        )
    if isinstance(value, list):
        return any(_carries_text(v) for v in value)
    return False


class ResponsesSSEResponder(StreamResponder):
    """The SSE responder for ``/v1/responses`` streams."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.released: dict[Key, str] = {}
        self.origin: dict[Key, tuple[str, str | None, str]] = {}  # family, index field, item

    # -- events ----------------------------------------------------------------------------

    async def _on_event(self, event: Event, data: dict[str, Any] | None) -> bytes:
        if data is None:
            if event.data is None or not event.data.strip():
                return encode_event(event)
            metrics.BODY_ERRORS.labels(self.x.route, "unknown_event").inc()
            return b""  # not JSON: nothing to scan it as, so it does not pass
        kind = str(data.get("type") or "")
        family, _, stage = kind.rpartition(".")
        if kind in STARTING:
            response = data.get("response")
            if not isinstance(response, dict):
                return encode_event(event)
            self.template = data
            for position, entry in enumerate(response.get("output") or []):
                if isinstance(entry, dict):  # texts come later, in deltas, through the guard
                    await self._settle_item(entry, position, blank=True)
            self.labeler.first_chunk(response)
            return self._encode(event, data)
        if family in STREAMED and stage in ("delta", "done"):
            return await self._text_event(event, data, family, stage)
        if family in PARTS and stage in ("added", "done"):
            return await self._part_event(event, data, family, stage)
        if family == "response.output_item" and stage in ("added", "done"):
            item = data.get("item")
            index = data.get("output_index")
            tails = b""
            scanned: set[JSONPath] = set()
            if isinstance(item, dict) and isinstance(index, int):
                tails = await self._settle_item(item, index, blank=stage == "added")
                if self.guard.blocked:
                    return b""
                scanned = {("item", *path) for path, _ in item_texts(item, index)}
            return tails + self._encode(event, data, scanned)
        if kind in TERMINAL:
            return await self._terminal(event, data)
        if kind == "error" or not _carries_text(data):
            return self._encode(event, data)
        metrics.BODY_ERRORS.labels(self.x.route, "unknown_event").inc()
        return b""

    async def _text_event(
        self, event: Event, data: dict[str, Any], family: str, stage: str
    ) -> bytes:
        field, index_field, done_field = STREAMED[family]
        key = self._key(data, field, index_field)
        if key is None:
            return b""
        self.origin.setdefault(key, (family, index_field, str(data.get("item_id") or "")))
        if stage == "delta":
            piece = data.get("delta")
            released = await self._feed(key, piece if isinstance(piece, str) else "")
            if self.guard.blocked:
                return b""
            if released != piece:
                self.fmt.drop_logprobs(data, ("delta",))
            data["delta"] = released
            return self._encode(event, data, {("delta",)})
        tail = await self._settled(key, data, done_field)
        return b"" if self.guard.blocked else tail + self._encode(event, data, {(done_field,)})

    async def _part_event(
        self, event: Event, data: dict[str, Any], family: str, stage: str
    ) -> bytes:
        part = data.get("part")
        index = data.get("output_index")
        position = data.get(PARTS[family][1])
        if not (isinstance(part, dict) and isinstance(index, int) and isinstance(position, int)):
            return encode_event(event) if not _carries_text(data) else b""
        if family == "response.reasoning_summary_part":
            field, key_field = "text", "reasoning"
        elif part.get("type") in PART_TYPES:
            field, key_field = PART_TYPES[part["type"]]
        else:
            return encode_event(event) if not _carries_text(part) else b""
        key = (index, key_field, position)
        if stage == "added":
            part[field] = ""  # the text comes in deltas, through the guard
            return self._encode(event, data)
        tail = await self._settled(key, part, field)
        scanned: set[JSONPath] = {("part", field)}
        return b"" if self.guard.blocked else tail + self._encode(event, data, scanned)

    async def _settle_item(self, item: dict[str, Any], index: int, *, blank: bool) -> bytes:
        """Replace every text of an output item by the released text of its channel (by ""
        while the item is only announced); the tails this releases, as delta events."""
        out = bytearray()
        for path, key in item_texts(item, index):
            holder = get_path(item, path[:-1])
            if not isinstance(holder, dict) or not isinstance(holder.get(path[-1]), str):
                continue
            if blank:
                holder[path[-1]] = ""
                continue
            out += await self._settled(key, holder, str(path[-1]))
            if self.guard.blocked:
                return b""
        return bytes(out)

    async def _terminal(self, event: Event, data: dict[str, Any]) -> bytes:
        out = await self._end_tails()
        if self.guard.blocked:
            return b""
        response = data.get("response")
        scanned: set[JSONPath] = set()
        if isinstance(response, dict):
            for index, item in enumerate(response.get("output") or []):
                if isinstance(item, dict):
                    out += await self._settle_item(item, index, blank=False)
                    if self.guard.blocked:
                        return b""
                    scanned |= {
                        ("response", "output", index, *path) for path, _ in item_texts(item, index)
                    }
            response.pop("output_text", None)
        self._strip(data, scanned)  # before the guard's own objects go in
        if isinstance(response, dict):
            response["aigc_guard"] = self.guard.decision.public()
            signed = self.labeler.final_object()
            if signed is not None:
                response["aigc"] = signed
        self.template = data
        return out + encode_event(event.with_data(jsonio.dumps(data).decode("utf-8")))

    # -- channels --------------------------------------------------------------------------

    @staticmethod
    def _key(data: dict[str, Any], field: str, index_field: str | None) -> Key | None:
        index = data.get("output_index")
        position = data.get(index_field, 0) if index_field else 0
        if not isinstance(index, int) or not isinstance(position, int):
            return None
        return (index, field, position)

    async def _feed(self, key: Key, text: str) -> str:
        released = await self.guard.feed(key, text)
        if self.guard.blocked:
            return ""
        released = self.labeler.release(key, released, self.guard.lang)
        self.released[key] = self.released.get(key, "") + released
        return released

    async def _settled(self, key: Key, holder: dict[str, Any], field: str) -> bytes:
        """Finish ``key`` from the whole text in ``holder[field]`` and put the channel's
        released text there; returns the held tail as a delta event."""
        whole = holder.get(field)
        tail = await self._finish(key, whole if isinstance(whole, str) else "")
        if not self.guard.blocked:
            holder[field] = self.released.get(key, "")
            if holder[field] != whole:
                self.fmt.drop_logprobs(holder, (field,))
        return tail

    async def _finish(self, key: Key, whole: str) -> bytes:
        """End channel ``key`` (fed ``whole`` first if no delta came); its tail as a delta."""
        if key not in self.released and key not in self.guard.channels():
            await self._feed(key, whole)
            if self.guard.blocked:
                return b""
        tail = await self.guard.finish(key)
        if self.guard.blocked:
            return b""
        lang = self.guard.lang
        tail = self.labeler.release(key, tail, lang) + self.labeler.finish(key, lang)
        self.released[key] = self.released.get(key, "") + tail
        return self._delta(key, tail) if tail else b""

    def _delta(self, key: Key, text: str) -> bytes:
        family, index_field, item_id = self.origin.get(key, ("response.output_text", "", ""))
        event: dict[str, Any] = {
            "type": f"{family}.delta",
            "item_id": item_id,
            "output_index": key[0],
            "delta": text,
        }
        if index_field:
            event[index_field] = key[2]
        return event_bytes(event)

    async def _end_tails(self, ending: dict[str, Any] | None = None) -> bytes:
        out = bytearray()
        for key in list(self.guard.channels()):
            out += await self._finish(key, "")  # type: ignore[arg-type]
            if self.guard.blocked:
                return b""
        return bytes(out)

    async def _cut(self, out: bytearray) -> None:
        self.guard.close()
        decision = self.guard.decision
        category = decision.categories[0] if decision.categories else "unknown"
        metrics.STREAM_CUTOFFS.labels(self.x.route, category).inc()
        lang = self.guard.lang
        channels = cast(list[Key], self.guard.channels())
        for key in channels:
            out += self._sent(key, self.labeler.finish(key, lang))
        notice_config = self.x.policy.config.stream.cut_notice
        text_keys = [k for k in channels if k[1] == "text"]
        if notice_config and text_keys:
            out += self._sent(text_keys[0], notice_config.pick(lang))
        final = self.fmt.final_chunk(self.template, [], None)
        # The response as the client received it: what was sent before the cut stays its output.
        final["response"]["output"] = self._sent_output()
        final["response"]["aigc_guard"] = decision.public()
        signed = self.labeler.final_object()
        if signed is not None:
            final["response"]["aigc"] = signed
        out += event_bytes(final)
        self._record()
        self.closed = True
        self.x.cut_off()
        await self.x.send({"type": "http.response.body", "body": bytes(out), "more_body": False})

    def _sent(self, key: Key, text: str) -> bytes:
        """A delta the guard adds itself (a label, a notice), kept with what the key released."""
        if not text:
            return b""
        self.released[key] = self.released.get(key, "") + text
        return self._delta(key, text)

    def _sent_output(self) -> list[dict[str, Any]]:
        """Message items holding the text each channel released (text and refusal parts)."""
        items: dict[int, dict[str, Any]] = {}
        for (index, field, part), text in sorted(self.released.items()):
            if field not in ("text", "refusal") or not text:
                continue
            _, _, item_id = self.origin.get((index, field, part), ("", None, ""))
            item = items.setdefault(
                index,
                {
                    "type": "message",
                    "id": item_id or f"msg_guard{index}",
                    "status": "incomplete",
                    "role": "assistant",
                    "content": [],
                },
            )
            if field == "text":
                item["content"].append({"type": "output_text", "text": text, "annotations": []})
            else:
                item["content"].append({"type": "refusal", "refusal": text})
        return [items[i] for i in sorted(items)]

    def _encode(
        self, event: Event, data: dict[str, Any], scanned: set[JSONPath] | None = None
    ) -> bytes:
        """The event re-encoded, without any text the guard did not stream (``scanned``:
        the paths of the texts it put there itself)."""
        self._strip(data, scanned or set())
        return encode_event(event.with_data(jsonio.dumps(data).decode("utf-8")))

    def _strip(self, data: dict[str, Any], scanned: set[JSONPath]) -> None:
        removed = strip_unscanned(data, scanned)
        if removed:
            metrics.BODY_ERRORS.labels(self.x.route, "unscanned_field").inc(removed)
