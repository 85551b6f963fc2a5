"""Cache lifetimes set out as options, each with its own hit rate ("5-minute TTL: writes at 125%; their traffic gives a
70% hit rate / 1-hour TTL: writes at 200%; hit rate rises to 98%"): each hit rate read belongs to the lifetime it is
said after. Runs on the normalized (lower-cased) text, after the hit rates and lifetimes are read."""

from __future__ import annotations

from decimal import Decimal

from glossary.regex_cache import compile_regex

# "5-minute ttl", "1-hour cache", "1h ttl": a lifetime named as a cache option.
_TTL_NAMED = compile_regex(
    r"(?<![\w.$])(?P<n>\d{1,3}+(?:\.\d{1,2}+)?)[- ]?(?P<unit>min(?:ute)?s?|hours?|hrs?|h|m)\b\s?(?:ttl|cache)\b")
# a percentage where a number starts
_PERCENT = compile_regex(r"(?<![\d.,])(?P<p>\d{1,3}+(?:\.\d{1,4}+)?)\s?%")


def hits_per_ttl(text: str, ttls: list[Decimal], hit_ratios: list[Decimal]) -> list[Decimal]:
    """The hit rate of each lifetime in ``ttls`` (in that order) when each option's text, from its lifetime to the next
    one, says exactly one of ``hit_ratios`` and no two say the same; [] when the options do not each carry their own."""
    if len(ttls) < 2 or len(hit_ratios) != len(ttls):
        return []
    named = list(_TTL_NAMED.finditer(text))[:8]
    found: dict[Decimal, Decimal] = {}
    for index, m in enumerate(named):
        minutes = Decimal(m.group("n")) * (60 if m.group("unit").startswith("h") else 1)
        end = named[index + 1].start() if index + 1 < len(named) else len(text)
        said = {Decimal(p.group("p")) / 100 for p in _PERCENT.finditer(text, m.end(), end)} & set(hit_ratios)
        if minutes in ttls and minutes not in found and len(said) == 1:
            found[minutes] = said.pop()
    paired = [found.get(minutes) for minutes in ttls]
    if any(hit is None for hit in paired) or len(set(paired)) != len(paired):
        return []
    return [hit for hit in paired if hit is not None]
