"""Benchmark servers, one per process: ``python benchmarks/_serve.py KIND PORT [UPSTREAM] [POLICY]``.

KIND: ``upstream`` (a fixed 2 KB chat answer, or an SSE stream of N chunks when the request
says ``stream``), ``soak-upstream`` (``_soak_upstream``: benign and hostile answers by
header), ``fake-model`` (a model server answering in 20 ms: ``guard_model_overhead``),
``bare`` (the proxy's forwarding alone) or ``guarded`` (the same, behind the guard;
an optional fifth argument is the upstream deadline in seconds).
"""

from __future__ import annotations

import json
import sys

import uvicorn

ANSWER = (
    "这是一个用于压力测试的回答，内容无害。The quick brown fox jumps over the lazy dog. " * 18
)[:680]
COMPLETION = json.dumps(
    {
        "id": "chatcmpl-bench",
        "object": "chat.completion",
        "created": 1,
        "model": "bench",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": ANSWER},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    },
    ensure_ascii=False,
).encode("utf-8")


def chunk(text: str | None, finish: str | None = None) -> bytes:
    delta = {} if text is None else {"content": text}
    body = {
        "id": "chatcmpl-bench",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "bench",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return b"data: " + json.dumps(body, ensure_ascii=False).encode("utf-8") + b"\n\n"


async def upstream(scope, receive, send):  # type: ignore[no-untyped-def]
    if scope["type"] != "http":
        return
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    request = json.loads(body or b"{}")
    if not request.get("stream"):
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(COMPLETION)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": COMPLETION})
        return
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"text/event-stream")],
        }
    )
    pieces = [ANSWER[i : i + 3] for i in range(0, int(request.get("max_tokens", 600)), 3)]
    for piece in pieces:
        await send({"type": "http.response.body", "body": chunk(piece), "more_body": True})
    await send({"type": "http.response.body", "body": chunk(None, "stop") + b"data: [DONE]\n\n"})


def main() -> None:
    kind, port = sys.argv[1], int(sys.argv[2])
    if kind == "upstream":
        app = upstream
    elif kind == "fake-model":
        from guard_model_overhead import fake_server

        app = fake_server
    elif kind == "soak-upstream":
        from _soak_upstream import app as soak_app

        app = soak_app
    else:
        from aigc_guard.allocator import return_large_blocks
        from aigc_guard.proxy import ProxyApp
        from aigc_guard.server import create_proxy_app

        return_large_blocks()  # as `aigc-guard serve` does

        deadline = float(sys.argv[5]) if len(sys.argv) > 5 else 600.0
        app = (
            ProxyApp(sys.argv[3])
            if kind == "bare"
            else create_proxy_app(sys.argv[3], sys.argv[4], deadline=deadline)
        )
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="error", access_log=False)


if __name__ == "__main__":
    main()
