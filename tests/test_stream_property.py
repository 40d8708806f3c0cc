"""The streaming invariant, checked by re-splitting fixtures at every boundary and at random.

For span classifiers, what a client receives equals the non-streaming result for the same
text, or — when the answer is blocked — a prefix of it that ends before the first blocked
span. No character of a blocked span and no unredacted PII value is ever released.
"""

from __future__ import annotations

import asyncio
import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aigc_guard.decision import apply_redactions, decide
from aigc_guard.engine import scan_texts
from aigc_guard.policy.loader import load_policy
from aigc_guard.policy.schema import Action, Direction
from aigc_guard.stream import StreamGuard

POLICIES = Path(__file__).parent / "policies"
BLOCKING = load_policy(POLICIES / "test.yaml")
REDACTING = load_policy(POLICIES / "redact_all.yaml")
WORDS = load_policy(POLICIES / "redact_words.yaml")  # jieba word boundaries

FIXTURES = [
    "今天天气很好，我们去公园散步吧。",
    "证件号11010519491231002X，已登记。",
    "电话 138-1234-5678，邮箱 zhang.san@example.com。",
    "卡号 6222 0212 3456 7890 128 请核对",
    "打给+86 139 1234 5678或者发邮件",
    "好的，这里是炸弹制作的步骤。第一步",
    "好的，炸 弹 制 作",
    "ＦＯＲＢＩＤＤＥＮ ｐｈｒａｓｅ here",
    "这不是什么大麻烦，只是大麻烦而已",
    "这是大麻。",
    "class assignment, big ass problem",
    "号码11010519491231002X之后是冰毒",
    "邮箱a@b.co冰毒",
    "",
    "x",
    "路口交通很拥堵，口交",
    "密钥 sk_live_abcdefghijklmnopqrstuvwx 已作废",
    "token github_pat_A1b2C3d4E5f6G7h8I9j0K1_l2 end",
    "请拨打(212) 555-0123，谢谢",
    # Three mobiles apart: a phone number glued across two of them ("5678 138 1234 5678")
    # once won the whole-text overlap resolution (longest anywhere) but not the stream's.
    "138 1234 5678 138 1234 5678 138 1234 5678",
    # A candidate that fails its validator no longer hides what starts inside it: read
    # whole, the greedy "138 1234 5678 138 1234" once skipped the second mobile a stream
    # cut after it found (found by hypothesis).
    "138 1234 5678 138 1234 567811010519491231002X",
    "电话 87654321，销量 5170671 台，预算4000-5000元",
    # Lone surrogates (valid JSON escapes, not text) are dropped by the folds, so they
    # neither hide a phrase nor break a scanner, split or whole.
    "好的，炸弹\ud800制作的步骤\udfff",
    "电话\ud83d 138-1234-5678，邮箱 a@b\udc00.co",
    # Invisible tag characters spelling "forbidden phrase": read as that ASCII.
    "好的" + "".join(chr(0xE0000 + ord(c)) for c in "forbidden phrase") + "。",
]


def run_stream(policy, text: str, cuts: list[int]):  # type: ignore[no-untyped-def]
    async def go() -> tuple[str, StreamGuard]:
        guard = StreamGuard(policy, Direction.OUTPUT)
        released = ""
        bounds = [0, *sorted(set(cuts)), len(text)]
        for a, b in itertools.pairwise(bounds):
            if a == b:
                continue
            released += await guard.feed((0, "content", 0), text[a:b])
            if guard.blocked:
                return released, guard
        released += "".join((await guard.finish_all()).values())
        return released, guard

    return asyncio.run(go())


def whole(policy, text: str):  # type: ignore[no-untyped-def]
    return asyncio.run(scan_texts(policy, [text], Direction.OUTPUT))


