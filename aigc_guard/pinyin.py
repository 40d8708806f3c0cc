"""Pinyin read back as Chinese characters, as an input method reads it.

怎么制作zhadan, zěnme zhìzuò zhàdàn, "jiao wo zen me zuo zha dan": a request spelt in pinyin
says to a capable model what its characters say, and nothing to a word list or to a model
trained on characters. :func:`pinyin_readings` finds stretches of Latin words that are wholly
pinyin syllables and reads each as the likeliest words whose pinyin spells it (jieba's word
frequencies, ``data/pinyin_words.tsv.gz``, built by ``scripts/build_pinyin_table.py``),
keeping to tone marks or tone numbers where the writer gave them (bīngdú 冰毒, bìngdú 病毒).

When is Latin text pinyin? Beside Chinese characters (three characters away at most), a
stretch of two syllables and more, unless it is an acronym, a capitalised name, English words
that spell no common Chinese word (nike, make sense; shanghai reads 上海: a reading beside
the text costs a judgement, not a decision) or a loanword that reads as no word (papi 怕皮).
In text without Chinese, only when nearly every word is a pinyin syllable (English holds
*the*, *is*, *to*, which are not) or the stretch carries tone marks.

One syllable is read only inside a word: glued to the characters it stands among, and only
where it makes a word with them (同xing恋 同性恋, 冰du 冰毒, jian货 贱货); the character it
spells alone would be a guess, and 我们ban了 or 这个man makes no word.
"""

from __future__ import annotations

import functools
import gzip
import itertools
import math
import re
import string
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources

from .language import detect_language

__all__ = [
    "PinyinReading",
    "dictionary_words",
    "heard_words",
    "pinyin_readings",
    "read_listed",
    "read_pinyin",
    "read_zhuyin",
    "warm_heard",
    "warm_up",
]

MAX_KEY_LETTERS = 24  # the longest word of the table spelt out: six syllables
MAX_SYLLABLE_LETTERS = 6  # zhuang
IN_WORD_CONTEXT = 2  # characters read on each side of a syllable hidden inside a word
IN_WORD_READINGS = 3  # of a neighbour's readings tried (行: xing, hang, heng)
LATIN_SAMPLE_WORDS = 40  # words read to tell pinyin prose from English
PINYIN_SHARE = 0.8  # of a Chinese-free text's words, for it to be read as pinyin
MIN_PINYIN_WORDS = 3
MAX_READ_CHARS = 4096  # of pinyin read in one text: bounded work (about 60 ms) on a long one
MAX_WORD_LETTERS = 64  # a longer unbroken word is not pinyin (zenmezhizuozhadan is 17)
MAX_RUN_CHARS = 400  # a longer stretch is read in pieces of whole words
NEAR_HAN = 3  # characters between pinyin and the Chinese it hides in (a space, a colon, a quote)

_TONED = {
    mark: (base, tone)
    for base, marks in (
        ("a", "āáǎà"), ("e", "ēéěè"), ("i", "īíǐì"), ("o", "ōóǒò"), ("u", "ūúǔù"), ("v", "ǖǘǚǜ"),
    )
    for tone, mark in enumerate(marks, start=1)
} | {"ü": ("v", 0)}  # fmt: skip
_MARKED = re.compile(f"[{''.join(_TONED)}{''.join(_TONED).upper()}]")
_LETTERS = "A-Za-z\u00c0-\u01dc"  # Latin-1 and Extended-A/B hold every tone mark (ǜ is last)
_SEPARATORS = " '’-"
_SYLLABLE_ENDS = frozenset("aeiouvngr")
# Two consonants meet in pinyin only as zh, ch, sh, or after a syllable's n, ng or r (ganbu,
# zhongguo, erzi); v only after l or n (lv, nv); a final g only in ng.
_CONSONANTS = "bcdfghjklmnpqrstwxyz"  # and v, which stands for ü
_NEVER_IN_PINYIN = re.compile(
    f"[bdfhjklmpqtwxy][{_CONSONANTS}]|[csz][{_CONSONANTS.replace('h', '')}]"
    f"|(?<!n)g[{_CONSONANTS}]|(?<!n)g$|(?<![ln])v"
)
# A word, and words apart by up to three separators; what is in them is checked when read.
# Chinese may touch a stretch (怎么制作zhadan); a letter or digit may not, nor what makes a
# word a name in code (user.name, time(), max_len, $home) — checked beside each match, not
# as lookarounds: a pattern that opens with a plain class lets the engine skip ahead to the
# next letter (three times faster on Chinese text).
_WORD = re.compile(f"[{_LETTERS}][{_LETTERS}1-5]*")
_RUN = re.compile(f"[{_LETTERS}][{_LETTERS}1-5{_SEPARATORS}]*")
_GLUE = frozenset(string.ascii_letters + string.digits + "_") | {chr(c) for c in range(0xC0, 0x1DD)}
_NOT_BEFORE = _GLUE | frozenset("./@#$=\\")
_NOT_AFTER = _GLUE | frozenset("(=/@")


