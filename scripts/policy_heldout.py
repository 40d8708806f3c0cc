"""What a policy blocks of each harmful-request source with the request model held out.

    python scripts/policy_heldout.py [--policy policies/cn-tc260.yaml]
    python scripts/policy_heldout.py --sources JailBench-seed MultiJail CatQA   # the default
    python scripts/policy_heldout.py --block-at 0.75 0.8 0.85   # several model thresholds
    python scripts/policy_heldout.py --lookalikes [--misses blocked.tsv]   # the safe side
    python scripts/policy_heldout.py --misses passed.tsv   # and write what passed, with its score

For each source, ``models/harmful_request`` is retrained without it (as its training script does
for its out-of-fold scores; a minute or two each), and every request of the source goes
through the policy with every classifier it ships but that model; the request counts as
blocked when the policy blocks it, or when the held-out model scores it at the block threshold
(0.8, or each of ``--block-at``) and the knowledge-question patterns (the rule's ``unless``) do
not excuse it. The figure a provider can expect on a new should-refuse bank of the same kind,
phrases included.

``--lookalikes`` does the same for the safe side: `synth.py`'s and `synth_protective.py`'s
look-alikes, each scored by a model that never saw its act or topic (the folds of
`phrase_coverage.py`), through the whole policy — the share of should-answer questions of new
kinds it would refuse (TC260 asks ≤ 5 %).
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Iterable

import numpy as np
import yaml
from _data import REPO

from aigc_guard.engine import scan_texts
from aigc_guard.policy.compiled import Policy
from aigc_guard.policy.loader import load_policy
from aigc_guard.policy.schema import Action, Direction

BLOCK_AT = 0.8
REQUEST_MODELS = (  # held out
    "harmful_request",
    "harmful_request_en",
    "harmful_request_en_clears",
    "harmful_request_zh",
    "harmful_request_everyday",  # trained on every source, no fold run of its own: off
)
# language → (scores by text, the threshold it blocks at, the share of safe it clears at)
Adapters = dict[str, tuple[dict[str, float], float, float | None]]


def without_model(policy_path: str) -> Policy:
    """The policy with every classifier but the request models, whose scores come from runs
    that never saw the text."""
    with open(policy_path, encoding="utf-8") as source:
        declared = yaml.safe_load(source)["classifiers"]
    held = {name: {"enabled": False} for name in REQUEST_MODELS if name in declared}
    return load_policy(policy_path, overlay={"classifiers": held})


def adapter_scores(folder: str, lang: str) -> dict[str, float]:
    """An adapter's out-of-fold scores by text: what the shipped `harmful_request_en`
    (`finetune_minilm.py train FOLDER --lora 8 --folds …`) or `harmful_request_zh`
    (`finetune_use.py train FOLDER --folds …`) would score a text it never saw; ``folder`` may
    name a run's file itself (`finetuned_oof_lora8_intent.json`)."""
    import json
    from pathlib import Path

    base = Path(folder)
    name = "finetuned_oof_lora8.json" if lang == "en" else "finetuned_oof_use_lora8.json"
    tuned = json.loads((base if base.suffix == ".json" else base / name).read_text())
    texts = tuned.get("texts")  # runs before the adapter had rows of its own: rows.jsonl's
    if texts is None:
        from finetune_use import read_rows, thinned

        rows = read_rows(base)
        texts = [r["text"] for r in (rows if lang == "en" else thinned(rows))]
    scores = tuned["scores"]
    return {t: s for t, s in zip(texts, scores, strict=True) if s is not None}


async def blocked_counts(
    policy: Policy,
    scored: Iterable[tuple[str, float]],
    block_at: list[float],
    passed: list[str] | None = None,
    adapter: tuple[dict[str, float], float, float | None] | None = None,
    caught: list[str] | None = None,
) -> np.ndarray:
    """For each threshold, how many texts the policy blocks, or the held-out model scores at it
    and the knowledge-question patterns (the rule's `unless`) do not excuse; with ``adapter``
    (scores by text, threshold, clears), also a text the language's adapter scores at its
    threshold, not excused — and with ``clears``, the held-out model's score counts only where
    the adapter's safe share (1 − its score) is under it (`harmful_request_en_clears`). Texts
    blocked at no threshold are appended to `passed` (with the held-out score) when it is given;
    texts blocked at the lowest threshold to ``caught`` (with the rules that blocked them, or the
    model's score)."""
    excuses = policy.classifiers["knowledge_questions"]
    blocked = np.zeros(len(block_at), dtype=int)
    for text, score in scored:
        outcome = await scan_texts(policy, [text], Direction.INPUT)
        if outcome.decision.action is Action.BLOCK:
            blocked += 1
            if caught is not None:
                caught.append(f"{','.join(outcome.decision.rule_ids)}\t{text}")
            continue
        tuned = adapter is not None and adapter[0].get(text, 0.0) >= adapter[1]
        if not tuned and score < min(block_at) and passed is None:
            continue
        excused = bool((await excuses.classify([text]))[0])
        personal = any(  # block-harmful-request-personal: no clearance then
            f.classifier in ("people_named", "asker_named")
            for found in outcome.findings
            for f in found
        )
        cleared = (
            adapter is not None
            and adapter[2] is not None
            and not personal
            and 1.0 - adapter[0].get(text, 1.0) >= adapter[2]
        )
        if tuned and not excused:
            blocked += 1
            if caught is not None:
                caught.append(f"adapter\t{text}")
            continue
        if score >= min(block_at) and not excused and not cleared:
            blocked += np.array([score >= t for t in block_at])
            if caught is not None:
                caught.append(f"model {score:.2f}\t{text}")
        elif passed is not None:
            why = "excused" if excused else "cleared" if cleared else "-"
            passed.append(f"{score:.2f}\t{why}\t{text}")
    return blocked


