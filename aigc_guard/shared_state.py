"""Counters that replicas share through Redis: user-measure ladders, rate limits and
sign-in throttles. Each operation is one Lua script, so it is atomic across replicas.

The outage rule: when Redis fails or times out, each operation falls back and the fallback
is counted in ``aigc_guard_shared_state_errors_total{counter}``. Rate limits and sign-in
throttles fall back to the replica's own in-process counters; user measures fail open (the
violation is not counted), while a suspension already recorded in the audit database still
holds.
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from collections.abc import Callable
from typing import Any

from . import metrics
from .errors import MissingDependency
from .policy.schema import StateConfig
from .throttle import FailureThrottle, RateLimit

__all__ = [
    "SharedFailureThrottle",
    "SharedRateLimit",
    "SharedState",
    "reply_text",
    "shared_state_for",
]

log = logging.getLogger("aigc_guard.state")

_TAKE = """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[3]) - 60)
local minute = redis.call('ZCARD', KEYS[1])
local day = tonumber(redis.call('GET', KEYS[2]) or '0')
if minute >= tonumber(ARGV[1]) or day >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[4])
redis.call('EXPIRE', KEYS[1], 61)
redis.call('INCR', KEYS[2])
redis.call('EXPIRE', KEYS[2], 172800)
return 1
"""

_FAILED = """
local now, window = tonumber(ARGV[1]), tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
redis.call('ZADD', KEYS[1], now, ARGV[6])
redis.call('EXPIRE', KEYS[1], math.ceil(window) + 1)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  local strikes = redis.call('INCR', KEYS[2])
  redis.call('EXPIRE', KEYS[2], 86400)
  local lock = math.min(tonumber(ARGV[5]), tonumber(ARGV[4]) * 2 ^ (strikes - 1))
  redis.call('SET', KEYS[3], '1', 'PX', math.max(1, math.floor(lock * 1000)))
  redis.call('DEL', KEYS[1])
end
return 1
"""

# The measure ladder: KEYS consecutive, day count; ARGV violation, warn, limit, suspend in a
# row, suspend a day. Returns {in a row, today, measure} (measure '' when none).
_LADDER = """
if ARGV[1] == '0' then
  if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('SET', KEYS[1], 0, 'KEEPTTL') end
  return {0, 0, ''}
end
local row = redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], 2592000)
local day = redis.call('INCR', KEYS[2])
redis.call('EXPIRE', KEYS[2], 172800)
local measure = ''
if row >= tonumber(ARGV[4]) or day >= tonumber(ARGV[5]) then
  measure = 'suspend'
  redis.call('SET', KEYS[1], 0, 'KEEPTTL')
elseif row >= tonumber(ARGV[3]) then
  measure = 'limit'
elseif row >= tonumber(ARGV[2]) then
  measure = 'warn'
end
return {row, day, measure}
"""


def reply_text(value: Any) -> str:
    """A Redis reply as text ('' for none)."""
    if value is None:
        return ""
    return value.decode() if isinstance(value, bytes) else str(value)


class SharedState:
    """A Redis client with the policy's key prefix and short timeouts."""

    def __init__(self, config: StateConfig, clock: Callable[[], float] = time.time) -> None:
        try:
            import redis
        except ImportError as exc:
            raise MissingDependency(
                "state.redis_url needs the redis client: pip install 'aigc-guard[redis]'"
            ) from exc
        assert config.redis_url is not None
        self.config = config
        self.clock = clock
        self.errors: tuple[type[Exception], ...] = (redis.RedisError, OSError)
        self.client = redis.Redis.from_url(
            config.redis_url,
            password=os.environ.get(config.password_env) or None,
            socket_timeout=config.timeout_s,
            socket_connect_timeout=config.timeout_s,
            health_check_interval=30,
        )
        self._take = self.client.register_script(_TAKE)
        self._failed = self.client.register_script(_FAILED)
        self.ladder = self.client.register_script(_LADDER)

    def key(self, *parts: str) -> str:
        return self.config.prefix + ":".join(parts)

    def failed(self, counter: str) -> None:
        metrics.child(metrics.SHARED_STATE_ERRORS, counter).inc()
        log.warning("shared state (Redis) failed for %s; falling back", counter, exc_info=True)

    def take(self, name: str, key: str, per_minute: int, per_day: int) -> bool:
        now = self.clock()
        day = str(int(now // 86400))
        keys = [self.key("rate", name, key, "minute"), self.key("rate", name, key, day)]
        member = f"{now:.6f}:{uuid.uuid4().hex[:8]}"
        return bool(self._take(keys=keys, args=[per_minute, per_day, f"{now:.6f}", member]))

    def fail(self, name: str, key: str, throttle: FailureThrottle) -> None:
        keys = [self.key(name, key, part) for part in ("recent", "strikes", "lock")]
        now = self.clock()
        args: list[Any] = [f"{now:.6f}", throttle.window, throttle.limit, throttle.base]
        self._failed(keys=keys, args=[*args, throttle.maximum, uuid.uuid4().hex])

    def lock_left(self, name: str, key: str) -> float:
        left = int(self.client.pttl(self.key(name, key, "lock")))
        return max(0.0, left / 1000)

    def clear(self, name: str, key: str) -> None:
        self.client.delete(*(self.key(name, key, part) for part in ("recent", "strikes", "lock")))


class SharedRateLimit(RateLimit):
    """A :class:`RateLimit` counted in Redis across replicas (this process's own counters
    when Redis fails)."""

    def __init__(self, shared: SharedState, name: str, per_minute: int, per_day: int) -> None:
        super().__init__(per_minute, per_day)
        self.shared, self.name = shared, name

    def take(self, key: str) -> bool:
        try:
            return self.shared.take(self.name, key, self.per_minute, self.per_day)
        except self.shared.errors:
            self.shared.failed("rate_limit")
            return super().take(key)


class SharedFailureThrottle(FailureThrottle):
    """A :class:`FailureThrottle` whose failures and lock-outs every replica sees."""

    def __init__(self, shared: SharedState, name: str, limit: int = 5) -> None:
        super().__init__(limit)
        self.shared, self.name = shared, name

    def retry_after(self, key: str) -> float:
        try:
            return self.shared.lock_left(self.name, key)
        except self.shared.errors:
            self.shared.failed("sign_in")
            return super().retry_after(key)

    def failed(self, key: str) -> None:
        try:
            self.shared.fail(self.name, key, self)
        except self.shared.errors:
            self.shared.failed("sign_in")
            super().failed(key)

    def succeeded(self, key: str) -> None:
        super().succeeded(key)
        try:
            self.shared.clear(self.name, key)
        except self.shared.errors:
            self.shared.failed("sign_in")


_SHARED: dict[str, SharedState] = {}


def shared_state_for(config: StateConfig) -> SharedState | None:
    """The process's one client for a state configuration (None without ``redis_url``)."""
    if config.redis_url is None:
        return None
    name = config.model_dump_json()
    found = _SHARED.get(name)
    if found is None:
        found = _SHARED[name] = SharedState(config)
    return found
