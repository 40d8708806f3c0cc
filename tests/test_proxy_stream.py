"""Streamed answers through the proxy with the openai SDK (sync and async)."""

from __future__ import annotations

import asyncio
import json
import uuid

import httpx
import openai
import pytest
from fake_upstream import wait_for
from servers import LiveServer

ID_NUMBER = "11010519491231002X"


def stream(
    proxy: LiveServer,
    answer: str | list[str],
    mode: str = "chunk=1",
    key: str | None = None,
    **kwargs: object,
) -> tuple[dict[int, str], list[openai.types.chat.ChatCompletionChunk]]:
    client = openai.OpenAI(base_url=proxy.url + "/v1", api_key="sk-test", max_retries=0)
    chunks = list(
        client.chat.completions.create(
            model="fake",
            messages=[{"role": "user", "content": "hi"}],
            stream=True,
            extra_headers={
                "x-fake-answer": json.dumps(answer),
                "x-fake-mode": mode,
                "x-fake-id": key or uuid.uuid4().hex,
            },
            **kwargs,  # type: ignore[arg-type]
        )
    )
    texts: dict[int, str] = {}
    for chunk in chunks:
        for choice in chunk.choices:
            texts[choice.index] = texts.get(choice.index, "") + (choice.delta.content or "")
    return texts, chunks


def test_clean_stream_is_unchanged(proxy: LiveServer) -> None:
    answer = "Streaming works: 今天天气很好，我们去公园散步吧。"
    texts, chunks = stream(proxy, answer)
    assert texts[0] == answer
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert {c.id for c in chunks} == {"chatcmpl-fake123"}


def test_pii_split_across_chunks_is_redacted(proxy: LiveServer) -> None:
    for size in (1, 2, 3, 5, 7):
        texts, _ = stream(proxy, f"证件号{ID_NUMBER}，已登记。", mode=f"chunk={size}")
        assert texts[0] == "证件号110105********002X，已登记。", size


def test_banned_term_split_across_chunks_cuts_the_stream(proxy: LiveServer, fake_state) -> None:  # type: ignore[no-untyped-def]
    answer = "好的，这里是炸弹制作的步骤。第一步……" + "后续内容" * 20
    key = uuid.uuid4().hex
    texts, chunks = stream(proxy, answer, mode="chunk=1,delay=15", key=key)
    assert texts[0] == "好的，这里是"
    last = chunks[-1]
    assert last.choices[0].finish_reason == "content_filter"
    guard = last.model_extra["aigc_guard"]  # type: ignore[index]
    assert guard["action"] == "block" and guard["categories"] == ["A1-h"]
    record = fake_state.streams[key]
    assert wait_for(lambda: record.closed_early)
    # role chunk + one chunk per character up to the end of the term; at most one more after.
    cut_at = 1 + answer.index("炸弹制作") + len("炸弹制作")
    assert record.generated - cut_at <= 1


def test_two_choices_are_guarded_separately(proxy: LiveServer) -> None:
    texts, _ = stream(proxy, [f"甲{ID_NUMBER}", "乙没问题"], n=2)
    assert texts == {0: "甲110105********002X", 1: "乙没问题"}


def test_usage_chunk_passes_through(proxy: LiveServer) -> None:
    _, chunks = stream(
        proxy, "ok then", mode="chunk=2,usage", stream_options={"include_usage": True}
    )
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens == 10


def test_upstream_error_mid_stream_is_reported(proxy: LiveServer) -> None:
    with pytest.raises(openai.APIError):
        stream(proxy, "一二三四五六七八九十", mode="chunk=1,break=4")


def test_truncated_upstream_stream_ends_with_what_was_scanned(proxy: LiveServer) -> None:
    texts, chunks = stream(proxy, "abcdefgh", mode="chunk=1,truncate=4")
    assert texts[0] == "abc"
    assert all(c.choices[0].finish_reason != "content_filter" for c in chunks if c.choices)


