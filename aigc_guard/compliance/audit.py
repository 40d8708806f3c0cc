"""Audit records: an append-only SQLite log (WAL), each record chained to the previous one's
hash, written by a background thread so requests never wait for the disk.

Several worker processes append to one file safely: each append runs in a ``BEGIN
IMMEDIATE`` transaction that reads the chain's last hash and inserts the next record.

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
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import metrics

__all__ = [
    "GENESIS",
    "AuditKeyError",
    "AuditLog",
    "AuditRecord",
    "ChainReport",
    "decode_row",
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
SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    time TEXT NOT NULL, kind TEXT NOT NULL, request_id TEXT, decision_id TEXT,
    policy_version TEXT, route TEXT, tenant TEXT, user_key TEXT NOT NULL DEFAULT '',
    direction TEXT, action TEXT, monitor INTEGER, categories TEXT, rule_ids TEXT,
    findings TEXT, content_sha256 TEXT, detail TEXT,
    prev_hash TEXT NOT NULL, hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS records_window ON records(time, kind, action, route);
CREATE INDEX IF NOT EXISTS records_user ON records(user_key);
CREATE INDEX IF NOT EXISTS records_decision ON records(decision_id);
CREATE TRIGGER IF NOT EXISTS records_append_only BEFORE UPDATE ON records
BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
CREATE TABLE IF NOT EXISTS anchor (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER, hash TEXT);
CREATE TABLE IF NOT EXISTS evidence (
    seq INTEGER PRIMARY KEY, user_key TEXT NOT NULL, text TEXT NOT NULL, expires TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS excerpts (
    seq INTEGER PRIMARY KEY, user_key TEXT NOT NULL, segments TEXT NOT NULL, expires TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS reviews (
    seq INTEGER PRIMARY KEY, verdict TEXT NOT NULL, actor TEXT NOT NULL, note TEXT NOT NULL,
    time TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS complaints (
    ticket TEXT PRIMARY KEY, created TEXT NOT NULL, due TEXT NOT NULL, status TEXT NOT NULL,
    about TEXT NOT NULL, reason TEXT NOT NULL, user_key TEXT NOT NULL, updated TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS checkpoints (
    seq INTEGER PRIMARY KEY, hash TEXT NOT NULL, time TEXT NOT NULL, signature TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS user_state (
    user_key TEXT PRIMARY KEY, consecutive INTEGER NOT NULL, day TEXT NOT NULL,
    day_count INTEGER NOT NULL, suspended_until TEXT, limited_until TEXT,
    window_start TEXT, window_count INTEGER NOT NULL DEFAULT 0
);
"""


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


