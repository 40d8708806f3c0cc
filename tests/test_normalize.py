from __future__ import annotations

import pytest

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
