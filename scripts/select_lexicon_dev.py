"""Select the lexicon-dev terms that ship in policies/lexicons/lexicon-dev-selected.txt.

Takes four categories of ../shared/data/lexicon-dev (weapons, violence/terror, pornography,
illegal sites), drops terms too short to be specific, and drops every term that matches any
*safe* comment of COLD's train split (label 0) — the public list is noisy, and a term that
fires on benign text costs more than it catches. Deterministic; run from the repository root:

    python scripts/select_lexicon_dev.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import DATA, REPO, cold_rows, require

from aigc_guard.classifiers.lexicon import LexiconClassifier, LexiconOptions, Term
from aigc_guard.normalize import FoldMode, get_normalizer

SOURCES = {"涉枪涉爆": "A1-h", "暴恐词库": "A1-h", "色情类型": "A1-f", "非法网址": "A1-h"}
# Anatomy, medicine and everyday words: blocking them would refuse health questions.
EXCLUDED = {
    "乳头",
    "阴茎",
    "龟头",
    "体位",
    "屁眼",
    "凌辱",
    "色色",
    "套弄",
    "插你",
    "枪手",
    "盘古",
    "推背图",
    "电警棒",
    "testosterone",
    "benzodiazepines",
    "诺查丹玛斯",
    "超越红墙",
}
# Bare names of a substance: should-answer questions name them (三唑仑是什么药？冰毒有什么危害？),
# so they flag (severity low) and the request model decides; the phrases that sell or
# make them stay high.
NAMES = {"cocain", "冰毒", "三唑仑", "安非他命", "杜冷丁", "尼可刹米", "氯噻嗪", "氧氯化磷",
         "亚硝酰乙氧", "阿芙蓉", "爱他死"}  # fmt: skip
MAX_LENGTH = 32  # longer terms are near-unique strings; each folded character adds hold-back
OUT = REPO / "policies" / "lexicons" / "lexicon-dev-selected.txt"
HEADER = """\
# Terms selected from konsheng/Sensitive-lexicon @ 5a8da94 (Vocabulary/*.txt), as sampled in
# lexicon-dev: MIT License, Copyright (c) 2024~2099 Konsheng — full notice in
# LICENSE-lexicon-dev.txt beside this file. Selected by scripts/select_lexicon_dev.py: terms of
# {sources}, 2 to 32 folded characters (at least 4 for Latin), none matching a safe
# (label 0) comment of COLD's train split. Bare names of a substance (冰毒, 三唑仑) are low:
# flagged, not blocked. Columns: term, TC260 risk id, severity.
"""


def main() -> None:
    fold = get_normalizer(FoldMode.LEXICON).fold
    candidates: dict[str, tuple[str, str]] = {}
    for name, category in SOURCES.items():
        path = require(DATA / "lexicon-dev" / f"{name}.txt")
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            term = line.strip()
            folded = fold(term)
            if not folded or term in EXCLUDED or "\n" in folded or "\t" in term or "#" in term:
                continue
            if len(folded) < (4 if folded.isascii() else 2) or len(folded) > MAX_LENGTH:
                continue
            candidates.setdefault(folded, (term, category))
    terms = [Term(term, category, 1.0) for term, category in candidates.values()]
    matcher = LexiconClassifier("select", LexiconOptions(), terms, [])
    noisy: set[str] = set()
    safe = [row["TEXT"] for row in cold_rows("train") if row["label"] == "0"]
    for text in safe:
        for finding in matcher.scan(text):
            assert finding.start is not None and finding.end is not None
            noisy.add(fold(text[finding.start : finding.end]))
    kept = sorted((t for f, t in candidates.items() if f not in noisy), key=lambda t: (t[1], t[0]))
    OUT.write_text(
        HEADER.format(sources=", ".join(SOURCES))
        + "".join(
            f"{term}\t{category}\t{'low' if term in NAMES else 'high'}\n" for term, category in kept
        ),
        encoding="utf-8",
    )
    license_text = require(DATA / "lexicon-dev" / "LICENSE").read_text(encoding="utf-8")
    (OUT.parent / "LICENSE-lexicon-dev.txt").write_text(license_text, encoding="utf-8")
    print(
        f"{len(candidates)} candidates, {len(noisy)} fired on COLD safe comments, "
        f"{len(kept)} kept → {OUT}"
    )


if __name__ == "__main__":
    main()
