"""The review console: server-rendered pages over the audit log (Starlette + Jinja2).

Mounted by :class:`~aigc_guard.GuardMiddleware` at ``/aigc-guard/console`` when the policy
enables it. Every page works without JavaScript (forms and links); the overview reloads
itself when the reviewer ticks auto-refresh. Every action is an audit record.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import hmac
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import urlencode, urlsplit

import jinja2
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates

from .. import metrics
from ..compliance.audit import AuditLog
from ..compliance.complaints import STATUSES, set_status
from ..compliance.config import ConsoleConfig
from ..compliance.exports import labelled_jsonl
from ..compliance.incidents import STATUSES as INCIDENT_STATUSES
from ..compliance.incidents import set_incident_status
from ..compliance.runtime import runtime_for
from ..compliance.trace import request_trace
from ..http import Message, Receive, Scope, Send, error_body, respond
from ..policy.compiled import Policy
from ..policy.schema import StateConfig
from ..policy.store import PolicyStore
from ..shared_state import SharedFailureThrottle, shared_state_for
from ..storage import DATABASE_ERRORS
from . import queries
from .auth import COOKIE, Gate, Principal, clean_name

__all__ = ["CONSOLE_PATH", "ConsoleApp"]

log = logging.getLogger("aigc_guard.console")

CONSOLE_PATH = "/aigc-guard/console"
CONTEXT_KEY = "aigc_guard.console"
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
        b"form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
]
STATIC = {"console.css": "text/css; charset=utf-8", "console.js": "text/javascript; charset=utf-8"}
RANGES = [
    ("last hour", dt.timedelta(hours=1)),
    ("last day", dt.timedelta(days=1)),
    ("last week", dt.timedelta(days=7)),
]
CHALLENGE = {"www-authenticate": 'Bearer realm="aigc-guard console"'}


@dataclass(frozen=True)
class Context:
    policy: Policy
    log: AuditLog
    config: ConsoleConfig
    gate: Gate


def handles(path: str) -> bool:
    return path == CONSOLE_PATH or path.startswith(CONSOLE_PATH + "/")


@functools.cache
def _templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("aigc_guard.console", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["when"] = _when
    env.globals.update(base=CONSOLE_PATH, verdicts=queries.VERDICTS)
    return Jinja2Templates(env=env)


def _when(value: str | None) -> str:
    if not value:
        return ""
    try:
        return dt.datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return value


class ConsoleApp:
    """The console for the policy a :class:`PolicyStore` holds (404 while it is off)."""

    def __init__(self, store: PolicyStore, *, reload: bool = False) -> None:
        self.store = store
        self.reload = reload
        self._gate: Gate | None = None
        self._state: StateConfig | None = None
        self.router = Starlette(
            routes=[
                Route(CONSOLE_PATH, overview),
                Route(CONSOLE_PATH + "/login", login, methods=["GET", "POST"]),
                Route(CONSOLE_PATH + "/logout", logout, methods=["POST"]),
                Route(CONSOLE_PATH + "/decisions", decisions),
                Route(CONSOLE_PATH + "/decisions/{seq:int}", decision),
                Route(CONSOLE_PATH + "/decisions/{seq:int}/review", review, methods=["POST"]),
                Route(CONSOLE_PATH + "/export.jsonl", export),
                Route(CONSOLE_PATH + "/complaints", complaints_page),
                Route(CONSOLE_PATH + "/activity", activity_page),
                Route(CONSOLE_PATH + "/complaints/{ticket}", complaint_status, methods=["POST"]),
                Route(CONSOLE_PATH + "/incidents", incidents_page),
                Route(CONSOLE_PATH + "/trace/{request_id}", trace_page),
                Route(CONSOLE_PATH + "/incidents.jsonl", incidents_export),
                Route(CONSOLE_PATH + "/incidents/{incident}", incident_status, methods=["POST"]),
                Route(CONSOLE_PATH + "/static/{name}", static),
            ],
            exception_handlers=dict.fromkeys(DATABASE_ERRORS, _database_error),
        )

    def gate(self, config: ConsoleConfig, state: StateConfig) -> Gate:
        if self._gate is None or self._gate.config != config or self._state != state:
            shared = shared_state_for(state)
            throttle = (
                None
                if shared is None
                else SharedFailureThrottle(shared, "sign_in", config.lockout_after)
            )
            self._gate, self._state = Gate(config, throttle=throttle), state
        return self._gate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.reload:  # served on its own (``--console-port``): it watches the policy itself
            self.store.start_watching()
        if scope["type"] != "http":
            await self.router(scope, receive, send)
            return
        policy = self.store.current
        config = policy.config.compliance.console
        log = runtime_for(policy).audit
        if not config.enabled or log is None:
            await respond(send, 404, error_body("not_found", "the review console is off"))
            return
        gate = self.gate(config, policy.config.state)
        if not gate.configured:
            await respond(
                send,
                503,
                error_body(
                    "console_closed",
                    "the review console has no credentials: set the environment variable "
                    "its policy names (compliance.console.token_env or basic_auth)",
                ),
            )
            return
        scope = {**scope, CONTEXT_KEY: Context(policy, log, config, gate)}

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if not any(k == b"cache-control" for k, _ in headers):
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers + SECURITY_HEADERS}
            await send(message)

        await self.router(scope, receive, send_secured)


# -- helpers -------------------------------------------------------------------------------


async def _database_error(request: Request, exc: Exception) -> Response:
    log.error("review console: the audit database failed: %s", exc)
    return Response(
        f"the audit database could not be used ({type(exc).__name__}: {exc}); the guard keeps "
        "running and keeps appending records; try again, or check the database file",
        503,
        media_type="text/plain; charset=utf-8",
    )


def _context(request: Request) -> Context:
    context: Context = request.scope[CONTEXT_KEY]
    return context


def _principal(request: Request) -> Principal | None:
    return _context(request).gate.authenticate(request.headers, request.cookies)


def _page(
    request: Request,
    name: str,
    principal: Principal | None,
    status: int = 200,
    headers: dict[str, str] | None = None,
    **values: Any,
) -> Response:
    context = _context(request)
    values.update(
        principal=principal,
        policy_version=context.policy.version,
        refresh=context.config.refresh_seconds,
    )
    return _templates().TemplateResponse(request, name, values, status_code=status, headers=headers)


def _login_page(
    request: Request, message: str = "", status: int = 401, target: str | None = None
) -> Response:
    """The login form (401 with a challenge), returning to ``target`` or this page."""
    headers = CHALLENGE if status == 401 else None
    if target is None and request.method == "GET":
        target = _here(request)
    return _page(
        request,
        "login.html",
        None,
        status=status,
        headers=headers,
        message=message,
        next=_safe_next(target),
        basic=_context(request).config.basic_auth is not None,
        token=_context(request).config.token_env is not None,
    )


def _safe_next(target: str | None, default: str = CONSOLE_PATH) -> str:
    """Only console paths on this host: an open redirect would leak sessions elsewhere."""
    if not target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or "\\" in target or not handles(parts.path):
        return default
    if parts.path.startswith(CONSOLE_PATH + "/login"):
        return default
    return target


async def _form(request: Request, principal: Principal) -> dict[str, str] | None:
    """The posted form, or None when a session's CSRF token is missing or wrong."""
    form = await request.form(max_files=0, max_fields=20)
    values = {k: v for k, v in form.items() if isinstance(v, str)}
    if principal.csrf is not None and not hmac.compare_digest(
        values.get("csrf", "").encode(), principal.csrf.encode()
    ):
        return None
    return values


