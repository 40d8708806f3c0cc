"""Responders: what the middleware does with a response, by its kind.

* errors (non-2xx) pass as they are;
* every other body is read as JSON (whatever its content type: clients parse ``text/plain``
  answers too), buffered (decompressed within the limit), every text in it scanned, and sent
  re-encoded (allow, flag, redact) or replaced (block); what cannot be read follows
  ``limits.on_error``;
* streams (SSE, NDJSON) go frame by frame through a :class:`~aigc_guard.stream.StreamGuard`;
  a block ends the stream with the format's own stop signal, and stops the app.

Nothing here knows a wire format: each :class:`~aigc_guard.formats.Format` says where its
texts are and how its answers end, each :class:`~aigc_guard.framing.Framing` how its frames
are cut and written.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, cast

from . import jsonio, metrics
from .compliance.labels import label_whole_answer
from .compliance.stream_labels import StreamLabeler
from .decision import Decision, most_severe
from .engine import ScanOutcome, scan_texts
from .errors import BodyError
from .formats import set_path
from .formats.base import Format, Slot, only_identifiers_besides, other_slots, strip_unscanned
from .framing import SSE, Framing, framing_for
from .http import DecodedTooLarge, Decoder, Message, body_decoder, get_header, replace_headers
from .language import detect_language
from .offload import sized
from .policy.schema import Action, Direction
from .splice import ChunkShape
from .sse import Event, SSEError
from .stream import StreamGuard

if TYPE_CHECKING:
    from .middleware import GuardedExchange

__all__ = ["ResponseInterceptor", "StreamResponder"]

log = logging.getLogger("aigc_guard.responders")


def _is_json(content_type: bytes) -> bool:
    media = content_type.split(b";", 1)[0].strip().lower()
    return media == b"application/json" or media.endswith(b"+json")


def _charset(content_type: bytes) -> str:
    for part in content_type.split(b";")[1:]:
        name, _, value = part.strip().partition(b"=")
        if name.lower() == b"charset" and value:
            return value.strip(b"\"'").decode("latin-1")
    return "utf-8"


async def release_slot(guard: StreamGuard, labeler: StreamLabeler, slot: Slot) -> str:
    """What the guard lets out of one text of a chunk. A text a stream carries whole (a tool
    call's argument value) is a channel of its own, finished at once."""
    if not slot.whole:
        released = await guard.feed(slot.key, slot.text)
        return labeler.release(slot.key, released, guard.lang)
    key = ("whole", len(guard.channels()))
    return await guard.feed(key, slot.text) + await guard.finish(key)


class ResponseInterceptor:
    """Wraps the app's ``send`` for one guarded exchange."""

    def __init__(self, exchange: GuardedExchange, fmt: Format, input_decision: Decision) -> None:
        self.x = exchange
        self.fmt = fmt
        self.input_decision = input_decision
        self.mode = ""  # "pass", "json" or "stream" once the response starts
        self.finished = False  # the guard sent the response's last message
        self.start: Message | None = None
        self.buffer = bytearray()
        self.stream: StreamResponder | None = None

    async def send(self, message: Message) -> None:
        kind = message["type"]
        if self.finished:
            if kind == "http.response.body":
                raise OSError("aigc_guard ended this response")
            return
        if kind == "http.response.start":
            await self._on_start(message)
        elif self.mode == "pass":
            if kind == "http.response.body" and not message.get("more_body", False):
                self.finished = True
            await self.x.send(message)
        elif kind != "http.response.body":
            return  # trailers and extensions of guarded bodies are not forwarded
        elif self.mode == "json":
            await self._on_json_body(message)
        elif self.stream is not None:
            await self.stream.on_body(message)
            self.finished = self.stream.closed

    async def app_returned(self) -> None:
        """The app returned: finish anything it left open."""
        if self.finished or self.start is None:
            return
        if self.mode == "json":
            await self._json_complete()
        elif self.stream is not None:
            await self.stream.on_body(
                {"type": "http.response.body", "body": b"", "more_body": False}
            )
        self.finished = True

    async def app_failed(self) -> bool:
        """The app raised before the response was complete: end it in the API's format if
        the guard still can (a JSON answer not started, a stream); False if it cannot."""
        metrics.BODY_ERRORS.labels(self.x.route, "upstream_failed").inc()
        if self.start is None or self.mode == "json":
            self.finished = True
            self.x.record(Direction.OUTPUT, self.input_decision, "error")
            await self.x.send_error(
                502, "upstream_failed", "aigc_guard: the upstream failed before it answered"
            )
            return True
        if self.stream is not None:
            await self.stream.upstream_failed()
            self.finished = True
            return True
        return False

    # -- start ---------------------------------------------------------------------------

    async def _on_start(self, message: Message) -> None:
        self.start = message
        status = int(message["status"])
        headers = list(message.get("headers", []))
        content_type = get_header(headers, b"content-type") or b""
        input_action = self.input_decision.action.value
        framing = framing_for(content_type)
        if not 200 <= status < 300:
            self.mode = "pass"
        elif framing is not None:
            self.mode = "stream"
        else:
            self.mode = "json"
            return  # held until the body is known
        if self.mode == "pass":
            guard = self.x.guard_headers(self.input_decision, input_action)
            await self.x.send({**message, "headers": replace_headers(headers, set(), guard)})
            return
        limits = self.x.policy.config.limits
        decoder = body_decoder(get_header(headers, b"content-encoding"), limits.max_stream_bytes)
        if decoder is None:
            await self._unreadable(BodyError("upstream_encoding", "unsupported content-encoding"))
            return
        assert framing is not None
        self.stream = self.fmt.stream_responder()(self, decoder, framing)
        drop = {b"content-length", b"content-encoding", b"x-aigc-guard-action"}
        guard = self.x.guard_headers(self.input_decision, input_action)
        await self.x.send({**message, "headers": replace_headers(headers, drop, guard)})

    # -- whole JSON bodies ---------------------------------------------------------------

    async def _on_json_body(self, message: Message) -> None:
        self.buffer.extend(message.get("body", b""))
        limit = self.x.policy.config.limits.max_response_bytes
        if len(self.buffer) > limit:
            problem = BodyError("upstream_too_large", "the answer is too large to scan")
            await self._unreadable(problem, more=bool(message.get("more_body", False)))
            return
        if not message.get("more_body", False):
            await self._json_complete()

    async def _json_complete(self) -> None:
        assert self.start is not None
        headers = list(self.start.get("headers", []))
        large = self.x.policy.config.limits.inline_scan_chars
        try:
            body = await sized(len(self.buffer), large, self._decode_json, headers)
        except BodyError as problem:
            await self._unreadable(problem)
            return
        if (
            isinstance(body, dict)
            and body.get("object") == "list"
            and isinstance(body.get("data"), list)
        ):
            await self._json_list(headers, body)
            return
        if not self.fmt.understands(body):
            unknown = BodyError("upstream_unknown_format", f"the answer is not {self.fmt.name}")
            await self._unreadable(unknown)
            return
        if isinstance(body, list):  # a stream sent as one JSON array (Gemini without SSE)
            await self._json_array(headers, body)
            return
        slots, outcome = await self._scanned(body)
        decision = outcome.decision
        shown = most_severe(decision.action, self.input_decision.action).value
        body = self._rewritten(body, slots, outcome)
        extra: list[tuple[bytes, bytes]] = []
        if decision.action is not Action.BLOCK:
            extra = self._label(body, slots, outcome.texts, decision)
        await self._send_json(headers, body, decision, shown, extra)

    async def _json_list(self, headers: list[tuple[bytes, bytes]], body: dict[str, Any]) -> None:
        """A list of stored answers: each scanned and decided on its own."""
        shown = self.input_decision.action
        for position, answer in enumerate(body["data"]):
            if isinstance(answer, dict):
                slots, outcome = await self._scanned(answer)
                shown = most_severe(shown, outcome.decision.action)
                body["data"][position] = self._rewritten(answer, slots, outcome)
        await self._send_json(headers, body, self.input_decision, shown.value)

    async def _json_array(self, headers: list[tuple[bytes, bytes]], body: list[Any]) -> None:
        """A stream sent as one JSON array: its pieces go through a stream guard in order, as
        the frames of a stream would (a text split between pieces is read whole), and the
        answer is decided and labelled once."""
        guard = StreamGuard(self.x.policy, Direction.OUTPUT, asked=self.input_decision.findings)
        labeler = StreamLabeler(
            self.x.explicit,
            self.x.compliance.implicit,
            guard.decision.decision_id,
            self.x.json_mode,
            self.x.disclaimer,
        )
        pieces = [p for p in body if isinstance(p, dict)]
        holders: dict[tuple[int, str, int], dict[str, Any]] = {}
        for piece in pieces:
            labeler.upstream_chunk(piece)
            slots = self.fmt.chunk_slots(piece)
            for slot in slots:
                released = await release_slot(guard, labeler, slot)
                if guard.blocked:
                    break
                set_path(piece, slot.path, released)
                holders[slot.key] = piece
            strip_unscanned(piece, {slot.path for slot in self.fmt.chunk_slots(piece)})
        tails = {} if guard.blocked else await guard.finish_all()
        for key, tail in tails.items():
            text = labeler.release(key, tail, guard.lang) + labeler.finish(key, guard.lang)
            if text and key in holders:
                self.fmt.put_text(holders[key], key, text)
        decision = guard.decision
        self.x.record(Direction.OUTPUT, decision, texts=guard.texts(), findings=guard.findings())
        shown = most_severe(decision.action, self.input_decision.action).value
        if decision.action is Action.BLOCK or not pieces:
            blocked = self.fmt.blocked_response(pieces[0] if pieces else {}, decision.message or "")
            blocked["aigc_guard"] = decision.public()
            await self._send_json(headers, [blocked], decision, shown)
            return
        signed = labeler.final_object()
        if signed is not None:
            self.fmt.attach(pieces, "aigc", signed)
        await self._send_json(headers, pieces, decision, shown)

    async def _scanned(self, answer: dict[str, Any]) -> tuple[list[Slot], ScanOutcome]:
        """Scan one whole answer and record its decision."""
        slots = self.fmt.response_slots(answer)
        slots += other_slots(answer, slots)
        texts = [s.text for s in slots]
        outcome = await scan_texts(
            self.x.policy, texts, Direction.OUTPUT, asked=self.input_decision.findings
        )
        self.x.record(Direction.OUTPUT, outcome.decision, texts=texts, findings=outcome.findings)
        return slots, outcome

    def _rewritten(
        self, answer: dict[str, Any], slots: list[Slot], outcome: ScanOutcome
    ) -> dict[str, Any]:
        """The answer as it must leave: the refusal when blocked, else with its redactions."""
        decision = outcome.decision
        if decision.action is Action.BLOCK:
            blocked = self.fmt.blocked_response(answer, decision.message or "")
            blocked["aigc_guard"] = decision.public()
            return blocked
        for slot, text in zip(slots, outcome.texts, strict=True):
            if text != slot.text:
                set_path(answer, slot.path, text)
                self.fmt.drop_logprobs(answer, slot.path)
        return answer

    async def _send_json(
        self,
        headers: list[tuple[bytes, bytes]],
        body: dict[str, Any] | list[Any],
        decision: Decision,
        shown: str,
        extra: list[tuple[bytes, bytes]] | None = None,
    ) -> None:
        large = self.x.policy.config.limits.inline_scan_chars
        payload = await sized(len(self.buffer), large, jsonio.dumps, body)
        drop = {b"content-length", b"content-encoding", b"content-type", b"x-aigc-guard-action"}
        added = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(payload)).encode()),
            *self.x.guard_headers(decision, shown),
            *(extra or []),
        ]
        await self._finish(replace_headers(headers, drop, added), payload)

    def _label(
        self, body: dict[str, Any], slots: list[Slot], texts: list[str], decision: Decision
    ) -> list[tuple[bytes, bytes]]:
        """GB 45438 labels on a whole answer; the ``aigc`` header when configured."""
        compliance = self.x.compliance
        explicit = None if self.x.json_mode else self.x.explicit
        added = label_whole_answer(
            body,
            [(slot.path, slot.key, text) for slot, text in zip(slots, texts, strict=True)],
            explicit,
            compliance.implicit,
            decision.decision_id,
            detect_language("".join(texts)),
            disclaimer=None if self.x.json_mode else self.x.disclaimer,
        )
        for kind in added:
            metrics.child(metrics.LABELS, kind).inc()
        if compliance.implicit is not None and compliance.implicit.header:
            aigc = body["aigc"]["AIGC"]
            return [(b"aigc", jsonio.dumps(aigc).replace(b", ", b",").replace(b": ", b":"))]
        return []

    def _decode_json(self, headers: list[tuple[bytes, bytes]]) -> dict[str, Any] | list[Any]:
        limits = self.x.policy.config.limits
        decoder = body_decoder(get_header(headers, b"content-encoding"), limits.max_response_bytes)
        if decoder is None:
            raise BodyError("upstream_encoding", "unsupported content-encoding")
        try:
            raw = decoder.decompress(bytes(self.buffer)) + decoder.flush()
        except DecodedTooLarge as exc:
            raise BodyError("upstream_too_large", "the answer is too large to scan") from exc
        except Exception as exc:  # zlib.error, brotli.error: each codec has its own
            raise BodyError("upstream_compressed", "the answer could not be decompressed") from exc
        charset = _charset(get_header(headers, b"content-type") or b"")
        try:
            text = raw.decode(charset)
        except (LookupError, UnicodeDecodeError) as exc:
            raise BodyError(
                "upstream_encoding", "the answer is not in its declared charset"
            ) from exc
        try:
            return jsonio.loads_value(text, max_depth=limits.max_json_depth, what="answer")
        except BodyError as exc:
            code = "malformed" if exc.code == "invalid_json" else exc.code
            raise BodyError(f"upstream_{code}", exc.message) from exc

    async def _finish(self, headers: list[tuple[bytes, bytes]], payload: bytes) -> None:
        assert self.start is not None
        self.finished = True
        await self.x.send({**self.start, "headers": headers})
        await self.x.send({"type": "http.response.body", "body": payload, "more_body": False})

    async def _unreadable(self, problem: BodyError, *, more: bool = False) -> None:
        """Malformed, oddly compressed or over-size answers: the policy's ``on_error``.

        ``more``: the app has more body to send (fail open then passes the rest through).
        """
        assert self.start is not None
        metrics.BODY_ERRORS.labels(self.x.route, problem.code).inc()
        log.warning("unscannable answer on %s: %s", self.x.route, problem.code)
        if self.x.policy.config.limits.on_error == "fail_open":
            self.x.record(Direction.OUTPUT, self.input_decision, "unscanned")
            headers = list(self.start.get("headers", []))
            guard = self.x.guard_headers(self.input_decision, "unscanned")
            if not more:
                await self._finish(replace_headers(headers, set(), guard), bytes(self.buffer))
                return
            self.mode = "pass"
            await self.x.send({**self.start, "headers": replace_headers(headers, set(), guard)})
            await self.x.send(
                {"type": "http.response.body", "body": bytes(self.buffer), "more_body": True}
            )
            return
        self.x.record(Direction.OUTPUT, self.input_decision, "error")
        self.finished = True
        self.x.cut_off()
        await self.x.send_error(
            502, problem.code, f"aigc_guard: {problem.message}; it was withheld"
        )


