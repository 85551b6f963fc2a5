"""Free text -> :class:`~bot.parse.models.Ask` (an intent and typed fields)."""

from __future__ import annotations

import functools
import re
from decimal import Decimal, localcontext

from bot.format import count, money, percent
from bot.parse import deal_terms, rate_units
from bot.parse.anatomy import read_prompt_parts
from bot.parse.cache_options import read_cache_options
from bot.parse.extract import Found, load_key, scan, span_covered
from bot.parse.forms import read_columns, read_forms
from bot.parse.intent import FIELDCHECK, FIELDCHECK_QUOTED, GLOSSARY, HELP, STRUCTURE_QUESTION, classify
from bot.parse.meaning import COMPUTED, NOT_IAM, meaning_asked, name_pronouns
from bot.parse.models import Ambiguity, Ask, Fields, Intent
from bot.parse.numbers import (
    MAX_DIGITS,
    NUMBER,
    WIDE,
    normalize,
    overlong_number,
    per_day,
    tidy,
    to_decimal,
)
from bot.parse.period_words import PERIOD_WORDS
from bot.parse.prescreen import screened
from bot.parse.question_words import read_question_words
from bot.parse.summed_parts import read_summed_parts
from bot.parse.tables import read_csv, read_month_rows, read_token_lines, read_usage_rows, read_versions
from bot.phrases import question, which_value
from pricing.providers import HYPERSCALERS
from pricing.units import HOURS_PER_PERIOD, over_active_hours

__all__ = ["Ambiguity", "Ask", "Fields", "Intent", "fields_for", "parse", "show_value"]

MAX_CHARS = 4_000
"""Asks longer than this are read only up to here (a pasted thread; the numbers are near the top)."""
_GLOSSARY_CHARS = 200

_DISPLAY = {
    "discount": percent, "ea_discount": percent, "input_share": percent, "unit_hour_price": money,
    "markup": percent, "hit_ratio": percent, "utilization": percent, "cache_read_share": percent,
    "cache_write_share": percent, "cache_write_1h_share": percent, "cache_write_1h_rate": money,
    "direct_rate": money, "direct_output_rate": money, "blended_rate": money, "provisioned_rate": money,
    "on_demand_rate": money, "claimed_call_cost": money, "claimed_markup": percent, "markup_base_spend": money,
    "direct_cheaper_by": percent,
    "claimed_premium": money,
    "input_rate": money, "output_rate": money, "cache_read_rate": money, "cache_write_rate": money,
    "cache_storage_rate": money, "rate": money, "per_call_fee": money, "on_demand_spend": money, "direct_spend": money,
    "hyperscaler_spend": money, "hyperscaler_list_spend": money, "provisioned_spend": money, "input_spend": money,
    "prefix_share": percent,
    "fee_spend": money, "target_saving": percent, "claimed_saving": money, "per_token_call_cost": money,
    "claimed_cut": percent, "claimed_hit_saving": money, "claimed_day_saving": money, "budget": money,
}

# "if they run at 80%", "sit at 70%": a percentage said as how busy the capacity is.
_RUNS_AT = screened(r"\b(?:run|runs|running|sit|sits|sitting|hit|hits|reach|reaches|use|uses|used|utili[sz]ed?|"
                    r"busy|loaded|average|averages)\b(?: \w+){0,2} (?:at |around |about |~)?\d")
# "they'd run ~70%", "sit around 85%": the percentage right after how busy the capacity runs.
_RUN_PERCENT = screened(r"\b(?:run|runs|running|sit|sits|sitting|average|averages|averaging|use|using)\b"
                        r"(?: at| around| about| roughly| near| ~)?\s?~?\s?(?P<a>\d{1,3}(?:\.\d{1,2})?)\s?%")
# "their EA", "the EDP", "a MACC": an enterprise agreement's discount is named in the ask.
# "their EA discount (the EDP) is 15%", "a 15% EDP": a percentage beside the agreement's name, which a percentage
# said of something else in the same ask ("their EA is being renegotiated; 20% of traffic is batch") is not.
_EA_PERCENT = screened(
    r"\b(?:ea|edp|macc|enterprise agreement|enterprise discount|private pricing)\b(?: discount)?"
    r"(?: \([^()]{0,20}\))?[^.;,!?%\d()]{0,16}?(?P<a>\d{1,2}(?:\.\d{1,2})?)\s?%(?!\s?(?:of|hit|utili[sz]))"
    r"|(?P<b>\d{1,2}(?:\.\d{1,2})?)\s?%(?: off)? (?:ea|edp|macc|enterprise agreement|private pricing)\b"
)
# "..., and at 50%?" closing the ask: the same figure as before it asked again at another value.
_AND_AT_END = screened(r"\b(?:and|or|what about|how about) (?:at |with |for |on )?(?:a |an )?\d{1,2}(?:\.\d+)?\s?%"
                       r"(?: off| discount)?\s?\?*\s*$")
_EITHER = screened(r"\d\s?%[^.?!;\d]{0,40}?\b(?:or|maybe|possibly|either|perhaps)\b[^.?!;\d]{0,40}?\d|"
                   r"(?<![\d.])\d{1,2}\s?%?\s?(?:-|–|to)\s?\d{1,2}\s?%")  # "30-50% off": a range, not two values
# "$1/$4 or maybe $0.50/$2": one value or another, not both.
_OR_MAYBE = screened(r"\d[^.?!;]{0,20}?\bor (?:maybe|perhaps|possibly|else|even) (?:~|about |around )?\$?\d")
# "goes from 300 to 900 tokens", "from 2k to 8k in": a value and the one replacing it.
# "8,800 cache hits out of 10,000 calls", "9,000 of 10,000 calls hit the cache", "34k of 40k were reads": a hit rate
# said as the hits counted among the calls.
_OF_CALLS = r"(?: out)? of (?:the |their |all )?(?P<c#>" + NUMBER + r")\s?(?P<cs#>k)?\b"
_HITS_COUNTED = screened(
    r"(?<![\w.$,])(?P<h1>" + NUMBER + r")\s?(?P<hs1>k)?\b (?:(?:cache[- ])?(?:hits|reads)|cached calls)"
    + _OF_CALLS.replace("#", "1") + r"|"
    r"(?<![\w.$,])(?P<h2>" + NUMBER + r")\s?(?P<hs2>k)?\b" + _OF_CALLS.replace("#", "2")
    + r"(?: (?:calls|requests|prompts))? (?:hit\b|were (?:cache[- ])?(?:hits|reads)\b|"
    r"were served from (?:the )?cache\b)|"
    # "40,000 calls, 34,000 of them were cache reads": the calls said first, then the hits among them
    r"(?<![\w.$,])(?P<c3>" + NUMBER + r")\s?(?P<cs3>k)?\s(?:calls|requests|prompts)\b[^.;?!\d]{0,30}?(?<![\w.$,])"
    r"(?P<h3>" + NUMBER + r")\s?(?P<hs3>k)?\s(?:of (?:them|those|these)\s)(?:were|are|was)\s"
    r"(?:(?:cache[- ])?(?:hits|reads)|served from (?:the )?cache)\b")
_FROM_TO = screened(r"\bfrom ~?(?P<a>" + NUMBER + r")\s?(?P<sa>k|m|b)?\b(?: tokens?)? (?:to|->|→) ~?(?P<b>"
                    + NUMBER + r")\s?(?P<sb>k|m|b)?\b")
# "output per call doubles to 1,000 tokens", "if output length goes up to 800": one side's count and the value it
# changes to (the other value of that count said is the one before).
_SIDE_CHANGES_TO = screened(
    r"\b(?P<side>input|output|completion|prompt|response|answer|reply)s?"
    r"(?: tokens?| volume| size| length| side)?(?: (?:per|each|a|an) (?:call|request|req|query|message|turn|step))?"
    r"(?: tokens?)? (?:doubles|doubled|triples|tripled|halves|halved|grows|grew|goes up|goes|went up|rises|rose|"
    r"increases|increased|jumps|jumped|climbs|drops|falls|shrinks|gets cut|is cut|moves|changes)(?: up| down)? to "
    r"~?(?P<b>" + NUMBER + r")\s?(?P<sb>k|m|b)?\b"
)
# "70% of calls go to a small model", "30% routed to the large one", "send 20% to the big model": calls split between
# two models, each at its own rates.
_ROUTED = screened(r"\d\s?%(?: of (?:the |all |our |their )?(?:calls|requests|traffic|queries|volume|messages|"
                   r"tickets))? (?:go(?:es)? to|are (?:routed|sent) to|routed to|sent to|hit|use|on|to) (?:a|an|the)\b")
# "what if their volume doubles?", "traffic grows 50%", "usage goes up 3x": the whole volume times a factor.
_FACTORS = {"doubles": Decimal(2), "doubled": Decimal(2), "doubling": Decimal(2), "double": Decimal(2),
            "triples": Decimal(3), "tripled": Decimal(3), "tripling": Decimal(3), "triple": Decimal(3),
            "quadruples": Decimal(4), "quadrupled": Decimal(4), "quadruple": Decimal(4), "halves": Decimal("0.5"),
            "halved": Decimal("0.5"), "halve": Decimal("0.5"), "one and a half times": Decimal("1.5"),
            "twice": Decimal(2), "three times": Decimal(3)}
# ("traffic up 50%", "input and output both up 50%", "half again as much traffic": the rise said without a verb, or as
# how much more there is)
_VOLUME_GROWS = screened(
    r"\b(?:volume|volumes|traffic|usage|load|demand|input and output|both sides)(?: \w+)?? (?:(?P<word>doubles|"
    r"doubled|doubling|double|triples|tripled|tripling|triple|quadruples|quadrupled|quadruple|halves|halved)\b|"
    r"(?:grows|goes up|rises|increases|jumps|climbs|(?:is |are |will be |both |all )?up)"
    r"(?: by)? (?:(?P<pct>\d{1,3}(?:\.\d+)?)\s?%|(?P<times>\d{1,2}(?:\.\d+)?)\s?x\b))"
    r"|\b(?:(?P<as_much>one and a half times|twice|three times)|(?P<again>\d{1,3}(?:\.\d+)?)\s?% again) as much "
    r"(?:traffic|volume|usage|load|demand)\b"
    # "and at 4x the volume?", "with 2.5x the traffic", "what about 3x volume": the volume said as a multiple of itself
    r"|\b(?:at|with|on|for|about|if|under|assuming)\s(?:~|about |roughly )?(?P<at_times>\d{1,2}(?:\.\d{1,2})?)\s?"
    r"(?:x|×|times)\s(?:the\s|that\s|their\s|our\s|current\s|today's\s)*(?:volume|traffic|usage|load|demand)\b"
    # "they're planning to double traffic", "expect to triple their volume": the change said as what they will do
    r"|\b(?:plan|plans|planning|planned|going|expect|expects|expecting|want|wants|aim|aims|aiming|set|intend|intends)"
    r" to (?P<verb>double|triple|quadruple|halve) (?:the |their |its |our |all )?(?:traffic|volume|volumes|usage|load|"
    r"demand)\b"
)
# "what if hits double?", "if calls triple": in a caching ask, the calls (each a hit) times a factor.
_CALLS_GROW = screened(
    r"\b(?:hits|calls|requests|queries)(?: \w+)?? (?:(?P<word>doubles|doubled|doubling|double|triples|tripled|tripling|"
    r"triple|quadruples|quadrupled|quadruple|halves|halved)\b|(?:grow|grows|go up|goes up|rise|rises|increase|"
    r"increases|jump|jumps)(?: by)? (?:(?P<pct>\d{1,3}(?:\.\d+)?)\s?%|(?P<times>\d{1,2}(?:\.\d+)?)\s?x\b))"
    r"(?P<at_times>(?!))?"
)
# "what if output doubles?", "and if input tokens grow 50%?": one side's tokens times a factor, the other side as it is.
_SIDE_GROWS = screened(
    r"\b(?P<side>input|output|completion|prompt|in|out)(?:put)?s?(?: tokens?| volume| size| length| side)?"
    r" (?:(?P<word>doubles|doubled|doubling|double|triples|tripled|tripling|triple|quadruples|quadrupled|halves|"
    r"halved)\b|(?:grows|goes up|rises|increases|jumps)(?: by)? (?:(?P<pct>\d{1,3}(?:\.\d+)?)\s?%|"
    r"(?P<times>\d{1,2}(?:\.\d+)?)\s?x\b))"
)
# "the cacheable prefix becomes 3,500 tokens", "the system prompt goes from 4k to 6k tokens", "so the cached prefix
# becomes 7k": the repeated prefix said as changing (from a value, when said) to another.
_PREFIX_WORD = (r"\b(?:prefix|system prompt|preamble|cached (?:part|block|context|section)|"
                r"(?:stable|static|cacheable|fixed) (?:part|portion|block|section|prefix))\b")
_CHANGE_VERB = (r"(?:becomes?|would become|will become|(?:grows?|grew|goes|go|went|increases?|rises?|jumps?|drops?|"
                r"shrinks?|falls?|moves?|changes?|gets?|bumps?|expands?|extends?|climbs?)(?: up| down)?)")
_PREFIX_CHANGE = screened(
    _PREFIX_WORD + r"(?:(?!\b(?:input|output|user|responses?|answers?|replies|turns?|questions?|calls?|requests?|"
    r"volume|traffic|hits?|rates?|prices?|prompts? (?:per|each))\b)[^.?!;\n\d$]){0,40}?\b" + _CHANGE_VERB
    + r"\s(?:from ~?(?P<a>" + NUMBER
    + r")\s?(?P<sa>k|m)?\b(?:[- ]?tokens?)?\s?(?:to|->|→)|to|(?<=becomes\s)|(?<=become\s))\s?~?(?P<b>" + NUMBER
    + r")\s?(?P<sb>k|m)?\b(?![- ]?(?:calls?|requests?|hits?|%|percent|x\b))"
)
# "what if they grow the system prompt from 2k to 5k tokens?", "if we bump the prefix up to 6k": the verb before the
# prefix it changes.
_PREFIX_CHANGED = screened(
    r"\b(?:grows?|grew|growing|increases?|increased|increasing|raises?|raised|raising|expands?|expanded|expanding|"
    r"extends?|extended|extending|bumps?|bumped|bumping|takes?|took|taking|pushes|push|pushed|pushing|cuts?|cutting|"
    r"shrinks?|shrank|shrinking|trims?|trimmed|trimming|reduces?|reduced|reducing|lengthens?|lengthened|make|makes|"
    r"made|making)\s(?:the |their |our |its |that |this )?(?:shared |cached |cacheable |static |stable |common )?"
    # ("trim the prompt to 4,500 tokens": in a caching ask, the prompt whose prefix is cached)
    r"(?:" + _PREFIX_WORD + r"|prompt)(?: (?:size|length))?(?: (?:up|down))?"
    r"\s(?:from ~?(?P<a>" + NUMBER + r")\s?(?P<sa>k|m)?\b(?:[- ]?tokens?)?\s?(?:to|->|→)|to)\s?~?(?P<b>" + NUMBER
    + r")\s?(?P<sb>k|m)?\b(?![- ]?(?:calls?|requests?|hits?|%|percent|x\b))"
)
# "only the first 1,000 tokens are stable", "the first 2k tokens of the prompt are static": today's cacheable prefix.
_FIRST_TOKENS_STABLE = screened(
    r"\bfirst ~?(?P<a>" + NUMBER + r")\s?(?P<sa>k)?\b[- ]?(?:tokens?|toks?)\b(?: of (?:the |their |our |each |every )?"
    r"(?:system )?prompts?)? (?:are|is|stay|stays|remain|remains) (?:currently |still |actually )?"
    r"(?:stable|static|fixed|cacheable|cached|identical|constant|shared|the same)\b"
)


def _prefix_change(normalized: str, found: Found, values: dict[str, list[Decimal]]) -> None:
    """In a caching ask, a prefix said to change ("the cacheable prefix becomes 3,500 tokens", "the system prompt goes
    from 4k to 6k") is priced at the new size beside today's (the first prefix said, or "the first 1,000 tokens are
    stable"): today's is the prefix, the new one the what-if. Counts read as other token fields for either are
    dropped."""
    change = _PREFIX_CHANGE.search(normalized) or _PREFIX_CHANGED.search(normalized)
    if change is None or values.get("what_if_prefix"):
        return
    after = to_decimal(change.group("b"), change.group("sb"))
    said_before = to_decimal(change.group("a"), change.group("sa")) if change.group("a") else None
    stable = _FIRST_TOKENS_STABLE.search(normalized)
    base = said_before or (to_decimal(stable.group("a"), stable.group("sa")) if stable else None)
    prefixes = list(dict.fromkeys(values.get("prefix_tokens", [])))
    if base is None:
        others = [v for v in prefixes if v != after]
        base = others[0] if len(others) == 1 else None
    if after is None or base is None or base == after:
        return
    values["prefix_tokens"], values["what_if_prefix"] = [base], [after]
    for name in ("input_tokens_per_call", "tokens_per_call"):
        kept = [v for v in values.get(name, []) if v not in (base, after)]
        if name in values:
            values[name] = kept
    found.unused = [u for u in found.unused if _said_value(u) not in (base, after)]


# "the customer now says volume will be more like 14,000 calls a day, what then?": a second call volume said as what the
# first becomes
_NEW_VOLUME = screened(r"\b(?:more like|now (?:says?|expects?|thinks?|forecasts?)|what if|instead|goes? to|grows? to|"
                       r"jumps? to|drops? to|rises? to|climbs? to|ramps? to|what then)\b")


def _volume_changed(normalized: str, found: Found) -> None:
    """In a caching ask, two call volumes with words saying the second replaces the first: the first is priced and the
    second is the what-if (a factor of the first)."""
    calls = list(dict.fromkeys(found.values.get("calls_per_day", [])))
    if len(calls) != 2 or found.volume_factor is not None or calls[0] <= 0 or not _NEW_VOLUME.search(normalized):
        return
    found.values["calls_per_day"] = calls[:1]
    found.volume_factor = calls[1] / calls[0]


# "cutting input from $2.50 to $2.00 per million", "the vendor cuts the input price to $2.40", "output goes up to $12":
# one side's rate said as changing (from a rate, when said) to another.
_RATE_SIDE = r"(?P<side>input|output|in|out|prompt|completion)(?: tokens?)?(?: (?:price|rate|pricing|list price|cost))?"
_RATE_VERB = (r"(?:cut|cuts|cutting|drop|drops|dropping|dropped|lower|lowers|lowering|lowered|raise|raises|raising|"
              r"raised|reduce|reduces|reducing|reduced|increase|increases|increasing|increased|bump|bumps|bumping|"
              r"move|moves|moving|moved|change|changes|changing|changed|slash|slashes|slashing|goes|go|going|went|"
              r"falls?|falling|fell|rises?|rising|rose|jumps?|jumping)")
_RATE_MOVE = (r"(?:from \$(?P<a>" + NUMBER + r")(?:\s?(?:/|per)\s?(?:1\s?)?(?:m|mtok|million)\b(?: tokens)?)?\s?"
              r"(?:to|->|→) \$(?P<b>" + NUMBER + r")|(?:down |up )?to \$(?P<c>" + NUMBER + r"))")
