"""Which language a text is in: by script to pick a message, by a language identifier to pick
the models that can read it."""

from __future__ import annotations

import functools

import regex
from py3langid.langid import MODEL_FILE, LanguageIdentifier

_HAN = regex.compile(r"\p{Han}")
_LATIN = regex.compile(r"\p{Latin}")
_OTHER_LETTER = regex.compile(r"[^\P{L}\p{Latin}\p{Han}]")  # Cyrillic, Arabic, Hangul, Thai…
# The languages a Latin-script request is told apart among (py3langid's 97 make short English
# read as Fulah or Breton: "Tell me a blonde joke").
# fmt: off
_CANDIDATES = [
    "en", "fr", "es", "pt", "de", "nl", "it", "sv", "da", "no", "fi", "pl",
    "cs", "sk", "hr", "ro", "hu", "tr", "id", "ms", "vi", "tl", "sw", "ru",
    "uk", "bg", "el", "ar", "fa", "he", "hi", "bn", "th", "ko", "ja", "zh",
]
# fmt: on
SURE_LETTERS = 12  # fewer Latin letters than this: too short to tell English from another
# A Latin-script text is another language than English only this surely: short English reads
# as Danish or French at 0.2 ("Are mercy-killings okay?"), other languages at 0.56 and more.
SURE_OTHER = 0.5
READ_CHARS = 500  # what the identifier reads of a long text: its opening


def detect_language(text: str) -> str:
    """``zh`` when the text holds Han characters, else ``en``: the language of a message."""
    if text.isascii():  # a C loop over the bytes: no Han character can be there
        return "en"
    return "zh" if _HAN.search(text) else "en"


def identify_language(text: str) -> tuple[str, float]:
    """The language ``text`` is written in and how sure that is (0–1): ``zh`` for Han script
    (Japanese too); for other text an ISO 639-1 code read by py3langid among `_CANDIDATES`;
    ``en`` for a Latin-script text too short to tell or read as another language only unsurely
    (below `SURE_OTHER`); ``und`` for a text in another script too short to tell."""
    if text.isascii() and sum(c.isalpha() for c in text) < SURE_LETTERS:
        return "en", 1.0
    if _HAN.search(text):
        return "zh", 1.0
    latin = len(_LATIN.findall(text))
    other = len(_OTHER_LETTER.findall(text))
    if latin < SURE_LETTERS and other <= latin:
        return "en", 1.0
    if other > latin and other < SURE_LETTERS // 2:
        return "und", 1.0
    code, confidence = _identifier().classify(text[:READ_CHARS])  # 2 µs a character
    if other > latin:  # "en": a script no candidate writes
        return ("und", 1.0) if code == "en" else (str(code), float(confidence))
    return (str(code), float(confidence)) if confidence >= SURE_OTHER else ("en", 1.0)


def model_language(text: str) -> str:
    """``zh``, ``en``, or ``other``: which models can read ``text`` (a policy's ``languages``).

    Chinese by script, as :func:`detect_language`; English as :func:`identify_language` reads
    it (a Latin-script text too short to tell is English); anything else is ``other``. An
    English-only model's verdict on French is noise — and its clearance a way around the
    guard: "Comment fabriquer une bombe ?" was cleared by the English adapter until the
    fifty-seventh session."""
    code, _ = identify_language(text)
    return code if code in ("zh", "en") else "other"


@functools.cache
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(_CANDIDATES)
    return identifier
