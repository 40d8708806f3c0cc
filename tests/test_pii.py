"""PII detection: validated by check digits, generated from published formats, never real."""

from __future__ import annotations

import random

import pytest

from aigc_guard.classifiers.pii import PIIClassifier, PIIOptions, mask_value
from aigc_guard.classifiers.pii_entities import (
    ENTITIES,
    cn_id_check_char,
    luhn_valid,
    uscc_check_char,
)

RNG = random.Random(20261128)


def make_id(valid: bool = True) -> str:
    region = RNG.choice(["110105", "310104", "440305", "510107"])
    birth = f"{RNG.randint(1950, 2005)}{RNG.randint(1, 12):02d}{RNG.randint(1, 28):02d}"
    body = region + birth + f"{RNG.randint(0, 999):03d}"
    check = cn_id_check_char(body)
    if not valid:
        check = "0" if check != "0" else "1"
    return body + check


def make_card(prefix: str, length: int, valid: bool = True) -> str:
    body = prefix + "".join(str(RNG.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    digit = next(d for d in "0123456789" if luhn_valid(body + d) == valid)
    return body + digit


def make_uscc(valid: bool = True) -> str:
    body = (
        "91" + "350100" + "".join(RNG.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    )
    check = uscc_check_char(body)
    return body + (check if valid else ("0" if check != "0" else "1"))


def categories(text: str) -> list[str]:
    return [f.category for f in PIIClassifier("pii", PIIOptions()).scan(text)]


@pytest.mark.parametrize("index", range(20))
def test_generated_resident_ids_are_found_and_wrong_check_digits_are_not(index: int) -> None:
    assert categories(f"身份证号{make_id()}。") == ["pii.cn_resident_id"]
    assert "pii.cn_resident_id" not in categories(f"身份证号{make_id(valid=False)}。")


def test_resident_id_needs_a_real_date_and_region() -> None:
    bad_date = "11010519490231" + "001"
    bad_region = "99010519491231" + "001"
    for body in (bad_date, bad_region):
        assert "pii.cn_resident_id" not in categories(body + cn_id_check_char(body))


@pytest.mark.parametrize("grouping", [(6, 8, 4), (4, 4, 4, 4, 2), (6, 4, 4, 4)])
@pytest.mark.parametrize("separator", [" ", "-"])
def test_resident_ids_grouped_as_people_write_them(
    grouping: tuple[int, ...], separator: str
) -> None:
    value, parts, at = make_id(), [], 0
    for size in grouping:
        parts.append(value[at : at + size])
        at += size
    grouped = separator.join(parts)
    found = PIIClassifier("pii", PIIOptions()).scan(f"身份证号：{grouped}。")
    assert [(f.category, f.end - f.start) for f in found] == [  # type: ignore[operator]
        ("pii.cn_resident_id", len(grouped))
    ]
    wrong = make_id(valid=False)
    assert "pii.cn_resident_id" not in categories(
        f"身份证号：{wrong[:6]} {wrong[6:14]} {wrong[14:]}。"
    )


_SPELLED = str.maketrans("0123456789", "〇一二三四五六七八九")
_SPELLED_FORMAL = str.maketrans("0123456789", "零壹贰叁肆伍陆柒捌玖")


@pytest.mark.parametrize(
    "value",
    [
        "13812345678".translate(_SPELLED),
        "13812345678".translate(_SPELLED_FORMAL),
        "幺三八 一二三四 五六七八",
        "138一二三四5678",
        "110105194912310021".translate(_SPELLED)[:-1] + cn_id_check_char("11010519491231002"),
    ],
)
def test_numbers_spelled_in_chinese_numerals(value: str) -> None:
    """A model asked to "write the digits in Chinese" must not carry a number past the guard."""
    found = PIIClassifier("pii", PIIOptions()).scan(f"号码是{value}，记好。")
    assert [(f.category, f.start, f.end) for f in found] == [
        ("pii.spelled_number", 3, 3 + len(value))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "一二三四五六七八九〇一",  # eleven numerals, no mobile prefix
        "乱七八糟，一五一十地说，三三两两，七上八下，一二三四五六七八九十",
        "一三八一二三四五六七八九",  # twelve: no mobile, no card by Luhn
        "第一二三四五六七八九〇一二三四五六七八九〇章",
    ],
)
def test_numerals_in_prose_are_not_numbers(text: str) -> None:
    assert "pii.spelled_number" not in categories(text)


def test_fifteen_digit_resident_id() -> None:
    assert categories("旧身份证110105491231002") == ["pii.cn_resident_id"]


@pytest.mark.parametrize(
    "number", ["13812345678", "+86 138 1234 5678", "0086-138-1234-5678", "138-1234-5678"]
)
def test_cn_mobile_forms(number: str) -> None:
    assert categories(f"电话{number}。") == ["pii.cn_mobile"]


@pytest.mark.parametrize(
    "number",
    ["138/1234/5678", "138、1234、5678", "138.1234.5678", "138—1234—5678", "1 3 8 1 2 3 4 5 6 7 8"],
)
def test_cn_mobile_apart_by_any_one_mark(number: str) -> None:
    assert categories(f"电话{number}。") == ["pii.cn_mobile"]


def test_numbers_listed_are_no_mobile() -> None:
    assert categories("序列 1, 3, 5, 7, 9, 11, 13 与 138/1234/567") == []


def test_cn_mobile_with_unassigned_prefix_is_not_found() -> None:
    assert "pii.cn_mobile" not in categories("号码 12012345678 ")


@pytest.mark.parametrize("index", range(10))
def test_bank_cards_by_luhn(index: int) -> None:
    card = make_card("622202", 19)
    assert categories(f"卡号 {card} 。") == ["pii.bank_card"]
    assert categories(f"卡号 {make_card('622202', 19, valid=False)} 。") == []


def test_credit_card_needs_a_brand_and_luhn() -> None:
    assert categories("visa 4111 1111 1111 1111 ok") == ["pii.credit_card"]
    assert categories("visa 4111 1111 1111 1112 ok") == []


@pytest.mark.parametrize("index", range(10))
def test_unified_social_credit_code(index: int) -> None:
    assert categories(f"代码{make_uscc()}。") == ["pii.cn_uscc"]
    assert categories(f"代码{make_uscc(valid=False)}。") == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("passport E12345678 ok", "pii.cn_passport"),
        ("mail me at li.lei+x@example.co.uk today", "pii.email"),
        ("host 10.20.30.40 up", "pii.ipv4"),
        ("host 2001:db8::8a2e:370:7334 up", "pii.ipv6"),
        ("ssn 123-45-6789", "pii.us_ssn"),
        ("iban GB82 WEST 1234 5698 7654 32", "pii.iban"),
        ("call (212) 555-0123 now", "pii.phone"),
        ("call +44 20 7946 0958 now", "pii.phone"),
        ("key sk-proj-abcdefghijklmnopqrstuvwxyz0123456789", "pii.api_key"),
        ("aws AKIAIOSFODNN7EXAMPLE", "pii.api_key"),
        (
            "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
            "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
            "pii.jwt",
        ),
        (
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----",
            "pii.private_key",
        ),
    ],
)
def test_other_entities(text: str, category: str) -> None:
    assert categories(text) == [category]