@dataclass(frozen=True, slots=True)
class PinyinReading:
    """``text[start:end]``, a stretch of pinyin, read as its likeliest words and as the words
    a lexicon lists where the letters allow them (bingdu: 病毒, and 冰毒)."""

    start: int
    end: int
    likeliest: str
    listed: str


# word, syllable ends, tones, log frequency, listed
_Entry = tuple[str, frozenset[int], tuple[int, ...], float, bool]
LISTED_BONUS = 8.0  # log odds a listed word gains in the harm-seeking reading (about 3,000×)


@dataclass(frozen=True, slots=True)
class _Table:
    spellings: dict[str, str]  # toneless letters → their words, unparsed (parsed when asked)
    syllables: frozenset[str]
    log_total: float
    english: frozenset[str]  # English words that spell pinyin but no common Chinese word


@functools.cache
def _table() -> _Table:
    """The word table, read once a process (0.2 s; a policy's load pays it: :func:`warm_up`)."""
    raw = resources.files("aigc_guard").joinpath("data/pinyin_words.tsv.gz").read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").split("\n")
    syllables = frozenset(lines[0].partition("\t")[2].split(" "))
    total = int(lines[1].partition("\t")[2])
    english = frozenset(lines[2].partition("\t")[2].split(" "))
    spellings = dict(line.split("\t", 1) for line in lines[3:] if line)
    return _Table(spellings, syllables, math.log(total), english)


@functools.lru_cache(maxsize=16384)
def _entries(letters: str) -> tuple[_Entry, ...]:
    """The words spelt ``letters``, commonest first."""
    table = _table()
    fields = table.spellings.get(letters)
    if fields is None:
        return ()
    entries = []
    for field in fields.split("\t"):
        word, toned, freq, listed = field.split(",")
        bounds, tones, at = [], [], 0
        for syllable in toned.split("'"):
            base, tone = _untoned(syllable)
            at += len(base)
            bounds.append(at)
            tones.append(tone)
        log_p = math.log(int(freq)) - table.log_total
        entries.append((word, frozenset(bounds), tuple(tones), log_p, listed != "0"))
    return tuple(entries)


def warm_up() -> None:
    """Read the word table and load pypinyin's character readings now (about 0.2 s each, once
    a process) rather than on the first text that holds pinyin — a stall of that request,
    and of every forked worker's first such text; forked workers then share them."""
    _table()
    _char_readings("中")


def _untoned(syllable: str) -> tuple[str, int]:
    """``zhà`` → (``zha``, 4); a syllable without a mark is neutral (5)."""
    letters, tone = [], 5
    for ch in syllable:
        base, mark = _TONED.get(ch, (ch, 0))
        letters.append(base)
        tone = mark or tone
    return "".join(letters), tone


