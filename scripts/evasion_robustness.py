"""How much of what a policy catches survives written evasions, with models reading the text
as ``aigc_guard.evasions`` gives it to them (``model_text`` and the evasion view) and reading
it as written (only unreadable characters dropped, as before), in one run.

Each set's harmful rows are rewritten by code — traditional characters (OpenCC s2t), spaces
between characters, zero-width spaces inside words, fullwidth letters, Cyrillic look-alikes,
leet digits, an accented or barred letter in each word (bómb, ƀomb) — and scored by the whole
policy; its safe rows are rewritten the same way to
show what the view costs in false positives. A row counts as caught when the policy does not
allow it (flag, redact or block).

    python scripts/evasion_robustness.py [--policy policies/default.yaml] [--rows 300]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
from collections.abc import Callable

from _data import REPO, cold_rows, csv_rows, jsonl_rows

from aigc_guard import engine
from aigc_guard.engine import scan_texts
from aigc_guard.normalize import readable_text
from aigc_guard.policy.loader import load_policy
from aigc_guard.policy.schema import Direction

_CYRILLIC = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х"})
_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"})
_ACCENTED = dict(zip("aeiou", "áéíóú", strict=True))
_BARRED = dict(zip("bdlo", "ƀđłø", strict=True))


def _one_letter(table: dict[str, str]) -> Callable[[str], str]:
    """The word's first letter that ``table`` holds, written its way (bómb, ƀomb)."""

    def change(word: str) -> str:
        at = next((i for i, c in enumerate(word) if c in table), None)
        return word if at is None else word[:at] + table[word[at]] + word[at + 1 :]

    return change


def _s2t() -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC("s2t").convert


def _spaced(text: str) -> str:
    return " ".join(text)


def _zero_width(text: str) -> str:
    return "\u200b".join(text)


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _every_word(change: Callable[[str], str]) -> Callable[[str], str]:
    """Apply ``change`` to the letters of each word of four or more (keeps the text legible)."""

    def rewrite(text: str) -> str:
        return " ".join(change(w) if len(w) >= 4 else w for w in text.split(" "))

    return rewrite


def _sets(rows: int, seed: int) -> dict[str, tuple[str, list[str], list[str]]]:
    """name → (language, harmful texts, safe texts)."""
    rng = random.Random(seed)
    cold = list(cold_rows("dev"))
    zh_bad = [r["TEXT"] for r in cold if r["label"] == "1"]
    zh_ok = [r["TEXT"] for r in cold if r["label"] == "0"]
    hate = csv_rows("hatecheck-dev/cases.csv")
    en_bad = [r["test_case"] for r in hate if r["label_gold"] == "hateful"]
    en_ok = [r["test_case"] for r in hate if r["label_gold"] != "hateful"]
    catqa = jsonl_rows("zh-harmful-prompts/prompts.jsonl")
    zh_req = [r["text"] for r in catqa if r["source"] == "CatQA"]

    def pick(texts: list[str]) -> list[str]:
        return rng.sample(texts, min(rows, len(texts)))

    return {
        "COLD dev (zh, comments)": ("zh", pick(zh_bad), pick(zh_ok)),
        "CatQA (zh, requests)": ("zh", pick(zh_req), []),
        "HateCheck-dev (en)": ("en", pick(en_bad), pick(en_ok)),
    }


async def _caught(policy: object, texts: list[str], direction: Direction) -> float:
    if not texts:
        return float("nan")
    flagged = 0
    for text in texts:
        outcome = await scan_texts(policy, [text], direction)  # type: ignore[arg-type]
        flagged += outcome.decision.would_be.value != "allow"
    return round(flagged / len(texts), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--policy", default=str(REPO / "policies" / "default.yaml"))
    parser.add_argument("--rows", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    policy = load_policy(args.policy)
    rewrites: dict[str, dict[str, Callable[[str], str]]] = {
        "zh": {
            "plain": str,
            "traditional": _s2t(),
            "spaced": _spaced,
            "zero-width": _zero_width,
        },
        "en": {
            "plain": str,
            "leet": _every_word(lambda w: w.translate(_LEET)),
            "cyrillic": _every_word(lambda w: w.translate(_CYRILLIC)),
            "zero-width": _every_word(_zero_width),
            "fullwidth": _fullwidth,
            "accented": _every_word(_one_letter(_ACCENTED)),
            "barred": _every_word(_one_letter(_BARRED)),
        },
    }
    view, text_of = engine.evasion_view, engine.model_text
    report: dict[str, object] = {"policy": args.policy}
    for name, (lang, harmful, safe) in _sets(args.rows, args.seed).items():
        direction = Direction.INPUT if "requests" in name else Direction.OUTPUT
        rows: dict[str, object] = {}
        for kind, rewrite in rewrites[lang].items():
            scores: dict[str, object] = {}
            for label, undone in (("as_written", False), ("evasions_undone", True)):
                engine.evasion_view = view if undone else (lambda text: None)  # type: ignore[assignment]
                engine.model_text = text_of if undone else readable_text  # type: ignore[assignment]
                scores[label] = {
                    "harmful_caught": asyncio.run(
                        _caught(policy, [rewrite(t) for t in harmful], direction)
                    ),
                    "safe_flagged": asyncio.run(
                        _caught(policy, [rewrite(t) for t in safe], direction)
                    ),
                }
            rows[kind] = scores
            print(name, kind, json.dumps(scores), flush=True)
        report[name] = rows
    engine.evasion_view, engine.model_text = view, text_of
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
