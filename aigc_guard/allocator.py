"""Give freed memory back: glibc's malloc otherwise keeps large freed blocks.

A guard buffers bodies of up to ``max_response_bytes`` (16 MiB) and decompresses within that
limit. glibc raises its mmap threshold each time such a block is freed, so later large blocks
come from the heap and stay with the process: under hostile traffic the resident size grew
22% in ten minutes (``benchmarks/soak.py``) and did not come back. A fixed threshold keeps
every block over 128 KiB in its own mapping, returned to the system when freed (+3%).
"""

from __future__ import annotations

import ctypes
import ctypes.util

__all__ = ["return_large_blocks"]

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
