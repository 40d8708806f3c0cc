from __future__ import annotations

from pathlib import Path

import pytest
from test_normalize import lexicon

from aigc_guard.classifiers.base import BuildContext
from aigc_guard.classifiers.lexicon import LexiconClassifier, read_term_file
from aigc_guard.classifiers.matcher import build_matcher
from aigc_guard.errors import PolicyError


def test_allowlist_longer_match_wins() -> None:
    classifier = lexicon("大麻", allow=("大麻烦",))
    assert classifier.scan("这是个大麻烦") == []
    [finding] = classifier.scan("他在种大麻")
    assert (finding.start, finding.end) == (3, 5)


def test_allowlist_only_covers_its_own_span() -> None:
    classifier = lexicon("大麻", allow=("大麻烦",))
    found = classifier.scan("大麻烦和大麻")
    assert [(f.start, f.end) for f in found] == [(4, 6)]


def test_word_boundary_mode_keeps_terms_inside_words_quiet() -> None:
    plain = lexicon("口交")
    words = lexicon("口交", word_boundary=True)
    assert plain.scan("路口交通很拥堵") != []
    assert words.scan("路口交通很拥堵") == []
    assert words.scan("口交是违规内容") != []


def test_latin_terms_match_whole_words_only() -> None:
    classifier = lexicon("ass")
    assert classifier.scan("a classic assignment, grass hole") == []
    assert [f.start for f in classifier.scan("what an ass.")] == [8]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("新冠疫苗含有mRNA片段", []),  # a片 inside a Latin word
        ("别看A片了", ["A片"]),
        ("2023年，别看ＡＶ资源", ["ＡＶ资源"]),  # full width still folds
        ("OK粉丝们好", []),  # K粉 after a Latin letter
        ("K粉多少钱", ["K粉"]),
        ("有事加wx123", ["加wx"]),  # a mixed term's Latin end may run on: a contact ad
    ],
)
def test_a_mixed_term_starting_in_latin_starts_a_word(text: str, found: list[str]) -> None:
    """ "mRNA片段" held "a片": a mixed term that starts with a Latin letter does not fire
    inside a Latin word; its other end is free (看A片, 加wx123 fire)."""
    classifier = lexicon("a片", "av资源", "K粉", "加wx")
    assert [text[f.start or 0 : f.end or 0] for f in classifier.scan(text)] == found


def test_term_file_format(tmp_path: Path) -> None:
    path = tmp_path / "terms.txt"
    path.write_text(
        "# comment\n冰毒\tA1-h\thigh\n赌博网站\tA1-h\tlow  # trailing\n\nplain\n", encoding="utf-8"
    )
    terms = read_term_file(path, "default", "medium")
    assert [(t.text, t.category, t.score) for t in terms] == [
        ("冰毒", "A1-h", 1.0),
        ("赌博网站", "A1-h", 0.5),
        ("plain", "default", 0.8),
    ]


def test_bad_severity_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "terms.txt"
    path.write_text("ok\nbad\tA1-h\tenormous\n", encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        read_term_file(path, "c", "high")
    assert f"{path}:2" in str(caught.value)


def test_missing_term_file_is_a_policy_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read term file"):
        LexiconClassifier.build(
            "x", {"type": "lexicon", "files": ["nope.txt"]}, BuildContext(tmp_path)
        )


def test_python_fallback_matcher_agrees_with_daachorse() -> None:
    patterns = ["大麻", "大麻烦", "ab", "b", "abc"]
    text = "xx大麻烦abc大麻b"
    fast = build_matcher(patterns, "daachorse").find_overlapping(text)
    slow = build_matcher(patterns, "python").find_overlapping(text)
    assert sorted(fast) == sorted(slow)


def _pinyin_lexicon(tmp_path: Path) -> LexiconClassifier:
    (tmp_path / "terms.txt").write_text("提炼冰毒\tA1-h\thigh\n冰毒\tA1-h\tlow\n毒品\tA1-h\thigh\n")
    return LexiconClassifier.build(
        "lex", {"type": "lexicon", "files": ["terms.txt"], "pinyin": "high"}, BuildContext(tmp_path)
    )


@pytest.mark.parametrize(
    "text",
    [
        "怎么提炼冰du",
        "怎么提炼bing毒",
        "tilian冰毒的方法",
        "TiLianBingDu",
        "ti lian bing du 的方法",
        "提 炼 冰 d u",
    ],
)
def test_pinyin_spellings_of_a_high_term_are_found(tmp_path: Path, text: str) -> None:
    found = _pinyin_lexicon(tmp_path).scan(text)
    assert [f.category for f in found if f.score == 1.0] == ["A1-h"], found


def test_pinyin_reaches_only_the_severities_asked_for_and_long_enough_latin(
    tmp_path: Path,
) -> None:
    lexicon = _pinyin_lexicon(tmp_path)
    assert lexicon.scan("冰du的危害") == []  # 冰毒 is low: spelt only as written
    assert lexicon.scan("bingdu") == []
    assert lexicon.scan("dupin shi shenme") == []  # 毒品 all in pinyin: five letters, too common
    assert [f.end for f in lexicon.scan("du品")] == [3]  # mixed spellings are kept
    assert (
        LexiconClassifier.build(
            "plain", {"type": "lexicon", "files": ["terms.txt"]}, BuildContext(tmp_path)
        ).scan("怎么提炼冰du")
        == []
    )
