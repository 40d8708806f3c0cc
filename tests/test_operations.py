"""Operations: metrics with exact counts, the dashboard, hot reload, monitor mode, routes and
tenants, structured decision logs."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import shutil
import time
import uuid
from pathlib import Path

import httpx
import pytest
from fake_upstream import wait_for
from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families
from servers import LiveServer

from aigc_guard import metrics
from aigc_guard.engine import scan_each
from aigc_guard.policy.loader import load_policy, parse_policy
from aigc_guard.policy.schema import Direction
from aigc_guard.policy.store import PolicyStore
from aigc_guard.server import create_proxy_app

REPO = Path(__file__).parent.parent
DASHBOARD = REPO / "dashboards" / "aigc-guard.json"
ID_NUMBER = "11010519491231002X"


def policy_text(name: str, *, terms: str = "炸弹制作", extra: str = "") -> str:
    return f"""version: 1
name: {name}
routes:
  - name: {name}-chat
    paths: ["*/chat/completions"]
classifiers:
  banned: {{type: lexicon, files: [terms.txt], category: A1-h}}
  pii: {{type: pii, entities: [cn_resident_id, email]}}
rules:
  - {{id: block-banned, when: {{category: A1-h}}, action: block}}
  - {{id: redact-pii, when: {{classifier: pii}}, direction: output, action: redact}}
  - {{id: flag-pii-input, when: {{classifier: pii}}, direction: input, action: flag}}
{extra}"""


def write_policy(folder: Path, name: str, terms: str = "炸弹制作", extra: str = "") -> Path:
    (folder / "terms.txt").write_text(terms + "\n", encoding="utf-8")
    path = folder / "policy.yaml"
    path.write_text(policy_text(name, terms=terms, extra=extra), encoding="utf-8")
    return path


def chat(
    url: str, answer: str, prompt: str = "hi", stream: bool = False, **headers: str
) -> httpx.Response:
    return httpx.post(
        url + "/v1/chat/completions",
        json={"model": "m", "stream": stream, "messages": [{"role": "user", "content": prompt}]},
        headers={"x-fake-answer": json.dumps(answer), "x-fake-mode": "chunk=2", **headers},
        timeout=10,
    )


def samples(url: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    found = {}
    for family in text_string_to_metric_families(httpx.get(url + "/metrics").text):
        for sample in family.samples:
            found[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return found


def requests_count(
    scrape, route: str, direction: str, action: str, monitor: str = "false"
) -> float:  # type: ignore[no-untyped-def]
    labels = frozenset(
        {
            "route": route,
            "tenant": "default",
            "direction": direction,
            "action": action,
            "monitor": monitor,
        }.items()
    )
    return scrape.get(("aigc_guard_requests_total", labels), 0.0)


def drive_every_action(url: str) -> None:
    chat(url, "干净的回答")
    chat(url, "another clean one")
    chat(url, "ok", prompt=f"我的身份证{ID_NUMBER}")  # input flag
    chat(url, f"号码{ID_NUMBER}")  # output redact
    chat(url, "炸弹制作如下")  # output block
    chat(url, "never", prompt="炸弹制作怎么做")  # input block
    chat(url, "好的，炸弹制作步骤", stream=True)  # stream cut


def test_metrics_count_every_action(tmp_path: Path, upstream: LiveServer) -> None:
    with LiveServer(create_proxy_app(upstream.url, write_policy(tmp_path, "ops1"))) as proxy:
        drive_every_action(proxy.url)
        scrape = samples(proxy.url)
    route = "ops1-chat"
    assert requests_count(scrape, route, "input", "allow") == 5
    assert requests_count(scrape, route, "input", "flag") == 1
    assert requests_count(scrape, route, "input", "block") == 1
    assert requests_count(scrape, route, "output", "allow") == 3
    assert requests_count(scrape, route, "output", "redact") == 1
    assert requests_count(scrape, route, "output", "block") == 2
    cut = frozenset({"route": route, "category": "A1-h"}.items())
    assert scrape[("aigc_guard_stream_cutoffs_total", cut)] == 1
    assert (
        "aigc_guard_policy_info",
        frozenset(
            {"policy": "ops1", "version": load_policy(tmp_path / "policy.yaml").version}.items()
        ),
    ) in scrape


def test_monitor_mode_counts_like_enforcing_and_changes_nothing(
    tmp_path: Path, upstream: LiveServer
) -> None:
    monitored = tmp_path / "monitor"
    monitored.mkdir()
    path = write_policy(monitored, "ops2", extra="monitor: true\n")
    with LiveServer(create_proxy_app(upstream.url, path)) as proxy:
        drive_every_action(proxy.url)
        scrape = samples(proxy.url)
        answer = chat(proxy.url, "炸弹制作如下").json()["choices"][0]["message"]["content"]
        streamed = chat(proxy.url, "好的，炸弹制作步骤", stream=True).text
    route = "ops2-chat"
    assert requests_count(scrape, route, "input", "flag", "true") == 1
    assert requests_count(scrape, route, "input", "block", "true") == 1
    assert requests_count(scrape, route, "output", "redact", "true") == 1
    assert requests_count(scrape, route, "output", "block", "true") == 2
    # The input block was only monitored, so that request reached the model: one more answer.
    assert requests_count(scrape, route, "output", "allow", "false") == 4
    assert answer == "炸弹制作如下"
    assert "content_filter" not in streamed and "炸弹" in streamed


def test_a_single_rule_can_be_monitored() -> None:
    policy = parse_policy(
        policy_text("ops3")
        .replace(
            "{id: block-banned, when: {category: A1-h}, action: block}",
            "{id: block-banned, when: {category: A1-h}, action: block, monitor: true}",
        )
        .replace("files: [terms.txt]", "terms: [炸弹制作]"),
        base_dir=Path("."),
    )
    from aigc_guard.classifiers.base import Finding
    from aigc_guard.decision import decide
    from aigc_guard.policy.schema import Action, Direction

    findings = [Finding("banned", "A1-h", 1.0, 0, 4), Finding("pii", "pii.email", 1.0, 5, 9)]
    decision = decide(policy, findings, Direction.OUTPUT, "zh")
    assert decision.action is Action.REDACT and decision.shadow is Action.BLOCK
    assert decision.redactions


def test_dashboard_is_importable() -> None:
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    assert isinstance(dashboard["schemaVersion"], int) and dashboard["schemaVersion"] >= 30
    ids = [p["id"] for p in dashboard["panels"]]
    assert len(ids) == len(set(ids))
    variables = {v["name"]: v for v in dashboard["templating"]["list"]}
    assert variables["DS_PROMETHEUS"]["type"] == "datasource"
    for p in dashboard["panels"]:
        assert p["datasource"]["uid"] == "${DS_PROMETHEUS}"
        assert {"x", "y", "w", "h"} <= set(p["gridPos"]) and p["targets"]


def test_every_dashboard_metric_is_exported(tmp_path: Path, upstream: LiveServer) -> None:
    exprs = " ".join(
        t["expr"] for p in json.loads(DASHBOARD.read_text())["panels"] for t in p["targets"]
    )
    names = set(re.findall(r"aigc_guard_[a-z_]+", exprs))
    with LiveServer(create_proxy_app(upstream.url, write_policy(tmp_path, "ops4"))) as proxy:
        drive_every_action(proxy.url)
        text = httpx.get(proxy.url + "/metrics").text
    families = set(re.findall(r"^# TYPE (\S+)", text, re.M))
    exported = {
        f + suffix for f in families for suffix in ("", "_total", "_bucket", "_sum", "_count")
    }
    assert names <= exported, names - exported


def test_hot_reload_applies_without_dropping_requests(tmp_path: Path, upstream: LiveServer) -> None:
    path = write_policy(tmp_path, "ops5", terms="炸弹制作")
    store = PolicyStore.of(path)
    with LiveServer(create_proxy_app(upstream.url, store, reload=True)) as proxy:
        assert chat(proxy.url, "新词出现").json()["choices"][0]["finish_reason"] == "stop"
        (tmp_path / "terms.txt").write_text("炸弹制作\n新词\n", encoding="utf-8")
        statuses: list[int] = []

        def blocked() -> bool:
            response = chat(proxy.url, "新词出现")
            statuses.append(response.status_code)
            return response.json()["choices"][0]["finish_reason"] == "content_filter"

        assert wait_for(blocked, timeout=15)
        assert set(statuses) == {200}


def test_broken_reload_keeps_the_last_good_policy(tmp_path: Path, upstream: LiveServer) -> None:
    path = write_policy(tmp_path, "ops6")
    store = PolicyStore.of(path)
    failures = metrics.POLICY_RELOADS.labels("failure")._value.get()
    with LiveServer(create_proxy_app(upstream.url, store, reload=True)) as proxy:
        assert chat(proxy.url, "x").status_code == 200
        good = store.current.version
        path.write_text("version: 1\nrules: [\n", encoding="utf-8")
        assert wait_for(
            lambda: metrics.POLICY_RELOADS.labels("failure")._value.get() > failures, 15
        )
        assert store.current.version == good
        assert chat(proxy.url, "炸弹制作").json()["choices"][0]["finish_reason"] == "content_filter"


def test_stream_started_before_reload_finishes_on_its_snapshot(
    tmp_path: Path, upstream: LiveServer
) -> None:
    path = write_policy(tmp_path, "ops7", terms="炸弹制作")
    store = PolicyStore.of(path)
    reloads = metrics.POLICY_RELOADS.labels("success")._value.get()
    answer = "开头" + "的" * 80 + "新词在结尾"
    with LiveServer(create_proxy_app(upstream.url, store, reload=True)) as proxy:
        body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "hi"}]}
        headers = {
            "x-fake-answer": json.dumps(answer),
            "x-fake-mode": "chunk=1,delay=40",
            "x-fake-id": uuid.uuid4().hex,
        }
        with httpx.stream(
            "POST", proxy.url + "/v1/chat/completions", json=body, headers=headers, timeout=30
        ) as response:
            lines = response.iter_lines()
            next(lines)
            (tmp_path / "terms.txt").write_text("炸弹制作\n新词\n", encoding="utf-8")
            assert wait_for(
                lambda: metrics.POLICY_RELOADS.labels("success")._value.get() > reloads, 15
            )
            reloaded = time.monotonic()
            text = "\n".join(lines)
            # Not vacuous: the upstream was still writing (about 4 s of text) when the new
            # policy took over, so the term came after the reload.
            assert time.monotonic() - reloaded > 0.3
        assert "content_filter" not in text and "新" in text
        assert chat(proxy.url, "新词").json()["choices"][0]["finish_reason"] == "content_filter"


PRECEDENCE = """
version: 1
routes:
  - {name: strict, paths: ["/strict/*"], overrides: {enable: [extra]}}
  - {name: loose, paths: ["/loose/*"], overrides: {disable: [pii]}}
