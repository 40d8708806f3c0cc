"""The embedded default: one SQLite file in WAL mode, safe for several processes on one
machine (``BEGIN IMMEDIATE`` takes the file's write lock)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from .base import Connection, Database
from .migrations import META, MIGRATIONS

__all__ = ["SQLiteDatabase"]


class SQLiteDatabase(Database):
    dialect = "sqlite"

    def __init__(self, path: Path, *, create: bool = True) -> None:
        if not create and not path.is_file():
            raise FileNotFoundError(f"no audit database at {path}")
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.name = str(path)
        self._local = threading.local()  # one connection per thread, kept open
        self._migrate()

    @contextlib.contextmanager
    def _open(self) -> Iterator[sqlite3.Connection]:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None and self._local.pid != os.getpid():
            conn = None  # a forked child never uses its parent's connection
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.row_factory = sqlite3.Row
            self._local.conn, self._local.pid = conn, os.getpid()
        try:
            yield conn
        except sqlite3.Error:
            self._local.conn = None  # a connection in trouble is not handed out again
            conn.close()
            raise

    @contextlib.contextmanager
    def connect(self) -> Iterator[Connection]:
        with self._open() as conn:
            yield conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        with self._open() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def schema_version(self) -> int:
        with self._open() as conn:
            row = conn.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        # A script commits whatever is open, so each migration is its own script, written to
        # be harmless when two processes race to apply it.
        with self._open() as conn:
            conn.execute(META)
            for version, sql in MIGRATIONS[self.dialect]:
                row = conn.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
                if row is not None and int(row[0]) >= version:
                    continue
                conn.executescript(
                    f"BEGIN IMMEDIATE;\n{sql}\n"
                    f"INSERT INTO meta (name, value) VALUES ('schema', '{version}') "
                    "ON CONFLICT(name) DO UPDATE SET value = "
                    "CAST(MAX(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER)) AS TEXT);\n"
                    "COMMIT;"
                )
