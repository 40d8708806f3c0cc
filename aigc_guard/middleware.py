"""``GuardMiddleware``: the pure-ASGI interceptor in front of an LLM API.

Per request it takes one policy snapshot, scans the request (an input block answers at
once, an input redaction rewrites the body), then hands the response to a responder that
buffers JSON bodies or guards SSE streams event by event (see ``responders``).
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from . import console, jsonio, metrics
from .attachments import TextFile, read_attachments
from .classifiers.base import CONVERSATION, Conversation, Finding
from .compliance import complaints
from .compliance.audit import flush_open_logs
from .compliance.runtime import runtime_for
from .console import ConsoleApp
from .decision import Decision
from .engine import scan_texts
from .errors import BodyError, PolicyError
from .formats import format_for, set_path
from .formats.base import Format, Slot
from .http import ASGIApp, Message, Receive, Scope, Send, error_body, replace_headers, respond
from .intake import decode_request, read_body
from .offload import sized
from .policy.compiled import Policy, remembered
from .policy.schema import Action, Direction
from .policy.store import PolicyStore
from .randomids import random_hex
from .responders import ResponseInterceptor
from .storage import DATABASE_ERRORS
from .target import canonical_path, lenient_paths
from .tool_texts import declared_strings, read_tool_texts
from .turns import recent_user_turns

__all__ = ["GuardMiddleware"]

log = logging.getLogger("aigc_guard.middleware")
SHUTDOWN_FLUSH_S = 10.0  # within a container's usual grace period (Kubernetes: 30 s)
decision_log = logging.getLogger("aigc_guard.decisions")

ACTION_HEADER = b"x-aigc-guard-action"
DECISION_HEADER = b"x-aigc-guard-decision"
INVALID_REQUEST = "invalid_request_error"
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


class GuardMiddleware:
    """Guard an ASGI app that serves an OpenAI-compatible API.

    ``policy`` is a policy file's path, a loaded :class:`~aigc_guard.Policy` or a
    ``PolicyStore`` (for hot reload). Non-HTTP scopes, other methods and paths the
    policy does not list pass straight through. ``console=False`` leaves the review console
    to another listener (``aigc-guard serve --console-port``).
    """

    def __init__(
        self,
        app: ASGIApp,
        policy: str | Path | Policy | PolicyStore,
        *,
        reload: bool = False,
        console: bool = True,
    ) -> None:
        self.app = app
        self.store = PolicyStore.of(policy)
        runtime_for(self.store.current)  # a policy that cannot run fails here, not per request
        self.reload = reload
        self.console = ConsoleApp(self.store) if console else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.reload:
            self.store.start_watching()
        if scope["type"] == "lifespan":
            await self.app(scope, self._on_shutdown(receive), send)
            return
        if scope["type"] == "websocket" and _target(self.store.current, scope).guarded:
            # A WebSocket to a guarded path would carry text the guard cannot scan: refused
            # before the handshake completes (the client sees HTTP 403).
            metrics.BODY_ERRORS.labels("-", "websocket_refused").inc()
            await send({"type": "websocket.close", "code": 1008})
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = self.store.current
        try:
            runtime = runtime_for(policy)
        except PolicyError as problem:  # a reloaded policy that cannot run (a missing key)
            log.error("the policy cannot run: %s", problem)
            await respond(
                send, 503, error_body("guard_misconfigured", "aigc_guard cannot run its policy")
            )
            return
        target = _target(policy, scope)
        if not target.guarded:
            await self.app(scope, receive, send)  # untouched: the app's own routes as sent
            return
        if target.path is None:
            refused = target.problem
            assert refused is not None
            metrics.BODY_ERRORS.labels("-", refused.code).inc()
            await respond(send, 400, error_body(refused.code, refused.message, INVALID_REQUEST))
            return
        path = target.path
        if policy.refuses(path):
            metrics.BODY_ERRORS.labels("-", "endpoint_not_guarded").inc()
            message = (
                "aigc_guard: this endpoint makes or returns model output the guard cannot "
                "read (a batch job, a stored conversation, a realtime session); the policy's "
                "refused_paths lists it"
            )
            await respond(send, 403, error_body("endpoint_not_guarded", message, INVALID_REQUEST))
            return
        scope = {**scope, "path": unquote(path), "raw_path": path.encode("ascii")}
        if console.handles(path):
            if self.console is not None:
                await self.console(scope, receive, send)
            else:
                await respond(send, 404, error_body("not_found", "the console is served elsewhere"))
            return
        if complaints.handles(path):
            runtime = runtime_for(policy)
            if runtime.complaints is not None or path == complaints.WELL_KNOWN_PATH:
                key = runtime.user_key(_headers(scope))
                await complaints.serve(runtime, key, scope, receive, send)
                return
        method = scope.get("method")
        route = policy.route_for(path)
        retrieval = False
        if method == "GET":  # a stored answer (or a list of them) fetched again
            route = route or policy.route_for(path.rsplit("/", 1)[0])
            retrieval = True
        elif method == "POST" and route is None and (stored := _stored_answer(policy, path)):
            route, retrieval = stored, True  # its metadata updated, or a background one cancelled
        elif method in BODY_METHODS - {"POST"} and route is not None:
            await respond(
                send,
                405,
                error_body("method_not_allowed", f"aigc_guard: {method} is not taken here"),
            )
            return
        elif method != "POST":
            route = None
        if route is None:
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        tenant = policy.tenant_for(headers)
        minor = runtime.is_minor(tenant, headers)
        snapshot = policy.variant(route, tenant, minor)
        exchange = GuardedExchange(self.app, snapshot, scope, receive, send, headers)
        await (exchange.retrieve() if retrieval else exchange.run())

    def _on_shutdown(self, receive: Receive) -> Receive:
        """At shutdown: stop watching the policy, and write out the audit records still
        queued (bounded: ``SHUTDOWN_FLUSH_S``) before the app says it is done."""

        async def wrapped() -> Message:
            message = await receive()
            if message["type"] == "lifespan.shutdown":
                if self.reload:
                    await self.store.stop_watching()
                await asyncio.to_thread(flush_open_logs, SHUTDOWN_FLUSH_S)
            return message

        return wrapped


class GuardedExchange:
    """One request and its response under one policy snapshot."""

    def __init__(
        self,
        app: ASGIApp,
        policy: Policy,
        scope: Scope,
        receive: Receive,
        send: Send,
        headers: dict[str, str],
    ) -> None:
        self.app = app
        self.policy = policy
        self.route = policy.route
        self.scope = scope
        self.receive = receive
        self.send = send
        self.started = time.perf_counter()
        self.request_id = _request_id(scope)
        self.cut = False  # the guard finished the answer: the app is told the client left
        self._listening: set[asyncio.Task[Any]] = set()
        self._woken: set[asyncio.Task[Any]] = set()
        self.compliance = runtime_for(policy)
        self.user_key = self.compliance.user_key(headers)
        # The visible label this tenant gets (None under a waiver: audited per answer).
        self.explicit, self.waiver = self.compliance.explicit_for(policy, headers)
        self.disclaimer = self.compliance.disclaimer_for(policy)  # the route's service type
        self.json_mode = False
        self.model = ""  # the model the request names (incidents record it)
        self.extra_headers: list[tuple[bytes, bytes]] = []

    async def run(self) -> None:
        try:
            if not await self._admitted():
                return
        except DATABASE_ERRORS:
            # Whether this user may ask cannot be known: refused, never passed.
            metrics.child(metrics.STORAGE_ERRORS, "admit").inc()
            log.exception("the audit database failed while admitting a request")
            await self.send_error(
                503,
                "storage_unavailable",
                "aigc_guard: the guard's records are unavailable; try again shortly",
                error_type="api_error",
                native=True,
            )
            return
        measures = self.compliance.measures
        limits = self.policy.config.limits
        try:
            raw = await read_body(self.receive, limits.max_request_bytes)
            if raw is None:
                return  # the client went away
            large = limits.inline_scan_chars
            request = await sized(len(raw), large, self._parse_request, raw)
        except BodyError as problem:
            await self._refuse_unreadable(problem)
            return
        body, fmt, slots = request.body, request.format, request.slots
        texts = [s.text for s in slots]
        # Guard models judge an answer with the prompt it answers: the last user-side text.
        CONVERSATION.set(Conversation(prompt=texts[-1] if texts else ""))
        turns = recent_user_turns(body, slots)
        files = [f.text for f in request.attached]
        apart = files if turns is None else [turns, *files]
        rewritten_files: list[str] = []
        if not apart and not request.declared:
            outcome = await scan_texts(self.policy, texts, Direction.INPUT)
            decision = outcome.decision
            recorded, found = texts, outcome.findings
        else:  # judged at the same time, so the model batches see all of them
            reading = self.policy.reading_declarations()
            outcome, unplaced, declared = await asyncio.gather(
                scan_texts(self.policy, texts, Direction.INPUT),
                _judged_unplaced(self.policy, apart, files=len(files)),
                _judged_unplaced(reading, request.declared, files=len(request.declared)),
            )
            rewritten_files = unplaced.files
            decision = outcome.decision.merged(unplaced.decision).merged(declared.decision)
            redacting = declared.files and decision.action is Action.REDACT
            if redacting and not await _redact_declarations(reading, body):
                await self._refuse_unreadable(_UNREDACTABLE)
                return
            # The audit's content (and evidence) holds the files and declarations that were
            # blocked or flagged, beside the messages: what the reviewer must see.
            recorded, found = list(texts), list(outcome.findings)
            for judged, own in ((unplaced, files),
                                (declared, request.declared)):  # fmt: skip
                if judged.decision.would_be is not Action.ALLOW:
                    recorded += own
                    found += judged.findings[len(judged.findings) - len(own) :]
        self.record(Direction.INPUT, decision, texts=recorded, findings=found)
        if measures is not None and self.user_key:
            try:
                measure = await asyncio.to_thread(
                    measures.record, self.user_key, decision.action is Action.BLOCK
                )
            except DATABASE_ERRORS:  # the decision stands; the count is lost, and counted
                metrics.child(metrics.STORAGE_ERRORS, "count").inc()
                log.exception("the audit database failed while counting a user measure")
                measure = None
            if measure is not None:
                self.extra_headers.append((b"x-aigc-guard-measure", measure.encode()))
        query = bytes(self.scope.get("query_string") or b"").decode("latin-1")
        wants_stream = fmt.wants_stream(self.scope.get("path", ""), body, query)
        self.model = str(body.get("model") or "")
        self.json_mode = fmt.json_mode(body)
        if decision.action is Action.BLOCK:
            await self._refuse(fmt, body, decision, wants_stream)
            return
        if decision.action is Action.REDACT:
            for slot, text in zip(slots, outcome.texts, strict=True):
                if text != slot.text:
                    set_path(body, slot.path, text)
            for file, text in zip(request.attached, rewritten_files, strict=False):
                if text != file.text:
                    file.write(text)  # in the body, encoded as the file came
        # What the upstream receives is the object the guard scanned, encoded by the guard.
        forwarded = await sized(len(raw), limits.inline_scan_chars, jsonio.dumps, body)
        headers = replace_headers(
            list(self.scope.get("headers", [])),
            {b"content-length", b"content-encoding", b"transfer-encoding"},
            [(b"content-length", str(len(forwarded)).encode())],
        )
        scope = {**self.scope, "headers": headers}
        await self._forward(scope, self._replay(forwarded), fmt, decision)

    def _parse_request(self, raw: bytes) -> ReadRequest:
        """The request as the guard reads it, or :class:`BodyError` saying why it cannot."""
        limits = self.policy.config.limits
        body = decode_request(raw, self.scope.get("headers", []), limits)
        fmt = format_for(self.scope.get("path", ""), body)
        if fmt is None:
            raise BodyError(
                "unsupported_format", "aigc_guard: the request is in no format the guard reads"
            )
        slots = fmt.request_slots(body)
        declared = read_tool_texts(body)
        unread = fmt.unread_input(body)
        if unread is not None:
            raise BodyError("unreadable_input", f"aigc_guard: the request holds {unread}")
        attached = read_attachments(body)
        if len(slots) + len(declared) + len(attached.files) > limits.max_texts:
            raise BodyError(
                "too_many_texts", f"aigc_guard: the request has more than {limits.max_texts} texts"
            )
        if limits.unread_files == "refuse" and attached.unread:
            raise BodyError(
                "unread_attachment",
                "aigc_guard: the request attaches a file the guard cannot read (a PDF, or a file "
                "named by id or URL); the policy's limits.unread_files: pass forwards such files",
            )
        return ReadRequest(body, fmt, slots, attached.files, declared)

    async def _refuse_unreadable(self, problem: BodyError) -> None:
        metrics.BODY_ERRORS.labels(self.route, problem.code).inc()
        self.record(Direction.INPUT, Decision(Action.BLOCK), "error")
        status = 413 if problem.code == "request_too_large" else 400
        if problem.code == "unsupported_encoding":
            status = 415
        message = problem.message
        if not message.startswith("aigc_guard"):
            message = f"aigc_guard: {message}"
        await self.send_error(status, problem.code, message, error_type=INVALID_REQUEST)

    async def retrieve(self) -> None:
        """``GET`` of a stored answer (``/v1/responses/{id}``, ``/v1/chat/completions/{id}``)
        or a list of them, or a ``POST`` that answers with one (its metadata updated, a
        background response cancelled): no text to scan in the request, the answer scanned as
        when it was made, so a blocked answer cannot be fetched again from the upstream's store."""
        path = self.scope.get("path", "")
        fmt = (
            format_for(path, {})
            or format_for(path.rsplit("/", 1)[0], {})
            or format_for(path.rsplit("/", 2)[0], {})
        )
        if fmt is None:
            await self.app(self.scope, self.receive, self.send)
            return
        raw: bytes | None = b""
        if self.scope.get("method") == "POST":
            try:
                raw = await read_body(self.receive, self.policy.config.limits.max_request_bytes)
            except BodyError as problem:
                await self._refuse_unreadable(problem)
                return
        if raw is None:
            return  # the client went away
        await self._forward(self.scope, self._replay(raw), fmt, Decision(Action.ALLOW))

    async def _forward(
        self, scope: Scope, receive: Receive, fmt: Format, decision: Decision
    ) -> None:
        """Call the app with its response going through the guard."""
        interceptor = ResponseInterceptor(self, fmt, decision)
        try:
            await self.app(scope, receive, interceptor.send)
        except Exception as exc:
            if interceptor.finished:
                # The app noticed our cut (or the client's disconnect) after we finished.
                log.debug("app stopped after the guard finished the response", exc_info=True)
            else:
                # An I/O fault (the upstream broke off, passed its deadline) is an event; any
                # other exception is a bug in the app and keeps its traceback.
                log.warning(
                    "the app failed on %s: %s",
                    self.route,
                    type(exc).__name__,
                    exc_info=not isinstance(exc, OSError),
                )
                if not await interceptor.app_failed():
                    raise  # a body already passing through: the server must abort it
        await interceptor.app_returned()

    def _replay(self, raw: bytes) -> Receive:
        """``receive`` for the app: the (rewritten) body, then disconnect or the guard's cut."""
        sent = False

        async def receive() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": raw, "more_body": False}
            if self.cut:
                return {"type": "http.disconnect"}
            # The app waits on the client itself; a cut wakes it (cancel, then uncancel) rather
            # than racing the client against the cut in two new tasks on every request.
            task = asyncio.current_task()
            assert task is not None
            self._listening.add(task)
            try:
                return await self.receive()
            except asyncio.CancelledError:
                if task in self._woken:
                    self._woken.discard(task)
                    if task.uncancel() == 0:  # cancelled by the cut alone
                        return {"type": "http.disconnect"}
                raise
            finally:
                self._listening.discard(task)
                # A cancellation's traceback keeps this frame alive: holding the task here
                # would make task → exception → traceback → frame → task a cycle per request.
                del task

        return receive

    def cut_off(self) -> None:
        """The answer is finished (or refused): the app's pending and later ``receive`` calls
        answer ``http.disconnect``, so it stops (a proxy closes its upstream)."""
        if self.cut:
            return
        self.cut = True
        for task in self._listening:
            self._woken.add(task)
            task.cancel()

    async def _refuse(
        self, fmt: Format, request: dict[str, Any], decision: Decision, stream: bool
    ) -> None:
        message = decision.message or ""
        headers = self.guard_headers(decision)
        if stream:
            chunks = fmt.refusal_chunks(request, message)
            fmt.attach(chunks, "aigc_guard", decision.public())
            payload = fmt.encode_stream(chunks)
            headers += [
                (b"content-type", fmt.framing.content_type),
                (b"cache-control", b"no-cache"),
            ]
        else:
            answer = fmt.refusal_response(request, message)
            answer["aigc_guard"] = decision.public()
            payload = jsonio.dumps(fmt.whole_body(answer, self.scope.get("path", "")))
            headers += [(b"content-type", b"application/json")]
        headers.append((b"content-length", str(len(payload)).encode()))
        await self.send({"type": "http.response.start", "status": 200, "headers": headers})
        await self.send({"type": "http.response.body", "body": payload, "more_body": False})

    async def send_error(
        self,
        status: int,
        code: str,
        message: str,
        error_type: str = "aigc_guard_error",
        *,
        native: bool = False,
    ) -> None:
        """An error answer: OpenAI-style with the guard's code, or (``native``, for refusals
        a user must read: suspended, limited, a minor's budget) as the API's clients read
        errors."""
        fmt = format_for(self.scope.get("path", ""), {}) if native else None
        payload = (
            error_body(code, message, error_type)
            if fmt is None
            else jsonio.dumps(fmt.error(status, code, message, error_type))
        )
        await self.send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(payload)).encode()),
                    (ACTION_HEADER, b"block"),
                ],
            }
        )
        await self.send({"type": "http.response.body", "body": payload, "more_body": False})

    async def _admitted(self) -> bool:
        """Minor mode and user measures: False when this request was refused (and answered)."""
        if self.policy.minor and self.compliance.minors is not None:
            refused_minor = await asyncio.to_thread(self.compliance.minors.admit, self.user_key)
            if refused_minor is not None:
                code, message = refused_minor
                self.record(Direction.INPUT, Decision(Action.BLOCK), code)
                await self.send_error(
                    429, code, f"aigc_guard: {message}", error_type="rate_limit_error", native=True
                )
                return False
        measures = self.compliance.measures
        if measures is None or not self.user_key:
            return True
        refused = await asyncio.to_thread(measures.admit, self.user_key)
        if refused is None:
            return True
        state, until = refused
        self.record(Direction.INPUT, Decision(Action.BLOCK), state)
        when = until.isoformat(timespec="seconds")
        if state == "suspended":
            await self.send_error(
                403,
                "user_suspended",
                f"aigc_guard: this user is suspended until {when}",
                error_type="permission_error",
                native=True,
            )
        else:
            await self.send_error(
                429,
                "user_rate_limited",
                f"aigc_guard: this user is rate-limited until {when}",
                error_type="rate_limit_error",
                native=True,
            )
        return False

    def guard_headers(
        self, decision: Decision, action: str | None = None
    ) -> list[tuple[bytes, bytes]]:
        return [
            (ACTION_HEADER, (action or decision.action.value).encode()),
            (DECISION_HEADER, decision.decision_id.encode()),
            *self.extra_headers,
        ]

    def record(
        self,
        direction: Direction,
        decision: Decision,
        action: str | None = None,
        texts: Sequence[str] = (),
        findings: Sequence[Sequence[Finding]] | None = None,
    ) -> None:
        """Count, log and audit one decision (categories and rule ids only, never content;
        the audit keeps the content's hash, and the text itself only as opt-in evidence)."""
        label = action or decision.would_be.value
        if direction is Direction.OUTPUT and label == "block" and not decision.monitored:
            self.compliance.open_incident(self.policy, decision, texts, self.model)
        if direction is Direction.OUTPUT and self.waiver is not None:
            self.compliance.audit_waiver(
                self.policy, decision, self.waiver, self.request_id, self.user_key
            )
        self.compliance.audit_decision(
            self.policy,
            decision,
            direction=direction.value,
            action=label,
            request_id=self.request_id,
            user_key=self.user_key,
            texts=texts,
            findings=findings,
            detail={"profile": "minor"} if self.policy.minor else None,
        )
        monitor = "true" if decision.monitored else "false"
        tenant = self.policy.tenant
        metrics.child(metrics.REQUESTS, self.route, tenant, direction.value, label, monitor).inc()
        if decision_log.isEnabledFor(logging.INFO):
            decision_log.info(
                json.dumps(
                    {
                        "event": "decision",
                        "request_id": self.request_id,
                        "decision_id": decision.decision_id,
                        "route": self.route,
                        "tenant": tenant,
                        "direction": direction.value,
                        "action": label,
                        "monitor": decision.monitored,
                        "categories": list(decision.categories),
                        "rule_ids": list(decision.rule_ids),
                        "policy": self.policy.version,
                        "latency_ms": round((time.perf_counter() - self.started) * 1000, 3),
                    }
                )
            )


