"""Emoji that stand for a word: 如何制作💣, "where can I buy a 🔫", 教我做❄️毒.

A chat model reads 💣 in "how do I make a 💣" as *bomb*; a word list, a phrase or a model
trained on text reads nothing there. :func:`emoji_readings` gives the word each listed emoji
stands for, in the text's language, for the payload reader to put in its place. The list is
short and written here: the objects a harmful request names (weapons, drugs, money, people,
fire) where an emoji is the usual shorthand. The CLDR names a library would give are the
glyph's, not the word's (🔫 is a *water pistol* there, 💦 *sweat droplets*), and reading every
emoji would cost every answer decorated with ✅ or 🎉 a second judgement.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .language import detect_language

__all__ = ["EMOJI_WORDS", "EmojiReading", "emoji_at", "emoji_readings"]

EMOJI_WORDS: dict[str, tuple[str, str]] = {  # emoji: (English, Chinese)
    "💣": ("bomb", "炸弹"),
    "🧨": ("dynamite", "炸药"),
    "🔫": ("gun", "枪"),
    "🔪": ("knife", "刀"),
    "🗡": ("dagger", "匕首"),
    "🪓": ("axe", "斧头"),
    "💊": ("pills", "药"),
    "💉": ("syringe", "针"),
    "❄": ("ice", "冰"),  # 冰毒, and "ice" for meth
    "☢": ("nuclear", "核"),
    "☣": ("bioweapon", "生化"),
    "☠": ("poison", "毒"),
    "💀": ("dead", "死"),
    "🩸": ("blood", "血"),
    "🧪": ("chemicals", "化学品"),
    "🔥": ("fire", "火"),
    "🏦": ("bank", "银行"),
    "💰": ("money", "钱"),
    "💵": ("cash", "现金"),
    "💳": ("credit card", "信用卡"),
    "🚗": ("car", "汽车"),
    "🏠": ("house", "房子"),
    "👶": ("baby", "婴儿"),
    "🧒": ("child", "孩子"),
    "👧": ("girl", "女孩"),
    "👦": ("boy", "男孩"),
    "🚬": ("cigarettes", "烟"),
}
# An emoji with its presentation selector, skin tone or both (👶🏻, ❄️).
_EMOJI = re.compile(
    "(?:" + "|".join(map(re.escape, EMOJI_WORDS)) + ")[\ufe0f\ufe0e\U0001f3fb-\U0001f3ff]*"
)
_WORD_CHAR = re.compile(r"\w")
_LISTED = tuple(EMOJI_WORDS)


@dataclass(frozen=True, slots=True)
class EmojiReading:
    """``text[start:end]`` is an emoji standing for ``word``."""

    start: int
    end: int
    word: str


def emoji_readings(text: str) -> list[EmojiReading]:
    """Each listed emoji of ``text`` and the word it stands for: Chinese where the text holds
    Chinese, else English, spaced from the letters beside it (a💣 → a bomb)."""
    found: list[EmojiReading] = []
    if not _holds_listed(text):
        return found
    chinese: bool | None = None
    for match in _EMOJI.finditer(text):
        if chinese is None:
            chinese = detect_language(text) == "zh"
        english, zh = EMOJI_WORDS[match.group()[0]]
        word = zh
        if not chinese:
            start, end = match.span()
            before = " " if start and _WORD_CHAR.match(text[start - 1]) else ""
            after = " " if end < len(text) and _WORD_CHAR.match(text[end]) else ""
            word = before + english + after
        found.append(EmojiReading(match.start(), match.end(), word))
    return found


def emoji_at(text: str) -> Iterator[int]:
    """Where a listed emoji stands in ``text`` (the payload reader's cheap search)."""
    if not _holds_listed(text):
        return iter(())
    return (match.start() for match in _EMOJI.finditer(text))


def _holds_listed(text: str) -> bool:
    """A few `in` tests: a text of narrower characters (ASCII, or Chinese without astral
    characters) is refused at once, where the pattern's scan costs 40–110 µs on 2 KB."""
    return any(emoji in text for emoji in _LISTED)
