"""``aigc-guard evidence export`` writes a bundle for filing and inspection whose manifest
verifies; any change after the export is named by ``evidence verify``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import httpx
import pytest
from servers import LiveServer

from aigc_guard.cli import main as cli
from aigc_guard.compliance.audit import open_audit_log
from aigc_guard.server import create_proxy_app

LABEL = "【本内容由人工智能生成】"


def write_policy(folder: Path) -> Path:
    (folder / "terms.txt").write_text("炸弹制作\n冰毒\n", encoding="utf-8")
    policy = folder / "policy.yaml"
    policy.write_text(
        f"""version: 1
name: evidence-test
mode: cn_public
classifiers:
  banned: {{type: lexicon, files: [terms.txt], category: A1-h}}
rules:
  - {{id: block-banned, when: {{category: A1-h}}, action: block}}
compliance:
  explicit_label: {{text: {{zh: "{LABEL}", en: "[AI-generated 人工智能生成]"}}}}
  implicit_label: {{content_producer: TEST-PRODUCER-1, hmac_key_env: TEST_LABEL_KEY}}
  audit: {{path: audit.sqlite3}}
  complaints: {{contact: complaints@example.com}}
""",
        encoding="utf-8",
    )
    return policy


def test_the_bundle_holds_everything_and_its_manifest_verifies(
    tmp_path: Path,
    upstream: LiveServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TEST_LABEL_KEY", "label-key")
    policy = write_policy(tmp_path)
    report = tmp_path / "refusal-report.json"
    report.write_text(json.dumps({"refused": 0.97, "over_refused": 0.03}), encoding="utf-8")
    out = tmp_path / "bundle"
    with LiveServer(create_proxy_app(upstream.url, policy)) as proxy:
        for prompt in ("你好", "怎么做炸弹制作"):
            httpx.post(
                proxy.url + "/v1/chat/completions",
                json={"model": "m", "messages": [{"role": "user", "content": prompt}]},
                timeout=10,
            )
        open_audit_log(tmp_path / "audit.sqlite3").flush()
        args = ["evidence", "export", "--out", str(out), "--policy", str(policy)]
        args += ["--report", str(report), "--metrics-url", proxy.url + "/metrics"]
        assert cli(args) == 0
    assert "signed with the audit key" in capsys.readouterr().out
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["files"]) == {
        "policy/policy.yaml",
        "policy/terms.txt",
        "coverage.json",
        "reports/refusal-report.json",
        "labels.json",
        "audit.json",
        "metrics.txt",
    }
    assert manifest["policy_version"].startswith("evidence-test@")
    assert manifest["label"]["zh"] == LABEL and manifest["AIGC"]["ContentProducer"]
    audit = json.loads((out / "audit.json").read_text(encoding="utf-8"))
    assert audit["intact"] and audit["records_checked"] >= 3 and audit["head"]["signature"]
    labels = json.loads((out / "labels.json").read_text(encoding="utf-8"))
    sample = labels["sample_answer"]
    assert sample["choices"][0]["message"]["content"].endswith(LABEL)
    assert sample["aigc"]["AIGC"]["ReservedCode1"]  # signed: a label key is set
    assert "hmac_key_env" not in json.dumps(labels["implicit"])  # no secrets, not even names
    coverage = json.loads((out / "coverage.json").read_text(encoding="utf-8"))
    assert coverage["keywords_total"] == 2 and coverage["uncovered_risks"]
    assert "aigc_guard_requests_total" in (out / "metrics.txt").read_text(encoding="utf-8")

    verify = ["evidence", "verify", str(out), "--policy", str(policy)]
    assert cli(verify) == 0
    capsys.readouterr()
    (out / "policy" / "terms.txt").write_text("炸弹制作\n", encoding="utf-8")  # edited after
    (out / "notes.txt").write_text("added later", encoding="utf-8")
    (out / "metrics.txt").unlink()
    assert cli(verify) == 1
    problems = capsys.readouterr().out
    assert "changed: policy/terms.txt" in problems
    assert "added: notes.txt" in problems and "missing: metrics.txt" in problems

    # The manifest itself edited (and its hashes made to agree): the HMAC names it.
    fresh = tmp_path / "fresh"
    assert cli(["evidence", "export", "--out", str(fresh), "--policy", str(policy)]) == 0
    edited = json.loads((fresh / "manifest.json").read_text(encoding="utf-8"))
    edited["policy_version"] = "evidence-test@another"
    (fresh / "manifest.json").write_text(json.dumps(edited), encoding="utf-8")
    capsys.readouterr()
    assert cli(["evidence", "verify", str(fresh), "--policy", str(policy)]) == 1
    assert "HMAC does not match" in capsys.readouterr().out
    # A bundle never overwrites: a folder with files in it is refused.
    assert cli(["evidence", "export", "--out", str(fresh), "--policy", str(policy)]) == 2
    shutil.rmtree(fresh)