_RATE_CHANGE = screened(
    r"\b" + _RATE_VERB + r" (?:the |their |its |our |the vendor's |the provider's )?" + _RATE_SIDE + r" " + _RATE_MOVE
    + r"|\b" + _RATE_SIDE.replace("(?P<side>", "(?P<side2>") + r" (?:(?:is|will|would|could|may|might|should) )?"
    r"(?:be )?" + _RATE_VERB + r"(?: (?:down|up))? " + _RATE_MOVE.replace("(?P<a>", "(?P<a2>").replace(
        "(?P<b>", "(?P<b2>").replace("(?P<c>", "(?P<c2>")
)
# "400 tokens instead of ~1,000", "a 2k prompt rather than 3k": a count said in place of another, (before, after).
_INSTEAD = screened(
    r"(?<![\w.$,])(?P<b>" + NUMBER + r")\s?(?P<sb>k|m)?\b(?:[- ]?tokens?)? (?:instead of|rather than|in place of|"
    r"down from|up from) ~?(?P<a>" + NUMBER + r")\s?(?P<sa>k|m)?\b(?![.,]\d)"
)
# "current: 1,500 in / 900 out per call" then "proposed: 1,500 in / 400 out": the same counts now and after a change,
# each on its own line or clause under its label.
_NOW_THEN = screened(
    r"\b(?:current(?:ly)?|today|now|existing|as[- ]is|before|baseline)\b\s?(?:[:=-]|is|are)\s?"
    r"(?P<now>(?:[^\n;.!?]|\.(?=\d)){3,60}?)"
    r"\s?(?:\n|;|,)\s?(?:[-*•] )?(?:(?:and|but|vs\.?|versus) )?\b(?:proposed|new|after|planned|future|to[- ]be|"
    r"option b|then|tomorrow)\b\s?(?:[:=-]|is|are|would be|will be)\s?(?P<then>(?:[^\n;.!?]|\.(?=\d)){3,60})"
)
_QUANTITY_SAID = screened(r"(?<![\w.$,/])(?P<n>" + NUMBER + r")\s?(?P<s>k|m)?\b(?![.,]\d|\s?%|\s?x\b)")


def _rate_changed(found: Found, values: dict[str, list[Decimal]], fields: dict[str, object], ins: list[Decimal],
                  outs: list[Decimal]) -> None:
    """A quote where one side's rate changes and the other stays: the bill at today's rates, and at the new rate beside
    the other side's (the rates' second list)."""
    assert found.rate_change is not None
    side, before, after = found.rate_change
    moved, kept = (ins, outs) if side == "input" else (outs, ins)
    others = [v for v in moved if v != after]
    base = before if before is not None else (others[0] if len(others) == 1 else None)
    if base is None or base == after or len(kept) != 1 or (others and others != [base]):
        return
    new = [after, kept[0]] if side == "input" else [kept[0], after]
    values["input_rate" if side == "input" else "output_rate"] = [base]
    fields["other_rates"] = new
    found.unused = [u for u in found.unused if _number_in(u) not in (base, after)]


def _rate_change(normalized: str) -> tuple[str, Decimal | None, Decimal] | None:
    """One side's rate said as changing: (side, the rate before when said, the rate after)."""
    m = _RATE_CHANGE.search(normalized) if "$" in normalized else None
    if m is None:
        return None
    side = m.group("side") or m.group("side2")
    before, after = (m.group("a") or m.group("a2")), (m.group("b") or m.group("b2") or m.group("c") or m.group("c2"))
    value = to_decimal(after) if after else None
    if value is None:
        return None
    return ("input" if side in ("input", "in", "prompt") else "output", to_decimal(before) if before else None, value)


def _replaced(normalized: str) -> list[tuple[Decimal, Decimal]]:
    """Counts said in place of others: "400 tokens instead of 1,000"; "current: 900 out / proposed: 400 out"."""
    pairs = [(a, b) for m in _INSTEAD.finditer(normalized)
             if (a := to_decimal(m.group("a"), m.group("sa"))) is not None
             and (b := to_decimal(m.group("b"), m.group("sb"))) is not None and a != b]
    for m in _NOW_THEN.finditer(normalized):
        now = [to_decimal(q.group("n"), q.group("s")) for q in _QUANTITY_SAID.finditer(m.group("now"))]
        then = [to_decimal(q.group("n"), q.group("s")) for q in _QUANTITY_SAID.finditer(m.group("then"))]
        if len(now) == len(then):
            pairs += [(a, b) for a, b in zip(now, then, strict=True) if a is not None and b is not None and a != b]
    return pairs


def _number_in(text: str) -> Decimal | None:
    m = _QUANTITY_SAID.search(text.replace("$", " "))
    return to_decimal(m.group("n"), m.group("s")) if m else None


# Beside a discount already said: "she thinks she can get it to 45%", "if they push that up to 50%", "Azure PTU, 45%
# below": another discount, said without naming it again.
_DISCOUNT_AGAIN = screened(
    r"\b(?:get|gets|getting|push|pushes|pushing|negotiate|negotiates|negotiating|bring|brings|bringing|take|takes|"
    r"taking|move|moves|moving|raise|raises|raising|improve|improves|improving|land|lands|landing|bump|bumps|bumping|"
    r"squeeze|squeezes|squeezing|squeezed|cut|cuts|cutting|drop|drops|dropping|lower|lowers|lowering)"
    r" (?:it|that|this|the discount|the offer|them|the number|the deal)(?: up| down)? to ~?(?P<a>\d{1,2}(?:\.\d+)?)"
    r"\s?%|"
    # "what if it goes to 44%", "the discount moves up to 44%": the discount said changing, without a verb's object
    r"\b(?:it|that|the discount|the offer|the deal)(?:'ll| will| would)? (?:goes|go|went|moves?|gets|jumps?|climbs?|"
    r"rises?|drops?|falls?|improves?) (?:up |down )?to ~?(?P<d>\d{1,2}(?:\.\d+)?)\s?%(?!\s?(?:util|usage|load|use\b))|"
    # "what if we get them 42%": the discount got for them, said without "to"
    r"\b(?:get|gets|getting|got|land|lands|landing|offer|offers|offering|give|gives|giving) (?:them|the customer|"
    r"the buyer|the client) (?:~|about |around )?(?P<c>\d{1,2}(?:\.\d+)?)\s?%(?!\s?(?:util|usage|load|use\b))|"
    r"(?<![\w.])(?P<b>\d{1,2}(?:\.\d+)?)\s?% (?:below|under|cheaper|off)(?=\s?(?:$|\n|[.;,!?)])|"
    # ("offer two is 45% below but locks them in for a year": the clause goes on with a condition)
    r"\s(?:but|though|although|yet|whereas|while)\b)|"
    # "the provider just came back with 50%", "they countered at 45%", "revised offer: 48%": a new offer said
    r"\b(?:came back|come back|comes back|countered|counters|counter(?:-| )?offered|"
    r"revised (?:it|the offer|their offer)|sweetened (?:it|the offer|the deal))(?: (?:with|at|to))? (?:an? )?~?"
    r"(?P<e>\d{1,2}(?:\.\d+)?)\s?%"
    r"(?!\s?(?:util|usage|load|use\b))|"
    r"\b(?:new|revised|updated|improved|better|latest) offer(?: is| of|:)? (?:now )?~?(?P<f>\d{1,2}(?:\.\d+)?)\s?%"
    r"(?!\s?(?:util|usage|load|use\b))"
)


_BOTH = screened(r"\b(?:each|both|compare|comparing|vs\.?|versus|respectively|side by side)\b")
# "if their EA goes from 10% to 20%": a change between two values, each worked out (not a range to ask about).
# "if we get their EA from 10% to 15%", "bump the discount from 20% to 25%": the change said with what is changed.
_PERCENT_CHANGE = screened(r"\b(?:goes|going|go|went|moves?|moving|rises?|drops?|falls?|changes?|gets?|getting|got|"
                           r"bumps?|bumped|pushe?s?|pushed|takes?|raised?|raises|lifts?|increased?|increases|"
                           r"negotiated?|negotiates|improved?|improves) "
                           r"(?:(?:their|the|our|its|that) (?:ea discount|ea|edp|macc|discount|markup) )?"
                           r"(?:up |down )?from \d{1,2}(?:\.\d+)?\s?% to \d")
# "what's the break-even util at ...", "where does it break even at 15% off, and at 50%?": the utilization is asked for.
_BREAK_EVEN_ASKED = screened(
    r"\bbreak[- ]?even (?:util\w*|usage|point|load|level)\b|"
    r"\bwhere (?:does|do|would) (?:it|they|that) break[- ]?even\b|"
    r"\b(?:what|which) (?:util\w*|usage|load) (?:do|does|would|to|for) (?:they|it|we|them)? ?(?:need|have)? ?(?:to )?"
    r"break[- ]?even\b")


def _discount_in_dollars(values: dict[str, list[Decimal]], found: Found) -> bool:
    """The ask prices the committed capacity against what the same capacity costs on-demand at full use (a bill against
    a spend at full load, or units at a unit-hour price beside what a unit serves), so the discount is not a
    percentage it says."""
    if values.get("provisioned_spend") and values.get("on_demand_spend"):
        return "full_load" in found.traits
    return bool(values.get("unit_hour_price")) and bool(
        values.get("on_demand_spend") or values.get("tokens_per_hour_per_unit")
        or values.get("tokens_per_minute_per_unit"))


_SAID = screened(r"^~?(?P<a>" + NUMBER + r")\s?(?P<s>k|m|b)?$")


# A number left unplaced that is a multiple as written: "3x", "2.5x".
_MULTIPLE = screened(r"^~?\d{1,3}(?:\.\d{1,2})?x$")


def _said_value(text: str) -> Decimal | None:
    """The value of a number left unplaced, as it was written ("2k": 2000)."""
    m = _SAID.match(text.strip())
    return to_decimal(m.group("a"), m.group("s")) if m else None


def show_value(name: str, value: Decimal) -> str:
    """A field's value as the parser shows it back ("40%", "$3.00", "20,000")."""
    return _DISPLAY.get(name, count)(value)


# The tokens in one unit of a load profile's unit ("M tokens/hour": a million).
_TOKEN_SCALES = {"tokens/hour": 1, "k tokens/hour": 1_000, "M tokens/hour": 1_000_000, "B tokens/hour": 1_000_000_000}


# Shares written as a cut with its sign ("price vs on-demand .. -35%", "EA consumption discount -18%"): the cut itself
_SIGNED_CUTS = frozenset({"discount", "ea_discount"})


def _single(fields: dict[str, object], found: Found, name: str, ambiguities: list[Ambiguity]) -> None:
    values = found.values.get(name)
    if not values:  # most fields: nothing said
        return
    if name in _SIGNED_CUTS:
        values = [abs(v) for v in values]
    distinct = list(dict.fromkeys(values))
    if len(distinct) > 1 and name in found.load_ratios:
        # "Avg 900k / Peak 1.05M / Peak-to-average: ~1.17": a ratio said beside the loads it comes from, agreeing
        # to the places it was said to, is one ratio
        a, b, _ = found.load_ratios[name]
        if (derived := a / b) in distinct and all(
                derived.quantize(v) == v for v in distinct if v != derived and v.as_tuple().exponent in range(-4, 1)):
            distinct = [derived]
    if len(distinct) == 1:
        fields[name] = distinct[0]
    elif len(distinct) > 1:
        shown = [show_value(name, v) for v in distinct]
        periods = set(found.calls_periods)
        if name == "calls_per_day" and len(periods) == 1 and (period := PERIOD_WORDS.get(*periods, *periods)) in (
                "hour", "week", "month", "quarter", "year") and len(found.calls_periods) == len(distinct):
            # "2M calls/mo today, 5M next year": the counts as they were said, in their own period, not per day
            shown = [f"{count(tidy(v / per_day(Decimal(1), period)))} a {period}" for v in distinct]
        ambiguities.append(Ambiguity(field=name, values=shown, question=which_value(name, shown)))


# "..., 0.15/0.60 monthly", "... at $3/$15 per M, weekly", "2k in / 400 out tokens daily": a period word closing the
# message right after a rate or a count of tokens, said of nothing else.
# Not "..., per day?" or "monthly?": a question of the period to answer over, not the count's period; nor "we report
# usage weekly", "invoiced monthly": how often something else happens, which leaves the count's period to ask.
_CLOSING_PERIOD = screened(
    r"(?:\d(?:[kmb]|bn|mm)?|/\s?(?:1\s?)?m(?:toks?)?|\bper\s(?:1\s?)?(?:m|mtoks?|million(?:\stokens)?)|"
    r"\b[mk]?toks?|\btokens|\d\s?(?:[kmb]\s)?(?:in|out|input|output))\s?,?\s(?P<p>monthly|daily|weekly)\s?[.!]*\s*$"
)
# "monthly pls: 40k calls, ...", "weekly numbers - 12k calls": the period opening the message, read as a closing one
_OPENING_PERIOD = screened(r"^\s?(?P<p>monthly|daily|weekly)(?: (?:pls|please|plz|numbers?|figures?|view|basis|math|"
                           r"cost|bill))?\s?[:,-]\s")

# "what's the daily spend at 8,000 calls": the period of a cost asked for at a count, the count's when it has none
_COST_PERIOD_ASKED = screened(
    # ("how do the two monthly bills compare at the 3M calls?": a verb, and "the", between)
    r"\b(?P<p>daily|weekly|monthly)\s(?:spend|cost|bill|total|figure|number)s?\s"
    r"(?:(?:compare|stack up|look|come out)\s)?(?:at|for|of|on|with)\s(?:the\s)?~?\d"
)


def _one_rate_for_capacity(intent: Intent, found: Found) -> None:
    """In a break-even ask, one on-demand rate said without a side prices what it is set against: the tokens a unit
    serves, when their mix is not said ("on-demand $6/M; the unit serves 2M tokens an hour": blended, input and output
    alike), or the one side of the traffic stated ("12 billion input tokens a month ... $5 per million": input)."""
    values = found.values
    if (intent is not Intent.BREAK_EVEN or len(set(found.unlabeled_rates)) != 1 or values.get("input_rate")
            or values.get("output_rate") or values.get("blended_rate") or values.get("provisioned_rate")):
        return
    rate = found.unlabeled_rates[0]
    if (values.get("tokens_per_minute_per_unit") and not values.get("input_share")
            and not values.get("input_tokens_per_call") and not values.get("input_tokens_per_day")
            and not values.get("output_tokens_per_day")):
        found.unlabeled_rates.clear()
        values["blended_rate"] = [rate]
        values["input_rate"], values["output_rate"] = [rate], [rate]
    elif (values.get("tokens_per_day") and not values.get("input_tokens_per_day")
          and not values.get("output_tokens_per_day") and values.get("unit_hour_price") and values.get("units")):
        # "4 units at $2.75/unit-hour would serve 1.2bn tokens a month, on-demand $9 per million": every token alike
        found.unlabeled_rates.clear()
        values["blended_rate"] = [rate]
        values["input_rate"], values["output_rate"] = [rate], [rate]
    elif (values.get("input_tokens_per_day") and not values.get("output_tokens_per_day")
          and not values.get("tokens_per_day") and values.get("unit_hour_price")):
        found.unlabeled_rates.clear()
        values["input_rate"] = [rate]


def _full_use_percent(found: Found, values: dict[str, list[Decimal]]) -> None:
    """A capacity priced on-demand "if 100% used" beside another utilization: the 100% says the on-demand figure is
    the capacity's worth at full use (a full load), and the other utilization is the one the capacity runs at."""
    loads = list(dict.fromkeys(values.get("utilization", [])))
    if Decimal(1) in loads and found.full_use_said and (
            (len(loads) == 2 and (values.get("on_demand_spend") or values.get("unit_hour_price")))
            or (len(loads) == 1 and found.full_use_worth and values.get("on_demand_spend"))):
        # ("the tokens 40 units serve at 100%: $104,000 a month": the 100% says what the on-demand spend is worth)
        values["utilization"] = [u for u in loads if u != 1]
        if "full_load" not in found.traits:
            found.traits.append("full_load")


def _actual_of_full_load(found: Found, values: dict[str, list[Decimal]], fields: dict[str, object]) -> None:
    """Two on-demand spends beside units or a commitment, one said at full load ("fully loaded, the six units would
    serve $18k/mo at PAYG rates ... the actual PAYG bill came to $13.2k"): the larger is the capacity's worth, the other
    the bill paid, and the load the units ran at is the one over the other."""
    spends = list(dict.fromkeys(values.get("on_demand_spend", [])))
    if (len(spends) != 2 or values.get("utilization") or "full_load" not in found.traits
            or not ((values.get("units") and values.get("unit_hour_price")) or values.get("provisioned_spend"))):
        return
    actual, full = sorted(spends)
    if actual < full:
        values["on_demand_spend"], values["utilization"] = [full], [actual / full]
        fields["on_demand_spend_actual"] = actual


_DAILY_VOLUMES = ("calls_per_day", "input_tokens_per_day", "output_tokens_per_day", "tokens_per_day",
                  "cached_tokens_per_day")
_CALENDAR_DAYS = {"month": (28, 31), "quarter": (89, 92)}


def _over_the_days_said(fields: dict[str, object]) -> None:
    """ "1.2B tokens for Q3 (a 90-day quarter)", "900M a month (call it a 30-day month)": a volume stated over a
    period whose calendar days the ask gives is spread over those days, so the period's figures add back up to the
    volume said (a 730-hour month or a 2,190-hour quarter would not)."""
    period = fields.get("volume_period")
    days = fields.get("days_per_quarter" if period == "quarter" else "days_per_month" if period == "month" else "")
    if not isinstance(period, str) or period not in _CALENDAR_DAYS or not isinstance(days, Decimal):
        return
    low, high = _CALENDAR_DAYS[period]
    if not low <= days <= high:
        return
    _scale_daily(fields, HOURS_PER_PERIOD[period] / 24 / days, _DAILY_VOLUMES)


def _over_the_week_days(fields: dict[str, object]) -> None:
    """ "15,000 calls a week ... five days a week": a week's volume runs on the days of the week the traffic runs, so
    each of those days carries the week's volume over them (the week's figures then add back up to the volume said)."""
    days = fields.get("active_days")
    if fields.get("volume_period") != "week" or not isinstance(days, Decimal) or not 0 < days < 7:
        return
    _scale_daily(fields, 7 / days, (*_DAILY_VOLUMES, "writes_per_day"))


def _scale_daily(fields: dict[str, object], factor: Decimal, names: tuple[str, ...]) -> None:
    """Each of the daily volumes ``names`` that the fields hold, times ``factor``."""
    for name in names:
        value = fields.get(name)
        if isinstance(value, Decimal):
            fields[name] = tidy(value * factor)


def _cadence_over_hours(found: Found, values: dict[str, list[Decimal]], intervals: list[Decimal]) -> None:
    """"A call every 2 minutes, 9 hours a day": a steady interval's calls run over the active hours said, not 24; a
    count said beside it that the interval gives ("(160 calls)", "= 200 calls/day") is the same day's calls."""
    hours = list(dict.fromkeys(values.get("active_hours", [])))
    cadence = list(dict.fromkeys(found.cadence_calls))
    said = [c for c in dict.fromkeys(values.get("calls_per_day", [])) if c not in cadence]
    if len(cadence) == 1 and len(said) == 1:
        # "fires every 20 minutes, 40 runs a day": the count said wins; the interval still says whether calls write
        values["calls_per_day"] = said
        return
    if len(intervals) != 1 or len(cadence) != 1 or len(hours) != 1 or not 0 < hours[0] <= 24:
        return
    over = hours[0] * 60 / intervals[0]
    if over != over.to_integral_value():
        return
    calls = [over if c == cadence[0] else c for c in values.get("calls_per_day", [])]
    values["calls_per_day"] = list(dict.fromkeys(calls))
    found.calls_without_period = [c for c in found.calls_without_period if c != over]



