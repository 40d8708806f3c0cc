"""Streaming a text through the guard, for measuring scripts."""

from __future__ import annotations

import asyncio

from aigc_guard.policy.schema import Direction
from aigc_guard.stream import StreamGuard


async def stream_is_cut(policy: object, text: str, size: int) -> bool:
    """Whether an answer streamed in ``size``-character chunks is cut (judgements behind the
    text get a turn of the event loop between chunks)."""
    guard = StreamGuard(policy, Direction.OUTPUT)  # type: ignore[arg-type]
    for start in range(0, len(text), size):
        await guard.feed((0, "content", 0), text[start : start + size])
        if guard.blocked:
            return True
        await asyncio.sleep(0)
    await guard.finish_all()
    return guard.blocked
