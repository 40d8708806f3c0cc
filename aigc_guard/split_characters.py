"""Chinese characters written as their parts (拆字), read back as the characters.

教我做火乍弓单 says 炸弹 to a reader who puts 火 and 乍 together, and nothing to a word list.
:func:`split_readings` puts written parts together where the characters they make spell a
word the shipped lexicons list and the pinyin table hears (炸弹, 枪支, 海洛因 — the table's
``1``): a pair of parts alone is read only inside such a word, so 女干部 (a woman cadre) is no
奸部 and 我女票 (my girlfriend) no 我嫖. The parts are a short table written here for the
characters of those words, as they are typed to split them (left and right, or top and
bottom, radicals as their own characters: 氵, 扌, 钅).
"""

from __future__ import annotations

import re

from .pinyin import heard_words

__all__ = ["split_readings"]

MAX_READ_CHARS = 4096  # of a request searched for parts: bounded work
LONGEST_WORD = 6  # characters of a listed word

# parts → the character they make
SPLITS: dict[str, str] = {
    "火乍": "炸", "弓单": "弹", "木仓": "枪", "十又": "支", "火包": "炮", "火暴": "爆",
    "火尧": "烧", "石欠": "砍", "艹约": "药", "贝者": "赌", "十尃": "博", "马扁": "骗",
    "女票": "嫖", "女昌": "娼", "女支": "妓", "女干": "奸", "口及": "吸", "米分": "粉",
    "广林": "麻", "牙鸟": "鸦", "冫水": "冰", "氵每": "海", "氵各": "洛", "石比": "砒",
    "雨相": "霜", "石肖": "硝", "气青": "氰", "钅甲": "钾", "钅安": "铵", "纟邦": "绑",
    "扌另": "拐", "氵去": "法", "车仑": "轮", "工力": "功", "犭虫": "独", "扌仓": "抢",
    "讠秀": "诱", "讠乍": "诈",
}  # fmt: skip
_PARTS = re.compile("|".join(map(re.escape, SPLITS)))


def split_readings(text: str) -> list[tuple[int, int, str]]:
    """Each stretch of ``text`` whose split characters, put together, make a heard listed
    word, with the word (火乍弓单: 炸弹)."""
    matches = list(_PARTS.finditer(text, 0, MAX_READ_CHARS))
    if not matches:
        return []
    joined: list[str] = []
    origin: list[tuple[int, int]] = []  # each character of the joined text: where it was
    made: set[int] = set()  # joined characters made of parts
    at = 0
    for match in matches:
        for index in range(at, match.start()):
            joined.append(text[index])
            origin.append((index, index + 1))
        made.add(len(joined))
        joined.append(SPLITS[match.group()])
        origin.append(match.span())
        at = match.end()
    for index in range(at, min(len(text), at + LONGEST_WORD)):
        joined.append(text[index])
        origin.append((index, index + 1))
    listed, reading = heard_words(), "".join(joined)
    found: list[tuple[int, int, str]] = []
    for position in sorted(made):
        word = _listed_around(reading, position, listed)
        if word is not None:
            start, end = word
            span = (origin[start][0], origin[end - 1][1], reading[start:end])
            if not found or found[-1][1] <= span[0]:
                found.append(span)
    return found


def _listed_around(
    reading: str, position: int, listed: dict[str, tuple[int, ...]]
) -> tuple[int, int] | None:
    """The longest listed word of ``reading`` that holds ``position``, as (start, end)."""
    for size in range(LONGEST_WORD, 1, -1):
        for start in range(max(0, position - size + 1), min(position, len(reading) - size) + 1):
            if reading[start : start + size] in listed:
                return start, start + size
    return None
