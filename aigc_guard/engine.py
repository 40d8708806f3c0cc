"""Run a policy's classifiers over texts and decide: the non-streaming path.

Span classifiers are synchronous and run inline; text classifiers (models) are awaited with
their time limit. A crash or time-out follows the classifier's failure mode and is counted,
never taken for a pass.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import functools
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from . import metrics
from .batching import Overloaded
from .classifiers.base import (
    CONVERSATION,
    Classifier,
    FailureMode,
    Finding,
    SpanClassifier,
    TextClassifier,
    strongest_per_category,
)
from .decision import FAILURE_CATEGORY, Decision, apply_redactions, decide
from .errors import ClassifierError
from .evasions import evasion_view, model_text
from .homophones import tables_ready
from .language import detect_language, model_language
from .payloads import Payload, hidden_payloads, possible_payloads, request_payloads
from .pinyin import pinyin_readings
from .policy.compiled import Policy
from .policy.schema import Direction
from .pretexts import outside_pretexts, pretext_spans, request_view

__all__ = [
    "ScanOutcome",
    "failure_findings",
    "judging",
    "run_span",
    "scan_each",
    "scan_texts",
]

log = logging.getLogger("aigc_guard.engine")


@dataclass(frozen=True)
class ScanOutcome:
    """A decision over several texts, with each text as it must be sent on."""

    decision: Decision
    texts: list[str]
    findings: list[list[Finding]]


def failure_kind(exc: BaseException) -> str:
    """A bounded name for what went wrong (the ``kind`` label of classifier errors)."""
    if isinstance(exc, TimeoutError):
        return "timeout"
    if isinstance(exc, Overloaded):
        return "overloaded"
    if isinstance(exc, ClassifierError):
        return exc.kind
    return "exception"


def failure_findings(classifier: Classifier, exc: BaseException) -> list[Finding]:
    """Count a classifier failure and turn it into findings by the failure mode.

    An exception that is not a time-out or a known failure is a bug: its traceback is logged
    (never sent to a client), so fail-closed blocking is never a mystery."""
    mode = classifier.failure_mode
    kind = failure_kind(exc)
    metrics.CLASSIFIER_FAILURES.labels(classifier.id, mode.value).inc()
    metrics.CLASSIFIER_ERRORS.labels(classifier.id, kind).inc()
    log.warning(
        "classifier %s failed (%s, %s): %s",
        classifier.id,
        kind,
        mode.value,
        type(exc).__name__,
        exc_info=exc if kind == "exception" else None,
    )
    if mode is FailureMode.FAIL_OPEN:
        return []
    return [Finding(classifier.id, FAILURE_CATEGORY, 1.0)]


def _applies(classifier: Classifier, lang: str, text: str) -> bool:
    """Language and length limits apply to text classifiers (models); span classifiers always
    run, so a stream and a whole answer are scanned alike whatever language their first words
    are in. The length is the text's as written: a payload decoded from it is shorter (base64
    of 40 characters says 10 Chinese ones), and a stream's window of an encoded answer is as
    long as a plain answer's."""
    options = classifier.options
    if options.min_chars and len(text.strip()) < options.min_chars:
        return False
    return options.languages is None or lang in options.languages


def run_span(classifier: SpanClassifier, call: Callable[[], list[Finding]]) -> list[Finding]:
    """Run one span-classifier call with timing, counting and the failure mode."""
    with metrics.timing(classifier.id):
        try:
            return call()
        except Exception as exc:
            return failure_findings(classifier, exc)


