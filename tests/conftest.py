from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
# cn_public policies key their audit chain; tests that need no key remove it themselves.
os.environ.setdefault("AIGC_GUARD_AUDIT_KEY", "test-audit-key")

from fake_upstream import STATE, fake_app
from servers import LiveServer
from shipped import SHIPPED_POLICIES

from aigc_guard.policy.loader import load_policy
from aigc_guard.server import create_proxy_app

TESTS = Path(__file__).parent
REPO = TESTS.parent
TEST_POLICY = TESTS / "policies" / "test.yaml"


@pytest.fixture(scope="session")
def test_policy():  # type: ignore[no-untyped-def]
    return load_policy(TEST_POLICY)


@pytest.fixture(scope="session")
def policies() -> dict[str, object]:
    """The shipped policies by name, loaded once for the session."""
    return {name: load_policy(path) for name, path in SHIPPED_POLICIES.items()}


@pytest.fixture(scope="session")
def upstream() -> Iterator[LiveServer]:
    with LiveServer(fake_app()) as server:
        yield server


@pytest.fixture(scope="session")
def proxy(upstream: LiveServer) -> Iterator[LiveServer]:
    with LiveServer(create_proxy_app(upstream.url, TEST_POLICY)) as server:
        yield server


@pytest.fixture()
def fake_state():  # type: ignore[no-untyped-def]
    return STATE


@pytest.fixture(scope="session")
def postgres():  # type: ignore[no-untyped-def]
    """A PostgreSQL server of the session's own (skipped, or failed under CI, without one)."""
    from services import need, postgres_server

    try:
        import psycopg  # noqa: F401
    except ImportError:
        need("PostgreSQL", "psycopg is not installed (pip install -e '.[test]')")
    try:
        with postgres_server() as server:
            yield server
            from aigc_guard.storage.postgres import close_all

            close_all()  # before the server stops: broken pools would keep reconnecting
    except RuntimeError as exc:
        need("PostgreSQL", str(exc))


@pytest.fixture(scope="session")
def redis_server():  # type: ignore[no-untyped-def]
    """A Redis server of the session's own (skipped, or failed under CI, without one)."""
    from services import RedisServer, need

    try:
        server = RedisServer()
    except (FileNotFoundError, ImportError) as exc:
        need("Redis", str(exc))
    yield server
    server.stop()
