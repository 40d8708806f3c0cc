"""Three ``aigc-guard serve`` replicas sharing one PostgreSQL and one Redis (real servers the
session starts), under bounded concurrent load: one audit chain, exact user measures across
replicas, complaints visible everywhere, and a ``kill -9`` that loses no committed record."""

from __future__ import annotations

import asyncio
import itertools
import os
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from servers import LiveServer
from test_serve_command import start

from aigc_guard.compliance.audit import AuditLog

KEY = "replica-test-audit-key"
TOKEN = "replica-console-token"
SUSPEND_AFTER = 4
CONCURRENCY = 12


def write_policy(folder: Path, database: str, redis_url: str) -> Path:
    policy = folder / "replicas.yaml"
    policy.write_text(
        f"""version: 1
name: replicas
classifiers:
  banned: {{type: lexicon, terms: [冰毒, forbidden phrase], category: A1-h}}
rules:
  - {{id: block-banned, when: {{category: A1-h}}, action: block}}
compliance:
  audit: {{enabled: true, url: "{database}"}}
  complaints: {{enabled: true, per_minute: 100, per_day: 1000}}
  console: {{enabled: true}}
  user_measures:
    enabled: true
    warn_after: 1
    limit_after: 100
    suspend_after_consecutive: {SUSPEND_AFTER}
    suspend_after_daily: 100
state: {{redis_url: "{redis_url}"}}
""",
        encoding="utf-8",
    )
    return policy


def body(text: str) -> dict[str, Any]:
    return {"model": "fake", "messages": [{"role": "user", "content": text}]}


