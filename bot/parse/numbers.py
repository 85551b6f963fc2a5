"""Numbers as reps type them: ``4k``, ``4,000``, ``2M``, ``1.5B``, ``500 thousand``, ``~2k``."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

# A bare number: 4,000 / 4000 / 1.5 / .5 (not part of a word, a version like 4.5.1, or a dollar amount).
NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
SCALE = r"(?:k|thousand|mm|m|mn|mil|million|b|bn|billion)"
# A quantity: a number with an optional scale word, e.g. "4k", "2 M", "1.5B", "500 thousand".
QUANTITY = rf"(?P<num>{NUMBER})(?:\s?(?P<scale>{SCALE})\b)?"

_SCALES = {
    "k": Decimal(1_000),
    "thousand": Decimal(1_000),
    "m": Decimal(1_000_000),
    "mm": Decimal(1_000_000),
    "mn": Decimal(1_000_000),
    "mil": Decimal(1_000_000),
    "million": Decimal(1_000_000),
    "b": Decimal(1_000_000_000),
    "bn": Decimal(1_000_000_000),
    "billion": Decimal(1_000_000_000),
}

# Days in a period, for turning "per hour|minute|month" into per day. A month is 730 hours.
PER_DAY_FACTOR = {
    "second": Decimal(86_400),
    "minute": Decimal(1_440),
    "hour": Decimal(24),
    "day": Decimal(1),
    "week": Decimal(1) / Decimal(7),
    "month": Decimal(24) / Decimal(730),
    "year": Decimal(1) / Decimal(365),
}

PERIOD_WORDS = {
    "sec": "second", "second": "second", "seconds": "second",
    "min": "minute", "minute": "minute", "minutes": "minute",
    "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour",
    "day": "day", "days": "day", "daily": "day",
    "wk": "week", "week": "week", "weekly": "week",
    "mo": "month", "mth": "month", "month": "month", "months": "month", "monthly": "month",
    "yr": "year", "year": "year", "annually": "year", "yearly": "year",
}

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_SPACES = re.compile(r"[^\S\n]+")


# "4 000", "2 500", "1 000 000": digits grouped by a space (plain, no-break or thin) are one number, as
# European style writes them. Not when the last group runs on into letters or decimals ("5 100k").
_GROUP_SPACE = re.compile(r"(?<![\d.,])(\d{1,3}(?:[\x20\u00a0\u202f\u2009]\d{3})+)(?![\w.]|,\d)")


def _grouped(match: re.Match[str]) -> str:
    return re.sub(r"[\x20\u00a0\u202f\u2009]", ",", match.group(1))


_DECIMAL_COMMA = re.compile(r"(?<=\$)(\d+),(\d{1,2})(?![\d,])|(?<![\d,])(\d+),(\d{1,2})(?=\s?%)")


def _decimal_comma(match: re.Match[str]) -> str:
    whole, fraction = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    return f"{whole}.{fraction}"


def normalize(text: str) -> str:
    """Lower-case, NFKC, Slack entities decoded, plain dashes and quotes, zero-width characters dropped,
    control characters blanked, runs of spaces collapsed."""
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")  # Slack's escaping
    text = _GROUP_SPACE.sub(_grouped, text)  # "4 000" is four thousand
    text = _DECIMAL_COMMA.sub(_decimal_comma, text)  # "$0,50" and "12,5%" are decimals
    text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH).translate(_QUOTES)
    text = _DASHES.sub("-", text)
    text = "".join(ch if ch in "\n\t" or unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return _SPACES.sub(" ", text).lower()


def to_decimal(num: str, scale: str | None = None) -> Decimal | None:
    """``"4,000"`` -> 4000, ``("1.5", "b")`` -> 1500000000; None when it is not a number."""
    try:
        value = Decimal(num.replace(",", ""))
    except InvalidOperation:
        return None
    if scale:
        value *= _SCALES[scale.lower()]
    return tidy(value)


def tidy(value: Decimal) -> Decimal:
    """Drop trailing zeros without going to exponent notation for whole numbers."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def per_day(value: Decimal, period: str) -> Decimal:
    """Convert a count per ``period`` (second ... year) into a count per day."""
    return tidy(value * PER_DAY_FACTOR[PERIOD_WORDS.get(period, period)])
