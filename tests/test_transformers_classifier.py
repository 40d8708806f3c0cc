"""The transformers classifier type, on a tiny random BERT the test builds itself."""

from __future__ import annotations

import asyncio
import itertools
import time
from pathlib import Path

import pytest

from aigc_guard.engine import scan_texts
from aigc_guard.policy.loader import parse_policy
from aigc_guard.policy.schema import Action, Direction

# The tiny model's vocabulary: the first thousand CJK ideographs and the test's own words.
CHARS = (
    "".join(chr(c) for c in range(0x4E00, 0x4E00 + 1000))
    + "你好世界我们今天去公园散步然后回家吃饭第条消息"
)


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizerFast

    folder = tmp_path_factory.mktemp("tiny-bert")
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *dict.fromkeys(CHARS)]
    tokenizer = BertTokenizerFast(
        vocab={t: i for i, t in enumerate(vocab)}, tokenize_chinese_chars=True
    )
    assert tokenizer.unk_token_id not in tokenizer("你好世界")["input_ids"]
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=128,
        num_labels=2,
        id2label={0: "safe", 1: "offensive"},
        label2id={"safe": 0, "offensive": 1},
    )
    BertForSequenceClassification(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def policy_for(model: Path, **options: object):  # type: ignore[no-untyped-def]
    extra = "".join(f"    {k}: {v}\n" for k, v in options.items())
    text = f"""version: 1
classifiers:
  tox:
    type: transformers
    model: {model}
    labels: {{offensive: toxicity}}
{extra}rules:
  - {{when: {{classifier: tox}}, action: block}}
"""
    return parse_policy(text, base_dir=model.parent)


def test_a_model_folder_loads_and_maps_labels(tiny_model: Path) -> None:
    policy = policy_for(tiny_model, threshold=0.0)
    classifier = policy.classifiers["tox"]
    assert classifier.categories() == frozenset({"toxicity"})
    [findings] = asyncio.run(classifier.classify(["你好世界"]))  # type: ignore[attr-defined]
    assert [f.category for f in findings] == ["toxicity"] and 0.0 <= findings[0].score <= 1.0
    outcome = asyncio.run(scan_texts(policy, ["你好世界"], Direction.OUTPUT))
    assert outcome.decision.action is Action.BLOCK
    strict = policy_for(tiny_model, threshold=1.0)
    assert (
        asyncio.run(scan_texts(strict, ["你好世界"], Direction.OUTPUT)).decision.action
        is Action.ALLOW
    )


def test_unknown_label_mapping_is_a_policy_error(tiny_model: Path) -> None:
    from aigc_guard.errors import PolicyError

    text = (
        f"version: 1\nclassifiers:\n  tox:\n    type: transformers\n    model: {tiny_model}\n"
        "    labels: {hateful: toxicity}\n"
    )
    with pytest.raises(PolicyError, match="hateful"):
        parse_policy(text, base_dir=tiny_model.parent)


def test_long_texts_are_read_in_windows_and_report_the_worst(tiny_model: Path) -> None:
    policy = policy_for(tiny_model, threshold=0.0, max_length=16, stride=4, activation="sigmoid")
    classifier = policy.classifiers["tox"]
    text = "我们今天去公园散步然后回家吃饭" * 8
    windows = classifier._score_batch([text])[0]  # type: ignore[attr-defined]
    assert len(windows) > 3
    assert windows[0][0] == 0 and windows[-1][1] == len(text)
    assert all(b[0] < a[1] for a, b in itertools.pairwise(windows))  # overlapping
    [[finding]] = asyncio.run(classifier.classify([text]))  # type: ignore[attr-defined]
    worst = max(windows, key=lambda w: w[2][1])
    assert (finding.start, finding.end) == worst[:2]


def test_concurrent_calls_share_batches(tiny_model: Path) -> None:
    policy = policy_for(tiny_model, threshold=0.0, max_wait_ms=30)
    classifier = policy.classifiers["tox"]

    async def many() -> None:
        await asyncio.gather(*(classifier.classify([f"第{i}条消息"]) for i in range(16)))  # type: ignore[attr-defined]

    asyncio.run(many())
    sizes = classifier.batcher.stats.sizes  # type: ignore[attr-defined]
    assert sum(sizes) == 16 and max(sizes) > 1


@pytest.mark.parametrize(
    ("mode", "action"), [("fail_closed", Action.BLOCK), ("fail_open", Action.ALLOW)]
)
def test_a_slow_model_times_out_into_the_failure_mode(
    tiny_model: Path, mode: str, action: Action
) -> None:
    policy = policy_for(tiny_model, timeout_ms=50, failure_mode=mode)
    classifier = policy.classifiers["tox"]
    real = classifier.batcher.run  # type: ignore[attr-defined]

    def slow(texts: list[str]):  # type: ignore[no-untyped-def]
        time.sleep(0.3)
        return real(texts)

    classifier.batcher.run = slow  # type: ignore[attr-defined]
    outcome = asyncio.run(scan_texts(policy, ["你好"], Direction.OUTPUT))
    assert outcome.decision.action is action
    if action is Action.BLOCK:
        assert outcome.decision.categories == ("guard.classifier_failure",)


def test_the_ngram_model_type_loads_through_the_same_path(tmp_path: Path) -> None:
    from transformers import BertTokenizerFast

    from aigc_guard.models import NgramConfig, NgramForSequenceClassification

    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *dict.fromkeys("你好世界坏人")]
    BertTokenizerFast(vocab={t: i for i, t in enumerate(vocab)}).save_pretrained(tmp_path)
    config = NgramConfig(
        vocab_size=len(vocab),
        buckets=1024,
        dim=8,
        num_labels=2,
        id2label={0: "safe", 1: "offensive"},
        label2id={"safe": 0, "offensive": 1},
    )
    NgramForSequenceClassification(config).save_pretrained(tmp_path)
    policy = policy_for(tmp_path, threshold=0.0)
    [[finding]] = asyncio.run(policy.classifiers["tox"].classify(["你好坏人"]))  # type: ignore[attr-defined]
    assert finding.category == "toxicity" and (finding.start, finding.end) == (0, 4)


