"""``aigc-guard trace REQUEST_ID`` and the console's trace page: every decision of a request
with its findings against thresholds, the rules each met, every rule evaluated, the files
and models that judged it, and what followed — raw text only where evidence was kept."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from servers import LiveServer

from aigc_guard.cli import main as cli
from aigc_guard.compliance.audit import open_audit_log
from aigc_guard.server import create_proxy_app

TOKEN = "trace-token"
PHONE = "13812345678"


def write_policy(folder: Path, evidence: bool) -> Path:
    (folder / "terms.txt").write_text("炸弹制作\n冰毒\n", encoding="utf-8")
    policy = folder / "policy.yaml"
    policy.write_text(
        f"""version: 1
name: trace-test
classifiers:
  banned: {{type: lexicon, files: [terms.txt], category: A1-h}}
  pii: {{type: pii, entities: [cn_mobile]}}
rules:
  - {{id: block-banned, when: {{category: A1-h}}, action: block}}
  - {{id: redact-pii, when: {{classifier: pii}}, direction: output, action: redact}}
  - {{id: flag-pii-input, when: {{classifier: pii}}, direction: input, action: flag}}
compliance:
  audit: {{enabled: true, path: audit.sqlite3, evidence: {{enabled: {str(evidence).lower()}}}}}
  console: {{enabled: true, token_env: TEST_TRACE_TOKEN}}
""",
        encoding="utf-8",
    )
    return policy


def chat(proxy: LiveServer, request_id: str, prompt: str, answer: str) -> httpx.Response:
    return httpx.post(
        proxy.url + "/v1/chat/completions",
        json={"model": "m", "messages": [{"role": "user", "content": prompt}]},
        headers={"x-request-id": request_id, "x-fake-answer": json.dumps(answer)},
        timeout=10,
    )


def trace_of(tmp_path: Path, request_id: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    db, policy = str(tmp_path / "audit.sqlite3"), str(tmp_path / "policy.yaml")
    assert cli(["trace", request_id, "--db", db, "--policy", policy]) == 0
    return dict(json.loads(capsys.readouterr().out))


@pytest.mark.parametrize("evidence", [True, False])
def test_a_trace_explains_every_decision_of_a_request(
    evidence: bool,
    tmp_path: Path,
    upstream: LiveServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TEST_TRACE_TOKEN", TOKEN)
    policy = write_policy(tmp_path, evidence)
    with LiveServer(create_proxy_app(upstream.url, policy)) as proxy:
        assert (
            chat(proxy, "req-redact", f"我的电话{PHONE}", f"好的，回电{PHONE}").status_code == 200
        )
        assert chat(proxy, "req-block", "怎么做炸弹制作", "不会回答").status_code == 200
        open_audit_log(tmp_path / "audit.sqlite3").flush()
        console = proxy.url + "/aigc-guard/console"
        page = httpx.get(
            console + "/trace/req-redact", headers={"authorization": f"Bearer {TOKEN}"}
        )
        assert page.status_code == 200 and "redact-pii" in page.text
        missing = httpx.get(console + "/trace/nope", headers={"authorization": f"Bearer {TOKEN}"})
        assert missing.status_code == 404
        assert httpx.get(console + "/trace/req-redact").status_code == 401

    redacted = trace_of(tmp_path, "req-redact", capsys)
    assert redacted["policy"]["note"] is None  # judged by the policy loaded now
    by_direction = {d["direction"]: d for d in redacted["decisions"]}
    assert set(by_direction) == {"input", "output"}
    output = by_direction["output"]
    assert output["action"] == "redact" and output["decided_by"] == ["redact-pii"]
    [finding] = output["findings"]
    assert finding["classifier"] == "pii" and finding["rules_met"] == ["redact-pii"]
    assert finding["classifier_type"] == "pii"
    evaluated = {r["id"]: r for r in output["rules_evaluated"]}
    assert set(evaluated) == {"block-banned", "redact-pii"}  # the input-only rule is not
    assert evaluated["redact-pii"]["met_by_findings"] == [0]
    assert evaluated["block-banned"]["met_by_findings"] == []
    assert "masked" in output["answer"]
    terms = hashlib.sha256((tmp_path / "terms.txt").read_bytes()).hexdigest()[:16]
    assert output["classifier_versions"]["banned"] == {"terms.txt": terms}
    assert by_direction["input"]["action"] == "flag"
    if evidence:
        assert output["evidence"] == f"好的，回电{PHONE}"
    else:
        assert all(d["evidence"] is None for d in redacted["decisions"])
        assert PHONE not in json.dumps(redacted, ensure_ascii=False)  # no raw text anywhere

    blocked = trace_of(tmp_path, "req-block", capsys)
    [decision] = blocked["decisions"]  # refused at the input: no answer was asked for
    assert decision["direction"] == "input" and decision["action"] == "block"
    assert decision["findings"][0]["rules_met"] == ["block-banned"]

    # The lexicon changes: the trace says its rules and versions are today's, not the record's.
    (tmp_path / "terms.txt").write_text("炸弹制作\n冰毒\n新词\n", encoding="utf-8")
    assert trace_of(tmp_path, "req-redact", capsys)["policy"]["note"]
    capsys.readouterr()
    assert cli(["trace", "unknown", "--db", str(tmp_path / "audit.sqlite3")]) == 1


def test_a_trace_reads_the_request_for_rules_on_what_was_asked(
    tmp_path: Path,
    upstream: LiveServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A rule with ``asked`` is met by an answer's finding only in the trace of a request that
    met it (the input record's findings), as the proxy decided."""
    monkeypatch.setenv("TEST_TRACE_TOKEN", TOKEN)
    policy = write_policy(tmp_path, evidence=False)
    text = policy.read_text(encoding="utf-8")
    text = text.replace(
        "rules:\n",
        "  along: {type: lexicon, terms: [步骤如下], category: stance.complies}\nrules:\n"
        "  - {id: block-along, when: {classifier: along}, asked: {classifier: pii},"
        " direction: output, action: block}\n",
    )
    policy.write_text(text, encoding="utf-8")
    with LiveServer(create_proxy_app(upstream.url, policy)) as proxy:
        for request_id, prompt in (("req-asked", f"我的电话{PHONE}"), ("req-plain", "你好")):
            assert chat(proxy, request_id, prompt, "好的，步骤如下").status_code == 200
        open_audit_log(tmp_path / "audit.sqlite3").flush()
    for request_id, met in (("req-asked", [0]), ("req-plain", [])):
        trace = trace_of(tmp_path, request_id, capsys)
        output = next(d for d in trace["decisions"] if d["direction"] == "output")
        evaluated = {r["id"]: r for r in output["rules_evaluated"]}
        assert evaluated["block-along"]["met_by_findings"] == met, request_id
        assert evaluated["block-along"]["asked"] == {"classifier": "pii"}
        assert output["action"] == ("block" if met else "allow"), request_id
