"""Assembled ASGI apps: the guarded reverse proxy and the guarded demo model."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import httpx

from .allocator import freeze_startup_heap, return_large_blocks
from .console import ConsoleApp
from .demo import demo_app
from .http import ASGIApp
from .middleware import GuardMiddleware
from .ops import OpsApp, readiness
from .policy.compiled import Policy
from .policy.store import PolicyStore
from .proxy import ProxyApp

__all__ = [
    "ServeSettings",
    "app_from_environment",
    "create_app_from_settings",
    "create_console_app",
    "create_demo_app",
    "create_proxy_app",
]

ENV_PREFIX = "AIGC_GUARD_SERVE_"


@dataclass(frozen=True)
class ServeSettings:
    """What ``aigc-guard serve`` builds; passed to worker processes through the environment."""

    upstream: str
    policy: str
    timeout: float = 120.0
    connect_timeout: float = 5.0
    deadline: float = 600.0
    metrics_path: str = "/metrics"
    reload: bool = True
    console_on_api: bool = True

    def export(self) -> None:
        for item in fields(self):
            os.environ[ENV_PREFIX + item.name.upper()] = json.dumps(getattr(self, item.name))

    @classmethod
    def from_environment(cls) -> ServeSettings:
        values: dict[str, Any] = {}
        for item in fields(cls):
            raw = os.environ.get(ENV_PREFIX + item.name.upper())
            if raw is not None:
                values[item.name] = json.loads(raw)
        return cls(**values)


def create_app_from_settings(settings: ServeSettings) -> ASGIApp:
    """The app ``aigc-guard serve`` runs (in each worker), in a process of its own."""
    return_large_blocks()
    app = create_proxy_app(
        settings.upstream,
        settings.policy,
        timeout=httpx.Timeout(settings.timeout, connect=settings.connect_timeout),
        deadline=settings.deadline,
        metrics_path=settings.metrics_path or None,
        reload=settings.reload,
        console=settings.console_on_api,
    )
    freeze_startup_heap()
    return app


def app_from_environment() -> ASGIApp:
    """The uvicorn factory each worker of ``serve --workers N`` calls."""
    return create_app_from_settings(ServeSettings.from_environment())


def create_proxy_app(
    upstream: str,
    policy: str | Path | Policy | PolicyStore,
    *,
    timeout: httpx.Timeout | None = None,
    deadline: float = 600.0,
    metrics_path: str | None = "/metrics",
    reload: bool = False,
    console: bool = True,
) -> ASGIApp:
    """``/healthz``, ``/readyz`` and metrics, then the guard, then forwarding to ``upstream``."""
    guard = GuardMiddleware(
        ProxyApp(upstream, timeout=timeout, deadline=deadline),
        policy,
        reload=reload,
        console=console,
    )
    return OpsApp(guard, metrics_path, ready=lambda: readiness(guard.store))


def create_console_app(policy: str | Path | PolicyStore, *, reload: bool = False) -> ASGIApp:
    """The review console alone (with ``/healthz``), for a listener of its own."""
    return OpsApp(ConsoleApp(PolicyStore.of(policy), reload=reload), None)


def create_demo_app(
    policy: str | Path | Policy | PolicyStore,
    *,
    metrics_path: str | None = "/metrics",
    reload: bool = False,
) -> ASGIApp:
    """The embedded demo model behind the guard, as ``aigc-guard demo`` serves it."""
    return OpsApp(GuardMiddleware(demo_app(), policy, reload=reload), metrics_path)