def test_tool_call_arguments_are_redacted_in_streams(proxy: LiveServer) -> None:
    client = openai.OpenAI(base_url=proxy.url + "/v1", api_key="sk-test", max_retries=0)
    arguments = ""
    for chunk in client.chat.completions.create(
        model="fake",
        messages=[{"role": "user", "content": "hi"}],
        stream=True,
        extra_headers={
            "x-fake-answer": json.dumps(f'{{"id": "{ID_NUMBER}"}}'),
            "x-fake-mode": "chunk=3,tool",
        },
    ):
        for choice in chunk.choices:
            for call in choice.delta.tool_calls or []:
                arguments += call.function.arguments or ""  # type: ignore[union-attr]
    assert json.loads(arguments) == {"id": "110105********002X"}


def test_input_block_on_a_stream_request_answers_in_sse(proxy: LiveServer) -> None:
    client = openai.OpenAI(base_url=proxy.url + "/v1", api_key="sk-test", max_retries=0)
    chunks = list(
        client.chat.completions.create(
            model="fake", messages=[{"role": "user", "content": "冰毒哪里买"}], stream=True
        )
    )
    assert chunks[-1].choices[0].finish_reason == "content_filter"
    assert "".join(c.choices[0].delta.content or "" for c in chunks)
    raw = httpx.post(
        proxy.url + "/v1/chat/completions",
        json={
            "model": "fake",
            "stream": True,
            "messages": [{"role": "user", "content": "冰毒哪里买"}],
        },
    )
    assert raw.headers["content-type"].startswith("text/event-stream")
    assert raw.text.rstrip().endswith("data: [DONE]")


def test_async_client_streams_with_redaction(proxy: LiveServer) -> None:
    async def run() -> str:
        client = openai.AsyncOpenAI(base_url=proxy.url + "/v1", api_key="sk-test", max_retries=0)
        text = ""
        async for chunk in await client.chat.completions.create(
            model="fake",
            messages=[{"role": "user", "content": "hi"}],
            stream=True,
            extra_headers={
                "x-fake-answer": json.dumps(f"邮箱 someone@example.com 号码{ID_NUMBER}"),
                "x-fake-mode": "chunk=2",
            },
        ):
            for choice in chunk.choices:
                text += choice.delta.content or ""
        await client.close()
        return text

    assert asyncio.run(run()) == "邮箱 s******@example.com 号码110105********002X"


def test_client_disconnect_stops_the_upstream(proxy: LiveServer, fake_state) -> None:  # type: ignore[no-untyped-def]
    key = uuid.uuid4().hex
    body = {"model": "fake", "stream": True, "messages": [{"role": "user", "content": "hi"}]}
    headers = {
        "x-fake-answer": json.dumps("很长的回答" * 100),
        "x-fake-mode": "chunk=1,delay=10",
        "x-fake-id": key,
    }
    with httpx.stream(
        "POST", proxy.url + "/v1/chat/completions", json=body, headers=headers
    ) as response:
        for _ in zip(range(5), response.iter_bytes(), strict=False):
            pass
    assert wait_for(lambda: key in fake_state.streams and fake_state.streams[key].closed_early)
    record = fake_state.streams[key]
    assert record.generated < record.total


def test_logprobs_never_spell_what_was_held_or_redacted(proxy: LiveServer) -> None:
    for size in (1, 3):
        texts, chunks = stream(proxy, f"号码{ID_NUMBER}好", mode=f"chunk={size},logprobs")
        assert texts[0] == "号码110105********002X好"
        spelled = [
            t
            for c in chunks
            for choice in c.choices
            if choice.logprobs and choice.logprobs.content
            for t in choice.logprobs.content
        ]
        tokens = "".join(t.token for t in spelled)
        alternatives = "".join(alt.token for t in spelled for alt in t.top_logprobs)
        assert "19491231" not in tokens and "19491231" not in alternatives, size
    texts, chunks = stream(proxy, "你好，好天气", mode="chunk=2,logprobs")
    assert any(choice.logprobs for c in chunks for choice in c.choices)  # clean text keeps them
