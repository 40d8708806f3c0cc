"""Anthropic, Gemini and Ollama through the proxy, with each vendor's official client as the
client and fake upstreams that speak each format (``fake_vendors``): allow, redact, block,
input block, tool-call arguments, stream cuts with the format's own stop signal, an upstream
that breaks off mid-stream, and a client that goes away."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import anthropic
import httpx
import ollama
import pytest
from conftest import TEST_POLICY
from fake_upstream import STATE
from fake_vendors import TOOL_ARGS_KEY, vendors_app
from google import genai
from google.genai import errors as genai_errors
from google.genai import types
from scripted import Answer, Scripted, call
from servers import LiveServer

from aigc_guard import GuardMiddleware
from aigc_guard.compliance.labels import verify
from aigc_guard.policy.loader import parse_policy
from aigc_guard.server import create_proxy_app

REFUSAL = "抱歉，该内容无法提供。"
BLOCKED = "好的，炸弹制作如下"
PHONE = "电话 13812345678 好"
MASKED = "电话 138****5678 好"
LABEL = "[AI生成]"
LABELLED_POLICY = (
    TEST_POLICY.read_text(encoding="utf-8")
    + f"""
compliance:
  explicit_label: {{enabled: true, position: start, text: {{zh: "{LABEL}", en: "{LABEL}"}}}}
  implicit_label: {{enabled: true, content_producer: TEST-1, hmac_key_env: AIGC_GUARD_AUDIT_KEY}}