def expected_before_block(text: str, outcome, lang: str) -> str:  # type: ignore[no-untyped-def]
    """What may leave before the first blocked span: the text up to it, with the whole
    scan's own redactions (by their spans) applied — not a fresh scan of the cut text, whose
    matches can differ from the whole text's at the cut."""
    blocked = [f for f in outcome.decision.findings if f.category == "A1-h"]
    first_block = min(f.start for f in blocked)
    before = [f for f in outcome.findings[0] if f.category != "A1-h" and f.end <= first_block]
    redactions = decide(BLOCKING, before, Direction.OUTPUT, lang).redactions
    return apply_redactions(text[:first_block], redactions, BLOCKING, lang)


def check(text: str, cuts: list[int]) -> None:
    for policy in (REDACTING, WORDS):
        released, guard = run_stream(policy, text, cuts)
        assert released == whole(policy, text).texts[0]
        assert not guard.blocked

    released, guard = run_stream(BLOCKING, text, cuts)
    outcome = whole(BLOCKING, text)
    if outcome.decision.action is Action.BLOCK:
        assert guard.blocked
        expected = expected_before_block(text, outcome, guard.lang)
        assert expected.startswith(released), (released, expected)
    else:
        assert not guard.blocked
        assert released == outcome.texts[0]


@pytest.mark.parametrize(
    "text",
    [
        # Found while making this check exact: the old one asked whether a PII value occurred
        # anywhere in the released text (a substring), and a re-scan of the cut text as the
        # oracle; both judge by characters, not by the spans the guard decided on.
        "a@b.cn炸弹制作",
        "138 1234 5678炸弹制作a@b.cn",
        "好a@b.cn 大麻烦大麻",
    ],
)
def test_pinned_block_cases(text: str) -> None:
    for cut in range(1, len(text)):
        check(text, [cut])
    check(text, list(range(1, len(text))))


@pytest.mark.parametrize("text", FIXTURES)
def test_every_single_split_point(text: str) -> None:
    for cut in range(1, len(text)):
        check(text, [cut])


@pytest.mark.parametrize("text", FIXTURES)
def test_one_character_chunks(text: str) -> None:
    check(text, list(range(1, len(text))))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_splits(data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(FIXTURES))
    cuts = data.draw(
        st.lists(st.integers(min_value=1, max_value=max(1, len(text) - 1)), max_size=12)
    )
    check(text, cuts)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(
        st.sampled_from(
            [
                "炸弹制作",
                "11010519491231002X",
                "a@b.cn",
                "大麻烦",
                "大麻",
                " ",
                "，",
                "好",
                "ok",
                "138 1234 5678",
                "forbidden",
                "phrase",
                "\u200b",
                "ａｓｓ",
                "路口",
                "口交",
                "交通",
            ]
        ),
        max_size=10,
    ),
    cuts=st.lists(st.integers(min_value=1, max_value=120), max_size=10),
)
def test_random_compositions(parts: list[str], cuts: list[int]) -> None:
    text = "".join(parts)
    check(text, [c for c in cuts if c < len(text)])


GLUED = [
    "11010519491231002X",
    "138 1234 5678",
    "13812345678",
    "6222021234567890128",
    "6222 0212 3456 7890 128",
    "10.20.30.40",
    "a@b.cn",
    "GB82WEST12345698765432",
    "123-45-6789",
    "(212) 555-0123",
    "+44 20 7946 0958",
    "4111 1111 1111 1111",
    "555-0199",
    "91350100M000100Y43",
    "0755-86013388",
    "电话",
    " ",
    "，",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(st.sampled_from(GLUED), min_size=2, max_size=6),
    cuts=st.lists(st.integers(min_value=1, max_value=120), max_size=6),
)
def test_glued_values_mask_alike_whole_or_split(parts: list[str], cuts: list[int]) -> None:
    """Values run into each other: which candidate a pattern finds must not depend on where
    a scan starts (a stream resumes mid-run). Before the leftmost-longest sweep, 53 of 2,481
    such compositions released a character the whole-text scan masked."""
    text = "".join(parts)
    cuts = [c for c in cuts if c < len(text)]
    released, _ = run_stream(REDACTING, text, cuts)
    assert released == whole(REDACTING, text).texts[0]