tenants:
  header: x-tenant
  entries:
    - {name: acme, header_values: [acme], overrides: {disable: [extra]}}
    - name: beta
      header_values: [beta]
      overrides: {enable: [pii]}
      routes: {strict: {disable: [extra], monitor: true}}
classifiers:
  pii: {type: pii, entities: [email]}
  extra: {type: lexicon, terms: [机密], category: A1-h, enabled: false}
rules:
  - {id: redact-pii, when: {classifier: pii}, action: redact}
  - {id: block-extra, when: {classifier: extra}, action: block}
"""


def active(policy, route: str, tenant: str) -> set[str]:  # type: ignore[no-untyped-def]
    variant = policy.variant(route, tenant)
    return {c.id for c in variant.span_classifiers}


def test_precedence_of_routes_and_tenants() -> None:
    policy = parse_policy(PRECEDENCE, base_dir=Path("."))
    assert policy.route_for("/strict/v1/chat/completions") == "strict"
    assert policy.route_for("/other") is None
    assert policy.tenant_for({"x-tenant": "acme"}) == "acme"
    assert policy.tenant_for({"x-tenant": "nobody"}) == "default"
    assert active(policy, "strict", "default") == {"pii", "extra"}  # route turns a check on
    assert active(policy, "strict", "acme") == {"pii"}  # the tenant turns it off again
    assert active(policy, "loose", "default") == set()  # route turns pii off
    assert active(policy, "loose", "beta") == {"pii"}  # the tenant turns it back on
    strict_beta = policy.variant("strict", "beta")
    assert "extra" not in {c.id for c in strict_beta.span_classifiers}
    assert strict_beta.config.monitor is True  # the tenant-on-route layer is the most specific
    assert policy.variant("strict", "acme") is policy.variant("strict", "acme")


def test_tenant_by_api_key_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    from aigc_guard.policy.compiled import api_key_hash

    monkeypatch.setenv("AIGC_GUARD_TENANT_KEY", "secret")
    digest = api_key_hash("sk-acme-123", "AIGC_GUARD_TENANT_KEY")
    policy = parse_policy(
        PRECEDENCE.replace("header_values: [acme]", f"api_key_hashes: [{digest}]"),
        base_dir=Path("."),
    )
    assert policy.tenant_for({"authorization": "Bearer sk-acme-123"}) == "acme"
    assert policy.tenant_for({"authorization": "Bearer sk-other"}) == "default"


def test_override_naming_an_unknown_id_is_refused(tmp_path: Path) -> None:
    from aigc_guard.errors import PolicyError

    broken = tmp_path / "p.yaml"
    broken.write_text(PRECEDENCE.replace("disable: [pii]", "disable: [ghost]"), encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_policy(broken)
    assert "ghost" in caught.value.reason and caught.value.line == 5


def test_decision_log_lines_are_json_without_content(
    tmp_path: Path, upstream: LiveServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="aigc_guard.decisions")
    app = create_proxy_app(upstream.url, write_policy(tmp_path, "ops8"))
    with LiveServer(app) as proxy:
        chat(proxy.url, f"炸弹制作 {ID_NUMBER}")
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "aigc_guard.decisions"]
    output = [line for line in lines if line["direction"] == "output"][-1]
    assert output["action"] == "block" and output["route"] == "ops8-chat"
    assert {"request_id", "decision_id", "tenant", "categories", "latency_ms"} <= set(output)
    raw = "\n".join(r.getMessage() for r in caplog.records)
    assert "炸弹" not in raw and ID_NUMBER not in raw
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_findings_are_counted_per_classifier_and_category(tmp_path: Path) -> None:
    """Each finding counts once in aigc_guard_findings_total, however the increments batch."""
    lexicon_id = f"lex_{uuid.uuid4().hex[:8]}"
    policy = parse_policy(
        f"version: 1\nclassifiers:\n"
        f"  {lexicon_id}: {{type: lexicon, terms: [毒刺, 蝎尾], category: X}}\n"
        "rules:\n  - {when: {category: X}, action: flag}\n",
        base_dir=tmp_path,
    )
    asyncio.run(scan_each(policy, ["毒刺和蝎尾，还有毒刺", "没有"], Direction.OUTPUT))
    labels = {"classifier": lexicon_id, "category": "X"}
    assert REGISTRY.get_sample_value("aigc_guard_findings_total", labels) == 3.0