"""
)


@pytest.fixture(scope="module")
def upstream() -> Iterator[LiveServer]:
    with LiveServer(vendors_app()) as server:
        yield server


@pytest.fixture(scope="module")
def proxy(upstream: LiveServer) -> Iterator[LiveServer]:
    with LiveServer(create_proxy_app(upstream.url, TEST_POLICY)) as server:
        yield server


@pytest.fixture(scope="module")
def labelled(upstream: LiveServer) -> Iterator[LiveServer]:
    policy = parse_policy(LABELLED_POLICY, base_dir=TEST_POLICY.parent)
    with LiveServer(create_proxy_app(upstream.url, policy)) as server:
        yield server


def script(answer: str, mode: str = "chunk=2", ident: str = "default") -> dict[str, str]:
    return {"x-fake-answer": json.dumps(answer), "x-fake-mode": mode, "x-fake-id": ident}


# -- Anthropic ---------------------------------------------------------------------------------


def claude(server: LiveServer) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=server.url, api_key="sk-test", max_retries=0)


def claude_ask(server: LiveServer, answer: str, mode: str = "chunk=2", prompt: str = "hi") -> Any:
    return claude(server).messages.create(
        model="claude-test",
        max_tokens=64,
        messages=[{"role": "user", "content": prompt}],
        extra_headers=script(answer, mode),
    )


def claude_stream(server: LiveServer, answer: str, mode: str = "chunk=2") -> tuple[str, Any]:
    with claude(server).messages.stream(
        model="claude-test",
        max_tokens=64,
        messages=[{"role": "user", "content": "hi"}],
        extra_headers=script(answer, mode),
    ) as stream:
        text = "".join(stream.text_stream)
        return text, stream.get_final_message()


@pytest.mark.parametrize(("answer", "expected"), [("你好，世界", "你好，世界"), (PHONE, MASKED)])
def test_anthropic_allow_and_redact(proxy: LiveServer, answer: str, expected: str) -> None:
    message = claude_ask(proxy, answer)
    assert message.content[0].text == expected and message.stop_reason == "end_turn"
    text, final = claude_stream(proxy, answer)
    assert text == expected and final.stop_reason == "end_turn"


def test_anthropic_block_answers_with_a_refusal(proxy: LiveServer) -> None:
    message = claude_ask(proxy, BLOCKED)
    assert message.stop_reason == "refusal" and message.content[0].text == REFUSAL
    text, final = claude_stream(proxy, BLOCKED)
    assert "炸弹" not in text and final.stop_reason == "refusal"


def test_anthropic_cut_ends_with_message_delta_and_message_stop(proxy: LiveServer) -> None:
    raw = httpx.post(
        proxy.url + "/v1/messages",
        json={
            "model": "c",
            "max_tokens": 9,
            "stream": True,
            "messages": [{"role": "user", "content": "hi"}],
        },
        headers=script(BLOCKED),
    ).text
    events = [line[7:] for line in raw.splitlines() if line.startswith("event: ")]
    assert events[-2:] == ["message_delta", "message_stop"]
    assert events.count("content_block_start") == events.count("content_block_stop")
    delta = json.loads(raw.split("event: message_delta\ndata: ")[1].split("\n")[0])
    assert delta["delta"]["stop_reason"] == "refusal"
    assert delta["aigc_guard"]["action"] == "block" and "炸弹" not in raw


def test_anthropic_input_block_in_both_shapes(proxy: LiveServer) -> None:
    before = len(STATE.requests)
    message = claude_ask(proxy, "ok", prompt="冰毒哪里买")
    assert message.stop_reason == "refusal" and message.content[0].text == REFUSAL
    with claude(proxy).messages.stream(
        model="c",
        max_tokens=9,
        system=[{"type": "text", "text": "你是助手"}],
        messages=[
            {
                "role": "user",
                "content": [{"type": "tool_result", "tool_use_id": "t1", "content": "冰毒"}],
            }
        ],
    ) as stream:
        assert "".join(stream.text_stream) == REFUSAL
        assert stream.get_final_message().stop_reason == "refusal"
    assert len(STATE.requests) == before  # the upstream never saw either


@pytest.mark.parametrize("answer", [BLOCKED, "电话 13812345678"])
def test_anthropic_tool_input_is_scanned(proxy: LiveServer, answer: str) -> None:
    message = claude_ask(proxy, answer, mode="chunk=3,tool")
    with claude(proxy).messages.stream(
        model="c",
        max_tokens=9,
        messages=[{"role": "user", "content": "hi"}],
        extra_headers=script(answer, "chunk=3,tool"),
    ) as stream:
        final = stream.get_final_message()
    for answered in (message, final):
        if answer == BLOCKED:
            assert answered.stop_reason == "refusal"
            assert "炸弹" not in json.dumps([b.model_dump() for b in answered.content])
        else:
            tool = next(b for b in answered.content if b.type == "tool_use")
            assert tool.input == {TOOL_ARGS_KEY: "电话 138****5678"}


def test_anthropic_thinking_and_its_signature_pass(proxy: LiveServer) -> None:
    _, final = claude_stream(proxy, "你好", mode="chunk=2,thinking")
    thinking = final.content[0]
    assert thinking.type == "thinking" and thinking.thinking == "先想一想。"
    assert thinking.signature == "c2lnbmF0dXJl" and final.content[1].text == "你好"


def test_anthropic_upstream_break_is_an_error_event(proxy: LiveServer) -> None:
    with pytest.raises(anthropic.APIStatusError, match="aigc_guard"):
        claude_stream(proxy, "一二三四五六七八九十", mode="chunk=1,break=5")


def test_anthropic_labels(labelled: LiveServer) -> None:
    message = claude_ask(labelled, "你好，世界")
    assert message.content[0].text == LABEL + "\n你好，世界"
    raw = httpx.post(
        labelled.url + "/v1/messages",
        json={
            "model": "c",
            "max_tokens": 9,
            "stream": True,
            "messages": [{"role": "user", "content": "hi"}],
        },
        headers=script("你好，世界"),
    ).text
    datas = [json.loads(line[6:]) for line in raw.splitlines() if line.startswith("data: ")]
    signed = [d["aigc"] for d in datas if d.get("type") == "message_delta" and "aigc" in d]
    text = "".join(
        d["delta"].get("text", "") for d in datas if d.get("type") == "content_block_delta"
    )
    assert len(signed) == 1 and text == LABEL + "\n你好，世界"
    assert verify(signed[0], text, b"test-audit-key")


# -- Gemini ------------------------------------------------------------------------------------


CLIENTS: dict[str, genai.Client] = {}


def gemini_client(server: LiveServer) -> genai.Client:
    """One client per server, kept: a client closes its connections when collected."""
    if server.url not in CLIENTS:
        options = types.HttpOptions(base_url=server.url, api_version="v1beta")
        CLIENTS[server.url] = genai.Client(api_key="test-key", http_options=options)
    return CLIENTS[server.url]


def gemini_config(answer: str, mode: str = "chunk=2") -> types.GenerateContentConfig:
    return types.GenerateContentConfig(http_options=types.HttpOptions(headers=script(answer, mode)))


def gemini_ask(server: LiveServer, answer: str, mode: str = "chunk=2", prompt: str = "hi") -> Any:
    return gemini_client(server).models.generate_content(
        model="gemini-test", contents=prompt, config=gemini_config(answer, mode)
    )


def gemini_stream(server: LiveServer, answer: str, mode: str = "chunk=2") -> tuple[str, list[Any]]:
    chunks = list(
        gemini_client(server).models.generate_content_stream(
            model="gemini-test", contents="hi", config=gemini_config(answer, mode)
        )
    )
    text = "".join(
        part.text
        for chunk in chunks
        for candidate in chunk.candidates or []
        for part in (candidate.content.parts if candidate.content else None) or []
        if part.text and not part.thought
    )
    return text, chunks


@pytest.mark.parametrize(("answer", "expected"), [("你好，世界", "你好，世界"), (PHONE, MASKED)])
def test_gemini_allow_and_redact(proxy: LiveServer, answer: str, expected: str) -> None:
    response = gemini_ask(proxy, answer)
    assert response.text == expected
    assert response.candidates[0].finish_reason == types.FinishReason.STOP
    text, chunks = gemini_stream(proxy, answer)
    assert text == expected
    assert chunks[-1].candidates[0].finish_reason == types.FinishReason.STOP


def test_gemini_block_uses_finish_reason_safety(proxy: LiveServer) -> None:
    response = gemini_ask(proxy, BLOCKED)
    assert response.candidates[0].finish_reason == types.FinishReason.SAFETY
    assert response.text == REFUSAL
    text, chunks = gemini_stream(proxy, BLOCKED)
    assert "炸弹" not in text
    assert chunks[-1].candidates[0].finish_reason == types.FinishReason.SAFETY


def test_gemini_input_block_uses_prompt_feedback(proxy: LiveServer) -> None:
    before = len(STATE.requests)
    response = gemini_ask(proxy, "ok", prompt="冰毒哪里买")
    assert response.prompt_feedback.block_reason == types.BlockedReason.SAFETY
    assert response.prompt_feedback.block_reason_message == REFUSAL and not response.candidates
    raw = httpx.post(
        proxy.url + "/v1beta/models/g:generateContent",
        json={
            "system_instruction": {"parts": [{"text": "冰毒"}]},
            "contents": [{"parts": [{"text": "hi"}]}],
        },
    ).json()
    assert raw["promptFeedback"]["blockReason"] == "SAFETY"  # snake_case is read too
    assert len(STATE.requests) == before


@pytest.mark.parametrize("streamed", [False, True])
def test_gemini_function_call_args_are_scanned(proxy: LiveServer, streamed: bool) -> None:
    if streamed:
        _, chunks = gemini_stream(proxy, "电话 13812345678", mode="tool")
        blocked = gemini_stream(proxy, BLOCKED, mode="tool")[1][-1]
    else:
        chunks = [gemini_ask(proxy, "电话 13812345678", mode="tool")]
        blocked = gemini_ask(proxy, BLOCKED, mode="tool")
    calls = [c for chunk in chunks for c in chunk.function_calls or []]
    assert calls[0].args == {TOOL_ARGS_KEY: "电话 138****5678"}
    assert blocked.candidates[0].finish_reason == types.FinishReason.SAFETY
    assert "炸弹" not in blocked.model_dump_json()


def test_gemini_json_array_stream_is_scanned_whole(proxy: LiveServer) -> None:
    url = proxy.url + "/v1beta/models/g:streamGenerateContent"
    body = {"contents": [{"role": "user", "parts": [{"text": "hi"}]}]}
    allowed = httpx.post(url, json=body, headers=script(PHONE)).json()
    assert "".join(c["candidates"][0]["content"]["parts"][0]["text"] for c in allowed) == MASKED
    blocked = httpx.post(url, json=body, headers=script(BLOCKED)).json()
    assert blocked[0]["candidates"][0]["finishReason"] == "SAFETY" and "炸弹" not in json.dumps(
        blocked
    )


def test_gemini_upstream_break_raises_in_the_client(proxy: LiveServer) -> None:
    with pytest.raises(genai_errors.APIError):
        gemini_stream(proxy, "一二三四五六七八九十", mode="chunk=1,break=4")


# -- Ollama ------------------------------------------------------------------------------------


def ollama_client(
    server: LiveServer, answer: str, mode: str = "chunk=2", ident: str = "default"
) -> ollama.Client:
    return ollama.Client(host=server.url, headers=script(answer, mode, ident))


def ollama_chat(client: ollama.Client, stream: bool, prompt: str = "hi") -> tuple[str, Any]:
    messages = [{"role": "user", "content": prompt}]
    if not stream:
        answer = client.chat(model="m", messages=messages, stream=False)
        return answer.message.content or "", answer
    parts = list(client.chat(model="m", messages=messages, stream=True))
    return "".join(p.message.content or "" for p in parts), parts[-1]


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize(("answer", "expected"), [("你好，世界", "你好，世界"), (PHONE, MASKED)])
def test_ollama_allow_and_redact(
    proxy: LiveServer, stream: bool, answer: str, expected: str
) -> None:
    text, last = ollama_chat(ollama_client(proxy, answer), stream)
    assert text == expected and last.done_reason == "stop"
    client = ollama_client(proxy, answer)
    if stream:
        parts = list(client.generate(model="m", prompt="hi", stream=True))
        assert "".join(p.response for p in parts) == expected
    else:
        assert client.generate(model="m", prompt="hi").response == expected


@pytest.mark.parametrize("stream", [False, True])
def test_ollama_block_and_cut_end_with_done_reason_content_filter(
    proxy: LiveServer, stream: bool
) -> None:
    text, last = ollama_chat(ollama_client(proxy, BLOCKED), stream)
    assert "炸弹" not in text and last.done and last.done_reason == "content_filter"
    if not stream:
        assert text == REFUSAL


def test_ollama_input_block_and_default_stream(proxy: LiveServer) -> None:
    before = len(STATE.requests)
    text, last = ollama_chat(ollama_client(proxy, "ok"), True, prompt="冰毒哪里买")
    assert text == REFUSAL and last.done_reason == "content_filter"
    raw = httpx.post(proxy.url + "/api/generate", json={"model": "m", "prompt": "冰毒"})
    assert raw.headers["content-type"].startswith(
        "application/x-ndjson"
    )  # Ollama streams by default
    assert json.loads(raw.text.splitlines()[-1])["done"] is True
    assert len(STATE.requests) == before


def test_ollama_tool_call_arguments_are_scanned(proxy: LiveServer) -> None:
    client = ollama_client(proxy, "电话 13812345678", mode="tool")
    parts = list(client.chat(model="m", messages=[{"role": "user", "content": "hi"}], stream=True))
    calls = [c for p in parts for c in p.message.tool_calls or []]
    assert calls[0].function.arguments == {TOOL_ARGS_KEY: "电话 138****5678"}
    _, last = ollama_chat(ollama_client(proxy, BLOCKED, mode="tool"), True)
    assert last.done_reason == "content_filter"


def test_ollama_upstream_break_raises_in_the_client(proxy: LiveServer) -> None:
    with pytest.raises(ollama.ResponseError, match="aigc_guard"):
        ollama_chat(ollama_client(proxy, "一二三四五六七八九十", mode="chunk=1,break=4"), True)


# -- every format ------------------------------------------------------------------------------

STREAM_REQUESTS = {
    "anthropic": (
        "/v1/messages",
        {
            "model": "c",
            "max_tokens": 9,
            "stream": True,
            "messages": [{"role": "user", "content": "hi"}],
        },
    ),
    "gemini": (
        "/v1beta/models/g:streamGenerateContent?alt=sse",
        {"contents": [{"role": "user", "parts": [{"text": "hi"}]}]},
    ),
    "ollama": ("/api/chat", {"model": "m", "messages": [{"role": "user", "content": "hi"}]}),
}


@pytest.mark.parametrize("vendor", sorted(STREAM_REQUESTS))
def test_a_client_that_goes_away_stops_the_upstream(proxy: LiveServer, vendor: str) -> None:
    path, body = STREAM_REQUESTS[vendor]
    ident = f"gone-{vendor}"
    headers = script("一二三四五六七八九十" * 20, "chunk=1,delay=20", ident)
    with httpx.stream("POST", proxy.url + path, json=body, headers=headers, timeout=10) as response:
        for _ in response.iter_bytes():
            break
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        record = STATE.streams.get(ident)
        if record is not None and record.closed_early:
            break
        time.sleep(0.05)
    record = STATE.streams[ident]
    assert record.closed_early and record.generated < record.total


def answered_by(path: str, answer: dict[str, Any]) -> Answer:
    """What a client gets when the upstream answers ``answer`` (whole) to a request on
    ``path`` that any format could read."""
    upstream = Scripted([json.dumps(answer, ensure_ascii=False).encode()])
    request = {
        "model": "m",
        "messages": [{"role": "user", "content": "hi"}],
        "contents": [{"parts": [{"text": "hi"}]}],
        "stream": False,
    }
    return call(GuardMiddleware(upstream, TEST_POLICY), path, json.dumps(request).encode())


@pytest.mark.parametrize(
    ("path", "answer"),
    [
        ("/v1/messages", {"type": "message", "content": [{"type": "text", "text": "冰毒"}]}),
        (
            "/v1beta/models/g:generateContent",
            {"candidates": [{"content": {"parts": [{"text": "冰毒"}]}}]},
        ),
        (
            "/api/chat",
            {"model": "m", "message": {"role": "assistant", "content": "冰毒"}, "done": True},
        ),
    ],
)
def test_whole_answers_of_every_format_are_scanned(path: str, answer: dict[str, Any]) -> None:
    got = answered_by(path, answer)
    assert got.status == 200 and got.headers["x-aigc-guard-action"] == "block"
    assert "冰毒" not in got.text


@pytest.mark.parametrize(
    "path",
    ["/v1/messages", "/v1beta/models/g:generateContent", "/api/chat", "/v1/chat/completions"],
)
def test_an_answer_no_format_understands_is_unscanned_and_fails_closed(path: str) -> None:
    got = answered_by(path, {"result": {"words": "冰毒"}})
    assert got.status == 502 and got.json()["error"]["code"] == "upstream_unknown_format"
    assert "冰毒" not in got.text


LABEL_STREAMS = {
    "gemini": ("/v1beta/models/g:streamGenerateContent?alt=sse", STREAM_REQUESTS["gemini"][1]),
    "ollama": ("/api/chat", STREAM_REQUESTS["ollama"][1]),
    "ollama-generate": ("/api/generate", {"model": "m", "prompt": "hi"}),
}


def _visible(frame: dict[str, Any]) -> str:
    parts = [p for c in frame.get("candidates", []) for p in c["content"]["parts"]]
    message = frame.get("message") or {}
    return (
        "".join(p.get("text", "") for p in parts)
        + message.get("content", "")
        + frame.get("response", "")
    )


@pytest.mark.parametrize("vendor", sorted(LABEL_STREAMS))
def test_labels_in_gemini_and_ollama_streams(labelled: LiveServer, vendor: str) -> None:
    path, body = LABEL_STREAMS[vendor]
    raw = httpx.post(labelled.url + path, json=body, headers=script("你好，世界")).text
    frames = [
        json.loads(line.removeprefix("data: "))
        for line in raw.splitlines()
        if line.startswith(("data: {", "{"))
    ]
    text = "".join(_visible(f) for f in frames)
    signed = [f["aigc"] for f in frames if f.get("aigc", {}).get("AIGC", {}).get("ReservedCode1")]
    assert text == LABEL + "\n你好，世界"
    assert len(signed) == 1 and frames[-1]["aigc"] == signed[0]  # in the line that ends it
    assert verify(signed[0], text, b"test-audit-key")


@pytest.mark.parametrize(
    "block",
    [
        {
            "type": "document",
            "source": {"type": "text", "media_type": "text/plain", "data": "冰毒"},
        },
        {
            "type": "document",
            "source": {"type": "content", "content": [{"type": "text", "text": "冰毒"}]},
        },
        {"type": "document", "source": {"type": "text", "data": "ok"}, "title": "冰毒"},
        {
            "type": "search_result",
            "source": "https://example.com",
            "title": "t",
            "content": [{"type": "text", "text": "冰毒"}],
        },
    ],
)
def test_anthropic_documents_and_search_results_are_read(proxy: LiveServer, block: Any) -> None:
    message = claude(proxy).messages.create(
        model="c", max_tokens=9, messages=[{"role": "user", "content": [block]}]
    )
    assert message.stop_reason == "refusal" and message.content[0].text == REFUSAL


def test_a_short_value_under_an_opaque_key_is_read() -> None:
    answer = {
        "id": "x",
        "object": "chat.completion",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "好"}}],
        "data": "13812345678",
        "signature": "QUJD" * 40,  # a real token: long base64, passed as it is
    }
    got = answered_by("/v1/chat/completions", answer).json()
    assert got["data"] == "138****5678" and got["signature"] == "QUJD" * 40


def test_gemini_input_block_on_a_stream_without_sse_is_an_array(proxy: LiveServer) -> None:
    body = {"contents": [{"role": "user", "parts": [{"text": "冰毒哪里买"}]}]}
    url = proxy.url + "/v1beta/models/g:streamGenerateContent"
    answer = httpx.post(url, json=body).json()
    assert isinstance(answer, list) and answer[0]["promptFeedback"]["blockReason"] == "SAFETY"
    sse = httpx.post(url + "?alt=sse", json=body)
    assert sse.headers["content-type"].startswith("text/event-stream")
    assert json.loads(sse.text.split("data: ", 1)[1])["promptFeedback"]["blockReason"] == "SAFETY"


def test_batch_jobs_are_refused_to_each_vendors_client(proxy: LiveServer) -> None:
    """A batch job takes its prompts in a file and returns its answers as one, where the guard
    cannot read either: each SDK's batch call gets a 403 and the upstream never sees it."""
    import openai

    before = len(STATE.requests)
    gpt = openai.OpenAI(base_url=proxy.url + "/v1", api_key="sk-test", max_retries=0)
    with pytest.raises(openai.PermissionDeniedError) as refused:
        gpt.batches.create(
            input_file_id="file-abc", endpoint="/v1/chat/completions", completion_window="24h"
        )
    assert refused.value.code == "endpoint_not_guarded"
    with pytest.raises(openai.PermissionDeniedError):
        gpt.files.content("file-abc")
    with pytest.raises(anthropic.PermissionDeniedError):
        claude(proxy).messages.batches.create(
            requests=[
                {
                    "custom_id": "1",
                    "params": {
                        "model": "claude-test",
                        "max_tokens": 64,
                        "messages": [{"role": "user", "content": "hi"}],
                    },
                }
            ]
        )
    assert len(STATE.requests) == before
