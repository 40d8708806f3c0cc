"""Classifier types by name: the built-in ones and those registered by entry points.

A third-party package adds a type with an entry point in the group
``aigc_guard.classifiers`` whose value is a :class:`~aigc_guard.classifiers.base.Classifier`
subclass; the policy then names it as ``type: <entry point name>``.
"""

from __future__ import annotations

import functools
import logging
from importlib.metadata import entry_points

from .base import Classifier
from .lexicon import LexiconClassifier
from .pii import PIIClassifier
from .protected import ProtectedTextClassifier
from .regex import RegexClassifier

__all__ = ["ENTRY_POINT_GROUP", "classifier_types", "register_classifier"]

ENTRY_POINT_GROUP = "aigc_guard.classifiers"
log = logging.getLogger("aigc_guard.registry")

_BUILT_IN: dict[str, type[Classifier]] = {
    "lexicon": LexiconClassifier,
    "regex": RegexClassifier,
    "pii": PIIClassifier,
    "protected_text": ProtectedTextClassifier,
}
_REGISTERED: dict[str, type[Classifier]] = {}
_LAZY = {
    "transformers": ("aigc_guard.classifiers.transformer", "TransformersClassifier"),
    "embedding_head": ("aigc_guard.classifiers.embedding", "EmbeddingHeadClassifier"),
    "embedding_topics": ("aigc_guard.classifiers.embedding", "EmbeddingTopicsClassifier"),
    "purpose_head": ("aigc_guard.classifiers.purpose_head", "PurposeHeadClassifier"),
    "guard_model": ("aigc_guard.classifiers.guard_model", "GuardModelClassifier"),
    "remote": ("aigc_guard.classifiers.remote", "RemoteClassifier"),
    "phrases": ("aigc_guard.classifiers.phrases", "PhraseClassifier"),
    "language": ("aigc_guard.classifiers.language_check", "LanguageClassifier"),
}


def register_classifier(name: str, cls: type[Classifier]) -> None:
    """Register a classifier type in this process (entry points do it for packages)."""
    _REGISTERED[name] = cls


@functools.cache
def _entry_point_types() -> dict[str, type[Classifier]]:
    found: dict[str, type[Classifier]] = {}
    for entry_point in entry_points(group=ENTRY_POINT_GROUP):
        if entry_point.name in _BUILT_IN:
            continue
        try:
            loaded = entry_point.load()
        except Exception:  # a broken plugin must not take the guard down
            log.exception("classifier plugin %r failed to load", entry_point.name)
            continue
        if isinstance(loaded, type) and issubclass(loaded, Classifier):
            found[entry_point.name] = loaded
        else:
            log.error("classifier plugin %r is not a Classifier subclass", entry_point.name)
    return found


def classifier_types() -> dict[str, type[Classifier]]:
    """Every known type name → class (built-in, entry points, then registered here)."""
    return {**_BUILT_IN, **_lazy_types(), **_entry_point_types(), **_REGISTERED}


@functools.cache
def _lazy_types() -> dict[str, type[Classifier]]:
    """Built-ins whose imports are heavy (torch): loaded when a policy first asks for types."""
    import importlib

    found: dict[str, type[Classifier]] = {}
    for name, (module, attribute) in _LAZY.items():
        try:
            found[name] = getattr(importlib.import_module(module), attribute)
        except ImportError:  # pragma: no cover - transformers is a dependency
            log.warning("classifier type %r needs %s", name, module)
    return found
