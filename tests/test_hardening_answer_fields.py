"""Finding 3: every text-carrying field of an answer is scanned, or its carrier is dropped;
the bytes a client receives are bytes the guard parsed."""

from __future__ import annotations

import json

import pytest
from scripted import Scripted, answer, call, chat_request, chunk, guarded, sse

TERM = "炸弹制作"
ID = "11010519491231002X"


def ask(upstream: Scripted, stream: bool = False, path: str = "/v1/chat/completions") -> str:
    body = chat_request("hi", stream=stream)
    if path.endswith("/responses"):
        body = json.dumps({"model": "m", "input": "hi", "stream": stream}).encode()
    return call(guarded(upstream), path, body).text


def assert_clean(text: str) -> None:
    assert TERM not in text and "炸弹" not in text and ID not in text, text


@pytest.mark.parametrize(
    "message",
    [
        {"role": "assistant", "content": None, "refusal": f"我不能说{TERM}"},
        {"role": "assistant", "content": [{"type": "text", "text": f"好的{TERM}"}]},
        {"role": "assistant", "content": "", "audio": {"id": "a", "transcript": f"好{TERM}"}},
        {
            "role": "assistant",
            "content": "ok",
            "reasoning_details": [{"type": "reasoning.text", "text": f"想{TERM}", "index": 0}],
        },
        {"role": "assistant", "content": "ok", "x_vendor_note": f"顺便{TERM}"},
        {"role": "assistant", "content": "ok", "x_extra": {"deep": [f"{ID}"]}},
    ],
)
def test_every_text_field_of_a_whole_answer_is_scanned(message: dict) -> None:  # type: ignore[type-arg]
    assert_clean(ask(Scripted([answer(message)])))


def test_log_probability_alternatives_are_scanned() -> None:
    logprobs = {
        "content": [
            {
                "token": "好",
                "logprob": -0.1,
                "bytes": list("好".encode()),
                "top_logprobs": [{"token": TERM, "logprob": -2.0, "bytes": list(TERM.encode())}],
            }
        ]
    }
    text = ask(Scripted([answer({"role": "assistant", "content": "好"}, logprobs=logprobs)]))
    assert_clean(text)


def test_unknown_text_in_an_answer_is_redacted_like_content() -> None:
    upstream = Scripted([answer({"role": "assistant", "content": "ok", "x_note": f"证件{ID}"})])
    body = json.loads(ask(upstream))
    assert ID not in json.dumps(body) and body["choices"][0]["message"]["x_note"].startswith("证件")


def pieces(text: str) -> list[str]:
    return [text[i : i + 1] for i in range(len(text))]


@pytest.mark.parametrize(
    "field",
    ["refusal", "reasoning_content", "transcript", "reasoning_details", "x_vendor_text"],
)
def test_every_streamed_text_field_is_guarded_or_dropped(field: str) -> None:
    def delta(piece: str) -> dict:  # type: ignore[type-arg]
        if field == "transcript":
            return {"audio": {"transcript": piece}}
        if field == "reasoning_details":
            return {"reasoning_details": [{"type": "reasoning.text", "index": 0, "text": piece}]}
        return {field: piece}

    events = [chunk(delta(p)) for p in pieces(f"好的，{TERM}如下")] + [chunk({}, "stop")]
    text = ask(Scripted([sse(*events)], content_type=b"text/event-stream"), stream=True)
    assert_clean(text)


def test_streamed_top_logprobs_alternatives_never_leave() -> None:
    alternatives = [{"token": TERM, "logprob": -1.0, "bytes": None}]
    logprobs = {"content": [{"token": "好", "logprob": -0.1, "top_logprobs": alternatives}]}
    events = [chunk({"content": "好"}, logprobs=logprobs), chunk({}, "stop")]
    assert_clean(ask(Scripted([sse(*events)], content_type=b"text/event-stream"), stream=True))


def test_a_bom_before_the_first_event_cannot_hide_it() -> None:
    stream = b"\xef\xbb\xbf" + sse(chunk({"content": TERM}), chunk({}, "stop"))
    assert_clean(ask(Scripted([stream], content_type=b"text/event-stream"), stream=True))


