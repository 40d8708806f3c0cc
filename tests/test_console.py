"""The review console over HTTP: access control, lists, filters, verdicts, export, complaints,
escaping, and the audit records of console actions."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from console_helpers import (
    TOKEN,
    audit_path,
    chat,
    console_server,
    console_with_token,
    demo_traffic,
    jsonl,
    metric_value,
    policy_with,
)
from servers import LiveServer

from aigc_guard.compliance.audit import open_audit_log
from aigc_guard.compliance.excerpts import MASK, excerpt
from aigc_guard.console.auth import COOKIE

BASE = "/aigc-guard/console"
AUTH = {"authorization": f"Bearer {TOKEN}"}
PAGES = [BASE, BASE + "/decisions", BASE + "/decisions/1", BASE + "/complaints"]


@pytest.fixture(scope="module")
def console(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, Path]]:
    state = tmp_path_factory.mktemp("console")
    # The pages are tried with wrong credentials many times below: no lock-out here (the
    # lock-out itself is tested in test_admin_surfaces.py).
    relaxed = policy_with(state, "compliance:\n  console:\n    lockout_after: 1000\n")
    with console_with_token(state, relaxed) as (server, state):
        demo_traffic(server, state)
        yield server, state


def get(server: LiveServer, path: str, **kwargs) -> httpx.Response:  # type: ignore[no-untyped-def]
    return httpx.get(server.url + path, timeout=10, **kwargs)


def post(server: LiveServer, path: str, **kwargs) -> httpx.Response:  # type: ignore[no-untyped-def]
    return httpx.post(server.url + path, timeout=10, **kwargs)


def rows(html: str) -> list[str]:
    return re.findall(r'<tr class="decision[^"]*".*?</tr>', html, flags=re.S)


def records(state: Path, kind: str) -> list[dict]:  # type: ignore[type-arg]
    log = open_audit_log(audit_path(state))
    log.flush()
    return [r for r in log.export() if r["kind"] == kind]


@pytest.mark.parametrize("path", [*PAGES, BASE + "/export.jsonl"])
def test_without_credentials_401_and_no_data(console: tuple[LiveServer, Path], path: str) -> None:
    server, _ = console
    for headers in ({}, {"authorization": "Bearer wrong"}, {"authorization": "Basic Zm9vOmJhcg=="}):
        response = get(server, path, headers=headers)
        assert response.status_code == 401
        assert response.headers["www-authenticate"].startswith("Bearer")
        for secret in ("A1-h", "block-banned", "炸弹", "decision"):
            assert secret not in response.text.replace("decisions", "")
    forged = get(server, BASE + "/decisions", cookies={COOKIE: "eyJhIjoieCJ9.0000"})
    assert forged.status_code == 401


def test_forms_need_credentials(console: tuple[LiveServer, Path]) -> None:
    server, state = console
    before = len(records(state, "review"))
    response = post(server, BASE + "/decisions/1/review", data={"verdict": "confirmed"})
    assert response.status_code == 401
    assert len(records(state, "review")) == before


def test_blocked_items_are_listed_with_categories_and_excerpts(
    console: tuple[LiveServer, Path],
) -> None:
    server, _ = console
    page = get(server, BASE + "/decisions", headers=AUTH)
    assert page.status_code == 200
    listed = rows(page.text)
    assert len(listed) == 6  # input block, output block, stream cut, redaction, 2 flags
    blocks = [r for r in listed if 'class="badge block"' in r]
    assert len(blocks) == 3 and all("A1-h" in r for r in blocks)
    # Evidence is on in the demo: the matched span is shown raw and highlighted.
    assert any("<mark" in r and "炸弹</mark>" in r for r in blocks)
    redacted = next(r for r in listed if 'class="badge redact"' in r)
    assert "pii.cn_resident_id" in redacted and "11010519491231002X</mark>" in redacted


def test_filters(console: tuple[LiveServer, Path]) -> None:
    server, _ = console

    def listed(**query: str) -> list[str]:
        response = get(server, BASE + "/decisions", params=query, headers=AUTH)
        assert response.status_code == 200
        return rows(response.text)

    assert len(listed(category="A1-h")) == 3
    assert len(listed(action="flag")) == 2
    assert len(listed(classifier="pii")) == 1
    assert len(listed(direction="input")) == 2  # the blocked request and the flagged one
    assert len(listed(category="A1-h", direction="output")) == 2
    assert listed(since="2999-01-01T00:00") == []
    assert len(listed(until="2999-01-01T00:00")) == 6
    bad = get(server, BASE + "/decisions", params={"since": "yesterday"}, headers=AUTH)
    assert bad.status_code == 400 and "not a date" in bad.text


def test_pagination_keeps_filters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIGC_GUARD_CONSOLE_TOKEN", TOKEN)
    policy = policy_with(tmp_path, "compliance:\n  console: {page_size: 5}\n")
    with console_server(tmp_path, policy) as server:
        for _ in range(7):
            chat(server, "炸弹")
        open_audit_log(audit_path(tmp_path)).flush()
        first = get(server, BASE + "/decisions?category=A1-h", headers=AUTH).text
        assert len(rows(first)) == 5 and "page 1 of 2" in first
        link = re.search(r'href="([^"]+)" rel="next"', first)
        assert link is not None and "category=A1-h" in link.group(1)
        second = get(server, link.group(1).replace("&amp;", "&"), headers=AUTH).text
        assert len(rows(second)) == 2 and "page 2 of 2" in second


def test_overview_counts(console: tuple[LiveServer, Path]) -> None:
    server, _ = console
    page = get(server, BASE, headers=AUTH).text
    hour = page.split("Last 24 hours")[0]
    action_table = re.search(r'data-by="action".*?</table>', hour, flags=re.S)
    assert action_table is not None
    counts = dict(re.findall(r"<th>(\w+)</th><td>(\d+)</td>", action_table.group(0)))
    assert counts["block"] == "3" and counts["redact"] == "1" and counts["flag"] == "2"
    assert "A1-h" in hour and "pii.cn_resident_id" in hour


def verdict_count(server: LiveServer, verdict: str, category: str) -> float:
    """The review counter as the guard's own /metrics endpoint shows it."""
    text = get(server, "/metrics").text
    return metric_value(text, "aigc_guard_reviews_total", verdict=verdict, category=category)


