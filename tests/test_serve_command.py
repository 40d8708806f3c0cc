"""``aigc-guard serve`` as a user runs it: a real process, several workers, one metrics view."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from servers import LiveServer, free_port

TESTS = Path(__file__).parent


def start(
    upstream: LiveServer,
    *extra: str,
    policy: Path = TESTS / "policies" / "test.yaml",
    capture: bool = False,
) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "aigc_guard.cli",
            "serve",
            "--upstream",
            upstream.url,
            "--policy",
            str(policy),
            "--port",
            str(port),
            "--no-reload",
            "--log-level",
            "warning",
            *extra,
        ],
        env=env,
        stdout=subprocess.PIPE if capture else None,
        stderr=subprocess.PIPE if capture else None,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                return process, url
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline or process.poll() is not None:
            process.kill()
            raise RuntimeError("aigc-guard serve did not start")
        time.sleep(0.2)


def output_total(text: str) -> float:
    total = 0.0
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if (
                sample.name == "aigc_guard_requests_total"
                and sample.labels["direction"] == "output"
            ):
                total += sample.value
    return total


def test_workers_share_one_metrics_view(upstream: LiveServer) -> None:
    metrics_port = free_port()
    process, url = start(upstream, "--workers", "2", "--metrics-port", str(metrics_port))
    try:
        for _ in range(20):
            response = httpx.post(
                url + "/v1/chat/completions",
                timeout=10,
                json={"model": "m", "messages": [{"role": "user", "content": "hi"}]},
                headers={"x-fake-answer": json.dumps("fine")},
            )
            assert response.status_code == 200
        assert output_total(httpx.get(url + "/metrics").text) == 20
        assert output_total(httpx.get(f"http://127.0.0.1:{metrics_port}/").text) == 20
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_broken_policy_stops_serve_with_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "p.yaml"
    broken.write_text("version: 1\nrules:\n  - when: {}\n    action: nope\n", encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "aigc_guard.cli",
            "serve",
            "--upstream",
            "http://127.0.0.1:9",
            "--policy",
            str(broken),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "p.yaml:4" in result.stderr


def test_console_on_its_own_port(
    upstream: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AIGC_GUARD_CONSOLE_TOKEN", "port-token")
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        (TESTS / "policies" / "console.yaml").read_text(encoding="utf-8")
        + "compliance:\n  audit: {enabled: true}\n  console: {enabled: true}\n",
        encoding="utf-8",
    )
    console_port = free_port()
    process, url = start(upstream, "--console-port", str(console_port), policy=policy)
    try:
        auth = {"authorization": "Bearer port-token"}
        assert httpx.get(url + "/aigc-guard/console", headers=auth).status_code == 404
        console = f"http://127.0.0.1:{console_port}/aigc-guard/console"
        deadline = time.monotonic() + 20
        while True:
            try:
                page = httpx.get(console, headers=auth, timeout=2)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        assert page.status_code == 200 and "Overview" in page.text
        assert httpx.get(console).status_code == 401
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_serve_says_what_it_loaded_one_line_per_classifier(upstream: LiveServer) -> None:
    process, _ = start(upstream, capture=True)
    process.terminate()
    out, err = process.communicate(timeout=20)
    lines = out.splitlines()
    assert lines[0].startswith("aigc-guard: test@")
    assert any(line.startswith("  banned: lexicon, loaded in ") for line in lines)
    assert any(line.startswith("  pii: pii, loaded in ") for line in lines)
    assert "Loading weights" not in err