Form = dict[str, str]
Page = Callable[[Request, Principal], Awaitable[Response]]
FormPage = Callable[[Request, Principal, Form], Awaitable[Response]]


def _address(request: Request) -> str:
    return request.client.host if request.client else "-"


def _throttled(request: Request) -> Response | None:
    """429 with Retry-After while this client address is locked out for wrong credentials."""
    wait = _context(request).gate.throttle.retry_after(_address(request))
    if wait <= 0:
        return None
    metrics.ADMIN_REFUSALS.labels("console", "locked_out").inc()
    return Response(
        "Too many wrong credentials from this address; try again later.",
        429,
        headers={"retry-after": str(int(wait) + 1)},
        media_type="text/plain; charset=utf-8",
    )


def signed_in(endpoint: Page) -> Callable[[Request], Awaitable[Response]]:
    """The endpoint for signed-in reviewers; everyone else gets the login form (401).

    A wrong bearer token or Basic password is a failed sign-in like a wrong form: audited,
    and counted against the client's address (which is locked out, with back-off)."""

    @functools.wraps(endpoint)
    async def guarded(request: Request) -> Response:
        refused = _throttled(request)
        if refused is not None:
            return refused
        gate = _context(request).gate
        principal = _principal(request)
        if principal is None:
            if gate.offers_credentials(request.headers):
                await _failed_sign_in(request, "header")
            return _login_page(request)
        return await endpoint(request, principal)

    return guarded


