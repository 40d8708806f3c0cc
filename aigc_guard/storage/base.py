"""What every database offers the audit log and its neighbours: connections, a serialised
write transaction, and the few SQL fragments that differ between engines."""

from __future__ import annotations

import contextlib
import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, ClassVar, Protocol

__all__ = ["DATABASE_ERRORS", "Connection", "Cursor", "Database", "StoredRow"]


class StoredRow(Protocol):
    """A row read back: by column name or position, and ``dict(row)``."""

    def __getitem__(self, key: int | str, /) -> Any: ...

    def keys(self) -> list[str]: ...


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """SQL with ``?`` placeholders, whatever the engine."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Any: ...


def _database_errors() -> tuple[type[Exception], ...]:
    errors: list[type[Exception]] = [sqlite3.Error]
    try:
        import psycopg
        import psycopg_pool
    except ImportError:
        return tuple(errors)
    return (*errors, psycopg.Error, psycopg_pool.PoolTimeout)


DATABASE_ERRORS = _database_errors()
"""The exceptions a failing database raises (for handlers that answer 503)."""


class Database(ABC):
    """One audit database. ``transaction()`` holds the database's one write lock from its
    start, so appends to the hash chain are serialised across every process using it."""

    dialect: ClassVar[str]
    name: str  # for messages: a path, or a URL without its password

    @abstractmethod
    def connect(self) -> contextlib.AbstractContextManager[Connection]:
        """A connection for reads (each statement commits on its own)."""

    @abstractmethod
    def transaction(self) -> contextlib.AbstractContextManager[Connection]:
        """A write transaction, committed on success and rolled back on an exception."""

    @abstractmethod
    def schema_version(self) -> int: ...

    def close(self) -> None:  # noqa: B027 (SQLite holds nothing open)
        """Release connections (a pool's); the object is unusable afterwards."""

    # SQL fragments that differ between engines; JSON columns hold text in both.

    def json_items(self, column: str, alias: str) -> str:
        """A FROM item with one row per element of a JSON array column (``alias.value``)."""
        return f"json_each({column}) {alias}"

    def json_field_is(self, column: str, field: str) -> str:
        """A condition: some object in the JSON array ``column`` has ``field`` = ``?``."""
        return (
            f"EXISTS (SELECT 1 FROM json_each({column}) WHERE json_extract(value, '$.{field}') = ?)"
        )
