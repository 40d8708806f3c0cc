"""PostgreSQL, for many replicas: a psycopg 3 connection pool per process, and one
transaction-scoped advisory lock that serialises every write (appends to the hash chain
above all) across all of them, as SQLite's file lock does on one machine."""

from __future__ import annotations

import contextlib
import functools
import logging
import weakref
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..errors import MissingDependency
from .base import Connection, Cursor, Database
from .migrations import META, MIGRATIONS
from .urls import describe_target, password_in

__all__ = ["PostgresDatabase", "close_all"]

log = logging.getLogger("aigc_guard.storage")
WRITE_LOCK = 0x61696763  # "aigc": the advisory lock every write transaction holds
POOL_SIZE = 8
WAIT_SECONDS = 10.0  # for the pool's first connection, and for a free one on each request


class PgRow:
    """A row by column name or position, like ``sqlite3.Row``."""

    __slots__ = ("_index", "_values")

    def __init__(self, values: Sequence[Any], index: dict[str, int]) -> None:
        self._values = values
        self._index = index

    def __getitem__(self, key: int | str) -> Any:
        return self._values[self._index[key] if isinstance(key, str) else key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def keys(self) -> list[str]:
        return list(self._index)


def _row_factory(cursor: Any) -> Any:
    names = [column.name for column in cursor.description or ()]
    index = {name: i for i, name in enumerate(names)}
    return lambda values: PgRow(values, index)


@functools.lru_cache(maxsize=512)
def _placeholders(sql: str) -> str:
    """``?`` placeholders as psycopg's ``%s`` (a literal ``%`` doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


class _PgConnection:
    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Cursor:
        if parameters:
            return self._conn.execute(_placeholders(sql), list(parameters))  # type: ignore[no-any-return]
        return self._conn.execute(sql)  # type: ignore[no-any-return]

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> None:
        """One round trip for many rows (psycopg pipelines them)."""
        with self._conn.cursor() as cursor:
            cursor.executemany(_placeholders(sql), [list(p) for p in parameters])


_OPEN: weakref.WeakSet[PostgresDatabase] = weakref.WeakSet()


def close_all() -> None:
    """Close every pool this process opened (before the server goes away: a pool whose
    connections break keeps trying to reconnect)."""
    for database in list(_OPEN):
        database.close()


class PostgresDatabase(Database):
    dialect = "postgresql"

    def __init__(
        self, url: str, *, pool_size: int = POOL_SIZE, timeout: float | None = None
    ) -> None:
        if password_in(url):
            raise ValueError(
                f"the database URL {describe_target(url)} holds a password: put it in the "
                "environment (PGPASSWORD) or a libpq password file instead"
            )
        try:
            from psycopg_pool import ConnectionPool
        except ImportError as exc:
            raise MissingDependency(
                "a postgresql:// audit database needs psycopg: pip install 'aigc-guard[postgres]'"
            ) from exc
        self.name = describe_target(url)
        timeout = WAIT_SECONDS if timeout is None else timeout
        self.pool = ConnectionPool(
            url,
            min_size=1,
            max_size=pool_size,
            kwargs={"autocommit": True, "row_factory": _row_factory},
            timeout=timeout,
            name="aigc-guard",
            open=False,
        )
        try:
            self.pool.open(wait=True, timeout=timeout)
        except Exception as exc:
            self.pool.close()
            raise ConnectionError(f"cannot reach the audit database {self.name}: {exc}") from exc
        self._migrate()
        _OPEN.add(self)

    @contextlib.contextmanager
    def connect(self) -> Iterator[Connection]:
        with self.pool.connection() as conn:
            yield _PgConnection(conn)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        with self.pool.connection() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            yield _PgConnection(conn)

    def schema_version(self) -> int:
        with self.connect() as conn:
            row = conn.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
        return int(row[0]) if row else 0

    def close(self) -> None:
        self.pool.close()

    def _migrate(self) -> None:
        with self.transaction() as conn:
            conn.execute(META)
            row = conn.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
            current = int(row[0]) if row else 0
            for version, sql in MIGRATIONS[self.dialect]:
                if version <= current:
                    continue
                conn.execute(sql)
                conn.execute(
                    "INSERT INTO meta (name, value) VALUES ('schema', ?) "
                    "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                    (str(version),),
                )
                log.info("audit database %s: schema migrated to %d", self.name, version)

    def json_items(self, column: str, alias: str) -> str:
        return f"json_array_elements_text({column}::json) AS {alias}(value)"

    def json_field_is(self, column: str, field: str) -> str:
        return (
            f"EXISTS (SELECT 1 FROM json_array_elements({column}::json) AS f(value) "
            f"WHERE f.value ->> '{field}' = ?)"
        )
