"""Sentence-level classifiers in streams: strict mode holds to a sentence end, fast mode cuts."""

from __future__ import annotations

import asyncio
import base64
from pathlib import Path
from typing import Any, ClassVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aigc_guard.classifiers import BuildContext, ClassifierOptions, Finding, TextClassifier
from aigc_guard.classifiers.registry import register_classifier
from aigc_guard.decision import Decision
from aigc_guard.engine import scan_texts
from aigc_guard.policy.loader import parse_policy
from aigc_guard.policy.schema import Action, Direction
from aigc_guard.stream import StreamGuard, context_start, window_start


class SentenceWords(TextClassifier):
    """Fires on whole sentences that contain a word (stands in for a model)."""

    type_name = "sentence_words"
    seen: ClassVar[list[str]] = []

    def __init__(self, classifier_id: str, options: ClassifierOptions, word: str) -> None:
        super().__init__(classifier_id, options)
        self.word = word

    @classmethod
    def build(cls, classifier_id: str, raw: dict[str, Any], context: BuildContext) -> SentenceWords:
        options = {k: v for k, v in raw.items() if k != "word"}
        return cls(classifier_id, ClassifierOptions.model_validate(options), raw["word"])

    def categories(self) -> frozenset[str]:
        return frozenset({"toxicity"})

    async def classify(self, texts: list[str]) -> list[list[Finding]]:
        self.seen.extend(texts)
        return [[Finding(self.id, "toxicity", 0.9)] if self.word in t else [] for t in texts]


register_classifier("sentence_words", SentenceWords)


def policy(mode: str, min_chars: int = 0, context_chars: int = 0):  # type: ignore[no-untyped-def]
    return parse_policy(
        f"""version: 1
classifiers:
  model: {{type: sentence_words, word: 坏话, min_chars: {min_chars},
          context_chars: {context_chars}}}
rules:
  - {{when: {{classifier: model}}, action: block}}
stream: {{mode: {mode}, max_window: 40}}
""",
        base_dir=Path("."),
    )


def run(
    mode: str, text: str, size: int = 2, min_chars: int = 0, context_chars: int = 0
) -> tuple[list[str], StreamGuard]:
    async def go() -> tuple[list[str], StreamGuard]:
        guard = StreamGuard(policy(mode, min_chars, context_chars), Direction.OUTPUT)
        released = []
        for i in range(0, len(text), size):
            released.append(await guard.feed((0, "content", 0), text[i : i + size]))
            if guard.blocked:
                return released, guard
            await asyncio.sleep(0.001)  # pieces arrive over time, as in a real stream
        released.append("".join((await guard.finish_all()).values()))
        return released, guard

    return asyncio.run(go())


def test_strict_mode_releases_only_judged_sentences() -> None:
    released, guard = run("strict", "第一句很好。第二句有坏话。第三句。")
    assert guard.blocked
    assert "".join(released) == "第一句很好。"
    assert released[0] == ""  # nothing leaves before its sentence is judged


def test_fast_mode_releases_at_once_and_cuts_when_a_sentence_fires() -> None:
    released, guard = run("fast", "第一句很好。第二句有坏话。第三句。")
    assert guard.blocked
    text = "".join(released)
    assert text.startswith("第一句很好。") and "第三句" not in text
    assert released[0] == "第一"  # released before the sentence was judged


class Gated(TextClassifier):
    """A model whose verdict waits until the test opens the gate."""

    type_name = "gated"
    gate: ClassVar[asyncio.Event | None] = None

    @classmethod
    def build(cls, classifier_id: str, raw: dict[str, Any], context: BuildContext) -> Gated:
        return cls(classifier_id, ClassifierOptions.model_validate(raw))

    def categories(self) -> frozenset[str]:
        return frozenset({"toxicity"})

    async def classify(self, texts: list[str]) -> list[list[Finding]]:
        assert self.gate is not None
        await self.gate.wait()
        return [[Finding(self.id, "toxicity", 0.9)] for _ in texts]


register_classifier("gated", Gated)


