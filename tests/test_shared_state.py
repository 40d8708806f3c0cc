"""Counters shared through Redis (a real server the session starts): what two replicas count
together, and the documented rule when Redis is down."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import REGISTRY
from servers import free_port

from aigc_guard.compliance.audit import AuditLog, utc_now
from aigc_guard.compliance.config import UserMeasuresConfig
from aigc_guard.compliance.measures import UserMeasures
from aigc_guard.policy.schema import StateConfig
from aigc_guard.shared_state import SharedFailureThrottle, SharedRateLimit, SharedState

LADDER = UserMeasuresConfig(
    enabled=True,
    warn_after=1,
    limit_after=3,
    suspend_after_consecutive=5,
    suspend_after_daily=100,
    limit_per_minute=2,
)


def shared(url: str, **options: Any) -> SharedState:
    """A client as one replica holds it; a fresh prefix keeps each test's keys apart."""
    return SharedState(StateConfig(redis_url=url, prefix=f"t{uuid.uuid4().hex[:8]}:", **options))


def replicas(url: str, count: int) -> list[SharedState]:
    first = shared(url)
    return [first] + [SharedState(first.config) for _ in range(count - 1)]


def fallbacks(counter: str) -> float:
    value = REGISTRY.get_sample_value("aigc_guard_shared_state_errors_total", {"counter": counter})
    return value or 0.0


def down() -> SharedState:
    """A client whose Redis is not there (a closed port)."""
    return shared(f"redis://127.0.0.1:{free_port()}/0", timeout_s=0.2)


def test_a_rate_limit_is_counted_across_replicas(redis_server: Any) -> None:
    a, b = (SharedRateLimit(s, "complaints", 3, 100) for s in replicas(redis_server.url, 2))
    taken = [limit.take("address:10.0.0.1") for limit in (a, b, a, b, a)]
    assert taken == [True, True, True, False, False]
    assert b.take("address:10.0.0.2")  # another key has its own count


def test_a_daily_limit_is_counted_across_replicas(redis_server: Any) -> None:
    a, b = (SharedRateLimit(s, "complaints", 100, 2) for s in replicas(redis_server.url, 2))
    assert [a.take("u"), b.take("u"), a.take("u")] == [True, True, False]


def test_sign_in_lockout_is_seen_by_every_replica(redis_server: Any) -> None:
    a, b = (SharedFailureThrottle(s, "sign_in", limit=3) for s in replicas(redis_server.url, 2))
    for throttle in (a, b, a):
        assert throttle.retry_after("10.0.0.9") == 0
        throttle.failed("10.0.0.9")
    assert 25 < b.retry_after("10.0.0.9") <= 30  # locked on the replica that saw one guess
    b.succeeded("10.0.0.9")
    assert a.retry_after("10.0.0.9") == 0


def test_the_measure_ladder_is_exact_under_concurrency(redis_server: Any, tmp_path: Path) -> None:
    """Violations from one user arrive at three replicas at once: suspensions at exactly
    the threshold, and they hold on every replica."""
    log = AuditLog(tmp_path / "a.sqlite3")
    measures = [UserMeasures(log, LADDER, s) for s in replicas(redis_server.url, 3)]
    taken: list[str | None] = []
    lock = threading.Lock()

    def violate(m: UserMeasures) -> None:
        for _ in range(4):
            found = m.record("user-1", True)
            with lock:
                taken.append(found)

    threads = [threading.Thread(target=violate, args=(m,)) for m in measures]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    # 12 violations: rows 1..5 → warn, warn, limit, limit, suspend; the row restarts at 0.
    assert taken.count("suspend") == 2  # the 5th and the 10th, whoever sent them
    assert taken.count("limit") == 4 and taken.count("warn") == 6
    for m in measures:
        refused = m.admit("user-1")
        assert refused is not None and refused[0] == "suspended"
    log.flush()
    records = [r for r in log.export() if r["kind"] == "measure"]
    assert len(records) == 12 and log.verify().intact  # every one took a measure


def test_a_limited_user_gets_limit_per_minute_across_replicas(
    redis_server: Any, tmp_path: Path
) -> None:
    log = AuditLog(tmp_path / "a.sqlite3")
    a, b = (UserMeasures(log, LADDER, s) for s in replicas(redis_server.url, 2))
    assert [a.record("u", True) for _ in range(3)] == ["warn", "warn", "limit"]
    assert a.admit("u") is None and b.admit("u") is None  # limit_per_minute = 2
    refused = a.admit("u")
    assert refused is not None and refused[0] == "limited"
    b.record("u", False)  # an allowed request ends the row, not the limit already set
    assert b.admit("u") is not None


def test_redis_down_measures_fail_open_and_suspensions_in_the_database_hold(
    tmp_path: Path,
) -> None:
    log = AuditLog(tmp_path / "a.sqlite3")
    before = fallbacks("measures")
    broken = UserMeasures(log, LADDER, down())
    assert broken.record("u", True) is None  # not counted ...
    assert fallbacks("measures") == before + 1  # ... and the fallback is counted
    assert broken.admit("u") is None
    # A suspension recorded in the database (before the outage) still holds.
    UserMeasures(log, UserMeasuresConfig(enabled=True, suspend_after_consecutive=1)).record(
        "v", True
    )
    refused = broken.admit("v")
    assert refused is not None and refused[0] == "suspended"
    assert refused[1] > utc_now() + dt.timedelta(minutes=1)
    assert fallbacks("measures") == before + 3


def test_redis_down_rate_limits_fall_back_to_this_process() -> None:
    before = fallbacks("rate_limit")
    limit = SharedRateLimit(down(), "complaints", 2, 100)
    assert [limit.take("k") for _ in range(3)] == [True, True, False]
    assert fallbacks("rate_limit") == before + 3
    throttle = SharedFailureThrottle(down(), "sign_in", limit=2)
    throttle.failed("ip")
    throttle.failed("ip")
    assert throttle.retry_after("ip") > 0  # locked by this process's own count


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_without_redis_the_ladder_lives_in_the_database(
    engine: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    target = (
        str(tmp_path / "a.sqlite3")
        if engine == "sqlite"
        else request.getfixturevalue("postgres").database()
    )
    log = AuditLog(target)
    a, b = UserMeasures(log, LADDER), UserMeasures(AuditLog(target), LADDER)
    found = [m.record("u", True) for m in (a, b, a, b, a)]
    assert found == ["warn", "warn", "limit", "limit", "suspend"]
    refused = b.admit("u")
    assert refused is not None and refused[0] == "suspended"


def test_a_redis_that_lost_its_data_gets_the_measures_in_force_back(
    redis_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import aigc_guard.compliance.measures as measures_module

    monkeypatch.setattr(measures_module, "RELOAD_CHECK_S", 0.0)
    log = AuditLog(tmp_path / "a.sqlite3")
    state = shared(redis_server.url)
    measures = UserMeasures(log, LADDER, state)
    assert [measures.record("u", True) for _ in range(5)][-1] == "suspend"
    assert measures.admit("u") is not None
    for key in state.client.scan_iter(state.config.prefix + "*"):  # Redis restarted empty
        state.client.delete(key)
    fresh = UserMeasures(log, LADDER, SharedState(state.config))  # another replica
    refused = fresh.admit("u")
    assert refused is not None and refused[0] == "suspended"
    assert fresh.admit("someone-else") is None
