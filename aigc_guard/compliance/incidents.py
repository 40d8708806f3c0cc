"""Incidents (Interim Measures Art. 14: stop, rectify, report): a blocked answer opens one
record that a compliance team works (open → reported → closed, with a note) and can forward.

Each incident is a row beside the audit log (``incidents`` table) plus an audit record of kind
``incident``; it names risk ids, route, model, the content's hash and the decision id, never
the content. With ``webhook.url`` set, the incident is also posted as JSON with an HMAC-SHA256
signature of the body (``x-aigc-guard-signature: sha256=<hex>``, key from ``secret_env``), in
the background — never delaying the answer — and retried with back-off; every outcome is
counted in ``aigc_guard_incident_webhooks_total{result}``.
"""

from __future__ import annotations

import asyncio
import fnmatch
import hashlib
import hmac
import json
import logging
import os
import uuid
from typing import Any

import httpx

from .. import metrics
from .audit import AuditLog, AuditRecord, utc_now
from .config import IncidentsConfig

__all__ = ["STATUSES", "Incidents", "incident_rows", "set_incident_status"]

log = logging.getLogger("aigc_guard.incidents")
STATUSES = ("open", "reported", "closed")


class Incidents:
    """Opens incidents for one policy's blocked answers, and forwards them."""

    def __init__(self, log_: AuditLog, config: IncidentsConfig) -> None:
        self.log = log_
        self.config = config
        self._sending: set[asyncio.Task[None]] = set()

    def wanted(self, categories: tuple[str, ...]) -> bool:
        patterns = self.config.categories
        return not patterns or any(fnmatch.fnmatchcase(c, p) for c in categories for p in patterns)

    def open(
        self, *, decision_id: str, categories: tuple[str, ...], route: str, model: str, sha256: str
    ) -> dict[str, Any] | None:
        """Open one incident for a blocked answer (once per decision): written and forwarded
        off the event loop; the incident, or ``None`` when the policy does not report its
        categories."""
        if not self.wanted(categories):
            return None
        incident = {
            "id": "inc_" + uuid.uuid4().hex[:20],
            "time": utc_now().isoformat(timespec="seconds"),
            "decision_id": decision_id,
            "risk_ids": list(categories),
            "route": route,
            "model": model[:128],
            "content_sha256": sha256,
            "status": "open",
        }
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop (a batch command): write it here
            self._insert(incident)
            return incident
        task = loop.create_task(self._open_and_forward(incident))
        self._sending.add(task)
        task.add_done_callback(self._sending.discard)
        return incident

    async def _open_and_forward(self, incident: dict[str, Any]) -> None:
        try:
            inserted = await asyncio.to_thread(self._insert, incident)
        except Exception:
            log.exception("incident %s could not be recorded", incident["id"])
            return
        if inserted and self.config.webhook is not None:
            await self._post(incident)

    def _insert(self, incident: dict[str, Any]) -> bool:
        with self.log.transaction() as conn:
            inserted = conn.execute(
                "INSERT INTO incidents (id, time, decision_id, risk_ids, route, model,"
                " content_sha256, status, note, updated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, 'open', '', ?) ON CONFLICT DO NOTHING",
                (
                    incident["id"],
                    incident["time"],
                    incident["decision_id"],
                    json.dumps(incident["risk_ids"]),
                    incident["route"],
                    incident["model"],
                    incident["content_sha256"],
                    incident["time"],
                ),
            ).rowcount
            if inserted:
                record = AuditRecord(
                    kind="incident",
                    decision_id=incident["decision_id"],
                    detail={"incident": incident["id"]},
                )
                self.log.append_now([record], conn)
        if inserted:
            metrics.child(metrics.INCIDENTS, "opened").inc()
        return bool(inserted)

    async def _post(self, incident: dict[str, Any]) -> None:
        webhook = self.config.webhook
        assert webhook is not None
        body = json.dumps({"event": "incident.opened", "incident": incident}, sort_keys=True)
        secret = os.environ.get(webhook.secret_env, "").encode("utf-8")
        signature = hmac.new(secret, body.encode("utf-8"), hashlib.sha256).hexdigest()
        headers = {
            "content-type": "application/json",
            "x-aigc-guard-signature": f"sha256={signature}",
        }
        delay = webhook.backoff_s
        async with httpx.AsyncClient(timeout=webhook.timeout_s) as client:
            for attempt in range(1, webhook.attempts + 1):
                try:
                    response = await client.post(webhook.url, content=body, headers=headers)
                    if response.status_code < 300:
                        metrics.child(metrics.INCIDENT_WEBHOOKS, "delivered").inc()
                        return
                    reason = f"status {response.status_code}"
                except httpx.HTTPError as exc:
                    reason = type(exc).__name__
                metrics.child(metrics.INCIDENT_WEBHOOKS, "retry").inc()
                log.warning("incident webhook attempt %d failed: %s", attempt, reason)
                if attempt < webhook.attempts:
                    await asyncio.sleep(delay)
                    delay *= 2
        metrics.child(metrics.INCIDENT_WEBHOOKS, "failed").inc()
        log.error("incident %s not delivered to its webhook", incident["id"])


def incident_rows(
    log_: AuditLog, status: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Incidents, newest first (all, or those with ``status``; at most ``limit``)."""
    with log_.connect() as conn:
        query = "SELECT * FROM incidents"
        params: list[str | int] = []
        if status:
            query += " WHERE status = ?"
            params.append(status)
        query += " ORDER BY time DESC, id"
        if limit is not None:
            query += " LIMIT ?"
            params.append(limit)
        rows = conn.execute(query, params).fetchall()
    out = []
    for row in rows:
        item = dict(row)
        item["risk_ids"] = json.loads(item["risk_ids"])
        out.append(item)
    return out


def set_incident_status(
    log_: AuditLog, incident_id: str, status: str, note: str, actor: str
) -> bool:
    """Move an incident along (open → reported → closed), with a note; audited."""
    if status not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}")
    now = utc_now().isoformat(timespec="seconds")
    with log_.transaction() as conn:
        changed = conn.execute(
            "UPDATE incidents SET status = ?, note = ?, updated = ? WHERE id = ?",
            (status, note[:2000], now, incident_id),
        ).rowcount
        if changed:
            log_.append_now(
                [
                    AuditRecord(
                        kind="incident_status",
                        detail={"incident": incident_id, "status": status, "actor": actor},
                    )
                ],
                conn,
            )
    return bool(changed)
