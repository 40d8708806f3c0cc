"""Pluggable classifiers: the contract (``base``) and one module per type."""

from .base import (
    BuildContext,
    Classifier,
    ClassifierOptions,
    FailureMode,
    Finding,
    SpanClassifier,
    TextClassifier,
)
from .registry import classifier_types, register_classifier

__all__ = [
    "BuildContext",
    "Classifier",
    "ClassifierOptions",
    "FailureMode",
    "Finding",
    "SpanClassifier",
    "TextClassifier",
    "classifier_types",
    "register_classifier",
]