async def _failed_sign_in(request: Request, method: str) -> None:
    _context(request).gate.throttle.failed(_address(request))
    metrics.ADMIN_REFUSALS.labels("console", "wrong_credentials").inc()
    await _audit(
        request,
        Principal("anonymous", "none"),
        "login_failed",
        method=method,
        address=_address(request),
    )


def posted(endpoint: FormPage) -> Callable[[Request], Awaitable[Response]]:
    """A signed-in form submission; a session's form must carry its CSRF token (else 403)."""

    @signed_in
    @functools.wraps(endpoint)
    async def checked(request: Request, principal: Principal) -> Response:
        form = await _form(request, principal)
        if form is None:
            return Response("the form has expired; reload the page and try again", 403)
        return await endpoint(request, principal, form)

    return checked


async def _audit(request: Request, principal: Principal, action: str, **detail: Any) -> None:
    audit_log = _context(request).log

    def write() -> None:
        with audit_log.transaction() as conn:
            queries.record_console_action(conn, audit_log, principal.actor, action, **detail)

    await asyncio.to_thread(write)


# -- pages ---------------------------------------------------------------------------------


@signed_in
async def overview(request: Request, principal: Principal) -> Response:
    counts = await asyncio.to_thread(queries.counters, _context(request).log)
    return _page(request, "overview.html", principal, counts=counts)


async def login(request: Request) -> Response:
    context = _context(request)
    if request.method == "GET":
        if _principal(request) is not None:
            return RedirectResponse(_safe_next(request.query_params.get("next")), 303)
        return _login_page(request, status=200)
    gate = context.gate
    form = await request.form(max_files=0, max_fields=10)
    values = {k: v for k, v in form.items() if isinstance(v, str)}
    target = values.get("next")
    refused = _throttled(request)
    if refused is not None:
        return refused
    name = clean_name(values.get("name", ""))
    principal: Principal | None = None
    if values.get("token"):
        if gate.check_token(values["token"]):
            principal = Principal(f"{name or 'reviewer'} (token)", "token")
    elif values.get("username") and gate.check_basic(
        values["username"], values.get("password", "")
    ):
        principal = Principal(clean_name(values["username"]), "basic")
    if principal is None:
        await _failed_sign_in(request, "form")
        return _login_page(request, "Wrong credentials.", target=target)
    gate.throttle.succeeded(_address(request))
    await _audit(request, principal, "login", method=principal.method)
    response = RedirectResponse(_safe_next(target), 303)
    response.set_cookie(
        COOKIE,
        gate.issue_session(principal.actor),
        max_age=int(context.config.session_minutes * 60),
        path=CONSOLE_PATH,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )
    return response


@posted
async def logout(request: Request, principal: Principal, form: Form) -> Response:
    await _audit(request, principal, "logout")
    response = RedirectResponse(CONSOLE_PATH + "/login", 303)
    response.delete_cookie(COOKIE, path=CONSOLE_PATH)
    return response


