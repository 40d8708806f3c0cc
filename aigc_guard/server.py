"""Assembled ASGI apps: the guarded reverse proxy and the guarded demo model."""

from __future__ import annotations

from pathlib import Path

import httpx

from .demo import demo_app
from .http import ASGIApp
from .middleware import GuardMiddleware
from .ops import OpsApp
from .policy.compiled import Policy
from .policy.store import PolicyStore
from .proxy import ProxyApp

__all__ = ["create_demo_app", "create_proxy_app"]


def create_proxy_app(
    upstream: str,
    policy: str | Path | Policy | PolicyStore,
    *,
    timeout: httpx.Timeout | None = None,
    metrics_path: str | None = "/metrics",
    reload: bool = False,
) -> ASGIApp:
    """``/healthz`` and metrics, then the guard, then forwarding to ``upstream``."""
    guard = GuardMiddleware(ProxyApp(upstream, timeout=timeout), policy, reload=reload)
    return OpsApp(guard, metrics_path)


def create_demo_app(
    policy: str | Path | Policy | PolicyStore,
    *,
    metrics_path: str | None = "/metrics",
    reload: bool = False,
) -> ASGIApp:
    """The embedded demo model behind the guard, as ``aigc-guard demo`` serves it."""
    return OpsApp(GuardMiddleware(demo_app(), policy, reload=reload), metrics_path)
