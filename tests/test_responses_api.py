"""The OpenAI Responses API (``/v1/responses``) through the proxy: requests, whole answers
and typed event streams, with the official SDK; no leak in any event, whatever the chunking."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openai import OpenAI
from servers import LiveServer

BANNED = "炸弹制作"  # blocked by tests/policies/test.yaml
ID_NUMBER = "11010519491231002X"


def client(proxy: LiveServer, answer: str, mode: str = "") -> OpenAI:
    headers = {"x-fake-answer": json.dumps(answer)}
    if mode:
        headers["x-fake-mode"] = mode
    return OpenAI(base_url=proxy.url + "/v1", api_key="k", default_headers=headers, max_retries=0)


def raw_stream(proxy: LiveServer, answer: str, mode: str = "") -> tuple[str, list[dict[str, Any]]]:
    headers = {"x-fake-answer": json.dumps(answer), "x-fake-mode": mode}
    body = {"model": "m", "input": "hi", "stream": True}
    response = httpx.post(proxy.url + "/v1/responses", json=body, headers=headers, timeout=10)
    events = [
        json.loads(line[6:]) for line in response.text.splitlines() if line.startswith("data: ")
    ]
    return response.text, events


def test_whole_answer_redacted_and_blocked(proxy: LiveServer) -> None:
    answer = client(proxy, f"号码{ID_NUMBER}，好。").responses.create(model="m", input="hi")
    assert ID_NUMBER not in answer.output_text and answer.output_text.startswith("号码")
    blocked = client(proxy, f"先这样，然后{BANNED}。").responses.create(model="m", input="hi")
    assert BANNED not in blocked.model_dump_json()
    assert blocked.status == "incomplete"
    assert blocked.incomplete_details is not None
    assert blocked.incomplete_details.reason == "content_filter"


def test_request_is_scanned(proxy: LiveServer) -> None:
    refused = client(proxy, "fine").responses.create(
        model="m", input=[{"role": "user", "content": [{"type": "input_text", "text": BANNED}]}]
    )
    assert refused.status == "incomplete" and "fine" not in refused.output_text


def test_stream_with_the_sdk(proxy: LiveServer) -> None:
    stream = client(proxy, f"号码{ID_NUMBER}，好。", "chunk=2").responses.create(
        model="m", input="hi", stream=True
    )
    deltas, final = [], None
    for event in stream:
        if event.type == "response.output_text.delta":
            deltas.append(event.delta)
        elif event.type == "response.completed":
            final = event.response
    text = "".join(deltas)
    assert ID_NUMBER not in text and text.startswith("号码") and text.endswith("好。")
    assert final is not None and final.output_text == text


@settings(max_examples=25, deadline=None)
@given(
    chunk=st.integers(min_value=1, max_value=9),
    prefix=st.text(alphabet="这是一段文字abc ", max_size=12),
)
def test_stream_never_leaks(proxy: LiveServer, chunk: int, prefix: str) -> None:
    raw, events = raw_stream(proxy, f"{prefix}{BANNED}后面的内容", f"chunk={chunk}")
    assert BANNED not in raw and "后面的内容" not in raw
    assert events[-1]["type"] == "response.incomplete"
    assert events[-1]["response"]["incomplete_details"]["reason"] == "content_filter"
    assert events[-1]["response"]["aigc_guard"]["action"] == "block"
    released = "".join(e["delta"] for e in events if e["type"] == "response.output_text.delta")
    assert prefix.startswith(released) or released.startswith(prefix[: len(released)])
    # The final response holds what the client was sent, not an empty output.
    output = events[-1]["response"]["output"]
    sent = "".join(part["text"] for item in output for part in item["content"])
    assert sent == released


def test_a_cut_stream_ends_with_the_sent_text_as_its_output(proxy: LiveServer) -> None:
    stream = client(proxy, f"先说一段正常的话。然后{BANNED}。", "chunk=3").responses.create(
        model="m", input="hi", stream=True
    )
    deltas, final = [], None
    for event in stream:
        if event.type == "response.output_text.delta":
            deltas.append(event.delta)
        elif event.type == "response.incomplete":
            final = event.response
    assert final is not None and deltas and final.output_text == "".join(deltas)
    assert BANNED not in final.model_dump_json()


def test_done_events_carry_the_guarded_text(proxy: LiveServer) -> None:
    raw, events = raw_stream(proxy, f"号码{ID_NUMBER}，好。", "chunk=3")
    assert ID_NUMBER not in raw
    deltas = "".join(e["delta"] for e in events if e["type"] == "response.output_text.delta")
    done = next(e for e in events if e["type"] == "response.output_text.done")
    part = next(e for e in events if e["type"] == "response.content_part.done")
    item = next(e for e in events if e["type"] == "response.output_item.done")
    final = events[-1]
    assert final["type"] == "response.completed"
    assert done["text"] == part["part"]["text"] == deltas
    assert item["item"]["content"][0]["text"] == deltas
    assert final["response"]["output"][0]["content"][0]["text"] == deltas
    assert final["response"]["aigc_guard"]["action"] == "redact"


@pytest.mark.parametrize("answer", [f"一段{BANNED}。", f"号码{ID_NUMBER}。"])
def test_text_only_in_done_events_is_scanned(proxy: LiveServer, answer: str) -> None:
    raw, _ = raw_stream(proxy, answer, "whole")
    assert BANNED not in raw and ID_NUMBER not in raw


def test_held_tail_is_released_by_the_item_done_event(proxy: LiveServer) -> None:
    answer = f"号码{ID_NUMBER}"  # the number is held until the text is known to end
    raw, events = raw_stream(proxy, answer, "chunk=4,nodone")
    assert ID_NUMBER not in raw
    deltas = "".join(e["delta"] for e in events if e["type"] == "response.output_text.delta")
    item = next(e for e in events if e["type"] == "response.output_item.done")
    assert deltas.startswith("号码110105") and deltas.endswith("002X")
    assert item["item"]["content"][0]["text"] == deltas
    assert events[-1]["response"]["output"][0]["content"][0]["text"] == deltas


def stored(proxy: LiveServer, path: str, answer: str | list[str]) -> httpx.Response:
    headers = {"x-fake-answer": json.dumps(answer)}
    return httpx.get(proxy.url + path, headers=headers, timeout=10)


def test_stored_answers_fetched_again_are_guarded(proxy: LiveServer) -> None:
    response = stored(proxy, "/v1/responses/resp_1", f"一段{BANNED}。")
    assert response.status_code == 200 and BANNED not in response.text
    assert response.json()["id"] == "resp_1" and response.json()["status"] == "incomplete"
    assert response.headers["x-aigc-guard-action"] == "block"
    completion = stored(proxy, "/v1/chat/completions/chatcmpl-1", f"号码{ID_NUMBER}")
    assert ID_NUMBER not in completion.text
    assert completion.json()["choices"][0]["message"]["content"].startswith("号码110105")
    listed = stored(proxy, "/v1/chat/completions", ["你好", f"一段{BANNED}。", f"号{ID_NUMBER}"])
    assert BANNED not in listed.text and ID_NUMBER not in listed.text
    data = listed.json()["data"]
    assert data[0]["choices"][0]["message"]["content"] == "你好"  # each decided on its own
    assert data[1]["choices"][0]["finish_reason"] == "content_filter"
    assert data[1]["aigc_guard"]["action"] == "block" and "aigc_guard" not in data[0]
    assert listed.headers["x-aigc-guard-action"] == "block"


def test_stored_answers_a_post_returns_are_guarded(proxy: LiveServer, fake_state) -> None:  # type: ignore[no-untyped-def]
    """OpenAI answers an update of a stored completion's metadata, and the cancel of a
    background response, with the stored answer itself: both passed unscanned before."""
    headers = {"x-fake-answer": json.dumps(f"一段{BANNED}。")}
    updated = httpx.post(
        proxy.url + "/v1/chat/completions/chatcmpl-1",
        json={"metadata": {"team": "a"}},
        headers=headers,
    )
    assert updated.status_code == 200 and BANNED not in updated.text
    assert updated.json()["choices"][0]["finish_reason"] == "content_filter"
    assert json.loads(fake_state.requests[-1]["body"]) == {"metadata": {"team": "a"}}
    cancelled = httpx.post(proxy.url + "/v1/responses/resp_1/cancel", headers=headers)
    assert cancelled.status_code == 200 and BANNED not in cancelled.text
    assert cancelled.json()["id"] == "resp_1" and cancelled.json()["status"] == "incomplete"


def test_logprobs_of_a_changed_part_are_cleared() -> None:
    from aigc_guard.formats.openai_responses import Responses

    body = {
        "output": [
            {
                "type": "message",
                "content": [
                    {
                        "type": "output_text",
                        "text": "x",
                        "logprobs": [{"token": "x", "logprob": -1.0}],
                    }
                ],
            }
        ]
    }
    Responses().drop_logprobs(body, ("output", 0, "content", 0, "text"))
    assert body["output"][0]["content"][0]["logprobs"] == []
    delta = {"type": "response.output_text.delta", "delta": "", "logprobs": [{"token": "1"}]}
    Responses().drop_logprobs(delta, ("delta",))
    assert delta["logprobs"] == []