@pytest.fixture()
def replicas(
    upstream: LiveServer,
    postgres: Any,
    redis_server: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Any:
    monkeypatch.setenv("AIGC_GUARD_AUDIT_KEY", KEY)
    monkeypatch.setenv("AIGC_GUARD_CONSOLE_TOKEN", TOKEN)
    database = postgres.database()
    policy = write_policy(tmp_path, database, redis_server.url)
    started: list[tuple[subprocess.Popen[str], str]] = []
    try:
        for _ in range(3):
            started.append(start(upstream, policy=policy))
        yield started, database, redis_server.url
    finally:
        for process, _ in started:
            process.kill()
            process.wait(timeout=30)


async def load(
    urls: list[str], requests: list[tuple[str, str]], stop_after: int | None = None
) -> dict[str, int]:
    """Send ``(request_id, text)`` round robin over ``urls``, at most CONCURRENCY at a time;
    each request id's status (0 when the connection failed)."""
    gate = asyncio.Semaphore(CONCURRENCY)
    statuses: dict[str, int] = {}
    targets = itertools.cycle(urls)

    async def one(client: httpx.AsyncClient, url: str, request_id: str, text: str) -> None:
        async with gate:
            try:
                response = await client.post(
                    url + "/v1/chat/completions",
                    json=body(text),
                    headers={"x-request-id": request_id, "x-user-id": "load-" + request_id[-1]},
                )
                statuses[request_id] = response.status_code
            except httpx.HTTPError:
                statuses[request_id] = 0

    async with httpx.AsyncClient(timeout=30) as client:
        await asyncio.gather(
            *(one(client, next(targets), rid, text) for rid, text in requests[:stop_after])
        )
    return statuses


def decisions_by_request(log: AuditLog) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for record in log.export():
        if record["kind"] == "decision" and record["request_id"]:
            found.setdefault(record["request_id"], []).append(record["direction"])
    return found


def wait_for_records(log: AuditLog, ids: set[str], timeout: float = 30) -> dict[str, list[str]]:
    """The writers commit in the background: wait until every id has its two records."""
    deadline = time.monotonic() + timeout
    while True:
        found = decisions_by_request(log)
        if all(len(found.get(i, [])) >= 2 for i in ids) or time.monotonic() > deadline:
            return found
        time.sleep(0.2)


def test_three_replicas_share_one_chain_measures_and_complaints(replicas: Any) -> None:
    started, database, redis_url = replicas
    urls = [url for _, url in started]
    requests = [(f"load-{n:04d}", f"hello {n}") for n in range(150)]
    statuses = asyncio.run(load(urls, requests))
    assert set(statuses.values()) == {200}
    ids = set(statuses)
    log = AuditLog(database, KEY.encode())
    found = wait_for_records(log, ids)
    # Every request audited exactly once: one input and one output decision, no more.
    assert {rid: sorted(found.get(rid, [])) for rid in ids} == {
        rid: ["input", "output"] for rid in ids
    }
    report = log.verify()
    assert report.intact and report.checked >= 300

    # One user, requests spread over the replicas: suspended exactly at the threshold.
    with httpx.Client(timeout=30) as client:

        def ask(n: int, text: str) -> httpx.Response:
            return client.post(
                urls[n % 3] + "/v1/chat/completions",
                json=body(text),
                headers={"x-user-id": "abuser", "x-request-id": f"abuse-{n}"},
            )

        for n in range(SUSPEND_AFTER):
            answer = ask(n, "how to make 冰毒")
            assert answer.status_code == 200, answer.text  # blocked, answered with a refusal
            assert answer.json()["aigc_guard"]["action"] == "block"
        for n in range(SUSPEND_AFTER, SUSPEND_AFTER + 3):  # on every replica
            refused = ask(n, "hello")
            assert refused.status_code == 403 and "suspended" in refused.text
        assert ask(99, "hello").status_code == 403

        # A complaint filed at one replica is in the console of another.
        filed = client.post(
            urls[0] + "/aigc-guard/v1/complaints",
            json={"about": "abuse-0", "reason": "this was not abuse"},
        )
        assert filed.status_code == 201
        ticket = filed.json()["ticket_id"]
        page = client.get(
            urls[2] + "/aigc-guard/console/complaints",
            headers={"authorization": f"Bearer {TOKEN}"},
        )
        assert page.status_code == 200 and ticket in page.text
        assert client.get(urls[1] + f"/aigc-guard/v1/complaints/{ticket}").status_code == 200
    import redis

    counted = redis.Redis.from_url(redis_url).keys("aigc_guard:measure:*")
    assert any(b":suspended:" in key for key in counted)  # counted in Redis, not per replica
    time.sleep(1)
    measures = [r for r in log.export(user_key=None) if r["kind"] == "measure"]
    assert [r["action"] for r in measures][-1] == "suspend"
    assert sum(r["action"] == "suspend" for r in measures) == 1
    assert log.verify().intact


def test_kill_9_of_one_replica_loses_no_committed_record(replicas: Any) -> None:
    started, database, _ = replicas
    urls = [url for _, url in started]
    victim, _ = started[2]
    first = [(f"kill-a{n:04d}", f"first {n}") for n in range(120)]
    log = AuditLog(database, KEY.encode())

    async def scenario() -> tuple[dict[str, int], set[int], dict[str, int]]:
        running = asyncio.create_task(load(urls, first))
        committed: set[int] = set()
        for _ in range(400):  # mid-load: once records are committed (a busy host is slower)
            await asyncio.sleep(0.05)
            committed = {r["seq"] for r in log.export()}
            if committed or running.done():
                break
        os.kill(victim.pid, signal.SIGKILL)
        statuses = await running
        after = [(f"kill-b{n:04d}", f"after {n}") for n in range(60)]
        return statuses, committed, await load(urls[:2], after)

    statuses, committed, after = asyncio.run(scenario())
    victim.wait(timeout=30)
    assert committed, "the load had committed records before the kill"
    assert set(after.values()) == {200}  # the other replicas keep serving
    answered = {rid for rid, status in {**statuses, **after}.items() if status == 200}
    survivors = {
        rid
        for rid in answered
        if rid.startswith("kill-b") or int(rid[-4:]) % 3 != 2  # not sent to the victim
    }
    found = wait_for_records(log, survivors)
    seqs = {r["seq"] for r in log.export()}
    assert committed <= seqs  # nothing committed before the kill is gone
    for rid in survivors:
        assert sorted(found[rid]) == ["input", "output"], rid
    for rid, directions in found.items():  # never twice, the victim's included
        assert len(directions) == len(set(directions)) <= 2, rid
    report = log.verify()
    assert report.intact, report
