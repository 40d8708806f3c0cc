"""The shipped policies, and how a test asks them for decisions."""

from __future__ import annotations

import asyncio
from pathlib import Path

from aigc_guard.engine import scan_texts
from aigc_guard.policy.schema import Action, Direction

REPO = Path(__file__).resolve().parent.parent
SHIPPED_POLICIES = {name: REPO / "policies" / f"{name}.yaml" for name in ("default", "cn-tc260")}


def decided(policy: object, texts: list[str], direction: Direction) -> list[Action]:
    """The action a policy takes on each text, judged one after another."""

    async def run() -> list[Action]:
        return [
            (await scan_texts(policy, [t], direction)).decision.action  # type: ignore[arg-type]
            for t in texts
        ]

    return asyncio.run(run())
