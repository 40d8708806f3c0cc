"""Rules over findings → one :class:`Decision`; and redaction of the spans it names."""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .classifiers.base import Finding
from .policy.compiled import Policy
from .policy.schema import Action, Direction
from .randomids import random_hex

__all__ = ["FAILURE_CATEGORY", "Decision", "apply_redactions", "decide", "most_severe"]

FAILURE_CATEGORY = "guard.classifier_failure"
FAILURE_RULE_ID = "fail-closed"


def new_decision_id() -> str:
    """``dec_`` and 128 random bits in hex (a UUID4's spelling without its version bits)."""
    return "dec_" + random_hex()


@dataclass(frozen=True)
class Decision:
    """The outcome for one text (or one answer's texts): action, why, and what to redact.

    ``findings`` keep offsets into the scanned text, never the matched words themselves, so
    a decision can be logged and returned without repeating what it blocked.
    """

    action: Action
    findings: tuple[Finding, ...] = ()
    rule_ids: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    message: str | None = None
    redactions: tuple[Finding, ...] = ()
    decision_id: str = field(default_factory=new_decision_id)
    shadow: Action | None = None
    """The action monitor-mode rules would have taken, when it differs from ``action``."""

    @property
    def would_be(self) -> Action:
        """The action with monitored rules enforced too (what the metrics count)."""
        return self.shadow or self.action

    @property
    def monitored(self) -> bool:
        return self.shadow is not None

    def merged(self, later: Decision) -> Decision:
        """This decision and one over later findings, as one (the most severe action wins)."""
        action = most_severe(self.action, later.action)
        would_be = most_severe(self.would_be, later.would_be)
        message = later.message if action is later.action and later.message else self.message
        return Decision(
            action=action,
            findings=self.findings + later.findings,
            rule_ids=tuple(dict.fromkeys(self.rule_ids + later.rule_ids)),
            categories=tuple(sorted(set(self.categories) | set(later.categories))),
            message=message,
            redactions=self.redactions + later.redactions,
            decision_id=self.decision_id,
            shadow=would_be if would_be is not action else None,
        )

    def public(self) -> dict[str, Any]:
        """The ``aigc_guard`` object sent to clients: categories and rule ids, no content."""
        return {
            "action": self.action.value,
            "categories": list(self.categories),
            "rule_ids": list(self.rule_ids),
            "decision_id": self.decision_id,
            "message": self.message,
        }


def most_severe(a: Action, b: Action) -> Action:
    """The more severe of two actions (block > redact > flag > allow)."""
    return b if b.severity > a.severity else a


def decide(
    policy: Policy,
    findings: Sequence[Finding],
    direction: Direction,
    lang: str,
    texts: Sequence[Sequence[Finding]] | None = None,
    *,
    asked: Sequence[Finding] = (),
    earlier: Sequence[Finding] = (),
) -> Decision:
    """Apply the policy's rules: the most severe matched rule wins; all redactions apply. A
    block answers with the message of the first matched blocking rule that has one (a help
    line beside a plain refusal), else the policy's refusal.

    ``texts`` groups the findings by the text they were found in: a rule's ``also`` and
    ``unless`` are met only by a finding of the same text (all ``findings`` are one text when
    it is not given), so a knowledge question in one message excuses nothing in another.
    ``asked`` holds the findings of the request an answer replies to: a rule's ``asked`` is
    met only by one of them (never when there are none). ``earlier``: findings already decided
    of the same text (a stream's earlier windows), read by ``also`` and ``unless`` only.

    Rules in monitor mode (or every rule, when the policy is) are evaluated and reported in
    ``shadow`` but never change the answer.
    """
    context = (asked, earlier)
    full = _evaluate(policy, findings, direction, lang, texts, context, with_monitored=True)
    if not policy.monitors:
        return full
    if policy.config.monitor:
        enforced = Decision(Action.ALLOW, findings=tuple(findings))
    else:
        enforced = _evaluate(
            policy, findings, direction, lang, texts, context, with_monitored=False
        )
    if enforced.action is full.action:
        return full
    return replace(
        enforced,
        rule_ids=full.rule_ids,
        categories=full.categories,
        shadow=full.action,
    )


