"""Policies: schema, loading and the compiled snapshot."""

from .compiled import CompiledRule, Policy
from .loader import load_policy, parse_policy
from .schema import Action, Direction, PolicyFile

__all__ = [
    "Action",
    "CompiledRule",
    "Direction",
    "Policy",
    "PolicyFile",
    "load_policy",
    "parse_policy",
]
