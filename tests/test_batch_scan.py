"""Batch scans (``aigc-guard scan``): one pass of each span classifier over a batch names the
texts that may hold a finding; every outcome equals that text scanned on its own."""

from __future__ import annotations

import asyncio
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from aigc_guard.classifiers.base import BATCH_SEPARATOR
from aigc_guard.engine import scan_each, scan_texts
from aigc_guard.policy.loader import load_policy
from aigc_guard.policy.schema import Direction

POLICIES = Path(__file__).parent / "policies"
BLOCKING = load_policy(POLICIES / "test.yaml")
REDACTING = load_policy(POLICIES / "redact_all.yaml")

PARTS = [
    "今天天气很好。",
    "炸弹制作",
    "11010519491231002X",
    "a@b.cn",
    "大麻烦",
    "大麻",
    "电话 138 1234 5678",
    "ＦＯＲＢＩＤＤＥＮ ｐｈｒａｓｅ",
    "class assignment",
    BATCH_SEPARATOR,
    "\u200b",
    " ",
    "",
]


def _same(policy, texts: list[str]) -> None:  # type: ignore[no-untyped-def]
    batch = asyncio.run(scan_each(policy, texts, Direction.OUTPUT))
    assert len(batch) == len(texts)
    for text, outcome in zip(texts, batch, strict=True):
        alone = asyncio.run(scan_texts(policy, [text], Direction.OUTPUT))
        assert outcome.texts == alone.texts
        assert outcome.findings == alone.findings
        assert outcome.decision.action is alone.decision.action
        assert outcome.decision.rule_ids == alone.decision.rule_ids


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PARTS), max_size=4).map("".join), max_size=12))
def test_a_batch_gives_what_each_text_gives_alone(texts: list[str]) -> None:
    for policy in (BLOCKING, REDACTING):
        _same(policy, texts)


def test_only_texts_that_may_hold_a_finding_are_named() -> None:
    texts = ["今天天气很好。", "卖炸弹制作教程", "联系 a@b.cn", "没有什么"]
    for classifier in BLOCKING.classifiers_for(Direction.OUTPUT):
        named = getattr(classifier, "candidates", None)
        if named is not None and classifier.type_name == "lexicon":
            assert named(texts) == {1}
        if named is not None and classifier.type_name == "pii":
            assert named(texts) == {2}


def test_forked_workers_write_what_one_process_writes() -> None:
    import io
    import json

    from aigc_guard.batch_scan import BATCH, scan_rows

    texts = ["今天天气很好。", "卖炸弹制作教程", "联系 a@b.cn", "号码11010519491231002X"]
    rows = [(n, {"text": texts[n % 4]} if n % 7 else "not a row") for n in range(BATCH * 3 + 5)]
    outputs = []
    for workers in (1, 2):
        out = io.BytesIO()
        used = scan_rows(REDACTING, Direction.OUTPUT, rows, out, workers=workers)
        assert used == workers
        lines = [json.loads(line) for line in out.getvalue().splitlines()]
        for line in lines:
            line.pop("decision_id", None)
        outputs.append(lines)
    assert len(outputs[0]) == len(rows) and outputs[0] == outputs[1]
    assert outputs[0][0]["error"].startswith("line 0")
    assert outputs[0][2]["action"] == "redact" and "a@b.cn" not in outputs[0][2]["text"]
