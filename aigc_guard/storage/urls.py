"""Database URLs: which engine, which file, and how to show one without its secrets."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

__all__ = ["describe_target", "is_postgres", "password_in", "sqlite_path"]

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres(target: str) -> bool:
    return target.lower().startswith(POSTGRES_SCHEMES)


def sqlite_path(target: str, base: Path | None = None) -> Path:
    """The file of ``sqlite:///relative``, ``sqlite:////absolute`` or a plain path."""
    if target.lower().startswith("sqlite:"):
        rest = target[len("sqlite:") :]
        if not rest.startswith("///"):
            raise ValueError(f"a SQLite URL is sqlite:///relative/file or sqlite:////abs: {target}")
        target = rest[3:]
    path = Path(target).expanduser()
    if not path.is_absolute() and base is not None:
        path = base / path
    return path


def password_in(target: str) -> bool:
    """Whether a server URL carries a password (which belongs in the environment)."""
    if "://" not in target:
        return False
    parts = urlsplit(target)
    return parts.password is not None or "password=" in parts.query.lower()


def describe_target(target: str) -> str:
    """The URL with any password masked, for logs and messages."""
    if "://" not in target:
        return target
    parts = urlsplit(target)
    if parts.password is None:
        return target
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    netloc = f"{parts.username or ''}:***@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
