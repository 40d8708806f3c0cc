"""Lexicon throughput at 10,000 and 100,000 terms, measured in one run.

    python benchmarks/lexicon_throughput.py [--megabytes 4] [--repeat 3]

Terms are character n-grams of COLD comments and words of the Davidson tweets (a realistic
mix of Chinese and English); the text is those corpora again. Compared on the same text:
the compiled automaton alone (daachorse, and ahocorasick-rs / hyperscan when installed), a
``for term in terms: if term in text`` loop (LLM Guard's BanSubstrings) and a ``regex``
alternation — the slow two on a small sample, reported as MB/s of UTF-8 — and end to end
through ``aigc-guard scan`` (folding, matching, offsets, decisions, JSONL out). Each figure
is the best of ``--repeat`` runs, the measurements taking turns (the naive loop, then the
scan, then the loop again …), so a busy moment of the machine favours neither side.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from _data import DATA, cold_rows, require

from aigc_guard.classifiers.matcher import build_matcher
from aigc_guard.cli import main as cli_main
from aigc_guard.normalize import FoldMode, get_normalizer


def corpus() -> list[str]:
    texts = [row["TEXT"] for row in cold_rows("train")]
    with open(require(DATA / "davidson" / "labeled_data.csv"), encoding="utf-8", newline="") as f:
        texts += [row["tweet"] for row in csv.DictReader(f)]
    random.Random(7).shuffle(texts)
    return texts


def make_terms(texts: list[str], count: int) -> list[str]:
    """Terms shaped like a blocklist: the corpus' own characters and words, recombined, so
    the automaton is as deep and wide as a real one while matches stay rare, as they are."""
    rng = random.Random(11)
    fold = get_normalizer(FoldMode.LEXICON).fold
    sample = " ".join(texts[:5000]).lower()
    han = [c for c in sample if "\u4e00" <= c <= "\u9fff"]
    words = re.findall(r"[a-z]{3,}", sample)
    terms: set[str] = set()
    while len(terms) < count:
        if rng.random() < 0.8:
            terms.add("".join(rng.choice(han) for _ in range(rng.randint(3, 5))))
        else:
            terms.add(fold(rng.choice(words) + " " + rng.choice(words)))
    return sorted(terms)


def mb_per_s(size_bytes: int, seconds: float) -> float:
    return size_bytes / 1e6 / seconds


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def best_in_turns(fns: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Each function's best time of ``repeat`` runs, the functions taking turns."""
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(repeat):
        for name, fn in fns.items():
            best[name] = min(best[name], timed(fn))
    return best


def regex_alternation(terms: list[str], small: str) -> tuple[float, float]:
    """Seconds to compile a ``regex`` alternation of the terms, and its MB/s on ``small`` —
    in a scope of its own: the compiled pattern (hundreds of MB at 100,000 terms) is gone
    before the scan runs, whose forked workers would otherwise inherit it."""
    import regex

    compiled_at = time.perf_counter()
    alternation = regex.compile("|".join(regex.escape(t) for t in terms))
    compile_s = time.perf_counter() - compiled_at
    seconds = timed(lambda: list(alternation.finditer(small, overlapped=True)))
    return compile_s, mb_per_s(len(small.encode()), seconds)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=float, default=4.0, help="text for the matchers")
    parser.add_argument("--scan-megabytes", type=float, default=16.0, help="JSONL for the CLI")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best is kept")
    args = parser.parse_args()
    texts = corpus()
    folded_text = get_normalizer(FoldMode.LEXICON).fold("\n".join(texts))
    while len(folded_text.encode()) < args.megabytes * 1e6:
        folded_text += folded_text
    folded_text = folded_text[: int(args.megabytes * 1e6 / 2)]
    size = len(folded_text.encode())
    sample = folded_text[:4000]
    sample_size = len(sample.encode())
    report: dict[str, object] = {
        "text_mb": round(size / 1e6, 2),
        "sample_kb": round(sample_size / 1e3, 1),
    }

    for count in (10_000, 100_000):
        terms = make_terms(texts, count)
        row: dict[str, object] = {}
        started = time.perf_counter()
        daachorse = build_matcher(terms, "daachorse")
        row["daachorse_build_s"] = round(time.perf_counter() - started, 2)
        find = {"automaton": lambda: daachorse.find_overlapping(folded_text)}  # noqa: B023
        seconds = best_in_turns(find, args.repeat)["automaton"]
        row["daachorse_mb_s"] = round(mb_per_s(size, seconds), 1)
        try:
            import ahocorasick_rs

            automaton = ahocorasick_rs.AhoCorasick(terms)
            seconds = timed(
                lambda: automaton.find_matches_as_indexes(folded_text, overlapping=True)  # noqa: B023
            )
            row["ahocorasick_rs_mb_s"] = round(mb_per_s(size, seconds), 1)
        except ImportError:
            row["ahocorasick_rs_mb_s"] = "not installed"
        try:
            compile_s, alternation_mb_s = regex_alternation(terms, sample[:400])
            row["regex_compile_s"] = round(compile_s, 2)
            row["regex_alternation_mb_s"] = round(alternation_mb_s, 4)
        except MemoryError:
            row["regex_alternation_mb_s"] = "out of memory"

        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            (folder / "terms.txt").write_text("\n".join(terms) + "\n", encoding="utf-8")
            (folder / "policy.yaml").write_text(
                "version: 1\nclassifiers:\n"
                "  lex: {type: lexicon, files: [terms.txt], category: X}\n"
                "rules:\n  - {when: {classifier: lex}, action: flag}\n",
                encoding="utf-8",
            )
            # JSONL lines of ~2 KB, the size of an LLM answer.
            lines, current = [], ""
            for text in texts:
                current += text + "\n"
                if len(current.encode()) >= 2000:
                    lines.append(current)
                    current = ""
            while len(lines) < args.scan_megabytes * 500:
                lines += lines
            lines = lines[: int(args.scan_megabytes * 500)]
            source = folder / "in.jsonl"
            source.write_text(
                "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in lines),
                encoding="utf-8",
            )
            scanned_bytes = sum(len(t.encode()) for t in lines)
            argv = [
                "scan",
                "--policy",
                str(folder / "policy.yaml"),
                "--input",
                str(source),
                "--output",
                str(folder / "out.jsonl"),
            ]
            best = best_in_turns(
                {
                    "naive": lambda: [t for t in terms if t in sample],  # noqa: B023
                    "scan": lambda: cli_main(argv),  # noqa: B023 (called at once)
                },
                args.repeat,
            )
        row["naive_loop_mb_s"] = round(mb_per_s(sample_size, best["naive"]), 4)
        row["matcher_vs_naive"] = round(row["daachorse_mb_s"] / row["naive_loop_mb_s"])  # type: ignore[operator]
        seconds = best["scan"]
        row["scan_cli_lines"] = len(lines)
        row["scan_cli_mb_s"] = round(mb_per_s(scanned_bytes, seconds), 2)
        row["scan_cli_vs_naive"] = round(row["scan_cli_mb_s"] / row["naive_loop_mb_s"])  # type: ignore[operator]
        report[f"{count}_terms"] = row
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
