"""Load-time checks of the compliance section: what each mode requires."""

from __future__ import annotations

from collections.abc import Callable

from ..errors import PolicyError
from ..policy.schema import PolicyFile
from .labels import is_label_value, valid_cn_wording

__all__ = ["CN_PUBLIC_MIN_RETENTION_DAYS", "check_compliance"]

CN_PUBLIC_MIN_RETENTION_DAYS = 180


def check_compliance(
    config: PolicyFile, fail: Callable[[str, list[int | str]], PolicyError]
) -> None:
    """Raise (through ``fail(reason, location)``) when the policy cannot run in its mode."""
    compliance = config.compliance
    base: list[int | str] = ["compliance"]
    implicit = compliance.implicit_label
    for name in ("content_producer", "content_propagator", "reserved_code2"):
        if not is_label_value(getattr(implicit, name)):
            raise fail(
                "implicit label values must be printable ASCII without spaces, quotes or "
                "backslashes (GB 45438 Annex E)",
                [*base, "implicit_label", name],
            )
    audit_on = compliance.audit.enabled or (
        compliance.audit.enabled is None and config.mode == "cn_public"
    )
    if compliance.incidents.enabled and not audit_on:
        raise fail(
            "incidents live beside the audit log: turn on compliance.audit",
            [*base, "incidents", "enabled"],
        )
    console = compliance.console
    if console.enabled:
        audit_on = compliance.audit.enabled or (
            compliance.audit.enabled is None and config.mode == "cn_public"
        )
        if not audit_on:
            raise fail(
                "the review console reads the audit log: turn on compliance.audit",
                [*base, "console", "enabled"],
            )
        if console.token_env is None and console.basic_auth is None:
            raise fail(
                "the review console needs token_env or basic_auth (it is never open)",
                [*base, "console"],
            )
    if config.mode != "cn_public":
        return
    explicit = compliance.explicit_label
    for lang in ("zh", "en"):
        if explicit.enabled is not False and not valid_cn_wording(getattr(explicit.text, lang)):
            raise fail(
                "in cn_public mode the explicit label must mention 人工智能 or AI and 生成 or 合成",
                [*base, "explicit_label", "text", lang],
            )
    if not implicit.content_producer:
        raise fail(
            "cn_public mode needs compliance.implicit_label.content_producer (your producer code)",
            [*base, "implicit_label"],
        )
    if not compliance.complaints.contact:
        raise fail(
            "cn_public mode needs compliance.complaints.contact (how users reach you)",
            [*base, "complaints"],
        )
    if compliance.audit.retention_days < CN_PUBLIC_MIN_RETENTION_DAYS:
        raise fail(
            f"cn_public mode keeps audit records at least {CN_PUBLIC_MIN_RETENTION_DAYS} days",
            [*base, "audit", "retention_days"],
        )
    if compliance.audit.enabled is False or compliance.complaints.enabled is False:
        raise fail("cn_public mode cannot turn the audit log or complaints off", base)
