"""Requests split over two user turns, through the guard, with and without reading the user's
turns together, in one run.

Harmful requests (CatQA zh, AdvBench en) are cut in two at the middle word and sent as two user
messages with an assistant "?" between them; benign requests (``scripts/synth_benign.py``) are
sent in pairs, two questions a conversation, to show what reading turns together costs. Each
conversation goes through the guard middleware with a scripted upstream; a row counts as
blocked when the upstream never received it.

    python scripts/split_turns.py [--policy policies/cn-tc260.yaml] [--rows 100]
"""

from __future__ import annotations

import json
import random
import sys

import corpora
from _data import REPO, measure_arguments

sys.path.insert(0, str(REPO / "tests"))
from scripted import Scripted, answer, call

from aigc_guard import middleware
from aigc_guard.middleware import GuardMiddleware
from aigc_guard.policy.compiled import Policy
from aigc_guard.policy.loader import load_policy

OK = answer({"role": "assistant", "content": "好的。"})


def halves(text: str) -> list[str]:
    """The text cut at its middle space (English) or character (Chinese)."""
    words = text.split(" ")
    if len(words) >= 4:
        middle = len(words) // 2
        return [" ".join(words[:middle]), " ".join(words[middle:])]
    middle = len(text) // 2
    return [text[:middle], text[middle:]]


def blocked(policy: Policy, turns: list[str]) -> bool:
    messages = []
    for index, turn in enumerate(turns):
        if index:
            messages.append({"role": "assistant", "content": "?"})
        messages.append({"role": "user", "content": turn})
    upstream = Scripted([OK])
    body = json.dumps({"model": "m", "messages": messages}, ensure_ascii=False).encode()
    call(GuardMiddleware(upstream, policy), body=body)
    return not upstream.received


def main() -> None:
    args = measure_arguments(__doc__, rows=100)
    rng = random.Random(args.seed)
    policy = load_policy(args.policy)
    (zh, benign_zh), (en, benign_en) = corpora.probe_requests().values()
    sets = {
        "CatQA zh, split in two": [halves(t) for t in rng.sample(zh, args.rows)],
        "AdvBench en, split in two": [halves(t) for t in rng.sample(en, args.rows)],
    }
    for lang, texts in (("zh", benign_zh), ("en", benign_en)):
        pairs = [rng.sample(texts, 2) for _ in range(args.rows)]
        sets[f"benign {lang}, two questions (safe)"] = pairs
    together = middleware.recent_user_turns
    report: dict[str, object] = {"policy": args.policy}
    for name, conversations in sets.items():
        scores = {}
        for label, reading in (("together", True), ("each alone", False)):
            middleware.recent_user_turns = together if reading else (lambda body, slots: None)  # type: ignore[assignment]
            share = sum(blocked(policy, turns) for turns in conversations) / len(conversations)
            scores[label] = round(share, 3)
        report[name] = scores
        print(name, json.dumps(scores), flush=True)
    middleware.recent_user_turns = together
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
