"""A request's full trace (Interim Measures Art. 19: rules explained to an inspector): every
decision the guard made for it, each finding against its classifier's threshold and the
rules it met, every rule evaluated, what the answer became, the versions of the lexicons and
models that judged it, and what followed (measures, incidents, waivers, reviews).

Built from the audit log and the policy now loaded; raw text only where evidence capture
kept it. When the policy changed since, the trace says so and names the recorded version.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..classifiers.base import Finding
from ..policy.compiled import Policy
from ..policy.schema import Direction
from .audit import AuditLog, decode_row
from .versions import SERVED, model_digest, version_of

__all__ = ["request_trace"]

CHANGES = {
    "allow": "passed unchanged",
    "flag": "passed unchanged, flagged for review",
    "redact": "passed with the findings' spans masked",
    "block": "refused (a stream: cut where the finding began; nothing of it was sent)",
    "error": "refused: a classifier failed and its failure mode closes",
    "unscanned": "passed without a scan (nothing to read)",
}


def _versions(policy: Policy, classifier_id: str) -> dict[str, str]:
    """Each file a classifier was built from, and its model, with a SHA-256 prefix."""
    classifier = policy.classifiers.get(classifier_id)
    if classifier is None:
        return {}
    base = policy.source.resolve().parent if policy.source else Path.cwd()
    out = {}
    model = model_digest(classifier, base)
    if model is not None:
        out[model[0]] = model[1][:16] if model[1] != SERVED else "served"
    for path in classifier.source_files():
        try:
            name = str(path.resolve().relative_to(base)) if path.is_relative_to(base) else str(path)
            out[name] = version_of(path)[:16]
        except (OSError, ValueError):
            out[str(path)] = "unreadable"
    return out


def _threshold(policy: Policy, classifier_id: str) -> float | None:
    classifier = policy.classifiers.get(classifier_id)
    value = getattr(classifier.options, "threshold", None) if classifier else None
    return float(value) if isinstance(value, int | float) else None


def _decision(
    record: dict[str, Any], policy: Policy, evidence: str | None, asked: list[Finding]
) -> dict[str, Any]:
    """One decision record explained; ``asked``: the findings recorded for its request (the
    rules' ``asked`` read them)."""
    direction = Direction(record["direction"]) if record["direction"] else Direction.OUTPUT
    minor = (record["detail"] or {}).get("profile") == "minor"
    variant = policy.variant(record["route"] or "-", record["tenant"] or "default", minor)
    findings = []
    for item in record["findings"]:
        finding = Finding(
            classifier=str(item.get("classifier", "")),
            category=str(item.get("category", "")),
            score=float(item.get("score", 0.0)),
            start=item.get("start"),
            end=item.get("end"),
            label=item.get("label"),
        )
        classifier = policy.classifiers.get(finding.classifier)
        findings.append(
            {
                **finding.as_dict(),
                "classifier_type": classifier.type_name if classifier else None,
                "threshold": _threshold(policy, finding.classifier),
                "rules_met": [],
                "_finding": finding,
            }
        )
    rules = []
    recorded = [f["_finding"] for f in findings]
    for rule in variant.rules:
        if rule.rule.direction not in (None, direction):
            continue
        holds = rule.holds_for(recorded) and (  # one decision's findings: one text
            rule.rule.asked is None or (direction is Direction.OUTPUT and rule.asked_by(asked))
        )
        met = [i for i, f in enumerate(recorded) if rule.matches(f, direction) and holds]
        for i in met:
            findings[i]["rules_met"].append(rule.id)
        rules.append(
            {
                "id": rule.id,
                "action": rule.rule.action.value,
                **rule.conditions(),
                "met_by_findings": met,
            }
        )
    for item in findings:
        del item["_finding"]
    return {
        "seq": record["seq"],
        "time": record["time"],
        "direction": record["direction"],
        "action": record["action"],
        "monitor": record["monitor"],
        "profile": "minor" if minor else "standard",
        "decided_by": record["rule_ids"],
        "categories": record["categories"],
        "answer": CHANGES.get(record["action"], record["action"]),
        "content_sha256": record["content_sha256"],
        "findings": findings,
        "rules_evaluated": rules,
        "disabled_here": sorted(variant.disabled or ()),
        "classifier_versions": {
            cid: _versions(policy, cid)
            for cid in sorted(
                {f["classifier"] for f in findings} | set(_judges(variant, direction))
            )
        },
        "evidence": evidence,
    }


def _judges(policy: Policy, direction: Direction) -> set[str]:
    """The classifiers that read this direction's texts."""
    return {c.id for c in policy.classifiers_for(direction)}


def request_trace(log: AuditLog, policy: Policy, request_id: str) -> dict[str, Any] | None:
    """The trace of one request (None when the audit log has no record of it)."""
    with log.connect() as conn:
        rows = [
            decode_row(r)
            for r in conn.execute(
                "SELECT * FROM records WHERE request_id = ? ORDER BY seq", (request_id,)
            )
        ]
        if not rows:
            return None
        decision_ids = sorted({r["decision_id"] for r in rows if r["decision_id"]})
        if decision_ids:
            marks = ", ".join("?" * len(decision_ids))
            seen = {r["seq"] for r in rows}
            rows += [
                decode_row(r)
                for r in conn.execute(
                    f"SELECT * FROM records WHERE decision_id IN ({marks}) ORDER BY seq",
                    decision_ids,
                )
                if r["seq"] not in seen
            ]
        kept = {
            int(r[0]): str(r[1])
            for r in conn.execute(
                f"SELECT seq, text FROM evidence WHERE seq IN ({', '.join('?' * len(rows))})",
                [r["seq"] for r in rows],
            )
        }
    decisions = [r for r in rows if r["kind"] == "decision"]
    asked = [
        Finding(
            classifier=str(item.get("classifier", "")),
            category=str(item.get("category", "")),
            score=float(item.get("score", 0.0)),
        )
        for r in decisions
        if r["direction"] == Direction.INPUT.value
        for item in r["findings"]
    ]
    recorded = sorted({r["policy_version"] for r in decisions if r["policy_version"]})
    first = decisions[0] if decisions else rows[0]
    return {
        "request_id": request_id,
        "route": first["route"],
        "tenant": first["tenant"],
        "user_key": first["user_key"],
        "policy": {
            "recorded": recorded,
            "loaded": policy.version,
            "note": None
            if recorded in ([], [policy.version])
            else "the policy changed since: rules and thresholds below are the loaded policy's",
        },
        "decisions": [_decision(r, policy, kept.get(r["seq"]), asked) for r in decisions],
        "events": [
            {
                "seq": r["seq"],
                "time": r["time"],
                "kind": r["kind"],
                "action": r["action"],
                "detail": r["detail"],
            }
            for r in sorted(rows, key=lambda r: r["seq"])
            if r["kind"] != "decision"
        ],
    }
