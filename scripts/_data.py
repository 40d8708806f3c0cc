"""Where the shared data sets live, and readers for them (scripts and benchmarks use these)."""

from __future__ import annotations

import argparse
import csv
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("AIGC_GUARD_DATA", REPO.parent / "shared" / "data"))


def require(path: Path) -> Path:
    if not path.exists():
        raise SystemExit(f"{path} is missing: set AIGC_GUARD_DATA to the shared data folder")
    return path


def cold_rows(split: str) -> Iterator[dict[str, str]]:
    """COLD rows (``TEXT``, ``label``, ``topic``); the files start with a BOM."""
    with open(require(DATA / "cold" / f"{split}.csv"), encoding="utf-8-sig", newline="") as f:
        yield from csv.DictReader(f)


def lexicon_dev_files() -> list[Path]:
    return sorted(p for p in require(DATA / "lexicon-dev").glob("*.txt"))


def jsonl_rows(relative: str) -> list[dict[str, Any]]:
    """A shared JSONL set, e.g. ``jsonl_rows("swsr/comments.jsonl")``."""
    with open(require(DATA / relative), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def csv_rows(relative: str) -> list[dict[str, str]]:
    with open(require(DATA / relative), encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def prompt_texts(lang: str, source: str) -> list[str]:
    """The shared harmful requests of one language (``zh``, ``en``) from one source (CatQA,
    AdvBench, MultiJail, …)."""
    folder = "zh-harmful-prompts" if lang == "zh" else "en-harmful-prompts"
    return [r["text"] for r in jsonl_rows(f"{folder}/prompts.jsonl") if r["source"] == source]


def measure_arguments(doc: str | None, rows: int) -> argparse.Namespace:
    """The command line of a measuring script: ``--policy``, ``--rows``, ``--seed``."""
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument("--policy", default=str(REPO / "policies" / "default.yaml"))
    parser.add_argument("--rows", type=int, default=rows)
    parser.add_argument("--seed", type=int, default=0)
    return parser.parse_args()