def _headers(scope: Scope) -> dict[str, str]:
    return {
        key.decode("latin-1").lower(): value.decode("latin-1")
        for key, value in scope.get("headers", [])
    }


def _request_id(scope: Scope) -> str:
    for key, value in scope.get("headers", []):
        if key.lower() == b"x-request-id":
            return str(value.decode("latin-1"))[:128]
    return random_hex()


@dataclass(frozen=True)
class ReadRequest:
    """A request as the guard read it: its body and format, the texts in their places, and
    the texts that lie in none — text files attached, tool declarations and answer schemas."""

    body: dict[str, Any]
    format: Format
    slots: list[Slot]
    attached: list[TextFile]
    declared: list[str]


@dataclass(frozen=True)
class _Target:
    """A request's path as the guard reads it."""

    path: str | None  # canonical; None when it cannot be normalised
    problem: BodyError | None  # why not
    guarded: bool  # the guard checks or serves it (under any reading a server might make)


def _target(policy: Policy, scope: Scope) -> _Target:
    """Normalise the path once; one that cannot be normalised counts as guarded when any
    generous reading of it reaches a guarded route (else the app's own odd path passes)."""
    return remembered(policy, "target", _raw_path(scope), _read_target)


def _read_target(policy: Policy, raw: bytes) -> _Target:
    try:
        path = canonical_path(raw)
    except BodyError as problem:
        return _Target(None, problem, any(_guarded(policy, r) for r in lenient_paths(raw)))
    return _Target(path, None, _guarded(policy, path))


