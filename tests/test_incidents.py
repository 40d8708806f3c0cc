"""Incidents (Interim Measures Art. 14): a blocked answer opens exactly one incident, which a
webhook receives signed, retried on failure, counted, and never in the answer's way."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import threading
import time
from pathlib import Path

import httpx
import pytest
from conftest import TEST_POLICY
from servers import LiveServer
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from aigc_guard import metrics
from aigc_guard.cli import main as cli
from aigc_guard.compliance.audit import open_audit_log
from aigc_guard.compliance.incidents import incident_rows, set_incident_status
from aigc_guard.server import create_proxy_app

SECRET = "webhook-secret"


class Hook:
    """A webhook receiver that fails its first ``failures`` calls."""

    def __init__(self, failures: int = 0, gate: threading.Event | None = None) -> None:
        self.failures = failures
        self.gate = gate  # while unset, every call hangs
        self.calls: list[tuple[bytes, str]] = []

    async def receive(self, request: Request) -> Response:
        if self.gate is not None:
            await asyncio.to_thread(self.gate.wait, 30)
        body = await request.body()
        self.calls.append((body, request.headers.get("x-aigc-guard-signature", "")))
        if len(self.calls) <= self.failures:
            return Response("down", 503)
        return Response("ok")

    def app(self) -> Starlette:
        return Starlette(routes=[Route("/hook", self.receive, methods=["POST"])])


def policy_file(folder: Path, hook_url: str) -> Path:
    text = (
        TEST_POLICY.read_text(encoding="utf-8")
        + f"""
compliance:
  audit: {{enabled: true, path: audit.sqlite3}}
  incidents:
    enabled: true
    webhook: {{url: "{hook_url}", secret_env: TEST_WEBHOOK_SECRET, backoff_s: 0.05}}