def test_fast_mode_streams_on_while_a_verdict_is_pending_then_cuts() -> None:
    gated = parse_policy(
        "version: 1\nclassifiers:\n  model: {type: gated, timeout_ms: 5000}\n"
        "rules:\n  - {when: {classifier: model}, action: block}\nstream: {mode: fast}\n",
        base_dir=Path("."),
    )

    async def go() -> tuple[str, str, StreamGuard]:
        Gated.gate = asyncio.Event()
        guard = StreamGuard(gated, Direction.OUTPUT)
        early = await guard.feed((0, "content", 0), "第一句。")
        early += await guard.feed((0, "content", 0), "第二句在模型判断时照常发出")
        Gated.gate.set()  # the verdict arrives
        for _ in range(500):  # a busy machine may take more than a few loop turns
            if all(task.done() for task in guard._pending):
                break
            await asyncio.sleep(0.01)
        late = await guard.feed((0, "content", 0), "。第三句")
        return early, late, guard

    early, late, guard = asyncio.run(go())
    assert early == "第一句。第二句在模型判断时照常发出"  # not held for the pending verdict
    assert guard.blocked and late == ""  # cut as soon as the verdict fired


def test_strict_mode_judges_a_long_sentence_at_the_window() -> None:
    SentenceWords.seen.clear()
    released, guard = run("strict", "没有句号的很长的一段话" * 6, size=5)
    assert not guard.blocked and "".join(released) == "没有句号的很长的一段话" * 6
    assert all(len(s) <= 40 for s in SentenceWords.seen[:-1])


ANSWER = "第一句话很平常。第二句也是。第三句有坏话。第四句收尾。"


def test_a_model_with_min_chars_skips_short_texts_whole_and_in_streams() -> None:
    SentenceWords.seen.clear()
    short = "这句有坏话。"
    whole = asyncio.run(scan_texts(policy("strict", min_chars=10), [short], Direction.OUTPUT))
    assert whole.decision.action is Action.ALLOW and SentenceWords.seen == []
    released, guard = run("strict", short, min_chars=10)
    assert not guard.blocked and "".join(released) == short and SentenceWords.seen == []
    long_enough = asyncio.run(scan_texts(policy("strict", 10), [ANSWER], Direction.OUTPUT))
    assert long_enough.decision.action is Action.BLOCK


@pytest.mark.parametrize("mode", ["strict", "fast"])
def test_in_streams_a_model_with_min_chars_reads_a_sentence_with_those_before_it(mode: str) -> None:
    SentenceWords.seen.clear()
    released, guard = run(mode, ANSWER, min_chars=12)
    assert guard.blocked and "第四句" not in "".join(released)
    assert SentenceWords.seen, "the model judged something"
    assert all(len(s.strip()) >= 12 for s in SentenceWords.seen)
    fired = next(s for s in SentenceWords.seen if "坏话" in s)
    assert fired.startswith("第二句")  # the sentence before it, whole, not a cut word
    blocking = [f for f in guard.decision.findings if f.classifier == "model"]
    assert ANSWER[blocking[0].start : blocking[0].end] == fired


@pytest.mark.parametrize("mode", ["strict", "fast"])
def test_context_chars_reads_each_sentence_with_those_before_it_and_skips_nothing(
    mode: str,
) -> None:
    """``context_chars`` (minors_sexual: an age told in one sentence, an act in the next): every
    sentence is judged with the whole sentences that end within that many characters before it,
    however short the text; without it a stream judges each sentence alone."""
    SentenceWords.seen.clear()
    _, guard = run(mode, "短句。也短。有坏话。", context_chars=4)
    assert guard.blocked
    # each with the sentences that end within 4 characters before it: 短句。 is too far for
    # the third (the text's start is no farther than 4 from the second)
    assert SentenceWords.seen == ["短句。", "短句。也短。", "也短。有坏话。"]
    SentenceWords.seen.clear()
    run(mode, "短句。也短。有坏话。")
    assert "有坏话。" in SentenceWords.seen and not any("也短。有" in s for s in SentenceWords.seen)


def test_context_start_is_a_sentence_start_within_reach() -> None:
    text = "第一句话。第二句。第三句。"
    third = text.index("第三句")
    assert context_start(text, third, 0) == third
    assert context_start(text, third, 4) == third  # 第二句。 does not fit
    assert context_start(text, third, 5) == text.index("第二句")
    assert context_start(text, third, 100) == 0