def _peak_hour_share(found: Found, fields: dict[str, object]) -> None:
    """ "busiest hour: 18M in ... the average hour runs at a third of peak" (or "peak-to-average 3"): the average hour's
    share of the peak hour whose tokens are said (a third exactly, not 0.333333333333)."""
    par = fields.get("peak_to_average")
    share = found.average_of_peak if found.average_of_peak is not None else (
        1 / par if isinstance(par, Decimal) and par >= 1 else None)
    if share is None:
        return
    nth = (1 / share).to_integral_value()
    fields["peak_hour_share"] = 1 / nth if abs(1 / share - nth) < Decimal("1e-6") else share


def _in_order_said(values: dict[str, list[Decimal]], found: Found, name: str) -> list[Decimal]:
    """A call's token counts on one side, each once, in the order the message said them (the planned size first)."""
    return sorted(dict.fromkeys(values.get(name, [])),
                  key=lambda value: found.call_size_starts.get((name, value), 0))

def _resolve(intent: Intent, found: Found) -> tuple[Fields, list[Ambiguity]]:
    """Turn what the scanner found into fields, using the intent to place unlabeled numbers."""
    values = found.values
    # Unlabeled rates: in a caching ask with a cache-read price, the first plain rate is the normal input rate;
    # two plain rates read as input then output.
    # "$2.50/M blended": one rate for input and output alike, unless either is stated on its own.
    blended = list(dict.fromkeys(values.get("blended_rate", [])))
    if len(blended) == 1 and not values.get("input_rate") and not values.get("output_rate"):
        values["input_rate"], values["output_rate"] = [blended[0]], [blended[0]]
    _one_rate_for_capacity(intent, found)
    if (intent in (Intent.QUOTE, Intent.PER_CALL, Intent.CACHING) and values.get("direct_rate")
            and values.get("direct_output_rate") and not values.get("input_rate") and not values.get("output_rate")
            and not found.unlabeled_rates):
        # "a model that's $2.50/$10 per million direct", with no hyperscaler's price beside it: the rates billed
        values["input_rate"], values["output_rate"] = values.pop("direct_rate"), values.pop("direct_output_rate")
    elif (intent in (Intent.QUOTE, Intent.PER_CALL, Intent.CACHING, Intent.SCENARIO) and values.get("direct_rate")
          and not values.get("direct_output_rate") and not values.get("input_rate")
          and (values.get("output_rate") or values.get("cache_read_rate") or intent is Intent.CACHING)
          and not found.unlabeled_rates and "hyperscaler" not in found.traits):
        # "bought direct is $1 per million input tokens and $4 per million output", "direct input is $1.25/M, cached
        # reads $0.125/M", "on the direct API at $3/MTok input with cache hits at $0.30": the input side named direct,
        # with no hyperscaler's price to set it against
        values["input_rate"] = values.pop("direct_rate")
    if (intent is Intent.MARKUP and values.get("direct_output_rate") and not values.get("direct_rate")
            and not values.get("input_rate") and values.get("output_rate")):
        # "direct: $10.00/MTok output" beside "azure output: $12.80/MTok": the output side alone, set against its direct
        # price as the one direct rate
        values["direct_rate"] = values.pop("direct_output_rate")
    rates = list(found.unlabeled_rates)
    ins, outs = values.get("input_rate", []), values.get("output_rate", [])
    if (intent is Intent.CACHING and not values.get("cache_read_rate") and not values.get("cache_write_rate")
            and len(outs) == 1 and 1 <= len(ins) <= 2
            and (ins[1] < ins[0] < outs[0] <= 2 * ins[0] if len(ins) == 2 else outs[0] < ins[0])):
        # "4k prefix at $5 / $0.50", "$3 / $0.30 / $3.75": in a caching ask, a price below the input rate is the cache
        # read and one a little above it the write, not an output rate
        values["input_rate"], values["output_rate"] = ins[:1], []
        values["cache_read_rate"] = ins[1:] if len(ins) == 2 else outs
        if len(ins) == 2:
            values["cache_write_rate"] = outs
    # "Azure $3.25/M vs direct $2.50": beside a direct rate, a lone plain rate is the hyperscaler's input rate.
    direct_beside = intent is Intent.MARKUP and bool(values.get("direct_rate")) and len(rates) == 1
    if rates and not values.get("input_rate") and (intent is Intent.CACHING or len(rates) >= 2 or
                                                    values.get("output_rate") or direct_beside):
        values.setdefault("input_rate", []).append(rates.pop(0))
    if intent is Intent.CACHING and rates and len(set(values.get("input_rate", []))) == 1:
        # "$3 / $3.75 / $0.30" in a caching ask: below the input rate is the cache read, a little above it the write
        base = values["input_rate"][0]
        for rate in list(rates):
            slot = "cache_read_rate" if rate < base else "cache_write_rate" if base < rate <= 2 * base else None
            if slot is not None and not values.get(slot):
                values[slot] = [rate]
                rates.remove(rate)
    if rates and not values.get("output_rate") and values.get("input_rate") and intent is not Intent.CACHING:
        values.setdefault("output_rate", []).append(rates.pop(0))
    # "input priced at a quarter of output, output's $12/MTok": one side's rate from the other's.
    for side, other in (("input", "output"), ("output", "input")):
        shares = list(dict.fromkeys(values.pop(f"{side}_rate_share_of_{other}", [])))
        known = list(dict.fromkeys(values.get(f"{other}_rate", [])))
        plain = [s for s_side, _, s in found.plain_side_shares if s_side == side]
        if len(shares) == 1 and plain == shares and values.get(f"{side}_rate") and found.side_token_share is None:
            # "7.5M input a day, output's about a fifth of that ... $10/M out": the side's rate is stated, so the
            # share is of the other side's tokens
            found.side_token_share = (side, shares[0])
            continue
        if len(shares) == 1 and len(known) == 1 and not values.get(f"{side}_rate"):
            # "a third of $9": $3, not $2.999999999997 (a share said in words is a rounded percentage)
            values[f"{side}_rate"] = [tidy((known[0] * shares[0]).quantize(Decimal("1e-6")))]
    # "writes at 2x input ($6/M)": a rate repeating one already labelled is that rate again.
    labelled = {v for k in ("input_rate", "output_rate", "cache_read_rate", "cache_write_rate")
                for v in values.get(k, [])}
    rates = [r for r in rates if r not in labelled]
    if rates:
        values.setdefault("rate", []).extend(rates)

    # "what's a cache write? at $3.75 per million ..., what does one cost?": the one rate said is the write's price.
    if found.write_cost_asked and len(set(values.get("input_rate", []))) == 1 and not any(
            values.get(k) for k in ("cache_write_rate", "cache_read_rate", "output_rate", "rate")):
        values["cache_write_rate"] = values.pop("input_rate")
    # "creation billed at the normal input rate": the write price is the input rate (no premium).
    said_inputs = list(dict.fromkeys(values.get("input_rate", [])))
    if found.write_at_input and len(said_inputs) == 1 and not values.get("cache_write_rate") and not values.get(
            "cache_write_share"):
        values["cache_write_rate"] = said_inputs
    # "cache reads at 10% of the input rate": derived from the stated input rate, never from a guess.
    disagreeing: set[str] = set()  # a price said beside a share it does not match: asked about, never compared
    for share_key, rate_key in (("cache_read_share", "cache_read_rate"),
                                ("cache_write_1h_share", "cache_write_1h_rate"),
                                ("cache_write_share", "cache_write_rate")):
        hour_writes = list(dict.fromkeys(values.get("cache_write_1h_rate", [])))
        if (rate_key == "cache_write_rate" and len(hour_writes) == 1 and values.get(rate_key)
                and set(values[rate_key]) == set(hour_writes)):
            # "1-hour cache (write is 2x input so $6/M)": a write price repeating the hour-long write's is that one
            values[rate_key] = []
        shares = values.get(share_key, [])
        inputs = list(dict.fromkeys(values.get("input_rate", [])))
        if not shares or len(inputs) != 1:
            continue
        from pricing.caching_figures import price_at_multiple  # the caching engine loads when it is used

        derived = price_at_multiple(inputs[0], shares[0])
        given = list(dict.fromkeys(values.get(rate_key, [])))
        spare = list(dict.fromkeys(values.get("rate", [])))
        if (not given and intent is Intent.CACHING and len(spare) == 1
                and (spare[0] < inputs[0] if share_key == "cache_read_share" else spare[0] > inputs[0])):
            # "writes cost 2x the input price, so $7 per million vs $3 input": the price given beside the share
            given, values["rate"] = spare, []
        if not given:
            values.pop(share_key)
            # "one discounts cached input by 90%, the other by 50%": each share said is a price of its own
            values[rate_key] = list(dict.fromkeys(price_at_multiple(inputs[0], share) for share in shares))
        elif derived not in given:
            # "reads are 10% of input, so $0.50 vs $3.00 input": the share and the price disagree, so it is asked
            values[rate_key] = [*given, derived]
            disagreeing.add(rate_key)

    # "$0.05 per task; each task is ~6 LLM calls of 4k in / 500 out": against a fee for the unit of work, a unit's
    # tokens are its calls' tokens together.
    if found.calls_per_unit is not None and found.fee_per_unit:
        n = found.calls_per_unit[0]
        for name in ("input_tokens_per_call", "output_tokens_per_call", "tokens_per_call"):
            if values.get(name):
                values[name] = [tidy(v * n) for v in values[name]]
    # "prompts anywhere from 500 to 6,000 tokens, 5:1 in:out", "2k-token calls at 3:1, now 3k": in a per-call ask, whole
    # call sizes at one stated mix are split into input and output (the first is the planned call, a second one the
    # size it grows or shrinks to).
    shares = list(dict.fromkeys(values.get("input_share", [])))
    totals = list(dict.fromkeys(values.get("tokens_per_call", [])))
    if (intent is Intent.PER_CALL and len(shares) == 1 and 1 <= len(totals) <= 2 and 0 < shares[0] < 1
            and not values.get("input_tokens_per_call") and not values.get("output_tokens_per_call")):
        values["input_tokens_per_call"] = [tidy(t * shares[0]) for t in totals]
        values["output_tokens_per_call"] = [tidy(t - t * shares[0]) for t in totals]
        values["tokens_per_call"] = []
    # "2,000 input tokens a call, output a quarter of the input", "300 out at a 4:1 mix": one side's count of a call and
    # the mix give the other side's
    one_in, one_out = (list(dict.fromkeys(values.get(name, [])))
                       for name in ("input_tokens_per_call", "output_tokens_per_call"))
    if (intent in (Intent.QUOTE, Intent.PER_CALL) and len(shares) == 1 and 0 < shares[0] < 1
            and (len(one_in), len(one_out)) in ((1, 0), (0, 1)) and not values.get("tokens_per_call")):
        if one_in:
            values["output_tokens_per_call"] = [tidy(one_in[0] * (1 - shares[0]) / shares[0])]
        else:
            values["input_tokens_per_call"] = [tidy(one_out[0] * shares[0] / (1 - shares[0]))]
    # "1.2bn input tokens a year, and the output is a twentieth of that": a period's volume of one side and the mix
    # give the other side's
    day_in, day_out = (list(dict.fromkeys(values.get(name, [])))
                       for name in ("input_tokens_per_day", "output_tokens_per_day"))
    if (intent is Intent.QUOTE and len(shares) == 1 and 0 < shares[0] < 1
            and (len(day_in), len(day_out)) in ((1, 0), (0, 1)) and not values.get("tokens_per_day")
            and not one_in and not one_out and not values.get("tokens_per_call")):
        if day_in:
            values["output_tokens_per_day"] = [tidy(day_in[0] * (1 - shares[0]) / shares[0])]
        else:
            values["input_tokens_per_day"] = [tidy(day_out[0] * shares[0] / (1 - shares[0]))]
    # "planned 2k in / 500 out ... creeping to 8k in / 2k out": in a per-call ask, a second call size in the same
    # proportion is the planned size grown (a size in another proportion stays a question).
    ins, outs = (_in_order_said(values, found, name) for name in ("input_tokens_per_call", "output_tokens_per_call"))
    growth, other_call = None, []
    if (intent is Intent.PER_CALL and len(found.same_mix_totals) == 1 and len(shares) == 1 and 0 < shares[0] < 1
            and len(outs) == 1 and found.same_mix_totals[0] in ins and ins[0] != found.same_mix_totals[0]):
        # "1,200 in / 400 out ... if requests swell to 3k tokens at the same 3:1 mix": the new size split at the mix,
        # never 3k of input beside the old output
        total = found.same_mix_totals[0]
        ins = [i for i in ins if i != total]
        values["input_tokens_per_call"] = ins
        other_call = [tidy(total * shares[0]), tidy(total - total * shares[0])]
    said_growth = list(dict.fromkeys(values.get("growth", [])))
    if intent is Intent.PER_CALL and len(ins) == len(outs) == 2 and len(said_growth) <= 1:
        from pricing.per_call import growth_between

        growth = growth_between((ins[0], outs[0]), (ins[1], outs[1]))
        if said_growth and growth != said_growth[0]:
            growth = None  # "3x bigger (3,000 in / 750 out)" agrees with itself; two different growths stay asked
    if growth is not None:
        values["growth"] = [growth]
        values["input_tokens_per_call"], values["output_tokens_per_call"] = [ins[0]], [outs[0]]
    elif intent is Intent.PER_CALL and not values.get("growth") and (
            (len(ins) == 2 and len(outs) in (1, 2)) or (len(ins) == 1 and len(outs) == 2)):
        # "assumed 2k in / 500 out, but prod averages 6k in / 1.2k out", "output stays 200; 1k in, and if they grow
        # to 4k in?": the first size is the planned call, the other one is priced beside it.
        other_call = [ins[-1], outs[-1]]
        values["input_tokens_per_call"], values["output_tokens_per_call"] = [ins[0]], [outs[0]]

    # "12,000 transcripts, each around 9k tokens, summaries about 350 tokens": beside a call's output, a call's count
    # of tokens with no side is what it reads, its input.
    lone_sizes, out_sizes = set(values.get("tokens_per_call", [])), set(values.get("output_tokens_per_call", []))
    if (intent in (Intent.QUOTE, Intent.PER_CALL) and len(lone_sizes) == 1 and len(out_sizes) == 1
            and lone_sizes != out_sizes
            and not values.get("input_tokens_per_call") and not values.get("input_share")):
        values["input_tokens_per_call"] = values.pop("tokens_per_call")
    # "a huge RAG preamble, 50k tokens": in a caching ask a lone token count with no role is the prefix;
    # "prompts are ~300 tokens" with no output: the whole prompt is the candidate prefix.
    for name in ("tokens_per_call", "input_tokens_per_call"):
        lone = set(values.get(name, []))
        repeated = intent is Intent.SCENARIO and "repeated_context" in found.traits  # "re-sends the same ~10k tokens"
        # (never a count no call holds: a bill's input line, "claude-sonnet input 200,000,000", "input uncached:
        # 310,000,000 tokens", is no prefix)
        if ((intent is Intent.CACHING or repeated) and not values.get("prefix_tokens") and len(lone) == 1
                and not values.get("output_tokens_per_call") and max(lone) <= MAX_CALL_TOKENS):
            values["prefix_tokens"] = values.pop(name)

    # "3k-token prompt, all of it a cached prefix": the prefix is that share of the prompt, the prompt kept beside it
    prefix_shares = list(dict.fromkeys(values.get("prefix_share", [])))
    prompts = list(dict.fromkeys(values.get("input_tokens_per_call", [])))
    if intent is Intent.CACHING and len(prefix_shares) == 1 and len(prompts) == 1 and not values.get("prefix_tokens"):
        values["prefix_tokens"] = [tidy(prompts[0] * prefix_shares[0])]

    # "explicit cache: 100k token context": in a caching ask with no prefix and no prompt size, the context cached is
    # the prefix.
    contexts = list(dict.fromkeys(values.get("context_tokens", [])))
    if (intent is Intent.CACHING and len(contexts) == 1 and not values.get("prefix_tokens")
            and not values.get("input_tokens_per_call") and not values.get("tokens_per_call")):
        values["prefix_tokens"] = values.pop("context_tokens")

    # Embeddings and "basically no output": no output tokens, so a lone per-token rate is the input rate and a
    # call's tokens are all input.
    if "no_output" in found.traits and intent in (Intent.PER_CALL, Intent.QUOTE, Intent.COMPARE):
        if values.get("rate") and not values.get("input_rate") and not values.get("output_rate"):
            values["input_rate"] = values.pop("rate")
            values["output_rate"] = [Decimal(0)]
        elif values.get("input_rate") and not values.get("output_rate"):
            values["output_rate"] = [Decimal(0)]  # "$0.10 per MTok input (embeddings)": no output to price
        for scope in ("call", "day"):
            if values.get(f"tokens_per_{scope}") and not values.get(f"input_tokens_per_{scope}"):
                values[f"input_tokens_per_{scope}"] = values.pop(f"tokens_per_{scope}")
            if values.get(f"input_tokens_per_{scope}") and not values.get(f"output_tokens_per_{scope}"):
                values[f"output_tokens_per_{scope}"] = [Decimal(0)]

    # "what's the bill if they only hit 60": a utilization written without its percent sign, in a break-even ask.
    if intent is Intent.BREAK_EVEN and found.bare_utilizations:
        values.setdefault("utilization", []).extend(found.bare_utilizations)
    # Unlabeled percentages: placed only where the intent leaves one obvious slot.
    percents = list(found.unlabeled_percents)
    if percents:
        if intent is Intent.BREAK_EVEN:
            if (not values.get("discount") and not values.get("utilization") and len(percents) == 1
                    and percents[0] in found.run_percents):
                # "4 units x $18.50/hr ... they'd run ~70%": how busy the capacity runs
                values["utilization"] = percents
                percents = []
            elif (not values.get("discount") and not values.get("utilization") and len(set(percents)) == 1
                  and _discount_in_dollars(values, found)):
                # "commit $32.5k/mo; on-demand for that capacity flat out $50k/mo; we'd use 58% of it": the dollars
                # set the discount, so the one percentage (however often said) is how busy the capacity runs
                values["utilization"] = percents[:1]
                percents = []
            elif not values.get("discount") and not values.get("utilization") and len(percents) == 1:
                pass  # a lone "40%" could be either: leave it for the question below
            elif values.get("discount") or values.get("utilization"):
                slot = "utilization" if values.get("discount") and not found.break_even_asked else "discount"
                if slot == "discount" and (averaged := found.averaged_percents & set(percents)):
                    # "hour_block | avg_util" rows, then "avg works out to 65%": the rows' average, a utilization
                    # too, never a discount the ask does not give
                    values["utilization"] = [*values["utilization"], *sorted(averaged)]
                    percents = [p for p in percents if p not in averaged]
                if slot == "discount":
                    # "utilization 85% ... worth it at 85%?": the utilization said again, not a discount
                    percents = [p for p in percents if p not in values.get("utilization", [])]
                    # "a 45% discount ... it now runs at 45%": how busy it runs, though it equals the discount said
                    # (each "runs at" takes one mention; a mention left over is still the discount)
                    for ran in found.run_percents:
                        if ran in percents and ran not in values.get("utilization", []):
                            percents.remove(ran)
                            values.setdefault("utilization", []).append(ran)
                values.setdefault(slot, []).extend(percents)
                percents = []
        elif (intent is Intent.SCENARIO and values.get("discount") and not values.get("utilization")
              and len(percents) == 1 and found.runs_at):
            # "flat round the clock, 20% PTU discount, they'd sit at 90%": how busy the capacity would be
            values["utilization"] = percents
            percents = []
        elif (intent is Intent.CACHING and len(values.get("hit_ratio", [])) == 1 and found.both_asked
              and len(set(percents) - set(values["hit_ratio"])) == 1):
            # "claiming 99% cache hits; I'd rather model 95% ... at 99% vs 95%": the other hit rate to compare
            values["hit_ratio"].extend(p for p in dict.fromkeys(percents) if p not in values["hit_ratio"])
            percents = []
        elif intent is Intent.CACHING and not values.get("hit_ratio") and len(percents) == 1:
            # (not "cached reads are $0.25 per million (..., roughly a tenth)" beside $2.50 input: the read price's
            # share of the input rate, said again)
            if found.hit_rate_named or not _read_share_said_again(values, percents[0]):
                values["hit_ratio"] = percents
            percents = []
        elif (intent is Intent.SCENARIO and "hyperscaler" in found.traits and values.get("ea_discount")
              and not values.get("markup") and not values.get("discount") and not values.get("utilization")
              and len(percents) == 1):
            # "azure list ~20% over that, their EA is 5%. which route?": beside the EA discount, the one other
            # percentage is the hyperscaler's list markup the hyperscaler line works out
            values["markup"] = percents
            percents = []
        elif intent is Intent.MARKUP and not values.get("markup") and len(percents) == 1:
            values["markup"] = percents
            percents = []
        elif (intent is Intent.MARKUP and values.get("markup") and not values.get("ea_discount")
              and not values.get("discount") and len(percents) == 1 and percents[0] in found.ea_percents):
            # "15% over direct, and their EA discount (the EDP) is 15%": the percentage the aside kept from its label is
            # the EA discount the ask names, even when it equals the markup
            values["ea_discount"] = percents
            percents = []
    # "hit rate at 90% ... what's the net at 90%?": a percentage left without a slot that repeats one already
    # placed is that figure again, not a second one to ask about.
    placed = {v for k in ("discount", "utilization", "markup", "ea_discount", "hit_ratio", "input_share")
              for v in values.get(k, [])}
    percents = [p for p in percents if p not in placed]
    if intent is Intent.MARKUP and values.get("discount") and not values.get("ea_discount"):
        # In a markup question "a 10% discount" is the customer's EA discount.
        values["ea_discount"] = values.pop("discount")

    calls_said = [c for c in dict.fromkeys(found.calls_without_period) if c not in found.hits_without_period]
    if found.hits_without_period and len(calls_said) == 1 and max(found.hits_without_period) < calls_said[0]:
        # "requests 18,000 / cache writes 450 / cache reads (hits) 17,550": the hits are among the calls counted
        found.calls_without_period, found.calls_are_hits = calls_said, False
    covered = found.span_covered if found.calls_without_period and not found.header_period else None
    if covered is not None and not values.get("calls_per_day") and len(set(found.calls_without_period)) == 1:
        # "csv from the dashboard, one day: ... 40000 calls ... net for that day?": the calls are that span's
        values["calls_per_day"] = [per_day(found.calls_without_period[0], covered)]
        found.calls_periods.insert(0, covered)
        found.calls_without_period = []
        found.unused = [u for u in found.unused if not _SPAN_SAID.fullmatch(u.strip())]
    # "annual: 6M invocations. per-call $0.0012. per-token ... 8,000 in / 400 out": a call count under a period heading
    # is that period's calls, and the token counts (or the cached prefix) beside it are each call's.
    if (found.header_period is not None and not values.get("calls_per_day") and not found.token_periods
            and len(set(found.calls_without_period)) == 1
            and (values.get("input_tokens_per_call") or values.get("output_tokens_per_call")
                 or values.get("prefix_tokens") or found.numbered_period)):
        heading = PERIOD_WORDS.get(found.header_period, found.header_period)
        values["calls_per_day"] = [per_day(found.calls_without_period[0], heading)]
        found.calls_periods.insert(0, heading)
        found.calls_without_period = []
        # ("export, one day:": the heading's "one day" is the period read, no figure left out)
        found.unused = [u for u in found.unused if not _SPAN_SAID.fullmatch(u.strip())]
    # "6B input tokens a month and 1B output": a side stated without a period takes its sibling's period;
    # "per day: 40M in, 4M out": counts under a period heading take that period.
    periods: dict[str, str] = {role: found.token_periods[role] for role in ("input", "output", "tokens")
                               if role in found.token_periods}
    if not values.get("calls_per_day"):
        for role, other in (("input", "output"), ("output", "input")):
            period = found.token_periods.get(other) or found.header_period
            if period and values.get(f"{role}_tokens_per_call") and role not in found.said_per_call and (
                    found.header_period or not values.get(f"{other}_tokens_per_call")):
                periods.setdefault(role, period)
                values.setdefault(f"{role}_tokens_per_day", []).extend(
                    per_day(v, period) for v in values.pop(f"{role}_tokens_per_call"))
        tokens = values.get("tokens_per_call", [])
        if (found.header_period and tokens and min(tokens) >= 1_000_000
                and (values.get("provisioned_spend") or (values.get("units") and values.get("unit_hour_price")))
                and not values.get("input_tokens_per_call") and not values.get("output_tokens_per_call")):
            # "last month's PT bill: paid $21,900 ...; it served 2.4B tokens", "12 units at $2.40 per unit-hour, 18.5bn
            # tokens served": the tokens the commitment served that month (no call is that large)
            periods.setdefault("tokens", found.header_period)
            values.setdefault("tokens_per_day", []).extend(
                per_day(v, found.header_period) for v in values.pop("tokens_per_call"))
        # ("invoice lines from last Tuesday (one day of traffic): 48,000,000 input tokens ... a weekly number": the
        # span the lines cover, before the period asked about)
        period_named = found.span_covered or found.named_period
        keys = {role: ("tokens_per_call", "tokens_per_day") if role == "tokens" else (
            f"{role}_tokens_per_call", f"{role}_tokens_per_day") for role in ("input", "output", "tokens")
            if role not in periods}
        sizes = [v for key, _ in keys.values() for v in values.get(key, [])]
        if period_named is not None and not found.header_period and sizes and max(sizes) > MAX_CALL_TOKENS:
            # "monthly est: 1.2bn input tok, 350M output": no call is that large, so the counts are the volume of
            # the one period the ask names
            for role, (key, day_key) in keys.items():
                if values.get(key):
                    periods[role] = period_named
                    values.setdefault(day_key, []).extend(per_day(v, period_named) for v in values.pop(key))
    if (covering := found.header_period or found.usage_period or (found.cache_lines_period if found.cache_lines
                                                                     else None)) is not None:
        # "console export (last week): requests 350,000; input tokens 700M; output tokens 105M": beside the period's
        # calls, counts no call could hold are the period's totals too (and beside a bill's cache lines, its input)
        for role in ("input", "output"):
            sizes = values.get(f"{role}_tokens_per_call", [])
            if sizes and role not in periods and min(sizes) > MAX_CALL_TOKENS:
                periods[role] = covering
                values.setdefault(f"{role}_tokens_per_day", []).extend(
                    per_day(v, covering) for v in values.pop(f"{role}_tokens_per_call"))
    # "12M input tokens per hour during a 9-hour business day": an hourly count runs only over the active hours.
    active = list(dict.fromkeys(values.get("active_hours", [])))
    if len(active) == 1:
        for role, period in periods.items():
            name = f"{role}_tokens_per_day" if role != "tokens" else "tokens_per_day"
            if PERIOD_WORDS.get(period, period) in ("hour", "minute", "second") and values.get(name):
                values[name] = [over_active_hours(v, active[0]) for v in values[name]]

    # "400 calls an hour over an 8h day": an hourly (or finer) rate runs only over the stated active hours.
    hours = list(dict.fromkeys(values.get("active_hours", [])))
    calls = values.get("calls_per_day", [])
    if len(hours) == 1 and len(calls) == 1 and found.calls_periods[:1] in (["hour"], ["minute"], ["second"]):
        values["calls_per_day"] = [over_active_hours(calls[0], hours[0])]
    elif len(hours) == 1 and len(calls) > 1 and len(found.calls_periods) == len(calls):
        # "~6,000 over a 10 hr working day (so ~10/min)": each rate finer than a day runs over the same hours
        values["calls_per_day"] = [over_active_hours(c, hours[0]) if p in ("hour", "minute", "second") else c
                                   for c, p in zip(calls, found.calls_periods, strict=True)]
    if values.get("calls_per_day") != calls and found.hit_counts:
        # ("500 calls an hour: 460 cache hits ...": the hits counted among the calls run over the same hours)
        rescaled = dict(zip(calls, values["calls_per_day"], strict=True))
        found.hit_counts = [rescaled.get(h, h) for h in found.hit_counts]
    # "160 hits and 5 writes per hour, ten hours a day": writes counted by the hour run over the same active hours.
    writes = list(dict.fromkeys(values.get("writes_per_day", [])))
    writes_periods = {PERIOD_WORDS.get(p, p) for p in found.writes_periods}
    if len(hours) == 1 and len(writes) == 1 and writes_periods and writes_periods <= {"hour", "minute", "second"}:
        values["writes_per_day"] = [over_active_hours(writes[0], hours[0])]

    # "units ... 22 days/mo ... ~$60k on-demand": an on-demand amount with no period is a month's where the ask
    # counts days a month (a quarter's beside units billed for a quarter's hours); anywhere else it is said unused.
    unit_prices = set(values.get("unit_hour_price", []))
    for value, text in found.bare_spends:
        if (found.load_profile and len(found.bare_spends) == 1 and len(unit_prices) == 1
                and value > min(unit_prices)):
            # "$6 per unit-hour vs $10 on-demand" beside a load profile: the dearer figure is the on-demand price of
            # the same unit-hour (set against the committed one below)
            values["unit_hour_price"].append(value)
        elif len(found.bare_spends) == 1 and (values.get("days_per_month") or values.get("hours_per_month") or (
                # "4 units x $22.50/unit-hour, 24/7 for a month ... on-demand ... would be $90k": the units' month
                values.get("units") and values.get("unit_hour_price") and found.only_month_named)) and not \
                values.get("on_demand_spend"):
            values["on_demand_spend"] = [value]
            found.spend_periods["on_demand_spend"] = "month"
        elif (len(found.bare_spends) == 1 and values.get("days_per_quarter") and values.get("units")
              and values.get("unit_hour_price") and not values.get("on_demand_spend")):
            # "24 units, $3.50/unit-hr, 2,184 hours ... on-demand equivalent: $240,000": the units' quarter
            values["on_demand_spend"] = [value]
            found.spend_periods["on_demand_spend"] = "quarter"
        elif (len(found.bare_spends) == 1 and len(set(values.get("provisioned_spend", []))) == 1
              and "provisioned_spend" in found.spend_periods and not values.get("on_demand_spend")):
            # "reserved capacity: $210,000 for the quarter. Same capacity fully used would be $300k on-demand": the
            # on-demand amount is over the commitment's period
            values["on_demand_spend"] = [value]
            found.spend_periods["on_demand_spend"] = found.spend_periods["provisioned_spend"]
        else:
            found.unused.append(text)
    # "cache rewritten every 5 min round the clock": one write each interval over the active hours (24 unless stated).
    every = list(dict.fromkeys(found.write_every_minutes))
    if len(every) == 1 and not values.get("writes_per_day") and not values.get("hit_ratio"):
        hours = list(dict.fromkeys(values.get("active_hours", [])))
        span = hours[0] if len(hours) == 1 else Decimal(24)
        if 0 < span <= 24:
            from pricing.caching import writes_every

            values["writes_per_day"] = [writes_every(every[0], span)]
    # "a job fires every 20 minutes ... TTL is 5 minutes": calls at a steady interval against one lifetime; the engine
    # works out the writes from the gap (every call writes past the TTL, one a day within it).
    intervals, lifetimes = list(dict.fromkeys(found.call_every_minutes)), list(dict.fromkeys(values.get("ttl_minutes",
                                                                                                          [])))
    _cadence_over_hours(found, values, intervals)
    calls_said = list(dict.fromkeys(values.get("calls_per_day", [])))
    steady_every = (intervals[0] if intent in (Intent.CACHING, Intent.GLOSSARY) and len(intervals) == 1 and lifetimes
                    and len(calls_said) == 1 and not values.get("writes_per_day") and not values.get("hit_ratio")
                    else None)
    # "24 writes a day, and on top of that 8,000 calls a day hit the cache": the calls are the hits plus the writes.
    hits, writes = list(dict.fromkeys(values.get("calls_per_day", []))), list(dict.fromkeys(values.get("writes_per_day",
                                                                                                       [])))
    counted_hits = list(dict.fromkeys(found.hit_counts))
    calls_said = [c for c in hits if c not in counted_hits]
    if (found.calls_are_hits and len(counted_hits) == 1 and len(calls_said) == 1 and not values.get("hit_ratio")
            and (not writes or writes == [calls_said[0] - counted_hits[0]]) and counted_hits[0] < calls_said[0]):
        # "5,000 calls a day: 4,900 cache hits and 100 cache writes a day": the calls are the hits and the writes; with
        # no writes said, the calls that do not hit are the writes
        values["calls_per_day"] = calls_said
        values["writes_per_day"] = [calls_said[0] - counted_hits[0]]
    elif (found.calls_are_hits and len(hits) == 1 and len(writes) == 1 and not values.get("hit_ratio")
          and not values.get("cache_storage_rate")):
        # (a cache billed for storage is created besides the calls: its hits are all the calls)
        values["calls_per_day"] = [hits[0] + writes[0]]
    fields: dict[str, object] = {}
    if steady_every is not None:
        fields["call_every_minutes"] = steady_every
    if other_call:
        fields["other_call_tokens"] = other_call
    if found.call_size_mix:
        fields["call_size_mix"] = found.call_size_mix
    if found.parts_per_call is not None and values.get("input_tokens_per_call") == [
            found.parts_per_call[0] * found.parts_per_call[1]]:
        fields["parts_per_call"] = found.parts_per_call
    ambiguities: list[Ambiguity] = []
    if intent in (Intent.QUOTE, Intent.CACHING) and found.volume_factor is not None:
        fields["volume_factor"] = found.volume_factor
    elif intent is Intent.QUOTE and found.side_factor is not None:
        fields["side_factor"] = found.side_factor
    calls = list(dict.fromkeys(values.get("calls_per_day", [])))
    if found.volume_factor is not None and "volume_factor" in fields and len(calls) == 2 and (
            calls[1] == calls[0] * found.volume_factor):
        # "20k calls a day ... what if volume doubles, monthly at 40k/day?": the second volume is the grown one
        values["calls_per_day"] = calls[:1]
    factor = fields.get("volume_factor") or (found.side_factor[1] if "side_factor" in fields and found.side_factor
                                             else None)
    if factor is not None:  # "at 3x the volume": the multiple is the growth priced, not a number left unplaced
        found.unused = [u for u in found.unused if not (_MULTIPLE.match(u) and _said_value(u[:-1]) == factor)]
    # "if avg output goes from 300 to 900 tokens": two values of one count said as a change are the new value and the
    # one it replaces, each priced.
    for name in ("input_tokens_per_call", "output_tokens_per_call", "input_tokens_per_day", "output_tokens_per_day",
                 "calls_per_day") if intent is Intent.QUOTE and found.replaced else ():
        # "cap responses at 400 tokens instead of ~1,000", "current: 900 out / proposed: 400 out": the new count is
        # priced, the one it replaces beside it
        said = list(dict.fromkeys(values.get(name, [])))
        for before, after in found.replaced:
            if "changed_from" in fields or after not in said or not (said == [after] or said == [before, after]):
                continue
            values[name], fields["changed_from"] = [after], (name, before)
            found.unused = [u for u in found.unused if _said_value(u) != before]
    for name in ("input_tokens_per_call", "output_tokens_per_call", "input_tokens_per_day", "output_tokens_per_day",
                 "calls_per_day", "tokens_per_call") if intent is Intent.QUOTE and found.changes else ():
        said = list(dict.fromkeys(values.get(name, [])))
        if len(said) == 2 and (said[0], said[1]) in found.changes and "changed_from" not in fields:
            values[name], fields["changed_from"] = [said[1]], (name, said[0])
        for before, after in found.changes:
            # "prompts go from 2k to 6k in": the count read is the new one; the one before it was left unplaced
            left = [u for u in found.unused if _said_value(u) == before] if said == [after] else []
            if left and "changed_from" not in fields:
                fields["changed_from"] = (name, before)
                found.unused.remove(left[0])
    for side, after in found.side_changes_to:
        # "what if output doubles to 300M @ $15" (no deal before it): the count before is the one said over the factor
        # (a deal stated, then a count of it changed, is worked out twice: bot.parse.variants)
        for name in (f"{side}_tokens_per_call", f"{side}_tokens_per_day"):
            said = list(dict.fromkeys(values.get(name, [])))
            if (said == [after] and found.side_factor and found.side_factor[0] == side
                    and "changed_from" not in fields):
                fields["changed_from"] = (name, tidy(after / found.side_factor[1]))
                fields.pop("side_factor", None)
    # "on-demand $10 per unit-hour, provisioned $6 per unit-hour" beside a load profile: the dearer is the on-demand
    # price of a unit-hour of load (the spill-over's), the cheaper the committed one; their ratio is the discount.
    if (found.load_profile and found.spend_periods.get("on_demand_spend") == "hour"
            and len(set(values.get("on_demand_spend", []))) == 1):
        # "one unit of traffic costs $40/hr on demand" beside a load profile: the on-demand price of a unit-hour of
        # load, not a spend
        values.setdefault("unit_hour_price", []).extend(values.pop("on_demand_spend")[:1])
        del found.spend_periods["on_demand_spend"]
    prices = sorted(set(values.get("unit_hour_price", [])))
    if found.load_profile and len(prices) == 2 and prices[0] < prices[1]:
        committed_share = prices[0] / prices[1]
        said = list(dict.fromkeys(values.get("discount", [])))
        if not said or said == [1 - committed_share]:
            fields["load_unit_price"], values["unit_hour_price"] = prices[1], []
            values["discount"] = said or [1 - committed_share]
    elif found.load_profile and len(prices) == 1:
        # one unit-hour price beside a load profile prices its load on-demand: "on-demand is $10 per unit-hour"
        fields["load_unit_price"], values["unit_hour_price"] = prices[0], []
    elif found.load_profile and (found.load_unit or "").endswith("tokens/hour") and not prices:
        # "8 hrs at 30M tokens an hour ... on-demand blended is $10/M": a token-hour of load costs the rate ÷ 1M (an
        # hour of a load in "M tokens/hour" costs the rate itself)
        per_million = list(dict.fromkeys(values.get("on_demand_rate", []) or values.get("blended_rate", [])
                                         or values.get("rate", [])))
        if len(per_million) == 1:
            fields["load_unit_price"] = per_million[0] * _TOKEN_SCALES[found.load_unit or ""] / 1_000_000
    # "break-even for 25% and 45% off?": in a break-even ask, two to four discounts are each worked out (the first in
    # full), not a choice to ask about.
    for again in found.more_discounts:
        # "40% off ... she can get it to 45%": a second discount, not a utilization
        if again in values.get("discount", []):
            continue  # "it's still 40% off" beside a 40% discount: the same one said again
        if again in values.get("utilization", []) or again in found.unlabeled_percents:
            values["utilization"] = [u for u in values.get("utilization", []) if u != again]
            found.unlabeled_percents = [u for u in found.unlabeled_percents if u != again]
            values.setdefault("discount", []).append(again)
            found.unused = [u for u in found.unused if _said_value(u) != again * 100]
    discounts = list(dict.fromkeys(values.get("discount", [])))
    ranged = set(found.percent_ranges)  # "15 to 40 percent": a range said is asked at both ends, not a choice
    if intent is Intent.BREAK_EVEN and 2 <= len(discounts) <= 4 and (
            found.both_asked or not found.either_said
            # a range said with no other percentage beside it ("at 30-50% off, where's break-even?")
            or (tuple(discounts) in ranged and not values.get("utilization") and not found.unlabeled_percents)):
        fields["compare_discounts"], values["discount"] = discounts, discounts[:1]
    # "if their EA discount goes from 10% to 20%": in a markup ask, two to four EA discounts are each worked out; one
    # said as the value it changes to ("negotiate it up to 22%") comes after the one said first.
    eas = list(dict.fromkeys([*values.get("ea_discount", []), *found.ea_changed_to]))
    if found.ea_changed_to:
        values["ea_discount"] = eas
    if intent is Intent.MARKUP and 2 <= len(eas) <= 4 and (found.both_asked or not found.either_said):
        fields["compare_ea_discounts"], values["ea_discount"] = eas, eas[:1]
    # "hyperscalers run 15-40% over direct ... at each end of that range?": in a markup ask, two to four list markups
    # asked for each are each worked out at the same EA discount.
    # "Azure - list +25% over direct, EA 14% / AWS - list +32%, EDP 20%": two clouds, each markup with its own EA
    # discount, in the order said.
    markups = list(dict.fromkeys(values.get("markup", [])))
    if len(markups) >= 2 and any(m in eas for m in markups[1:]):
        # "25% above direct ... EA 12% off ... the effective markup at 12%?": the EA discount said again, not a markup
        markups = values["markup"] = [markups[0], *(m for m in markups[1:] if m not in eas)]
    own = [m for m in markups if not any(m in pair for pair in ranged)]
    if intent is Intent.MARKUP and len(own) == 1 and len(markups) == 3 and not found.both_asked:
        # "is it true Azure is 15-40% pricier? this customer sees 35%": the range is the claim, the lone figure theirs
        markups = values["markup"] = own
    paired = (len(markups) == len(eas) and len(set(found.providers)) >= 2
              and fields.get("compare_ea_discounts") == eas)
    # "EA 8%: effective markup? and at 40%?": two markups said of one deal, neither offered as a choice, are each
    # worked out at the same EA discount
    if intent is Intent.MARKUP and 2 <= len(markups) <= 4 and (
            ((found.both_asked or tuple(markups) in ranged or not found.either_said) and len(eas) <= 1) or paired):
        fields["compare_markups"], values["markup"] = markups, markups[:1]
    # "at 99% vs 95% hits", "90% hits ... what if the hit rate goes to 95%?": in a caching ask, two or three hit rates
    # are each worked out (the first in full), unless offered as a choice.
    hits = list(dict.fromkeys(values.get("hit_ratio", [])))
    if intent is Intent.CACHING and 2 <= len(hits) <= 3 and (found.both_asked or not found.either_said):
        fields["compare_hit_ratios"], values["hit_ratio"] = hits, hits[:1]
    # "one discounts cached input by 90%, the other by 50% ... saving for each?": in a caching ask, two or three
    # cache-read prices asked about each are each worked out (the first in full).
    reads = list(dict.fromkeys(values.get("cache_read_rate", [])))
    if (intent is Intent.CACHING and 2 <= len(reads) <= 3 and found.both_asked and not found.either_said
            and "cache_read_rate" not in disagreeing):
        fields["compare_read_rates"], values["cache_read_rate"] = reads, reads[:1]
    # "50 to 60 thousand calls a month", "5k-8k calls/day, daily range?": in a per-call ask or a quote, each end of a
    # range of volumes is worked out (the low end in full); elsewhere the two are asked about.
    if intent in (Intent.PER_CALL, Intent.QUOTE) and found.calls_range is not None and set(
            values.get("calls_per_day", [])) == set(found.calls_range):
        fields["compare_calls"], values["calls_per_day"] = list(found.calls_range), [found.calls_range[0]]
    calls = list(dict.fromkeys(values.get("calls_per_day", [])))
    if (intent in (Intent.PER_CALL, Intent.QUOTE) and len(calls) == 2 and "compare_calls" not in fields
            and found.now_then):
        # "2M calls/mo today, projected 5M/mo next year. bill now vs then?": each volume worked, today's in full
        fields["compare_calls"], values["calls_per_day"], fields["calls_now_then"] = calls, calls[:1], True
    if intent is Intent.QUOTE and (found.token_ranges or found.side_token_share):
        _token_ranges(found, values, fields)
    average_calls = None
    if intent is Intent.QUOTE and not values.get("calls_per_day"):
        average_calls = _average_calls(found, values)
    two_calls = sorted(set(values.get("calls_per_day", [])))
    if intent is Intent.QUOTE and found.peak_and_average and len(two_calls) == 2:
        # "1,200 calls/hr peak, 300/hr average ... monthly?": of a peak and an average, the average is the lower
        average_calls = two_calls[0]
    if average_calls is not None:
        # "peaks ~120 req/min, average closer to 40 req/min ... monthly estimate": a bill is run at the average load
        values["calls_per_day"] = [average_calls]
    # "moving them from $10/$30 to $2.50/$10", "big model $15/$75, mid model $3/$15": in a quote, two input and two
    # output rates are two price lists for the same tokens, each priced (the first in full), not a choice to ask about.
    # Each list prices output above input, as price lists do ("I get $16 in, $16 out" states costs, not a list).
    ins, outs = list(dict.fromkeys(values.get("input_rate", []))), list(dict.fromkeys(values.get("output_rate", [])))
    if intent is Intent.QUOTE and found.rate_change is not None and len(ins) <= 2 and len(outs) <= 2:
        _rate_changed(found, values, fields, ins, outs)
        ins, outs = values.get("input_rate", []), values.get("output_rate", [])
    if intent is Intent.QUOTE and (len(ins), len(outs)) in ((1, 2), (2, 1)) and not found.rate_change:
        # "A is $5 in / $15 out, B is $3 in / $15 out": a side priced the same in both lists is said twice
        said_in, said_out = values.get("input_rate", []), values.get("output_rate", [])
        if len(said_in) == 2 and len(said_out) == 2:
            ins, outs = list(said_in), list(said_out)
    if (intent is Intent.QUOTE and len(ins) == 2 and len(outs) == 2 and not values.get("rate")
            and not found.either_said and not found.models and ins[0] < outs[0] and ins[1] < outs[1]):
        fields["other_rates"], values["input_rate"], values["output_rate"] = [ins[1], outs[1]], ins[:1], outs[:1]
        off = list(dict.fromkeys(values.get("discount", [])))
        if len(off) == 1 and ins[1] == ins[0] * (1 - off[0]) and outs[1] == outs[0] * (1 - off[0]):
            # "list is $2.50/$10 and batch is 50% off both, so $1.25/$5": the rates worked out are the ones billed
            values["input_rate"], values["output_rate"], values["discount"] = ins[1:], outs[1:], []
            del fields["other_rates"]
        shares = list(dict.fromkeys(percents))
        if len(shares) == 2 and sum(shares) == 1 and found.routed:
            # "70% of calls go to a small model ($0.15/$0.60) and 30% to a large ($2.50/$10)": the calls split
            fields["route_shares"], percents = (shares[0], shares[1]), []
    # "1h TTL or 5-minute TTL?": two cache lifetimes are compared, the first one priced in full.
    ttls = list(dict.fromkeys(values.get("ttl_minutes", [])))
    if len(ttls) == 2:
        fields["compare_ttls"], values["ttl_minutes"] = ttls, ttls[:1]
    _full_use_percent(found, values)
    _actual_of_full_load(found, values, fields)
    spends, units = list(dict.fromkeys(values.get("on_demand_spend", []))), list(dict.fromkeys(values.get("units", [])))
    if found.on_demand_per_unit and len(spends) == 1 and len(units) == 1:
        # "4 units x $18.50/hr; each unit flat out serves $30/hr at OD rates": the units' traffic is 4 x $30 an hour
        fields["on_demand_spend_per_unit"] = spends[0]
        values["on_demand_spend"] = [tidy(spends[0] * units[0])]
    named = list(dict.fromkeys(found.models))
    ins, outs = values.get("input_rate", []), values.get("output_rate", [])
    if intent is Intent.COMPARE and len(named) >= 2 and len(ins) == len(outs) == len(named):
        # "Sonnet $3/$15, Haiku $0.80/$4": each model's own stated rates, in the order the models are named
        fields["compare_rates"] = list(zip(ins, outs, strict=True))
        values["input_rate"], values["output_rate"] = [], []
    for name in (
        "input_rate", "output_rate", "cache_read_rate", "cache_write_rate", "cache_storage_rate", "rate",
        "cache_read_share", "cache_write_share", "cache_write_1h_rate", "cache_write_1h_share",
        "per_call_fee", "direct_rate", "direct_output_rate",
        "growth", "active_hours", "active_days", "days_per_month", "days_per_year", "hours_per_month",
        "days_per_quarter", "ttl_minutes",
        "prefix_tokens", "min_prefix_tokens", "cached_tokens_per_day",
        "input_tokens_per_call", "output_tokens_per_call", "tokens_per_call",
        "input_tokens_per_day", "output_tokens_per_day", "tokens_per_day", "calls_per_day", "writes_per_day",
        "discount", "markup", "ea_discount", "hit_ratio", "peak_to_average", "peak_to_average_before",
        "other_peak_to_average", "target_saving",
        "commitment_value", "consumption_value",
        "claimed_saving", "claimed_cut", "claimed_bill_cut", "claimed_hit_saving", "claimed_day_saving",
        "on_demand_spend", "direct_spend",
        "hyperscaler_spend", "hyperscaler_list_spend", "provisioned_spend", "input_spend", "prefix_share", "fee_spend",
        "per_token_call_cost", "units", "unit_hour_price", "tokens_per_minute_per_unit", "tokens_per_hour_per_unit",
        "blended_rate", "provisioned_rate", "on_demand_rate", "claimed_call_cost", "claimed_markup",
        "markup_base_spend", "claimed_premium", "input_share", "budget", "units_asked", "what_if_prefix",
        "direct_cheaper_by",
    ):
        _single(fields, found, name, ambiguities)
    fields["utilization"] = list(dict.fromkeys(values.get("utilization", [])))
    if intent is Intent.QUOTE and found.peak_hour:
        _peak_hour_share(found, fields)
    # "$1.50 per 1k images ... 500k images - compare": in a per-call ask with no period asked, the count is the
    # calls both structures are priced over.
    whole_job = intent is Intent.PER_CALL and not found.period_asked
    if found.nightly and len(set(found.calls_without_period)) == 1 and "calls_per_day" not in fields:
        # "Nightly batch job: 200k documents ... per night, and per month?": a night's run is a day's calls
        fields["calls_per_day"] = found.calls_without_period[0]
        found.calls_periods.insert(0, "day")
    elif ((found.one_off or whole_job) and len(set(found.calls_without_period)) == 1
            and "calls_per_day" not in fields):
        fields["calls_total"] = found.calls_without_period[0]  # "a one-off batch of 2M docs": the job's calls
    elif (found.calls_are_hits and len(set(found.calls_without_period)) == 1 and "calls_per_day" not in fields
          and len(set(found.writes_periods)) == 1 and isinstance(said_writes := fields.get("writes_per_day"), Decimal)):
        # "40k cache hits and 400 cache writes per business day": the hits are counted over the writes' period, and
        # the calls are the hits and the writes
        period = found.writes_periods[0]
        fields["calls_per_day"] = tidy(per_day(found.calls_without_period[0], period) + said_writes)
        found.calls_periods.insert(0, period)
    elif (found.closing_period is not None and len(set(found.calls_without_period)) == 1
          and "calls_per_day" not in fields):
        # "1.2M calls, 2.5k in / 0.5k out ... monthly": the period closing the message is the count's
        fields["calls_per_day"] = per_day(found.calls_without_period[0], found.closing_period)
        found.calls_periods.insert(0, found.closing_period)
    elif (found.asked_period is not None and len(set(found.calls_without_period)) == 1
          and "calls_per_day" not in fields):
        # "what's the daily spend at 8,000 calls": the period the cost is asked for at the count is the count's
        fields["calls_per_day"] = per_day(found.calls_without_period[0], found.asked_period)
        found.calls_periods.insert(0, found.asked_period)
    elif (found.label_period is not None and len(set(found.calls_without_period)) == 1
          and "calls_per_day" not in fields):
        # "Q3 forecast: 2.4M calls", "year-1 volume 30M calls": the quarter or year labelling the count is its period
        fields["calls_per_day"] = per_day(found.calls_without_period[0], found.label_period)
        found.calls_periods.insert(0, found.label_period)
        said_writes = fields.get("writes_per_day")
        if found.calls_are_hits and isinstance(said_writes, Decimal) and not fields.get("hit_ratio"):
            # "console export for Feb: 116000 cache hits, 4000 cache writes": the calls are the hits and the writes
            fields["calls_per_day"] = tidy(per_day(found.calls_without_period[0], found.label_period) + said_writes)
    elif (found.usage_period is not None and len(set(found.calls_without_period)) == 1
          and "calls_per_day" not in fields):
        # "usage dashboard for last week: calls 85,000": the calls the export counted over its period
        period = PERIOD_WORDS.get(found.usage_period, found.usage_period)
        fields["calls_per_day"] = per_day(found.calls_without_period[0], period)
        found.calls_periods.insert(0, period)
    elif found.calls_without_period and "calls_per_day" not in fields:
        shown = count(found.calls_without_period[0])
        ambiguities.append(Ambiguity(
            field="calls_per_day", values=[shown],
            question=question("calls_period", value=shown),
        ))
    if percents:
        shown_percents = [percent(p) for p in percents]
        ambiguities.append(Ambiguity(
            field="percent", values=shown_percents,
            question=question("percent_role", values=" and ".join(shown_percents), first=shown_percents[0]),
        ))
    models = list(dict.fromkeys(found.models))
    if len(models) == 1:
        fields["model"] = models[0]
    elif intent is Intent.COMPARE:
        fields["compare_models"] = models
    elif len(models) > 1:
        ambiguities.append(Ambiguity(
            field="model", values=models,
            question=question("model", models=" or ".join(models), first=models[0]),
        ))
    if found.providers:
        hyperscalers = [p for p in found.providers if p in HYPERSCALERS]
        # A markup question compares a hyperscaler with direct: the hyperscaler is the provider asked about.
        fields["provider"] = hyperscalers[0] if intent is Intent.MARKUP and hyperscalers else found.providers[0]
    if intent is Intent.COMPARE and len(models) <= 1:
        direct = ["direct"] if found.direct and not _LABS & set(found.providers) else []
        fields["compare_providers"] = direct + found.providers
    _single(fields, found, "context_tokens", ambiguities)
    if found.tiers:
        fields["service_tier"] = found.tiers[0]
        if len(found.tiers) > 1:
            ambiguities.append(Ambiguity(field="service_tier", values=found.tiers,
                                         question=question("service_tier", tiers=" or ".join(found.tiers))))
    if found.regions:
        fields["region"] = found.regions[0]
    fields["traits"] = found.traits
    if found.per_head and len({h[0] for h in found.heads}) == 1:
        # "800 seats, 40 req/seat/day": the volume is every seat's; the cost per seat is shown beside it
        noun = found.heads[0][1]
        fields["heads"] = found.heads[0][0]
        fields["head_noun"] = noun if noun in ("people", "staff") else noun.removesuffix("s")
    if found.load_profile:
        fields["load_profile"], fields["load_unit"] = found.load_profile, found.load_unit
    # "commit to 1,000k TPM but average 550k": the loads a ratio was read from, while that ratio is the one placed
    for name, (top, bottom, unit) in found.load_ratios.items():
        ratio, kept = tidy(top / bottom), fields.get(name)
        if kept == [ratio] or kept == ratio:
            fields[f"{name}_loads"] = (top, bottom, unit)
    if found.calls_per_unit is not None and not found.fee_per_unit:
        # "12 model calls per task ... 3,000 tasks a month": the cost of one task is the cost of its calls
        fields["calls_per_unit"], fields["unit_noun"] = found.calls_per_unit[0], _singular(found.calls_per_unit[1])
    stated = found.calls_periods[:1] if "calls_per_day" in fields else list(periods.values())[:1]
    if not stated and "cached_tokens_per_day" in fields and "cached" in found.token_periods:
        stated = [found.token_periods["cached"]]  # "1.2B prefix tokens a month": the period the volume was said in
    if stated:
        fields["volume_period"] = PERIOD_WORDS.get(stated[0], stated[0])
        if intent in (Intent.QUOTE, Intent.CACHING):
            # (a quote prices the month of those days beside the 730-hour one; a caching ask's month of
            # days holds the calls said in it)
            _over_the_days_said(fields)
            _over_the_week_days(fields)
    if found.claimed_amounts:
        fields["claimed_amounts"] = found.claimed_amounts
    if found.calls_are_hits and "calls_per_day" in fields and "hit_ratio" not in fields and (
            "writes_per_day" not in fields or "cache_storage_rate" in fields):
        # (a cache billed for storage: its creations are added to the hits only where a call makes them, which the
        # answer reads)
        fields["calls_are_hits"] = True
    if found.cached_of_input and "cached_tokens_per_day" in fields and "input_tokens_per_day" in fields:
        fields["cached_of_input"] = True
    if found.cache_lines:
        fields["cache_lines"] = tuple(sorted(found.cache_lines.items()))
        fields["cache_lines_period"] = found.cache_lines_period
    if found.bare_rates and "input_rate" in fields and "output_rate" in fields:
        fields["bare_rates"] = found.bare_rates
    if "budget" in fields:
        fields["budget_period"] = found.spend_periods["budget"]
    if fields.get("other_peak_to_average") is not None and (
            fields.get("peak_to_average") is None or fields.get("peak_to_average") == fields["other_peak_to_average"]):
        # "what if the PAR is 2?" with no other ratio said: that is the ratio
        fields["peak_to_average"] = fields.pop("other_peak_to_average")
    _commitment_over_spend_period(fields, found)
    _capacity_volume(fields, found, intent)
    if found.unit_price_said is not None and fields.get("unit_hour_price") is not None:
        fields["unit_price_stated"] = found.unit_price_said
    spend_periods = {found.spend_periods[k] for k in ("on_demand_spend", "direct_spend", "hyperscaler_spend",
                                                      "hyperscaler_list_spend", "provisioned_spend", "input_spend",
                                                      "fee_spend")
                     if k in fields}
    if len(spend_periods) > 1:
        spend_periods.discard("")  # an amount over no period beside one over a period: the period said
    if len(spend_periods) == 1:
        fields["spend_period"] = spend_periods.pop()
    return Fields.model_validate(fields), ambiguities