@signed_in
async def decisions(request: Request, principal: Principal) -> Response:
    context = _context(request)
    chosen = queries.DecisionFilter.from_query(dict(request.query_params))
    try:
        page = max(int(request.query_params.get("page", "1")), 1)
    except ValueError:
        page = 1
    size = context.config.page_size
    error = ""
    try:
        items, total = await asyncio.to_thread(
            queries.list_decisions, context.log, chosen, page, size
        )
    except ValueError as exc:
        items, total, error = [], 0, str(exc)
    choices = await asyncio.to_thread(queries.filter_choices, context.log, context.policy)
    pages = max((total + size - 1) // size, 1)
    kept = chosen.query()

    def page_url(number: int) -> str:
        return CONSOLE_PATH + "/decisions?" + urlencode({**kept, "page": number})

    here = _here(request)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    ranges = [
        (
            label,
            CONSOLE_PATH + "/decisions?" + urlencode({**kept, "since": (now - span).isoformat()}),
        )
        for label, span in RANGES
    ]
    return _page(
        request,
        "decisions.html",
        principal,
        status=400 if error else 200,
        items=items,
        total=total,
        page=page,
        pages=pages,
        page_url=page_url,
        chosen=chosen,
        choices=choices,
        actions=queries.ACTIONS,
        here=here,
        ranges=ranges,
        error=error,
    )


@signed_in
async def decision(request: Request, principal: Principal) -> Response:
    seq = int(request.path_params["seq"])
    record = await asyncio.to_thread(queries.decision_detail, _context(request).log, seq)
    if record is None:
        return _page(request, "missing.html", principal, status=404, what=f"record {seq}")
    if record["raw"]:
        await _audit(
            request, principal, "evidence_viewed", seq=seq, decision_id=record["decision_id"]
        )
    return _page(request, "decision.html", principal, record=record, here=request.url.path)


@signed_in
async def trace_page(request: Request, principal: Principal) -> Response:
    request_id = request.path_params["request_id"]
    context = _context(request)
    found = await asyncio.to_thread(request_trace, context.log, context.policy, request_id)
    if found is None:
        return _page(request, "missing.html", principal, status=404, what=f"request {request_id}")
    if any(d["evidence"] is not None for d in found["decisions"]):
        await _audit(request, principal, "evidence_viewed", request_id=request_id)
    return _page(request, "trace.html", principal, trace=found)


@posted
async def review(request: Request, principal: Principal, form: Form) -> Response:
    seq = int(request.path_params["seq"])
    verdict = form.get("verdict", "")
    if verdict not in (*queries.VERDICTS, "cleared"):
        return Response("verdict must be false_positive, confirmed or cleared", 400)
    note = " ".join(form.get("note", "").split())[:500]
    done = await asyncio.to_thread(
        queries.set_verdict, _context(request).log, seq, verdict, principal.actor, note
    )
    if not done:
        return _page(request, "missing.html", principal, status=404, what=f"decision {seq}")
    default = f"{CONSOLE_PATH}/decisions/{seq}"
    return RedirectResponse(_safe_next(form.get("next"), default), 303)


async def export(request: Request) -> Response:
    principal = _principal(request)
    if principal is None:
        return Response(
            error_body("unauthorized", "the console needs a token or a login"),
            401,
            headers=CHALLENGE,
            media_type="application/json",
        )
    verdict = request.query_params.get("verdict", "")
    if verdict not in ("", *queries.VERDICTS):
        return Response("verdict must be false_positive or confirmed", 400)
    log = _context(request).log
    rows = await asyncio.to_thread(lambda: list(queries.export_marked(log, verdict)))
    kept = [row for row in rows if row["text"] is not None]
    skipped = len(rows) - len(kept)
    await _audit(
        request,
        principal,
        "export",
        verdict=verdict or "all",
        rows=len(kept),
        without_evidence=skipped,
    )

    name = f"aigc-guard-marked-{verdict or 'all'}.jsonl"
    return Response(
        _labelled(request, kept),
        media_type="application/x-ndjson; charset=utf-8",
        headers={
            "content-disposition": f'attachment; filename="{name}"',
            "x-aigc-guard-without-evidence": str(skipped),
        },
    )


@signed_in
async def complaints_page(request: Request, principal: Principal) -> Response:
    status = request.query_params.get("status", "open")
    if status not in ("open", "", *STATUSES):
        status = "open"
    rows = await asyncio.to_thread(queries.list_complaints, _context(request).log, status)
    here = _here(request)
    return _page(
        request,
        "complaints.html",
        principal,
        complaints=rows,
        shown=status,
        statuses=STATUSES,
        here=here,
    )


@posted
async def complaint_status(
    request: Request, principal: Principal, form: dict[str, str]
) -> Response:
    status = form.get("status", "")
    if status not in STATUSES:
        return Response(f"status must be one of {', '.join(STATUSES)}", 400)
    ticket = request.path_params["ticket"]
    log = _context(request).log
    changed = await asyncio.to_thread(set_status, log, ticket, status, principal.actor)
    if not changed:
        return _page(request, "missing.html", principal, status=404, what=f"ticket {ticket}")
    return RedirectResponse(_safe_next(form.get("next"), CONSOLE_PATH + "/complaints"), 303)


def _here(request: Request) -> str:
    """This page with its query (where a form on it returns to)."""
    query = request.url.query
    return request.url.path + (f"?{query}" if query else "")


def _labelled(request: Request, rows: list[dict[str, Any]]) -> bytes:
    """A download as JSONL, with the policy's labels inside it (Labeling Measures Art. 4(2))."""
    runtime = runtime_for(_context(request).policy)
    return labelled_jsonl(rows, runtime.explicit, runtime.implicit)


INCIDENTS_SHOWN = 500  # the newest on the page; the JSONL export holds them all


def _incident_filter(request: Request) -> str:
    status = request.query_params.get("status", "")
    return status if status in INCIDENT_STATUSES else ""


@signed_in
async def incidents_page(request: Request, principal: Principal) -> Response:
    status = _incident_filter(request)
    log = _context(request).log
    rows = await asyncio.to_thread(queries.list_incidents, log, status, INCIDENTS_SHOWN)
    here = _here(request)
    return _page(
        request,
        "incidents.html",
        principal,
        incidents=rows,
        capped=len(rows) == INCIDENTS_SHOWN,
        shown=status,
        statuses=INCIDENT_STATUSES,
        here=here,
    )


@signed_in
async def incidents_export(request: Request, principal: Principal) -> Response:
    """Incidents as JSONL, for a regulator's report or a ticket system (audited)."""
    status = _incident_filter(request)
    rows = await asyncio.to_thread(queries.list_incidents, _context(request).log, status)
    await _audit(request, principal, "export_incidents", status=status or "all", rows=len(rows))
    name = f"aigc-guard-incidents-{status or 'all'}.jsonl"
    return Response(
        _labelled(request, rows),
        media_type="application/x-ndjson; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )


@posted
async def incident_status(request: Request, principal: Principal, form: dict[str, str]) -> Response:
    status = form.get("status", "")
    if status not in INCIDENT_STATUSES:
        return Response(f"status must be one of {', '.join(INCIDENT_STATUSES)}", 400)
    incident = request.path_params["incident"]
    log = _context(request).log
    changed = await asyncio.to_thread(
        set_incident_status, log, incident, status, form.get("note", ""), principal.actor
    )
    if not changed:
        return _page(request, "missing.html", principal, status=404, what=f"incident {incident}")
    return RedirectResponse(_safe_next(form.get("next"), CONSOLE_PATH + "/incidents"), 303)


@signed_in
async def activity_page(request: Request, principal: Principal) -> Response:
    records = await asyncio.to_thread(queries.activity, _context(request).log)
    return _page(request, "activity.html", principal, records=records)


async def static(request: Request) -> Response:
    name = request.path_params["name"]
    if name not in STATIC:
        return Response("not found", 404)
    data = resources.files("aigc_guard.console").joinpath("static", name).read_bytes()
    return Response(data, headers={"cache-control": "max-age=3600"}, media_type=STATIC[name])
