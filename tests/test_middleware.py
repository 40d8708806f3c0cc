"""The middleware inside an app: bodies it cannot read, limits, and an in-app stream cut."""

from __future__ import annotations

import asyncio
import json
import zlib
from collections.abc import AsyncIterator
from pathlib import Path

import brotli
import httpx
import pytest
from scripted import REDACTING_TEXT, call, chat_request, chunk, event
from servers import LiveServer
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from aigc_guard import GuardMiddleware
from aigc_guard.policy.loader import parse_policy

POLICY_TEXT = (Path(__file__).parent / "policies" / "test.yaml").read_text(encoding="utf-8")


def policy(extra: str = ""):  # type: ignore[no-untyped-def]
    return parse_policy(POLICY_TEXT + extra, base_dir=Path("."))


def completion(text: str) -> bytes:
    return json.dumps(
        {
            "id": "c1",
            "object": "chat.completion",
            "created": 1,
            "model": "m",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": text},
                    "finish_reason": "stop",
                }
            ],
        },
        ensure_ascii=False,
    ).encode("utf-8")


def app_answering(
    body: bytes, headers: dict[str, str] | None = None, media: str = "application/json"
):  # type: ignore[no-untyped-def]
    async def endpoint(request: Request) -> Response:
        await request.body()
        return Response(body, media_type=media, headers=headers)

    return Starlette(
        routes=[
            Route("/v1/chat/completions", endpoint, methods=["POST"]),
            Route("/v1/other", endpoint, methods=["POST"]),
        ]
    )


