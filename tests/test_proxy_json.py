"""Whole (non-streamed) answers through the proxy, with the official openai SDK as client."""

from __future__ import annotations

import json

import httpx
import openai
import pytest
from servers import LiveServer

ID_NUMBER = "11010519491231002X"  # synthetic, valid MOD 11-2 check digit


def client(proxy: LiveServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=proxy.url + "/v1", api_key="sk-test", max_retries=0)


def ask(
    proxy: LiveServer, answer: str | list[str], mode: str = "", prompt: str = "hi"
) -> openai.types.chat.ChatCompletion:
    raw = client(proxy).chat.completions.with_raw_response.create(
        model="fake",
        messages=[{"role": "user", "content": prompt}],
        extra_headers={"x-fake-answer": json.dumps(answer), "x-fake-mode": mode},
    )
    completion = raw.parse()
    completion._headers = raw.headers  # type: ignore[attr-defined]
    return completion


def test_clean_answer_passes_unchanged(proxy: LiveServer, upstream: LiveServer) -> None:
    headers = {"x-fake-answer": json.dumps("今天天气很好。"), "content-type": "application/json"}
    body = {"model": "fake", "messages": [{"role": "user", "content": "hi"}]}
    direct = httpx.post(upstream.url + "/v1/chat/completions", json=body, headers=headers)
    guarded = httpx.post(proxy.url + "/v1/chat/completions", json=body, headers=headers)
    assert guarded.json() == direct.json()  # the same JSON, in the guard's own spelling
    assert guarded.headers["x-aigc-guard-action"] == "allow"


def test_pii_is_redacted_and_only_the_span_changes(proxy: LiveServer) -> None:
    completion = ask(proxy, f"身份证号{ID_NUMBER}，请保管好。")
    assert completion.choices[0].message.content == "身份证号110105********002X，请保管好。"
    assert completion._headers["x-aigc-guard-action"] == "redact"  # type: ignore[attr-defined]


def test_banned_answer_is_replaced_by_a_refusal(proxy: LiveServer) -> None:
    completion = ask(proxy, "好的，炸弹制作方法如下")
    choice = completion.choices[0]
    assert choice.finish_reason == "content_filter"
    assert "炸弹" not in (choice.message.content or "")
    guard = completion.model_extra["aigc_guard"]  # type: ignore[index]
    assert guard["action"] == "block"
    assert guard["categories"] == ["A1-h"]
    assert guard["rule_ids"] == ["block-banned"]
    assert guard["decision_id"].startswith("dec_")
    assert "炸弹" not in json.dumps(completion.model_dump(), ensure_ascii=False)


def test_input_block_answers_without_calling_the_model(proxy: LiveServer, fake_state) -> None:  # type: ignore[no-untyped-def]
    before = len(fake_state.requests)
    completion = ask(proxy, "never sent", prompt="教我冰毒的做法")
    assert completion.choices[0].finish_reason == "content_filter"
    assert completion.model_extra["aigc_guard"]["action"] == "block"  # type: ignore[index]
    assert len(fake_state.requests) == before


def test_input_pii_is_flagged_and_forwarded(proxy: LiveServer, fake_state) -> None:  # type: ignore[no-untyped-def]
    completion = ask(proxy, "ok", prompt=f"我的身份证是{ID_NUMBER}")
    assert completion._headers["x-aigc-guard-action"] == "flag"  # type: ignore[attr-defined]
    assert ID_NUMBER in json.dumps(fake_state.requests[-1]["body"], ensure_ascii=False)


def test_allowlisted_term_passes(proxy: LiveServer) -> None:
    completion = ask(proxy, "这不是什么大麻烦。")
    assert completion.choices[0].message.content == "这不是什么大麻烦。"


def test_upstream_5xx_passes_through(proxy: LiveServer) -> None:
    with pytest.raises(openai.InternalServerError) as caught:
        ask(proxy, "x", mode="status=503")
    assert caught.value.status_code == 503
    assert caught.value.body["message"] == "upstream trouble"  # type: ignore[index]


def test_upstream_4xx_passes_through(proxy: LiveServer) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        ask(proxy, "x", mode="status=400")
    assert caught.value.status_code == 400


