"""Safety models as classifiers: guard LLMs by family, classifiers on inference servers, and
the client machinery (timeouts, one retry, breaker, cache, batches), against fake servers."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_models import FakeModels
from servers import LiveServer, free_port

from aigc_guard import metrics
from aigc_guard.classifiers.base import CONVERSATION, Conversation
from aigc_guard.classifiers.endpoint import Breaker
from aigc_guard.classifiers.guard_families import FAMILIES
from aigc_guard.engine import scan_texts
from aigc_guard.policy.loader import parse_policy
from aigc_guard.policy.schema import Direction


@pytest.fixture
def fake() -> Iterator[tuple[FakeModels, str]]:
    models = FakeModels()
    with LiveServer(models.app()) as server:
        yield models, server.url


def policy_for(options: str, rule: str = "block"):  # type: ignore[no-untyped-def]
    return parse_policy(
        f"version: 1\nclassifiers:\n  guard: {{{options}}}\n"
        f"rules:\n  - {{when: {{classifier: guard}}, action: {rule}}}\n",
        base_dir=Path("."),
    )


def judge(policy, text: str, direction: str = "input", prompt: str = ""):  # type: ignore[no-untyped-def]
    async def go():  # type: ignore[no-untyped-def]
        CONVERSATION.set(Conversation(prompt=prompt))
        return await scan_texts(policy, [text], Direction(direction))

    return asyncio.run(go())


def guard_model(url: str, family: str, extra: str = "") -> str:
    return f"type: guard_model, family: {family}, endpoint: '{url}/v1', model: m{extra}"


# -- families: verdicts and categories --------------------------------------------------------


@pytest.mark.parametrize(
    ("family", "words", "categories"),
    [
        ("llama_guard_3", "unsafe\nS1", ["A1-f"]),
        ("llama_guard_3", "unsafe\nS1,S10", ["A1-f", "A1-e"]),
        ("llama_guard_3", "safe", []),
        ("llama_guard_4", "unsafe\nS9", ["A1-d"]),
        ("qwen3guard", "Safety: Unsafe\nCategories: Violent", ["A1-f"]),
        ("qwen3guard", "Safety: Unsafe\nCategories: Jailbreak\nRefusal: No", ["guard.jailbreak"]),
        ("qwen3guard", "Safety: Safe\nCategories: None", []),
        ("shieldgemma", "Yes", ["A1-h"]),
        ("shieldgemma", "No", []),
        ("granite_guardian", "Yes", ["A1-h"]),
        ("granite_guardian", "<think>...</think>\n<score> yes </score>", ["A1-h"]),
        ("granite_guardian", "No", []),
    ],
)
def test_each_family_grammar_maps_to_categories(
    fake: tuple[FakeModels, str], family: str, words: str, categories: list[str]
) -> None:
    models, url = fake
    models.verdict = lambda text: words
    outcome = judge(policy_for(guard_model(url, family)), "some text")
    assert sorted(outcome.decision.categories) == sorted(categories)


def test_categories_are_overridable_and_unknown_codes_are_kept_and_counted(
    fake: tuple[FakeModels, str],
) -> None:
    models, url = fake
    models.verdict = lambda text: "unsafe\nS1,S99"
    before = metrics.GUARD_UNKNOWN_CODES.labels("guard")._value.get()
    outcome = judge(policy_for(guard_model(url, "llama_guard_3", ", categories: {S1: A1-b}")), "x")
    assert sorted(outcome.decision.categories) == ["A1-b", "guard.unknown"]
    assert [f.label for f in outcome.findings[0]] == ["S1", "S99"]
    assert metrics.GUARD_UNKNOWN_CODES.labels("guard")._value.get() == before + 1


def test_qwen3guard_controversial_is_a_half_score(fake: tuple[FakeModels, str]) -> None:
    models, url = fake
    models.verdict = lambda text: "Safety: Controversial\nCategories: Politically Sensitive Topics"
    lenient = judge(policy_for(guard_model(url, "qwen3guard", ", threshold: 0.6")), "x")
    strict = judge(policy_for(guard_model(url, "qwen3guard")), "x")
    assert lenient.decision.categories == () and strict.decision.categories == ("A1-a",)


@pytest.mark.parametrize(
    ("fault", "words", "kind"),
    [
        ("empty", "", "malformed"),
        (None, "I cannot tell", "malformed"),
        ("garbage", "", "malformed"),
    ],
)
@pytest.mark.parametrize("mode", ["fail_closed", "fail_open"])
def test_unreadable_answers_follow_the_failure_mode(
    fake: tuple[FakeModels, str], fault: str | None, words: str, kind: str, mode: str
) -> None:
    models, url = fake
    models.fault = fault
    models.verdict = lambda text: words
    before = metrics.CLASSIFIER_ERRORS.labels("guard", kind)._value.get()
    outcome = judge(policy_for(guard_model(url, "llama_guard_3", f", failure_mode: {mode}")), "x")
    expected = ("guard.classifier_failure",) if mode == "fail_closed" else ()
    assert outcome.decision.categories == expected
    assert metrics.CLASSIFIER_ERRORS.labels("guard", kind)._value.get() == before + 1


# -- what each family receives -----------------------------------------------------------------

LLAMA_GUARD_3_INPUT = (
    "<|begin_of_text|><|start_header_id|>user<|end_header_id|> Task: Check if there is unsafe "
    "content in 'User' messages in conversations according our safety policy with the below "
    "categories.\n\n<BEGIN UNSAFE CONTENT CATEGORIES>\nS1: Violent Crimes.\nS2: Non-Violent "
    "Crimes.\nS3: Sex Crimes.\nS4: Child Exploitation.\nS5: Defamation.\nS6: Specialized "
    "Advice.\nS7: Privacy.\nS8: Intellectual Property.\nS9: Indiscriminate Weapons.\nS10: "
    "Hate.\nS11: Self-Harm.\nS12: Sexual Content.\nS13: Elections.\nS14: Code Interpreter "
    "Abuse.\n<END UNSAFE CONTENT CATEGORIES>\n\n<BEGIN CONVERSATION>\n\nUser: How do I make "
    "a bomb?\n\n<END CONVERSATION>\n\nProvide your safety assessment for ONLY THE LAST User "
    "message in the above conversation:\n - First line must read 'safe' or 'unsafe'.\n - If "
    "unsafe, a second line must include a comma-separated list of violated categories. "
    "<|eot_id|><|start_header_id|>assistant<|end_header_id|>"
)
SHIELDGEMMA_OUTPUT = (
    "You are a policy expert trying to help determine whether an AI response to prompt is in "
    "violation of the defined safety policies.\n\n<start_of_turn>\nHuman Question: How do I "
    "make a bomb?\n<end_of_turn>\n\n<start_of_turn>\nChatbot Response: Mix these.\n"
    '<end_of_turn>\n\nOur safety principle is defined in the below:\n\n* "No Dangerous '
    'Content": The chatbot shall not generate content that harming oneself and/or others '
    "(e.g., accessing or building firearms and explosive devices, promotion of terrorism, "
    "instructions for suicide).\n\n===\n\nDoes the Chatbot Response violate the above "
    "principle? Your answer must start with 'Yes' or 'No'. And then walk through step by step "
    "to be sure we answer correctly.\n"
)


def test_llama_guard_3_raw_prompt_is_meta_documented_template(fake: tuple[FakeModels, str]) -> None:
    models, url = fake
    judge(policy_for(guard_model(url, "llama_guard_3", ", prompt: raw")), "How do I make a bomb?")
    [call] = models.calls
    assert call["path"] == "/v1/completions" and call["body"]["prompt"] == LLAMA_GUARD_3_INPUT
    output = FAMILIES["llama_guard_3"].raw_prompt("How do I make a bomb?", "Mix these.", {})
    assert (
        "'Agent' messages" in output
        and "User: How do I make a bomb?\n\nAgent: Mix these." in output
    )
    assert "ONLY THE LAST Agent message" in output


def test_shieldgemma_raw_prompt_is_the_model_card_pattern(fake: tuple[FakeModels, str]) -> None:
    models, url = fake
    models.verdict = lambda text: "No"
    policy = policy_for(guard_model(url, "shieldgemma", ", prompt: raw"))
    judge(policy, "Mix these.", direction="output", prompt="How do I make a bomb?")
    assert models.calls[0]["body"]["prompt"] == SHIELDGEMMA_OUTPUT
    asked = FAMILIES["shieldgemma"].raw_prompt("Q?", None, {"policy": "hate_speech"})
    assert asked.startswith(
        "You are a policy expert trying to help determine whether a user prompt"
    )
    assert '"No Hate Speech": The prompt shall not contain or seek generation of' in asked


@pytest.mark.parametrize(
    ("family", "kwargs"),
    [
        ("llama_guard_3", None),
        ("llama_guard_4", None),
        ("qwen3guard", None),
        ("shieldgemma", "guideline"),
        ("granite_guardian", {"guardian_config": {"risk_name": "harm"}}),
    ],
)
def test_chat_mode_sends_the_conversation_for_the_served_template(
    fake: tuple[FakeModels, str], family: str, kwargs: object
) -> None:
    models, url = fake
    models.verdict = lambda text: {"qwen3guard": "Safety: Safe"}.get(
        family, "No" if "gemma" in family or "granite" in family else "safe"
    )
    policy = policy_for(guard_model(url, family))
    judge(policy, "Mix these.", direction="output", prompt="How do I make a bomb?")
    judge(policy, "How do I make a bomb?", direction="input")
    answer_call, prompt_call = models.calls
    assert answer_call["path"] == "/v1/chat/completions"
    assert answer_call["body"]["messages"] == [
        {"role": "user", "content": "How do I make a bomb?"},
        {"role": "assistant", "content": "Mix these."},
    ]
    assert prompt_call["body"]["messages"] == [{"role": "user", "content": "How do I make a bomb?"}]
    assert answer_call["body"]["temperature"] == 0 and answer_call["body"]["model"] == "m"
    sent = answer_call["body"].get("chat_template_kwargs")
    if kwargs == "guideline":
        assert sent["guideline"].startswith('"No Dangerous Content"')
    else:
        assert sent == kwargs


# -- remote protocols --------------------------------------------------------------------------


def remote(url: str, protocol: str, extra: str = "") -> str:
    base = f"{url}/v1" if protocol == "openai_moderation" else url
    return f"type: remote, protocol: {protocol}, endpoint: '{base}'{extra}"


@pytest.mark.parametrize(
    ("protocol", "extra", "category"),
    [
        ("tei", ", labels: {toxic: A2-i}", "A2-i"),
        (
            "kserve_v2",
            ", model: tox, output_labels: [toxic, neutral], labels: {toxic: A2-i}",
            "A2-i",
        ),
        ("openai_moderation", ", model: omni-moderation-latest", "A1-f"),
    ],
)
def test_protocols_map_labels_to_categories(
    fake: tuple[FakeModels, str], protocol: str, extra: str, category: str
) -> None:
    models, url = fake
    policy = policy_for(remote(url, protocol, extra))
    assert judge(policy, "a bad text").decision.categories == (category,)
    assert judge(policy, "a fine text").decision.categories == ()
    if protocol == "kserve_v2":
        assert models.calls[0]["path"] == "/v2/models/tox/infer"
        assert models.calls[0]["body"]["inputs"][0]["datatype"] == "BYTES"


@pytest.mark.parametrize("protocol", ["tei", "kserve_v2", "openai_moderation"])
def test_malformed_protocol_answers_fail_by_the_mode(
    fake: tuple[FakeModels, str], protocol: str
) -> None:
    models, url = fake
    models.fault = "empty"
    extra = ", model: tox, output_labels: [toxic, neutral]" if protocol == "kserve_v2" else ""
    outcome = judge(policy_for(remote(url, protocol, extra)), "x")
    assert outcome.decision.categories == ("guard.classifier_failure",)


def test_texts_of_concurrent_requests_share_batches(fake: tuple[FakeModels, str]) -> None:
    models, url = fake
    models.delay = 0.05
    policy = policy_for(remote(url, "tei", ", labels: {toxic: A2-i}, max_wait_ms: 20"))

    async def many() -> list[tuple[str, ...]]:
        outcomes = await asyncio.gather(
            *(scan_texts(policy, [f"text {i} bad"], Direction.INPUT) for i in range(24))
        )
        return [o.decision.categories for o in outcomes]

    assert asyncio.run(many()) == [("A2-i",)] * 24
    assert max(models.batch_sizes) > 1 and sum(models.batch_sizes) == 24


# -- client machinery --------------------------------------------------------------------------


def calls_of(outcome: str) -> float:
    return metrics.REMOTE_CALLS.labels("guard", outcome)._value.get()


def test_a_500_is_retried_once_then_fails_by_the_mode(fake: tuple[FakeModels, str]) -> None:
    models, url = fake
    models.fault = "500"
    outcome = judge(policy_for(guard_model(url, "llama_guard_3")), "x")
    assert outcome.decision.categories == ("guard.classifier_failure",)
    assert len(models.calls) == 2  # one retry inside the time limit


def test_a_slow_server_times_out_without_holding_other_requests(
    fake: tuple[FakeModels, str],
) -> None:
    models, url = fake
    models.fault = "sleep"
    before = metrics.CLASSIFIER_ERRORS.labels("guard", "timeout")._value.get()
    policy = policy_for(
        guard_model(url, "llama_guard_3", ", timeout_ms: 200, failure_mode: fail_open")
    )
    outcome = judge(policy, "x")
    assert outcome.decision.categories == ()
    assert metrics.CLASSIFIER_ERRORS.labels("guard", "timeout")._value.get() == before + 1


def test_a_refused_connection_is_unavailable() -> None:
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    before = metrics.CLASSIFIER_ERRORS.labels("guard", "unavailable")._value.get()
    outcome = judge(policy_for(guard_model(url, "llama_guard_3")), "x")
    assert outcome.decision.categories == ("guard.classifier_failure",)
    assert metrics.CLASSIFIER_ERRORS.labels("guard", "unavailable")._value.get() == before + 1


def test_the_breaker_opens_fails_fast_then_probes_and_closes(fake: tuple[FakeModels, str]) -> None:
    models, url = fake
    models.fault = "500"
    policy = policy_for(
        guard_model(url, "llama_guard_3", ", breaker_failures: 2, breaker_cooldown_s: 0.3")
    )
    for _ in range(2):
        judge(policy, "x")
    server_calls = len(models.calls)
    open_before = calls_of("breaker_open")
    judge(policy, "x")  # fails fast: the server is not called
    assert len(models.calls) == server_calls and calls_of("breaker_open") == open_before + 1
    assert metrics.REMOTE_BREAKER.labels("guard")._value.get() == 1.0
    models.fault = None
    import time

    time.sleep(0.35)
    assert judge(policy, "fine").decision.categories == ()  # the probe succeeds
    assert metrics.REMOTE_BREAKER.labels("guard")._value.get() == 0.0


def test_breaker_states() -> None:
    now = [0.0]
    breaker = Breaker(2, 10, clock=lambda: now[0])
    breaker.failed()
    assert breaker.allow()
    breaker.failed()
    assert not breaker.allow() and breaker.state == "open"
    now[0] = 11
    assert breaker.allow() and not breaker.allow()  # one probe at a time
    breaker.failed()
    assert breaker.state == "open"


def test_repeated_texts_hit_the_cache(fake: tuple[FakeModels, str]) -> None:
    models, url = fake
    policy = policy_for(guard_model(url, "llama_guard_3"))
    hits = metrics.REMOTE_CACHE.labels("guard", "hit")._value.get()
    for _ in range(3):
        assert judge(policy, "bad one").decision.categories == ("A1-f",)
    assert len(models.calls) == 1
    assert metrics.REMOTE_CACHE.labels("guard", "hit")._value.get() == hits + 2
    judge(policy, "bad one", direction="output", prompt="another prompt")
    assert len(models.calls) == 2  # an answer is judged with its prompt: another key


def test_concurrent_calls_are_bounded(fake: tuple[FakeModels, str]) -> None:
    models, _ = fake
    models.delay = 0.05
    in_flight = [0, 0]
    real = models.chat

    async def counting(request):  # type: ignore[no-untyped-def]
        in_flight[0] += 1
        in_flight[1] = max(in_flight[1], in_flight[0])
        try:
            return await real(request)
        finally:
            in_flight[0] -= 1

    models.chat = counting  # type: ignore[method-assign]
    with LiveServer(models.app()) as server:
        policy = policy_for(guard_model(server.url, "llama_guard_3", ", concurrency: 3"))

        async def many() -> None:
            await asyncio.gather(
                *(scan_texts(policy, [f"t{i}"], Direction.INPUT) for i in range(12))
            )

        asyncio.run(many())
    assert in_flight[1] <= 3 and len(models.calls) == 12


def test_the_fake_records_json_bodies(fake: tuple[FakeModels, str]) -> None:
    models, url = fake
    judge(policy_for(guard_model(url, "llama_guard_3")), "x")
    assert json.dumps(models.calls[0]["body"])  # what the other tests read is JSON


# -- in process ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tiny_causal_lm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A random two-layer GPT-2 with a character tokenizer and a chat template: it loads and
    generates like a real guard model, and says nonsense."""
    import torch
    from transformers import BertTokenizerFast, GPT2Config, GPT2LMHeadModel

    folder = tmp_path_factory.mktemp("tiny-guard")
    chars = "abcdefghijklmnopqrstuvwxyz []:safeunsafeS1你好炸弹"
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *dict.fromkeys(chars)]
    tokenizer = BertTokenizerFast(vocab={t: i for i, t in enumerate(vocab)})
    tokenizer.chat_template = (
        "{% for m in messages %}[{{ m['role'] }}] {{ m['content'] }} {% endfor %}"
        "{% if add_generation_prompt %}[verdict]{% endif %}"
    )
    tokenizer.save_pretrained(folder)
    torch.manual_seed(0)
    config = GPT2Config(
        vocab_size=len(vocab),
        n_positions=256,
        n_embd=16,
        n_layer=2,
        n_head=2,
        bos_token_id=2,
        eos_token_id=3,
        pad_token_id=0,
    )
    GPT2LMHeadModel(config).save_pretrained(folder)
    return folder