def _commitment_over_spend_period(fields: dict[str, object], found: Found) -> None:
    """ "1-year reserved deal for $1.44M ... on-demand equivalent $160k a month": a commitment stated over another
    period than the on-demand spend is restated over the spend's period at the same hourly rate (a 730-hour month of
    an 8,760-hour year), the stated amount kept for the reply."""
    from pricing.units import HOURS_PER_PERIOD, per_period

    bill, spend = fields.get("provisioned_spend"), fields.get("on_demand_spend")
    stated, wanted = found.spend_periods.get("provisioned_spend"), found.spend_periods.get("on_demand_spend")
    if (not isinstance(bill, Decimal) or spend is None or stated is None or wanted is None or stated == wanted
            or stated not in HOURS_PER_PERIOD or wanted not in HOURS_PER_PERIOD):
        return
    fields["provisioned_spend_stated"] = (bill, stated)
    fields["provisioned_spend"] = tidy(per_period(bill, stated, wanted))
    found.spend_periods["provisioned_spend"] = wanted


def _capacity_volume(fields: dict[str, object], found: Found, intent: Intent) -> None:
    """ "those 8 units max out around 120M tokens/hour": spread over the units counted, the capacity is each unit's
    throughput; with no units ("$3,600/month flat for capacity good for 3.2B tokens/month") it is the capacity's."""
    if found.capacity_per_day is None or found.capacity_period is None:
        return
    units = fields.get("units")
    if isinstance(units, Decimal) and units > 0:
        if fields.get("tokens_per_minute_per_unit") is None:
            with localcontext(WIDE):
                per_unit_day = found.capacity_per_day / units
                fields["tokens_per_minute_per_unit"] = tidy(per_unit_day / 1440)
                if found.capacity_period == "hour":
                    fields["tokens_per_hour_per_unit"] = tidy(per_unit_day / 24)
        return
    fields["capacity_tokens_per_day"] = found.capacity_per_day
    fields["capacity_period"] = found.capacity_period
    if intent is not Intent.BREAK_EVEN:
        return
    traffic = fields.get("tokens_per_day")
    if traffic is None and not found.calls_named:
        traffic = fields.pop("calls_per_day", None)  # "handles 50M tokens an hour flat out, averages 30M an hour"
        if traffic is not None:
            fields["tokens_per_day"] = traffic
    if (isinstance(traffic, Decimal) and 0 < traffic <= found.capacity_per_day and not fields.get("utilization")
            and fields.get("input_rate") is None and fields.get("rate") is None):
        # the load used out of what the capacity serves flat out is its utilization
        per = {"hour": 24, "minute": 1440}.get(found.capacity_period, 1)
        fields["utilization"] = [tidy(traffic / found.capacity_per_day)]
        fields["utilization_loads"] = (tidy(traffic / per), tidy(found.capacity_per_day / per),
                                       f"tokens/{found.capacity_period}")