def _guarded(policy: Policy, path: str) -> bool:
    """Whether ``path`` is one the guard answers itself or checks (in any method)."""
    return (
        console.handles(path)
        or complaints.handles(path)
        or policy.route_for(path) is not None
        or policy.route_for(path.rsplit("/", 1)[0]) is not None
        or _stored_answer(policy, path) is not None
        or policy.refuses(path)
    )


def _stored_answer(policy: Policy, path: str) -> str | None:
    """The route of a stored answer that a ``POST`` answers with: ``{route}/{id}`` (OpenAI's
    update of a stored chat completion's metadata) or ``{route}/{id}/cancel`` (a background
    response cancelled, with what it wrote so far)."""
    parent, _, last = path.rpartition("/")
    if last == "cancel":
        parent = parent.rpartition("/")[0]
    return policy.route_for(parent) if parent else None


def _raw_path(scope: Scope) -> bytes:
    raw = scope.get("raw_path")
    if raw:
        return bytes(raw).split(b"?", 1)[0]
    return quote(scope.get("path") or "/", safe="/:@!$&'()*+,;=-._~").encode("ascii")


@dataclass(frozen=True)
class Unplaced:
    """The decision over texts that lie in no slot, each text's own findings, and the files
    among them as they must be sent on when the decision redacts them (else empty)."""

    decision: Decision
    findings: list[list[Finding]]
    files: list[str] = dataclasses.field(default_factory=list)


