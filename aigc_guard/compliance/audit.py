"""Audit records: an append-only log, each record chained to the previous one's hash,
written by a background thread so requests never wait for the disk.

The log lives in a :class:`~aigc_guard.storage.Database`: a SQLite file (one machine) or
PostgreSQL (many replicas). Every append runs in the database's write transaction, which
holds its one write lock (SQLite's ``BEGIN IMMEDIATE``, a PostgreSQL advisory lock), reads
the chain's tail and inserts the next records: one chain, however many processes append.

The chain is keyed (HMAC-SHA256 with the audit key) when a key is given at creation, so a
record cannot be edited and the chain recomputed without the key; each batch also leaves a
signed *head checkpoint* (the last sequence number and hash), and SQLite's own counter of
issued sequence numbers is kept, so deleting the newest records is reported by ``verify``.
The writer never dies: a failed batch is retried once, then counted as lost
(``aigc_guard_audit_lost_total``), like records refused because its queue is full.
Raw text is never part of a record; evidence (raw text of non-allow decisions, when the policy
asks) lives in its own table with its own expiry, outside the hash, so it can be forgotten
without breaking the chain.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import json
import logging
import queue
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import metrics
from ..storage import Connection, Database, StoredRow, open_database

__all__ = [
    "GENESIS",
    "AuditKeyError",
    "AuditLog",
    "AuditRecord",
    "ChainReport",
    "decode_row",
    "flush_open_logs",
    "open_audit_log",
    "utc_now",
]

log = logging.getLogger("aigc_guard.audit")
MAX_QUEUED = 100_000
KEPT_CHECKPOINTS = 1000

GENESIS = "0" * 64
RECORD_FIELDS = (
    "time",
    "kind",
    "request_id",
    "decision_id",
    "policy_version",
    "route",
    "tenant",
    "user_key",
    "direction",
    "action",
    "monitor",
    "categories",
    "rule_ids",
    "findings",
    "content_sha256",
    "detail",
)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class AuditRecord:
    kind: str = "decision"
    request_id: str = ""
    decision_id: str = ""
    policy_version: str = ""
    route: str = ""
    tenant: str = ""
    user_key: str = ""
    direction: str = ""
    action: str = ""
    monitor: bool = False
    categories: list[str] = field(default_factory=list)
    rule_ids: list[str] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    content_sha256: str = ""
    detail: dict[str, Any] = field(default_factory=dict)
    evidence: str | None = None
    excerpt: str | None = None
    evidence_days: int = 30
    time: str = field(default_factory=lambda: utc_now().isoformat(timespec="microseconds"))

    def row(self) -> dict[str, Any]:
        return {
            "time": self.time,
            "kind": self.kind,
            "request_id": self.request_id,
            "decision_id": self.decision_id,
            "policy_version": self.policy_version,
            "route": self.route,
            "tenant": self.tenant,
            "user_key": self.user_key,
            "direction": self.direction,
            "action": self.action,
            "monitor": int(self.monitor),
            "categories": json.dumps(self.categories),
            "rule_ids": json.dumps(self.rule_ids),
            "findings": json.dumps(self.findings, sort_keys=True),
            "content_sha256": self.content_sha256,
            "detail": json.dumps(self.detail, sort_keys=True, ensure_ascii=False),
        }


def decode_row(row: StoredRow) -> dict[str, Any]:
    """A stored record as a dict, its JSON columns decoded (absent ones left out)."""
    record = dict(row)
    for name in ("categories", "rule_ids", "findings", "detail"):
        if name in record:
            record[name] = json.loads(record[name] or "null") or ({} if name == "detail" else [])
    if "monitor" in record:
        record["monitor"] = bool(record["monitor"])
    return record


class AuditKeyError(ValueError):
    """The chain is keyed and no key (or another key) was given."""


@dataclass(frozen=True)
class ChainReport:
    """What ``verify`` found: ``intact``, records checked, the first broken sequence
    number, and why (``None`` when intact)."""

    intact: bool
    checked: int
    broken: int | None = None
    reason: str | None = None


def chain_hash(prev_hash: str, row: dict[str, Any], key: bytes | None = None) -> str:
    canonical = json.dumps([row.get(name) for name in RECORD_FIELDS], ensure_ascii=False)
    message = (prev_hash + "\n" + canonical).encode("utf-8")
    if key:
        return hmac.new(key, message, hashlib.sha256).hexdigest()
    return hashlib.sha256(message).hexdigest()


def _checkpoint_signature(key: bytes | None, seq: int, digest: str, when: str) -> str:
    message = f"checkpoint\n{seq}\n{digest}\n{when}".encode()
    if key:
        return hmac.new(key, message, hashlib.sha256).hexdigest()
    return hashlib.sha256(message).hexdigest()


class AuditLog:
    """One audit log, in a :class:`Database` or the database a URL or SQLite path names.
    ``append`` queues; a writer thread commits in batches.

    ``key`` keys the chain of a new log (HMAC-SHA256); a log made with a key can only be
    appended to and verified with it. ``create=False`` refuses a missing SQLite file
    (``FileNotFoundError``) instead of making an empty, "intact" one.
    """

    def __init__(
        self, target: Database | str | Path, key: bytes | None = None, *, create: bool = True
    ) -> None:
        database = target if isinstance(target, Database) else open_database(target, create=create)
        self.database = database
        with database.transaction() as conn:
            conn.execute(
                "INSERT INTO meta (name, value) VALUES ('chain', ?) ON CONFLICT (name) DO NOTHING",
                ("hmac-sha256" if key else "sha256",),
            )
            scheme = conn.execute("SELECT value FROM meta WHERE name = 'chain'").fetchone()[0]
        self.keyed = scheme == "hmac-sha256"
        if self.keyed and not key:
            raise AuditKeyError(
                f"the audit chain in {database.name} is keyed: set the audit key "
                "(AIGC_GUARD_AUDIT_KEY)"
            )
        self.key = key if self.keyed else None
        self._queue: queue.Queue[AuditRecord] = queue.Queue(MAX_QUEUED)
        self._writer = threading.Thread(target=self._write_forever, daemon=True, name="audit")
        self._writer.start()

    def connect(self) -> contextlib.AbstractContextManager[Connection]:
        return self.database.connect()

    def transaction(self) -> contextlib.AbstractContextManager[Connection]:
        """A write transaction that holds the database's write lock from its start."""
        return self.database.transaction()

    def append(self, record: AuditRecord) -> None:
        """Queue a record; if the queue is full the record is counted as lost, never waited
        for (a stalled disk must not stall every request)."""
        try:
            self._queue.put_nowait(record)
        except queue.Full:
            metrics.AUDIT_LOST.labels("queue_full").inc()
            log.error("audit queue full (%d records): a record was lost", MAX_QUEUED)

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every queued record is on disk (or counted as lost); False when
        ``timeout`` seconds passed first."""
        if timeout is None:
            self._queue.join()
            return True
        deadline = time.monotonic() + timeout
        while self._queue.unfinished_tasks:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return True

    def append_now(self, records: list[AuditRecord], conn: Connection) -> list[int]:
        """Chain and insert records inside an open write transaction; their sequence numbers."""
        last = conn.execute("SELECT seq, hash FROM records ORDER BY seq DESC LIMIT 1").fetchone()
        anchor = conn.execute("SELECT seq, hash FROM anchor WHERE id = 1").fetchone()
        issued = conn.execute("SELECT value FROM meta WHERE name = 'issued'").fetchone()
        prev = last["hash"] if last else anchor["hash"] if anchor else GENESIS
        seq = max(
            int(last["seq"]) if last else 0,
            int(anchor["seq"] or 0) if anchor else 0,
            int(issued[0]) if issued else 0,
        )
        seqs: list[int] = []
        rows: list[list[Any]] = []
        evidence: list[tuple[int, str, str, str]] = []
        excerpts: list[tuple[int, str, str, str]] = []
        for record in records:
            seq += 1
            row = record.row()
            digest = chain_hash(prev, row, self.key)
            rows.append([seq, *(row[name] for name in RECORD_FIELDS), prev, digest])
            seqs.append(seq)
            expires = (utc_now() + dt.timedelta(days=record.evidence_days)).isoformat()
            if record.evidence is not None:
                evidence.append((seq, record.user_key, record.evidence, expires))
            if record.excerpt is not None:
                excerpts.append((seq, record.user_key, record.excerpt, expires))
            prev = digest
        conn.executemany(
            f"INSERT INTO records (seq, {', '.join(RECORD_FIELDS)}, prev_hash, hash) "
            f"VALUES (?, {', '.join('?' * len(RECORD_FIELDS))}, ?, ?)",
            rows,
        )
        if evidence:
            conn.executemany(
                "INSERT INTO evidence (seq, user_key, text, expires) VALUES (?, ?, ?, ?)", evidence
            )
        if excerpts:
            conn.executemany(
                "INSERT INTO excerpts (seq, user_key, segments, expires) VALUES (?, ?, ?, ?)",
                excerpts,
            )
        if seqs:
            conn.execute(
                "INSERT INTO meta (name, value) VALUES ('issued', ?) "
                "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (str(seq),),
            )
            self._checkpoint(conn, seq, prev)
        return seqs

    def _checkpoint(self, conn: Connection, seq: int, digest: str) -> None:
        when = utc_now().isoformat(timespec="microseconds")
        signature = _checkpoint_signature(self.key, seq, digest, when)
        conn.execute(
            "INSERT INTO checkpoints (seq, hash, time, signature) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (seq) DO UPDATE SET hash = excluded.hash, time = excluded.time, "
            "signature = excluded.signature",
            (seq, digest, when, signature),
        )
        conn.execute(
            "DELETE FROM checkpoints WHERE seq < (SELECT seq FROM checkpoints "
            "ORDER BY seq DESC LIMIT 1 OFFSET ?)",
            (KEPT_CHECKPOINTS,),
        )

    def _write_forever(self) -> None:
        while True:
            batch = [self._queue.get()]
            while len(batch) < 256:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            try:
                self._write_batch(batch)
            finally:
                for _ in batch:
                    self._queue.task_done()

    def _write_batch(self, batch: list[AuditRecord]) -> None:
        for attempt in (1, 2):
            try:
                with self.transaction() as conn:
                    self.append_now(batch, conn)
                return
            except Exception:
                if attempt == 2:
                    metrics.AUDIT_LOST.labels("write_error").inc(len(batch))
                    log.exception("audit write failed twice: %d records lost", len(batch))
                    return
                log.warning("audit write failed; retrying once", exc_info=True)
                time.sleep(0.05)

    # -- reading and maintenance ----------------------------------------------------------

    def head(self) -> dict[str, Any] | None:
        """The newest signed checkpoint ``{seq, hash, time, signature}``: keep a copy away
        from the database (``aigc-guard audit head``), and ``verify(head=...)`` later proves
        that nothing up to it was deleted, even by someone who can rewrite the database."""
        with self.connect() as conn:
            row = conn.execute("SELECT * FROM checkpoints ORDER BY seq DESC LIMIT 1").fetchone()
        return None if row is None else dict(row)

    def verify(self, head: dict[str, Any] | None = None) -> ChainReport:
        """Walk the chain: every record links to the one before and its hash matches (keyed
        with this log's key), sequence numbers run without a gap; the signed checkpoints (and
        ``head``, a checkpoint kept elsewhere) match; nothing after the newest record was
        deleted."""
        with self.connect() as conn:
            anchor = conn.execute("SELECT seq, hash FROM anchor WHERE id = 1").fetchone()
            prev = anchor["hash"] if anchor else GENESIS
            first = int(anchor["seq"] or 0) if anchor else 0
            checked = 0
            hashes: dict[int, str] = {}
            last_seq = first
            for row in conn.execute("SELECT * FROM records ORDER BY seq"):
                seq = int(row["seq"])
                if checked and seq != last_seq + 1:
                    return ChainReport(False, checked, last_seq + 1, "records were deleted")
                values = {name: row[name] for name in RECORD_FIELDS}
                if row["prev_hash"] != prev or row["hash"] != chain_hash(prev, values, self.key):
                    return ChainReport(False, checked, seq, "record does not match")
                prev = row["hash"]
                last_seq = seq
                hashes[last_seq] = prev
                checked += 1
            points = [dict(p) for p in conn.execute("SELECT * FROM checkpoints ORDER BY seq")]
            for point in [*points, *([head] if head else [])]:
                seq = int(point["seq"])
                expected = _checkpoint_signature(self.key, seq, point["hash"], point["time"])
                if not hmac.compare_digest(expected, point["signature"]):
                    return ChainReport(False, checked, seq, "checkpoint signature is wrong")
                if seq > last_seq:
                    return ChainReport(
                        False, checked, last_seq + 1, "records after the last one were deleted"
                    )
                if seq in hashes and hashes[seq] != point["hash"]:
                    return ChainReport(False, checked, seq, "record differs from its checkpoint")
            issued = conn.execute("SELECT value FROM meta WHERE name = 'issued'").fetchone()
            if issued is not None and int(issued[0]) > last_seq:
                return ChainReport(
                    False, checked, last_seq + 1, "records after the last one were deleted"
                )
            if self.database.dialect == "sqlite":
                counter = conn.execute(
                    "SELECT seq FROM sqlite_sequence WHERE name = 'records'"
                ).fetchone()
                if counter is not None and int(counter[0]) > last_seq:
                    return ChainReport(
                        False, checked, last_seq + 1, "records after the last one were deleted"
                    )
        return ChainReport(True, checked)

    def export(
        self, since: str | None = None, until: str | None = None, user_key: str | None = None
    ) -> Iterator[dict[str, Any]]:
        query = "SELECT * FROM records WHERE 1=1"
        params: list[str] = []
        if since:
            query += " AND time >= ?"
            params.append(since)
        if until:
            query += " AND time < ?"
            params.append(until)
        if user_key is not None:
            query += " AND user_key = ?"
            params.append(user_key)
        with self.connect() as conn:
            for row in conn.execute(query + " ORDER BY seq", params):
                yield decode_row(row)

    def evidence_of(self, seq: int) -> str | None:
        with self.connect() as conn:
            row = conn.execute(
                "SELECT text FROM evidence WHERE seq = ? AND expires > ?",
                (seq, utc_now().isoformat()),
            ).fetchone()
        return None if row is None else str(row["text"])

    def forget(self, user_key: str) -> int:
        """Delete a user's evidence (the records stay, as the law requires); audited."""
        with self.transaction() as conn:
            deleted = conn.execute("DELETE FROM evidence WHERE user_key = ?", (user_key,)).rowcount
            conn.execute("DELETE FROM excerpts WHERE user_key = ?", (user_key,))
            self.append_now(
                [
                    AuditRecord(
                        kind="forget", user_key=user_key, detail={"evidence_deleted": deleted}
                    )
                ],
                conn,
            )
        return int(deleted)

    def prune(self, before: dt.datetime) -> int:
        """Delete records older than ``before``; the chain re-anchors on the last one deleted."""
        cutoff = before.isoformat(timespec="microseconds")
        with self.transaction() as conn:
            last = conn.execute(
                "SELECT seq, hash FROM records WHERE time < ? ORDER BY seq DESC LIMIT 1", (cutoff,)
            ).fetchone()
            if last is None:
                return 0
            conn.execute(
                "INSERT INTO anchor (id, seq, hash) VALUES (1, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
                (last["seq"], last["hash"]),
            )
            for table in ("evidence", "excerpts", "reviews"):
                conn.execute(f"DELETE FROM {table} WHERE seq <= ?", (last["seq"],))
            deleted = conn.execute("DELETE FROM records WHERE seq <= ?", (last["seq"],)).rowcount
            self.append_now(
                [AuditRecord(kind="prune", detail={"before": cutoff, "deleted": deleted})], conn
            )
        return int(deleted)

    def expire_evidence(self) -> int:
        """Delete evidence (and excerpts) past their expiry; the evidence rows deleted."""
        now = utc_now().isoformat()
        with self.transaction() as conn:
            conn.execute("DELETE FROM excerpts WHERE expires <= ?", (now,))
            return int(conn.execute("DELETE FROM evidence WHERE expires <= ?", (now,)).rowcount)


_OPEN: dict[str, AuditLog] = {}
_OPEN_LOCK = threading.Lock()


def flush_open_logs(timeout: float) -> None:
    """Write out what every log of this process still holds (at shutdown: a record queued
    when the process stops would be lost); a log that cannot finish in time is named."""
    with _OPEN_LOCK:
        logs = list(_OPEN.values())
    deadline = time.monotonic() + timeout
    for found in logs:
        if not found.flush(max(0.0, deadline - time.monotonic())):
            log.error(
                "audit log %s: %d records not written at shutdown",
                found.database.name,
                found._queue.unfinished_tasks,
            )


def open_audit_log(target: str | Path, key: bytes | None = None) -> AuditLog:
    """The process's one ``AuditLog`` for a database URL or SQLite file."""
    name = str(target)
    with _OPEN_LOCK:
        found = _OPEN.get(name)
        if found is None:
            found = _OPEN[name] = AuditLog(target, key)
        return found
