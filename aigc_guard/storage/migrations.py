"""The schema, as numbered migrations per engine. A database records the last one applied
(``meta.schema``); opening it applies the rest, under the database's write lock.

Never edit a released migration: add the next number.
"""

from __future__ import annotations

__all__ = ["LATEST", "MIGRATIONS"]

_SQLITE_V1 = """
CREATE TABLE IF NOT EXISTS records (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    time TEXT NOT NULL, kind TEXT NOT NULL, request_id TEXT, decision_id TEXT,
    policy_version TEXT, route TEXT, tenant TEXT, user_key TEXT NOT NULL DEFAULT '',
    direction TEXT, action TEXT, monitor INTEGER, categories TEXT, rule_ids TEXT,
    findings TEXT, content_sha256 TEXT, detail TEXT,
    prev_hash TEXT NOT NULL, hash TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS records_append_only BEFORE UPDATE ON records
BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
"""

_POSTGRES_V1 = """
CREATE TABLE IF NOT EXISTS records (
    seq BIGINT PRIMARY KEY,
    time TEXT NOT NULL, kind TEXT NOT NULL, request_id TEXT, decision_id TEXT,
    policy_version TEXT, route TEXT, tenant TEXT, user_key TEXT NOT NULL DEFAULT '',
    direction TEXT, action TEXT, monitor INTEGER, categories TEXT, rule_ids TEXT,
    findings TEXT, content_sha256 TEXT, detail TEXT,
    prev_hash TEXT NOT NULL, hash TEXT NOT NULL
);
CREATE OR REPLACE FUNCTION aigc_guard_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'audit records are append-only'; END $$;
DROP TRIGGER IF EXISTS records_append_only ON records;
CREATE TRIGGER records_append_only BEFORE UPDATE ON records
FOR EACH ROW EXECUTE FUNCTION aigc_guard_append_only();
"""

# Tables whose SQL is the same in both engines (BIGINT is INTEGER to SQLite).
_COMMON_V1 = """
CREATE INDEX IF NOT EXISTS records_window ON records(time, kind, action, route);
CREATE INDEX IF NOT EXISTS records_user ON records(user_key);
CREATE INDEX IF NOT EXISTS records_decision ON records(decision_id);
CREATE TABLE IF NOT EXISTS anchor (id INTEGER PRIMARY KEY CHECK (id = 1), seq BIGINT, hash TEXT);
CREATE TABLE IF NOT EXISTS evidence (
    seq BIGINT PRIMARY KEY, user_key TEXT NOT NULL, text TEXT NOT NULL, expires TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS excerpts (
    seq BIGINT PRIMARY KEY, user_key TEXT NOT NULL, segments TEXT NOT NULL, expires TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS reviews (
    seq BIGINT PRIMARY KEY, verdict TEXT NOT NULL, actor TEXT NOT NULL, note TEXT NOT NULL,
    time TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS complaints (
    ticket TEXT PRIMARY KEY, created TEXT NOT NULL, due TEXT NOT NULL, status TEXT NOT NULL,
    about TEXT NOT NULL, reason TEXT NOT NULL, user_key TEXT NOT NULL, updated TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS checkpoints (
    seq BIGINT PRIMARY KEY, hash TEXT NOT NULL, time TEXT NOT NULL, signature TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS user_state (
    user_key TEXT PRIMARY KEY, consecutive INTEGER NOT NULL, day TEXT NOT NULL,
    day_count INTEGER NOT NULL, suspended_until TEXT, limited_until TEXT,
    window_start TEXT, window_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS incidents (
    id TEXT PRIMARY KEY, time TEXT NOT NULL, decision_id TEXT NOT NULL UNIQUE,
    risk_ids TEXT NOT NULL, route TEXT NOT NULL, model TEXT NOT NULL,
    content_sha256 TEXT NOT NULL, status TEXT NOT NULL, note TEXT NOT NULL, updated TEXT NOT NULL
);
"""

# v2: the highest sequence number ever issued, kept in the same transaction as each append,
# so deleting the newest records is visible on every engine (SQLite also keeps its own).
_SQLITE_V2 = """
INSERT OR IGNORE INTO meta (name, value)
SELECT 'issued', CAST(MAX(
    COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'records'), 0),
    COALESCE((SELECT MAX(seq) FROM records), 0)
) AS TEXT);
"""
_POSTGRES_V2 = """
INSERT INTO meta (name, value)
SELECT 'issued', CAST(COALESCE((SELECT MAX(seq) FROM records), 0) AS TEXT)
ON CONFLICT (name) DO NOTHING;
"""

# v3: minors' daily usage (requests and active minutes per user and local day).
_COMMON_V3 = """
CREATE TABLE IF NOT EXISTS minor_usage (
    user_key TEXT NOT NULL, day TEXT NOT NULL, requests INTEGER NOT NULL,
    minutes INTEGER NOT NULL, last_minute TEXT NOT NULL, PRIMARY KEY (user_key, day)
);
"""

# v4: a request's records by its id (traces, the console's related records) without a scan.
_COMMON_V4 = "CREATE INDEX IF NOT EXISTS records_request ON records(request_id);"

MIGRATIONS: dict[str, list[tuple[int, str]]] = {
    "sqlite": [(1, _SQLITE_V1 + _COMMON_V1), (2, _SQLITE_V2), (3, _COMMON_V3), (4, _COMMON_V4)],
    "postgresql": [
        (1, _POSTGRES_V1 + _COMMON_V1),
        (2, _POSTGRES_V2),
        (3, _COMMON_V3),
        (4, _COMMON_V4),
    ],
}
LATEST = 4
META = "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"
