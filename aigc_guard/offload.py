"""Work that grows with a body's size leaves the event loop past a limit (the policy's
``limits.inline_scan_chars``): parsing or encoding one 16 MB answer must not stall every
other stream of the worker. Small bodies stay inline, where a thread hop would cost more
than the work."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["sized"]

T = TypeVar("T")


async def sized(size: int, limit: int, work: Callable[..., T], *args: Any) -> T:
    """``work(*args)`` here when ``size`` is at most ``limit``, else in a worker thread."""
    if size <= limit:
        return work(*args)
    return await asyncio.to_thread(work, *args)
