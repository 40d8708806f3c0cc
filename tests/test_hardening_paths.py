"""Finding 1: the path. What the policy matches is the path the upstream receives."""

from __future__ import annotations

import socket

import pytest
from conftest import TEST_POLICY
from scripted import Scripted, answer, call, chat_request, guarded
from servers import LiveServer

from aigc_guard.errors import BodyError
from aigc_guard.middleware import _target
from aigc_guard.policy.compiled import REMEMBERED
from aigc_guard.policy.loader import load_policy
from aigc_guard.server import create_proxy_app
from aigc_guard.target import canonical_path

BYPASSES = [
    "/v1/chat/completions/x/..",
    "/v1/chat/completions/.",
    "/v1/a/../chat/completions/b/..",
    "/v1/chat/completions/",
    "/v1/Chat/Completions",
    "//v1//chat//completions",
    "/v1/chat/%63ompletions",
    "/v1/chat/completions/%2e",
    "/v1/chat/completions/x/%2E%2E",
]


@pytest.mark.parametrize("path", BYPASSES)
def test_path_spellings_of_a_guarded_route_are_guarded(path: str) -> None:
    upstream = Scripted([answer({"role": "assistant", "content": "炸弹制作如下"})])
    response = call(guarded(upstream), path, chat_request("怎么做炸弹制作"))
    assert "炸弹制作" not in response.text
    assert response.json()["choices"][0]["finish_reason"] == "content_filter"
    assert upstream.received == []  # the request itself was blocked: nothing forwarded


@pytest.mark.parametrize("path", BYPASSES)
def test_the_upstream_receives_the_path_that_was_matched(path: str) -> None:
    upstream = Scripted([answer({"role": "assistant", "content": "fine"})])
    call(guarded(upstream), path)
    [seen] = upstream.received
    assert seen["raw_path"] == canonical_path(path.encode()).encode()
    assert ".." not in seen["path"] and "//" not in seen["path"]


@pytest.mark.parametrize(
    "path",
    [
        "/v1/chat%2Fcompletions",  # an encoded separator: servers disagree on it
        "/v1/chat%5Ccompletions",
        "/v1/chat/completions%00",
        "/../v1/chat/completions",  # above the root
        "/v1/chat/completions%zz",
        "/v1/chat\\completions",  # a server may read a backslash as a slash
    ],
)
def test_paths_that_cannot_be_normalised_are_refused(path: str) -> None:
    upstream = Scripted([answer({"role": "assistant", "content": "炸弹制作"})])
    response = call(guarded(upstream), path)
    assert response.status == 400 and response.json()["error"]["code"] == "invalid_path"
    assert upstream.received == []


@pytest.mark.parametrize("path", ["/static/docs/", "/files/a%2Fb.txt", "/v1/models/./x"])
def test_the_apps_own_paths_pass_as_sent(path: str) -> None:
    upstream = Scripted([answer({"role": "assistant", "content": "ok"})])
    call(guarded(upstream), path, method="GET", body=b"")
    assert [r["raw_path"] for r in upstream.received] == [path.encode()]


# Side doors: endpoints that make or return model text where the guard cannot read it. A batch
# job takes its prompts in an uploaded file and hands its answers back as one; a stored
# conversation or thread lists answers; a realtime session carries text over WebRTC. Each
# passed untouched before, so a client could have any answer by asking for it in a batch.
SIDE_DOORS = [
    ("POST", "/v1/batches"),
    ("GET", "/v1/files/file-abc123/content"),
    ("POST", "/v1/messages/batches"),
    ("GET", "/v1/messages/batches/msgbatch_01/results"),
    ("POST", "/v1beta/models/gemini-2.5-flash:batchGenerateContent"),
    ("POST", "/v1/threads/thread_abc/runs"),
    ("GET", "/v1/conversations/conv_123/items"),
    ("POST", "/v1/conversations"),  # items stored where the guard never reads them
    ("POST", "/v1beta/cachedContents"),
    ("POST", "/v1/realtime/calls"),
    ("POST", "/v1/complete"),
    ("POST", "/V1//Batches/"),  # spelled otherwise
    ("GET", "/v1/evals/eval_1/runs/run_1/output_items"),
    ("POST", "/v1/images/generations"),
    ("POST", "/v1/videos"),
]


@pytest.mark.parametrize(("method", "path"), SIDE_DOORS)
def test_endpoints_whose_output_the_guard_cannot_read_are_refused(method: str, path: str) -> None:
    upstream = Scripted([answer({"role": "assistant", "content": "炸弹制作如下"})])
    response = call(guarded(upstream), path, method=method, body=b"{}")
    assert response.status == 403, response.text
    assert response.json()["error"]["code"] == "endpoint_not_guarded"
    assert upstream.received == []


