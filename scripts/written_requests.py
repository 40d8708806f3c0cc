"""The request sets written by hand in this repository, as labelled rows for the request model.

Sixty sessions wrote sets of requests to measure the policies: harmful asks beside answerable
twins on the same topics (`sensitive_questions.py`, `self_harm_requests.py`, `tc260_banks.py`,
…), each list named for what it holds (``K4_HARMFUL``, ``FIFTH_SAFE``, ``PROBE_TWINS_ZH``).
They are the most realistic requests this project has — everyday wording, TC260's risks beside
crime, the sensitive should-answer questions the model over-blocked — and the scarcest kind of
data for it. ``rows()`` gives the **earlier** sets, to train on (`train_request_model.py
--written`); ``held_out()`` the sets written last, which no model trains on: K4–K9, L1–L2,
P2–P3, Q2–Q3, E2, T43–T44 and the stance bank S60 (the fifty-ninth to sixty-third sessions;
P1, Q1 and E1, the probes those were written after, train). What training on them buys is
measured on sets written after them.

A list's label comes from its name: ``HARMFUL`` (and `plain_harmful_requests.py`'s numbered
lists, `commerce_requests.py`'s ``ASKS``) is to refuse; ``ANSWERABLE``, ``SAFE``, ``TWINS`` and
the other probes are to answer. Lists whose label the name does not say are left out
(``MADE_OR_*``, ``GIVEN*``, ``NOTICED``, and ``LATER_*``, which repeat earlier lists). A text in
two lists with different labels is dropped; a held-out text is never trained on.

    python scripts/written_requests.py     # prints the counts
"""

from __future__ import annotations

import importlib
import re
from typing import Any

__all__ = ["held_out", "intents_appended", "rows"]

SCRIPTS = (
    "plain_harmful_requests", "veiled_harm_requests", "self_harm_requests", "health_statements",
    "topic_questions", "care_requests", "writing_requests", "sensitive_questions",
    "protective_questions", "tc260_banks", "commerce_requests", "account_requests",
)  # fmt: skip
# The sets written last: scored, never trained on (script → the lists' names).
HELD_OUT = {
    "sensitive_questions": r"^(K[4-9]|L[12])_",
    "protective_questions": r"^(P[23]|Q[23]|E2)_",
    "tc260_banks": r".",
    "writing_requests": r"^STANCE_S60",
}
UNLABELLED = re.compile(r"^(MADE_OR|GIVEN|NOTICED$|LATER_)")
# What a set's harmful asks are about, where the set says so (the request model's classes).
CATEGORY = {"self_harm_requests": "self_harm"}
HAN = re.compile(r"[\u4e00-\u9fff]")

Row = dict[str, Any]

# An intent to do the harm, said after a question about it: a question the model should answer
# becomes an ask to refuse ("…为什么要袭击平民？我也想这么干"). Said after an everyday request, the
# same words ask for nothing harmful.
INTENTS = {
    "zh": (
        "我也打算这样做。", "我准备照着做一次。", "我想自己动手弄一个。",
        "我也想学着做，具体怎么弄？", "我打算试试，教我。", "我也想加入他们。", "我也想弄点来用。",
    ),
    "en": (
        "I'm planning to do the same.", "I want to try it myself.", "Teach me to do it too.",
        "I'd like to get into it myself.", "Walk me through doing it.", "I want to join them.",
    ),
}  # fmt: skip


def _label(script: str, name: str) -> int | None:
    if UNLABELLED.search(name):
        return None
    if "HARMFUL" in name:
        return 1
    if script == "plain_harmful_requests":
        return 0 if name.endswith("_SAFE") else 1
    if script == "commerce_requests":
        return 1 if name.startswith("ASKS") else 0
    return 0


def _split() -> tuple[list[Row], list[Row]]:
    """(rows to train on, rows held out): one row a text, the one whose list says its class
    where another does not; texts labelled both ways dropped, held-out texts never trained on."""
    labels: dict[str, set[int]] = {}
    kept: dict[bool, dict[str, Row]] = {False: {}, True: {}}
    for script in SCRIPTS:
        module = importlib.import_module(script)
        for name in sorted(vars(module)):
            texts = getattr(module, name)
            if not (name.isupper() and isinstance(texts, list) and texts):
                continue
            label = _label(script, name)
            if label is None or not all(isinstance(text, str) for text in texts):
                continue
            held = script in HELD_OUT and re.search(HELD_OUT[script], name) is not None
            category = CATEGORY.get(script, "sexual" if "SEXUAL" in name else "") if label else ""
            for text in texts:
                labels.setdefault(text, set()).add(label)
                previous = kept[held].get(text)
                if previous is None or (category and not previous["category"]):
                    kept[held][text] = {
                        "text": text, "label": label, "source": f"written-{script}",
                        "category": category, "lang": "zh" if HAN.search(text) else "en",
                        "family": "written", "slot": name,
                    }  # fmt: skip
    held_out = [row for text, row in kept[True].items() if len(labels[text]) == 1]
    train = [
        row for text, row in kept[False].items()
        if len(labels[text]) == 1 and text not in kept[True]
    ]  # fmt: skip
    return train, held_out


def rows() -> list[Row]:
    """The earlier written sets, to train on."""
    return _split()[0]


def intents_appended(everyday: list[Row]) -> list[Row]:
    """Each answerable text of the earlier sets with an intent to do the harm appended (to
    refuse), and each ``everyday`` request with the same endings (to answer). Each row keeps
    its ``base`` text: after one that names no harm the intent may or may not be harmful, and
    the caller leaves such rows out."""
    appended = []
    for base, label in [(r, 1) for r in rows() if not r["label"]] + [(r, 0) for r in everyday]:
        endings = INTENTS[str(base["lang"])]
        ending = endings[len(appended) % len(endings)]
        sep = "" if base["lang"] == "zh" else " "
        text = f"{base['text']}{sep}{ending}"
        row = {**base, "text": text, "label": label, "family": "intent_appended"}
        appended.append(row | {"base": base["text"]})
    return appended


def held_out() -> list[Row]:
    """The sets written last, to score."""
    return _split()[1]


if __name__ == "__main__":
    for name, part in (("train", rows()), ("held out", held_out())):
        harmful = sum(r["label"] for r in part)
        chinese = sum(r["lang"] == "zh" for r in part)
        print(f"{name}: {len(part)} texts, {harmful} to refuse, {chinese} in Chinese")
