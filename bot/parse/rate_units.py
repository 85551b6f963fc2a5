"""The unit rates are quoted in, when the message says it apart from the figures: "(rates are per 1K tokens)", "prices
per thousand tokens", "$/1K". Rates are USD per million tokens everywhere else, so a rate stated per thousand is
multiplied by 1,000 (and the reply shows it); where the message also quotes rates per million, which rates the note
covers is unclear and is asked. Patterns run on the normalized (lower-cased) text."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from bot.parse.numbers import NUMBER, tidy, to_decimal
from glossary.regex_cache import compile_regex
from pricing.units import KTOK, per_million_from_billion, per_million_from_thousand, per_million_from_token

if TYPE_CHECKING:
    from bot.parse.extract import Scanner

_THOUSAND = r"(?:1\s?k|1,000|1000|one thousand|a thousand|thousand|k)"
# Not "per 1k calls" or "per thousand requests" (a fee per batch of calls), nor "per 1k tokens of context".
_NOT_CALLS = (r"(?![- ]?(?:[a-z]{3,15}\s)?(?:api\s)?(?:calls?|requests?|reqs?|invocations?|queries|query|"
              r"transactions?|images?|documents?|docs?|pages?|runs?|tasks?|tickets?|conversations?|users?|seats?)\b)")
# "(rates are per 1K tokens)", "prices per thousand tokens", "priced per 1k", "in $/1K", "per-1k pricing": rates said
# to be per thousand tokens, apart from any one figure.
RATE_UNIT_NOTE = compile_regex(
    r"\$\s?/\s?" + _THOUSAND + r"\b(?:[- ]?(?:input |output )?(?:tokens?|toks?))?" + _NOT_CALLS
    + r"|\bper[- ]?" + _THOUSAND + r"[- ]?(?:input |output |prompt |completion )?(?:tokens?|toks?)\b"
    # "price sheet is per 1K:", "the rate card says per 1k", "pricing page lists everything per thousand"
    + r"|\b(?:rates?|prices?|pricing|priced|costs?|quoted|listed|billed|charged|numbers|figures)\b"
    r"(?: (?:sheets?|cards?|lists?|tables?|pages?|docs?|here|are|is|all|in|below|above|shown|given|quoted|listed|says?|"
    r"lists|states?|shows?|everything|usd|us|dollars?)){0,4} (?:per|/)[- ]?" + _THOUSAND
    + r"\b" + _NOT_CALLS
    + r"|\bper[- ]?" + _THOUSAND + r"[- ](?:pricing|prices|rates)\b"
    # "per 1K: $0.01 in, $0.03 out": a heading naming the unit of the rates after it
    + r"|(?:^|[.;\n]\s?)per[- ]?" + _THOUSAND + r"\s?:(?=\s?\$)"
)
# "$0.015 per 1K tokens": the unit of the figure right before it, which the rate patterns read with that figure.
_FIGURE_BEFORE = compile_regex(r"\$\s?[\d.,]{1,12}\s?(?:k\s?)?(?:(?:input|output|in|out)\s)?$")
# "what's that per 1k tokens?", "how much is it per thousand tokens": the unit an answer is asked in, not a note.
_ASKED_IN = compile_regex(r"\b(?:what|how much|convert\w*|in terms of|equivalent|express\w*|works? out|comes? out|"
                          r"translate\w*)\b[^.;!?$]{0,30}$")
# "$3/M", "per million", "per 1M tokens", "$/MTok": a rate stated per million tokens somewhere in the message.
PER_MILLION_SAID = compile_regex(r"/\s?(?:1\s?)?(?:m|mm|mtoks?|million)\b|\bper[- ]?(?:1\s?|one |a )?(?:m|mm|mtoks?|"
                                 r"million|mil)\b|\bmtoks?\b|\$\s?/\s?m\b")
# "input 0.0025, output 0.01" under a note that rates are per 1K tokens: a side's rate with no dollar sign.
_SIDE_FIGURE = compile_regex(r"\b(?P<side>input|output|in|out|prompt|completion)(?: tokens?| rate| price)?\s?[:=@]?\s?"
                             r"(?P<a>0?\.\d{1,6})(?!\d|[.,]\d|\s?(?:k|m|mm|b|bn|%|x)\b|\s?(?:tokens?|toks?|calls?)\b)")
# The fields that hold a price per million tokens.
TOKEN_RATES = ("input_rate", "output_rate", "cache_read_rate", "cache_write_rate", "cache_write_1h_rate",
               "direct_rate", "direct_output_rate", "blended_rate", "provisioned_rate", "on_demand_rate")
# A rate said per thousand tokens is a fraction of a dollar; a larger figure beside one is a rate per million.
_MAX_PER_THOUSAND = Decimal(1)


def read_note(scanner: Scanner) -> None:
    """The stage run before rates are read: a note that rates are per thousand tokens, blanked so its "1k" is never
    read as a count of tokens; beside it, figures under a side's name with no dollar sign ("input 0.0025") are that
    side's rates per thousand tokens."""
    work = scanner.work
    if not any(w in work for w in ("1k", "thousand", "1,000", "1000", "/k", "per k", "per-k")):
        return
    for m in RATE_UNIT_NOTE.finditer(work):
        before = scanner.text[max(0, m.start() - 30) : m.start()]
        if _FIGURE_BEFORE.search(before) or _ASKED_IN.search(before):
            continue  # "$0.015 per 1k tokens" is read with its figure; "what is that per 1k tokens?" is a question
        scanner.found.per_thousand_note = m.group(0).strip()
        scanner._consume(m.start(), m.end())
    scanner._blank()
    if scanner.found.per_thousand_note is None:
        return
    for m in scanner._matches(_SIDE_FIGURE):
        value = to_decimal(m.group("a"))
        if value is not None and 0 < value <= _MAX_PER_THOUSAND:
            name = "input_rate" if m.group("side").startswith(("in", "prompt")) else "output_rate"
            scanner.found.add(name, _converted(value))
            scanner.note_per_thousand(_converted(value))


