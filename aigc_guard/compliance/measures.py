"""User measures (Interim Measures Art. 14): count a user's input violations and act.

The ladder: a warning after ``warn_after`` violations in a row, a rate limit
(``limit_per_minute`` requests) after ``limit_after`` in a row, a suspension after
``suspend_after_consecutive`` in a row or ``suspend_after_daily`` in a UTC day. Every
measure is an audit record, and suspensions and limits are written to the audit database.

The counters live in the audit database (every process and replica using it sees them, each
count a write transaction), or in Redis when the policy sets ``state.redis_url`` (one atomic
script per count). When Redis fails, counting fails open (counted in
``aigc_guard_shared_state_errors_total{counter="measures"}``) and the database's record of
suspensions is what ``admit`` checks. When Redis comes back empty (restarted without its
data), the suspensions and limits in force are copied back from the database within
``RELOAD_CHECK_S``. Requests without a user key are never counted.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from ..shared_state import SharedState, reply_text
from ..storage import Connection
from .audit import AuditLog, AuditRecord, utc_now
from .config import UserMeasuresConfig

__all__ = ["UserMeasures"]

RELOAD_CHECK_S = 10.0  # how often a process checks that Redis still holds the measures


class UserMeasures:
    def __init__(
        self, log: AuditLog, config: UserMeasuresConfig, shared: SharedState | None = None
    ) -> None:
        self.log = log
        self.config = config
        self.shared = shared
        self._checked = -RELOAD_CHECK_S

    def admit(
        self, user_key: str, now: dt.datetime | None = None
    ) -> tuple[str, dt.datetime] | None:
        """``("suspended", until)``, ``("limited", retry_at)``, or None when the user may ask."""
        if not user_key:
            return None
        now = now or utc_now()
        if self.shared is not None:
            try:
                return self._admit_shared(self.shared, user_key, now)
            except self.shared.errors:
                self.shared.failed("measures")
                return self._suspended_in_database(user_key, now)
        return self._admit_database(user_key, now)

    def record(self, user_key: str, violation: bool, now: dt.datetime | None = None) -> str | None:
        """Count one input decision; the measure taken: ``warn``, ``limit``, ``suspend`` or None."""
        if not user_key:
            return None
        now = now or utc_now()
        if self.shared is not None:
            try:
                return self._record_shared(self.shared, user_key, violation, now)
            except self.shared.errors:
                self.shared.failed("measures")
                return None
        return self._record_database(user_key, violation, now)

    # -- counters in the audit database ----------------------------------------------------

    def _admit_database(self, user_key: str, now: dt.datetime) -> tuple[str, dt.datetime] | None:
        # Most users are neither suspended nor limited: one read, no write lock.
        with self.log.connect() as conn:
            row = conn.execute(
                "SELECT suspended_until, limited_until FROM user_state WHERE user_key = ?",
                (user_key,),
            ).fetchone()
        if row is None:
            return None
        if row["suspended_until"]:
            until = dt.datetime.fromisoformat(row["suspended_until"])
            if until > now:
                return "suspended", until
        if not row["limited_until"] or dt.datetime.fromisoformat(row["limited_until"]) <= now:
            return None
        with self.log.transaction() as conn:  # a limited user: count this minute's requests
            row = conn.execute(
                "SELECT window_start, window_count FROM user_state WHERE user_key = ?",
                (user_key,),
            ).fetchone()
            start = dt.datetime.fromisoformat(row["window_start"]) if row["window_start"] else None
            if start is None or now - start >= dt.timedelta(minutes=1):
                start, count = now, 0
            else:
                count = int(row["window_count"])
            if count >= self.config.limit_per_minute:
                return "limited", start + dt.timedelta(minutes=1)
            conn.execute(
                "UPDATE user_state SET window_start = ?, window_count = ? WHERE user_key = ?",
                (start.isoformat(), count + 1, user_key),
            )
        return None

    def _suspended_in_database(
        self, user_key: str, now: dt.datetime
    ) -> tuple[str, dt.datetime] | None:
        with self.log.connect() as conn:
            row = conn.execute(
                "SELECT suspended_until FROM user_state WHERE user_key = ?", (user_key,)
            ).fetchone()
        if row is not None and row["suspended_until"]:
            until = dt.datetime.fromisoformat(row["suspended_until"])
            if until > now:
                return "suspended", until
        return None

    def _record_database(self, user_key: str, violation: bool, now: dt.datetime) -> str | None:
        if not violation:  # an allowed request ends a row of violations, if there is one
            with self.log.connect() as conn:
                row = conn.execute(
                    "SELECT consecutive FROM user_state WHERE user_key = ?", (user_key,)
                ).fetchone()
            if row is None or not int(row["consecutive"]):
                return None
        day = now.date().isoformat()
        config = self.config
        with self.log.transaction() as conn:
            row = conn.execute(
                "SELECT consecutive, day, day_count, suspended_until, limited_until "
                "FROM user_state WHERE user_key = ?",
                (user_key,),
            ).fetchone()
            consecutive = int(row["consecutive"]) if row else 0
            day_count = int(row["day_count"]) if row and row["day"] == day else 0
            if not violation:
                if row is not None and consecutive:
                    conn.execute(
                        "UPDATE user_state SET consecutive = 0 WHERE user_key = ?", (user_key,)
                    )
                return None
            consecutive += 1
            day_count += 1
            in_a_row = consecutive
            measure: str | None = None
            if (
                consecutive >= config.suspend_after_consecutive
                or day_count >= config.suspend_after_daily
            ):
                measure = "suspend"
                consecutive = 0
            elif consecutive >= config.limit_after:
                measure = "limit"
            elif consecutive >= config.warn_after:
                measure = "warn"
            self._store(conn, user_key, now, measure, in_a_row, day_count, consecutive, row)
        return measure

    # -- counters in Redis -----------------------------------------------------------------

    def _admit_shared(
        self, shared: SharedState, user_key: str, now: dt.datetime
    ) -> tuple[str, dt.datetime] | None:
        self._reload_if_emptied(shared, now)
        names = [shared.key("measure", state, user_key) for state in ("suspended", "limited")]
        suspended, limited = (reply_text(v) for v in shared.client.mget(names))
        if suspended and dt.datetime.fromisoformat(suspended) > now:
            return "suspended", dt.datetime.fromisoformat(suspended)
        if not limited or dt.datetime.fromisoformat(limited) <= now:
            return None
        if shared.take("measure_limit", user_key, self.config.limit_per_minute, 10**9):
            return None
        return "limited", now + dt.timedelta(minutes=1)

    def _reload_if_emptied(self, shared: SharedState, now: dt.datetime) -> None:
        """Copy the measures in force back into a Redis that lost them (checked at most every
        ``RELOAD_CHECK_S``; a marker key says the copy is there)."""
        if time.monotonic() - self._checked < RELOAD_CHECK_S:
            return
        self._checked = time.monotonic()
        marker = shared.key("measure", "loaded")
        if shared.client.exists(marker):
            return
        moment = now.isoformat()
        with self.log.connect() as conn:
            rows = conn.execute(
                "SELECT user_key, suspended_until, limited_until FROM user_state "
                "WHERE suspended_until > ? OR limited_until > ?",
                (moment, moment),
            ).fetchall()
        with shared.client.pipeline() as pipe:
            for row in rows:
                for name, until in (("suspended", row[1]), ("limited", row[2])):
                    if until and until > moment:
                        left = (dt.datetime.fromisoformat(until) - now).total_seconds()
                        pipe.set(shared.key("measure", name, row[0]), until, ex=max(1, int(left)))
            pipe.set(marker, moment)
            pipe.execute()

    def _record_shared(
        self, shared: SharedState, user_key: str, violation: bool, now: dt.datetime
    ) -> str | None:
        config = self.config
        day = now.date().isoformat()
        keys = [shared.key("measure", "row", user_key), shared.key("measure", "day", user_key, day)]
        args = [
            int(violation),
            config.warn_after,
            config.limit_after,
            config.suspend_after_consecutive,
            config.suspend_after_daily,
        ]
        in_a_row, day_count, found = shared.ladder(keys=keys, args=args)
        measure = reply_text(found)
        if not measure:
            return None
        with self.log.transaction() as conn:
            row = conn.execute(
                "SELECT suspended_until, limited_until FROM user_state WHERE user_key = ?",
                (user_key,),
            ).fetchone()
            left = 0 if measure == "suspend" else int(in_a_row)
            until = self._store(
                conn, user_key, now, measure, int(in_a_row), int(day_count), left, row
            )
        if until is not None:
            name = "suspended" if measure == "suspend" else "limited"
            seconds = max(1, int((dt.datetime.fromisoformat(until) - now).total_seconds()))
            shared.client.set(shared.key("measure", name, user_key), until, ex=seconds)
        return measure

    # -- what both keep in the database ----------------------------------------------------

    def _store(
        self,
        conn: Connection,
        user_key: str,
        now: dt.datetime,
        measure: str | None,
        in_a_row: int,
        day_count: int,
        consecutive: int,
        row: Any,
    ) -> str | None:
        """Write the user's state and the measure's audit record; the measure's end."""
        config = self.config
        suspended_until = row["suspended_until"] if row else None
        limited_until = row["limited_until"] if row else None
        until: str | None = None
        if measure == "suspend":
            until = suspended_until = (
                now + dt.timedelta(minutes=config.suspend_minutes)
            ).isoformat()
        elif measure == "limit":
            until = limited_until = (now + dt.timedelta(minutes=config.limit_minutes)).isoformat()
        conn.execute(
            "INSERT INTO user_state (user_key, consecutive, day, day_count, suspended_until, "
            "limited_until) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(user_key) DO UPDATE SET "
            "consecutive = excluded.consecutive, day = excluded.day, "
            "day_count = excluded.day_count, suspended_until = excluded.suspended_until, "
            "limited_until = excluded.limited_until",
            (
                user_key,
                consecutive,
                now.date().isoformat(),
                day_count,
                suspended_until,
                limited_until,
            ),
        )
        if measure is not None:
            detail: dict[str, object] = {
                "measure": measure,
                "in_a_row": in_a_row,
                "today": day_count,
            }
            if until is not None:
                detail["until"] = until
            self.log.append_now(
                [AuditRecord(kind="measure", user_key=user_key, action=measure, detail=detail)],
                conn,
            )
        return until


def _after(now: dt.datetime, minutes: int) -> str:
    return (now + dt.timedelta(minutes=minutes)).isoformat()
