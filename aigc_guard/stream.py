"""The stream guard: release streamed text only once every span classifier has seen it.

Each text of a streamed answer (a choice's content, its reasoning, each tool call's
arguments) is a *channel*. For a channel, text up to ``released`` has gone to the client;
the rest is held. After each piece:

1. every span classifier scans from ``released`` and says where a finding could still
   begin (``pending``): the lexicon holds its longest term, patterns hold a partial match;
2. findings that start before that point are final; the releasable point is pulled back
   to the start of any final finding that runs past it;
3. the decision over all final findings of the answer is taken: a block cuts the stream,
   redactions rewrite the released piece.

So no character of a blocked span, and no unredacted PII, is ever released, and the
released text is what the non-streaming path would return (or a prefix of it). Sentence
classifiers run on whole sentences: ``strict`` mode holds text until its sentence is judged,
``fast`` mode judges sentences behind the released text and cuts when one fires — except
phrases that hold in streams (``hold_in_streams``): from their first trigger word a sentence
is held until they have judged it, inline; and a span finding that a blocking rule would act
on once a sentence classifier ``also`` agrees: from that finding its sentence is held and
judged inline, as strict mode would, so the block it may complete comes before the span left.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

import regex

from . import metrics
from .classifiers.base import Finding, SpanClassifier, SpanScanner, TextClassifier
from .decision import Decision, apply_redactions, decide
from .engine import ModelJob, failure_findings, judging, model_jobs, placed, run_text
from .language import detect_language
from .policy.compiled import CompiledRule, Policy
from .policy.schema import Action, Direction

__all__ = ["StreamGuard"]

SENTENCE_END = regex.compile(r"[。！？；…!?.\n]+")


@dataclass
class _Channel:
    key: Hashable
    scanners: list[SpanScanner]
    text: str = ""
    released: int = 0
    judged: int = 0  # sentence classifiers have judged text[:judged]
    findings: list[Finding] = field(default_factory=list)  # every decided finding, for audit
    finished: bool = False
    # A span held for a companion (a rule's ``also``) that may still come: from, until judged to.
    awaiting_from: int | None = None
    awaiting_until: int = 0


class StreamGuard:
    """Guards every text of one streamed answer under one policy snapshot. ``asked``: the
    findings of the request it answers (rules' ``asked`` read them)."""

    def __init__(
        self,
        policy: Policy,
        direction: Direction = Direction.OUTPUT,
        *,
        asked: Sequence[Finding] = (),
    ) -> None:
        self.policy = policy
        self.direction = direction
        self.asked = tuple(asked)
        classifiers = policy.classifiers_for(direction)
        self._span = [c for c in classifiers if isinstance(c, SpanClassifier)]
        self._sentence = [c for c in classifiers if isinstance(c, TextClassifier)]
        self._strict = policy.config.stream.mode == "strict" and bool(self._sentence)
        # ``fast``: phrases that hold their sentences (cheap) are judged inline, models behind.
        self._holding = [] if self._strict else [c for c in self._sentence if c.holds_in_streams]
        self._behind = [c for c in self._sentence if c not in self._holding]
        self._awaiting = _blocks_awaiting_sentences(policy, self._sentence)
        # The classifiers whose findings can complete such a block (None: any classifier).
        self._completing = {
            condition.classifier
            for rule in self._awaiting
            for condition in (rule.rule.when, *rule.rule.companions)
        }
        self._max_window = policy.config.stream.max_window
        self._channels: dict[Hashable, _Channel] = {}
        self._pending: set[asyncio.Future[list[Finding]]] = set()  # fast-mode judgements
        self._lang: str | None = None
        self._tally = metrics.StreamTally(direction.value)
        self.decision: Decision = Decision(Action.ALLOW)

    @property
    def blocked(self) -> bool:
        return self.decision.action is Action.BLOCK

    @property
    def lang(self) -> str:
        if self.policy.config.language != "auto":
            return self.policy.config.language
        return self._lang or "en"

    def held_back(self) -> int:
        """Characters received but not yet released, over all channels."""
        return sum(len(c.text) - c.released for c in self._channels.values())

    def channels(self) -> list[Hashable]:
        return list(self._channels)

    def texts(self) -> list[str]:
        """Every channel's text as received (for the audit's content hash)."""
        return [c.text for c in self._channels.values()]

    def findings(self) -> list[list[Finding]]:
        """Every channel's decided findings, in the order of :meth:`texts`."""
        return [list(c.findings) for c in self._channels.values()]

    async def feed(self, key: Hashable, piece: str) -> str:
        """Add ``piece`` to channel ``key``; return the text that may be released now."""
        channel = self._channels.get(key)
        if channel is None:
            channel = self._channels[key] = _Channel(key, [c.scanner() for c in self._span])
        if self.blocked or channel.finished:
            return ""
        channel.text += piece
        if self._lang is None and piece.strip():
            self._lang = detect_language(piece)
        released = await self._advance(channel, final=False)
        self._tally.chunk(len(piece), len(channel.text) - channel.released)
        return released

    async def finish(self, key: Hashable) -> str:
        """The channel ended: scan what is held as final and return what may go out."""
        channel = self._channels.get(key)
        if channel is None or channel.finished or self.blocked:
            return ""
        released = await self._advance(channel, final=True)
        channel.finished = True
        self._tally.flush()
        return released

    async def finish_all(self) -> dict[Hashable, str]:
        """End every open channel (end of stream); returns the released tails by key."""
        tails: dict[Hashable, str] = {}
        for key in list(self._channels):
            tail = await self.finish(key)
            if tail:
                tails[key] = tail
        return tails

    async def _advance(self, channel: _Channel, *, final: bool) -> str:
        text, start = channel.text, channel.released
        pending = len(text)
        found: list[Finding] = []
        for scanner in channel.scanners:
            began = time.perf_counter()
            try:
                hits, point = scanner.advance(text, start, final)
            except Exception as exc:
                hits, point = failure_findings(scanner.classifier, exc), len(text)
            self._tally.timed(scanner.classifier.id, time.perf_counter() - began)
            if hits:
                found.extend(hits)
            if point < pending:
                pending = max(point, start)
        if not found and not self._sentence:  # the common case: nothing found, no models
            channel.released = pending
            return text[start:pending]

        final_hits = [f for f in found if f.start is None or f.start < pending]
        safe = pending
        for finding in final_hits:
            if finding.start is not None and finding.end is not None and finding.end > safe:
                safe = min(safe, finding.start)
        if self._sentence:
            self._await_companions(channel, final_hits)
            inline = not final and channel.awaiting_from is not None
            final_hits.extend(await self._judge_sentences(channel, final, safe, inline))
            if (self._strict or inline) and not final:
                safe = max(start, min(safe, channel.judged))  # fast mode may have released more
            elif self._holding and not final:
                safe = min(safe, self._hold_point(channel))
            if channel.awaiting_from is not None and not final:
                if channel.judged < channel.awaiting_until:
                    safe = max(start, min(safe, channel.awaiting_from))
                else:
                    channel.awaiting_from = None

        recorded = [f for f in final_hits if f.start is None or f.start < safe]
        redactions = self._record(channel, recorded)
        held = [f for f in final_hits if f not in recorded]
        if held:
            # Final findings held for later still count for a block decided right now.
            probe = self._completed(channel.findings, held)
            if probe.action is Action.BLOCK:
                channel.findings.extend(held)
                self.decision = self.decision.merged(probe)
        if self.blocked:
            self._tally.flush()
            return ""

        piece = text[start:safe]
        inside = [f for f in redactions if f.start is not None and start <= f.start < safe]
        if inside:
            piece = apply_redactions(piece, inside, self.policy, self.lang, offset=start)
        channel.released = safe
        return piece

    def _record(self, channel: _Channel, findings: list[Finding]) -> list[Finding]:
        """Decide over new final findings, fold that into the answer's decision and return
        the redactions it adds (every earlier one lies before the released text).

        Incremental on purpose: the most severe action wins and redactions add up, so a
        decision over each batch, merged, equals one decision over all findings.
        """
        if not findings:
            return []
        for finding in findings:
            metrics.child(metrics.FINDINGS, finding.classifier, finding.category).inc()
        batch = self._completed(channel.findings, findings)
        channel.findings.extend(findings)
        self.decision = self.decision.merged(batch)
        return list(batch.redactions) if batch.action is Action.REDACT else []

    async def _judge_sentences(
        self, channel: _Channel, final: bool, safe: int, inline: bool = False
    ) -> list[Finding]:
        """Sentence classifiers on the sentences completed since the last judgement.

        ``strict`` (or ``inline``: a span finding awaits them): awaited, the text held until
        judged. ``fast``: started in the background and collected at a later piece, so the
        stream runs on while a model judges; every pending judgement is awaited when the
        channel ends."""
        if inline and self._pending:  # the finding's sentence may be out being judged
            await asyncio.wait(self._pending)
        found = self._collect_done()
        sentence = self._next_sentence(channel, final, safe, bounded=self._strict or inline)
        if sentence is not None:
            if self._strict or final or inline:
                found.extend(await self._judge(*sentence, self._sentence, channel.text))
            else:
                if self._holding:
                    found.extend(await self._judge(*sentence, self._holding, channel.text))
                if self._behind:
                    judging = self._judge(*sentence, self._behind, channel.text)
                    self._pending.add(asyncio.ensure_future(judging))
        if final and self._pending:
            await asyncio.wait(self._pending)
            found.extend(self._collect_done())
        return found

    def _collect_done(self) -> list[Finding]:
        found: list[Finding] = []
        for task in [t for t in self._pending if t.done()]:
            self._pending.discard(task)
            if not task.cancelled():
                found.extend(task.result())
        return found

    def close(self) -> None:
        """The stream is over (cut or closed): judgements still running are not needed."""
        for task in self._pending:
            task.cancel()
        self._pending.clear()
        self._tally.flush()

    def _completed(self, earlier: list[Finding], new: list[Finding]) -> Decision:
        """The decision over ``new`` findings, the text's ``earlier`` ones read by ``also`` and
        ``unless`` (a discouraging lead excuses a later sentence, as in the whole text); a block
        also when, with them, a rule's ``also`` is met (a term one sentence, 加微信 the next),
        as the whole text would be decided."""
        batch = decide(
            self.policy, new, self.direction, self.lang, asked=self.asked, earlier=earlier
        )
        if batch.action is Action.BLOCK or not earlier or not self._completing:
            return batch
        if None not in self._completing and not any(f.classifier in self._completing for f in new):
            return batch  # nothing new that such a block reads (PII, other flags): no re-decision
        whole = decide(self.policy, [*earlier, *new], self.direction, self.lang, asked=self.asked)
        if whole.action is not Action.BLOCK:
            return batch
        return batch.merged(dataclasses.replace(whole, findings=tuple(new), redactions=()))

    def _await_companions(self, channel: _Channel, findings: list[Finding]) -> None:
        """Hold, from its start, a span finding that a blocking rule acts on once a sentence
        classifier of its ``also`` agrees, until the text a window past it is judged: the
        companion may come in its sentence or the next (百家乐是一种纸牌游戏。想玩的加微信。)."""
        for finding in findings:
            if finding.start is None or finding.end is None:
                continue
            if any(rule.matches(finding, self.direction) for rule in self._awaiting):
                if channel.awaiting_from is None or finding.start < channel.awaiting_from:
                    channel.awaiting_from = max(finding.start, channel.released)
                channel.awaiting_until = max(channel.awaiting_until, finding.end + self._max_window)

    def _next_sentence(
        self, channel: _Channel, final: bool, safe: int, bounded: bool
    ) -> tuple[str, int, int] | None:
        """The next stretch to judge (text, start, end), marking it judged; ``None`` if none.
        ``bounded``: only text the span classifiers have cleared (up to ``safe``)."""
        text = channel.text
        limit = len(text) if final else (safe if bounded else len(text))
        end = channel.judged
        for match in SENTENCE_END.finditer(text, channel.judged, limit):
            end = match.end()
        if final:
            end = len(text)
        elif end - channel.judged < 1 and limit - channel.judged >= self._max_window:
            end = channel.judged + self._max_window
        if end <= channel.judged:
            return None
        start = channel.judged
        channel.judged = end
        sentence = text[start:end]
        return (sentence, start, end) if sentence.strip() else None

    def _hold_point(self, channel: _Channel) -> int:
        """Where the first trigger of a holding phrase lies in the sentence not yet judged."""
        point = len(channel.text)
        for classifier in self._holding:
            at = classifier.hold_from(channel.text, channel.judged)
            if at is not None and at < point:
                point = at
        return max(point, channel.released)

    async def _judge(
        self, sentence: str, offset: int, end: int, classifiers: list[TextClassifier], text: str
    ) -> list[Finding]:
        """Judge one sentence (``text[offset:end]``); a model with ``min_chars`` judges it with
        the sentences before it (:func:`window_start`), as a whole answer would be judged."""
        limit = self.policy.config.limits.max_model_chars
        by_start: dict[int, list[TextClassifier]] = {}
        for classifier in classifiers:
            least, context = classifier.options.min_chars, classifier.options.context_chars
            start = min(
                window_start(text, offset, end, least), context_start(text, offset, context)
            )
            by_start.setdefault(start, []).append(classifier)
        jobs: list[tuple[int, ModelJob]] = [
            (start, job)
            for start, group in by_start.items()
            for job in model_jobs(group, sentence if start == offset else text[start:end])
        ]
        found: list[Finding] = []
        with judging(self.direction):
            results = await asyncio.gather(
                *(run_text(c, judged, limit) for _, (c, judged, _) in jobs)
            )
        for (start, (_, _, payload)), hits in zip(jobs, results, strict=True):
            for hit in placed(hits, payload):
                begin = start if hit.start is None else start + hit.start
                end_at = end if hit.end is None else start + hit.end
                found.append(dataclasses.replace(hit, start=begin, end=end_at))
        return found


def _blocks_awaiting_sentences(
    policy: Policy, sentence: list[TextClassifier]
) -> list[CompiledRule]:
    """The policy's blocking rules whose ``also`` names a sentence classifier."""
    judges = {c.id for c in sentence}
    off = policy.disabled or frozenset()
    return [
        rule
        for rule in policy.rules
        if rule.id not in off
        and rule.rule.action is Action.BLOCK
        and any(c.classifier is None or c.classifier in judges for c in rule.rule.companions)
    ]


def context_start(text: str, start: int, context: int) -> int:
    """Where a sentence classifier with ``context`` characters of context starts reading the
    sentence at ``start``: at the first sentence start at most ``context`` characters before it
    (``start`` itself when there is none, or no context)."""
    if context <= 0 or start <= 0:
        return start
    earliest = max(0, start - context)
    if earliest == 0:
        return 0
    for match in SENTENCE_END.finditer(text, earliest, start):
        return match.end()
    return start


def window_start(text: str, start: int, end: int, least: int) -> int:
    """Where a model that reads at least ``least`` characters starts reading the sentence
    ``text[start:end]``: at ``start`` if it is long enough, else at the start of an earlier
    sentence (the answer's start at the earliest)."""
    bound = end - least
    if bound >= start:
        return start
    if bound <= 0:
        return 0
    earliest = max(0, bound - least)
    earlier = earliest if earliest == 0 else bound  # the answer's start is a sentence start
    for match in SENTENCE_END.finditer(text, earliest, bound):
        earlier = match.end()
    return earlier