async def run_text(classifier: TextClassifier, text: str, max_chars: int) -> list[Finding]:
    """One model judgement with its time limit; a text over ``max_chars`` is not sent."""
    if len(text) > max_chars:
        too_long = ClassifierError(classifier.id, "text too long to judge", kind="too_long")
        return failure_findings(classifier, too_long)
    readable, kept = model_text(text)
    evaded = evasion_view(readable)
    # Models also read a request without its pretexts (phrases do so themselves, where their
    # options say); a large request's were found off the event loop (`scan_texts`).
    pretextless = request_view(readable) if classifier.loads_model else None
    views = [v for v in (evaded, pretextless) if v is not None]
    if classifier.clears:  # instead of the request: a pretext neither vouches nor condemns
        first = readable if pretextless is None else pretextless.text
        texts = [first, *([] if evaded is None else [evaded.text])]
    else:
        texts = [readable, *(view.text for view in views)]
    with metrics.timing(classifier.id):
        try:
            async with asyncio.timeout(classifier.timeout):  # no extra task, unlike wait_for
                results = await classifier.classify(texts)
        except Exception as exc:  # TimeoutError included
            return failure_findings(classifier, exc)
    if classifier.clears:  # cleared only if every reading is cleared
        return [min((r[0] for r in results), key=lambda f: f.score)] if all(results) else []
    found = results[0]
    for view, seen in zip(views, results[1:], strict=True):
        found = strongest_per_category(
            found, [_spanned_in(f, view.origin, len(readable)) for f in seen]
        )
    if kept is None:
        return found
    return [_spanned_in(finding, kept, len(text)) for finding in found]


ModelJob = tuple[TextClassifier, str, Payload | None]


def model_jobs(
    classifiers: Sequence[TextClassifier], text: str, payloads: Sequence[Payload] | None = None
) -> list[ModelJob]:
    """What the models judge of one text: the text, by each model its language takes, and each
    payload it hides (:func:`~aigc_guard.payloads.hidden_payloads`, unless given), by each
    model the payload's own language takes — a base64 run in an English sentence may say
    Chinese."""
    lang = _language_for(classifiers, text)
    jobs: list[ModelJob] = [(c, text, None) for c in classifiers if _applies(c, lang, text)]
    for payload in hidden_payloads(text) if payloads is None else payloads:
        said = _language_for(classifiers, payload.text)
        jobs += [(c, payload.text, payload) for c in classifiers if _applies(c, said, text)]
    return jobs


def _language_for(classifiers: Sequence[TextClassifier], text: str) -> str:
    """:func:`model_language`, its language identifier asked only when one of ``classifiers``
    takes English and not the other languages or the reverse (a 2 KB answer costs it 4 ms;
    the shipped policies' answer models read ``[zh]`` or ``[en, other]``)."""
    if detect_language(text) == "zh":
        return "zh"
    if any(_tells_english_apart(c.options.languages) for c in classifiers):
        return model_language(text)
    return "en"


def _tells_english_apart(languages: Sequence[str] | None) -> bool:
    return languages is not None and ("en" in languages) != ("other" in languages)


def placed(findings: list[Finding], payload: Payload | None) -> list[Finding]:
    """Findings of a decoded payload placed on the encoded run they came from."""
    if payload is None:
        return findings
    return [dataclasses.replace(f, start=payload.start, end=payload.end) for f in findings]


def _spanned_in(finding: Finding, kept: Sequence[int], length: int) -> Finding:
    """A model's finding on the readable text, its span moved back onto the original."""
    if finding.start is None or finding.end is None:
        return finding
    start = kept[finding.start] if finding.start < len(kept) else length
    end = kept[finding.end - 1] + 1 if 0 < finding.end <= len(kept) else start
    return dataclasses.replace(finding, start=start, end=end)


@contextlib.contextmanager
def judging(direction: Direction) -> Iterator[None]:
    """Text classifiers called inside see ``direction`` in :data:`CONVERSATION`."""
    token = CONVERSATION.set(dataclasses.replace(CONVERSATION.get(), direction=direction.value))
    try:
        yield
    finally:
        CONVERSATION.reset(token)


def _span_findings(
    classifiers: Sequence[SpanClassifier], texts: Sequence[str], requests: bool = False
) -> tuple[list[list[Finding]], list[tuple[Payload, ...]]]:
    """Each text's span findings, its payloads' placed on them, and the payloads (found here,
    in the worker thread for a large text, and handed to the models' jobs); ``requests``:
    also what a request says in homophones."""
    per_text: list[list[Finding]] = []
    hidden: list[tuple[Payload, ...]] = []
    for text in texts:
        found: list[Finding] = []
        payloads = hidden_payloads(text) if text else ()
        if requests and text:
            payloads += request_payloads(text)
        if text:
            for classifier in classifiers:
                found.extend(run_span(classifier, functools.partial(classifier.scan, text)))
            for payload in payloads:
                for classifier in classifiers:
                    scan = functools.partial(classifier.scan, payload.text)
                    found.extend(placed(run_span(classifier, scan), payload))
        per_text.append(found)
        hidden.append(payloads)
    return per_text, hidden


