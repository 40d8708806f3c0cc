"""Audit storage measured in one run: appends/s and added request latency on SQLite, on
PostgreSQL with one replica and on PostgreSQL with three (and with Redis counters).

    python benchmarks/audit_storage.py [--records 3000] [--requests 400]

Starts its own durable PostgreSQL (fsync on) and Redis on 127.0.0.1, as the tests do
(tests/services.py: Debian's postgresql and redis-server).

1. Appends/s: R processes each append N records through ``AuditLog.append`` (the guard's
   path: a queue and a writer thread committing batches) and flush; records / wall time.
2. Added latency: R ``guarded`` servers (benchmarks/_serve.py) with the audit log and user
   measures on (every request names a user, so each one is counted), against the same
   servers with both off, measured in the same run: one request in flight, round robin
   over the replicas, p50 and p99; off and on alternate ``--rounds`` times and the best
   round of each is printed (this machine's other load only ever adds time).
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
from _harness import REPO, percentile, server

sys.path.insert(0, str(REPO / "tests"))
from services import RedisServer, postgres_server

POLICY = """version: 1
name: bench-audit
classifiers:
  lexicon: {{type: lexicon, terms: [冰毒], category: A1-h}}
rules:
  - {{id: block, when: {{category: A1-h}}, action: block}}
compliance:
  audit: {{enabled: {on}, url: "{url}"}}
  user_measures: {{enabled: {on}}}
{state}"""


def _append(target: str, records: int, start: multiprocessing.synchronize.Barrier) -> None:
    from aigc_guard.compliance.audit import AuditLog, AuditRecord

    log = AuditLog(target)
    start.wait()
    for n in range(records):
        log.append(AuditRecord(request_id=f"r{n}", action="allow", route="chat"))
    log.flush()


def appends_per_second(target: str, replicas: int, records: int) -> float:
    start = multiprocessing.Barrier(replicas + 1)
    workers = [
        multiprocessing.Process(target=_append, args=(target, records, start))
        for _ in range(replicas)
    ]
    for worker in workers:
        worker.start()
    start.wait()
    began = time.perf_counter()
    for worker in workers:
        worker.join()
    return replicas * records / (time.perf_counter() - began)


@contextlib.contextmanager
def guards(
    upstream: str, folder: Path, name: str, policy: str, replicas: int
) -> Iterator[list[str]]:
    path = folder / f"{name}.yaml"
    path.write_text(policy, encoding="utf-8")
    with contextlib.ExitStack() as stack:
        urls = [
            stack.enter_context(server("guarded", upstream, str(path)))[0] for _ in range(replicas)
        ]
        yield urls


def latencies(urls: list[str], requests: int) -> list[float]:
    body = {"model": "m", "messages": [{"role": "user", "content": "你好"}]}
    out = []
    with httpx.Client(timeout=30) as client:
        for n in range(requests + 20):
            began = time.perf_counter()
            answer = client.post(
                urls[n % len(urls)] + "/v1/chat/completions",
                json=body,
                headers={"x-user-id": f"user-{n % 50}"},
            )
            elapsed = time.perf_counter() - began
            answer.raise_for_status()
            if n >= 20:  # warm-up
                out.append(elapsed * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=3000, help="appended per process")
    parser.add_argument("--requests", type=int, default=400, help="timed per setting")
    parser.add_argument("--rounds", type=int, default=3, help="alternating off/on rounds")
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory() as folder_name,
        postgres_server(durable=True) as pg,
        contextlib.ExitStack() as stack,
    ):
        redis = RedisServer()
        stack.callback(redis.stop)
        folder = Path(folder_name)
        print(f"audit appends/s ({args.records} records per process, durable commits)")
        for label, replicas in (
            ("SQLite, 1 process", 1),
            ("SQLite, 3 processes", 3),
            ("PostgreSQL, 1 replica", 1),
            ("PostgreSQL, 3 replicas", 3),
        ):
            target = (
                str(folder / f"a{replicas}.sqlite3")
                if label.startswith("SQLite")
                else pg.database()
            )
            rate = appends_per_second(target, replicas, args.records)
            print(f"  {label:<24} {rate:>9,.0f} appends/s")

        print(f"\nadded request latency (ms; {args.requests} requests, one in flight)")
        with server("upstream") as (upstream, _):
            settings = [
                ("SQLite", 1, f"sqlite:///{folder / 'serve.sqlite3'}", ""),
                ("PostgreSQL", 1, pg.database(), ""),
                ("PostgreSQL", 3, pg.database(), ""),
                ("PostgreSQL + Redis", 3, pg.database(), f"state: {{redis_url: '{redis.url}'}}\n"),
            ]
            for label, replicas, url, state in settings:
                off = POLICY.format(on="false", url=url, state="")
                on = POLICY.format(on="true", url=url, state=state)
                base: list[list[float]] = []
                timed: list[list[float]] = []
                for _ in range(args.rounds):
                    with guards(upstream, folder, "off", off, replicas) as urls:
                        base.append(latencies(urls, args.requests))
                    with guards(upstream, folder, "on", on, replicas) as urls:
                        timed.append(latencies(urls, args.requests))
                b50, b99 = (min(percentile(r, q) for r in base) for q in (50, 99))
                t50, t99 = (min(percentile(r, q) for r in timed) for q in (50, 99))
                print(
                    f"  {label:<19} x{replicas}: p50 {t50:5.2f} (off {b50:5.2f}, +{t50 - b50:5.2f})"
                    f"  p99 {t99:6.2f} (off {b99:6.2f}, +{t99 - b99:6.2f})"
                )


if __name__ == "__main__":
    main()