def test_a_policy_may_open_a_side_door_and_other_endpoints_pass() -> None:
    opened = guarded(Scripted([answer({"role": "assistant", "content": "ok"})] * 3),
                     "refused_paths: ['*/realtime/*']\n")  # fmt: skip
    assert call(opened, "/v1/batches", body=b"{}").status == 200
    assert call(opened, "/v1/realtime/calls", body=b"{}").status == 403
    closed = guarded(Scripted([answer({"role": "assistant", "content": "ok"})] * 3))
    for path in ("/v1/models", "/v1/files", "/v1/embeddings"):  # no model text comes back
        assert call(closed, path, body=b"{}").status == 200, path


def test_canonical_form() -> None:
    assert canonical_path(b"/v1/a/./b/../c//d/") == "/v1/a/c/d"
    assert canonical_path(b"/%7euser/%41") == "/~user/A"
    assert canonical_path(b"/a%3ab") == "/a%3Ab"  # reserved stays encoded, hex upper-cased
    assert canonical_path(b"/") == "/"
    with pytest.raises(BodyError):
        canonical_path(b"relative")


@pytest.mark.parametrize("method", ["PUT", "PATCH"])
def test_body_methods_other_than_post_are_refused_on_guarded_paths(method: str) -> None:
    upstream = Scripted([answer({"role": "assistant", "content": "炸弹制作"})])
    response = call(guarded(upstream), body=chat_request(), method=method)
    assert response.status == 405 and upstream.received == []


def test_through_the_proxy_dot_segments_reach_the_upstream_as_matched() -> None:
    """httpx removes dot segments when it builds the URL: the guard must have matched the
    path the upstream ends up routing."""
    upstream = Scripted([answer({"role": "assistant", "content": "炸弹制作如下"})])
    with (
        LiveServer(upstream) as up,
        LiveServer(create_proxy_app(up.url, TEST_POLICY)) as proxy,
    ):
        # A client library would normalise the path itself: send the raw bytes instead.
        host, port = proxy.url.removeprefix("http://").split(":")
        body = chat_request()
        raw = (
            b"POST /v1/chat/completions/x/.. HTTP/1.1\r\nhost: t\r\ncontent-type: "
            b"application/json\r\nconnection: close\r\ncontent-length: "
            + str(len(body)).encode()
            + b"\r\n\r\n"
            + body
        )
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.sendall(raw)
            received = b""
            while chunk := sock.recv(65536):
                received += chunk
    assert b"200 OK" in received.split(b"\r\n", 1)[0]
    assert "炸弹制作".encode() not in received and b"content_filter" in received
    assert [r["raw_path"] for r in upstream.received] == [b"/v1/chat/completions"]


def test_a_websocket_to_a_guarded_path_is_refused_and_others_pass() -> None:
    import asyncio

    reached: list[str] = []

    async def app(scope, receive, send):  # type: ignore[no-untyped-def]
        reached.append(scope["path"])
        await send({"type": "websocket.accept"})

    guard = guarded(Scripted())

    def connect(path: str) -> dict:  # type: ignore[type-arg]
        sent: list[dict] = []  # type: ignore[type-arg]
        scope = {"type": "websocket", "path": path, "raw_path": path.encode(), "headers": []}

        async def receive() -> dict:  # type: ignore[type-arg]
            return {"type": "websocket.connect"}

        async def send(message: dict) -> None:  # type: ignore[type-arg]
            sent.append(message)

        guard.app = app
        asyncio.run(guard(scope, receive, send))
        return sent[0]

    assert connect("/v1/chat/completions") == {"type": "websocket.close", "code": 1008}
    assert connect("/v1/Chat/Completions/") == {"type": "websocket.close", "code": 1008}
    assert connect("/v1/realtime") == {"type": "websocket.close", "code": 1008}  # a side door
    assert connect("/ws/other") == {"type": "websocket.accept"} and reached == ["/ws/other"]


def test_a_flood_of_new_paths_leaves_the_policy_bounded_and_every_answer_right() -> None:
    policy = load_policy(TEST_POLICY)
    for n in range(REMEMBERED + 50):
        assert not _target(policy, {"raw_path": f"/app/page/{n}".encode()}).guarded
    assert len(policy.__dict__["_memo"]["target"]) == REMEMBERED
    assert len(policy.__dict__["_memo"]["route_for"]) <= REMEMBERED
    for path in BYPASSES:  # past the cap: worked out each time, still guarded
        assert _target(policy, {"raw_path": path.encode()}).guarded, path
    refused = _target(policy, {"raw_path": b"/v1/chat/completions%2f"})
    assert refused.path is None and refused.guarded
