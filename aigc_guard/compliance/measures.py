"""User measures (Interim Measures Art. 14): count a user's input violations and act.

The ladder: a warning after ``warn_after`` violations in a row, a suspension after
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

    def suspended_until(self, user_key: str, now: dt.datetime | None = None) -> dt.datetime | None:
        if not user_key:
            return None
        now = now or utc_now()
        with self.log.connect() as conn:
            row = conn.execute(
                "SELECT suspended_until FROM user_state WHERE user_key = ?", (user_key,)
            ).fetchone()
        if row is None or not row["suspended_until"]:
            return None
        until = dt.datetime.fromisoformat(row["suspended_until"])
        return until if until > now else None

    def record(self, user_key: str, violation: bool, now: dt.datetime | None = None) -> str | None:
        """Count one input decision; returns the measure taken: ``warn``, ``suspend`` or None."""
        if not user_key:
            return None
        now = now or utc_now()
        day = now.date().isoformat()
        config = self.config
        with self.log.transaction() as conn:
            row = conn.execute(
                "SELECT consecutive, day, day_count, suspended_until FROM user_state "
                "WHERE user_key = ?",
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
            if (
                consecutive >= config.suspend_after_consecutive
                or day_count >= config.suspend_after_daily
            ):
                measure = "suspend"
                until = now + dt.timedelta(minutes=config.suspend_minutes)
                suspended_until = until.isoformat()
                consecutive = 0
            elif consecutive >= config.warn_after:
                measure = "warn"
            conn.execute(
                "INSERT INTO user_state (user_key, consecutive, day, day_count, suspended_until) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(user_key) DO UPDATE SET "
                "consecutive = excluded.consecutive, day = excluded.day, "
                "day_count = excluded.day_count, suspended_until = excluded.suspended_until",
                (user_key, consecutive, day, day_count, suspended_until),
            )
            if measure is not None:
                detail = {"measure": measure, "in_a_row": consecutive, "today": day_count}
                if measure == "suspend":
                    detail["until"] = suspended_until
                self.log.append_now(
                    [AuditRecord(kind="measure", user_key=user_key, action=measure, detail=detail)],
                    conn,
                )
        return measure