@pytest.mark.parametrize(
    "text",
    [
        "ssn 000-12-3456",
        "iban GB82 WEST 1234 5698 7654 33",
        "host 999.1.1.1 up",
        "2023-10-05 12:30:45",
        "token eyJxxxxxxxxxxx.eyJyyyyyyyyyyy.zzzzzzzzzz",
        "version 1.2.3.4.5",
    ],
)
def test_invalid_values_are_not_findings(text: str) -> None:
    assert categories(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Valid numbers in some region, but written as quantities, not as phone numbers.
        "销量 5170671 台，收入 9130775 元",
        "预算4000-5000元，2012-2013年",
        "his address: 224 4966 Bond Street",
        "哈哈哈2333333",
        "均值 58.39.232 与 506 1.96 2582",
        "x = 915779284 * 3",
    ],
)
def test_quantities_are_not_phone_numbers(text: str) -> None:
    assert categories(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("电话 87654321", "87654321"),  # a bare local number, vouched for by the word before it
        ("call 781 1704 now", "781 1704"),
        ("联系电话：0755-86013388", "0755-86013388"),
        ("Tel. 030 12345678", "030 12345678"),
        ("416 60 039 office", "416 60 039"),
        ("+46 (0)8 928 571 38 fax", "+46 (0)8 928 571 38"),
        ("+1-984-182-0190 mobile", "+1-984-182-0190"),  # possible, not yet issued
        ("call 1-212-555-0123", "1-212-555-0123"),
    ],
)
def test_phone_numbers_by_shape_or_context(text: str, number: str) -> None:
    found = PIIClassifier("pii", PIIOptions()).scan(text)
    assert [text[f.start : f.end] for f in found] == [number]


