"""PII entities: one declaration each — pattern, validator, longest span, mask, labels.

Patterns run on width-folded text (full-width digits are ASCII here, zero-width characters
are gone, case is kept). A candidate only becomes a finding when its validator accepts it:
a wrong check digit is not a finding. Adding an entity is one entry in ``ENTITIES``.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import functools
import ipaddress
import json
import re
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers

__all__ = ["ENTITIES", "TAIL_CHARS", "Entity", "MaskSpec"]

B = r"(?<![0-9A-Za-z])"  # not glued to a letter or digit before
E = r"(?![0-9A-Za-z])"  # … nor after


@dataclass(frozen=True)
class MaskSpec:
    """Mask every letter and digit but the first ``keep_first`` and last ``keep_last``.

    ``significant`` counts only the last N letters/digits (a mobile number's +86 stays).
    """

    keep_first: int = 0
    keep_last: int = 4
    significant: int | None = None


@dataclass(frozen=True)
class Entity:
    """``triggers`` is a regex that every complete match contains (a digit, ``@``, a key's
    fixed prefix): text without it needs no scan for this entity. Multi-character triggers
    use only :data:`TAIL_CHARS`, so one split across stream pieces stays in the held tail."""

    name: str
    pattern: str
    max_span: int
    label_zh: str
    label_en: str
    validator: Callable[[str], bool] | None = None
    mask: MaskSpec = MaskSpec()
    score: float = 1.0
    triggers: str = r"\d"
    context: str | None = None  # words just before a value that vouch for it (a regex) …
    in_context: Callable[[str], bool] | None = None  # … and the validator then


# What a partial match holds before it has a trigger: an e-mail's local part, a key's or a
# passport's first letters, a phone's '+' or '(', a secret's first dashes or underscores.
TAIL_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+()-_"


_NOT_DIGIT = re.compile(r"\D+")


def _digits(value: str) -> str:
    return _NOT_DIGIT.sub("", value)


def luhn_valid(number: str) -> bool:
    digits = [int(c) for c in _digits(number)]
    if not digits:
        return False
    total = 0
    for index, digit in enumerate(reversed(digits)):
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


# First two digits of the administrative division codes (GB/T 2260), plus Taiwan, HK, Macao.
_CN_PROVINCES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46}
    | {50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83}
)
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def cn_id_check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character of a resident ID's first 17 digits."""
    return _ID_CHECK[sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True)) % 11]


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        born = dt.date(year, month, day)
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= born <= dt.date.today()


def _ungrouped(value: str) -> str:
    """``value`` without the spaces and hyphens that group its digits."""
    return value.replace(" ", "").replace("-", "")


def valid_cn_resident_id(value: str) -> bool:
    value = _ungrouped(value).upper()
    if int(value[:2]) not in _CN_PROVINCES:
        return False
    if len(value) == 18:
        if not _real_date(int(value[6:10]), int(value[10:12]), int(value[12:14])):
            return False
        return cn_id_check_char(value[:17]) == value[17]
    if len(value) == 15:  # first generation: YYMMDD in the 20th century, no check digit
        return _real_date(1900 + int(value[6:8]), int(value[8:10]), int(value[10:12]))
    return False


_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc_check_char(first17: str) -> str:
    """GB 32100-2015 check character of a unified social credit code."""
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return _USCC_CHARS[(31 - total % 31) % 31]


def valid_uscc(value: str) -> bool:
    if len(value) != 18 or any(c not in _USCC_CHARS for c in value):
        return False
    if value.isdigit():  # 18 plain digits are far likelier an ID or a number than a USCC
        return False
    return uscc_check_char(value[:17]) == value[17]


