"""What the review console reads from and writes to the audit database.

Reads are plain SQL over the ``records`` table (JSON columns through the database's own
JSON functions: ``Database.json_items``);
every write (a verdict, a complaint's status, an export) appends its own audit record in the
same transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any

from .. import metrics
from ..compliance.audit import (
    GENESIS,
    RECORD_FIELDS,
    AuditLog,
    AuditRecord,
    chain_hash,
    decode_row,
    utc_now,
)
from ..compliance.excerpts import excerpt
from ..compliance.incidents import incident_rows
from ..policy.compiled import Policy
from ..storage import Connection, Database

__all__ = [
    "ACTIONS",
    "VERDICTS",
    "DecisionFilter",
    "activity",
    "counters",
    "decision_detail",
    "export_marked",
    "filter_choices",
    "list_complaints",
    "list_decisions",
    "list_incidents",
    "record_console_action",
    "set_verdict",
]

ACTIONS = ("block", "redact", "flag", "error")
VERDICTS = ("false_positive", "confirmed")
NOT_ALLOW = "r.kind = 'decision' AND r.action NOT IN ('allow', 'unscanned')"


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="microseconds")


@dataclass
class DecisionFilter:
    """The list's filters, as the query string carries them (empty: any)."""

    since: str = ""
    until: str = ""
    route: str = ""
    tenant: str = ""
    action: str = ""
    category: str = ""
    classifier: str = ""
    direction: str = ""
    review: str = ""  # "", "unreviewed", or a verdict

    @classmethod
    def from_query(cls, query: dict[str, str]) -> DecisionFilter:
        values = {f.name: query.get(f.name, "").strip()[:200] for f in fields(cls)}
        return cls(**values)

    def query(self) -> dict[str, str]:
        """The non-empty filters (for links that keep them)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}

    def where(self, database: Database) -> tuple[str, list[Any]]:
        clauses = [NOT_ALLOW]
        params: list[Any] = []
        for name in ("route", "tenant", "action", "direction"):
            value = getattr(self, name)
            if value:
                clauses.append(f"r.{name} = ?")
                params.append(value)
        if self.since:
            clauses.append("r.time >= ?")
            params.append(_bound(self.since))
        if self.until:
            clauses.append("r.time < ?")
            params.append(_bound(self.until))
        if self.category:
            items = database.json_items("r.categories", "c")
            clauses.append(f"EXISTS (SELECT 1 FROM {items} WHERE c.value = ?)")
            params.append(self.category)
        if self.classifier:
            clauses.append(database.json_field_is("r.findings", "classifier"))
            params.append(self.classifier)
        if self.review == "unreviewed":
            clauses.append("v.verdict IS NULL")
        elif self.review:
            clauses.append("v.verdict = ?")
            params.append(self.review)
        return " AND ".join(clauses), params


def _bound(value: str) -> str:
    """A time bound from a form (``2026-11-28T10:00`` is UTC) as the records store times."""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"not a date and time: {value!r}") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return _iso(moment.astimezone(dt.UTC))


def counters(log: AuditLog, now: dt.datetime | None = None) -> dict[str, Any]:
    """Decisions in the last hour and day by action, route and category; open work.

    One pass over the day's records per breakdown (the hour is a flag inside it), through the
    ``records_window`` index.
    """
    now = now or utc_now()
    hour, day = _iso(now - dt.timedelta(hours=1)), _iso(now - dt.timedelta(days=1))
    tallies = {
        w: {"action": Counter[str](), "route": Counter[str](), "category": Counter[str]()}
        for w in ("hour", "day")
    }
    with log.connect() as conn:
        for recent, action, route, count in conn.execute(
            "SELECT r.time >= ?, r.action, r.route, COUNT(*) FROM records r "
            "WHERE r.kind = 'decision' AND r.time >= ? GROUP BY 1, 2, 3",
            (hour, day),
        ):
            for window in ("hour", "day") if recent else ("day",):
                tallies[window]["action"][action or "-"] += count
                tallies[window]["route"][route or "-"] += count
        for recent, category, count in conn.execute(
            "SELECT r.time >= ?, c.value, COUNT(*) FROM records r, "
            f"{log.database.json_items('r.categories', 'c')} "
            f"WHERE {NOT_ALLOW} AND r.time >= ? GROUP BY 1, 2",
            (hour, day),
        ):
            for window in ("hour", "day") if recent else ("day",):
                tallies[window]["category"][category] += count
        out: dict[str, Any] = {
            window: {
                "total": sum(by["action"].values()),
                "action": by["action"].most_common(),
                "route": by["route"].most_common(),
                "category": by["category"].most_common(20),
            }
            for window, by in tallies.items()
        }
        out["reviews"] = dict(
            conn.execute("SELECT verdict, COUNT(*) FROM reviews GROUP BY verdict").fetchall()
        )
        out["unreviewed"] = conn.execute(
            f"SELECT COUNT(*) FROM records r LEFT JOIN reviews v ON v.seq = r.seq "
            f"WHERE {NOT_ALLOW} AND v.verdict IS NULL AND r.time >= ?",
            (day,),
        ).fetchone()[0]
        out["complaints_open"] = conn.execute(
            "SELECT COUNT(*) FROM complaints WHERE status IN ('received', 'in_review')"
        ).fetchone()[0]
        out["complaints_overdue"] = conn.execute(
            "SELECT COUNT(*) FROM complaints WHERE status IN ('received', 'in_review') AND due < ?",
            (now.isoformat(timespec="seconds"),),
        ).fetchone()[0]
    return out


def filter_choices(log: AuditLog, policy: Policy, recent: int = 2000) -> dict[str, list[str]]:
    """Choices for the filter form: the policy's routes, tenants and classifiers, and what the
    latest ``recent`` non-allow decisions show (older policies' names, categories)."""
    seen: dict[str, set[str]] = {"route": set(), "tenant": set(), "category": set()}
    seen_classifiers: set[str] = set()
    with log.connect() as conn:
        for route, tenant, categories, findings in conn.execute(
            f"SELECT r.route, r.tenant, r.categories, r.findings FROM records r "
            f"WHERE {NOT_ALLOW} ORDER BY r.seq DESC LIMIT ?",
            (recent,),
        ):
            seen["route"].add(route or "")
            seen["tenant"].add(tenant or "")
            seen["category"].update(json.loads(categories or "[]"))
            seen_classifiers.update(f.get("classifier", "") for f in json.loads(findings or "[]"))
    config = policy.config
    seen["route"].update(r.name for r in config.routes)
    seen["tenant"].update(t.name for t in config.tenants.entries)
    seen_classifiers.update(policy.classifiers)
    choices = {name: sorted(v for v in values if v) for name, values in seen.items()}
    choices["classifier"] = sorted(c for c in seen_classifiers if c)
    return choices


def _segments(record: dict[str, Any], evidence: str | None, stored: str | None) -> list[Any]:
    if evidence is not None:
        return excerpt(evidence, record["findings"], context=60, reveal=True)
    return json.loads(stored) if stored else []


def list_decisions(
    log: AuditLog, chosen: DecisionFilter, page: int, page_size: int
) -> tuple[list[dict[str, Any]], int]:
    """One page of non-allow decisions, newest first, and how many match in all."""
    where, params = chosen.where(log.database)
    now = utc_now().isoformat()
    base = f"FROM records r LEFT JOIN reviews v ON v.seq = r.seq WHERE {where}"
    with log.connect() as conn:
        total = conn.execute(f"SELECT COUNT(*) {base}", params).fetchone()[0]
        rows = conn.execute(
            f"SELECT r.*, v.verdict, v.actor AS reviewer, "
            f"(SELECT text FROM evidence e WHERE e.seq = r.seq AND e.expires > ?) AS evidence, "
            f"(SELECT segments FROM excerpts x WHERE x.seq = r.seq AND x.expires > ?) AS excerpt "
            f"{base} ORDER BY r.seq DESC LIMIT ? OFFSET ?",
            [now, now, *params, page_size, (page - 1) * page_size],
        ).fetchall()
    items = []
    for row in rows:
        record = decode_row(row)
        record["raw"] = record["evidence"] is not None
        record["segments"] = _segments(record, record.pop("evidence"), record.pop("excerpt"))
        items.append(record)
    return items, int(total)


def decision_detail(log: AuditLog, seq: int) -> dict[str, Any] | None:
    """A decision record with its chain position, evidence, review and related records."""
    now = utc_now().isoformat()
    with log.connect() as conn:
        row = conn.execute("SELECT * FROM records WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            return None
        record = decode_row(row)
        values = {name: row[name] for name in RECORD_FIELDS}
        previous = conn.execute(
            "SELECT hash FROM records WHERE seq < ? ORDER BY seq DESC LIMIT 1", (seq,)
        ).fetchone()
        if previous is None:
            anchor = conn.execute("SELECT hash FROM anchor WHERE id = 1").fetchone()
            expected_prev = anchor["hash"] if anchor else GENESIS
        else:
            expected_prev = previous["hash"]
        record["chain"] = {
            "position": conn.execute(
                "SELECT COUNT(*) FROM records WHERE seq <= ?", (seq,)
            ).fetchone()[0],
            "length": conn.execute("SELECT COUNT(*) FROM records").fetchone()[0],
            "hash_ok": chain_hash(row["prev_hash"], values, log.key) == row["hash"],
            "linked": row["prev_hash"] == expected_prev,
        }
        evidence = conn.execute(
            "SELECT text FROM evidence WHERE seq = ? AND expires > ?", (seq, now)
        ).fetchone()
        stored = conn.execute(
            "SELECT segments FROM excerpts WHERE seq = ? AND expires > ?", (seq, now)
        ).fetchone()
        record["raw"] = evidence is not None
        record["segments"] = (
            excerpt(evidence[0], record["findings"], context=10_000, reveal=True)
            if evidence is not None
            else json.loads(stored[0])
            if stored
            else []
        )
        review = conn.execute("SELECT * FROM reviews WHERE seq = ?", (seq,)).fetchone()
        record["review"] = dict(review) if review else None
        related: list[dict[str, Any]] = []
        if record["request_id"]:
            related = [
                decode_row(r)
                for r in conn.execute(
                    "SELECT * FROM records WHERE request_id = ? AND seq != ? ORDER BY seq",
                    (record["request_id"], seq),
                )
            ]
        if record["decision_id"]:
            related += [
                decode_row(r)
                for r in conn.execute(
                    "SELECT * FROM records WHERE decision_id = ? AND seq != ? "
                    "AND kind != 'decision' ORDER BY seq",
                    (record["decision_id"], seq),
                )
            ]
        record["related"] = related
        keys = [k for k in (record["decision_id"], record["request_id"]) if k]
        record["complaints"] = (
            [
                dict(r)
                for r in conn.execute(
                    f"SELECT * FROM complaints WHERE about IN ({', '.join('?' * len(keys))})", keys
                )
            ]
            if keys
            else []
        )
    return record


def record_console_action(
    conn: Connection, log: AuditLog, actor: str, action: str, **detail: Any
) -> None:
    decision_id = str(detail.pop("decision_id", ""))
    log.append_now(
        [
            AuditRecord(
                kind="console",
                action=action,
                decision_id=decision_id,
                detail={"actor": actor, **detail},
            )
        ],
        conn,
    )


def set_verdict(log: AuditLog, seq: int, verdict: str, actor: str, note: str = "") -> bool:
    """Mark a non-allow decision (``verdict`` in :data:`VERDICTS`, or ``"cleared"``)."""
    if verdict not in (*VERDICTS, "cleared"):
        raise ValueError(f"verdict must be one of {(*VERDICTS, 'cleared')}")
    with log.transaction() as conn:
        row = conn.execute(
            f"SELECT r.decision_id, r.categories FROM records r WHERE r.seq = ? AND {NOT_ALLOW}",
            (seq,),
        ).fetchone()
        if row is None:
            return False
        if verdict == "cleared":
            conn.execute("DELETE FROM reviews WHERE seq = ?", (seq,))
        else:
            conn.execute(
                "INSERT INTO reviews (seq, verdict, actor, note, time) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(seq) DO UPDATE SET verdict = excluded.verdict, "
                "actor = excluded.actor, note = excluded.note, time = excluded.time",
                (seq, verdict, actor, note, utc_now().isoformat()),
            )
        log.append_now(
            [
                AuditRecord(
                    kind="review",
                    decision_id=row["decision_id"] or "",
                    action=verdict,
                    detail={"seq": seq, "actor": actor, "note": note},
                )
            ],
            conn,
        )
    categories = json.loads(row["categories"] or "[]")
    metrics.child(metrics.REVIEWS, verdict, categories[0] if categories else "-").inc()
    return True


def export_marked(log: AuditLog, verdict: str = "") -> Iterator[dict[str, Any]]:
    """Marked decisions as ``aigc-guard eval`` rows: ``text`` (the evidence) and ``label``
    (1 confirmed, 0 false positive). Decisions without evidence have no text to export and
    are yielded with ``text`` None; callers count and skip them."""
    now = utc_now().isoformat()
    query = (
        "SELECT r.*, v.verdict, v.actor AS reviewer, v.note, v.time AS reviewed, "
        "(SELECT text FROM evidence e WHERE e.seq = r.seq AND e.expires > ?) AS text "
        "FROM reviews v JOIN records r ON r.seq = v.seq"
    )
    params: list[Any] = [now]
    if verdict:
        query += " WHERE v.verdict = ?"
        params.append(verdict)
    with log.connect() as conn:
        for row in conn.execute(query + " ORDER BY r.seq", params):
            record = decode_row(row)
            yield {
                "text": record["text"],
                "label": 1 if record["verdict"] == "confirmed" else 0,
                "verdict": record["verdict"],
                "seq": record["seq"],
                "decision_id": record["decision_id"],
                "time": record["time"],
                "route": record["route"],
                "tenant": record["tenant"],
                "direction": record["direction"],
                "action": record["action"],
                "categories": record["categories"],
                "rule_ids": record["rule_ids"],
                "findings": record["findings"],
                "policy_version": record["policy_version"],
                "reviewer": record["reviewer"],
                "note": record["note"],
                "reviewed": record["reviewed"],
            }


def list_complaints(log: AuditLog, status: str = "open") -> list[dict[str, Any]]:
    """Complaints, oldest due first; ``status`` "open" means received or in review."""
    query = "SELECT c.*, (SELECT seq FROM records r WHERE r.decision_id = c.about AND "
    query += "r.kind = 'decision' ORDER BY seq DESC LIMIT 1) AS seq FROM complaints c"
    params: list[str] = []
    if status == "open":
        query += " WHERE c.status IN ('received', 'in_review')"
    elif status:
        query += " WHERE c.status = ?"
        params.append(status)
    now = utc_now().isoformat(timespec="seconds")
    with log.connect() as conn:
        rows = [dict(r) for r in conn.execute(query + " ORDER BY c.due, c.created", params)]
    for row in rows:
        row["overdue"] = row["status"] in ("received", "in_review") and row["due"] < now
    return rows


def list_incidents(
    log: AuditLog, status: str = "", limit: int | None = None
) -> list[dict[str, Any]]:
    """Incidents, newest first (all, or those with ``status``; at most ``limit``), each with
    its decision's record number (``seq``) when the decision is in the log."""
    rows = incident_rows(log, status or None, limit)
    ids = sorted({row["decision_id"] for row in rows})
    found: dict[str, int] = {}
    with log.connect() as conn:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for decision_id, seq in conn.execute(
                "SELECT decision_id, MAX(seq) FROM records WHERE kind = 'decision' AND "
                f"decision_id IN ({', '.join('?' * len(chunk))}) GROUP BY decision_id",
                chunk,
            ):
                found[decision_id] = int(seq)
    for row in rows:
        row["seq"] = found.get(row["decision_id"])
    return rows


ACTIVITY_KINDS = (
    "console",
    "review",
    "complaint",
    "forget",
    "prune",
    "measure",
    "incident",
    "incident_status",
)


def activity(log: AuditLog, limit: int = 200) -> list[dict[str, Any]]:
    """The latest records of what people and the guard did besides deciding: console
    actions, verdicts, complaints, user measures, forgetting and pruning."""
    marks = ", ".join("?" * len(ACTIVITY_KINDS))
    with log.connect() as conn:
        return [
            decode_row(row)
            for row in conn.execute(
                f"SELECT * FROM records WHERE kind IN ({marks}) ORDER BY seq DESC LIMIT ?",
                (*ACTIVITY_KINDS, limit),
            )
        ]