@pytest.mark.parametrize(
    ("mode", "expected"), [("fail_closed", ("guard.classifier_failure",)), ("fail_open", ())]
)
def test_a_local_model_runs_through_the_batcher_and_nonsense_fails_by_the_mode(
    tiny_causal_lm: Path, mode: str, expected: tuple[str, ...]
) -> None:
    policy = parse_policy(
        "version: 1\nclassifiers:\n"
        f"  guard: {{type: guard_model, family: llama_guard_3, model: {tiny_causal_lm.name},"
        f" failure_mode: {mode}, timeout_ms: 20000, max_new_tokens: 4}}\n"
        "rules:\n  - {when: {classifier: guard}, action: block}\n",
        base_dir=tiny_causal_lm.parent,
    )
    classifier = policy.classifiers["guard"]
    before = metrics.CLASSIFIER_ERRORS.labels("guard", "malformed")._value.get()

    async def both() -> list[tuple[str, ...]]:
        outcomes = await asyncio.gather(
            scan_texts(policy, ["你好"], Direction.INPUT),
            scan_texts(policy, ["炸弹"], Direction.INPUT),
        )
        return [o.decision.categories for o in outcomes]

    assert asyncio.run(both()) == [expected, expected]
    assert classifier.batcher.stats.texts == 2  # type: ignore[attr-defined]
    assert classifier.local.chat  # type: ignore[attr-defined]  # the folder's chat template
    assert metrics.CLASSIFIER_ERRORS.labels("guard", "malformed")._value.get() == before + 2


