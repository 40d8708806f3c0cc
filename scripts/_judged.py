"""How many texts of written sets a policy stops, judged as answers (flagged or blocked)."""

from __future__ import annotations

import argparse
import asyncio

from _data import REPO

from aigc_guard.engine import scan_texts
from aigc_guard.policy.loader import load_policy
from aigc_guard.policy.schema import Action, Direction


def print_stopped(sets: dict[str, tuple[list[str], list[str]]], what: str) -> None:
    """Parse ``--policy`` and print, per set, how many of its texts to stop and of its texts to
    pass the policy stops."""
    parser = argparse.ArgumentParser(description=f"judge {what} with a policy")
    parser.add_argument("--policy", default=str(REPO / "policies" / "default.yaml"))
    policy = load_policy(parser.parse_args().policy)

    async def stopped(texts: list[str]) -> int:
        outcomes = [await scan_texts(policy, [text], Direction.OUTPUT) for text in texts]
        return sum(o.decision.action is not Action.ALLOW for o in outcomes)

    for name, (to_stop, to_pass) in sets.items():
        caught, wrong = asyncio.run(stopped(to_stop)), asyncio.run(stopped(to_pass))
        counts = f"stopped {caught} of {len(to_stop)}; of those to pass {wrong} of {len(to_pass)}"
        print(f"set {name}: {counts}")
