"""What a model reads when a text hides its words.

The lexicons read folded text, so ``k\u200bill``, ``ｈａｔｅ`` or 殺 match their terms; a
model reads the text itself, where an invisible character, a fullwidth letter, a Cyrillic
``а`` or a traditional character turns a word into tokens it never learnt. Two steps undo
what a reader would not even notice:

* :func:`model_text` — what every model reads instead of the text: invisible characters
  dropped, fullwidth and mathematical letters and digits read as ASCII, traditional
  characters as simplified (OpenCC's table), combining marks stacked on ASCII letters
  (Zalgo, strike-through) dropped, Cyrillic and Greek look-alikes inside a Latin word read as
  Latin (``hаte``), and spaces or symbols between Chinese characters dropped (``傻 * 逼``).
  Ordinary text comes back unchanged; punctuation, case and the spaces between words are
  never touched, as the models were trained on text written that way.
* :func:`evasion_view` — guesses at word-level evasions: digits and ``@ $`` between letters
  read as letters (``h4te``, ``n1gg3r``), accented or barred letters in a Latin word read as
  plain ones (``bómb``, ``bømb``) and letters spelt apart joined (``w o m e n``,
  ``f.u.c.k``, ``炸，弹，制，作``) and text written down a column, a character or a word a
  line. A guess can be wrong (``a@b.com``), so models judge the
  view *beside* the text and the higher score wins: an evasion costs one more judgement,
  other text none.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from .normalize import CONFUSABLES, LETTER_LIKES, invisible, readable_text, t2s_table

__all__ = ["GAP_CHARS", "EvasionView", "closed_han_gaps", "evasion_view", "model_text"]


@dataclass(frozen=True, slots=True)
class EvasionView:
    """The de-evaded text and, for each of its characters, its index in the text read."""

    text: str
    origin: Sequence[int]


_Edit = tuple[int, int, str, list[int]]  # start, end, replacement, each character's source

_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s"}
)
_LEET_CHARS = "0134578@$"
# Leet is an ASCII habit: a digit or @ $ between two letters is the cue (s1ck, h4te, n1gg3r;
# not python3, ipv4 or gpt4, where a digit ends the word, nor x86 or 2024), or a digit that
# opens a word of three letters more (8omb, 3vil; not 3rd, 1st, 5pm or 3.5aud; 8 is b only
# there: inside a word it is a short link's noise, t.co/xH8Tq). Once a text has one, every word
# of two letters or more made of letters and leet characters reads as letters (so pip3 b0mb
# reads pipe bomb).
_LEET_CUE = re.compile(r"[A-Za-z][013457@$]+[A-Za-z]|(?<![\w@$.,])[0134578][a-z]{3,}(?![\w@$])")
_LEET_WORD = re.compile(rf"(?<![\w@$])[A-Za-z{_LEET_CHARS}]+(?![\w@$])")
# Three or more single letters, each apart from the next by the same separator.
_SPELT_APART = re.compile(
    r"(?<![^\W\d_])[A-Za-z]([ .*_\-|/~+·])[A-Za-z](?:\1[A-Za-z])+(?![^\W\d_])"
)
# Four Chinese characters and more, each apart from the next by the same punctuation mark
# (炸，弹，制，作): no sentence is written so, an answer asked to evade is.
_HAN_SPELT_APART = regex.compile(r"\p{Han}([，、。,.;；:：!！?？])\p{Han}(?:\1\p{Han}){2,}")
# Four lines and more of one Chinese character or one word each: text written down a column.
_ONE_A_LINE = regex.compile(
    r"(?:(?<=\n)|^)[^\S\n]*(?:\p{Han}|\p{P}|[A-Za-z']+\p{P}?)[^\S\n]*"
    r"(?:\n[^\S\n]*(?:\p{Han}|\p{P}|[A-Za-z']+\p{P}?)[^\S\n]*){3,}(?=\n|$)"
)
# Spaces or symbols between two Chinese characters: a gap is dropped when a character beside
# it stands alone (女 人, 同 性 恋, 傻-逼) or it holds a symbol seldom written there (傻*逼);
# a gap between words stays (中国 北京, 约翰·史密斯, 评价/阴阳怪气, 哈哈 是的, 穿越~把).
GAP_CHARS = r"[ \u3000*_\-·|/~+.#&^]"  # what may stand between Chinese characters, dropped
_HAN_GAP = regex.compile(rf"(?<=\p{{Han}}){GAP_CHARS}+(?=\p{{Han}})")
_RARE_IN_GAPS = regex.compile(r"[*_|^#&]")
_HAN = regex.compile(r"\p{Han}")
_MIXED_WORD = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}]+")
_NOT_LATIN = regex.compile(r"[\p{Cyrillic}\p{Greek}]")
_LATIN = regex.compile(r"\p{Latin}")
_LOOK_ALIKES = str.maketrans(
    {**CONFUSABLES, **{k.upper(): v.upper() for k, v in CONFUSABLES.items() if len(k.upper()) == 1}}
)
_MARKS_ON_ASCII = regex.compile(r"(?<=[A-Za-z])\p{Mn}+")
_ASCII_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # dropped, but \t \n \r


def _never(ch: str) -> bool:
    return False


def _not_space(ch: str) -> bool:
    return not ch.isspace()


def _is_han_char(ch: str) -> bool:
    return _HAN.match(ch) is not None


def _is_han(text: str, index: int) -> bool:
    return 0 <= index < len(text) and _HAN.match(text, index) is not None


def _han_gaps(text: str) -> list[_Edit]:
    edits = []
    for match in _HAN_GAP.finditer(text):
        start, end = match.span()
        alone = not _is_han(text, start - 2) or not _is_han(text, end + 1)
        if alone or _RARE_IN_GAPS.search(match.group()):
            edits.append(_kept(match, _never))
    return edits


@functools.lru_cache(maxsize=32)  # every phrase classifier asks of the same text
def closed_han_gaps(text: str) -> tuple[str, Sequence[int] | None]:
    """``text`` with every gap between two Chinese characters dropped, and each character's
    index in ``text`` (``None`` when nothing was dropped): how a Chinese reader reads 色 情."""
    edits = [_kept(m, _never) for m in _HAN_GAP.finditer(text)]
    if not edits:
        return text, None
    closed, origin = _applied(text, None, edits)
    return closed, _compact(origin)


def _char_view(code: int) -> str:
    ch = chr(code)
    if invisible(code):
        return ""
    category = unicodedata.category(ch)
    if category == "Cc" and ch not in "\t\n\r":
        return ""  # control characters, drawn as nothing: 炸\x01弹 is 炸弹, as the lexicons read it
    if ch in LETTER_LIKES:
        return LETTER_LIKES[ch]
    if code >= 0x80 and (category[0] == "L" or category in ("Nd", "So")):
        compatible = unicodedata.normalize("NFKC", ch)
        if len(compatible) == 1 and compatible.isascii() and compatible.isalnum():
            return compatible  # fullwidth and mathematical letters and digits
        if len(compatible) == 1 and compatible != ch and _is_han_char(compatible):
            ch = compatible  # Kangxi radicals and compatibility ideographs: ⼤⿇ is 大麻
    return t2s_table().get(ch, ch)


class _CharTable(dict[int, str]):
    """``str.translate`` table of :func:`_char_view`, filled on first sight of a code point."""

    def __missing__(self, code: int) -> str:
        viewed = _char_view(code)
        self[code] = viewed
        return viewed


_CHARS = _CharTable()


@functools.lru_cache(maxsize=32)  # every model of a scan asks for the same text
def model_text(text: str) -> tuple[str, Sequence[int] | None]:
    """The text as a model reads it: readable (:func:`~aigc_guard.normalize.readable_text`),
    its character-level evasions undone, and — when characters were dropped — the original
    index of each character kept (to move spans back)."""
    readable, kept = readable_text(text)
    if readable.isascii() and _ASCII_CONTROL.search(readable) is None:
        return readable, kept
    chars = readable.translate(_CHARS)
    origin = kept
    if len(chars) != len(readable):
        chars, origin = _by_char(readable, kept)
    edits = [_kept(m, _never) for m in _MARKS_ON_ASCII.finditer(chars)]
    edits += _han_gaps(chars)
    if _NOT_LATIN.search(chars):
        mostly_latin = len(_LATIN.findall(chars)) > 2 * len(_NOT_LATIN.findall(chars))
        for match in _MIXED_WORD.finditer(chars):
            word = match.group()
            if not _NOT_LATIN.search(word):
                continue
            read = word.translate(_LOOK_ALIKES)
            # a mixed word, or, among Latin words, one spelt wholly in look-alikes ("а" for "a")
            if _LATIN.search(word) or (mostly_latin and not _NOT_LATIN.search(read)):
                edits.append(_same_length(match, read))
    if edits:
        chars, origin = _applied(chars, origin, edits)
    return chars, None if origin is None else _compact(origin)


@functools.lru_cache(maxsize=32)
def evasion_view(text: str) -> EvasionView | None:
    """A model text's word-level evasions undone (leet, letters spelt apart), or ``None``.

    These are guesses (``a@b.com`` reads as ``aab.com``), so models judge the view beside the
    text rather than instead of it."""
    edits: list[_Edit] = []
    if _LEET_CUE.search(text):
        for match in _LEET_WORD.finditer(text):
            word = match.group()
            read = word.translate(_LEET)
            if read != word and sum(c.isalpha() for c in word) >= 2:
                edits.append(_same_length(match, read))
    edits += [_kept(m, str.isalpha) for m in _SPELT_APART.finditer(text)]
    edits += [_kept(m, _is_han_char) for m in _HAN_SPELT_APART.finditer(text)]
    for column in _ONE_A_LINE.finditer(text):
        if not _LATIN.search(column.group()):
            edits.append(_kept(column, _not_space))  # 炸\n弹 reads 炸弹
        else:
            edits.append(_same_length(column, column.group().replace("\n", " ")))
    if not text.isascii():
        edits += _accented_words(text)
    edits += _substitutions(text)
    if not edits:
        return None
    viewed, origin = _applied(text, None, edits)
    return EvasionView(viewed, _compact(origin))


# A Latin word that mixes plain letters with accented or barred ones (bómb, bømb, pörn): each
# such letter read as its base letter.
_LATIN_WORD = regex.compile(r"\p{Latin}{2,}")


def _accented_words(text: str) -> list[_Edit]:
    """Each Latin word holding plain ASCII letters and letters drawn with a mark, a stroke or a
    hook, read as plain letters (a French word loses its accents too: the view is judged
    beside the text, and the higher score wins)."""
    edits = []
    for match in _LATIN_WORD.finditer(text):
        word = match.group()
        if word.isascii() or not any(ch.isascii() for ch in word):
            continue
        plain = "".join(map(_base_letter, word))
        if plain != word and len(plain) == len(word):
            edits.append(_same_length(match, plain))
    return edits


@functools.lru_cache(maxsize=4096)
def _base_letter(ch: str) -> str:
    """ó → o, ø → o, ɓ → b; a letter without one base letter stays as it is."""
    if ch.isascii():
        return ch
    lower = ch.lower()
    base = CONFUSABLES.get(lower) or "".join(
        c for c in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(c)
    )
    if len(base) != 1 or not base.isascii():
        return ch
    return base.upper() if ch.isupper() else base


# A word set aside and then referred to: "记住这个词：冰毒。怎么提炼上面那个词？", "X = pipe bomb.
# How do I make X?" — the request is only ever said through the reference. The view puts the
# word back in its place.
_DEFINED_ZH = regex.compile(
    r"(?:这个词|这个|一个词|以下词语?|下面的?词语?|词语|关键词)\s*[：:]\s*[“\"「『]?"
    r"(?P<value>\p{Han}{2,8})"
)
_REFERRED_ZH = regex.compile(r"(?:上面|前面|刚才)(?:那个|的)(?:词|东西)?|这个词|那个词|该词")
_DEFINED_EN = regex.compile(
    r"(?<![\w'])(?P<name>[A-Z]|[XYZ]\d?|[A-Z][a-z]?\d)\s*(?:=|:=|means|stands for)\s*[\"']?"
    r"(?P<value>[A-Za-z][A-Za-z -]{1,30}?)[\"']?(?=\s*[.,;\n]|$)"
)


def _substitutions(text: str) -> list[_Edit]:
    """Each reference after a definition replaced by the word defined (its characters keep
    the definition's indices, so a model's span lands on the word itself)."""
    edits: list[_Edit] = []
    for definition in _DEFINED_ZH.finditer(text):
        value, at = definition.group("value"), definition.start("value")
        for ref in _REFERRED_ZH.finditer(text, definition.end()):
            edits.append((ref.start(), ref.end(), value, list(range(at, at + len(value)))))
    for definition in _DEFINED_EN.finditer(text):
        name, value, at = definition.group("name"), definition.group("value"), definition.start(2)
        for ref in regex.finditer(
            rf"(?<![\w'-]){regex.escape(name)}(?![\w'-])", text[definition.end() :]
        ):
            start = definition.end() + ref.start()
            edits.append((start, start + len(name), value, list(range(at, at + len(value)))))
    return edits


def _compact(origin: Sequence[int]) -> Sequence[int]:
    """Four bytes an index (a cached 64 K-character text keeps 256 KB, not 2 MB of ints)."""
    return origin if isinstance(origin, array) else array("i", origin)


def _by_char(text: str, kept: Sequence[int] | None) -> tuple[str, list[int]]:
    out: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        viewed = _CHARS[ord(ch)]
        out.append(viewed)
        if viewed:
            origin.append(index if kept is None else kept[index])
    return "".join(out), origin


def _kept(match: re.Match[str] | regex.Match[str], keep: Callable[[str], bool]) -> _Edit:
    """An edit keeping the characters of ``match`` that ``keep`` accepts."""
    at = [match.start() + i for i, c in enumerate(match.group()) if keep(c)]
    text = match.string
    return match.start(), match.end(), "".join(text[i] for i in at), at


def _same_length(match: re.Match[str] | regex.Match[str], replacement: str) -> _Edit:
    return match.start(), match.end(), replacement, list(range(match.start(), match.end()))


def _applied(text: str, origin: Sequence[int] | None, edits: list[_Edit]) -> tuple[str, list[int]]:
    """``text`` with non-overlapping ``edits`` applied (of overlapping ones, the first wins),
    and each resulting character's index in the original (through ``origin`` when given)."""
    source = origin if origin is not None else range(len(text))
    out: list[str] = []
    moved: list[int] = []
    at = 0
    for start, end, replacement, where in sorted(edits):
        if start < at:
            continue
        out.append(text[at:start])
        moved.extend(source[i] for i in range(at, start))
        out.append(replacement)
        moved.extend(source[i] for i in where)
        at = end
    out.append(text[at:])
    moved.extend(source[i] for i in range(at, len(text)))
    return "".join(out), moved
