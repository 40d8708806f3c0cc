"""The policy's ``compliance`` section: labels, audit, complaints, service description,
user measures. Everything is off in ``internal`` mode unless the policy turns it on;
``cn_public`` and ``eu`` turn on what their rules require."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..storage.urls import is_postgres, password_in

__all__ = [
    "AuditConfig",
    "ComplaintsConfig",
    "ComplianceConfig",
    "ConsoleConfig",
    "ExplicitLabelConfig",
    "ImplicitLabelConfig",
    "IncidentsConfig",
    "LabelText",
    "MinorsConfig",
    "ServiceConfig",
    "UserMeasuresConfig",
    "WebhookConfig",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LabelText(_Strict):
    zh: str = "【本内容由人工智能生成】"
    en: str = "[AI-generated · 由AI生成]"

    def pick(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class ExplicitLabelConfig(_Strict):
    enabled: bool | None = Field(default=None, description="Default: on in cn_public and eu.")
    text: LabelText = LabelText()
    position: Literal["start", "end"] = "end"
    separator: str = Field(default="\n", description="Between the label and the answer.")
    detect_window: int = Field(
        default=64,
        ge=0,
        description="An upstream label within this many characters of the start or end is "
        "kept and no second one added. In streams with position 'start' the first characters "
        "wait until this many have arrived (0: no detection, no wait).",
    )


class ImplicitLabelConfig(_Strict):
    enabled: bool | None = Field(default=None, description="Default: on in cn_public and eu.")
    content_producer: str = Field(default="", description="Producer code (service filing id).")
    content_propagator: str = Field(default="", description="Propagator code, if propagating.")
    reserved_code2: str = ""
    header: bool = Field(default=False, description="Also send the object as an `aigc` header.")
    hmac_key_env: str | None = Field(
        default=None,
        description="Environment variable holding the key of ReservedCode1 = HMAC-SHA256 over "
        "the label and the content's SHA-256 (`aigc-guard label verify` checks it).",
    )


class EvidenceConfig(_Strict):
    enabled: bool = Field(default=False, description="Keep raw text of non-allow decisions.")
    retention_days: int = Field(default=30, ge=1)


class AuditConfig(_Strict):
    enabled: bool | None = Field(default=None, description="Default: on in cn_public.")
    path: str = Field(default="audit.sqlite3", description="SQLite file, relative to the policy.")
    url: str | None = Field(
        default=None,
        description="The audit database instead of path: sqlite:///file or a plain path "
        "(relative to the policy), sqlite:////absolute, or postgresql://user@host:port/db for "
        "many replicas "
        "(its password from PGPASSWORD, never in this file).",
    )

    @field_validator("url")
    @classmethod
    def _no_password(cls, value: str | None) -> str | None:
        if value is None:
            return None
        scheme = value.lower().startswith("sqlite:///") or "://" not in value  # or a path
        if not (is_postgres(value) or scheme):
            raise ValueError("use sqlite:///file, a path, or postgresql://…")
        if password_in(value):
            raise ValueError(
                "the URL holds a password: put it in the environment (PGPASSWORD) instead"
            )
        return value

    retention_days: int = Field(default=180, ge=1, description="Records are kept this long.")
    user_header: str | None = Field(
        default="x-user-id", description="Header naming the end user (else the API key)."
    )
    user_key_env: str = Field(
        default="AIGC_GUARD_AUDIT_KEY",
        description="Environment variable with the user-key HMAC key.",
    )
    evidence: EvidenceConfig = EvidenceConfig()
    excerpt_chars: int = Field(
        default=40,
        ge=0,
        le=400,
        description="For the review console: characters kept either side of each finding of "
        "a non-allow decision, the matched text masked (raw only with evidence on); expires "
        "with the evidence. 0 keeps no excerpt.",
    )


class ComplaintsConfig(_Strict):
    enabled: bool | None = Field(default=None, description="Default: on in cn_public.")
    contact: str = Field(
        default="", description="Where complaints can also be sent (e-mail, phone)."
    )
    deadline_days: int = Field(default=15, ge=1, description="Promised time to a decision.")
    per_minute: int = Field(
        default=5, ge=1, description="Complaints one client address (or user) may file a minute."
    )
    per_day: int = Field(default=50, ge=1, description="... and a day (UTC).")


class ServiceConfig(_Strict):
    name: str = ""
    description: str = ""
    provider: str = ""
    model: str = ""
    filing_number: str = Field(default="", description="Algorithm / service filing number.")


class MinorsConfig(_Strict):
    """Interim Measures Art. 10: requests marked as a minor's get a stricter profile and
    usage limits (counted per user, across replicas, where user measures are counted)."""

    enabled: bool = False
    header: str | None = Field(
        default="x-user-minor", description="A request with this header set to 1/true/yes."
    )
    tenants: list[str] = Field(default_factory=list, description="Every request of these.")
    enable: list[str] = Field(
        default_factory=list, description="The stricter profile: classifiers or rules turned on."
    )
    disable: list[str] = Field(default_factory=list, description="…and turned off.")
    daily_requests: int | None = Field(default=None, ge=1, description="Requests a day.")
    daily_minutes: int | None = Field(
        default=None, ge=1, description="Minutes a day with at least one request."
    )
    quiet_hours: str | None = Field(
        default=None,
        pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$",
        description="Local time with no service, e.g. 22:00-06:00.",
    )
    utc_offset_hours: float = Field(
        default=8, ge=-12, le=14, description="Local time for days and quiet hours (UTC+8)."
    )
    limit_message: str = Field(
        default="未成年人模式：今日使用已达上限，请明天再来。"
        "Minor mode: today's limit is reached; please come back tomorrow."
    )
    quiet_message: str = Field(
        default="未成年人模式：现在是休息时间，请早点休息。"
        "Minor mode: the service is closed at this hour; time to rest."
    )


class UserMeasuresConfig(_Strict):
    """Interim Measures Art. 14: act against users who keep asking for unlawful content."""

    enabled: bool = False
    warn_after: int = Field(default=1, ge=1, description="Violations (in a row) before a warning.")
    limit_after: int = Field(
        default=2, ge=1, description="Violations in a row before a rate limit."
    )
    limit_per_minute: int = Field(default=6, ge=1, description="Requests a limited user may send.")
    limit_minutes: float = Field(default=60, gt=0, description="How long a limit lasts.")
    suspend_after_consecutive: int = Field(default=3, ge=1)
    suspend_after_daily: int = Field(default=5, ge=1)
    suspend_minutes: float = Field(default=60, gt=0)


class BasicAuthConfig(_Strict):
    username: str = Field(min_length=1)
    password_env: str = Field(
        default="AIGC_GUARD_CONSOLE_PASSWORD", description="Environment variable with the password."
    )


class ConsoleConfig(_Strict):
    """The review console at ``/aigc-guard/console``: off unless enabled, and closed (503)
    while none of its credentials is set in the environment."""

    enabled: bool = False
    token_env: str | None = Field(
        default="AIGC_GUARD_CONSOLE_TOKEN",
        description="Environment variable with the bearer token (also accepted at the login "
        "form); null: no token.",
    )
    basic_auth: BasicAuthConfig | None = Field(
        default=None, description="A user name and password (HTTP Basic or the login form)."
    )
    session_minutes: float = Field(default=480, gt=0, description="Lifetime of a login.")
    lockout_after: int = Field(
        default=5,
        ge=1,
        description="Wrong credentials from one client address within a minute before that "
        "address is locked out (30 s, doubling with each further lock-out, at most an hour).",
    )
    page_size: int = Field(default=50, ge=5, le=500)
    refresh_seconds: int = Field(
        default=30, ge=0, description="Auto-refresh of the overview (JavaScript); 0: never."
    )


class WebhookConfig(_Strict):
    url: str = Field(description="Where each new incident is POSTed as JSON.")
    secret_env: str = Field(
        default="AIGC_GUARD_WEBHOOK_SECRET",
        description="Environment variable with the HMAC key of x-aigc-guard-signature.",
    )
    timeout_s: float = Field(default=5.0, gt=0)
    attempts: int = Field(default=3, ge=1, le=10)
    backoff_s: float = Field(default=0.5, gt=0, description="First pause; doubles each retry.")


class IncidentsConfig(_Strict):
    """Interim Measures Art. 14: a blocked answer opens an incident to work and report."""

    enabled: bool | None = Field(default=None, description="Default: on in cn_public.")
    categories: list[str] = Field(
        default_factory=list,
        description="Category globs that open an incident; empty: every blocked answer.",
    )
    webhook: WebhookConfig | None = None


class ComplianceConfig(_Strict):
    explicit_label: ExplicitLabelConfig = ExplicitLabelConfig()
    implicit_label: ImplicitLabelConfig = ImplicitLabelConfig()
    audit: AuditConfig = AuditConfig()
    complaints: ComplaintsConfig = ComplaintsConfig()
    service: ServiceConfig = ServiceConfig()
    user_measures: UserMeasuresConfig = UserMeasuresConfig()
    minors: MinorsConfig = MinorsConfig()
    console: ConsoleConfig = ConsoleConfig()
    incidents: IncidentsConfig = IncidentsConfig()
