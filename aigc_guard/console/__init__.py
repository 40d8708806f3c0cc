"""The review console: what was blocked, why, and what reviewers decided about it."""

from .app import CONSOLE_PATH, ConsoleApp, handles

__all__ = ["CONSOLE_PATH", "ConsoleApp", "handles"]
