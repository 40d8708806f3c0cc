from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aigc_guard.classifiers.lexicon import LexiconClassifier, LexiconOptions, Term
from aigc_guard.normalize import FoldMode, get_normalizer


def lexicon(
    *terms: str, allow: tuple[str, ...] = (), word_boundary: bool = False
) -> LexiconClassifier:
    options = LexiconOptions(word_boundary=word_boundary)
    return LexiconClassifier("lex", options, [Term(t, "A1-h", 1.0) for t in terms], list(allow))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("买ＦＵＣＫ书", "ＦＵＣＫ"),  # full width
        ("x f\u200bu\u200dck y", "f\u200bu\u200dck"),  # zero-width characters
        ("说f u c k啊", "f u c k"),  # spacing
        ("a.f-u*c_k.b", "f-u*c_k"),  # symbols between the letters
        ("оh fuсk", "fuсk"),  # Cyrillic с
        ("fúck!", "fúck"),  # combining accent
        ("oh ꜰᴜᴄᴋ", "ꜰᴜᴄᴋ"),  # small capitals
        ("oh 🅵🆄🅲🅺 it", "🅵🆄🅲🅺"),  # negative squared letters
        ("oh fʉck", "fʉck"),  # a barred letter NFKD leaves whole
        ("oh ƒuck", "ƒuck"),  # a hooked one
    ],
)
def test_latin_evasions_are_caught_with_original_offsets(text: str, span: str) -> None:
    [finding] = lexicon("fuck").scan(text)
    assert text[finding.start : finding.end] == span


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("他在賣冰毒", "冰毒"),  # traditional 賣 around simplified
        ("他在卖氷毒", None),  # not a known variant: no match
        ("他在卖冰 毒", "冰 毒"),
        ("他在卖冰*毒", "冰*毒"),
        ("他在卖冰\u200b毒", "冰\u200b毒"),
        ("台灣製造炸彈", "製造炸彈"),  # traditional → simplified
    ],
)
def test_chinese_evasions(text: str, span: str | None) -> None:
    found = lexicon("冰毒", "制造炸弹").scan(text)
    if span is None:
        assert found == []
    else:
        assert [text[f.start : f.end] for f in found] == [span]


def test_sentence_punctuation_is_a_barrier() -> None:
    assert lexicon("大麻").scan("这个很大，麻醉师说") == []
    assert lexicon("大麻").scan("这个很大 麻") != []


def test_offsets_map_every_folded_character_back() -> None:
    normalizer = get_normalizer(FoldMode.LEXICON)
    text = "Ａ\u200bb c，臺"
    assert normalizer.fold(text) == "abc\n台"
    assert normalizer.offsets(text) == [0, 2, 4, 5, 6]


def test_width_mode_keeps_case_and_separators() -> None:
    assert get_normalizer(FoldMode.WIDTH).fold("ＡＢ １\u200b２") == "AB 12"


# Characters that fold every way: kept, changed (width, case, traditional, confusables),
# dropped (zero-width, marks, spaces in lexicon mode), expanded (㎏ → kg, ﬁ → fi), barriers,
# beyond the BMP (𠀀, emoji) and a lone surrogate (valid in JSON, not in UTF-8).
_ALPHABET = "好的大麻這樣ＡＢＣａ１２３abc XYZ\u200b\u0301㎏ﬁ，。！\n\t𠀀😀\ud800-_.@:" + "".join(
    chr(c) for c in range(0x4E00, 0x4E40)
)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_ALPHABET, min_size=250, max_size=700), st.sampled_from(list(FoldMode)))
def test_long_texts_fold_through_arrays_exactly_as_translate_does(
    text: str, mode: FoldMode
) -> None:
    normalizer = get_normalizer(mode)
    assert normalizer.fold(text) == text.translate(normalizer._table)
    expected = [
        normalizer.fold(text[: i + 1]).__len__() for i in range(0, len(text), 37)
    ]  # cumulative folded lengths, sampled
    cumulative = normalizer.fold_map(text).cumulative
    assert [cumulative[i] for i in range(0, len(text), 37)] == expected


def test_the_array_path_is_taken_for_long_bmp_texts() -> None:
    normalizer = get_normalizer(FoldMode.LEXICON)
    text = "這是一個很長的回答，" * 40
    assert normalizer._arrays.fold(text) == text.translate(normalizer._table)
    assert normalizer._arrays.fold("ﬁ" + text) is None  # an expansion: translate folds it
    assert normalizer._arrays.lookup("😀" + text) is None  # beyond the BMP
    assert normalizer._arrays.fold("\udc80" + text) == text.translate(normalizer._table)
    ending = text + "\x00\x00"  # trailing NULs: numpy keeps them in the code points
    assert normalizer.fold(ending) == ending.translate(normalizer._table)
    assert len(normalizer.fold_map(ending).cumulative) == len(ending)


@pytest.mark.parametrize("mode", list(FoldMode))
def test_lone_surrogates_are_dropped_like_zero_width_characters(mode: FoldMode) -> None:
    """Valid in JSON, not text: a matcher or tokenizer cannot encode them, and an upstream
    that drops them would read ``炸弹`` where the guard saw ``炸?弹``."""
    normalizer = get_normalizer(mode)
    for text in ("炸\ud800弹", "炸\udfff弹" * 100):
        bare = text.replace("\ud800", "").replace("\udfff", "")
        assert normalizer.fold(text) == normalizer.fold(bare)
        assert normalizer.fold(text).encode("utf-8")
        assert len(normalizer.fold_map(text).cumulative) == len(text)


def test_invisible_tag_characters_read_as_the_ascii_they_spell() -> None:
    smuggled = "".join(chr(0xE0000 + ord(c)) for c in "Big Ass")  # U+E0042 …: invisible
    assert get_normalizer(FoldMode.LEXICON).fold(smuggled) == "bigass"
    assert get_normalizer(FoldMode.WIDTH).fold(smuggled) == "Big Ass"
    assert get_normalizer(FoldMode.LEXICON).fold("\U000e0001\U000e007f") == ""  # no letters


@pytest.mark.parametrize("blank", ["\u3164", "\u115f", "\uffa0", "\ufff0", "\U000e0080"])
def test_default_ignorable_letters_and_unassigned_code_points_are_dropped(blank: str) -> None:
    for mode in FoldMode:
        assert get_normalizer(mode).fold(f"炸{blank}弹") == "炸弹"


def test_the_braille_blank_is_a_space() -> None:
    assert get_normalizer(FoldMode.WIDTH).fold("138\u28001234\u28005678") == "138 1234 5678"
    assert get_normalizer(FoldMode.LEXICON).fold("炸\u2800弹") == "炸弹"
