"""Benchmark servers, one a process: ``python benchmarks/_serve.py KIND PORT [UPSTREAM] [POLICY]``.

KIND: ``upstream`` (a fixed 2 KB chat answer, or an SSE stream of N chunks when the request
says ``stream``), ``soak-upstream`` (``_soak_upstream``: benign and hostile answers by
header), ``fake-model`` (a model server answering in 20 ms: ``guard_model_overhead``),
``bare`` (the proxy's forwarding alone) or ``guarded`` (the same, behind the guard;
an optional fifth argument is the upstream deadline in seconds).
"""

from __future__ import annotations

import asyncio
import json
import sys

import uvicorn

ANSWER_BYTES = 2048
_PARAGRAPH = (
    "在回答这个问题之前，我们先回顾一下相关的背景知识。城市公园的设计需要兼顾绿化、休闲与安全，"
    "设计师通常会先调研周边居民的需求，再确定步道、座椅和照明的位置。"
    "In practice, a good design balances shade, open lawns and paths that stay dry after rain. "
)
_PII = "如需帮助请致电 13812345678 或发邮件至 someone@example.com 联系我们。"
_BLOCKED = "有人问到怎样提炼冰毒。"  # a starter-lexicon phrase (A1-h, high): the stream is cut


def answer(kind: str = "allow", size: int = ANSWER_BYTES) -> str:
    """A benign answer of exactly ``size`` UTF-8 bytes; ``redact``: with a phone number and
    an e-mail address at a quarter and three quarters of it; ``block``: with a blocked term
    at three quarters."""
    inserts = {"allow": [], "redact": [(0.25, _PII), (0.75, _PII)], "block": [(0.75, _BLOCKED)]}
    budget = size - sum(len(t.encode()) for _, t in inserts[kind])
    text = ""
    while len((text + _PARAGRAPH).encode()) <= budget:
        text += _PARAGRAPH
    text += ("The answer ends here. " * 100)[: budget - len(text.encode())]
    for share, insert in reversed(inserts[kind]):
        at = text.find("。", int(len(text) * share)) + 1  # after a sentence
        text = text[:at] + insert + text[at:]
    assert len(text.encode()) == size
    return text


ANSWER = answer()
ANSWERS = {kind: answer(kind) for kind in ("allow", "redact", "block")}


def completion(text: str) -> bytes:
    return json.dumps(
        {
            "id": "chatcmpl-bench",
            "object": "chat.completion",
            "created": 1,
            "model": "bench",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": text},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        },
        ensure_ascii=False,
    ).encode("utf-8")


COMPLETIONS = {kind: completion(text) for kind, text in ANSWERS.items()}
COMPLETION = COMPLETIONS["allow"]


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


def pieces(text: str, size: int = 3) -> list[str]:
    """Token-sized pieces of ``text`` (three characters each)."""
    return [text[i : i + size] for i in range(0, len(text), size)]


async def upstream(scope, receive, send):  # type: ignore[no-untyped-def]
    """Answers by request headers: ``x-bench-answer`` (allow, redact, block) picks the text;
    ``x-bench-pace-ms`` > 0 writes each stream chunk on its own after that delay (token-paced),
    0 writes them back to back."""
    if scope["type"] != "http":
        return
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    request = json.loads(body or b"{}")
    headers = dict(scope.get("headers", []))
    kind = headers.get(b"x-bench-answer", b"allow").decode()
    pace = float(headers.get(b"x-bench-pace-ms", b"0")) / 1000
    if not request.get("stream"):
        payload = COMPLETIONS[kind]
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(payload)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": payload})
        return
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"text/event-stream")],
        }
    )
    for piece in pieces(ANSWERS[kind]):
        if pace:
            await asyncio.sleep(pace)
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
    if kind in ("bare", "guarded"):
        from aigc_guard.allocator import freeze_startup_heap

        freeze_startup_heap()  # as `aigc-guard serve` does
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="error", access_log=False)


if __name__ == "__main__":
    main()
