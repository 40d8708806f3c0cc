"""The policy file's schema (pydantic). ``aigc-guard policy schema`` exports it as JSON Schema."""

from __future__ import annotations

import enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..compliance.config import ComplianceConfig
from ..storage.urls import password_in

__all__ = [
    "Action",
    "Condition",
    "DeclarationsConfig",
    "Direction",
    "LimitsConfig",
    "Messages",
    "Override",
    "PolicyFile",
    "RedactionConfig",
    "RouteConfig",
    "Rule",
    "StreamConfig",
    "TenantEntry",
    "TenantsConfig",
]


class Action(enum.StrEnum):
    """What a rule does; later members are more severe."""

    ALLOW = "allow"
    FLAG = "flag"
    REDACT = "redact"
    BLOCK = "block"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {Action.ALLOW: 0, Action.FLAG: 1, Action.REDACT: 2, Action.BLOCK: 3}


class Direction(enum.StrEnum):
    INPUT = "input"
    OUTPUT = "output"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Messages(_Strict):
    """A text in Chinese and in English; the answer's language picks one."""

    zh: str
    en: str

    def pick(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class Condition(_Strict):
    """Which findings a rule matches; every given field must hold."""

    classifier: str | None = None
    category: str | None = Field(
        default=None, description="A category, or a glob such as 'pii.*' or 'A1-*'."
    )
    min_score: float = Field(default=0.0, ge=0.0, le=1.0)


class Rule(_Strict):
    id: str | None = Field(default=None, description="Shown in decisions; 'rule-N' when unset.")
    when: Condition
    also: Condition | list[Condition] | None = Field(
        default=None,
        description="The rule holds for a finding only when a finding of the same text also "
        "meets this, or any one of a list (a jailbreak wrapper around a request the model "
        "finds risky).",
    )
    unless: Condition | list[Condition] | None = Field(
        default=None,
        description="The rule does not hold for a finding when a finding of the same text "
        "meets this, or any one of a list (a knowledge question excuses a request model's "
        "score).",
    )
    asked: Condition | list[Condition] | None = Field(
        default=None,
        description="Output rules only: the rule holds only when a finding of the request the "
        "answer replies to meets this, or any one of a list (an answer that goes along with a "
        "request the request model found risky is judged at a lower bar).",
    )
    action: Action
    direction: Direction | None = Field(default=None, description="Both directions when unset.")
    message: Messages | None = Field(default=None, description="Refusal text for this rule.")
    monitor: bool = Field(
        default=False, description="Decide, record and count, but never change the answer."
    )

    @field_validator("also", "asked")
    @classmethod
    def _names_a_condition(cls, value: Condition | list[Condition] | None) -> object:
        if value == []:
            raise ValueError("an empty list: name at least one condition, or leave it out")
        return value

    @model_validator(mode="after")
    def _asked_of_answers(self) -> Rule:
        if self.asked is not None and self.direction is not Direction.OUTPUT:
            raise ValueError("`asked` reads the request an answer replies to: direction: output")
        return self

    @property
    def companions(self) -> tuple[Condition, ...]:
        """``also`` as a tuple: any one of them met lets the rule hold."""
        return _as_tuple(self.also)

    @property
    def excusals(self) -> tuple[Condition, ...]:
        """``unless`` as a tuple: any one of them met excuses a finding."""
        return _as_tuple(self.unless)

    @property
    def requests(self) -> tuple[Condition, ...]:
        """``asked`` as a tuple: any one of them met by the request lets the rule hold."""
        return _as_tuple(self.asked)


def _as_tuple(conditions: Condition | list[Condition] | None) -> tuple[Condition, ...]:
    if conditions is None:
        return ()
    return tuple(conditions) if isinstance(conditions, list) else (conditions,)


class RedactionConfig(_Strict):
    style: Literal["mask", "placeholder", "hash"] = "mask"
    hash_key_env: str = Field(
        default="AIGC_GUARD_HASH_KEY", description="Environment variable holding the HMAC key."
    )


class StreamConfig(_Strict):
    mode: Literal["fast", "strict"] = Field(
        default="fast",
        description="strict: hold text to a sentence end for sentence classifiers; "
        "fast: release after span checks, cut when a sentence classifier fires.",
    )
    max_window: int = Field(
        default=200,
        ge=16,
        description="strict mode: longest held sentence; either mode: how far past a term "
        "whose block awaits a companion (`also`) the text is judged before the term goes out.",
    )
    cut_notice: Messages | None = Field(
        default=None, description="Content of the final chunk of a cut stream (none if unset)."
    )


class StateConfig(_Strict):
    """Where replicas share short-lived counters (user measures, rate limits, sign-in
    throttles). Without ``redis_url`` they live in the audit database and in each process."""

    redis_url: str | None = Field(
        default=None,
        description="redis://host:port/db (or rediss://); its password from password_env.",
    )
    password_env: str = Field(
        default="AIGC_GUARD_REDIS_PASSWORD", description="Environment variable with its password."
    )
    prefix: str = Field(default="aigc_guard:", description="Prefix of every key written.")
    timeout_s: float = Field(default=0.25, gt=0, le=5, description="Per-command timeout.")

    @field_validator("redis_url")
    @classmethod
    def _redis(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not value.lower().startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("use redis://host:port/db, rediss://… or unix:///path")
        if password_in(value):
            raise ValueError("the URL holds a password: put it in password_env's variable instead")
        return value


class LimitsConfig(_Strict):
    """What one request may cost; the README's reliability section lists what each limit's
    refusal looks like to a client."""

    max_request_bytes: int = Field(default=4 * 1024 * 1024, ge=1024)
    max_response_bytes: int = Field(default=16 * 1024 * 1024, ge=1024)
    max_stream_bytes: int = Field(
        default=64 * 1024 * 1024, ge=1024, description="Decoded bytes of one SSE stream."
    )
    max_json_depth: int = Field(default=64, ge=4, le=512)
    max_texts: int = Field(default=4096, ge=1, description="Texts scanned in one request.")
    max_event_bytes: int = Field(
        default=4 * 1024 * 1024, ge=1024, description="One SSE event (and one line)."
    )
    max_model_chars: int = Field(
        default=64 * 1024,
        ge=256,
        description="Longest text a model classifier judges; a longer one is that "
        "classifier's failure (kind too_long, its failure_mode applies), so one huge text "
        "cannot take the model — and its memory — from every other request. Span classifiers "
        "(lexicons, patterns, PII) always read the whole text.",
    )
    inline_scan_chars: int = Field(
        default=32 * 1024,
        ge=0,
        description="Scans of more characters than this (and the JSON of larger bodies) run in "
        "a worker thread, so one large text cannot stall every request of the worker.",
    )
    on_error: Literal["fail_closed", "fail_open"] = Field(
        default="fail_closed",
        description="Over-size or unreadable *answers*: withhold with an error, or pass them "
        "unscanned. Unreadable requests on a guarded path are always refused.",
    )
    unread_files: Literal["refuse", "pass"] = Field(
        default="refuse",
        description="A request that attaches a document the guard cannot read — a PDF or "
        "other non-text file inline, or any file named by id or URL — is refused (400 "
        "`unread_attachment`), or passes with the file unread. Images, audio and video pass "
        "either way (not read); text files inline are read.",
    )
    path_case: Literal["insensitive", "sensitive"] = Field(
        default="insensitive",
        description="How path globs match the canonical path; insensitive also guards "
        "/v1/Chat/Completions, which many upstreams route like the lower-case path.",
    )


class DeclarationsConfig(_Strict):
    """How a request's tool declarations and answer schemas are read (a tool's name,
    description and parameters; a ``response_format`` or ``text.format`` schema): as the
    request's text, for blocks and flags, by the classifiers named here."""

    classifiers: list[str] | None = Field(
        default=None,
        description="The classifiers that read them; unset: every classifier but the models "
        "(lexicons, patterns, phrases, PII). The shipped request models, trained on messages, "
        "took a third of ordinary tools for harmful requests (docs/measured.md). An empty "
        "list reads none.",
    )


class Override(_Strict):
    """Changes a route or tenant makes to the policy: checks off or on, monitor mode."""

    disable: list[str] = Field(default_factory=list, description="Classifier or rule ids.")
    enable: list[str] = Field(
        default_factory=list, description="Classifier or rule ids (also those off in the file)."
    )
    monitor: bool | None = None


class ServiceTypeConfig(_Strict):
    """A risky service type (Interim Measures Art. 4(5), TC260-003 A.5): a disclaimer on
    every answer, stricter checks, and a grounding check."""

    disclaimer: Messages | None = Field(
        default=None, description="Added to every answer exactly once (streams and cuts too)."
    )
    position: Literal["start", "end"] = Field(default="end", description="Where it goes.")
    overrides: Override = Field(
        default_factory=lambda: Override(),
        description="Stricter checks for these routes (rules or classifiers off in the file).",
    )
    grounding: str | None = Field(
        default=None,
        description="A classifier judging whether an answer is supported (declare it with "
        "enabled: false): on for these routes, and flagged unless a rule names it.",
    )


SERVICE_TYPES: dict[str, ServiceTypeConfig] = {
    "medical": ServiceTypeConfig(
        disclaimer=Messages(
            zh="以上内容仅供参考，不构成医疗诊断或治疗建议；如有不适，请及时就医。",
            en="This is general information, not medical advice; see a doctor for a "
            "diagnosis or treatment.",
        )
    ),
    "psychological": ServiceTypeConfig(
        disclaimer=Messages(
            zh="以上内容不能替代专业心理咨询；如需帮助，可拨打全国心理援助热线 12356。",
            en="This does not replace professional counselling; if you need help, please "
            "contact a local crisis line.",
        )
    ),
    "financial": ServiceTypeConfig(
        disclaimer=Messages(
            zh="以上内容不构成投资建议；投资有风险，决策需谨慎。",
            en="This is not investment advice; investing carries risk.",
        )
    ),
    "legal": ServiceTypeConfig(
        disclaimer=Messages(
            zh="以上内容仅供参考，不构成法律意见；具体问题请咨询执业律师。",
            en="This is general information, not legal advice; consult a licensed lawyer.",
        )
    ),
}
"""Service types every policy knows; ``service_types`` adds others or replaces these."""


class RouteConfig(_Strict):
    name: str = Field(description="A bounded metric label; say what the route serves.")
    paths: list[str] = Field(description="Request path globs, e.g. '*/chat/completions'.")
    overrides: Override = Override()
    service_type: str | None = Field(
        default=None,
        description="medical, psychological, financial, legal, or one of service_types.",
    )


class LabelWaiver(_Strict):
    """Answers without the visible label for one tenant, under a user agreement (Labeling
    Measures Art. 9): the implicit label is still sent, and each answer is audited with
    the recipient and the agreement."""

    agreement: str = Field(
        min_length=1, max_length=200, description="The agreement's reference (id, date)."
    )


class TenantEntry(_Strict):
    name: str = Field(description="A bounded metric label.")
    header_values: list[str] = Field(
        default_factory=list, description="Values of the tenant header that mean this tenant."
    )
    api_key_hashes: list[str] = Field(
        default_factory=list,
        description="Keyed hashes of API keys (`aigc-guard policy hash-key KEY`).",
    )
    overrides: Override = Override()
    routes: dict[str, Override] = Field(
        default_factory=dict, description="Overrides for this tenant on one route (by name)."
    )
    explicit_label_waiver: LabelWaiver | None = Field(
        default=None, description="No visible label for this tenant, under this agreement."
    )


class TenantsConfig(_Strict):
    header: str | None = Field(default=None, description="Header naming the tenant.")
    api_key_hash_env: str = Field(
        default="AIGC_GUARD_TENANT_KEY",
        description="Environment variable with the HMAC key for API-key hashes.",
    )
    entries: list[TenantEntry] = Field(default_factory=list)


DEFAULT_REFUSAL = Messages(zh="抱歉，该内容无法提供。", en="Sorry, I can't provide that content.")


DEFAULT_PATHS = (
    "*/chat/completions",
    "*/completions",
    "*/responses",
    "*/v1/messages",
    "*:generateContent",
    "*:streamGenerateContent",
    "*/api/chat",
    "*/api/generate",
)


# Endpoints that make or return model output where the guard cannot read it: batch jobs and eval
# runs (their prompts go in a file, their answers come back as one), stored conversations and
# threads, realtime sessions (text and audio over WebRTC or a socket), APIs without a reader,
# and images and video generated from a prompt.
DEFAULT_REFUSED_PATHS = (
    "*/batches",  # OpenAI, Anthropic (/v1/messages/batches), Gemini, Mistral batch jobs
    "*/batches/*",
    "*:batchGenerateContent",  # Gemini batch mode
    "*/files/*/content",  # a batch's results (and any stored file) downloaded
    "*/threads",  # OpenAI Assistants: runs write the answers on the server
    "*/threads/*",
    "*/conversations",  # OpenAI Conversations: items stored unread, answers read back
    "*/conversations/*",
    "*/cachedContents",  # Gemini context caching: contents the model reads, stored unread
    "*/cachedContents/*",
    "*/realtime",  # realtime sessions: SDP offers, client secrets, calls
    "*/realtime/*",
    "*/v1/complete",  # Anthropic's legacy Text Completions: no reader for its fields
    "*/evals/*/runs",  # OpenAI Evals: a run answers a file of prompts, read back as items
    "*/evals/*/runs/*",
    "*/images/generations",  # images and video from a prompt: neither side is text it reads
    "*/images/edits",
    "*/images/variations",
    "*/videos",
    "*/videos/*",
)


class PolicyFile(_Strict):
    """The whole policy file."""

    version: Literal[1]
    name: str = "policy"
    mode: Literal["internal", "cn_public", "eu"] = "internal"
    monitor: bool = Field(
        default=False,
        description="Monitor mode for the whole policy: decisions are recorded and counted "
        '(with monitor="true") but no answer changes.',
    )
    language: Literal["auto", "zh", "en"] = Field(
        default="auto", description="Language of messages; auto: by the text's script."
    )
    classifiers: dict[str, dict[str, Any]] = Field(default_factory=dict)
    rules: list[Rule] = Field(default_factory=list)
    refusal: Messages = DEFAULT_REFUSAL
    redaction: RedactionConfig = RedactionConfig()
    stream: StreamConfig = StreamConfig()
    limits: LimitsConfig = LimitsConfig()
    declarations: DeclarationsConfig = DeclarationsConfig()
    paths: list[str] = Field(
        default_factory=lambda: list(DEFAULT_PATHS),
        description="Request paths (globs) the guard inspects when no routes are given.",
    )
    routes: list[RouteConfig] = Field(
        default_factory=list,
        description="Named routes by path; the first whose globs match a path is used.",
    )
    refused_paths: list[str] = Field(
        default_factory=lambda: list(DEFAULT_REFUSED_PATHS),
        description="Request paths (globs) refused in every method (403 "
        "`endpoint_not_guarded`): endpoints that make or return model text where the guard "
        "cannot read it (batch jobs, stored conversations, realtime sessions). Remove a glob "
        "to let its path through untouched.",
    )
    service_types: dict[str, ServiceTypeConfig] = Field(
        default_factory=dict,
        description="Service types beyond (or replacing) medical, psychological, financial "
        "and legal.",
    )
    tenants: TenantsConfig = TenantsConfig()
    compliance: ComplianceConfig = ComplianceConfig()
    state: StateConfig = StateConfig()

    def service_type(self, route: str) -> ServiceTypeConfig | None:
        """The service type of a route (None: none)."""
        found = next((r for r in self.routes if r.name == route), None)
        if found is None or found.service_type is None:
            return None
        return self.service_types.get(found.service_type) or SERVICE_TYPES.get(found.service_type)

    @field_validator("classifiers")
    @classmethod
    def _typed(cls, value: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        for name, options in value.items():
            if not isinstance(options, dict) or "type" not in options:
                raise ValueError(f"classifier {name!r} needs a 'type'")
        return value
