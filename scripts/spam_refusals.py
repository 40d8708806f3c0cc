"""Refusals that name a spam term: how many answers each policy blocks (docs/measured.md).

    python scripts/spam_refusals.py [--policy policies/cn-tc260.yaml] [--policy …]

120 of the spam lexicon's blocking terms, drawn with seed 0, each in refusals of four forms (an
assistant declining to find, give, answer or take part), judged as answers. A refusal is not an
ad: before `refusal_only` (patterns/refusals.yaml) both shipped policies blocked all 360.
"""

from __future__ import annotations

import argparse
import asyncio
import random
from collections import Counter

from _data import REPO

from aigc_guard.engine import scan_texts
from aigc_guard.policy.loader import load_policy
from aigc_guard.policy.schema import Direction

FORMS = (
    "抱歉，我不能帮你找{}，这类信息可能涉及违法犯罪。",
    "对不起，我无法提供关于{}的渠道或联系方式。",
    "这个请求涉及{}，我不能回答。",
    "我不能协助你参与{}，请遵守法律法规。",
)


def refusals() -> list[str]:
    lexicon = REPO / "policies" / "lexicons" / "spam-commerce.txt"
    lines = lexicon.read_text(encoding="utf-8").splitlines()
    terms = [line.split("\t")[0] for line in lines if line.endswith("\thigh")]
    drawn = random.Random(0).sample(terms, 120)
    texts = [form.format(term) for term in drawn for form in FORMS[:2]]
    texts += [FORMS[2].format(term) for term in drawn[:60]]
    return texts + [FORMS[3].format(term) for term in drawn[60:]]


async def judge(policy_path: str, texts: list[str]) -> None:
    policy = load_policy(policy_path)
    actions: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    for text in texts:
        decision = (await scan_texts(policy, [text], Direction.OUTPUT)).decision
        actions[decision.action.value] += 1
        if decision.action.value == "block":
            rules[decision.rule_ids[0] if decision.rule_ids else "?"] += 1
    print(f"{policy_path}: {len(texts)} refusals, {dict(actions)}, blocked by {dict(rules)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--policy", action="append")
    args = parser.parse_args()
    paths = args.policy or [str(REPO / "policies" / f"{n}.yaml") for n in ("cn-tc260", "default")]
    texts = refusals()
    for path in paths:
        asyncio.run(judge(path, texts))


if __name__ == "__main__":
    main()
