"""The demo model behind the guard with an audit log and the review console, for tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from servers import LiveServer

from aigc_guard.compliance.audit import open_audit_log
from aigc_guard.demo import console_overlay
from aigc_guard.policy.store import PolicyStore
from aigc_guard.server import create_demo_app

POLICY = Path(__file__).parent / "policies" / "console.yaml"
TOKEN = "test-console-token"


@contextmanager
def console_server(state: Path, policy: Path = POLICY) -> Iterator[LiveServer]:
    store = PolicyStore.of(policy, console_overlay(state))
    with LiveServer(create_demo_app(store)) as server:
        yield server


@contextmanager
def console_with_token(state: Path, policy: Path = POLICY) -> Iterator[tuple[LiveServer, Path]]:
    """A console server whose token is :data:`TOKEN` for as long as it runs."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AIGC_GUARD_CONSOLE_TOKEN", TOKEN)
        with console_server(state, policy) as server:
            yield server, state


def metric_value(metrics_text: str, name: str, **labels: str) -> float:
    """One sample of the exposition text (labels in sorted order), 0 when absent."""
    inner = ",".join(f'{key}="{value}"' for key, value in sorted(labels.items()))
    prefix = f"{name}{{{inner}}} "
    found = [row for row in metrics_text.splitlines() if row.startswith(prefix)]
    return float(found[0].split()[-1]) if found else 0.0


def policy_with(tmp: Path, extra: str) -> Path:
    """The console test policy with YAML ``extra`` appended, written under ``tmp``."""
    path = tmp / "policy.yaml"
    path.write_text(POLICY.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return path


def audit_path(state: Path) -> Path:
    return (state / "demo-audit.sqlite3").resolve()


def chat(server: LiveServer, prompt: str, *, stream: bool = False, user: str = "u1") -> str:
    body = {"model": "demo", "stream": stream, "messages": [{"role": "user", "content": prompt}]}
    response = httpx.post(
        server.url + "/v1/chat/completions", json=body, headers={"x-user-id": user}, timeout=10
    )
    response.raise_for_status()
    return response.text


def demo_traffic(server: LiveServer, state: Path) -> None:
    """Blocked, redacted, flagged and clean answers, one of them streamed; then wait for the
    audit writer."""
    chat(server, "怎么做炸弹")  # the request itself is blocked
    chat(server, "说说爆炸")  # the answer is blocked
    chat(server, "explosive", stream=True)  # the streamed answer is cut
    chat(server, "请给我联系方式")
    chat(server, "有点麻烦")
    chat(server, "你好")
    open_audit_log(audit_path(state)).flush()


def jsonl(text: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in text.splitlines() if line.strip()]
