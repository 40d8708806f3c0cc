"""Text normalization with an offset map back to the original text.

Scanners match a *folded* copy of the text so that evasions do not work:

* NFKC (full width → half width, compatibility forms), case folding;
* zero-width, other format characters, combining marks and lone surrogates (valid in JSON,
  not text: no tokenizer or UTF-8 encoder takes them) and the other default-ignorable code
  points (Hangul fillers, unassigned ones) dropped; invisible tag characters
  (U+E0020–U+E007E) read as the ASCII they spell;
* confusable letters (Cyrillic ``а``, Greek ``ο``, …) mapped to Latin;
* traditional → simplified Chinese, character by character (from OpenCC's tables);
* in ``lexicon`` mode, spaces, symbols and punctuation *inside* a term ignored
  (``大*麻``, ``大 麻``, ``f.u.c.k``), while sentence punctuation (``，。！？；：、``,
  newlines) stays as a barrier so that terms never match across sentences.

Every rule is a function of one character, so folding is one ``str.translate`` call in C,
and a window of a text folds exactly like the same characters inside the whole text: the
stream guard relies on that. Long texts fold through numpy arrays of the same rules (a
``translate`` costs about 65 ns a character, the arrays a third of that), filled 256 code
points at a time on first sight. The offset map (normalized index → original index) is only
built when a scanner found something to report.
"""

from __future__ import annotations

import bisect
import codecs
import enum
import functools
import itertools
import re
import unicodedata

import numpy as np

__all__ = [
    "FoldMap",
    "FoldMode",
    "Normalizer",
    "get_normalizer",
    "invisible",
    "readable_text",
    "t2s_table",
]


class FoldMode(enum.StrEnum):
    """How much a normalizer folds."""

    LEXICON = "lexicon"  # everything, separators and symbols dropped
    TEXT = "text"  # everything but separators and symbols (for user regexes)
    WIDTH = "width"  # NFKC and format characters only, case kept (for PII and secrets)


# What every reader of a text takes first, folds and models alike (``str.translate``): lone
# surrogates (valid in JSON, not text: no tokenizer or UTF-8 encoder takes them) dropped, and
# the invisible tag characters U+E0020–U+E007E, which spell ASCII that language models read
# ("ASCII smuggling"), read as that ASCII.
_READABLE: dict[int, int | None] = {
    **dict.fromkeys(range(0xD800, 0xE000)),
    **{code: code - 0xE0000 for code in range(0xE0020, 0xE007F)},
}
_UNREADABLE = re.compile("[\ud800-\udfff\U000e0020-\U000e007e]")

# Hangul fillers: letters by category, drawn as nothing (used to split words invisibly).
_BLANK_LETTERS = frozenset({0x115F, 0x1160, 0x3164, 0xFFA0})

BARRIER = "\n"
_BARRIERS = frozenset(",.;:!?。、…\n\r\u2028\u2029｡")
# '.' is a barrier only between sentences; inside terms (domains, "f.u.c.k") it is dropped.
_SOFT_BARRIERS = frozenset(".")
_KEPT_CONTROLS = frozenset("\t\n\r")

CONFUSABLES: dict[str, str] = {
    # Cyrillic
    "а": "a",
    "в": "b",
    "е": "e",
    "ё": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "ѕ": "s",
    "і": "i",
    "ї": "i",
    "ј": "j",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
    "һ": "h",
    "ӏ": "l",
    "ь": "b",
    # Greek
    "α": "a",
    "β": "b",
    "ε": "e",
    "η": "n",
    "ι": "i",
    "κ": "k",
    "ν": "v",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "ω": "w",
    "ϲ": "c",
    # Latin lookalikes, and letters with a stroke, hook or bar that NFKD leaves whole (bømb,
    # ɓomb, ƅomb: a reader sees the word)
    "ı": "i",
    "ɡ": "g",
    "ɑ": "a",
    "ʏ": "y",
    "ƀ": "b",
    "ƃ": "b",
    "ƅ": "b",
    "ɓ": "b",
    "ƈ": "c",
    "ȼ": "c",
    "đ": "d",
    "ɗ": "d",
    "ƌ": "d",
    "ɇ": "e",
    "ƒ": "f",
    "ǥ": "g",
    "ɠ": "g",
    "ħ": "h",
    "ɨ": "i",
    "ɉ": "j",
    "ƙ": "k",
    "ł": "l",
    "ƚ": "l",
    "ɫ": "l",
    "ø": "o",
    "ɵ": "o",
    "ƥ": "p",
    "ɋ": "q",
    "ɍ": "r",
    "ȿ": "s",
    "ŧ": "t",
    "ƭ": "t",
    "ʉ": "u",
    "ʋ": "v",
    "ƴ": "y",
    "ɏ": "y",
    "ƶ": "z",
    "ȥ": "z",
}

