"""aigc_guard: content-safety and compliance middleware for generative-AI APIs.

from aigc_guard import GuardMiddleware
app.add_middleware(GuardMiddleware, policy="policies/default.yaml")
"""

from .classifiers.base import Classifier, Finding, SpanClassifier, TextClassifier
from .decision import Decision
from .errors import GuardError, PolicyError
from .middleware import GuardMiddleware
from .policy import Action, Direction, Policy, load_policy

__all__ = [
    "Action",
    "Classifier",
    "Decision",
    "Direction",
    "Finding",
    "GuardError",
    "GuardMiddleware",
    "Policy",
    "PolicyError",
    "SpanClassifier",
    "TextClassifier",
    "load_policy",
]

__version__ = "0.1.0"