def pinyin_readings(text: str) -> list[PinyinReading]:
    """Each stretch of ``text`` that is pinyin, read as Chinese characters, left to right."""
    has_han = detect_language(text) == "zh"
    if not has_han and not _mostly_pinyin(text):
        return []
    found: list[PinyinReading] = []
    budget = MAX_READ_CHARS
    for match in _maybe_pinyin(text):
        run = match.group().rstrip(_SEPARATORS)
        run_start = match.start()
        run_end = run_start + len(run)
        if not _alone(text, run_start, run_end):
            continue
        if _one_syllable(run):
            if has_han and _glued_to_han(text, run_start, run_end):
                budget -= run_end - run_start  # each is a few lookups: bounded like the rest
                if budget < 0:
                    return found
                if (reading := _syllable_in_word(text, run_start, run_end)) is not None:
                    found.append(reading)
            continue
        if has_han and (_a_name(run) or not _beside_han(text, run_start, run_end)):
            continue
        for start, end in _pieces(run_start, run_end, text):
            budget -= end - start
            if budget < 0:
                return found
            read = _read(text[start:end])
            if read is None or sum(map(len, read[0])) < 2:
                continue
            if has_han and not any(len(word) >= 2 for words in read for word in words):
                continue  # papi 怕皮, emoji 额么及: no word, a loanword in a Chinese sentence
            found.append(PinyinReading(start, end, "".join(read[0]), "".join(read[1])))
    return found


def _glued_to_han(text: str, start: int, end: int) -> bool:
    return (start > 0 and _is_han(text[start - 1])) or (end < len(text) and _is_han(text[end]))


def _syllable_in_word(text: str, start: int, end: int) -> PinyinReading | None:
    """One syllable glued to a Chinese character (同xing恋, bing毒) read as the character of
    the word it makes with the characters beside it (the commonest such word, and the
    commonest listed one), or ``None`` (我们ban了, a name such as Mei: no reading)."""
    run = text[start:end]
    if len(run) < 2 or _a_name(run):
        return None
    letters, tones, _ = _letters(run)
    read = _read_in_word(text, start, end, letters, max(tones))
    return None if read is None else PinyinReading(start, end, *read)


def _read_in_word(
    text: str, start: int, end: int, letters: str, tone: int
) -> tuple[str, str] | None:
    """The character ``letters`` spells in the longest word it makes with the characters
    around ``text[start:end]``: the likeliest, and the likeliest once listed words are
    preferred; ``None`` when it makes none."""
    left, right = _han_before(text, start), _han_after(text, end)
    for context in range(len(left) + len(right), 0, -1):
        fits = list(_words_around(left, right, context, letters, tone))
        if fits:
            likeliest = max(fits, key=lambda fit: fit[1])
            listed = max(fits, key=lambda fit: fit[1] + (LISTED_BONUS if fit[2] else 0.0))
            return likeliest[0], listed[0]
    return None


def _words_around(
    left: str, right: str, context: int, letters: str, tone: int
) -> Iterator[tuple[str, float, bool]]:
    """Each word of ``context`` characters from ``left`` and ``right`` and one character
    spelt ``letters`` (with ``tone``, if given) between them: that character, the word's log
    frequency, and whether a lexicon lists the word."""
    for taken_left in range(max(0, context - len(right)), min(context, len(left)) + 1):
        before, after = left[len(left) - taken_left :], right[: context - taken_left]
        size = len(before) + 1 + len(after)
        for spelt in _spellings(before, letters, after):
            for word, _, tones, log_p, listed in _entries(spelt):
                if len(word) != size or not word.startswith(before) or not word.endswith(after):
                    continue
                if not tone or tones[len(before)] == tone:
                    yield word[len(before)], log_p, listed


def _han_before(text: str, at: int) -> str:
    begin = at
    while begin > max(0, at - IN_WORD_CONTEXT) and _is_han(text[begin - 1]):
        begin -= 1
    return text[begin:at]


def _han_after(text: str, at: int) -> str:
    stop = at
    while stop < min(len(text), at + IN_WORD_CONTEXT) and _is_han(text[stop]):
        stop += 1
    return text[at:stop]


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _spellings(before: str, letters: str, after: str) -> Iterator[str]:
    """Every toneless spelling of ``before`` + the syllable + ``after``, the characters by
    their commonest readings (a few each)."""
    readings = (
        [_char_readings(ch) for ch in before] + [(letters,)] + [_char_readings(ch) for ch in after]
    )
    for combination in itertools.product(*readings):
        yield "".join(combination)


@functools.lru_cache(maxsize=8192)
def _char_readings(ch: str) -> tuple[str, ...]:
    from pypinyin import Style, pinyin

    return tuple(pinyin(ch, style=Style.NORMAL, heteronym=True)[0][:IN_WORD_READINGS])