_CN_MOBILE_PREFIXES = frozenset(
    {"130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "146", "147"}
    | {"148", "149", "150", "151", "152", "153", "155", "156", "157", "158", "159", "162"}
    | {"165", "166", "167", "170", "171", "172", "173", "174", "175", "176", "177", "178"}
    | {"180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "190", "191"}
    | {"192", "193", "195", "196", "197", "198", "199"}
)


# Digits spelled in Chinese numerals, as a model asked to "write the digits in Chinese" does:
# 一三八…, 壹叁捌…, 幺 for one, 〇 and ○ for zero (traditional forms too).
CN_NUMERALS = {
    **dict.fromkeys("〇零○", "0"),
    **dict.fromkeys("一壹幺", "1"),
    **dict.fromkeys("二贰貳", "2"),
    **dict.fromkeys("三叁參", "3"),
    **dict.fromkeys("四肆", "4"),
    **dict.fromkeys("五伍", "5"),
    **dict.fromkeys("六陆陸", "6"),
    **dict.fromkeys("七柒", "7"),
    **dict.fromkeys("八捌", "8"),
    **dict.fromkeys("九玖", "9"),
}
_NUMERALS = "".join(CN_NUMERALS)
_NUMERALS_TO_DIGITS = str.maketrans(CN_NUMERALS)


def valid_spelled_number(value: str) -> bool:
    """A mobile number, resident ID or bank card with at least one digit spelled as a
    Chinese numeral (plain digits are the other entities' to find)."""
    if not any(c in CN_NUMERALS for c in value):
        return False
    digits = _ungrouped(value.translate(_NUMERALS_TO_DIGITS)).upper()
    if len(digits) in (15, 18) and valid_cn_resident_id(digits):
        return True
    if not digits.isdigit():
        return False
    return (len(digits) == 11 and valid_cn_mobile(digits)) or valid_bank_card(digits)


def valid_cn_mobile(value: str) -> bool:
    digits = _digits(value)
    if value.lstrip().startswith(("+", "00")):
        digits = digits[4:] if value.lstrip().startswith("00") else digits[2:]
    return len(digits) == 11 and digits[:3] in _CN_MOBILE_PREFIXES


def valid_bank_card(value: str) -> bool:
    return 13 <= len(_digits(value)) <= 19 and luhn_valid(value)


def card_brand(digits: str) -> str | None:
    """The card scheme of a number by its issuer identification prefix, if known."""
    two, four = int(digits[:2]), int(digits[:4])
    if digits[0] == "4":
        return "visa"
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return "mastercard"
    if two in (34, 37):
        return "amex"
    if digits.startswith(("6011", "65")) or 644 <= int(digits[:3]) <= 649:
        return "discover"
    if 3528 <= four <= 3589:
        return "jcb"
    if two in (36, 38, 39) or 300 <= int(digits[:3]) <= 305:
        return "diners"
    if two == 62:
        return "unionpay"
    return None


def valid_credit_card(value: str) -> bool:
    """International schemes; UnionPay (62…) numbers are reported as ``bank_card``."""
    digits = _digits(value)
    brand = card_brand(digits) if len(digits) >= 4 else None
    return 12 <= len(digits) <= 19 and brand not in (None, "unionpay") and luhn_valid(digits)


def valid_us_ssn(value: str) -> bool:
    area, group, serial = value.split("-")
    if area in ("000", "666") or area[0] == "9":
        return False
    return group != "00" and serial != "0000"


# IBAN lengths by country (ISO 13616 registry, the common ones); others: 15..34.
_IBAN_LENGTHS = {
    "AD": 24,
    "AT": 20,
    "BE": 16,
    "CH": 21,
    "CY": 28,
    "CZ": 24,
    "DE": 22,
    "DK": 18,
    "EE": 20,
    "ES": 24,
    "FI": 18,
    "FR": 27,
    "GB": 22,
    "GR": 27,
    "HR": 21,
    "HU": 28,
    "IE": 22,
    "IS": 26,
    "IT": 27,
    "LI": 21,
    "LT": 20,
    "LU": 20,
    "LV": 21,
    "MC": 27,
    "MT": 31,
    "NL": 18,
    "NO": 15,
    "PL": 28,
    "PT": 25,
    "RO": 24,
    "SE": 24,
    "SI": 19,
    "SK": 24,
    "SM": 27,
    "TR": 26,
}


def valid_iban(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    expected = _IBAN_LENGTHS.get(compact[:2])
    if expected is not None and len(compact) != expected:
        return False
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def valid_ipv4(value: str) -> bool:
    try:
        ipaddress.IPv4Address(value)
    except ValueError:
        return False
    return True


def valid_ipv6(value: str) -> bool:
    if value.count(":") < 2 or value.strip(":") == "":
        return False
    try:
        ipaddress.IPv6Address(value)
    except ValueError:
        return False
    return True


PHONE_CONTEXT = (
    r"(?i:tel|phone|fax|call|dial|mobile|cell|contact|hotline"
    r"|电话|手机|致电|拨打|热线|传真|联系|座机|号码|☎)"
)

PHONE_REGIONS: tuple[str, ...] = ("US", "GB", "CN", "DE", "FR", "JP")


_DATE_OR_TIME = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}|^(?:\d{1,3}\.){3}\d{1,3}$")


_NANP_TRUNK = re.compile(r"1[ .-]")  # 1-800-273-8255: a Chinese mobile never splits its 1 off


def _likely_first(number: str) -> tuple[str, ...]:
    """``PHONE_REGIONS`` with the likeliest region first (the first where the number is valid
    decides): eleven digits from ``1`` are a Chinese mobile's shape."""
    digits = _digits(number)
    if len(digits) == 11 and digits.startswith("1") and not _NANP_TRUNK.match(number.strip()):
        return ("CN", *(r for r in PHONE_REGIONS if r != "CN"))
    return PHONE_REGIONS


_GROUPS = re.compile(r"[ .-]")


def _phone_shaped(value: str) -> bool:
    """Written as phone numbers are, not as quantities: international (``+``, ``00``), an
    area code in brackets or after a trunk ``0``, ten digits and more in one run, a local
    ``555-0123``, or three groups and more that end in a group of three digits and more
    (four groups: any). ``224 4966 Bond Street``, a table's ``5170671``, a price range
    ``4000-5000`` and ``220.234.64`` are valid numbers somewhere but are none of these."""
    if value.startswith(("+", "00", "0", "(")):
        return True
    groups = [len(g) for g in _GROUPS.split(value)]
    if len(groups) == 1:
        return groups[0] >= 10
    if min(groups[1:]) < 2:
        return False
    if len(groups) == 2:
        return groups == [3, 4] and " " not in value
    if "." in value and groups[0] < 3:
        return False
    return len(groups) >= 4 or groups[-1] >= 3


def valid_phone(value: str) -> bool:
    """A number valid in one of :data:`PHONE_REGIONS` and written as a phone number."""
    return _phone_shaped(value.strip()) and valid_phone_number(value)


@functools.lru_cache(maxsize=4096)  # a stream re-reads its held window piece by piece
def valid_phone_number(value: str) -> bool:
    """A number valid in one of :data:`PHONE_REGIONS`, however it is written (after a word
    such as 电话 or "call", the shape says nothing)."""
    if _DATE_OR_TIME.search(value):
        return False
    compact = value.strip()
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if compact.startswith("+"):
        # A country code said outright: a number of a possible length for it is a phone
        # number, even one no carrier has issued yet (``+1-984-182-0190``).
        try:
            number = phonenumbers.parse(compact, None)
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_possible_number(number) and not _a_service(number)
    for region in _likely_first(compact):
        try:
            number = phonenumbers.parse(compact, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            # The likeliest region decides: a Chinese 400 number is no German line.
            return not _a_service(number)
    return False


# Numbers an organisation answers, not a person: toll-free, shared-cost and premium lines
# (China's 400 and 800, the UK's 0800, the NANP's 800 and 900). Not the UK's 03 "universal
# access" numbers, whose shape a German line (030 12345678) shares.
_SERVICE_TYPES = frozenset(
    {
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.SHARED_COST,
        phonenumbers.PhoneNumberType.PREMIUM_RATE,
    }
)


def _a_service(number: phonenumbers.PhoneNumber) -> bool:
    """A crisis line's 400-161-9995 in an answer is no one's personal data: masking it took
    the help out of a self-harm answer."""
    return phonenumbers.number_type(number) in _SERVICE_TYPES


@functools.cache
def warm_phone_validation() -> None:
    """Compile ``phonenumbers``' patterns for :data:`PHONE_REGIONS` now: it compiles them on
    a region's first number, which would cost that request 20–40 ms."""
    for region in PHONE_REGIONS:
        example = phonenumbers.example_number(region)
        if example is not None:
            for style in (
                phonenumbers.PhoneNumberFormat.E164,
                phonenumbers.PhoneNumberFormat.NATIONAL,
            ):
                valid_phone(phonenumbers.format_number(example, style))


def valid_jwt(value: str) -> bool:
    header = value.split(".", 1)[0]
    try:
        decoded = json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4)))
    except (binascii.Error, ValueError):
        return False
    return isinstance(decoded, dict) and "alg" in decoded


