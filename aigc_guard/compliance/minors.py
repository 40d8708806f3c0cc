"""Minor mode (Interim Measures Art. 10, against minors' over-reliance): quiet hours and a
daily budget of requests and active minutes per user, in local time.

Counted where user measures are: in Redis when the policy sets ``state.redis_url`` (one
atomic script per request), else in the audit database (one write transaction). A Redis
failure lets the request through and is counted
(``aigc_guard_shared_state_errors_total{counter="minors"}``); quiet hours need no store.
Requests without a user key can only be held to quiet hours.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from ..shared_state import SharedState, reply_text
from .audit import AuditLog, utc_now
from .config import MinorsConfig

__all__ = ["MinorLimits", "is_minor"]

_TRUE = frozenset({"1", "true", "yes", "on"})

_BUDGET = """
local requests = tonumber(redis.call('GET', KEYS[1]) or '0')
if requests >= tonumber(ARGV[1]) then return 'requests' end
local seen = redis.call('SISMEMBER', KEYS[2], ARGV[3])
if seen == 0 and redis.call('SCARD', KEYS[2]) >= tonumber(ARGV[2]) then return 'minutes' end
redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], 172800)
redis.call('SADD', KEYS[2], ARGV[3])
redis.call('EXPIRE', KEYS[2], 172800)
return ''
"""
UNLIMITED = 10**9


def is_minor(config: MinorsConfig, tenant: str, headers: Mapping[str, str]) -> bool:
    """Whether a request is a minor's: by tenant, or by the configured header."""
    if not config.enabled:
        return False
    if tenant in config.tenants:
        return True
    value = headers.get(config.header.lower(), "") if config.header else ""
    return value.strip().lower() in _TRUE


class MinorLimits:
    def __init__(
        self, log: AuditLog | None, config: MinorsConfig, shared: SharedState | None = None
    ) -> None:
        self.log = log
        self.config = config
        self.shared = shared
        self._budget = shared.client.register_script(_BUDGET) if shared is not None else None

    def admit(self, user_key: str, now: dt.datetime | None = None) -> tuple[str, str] | None:
        """``(code, message)`` when a minor's request is refused now; None when it may go on
        (and then it is counted)."""
        local = (now or utc_now()) + dt.timedelta(hours=self.config.utc_offset_hours)
        if self._quiet(local.time()):
            return "minor_quiet_hours", self.config.quiet_message
        if not user_key or (
            self.config.daily_requests is None and self.config.daily_minutes is None
        ):
            return None
        spent = self._count_shared(user_key, local) if self.shared else self._count(user_key, local)
        return None if spent is None else ("minor_daily_limit", self.config.limit_message)

    def _quiet(self, moment: dt.time) -> bool:
        if self.config.quiet_hours is None:
            return False
        start, end = (dt.time.fromisoformat(p) for p in self.config.quiet_hours.split("-"))
        if start <= end:
            return start <= moment < end
        return moment >= start or moment < end  # across midnight

    def _limits(self) -> tuple[int, int]:
        return (
            self.config.daily_requests or UNLIMITED,
            self.config.daily_minutes or UNLIMITED,
        )

    def _count_shared(self, user_key: str, local: dt.datetime) -> str | None:
        """What is spent ('requests', 'minutes') or None, counting this request."""
        assert self.shared is not None and self._budget is not None
        day = local.date().isoformat()
        keys = [self.shared.key("minor", name, user_key, day) for name in ("requests", "minutes")]
        requests, minutes = self._limits()
        try:
            found = self._budget(keys=keys, args=[requests, minutes, local.strftime("%H:%M")])
        except self.shared.errors:
            self.shared.failed("minors")
            return None
        return reply_text(found) or None

    def _count(self, user_key: str, local: dt.datetime) -> str | None:
        if self.log is None:
            return None
        day, minute = local.date().isoformat(), local.strftime("%H:%M")
        requests_limit, minutes_limit = self._limits()
        with self.log.transaction() as conn:
            row = conn.execute(
                "SELECT requests, minutes, last_minute FROM minor_usage "
                "WHERE user_key = ? AND day = ?",
                (user_key, day),
            ).fetchone()
            requests = int(row["requests"]) if row else 0
            minutes = int(row["minutes"]) if row else 0
            new_minute = row is None or row["last_minute"] != minute
            if requests >= requests_limit:
                return "requests"
            if new_minute and minutes >= minutes_limit:
                return "minutes"
            conn.execute(
                "INSERT INTO minor_usage (user_key, day, requests, minutes, last_minute) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_key, day) DO UPDATE SET "
                "requests = excluded.requests, minutes = excluded.minutes, "
                "last_minute = excluded.last_minute",
                (user_key, day, requests + 1, minutes + int(new_minute), minute),
            )
        return None