# "monthly est", "per month", "a week": a period the ask names, whatever it is said of.
_PERIOD_NAMED = screened(r"\b(?:(?P<p>daily|weekly|monthly|quarterly|yearly|annual|annually)|(?:per|a|an|each|/)\s?"
                         r"(?P<p2>day|week|month|quarter|year))\b")
# "1 day", "one typical week": one span said (the heading :data:`~bot.parse.extract.SPAN_COVERED` reads)
_SPAN_SAID = screened(r"(?:1|one|a single)(?: typical| average| normal)?[ -](?:hour|day|week|month)"
                      r"(?:[ -](?:sample|window|snapshot|slice|extract|excerpt))?")
# At most this many matches of a period word or a meaning cue are looked at in one message.
MAX_SCANNED = 20
# No call carries more tokens than this (the largest context windows are about 2M): a count above it said with no
# period or calls is a volume over a period, not a call's size.
MAX_CALL_TOKENS = 2_000_000
# "calls", "requests", "queries": a volume said as calls (not a load of tokens said with its unit once)
_CALL_WORDS = screened(r"\b(?:calls?|requests?|reqs?|quer(?:y|ies)|rps|rpm|qps)\b")  # read on the lower-cased text


_REQUEST_LOAD_PERIODS = {"rps": "second", "rpm": "minute", "rph": "hour"}