def apply(scanner: Scanner, per_thousand: list[Decimal], per_million: list[Decimal]) -> None:
    """The stage run after every rate is read: with rates said to be per thousand tokens (a note, or a unit on some of
    the figures), each rate read without a unit of its own is multiplied by 1,000. Where that is unclear (a figure too
    large to be a price per thousand, or only some figures carry the per-thousand unit while others elsewhere are per
    million) the rates read without a unit are left out and asked about. ``per_thousand`` and ``per_million`` hold the
    rates read with each unit (per million)."""
    found = scanner.found
    if found.per_thousand_note is None and not per_thousand:
        return
    typed = [(tidy(v / KTOK), v) for v in dict.fromkeys(per_thousand)]
    found.per_thousand_rates = typed
    unit = set(per_thousand) | set(per_million)
    bare = {name: [v for v in found.values[name] if v not in unit] for name in TOKEN_RATES if name in found.values}
    bare = {name: values for name, values in bare.items() if values}
    loose = [v for v in found.unlabeled_rates if v not in unit]
    if not bare and not loose:
        return  # every rate carried its own unit
    figures = list(dict.fromkeys([v for values in bare.values() for v in values] + loose))
    unclear = any(v > _MAX_PER_THOUSAND for v in figures) or (
        found.per_thousand_note is None and PER_MILLION_SAID.search(scanner.text) is not None)
    if unclear:
        found.rate_unit_unclear = figures
        for name in bare:
            kept = [v for v in found.values[name] if v in unit]
            if kept:
                found.values[name] = kept
            else:
                del found.values[name]
        found.unlabeled_rates = [v for v in found.unlabeled_rates if v in unit]
        found.per_thousand_rates = []
        return
    for name in bare:
        found.values[name] = [v if v in unit else _converted(v) for v in found.values[name]]
    found.unlabeled_rates = [v if v in unit else _converted(v) for v in found.unlabeled_rates]
    found.per_thousand_rates = typed + [(v, _converted(v)) for v in figures]