class StreamResponder:
    """Guards one stream frame by frame, in any framing (SSE, NDJSON) and any format."""

    def __init__(self, owner: ResponseInterceptor, decoder: Decoder, framing: Framing) -> None:
        self.owner = owner
        self.x = owner.x
        self.fmt = owner.fmt
        self.decoder = decoder
        self.framing = framing
        self.parser = framing.parser(self.x.policy.config.limits.max_event_bytes)
        self.guard = StreamGuard(
            self.x.policy, Direction.OUTPUT, asked=owner.input_decision.findings
        )
        self.template: dict[str, Any] | None = None
        self.shape: ChunkShape | None = None  # plain text chunks' shape, once learnt
        self.choices_seen: set[int] = set()
        self.ended: set[int] = set()  # choices (or blocks) whose channels the stream ended
        self.closed = False
        self.recorded = False
        self.signed = False
        compliance = self.x.compliance
        self.labeler = StreamLabeler(
            self.x.explicit,
            compliance.implicit,
            self.guard.decision.decision_id,
            self.x.json_mode,
            self.x.disclaimer,
        )

    def _emit(self, *chunks: dict[str, Any]) -> bytes:
        out = b""
        for chunk in chunks:
            self.labeler.first_chunk(chunk)
            out += self.framing.encode_object(chunk, self.fmt.event_name(chunk))
        return out

    def _done(self) -> bytes:
        """What ends the stream after its last chunk (OpenAI's ``data: [DONE]``)."""
        if self.fmt.done_data is None or self.framing is not SSE:
            return b""
        return self.framing.encode(Event([("data", self.fmt.done_data)]))

    async def _end_tails(self, ending: dict[str, Any] | None = None) -> bytes:
        """End of every channel: held text after a final scan, end labels, and the signed
        implicit label (inside ``ending``, the chunk that ends the stream, when there is one;
        else in a chunk of its own)."""
        tails = await self.guard.finish_all()
        if self.guard.blocked:
            return b""
        lang = self.guard.lang
        texts = {k: self.labeler.release(k, t, lang) for k, t in tails.items()}
        for key, label in self.labeler.finish_all(self.guard.channels(), lang).items():
            texts[key] = texts.get(key, "") + label
        texts = {k: v for k, v in texts.items() if v}
        out = self._emit(*self.fmt.text_chunks(self.template, texts)) if texts else b""  # type: ignore[arg-type]
        signed = None if self.signed else self.labeler.final_object()
        if signed is not None:
            self.signed = True
            if ending is not None:
                self.fmt.attach([ending], "aigc", signed)
            else:
                out += self._emit(self.fmt.object_chunk(self.template, "aigc", signed))
        return out

    async def on_body(self, message: Message) -> None:
        if self.closed:
            return
        more = bool(message.get("more_body", False))
        out = bytearray()
        try:
            data = self.decoder.decompress(message.get("body", b""))
            if not more:
                data += self.decoder.flush()
            events = self.parser.feed(data)
            leftover = None if more else self.parser.close()
        except DecodedTooLarge:
            await self._broken(out, "upstream_too_large", "the stream is too large to scan")
            return
        except SSEError:
            await self._broken(out, "upstream_event_too_large", "a stream event is over its limit")
            return
        except Exception:  # a codec's own error type: the stream cannot be read on
            await self._broken(out, "upstream_compressed", "the stream could not be decompressed")
            return
        run: list[tuple[dict[str, Any] | None, Slot]] = []
        for event in events:
            if self.shape is not None and not self.labeler.first_chunk_pending:
                spliced = self.shape.read(event)
                if spliced is not None:
                    run.append((None, spliced))
                    continue
            parsed = self.event_object(event.data)
            slot = self.fmt.plain_text_slot(parsed) if parsed is not None else None
            if (
                slot is not None
                and parsed is not None
                and only_identifiers_besides(parsed, slot.path)
            ):
                if self.shape is None and not slot.whole:
                    self.shape = ChunkShape.learn(
                        event,
                        parsed,
                        slot,
                        self.fmt,
                        self.framing,
                        self.x.policy.config.limits.max_json_depth,
                    )
                run.append((parsed, slot))
                continue
            out += await self._coalesced(run)
            run = []
            if not self.guard.blocked:
                out += await self._on_event(event, parsed)
            if self.guard.blocked:
                await self._cut(out)
                return
        out += await self._coalesced(run)
        if self.guard.blocked:
            await self._cut(out)
            return
        if not more:
            if leftover is not None:
                parsed = self.event_object(leftover.data)
                if parsed is not None:
                    out += await self._on_event(leftover, parsed)
                else:
                    metrics.BODY_ERRORS.labels(self.x.route, "stream_truncated").inc()
            if not self.guard.blocked:
                out += await self._end_tails()
            if self.guard.blocked:
                await self._cut(out)
                return
            self._record()
            self.closed = True
            await self.x.send(
                {"type": "http.response.body", "body": bytes(out), "more_body": False}
            )
            return
        if out:
            await self.x.send({"type": "http.response.body", "body": bytes(out), "more_body": True})

    def event_object(self, data: str | None) -> dict[str, Any] | None:
        """An event's data as a JSON object, read as strictly as a whole answer; ``None``
        when it is not one (such events are dropped: nothing to scan them as)."""
        if not data or data[0] != "{":
            return None
        try:
            return jsonio.loads_object(data, max_depth=self.x.policy.config.limits.max_json_depth)
        except BodyError:
            return None

    async def upstream_failed(self) -> None:
        """The app raised mid-stream: end the stream with an error event, cleanly."""
        if not self.closed:
            await self._broken(bytearray(), "upstream_failed", "the upstream stream broke off")

    async def _broken(self, out: bytearray, code: str, reason: str) -> None:
        """The stream cannot be read on: release nothing more, end it with an error event
        (never a silent cut that looks like a network failure), stop the upstream."""
        self.guard.close()
        metrics.BODY_ERRORS.labels(self.x.route, code).inc()
        log.warning("unreadable stream on %s: %s", self.x.route, code)
        error = self.fmt.stream_error(code, f"aigc_guard: {reason}")
        out += self.framing.encode_object(error, self.fmt.event_name(error))
        self.x.record(Direction.OUTPUT, self.guard.decision, "error")
        self.recorded = True
        self.closed = True
        self.x.cut_off()
        await self.x.send({"type": "http.response.body", "body": bytes(out), "more_body": False})

    async def _coalesced(self, run: list[tuple[dict[str, Any] | None, Slot]]) -> bytes:
        """Plain text chunks that arrived in one read: one scan, one chunk per text.

        Under load a read holds many token chunks; scanning them one by one would cost a
        scan each for no earlier release (they all leave in this same write). A chunk read
        by the learnt :class:`ChunkShape` (``None`` in ``run``) is written by it too.
        """
        if not run:
            return b""
        if len(run) == 1:
            chunk, slot = run[0]
            self.choices_seen.add(slot.choice)
            return await self._plain(chunk, slot, slot.text)
        texts: dict[tuple[int, str, int], list[str]] = {}
        last: dict[tuple[int, str, int], tuple[dict[str, Any] | None, Slot]] = {}
        for chunk, slot in run:
            texts.setdefault(slot.key, []).append(slot.text)
            last[slot.key] = (chunk, slot)
            self.choices_seen.add(slot.choice)
        out = bytearray()
        for key, pieces in texts.items():
            chunk, slot = last[key]
            out += await self._plain(chunk, slot, "".join(pieces))
            if self.guard.blocked:
                return b""
        return bytes(out)

    async def _plain(self, chunk: dict[str, Any] | None, slot: Slot, text: str) -> bytes:
        """Scan ``text`` of a plain chunk's channel and write the chunk with what it releases."""
        key = slot.key
        released = await self.guard.feed(key, text)
        if self.guard.blocked:
            return b""
        labelled = self.labeler.release(key, released, self.guard.lang)
        if chunk is None:
            assert self.shape is not None
            return self.shape.write(labelled)
        self.template = chunk
        set_path(chunk, slot.path, labelled)
        return self._emit(chunk)

    async def _on_event(self, event: Event, chunk: dict[str, Any] | None) -> bytes:
        data = event.data
        if data is None:
            return self.framing.encode(event)
        if chunk is None:
            if not data.strip():
                return self.framing.encode(event)
            if data.strip() != self.fmt.done_data:
                # Not JSON: nothing to scan it as, so it does not pass.
                metrics.BODY_ERRORS.labels(self.x.route, "unknown_event").inc()
                return b""
            prefix = await self._end_tails()
            if self.guard.blocked:
                return b""
            return prefix + self.framing.encode(event)
        self.template = chunk
        changed = self.labeler.upstream_chunk(chunk)
        before = b""
        lang = self.guard.lang
        for slot in self.fmt.chunk_slots(chunk):
            released = await release_slot(self.guard, self.labeler, slot)
            if self.guard.blocked:
                return b""
            if released != slot.text:
                set_path(chunk, slot.path, released)
                self.fmt.drop_logprobs(chunk, slot.path)
                changed = True
        for index, finish_reason in self.fmt.chunk_choices(chunk):
            self.choices_seen.add(index)
            if finish_reason is None:
                continue
            self.ended.add(index)
            for key in self.guard.channels():
                if key[0] != index:  # type: ignore[index]
                    continue
                tail = await self.guard.finish(key)
                if self.guard.blocked:
                    return b""
                tail = self.labeler.release(key, tail, lang) + self.labeler.finish(key, lang)
                if not tail:
                    continue
                if self.fmt.put_text(chunk, key, tail):  # type: ignore[arg-type]
                    changed = True
                else:
                    before += self._emit(*self.fmt.text_chunks(self.template, {key: tail}))  # type: ignore[dict-item]
        scanned = {slot.path for slot in self.fmt.chunk_slots(chunk)}
        removed = strip_unscanned(chunk, scanned)
        if removed:
            metrics.BODY_ERRORS.labels(self.x.route, "unscanned_field").inc(removed)
            changed = True
        if self.fmt.ends_stream(chunk):
            before += await self._end_tails(chunk)
            if self.guard.blocked:
                return b""
            changed = True
        if not changed:
            return before + self.framing.encode(event)
        return before + self.framing.encode(event.with_data(jsonio.dumps(chunk).decode("utf-8")))

    async def _cut(self, out: bytearray) -> None:
        self.guard.close()
        decision = self.guard.decision
        category = decision.categories[0] if decision.categories else "unknown"
        metrics.STREAM_CUTOFFS.labels(self.x.route, category).inc()
        notice_config = self.x.policy.config.stream.cut_notice
        notice = notice_config.pick(self.guard.lang) if notice_config else None
        labels = self.labeler.finish_all(self.guard.channels(), self.guard.lang)
        if labels:  # held text that passed, and the end label: exactly once, also when cut
            out += self._emit(*self.fmt.text_chunks(self.template, labels))  # type: ignore[arg-type]
        open_channels = [
            key
            for key in cast(list[tuple[int, str, int]], self.guard.channels())
            if len(key) == 3 and key[0] not in self.ended
        ]
        finals = self.fmt.final_chunks(
            self.template, sorted(self.choices_seen) or [0], notice, open_channels
        )
        self.fmt.attach(finals, "aigc_guard", decision.public())
        signed = self.labeler.final_object()
        if signed is not None:
            self.fmt.attach(finals, "aigc", signed)
        out += self._emit(*finals) + self._done()
        self._record()
        self.closed = True
        self.x.cut_off()
        await self.x.send({"type": "http.response.body", "body": bytes(out), "more_body": False})

    def _record(self) -> None:
        if not self.recorded:
            self.recorded = True
            guard = self.guard
            self.x.record(
                Direction.OUTPUT, guard.decision, texts=guard.texts(), findings=guard.findings()
            )
            if self.labeler.labels_added:
                metrics.child(metrics.LABELS, "explicit").inc(self.labeler.labels_added)
            if self.labeler.disclaimers_added:
                metrics.child(metrics.LABELS, "disclaimer").inc(self.labeler.disclaimers_added)
            if self.x.compliance.implicit is not None:
                metrics.child(metrics.LABELS, "implicit").inc()
