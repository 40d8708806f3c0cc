"""The shipped policies, and how a test asks them for decisions."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

from aigc_guard.engine import scan_texts
from aigc_guard.policy.compiled import Policy
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


def without(policy: object, *classifiers: str) -> Policy:
    """``policy`` with ``classifiers`` switched off, sharing its loaded models (a policy
    loaded again with them disabled decides alike, at the cost of loading every model)."""
    assert isinstance(policy, Policy)
    assert set(classifiers) <= set(policy.classifiers), classifiers
    return replace(policy, disabled=frozenset({*(policy.disabled or ()), *classifiers}))