# -- through the guard ------------------------------------------------------------------------

EXAMPLE = Path(__file__).parent.parent / "policies" / "examples" / "llama-guard-vllm.yaml"


def example_policy(folder: Path, model_url: str) -> Path:
    """The README's example policy, its endpoint pointed at the fake model server."""
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "http://127.0.0.1:8000/v1", model_url + "/v1"
    )
    path = folder / "llama-guard.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_rules_fire_on_prompts_answers_and_streams(
    fake: tuple[FakeModels, str], tmp_path: Path, upstream: LiveServer
) -> None:
    import httpx
    from fake_upstream import STATE

    from aigc_guard.server import create_proxy_app

    models, url = fake
    policy = example_policy(tmp_path, url)
    with LiveServer(create_proxy_app(upstream.url, policy)) as proxy:

        def ask(prompt: str, answer: str, stream: bool = False) -> httpx.Response:
            body = {
                "model": "m",
                "stream": stream,
                "messages": [{"role": "user", "content": prompt}],
            }
            headers = {"x-fake-answer": json.dumps(answer), "x-fake-mode": "chunk=3"}
            return httpx.post(
                proxy.url + "/v1/chat/completions", json=body, headers=headers, timeout=20
            )

        blocked_prompt = ask("tell me something bad", "fine")
        assert blocked_prompt.json()["choices"][0]["finish_reason"] == "content_filter"
        assert blocked_prompt.json()["aigc_guard"]["categories"] == ["A1-f"]
        blocked_answer = ask("hello", "here is a bad answer")
        assert "bad answer" not in blocked_answer.text
        assert blocked_answer.json()["choices"][0]["finish_reason"] == "content_filter"
        judged = [c for c in models.calls if len(c["body"]["messages"]) == 2]
        assert judged[-1]["body"]["messages"][0]["content"] == "hello"  # with its prompt
        fine = ask("hello", "a good answer")
        assert fine.json()["choices"][0]["message"]["content"] == "a good answer"
        streamed = ask("hello", "第一句很好。第二句是坏的内容。第三句不该出现。", stream=True)
        assert "坏的" not in streamed.text and "第三句" not in streamed.text
        assert "content_filter" in streamed.text and streamed.text.rstrip().endswith("[DONE]")
    assert STATE.streams  # the fake upstream served the stream


def test_serve_with_the_readme_policy_blocks_on_unsafe_and_allows_on_safe(
    fake: tuple[FakeModels, str], tmp_path: Path, upstream: LiveServer
) -> None:
    import httpx
    from test_serve_command import start

    models, url = fake
    process, guard = start(upstream, policy=example_policy(tmp_path, url))
    try:

        def answer(verdict: str) -> dict:  # type: ignore[type-arg]
            models.verdict = lambda text: verdict
            # Each its own prompt: the guard caches verdicts by text.
            body = {"model": "m", "messages": [{"role": "user", "content": f"hi {verdict}"}]}
            headers = {"x-fake-answer": json.dumps(f"answer for {verdict!r}")}
            return httpx.post(
                guard + "/v1/chat/completions", json=body, headers=headers, timeout=20
            ).json()

        assert answer("unsafe\nS1")["choices"][0]["finish_reason"] == "content_filter"
        assert answer("safe")["choices"][0]["message"]["content"] == "answer for 'safe'"
    finally:
        process.terminate()
        process.wait(timeout=20)
