"""The audit log and what lives beside it behave the same on SQLite and on PostgreSQL (a real
server the session starts): one chain, tamper evidence, maintenance, console queries,
migrations, and a copy from one engine to the other that still verifies."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from aigc_guard.compliance.audit import AuditLog, AuditRecord, utc_now
from aigc_guard.compliance.complaints import complaint_status, file_complaint, set_status
from aigc_guard.compliance.config import AuditConfig, ComplaintsConfig, UserMeasuresConfig
from aigc_guard.compliance.incidents import incident_rows, set_incident_status
from aigc_guard.compliance.measures import UserMeasures
from aigc_guard.console import queries
from aigc_guard.storage import open_database
from aigc_guard.storage.migrations import LATEST

KEY = b"storage-test-key"
ENGINES = ["sqlite", "postgresql"]


@pytest.fixture(params=ENGINES)
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty audit database of each engine."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'audit.sqlite3'}"
    return str(request.getfixturevalue("postgres").database())


def decision(n: int, **fields: Any) -> AuditRecord:
    values: dict[str, Any] = {
        "request_id": f"r{n}",
        "decision_id": f"d{n}",
        "action": "block" if n % 3 == 0 else "allow",
        "route": "chat",
        "categories": ["A.1"] if n % 3 == 0 else [],
        "findings": [{"classifier": "lexicon", "start": 0, "end": 2}] if n % 3 == 0 else [],
        "user_key": f"u{n % 2}",
        "evidence": f"text {n}" if n % 3 == 0 else None,
    }
    values.update(fields)
    return AuditRecord(**values)


def filled(target: str, count: int = 9) -> AuditLog:
    log = AuditLog(target, KEY)
    for n in range(count):
        log.append(decision(n))
    log.flush()
    return log


def raw_sql(log: AuditLog, *statements: str) -> None:
    """What someone with write access to the database could do behind the guard's back."""
    with log.database.connect() as conn:
        for statement in statements:
            conn.execute(statement)


def test_the_chain_verifies_and_exports_on_each_engine(target: str) -> None:
    log = filled(target)
    report = log.verify()
    assert report.intact and report.checked == 9
    exported = list(log.export())
    assert [r["seq"] for r in exported] == list(range(1, 10))
    assert exported[0]["categories"] == ["A.1"] and exported[0]["monitor"] is False
    assert log.database.schema_version() == LATEST
    assert log.evidence_of(1) == "text 0" and log.evidence_of(2) is None


def test_updates_are_refused_and_edits_deletions_are_reported(target: str) -> None:
    log = filled(target)
    with pytest.raises(Exception, match="append-only"):
        raw_sql(log, "UPDATE records SET action = 'allow' WHERE seq = 1")
    kept_head = log.head()
    assert kept_head is not None and kept_head["seq"] == 9
    raw_sql(log, "DELETE FROM records WHERE seq >= 8")
    report = log.verify()
    assert not report.intact and report.broken == 8 and "deleted" in (report.reason or "")
    # Every trace in the database erased, and the chain appended to again: the gap shows.
    raw_sql(log, "DELETE FROM checkpoints", "UPDATE meta SET value = '7' WHERE name = 'issued'")
    if log.database.dialect == "sqlite":
        raw_sql(log, "UPDATE sqlite_sequence SET seq = 7 WHERE name = 'records'")
    assert log.verify().intact  # the database alone looks whole ...
    assert not log.verify(kept_head).intact  # ... a head kept elsewhere does not
    raw_sql(log, "DELETE FROM records WHERE seq = 4")
    report = log.verify()
    assert not report.intact and report.broken == 4


