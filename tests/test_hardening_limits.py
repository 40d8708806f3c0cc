"""Finding 5: bombs and stalls. One request's cost is bounded, and never paid by the others."""

from __future__ import annotations

import asyncio
import gc
import gzip
import json
import socket
import threading
import tracemalloc
import weakref
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from conftest import TEST_POLICY
from scripted import Scripted, answer, call, chat_request, chunk, guarded, sse
from servers import LiveServer

from aigc_guard.classifiers.base import SpanClassifier
from aigc_guard.policy.store import PolicyStore
from aigc_guard.server import create_proxy_app

BOMB = gzip.compress(b" " * (200 * 1024 * 1024), 9)  # 200 MB of spaces in ~200 KB


def peak_mib(run) -> float:  # type: ignore[no-untyped-def]
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def test_a_compressed_request_bomb_is_refused_while_decompressing() -> None:
    assert len(BOMB) < 1024 * 1024
    upstream = Scripted([answer({"role": "assistant", "content": "ok"})])
    result = {}

    def run() -> None:
        result["r"] = call(guarded(upstream), body=BOMB, headers={"content-encoding": "gzip"})

    assert peak_mib(run) < 64
    assert result["r"].status == 413 and upstream.received == []


def test_a_compressed_answer_bomb_is_withheld_while_decompressing() -> None:
    upstream = Scripted([BOMB], extra_headers=[(b"content-encoding", b"gzip")])
    result = {}

    def run() -> None:
        result["r"] = call(guarded(upstream))

    assert peak_mib(run) < 64
    assert result["r"].status == 502
    assert result["r"].json()["error"]["code"] == "upstream_too_large"


def test_a_compressed_stream_bomb_ends_the_stream_with_an_error() -> None:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    stream = sse(chunk({"content": "好"}))
    bomb = compressor.compress(stream + b": " + b"x" * (100 * 1024 * 1024)) + compressor.flush()
    upstream = Scripted(
        [bomb],
        content_type=b"text/event-stream",
        extra_headers=[(b"content-encoding", b"gzip")],
    )
    response = call(
        guarded(upstream, "limits: {max_stream_bytes: 4194304}\n"), body=chat_request(stream=True)
    )
    assert '"code":"upstream_too_large"' in response.text


def test_large_scans_run_off_the_event_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    original = SpanClassifier.__subclasses__()

    app = guarded(Scripted([answer({"role": "assistant", "content": "ok"})]))
    span = app.store.current.span_classifiers[0]
    real_scan = span.scan

    def spy(text: str, start: int = 0):  # type: ignore[no-untyped-def]
        try:
            asyncio.get_running_loop()
            seen.append(False)  # on the event loop's thread
        except RuntimeError:
            seen.append(True)  # in a worker thread
        return real_scan(text, start)

    monkeypatch.setattr(span, "scan", spy)
    call(app, body=chat_request("你好"))
    call(app, body=chat_request("你好" * 40_000))
    assert original  # the classifier types are registered
    # prompt and answer of the small request on the loop; the large prompt in a thread
    assert seen[:2] == [False, False] and seen[2] is True


def test_deep_json_in_answers_and_streams_is_refused_not_a_500() -> None:
    deep = b'{"choices": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    whole = call(guarded(Scripted([deep])))
    assert whole.status == 502 and whole.json()["error"]["code"] == "upstream_too_deep"
    stream = b"data: " + deep + b"\n\n" + sse(chunk({"content": "好"}), chunk({}, "stop"))
    streamed = call(
        guarded(Scripted([stream], content_type=b"text/event-stream")),
        body=chat_request(stream=True),
    )
    assert streamed.status == 200 and '"content":"好"' in streamed.text
    assert streamed.text.rstrip().endswith("data: [DONE]")


