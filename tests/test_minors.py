"""Minor mode (Interim Measures Art. 10): a minor's request gets the stricter profile, and
quiet hours and a daily budget of requests and active minutes, counted per user in the audit
database or across replicas in Redis, refused in the API's own error format."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from servers import LiveServer, free_port

from aigc_guard.cli import main as cli
from aigc_guard.compliance.audit import AuditLog, open_audit_log
from aigc_guard.compliance.config import MinorsConfig
from aigc_guard.compliance.minors import MinorLimits
from aigc_guard.compliance.runtime import runtime_for
from aigc_guard.errors import PolicyError
from aigc_guard.policy.loader import load_policy
from aigc_guard.policy.schema import StateConfig
from aigc_guard.server import create_proxy_app
from aigc_guard.shared_state import SharedState

UTC = dt.UTC


def write_policy(folder: Path, minors: str) -> Path:
    policy = folder / "policy.yaml"
    policy.write_text(
        f"""version: 1
name: minors-test
classifiers:
  banned: {{type: lexicon, terms: [炸弹制作], category: A1-h}}
  kids: {{type: lexicon, terms: [游戏充值], category: A4-a, enabled: false}}
rules:
  - {{id: block-banned, when: {{category: A1-h}}, action: block}}
  - {{id: block-kids, when: {{classifier: kids}}, action: block}}
compliance:
  audit: {{enabled: true, path: audit.sqlite3}}
  minors: {{enabled: true, enable: [kids], {minors}}}
