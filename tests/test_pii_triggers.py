"""The PII prefilter is built from each entity's own trigger declaration: every entity is
found on its own, in a text with no other digits, and a stream split anywhere releases
none of its value before it is found."""

from __future__ import annotations

import pytest
import regex

from aigc_guard.classifiers.pii import PIIClassifier, PIIOptions
from aigc_guard.classifiers.pii_entities import (
    ENTITIES,
    TAIL_CHARS,
    cn_id_check_char,
    uscc_check_char,
)

_USCC_BODY = "91350100MA2XY8K0W"

EXAMPLES: dict[str, list[str]] = {
    "private_key": ["-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----"],
    "jwt": [
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
        "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
    ],
    "api_key": [
        "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789",
        "AKIAIOSFODNN7EXAMPLE",
        "github_pat_" + "A1b2C3d4E5f6G7h8I9j0K1_l2",
        "sk_live_" + "abcdefghijklmnopqrstuvwx",
        "rk_live_" + "ABCDEFGHIJKLMNOPQRSTUVWX",
        "ghp_" + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ",
        "xoxb-" + "abcdefghij-klmno",
        "AIza" + "SyA-abcdefghijklmnopqrstuvwxyz01234",
        "glpat-" + "abcdefghij_klmnopqrs",
    ],
    "cn_resident_id": [
        "11010519491231002" + cn_id_check_char("11010519491231002"),
        "110105 19491231 002" + cn_id_check_char("11010519491231002"),
    ],
    "cn_uscc": [_USCC_BODY + uscc_check_char(_USCC_BODY)],
    "iban": ["GB82 WEST 1234 5698 7654 32"],
    "cn_mobile": ["13812345678", "+86 139 1234 5678"],
    "credit_card": ["4111 1111 1111 1111"],
    "bank_card": ["6222 0212 3456 7890 128"],
    "cn_passport": ["E12345678"],
    "email": ["li.lei+x@example.co.uk", "zhang_san@mail.example.cn"],
    "us_ssn": ["123-45-6789"],
    "ipv4": ["10.20.30.40"],
    "ipv6": ["2001:db8::8a2e:370:7334", "fe80::1"],
    "spelled_number": ["一三八一二三四五六七八", "壹叁捌 壹贰叁肆 伍陆柒捌"],
    "phone": ["(212) 555-0123", "+44 20 7946 0958"],
}
CASES = [(name, value) for name, values in EXAMPLES.items() for value in values]
BEFORE, AFTER = "请联系", "，谢谢。"  # no digits, no trigger of any entity


def only(name: str) -> PIIClassifier:
    return PIIClassifier("pii", PIIOptions(type="pii", entities=[name]))


def test_every_entity_has_examples() -> None:
    assert set(EXAMPLES) == set(ENTITIES)


@pytest.mark.parametrize(("name", "value"), CASES)
def test_each_entity_is_found_alone_by_its_own_triggers(name: str, value: str) -> None:
    assert regex.search(ENTITIES[name].triggers, value), "the declared trigger is in the value"
    text = BEFORE + value + AFTER
    found = only(name).scan(text)
    assert [(f.category, f.start, f.end) for f in found] == [
        (f"pii.{name}", len(BEFORE), len(BEFORE) + len(value))
    ]


def test_the_prefilter_is_built_from_the_configured_entities() -> None:
    email_only = only("email")
    assert email_only._triggers.search("电话 13812345678") is None  # digits: not its trigger
    assert email_only._triggers.search("a@b")


def test_multi_character_triggers_are_tail_characters() -> None:
    """A trigger split across pieces must stay inside the held tail."""
    for entity in ENTITIES.values():
        for alternative in entity.triggers.split("|"):
            literal = regex.sub(r"\[[^\]]*\]|\\d", "", alternative)
            if len(alternative) > 1:
                assert all(c in TAIL_CHARS for c in literal), (entity.name, alternative)


def _stream(classifier: PIIClassifier, text: str, cuts: list[int]) -> tuple[int, list[int]]:
    """Feed ``text`` in pieces through one scanner as the stream guard does; return the
    furthest point released before the first finding, and the first finding's span."""
    scanner = classifier.scanner()
    released = 0
    bounds = [*cuts, len(text)]
    for end in bounds:
        hits, point = scanner.advance(text[:end], released, end == len(text))
        if hits:
            first = min(hits, key=lambda f: f.start or 0)
            return released, [first.start or 0, first.end or 0]
        released = max(released, point)
    return released, []


@pytest.mark.parametrize(("name", "value"), CASES)
def test_no_split_releases_a_value_before_it_is_found(name: str, value: str) -> None:
    """Not one letter or digit of the value goes out before it is found. (A phone's opening
    ``(`` may: a partial search prefers the complete match ``212) 555-01`` to the partial
    one that begins at ``(`` — see docs/ARCHITECTURE.md, "Streams".)"""
    text = BEFORE + value + AFTER
    start = len(BEFORE)
    first_kept = start + next(i for i, c in enumerate(value) if c.isalnum())
    classifier = only(name)
    splits = [[k] for k in range(1, len(text))] + [list(range(1, len(text)))]
    for cuts in splits:
        released, span = _stream(classifier, text, cuts)
        assert span and span[0] <= first_kept and span[1] >= start + len(value.rstrip()), (
            name,
            cuts,
            span,
        )
        assert released <= first_kept, (name, cuts, released)


def test_the_per_entity_first_search_never_holds_less_than_the_alternation() -> None:
    """``PIIClassifier._first_possible`` searches entity by entity (the alternation of all
    of them is 20× slower on long text); it must find a complete match wherever the
    alternation does, and hold back at least as much of a text that may still grow one."""
    import time

    from aigc_guard.classifiers.patterns import PatternClassifier

    classifier = PIIClassifier("pii", PIIOptions())
    values = [v for examples in EXAMPLES.values() for v in examples]
    texts = [f"说明：{v}。" for v in values]
    texts += [f"前文{v[: len(v) // 2]}" for v in values]  # a value cut at the end
    texts += ["没有任何数字的一段话。", "编号 12-34，共 5 页", "a" * 500 + " 1381234"]
    for text in texts:
        for final in (True, False):
            deadline = time.monotonic() + 5
            ours = classifier._first_possible(text, 0, final, deadline)
            theirs = PatternClassifier._first_possible(classifier, text, 0, final, deadline)
            if theirs is None:
                assert ours is None, (text, final)
            elif ours is not None:
                assert ours <= theirs, (text, final)
    assert any(classifier._first_possible(t, 0, True, time.monotonic() + 5) is None for t in texts)
