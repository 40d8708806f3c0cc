"""Process memory tuning for a long-running guard: the allocator and the garbage collector.

Give freed memory back: glibc's malloc otherwise keeps large freed blocks.

A guard buffers bodies of up to ``max_response_bytes`` (16 MiB) and decompresses within that
limit. glibc raises its mmap threshold each time such a block is freed, so later large blocks
come from the heap and stay with the process: under hostile traffic the resident size grew
22% in ten minutes (``benchmarks/soak.py``) and did not come back. A fixed threshold keeps
every block over 128 KiB in its own mapping, returned to the system when freed (+3%).

Keep the start-up heap out of the collector: the imports (transformers, phonenumbers' metadata)
and the policy (lexicon entries, automata) are hundreds of thousands of objects that live as
long as the process, and every full collection walked them all. ``gc.freeze()`` once the app
is built moves them to a generation the collector never visits: +25–35 % requests/s for the
guarded proxy (``benchmarks/proxy_throughput.py``). Objects made later (reloaded policies)
are collected as usual; the first policy's own reference cycles stay when a reload drops it
(one policy's worth, once).

Building a policy makes hundreds of thousands of objects that all survive (100,000 lexicon
entries, their folded forms): the collector, triggered by the allocations, walks them again and
again while they are made. It is paused while a policy is built (:func:`collector_paused`):
building a 100,000-term lexicon twice as fast.

A batch scan (``aigc-guard scan --input``) holds the policy and every row for its whole run:
they are frozen while it runs (:func:`heap_frozen`), so neither the scan's own full collections
nor those of the workers it forks walk them (and a worker copies no page of them to do so):
5–8 % off the scan of 16 MB at 100,000 terms on 2 cores, 4 % in one process.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import gc
from collections.abc import Iterator

__all__ = ["collector_paused", "freeze_startup_heap", "heap_frozen", "return_large_blocks"]

M_MMAP_THRESHOLD = -3  # mallopt parameter (glibc's malloc.h)
THRESHOLD = 128 * 1024


def return_large_blocks() -> bool:
    """Fix glibc's mmap threshold at 128 KiB; False where the C library is not glibc."""
    name = ctypes.util.find_library("c")
    if not name:
        return False
    try:
        libc = ctypes.CDLL(name)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, THRESHOLD))


def freeze_startup_heap() -> int:
    """Collect once, then freeze what survives; returns the number of objects frozen."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic collection inside the block (it resumes after, if it was on)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextlib.contextmanager
def heap_frozen() -> Iterator[None]:
    """Every object alive now left out of collections inside the block; collected as usual
    after it (a caller in a long-lived process leaks nothing)."""
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
