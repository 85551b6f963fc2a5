"""Providers' caching prices compared side by side: "A) Anthropic-style: read $0.50/M, write $6.25/M / B) OpenAI-style:
cached $2.50/M, no write premium", one option per line or per lettered item, on the same prefix, calls and hit rate.

Each option keeps its own input, cache-read and write prices; a price an option leaves out is the one the message
states for all of them ("same $5/M input everywhere"). "No write charge" or "writes at the normal input price" is a
write at the input rate; "cached input 50% off" a read at half the input rate.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise
from typing import NamedTuple

from bot.parse.extract import scan
from bot.parse.prescreen import screened

MAX_OPTIONS = 4


class CacheOption(NamedTuple):
    label: str
    provider: str | None
    input_rate: Decimal
    cache_read_rate: Decimal
    cache_write_rate: Decimal | None


# "a) ...", "(b) ...", "option 2: ...", "- anthropic: ...": where an option starts
_ITEM = screened(r"(?:^|\n|;\s|\s(?=\(?[a-d]\)\s))\s*(?:[-•*]\s*)?(?:(?:option|provider|offer|quote|plan)\s)?"
                 r"\(?(?P<letter>[a-d1-4])?"
                 r"(?(letter)[).:]\s|)")
_NO_WRITE_PREMIUM = screened(
    r"\bno (?:cache[- ])?write (?:charge|premium|surcharge|fee|cost)|\bwrites? (?:are |is )?(?:free|at (?:the )?"
    r"(?:normal|standard|base|regular|plain) input|billed (?:at|as) (?:the )?(?:normal|standard|base|regular) input)|"
    r"\bno (?:extra|additional) (?:charge|cost) (?:for|to) writ|"
    # ("writes cost the same as normal input, no premium")
    r"\bwrites? (?:cost|costs|are priced|are billed|are charged) (?:the same as|like|as) (?:the )?"
    r"(?:normal |standard |base |regular |plain )?input\b")
_READ_SHARE = screened(r"\bcached?(?: input| reads?| tokens?)?(?: (?:is|are|at|get|gets|billed at|priced at))? "
                       r"(?:(?P<off>\d{1,2}(?:\.\d+)?)\s?% off|"
                       r"(?P<of>\d{1,3}(?:\.\d+)?)\s?% of (?:the )?(?:normal |base )?input|"
                       # ("cache reads at half the input rate")
                       r"(?P<half>half)(?:[- ](?:price|off)| (?:of )?(?:the )?(?:normal |base )?input))\b")
_LETTER = re.compile(r"^\s*(?:[-•*]\s*)?(?:(?:option|provider|offer|quote|plan)\s)?\(?(?P<letter>[a-d1-4])[).:]\s")


def _segments(text: str) -> list[str]:
    """The message cut where an option starts (a line, a lettered item or a clause after a semicolon)."""
    cuts = [m.start() for m in _ITEM.finditer(text)] + [len(text)]
    return [text[a:b].strip(" \n;") for a, b in pairwise(cuts) if text[a:b].strip(" \n;")]


def _option(segment: str, shared_input: Decimal | None) -> CacheOption | None:
    found = scan(segment)
    values = found.values
    providers = list(dict.fromkeys(found.providers))
    letter = _LETTER.match(segment)
    if len(providers) > 1 or not (providers or letter):
        return None
    ins = list(dict.fromkeys(values.get("input_rate", [])))
    input_rate = ins[0] if len(ins) == 1 else shared_input
    if input_rate is None or len(ins) > 1:
        return None
    reads = list(dict.fromkeys(values.get("cache_read_rate", [])))
    read_shares = list(dict.fromkeys(values.get("cache_read_share", [])))
    share = _READ_SHARE.search(segment)
    if len(reads) == 1:
        read = reads[0]
    elif not reads and share:
        # "cached input 50% off", "cached at 25% of input", "cached reads half price": a share of the input rate
        read = (input_rate * (1 - Decimal(share.group("off")) / 100) if share.group("off") else
                input_rate * Decimal(share.group("of")) / 100 if share.group("of") else input_rate / 2)
    elif not reads and len(read_shares) == 1:
        read = input_rate * read_shares[0]  # "reads at 10% of input ($0.20/MTok)": the share the scan read
    else:
        return None
    writes = list(dict.fromkeys(values.get("cache_write_rate", [])))
    # ("cache writes at 125% of the input rate": a share of the option's input rate)
    write_shares = list(dict.fromkeys(values.get("cache_write_share", [])))
    write = (writes[0] if len(writes) == 1 else input_rate if _NO_WRITE_PREMIUM.search(segment)
             else input_rate * write_shares[0] if len(write_shares) == 1 and not writes else None)
    name = providers[0].replace("openai", "OpenAI").title().replace("Openai", "OpenAI") if providers else None
    label = " ".join(p for p in ((letter.group("letter").upper() + ")") if letter else None, name) if p)
    return CacheOption(label=label, provider=providers[0] if providers else None, input_rate=input_rate,
                       cache_read_rate=read, cache_write_rate=write)


def read_cache_options(text: str, shared_inputs: list[Decimal]) -> list[CacheOption]:
    """Two to four options, each with its own read price, or [] when the message compares none."""
    segments = _segments(text)
    if not 2 <= len(segments) <= 2 * MAX_OPTIONS + 2:
        return []
    options: list[CacheOption] = []
    for segment in segments:
        said = scan(segment).values.get("input_rate", [])
        shared = [i for i in dict.fromkeys(shared_inputs) if i not in said]
        option = _option(segment, shared[0] if len(shared) == 1 else None)
        if option is not None:
            options.append(option)
    labels = [o.label for o in options]
    if not 2 <= len(options) <= MAX_OPTIONS or len(set(labels)) != len(labels):
        return []
    if len({(o.input_rate, o.cache_read_rate, o.cache_write_rate) for o in options}) < 2:
        return []
    return options
