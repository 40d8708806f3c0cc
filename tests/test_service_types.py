"""Risky service types (Interim Measures Art. 4(5), TC260-003 A.5): a medical route's answers
carry the disclaimer exactly once — whole, streamed, cut, labelled or not — its stricter
checks apply there only, and its grounding check flags unsupported answers."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import openai
import pytest
from servers import LiveServer

from aigc_guard.errors import PolicyError
from aigc_guard.policy.loader import load_policy
from aigc_guard.policy.schema import SERVICE_TYPES
from aigc_guard.server import create_proxy_app

MEDICAL = SERVICE_TYPES["medical"].disclaimer
assert MEDICAL is not None
LABEL = "【本内容由人工智能生成】"


def write_policy(folder: Path, *, labelled: bool = False, position: str = "end") -> Path:
    compliance = (
        f"""mode: cn_public
compliance:
  explicit_label: {{text: {{zh: "{LABEL}", en: "{LABEL}"}}}}
  implicit_label: {{content_producer: TEST-1}}
  audit: {{path: audit.sqlite3}}
  complaints: {{contact: c@example.com}}
"""
        if labelled
        else ""
    )
    policy = folder / "policy.yaml"
    policy.write_text(
        f"""version: 1
name: service-types
{compliance}classifiers:
  banned: {{type: lexicon, terms: [炸弹制作], category: A1-h}}
  dosage: {{type: lexicon, terms: [加倍剂量], category: A4-a, enabled: false}}
  unsupported: {{type: lexicon, terms: [保证治愈], category: A5-a, enabled: false}}
rules:
  - {{id: block-banned, when: {{category: A1-h}}, action: block}}
  - {{id: block-dosage, when: {{classifier: dosage}}, direction: output, action: block}}
routes:
  - {{name: clinic, paths: ["*/chat/completions"], service_type: medical}}
  - {{name: general, paths: ["*/completions"]}}
service_types:
  medical:
    disclaimer: {{zh: "{MEDICAL.zh}", en: "{MEDICAL.en}"}}
    position: {position}
    overrides: {{enable: [dosage]}}
    grounding: unsupported
""",
        encoding="utf-8",
    )
    return policy


def client(proxy: LiveServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=proxy.url + "/v1", api_key="k", max_retries=0)


def whole(proxy: LiveServer, answer: str) -> httpx.Response:
    return httpx.post(
        proxy.url + "/v1/chat/completions",
        json={"model": "m", "messages": [{"role": "user", "content": "hi"}]},
        headers={"x-fake-answer": json.dumps(answer)},
        timeout=10,
    )


def streamed(proxy: LiveServer, answer: str, mode: str = "chunk=2") -> str:
    chunks = client(proxy).chat.completions.create(
        model="m",
        messages=[{"role": "user", "content": "hi"}],
        stream=True,
        extra_headers={"x-fake-answer": json.dumps(answer), "x-fake-mode": mode},
    )
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


@pytest.fixture()
def proxy(tmp_path: Path, upstream: LiveServer):  # type: ignore[no-untyped-def]
    with LiveServer(create_proxy_app(upstream.url, write_policy(tmp_path))) as server:
        yield server


def test_the_disclaimer_is_added_once_to_whole_streamed_and_cut_answers(
    proxy: LiveServer,
) -> None:
    body = whole(proxy, "多喝水，注意休息。").json()
    assert body["choices"][0]["message"]["content"] == "多喝水，注意休息。\n" + MEDICAL.zh
    assert streamed(proxy, "多喝水，注意休息。") == "多喝水，注意休息。\n" + MEDICAL.zh
    one_by_one = streamed(proxy, "多喝水，注意休息。", mode="chunk=1")
    assert one_by_one.count(MEDICAL.zh) == 1
    cut = streamed(proxy, "好的，下面是炸弹制作步骤", mode="chunk=1")
    assert cut == "好的，下面是\n" + MEDICAL.zh  # after the cut, still exactly once
    english = whole(proxy, "Drink water and rest.").json()["choices"][0]["message"]["content"]
    assert english == "Drink water and rest.\n" + MEDICAL.en


def test_other_routes_get_no_disclaimer_and_not_the_stricter_checks(proxy: LiveServer) -> None:
    answer = httpx.post(
        proxy.url + "/v1/completions",
        json={"model": "m", "prompt": "hi"},
        headers={"x-fake-answer": json.dumps("可以加倍剂量，保证治愈。")},
        timeout=10,
    )
    assert answer.json()["choices"][0]["text"] == "可以加倍剂量，保证治愈。"
    assert answer.headers["x-aigc-guard-action"] == "allow"


def test_stricter_checks_and_grounding_apply_on_the_typed_route(proxy: LiveServer) -> None:
    blocked = whole(proxy, "你可以加倍剂量。")
    assert blocked.headers["x-aigc-guard-action"] == "block"
    assert blocked.json()["choices"][0]["finish_reason"] == "content_filter"
    flagged = whole(proxy, "这个方法保证治愈。")
    assert flagged.headers["x-aigc-guard-action"] == "flag"  # grounding: flag-only
    assert flagged.json()["choices"][0]["message"]["content"].endswith(MEDICAL.zh)


def test_with_the_label_both_appear_once_at_their_places(
    tmp_path: Path, upstream: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AIGC_GUARD_AUDIT_KEY", "k")
    policy = write_policy(tmp_path, labelled=True, position="start")
    with LiveServer(create_proxy_app(upstream.url, policy)) as proxy:
        content = whole(proxy, "多喝水。").json()["choices"][0]["message"]["content"]
        assert content == f"{MEDICAL.zh}\n多喝水。\n{LABEL}"
        assert streamed(proxy, "多喝水，注意休息。") == f"{MEDICAL.zh}\n多喝水，注意休息。\n{LABEL}"
        cut = streamed(proxy, "好的，下面是炸弹制作步骤", mode="chunk=1")
        assert cut == f"{MEDICAL.zh}\n好的，下面是\n{LABEL}"


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("service_type: medical", "service_type: dental", "service type 'dental' is not defined"),
        ("grounding: unsupported", "grounding: nope", "grounding names classifier 'nope'"),
    ],
)
def test_an_unknown_service_type_or_grounding_classifier_is_refused(
    old: str, new: str, reason: str, tmp_path: Path
) -> None:
    policy = write_policy(tmp_path)
    policy.write_text(policy.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    with pytest.raises(PolicyError, match=reason):
        load_policy(policy)


def test_built_in_types_need_no_definition(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(
        "version: 1\nroutes: [{name: advice, paths: ['*'], service_type: financial}]\n",
        encoding="utf-8",
    )
    policy = load_policy(tmp_path / "p.yaml")
    service = policy.config.service_type("advice")
    assert service is not None and service.disclaimer is not None
    assert "投资" in service.disclaimer.zh
