"""Call volumes that differ by part of a period: "weekdays 80k calls a day, weekends 15k", "month 1 200k calls, month 2
400k, month 3 800k", "09:00-17:00 (8h): 60 requests/min; rest of the day (16h): 10 requests/min".

Each part is a count of calls said per day (or per month, per minute, per hour) and how many of those the part holds
(5 weekdays, 1 month, 8 hours); the whole period's calls are the sum of the parts. Read from the normalized text (lower
case, list dashes as ";").
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Literal

from bot.parse.numbers import to_decimal

PartsPeriod = Literal["day", "week", "months"]

_CALLS = (r"(?:calls?|requests?|reqs?|queries|messages?|conversations?|chats?|tickets?|documents?|docs?|prompts?|"
          r"invocations?|transactions?|jobs?|sessions?)")
_COUNT = r"(?<![\w.$/])(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?P<s>k|m|thousand|million)?(?![\w%$]|\.\d)"
_SCALES = {"k": Decimal(1000), "thousand": Decimal(1000), "m": Decimal(1_000_000), "million": Decimal(1_000_000)}
_PER_DAY = r"(?:\s?(?:a|per|/|each|every)\s?day|\s?daily)"
_WEEKDAY = r"weekdays?|week days?|working days?|business days?|mon(?:day)?\s?(?:-|to|through|thru)\s?fri(?:day)?"
_WEEKEND = (r"weekends?|weekend days?|sat(?:urday)?s?\s?(?:and|&|/|\+|-)\s?sun(?:day)?s?|"
            r"sat(?:urday)?\s?(?:-|to)\s?sun(?:day)?")
# "weekdays they do 80k calls a day", "weekends 15k a day": the part, then its count a day
_DAYS_PART_FIRST = re.compile(
    r"\b(?:on |over |during |at )?(?:the )?(?P<part>" + _WEEKDAY + "|" + _WEEKEND + r")\b"
    r"(?:(?!\b(?:and|but|while|whereas|vs|versus)\b)[^.;,?!\d$%]){0,30}?"
    + _COUNT + r"(?:\s?" + _CALLS + r")?(?P<per>" + _PER_DAY + r"|\s?(?:a|per|each|over the|across the) weekend)?")
# "80k calls a day on weekdays and 15k on weekends": the count, then its part
_DAYS_COUNT_FIRST = re.compile(
    _COUNT + r"(?:\s?" + _CALLS + r")?(?P<per>" + _PER_DAY + r")?\s(?P<prep>on|over|during|at|for|across)\s"
    r"(?:the\s)?(?P<part>" + _WEEKDAY + "|" + _WEEKEND + r")\b")
# "month 1 200k calls", "m2: 400k", "400k in month 2"
_MONTH_PART_FIRST = re.compile(
    r"\b(?:month|mo|m)\s?(?P<i>1[0-2]|[1-9])\b\s?(?::|=|-|is|at|of|sees|does|has|with)?\s?"
    r"(?:~|about |around |roughly )?" + _COUNT + r"(?:\s?" + _CALLS + r")?")
_MONTH_COUNT_FIRST = re.compile(
    _COUNT + r"(?:\s?" + _CALLS + r")?\s(?:in|for|during|over)\s(?:the\s)?(?:month|mo)\s?(?P<i>1[0-2]|[1-9])\b")
# "(8h): 60 requests/min", "for 8 hours: 60 req/min", "60 requests a minute for the 8 business hours"
_RATE_UNIT = r"(?:\s?(?:/|per|a|an|each)\s?(?P<u>min(?:ute)?|h(?:ou)?r|hour|h|sec(?:ond)?|s)\b)"
_HOURS = r"(?P<h>\d{1,2}(?:\.\d)?)\s?(?:h|hrs?|hours?)\b"
_HOURS_PART_FIRST = re.compile(
    r"\(" + _HOURS + r"\)\s?[:=-]?\s?(?:~|about |around |roughly )?" + _COUNT + r"\s?" + _CALLS + r"?" + _RATE_UNIT)
_HOURS_COUNT_FIRST = re.compile(
    # ("12 thousand request per hour in the peak 4 hours, and 3 thousand per hour in the other 20 hours")
    _COUNT + r"\s?" + _CALLS + r"?" + _RATE_UNIT + r"\s(?:for|over|during|across|in)\s(?:the\s)?(?:other\s|remaining\s|"
    r"next\s|rest of the\s|peak\s|busy\s|busiest\s|quiet\s|off-peak\s)?(?:~|about )?" + _HOURS)
_PER_HOUR = {"min": Decimal(60), "minute": Decimal(60), "hr": Decimal(1), "hour": Decimal(1), "h": Decimal(1),
             "sec": Decimal(3600), "second": Decimal(3600), "s": Decimal(3600)}


def _count(m: re.Match[str]) -> Decimal | None:
    value = to_decimal(m.group("n"))
    if value is None:
        return None
    scale = m.group("s")
    return value * _SCALES[scale] if scale else value


def _day_parts(text: str) -> list[tuple[str, Decimal, Decimal]] | None:
    """Weekday and weekend counts: (label, days a week, calls each day); None unless both are said, once each."""
    found: dict[str, tuple[Decimal, Decimal]] = {}
    for pattern in (_DAYS_PART_FIRST, _DAYS_COUNT_FIRST):
        for m in pattern.finditer(text):
            calls = _count(m)
            if calls is None or calls <= 0:
                continue
            kind = "weekend" if re.fullmatch(_WEEKEND, m.group("part")) else "weekday"
            per = (m.group("per") or "").strip()
            if not per and calls < 100:
                continue  # "weekends 2 people on call": no call count
            prep = m.groupdict().get("prep") or ""
            whole_weekend = kind == "weekend" and ("weekend" in per or (
                prep in ("over", "across", "for") and m.group("part") == "weekend"))  # "30k over the weekend"
            days = Decimal(1) if whole_weekend else Decimal(2) if kind == "weekend" else Decimal(5)
            if kind in found and found[kind] != (days, calls):
                return None  # two counts for one part: not a split of the week
            found[kind] = (days, calls)
    if set(found) != {"weekday", "weekend"}:
        return None
    weekday, weekend = found["weekday"], found["weekend"]
    return [("weekday", weekday[0], weekday[1]),
            ("weekend" if weekend[0] == 1 else "weekend day", weekend[0], weekend[1])]


def _month_parts(text: str) -> list[tuple[str, Decimal, Decimal]] | None:
    """A ramp of monthly counts, month 1 onwards: (label, 1, calls that month); None unless two or more months in a
    row from month 1 are each said once."""
    months: dict[int, Decimal] = {}
    for pattern in (_MONTH_PART_FIRST, _MONTH_COUNT_FIRST):
        for m in pattern.finditer(text):
            calls = _count(m)
            if calls is None or calls < 100:
                continue  # "month 2 at 3 units": no call count
            index = int(m.group("i"))
            if index in months and months[index] != calls:
                return None
            months[index] = calls
    if len(months) < 2 or sorted(months) != list(range(1, len(months) + 1)):
        return None
    return [(f"month {i}", Decimal(1), months[i]) for i in sorted(months)]


def _hour_parts(text: str) -> list[tuple[str, Decimal, Decimal]] | None:
    """Hours of the day at different request rates: (label, hours, calls an hour); None unless two or more parts are
    said and their hours fit in a day."""
    parts: list[tuple[str, Decimal, Decimal]] = []
    for pattern in (_HOURS_PART_FIRST, _HOURS_COUNT_FIRST):
        for m in pattern.finditer(text):
            rate, hours = _count(m), to_decimal(m.group("h"))
            if rate is None or hours is None or hours <= 0:
                continue
            per_hour = rate * _PER_HOUR[m.group("u")]
            parts.append((f"{hours.normalize():f} h", hours, per_hour))
    if len(parts) < 2 or sum(p[1] for p in parts) > 24:
        return None
    return parts


def read_volume_parts(text: str) -> tuple[PartsPeriod, list[tuple[str, Decimal, Decimal]]] | None:
    """The period and its parts when the calls are said part by part (see the module's docstring), else None."""
    if "week" in text or "business day" in text or "working day" in text or "mon" in text or "sat" in text:
        days = _day_parts(text)
        if days is not None:
            return "week", days
    if "month" in text or re.search(r"\bm[1-9]\b", text):
        months = _month_parts(text)
        if months is not None:
            return "months", months
    if "(" in text or " for " in text or " over " in text or " in the " in text:
        hours = _hour_parts(text)
        if hours is not None:
            return "day", hours
    return None
