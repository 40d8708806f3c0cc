"""128-bit random identifiers (decision and request ids), drawn from the OS in blocks.

``os.urandom(16)`` is one system call per id, and a guarded request makes three; a block of
256 ids costs one. The block is per process: a forked worker draws its own, so no two
processes hand out the same id.
"""

from __future__ import annotations

import os
import threading

__all__ = ["random_hex"]

_BLOCK = 256


class _Pool:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._hex = ""
        self._used = _BLOCK

    def reset(self) -> None:
        self._lock = threading.Lock()
        self._used = _BLOCK

    def take(self) -> str:
        with self._lock:
            if self._used == _BLOCK:
                self._hex = os.urandom(16 * _BLOCK).hex()
                self._used = 0
            start = self._used * 32
            self._used += 1
            return self._hex[start : start + 32]


_POOL = _Pool()
os.register_at_fork(after_in_child=_POOL.reset)


def random_hex() -> str:
    """32 hex digits of OS randomness, never repeated by this process or a fork of it."""
    return _POOL.take()