def _converted(rate: Decimal) -> Decimal:
    return tidy(per_million_from_thousand(rate))


# "$150 per billion input", "$2,000 per billion tokens blended", "$3.1k/1B tokens", "2500 dollars per bn": a price per
# billion tokens (not "per billion calls", a fee per batch of calls).
_PER_BILLION = compile_regex(
    r"(?:\$\s?(?P<a>" + NUMBER + r")(?:\s?(?P<k>k)\b)?|(?<![\w.$])(?P<b>" + NUMBER + r")\s?(?:dollars?|usd|bucks))"
    r"\s?(?:/|per|a|an|for every|every)[- ]?\s?(?:1\s?|one |a )?(?:b|bn|bil|bln|billion|btoks?)\b" + _NOT_CALLS
)


def read_per_billion(text: str) -> tuple[str, list[tuple[Decimal, Decimal]]]:
    """``text`` (normalized) with each price said per billion tokens rewritten as the same price per million (÷ 1,000),
    which every rate pattern reads, and the prices rewritten: (as typed, per million) for the reply to show."""
    if "b" not in text or not any(w in text for w in ("$", "dollar", "usd", "bucks")):
        return text, []

    def per_million(m: re.Match[str]) -> tuple[Decimal, Decimal, str] | None:
        typed = to_decimal(m.group("a") or m.group("b"), m.group("k"))
        return None if typed is None else (typed, tidy(per_million_from_billion(typed)), "")

    return _rewritten_per_million(_PER_BILLION, text, per_million)


def _rewritten_per_million(pattern: re.Pattern[str], text: str,
                           read: Callable[[re.Match[str]], tuple[Decimal, Decimal, str] | None]
                           ) -> tuple[str, list[tuple[Decimal, Decimal]]]:
    """``text`` with each price ``pattern`` finds that ``read`` converts ((as typed, per million, words after "per
    million")) written per million, and the prices converted, each once."""
    converted: list[tuple[Decimal, Decimal]] = []

    def per_million(m: re.Match[str]) -> str:
        read_as = read(m)
        if read_as is None:
            return m.group(0)
        typed, rate, after = read_as
        converted.append((typed, rate))
        return f"${format(rate, 'f')} per million{after}"

    return pattern.sub(per_million, text), list(dict.fromkeys(converted))


# "$0.0000004 per token", "$0.0000025/input token", "$0.00001 per output token": a price per single token, a fraction
# of a cent (a larger figure "per token" is a rep's shorthand for per-token pricing, read per million as before).
_PER_TOKEN = compile_regex(
    r"\$\s?(?P<a>0?\.\d{1,12})\s?(?:/|per|a|an|each|for every|every)[- ]?\s?(?:single |one |1 )?"
    r"(?P<side>(?:input|output|prompt|completion|cached|uncached) )?(?:token|tok)\b"
    r"(?![- ]?(?:s\b|based|pricing|rates?))"
    r"(?:\s(?P<after>in|out|input|output)\b)?")
# Below this a price "per token" is a price of one token; at or above it, a price per million said loosely.
_MAX_PER_TOKEN = Decimal("0.001")


def read_per_token(text: str) -> tuple[str, list[tuple[Decimal, Decimal]]]:
    """``text`` (normalized) with each price said per single token rewritten as the same price per million
    (× 1,000,000), which every rate pattern reads, and the prices rewritten: (as typed, per million)."""
    if "tok" not in text or "$" not in text:
        return text, []

    def per_million(m: re.Match[str]) -> tuple[Decimal, Decimal, str] | None:
        typed = to_decimal(m.group("a"))
        if typed is None or not 0 < typed < _MAX_PER_TOKEN:
            return None
        side = (m.group("side") or "").strip() or (m.group("after") or "")
        return typed, tidy(per_million_from_token(typed)), f" {side + ' ' if side else ''}tokens"

    return _rewritten_per_million(_PER_TOKEN, text, per_million)