""",
        encoding="utf-8",
    )
    return policy


def chat(
    proxy: LiveServer, prompt: str, user: str, minor: bool, request_id: str = ""
) -> httpx.Response:
    headers = {"x-user-id": user, "x-fake-answer": json.dumps("好的。")}
    if minor:
        headers["x-user-minor"] = "1"
    if request_id:
        headers["x-request-id"] = request_id
    return httpx.post(
        proxy.url + "/v1/chat/completions",
        json={"model": "m", "messages": [{"role": "user", "content": prompt}]},
        headers=headers,
        timeout=10,
    )


def test_a_minor_over_the_daily_budget_gets_the_refusal(
    tmp_path: Path, upstream: LiveServer
) -> None:
    policy = write_policy(tmp_path, "daily_requests: 3")
    with LiveServer(create_proxy_app(upstream.url, policy)) as proxy:
        assert [chat(proxy, "你好", "kid", True).status_code for _ in range(3)] == [200] * 3
        refused = chat(proxy, "你好", "kid", True)
        assert refused.status_code == 429
        error = refused.json()["error"]
        assert error["code"] == "minor_daily_limit" and "未成年人模式" in error["message"]
        assert chat(proxy, "你好", "kid", False).status_code == 200  # not a minor's request
        assert chat(proxy, "你好", "other-kid", True).status_code == 200  # per user
        anthropic = httpx.post(
            proxy.url + "/v1/messages",
            json={"model": "m", "max_tokens": 10, "messages": [{"role": "user", "content": "hi"}]},
            headers={"x-user-id": "kid", "x-user-minor": "yes"},
            timeout=10,
        )
        assert anthropic.status_code == 429  # in Anthropic's own error format
        assert anthropic.json() == {
            "type": "error",
            "error": {"type": "rate_limit_error", "message": error["message"]},
        }
    log = open_audit_log(tmp_path / "audit.sqlite3")
    log.flush()
    refusals = [r for r in log.export() if r["action"] == "minor_daily_limit"]
    assert len(refusals) == 2 and all(r["direction"] == "input" for r in refusals)


def test_a_minor_gets_the_stricter_profile_and_the_trace_shows_it(
    tmp_path: Path, upstream: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    policy = write_policy(tmp_path, "daily_requests: 100")
    with LiveServer(create_proxy_app(upstream.url, policy)) as proxy:
        kid = chat(proxy, "怎么游戏充值", "kid", True, request_id="req-kid")
        adult = chat(proxy, "怎么游戏充值", "adult", False, request_id="req-adult")
    assert kid.json()["choices"][0]["finish_reason"] == "content_filter"
    assert adult.json()["choices"][0]["finish_reason"] == "stop"
    open_audit_log(tmp_path / "audit.sqlite3").flush()
    db = str(tmp_path / "audit.sqlite3")
    capsys.readouterr()
    assert cli(["trace", "req-kid", "--db", db, "--policy", str(policy)]) == 0
    [decision] = json.loads(capsys.readouterr().out)["decisions"]
    assert decision["profile"] == "minor" and decision["decided_by"] == ["block-kids"]
    assert "kids" not in decision["disabled_here"]
    assert cli(["trace", "req-adult", "--db", db, "--policy", str(policy)]) == 0
    adult_trace = json.loads(capsys.readouterr().out)["decisions"][0]
    assert adult_trace["profile"] == "standard" and "kids" in adult_trace["disabled_here"]


def test_quiet_hours_in_local_time_across_midnight() -> None:
    limits = MinorLimits(None, MinorsConfig(enabled=True, quiet_hours="22:00-06:00"))
    at = dt.datetime(2026, 11, 30, tzinfo=UTC)  # 08:00 in UTC+8
    assert limits.admit("kid", at) is None
    assert limits.admit("kid", at.replace(hour=14))[0] == "minor_quiet_hours"  # type: ignore[index]
    assert limits.admit("kid", at.replace(hour=21, minute=59))[0] == "minor_quiet_hours"  # type: ignore[index]
    assert limits.admit("kid", at.replace(hour=22)) is None  # 06:00 local: open again
    assert limits.admit("", at.replace(hour=15)) is not None  # no user key: still quiet


def test_active_minutes_are_counted_per_local_day(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "a.sqlite3")
    limits = MinorLimits(log, MinorsConfig(enabled=True, daily_minutes=2))
    at = dt.datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
    minute = dt.timedelta(minutes=1)
    assert limits.admit("kid", at) is None
    assert limits.admit("kid", at + dt.timedelta(seconds=30)) is None  # the same minute
    assert limits.admit("kid", at + minute) is None  # a second minute
    assert limits.admit("kid", at + 2 * minute) == (
        "minor_daily_limit",
        MinorsConfig().limit_message,
    )
    assert limits.admit("kid", at + minute + dt.timedelta(seconds=20)) is None  # in a counted one
    assert limits.admit("kid", at + dt.timedelta(days=1)) is None  # a new local day


@pytest.mark.parametrize("store", ["sqlite", "postgresql", "redis"])
def test_the_budget_holds_across_replicas(
    store: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    config = MinorsConfig(enabled=True, daily_requests=3)
    if store == "redis":
        url = request.getfixturevalue("redis_server").url
        state = StateConfig(redis_url=url, prefix=f"t{uuid.uuid4().hex[:8]}:")
        replicas = [MinorLimits(None, config, SharedState(state)) for _ in range(2)]
    else:
        target: Any = (
            tmp_path / "a.sqlite3"
            if store == "sqlite"
            else request.getfixturevalue("postgres").database()
        )
        replicas = [MinorLimits(AuditLog(target), config) for _ in range(2)]
    at = dt.datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
    found = [replicas[n % 2].admit("kid", at) for n in range(5)]
    assert [f is None for f in found] == [True, True, True, False, False]


def test_redis_down_lets_minors_through_and_counts_it() -> None:
    from prometheus_client import REGISTRY

    def errors() -> float:
        sample = REGISTRY.get_sample_value(
            "aigc_guard_shared_state_errors_total", {"counter": "minors"}
        )
        return sample or 0.0

    before = errors()
    state = StateConfig(redis_url=f"redis://127.0.0.1:{free_port()}/0", timeout_s=0.2)
    limits = MinorLimits(None, MinorsConfig(enabled=True, daily_requests=1), SharedState(state))
    at = dt.datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
    assert limits.admit("kid", at) is None and limits.admit("kid", at) is None
    assert errors() == before + 2


def test_daily_limits_without_a_store_are_refused_at_load(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(
        "version: 1\ncompliance: {minors: {enabled: true, daily_requests: 10}}\n",
        encoding="utf-8",
    )
    with pytest.raises(PolicyError, match="counted in the audit database or in Redis"):
        runtime_for(load_policy(tmp_path / "p.yaml"))