_UNREDACTABLE = BodyError(
    "unredactable_declaration",
    "aigc_guard: a tool declaration or answer schema holds text the policy redacts where the "
    "guard cannot rewrite it (a property's name, or one item split across several strings)",
)


async def _redact_declarations(policy: Policy, body: dict[str, Any]) -> bool:
    """Redact each string of the request's tool declarations and answer schemas where it lies.
    False when what the model reads of them still holds a span to redact: a key, or an item
    split across strings (the request is then refused, never sent on half redacted)."""
    places = declared_strings(body)
    outcome = await scan_texts(policy, [p.text for p in places], Direction.INPUT)
    for place, text in zip(places, outcome.texts, strict=True):
        if text != place.text:
            place.write(text)
    read = read_tool_texts(body)
    again = await scan_texts(policy, read, Direction.INPUT)
    return again.texts == read


async def _judged_unplaced(policy: Policy, texts: list[str], *, files: int = 0) -> Unplaced:
    """The decision over texts that lie in no slot of the request — the user's last turns read
    as one, the text files attached, the tools declared — for its flags and blocks, and for
    the redactions of the last ``files`` texts: files and declarations, rewritten in place.
    Other redactions point into no slot and are dropped (each message is redacted in its own)."""
    if not texts:
        return Unplaced(Decision(Action.ALLOW), [])
    outcome = await scan_texts(policy, texts, Direction.INPUT)
    together = outcome.decision
    sent = outcome.texts[len(texts) - files :] if files else []
    redacts = together.would_be is Action.REDACT and sent != texts[len(texts) - files :]
    if together.would_be not in (Action.BLOCK, Action.FLAG) and not redacts:
        return Unplaced(Decision(Action.ALLOW), outcome.findings)
    unplaced = tuple(dataclasses.replace(f, start=None, end=None) for f in together.findings)
    return Unplaced(
        dataclasses.replace(together, findings=unplaced, redactions=()),
        outcome.findings,
        sent if redacts else [],
    )
