"""Operational endpoints in front of a guarded app: ``/healthz`` and Prometheus metrics."""

from __future__ import annotations

from . import metrics
from .http import ASGIApp, Receive, Scope, Send, respond

__all__ = ["OpsApp"]


class OpsApp:
    """Answers ``GET /healthz`` and ``GET {metrics_path}``; everything else goes to ``app``."""

    def __init__(self, app: ASGIApp, metrics_path: str | None = "/metrics") -> None:
        self.app = app
        self.metrics_path = metrics_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("method") in ("GET", "HEAD"):
            path = scope.get("path", "")
            if path == "/healthz":
                await respond(send, 200, b'{"status":"ok"}')
                return
            if self.metrics_path and path == self.metrics_path:
                content_type = metrics.CONTENT_TYPE_LATEST.encode()
                await respond(send, 200, metrics.render_latest(), content_type)
                return
        await self.app(scope, receive, send)
