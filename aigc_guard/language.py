"""Which language a text is in, by script: enough to pick a message or a model."""

from __future__ import annotations

import regex

_HAN = regex.compile(r"\p{Han}")


def detect_language(text: str) -> str:
    """``zh`` when the text holds Han characters, else ``en``."""
    if text.isascii():  # a C loop over the bytes: no Han character can be there
        return "en"
    return "zh" if _HAN.search(text) else "en"
