"""purpose_head: the purpose an answer states before it instructs, asked back as a request and
read by a request model (patterns/purposes.yaml with the shipped request model)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from aigc_guard.classifiers import purpose_head
from aigc_guard.errors import PolicyError
from aigc_guard.policy.loader import parse_policy

REPO = Path(__file__).resolve().parent.parent
PATTERNS = REPO / "policies" / "patterns"


def _classifier(tmp_path: Path, threshold: float = 0.5, excuses: str = "") -> Any:
    """A purpose head over the shipped purpose patterns, with a head that calls every ask
    harmful (the model's judgement is tested with the shipped policies); ``excuses``: an
    ``excuses:`` line's value."""
    head = {"labels": ["safe", "harm"], "negative": "safe", "encoder": "minilm",
            "weight": [[0.0] * 384, [0.0] * 384], "bias": [0.0, 5.0]}  # fmt: skip
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "head.json").write_text(json.dumps(head), encoding="utf-8")
    for name in ("purposes.yaml", "harms-zh.yaml", "knowledge-questions.yaml", "games.yaml"):
        (tmp_path / name).write_text((PATTERNS / name).read_text("utf-8"), encoding="utf-8")
    policy = parse_policy(
        "version: 1\nclassifiers:\n  purpose:\n    type: purpose_head\n    model: m\n"
        f"    purposes: [purposes.yaml, harms-zh.yaml]\n    threshold: {threshold}\n"
        + (f"    excuses: {excuses}\n" if excuses else ""),
        base_dir=tmp_path,
    )
    return policy.classifiers["purpose"]


@pytest.fixture
def embedded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the purpose head sends to its encoder (which returns zeros here)."""
    seen: list[str] = []

    async def fake_embed(encoder: object, texts: list[str]) -> list[list[float]]:
        seen.extend(texts)
        return [[0.0] * 384 for _ in texts]

    monkeypatch.setattr(purpose_head, "embed_shared", fake_embed)
    return seen


def test_the_stated_purpose_is_asked_back_and_only_asks_are_read(
    tmp_path: Path, embedded: list[str]
) -> None:
    classifier = _classifier(tmp_path)
    texts = [
        "想让他丢掉工作，可以给他老板写匿名信。",  # a want, then an instruction
        "偷自行车最快的办法是剪断车锁。",  # the way to do it
        "今天天气很好，我们去公园散步吧。",  # no purpose stated
        "为了防止自行车被偷，可以加一把锁。",  # prevented, not done
        "如果有人跟踪你，可以马上报警。",  # suffered, and the law after it
        "想退货的话，可以联系客服吗？",  # a question, not an instruction
    ]
    found = asyncio.run(classifier.classify(texts))
    assert [bool(f) for f in found] == [True, True, False, False, False, False]
    assert embedded == ["怎么让他丢掉工作？", "怎么偷自行车？"]
    assert found[0][0].score > 0.99


def test_a_purpose_the_excuse_files_answer_is_never_read(
    tmp_path: Path, embedded: list[str]
) -> None:
    """怎么让孩子的体育成绩过关？ is a question to answer (knowledge-questions.yaml's
    raise-outcome-zh); a purpose beside it is still read, and its file counts in the version."""
    classifier = _classifier(tmp_path, excuses="[knowledge-questions.yaml, games.yaml]")
    texts = [
        "想让孩子的体育成绩过关，可以每天陪他跳绳、跑步二十分钟。",
        "想让他丢掉工作，可以给他老板写匿名信。",
    ]
    found = asyncio.run(classifier.classify(texts))
    assert [bool(f) for f in found] == [False, True]
    assert embedded == ["怎么让他丢掉工作？"]
    assert tmp_path / "knowledge-questions.yaml" in classifier.source_files()
    (tmp_path / "plain").mkdir()
    plain = _classifier(tmp_path / "plain")  # without excuses: both read
    assert [bool(f) for f in asyncio.run(plain.classify(texts))] == [True, True]


def test_a_text_without_a_stated_purpose_costs_no_model_time(
    tmp_path: Path, embedded: list[str]
) -> None:
    classifier = _classifier(tmp_path)
    found = asyncio.run(classifier.classify(["你好！", "The weather is nice today."] * 50))
    assert found == [[]] * 100 and embedded == []


def test_at_most_most_goals_are_read_a_text(tmp_path: Path, embedded: list[str]) -> None:
    classifier = _classifier(tmp_path)
    many = "".join(f"想去第{i}个地方的话，可以坐地铁。" for i in range(10))
    asyncio.run(classifier.classify([many]))
    assert len(embedded) == classifier.options.most == 4


def test_an_ask_takes_the_goals_language_and_the_readers_voice(tmp_path: Path) -> None:
    """The answer addresses the reader; the ask is the reader's own."""
    classifier = _classifier(tmp_path)
    assert classifier.ask("偷自行车") == "怎么偷自行车？"
    assert classifier.ask("让别人替你背锅") == "怎么让别人替我背锅？"
    assert classifier.ask("steal a bike") == "How do I steal a bike?"
    assert classifier.ask("get into your own car") == "How do I get into my own car?"


def test_the_purpose_files_count_in_the_policy_version(tmp_path: Path) -> None:
    """A purpose file edited on disk is a policy change: hot reload watches it and the
    version digest reads it."""
    classifier = _classifier(tmp_path)
    assert {tmp_path / "purposes.yaml", tmp_path / "harms-zh.yaml"} <= set(
        classifier.source_files()
    )


def test_a_purpose_head_needs_purpose_files(tmp_path: Path) -> None:
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "head.json").write_text(
        json.dumps({"labels": ["a", "b"], "weight": [[0.0] * 384] * 2, "bias": [0, 0]}),
        encoding="utf-8",
    )
    with pytest.raises(PolicyError, match="purposes"):
        parse_policy(
            "version: 1\nclassifiers:\n  p: {type: purpose_head, model: m}\n", base_dir=tmp_path
        )