def _maybe_pinyin(text: str) -> Iterator[re.Match[str]]:
    """The stretches that may be pinyin, a batch of stretches at a time (a huge text's stay
    bounded in memory): each looked up (cached) in C, not looped over in Python."""
    stretches = _RUN.finditer(text)
    while batch := list(itertools.islice(stretches, 4096)):
        yield from itertools.compress(batch, map(_may_read, map(re.Match.group, batch)))


@functools.lru_cache(maxsize=65536)
def _may_read(run: str) -> bool:
    """Whether a stretch may be pinyin: every word of it pinyin syllables (no English word,
    the commonest case)."""
    return all(map(_pinyin_word, run.split()))


@functools.lru_cache(maxsize=65536)
def _one_syllable(run: str) -> bool:
    """Whether a stretch is one word of one syllable (read only inside a word)."""
    return " " not in run and _letters(run)[0] in _table().syllables


def _beside_han(text: str, start: int, end: int) -> bool:
    """Whether a Chinese character stands on the same line within :data:`NEAR_HAN`
    characters of the stretch (把黑人sha si, 他说：ni gen wo lai ba): pinyin hidden in Chinese
    sits in it, while the English of a bilingual text runs on in sentences of its own."""
    before = text[max(0, start - NEAR_HAN) : start].rpartition("\n")[2]
    after = text[end : end + NEAR_HAN].partition("\n")[0]
    return detect_language(before) == "zh" or detect_language(after) == "zh"


