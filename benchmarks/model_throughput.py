"""Texts/s of each shipped model at concurrency 1, 8 and 32, with cross-request batching and
without (batches of one), p50/p99 latency per text, and the default policy's added latency on
a 2 KB answer — measured in one run.

    python benchmarks/model_throughput.py [--texts 640] [--device cpu|cuda] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

from _harness import REPO, percentile

sys.path.insert(0, str(REPO / "scripts"))

from _data import DATA, cold_rows, require

from aigc_guard.classifiers.encoders import forget_recent
from aigc_guard.policy.loader import parse_policy


def zh_texts(n: int) -> list[str]:
    texts = [r["TEXT"] for r in cold_rows("dev")]
    return [t[:100] for t in texts[:n]]


def mixed_texts(n: int) -> list[str]:
    """Chinese comments and English test cases, about 100 characters or less each."""
    import csv

    with open(require(DATA / "hatecheck-dev" / "cases.csv"), encoding="utf-8", newline="") as f:
        english = [r["test_case"] for r in csv.DictReader(f)]
    chinese = zh_texts(n)
    return [t for pair in zip(chinese, english, strict=False) for t in pair][:n]


MODELS = {
    "zh_offensive": "{type: transformers, model: models/zh_offensive, "
    "labels: {offensive: offensive}, max_batch: MAX_BATCH, device: DEVICE}",
    "harmful_request": "{type: embedding_head, model: models/harmful_request}",
    "harmful_request_en": "{type: embedding_head, model: models/harmful_request_en, "
    "cpu_threads: 1}",  # as both policies run it
    "harmful_request_zh": "{type: embedding_head, model: models/harmful_request_zh}",
    "harmful_request_everyday": "{type: embedding_head, model: models/harmful_request_everyday}",
    "harmful_answer": "{type: embedding_head, model: models/harmful_answer}",
    "toxicity": "{type: embedding_head, model: models/toxicity}",
    "sexual_content": "{type: embedding_head, model: models/sexual_content}",
    "self_harm_ask": "{type: embedding_head, model: models/self_harm_ask}",
    "answer_complies": "{type: embedding_head, model: models/answer_complies}",
    "veiled_ask": "{type: embedding_head, model: models/veiled_ask}",
}


def classifier(kind: str, max_batch: int, device: str):  # type: ignore[no-untyped-def]
    spec = MODELS[kind].replace("MAX_BATCH", str(max_batch)).replace("DEVICE", device)
    found = parse_policy(f"version: 1\nclassifiers:\n  m: {spec}\n", base_dir=REPO).classifiers["m"]
    if hasattr(found, "encoder"):
        found.encoder.batcher.max_batch = max_batch
    return found


async def load(model, texts: list[str], concurrency: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    latencies: list[float] = []
    queue = iter(texts)

    async def worker() -> None:
        for text in queue:
            started = time.perf_counter()
            await model.classify([text])
            latencies.append(time.perf_counter() - started)

    forget_recent()  # no embedding is reused from an earlier run
    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    return {
        "texts_per_s": round(len(texts) / elapsed, 1),
        "p50_ms": round(percentile(latencies, 50) * 1000, 2),
        "p99_ms": round(percentile(latencies, 99) * 1000, 2),
    }


def english_texts(n: int) -> list[str]:
    """English functional-test cases: short sentences, as English requests are."""
    import csv

    with open(require(DATA / "hatecheck-dev" / "cases.csv"), encoding="utf-8", newline="") as f:
        return [r["test_case"][:100] for r in csv.DictReader(f)][:n]


def answer_2kb(n: int) -> list[str]:
    """Answers of 2,048 UTF-8 bytes: Chinese comments joined until the size is reached."""
    texts = [r["TEXT"] for r in cold_rows("dev")]
    answers, current = [], ""
    for text in texts:
        current += text + "。"
        if len(current.encode("utf-8")) >= 2048:
            answers.append(current.encode("utf-8")[:2048].decode("utf-8", "ignore"))
            current = ""
            if len(answers) == n:
                break
    return answers


async def policy_latency(path: Path, answers: list[str], others: list[str]) -> dict[str, object]:
    """Added latency of a whole policy's scan of one answer at a time (p50/p99, ms): in a
    fresh process, and again after ``others`` went through (the encoder remembers the token
    rows it has seen, as a serving process does after its first few hundred answers)."""
    from aigc_guard.engine import scan_texts
    from aigc_guard.policy.loader import load_policy
    from aigc_guard.policy.schema import Direction

    policy = load_policy(path)

    async def measure() -> dict[str, float]:
        forget_recent()  # no embedding is reused below
        latencies = []
        for text in answers:
            started = time.perf_counter()
            await scan_texts(policy, [text], Direction.OUTPUT)
            latencies.append(time.perf_counter() - started)
        return {
            "p50_ms": round(percentile(latencies, 50) * 1000, 2),
            "p99_ms": round(percentile(latencies, 99) * 1000, 2),
        }

    for text in others[:4]:  # warm-up: first calls load and compile
        await scan_texts(policy, [text], Direction.OUTPUT)
    fresh = await measure()
    for text in others[4:]:
        await scan_texts(policy, [text], Direction.OUTPUT)
    return {"answers": len(answers), "fresh_process": fresh, "after_others": await measure()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--texts", type=int, default=640)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--only", nargs="*", help="measure these rows only (default: all)")
    parser.add_argument(
        "--against", type=Path, help="also time this policy on the same answers (a baseline)"
    )
    args = parser.parse_args()
    report: dict[str, object] = {"device": args.device, "texts": args.texts}
    # The USE heads share one encoder: their figures are the encoder's ("toxicity").
    # harmful_request_en runs its own encoder, MiniLM with the adapter merged in;
    # harmful_request_zh its own USE v3, the adapter merged into the numpy weights.
    runs = {
        "zh_offensive": lambda: zh_texts(args.texts),
        "toxicity": lambda: mixed_texts(args.texts),
        "harmful_request_en": lambda: english_texts(args.texts),
        "harmful_request_zh": lambda: zh_texts(args.texts),
    }
    wanted = args.only or [*runs, "default_policy_2kb_answer"]
    for kind in (k for k in runs if k in wanted):
        texts = runs[kind]()
        rows: dict[str, object] = {}
        for batching, max_batch in (("batched", 32), ("unbatched", 1)):
            model = classifier(kind, max_batch, args.device)
            asyncio.run(load(model, texts[:32], 4))  # warm-up
            for concurrency in (1, 8, 32):
                rows[f"{batching}_c{concurrency}"] = asyncio.run(load(model, texts, concurrency))
        rows["batching_gain_c32"] = round(
            rows["batched_c32"]["texts_per_s"] / rows["unbatched_c32"]["texts_per_s"], 2
        )  # type: ignore[index]
        report[kind] = rows
    if "default_policy_2kb_answer" in wanted:
        answers = answer_2kb(304)
        if args.against is not None:  # first: the shared encoder's memory then favours neither
            baseline = asyncio.run(policy_latency(args.against, answers[:100], answers[100:]))
            report[f"{args.against.name}_2kb_answer"] = baseline
        report["default_policy_2kb_answer"] = asyncio.run(
            policy_latency(REPO / "policies" / "default.yaml", answers[:100], answers[100:])
        )
        if args.against is not None:
            report["p50_ratio_default_to_baseline"] = {
                phase: round(
                    report["default_policy_2kb_answer"][phase]["p50_ms"]  # type: ignore[index]
                    / baseline[phase]["p50_ms"],  # type: ignore[index]
                    2,
                )
                for phase in ("fresh_process", "after_others")
            }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
