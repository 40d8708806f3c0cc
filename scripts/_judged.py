"""How many texts of written sets a policy stops, judged as answers (flagged or blocked), or
blocks, judged as requests."""

from __future__ import annotations

import argparse
import asyncio
import json
from collections.abc import Callable, Sequence

from _data import REPO

from aigc_guard.engine import scan_texts
from aigc_guard.policy.loader import load_policy
from aigc_guard.policy.schema import Action, Direction


async def requests_blocked(policy: object, texts: list[str]) -> list[str]:
    """The texts ``policy`` blocks as requests, each judged alone, in turn (scanned together,
    hundreds at once, the models' time limits fire and fail-closed classifiers block)."""
    outcomes = [await scan_texts(policy, [t], Direction.INPUT) for t in texts]  # type: ignore[arg-type]
    return [t for t, o in zip(texts, outcomes, strict=True) if o.decision.would_be.value == "block"]


async def print_blocked(sets: dict[str, list[str]], description: str) -> None:
    """Parse ``--policy``, ``--show`` (each text judged wrongly: a set whose name says
    "harmful" is to be blocked, the others to be answered) and ``--sets``; print how many texts
    of each set the policy blocks as requests."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--policy", default=str(REPO / "policies" / "cn-tc260.yaml"))
    parser.add_argument("--show", action="store_true", help="print each judged wrongly")
    parser.add_argument("--sets", nargs="*", choices=list(sets), default=list(sets))
    args = parser.parse_args()
    policy = load_policy(args.policy)
    report = {}
    for name in args.sets:
        texts = sets[name]
        blocked = await requests_blocked(policy, texts)
        report[name] = f"blocked {len(blocked)} of {len(texts)}"
        if args.show:
            harmful = "harmful" in name
            for text in sorted(set(texts) - set(blocked)) if harmful else blocked:
                print("    passed:" if harmful else "    blocked:", text)
    print(json.dumps(report, ensure_ascii=False, indent=2))


def print_stopped(sets: dict[str, tuple[list[str], list[str]]], what: str) -> None:
    """Parse ``--policy`` (and ``--show``: each text judged wrongly) and print, per set, how many
    of its texts to stop and of its texts to pass the policy stops."""
    parser = argparse.ArgumentParser(description=f"judge {what} with a policy")
    parser.add_argument("--policy", default=str(REPO / "policies" / "default.yaml"))
    parser.add_argument("--show", action="store_true", help="print each text judged wrongly")
    args = parser.parse_args()
    policy = load_policy(args.policy)

    async def stopped(texts: list[str]) -> list[bool]:
        outcomes = [await scan_texts(policy, [text], Direction.OUTPUT) for text in texts]
        return [o.decision.action is not Action.ALLOW for o in outcomes]

    for name, (to_stop, to_pass) in sets.items():
        caught, wrong = asyncio.run(stopped(to_stop)), asyncio.run(stopped(to_pass))
        counts = f"stopped {sum(caught)} of {len(to_stop)}; of those to pass {sum(wrong)}"
        print(f"set {name}: {counts} of {len(to_pass)}")
        if args.show:
            for text in [t for t, hit in zip(to_stop, caught, strict=True) if not hit]:
                print(f"    missed: {text}")
            for text in [t for t, hit in zip(to_pass, wrong, strict=True) if hit]:
                print(f"    stopped: {text}")


def print_blocks_compared(
    files: list[str],
    named: dict[str, list[str]],
    blocked: Callable[[object, list[str]], Sequence[bool]],
) -> None:
    """Each set's texts ``blocked`` by each policy file (before → after), and every text on
    which the policies differ (B: blocked, -: not)."""
    loaded = [load_policy(f) for f in files]
    for set_name, texts in named.items():
        results = [list(blocked(p, texts)) for p in loaded]
        counts = " → ".join(str(sum(r)) for r in results)
        print(f"{set_name}: blocked {counts} of {len(texts)}", flush=True)
        for i, text in enumerate(texts):
            if len({bool(r[i]) for r in results}) > 1:
                marks = " ".join("B" if r[i] else "-" for r in results)
                print(f"    {marks}  {text}".replace("\n", " "))
