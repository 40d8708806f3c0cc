"""Intellectual property and advertising (Interim Measures Art. 4(3)): ``protected_text`` finds
long verbatim overlaps with a protected corpus, and cn-tc260 flags absolute advertising claims."""

from __future__ import annotations

import asyncio
import itertools
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aigc_guard.engine import scan_texts
from aigc_guard.policy.loader import parse_policy
from aigc_guard.policy.schema import Direction
from aigc_guard.stream import StreamGuard

WORDS = ["数据", "模型", "训练", "secret", "算法", "alpha", "协议", "接口", "beta", "参数", "缓存"]


def prose(seed: int, words: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(WORDS) + rng.choice(["", " ", "，", "。"]) for _ in range(words))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("protected")
    document = prose(1, 2000)
    (folder / "manual.txt").write_text(document, encoding="utf-8")
    (folder / "notes.md").write_text(prose(2, 500), encoding="utf-8")
    (folder / "ignored.bin").write_bytes(document.encode())  # not a text file: not indexed
    return folder, document


def policy(folder: Path):  # type: ignore[no-untyped-def]
    return parse_policy(
        "version: 1\nclassifiers:\n"
        f"  ip: {{type: protected_text, folder: {folder.name}, min_chars: 50}}\n"
        "rules:\n  - {when: {classifier: ip}, action: block}\n",
        base_dir=folder.parent,
    )


def passage(document: str, length: int, at: int = 3000) -> str:
    return document[at : at + length]


def test_a_seeded_300_character_passage_is_found(corpus: tuple[Path, str]) -> None:
    folder, document = corpus
    seeded = passage(document, 300)
    answer = "这是模型自己写的开头。" + seeded + "以及结尾。"
    outcome = asyncio.run(scan_texts(policy(folder), [answer], Direction.OUTPUT))
    assert outcome.decision.categories == ("A3-a",)
    [finding] = outcome.findings[0]
    assert answer[finding.start : finding.end].strip() in seeded  # the span is the passage
    assert finding.end - finding.start >= 250


def test_a_40_character_passage_is_not(corpus: tuple[Path, str]) -> None:
    folder, document = corpus
    answer = "开头" + passage(document, 40) + "结尾，全是别的内容。" + prose(9, 30)
    outcome = asyncio.run(scan_texts(policy(folder), [answer], Direction.OUTPUT))
    assert outcome.decision.categories == ()


def test_spacing_and_case_do_not_hide_a_passage(corpus: tuple[Path, str]) -> None:
    folder, document = corpus
    seeded = passage(document, 120).upper().replace("，", "， ")
    outcome = asyncio.run(scan_texts(policy(folder), [seeded], Direction.OUTPUT))
    assert outcome.decision.categories == ("A3-a",)


def test_the_corpus_is_what_hot_reload_watches(corpus: tuple[Path, str]) -> None:
    folder, _ = corpus
    watched = {p.name for p in policy(folder).classifiers["ip"].source_files()}
    assert watched == {"manual.txt", "notes.md"}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cuts=st.lists(st.integers(min_value=1, max_value=400), max_size=20))
def test_a_stream_never_releases_a_protected_passage(
    corpus: tuple[Path, str], cuts: list[int]
) -> None:
    folder, document = corpus
    head = "先写一段自己的话。"
    text = head + passage(document, 120) + "然后继续。"
    guard_policy = policy(folder)

    async def go() -> tuple[str, bool]:
        guard = StreamGuard(guard_policy, Direction.OUTPUT)
        released = ""
        bounds = [0, *sorted({c for c in cuts if c < len(text)}), len(text)]
        for a, b in itertools.pairwise(bounds):
            released += await guard.feed((0, "content", 0), text[a:b])
            if guard.blocked:
                return released, True
        released += "".join((await guard.finish_all()).values())
        return released, guard.blocked

    released, blocked = asyncio.run(go())
    assert blocked and head.startswith(released)  # nothing of the passage went out


@pytest.fixture(scope="module")
def cn_with_ad_route() -> object:
    """cn-tc260 with a route that serves advertising copy."""
    from aigc_guard.policy.loader import parse_policy

    path = Path(__file__).parent.parent / "policies" / "cn-tc260.yaml"
    route = "\nroutes:\n  - {name: ad-copy, paths: ['/v1/ads/*'], service_type: advertising}\n"
    return parse_policy(path.read_text(encoding="utf-8") + route, base_dir=path.parent)


@pytest.mark.parametrize(
    ("text", "action"),
    [("这是全网第一的国家级产品，零风险。", "flag"), ("第一步先打开设置，这是最基本的。", "allow")],
)
def test_cn_tc260_flags_absolute_advertising_claims(
    text: str, action: str, policies: dict[str, Any], cn_with_ad_route: Any
) -> None:
    cn, ads = policies["cn-tc260"], cn_with_ad_route
    elsewhere = asyncio.run(scan_texts(cn, [text], Direction.OUTPUT))
    assert elsewhere.decision.action.value == "allow"  # 最好的 in a refusal is a plain word
    outcome = asyncio.run(scan_texts(ads.variant("ad-copy", ""), [text], Direction.OUTPUT))
    assert outcome.decision.action.value == action
    assert outcome.texts == [text]  # flagged for review, never changed
