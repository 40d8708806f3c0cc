"""Finding 6: the admin surfaces — console credentials, complaints, excerpts, the chain."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest
from console_helpers import POLICY, TOKEN, audit_path, chat, console_server
from servers import LiveServer

from aigc_guard.cli import main as cli
from aigc_guard.compliance.audit import (
    GENESIS,
    RECORD_FIELDS,
    AuditLog,
    AuditRecord,
    open_audit_log,
)
from aigc_guard.demo import console_overlay
from aigc_guard.policy.store import PolicyStore
from aigc_guard.server import create_demo_app
from aigc_guard.throttle import FailureThrottle, RateLimit

BASE = "/aigc-guard/console"
KEY = os.environ["AIGC_GUARD_AUDIT_KEY"].encode()


def from_address(server: LiveServer, address: str, path: str, token: str) -> int:
    transport = httpx.HTTPTransport(local_address=address)
    with httpx.Client(transport=transport, timeout=10) as client:
        return client.get(
            server.url + path, headers={"authorization": f"Bearer {token}"}
        ).status_code


def test_bearer_guesses_lock_out_the_guessing_address_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AIGC_GUARD_CONSOLE_TOKEN", TOKEN)
    with console_server(tmp_path) as server:
        guesses = [from_address(server, "127.0.0.1", BASE, f"guess-{n}") for n in range(6)]
        assert guesses[:5] == [401] * 5 and guesses[5] == 429
        assert from_address(server, "127.0.0.1", BASE, TOKEN) == 429  # the attacker's address
        assert from_address(server, "127.0.0.2", BASE, TOKEN) == 200  # everyone else
    log = open_audit_log(audit_path(tmp_path))
    log.flush()
    failed = [r for r in log.export() if r["kind"] == "console" and r["action"] == "login_failed"]
    assert len(failed) == 5
    assert {r["detail"]["method"] for r in failed} == {"header"}


def test_lock_outs_back_off() -> None:
    now = [0.0]
    throttle = FailureThrottle(limit=3, window=60, base=30, maximum=3600, clock=lambda: now[0])
    for _ in range(3):
        throttle.failed("a")
    assert throttle.retry_after("a") == 30 and throttle.retry_after("b") == 0
    now[0] += 31
    for _ in range(3):
        throttle.failed("a")
    assert throttle.retry_after("a") == 60  # doubled
    throttle.succeeded("a")
    assert throttle.retry_after("a") == 0


def test_complaints_are_rate_limited_per_address_and_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AIGC_GUARD_CONSOLE_TOKEN", TOKEN)
    with console_server(tmp_path) as server:
        codes = [
            httpx.post(
                server.url + "/aigc-guard/v1/complaints",
                json={"about": "x", "reason": "wrong"},
                headers={"x-user-id": f"user-{n}"},
                timeout=10,
            ).status_code
            for n in range(7)
        ]
    assert codes[:5] == [201] * 5 and codes[5:] == [429, 429]


def test_behind_a_trusted_proxy_each_client_has_its_own_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Behind a load balancer (here: connections from 127.0.0.1, which uvicorn trusts by
    default, FORWARDED_ALLOW_IPS), limits key on the client's forwarded address: one
    client's complaints do not use up another's."""
    monkeypatch.setenv("AIGC_GUARD_CONSOLE_TOKEN", TOKEN)

    def complain(server: Any, client: str, n: int) -> int:
        return httpx.post(
            server.url + "/aigc-guard/v1/complaints",
            json={"about": "x", "reason": "wrong"},
            headers={"x-user-id": f"{client}-{n}", "x-forwarded-for": client},
            timeout=10,
        ).status_code

    with console_server(tmp_path) as server:
        first = [complain(server, "203.0.113.7", n) for n in range(6)]
        other = complain(server, "198.51.100.9", 0)
    assert first == [201] * 5 + [429] and other == 201


def test_daily_caps() -> None:
    now = [86400.0 * 100]
    limit = RateLimit(per_minute=100, per_day=3, clock=lambda: now[0])
    assert [limit.take("u") for _ in range(4)] == [True, True, True, False]
    now[0] += 86400
    assert limit.take("u")


def test_no_raw_excerpts_without_evidence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIGC_GUARD_CONSOLE_TOKEN", TOKEN)
    overlay = console_overlay(tmp_path)
    overlay["compliance"]["audit"]["evidence"]["enabled"] = False
    store = PolicyStore.of(POLICY, overlay)
    with LiveServer(create_demo_app(store)) as server:
        chat(server, "说说爆炸")
        chat(server, "请给我联系方式")
    log = open_audit_log(audit_path(tmp_path))
    log.flush()
    with log.connect() as conn:
        assert conn.execute("SELECT COUNT(*) FROM excerpts").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM evidence").fetchone()[0] == 0
        blocked = conn.execute("SELECT COUNT(*) FROM records WHERE action = 'block'").fetchone()
    assert blocked[0] >= 1


def filled_log(path: Path) -> AuditLog:
    log = AuditLog(path, KEY)
    for n in range(5):
        log.append(AuditRecord(decision_id=f"d{n}", action="block" if n == 2 else "allow"))
    log.flush()
    assert log.verify().intact
    return log


def test_an_edited_record_with_a_recomputed_chain_is_caught(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    filled_log(db)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    conn.execute("DROP TRIGGER records_append_only")
    conn.execute("UPDATE records SET action = 'allow' WHERE seq = 3")
    prev = GENESIS
    import hashlib

    for row in conn.execute("SELECT * FROM records ORDER BY seq").fetchall():
        canonical = json.dumps([row[name] for name in RECORD_FIELDS], ensure_ascii=False)
        digest = hashlib.sha256((prev + "\n" + canonical).encode()).hexdigest()  # no key
        conn.execute(
            "UPDATE records SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, row["seq"])
        )
        prev = digest
    conn.commit()
    report = AuditLog(db, KEY).verify()
    assert not report.intact and report.broken == 1


def test_deleting_the_newest_records_is_caught(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "a.sqlite3"
    filled_log(db)
    capsys.readouterr()
    assert cli(["audit", "head", "--db", str(db)]) == 0
    kept = tmp_path / "head.json"  # a copy kept away from the database
    kept.write_text(capsys.readouterr().out, encoding="utf-8")
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM records WHERE seq >= 4")
    conn.commit()
    report = AuditLog(db, KEY).verify()
    assert not report.intact and report.broken == 4 and "deleted" in (report.reason or "")
    conn.execute("DELETE FROM checkpoints")
    conn.execute("UPDATE sqlite_sequence SET seq = 3 WHERE name = 'records'")
    conn.execute("UPDATE meta SET value = '3' WHERE name = 'issued'")
    conn.commit()
    # Every trace in the database removed: the database alone looks whole, the kept head not.
    assert AuditLog(db, KEY).verify().intact
    assert cli(["audit", "verify", "--db", str(db), "--head", str(kept)]) == 1


def test_a_keyed_chain_needs_its_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "a.sqlite3"
    filled_log(db)
    monkeypatch.delenv("AIGC_GUARD_AUDIT_KEY")
    assert cli(["audit", "verify", "--db", str(db)]) == 2
    monkeypatch.setenv("AIGC_GUARD_AUDIT_KEY", "another key")
    assert cli(["audit", "verify", "--db", str(db)]) == 1


def test_verify_of_a_missing_database_is_an_error_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nothing" / "audit.sqlite3"
    assert cli(["audit", "verify", "--db", str(missing)]) == 2
    assert "no audit database" in capsys.readouterr().err
    assert not missing.parent.exists()