def _alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is glued to no letter or digit, nor to what makes a word a
    name in code."""
    return not (
        (start and text[start - 1] in _NOT_BEFORE) or (end < len(text) and text[end] in _NOT_AFTER)
    )


def _pieces(start: int, end: int, text: str) -> Iterator[tuple[int, int]]:
    """The stretch in pieces of at most :data:`MAX_RUN_CHARS`, cut after a space."""
    while end - start > MAX_RUN_CHARS:
        cut = text.rfind(" ", start, start + MAX_RUN_CHARS)
        if cut <= start:
            return  # one unbroken word that long: not pinyin
        yield start, cut
        start = cut + 1
    yield start, end


def _a_name(run: str) -> bool:
    """An acronym, a name or English words in a Chinese sentence, not pinyin someone hides a
    word in: one word in capitals or capitalised (SEO, Alice), or English words that spell no
    common Chinese word (nike, make sense) — unless a tone mark says pinyin."""
    if _MARKED.search(run) is not None:
        return False
    if " " not in run and (run.isupper() or run.istitle()):
        return True
    english = _table().english
    return all(word.lower() in english for word in run.split())


def _mostly_pinyin(text: str) -> bool:
    """Whether a text without Chinese characters is pinyin prose: of its first words, four in
    five and three at least spell pinyin syllables and no English word (sure, mate), or two
    carry tone marks."""
    pinyin = other = marked = 0
    english = _table().english
    words = (m.group() for m in _WORD.finditer(text) if _alone(text, *m.span()))
    for word in itertools.islice(words, LATIN_SAMPLE_WORDS):
        marked += _MARKED.search(word) is not None
        if _pinyin_word(word) and word.lower() not in english:
            pinyin += 1
        else:
            other += 1
            if marked < 2 and other > (1 - PINYIN_SHARE) * max(5, pinyin + other):
                return False  # English: "the", "is", "to" in its first words
    prose = pinyin >= MIN_PINYIN_WORDS and pinyin >= PINYIN_SHARE * (pinyin + other)
    return prose or marked >= 2


@functools.lru_cache(maxsize=65536)
def _pinyin_word(word: str) -> bool:
    """Whether a word (tones, apostrophes and hyphens allowed) is pinyin syllables."""
    if word.isascii() and word.isalpha():  # most words: no tone, no break
        letters = word.lower()
        if letters[-1] not in _SYLLABLE_ENDS or _NEVER_IN_PINYIN.search(letters):
            return False  # good, design, stay, strength: most English, at the cost of a search
        return _spells_syllables(letters)
    letters, _, breaks = _letters(word)
    return bool(letters) and all(_spells_syllables(w) for w in _split_at(letters, breaks))


@functools.lru_cache(maxsize=65536)
def _spells_syllables(letters: str) -> bool:
    """Whether ``letters`` (toneless, a break-free word) splits into pinyin syllables."""
    if len(letters) > MAX_WORD_LETTERS:
        return False
    syllables = _table().syllables
    size = len(letters)
    reached = [True] + [False] * size  # where a syllable may end
    for start in range(size):
        if reached[start]:
            for end in range(start + 1, min(size, start + MAX_SYLLABLE_LETTERS) + 1):
                if letters[start:end] in syllables:
                    reached[end] = True
    return reached[size]


def _letters(run: str) -> tuple[str, list[int], set[int]]:
    """The run's toneless letters (ü as v), each letter's tone (0: none given), and the
    letter offsets where a word or syllable ends (a space, an apostrophe, a tone number)."""
    letters: list[str] = []
    tones: list[int] = []
    breaks: set[int] = set()
    for ch in run.lower():
        if ch.isdigit():
            if not letters or len(letters) in breaks:  # a number, not a tone: not pinyin
                letters.append(ch)
                tones.append(0)
            else:
                tones[-1] = int(ch)
            breaks.add(len(letters))
        elif ch in _SEPARATORS:
            breaks.add(len(letters))
        else:
            base, tone = _TONED.get(ch, (ch, 0))
            letters.append(base)
            tones.append(tone)
    return "".join(letters), tones, breaks


def read_pinyin(run: str) -> tuple[str, str] | None:
    """The likeliest Chinese words that ``run`` spells and the likeliest once listed words
    are preferred, or ``None`` when it is not pinyin: ``zha dan`` → 炸弹, ``bingdu`` → 病毒
    and 冰毒, ``bīngdú`` → 冰毒 alone, ``bing4du2`` → 病毒 alone."""
    read = _read(run)
    return None if read is None else ("".join(read[0]), "".join(read[1]))


def read_listed(syllables: Sequence[str]) -> list[tuple[str, tuple[int, ...] | None]] | None:
    """The words toneless ``syllables`` spell, the words the shipped lexicons list preferred,
    each with its tones if listed (``bing du`` → 冰 and 毒: ``[("冰毒", (1, 2))]``), when one
    of them is listed; ``None`` when none is, or they are no pinyin. Cheap where no run of
    the syllables spells a listed word (a set lookup each)."""
    spellings = _listed_spellings()
    if not any(
        "".join(syllables[start:end]) in spellings
        for start in range(len(syllables))
        for end in range(start + 2, min(len(syllables), start + 6) + 1)
    ):
        return None
    read = _read(" ".join(syllables))
    if read is None:
        return None
    listed = heard_words()
    words = [(word, listed.get(word)) for word in read[1]]
    return words if any(tones is not None for _, tones in words) else None


@functools.cache
def dictionary_words() -> frozenset[str]:
    """Every word of the table (149,000; 0.1 s once a process, on first use)."""
    return frozenset(
        field.split(",", 1)[0]
        for fields in _table().spellings.values()
        for field in fields.split("\t")
    )


@functools.cache
def heard_words() -> dict[str, tuple[int, ...]]:
    """The words of two characters and more that the shipped lexicons list and homophones
    are heard as (listed ``1``), with their tones; insults, adverts, the selected lexicon's
    slang and the minors' words are listed ``2``, never heard (她骂的 sounds like 他妈的, and is
    what it says)."""
    listed: dict[str, tuple[int, ...]] = {}
    for fields in _table().spellings.values():
        for field in fields.split("\t"):
            if field.endswith(",1"):
                word, toned, _ = field.split(",", 2)
                if len(word) >= 2:
                    listed[word] = tuple(_untoned(syllable)[1] for syllable in toned.split("'"))
    return listed


def warm_heard() -> None:
    """Build the tables homophones are heard by (the dictionary's words, the heard words and
    their spellings: 0.2 s once a process)."""
    dictionary_words()
    heard_words()
    _listed_spellings()


@functools.cache
def _listed_spellings() -> frozenset[str]:
    """The toneless spellings of :func:`heard_words` (bingdu, zhadan)."""
    return frozenset(
        letters
        for letters, fields in _table().spellings.items()
        if any(f.endswith(",1") and len(f.split(",", 1)[0]) >= 2 for f in fields.split("\t"))
    )


@functools.lru_cache(maxsize=4096)  # a word that recurs in a text is read once
def _read(run: str) -> tuple[list[str], list[str]] | None:
    if not run.split() or not all(map(_pinyin_word, run.split())):
        return None
    letters, tones, breaks = _letters(run)
    likeliest = _best_words(letters, tones, breaks, 0.0)
    if likeliest is None:
        return None
    return likeliest, _best_words(letters, tones, breaks, LISTED_BONUS) or likeliest


def _best_words(letters: str, tones: list[int], breaks: set[int], bonus: float) -> list[str] | None:
    """The words spelling ``letters`` of the highest summed log frequency (a listed word's
    raised by ``bonus``), keeping to the writer's breaks and tones."""
    size = len(letters)
    best = [-math.inf] * (size + 1)
    back: list[tuple[int, str]] = [(0, "")] * (size + 1)
    best[0] = 0.0
    for start in range(size):
        if best[start] == -math.inf:
            continue
        for end in range(start + 1, min(size, start + MAX_KEY_LETTERS) + 1):
            for word, bounds, word_tones, log_p, listed in _entries(letters[start:end]):
                if not _fits(start, end, bounds, word_tones, tones, breaks):
                    continue
                score = best[start] + log_p + (bonus if listed else 0.0)
                if score > best[end]:
                    best[end] = score
                    back[end] = (start, word)
                if not bonus:
                    break  # the commonest word that fits
    if best[size] == -math.inf:
        return None
    read: list[str] = []
    at = size
    while at > 0:
        at, word = back[at]
        read.append(word)
    return read[::-1]