def _evaluate(
    policy: Policy,
    findings: Sequence[Finding],
    direction: Direction,
    lang: str,
    texts: Sequence[Sequence[Finding]] | None,
    context: tuple[Sequence[Finding], Sequence[Finding]],
    *,
    with_monitored: bool,
) -> Decision:
    if not findings:  # no rule matches without a finding: the common case, at no cost
        return Decision(Action.ALLOW)
    asked, earlier = context
    one_text = [*findings, *earlier] if earlier else findings  # ``texts`` unset: one text
    action = Action.ALLOW
    rule_ids: list[str] = []
    categories: set[str] = set()
    redactions: list[Finding] = []
    message: str | None = None
    for finding in findings:
        if finding.category == FAILURE_CATEGORY:
            action = Action.BLOCK
            categories.add(FAILURE_CATEGORY)
            if FAILURE_RULE_ID not in rule_ids:
                rule_ids.append(FAILURE_RULE_ID)
    for compiled in policy.rules:
        if compiled.rule.monitor and not with_monitored:
            continue
        if compiled.rule.asked is not None and not compiled.asked_by(asked):
            continue
        matched = [f for f in findings if compiled.matches(f, direction)]
        if matched and (compiled.rule.unless is not None or compiled.rule.also is not None):
            matched = [
                f
                for f in matched
                if compiled.holds_for(
                    one_text if texts is None else [*_text_of(f, findings, texts), *earlier]
                )
            ]
        if not matched:
            continue
        rule = compiled.rule
        if rule.action is not Action.ALLOW:
            rule_ids.append(compiled.id)
            categories.update(f.category for f in matched)
        if rule.action is Action.REDACT:
            redactions.extend(f for f in matched if f.start is not None)
        if rule.action.severity > action.severity:
            action = rule.action
        if rule.action is Action.BLOCK and rule.message is not None and message is None:
            message = rule.message.pick(lang)  # the first blocking rule that has its own words
    if action is Action.BLOCK and message is None:
        message = policy.config.refusal.pick(lang)
    if action is not Action.REDACT:
        redactions = []
    return Decision(
        action=action,
        findings=tuple(findings),
        rule_ids=tuple(dict.fromkeys(rule_ids)),
        categories=tuple(sorted(categories)),
        message=message,
        redactions=tuple(sorted(set(redactions), key=lambda f: (f.start or 0, -(f.end or 0)))),
    )


def _text_of(
    finding: Finding,
    findings: Sequence[Finding],
    texts: Sequence[Sequence[Finding]] | None,
) -> Sequence[Finding]:
    """The findings of ``finding``'s own text."""
    if texts is None:
        return findings
    for found in texts:
        if any(other is finding for other in found):
            return found
    return (finding,)


def _hash_key(policy: Policy) -> bytes:
    key = os.environ.get(policy.config.redaction.hash_key_env)
    if key:
        return key.encode("utf-8")
    # Without a configured key, hashes are stable only within this policy version.
    return policy.version.encode("utf-8")


def replacement_for(
    finding: Finding,
    original: str,
    policy: Policy,
    lang: str,
) -> str:
    style = policy.config.redaction.style
    classifier = policy.classifiers.get(finding.classifier)
    base_style = "placeholder" if style == "hash" else style
    text = classifier.replacement(finding, original, base_style, lang) if classifier else None
    if text is None:
        text = "*" * len(original) if base_style == "mask" else "[REDACTED]"
    if style == "hash":
        digest = hmac.new(_hash_key(policy), original.encode("utf-8"), hashlib.sha256)
        label = text[1:-1] if text.startswith("[") and text.endswith("]") else "REDACTED"
        text = f"[{label}:{digest.hexdigest()[:10]}]"
    return text


def apply_redactions(
    text: str, redactions: Sequence[Finding], policy: Policy, lang: str, offset: int = 0
) -> str:
    """Rewrite the redacted spans of ``text`` (whose index 0 is ``offset`` in the scan)."""
    if not redactions:
        return text
    pieces: list[str] = []
    cursor = 0
    for finding in sorted(redactions, key=lambda f: (f.start or 0, -(f.end or 0))):
        assert finding.start is not None and finding.end is not None
        start, end = finding.start - offset, finding.end - offset
        start = max(start, cursor)
        if end <= start:
            continue
        pieces.append(text[cursor:start])
        pieces.append(replacement_for(finding, text[start:end], policy, lang))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)