def _average_calls(found: Found, values: dict[str, list[Decimal]]) -> Decimal | None:
    """The calls a day at the average of a peak and an average request rate read together ("peaks ~120 req/min,
    average 40 req/min"), or None when the loads are not requests."""
    loads = found.load_ratios.get("peak_to_average")
    if loads is None:
        return None
    _, average, unit = loads
    period = _REQUEST_LOAD_PERIODS.get(load_key(unit.lower()))
    if period is None:
        return None
    # "average 40 req/min, 9-5 weekdays": the average runs over the active hours only, like any hourly rate
    hours = list(dict.fromkeys(values.get("active_hours", [])))
    return over_active_hours(per_day(average, period), hours[0]) if len(hours) == 1 else per_day(average, period)


def _token_ranges(found: Found, values: dict[str, list[Decimal]], fields: dict[str, object]) -> None:
    """ "between 50 and 80M input tokens a month", "output anywhere from 20 to 30M": each end of a side's range of
    tokens over a period is priced (the low end in full, the top beside it); "with a fifth of that in output" gives
    the other side's tokens at each end."""
    scope = "day" if values.get("input_tokens_per_day") or values.get("output_tokens_per_day") else "call"
    low: dict[str, Decimal] = {}
    high: dict[str, Decimal] = {}
    for side in ("input", "output"):
        name = f"{side}_tokens_per_{scope}"
        said = list(dict.fromkeys(values.get(name, [])))
        ends = found.token_ranges.get(name)
        if scope == "day" and ends is not None and set(said) == set(ends):
            low[side], high[side] = ends
        elif len(said) == 1:
            low[side] = high[side] = said[0]
    if found.side_token_share is not None:
        side, share = found.side_token_share
        other = "output" if side == "input" else "input"
        if side not in low and other in low:
            low[side], high[side] = tidy(low[other] * share), tidy(high[other] * share)
    if set(low) != {"input", "output"}:
        return
    for side, value in low.items():
        values[f"{side}_tokens_per_{scope}"] = [value]
    if high != low:
        fields["tokens_range_high"] = (high["input"], high["output"])


def _singular(noun: str) -> str:
    """ "tasks" -> "task", "queries" -> "query": a unit of work named once."""
    noun = noun.lower()
    return noun[:-3] + "y" if noun.endswith("ies") else noun[:-1] if noun.endswith("s") else noun


def fields_for(intent: Intent, found: Found) -> tuple[Fields, list[Ambiguity]]:
    """What the scanner found as fields of an ask with this intent (a follow-up takes the intent it follows)."""
    return _resolve(intent, found)


# Providers that are a model's own lab: "direct from anthropic" names one place, not two.
_LABS = frozenset({"openai", "anthropic", "mistral", "deepseek", "x-ai", "cohere"})


def _is_compare(text: str, found: Found, intent: Intent | None) -> bool:
    """Several models, or one model at three or more places (direct, bedrock, vertex), or "compare" with two."""
    from bot.parse.extract import COMPARE_WORDS

    models = set(found.models)
    if len(models) >= 2:
        return True
    if intent is Intent.MARKUP or len(models) != 1:
        return False  # "bedrock vs direct, what's the markup" is a markup question
    places = len(found.providers) + (1 if found.direct and not _LABS & set(found.providers) else 0)
    if intent is Intent.SCENARIO and places < 3 and any(t in found.traits for t in ("federal", "compliance")):
        return False  # "FedRAMP, on Azure Gov: direct OpenAI API or Azure?" is the channel choice, not two price lists
    return places >= 3 or (places >= 2 and COMPARE_WORDS.search(text) is not None)


_HIT_RATE_WORDS = screened(r"\bhit[- ]?(?:rate|ratio|%)|\b(?:cache )?hits? (?:on|for) (?:about |around |~)?\d")


def _read_share_said_again(values: dict[str, list[Decimal]], share: Decimal) -> bool:
    """Whether ``share`` is the cache-read price over the input rate, both said once ("$0.25 ... roughly a tenth")."""
    reads, inputs = set(values.get("cache_read_rate", [])), set(values.get("input_rate", []))
    if len(reads) != 1 or len(inputs) != 1 or not min(inputs) > 0:
        return False
    return abs(min(reads) / min(inputs) - share) < Decimal("0.005")


def parse(text: str) -> Ask:
    """Read an ask. Never raises; an ask with no recognisable question gets ``understood=False``."""
    original = text[:MAX_CHARS]
    cut = len(text) > MAX_CHARS  # every ask says whether it was read only in part
    # a pasted usage table: its totals read, its rows priced each; a deal's versions side by side: one line each
    tabled, table = read_usage_rows(read_versions(read_token_lines(read_csv(original))))
    tabled = read_month_rows(tabled) if table is None else tabled  # a sheet's months of one workload, added up
    tabled = read_prompt_parts(tabled)  # a pasted prompt anatomy: its repeated prefix said in words
    # "wht's a PTU", "hwo much": a misspelt question word is read as the word meant
    normalized = read_question_words(normalize(read_columns(tabled)).strip())
    if not normalized or HELP.match(normalized):
        return Ask(text=original, truncated=cut, intent=Intent.HELP, fields=Fields(), understood=bool(normalized))
    check = FIELDCHECK.match(normalized) or FIELDCHECK_QUOTED.match(normalized)
    if check and _WORDING_DIFFERENCE.search(normalized):
        # "is 'AI API pricing' ok to say or is it 'inference pricing'? what's the diff": the terms' meaning is asked
        asked = _asked_term(normalized, defining=True)
        if asked:
            return Ask(text=original, truncated=cut, intent=Intent.GLOSSARY, fields=Fields(term=asked))
    wording = None
    if check and _FIGURES_AFTER_QUOTE.search(check.group("rest")):
        # "can I say 'paying extra for Azure'? markup 16%, EA 12%": the figures are answered and the quoted wording
        # is checked with the answer.
        quoted = _QUOTED.search(original)
        wording, check = (quoted.group("q") if quoted else None), None
    if check:
        quoted_check = check.re is FIELDCHECK_QUOTED.compiled and _QUOTED.search(original)
        checked = (quoted_check.group("q") if quoted_check else
                   _strip_quotes(_original_tail(original, check.group("rest"))))
        return Ask(text=original, truncated=cut, intent=Intent.FIELDCHECK, fields=Fields(checked_text=checked))
    normalized, unread = read_forms(normalized)
    normalized = read_summed_parts(normalized)  # "5 chunks of 800 tokens plus 300 ..., so call it 4,300 input tokens"
    normalized = _restated(normalized)  # "roughly a third off, call it 36%": the 36% is the discount, said again
    if "%" in normalized:
        normalized = _referred_shares(normalized)  # "once their 8% is applied": the 8% said before
    normalized, per_billion = rate_units.read_per_billion(normalized)  # "$150 per billion": $0.15 per million
    normalized, per_token = rate_units.read_per_token(normalized)  # "$0.0000004 per token": $0.40 per million
    normalized = name_pronouns(normalized)  # "what does PAR mean? if it's 2, ...": "it" is the ratio
    found = scan(normalized)
    closing = _CLOSING_PERIOD.search(normalized[-40:]) or _OPENING_PERIOD.match(normalized[:40])
    found.closing_period = PERIOD_WORDS[closing.group("p")] if closing else None
    found.calls_named = _CALL_WORDS.search(normalized) is not None
    found.hit_rate_named = _HIT_RATE_WORDS.search(normalized) is not None
    named = {PERIOD_WORDS[m.group("p") or m.group("p2")]
             for m in list(_PERIOD_NAMED.finditer(normalized))[:MAX_SCANNED]}
    found.named_period = named.pop() if len(named) == 1 else None
    found.span_covered = span_covered(normalized, MAX_SCANNED)
    cost_asked = _COST_PERIOD_ASKED.search(normalized)
    found.asked_period = PERIOD_WORDS[cost_asked.group("p")] if cost_asked else None
    # A glossary question is short; the pattern's lazy term would cost the square of a long message.
    glossary = GLOSSARY.match(normalized) if len(normalized) <= _GLOSSARY_CHARS else None
    hits_counted = _hits_counted(normalized)  # "9,000 of 10,000 calls hit": a hit rate said in counts
    has_numbers = bool(found.values or found.unlabeled_rates or found.unlabeled_percents or hits_counted)
    has_numbers = has_numbers and not _markup_range_only(normalized, found)
    term = glossary.group("term").strip() if glossary and not has_numbers and len(glossary.group("term")) < 80 else None
    if term and _glossary_term(term) is not False and (len(term.split()) <= 3 or _glossary_term(term)):
        return Ask(text=original, truncated=cut, intent=Intent.GLOSSARY, fields=Fields(term=term))
    bare = normalized.strip(" ?!.")
    if not has_numbers and len(bare) < 40 and _glossary_term(bare):
        return Ask(text=original, truncated=cut, intent=Intent.GLOSSARY, fields=Fields(term=bare))
    in_context = _TERM_IN_CONTEXT.fullmatch(bare) if not has_numbers and len(bare) < 80 else None
    if in_context and _glossary_term(in_context.group("term")):
        # "TTL in the caching context?", "PAR in provisioning terms": a term named with the field it belongs to
        return Ask(text=original, truncated=cut, intent=Intent.GLOSSARY, fields=Fields(term=in_context.group("term")))
    asked = (_asked_term(normalized, defining=_DEFINITION_FRAME.search(normalized) is not None) if not has_numbers
             else _asked_first(normalized)) or _asked_by_name(normalized)
    if not asked and not has_numbers and (deal_terms.WHAT_IT_BUYS.search(normalized)
                                          or (_MARKUP_NAMED.search(normalized) and _WHAT_THEY_GET.search(normalized))):
        # "what does the hyperscaler markup actually buy a customer?": what it pays for is the markup's entry
        asked = _asked_term(normalized, defining=True)
        asked = "hyperscaler-markup" if asked in (None, "hyperscaler") else asked  # ("hyperscaler uplift")
    if asked and not has_numbers:
        return Ask(text=original, truncated=cut, intent=Intent.GLOSSARY, fields=Fields(term=asked))
    # "what's a PTU? at $3 an hour, what's one a month?": the entry, then the figures worked out after it; "what's
    # cache hit rate? 9,000 of 10,000 hit": the figures beside an entry asked are worked out where they give one
    meaning = meaning_asked(normalized) if has_numbers and not asked else None
    defined = asked or (meaning.term if meaning else None)
    if not defined and has_numbers and _analogy_asked(normalized):
        defined = _OKTA  # "PT is like concurrent session licensing, fair? 500 bought, 350 in use": entry and figures
    intent = classify(normalized, found)
    if intent is None and hits_counted is not None:
        intent = Intent.CACHING  # "9,000 of 10,000 calls hit the cache": the hit rate they make
    # "40% or 30% off?", "40% but maybe 30%": one of them, to ask about; "for each", "compare", "vs": both.
    found.runs_at = _RUNS_AT.search(normalized) is not None
    found.averaged_percents = _averaged_percents(normalized)
    found.routed = _ROUTED.search(normalized) is not None
    found.ea_percents = [tidy(v / 100) for m in _EA_PERCENT.finditer(normalized)
                         if (v := to_decimal(m.group("a") or m.group("b"))) is not None]
    found.run_percents = [tidy(v / 100) for m in _RUN_PERCENT.finditer(normalized)
                          if (v := to_decimal(m.group("a"))) is not None]
    found.either_said = _EITHER.search(normalized) is not None or _OR_MAYBE.search(normalized) is not None
    found.both_asked = _BOTH.search(normalized) is not None or _PERCENT_CHANGE.search(normalized) is not None
    found.now_then = _NOW_SAID.search(normalized) is not None and _LATER_SAID.search(normalized) is not None
    side_grows = _SIDE_GROWS.search(normalized) if intent is Intent.QUOTE else None
    if side_grows:
        word = side_grows.group("word")
        factor = (_FACTORS[word] if word in _FACTORS else
                  1 + (to_decimal(side_grows.group("pct")) or Decimal(0)) / 100 if side_grows.group("pct") else
                  to_decimal(side_grows.group("times")))
        side = "input" if side_grows.group("side") in ("input", "in", "prompt") else "output"
        found.side_factor = (side, factor) if factor is not None and factor > 0 else None
    grows = _VOLUME_GROWS.search(normalized) or (_CALLS_GROW.search(normalized) if intent is Intent.CACHING else None)
    if grows:
        word = grows.group("word") or grows.groupdict().get("as_much") or grows.groupdict().get("verb")
        pct = grows.group("pct") or grows.groupdict().get("again")  # ("50% again as much traffic": half again)
        found.volume_factor = (_FACTORS[word] if word in _FACTORS else
                               1 + (to_decimal(pct) or Decimal(0)) / 100 if pct else
                               to_decimal(grows.group("times") or grows.group("at_times")))
    if intent is Intent.CACHING and hits_counted is not None:
        # "9,000 of": the hits counted
        found.unused = [u for u in found.unused if _said_value(u.removesuffix(" of")) != hits_counted[0]]
    if intent is Intent.CACHING:
        _prefix_change(normalized, found, found.values)
        _volume_changed(normalized, found)
        # "20k policy doc + 500 tok user q, we cache the 20k": the prefix said again is no figure left out
        prefixes = set(found.values.get("prefix_tokens", []))
        found.unused = [u for u in found.unused if _said_value(u) not in prefixes]
    if intent is Intent.BREAK_EVEN and found.values.get("discount"):
        found.more_discounts = [tidy(v / 100) for m in _DISCOUNT_AGAIN.finditer(normalized)
                                if (v := to_decimal(m.group("a") or m.group("b") or m.group("c") or m.group("d")
                                                    or m.group("e") or m.group("f"))) is not None]
    if intent is Intent.QUOTE:
        found.replaced = _replaced(normalized)
        found.rate_change = _rate_change(normalized)
    found.side_changes_to = [("input" if m.group("side") in ("input", "prompt") else "output", b)
                             for m in _SIDE_CHANGES_TO.finditer(normalized) if intent is Intent.QUOTE
                             if (b := to_decimal(m.group("b"), m.group("sb"))) is not None]
    found.changes += [(a, b) for m in _FROM_TO.finditer(normalized)
                     if (a := to_decimal(m.group("a"), m.group("sa"))) is not None
                     and (b := to_decimal(m.group("b"), m.group("sb"))) is not None]
    short_prefix = _prefix_past_minimum(normalized, found) if intent is Intent.CACHING else None
    found.break_even_asked = (intent is Intent.BREAK_EVEN and not found.values.get("utilization")
                              and _BREAK_EVEN_ASKED.search(normalized) is not None
                              and _AND_AT_END.search(normalized) is not None and not _RUNS_AT.search(normalized))
    if intent in (None, Intent.QUOTE, Intent.SCENARIO, Intent.MARKUP) and _is_compare(normalized, found, intent):
        intent = Intent.COMPARE
    if intent is None:
        if term or defined or (len(normalized) < 40 and _glossary_term(normalized)):
            return Ask(text=original, truncated=cut, intent=Intent.GLOSSARY,
                       fields=Fields(term=term or defined or normalized.strip(" ?!.")))
        return Ask(text=original, truncated=cut, intent=Intent.HELP, fields=Fields(), understood=False)
    options = (read_cache_options(normalized, found.values.get("input_rate", [])) if intent is Intent.CACHING
               and any(cut in normalized for cut in ("\n", ") ", "; ")) else [])
    if options:
        # "A) Anthropic ... B) OpenAI ...": the first option is the deal worked in full, each one priced beside it
        first = options[0]
        found.values["input_rate"], found.values["cache_read_rate"] = [first.input_rate], [first.cache_read_rate]
        for said in ("cache_write_rate", "cache_read_share", "cache_write_share"):
            found.values.pop(said, None)  # each option's own prices replace them
        if first.cache_write_rate is not None:
            found.values["cache_write_rate"] = [first.cache_write_rate]
        found.providers = [first.provider] if first.provider else []
    with localcontext(WIDE):
        fields, ambiguities = _resolve(intent, found)
        if intent is Intent.QUOTE:
            fields, ambiguities = _volume_parts(normalized, fields, ambiguities, found)
    if options:
        fields = fields.model_copy(update={"cache_options": [tuple(o) for o in options]})
    ambiguities += [_unread(form) for form in unread]
    if short_prefix is not None:
        fields = fields.model_copy(update={"short_prefix_tokens": short_prefix})
    if intent is Intent.CACHING and fields.compare_ttls and fields.compare_hit_ratios:
        # "5-minute TTL ... 70% hit rate; 1-hour TTL ... 98%": each lifetime priced at its own hit rate
        from bot.parse.ttl_options import hits_per_ttl

        fields = fields.model_copy(update={"ttl_hit_ratios": hits_per_ttl(
            normalized, fields.compare_ttls, fields.compare_hit_ratios)})
    if found.rate_unit_unclear:
        shown = [money(v) for v in found.rate_unit_unclear]
        ambiguities.append(Ambiguity(field="rates", values=shown,
                                     question=question("rate_unit", values=" and ".join(shown), first=shown[0])))
    overlong = overlong_number(normalized)
    if overlong:
        ambiguities.append(Ambiguity(
            field="number", values=[overlong],
            question=question("too_many_digits", digits=MAX_DIGITS, value=overlong),
        ))
    if intent is Intent.BREAK_EVEN and isinstance(fields.units, Decimal) and _PER_UNIT_TOKENS.search(normalized):
        fields = _units_throughput(fields, fields.units)
    if wording:
        fields = fields.model_copy(update={"checked_text": wording})
    if intent is Intent.CACHING and hits_counted is not None:
        # the counts make the hit rate, where none is said: every miss is a write
        hit_ratio = fields.hit_ratio if fields.hit_ratio is not None else hits_counted[0] / hits_counted[1]
        fields = fields.model_copy(update={"hits_counted": hits_counted, "hit_ratio": hit_ratio})
    if table is not None and len(table.rows) >= 2:
        fields = fields.model_copy(update={
            "usage_rows": [(r.label, r.calls, r.input_tokens, r.output_tokens) for r in table.rows],
            "usage_row_rates": [r.rates for r in table.rows if r.rates is not None],
            "usage_days": len(table.rows) if table.dated else None})
    if defined:
        fields, worked, intent = fields.model_copy(update={"term": defined}), intent, Intent.GLOSSARY
    else:
        worked = None
    return Ask(text=original, truncated=cut, intent=intent, fields=fields, ambiguities=ambiguities,
               unused=list(dict.fromkeys(found.unused)), worked=worked, worked_if_figured=bool(asked and worked),
               per_thousand_rates=found.per_thousand_rates,
               per_billion_rates=per_billion, per_token_rates=per_token)