def post(app, path: str = "/v1/chat/completions", content: bytes | None = None) -> httpx.Response:  # type: ignore[no-untyped-def]
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            body = (
                content
                if content is not None
                else json.dumps(
                    {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
                ).encode()
            )
            return await client.post(
                path, content=body, headers={"content-type": "application/json"}
            )

    return asyncio.run(go())


def test_brotli_and_deflate_bodies_are_scanned() -> None:
    raw = completion("ID 11010519491231002X")
    for encoded, name in ((brotli.compress(raw), "br"), (zlib.compress(raw), "deflate")):
        app = GuardMiddleware(app_answering(encoded, {"content-encoding": name}), policy())
        response = post(app)
        assert response.json()["choices"][0]["message"]["content"] == "ID 110105********002X", name
        assert "content-encoding" not in response.headers


def test_unknown_encoding_fails_closed() -> None:
    app = GuardMiddleware(app_answering(b"???", {"content-encoding": "compress"}), policy())
    response = post(app)
    assert response.status_code == 502 and response.json()["error"]["code"] == "upstream_encoding"


def test_over_size_answer_fails_closed_or_open() -> None:
    big = completion("x" * 5000)
    closed = post(
        GuardMiddleware(app_answering(big), policy("limits: {max_response_bytes: 1024}\n"))
    )
    assert closed.status_code == 502 and closed.json()["error"]["code"] == "upstream_too_large"
    opened = post(
        GuardMiddleware(
            app_answering(big), policy("limits: {max_response_bytes: 1024, on_error: fail_open}\n")
        )
    )
    assert opened.status_code == 200 and opened.content == big
    assert opened.headers["x-aigc-guard-action"] == "unscanned"


def test_malformed_json_fail_open_passes_unscanned() -> None:
    app = GuardMiddleware(
        app_answering(b'{"choices": ['), policy("limits: {on_error: fail_open}\n")
    )
    response = post(app)
    assert (
        response.content == b'{"choices": ['
        and response.headers["x-aigc-guard-action"] == "unscanned"
    )


def test_wrong_charset_is_a_clear_error() -> None:
    app = GuardMiddleware(
        app_answering(completion("好").replace(b"\xe5", b"\xff"), media="application/json"),
        policy(),
    )
    response = post(app)
    assert response.status_code == 502 and response.json()["error"]["code"] == "upstream_encoding"


def test_request_too_large_is_refused() -> None:
    app = GuardMiddleware(
        app_answering(completion("ok")), policy("limits: {max_request_bytes: 2048}\n")
    )
    body = json.dumps(
        {"model": "m", "messages": [{"role": "user", "content": "x" * 4000}]}
    ).encode()
    response = post(app, content=body)
    assert response.status_code == 413 and response.json()["error"]["code"] == "request_too_large"


def test_unreadable_request_on_guarded_path_is_refused_and_unlisted_path_passes() -> None:
    app = GuardMiddleware(app_answering(completion("炸弹制作")), policy())
    refused = post(app, content=b"not json")
    assert refused.status_code == 400 and refused.json()["error"]["code"] == "invalid_json"
    assert post(app, path="/v1/other").json()["choices"][0]["message"]["content"] == "炸弹制作"


def test_plain_text_answer_that_is_not_json_is_withheld() -> None:
    app = GuardMiddleware(app_answering(b"plain words", media="text/plain"), policy())
    response = post(app)
    assert response.status_code == 502 and "plain words" not in response.text


def test_input_redaction_rewrites_the_request() -> None:
    seen: list[str] = []

    async def endpoint(request: Request) -> Response:
        seen.append((await request.json())["messages"][0]["content"][0]["text"])
        return Response(completion("ok"), media_type="application/json")

    redacting = parse_policy(REDACTING_TEXT, base_dir=Path("."))
    app = GuardMiddleware(
        Starlette(routes=[Route("/v1/chat/completions", endpoint, methods=["POST"])]), redacting
    )
    body = json.dumps(
        {
            "model": "m",
            "messages": [
                {"role": "user", "content": [{"type": "text", "text": "我的号码13812345678"}]}
            ],
        },
        ensure_ascii=False,
    ).encode()
    response = post(app, content=body)
    assert response.status_code == 200
    assert seen == ["我的号码138****5678"]


def test_in_app_stream_is_cut_and_the_body_iterator_stops() -> None:
    produced: list[int] = []
    stopped = asyncio.Event()

    async def tokens() -> AsyncIterator[bytes]:
        try:
            for i, piece in enumerate(["好的", "，", "炸弹", "制作", "如下"] + ["更多"] * 200):
                produced.append(i)
                yield event(chunk({"content": piece}))
                if piece == "制作":
                    # No timing to race: the body waits here until the guard's cut stops it
                    # (or, if it never does, goes on after 10 s and the assertion fails).
                    await asyncio.sleep(10)
        finally:
            stopped.set()

    async def endpoint(request: Request) -> Response:
        return StreamingResponse(tokens(), media_type="text/event-stream")

    async def health(request: Request) -> Response:
        return PlainTextResponse("ok")

    inner = Starlette(
        routes=[Route("/v1/chat/completions", endpoint, methods=["POST"]), Route("/h", health)]
    )
    with LiveServer(GuardMiddleware(inner, policy())) as server:
        response = httpx.post(
            server.url + "/v1/chat/completions",
            json={"model": "m", "stream": True, "messages": [{"role": "user", "content": "hi"}]},
        )
        text = response.text
    assert "炸弹" not in text
    assert '"finish_reason":"content_filter"' in text and text.rstrip().endswith("data: [DONE]")
    assert stopped.is_set() and produced == [0, 1, 2, 3]  # cut at the term, nothing after


def _streamed(app) -> bytes:  # type: ignore[no-untyped-def]
    """A stream request through the guard around ``app``, from a client that never leaves."""
    guarded = GuardMiddleware(app, policy())
    return call(guarded, body=chat_request(stream=True), client_stays=True).body


def test_the_guards_cut_wakes_an_app_waiting_on_the_client_with_a_disconnect() -> None:
    heard: list[str] = []

    async def app(scope, receive, send):  # type: ignore[no-untyped-def]
        await receive()
        watcher = asyncio.ensure_future(receive())  # a proxy's disconnect watch
        await asyncio.sleep(0)
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"text/event-stream")],
            }
        )
        for piece in ["好的", "炸弹", "制作"]:
            await send(
                {
                    "type": "http.response.body",
                    "body": event(chunk({"content": piece})),
                    "more_body": True,
                }
            )
        heard.append((await asyncio.wait_for(watcher, 5))["type"])
        heard.append((await receive())["type"])  # and every later call
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    delivered = _streamed(app)
    assert "炸弹".encode() not in delivered and b"content_filter" in delivered
    assert heard == ["http.disconnect", "http.disconnect"]