def test_marking_updates_list_metric_export_and_audit(console: tuple[LiveServer, Path]) -> None:
    server, state = console
    flagged = rows(get(server, BASE + "/decisions?action=flag&direction=output", headers=AUTH).text)
    seq = int(re.search(r'data-seq="(\d+)"', flagged[0]).group(1))  # type: ignore[union-attr]
    before = verdict_count(server, "false_positive", "A3-watch")
    response = post(
        server,
        f"{BASE}/decisions/{seq}/review",
        data={"verdict": "false_positive", "next": BASE + "/decisions?review=false_positive"},
        headers=AUTH,
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == BASE + "/decisions?review=false_positive"
    marked = rows(get(server, BASE + "/decisions?review=false_positive", headers=AUTH).text)
    assert [int(re.search(r'data-seq="(\d+)"', r).group(1)) for r in marked] == [seq]  # type: ignore[union-attr]
    unreviewed = rows(get(server, BASE + "/decisions?review=unreviewed", headers=AUTH).text)
    assert all(f'data-seq="{seq}"' not in r for r in unreviewed)
    assert verdict_count(server, "false_positive", "A3-watch") == before + 1

    exported = get(server, BASE + "/export.jsonl?verdict=false_positive", headers=AUTH)
    assert exported.status_code == 200
    lines = jsonl(exported.text)
    assert [(r["seq"], r["label"], r["verdict"]) for r in lines] == [(seq, 0, "false_positive")]
    assert "麻烦" in lines[0]["text"] and lines[0]["categories"] == ["A3-watch"]

    reviews = [r for r in records(state, "review") if r["detail"]["seq"] == seq]
    assert reviews and reviews[-1]["action"] == "false_positive"
    assert reviews[-1]["detail"]["actor"] == "token"
    exports = [r for r in records(state, "console") if r["action"] == "export"]
    assert exports and exports[-1]["detail"]["rows"] == 1
    assert open_audit_log(audit_path(state)).verify().intact


def test_export_feeds_eval(console: tuple[LiveServer, Path], tmp_path: Path) -> None:
    from aigc_guard.cli import main as cli

    server, _ = console
    blocked = rows(
        get(server, BASE + "/decisions?category=A1-h&direction=output", headers=AUTH).text
    )
    seq = int(re.search(r'data-seq="(\d+)"', blocked[0]).group(1))  # type: ignore[union-attr]
    post(server, f"{BASE}/decisions/{seq}/review", data={"verdict": "confirmed"}, headers=AUTH)
    data = tmp_path / "marked.jsonl"
    data.write_text(get(server, BASE + "/export.jsonl", headers=AUTH).text, encoding="utf-8")
    assert {r["label"] for r in jsonl(data.read_text(encoding="utf-8"))} == {0, 1}
    policy = str(Path(__file__).parent / "policies" / "console.yaml")
    code = cli(["eval", "--policy", policy, "--data", str(data), "--text-column", "text"])
    assert code == 0


def test_session_login_csrf_and_logout(console: tuple[LiveServer, Path]) -> None:
    server, state = console
    with httpx.Client(base_url=server.url, timeout=10) as client:
        page = client.get(BASE + "/decisions")
        assert page.status_code == 401 and 'name="token"' in page.text
        login = client.post(
            BASE + "/login",
            data={"token": TOKEN, "name": "Li <b>Wei</b>", "next": "https://evil.example/x"},
        )
        assert login.status_code == 303 and login.headers["location"] == BASE
        cookie = login.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie
        listed = client.get(BASE + "/decisions")
        assert listed.status_code == 200 and "Li &lt;b&gt;Wei&lt;/b&gt; (token)" in listed.text
        assert "<b>Wei" not in listed.text
        csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', listed.text).group(1)  # type: ignore[union-attr]
        seq = int(re.search(r'data-seq="(\d+)"', rows(listed.text)[0]).group(1))  # type: ignore[union-attr]
        forged = client.post(f"{BASE}/decisions/{seq}/review", data={"verdict": "confirmed"})
        assert forged.status_code == 403
        done = client.post(
            f"{BASE}/decisions/{seq}/review", data={"verdict": "confirmed", "csrf": csrf}
        )
        assert done.status_code == 303
        assert client.post(BASE + "/logout", data={"csrf": csrf}).status_code == 303
        assert client.get(BASE + "/decisions").status_code == 401
    actions = [r["action"] for r in records(state, "console")]
    assert "login" in actions and "logout" in actions
    review = [r for r in records(state, "review") if r["detail"]["seq"] == seq][-1]
    assert review["detail"]["actor"] == "Li <b>Wei</b> (token)"


def test_failed_logins_are_audited_and_throttled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AIGC_GUARD_CONSOLE_TOKEN", TOKEN)
    with console_server(tmp_path) as server:
        codes = [
            post(server, BASE + "/login", data={"token": "guess"}).status_code for _ in range(6)
        ]
        assert codes[:5] == [401] * 5 and codes[5] == 429
        right = post(server, BASE + "/login", data={"token": TOKEN})
        assert right.status_code == 429  # this address is locked out, even with the right token
    failed = [r for r in records(tmp_path, "console") if r["action"] == "login_failed"]
    assert len(failed) == 5


def test_html_in_stored_content_is_escaped(console: tuple[LiveServer, Path]) -> None:
    server, _ = console
    chat(server, "<img src=x onerror=alert(1)> 炸弹 <script>alert(2)</script>")
    ticket = post(
        server,
        "/aigc-guard/v1/complaints",
        json={"about": "<b>x</b>", "reason": "<script>alert(3)</script> wrong block"},
        headers={"x-user-id": "u1"},
    )
    assert ticket.status_code == 201
    open_audit_log(audit_path(console[1])).flush()
    listing = get(server, BASE + "/decisions?direction=input", headers=AUTH).text
    assert "<img src=x" not in listing and "&lt;img src=x onerror=alert(1)&gt;" in listing
    assert "<script>alert(2)" not in listing and "&lt;script&gt;alert(2)" in listing
    queue = get(server, BASE + "/complaints", headers=AUTH).text
    assert "<script>alert(3)" not in queue and "&lt;script&gt;alert(3)&lt;/script&gt;" in queue
    assert "&lt;b&gt;x&lt;/b&gt;" in queue
    csp = get(server, BASE, headers=AUTH).headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp


def test_complaint_status_changes_are_audited(console: tuple[LiveServer, Path]) -> None:
    server, state = console
    decisions = rows(get(server, BASE + "/decisions?category=A1-h", headers=AUTH).text)
    seq = re.search(r'data-seq="(\d+)"', decisions[0]).group(1)  # type: ignore[union-attr]
    detail = get(server, f"{BASE}/decisions/{seq}", headers=AUTH).text
    decision_id = re.search(r"Decision id</dt><dd><code>([^<]+)</code>", detail).group(1)  # type: ignore[union-attr]
    filed = post(
        server,
        "/aigc-guard/v1/complaints",
        json={"about": decision_id, "reason": "this was fine"},
        headers={"x-user-id": "u2"},
    ).json()
    queue = get(server, BASE + "/complaints", headers=AUTH).text
    assert filed["ticket_id"] in queue and f'href="{BASE}/decisions/{seq}"' in queue
    moved = post(
        server,
        f"{BASE}/complaints/{filed['ticket_id']}",
        data={"status": "resolved"},
        headers=AUTH,
        follow_redirects=False,
    )
    assert moved.status_code == 303
    status = get(server, f"/aigc-guard/v1/complaints/{filed['ticket_id']}").json()["status"]
    assert status == "resolved"
    assert filed["ticket_id"] not in get(server, BASE + "/complaints", headers=AUTH).text
    assert (
        filed["ticket_id"] in get(server, BASE + "/complaints?status=resolved", headers=AUTH).text
    )
    changes = [
        r
        for r in records(state, "complaint")
        if r["detail"].get("ticket") == filed["ticket_id"] and r["action"] == "resolved"
    ]
    assert changes and changes[0]["detail"]["actor"] == "token"
    bad = post(
        server, f"{BASE}/complaints/{filed['ticket_id']}", data={"status": "x"}, headers=AUTH
    )
    assert bad.status_code == 400


def test_activity_lists_console_actions(console: tuple[LiveServer, Path]) -> None:
    server, _ = console
    page = get(server, BASE + "/activity", headers=AUTH)
    assert page.status_code == 200
    kinds = set(re.findall(r'data-kind="(\w+)" data-action="(\w+)"', page.text))
    assert {("review", "false_positive"), ("console", "export")} <= kinds
    assert get(server, BASE + "/activity").status_code == 401


def test_detail_shows_chain_position_and_tampering(console: tuple[LiveServer, Path]) -> None:
    server, state = console
    page = get(server, BASE + "/decisions/1", headers=AUTH).text
    assert "record 1 of" in page and page.count('<span class="ok">intact</span>') == 2
    assert "console-test@" in page  # the policy version
    assert "<mark" in page and "炸弹</mark>" in page  # the evidence, highlighted
    viewed = [r for r in records(state, "console") if r["action"] == "evidence_viewed"]
    assert viewed and viewed[-1]["detail"]["seq"] == 1
    conn = sqlite3.connect(audit_path(state))
    conn.execute("DROP TRIGGER records_append_only")
    conn.execute("UPDATE records SET route = 'elsewhere' WHERE seq = 2")
    conn.commit()
    conn.close()
    tampered = get(server, BASE + "/decisions/2", headers=AUTH).text
    assert '<span class="bad">does not match</span>' in tampered
    assert get(server, BASE + "/decisions/999999", headers=AUTH).status_code == 404


def test_console_is_off_unless_configured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from aigc_guard.server import create_demo_app

    with LiveServer(create_demo_app(Path(__file__).parent / "policies" / "console.yaml")) as server:
        response = get(server, BASE, headers=AUTH)
        assert response.status_code == 404 and "off" in response.text
    monkeypatch.delenv("AIGC_GUARD_CONSOLE_TOKEN", raising=False)
    with console_server(tmp_path) as server:
        closed = get(server, BASE, headers=AUTH)
        assert closed.status_code == 503 and "no credentials" in closed.text


def test_basic_auth(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AIGC_GUARD_CONSOLE_TOKEN", raising=False)
    monkeypatch.setenv("REVIEW_PW", "pw-1")
    policy = policy_with(
        tmp_path,
        "compliance:\n  console:\n    token_env: null\n"
        "    basic_auth: {username: ana, password_env: REVIEW_PW}\n",
    )
    with console_server(tmp_path, policy) as server:
        assert get(server, BASE, auth=("ana", "pw-1")).status_code == 200
        assert get(server, BASE, auth=("ana", "nope")).status_code == 401
        login = post(server, BASE + "/login", data={"username": "ana", "password": "pw-1"})
        assert login.status_code == 303 and COOKIE in login.headers["set-cookie"]


def test_excerpts_mask_matches_without_evidence() -> None:
    content = "前文" * 40 + "炸弹" + "后文" * 40 + "尾巴"
    findings = [{"classifier": "banned", "category": "A1-h", "score": 1.0, "start": 80, "end": 82}]
    masked = excerpt(content, findings, context=10)
    text = "".join(s["text"] for s in masked)
    assert "炸弹" not in text and MASK * 2 in text
    assert [s for s in masked if "mark" in s] == [{"text": MASK * 2, "mark": 0}]
    assert text.startswith(" … ") and text.endswith(" … ") and len(text) < 40
    shown = excerpt(content, findings, context=10, reveal=True)
    assert {"text": "炸弹", "mark": 0} in shown
    whole = excerpt(
        "整段都有问题",
        [{"classifier": "m", "category": "x", "score": 0.9, "start": None, "end": None}],
        context=2,
    )
    assert whole == [{"text": "整段都有"}]


@pytest.mark.parametrize(
    ("section", "reason"),
    [
        ("  console: {enabled: true}\n", "turn on compliance.audit"),
        (
            "  audit: {enabled: true}\n  console: {enabled: true, token_env: null}\n",
            "needs token_env or basic_auth",
        ),
    ],
)
def test_console_settings_are_checked_at_load(section: str, reason: str) -> None:
    from aigc_guard.errors import PolicyError
    from aigc_guard.policy.loader import parse_policy

    text = (Path(__file__).parent / "policies" / "console.yaml").read_text(encoding="utf-8")
    with pytest.raises(PolicyError, match=reason) as caught:
        parse_policy(text + "compliance:\n" + section, base_dir=Path(__file__).parent)
    assert caught.value.line is not None and caught.value.field is not None


def test_a_broken_audit_database_is_a_clear_503(tmp_path: Path) -> None:
    with console_with_token(tmp_path) as (server, state):
        chat(server, "炸弹")
        open_audit_log(audit_path(state)).flush()
        conn = sqlite3.connect(audit_path(state))
        conn.execute("DROP TABLE reviews")
        conn.commit()
        conn.close()
        page = get(server, BASE + "/decisions", headers=AUTH)
        assert page.status_code == 503 and "audit database" in page.text
        assert get(server, BASE + "/decisions").status_code == 401  # still no data without a token
