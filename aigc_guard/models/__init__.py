"""Model architectures aigc_guard ships (registered with ``transformers`` on import)."""

from .ngram import NgramConfig, NgramForSequenceClassification, register

__all__ = ["NgramConfig", "NgramForSequenceClassification", "register"]