def decode_row(row: sqlite3.Row) -> dict[str, Any]:
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
    """One audit database. ``append`` queues; a writer thread commits in batches.

    ``key`` keys the chain of a new database (HMAC-SHA256); a database made with a key
    can only be appended to and verified with it. ``create=False`` refuses a missing file
    (``FileNotFoundError``) instead of making an empty, "intact" one.
    """

    def __init__(self, path: Path, key: bytes | None = None, *, create: bool = True) -> None:
        self.path = path
        if not create and not path.is_file():
            raise FileNotFoundError(f"no audit database at {path}")
        path.parent.mkdir(parents=True, exist_ok=True)
        with self.connect() as conn:
            conn.executescript(SCHEMA)
            conn.execute(
                "INSERT OR IGNORE INTO meta (name, value) VALUES ('chain', ?)",
                ("hmac-sha256" if key else "sha256",),
            )
            scheme = conn.execute("SELECT value FROM meta WHERE name = 'chain'").fetchone()[0]
        self.keyed = scheme == "hmac-sha256"
        if self.keyed and not key:
            raise AuditKeyError(
                f"the audit chain in {path} is keyed: set the audit key (AIGC_GUARD_AUDIT_KEY)"
            )
        self.key = key if self.keyed else None
        self._queue: queue.Queue[AuditRecord] = queue.Queue(MAX_QUEUED)
        self._writer = threading.Thread(target=self._write_forever, daemon=True, name="audit")
        self._writer.start()

    @contextlib.contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.row_factory = sqlite3.Row
            yield conn
        finally:
            conn.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that holds the database's write lock from its start."""
        with self.connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def append(self, record: AuditRecord) -> None:
        """Queue a record; if the queue is full the record is counted as lost, never waited
        for (a stalled disk must not stall every request)."""
        try:
            self._queue.put_nowait(record)
        except queue.Full:
            metrics.AUDIT_LOST.labels("queue_full").inc()
            log.error("audit queue full (%d records): a record was lost", MAX_QUEUED)

    def flush(self) -> None:
        """Wait until every queued record is on disk (or counted as lost)."""
        self._queue.join()

    def append_now(self, records: list[AuditRecord], conn: sqlite3.Connection) -> list[int]:
        """Chain and insert records inside an open write transaction; their sequence numbers."""
        last = conn.execute("SELECT hash FROM records ORDER BY seq DESC LIMIT 1").fetchone()
        if last is None:
            anchor = conn.execute("SELECT hash FROM anchor WHERE id = 1").fetchone()
            prev = anchor["hash"] if anchor else GENESIS
        else:
            prev = last["hash"]
        seqs = []
        for record in records:
            row = record.row()
            digest = chain_hash(prev, row, self.key)
            cursor = conn.execute(
                f"INSERT INTO records ({', '.join(RECORD_FIELDS)}, prev_hash, hash) "
                f"VALUES ({', '.join('?' * len(RECORD_FIELDS))}, ?, ?)",
                [*(row[name] for name in RECORD_FIELDS), prev, digest],
            )
            seq = int(cursor.lastrowid or 0)
            seqs.append(seq)
            expires = (utc_now() + dt.timedelta(days=record.evidence_days)).isoformat()
            if record.evidence is not None:
                conn.execute(
                    "INSERT INTO evidence (seq, user_key, text, expires) VALUES (?, ?, ?, ?)",
                    (seq, record.user_key, record.evidence, expires),
                )
            if record.excerpt is not None:
                conn.execute(
                    "INSERT INTO excerpts (seq, user_key, segments, expires) VALUES (?, ?, ?, ?)",
                    (seq, record.user_key, record.excerpt, expires),
                )
            prev = digest
        if seqs:
            self._checkpoint(conn, seqs[-1], prev)
        return seqs

    def _checkpoint(self, conn: sqlite3.Connection, seq: int, digest: str) -> None:
        when = utc_now().isoformat(timespec="microseconds")
        signature = _checkpoint_signature(self.key, seq, digest, when)
        conn.execute(
            "INSERT OR REPLACE INTO checkpoints (seq, hash, time, signature) VALUES (?, ?, ?, ?)",
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
        with this log's key); the signed checkpoints (and ``head``, a checkpoint kept
        elsewhere) match; nothing after the newest record was deleted."""
        with self.connect() as conn:
            anchor = conn.execute("SELECT seq, hash FROM anchor WHERE id = 1").fetchone()
            prev = anchor["hash"] if anchor else GENESIS
            checked = 0
            hashes: dict[int, str] = {}
            last_seq = int(anchor["seq"]) if anchor else 0
            for row in conn.execute("SELECT * FROM records ORDER BY seq"):
                values = {name: row[name] for name in RECORD_FIELDS}
                if row["prev_hash"] != prev or row["hash"] != chain_hash(prev, values, self.key):
                    return ChainReport(False, checked, int(row["seq"]), "record does not match")
                prev = row["hash"]
                last_seq = int(row["seq"])
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
            issued = conn.execute(
                "SELECT seq FROM sqlite_sequence WHERE name = 'records'"
            ).fetchone()
            if issued is not None and int(issued["seq"]) > last_seq:
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


_OPEN: dict[Path, AuditLog] = {}
_OPEN_LOCK = threading.Lock()


def open_audit_log(path: Path, key: bytes | None = None) -> AuditLog:
    """The process's one ``AuditLog`` for a database file."""
    with _OPEN_LOCK:
        found = _OPEN.get(path)
        if found is None:
            found = _OPEN[path] = AuditLog(path, key)
        return found
