"""The client side of classifiers that run on a model server: pooled, bounded, fail-fast.

Every network classifier (``guard_model`` with an ``endpoint``, ``remote``) talks through one
:class:`EndpointClient`: one pooled ``httpx`` client per event loop, at most ``concurrency``
calls in flight, the classifier's time limit per call with at most one retry inside it, and a
:class:`Breaker` that fails fast after consecutive failures (then probes). A :class:`VerdictCache`
keeps recent verdicts, since streams and retries send the same sentences again. Failures
raise :class:`~aigc_guard.errors.ClassifierError` with a bounded ``kind``; the engine applies
the classifier's failure mode and counts it. Nothing here logs or raises a text's content.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import httpx

from .. import metrics
from ..errors import ClassifierError

__all__ = ["Breaker", "EndpointClient", "VerdictCache"]

_Pool = tuple[httpx.AsyncClient, asyncio.Semaphore]


class Breaker:
    """Closed → open after ``failures`` consecutive failures; open for ``cooldown`` seconds
    (calls fail at once), then half-open: one probe goes through, and its outcome closes or
    reopens the breaker."""

    def __init__(
        self, failures: int, cooldown: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.failures_to_open = failures
        self.cooldown = cooldown
        self._clock = clock
        self._failures = 0
        self._opened_at: float | None = None
        self._probing = False

    @property
    def state(self) -> str:
        if self._opened_at is None:
            return "closed"
        if self._clock() - self._opened_at >= self.cooldown:
            return "half_open"
        return "open"

    def allow(self) -> bool:
        state = self.state
        if state == "closed":
            return True
        if state == "half_open" and not self._probing:
            self._probing = True
            return True
        return False

    def succeeded(self) -> None:
        self._failures, self._opened_at, self._probing = 0, None, False

    def failed(self) -> None:
        self._failures += 1
        if self._probing or self._failures >= self.failures_to_open:
            self._opened_at = self._clock()
        self._probing = False


class VerdictCache:
    """Recent results by key, for at most ``ttl`` seconds and ``size`` entries."""

    def __init__(self, size: int, ttl: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.size, self.ttl = size, ttl
        self._clock = clock
        self._entries: OrderedDict[str, tuple[float, Any]] = OrderedDict()

    @staticmethod
    def key(*parts: object) -> str:
        return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()

    def get(self, key: str) -> Any | None:
        if self.size <= 0:
            return None
        entry = self._entries.get(key)
        if entry is None:
            return None
        stored, value = entry
        if self._clock() - stored > self.ttl:
            del self._entries[key]
            return None
        self._entries.move_to_end(key)
        return value

    def lookup(self, keys: list[str], classifier_id: str) -> tuple[dict[int, Any], list[int]]:
        """Cached values by position, and the positions to compute (hits and misses counted)."""
        found: dict[int, Any] = {}
        missing: list[int] = []
        for index, key in enumerate(keys):
            value = self.get(key)
            metrics.child(
                metrics.REMOTE_CACHE, classifier_id, "miss" if value is None else "hit"
            ).inc()
            if value is None:
                missing.append(index)
            else:
                found[index] = value
        return found, missing

    def put(self, key: str, value: Any) -> None:
        if self.size <= 0:
            return
        self._entries[key] = (self._clock(), value)
        self._entries.move_to_end(key)
        while len(self._entries) > self.size:
            self._entries.popitem(last=False)


class EndpointClient:
    """JSON over HTTP to one model server, for one classifier."""

    def __init__(
        self,
        classifier_id: str,
        base_url: str,
        *,
        api_key: str | None,
        concurrency: int,
        breaker: Breaker,
    ) -> None:
        self.classifier_id = classifier_id
        self.base_url = base_url.rstrip("/")
        self.headers = {"authorization": f"Bearer {api_key}"} if api_key else {}
        self.concurrency = concurrency
        self.breaker = breaker
        self._loops: dict[asyncio.AbstractEventLoop, _Pool] = {}

    def _pool(self) -> _Pool:
        loop = asyncio.get_running_loop()
        pool = self._loops.get(loop)
        if pool is None:
            for old in [known for known in self._loops if known.is_closed()]:
                del self._loops[old]
            limits = httpx.Limits(
                max_connections=self.concurrency, max_keepalive_connections=self.concurrency
            )
            pool = (httpx.AsyncClient(limits=limits), asyncio.Semaphore(self.concurrency))
            self._loops[loop] = pool
        return pool

    async def post(self, path: str, payload: dict[str, Any], budget: float) -> Any:
        """POST ``payload`` to ``{base_url}{path}`` within ``budget`` seconds; the answer's
        JSON. One retry when the first attempt fails fast enough to leave time for it."""
        if not self.breaker.allow():
            self._count("breaker_open")
            raise ClassifierError(self.classifier_id, "circuit breaker open", kind="unavailable")
        client, limit = self._pool()
        deadline = time.monotonic() + budget
        last: ClassifierError | None = None
        with metrics.child(metrics.REMOTE_SECONDS, self.classifier_id).time():
            for attempt in (1, 2):
                remaining = deadline - time.monotonic()
                if remaining <= 0.001:
                    break
                try:
                    async with asyncio.timeout(remaining), limit:
                        response = await client.post(
                            self.base_url + path,
                            json=payload,
                            headers=self.headers,
                            timeout=remaining,
                        )
                    result = self._read(response)
                except ClassifierError as exc:
                    last = exc
                except (TimeoutError, httpx.TimeoutException):
                    last = ClassifierError(self.classifier_id, "model server timed out")
                except httpx.HTTPError as exc:
                    last = ClassifierError(
                        self.classifier_id,
                        f"model server unreachable ({type(exc).__name__})",
                        kind="unavailable",
                    )
                else:
                    self.breaker.succeeded()
                    self._count("ok")
                    self._publish_state()
                    return result
                self._count(last.kind)
                if last.kind not in ("unavailable", "server_error") or attempt == 2:
                    break
        self.breaker.failed()
        self._publish_state()
        raise last or ClassifierError(self.classifier_id, "model server timed out")

    def _read(self, response: httpx.Response) -> Any:
        if response.status_code >= 500 or response.status_code == 429:
            raise ClassifierError(
                self.classifier_id,
                f"model server answered {response.status_code}",
                kind="server_error",
            )
        if response.status_code >= 400:
            raise ClassifierError(
                self.classifier_id,
                f"model server refused the call ({response.status_code})",
                kind="rejected",
            )
        try:
            return response.json()
        except ValueError as exc:
            raise ClassifierError(
                self.classifier_id, "model server answered no JSON", kind="malformed"
            ) from exc

    def _count(self, outcome: str) -> None:
        metrics.child(metrics.REMOTE_CALLS, self.classifier_id, outcome).inc()

    def _publish_state(self) -> None:
        value = {"closed": 0.0, "half_open": 0.5, "open": 1.0}[self.breaker.state]
        metrics.child(metrics.REMOTE_BREAKER, self.classifier_id).set(value)