def shares(blocked: np.ndarray, total: int) -> str:
    return "  ".join(f"{b:4d} {b / total:6.1%}" for b in blocked)


async def blocked_share(
    policy_path: str,
    sources: list[str],
    block_at: list[float],
    misses: str | None = None,
    adapters: Adapters | None = None,
) -> None:
    import train_request_model as trained

    policy = without_model(policy_path)
    rows, x = trained.load()
    trainer = trained.Trainer(rows, x)
    print(f"{'source':16s} lang  " + "  ".join(f"model at {t:<4}" for t in block_at))
    passed: list[str] = []
    for source in sources:
        test = np.array([r["source"] == source for r in rows])
        held = np.flatnonzero(test & (trainer.y > 0))
        scores = trainer.score(trainer.train(np.flatnonzero(~test)), held)
        for lang in ("zh", "en"):
            picked = [
                (str(rows[i]["text"]), float(s))
                for i, s in zip(held, scores, strict=True)
                if rows[i]["lang"] == lang
                and (lang not in (adapters or {}) or str(rows[i]["text"]) in adapters[lang][0])
            ]
            if not picked:
                continue
            adapter = (adapters or {}).get(lang)
            blocked = await blocked_counts(policy, picked, block_at, passed, adapter)
            print(f"{source:16s} {lang}    {shares(blocked, len(picked))}   of {len(picked)}")
    if misses:
        with open(misses, "w", encoding="utf-8") as out:
            out.writelines(line + "\n" for line in passed)


async def lookalikes_blocked(
    policy_path: str,
    block_at: list[float],
    adapters: Adapters | None = None,
    blocked_path: str | None = None,
) -> None:
    from phrase_coverage import request_model_scored

    policy = without_model(policy_path)
    scored = request_model_scored()
    print(f"{'look-alikes':16s} lang  " + "  ".join(f"model at {t:<4}" for t in block_at))
    caught: list[str] = []
    for lang in ("zh", "en"):
        scores, texts = scored[f"look-alikes {lang}"]
        pairs = [
            (text, float(score))
            for score, text in zip(scores, texts, strict=True)
            if lang not in (adapters or {}) or text in adapters[lang][0]
        ]
        texts = [text for text, _ in pairs]
        adapter = (adapters or {}).get(lang)
        blocked = await blocked_counts(policy, pairs, block_at, None, adapter, caught)
        print(f"{'synthetic':16s} {lang}    {shares(blocked, len(texts))}   of {len(texts)}")
    if blocked_path:
        with open(blocked_path, "w", encoding="utf-8") as out:
            out.writelines(line + "\n" for line in caught)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--policy", default=str(REPO / "policies" / "cn-tc260.yaml"))
    parser.add_argument("--sources", nargs="+", default=["JailBench-seed", "MultiJail", "CatQA"])
    parser.add_argument("--block-at", nargs="+", type=float, default=[BLOCK_AT])
    parser.add_argument("--lookalikes", action="store_true")
    parser.add_argument(
        "--misses",
        help="write the requests no threshold blocks here (TSV); with --lookalikes, the "
        "look-alikes blocked at the lowest threshold and what blocked them",
    )
    parser.add_argument(
        "--en-clears",
        type=float,
        help="with --adapter: the English adapter clears the held-out model's block where its "
        "safe share (1 − score) is at least this (the policies' harmful_request_en_clears)",
    )
    for lang, script in (("en", "finetune_minilm.py"), ("zh", "finetune_use.py")):
        parser.add_argument(
            "--adapter" if lang == "en" else "--adapter-zh",
            nargs=2,
            metavar=("FOLDER", "THRESHOLD"),
            help=f"the {lang} adapter's out-of-fold scores ({script}'s folder) and the threshold "
            f"its rule blocks at; {lang} rows it never scored are left out",
        )
    args = parser.parse_args()
    adapters: Adapters = {}
    for lang, given in (("en", args.adapter), ("zh", args.adapter_zh)):
        if given:
            clears = args.en_clears if lang == "en" else None
            adapters[lang] = (adapter_scores(given[0], lang), float(given[1]), clears)
    if args.lookalikes:
        asyncio.run(lookalikes_blocked(args.policy, args.block_at, adapters, args.misses))
    else:
        asyncio.run(blocked_share(args.policy, args.sources, args.block_at, args.misses, adapters))


if __name__ == "__main__":
    main()
