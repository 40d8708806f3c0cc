"""What reading pinyin (and emoji that stand for a word) changes on the shared sets: the texts
read, and the decisions that move.

Pinyin is read only where it is (``aigc_guard.pinyin``), so only the texts holding a reading can
change; each is judged by the policy with the readings and without them, as a request (the
harmful prompts, XSafety) or as an answer (comments, responses). Real comments use pinyin to
dodge filters (COLD: 把黑人sha si; SWSR: 野生geming), and they use English words and names that
happen to spell pinyin (papi, sasa, make sense): this says which outnumbers the other.

    python scripts/pinyin_readings.py [--policy policies/cn-tc260.yaml]
"""

from __future__ import annotations

import asyncio
import json

import corpora
from _data import measure_arguments

from aigc_guard import payloads
from aigc_guard.emoji_words import emoji_readings
from aigc_guard.engine import scan_texts
from aigc_guard.pinyin import pinyin_readings
from aigc_guard.policy.loader import load_policy
from aigc_guard.policy.schema import Direction


def _sets() -> dict[str, tuple[list[tuple[str, int]], Direction]]:
    rows = {
        "COLD train + dev": (corpora.cold("train") + corpora.cold("dev"), Direction.OUTPUT),
        "SWSR": (corpora.swsr(), Direction.OUTPUT),
        "DiaSafety": (corpora.diasafety(), Direction.OUTPUT),
        "Davidson": (corpora.davidson(), Direction.OUTPUT),
        "XSafety (unlabelled: label 0)": (corpora.xsafety(), Direction.INPUT),
        "harmful requests zh + en": (corpora.harmful_prompts(), Direction.INPUT),
        "AISafetyLab answers": (corpora.zh_unsafe_answers(), Direction.OUTPUT),
    }
    return {
        name: ([(str(r["text"]), int(r["label"])) for r in found], direction)
        for name, (found, direction) in rows.items()
    }


async def _actions(policy: object, texts: list[str], direction: Direction) -> list[str]:
    outcomes = []
    for text in texts:
        outcome = await scan_texts(policy, [text], direction)  # type: ignore[arg-type]
        outcomes.append(outcome.decision.would_be.value)
    return outcomes


def main() -> None:
    args = measure_arguments(__doc__, rows=0)
    policy = load_policy(args.policy)
    unread = payloads._words_read
    report: dict[str, object] = {"policy": args.policy}
    for name, (rows, direction) in _sets().items():
        held = [(t, label) for t, label in rows if pinyin_readings(t) or emoji_readings(t)]
        texts = [text for text, _ in held]
        payloads._words_read = lambda text: []  # type: ignore[assignment]
        payloads.hidden_payloads.cache_clear()  # engine holds the same cached function
        before = asyncio.run(_actions(policy, texts, direction))
        payloads._words_read = unread  # type: ignore[assignment]
        payloads.hidden_payloads.cache_clear()
        after = asyncio.run(_actions(policy, texts, direction))
        moved = [
            {"text": text[:120], "label": label, "before": b, "after": a}
            for (text, label), b, a in zip(held, before, after, strict=True)
            if a != b
        ]
        report[name] = {"texts": len(rows), "read": len(held), "moved": moved}
        print(name, len(rows), "texts,", len(held), "read,", len(moved), "moved", flush=True)
        for row in moved:
            print("   ", json.dumps(row, ensure_ascii=False))
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
