"""Cross-request micro-batching: one batcher per model collects texts from every concurrent
request and stream, and runs them through the model together, off the event loop."""

from __future__ import annotations

import asyncio
import concurrent.futures
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from . import metrics

__all__ = ["BatchStats", "MicroBatcher", "Overloaded"]

T = TypeVar("T")
R = TypeVar("R")


IDLE_EXIT_SECONDS = 30.0


class Overloaded(RuntimeError):
    """More texts are waiting for the model than its queue holds."""


@dataclass
class BatchStats:
    batches: int = 0
    texts: int = 0
    sizes: deque[int] = field(default_factory=lambda: deque(maxlen=1024))
    failures: int = 0


_Item = tuple[str, "asyncio.Future[Any]", float]


@dataclass
class _LoopState:
    queue: asyncio.Queue[tuple[str, asyncio.Future[Any], float]]
    task: asyncio.Task[None]


class MicroBatcher(Generic[T]):
    """``await submit(texts)`` → one result per text, computed by ``run`` in batches.

    A batch starts with the first waiting text and takes whatever else arrives within
    ``max_wait_ms``, up to ``max_batch`` texts. A local model (``run``) runs in a single
    worker thread, one batch at a time; a model server (``run_async``) gets batches side by
    side. While the model is idle and nothing else is queued, a lone text does not wait:
    batching adds no latency at concurrency 1.
    """

    def __init__(
        self,
        name: str,
        run: Callable[[list[str]], Sequence[T]] | None = None,
        *,
        run_async: Callable[[list[str]], Awaitable[Sequence[T]]] | None = None,
        max_batch: int = 32,
        max_wait_ms: float = 5.0,
        max_queue: int = 4096,
    ) -> None:
        self.name = name
        self.max_queue = max_queue
        if (run is None) == (run_async is None):
            raise ValueError("a batcher takes either run (in a thread) or run_async")
        self.run_async = run_async
        self._in_flight: set[asyncio.Task[None]] = set()
        self.run = run
        self.max_batch = max_batch
        self.max_wait = max_wait_ms / 1000.0
        self.stats = BatchStats()
        self._executor = concurrent.futures.ThreadPoolExecutor(
            1, thread_name_prefix=f"model-{name}"
        )
        self._loops: dict[asyncio.AbstractEventLoop, _LoopState] = {}

    def on_model_thread(self, work: Callable[[], R]) -> R:
        """Run ``work`` on the thread that runs the model, and wait for it: loading and
        warming a torch model there keeps the process to the one OpenMP pool that serves (a
        second pool, made by any other thread's first torch op, halves torch's speed on a
        machine with few cores)."""
        return self._executor.submit(work).result()

    async def submit(self, texts: Sequence[str]) -> list[T]:
        loop = asyncio.get_running_loop()
        state = self._loops.get(loop)
        if state is None or state.task.done():
            queue: asyncio.Queue[tuple[str, asyncio.Future[Any], float]] = asyncio.Queue()
            state = _LoopState(queue, loop.create_task(self._dispatch(queue)))
            self._loops[loop] = state
        if state.queue.qsize() + len(texts) > self.max_queue:
            raise Overloaded(f"{self.name}: more than {self.max_queue} texts are waiting")
        futures = []
        for text in texts:
            future: asyncio.Future[Any] = loop.create_future()
            state.queue.put_nowait((text, future, time.perf_counter()))
            futures.append(future)
        return list(await asyncio.gather(*futures))

    async def _dispatch(self, queue: asyncio.Queue[tuple[str, asyncio.Future[Any], float]]) -> None:
        loop = asyncio.get_running_loop()
        while True:
            try:
                # Not asyncio.wait_for: on 3.11 it drops a cancellation that meets a queued text.
                async with asyncio.timeout(IDLE_EXIT_SECONDS):
                    batch = [await queue.get()]
            except TimeoutError:
                if queue.empty():
                    # Idle: end, so a batcher of a superseded policy can be collected (the
                    # next submit starts a new dispatcher).
                    self._loops.pop(loop, None)
                    return
                continue
            deadline = loop.time() + self.max_wait
            while not queue.empty() and len(batch) < self.max_batch:
                batch.append(queue.get_nowait())
            if len(batch) == 1 and self.stats.batches and self.stats.sizes[-1] == 1:
                deadline = loop.time()  # traffic is sparse: don't make a lone text wait
            while len(batch) < self.max_batch:
                remaining = deadline - loop.time()
                if remaining <= 0:
                    break
                try:
                    async with asyncio.timeout(remaining):
                        batch.append(await queue.get())
                except TimeoutError:
                    break
            live = [(text, future, queued) for text, future, queued in batch if not future.done()]
            if not live:
                continue
            started = time.perf_counter()
            for _, _, queued in live:
                metrics.child(metrics.BATCH_WAIT_SECONDS, self.name).observe(started - queued)
            self.stats.batches += 1
            self.stats.texts += len(live)
            self.stats.sizes.append(len(live))
            metrics.child(metrics.BATCH_SIZE, self.name).observe(len(live))
            if self.run_async is not None:
                # A model server: batches go out side by side (the client bounds how many).
                task = loop.create_task(self._settle(live, self.run_async(_texts(live))))
                self._in_flight.add(task)
                task.add_done_callback(self._in_flight.discard)
                continue
            assert self.run is not None
            work = loop.run_in_executor(self._executor, self.run, _texts(live))
            await self._settle(live, work)

    async def _settle(self, live: list[_Item], pending: Awaitable[Sequence[Any]]) -> None:
        """Hand each waiting caller its result, or the batch's exception."""
        try:
            results = await pending
        except Exception as exc:  # the callers' failure mode decides what it means
            self.stats.failures += 1
            for _, future, _ in live:
                if not future.done():
                    future.set_exception(exc)
            return
        for (_, future, _), result in zip(live, results, strict=True):
            if not future.done():
                future.set_result(result)


def _texts(items: list[_Item]) -> list[str]:
    return [text for text, _, _ in items]