# "per-unit throughput: 60M input tok/hr + 10M output tok/hr", "each unit serves 60M input tokens an hour": one unit's
# tokens at full load, said by side (the units together serve that many times as many)
_PER_UNIT_TOKENS = screened(r"\b(?:per[- ]unit|each unit|one unit|a single unit|per (?:ptu|model unit|capacity unit))"
                            r"\b(?![- ]?(?:hours?|hrs?|h)\b)(?: throughput| capacity)?[^.;\n]{0,30}?\d[\d.,]*\s?"
                            r"(?:k|m|bn|b)?\s"
                            r"(?:input|in)\b")


def _units_throughput(fields: Fields, units: Decimal) -> Fields:
    """The fields with one unit's full-load tokens (read as the traffic) set to all ``units``' tokens at full load."""
    sides = {name: value * units for name in ("input_tokens_per_day", "output_tokens_per_day", "tokens_per_day")
             if isinstance(value := getattr(fields, name), Decimal)}
    if not sides:
        return fields
    traits = fields.traits if "full_load" in fields.traits else [*fields.traits, "full_load"]
    return fields.model_copy(update={**sides, "traits": traits})


@functools.lru_cache(maxsize=64)
def read_words(text: str) -> str:
    """``text`` as the parser reads its words (lower case, typos and number words rewritten: "brek even" is "break
    even", "wat" is "what"), for the questions the engine looks for in an ask's words."""
    return read_forms(read_question_words(normalize(text[:MAX_CHARS]).strip()))[0]


# "avg works out to 65%", "averaging 70%", "the mean is 60%": a percentage said as an average
_AVERAGED_PERCENT = screened(r"\b(?:avg|average|averages|averaging|averaged|mean|on average)\b[^.;\n%\d$]{0,25}?"
                             r"(?<![\w.])(?P<n>\d{1,3}(?:\.\d{1,2})?)\s?%")


def _averaged_percents(normalized: str) -> set[Decimal]:
    """The percentages ``normalized`` says as averages, as fractions of one."""
    return {tidy(Decimal(m.group("n")) / 100) for m in list(_AVERAGED_PERCENT.finditer(normalized))[:MAX_SCANNED]}


def _volume_parts(normalized: str, fields: Fields, ambiguities: list[Ambiguity], found: Found
                  ) -> tuple[Fields, list[Ambiguity]]:
    """ "weekdays 80k calls a day, weekends 15k a day", "month 1 200k calls, month 2 400k, month 3 800k": calls said
    part by part make up one period's calls; the day's volume is that period's average day, and the counts are neither
    asked about nor listed as unused."""
    from bot.parse.volume_parts import read_volume_parts
    from pricing.periods import average_calls_a_day

    read = read_volume_parts(normalized)
    if read is None:
        return fields, ambiguities
    period, parts = read
    counts = {each for _, _, each in parts}
    months = re.compile(rf"\s*{len(parts)}[- ]months?\s*") if period == "months" else None
    found.unused = [u for u in found.unused if _said_value(u) not in counts and not _part_number(u)
                    and not (months and months.fullmatch(u))]  # "3-month total?": the months said part by part
    fields = fields.model_copy(update={
        "volume_parts": parts, "parts_period": period, "calls_per_day": average_calls_a_day(period, parts),
        "calls_total": None, "compare_calls": [], "active_days": None if period == "week" else fields.active_days,
        "volume_period": "week" if period == "week" else "month" if period == "months" else "day"})
    return fields, [a for a in ambiguities if a.field != "calls_per_day"]


# "+15-40% vs direct", "markup ..... 15–40%": the range hyperscaler markups run in, quoted from a deck or a sheet
_MARKUP_NAMED = screened(r"mark-?up|premium|uplift|\b(?:vs|over|above) (?:going )?direct\b")
# "... and what does the buyer get for it?": what something named before pays for
_WHAT_THEY_GET = screened(r"\bwhat (?:do|does|would|will|are|is) (?:we|they|you|customers?|buyers?|the (?:customer|"
                          r"buyer|client|agency)) (?:actually |really )?(?:get|getting|buy|buying) for "
                          r"(?:it|that|this)\b")
_MARKUP_RANGE = screened(r"(?<![\w.])\+?(?P<a>\d{1,2})\s?%?\s?(?:-|–|—|to)\s?(?P<b>\d{1,3})\s?%")


def _markup_range_only(text: str, found: Found) -> bool:
    """The message's only figures are a range of markups: the range the markup runs in, not a figure to work from
    (what is asked about it is the markup's meaning)."""
    if found.unlabeled_rates or set(found.values) - {"markup"} or not _MARKUP_NAMED.search(text):
        return False
    m = _MARKUP_RANGE.search(text)
    said = {*found.values.get("markup", ()), *found.unlabeled_percents}
    return m is not None and {Decimal(m.group("a")) / 100, Decimal(m.group("b")) / 100} == said


def _hits_counted(text: str) -> tuple[Decimal, Decimal] | None:
    """ "8,800 cache hits out of 10,000 calls": (hits, calls), when there are no more hits than calls."""
    m = _HITS_COUNTED.search(text) if " of " in text else None
    if m is None:
        return None
    n = "1" if m.group("h1") else "2" if m.group("h2") else "3"
    hits, calls = to_decimal(m.group("h" + n), m.group("hs" + n)), to_decimal(m.group("c" + n), m.group("cs" + n))
    if hits is None or calls is None or not 0 <= hits <= calls or calls == 0:
        return None
    return hits, calls


def _part_number(said: str) -> bool:
    """ "1", "m2", "8h": a month's number or a part's hours, said beside the counts."""
    return re.fullmatch(r"\s*(?:m|month )?\d{1,2}\s?(?:h|hrs?|hours?)?\s*", said, re.I) is not None


# "..., 1,400 tokens once the policy text is added", "after the rework it'd be 2,400 tokens": a token count said as the
# size something will have after a change (the prefix's, beside the prefix said as it is today).
_TOKENS_SAID = screened(r"(?<![\w.$,])(?P<n>" + NUMBER + r")\s?(?P<s>k)?[- ]?(?:tokens?|toks?)\b")
_CHANGE_BEFORE = screened(r"\b(?:after|once|if|when|with|would|it'd|it'll|will|becomes?|restructur\w*|rework\w*|"
                          r"mov(?:e|ed|ing)|vs\.?|versus)\b[^.?!;\n\d]{0,60}$")
_CHANGE_AFTER = screened(r"^\s?(?:(?:once|after|if|when|with)\b|(?:would|will)\b)")
_PER_CALL_AFTER_COUNT = screened(r"^\s?(?:(?:per|a|each|every|/)\s?(?:call|request|query|prompt|turn)|in\b|out\b|input|"
                                 r"output)")
_LATER_SAID = screened(r"\b(?:projected|projection|forecast(?:ed)?|next (?:year|quarter|month)|in a year|"
                       r"by year[- ]end|grows? to|growing to|ramps? to|future|later|then)\b")
_NOW_SAID = screened(r"\b(?:today|now|currently|at the moment|as it stands|as is)\b")


def _prefix_past_minimum(normalized: str, found: Found) -> Decimal | None:
    """Two prefix sizes in a caching ask, one below the minimum cacheable prefix (the one stated, else the named
    provider's) and one at or above it ("~900 tokens today ... restructured, 1,500"): the one that can be cached is
    the prefix priced, and the short one (returned) is answered as never cached. The second size may be read as a
    bare token count when it is said as the size after a change ("700-token system prompt today, 1,400 tokens once
    the policy text is added"), or as a what-if of the prefix ("the cached prefix becomes 2,400 tokens"): a what-if
    from below the minimum to above it is the prefix that can be cached. None (nothing changed) otherwise."""
    prefixes = list(dict.fromkeys(found.values.get("prefix_tokens", [])))
    what_if = list(dict.fromkeys(found.values.get("what_if_prefix", [])))
    if what_if and len(prefixes) == 1 and len(what_if) == 1:
        prefixes = [prefixes[0], what_if[0]]
    elif what_if or not prefixes or len(prefixes) > 2:
        return None
    later: Decimal | None = None
    bare = list(dict.fromkeys(found.values.get("tokens_per_call", [])))
    if not what_if and len(prefixes) == 1 and len(bare) == 1 and _NOW_SAID.search(normalized) and not any(
            found.values.get(k) for k in ("input_tokens_per_call", "output_tokens_per_call", "tokens_per_day")):
        for m in _TOKENS_SAID.finditer(normalized):
            value = to_decimal(m.group("n"), m.group("s"))
            after = normalized[m.end() : m.end() + 30]
            if value != bare[0] or _PER_CALL_AFTER_COUNT.search(after):
                continue
            if _CHANGE_BEFORE.search(normalized[max(0, m.start() - 80) : m.start()]) or _CHANGE_AFTER.search(after):
                later = value
        if later is None:
            return None
        prefixes = [prefixes[0], later]
    if len(prefixes) != 2:
        return None
    stated = list(dict.fromkeys(found.values.get("min_prefix_tokens", [])))
    if len(stated) == 1:
        minimum: Decimal | None = stated[0]
    else:
        from pricing.cache_limits import cache_limit

        models = list(dict.fromkeys(found.models))
        limit = cache_limit(found.providers[0] if found.providers else None, models[0] if len(models) == 1 else None)
        minimum = Decimal(limit.min_prefix_tokens) if limit is not None and not stated else None
    short = [p for p in prefixes if minimum is not None and p < minimum]
    if minimum is None or len(short) != 1:
        return None
    found.values["prefix_tokens"] = [p for p in prefixes if p >= minimum]
    found.values.pop("what_if_prefix", None)  # the size below the minimum is answered as never cached
    if later is not None:
        found.values.pop("tokens_per_call")
    return short[0]


_OKTA = "okta-concurrent-sessions"
# "someone said PT is like concurrent session licensing, is that fair?", "what does session licensing have to do with
# PT?": a sentence naming the Okta analogy and asking how it holds.
_ANALOGY_NAMED = screened(r"\bokta\b|\bconcurrent[- ]sessions?\b|\bsession[- ]licen[cs]|\bsso seats?\b")
_ANALOGY_ASKED = screened(r"\banalog|\bto do with\b|\bis like\b|\bsimilar\b|\bsame (?:thing|as)\b|\bcompar|"
                          r"\bexplain|\bmean\b|\bfair\b|\bhold(?:s)? up\b")


def _analogy_asked(text: str) -> bool:
    """A sentence names the Okta analogy and asks about it (the figures around it are worked beside the entry)."""
    return not NOT_IAM.search(text) and any(
        _ANALOGY_NAMED.search(s.group(0)) and _ANALOGY_ASKED.search(s.group(0)) for s in _SENTENCES.finditer(text))


# "explain at what level of sustained utilization reserved capacity beats on-demand", "with the break-even number": a
# point to work out (which asks for its inputs), not a meaning, whatever verb asks for it.
_POINT_ASKED = screened(
    r"\bat what (?:level|point|rate|share) of (?:sustained |average |steady |real )?(?:util\w*|usage|load|use)\b|"
    r"\bat what (?:sustained |average |steady )?(?:util\w*|usage|load) (?:level )?(?:does|do|would|will|is|are|it|they|"
    r"the|a|an|reserved|provisioned|committed|ptus?)\b|\b(?:with|and|give me|incl(?:uding)?) the break[- ]?even "
    r"(?:number|figure|value|point|util\w*)\b")
# "TTL in the caching context", "hit rate in caching terms", "PAR in the context of provisioning": a term and the field
# it belongs to, said with nothing else.
_TERM_IN_CONTEXT = screened(
    r"(?:(?:so|and|ok|quick q)[,:]?\s)?(?P<term>[\w'-]+(?: [\w'-]+){0,3}?),?\s(?:in|within|wrt|re)\s(?:the |a |an )?"
    r"(?:(?:context|sense|world) of (?:the |a |an )?[\w-]+(?: [\w-]+)?|"
    r"[\w-]+(?: [\w-]+)? (?:context|sense|terms|world))"
)
# Two wordings set against each other, the difference between them asked.
_WORDING_DIFFERENCE = screened(
    r"\bwhat(?:'s| is|s| s) the (?:diff|difference)\b|\bdifference between\b|"
    r"\bhow (?:do|does) (?:they|it|that) differ\b|"
    r"\bor is it (?:called |just )?[\"'‘“`]|\bor (?:should|do) (?:i|we) (?:say|call it) [\"'‘“`]|"
    r"\bwhich (?:is|one is|term is|word is) (?:right|correct|better|proper)\b|\bsame thing\b")
# Figures outside the quoted wording of a field check: "... 'you're paying extra for azure'? markup 16%, ea 12%".
_QUOTED = screened(r"[\"'“‘`](?P<q>[^\"“”`\n]{3,200}?)[\"'”’`](?=\s?[?.!,:;]|\s|$)")
_FIGURES_AFTER_QUOTE = screened(r"[\"'][^\"'\n]{3,200}[\"']\s?[?.!]?[^\"'\n]{0,80}?\d[\d.,]*\s?(?:%|k\b|m\b|\$)|"
                                  r"[\"'][^\"'\n]{3,200}[\"']\s?[?.!]?[^\"'\n]{0,80}?\$\s?\d")
# "what's a PTU", "define prompt caching", "remind me what X means", "X in plain English", "the Y analogy"
_WHAT_IS = screened(r"\b(?:what s|what is|what are|whats|wats|wat s|wot s|wat is|wot is|wat are|"
                    r"define|explain|describe|who (?:is|are|s)|"
                    r"who do (?:you|we|they|people) mean by|"
                    r"(?:wtf|wth|what the (?:heck|hell|fuck|eff)) (?:is|are|s)|"
                    r"what (?:even|exactly|actually|really) (?:is|are)|"
                    r"what s meant by|what is meant by|what do (?:you|we|they|people) mean by|"
                    # ("could someone explain what a PTU actually is": the term after the meaning asked for; "nobody
                    # can tell me what production will look like" asks nothing)
                    r"(?:explain|understand|clarify|(?<!can )(?<!could )tell (?:me|us)) what) "
                    r"(?:a |an |the |our )?$")
# "no idea what a PTU is", "asked me what exactly a PTU is": a meaning the rep lacks or was asked for, the term between
# an article and "is" (not "asked what utilization breaks even": a figure)
_LACKING = (r"\b(?:no idea|not sure|don'?t know|don t know|do not know|unsure|wondering|asked(?: me| us)?|"
            r"asking(?: me| us)?) what (?:exactly |actually |really )?")
_LACKED_MEANING = screened(_LACKING + r"(?:a|an) $")
_IS_AFTER_TERM = screened(r"[a-z0-9 ]{1,25}? (?:is|are|means|stands for)\b")
# A quotation ("we'd be looking at around 100 PTUs"): someone else's words, reported; set aside when it has a figure.
_QUOTED_SPAN = screened(r'"[^"\n]{1,400}"')
_DIGIT_IN = screened(r"\d")
# "what is a PTU?", "what's an MTok, and how ...", "what does PAR stand for?": a meaning asked, anywhere in the message
# (not "what's that vs on-demand?": a figure asked about what was quoted).
_WHAT_IS_ASKED = screened(
    # ("what is a PTU, in plain words, so I can reply": how the meaning is wanted, after a comma)
    r"\b(?:what(?:'s| is| s)|whats) (?:a|an) [\w-]{2,20}(?: [\w-]{2,20}){0,2}\s?(?:\?|$|,? and\b|"
    r",? in (?:plain|simple|layman'?s|everyday) (?:english|words|terms|language)\b)|"
    r"\bwhat (?:does|do) [\w-]{2,20}(?: [\w-]{2,20})? (?:mean|stand for)\b|\b(?:define|meaning of)\b|"
    # ("asked me what exactly \"a PTU\" is", "no idea what a PTU is": the meaning lacked or asked for, reported)
    + _LACKING + r"[\"']?(?:a|an) [\w-]{2,20}[\"']? (?:is|are|means)\b")
