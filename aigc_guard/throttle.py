"""In-process limits on who may try how often: sign-in failures and complaint filings.

Both are keyed by client address (and, for complaints, by user), never by account, so an
attacker's guesses lock out the attacker rather than every reviewer. Memory is bounded: the
least recently seen keys are forgotten first.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["FailureThrottle", "RateLimit"]

MAX_KEYS = 10_000


@dataclass
class _Failures:
    recent: deque[float] = field(default_factory=deque)
    strikes: int = 0  # lock-outs so far: each doubles the next
    locked_until: float = 0.0


class FailureThrottle:
    """After ``limit`` failures from one key within ``window`` seconds, that key is refused
    for ``base`` seconds, doubling with each further lock-out up to ``maximum``."""

    def __init__(
        self,
        limit: int = 5,
        window: float = 60.0,
        base: float = 30.0,
        maximum: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit, self.window, self.base, self.maximum = limit, window, base, maximum
        self._clock = clock
        self._keys: OrderedDict[str, _Failures] = OrderedDict()

    def retry_after(self, key: str) -> float:
        """Seconds until ``key`` may try again (0: now)."""
        state = self._keys.get(key)
        if state is None:
            return 0.0
        return max(0.0, state.locked_until - self._clock())

    def failed(self, key: str) -> None:
        now = self._clock()
        state = self._keys.pop(key, None) or _Failures()
        self._keys[key] = state
        while len(self._keys) > MAX_KEYS:
            self._keys.popitem(last=False)
        state.recent.append(now)
        while state.recent and state.recent[0] < now - self.window:
            state.recent.popleft()
        if len(state.recent) >= self.limit:
            state.locked_until = now + min(self.maximum, self.base * 2**state.strikes)
            state.strikes += 1
            state.recent.clear()

    def succeeded(self, key: str) -> None:
        self._keys.pop(key, None)


class RateLimit:
    """At most ``per_minute`` events per key in any minute and ``per_day`` per calendar day
    (UTC); ``take`` says whether one more is allowed and counts it if so."""

    def __init__(
        self, per_minute: int, per_day: int, clock: Callable[[], float] = time.time
    ) -> None:
        self.per_minute, self.per_day = per_minute, per_day
        self._clock = clock
        self._minute: OrderedDict[str, deque[float]] = OrderedDict()
        self._day: OrderedDict[str, tuple[int, int]] = OrderedDict()

    def take(self, key: str) -> bool:
        now = self._clock()
        today = int(now // 86400)
        recent = self._minute.pop(key, None) or deque()
        self._minute[key] = recent
        while recent and recent[0] <= now - 60:
            recent.popleft()
        day, count = self._day.pop(key, (today, 0))
        if day != today:
            day, count = today, 0
        self._day[key] = (day, count)
        for table in (self._minute, self._day):
            while len(table) > MAX_KEYS:
                table.popitem(last=False)
        if len(recent) >= self.per_minute or count >= self.per_day:
            return False
        recent.append(now)
        self._day[key] = (day, count + 1)
        return True