def test_duplicate_keys_in_an_answer_are_never_passed() -> None:
    body = (
        b'{"id": "c1", "object": "chat.completion", "choices": [{"index": 0, "message": '
        b'{"role": "assistant", "content": "' + TERM.encode() + b'", "content": "ok"}}]}'
    )
    whole = call(guarded(Scripted([body])), body=chat_request())
    assert whole.status == 502 and TERM not in whole.text
    event = (
        b'data: {"choices": [{"index": 0, "delta": {"content": "'
        + TERM.encode()
        + b'", "content": "ok"}}]}\n\n'
    )
    text = ask(Scripted([event + sse(chunk({}, "stop"))], content_type=b"text/event-stream"), True)
    assert_clean(text)


@pytest.mark.parametrize("content_type", [b"text/plain", None, b"application/octet-stream"])
def test_answers_with_another_content_type_are_read_as_json(content_type: bytes | None) -> None:
    upstream = Scripted([answer({"role": "assistant", "content": TERM})], content_type=content_type)
    response = call(guarded(upstream))
    assert response.status == 200 and TERM not in response.text
    assert response.json()["choices"][0]["finish_reason"] == "content_filter"


def test_responses_annotation_titles_are_scanned() -> None:
    part = {
        "type": "output_text",
        "text": "见链接",
        "annotations": [{"type": "url_citation", "title": TERM, "url": "https://e.x"}],
    }
    body = {
        "id": "resp_1",
        "object": "response",
        "status": "completed",
        "output": [{"type": "message", "id": "m", "role": "assistant", "content": [part]}],
    }
    upstream = Scripted([json.dumps(body, ensure_ascii=False).encode()])
    assert_clean(ask(upstream, path="/v1/responses"))


def test_responses_stream_events_lose_text_the_guard_did_not_stream() -> None:
    def event(data: dict) -> bytes:  # type: ignore[type-arg]
        return b"data: " + json.dumps(data, ensure_ascii=False).encode() + b"\n\n"

    position = {"item_id": "m", "output_index": 0, "content_index": 0}
    stream = b"".join(
        [
            event({"type": "response.output_text.delta", **position, "delta": "好", "note": TERM}),
            event(
                {
                    "type": "response.output_text.annotation.added",
                    **position,
                    "annotation": {"type": "url_citation", "title": TERM, "url": "x"},
                }
            ),
            event({"type": "response.output_text.done", **position, "text": "好"}),
            event({"type": "response.completed", "response": {"id": "r", "output": []}}),
        ]
    )
    text = ask(Scripted([stream], content_type=b"text/event-stream"), True, "/v1/responses")
    assert_clean(text)
    assert '"delta":"好"' in text  # the streamed text itself still goes out


def test_plain_text_chunks_carry_no_long_text_in_an_identifier_field() -> None:
    """A chunk that only adds text takes the short path (one scan for many chunks, or the
    learnt shape); a `model` of 500 characters is not an identifier, so it cannot take it."""
    long = "模型" * 100 + TERM + "x" * 200
    events = [dict(chunk({"content": p}), model=long) for p in "今天天气很好"]
    stream = Scripted([sse(*events, chunk({}, "stop"))], content_type=b"text/event-stream")
    assert_clean(ask(stream, stream=True))
    lines = [
        {
            "model": long,
            "created_at": "t",
            "message": {"role": "assistant", "content": p},
            "done": False,
        }
        for p in "今天天气"
    ]
    lines.append(
        {
            "model": "m",
            "created_at": "t",
            "message": {"role": "assistant", "content": ""},
            "done": True,
        }
    )
    body = b"".join(json.dumps(line, ensure_ascii=False).encode() + b"\n" for line in lines)
    request = json.dumps({"model": "m", "messages": [{"role": "user", "content": "hi"}]}).encode()
    ollama = Scripted([body], content_type=b"application/x-ndjson")
    assert_clean(call(guarded(ollama), "/api/chat", request).text)
