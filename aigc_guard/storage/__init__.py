"""Where the audit log and what lives beside it are stored: one SQLite file (the embedded
default, for one machine) or a PostgreSQL database shared by many replicas.

``open_database(target)`` takes ``sqlite:///relative.db``, ``sqlite:////absolute.db``, a
plain path, or ``postgresql://user@host:port/db`` (the password comes from the environment:
``PGPASSWORD`` or a libpq password file, never from the policy file). Every database has the
same tables, created and upgraded by numbered migrations when it is opened.
"""

from __future__ import annotations

from pathlib import Path

from .base import DATABASE_ERRORS, Connection, Cursor, Database, StoredRow
from .urls import describe_target, is_postgres

__all__ = [
    "DATABASE_ERRORS",
    "Connection",
    "Cursor",
    "Database",
    "StoredRow",
    "describe_target",
    "open_database",
]


def open_database(target: str | Path, *, create: bool = True, base: Path | None = None) -> Database:
    """The database a URL or path names, migrated to the current schema.

    ``base`` resolves relative SQLite paths (the policy's folder); ``create=False`` refuses a
    missing SQLite file (``FileNotFoundError``) instead of making an empty one.
    """
    text = str(target)
    if is_postgres(text):
        from .postgres import PostgresDatabase

        return PostgresDatabase(text)
    from .sqlite import SQLiteDatabase
    from .urls import sqlite_path

    return SQLiteDatabase(sqlite_path(text, base), create=create)
