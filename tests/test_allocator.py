"""Process memory tuning: the start-up heap leaves the collector's walk, and `serve`'s app
factory does that once the policy is loaded."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest

from aigc_guard import server
from aigc_guard.allocator import collector_paused, freeze_startup_heap, heap_frozen
from aigc_guard.classifiers import lexicon
from aigc_guard.policy.loader import load_policy

POLICIES = Path(__file__).parent / "policies"


def test_freeze_moves_live_objects_out_of_the_collector() -> None:
    keep = [[i] for i in range(1000)]  # tracked containers alive now
    try:
        frozen = freeze_startup_heap()
        assert frozen >= len(keep) and gc.get_freeze_count() == frozen
        assert not any(x is keep[0] for x in gc.get_objects())  # out of the collector's walk
    finally:
        gc.unfreeze()
    assert gc.get_freeze_count() == 0


def test_a_batch_scan_runs_with_the_heap_frozen_and_thaws_it_after(tmp_path: Path) -> None:
    from aigc_guard.batch_scan import scan_rows
    from aigc_guard.policy.schema import Direction

    policy = load_policy(POLICIES / "test.yaml")
    counts: list[int] = []
    out = _Recording(counts)
    rows = [(1, {"text": "hello"}), (2, {"text": "world"})]
    scan_rows(policy, Direction.OUTPUT, rows, out, workers=1)  # type: ignore[arg-type]
    assert counts and all(count > 0 for count in counts)  # frozen while it wrote
    assert gc.get_freeze_count() == 0  # and thawed: a long-lived caller leaks nothing
    with pytest.raises(RuntimeError), heap_frozen():
        raise RuntimeError
    assert gc.get_freeze_count() == 0  # thawed on the way out of a failure too


class _Recording:
    def __init__(self, counts: list[int]) -> None:
        self.counts = counts

    def write(self, data: bytes) -> int:
        self.counts.append(gc.get_freeze_count())
        return len(data)


def test_serve_freezes_after_the_policy_is_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    order: list[str] = []
    real = server.create_proxy_app

    def built(*args: object, **kwargs: object) -> object:
        app = real(*args, **kwargs)  # type: ignore[arg-type]
        order.append("app")
        return app

    monkeypatch.setattr(server, "create_proxy_app", built)
    monkeypatch.setattr(server, "freeze_startup_heap", lambda: order.append("freeze") or 0)
    settings = server.ServeSettings(
        upstream="http://127.0.0.1:9", policy=str(POLICIES / "test.yaml")
    )
    server.create_app_from_settings(settings)
    assert order == ["app", "freeze"]


def test_the_collector_is_paused_while_a_policy_is_built_and_resumes_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    real = lexicon.read_term_file

    def spying(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(lexicon, "read_term_file", spying)
    (tmp_path / "terms.txt").write_text("bad\n", encoding="utf-8")
    (tmp_path / "p.yaml").write_text(
        "version: 1\nclassifiers:\n  lex: {type: lexicon, files: [terms.txt]}\n", encoding="utf-8"
    )
    assert gc.isenabled()
    load_policy(tmp_path / "p.yaml")
    assert seen == [False]
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # one that was off stays off
    finally:
        gc.enable()


COMPLETION = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "fake",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "今天天气很好。"},
            "finish_reason": "stop",
        }
    ],
}


def _unreachable_per_run(guarded: bool, requests: int) -> int:
    """Objects the collector finds unreachable after ``requests`` whole-JSON requests made
    with it switched off: what reference cycles kept alive past the end of each request."""
    import asyncio
    import json

    import httpx

    from aigc_guard.middleware import GuardMiddleware
    from aigc_guard.proxy import ProxyApp

    answer = json.dumps(COMPLETION).encode()

    def upstream(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "application/json", "content-length": str(len(answer))}
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(answer))

    proxy = ProxyApp(
        "http://upstream.invalid",
        client_factory=lambda: httpx.AsyncClient(transport=httpx.MockTransport(upstream)),
    )
    app: Any = GuardMiddleware(proxy, str(POLICIES / "test.yaml")) if guarded else proxy
    body = json.dumps({"model": "fake", "messages": [{"role": "user", "content": "hi"}]}).encode()

    async def one(never: asyncio.Future[None]) -> None:
        delivered = False

        async def receive() -> dict[str, Any]:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            await never  # a client that stays: its wait is cancelled when the answer is done
            return {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            return None

        scope = {
            "type": "http",
            "method": "POST",
            "path": "/v1/chat/completions",
            "raw_path": b"/v1/chat/completions",
            "query_string": b"",
            "headers": [(b"content-type", b"application/json")],
        }
        await app(scope, receive, send)

    async def run() -> int:
        never = asyncio.get_running_loop().create_future()
        for _ in range(3):  # caches and first-use objects
            await one(never)
        gc.collect()
        gc.disable()
        try:
            for _ in range(requests):
                await one(never)
            return gc.collect()
        finally:
            gc.enable()

    return asyncio.run(run())


def test_a_guarded_request_leaves_no_reference_cycle_behind() -> None:
    """Every object of a guarded request goes when the request ends, as the bare proxy's do:
    a cycle (a cancelled wait's traceback holding the task that waited) kept each request's
    exchange, buffers and parsed answer alive until the next collection."""
    requests = 20
    bare = _unreachable_per_run(False, requests)
    guarded = _unreachable_per_run(True, requests)
    assert guarded <= bare + requests, (bare, guarded)