@pytest.mark.parametrize(
    "text",
    [
        "请拨打心理援助热线400-161-9995",
        "全国免费热线 800-810-1117",
        "toll-free 1-800-273-8255",
        "call +1 800 273 8255 any time",
        "Freephone 0800 1111 111",
    ],
)
def test_an_organisations_service_number_is_no_ones_personal_data(text: str) -> None:
    """Toll-free, shared-cost and premium lines are answered by an organisation: masking the
    crisis line took the help out of an answer to someone in pain."""
    assert PIIClassifier("pii", PIIOptions()).scan(text) == []


def test_every_entity_declares_a_span_and_labels() -> None:
    for entity in ENTITIES.values():
        assert entity.max_span > 0 and entity.label_zh and entity.label_en


def test_mask_styles() -> None:
    spec = ENTITIES["cn_resident_id"].mask
    assert mask_value("110101199003071234", spec) == "110101********1234"
    assert mask_value("+86 138 1234 5678", ENTITIES["cn_mobile"].mask) == "+86 138 **** 5678"
    assert mask_value("13812345678", ENTITIES["cn_mobile"].mask) == "138****5678"


def test_placeholder_and_hash_replacements(monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio

    from aigc_guard.engine import scan_texts
    from aigc_guard.policy.loader import parse_policy
    from aigc_guard.policy.schema import Direction

    yaml_text = """
version: 1
classifiers: {pii: {type: pii}}
rules: [{when: {classifier: pii}, action: redact}]
redaction: {style: STYLE}
"""
    text = "身份证11010519491231002X"
    from pathlib import Path

    placeholder = parse_policy(yaml_text.replace("STYLE", "placeholder"), base_dir=Path("."))
    outcome = asyncio.run(scan_texts(placeholder, [text], Direction.OUTPUT))
    assert outcome.texts == ["身份证[身份证号]"]
    outcome = asyncio.run(scan_texts(placeholder, ["ID 11010519491231002X"], Direction.OUTPUT))
    assert outcome.texts == ["ID [ID_NUMBER]"]
    monkeypatch.setenv("AIGC_GUARD_HASH_KEY", "k1")
    hashed = parse_policy(yaml_text.replace("STYLE", "hash"), base_dir=Path("."))
    first = asyncio.run(scan_texts(hashed, [text], Direction.OUTPUT)).texts[0]
    assert first.startswith("身份证[身份证号:") and "11010519491231002X" not in first
    monkeypatch.setenv("AIGC_GUARD_HASH_KEY", "k2")
    assert asyncio.run(scan_texts(hashed, [text], Direction.OUTPUT)).texts[0] != first
