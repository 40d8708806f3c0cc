"""Every exception aigc_guard raises on purpose, each named for what went wrong."""

from __future__ import annotations


class GuardError(Exception):
    """Base class of aigc_guard's own errors."""


class PolicyError(GuardError):
    """A policy file (or a file it names) is missing, malformed or invalid.

    ``file``, ``line`` and ``field`` point at the offending place when known.
    """

    def __init__(
        self,
        reason: str,
        *,
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.reason = reason
        self.file = file
        self.line = line
        self.field = field
        super().__init__(self._render())

    def _render(self) -> str:
        where = self.file or "<policy>"
        if self.line is not None:
            where += f":{self.line}"
        if self.field:
            where += f" [{self.field}]"
        return f"{where}: {self.reason}"


class MissingDependency(GuardError):
    """A setting needs a package that is not installed (the message names the extra)."""


class ClassifierError(GuardError):
    """A classifier failed to scan (crash or time-out); the policy's failure mode decides."""

    def __init__(self, classifier: str, reason: str, kind: str = "timeout") -> None:
        self.classifier = classifier
        self.reason = reason
        self.kind = kind  # a bounded metric label: timeout, unavailable, malformed, ...
        super().__init__(f"classifier {classifier!r} failed: {reason}")


class BodyError(GuardError):
    """A body could not be read as the format it claims (malformed, too large, bad encoding)."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        self.message = message
        super().__init__(message)