@contextmanager
def raw_upstream(
    response: bytes, *, trickle: float | None = None, then: bytes = b""
) -> Iterator[str]:
    """A socket server that answers every connection with ``response``, then ``then`` one
    byte every ``trickle`` seconds (at most 200 bytes), then closes."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(5)
                conn.recv(65536)
                conn.sendall(response)
                if trickle is None:
                    continue
                for byte in then[:200]:
                    if stop.wait(trickle):
                        break
                    try:
                        conn.sendall(bytes([byte]))
                    except OSError:
                        break

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(timeout=5)
        server.close()


def head(content_type: str, length: int | None = None) -> bytes:
    lines = [b"HTTP/1.1 200 OK", f"content-type: {content_type}".encode(), b"connection: close"]
    if length is not None:
        lines.append(f"content-length: {length}".encode())
    return b"\r\n".join(lines) + b"\r\n\r\n"


def test_a_short_body_is_an_error_not_a_hang() -> None:
    body = answer({"role": "assistant", "content": "ok"})
    with (
        raw_upstream(head("application/json", len(body) + 500) + body) as url,
        LiveServer(create_proxy_app(url, TEST_POLICY)) as proxy,
    ):
        guarded_path = httpx.post(
            proxy.url + "/v1/chat/completions", content=chat_request(), timeout=10
        )
        assert guarded_path.status_code == 502
        with pytest.raises(httpx.HTTPError):  # unguarded: the connection is aborted
            httpx.post(proxy.url + "/v1/other", content=chat_request(), timeout=10).read()


def test_a_trickling_upstream_is_cut_at_the_deadline() -> None:
    stream = sse(*[chunk({"content": "好"})] * 20)
    with (
        raw_upstream(head("text/event-stream"), trickle=0.05, then=stream) as url,
        LiveServer(create_proxy_app(url, TEST_POLICY, deadline=1.0)) as proxy,
    ):
        response = httpx.post(
            proxy.url + "/v1/chat/completions", content=chat_request(stream=True), timeout=10
        )
    assert response.status_code == 200
    assert '"code":"upstream_failed"' in response.text  # ended in the format, not hung


def test_superseded_policies_are_released(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(TEST_POLICY.read_text(encoding="utf-8"), encoding="utf-8")
    store = PolicyStore.of(path)
    app = guarded(Scripted([answer({"role": "assistant", "content": "ok"})]))
    app.store = store
    call(app)  # builds the compliance runtime and variants of the first snapshot
    first = weakref.ref(store.current)
    for n in range(3):
        path.write_text(path.read_text(encoding="utf-8") + f"\n# edit {n}\n", encoding="utf-8")
        assert store.reload()
        call(app)
    gc.collect()
    assert first() is None


def test_request_json_limits_are_policy_settings() -> None:
    nested = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "x": [[[[[1]]]]]}
    upstream = Scripted([answer({"role": "assistant", "content": "ok"})])
    strict = call(
        guarded(upstream, "limits: {max_json_depth: 4}\n"), body=json.dumps(nested).encode()
    )
    assert strict.status == 400 and strict.json()["error"]["code"] == "too_deep"
    assert call(guarded(upstream), body=json.dumps(nested).encode()).status == 200


def test_the_event_size_limit_is_the_policys() -> None:
    line = b"data: " + json.dumps(chunk({"content": "好" * 2000}), ensure_ascii=False).encode()
    stream = line + b"\n\n" + sse(chunk({}, "stop"))
    upstream = Scripted([stream], content_type=b"text/event-stream")
    small = call(
        guarded(upstream, "limits: {max_event_bytes: 1024}\n"), body=chat_request(stream=True)
    )
    assert '"code":"upstream_event_too_large"' in small.text and "好好" not in small.text
    default = call(guarded(upstream), body=chat_request(stream=True))
    assert "好" * 2000 in default.text


@pytest.mark.parametrize(("size", "off_loop"), [(2_000, False), (60_000, True)])
def test_a_large_body_is_parsed_and_encoded_off_the_event_loop(
    size: int, off_loop: bool, upstream: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One huge request or answer must not stall every stream of the worker: past
    ``limits.inline_scan_chars`` its JSON is read and written in a worker thread."""
    from aigc_guard import jsonio

    seen: dict[str, list[bool]] = {"loads_value": [], "dumps": []}

    def on_loop() -> bool:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return False
        return True

    for name in seen:
        original = getattr(jsonio, name)

        def spy(*args: object, _original=original, _name=name, **kwargs: object) -> object:  # type: ignore[no-untyped-def]
            seen[_name].append(on_loop())
            return _original(*args, **kwargs)

        monkeypatch.setattr(jsonio, name, spy)
    text = "天气很好。" * (size // 5)
    with LiveServer(create_proxy_app(upstream.url, TEST_POLICY)) as proxy:
        response = httpx.post(
            proxy.url + "/v1/chat/completions",
            json={"model": "m", "messages": [{"role": "user", "content": text}]},
            headers={
                "x-fake-answer": json.dumps("天气很好。"),
                "x-fake-mode": f"repeat={size // 5}",
            },
            timeout=60,
        )
    assert response.status_code == 200
    assert response.json()["choices"][0]["message"]["content"] == text
    # The request and the answer: both parsed and both encoded where their size says.
    assert seen["loads_value"] and seen["dumps"]
    assert set(seen["loads_value"]) == {not off_loop}
    assert set(seen["dumps"]) == {not off_loop}
