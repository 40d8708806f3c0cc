"""The complaints channel (Interim Measures Art. 15) and the public service description.

``POST /aigc-guard/v1/complaints`` takes ``{"about": <answer or decision id>, "reason": ...}``
and answers 201 with a ticket and its due date; ``GET /aigc-guard/v1/complaints/<ticket>``
returns its status; ``GET /.well-known/aigc-guard`` describes the service. Complaints are
stored with the audit records, and each one is an audit record itself.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import uuid
from typing import Any

from .. import jsonio, metrics
from ..errors import BodyError
from ..http import Receive, Scope, Send, error_body, respond
from .audit import AuditLog, AuditRecord, utc_now
from .config import ComplaintsConfig
from .runtime import ComplianceRuntime

__all__ = ["COMPLAINTS_PATH", "WELL_KNOWN_PATH", "handles", "serve"]

COMPLAINTS_PATH = "/aigc-guard/v1/complaints"
WELL_KNOWN_PATH = "/.well-known/aigc-guard"
STATUSES = ("received", "in_review", "resolved", "rejected")
MAX_REASON = 4000


def handles(path: str) -> bool:
    return path in (WELL_KNOWN_PATH, COMPLAINTS_PATH) or path.startswith(COMPLAINTS_PATH + "/")


def file_complaint(
    log: AuditLog, config: ComplaintsConfig, about: str, reason: str, user_key: str
) -> dict[str, Any]:
    now = utc_now()
    ticket = "cmp_" + uuid.uuid4().hex[:20]
    due = (now + dt.timedelta(days=config.deadline_days)).isoformat(timespec="seconds")
    with log.transaction() as conn:
        conn.execute(
            "INSERT INTO complaints (ticket, created, due, status, about, reason, user_key, "
            "updated) VALUES (?, ?, ?, 'received', ?, ?, ?, ?)",
            (ticket, now.isoformat(), due, about, reason, user_key, now.isoformat()),
        )
        log.append_now(
            [
                AuditRecord(
                    kind="complaint",
                    decision_id=about,
                    user_key=user_key,
                    action="received",
                    detail={"ticket": ticket, "due": due},
                )
            ],
            conn,
        )
    return {
        "ticket_id": ticket,
        "status": "received",
        "about": about,
        "due": due,
        "created": now.isoformat(timespec="seconds"),
    }


def complaint_status(log: AuditLog, ticket: str) -> dict[str, Any] | None:
    with log.connect() as conn:
        row = conn.execute(
            "SELECT ticket, created, due, status, about, updated FROM complaints WHERE ticket = ?",
            (ticket,),
        ).fetchone()
    if row is None:
        return None
    return {
        "ticket_id": row["ticket"],
        "status": row["status"],
        "about": row["about"],
        "due": row["due"],
        "created": row["created"],
        "updated": row["updated"],
    }


def set_status(log: AuditLog, ticket: str, status: str, actor: str = "") -> bool:
    """Move a complaint to another status (audited)."""
    if status not in STATUSES:
        raise ValueError(f"status must be one of {STATUSES}")
    with log.transaction() as conn:
        changed = conn.execute(
            "UPDATE complaints SET status = ?, updated = ? WHERE ticket = ?",
            (status, utc_now().isoformat(), ticket),
        ).rowcount
        if changed:
            log.append_now(
                [
                    AuditRecord(
                        kind="complaint", action=status, detail={"ticket": ticket, "actor": actor}
                    )
                ],
                conn,
            )
    return bool(changed)


def describe(runtime: ComplianceRuntime) -> dict[str, Any]:
    config = runtime.config
    service = config.service
    return {
        "service": service.name,
        "description": service.description,
        "provider": service.provider,
        "model": service.model,
        "filing_number": service.filing_number,
        "mode": runtime.mode,
        "labels": {
            "explicit": runtime.explicit.text.model_dump() if runtime.explicit else None,
            "implicit": runtime.implicit is not None,
            "content_producer": config.implicit_label.content_producer or None,
        },
        "complaints": None
        if runtime.complaints is None
        else {
            "endpoint": COMPLAINTS_PATH,
            "method": "POST",
            "body": {"about": "the answer's id or the aigc_guard decision_id", "reason": "text"},
            "contact": runtime.complaints.contact,
            "deadline_days": runtime.complaints.deadline_days,
        },
    }


async def serve(
    runtime: ComplianceRuntime, user_key: str, scope: Scope, receive: Receive, send: Send
) -> None:
    path, method = scope.get("path", ""), scope.get("method", "GET")
    if path == WELL_KNOWN_PATH and method == "GET":
        await respond(send, 200, json.dumps(describe(runtime), ensure_ascii=False).encode())
        return
    log, config = runtime.audit, runtime.complaints
    if log is None or config is None:
        await respond(
            send,
            404,
            error_body("not_found", "complaints are not enabled", "invalid_request_error"),
        )
        return
    if path == COMPLAINTS_PATH and method == "POST":
        if not _admitted(runtime, user_key, scope):
            metrics.ADMIN_REFUSALS.labels("complaints", "rate_limited").inc()
            await respond(
                send,
                429,
                error_body(
                    "too_many_complaints",
                    "too many complaints from this address or user; try again later",
                    "rate_limit_error",
                ),
            )
            return
        body = await _read_json(receive)
        about = body.get("about") if isinstance(body, dict) else None
        reason = body.get("reason") if isinstance(body, dict) else None
        if (
            not isinstance(about, str)
            or not about.strip()
            or not isinstance(reason, str)
            or not reason.strip()
        ):
            await respond(
                send,
                400,
                error_body(
                    "invalid_complaint",
                    "send JSON with 'about' (an answer or decision id) and 'reason'",
                    "invalid_request_error",
                ),
            )
            return
        if len(reason) > MAX_REASON or len(about) > 200:
            await respond(
                send,
                400,
                error_body(
                    "invalid_complaint", "the complaint is too long", "invalid_request_error"
                ),
            )
            return
        ticket = await asyncio.to_thread(
            file_complaint, log, config, about.strip(), reason.strip(), user_key
        )
        await respond(send, 201, json.dumps(ticket).encode())
        return
    if method == "GET" and path.startswith(COMPLAINTS_PATH + "/"):
        found = await asyncio.to_thread(complaint_status, log, path.rsplit("/", 1)[-1])
        if found is None:
            await respond(
                send, 404, error_body("not_found", "no such ticket", "invalid_request_error")
            )
        else:
            await respond(send, 200, json.dumps(found).encode())
        return
    await respond(
        send,
        405,
        error_body("method_not_allowed", "use POST to file, GET to read", "invalid_request_error"),
    )


def _admitted(runtime: ComplianceRuntime, user_key: str, scope: Scope) -> bool:
    """One more complaint within the limits of the client's address and of the user."""
    limit = runtime.complaint_limit
    if limit is None:
        return True
    client = scope.get("client")
    address = str(client[0]) if client else "-"
    if not limit.take(f"address:{address}"):
        return False
    return not user_key or limit.take(f"user:{user_key}")


async def _read_json(receive: Receive, limit: int = 64 * 1024) -> Any:
    body = bytearray()
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        body.extend(message.get("body", b""))
        if len(body) > limit:
            return None
        if not message.get("more_body", False):
            break
    try:
        return jsonio.loads_object(bytes(body), max_depth=8, what="complaint")
    except BodyError:
        return None