@pytest.mark.parametrize("mode", ["strict", "fast"])
def test_a_model_with_min_chars_reads_an_encoded_answer_streamed_in_pieces(mode: str) -> None:
    # A window of base64 as long as min_chars decodes to a third as many Chinese characters;
    # the length that counts is the text's as written, or an encoded answer slips past the
    # model that would stop it plain (AISafetyLab's answers in base64: 15 of 30 cut before).
    plain = "这一段很平常。" * 3 + "这里有坏话。" + "结尾也平常。" * 3
    encoded = base64.encodebytes(plain.encode())
    answer = "Here you go:\n" + encoded.decode()
    released, guard = run(mode, answer, size=4, min_chars=40)
    assert guard.blocked
    assert len("".join(released)) < len(answer)


@pytest.mark.parametrize(
    ("start", "end", "least", "expected"),
    [
        (14, 21, 0, 14),  # no minimum: the sentence alone
        (14, 21, 7, 14),  # long enough alone
        (14, 21, 10, 8),  # the sentence before it joins, from its start
        (14, 21, 16, 0),  # no sentence end before: from the answer's start
        (14, 21, 30, 0),  # the answer so far is shorter: from the start
        (30, 38, 10, 28),  # no sentence end near: mid-sentence
    ],
)
def test_window_start(start: int, end: int, least: int, expected: int) -> None:
    text = ANSWER if end <= len(ANSWER) else "字" * 40
    assert window_start(text, start, end, least) == expected


def holding_policy(hold: bool):  # type: ignore[no-untyped-def]
    return parse_policy(
        f"""version: 1
classifiers:
  model: {{type: gated, timeout_ms: 5000}}
  phrase:
    type: phrases
    hold_in_streams: {str(hold).lower()}
    patterns:
      - {{name: kid-harm, pattern: "小孩[^。]{{0,6}}坏事", triggers: [小孩, 坏事], category: harm}}
rules:
  - {{when: {{classifier: phrase}}, action: block}}
stream: {{mode: fast}}
""",
        base_dir=Path("."),
    )


def run_back_to_back(policy: Any, text: str, size: int) -> tuple[str, StreamGuard]:
    """``text`` in pieces of ``size`` with no pause between them (a verdict judged behind
    the text would trail it); a model that never answers sits beside the phrases."""

    async def go() -> tuple[str, StreamGuard]:
        Gated.gate = asyncio.Event()  # never set: only the phrase can decide
        guard = StreamGuard(policy, Direction.OUTPUT)
        released = []
        for i in range(0, len(text), size):
            released.append(await guard.feed((0, "content", 0), text[i : i + size]))
            if guard.blocked:
                break
        guard.close()
        return "".join(released), guard

    return asyncio.run(go())


def test_fast_mode_holds_a_sentence_from_a_trigger_of_a_holding_phrase() -> None:
    text = "第一句很好。这里有小孩在做坏事。第三句。"
    for size in range(1, 8):
        released, guard = run_back_to_back(holding_policy(True), text, size)
        assert guard.blocked, size
        assert released == "第一句很好。这里有", (size, released)
    # The same phrase judged behind the text, as a model is, lets the sentence out first.
    released, guard = run_back_to_back(holding_policy(False), text, 2)
    assert "小孩在做坏事" in released


def test_a_held_sentence_goes_out_at_its_end_when_it_is_clean() -> None:
    text = "第一句很好。小孩在公园玩。第三句"
    released, guard = run_back_to_back(holding_policy(True), text, 2)
    assert not guard.blocked
    assert released == "第一句很好。小孩在公园玩。第三句"
    released, _ = run_back_to_back(holding_policy(True), "小孩在公园玩", 2)
    assert released == ""  # held: the sentence has not ended


def test_the_hold_starts_at_a_trigger_split_across_pieces_or_spelt_apart() -> None:
    async def released_after(*pieces: str) -> str:
        guard = StreamGuard(holding_policy(True), Direction.OUTPUT)
        return "".join([await guard.feed((0, "content", 0), piece) for piece in pieces])

    assert asyncio.run(released_after("没事。这里有小")) == "没事。这里有"
    assert asyncio.run(released_after("没事。这里有小", "孩")) == "没事。这里有"
    assert asyncio.run(released_after("没事。这里有小 ", "孩")) == "没事。这里有"
    assert asyncio.run(released_after("没事。这里有很多人")) == "没事。这里有很多人"