async def _read_pretexts(
    policy: Policy,
    span: Sequence[SpanClassifier],
    models: bool,
    texts: Sequence[str],
    per_text: list[list[Finding]],
) -> None:
    """A request's pretext clauses: the findings of span classifiers that skip them dropped,
    and (for the models, which read the request without them) found once, cached — off the
    event loop for a large request, as the span scans are (25 ms at 64 K characters)."""
    skipping = {c.id for c in span if c.skips_pretexts}

    def read() -> None:
        if models:
            for text in texts:
                pretext_spans(model_text(text)[0])
        for index, text in enumerate(texts):
            own = [f for f in per_text[index] if f.classifier in skipping]
            if own:
                kept = outside_pretexts(own, text)
                per_text[index] = [
                    f for f in per_text[index] if f.classifier not in skipping
                ] + kept

    if not (models or skipping):
        return
    if sum(map(len, texts)) > policy.config.limits.inline_scan_chars:
        await asyncio.to_thread(read)
    else:
        read()


async def scan_texts(
    policy: Policy,
    texts: Sequence[str],
    direction: Direction,
    *,
    lang: str | None = None,
    asked: Sequence[Finding] = (),
) -> ScanOutcome:
    """Scan every text, decide once over all findings, and apply redactions per text.
    ``asked``: the findings of the request the texts answer (rules' ``asked`` read them).

    Span classifiers and the search for encoded payloads run inline for small inputs and in a
    worker thread past
    ``limits.inline_scan_chars`` (one large text must not stall every request of the
    process); text classifiers judge every text at once, so their batchers see them together.
    """
    classifiers = policy.classifiers_for(direction)
    span = [c for c in classifiers if isinstance(c, SpanClassifier)]
    models = [c for c in classifiers if isinstance(c, TextClassifier)]
    total = sum(len(t) for t in texts)
    metrics.child(metrics.SCANNED_CHARS, direction.value).inc(total)
    requests = direction is Direction.INPUT
    if total > policy.config.limits.inline_scan_chars or (requests and not tables_ready()):
        per_text, hidden = await asyncio.to_thread(_span_findings, span, texts, requests)
    else:
        per_text, hidden = _span_findings(span, texts, requests)
    if requests:
        await _read_pretexts(policy, span, bool(models), texts, per_text)
    if models:
        jobs = [
            (index, job)
            for index, text in enumerate(texts)
            if text
            for job in model_jobs(models, text, hidden[index])
        ]
        limit = policy.config.limits.max_model_chars
        with judging(direction):
            if len(jobs) == 1:  # the common case: one text, one model — no task to gather
                results = [await run_text(jobs[0][1][0], jobs[0][1][1], limit)]
            else:
                results = await asyncio.gather(*(run_text(c, t, limit) for _, (c, t, _) in jobs))
        for (index, (_, _, payload)), found in zip(jobs, results, strict=True):
            per_text[index].extend(placed(found, payload))
        if any(c.clears for c in models):
            _keep_whole_clearances(jobs, results, hidden, per_text)
    all_findings = [f for found in per_text for f in found]
    if not all_findings:  # the common case: nothing to count, no rule to match, no language
        return ScanOutcome(decide(policy, (), direction, "", per_text), list(texts), per_text)
    answer_lang = lang or _language_of(policy, texts, read_pinyin=True)
    for (classifier_id, category), count in collections.Counter(
        (f.classifier, f.category) for f in all_findings
    ).items():
        metrics.child(metrics.FINDINGS, classifier_id, category).inc(count)
    decision = decide(policy, all_findings, direction, answer_lang, per_text, asked=asked)
    rewritten = list(texts)
    if decision.redactions:
        for index, (text, found) in enumerate(zip(texts, per_text, strict=True)):
            own = decide(policy, found, direction, answer_lang, asked=asked)
            rewritten[index] = apply_redactions(text, own.redactions, policy, answer_lang)
    return ScanOutcome(decision, rewritten, per_text)


