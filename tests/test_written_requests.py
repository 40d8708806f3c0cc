"""The written request sets the request model trains on (scripts/written_requests.py): labels
from the lists' names, and the sets written last never among the training rows."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import written_requests


def test_labels_come_from_the_lists_names() -> None:
    import plain_harmful_requests
    import sensitive_questions

    rows = {row["text"]: row for row in written_requests.rows()}
    assert all(rows[t]["label"] == 1 for t in sensitive_questions.K1_HARMFUL if t in rows)
    assert all(rows[t]["label"] == 0 for t in sensitive_questions.K1_ANSWERABLE if t in rows)
    assert all(rows[t]["label"] == 1 for t in plain_harmful_requests.FIFTH if t in rows)
    assert all(rows[t]["label"] == 0 for t in plain_harmful_requests.FIFTH_SAFE if t in rows)
    assert sum(t in rows for t in sensitive_questions.K1_HARMFUL) >= 15


def test_the_sets_written_last_are_never_trained_on() -> None:
    import protective_questions
    import sensitive_questions
    import tc260_banks

    trained = {row["text"] for row in written_requests.rows()}
    held = {row["text"] for row in written_requests.held_out()}
    assert not trained & held
    for later in (
        sensitive_questions.K4_HARMFUL, sensitive_questions.K7_ANSWERABLE,
        sensitive_questions.K8_EN_HARMFUL, sensitive_questions.K9_ANSWERABLE,
        protective_questions.P2_HARMFUL, protective_questions.Q3_ANSWERABLE,
        tc260_banks.T44_HARMFUL,
    ):  # fmt: skip
        assert not set(later) & trained
        assert set(later) <= held
    assert set(protective_questions.P1_HARMFUL) <= trained  # the probe P2 was written after


def test_self_harm_asks_keep_their_class() -> None:
    import self_harm_requests

    rows = {row["text"]: row for row in written_requests.rows()}
    asks = [rows[t] for t in self_harm_requests.PROBE_HARMFUL if t in rows]
    assert asks and all(row["category"] == "self_harm" for row in asks)


def test_an_intent_appended_makes_an_answerable_text_an_ask_and_leaves_an_everyday_one() -> None:
    everyday = [
        {"text": "怎么包饺子？", "label": 0, "lang": "zh", "source": "synth-benign", "slot": "a"},
        {"text": "How do I bake bread?", "label": 0, "lang": "en", "source": "synth-benign"},
    ]
    appended = written_requests.intents_appended(everyday)
    answerable = [row for row in written_requests.rows() if not row["label"]]
    asks, kept = appended[: len(answerable)], appended[len(answerable) :]
    assert [row["base"] for row in asks] == [row["text"] for row in answerable]
    assert all(row["label"] == 1 and row["text"] != row["base"] for row in asks)
    assert [(row["label"], row["base"]) for row in kept] == [
        (0, "怎么包饺子？"),
        (0, "How do I bake bread?"),
    ]
    for row in appended:
        ending = row["text"][len(row["base"]) :].strip()
        assert ending in written_requests.INTENTS[row["lang"]]
    held = {row["text"] for row in written_requests.held_out()}
    assert not {row["base"] for row in appended} & held
