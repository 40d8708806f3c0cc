"""Holds the active policy; a reload swaps in a new snapshot or keeps the last good one."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import signal
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .. import metrics
from ..errors import PolicyError
from .compiled import Policy
from .loader import load_policy

__all__ = ["PolicyStore"]

log = logging.getLogger("aigc_guard.policy")


class PolicyStore:
    """The current :class:`Policy`. Readers take ``current`` once per request or stream."""

    def __init__(
        self,
        policy: Policy,
        path: Path | None = None,
        overlay: Mapping[str, Any] | None = None,
    ) -> None:
        self._policy = policy
        self._path = path
        self._overlay = overlay
        self._lock = threading.Lock()
        self._watcher: asyncio.Task[None] | None = None
        self._stop = asyncio.Event()
        self._publish(policy, None)

    @classmethod
    def of(
        cls, policy: str | Path | Policy | PolicyStore, overlay: Mapping[str, Any] | None = None
    ) -> PolicyStore:
        """A store for a policy file (with ``overlay`` merged over it on every load)."""
        if isinstance(policy, PolicyStore):
            return policy
        if isinstance(policy, Policy):
            return cls(policy, policy.source)
        loaded = load_policy(policy, overlay)
        metrics.POLICY_RELOADS.labels("success").inc()
        return cls(loaded, Path(policy), overlay)

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
            fresh = load_policy(self._path, self._overlay)
        except PolicyError as exc:
            metrics.POLICY_RELOADS.labels("failure").inc()
            log.error("policy reload failed, keeping %s: %s", self._policy.version, exc)
            return False
        except Exception:  # a bug or an I/O fault: keep serving, and say so loudly
            metrics.POLICY_RELOADS.labels("failure").inc()
            log.exception("policy reload failed, keeping %s", self._policy.version)
            return False
        self.swap(fresh)
        metrics.POLICY_RELOADS.labels("success").inc()
        log.info("policy reloaded: %s", fresh.version)
        return True

    async def reload_async(self) -> bool:
        """``reload`` off the event loop: compiling a large lexicon takes a while."""
        return await asyncio.to_thread(self.reload)

    def watched_files(self) -> set[Path]:
        """The policy file and every file its classifiers read."""
        files: set[Path] = set()
        if self._path is not None:
            files.add(self._path.resolve())
        for classifier in self._policy.classifiers.values():
            files.update(p.resolve() for p in classifier.source_files())
        return files

    def start_watching(self, debounce_ms: int = 200) -> None:
        """Reload when a watched file changes (watchfiles) or on SIGHUP; idempotent.

        Needs a running event loop; the watcher lives until :meth:`stop_watching`.
        """
        if self._path is None or (self._watcher is not None and not self._watcher.done()):
            return
        loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        self._watcher = loop.create_task(self._watch(debounce_ms, self._stop))
        if threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGHUP"):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(
                    signal.SIGHUP, lambda: loop.create_task(self.reload_async())
                )

    async def stop_watching(self) -> None:
        if self._watcher is None:
            return
        self._stop.set()
        self._watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._watcher
        self._watcher = None

    async def _watch(self, debounce_ms: int, stop: asyncio.Event) -> None:
        """Watch until stopped; a fault in one round is logged and the watch goes on."""
        while not stop.is_set():
            try:
                await self._watch_once(debounce_ms, stop)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("policy watcher failed; watching again in 1 s")
                await asyncio.sleep(1.0)

    async def _watch_once(self, debounce_ms: int, stop: asyncio.Event) -> None:
        """One round: wait for a change to a watched file, then reload."""
        from watchfiles import awatch

        files = self.watched_files()
        folders = sorted({str(f.parent) for f in files if f.parent.exists()})
        if not folders:
            await asyncio.sleep(1.0)  # the folders may come back (a redeploy)
            return
        async for changes in awatch(
            *folders,
            watch_filter=functools.partial(_is_one_of, files),
            debounce=debounce_ms,
            step=50,
            stop_event=stop,
            recursive=False,
        ):
            if changes:
                await self.reload_async()
                return

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


def _is_one_of(files: set[Path], _change: object, name: str) -> bool:
    return Path(name).resolve() in files
