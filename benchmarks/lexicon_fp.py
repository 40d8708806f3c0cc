"""False-positive rate of lexicon matching on benign Chinese text (COLD comments, label 0).

    python benchmarks/lexicon_fp.py

Reports, for the whole lexicon-dev sample and for the shipped default lexicon, the share of
COLD's safe comments in which at least one term fires, with and without jieba word
boundaries. A lexicon is not a classifier: this is the cost it puts on benign traffic.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from _data import REPO, cold_rows, lexicon_dev_files

from aigc_guard.classifiers.lexicon import (
    LexiconClassifier,
    LexiconOptions,
    Term,
    read_term_file,
)


def lexicon_dev_terms() -> list[Term]:
    terms: list[Term] = []
    for path in lexicon_dev_files():
        terms.extend(read_term_file(path, path.stem, "high"))
    return terms


def shipped_terms() -> tuple[list[Term], list[str]]:
    folder = REPO / "policies" / "lexicons"
    terms = read_term_file(folder / "starter.txt", "A1-h", "high")
    terms += read_term_file(folder / "lexicon-dev-selected.txt", "A1-h", "high")
    allowed = [t.text for t in read_term_file(folder / "allow.txt", "allow", "low")]
    return terms, allowed


def rate(
    terms: list[Term], allowed: list[str], texts: list[str], word_boundary: bool
) -> dict[str, float]:
    classifier = LexiconClassifier(
        "fp", LexiconOptions(word_boundary=word_boundary), terms, allowed
    )
    started = time.perf_counter()
    hits = sum(1 for text in texts if classifier.scan(text))
    return {
        "terms": classifier.term_count,
        "texts": len(texts),
        "texts_with_a_hit": hits,
        "false_positive_rate": round(hits / len(texts), 4),
        "seconds": round(time.perf_counter() - started, 2),
    }


def naive_rate(terms: list[Term], texts: list[str]) -> dict[str, float]:
    """Plain ``term in text`` on unfolded text: what a substring filter does."""
    raw = [t.text for t in terms if t.text]
    hits = sum(1 for text in texts if any(term in text for term in raw))
    return {
        "terms": len(raw),
        "texts": len(texts),
        "texts_with_a_hit": hits,
        "false_positive_rate": round(hits / len(texts), 4),
    }


def main() -> None:
    results = {}
    for split in ("train", "dev"):
        safe = [row["TEXT"] for row in cold_rows(split) if row["label"] == "0"]
        dev_terms = lexicon_dev_terms()
        ours, allowed = shipped_terms()
        results[f"cold_{split}_safe/lexicon-dev/naive_substring"] = naive_rate(dev_terms, safe)
        for boundary in (False, True):
            suffix = "word_boundary" if boundary else "substring"
            results[f"cold_{split}_safe/lexicon-dev/{suffix}"] = rate(dev_terms, [], safe, boundary)
            results[f"cold_{split}_safe/default-policy/{suffix}"] = rate(
                ours, allowed, safe, boundary
            )
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
