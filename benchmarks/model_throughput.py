"""Texts/s of each shipped model at concurrency 1, 8 and 32, with cross-request batching and
without (batches of one), and p50/p99 latency per text — measured in one run.

    python benchmarks/model_throughput.py [--texts 640] [--device cpu|cuda]
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

from _data import DATA, cold_rows, require  # noqa: E402

from aigc_guard.policy.loader import parse_policy  # noqa: E402


def zh_texts(n: int) -> list[str]:
    texts = [r["TEXT"] for r in cold_rows("dev")]
    return [t[:100] for t in texts[:n]]


def en_texts(n: int) -> list[str]:
    import csv

    with open(require(DATA / "hatecheck-dev" / "cases.csv"), encoding="utf-8", newline="") as f:
        return [r["test_case"] for r in csv.DictReader(f)][:n]


def classifier(kind: str, max_batch: int, device: str):  # type: ignore[no-untyped-def]
    if kind == "zh_offensive":
        text = (
            f"version: 1\nclassifiers:\n  m: {{type: transformers, model: models/zh_offensive, "
            f"labels: {{offensive: offensive}}, max_batch: {max_batch}, device: {device}}}\n"
        )
        return parse_policy(text, base_dir=REPO).classifiers["m"]
    text = "version: 1\nclassifiers:\n  m: {type: embedding_head, model: models/en_hate, labels: {hate: hate}}\n"
    found = parse_policy(text, base_dir=REPO).classifiers["m"]
    found.encoder.batcher.max_batch = max_batch  # type: ignore[attr-defined]
    return found


async def load(model, texts: list[str], concurrency: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    latencies: list[float] = []
    queue = iter(texts)

    async def worker() -> None:
        for text in queue:
            started = time.perf_counter()
            await model.classify([text])
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    return {
        "texts_per_s": round(len(texts) / elapsed, 1),
        "p50_ms": round(percentile(latencies, 50) * 1000, 2),
        "p99_ms": round(percentile(latencies, 99) * 1000, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--texts", type=int, default=640)
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args()
    report: dict[str, object] = {"device": args.device, "texts": args.texts}
    for kind, texts in (("zh_offensive", zh_texts(args.texts)), ("en_hate", en_texts(args.texts))):
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
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