def test_cpu_threads_sets_torchs_intra_op_threads(tiny_model: Path) -> None:
    import torch

    before = torch.get_num_threads()
    try:
        torch.set_num_threads(2)
        policy_for(tiny_model, cpu_threads=1, device="cpu")
        assert torch.get_num_threads() == 1
        policy_for(tiny_model, device="cpu")  # unset: torch's setting is left alone
        assert torch.get_num_threads() == 1
    finally:
        torch.set_num_threads(before)


def test_the_warm_up_runs_on_the_thread_that_serves(
    tiny_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the model's own thread runs torch (a second OpenMP pool halves its speed)."""
    import threading

    from aigc_guard.classifiers.transformer import TransformersClassifier

    threads: list[str] = []
    score = TransformersClassifier._score_batch

    def recording(self: TransformersClassifier, texts: list[str]):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return score(self, texts)

    monkeypatch.setattr(TransformersClassifier, "_score_batch", recording)
    classifier = policy_for(tiny_model).classifiers["tox"]
    asyncio.run(classifier.classify(["你好"]))  # type: ignore[attr-defined]
    assert len(threads) == 2 and threads[0] == threads[1] != threading.current_thread().name


def test_a_window_without_real_tokens_spans_its_whole_text(tiny_model: Path) -> None:
    classifier = policy_for(tiny_model).classifiers["tox"]
    [[(start, end, scores)], [(start2, end2, _)]] = classifier._score_batch(["   ", "你好"])  # type: ignore[attr-defined]
    assert (start, end) == (0, 3)
    assert (start2, end2) == (0, 2)
    assert len(scores) == 2 and sum(scores) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("mode", "action"), [("fail_closed", Action.BLOCK), ("fail_open", Action.ALLOW)]
)
def test_a_model_that_returns_nan_fails_into_its_mode(
    tiny_model: Path, mode: str, action: Action
) -> None:
    import torch

    policy = policy_for(tiny_model, failure_mode=mode)
    model = policy.classifiers["tox"].model  # type: ignore[attr-defined]
    forward = model.forward

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        out = forward(*args, **kwargs)
        out.logits = torch.full_like(out.logits, float("nan"))
        return out

    model.forward = broken
    outcome = asyncio.run(scan_texts(policy, ["你好"], Direction.OUTPUT))
    assert outcome.decision.action is action