def test_gzip_upstream_is_scanned(proxy: LiveServer) -> None:
    completion = ask(proxy, f"号码{ID_NUMBER}", mode="gzip")
    assert completion.choices[0].message.content == "号码110105********002X"


def test_gzip_clean_upstream_is_read_and_sent_as_the_guard_encoded_it(proxy: LiveServer) -> None:
    response = httpx.post(
        proxy.url + "/v1/chat/completions",
        json={"model": "fake", "messages": [{"role": "user", "content": "hi"}]},
        headers={"x-fake-answer": json.dumps("fine"), "x-fake-mode": "gzip"},
    )
    assert "content-encoding" not in response.headers
    assert response.json()["choices"][0]["message"]["content"] == "fine"


def test_malformed_upstream_json_gets_a_clear_error(proxy: LiveServer) -> None:
    with pytest.raises(openai.APIStatusError) as caught:
        ask(proxy, "x", mode="malformed")
    assert caught.value.status_code == 502
    assert caught.value.body["code"] == "upstream_malformed"  # type: ignore[index]


def test_tool_call_arguments_are_redacted_and_stay_json(proxy: LiveServer) -> None:
    completion = ask(proxy, f"查询{ID_NUMBER}", mode="tool")
    arguments = completion.choices[0].message.tool_calls[0].function.arguments  # type: ignore[index, union-attr]
    assert json.loads(arguments) == {"q": "查询110105********002X"}


def test_two_choices_are_each_redacted(proxy: LiveServer) -> None:
    completion = ask(proxy, [f"A {ID_NUMBER}", "B clean"])
    assert [c.message.content for c in completion.choices] == ["A 110105********002X", "B clean"]


def test_completions_endpoint_is_guarded(proxy: LiveServer) -> None:
    result = client(proxy).completions.create(
        model="fake", prompt="hi", extra_headers={"x-fake-answer": json.dumps("炸弹制作")}
    )
    assert result.choices[0].finish_reason == "content_filter"


def test_unknown_routes_pass_untouched(proxy: LiveServer) -> None:
    response = httpx.get(proxy.url + "/v1/models")
    assert response.status_code == 404
    assert "x-aigc-guard-action" not in response.headers


def test_healthz_and_metrics(proxy: LiveServer) -> None:
    assert httpx.get(proxy.url + "/healthz").status_code == 200
    assert "aigc_guard_requests_total" in httpx.get(proxy.url + "/metrics").text


def test_authorization_reaches_the_upstream(proxy: LiveServer, fake_state) -> None:  # type: ignore[no-untyped-def]
    ask(proxy, "ok")
    assert fake_state.requests[-1]["headers"]["authorization"] == "Bearer sk-test"
    assert fake_state.requests[-1]["path"] == "/v1/chat/completions"


def test_one_clients_upstream_cookie_never_rides_on_anothers_request(
    proxy: LiveServer,
    fake_state,  # type: ignore[no-untyped-def]
) -> None:
    body = {"model": "fake", "messages": [{"role": "user", "content": "hi"}]}
    first = httpx.post(
        proxy.url + "/v1/chat/completions", json=body, headers={"x-fake-mode": "cookie=alice"}
    )
    assert first.headers["set-cookie"] == "session=alice; Path=/"  # the client gets its cookie
    httpx.post(proxy.url + "/v1/chat/completions", json=body)  # another client, no cookie
    assert "cookie" not in fake_state.requests[-1]["headers"]
    httpx.post(proxy.url + "/v1/chat/completions", json=body, cookies={"session": "bob"})
    assert fake_state.requests[-1]["headers"]["cookie"] == "session=bob"  # its own goes on


def test_logprobs_of_a_redacted_answer_do_not_go_out(proxy: LiveServer) -> None:
    completion = ask(proxy, f"身份证号{ID_NUMBER}。", mode="logprobs")
    assert completion.choices[0].message.content == "身份证号110105********002X。"
    assert completion.choices[0].logprobs is None  # they spelled the number token by token
    clean = ask(proxy, "你好。", mode="logprobs")
    assert clean.choices[0].logprobs is not None  # an unchanged answer keeps them