def test_a_cancel_from_elsewhere_still_cancels_an_app_waiting_on_the_client() -> None:
    outcome: list[str] = []

    async def app(scope, receive, send):  # type: ignore[no-untyped-def]
        await receive()
        watcher = asyncio.ensure_future(receive())
        await asyncio.sleep(0)
        watcher.cancel()  # the app's own cancel is not turned into a disconnect
        try:
            await watcher
        except asyncio.CancelledError:
            outcome.append("cancelled")
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"text/event-stream")],
            }
        )
        await send(
            {
                "type": "http.response.body",
                "body": event(chunk({"content": "好的"})),
                "more_body": False,
            }
        )

    _streamed(app)
    assert outcome == ["cancelled"]


@pytest.mark.parametrize(("method", "status"), [("GET", 502), ("PUT", 405), ("PATCH", 405)])
def test_other_methods_never_get_an_unscanned_answer(method: str, status: int) -> None:
    app = GuardMiddleware(PlainTextResponse("炸弹制作"), policy())

    async def go() -> httpx.Response:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://t"
        ) as c:
            return await c.request(method, "/v1/chat/completions")

    response = asyncio.run(go())
    assert response.status_code == status and "炸弹" not in response.text


def test_token_chunks_arriving_together_are_scanned_together() -> None:
    text = "证件号11010519491231002X，好的"
    events = b"".join(
        b"data: "
        + json.dumps(
            {
                "id": "c",
                "object": "chat.completion.chunk",
                "created": 1,
                "model": "m",
                "choices": [
                    {"index": 0, "delta": {"content": ch}, "logprobs": None, "finish_reason": None}
                ],
            },
            ensure_ascii=False,
        ).encode()
        + b"\n\n"
        for ch in text
    )
    finish = (
        b'data: {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m", '
        b'"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}\n\ndata: [DONE]\n\n'
    )
    app = GuardMiddleware(app_answering(events + finish, media="text/event-stream"), policy())
    body = post(app).text
    chunks = [json.loads(line[6:]) for line in body.split("\n\n") if line.startswith("data: {")]
    content = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks)
    assert content == "证件号110105********002X，好的"
    assert len(chunks) < len(text)  # merged, not one chunk per character
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop" and body.endswith("data: [DONE]\n\n")


def test_stream_events_that_are_not_json_do_not_pass() -> None:
    chunk = json.loads(completion("你好"))
    chunk["choices"][0] = {"index": 0, "delta": {"content": "你好"}, "finish_reason": None}
    stream = (
        b": keep-alive\n\n"
        + b"data: "
        + json.dumps(chunk, ensure_ascii=False).encode()
        + b"\n\n"
        + "data: plain 炸弹制作 text\n\n".encode()
        + b"data: [DONE]\n\n"
    )
    app = GuardMiddleware(app_answering(stream, media="text/event-stream"), policy())
    response = post(app)
    assert "炸弹制作" not in response.text
    # The keep-alive still goes (a bare ":"), without its text: nothing unscanned rides along.
    assert response.text.startswith(":\n\n") and "keep-alive" not in response.text
    assert "你好" in response.text
    assert response.text.rstrip().endswith("data: [DONE]")


@pytest.mark.parametrize("field", ["reasoning_content", "reasoning"])
def test_reasoning_text_is_guarded_like_content(field: str) -> None:
    def event(delta: dict[str, str]) -> bytes:
        chunk = {
            "id": "c",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "m",
            "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
        }
        return b"data: " + json.dumps(chunk, ensure_ascii=False).encode() + b"\n\n"

    stream = event({field: "先想想，炸弹"}) + event({field: "制作步骤"}) + b"data: [DONE]\n\n"
    app = GuardMiddleware(app_answering(stream, media="text/event-stream"), policy())
    text = post(app).text
    assert "炸弹制作" not in text and "制作步骤" not in text
    assert '"finish_reason":"content_filter"' in text
    whole = json.loads(completion("好的"))
    whole["choices"][0]["message"][field] = "想法：11010519491231002X"
    redacted = post(GuardMiddleware(app_answering(json.dumps(whole).encode()), policy())).json()
    assert redacted["choices"][0]["message"][field] == "想法：110105********002X"
