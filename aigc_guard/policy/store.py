"""Holds the active policy; a reload swaps in a new snapshot or keeps the last good one."""

from __future__ import annotations

import contextlib
import logging
import threading
from pathlib import Path

from .. import metrics
from ..errors import PolicyError
from .compiled import Policy
from .loader import load_policy

__all__ = ["PolicyStore"]

log = logging.getLogger("aigc_guard.policy")


class PolicyStore:
    """The current :class:`Policy`. Readers take ``current`` once per request or stream."""

    def __init__(self, policy: Policy, path: Path | None = None) -> None:
        self._policy = policy
        self._path = path
        self._lock = threading.Lock()
        self._publish(policy, None)

    @classmethod
    def of(cls, policy: str | Path | Policy | PolicyStore) -> PolicyStore:
        if isinstance(policy, PolicyStore):
            return policy
        if isinstance(policy, Policy):
            return cls(policy, policy.source)
        loaded = load_policy(policy)
        metrics.POLICY_RELOADS.labels("success").inc()
        return cls(loaded, Path(policy))

    @property
    def current(self) -> Policy:
        return self._policy

    @property
    def path(self) -> Path | None:
        return self._path

    def reload(self) -> bool:
        """Load the policy file again; on error keep the last good policy and return False."""
        if self._path is None:
            return False
        try:
            fresh = load_policy(self._path)
        except PolicyError as exc:
            metrics.POLICY_RELOADS.labels("failure").inc()
            log.error("policy reload failed, keeping %s: %s", self._policy.version, exc)
            return False
        self.swap(fresh)
        metrics.POLICY_RELOADS.labels("success").inc()
        log.info("policy reloaded: %s", fresh.version)
        return True

    def swap(self, policy: Policy) -> None:
        with self._lock:
            previous, self._policy = self._policy, policy
        self._publish(policy, previous)

    @staticmethod
    def _publish(policy: Policy, previous: Policy | None) -> None:
        if previous is not None and previous.version != policy.version:
            with contextlib.suppress(KeyError):
                metrics.POLICY_INFO.remove(previous.name, previous.version)
        metrics.POLICY_INFO.labels(policy.name, policy.version).set(1)