def _split_at(letters: str, breaks: set[int]) -> list[str]:
    cuts = [0, *sorted(b for b in breaks if 0 < b < len(letters)), len(letters)]
    return [letters[a:b] for a, b in itertools.pairwise(cuts) if b > a]


def _fits(
    start: int,
    end: int,
    bounds: frozenset[int],
    word_tones: tuple[int, ...],
    tones: list[int],
    breaks: set[int],
) -> bool:
    """A word spelt by ``letters[start:end]`` fits when the writer's breaks fall between its
    syllables and the tones the writer gave are its tones."""
    if any(at in breaks and at - start not in bounds for at in range(start + 1, end)):
        return False
    given = tones[start:end]
    if not any(given):
        return True
    syllable, previous = 0, 0
    for offset in sorted(bounds):
        tone = max(given[previous:offset])
        if tone and tone != word_tones[syllable]:
            return False
        syllable, previous = syllable + 1, offset
    return True


_ZHUYIN_TONES = {"ˊ": 2, "ˇ": 3, "ˋ": 4, "˙": 5}
MAX_ZHUYIN_LETTERS = 3  # ㄓㄨㄤ, zhuang


@functools.cache
def _zhuyin_syllables() -> dict[str, str]:
    """Each syllable in zhuyin (bopomofo, as Taiwan writes it: ㄓㄚ) → its pinyin (zha)."""
    from pypinyin.style.bopomofo import BopomofoConverter

    converter = BopomofoConverter()
    table: dict[str, str] = {}
    for syllable in _table().syllables:
        written = converter.to_bopomofo(syllable + "1")
        table.setdefault(written, syllable)
    return table


def read_zhuyin(run: str) -> tuple[str, str] | None:
    """What a stretch of zhuyin spells, as :func:`read_pinyin` reads it (``ㄓㄚˋ ㄉㄢˋ`` →
    炸弹), or ``None`` when it is no run of syllables. Syllables may stand apart or together;
    a tone mark ends one (the neutral ˙ stands before it)."""
    syllables = _zhuyin_syllables()
    spelt: list[str] = []
    for piece in run.replace("˙", " ").split():
        at = 0
        while at < len(piece):
            for size in range(min(MAX_ZHUYIN_LETTERS, len(piece) - at), 0, -1):
                pinyin = syllables.get(piece[at : at + size])
                if pinyin is not None:
                    break
            else:
                return None
            at += size
            if at < len(piece) and piece[at] in _ZHUYIN_TONES:
                pinyin += str(_ZHUYIN_TONES[piece[at]])
                at += 1
            spelt.append(pinyin)
    return read_pinyin(" ".join(spelt)) if len(spelt) >= 2 else None