def _keep_whole_clearances(
    jobs: Sequence[tuple[int, ModelJob]],
    results: Sequence[list[Finding]],
    hidden: Sequence[Sequence[Payload]],
    per_text: list[list[Finding]],
) -> None:
    """Drop a clearing classifier's findings from a text unless it cleared the text and every
    payload the text hides (one in another language, which it never read, included): an
    English question that carries an encoded ask clears nothing."""
    clearing = {classifier.id for _, (classifier, _, _) in jobs if classifier.clears}
    cleared = collections.Counter(
        (index, classifier.id)
        for (index, (classifier, _, _)), found in zip(jobs, results, strict=True)
        if classifier.clears and found
    )
    for index, found in enumerate(per_text):
        pieces = 1 + len(hidden[index])
        whole = {name for name in clearing if cleared[index, name] == pieces}
        kept = [f for f in found if f.classifier not in clearing or f.classifier in whole]
        if len(kept) != len(found):
            per_text[index] = kept


async def scan_each(
    policy: Policy, texts: Sequence[str], direction: Direction, *, prefilter: bool = True
) -> list[ScanOutcome]:
    """Each text on its own, with a decision each (batch tools: ``scan``, ``eval``).

    Span classifiers first name the texts that may hold a finding, in one pass over the
    whole batch; the others hold none, so only the named ones (all of them, when the policy
    runs models or ``prefilter`` is off) are scanned in full. The outcomes are those of
    :func:`scan_texts` per text.
    """
    classifiers = policy.classifiers_for(direction)
    models = any(isinstance(c, TextClassifier) for c in classifiers)
    named: set[int] = set()
    if not prefilter or models:
        named = set(range(len(texts)))
    else:
        for classifier in classifiers:
            if isinstance(classifier, SpanClassifier):
                try:
                    named |= classifier.candidates(texts)
                except Exception:  # the full scans decide, with the failure mode
                    named = set(range(len(texts)))
                    break
        if classifiers:
            named |= possible_payloads(texts)
        if classifiers and direction is Direction.INPUT:  # what requests say in homophones
            named |= {i for i, text in enumerate(texts) if request_payloads(text)}
    order = sorted(named)
    if models:  # their batchers see the texts together
        scanned = await asyncio.gather(*(scan_texts(policy, [texts[i]], direction) for i in order))
    else:  # nothing to wait for together: no task per text
        scanned = [await scan_texts(policy, [texts[i]], direction) for i in order]
    by_index = dict(zip(order, scanned, strict=True))
    clean = [i for i in range(len(texts)) if i not in by_index]
    if clean:
        metrics.child(metrics.SCANNED_CHARS, direction.value).inc(sum(len(texts[i]) for i in clean))
    return [
        by_index.get(i)
        or ScanOutcome(decide(policy, [], direction, _language_of(policy, [text])), [text], [[]])
        for i, text in enumerate(texts)
    ]


LANGUAGE_SAMPLE_CHARS = 4096


def _language_of(policy: Policy, texts: Sequence[str], *, read_pinyin: bool = False) -> str:
    """The language a refusal or a label is written in: the policy's, or the texts'. With
    ``read_pinyin``, Chinese spelt in pinyin (most of a Latin text) is Chinese."""
    if policy.config.language != "auto":
        return policy.config.language
    joined = "".join(texts[-4:])
    lang = detect_language(joined)
    if lang == "en" and read_pinyin and _spelt_in_pinyin(joined):
        return "zh"
    return lang


def _spelt_in_pinyin(text: str) -> bool:
    """Whether pinyin is most of the text's start (read on the event loop: a bounded sample)."""
    sample = text[:LANGUAGE_SAMPLE_CHARS].strip()
    return any(2 * (r.end - r.start) >= len(sample) for r in pinyin_readings(sample))
