"""The 31 risks of TC260-003 / GB/T 45654-2025 Appendix A, in five categories, and the
keyword-library thresholds of its §8.1."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["RISKS", "THRESHOLDS", "Risk", "risk_of"]


@dataclass(frozen=True)
class Risk:
    id: str
    zh: str
    en: str


_A = {
    "A1": (
        "违反社会主义核心价值观",
        "Violates core socialist values",
        [
            (
                "煽动颠覆国家政权、推翻社会主义制度",
                "Inciting subversion of state power or the socialist system",
            ),
            (
                "危害国家安全和利益、损害国家形象",
                "Endangering national security and interests, harming the national image",
            ),
            (
                "煽动分裂国家、破坏国家统一和社会稳定",
                "Inciting secession, undermining national unity and social stability",
            ),
            ("宣扬恐怖主义、极端主义", "Promoting terrorism or extremism"),
            ("宣扬民族仇恨", "Promoting ethnic hatred"),
            ("宣扬暴力、淫秽色情", "Promoting violence, obscenity or pornography"),
            ("传播虚假有害信息", "Spreading false and harmful information"),
            (
                "其他法律、行政法规禁止的内容",
                "Other content prohibited by laws and administrative regulations",
            ),
        ],
    ),
    "A2": (
        "歧视性内容",
        "Discriminatory content",
        [
            ("民族歧视内容", "Ethnic discrimination"),
            ("信仰歧视内容", "Religious discrimination"),
            ("国别歧视内容", "Nationality discrimination"),
            ("地域歧视内容", "Regional discrimination"),
            ("性别歧视内容", "Gender discrimination"),
            ("年龄歧视内容", "Age discrimination"),
            ("职业歧视内容", "Occupational discrimination"),
            ("健康歧视内容", "Health discrimination"),
            ("其他方面歧视内容", "Other discrimination"),
        ],
    ),
    "A3": (
        "商业违法违规",
        "Commercial violations",
        [
            ("侵犯他人知识产权", "Infringing intellectual property"),
            ("违反商业道德", "Violating business ethics"),
            ("泄露他人商业秘密", "Disclosing trade secrets"),
            (
                "利用算法、数据、平台等优势，实施垄断和不正当竞争行为",
                "Monopoly and unfair competition through algorithms, data or platforms",
            ),
            ("其他商业违法违规行为", "Other commercial violations"),
        ],
    ),
    "A4": (
        "侵犯他人合法权益",
        "Infringing others' lawful rights",
        [
            ("危害他人身心健康", "Endangering others' physical or mental health"),
            ("侵害他人肖像权", "Infringing portrait rights"),
            ("侵害他人名誉权", "Infringing reputation rights"),
            ("侵害他人荣誉权", "Infringing honour rights"),
            ("侵害他人隐私权", "Infringing privacy rights"),
            ("侵害他人个人信息权益", "Infringing personal information rights"),
            ("侵犯他人其他合法权益", "Infringing other lawful rights"),
        ],
    ),
    "A5": (
        "无法满足特定服务类型的安全需求",
        "Failing the safety needs of specific service types",
        [
            (
                "内容不准确，严重不符合科学常识或主流认知",
                "Inaccurate content contrary to science or mainstream understanding",
            ),
            ("内容不可靠，无法对使用者形成帮助", "Unreliable content that cannot help the user"),
        ],
    ),
}

CATEGORY_NAMES: dict[str, tuple[str, str]] = {k: (v[0], v[1]) for k, v in _A.items()}
RISKS: dict[str, Risk] = {
    f"{group}-{chr(ord('a') + i)}": Risk(f"{group}-{chr(ord('a') + i)}", zh, en)
    for group, (_, _, items) in _A.items()
    for i, (zh, en) in enumerate(items)
}
# TC260-003 §8.1: a keyword library of at least 10,000 terms, at least 200 for each A.1 risk
# and at least 100 for each A.2 risk.
THRESHOLDS = {"total": 10_000, "A1": 200, "A2": 100}
# Categories that are not risk ids themselves but cover one.
CATEGORY_RISKS = {"pii.": "A4-f", "toxicity": "A2-i", "offensive": "A2-i"}


def risk_of(category: str) -> str | None:
    """The TC260 risk id a finding category belongs to, if any."""
    head = category[:4]
    if head in RISKS:
        return head
    for prefix, risk in CATEGORY_RISKS.items():
        if category.startswith(prefix):
            return risk
    return None