async def split_and_whole(
    policy: Any, text: str, cuts: list[int]
) -> tuple[str, StreamGuard, Decision]:
    """``text`` streamed in pieces split at ``cuts``: what was released, the guard, and the
    decision on the whole text. A ``Gated`` model answers at once when its gate is unset."""
    if Gated.gate is None:
        Gated.gate = asyncio.Event()
        Gated.gate.set()
    guard = StreamGuard(policy, Direction.OUTPUT)
    released = []
    for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True):
        released.append(await guard.feed((0, "content", 0), text[start:end]))
    released.append("".join((await guard.finish_all()).values()))
    whole = (await scan_texts(policy, [text], Direction.OUTPUT)).decision
    return "".join(released), guard, whole


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_no_chunking_releases_a_word_of_a_held_sentence_it_blocks(data: st.DataObject) -> None:
    """Whatever the split points, plain, spaced or with a zero-width space: the stream is
    blocked when the whole text is, and then the client got a prefix of the text that ends
    before the sentence's first trigger."""
    before = data.draw(st.sampled_from(["", "第一句很好。", "好的。这里有", "天气不错！我们看到"]))
    kid = data.draw(st.sampled_from(["小孩", "小 孩", "小\u200b孩"]))
    text = before + kid + "在做坏事。第三句。"
    cuts = sorted(data.draw(st.sets(st.integers(1, len(text) - 1), max_size=10)))

    Gated.gate = None  # the model beside the phrase answers at once (no rule reads it)
    released, guard, whole = asyncio.run(split_and_whole(holding_policy(True), text, cuts))
    assert guard.blocked == (whole.action is Action.BLOCK), (cuts, released)
    if guard.blocked:
        assert text.startswith(released) and len(released) <= text.index("小"), (cuts, released)
    else:
        assert released == text


def awaiting_policy(mode: str):  # type: ignore[no-untyped-def]
    """A lexicon term blocks only when a sentence classifier also fires (cn-tc260's spam
    blocks: an ad, not a law or a warning that names the scheme)."""
    return parse_policy(
        f"""version: 1
classifiers:
  terms: {{type: lexicon, terms: [代开发票], category: A3-e}}
  ad: {{type: sentence_words, word: 加微信}}
rules:
  - {{when: {{classifier: terms}}, also: {{classifier: ad}}, action: block}}
  - {{when: {{classifier: terms}}, action: flag}}
stream: {{mode: {mode}}}
""",
        base_dir=Path("."),
    )


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_span_whose_block_awaits_a_sentence_classifier_never_leaks(
    data: st.DataObject,
) -> None:
    """Whatever the split points, in either mode: when the whole text is blocked, no character
    of the term leaves; when it is not, all of it does."""
    before = data.draw(st.sampled_from(["", "好的。", "第一句很好。这里"]))
    after = data.draw(
        st.sampled_from(
            [
                "，加微信。第三句。",
                "是违法的。第三句。",
                "，量大从优加微信",
                "是违法的。想要的加微信。",  # the companion in the next sentence
                "随时能开" * 55 + "加微信",  # …or past a window-long stretch with no full stop
                "是违法的。" + "第三句。" * 60,  # none within a window: the term goes out
            ]
        )
    )
    text = before + "代开发票" + after
    cuts = sorted(data.draw(st.sets(st.integers(1, len(text) - 1), max_size=8)))
    mode = data.draw(st.sampled_from(["fast", "strict"]))
    released, guard, whole = asyncio.run(split_and_whole(awaiting_policy(mode), text, cuts))
    assert guard.blocked == (whole.action is Action.BLOCK) == ("加微信" in text), (cuts, released)
    if guard.blocked:
        assert text.startswith(released) and "代" not in released, (mode, cuts, released)
    else:
        assert released == text, (mode, cuts, released)


def test_fast_mode_releases_text_before_an_awaiting_span_at_once() -> None:
    pieces = ["第一句很好。这里", "代开发票", "是违法的。", "第三句。" * 60, "第四句"]

    async def go() -> list[str]:
        guard = StreamGuard(awaiting_policy("fast"), Direction.OUTPUT)
        return [await guard.feed((0, "content", 0), piece) for piece in pieces]

    # the term waits until a window past it (200 characters) is judged, the companion may
    # come in the next sentence; text before it goes out at once, and all of it after that
    released = asyncio.run(go())
    assert released[:3] == ["第一句很好。这里", "", ""], released
    assert released[3].startswith("代开发票") and "".join(released) == "".join(pieces), released
