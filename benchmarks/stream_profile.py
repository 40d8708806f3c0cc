"""Where a guarded stream's time goes: cProfile of the in-process stream path.

    python benchmarks/stream_profile.py [--chunks 3000] [--top 15]

Streams the benchmark's 2 KB answer with PII, ten times over (3-character OpenAI chat
chunks, phone numbers and e-mail addresses to redact) through ``GuardMiddleware`` inside
this process, under cProfile, and prints the functions with the most time of their own,
per chunk. Run it before and after a change to see what the change bought (the README's
"Measured" summarises it).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats

from _serve import ANSWERS, chunk, pieces
from stream_overhead import DEFAULT_POLICY, FORMATS, _guarded_stream

from aigc_guard.policy.loader import load_policy


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chunks", type=int, default=3000)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    policy = load_policy(DEFAULT_POLICY)
    parts = pieces(ANSWERS["redact"] * 10)[: args.chunks]
    frames = [chunk(piece) for piece in parts] + [b"data: [DONE]\n\n"]
    path, request, media = FORMATS["openai-chat"]
    _guarded_stream(policy, path, request, media, frames)  # warm: prefix automata, caches
    profiler = cProfile.Profile()
    profiler.enable()
    _guarded_stream(policy, path, request, media, frames)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    print(f"{len(parts)} chunks, {total / len(parts) * 1e6:.1f} µs a chunk under cProfile")
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])  # type: ignore[attr-defined]
    print(f"{'own µs/chunk':>13} {'calls/chunk':>12}  function")
    for (filename, line, name), (_, calls, own, _cum, _) in rows[: args.top]:
        where = filename.rsplit("/", 2)[-2:] if "/" in filename else [filename]
        place = f"{'/'.join(where)}:{line}({name})"
        print(f"{own / len(parts) * 1e6:13.1f} {calls / len(parts):12.2f}  {place}")


if __name__ == "__main__":
    main()