_DEFINING = screened(
    r"\b(?:define|definition|explain|remind me|meaning of|means?\b|stand for|one-liner|"
    r"in (?:plain|simple|layman'?s|everyday) (?:english|words|terms|language)|"
    # "cache hit rate meaning?", "TTL definition pls?": the meaning asked after the name
    r"(?:meaning|definition|def)\s?(?:pls|please|plz)?\s?\?|"
    r"analogy|glossary|difference between|how (?:is|are|does|do) [\w-]+(?: [\w-]+)? differ|"
    r"what(?:'s| is| are) (?:it|that|this|they|those)\b|"
    # "is committed use the same thing as provisioned?", "the customer keeps saying PTU": a question about a name
    r"\bsame (?:thing )?as\b|\bsame thing\b|\bmean the same\b|\b(?:name|word|term) for\b|\bsynonyms?\b|"
    r"\binterchangeabl|\bkeeps? (?:saying|using|mentioning|referring to|talking about|bringing up|throwing "
    r"around)\b|\bwhat do (?:they|people|folks|you) mean by\b|"
    r"\brefers? to\b|\beli5\b|\bexplain like\b|"
    # "PTU = ?", "why does FedRAMP matter for ...": a name asked about, or why it matters
    r"\s?=\s?\?|\bwhy (?:does|do|is|are) [\w-]+(?: [\w-]+)? (?:matter|important|needed|required)\b|"
    # "what does FedRAMP have to do with Azure pricing?", "how does TTL relate to the write cost?": what a term has to
    # do with something else, which its entry says
    r"\b(?:has|have|had|got) to do with\b|\bhow (?:does|do|is|are) [\w-]+(?: [\w-]+)? (?:relate|related|"
    r"tied|linked|connected) to\b|"
    # "why do we say 'input token costs' instead of 'token costs'?": the wording the field guide asks for, explained
    r"\bwhy\b[^?!\n]{0,80}?\b(?:say|saying|call|calling|write|writing|use|using|word|phrase)\b[^?!\n]{0,80}?"
    r"[\"'“‘][^\"'”’\n]{2,60}[\"'”’][^?!\n]{0,40}?\b(?:instead of|rather than|and not|not just|over)\b|"
    r"\bwhy [\"'“‘][^\"'”’\n]{2,60}[\"'”’],? (?:instead of|rather than|and not|not|over) (?:just )?[\"'“‘]|"
    # "what's meant by X", "X def pls", "MTok = per million tokens, right?": a meaning asked for or checked
    r"\bmeant by\b|\bdef(?:n|inition)?\b|^[\w-]+(?: [\w-]+){0,3}\s?=\s?[a-z]|"
    # "can we guarantee the hit rate in the contract?", "is X guaranteed in the SLA": what a term does and does not
    # promise, which its entry says
    r"\bguarantee(?:s|d)?\b|\bguaranteeable\b|"
    # "can we promise one in the SLA?", "put a number on it in the contract": a term's promise asked about
    r"\bpromise[sd]?\b[^.?!\n]{0,20}?\b(?:in|into|under) (?:the |a |an |our |their )?(?:sla|contract|msa|agreement)\b|"
    r"\bcommit to (?:a |an )?(?:specific |fixed |minimum )?(?:number|figure|rate)\b|"
    # "is the hit rate contractual?" asks what it is; "a contractual SLA" names a requirement
    r"\bcontractually\b|\bcontractual\b(?!\s(?!(?:or|and|in|to|for|with|at|by|on|under)\b)[a-z])|"
    # "can you give us a short explanation?", "wants to understand what \"prompt caching\" actually is": a meaning
    # asked for in so many words, or as an indirect question
    r"\bexplanation\b|\bexplainer\b|"
    # "the CFO asked me over email what an EA discount is": a buyer's question about a meaning, reported
    # ("asked what the markup is" asks for the figure)
    r"\b(?:asked|asking|asks|wondering|wonders|wondered|wants to know|wanted to know)\b(?: [\w']+){0,4}? what "
    r"(?!the )(?:a |an )?[\"'“‘]?[a-z][\w -]{1,40}?[\"'”’]? (?:actually |really |exactly |even )?(?:is|are|means)\b|"
    r"\b(?:understand|know|learn|grasp|clarify|explain) what (?:a |an |the )?[\"'“‘]?[a-z][\w -]{1,40}?[\"'”’]? "
    r"(?:actually |really |exactly |even )?(?:is|are|means|does)\b|"
    r"\bwhat (?:a |an |the )?[\"'“‘]?[a-z][\w -]{1,40}?[\"'”’]? (?:actually|really|exactly|even) "
    r"(?:is|are|means|does)\b)"
)
_MEANING_ASKED = screened(r"\b(?:exactly|even|actually|really) (?:is|are) (?:the )?$")
_SENTENCES = screened(r"[^.?!\n]+")
# A definition asked for in a given length or for a given audience ("in 2 lines", "one-liner", "for a non-tech
# buyer"): the number in it is not a deal figure.
_DEFINITION_FRAME = screened(
    # "whats the hyperscaler markup about, short version": what a term is about, in brief
    r"\b(?:short|quick|brief) version\b|\bin (?:short|a nutshell|brief)\b|\btl;?dr\b|"
    r"\bwhat(?:'s| is| s|s) (?:the |a |an )?[a-z][\w -]{1,40}? (?:all )?about\b(?!\s?[$\d~])|"
    r"\bin (?:one|a|two|three|\d{1,2}) (?:short )?(?:lines?|sentences?|words|para(?:graph)?s?|bullets?)\b|"
    r"\b(?:one|two|a|1|2)[- ](?:liners?|lines?|sentences?|para(?:graph)?s?)\b|\bfor an? non[- ]?tech(?:nical)?\b|"
    r"\blike (?:i'?m|i am|im|they'?re|he'?s|she'?s) (?:5|five)\b"
)
# What the rest of a message asks after a question about a term: a further question, or figures to work out.
_ASKS_AFTER = screened(
    r"\?|\b(?:calculate|compute|work (?:it |that |this )?out|how (?:much|many)|what(?:'s| is| would| are)|net|total|"
    r"per (?:day|month|hit|call)|monthly|daily|savings?|break[- ]?even|quote|estimate|pls|please)\b|"
    # "... they'll run at about half utilisation. who's right": a claim checked against the figures after it
    r"\bwho(?:'s| s| is) (?:right|correct)\b|\b(?:are|is) (?:they|the customer|the cust|she|he) (?:right|correct)\b|"
    # "using a 28% PT discount as the example", "for example at 40% off": figures offered to work the meaning through
    r"\b(?:as (?:an|the|my|our) example|for (?:an )?example|by way of example|worked example|e\.g\.)"
)
# The first sentence of a message: a question about a term can come first and the context after it.
_FIRST_SENTENCE = screened(r"^(?P<first>[^?!\n]{3,200}?(?:\?|!|\.(?=\s)))\s+(?P<rest>\S.*)$", re.DOTALL)


# "what should we say about cache hit rate as a term?", "what exactly counts as per-call pricing?": a term asked about
# in so many words, whatever figures the rest of the message carries as context.
_TERM_ASKED_BY_NAME = screened(
    # ("what is TTL in this context, and why ...?": a term's meaning asked where the message uses it)
    r"\bwhat(?:'s| is|s) (?:a |an |the )?[\w-]{2,20}(?: [\w-]{2,20})? in (?:this|that|the|our|their) "
    r"(?:context|sense|setting|case)\b|"
    r"\bas a (?:term|word|concept|phrase)\b|\bwhat (?:exactly |really |actually )?counts as\b|"
    r"\bwhat (?:should|do|can|would) (?:we|i) (?:say|tell (?:them|the customer|the buyer)) about\b|"
    r"\bhow (?:should|do|would|can) (?:we|i) (?:describe|word|phrase|define)\b")
# Beside such a sentence, a figure still asked for ("... how many are cache writes?"); a vendor's quote named is not.
_REPORTED = screened(r"\b(?:keeps? saying|says|said|saying|claims|claimed|told (?:us|me|them)|mentioned)\b[^.?!\n]*")
_FIGURE_ASKED_BESIDE = screened(
    r"\?|\b(?:calculate|compute|work (?:it |that |this )?out|how (?:much|many)|what(?:'s| is| would| are)|net|total|"
    r"monthly|daily|savings?|break[- ]?even|estimate|cost (?:per|a|each))\b")


def _asked_by_name(text: str) -> str | None:
    """The glossary entry a sentence asks about by name ("what should we say about cache hit rate as a term?"), when
    that sentence holds no figure and the rest of the message asks nothing further: the figures around it are the
    deal's context, not inputs to work out."""
    for m in _SENTENCES.finditer(text):
        sentence = m.group(0)
        if (not _TERM_ASKED_BY_NAME.search(sentence) or _DIGIT_IN.search(sentence)
                or STRUCTURE_QUESTION.search(sentence) or deal_terms.STRUCTURE_IN_WORDS.search(sentence)):
            continue  # ("what do we tell them about pricing structure?" asks which structure to lead with)
        rest = text[:m.start()] + " " + text[m.end() + 1:]
        # (words quoted, or said by someone, are theirs and ask nothing: "their architect keeps saying the savings ...")
        if _FIGURE_ASKED_BESIDE.search(_REPORTED.sub(" ", _QUOTED_SPAN.sub(" ", rest))):
            return None
        return _asked_term(sentence, defining=True)
    return None


def _asked_first(text: str) -> str | None:
    """The glossary entry asked about by a message whose figures are only context: "what does TTL mean? their
    engineer said the cache has a 5 minute TTL" (a first sentence asking a meaning, with no figure in it, and
    nothing asked after it), or a definition asked for in a length ("prompt caching in 2 lines")."""
    if _DEFINITION_FRAME.search(text):
        framed = _DEFINITION_FRAME.sub(" ", text)
        found = scan(framed)
        if not (found.values or found.unlabeled_rates or found.unlabeled_percents):
            return _asked_term(framed, defining=True)
    if '"' in text:
        # 'their architect wrote "around 100 PTUs" ... honestly, what is a PTU?': the figures are only in words quoted
        unquoted = _QUOTED_SPAN.sub(lambda q: " " if _DIGIT_IN.search(q.group(0)) else q.group(0), text)
        if unquoted != text and _WHAT_IS_ASKED.search(unquoted):
            outside = scan(unquoted)
            if not (outside.values or outside.unlabeled_rates or outside.unlabeled_percents):
                return _asked_term(unquoted, defining=True)
    *pasted, last = text.rstrip().split("\n")
    asked = _WHAT_IS_ASKED.search(last) if pasted else None
    if (asked is not None and not asked.group(0).endswith(" and") and not _DIGIT_IN.search(last)
            and "?" not in "\n".join(pasted) and not deal_terms.FIGURE_ASKED.search(last)):
        # "Capacity: 50 PTU" pasted from a portal, then "what's a PTU, in plain terms?": the lines above are context
        return _asked_term(last, defining=True)
    m = _FIRST_SENTENCE.match(text)
    if m is None or _ASKS_AFTER.search(m.group("rest")):
        return None
    first = m.group("first")
    if not _DEFINING.search(first):
        return None  # "what's b/e util on a PTU deal? cust runs ~70%": the figures after it are its inputs
    found = scan(first)
    if found.values or found.unlabeled_rates or found.unlabeled_percents:
        return None
    return _asked_term(first)



def _asked_term(text: str, *, defining: bool = False) -> str | None:
    """The glossary entry a question without numbers asks about: the Okta analogy whenever identity, SSO
    seats or concurrent licensing come up; otherwise an entry named right after "what's"/"define", or the
    first one named in a question that asks for a meaning."""
    try:
        import glossary
    except ImportError:  # pragma: no cover - the glossary is part of the package
        return None
    named = glossary.mentions(text)
    if not named:
        return None
    if any(term.id == _OKTA for _, term in named) and not NOT_IAM.search(text):
        return _OKTA
    key = re.sub(r"[^a-z0-9]+", " ", text.casefold()).strip()
    for start, term in named:
        before = key[:start]
        # "what's the markup?" asks for the figure, "what exactly is the markup?" for its meaning
        if _WHAT_IS.search(before) and not (term.id in COMPUTED and before.endswith("the ")
                                            and not _MEANING_ASKED.search(before)):
            return term.id
        if _LACKED_MEANING.search(before) and _IS_AFTER_TERM.match(key, start):
            return term.id
    # "terms so far: per-token, per-call ... next one: hyperscaler markup. what's the definition?": of several terms,
    # the one named last before the question asks for its meaning
    # (the first cue with a term before it: "CFO asked what 'break-even utilization' means on the PTU offer")
    last_named = named[0][1]
    for cue_at in list(_DEFINING.finditer(key))[:MAX_SCANNED] if len(named) > 1 else ():
        before_cue = [term for start, term in named if start < cue_at.end()]
        if before_cue:
            last_named = before_cue[-1]
            break
    if defining:
        return last_named.id
    cue = _DEFINING.search(text)
    if cue is None or _POINT_ASKED.search(text):
        return None
    if STRUCTURE_QUESTION.search(text) or deal_terms.STRUCTURE_IN_WORDS.search(text):
        # "| SLA | contractual uptime SLA required | ... which pricing structure do we lead with?": a structure asked
        # for about a buyer's requirements is a meaning asked only where the cue and a term share a sentence
        # (the cue's own clause: "which pricing route should we steer them towards, and how do I explain the difference
        # in price?" names a term in the clause before, none in the one asking to explain)
        # ("which pricing structure should I steer them toward and how do I explain it?": "and" opens a clause too)
        at = next((m for m in _SENTENCES.finditer(text) if m.start() <= cue.start() < m.end()), None)
        sentence = "" if at is None else at.group(0)
        head = sentence[: cue.start() - at.start()] if at is not None else ""
        clause = sentence[max(head.rfind(mark) + len(mark) if mark in head else 0
                              for mark in (",", ";", " and ", " but ", " then ")):]
        if not glossary.mentions(clause):
            return None
    return last_named.id


def _unread(form: str) -> Ambiguity:
    """A number written in a form that has two readings, or is too large to be a deal figure."""
    form = form.strip()
    if form.startswith("$") and "," in form:
        # "$3,125" set aside as a price per million implausible in thousands (forms._implausible_comma_rates)
        whole, _, rest = form.partition(",")
        asked = question("price_comma", form=form, decimal=f"{whole}.{rest}", digits=f"{whole}{rest}")
    elif "," in form:
        whole, _, rest = form.partition(",")
        # the two readings spelled so each reads one way only: "1.2345" and "12345"
        asked = question("comma_grouping", form=form, decimal=f"{whole}.{rest.replace(',', '')}",
                         digits=form.replace(",", ""))
    elif "." in form and "^" not in form and "*" not in form and "e" not in form:
        whole, _, rest = form.partition(".")
        # each suggested spelling reads one way only: "1.5" (no thousands group) and "1500"
        decimal = f"{whole}.{rest}".rstrip("0").rstrip(".")
        asked = question("decimal_mark", form=form, decimal=decimal, whole=whole, rest=rest)
    else:
        asked = question("too_large", form=form)
    return Ambiguity(field="number", values=[form], question=asked)


def _original_tail(original: str, normalized_tail: str) -> str:
    """The user's own spelling of the tail of the text (normalization lower-cases it)."""
    stripped = original.strip()
    n = len(normalized_tail.strip())
    return stripped[-n:] if 0 < n <= len(stripped) else normalized_tail


# "roughly a third off, call it 36%", "about 35%, say 36%", "~40% (well, 38%)": a figure said again more exactly
# replaces the approximate one for the same quantity; the restated figure is never a second quantity.
_RESTATED = re.compile(
    r"(?<![\d.])(?P<num>\d++(?:\.\d++)?%)(?P<label>\s?(?:off|discount|disc)\b)?\s?[,(;]?\s?(?:-\s?|—\s?)?"
    r"(?:call it|say|so|i\.e\.,?|ie|well,?|or rather|more like|make it)\s(?:~\s?|about |around |roughly )?"
    r"(?P<exact>\d+(?:\.\d+)?%)\)?(?!\s?(?:of|more|less|higher|lower|util\w*|utilis\w*|savings?|saved|cheaper|below|under|reduction|cut)\b)"
)


# "a bit over a third off for provisioned, 35% exactly vs on-demand": the exact figure after the approximate one
_RESTATED_EXACTLY = re.compile(
    r"(?<![\d.])(?P<num>\d{1,3}(?:\.\d{1,12})?%)(?P<label>\s?(?:off|discount|disc)\b[^,.;\d%\n]{0,30})?,\s?"
    r"(?P<exact>\d{1,3}(?:\.\d{1,4})?%) (?:exactly|precisely|to be (?:exact|precise))\b")


# "a bit over 3000 tokens (call it 3,200)", "~40k tokens, say 42k": a count of tokens said again, exactly
_RESTATED_COUNT = screened(
    r"(?<![\d.,])(?P<num>\d{1,3}(?:,\d{3})+|\d{1,9}(?:\.\d{1,3})?)(?P<scale>\s?k\b)?(?P<unit> tokens?)\s?[,(]\s?"
    r"(?:call it|say|i\.e\.,?|more like|make it)\s(?P<exact>\d{1,3}(?:,\d{3})+|\d{1,9}(?:\.\d{1,3})?)"
    r"(?P<exact_scale>\s?k\b)?\)?")


def _restated(text: str) -> str:
    """ "33.33% off, call it 36%": "36% off" (the restated figure in place of the approximate one); "3000 tokens (call
    it 3,200)": "3,200 tokens"."""
    def sub(m: re.Match[str]) -> str:
        near = abs(Decimal(m.group("exact")[:-1]) - Decimal(m.group("num")[:-1])) <= 10  # restated, not a new figure
        return m.group("exact") + (m.group("label") or "") if near else m.group(0)

    def count(m: re.Match[str]) -> str:
        said = to_decimal(m.group("num"), (m.group("scale") or "").strip() or None)
        exact = to_decimal(m.group("exact"), (m.group("exact_scale") or "").strip() or None)
        near = said is not None and exact is not None and said > 0 and abs(exact - said) <= said / 4
        return f"{m.group('exact')}{m.group('exact_scale') or ''}{m.group('unit')}" if near else m.group(0)

    text = _RESTATED_COUNT.sub(count, text) if "token" in text else text
    return _RESTATED_EXACTLY.sub(sub, _RESTATED.sub(sub, text))


# "an EA discount of 8% ... once their 8% is applied": a share said again with "their", "the", "that" is the one said
# before, never a second figure
_SHARE = re.compile(r"(?<![\w.])(?:(?P<det>their|the|that|this|our|its|your)\s)?(?P<n>\d{1,3}(?:\.\d{1,4})?)\s?%"
                    r"(?P<bare>(?!\s?(?:off|discount|disc|markup|mark-up|uplift|premium|of|more|less|higher|lower|"
                    r"above|below|under|over|utili\w*|hit\w*|cache\w*|saving\w*|cut|cheaper|dearer)\b))?")
_MAX_SHARES = 50


def _referred_shares(text: str) -> str:
    seen: set[Decimal] = set()
    pieces, at = [], 0
    for m in list(_SHARE.finditer(text))[:_MAX_SHARES]:
        value = Decimal(m.group("n"))
        if m.group("det") and m.group("bare") is not None and value in seen:
            pieces += [text[at:m.start()], f"{m.group('det')} same share"]
            at = m.end()
        seen.add(value)
    return "".join(pieces) + text[at:] if pieces else text


def _strip_quotes(text: str) -> str:
    text = text.strip()
    if text[-1:] in "?.!" and text[:1] in "\"'“‘`" and len(text) > 2 and text[-2] in "\"'”’`":
        text = text[:-1]
    for left, right in (('"', '"'), ("'", "'"), ("“", "”"), ("‘", "’"), ("`", "`")):
        if len(text) >= 2 and text.startswith(left) and text.endswith(right):
            return text[1:-1].strip()
    return text


def _glossary_term(term: str) -> bool | None:
    """True/False when the glossary knows/doesn't know the term; None when the glossary is unavailable."""
    try:
        import glossary
    except ImportError:  # pragma: no cover - the glossary is part of the package
        return None
    lookup = getattr(glossary, "lookup", None)
    if lookup is None:
        return None
    try:
        lookup(term.strip(" ?!."))
    except glossary.UnknownTerm:  # a broken terms file raises instead: it must not reclassify asks
        return False
    return True
