"""The reverse proxy: forwards every request to an upstream LLM API with a pooled httpx client.

It is a plain ASGI app, wrapped by :class:`~aigc_guard.GuardMiddleware` in ``serve``.
Bodies stream back as they arrive (compressed bodies stay compressed: the middleware
decodes what it scans). When the client goes away, or the guard cuts a stream, the
upstream response is closed at once, so the upstream stops generating.
"""

from __future__ import annotations

import asyncio
import http.cookiejar
import logging
from collections.abc import Callable

import httpx

from .http import Receive, Scope, Send, error_body, respond

__all__ = ["HOP_BY_HOP", "ProxyApp", "UpstreamBroken", "validate_upstream"]

log = logging.getLogger("aigc_guard.proxy")

HOP_BY_HOP = frozenset(
    {
        b"connection",
        b"keep-alive",
        b"proxy-authenticate",
        b"proxy-authorization",
        b"te",
        b"trailer",
        b"trailers",
        b"transfer-encoding",
        b"upgrade",
        b"host",
        b"content-length",
    }
)
# The server in front of the client writes its own; the upstream's copies would be doubled.
SERVER_WRITTEN = frozenset({b"date", b"server"})


DEFAULT_DEADLINE = 600.0


class _NoCookies(http.cookiejar.DefaultCookiePolicy):
    """A shared client must keep no cookies: one the upstream set for one client would
    otherwise ride on every other client's requests. Each client's own ``cookie`` header
    and every ``set-cookie`` still pass through untouched."""

    def set_ok(self, cookie: http.cookiejar.Cookie, request: object) -> bool:
        return False

    def return_ok(self, cookie: http.cookiejar.Cookie, request: object) -> bool:
        return False


def _cookieless(client: httpx.AsyncClient) -> httpx.AsyncClient:
    client.cookies = http.cookiejar.CookieJar(policy=_NoCookies())  # a Cookies would copy it
    return client


class UpstreamBroken(OSError):
    """The upstream's body ended early or broke off; the answer must not look complete."""


def validate_upstream(upstream: str) -> str:
    """The upstream base URL without a trailing slash, or :class:`ValueError` saying what
    is wrong with it (checked at start: a bad URL would otherwise answer 502 forever)."""
    url = httpx.URL(upstream)
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(
            f"--upstream must be an http:// or https:// URL with a host, not {upstream!r} "
            f"(did you mean http://{upstream}?)"
        )
    if url.query or url.fragment:
        raise ValueError(f"--upstream takes no query or fragment: {upstream!r}")
    return upstream.rstrip("/")


class ProxyApp:
    """Forward ``{upstream}{path}?{query}`` for every method and path.

    ``timeout`` applies to each connect and read; ``deadline`` (seconds) bounds the whole
    exchange, so an upstream that sends one byte a second is still cut off.
    """

    def __init__(
        self,
        upstream: str,
        *,
        timeout: httpx.Timeout | None = None,
        deadline: float = DEFAULT_DEADLINE,
        client_factory: Callable[[], httpx.AsyncClient] | None = None,
    ) -> None:
        self.upstream = validate_upstream(upstream)
        self.timeout = timeout or httpx.Timeout(60.0, connect=5.0)
        self.deadline = deadline
        self._client_factory = client_factory
        self._client: httpx.AsyncClient | None = None

    @property
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            if self._client_factory is not None:
                client = self._client_factory()
            else:
                client = httpx.AsyncClient(
                    timeout=self.timeout,
                    limits=httpx.Limits(max_connections=1000, max_keepalive_connections=200),
                    follow_redirects=False,
                )
            self._client = _cookieless(client)
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        await self._forward(scope, receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _forward(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body.extend(message.get("body", b""))
            if not message.get("more_body", False):
                break
        raw_path = scope.get("raw_path") or scope.get("path", "/").encode("utf-8")
        url = self.upstream + raw_path.decode("latin-1")
        if scope.get("query_string"):
            url += "?" + scope["query_string"].decode("latin-1")
        headers = [(k, v) for k, v in scope.get("headers", []) if k.lower() not in HOP_BY_HOP]
        request = self.client.build_request(
            scope["method"], url, headers=headers, content=bytes(body)
        )
        try:
            async with asyncio.timeout(self.deadline):
                await self._exchange(request, receive, send)
        except TimeoutError:
            log.warning("upstream passed the %.0f s deadline on %s", self.deadline, url)
            raise UpstreamBroken("the upstream passed its deadline") from None

    async def _exchange(self, request: httpx.Request, receive: Receive, send: Send) -> None:
        try:
            response = await self.client.send(request, stream=True)
        except httpx.TimeoutException:
            await respond(
                send, 504, error_body("upstream_timeout", "the upstream did not answer in time")
            )
            return
        except httpx.HTTPError as exc:
            log.warning("upstream %s unreachable: %s", self.upstream, type(exc).__name__)
            await respond(
                send, 502, error_body("upstream_unreachable", "the upstream could not be reached")
            )
            return
        try:
            await self._relay(response, receive, send)
        finally:
            await response.aclose()

    async def _relay(self, response: httpx.Response, receive: Receive, send: Send) -> None:
        # No content-length goes on: the server frames the body itself, and a body that ends
        # short raises instead of leaving the client waiting for bytes that never come.
        dropped = HOP_BY_HOP | SERVER_WRITTEN
        headers = [(k.lower(), v) for k, v in response.headers.raw if k.lower() not in dropped]
        await send(
            {"type": "http.response.start", "status": response.status_code, "headers": headers}
        )

        async def pump() -> None:
            try:
                async for chunk in response.aiter_raw():
                    if chunk:
                        await send({"type": "http.response.body", "body": chunk, "more_body": True})
            except httpx.HTTPError as exc:
                # The guard ends a guarded stream with an error in the API's own format; an
                # unguarded one is aborted, so its client sees the break too.
                log.warning("upstream stream broke: %s", type(exc).__name__)
                raise UpstreamBroken("the upstream's answer broke off") from exc
            await send({"type": "http.response.body", "body": b"", "more_body": False})

        async def disconnected() -> None:
            while (await receive())["type"] != "http.disconnect":
                pass

        pumping = asyncio.ensure_future(pump())
        watching = asyncio.ensure_future(disconnected())
        try:
            done, _ = await asyncio.wait({pumping, watching}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (pumping, watching):
                task.cancel()
            await asyncio.gather(pumping, watching, return_exceptions=True)
        if pumping in done and not pumping.cancelled():
            error = pumping.exception()
            if isinstance(error, UpstreamBroken) or (
                error is not None and not isinstance(error, OSError)
            ):
                raise error