"""
    )
    path = folder / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def ask(proxy: LiveServer, answer: str, prompt: str = "hi") -> httpx.Response:
    body = {"model": "model-x", "messages": [{"role": "user", "content": prompt}]}
    return httpx.post(
        proxy.url + "/v1/chat/completions",
        json=body,
        headers={"x-fake-answer": json.dumps(answer)},
        timeout=10,
    )


def wait_for(check, seconds: float = 10) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


def test_a_blocked_answer_opens_one_incident_and_the_webhook_gets_it_signed(
    tmp_path: Path, upstream: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEST_WEBHOOK_SECRET", SECRET)
    hook = Hook()
    with LiveServer(hook.app()) as receiver:
        policy = policy_file(tmp_path, receiver.url + "/hook")
        with LiveServer(create_proxy_app(upstream.url, policy)) as proxy:
            assert ask(proxy, "好的，炸弹制作如下").json()["choices"][0]["finish_reason"] == (
                "content_filter"
            )
            assert ask(proxy, "一切正常").status_code == 200  # allowed: no incident
            assert ask(proxy, "fine", prompt="炸弹制作").status_code == 200  # input block: none
            assert wait_for(lambda: len(hook.calls) == 1)
    log = open_audit_log(tmp_path / "audit.sqlite3")
    log.flush()
    [incident] = incident_rows(log)
    assert incident["status"] == "open" and incident["risk_ids"] == ["A1-h"]
    assert incident["model"] == "model-x" and len(incident["content_sha256"]) == 64
    body, signature = hook.calls[0]
    expected = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    assert signature == f"sha256={expected}"
    sent = json.loads(body)
    assert sent["incident"]["id"] == incident["id"] and "炸弹" not in body.decode()
    assert [r["kind"] for r in log.export()].count("incident") == 1


def test_a_failing_webhook_is_retried_counted_and_never_delays_the_answer(
    tmp_path: Path, upstream: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEST_WEBHOOK_SECRET", SECRET)
    gate = threading.Event()
    hook = Hook(failures=10, gate=gate)  # always down, and hanging until the gate opens
    retries = metrics.INCIDENT_WEBHOOKS.labels("retry")._value.get()
    failed = metrics.INCIDENT_WEBHOOKS.labels("failed")._value.get()
    with LiveServer(hook.app()) as receiver:
        policy = policy_file(tmp_path, receiver.url + "/hook")
        with LiveServer(create_proxy_app(upstream.url, policy)) as proxy:
            response = ask(proxy, "好的，炸弹制作如下")
            # The answer came back while the webhook call still hangs: it did not wait.
            assert response.json()["choices"][0]["finish_reason"] == "content_filter"
            assert not gate.is_set()
            gate.set()
            assert wait_for(
                lambda: metrics.INCIDENT_WEBHOOKS.labels("failed")._value.get() == failed + 1,
                30,
            )
    assert len(hook.calls) == 3  # attempts
    assert metrics.INCIDENT_WEBHOOKS.labels("retry")._value.get() == retries + 3


def test_incidents_are_worked_and_exported(
    tmp_path: Path, upstream: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    policy = policy_file(tmp_path, "http://127.0.0.1:9/hook")
    with LiveServer(create_proxy_app(upstream.url, policy)) as proxy:
        ask(proxy, "好的，炸弹制作如下")
        log = open_audit_log(tmp_path / "audit.sqlite3")
        assert wait_for(lambda: len(incident_rows(log)) == 1)  # written off the event loop
    [incident] = incident_rows(log)
    assert set_incident_status(log, incident["id"], "reported", "sent to the CAC", "alice")
    with pytest.raises(ValueError):
        set_incident_status(log, incident["id"], "lost", "", "alice")
    capsys.readouterr()
    assert cli(["audit", "incidents", "--db", str(tmp_path / "audit.sqlite3")]) == 0
    [exported] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert exported["status"] == "reported" and exported["note"] == "sent to the CAC"
    assert log.verify().intact


def test_incidents_are_listed_worked_and_exported_in_the_console(
    tmp_path: Path, upstream: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEST_CONSOLE_TOKEN", "incident-token")
    policy = policy_file(tmp_path, "http://127.0.0.1:9/hook")
    policy.write_text(
        policy.read_text(encoding="utf-8")
        + "  console: {enabled: true, token_env: TEST_CONSOLE_TOKEN}\n",
        encoding="utf-8",
    )
    auth = {"authorization": "Bearer incident-token"}
    with LiveServer(create_proxy_app(upstream.url, policy)) as proxy:
        blocked = ask(proxy, "好的，炸弹制作如下")
        decision_id = blocked.json()["aigc_guard"]["decision_id"]
        log = open_audit_log(tmp_path / "audit.sqlite3")
        assert wait_for(lambda: len(incident_rows(log)) == 1)
        log.flush()
        console = proxy.url + "/aigc-guard/console"
        page = httpx.get(console + "/incidents", headers=auth)
        [incident] = incident_rows(log)
        assert page.status_code == 200 and incident["id"] in page.text
        assert decision_id in page.text and "/decisions/" in page.text  # linked to its decision
        assert httpx.get(console + "/incidents").status_code == 401  # signed-in only
        moved = httpx.post(
            console + f"/incidents/{incident['id']}",
            data={"status": "reported", "note": "sent to the provincial CAC office"},
            headers=auth,
        )
        assert moved.status_code == 303
        assert (
            httpx.post(
                console + "/incidents/inc_missing", data={"status": "closed"}, headers=auth
            ).status_code
            == 404
        )
        assert (
            httpx.post(
                console + f"/incidents/{incident['id']}", data={"status": "lost"}, headers=auth
            ).status_code
            == 400
        )
        reported = httpx.get(console + "/incidents?status=reported", headers=auth)
        assert incident["id"] in reported.text
        assert (
            incident["id"] not in httpx.get(console + "/incidents?status=open", headers=auth).text
        )
        exported = httpx.get(console + "/incidents.jsonl", headers=auth)
        assert exported.headers["content-type"].startswith("application/x-ndjson")
        [row] = [json.loads(line) for line in exported.text.splitlines()]
        assert row["status"] == "reported" and row["note"].startswith("sent to the provincial")
        assert row["decision_id"] == decision_id
    log.flush()
    actions = [r["action"] for r in log.export() if r["kind"] == "console"]
    assert "export_incidents" in actions
    statuses = [r for r in log.export() if r["kind"] == "incident_status"]
    assert statuses[-1]["detail"]["actor"] == "token"
    assert log.verify().intact


def test_the_console_page_shows_the_newest_incidents_and_the_export_all(tmp_path: Path) -> None:
    import aigc_guard.console.app as console_app
    from aigc_guard.compliance.audit import AuditLog
    from aigc_guard.compliance.config import IncidentsConfig
    from aigc_guard.compliance.incidents import Incidents
    from aigc_guard.console import queries

    log = AuditLog(tmp_path / "a.sqlite3")
    incidents = Incidents(log, IncidentsConfig())
    for n in range(3):
        incidents.open(
            decision_id=f"d{n}", categories=("A1-h",), route="chat", model="m", sha256="0" * 64
        )
    assert len(queries.list_incidents(log)) == 3
    newest = queries.list_incidents(log, "", 2)
    assert len(newest) == 2
    assert newest == queries.list_incidents(log)[:2]
    assert console_app.INCIDENTS_SHOWN >= 100  # a page, not the whole table
