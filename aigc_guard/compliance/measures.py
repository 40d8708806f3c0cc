"""User measures (Interim Measures Art. 14): count a user's input violations and act.

The ladder: a warning after ``warn_after`` violations in a row, a rate limit
(``limit_per_minute`` requests) after ``limit_after`` in a row, a suspension after
``suspend_after_consecutive`` in a row or ``suspend_after_daily`` in a UTC day. State lives
in the audit database (so every worker sees it) and every measure is an audit record.
Requests without a user key are never counted or suspended.
"""

from __future__ import annotations

import datetime as dt

from .audit import AuditLog, AuditRecord, utc_now
from .config import UserMeasuresConfig

__all__ = ["UserMeasures"]


class UserMeasures:
    def __init__(self, log: AuditLog, config: UserMeasuresConfig) -> None:
        self.log = log
        self.config = config

    def admit(
        self, user_key: str, now: dt.datetime | None = None
    ) -> tuple[str, dt.datetime] | None:
        """``("suspended", until)``, ``("limited", retry_at)``, or None when the user may ask."""
        if not user_key:
            return None
        now = now or utc_now()
        with self.log.transaction() as conn:
            row = conn.execute(
                "SELECT suspended_until, limited_until, window_start, window_count "
                "FROM user_state WHERE user_key = ?",
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

    def record(self, user_key: str, violation: bool, now: dt.datetime | None = None) -> str | None:
        """Count one input decision; the measure taken: ``warn``, ``limit``, ``suspend`` or None."""
        if not user_key:
            return None
        now = now or utc_now()
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
            measure: str | None = None
            suspended_until = row["suspended_until"] if row else None
            limited_until = row["limited_until"] if row else None
            in_a_row = consecutive
            if (
                consecutive >= config.suspend_after_consecutive
                or day_count >= config.suspend_after_daily
            ):
                measure = "suspend"
                suspended_until = (now + dt.timedelta(minutes=config.suspend_minutes)).isoformat()
                consecutive = 0
            elif consecutive >= config.limit_after:
                measure = "limit"
                limited_until = (now + dt.timedelta(minutes=config.limit_minutes)).isoformat()
            elif consecutive >= config.warn_after:
                measure = "warn"
            conn.execute(
                "INSERT INTO user_state (user_key, consecutive, day, day_count, suspended_until, "
                "limited_until) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(user_key) DO UPDATE SET "
                "consecutive = excluded.consecutive, day = excluded.day, "
                "day_count = excluded.day_count, suspended_until = excluded.suspended_until, "
                "limited_until = excluded.limited_until",
                (user_key, consecutive, day, day_count, suspended_until, limited_until),
            )
            if measure is not None:
                detail: dict[str, object] = {
                    "measure": measure,
                    "in_a_row": in_a_row,
                    "today": day_count,
                }
                if measure in ("suspend", "limit"):
                    detail["until"] = suspended_until if measure == "suspend" else limited_until
                self.log.append_now(
                    [AuditRecord(kind="measure", user_key=user_key, action=measure, detail=detail)],
                    conn,
                )
        return measure