def test_concurrent_writers_make_one_chain(target: str) -> None:
    """Four logs on one database (as four replicas would hold), appending at once."""
    logs = [AuditLog(target, KEY) for _ in range(4)]

    def write(log: AuditLog, who: int) -> None:
        for n in range(50):
            log.append(decision(n, request_id=f"w{who}-{n}"))
        log.flush()

    threads = [threading.Thread(target=write, args=(log, i)) for i, log in enumerate(logs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    report = logs[0].verify()
    assert report.intact and report.checked == 200
    ids = [r["request_id"] for r in logs[0].export()]
    assert sorted(ids) == sorted(f"w{w}-{n}" for w in range(4) for n in range(50))


def test_forget_and_prune_keep_the_chain(target: str) -> None:
    log = filled(target)
    assert log.forget("u0") == 2  # evidence of d0 and d6 (user u0); the records stay
    assert log.evidence_of(1) is None
    old = (utc_now() - dt.timedelta(days=400)).isoformat(timespec="microseconds")
    log2 = AuditLog(target, KEY)
    raw_sql(log2, "DELETE FROM checkpoints")  # keep the test about prune, not checkpoints
    with log2.transaction() as conn:
        log2.append_now([decision(100, time=old)], conn)
    # Prune deletes up to the last record older than the cutoff (9 + forget + the old one).
    assert log2.prune(utc_now() - dt.timedelta(days=1)) == 11
    report = log2.verify()
    assert report.intact and report.checked == 1  # the prune record, on the new anchor
    log2.append(decision(200))
    log2.flush()
    assert log2.verify().intact


def test_complaints_measures_incidents_and_console_queries(target: str) -> None:
    log = filled(target)
    ticket = file_complaint(log, ComplaintsConfig(), "d0", "wrongly blocked", "u0")
    assert complaint_status(log, ticket["ticket_id"])["status"] == "received"
    assert set_status(log, ticket["ticket_id"], "in_review", actor="rev")
    measures = UserMeasures(log, UserMeasuresConfig(enabled=True, suspend_after_consecutive=3))
    now = utc_now()
    assert [measures.record("u9", True, now) for _ in range(3)] == ["warn", "limit", "suspend"]
    assert measures.admit("u9", now)[0] == "suspended"  # type: ignore[index]
    from aigc_guard.compliance.config import IncidentsConfig
    from aigc_guard.compliance.incidents import Incidents

    Incidents(log, IncidentsConfig()).open(
        decision_id="d0", categories=("A.1",), route="chat", model="m", sha256="0" * 64
    )
    (incident,) = incident_rows(log)
    assert set_incident_status(log, incident["id"], "reported", "sent", "rev")
    counts = queries.counters(log)
    assert counts["day"]["total"] == 9 and dict(counts["day"]["category"]) == {"A.1": 3}
    assert counts["complaints_open"] == 1
    for chosen in (
        queries.DecisionFilter(category="A.1"),
        queries.DecisionFilter(classifier="lexicon"),
        queries.DecisionFilter(action="block", review="unreviewed"),
    ):
        items, total = queries.list_decisions(log, chosen, page=1, page_size=2)
        assert total == 3 and len(items) == 2 and items[0]["seq"] > items[1]["seq"]
    seq = items[0]["seq"]
    assert queries.set_verdict(log, seq, "confirmed", "rev")
    assert queries.set_verdict(log, seq, "false_positive", "rev")  # changed: one review row
    detail = queries.decision_detail(log, seq)
    assert detail is not None and detail["chain"]["hash_ok"] and detail["chain"]["linked"]
    assert detail["review"]["verdict"] == "false_positive"
    assert [r["verdict"] for r in queries.export_marked(log)] == ["false_positive"]
    assert len(queries.list_complaints(log)) == 1
    assert {r["kind"] for r in queries.activity(log)} >= {"complaint", "measure", "review"}
    assert log.verify().intact


def test_copy_moves_a_log_between_engines_and_it_still_verifies(
    tmp_path: Path, postgres: Any, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    from aigc_guard.cli import main as cli

    monkeypatch.setenv("AIGC_GUARD_AUDIT_KEY", KEY.decode())
    source = tmp_path / "old.sqlite3"
    log = filled(str(source))
    file_complaint(log, ComplaintsConfig(), "d0", "why", "u0")
    head = log.head()
    url = postgres.database()
    assert cli(["audit", "copy", "--from", str(source), "--to", url]) == 0
    out = capsys.readouterr().out
    assert "intact: 10 records" in out and "1 complaints" in out
    moved = AuditLog(url, KEY)
    assert moved.verify(head).intact and moved.keyed
    assert moved.evidence_of(1) == "text 0"
    moved.append(decision(50))
    moved.flush()
    assert moved.verify(head).intact and len(list(moved.export())) == 11
    # Into a database that already holds records: refused, nothing written.
    assert cli(["audit", "copy", "--from", str(source), "--to", url]) == 2
    assert "already holds" in capsys.readouterr().err
    assert len(list(moved.export())) == 11
    # And back from PostgreSQL to a new SQLite file.
    back = tmp_path / "back.sqlite3"
    assert cli(["audit", "copy", "--from", url, "--to", f"sqlite:///{back}"]) == 0
    assert AuditLog(back, KEY).verify(head).intact


def test_an_old_sqlite_log_is_migrated_in_place(tmp_path: Path) -> None:
    """A database written before schema versions (no ``meta.schema``, no ``issued``)."""
    db = tmp_path / "old.sqlite3"
    log = filled(str(db))
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM meta WHERE name IN ('schema', 'issued')")
    conn.execute("DELETE FROM records WHERE seq = 9")  # deleted before the upgrade
    conn.commit()
    conn.close()
    database = open_database(db)
    assert database.schema_version() == LATEST
    with database.connect() as c:
        assert c.execute("SELECT value FROM meta WHERE name = 'issued'").fetchone()[0] == "9"
    report = AuditLog(database, KEY).verify()
    assert not report.intact and report.broken == 9
    assert log.keyed


def test_migrate_command_creates_and_reports(tmp_path: Path, capsys: Any, postgres: Any) -> None:
    from aigc_guard.cli import main as cli

    url = postgres.database()
    assert cli(["audit", "migrate", "--db", url]) == 0
    assert f"schema version {LATEST}" in capsys.readouterr().out
    db = tmp_path / "new.sqlite3"
    assert cli(["audit", "verify", "--db", str(db)]) == 2  # verify never creates a log
    assert cli(["audit", "migrate", "--db", str(db)]) == 0 and db.is_file()


def test_database_urls_keep_passwords_out_of_policy_files() -> None:
    with pytest.raises(ValueError, match="PGPASSWORD"):
        AuditConfig(url="postgresql://guard:secret@db:5432/audit")
    with pytest.raises(ValueError, match="sqlite:///"):
        AuditConfig(url="mysql://db/audit")
    assert AuditConfig(url="var/audit.sqlite3").url == "var/audit.sqlite3"  # a plain path
    assert AuditConfig(url="postgresql://guard@db:5432/audit").url
    from aigc_guard.policy.schema import StateConfig

    with pytest.raises(ValueError, match="password_env"):
        StateConfig(redis_url="redis://:secret@cache:6379/0")


def test_an_unreachable_postgres_is_a_clear_error(
    capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from servers import free_port

    from aigc_guard.cli import main as cli
    from aigc_guard.storage import postgres

    monkeypatch.setattr(postgres, "WAIT_SECONDS", 1.0)  # the pool retries as long as this

    url = f"postgresql://nobody@127.0.0.1:{free_port()}/audit?connect_timeout=1"
    assert cli(["audit", "verify", "--db", url]) == 2
    err = capsys.readouterr().err
    assert "cannot reach the audit database" in err and "127.0.0.1" in err


def test_policy_audit_url_selects_the_database(tmp_path: Path, postgres: Any) -> None:
    from aigc_guard.compliance.runtime import audit_target, runtime_for
    from aigc_guard.policy.loader import load_policy

    url = postgres.database()
    policy_file = tmp_path / "p.yaml"
    policy_file.write_text(
        "version: 1\n"
        f"compliance: {{audit: {{enabled: true, url: '{url}'}}}}\n"
        "classifiers: {}\nrules: []\n",
        encoding="utf-8",
    )
    policy = load_policy(policy_file, models=False)
    assert audit_target(policy) == url
    runtime = runtime_for(policy)
    assert runtime.audit is not None and runtime.audit.database.dialect == "postgresql"
    (tmp_path / "q.yaml").write_text(
        "version: 1\ncompliance: {audit: {enabled: true, url: 'sqlite:///logs/a.db'}}\n",
        encoding="utf-8",
    )
    assert audit_target(load_policy(tmp_path / "q.yaml", models=False)) == (
        tmp_path / "logs" / "a.db"
    )


def test_a_missing_server_is_a_skip_here_and_a_failure_under_ci(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from services import need

    monkeypatch.delenv("AIGC_GUARD_REQUIRE_SERVICES", raising=False)
    with pytest.raises(pytest.skip.Exception, match="PostgreSQL is not available"):
        need("PostgreSQL", "no pg_ctl")
    monkeypatch.setenv("AIGC_GUARD_REQUIRE_SERVICES", "1")
    with pytest.raises(pytest.fail.Exception, match="AIGC_GUARD_REQUIRE_SERVICES=1"):
        need("PostgreSQL", "no pg_ctl")


def test_a_database_that_stops_answering_refuses_what_it_cannot_admit(
    upstream: Any, postgres: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With user measures on, whether a user may ask lives in the database: when it is gone
    the request is refused (503, counted), never passed unchecked."""
    import httpx
    import psycopg
    from prometheus_client import REGISTRY
    from servers import LiveServer

    from aigc_guard.server import create_proxy_app
    from aigc_guard.storage import postgres as postgres_storage

    monkeypatch.setattr(postgres_storage, "WAIT_SECONDS", 2.0)  # for a connection, per request

    def refused() -> float:
        sample = REGISTRY.get_sample_value("aigc_guard_storage_errors_total", {"step": "admit"})
        return sample or 0.0

    url = postgres.database()
    policy = tmp_path / "p.yaml"
    policy.write_text(
        "version: 1\ncompliance: {audit: {enabled: true, url: '"
        + url
        + "'}, user_measures: {enabled: true}}\n",
        encoding="utf-8",
    )
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
    headers = {"x-user-id": "someone"}
    with LiveServer(create_proxy_app(upstream.url, policy)) as guard:
        assert (
            httpx.post(guard.url + "/v1/chat/completions", json=body, headers=headers).status_code
            == 200
        )
        with psycopg.connect(postgres.url + "/postgres", autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {url.rsplit('/', 1)[1]} WITH (FORCE)")
        before = refused()
        answer = httpx.post(
            guard.url + "/v1/chat/completions", json=body, headers=headers, timeout=60
        )
        assert answer.status_code == 503
        assert answer.json()["error"]["code"] == "storage_unavailable"
        assert refused() == before + 1
        anonymous = httpx.post(guard.url + "/v1/chat/completions", json=body, timeout=60)
        assert anonymous.status_code == 200  # no user to admit: nothing to look up


def test_queued_audit_records_are_written_before_shutdown_completes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rolling update stops replicas all day long: what the writer still holds when the
    server shuts down is written before the app reports the shutdown done."""
    import asyncio
    import time

    from aigc_guard import GuardMiddleware
    from aigc_guard.compliance.runtime import runtime_for

    policy = tmp_path / "p.yaml"
    policy.write_text(
        "version: 1\ncompliance: {audit: {enabled: true, path: audit.sqlite3}}\n",
        encoding="utf-8",
    )
    original = AuditLog._write_batch

    def slow(self: AuditLog, batch: list[AuditRecord]) -> None:
        time.sleep(0.3)  # a database under load
        original(self, batch)

    monkeypatch.setattr(AuditLog, "_write_batch", slow)
    done: list[str] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:  # a server's lifespan
        while True:
            message = await receive()
            kind = message["type"].rsplit(".", 1)[1]
            await send({"type": f"lifespan.{kind}.complete"})
            done.append(kind)
            if kind == "shutdown":
                return

    guard = GuardMiddleware(app, str(policy))
    log = runtime_for(guard.store.current).audit
    assert log is not None
    for n in range(3):
        log.append(decision(n))
    messages = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])

    async def receive() -> Any:
        return next(messages)

    async def send(message: Any) -> None:
        if message["type"] == "lifespan.shutdown.complete":
            assert log._queue.unfinished_tasks == 0, "shutdown reported before the records"

    asyncio.run(guard({"type": "lifespan"}, receive, send))
    assert done == ["startup", "shutdown"]
    assert len(list(log.export())) == 3


def test_a_missing_driver_is_named_with_its_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A base install (no extras) asked for PostgreSQL or Redis says what to install."""
    import sys

    from aigc_guard.cli import main as cli

    monkeypatch.setitem(sys.modules, "psycopg_pool", None)  # as if not installed
    monkeypatch.setitem(sys.modules, "redis", None)
    assert cli(["audit", "verify", "--db", "postgresql://x@127.0.0.1:1/db"]) == 2
    assert "pip install 'aigc-guard[postgres]'" in capsys.readouterr().err
    policy = tmp_path / "p.yaml"
    policy.write_text(
        "version: 1\nstate: {redis_url: 'redis://127.0.0.1:1/0'}\n"
        "compliance: {user_measures: {enabled: true}, audit: {enabled: true}}\n",
        encoding="utf-8",
    )
    assert cli(["serve", "--upstream", "http://127.0.0.1:9", "--policy", str(policy)]) == 2
    assert "pip install 'aigc-guard[redis]'" in capsys.readouterr().err


def test_a_request_s_records_are_found_by_index(tmp_path: Path) -> None:
    """Traces and the console's related records look a request up by id: never a scan of
    the whole log."""
    database = open_database(tmp_path / "a.sqlite3")
    with database.connect() as conn:
        plan = conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM records WHERE request_id = ? ORDER BY seq", ("r",)
        ).fetchall()
    assert any("USING INDEX records_request" in str(tuple(row)) for row in plan)
