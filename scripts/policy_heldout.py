"""What a policy blocks of each harmful-request source with the request model held out.

    python scripts/policy_heldout.py [--policy policies/cn-tc260.yaml]
    python scripts/policy_heldout.py --sources JailBench-seed MultiJail CatQA   # the default

For each source, ``models/harmful_request`` is retrained without it (as its training script does
for its out-of-fold scores; a minute or two each), and every request of the source goes
through the policy with every classifier it ships but that model; the request counts as
blocked when the policy blocks it, or when the held-out model scores it at the block threshold
(0.85) and the knowledge-question patterns (the rule's ``unless``) do not excuse it. The
figure a provider can expect on a new should-refuse bank of the same kind, phrases included.
"""

from __future__ import annotations

import argparse
import asyncio

import numpy as np
from _data import REPO

from aigc_guard.engine import scan_texts
from aigc_guard.policy.loader import load_policy
from aigc_guard.policy.schema import Action, Direction

BLOCK_AT = 0.85


async def blocked_share(policy_path: str, sources: list[str]) -> None:
    import train_request_model as trained

    without_model = load_policy(
        policy_path, overlay={"classifiers": {"harmful_request": {"enabled": False}}}
    )
    excuses = without_model.classifiers["knowledge_questions"]  # the rule's `unless`
    rows, x = trained.load()
    trainer = trained.Trainer(rows, x)
    for source in sources:
        test = np.array([r["source"] == source for r in rows])
        held = np.flatnonzero(test & (trainer.y > 0))
        scores = trainer.score(trainer.train(np.flatnonzero(~test)), held)
        for lang in ("zh", "en"):
            picked = [(i, s) for i, s in zip(held, scores, strict=True) if rows[i]["lang"] == lang]
            if not picked:
                continue
            blocked = 0
            for i, score in picked:
                text = str(rows[i]["text"])
                outcome = await scan_texts(without_model, [text], Direction.INPUT)
                hit = outcome.decision.action is Action.BLOCK
                if not hit and score >= BLOCK_AT:
                    hit = not (await excuses.classify([text]))[0]
                blocked += hit
            share = blocked / len(picked)
            print(f"{source:16s} {lang}  {blocked:4d} / {len(picked):4d}  {share:6.1%}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--policy", default=str(REPO / "policies" / "cn-tc260.yaml"))
    parser.add_argument("--sources", nargs="+", default=["JailBench-seed", "MultiJail", "CatQA"])
    args = parser.parse_args()
    asyncio.run(blocked_share(args.policy, args.sources))


if __name__ == "__main__":
    main()
