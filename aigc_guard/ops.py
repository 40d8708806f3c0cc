"""Operational endpoints in front of a guarded app: ``/healthz`` (the process answers),
``/readyz`` (it can do its work: the policy runs and its audit database answers) and
Prometheus metrics."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

from . import metrics
from .http import ASGIApp, Receive, Scope, Send, respond
from .policy.store import PolicyStore

__all__ = ["OpsApp", "readiness"]


def readiness(store: PolicyStore) -> str | None:
    """Why the guard cannot serve now (None: ready): its audit database does not answer."""
    from .compliance.runtime import runtime_for
    from .storage import DATABASE_ERRORS

    audit = runtime_for(store.current).audit
    if audit is None:
        return None
    try:
        with audit.connect() as conn:
            conn.execute("SELECT 1").fetchone()
    except DATABASE_ERRORS as exc:
        return f"the audit database {audit.database.name} does not answer: {type(exc).__name__}"
    return None


class OpsApp:
    """Answers ``GET /healthz``, ``GET /readyz`` and ``GET {metrics_path}``; everything else
    goes to ``app``. Without ``ready``, ``/readyz`` is ``/healthz``."""

    def __init__(
        self,
        app: ASGIApp,
        metrics_path: str | None = "/metrics",
        ready: Callable[[], str | None] | None = None,
    ) -> None:
        self.app = app
        self.metrics_path = metrics_path
        self.ready = ready

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("method") in ("GET", "HEAD"):
            path = scope.get("path", "")
            if path == "/healthz":
                await respond(send, 200, b'{"status":"ok"}')
                return
            if path == "/readyz":
                problem = await asyncio.to_thread(self.ready) if self.ready else None
                if problem is None:
                    await respond(send, 200, b'{"status":"ready"}')
                else:
                    body = json.dumps({"status": "not_ready", "reason": problem}).encode()
                    await respond(send, 503, body)
                return
            if self.metrics_path and path == self.metrics_path:
                content_type = metrics.CONTENT_TYPE_LATEST.encode()
                await respond(send, 200, metrics.render_latest(), content_type)
                return
        await self.app(scope, receive, send)