# Letters drawn another way that NFKC leaves alone: small capitals (ʙᴏᴍʙ), negative squared
# and negative circled letters (🅱omb, 🅑), regional indicators (🇧🇴🇲🇧). Read as ASCII letters
# by the lexicons and the models alike.
LETTER_LIKES: dict[str, str] = {
    **dict(zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnopqrstuvwyz", strict=True)),
    **{chr(0x1F170 + i): chr(ord("a") + i) for i in range(26)},
    **{chr(0x1F150 + i): chr(ord("a") + i) for i in range(26)},
    **{chr(0x1F1E6 + i): chr(ord("a") + i) for i in range(26)},
}
CONFUSABLES.update(LETTER_LIKES)


@functools.cache
def t2s_table() -> dict[str, str]:
    """Traditional → simplified, one character to one character, from OpenCC."""
    import opencc

    converter = opencc.OpenCC("t2s")
    chars = [chr(c) for c in range(0x3400, 0x4DC0)] + [chr(c) for c in range(0x4E00, 0xA000)]
    converted = converter.convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # pragma: no cover - defensive against odd builds
        return {}
    return {a: b for a, b in zip(chars, converted, strict=True) if a != b and len(b) == 1}


def _strip_marks(text: str) -> str:
    """``ú`` → ``u``: drop combining marks, keep characters that merely decompose."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    if len(stripped) == len(decomposed):
        return text
    return unicodedata.normalize("NFC", stripped)


def readable_text(text: str) -> tuple[str, list[int] | None]:
    """The text as a model reads it (:data:`_READABLE`) and, when lone surrogates were
    dropped, the original index of each character kept (to move spans back)."""
    if text.isascii() or _UNREADABLE.search(text) is None:
        return text, None
    readable = text.translate(_READABLE)
    if len(readable) == len(text):
        return readable, None
    return readable, [i for i, c in enumerate(text) if not "\ud800" <= c <= "\udfff"]


def invisible(code: int) -> bool:
    """Whether a code point is drawn as nothing: format characters (zero-width spaces and
    joiners, bidi controls), Hangul fillers and unassigned default-ignorables."""
    if code in _BLANK_LETTERS or 0xFFF0 <= code <= 0xFFF8 or 0xE0000 <= code <= 0xE0FFF:
        return True
    return unicodedata.category(chr(code)) == "Cf"


def _fold_char(ch: str, mode: FoldMode) -> str:
    ch = ch.translate(_READABLE)
    if not ch:
        return ""
    code = ord(ch)
    if invisible(code):
        return ""
    if code == 0x2800:  # the Braille blank: a symbol drawn as a space
        ch = " "
    folded = _strip_marks(unicodedata.normalize("NFKC", ch))
    if mode is not FoldMode.WIDTH:
        folded = folded.casefold()
    t2s = t2s_table() if mode is not FoldMode.WIDTH else {}
    out: list[str] = []
    for c in folded:
        if mode is not FoldMode.WIDTH:
            c = CONFUSABLES.get(c, c)
            c = t2s.get(c, c)
        category = unicodedata.category(c)
        if category in ("Cf", "Mn", "Me") or (category == "Cc" and c not in _KEPT_CONTROLS):
            continue
        if mode is FoldMode.LEXICON:
            if c in _BARRIERS and c not in _SOFT_BARRIERS:
                out.append(BARRIER)
                continue
            if c.isspace() or category[0] in "ZPS":
                continue
        out.append(c)
    return "".join(out)


class _FoldTable(dict[int, str]):
    """``str.translate`` table that folds each code point on first sight and caches it."""

    def __init__(self, mode: FoldMode) -> None:
        super().__init__()
        self.mode = mode

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code), self.mode)
        self[code] = folded
        return folded


class _LengthTable(dict[int, str]):
    """``str.translate`` table: each code point → the character whose code is its folded length."""

    def __init__(self, folds: _FoldTable) -> None:
        super().__init__()
        self._folds = folds

    def __missing__(self, code: int) -> str:
        length = chr(len(self._folds[code]))
        self[code] = length
        return length


VECTOR_MIN_CHARS = 256  # below this, numpy's per-call cost outweighs what it saves


class _Arrays:
    """A mode's fold of every code point of the Basic Multilingual Plane as arrays: the
    folded character where that is one (else :data:`_DROPPED` or :data:`_SEVERAL`, and
    :data:`_UNFILLED` until a text first holds it) and the folded length. Code points are
    filled from the translate table on first sight, so start-up costs what ``translate``
    would; the common case is one gather and one ``max`` over the text's code points."""

    def __init__(self, table: _FoldTable) -> None:
        self._table = table
        self.single = np.full(0x10000, _UNFILLED, dtype=np.uint32)
        self.length = np.ones(0x10000, dtype=np.uint8)  # a character folds to a few at most
        self._last: tuple[str, tuple[np.ndarray, np.ndarray, int] | None] | None = None

    def lookup(self, text: str) -> tuple[np.ndarray, np.ndarray, int] | None:
        """The text's code points, their single folds (every one filled) and the largest of
        those; ``None`` when it has characters beyond the BMP (those fold with ``translate``).
        The last text's are kept: a scanner folds a text and then maps offsets in the same
        text."""
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        found = self._lookup(text)
        self._last = (text, found)
        return found

    def _lookup(self, text: str) -> tuple[np.ndarray, np.ndarray, int] | None:
        if not text:
            return None
        try:
            codes = np.array([text]).view(np.uint32)  # lone surrogates too: they are dropped
            folded = self.single[codes]
        except IndexError:  # beyond the BMP
            return None
        top = int(folded.max())
        if top == _UNFILLED:
            for code in np.unique(codes[folded == _UNFILLED]).tolist():
                self._fill(code)
            folded = self.single[codes]
            top = int(folded.max())
        return codes, folded, top

    def _fill(self, code: int) -> None:
        folded = self._table[code]
        self.length[code] = len(folded)
        if len(folded) == 1:
            self.single[code] = ord(folded)
        else:
            self.single[code] = _SEVERAL if folded else _DROPPED

    def fold(self, text: str) -> str | None:
        found = self.lookup(text)
        if found is None:
            return None
        _, folded, top = found
        if top >= _SEVERAL:
            if (folded == _SEVERAL).any():
                return None  # a character folds to several: translate
            folded = folded[folded != _DROPPED]
        out: str = codecs.utf_32_le_decode(folded.data)[0]
        return out

    def cumulative(self, text: str) -> list[int] | None:
        found = self.lookup(text)
        if found is None:
            return None
        cumulative: list[int] = np.cumsum(self.length[found[0]], dtype=np.int64).tolist()
        return cumulative


_UNFILLED = 0xFFFFFFFF  # beyond Unicode: markers in ``_Arrays.single``
_DROPPED = 0xFFFFFFFE
_SEVERAL = 0xFFFFFFFD


class FoldMap:
    """Maps between a text and its folded form, built in C-speed passes (no per-character
    Python loop): ``cumulative[i]`` is the folded length of ``text[: i + 1]``."""

    __slots__ = ("cumulative",)

    def __init__(self, cumulative: list[int]) -> None:
        self.cumulative = cumulative

    def original(self, folded_index: int) -> int:
        """Index of the original character that produced folded character ``folded_index``
        (``len(text)`` for the folded end)."""
        return bisect.bisect_right(self.cumulative, folded_index)

    def original_end(self, folded_end: int) -> int:
        """Original end (exclusive) of a folded span ending at ``folded_end``."""
        return self.original(folded_end - 1) + 1

    def folded(self, original_index: int) -> int:
        """Folded index where original character ``original_index`` starts."""
        return self.cumulative[original_index - 1] if original_index > 0 else 0


class Normalizer:
    """Folds texts for one :class:`FoldMode` and maps folded offsets back."""

    def __init__(self, mode: FoldMode) -> None:
        self.mode = mode
        self._table = _FoldTable(mode)
        self._lengths = _LengthTable(self._table)
        self._arrays = _Arrays(self._table)
        # ASCII folds to ASCII one for one here (control characters dropped), which
        # ``translate`` does in its ASCII loop: 4× faster than the arrays on such a text.
        self._ascii_one_to_one = mode is not FoldMode.LEXICON
        # Warm the tables with ASCII so the common case never leaves C.
        for code in range(128):
            self._lengths[code]

    def fold(self, text: str) -> str:
        """The folded text (no offset map)."""
        if len(text) >= VECTOR_MIN_CHARS and not (self._ascii_one_to_one and text.isascii()):
            folded = self._arrays.fold(text)
            if folded is not None:
                return folded
        return text.translate(self._table)

    def fold_map(self, text: str) -> FoldMap:
        """The offset map between ``text`` and ``fold(text)``."""
        if len(text) >= VECTOR_MIN_CHARS:
            cumulative = self._arrays.cumulative(text)
            if cumulative is not None:
                return FoldMap(cumulative)
        return FoldMap(list(itertools.accumulate(map(ord, text.translate(self._lengths)))))

    def offsets(self, text: str) -> list[int]:
        """For each character of ``fold(text)``, the index of the original character."""
        fold_map = self.fold_map(text)
        total = fold_map.cumulative[-1] if text else 0
        return [fold_map.original(i) for i in range(total)]

    def is_kept(self, ch: str) -> bool:
        """Whether ``ch`` survives folding (is not dropped)."""
        return bool(self._table[ord(ch)])

    def kept_start(self, text: str, count: int, end: int | None = None) -> int:
        """Original index of the ``count``-th last folded character of ``text[:end]``.

        ``end`` (default ``len(text)``) itself when ``count`` is 0. The stream guard holds
        back from here: the last ``count`` folded characters and every dropped one after.
        """
        index = len(text) if end is None else end
        if count <= 0:
            return index
        table = self._table
        while index > 0 and count > 0:
            index -= 1
            count -= len(table[ord(text[index])])
        return index

    def lookback(self, text: str, end: int, count: int) -> int:
        """An original index before ``end`` with at least ``count`` folded characters between
        (or 0): where a window must start to give a match ending after ``end`` its context."""
        guess = max(0, end - 2 * count)
        if guess == 0 or len(self.fold(text[guess:end])) >= count:
            return guess
        return self.kept_start(text, count, end)


@functools.cache
def get_normalizer(mode: FoldMode) -> Normalizer:
    """The shared normalizer of a mode (its fold cache only ever grows)."""
    return Normalizer(mode)
