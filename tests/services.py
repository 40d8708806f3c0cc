"""Real PostgreSQL and Redis servers for the tests, started in a temporary folder on
127.0.0.1 and stopped at the end. Where a server's programs are missing, tests that need it
are skipped with the reason, unless ``AIGC_GUARD_REQUIRE_SERVICES=1`` (as ``.ci/run`` sets):
then the missing server is a failure."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from servers import free_port

__all__ = ["PostgresServer", "RedisServer", "need"]


def need(what: str, why: str) -> None:
    """Skip (or, when services are required, fail) for a missing server."""
    message = f"{what} is not available here: {why}"
    if os.environ.get("AIGC_GUARD_REQUIRE_SERVICES") == "1":
        pytest.fail(message + " (AIGC_GUARD_REQUIRE_SERVICES=1)")
    pytest.skip(message)


def _postgres_bin() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(versions[-1]).parent if versions else None


class PostgresServer:
    """A throwaway cluster; ``database()`` makes a fresh, empty database and gives its URL."""

    def __init__(self, root: Path, *, durable: bool = False) -> None:
        bin_dir = _postgres_bin()
        if bin_dir is None:
            raise FileNotFoundError("PostgreSQL's pg_ctl (Debian package postgresql)")
        self.bin = bin_dir
        self.root = root
        self.data = root / "data"
        self.port = free_port()
        self.as_user: list[str] = []
        if os.geteuid() == 0:  # the server refuses to run as root
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError as exc:
                raise FileNotFoundError("a 'postgres' user to run the server as") from exc
            os.chown(root, owner.pw_uid, owner.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            "aigc",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        # Tests skip fsync for speed; benchmarks ask for a durable server, as deployed.
        options = (
            f"-p {self.port} -k {root} -c listen_addresses=127.0.0.1 -c max_connections=300"
            + ("" if durable else " -c fsync=off")
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(root / "log"),
            "-w",
            "-t",
            "60",
            "start",
        )
        self.url = f"postgresql://aigc@127.0.0.1:{self.port}"

    def _run(self, program: str, *args: str) -> None:
        subprocess.run(
            [*self.as_user, str(self.bin / program), *args],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            cwd=self.root,
        )

    def database(self) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url + "/postgres", autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return f"{self.url}/{name}"

    def stop(self) -> None:
        subprocess.run(
            [
                *self.as_user,
                str(self.bin / "pg_ctl"),
                "-D",
                str(self.data),
                "-m",
                "immediate",
                "-w",
                "stop",
            ],
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )


class RedisServer:
    def __init__(self) -> None:
        program = shutil.which("redis-server")
        if program is None:
            raise FileNotFoundError("redis-server (Debian package redis-server)")
        self.port = free_port()
        self.process = subprocess.Popen(
            [
                program,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "no",
                "--loglevel",
                "warning",
            ],
            stdout=subprocess.DEVNULL,
        )
        self.url = f"redis://127.0.0.1:{self.port}/0"
        import redis

        client = redis.Redis.from_url(self.url)
        deadline = time.monotonic() + 20
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    self.stop()
                    raise
                time.sleep(0.05)

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()


@contextmanager
def postgres_server(*, durable: bool = False) -> Iterator[PostgresServer]:
    root = Path(tempfile.mkdtemp(prefix="aigc-guard-pg-"))
    os.chmod(root, 0o755)
    try:
        server = PostgresServer(root, durable=durable)
    except (FileNotFoundError, subprocess.CalledProcessError) as exc:
        shutil.rmtree(root, ignore_errors=True)
        detail = (
            exc.stderr.decode(errors="replace")[-300:]
            if isinstance(exc, subprocess.CalledProcessError) and exc.stderr
            else str(exc)
        )
        raise RuntimeError(detail) from exc
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