_SEP = r"[ -]?"

ENTITIES: dict[str, Entity] = {
    entity.name: entity
    for entity in (
        Entity(
            "private_key",
            r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----"
            r"[\s\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----",
            8192,
            "私钥",
            "PRIVATE_KEY",
            mask=MaskSpec(0, 0),
            triggers="-----",
        ),
        Entity(
            "jwt",
            r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}(?![A-Za-z0-9_-])",
            4096,
            "令牌",
            "JWT",
            valid_jwt,
            MaskSpec(3, 0),
            triggers="eyJ",
        ),
        Entity(
            "api_key",
            r"(?<![A-Za-z0-9_-])(?:sk-(?:proj-|ant-(?:api03-)?)?[A-Za-z0-9_-]{20,200}"
            r"|AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255}"
            r"|xox[abposr]-[A-Za-z0-9-]{10,200}|AIza[0-9A-Za-z_-]{35}"
            r"|(?:sk|rk)_live_[0-9A-Za-z]{24,99}|glpat-[0-9A-Za-z_-]{20})(?![A-Za-z0-9_-])",
            300,
            "密钥",
            "API_KEY",
            mask=MaskSpec(3, 0),
            triggers=r"sk-|AKIA|gh[pousr]_|github_pat_|xox[abposr]-|AIza|_live_|glpat-",
        ),
        Entity(
            "cn_resident_id",
            # Grouped as people write them (110105 19491231 002X, 1101 0519 …): a space or a
            # hyphen between any two digits; the validator reads the digits alone.
            B + r"[1-9](?:[ -]?\d){16}[ -]?[0-9Xx]" + E + r"|" + B + r"[1-9](?:[ -]?\d){14}" + E,
            35,
            "身份证号",
            "ID_NUMBER",
            valid_cn_resident_id,
            MaskSpec(6, 4),
        ),
        Entity(
            "cn_uscc",
            B + r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}" + E,
            18,
            "统一社会信用代码",
            "USCC",
            valid_uscc,
            MaskSpec(2, 4),
        ),
        Entity(
            "iban",
            B + r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}" + E,
            42,
            "国际银行账号",
            "IBAN",
            valid_iban,
            MaskSpec(4, 4),
        ),
        Entity(
            "cn_mobile",
            # 3-4-4 apart by a space or hyphen, or by any one mark used throughout (138/1234/
            # 5678, 138、1234、5678), or every digit apart by one (1 3 8 1 2 3 4 5 6 7 8).
            r"(?<![0-9A-Za-z+])(?:(?:\+|00)86[ -]?)?"
            r"(?:1[3-9]\d(?:[ -]?\d{4}){2}"
            r"|1[3-9]\d(?P<grouped>[._/,，、—–·])\d{4}(?P=grouped)\d{4}"
            r"|1(?P<apart>[ ._/,，、—–·-])[3-9](?:(?P=apart)\d){9})" + E,
            32,
            "手机号",
            "PHONE_NUMBER",
            valid_cn_mobile,
            MaskSpec(3, 4, significant=11),
        ),
        Entity(
            "credit_card",
            B + r"(?:\d" + _SEP + r"){11,18}\d" + E,
            23,
            "信用卡号",
            "CREDIT_CARD",
            valid_credit_card,
            MaskSpec(0, 4),
        ),
        Entity(
            "bank_card",
            B + r"(?:\d" + _SEP + r"){12,18}\d" + E,
            23,
            "银行卡号",
            "BANK_CARD",
            valid_bank_card,
            MaskSpec(0, 4),
        ),
        Entity(
            "cn_passport",
            B + r"(?:[EG]\d{8}|E[A-HJ-NP-Z]\d{7})" + E,
            9,
            "护照号",
            "PASSPORT",
            None,
            MaskSpec(1, 3),
            score=0.7,
        ),
        Entity(
            "email",
            r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}"
            r"(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z0-9-])",
            254,
            "邮箱",
            "EMAIL",
            lambda v: len(v) <= 254,
            MaskSpec(1, 0),
            triggers="@",
        ),
        Entity(
            "us_ssn",
            B + r"\d{3}-\d{2}-\d{4}" + E,
            11,
            "社会安全号",
            "US_SSN",
            valid_us_ssn,
            MaskSpec(0, 4),
        ),
        Entity(
            "ipv4",
            r"(?<![0-9.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)",
            15,
            "IP地址",
            "IP_ADDRESS",
            valid_ipv4,
            MaskSpec(0, 0),
        ),
        Entity(
            "ipv6",
            r"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:])",
            39,
            "IP地址",
            "IP_ADDRESS",
            valid_ipv6,
            MaskSpec(0, 0),
            triggers=":",
        ),
        Entity(
            "spelled_number",
            rf"(?<![0-9A-Za-z{_NUMERALS}])[0-9{_NUMERALS}](?:[ -]?[0-9{_NUMERALS}]){{10,18}}"
            rf"(?:[ -]?[Xx])?(?![0-9A-Za-z{_NUMERALS}])",
            38,
            "号码",
            "NUMBER",
            valid_spelled_number,
            MaskSpec(0, 4),
            triggers=f"[{_NUMERALS}]",
        ),
        Entity(
            "phone",
            # Not the tail of a longer run of digit groups (``GB82 WEST 1234 5698 7654 33``).
            r"(?<![0-9A-Za-z+])(?<!\d[ .-])(?:\+|00)?(?:\(\d{1,4}\)[ .-]?)?"
            r"\d(?:[ .-]?\(?\d\)?){5,16}\d" + E,
            24,
            "电话号码",
            "PHONE_NUMBER",
            valid_phone,
            MaskSpec(0, 4),
            context=PHONE_CONTEXT,
            in_context=valid_phone_number,
        ),
    )
}
