"""Writes dashboards/aigc-guard.json (run after changing a panel: python dashboards/make_dashboard.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DS = {"type": "prometheus", "uid": "${DS_PROMETHEUS}"}
RATE = "$__rate_interval"
SEL = 'route=~"$route", tenant=~"$tenant"'


def panel(pid: int, title: str, targets: list[tuple[str, str]], x: int, y: int, *,
          kind: str = "timeseries", unit: str = "short", w: int = 12, h: int = 8,
          description: str = "") -> dict[str, Any]:
    return {
        "id": pid, "type": kind, "title": title, "description": description, "datasource": DS,
        "gridPos": {"x": x, "y": y, "w": w, "h": h},
        "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
        "options": {"legend": {"displayMode": "table", "placement": "right"}} if kind == "timeseries" else {},
        "targets": [{"refId": chr(65 + i), "datasource": DS, "expr": expr, "legendFormat": legend}
                    for i, (expr, legend) in enumerate(targets)],
    }


def share(action: str, by: str) -> str:
    return (f'sum by ({by}) (rate(aigc_guard_requests_total{{action="{action}", {SEL}}}[{RATE}]))'
            f" / sum by ({by}) (rate(aigc_guard_requests_total{{{SEL}}}[{RATE}]))")


def quantile(q: float) -> str:
    return (f"histogram_quantile({q}, sum by (le, classifier) "
            f"(rate(aigc_guard_classifier_seconds_bucket[{RATE}])))")


PANELS = [
    panel(1, "Requests by action", [
        (f"sum by (action, direction) (rate(aigc_guard_requests_total{{{SEL}, monitor=\"false\"}}[{RATE}]))",
         "{{direction}} {{action}}")], 0, 0, unit="reqps"),
    panel(2, "Monitor-mode decisions (not enforced)", [
        (f"sum by (action, direction) (rate(aigc_guard_requests_total{{{SEL}, monitor=\"true\"}}[{RATE}]))",
         "{{direction}} {{action}}")], 12, 0, unit="reqps",
        description="Decisions of rules or policies in monitor mode: what enforcing would do."),
    panel(3, "Blocked share by route", [(share("block", "route"), "{{route}}")], 0, 8, unit="percentunit"),
    panel(4, "Redacted share by route", [(share("redact", "route"), "{{route}}")], 12, 8, unit="percentunit"),
    panel(5, "Findings by category", [
        (f"sum by (category) (rate(aigc_guard_findings_total[{RATE}]))", "{{category}}")], 0, 16,
        unit="ops"),
    panel(6, "Top categories (range)", [
        ("topk(10, sum by (category) (increase(aigc_guard_findings_total[$__range])))", "{{category}}")],
        12, 16, kind="bargauge"),
    panel(7, "Stream cut-offs", [
        (f"sum by (route, category) (rate(aigc_guard_stream_cutoffs_total{{route=~\"$route\"}}[{RATE}]))",
         "{{route}} {{category}}")], 0, 24, unit="ops"),
    panel(8, "Classifier latency p50 / p99", [
        (quantile(0.5), "p50 {{classifier}}"), (quantile(0.99), "p99 {{classifier}}")], 12, 24, unit="s"),
    panel(9, "Classifier failures by failure mode", [
        (f"sum by (classifier, mode) (rate(aigc_guard_classifier_failures_total[{RATE}]))",
         "{{classifier}} {{mode}}")], 0, 32, unit="ops"),
    panel(10, "Unscannable bodies", [
        (f"sum by (route, code) (rate(aigc_guard_body_errors_total{{route=~\"$route\"}}[{RATE}]))",
         "{{route}} {{code}}")], 12, 32, unit="ops"),
    panel(11, "Policy reloads", [
        ("sum by (result) (increase(aigc_guard_policy_reloads_total[$__range]))", "{{result}}")], 0, 40,
        kind="stat", w=6),
    panel(12, "Active policy version", [
        ("max by (policy, version) (aigc_guard_policy_info)", "{{policy}} {{version}}")], 6, 40,
        kind="table", w=6),
    panel(13, "Stream hold-back p99 (characters)", [
        (f"histogram_quantile(0.99, sum by (le) (rate(aigc_guard_stream_holdback_chars_bucket[{RATE}])))",
         "p99")], 12, 40),
    panel(14, "Characters scanned", [
        (f"sum by (direction) (rate(aigc_guard_scanned_chars_total[{RATE}]))", "{{direction}}")], 0, 48,
        unit="cps"),
    panel(15, "Review verdicts (console)", [
        ("sum by (verdict, category) (increase(aigc_guard_reviews_total[$__range]))",
         "{{verdict}} {{category}}")], 12, 48, kind="bargauge",
        description="Verdicts given in the review console: false positives by category show "
                    "where a lexicon or threshold needs tuning."),
    panel(16, "Compliance labels added", [
        (f"sum by (kind) (rate(aigc_guard_labels_total[{RATE}]))", "{{kind}}")], 0, 56, unit="ops"),
    panel(17, "Classifier errors by kind", [
        (f"sum by (classifier, kind) (rate(aigc_guard_classifier_errors_total[{RATE}]))",
         "{{classifier}} {{kind}}")], 12, 56, unit="ops",
        description="timeout, exception (a bug: its traceback is in the log), overloaded, "
                    "unavailable, malformed, too_long."),
    panel(18, "Model servers: calls by outcome", [
        (f"sum by (classifier, outcome) (rate(aigc_guard_remote_calls_total[{RATE}]))",
         "{{classifier}} {{outcome}}"),
        ("max by (classifier) (aigc_guard_remote_breaker)", "breaker {{classifier}}")], 0, 64,
        unit="ops", description="Breaker: 0 closed, 0.5 probing, 1 open (failing fast)."),
    panel(19, "Audit records lost", [
        ("sum by (reason) (increase(aigc_guard_audit_lost_total[$__range]))", "{{reason}}")], 12, 64,
        kind="stat", w=6, description="Should stay 0: a full queue or a failing database."),
    panel(20, "Admin refusals", [
        ("sum by (surface, reason) (increase(aigc_guard_admin_refusals_total[$__range]))",
         "{{surface}} {{reason}}")], 18, 64, kind="stat", w=6,
        description="Console lock-outs and wrong credentials; complaints over their rate limit."),
]


def variable(name: str, label: str) -> dict[str, Any]:
    return {"name": name, "label": label, "type": "query", "datasource": DS,
            "query": {"query": f"label_values(aigc_guard_requests_total, {name})", "refId": name},
            "definition": f"label_values(aigc_guard_requests_total, {name})",
            "includeAll": True, "multi": True, "allValue": ".*", "refresh": 2,
            "current": {"text": "All", "value": "$__all"}}


DASHBOARD = {
    "uid": "aigc-guard", "title": "aigc_guard", "tags": ["aigc_guard", "content-safety"],
    "schemaVersion": 39, "version": 1, "editable": True, "timezone": "browser",
    "time": {"from": "now-6h", "to": "now"}, "refresh": "30s",
    "__inputs": [{"name": "DS_PROMETHEUS", "label": "Prometheus", "type": "datasource",
                  "pluginId": "prometheus", "pluginName": "Prometheus"}],
    "templating": {"list": [
        {"name": "DS_PROMETHEUS", "label": "Data source", "type": "datasource", "query": "prometheus",
         "current": {}, "hide": 0},
        variable("route", "Route"), variable("tenant", "Tenant"),
    ]},
    "panels": PANELS,
}

if __name__ == "__main__":
    target = Path(__file__).with_name("aigc-guard.json")
    target.write_text(json.dumps(DASHBOARD, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {target}")
