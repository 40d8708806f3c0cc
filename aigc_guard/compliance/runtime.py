"""What a policy's compliance section means at run time, with the mode's defaults applied."""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import os
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import metrics
from ..classifiers.base import Finding
from ..decision import Decision
from ..errors import PolicyError
from ..policy.compiled import Policy, api_key_hash
from ..shared_state import SharedRateLimit, shared_state_for
from ..storage.urls import is_postgres, sqlite_path
from ..throttle import RateLimit
from .audit import AuditLog, AuditRecord, open_audit_log
from .config import ComplaintsConfig, ComplianceConfig, ExplicitLabelConfig, ImplicitLabelConfig
from .excerpts import TEXT_SEPARATOR, excerpt, place_findings
from .incidents import Incidents
from .measures import UserMeasures
from .minors import MinorLimits, is_minor

__all__ = ["ComplianceRuntime", "runtime_for"]


@dataclass(frozen=True)
class ComplianceRuntime:
    mode: str
    config: ComplianceConfig
    explicit: ExplicitLabelConfig | None
    implicit: ImplicitLabelConfig | None
    audit: AuditLog | None
    measures: UserMeasures | None
    complaints: ComplaintsConfig | None
    complaint_limit: RateLimit | None = None
    incidents: Incidents | None = None
    minors: MinorLimits | None = None

    def user_key(self, headers: Mapping[str, str]) -> str:
        """A keyed hash of the end user's id header, else of the API key; '' when neither."""
        audit = self.config.audit
        raw = headers.get(audit.user_header.lower(), "") if audit.user_header else ""
        if not raw:
            authorization = headers.get("authorization", "")
            raw = authorization[7:].strip() if authorization.lower().startswith("bearer ") else ""
        if not raw:
            return ""
        key = os.environ.get(audit.user_key_env, "").encode("utf-8")
        return hmac.new(key, raw.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    def is_minor(self, tenant: str, headers: Mapping[str, str]) -> bool:
        return is_minor(self.config.minors, tenant, headers)

    def explicit_for(
        self, policy: Policy, headers: Mapping[str, str]
    ) -> tuple[ExplicitLabelConfig | None, str | None]:
        """The visible label for a request, and the agreement waiving it (if any). A waiver
        takes the tenant's API key: a tenant header alone (which a client can set) never
        removes the label."""
        if self.explicit is None:
            return None, None
        entry = next((t for t in policy.config.tenants.entries if t.name == policy.tenant), None)
        if entry is None or entry.explicit_label_waiver is None:
            return self.explicit, None
        authorization = headers.get("authorization", "")
        if not authorization.lower().startswith("bearer "):
            return self.explicit, None
        digest = api_key_hash(authorization[7:].strip(), policy.config.tenants.api_key_hash_env)
        if digest not in entry.api_key_hashes:
            return self.explicit, None
        return None, entry.explicit_label_waiver.agreement

    def disclaimer_for(self, policy: Policy) -> ExplicitLabelConfig | None:
        """The disclaimer of the route's service type, placed like a label that is never
        detected away (an upstream label is no disclaimer)."""
        service = policy.config.service_type(policy.route)
        if service is None or service.disclaimer is None:
            return None
        return _disclaimer(service.disclaimer.zh, service.disclaimer.en, service.position)

    def audit_waiver(
        self, policy: Policy, decision: Decision, agreement: str, request_id: str, user_key: str
    ) -> None:
        """An answer sent without its visible label: who received it, under which agreement."""
        metrics.child(metrics.LABELS, "waived").inc()
        if self.audit is None:
            return
        self.audit.append(
            _about(
                policy,
                decision,
                request_id,
                user_key,
                kind="label_waiver",
                action="waived",
                detail={"agreement": agreement, "tenant": policy.tenant},
            )
        )

    def open_incident(
        self, policy: Policy, decision: Decision, texts: Sequence[str], model: str
    ) -> None:
        """A blocked answer: one incident (when the policy reports its categories)."""
        if self.incidents is None:
            return
        content = TEXT_SEPARATOR.join(texts)
        self.incidents.open(
            decision_id=decision.decision_id,
            categories=tuple(decision.categories),
            route=policy.route,
            model=model,
            sha256=hashlib.sha256(content.encode("utf-8")).hexdigest(),
        )

    def audit_decision(
        self,
        policy: Policy,
        decision: Decision,
        *,
        direction: str,
        action: str,
        request_id: str,
        user_key: str,
        texts: Sequence[str],
        findings: Sequence[Sequence[Finding]] | None = None,
        detail: dict[str, object] | None = None,
    ) -> None:
        """Append a decision record. Finding offsets are made relative to the texts joined by
        newlines (the content whose hash is kept); ``findings`` gives each text's own, and
        may be left out when there is one text."""
        if self.audit is None:
            return
        content = TEXT_SEPARATOR.join(texts)
        if findings is None and len(texts) == 1:
            findings = [decision.findings]
        placed = (
            place_findings(texts, findings) if findings is not None else list(decision.findings)
        )
        found = [f.as_dict() for f in placed]
        config = self.config.audit
        notable = action not in ("allow", "unscanned") and bool(content)
        keep = config.evidence.enabled and notable
        kept_excerpt = None
        # Excerpts are raw text around each finding: kept only where evidence is.
        if keep and config.excerpt_chars and findings is not None:
            segments = excerpt(content, found, context=config.excerpt_chars)
            kept_excerpt = json.dumps(segments, ensure_ascii=False) if segments else None
        self.audit.append(
            _about(
                policy,
                decision,
                request_id,
                user_key,
                direction=direction,
                action=action,
                monitor=decision.monitored,
                categories=list(decision.categories),
                rule_ids=list(decision.rule_ids),
                findings=found,
                content_sha256=hashlib.sha256(content.encode("utf-8")).hexdigest(),
                evidence=content if keep else None,
                excerpt=kept_excerpt,
                detail=dict(detail or {}),
                evidence_days=config.evidence.retention_days,
            )
        )


def _about(
    policy: Policy, decision: Decision, request_id: str, user_key: str, **fields: Any
) -> AuditRecord:
    """A record about one decision of one request, under the policy snapshot that made it."""
    return AuditRecord(
        request_id=request_id,
        decision_id=decision.decision_id,
        policy_version=policy.version,
        route=policy.route,
        tenant=policy.tenant,
        user_key=user_key,
        **fields,
    )


@functools.lru_cache(maxsize=64)
def _disclaimer(zh: str, en: str, position: str) -> ExplicitLabelConfig:
    return ExplicitLabelConfig.model_validate(
        {"text": {"zh": zh, "en": en}, "position": position, "detect_window": 0}
    )


def _on(flag: bool | None, default: bool) -> bool:
    return default if flag is None else flag


def audit_key(policy: Policy) -> bytes | None:
    """The audit key (it keys the chain and the user pseudonyms), from the environment."""
    value = os.environ.get(policy.config.compliance.audit.user_key_env, "")
    return value.encode("utf-8") or None


def audit_target(policy: Policy) -> str | Path:
    """The audit database: ``audit.url`` (a relative SQLite file beside the policy), else
    ``audit.path``."""
    base = policy.source.resolve().parent if policy.source else Path.cwd()
    config = policy.config.compliance.audit
    if config.url is None:
        return base / config.path
    if is_postgres(config.url):
        return config.url
    return sqlite_path(config.url, base)


_RUNTIMES: weakref.WeakKeyDictionary[Policy, ComplianceRuntime] = weakref.WeakKeyDictionary()


def _runtime(policy: Policy) -> ComplianceRuntime:
    """Built once per policy snapshot and dropped with it (a superseded snapshot, with its
    classifiers and models, must not outlive its last request)."""
    runtime = _RUNTIMES.get(policy)
    if runtime is None:
        runtime = _RUNTIMES[policy] = _build_runtime(policy)
    return runtime


def _build_runtime(policy: Policy) -> ComplianceRuntime:
    config = policy.config.compliance
    mode = policy.config.mode
    audit_on = _on(config.audit.enabled, mode == "cn_public")
    if mode == "cn_public" and audit_on and audit_key(policy) is None:
        raise PolicyError(
            f"cn_public mode keys the audit chain: set the environment variable "
            f"{config.audit.user_key_env} to a secret (e.g. `openssl rand -hex 32`)",
            file=str(policy.source) if policy.source else None,
            field="compliance.audit",
        )
    labelled = mode in ("cn_public", "eu")
    audit = (
        open_audit_log(audit_target(policy), audit_key(policy))
        if _on(config.audit.enabled, mode == "cn_public")
        else None
    )
    shared = shared_state_for(policy.config.state)
    measures = None
    if config.user_measures.enabled:
        measures = UserMeasures(
            audit or open_audit_log(audit_target(policy), audit_key(policy)),
            config.user_measures,
            shared,
        )
    minors = config.minors
    if minors.enabled and (minors.daily_requests or minors.daily_minutes) and not (audit or shared):
        raise PolicyError(
            "minors' daily limits are counted in the audit database or in Redis: turn on "
            "compliance.audit or set state.redis_url",
            file=str(policy.source) if policy.source else None,
            field="compliance.minors",
        )
    complaints_on = _on(config.complaints.enabled, mode == "cn_public")
    complaint_limit: RateLimit | None = None
    if complaints_on:
        per_minute, per_day = config.complaints.per_minute, config.complaints.per_day
        complaint_limit = (
            RateLimit(per_minute, per_day)
            if shared is None
            else SharedRateLimit(shared, "complaints", per_minute, per_day)
        )
    return ComplianceRuntime(
        mode=mode,
        config=config,
        explicit=config.explicit_label if _on(config.explicit_label.enabled, labelled) else None,
        implicit=config.implicit_label if _on(config.implicit_label.enabled, labelled) else None,
        audit=audit,
        measures=measures,
        complaints=config.complaints if complaints_on else None,
        complaint_limit=complaint_limit,
        incidents=Incidents(audit, config.incidents)
        if audit is not None and _on(config.incidents.enabled, mode == "cn_public")
        else None,
        minors=MinorLimits(audit, config.minors, shared) if config.minors.enabled else None,
    )


def runtime_for(policy: Policy) -> ComplianceRuntime:
    """The compliance runtime of a policy (route and tenant variants share their parent's)."""
    return _runtime(policy.base)
