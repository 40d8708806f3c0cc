"""Moving an audit database to another engine (``aigc-guard audit copy``): every table row
for row, sequence numbers and hashes unchanged, so the chain verifies with the same key."""

from __future__ import annotations

from .base import Database

__all__ = ["TABLES", "copy_database"]

# In an order that keeps every reference valid; meta's schema version stays the target's own.
TABLES = (
    "records",
    "anchor",
    "checkpoints",
    "evidence",
    "excerpts",
    "reviews",
    "complaints",
    "user_state",
    "incidents",
    "minor_usage",
    "meta",
)


def copy_database(source: Database, target: Database) -> dict[str, int]:
    """Copy everything from ``source`` into an empty ``target`` in one transaction; rows
    copied per table. Refuses (``ValueError``) a target that already holds records."""
    counts: dict[str, int] = {}
    with target.transaction() as out, source.connect() as src:
        if out.execute("SELECT COUNT(*) FROM records").fetchone()[0]:
            raise ValueError(f"{target.name} already holds audit records: copy into an empty one")
        for table in TABLES:
            counts[table] = 0
            for row in src.execute(f"SELECT * FROM {table}"):
                if table == "meta" and row["name"] == "schema":
                    continue
                names = list(row.keys())
                values = [row[n] for n in names]
                conflict = (
                    " ON CONFLICT (name) DO UPDATE SET value = excluded.value"
                    if table == "meta"
                    else ""
                )
                out.execute(
                    f"INSERT INTO {table} ({', '.join(names)}) "
                    f"VALUES ({', '.join('?' * len(names))}){conflict}",
                    values,
                )
                counts[table] += 1
    return counts
