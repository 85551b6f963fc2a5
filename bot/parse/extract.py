"""Pull the numbers and names out of an ask.

The scanner works on the normalized text (see :func:`bot.parse.numbers.normalize`). Each stage finds
one kind of thing (rate pairs, single rates, per-call fees, peak-to-average, percentages, call volumes,
token counts) and blanks what it consumed so a later stage cannot read the same digits twice. What a
number means is decided by the words nearest to it in the same clause ("$0.50/1M" after "cache hits at"
is a cache-read rate; "80%" before "utilization" is a utilization).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, localcontext

from bot.parse import deal_terms, rate_sides, rate_units
from bot.parse.forms import NIGHTLY
from bot.parse.numbers import NUMBER, QUANTITY, SCALE, WIDE, per_day, tidy, to_decimal
from bot.parse.period_words import PERIOD_WORDS
from bot.parse.prescreen import Regex, ScreenedPattern, screened
from bot.parse.traits import read_traits
from glossary.regex_cache import compile_regex
from pricing.providers import message_words
from pricing.units import HOURS_PER_PERIOD

# --- windows and labels -------------------------------------------------------------------------------

_CLAUSE_BREAK = compile_regex(
    r"[;!?\n()]|\.(?!\d)|,(?!\d{3})|\b(?:and|but|while|whereas|or|so|then|if|because)\b|"
    # "80/20 in vs out" is one mix, not two clauses
    # ("markup on this model vs direct: 32%": a markup against direct is one label)
    r"(?<!\bin )(?<!\binput )(?<!\bdiscount )(?<!\bdisc )(?<!\bcheaper )\b(?:vs|versus)\b(?!\.? (?:going )?direct\b)|"
    # "their EDP discount with AWS is 18%": "with" and the cloud the agreement is with stay in the clause
    r"\bwith\b(?! (?:aws|azure|amazon|microsoft|google|gcp)\b)"
)
_WINDOW = 48


def _after(text: str, end: int) -> str:
    window = text[end : end + _WINDOW]
    stop = _CLAUSE_BREAK.search(window)
    return window[: stop.start()] if stop else window


def _before(text: str, start: int) -> str:
    window = text[max(0, start - _WINDOW) : start]
    last = None
    for last in _CLAUSE_BREAK.finditer(window):  # noqa: B007 - we want the last one
        pass
    return window[last.end() :] if last else window


_DIGIT = compile_regex(r"\d")


def nearest_label(text: str, start: int, end: int, labels: Mapping[str, Regex],
                  numbers: str | None = None, *, after_only: bool = False) -> str | None:
    """The label whose keyword sits closest to ``text[start:end]`` in the same clause.

    Words after a number usually modify it ("35% provisioned discount"), so a keyword before the number
    counts one and a half times its distance. Ties go to the label listed first. With ``numbers`` (``text`` with
    the numbers already placed or set aside blanked, same offsets), a keyword beyond another number, or nearer to
    it by the same measure, is that number's: "util at 40% on a 40% disc" (the second 40% is the discount, the
    first the utilization), "30% off at 75%" (the off is the 30%'s). With ``after_only`` that holds only for the
    number after it: a keyword before shares the number before it ("4M input tokens at $2.50/M").
    """
    after, before = _after(text, end), _before(text, start)
    next_at: int | None = None  # where the next number starts, in ``after``
    prev_end: int | None = None  # where the previous number ends, in ``before``
    if numbers is not None:
        nxt = _DIGIT.search(numbers, end, end + len(after))
        if nxt:
            next_at = nxt.start() - end
            after = after[:next_at]
        last = None
        for last in () if after_only else _DIGIT.finditer(numbers, start - len(before), start):  # noqa: B007
            pass
        if last:
            prev_end = last.end() - (start - len(before))
    best: tuple[float, int, str] | None = None
    glued_after: tuple[float, int, str] | None = None  # a keyword after, with the next number right behind it
    glued_before: tuple[float, int, str] | None = None  # a keyword right before the number
    for order, (label, pattern) in enumerate(labels.items()):
        for hit in pattern.finditer(after):
            if next_at is not None and (next_at - hit.end()) * 1.5 < hit.start():
                break  # nearer the next number, which it comes before
            candidate = (float(hit.start()), order, label)
            best = candidate if best is None or candidate < best else best
            if next_at is not None and next_at - hit.end() <= _GLUED:
                glued_after = candidate if glued_after is None or candidate < glued_after else glued_after
            break
        own = None
        for own in pattern.finditer(before, prev_end or 0):  # noqa: B007 - the last one
            pass
        if own and prev_end is not None and own.start() - prev_end < (len(before) - own.end()) * 1.5:
            own = None  # nearer the number before it, which it follows
        if own:
            candidate = ((len(before) - own.end()) * 1.5, order, label)
            best = candidate if best is None or candidate < best else best
            if len(before) - own.end() <= _GLUED:
                glued_before = candidate if glued_before is None or candidate < glued_before else glued_before
    if best is not None and best == glued_after and glued_before is not None:
        # "markup 35% ea discount 22%": each keyword right before its own number; the one between two numbers is
        # the next one's
        return glued_before[2]
    return best[2] if best else None


# How far (in characters) a keyword may stand from a number and still be written against it ("markup 35%", "ea: 22%").
_GLUED = 2


def _rx(pattern: str) -> ScreenedPattern:
    return screened(pattern)


# "works out at $6 per million", "comes out at $4.50": a verb with "out", not the output side.
_NOT_OUT = (r"(?<!works )(?<!work )(?<!worked )(?<!working )(?<!comes )(?<!come )(?<!came )(?<!turns )(?<!pans )"
            # ("their tokens price out at $72,000 a month": what the tokens cost, not the output side)
            r"(?<!price )(?<!prices )(?<!priced )(?<!pricing )(?<!costs )(?<!cost )(?<!shakes )(?<!figures )")
RATE_LABELS = {
    "cache_write_rate": _rx(r"cache[- ]?writes?|writes?\b|writing|cache creation"),
    "cache_read_rate": _rx(r"cache[- ]?(?:hits?|reads?)|(?<!un)(?<!non-)(?<!non )cached(?: input| tokens| reads?)?|"
                           r"\bhits?\b|\breads?\b"),
    # "$3 normal vs $0.30 cached", "uncached $2.50": the input rate a cache read is set against
    "input_rate": _rx(r"\binputs?\b|\bin\b|(?<!system )\bprompts?\b|^\s?(?:base |the )?model\b|"
                      r"\b(?:normal|regular|uncached|un-cached|non-cached)\b|"
                      # "$3 base / $0.30 read / $3.75 write": the base rate reads and writes are priced against
                      r"(?<!knowledge )(?<!knowledge-)(?<!data)\bbase\b(?! (?:fee|plan|subscription|salary|pay))"),
    "output_rate": _rx(r"\boutputs?\b|" + _NOT_OUT + r"\bout\b|completions?|generation|responses?"),
}

PERCENT_LABELS = {
    # Percentages about something else (growth, an SLA): recognised so they are not read as a pricing input.
    "_other": _rx(
        r"\b(?:grew|grow(?:s|ing|th)?|increase[sd]?|decrease[sd]?|declined?|drop(?:ped)?|rose|jump(?:ed)?|yoy|qoq|mom|"
        r"(?:month|quarter|year|week)[- ]over[- ](?:month|quarter|year|week)|"
        # "util last month was 55%", "80% last month": when the figure was seen, not what it measures
        r"(?<!^)(?<!^\s)last (?:quarter|year|month)(?! (?:was|were|came in|ran|averaged|sat|hit|it was))|"
        r"sla|uptime|availability|accuracy|of (?:our|their|the) (?:users|customers|team|"
        r"revenue|budget)|"
        # ("error_rate,30d,0.4%", "p95 latency ... timeouts 2%": a service metric, never a price or a load)
        r"errors?(?:[ _]rate)?|error[ _]ratio|failures?|failure[ _]rate|timeouts?|retries|retry[ _]rate|"
        r"success[ _]rate|latency|cpu|gpu[ _]memory|memory|churn|conversion(?:[ _]rate)?|bounce[ _]rate)\b|"
        # ("forecast +5%/qtr", "traffic +8% a month": a rate of change, its period right after the figure)
        r"^(?:/\s?|\s?per\s|\sa\s|\seach\s|\severy\s)(?:qtr|quarter|mo|mth|month|yr|year)\b"
    ),
    # "90% of every prompt is the same static block": how much of the prompt repeats, not a price or a load.
    # "90% of every prompt is the same static block", "70% of input tokens are the same prefix": a share of the prompt
    # (the repeated prefix's share when a prefix is named after it, see PREFIX_NAMED).
    "_prompt_share": _rx(r"^\s?of (?:(?:every|each|the|our|their|a) (?:prompt|request|input|context|call)s?\b|"
                         r"(?:(?:the|their|our|all|those|these) )?(?:(?:input|prompt) )?tokens\b)"),
    "input_share": _rx(
        r"^\s?(?:of (?:the )?tokens (?:are |being )?)?input\b(?!\s?(?:tokens? )?(?:costs?|rates?|price))"
    ),
    "output_share": _rx(
        r"^\s?(?:of (?:the )?tokens (?:are |being )?)?output\b(?!\s?(?:tokens? )?(?:costs?|rates?|price))"
    ),
    # "i told them ~19% saving", "I said 19% savings", "a saving of 19%": a saving claimed (or wanted), never a
    # utilization; the reply's figures at the utilization given are what the claim is checked against
    "_saving_said": _rx(r"^\s?(?:savings?|saved)\b|\b(?:sav(?:e|es|ing|ings)|saved)(?: (?:of|them|us|you|about|around|"
                        r"roughly|maybe))*\s?~?\s?$"),
    # "... is a 15% effective markup?": the effective figure a rep checks, worked out from the list markup and the EA
    "_effective_said": _rx(r"^\s?(?:effective|net|real|all[- ]in) (?:mark-?up|premium|uplift)\b"),
    "ea_discount": _rx(
        # "EDP discount with AWS is 18%": the discount word after the agreement's name is the same label's
        r"\b(?:ea|edp|macc)\b(?: (?:discount|disc)\b)?|enterprise (?:agreement|deal|contract)(?: discount\b)?|"
        r"enterprise discount|private pricing|"
        r"cloud (?:commit|discount)|"
        # "the customer's AWS agreement gives them 18% off": the agreement with the cloud, named by the cloud
        r"\b(?:aws|azure|microsoft|google|gcp|amazon) (?:enterprise )?(?:agreement|contract)\b|"
        # "committed-spend discount", "committed use discount": the cloud agreement's discount by another name
        r"\bcommit(?:ted)?[- ]spend\b|\bcommitted[- ]use discount"
    ),
    "markup": _rx(
        r"mark-?up|marked up|\bmarks? (?:it |them )?up\b|\bpremium\b|uplift|more expensive|pricier|"
        r"\bhigher\b(?! than on[- ]demand)|"
        r"\bextra (?:for|on|through|via|with|at) (?:azure|bedrock|vertex|aws|gcp|google|the hyperscaler|the cloud)\b|"
        r"\bon top\b(?! of (?:that|this|it)\b)|"  # "a third on top at list"
        # "30% over going direct", "a fifth above buying direct": the direct route named by how it is bought
        r"(?:above|over|more than|higher than|on top of|over the) (?:the |going |buying |paying |using )?"
        # ("30% over the model vendor's direct API": whose direct price it is between)
        r"(?:(?:model |lab )?(?:vendor|provider|maker|lab|developer)(?:'s|s')? )?"
        r"(?:direct|list|openai|anthropic|"
        r"google|first[- ]party|retail|public)|"
        # "list is 25% over", "bedrock runs 20% above.": the markup said with nothing after "over"
        r"\blist (?:is|runs|sits|comes in|prices? (?:is|are))\b|^\s?(?:over|above)\s?$|"
        # ("through Bedrock at list price plus 40%": the cloud's price as the list price and a share more)
        # (not "22% list + 18% EA": the list's own figure before it)
        r"(?<!% )(?<!%)\b(?:list|direct)(?: price| prices| rates?| pricing)? (?:plus|\+)\s?$"
    ),
    # "15% miss rate", "10% of calls miss": the hit ratio's complement.
    # "97% hits (3% writes)": with every miss a write, the share of calls that write is the miss rate
    "miss_ratio": _rx(r"\bmiss(?:es)? (?:rate|ratio)|cache[- ]?miss(?:es)?|\bmiss(?:es|ing)?\b|"
                      # "2% of them cache writes", "2% of the 4,500 calls a day will be cache writes", "2% will be
                      # writes": the share of calls that write
                      r"^\s?(?:of (?:(?:the|those|these|their|all)\s(?:[\d,.]+\s?k?\s)?(?:daily\s|hourly\s)?)?"
                      r"(?:calls|requests|them|those|these)(?:\s?(?:/|a|an|per|each)\s?(?:day|hour|week|month))?,?\s"
                      r")?(?:(?:are|being|will|would|end up|ends up|turn out|wind up)\s)?(?:(?:be|to be|being|as)\s)?"
                      # "12.5% of calls pay for a fresh write": the calls that write, by what they pay for
                      # ("the other 5% pay a write")
                      r"(?:(?:pay for|pays for|pay|pays|trigger|triggers|need|needs|cause|causes|incur|incurs|do|does|"
                      r"make|makes)\s(?:a\s|an\s)?(?:fresh\s|new\s|full\s)?)?"
                      r"(?:cache[- ])?(?:writes?|written)\b"
                      r"(?!\s?(?:premium|cost|price|rate|surcharge|fee|multiplier))"),
    "hit_ratio": _rx(
        r"hit (?:rate|ratio)|cache[- ]?hits?|\bhits?\b|cache rate|cached|reuse|of (?:calls|requests|prompts) hit"
    ),
    "utilization": _rx(
        r"utili[sz](?:ation|ed|e)|\butil\b|\bused\b|"
        # ("the usage page shows 80% of calls cached": where the figure was read, not what it measures)
        r"\busage\b(?!\s(?:page|export|dashboard|report|data|logs?|console|screen|tab|stats)\b)|"
        r"\bloaded\b|\bload\b|\bbusy\b|"
        # ("call it a flat 72% sustained": the figure's own word after it)
        r"^\s?sustained\b(?!\s(?:discount|off|markup|savings?|hit))|"
        # ("cheaper than OD at 80% use": the word right after the figure)
        r"^\s?use\b(?!\s(?:cases?|tax|the)\b)|"
        r"(?:break(?:s|ing)?[- ]?evens?|broke even|\bb/e) (?:at|around|near)|"
        # ("provisioned pays for itself at anything above 65%": the load it pays at, claimed)
        r"\b(?:pays?|paying|paid) (?:for )?(?:itself|themselves|off) (?:at |above |over |from |beyond )"
        r"(?:anything |any load |any utili[sz]ation )?(?:above |over |north of |beyond )?\s?~?\s?$|"
        r"(?:of|(?<=sustained )on) (?:the |our |their |that |this |its )?"
        r"(?:committed |provisioned |reserved |purchased |bought )?(?:capacity|commitment|reservation)\b|duty cycle|"
        r"occupancy|\bfull\b|"
        r"of (?:what|the capacity|the units) (?:they|we|you|the customer)? ?(?:commit|reserve|buy|provision)|"
        # "they'd run the reserved capacity ~80%", "keep the units at 70%": how busy the capacity is kept
        r"\b(?:run|runs|running|ran|keep|keeps|keeping|kept) (?:the |their |our |its |that |this )?"
        r"(?:reserved |provisioned |committed |dedicated )?(?:capacity|units?|ptus?|reservation|commitment)"
        r"(?: at)?(?=\s?~?\s?(?:\d|$))"  # (the figure right after, or where the text before it is cut)
    ),
    "discount": _rx(
        # ("pays off at 70%", "off-peak at 40%" say how busy, not how much off)
        # ("how much worse off vs on demand are they": how they fare, never a share off)
        r"discount|\bdisc\b|(?<!pay )(?<!pays )(?<!paying )(?<!paid )(?<!payed )(?<!worse )(?<!better )\boff\b"
        r"(?![- ]peak)|"
        # "32% under their on-demand rate": a word for whose rate may come between
        # ("35% below what they pay on demand today": whose price named by what they pay)
        r"(?:below|under) (?:(?:the|their|our|its|your|an?) |what (?:they|we|you|the customer|it) (?:would )?"
        r"(?:pay|pays|paid|spend|spends|are paying|is paying)(?: for| on)? (?:it )?)?"
        r"(?:on[- ]demand|list|pay[- ]as[- ]you[- ]go|payg|od\b|retail)|"
        r"cheaper than|less than (?:on[- ]demand|od\b|payg)|reduction|savings? (?:on|vs|versus)|"
        r"^\s?cheaper\b"  # "provisioned is 40% cheaper ($6 per unit-hour)"
    ),
}

TOKEN_LABELS = {
    "prefix_tokens": _rx(
        r"system[- ]prompt|prefix|preamble|(?:shared|static|common|cached|fixed) (?:context|prompt|instructions)|"
        # (not "input uncached: 310,000,000 tokens", "non-cached": the tokens not read from the cache)
        r"instructions|knowledge[- ]base|policy doc|few[- ]shot|context block|(?<!non-)(?<!non )\bcached|\bmanual\b|"
        r"repo context|handbook|"
        # ("1,800,000,000 cache read tokens": tokens read from the cache)
        r"\bcache[- ]reads?(?= (?:input )?tokens?\b)|\bcache[- ]hit(?= tokens?\b)|"
        r"playbook|rulebook|style guide|guidelines|\bfaq\b|"
        # "an 8,000-token block of tool definitions", "a 5k repo map": what an agent sends again at every step
        r"\btool (?:definitions?|schemas?|specs?|manifests?|descriptions?|catalog(?:ue)?)|"
        r"\bfunction (?:definitions?|schemas?)|\brepo map|\bcodebase (?:context|map|summary)|"
        # ("front-loads a 20,000-token repo summary on every review")
        r"\b(?:repo|repository|project|product|catalog(?:ue)?) (?:summary|overview|digest|context)|"
        r"\b(?:static|fixed|shared|common|standing) block"
    ),
    # "3:1 in:out", "80/20 in vs out" name a mix, not the side of the count beside it
    "input": _rx(r"\binputs?\b(?!\s?[:/]\s?out)(?! (?:vs\.?|versus|to) out)|"
                 r"\bin\b(?!\s?[:/]\s?out)(?! (?:vs\.?|versus|to) out)"
                 # "real calls come in at 5k tokens": a phrasal verb before what they amount to, not the input side
                 r"(?!(?<=come in) at\b)(?!(?<=comes in) at\b)(?!(?<=came in) at\b)(?!(?<=coming in) at\b)"
                 # "6B tokens in the month", "200M tokens in a typical day", "in total": a span, not the input side
                 r"(?! (?:(?:the|a|an|one|each|every|that|this|any|a single|a typical|an average|a normal|a given|"
                 r"a busy|a full|the busiest|the peak) )?(?:\d+[- ])?"
                 r"(?:day|week|month|year|hour|quarter|minute|second|period|term|total|mo|yr|hr)s?\b)|"
                 r"(?<!system )\bprompts?\b|\brequests?\b|\bquestions?\b|\bof context\b"),
    "output": _rx(r"(?<!in:)(?<!in/)(?<!input:)(?<!input/)(?<!in vs )(?<!input vs )(?<!in vs\. )(?<!input vs\. )"
                  r"(?<!in versus )(?<!input versus )(?<!in to )(?<!input to )(?:\boutputs?\b|"
                  r"(?<!flat )(?<!all )(?<!maxed )"  # "flat out they push 5B": at full load, not a side
                  # "real calls turned out 2,500 tokens", "it works out", "came out at": a phrasal verb, not a side
                  r"(?<!turned )(?<!turns )(?<!turn )(?<!turning )(?<!worked )(?<!works )(?<!work )(?<!came )"
                  r"(?<!comes )(?<!come )(?<!figure )(?<!figured )(?<!rolled )(?<!roll )(?<!rolling )(?<!find )"
                  r"(?<!found )(?<!pan )(?<!panned )(?<!played )(?<!plays )(?<!ends )(?<!ended )(?<!carve )"
                  r"(?<!phase )(?<!phased )(?<!sold )(?<!ruled )(?<!rule )(?<!check )(?<!checked )\bout\b)|"
                  r"completions?|responses?|answers?|generat\w*|repl(?:y|ies)|\bsummar(?:y|ies)\b|"
                  # ("with a 60-token verdict": what the call decides is what it writes)
                  r"\bverdicts?\b|\bclassifications?\b|\bcaptions?\b|\bjudge?ments?\b|\bdecisions?\b|"
                  # ("pulls ~3,500 tokens in and writes back maybe 400 tokens": what the call sends back)
                  r"\b(?:writes?|sends?|gets?|comes?) back\b"),
}

# --- patterns -------------------------------------------------------------------------------------------

def _dollar(name: str) -> str:
    return r"\$\s?(?P<" + name + ">" + NUMBER + r")(?:\s?(?P<" + name + r"_scale>k)\b)?"



# Not "per 1k calls" or "per million requests": a price per batch of calls is a per-call fee (PER_CALL_FEE_BATCH).
# (not "$1.50/m avg call 1500 in": the average call's size follows the rate per million tokens)
_NOT_CALLS = (r"(?![ \t]?(?:(?!(?:avg|average|mean|typical|median)\b)[a-z]{3,15}[ \t])?(?:api\s)?"
              r"(?:calls?|requests?|reqs?|invocations?|queries|query|transactions?|"
              r"images?|documents?|docs?|pages?|runs?|tasks?|tickets?|invoices?|conversations?)\b)")
# (on its own line: "at $5.00/m" then "output tokens 1.1bn" on the next line is the next line's count)
_PER_MILLION = (
    r"(?:/|per|a|an|for|every)\s?(?:1\s?|one )?(?:m|mm|mtoks?|million|mil)\b" + _NOT_CALLS
    + r"(?:[ \t]?(?:input |output )?tokens?)?"
)
_PER_THOUSAND = (r"(?:/|per|a|for|every)\s?(?:1\s?|one )?(?:k|ktoks?|thousand)\b" + _NOT_CALLS
                 + r"(?:[ \t]?(?:input |output )?tokens?)?")

RATE_PAIR = _rx(
    _dollar("a")
    + r"(?P<ua>\s?(?:/|per|a)\s?(?:1\s?|one )?(?:m|mtok|million|mil)\b)?"
    # ("$3 a mil in $15 out": a side named after the first price parts the pair without a separator; on the next
    # line, "input $3.00/MTok" under a cache line's price, it is the next line's key)
    + r"[ \t]?(?P<la>in(?:put)?)?(?(la)(?:\s?(?:/|and|,|&|\+))?|\s?(?:/|and|,|&|\+))\s?"
    + _dollar("b")
    # "fee $0.006, $2/$8": the second figure opening a pair of its own is not this pair's output rate
    # ("$2.50/M, $3,125 per million writes": never the "$3" of a figure with a comma in it)
    + r"(?!\s?/\s?\$?\s?\d|,\d)"
    # "$3 per million, $0.30 per million on cache reads": a figure labelled a cache price after its unit is not output
    + r"(?!\d|\.\d|\s?(?:(?:/|per)\s?(?:1\s?|one )?(?:m|mtok|million)\b(?:\s?tokens?)?\s?)?"
    + r"(?:(?:on|for|of|when|once|as)\s(?:the\s|a\s)?)?(?:cach|reads?\b|hits?\b|writ|"
    # "writes at $6/mtok, $3 in": a second figure labelled input after it is no output rate
    + r"in(?:put)?\b(?!\s?(?:/|&|\+)\s?out|\s(?:and|or)\sout)))"
    + r"\s?(?P<lb>out(?:put)?)?\s?(?:(?P<pm>"
    + _PER_MILLION
    + r")|(?P<pk>"
    + _PER_THOUSAND
    + r"))?"
)
# "$3 / $0.30 / $3.75 (in/read/write)": dollar figures, then the labels in the same order.
_RATE_WORD = r"(?:in(?:put)?|out(?:put)?|reads?|cached|hits?|writes?)"
RATE_LIST = _rx(
    _dollar("a") + r"\s?/\s?" + _dollar("b") + r"(?:\s?/\s?" + _dollar("c") + r")?\s?(?:per\s?m\b|/\s?m\b)?\s?\(?\s?"
    r"(?P<la>" + _RATE_WORD + r")\s?/\s?(?P<lb>" + _RATE_WORD + r")(?:\s?/\s?(?P<lc>" + _RATE_WORD + r"))?\s?\)?"
)
# "$3 / $3.75 / $0.30", "$3 / $3.75 write / $0.30 read": three prices in a caching ask, each labelled after it or not
# (an unlabelled one after the input rate is placed by its size against it).
_TRIPLE_WORD = r"(?:in(?:put)?|reads?|cached|cache reads?|hits?|writes?|cache writes?)"
RATE_TRIPLE = _rx(
    _dollar("a") + r"(?:\s(?P<la>" + _TRIPLE_WORD + r")\b)?\s?/\s?" + _dollar("b") + r"(?:\s(?P<lb>" + _TRIPLE_WORD
    + r")\b)?\s?/\s?" + _dollar("c") + r"(?:\s(?P<lc>" + _TRIPLE_WORD + r")\b)?(?![\d/]|\.\d|\s?/)"
)
# "a 4k prompt at $5 vs $0.50", "prefix at $3 -> $0.30": the input price and, lower, the cached price beside it
# (read only in a message about cache hits or caching).
RATE_VS_CACHED = _rx(
    r"(?:(?<=prefix at )|(?<=prompt at )|(?<=preamble at )|(?<=context at )|(?<=tokens at ))" + _dollar("a")
    + r"(?:\s?(?:/|per)\s?(?:1\s?)?(?:m|mtok|million)\b)?\s?(?:in(?:put)?\s)?"
    r"(?:vs\.?|versus|against|->|→|down to|and)\s?" + _dollar("b")
    + r"(?:\s?(?:/|per)\s?(?:1\s?)?(?:m|mtok|million)\b)?(?:\s(?:cached|cache(?:d)? reads?|reads?|hits?))?"
    r"(?!\s?(?:/|per|a|an|each)\s?(?:call|request|hour|day|week|month)\b|[\d.])"
)
# "15k prefix at $3": a bare dollar figure on the prefix is its input rate per MTok.
_CACHE_NAMED_BEFORE = _rx(r"\b(?:cache[- ]?(?:writes?|reads?|hits?|creation)|cached reads?|cache creation)\b"
                         r"[^.;$]{0,30}$")
_INPUT_AFTER = _rx(r"\s?(?:(?:/|per)\s?(?:1\s?)?(?:m|mtok|million)\b\s?)?(?:input|in)\b")
RATE_ON_PREFIX = _rx(
    r"(?:(?<=prefix at )|(?<=prompt at )|(?<=preamble at )|(?<=prefix @ )|(?<=prompt @ ))" + _dollar("a")
    + r"(?!\s?(?:/|per|a|an|each)\s?(?:call|request|run|query)|[\d.])"
    # "16k prefix at $3.75/M write": a price labelled after its unit is that label's
    r"(?!(?:\s?(?:/|per)\s?(?:1\s?|one )?(?:m|mm|mtoks?|million)\b(?:\s?tokens?)?)?\s(?:cache[- ]?)?"
    r"(?:writes?|reads?|hits?|cached|creation|output|out)\b)"
)
RATE = _rx(
    _dollar("a")
    + r"\s?(?:(?P<pm>"
    + _PER_MILLION
    + r")|(?P<pk>"
    + _PER_THOUSAND
    + r"))"
)
# Rates written without a dollar sign: "1.25/10 per million", "3 and 15 dollars per million", "3 dollars per 1M".
_MILLION_UNIT = r"(?:per|/|a)\s?(?:1\s?|one )?(?:m|mm|mtoks?|million|mil)\b(?:\s?tokens?)?"
RATE_PAIR_BARE = _rx(
    r"(?<![\w.$:/])(?P<a>" + NUMBER + r")\s?(?:/|and)\s?(?P<b>" + NUMBER + r")\s?(?:dollars?|usd|bucks)?\s?"
    + _MILLION_UNIT
)
RATE_BARE = _rx(r"(?<![\w.$:/])(?P<a>" + NUMBER + r")\s?(?:dollars?|usd|bucks)\s?" + _MILLION_UNIT)
# "on 3/15", "2.50/10 ptok", "model's at 0.15/0.60": a bare input/output pair with no dollar sign or unit, read as rates
# per MTok where a word before it or "ptok" after it says it is a price (and output is the dearer side).
RATE_PAIR_SHORT = _rx(
    r"(?:(?:(?<=\bout on )|(?<=\bin on )|(?<=\boutput on )|(?<=\btokens on )|(?<=\bat )|(?<=@ )|(?<=@)|"
    r"(?<=\brates )|(?<=\brate )|(?<=\bpricing )|(?<=\bpriced )|(?<=\bmodel is )|(?<=\bvs )|(?<=\bvs\. )|"
    r"(?<=\bversus )|(?<=\bptok )|(?<=\bptok: )|(?<=\bptok @ )|(?<=\bptok at )|(?<=\bper[- ]token )|"
    r"(?<=\bper[- ]token at )|(?<=\bper[- ]token @ ))"
    r"(?P<a>\d{1,3}(?:\.\d{1,3})?)\s?/\s?(?P<b>\d{1,3}(?:\.\d{1,3})?)"
    r"(?![\d./%:,]\d|[\d%]|\s?(?:calls?|requests?|k\b|m\b|x\b|in\b|out\b|input|output|hours?|hrs?|days?|weeks?|"
    r"months?|mo\b|split|mix|ratio|of\b))"
    r"|(?<![\w.$:/])(?P<c>\d{1,3}(?:\.\d{1,3})?)\s?/\s?(?P<d>\d{1,3}(?:\.\d{1,3})?)\s?(?:ptok|per[- ]?tok(?:en)?s?)\b)"
)
# "pricing 3/15", "rates 0.5/2", "2M out on 3/15": the words before a bare pair that say it is a price.
_PRICE_WORD_BEFORE = _rx(r"\b(?:rates?|pricing|priced|(?:in|out|output|tokens) on|ptok:?|ptok (?:@|at)|"
                         r"per[- ]token(?: @| at)?) $")
# "$", "/M", "per M", "ptok", "pricing", "rates": a message that speaks of prices, where "at 3/15" can be a pair of
# rates ("QBR at 3/15" in a message without one is a date).
_PRICE_CUE = _rx(r"\$|/\s?(?:1\s?)?(?:m|mtok|million)\b|\bper (?:1\s?|one )?(?:m|mtok|million)\b|\bmtok|ptok|"
                 r"\bper[- ]?tok|\bpric|\brates\b")
# "launch is on 3/15", "renewal due on 6/30": a date, not a pair of rates.
_DATED = _rx(r"\b(?:launch\w*|start\w*|due|deadline|ship\w*|live|meeting|renew\w*|expir\w*|sign\w*|ends?|ending|"
             r"begins?|effective|from|until|till|since|by|date|dated|demo|kick\s?off|scheduled|planned|"
             r"happen\w*)\b[^.;,\d]{0,12}$")
# "1.1 in / 4.4 out per million": a bare pair with its labels, then the unit.
RATE_PAIR_BARE_LABELLED = _rx(
    # ("2.50 in / $10 out per mil": the dollar sign on one side only)
    r"(?<![\w.$:/])(?P<a>" + NUMBER + r")\s(?P<la>in|input)\s?(?:/|and|,|&)\s?\$?\s?(?P<b>" + NUMBER
    + r")\s(?:out|output)\s?(?:dollars?|usd|bucks)?\s?" + _MILLION_UNIT
)
# "1.60 / 1M out", "0.40 per million input": a bare figure per million tokens with its label after the unit.
RATE_BARE_LABELLED = _rx(
    r"(?<![\w.$:/])(?P<a>" + NUMBER + r")\s?(?:/|per)\s?(?:1\s?|one )?(?:m|mm|mtoks?|million)\b(?:\s?tokens?)?\s"
    r"(?P<label>in|input|out|output)\b"
)
# "caching cuts 90% of input cost", "saves ~80% of the input bill": a share after a verb of cutting is a cut claimed.
_CUT_VERB_BEFORE = _rx(r"\b(?:cuts?|cutting|saves?|saving|knocks?(?: off)?|reduces?|reducing|slash(?:es)?|trims?|"
                       r"lowers?|shaves?|takes? off)\s(?:about\s|around\s|roughly\s|up to\s|like\s)?~?$")
# "cache reads at 10% of the $3 input rate": a cache price given as a share of the input rate.
SHARE_OF_INPUT = _rx(
    # ("cached = half the input rate", normalised "50% the input rate": the "of" left out)
    r"(?P<a>" + NUMBER + r")\s?%\s?(?:of (?:the )?|the )(?:normal |standard |regular |list |base )?"
    r"(?:\$\s?(?P<rate>" + NUMBER
    + r")(?:\s?/\s?1?\s?m(?:tok)?\b)?\s)?(?:input(?: tokens?)?+(?: rates?| prices?| costs?)?+|"
    r"prompt(?: token)? (?:rates?|prices?|costs?))"
    # "40% of the input is the system prompt": a share of the prompt's tokens, not a price
    r"(?!\s(?:is|are)\b)"
)
# "cached input at 10% of the price", "reads at a tenth of the normal rate": a cache price as a share of the input
# price, read only after a cache label (below).
CACHE_SHARE_OF_PRICE = _rx(
    r"(?P<a>" + NUMBER + r")\s?%\s?(?:of (?:the )?|the )(?:normal |standard |regular |list |base |full |usual )?"
    # "hits at a tenth of the $3 rate": the input rate may be named in the share
    # "writes at 125% of the $3/1M base rate": the rate's name may follow its figure
    r"(?:\$\s?(?P<rate>" + NUMBER + r")(?:\s?/\s?1?\s?m(?:tok)?\b)?\s(?:base |normal |standard |list |input )?)?"
    r"(?:price|rate|cost|list price)\b"
    # "cached reads at 25% of base", "writes at 125% of base": the base (input) price named by that word alone
    r"|(?P<b>" + NUMBER + r")\s?%\s?of (?:the )?base\b"
    r"(?!\s(?:load|traffic|volume|calls?|case|plan|fee|price|rate|cost))"
)
_CACHE_LABEL_BEFORE = _rx(r"\b(?:cached|cache|reads?|hits?|writes?)\b[^.;\d%]{0,30}$")
# "$3 input" / "$0.30 cached": a dollar figure followed directly by a token label reads as a rate per MTok.
RATE_LABELLED = _rx(
    _dollar("a") + r"(?:\s?/\s?1?\s?m(?:tok)?\b)?\s(?:for\s)?(?P<label>input|output|in\b|out\b|cached|cache hits?|"
    r"cache reads?|cache writes?|reads?\b|hits?\b|writes?\b|"
    # "$3 normal vs $0.30 cached", "$2.50 uncached": the input rate a cache read is set against
    r"normal\b|regular\b|uncached\b|un-cached\b|non-cached\b|"
    # "$3 base / $0.30 read / $3.75 write": the base rate reads and writes are priced against
    r"base\b(?!\s(?:fee|plan|subscription|salary|pay|load|traffic|case)))"
)
# "$3 input, 0.30 read, 3.75 write": a decimal figure with a cache label after it, beside dollar rates, is that cache
# price per MTok.
CACHE_PRICE_BARE = _rx(
    r"(?<![\w.$:/,])(?P<a>\d{1,3}\.\d{1,4})(?:\s?/\s?1?\s?m(?:tok)?\b)?\s(?:for\s)?(?P<label>cached|cache hits?|"
    r"cache reads?|cache writes?|reads?|hits?|writes?)\b"
    r"(?!\s?(?:/|a|an|per|each|every)\s?(?:day|hour|hr|week|month|mo|min|minute|call|request)\b)"
    r"(?!\s(?:ratio|rate|share|fraction)\b)"  # "0.80 cache hit ratio": a share of calls, no price
)
# "$3 in, $0.30 on a cache hit, $3.75 for a cache write": a cache price said as what one hit or write is billed at
# (never after a word saying what a hit saves or a write adds)
CACHE_PRICE_ON_A = _rx(
    _dollar("a") + r"(?:\s?/\s?1?\s?m(?:tok)?\b)?\s(?:on|for)\s(?:(?:a|an|each|every)\s)?cache\s"
    r"(?P<label>hits?|reads?|writes?)\b")
_WHAT_ONE_COSTS_BEFORE = _rx(r"\b(?:costs?|sav(?:e|es|ed|ing|ings)|premium|extra|more|adds?|worth|nets?)\b"
                             r"[^$\d]{0,12}$")
# "base input 2.50/mtok, cache hits 0.25, cache writes 3.125": a cache price with no currency sign, its label before it
CACHE_PRICE_LABEL_FIRST = _rx(
    r"\b(?P<label>cache hits?|cache reads?|cache writes?|cached input|cached)\s?(?:at|@|=|:)?\s?"
    r"(?P<a>\d{1,3}\.\d{1,4})(?!\d|[.,]\d|\s?(?:%|x\b|k\b|m\b(?!tok)|mm\b|b\b|bn\b|million|billion|thousand|tokens?|"
    r"calls?|requests?|hits?|writes?|times|per\s(?:day|hour|week|month|call)))"
)
# A rate's label right before its dollar sign ("in $0.15/M out $0.60/M"): it wins over a label after the unit.
_ADJACENT_LABEL = _rx(
    r"(?:^|[^\w-])" + _NOT_OUT
    + r"(?P<label>cached input|cache reads?|cache writes?|in|input|out|output|cached|reads?|writes?)"
    r"(?: (?:at|@|is|of))?"
    r"\s?[:=]?\s?$"
)
_RATE_BEFORE_LABEL = _rx(r"\$\s?[\d.,]{1,12}\s?(?:k\s?)?(?:(?:/|per)\s?(?:1\s?|one )?(?:m|mtoks?|million|mil)\b)?\s?$")
# "$3/M in $15/M out", "$0.5/m input, $1.5/m output", "3 per mil in 15 per mil out": a side word closing a rate per
# million (on its line: "output $1.50 per million" then "input and output per week?" on the next is no label of that
# rate).
_SIDE_AFTER_RATE = _rx(r"(?<=[mnlks]) (?P<side>in|input|out|output)\b(?=\s?(?:[^\w\s]|and\b|plus\b|vs\b|$))")
# "500 out at $3/M": the label before a rate closes a token count, not the rate.
_COUNT_BEFORE_LABEL = _rx(r"\d\s?(?:k|m|mm|b|bn)?\s?(?:tokens?\s|toks?\s)?$")
# "900M in at $3", "60M in/day at $2", "15M out a day @ $8": the side of the count the price follows.
_IN_OUT_BEFORE = _rx(r"(?:^|[^\w-])" + _NOT_OUT
                     + r"(?P<side>in|out)(?:\s?/\s?(?:day|d|mo|month|wk|week|hr|hour|yr|year)|"
                     r"\s(?:a|per|each|every)\s(?:day|month|week|hour|year))?(?: at| @|:)? $")
# "output 300M @ $15", "input still 1.5bn at $3": the side named before the count the price follows.
_SIDE_COUNT_BEFORE = _rx(r"(?:^|[^\w-])(?P<side>input|output)s?\s(?:tokens?\s)?(?:(?:still|stays|is|of|now|"
                         r"(?:doubles|doubled|triples|tripled|halves|halved|grows|goes|goes up|rises|increases|jumps|"
                         r"climbs|drops|falls|moves) to)\s)?~?"
                         r"(?<![\d.,])\d[\d.,]{0,12}\s?(?:k|m|mm|b|bn)?(?:\s?tokens?)?\s?(?:at|@)\s?$")
_ADJACENT_RATE = {"cached input": "cache_read_rate", "in": "input_rate", "input": "input_rate",
                  "out": "output_rate", "output": "output_rate",
                  "cached": "cache_read_rate", "read": "cache_read_rate", "reads": "cache_read_rate",
                  "cache read": "cache_read_rate", "cache reads": "cache_read_rate", "write": "cache_write_rate",
                  "writes": "cache_write_rate", "cache write": "cache_write_rate",
                  "cache writes": "cache_write_rate"}
# Whether the first dollar figure is introduced by its label ("input $2.50 output $10"), which decides
# how "$2.50 output $10" is read.
_LABEL_FIRST = _rx(
    r"(?:\binput|\boutput|\bin\b|" + _NOT_OUT + r"\bout\b|cached|cache[- ]?(?:hits?|reads?|writes?)|\breads?|\bwrites?)"
    r"(?:\s(?:tokens?|rate|price|cost|is|are|of|at|@))*"
    r"\s?[:=]?\s?\$"
)
# "input $2.50, output $10 per million": the label comes first; the unit, when present, is consumed too.
RATE_LABEL_BEFORE = _rx(
    r"(?P<label>\binput|\boutput|cached input|cached|cache[- ]?hits?|cache[- ]?reads?|"
    r"cache[- ]?writes?|\breads?|\bwrites?|\bhits?)"
    r"(?:\s(?:tokens?|rate|price|costs?|is|are|of|at|@|for|billed at|priced at|still|stay|stays|remain|remains|"
    r"only|just|now|(?:comes?|came) in at|go(?:es)? for|charged at))*\s?[:=]?\s?"
    + _dollar("a") + r"(?:\s?(?P<pm>" + _PER_MILLION + r")|\s?(?P<pk>" + _PER_THOUSAND + r"))?"
    + r"(?!\s?(?:/|per|a|an|each)\s?(?:call|request|invocation|query|image|document|page)\b)"
)
# "in $2.50 / out $10", "900M in at $3": the short labels stay in the text (they also label the token count
# before them), so they are read behind the match.
# An amount this large is a spend, never a price per million tokens ("$40,000 direct api", "out at $72,000 a month").
_LEAST_SPEND_NOT_RATE = 1000
_SPEND_PERIOD_AFTER = _rx(r"\s?(?:/|per|a|an|each)\s?(?:mo|months?|weeks?|years?|yr|quarters?)\b")
# ("wraps the model in $0.005 fee per call": a fee, its noun between it and the call)
RATE_IN_OUT_BEFORE = _rx(
    _dollar("a") + r"(?:\s?(?P<pm>" + _PER_MILLION + r")|\s?(?P<pk>" + _PER_THOUSAND + r"))?"
    + r"(?!\s?(?:(?:flat\s)?(?:fee|charge|surcharge)\s)?(?:/|per|a|an|each)\s?"
      r"(?:call|request|invocation|query|image|document|page)\b|[\d.])"
)
# "they only publish output, $12 per million", "only been sent the input price so far, which is $0.60 per million":
# the one side's rate, said apart from its label.
RATE_SIDE_ASIDE = _rx(
    r"(?:\b(?:only|just)\s(?:[a-z']{2,12}\s){0,3}?(?:the\s|their\s|us\s)?(?P<l1>input|output)"
    r"(?: (?:price|rate|pricing))?(?: so far| for now)?,\s?"
    r"|\b(?P<l2>input|output) (?:price|rate|pricing)(?: so far| for now)?,?\s(?:which|that)(?: is|'s)\s)"
    + _dollar("a") + r"(?:\s?(?P<pm>" + _PER_MILLION + r")|\s?(?P<pk>" + _PER_THOUSAND + r"))?"
    + r"(?!\s?(?:/|per|a|an|each)\s?(?:call|request|invocation|query|image|document|page)\b|[\d.])"
)
CENTS = r"(?P<cents>" + NUMBER + r")\s?(?:cents?|¢|c\b)"
_CALL_NOUN = (
    r"(?:api\s)?(?:call|request|req|invocation|query|transaction|inference|conversation|image|img|document|doc|page|"
    r"run|execution|task|invoice|ticket|message|turn|chat|claim|check|step|form|record|receipt|report|scan|photo|"
    r"application|lookup|job|workflow|session|summary|summaries|summarization|summarisation|answer|reply|response|"
    r"email|translation|transcript|transcription|item|lead|review|article|file|classification|extraction|search|"
    r"generation|completion|embedding|question|case|order|contract|resume|prediction|analysis|chunk)"
)
PER_CALL_FEE = _rx(
    # ("$0.01 fee per call", "2c flat charge a request": the fee's noun between)
    r"(?:" + _dollar("a") + r"|" + CENTS + r")\s?"
    r"(?:apiece\s|flat\s|(?:a\s)?flat fee\s|(?:flat\s)?(?:fee|charge|price)\s)?"
    # ("1.2¢ per-call fee": the call hyphened to its "per")
    r"(?:(?:per|a|an|/|each|for each|for every|on each|on every|every)(?:\s|(?<=per)-)?)"
    r"(?:(?!per\b|and\b|or\b|vs\b)[a-z]{3,15}[- ]){0,2}?" + _CALL_NOUN + r"\b"
)
# "the per-token equivalent works out to $0.008 per call", "per-token cost of $0.012 a call": what a call costs at
# per-token rates, said as one amount (set against the fee; not a second fee).
PER_TOKEN_CALL_COST = _rx(
    r"\bper[- ]token(?: (?:equivalent|cost|price|pricing|side|option|route|rate))?(?: (?:of|for) (?:a|the|each|one) "
    r"(?:call|request))?(?: (?:works out|comes out|comes|would be|works|is|are|=|at|of|to|about|around|roughly|"
    r"~|only|just))* ?~?" + _dollar("a") + r"\s?(?:per|a|an|/|each|for each|every)\s?(?:call|request|transaction|"
    # "per-token ~$0.0018/page": the per-token cost of one item's call
    r"page|image|photo|scan|doc|document|ticket|invoice|receipt|record|item|claim|form|file)\b"
)
# "$1.50 per 1,000 images", "$2 per thousand requests": a fee per batch of calls, divided down to one call.
PER_CALL_FEE_BATCH = _rx(
    r"(?:" + _dollar("a") + r"|" + CENTS + r")\s?(?:per|/|for|every|a)\s?(?P<batch>1,000|1000|1\s?k|k|thousand|"
    # (on its line, and never "$1.50/m avg call 1500 in": a rate per million tokens, then the average call's size)
    r"one thousand|1,000,000|1000000|1\s?m|m|million)[ \t]"
    r"(?:(?!(?:avg|average|mean|typical|median)\b)[a-z]{3,15}[ \t])?" + _CALL_NOUN + r"s?\b"
)
# "Image Analysis - Read   2,400,000 transactions   $1.50 / 1,000   $3,600.00": an invoice line's unit price per
# thousand of the calls counted before it
PER_CALL_FEE_BATCH_AFTER_UNIT = _rx(
    r"(?<![\w.,])\d[\d,]{0,15}(?:\.\d+)?\s?(?:k|m)?\s" + _CALL_NOUN + r"s?[ \t]+(?:@\s?|at\s)?(?:" + _dollar("a") + r"|"
    + CENTS + r")\s?(?:/|per)\s?(?P<batch>1,000|1000|1\s?k|thousand)\b(?![ \t]?(?:tokens?|toks?|input|output|in|out)\b)"
)
# "$0.003 apiece", "1,000 calls a day at $0.002 each", "the $0.01 flat": a fee for each call.
PER_CALL_FEE_EACH = _rx(
    # (never "$12k flat": an amount in thousands is a bill, not what a call costs)
    _dollar("a") + r"(?(a_scale)(?!))\s(?:apiece|a pop|each|flat(?: fee| rate| charge)?)\b"
    r"(?!\s(?:input|output|in\b|out\b|per\s?m))"
    r"(?!\s(?:for|a|per|each|every|/)\s?(?:the\s)?(?:month|year|week|day|quarter)\b)"
)
# "each call costs a flat $0.0025", "every request is $0.01": the call named before its price.
PER_CALL_FEE_CALL_FIRST = _rx(
    r"\b(?:each|every|per|a|one) " + _CALL_NOUN + r"\s(?:costs?|is|=|would cost|will cost|billed at|priced at|at)\s"
    r"(?:a\s)?(?:flat\s)?(?:fee\s(?:of\s)?)?~?" + _dollar("a")
    + r"(?!\s?(?:/|per|a|an)\s?(?:1\s?|one )?(?:m\b|mtok|million|k\b|thousand|hour|hr|day|week|month|year))"
)
_PER_CALL_AFTER = _rx(r"\s?(?:(?:per|a|an|/|each|for each|every)\s?)" + _CALL_NOUN + r"\b")
# "per-call fee on the table for Cawdor is $0.02": the label, a few words about whose fee it is, then the amount.
PER_CALL_FEE_LABEL_FAR = _rx(
    r"\bper[- ](?:call|request) (?:fee|price)\b[^$\d.?!;\n]{1,50}?\b(?:is|of|at|=|:)\s?(?:now\s)?~?" + _dollar("a")
    + r"(?!\s?(?:/|per|a|an)\s?(?:m\b|mo\b|months?|hours?|hr\b|years?|yr\b|weeks?|days?|k\b|1\s?m\b|million|mtok))"
)
PER_CALL_FEE_BEFORE = _rx(
    r"(?:per[- ](?:call|request|invocation|execution|transaction|query)(?: (?:fee|price|rate|pricing|cost|option|offer|"
    r"deal|plan|quote|vendor|provider|alt|"
    r"alternative|"
    r"contract|agreement|supplier|platform|service|endpoint|api|tier))?|"
    r"flat (?:fee|rate)|fee per (?:call|request)|"
    # "fee/request: $0.0125", "price / call = 1.2c"
    r"\b(?:fee|price|charge)\s?/\s?(?:call|request|req|query|task|job|transaction)\b|"
    r"\bfee(?<!platform fee)(?<!subscription fee)(?<!setup fee)(?<!monthly fee)(?<!annual fee)(?<!license fee)"
    r"(?<!management fee)(?= (?:is|of|at|=|would be|will be|now|was|were|became|becomes|(?:goes|went|drops|dropped|"
    r"falls|fell|rises|rose|changes|changed|moves|moved) to)|\s?[:=]|'s|\s\$)|"
    # "what if the fee was $0.009 instead?", "if the fee drops to $0.006": a what-if on the fee is still the fee
    r"(?:charges?|bills?|wants?|costs?) per (?:call|request))\s?(?:'s|of|is|at|:|=|would be|will be|was|were|became|"
    r"becomes|(?:goes|went|drops|dropped|falls|fell|rises|rose|changes|changed|moves|moved) to|"
    # "the per-call quote came in at 2c", "per-call price landed at $0.01"
    r"(?:came|comes|come|landed|lands|landing) (?:in )?at)?\s?(?:now\s)?(?:"
    + _dollar("a") + r"|" + CENTS + r")"
    r"(?!\s?(?:/|per|a|an)\s?(?:m\b|mo\b|months?|hours?|hr\b|years?|yr\b|weeks?|days?|k\b|1\s?m\b|million|mtok))"
)
# "actual workload ~90k TPM average", "averaging 90k TPM": the average load, set against units' capacity.
AVERAGE_TPM = _rx(
    r"\b(?:average|averages|averaging|avg|mean)\b[^.;!?\d$%]{0,20}?~?(?<![\w.$])" + QUANTITY + r"\s?tpm\b|"
    r"(?<![\w.$])~?" + QUANTITY.replace("P<num>", "P<num2>").replace("P<scale>", "P<scale2>")
    + r"\s?tpm\s(?:on\s)?(?:average|avg|mean)\b"
)
# "840,000,000 cache read tokens", "12M cache-write tokens", "160M uncached input tokens": a bill's caching lines.
# (not "9000 cache read tokens each": one call's size)
CACHE_LINE_TOKENS = _rx(r"(?<![\w.$])" + QUANTITY + r"\s?(?P<kind>cache[- ](?:read|hit|write|creation)|uncached|"
                        r"non-cached)(?: input)?\s(?:tokens?|toks?)\b(?!\s(?:each|apiece|per (?:call|request|hit|read|"
                        r"write)))|"
                        # "cache_read_input_tokens: 460000000": a usage export's line, its name first
                        # ("claude-opus  cache_creation_input_tokens  22M  @ $18.75/MTok": a console's columns, the
                        # count after the name with no colon, a price or the line's end after it)
                        r"\b(?P<kind2>cache[- ](?:read|hit|write|creation)|uncached|non-cached)(?: input)?"
                        r"\s(?:tokens?|toks?)(?:\s?[:=]\s?~?(?<![\w.$])"
                        + QUANTITY.replace("P<num>", "P<num2>").replace("P<scale>", "P<scale2>")
                        + r"|\s(?<![\w.$])" + QUANTITY.replace("P<num>", "P<num3>").replace("P<scale>", "P<scale3>")
                        + r"(?=[ \t]*+(?:(?:at|@)[ \t]*+)?(?:$|\n|\$|,|;)))|"
                        # ("Cache write      12,000,000   $3.75/MTok   $45.00": an invoice's line, "tokens" left out,
                        # the count before what it is billed at)
                        r"\b(?P<kind4>cache[- ](?:read|hit|write|creation))(?: input)?[ \t]++(?<![\w.$])"
                        + QUANTITY.replace("P<num>", "P<num4>").replace("P<scale>", "P<scale4>")
                        + r"(?=[ \t]++(?:(?:at|@)[ \t]*+)?\$)")
_CACHE_LINE_KINDS = {"read": "read", "hit": "read", "write": "written", "creation": "written", "uncached": "uncached",
                     "cached": "uncached"}
# No model's context window holds more tokens than this: a larger count of prefix tokens is a volume over a period.
LARGEST_PROMPT = 2_000_000
_FIRST_PERIOD = _rx(r"\b(?:last|this|past|previous|per|a|each|every)\s(?P<p>day|week|month|quarter|year)\b|"
                    r"\b(?P<adj>daily|weekly|monthly|quarterly|yearly)\b")


def _period_named(text: str) -> str | None:
    """The first period a message names ("last month", "per week", "monthly"), or None."""
    m = _FIRST_PERIOD.search(text)
    return None if m is None else m.group("p") or PERIOD_WORDS[m.group("adj")]


# "steady 90k TPM": a load in tokens a minute (read only beside one unit's throughput, as the load to size for).
LOAD_TPM = _rx(r"(?<![\w.$])~?" + QUANTITY + r"\s?tpm\b")
# "the flat fee drops from 1.5c to 1.2c", "per-call price moves from $0.015 to $0.012": the fee it changes to.
PER_CALL_FEE_CHANGED = _rx(
    r"(?:\bper[- ](?:call|request) (?:fee|price|rate)|\bflat (?:fee|rate|price)|\bfee)\s(?:(?:drops|dropped|falls|fell|"
    r"goes|went|rises|rose|changes|changed|moves|moved|comes down|came down|goes down|went down|is cut|was cut|"
    r"is going|gets cut|got cut)\s)?from\s(?:\$\s?[\d.,]+|[\d.]+\s?(?:cents?|¢|c\b))\s?(?:to|->|→)\s?(?:"
    + _dollar("a") + r"|" + CENTS + r")"
    r"(?!\s?(?:/|per|a|an)\s?(?:m\b|mo\b|months?|hours?|hr\b|years?|yr\b|weeks?|days?|k\b|1\s?m\b|million|mtok))"
)

# "$0.06 per digest ... 25,000 digests a week": a fee for a unit of work the ask also counts, whatever its name.
PER_NAMED_UNIT_FEE = _rx(
    r"(?:" + _dollar("a") + r"|" + CENTS + r")\s?(?:per|a|an|/|each|for each|for every|every)\s?"
    r"(?P<noun>(?!(?:seat|user|head|license|licence|unit|gpu|node|instance|ptu|hour|hr|day|week|month|year|mo|yr|"
    r"minute|min|second|sec|million|thousand|mtok|ktok|token|tok|gb|tb|mb|month)s?\b)[a-z]{3,15})\b"
    r"(?!\s?(?:/|per|-)\s?(?:hour|hr|day|week|month|year|mo|yr)\b)"
)
# "a 1¢ fee", "a $0.004 flat fee", "the $0.02 per-call fee", "a $0.002 per-request plan": the amount before the word
# fee, or before a plan or price named per call.
PER_CALL_FEE_AMOUNT_FIRST = _rx(
    # ("the endpoint's $0.02 per-call fee": whose fee, said before it)
    r"(?:\b(?:a|an|the|their|that|its|our|your)\s|(?<=[a-z])'s\s)" + _dollar("a")
    + r"\s(?:(?:flat\s|per[- ]call\s|call\s)?fee\b|"
    r"per[- ](?:call|request|invocation|transaction|query)\s(?:plan|price|pricing|rate|charge|deal|offer|contract)\b)"
    r"(?!\s?(?:/|per|a|an|each)\s?(?:m\b|mo\b|months?|hours?|hr\b|years?|yr\b|weeks?|days?|seat|user))"
)

# A load rate: "1,200 tokens/sec", "900 requests per minute", "600 rpm", "330k TPM".
def _load(name: str) -> str:
    return (r"(?P<" + name + ">" + NUMBER + r")(?:\s?(?P<" + name + r"_scale>k|m)\b)?\s?(?P<" + name
            + r"_unit>(?:tokens?|toks?|requests?|reqs?|calls?|queries)\s?(?:/|per|a|an)\s?(?:sec|second|s|min|minute|m|"
            r"hour|hr|h)\b|(?:tps|tpm|rpm|rps|qps)\b)")


def _load_unit_said(m: re.Match[str], name: str) -> str:
    """The unit of a load a pattern read, as the reply shows it ("TPM", "tokens/sec"); a load said without its unit
    ("average 40k TPM, peak 100k") has the other load's."""
    other = {"peak": "avg", "avg": "peak"}.get(name)
    said = m.group(name + "_unit") or (m.groupdict().get(other + "_unit") if other else None) or ""
    return said.upper() if said in ("tps", "tpm", "rpm", "rps", "qps") else said


# "actual avg throughput: 35M tokens/hour": the words and colons between a load's name and its figure.
_LOAD_WORDS = (r"(?:\s(?:(?:is|are|of|at|around|about|roughly|maybe|probably|perhaps|likely|runs?|running|near|hits?|"
               r"reaches?|throughput|load|traffic|capacity|usage)\b|~):?)*\s?~?")
# ("avg 50,000 tokens per minute, max 80,000": the maximum is the peak)
# ("averages 250k tokens a minute but spikes to 400k around lunch": a spike's height is the peak)
_PEAK_WORD = (r"(?:peaks?|max|maximum|(?:spikes?|spiking|spiked|bursts?|bursting|surges?|surging|jumps?|jumping)"
              r"(?:\s(?:up\s)?to)?)")
# After a load said without its unit, a word that says when or where it happens, not what it counts
_WHEN_WORD = r"(?:around|at|during|in|on|when|by|near|over|and|but|so|or|with|every|each|most|some|mid)\b"
# "averages 1,200 tokens/sec but peaks at 3,000", "peak 900 requests per minute, average 600 rpm": the
# peak-to-average ratio from the two loads.
PEAK_AND_AVERAGE = [
    _rx(r"\b(?:average|averages|avg|mean)" + _LOAD_WORDS + _load("avg") + r"[^.;!?\d]{0,40}?\b" + _PEAK_WORD
        + r"(?:\sload)?" + _LOAD_WORDS + _load("peak")),
    _rx(r"\b" + _PEAK_WORD + r"(?:\sload)?" + _LOAD_WORDS + _load("peak")
        + r"[^.;!?\d]{0,40}?\b(?:average|averages|avg|mean)" + _LOAD_WORDS + _load("avg")),
    # "peak 900 RPS, average 300", "average 40k TPM, peak 100k": the unit named with the first load only
    # (never the ratio's own name: "peak-to-average is about 1.2")
    _rx(r"\b" + _PEAK_WORD + r"(?:\sload)?" + _LOAD_WORDS + _load("peak")
        + r"[^.;!?\d]{0,40}?(?<!to-)(?<!to )\b(?:average|averages|avg|mean)" + _LOAD_WORDS + r"(?P<avg>" + NUMBER
        + r")(?:\s?(?P<avg_scale>k|m)\b)?(?P<avg_unit>(?!))?(?![.,]?\d|\s?(?:%|x\b|×|times\b|[a-z$/]))"),
    # ("averages ~1,500 tokens/sec but peaks hit 6,000/sec": the peak's period said without its noun)
    _rx(r"\b(?:average|averages|avg|mean)" + _LOAD_WORDS + _load("avg") + r"[^.;!?\d]{0,40}?\b" + _PEAK_WORD
        + r"(?![- ]to\b)(?:\sload)?" + _LOAD_WORDS + r"(?P<peak>" + NUMBER
        + r")(?:\s?(?P<peak_scale>k|m)\b)?(?P<peak_unit>(?!))?"
        r"(?:\s?(?:/|per)\s?(?:sec|second|s|min|minute|hour|hr|h)\b)?"
        r"(?![.,]?\d|\s?(?:%|x\b|×|times\b|[$/]|(?!" + _WHEN_WORD + r")[a-z]))"),
    # ("avg 90,000; peak 225,000" under a sheet's "tokens/min": two bare loads side by side, a ratio whatever the unit)
    _rx(r"\b(?:average|avg|mean)\s?[:=]?\s?(?P<avg>" + NUMBER + r")(?:\s?(?P<avg_scale>k|m)\b)?(?P<avg_unit>(?!))?"
        r"\s?[;,]\s?" + _PEAK_WORD + r"\s?[:=]?\s?(?P<peak>" + NUMBER + r")(?:\s?(?P<peak_scale>k|m)\b)?"
        r"(?P<peak_unit>(?!))?(?![.,]?\d|[ \t]?(?:%|x\b|×|times\b|[a-z$/]))"),
    # "RPS averages 12, peaks at 30", "TPM: avg 40k, peak 100k": the unit named once, before both loads
    _rx(r"\b(?P<peak_unit>tps|tpm|rpm|rps|qps)\b(?P<avg_unit>(?!))?[^.;!?\d]{0,15}?\b(?:average|averages|avg|mean)"
        + _LOAD_WORDS + r"(?P<avg>" + NUMBER + r")(?:\s?(?P<avg_scale>k|m)\b)?[^.;!?\d]{0,30}?\b" + _PEAK_WORD
        + _LOAD_WORDS + r"(?P<peak>" + NUMBER + r")(?:\s?(?P<peak_scale>k|m)\b)?(?![.,]?\d|\s?(?:%|x\b|×|times\b))"),
]
# "committed to 500k TPM, actual average is 330k TPM": the utilization of the commitment.
COMMITTED_AND_USED = _rx(
    r"\b(?:committed|commit|reserved|reserve|provisioned|bought)\s(?:(?:capacity|throughput)\s?:?\s)?(?:to\s|for\s)?~?"
    + _load("peak")
    + r"[^.;!?\d]{0,40}?\b(?:actual|real|actually|really|average|avg|usage|use|using|uses)" + _LOAD_WORDS
    + r"(?:(?:average|avg|usage)" + _LOAD_WORDS + r")?" + _load("avg")
)
# "bought PT sized for 50M tokens a day and they're averaging 31M/day": the utilization of capacity sized for a daily
# volume, the average said with or without its noun.
def _day_load(name: str) -> str:
    return (r"(?P<" + name + ">" + NUMBER + r")(?:\s?(?P<" + name + r"_scale>k|mm|m|bn|b)\b)?\s?(?P<" + name
            + r"_unit>(?:tokens?|toks?|requests?|reqs?|calls?)\s?)?(?:/|per|a|an)\s?(?:day|d)\b")


SIZED_AND_USED_DAILY = _rx(
    r"\b(?:committed|commit|reserved|reserve|provisioned|bought|sized|built|purchased)\s"
    r"(?:(?:pt|ptus?|capacity|throughput|units?)\s?:?\s(?:sized\s|built\s)?)?(?:to\s|for\s|at\s)?~?" + _day_load("peak")
    + r"[^.!?\d]{0,40}?\b(?:actual|real|actually|really|averag(?:e|es|ed|ing)|avg|usage|use|using|uses|running|doing)"
    + _LOAD_WORDS + r"(?:(?:average|avg|usage)" + _LOAD_WORDS + r")?" + _day_load("avg")
)
# "bought 500 concurrent sessions and averaged 350 in use", "8 PTUs, on average they use 6 of them", "6 of the 8 units
# busy on average": a pool of capacity counted in items and the items used, their share the utilization.
_POOL_NOUN = (r"(?P<noun>(?:concurrent\s|simultaneous\s)?(?:sessions?|seats?|licen[cs]es?|units?|ptus?|slots?|"
              r"instances?|gpus?|nodes?|replicas?|model units?|blocks?))\b")
POOL_IN_USE = [
    _rx(r"\b(?:bought|buys?|buying|have|has|owns?|committed to|commits? to|reserved?|provisioned|licen[cs]ed|"
        r"purchased|pays? for|paying for|sized for|got|gets)\s(?:a pool of\s|a block of\s)?~?"
        r"(?P<total>\d[\d,]{0,8})\s?" + _POOL_NOUN
        + r"[^.;!?\d$%]{0,50}?\b(?:averag(?:e|es|ed|ing)|(?:only\s)?use[sd]?|using|keeps?|keeping)\s"
        r"(?:(?:about|around|roughly|only|just)\s|~\s?)?(?P<used>\d[\d,]{0,8})\b(?![.,]?\d|\s?(?:%|k\b|m\b|x\b))"),
    _rx(r"(?<![\w.$])(?P<used>\d[\d,]{0,8})\s(?:of|out of)\s(?:the\s|their\s|its\s|our\s)?(?P<total>\d[\d,]{0,8})\s?"
        + _POOL_NOUN + r"\s(?:are\s|is\s)?(?:in use|used|busy|active|occupied|utili[sz]ed)\b"),
]
# "they use 5.2M of an 8M tokens-per-hour reservation", "averaging 30k of their 50k TPM commit": a load used out of
# the capacity reserved, each with its scale.
_LOAD_RATE_UNIT = r"(?:[- ]?(?:tokens?[- ]?(?:/|per|a|an)[- ]?(?:hour|hr|minute|min|second|sec)|tpm|tph|tps|rpm|rps))?"
LOAD_OF_CAPACITY = _rx(
    r"\b(?:use|uses|using|used|consume|consumes|consuming|averag(?:e|es|ed|ing)|runs? at|running at)\s"
    r"(?:about\s|around\s|roughly\s|~\s?)?(?P<used>" + NUMBER + r")(?:\s?(?P<used_scale>k|m)\b)?" + _LOAD_RATE_UNIT
    + r"\s(?:of|out of)\s(?:an?\s|the\s|their\s|our\s|its\s)?~?(?P<total>" + NUMBER + r")(?:\s?(?P<total_scale>k|m)\b)?"
    + _LOAD_RATE_UNIT
    + r"[- ]?(?:reservation|reserved capacity|commitment|commit|capacity|allocation|quota|provisioned)\b"
)
# "their PAR goes from 1.2 to 2", "peak-to-average rising from 1.5 to 3": the new ratio, and the one it replaces.
PAR_CHANGE = _rx(
    r"(?:\bpar\b|peak[- ]?to[- ]?(?:average|avg|mean)(?: ratio)?)(?: \w+){0,2}? (?:goes|going|go|grows|growing|rises|"
    r"rising|drops|dropping|falls|falling|moves|moving|changes|changing|went|jumps|jumping|climbs|climbing|shifts|"
    r"shifting)(?: up| down)? from (?P<a>" + NUMBER + r")(?:\s?x|:\s?1)? (?:to|->|→) (?P<b>" + NUMBER
    + r")(?:\s?x\b|:\s?1\b)?"
)
# The few words between the ratio's name and its figure ("is about 2", "of ~3"); looser wording ("is something like
# 8x", "at Hamblin Freight is about 2") is PAR_NAMED_THEN_FIGURE's, read when nothing else gave the ratio.
_PAR_FILLER = r"(?: (?:of|is|=|:|around|about|roughly|~|at|actually|really|now|in fact)(?![a-z]))*+"
# "their PAR is actually 1.5 not 2", "1.5x instead of 2x": the corrected figure, then the one it replaces (read with it,
# so the replaced figure is neither the ratio nor reported unused)
_PAR_NOT = (r"(?:\s?x\b|:\s?1\b)?(?:,?\s(?:not|instead of|rather than|and not)\s(?:the\s)?~?(?:[1-9]\d?(?:\.\d{1,3})?)"
            r"(?![\d.,]\d)(?:\s?x\b|:\s?1\b)?)?")
# "and if the PAR is really 1.5 once the holiday spike is in?", "what if peak-to-average turns out to be 2x?": a second
# ratio the same deal is worked out at, beside the one stated.
PAR_WHAT_IF = _rx(
    r"\bif (?:the |their |our )?(?:par\b|peak[- ]?to[- ]?(?:average|avg|mean)(?: ratio)?|"
    r"peak\s?(?:/|:)\s?(?:avg|average))"
    r"\s(?:is|was|were|turns out (?:to be )?|comes in (?:at )?|ends up (?:at |being )?|goes to |becomes |hits )?\s?"
    r"(?:really |actually |closer to |more like |nearer |~\s?)*(?P<a>[1-9](?:\.\d{1,3})?)(?:\s?x\b|:\s?1\b)?"
    r"(?![\d.,%])"
)
# "they can smooth it down to 1.25:1 with a queue", "flatten the peaks to 1.5x": a second ratio the deal is worked at
PAR_SMOOTHED = _rx(
    r"\b(?:smooth|flatten|bring|get|cut|reduce|shave|level)(?:s|ed|ing)?\s(?:it|that|this|them|the (?:peaks?|ratio|par|"
    r"spikes?|load))?\s?(?:down\s|out\s)?to\s(?:about\s|around\s|~)?(?P<a>[1-9](?:\.\d{1,3})?)(?::\s?1\b|\s?x\b)")
PEAK_TO_AVERAGE = [
    # "peak:avg ~2.5", "peak/avg of 3", "peak vs avg 2", "peak vs average is something like 8x": the ratio named by
    # its two ends
    _rx(r"\bpeak\s?(?::|/|vs\.?|versus|over)\s?(?:avg|average|mean)(?: ratio)?"
        + _PAR_FILLER + r"\s?[:=]?\s?(?:~\s?)?(?P<a>" + NUMBER + r")\s?(?:x\b|:\s?1\b|to 1\b)?"),
    _rx(r"peak[- ]?to[- ]?(?:average|avg|mean)(?: ratio)?" + _PAR_FILLER + r"\s?[:=]?\s?"
        r"(?:~\s?)?(?P<a>" + NUMBER + r")(?:\s?(?:x|:\s?1|to 1))?" + _PAR_NOT),
    # "1.8 PAR", "a 2.5 peak-to-average": the figure before the name (on its line: a figure ending the line above
    # is another key's)
    # ("| peak / avg | 2.5 |": a sheet's row, its figure written before its key)
    # (not the 1 of "2.5 to 1 peak to average", read below)
    _rx(r"(?<![\w.$:/])(?<!\bto )(?<!: )(?P<a>" + NUMBER + r")[ \t](?:par|peak[- ]?to[- ]?(?:average|avg|mean)"
        r"(?: ratio)?|"
        r"peak ?(?:/|:|vs\.?) ?(?:average|avg|mean)(?: ratio)?)\b(?! ?[:=/])"),
    _rx(r"(?P<a>" + NUMBER + r")\s?(?:x|:\s?1|to 1|times)\s?(?:the )?(?:peak[- ]?to[- ]?(?:average|avg|mean)|\bpar\b|"
        r"peak (?:over|vs\.?|versus|to) (?:average|avg|mean))"),
    # ("peak traffic is about 2.5x their average": the peak's noun after it)
    # ("peak hour is only about 1.15x the average")
    # ("peak hourly load only about 1.25 times the average": the span the peak is measured over, before its noun)
    # ("peak inference load is 1.6 times their average": what the load is of, before its noun)
    _rx(r"(?:peaks?(?: (?:hourly|daily|per-minute|minute-level))?(?: (?:inference|request|token|api|model))?"
        r"(?: (?:traffic|load|usage|demand|volume|throughput|hours?|days?|minutes?))?|"
        r"busiest (?:hours?|times?|periods?|days?)|"
        # ("peak ............ 2.5 times average", "peak: 2.5 times average": a sheet's key, its leader dots or colon)
        r"spikes?|bursts?):? (?:is |are |runs? |hits? |go(?:es)? |at |\.{2,60} |"
        # ("peak running only 1.25x the average", "peak topping out at 2x the average")
        r"sits? |sitting |running |hitting |going |coming in at |comes in at |(?:tops?|topping|max(?:es|ing)?) out at |"
        r"of |around |about |maybe |roughly |approx\.? |approximately |only |just |like |nearly |close to "
        r"|~)*(?:to )?(?P<a>" + NUMBER
        + r")\s?(?:x|times) (?:of )?(?:the |our |their |its |the daily |its daily )?(?:average|avg|mean|baseline)"
        # "avg 50k TPM but peaks 10x that": the average just said
        # ("month-end close spikes it to 2.5x that": what spikes named between)
        # ("peaks hit 4x that", "spikes reach 3x that")
        + r"|(?:peaks?|peaking|spikes?|spiking|bursts?|bursting|jumps?|surges?|climbs?|push(?:es)?|drives?)"
        r"(?: (?:it|them|things|traffic|load|usage|volume))?(?: up)?(?: (?:hit|hits|reach|reaches|are|run|go))?"
        r" (?:at |to |of |around |about |roughly |~)*"
        r"(?P<b>" + NUMBER
        + r")\s?(?:x|times) (?:that|this|it)\b"),
    # "their busiest hour carries 2.5 times the traffic of an average hour", "peak day sees 3x a typical day": the
    # peak span against the average one, whatever it does
    _rx(r"\b(?:peak|busiest|top|heaviest) (?:hour|minute|day|week)s?\b[^.;\d%$\n]{0,40}?(?<![\w.$])(?P<a>" + NUMBER
        + r")\s?(?:x|×|times)\s(?:(?:the|its|their) (?:traffic|load|volume|calls|requests|tokens|throughput|usage) "
        r"(?:of|in|during)\s)?(?:an?|the|our|their|its)\s(?:average|avg|mean|typical|normal|usual)\s"
        r"(?:hour|minute|day|week)\b"),
    # "averages ~30M tokens/hour, but at month-end close it runs four times that": the load at a busy time of the
    # period against the average just said
    _rx(r"\b(?:at|during|in|around|over) (?:the )?(?:month|quarter|year|week)[- ]?end(?: close)?,? (?:it |they |"
        r"traffic |load |usage |volume )?(?:runs?|goes|hits|reaches|climbs to|jumps to|spikes to|is|gets to|rises to) "
        r"(?:about |roughly |around |~)?(?P<a>" + NUMBER + r")\s?(?:x|×|times) (?:that|this|it|the average|normal)\b"),
    # ("PAR's about 1.5": the ratio with its verb run on)
    _rx(r"\bpar(?:'s)?\b(?: (?:ratio|of|is|=|:|around|about|roughly|~|only|just|like|maybe|probably|close to|nearly|"
        r"more like|actually|really|now|in fact))*\s?~?(?P<a>" + NUMBER + r")" + _PAR_NOT),
    # "peak:avg ~2.5", "peak/average of 3"
    _rx(r"\bpeak\s?[:/]\s?(?:average|avg|mean)(?: ratio)?(?: (?:of|is|=|around|about|roughly|~))*\s?[:=]?\s?~?(?P<a>"
        + NUMBER + r")(?!\d|[.,]\d)"),
    # "Black Friday runs about six times our average", "the busy season spikes to 4x the mean": a load said against
    # the average is the peak's multiple of it
    # ("the morning batch pushes it to three times the average": what a load drives it to)
    _rx(r"\b(?:runs?|running|spikes?(?: to)?|spiking(?: to)?|jumps? to|climbs? to|surges? to|goes to|hits?|"
        r"(?:push(?:es|ed|ing)?|drives?|driving|drove|takes?|taking|took|sends?|sending|sent|bumps?|bumping)"
        r"(?: (?:it|them|things|traffic|load|usage|volume|demand))?(?: up)? to)"
        r" (?:about |around |roughly |approx\.? |approximately |up to |nearly |close to |~)*(?P<a>" + NUMBER
        + r")\s?(?:x|times) (?:the |our |their |its )?(?:normal |usual |daily |typical )?"
        r"(?:average|avg|mean|baseline)\b"),
    _rx(r"(?P<a>" + NUMBER + r")\s?(?:x|times) (?:peaks?|spikes?|bursts?)"
        r"(?: (?:over|above|vs\.?|versus|to|of) (?:the |our )?(?:average|avg|mean|baseline))?"),
    # "Black Friday and Christmas run about six times our average": the busiest times against the average
    _rx(r"\b(?:runs?|running|hits?|hitting|peaks?|spikes?|goes|go|reach(?:es)?|climbs?|jumps?)\s(?:at |to )?"
        r"(?:about |around |roughly |approx\.? |approximately |nearly |up to |~)?(?P<a>" + NUMBER
        + r")\s?(?:x|times) (?:the |our |their |its )?(?:daily |normal |usual |typical )?"
        r"(?:average|avg|mean|baseline)\b"),
    # "peaks around lunchtime at 1.25x the average": when it peaks said between the peak and its multiple
    _rx(r"\bpeaks?\b[^.;\d%$]{1,40}?\b(?:at|to) (?:about |around |roughly |approx\.? |nearly |~)?(?P<a>" + NUMBER
        + r")\s?(?:x|times) (?:the |our |their |its )?(?:daily |normal |usual |typical )?"
        r"(?:average|avg|mean|baseline)\b"),
    # "peak is only about five-quarters of the average, so 1.25 to 1": the ratio said after the peak, as n to 1
    _rx(r"\bpeaks?\b[^.;\d%$]{0,60}?(?<![\w.$])(?P<a>" + NUMBER + r")\s?(?:to|:)\s?1\b(?![.,]?\d)"),
]
# "their peak runs roughly 25% above average", "peaks are ~40% over the mean", "25% above average at peak": the peak
# said as a share above the average, a ratio of 1 + that share; "average sits 20% below peak": 1 ÷ (1 − that share).
_ABOUT = r"(?:about |around |roughly |approx\.? |approximately |maybe |only |just |like |nearly |close to |some |~\s?)*"
_AVERAGE_NOUN = r"(?:the |our |their |its )?(?:daily |normal |usual |typical |overall )?(?:average|avg|mean|baseline)\b"
PEAK_ABOVE_AVERAGE = _rx(
    r"\b(?:peaks?|peak (?:load|traffic|usage|demand|hours?|volume|throughput)|busiest (?:hours?|times?|periods?|days?)|"
    r"spikes?)\b(?:\s(?:runs?|running|ran|is|are|was|were|sits?|sitting|goes|hits?|comes in|tops out|gets|at|of|"
    r"typically|usually|only))*\s(?:(?:at|to)\s)?" + _ABOUT + r"(?P<above>" + NUMBER + r")\s?(?:%|percent\b|pct\b)\s"
    r"(?:above|over|higher than|more than|greater than)\s" + _AVERAGE_NOUN + r"|"
    r"(?<![\w.$])(?P<above2>" + NUMBER + r")\s?(?:%|percent\b|pct\b)\s(?:above|over|higher than|more than)\s"
    + _AVERAGE_NOUN + r"\s(?:at|during|in|on)\s(?:the |their |our )?(?:peaks?|busiest|spikes?)\b|"
    r"\b(?:average|avg|mean|baseline)(?: (?:load|traffic|usage|demand))?(?:\s(?:runs?|running|is|sits?|sitting|"
    r"comes in|at))*\s" + _ABOUT + r"(?P<below>" + NUMBER + r")\s?(?:%|percent\b|pct\b)\s(?:below|under|lower than|"
    r"less than)\s(?:the |their |our )?peak\b"
)
# The ratio named and its figure a few words on, whatever the words between ("peak vs average is something like 8x",
# "peak-to-average: their SRE says ~1.25"): read only when no other form gave the ratio, and only a plain figure (a
# count of something, a share or an amount after it is not the ratio).
PAR_NAMED_THEN_FIGURE = _rx(
    r"(?:\bpeak[- ]?to[- ]?(?:average|avg|mean)|\bpeak\s?(?:vs\.?|versus|over|to|:|/)\s?(?:average|avg|mean))"
    r"(?: ratio)?[^\d%$\n.;?!()]{0,40}?(?<![\w.$,-])~?(?P<a>\d{1,3}(?:\.\d{1,2})?)(?:\s?(?:x|×|times)\b|\s?:\s?1\b|"
    r"\sto 1\b)?(?!\d|[.,]\d|\s?(?:%|percent|pct|hours?|hrs?|h\b|days?|weeks?|months?|years?|mo\b|yr\b|am\b|pm\b|"
    r"k\b|m\b|b\b|mm\b|units?|ptus?|tokens?|toks?|calls?|requests?|reqs?|users?|seats?|tpm|rpm|rps|tps|qps|\$|/|-\d|"
    r"minutes?|mins?|seconds?|secs?|people|docs?|documents?|pages?|runs?|tasks?))"
)
# "they'd save $2k a month, right?", "a saving of about $5,000": a saving the rep states, to be checked. A saving
# per hit or per call is caching's or per-call's own figure, not this.
CLAIMED_SAVING = _rx(
    r"\b(?:save|saves|saving|savings of|saving of|save them|saves them|knock(?:s)? off|"
    r"cut(?:s)? (?:the bill|costs?) by)\s(?:of\s)?(?:about |around |roughly |approx\.? |~|over |nearly |almost )?"
    + _dollar("a") + r"(?![\d.,]\d|\d|\s?(?:per|a|an|each|/|on every)\s?(?:cache )?"
    r"(?:hit|call|request|query|write|token|m\b|mtok|million))"
)
# "saves $0.0175 a hit and $175/day at 10k calls": a cache saving per hit, and a day's, the rep states, to check.
CLAIMED_HIT_SAVING = _rx(
    r"\b(?:save|saves|saving|savings? of)\s(?:about\s|around\s|roughly\s|~)?" + _dollar("a")
    + r"\s?(?:per|a|each|/|on every|on each)\s?(?:cache\s)?hit\b(?:\s(?:and|or|,)\s(?:about\s|~)?" + _dollar("b")
    + r"\s?(?:/|a|an|per)\s?day\b)?"
)
# "cache saves ~0.9c per call", "caching saves us about $0.012 a request", "each cache hit saves $0.02": a cache saving
# per call said outright (read as the saving per hit; a per-call fee it is not).
CACHE_SAVING_PER_CALL = _rx(
    r"\b(?:cach(?:e|ed|ing)|(?:each|every|a|one|per) (?:cache )?hit)\b[^.;?!\n$\d]{0,20}?\b(?:save|saves|saving|"
    r"savings? of)\s(?:us\s|them\s|you\s)?(?:about\s|around\s|roughly\s|approx\.?\s|~\s?)?" + _dollar("a")
    + r"(?P<unit>\s?(?:per|a|an|each|/|on every|on each)\s?(?:call|request|req|query|hit)\b)?"
)
# "caching cuts input cost 80%+, right?", "can cut effective input costs by 80% or more": a cut of the input cost the
# rep states, to check against the one worked out (not a hit ratio or a discount).
# "... is a 15% effective markup?", "so the net premium comes to 20%": an effective markup the rep (or the customer)
# states, to check against list markup and EA discount.
CLAIMED_MARKUP = _rx(
    # "target is no more than 4% effective", "for the effective markup to land at 8%": the effective markup wanted
    # (with the list markup, the EA discount it takes is worked out)
    r"\b(?:target|goal|aim|cap|ceiling|want|wants|need|needs)\b[^.?!\n\d%]{0,30}?\b(?:no more than|at most|under|"
    r"below|max(?:imum)?|of|at|to|is)\s(?:an?\s)?~?(?P<f>\d{1,2}(?:\.\d{1,2})?)\s?%\s(?:effective|net|all[- ]in)\b|"
    # "spend can't run more than 5% above direct": a cap on what the buyer pays over direct, the effective markup
    r"\b(?:can'?t|cannot|must not|mustn'?t|may not|shouldn'?t|won'?t)\s(?:run|be|go|cost|come in|land)\s"
    r"(?:more than|over|above)\s~?(?P<h>\d{1,2}(?:\.\d{1,2})?)\s?%\s(?:above|over|more than)\s(?:the\s)?direct\b|"
    # ("bring the effective markup down to 5%", "for the effective markup to land at exactly 5%")
    r"\b(?:effective|net|all[- ]in) (?:mark-?up|premium|uplift)\s(?:(?:down|back)\s)?(?:to\s)?"
    r"(?:(?:land|come (?:in|out)|"
    r"get|end up|be|sit|drop|fall|go)\s)?(?:at|to|under|below|at or below)\s(?:exactly\s|just\s|only\s)?~?"
    r"(?P<g>\d{1,2}(?:\.\d{1,2})?)\s?%|"
    r"\b(?:is|=|makes?|gives?|leaves?|means?|comes? (?:out )?to|works? out (?:to|at)|equals?|nets? out (?:to|at)|"
    r"so)\s(?:an?\s)?(?:(?:about|only|just|roughly|~)\s?)?(?P<a>\d{1,3}(?:\.\d{1,2})?)\s?%\s(?:effective|net|real|true)"
    r"\s(?:mark-?up|premium|uplift)\b|"
    # ("the effective premium over direct is 8% or less")
    r"\b(?:effective|net|real|true)\s(?:mark-?up|premium|uplift)(?:\s(?:over|above)\s(?:the\s)?direct)?"
    r"\s(?:is|of|=|would be|comes to|works out (?:to|at)|"
    r"ends up|ends up at)\s(?:(?:about|only|just|roughly|~)\s?)?(?P<b>\d{1,3}(?:\.\d{1,2})?)\s?%|"
    # "they effectively pay 35% more than direct?", "still paying about 5% more than going direct": the effective
    # markup said as what the buyer pays over direct after the EA, to check (a word says it is the net figure)
    r"\b(?:effectively|still|really|actually|in effect|net|all[- ]in|end up|ends up|ending up)\s(?:be\s)?"
    r"(?:pay(?:s|ing)?|spend(?:s|ing)?|cost(?:s|ing)?|run(?:s|ning)?)\s(?:them\s)?(?:about\s|around\s|roughly\s|only\s|"
    r"just\s|~)?(?P<c>\d{1,3}(?:\.\d{1,2})?)\s?%\s(?:more|extra|over|above|higher)(?:\s(?:than|over))?\s"
    r"(?:going\s|buying\s|paying\s)?(?:the\s)?direct\b|"
    # "you're only paying 5% more through Bedrock after EA": what the buyer pays over direct once the EA is off
    r"\bpay(?:s|ing)?\s(?:only\s|just\s|about\s|around\s|roughly\s|~)?(?P<d>\d{1,3}(?:\.\d{1,2})?)\s?%\s"
    r"(?:more|extra|over|above)\s(?:(?:through|via|on|for|with|in)\s(?:the\s)?(?:azure(?: openai)?|bedrock|"
    r"vertex(?: ai)?|aws|gcp|google cloud|hyperscaler)\s)?(?:after|net of|once|with)\s(?:the\s|their\s|your\s|"
    r"our\s)?(?:ea|edp|macc|enterprise|discount)\b"
)
# "30% markup minus their 10% EA = 20% premium over direct": the result of someone's arithmetic, to check (only the
# result is read here; the figures before it keep their own labels).
CLAIMED_RESULT = _rx(
    r"\b(?:minus|less|after|net of|take away|-)\s[^.;?!\n=\d]{0,20}\d{1,2}(?:\.\d{1,2})?\s?%[^.;?!\n=\d]{0,20}=\s?"
    r"(?:an?\s)?(?:about\s|~)?(?P<e>\d{1,3}(?:\.\d{1,2})?)\s?%"
)
# "on our $100k of usage we're paying $25k extra": a usage amount with no period, and the premium claimed on it.
MARKUP_BASE = _rx(
    r"\bon\s(?:our|their|the|its|your|a|an)?\s?" + _dollar("a") + r"\s(?:of\s)?(?:usage|spend|spending|consumption|"
    r"bill|billing|inference|tokens)\b"
)
CLAIMED_PREMIUM = _rx(
    r"\b(?:paying|pay|pays|spending|costs?|costing)\s(?:(?:about|roughly|~)\s?)?" + _dollar("a")
    + r"\s(?:extra|more|on top|over)\b|\ban\sextra\s" + _dollar("b")
)
# "1k in and 1k out is basically two cents a call at $5/$15": the per-token cost of a call the rep (or a customer)
# works out at stated rates, to check; not a per-call fee.
# "I get $16 in, $16 out, $32/day, about $973 a month?", "my math says $1,200 a month": figures the rep worked out,
# each checked against the quote (never read as rates or spend).
_CLAIM_ITEM = (r"\s?,?\s?(?:and\s|so\s|then\s|or\s)?(?:about\s|around\s|roughly\s|approx\.?\s|like\s|~\s?)?\$\s?"
               + NUMBER + r"(?:\s?k\b)?(?:\s?(?:/|a|an|per)\s?(?:day|d|month|mo|week|wk|year|yr|hour|hr|call)\b|"
               r"\s(?:in|out|input|output|total|monthly|daily|all[- ]in)\b)?")
CLAIMED_FIGURES = _rx(
    r"\b(?:i (?:get|got|have|had|make it|made it|calculated|calc'd|figure|figured|came up with|come up with|reckon)|"
    r"i'm getting|im getting|i am getting|"
    r"my (?:math|maths|numbers?|calc|calculation|figures?|estimate) (?:says?|is|are|gives?|came to|comes to))\b:?"
    r"(?P<said>(?:" + _CLAIM_ITEM + r")+)"
)
# "2,400,000,000 @ $2.50/M = $6,000.00": the amount an invoice line works out for its tokens at its price
LINE_AMOUNT = _rx(r"(?:@|\bat|×|\bx)\s?\$\s?\d[\d,]*(?:\.\d+)?\s?(?:/\s?|per\s)(?:1\s?)?(?:m|mtok|million|mil)\b"
                  r"\s?=\s?" + _dollar("a") + r"(?![\d.,]|\s?(?:/|per|a|an)\s?(?:1\s?)?(?:m|mtok|million|mil)\b)")
_CLAIMED_AMOUNT = _rx(r"\$\s?(?P<a>" + NUMBER + r")(?:\s?(?P<a_scale>k)\b)?")
CLAIMED_CALL_COST = _rx(
    r"\b(?:is|it's|that's|thats|works out (?:to|at)|comes (?:out )?to|costs?|=)\s(?:(?:basically|about|around|roughly|"
    r"approx\.?|only|just|like)\s|~\s?)?" + _dollar("a") + r"\s?(?:a|an|per|/|each)\s?" + _CALL_NOUN
    + r"\b(?=\s(?:at|on)\s\$\s?\d[\d.]{0,10}\s?(?:/|and)\s?\$\s?\d)"
)
# "800 in + 200 out at $5/$15 per m = $0.007 a call?": a call's cost stated after the rates that price it, to check.
CLAIMED_CALL_COST_AFTER = _rx(
    r"(?:=|≈|\b(?:is|comes (?:out )?to|works out (?:to|at)|so|that's|thats))\s?(?:(?:about|around|roughly|approx\.?|"
    r"just|only)\s|~\s?)?" + _dollar("a") + r"\s?(?:a|an|per|/|each)\s?(?:call|request)\b"
    r"(?=\s?\?|,?\s(?:right|correct|yes|yeah|true|ok|okay|no)\b|\s?✅)"
)
# The rates a claimed call cost follows: "$5/$15", "$3 in / $15 out", "... per m".
_RATES_BEFORE_CLAIM = _rx(r"\$\s?\d[\d.]{0,8}\s?(?:in|input)?\s?(?:/|and)\s?\$\s?\d|per m\b|/m\b|per million")
CLAIMED_CUT = _rx(
    r"\b(?:cut|cuts|cutting|reduce|reduces|reducing|lower|lowers|lowering|slash|slashes|shave|shaves|save|saves)\s"
    r"(?:(?:our|the|your|their|its|effective|total|overall|per[- ]call)\s){0,3}input(?:\s(?:token|tokens))?\s"
    r"(?:costs?|spend|bill|prices?)\s(?:by\s)?(?:(?:about|around|roughly|up to|over|more than|at least|~)\s?)?"
    r"(?P<a>\d{1,3}(?:\.\d{1,2})?)\s?(?:%|percent\b)|"
    # "caching cuts 90% of input cost", "saves ~70% off the prefix", "you save 90% on the prefix": the share first
    r"\b(?:cut|cuts|cutting|reduce|reduces|reducing|lower|lowers|slash|slashes|shave|shaves|save|saves|knocks?)\s"
    r"(?:(?:about|around|roughly|up to|over|more than|at least|~)\s?)?(?P<c>\d{1,3}(?:\.\d{1,2})?)\s?(?:%|percent\b)"
    r"\s(?:off\s)?(?:of|off|on)\s(?:(?:our|the|your|their|its|a|each)\s)?(?:input|prefix|prompt)\b|"
    # "does the '80% or more' caching claim hold?": the claim named by its figure
    r"['\"“‘]?(?P<b>\d{1,3}(?:\.\d{1,2})?)\s?%(?:\sor\smore|\+)?['\"”’]?\s"
    r"(?:(?:caching|cache|input[- ]cost|saving|savings)\s)?(?:claim|promise|headline)\b"
)
# "caching will cut our bill by 90%", "knocks 60% off their monthly bill", "their bill drops 70%": a cut of the whole
# bill (output included) the rep states, to check.
CLAIMED_BILL_CUT = _rx(
    r"\b(?:cut|cuts|cutting|reduce|reduces|reducing|lower|lowers|slash|slashes|shave|shaves|save|saves)\s"
    r"(?:(?:our|the|your|their|its|his|her|my)\s)(?:(?:whole|total|overall|monthly|daily|inference|api|llm|ai|entire)\s)"
    r"{0,2}(?:bill|spend|invoice)\s(?:by\s)?(?:(?:about|around|roughly|up to|over|more than|at least|~)\s?)?"
    r"(?P<a>\d{1,3}(?:\.\d{1,2})?)\s?(?:%|percent\b)|"
    r"\b(?:cut|cuts|cutting|slash|slashes|shave|shaves|save|saves|knocks?|take|takes)\s"
    r"(?:(?:about|around|roughly|up to|over|more than|at least|~)\s?)?(?P<b>\d{1,3}(?:\.\d{1,2})?)\s?(?:%|percent\b)"
    r"\s(?:off|of)\s(?:(?:our|the|your|their|its|a)\s)(?:(?:whole|total|overall|monthly|daily|inference|api|entire)\s)"
    r"{0,2}(?:bill|spend|invoice)\b|"
    r"\b(?:bill|spend|invoice)\s(?:will\s|would\s|should\s)?(?:drops?|falls?|shrinks?|goes down|go down|comes down)\s"
    r"(?:by\s)?(?:(?:about|around|roughly|up to|over|more than|at least|~)\s?)?(?P<c>\d{1,3}(?:\.\d{1,2})?)\s?"
    r"(?:%|percent\b)"
)
# "what utilisation for that 20% saving to be true?", "to get a 25% saving vs on-demand": a saving to reach, whose
# utilization is asked for (not a utilization or a discount itself).
# "the 10%": a figure named again with the definite article
_THE_BEFORE = _rx(r"\bthe\s$")
# on-demand as the cost compared with: "on-demand", "what on-demand costs", "what they'd pay on-demand"
# ("10% cheaper than paying on-demand", "than staying on OD": the on-demand route by what is done on it)
_VS_ON_DEMAND = (r"(?:what\s(?:[a-z'’]{1,12}\s){0,3}?)?(?:(?:paying|staying|going|buying|running|using)\s(?:on\s)?)?"
                 r"(?:the\s|their\s|our\s)?(?:on[- ]demand|od|payg)\b")
TARGET_SAVING = _rx(
    # "target cost vs on-demand: 0.9x", "what discount gets them down to 0.85x on-demand": the cost asked for, as a
    # multiple of on-demand below 1 (1 − it the saving)
    # ("target_cost_vs_on_demand: 0.90", "target cost vs OD 85%": the multiple or the share keyed)
    # ("required saving vs on-demand: 20%", "target savings over OD 15%": the saving wanted, keyed)
    r"\b(?:required|target|targeted|needed|minimum|min|desired|wanted)\s(?:saving|savings|reduction)\s(?:vs\.?|versus|"
    r"against|over|relative to|off|on)\s(?:the\s)?(?:on[- ]demand|od|payg)\s?[:=]?\s?~?"
    r"(?P<q>\d{1,2}(?:\.\d{1,2})?)\s?%|"
    r"\btarget(?:\scost)?\s(?:vs\.?|versus|against|of|relative to|to)\s(?:the\s)?(?:on[- ]demand|od|payg)\s?[:=]?\s?"
    r"~?(?:(?P<r>0?\.\d{1,3})(?:\s?(?:x|×))?(?![\w%]|\.\d)|(?P<f3>\d{1,2}(?:\.\d{1,2})?)\s?%(?!\s?(?:off|discount|below|"
    r"under|cheaper|less|saving)))|"
    # ("what discount gets them down to 90% of on-demand spend?")
    r"\b(?:gets?|getting|brings?|bringing|takes?|taking|puts?|putting)\s(?:them\s|us\s|it\s|the customer\s)?"
    r"(?:down\s)?to\s~?(?:(?P<r2>0?\.\d{1,3})\s?(?:x|×)(?![\w.])|(?P<f4>\d{1,2}(?:\.\d{1,2})?)\s?%\sof\s"
    r"(?:the\s|their\s|what\s)?(?:on[- ]demand|od|payg)\b)|"
    r"\b(?:for|to get|to hit|to reach|to achieve|to deliver|to make|to see|to show|to justify|"
    r"so (?:that )?(?:it's|it is|it comes in|we're|they're|they are|we are))\s"
    r"(?:a |an |the |that |this |their |our |her |his )?(?:full |real )?~?(?P<a>" + NUMBER + r")\s?%\s"
    r"(?:saving|savings|reduction|cut|cheaper|lower (?:cost|bill)|off (?:the )?on[- ]demand|below on[- ]demand)|"
    # "the reservation saves 'a fifth' versus on-demand": a saving claimed against on-demand
    r"\b(?:saves?|saving|cuts?)\s(?:of\s)?['\"‘’“”]?~?(?P<b>" + NUMBER + r")\s?%['\"‘’“”]?\s(?:versus|vs\.?|against|"
    r"compared (?:to|with)|on|off|below)\s" + _VS_ON_DEMAND + r"|"
    # "what discount would it take for provisioned to cost them a tenth less than on-demand": the cost asked for
    # ("what discount would leave them paying 10% less than on-demand?": the cost asked for, as what they would pay)
    r"\b(?:to cost|(?:leaves?|leaving|have|has|having|get|gets|getting) (?:them|us|the customer|the buyer) paying)"
    r" (?:them |us |the customer |the buyer )?~?(?P<u>" + NUMBER + r")\s?%\s(?:less than|below|under|"
    r"cheaper than)\s" + _VS_ON_DEMAND + r"|"
    # "target = provisioned coming in 10% under what on-demand would cost them": a target said as where it comes in
    r"\btarget\b[^.;?!\n]{0,40}?\b(?:coming|come|comes|landing|lands?|ending|ends?)\s(?:in\s|out\s)?(?:at\s)?~?"
    r"(?P<t>" + NUMBER + r")\s?%\s(?:below|under|cheaper than|less than)\s" + _VS_ON_DEMAND + r"|"
    # "to come out 20% below on-demand", "land 15% under OD": the cost asked for, a share below on-demand
    # ("target: provisioned landing 15% under on-demand")
    # ("only sign if it comes in at least a tenth below on-demand")
    r"\b(?:come|comes|end|ends|ending|land|lands|landing|be|sit|run|to come in|to land|comes in|coming in)\s"
    r"(?:out\s|up\s)?(?:at\s)?"
    r"(?:least\s)?~?(?P<c>"
    + NUMBER
    + r")\s?%\s(?:below|under|cheaper than|less than)\s" + _VS_ON_DEMAND + r"|"
    # "what discount would make provisioned 10% cheaper than on-demand": what is made cheaper named between
    r"\b(?:make|makes|making)\s(?:it|them|(?:the\s)?[a-z][\w-]{1,20}(?:\s(?:commit|commitment|deal|option|plan))?)\s"
    r"~?(?P<mk>" + NUMBER + r")\s?%\s(?:below|under|cheaper than|less than)\s" + _VS_ON_DEMAND + r"|"
    # ("what discount gets Northwind to 10% under on-demand?": whoever it gets there named between)
    r"\b(?:gets?|getting|brings?|bringing|takes?|taking|puts?|putting)\s(?:[a-z]{2,20}\s){1,2}?(?:down\s)?to\s~?"
    r"(?P<gt>" + NUMBER + r")\s?%\s(?:below|under|cheaper than|less than)\s" + _VS_ON_DEMAND + r"|"
    # ("what discount gets their effective cost 10% under on-demand": the discount asked what it gets there, "to" left
    # out; never "we can get them provisioned at 30% below on-demand", the discount itself)
    r"\bdiscount\s(?:would\s|will\s|could\s)?(?:gets?|brings?|puts?|takes?)\s(?:[a-z]{2,20}\s){1,3}?"
    r"(?P<gt2>" + NUMBER + r")\s?%\s(?:below|under|cheaper than|less than)\s" + _VS_ON_DEMAND + r"|"
    # "what discount would give them 10% savings vs OD", "get us a 15% saving over on-demand"
    r"\b(?:give|gives|giving|get|gets|getting)\s(?:them\s|the customer\s|us\s|you\s|him\s|her\s)?(?:a\s|an\s)?~?(?P<d>"
    + NUMBER + r")\s?%\s(?:saving|savings|reduction|cut)\s(?:versus|vs\.?|against|compared (?:to|with)|over|on|"
    r"below)\s" + _VS_ON_DEMAND + r"|"
    # "provisioned must land at or below 90% of what on-demand would cost": a cost share asked for, 1 − it the saving
    r"\b(?:land|lands|come in|comes in|be|cost|costs|sit|end up|run)\s(?:them\s|us\s|it\s)?"
    # ("land at no more than 80% of what on-demand would cost")
    r"(?:at\s(?=at most|no more than|or below|or under))?(?:at or below|at or under|at most|no more than|"
    r"under|below|within|at)\s~?(?P<f>" + NUMBER + r")\s?%\sof\s(?:what\s)?(?:the\s|their\s|our\s)?"
    # ("no more than 85% of what the same traffic would cost on-demand": the traffic named before its route)
    r"(?:(?:same\s)?(?:traffic|tokens|usage|workload|load)\s(?:would\s)?(?:cost|costs|run|runs)\s(?:them\s|us\s)?"
    r"(?:on\s)?)?(?:on[- ]demand|od|payg)\b|"
    # "target: pay 90% of what on-demand would cost": the share of on-demand they want to pay
    r"\b(?:target|goal|aim|want|wants|need|needs)\b[^.;?!\n\d]{0,12}?\bpay(?:s|ing)?\s"
    r"(?:only\s|just\s|at most\s|no more than\s)?"
    r"~?(?P<f2>" + NUMBER + r")\s?%\sof\s" + _VS_ON_DEMAND + r"|"
    # "what discount gets them 20% under on-demand", "puts us 15% below OD"
    r"\b(?:give|gives|get|gets|getting|put|puts|putting|bring|brings|take|takes|lands?)\s(?:them\s|the customer\s|"
    r"us\s|you\s|it\s)?(?:to\s)?~?(?P<e>" + NUMBER + r")\s?%\s(?:(?:below|under|cheaper than|less than)\s"
    + _VS_ON_DEMAND + r"|(?:below|under)(?=\s?(?:[?.!,;]|$)))|"
    # "what discount would make them 10% better off than on-demand", "leaves them 15% ahead of OD": the result wanted
    r"\b(?:make|makes|making|leave|leaves|leaving|get|gets|put|puts)\s(?:them|the customer|us|you|it)\s~?(?P<m>"
    + NUMBER + r")\s?%\s(?:(?:better off|ahead)\s(?:than|of|vs\.?|versus|compared (?:to|with))\s"
    r"(?:the\s|staying\s|going\s)?(?:on[- ]demand|od|payg)\b|(?:cheaper than|below|under|less than)\s"
    + _VS_ON_DEMAND + r")|"
    # "the discount that would make provisioned come in 10% under on-demand": the result wanted ("PTUs come in at 30%
    # below on-demand" states the discount)
    r"\bmakes?\s(?:[a-z]{2,12}\s){0,2}come in\s~?(?P<k>" + NUMBER + r")\s?%\s(?:below|under|cheaper than|less than)\s"
    + _VS_ON_DEMAND + r"|"
    # "target: at least 10% cheaper than on-demand", "they want it 15% below OD", "needs to be 20% under on-demand":
    # the result wanted (a share off on-demand said with "off" is a discount, not this)
    # ("target = provisioned comes in 10% under on-demand": the subject and its verb after the key)
    r"\b(?:target|goal|aim|want|wants|wanted|need|needs|must|has to|have to)\b(?:\s?[:=]\s?(?:(?:provisioned|ptus?|"
    r"the (?:commit|commitment|reservation)|it)\s(?:comes in|comes out|lands|is|sits|ends up)\s)?|"
    r"\s(?:it|provisioned|this|them|the (?:deal|commit|commitment))\b)?\s?(?:(?:to\s)?(?:be|come in|come out|land|"
    r"end up)\s)?"
    r"(?:at least\s|min(?:imum)?\.?\s)?~?(?P<g>" + NUMBER + r")\s?%\s"
    r"(?:cheaper than|below|under|less than|lower than)\s"
    + _VS_ON_DEMAND
)
# "the rate lands 35% under on-demand", "it sits 30% below OD": a price stated against on-demand (not "to land ..."),
# unless something before it says the figure is wanted
_RATE_STATED_BELOW = _rx(r"(?:comes|lands|sits|runs|ends)\b")
_WANTED_BEFORE = _rx(r"\b(?:to|want|wants|wanted|need|needs|needed|target|goal|aim|must|should|would|could|if|"
                     r"unless|whether|can|can't|cannot)\b[^.;?!\n]*$")
# "8,000 calls a day hit the cache", "20k requests/day that are all cache hits": the calls named are the hits.
_CALLS_HIT = _rx(r"\s(?:that |which )?(?:all |each |every one )?(?:hit|hits)\b(?: the cache| cache)?|"
                 r"\s(?:that |which )?(?:are|will be|would be) (?:all )?(?:cache )?hits\b|"
                 # ("the remaining 599 calls that day read from it": the calls that read the cache)
                 r"\s(?:that day |a day |each day )?(?:that |which )?(?:all )?(?:read|reads) (?:from )?"
                 r"(?:it|the cache|the cached (?:copy|context|prefix))\b")
# "... of input tokens are the same repeated prefix": a prefix named in the same clause after a share of the prompt.
# ("60% of their input is a repeated system prompt": the prompt repeated is the prefix)
PREFIX_NAMED = _rx(r"[^.;?!\n\d]{0,60}?\b(?:prefix|preamble|(?:repeated|shared|static|stable|cached|common|fixed|same) "
                   r"(?:system prompt|sys prompt|instructions|context|header|block))\b")
# "~80% of it is cacheable prefix" (not "95% of those prefix tokens come from cache": a share of the prefix itself)
_OF_IT = _rx(r"\s?of (?:it|that|this)\b(?!\s(?:prefix|preamble))")
# "use half the PTUs": the one fraction word reps use for utilization.
HALF_UTILIZATION = _rx(
    r"\b(?:use|using|used|utili[sz]e|utili[sz]ing|run(?:ning)? at|fill(?:ing)?|at|average|averages|averaging)\s"
    # ("if their real average turns out to be only half of the reserved capacity")
    r"(?:(?:is|was|turns out to be|turned out to be|comes out at|comes to|works out to|ends up at|sits at|runs at)\s)?"
    # "we'll only use it about half the time": what is bought, named between
    r"(?:(?:it|them|that|those|the (?:capacity|units|ptus|reservation|commitment))\s)?"
    r"(?:only |about |around |roughly |maybe )*half\b(?! (?:price|off|the (?:price|rate|cost))\b)"
)

# "if they only hit 60", "util 65", "cost vs OD at 70?": a utilization written without its percent sign, read only
# in a break-even question (see :func:`bot.parse._resolve`). Not a count ("60k", "60 calls"), a price or a ratio.
_BARE_END = (r"(?!\d|[.,]\d|%|\s?(?:×|:|/|\$)|\s?(?:percent|pct|per cent|k|m|b|bn|mm|x|tokens?|toks?|calls?|requests?|"
             # ("usage: 120 queries/hour": a count of the work, not a share of capacity)
             r"quer(?:y|ies)|sessions?|conversations?|messages?|documents?|docs?|tickets?|jobs?|invocations?|"
             r"lookups?|searches?|reqs?|units?|ptus?|hours?|hrs?|h|days?|d|mins?|minutes?|months?|mo|years?|yrs?|weeks?|dollars?|usd|"
             r"bucks|cents?|am|pm|a\.m|p\.m|o'clock|o’clock)\b)")
BARE_UTILIZATION = [
    # "util averaging 0.65", "utilisation typically 0.7": how it runs on the whole, said before the figure
    _rx(r"\b(?:util|utili[sz]ation|utili[sz]ed|usage)(?: (?:of|is|at|around|about|roughly|would be|will be|still|"
        r"only|just|stays?|sits?|drops? to|falls? to|goes to|averag(?:es|ing)|on average|typically|usually|"
        r"hovers?|hovering|expected(?: to be)?|estimated))*\s?[:=]?\s?~?\s?(?P<a>\d{1,3}(?:\.\d{1,2})?)"
        + _BARE_END),
    _rx(r"\b(?:hits?|hitting|reach(?:es|ing)?|run(?:s|ning)?(?: at)?|sit(?:s|ting)? at|utili[sz]ed at|used at|"
        r"(?<!disc )(?<!discount )(?<!off )(?<!markup )(?<!ea )"
        # ("logs on at 9", "come in at 10", "start up at 8", "a yes/no for the call at 3": a time of day)
        r"(?<!\son )(?<!\sin )(?<!\sup )(?<!call )(?<!meeting )(?<!sync )(?<!demo )(?<!standup )(?<!huddle )"
        r"(?<!review )(?<!qbr )(?<!pitch )at)\s(?:~\s?|about |around |roughly )?"
        # a share of the capacity, at most 100 ("calls actually run 800" is a size, left for the token counts)
        r"(?P<a>(?:100|[1-9]?\d)(?:\.\d{1,2})?|0?\.\d{1,4})(?=\s?(?:util\w*\s?)?(?:[?.!,;)]|$|\s-\s|\s(?:and|or|but|then|instead|now|"
        r"today|tho|though)\b))" + _BARE_END),
]
# "cust EA disc is ten", "their EA is 12", "EDP of 8": an EA discount written without its percent sign (a percentage
# of the hyperscaler price, read only below 100). Not a count, a price or a year.
BARE_EA = _rx(
    r"\b(?:ea|edp|macc|enterprise agreement)(?:\s(?:disc(?:ount)?|discount rate))?(?:\s(?:is|of|at|=|around|about|"
    r"roughly|~|only|just|would be|will be|(?:gives|gets)(?: them| em| 'em| us| you)?|takes|knocks(?: off)?|"
    r"shaves(?: off)?|cuts))*"
    r"\s?[:=]?\s?~?(?P<a>\d{1,2}(?:\.\d{1,2})?)" + _BARE_END
    # only where the figure ends there ("EA 12.", "EA is ten, real markup?", "EA 8 off list", "their EA takes 12 off"),
    # never "EA of 2 million"
    + r"(?=\s?(?:[.,;:!?)]|$)|\s(?:and|but|so|then|off|disc\w*|on (?:top|list)|plus|effective|net|real|"
    r"all[- ]in|mark-?up|list)\b|\s[-–]\s|\s?(?:->|→|=>))"
)
# "discount 40", "list markup 18, ea 5": a provisioned discount or a list markup written without its percent sign, read
# only where the figure ends the clause (never "discount of 2 million", never a fraction like "discount 0.4").
# "markup 18 EA 7": the next label ends the figure too (or the blank it leaves once read)
_BARE_LABELLED_END = (r"(?=\s?(?:[.,;:!?)]|$)|\s(?:and|but|so|then|off|on (?:top|list)|plus|vs|versus|ea|edp|macc)\b|"
                      r"\s[-–]\s|\s\s|\s?(?:->|→|=>))")
BARE_DISCOUNT = _rx(
    r"(?<!ea )(?<!edp )(?<!macc )(?<!enterprise )(?<!cloud )\b(?:discount|disc)(?:\s(?:is|of|at|=|around|about|"
    r"roughly|~|was|would be|will be))*\s?[:=]?\s?~?(?P<a>[1-9]\d?(?:\.\d{1,2})?)" + _BARE_END + _BARE_LABELLED_END
    # "they locked in forty off", "PT at 35 off": a commitment's discount said as so many off, no percent sign
    + r"|\b(?:locked in|locked|got|get|gets|getting|signed|negotiated|offering|offered|giving|gives|at)\s"
    r"(?:a\s|about\s|around\s|~)?(?P<off>[1-8]\d(?:\.\d)?)\soff\b(?!\s(?:the\s)?(?:list|ea|edp)\b)"
)
BARE_MARKUP = _rx(
    r"\b(?:(?:list )?mark-?up|premium|uplift|list)(?:\s(?:is|of|at|=|around|about|roughly|~|was))*\s?[:=]?\s?~?"
    r"(?!1\.\d)(?P<a>[1-9]\d?(?:\.\d{1,2})?)" + _BARE_END + _BARE_LABELLED_END  # "1.18" is a multiplier: asked
)
# "38% off instead of 30", "util 70 (was 60%)": a value the message replaces, neither used nor reported unused.
SUPERSEDED_VALUE = _rx(
    r"(?:\binstead of|\brather than|\bin place of|\b(?:up|down|increased|decreased|raised|lowered|improved|moved|"
    r"changed|revised) from)\s(?:the\s)?(?:old\s|original\s|earlier\s|previous\s)?~?(?P<a>" + NUMBER
    + r")(?!\s?(?:k\b|m\b|b\b|tokens?|calls?|requests?|\$))(?:\s?(?:%|percent\b|pct\b))?|"
    r"\(\s?(?:was|previously|prev\.?|down from|up from)\s~?(?P<b>" + NUMBER + r")\s?(?:%|percent\b|pct\b)?\s?\)"
)
# "util dropped to 40%", "grew to 80%": a level reached, not a change ("grew 20%").
_TO_LEVEL = _rx(r"\b(?:to|at)\s~?\s?$")
_ALTERNATIVE = _rx(
    # ("theyll avg maybe 70%": a hedge on an average said, not another option)
    r"\b(?<!avg )(?<!average )(?<!averaging )(?:or|maybe|perhaps|possibly|might be|could be)\s?"
    r"(?:maybe |perhaps |even |so |around |about )?~?$"
)
_ALTERNATIVE_AFTER = _rx(r"\s?(?:or|and|to|-|/)\s?(?:maybe |perhaps |even )?(?P<b>" + NUMBER + r")\s?(?:%|percent\b)")
# "15 to 40 percent", "30-50% off", "between 20 and 35%": both ends of one range.
PERCENT_RANGE = _rx(
    r"(?:(?P<between>\bbetween )|(?<![\w.$]))(?P<a>-?" + NUMBER + r")\s?%?\s?(?(between)(?:and|-|–|to)|(?:-|–|to))\s?"
    r"(?P<b>" + NUMBER + r")\s?(?:%|percent\b|pct\b|per cent\b)"
)
PERCENT = _rx(r"(?<![\w.$])(?P<a>-?" + NUMBER + r")\s?(?:%|percent\b|pct\b|per cent\b)")
# "flat within +/-10% all day", "varies ±20% around the mean", "give or take 5%": how far a figure swings, not a
# utilization, discount or share; read as a trait (steady load), never as a value.
TOLERANCE = _rx(r"(?:±|\+\s?/\s?-|\+-|\bplus or minus|\bplus/minus|\bgive or take)\s?~?(?<![\d.,])\d++(?:\.\d+)?\s?"
                r"(?:%|percent\b|pct\b|per cent\b)")

# "per working day", "a business day": a day of traffic, the days it runs counted apart ("22 working days a month").
_PERIOD = (r"(?:(?:working|business|work)[\s-]?(?=days?\b))?(?P<period>"
           + "|".join(sorted(PERIOD_WORDS, key=len, reverse=True)) + r")\b")
_CALLS = (
    # "1.5M cached-prefix calls", "20k llm calls": one modifier between the count and the noun.
    # "400,000 delivery photos", "3M support conversations": one describing word, not a period, side or filler.
    # ("100k ID checks a month", "20k AI calls": a short word before the noun)
    # ("3,000 PR reviews a week", "40k QA checks": an acronym of two letters)
    r"(?:(?:api|llm|model|chat|agent|cached|cacheable|billable|(?!per-)[a-z]{2,12}-[a-z]{2,12}|"
    r"(?!(?:daily|monthly|weekly|hourly|yearly|annual|per|an?|the|of|and|or|in|out|at|on|to|for|input|output|more|"
    r"fewer|less|extra|new|total|tokens?|tok|is|as|by|up|so|no|do|go|be|we|me|my|us|if|vs|ok|it|am|pm|mo|yr|"
    r"wk|k|m|b|x)\b)[a-z]{2,16})\s)?(?:calls?|requests?|reqs?|prompts|queries|questions|lookups|searches|emails|turns|tasks|docs|invocations?|enquiries|inquiries|"
    r"conversations?|convos?|messages?|msgs?|chats?|tickets?|"
    r"sessions?|inferences?|users? queries|runs|executions|images|documents|invoices|receipts|transactions|pages|"
    r"claims|checks|steps|forms|records|reports|scans|photos|applications|summaries|translations|articles|"
    r"contracts|files|memos|drafts|letters|posts|descriptions|captions|briefs|jobs|notes|listings|reviews|"
    # "30k workflows a month", "1M items a month", "200k completions a day": units billed one fee each
    r"workflows|pipelines|items|completions|generations|predictions|classifications|extractions|embeddings|lookups|"
    # "3M chunks a week", "40k passages a day": pieces of a document embedded or scored one call each
    r"chunks|passages|snippets|segments|bursts|"
    # "400 transcripts an hour", "2k claims a day": the items a call each scores or reads
    r"transcripts|claims|summaries|filings|scans|submissions|applications|"
    # "per day at 12k hits", "9k cache hits a day", "63,000 cache reads last week": calls that each hit the cache
    r"hits|reads)"
)
# "10 users doing 50 calls each per day": the volume is the product.
_HEADS = (r"(?:users?|agents?|seats?|people|employees|reps?|customers?|devices?|stores?|sites?|bots?|analysts?|"
          r"engineers?|developers?|devs?|staff|advisors?|advisers?|clinicians?|doctors?|nurses?|lawyers?|"
          r"students?|members?|managers?|writers?|operators?|adjusters?|underwriters?|recruiters?|traders?)")
_EACH = r"(?:each|apiece|per (?:user|head|person|agent|seat|rep|bot))"
_HEAD_WORD = _rx(r"\b" + _HEADS + r"\b")
# "800 seats", "2,500 users", "600 agents", "50 concurrent streams": a count of heads a volume may be stated per.
_HEAD_NOUN = (r"(?:seats?|users?|agents?|reps?|streams?|people|employees|staff|analysts?|engineers?|developers?|"
              r"devs?|advisors?|advisers?|clinicians?|doctors?|nurses?|lawyers?|students?|members?|operators?|"
              r"adjusters?|underwriters?|recruiters?|traders?|devices?|stores?|sites?|bots?|licen[cs]es?)")
HEADS = _rx(
    r"(?<![\w.$,])(?P<heads>" + NUMBER + r")(?:\s?(?P<heads_scale>k)\b)?\s(?:(?:active|concurrent|parallel|"
    r"simultaneous|named|licensed|paid|paying|internal|support|field|sales|daily|monthly|contact[- ]cent(?:re|er)|"
    r"call[- ]cent(?:re|er))\s)?(?P<noun>" + _HEAD_NOUN + r")\b(?!\s?(?:/|per|a|an|each)\s?(?:day|month|week|hour)\b)"
)
_HEAD_SINGULAR = (r"(?:head|seat|user|agent|rep|stream|person|employee|analyst|engineer|developer|dev|advisor|"
                  r"adviser|clinician|doctor|nurse|lawyer|student|member|operator|adjuster|underwriter|recruiter|"
                  r"trader|device|store|site|bot|licen[cs]e)")
# A volume said per head: "40 req/seat/day", "1.5M in each", "60 tok/s per stream", "120 turns each per shift".
_NOT_EACH = r"(?!\s(?:day|week|month|hour|year|call|request|query|turn|time|task|run|document|doc|page|message)s?\b)"
PER_HEAD_AFTER = _rx(r"[^.;!?\n\d$]{0,24}?(?:\beach\b" + _NOT_EACH + r"|\bapiece\b|(?:\bper|/|\ba)\s?"
                     + _HEAD_SINGULAR + r"\b)")
# "each seat does 40 calls a day", "2,500 users each burn ~1.5M", "per user: 40 calls a day".
PER_HEAD_BEFORE = _rx(r"(?:\beach\b" + _NOT_EACH + r"(?:\s(?:one|of them|single|" + _HEAD_SINGULAR + r"))?|"
                      r"\bevery (?:one|single one|" + _HEAD_SINGULAR + r")|\bper " + _HEAD_SINGULAR + r"\b)"
                      r"[^.;!?\n\d$]{0,30}$")
CALLS_PER_HEAD = _rx(
    r"(?<![\w.$])(?P<heads>" + NUMBER + r")(?:\s?(?P<heads_scale>k)\b)?\s" + _HEADS + r"\b[^.;\n\d]{0,30}?"
    + QUANTITY + r"\s?" + _CALLS + r"\s?(?:(?P<each>" + _EACH + r")\s?)?"
    + r"(?:(?:a|an|per|/|every)\s?)?" + _PERIOD
    + r"(?(each)|\s" + _EACH + r"\b)"
)
# "1,250 users x 15 queries/day", "40 agents × 300 calls a day": the heads times each one's volume.
CALLS_TIMES_HEADS = _rx(
    r"(?<![\w.$])(?P<heads>" + NUMBER + r")(?:\s?(?P<heads_scale>k)\b)?\s(?:[a-z]{3,12}\s)?" + _HEADS
    + r"\s?(?:x|×|\*|times)\s?~?" + QUANTITY + r"\s?" + _CALLS
    + r"\s?(?:(?:each|apiece)\s)?(?:(?:a|an|per|/|every)\s?)?" + _PERIOD
)
# "~5,000 active users, each doing about 20 calls a day": "each" before the per-head volume.
CALLS_EACH_HEAD = _rx(
    r"(?<![\w.$])(?P<heads>" + NUMBER + r")(?:\s?(?P<heads_scale>k)\b)?\s(?:[a-z]{3,12}\s)?" + _HEADS
    + r"\b,?\s(?:each|every one of them|per (?:user|head|person|agent|seat))\b[^.;\n\d]{0,48}?"
    + QUANTITY + r"\s?" + _CALLS + r"\s?(?:(?:a|an|per|/|every)\s?)?" + _PERIOD
)
# "each run makes 14 model calls", "each task is ~6 LLM calls of 4k in / 500 out": the calls one unit of work makes.
_WORK_UNIT = (r"(?:run|task|session|conversation|convo|job|ticket|workflow|case|claim|chat|agent run|request|query|"
              r"burst)")
# "12 calls for every task", "6 model calls per ticket": a unit of work's calls, wherever its count is said (a count of
# those units read as calls is multiplied by it, never priced as that many calls).
CALLS_IN_A_UNIT = _rx(
    r"(?<![\w.$,])(?P<n>\d{1,3})\s(?:[a-z]{2,8}\s)?(?:model |llm |api )?(?:calls?|requests?|steps?|turns?)\s"
    # ("6 model calls per purchase request": a word saying what kind of unit)
    r"(?:per|a|an|each|/|for each|for every|every|in each|in every|in a|in an|in one|for one)\s(?:[a-z]{2,12}\s)?"
    r"(?P<unit>" + _WORK_UNIT
    + r")\b"
)
CALLS_PER_WORK_UNIT = _rx(
    # "each conversation ~6 turns": the verb may be left out
    # ("for each purchase request it makes six model calls": the doer named before its verb)
    # ('one "task" for them is a loop of 8 model calls': one unit, in quotes, said to be its calls)
    r"\b(?:each|every|one|a single) (?:[a-z]{2,12} )?\"?(?P<unit>" + _WORK_UNIT + r")\b\"?,?\s"
    # ("every ticket it resolves takes six model calls": what the doer does to the unit said between)
    r"(?:for (?:them|us|the customer|this customer) )?(?:(?:it|they|the agent|the bot|we)\s(?:[a-z]{3,12}s\s)?)?"
    r"(?:(?:makes|make|is|does|takes|involves|has|runs|needs|uses|triggers|fires|"
    # ("one run averages 12 model calls", 'one "task" kicks off 14 model calls')
    r"averages|average|kicks off|kick off|fires off|spawns|launches|=|equals|is about|is around|is roughly|makes about|"
    r"makes around|"
    # "each conversation averaging four model turns", "each ticket involving 3 calls", "every run spanning 12 steps"
    r"averaging|making|taking|involving|running|needing|using|triggering|spanning|with|of|"
    # ("fans every job out into six model calls", "each ticket becomes 3 calls": the unit split into its calls)
    r"(?:fans |splits |breaks |is split |is broken )?(?:out |up |down )?into|becomes|turns into|expands into|"
    r"fans out to)\s)?"
    r"(?:(?:a (?:loop|chain|sequence|series|string|pipeline) of|made up of|consists of|comprises)\s)?"
    r"(?:about |around |roughly |approx\.? |~\s?|≈\s?|c\.\s?)?"
    # "each task is a 12-step loop": the count joined to its step by a hyphen
    r"(?:(?P<n>\d{1,3})\s(?:[a-z]{2,8}\s)?(?:model |llm |api )?(?:calls?|requests?|steps?|turns?)\b"
    r"|an? (?P<n_joined>\d{1,3})-(?:calls?|requests?|steps?|turns?)\b)"
)
# "40,000 support tickets a month, each triggers 3 model calls": the unit of work named before "each", its verb after.
CALLS_EACH_AFTER_UNITS = _rx(
    r"\b(?P<unit>" + _WORK_UNIT + r")s?\b[^.;\n\d]{0,30}?\b(?P<each>each)\s(?:one\s)?(?:makes|triggers|fires|runs|"
    r"needs|uses|involves|takes|kicks off|spawns|generates|becomes)\s(?:about |around |roughly |approx\.? |~\s?)?"
    r"(?P<n>\d{1,3})\s(?:[a-z]{2,8}\s)?(?:model |llm |api )?(?:calls?|requests?|steps?|turns?)\b"
)
# "agent runs 10 calls each", "sessions are about 6 turns each": the units' calls said after the plural unit, with
# "each" last (the units' count, if any, is read later as a volume of those units).
CALLS_UNITS_EACH = _rx(
    r"\b(?P<unit>" + _WORK_UNIT + r")s\b,?\s(?:(?:make|are|have|do|take|need|use|trigger|average|involve|run)\s)?"
    r"(?:about |around |roughly |approx\.? |~\s?)?(?P<n>\d{1,3})\s(?:[a-z]{2,8}\s)?(?:model |llm |api )?"
    r"(?:calls?|requests?|steps?|turns?)\s(?:each|apiece)\b"
    # "agent runs are 12 steps, each ~6k in": a verb and the count, the sizes of each step after it
    r"|\b(?P<unit2>" + _WORK_UNIT + r")s\b,?\s(?:are|have|take|make|average|involve|need|use)\s"
    r"(?:about |around |roughly |approx\.? |~\s?)?(?P<n2>\d{1,3})\s(?:[a-z]{2,8}\s)?(?:model |llm |api )?"
    r"(?:calls?|requests?|steps?|turns?)\b"
    # "8,000 conversations a week, avg 6 turns each": the units' period between them and their calls
    r"|\b(?P<unit3>" + _WORK_UNIT + r")s\s(?:a|an|per|each|every|/)\s?(?:day|week|month|hour|quarter|year),?\s"
    r"(?:(?:avg|average|averaging|about|around|roughly|approx\.?|with)\s|~\s?)*(?P<n3>\d{1,3})\s(?:[a-z]{2,8}\s)?"
    r"(?:calls?|requests?|steps?|turns?)\s(?:each|apiece)\b"
)
# Words without which no unit of work's calls are said ("each run makes", "runs are 12 steps").
_EACH_OR_VERB = ("each", "every ", "apiece", "s are ", "s have ", "s take ", "s make ", "s average ", "s involve ",
                 "s need ", "s use ", "one ", "a single ")
CALL_VOLUME = [
    # "1.2M calls last month", "40k requests this week": the period the count was taken over
    # ("2M docs summarised per quarter": what is done with them between the count and its period)
    _rx(r"(?<![\w.$])" + QUANTITY + r"\s?" + _CALLS + r"\s?(?:(?:each|apiece)\s|(?:/|per\s|a\s)" + _HEAD_SINGULAR
        + r"\s?)?(?:(?:summari[sz]ed|processed|handled|classified|translated|scored|embedded|analy[sz]ed|reviewed|"
        r"scanned|extracted|answered|resolved|triaged|generated|served|"
        # "600k calls go through in a typical week", "40k requests come in each day": how they arrive
        r"(?:go|goes|come|comes|flow|flows)(?:\s(?:through|in))?|(?:get|are)\s(?:made|sent|served|processed|handled)|"
        r"arrive|land|"
        r"hit (?:the |our |their )?(?:api|model|endpoint)|"
        # ("~40k calls they run per day": who makes them, between the count and its period)
        r"(?:they|we|you|it|the (?:customer|team|agent|bot|app))\s(?:run|runs|make|makes|send|sends|do|does|handle|"
        r"handles|process|processes|serve|serves|see|sees|get|gets|fire|fires|push|pushes)|"
        # ("8,000 calls against it each business day": what the calls are made on)
        r"(?:against|on|through) (?:it|the cache|that cache|the model))\s)?"
        r"(?:(?:a|an|per|/|each|every|last|this|(?:over |in |during )?the (?:last|past)|"
        # "10,000 calls in one day", "2M requests over a single month", "300 thousand request in month": one period's
        # count (the article may be left out)
        # ("1.5 million calls in the quarter": the period the deal is looked at over)
        # ("of their ~3,000 calls on a working day": the day the count is of)
        r"(?:in|over|during|within|across|on)\s(?:(?:a|one|1|each|every|the)(?:\s(?:single|typical|normal|average|busy|"
        r"working|business|work))?"
        r"\s?)?)\s?)?"
        # "60k calls per 30-day month": the month's length said with it
        r"(?:(?:2[89]|3[01])[- ]day\s(?=month))?" + _PERIOD),
    _rx(r"(?<![\w.$])" + QUANTITY + r"\s?(?P<period>daily|monthly|hourly|weekly)\s?" + _CALLS),
    # "they'd do ~900 of these a day", "about 5k of those per month": calls of the size just said, over a period
    _rx(r"(?<![\w.$])" + QUANTITY + r"\s?of (?:these|those|them|such)"
        r"(?: (?:calls|requests|queries|turns|conversations))?\s?(?:(?:a|an|per|/|each|every)\s?)"
        + _PERIOD + r"(?![^.;!?\n\d]{0,24}\b(?:cache|writes?|hits?|misses?|cached)\b)"),
    _rx(r"(?<![\w.$])" + QUANTITY + r"\s?(?P<unit>rps|qps|rpm|rpd|rph)\b"),
    # "50 req/s", "300 calls/m": a rate with the period's letter
    _rx(r"(?<![\w.$])" + QUANTITY + r"\s?(?:reqs?|requests?|calls?|queries|q)\s?/\s?(?P<unit>s|m|h|d)\b(?!\w)"),
    # "10k/day" with no noun: calls, unless tokens follow.
    _rx(r"(?<![\w.$,])(?<!input )(?<!output )(?<!input: )(?<!output: )(?<!input ~)(?<!output ~)(?<!\bin: )(?<!\bout: )"
        r"(?<!\bin:)(?<!\bout:)" + QUANTITY
        + r"\s?(?:/|a|an|per)\s?" + _PERIOD + r"(?!\s?(?:of )?(?:input |output )?tokens|"
        r"\s(?:in|out|input|output)(?=\s?(?:[,.;:)!?]|$|and\b|&|\+|at\b|@|\$|24/7\b|around\b|round\b|all\b|every\b|during\b|over\b|for\b|on\b))|\s(?:input|output)\b)"),
]
# "50 to 60 thousand calls a month", "between 20k and 30k requests a day", "8-12k calls/day": a range of volumes, each
# end in the period said (a scale said once applies to both ends).
_RANGE_ENDS = (r"(?P<a>" + NUMBER + r")(?:\s?(?P<a_scale>" + SCALE + r")\b)?\s?(?:-|–|to|and)\s?~?(?P<num>" + NUMBER
               + r")(?:\s?(?P<scale>" + SCALE + r")\b)?\s?")
CALLS_RANGE = [
    _rx(r"(?<![\w.$:,])(?<!and )" + _RANGE_ENDS.replace("|and", "") + _CALLS + r"\s?(?:(?:a|an|per|/|each|every)\s?)?"
        + _PERIOD),
    _rx(r"\bbetween\s~?" + _RANGE_ENDS.replace("-|–|to|", "") + _CALLS + r"\s?(?:(?:a|an|per|/|each|every)\s?)?"
        + _PERIOD),
]
# "~1,000 calls over a 10-hour workday": calls in a (working) day.
CALLS_OVER_DAY = _rx(
    r"(?<![\w.$])" + QUANTITY + r"\s?" + _CALLS + r"(?=\s(?:(?:spread|scattered|distributed|arriving)\s"
    r"(?:evenly\s|out\s|randomly\s|at random\s|uniformly\s)?)?"
    # ("240 queries across their 8-hour working day", "across the 12-hour trading day")
    r"(?:over|across|during|in|through|throughout)\s(?:an?|the|each|one|their|our|its|that|this)\s"
    r"(?:\d{1,2}[- ]?(?:hours?|hrs?|h)\s)?(?:work(?:ing)?\s?|business\s|trading\s|office\s|newsroom\s|operating\s)?"
    # ("about 240 calls spread over an 8-hour shift": a working day's calls)
    r"(?P<period>day|week|month|shift)\b)"
)
# "saves $175/day at 10k calls", "$40 a day for 2,000 requests": a figure's period is the period of the calls after it.
CALLS_AT_FIGURE_PERIOD = _rx(
    r"\$\s?[\d.,]{1,12}\s?k?\s?(?:/|a|an|per)\s?(?P<period>day|week|month|hour)\s(?:at|for|with|on|across)\s~?"
    r"(?<![\w.$])" + QUANTITY + r"\s?" + _CALLS + r"\b(?!\s?(?:/|a|an|per|each|every)\s?(?:(?:business|working) )?"
    r"(?:day|week|month|hour|year)\b)"
)
# "we hit the API maybe 100k times a day", "the model gets called ~5k times daily": calls counted as times a period,
# read where a verb of calling comes before it in the clause (never "the cache is refreshed 3 times a day").
TIMES_A_PERIOD = _rx(r"(?<![\w.$])" + QUANTITY + r"\s?times\s?(?:(?:a|an|per|each|every|/)\s?" + _PERIOD
                     + r"|(?P<period_adj>daily|hourly|weekly|monthly)\b)")
# "twice a day, 12 hrs apart", "calls come about 20 minutes apart": the steady gap between calls.
CALLS_APART = _rx(r"(?<![\w.$])(?P<num>" + NUMBER + r")\s?(?P<unit>secs?|seconds?|mins?|minutes?|hrs?|hours?)"
                  r"\s?apart\b")
_CALLING_BEFORE = _rx(
    r"\b(?:hit|hits|hitting|call|calls|calling|called|quer(?:y|ies|ied|ying)|ping(?:s|ed|ing)?|invok(?:e|es|ed|ing)|"
    # ("hit a 5,000-token guidelines prefix, but only about 24 times an hour": a size of what is called, between)
    r"request(?:s|ed)?|use|uses|used|using|sen[dt]|sends|sending|run|runs|ran|running)\b"
    r"(?:[^.;?!\n\d]|\d[\d,]{0,9}k?-?tokens?\b){0,40}$"
)
# "10k calls over 10 busy hrs", "2,000 requests across 8 working hours": a day's calls over its active hours.
CALLS_OVER_HOURS = _rx(
    r"(?<![\w.$])" + QUANTITY + r"\s?" + _CALLS + r"\s(?:(?:spread|scattered|distributed|arriving)\s(?:evenly\s|out\s|"
    r"randomly\s|at random\s|uniformly\s)?)?(?:over|across|during|in|through|throughout)\s(?:the\s|their\s)?"
    r"(?P<hours>\d{1,2})\s?(?:busy\s|active\s|business\s|working\s|work\s|peak\s|daytime\s|office\s)?(?:hours?|hrs?|h)\b"
    r"(?!\s?(?:/|a|an|per|each)\s?(?:day|week|month))"
)
# "cache rewritten every 5 min round the clock", "the prefix is re-cached every hour": one write per interval.
# ("the entry gets rewritten roughly once an hour": once an interval said with "an")
WRITE_EVERY = _rx(
    # (not "re-created once an hour": how often an explicit cache is made is its lifetime, read with the TTLs)
    r"\b(?!re-?created\s(?:[a-z~]+\s)?once\b)"
    r"(?:re-?written|rewrites?|re-?writing|re-?created|re-?cached|re-?written|written|writes?|refreshed|rebuilt)\s"
    r"(?:(?:roughly|about|around|approximately|~)\s?)?(?:once\s(?:every|an?|per|each)|every)\s(?:(?P<n>\d{1,3})\s?)?"
    r"(?P<u>mins?|minutes?|hours?|hrs?)\b"
)
_AT_RANDOM = _rx(r"\b(?:random(?:ly)?|on average|average|avg|poisson|bursty|irregular(?:ly)?)\b")
_MINUTES_IN = {"second": Decimal(1) / 60, "minute": Decimal(1), "hour": Decimal(60)}
# "calls every ~2 min", "a request every 30 seconds": one call per interval.
CALLS_EVERY = _rx(
    r"(?:\b(?:an? )?" + _CALLS + r"\s(?:come |comes |arrive |arrives |land |lands |hit |hits )?(?:in )?|"
    # "a scheduled job fires exactly every 20 minutes", "the cron runs every 15 min": one call each time it runs
    r"\b(?:job|cron(?: job)?|task|batch|pipeline|script|workflow|check|sync|poll(?:er)?|agent|bot|tool|monitor|"
    r"service|worker)\s(?:(?:only|just)\s)?(?:fires|runs|triggers|kicks off|executes|wakes up|"
    r"polls(?: the (?:api|model))?|calls the (?:api|model)|hits the (?:api|model))\s|"
    # "the scheduler pings the model every 4 minutes", "the customer calls once every 8 minutes": who calls, then a
    # verb of calling (never a cache's own lifetime: "the TTL refreshes every 5 minutes" is no call)
    r"\b(?!(?:ttl|cache|cached|prefix|entry|write|writes|storage|price|rate|prompt)\b)[a-z]{3,15}\s"
    r"(?:(?:is|are|keeps|will be)\s)?(?:(?:only|just|still)\s)?(?:ping(?:s|ing)|call(?:s|ing)|hit(?:s|ting)|"
    r"quer(?:ies|ying)|poll(?:s|ing)|fir(?:es|ing)|run(?:s|ning)|re-?run(?:s|ning)|trigger(?:s|ing)|send(?:s|ing)|ask(?:s|ing)|check(?:s|ing)|"
    r"invok(?:es|ing)|request(?:s|ing)|post(?:s|ing)|sync(?:s|ing))(?: (?:the|our|its|their) (?:api|model|"
    r"endpoint|llm|assistant|bot))?\s(?:(?:only|just)\s)?|"
    # "cron every 10 min", "scheduler: every 15 minutes": a scheduler named before its interval
    r"\b(?:cron(?: job)?|scheduler|heartbeat|timer)[:,]?\s|"
    # "(so one every 12 min)": the calls just counted, said one at a time
    r"\bso one\s)"
    # "evenly every 3 minutes", "exactly every 20 min", "only every 10 minutes": the interval said as steady
    r"(?:(?:evenly|exactly|only|steadily|precisely|just)\s)?(?:about |roughly |around )?"
    r"(?:once )?every\s~?(?:(?P<num>" + NUMBER + r")\s?|(?P<half>half\s(?:an\s)?))?"
    r"(?P<unit>secs?|seconds?|mins?|minutes?|hrs?|hours?)\b"
)
# "1.46M requests in March", "annual volume is 18.25M calls", "monthly traffic: 2M requests": a count of calls whose
# period is named by a calendar month or by the volume's own name.
_MONTH_NAMES = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|"
                r"mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b")
CALLS_IN_NAMED_PERIOD = [
    _rx(r"(?<![\w.$])" + QUANTITY + r"\s?" + _CALLS + r"\s(?:in|during|for|over|across)\s(?:the month of\s)?"
        r"(?:last\s)?(?P<month>" + _MONTH_NAMES + r")"),
    _rx(r"\b(?P<period>annual|yearly|monthly|weekly|daily|quarterly)\s(?:call\s|request\s)?(?:volume|traffic|usage|"
        r"calls|requests|run[- ]rate)(?:\s(?:for|of)\s(?:this|the|their|our)\s[a-z]{3,12})?(?:\s(?:is|are|of|at|=|"
        r"around|about|roughly|~|will be|should be|comes to|runs at))*\s?[:~]?\s?(?<![\w.$])" + QUANTITY + r"\s?"
        + _CALLS + r"\b(?!\s?(?:/|a|an|per|each|every)\s?(?:day|week|month|year|hour)\b)"),
    # "per business day at 25,000 calls", "for a business day of 40k calls", "each business day is 40,000 calls": the
    # period named before its count
    # ("on a normal business day it handles around 18k conversations": who handles them between)
    _rx(r"\b(?:per|a|each|every|for a|for one|over a|in a|on a|on an|on any)\s"
        r"(?:(?:business|working|work|typical|normal|busy|average|ordinary|usual|regular)\s){0,2}"
        r"(?P<period>day|week|month|hour),?\s(?:(?:it|they|we|the bot|the app|the agent|the assistant|the team)\s)?"
        r"(?:at|of|with|is|sees|gets|has|brings|handles|runs|processes|serves|does|takes|fields|answers|receives|"
        r"makes|sends)\s"
        r"(?:about\s|around\s|roughly\s)?~?(?<![\w.$])" + QUANTITY + r"\s?" + _CALLS
        + r"\b(?!\s?(?:/|a|an|per|each|every)\s?(?:day|week|month|year|hour)\b)"),
    # "in March we served 600k calls", "during oct: 1.2M requests": the month named before its count
    _rx(r"\b(?:in|during|for|over|across|through)\s(?:the month of\s)?(?:last\s)?(?P<month>" + _MONTH_NAMES
        + r")\.?,?:?\s(?:(?:we|they|the customer|the client|it|that account)\s(?:did|ran|served|handled|made|had|saw|"
        r"processed|logged|sent|hit|got)\s)?(?:about\s|around\s|roughly\s|~\s?)?(?<![\w.$])" + QUANTITY + r"\s?"
        + _CALLS + r"\b(?!\s?(?:/|a|an|per|each|every)\s?(?:day|week|month|year|hour)\b)"),
    # "~2.5M calls they forecast for the year", "40k requests we expect over the quarter": the calls of the period
    # named after them
    _rx(r"(?<![\w.$])" + QUANTITY + r"\s?" + _CALLS + r"\s(?:(?:they|we|you|the customer|the client|finance|the team)\s"
        r"(?:forecast|expect|project|plan|budget|estimate|anticipate|predict|see|do|make|run|handle|process)\s)?"
        # ("2.1 million tickets over the next year")
        r"(?:for|over|across|in|during|through)\s(?:the|a|this|next|one|the whole|the full|the next|the coming|"
        r"the following|the first)\s(?P<period>year|quarter|month|week|day)\b"),
]
# "agent runs", "support tickets": a word naming the kind of unit of work before it.
_WORK_ADJ = r"(?:(?:agent|ai|llm|support|chat|research|batch|pipeline|user|customer)\s)?"
# Not "cost per 1k calls": a unit the cost is quoted in, not a volume.
# "6 turns per task ... 2,000 tasks a day": calls a day are the turns of every task.
CALLS_PER_UNIT = _rx(
    r"(?<![\w.$])(?P<n>\d{1,4})\s(?:turns?|calls?|requests?|steps?|llm calls?|model calls?)\s"
    r"(?:per|each|a|/|for each|every)\s"
    + _WORK_ADJ  # "5 calls per agent run"
    + r"(?P<unit>task|session|conversation|run|job|ticket|document|doc|query|question|workflow)\b"
    # the units' count may come in the next sentence ("25 steps per run, each resends 30k. 2k runs/day")
    r"(?:[^.;\n]|\.(?=\s)){0,80}?(?<![\w.$])"
    + QUANTITY + r"\s?" + _WORK_ADJ + r"(?P=unit)s?\s?(?:(?:a|an|per|/|each|every)\s?)?" + _PERIOD
)
# "15,000 conversations a day, ~4 turns each", "2k tickets/day at about 6 calls per ticket": the units first, then the
# calls in each of them.
_UNIT_NOUN = r"(?:tasks?|sessions?|conversations?|convos?|chats?|runs?|jobs?|tickets?|documents?|docs?|queries|query|"\
             r"questions?|workflows?|reports?|claims?|cases?)"
CALLS_PER_UNIT_AFTER = _rx(
    r"(?<![\w.$])" + QUANTITY + r"\s?" + _WORK_ADJ
    + r"(?P<unit>" + _UNIT_NOUN + r")\s?(?:(?:a|an|per|/|each|every)\s?)?" + _PERIOD
    + r"[,;]?\s(?:(?:with|at|and|of|each|by)\s)?(?:about\s|around\s|roughly\s|~\s?)?(?P<n>\d{1,3})\s"
    r"(?:turns?|calls?|requests?|steps?|llm calls?|model calls?|messages?)\s?(?:each|apiece|"
    r"(?:per|a|an|/|in each|for each|every)\s" + _UNIT_NOUN + r")\b"
)
# "cost per 1,000 conversations? 6 turns each", "for 500 tickets at 3 calls per ticket": a cost asked for a number of
# units of work (any noun), each making a number of calls; the units' calls are priced, never the units as calls.
UNITS_ASKED = _rx(r"\b(?:per|for|of|across|on)\s(?:every\s|each\s|a\s|an\s|the\s)?(?<![\w.$,])" + QUANTITY
                  + r"\s(?P<noun>[a-z]{3,20})\b(?:\s(?P<noun2>[a-z]{3,20})\b)?")
CALLS_EACH = _rx(
    r"(?<![\w.$,])(?:~\s?)?(?P<n>\d{1,4})\s(?:[a-z]{2,8}\s)?(?:turns?|calls?|requests?|steps?|messages?|prompts?|"
    r"exchanges?|round[- ]?trips?|queries|query|llm calls?|model calls?|api calls?)\s?"
    r"(?:each|apiece|(?:per|an?|in each|in every|for each|for every|every|/)\s(?P<noun>[a-z]{3,20}))\b"
    r"(?!\s?(?:/|a|an|per|each|every)\s?(?:day|week|month|hour|year|quarter|qtr|minute|second|min|sec|hr|mo)s?\b)"
)
def _unit_noun(first: str, second: str | None) -> str | None:
    """The plural noun a count names ("2,000 support tickets": tickets), or None when it names no unit of work."""
    for word in (first, second) if first not in _NOT_UNITS else (first,):  # "support tickets": the noun after
        if word is not None and word.endswith("s") and word not in _NOT_UNITS and not word.endswith("ss"):
            return word
    return None


def _singular_noun(noun: str) -> str:
    """ "tickets" -> "ticket", "queries" -> "query"."""
    return noun[:-3] + "y" if noun.endswith("ies") else noun[:-1] if noun.endswith("s") else noun


_UNITS_BEFORE_EACH = _rx(r"(?<![\w.$,])" + QUANTITY + r"\s(?:[a-z]{2,12}\s)?(?P<noun>[a-z]{3,20}s)\b,?\s?"
                        r"(?:(?:with|at|of|and|making|doing|sending)\s)?(?:about\s|around\s|roughly\s)?$")
# "2.50/10 - monthly?", "10M in 2M out on 3/15 per month": two bare figures, the second the dearer, said where a price
# list goes (after "on", "at", "@", "pricing", or before "per M", an arrow, a dash or the end): an input and an output
# rate per 1M tokens, read only in a message that counts tokens and states no other rate (the reply says how it read
# them).
BARE_RATE_PAIR = _rx(
    r"(?:(?<=\bon )|(?<=\bat )|(?<=@ )|(?<=@)|(?<=pricing )|(?<=priced )|(?<=rates )|(?<=rate )|(?<=prices )|"
    r"(?<=, )|(?<=^)|(?<='s )|(?<=\bis )|(?<=model )|(?<=costs )|(?<=cost )|(?<=of )|(?<=\bbe )|(?<=\bwas ))"
    r"(?P<a>\d{1,2}(?:\.\d{1,3})?)\s?/\s?(?P<b>\d{1,3}(?:\.\d{1,3})?)"
    r"(?![\w%/:]|[.,]\d|\s?(?:k|m|b|bn|tokens?|calls?|of|in|out)\b)"
    r"(?=\s?(?:$|[?,;.!)]|→|->|-|—|per m\b|/m\b|per million|per mtok|pricing|rates?\b|per month|a month|monthly|"
    # "1k in 1k out at 5/15 per call": the cost asked per call, the pair per million tokens
    r"per day|a day|daily|for|on|model|(?:per|a|each|every) (?:call|request)\b|alt\b|alternative\b|"
    # "@ 1.25/10 but 40k/day now": the pair, then the next clause
    r"(?:but|and|with|plus)\s))"
)
# "2k in 500 out, 3/15", "50M in 10M out per month @ 5/15": right after the counts, or their period, then the pair.
_AFTER_COUNTS = _rx(r"(?:\bin|\bout|\binput|\boutput|tokens?|calls?|requests?|/mo|/day|"
                    # "300k in + 60k out an hour, 12h a day, 5/15": the counts' period, then the pair
                    r"\b(?:a|an|per|each|every) (?:day|hour|hr|week|wk|month|mo|year)|"
                    r"\d[kmb]? (?:in|out|input|output)(?: tokens?)? (?:a|per|each|every) (?:day|week|month|year|mo))"
                    r"(?:\s(?:on|at|@)\s|,\s|\s@)$")
_PRICE_AFTER = _rx(r"\s?(?:→|->|per m\b|/m\b|per million|per mtok|pricing|rates?\b|\?|alt\b|alternative\b)")
# "per-token would be 2/8", "tokens would be 5/15", "per-token alt is 5/15": the pair is what the tokens are priced at.
_PRICE_BEFORE = _rx(r"\b(?:per[- ]token|tokens?|ptok|alt|alternative)\b(?:\s(?:would|will|could|is|are|be|was|"
                    r"were|at|rates?|prices?|pricing))*\s$")
_TOKENS_SAID = _rx(r"\b(?:\d[\d.,]*\s?[kmb]?\s?(?:in|out|input|output)|tok(?:en)?s?)\b")
# Nouns a count "per N ..." names that are no unit of work.
_NOT_UNITS = frozenset({
    "tokens", "toks", "calls", "requests", "reqs", "invocations", "inferences", "days", "hours", "hrs", "weeks",
    "months", "years", "minutes", "mins", "seconds", "secs", "units", "ptus", "dollars", "bucks", "cents", "input",
    "output", "percent", "times", "steps", "turns", "messages", "prompts", "hits", "writes", "reads", "million",
    "thousand", "billion", "mtok", "ktok", "words", "characters", "chars", "pages", "images", "queries",
})
# "first step writes, rest hit", "the first turn of each session writes the cache": one write per unit of work.
FIRST_OF_UNIT_WRITES = _rx(
    r"\b(?:the |only the |just the )?(?:first (?:step|turn|call|request|message|query|prompt|iteration|loop|one)|"
    # "turn one writes the cache", "call 1 writes", "the first writes, the other 11 hit"
    r"(?:step|turn|call|request|message|query|prompt) (?:one|1)|first(?=,? writes))"
    r"(?: (?:of|in) (?:each|every|a|the) [a-z]{3,12})? (?:writes|does the (?:cache )?write|writes (?:to )?the cache|"
    r"is (?:a|the) (?:cache )?write|creates the cache|populates the cache|misses|pays the write)\b|"
    r"\b(?:one|1|a single) (?:cache )?write (?:per|each|a|every) " + _UNIT_NOUN + r"\b"
)
_EACH_HINT = _rx(r"(?:turns?|calls?|requests?|steps?|messages?)\s?(?:each|apiece|"
                 r"(?:per|a|an|/|in each|for each|every)\s" + _UNIT_NOUN + r")\b")
# "a one-off batch", "backlog of 2M documents", "in total": a count of calls with no period to it.
ONE_OFF = _rx(r"\bone[- ]?(?:off|time|shot)\b|\bbacklog\b|\bin total\b|\btotal of\b|\bsingle (?:run|pass|job)\b|"
              r"\bbatch of\b|\bwhole (?:archive|corpus|backlog)\b|"
              # "peak hour is about 10,000 calls ... what does that one hour cost": the calls of one stated hour
              r"\b(?:peak|busiest) (?:hour|hr)\b|\b(?:in|during|over|for) (?:a single|one|1|that|the peak|the busiest|"
              r"their peak|their busiest) (?:hour|hr)\b|\bthat (?:one|1) (?:hour|hr)\b")
# "2.5M calls, 600 in / 150 out, $0.40/$1.60 - total?", "50k calls ... what's that cost?": the cost of the calls as
# stated is asked, so a count of calls without a period is the calls that total is for (no day or month asked).
TOTAL_ASKED = _rx(r"\btotal\s?\??\s?$|\b(?:the |in )?total(?: cost| bill| spend)?\s?(?:\?|for (?:the|those|these|that|"
                  r"them)\b)|\bwhat(?:'s| is|s| does| would| will) (?:that|it|this|the (?:job|lot|batch|run)) (?:cost|"
                  r"come to|run (?:to|us|them))\b(?!\s?(?:per|a|an|each|every|over|in a)\b)|\bthe damage\b")
_PERIOD_ASKED = _rx(r"\b(?:per|a|an|each|every|over a|in a|for a) (?:day|week|month|year|quarter)\b|"
                    r"\b(?:daily|weekly|monthly|yearly|annual|annually|quarterly)\b|\bover \d+ (?:days|weeks|months)\b")
# A count of documents ("1,200 contracts", "40k invoices"): a set of them, processed once unless a period is said.
_DOCUMENTS = _rx(r"(?<![\w.$])(?P<n>" + NUMBER + r")\s?(?P<s>k|m)?\s(?:[a-z]{3,12}\s)?(?:contracts|documents|docs|"
                 r"files|pdfs|invoices|"
                 r"receipts|reports|articles|records|forms|transcripts|filings|policies|scans|manuals|books)\b")
_ANY_PERIOD = _rx(r"\b(?:day|days|daily|week|weeks|weekly|month|months|monthly|mo|hour|hours|hr|hrs|hourly|year|years|"
                  r"yearly|annual|annually|quarter|quarterly|minute|min|second|sec|/s|24/7)\b")
_PER_UNIT_HINT = _rx(r"(?:turns?|calls?|requests?|steps?) (?:per|each|a|/|for each|every) (?:[a-z]{2,12} )?"
                     r"(?:task|session|conversation|run|job|ticket|document|doc|query|question|workflow)\b")
_FOR_COUNT = _rx(r"\b(?:for|across|over|how much (?:is|are|would|will|for)|what (?:is|are|would|do|does)|cost of) "
                r"(?:a |an |the |about |around |~)?$")
# "input priced at a quarter of output" (read by the forms as "25% of output"), "output is 4x the input price" ("400%
# of input price"): one side's rate as a share of the other's.
SIDE_RATE_SHARE = _rx(
    # "cached input is a quarter of that" is a cache-read share, not the input side's
    r"(?<!cached )(?<!cache )\b(?P<side>input|output|prompt|completion)s?(?:'s)?(?: tokens?)?"
    r"(?: (?:rate|price|pricing))?"
    # "input on this model is a fifth of the output price": the model named between
    r"(?: (?:on|for|with|of) (?:this|that|the|their|our|its) (?:model|one|tier|endpoint|sku|deployment))?"
    r"(?: (?:is|are|was|priced|billed|costs?|charged|runs?|comes? in))*(?: at)?"
    r"(?: (?:about|roughly|around|~|only|just))?"
    r"\s?(?P<a>" + NUMBER + r")\s?% (?:of )?(?:the )?(?P<other>input|output|prompt|completion)s?\b(?:'s)?"
    r"(?: tokens?)?(?: (?:rate|price|pricing))?"
)
_PRICE_WORD = _rx(r"\b(?:rates?|prices?|pricing|priced|costs?|charged|billed)\b")
# "cost per 1,000 calls", "per million requests": the unit a cost is asked per (the router prices it), not a volume.
PER_N_CALLS_UNIT = _rx(r"\bper (?:a )?(?<![\w.$,])" + QUANTITY + r"\s?" + _CALLS + r"\b")
CALLS_NO_PERIOD = _rx(r"(?<![\w.$,])(?<!per )(?<!every )(?<!for each )" + QUANTITY + r"\s?" + _CALLS + r"\b")
# "requests: 1.4m." under "Billing export, week of 3/10:": a sheet's count keyed by its noun alone, on a line of its own
CALLS_KEYED_NO_PERIOD = _rx(r"(?m)^[ \t;]*(?:total\s)?(?:api\s)?(?:requests|calls|queries|invocations)[ \t]?[:=]"
                            r"[ \t]?~?(?<![\w.$,])" + QUANTITY + r"(?=[ \t]*[.;,]?[ \t]*$)")
# "if requests swell to 3k tokens at the same 3:1 mix", "grow to 5,000 tokens, same split": a call's new size, both
# sides together, in the mix already said
SAME_MIX_TOTAL = _rx(r"\bto\s~?(?<![\w.$])" + QUANTITY + r"\s?(?:-\s?)?tokens?\b(?:\s(?:a|per|each)\s(?:call|request))?"
                     r"[^.;?!\d]{0,24}?\bsame\b(?:\s\d{1,2}\s?:\s?\d{1,2})?\s(?:token\s)?(?:mix|split|ratio|proportions?)\b")
# "what does a 9k call cost": one call of that size, not nine thousand calls (blanked; the size is read elsewhere)
# ("a 500 call pilot": a count of calls, the noun after it)
A_CALL_OF_SIZE = _rx(r"\ban?\s~?(?<![\w.$,])" + QUANTITY + r"\s(?:call|request)\b(?!s)"
                     r"(?=\s?(?:cost|costs|would|will|at|on|comes?|runs?|be|is|\?|[.,;!)]|$))")
# "our three call shapes", "2 request types": kinds of call, not a count of calls (read, and used for nothing)
CALL_KINDS = _rx(r"(?<![\w.$,])" + QUANTITY + r"\s(?:call|request)\s(?:shapes?|sizes?|types?|profiles?|patterns?|"
                 r"kinds?|categories|classes|buckets|flows?)\b")
# "monthly at 500k calls", "daily with 20k requests", "saving per day at 24k calls": the period before the volume.
CALL_VOLUME_PERIOD_FIRST = _rx(
    r"(?:\b(?P<period>daily|monthly|weekly|hourly)|\b(?:per|a|each|every)\s(?P<period_noun>day|week|month))"
    # ("the saving per day across 25000 calls")
    r"\s(?:at|with|for|on|of|across|over|~)\s?~?(?<![\w.$])" + QUANTITY + r"\s?"
    # (not "$1,500 a week at 30,000 calls a day": calls with their own period after them)
    + _CALLS + r"\b(?!\s?(?:/|a|an|per|each|every)\s?(?:(?:business|working) )?(?:day|week|month|hour|year)\b)"
)
# "per day we expect 18k cache hits", "each day it's ~100 hits", "daily, roughly 5k hits": the period opens the clause,
# a few words (no figure, no sentence break) before the count of calls or hits.
CALL_VOLUME_CLAUSE_PERIOD_FIRST = _rx(
    # ("every business day it chews through 40,000 tickets": a working day's)
    r"(?:\b(?P<period>daily|monthly|weekly|hourly)|\b(?:per|each|every)\s(?:business\s|working\s|work\s)?"
    r"(?P<period_noun>day|week|month|hour))\b"
    # ("per month theyll do 2.42M calls": the apostrophe left out)
    # ("per business day the customer makes two thousand calls": who makes them, named)
    r",?\s(?:(?:we|they|it|there|that|this)(?:'s|'re|'ll|'d|ll|d)?\s|(?:the|our|their)\s(?:customer|client|buyer|"
    r"prospect|team|app|bot|agent|service|platform)\s)(?:(?!(?:per|a|an|each|every)\b)[a-z']{1,12},?\s)"
    r"{0,3}?"
    r"(?:about\s|around\s|roughly\s|approx\.?\s|maybe\s|~\s?)?(?<![\w.$])" + QUANTITY + r"\s?" + _CALLS + r"\b"
    r"(?!\s?(?:/|a|an|per|each|every)\s?(?:day|week|month|hour|year)\b)"
)
# "in our logs for one day: 10,000 calls", "over a typical month, they made 2M requests": one period named first, then
# its count of calls.
CALL_VOLUME_ONE_PERIOD_FIRST = _rx(
    # ("on an ordinary day they make 2,000 calls")
    r"(?:\b(?:for|in|on|over|during|across)\s(?:a|an|one|1)\s"
    r"(?:(?:single|typical|normal|average|busy|ordinary|regular|usual|quiet|slow)\s)?"
    # ("over one week they expect 40,000 cache hits": a forecast)
    r"(?P<period_noun>day|week|month|hour)\b|"
    # ("forecast for next quarter (call it 90 days) is 1.8 million conversations": the coming period, then its count)
    r"\b(?:forecast|projection|estimate|volume|plan|outlook)s?\s(?:for|over)\s(?:the\s)?(?:next|coming|upcoming)\s"
    r"(?P<next_period>day|week|month|quarter|year)\b(?:\s?\([^()\n]{1,30}\))?\s(?:is|are|of|at|will be|comes to)"
    # ("on a normal day we'd expect 25,000 cache hits")
    r")\s?[:,–-]?\s(?:(?:we|they|it|there)(?:'d|’d|'ll|’ll)?\s(?:(?:will|should|would|could|might)\s)?"
    r"(?:had|saw|got|did|made|served|ran|logged|processed|handled|were|was|log|see|get|do|make|serve|run|process|"
    r"handle|have|are|is|be|expect|expected|anticipate|forecast|project|estimate)\s)?"
    r"(?:about\s|around\s|roughly\s|approx\.?\s|~\s?)?(?<![\w.$])" + QUANTITY
    + r"\s?" + _CALLS + r"\b(?!\s?(?:/|a|an|per|each|every)\s?(?:day|week|month|hour|year)\b)"
)
# "Quarterly: 1.8M calls", "monthly - 40k requests": a period heading the count of calls.
CALL_VOLUME_HEADED = _rx(
    # ("figures from the pilot, all per week: 50,000 calls": the heading after a lead-in)
    r"(?:^|[.;!?\n]\s?|,\s(?:all\s)?|\ball\s)(?:(?P<period>daily|monthly|weekly|hourly|quarterly|yearly|annually)|"
    # "last month's usage: 40,000 calls", "this week's numbers - 12k requests": the period the usage covered
    # "per day: 9k reads, 1k writes": the period heading the counts
    r"(?:last|this|past|previous|per|each)\s(?P<period_noun>day|week|month|quarter|year)(?:'s)?(?:\s(?:usage|volume|traffic|"
    r"numbers|stats|totals|actuals))?)\s?[:\-–]\s?"
    r"(?:about\s|around\s|roughly\s|approx\.?\s|~\s?)?(?<![\w.$])" + QUANTITY + r"\s?" + _CALLS + r"\b"
    r"(?!\s?(?:/|a|an|per|each|every)\s?(?:day|week|month|hour|year|quarter)\b)"
)
# "calls come in at random, ~12,000 over a 10-hour business day": the calls named before their count (only the count
# is read; the day's hours stay for the active hours).
CALL_COUNT_NAMED_BEFORE = _rx(
    r"\b(?:calls|requests|queries)\b[^.;!?\d$%]{0,30}?(?<![\w.$])~?" + QUANTITY
    # (the day's hours, read before this, are blanked: "~12,000            business day")
    + r"(?=(?:\s(?:over|across|in|during)\s(?:a|an|one|the|each)\s(?:\d{1,2}[- ]?(?:hour|hr|h)\s)?|\s{6,})"
    r"(?:(?:business|working|work)\s)?(?P<period_noun>day)\b"
    # ("live ten hours a day ... calls come in at random, about 1,200 over those ten hours": the day's active hours)
    r"|\s(?:over|across|in|during)\s(?:those|these|the|its|their|our)\s(?:\d{1,2}\s?)?"
    r"(?:active\s|business\s|working\s|open\s)?(?P<hours_noun>hours|hrs)\b"
    # (read as the active hours by now, "over those ten hours" is blanked: taken only beside those hours, below)
    r"|(?P<hours_blank>\s{12,200})(?=[,.;]|$))"
)
# "9k cache hits a day": the count names hits, not calls (the calls are those hits and any writes said beside them).
_HITS_NOUN = _rx(r"\b(?:hits|reads)\b")
CALL_VOLUME_BEFORE = _rx(
    r"(?:volume|traffic)(?: is| of| at| around| about|:|~)*\s?" + QUANTITY + r"\s?(?:(?:a|an|per|/)\s?)?" + _PERIOD
    # "monthly volume: 200M input, 50M output": counts of tokens (the "m" is their scale, not a month)
    + r"(?!\s?(?:input|output|in|out|tokens?|toks?|tkns?|prompt|completion)\b)"
)

_TOK = r"(?:-?\s?(?:tokens?|toks?|tkns?)\b)"
# The period on the same line as the tokens ("3k in / 500 out\nweekly cost?" is a call's tokens, then a question).
_SUFFIX_PERIOD = compile_regex(
    r"^[ \t]?(?:(?:tokens?|toks?|tkns?)[ \t]?)?(?:(?:in|out|input|output)[ \t])?"
    # "9bn tokens actually served through those units a month": what was done with the tokens, before their period
    r"(?:(?:actually |in total )?(?:served|processed|consumed|used|generated|handled|pushed|sent|billed)"
    r"(?: (?:through|by|on|across|via|over) (?:the |those |these |our |their |its |a |an |one )?(?:[a-z]{2,12} )?"
    r"(?:units?|ptus?|capacity|deployment|endpoint|api|model|gateway))?[ \t]|"
    # "800k output tokens through the model every day": where the tokens go, then their period
    # ("through a small model every week")
    r"(?:through|via|across) (?:the |those |these |our |their |its |all |a |an |one )?(?:[a-z]{2,12} )?"
    r"(?:units?|ptus?|capacity|deployments?|endpoints?|api|model|models|gateway|apps?|platform)[ \t])?"
    r"(?:(?:a|an|per|/|each|every|"
    r"(?:over|in|across|within|during|for) (?:a|an|one|the)"
    r"(?: (?:typical|normal|average|given|usual|full|single|busy))?|"
    r"(?:over|in) the (?:next|coming|last|past))[ \t]?)?" + _PERIOD
)
# "3,000 in / 500 out weekly cost both ways?": an adjective period before a figure's name is the period the figure is
# asked over, not the tokens'.
_FIGURE_ASKED_AFTER = compile_regex(r"\s(?:cost|costs|bill|bills|spend|total|totals|saving|savings|difference|figure|"
                                    r"figures|number|numbers|price|comparison)\b")
_PERIOD_ADJECTIVES = frozenset({"daily", "weekly", "monthly", "hourly", "yearly", "annual", "annually", "quarterly"})
_SUFFIX_CALL = compile_regex(
    r"^\s?(?:tokens?\s?)?(?:(?:a|an|per|/|each|every|on each|on every|on average per)\s?)(?:call|request|query|turn|"
    r"message|conversation|invocation)"
)
_SIDE_A = r"(?P<a_neg>-)?(?P<a_num>" + NUMBER + r")(?:\s?(?P<a_scale>" + SCALE + r")\b)?"
_SIDE_B = r"(?P<b_neg>-)?(?P<b_num>" + NUMBER + r")(?:\s?(?P<b_scale>" + SCALE + r")\b)?"
TOKEN_PAIR = _rx(
    r"(?<![\w.$:])" + _SIDE_A + r"\s?" + _TOK + r"?\s?(?:in(?:put)?\b)"
    + r"\s?" + _TOK + r"?\s?(?:(?:/|,|\+|and|&|plus)\s?)?(?:~\s?)?"
    + _SIDE_B + r"\s?" + _TOK + r"?\s?(?:out(?:put)?\b)" + _TOK + r"?"
)
TOKEN_PAIR_SLASH = _rx(
    r"(?<![\w.$])(?P<a_num>" + NUMBER + r")(?:\s?(?P<a_scale>" + SCALE + r")\b)?\s?/\s?(?P<b_num>" + NUMBER
    + r")(?:\s?(?P<b_scale>" + SCALE + r")\b)?\s?" + _TOK + r"?\s?(?:in\s?/\s?out|input\s?/\s?output)\b" + _TOK + r"?"
)
# "the app caps every prompt at 2,400 tokens", "prompts are limited to 3k tokens", "never more than 1,500 tokens a
# call": a ceiling on a call's size, not its size.
TOKEN_CEILING = _rx(
    r"\b(?:(?:caps?|capped|limits?|limited|truncates?|truncated|clips?|clipped|trims?|trimmed)"
    r"(?: (?:every|each|all|the|its|their|our|any)(?: \w+){0,2}?)?(?: (?:at|to))?|max(?:imum)?(?: of)?|at most|"
    r"no (?:more|longer|bigger|larger) than|"
    r"never (?:more than|over|above|exceeds?|goes? (?:over|above|past))|(?:tops?|maxe?s?) out at|ceiling of)"
    r" (?:a max(?:imum)? of |at most |exactly |~|about |around |roughly )?(?<![\w.$:])" + QUANTITY + r"\s?" + _TOK
    + r"(?: (?:total|in total|all[- ]in|max(?:imum)?))?"
)
# One call's size said beside a ceiling: a pair "2,000 in / 400 out" or a labelled count "2k input tokens".
_CALL_SIZE_SAID = _rx(r"(?<![\w.$:])" + QUANTITY + r"\s?" + _TOK + r"?\s?(?:in(?:put)?|prompt)\b")
# "tokens 800/200", "tokens per call: 1.2k/300": after the word tokens, a slash pair is input then output.
TOKEN_PAIR_AFTER_WORD = _rx(
    r"\btok(?:en)?s?(?:\s(?:per call|per request|each|a call))?\s?[:=]?\s(?P<a_num>" + NUMBER + r")(?:\s?(?P<a_scale>"
    + SCALE + r")\b)?\s?/\s?(?P<b_num>" + NUMBER + r")(?:\s?(?P<b_scale>" + SCALE + r")\b)?(?![\d.%$/])"
)
# "20M/5M daily": two scaled counts over a period, input then output.
TOKEN_PAIR_SCALED = _rx(
    r"(?<![\w.$:/])(?P<a_num>" + NUMBER + r")\s?(?P<a_scale>k|m|mm|mn|b|bn)\s?/\s?(?P<b_num>" + NUMBER
    + r")\s?(?P<b_scale>k|m|mm|mn|b|bn)\b\s?(?:tokens?\s?)?(?=(?:(?:a|an|per|/|each|every)\s?)?" + _PERIOD + r")"
)
# "2k/500 at $3/$15", "4k/1k tokens", "our 2k/500 calls": a bare slash pair of call-sized counts, input then output
# (a thousands scale on the first or the word tokens after; not a pair over a period, nor one labelled in/out).
TOKEN_PAIR_BARE = _rx(
    r"(?<![\w.$:/])(?P<a_num>" + NUMBER + r")(?:\s?(?P<a_scale>k)\b)?\s?/\s?(?P<b_num>" + NUMBER
    + r")(?:\s?(?P<b_scale>k)\b)?(?![\d%$/:×]|[.,]\d|\s?(?:x\b|in\b|input|out\b|output|m\b|b\b|mm\b|bn\b))"
    r"(?:\s?(?P<tok>tokens?|toks?|tkns?)\b)?(?:\s?(?P<calls>calls?|requests?|prompts?)\b)?"
    r"(?!\s?(?:(?:a|an|per|/|each|every)\s?)?" + _PERIOD + r")"
)
_NEG = r"(?P<neg>(?<![\w.$:])-)?"
TOKEN_RANGE = _rx(
    r"(?<![\w.$:])(?P<a>" + NUMBER + r")(?:\s?(?P<a_scale>" + SCALE + r")\b)?\s?(?:-|to)\s?(?P<b>" + NUMBER + r")(?:\s?"
    # "50-80M input tokens a month": the side may come between the range and the word tokens
    r"(?P<b_scale>" + SCALE + r")\b)?\s?(?:(?P<side>input|output|prompt|completion)\s)?" + _TOK
)
# "between 50 and 80M input tokens a month", "output could land anywhere from 20 to 30M": a range of token counts in
# words, its label inside it or just before it (a scale said once applies to both ends).
TOKENS_RANGE_SAID = _rx(
    r"\b(?:between|from)\s~?(?P<a>" + NUMBER + r")(?:\s?(?P<a_scale>" + SCALE + r")\b)?\s?(?:-|–|to|and)\s?~?(?P<b>"
    + NUMBER + r")(?:\s?(?P<b_scale>" + SCALE + r")\b)?(?:\s(?P<label>input|output|prompt|completion)\b)?"
    r"(?:\s?(?P<tok>tokens?|toks?)\b)?"
    r"(?!\s?(?:%|x\b|×|\$|/|[a-z]{2,12}\s(?:calls?|requests?))|\s?(?:calls?|requests?|reqs?|queries|users?|seats?|"
    r"units?|ptus?|hours?|hrs?|days?|weeks?|months?|years?|minutes?|mins?|seconds?|cents?|dollars?|bucks|percent)\b|"
    r"[\w.,]\d)"
)
# "output could land anywhere from": the side a range of counts is, named just before it in the same clause.
_SIDE_BEFORE_RANGE = _rx(r"\b(?P<label>input|output|prompt|completion)s?\b(?:'s)?[^.;,\d$]{0,40}$")
# "input's pretty fixed at 100M a month", "output runs about 20M/day": a scaled count right after a side's name (and
# words with no figure between) is that side's tokens, not a count of calls.
_SIDE_BEFORE_COUNT = _rx(r"\b(?:input|output|prompt|completion)s?(?:'s)?\b(?:\s[a-z]{2,10}){0,4}\s(?:at|of|is|are|"
                         r"around|about|roughly|~)\s?~?$")
# "input's pretty fixed at 100M a month", "output runs about 20M a day": a side's tokens over a period, said with a few
# words between the side and its scaled count.
TOKENS_SIDE_WORDS_BEFORE = _rx(
    r"\b(?P<label>input|output)(?:'s|s)?\b(?P<words>(?:\s[a-z]{2,10}){0,4})\s(?:at|of|is|are|around|about|roughly|~)"
    r"\s?~?(?<![\w.$])(?P<num>\d{1,4}(?:\.\d{1,3})?)\s?(?P<scale>k|m|mm|b|bn)\b(?=\s?(?:a|an|per|/|each|every)\s?"
    r"(?:day|week|month|year|hour|mo|yr|wk)\b)"
)
# "80M input tokens a month": a scaled count of tokens over a period.
_COUNT_OVER_PERIOD = _rx(r"\d\s?(?:k|m|mm|b|bn)\b(?:\s(?:input|output|in|out))?(?:\s?tokens?)?\s?(?:a|an|per|/|each|"
                         r"every)\s?(?P<period>day|week|month|year|hour)\b")
_AVERAGE_WORD = _rx(r"\b(?:average|avg|mean|typical)\b")
# A call volume with its period or unit: "120 req/min", "1,200 calls/hr", "300/hr", "2k calls".
_CALL_WORD = r"(?:calls?|req(?:uest)?s?|rp[msh]|qp[sm])"
# A load starts where its number starts ((?<![\d,.])), so a long digit run is not scanned once per digit.
_LOAD_NUMBER = r"(?<![\d,.])\d[\d,.]*+ ?[kKmM]? ?"
_LOAD = (rf"{_LOAD_NUMBER}(?:{_CALL_WORD} ?)?(?:/|per |an? ) ?(?:hr|hour|h|min(?:ute)?|m|sec(?:ond)?|s|day|d)\b|"
         rf"{_LOAD_NUMBER}{_CALL_WORD}\b")
_FILLER = r"(?: (?:of|at|is|around|about|near|closer to|more like|load|traffic|volume|rate))*+ ?[:=~≈]? ?"


def _labelled_load(word: str) -> ScreenedPattern:
    """A call volume labelled by ``word`` right beside it: "peaks ~120 req/min", "300/hr average"."""
    return _rx(rf"\b(?:{word})\w*+{_FILLER}(?:{_LOAD})|(?:{_LOAD}) ?(?:at |\()?(?:{word})")


_PEAK_LOAD = _labelled_load("peak")
_AVERAGE_LOAD = _labelled_load("average|avg|mean|typical")
# "monthly cost for ...", "what's the daily bill on ...", "a month of ...", "cost for a year of ...": the period a
# cost is asked for, named before the counts it is asked of.
COST_PERIOD_BEFORE = _rx(
    r"\b(?P<lead>monthly|daily|weekly|annual|yearly|quarterly|annuali[sz]ed)\s(?:[a-z]{2,12}\s)?"
    r"(?:cost|bill|spend|price|total|quote|figure|number|burn|run[- ]rate)s?\s(?:for|of|on|at)\b|"
    r"\b(?:a|one|per)\s(?P<noun>month|day|week|year|quarter)(?:'s)?\s(?:of|worth of)\b|"
    r"\b(?:cost|bill|spend|price|run)\s(?:for|of|per|over)\s(?:a|one|the|each)\s(?P<noun2>month|day|week|year|"
    r"quarter)\s(?:of|for|at|on)\b|"
    # "over the year they expect to push 1.5bn input tokens": the period heading the forecast of its counts
    r"(?:^|[.;!?\n]\s?)(?:so\s|and\s)?(?:over|across|during|throughout|for)\s(?:the|a|one|this|next|the next)\s"
    r"(?:(?:full|whole|coming|first)\s)?(?P<noun3>month|week|year|quarter)\b,?\s(?:they|we|it|the customer|the client|"
    r"the account|our client|our customer)\s(?:will\s|should\s|would\s)?(?:expect|expects|project|projects|forecast|"
    r"forecasts|plan|plans|estimate|estimates|think|thinks|anticipate|anticipates|push|pushes|send|sends|run|runs|"
    r"process|processes|use|uses|need|needs|burn|burns|consume|consumes)\b"
)
# "input rate is ...", "output price at ...": words that make the count after them a price, not tokens.
_NOT_SIDE_WORDS = _rx(r"\b(?:rates?|prices?|pricing|priced|costs?|cost|spend|bill|budget|share|calls?|requests?)\b")
# "with about 20% of that in output", "a quarter of that as output tokens": the other side's tokens as a share of the
# count just said.
SHARE_OF_THAT_IN_SIDE = _rx(
    r"(?<![\w.])(?P<a>" + NUMBER + r")\s?% of (?:that|it|this)(?: again)? (?:(?:in|as|for|on) (?:the )?"
    r"(?P<side>output|input|completion|prompt)s?(?: tokens?)?\b|"
    # "and a quarter of that coming back out", "25% of that out": the output, said by its direction
    r"(?:(?:coming|comes|going|goes|sent|that comes) )?(?:back )?(?P<dir>out)\b(?!\s?(?:of|there)\b))"
)
# not "prices per 1K tokens", the unit a price is quoted in
TOKENS = _rx(r"(?<![\w.$:])(?<!per )(?<!per 1 )" + _NEG + QUANTITY + r"\s?" + _TOK)
TOKENS_LABELLED = _rx(
    # ("~2,400 tokens of prompt, ~600 of completion": the noun said once, the side after "of")
    # (on one line: "max_retries: 5" over "input $3/m" is no count of input tokens)
    r"(?<![\w.$:])" + _NEG + QUANTITY + r"[ \t]?(?:(?:of\s)?(?P<label>input|output|prompt|completion)\b(?!\s?:)|"
    r"(?P<label_short>in|out)\b(?=\s?(?:/|,|\+|&|and\b|per\b|an?\b|each\b|every\b|daily|monthly|weekly|tok(?:en)?s?\b|tkns?\b|at\b|on\b|$|x\b|×|\*|"
    r"[.;?!()])))"
)
# "a bounded 1,600-token input + 200-token label output", "a 5-token label": a count said as the size of what the call
# reads or writes, a word between ("label output") or the output named by what it is (a classification's label).
TOKENS_SIZED_SIDE = _rx(
    # (on one line: "avg prompt: 1,500 tok" over "avg completion: 300 tok" is the prompt's count, not the completion's)
    r"(?<![\w.$:])" + QUANTITY + r"\s?" + _TOK + r"[ \t-](?:(?!(?:and|or|of|for|to|in|into|per|each|every|at|with|"
    r"plus|vs|versus|but|then|the|an|on|from|by|as|are|is|was|were|so|while|whereas|than)\b)[a-z]{2,12}[ \t-])?"
    r"(?P<label>input|output|completion|response|(?<=token )label|(?<=token-)label|(?<=tokens )label)s?\b"
)
# "output 2x10^8 at $1.60/M", "input: 1.2B a month", "out: 2.5M/day": a count after its label (the rates are read by
# now); the short labels only before a colon.
TOKENS_LABEL_BEFORE = _rx(
    # "avg prompt 3.2k tokens, avg completion 450": a prompt is the input, a completion the output
    # "outputs 250", "inputs ~2k": the side in the plural
    r"\b(?P<label>input|output|in(?=\s?:)|out(?=\s?:)|(?<=avg )prompt|(?<=average )prompt|(?<=avg )completion|"
    r"(?:input|output)s(?= (?:are |of |at |around |about |roughly |average |averaging |~)*~?\d)|"
    r"(?<=average )completion|(?:completion|prompt)s?(?= (?:is |are |of |at |around |about |roughly |~)*~?\d)|"
    # "answers are about 250", "replies ~300", "responses average 400": what the call writes back is its output
    r"(?:answers?|responses?|repl(?:y|ies))(?= (?:is |are |of |at |around |about |roughly |average |averaging |"
    r"typically |usually |run |~)*~?\d))"
    r"(?: tokens?)?(?: (?:of|is|are|=|at|around|about|roughly|average|averaging|typically|usually|run|still|stays|"
    r"remains|now|(?:doubles|doubled|triples|tripled|halves|halved) to))*"
    r"\s?[:=]?\s?~?(?<![\w.$:])"
    + _NEG + QUANTITY + r"(?!\s?(?:%|x\b|×|/\s?1?\s?m\b|/7\b|per\s?m\b|percent)|\w|[.,]\d)"
    # "output is 800 tokens per request", "output doubles to 800 tokens,": tokens of one call, with the side named
    # before them ("input 2M tokens a day" is a day's count, read with its period)
    r"(?!\s?(?:tokens?|toks?|tkns?)\b(?!\s?(?:(?:per|a|an|each|/)\s?(?:call|request|req|query|turn|message|run)\b|"
    r"[,;)]|\.(?!\d)|\s?$)))"
)
# "input tokens / year: 1.2B", "output per month - 8M", "prompt tokens each day: 40M": a count after its label and the
# period it is counted over.
TOKENS_LABEL_PERIOD_FIRST = _rx(
    r"\b(?P<label>input|output|prompt|completion)(?: tokens?)?\s?(?:/|per|a|an|each|every)\s?" + _PERIOD
    + r"\s?[:=\-–]\s?~?(?<![\w.$:])" + QUANTITY
    + r"(?!\s?(?:%|x\b|×|/\s?1?\s?m\b|per\s?m\b|calls?|requests?)|\w|[.,]\d)(?:\s?(?:tokens?|toks?)\b)?"
)
# "800 tokens to read and 150 to draft back": what the model reads is input, what it writes is output.
TOKENS_TO_READ_OR_WRITE = _rx(
    r"(?<![\w.$:])~?" + QUANTITY + r"\s?(?:tokens?\s)?(?:of\s[a-z]{2,12}\s)?to\s(?P<verb>read|process|ingest|digest|"
    r"draft|write|generate|produce|return|send back|draft back|write back|answer|reply)\b"
)
# "each summary reads ~2,000 tokens of transcript and writes 300 tokens": the verb before the tokens says the side
# (never the cache's reads and writes: "writes 4k tokens to the cache")
TOKENS_AFTER_READ_OR_WRITE = _rx(
    r"(?<!cache )(?<!cached )\b(?P<verb>reads?|reading|ingests?|ingesting|takes? in|taking in|consumes?|consuming|"
    r"writes?|writing|generates?|generating|produces?|producing|emits?|emitting|spits? out)\s"
    r"(?:about |around |roughly |up to |~\s?)?(?<![\w.$:])" + QUANTITY + r"\s?-?(?:tokens?|toks?)\b"
    r"(?![^.;\n]{0,25}?\b(?:from|to|into|in|of) (?:the |its |their |a )?cache)"
)
# "three hundred tokens of classification and reply draft", "~400 tokens of summary": what the call writes is output.
TOKENS_OF_WRITING = _rx(
    r"(?<![\w.$:])~?" + QUANTITY + r"\s?tokens?\sof\s(?:[a-z]{2,14}\s(?:and\s)?){0,2}?(?P<what>classifications?|"
    r"repl(?:y|ies)|responses?|answers?|summar(?:y|ies)|drafts?|generated text|generation|completions?|output|"
    r"labels?|tags?|extractions?|translations?|captions?|descriptions?|alt text|json|commentary|redlines?|feedback|"
    r"notes|critiques?)\b"
)
# "200k-token docs summarised to ~2k tokens": the document is input, the summary output.
TOKENS_SUMMARISED = _rx(
    r"(?<![\w.$:])(?P<a>" + NUMBER + r")(?:\s?(?P<a_scale>k|m)\b)?[- ]?tokens?\s(?:[a-z]{2,14}\s){0,2}?"
    r"(?:summari[sz]ed|condensed|boiled down|cut down|distilled|shortened)\s(?:down\s)?(?:to|into)\s"
    r"(?:about\s|around\s|roughly\s|~\s?)?(?P<b>" + NUMBER + r")(?:\s?(?P<b_scale>k)\b)?(?:\s?-?tokens?)?"
)
# "get ~500 back", "~300 tokens come back": output tokens.
TOKENS_BACK = _rx(
    r"(?<![\w.$:])~?" + _NEG + QUANTITY + r"\s?(?:tokens?\s)?(?:come |comes |coming )?back\b"
)
# "sends about 2,000 tokens and gets back about 400", "returns ~300 tokens": what a call gets back is its output.
TOKENS_GOT_BACK = _rx(
    # ("the summary comes back around 450": what comes back, its count after the verb)
    # ("the model responds with something like 600 tokens": what it answers with)
    r"\b(?:gets?|getting|got|receives?|receiving|comes? back with|coming back with|returns?|returning|"
    r"(?:responds?|responding|replies|replying|answers?|answering) with(?: something like)?|"
    r"comes? back(?: at)?|coming back(?: at)?|came back(?: at)?)(?: back)?"
    # ("the model returns a label of maybe 20 tokens": what comes back named, its size in tokens after it)
    r"(?: (?:a|an|the)(?: [a-z]{2,12}){1,2} of(?=[^.;!?\n\d]{0,30}\d[^.;!?\n]{0,12}\btokens?\b))?"
    r" (?:about |around |roughly |approx\.? |approximately |some |maybe |up to |~)*(?<![\w.$:])" + QUANTITY
    + r"(?:\s?tokens?)?(?! ?(?:%|x\b|×|calls?|requests?|times|users?|results?|rows?|records?|items?|documents?|"
    r"errors?|hits?|ms\b|seconds?)|[\w.,]\d)"
)
# "20k TPM input", "20k input TPM", "4k output tokens/min": tokens a minute in one role.
TOKENS_TPM = _rx(r"(?<![\w.$:])" + QUANTITY + r"\s?(?:tpm\s(?:of\s)?(?P<label>input|output|in\b|out\b)|"
                 r"(?P<label_first>input|output|in|out)\s(?:tpm|tokens?\s?(?:/|per|a)\s?(?:minute|min))\b)")
# "per day: 40M in, 4M out", "monthly - 2B in": a period heading the token counts.
HEADER_PERIOD = _rx(
    # "please make quote: per day 10M input ...", "hi team, daily 4M in": a heading after a greeting or a lead-in
    # ("runs on business days, and each business day is 1.2bn input tokens", "telling me each day is 2B input": a
    # heading after a joining word, or a period said to be its counts anywhere)
    r"(?:^|[.;!?\n]\s?|(?<=[a-z]):\s|(?<=[a-z]),\s(?:(?:and|but|so|while|where)\s)?|"
    # ("every night it's roughly 2.5M tokens going in": a night's, which is a day's)
    r"\b(?=(?:each|every)\s(?:(?:working|business|work)\s)?(?:hour|day|night|week|month)\s(?:is|was|=|sees|brings|"
    r"comes to|runs|it'?s|it is|there'?s|there is|there are)\b)|\b(?=nightly\s(?:it'?s|it is|there'?s|we|they)\b))"
    r"(?:(?:estimated|expected|forecast|projected|approx\.?|approximate|total|their|our|current)\s)?"
    # "expected tokens over the quarter: 45 billion input": the period the counts cover, named before them
    r"(?:(?:(?:per|a|an|each|every)\s|(?:tokens?|usage|volume)\s(?:over|in|across|for)\s(?:the|a|one)\s)?" + _PERIOD
    # ("hours: 730", "days: 22", "hours: 730 (one month)": a count of the unit keyed by its name, no heading)
    + r"\s?[:\-](?!\s?~?\d[\d,.]*\s?(?:\([^()\n]{0,40}\)\s?)?(?:;|\n|$))|"
    # ("the prospect's workload per day is 1,5 million input tokens": what the counts are, before their period)
    r"(?:(?:(?:the|their|our|its|this|that)\s)?(?:[a-z]{2,20}'s\s)?(?:workload|volume|usage|traffic|load|consumption)\s)?"
    r"(?:(?:per|each|every|in an?|in one|an?)\s(?:(?:working|business|work)[\s-]?(?=day\b))?"
    r"(?P<lead_noun>hour|day|night|week|month)|"
    r"(?P<lead>hourly|daily|nightly|weekly|monthly|annual|yearly))\b"
    r"(?!\s(?:costs?|bill|spend|price|quote|total|estimate|budget|figures?|numbers?|cap)\b)(?=[^.;!?\n\d]{0,40}\d)"
    r"(?=(?:[^.;!?\n]|\.(?=\d)){0,60}?(?:tokens?|\binput\b|\boutput\b|\bin\b|\bout\b))"
    r"(?!(?:[^.;!?\n]|\.(?=\d)){0,40}?\b(?:calls?|requests?|queries|reqs?)\b))"
)
PREFIX_TOKENS = _rx(
    r"(?<![\w.$:])" + QUANTITY + r"\s?(?:-?\s?(?:tokens?|toks?)\s?)?(?:-?\s?)"
    r"(?:sys(?:tem)?[- ]prompt|(?:(?:cached|cacheable|shared|static|repeated|fixed)[- ])?(?:prompt )?prefix|preamble|"
    r"(?:shared |static |cached )?context(?! window)|instructions|few[- ]shot|(?:cached|cacheable) (?:input )?tokens?|"
    # ("1,800,000,000 cache read tokens" on a usage export: tokens read from the cache)
    r"cache[- ](?:reads?|hits?) (?:input )?tokens?)"
)
# "the provider's minimum cacheable prefix is 1,024 tokens", "(min cacheable is 2,048)", "a 1,024-token caching
# minimum": the shortest prefix the provider caches, a threshold the prefix is checked against, not a prefix.
_MIN_WORD = r"(?:minimum|(?<!\d)(?<!\d-)(?<!\d )min\.?)"  # not "5-min cache": minutes
_CACHE_WORD = r"(?:cacheable|cache|caching|cached)"
MIN_PREFIX = _rx(
    r"\b(?:" + _MIN_WORD + r"\s" + _CACHE_WORD + r"\b(?:[\s-](?:prefix|prompt|length|size|threshold|input))*"
    r"|" + _MIN_WORD + r"\s(?:prefix|prompt|length|size)(?:\s(?:length|size))?\s(?:for|to)\s(?:caching|cache|be cached|"
    r"get cached|qualify)"
    r"|" + _CACHE_WORD + r"\s(?:minimum|min\.?|threshold)(?![\s-]?(?:spend|commit|fee|charge|bill))"
    # "caching only kicks in above 1,024 tokens", "it needs at least 1,024 tokens to be cached"
    r"|" + _CACHE_WORD + r"\s(?:only\s)?(?:kicks in|starts|applies|works|begins)\s(?:above|over|from|at)"
    r"(?=\s[\d,.]{1,9}\s?k?\s?(?:tokens?|toks?)\b)"
    r"|\bneeds?\s(?:at least|a minimum of)(?=\s[\d,.]{1,9}\s?k?\s?(?:tokens?|toks?)\s(?:to|before|for)\s(?:be cached|"
    r"get cached|cache|caching|qualify))"
    r")\b[^.;!?\d$%]{0,30}?(?<![\w.$:])" + QUANTITY + r"(?:[\s-]?(?:tokens?|toks?))?"
    r"(?:\s(?:to|before|for)\s(?:be cached|get cached|cache|caching|qualify)\b)?"
    r"|(?<![\w.$:])(?P<first>" + NUMBER + r")(?:\s?(?P<first_scale>" + SCALE + r")\b)?[\s-]?(?:tokens?|toks?)?[\s-](?:"
    + _CACHE_WORD + r"\s(?:minimum|threshold)|minimum(?:\s" + _CACHE_WORD + r"(?:\s(?:prefix|length|size))?|"
    r"\s(?:for|to)\s(?:caching|cache|be cached)))\b"
)
# "(the provider's minimum is 1,024)", "vs a 1,024-token minimum on anthropic", "minimum of 2,048 tokens": a minimum
# said in a caching ask with no "cacheable" beside it, read only where a prefix is named.
MIN_PREFIX_SAID = (
    _rx(r"\b(?:provider|model|vendor|anthropic|openai|bedrock|vertex|gemini|claude|api|their|its)(?:'s|s')?\s"
        r"(?:stated\s|documented\s)?minimum\s(?:is\s|of\s|=\s?|:\s?|sits at\s|at\s)?(?:about\s|~\s?)?"
        r"(?<![\w.$:])" + QUANTITY + r"(?:[\s-]?(?:tokens?|toks?)\b|(?![\d%$]|[.,]\d|\s?[a-z]))"),  # not "1 month"
    _rx(r"(?<![\w.$:,])" + QUANTITY + r"[\s-]?(?:tokens?|toks?)[\s-]minimum\b"
        r"(?![\s-]?(?:spend|commit|fee|charge|bill|order))"),
    _rx(r"\bminimum\s(?:is\s|of\s)(?<![\w.$:])" + QUANTITY + r"[\s-]?(?:tokens?|toks?)\b"),
)
# "12k token RAG preamble", "8k-token legal instructions": one describing word between the tokens and the prefix.
# "50k doc prefix", "20k policy preamble": the same with the tokens left unsaid before a prefix or preamble.
PREFIX_TOKENS_NAMED = _rx(
    r"(?<![\w.$:])" + QUANTITY + r"(?:\s?-?\s?(?:tokens?|toks?)[\s-](?!(?:a|an|per|each|every|in|out|input|output|"
    r"and|or|at|for|on|to|with|of)\b)[a-z]{2,12}[\s-](?:sys(?:tem)?[- ]prompt|(?:prompt )?prefix|preamble|"
    r"context(?! window)|instructions|knowledge[- ]base|manual|handbook)\b|"
    r"[\s-](?:doc|document|policy|legal|rag|manual|kb|knowledge|contract|catalog|catalogue|product|shared|static|"
    r"common|fixed|stable|lore|code|schema|reference|corpus|context|system)[\s-](?:prefix|preamble)\b)"
)
# "ships the same ~25k-token clause library up front", "the same 8k tokens of policy on every call": tokens sent again
# and again, said as the same ones
PREFIX_SAME_TOKENS = _rx(
    r"\b(?:the )?same (?:~\s?|about |around |roughly )?(?<![\w.$:])" + QUANTITY + r"[\s-]?(?:tokens?|toks?)\b"
    # ("the same ~20k-token product catalogue and returns policy into the front of the prompt")
    r"(?=[^.;\n]{0,60}?\b(?:up ?front|first|(?:at|into|in|to) the (?:start|top|front|head|beginning)|"
    r"(?:on|with|in|to|ahead of|before) (?:every|each|all)|every (?:time|call|request|turn))\b)"
)
# "an 8,200-token repo summary at the front of each request": what every call starts with
PREFIX_AT_THE_FRONT = _rx(
    r"(?<![\w.$:])" + QUANTITY + r"[\s-]?(?:tokens?|toks?)\b(?![\s-](?:minimum|min|max|maximum|limit|threshold|cap)\b)"
    # ("14k-token clause library + review playbook up front, identical on every call": what stays the same)
    r"(?=[^.;\n\d]{0,60}?\b(?:at the (?:front|start|top|head|"
    r"beginning) of|ahead of|in front of|prepended to|(?:identical|the same|unchanged|repeated|static|fixed) "
    r"(?:on|in|across|for|with)) (?:each|every|all) (?:single )?(?:requests?|calls?|prompts?|"
    r"messages?|turns?|quer(?:y|ies))\b)"
)
PREFIX_TOKENS_AFTER = _rx(
    # ("cached_doc_tokens: 200,000": what is cached, keyed with its tokens)
    r"(?:sys(?:tem)?[- ]prompt|prefix|preamble|cached context|cached (?:doc|document|policy|manual|content|prompt)"
    r" tokens?)"
    # ("prefix tokens per request: 12k": a sheet's key, the tokens each call sends)
    r"(?:\stokens?(?:\s?(?:/|per|each|a)\s?(?:request|call|query|prompt|req))?(?=\s?[:=]))?"
    r"(?:\s(?:is|of|=|size|length|runs|around|about|~))*"
    # (the whole figure: "prefix: 2,000 calls/day" is no 2-token prefix)
    r"\s?[:=]?\s?~?(?<![\w.$])" + QUANTITY + r"(?!\d|[.,]\d)(?:\s?-?\s?(?:tokens?|toks?))?"
    r"(?!\s?(?:calls?|requests?|%|/))"
)
# "a huge system prompt (~12k tokens)", "the prefix — about 9k tokens": the size in brackets or after a dash, with its
# unit (not "system prompt (3 sections)")
PREFIX_TOKENS_BRACKETED = _rx(
    r"(?:sys(?:tem)?[- ]prompt|prefix|preamble|cached context)\s?(?:\(|—|–|--?\s)\s?(?:(?:about|around|roughly|"
    r"approx\.?|~)\s?)*(?<![\w.$])" + QUANTITY + r"\s?-?\s?(?:tokens?|toks?)\b(?!\s?(?:/|per|a|an|each) (?:day|month))"
)
# "6k of a 7.5k-token prompt is the cached prefix": the prefix and the whole prompt.
# "a 4,000-token prompt, of which 3,500 is a fixed instruction block": the fixed part is the prefix.
# "600M of those are cache hits billed at $0.30/M", "of which 1.5B are read from the cache": tokens read from the cache,
# said as part of an input volume just before (a period's tokens, not one call's prompt: see _CACHED_OF_INPUT_WHOLE).
_CACHED_WORDS = (r"(?:(?:are|is|get|were|will be|would be|come|land|hit)\s)?(?!\S*\s?(?:cache[- ])?writ)"
                 r"[^.;?!\n\d$]{0,30}?\bcach(?:e|ed)\b(?![- ]?writ)")
CACHED_OF_INPUT = [
    _rx(r"(?<![\w.$])~?" + QUANTITY + r"\s?(?:tokens?\s)?of (?:those|them|these|that|it|the input)(?: tokens)?,?\s"
        + _CACHED_WORDS),
    _rx(r"\bof (?:which|those|them|these|that|it),?\s(?:about |around |roughly |~)?(?<![\w.$])" + QUANTITY
        + r"\s?(?:tokens?\s)?" + _CACHED_WORDS),
]
# The input volume they are part of: "900M input tokens a month", "input: 2B tokens/month", "40M input tokens a day".
_CACHED_OF_INPUT_WHOLE = _rx(
    r"(?<![\w.$])(?P<whole>" + NUMBER + r")\s?(?P<whole_scale>" + SCALE + r")?\b\s?(?:input\s|prompt\s)?"
    r"(?:tokens?|toks?)\s?(?:of\s(?:input|prompt)\s)?(?:a|an|per|/|each|every)\s?" + _PERIOD
)
# "what if the prefix grows to 7k?", "if they increase the prefix to 9,000 tokens", "prefix goes up to 6k": a second
# prefix length to work the deal out at (read before the prefix, so it is not a second prefix).
WHAT_IF_PREFIX = _rx(
    r"\b(?:if|suppose|supposing|say|assume|assuming)\b[^.?!\n\d]{0,40}?(?:\bprefix\b[^.?!\n\d]{0,12}?\b(?:grows?|grew|goes|"
    r"went|increases?|increased|rises?|rose|jumps?|drops?|shrinks?|falls?|fell|gets?|becomes?|is|were|was|moves?|"
    r"changes?)|\b(?:grow|increase|cut|shrink|raise|bump|double|extend|trim|reduce|take|move|change|pad)s?\s(?:the\s|"
    r"their\s|our\s)?(?:cached\s)?prefix)(?:\s(?:up|down|out))?\s(?:to|at)\s~?(?<![\w.$])" + QUANTITY
    + r"(?:[- ]?(?:tokens?|toks?))?"
)
PREFIX_OF_WHICH = _rx(
    r"\bof which ~?(?<![\w.$])" + QUANTITY + r"\s?(?:tokens?\s)?(?:(?:is|are)\s)?(?:a\s|an\s|the\s)?"
    r"(?:fixed|static|shared|stable|same|cached|common|system|repeated|constant|reusable)"
)
PREFIX_OF_PROMPT = _rx(
    r"(?<![\w.$:])(?P<num>" + NUMBER + r")(?:\s?(?P<scale>" + SCALE + r")\b)?\s?(?:tokens?\s)?of\s"
    r"(?:an?\s|the\s|their\s|"
    r"our\s|each\s|every\s)?~?(?P<whole>" + NUMBER + r")(?:\s?(?P<whole_scale>" + SCALE + r")\b)?[- ]?(?:tokens?[- ])?"
    r"(?:prompt|request|input|context)\b(?=[^.;?!\n]{0,40}?(?:prefix|cached|static|shared|stable|fixed|same))"
)
# "prompt is 5k total, 4k of it a fixed prefix", "requests are ~6k tokens, of which 5k is the shared preamble": the
# whole prompt first, then the part that repeats.
PREFIX_OF_IT = _rx(
    r"\b(?:prompts?|requests?|inputs?|context)(?: (?:is|are|of|=|:|around|about|roughly))*\s?~?(?<![\w.$:])(?P<whole>"
    + NUMBER + r")(?:\s?(?P<whole_scale>" + SCALE + r")\b)?\s?(?:tokens?\s?)?(?:total|in total|overall|long|each)?,?\s"
    r"(?:and |with |of which |where )?~?(?P<num>" + NUMBER + r")(?:\s?(?P<scale>" + SCALE + r")\b)?\s?(?:tokens?\s)?"
    r"(?:of (?:it|that|those|them)\s)?(?:is |are )?(?:an? |the )?(?:fixed |static |shared |stable |repeated |same |"
    r"common |cached |cacheable )?(?:prefix|system prompt|preamble|instructions)\b"
)
# "10k token input per call, 9k of it is a fixed prefix", "8k-token prompts, 6k of that the shared preamble": the
# whole prompt counted before its name, then the part that repeats.
PREFIX_OF_IT_AFTER = _rx(
    r"(?<![\w.$:])~?(?P<whole>" + NUMBER + r")(?:\s?(?P<whole_scale>" + SCALE + r")\b)?[- ]?(?:tokens?[- ]|toks?[- ])?"
    r"(?:of\s)?(?:input|prompts?|requests?|context)(?: tokens?)?(?: (?:per|a|each) (?:call|request)| each| apiece)?,?\s"
    r"(?:and |with |of which |where )?~?(?P<num>" + NUMBER + r")(?:\s?(?P<scale>" + SCALE + r")\b)?\s?(?:tokens?\s)?"
    r"(?:of (?:it|that|those|them)\s)(?:is |are )?(?:an? |the )?(?:fixed |static |shared |stable |repeated |same |"
    r"common |cached |cacheable )?(?:prefix|system prompt|preamble|instructions)\b"
)
# "cache a 1,200-token prompt", "caching the 8k system prompt": what is cached is the prefix.
# ("explicit context caching on a 32,000-token corpus summary": what the caching is on, a word or two before its noun)
PREFIX_CACHED = _rx(
    r"\bcach(?:e|ing)\s(?:(?:on|of|for)\s)?(?:a\s|an\s|the\s|our\s|their\s|that\s|this\s)?~?(?<![\w.$])"
    + QUANTITY + r"[- ]?(?:tokens?[- ])?(?:[a-z]{2,15}[- ]){0,2}?"
    r"(?:prompt|prefix|context|system prompt|preamble|instructions|document|doc|summary|manual|corpus|handbook|"
    r"playbook|knowledge base|policy|catalog|catalogue)\b"
)
# "keeps a 40,000-token data-room summary in an explicit cache", "puts the 20k-token manual into the cache": what is
# kept in the cache is the prefix.
PREFIX_IN_CACHE = _rx(
    r"(?<![\w.$:])" + QUANTITY + r"[- ]?(?:tokens?|toks?)[- ](?:[a-z][a-z-]{1,20}[- ]){1,3}?"
    r"(?:(?:is |are )?(?:kept|held|stored|sitting|sits|living|lives|placed|put|loaded)\s)?in(?:to)?\s"
    r"(?:an?|the|their|its|our|a single)\s"
    r"(?:explicit\s|context\s|prompt\s|gemini\s|provider\s|server[- ]side\s)?cache\b(?![- ](?:miss|writes?|hit))"
)
# "5k input per call, first 4k is a cached prefix", "the first 3,000 tokens are the same system prompt": the
# leading part of the prompt that repeats is the prefix.
PREFIX_FIRST = _rx(
    r"\bfirst ~?(?<![\w.$])" + QUANTITY + r"\s?(?:-?\s?tokens?\s)?(?:of (?:it|that|them|each|every|the)"
    r"(?: (?:prompt|request|input|call))?\s)?(?:is|are|being)\s(?:a\s|an\s|the\s)?(?:fixed|static|shared|stable|"
    r"same|cached|cacheable|common|system|repeated|constant|reusable|identical)"
)
# "each call is 4,000 input tokens, 3,000 of which are the cached prefix", "sends 10k input tokens, and the first 9k of
# those are an identical document": the whole prompt first, then the part of it that repeats.
# What a repeating part of a prompt is said to be ("a fixed", "the shared", "identical"), and the whole prompt's size
# said before that part ("each call is 10,000 input tokens").
_REPEATING = r"(?:fixed|static|shared|stable|same|cached|cacheable|common|repeated|constant|reusable|identical)"
_WHOLE_PROMPT = (r"(?<![\w.$:])(?P<whole>" + NUMBER + r")(?:\s?(?P<whole_scale>" + SCALE + r")\b)?[\s-]?"
                 r"(?:input\s|prompt\s)?(?:tokens?|toks?)\b")
PREFIX_PART_OF_WHOLE = _rx(
    _WHOLE_PROMPT + r"(?:[\s-](?:prompt|request|input|in|of input|per call|each))?,?\s(?:and\s)?(?:the\s)?"
    r"(?:first\s)?~?(?P<num>" + NUMBER + r")(?:\s?(?P<scale>" + SCALE + r")\b)?\s?(?:tokens?\s)?"
    r"of (?:which|those|them|these|it)\s(?:is|are)\s(?:a\s|an\s|the\s)?(?:" + _REPEATING + r"\b|"
    r"(?:[a-z-]{2,15}\s)?(?:prefix|system prompt|preamble|instructions)\b)"
)
# "each call is 10,000 input tokens: 8,000 are a fixed prefix, 2,000 vary", "12k tokens per call; 10k is the shared
# preamble": the whole prompt, then after a colon or a comma the part of it that repeats.
PREFIX_PART_AFTER_WHOLE = _rx(
    _WHOLE_PROMPT + r"(?:[\s-](?:prompt|request|input|in|of input|per call|a call|each))?(?:\s?[:;,—–]|\s--?)\s?"
    r"~?(?<![\w.$])(?P<num>" + NUMBER + r")(?:\s?(?P<scale>" + SCALE + r")\b)?\s?(?:tokens?\s)?(?:is|are)\s"
    r"(?:a\s|an\s|the\s)?(?:" + _REPEATING + r"\b(?:\s(?:prefix|system prompt|preamble|instructions)\b|"
    r"(?=\s?[,.;:)!?]|\s?$|\s(?:and|across|on|in)\b))|(?:prefix|system prompt|preamble|instructions)\b)"
    # ", 2,000 vary": the rest of the prompt said after it (the whole prompt is what is priced)
    r"(?:,?\s(?:and\s)?(?:the\s(?:other|remaining)\s)?(?P<rest>" + NUMBER + r")(?:\s?(?P<rest_scale>" + SCALE
    + r")\b)?\s?(?:tokens?\s)?(?:vary|varies|change|changes|differ|differs|"
    r"are\s(?:dynamic|variable|fresh|new|unique))\b)?"
)
# "prompt is 3.2k tokens, the cacheable bit is 2,800 of that": the part of the prompt that repeats.
PREFIX_PART_NAMED = _rx(
    r"\b(?:cacheable|cached|fixed|static|shared|stable|repeated|reusable|constant|common)\s(?:bit|part|portion|chunk|"
    r"piece|section|share)\s(?:is|=|:)\s~?(?<![\w.$])" + QUANTITY
    + r"\s?(?:tokens?\s?)?(?:of (?:that|it|those|them)\b)?"
    r"(?!\s?%)"
)
# "9.5k cached prefix + 500 fresh tokens": the prefix and the rest of the prompt, added up.
# "10k prefix + ~500 tok user msg", "5,000 tok static instructions + 500 tokens of user input": the same, the rest named
# by what it holds.
PREFIX_PLUS_REST = _rx(
    r"(?<![\w.$:])" + QUANTITY + r"\s?(?:-?\s?(?:tokens?|toks?)\s)?(?:of\s)?"
    # "9,000 cached-prefix tokens + 1,000 fresh tokens": the noun joined by a hyphen, "tokens" after it
    # ("the same 12,000-token KB preamble + ~300 tok of user question": a word naming what the preamble holds)
    r"(?:cached|fixed|static|shared|stable|repeated|cacheable|common|same)?[\s-]?(?:[a-z]{2,10}\s)?(?:prefix|"
    r"system prompt|sys prompt|preamble|(?:system )?instructions|policy doc|context)(?:\s(?:tokens?|toks?))?\s?"
    r"(?:\+|plus|and)"
    r"\s?~?(?P<rest>" + NUMBER + r")(?:\s?(?P<rest_scale>" + SCALE + r")\b)?\s?"
    r"(?:(?:-?\s?(?:tokens?|toks?)\s)?(?:of\s)?"
    # "+ ~1,000 fresh user tokens": two words for the rest
    r"(?:fresh|new|other|uncached|dynamic|variable|user|unique|changing|per[- ]call|customer)\s"
    r"(?:(?:user|customer|input)\s)?"
    # "+ ~500 tok user q each call": a question said short
    r"(?:tokens?|toks?|msgs?|messages?|quer(?:y|ies)|questions?|qs?|qns?|input|turns?|text|content|part|data)\b|"
    # "+ 500 tokens that change every time", "+ 300 tokens which vary per call": the rest named by how it changes
    r"-?\s?(?:tokens?|toks?)\s(?:that|which)\s(?:change|changes|vary|varies|differ|differs)\b)"
)
# "a fixed 3,000-token syllabus block followed by another 1,000 tokens of student context": the part that never
# changes, then the rest of the prompt, added up
PREFIX_THEN_REST = _rx(
    r"\b(?:fixed|static|constant|identical|unchanging|standard|stable|shared|same)\s~?(?<![\w.$:])" + QUANTITY
    + r"[\s-]?(?:tokens?|toks?)\s(?:[a-z-]{2,20}\s){0,3}?(?:followed by|then|plus|and then)\s(?:another\s|a further\s|"
    r"an extra\s|about\s|around\s|roughly\s|~)?(?P<rest>" + NUMBER + r")(?:\s?(?P<rest_scale>" + SCALE + r")\b)?"
    r"[\s-]?(?:tokens?|toks?)\b"
)
# "90% of calls are ~1,000 tokens, but 10% are 20,000-token documents": a share of the calls and their size, each
# part of a mix of call sizes.
CALL_SIZE_PART = _rx(
    r"(?<![\w.$])(?P<share>\d{1,2}(?:\.\d{1,2})?+)\s?%\s(?:of\s(?:the\s|our\s|their\s)?(?:calls|requests|queries|"
    r"documents|docs|tickets|traffic|inputs|prompts)\s)?(?:are|is|run|average|come in at|sit at)\s"
    r"(?:about\s|around\s|roughly\s|under\s)?~?(?<![\w.$:])" + QUANTITY + r"[\s-]?(?:tokens?|toks?)\b"
)
# "each image is ~1,000 tokens plus a 200-token prompt": what one item sends, its own tokens and the prompt with it,
# added up as the call's input.
ITEM_PLUS_PROMPT = _rx(
    r"\b(?:images?|photos?|pictures?|pages?|screenshots?|scans?|frames?|documents?|docs?|files?)"
    r"(?:\s(?:is|are|=|runs?|comes? to|costs?))?\s(?:about\s|around\s|roughly\s)?~?(?<![\w.$:])" + QUANTITY
    + r"\s?-?\s?(?:tokens?|toks?)\s(?:plus|\+|and|with)\s(?:an?\s|the\s|its\s)?~?(?P<rest>" + NUMBER
    + r")(?:\s?(?P<rest_scale>" + SCALE + r")\b)?\s?-?\s?(?:tokens?\s|toks?\s)?(?:of\s)?(?:text\s|user\s)?"
    r"(?:prompt|instructions?|question|text)\b"
)
# ("of those, 40 end up writing the cache": the calls that write it)
# ("300 end up re-writing the cache because entries lapse")
# ("3,200 of those requests wrote the cache": in the past)
# ("of which 2,000 had to write the cache": what they had to do)
_WRITING_THE_CACHE = (r"(?:re-?)?(?:writing|wrote) (?:to )?(?:the |a |their )?cache|"
                      r"(?:had|have|has|needs?|needed) to (?:re-?)?write (?:to )?(?:the |a |their )?cache|"
                      r"re-?writes? (?:the |a |their )?cache")
# "about 50 of those end up being cache writes", "200 of them miss": writes (every miss writes) in the calls' period.
WRITES_OF_CALLS = _rx(
    r"(?<![\w.$:])~?" + QUANTITY + r"\s(?:of (?:those|them|these|the calls|the requests|which)|of (?:those|them|these) "
    # "90 of the 4,500 daily calls will write the cache": the calls' count (read and blanked already) said again
    r"(?:calls|requests|queries)|"
    r"of (?:the|those|these|their|all)(?:\s(?:daily|hourly|day's|calls|requests)){0,2}(?=\s{3}))\s+"
    # ("40 of those a day are misses that write": the calls' period said again)
    r"(?:(?:a|an|per|each|every) (?:(?:business|working) )?(?:day|hour)\s)?"
    # ("900 calls, 60 of them were cache writes": said of a past period)
    # ("about 200 of those land as cache writes": where they end up)
    r"(?:(?:end up|turn out|wind up|tend|would|will|are|is|were|was|land|come in|show up|count|register)\s)?"
    r"(?:(?:to be|being|be|as|up as)\s)?"
    r"(?:(?:cache\s)?(?:writes?|miss(?:es)?)|written|" + _WRITING_THE_CACHE + r")\b"
)
# "1,000 calls/day of which 100 are writes", "of those, ~40 miss": the count after "of which".
WRITES_AFTER_OF_CALLS = _rx(
    # "of those 4,500, roughly 90 will be cache writes": the calls' count said again after "of those"
    r"\bof (?:which|those|them|these|(?P<the>the|their))(?:\s~?\d[\d,]{0,12}(?:\.\d{1,3})?\s?(?:k|m)?\b)?"
    r"(?: calls| requests)?"
    # "of those 4,500 calls a day, roughly 90 ...": the calls' count (read and blanked already) between
    # ("of the ~40k calls they run per day, about 300 end up as cache writes": after "the", only that way)
    r"(?(the)\s~?\s{2,},?\s*|(?:,?\s|\s{3,},?\s*))"
    r"(?:only |about |around |roughly |approx\.? |maybe )?~?(?<![\w.$:])"
    + QUANTITY + r"\s(?:(?:are|is|were|was|will be|would be|end up(?: as| being)?|turn out to be|become)\s)?"
    # ("of which 10,500 missed the cache")
    r"(?:(?:cache\s)?(?:writes?|miss(?:es)?|written)|missed|" + _WRITING_THE_CACHE + r")\b"
)
# "all of them are hits except forty that have to write the cache", "every call hits bar 40 misses": the calls that
# write, set apart from the hits (in the calls' period)
WRITES_EXCEPT = _rx(
    r"\b(?:except(?: for)?|but|bar|save for|apart from|other than)\s(?:the\s|about\s|around\s|roughly\s|~\s?)?"
    r"(?<![\w.$:])" + QUANTITY + r"\s(?:(?:that|which|who)\s)?(?:(?:have to|has to|need to|needs to|must|will|would|"
    r"that'll)\s)?(?:(?:cache\s)?(?:writes?|misses|miss|write)|" + _WRITING_THE_CACHE + r")\b"
)
# "of those 20k daily calls", "of the 4,500 calls a day": the period of the calls a count of writes is a share of.
_PERIOD_OF_CALLS_SAID = _rx(r"\b(?P<period>daily|hourly|weekly|monthly)\b|\b(?:a|an|per|each|/)\s?(?P<period2>day|hour|"
                            r"week|month)\b")
WRITES = _rx(
    r"(?<![\w.$:])" + QUANTITY + r"\s?(?:cache\s)?(?:writes?|refreshe?s?|re-?writes?|miss(?:es)?)\s?"
    # "30 writes across the whole day", "5 writes in an hour": the period after "across", "over" or "in"
    r"(?:(?:a|an|per|/|each|every)\s?|(?:across|over|throughout|during|in)\s(?:(?:the|a|an|one)\s)?"
    r"(?:(?:whole|entire|full)\s)?)?" + _PERIOD
)
# "5k hits/day and around 30 cache writes", "per day we expect 18k hits and ~40 writes": writes with no period of their
# own, said in the sentence that counts the calls or hits, are counted over the calls' period.
WRITES_NO_PERIOD = _rx(
    r"(?<![\w.$:])(?:about\s|around\s|roughly\s|approx\.?\s|maybe\s|~\s?)?" + QUANTITY
    # "20 were cache writes", "40 are misses": the count, then a verb, then what those calls were
    # ("of 6,000 calls a day, roughly 160 miss and write": the calls that miss, said as a verb)
    + r"\s?(?:(?:were|are|was|being|ended up as|turned out to be)\s)?(?:cache\s)?(?:writes|re-?writes|misses|"
    r"miss(?= and (?:re-?)?write\b)|miss(?= the cache\b))\b"
    r"(?!\s?(?:/|a|an|per|each|every|in|out of|for|of)\b)"
)
# "(that's 90% of their bill)", "(about 70% of the spend)": a share of the bill said aside
_SHARE_OF_BILL_ASIDE = _rx(r"\((?:that'?s |that is |which is |it'?s |about |around |roughly |~)*~?\d{1,3}"
                           r"(?:\.\d{1,2})?\s?% of (?:the |their |our |its )?(?:total |monthly |overall )?"
                           r"(?:bill|spend|invoice|costs?)\)")
# "that 30%", "the same 12 percent": a percentage referred back to
# ("the real premium should come in under 18% after the EA": the 18% said before, compared against)
# ("what's the real markup after the 15%?": the EA's 15% said before, applied)
_REFERRED_PERCENT = _rx(r"\b(?:that|this|the same|those|under|below|over|above|than|(?:after|net of)(?=\sthe\s))\s"
                        r"(?:the\s)?"
                        r"(?P<n>\d{1,3}(?:\.\d{1,3})?)\s?(?:%|percent\b|pct\b)")
_PERCENT_SAID = _rx(r"(?<![\w.])(?P<n>\d{1,3}(?:\.\d{1,3})?)\s?(?:%|percent\b|pct\b)")
_SENTENCE_BREAK = _rx(r"[.?!;\n](?!\d)")
_FULL_STOP = _rx(r"[.?!\n](?!\d)")
_COUNT_OF_CALLS = _rx(r"(?<![\w.$])" + QUANTITY + r"\s?(?:cache\s)?" + _CALLS + r"\b")

# Spend in dollars over a period: "$9,000 a month on-demand", "on-demand bill is ~$120k/mo", "10000 $/month",
# "direct would be $12,400/mo". The amount stays in the period it was stated in.
# "$2.5M a year", "$1.2 mil/yr": a spend may be stated in millions.
_SPEND_SCALE = r"(?:k|mm|mn|m|mil|million)"
# "1.2 million dollars a year", "40k USD a month": the currency said after the amount as a word.
_SPEND_AMOUNT = (r"(?:\$\s?(?P<a>" + NUMBER + r")(?:\s?(?P<a_scale>" + _SPEND_SCALE + r")\b)?|(?P<b>" + NUMBER
                 + r")(?:\s?(?P<b_scale>k)\b)?\s?\$|(?<![\w.$,])(?P<d>" + NUMBER + r")(?:\s?(?P<d_scale>"
                 + _SPEND_SCALE + r")\b)?\s(?:dollars|usd)\b)")
# "OD spend 1.2M/yr", "spends 2.5 mil a yr PAYG": without a currency sign, an amount with its scale word reads as
# dollars only where a spend word or the on-demand name says it is money (see SPEND).
_SPEND_AMOUNT_BARE = r"(?P<c>" + NUMBER + r")\s?(?P<c_scale>" + _SPEND_SCALE + r")\b"
# "$20k a month", "$20k/mo", "$18k monthly", "$1.2M annually"
# "$48,000 for the quarter", "$2,000 over the year": the period named after "for the" or "over the".
# ("$71,400 last month on-demand": the period an amount was spent over)
# ("would have been $20,000 that month": the month a bill was for)
# ("$14,600 for last month", "over the past month")
_FOR_THE = (r"\s(?:(?:for|over|across|in)\s(?:the|a|one|that|this|(?:the\s)?(?:last|past|previous))|last|past|previous|"
            r"that)\s"
            r"(?=(?:quarter|month|year|week|day)\b)")
# ("$70k flat for the month": a fixed amount for the period)
_SPEND_PERIOD = (r"(?:\s(?:flat|fixed))?(?:(?:\s?(?:/|a|an|per)\s?|" + _FOR_THE + r")" + _PERIOD
                 + r"|\s(?P<period_adj>monthly|yearly|annually|annual|weekly|daily)\b)")
# A month's name as it heads a bill ("May invoice", "the March bill").
_BILL_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
               r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# On-demand as reps write it: "on-demand", "OD", "PAYG", "pay-as-you-go".
_ON_DEMAND = r"(?:on[- ]demand|\bod\b|\bpayg\b|pay[- ]as[- ]you[- ]go)"
_HYPERSCALER_NAMED = r"\b(?:azure|bedrock|vertex|aws|gcp|google cloud|amazon bedrock)\b"
# "at list", "at list price", "at the list rates": before the EA discount
# a word or two between the hyperscaler's name and its spend, never "list" (a list spend is not what is paid)
_WORDS_NOT_LIST = r"(?:\s(?!list\b)[a-z]{2,12}){0,2}?"
_AT_LIST = (r",?\s(?:at|on|before (?:the |their |any )?(?:ea|edp|discounts?)(?: at)?)\s(?:the\s)?list"
            r"(?:\s(?:prices?|rates?|pricing))?\b")
_MONEY_NOUN = r"(?:bill|spend|spending|cost|costs|invoice|run[- ]rate)"
# "come to", "would cost", "works out at": a verb that says the amount after it is money.
# ("on-demand volume comes to 500M a month" is a count: after what counts, only a cost verb says money)
_MONEY_VERB = (r"(?P<verb>costs?(?: us| them| you| the customer| the client)?|costing|prices? out at|priced out at|"
               r"(?:comes?|came|coming) in at|"
               r"(?<!volume )(?<!volumes )(?<!traffic )(?<!usage )(?<!load )(?<!throughput )(?<!calls )(?<!requests )"
               r"(?:(?:comes?|came|coming) (?:out )?to|adds? up to|added up to|works? out (?:at|to)|"
               r"worked out (?:at|to)))")
# "... was about $22k last month": a period after the amount, as a rep says it of a bill.
_SPEND_PERIOD_SAID = (r"(?:\s(?:flat|fixed))?(?:(?:\s?(?:/|a|an|per|last|this|each|every)\s?|" + _FOR_THE + r")"
                      + _PERIOD
                      + r"|\s(?P<period_adj>monthly|yearly|annually|annual|weekly|daily)\b)")
# "our budget for the assistant is $5,000/month", "a $45k annual budget", "they have $45k a year for inference": what
# the buyer can spend over a period, set against the quote's bill over the same period.
_BUDGET_AMOUNT = r"~?\s?\$\s?(?P<a>" + NUMBER + r")(?:\s?(?P<a_scale>" + _SPEND_SCALE + r")\b)?"
_BUDGET_WORDS = ("budget", " cap", "ceiling", "limit", "has ", "have ", "had ", "got ", "set aside", "allocated",
                 "earmarked", "can ", "approved")
_BUDGET_NOUN = r"\s(?:(?:ai|llm|inference|token|api|total|overall|hard|fixed)\s)?(?:budget|cap)\b"
_BUDGET_VERB = r"\b(?:has|have|had|got|gets|allocated|set aside|earmarked|can spend|can afford|approved)\s"
BUDGET = [
    # (not "FY budget check: direct API would be $240k/yr": a spend on a route named between)
    _rx(r"\bbudget(?:ed)?\b(?:(?:(?!\b(?:direct|on[- ]demand|payg)\b)[^.;?!\n$\d]){0,40}?\s)?"
        r"(?:is|of|at|are|:|=|around|about|roughly|capped at|caps? at|"
        r"tops out at|comes to|sits at|set at)?\s?" + _BUDGET_AMOUNT + _SPEND_PERIOD),
    _rx(_BUDGET_AMOUNT + _SPEND_PERIOD + _BUDGET_NOUN),
    _rx(r"\b(?:an?|the|their|our|your)\s" + _BUDGET_AMOUNT
        + r"\s(?P<adj2>monthly|yearly|annual|weekly|daily|quarterly)" + _BUDGET_NOUN),
    # "a hard cap of $10,000 a month", "spend is capped at $8k/mo": a ceiling the bill must stay under
    _rx(r"\b(?:(?:hard|fixed|spend(?:ing)?|budget|monthly|annual|firm)\s)?(?:cap|ceiling|limit)\s(?:of|at|is|=|:)\s?"
        + _BUDGET_AMOUNT + _SPEND_PERIOD),
    _rx(r"\b(?:is |are |gets |got |been )?capped at\s?" + _BUDGET_AMOUNT + _SPEND_PERIOD),
    _rx(_BUDGET_VERB + r"(?:about |around |roughly |up to )?" + _BUDGET_AMOUNT + _SPEND_PERIOD
        + r"(?:\s(?:for|to spend|of spend)\b|"
        r"\son (?:ai|llm|inference|tokens?|api|usage|the (?:model|api|bot|assistant))\b)"),
]
# "OD-equivalent value of the reserved capacity is $150k/yr": the capacity's worth on-demand at full use, not its price.
_NOT_ITS_WORTH = (r"(?<!value of the )(?<!value of their )(?<!value of that )(?<!worth of the )(?<!value of full )"
                  r"(?<!value of the full )(?<!value of a full )(?<!value of a )(?<!worth of full )"
                  r"(?<!value of the whole )(?<!value of the entire )(?<!worth of the whole )")
# "they've been on ...", "has been running ...": what is said after it is so far, the past (a span after it is not
# one asked about; the router reads the same words before a span in the text as typed)
BEEN_SO_FAR = r"\b(?:has|have|had|'s|’s|'ve)\sbeen\s[^.;?!\n\d$]{0,40}?"
# "they've been on PAYG for six months", "has been running on-demand for 2 years": how long, a span in the past
_BEEN_ON_FOR = _rx(BEEN_SO_FAR + r"(?P<span>\bfor\s(?:the\s(?:past|last)\s)?(?:about\s|around\s|roughly\s|~)?\d{1,3}\s"
                   r"(?:weeks?|months?|quarters?|years?))\b")
# "2,400 podcast episodes a month", "about 900 claim files per week": a count of things, named by any plural noun (a
# word before it allowed), over a period
_ITEMS_A_PERIOD = _rx(r"(?<![\w.$,])(?:about\s|around\s|roughly\s|approx\.?\s|~\s?)?" + QUANTITY
                      # ("4,000 PRs a week": an acronym's plural)
                      + r"\s(?:[a-z][a-z-]{1,15}\s)?(?P<noun>[a-z]{2,20}s)\s(?:a|an|per|/|each|every)\s?"
                      r"(?:(?:business|working|work)\s)?(?P<period>day|week|month|hour|year|quarter)\b")
# Plural nouns that count no calls: tokens, money, time, capacity, sizes, and people (read as heads)
_NOT_COUNTED_ITEMS = frozenset({
    "tokens", "toks", "mtoks", "dollars", "bucks", "cents", "pounds", "euros", "hours", "hrs", "days", "weeks",
    "months", "years", "quarters", "minutes", "mins", "seconds", "secs", "units", "ptus", "gpus", "nodes", "instances",
    "replicas", "times", "millions", "thousands", "billions", "words", "characters", "chars", "bytes", "percent",
    "points", "credits", "licenses", "licences"})
_NAMED_HEADS = _rx(_HEADS)
# "a $50,000 month of ...", "one $120k year at ...": an amount said as the worth of one period, then what it buys
_AMOUNT_AS_PERIOD = (r"\b(?:a|one|each|any)\s~?" + _SPEND_AMOUNT
                     + r"[\s-](?P<period_before>month|quarter|year|week|day)\s(?:of|on|at|going)\s(?:the\s)?")
SPEND = {
    # "PT commit would be $52k/mo flat", "the reservation costs $40k a month": what the provisioned capacity bills over
    # a period, whatever it carries (an hourly figure is a unit-hour price, read later).
    "provisioned_spend": [
        _rx(r"(?<!ea )(?<!edp )(?<!macc )(?<!cloud )" + _NOT_ITS_WORTH + r"\b(?:pt|ptus?|provisioned(?: throughput)?|"
            r"reserved capacity|reservation|commit(?:ment)?)(?:\s(?:commit(?:ment)?|bill|cost|price|fee))?"
            r"(?:\s(?:(?:would |will |'d )?(?:be|cost|run)(?: them| us)?(?: at)?|is|was|costs?(?: them| us)?|comes to|"
            r"runs?(?: them| us)?(?: at)?|of|at|about|around|"
            r"roughly|~|:|=))+\s?~?"
            + _SPEND_AMOUNT + _SPEND_PERIOD + r"(?!\s(?:on[- ]demand|od\b|payg|at on|of on|of tokens|in tokens))"),
        # "PT commitment on the table: $1.2M/yr", "the provisioned commitment for that capacity is quoted at
        # $32,500/month": words (no figures, nothing naming on-demand, direct or a comparison) before the amount.
        _rx(r"(?<!ea )(?<!edp )(?<!macc )(?<!cloud )" + _NOT_ITS_WORTH + r"\b(?:pt|ptus?|provisioned(?: throughput)?|"
            r"reserved capacity|reservation|commit(?:ment|ting)?)\b(?!\s(?:discount|disc)\b)"
            r"(?:(?!on[- ]demand|\bod\b|payg|pay[- ]as|\bvs\b|versus|\bthan\b|against|compared|\bdirect\b|\blist\b|"
            r"\bworth\b)[^\d$%.,;:?!\n()]){0,40}?(?::\s?)?~?\s?"
            + _SPEND_AMOUNT + _SPEND_PERIOD + r"(?!\s(?:on[- ]demand|od\b|payg|at on|of on|of tokens|in tokens))"),
        # "1-year reserved deal for $1.44M", "one-year PT commitment of $600k": the amount over the term named before it
        _rx(r"\b(?:(?:1|one)[- ](?P<period>year|yr|quarter|month)|(?P<t12>12|twelve)[- ]months?|"
            r"(?P<t3>3|three)[- ]months?)\b[- ](?:(?:pt|ptus?|provisioned|reserved|reservation|"
            r"reserve|commit(?:ment)?|capacity|throughput|deal|contract|term)\s?){1,3}(?:(?:is|was|of|for|at|costs?|"
            r"priced at|quoted at|comes to|:|=)\s?)+~?" + _SPEND_AMOUNT
            + r"(?!\s?(?:/|a|an|per)\s?(?:h|hr|hour|m|mtok|million|1m|k)\b)"),
        # "$1.44M for a 1-year reserve", "$600k over a one-year commitment": the term named after the amount
        _rx(_SPEND_AMOUNT + r"\s(?:for|over|on)\s(?:a|the|one|their)\s(?:(?:1|one)[- ]"
            r"(?P<period>year|yr|quarter|month)|(?P<t12>12|twelve)[- ]months?|(?P<t3>3|three)[- ]months?)\b"
            r"[- ](?:pt|ptu|provisioned|reserved|reservation|reserve|commit(?:ment)?|term|deal|contract)"),
        # "committed to provisioned capacity at a 45% discount, paying US$55,000 a month": what the committed capacity
        # is paid, said after it in the same sentence (with nothing naming on-demand between)
        _rx(r"\b(?:committed|commit(?:ment)?|reserved|provisioned|reservation)\b"
            r"(?:(?!on[- ]demand|\bod\b|payg|pay[- ]as|\bvs\b|versus|\bthan\b|\bworth\b)[^.;?!\n$]){0,60}?"
            r",?\s(?:paying|pays|paid|which costs?|costing)\s(?:about\s|around\s|roughly\s|~)?" + _SPEND_AMOUNT
            + _SPEND_PERIOD + r"(?!\s(?:on[- ]demand|od\b|payg|at on|of on|of tokens|in tokens))"),
        # "$40k/mo commit buys capacity ...", "$28k a month for the reservation": the amount before what it pays for
        # (on its line: "...: $150k per quarter\ncommitment cost?" asks about the commitment on the next)
        _rx(_SPEND_AMOUNT + _SPEND_PERIOD + r"[ \t](?:(?:for|of|on)\s(?:the\s|a\s|their\s)?)?"
            r"(?:pt\s|ptu\s|provisioned\s"
            r"(?:throughput\s)?|reserved\s(?:capacity\s)?)?(?:commit(?:ment)?|reservation|pt|ptus?|provisioned"
            r"(?: throughput| capacity)?|reserved capacity)\b"),
        # "last month's PT bill: paid $21,900 for the provisioned commitment": what was paid for the commitment, over
        # its own period or the month labelling the message
        _rx(r"\b(?:paid|pay|pays|paying)\s(?:about\s|around\s|roughly\s|~)?" + _SPEND_AMOUNT + r"(?:" + _SPEND_PERIOD
            + r")?\s(?:for|on)\s(?:the\s|a\s|their\s|our\s)?(?:pt\s|ptu\s|provisioned\s(?:throughput\s)?|"
            r"reserved\s(?:capacity\s)?)?(?:commit(?:ment)?|reservation|ptus?|provisioned(?: throughput| capacity)?|"
            r"reserved capacity)\b"),
    ],
    "on_demand_spend": [
        # "against a $9,000 month of on-demand usage": the amount naming a period's worth
        _rx(_AMOUNT_AS_PERIOD + r"(?:current\s)?" + _ON_DEMAND),
        # "if they pushed the full volume through on-demand instead, it'd come to $80k a month": what it would cost,
        # said right after on-demand
        _rx(_ON_DEMAND + r"(?:\s(?:instead|rates|pricing))?,?\s(?:it'?d|it would|that'?d|that would|it will|"
            r"they'?d pay|they would pay)\s(?:come to|be|cost|run(?: them)?|total)?\s?"
            r"(?:about\s|around\s|roughly\s|~\s?)?" + _SPEND_AMOUNT + _SPEND_PERIOD),
        # "they run on-demand on Bedrock today, the bill is $48,000 a month": the bill of the on-demand traffic said in
        # the same sentence
        _rx(_ON_DEMAND + r"\b[^.;?!\n$]{0,60}?\b(?:the|their|our|its|that)\s(?:monthly\s|current\s|total\s)?"
            # ("stay on demand, which their own invoice puts at $14,600 for last month")
            r"(?:bill|spend|invoice)\s(?:is|was|runs(?:\sat)?|comes\sto|came\sto|sits\sat|of|puts\s(?:it\s)?at|"
            r"shows?|showed)\s(?:about\s|around\s|roughly\s|~\s?)?"
            + _SPEND_AMOUNT + _SPEND_PERIOD),
        # "Offer B: stay on-demand; at our forecast volume the same tokens would come to $45,625 a month": what the same
        # traffic costs on-demand, said in the sentence that names on-demand
        # ("Option 2: stay on-demand. At current volumes the same tokens cost us about $70k a month": the sentence
        # after it, with no other structure named between)
        _rx(_ON_DEMAND + r"\b(?:(?!provision|commit|reserv|ptu|units?\b)[^?!\n$\d%]){0,80}?\b"
            r"(?:(?:the same|those|these|their|our|the) (?:tokens|traffic|usage|volume|"
            # ("on-demand for the tokens those 120 units serve comes to $250,000/mo": who serves them between)
            r"calls|workload)|"
            # ("plain on-demand: what they actually push through comes to $48,000 a month": the traffic, what they use)
            r"what (?:they|we|you|it|the customer|the client)(?: actually| currently| really| now)? (?:push(?:es)? "
            r"through|uses?|consumes?|runs?|sends?|burns?))\b(?:[^.?!\n$\d]|\d(?=[\d,]*\s(?:units?|ptus?)\b)){0,32}?\b(?:(?:would\s|will\s)?"
            + _MONEY_VERB
            + r"|(?:would|will|wd) (?:be|run|total))"
            # (with no period of its own, the amount is the period the message labels, if any)
            + r"\s(?:about\s|around\s|roughly\s|~\s?)?" + _SPEND_AMOUNT + r"(?:" + _SPEND_PERIOD + r")?"
            r"(?!\s?(?:/|a|an|per|each)\s?(?:calls?|requests?|tokens?|m\b|mtok|million|k\b|hour|hr|day|week|year))"),
        # "on demand quote for the same tokens came in at 118.5k/mo": the same, a bare amount with its scale
        # ("on demand for the same tokens those units push through would be 12k flat": who pushes them between)
        _rx(_ON_DEMAND + r"\b[^.?!\n$]{0,80}?\b(?:the same|those|these|their|our|the) (?:tokens|traffic|usage|volume|"
            r"calls|workload)\b[^.?!\n$\d]{0,32}?\b(?:(?:would\s|will\s)?" + _MONEY_VERB
            # ("on demand for the same tokens wouldve been 4.5k": what it would have cost, over the month said)
            + r"|(?:would|wd)(?:'?ve| have)\s(?:been|cost))"
            + r"\s(?:about\s|around\s|roughly\s|~\s?)?" + _SPEND_AMOUNT_BARE + r"(?:" + _SPEND_PERIOD + r")?"),
        # "their current traffic, priced at on-demand per-token rates, comes to $70,000 a month": the traffic named
        # first, then priced on-demand, then what it comes to
        # ("last month's bill, and the same tokens on pay-as-you-go came to roughly $38,000": the month labelling it)
        _rx(r"\b(?:the|their|our|its|this|current)\s(?:current\s|existing\s|present\s|same\s)?(?:traffic|usage|tokens|"
            r"workload|volume)\b[^.?!\n$\d]{0,20}?" + _ON_DEMAND + r"[^.?!\n$\d]{0,40}?\b" + _MONEY_VERB
            + r"\s(?:about\s|around\s|roughly\s|~\s?)?" + _SPEND_AMOUNT + r"(?:" + _SPEND_PERIOD + r")?"
            r"(?!\s?(?:/|a|an|per|each)\s?(?:calls?|requests?|tokens?|m\b|mtok|million|k\b|hour|hr|day|week|year))"),
        # "May invoice (on-demand, steady 24/7 workload): $84,500", "last month's bill was $9,200": a month's bill for
        # the tokens (not a commitment's, a cloud's or a direct one), over the month it names
        _rx(r"\b(?:(?:last|past|previous|this) month(?:'s|s)?|" + _BILL_MONTH + r"(?:'s)?)\s"
            r"(?!(?:pt|ptus?|provisioned|reserved|reservation|commit\w*|azure|aws|bedrock|vertex|gcp|direct|"
            r"hyperscaler)\b)(?:[a-z-]{2,12}\s)?(?:bill|invoice|statement)(?:\s\([^()\n]{1,60}\))?"
            r"(?:\s?:|\s(?:is|was|of|came to|comes to|=|at|totall?ed))+\s?~?" + _SPEND_AMOUNT
            + r"(?!\s?(?:/|a|an|per)\s?(?:h|hr|hour|day|week|year|yr|m|mtok|million|1m|k)\b)"),
        # "Last month (paygo, same traffic):  $61,200.00": the past month's on-demand spend, said in brackets after it
        _rx(r"\b(?:last|past|previous) (?P<period>month)\s?\(" + _ON_DEMAND + r"[^()\n]{0,40}\)\s?[:=]\s?~?"
            + _SPEND_AMOUNT
            + r"(?!\s?(?:/|a|an|per)\s?(?:h|hr|hour|day|week|year|yr|m|mtok|million|1m|k)\b)"),
        # "the customer's bill last month was $48,000": the month named after the bill
        _rx(r"\b(?:bill|invoice|statement|spend)\s(?:for\s)?(?:last|past|previous|this) (?P<period>month|week|quarter|"
            r"year)\s(?:is|was|came to|came in at|totall?ed|ran|hit|of)\s(?:about\s|around\s|roughly\s)?~?"
            + _SPEND_AMOUNT
            + r"(?!\s?(?:/|a|an|per)\s?(?:h|hr|hour|day|week|year|yr|m|mtok|million|1m|k)\b)"
            r"(?![^.;?!\n]{0,30}\b(?:azure|aws|bedrock|vertex|gcp|direct|provisioned|ptus?|reserved)\b)"),
        # "the capacity they would reserve is worth USD 100,000/month if every token of it were bought on-demand": what
        # the whole capacity is worth on-demand at full use (read as such by deal_terms.FULL_CAPACITY_ON_DEMAND)
        _rx(r"\b(?:capacity|reservation)\b[^\d$%.;?!\n]{0,40}?\bworth\s(?:about\s|around\s|roughly\s|~)?"
            + _SPEND_AMOUNT + _SPEND_PERIOD + r"(?=[^.;?!\n]{0,60}?(?:" + _ON_DEMAND
            + r"|\bat full (?:use|load|utili[sz]ation)\b|\bfully used\b|\bif used 24/7))"),
        # "$420/day on tokens", "$9k a month in token costs", "$2,000 a week on inference": what the tokens cost, billed
        # per token (on-demand)
        _rx(_SPEND_AMOUNT + _SPEND_PERIOD + r"\s(?:on|in|for)\s(?:the\s)?(?:tokens|token (?:costs|spend|usage|bills?)|"
            r"inference|api (?:calls|usage|costs))\b"),
        _rx(_SPEND_AMOUNT + _SPEND_PERIOD + r"\s(?:worth\s)?(?:of\s)?(?:tokens?\s)?(?:at\s|on\s|in\s)?(?:current\s)?"
            + _ON_DEMAND),
        # "the same tokens on demand wd be 3.4k": what on-demand would cost, a bare amount with its scale (the verb
        # says money), over its own period or the message's
        _rx(_ON_DEMAND + r"\s(?P<verb>would|wd|will|'d|would've|wouldve)\s(?:be|cost|run|come to)\s(?:about\s|around\s|"
            r"roughly\s|~\s?)?" + _SPEND_AMOUNT_BARE + r"(?:" + _SPEND_PERIOD + r")?"),
        # "they spent $114k on on-demand inference last quarter": what was spent on on-demand, the period after it
        _rx(r"\b(?:spent|spend|spends|spending|paid|pay|pays|paying)\s(?:about\s|around\s|roughly\s|~\s?)?"
            + _SPEND_AMOUNT + r"\s(?:on|in|for)\s(?:the\s)?" + _ON_DEMAND
            + r"(?:\s(?:inference|tokens|usage|api|calls|traffic))?" + _SPEND_PERIOD_SAID),
        # "paying $18k on-demand per month", "$9,000 of OD spend a month": on-demand between the amount and its period
        _rx(_SPEND_AMOUNT + r"\s(?:in\s|of\s|worth of\s)?(?:current\s)?" + _ON_DEMAND + r"(?:\s" + _MONEY_NOUN + r")?"
            + _SPEND_PERIOD),
        # "monthly OD spend is $25k", "annual PAYG spend of $1.2M", "yearly spend on on-demand: $300k": the period
        # said before the amount as an adjective
        _rx(r"\b(?P<period>monthly|yearly|annual|annually|annuali[sz]ed|weekly|daily)\s(?:(?:current|total|the)\s)?(?:"
            + _ON_DEMAND
            + r"\s?" + _MONEY_NOUN + r"?|" + _MONEY_NOUN + r"\s(?:on|in|at|for)\s" + _ON_DEMAND + r")"
            r"(?:\s?[:=]|\s(?:today|currently|now|is|was|of|at|about|around|roughly|~))*\s?~?" + _SPEND_AMOUNT
            + r"(?!\s?(?:/|a|an|per)\s?(?:" + "|".join(sorted(PERIOD_WORDS, key=len, reverse=True)) + r")\b)"),
        # "on-demand monthly: $64,000" (a deal sheet's row), "OD monthly spend is $25k": the period after on-demand
        _rx(_ON_DEMAND + r"\s(?P<period>monthly|yearly|annual|annually|weekly|daily)(?:\s" + _MONEY_NOUN + r")?"
            r"(?:\s?[:=]|\s(?:today|currently|now|is|was|of|at|about|around|roughly|~))*\s?~?" + _SPEND_AMOUNT
            + r"(?!\s?(?:/|a|an|per)\s?(?:" + "|".join(sorted(PERIOD_WORDS, key=len, reverse=True)) + r")\b)"),
        _rx(_ON_DEMAND + r"(?:\s(?:bill|spend|spending|cost|costs|invoice|run[- ]rate|today|currently|now|is|of|at|"
            r"about|around|roughly|~|:))*\s?~?" + _SPEND_AMOUNT + _SPEND_PERIOD),
        _rx(_SPEND_AMOUNT + _SPEND_PERIOD + r"\s(?:of\s)?" + _ON_DEMAND + r"\s(?:spend|bill|cost)"),
        # "the $20,000 a month their tokens cost on-demand", "$9k/mo of traffic billed at on-demand rates": a few words
        # (no figures) between the period and on-demand.
        # ("the $80,000 a month the customer says the same tokens would cost them on-demand": a longer clause)
        _rx(_SPEND_AMOUNT + r"\s?(?:/|a|an|per)\s?(?P<period>mo|mth|month|yr|year|wk|week)\b"
            r"\s(?:(?!vs\b|versus\b|against\b|compared\b|than\b|each\b|per\b|instead\b|rather\b|not\b|over\b|"
            r"beats?\b|cheaper\b|less\b|more\b|below\b|above\b|under\b)[a-z']{1,12}\s){1,10}?(?:at\s)?(?:current\s)?"
            + _ON_DEMAND + r"\b"),
        # "OD spend 1.2M/yr", "on-demand bill ~18.5k a month": a money noun after on-demand makes a bare amount dollars
        _rx(_ON_DEMAND + r"\s" + _MONEY_NOUN + r"(?:\s(?:today|currently|now|is|was|of|at|about|around|roughly|~|:))*"
            r"\s?~?" + _SPEND_AMOUNT_BARE + _SPEND_PERIOD),
        # ("their on-demand bill for the same traffic was 70k last month": what the bill covers named between)
        # ("their on-demand bill for the token volume those 4 units would serve came to $70,000 last month": what it
        # covers said at length, the units counted in it)
        _rx(_ON_DEMAND + r"\s" + _MONEY_NOUN + r"\s(?:for|on)\s(?:the same|that|those|this|their|the)\s"
            r"(?:(?:token\s|call\s)?(?:traffic|tokens|usage|volume|workload|calls)\s)"
            r"(?:(?:[a-z'-]{1,14}|\d{1,3}(?=\s(?:units?|ptus?|model units?)\b))\s){0,8}?"
            r"(?:was|is|came to|comes to|ran|runs|would be|=|:)\s"
            r"(?:about\s|around\s|roughly\s|~\s?)?(?:" + _SPEND_AMOUNT + "|" + _SPEND_AMOUNT_BARE + ")"
            + _SPEND_PERIOD_SAID),
        # "Offer B: stay on demand; their finance team puts the same tokens at $48,000 a month": the same traffic's
        # spend, on-demand said before it on the line
        _rx(r"(?:" + _ON_DEMAND + r")[^\n]{0,120}?\b(?:puts?|prices?|priced|values?|valued|pegs?|pegged|estimates?|"
            r"estimated|has|have|had)\s(?:the\s)?same\s(?:tokens|traffic|usage|volume|workload|calls)\s"
            r"(?:at|around|about|near)\s(?:about\s|around\s|roughly\s|~\s?)?" + _SPEND_AMOUNT + _SPEND_PERIOD),
        # "if OD is 60k a month", "OD ~1.2M/yr": an amount with its scale and a period right after on-demand
        # ("the same tokens on demand r 72k/mo": "are" as a phone types it)
        _rx(_ON_DEMAND + r"(?:\s?[:=]|\s(?:is|was|are|r|would be|will be|runs?(?: at)?|costs?(?: them| us)?|comes to|"
            r"at|about|around|roughly|today|currently|now|~))*\s?~?" + _SPEND_AMOUNT_BARE + _SPEND_PERIOD),
        # "on demand for the same token volume is ~60k/mo": what the same traffic is on-demand, an amount with its scale
        # ("on demand for the same tokens those units would serve theyd be at 11.4k/mo")
        # ("what they pay on demand now for the same tokens which is abt 52k/mo": when, and "about" as phones type it)
        _rx(_ON_DEMAND + r"(?:\s(?:now|today|currently))?\sfor\s(?:the\s)?(?:same|that|those|this|their)\b"
            r"[^\d$%.;:?!\n()]{1,50}?"
            r"\s(?:is|was|would be|runs?|=|(?:they'?d|they would|it'?d|it would|we'?d|we would|would) be at|comes? to)"
            r"\s(?:about\s|around\s|roughly\s|abt\s|approx\.?\s|~\s?)?" + _SPEND_AMOUNT_BARE
            + _SPEND_PERIOD),
        # "spends 2.5 mil a yr PAYG", "paying 18.5k a month on demand": a spend verb before and on-demand after
        _rx(r"\b(?:spend(?:s|ing)?|pay(?:s|ing)?|bill(?:s|ed)?)\s(?:about |around |roughly |~)?"
            + _SPEND_AMOUNT_BARE + _SPEND_PERIOD + r"\s(?:on\s|at\s)?(?:current\s)?" + _ON_DEMAND),
        # "same tokens on OD come to about 11.5k a month", "on-demand, that traffic would cost ~9.2k/mo": a money verb
        # makes a bare amount with its scale dollars, whatever was counted before it ("tokens")
        _rx(_ON_DEMAND + r"\b[^\d$%.;:?!\n()]{0,40}?\b" + _MONEY_VERB + r"(?:\s(?:them|us|the customer))?"
            r"(?:\s(?:about|around|roughly|approx(?:imately)?|only|just|like|maybe|~))*\s?~?" + _SPEND_AMOUNT_BARE
            + _SPEND_PERIOD),
        # "the same tokens would come to about 11.5k a month on-demand": the money verb before, on-demand after
        _rx(r"\b" + _MONEY_VERB + r"(?:\s(?:them|us|the customer))?(?:\s(?:about|around|roughly|approx(?:imately)?|"
            r"only|just|like|maybe|~))*\s?~?" + _SPEND_AMOUNT_BARE + _SPEND_PERIOD + r"\s(?:on\s|at\s)?(?:current\s)?"
            + _ON_DEMAND + r"(?:\s(?:rates?|prices?|pricing))?\b"),
        # "18.5k a month on demand": an amount with its scale, a period and on-demand, nothing counted before it
        _rx(r"(?<![\w.$,])" + _SPEND_AMOUNT_BARE + _SPEND_PERIOD + r"\s(?:on\s|at\s)?" + _ON_DEMAND
            + r"(?!\s?(?:tokens?|calls?|requests?|traffic|volume|usage|throughput|rates?|prices?))"),
        # "the same tokens on-demand would cost them ~$24k/month", "on-demand equivalent of what they push through
        # is about $15,000/mo": words (no figures, same clause) between on-demand and the amount.
        # "same capacity on-demand, if fully used: $1.8M/yr": a condition after a comma.
        # "if they stay on-demand, current traffic prices out at $18,250/month": today's traffic after a comma.
        _rx(_ON_DEMAND + r"\b(?:,\s(?=which\b|that\b|if\b|when\b|where\b|whereby\b|assuming\b|current\b|"
            r"today'?s?\b|their current\b))?"
            r"[^\d$%.,;:?!\n()]{1,80}?(?::\s?)?~?\s?"
            + _SPEND_AMOUNT
            + _SPEND_PERIOD_SAID),
        # "on-demand for the bank's actual tokens last month came to $41,000": words, the period, then the amount.
        _rx(_ON_DEMAND + r"\b[^\d$%.,;:?!\n()]{0,60}?\b(?:last|this|per|each|every|in a|over a|for a)\s" + _PERIOD
            + r"[^\d$%.,;:?!\n()]{0,20}?\b(?:came to|comes to|was|is|ran|runs|totall?ed|cost|costs|of|at)"
            r"(?:\s(?:about|around|roughly|~))?\s?~?" + _SPEND_AMOUNT
            + r"(?!\s?(?:/|a|an|per)\s?(?:call|request|m\b|million|k\b|hour|hr|day|week|month|year|mo\b))"),
        # "on-demand bill last month was 48k USD": the period before the amount.
        _rx(_ON_DEMAND + r"\s(?:bill|spend|spending|cost|invoice)\s(?:last|this|per|a|each|every)\s" + _PERIOD
            + r"(?:\s(?:was|is|came to|ran|of|at|about|around|roughly|~|:))*\s?~?" + _SPEND_AMOUNT
            + r"(?!\s?(?:/|a|an|per)\s?(?:call|request|m\b|million|k\b|hour|hr|day|week|year))"),
    ],
    # "we pay $15k/mo at $0.006/call": a bill paid at a per-call fee (the calls it pays for follow).
    "fee_spend": [
        _rx(r"\b(?:pay|pays|paying|spend|spends|spending|billed|bill is|bill of)\s(?:about |around |roughly |~)?"
            + _SPEND_AMOUNT + _SPEND_PERIOD + r"(?=\s(?:at|@|with)\s~?\$\s?[\d.]{1,10}\s?(?:/|per|a|each)\s?"
            r"(?:call|request|req|query|invocation)\b)"),
    ],
    # "spends $9,000/mo on input tokens", "input token bill is $4k a month": what the input side costs.
    "input_spend": [
        _rx(_SPEND_AMOUNT + _SPEND_PERIOD + r"\s(?:on|for)\s(?:the\s)?input\b(?:\s(?:tokens?|costs?|side))?"),
        _rx(r"\binput(?: token)? (?:spend|bill|costs?)(?: (?:is|of|at|about|around|roughly|~))*\s?~?" + _SPEND_AMOUNT
            + _SPEND_PERIOD),
    ],
    # "Our Azure OpenAI spend would be $42,240/mo at list", "$30k a month on Bedrock at list prices": a spend on the
    # hyperscaler before the EA discount comes off.
    "hyperscaler_list_spend": [
        # "Azure list spend $13,500 a month", "bedrock list-price bill: $60k/mo": the list named before the spend word
        # ("AOAI gpt-4o tokens (list) ...... $13,500.00": a line of the bill marked as list, its period the bill's)
        # (a model's name read before leaves a blank run between the words)
        # ("Amazon Bedrock - model inference (list)": a dash between the cloud and what the line bills)
        _rx(r"(?:" + _HYPERSCALER_NAMED + r"|\baoai\b)(?:\s{1,40}(?:-\s{1,4})?[a-z\d.-]{2,12}){0,3}?"
            r"(?:\s{1,40}list(?:[- ]price)?\s"
            r"(?:spend|bill|costs?|invoice|usage|amount)|\s{1,40}\(list(?:\sprice)?\))"
            r"(?:\s(?:would be|will be|is|was|of|at|comes to|"
            r"about|around|roughly|~)|\s?[:=]|\s?\.{2,40})*+\s?~?" + _SPEND_AMOUNT + r"(?:" + _SPEND_PERIOD
            + r")?(?!\d|[.,]\d|\s?(?:/|a|an|per)\s?[a-z\d])"),
        # ("Amazon Bedrock model inference (on-demand) .... $48,000.00 (pre-discount)": a line of the bill marked
        # after its amount as before the discount)
        _rx(_HYPERSCALER_NAMED + r"(?:\s{1,40}[a-z\d().-]{2,14}){0,4}?(?:\s?[:=]|\s?\.{2,40})++\s?~?" + _SPEND_AMOUNT
            + r"\s{0,4}\((?:pre[- ]?discount|pre[- ]?ea|before (?:the |any |their )?(?:ea|edp|discounts?|credits?)|"
            r"undiscounted|gross|(?:at )?list(?: price)?)\)"),
        # ("claude tokens (list) ..... $8,400.00 (direct equivalent: $7,000.00)": a line marked as list beside the
        # direct bill for it)
        _rx(r"\(list(?:\sprice)?\)(?:\s?[:=]|\s?\.{2,40})*+\s?~?" + _SPEND_AMOUNT
            + r"(?=[\s\[(|,;-]{1,20}(?:the\s)?direct\b)"),
        _rx(_HYPERSCALER_NAMED + r"(?:\s[a-z]{2,12}){0,2}?\s(?:spend|bill|costs?|invoice|usage)(?:\s(?:would be|"
            r"will be|is|was|of|at|comes to|about|around|roughly|~|:))*\s?~?" + _SPEND_AMOUNT + _SPEND_PERIOD
            + _AT_LIST),
        _rx(_SPEND_AMOUNT + _SPEND_PERIOD + r"\s(?:on|with|via|through|in|at)\s(?:the\s)?" + _HYPERSCALER_NAMED
            + r"(?:\s[a-z]{2,12}){0,2}?" + _AT_LIST),
        _rx(_SPEND_AMOUNT + _SPEND_PERIOD + _AT_LIST + r"\s(?:on|with|via|through|in)\s(?:the\s)?"
            + _HYPERSCALER_NAMED),
        # "Q4 Bedrock bill at list came to $63,250": "at list" before the amount, whose period may be the quarter or
        # year labelling the message (read in _spend)
        _rx(_HYPERSCALER_NAMED + r"(?:\s[a-z]{2,12}){0,2}?\s(?:spend|bill|costs?|invoice|usage)" + _AT_LIST
            + r"(?:\s?[:=]|\s(?:came to|comes to|was|is|of|totall?ed|at|about|around|roughly|~))*\s?~?" + _SPEND_AMOUNT
            + r"(?:" + _SPEND_PERIOD + r")?(?!\d|[.,]\d|\s?(?:/|a|an|per)\s?[a-z])"),
    ],
    # "spends $50k/mo on Azure OpenAI", "$12k a month through Bedrock": a spend on the hyperscaler.
    "hyperscaler_spend": [
        # "Azure OpenAI (after EA credit) ...... $13,340.00" under "invoice lines, Sept": a line of the hyperscaler's
        # bill, its period the bill's
        _rx(_HYPERSCALER_NAMED + _WORDS_NOT_LIST + r":{1,2}\s?~?" + _SPEND_AMOUNT + r"(?:" + _SPEND_PERIOD
            + r")?(?!\d|[.,]\d|\s?(?:/|a|an|per)\s?[a-z\d]|\s(?:[a-z]{2,8}\s)?direct\b)"),
        # "their Azure OpenAI bill is $18k a month": the hyperscaler named before its spend
        _rx(_HYPERSCALER_NAMED + _WORDS_NOT_LIST + r"\s(?:spend|bill|invoice)(?:\s(?:would be|will be|is|was|of|"
            r"comes to|came to|about|around|roughly|~|:))*\s?~?" + _SPEND_AMOUNT + _SPEND_PERIOD),
        # "paying ~$60k a month for Azure OpenAI", "$8k a week to Bedrock": what is paid for the hyperscaler's service
        # ("$40k/mo on gpt-4o through azure": the model it buys named between)
        # (a model the scanner has read is blanked by now: "on" then spaces)
        _rx(_SPEND_AMOUNT + _SPEND_PERIOD + r"(?:\s(?:on|for)(?:\s(?:the\s)?[a-z0-9][\w.-]{1,24}"
            r"(?:\s[a-z0-9][\w.-]{1,12})?|\s{2,40}))?\s(?:on|with|via|through|in|at|for|to)\s(?:the\s)?"
            r"(?:azure|bedrock|vertex|aws|gcp|google cloud|amazon bedrock)\b"),
        # "they pay Azure ~$60k a month", "paying Bedrock $12k/mo": the hyperscaler named between the verb and amount
        _rx(r"\b(?:pay|pays|paid|paying|spend|spends|spending)\s(?:the\s)?" + _HYPERSCALER_NAMED
            + _WORDS_NOT_LIST + r"\s(?:about\s|around\s|roughly\s)?~?" + _SPEND_AMOUNT + _SPEND_PERIOD),
    ],
    "direct_spend": [
        # "direct would be $12k/mo", "direct-equivalent spend: $600,000/yr", "direct list bill is $40k a month"
        # ("direct API, $250k/yr annual spend": a sheet's row named by its route)
        # ("Direct API (list)    $240,000 / yr": the kind of price in brackets after the route)
        # ("direct API list,: $20,000 a month": a sheet's key, the kind of price after the route)
        _rx(r"\bdirect(?:[- ](?:equiv(?:alent)?|list))?(?: api,?)?(?: list(?: price)?,?)?"
            r"(?:\s?\((?:at )?list(?: price| rates?)?\))?"
            r"(?:\s(?:would be|is|costs?|spend|spending|bill|"
            r"usage|quote|invoice|at|about|around|roughly|~|:))*\s?[:=]?\s?~?" + _SPEND_AMOUNT + _SPEND_PERIOD),
        # "direct wouldve been 40k/yr", "direct would cost 18k a month": what going direct would have cost, a bare
        # amount with its scale (the verb says money)
        # ("direct would run them 40k/qtr": what it would run the buyer)
        _rx(r"\bdirect(?:[- ](?:api|equiv(?:alent)?))?\s(?P<verb>would(?:'?ve| have)? (?:be|been)|would cost|costs?|"
            r"would run(?: them| us| you| the customer)?|runs?(?: them| us| you))"
            r"\s(?:about\s|around\s|roughly\s|~\s?)?" + _SPEND_AMOUNT_BARE + _SPEND_PERIOD),
        # "same tokens at direct API rates ........ $40,000.00", "the same usage on direct pricing would have cost
        # $12k a month": what the same traffic costs direct (its period the amount's own or the bill's)
        _rx(r"\b(?:the\s)?same\s(?:tokens|usage|traffic|volume|calls|workload)\s(?:at|on|via|through|going)\s"
            r"(?:the\s)?direct(?:[- ]api)?(?:\s(?:list\s)?(?:rates|prices|pricing))?(?:\s?:|\s(?:would(?:'ve| have)?\s"
            r"(?:be|been|cost)|cost|costs|is|was|comes?\sto|came\sto|=))+\s?~?" + _SPEND_AMOUNT
            + r"(?![.,]?\d)(?:" + _SPEND_PERIOD + r")?"),
        # "$40k a month on openai direct": the lab's name between the period and "direct"
        # "$10k/month equivalent at direct pricing": "equivalent" before the words that name direct
        # "1.2 million dollars a year if they could go direct": the spend the buyer would have going direct
        # ("$20,000 a month of direct-rate usage": the spend direct rates make)
        # ("their $20,000-a-month spend at direct rates": the spend's noun between its period and the rates)
        _rx(_SPEND_AMOUNT + _SPEND_PERIOD + r"\s(?:(?:spend|spending|bill|usage)\s)?(?:equiv(?:alent)?\s)?"
            r"(?:going\s|at\s|on\s|of\s|with\s|via\s|through\s|"
            r"(?:if|when|once)\s(?:they|we|you|it|the customer|the agency|the buyer)\s(?:could\s|can\s|were to\s|"
            r"did\s|would\s)?(?:go(?:es)?|went|switched(?:\sto)?|moved(?:\sto)?|bought)\s)?"
            r"(?:the\s)?"
            r"(?:(?!hyperscaler|azure|bedrock|vertex|aws|gcp)[a-z]{2,12}\s)?direct\b"),  # ("with us direct")
        # "spend would be 40k a month if they went direct": the spend the buyer would have going direct, said first
        # (a bare amount with its scale: the spend word says money)
        _rx(r"\b(?:spend|spending|bill|cost|costs|they'?d pay|they would pay)\s"
            r"(?P<verb>would be|would run|would come to|'d be|would've been|would have been)\s"
            r"(?:about\s|around\s|roughly\s|~\s?)?(?:"
            + _SPEND_AMOUNT + r"|" + _SPEND_AMOUNT_BARE + r")" + _SPEND_PERIOD
            + r",?\s(?:if|when|once)\s(?:they|we|you|it|the customer|the buyer)\s(?:could\s|were to\s|did\s)?"
            r"(?:go|went|going|bought|switched(?:\sto)?|moved(?:\sto)?)\s(?:straight\s)?direct\b"),
        # "if they'd spend $50,000 going direct": an amount going direct over no period (one said reads above)
        _rx(r"\b(?:spend|spends|spending|pay|pays|paying|bill(?:ed)?)\s(?:about\s|around\s|roughly\s|~)?"
            + _SPEND_AMOUNT + r"\s(?:going|buying|if they went|when they go)\s(?:straight\s)?direct\b"),
        # "a quarter where the direct-API equivalent would be $200k": the period named first, then the spend in it
        _rx(r"\b(?:a|one|the|per|each|any)\s(?P<period_before>month|quarter|year|week|day)\s(?:where|in which|when)\s"
            r"[^\d$%.;:?!\n()]{0,40}?\bdirect(?:[- ]api)?(?:[- ]equiv(?:alent)?|[- ]list)?(?:\s(?:spend|bill|cost))?\s"
            r"(?:would(?:'?ve| have)? (?:be|been|cost|come to)|is|was|comes? to|came to|runs?|ran)\s"
            r"(?:about\s|around\s|roughly\s|~\s?)?" + _SPEND_AMOUNT),
        # "what would a $50,000 month of direct-API usage cost through Azure": the amount naming a period's worth
        _rx(_AMOUNT_AS_PERIOD + r"(?:(?!hyperscaler|azure|bedrock|vertex|aws|gcp)[a-z]{2,12}\s)?direct\b"),
        # "DIRECT API  gpt-4o  monthly est.   $40,000.00": a bill's row, the route, its model (or the blanks it left
        # once read) and the period's word before the amount
        # ("direct API list, monthly: $20,000": a key naming the route, its kind of price and the period)
        _rx(r"\bdirect(?:[- ]api)?[ \t]++(?:[a-z][\w.-]{1,24},?[ \t]++)?(?P<period_before>monthly|annual|yearly|weekly|"
            r"daily|quarterly)(?:\s(?:\((?:at )?list(?: price| rates?)?\)\s?)?"
            r"(?:(?:est(?:imate|imated)?|spend|bill|cost|total|run rate)\.?\s)?)?[:=]?\s?~?"
            + _SPEND_AMOUNT + r"(?!\s?(?:/|a|an|per)\s?(?:m\b|mtok|million|1m|k\b|call|request|hour|hr))"),
        # "Direct API spend, last qtr ........ $48,000.00": a sheet's key, the spend's period after its name
        _rx(r"\bdirect(?:[- ]api)?\s(?:spend|bill|cost|usage|invoice)s?,?\s(?:last|this|per|each|the|prior|previous)\s"
            r"(?P<period_before>month|mo|quarter|qtr|year|yr|week)\b\s?[:=]?\s?~?" + _SPEND_AMOUNT
            + r"(?!\s?(?:/|a|an|per)\s?(?:m\b|mtok|million|1m|k\b|call|request|hour|hr))"),
        # "direct-API equivalent for May: $40,000.00": the spend of a month named by its name
        _rx(r"\bdirect(?:[- ]api)?(?:[- ]equiv(?:alent)?)?(?:\s(?:spend|bill|cost|usage))?\s(?:for|in)\s"
            r"(?:the\smonth\sof\s)?(?P<mon>" + _BILL_MONTH + r")\b\s?[:=]?\s?~?" + _SPEND_AMOUNT),
        # "jan to dec: $120,000 direct spend over the year": the amount, then its kind, then its period
        _rx(_SPEND_AMOUNT + r"\s(?:of\s)?direct(?:[- ]api)?\s(?:spend|usage|bill|cost|costs)" + _SPEND_PERIOD),
        # "what would $40k of direct-API list spend cost through Bedrock", "on 1.2 mil a year of direct spend": the
        # amount (its period, if any, before "of"), then the spend it is of (a bare amount: the spend word says money)
        _rx(r"(?:" + _SPEND_AMOUNT + r"|" + _SPEND_AMOUNT_BARE + r")(?:" + _SPEND_PERIOD + r")?\sof\s(?:their\s|the\s)?"
            r"direct(?:[- ]api)?(?:[- ]list)?\s(?:spend|spending|usage|bill)\b"),
        # "on direct the workload is $50k/mo": words (no figures, same clause) between direct and the amount;
        # "direct API cost for their volume: $48,000/year": a colon before the amount.
        # ("the direct API equivalent for this account would be $50,000 per month": up to a dozen words between)
        _rx(r"\bdirect\b,?[^\d$%.,;:?!\n()]{1,60}?(?::\s?)?~?\s?" + _SPEND_AMOUNT + _SPEND_PERIOD),
        # "if they went direct to the model provider, the bill would be $48,000 a month": going direct, then the bill
        # it gives named after a comma
        # ("going direct, their annual spend would be $1.2m": the period an adjective before the bill)
        _rx(r"\b(?:went|go|goes|going|bought|buying|switched to|moved to)\s(?:straight\s)?direct\b"
            r"[^\d$%.,;:?!\n()]{0,60}?,\s?(?:then\s)?(?:the\s|their\s|its\s)?"
            r"(?:(?P<period_before>annual|yearly|monthly|weekly|daily|quarterly)\s)?"
            r"(?:bill|spend|cost|invoice|total|they(?:'d| would) (?:pay|spend)|"
            # ("went direct to the model provider, the API would run them about $216k for the year", "going direct to
            # the model provider, their usage comes to about $10,000 a month")
            r"(?:api|usage|workload|traffic|tokens)\s"
            r"(?:(?:would|will|'d)\s(?:run|cost|come to)|comes?\sto|runs?|costs?)"
            r"(?:\s(?:them|us|you|the customer))?)"
            r"[^\d$%.,;:?!\n()]{0,30}?~?\s?" + _SPEND_AMOUNT + r"(?:" + _SPEND_PERIOD + r"|(?(period_before)|(?!)))"),
        # "Direct API: the customer's usage would come to $40,000 a month": a keyed option, then its spend in words
        # ("the direct API at list: they'd spend $18.5k a month": a few words naming the option before its colon)
        _rx(r"\bdirect(?: api)?(?:\s[a-z]{1,12}){0,3}\s?:\s?[^\d$%.,;:?!\n()]{1,50}?~?\s?" + _SPEND_AMOUNT
            + _SPEND_PERIOD),
        # "model usage (direct): $18,400.00" under "INVOICE - Oct": a line of a bill, its period the bill's
        # ("direct API equivalent ...... $11,600.00": an equivalent line beside the hyperscaler's; "direct-API
        # equivalent for the month: $20,000.00", "spend, annual: $480,000": the line's period named before its colon)
        # "Direct OpenAI annual run-rate: $480k": the lab bought from direct, then the line's period and noun
        _rx(r"\bdirect(?:\s(?:openai|anthropic|google|api|openai api|anthropic api))?\s(?P<period_adj>annual|yearly|"
            r"monthly|quarterly|weekly|daily)\s(?:run[- ]rate|spend|bill|cost|usage)\s?[:=]\s?~?" + _SPEND_AMOUNT),
        # ("Direct API (list) ........ $40,000.00": the direct line at list)
        # ("direct_api_list_monthly: $40,000": a snake-case key naming the list price)
        # ("Direct-API equivalent spend for the same tokens: $40,000.00": whose spend it is after it)
        _rx(r"(?:\(direct\)|\bdirect(?:[- ]api)?(?:\slist)?(?:[- ]equiv(?:alent)?)?(?: spend| bill| usage| cost)?"
            r"(?:\s\((?:at\s)?list(?:\sprice)?\))?)"
            r"(?:\s(?:for|on|of)\s(?:the\s)?same\s(?:tokens|usage|traffic|volume|calls|workload))?"
            r"(?:\s(?:for|over)\s(?:the|a|one)\s(?P<period>month|quarter|year|week|day)|"
            # ("direct-API equivalent spend, annual: $480,000": the period as a word after it)
            r",?\s(?P<period_adj>annual|yearly|quarterly|monthly|weekly|daily)|"
            # ("Direct-API equivalent spend, year one: $480,000": the contract's first year)
            r",?\s(?:in\s|for\s)?(?P<t12>year[- ](?:one|1)|(?:the\s)?first[- ]year|yr[- ]?1|y1))?:\s?~?"
            + _SPEND_AMOUNT
            # (not "direct: $2.50/m input", a price per million tokens, nor "$2" of it)
            + r"(?![.,]?\d)(?!\s?(?:/|a|an|per)\s?(?:" + "|".join(sorted(PERIOD_WORDS, key=len, reverse=True))
            + r"|m|mm|mtok|1m|million|k|1k)\b)"),
        # "12000 a month at direct rates", "40k/mo going direct": without a currency sign, an amount whose period is
        # followed by direct rates or prices is a spend (a count of tokens or calls names its unit before the period)
        _rx(r"(?<![\w.$,])(?P<c>" + NUMBER + r")(?:\s?(?P<c_scale>" + _SPEND_SCALE + r")\b)?" + _SPEND_PERIOD
            + r"\s(?:at|on|going|via|through|with|buying|paying)\s(?:the\s)?(?:list\s)?direct(?:\s(?:list\s)?"
            r"(?:rates?|prices?|pricing))?\b"),
        # "Annual direct spend would be $240k", "monthly direct-equivalent bill: $18k": the period said before, as an
        # adjective (no period after the amount)
        _rx(r"\b(?P<period>annual|annually|yearly|monthly|weekly|daily)\s(?:(?:their|the|total|current)\s)?"
            r"direct(?:[- ](?:equiv(?:alent)?|list))?\s(?:api\s)?(?:" + deal_terms.SPEND_NOUN + r")"
            r"(?:\s(?:would be|will be|is|was|of|at|about|around|roughly|comes to|~))*\s?[:=]?\s?~?" + _SPEND_AMOUNT
            + r"(?!\s?(?:/|a|an|per)\s?(?:" + "|".join(sorted(PERIOD_WORDS, key=len, reverse=True)) + r")\b)"),
        # "Annual spend at Anthropic direct rates would be about $240,000", "monthly bill going direct is $18k": the
        # period said before the spend, the direct pricing it is at between the spend and its amount
        _rx(r"\b(?P<period>annual|annually|yearly|monthly|weekly|daily)\s(?:(?:their|the|total|current)\s)?"
            r"(?:api\s)?(?:" + deal_terms.SPEND_NOUN + r")\s(?:at|on|via|through|going|with|paying)\s(?:the\s)?"
            r"(?:(?!hyperscaler|azure|bedrock|vertex|aws|gcp)[a-z]{3,12}\s)?direct(?:\s(?:list\s)?"
            r"(?:rates?|prices?|pricing|api))?"
            r"(?:\s(?:would be|will be|is|was|of|at|about|around|roughly|comes to|~))*\s?[:=]?\s?~?" + _SPEND_AMOUNT
            + r"(?!\s?(?:/|a|an|per)\s?(?:" + "|".join(sorted(PERIOD_WORDS, key=len, reverse=True)) + r")\b)"),
        # "$50k/mo of direct-equivalent spend", "$20k a month of direct list spend": the spend named after its amount
        _rx(_SPEND_AMOUNT + _SPEND_PERIOD + r"\s(?:of|in)\s(?:their\s|the\s)?direct(?:[- ]equivalent|[- ]list)?\s"
            r"(?:spend|spending|usage|traffic|bill|costs?)\b"),
    ],
}

# "the $32.5k", "$1.2M": an amount on its own, no period or unit after it.
_AMOUNT_SAID_AGAIN = _rx(r"\$\s?(?P<a>" + NUMBER + r")(?:\s?(?P<a_scale>" + _SPEND_SCALE + r")\b)?"
                         r"(?![\d.,]?\d|\s?(?:/|per|a|an|each|every)\s?[a-z]|\s?(?:k|m)\b)")

# "each unit flat out serves tokens worth $30/hr at OD rates", "per PTU that's $26/hr on-demand": an on-demand amount
# for one unit's traffic (the units' whole traffic is that times the units).
_EACH_UNIT_BEFORE = _rx(r"(?:\b(?:each|per|a single|one|every)|(?<![\w.,$])1) "
                        r"(?:pt |ptu |provisioned |reserved |model )?(?:unit|ptu)\b(?![- ]?(?:hours?|hrs?)\b)"
                        # ("each unit, fully loaded, serves traffic that would cost about $4.00 an hour")
                        # (not "@ $18/hr per unit running the whole month, vs the 52k/mo they pay on demand": the
                        # spend set against the units, the unit the price's)
                        r"(?:(?!\b(?:vs|versus|compared|against|than)\b)[^.;!?$\d]){0,70}$")
_EACH_UNIT_AFTER = _rx(r"^[^.;!?$\d]{0,30}?\b(?:per|each|a|for each|for one|for a single) (?:pt |ptu )?(?:unit|ptu)\b"
                       r"(?![- ]?(?:hours?|hrs?)\b)")
_COUNTED_BEFORE = _rx(r"\b(?:tokens?|calls?|requests?|push\w*|serv\w*|process\w*|traffic|volume|throughput|tpm|rpm|"
                      r"generat\w*|in|out|input|output)\b[^.;!?\n]{0,30}$")
# "the same tokens on demand r 72k/mo": the counted traffic named again, what it costs said after it
_SAME_COUNTED = _rx(r"\b(?:same|those|these)\s(?:tokens?|traffic|volume|usage|calls|requests)\b[^.;!?\n\d]{0,30}$")
_SPEND_HINT = _rx(r"\bspend|\bpay|\bbill|\bod\b|\bpayg\b|on[- ]demand|pay[- ]as[- ]you[- ]go|\bdirect\b")

_PER_MILLION_SHORT = r"\s?(?:/|per)\s?(?:1\s?|one |a )?(?:m|mtok|million|mil)\b(?:\s?tokens?)?"
# "the provisioned offer works out at $6.50 per million at full utilisation": the committed capacity's price per token.
# ("provisioned 12mo, $5.85/m": the term of the commitment between)
_TERM_BETWEEN = r"(?:[^$\d.;!?\n]|\b\d{1,2}[- ]?(?:mo|mos|mths?|months?|yrs?|years?)\b)"
PROVISIONED_RATE = _rx(
    r"\b(?:provisioned|reserved|committed|reservation|ptus?)\b" + _TERM_BETWEEN + r"{0,60}?~?" + _dollar("a")
    + _PER_MILLION_SHORT
    + r"(?!\s?(?:in|input|out|output)\b)"
)
# "on-demand for our model works out at $10.00 per million tokens blended": the on-demand price it is set against.
ON_DEMAND_RATE = _rx(
    r"\b(?:on[- ]demand|payg|pay[- ]as[- ]you[- ]go)\b[^$\d.;!?\n]{0,40}?~?" + _dollar("a") + _PER_MILLION_SHORT
    + r"(?:\s?blended\b)?(?!\s?(?:in|input|out|output)\b)"
)
# "Azure price $3.25/M input vs direct $2.50": the direct rate a hyperscaler's rate is compared with.
DIRECT_RATE = _rx(
    r"\b(?:direct|first[- ]party)"
    # ("direct from the lab: $2.00 per million": whom direct buys from, said before the price)
    r"(?:\s(?:from|via|with|through)\s(?:the\s)?(?:lab|provider|model provider|vendor|model maker|api|openai|anthropic|"
    r"google|mistral|cohere))?"
    # ("direct pricing would be $1.25 per million")
    r"(?:\s(?:price|rate|list|is|of|at|=|:|costs?|pricing|input|charges?|api|would be|will be)(?![a-z]))*+"
    # "OpenAI direct lists the same model at $5.00", "direct sells it for $2.50": the price a verb names
    r"(?:\s(?:lists?|listed|sells?|prices?|offers?)(?: (?:it|them|the (?:same )?model|this model|that model))?"
    r"\s(?:at|for)(?![a-z]))?"
    # "direct rate for the model is $2.50": the model it prices between the rate and its figure
    r"(?:\s(?:for|on) (?:the|this|that|their|our) (?:same )?model(?:\s(?:is|at|of|=|:)(?![a-z]))*+)?"
    r"\s?[:=]?\s?~?"
    + _dollar("a") + r"(?![.,]?\d)(?!\s?/\s?\$)"  # "direct $3/$15" is a pair of rates, not one direct rate
    r"(?:\s?(?:/|per)\s?(?:1\s?|one )?(?:m|mtok|million)\b(?:\s?(?:input\s)?tokens?)?)?"
    r"(?!\s?(?:/|a|an|per)\s?(?:mo\b|months?|day|week|year|hour|hr|call|request))"
    # "direct list is $2/M in, $8/M out": the direct input and output rates, read as the rates the markup applies to
    r"(?!(?:\s?(?:/|per)\s?(?:1\s?|one )?(?:m|mtok|million)\b)?\s?(?:in|input)\b[^.;\d]{0,8}\$\s?\d)"
)
# "Azure's list is $12.50" beside "direct price is $10/M input": the hyperscaler's list rate, in the unit of the direct
# rate it is set against (read only when a direct rate was read and no other rate).
HYPERSCALER_LIST_RATE = _rx(
    r"\b(?:azure(?: openai)?|bedrock|vertex(?: ai)?|aws|gcp|google cloud|the hyperscaler)(?:'s)?"
    # "Azure's showing $3.00 for the same thing", "bedrock charges $3.60"
    r"(?:\s(?:list(?:s? at)?|price|rate|pricing|is|of|at|=|:|comes in at|showing|shows|charges|charging|quotes|"
    r"on-demand|quoting|quoted|wants)(?![a-z]))*+\s?[:=]?\s?~?"
    + _dollar("a") + r"(?![.,]?\d)(?:\s?(?:/|per)\s?(?:1\s?|one )?(?:m|mtok|million)\b(?:\s?tokens?)?)?"
    r"(?!\s?(?:/|a|an|per|each)\s?(?:mo\b|months?|day|week|year|yr|hour|hr|call|request|k\b|thousand))(?!\s?k\b|\s?m\b)"
)
# "$3.60 in and $18 out, against $3 and $15 going direct", "vs $3/$15 direct": the direct input and output rates,
# beside the hyperscaler's.
DIRECT_PAIR_AFTER = _rx(
    _dollar("a") + r"(?:\s?(?:/|per)\s?(?:1\s?|one )?(?:m|mtok|million)\b)?(?:\s(?:input|in))?\s?(?:and|/|,)\s?"
    + _dollar("b") + r"(?:\s?(?:/|per)\s?(?:1\s?|one )?(?:m|mtok|million)\b)?(?:\s(?:output|out))?"
    r"\s(?:(?:on|via|going|at|for|from|when going|buying)\s(?:the\s)?)?(?:direct|first[- ]party)\b"
)
# "direct $3/$15", "direct list is $2.50/$10 per M": the direct input and output rates, named before them.
DIRECT_PAIR_BEFORE = _rx(
    r"\b(?:direct|first[- ]party)(?:\s(?:list|prices?|rates?|pricing|is|are|at|of)(?![a-z]))*+\s?[:=]?\s?~?"
    + _dollar("a") + r"(?:\s?(?:/|per)\s?(?:1\s?|one )?(?:m|mtok|million)\b)?(?:\s(?:input|in))?\s?(?:and|/|,)\s?"
    + _dollar("b") + r"(?![.,]?\d)(?:\s?(?:/|per)\s?(?:1\s?|one )?(?:m|mtok|million)\b)?(?:\s(?:output|out)\b)?"
    r"(?!\s?(?:/|a|an|per|each)\s?(?:mo\b|months?|day|week|year|yr|hour|hr|call|request))"
)
_HYPERSCALER_PRICED = _rx(r"\b(?:azure|bedrock|vertex|aws|gcp|google cloud|hyperscaler)\b|\bmark-?up\b|"
                          r"\b(?:ea|edp|macc)\b")
# "$5 and $15 per million (respectively)": the first of two rates per million, said as a pair
_PAIR_PER_MILLION_AFTER = _rx(r"\s?(?:and|/|,|&)\s?\$?\s?\d[\d.,]{0,9}\s?(?:/|per)\s?(?:1\s?)?(?:m|mtok|million)\b")
# "$3.30/M input vs $3/M direct", "$2.50 on direct": the direct rate named after its figure.
_OUTPUT_AFTER = _rx(r"\s(?:output|out)\b(?!\s?tok)")
# "direct API at $10 per million output tokens": the output side named as the tokens the million counts
_OUTPUT_TOKENS_AFTER = _rx(r"\s(?:output|completion)\s(?:tokens?|toks?)\b")
_PER_MILLION_END = _rx(r"(?:/|per)\s?(?:1\s?|one )?(?:m|mtok|million)$")
# "$40,000 direct api", "direct spend est.: $240,000", "Direct API (quarterly): $12,500.00": an amount named direct
# ("Direct API (annual, list): $480,000": the period, and the price kind beside it; "direct spend (year 1): $480,000":
# the contract's first year)
_FIRST_YEAR = r"year[- ]?(?:one|1)|first[- ]year"  # a contract's first year, as a sheet's line names its period
_DIRECT_PERIOD_BRACKETED = (r"\((?:(?:at\s)?list,\s?)?(?:quarterly|monthly|annual|yearly|weekly|" + _FIRST_YEAR
                            + r")(?:,\s?(?:at\s)?list)?\)")
_DIRECT_AMOUNT = _rx(_dollar("a") + r"(?!\s?(?:/|per)\s?(?:1\s?|one )?(?:m|mtok|million)\b)\s(?:of\s)?direct"
                     r"(?:[- ](?:api|equiv(?:alent)?))?\b(?:\s(?:spend|usage|bill|cost))?|"
                     r"\bdirect(?:[- ](?:api|equiv(?:alent)?))?(?:\s(?:spend|usage|bill|cost)(?:\s?"
                     + _DIRECT_PERIOD_BRACKETED + r")?|\s?" + _DIRECT_PERIOD_BRACKETED + r"|"
                     r"\s(?:quarterly|monthly|annual|yearly|weekly))(?:\s(?:est\.?|estimate|forecast))?\s?[:=]\s?~?"
                     + _dollar("a2")
                     + r"(?!\s?(?:/|per)\s?(?:1\s?|one )?(?:m|mtok|million)\b)")
# "monthly", "fy", "fy25", "annual", "per year": the period a sheet's line names for its amounts
_LINE_PERIOD = _rx(r"\b(?:monthly|annual|annually|yearly|weekly|quarterly|fy\s?'?\d{0,4}|" + _FIRST_YEAR
                   + r"|per (?:month|year|quarter|week))\b")
_PER_MILLION_IN = _rx(r"(?:/|per)\s?(?:1\s?|one )?(?:m|mtok|million)\b")
DIRECT_RATE_AFTER = _rx(
    _dollar("a") + r"(?:\s?(?:/|per)\s?(?:1\s?|one )?(?:m|mtok|million)\b(?:\s?(?:input\s)?tokens?)?)?"
    r"(?:\s(?:input|in))?\s(?:(?:on|via|going|at|for|from)\s(?:the\s)?"
    r"(?:(?!azure|bedrock|vertex|aws|gcp|google cloud)[a-z]{3,12}\s)?)?(?:direct|first[- ]party)\b"
)
# A load profile over the day: "100k TPM for 8 hours, 60k for another 8h, 20k overnight (8h)", "400 rps for 4 hours,
# 250 rps for 12 hours, 100 rps the remaining 8". Read only when the hours add up to a day.
# "100k TPM for 8 hours", "100 units for 8 hours, 60 units for 8 hours": a load first, in a rate or in capacity units.
# "100k tok/s", "60k tokens/sec", "400 req/min": a rate unit spelt out, read as its short form (:data:`_RATE_UNITS`)
_SPELT_RATE = (r"(?:tok(?:en)?s?|req(?:uest)?s?)\s?(?:/|per\s)\s?(?:s|sec|second|m|min|minute)\b")
_LOAD_UNIT = r"(?P<unit>tpm|rpm|rps|qps|tps|units?|ptus?|" + _SPELT_RATE + r")"
LOAD_SEGMENT = _rx(
    r"(?<![\w.$:/])~?(?P<load>" + NUMBER + r")(?:\s?(?P<scale>k|m)\b)?\s?(?:" + _LOAD_UNIT + r"\b\s?)?"
    # "6 units overnight for 8 hours", "20 units at peak for 4 hours": a word or two on when the load runs
    # "100 units of throughput for 8 hours": what the units are of
    r"(?:[a-z]{3,12}\s|(?:at|in|during) [a-z]{3,12}\s|of (?:throughput|capacity|load|traffic)\s)?"
    r"(?:(?:for|over|during|across|in)\s)?"
    r"(?:(?:another|a further|an(?:other)? extra|the)\s)?"
    r"(?:(?:other|next|last|final|remaining|rest of the day)\s)?\(?~?(?:(?P<hours>\d{1,2})\s?(?:h|hrs?|hours?)\b|"
    r"(?:(?<=remaining )|(?<=other ))(?P<rest>\d{1,2})\b(?!\s?%))\)?"
)
# "8 hours at 100 units, 8 hours at 60 units", "eight hours overnight at 2 units, six hours at 5, a four-hour spike at
# 12 units": the hours first, then the load (in capacity units, or a rate unit).
LOAD_SEGMENT_HOURS_FIRST = _rx(
    r"(?<![\w.$:/])(?P<hours>\d{1,2})[- ]?(?:h|hrs?|hours?)\b(?:\s?(?:/|a|per)\s?day\b)?"
    # "8h at 60k", "8 hrs/day ~100k tok/s", "8h: 20k", "8h 500k": the load after its hours
    r"(?:[a-z ,-]{0,30}?\s(?:at|of|on|with|running at)\s~?|\s?[~:@]\s?~?|\s~?(?=\d))"
    r"(?P<load>" + NUMBER + r")(?:\s?(?P<scale>k|m)\b)?(?:\s?(?P<unit>units?|ptus?|tpm|rpm|rps|qps|tps\b|"
    + _SPELT_RATE + r"))?"
    r"(?!\s?%|\.\d|\d)"
)
# "`00-08` 20", "08:00-18:00: 100 PTUs", "6pm-midnight 60": a load against the clock hours it runs (a table of hour
# ranges over the day); the hours are the range's length.
LOAD_SEGMENT_CLOCK = _rx(
    r"(?<![\w.$:/])`?(?P<h1>[01]?\d|2[0-4])(?::(?P<m1>00))?\s?(?P<p1>am|pm)?\s?(?:-|to)\s?"
    r"(?P<h2>[01]?\d|2[0-4])(?::(?P<m2>00))?\s?(?P<p2>am|pm)?`?\s?(?:h|hrs?|hours?)?\s?"
    r"(?:[:=@|]\s?|(?:at|runs? at|needs?)\s)?~?(?P<load>" + NUMBER + r")(?:\s?(?P<scale>k|m)\b)?"
    r"(?:\s?(?P<unit>units?|ptus?|tpm|rpm|rps|qps|tps\b|" + _SPELT_RATE + r"))?(?!\s?%|\.\d|\d|\s?(?:-|to)\s?\d)"
)
# A time of day as a profile's range writes it: "8am", "6:30pm", "18:00", "midnight", "noon".
def _clock_time(n: str) -> str:
    return (r"(?:(?P<h" + n + r">[01]?\d|2[0-4])(?::(?P<m" + n + r">[0-5]\d))?\s?(?P<p" + n + r">am|pm)?|"
            r"(?P<w" + n + r">midnight|noon|midday))")


# "9 model units from 8am to 6pm, about 4 units 6pm-midnight, and 2 units overnight (midnight-8am)": the load first,
# then the clock hours it runs (a word on when, and "from"/"between" or a bracket, may come between).
LOAD_SEGMENT_THEN_CLOCK = _rx(
    r"(?<![\w.$:/])~?(?P<load>" + NUMBER + r")(?:\s?(?P<scale>k|m)\b)?\s?(?:(?:model|pt|provisioned|reserved)\s)?"
    r"(?P<unit>units?|ptus?|tpm|rpm|rps|qps|tps|" + _SPELT_RATE + r")\b"
    r"(?:\s(?:overnight|at night|nights|in the (?:morning|evening|afternoon)|mornings|evenings|during the day|"
    r"daytime|in the daytime|off[- ]peak|at peak|peak))?\s?(?:(?:from|between)\s|\(\s?)?"
    + _clock_time("1") + r"\s?(?:-|to|until|till|through|and)\s?" + _clock_time("2") + r"(?!\w|:\d)\)?"
)
# "8am-6pm: 9 units", "6pm to midnight 4 units", "midnight-8am, 2 units": the clock hours, then the load.
CLOCK_THEN_LOAD_SEGMENT = _rx(
    r"(?<![\w.$:/])(?:(?:from|between)\s)?" + _clock_time("1") + r"\s?(?:-|to|until|till|through|and)\s?"
    + _clock_time("2") + r"(?!\w|:\d)\s?(?:[:=@|,]\s?|(?:at|we need|they need|needs?|runs? at)\s)?"
    r"(?:about |around |roughly |~\s?)?(?P<load>" + NUMBER + r")(?:\s?(?P<scale>k|m)\b)?\s?"
    r"(?:(?:model|pt|provisioned|reserved)\s)?(?P<unit>units?|ptus?|tpm|rpm|rps|qps|tps|" + _SPELT_RATE + r")\b"
)


def _minute_of_day(m: re.Match[str], n: str, period: str | None) -> int | None:
    """Minutes past midnight of one end of a clock range; ``period`` is the other end's am/pm, taken when this end says
    none. None for a time that is not one (13pm, an hour with no am/pm on a 12-hour clock that could be either)."""
    word = m.group("w" + n)
    if word:
        return 0 if word == "midnight" else 12 * 60
    hour, minute, said = int(m.group("h" + n)), int(m.group("m" + n) or 0), m.group("p" + n)
    if said or (period and hour <= 12):
        if not 1 <= hour <= 12:
            return None
        return (hour % 12 + (12 if (said or period) == "pm" else 0)) * 60 + minute
    if hour > 12 or m.group("h" + n).startswith("0") or m.group("m" + n):
        return (hour % 24) * 60 + minute  # "18:00", "08", "24": the 24-hour clock
    return None


def daypart_hours(m: re.Match[str]) -> Decimal | None:
    """The hours of one daypart of a profile: "8am to 6pm" 10, "6pm-midnight" 6, "midnight-8am" 8, "22:00-06:00" 8.
    A time with no am/pm takes the other end's ("8-6pm" is 8am to 6pm unless that starts after it ends)."""
    end = _minute_of_day(m, "2", m.group("p1"))
    start = _minute_of_day(m, "1", m.group("p2"))
    if start is not None and end is not None and not m.group("p1") and m.group("p2") and start > end:
        start -= 12 * 60  # "8-6pm": 8am
    if start is None or end is None or start == end:
        return None
    return Decimal((end - start) % (24 * 60)) / 60


# A profile's segments that name no unit ("6 hrs at 200") take the one the message names elsewhere ("PTUs needed");
# a count of something else after the load ("6 hrs at 200 calls") is not a load.
_LOAD_UNIT_NAMED = _rx(r"\b(?P<unit>ptus?|tpm|rpm|rps|qps|tps|" + _SPELT_RATE + r")(?![\w/])")
_NOT_A_LOAD = _rx(r"\s?(?:\$|calls?\b|requests?\b|reqs?\b|queries\b|tokens?\b|toks?\b|users?\b|seats?\b|"
                  r"messages?\b|docs?\b|documents?\b|%|percent\b|days?\b|weeks?\b|months?\b)")
# A pasted profile's rows as the table reader writes them, each value before its column's name: "6 hours/day, 100 load
# (units).", "00-05 hours (utc), 2 load.", "8 hrs, 30m tokens/hour.": the hours (a count or a clock range) and the load.
_ROW_HOURS = r"(?:(?P<hours>\d{1,2}(?:\.\d{1,2})?)|(?P<h1>\d{1,2})(?::00)?\s?[-–]\s?(?P<h2>\d{1,2})(?::00)?)"
LOAD_ROW = _rx(
    r"(?m)^\s?(?:[a-z][a-z -]{0,30}, )?"  # a name for the part of the day: "night, 8 hours, 2 PTUs needed."
    + _ROW_HOURS + r"\s(?P<hw>hours?|hrs?|h|time|clock|window|period|slot)\b[^,\n\d]{0,30},\s~?"
    r"(?P<load>" + NUMBER + r")(?:\s?(?P<scale>k|m|mm|b)\b)?\s(?P<head>[a-z][^\n\d]{0,40}?)[.,;]?\s*$"
)
# "2 load (units), 6 hours/day.": a table whose load column comes before its hours column.
LOAD_ROW_LOAD_FIRST = _rx(
    r"(?m)^\s?~?(?P<load>" + NUMBER + r")(?:\s?(?P<scale>k|m|mm|b)\b)?\s(?P<head>[a-z][^\n\d,]{0,40}?),\s"
    + _ROW_HOURS + r"\s(?P<hw>hours?|hrs?|h)\b(?:\s?(?:/|a|per)\s?day)?[.,;]?\s*$"
)
_LOAD_HEAD = _rx(r"\b(?:load|units?|ptus?|capacity|demand|traffic|needed|throughput|tpm|tokens?)\b")
_HEAD_UNIT = _rx(r"\b(?P<unit>ptus?|units?|tpm|rpm|tokens?)\b")
# "(tokens per hour)", "tokens/hr": a profile's loads are tokens an hour.
_TOKENS_AN_HOUR = _rx(r"\b(?:tokens?|toks?)\s?(?:/|per|an?)\s?(?:hour|hr|h)\b")
# "hourly load profile (M tokens/hr)", "millions of tokens per hour": a heading that scales the loads under it.
_SCALED_TOKENS_AN_HOUR = _rx(r"(?:\(|\b)(?P<scale>m|mm|mn|millions? of|million|k|thousands? of|thousand|b|bn|"
                             r"billions? of|billion)\s?(?:tokens?|toks?)\s?(?:/|per|an?)\s?(?:hour|hr|h)\b")
# "30 M tokens/hr": a figure with its scale, not a heading giving the scale of the loads under it
_FIGURE_BEFORE = _rx(r"\d\s?$")
_LOAD_WRITTEN_OUT = Decimal(1_000_000)  # a load of a million or more is a token count written out in full
_SCALE_LETTERS = {"m": "M", "mm": "M", "mn": "M", "k": "k", "b": "B", "bn": "B"}
_PROFILE_WORDS = _rx(r"\bload\b|\bprofile\b|\bcommit\w*|\bneeded\b|\bcapacity\b|\bprovisioned\b")
_SINGULAR = {"units": "unit", "ptus": "ptu"}


# A throughput figure with its unit ("550k TPM", "1,200 tokens/sec", "300 PTUs"): labelled by the nearest word as a
# peak, an average (what is used) or a commitment, so that any two of one unit give the peak-to-average ratio or the
# utilization of the commitment, however the sentence around them runs.
LOAD_FIGURE = _rx(
    r"(?<![\w.$:/])~?(?P<num>" + NUMBER + r")(?:\s?(?P<scale>k|m)\b)?\s?(?P<unit>tpm|rpm|rps|qps|tps|ptus?|"
    r"(?:tok(?:en)?s?|req(?:uest)?s?|calls?|queries)\s?(?:/|per\s|an?\s)\s?(?:s|sec|second|min|minute|h|hr|hour)\b)"
    r"(?![\w/])"
    # "2,500 TPM per PTU", "50 tok/s each": one unit's throughput, not a load
    r"(?!\s?(?:/|per|an?|each|for each)\s?(?:ptu|unit|each)\b|\s?each\b)"
)
# "peak tokens/min: 500k", "average TPM ~200k": the unit named before the figure, as a sheet's row writes it.
LOAD_FIGURE_UNIT_FIRST = _rx(
    r"\b(?P<unit>tpm|rpm|rps|qps|tps|(?:tok(?:en)?s?|req(?:uest)?s?|calls?|queries)\s?(?:/|per\s|an?\s)\s?(?:s|sec|"
    r"second|min|minute)\b)(?:\s?[:=]|\s(?:is|was|of|at|about|around|roughly|~|average|averages|averaged|averaging|peaks|"
    r"peaked|hits|runs|sits|tops out))*\s?~?(?<![\w.$/])(?P<num>" + NUMBER
    + r")(?:\s?(?P<scale>k|m)\b)?(?![\w.%$/]|,\d)"
)
LOAD_LABELS = {
    "peak": _rx(r"\bpeak(?:s|ing|ed)?\b|\bmax(?:imum)?\b|\bbusiest\b|\bhighest\b|\bspikes?\b|\bbursts?\b|"
                r"\btop(?:s)? out\b|"
                # "traffic maxes out at 900 RPS" (a capacity that maxes out is what it serves: committed)
                r"(?<!capacity )(?<!units )(?<!ptus )(?<!cluster )\bmax(?:es|ed)? out\b"),
    "average": _rx(r"\baverag(?:e|es|ing)\b|\bavg\b|\bmean\b|\btypical(?:ly)?\b|\bsustained\b|\bbaseline\b|"
                   r"\bnormal(?:ly)?\b|\bactual(?:ly)?\b|\breal(?:ly)?\b|\bus(?:e|es|ing|age)\b|\bsteady\b|"
                   r"\bconsum(?:e|es|ing|ption)\b"),
    "committed": _rx(r"\bcommit(?:s|ted|ting|ment)?\b|\breserv(?:e|es|ed|ing|ation)\b|\bprovision(?:ed|ing|s)?\b|"
                     r"\bbought\b|\bbuy(?:ing|s)?\b|\bpurchas(?:e|ed|ing)\b|\bsized?\b|\bcontracted\b|"
                     r"\bcommitted\b|"
                     # "the units handle 50M tokens an hour flat out", "capacity tops at": what the capacity serves
                     r"\bcapacity\b|\bflat out\b|\bfull (?:tilt|load|throttle|speed|whack)\b|\bflat[- ]?out\b|"
                     r"\bcan (?:handle|push|serve|do|sustain|process)\b|\bhandles?\b|\bceiling\b"),
}


def load_key(said: str) -> str:
    """One name for a load unit however it is written: "tokens per minute" and "TPM" are "tpm"; "req/s" is "rps";
    "PTUs" is "ptu"."""
    said = said.replace(" ", "")
    if said.startswith("ptu"):
        return "ptu"
    if said in ("tpm", "rpm", "rps", "qps", "tps"):
        return "rps" if said == "qps" else said
    per = ("ph" if said.endswith(("hour", "hr", "h")) else "pm" if said.endswith(("min", "minute", "m")) else "ps")
    return ("t" if said.startswith("tok") else "r") + per


def _dayparts(work: str) -> list[re.Match[str]]:
    """The dayparts of a profile written with clock times beside loads ("9 units from 8am to 6pm", "6pm-midnight: 4
    units"), in the order they stand, when there are two or more, none overlaps another, and their hours make a day."""
    load_first = list(LOAD_SEGMENT_THEN_CLOCK.finditer(work))[:MAX_MATCHES]
    clock_first = list(CLOCK_THEN_LOAD_SEGMENT.finditer(work))[:MAX_MATCHES]
    # each daypart written the same way round, else the two ways mixed ("8am-6pm: 9 units, then 4 units till midnight")
    for found in (load_first, clock_first, sorted([*load_first, *clock_first], key=lambda m: (m.start(), -m.end()))):
        parts: list[re.Match[str]] = []
        for m in found:
            if parts and m.start() < parts[-1].end():
                continue  # "4 units 6pm-midnight" read both ways: the first reading stands
            parts.append(m)
        hours = [daypart_hours(m) for m in parts]
        if len(parts) >= 2 and None not in hours and sum(h for h in hours if h is not None) == 24:
            return parts
    return []


def clock_segment_hours(m: re.Match[str]) -> Decimal | None:
    """The hours of one clock range of a profile: "00-08" -> 8, "18-24" -> 6, "22-06" -> 8, "8am-6pm" -> 10."""
    if m.group("p1") or m.group("p2"):
        return clock_hours(m) if m.group("p2") else None
    h1, h2 = int(m.group("h1")), int(m.group("h2"))
    if h1 == 24 or h1 == h2:
        return None
    if h2 < h1 <= 12 and not m.group("h1").startswith("0") and not m.group("h2").startswith("0"):
        return None  # "8-6" wraps past midnight on a 24-hour clock, or is 8am-6pm: not read without am/pm
    return Decimal((h2 - h1) % 24 or 24)


def _unit_name(said: str) -> str:
    """A load unit as the profile names it: "units" -> "unit"; "tok/s", "tokens per sec" -> "tps"; "req/min" ->
    "rpm"."""
    said = _SINGULAR.get(said, said)
    if "/" not in said and " per " not in f" {said} ":
        return said
    per_second = said.rstrip().endswith(("s", "sec", "second"))
    return ("t" if said.startswith("tok") else "r") + ("ps" if per_second else "pm")
# A number left over after every stage, with the word after it; "24/7" is a trait, not a figure.
LEFTOVER = _rx(r"(?<![\w.$/])\$?\d{1,15}(?:[.,]\d{1,15})?(?:\s?%|[- ]?[a-z]{1,12})?(?![\w/])")

# "(730 hrs)", "every day of the year (365)", "a 168-hour week": a period's length said as the calendar the engine
# already uses (a month 730 hours, a quarter 2,190, a year 8,760 hours or 365 days, a week 168 hours or 7 days). It
# confirms the period; it is no figure of its own. Another length ("720 hrs") is left for the stages that read it.
_PERIOD_LENGTHS = {"730": "month", "2190": "quarter", "8760": "year", "168": "week"}
_DAY_LENGTHS = {"365": "year", "7": "week"}
PERIOD_LENGTH = _rx(
    r"\(\s?(?:~|=\s?)?(?P<n>\d{1,5}|\d,\d{3})\s?(?P<u>hours?|hrs?|h|days?|d)?\s?(?:/\s?(?:yr|year|mo|month|wk|week|qtr))?"
    r"\s?\)|(?<![\w.$/,])(?P<b>730|2,?190|8,?760|168)\s?-?\s?(?:hours?|hrs?|h)\b|(?<![\w.$/,])(?P<d>365)[- ]?days?\b"
)
# The period named in the ask, as whole words ("monthly", "/mo"; never the "mo" of "model" or "more").
_PERIOD_NAMED = {"month": _rx(r"\b(?:month\w*|mo|mos)\b"), "quarter": _rx(r"\b(?:quarter\w*|qtr|qtrs)\b"),
                 "year": _rx(r"\b(?:year\w*|annual\w*|yr|yrs)\b"), "week": _rx(r"\b(?:week\w*|wk|wks)\b")}


_DAY_NAMED = _rx(r"\b(?:day|days|daily|/d|per d)\b")


def period_length(m: re.Match[str], text: str) -> str | None:
    """The period a length confirms ("(730 hrs)": month), when the ask names that period; None otherwise."""
    number = (m.group("n") or m.group("b") or m.group("d") or "").replace(",", "")
    unit = m.group("u") or ("" if m.group("n") else "h" if m.group("b") else "d")
    if unit.startswith("h"):
        period = _PERIOD_LENGTHS.get(number)
    elif unit.startswith("d"):
        period = _DAY_LENGTHS.get(number)
    else:  # "(365)", "(730)": a bare number in brackets, read as the period it matches
        period = _DAY_LENGTHS.get(number) if number != "7" else None
        period = period or _PERIOD_LENGTHS.get(number)
    if period is None:
        return None
    return period if _PERIOD_NAMED[period].search(text) else None


# "no EA discount", "they don't have an EA": an EA discount of zero, stated (not to be asked for again).
NO_EA = _rx(
    r"\b(?:no|zero|without (?:an?|any)|(?:don't|doesn't|do not|does not) have (?:an?|any)|not on (?:an?|any))\s"
    r"(?:ea|enterprise agreement|edp|macc)\b(?:\s(?:discounts?|deal))?"
)

# Prompt caching: cache storage price, the hours a day traffic runs, and a stated cache lifetime.
CACHE_STORAGE = [
    # ("Storage runs $4.50 per million tokens per hour")
    # ("storage=$4.50 per 1M tokens per hour": keyed)
    _rx(r"storage(?:\s(?:rate|price|cost|fee|charge))?(?:\s?[:=]|\s(?:is|at|of|costs?|runs?|comes to|billed at|"
        r"priced at))*\s?" + _dollar("a") + r"\s?" + _PER_MILLION_SHORT
        + r"\s?(?:per|/|an?)\s?(?:hour|hr)\b"),
    _rx(_dollar("a") + r"\s?" + _PER_MILLION_SHORT
        + r"\s?(?:per|/|an?)\s?(?:hour|hr)\b\s?(?:of |for )?(?:cache )?storage"),
    # "storage $4.50 per M tok-hour", "storage at $1/MTok-hr": the price per million token-hours
    # ("Storage runs $4.50 per million token-hours")
    _rx(r"storage(?:\s(?:rate|price|cost|fee|charge))?(?:\s?[:=]|\s(?:is|at|of|costs?|runs?|comes to|billed at|"
        r"priced at))*\s?" + _dollar("a")
        + r"\s?(?:/|per)\s?(?:1\s?|one )?(?:m|mm|mtoks?|million|mil)\s?(?:toks?|tokens?)?(?:[- ]|\s?/\s?|\s?per\s)?"
        r"(?:hours?|hrs?|h)\b"),
    # "stored all 24 hrs at $1.00 per M tokens per hour": the verb, then the price of keeping it
    _rx(r"\bstored\b[^.;$\n]{0,30}?\s(?:at|for)\s?" + _dollar("a")
        + r"\s?(?:/|per)\s?(?:1\s?|one )?(?:m|mm|mtoks?|million|mil)\s?(?:toks?|tokens?)?(?:[- ]|\s?/\s?|\s?per\s)?"
        r"(?:hours?|hrs?|h)\b"),
]
# "business hours", "9 support hours": the hours of a day the traffic runs, by what they are
_HOUR_KIND = r"(?:active|business|working|office|busy|support|operating|opening|trading|staffed|service)"
ACTIVE_HOURS = [
    # ("business hours only (10 hours)", "working hours, 9 hrs")
    _rx(_HOUR_KIND + r" (?:hours|hrs)(?:\s(?:only|each day|a day|daily))?\s?[(:,]?\s?"
        r"(?:of\s)?~?(?P<a>" + NUMBER
        + r")\s?(?:h|hrs?|hours)\b\)?"),
    _rx(r"(?<![\w.$:/])(?P<a>" + NUMBER + r")\s?(?:hours?|hrs?|h)\s?(?=(?:x|×|\*|times)\s?\d{1,2}\s?days?\b)"),
    _rx(r"(?<![\w.$:])(?P<a>" + NUMBER + r")\s?" + _HOUR_KIND + r"\s(?:hours?|hrs?)\b"),
    # "6 hrs active a day", "10 hours of activity per day": the hours said before the word
    _rx(r"(?<![\w.$:/])(?P<a>" + NUMBER + r")\s?(?:hours?|hrs?|h)\s(?:active|busy|of (?:activity|traffic|use))\b"
        r"(?=\s?(?:a|per|each|/|every)\s?day\b)"),
    # "12 of 24 hours at full load", "8 out of every 24 hours": the hours of the day the load runs
    _rx(r"(?<![\w.$:/])(?P<a>" + NUMBER + r")\s(?:out\s)?of\s(?:every\s|the\s)?24\s?(?:hours?|hrs?|h)\b"),
    # "9 hours a day", "9 hours a business day", "runs 6 hours a night", "6 hrs nightly"
    _rx(r"(?<![\w.$:/])(?P<a>" + NUMBER + r")\s?(?:hours?|hrs?|h)\s?"
        r"(?:(?:/|(?:a|per|each|every)\s(?:(?:business|working|work)\s)?)\s?(?:(?:work|week)?day|night)|nightly)\b"),
    _rx(r"(?:over|across|during|in|within|inside|into|for|through|throughout)\s(?:an?\s|those\s|these\s|the\s|their\s|"
        r"our\s|its\s)?(?P<a>" + NUMBER + r")[- ]?(?:(?:peak|single|" + _HOUR_KIND[3:-1] + r")\s)?(?:hours?|hrs?|h)\b"
        # not "for a 730-hour month": the length of a month, not the hours the traffic runs
        r"(?:\s?(?:window|workday|day|a day|per day|of the day))?(?!\s?(?:ttl|cache|months?\b|mo\b|weeks?\b|years?\b|"
        r"quarters?\b))"),
    # "8 hr day", "a 10-hour working day", "9h workday", "a 10-hour shift": the day the traffic runs, said by its length
    _rx(r"(?<![\w.$:/])(?P<a>" + NUMBER + r")[- ]?(?:hours?|hrs?|h)\s(?:(?:working|work|business|operating|office|"
        r"trading|newsroom|support|clinic|store|shop)\s)?(?:days?|workdays?|business days?|shifts?)\b"),
    # "active_hours_per_business_day: 9", "business hours: 10": a keyed line's hours of a day, no unit after them
    _rx(r"\b" + _HOUR_KIND + r" (?:hours|hrs)(?:\s(?:per|a|each)\s(?:(?:business|working|work)\s)?"
        r"day|\s(?:each day|a day|daily))?\s?[:=]\s?~?(?P<a>[1-9]|1\d|2[0-4])(?![\d.,:%$]|\s?(?:am|pm|x|×|-|to)\b)"),
]
# "20 calls a day, all arriving at random inside one busy hour": the day's traffic runs over one hour.
ONE_BUSY_HOUR = _rx(r"\b(?:arriving|arrive|bunched|packed|squeezed|crammed|land(?:ing)?|come|coming)\b[^.;,\d]{0,20}?"
                    r"\b(?:in|inside|within|into|during)\s(?:one|a single|the same|a)\s(?:(?:busy|peak|active)\s)?"
                    r"(?:hour|hr)\b")
# "between 8am and 6pm", "9am-5:30pm", "from 7 to 7pm (12 hours)": the hours of a day the traffic runs, from a
# range of clock times (the hours in brackets after it are the same figure, read with it).
CLOCK_RANGE = _rx(
    r"(?<![\w.$:/])(?P<h1>\d{1,2})(?::(?P<m1>[0-5]\d))?\s?(?P<p1>am|pm)?\s?(?:-|to|until|till|and)\s?"
    r"(?P<h2>\d{1,2})(?::(?P<m2>[0-5]\d))?\s?(?P<p2>am|pm)\b"
    r"(?:\s?\(\s?~?(?P<said>\d{1,2})\s?(?:hours?|hrs?|h)(?:\s(?:a|per)\sday)?\s?\))?"
)


# "busy 9-5 weekdays", "runs 8 to 6 only", "office hours 9-17": a working day's clock range written without am/pm,
# read only beside a word that says it is when the traffic runs. The first time is a morning hour; the second is
# an afternoon hour written on the 12-hour clock (5 is 5pm) or on the 24-hour clock (17).
WORKING_CLOCK_RANGE = _rx(
    r"(?:\b(?:busy|run|runs|running|active|open|used|working|work|office|business|only|operat\w+|live|traffic|load)"
    r"(?:\s(?:hours|window|from|between|during|is|are|about|roughly|around|~|:))*\s?~?"
    # ("all between 09:00 and 17:00": a range on the 24-hour clock, its minutes said, after "between" or "from")
    r"|\b(?:between|from)\s(?=0?[5-9]:[03]0|1[01]:[03]0))"
    r"0?(?P<h1>[5-9]|1[01])(?::(?P<m1>[03]0))?\s?(?:-|–|to|until|till|and)\s?(?P<h2>[1-9]|1[0-9]|2[0-3])(?::(?P<m2>[03]0))?"
    r"(?!\d|[.,:]\d|\s?(?:am|pm|k\b|m\b|x\b|%|percent|tokens?|calls?|units?|ptus?|hours?|hrs?|h\b|days?|mins?|minutes?))"
)

# "9 to 5 (8 hrs)", "8-6 (10h), weekdays", "9-5, 5 days a week": a working day's clock range, with its hours said in
# brackets or a working week after it, whatever comes before it.
CLOCK_RANGE_STATED = _rx(
    r"(?<![\w.$:/,])0?(?P<h1>[5-9]|1[01])(?::(?P<m1>[03]0))?\s?(?:-|–|to|until|till)\s?(?P<h2>[1-9]|1[0-9]|2[0-3])"
    r"(?::(?P<m2>[03]0))?(?!\d|[.,:]\d|\s?(?:am|pm|k\b|m\b|x\b|%|tokens?|calls?|hours?|hrs?|h\b|days?))"
    r"(?:\s?\(\s?~?(?P<said>\d{1,2}(?:\.5)?)\s?(?:h|hrs?|hours?)\s?\)|"
    r"(?=,?\s(?:on\s)?(?:\d\s?days?\s?(?:a|per|/)\s?(?:week|wk)\b|weekdays\b|mon(?:day)?\s?(?:-|to)\s?fri)))"
)


# "(12h)" after a clock range: its hours said again
_HOURS_SAID_AFTER = _rx(r"\s?\(\s?~?(?P<h>\d{1,2}(?:\.5)?)\s?(?:h|hrs?|hours?)\s?\)")


def _clock_start(work: str, m: re.Match[str]) -> int:
    """Where a clock range's first hour starts, its leading zero with it ("07:00")."""
    start = m.start("h1")
    return start - 1 if start > 0 and work[start - 1] == "0" else start


def working_hours(m: re.Match[str]) -> Decimal | None:
    """The hours of "9-5" (8), "8 to 6" (10), "9-17" (8), "8:30-5:30" (9); None when the second time is not an
    afternoon hour after the first."""
    h1, h2 = int(m.group("h1")), int(m.group("h2"))
    start = h1 * 60 + int(m.group("m1") or 0)
    end = (h2 + 12 if h2 <= 8 else h2 if h2 >= 13 else -1) * 60 + int(m.group("m2") or 0)
    return Decimal(end - start) / 60 if end > start else None


def clock_hours(m: re.Match[str]) -> Decimal | None:
    """The hours from the first clock time to the second ("8am and 6pm" -> 10; "10pm-6am" -> 8; "9-5pm" -> 8,
    a first time without am/pm taking the second's unless that would start after it ends). None for a range
    that is not a part of a day."""
    h1, h2 = int(m.group("h1")), int(m.group("h2"))
    if not (1 <= h1 <= 12 and 1 <= h2 <= 12):
        return None
    end = (h2 % 12 + (12 if m.group("p2") == "pm" else 0)) * 60 + int(m.group("m2") or 0)
    minute1 = int(m.group("m1") or 0)
    if m.group("p1"):
        start = (h1 % 12 + (12 if m.group("p1") == "pm" else 0)) * 60 + minute1
    else:
        start = (h1 % 12 + (12 if m.group("p2") == "pm" else 0)) * 60 + minute1
        if start > end:
            start -= 12 * 60
    minutes = end - start if end > start else end - start + 24 * 60
    return Decimal(minutes) / 60 if 0 < minutes < 24 * 60 else None


# "5 days a week", "a 5-day week", "weekdays only", "mon-fri": the days a week the traffic runs.
ACTIVE_DAYS = [
    # "10 hours x 6 days a week": the days after the hours (the hours are read by ACTIVE_HOURS)
    _rx(r"(?<=\s)(?:x|×|\*|times)\s?(?P<a>\d{1,2})\s?days?\b"),
    # ("5 nights a week": a nightly batch's nights)
    # ("5 business days a week": the working days)
    _rx(r"(?<![\w.$:/])(?P<a>\d{1,2})\s?(?:(?:working|business|work)[\s-]?)?(?:days?|d|nights?)\s?"
        r"(?:a|per|/|each|every)\s?(?:week|wk)\b"),
    # ("5-day week", "5 day wk")
    _rx(r"(?<![\w.$:/])(?P<a>\d{1,2})[- ]day (?:work(?:ing)? ?)?(?:week|wk)\b"),
    # "per working week (5 days)", "a business week of 4 days": the days counted after the week
    _rx(r"\b(?:work(?:ing)?|business) ?week\s?(?:\(\s?|,\s?|of\s|=\s?|is\s)~?(?P<a>[1-7])\s?"
        r"(?:(?:working|business|work)\s)?(?:days?|d)\b\)?"),
    # "per working week": the five weekdays (a week of other days says how many, read above)
    _rx(r"\b(?P<weekdays>weekdays|weeknights|working days|business days|"
        r"mon(?:day)?\s?(?:-|to|through|thru)\s?fri(?:day)?|"
        r"(?:work(?:ing)?|business) ?weeks?)\b"),
]
# "22 days/mo", "21 working days a month": the days a month the traffic (or the capacity) runs.
DAYS_PER_MONTH = _rx(
    # ("22 shifts a month": a working day each)
    r"(?<![\w.$:/])(?P<a>\d{1,2})\s?(?:(?:working|business|work)[\s-]?)?(?:days?|d|shifts)\s?"
    r"(?:a|per|/|each|every|in a)\s?"
    r"(?:month|mo)\b"
)
# "Monthly estimate on 22 business days", "a month of 21 working days": business days said where the ask is about a
# month, with no "a month" after them (read only when the message names a month; "5 business days a week" is a week's).
BUSINESS_DAYS_OF_MONTH = [
    # "a 22-working-day month", "21 business day months"
    # ("a 22 day month": no calendar month is that short, so its days are the working ones)
    _rx(r"(?<![\w.$:/,])(?P<a>1[5-9]|2[0-3])[- ](?:(?:working|business|work|biz)[- ])?day[- ]months?\b"),
    # "they only run on business days, 22 of them a month", "business days only, 21 in the month"
    # ("on biz days (22 this month)": the month's count in brackets after them)
    _rx(r"\b(?:working|business|work)[- ]days?\b[^.;?!\n\d]{0,20}?,?\s\(?(?P<a>1[5-9]|2[0-3])\s(?:of them\s)?"
        r"(?:a|per|in (?:the|a)|each|every|this|that)\s(?:billing\s|calendar\s)?month\b"),
    # "they only work business days so use 22 of them, not a full month": a count of them to use, said after them
    _rx(r"\b(?:working|business|work)[- ]days?\b[^.;?!\n\d]{0,30}?\b(?:use|using|take|taking|assume|assuming|count|"
        r"counting|call it)\s(?:only\s|just\s)?(?P<a>1[5-9]|2[0-3])(?:\sof them\b|(?=\s?(?:[,.;)!?]|$)))"),
    _rx(r"\bmonth(?:ly)?\b[^.;?!\n\d]{0,30}?(?<![\w.$:/,])(?P<a>1[5-9]|2[0-3])[- ]?(?:working|business|work)[- ]days?\b"
        r"(?!\s?(?:/|a|per|each|every|in a|of the)\s?(?:week|wk|quarter|year|yr)\b)"),
    _rx(r"(?<![\w.$:/,])(?P<a>1[5-9]|2[0-3])[- ]?(?:working|business|work)[- ]days?\s(?:in|of|for|making up)\s"
        r"(?:the|a|each|every|their|our)\s(?:billing\s|calendar\s)?month\b"),
    # "4,500 calls per business day, 22 business days ... monthly": a month's business days said on their own
    _rx(r"(?<![\w.$:/,])(?<!\bin )(?<!within )(?<!after )(?<!takes )(?<!next )(?<!first )(?<!last )(?<!over )"
        r"(?P<a>1[5-9]|2[0-3])[- ]?(?:working|business|work)[- ]days?\b(?![- ]?(?:/|a\b|per\b|each\b|"
        r"every\b|in a\b|of the\b|x\b|×)\s?(?:week|wk|quarter|qtr|year|yr|month|mo)?)"),
]
# "a 90-day quarter", "quarter of 91 days", "quarterly (90 days)", "90 days a quarter": the days a quarter is counted
# over, said instead of three 730-hour months.
# "over a 13-week quarter", "12 weeks a quarter": a quarter counted in whole weeks
WEEKS_PER_QUARTER = _rx(r"(?<![\w.$:/,])(?P<a>1[23])[- ]?(?:weeks?[- ](?:calendar\s|billing\s)?quarters?|"
                        r"\s?weeks?\s?(?:a|per|/|each|every|in a)\s?(?:quarter|qtr))\b|"
                        # ("over a quarter (thirteen weeks)", "a quarter, i.e. 13 weeks": its weeks after it)
                        r"\bquarter\s?(?:\(\s?|=\s?|is\s|,\s?|as\s|of\s)(?:i\.?e\.?,?\s|~\s?)?"
                        r"(?P<b>1[23])[- ]?weeks?\b")
DAYS_PER_QUARTER = [
    _rx(r"(?<![\w.$:/,])(?P<a>(?:8[4-9]|9[0-2]))[- ]?days?[- ](?:calendar\s|billing\s)?quarters?\b"),
    # ("call the quarter 90 days", "count the quarter as 91 days")
    _rx(r"\bquarter(?:ly|s)?\s?(?:\(\s?|of\s|=\s?|is\s|,\s?|as\s|(?<=call the quarter )|(?<=call it )|"
        r"(?<=call each quarter ))(?:=\s?|i\.?e\.?,?\s|~\s?)?(?P<a>8[4-9]|9[0-2])[- ]?days?\b"),
    _rx(r"(?<![\w.$:/,])(?P<a>8[4-9]|9[0-2])\s?days?\s?(?:a|per|/|each|every|in a)\s?(?:quarter|qtr)\b"),
    # "finance wants it per quarter, call it 90 nights": the quarter's days said after it
    _rx(r"\bquarter\b[^.?!\n\d]{0,20}?,?\s(?:call it|say|so|i\.?e\.?|that'?s|which is)\s(?P<a>8[4-9]|9[0-2])\s?"
        r"(?:days|nights)\b"),
    # ("what's a quarter look like (91 days)": the days in brackets after the words about the quarter)
    _rx(r"\bquarter\b[^.?!\n()\d]{1,30}\(\s?(?P<a>8[4-9]|9[0-2])[- ]?days?\s?\)"),
    # "what would one quarter cost if we count 66 business days?", "63 working days a quarter": a quarter's working days
    _rx(r"\bquarter\b[^.?!\n\d]{0,50}?\b(?P<a>5[5-9]|6\d)\s?(?:business|working|work)[- ]?days?\b"),
    _rx(r"(?<![\w.$:/,])(?P<a>5[5-9]|6\d)\s?(?:business|working|work)[- ]?days?\s?(?:a|per|/|each|every|in a|in the)\s?"
        r"(?:quarter|qtr)\b"),
]
# "250 business days a year", "240 workdays/yr": the days a year the traffic runs.
DAYS_PER_YEAR = _rx(
    r"(?<![\w.$:/])(?P<a>\d{3})\s?(?:(?:working|business|work)[\s-]?)?days?\s?(?:a|per|/|each|every|in a)\s?"
    r"(?:year|yr)\b"
)
# "an annual number over 50 working weeks", "48 business weeks a year": the weeks a year the traffic runs, each of its
# working days
WEEKS_PER_YEAR = _rx(r"(?<![\w.$:/,])(?P<a>[1-5]\d)\s?(?:working|business|work)[\s-]?weeks?\b")
# "use 30 days this time, not the 730-hour thing", "assume 30-day months", "calendar months of 31 days": the days a
# month is counted over, said instead of the 730-hour month.
# "on-demand ... $1.60 per PTU-hour": the same clause names on-demand before a unit-hour price.
# "$2.50/PTU-hr equivalent if 100% used", "on-demand equiv. at 100% util": 100% names the full use the on-demand figure
# is worth, not the load the capacity runs at.
_WORTH_AT_FULL_USE = _rx(r"\bon[- ]demand (?:value|worth|cost|equivalent|price)\b[^.;\n]{0,60}?(?<![\d.])100\s?%")
# ("the tokens 40 units serve at 100%": the units' worth at full use)
# ("if it ran 100% busy")
_AT_FULL_USE = _rx(r"(?<![\d.])100\s?%\s?(?:used|utili[sz]\w*|util|usage|use|load(?:ed)?|capacity|busy)\b|"
                   r"\b(?:serves?|served|serving|runs?|running|busy)(?: flat out)? at 100\s?%")
_ON_DEMAND_AFTER = _rx(r"[^.;?!\n$\d]{0,12}?\b(?:at|on|in|under)\s(?:the\s)?"
                      r"(?:on[- ]demand|payg|pay[- ]as[- ]you[- ]go)\b")
_ON_DEMAND_WORTH = _rx(r"\b(?:on[- ]demand|payg|pay[- ]?go|pay[- ]as[- ]you[- ]go|od)\b[^.;?!\n$]{0,60}$")
# "those 4 units", "all the units", "the whole reservation": the units counted together
_UNITS_COUNTED = _rx(r"\b(?:\d+|all(?: (?:the|those|these|their))?|(?:those|these|the) \d+) (?:pt |ptu |provisioned |"
                     r"reserved |model )?(?:units|ptus)\b|\bwhole (?:reservation|commitment)\b")
_PER_BEFORE = _rx(r"(?:\bper|\ba|\ban|\beach|\bevery|/)\s?$")
CALENDAR_MONTH = [
    _rx(r"\b(?:use|using|assume|assuming|take|taking|count|counting|go with|work on|call it|bill(?:s|ed|ing)? on|"
        r"billed (?:over|for)|price (?:it )?(?:on|over|for)) (?:an? )?(?P<a>2[89]|3[01])[- ]?days?\b"
        r"(?:\s(?:calendar |billing )?months?\b)?"
        r"(?:[^.;?!\n\d]{0,24}?\bnot (?:the |a )?730[- ]?(?:hours?|hrs?|h)\b"
        r"(?:\s(?:thing|month|convention|one|rule))?)?"),
    # ("their billing month is 30 days", "the calendar month is 31 days", "Billing period    30 days")
    _rx(r"\b(?:calendar|billing) (?:months?|period|cycle)\s?(?:of|=|is|are|with|at|runs|has|:)?\s?(?P<a>2[89]|3[01])"
        r"[- ]?days?\b"),
    _rx(r"(?<![\w.$:/])(?P<a>2[89]|3[01])[- ]days?[- ](?:calendar |billing )?(?:months?|mos?|mths?|monthly)\b"
        r"(?!\s?\(?\s?\d)"),
    # "per month (30 days)", "a month (= 31 days)", "monthly (30d)": the month asked for, its days said in brackets
    # ("monthly effect of turning it on (30 days)?": the brackets close the clause that asked for the month)
    _rx(r"\b(?:months?|monthly|mos?|mths?)(?:\s[^.;?!\n()\d$]{1,60}?)?\s?\(\s?(?:=\s?|of\s|i\.?e\.?,?\s|~\s?)?"
        r"(?P<a>2[89]|3[01])"
        r"(?:[- ]?days?|\s?d)\s?\)"),
    # "usage forecast for March (31 days)", "February, 28 days": a month named, its days said with it
    _rx(r"\b(?:jan(?:uary)?|feb(?:ruary)?|march|mar|april|apr|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
        r"nov(?:ember)?|dec(?:ember)?)(?:\s(?:20\d\d|\s{4}))?"
        r"(?:\s?\(\s?(?P<a>2[89]|3[01])[- ]?days?\s?\)|(?<!\bmay),\s(?P<b>2[89]|3[01])[- ]?days?\b"
        r"(?!\s?(?:/|a|per|each|every|of|in|from|ago|later|after|before|out|left|notice)\b))"),
    # "per month on 30 days", "monthly assuming 30 days", "a month based on a 30-day basis": the month asked for, the
    # days it is counted over said after it
    _rx(r"\b(?:months?|monthly)(?:\s(?:cost|bill|spend|total|figure|number|estimate|run[- ]?rate|price|quote))?"
        r"\s(?:on|at|over|using|assuming|based on|counting|calculated on|for)\s(?:an?\s)?"
        r"(?P<a>2[89]|3[01])[- ]?days?\b(?!\s?(?:/|a|per|each|every)\s?(?:week|wk|month|mo|quarter|year|yr)\b)"),
    # "Monthly, 30 days.", "per month: 31 days": the month asked for, its days said right after it
    _rx(r"\b(?:monthly|per month|a month|per mo)(?:\s(?:too|also|as well|please|pls|cost|bill|figure|number|total))?"
        r"\s?[,:–-]\s?(?P<a>2[89]|3[01])[- ]?days?\b"
        r"(?!\s?(?:(?:/|a|per|each|every|in a)\s?(?:week|wk|month|mo|quarter|year|yr)|net|notice|terms|trial|"
        r"free|pilot|grace)\b)"),
    # "how much is one month of 30 day?", "a month of 31 days", "for month of 30 days", "and month of 30 days": the
    # month asked for, its days said after it
    _rx(r"\b(?:one|a|each|per|the|1)\smonths?\s(?:of|=|is|with|at)\s(?P<a>2[89]|3[01])[- ]?days?\b"),
    _rx(r"\b(?:for|and|in|over|by)\s(?:a\s|one\s)?months?\s(?:of|=|with)\s(?P<a>2[89]|3[01])[- ]?days?\b"),
    # "5k req/day, 30 days", "10M tokens a day for 30 days": a month's days after a daily volume
    _rx(r"(?:(?<=[/ ]day)|(?<=[/ ]day,))\s(?:(?:x|×|\*|times|for|over|across)\s?)?"
        r"(?P<a>2[89]|3[01])[- ]?days?\b(?!\s?(?:/|a|per|each|every|in a)\s?(?:week|wk|month|mo|quarter|year|yr)\b)"),
    # "round the clock, 30 days (720 hrs)", "31 days / 744h": a month's days with their hours said beside them (the
    # hours must be the days' 24 each)
    _rx(r"(?<![\w.$:/])(?P<a>2[89]|3[01])[- ]?days?\s?(?:\(\s?(?:=\s?|i\.?e\.?,?\s)?|/\s?|=\s?)(?P<h>\d{3})\s?"
        r"(?:hours?|hrs?|h)\b\s?\)?"),
]
# "at their peak hour they push 900k in ... if that held for the whole month": counts of the peak hour, priced as if
# every hour were that hour (only where the ask says so: the whole month, round the clock, a worst case).
# "at their peak hour", "Peak hour last week was 1.8M in": the counts of the busiest hour
PEAK_HOUR = _rx(r"\b(?:at|in|during|for|over) (?:their|the|its|our|a|his|her|that) (?:peak|busiest|top|worst) hour\b|"
                r"(?:^|[.;!?\n]\s?)(?:the |their |our |its )?(?:peak|busiest|top|worst) hour\b(?!s)")
# "if the average hour runs at 33.3333333333% of peak", "the typical hour is 40% of the busiest": beside a peak hour's
# tokens, the average hour's share of them.
AVERAGE_OF_PEAK = _rx(
    r"\b(?:average|avg|typical|mean|normal|ordinary)(?: hour| load| traffic| volume| usage)?\s"
    r"(?:(?:runs?|running|is|sits?|comes? in|lands?|averages?|works out|=)\s)?(?:at\s)?"
    r"(?:about\s|around\s|roughly\s|~\s?)?"
    r"(?:(?P<pct>\d{1,3}(?:\.\d{1,12})?)\s?%|(?:an?|one)[\s-](?P<frac>half|third|quarter|fifth|tenth))\s(?:of\s)"
    r"(?:the\s|that\s|their\s|its\s)?(?:peak|busiest|top)(?:[- ]hour)?\b")
_FRACTIONS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
HELD_ALL_MONTH = _rx(r"\b(?:whole|entire|full|all) month\b|\ball (?:day|the time)\b|\b(?:round|around) the clock\b|"
                     r"\b24/7\b|\b24x7\b|\bevery hour\b|\bworst[- ]case\b|\b730 (?:hours?|hrs?|h)\b|"
                     # "if every one of the 24 hours looked like that"
                     r"\b(?:every|each|all)(?: one)?(?: of)?(?: the)? 24 (?:hours|hrs)\b")
# "10 hrs/day, 22 days", "8h a day x 21 days": the days of traffic after its hours a day are a month's (more than a
# week's; "x 5 days" is days a week, read by ACTIVE_DAYS).
DAYS_AFTER_HOURS = _rx(
    r"(?:hours?|hrs?|h)\s?(?:/|a|per|each)\s?day,?\s(?:(?:x|×|\*|times|for|over|on|and|across)\s?)?(?P<a>\d{1,2})\s?"
    r"(?:(?:working|business|work)\s)?days?\b(?!\s?(?:/|a|per|each|every|in a)\s?(?:week|wk|month|mo)\b)"
)
# "a 30-day month (720 hours)", "730 hrs in the month", "a 730h month": the hours a month of capacity is billed for.
HOURS_PER_MONTH = [
    _rx(r"(?:(?<![\w.$:/])\d{2}[- ]day\s)?\bmonth\b[^.;\d$%]{0,20}?\(?(?P<a>\d{3})\s?(?:hours?|hrs?|h)\b"),
    _rx(r"(?<![\w.$:/])(?P<a>\d{3})\s?-?\s?(?:hours?|hrs?|h)\b(?:\s(?:in|per|a|of|for)(?:\s(?:the|a))?)?"
        r"\s(?:billing\s)?month\b"),
    # "4 units at $22.50 per unit-hour, 720 hours": the hours the units are billed for, said after their price
    _rx(r"\bper\s(?:unit|ptu|model unit)[- ]?(?:hours?|hrs?|h)\b,?\s?;?\s(?:for\s|over\s|x\s|×\s|\*\s?)?"
        r"(?P<a>\d,?\d{3}|\d{3})\s?(?:hours?|hrs?|h)\b"),
    # "hours: 720" (a key, "720 hours" by then), "2,184 hours" beside units and their hourly price: the hours billed
    _rx(r"(?<![\w.$:/,])(?P<a>\d,?\d{3}|\d{3})\s?(?:hours?|hrs?)\b(?!\s?(?:/|per|a|an|each|every|of)\b)"),
]
# A quarter's hours (84 to 92 days), said where units are billed: "24 units ... 2,184 hours" for a 91-day quarter.
QUARTER_HOURS = (Decimal(84 * 24), Decimal(92 * 24))
# "on-demand for the same traffic would be $21,000", "an on-demand equivalent of $15,000 for the same tokens": an
# on-demand amount after its name, with no period (used, like the one below, only where the ask bills by the month).
ON_DEMAND_BARE_AFTER = _rx(
    # ("stay on-demand, which finance estimates at $55,000 for the tokens", "Offer B (on-demand): finance priced the
    # same traffic at $12.5k for that month": a clause or a label's colon between on-demand and the amount)
    # ("on-demand equivalent for same tokens: $240,000.00": a key naming it, its colon before the amount)
    r"on[- ]demand\b(?:\)?:|,(?=\s(?:which|that|where|whose)\b))?(?:[^\d$%.,;:?!\n()]{1,80}?|[^\d$%.,;:?!\n()]{0,60}:)"
    r"~?\s?\$\s?(?P<a>" + NUMBER
    + r")(?:\s?(?P<a_scale>k)\b)?"
    r"(?![.,]?\d)(?=\n|\s?(?:[.,;!?)]|$|\s(?:for|vs\.?|versus|against|and|but|so|-|—)\s))"
    # (not "... at $9,000 for the week": an amount over a period other than the month)
    r"(?!\s(?:for|over|in)\s(?:the|that|a|one|this)\s(?:day|week|quarter|year)\b)"
)
# "the tokens served would be ~$60k on-demand": an on-demand amount with no period, used only where the ask bills
# by the month otherwise (days a month).
# An on-demand amount with no period of its own below this is a price, not a spend ("bedrock on-demand: $3.25").
_LEAST_UNDATED_SPEND = 100
_HYPERSCALER_BEFORE = _rx(r"\b(?:azure(?: openai)?|bedrock|vertex(?: ai)?|aws|gcp)\s$")
ON_DEMAND_BARE = _rx(
    # not "$3/$15 on demand": the output rate of a pair said with the pricing it is
    r"(?<!/)(?<!/ )(?:\$\s?(?P<a>" + NUMBER + r")(?:\s?(?P<a_scale>k)\b)?)\s(?:worth\s)?(?:of\s)?(?:tokens?\s)?"
    # ("the $80k theyd pay on demand": who pays it said between)
    r"(?:(?:they|we|you|it|the customer|the client)(?:'?d|\swould)?\s(?:pay|spend|be paying|be spending)\s)?"
    r"(?:at\s|on\s)?"
    r"on[- ]demand\b(?!\s?(?:/|a|an|per)\s)"
)
# "those 8 units push tokens worth 19.2k on demand for that month": no currency sign, but "worth" and the scale say
# money
ON_DEMAND_WORTH_BARE = _rx(
    r"\bworth\s(?:about\s|around\s|roughly\s|~\s?)?(?<![\w.$,])(?P<a>" + NUMBER + r")\s?(?P<a_scale>k|m|mm)\b\s"
    r"(?:(?:at|on)\s)?on[- ]demand\b(?!\s?(?:/|a|an|per)\s)")
_TTL_UNIT = r"min(?:ute)?s?|hours?|hrs?|h|m"
# "1h writes at 2x input, 5m at 1.25x", "5-minute writes $3.75/M": a write price for one cache lifetime. A dollar
# price needs the word "writes" beside it ("5m at $3" is five million tokens); a multiple of input needs "writ" in
# the message.
TTL_WRITE = _rx(
    r"(?<![\w.$])(?P<n>" + NUMBER + r")[- ]?(?P<unit>" + _TTL_UNIT + r")\b\s?(?:ttl\s|cache\s)?"
    r"(?P<w>(?:cache\s)?writes?\s?)?"
    r"(?:(?:are|is|at|@|=|:|costs?|priced at|billed at)\s?)?(?:(?P<pct>" + NUMBER + r")\s?%(?:\sof\s(?:the\s)?input)?|"
    r"(?P<mult>" + NUMBER + r")\s?(?:x|×)(?:\s(?:the\s)?input)?(?![\w.])|\$(?P<usd>" + NUMBER + r")(?:\s?/\s?m\b)?)"
)
# "1-hour cache (write is 2x input)", "the 5-min cache with 1.25x write": a lifetime's write price said after the cache
# is named.
_WRITE_PRICE = (r"(?:(?P<pct>" + NUMBER + r")\s?%(?:\sof\s(?:the\s)?(?:input|base))?|(?P<mult>" + NUMBER
                + r")\s?(?:x|×)(?:\s(?:the\s)?input)?(?![\w.])|\$(?P<usd>" + NUMBER + r")(?:\s?/\s?m\b)?)")
TTL_CACHE_WRITE = [
    _rx(r"(?<![\w.$])(?P<n>" + NUMBER + r")[- ]?(?P<unit>" + _TTL_UNIT + r")\b\s?(?:ttl\s)?cache\s?"
        r"(?:\(|,|with|where|and)?\s?(?:the\s)?(?P<w>(?:cache\s)?writes?)\s"
        r"(?:is|are|at|@|=|:|costs?|priced at|billed at)\s?" + _WRITE_PRICE),
    # "the 1-hour TTL, whose writes cost $6/M", "a 1h cache where writes are 2x input": the lifetime's own write price
    # in a clause hung on it
    _rx(r"(?<![\w.$])(?P<n>" + NUMBER + r")[- ]?(?P<unit>" + _TTL_UNIT + r")\b\s?(?:ttl|cache|ttl cache|cache ttl|"
        r"tier|option)\s?[,(]?\s?(?:whose|where|with|which|in which|for which)\s(?:the\s|its\s)?"
        r"(?P<w>(?:cache\s)?writes?)\s(?:are\s|is\s)?(?:at|@|=|:|costs?|priced at|billed at|run at|go for)\s?"
        + _WRITE_PRICE),
    # "5-minute TTL: writes at 125% of base", "1h TTL (writes at 2x input)": a lifetime set out as an option, its write
    # price after it
    _rx(r"(?<![\w.$])(?P<n>" + NUMBER + r")[- ]?(?P<unit>" + _TTL_UNIT + r")\b\s?ttl\s?[:,(-]\s?(?:the\s)?"
        r"(?P<w>(?:cache\s)?writes?)\s(?:are\s|is\s)?(?:at|@|=|:|costs?|priced at|billed at)\s?" + _WRITE_PRICE),
    _rx(r"(?<![\w.$])(?P<n>" + NUMBER + r")[- ]?(?P<unit>" + _TTL_UNIT + r")\b\s?(?:ttl\s)?cache\s(?:with|at|@)\s"
        r"(?:an?\s)?" + _WRITE_PRICE + r"\s(?P<w>(?:cache\s)?writes?)\b"),
    # "the 5-minute cache writes at $3.75, the 1-hour cache at $6": a lifetime's price after another's write price, the
    # write said once for both (read only after a write word earlier in the sentence)
    _rx(r"(?<![\w.$])(?P<n>" + NUMBER + r")[- ]?(?P<unit>" + _TTL_UNIT + r")\b\s?(?:ttl\s)?(?P<alone>cache|one|tier)\s"
        r"(?:is\s|costs?\s)?(?:(?:at|@|=|:|is|costs?)\s?)?\$(?P<usd>" + NUMBER + r")(?:\s?/\s?m\b)?"
        r"(?P<w>)(?P<pct>)?(?P<mult>)?"
        r"(?!\s?(?:/|per|a|an)\s?(?:call|request|hour|hr|day|month)\b)"),
]
# A cache write named earlier in the sentence than a lifetime's price said alone ("... writes at $3.75, the 1-hour
# cache at $6").
_WRITE_EARLIER = _rx(r"\bwrit(?:e|es|ing|ten)\b(?:[^.;!?\n]|\.(?=\d))*$")
TTL = [
    # "5-min vs 1-hour TTL", "a 5m or 1h cache": two lifetimes to compare, the noun after the second
    _rx(r"(?<![\w.$:])(?P<a>" + NUMBER + r")[- ]?(?P<unit>" + _TTL_UNIT + r")\b\s?(?:ttl\s|cache\s)?(?:or|vs\.?|versus|"
        r"against|and)\s(?:an?\s|the\s)?(?P<b>" + NUMBER + r")[- ]?(?P<unit_b>" + _TTL_UNIT + r")\b\s?(?:cache )?"
        r"(?:ttls?|caches?|lifetimes?|cache lifetimes?|writes?)\b"),
    # "a 1-hour TTL", "5 minute cache", "a 5m write" (not "5m writes a day" nor "2m cache hits a month": counts)
    # ("a 10-hour fixed TTL": a word of its kind between)
    _rx(r"(?<![\w.$:])(?P<a>" + NUMBER + r")[- ]?(?P<unit>min(?:ute)?s?|hours?|hrs?|h|m)\b\s?"
        r"(?:(?:fixed|explicit|sliding|default|standard|extended)\s)?(?:cache )?(?:ttl|cache"
        r"(?: lifetime| ttl)?(?!\s(?:hits?|reads?|misses|lookups|calls|requests|writes?\s?(?:a|an|per|/|each|every)\s?"
        r"(?:day|hour|week|month|year)|(?:read|write|hit|creation)s?\s(?:input\s)?tok(?:en)?s?)\b)|lifetime|"
        r"writes?(?!\s?(?:a|an|per|/|each|every)\s?"
        # (not "18m cache write tokens": a bill's count of tokens written)
        r"(?:day|hour|week|month|year)|\s(?:input\s)?tok(?:en)?s?\b))\b"),
    # ("ttl_minutes: 60", "ttl (hours) = 1": a config's key naming the unit of its figure)
    _rx(r"\bttl[ _]\(?(?P<unit>minutes|mins?|hours|hrs?)\)?\s?[:=]\s?(?P<a>" + NUMBER + r")(?![\d.,])"),
    # ("TTL set to 1 hour", "ttl configured at 30 min")
    _rx(r"\bttl(?:\s?(?:of|is|=|:|set to|set at|configured (?:to|at|for)|of about))*\s?(?P<a>" + NUMBER
        + r")[- ]?(?P<unit>min(?:ute)?s?|hours?|hrs?|h|m)\b"),
    # "storage $1/M tok/hr kept 24h", "the cache lives 6 hours": how long an entry is kept (not "kept 8 hours a day",
    # the hours of a day it is kept)
    _rx(r"\b(?:kept|held|retained|persisted|lives|live|alive)\s(?:alive\s)?(?:for\s)?~?\s?(?P<a>" + NUMBER
        + r")[- ]?(?P<unit>min(?:ute)?s?|hours?|hrs?|h)\b(?!\s?(?:a|an|per|/|each|every|of\sthe)\s?"
        r"(?:(?:business|working|work|week)\s?)?(?:day|week)\b)"),
]

# Which catalog row: service tier, a long-context prompt size, a region.
SERVICE_TIER = {
    # (not "a batch of 400 calls": a number of calls, whatever tier they run on)
    "batch": _rx(r"\bbatch(?:ed)?(?:[- ](?:api|processing|mode|tier|jobs?|endpoint))?\b(?! of\b)"),
    "priority": _rx(r"\bpriority(?:[- ](?:tier|processing|service))?\b"),
    "flex": _rx(r"\bflex(?:[- ](?:tier|processing|service))?\b"),
}
# "every step re-sends a 20k-token context", "each call repeats the same 8k-token block": the repeated part of every
# prompt, the prefix a cache keeps (not a context window's size)
RESENT_CONTEXT = _rx(r"\b(?:re-?sends?|resent|re-sent|repeats?|carries|stuffs?|prepends?)\s"
                     r"(?:the\s|a\s|an\s|its\s|their\s)?(?:same\s|identical\s|whole\s|full\s)?~?(?<![\w.$])"
                     + QUANTITY + r"\s?-?\s?(?:tokens?\s?-?\s?)?"
                     r"(?:context|block|prefix|preamble|prompt|system prompt)\b")
CONTEXT_TOKENS = [
    _rx(r"(?<![\w.$:])" + QUANTITY + r"\s?-?\s?(?:tokens?\s?-?\s?)?(?:long[- ])?contexts?\b"
        r"(?!\s?(?:windows?|blocks?|cache|cached|prefix))"),
    _rx(r"\bcontexts? (?:of|at|around|about|~)\s?" + QUANTITY + r"\s?(?:tokens?)?"),
]
REGION = {
    "regional": _rx(r"\b(?:eu|us|apac|jp|au)(?:[- ](?:data[- ]zone|region|geography|endpoint|inference profile)s?)\b|"
                    r"\bdata[- ]zones?\b|\bin[- ]region\b|\bregional(?: endpoints?| pricing| rows?)?\b|"
                    r"\bin (?:the )?eu\b|\beu[- ]only\b"),
    "global": _rx(r"\bglobal(?:[- ](?:endpoints?|cross[- ]region|inference(?: profile)?|deployment))\b"),
}
DIRECT = _rx(r"\bdirect\b|\bfirst[- ]party\b")
COMPARE_WORDS = _rx(r"\bcompare\b|\bcomparison\b|side[- ]by[- ]side|\bvs\.?\b|\bversus\b|head[- ]to[- ]head|\bor\b|"
                    r"\bcheaper\b|\bcheapest\b")
# "if calls run 2x bigger than planned", "calls twice as large": the growth a per-call comparison checks.
GROWTH = [
    _rx(r"(?<![\w.$])(?P<a>" + NUMBER + r")\s?(?:x|×|times)\s(?:bigger|larger|longer|as (?:big|large|long)|"
        r"the (?:size|tokens))\b"),
    # "they'll run half as large again", "half again as big": a call grown by a share of itself (half again is 1.5x)
    _rx(r"(?<![\w.$])(?P<pct6>\d{1,3}(?:\.\d{1,2})?)\s?%\s(?:as (?:big|large|long|much) again|"
        r"again as (?:big|large|long|much))\b"),
    # "what if real calls run 3x planned?", "at 2x the planned size", "prompts run 3x the pilot size"
    _rx(r"(?<![\w.$])(?P<a>" + NUMBER + r")\s?(?:x|×|times)\s(?:the\s)?(?:planned|plan|expected|estimated|forecast|"
        r"pilot(?:'s)?(?= (?:size|calls?|prompts?|tokens))|original(?= (?:size|calls?|prompts?|tokens)))\b"),
    _rx(r"\b(?P<word>twice|double|triple) (?:as (?:big|large|long)|the (?:size|tokens))\b"),
    # "if their calls tripled in size", "prompts double in length", "were calls to triple in size"
    # ("calls could triple in size once they add retrieval")
    _rx(r"\b(?:calls?|prompts?|requests?|call sizes?|contexts?)\s(?:were to\s|was to\s|ever\s|could\s|might\s|may\s|"
        r"will\s|would\s|can\s|should\s|are expected to\s|are going to\s|are likely to\s)?"
        r"(?P<word>double|doubles|doubled|triple|triples|tripled|quadruple|quadruples|quadrupled)\s"
        r"in (?:size|length)\b"),
    # "requests are 960 in, 320 out today but might triple": the call's size just said, then what it may grow to
    _rx(r"(?:(?<=\bin)|(?<=\bout)|(?<=\binput)|(?<=\boutput)|(?<=\btokens))\b[^.;?!\n\d]{0,20}?\bbut "
        r"(?:they |it |that |those |calls )?"
        r"(?:could|might|may|will|would|should|are expected to|are likely to|is likely to) "
        r"(?P<word>double|triple|quadruple)\b(?! (?:in )?(?:volume|traffic|calls|requests|usage)\b)"),
    # "planned 1,500 tok/call but real calls are coming in 2x that": a multiple of the planned size just said
    # "real calls are more like 4x that size", "they're closer to 3x what we scoped"
    # (not "averages 1,200 tok/s but peaks at 3x that": the peak against the average)
    # (nor "at month-end close it runs 4x that": the load at the period's busiest, read as the peak)
    _rx(r"(?<!peaks )(?<!peak )(?<!peaking )(?<!spikes )(?<!spike )(?<!spiking )(?<!bursts )(?<!end it )"
        r"(?<!close it )(?<!end they )(?<!close they )"
        r"\b(?:coming in|come in|comes in|came in|running|runs|run|ran|landing|lands|land|are|is|at|be|'re|'s|"
        r"end up|ends up|ended up|turn out|turns out|turned out|average|averages|averaging|"
        # ("agent runs can go 3x that", "some calls get to 4x that")
        r"go|goes|went|get|gets|got|grow|grows|grew|reach|reaches|reached|balloon|balloons|ballooned)\s"
        r"(?:at\s|to\s|up to\s)?"
        r"(?:about\s|around\s|roughly\s|more like\s|closer to\s|nearer\s|like\s|~)?"
        r"(?<![\w.$])(?P<a>" + NUMBER + r")\s?(?:x|×|times)\s(?:that|this|it|the plan(?:ned)?(?: size)?|"
        r"what (?:we|they|i|you) (?:scoped|planned|quoted|estimated|modell?ed|assumed|sized|priced)|"
        r"(?:the |our |their )?(?:scoped|planned|quoted|estimated|modell?ed|assumed) (?:size|tokens|calls?|number))\b"),
    # "if prompts grow 50%", "call sizes go up 30%", "calls get 25% bigger": the planned call grown by a share
    _rx(r"\b(?:prompts?|call sizes?|calls? sizes?|contexts?|inputs?|calls?(?=[^.;?!\d]{0,20}\d{1,3}\s?%\s(?:bigger|"
        r"larger)))\s(?:have |has )?(?:grow|grows|growing|grew|grown|increase|increases|increasing|increased|"
        r"go up|goes up|went up|gone up|rise|rises|rose|risen|jump|jumps|jumped|get|gets|getting|are|run|end up)\s"
        r"(?:by\s)?(?:about\s|~)?(?P<pct>\d{1,3}(?:\.\d{1,2})?)\s?%(?:\s(?:bigger|larger|longer|more))?"),
    # "if tasks run 50% bigger than planned", "jobs come in 30% larger", "25% longer requests than we scoped": a share
    # larger than the planned unit of work, whatever the rep calls it
    # ("longer" only of what is read, not of time: "requests take 30% longer to complete" is a latency)
    _rx(r"\b(?:(?:tasks?|jobs?|requests?|queries|items?|conversations?|runs?|transactions?|workloads?|"
        r"steps?|turns?)\b[^.;?!\d%]{0,20}?(?<![\w.$])(?P<pct>\d{1,3}(?:\.\d{1,2})?)\s?%\s(?:bigger|larger|heavier)|"
        r"(?:documents?|docs?|messages?|transcripts?|tickets?|emails?|pages?|articles?|files?|records?|reports?)\b"
        r"[^.;?!\d%]{0,20}?(?<![\w.$])(?P<pct3>\d{1,3}(?:\.\d{1,2})?)\s?%"
        r"\s(?:bigger|larger|longer|heavier))\b|"
        r"(?<![\w.$])(?P<pct2>\d{1,3}(?:\.\d{1,2})?)\s?%\s(?:bigger|larger|heavier)\s(?:tasks?|jobs?|calls?|requests?|"
        r"prompts?)\b|"
        r"(?<![\w.$])(?P<pct4>\d{1,3}(?:\.\d{1,2})?)\s?%\s(?:longer)\s(?:prompts?|contexts?|inputs?|documents?|docs?|"
        r"messages?)\b"),
    # "actuals ran 50% bigger than plan", "came in 60% larger than planned", "30% over the estimate": a share larger
    # than the planned size, whatever ran over it (a bill or a time said in the clause is not a call's growth)
    _rx(r"(?<![\w.$])(?P<pct5>\d{1,3}(?:\.\d{1,2})?)\s?%\s(?:bigger|larger|heavier|over|above)\s(?:than\s)?"
        r"(?:the\s|our\s|their\s|what\s(?:was|we|they)\s|(?:we|they|i|you)\s(?:had\s)?)?(?:plan|planned|estimated?|estimates|forecast|"
        r"forecasted|expected|scoped|budgeted|sized)\b"),
]
# "~500 tokens a page", "300 tokens per slide": a call's tokens counted per part of what it reads; "a 120-page doc",
# "40 pages", "a 25-slide deck": how many parts one call reads.
_PARTS_WORDS = ("page", "slide", "section", "chapter", "sheet", "screenshot", "image", "paragraph")
_PART = r"(?P<unit>page|slide|section|chapter|sheet|screenshot|image|paragraph)"
TOKENS_PER_PART = _rx(r"(?<![\w.$])(?P<num>" + NUMBER + r")\s?(?P<scale>k)?\s?(?:tokens?|toks?)\s?"
                      r"(?:a|per|/|each|every)\s?" + _PART + r"\b")
PARTS_COUNTED = _rx(r"(?<![\w.$])(?P<num>\d{1,5})[- ]?" + _PART + r"s?\b(?!\s?(?:a|an|per|/|each|every)\s?(?:day|week|"
                    r"month|hour|year)\b)")
_SIDE_IS_BEFORE = _rx(r"\b(?P<side>outputs?|completions?|inputs?)(?: tokens?)? (?:is|are|=|makes up|make up|accounts? "
                     r"for|runs?|at)\s?(?:about |around |roughly |~\s?)?$")
# "cache kept alive 12 hours a day", "keep it alive for 10 hrs": how long an explicit cache lives each day.
# ("keep the cache alive only across their 9 support hours each day": the hours it lives named by what they are)
# ("they keep it up 8hrs each biz day", "kept warm for 10 hours")
KEPT_ALIVE = _rx(r"\b(?:kept|keep|keeps|keeping) (?:it |the cache |the context |them )?(?:alive|up|warm|live|loaded)"
                 r"\s(?:only\s|just\s)?"
                 r"(?:(?:for|across|over|during|through|throughout)\s)?(?:the\s|their\s|our\s|its\s)?~?"
                 r"(?P<a>" + NUMBER + r")\s?(?:" + _HOUR_KIND + r"\s)?(?:hours?|hrs?|h)\b")
# "re-created once an hour", "recreated every hour", "the first call each hour creates the cache", "created once a
# day": an explicit cache's lifetime, said as how often it is made.
CREATED_EACH_PERIOD = _rx(
    r"\b(?:created|creates|create|recreated|re-created|recreates|re-creates|recreate|rebuilt|rebuilds|rebuild)\b"
    r"(?:\s(?:the\s)?(?:cache|context|it|entry))?\s(?:once\s|afresh\s|again\s)?(?:each|every|an?|per)\s(?P<p>hour|day)\b|"
    r"\bfirst call (?:of\s)?(?:each|every|an?)\s(?P<p2>hour|day)\b[^.;?!\n]{0,30}?\b(?:creates|writes|builds)\b"
)
# "created each morning", "built at the start of every business day": an explicit cache made once a day
CREATED_EACH_MORNING = _rx(r"\b(?:created|creates|built|builds|made|loaded|warmed)\b[^.;?!\n\d]{0,20}?"
                           r"\b(?:(?:each|every) (?:business |working |work )?morning|"
                           r"at the start of (?:each|every|the) (?:business |working )?day)\b|"
                           # "TTL set to 10 hours so it covers their working day": made once, it lasts the day
                           r"\b(?:covers?|covering|spans?|lasts?)\s(?:the\s|their\s|our\s)?(?:whole\s|full\s|entire\s)?"
                           r"(?:working|business|work|office|trading)\s?day\b")
# "prod avg turned out 12,000 (still 3:1)", "real calls came in at ~9k": a bare count after how things turned out.
# "prompts grow to 2,500 tokens (same mix)", "calls turned out to be 1,600 tokens": the same with the unit said.
SIZE_TURNED_OUT = _rx(
    r"\b(?:turned out|turns out|turning out|came in|comes in|coming in|ended up|ends up|landed|is actually|"
    r"are actually|were actually|was actually|now they average|"
    # "real ones are running 9k", "actuals r running ~9k" (not "running 9k calls a day": a count, its noun after it)
    r"(?:are|is|r|re|'re)\s(?:now\s|currently\s)?running|"
    r"(?:grow|grows|grew|growing|go up|goes up|went up|rise|rises|rose|increase|increases|increased|jump|jumps|"
    r"jumped|shrink|shrinks|shrank|drop|drops|dropped|fall|falls|fell)"
    r"(?=\sto\s))\s(?:to be\s|to\s|at\s|as\s|around\s|about\s|closer to\s|more like\s|"
    r"nearer\s|~\s?)*(?<![\w.$])(?P<num>" + NUMBER + r")(?:\s?(?P<scale>k)\b)?"
    r"(?:\s?tokens?\b(?:\s(?:a|per|each)\s(?:call|request|prompt))?)?"
    # ("coming in at 12k avg now": a word saying it is the average now is no noun of the count's)
    r"(?!\s?(?:%|x\b|×|(?!(?:avg|average|on average|now|these days|lately|today)\b)[a-z$/]|[.,]\d))"
)
# "the bill came in 2x bigger", "requests take 30% longer to complete", "p95 latency is twice as long": a growth said of
# money or time, not of the call's tokens (unless the clause names the tokens or prompts)
_GROWTH_OF_MONEY_OR_TIME = _rx(
    r"\b(?:bills?|invoices?|costs?|spend|spending|budget|charges?|fees?|latency|latencies|durations?|"
    r"wait(?:s|ing)?|times?|seconds?|secs?|minutes?|mins?|ms|hours?|hrs?|days?|weeks?|months?)\b")
# ... or a time said after it ("30% longer to complete"; "they'll run 50% larger" before it is a call's size)
_GROWTH_TAKES_LONGER = _rx(r"^\W{0,3}(?:to (?:complete|finish|run|respond|return|process|load|answer))\b")
_GROWTH_OF_VOLUME = _rx(r"\b(?:traffic|volumes?|usage|demand|load|throughput|calls? (?:a|per) (?:day|month|week|hour)|"
                        r"(?:call|request) counts?|number of (?:calls|requests))\b")
_GROWTH_OF_TOKENS = _rx(r"\b(?:tokens?|toks?|prompts?|contexts?|inputs?|outputs?|call sizes?|calls? sizes?|"
                        r"sizes?|payloads?)\b")
# "in:out about 9:1", "mix 4:1 in:out", "80/20 input/output": the input share of a call's tokens.
_IO = (r"(?:in\s?[:/]\s?out|input\s?[:/]\s?output|\bi\s?[:/]\s?o\b|input to output|in to out|in vs\.? out|"
       r"input vs\.? output|in versus out|input versus output|"
       # "in and out are roughly 50/50"
       r"\b(?:in|input)\s(?:and|&|\+)\s(?:out|output)(?:\s(?:are|is|split|tokens are))?)")
_SHARE_NUM = r"\d{1,3}(?:\.\d{1,2})?"
# "the in:out mix is pretty stable at 5:1": the words between a mix's name and its figures.
_MIX_WORDS = (r"(?:\s(?:is|of|at|about|around|roughly|~|pretty|fairly|quite|very|stable|steady|consistent|constant|"
              r"usually|typically|mostly|always|basically|stays|holds|sits|runs|running|sitting|generally))*")
MIX = [
    _rx(r"(?<![\w.$:])(?P<a>" + _SHARE_NUM + r")\s?:\s?(?P<b>" + _SHARE_NUM + r")\s(?:token\s)?(?:mix|split)\b"),
    _rx(r"\b(?:token )?(?:mix|split)" + _MIX_WORDS + r"\s?~?(?P<a>" + _SHARE_NUM
        + r")\s?[:/]\s?(?P<b>" + _SHARE_NUM + r")(?!\d|\.\d)(?!\s?(?:in\s?/|input\s?/|out))"),
    _rx(r"(?<![\w.$])(?P<a>" + _SHARE_NUM + r")\s?[:/]\s?(?P<b>" + _SHARE_NUM + r")\s?" + _IO
        + r"(?:\s(?:mix|ratio|split))?"),
    # ("input:output runs 3 to 1")
    _rx(_IO + r"(?:\s(?:mix|ratio|split))?" + _MIX_WORDS + r"\s?~?(?P<a>" + _SHARE_NUM
        + r")(?:\s?[:/]\s?|\sto\s)(?P<b>" + _SHARE_NUM + r")(?!\d|\.\d)"),
    # "~1k tok calls at 3:1": a ratio right after a call's size is its input:output mix
    _rx(r"(?:(?<=\btok )|(?<=\btoks )|(?<=\btoken )|(?<=\btokens )|(?<=\bcalls )|(?<=\bcall )|(?<=\brequests )|"
        r"(?<=\bprompts ))(?:at|@|with)\s(?:a\s)?~?(?P<a>" + _SHARE_NUM
        + r")\s?:\s?(?P<b>" + _SHARE_NUM + r")(?![\d.:])(?!\s?(?:peak|par\b|avg|average))"),
]
# "5,000 tokens/call (3:1)", "2k-token requests (4:1 in:out)": a ratio in brackets right after a call's size is its
# input:output mix (read on the message as written: the size is read, and blanked, first).
MIX_IN_BRACKETS = _rx(
    r"(?:(?<=\btok )|(?<=\btoks )|(?<=\btokens )|(?<=\bcall )|(?<=\bcalls )|(?<=\brequests )|(?<=/call )|"
    r"(?<=/req )|(?<=/request )|(?<=\d )|(?<=k ))\(\s?(?:at\s|@\s?|still\s|same\s|also\s)?~?"
    r"(?P<a>[1-9]\d?)\s?:\s?(?P<b>[1-9]\d?)\s?"
    r"(?:" + _IO + r")?\s?\)")
# "$0.50 in / $1.50 out per million at 3:1?", "$2/$8 per M at 4:1": a ratio right after the rates is the mix they are
# blended at (read on the message as written: the rates are read, and blanked, first).
MIX_AFTER_RATES = _rx(
    r"(?:(?<=\bper m )|(?<=/m )|(?<=\bmtok )|(?<=\bmillion )|(?<=\bout )|(?<=\boutput )|"
    # "planned 1k tok calls at 3:1", "2k-token requests at 4:1": the mix of the calls just sized
    r"(?<=\d tok calls )|(?<=k tok calls )|(?<=\d token calls )|(?<=k token calls )|(?<=\d tokens )|(?<=k tokens )|"
    r"(?<=-token calls )|(?<=-token requests )|(?<=k tok requests )|(?<=\d tokens per call )|(?<=k tokens per call ))"
    r"(?:at|@|with)\s(?:an?\s)?~?"
    r"(?P<a>[1-9]\d?)\s?:\s?(?P<b>[1-9])(?![\d.:])(?!\s?(?:peak|par\b|avg|average|am\b|pm\b))"
)
_GROWTH_WORDS = {"twice": Decimal(2), "double": Decimal(2), "triple": Decimal(3), "doubles": Decimal(2),
                 "doubled": Decimal(2), "triples": Decimal(3), "tripled": Decimal(3), "quadruple": Decimal(4),
                 "quadruples": Decimal(4), "quadrupled": Decimal(4)}

# Provisioned capacity: "10 PTUs at $2.50 per PTU-hour, 2,500 tokens per minute each".
# (not "the hourly price of 1 reserved unit": what one unit costs, no count of them)
UNITS = _rx(r"(?<![\w.$:])(?<!price of )(?<!cost of )(?<!rate for )(?<!price for )(?<!cost for )"
            r"(?P<num>" + NUMBER + r")[ \t]?"
            # ("6 provisioned-gsu": a console's resource name, hyphenated)
            r"(?:(?:dedicated|reserved|provisioned|capacity|throughput|compute)[ -]){0,2}"
            r"(?:ptus?|(?:pt|ptu) units?|provisioned (?:throughput )?units?|model units?|mus?|units?)\b"
            r"(?![- ]?(?:hours?|hrs?)\b)(?!['’]s\b)")
# "a single PTU costs $12/hour": one unit, said without a digit.
# "units: 4", "| PTUs | 50 |", "provisioned units = 5": a sheet's row counting the units, the label first
# ("units_provisioned: 50": what was done to them after).
UNITS_LABEL = _rx(r"(?:^|\n|\|)[ \t*;-]{0,6}(?:(?:number of|no\.? of|#)\s?)?(?:(?:provisioned|reserved|dedicated) )?"
                  r"(?:ptus|pt units|model units|units|mus)"
                  r"(?: (?:provisioned|reserved|committed|purchased|bought))?\s?(?:\||:|=)\s?"
                  r"(?P<num>(?<![\d.,])\d{1,5})(?![\d.,%]|\s?x\b)")
# "... one unit fully loaded serves tokens worth $35/hr": after a count of units, what any one of them serves or costs.
_ONE_UNIT_WORTH = _rx(r"[^.;!?\n\d]{0,30}?\b(?:serves?|serving|worth|pushes|handles|carries|does|is worth|flat out|"
                      r"(?:can|could|would|will) (?:serve|push|handle|carry|do)|"
                      r"at full (?:load|use)|fully (?:loaded|used|utili[sz]ed))\b")
A_SINGLE_UNIT = _rx(r"\b(?:(?:a |one )?single|(?<!per )(?<!for )(?<!each )one) (?:(?:dedicated|reserved|provisioned) )?"
                    r"(?:ptu|pt unit|provisioned (?:throughput )?unit|model unit|unit)\b(?![- ]?(?:hours?|hrs?)\b)"
                    r"(?!['’]s\b)")  # "one unit's hourly worth": a question about a unit, not a count
# "a model unit is $39.60/hr and they'd need just the 1", "PTU at $2/hr, they'd take three": the units taken, counted
# after a verb with no noun of their own (read only where a unit is priced by the hour and no count names it).
UNITS_TAKEN = _rx(
    r"(?:\b(?:need|needs|needed|needing|take|takes|taking|took|buy|buys|buying|bought|want|wants|wanting|use|uses|using|"
    r"run|runs|running|reserve|reserves|reserving|commit to|committing to|go with|going with|get|getting|order|"
    r"ordering|book|booking)\s(?:just |only |exactly |maybe |about |around |roughly )?(?:the |a )?"
    # "what would 3 cost for a month?", "what do 6 of them run?": the units whose bill is asked
    r"|\b(?:would|will|do|does|did)\s(?=[1-9]\d{0,2}\s(?:of (?:them|those|these)\s)?(?:cost|run|come to|be)\b)"
    r")(?P<n>[1-9]\d{0,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|single one|single)"
    r"(?![\w$%]|[.,]\d|\s?(?:x\b|[-/]|hours?|hrs?|days?|weeks?|months?|mo\b|years?|yrs?|quarters?|tokens?|toks?|calls?|"
    r"requests?|reqs?|million|billion|thousand|mil\b|bn\b|k\b|m\b|b\b|dollars?|bucks|cents?|percent|pct|times|"
    r"more|extra|other|people|users?|seats?|models?|regions?|zones?))"
)
_COUNT_WORDS = {"one": 1, "single": 1, "single one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12}
UNIT_HOUR_PRICE = _rx(
    # "$39.60 per model-unit-hour", "$48/MU-hr": a unit named with a hyphen
    _dollar("a") + r"\s?(?:/|per|an?|each)\s?(?:(?:model[- ]|provisioned[- ]|reserved[- ]|capacity[- ])?"
    r"(?:ptu|unit|mu)s?(?:[- ]equivalents?)?(?:[- /]|\s/\s)?"  # ("$21.00 / unit / hour")
    r"(?:(?:per|an?)\s)?)?(?:hour|hr)\b"
    # ("$9.00/unit-hour" at a line's end: "each unit" on the next line starts what one unit serves)
    r"(?:[ \t]?(?:per|each|/|a)[ \t]?(?:ptu|unit)\b)?"
    # "$21.00 unit hourly": a sheet's "unit_hourly" column read after its value
    r"|" + _dollar("b") + r"\s(?:(?:ptu|unit|mu)[- ]hourly|hourly (?:ptu|unit|mu))(?:\s(?:rate|price|cost))?\b"
)
# "8 units @ 2.40/unit/hr", "at 2.40 per unit per hour": no currency sign, but the unit and the hour name a price
UNIT_HOUR_PRICE_BARE = _rx(
    r"(?:@|\bat)\s?~?(?<![\w.$,])(?P<a>\d{1,4}(?:\.\d{1,4})?)\s?(?:/|per)\s?(?:model[- ]|provisioned[- ])?"
    r"(?:ptu|unit|mu)s?(?:[- /]|\s/\s|\sper\s|\san\s|\sa\s)(?:hour|hr)\b")
# "price per unit-hour: $39.60", "unit-hour price $48": the label first (a pasted sheet's row).
UNIT_HOUR_PRICE_LABEL = _rx(
    # ("price per mu/hour: $21.18", "price per ptu per hour: $2")
    r"\b(?:(?:price|cost|rate)\s(?:per|/|a)\s?(?:model[- ]|provisioned[- ])?(?:ptu|unit|mu)(?:[- /]?|\sper\s)"
    r"(?:hour|hr)|"
    r"(?:model[- ]|provisioned[- ])?(?:ptu|unit|mu)[- ]?(?:hour|hr)\s(?:price|cost|rate))\b"
    r"(?:\s(?:is|of|at|=))?\s?[:=]?\s?~?" + _dollar("a") + r"(?!\s?(?:/|per|an?)\s?(?:1\s?)?(?:m|mtok|million|k)\b)|"
    # ("hourly rate: $21.50 per model unit": the hour in the key, the unit after the price; "hourly rate per model
    # unit: $9.50": the unit in the key too)
    r"\b(?:hourly|per[- ]hour)\s(?:rate|price|cost)\s?[:=]?\s?~?" + _dollar("b")
    + r"\s?(?:/|per|a|each)\s?(?:model[- ]|provisioned[- ])?(?:ptu|unit|mu)\b|"
    r"\b(?:hourly|per[- ]hour)\s(?:rate|price|cost)\s(?:per|/|a|each)\s?(?:model[- ]|provisioned[- ])?(?:ptu|unit|mu)"
    r"\s?[:=]\s?~?" + _dollar("c")
)
# "At full load those units serve 3,000M tokens a month": the full use said before the capacity's subject.
_FULL_BEFORE = _rx(r"\b(?:at full (?:load|use|utili[sz]ation|capacity)|flat out|fully (?:used|loaded|utili[sz]ed)|"
                   r"maxed out)\b,?(?: (?:those|these|the|their|all))?\s?$")
# "capacity good for up to 3.2B tokens/month", "those 8 units max out around 120M tokens/hour", "capacity for 500M
# tokens/week flat out": what the whole capacity serves at full use, the capacity (or the units) its subject.
CAPACITY_VOLUME = _rx(
    r"(?:(?<![\w.$])\d{1,4}\s)?(?<!\beach )(?<!\bper )(?<!\bone )(?<!\bevery )"
    r"\b(?P<subject>capacity|units|ptus|mus|model units|reservation|commit(?:ment)?)\b"
    r"(?:(?!\beach\b|\bper\b|\bevery\b|\bapiece\b|\bexpected\b|\baverage\b)[^.;?!\d$%\n]){0,30}?"
    r"\b(?P<verb>good for|covers?|covering|handles?|handling|serves?|serving|max(?:es)? out|maxing out|tops? out|"
    r"peaks? out|(?:can|could) (?:do|handle|serve|push|carry)|rated (?:at|for)|sized for|for)\s"
    r"(?:at |around |about |roughly |approx\.? |up to |~)*(?<![\w.$])" + QUANTITY
    + r"\s?(?:tokens?|toks?)\s?(?:a|an|per|/|each|every)\s?(?P<period>month|mo|week|wk|day|hour|hr|minute|min)\b"
    r"(?P<full>\s(?:flat out|at full (?:use|load|utili[sz]ation)|fully used|max(?:imum)?))?(?!\s(?:each|apiece)\b)"
)
THROUGHPUT = [
    # "tokens/min per PTU 3000", "TPM per unit: 2,500": the label first
    _rx(r"(?:(?:tokens?|toks?)\s?(?:/|per|a)\s?(?:minute|min)|tpm)\s?(?:per|/|each|for each|a)\s?(?:ptu|unit)s?"
        r"(?:\s(?:is|of|=|at|around|about|~))*\s?[:=]?\s?~?(?<![\w.$])" + QUANTITY + r"\b"),
    _rx(r"(?<![\w.$:])" + QUANTITY + r"\s?(?:tokens?|toks?)?\s?(?:per|/|a)\s?(?:minute|min)\b\s?"
        r"(?:per|/|each|for each|a)\s?(?:ptu|unit)\b"),
    _rx(r"(?<![\w.$:])" + QUANTITY + r"\s?tpm\b(?:\s?(?:per|/|each|a)\s?(?:ptu|unit)\b|\s(?:each|apiece)\b)"),
    _rx(r"(?<![\w.$:])" + QUANTITY + r"\s?(?:tokens?|toks?)?\s?(?:per|/|a)\s?(?:minute|min)\s(?:each|apiece)\b"),
    # "four dedicated units, each handling about 25k tokens per minute", "2 units, each good for 50k tokens a minute"
    _rx(r"\beach (?:handling|serving|doing|delivering|pushing|processing|sustaining|supporting|running at|good for|"
        r"rated (?:at|for)|"
        r"able to (?:serve|handle|do|push)|capable of)\s(?:about |around |roughly |up to |~)?"
        + QUANTITY + r"\s?(?:tokens?|toks?)\s?(?:tpm\b|(?:per|/|a|an)\s?(?:minute|min)\b)"),
    _rx(r"(?:each|per|every) (?:ptu|unit) (?:serves|does|handles|gives|delivers|is|=)\s?(?:about |around |~)?"
        + QUANTITY + r"\s?(?:tokens?|toks?)?\s?(?:tpm\b|(?:per|/|a)\s?(?:minute|min)\b)"),
]

# "chews through", "gets through": a unit's tokens said as what it works its way through
_WORKS_THROUGH = r"(?:chews?|churns?|gets?|works?|eats?|burns?|plows?|ploughs?|crunch(?:es)?) through"
# "one unit pushes about 5M tokens an hour flat out", "each PTU handles 40 tokens a second": a unit's throughput,
# the unit named before the verb.
THROUGHPUT_OVER = _rx(
    r"\b(?:" + _WORKS_THROUGH + r"|pushes|serves|does|handles|delivers|processes|generates|produces|runs|"
    r"gives|sustains|moves|outputs|pumps out|puts out|serving|handling|pushing|delivering|processing|sustaining)"
    r"\s(?:about |around |roughly |approx\.? |~|up to )?(?<![\w.$])"
    + QUANTITY + r"\s?(?:tokens?|toks?)\s?(?:per|an?|/|every)\s?(?P<period>hour|hr|minute|min|second|sec|s)\b"
)
# "provisioned offer is $10.50 an hour flat, which covers up to 100M tokens a day": the capacity of the offer as a whole
OFFER_COVERS = _rx(
    r"\b(?:covers?|covering|handles?|handling|supports?|supporting|is good for|good for|serves?)\s"
    r"(?:up to |about |around |roughly |~)?(?<![\w.$])" + QUANTITY + r"\s?(?:tokens?|toks?)\s?(?:a|an|per|/|each)\s?"
    r"(?P<period>day|hour|hr)\b"
)
# "1 unit = 50k tokens/min", "each unit ~500k tok/hr flat out", "one PTU: 2.5M tokens an hour": one unit's throughput
# said as what a unit is, the unit counted as one only there (not a count of units bought).
THROUGHPUT_OF_ONE = _rx(
    r"\b(?:1|one|each|every|per|a single) (?:pt |provisioned |reserved |model )?(?:ptu|unit|mu)\b\s?"
    # ("each provisioned unit covers 10k TPM")
    r"(?:[=:~-]|is|does|serves|handles|delivers|pushes|processes|gives|sustains|is good for|good for|covers|supports|"
    r"carries|provides|buys|gets you|" + _WORKS_THROUGH + r"|"
    # ("each unit able to serve six million tokens an hour")
    r"(?:is )?able to (?:serve|handle|push|process|do|sustain)|"
    # ("each unit tops out around 4M tokens an hour": its ceiling is its throughput)
    r"(?:tops?|max(?:es)?|caps?) out(?: at)?|peaks? at|"
    r"(?:is )?rated (?:at|for)|can (?:serve|handle|push|do))?\s?(?:about |around |roughly |approx\.? |up to |~)*"
    # ("each unit does 10M/hr": a unit's figure an hour is tokens, said or not)
    r"(?<![\w.$])" + QUANTITY + r"\s?(?:(?:(?:tokens?|toks?)\s?)?(?:/|per|an?|every)\s?"
    r"(?P<period>minute|min|hour|hr|second|sec|s)\b|(?P<tpm>tpm)\b)"
)
# "3,000,000 tokens one unit serves per hour at full load", "2M tokens each PTU handles an hour": one unit's throughput,
# the figure said before the unit that serves it.
THROUGHPUT_BEFORE_UNIT = _rx(
    r"(?<![\w.$:])" + QUANTITY + r"\s?(?:tokens?|toks?)\s(?:that |which )?(?:1|one|each|every|a single|a|per) "
    r"(?:pt |provisioned |reserved |model )?(?:ptu|unit|mu)\s(?:serves|handles|does|pushes|delivers|processes|"
    r"sustains|can (?:serve|handle|push|do)|" + _WORKS_THROUGH
    + r")\s(?:at full (?:load|use|utili[sz]ation)\s|flat out\s)?"
    r"(?:per|an?|/|every|each)\s?(?P<period>hour|hr|minute|min|second|sec|s)\b"
)
# "per provisioned unit at full load the customer measured 2,400,000 input tokens and 600,000 output tokens per hour":
# one unit's throughput said as its input and output sides (their sum is the throughput, the first its input share).
THROUGHPUT_SPLIT = _rx(
    r"\b(?:per|each|every|one|1|a single) (?:pt |provisioned |reserved |model )?(?:ptu|unit|mu)\b"
    r"[^.;?!$\d]{0,60}?(?<![\w.$:])" + QUANTITY.replace("<num>", "<a>").replace("<scale>", "<a_scale>")
    + r"\s?(?:input|in)\b\s?(?:tokens?|toks?)?\s?(?:and|\+|,|/|plus)\s?(?<![\w.$:])"
    + QUANTITY.replace("<num>", "<b>").replace("<scale>", "<b_scale>")
    + r"\s?(?:output|out)\b\s?(?:tokens?|toks?)?\s?(?:per|an?|/|every|each)\s?"
    r"(?P<period>hour|hr|minute|min|second|sec|s)\b"
)
# "what is one unit's hourly worth", "what is one unit-hour worth on-demand": a unit asked about, not a count.
_N_OF_THEM = _rx(r"(?<![\w.$,])(?P<n>[1-9]\d{0,3}) of (?:them|those|these)\b")
ONE_UNIT_PRICED = _rx(r"\b(?:1|one|a single) (?:pt |provisioned |model )?(?:ptu|unit|mu)s? (?:costs?|is|runs?|goes for|"
                      r"=|at|priced at|billed at)\s?~?\$")
_ONE_UNIT_ASKED = _rx(r"(?<![\w.$,])1 (?:pt |provisioned |model )?(?:ptu|unit|mu)(?:['’]s\b|[- ]h(?:ou)?r\b)")
# "$96/day per unit", "$96 a day each unit", "$2,920 per PTU per month", "$96 per unit-day": one unit's price over a
# period longer than an hour.
_PRICE_PERIODS = r"(?:day|week|wk|month|mo|mth|year|yr)"
UNIT_PERIOD_PRICE = _rx(
    _dollar("a") + r"\s?(?:(?:/|per|an?|each)\s?(?P<p>" + _PRICE_PERIODS + r")\b\s?(?:/|per|each|for each|a)\s?"
    r"(?:provisioned |model |pt )?(?:ptu|unit|mu)\b|(?:/|per|each|a)\s?(?:provisioned |model |pt )?(?:ptu|unit|mu)"
    r"\s?(?:/|per|an?|-)\s?(?P<q>" + _PRICE_PERIODS + r")\b)"
)
# "a unit", "the PTU", never "units" or "PTUs": the capacity named as one unit only.
_SINGULAR_UNIT = _rx(r"\b(?:ptu|unit|mu)\b(?![- ]?(?:hours?|hrs?)\b)")
_PLURAL_UNITS = _rx(r"\b(?:ptus|units|mus)\b")
# "4 GPUs at $2/hr", "two instances": hourly prices for a count of something that is not a provisioned unit.
_OTHER_COUNTED = _rx(r"(?<![\w.$])(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten)\s?x?\s?"
                     r"(?:gpus?|instances?|nodes?|replicas?|servers?|endpoints?|deployments?|machines?|vms?)\b")
_UNIT_BEFORE = _rx(r"\b(?:ptu|unit)s?\b(?:[^.;\d$]{0,40}|[:\s]{0,3}\$\s?\d[\d,]{0,9}+(?:\.\d{1,4})?\s?(?:/|per|an?)\s?"
                   r"(?:hour|hr)\b[,;]?\s?[^.;\d$]{0,20})$")
_PRICE_AFTER_CAPACITY = _rx(r",?\s(?:and\s|at\s|for\s|costs?\s|priced at\s|is\s|=\s|:\s|-\s|—\s)*~?" + _SPEND_AMOUNT
                            + _SPEND_PERIOD)
_PRICE_AN_HOUR = _rx(r"\$\s?\d[\d,.]*\s?(?:/|an?|per)\s?(?:hour|hr)\b")
# "$2.50/M blended", "a blended rate of $4.50/M": one rate for input and output alike.
BLENDED_RATE = [
    _rx(_dollar("a") + r"\s?(?:/|per)\s?(?:1\s?|one )?(?:m|mtoks?|million)\b(?:\s?tokens?)?\s(?:blended|all[- ]in)\b"),
    _rx(r"\b(?:blended|all[- ]in|blends|blend)(?:\s(?:on[- ]demand|rate|price|per[- ]token|out))*"
        r"(?:\s(?:for|on|across|at) (?:that|this|the|their|our|its) (?:same )?(?:(?:input/output |in/out |in:out |"
        r"input:output |i/o |in-out |token |traffic )?mix|model|workload))?"
        r"(?:\s(?:of|is|at|=|around|about|~|works out|comes out|comes in|sits|runs|roughly|to|would be|will be|"
        r"should be|comes to|would've been|would have been|was|were))*"
        r"\s?[:=]?\s?~?" + _dollar("a") + r"(?:\s?(?:/|per)\s?(?:1\s?|one )?(?:m|mtoks?|million)\b)?"),
]

# "$0.72/M in and out", "$1.20/M both ways", "flat $0.90/M", "same rate in/out: $2/M", "input and output both at
# $0.60/M": one per-token rate for input and output alike (the output rate is that rate, never the catalog's).
_BOTH_SIDES = (r"(?:for |on )?(?:both )?(?:in(?:put)?\s?(?:and|&|\+|/)\s?out(?:put)?|both ways|both directions|"
               r"both sides|each way|either way|either direction|each direction|in or out|input or output)\b")
_RATE_UNIT = r"(?:\s?(?P<pm>" + _PER_MILLION + r")|\s?(?P<pk>" + _PER_THOUSAND + r"))"
SAME_RATE = [
    _rx(r"(?<!/)(?<!/ )(?<!\d and )(?<!\d & )(?<!\d, )(?<!\d,)" + _dollar("a") + _RATE_UNIT
        # on the rate's own line: "output $1.50 per million" then "input and output per week?" is no rate for both
        + r"?[ ]?(?:tokens?[ ])?,?[ ]?(?:(?:same|flat)[ ])?" + _BOTH_SIDES),
    _rx(r"\bflat(?:\s(?:rate|price|per[- ]token|of)(?![a-z]))*+\s?[:=]?\s?(?:of\s)?~?" + _dollar("a") + _RATE_UNIT
        + r"(?!\s?(?:in(?:put)?|out(?:put)?)\b)"),
    _rx(_dollar("a") + _RATE_UNIT + r"\s?(?:tokens?\s)?flat\b(?!\s?(?:fee|per call))"),
    _rx(r"\b(?:same|one|single) (?:rate|price)(?: for)? " + _BOTH_SIDES + r"\s?(?:of|at|is|=|:)?\s?~?" + _dollar("a")
        + _RATE_UNIT + r"?"),
    _rx(r"\b(?:in(?:put)?\s?(?:and|&|/)\s?out(?:put)?)(?: tokens)?(?: are| is)?(?: both| each| alike)?"
        r"\s?(?:at|@|=|:|cost|priced at|billed at)\s?~?" + _dollar("a") + _RATE_UNIT + r"?"
        # ("mix 3:1 in/out at $3/m in, $15/m out": the rate names its own side, so it is not both sides')
        r"(?!\s?(?:/|and|&)\s?\$)(?![^,.;$]{0,10}?\b(?:in(?:put)?|out(?:put)?)\b)"),
]

# --- names ----------------------------------------------------------------------------------------------

MODEL = _rx(
    r"\b(?:"
    r"gpt[- ]?\d(?:\.\d+)?o?(?:[- ](?:mini|nano|turbo|pro))?|"
    r"gpt-\d[\w.]*(?:-[a-z]+)?|"
    r"gpt[- ]?4o(?:[- ]mini)?|(?<![\w.$-])4o(?:[- ]mini)?|"
    r"o[134](?:[- ](?:mini|pro))?|"
    r"(?:claude[- ])?(?:sonnet|opus|haiku)(?:[- ]?\d(?:\.\d)?)?|"
    r"claude[- ]\d(?:\.\d)?(?:[- ](?:sonnet|opus|haiku))?|"
    r"gemini[- ]?\d(?:\.\d)?(?:[- ](?:pro|flash(?:[- ]lite)?))?|gemini[- ](?:pro|flash(?:[- ]lite)?)|"
    r"llama[- ]?\d(?:\.\d)?(?:[- ]\d+b)?|"
    r"mistral[- ](?:large|medium|small)(?:[- ]\d+)?|"
    r"nova[- ](?:pro|lite|micro)|"
    r"deepseek[- ]?(?:v3|r1|chat|reasoner)?"
    r")(?!\w|\.\d)(?![- ]?(?:class|like|tier|level|grade|sized)\b)"
)
_PROVIDERS = message_words()
PROVIDER = _rx(r"\b(?:" + "|".join(re.escape(p) for p in sorted(_PROVIDERS, key=len, reverse=True)) + r")\b")



def provider_key(name: str) -> str:
    return _PROVIDERS.get(name, name)


# --- the scanner ---------------------------------------------------------------------------------------


# "$0.05 per run", "$0.05 per workflow run": a fee charged per unit of work (one describing word may come first).
def _fee_per(unit: str, text: str) -> bool:
    # (a sentence's full stop after the price is no part of it: "reads $0.30. Each session ...")
    return re.search(r"\$\s?\d[\d,]*(?:\.\d+)?\s?(?:k\s?)?(?:/|per|a|an|each)\s?(?:[a-z]{2,12}\s)?"
                     + re.escape(unit) + r"\b", text) is not None


# "a typical intake is 1,200 input tokens", "each claim runs ~3k tokens": the item one call processes, sized in tokens
# ("each agreement they feed it averages around 45k input tokens": what is done with the item said between)
_TYPICAL_ITEM = _rx(r"\b(?:a|each|every|one|the)\s(?:typical\s|average\s|avg\s|single\s)?(?P<noun>[a-z]{3,15})\s"
                    r"(?:(?:they|we|you|it|the customer|the client)\s[a-z]{2,12}\s(?:(?:it|us|in|through|to it)\s)?)?"
                    r"(?:is|has|runs|carries|uses|averages|=)\s(?:about\s|around\s|roughly\s|~\s?)?\d[\d,.]*\s?k?\s"
                    r"(?:input\s|prompt\s)?(?:tokens?|toks?|in\b)")
# Words that name no item of work: a call itself, a period, a part of the prompt.
_NOT_ITEMS = frozenset({"call", "request", "query", "prompt", "month", "week", "day", "hour", "year", "prefix",
                        "token", "input", "output", "response", "reply", "completion", "message", "turn", "unit",
                        "user", "session", "step", "run", "task", "conversation", "ticket", "job", "batch"})
# "90k model calls a month": a count of the model calls themselves, not of units of work.
_MODEL_CALLS_SAID = _rx(r"\b(?:model |llm |api )?(?:calls?|requests?|reqs?)\b")


# "1,224 input tokens per call", "2k in/call": a count said to be one call's
_EACH_CALLS = _rx(r"\b(?:per|a|an|each|every)\s(?:call|request|req|invocation)\b|/\s?(?:call|request|req)\b")


@dataclass
class Found:
    """Everything the scanner found, keyed by field name, in order of appearance."""

    values: dict[str, list[Decimal]] = field(default_factory=dict)
    unlabeled_rates: list[Decimal] = field(default_factory=list)
    unlabeled_percents: list[Decimal] = field(default_factory=list)
    #: Percentages said as averages ("avg works out to 65%"): a utilization, where one goes without a label.
    averaged_percents: set[Decimal] = field(default_factory=set)
    calls_without_period: list[Decimal] = field(default_factory=list)
    #: Those of them said as cache hits or reads ("17,550 cache reads (hits)").
    hits_without_period: list[Decimal] = field(default_factory=list)
    usage_period: str | None = None  # "usage dashboard for last week": the period a usage export covers
    models: list[str] = field(default_factory=list)
    providers: list[str] = field(default_factory=list)
    traits: list[str] = field(default_factory=list)
    tiers: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    direct: bool = False
    #: "the average hour runs at a third of peak", beside a peak hour's tokens: the average hour's share of them.
    average_of_peak: Decimal | None = None
    #: The counts are the peak hour's, and the average hour is a share of it (said, or a peak-to-average ratio).
    peak_hour: bool = False
    #: Where each call's token count was first said ((field, value) -> offset): the planned size is said first.
    call_size_starts: dict[tuple[str, Decimal], int] = field(default_factory=dict)
    # The sides whose count was said to be each call's in so many words ("1,224 input tokens per call"): a heading's
    # period ("stats from last week's logs:") never makes them that period's totals.
    said_per_call: set[str] = field(default_factory=set)
    # The period each token role was stated over ("input" -> "month"), for a sibling stated without one.
    token_periods: dict[str, str] = field(default_factory=dict)
    # A period heading the ask ("per day: 40M in, 4M out") for token counts stated without one.
    header_period: str | None = None
    #: A bill's caching lines ("840M cache read tokens", "12M cache write tokens", "160M uncached input tokens"): the
    #: tokens of each kind ("read", "written", "uncached") and the period they were billed over (None: not said).
    cache_lines: dict[str, Decimal] = field(default_factory=dict)
    cache_lines_period: str | None = None
    #: The quarter or year labelling the counts ("Q3 forecast: 2.4M calls"): their period when they name none.
    label_period: str | None = None
    # The period each spend was stated over ("on_demand_spend" -> "month").
    spend_periods: dict[str, str] = field(default_factory=dict)
    # The period each call volume was stated over ("hour" for "400 calls/hr").
    calls_periods: list[str] = field(default_factory=list)
    #: The period each count of cache writes was stated over ("hour" for "5 writes per hour").
    writes_periods: list[str] = field(default_factory=list)
    #: "..., gpt-4o-mini 0.15/0.60 monthly": a period word closing the message on its own (the period of a count
    #: said without one).
    closing_period: str | None = None
    #: The ask names calls or requests ("calls", "RPS"): a bare volume is theirs, not a load of tokens.
    calls_named: bool = False
    #: a hit rate is named ("the hit rate is terrible, like 10%"), so a bare percentage may be it
    hit_rate_named: bool = False
    #: The heading names one numbered period ("week 14 numbers"): every count under it is that period's, calls too.
    numbered_period: bool = False
    #: The one period the ask names anywhere ("monthly est for Umbrella: ..."), None when it names none or several.
    named_period: str | None = None
    #: "one day: ...", "for that day": the one span the message's counts cover.
    span_covered: str | None = None
    asked_period: str | None = None
    #: "Nightly batch job: 200k documents", "runs every night over 50k tickets": the job runs once a night, so a count
    #: said without a period is a night's, one day's.
    nightly: bool = False
    # "8,000 calls a day hit the cache": the volume counts the hits alone (writes stated apart come on top).
    calls_are_hits: bool = False
    #: The call volumes that counted hits ("4,900 cache hits a day"), per day, beside any calls counted as calls.
    hit_counts: list[Decimal] = field(default_factory=list)
    # "900M input tokens a month; 600M of those are cache hits": the cached tokens are part of the input volume
    cached_of_input: bool = False
    # "50 to 60 thousand calls a month": the low and high volume a day, each worked out where the intent allows.
    calls_range: tuple[Decimal, Decimal] | None = None
    # "between 50 and 80M input tokens a month": each side's range of tokens, in the units its counts are added in
    token_ranges: dict[str, tuple[Decimal, Decimal]] = field(default_factory=dict)
    # "1,200 calls/hr peak, 300/hr average": the message names a peak and an average (of calls, when two are read)
    peak_and_average: bool = False
    # "... with about a fifth of that in output": that side's tokens as a share of the other side's
    side_token_share: tuple[str, Decimal] | None = None
    # "output's about a fifth of input" with no price word: (side, other, share), a share of the other side's
    # tokens when that side's rate is stated apart (read as a rate share otherwise).
    plain_side_shares: list[tuple[str, str, Decimal]] = field(default_factory=list)
    #: "90% of calls are ~1,000 tokens, 10% are 20,000": (share of the calls, tokens a call) for each size.
    call_size_mix: list[tuple[Decimal, Decimal]] = field(default_factory=list)
    parts_per_call: tuple[Decimal, Decimal, str] | None = None  # "120-page doc, 500 tokens a page": (120, 500, "page")
    # "cache rewritten every 5 min": minutes between writes (writes a day follow from the active hours).
    write_every_minutes: list[Decimal] = field(default_factory=list)
    #: "a job fires every 20 minutes": the minutes between calls said as an interval.
    call_every_minutes: list[Decimal] = field(default_factory=list)
    #: the calls a day each steady interval gives round the clock (24 h ÷ the interval), before the active hours
    cadence_calls: list[Decimal] = field(default_factory=list)
    # A one-off job ("one-off", "backlog", "in total"): a count of calls without a period is its total.
    one_off: bool = False
    # "if requests swell to 3k tokens at the same 3:1 mix": a call's new size in tokens, both sides together.
    same_mix_totals: list[Decimal] = field(default_factory=list)
    # "I get $16 in, $16 out, $32/day": the rep's own figures, to check against the quote.
    claimed_amounts: list[Decimal] = field(default_factory=list)
    # "what if output doubles?": one side's tokens times a factor (set by the parser, read in a quote).
    side_factor: tuple[str, Decimal] | None = None
    # "on 3/15": two bare figures read as the input and output rates, as typed (the reply says so).
    bare_rates: str | None = None
    # "each run makes 14 model calls": (calls a unit of work makes, the unit's noun).
    calls_per_unit: tuple[Decimal, str] | None = None
    #: Units of work a day whose calls make the volume ("2k runs/day" of 25 steps each).
    units_per_day: list[Decimal] = field(default_factory=list)
    # "$0.05 per task" beside "each task is ~6 calls": the fee is for the unit of work, not one call.
    fee_per_unit: bool = False
    #: The noun a fee is charged per when it is none of the usual call nouns ("$0.04 per digest"): its plural (a
    #: pattern) is read as the calls ("30,000 digests a month").
    fee_noun: str | None = None
    #: "creation billed at the normal input rate", "no write premium": a cache write costs the input rate.
    write_at_input: bool = False
    #: "what's a cache write? at $3.75 per million ..., what does one cost?": a write's cost asked, no input named.
    write_cost_asked: bool = False
    # A figure is asked per day, week, month, quarter or year ("monthly?", "per day"): a count of calls without a
    # period then needs its period.
    period_asked: bool = False
    # A load profile over a day: (load, hours it lasts), in ``load_unit`` ("tpm", "rps").
    load_profile: list[tuple[Decimal, Decimal]] = field(default_factory=list)
    load_unit: str | None = None
    # The month is the one period the ask names ("24/7 for a month. monthly commit?"), no day, week, quarter or year.
    only_month_named: bool = False
    # Ratios read from two loads: "utilization" -> (average, committed, unit), "peak_to_average" -> (peak, average,
    # unit), so the reply can show the division.
    load_ratios: dict[str, tuple[Decimal, Decimal, str]] = field(default_factory=dict)
    # On-demand amounts stated without a period, as (value, text): placed only where the period is clear.
    bare_spends: list[tuple[Decimal, str]] = field(default_factory=list)
    # Values the message says it replaces ("38% instead of 30%": 0.3), as typed (a fraction when a percentage).
    superseded: list[Decimal] = field(default_factory=list)
    # Utilizations written without a percent sign ("if they only hit 60"), as fractions: used in break-even asks.
    bare_utilizations: list[Decimal] = field(default_factory=list)
    #: "15 to 40 percent over direct": the two ends of a range said, each worked out where a range is a question
    percent_ranges: list[tuple[Decimal, Decimal]] = field(default_factory=list)
    now_then: bool = False  # the ask sets today's figures against later ones ("today ... projected next year")
    # The ask asks for the break-even utilization itself ("break-even util at 15% off, and at 50%?"): a percentage
    # without a label beside a discount is then another discount, not a utilization.
    break_even_asked: bool = False
    # Two values joined as alternatives ("40% or 30% off") or asked for each ("for each", "compare", "vs").
    either_said: bool = False
    # A percentage said as how busy capacity runs ("they'd sit at 90%", "running at 75%").
    runs_at: bool = False
    # Percentages said beside an enterprise agreement's name ("their EDP is 12%", "a 25% EA"): one left over in a
    # markup ask is its discount; a percentage said elsewhere is not.
    ea_percents: list[Decimal] = field(default_factory=list)
    run_percents: list[Decimal] = field(default_factory=list)  # "they'd run ~70%": how busy, as fractions
    on_demand_per_unit: bool = False  # "each unit flat out serves $30/hr of tokens at OD rates"
    #: "$2.50/PTU-hr equivalent if 100% used": a 100% said of the full use an on-demand figure is worth.
    full_use_said: bool = False
    full_use_worth: bool = False  # the 100% said of the on-demand worth ("on-demand value of ... at 100%: $104,000")
    # "capacity good for up to 3.2B tokens/month": the tokens the whole capacity serves a day at full use, and the
    # period they were said over.
    capacity_per_day: Decimal | None = None
    capacity_period: str | None = None
    # "$96/day per unit": one unit's price as said (amount, period), when it is not by the hour.
    unit_price_said: tuple[Decimal, str] | None = None
    both_asked: bool = False
    # Values said as a change ("from 300 to 900 tokens"): (before, after).
    changes: list[tuple[Decimal, Decimal]] = field(default_factory=list)
    # One side's count said as the value it changes to ("output per call doubles to 1,000 tokens"): (side, after).
    side_changes_to: list[tuple[str, Decimal]] = field(default_factory=list)
    # Calls said as routed between models by share ("70% of calls go to a small model").
    routed: bool = False
    # Counts said as replacing others ("400 tokens instead of 1,000", "current: 900 out / proposed: 400 out"):
    # (before, after), each priced even when the one before was not read as a count of its own.
    replaced: list[tuple[Decimal, Decimal]] = field(default_factory=list)
    # Further discounts said beside one read as such ("she can get it to 45%", "Azure PTU, 45% below"), as fractions.
    more_discounts: list[Decimal] = field(default_factory=list)
    # A rate said to change ("cutting input from $2.50 to $2.00", "cuts the output price to $8"): (side, before or
    # None, after).
    rate_change: tuple[str, Decimal | None, Decimal] | None = None
    # "what if their volume doubles?": the factor on the whole volume.
    volume_factor: Decimal | None = None
    # EA discounts said as the value one changes to ("negotiate it up to 22%"): worked out after the one said first.
    ea_changed_to: list[Decimal] = field(default_factory=list)
    # "800 seats": the heads a volume is stated per ("40 req/seat/day"), as (count, noun, start, end) in the text.
    heads: list[tuple[Decimal, str, int, int]] = field(default_factory=list)
    # A volume was stated per head and multiplied by the heads.
    per_head: bool = False
    # Numbers in the text that no stage could place (said in the reply, never silently dropped).
    unused: list[str] = field(default_factory=list)
    #: "(rates are per 1K tokens)": a note giving the rates' unit apart from the figures, as typed.
    per_thousand_note: str | None = None
    #: Rates the message states per thousand tokens: (as typed, the same rate per million it is priced at).
    per_thousand_rates: list[tuple[Decimal, Decimal]] = field(default_factory=list)
    #: Rates read with no unit where the message says both per thousand and per million tokens: asked, never priced.
    rate_unit_unclear: list[Decimal] = field(default_factory=list)

    def add(self, name: str, value: Decimal) -> None:
        self.values.setdefault(name, []).append(tidy(value))


MAX_MATCHES = 50
"""At most this many matches of one pattern are read (an ask states a handful of numbers); the rest are only
blanked, so labelling them (the costly part) is bounded whatever the message holds."""


class Scanner:
    """Runs the stages over one normalized text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.work = text
        self.found = Found()
        self._last_percent_label: str | None = None
        self._consumed: list[tuple[int, int]] = []
        self._per_thousand: list[Decimal] = []  # rates read with a per-thousand unit, per million
        self._per_million_said: list[Decimal] = []  # rates read with a per-million unit
        self._labelled: tuple[str, str | None] | None = None  # the work last labelled, and its label period

    def _consume(self, start: int, end: int) -> None:
        """Blank ``work[start:end]`` when the current stage ends (:meth:`_blank`).

        A stage's matches come from one pass and do not overlap, and what it reads of ``work`` while it runs
        lies after the current match, so deferring the blanking changes nothing; doing it once per stage
        keeps a message with thousands of matches linear (one string copy per stage, not per match).
        """
        self._consumed.append((start, end))

    def _blank(self) -> None:
        if not self._consumed:
            return
        pieces, position = [], 0
        # (in the order they lie, overlaps joined: spans of several patterns' matches come in the patterns' order, and
        # blanking them out of order would copy text twice and put ``work`` out of line with ``text``)
        for start, end in sorted(self._consumed):
            start = max(start, position)
            if end > start:
                pieces += [self.work[position:start], " " * (end - start)]
                position = end
        pieces.append(self.work[position:])
        self.work = "".join(pieces)
        self._consumed = []

    def _matches(self, pattern: Regex) -> Iterator[re.Match[str]]:
        """Each match of ``pattern`` in ``work``, blanked after use; past :data:`MAX_MATCHES` only blanked."""
        for index, match in enumerate(list(pattern.finditer(self.work))):
            if index < MAX_MATCHES:
                yield match
            self._consume(match.start(), match.end())
        self._blank()

    def scan(self) -> Found:
        self.found.write_at_input = WRITE_AT_INPUT.search(self.text) is not None  # with one input rate said
        self.found.write_cost_asked = (WRITE_COST_ASKED.search(self.text) is not None
                                       and _INPUT_NAMED.search(self.text) is None)
        if any(ch.isdigit() for ch in self.work):
            # "period: may 2024": a month's year is no figure (the month stays, labelling the message)
            for m in list(_MONTH_YEAR.finditer(self.work))[:MAX_MATCHES]:
                said = "y" if m.group("y") else "ym"
                self._consume(m.start(said), m.end(said))
            # "INV-LINE 01  input tokens 55M": a line's number on a bill is its label, no figure
            numbered = "line" in self.work or "item" in self.work
            for m in list(_LINE_NUMBER.finditer(self.work))[:MAX_MATCHES] if numbered else ():
                self._consume(m.start(), m.end())
            self._blank()
        self._names()
        self._share_of_bill_aside()
        self._percent_referred_back()
        self._side_rate_shares()
        self._side_token_share()
        self._call_size_mix()
        self._claimed_figures()
        self._calls_at_figure_period()
        self._claimed_hit_saving()
        self._cache_saving_per_call()
        self._claimed_saving()
        self._claimed_cut()
        self._claimed_bill_cut()
        self._claimed_markup()
        self._claimed_call_cost()
        self._load_profile()
        self._peak_and_average()
        deal_terms.read_notes(self)
        rate_units.read_note(self)
        self._budget()
        self._unit_period_prices()
        self._spend()
        self._direct_spend_in_line()
        self._spends_said_again()
        self._row_options()
        deal_terms.read_early(self)
        self._no_ea()
        self._calls_in_a_unit()
        self._calls_over_a_day()
        self._cache_terms()
        self._unit_hour_prices()
        self._capacity_volume()
        self._provisioned_rate()
        self._same_rate()
        self._blended()
        self._rate_side_aside()
        self._rates()
        self._hyperscaler_list_rate()
        self._bare_rate_pair()
        self._per_call_fees()
        self._growth()
        self._mix()
        self._capacity()
        self._average_load_on_units()
        self._load_in_tpm()
        self._peak_to_average()
        self._average_of_peak()
        self._target_saving()  # "to come out 20% below on-demand": the result asked for, before any discount is read
        deal_terms.read(self)
        self._superseded()
        self._tolerances()
        self._percentages()
        self._bare_utilizations()
        self._bare_ea()
        self._bare_discount_and_markup()
        self._token_pair_bare()
        self._calls_per_work_unit()
        self._units_asked()
        self._heads()
        self._call_volumes()
        self._token_ceilings()
        self._cache_bill_lines()
        self._tokens()
        self._items_counted_as_calls()
        self._tokens_of_parts()
        self._size_turned_out()
        self._heads_used()
        self._traits()
        self._period_lengths()
        rate_units.apply(self, self._per_thousand, self._per_million_said)
        rate_sides.place(self)
        self._unused()
        return self.found

    def _items_counted_as_calls(self) -> None:
        """ "each transcript ~35k tokens in ... 2,400 podcast episodes a month": with a call's tokens said and no call
        volume read, the one count of things over a period (whatever they are called) is the calls."""
        values = self.found.values
        sizes = [*values.get("input_tokens_per_call", []), *values.get("tokens_per_call", [])]
        if values.get("calls_per_day") or not any(v < LARGEST_PROMPT for v in sizes):
            return
        found = [m for m in list(_ITEMS_A_PERIOD.finditer(self.work))[:MAX_MATCHES]
                 if m.group("noun") not in _NOT_COUNTED_ITEMS and not _NAMED_HEADS.fullmatch(m.group("noun"))]
        value = to_decimal(found[0].group("num"), found[0].group("scale")) if len(found) == 1 else None
        if value is not None and value > 0:
            period = PERIOD_WORDS[found[0].group("period")]
            self.found.add("calls_per_day", per_day(value, period))
            self.found.calls_periods.append(period)
            self._consume(found[0].start(), found[0].end())
            self._blank()

    def _average_of_peak(self) -> None:
        """ "in their busiest hour ... the average hour runs at a third of peak": the average hour's share of the peak
        hour whose tokens are said."""
        if not PEAK_HOUR.search(self.text):
            return
        for m in self._matches(AVERAGE_OF_PEAK):
            pct = to_decimal(m.group("pct")) if m.group("pct") else Decimal(100) / _FRACTIONS[m.group("frac")]
            if pct is not None and 0 < pct <= 100 and self.found.average_of_peak is None:
                self.found.average_of_peak = pct / 100

    def _tokens_of_parts(self) -> None:
        """ "a 120-page doc, ~500 tokens a page": a call's tokens said per part of what it reads, and how many parts a
        call holds; the call reads parts × tokens a part."""
        if not any(p in self.text for p in _PARTS_WORDS):
            return
        per_part = list(TOKENS_PER_PART.finditer(self.text))[:2]
        if len(per_part) != 1:
            return
        unit = per_part[0].group("unit")
        counts = [m for m in PARTS_COUNTED.finditer(self.text) if m.group("unit").startswith(unit)][:2]
        each = to_decimal(per_part[0].group("num"), per_part[0].group("scale"))
        if len(counts) != 1 or each is None:
            return
        parts = to_decimal(counts[0].group("num"))
        sizes = self.found.values.get("tokens_per_call", [])
        if parts is None or not 1 < parts <= 10_000 or each not in sizes:
            return
        self.found.values["tokens_per_call"] = [parts * each if v == each else v for v in sizes]
        self.found.parts_per_call = (parts, each, unit)
        self.found.calls_without_period = [c for c in self.found.calls_without_period if c != parts]
        self._consume(counts[0].start(), counts[0].end())
        self._blank()

    def _size_turned_out(self) -> None:
        """ "we modelled 5,000 tokens/call but prod turned out 12,000": a bare count after a verb of how things turned
        out, beside one call size said in tokens, is the call's real size (the planned one grown)."""
        sizes = list(dict.fromkeys(self.found.values.get("tokens_per_call", [])))
        if len(sizes) == 2:
            # "real calls turned out to be 1,600 tokens": the size read with its unit is the planned one changed
            for m in list(SIZE_TURNED_OUT.finditer(self.text))[:1]:
                if to_decimal(m.group("num"), m.group("scale")) == sizes[1]:
                    self.found.changes.append((sizes[0], sizes[1]))
            return
        if len(sizes) != 1:
            return
        for m in list(SIZE_TURNED_OUT.finditer(self.work))[:1]:
            value = to_decimal(m.group("num"), m.group("scale"))
            if value is not None and value > 0:
                self.found.changes.append((sizes[0], value))
                self.found.add("tokens_per_call", value)
                self._consume(m.start("num"), m.end())
        self._blank()

    def _hyperscaler_list_rate(self) -> None:
        """ "direct price is $10/M input; Azure's list is $12.50": beside a direct rate, the hyperscaler's rate (the
        markup is read from the two)."""
        if (len(set(self.found.values.get("direct_rate", []))) != 1 or self.found.unlabeled_rates
                or self.found.values.get("input_rate") or "$" not in self.work):
            return
        for m in list(HYPERSCALER_LIST_RATE.finditer(self.work))[:1]:
            value = self._dollars(m, "a")
            if value is not None and value > 0:
                self.found.unlabeled_rates.append(value)
                self._consume(m.start(), m.end())
        self._blank()

    def _side_rate_shares(self) -> None:
        """ "input at 25% of output", "output is 400% of input price": kept apart from cache-read shares."""
        if "%" not in self.work:
            return
        for m in self._matches(SIDE_RATE_SHARE):
            side = "output" if m.group("side") in ("output", "completion") else "input"
            other = "output" if m.group("other") in ("output", "completion") else "input"
            value = to_decimal(m.group("a"))
            if side != other and value is not None and value > 0:
                self.found.add(f"{side}_rate_share_of_{other}", value / 100)
                if _PRICE_WORD.search(m.group()) is None:
                    self.found.plain_side_shares.append((side, other, value / 100))

    # names -----------------------------------------------------------------------------------------
    def _period_lengths(self) -> None:
        """ "Monthly number please (730 hrs)", "every day of the year (365)": the engine's own period length, said."""
        if not any(n in self.work for n in ("730", "2190", "2,190", "8760", "8,760", "168", "365", "(7")):
            return
        for m in list(PERIOD_LENGTH.finditer(self.work))[:MAX_MATCHES]:
            if period_length(m, self.work) is not None:
                self._consume(m.start(), m.end())
        self._blank()

    def _unused(self) -> None:
        """Numbers no stage placed, as typed with the word after them ("12-month", "20 min"); a calendar date is
        no figure."""
        if not any(map(str.isdigit, self.work)):
            return
        for m in [*CALENDAR_DATE.finditer(self.work), *DOCUMENT_REFERENCE.finditer(self.work),
                  *OBSERVATION_WINDOW.finditer(self.work), *CLOCK_SPAN.finditer(self.work)]:
            self._consume(m.start(), m.end())
        self._blank()
        for m in LEFTOVER.finditer(self.work):
            if len(self.found.unused) < 5:
                self.found.unused.append(self.text[m.start() : m.end()].strip(" ,.;:-"))

    def _no_ea(self) -> None:
        if not any(w in self.work for w in (" ea", "enterprise", "edp", "macc")):
            return
        for _ in self._matches(NO_EA):
            self.found.add("ea_discount", Decimal(0))

    def _claimed_saving(self) -> None:
        """ "so they'd save $2k a month, right?": a saving the rep states, to check (not a spend)."""
        if "sav" not in self.work or "$" not in self.work:
            return
        self._add_amounts(CLAIMED_SAVING, "claimed_saving")

    def _calls_at_figure_period(self) -> None:
        """ "$175/day at 10k calls": the calls in the figure's period (the figure itself is left for later stages)."""
        if "$" not in self.work or not any(w in self.work for w in ("day", "week", "month", "hour")):
            return
        for m in list(CALLS_AT_FIGURE_PERIOD.finditer(self.work))[:MAX_MATCHES]:
            value = to_decimal(m.group("num"), m.group("scale"))
            if value is not None:
                self._consume(m.start("num"), m.end())
                self.found.calls_periods.append(m.group("period"))
                self.found.add("calls_per_day", per_day(value, m.group("period")))
        self._blank()

    def _claimed_hit_saving(self) -> None:
        """ "saves $0.0175 a hit and $175/day, right?": cache savings the rep states, to check."""
        if "hit" not in self.work or "sav" not in self.work:
            return
        for m in self._matches(CLAIMED_HIT_SAVING):
            per_hit, per_day = self._dollars(m, "a"), self._dollars(m, "b") if m.group("b") else None
            if per_hit is not None:
                self.found.add("claimed_hit_saving", per_hit)
            if per_day is not None:
                self.found.add("claimed_day_saving", per_day)

    def _cache_saving_per_call(self) -> None:
        """ "cache saves ~0.9c per call": the saving each call (a hit) makes, said outright; it is no per-call fee."""
        if ("cach" not in self.work and "hit" not in self.work) or "sav" not in self.work or "$" not in self.work:
            return
        for m in list(CACHE_SAVING_PER_CALL.finditer(self.work))[:MAX_MATCHES]:
            per_hit = self._dollars(m, "a")
            if per_hit is not None and per_hit < 1:
                self.found.add("claimed_hit_saving", per_hit)
                if m.group("unit"):  # "0.9c per call" is read: no per-call fee (the words before stay for others)
                    self._consume(self.work.rfind("$", m.start(), m.start("a")), m.end())
        self._blank()

    def _claimed_figures(self) -> None:
        """ "I get $16 in, $16 out, $32/day, about $973 a month?": the rep's own figures, each checked in the reply;
        "input tokens 2,400,000,000 @ $2.50/M = $6,000.00": an invoice line's amount, checked the same way."""
        if "$" not in self.work:
            return
        for m in list(LINE_AMOUNT.finditer(self.work))[:MAX_MATCHES] if "=" in self.work else ():
            value = self._dollars(m, "a")
            if value is not None:
                self.found.claimed_amounts.append(value)
                self._consume(self.work.rfind("=", m.start(), m.start("a")), m.end())  # (the price stays to be read)
        self._blank()
        if not any(w in self.work for w in ("i ", "i'm", "im ", "my ")):
            return
        for m in list(CLAIMED_FIGURES.finditer(self.work))[:MAX_MATCHES]:
            amounts = list(_CLAIMED_AMOUNT.finditer(self.work, m.start("said"), m.end("said")))
            for a in amounts:
                value = self._dollars(a, "a")
                if value is not None:
                    self.found.claimed_amounts.append(value)
            if amounts:
                self._consume(m.start("said"), m.end("said"))
        self._blank()

    def _claimed_call_cost(self) -> None:
        if "$" in self.work and " at " in self.work:
            self._add_amounts(CLAIMED_CALL_COST, "claimed_call_cost")
        if "$" in self.work and not self.found.values.get("claimed_call_cost"):
            for m in CLAIMED_CALL_COST_AFTER.finditer(self.work):
                value = self._dollars(m, "a")
                if value is not None and _RATES_BEFORE_CLAIM.search(self.work, 0, m.start()):
                    self.found.add("claimed_call_cost", value)
                    self._consume(m.start(), m.end())
            self._blank()

    def _claimed_markup(self) -> None:
        """ "a 25% markup minus a 10% EA is a 15% effective markup, right?": the effective markup stated, to check (not
        a second list markup); "on our $100k of usage we're paying $25k extra": the usage the premium is claimed on."""
        if any(w in self.work for w in ("mark", "premium", "uplift", "direct")):
            for m in self._matches(CLAIMED_MARKUP):
                value = to_decimal(m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("f")
                                   or m.group("g") or m.group("h"))
                if value is not None and value <= 100:
                    self.found.add("claimed_markup", value / 100)
                    if m.group("f") or m.group("g"):
                        self._consume(m.start(), m.end())
            for m in list(CLAIMED_RESULT.finditer(self.work))[:MAX_MATCHES] if "=" in self.work else ():
                value = to_decimal(m.group("e"))
                if value is not None and value <= 100:
                    self.found.add("claimed_markup", value / 100)
                    self._consume(m.start("e"), m.end())
            self._blank()
        if "$" not in self.work or not any(w in self.work for w in ("extra", "more", "on top", "over")):
            return
        bases = list(MARKUP_BASE.finditer(self.work))
        claims = list(CLAIMED_PREMIUM.finditer(self.work))
        if len(bases) == 1 and len(claims) == 1:
            base, claim = self._dollars(bases[0], "a"), self._dollars(claims[0], "a") if claims[0].group("a") \
                else self._dollars(claims[0], "b")
            if base is not None and claim is not None:
                self.found.add("markup_base_spend", base)
                self.found.add("claimed_premium", claim)
                for m in sorted((bases[0], claims[0]), key=lambda m: m.start()):
                    self._consume(m.start(), m.end())
                self._blank()

    def _claimed_cut(self) -> None:
        """ "does caching really cut input costs by 90%?": a cut the rep states, to check (not a hit ratio)."""
        if (("input" not in self.work and "prefix" not in self.work)
                or not any(w in self.work for w in ("cach", "prefix", "hit"))):
            return
        for m in self._matches(CLAIMED_CUT):
            value = to_decimal(m.group("a") or m.group("b") or m.group("c"))
            if value is not None and 0 < value <= 100:
                self.found.add("claimed_cut", value / 100)

    def _claimed_bill_cut(self) -> None:
        """ "caching will cut our bill by 90%": a cut of the whole bill the rep states, to check (not a hit ratio)."""
        if not any(w in self.work for w in ("bill", "spend", "invoice")) or not any(
                w in self.work for w in ("cach", "prefix", "hit")):
            return
        for m in self._matches(CLAIMED_BILL_CUT):
            value = to_decimal(m.group("a") or m.group("b") or m.group("c"))
            if value is not None and 0 < value <= 100:
                self.found.add("claimed_bill_cut", value / 100)

    def _budget(self) -> None:
        """ "budget is $5,000/month", "$45k a year for inference": the buyer's budget and its period."""
        if "$" not in self.work or not any(w in self.work for w in _BUDGET_WORDS):
            return
        for pattern in BUDGET:
            for m in self._matches(pattern):
                value = self._dollars(m, "a")
                said = m.groupdict().get("period") or m.groupdict().get("period_adj") or m.groupdict().get("adj2")
                if value is not None and said:
                    self.found.add("budget", value)
                    self.found.spend_periods["budget"] = "year" if said.startswith("annual") else PERIOD_WORDS[said]

    def _spend(self) -> None:
        if "$" not in self.work and not _SPEND_HINT.search(self.work):
            return
        if "been" in self.work:
            # "on pay-as-you-go for six months and the bill is steady at $24,500 a month": how long they have been on
            # it is history, read as such (so the spend after it is still the on-demand one)
            for m in list(_BEEN_ON_FOR.finditer(self.work))[:MAX_MATCHES]:
                self._consume(m.start("span"), m.end("span"))
            self._blank()
        for name, patterns in SPEND.items():
            for pattern in patterns:
                for m in list(pattern.finditer(self.work))[:MAX_MATCHES]:
                    groups = m.groupdict()
                    if (groups.get("c") and not groups.get("verb")
                            and _COUNTED_BEFORE.search(self.text, max(0, m.start() - 40), m.start())
                            and not _SAME_COUNTED.search(self.text, max(0, m.start() - 40), m.start())):
                        continue  # "they push 500M a month on-demand": tokens, not dollars (left for later stages)
                    said_period = (groups.get("period") or groups.get("period_adj") or groups.get("period_before")
                                   or ("year" if groups.get("t12") else "quarter" if groups.get("t3") else "")
                                   or ("month" if groups.get("mon") else ""))
                    label = self._label_period() or (
                        "month" if name in _BILL_LINE_SPENDS and "line" in self.work and _BILL_LINE.search(self.work)
                        else None)
                    if not said_period and label is None and name == "on_demand_spend" and _MONTH_ASKED.search(
                            self.text):
                        label = "month"  # "... on demand would be 3.4k. whats the monthly bill?": the month asked about
                    undated = (not said_period and label is None and name == "direct_spend" and groups.get("a")
                               and (self._dollars(m, "a") or 0) >= _LEAST_UNDATED_SPEND)
                    if not said_period and label is None and not undated:
                        continue  # an amount with no period of its own, and no quarter or year labelling the message
                    if not said_period and _PAIR_PER_MILLION_AFTER.match(self.work, m.end()):
                        continue  # "on demand those would be $5 and $15 per million": a pair of rates, no spend
                    if name == "provisioned_spend" and PERIOD_WORDS.get(
                            said_period or self._label_period() or "") in ("hour", "minute", "second", None):
                        continue  # "PTU at $2/hr": a unit-hour price, read with the units
                    if name == "provisioned_spend" and self.found.values.get(name):
                        continue
                    if (name == "on_demand_spend" and not said_period and groups.get("a")
                            and (self._dollars(m, "a") or 0) < _LEAST_UNDATED_SPEND):
                        continue  # "bedrock on-demand: $3.25" with no period: a price per million, not a spend
                    self._consume(m.start(), m.end())
                    value = (self._dollars(m, "a") if groups.get("a") else to_decimal(m.group("c"), m.group("c_scale"))
                             if groups.get("c") else to_decimal(m.group("d"), m.group("d_scale")) if groups.get("d")
                             else to_decimal(m.group("b"), m.group("b_scale")))
                    if value is not None:
                        self.found.add(name, value)
                        if name == "on_demand_spend" and (
                                _EACH_UNIT_BEFORE.search(self.text, max(0, m.start() - 90), m.start())
                                or _EACH_UNIT_AFTER.search(self.text[m.end():m.end() + 40])):
                            self.found.on_demand_per_unit = True
                        said = said_period
                        # ("if they'd spend $50,000 going direct": an amount over no period, "" as its period)
                        self.found.spend_periods[name] = "" if undated else (  # no period of its own: the label's
                            label or "month" if not said
                            else "year" if said.startswith("annual") else PERIOD_WORDS[said])
                self._blank()
        for pattern in (ON_DEMAND_BARE, ON_DEMAND_BARE_AFTER, ON_DEMAND_WORTH_BARE) if "demand" in self.work else ():
            for m in list(pattern.finditer(self.work))[:MAX_MATCHES]:
                value = self._dollars(m, "a")
                if value is not None and _HYPERSCALER_BEFORE.search(self.work, max(0, m.start() - 16), m.start()):
                    continue  # "bedrock on-demand: $3.25": the hyperscaler's on-demand price, read with its list rate
                if _PAIR_PER_MILLION_AFTER.match(self.work, m.end("a")):
                    continue  # "on demand those would be $5 and $15 per million": a pair of rates, no spend
                if value is not None:
                    self._consume(m.start(), m.end())
                    start = (m.start() if pattern is ON_DEMAND_BARE
                             else m.start("a") - 1 if pattern is ON_DEMAND_BARE_AFTER else m.start("a"))
                    self.found.bare_spends.append((value, self.text[start : m.end("a_scale") if m.group("a_scale")
                                                                    else m.end("a")]))
            self._blank()

    def _calls_named(self, named: re.Pattern[str]) -> None:
        """Each count ``named`` reads (a count of the things a call is made for, over its period) added as calls."""
        for m in self._matches(named):
            value = to_decimal(m.group("num"), m.group("scale"))
            if value is not None:
                period = PERIOD_WORDS.get(m.group("period"), m.group("period"))
                self.found.calls_periods.append(period)
                self.found.add("calls_per_day", per_day(value, period))

    def _direct_spend_in_line(self) -> None:
        """ "gpt-4o class, monthly, $40,000 direct api", "fy direct spend est.: $240,000", "fy25, $150k
        direct-equivalent spend": a spend named direct on a sheet's line, over the period that line names."""
        if "direct" not in self.work or "$" not in self.work:
            return
        for m in list(_DIRECT_AMOUNT.finditer(self.work))[:MAX_MATCHES]:
            line_start = self.text.rfind("\n", 0, m.start()) + 1
            line_end = self.text.find("\n", m.end())
            line = self.text[line_start: line_end if line_end >= 0 else len(self.text)]
            said = _LINE_PERIOD.search(line)
            value = self._dollars(m, "a" if m.group("a") else "a2")
            if said is None or value is None or value < _LEAST_SPEND_NOT_RATE:
                continue
            self._consume(m.start(), m.end())
            self.found.add("direct_spend", value)
            word = said.group(0)
            self.found.spend_periods["direct_spend"] = ("year" if word.startswith(("fy", "annual", "year"))
                                                         else PERIOD_WORDS.get(word.split()[-1], "month"))
        self._blank()

    def _label_period(self) -> str | None:
        """The quarter or the year labelling the message ("Q4 Bedrock bill ...", "year-1 volume ..."), if any (read
        once for each state of ``work``: a sheet of keyed spends asks it once a line)."""
        if self._labelled is None or self._labelled[0] is not self.work:
            self._labelled = (self.work, self._read_label_period())
        return self._labelled[1]

    def _read_label_period(self) -> str | None:
        label = _PERIOD_LABEL.search(self.work)
        if label is None and _FOR_A_QUARTER.search(self.work):
            return "quarter"  # "Azure vs direct for Q3:": the quarter the lines under it cover
        heading = _MONEY_HEADING.search(self.work) if label is None and ":" in self.work else None
        if heading is not None:
            # "their spend comparison, monthly:", "annual cost summary:": the period of the amounts under it
            return PERIOD_WORDS[(heading.group("adj") or heading.group("adj2") or heading.group("adj3")).split()[-1]]
        if label is None and (("month" in self.work and _MONTH_LABEL.search(self.work))
                              or _NAMED_MONTH_LABEL.search(self.work)):
            # "post-mortem on last month's PT bill: paid $21,900 ...", "INVOICE SUMMARY - direct API, Oct": that
            # month's figures
            return "month"
        return None if label is None else "quarter" if label.group("quarter") else "year"

    def _spends_said_again(self) -> None:
        """ "how does the $32.5k compare ...": a dollar amount with no period of its own that repeats a spend already
        read is that spend named again, not a figure left unplaced."""
        spends = {v for name in SPEND for v in self.found.values.get(name, [])}
        if not spends or "$" not in self.work:
            return
        for m in list(_AMOUNT_SAID_AGAIN.finditer(self.work))[:MAX_MATCHES]:
            if self._dollars(m, "a") in spends:
                self._consume(m.start(), m.end())
        self._blank()

    def _names(self) -> None:
        for m in self._matches(MODEL):
            name = m.group(0)
            name = "gpt-" + name if name.startswith("4o") else name
            if not any(_same_model(name, seen) for seen in self.found.models):
                self.found.models.append(name)
        for m in PROVIDER.finditer(self.work):
            key = provider_key(m.group(0))
            if key not in self.found.providers:
                self.found.providers.append(key)

    # catalog row options ---------------------------------------------------------------------------
    def _row_options(self) -> None:
        for name, pattern in SERVICE_TIER.items():
            if pattern.search(self.work) and name not in self.found.tiers:
                self.found.tiers.append(name)
        for name, pattern in REGION.items():
            for _ in self._matches(pattern):
                if name not in self.found.regions:
                    self.found.regions.append(name)
        for m in self._matches(RESENT_CONTEXT) if "re" in self.work or "carries" in self.work else ():
            value = to_decimal(m.group("num"), m.group("scale"))
            if value is not None:
                self.found.add("prefix_tokens", value)
        for pattern in CONTEXT_TOKENS:
            for m in self._matches(pattern):
                value = to_decimal(m.group("num"), m.group("scale"))
                if value is not None:
                    self.found.add("context_tokens", value)
        self.found.direct = DIRECT.search(self.text) is not None
        self.found.only_month_named = bool(_PERIOD_NAMED["month"].search(self.text)) and not any(
            _PERIOD_NAMED[p].search(self.text) for p in ("quarter", "year", "week")
        ) and not _DAY_NAMED.search(self.text)

    def _profile_unit(self, segments: list[re.Match[str]]) -> set[str]:
        """The unit of a profile whose segments name none ("6 hrs at 200" under "PTUs needed by hour"): the one load
        unit the message names elsewhere, or plain units where it names none but speaks of a load or a commitment.
        Empty when a segment's load is a count of something else ("6 hrs at 200 calls") or two units are named."""
        if any(_NOT_A_LOAD.match(self.work, m.end()) for m in segments):
            return set()
        named = {_unit_name(m.group("unit")) for m in _LOAD_UNIT_NAMED.finditer(self.work)}
        if len(named) > 1:
            # "30% off ptu, tpm profile: 8h 500k, ...": the unit heading the profile, the last named just before it
            heading = list(_LOAD_UNIT_NAMED.finditer(self.work, max(0, segments[0].start() - 30), segments[0].start()))
            return {_unit_name(heading[-1].group("unit"))} if heading else named
        if named:
            return named
        if _TOKENS_AN_HOUR.search(self.work):
            return {"tokens/hour"}  # "token load over a day (tokens per hour): 8 hrs at 30M": tokens an hour
        return {"units"} if _PROFILE_WORDS.search(self.work) else set()

    def _profile_rows(self) -> None:
        """A load profile pasted as a table (hours, or a clock range, beside each load), read from the rows the table
        reader wrote. Clock ranges count their hours inclusively ("00-05" then "06-07": six hours, then two) when that
        is what makes the day, else as a span ("00-08" then "08-18")."""
        rows = list(LOAD_ROW.finditer(self.work))[:MAX_MATCHES]
        if len(rows) < 2:
            rows = list(LOAD_ROW_LOAD_FIRST.finditer(self.work))[:MAX_MATCHES]
        if len(rows) < 2 or not all(_LOAD_HEAD.search(m.group("head")) for m in rows):
            return
        loads = [to_decimal(m.group("load"), m.group("scale")) for m in rows]
        if any(load is None or load < 0 for load in loads):
            return
        hours: list[Decimal] = []
        clock = sorted(int(m.group("hours")) for m in rows if m.group("hours") and m.group("hours").isdigit())
        if all(m.group("hw") in ("hour", "h", "hr", "time") for m in rows) and clock in (list(range(24)),
                                                                                        list(range(1, 25))):
            hours = [Decimal(1)] * len(rows)  # "hour,load" over 24 rows: each row is one hour of the day
        elif all(m.group("hours") for m in rows):
            hours = [Decimal(m.group("hours")) for m in rows]
        elif all(m.group("h1") for m in rows):
            starts, ends = [int(m.group("h1")) for m in rows], [int(m.group("h2")) for m in rows]
            inclusive = [Decimal((b - a) % 24 + 1) for a, b in zip(starts, ends, strict=True)]
            spans = [Decimal((b - a) % 24 or 24) for a, b in zip(starts, ends, strict=True)]
            hours = inclusive if sum(inclusive) == 24 else spans
        if sum(hours) != 24 or any(h <= 0 for h in hours):
            return
        named = {m.group("unit") for row in rows for m in _HEAD_UNIT.finditer(row.group("head"))}
        unit = ("PTUs" if any(n.startswith("ptu") for n in named)
                else "units" if any(n.startswith("unit") for n in named)
                else "tokens/hour" if any(n.startswith("token") for n in named)
                else next(iter(named)) if len(named) == 1 else None)
        if unit is None:
            ptus = "ptu" in self.work
            unit = "PTUs" if ptus else "tokens/hour" if _TOKENS_AN_HOUR.search(self.work) else "units"
        for m in rows:
            self._consume(m.start(), m.end())
        self._blank()
        if unit == "tokens/hour" and not any(m.group("scale") for m in rows):
            unit = self._scaled_token_unit(rows[0].start(), loads, " ".join(m.group("head") for m in rows))
        levels: dict[Decimal, Decimal] = {}  # the hours at each load level, in the order the levels come
        for load, h in zip(loads, hours, strict=True):
            if load is not None:
                levels[load] = levels.get(load, Decimal(0)) + h
        self.found.load_profile = list(levels.items())
        self.found.load_unit = unit

    def _scaled_token_unit(self, first_row: int, loads: Sequence[Decimal | None], heads: str = "") -> str:
        """The unit of loads in tokens an hour under a heading that gives their scale: "M tokens/hour" under
        "(M tokens/hr)" or "millions of tokens per hour" (100 is 100M an hour), else "tokens/hour". The heading is
        the line the rows start on, or the one above them, before the first row (or a table's column heads); a
        figure ("peak is 30 M tokens/hr") is no heading, and loads written out in full (30000000) take no scale."""
        if any(load is not None and load >= _LOAD_WRITTEN_OUT for load in loads):
            return "tokens/hour"
        before = self.text[:first_row]
        line_start = before.rfind("\n") + 1
        if not before[line_start:].strip(" \t-*•>|;,"):
            line_start = before.rfind("\n", 0, max(line_start - 1, 0)) + 1  # the rows start a line: the one above
        heading = before[line_start:]
        m = next((h for h in (*_SCALED_TOKENS_AN_HOUR.finditer(heading), *_SCALED_TOKENS_AN_HOUR.finditer(heads))
                  if not _FIGURE_BEFORE.search(h.string[:h.start("scale")])), None)
        if m is None:
            return "tokens/hour"
        word = m.group("scale").split()[0]
        letter = _SCALE_LETTERS.get(word) or ("k" if word.startswith("thousand") else "B" if word.startswith("billion")
                                              else "M")
        return f"{letter} tokens/hour"

    def _load_profile(self) -> None:
        """Load levels with the hours each lasts, when they cover a 24-hour day and one names its unit (or the
        message names one load unit, or speaks of a load and names none)."""
        if not any(w in self.work for w in ("tpm", "rpm", "rps", "qps", "tps", "unit", "ptu", "/s", "/m", "per s",
                                            "per m", "load", "profile", "commit")):
            return
        segments = list(LOAD_SEGMENT.finditer(self.work))[:MAX_MATCHES]
        hours_first = list(LOAD_SEGMENT_HOURS_FIRST.finditer(self.work))[:MAX_MATCHES]
        clock = list(LOAD_SEGMENT_CLOCK.finditer(self.work))[:MAX_MATCHES] if "-" in self.work or " to " in \
            self.work else []
        spans: list[Decimal | None] = []
        dayparts = _dayparts(self.work) if clock or any(w in self.work for w in ("am", "pm", "midnight", "noon",
                                                                               "midday")) else []
        if len(hours_first) >= 2 and sum(int(m.group("hours")) for m in hours_first) == 24:
            segments = hours_first
        elif dayparts:
            # "9 units from 8am to 6pm, 4 units 6pm-midnight, 2 units overnight (midnight-8am)": loads by time of day
            segments = dayparts
            spans = [daypart_hours(m) for m in dayparts]
        elif len(clock) >= 2 and None not in (spans := [clock_segment_hours(m) for m in clock]) and sum(
                h for h in spans if h is not None) == 24:
            segments = clock  # "`00-08` 20 / `08-18` 100 / `18-24` 60": hour ranges over the day
        else:
            spans = []
        # "9 units ... 1 unit": one unit, said in the plural and the singular
        units = {_unit_name(m.group("unit")) for m in segments if m.group("unit")}
        if not units and segments and (segments is hours_first or segments is clock):
            units = self._profile_unit(segments)
        profile = []
        for i, m in enumerate(segments):
            load = to_decimal(m.group("load"), m.group("scale"))
            hours = spans[i] if spans else to_decimal(m.group("hours") or m.group("rest"))
            if load is None or hours is None:
                return
            profile.append((load, hours))
        if len(profile) < 2 or len(units) != 1 or sum(h for _, h in profile) != 24:
            if "," in self.work:
                self._profile_rows()
            return
        for m in segments:
            self._consume(m.start(), m.end())
        self._blank()
        unit = units.pop()
        if unit == "tokens/hour" and not any(m.group("scale") for m in segments):
            unit = self._scaled_token_unit(segments[0].start(), [load for load, _ in profile])
        self.found.load_profile = profile
        self.found.load_unit = ("units" if unit.startswith("unit") else "PTUs" if unit.startswith("ptu") else unit)

    # caching terms ---------------------------------------------------------------------------------
    def _calls_over_a_day(self) -> None:
        """ "1,000 calls over a 10-hour workday": before the active hours are read from the same words."""
        for m in list(TIMES_A_PERIOD.finditer(self.work))[:MAX_MATCHES] if "times" in self.work else ():
            value = to_decimal(m.group("num"), m.group("scale"))
            if value is None or not _CALLING_BEFORE.search(self.text, max(0, m.start() - 60), m.start()):
                continue
            said = m.group("period") or m.group("period_adj")
            period = PERIOD_WORDS.get(said, said)
            self._consume(m.start(), m.end())
            self.found.calls_periods.append(period)
            self.found.add("calls_per_day", per_day(value, period))
        self._blank()
        for m in self._matches(CALLS_OVER_HOURS) if "h" in self.work else ():
            value, hours = to_decimal(m.group("num"), m.group("scale")), to_decimal(m.group("hours"))
            if value is not None and hours is not None and 0 < hours <= 24:
                # "10k calls over 10 busy hrs": a day's calls, spread over its active hours
                self.found.calls_periods.append("day")
                self.found.add("calls_per_day", self._units_of_work(value, m.group(0)))
                self.found.add("active_hours", hours)
        if not any(w in self.work for w in ("day", "week", "month", "shift")):
            return
        for m in self._matches(CALLS_OVER_DAY):
            value = to_decimal(m.group("num"), m.group("scale"))
            if value is not None:
                self.found.calls_periods.append("day")
                period = "day" if m.group("period") == "shift" else m.group("period")
                self.found.add("calls_per_day", per_day(self._units_of_work(value, m.group(0)), period))

    def _cache_terms(self) -> None:
        for m in self._matches(MIN_PREFIX) if "min" in self.work or "cach" in self.work else ():
            value = (to_decimal(m.group("num"), m.group("scale")) if m.group("num")
                     else to_decimal(m.group("first"), m.group("first_scale")))
            if value is not None and value > 0:
                self.found.add("min_prefix_tokens", value)
        if "minimum" in self.work and "prefix" in self.work and not self.found.values.get("min_prefix_tokens"):
            for pattern in MIN_PREFIX_SAID:
                for m in self._matches(pattern):
                    value = to_decimal(m.group("num"), m.group("scale"))
                    if value is not None and value > 0:
                        self.found.add("min_prefix_tokens", value)
        for m in self._matches(WRITE_EVERY) if "every" in self.work or "once" in self.work else ():
            value = to_decimal(m.group("n") or "1")
            if value is not None and value > 0:
                self.found.write_every_minutes.append(value * 60 if m.group("u").startswith("h") else value)
        for pattern in CACHE_STORAGE:
            self._add_amounts(pattern, "cache_storage_rate")
        named_first = ([m for pattern in TTL_CACHE_WRITE for m in pattern.finditer(self.work)] if "writ" in self.work
                       else [])
        for m in (*named_first, *list(TTL_WRITE.finditer(self.work))[:MAX_MATCHES]) if "writ" in self.work else ():
            if any(m.start() < done[1] and done[0] < m.end() for done in self._consumed):
                continue  # read already by the pattern naming the cache first
            if m.group("usd") and not m.group("w") and not (
                    m.groupdict().get("alone") and _WRITE_EARLIER.search(self.text, max(0, m.start() - 120),
                                                                         m.start())):
                continue
            minutes = to_decimal(m.group("n"))
            if minutes is None:
                continue
            minutes = minutes * 60 if m.group("unit").startswith("h") else minutes
            hour = minutes >= 60
            if m.group("usd"):
                value = to_decimal(m.group("usd"))
                name = "cache_write_1h_rate" if hour else "cache_write_rate"
            else:
                share = to_decimal(m.group("pct") or m.group("mult"))
                value = None if share is None else share / 100 if m.group("pct") else share
                name = "cache_write_1h_share" if hour else "cache_write_share"
            if value is None:
                continue
            self._consume(m.start(), m.end())
            self.found.add(name, value)
            self.found.add("ttl_minutes", minutes)
        self._blank()
        for pattern in TTL:
            for m in self._matches(pattern):
                for num, unit in (("a", "unit"), ("b", "unit_b")):
                    value = to_decimal(m.group(num)) if m.groupdict().get(num) else None
                    if value is not None:
                        self.found.add("ttl_minutes", value * 60 if m.group(unit).startswith("h") else value)
        if "ttl_minutes" not in self.found.values and ("creat" in self.text or "rebuil" in self.text):
            # "the first call each hour creates the cache", "re-created once a day": an explicit cache made anew each
            # hour or day lives that long
            # (read in the message as said: "recreated every hour, kept alive 8 hours a day" is its writes too)
            for m in list(CREATED_EACH_PERIOD.finditer(self.text))[:1]:
                self.found.add("ttl_minutes", Decimal(60 if (m.group("p") or m.group("p2")) == "hour" else 1440))
        multiplied = any(w in self.work for w in (" x ", "×", "times", "*"))
        for index, pattern in enumerate(ACTIVE_HOURS):
            if index == 1 and not multiplied:
                continue  # "10 hours x 6 days" only
            for m in self._matches(pattern):
                value = to_decimal(m.group("a"))
                if value is not None:
                    self.found.add("active_hours", value)
        ttl_said = "ttl_minutes" in self.found.values
        alive = KEPT_ALIVE.search(self.text) if "keep" in self.text or "kept" in self.text else None
        hours = to_decimal(alive.group("a")) if alive is not None else None
        if hours is not None and 0 < hours <= 24 and not ttl_said:
            # "cache kept alive 12 hours a day": an explicit cache made once and kept that long lives that long
            self.found.add("ttl_minutes", hours * 60)
        elif hours is not None and 0 < hours <= 24 and "active_hours" not in self.found.values:
            # ("recreated every hour, kept alive 8 hours a day": the hours it is kept, made afresh each hour)
            self.found.add("active_hours", hours)
        ttls = self.found.values.get("ttl_minutes", [])
        if (len(set(ttls)) == 1 and 60 <= ttls[0] <= 1440 and "active_hours" not in self.found.values
                and CREATED_EACH_MORNING.search(self.text)):
            # "created each morning with a 10-hour TTL and left to expire at close": made once a day, it lives (and is
            # stored) for its TTL of each day
            self.found.add("active_hours", tidy(ttls[0] / 60))
        for _ in self._matches(ONE_BUSY_HOUR) if "hour" in self.work else ():
            self.found.add("active_hours", Decimal(1))  # "all arriving inside one busy hour"
        for m in self._matches(CLOCK_RANGE) if "am" in self.work or "pm" in self.work else ():
            hours = clock_hours(m)
            if hours is not None:
                self.found.add("active_hours", tidy(hours))
        ranged = any(w in self.work for w in ("-", " to ", "til", "–", ":00 and", ":30 and"))
        for m in list(WORKING_CLOCK_RANGE.finditer(self.work))[:MAX_MATCHES] if ranged else ():
            hours = working_hours(m)
            if hours is not None:
                again = _HOURS_SAID_AFTER.match(self.work, m.end())  # "07:00-19:00 (12h)": the same hours, said
                end = again.end() if again is not None and to_decimal(again.group("h")) == hours else m.end()
                self._consume(_clock_start(self.work, m), end)
                self.found.add("active_hours", tidy(hours))
        self._blank()
        for m in list(CLOCK_RANGE_STATED.finditer(self.work))[:MAX_MATCHES] if ranged else ():
            hours = working_hours(m)
            said = to_decimal(m.group("said")) if m.group("said") else None
            if hours is not None and (said is None or said == hours):
                self._consume(_clock_start(self.work, m), m.end())
                self.found.add("active_hours", tidy(hours))
            elif said is not None:
                self._consume(m.start("said"), m.end())  # "9-6 (8 hrs)": the hours said, the range left unread
                self.found.add("active_hours", said)
        self._blank()
        for m in self._matches(DAYS_PER_MONTH) if "mo" in self.work else ():
            self.found.add("days_per_month", Decimal(m.group("a")))
        for pattern in BUSINESS_DAYS_OF_MONTH if "month" in self.work and "day" in self.work else ():
            for m in self._matches(pattern):
                if not self.found.values.get("days_per_month"):
                    self.found.add("days_per_month", Decimal(m.group("a")))
        quarter_days = "quarter" in self.work and ("day" in self.work or "night" in self.work)
        for pattern in DAYS_PER_QUARTER if quarter_days else ():
            for m in self._matches(pattern):
                self.found.add("days_per_quarter", Decimal(m.group("a")))
        for m in self._matches(WEEKS_PER_QUARTER) if "quarter" in self.work and "week" in self.work else ():
            # "a 13-week quarter": 91 days
            self.found.add("days_per_quarter", Decimal(m.group("a") or m.group("b")) * 7)
        for m in self._matches(DAYS_PER_YEAR) if "y" in self.work else ():
            days = Decimal(m.group("a"))
            if 0 < days <= 366:
                self.found.add("days_per_year", days)
        for m in list(WEEKS_PER_YEAR.finditer(self.work))[:MAX_MATCHES] if "weeks" in self.work else ():
            week = (self.found.values.get("active_days") or [Decimal(5)])[0]  # (its working days, five unless said)
            if 0 < Decimal(m.group("a")) <= 52 and 0 < week <= 7:
                self.found.add("days_per_year", Decimal(m.group("a")) * week)
                self._consume(m.start("a"), m.end("a"))  # (the words left to say which days of the week it runs)
        self._blank()
        for m in list(DAYS_AFTER_HOURS.finditer(self.text))[:MAX_MATCHES] if "day" in self.work else ():
            days = Decimal(m.group("a"))
            if 7 < days <= 31 and self.work[m.start("a") : m.end()].strip():
                self._consume(m.start("a"), m.end())
                self.found.add("days_per_month", days)
        self._blank()
        billed = "unit" in self.work or "ptu" in self.work
        for pattern in HOURS_PER_MONTH if "month" in self.work or billed else ():
            if pattern is HOURS_PER_MONTH[-1] and not billed:
                continue  # bare hours are the billed ones only beside units
            for m in list(pattern.finditer(self.work))[:MAX_MATCHES]:
                hours = Decimal(m.group("a").replace(",", ""))
                if 600 <= hours <= 744:  # a month's hours (28 to 31 days); a quarter's below; others left unread
                    self.found.add("hours_per_month", hours)
                elif QUARTER_HOURS[0] <= hours <= QUARTER_HOURS[1] and billed:
                    self.found.add("days_per_quarter", hours / 24)
                elif pattern is HOURS_PER_MONTH[-1]:
                    continue
                # "900k calls/month (730h)": the month's hours are read, the month stays the period of what it follows
                # ("$22.50 per unit-hour, 720 hours": the price stays for the units; "a 30-day month (720 hours)" and
                # "730 hrs in the month" are read whole)
                self._consume(m.start() if m.group(0)[:1].isdigit() else m.start("a"), m.end())
            self._blank()
        for pattern in CALENDAR_MONTH if "day" in self.work else ():
            for m in list(pattern.finditer(self.work))[:MAX_MATCHES]:
                days = Decimal(m.group("a") or m.group("b") if "b" in pattern.groupindex else m.group("a"))
                if m.groupdict().get("h") and Decimal(m.group("h")) != days * 24:
                    continue  # "30 days (700 hrs)": hours that are not the days' own, left unread (and said unused)
                if not (m.group(0)[:1].isdigit() and _PER_BEFORE.search(self.text, max(0, m.start() - 8), m.start())):
                    # ("60k calls per 30-day month": the words stay for the count said per that month)
                    self._consume(m.start(), m.end())
                if not self.found.values.get("days_per_month"):
                    self.found.add("days_per_month", days)
                if not self.found.values.get("hours_per_month"):
                    self.found.add("hours_per_month", days * 24)  # units billed over those days, every hour
            self._blank()
        for pattern in ACTIVE_DAYS if any(w in self.work for w in ("week", "wk", "day", "mon")) else ():
            for m in self._matches(pattern):
                self.found.add("active_days", Decimal(5) if m.groupdict().get("weekdays") else Decimal(m.group("a")))

    # rates -----------------------------------------------------------------------------------------
    def _add_amounts(self, pattern: Regex, name: str) -> None:
        """Each amount ``pattern`` reads (its group ``a``) added as ``name``."""
        for m in self._matches(pattern):
            value = self._dollars(m, "a")
            if value is not None:
                self.found.add(name, value)

    @staticmethod
    def _dollars(m: re.Match[str], name: str) -> Decimal | None:
        return to_decimal(m.group(name), m.groupdict().get(f"{name}_scale"))

    def note_per_thousand(self, rate: Decimal) -> None:
        """``rate`` (per million) was stated per thousand tokens."""
        self._per_thousand.append(tidy(rate))

    def _per_million(self, value: Decimal, m: re.Match[str]) -> Decimal:
        said = m.groupdict()
        if not said.get("pk"):
            if said.get("pm") or said.get("ua"):
                self._per_million_said.append(tidy(value))
            return value
        self.note_per_thousand(value * 1000)
        return value * 1000

    def _rate_side_aside(self) -> None:
        """ "they only publish output, $12 per million": one side's rate said apart from its label."""
        if "$" not in self.work or not any(w in self.work for w in ("only", "just", "which", "that")):
            return
        for m in self._matches(RATE_SIDE_ASIDE):
            value = self._dollars(m, "a")
            if value is not None:
                side = m.group("l1") or m.group("l2")
                self.found.add(f"{side}_rate", self._per_million(value, m))

    def _rates(self) -> None:
        if " cache " in self.work:
            self._cache_prices_on_a()
        if "direct" in self.work or "first" in self.work:
            # "direct $3/$15, bedrock list $3.90/$19.50": direct named before its pair only beside a hyperscaler's price
            # list (elsewhere "direct at $2.50 in and $10 out" is the per-token price itself)
            direct_first = DIRECT_PAIR_BEFORE if _HYPERSCALER_PRICED.search(self.work) else None
            for m in (*self._matches(DIRECT_PAIR_AFTER), *(self._matches(direct_first) if direct_first else ())):
                direct_in, direct_out = self._dollars(m, "a"), self._dollars(m, "b")
                if direct_in is not None and direct_out is not None:
                    self.found.add("direct_rate", direct_in)
                    self.found.add("direct_output_rate", direct_out)
            for m in self._matches(DIRECT_RATE):
                value = self._dollars(m, "a")
                if value is not None:
                    # ("direct: $15.00/m output": the output side named after the direct price)
                    output = _OUTPUT_AFTER.match(self.work, m.end()) is not None or (
                        _PER_MILLION_END.search(m.group(0)) is not None
                        and _OUTPUT_TOKENS_AFTER.match(self.work, m.end()) is not None)
                    self.found.add("direct_output_rate" if output else "direct_rate", value)
            for m in list(DIRECT_RATE_AFTER.finditer(self.work))[:MAX_MATCHES]:
                value = self._dollars(m, "a")
                if value is not None and (value < _LEAST_SPEND_NOT_RATE or _PER_MILLION_IN.search(m.group(0))):
                    self._consume(m.start(), m.end())
                    self.found.add("direct_rate", value)  # (not "$40,000 direct api": a spend, left for the reply)
            self._blank()
        for m in self._matches(SHARE_OF_INPUT):
            share = to_decimal(m.group("a"))
            if share is None:
                continue
            before = self.text[max(0, m.start() - 40) : m.start()]
            if _CUT_VERB_BEFORE.search(before):
                continue  # "caching cuts 90% of input cost": a cut claimed, never the cache-read price
            # the nearer label decides: "writes cost 2x input (reads still 10% of input)" is a read share
            last_read = max(before.rfind(w) for w in ("read", "cached", "hit"))
            kind = "cache_write_share" if before.rfind("writ") > last_read else "cache_read_share"
            self.found.add(kind, share / 100)
            if m.group("rate"):
                rate_value = to_decimal(m.group("rate"))
                if rate_value is not None:
                    self.found.add("input_rate", rate_value)
        for m in (list(CACHE_SHARE_OF_PRICE.finditer(self.work))[:MAX_MATCHES]
                  if "of the" in self.work or "of base" in self.work else ()):
            before = self.text[max(0, m.start() - 40) : m.start()]
            share = to_decimal(m.group("a") or m.group("b"))
            if share is not None and _CACHE_LABEL_BEFORE.search(before):
                self._consume(m.start(), m.end())
                self.found.add("cache_write_share" if re.search(r"writ\w*[^.;\d%]{0,30}$", before)
                               else "cache_read_share", share / 100)
                rate_value = to_decimal(m.group("rate")) if m.group("rate") else None
                if rate_value is not None:
                    self.found.add("input_rate", rate_value)
        self._blank()
        for m in self._matches(RATE_LIST):
            for name in ("a", "b", "c"):
                value, word = self._dollars(m, name) if m.group(name) else None, m.group(f"l{name}")
                if value is None or word is None:
                    continue
                self.found.add(
                    "input_rate" if word.startswith("in") else "output_rate" if word.startswith("out")
                    else "cache_write_rate" if word.startswith("writ") else "cache_read_rate", value)
        if any(w in self.work for w in ("cach", "read", "writ", "hit", "prefix", "ttl")):
            for m in self._matches(RATE_TRIPLE):
                for name in ("a", "b", "c"):
                    value, word = self._dollars(m, name), m.group(f"l{name}")
                    if value is None:
                        continue
                    if word is None:
                        self.found.unlabeled_rates.append(tidy(value))
                    else:
                        self.found.add("input_rate" if word.startswith("in") else "cache_write_rate"
                                       if "writ" in word else "cache_read_rate", value)
        if "cach" in self.work or "hit" in self.work:
            for m in list(RATE_VS_CACHED.finditer(self.work))[:MAX_MATCHES]:
                a, b = self._dollars(m, "a"), self._dollars(m, "b")
                if a is not None and b is not None and b < a:  # the cached price is the lower one
                    self._consume(m.start(), m.end())
                    self.found.add("input_rate", a)
                    self.found.add("cache_read_rate", b)
            self._blank()
        for m in self._matches(RATE_ON_PREFIX):
            value = self._dollars(m, "a")
            # "the cache write on a 4k prompt at $6.25/M": a cache price named before the prompt is that price
            named = (None if _INPUT_AFTER.match(self.text, m.end())
                     else _CACHE_NAMED_BEFORE.search(self.text, max(0, m.start() - 40), m.start()))
            if value is not None:
                if named is None:
                    self.found.add("input_rate", value)
                else:
                    self.found.add("cache_write_rate" if "writ" in named.group(0) or "creat" in named.group(0)
                                   else "cache_read_rate", value)
        for m in list(RATE_PAIR.finditer(self.work))[:MAX_MATCHES]:
            bare = not (m.group("pm") or m.group("pk") or m.group("la") or m.group("lb") or m.group("ua"))
            if bare and _PER_CALL_AFTER.match(self.work, m.end()):
                continue  # "$0.02/$0.03 per call" is a pair of per-call fees, not rates
            a, b = self._dollars(m, "a"), self._dollars(m, "b")
            if a is None or b is None:
                continue
            self._consume(m.start(), m.end())
            self.found.add("input_rate", self._per_million(a, m))
            self.found.add("output_rate", self._per_million(b, m))
        self._blank()
        # Bare pairs, input then output: with their labels first ("1.1 in / 4.4 out per million"), then without
        # ("1.25/10 per million").
        pairs = (RATE_PAIR_BARE_LABELLED, RATE_PAIR_BARE) if " in" in self.work else (RATE_PAIR_BARE,)
        for m in (m for pattern in pairs for m in self._matches(pattern)):
            a, b = to_decimal(m.group("a")), to_decimal(m.group("b"))
            if a is not None and b is not None:
                self.found.add("input_rate", a)
                self.found.add("output_rate", b)
                self._per_million_said += [tidy(a), tidy(b)]
        said = self.found.values
        if "/" in self.work and not said.get("input_rate") and not said.get("output_rate"):
            # a pair not taken as rates stays for the later reading of a pair beside token counts ("10M in 3M out
            # at 3/15")
            for m in list(RATE_PAIR_SHORT.finditer(self.work))[:MAX_MATCHES]:
                a = to_decimal(m.group("a") or m.group("c"))
                b = to_decimal(m.group("b") or m.group("d"))
                dated = m.group("a") is not None and _DATED.search(self.text, max(0, m.start() - 30), m.start())
                # "QBR at 3/15", "closes at 1/5 ... on gpt-4o": a pair after "at", "@" or "vs" is rates only in a
                # message that speaks of prices, and never in place of a named model's own rates
                cued = m.group("c") is not None or _PRICE_WORD_BEFORE.search(self.work, max(0, m.start() - 12),
                                                                             m.start())
                if not cued and (self.found.models or not _PRICE_CUE.search(self.text)):
                    continue
                # output priced 2 to 10 times input, as price lists are ("3.5/4" is two versions)
                if (a is not None and b is not None and a > 0 and 2 * a <= b <= 10 * a and not said.get("input_rate")
                        and not dated):
                    self.found.add("input_rate", a)
                    self.found.add("output_rate", b)
                    self._consume(m.start(), m.end())
            self._blank()
        for m in self._matches(RATE_BARE_LABELLED):
            value = to_decimal(m.group("a"))
            if value is not None:
                self.found.add("input_rate" if m.group("label").startswith("in") else "output_rate", value)
                self._per_million_said.append(tidy(value))
        for m in self._matches(RATE_BARE):
            value = to_decimal(m.group("a"))
            if value is not None:
                self._per_million_said.append(tidy(value))
                label = nearest_label(self.text, m.start(), m.end(), RATE_LABELS)
                if label:
                    self.found.add(label, value)
                else:
                    self.found.unlabeled_rates.append(value)
        first = RATE.search(self.work)
        # "$2/M in $8/M out" (labels after their rates) against "in $1/M read $0.10/M" (labels before them)
        labels_after = first is not None and not _ADJACENT_LABEL.search(self.text, max(0, first.start() - 24),
                                                                         first.start())
        closed = False  # a rate so far had its side named right after it
        for m in self._matches(RATE):
            value = self._dollars(m, "a")
            if value is None:
                continue
            value = self._per_million(value, m)
            unit_text = m.group("pm") or m.group("pk") or ""
            adjacent = _ADJACENT_LABEL.search(self.text, max(0, m.start() - 24), m.start())
            if adjacent and (labels_after or closed) and _RATE_BEFORE_LABEL.search(
                    self.text, max(0, adjacent.start() - 24), adjacent.start("label")):
                adjacent = None  # "$2/M in $8/M out": that "in" is the label after the previous rate
            closing = _SIDE_AFTER_RATE.match(self.text, m.end())
            if closing and adjacent and not _COUNT_BEFORE_LABEL.search(
                    self.text, max(0, adjacent.start("label") - 16), adjacent.start("label")):
                closing = None  # "in $0.25/M out $1.25/M": labels before their rates; that "out" is the next one's
            closed = closed or closing is not None
            if closing:
                # "500 out at $3/M in $15/M out": the side named right after a rate is that rate's, whatever label a
                # token count left before it
                adjacent = None
            label = (
                "input_rate" if "input" in unit_text else "output_rate" if "output" in unit_text
                else ("input_rate" if closing.group("side").startswith("in") else "output_rate") if closing
                else _ADJACENT_RATE[adjacent.group("label")] if adjacent
                else nearest_label(self.text, m.start(), m.end(), RATE_LABELS, numbers=self.work, after_only=True)
            )
            if label:
                self.found.add(label, value)
            else:
                self.found.unlabeled_rates.append(tidy(value))
        first_dollar = self.work.find("$")
        label_first = first_dollar >= 0 and bool(
            _LABEL_FIRST.search(self.work[max(0, first_dollar - 30) : first_dollar + 1])
        )
        stages = (self._rates_label_before, self._rates_label_after)
        for stage in stages if label_first else reversed(stages):
            stage()

    def _rates_label_before(self) -> None:
        for m in list(RATE_IN_OUT_BEFORE.finditer(self.work))[:MAX_MATCHES]:
            side = _IN_OUT_BEFORE.search(self.text, max(0, m.start() - 20), m.start())
            if side and _RATE_BEFORE_LABEL.search(self.text, max(0, side.start("side") - 30), side.start("side")):
                side = None  # "$3/m in $15/m out": the side word closes the rate before it, not this one
            side = side or _SIDE_COUNT_BEFORE.search(self.text, max(0, m.start() - 40), m.start())
            value = self._dollars(m, "a") if side else None
            if value is not None and value >= _LEAST_SPEND_NOT_RATE and _SPEND_PERIOD_AFTER.match(self.work, m.end()):
                continue  # "out at $72,000 a month": a spend over a period, never a price per million tokens
            if side and value is not None:
                self._consume(m.start(), m.end())
                name = "input_rate" if side.group("side").startswith("in") else "output_rate"
                self.found.add(name, self._per_million(value, m))
        self._blank()
        for m in self._matches(RATE_LABEL_BEFORE):
            value = self._dollars(m, "a")
            if value is None:
                continue
            word = m.group("label")
            label = (
                "cache_write_rate" if "write" in word else "input_rate" if word.startswith("input")
                else "output_rate" if word.startswith("output") else "cache_read_rate"
            )
            self.found.add(label, self._per_million(value, m))

    def _cache_prices_on_a(self) -> None:
        """ "$0.30 on a cache hit, $3.75 for a cache write": cache prices said as what one hit or write is billed at,
        read before pairs of rates ("$3 in, $0.30 on each cache read" is no input and output pair)."""
        for m in list(CACHE_PRICE_ON_A.finditer(self.work))[:MAX_MATCHES]:
            value = self._dollars(m, "a")
            if value is not None and not _WHAT_ONE_COSTS_BEFORE.search(self.text, max(0, m.start() - 40), m.start()):
                self.found.add("cache_write_rate" if "write" in m.group("label") else "cache_read_rate", value)
                self._consume(m.start(), m.end())
        self._blank()

    def _rates_label_after(self) -> None:
        for m in self._matches(RATE_LABELLED):
            value = self._dollars(m, "a")
            if value is None:
                continue
            word = m.group("label")
            label = (
                "input_rate" if word.startswith(("in", "normal", "regular", "uncached", "un-", "non-", "base"))
                else "output_rate" if word.startswith("out")
                else "cache_write_rate" if "write" in word else "cache_read_rate"
            )
            self.found.add(label, value)
        if not self.found.values.get("input_rate"):
            return
        for m in [*self._matches(CACHE_PRICE_BARE), *self._matches(CACHE_PRICE_LABEL_FIRST)]:
            value = to_decimal(m.group("a"))
            if value is not None:
                self.found.add("cache_write_rate" if "write" in m.group("label") else "cache_read_rate", value)

    def _provisioned_rate(self) -> None:
        """ "on-demand $10/M, the provisioned offer works out at $6.50/M": both rates, when both are said (the discount
        between them is the engine's)."""
        if not any(w in self.work for w in ("provision", "reserv", "committed", "ptu")) or ("demand" not in self.work \
                and "payg" not in self.work and "pay-as" not in self.work):
            return
        provisioned = [m for m in PROVISIONED_RATE.finditer(self.work)][:MAX_MATCHES]
        on_demand = [m for m in ON_DEMAND_RATE.finditer(self.work)][:MAX_MATCHES]
        if len(provisioned) != 1 or len(on_demand) != 1:
            return
        for m, name in sorted(((provisioned[0], "provisioned_rate"), (on_demand[0], "on_demand_rate")),
                              key=lambda pair: pair[0].start()):  # blanked in the order they stand
            value = self._dollars(m, "a")
            if value is not None:
                self.found.add(name, value)
                self._consume(m.start("a"), m.end())
        self._blank()

    def _same_rate(self) -> None:
        """ "$0.72/M in and out", "flat $0.90/M": one rate for both sides, read before the sides' own rates."""
        if "$" not in self.work or not any(w in self.work for w in ("out", "both", "flat", "each way", "either")):
            return
        for pattern in SAME_RATE:
            for m in self._matches(pattern):
                value = self._dollars(m, "a")
                if value is not None:
                    for side in ("input_rate", "output_rate"):
                        self.found.add(side, self._per_million(value, m))

    def _blended(self) -> None:
        if ("blended" not in self.work and "all-in" not in self.work and "all in" not in self.work
                and "blend" not in self.work):
            return
        for pattern in BLENDED_RATE:
            self._add_amounts(pattern, "blended_rate")

    def _unit_period_prices(self) -> None:
        """ "$96/day per unit", "$2,920 per PTU per month": one unit's price over a day, week, month or year, read
        (before spends, which would take it for a bill) as the price per unit-hour it amounts to (a day is 24 h, a
        month 730)."""
        if "$" not in self.work or ("unit" not in self.work and "ptu" not in self.work):
            return
        matches = list(UNIT_PERIOD_PRICE.finditer(self.work))[:MAX_MATCHES]
        for m in matches[:1] if len(matches) == 1 else ():
            value = self._dollars(m, "a")
            period = PERIOD_WORDS.get(m.group("p") or m.group("q") or "")
            if value is None or value <= 0 or period not in ("day", "week", "month", "year"):
                continue
            with localcontext() as wide:
                wide.prec = 28
                self.found.add("unit_hour_price", value / HOURS_PER_PERIOD[period])
            self.found.unit_price_said = (value, period)
            self._consume(m.start(), m.end())
        self._blank()

    def _unit_hour_prices(self) -> None:
        """ "$10 per unit-hour": read before the token rates, so "works out at $10 per unit-hour" is no output rate."""
        if "h" not in self.work or ("$" not in self.work and "unit" not in self.work and "ptu" not in self.work):
            return
        matches = [*self._matches(UNIT_HOUR_PRICE_LABEL), *self._matches(UNIT_HOUR_PRICE),
                   *self._matches(UNIT_HOUR_PRICE_BARE)]
        # "the traffic one unit carries would cost $32 per unit-hour at on-demand rates; four units at $21.60 per
        # unit-hour": the price said to be on-demand's, beside the units' own
        worth_after = [_ON_DEMAND_AFTER.match(self.text, m.end()) is not None for m in matches]
        for m, after in zip(matches, worth_after, strict=True):
            value = self._dollars(m, next((g for g in ("a", "b", "c") if m.groupdict().get(g) is not None), "a"))
            if value is None:
                continue
            if not self.found.load_profile and UNITS.search(self.work) and (
                    (after and not all(worth_after))
                    or (self.found.values.get("unit_hour_price")
                        and _ON_DEMAND_WORTH.search(self.text, max(0, m.start() - 80), m.start()))):
                # "if they ran the same tokens on-demand it'd come to $1.60 per PTU-hour's worth": what one unit's
                # traffic costs an hour at on-demand rates (the units' own price was said before it)
                worth = _ON_DEMAND_WORTH.search(self.text, max(0, m.start() - 80), m.start())
                self.found.add("on_demand_spend", value)
                self.found.spend_periods["on_demand_spend"] = "hour"
                # "the same tokens those 4 units would serve: ~$84/hour": all the units' traffic, not one unit's
                self.found.on_demand_per_unit = worth is None or not _UNITS_COUNTED.search(worth.group(0))
            else:
                self.found.add("unit_hour_price", value)

    def _capacity_volume(self) -> None:
        """ "capacity good for up to 3.2B tokens/month", "those 8 units max out around 120M tokens/hour": the tokens the
        whole capacity serves at full use, a day (one figure; an offer priced by the unit-hour with no units counted is
        left to the offer's own reading)."""
        if "token" not in self.work and "tok" not in self.work:
            return
        matches = list(CAPACITY_VOLUME.finditer(self.work))[:MAX_MATCHES]
        if len(matches) != 1:
            return
        m = matches[0]
        strong = m.group("full") or _FULL_BEFORE.search(self.text, max(0, m.start() - 30), m.start()) or m.group(
            "verb") not in ("handles", "handle", "handling", "serves", "serve",
                                                            "serving", "for", "covers", "cover", "covering")
        if m.group("subject") in ("units", "ptus", "mus", "model units") and not strong:
            return  # "those units would serve about 14M tokens an hour": traffic carried, not what they can carry
        if m.group("subject") in ("capacity", "reservation") and not UNITS.search(self.work) and _PRICE_AN_HOUR.search(
                self.work):
            return  # "$10.50 an hour for capacity that covers 100M tokens a day": one block, read by OFFER_COVERS
        value = to_decimal(m.group("num"), m.group("scale"))
        if value is None or value <= 0:
            return
        period = PERIOD_WORDS[m.group("period")]
        self._consume(m.start(), m.end())
        self.found.capacity_per_day = per_day(value, period)
        self.found.capacity_period = period
        price = _PRICE_AFTER_CAPACITY.match(self.work, m.end())
        if price is not None and not self.found.values.get("provisioned_spend"):
            # "capacity for 500M tokens/week flat out, $1,120/week": the price of that capacity, said right after it
            amount = (self._dollars(price, "a") if price.group("a")
                      else to_decimal(price.group("d"), price.group("d_scale")) if price.group("d")
                      else to_decimal(price.group("b"), price.group("b_scale")))
            said = price.group("period") or price.group("period_adj")
            if amount is not None and said and PERIOD_WORDS.get(said, "year") not in ("hour", "minute", "second"):
                self._consume(price.start(), price.end())
                self.found.add("provisioned_spend", amount)
                self.found.spend_periods["provisioned_spend"] = (
                    "year" if said.startswith("annual") else PERIOD_WORDS[said])
        self._blank()

    def _unit_throughput(self, value: Decimal, period: str) -> None:
        """One unit's throughput, ``value`` tokens a ``period`` ("hour", "minute", "second"), kept a minute (and an
        hour, when it was said an hour)."""
        with localcontext() as per_minute:
            per_minute.prec = 28
            self.found.add("tokens_per_minute_per_unit", {"hour": value / 60, "second": value * 60}.get(period, value))
        if period == "hour":
            self.found.add("tokens_per_hour_per_unit", value)

    def _throughput_said_first(self) -> None:
        """ "3,000,000 tokens one unit serves per hour", "per unit at full load 2.4M input and 600k output tokens per
        hour": a unit's throughput with the figure before its verb, or as input and output sides (which give the
        mix)."""
        if "unit" not in self.work and "ptu" not in self.work and "mu" not in self.work:
            return
        for _ in self._matches(_ONE_UNIT_ASKED):
            pass  # blanked: the figure is the unit's own, not a number left unplaced
        for m in self._matches(THROUGHPUT_BEFORE_UNIT):
            value = to_decimal(m.group("num"), m.group("scale"))
            if value is not None and value > 0:
                self._unit_throughput(value, "second" if m.group("period") == "s" else PERIOD_WORDS[m.group("period")])
        for m in self._matches(THROUGHPUT_SPLIT):
            a, b = to_decimal(m.group("a"), m.group("a_scale")), to_decimal(m.group("b"), m.group("b_scale"))
            if a is None or b is None or a < 0 or b < 0 or a + b <= 0:
                continue
            self._unit_throughput(a + b, "second" if m.group("period") == "s" else PERIOD_WORDS[m.group("period")])
            self.found.add("input_share", a / (a + b))

    def _one_unit_priced(self) -> None:
        """ "the provisioned unit is $9/hour", "a flat $14.60/hour for the deployment": a price by the hour with no
        units counted is the price of one unit, where the text names the unit only in the singular (or names no unit and
        counts nothing else billed by the hour); "units" with no count is asked about instead."""
        if self.found.values.get("units") or not self.found.values.get("unit_hour_price"):
            return
        lowered = self.text.lower()
        if _PLURAL_UNITS.search(lowered) or _OTHER_COUNTED.search(lowered):
            return
        if _SINGULAR_UNIT.search(lowered) or not re.search(r"\b(?:units?|ptus?|mus?)\b", lowered):
            self.found.add("units", Decimal(1))

    def _average_load_on_units(self) -> None:
        """ "3 PTUs ... each ~50k TPM. actual workload ~90k TPM average": the average load over the units' capacity is
        the utilization (90k ÷ 150k = 60%)."""
        units, per_unit = self.found.values.get("units", []), self.found.values.get("tokens_per_minute_per_unit", [])
        if ("utilization" in self.found.values or len(set(units)) != 1 or len(set(per_unit)) != 1
                or "tpm" not in self.work):
            return
        capacity = units[0] * per_unit[0]
        for m in list(AVERAGE_TPM.finditer(self.work))[:1]:
            load = to_decimal(m.group("num") or m.group("num2"), m.group("scale") or m.group("scale2"))
            if load is not None and capacity > 0 and 0 < load <= capacity:
                self.found.add("utilization", load / capacity)
                self.found.load_ratios["utilization"] = (load, capacity, "TPM")
                self._consume(m.start(), m.end())
        self._blank()

    def _cache_bill_lines(self) -> None:
        """ "840,000,000 cache read tokens ... 12,000,000 cache write tokens ... 160,000,000 uncached input tokens": a
        bill's caching lines, read when the tokens read from the cache come with written or uncached ones."""
        if "cache" not in self.work:
            return
        lines = [(m, kind, value) for m in list(CACHE_LINE_TOKENS.finditer(self.work))[:MAX_MATCHES]
                 if (value := to_decimal(m.group("num") or m.group("num2") or m.group("num3") or m.group("num4"),
                                         m.group("scale") or m.group("scale2") or m.group("scale3")
                                         or m.group("scale4")))
                 is not None and (kind := _CACHE_LINE_KINDS[(m.group("kind") or m.group("kind2") or m.group("kind4"))
                                                            .replace("-", " ").split()[-1]])]
        kinds = {kind for _, kind, _ in lines}
        if "read" not in kinds or kinds == {"read"} or len(kinds) != len(lines):
            return
        for m, kind, value in lines:
            self.found.cache_lines[kind] = value
            self._consume(m.start(), m.end())
        scope, period = self._token_period(lines[0][0].end())
        usage = _USAGE_OVER_PERIOD.search(self.work)
        said = period if scope == "day" else (self._label_period() or (_usage_period(usage) if usage else None)
                                              or _period_named(self.work))
        self.found.cache_lines_period = PERIOD_WORDS.get(said, said) if said is not None else None
        self._blank()

    def _load_in_tpm(self) -> None:
        """ "steady 90k TPM around the clock, 1 PTU = 50k TPM: how many PTUs?": the load in tokens a minute, beside one
        unit's throughput and no count of units (the count is what is asked); "average ~40k TPM, peaks 2.5x: sized
        for peak?": the load the capacity for the peak is sized from."""
        per_unit = set(self.found.values.get("tokens_per_minute_per_unit", []))
        if ("tpm" not in self.work or len(per_unit) > 1 or (not per_unit and "peak" not in self.work)
                or set(self.found.values.get("units", [])) - {1}
                or any(self.found.values.get(k) for k in ("tokens_per_day", "input_tokens_per_day", "utilization"))):
            return
        loads = [(m, value) for m in list(LOAD_TPM.finditer(self.work))[:MAX_MATCHES]
                 if (value := to_decimal(m.group("num"), m.group("scale"))) is not None and value not in per_unit]
        if len({value for _, value in loads}) == 1:
            m, value = loads[0]
            self._consume(m.start(), m.end())
            self._add_tokens("tokens", value, m.end(), period="minute")
            self._blank()

    def _capacity(self) -> None:
        self._throughput_said_first()
        one_unit = False
        for m in self._matches(THROUGHPUT_OF_ONE) if "unit" in self.work or "ptu" in self.work else ():
            value = to_decimal(m.group("num"), m.group("scale"))
            if value is None or value <= 0:
                continue
            one_unit = one_unit or m.group(0).startswith(("1", "one", "a single"))
            period = "minute" if m.group("tpm") else "second" if m.group("period") == "s" else PERIOD_WORDS[
                m.group("period")]
            with localcontext() as per_minute:
                per_minute.prec = 28
                self.found.add("tokens_per_minute_per_unit", {"hour": value / 60, "second": value * 60}.get(
                    period, value))
            if period == "hour":
                self.found.add("tokens_per_hour_per_unit", value)
        for pattern in THROUGHPUT:
            for m in self._matches(pattern):
                value = to_decimal(m.group("num"), m.group("scale"))
                if value is not None:
                    self.found.add("tokens_per_minute_per_unit", value)
        for m in list(THROUGHPUT_OVER.finditer(self.work))[:MAX_MATCHES] if "unit" in self.work or "ptu" in self.work \
                else ():
            value = to_decimal(m.group("num"), m.group("scale"))
            if value is None or not _UNIT_BEFORE.search(self.work, max(0, m.start() - 40), m.start()):
                continue  # a unit's throughput only when the unit is its subject
            self._consume(m.start(), m.end())
            period = "second" if m.group("period") == "s" else PERIOD_WORDS[m.group("period")]
            with localcontext() as per_minute:
                per_minute.prec = 28
                self.found.add("tokens_per_minute_per_unit", {"hour": value / 60, "second": value * 60}.get(
                    period, value))
            if period == "hour":
                self.found.add("tokens_per_hour_per_unit", value)
        self._blank()
        said_units = list(self._matches(UNITS))
        several = any(m.group("num") != "1" for m in said_units)  # (said before or after the one unit)
        for m in said_units:
            value = to_decimal(m.group("num"))
            if value == 1 and several and m.group("num") == "1" and _ONE_UNIT_WORTH.match(self.text, m.end()):
                continue  # "3 model units ... one unit fully loaded serves $35/hr": what each of the units serves
            if value is not None:
                self.found.add("units", value)
        for m in self._matches(UNITS_LABEL) if not self.found.values.get("units") else ():
            value = to_decimal(m.group("num"))
            if value is not None and value > 0:
                self.found.add("units", value)  # "units: 4", "| PTUs | 50 |": a sheet's row, the label first
        counted_before = bool(self.found.values.get("units"))
        for m in self._matches(A_SINGLE_UNIT) if "single" in self.work or "one " in self.work else ():
            if counted_before and _ONE_UNIT_WORTH.match(self.text, m.end()):
                continue  # "four units ... the traffic one unit can carry": what each of the units carries
            self.found.add("units", Decimal(1))
        units = set(self.found.values.get("units", []))
        if Decimal(1) in units and len(units) <= 2 and ONE_UNIT_PRICED.search(self.text):
            # "if one costs $2.50 an hour, what's 4 of them?": the one said is the unit priced, not a count
            others = [u for u in self.found.values["units"] if u != 1]
            if not others and (them := _N_OF_THEM.search(self.work)) is not None:
                others = [Decimal(them.group("n"))]
                self._consume(them.start(), them.end())
            if others:
                self.found.values["units"] = others
        if (not self.found.values.get("units") and self.found.values.get("unit_hour_price") and not one_unit
                and ("unit" in self.work or "ptu" in self.work)):
            counted = list(UNITS_TAKEN.finditer(self.work))[:MAX_MATCHES]
            counts = {Decimal(_COUNT_WORDS.get(m.group("n"), 0) or int(m.group("n"))) for m in counted}
            if len(counts) == 1:
                # "model unit is $39.60/hr and they'd need just the 1 for a month": that many of the unit priced
                self.found.add("units", counts.pop())
                for m in counted:
                    self._consume(m.start("n"), m.end("n"))
                self._blank()
        if one_unit and not self.found.values.get("units"):
            # "1 unit = 50k tokens/min. we'd take 4 of them": the units taken; else "one PT unit does 2,000 tok/s and
            # costs $18/hr": that one unit
            taken = _N_OF_THEM.search(self.work)
            self.found.add("units", Decimal(taken.group("n")) if taken else Decimal(1))
        if (self.found.values.get("unit_hour_price") and not self.found.values.get("tokens_per_minute_per_unit")
                and not self.found.values.get("units") and "cover" in self.work):
            for m in list(OFFER_COVERS.finditer(self.work))[:1]:
                value = to_decimal(m.group("num"), m.group("scale"))
                if value is None or value <= 0:
                    continue
                self._consume(m.start(), m.end())
                with localcontext() as per_minute:
                    per_minute.prec = 28
                    hour = value / 24 if m.group("period") == "day" else value
                    self.found.add("tokens_per_minute_per_unit", hour / 60)
                    self.found.add("tokens_per_hour_per_unit", hour)
                self.found.add("units", Decimal(1))  # the offer priced by the hour is one block of that capacity
            self._blank()
        self._one_unit_priced()

    def _mix(self) -> None:
        for m in list(MIX_AFTER_RATES.finditer(self.text))[:MAX_MATCHES] if ":" in self.work else ():
            a, b = to_decimal(m.group("a")), to_decimal(m.group("b"))
            if a is not None and b is not None and a > b and self.work[m.start("a"):m.end("b")].strip():
                self.found.add("input_share", a / (a + b))
                self._consume(m.start("a"), m.end("b"))
        for m in list(MIX_IN_BRACKETS.finditer(self.text))[:MAX_MATCHES] if "(" in self.work else ():
            a, b = to_decimal(m.group("a")), to_decimal(m.group("b"))
            if a is not None and b is not None and self.work[m.start("a"):m.end("b")].strip():
                self.found.add("input_share", a / (a + b))
                self._consume(m.start("a"), m.end("b"))
        self._blank()
        padded = " " + self.work  # "in/out ratio of 2:1, ...": a label at the very start
        if not any(w in padded for w in (" in", " mix", " split", "i/o", "i:o")):
            return  # "2:1 i/o" names the mix by its short label
        for pattern in MIX:
            for m in self._matches(pattern):
                a, b = to_decimal(m.group("a")), to_decimal(m.group("b"))
                if a is not None and b is not None and a + b > 0:
                    self.found.add("input_share", a / (a + b))

    def _growth(self) -> None:
        if "same" in self.work:
            for m in list(SAME_MIX_TOTAL.finditer(self.text))[:MAX_MATCHES]:
                total = to_decimal(m.group("num"), m.group("scale"))
                if total is not None and total > 0:
                    self.found.same_mix_totals.append(total)
        if not any(w in self.work for w in ("x ", "× ", "times", "twice", "double", "triple", "quadruple", "%")):
            return
        for pattern in GROWTH:
            for m in self._matches(pattern):
                if self._growth_of_money_or_time(m):
                    self.found.unused.append(m.group(0).strip())
                    continue
                groups = m.groupdict()
                if groups.get("pct5") and self._growth_of_volume(m):
                    continue  # "traffic came in 30% above forecast": more calls, not bigger ones
                word = groups.get("word")
                pct = (groups.get("pct") or groups.get("pct2") or groups.get("pct3") or groups.get("pct4")
                       or groups.get("pct5") or groups.get("pct6"))
                share = to_decimal(pct) if pct else None
                value = (_GROWTH_WORDS[word] if word else 1 + share / 100 if share is not None
                         else to_decimal(m.group("a")))
                if value is not None:
                    self.found.add("growth", value)

    def _growth_of_volume(self, m: re.Match[str]) -> bool:
        """Whether the clause before a share over plan names a volume ("traffic came in 30% over forecast") rather
        than the size of a call."""
        clause_start = max((self.text.rfind(c, 0, m.start()) for c in ".;?!,\n"), default=-1) + 1
        return bool(_GROWTH_OF_VOLUME.search(self.text[max(clause_start, m.start() - 60) : m.start()]))

    def _growth_of_money_or_time(self, m: re.Match[str]) -> bool:
        """Whether the clause around a growth speaks of a bill or a time ("bill came in 20% larger", "30% longer to
        complete") and names no tokens or prompts."""
        clause_start = max((self.text.rfind(c, 0, m.start()) for c in ".;?!,\n"), default=-1) + 1
        ends = [i for i in (self.text.find(c, m.end()) for c in ".;?!,\n") if i >= 0]
        # the growth's own words stay out ("1.5 times as large" names no time)
        after = self.text[m.end() : min([*ends, m.end() + 30])]
        clause = self.text[max(clause_start, m.start() - 60) : m.start()] + " … " + after
        return bool(_GROWTH_OF_MONEY_OR_TIME.search(clause) or _GROWTH_TAKES_LONGER.search(after)) and not (
            _GROWTH_OF_TOKENS.search(clause))

    def _add_batch_fee(self, m: re.Match[str]) -> None:
        """A fee said per thousand (or million) calls, as the fee of one call."""
        value = to_decimal(m.group("cents")) if m.group("cents") else self._dollars(m, "a")
        if value is not None:
            per = 1000 if re.search(r"k|thousand|^1,?000$", m.group("batch")) else 1_000_000
            self.found.add("per_call_fee", value / (100 * per if m.group("cents") else per))

    def _per_call_fees(self) -> None:
        for m in self._matches(PER_TOKEN_CALL_COST) if "token" in self.work else ():
            value = self._dollars(m, "a")
            if value is not None:
                self.found.add("per_token_call_cost", value)
        batches = ("1,000 ", "1000 ", "1k ", "1 k ", " k ", "thousand", "1m ", "1 m ", " m ", "million")
        batched = any(b in self.work for b in batches)
        for m in self._matches(PER_CALL_FEE_BATCH) if batched else ():
            self._add_batch_fee(m)
        for m in list(PER_CALL_FEE_BATCH_AFTER_UNIT.finditer(self.work))[:MAX_MATCHES] if batched else ():
            self._add_batch_fee(m)
            self._consume(m.start("a") if m.group("a") else m.start("cents"), m.end())  # the count stays to be read
        self._blank()
        for m in list(PER_CALL_FEE_CHANGED.finditer(self.work))[:MAX_MATCHES] if " from " in self.work else ():
            # the fee it changes to; the one it replaces stays for the deal as first stated (bot.parse.variants)
            self._add_fee(m)
            self._consume(m.start("a") if m.group("a") else m.start("cents"), m.end())
        self._blank()
        for pattern in (PER_CALL_FEE, PER_CALL_FEE_BEFORE, PER_CALL_FEE_EACH,
                        PER_CALL_FEE_CALL_FIRST, PER_CALL_FEE_AMOUNT_FIRST, PER_CALL_FEE_LABEL_FAR):
            for m in self._matches(pattern):
                self._add_fee(m)
        if self.found.values.get("per_call_fee"):
            return
        tried: set[str] = set()  # (each unit's count looked for once: a long paste of fees is read in linear time)
        for m in list(PER_NAMED_UNIT_FEE.finditer(self.work))[:MAX_MATCHES]:
            # "$0.06 per digest ... 25,000 digests a week": the unit the fee is charged per is the one the ask counts
            noun = m.group("noun")
            stem = noun[:-3] + "(?:y|ies)" if noun.endswith("ies") else (
                noun[:-1] + "(?:y|ies)" if noun.endswith("y") else re.escape(noun.removesuffix("s")) + "(?:s|es)?")
            if stem in tried:
                continue
            tried.add(stem)
            # the count is looked for with the fee itself blanked: "$40 per engineer" is no count of engineers
            rest = self.work[:m.start()] + " " * (m.end() - m.start()) + self.work[m.end():]
            if re.search(r"\d(?:[\d,.]*\d)?\s?(?:k|m)?\s(?:[a-z]{3,15}\s)?" + stem + r"\b", rest):
                self._add_fee(m)
                self.found.fee_noun = stem
                self._consume(m.start(), m.end())
                break
        self._blank()

    def _add_fee(self, m: re.Match[str]) -> None:
        """A per-call fee matched in dollars or in cents."""
        if m.groupdict().get("cents"):
            value = to_decimal(m.group("cents"))
            if value is not None:
                self.found.add("per_call_fee", value / 100)
        else:
            dollars = self._dollars(m, "a")
            if dollars is not None:
                self.found.add("per_call_fee", dollars)

    # ratios and percentages ------------------------------------------------------------------------
    def _peak_and_average(self) -> None:
        """ "averages 1,200 tokens/sec but peaks at 3,000": the ratio of the two loads; "committed to 500k TPM, actual
        average 330k": the share of the commitment used. Two loads in different units, or an average above the peak
        or the commitment, are left for the reply to name as unused."""
        if any(w in self.work for w in ("peak", "max", "commit", "reserv", "provision", "bought")):
            patterns = [*((p, "peak_to_average") for p in PEAK_AND_AVERAGE), (COMMITTED_AND_USED, "utilization")]
            for pattern, name in patterns:
                for m in list(pattern.finditer(self.work))[:MAX_MATCHES]:
                    peak, average = self._dollars(m, "peak"), self._dollars(m, "avg")
                    units = {load_key(m.group(g)) for g in ("peak_unit", "avg_unit") if m.group(g)}
                    if peak is None or average is None or peak <= 0 or average <= 0 or len(units) > 1:
                        continue
                    if name == "peak_to_average" and peak >= average:
                        self.found.add(name, peak / average)
                        self.found.load_ratios["peak_to_average"] = (peak, average, _load_unit_said(m, "peak"))
                    elif name == "utilization" and average <= peak:
                        self.found.add(name, average / peak)
                        self.found.load_ratios["utilization"] = (average, peak, _load_unit_said(m, "peak"))
                    else:
                        continue
                    self._consume(m.start(), m.end())
                self._blank()
        if "utilization" not in self.found.values and any(w in self.work for w in ("sized", "commit", "reserv",
                                                                                   "provision", "bought", "built")):
            for m in list(SIZED_AND_USED_DAILY.finditer(self.work))[:MAX_MATCHES]:
                sized, average = self._dollars(m, "peak"), self._dollars(m, "avg")
                if sized is None or average is None or not 0 < average <= sized or not m.group("peak_unit"):
                    continue
                noun = "tokens" if m.group("peak_unit").startswith("tok") else "calls"
                self.found.add("utilization", average / sized)
                self.found.load_ratios["utilization"] = (average, sized, f"{noun}/day")
                self._consume(m.start(), m.end())
            self._blank()
        if "utilization" not in self.found.values:
            self._pool_in_use()
        if any(w in self.work for w in ("tpm", "rpm", "rps", "qps", "tps", "ptu", "/s", "per s", "/min", "per min")):
            self._labelled_loads()

    def _pool_in_use(self) -> None:
        """ "bought 500 concurrent sessions and averaged 350 in use": the share of a pool of items in use; "they use
        5.2M of an 8M tokens-per-hour reservation": the share of the capacity reserved."""
        for m in list(LOAD_OF_CAPACITY.finditer(self.work))[:1] if " of " in self.work else ():
            used = to_decimal(m.group("used"), m.group("used_scale"))
            total = to_decimal(m.group("total"), m.group("total_scale"))
            if used is not None and total is not None and 0 < used <= total:
                self.found.add("utilization", used / total)
                said = m.group(0)
                short = re.search(r"\b(tpm|tph|tps|rpm|rps)\b", said)
                unit = (short.group(1).upper() if short else "tokens/hour" if re.search(r"\b(?:hour|hr)\b", said)
                        else "tokens/minute" if re.search(r"\b(?:minute|min)\b", said) else "tokens")
                self.found.load_ratios["utilization"] = (used, total, unit)
                self._consume(m.start("used"), m.end())
                self._blank()
                return
        for pattern in POOL_IN_USE:
            for m in list(pattern.finditer(self.work))[:MAX_MATCHES]:
                total, used = to_decimal(m.group("total")), to_decimal(m.group("used"))
                if total is None or used is None or not 0 < used <= total:
                    continue
                noun = m.group("noun").split()[-1]
                self.found.add("utilization", used / total)
                self.found.load_ratios["utilization"] = (used, total, noun if noun.endswith("s") else noun + "s")
                self._consume(min(m.start("total"), m.start("used")), m.end())
            self._blank()

    def _labelled_loads(self) -> None:
        """ "Average inference load: 180k TPM / Peak inference load: 450k TPM", "commit to 1,000k TPM but average only
        550k": loads of one unit, each named by its nearest word, as the peak-to-average ratio (peak ÷ average) and
        the utilization of the commitment (average ÷ committed). A ratio read already is not read again; loads
        that do not pair up are left for the reply to name as unused."""
        if "peak_to_average" in self.found.values and "utilization" in self.found.values:
            return
        by_unit: dict[str, dict[str, list[tuple[Decimal, re.Match[str]]]]] = {}
        figures = [*list(LOAD_FIGURE.finditer(self.work))[:MAX_MATCHES],
                   *list(LOAD_FIGURE_UNIT_FIRST.finditer(self.work))[:MAX_MATCHES]]
        for m in figures:
            value = to_decimal(m.group("num"), m.group("scale"))
            # "TPM averages 150k": a label inside the figure's own words is its label
            inner = [name for name, rx in LOAD_LABELS.items() if rx.search(m.group(0))]
            label = inner[0] if len(inner) == 1 else nearest_label(self.work, m.start(), m.end(), LOAD_LABELS)
            if value is None or value <= 0 or label is None:
                continue
            by_unit.setdefault(load_key(m.group("unit")), {}).setdefault(label, []).append((value, m))
        if len(by_unit) != 1:
            return  # loads in two units (TPM and PTUs) are not set against each other
        unit, labelled = by_unit.popitem()
        shown = {"tpm": "TPM", "rpm": "RPM", "tps": "tokens/s", "rps": "requests/s", "ptu": "PTUs"}.get(unit, unit)
        single = {label: loads[0] for label, loads in labelled.items()
                  if len({value for value, _ in loads}) == 1}
        average = single.get("average")
        if average is None:
            return
        peak, committed = single.get("peak"), single.get("committed")
        used: list[re.Match[str]] = []
        if peak is not None and peak[0] > average[0] and "peak_to_average" not in self.found.values:
            self.found.add("peak_to_average", peak[0] / average[0])
            self.found.load_ratios["peak_to_average"] = (peak[0], average[0], shown)
            used += [peak[1], average[1]]
        if committed is not None and average[0] <= committed[0] and "utilization" not in self.found.values:
            self.found.add("utilization", average[0] / committed[0])
            self.found.load_ratios["utilization"] = (average[0], committed[0], shown)
            used += [committed[1], average[1]]
        for start, end in sorted({(m.start(), m.end()) for m in used}):
            self._consume(start, end)
        self._blank()

    def _peak_to_average(self) -> None:
        for m in self._matches(PAR_SMOOTHED) if " to " in self.work else ():
            value = to_decimal(m.group("a"))
            if value is not None and value >= 1:
                self.found.add("other_peak_to_average", value)
        for m in self._matches(PAR_WHAT_IF) if "if " in self.work else ():
            value = to_decimal(m.group("a"))
            if value is not None and value >= 1:
                self.found.add("other_peak_to_average", value)
        for m in self._matches(PAR_CHANGE) if "from" in self.work else ():
            before, after = to_decimal(m.group("a")), to_decimal(m.group("b"))
            if before is not None and after is not None:
                self.found.add("peak_to_average", after)
                self.found.add("peak_to_average_before", before)
        for pattern in PEAK_TO_AVERAGE:
            for m in self._matches(pattern):
                said = m.group("a") or m.groupdict().get("b")
                value = to_decimal(said) if said else None
                if value is not None:
                    self.found.add("peak_to_average", value)
        for m in self._matches(PEAK_ABOVE_AVERAGE) if "peak" in self.work or "busiest" in self.work or \
                "spike" in self.work else ():
            said_above, said_below = m.group("above") or m.group("above2"), m.group("below")
            above = to_decimal(said_above) if said_above else None
            below = to_decimal(said_below) if said_below else None
            if above is not None and 0 < above <= 1_000:
                # "peak runs 25% above average": 1.25 times the average
                self.found.add("peak_to_average", 1 + above / 100)
            elif below is not None and 0 < below < 100:
                # "average sits 20% below peak": the peak is 1 ÷ 0.8 = 1.25 times the average
                self.found.add("peak_to_average", 100 / (100 - below))
        if "peak_to_average" not in self.found.values and ("peak" in self.work or "par" in self.work):
            # "peak vs average is something like 8x", "peak-to-average: their SRE says ~1.25", "peak-to-average is all
            # over the place, like 10x": the ratio named, then a few words, then the one plain figure after it
            for m in list(PAR_NAMED_THEN_FIGURE.finditer(self.work))[:1]:
                value = to_decimal(m.group("a"))
                if value is not None and 1 <= value <= 100:
                    self.found.add("peak_to_average", value)
                    self._consume(m.start("a"), m.end())
            self._blank()

    def _target_saving(self) -> None:
        if not any(word in self.work for word in ("sav", "cheaper", "reduction", "below", "under", "at most",
                                                   "less than", "no more than", "within", "% of", "better off", "ahead",
                                                   "target", " to 0.", " to .")):
            return
        for m in self._matches(TARGET_SAVING):
            ratio = to_decimal(m.group("r") or m.group("r2") or "")
            if ratio is not None and 0 < ratio < 1:
                self.found.add("target_saving", 1 - ratio)
                continue
            said = m.group("f") or m.group("f2") or m.group("f3") or m.group("f4")
            share = to_decimal(said) if said else None
            if share is not None and 0 < share < 100:
                self.found.add("target_saving", 1 - share / 100)
                continue
            value = to_decimal(m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e")
                               or m.group("g") or m.group("k") or m.group("m") or m.group("t") or m.group("u")
                               or m.group("q") or m.group("gt") or m.group("gt2") or m.group("mk"))
            stated = m.group("c") and _RATE_STATED_BELOW.match(m.group(0))
            if value is not None and stated and not _WANTED_BEFORE.search(self.work, max(0, m.start() - 40), m.start()):
                # "that effective rate lands 35% under what they pay on-demand": a price stated, so the discount
                self.found.add("discount", value / 100)
                self._consume(m.start(), m.end())
            elif value is not None:
                self.found.add("target_saving", value / 100)

    def _share_of_bill_aside(self) -> None:
        """ "input rate only (that's 90% of their bill)": a share of the bill said in an aside is what the figures
        cover, never a markup, discount or load."""
        if "%" in self.work and " of " in self.work and "(" in self.work:
            for _ in self._matches(_SHARE_OF_BILL_ASIDE):
                pass  # blanked

    def _percent_referred_back(self) -> None:
        """ "bedrock $3.90 (30% over direct) ... how much of that 30% survives the EA?": a percentage said again after
        "that" or "the same" is the one said before it, not a second figure for the label nearest it."""
        if "%" not in self.work or not any(w in self.work for w in ("that ", "this ", "the same ", "those ", "under ",
                                                                     "below ", "over ", "above ", "than ", "after the ",
                                                                     "net of the ")):
            return
        for m in list(_REFERRED_PERCENT.finditer(self.work))[:MAX_MATCHES]:
            said = [to_decimal(b.group("n")) for b in _PERCENT_SAID.finditer(self.work, 0, m.start())][:MAX_MATCHES]
            if to_decimal(m.group("n")) in said:
                self._consume(m.start("n"), m.end())
        self._blank()

    def _superseded(self) -> None:
        """ "38% off instead of 30": the replaced value is blanked, so it is neither used nor asked about."""
        if any(w in self.work for w in ("instead", "rather", "place of", " from", "(")):
            for m in self._matches(SUPERSEDED_VALUE):
                value = to_decimal(m.group("a") or m.group("b"))
                if value is not None:
                    self.found.superseded.append(tidy(value / 100) if value >= 1 or "%" in m.group(0) else value)

    def _bare_utilizations(self) -> None:
        if not any(w in self.work for w in ("util", "usage", "hit", "reach", " at ", "run", "sit", "used")):
            return
        for pattern in BARE_UTILIZATION:
            for m in self._matches(pattern):
                value = to_decimal(m.group("a"))
                if value is not None and m.group("a").lstrip("0").startswith("."):
                    value *= 100  # "running 0.85": a fraction of one
                if value is not None and 0 < value <= 100:
                    self.found.bare_utilizations.append(tidy(value / 100))

    def _bare_ea(self) -> None:
        """ "bedrock ~30% above direct, cust EA disc is ten": the EA discount said without its percent sign."""
        if not any(w in self.work for w in (" ea", "edp", "macc", "enterprise agreement")) or self.found.values.get(
                "ea_discount"):
            return
        for m in self._matches(BARE_EA):
            value = to_decimal(m.group("a"))
            if value is not None and 0 < value < 100:
                self.found.add("ea_discount", tidy(value / 100))

    def _bare_discount_and_markup(self) -> None:
        """ "discount 40", "list markup 18": the figure said without its percent sign, where none was read."""
        for name, pattern, words in (("discount", BARE_DISCOUNT, ("disc", " off")),
                                     ("markup", BARE_MARKUP, ("mark", "premium", "uplift", "list"))):
            if self.found.values.get(name) or not any(w in self.work for w in words):
                continue
            for m in self._matches(pattern):
                value = to_decimal(m.group("a") or m.groupdict().get("off") or "")
                if value is not None and 0 < value < 100 and not self.found.values.get(name):
                    self.found.add(name, tidy(value / 100))

    def _other_utilization(self, start: int, end: int) -> bool:
        """Whether a percentage other than ``text[start:end]`` reads as a utilization or has no label ("they run at
        80%"): then "util 35% cheaper than on-demand" is the discount, said on the utilization they have."""
        others = (m for m in PERCENT.finditer(self.text) if m.end() <= start or m.start() >= end)
        return any(nearest_label(self.text, m.start(), m.end(), PERCENT_LABELS, numbers=self.work)
                   in (None, "utilization") for m in others)

    def _label_percent(self, start: int, end: int, value: Decimal) -> None:
        of_it = _OF_IT.match(self.text, end)
        if of_it is not None and PREFIX_NAMED.match(self.text, of_it.end()):
            # "2,000 tok/s of input ... ~80% of it is cacheable prefix": the prefix's share of the input said before
            self.found.add("prefix_share", value)
            return
        label = nearest_label(self.text, start, end, PERCENT_LABELS, numbers=self.work)
        if label in (None, "discount") and not _DISCOUNT_RIGHT_AFTER.match(self.text, end) and (
                _SHARE_OF_CAPACITY_AFTER.match(self.text, end)
                or (_USE_RIGHT_BEFORE.search(self.text, max(0, start - 30), start)
                    and _OF_WHAT_IS_BOUGHT.match(self.text, end))):
            # "30% below on-demand ... we'll be at maybe 50% capacity", "we'll use maybe 66.67% of it": the share of
            # the capacity used, not a second discount
            label = "utilization"
        if (label == "hit_ratio" and _HIT_AS_VERB.search(self.text, max(0, start - 30), start)
                and not _CACHE_SAID.search(self.text)):
            label = "utilization"  # "if they only hit 64%" in an ask about no cache: how busy the capacity runs
        named = _UTILIZATION_RIGHT_BEFORE.search(self.text, max(0, start - 24), start) if label == "discount" else None
        cheaper = bool(named) and bool(_CHEAPER_RIGHT_AFTER.match(self.text, end))
        if (named and not _DISCOUNT_RIGHT_AFTER.match(self.text, end)
                and (not cheaper or (named.group("word") and not self._other_utilization(start, end)))):
            # "50% off, util 40% cheaper than OD?": the figure named right before is the utilization; "cheaper" after it
            # is the question asked, unless another figure is the utilization ("util 35% cheaper ... they run at 80%").
            # "on their current usage 35% cheaper", "load = 30% cheaper": usage and load name what the discount is
            # measured on, so a figure they name is a utilization only when no "cheaper" follows
            label = "utilization"
        if (label == "discount" and _EA_RIGHT_BEFORE.search(self.text, max(0, start - 48), start)
                and not _PROVISIONED_RIGHT_AFTER.match(self.text, end)):
            # "their EA takes 10% off", "the EDP knocks off 12%": the agreement named right before the figure is what
            # takes it off, so it is the EA discount, not a provisioned one
            label = "ea_discount"
        if (label == "discount" and tidy(value) in self.found.values.get("utilization", [])
                and _TO_LEVEL.search(self.text, max(0, start - 6), start)
                and not _DISCOUNT_RIGHT_AFTER.match(self.text, end)):
            # "72% utilization ... at 72% are they paying less than on-demand?": the utilization said again in the
            # question, not a discount
            label = "utilization"
        if label == "_other" and _TO_LEVEL.search(self.text, max(0, start - 6), start):
            # "util dropped to 40%": the level it reached, labelled by the other words near it
            label = nearest_label(self.text, start, end, {k: v for k, v in PERCENT_LABELS.items() if k != "_other"},
                                  numbers=self.work)
        if label is None and self._last_percent_label and _ALTERNATIVE.search(self.text[max(0, start - 24) : start]):
            label = self._last_percent_label
        if label is None:
            # "40% or 50% off": the first of two alternatives takes the label of the second.
            follower = _ALTERNATIVE_AFTER.match(self.text, end)
            if follower:
                label = nearest_label(self.text, follower.start("b"), follower.end(), PERCENT_LABELS)
        if label == "_other":
            return
        if (label == "discount" and tidy(value) in self.found.values.get("target_saving", [])
                and _THE_BEFORE.search(self.text, max(0, start - 5), start)):
            # "... want to land 10% under on-demand: what discount gets the 10%?": the saving named again, no discount
            return
        if label == "_saving_said":
            # a saving claimed: read as the saving wanted where it was (see _target_saving), else shown as not used
            if tidy(value) not in self.found.values.get("target_saving", []):
                self.found.unused.append(self.text[start:end].strip() + " saving")
            return
        if label == "_effective_said":
            # the effective markup is what the reply works out; the figure said is shown as not used, never a markup
            self.found.unused.append(self.text[start:end].strip() + " effective")
            return
        if label == "_prompt_share" and PREFIX_NAMED.match(self.text, end):
            label = "prefix_share"  # "70% of input tokens are the same repeated prefix"
        elif label == "_prompt_share" and (side := _SIDE_IS_BEFORE.search(self.text, max(0, start - 30), start)):
            # "output is ~20% of tokens": a side's share of the call's tokens, the mix
            label = "output_share" if side.group("side").startswith(("out", "comp")) else "input_share"
        elif label == "_prompt_share":
            self.found.unused.append(self.text[start:end].strip() + " of the prompt")
            return
        if label == "output_share":
            label, value = "input_share", 1 - value
        if label == "miss_ratio":
            label, value = "hit_ratio", 1 - value
        if label:
            self._last_percent_label = label
            self.found.add(label, value)
        else:
            self.found.unlabeled_percents.append(tidy(value))

    def _tolerances(self) -> None:
        """ "+/-10%", "±20%": a swing around a figure, blanked so that no percentage reading takes it as a value."""
        if any(c in self.work for c in "±+") or "give or take" in self.work or "plus" in self.work:
            for _ in self._matches(TOLERANCE):
                pass
            self._blank()

    def _percentages(self) -> None:
        for _ in self._matches(HALF_UTILIZATION):
            self.found.add("utilization", Decimal("0.5"))
        for m in self._matches(PERCENT_RANGE):
            a, b = to_decimal(m.group("a")), to_decimal(m.group("b"))
            if a is not None and b is not None and a < b:
                self.found.percent_ranges.append((tidy(a / 100), tidy(b / 100)))
            for value in (a, b):
                if value is not None:
                    self._label_percent(m.start(), m.end(), value / 100)
        for m in self._matches(PERCENT):
            value = to_decimal(m.group("a"))
            if value is not None:
                self._label_percent(m.start(), m.end(), value / 100)

    # volumes ---------------------------------------------------------------------------------------
    def _token_pair_bare(self) -> None:
        """ "2k/500 at $3/$15", "our 2k/500 calls": a call's input and output tokens, read before call counts."""
        if "/" not in self.work:
            return
        for m in list(TOKEN_PAIR_BARE.finditer(self.work))[:MAX_MATCHES]:
            if not (m.group("a_scale") or m.group("tok")):
                continue
            a = to_decimal(m.group("a_num"), m.group("a_scale"))
            b = to_decimal(m.group("b_num"), m.group("b_scale"))
            if a is None or b is None or not (0 < a < 1_000_000 and 0 <= b < 1_000_000):
                continue
            self._consume(m.start(), m.end())
            self.found.add("input_tokens_per_call", a)
            self.found.add("output_tokens_per_call", b)
        self._blank()

    def _calls_in_a_unit(self) -> None:
        """ "12 calls for every task": a unit of work's calls, read before any count of those units is."""
        for m in list(CALLS_IN_A_UNIT.finditer(self.work))[:1]:
            # not blanked: the units' count may follow it, read with it later ("12 calls per task, 3,000 tasks a month")
            n = to_decimal(m.group("n"))
            if n is not None and n > 0:
                unit = m.group("unit")
                self.found.calls_per_unit = (n, unit)
                self.found.fee_per_unit = _fee_per(unit, self.text)

    def _units_of_work(self, value: Decimal, said: str) -> Decimal:
        """A count of units of work read as calls, times each unit's calls ("3,000 tasks", 12 calls each). Against a
        fee charged per unit ("$0.05 per run, 3 calls each") the units are what is billed: a count of them stays as
        it is, and a count of model calls is divided into units."""
        per_unit = self.found.calls_per_unit
        if per_unit is None:
            return value
        unit_said = re.search(r"\b" + re.escape(per_unit[1]) + r"s?\b", said) is not None
        if self.found.fee_per_unit:
            return value / per_unit[0] if not unit_said and _MODEL_CALLS_SAID.search(said) else value
        return value * per_unit[0] if unit_said else value

    def _calls_per_work_unit(self) -> None:
        """ "each run makes 14 model calls": the calls of one unit of work (its count said elsewhere)."""
        if not any(w in self.work for w in _EACH_OR_VERB):
            return
        for m in list(CALLS_UNITS_EACH.finditer(self.work))[:1]:
            which = "" if m.group("n") else "2" if m.group("n2") else "3"
            n = to_decimal(m.group("n" + which))
            if n is not None and n > 0 and self.found.calls_per_unit is None:
                unit = m.group("unit" + which).split()[-1]  # "agent runs": a count of "runs" counts them
                self.found.calls_per_unit = (n, unit)
                self.found.fee_per_unit = _fee_per(unit, self.text)
                self._consume(m.start("n" + which), m.end())
        for m in self._matches(CALLS_PER_WORK_UNIT):
            n = to_decimal(m.group("n") or m.group("n_joined"))
            if n is not None and n > 0 and self.found.calls_per_unit is None:
                unit = m.group("unit")
                self.found.calls_per_unit = (n, unit)
                self.found.fee_per_unit = _fee_per(unit, self.text)
        for m in list(CALLS_EACH_AFTER_UNITS.finditer(self.work))[:1]:
            # the units' count before "each" is read later, as a volume of those units
            n = to_decimal(m.group("n"))
            if n is not None and n > 0 and self.found.calls_per_unit is None:
                self.found.calls_per_unit = (n, m.group("unit"))
                self.found.fee_per_unit = _fee_per(m.group("unit"), self.text)
                self._consume(m.start("each"), m.end())
        self._blank()

    def _bare_rate_pair(self) -> None:
        """ "10M in 2M out on 3/15": input and output rates said as two bare figures, where no other rate is said."""
        if "/" not in self.work or any(self.found.values.get(k) for k in ("input_rate", "output_rate", "rate",
                                                                           "blended_rate", "per_call_fee")):
            return
        if self.found.unlabeled_rates or not _TOKENS_SAID.search(self.work):
            return
        pairs = list(BARE_RATE_PAIR.finditer(self.work))[:2]
        if len(pairs) != 1:
            return
        m = pairs[0]
        low, high = to_decimal(m.group("a")), to_decimal(m.group("b"))
        if low is None or high is None or not 0 < low < high <= 10 * low or high > 200:
            return
        if "." not in m.group(0) and high <= 31 and not (
                _AFTER_COUNTS.search(self.work, max(0, m.start() - 24), m.start())
                or _AFTER_COUNTS.search(self.text, max(0, m.start() - 24), m.start())
                or _PRICE_AFTER.match(self.work, m.end())
                or _PRICE_BEFORE.search(self.work, max(0, m.start() - 30), m.start())):
            return  # "renewal on 3/15": a date, unless it follows the token counts or a price's unit or arrow follows
        self.found.add("input_rate", low)
        self.found.add("output_rate", high)
        self.found.bare_rates = m.group(0)
        self._consume(m.start(), m.end())
        self._blank()

    def _units_asked(self) -> None:
        """ "cost per 1,000 conversations? 6 turns each", "500 tickets at 4 calls per ticket": the units of work a cost
        is asked for, and each one's calls."""
        each = self.found.calls_per_unit
        asked = [(m, noun) for m in list(UNITS_ASKED.finditer(self.work))[:MAX_MATCHES]
                 if (noun := _unit_noun(m.group("noun"), m.group("noun2"))) is not None
                 and (each is None or _singular_noun(noun) == each[1])]
        if not asked and each is not None:
            # "what do 500 support tickets cost at 4 calls per ticket": a count of the units, with no period
            counted = _rx(r"(?<![\w.$,])(?<!per )(?<!each )(?<!every )" + QUANTITY + r"\s(?:[a-z]{2,12}\s)?(?P<noun>"
                          + re.escape(each[1]) + r"s)\b(?!\s?(?:/|a|an|per|each|every)\s?"
                          r"(?:(?:working|business|work)[\s-]?)?(?:day|week|month|hour|year|quarter|qtr|"
                          r"minute|second|min|sec|hr|mo|wk|yr)s?\b|\s?(?:daily|weekly|monthly|hourly|yearly|annually|"
                          r"quarterly)\b)")
            asked = [(m, m.group("noun")) for m in list(counted.finditer(self.work))[:MAX_MATCHES]]
        if not asked and each is None:
            # "onboarding 2,000 users, 15 requests each": the units counted right before each one's calls
            for c in list(CALLS_EACH.finditer(self.work))[:1]:
                before = _UNITS_BEFORE_EACH.search(self.work, max(0, c.start() - 48), c.start())
                if before is not None and before.group("noun") not in _NOT_UNITS and (
                        c.group("noun") in (None, _singular_noun(before.group("noun")))):
                    asked = [(before, before.group("noun"))]
        if len(asked) != 1:
            return
        m, noun = asked[0]
        units = to_decimal(m.group("num"), m.group("scale"))
        if units is None or units <= 0:
            return
        singular = _singular_noun(noun)
        spans = [(m.start(), m.end())]
        if each is None:
            said = [c for c in list(CALLS_EACH.finditer(self.work))[:MAX_MATCHES]
                    if c.group("noun") in (None, singular, noun)]
            n = to_decimal(said[0].group("n")) if len(said) == 1 else None
            if n is None or n <= 0:
                return
            self.found.calls_per_unit = (n, singular)
            spans.append((said[0].start(), said[0].end()))
        else:
            stated = CALLS_IN_A_UNIT.search(self.work)
            if stated is not None and stated.group("unit") == singular:
                spans.append((stated.start(), stated.end()))  # "8 model calls per session" is no count of calls
        self.found.add("units_asked", units)
        for start, end in sorted(spans):  # blanked in the order they stand
            self._consume(start, end)
        self._blank()

    def _heads(self) -> None:
        """ "800 seats", "2,500 users": one count of heads, for a volume said per head (not consumed here)."""
        for m in list(HEADS.finditer(self.work))[:MAX_MATCHES]:
            value = to_decimal(m.group("heads"), m.group("heads_scale"))
            if value is not None and value > 0:
                self.found.heads.append((value, m.group("noun"), m.start(), m.end()))

    def _per_head(self, start: int, end: int, inside: str = "") -> Decimal | None:
        """The heads to multiply a volume at ``text[start:end]`` by, when it is said per head and one count of heads
        is stated before it (never the volume's own heads)."""
        counts = {h[0] for h in self.found.heads}
        if len(counts) != 1:
            return None
        said = (PER_HEAD_AFTER.match(inside) is not None if inside else False) or \
            PER_HEAD_AFTER.match(self.text, end, min(len(self.text), end + 40)) is not None or \
            PER_HEAD_BEFORE.search(self.text, max(0, start - 40), start) is not None
        if not said or any(h[2] <= start < h[3] for h in self.found.heads):
            return None
        self.found.per_head = True
        return counts.pop()

    def _heads_used(self) -> None:
        """The heads a volume was multiplied by are used, so not reported unused."""
        if not self.found.per_head:
            return
        for _, _, start, end in self.found.heads:
            self._consume(start, end)
        self._blank()

    def _call_volumes(self) -> None:
        self.found.one_off = ONE_OFF.search(self.text) is not None
        # both loads labelled where they are said, not "peak" and "average" anywhere in the message
        self.found.peak_and_average = (_PEAK_LOAD.search(self.text) is not None
                                       and _AVERAGE_LOAD.search(self.text) is not None)
        self.found.period_asked = _PERIOD_ASKED.search(self.text) is not None
        for m in (*self._matches(CALLS_PER_HEAD), *self._matches(CALLS_EACH_HEAD), *self._matches(CALLS_TIMES_HEADS)):
            heads = to_decimal(m.group("heads"), m.group("heads_scale"))
            each = to_decimal(m.group("num"), m.group("scale"))
            if heads is not None and each is not None:
                # ("1,200 agents, each ~50 tickets a day, 2 model calls per ticket": each ticket's calls too)
                calls = self._units_of_work(heads * each, m.group(0))
                self.found.add("calls_per_day", per_day(calls, m.group("period")))
                self.found.calls_periods.append(PERIOD_WORDS[m.group("period")])
                word = _HEAD_WORD.search(m.group(0))
                if word is not None and heads not in {h[0] for h in self.found.heads}:
                    self.found.heads.append((heads, word.group(0), m.start(), m.start()))
                self.found.per_head = True
        if _PER_UNIT_HINT.search(self.work):
            for m in list(CALLS_PER_UNIT.finditer(self.work))[:MAX_MATCHES]:
                each, count = to_decimal(m.group("n")), to_decimal(m.group("num"), m.group("scale"))
                if each is not None and count is not None:
                    # only the two counts are consumed: the words between them (token counts) are read later
                    self._consume(m.start(), m.end("unit"))
                    self._consume(m.start("num"), m.end())
                    self.found.calls_periods.append(PERIOD_WORDS[m.group("period")])
                    if self.found.calls_per_unit is None:
                        self.found.calls_per_unit = (each, m.group("unit"))
                        self.found.fee_per_unit = _fee_per(m.group("unit").removesuffix("s"), self.text)
                    # against a fee per unit the units are what is billed, each one a "call" of the comparison
                    billed = count if self.found.fee_per_unit else each * count
                    self.found.add("calls_per_day", per_day(billed, m.group("period")))
                    self.found.units_per_day.append(per_day(count, m.group("period")))
            self._blank()
        if _EACH_HINT.search(self.work):
            for m in list(CALLS_PER_UNIT_AFTER.finditer(self.work))[:MAX_MATCHES]:
                each, count = to_decimal(m.group("n")), to_decimal(m.group("num"), m.group("scale"))
                if each is not None and count is not None:
                    self._consume(m.start(), m.end())
                    self.found.calls_periods.append(PERIOD_WORDS[m.group("period")])
                    if self.found.calls_per_unit is None:
                        self.found.calls_per_unit = (each, m.group("unit"))
                        self.found.fee_per_unit = _fee_per(m.group("unit").removesuffix("s"), self.text)
                    # against a fee per unit the units are what is billed, each one a "call" of the comparison
                    billed = count if self.found.fee_per_unit else each * count
                    self.found.add("calls_per_day", per_day(billed, m.group("period")))
                    self.found.units_per_day.append(per_day(count, m.group("period")))
            self._blank()
        for pattern in CALLS_RANGE:
            for m in self._matches(pattern):
                low, high = to_decimal(m.group("a"), m.group("a_scale")), to_decimal(m.group("num"), m.group("scale"))
                if low is not None and high is not None and m.group("scale") and not m.group("a_scale"):
                    bare = to_decimal(m.group("a"))
                    if bare is not None and bare <= (to_decimal(m.group("num")) or 0):
                        low = to_decimal(m.group("a"), m.group("scale"))  # "50 to 60 thousand": 50 thousand
                if low is None or high is None or not 0 < low < high:
                    continue
                period = PERIOD_WORDS.get(m.group("period"), m.group("period"))
                self.found.calls_periods.append(period)
                self.found.calls_range = (per_day(low, period), per_day(high, period))
                self.found.add("calls_per_day", per_day(low, period))
                self.found.add("calls_per_day", per_day(high, period))
        units = {"rps": "second", "qps": "second", "rpm": "minute", "rph": "hour", "rpd": "day",
                 "s": "second", "m": "minute", "h": "hour", "d": "day"}
        for pattern in (*CALL_VOLUME, CALL_VOLUME_BEFORE, CALL_VOLUME_PERIOD_FIRST, CALL_VOLUME_CLAUSE_PERIOD_FIRST,
                        CALL_VOLUME_ONE_PERIOD_FIRST, CALL_VOLUME_HEADED, CALL_COUNT_NAMED_BEFORE):
            for m in list(pattern.finditer(self.work))[:MAX_MATCHES]:
                value = to_decimal(m.group("num"), m.group("scale"))
                if value is None:
                    continue
                if pattern is CALL_VOLUME[-1] and m.group("scale") and _SIDE_BEFORE_COUNT.search(
                        self.work, max(0, m.start() - 40), m.start()):
                    continue  # "input's pretty fixed at 100M a month": a side's tokens, read with the tokens
                groups = m.groupdict()
                if groups.get("hours_blank") and len(set(self.found.values.get("active_hours", []))) != 1:
                    continue  # a blank run after the count is the active hours only where they were read
                self._consume(m.start(), m.end())
                said = groups.get("period") or groups.get("period_noun") or groups.get("next_period") or (
                    "day" if groups.get("hours_noun") or groups.get("hours_blank") else None)
                period = PERIOD_WORDS.get(said or "", said) or units[groups["unit"]]
                self.found.calls_periods.append(period)
                counted = value
                value = self._units_of_work(value, m.group(0))  # "3,000 runs a month", each run 14 calls: runs × 14
                if value != counted and not self.found.fee_per_unit:
                    self.found.units_per_day.append(per_day(counted, period))
                heads = self._per_head(m.start(), m.end(), m.group(0)[len(m.group("num")):])
                if heads is not None:
                    value *= heads  # "800 seats, 40 req/seat/day": the calls of every seat
                self.found.add("calls_per_day", per_day(value, period))
                if _CALLS_HIT.match(self.text, m.end()) or _HITS_NOUN.search(m.group(0)):
                    self.found.calls_are_hits = True
                    self.found.hit_counts.append(per_day(value, period))
            self._blank()
        if len(set(self.found.units_per_day)) == 1 and FIRST_OF_UNIT_WRITES.search(self.text):
            # "25 steps per run, 2k runs/day, first step writes, rest hit": each run writes the cache once
            self.found.add("writes_per_day", self.found.units_per_day[0])
            for m in list(FIRST_OF_UNIT_WRITES.finditer(self.work))[:MAX_MATCHES]:
                self._consume(m.start(), m.end())  # "1 write per run" is read, never listed as unused
            self._blank()
        if self.found.fee_noun is not None:
            # "$0.04 per digest ... 30,000 digests a month": the units the fee is charged per are the calls
            self._calls_named(re.compile(r"(?<![\w.$])" + QUANTITY + r"\s?(?:[a-z]{3,12}\s)?" + self.found.fee_noun
                                         + r"\s?(?:(?:a|an|per|/|each|every)\s?)?" + _PERIOD))
        typical = _TYPICAL_ITEM.search(self.text) if not self.found.values.get("calls_per_day") else None
        if typical is not None and typical.group("noun") not in _NOT_ITEMS:
            # "a typical intake is 1,200 input tokens ... 500,000 intakes through a month": the item sized is the call
            noun = re.escape(typical.group("noun").removesuffix("s")) + r"(?:s|es)?"
            self._calls_named(re.compile(r"(?<![\w.$])" + QUANTITY + r"\s?" + noun
                                         + r"\b(?:\s(?:through|in|over|during|across))?"
                                         + r"\s?(?:(?:a|an|per|/|each|every)\s?)" + _PERIOD))
        for m in self._matches(CALLS_EVERY) if "every" in self.work else ():
            every = to_decimal(m.group("num")) if m.group("num") else Decimal("0.5") if m.group("half") else Decimal(1)
            if every:
                period = PERIOD_WORDS[m.group("unit")]
                self.found.calls_periods.append(period)
                self.found.add("calls_per_day", per_day(1 / every, period))
                if not _AT_RANDOM.search(self.text, max(0, m.start() - 40), m.end() + 40):
                    # a fixed interval ("fires exactly every 20 minutes"), not an average gap between random calls
                    self.found.call_every_minutes.append(every * _MINUTES_IN.get(period, Decimal(1)))
                    self.found.cadence_calls.append(per_day(1 / every, period))
        for m in self._matches(CALLS_APART) if "apart" in self.work else ():
            gap = to_decimal(m.group("num"))
            if gap and not _AT_RANDOM.search(self.text, max(0, m.start() - 40), m.end() + 40):
                self.found.call_every_minutes.append(gap * _MINUTES_IN[PERIOD_WORDS[m.group("unit")]])
        for pattern in CALLS_IN_NAMED_PERIOD:
            for m in self._matches(pattern):
                value = to_decimal(m.group("num"), m.group("scale"))
                if value is not None:
                    groups = m.groupdict()
                    period = "month" if groups.get("month") else PERIOD_WORDS[groups["period"]]
                    self.found.calls_periods.append(period)
                    self.found.add("calls_per_day", per_day(value, period))
        for _ in self._matches(PER_N_CALLS_UNIT) if "per " in self.work else ():
            pass  # blanked: read by the router as the unit a cost is asked per
        for _ in self._matches(CALL_KINDS) if " call " in self.work or " request " in self.work else ():
            pass  # blanked: kinds of call, not calls
        for _ in self._matches(A_CALL_OF_SIZE) if "a" in self.work else ():
            pass  # blanked: one call's size, not a count of calls
        for m in (*self._matches(CALLS_NO_PERIOD), *self._matches(CALLS_KEYED_NO_PERIOD)):
            value = to_decimal(m.group("num"), m.group("scale"))
            if value is not None:
                self.found.calls_without_period.append(value)
                if ((_HITS_NOUN.search(m.group(0)) or _CALLS_HIT.match(self.text, m.end()))
                        and not self.found.values.get("calls_per_day")):
                    # "70,000 cache reads" under a week's heading: the week's hits ("the remaining 599 calls that
                    # day read from it": the calls that read the cache)
                    self.found.calls_are_hits = True
                    self.found.hits_without_period.append(value)
                if _FOR_COUNT.search(self.text, max(0, m.start() - 20), m.start()):
                    self.found.one_off = True  # "cost for a million calls": the calls the total is for
        if self.found.calls_without_period and not self.found.values.get("calls_per_day"):
            self.found.nightly = NIGHTLY.search(self.text) is not None
        if (self.found.calls_without_period and not self.found.values.get("calls_per_day")
                and TOTAL_ASKED.search(self.text) and not _PERIOD_ASKED.search(self.text)):
            self.found.one_off = True  # "2.5M calls ... total?": the cost of those calls, whatever their period
        documents = _DOCUMENTS.search(self.text) if self.found.calls_without_period else None
        if (documents is not None and not self.found.values.get("calls_per_day") and not _ANY_PERIOD.search(self.text)):
            # "1,200 contracts, avg 45 pages, ~30k tokens each in": a set of documents with no period anywhere is the
            # job (the pages are each document's)
            first = to_decimal(documents.group("n"), documents.group("s"))
            if first in self.found.calls_without_period:
                self.found.calls_without_period = [first]
                self.found.one_off = True

    # tokens ----------------------------------------------------------------------------------------
    def _token_period(self, end: int) -> tuple[str, str | None]:
        """("day", period) for "... tokens a day", ("call", None) otherwise."""
        rest = self.work[end : end + 80]
        m = _SUFFIX_PERIOD.match(rest)
        if m and not (m.group("period") in _PERIOD_ADJECTIVES and _FIGURE_ASKED_AFTER.match(rest, m.end())):
            return "day", m.group("period")
        return "call", None

    def _call_size_mix(self) -> None:
        """ "90% of calls are ~1,000 tokens, but 10% are 20,000-token documents": the call sizes and the share of calls
        at each, read (and blanked) only when the shares make up all the calls."""
        if "%" not in self.work or "tok" not in self.work:
            return
        parts, spans = [], []
        for m in list(CALL_SIZE_PART.finditer(self.work))[:MAX_MATCHES]:
            share, tokens = to_decimal(m.group("share")), to_decimal(m.group("num"), m.group("scale"))
            if share is None or tokens is None or not 0 < share < 100 or tokens <= 0:
                return
            parts.append((share / 100, tokens))
            spans.append((m.start(), m.end()))
        if len(parts) < 2 or sum(share for share, _ in parts) != 1:
            return
        self.found.call_size_mix = parts
        for start, end in spans:
            self._consume(start, end)
        self._blank()

    def _side_token_share(self) -> None:
        """ "100M input a month, with about 20% of that in output": the other side's tokens as a share (read before
        the percentages, so the share is not asked about)."""
        for m in self._matches(SHARE_OF_THAT_IN_SIDE) if "% of" in self.work else ():
            share = to_decimal(m.group("a"))
            if share is not None and 0 < share <= 1000:
                side = "input" if m.group("side") in ("input", "prompt") else "output"  # ("out": the output)
                self.found.side_token_share = (side, share / 100)

    def _cost_period_before(self) -> None:
        """ "monthly cost for 60M input and 15M output tokens", "a month of 80M in / 20M out": counts with no period of
        their own, after a cost named for a period, are that period's totals (when no call volume is said and a count
        is larger than any one call: a million tokens or more)."""
        values = self.found.values
        counts = [*values.get("input_tokens_per_call", []), *values.get("output_tokens_per_call", [])]
        if (self.found.header_period is not None or self.found.token_periods or values.get("calls_per_day")
                or self.found.calls_without_period or not counts or max(counts) < 1_000_000
                or span_covered(self.text) is not None):  # ("(one day of traffic): ... a weekly number": that day's)
            return
        m = COST_PERIOD_BEFORE.search(self.text)
        if m is not None:
            said = m.group("lead") or m.group("noun") or m.group("noun2") or m.group("noun3")
            self.found.header_period = PERIOD_WORDS.get(said, "year" if said.startswith("annual") else said)

    def _token_ranges_said(self) -> None:
        """ "between 50 and 80M input tokens a month", "output could land anywhere from 20 to 30M": both ends of a
        side's range of tokens, recorded as that side's range (a quote prices each end), and "20% of that in output"
        after a count."""
        if "between" not in self.work and "from" not in self.work:
            return
        for m in list(TOKENS_RANGE_SAID.finditer(self.work))[:MAX_MATCHES]:
            word = m.group("label")
            if word is None:
                before = _SIDE_BEFORE_RANGE.search(self.work, max(0, m.start() - 60), m.start())
                word = before.group("label") if before else None
            if word is None or not (m.group("tok") or m.group("label") or m.group("a_scale") or m.group("b_scale")):
                continue
            high = to_decimal(m.group("b"), m.group("b_scale"))
            low = to_decimal(m.group("a"), m.group("a_scale"))
            if m.group("b_scale") and not m.group("a_scale"):
                scaled = to_decimal(m.group("a"), m.group("b_scale"))
                low = scaled if scaled is not None and high is not None and scaled <= high else low
            if low is None or high is None or not 0 <= low < high:
                continue
            role = "input" if word in ("input", "prompt") else "output"
            scope, period = self._token_period(m.end())
            if scope != "day":
                # "input 100M a month, output anywhere from 20 to 30M": the period the other side's count is in
                other = set(self.found.token_periods.values()) or {
                    m2.group("period") for m2 in list(_COUNT_OVER_PERIOD.finditer(self.work))[:MAX_MATCHES]}
                period = other.pop() if len(other) == 1 else None
            name = f"{role}_tokens_per_day" if period else f"{role}_tokens_per_call"
            said = len(self.found.values.get(name, []))
            for value in (low, high):
                self._add_tokens(role, value, m.end(), period, start=m.start())
            ends = self.found.values.get(name, [])[said:]
            if len(ends) == 2:
                self.found.token_ranges[name] = (ends[0], ends[1])
            self._consume(m.start(), m.end())
        self._blank()

    def _token_ceilings(self) -> None:
        """ "caps every prompt at 2,400 tokens; calls are ~2,000 in / 400 out": beside the call's own size a ceiling is
        not a second size (it is named as unused); said alone it is still read as the size."""
        if not any(w in self.work for w in ("cap", "limit", "trunc", "clip", "trim", "max", "most", "than", "never",
                                            "top")):
            return
        ceilings = list(TOKEN_CEILING.finditer(self.work))[:MAX_MATCHES]
        if not ceilings:
            return
        rest = self.work
        for m in ceilings:
            rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
        if not (self.found.values.get("input_tokens_per_call") or _CALL_SIZE_SAID.search(rest)):
            if len(ceilings) == 1 and nearest_label(self.text, ceilings[0].start(), ceilings[0].end(),
                                                    TOKEN_LABELS) is None:
                # "40k docs a month, each truncated to exactly 800 tokens": what is cut down to size is what the
                # call reads, so the size is the input's (a ceiling on the output or the prefix names it)
                m = ceilings[0]
                value = to_decimal(m.group("num"), m.group("scale"))
                if value is not None:
                    self._consume(m.start(), m.end())
                    self._add_tokens("input", value, m.end(), start=m.start())
                    self._blank()
            return
        for m in ceilings:
            self._consume(m.start(), m.end())
            if len(self.found.unused) < 5:
                self.found.unused.append(self.text[m.start():m.end()].strip())
        self._blank()

    def _cached_of_input(self) -> None:
        """ "900M input tokens a month at $3/M; 600M of those are cache hits": the tokens read from the cache, in the
        period of the input volume they are part of (never more than it); the input bill is priced both ways."""
        if " of " not in self.work or "cach" not in self.work:
            return
        for pattern in CACHED_OF_INPUT:
            for m in list(pattern.finditer(self.work))[:MAX_MATCHES]:
                part = to_decimal(m.group("num"), m.group("scale"))
                wholes = list(_CACHED_OF_INPUT_WHOLE.finditer(self.text, max(0, m.start() - 160), m.start()))
                if part is None or not wholes or _FULL_STOP.search(self.text, wholes[-1].end(), m.start()):
                    continue
                whole = to_decimal(wholes[-1].group("whole"), wholes[-1].group("whole_scale"))
                if whole is None or not 0 < part <= whole:
                    continue
                self._consume(m.start("num"), m.end("num") if m.group("scale") is None else m.end("scale"))
                self.found.add("cached_tokens_per_day", per_day(part, wholes[-1].group("period")))
                self.found.cached_of_input = True
            self._blank()

    def _add_tokens(self, role: str, value: Decimal, end: int, period: str | None = None,
                    start: int | None = None) -> None:
        scope, found_period = ("day", period) if period else self._token_period(end)
        if role == "prefix_tokens" and scope != "day" and value > LARGEST_PROMPT:
            # "Invoice (Sept): 840,000,000 cache read input tokens": more than any prompt holds, so tokens read over
            # the period the message names
            said = self._label_period() or _period_named(self.work)
            scope, found_period = ("day", said) if said is not None else (scope, found_period)
        if role == "prefix_tokens":
            if scope == "day" and found_period is not None:
                # "300M prefix tokens a month served from cache", "~0.5B cached tokens a day": tokens read from the
                # cache over a period, not one call's prefix
                self.found.add("cached_tokens_per_day", per_day(value, found_period))
                self.found.token_periods.setdefault("cached", found_period)
                return
            self.found.add("prefix_tokens", value)
            return
        if scope == "day" and found_period is not None and start is not None:
            heads = self._per_head(start, end)
            if heads is not None:
                value *= heads  # "2,500 users each burn ~1.5M in a month": the tokens of every user
        name = {"input": "input_tokens", "output": "output_tokens"}.get(role, "tokens")
        if scope == "day" and found_period is not None:
            self.found.token_periods.setdefault(role, found_period)
            self.found.add(f"{name}_per_day", per_day(value, found_period))
        else:
            self.found.add(f"{name}_per_call", value)
            if start is not None:
                key = (f"{name}_per_call", value)
                self.found.call_size_starts[key] = min(start, self.found.call_size_starts.get(key, start))
            if _EACH_CALLS.search(self.text, start if start is not None else end, end + 20):
                self.found.said_per_call.add(role)

    @staticmethod
    def _signed(m: re.Match[str]) -> Decimal | None:
        value = to_decimal(m.group("num"), m.group("scale"))
        return -value if value is not None and m.group("neg") else value

    def _tokens(self) -> None:
        header = HEADER_PERIOD.search(self.text)
        if header:
            said = header.group("period") or header.group("lead") or header.group("lead_noun")
            self.found.header_period = "day" if said in ("night", "nightly") else said
        elif (paren := _PERIOD_IN_HEADING.search(self.text)) is not None:
            # "quote comparison (per day):", "Usage (monthly)": a heading's period in brackets, for the counts below it
            self.found.header_period = PERIOD_WORDS[paren.group("period").lower()]
        elif (span := _ONE_SPAN_HEADING.search(self.text)) is not None:
            # "anthropic usage export, one typical day, summarized:": the counts under it are that day's
            self.found.header_period = span.group("period") or span.group("sample")
        elif (window := _REPORT_WINDOW.search(self.text)) is not None:
            # "./usage_report --window 7d": a report's window of days names the period of its counts
            self.found.header_period = {"1": "day", "7": "week"}.get(window.group("n"), "month")
        elif (past := _PAST_PERIOD_HEADING.search(self.text)) is not None:
            # "last month on-demand for the same traffic: 6.2bn input tokens ...": the counts after it are that period's
            self.found.header_period = PERIOD_WORDS[past.group("period")]
        elif (worded := _PERIOD_WORD_HEADING.search(self.text)) is not None:
            said = (worded.group("adj") or worded.group("adj2") or worded.group("noun") or worded.group("dated")
                    or ("day" if worded.group("one_day") else None))
            self.found.header_period = PERIOD_WORDS[said] if said else "quarter"
        elif PEAK_HOUR.search(self.text) and HELD_ALL_MONTH.search(self.text):
            self.found.header_period = "hour"  # the peak hour's counts, held every hour of the month
        elif PEAK_HOUR.search(self.text) and (self.found.average_of_peak is not None
                                              or len(set(self.found.values.get("peak_to_average", []))) == 1):
            self.found.header_period = "hour"  # the peak hour's counts, the average hour a share of them
            self.found.peak_hour = True
        elif (self.found.values.get("units") and self.found.values.get("unit_hour_price")
              and not self.found.values.get("calls_per_day")
              and (self.found.values.get("hours_per_month") or _BILLED_MONTH.search(self.work))):
            # "3 PTUs at $18/hr, full month (730h); tokens they'd push: 1.5B input, 400M output": units billed by the
            # month carry a month's tokens when the counts name no period of their own.
            self.found.header_period = "month"
        elif (named := _PERIOD_VOLUME.search(self.work)) is not None:
            # "annual volume is 18bn input tokens and 4.5bn output": the counts said are the period's
            self.found.header_period = PERIOD_WORDS[named.group("period") or named.group("period2")]
        elif (numbered := NUMBERED_PERIOD.search(self.work) or PERIOD_ENDING.search(self.work)
              or _REPORT_NUMBERED.search(self.work)) is not None:
            # "week 14 numbers: calls 40,000 ...": every count under it is that week's
            self.found.header_period = numbered.group("period")
            self.found.numbered_period = True
        elif (not self.found.values.get("calls_per_day") and not self.found.calls_without_period
              and (usage := _USAGE_OVER_PERIOD.search(self.work)) is not None):
            # "usage export (last month): input tokens 4,000,000,000 ...": with no calls, counts read from a period's
            # usage are that period's totals
            self.found.header_period = _usage_period(usage)
        usage_over = _USAGE_OVER_PERIOD.search(self.work)
        self.found.usage_period = _usage_period(usage_over) if usage_over else None
        self.found.label_period = self._label_period()
        if (self.found.label_period is not None and not self.found.calls_without_period
                and not self.found.values.get("calls_per_day")):
            # with no calls, the counts under the label are its totals (with calls, they are each call's)
            self.found.header_period = self.found.header_period or self.found.label_period
        for m in self._matches(WRITES):
            value = to_decimal(m.group("num"), m.group("scale"))
            if value is not None:
                self.found.writes_periods.append(PERIOD_WORDS.get(m.group("period"), m.group("period")))
                self.found.add("writes_per_day", per_day(value, m.group("period")))
        periods = set(self.found.calls_periods)
        counted = "writ" in self.work or "miss" in self.work
        if len(periods) == 1 and self.found.values.get("calls_per_day") and counted:
            for m in list(WRITES_NO_PERIOD.finditer(self.work))[:MAX_MATCHES]:
                start = max((b.end() for b in _SENTENCE_BREAK.finditer(self.text, 0, m.start())), default=0)
                value = to_decimal(m.group("num"), m.group("scale"))
                # said beside the calls, or with one call volume in the message ("4,500 calls a day. Expect ~90
                # cache writes."): the writes among those calls
                if value is not None and (_COUNT_OF_CALLS.search(self.text, start, m.start())
                                          or len(set(self.found.values["calls_per_day"])) == 1):
                    self._consume(m.start(), m.end())
                    self.found.writes_periods.append(next(iter(periods)))
                    self.found.add("writes_per_day", per_day(value, next(iter(periods))))
            self._blank()
        elif (not periods and self.found.calls_without_period and "writ" in self.work
              and (counted_over := self.found.header_period or self.found.label_period or span_covered(self.work)
                   or self.found.usage_period) is not None):
            # "invoice lines, week of 3 Mar: 70,000 cache reads ... 400 cache writes", "console export for Feb: 116000
            # cache hits, 4000 cache writes": the heading's (or the label's) period counts both
            for m in self._matches(WRITES_NO_PERIOD):
                value = to_decimal(m.group("num"), m.group("scale"))
                if value is not None:
                    self.found.writes_periods.append(counted_over)
                    self.found.add("writes_per_day", per_day(value, counted_over))
        of_calls = ((*self._matches(WRITES_OF_CALLS), *self._matches(WRITES_AFTER_OF_CALLS)) if "of " in self.work
                    else ())
        excepted = tuple(self._matches(WRITES_EXCEPT)) if "writ" in self.work or "miss" in self.work else ()
        for m in (*of_calls, *excepted):
            value = to_decimal(m.group("num"), m.group("scale"))
            if value is not None:
                # a share of the calls: in the period the calls were stated over ("of those 20k daily calls, 50 are
                # writes": the period said with them, where the message says calls over more than one)
                named = _PERIOD_OF_CALLS_SAID.search(self.text, m.start(), m.end())
                # ("billing export, week 37. 900 calls, 60 of them were cache writes": the heading's period)
                calls_period = (PERIOD_WORDS[named.group("period") or named.group("period2")] if named is not None
                                else (self.found.calls_periods or [self.found.header_period or "day"])[0])
                self.found.writes_periods.append(calls_period)
                self.found.add("writes_per_day", per_day(value, calls_period))
        self._cached_of_input()
        for m in self._matches(WHAT_IF_PREFIX) if "prefix" in self.work else ():
            value = to_decimal(m.group("num"), m.group("scale"))
            if value is not None:
                self.found.add("what_if_prefix", value)
        for m in (*(self._matches(PREFIX_PART_OF_WHOLE) if "of " in self.work else ()),
                  *(self._matches(PREFIX_PART_AFTER_WHOLE) if " is " in self.work or " are " in self.work else ())):
            part = to_decimal(m.group("num"), m.group("scale"))
            whole = to_decimal(m.group("whole"), m.group("whole_scale"))
            if part is not None and whole is not None and part <= whole:
                self.found.add("prefix_tokens", part)
                self.found.add("input_tokens_per_call", whole)
        for m in (*self._matches(PREFIX_PLUS_REST), *self._matches(PREFIX_THEN_REST)):
            part = to_decimal(m.group("num"), m.group("scale"))
            rest = to_decimal(m.group("rest"), m.group("rest_scale"))
            if part is not None and rest is not None:
                self.found.add("prefix_tokens", part)
                self.found.add("input_tokens_per_call", part + rest)
        for m in self._matches(ITEM_PLUS_PROMPT) if "prompt" in self.work or "text" in self.work else ():
            item = to_decimal(m.group("num"), m.group("scale"))
            rest = to_decimal(m.group("rest"), m.group("rest_scale"))
            if item is not None and rest is not None:
                self.found.add("input_tokens_per_call", item + rest)
        for m in self._matches(PREFIX_FIRST) if "first" in self.work else ():
            value = to_decimal(m.group("num"), m.group("scale"))
            if value is not None:
                self.found.add("prefix_tokens", value)
        for m in (*(self._matches(PREFIX_OF_PROMPT) if "of " in self.work else ()), *self._matches(PREFIX_OF_IT),
                  *(self._matches(PREFIX_OF_IT_AFTER) if "of " in self.work else ())):
            part = to_decimal(m.group("num"), m.group("scale"))
            whole = to_decimal(m.group("whole"), m.group("whole_scale"))
            if part is not None and whole is not None:
                self.found.add("prefix_tokens", part)
                self.found.add("input_tokens_per_call", whole)
        for pattern in (PREFIX_OF_WHICH, PREFIX_CACHED, PREFIX_IN_CACHE, PREFIX_PART_NAMED, PREFIX_TOKENS,
                        PREFIX_TOKENS_NAMED, PREFIX_TOKENS_AFTER, PREFIX_TOKENS_BRACKETED, PREFIX_SAME_TOKENS,
                        PREFIX_AT_THE_FRONT):
            for m in self._matches(pattern):
                value = to_decimal(m.group("num"), m.group("scale"))
                if value is not None:
                    self._add_tokens("prefix_tokens", value, m.end())
        for m in self._matches(TOKENS_SIDE_WORDS_BEFORE) if "put" in self.work else ():
            value = to_decimal(m.group("num"), m.group("scale"))
            if value is not None and not _NOT_SIDE_WORDS.search(m.group("words")):
                self._add_tokens(m.group("label"), value, m.end(), start=m.start())
        self._token_ranges_said()
        for m in self._matches(TOKEN_RANGE):
            scale = m.group("b_scale")
            low = to_decimal(m.group("a"), m.group("a_scale") or scale)
            high = to_decimal(m.group("b"), scale)
            side = m.group("side")
            label = ("input" if side in ("input", "prompt") else "output") if side else (
                nearest_label(self.text, m.start(), m.end(), TOKEN_LABELS) or "tokens")
            scope, period = self._token_period(m.end())
            name = {"input": "input_tokens", "output": "output_tokens"}.get(label, "tokens") + (
                "_per_day" if scope == "day" and period else "_per_call")
            said = len(self.found.values.get(name, []))
            for value in (low, high):
                if value is not None:
                    self._add_tokens(label, value, m.end(), start=m.start())
            ends = self.found.values.get(name, [])[said:]
            if len(ends) == 2 and ends[0] < ends[1]:
                self.found.token_ranges[name] = (ends[0], ends[1])  # "50-80M input tokens a month": each end
        for pattern in (TOKEN_PAIR, TOKEN_PAIR_SLASH, TOKEN_PAIR_SCALED, TOKEN_PAIR_AFTER_WORD):
            for m in self._matches(pattern):
                a = to_decimal(m.group("a_num"), m.group("a_scale"))
                b = to_decimal(m.group("b_num"), m.group("b_scale"))
                if a is not None and b is not None:
                    groups = m.groupdict()
                    a, b = (-a if groups.get("a_neg") else a), (-b if groups.get("b_neg") else b)
                    self._add_tokens("input", a, m.end(), start=m.start())
                    self._add_tokens("output", b, m.end(), start=m.start())
        for m in self._matches(TOKENS_SUMMARISED) if "to" in self.work else ():
            a, b = to_decimal(m.group("a"), m.group("a_scale")), to_decimal(m.group("b"), m.group("b_scale"))
            if a is not None and b is not None:
                self._add_tokens("input", a, m.end(), start=m.start())
                self._add_tokens("output", b, m.end(), start=m.start())
        for m in self._matches(TOKENS_TO_READ_OR_WRITE) if " to " in self.work else ():
            value = to_decimal(m.group("num"), m.group("scale"))
            if value is not None:
                reads = m.group("verb") in ("read", "process", "ingest", "digest")
                self._add_tokens("input" if reads else "output", value, m.end(), start=m.start())
        for m in self._matches(TOKENS_AFTER_READ_OR_WRITE) if ("read" in self.work and "writ" in self.work) else ():
            # (only where both are said: "reads 2k tokens ... writes 300", each side by its verb)
            value = to_decimal(m.group("num"), m.group("scale"))
            if value is not None:
                writes = m.group("verb").startswith(("writ", "gener", "produc", "emit", "spit"))
                self._add_tokens("output" if writes else "input", value, m.end(), start=m.start())
        for m in self._matches(TOKENS_OF_WRITING) if "of " in self.work else ():
            value = to_decimal(m.group("num"), m.group("scale"))
            if value is not None:
                self._add_tokens("output", value, m.end(), start=m.start())
        for m in self._matches(TOKENS_LABEL_PERIOD_FIRST) if ":" in self.work or "-" in self.work else ():
            value = to_decimal(m.group("num"), m.group("scale"))
            if value is not None:
                role = "input" if m.group("label") in ("input", "prompt") else "output"
                self._add_tokens(role, value, m.end(), PERIOD_WORDS.get(m.group("period"), m.group("period")),
                                 start=m.start())
        for m in self._matches(TOKENS_TPM):
            value = to_decimal(m.group("num"), m.group("scale"))
            if value is not None:
                label = m.group("label") or m.group("label_first")
                self._add_tokens("input" if label.startswith("in") else "output", value, m.end(), "minute",
                                 start=m.start())
        for m in self._matches(TOKENS_SIZED_SIDE) if "token" in self.work else ():
            value = to_decimal(m.group("num"), m.group("scale"))
            if value is not None:
                self._add_tokens("input" if m.group("label") == "input" else "output", value, m.end(), start=m.start())
        for m in self._matches(TOKENS_LABELLED):
            value = self._signed(m)
            if value is None:
                continue
            word = m.group("label") or m.group("label_short")
            role = "input" if word in ("input", "prompt", "in") else "output"
            if word == "prompt" and self.text[max(0, m.start() - 8) : m.start()].strip().endswith("system"):
                role = "prefix_tokens"
            self._add_tokens(role, value, m.end(), start=m.start())
        for m in self._matches(TOKENS_GOT_BACK) if ("back" in self.work or "return" in self.work
                                                     or "receiv" in self.work or " with" in self.work) else ():
            value = to_decimal(m.group("num"), m.group("scale"))
            if value is not None:
                self._add_tokens("output", value, m.end(), start=m.start())
        for m in self._matches(TOKENS_BACK) if "back" in self.work else ():
            value = self._signed(m)
            if value is not None:
                self._add_tokens("output", value, m.end(), start=m.start())
        for m in self._matches(TOKENS_LABEL_BEFORE) if ("put" in self.work or ":" in self.work
                                                         or "completion" in self.work or "prompt" in self.work
                                                         or "answer" in self.work or "respons" in self.work
                                                         or "repl" in self.work) else ():
            value = self._signed(m)
            if value is not None:
                role = {"in": "input", "out": "output", "prompt": "input", "completion": "output",
                        "completions": "output", "prompts": "input", "inputs": "input",
                        "outputs": "output"}.get(m.group("label"), m.group("label"))
                if role not in ("input", "output"):
                    role = "output"  # "answers", "responses", "replies": what the call writes back
                self._add_tokens(role, value, m.end(), start=m.start())
        for m in self._matches(TOKENS):
            value = self._signed(m)
            if value is None:
                continue
            label = nearest_label(self.text, m.start(), m.end(), TOKEN_LABELS) or "tokens"
            self._add_tokens(label, value, m.end(), start=m.start())
        self._cost_period_before()
        sizes = self.found.values.get("tokens_per_call", [])
        if len(sizes) == 1 and self.found.values.get("input_share"):
            # "calls were ~500 tokens (3:1) ... turns out they average 1,800 (same mix)": a second whole call size said
            # without its unit, at the mix already given
            for m in (*self._matches(CALL_SIZE_AGAIN), *self._matches(CALLS_SIZED_AGAIN)):
                value = to_decimal(m.group("num"), m.group("scale"))
                if value is not None and value != sizes[0] and len(self.found.values["tokens_per_call"]) == 1:
                    self.found.add("tokens_per_call", value)

    # traits ----------------------------------------------------------------------------------------
    def _traits(self) -> None:
        self.found.traits.extend(read_traits(self.text))
        self.found.full_use_said = "100" in self.text and _AT_FULL_USE.search(self.text) is not None
        self.found.full_use_worth = self.found.full_use_said and _WORTH_AT_FULL_USE.search(self.text) is not None


# "creation billed at the normal input rate", "created once a day at the normal input rate", "writes cost the same as
# input": a cache write (creation) priced at the input rate, no premium.
WRITE_AT_INPUT = _rx(
    r"\b(?:creat(?:ion|ed|ing|es?)|writes?|writing|written)\b[^.;!?\n]{0,40}?\b(?:at|billed at|charged at|priced at|"
    r"billed as|charged as|costs?|cost the same as|same as|equals?|equal to|matches|=)\s(?:the\s)?(?:normal|standard|"
    r"regular|base|plain|usual|"
    r"same|ordinary)?\s?(?:as\s)?(?:the\s)?(?:uncached\s)?input(?: token)? (?:rate|price|pricing|tokens?|cost)\b"
    # "the create is billed like a normal uncached prompt", "writes cost the same as an ordinary call": a write priced
    # as the prompt it replaces
    r"|\b(?:creat(?:ion|ed|ing|es?)|writes?|writing|written)\b[^.;!?\n]{0,40}?\b(?:billed|charged|priced|costs?|"
    r"cost the same)\s(?:like|as)\s(?:a\s|an\s|the\s|any\s)?(?:normal|standard|regular|plain|ordinary|usual)\s"
    r"(?:uncached\s)?(?:prompt|call|request|input)\b"
    # "no write surcharge", "no premium on cache writes", "writes carry no premium", "writes cost nothing extra"
    # "no separate write charge", "no extra cache-write fee": the write billed as plain input
    r"|\b(?:no|zero|without an?y?)\s(?:separate\s|extra\s|additional\s)?(?:cache[- ]?)?(?:write|writing|creation)\s"
    r"(?:surcharge|premium|markup|uplift|charge|fee)s?\b"
    # "misses pay the normal input rate", "a miss is billed at full input": the write a miss makes costs plain input
    r"|\bmiss(?:es)?\s(?:just\s|simply\s|only\s)?(?:pay|are\sbilled|are\scharged|bill|cost|is\sbilled|is\scharged|pays|"
    r"costs)\s(?:at\s)?(?:the\s)?(?:normal|standard|regular|plain|base|full|ordinary|usual|list)\s(?:input|in)\b"
    r"(?!\s(?:tokens?\s)?(?:\d|x\b|×))"
    r"|\bno\s(?:extra\s|additional\s)?(?:surcharge|premium|markup|uplift|fee|charge|cost)\s(?:for|on)\s(?:the\s)?"
    r"(?:cache[- ]?)?(?:writes?|writing|creation)\b"
    r"|\b(?:cache[- ]?)?(?:writes?|creation)\s(?:carry|carries|have|has|come with|with|at|are at|billed at)\sno\s"
    r"(?:extra\s)?"
    r"(?:surcharge|premium|markup|uplift)\b"
    r"|\b(?:cache[- ]?)?writes?\s(?:cost|costs|are charged|are billed)\s(?:nothing|no)\s(?:extra|more)\b"
    # "automatic caching doesn't charge anything extra on writes", "nothing extra for the writes"
    r"|\b(?:doesn't|does not|don't|do not|won't|will not)\s(?:charge|bill|cost)\s(?:anything\s|any\s)?(?:extra|more)\s"
    r"(?:on|for)\s(?:the\s)?(?:cache[- ]?)?(?:writes?|writing|creation)\b"
    r"|\bnothing\s(?:extra|more)\s(?:on|for)\s(?:the\s)?(?:cache[- ]?)?(?:writes?|writing|creation)\b"
    # "cache writes are free", "writes cost nothing", "free cache writes", "writing the cache costs nothing", "no charge
    # to write": nothing on top of the input rate the prefix is sent at (no provider bills a write below it)
    r"|\b(?:cache[- ]?)?(?:writes?|writing(?:\s(?:to\s)?the\scache)?|creation)\s(?:are\s|is\s)?(?:free|"
    r"cost(?:s)?\snothing|(?:are|is)\snot\s(?:charged|billed)|(?:are|is)\suncharged)\b(?!\s(?:extra|more))"
    r"|\bfree\s(?:cache[- ]?)?writes?\b|\bno\s(?:extra\s)?charge\sto\s(?:write|cache)\b"
    # "cache writes cost the same as input", "writes are priced like input", "writes bill as plain input"
    r"|\b(?:cache[- ]?)?(?:writes?|creation)\s(?:are\s|is\s)?(?:cost|costs|priced|billed|charged|bill|charge)\s"
    r"(?:the\ssame\sas|like|as)\s(?:the\s)?(?:normal\s|regular\s|plain\s|uncached\s|ordinary\s)?input\b"
    r"(?!\s(?:tokens?\s)?(?:\d|x\b|×))"
    # "writes billed at normal input (no premium)", "writes charged at plain input": the input said without its noun
    r"|\b(?:cache[- ]?)?(?:writes?|creation)\s(?:are\s|is\s|get\s|gets\s)?(?:billed|charged|priced)\s(?:at|as)\s"
    r"(?:the\s)?(?:normal|standard|regular|plain|base|ordinary|uncached)\s(?:input|in)\b(?!\s(?:tokens?\s)?(?:\d|x\b|×))"
)


# "what's a cache write? ... what does one cost?", "what would one cache write cost": one write's cost asked; with no
# input rate named, the one rate said is the write's price.
WRITE_COST_ASKED = _rx(
    r"\bcache[- ]writes?\b[^\n]{0,120}?\bwhat (?:does|would|will|do) (?:one|a single one|each one|it) cost\b"
    r"|\bwhat (?:does|would|will) (?:one|a|a single|each) cache[- ]write cost\b"
)
_INPUT_NAMED = _rx(r"\b(?:input|inputs|in|uncached|base|cache[- ]?reads?|cached|hits?|output|out)\b")


# "turns out they average 1,800 (same mix)", "actually running 2,400 at the same split": a call's size again, without
# the word tokens, beside a mix said before it.
CALL_SIZE_AGAIN = _rx(
    r"\b(?:average|averages|averaging|avg|run|runs|running|are|now|actually|really|closer to|more like|they're|"
    r"(?:grown|grew|gone up|went up|risen|rose|climbed|jumped|crept up|increased|up) to)\s"
    r"(?:at |about |around |roughly |~\s?)?(?<![\w.$])" + QUANTITY
    + r"(?![\w.$%]|[.,]\d|\s?(?:%|x\b|×|calls?|requests?|per\b|a\s(?:day|week|month|year|hour)|/))"
    r"(?=[^.;\n]{0,40}?\b(?:same|that|the)\s(?:\d{1,2}:\d{1,2}\s)?(?:mix|split|ratio|proportion)s?\b)"
)


# "now they say calls avg 2k", "what if calls actually run 1.2k": the calls themselves sized again, beside a whole call
# size and its mix said before (the same mix: a size in another proportion is said with its sides).
CALLS_SIZED_AGAIN = _rx(
    r"\b(?:calls?|requests?|prompts?)\s(?:(?:actually|really|now|in fact|typically|instead)\s)?(?:avg|average|averages|"
    r"averaging|run|runs|running|come in at|end up at|are|land at)\s(?:at |about |around |roughly |~\s?)?"
    r"(?<![\w.$])" + QUANTITY
    + r"(?:\s?(?:tokens?|toks?))?(?![\w$%]|\.\w|[.,]\d|\s?(?:%|x\b|×|calls?|requests?|per\b|"
    r"a\s(?:day|week|month|year|hour)|/|in\b|out\b|input\b|output\b|\+))"
)


# "usage export (last month)", "their bill for the past quarter": the period a usage figure covers.
# "Q2 usage: 4.5B input ...", "Q3 forecast: 2.4M calls", "year-1 volume estimate 30M calls": a quarter or a year named
# as the label of the counts that follow (a quarter's or a year's totals).
# ("from the customer's Q3 AWS invoice": whose bill, said before the quarter)
_PERIOD_LABEL = _rx(r"(?:^|[.;!?\n]\s?|\b(?:from|in|on|per)\s)(?:(?:our|their|the|for)\s)?(?:[a-z-]{2,15}'s\s)?"
                    r"(?:(?P<quarter>q[1-4])|"
                    r"(?P<year>(?:year|yr)[- ]?(?:1|one|2|two)|fy\s?'?\d{2,4}))(?:\s(?:fy\s?)?'?\d{2,4})?\s"
                    r"(?:[a-z-]{2,12}\s){0,2}?(?:usage|volumes?|forecast|traffic|tokens|calls|requests|estimate|"
                    r"projection|bill|invoice|spend)\b")
# "their spend comparison, monthly:", "annual cost summary:": a heading of amounts naming their period
_PERIOD_ADJ = r"(?:monthly|annual|yearly|quarterly|weekly|per (?:month|year|quarter|week)|a (?:month|year))"
_MONEY_HEADING = _rx(r"(?m)^[^\n:]{0,60}?\b(?:spend|spends|costs?|bills?|billing|comparison|invoice|summary)\b"
                     r"[^\n:\d]{0,30}?\b(?P<adj>" + _PERIOD_ADJ + r")[ \t]*:[ \t]*$|"
                     r"^[^\n:\d]{0,40}?\b(?P<adj2>" + _PERIOD_ADJ + r")\s(?:[a-z-]{2,12}\s){0,2}?"
                     r"(?:spend|spends|costs?|"
                     r"bills?|billing|comparison|invoice|summary)\b[^\n:\d]{0,30}:[ \t]*$|"
                     # "Bedrock vs direct, from the customer's FinOps export (annual):": the period in brackets
                     r"^[^\n:()]{0,60}?\b(?:spend|costs?|bills?|billing|comparison|invoice|summary|export|report)\b"
                     r"[^\n:()]{0,30}?\((?P<adj3>" + _PERIOD_ADJ + r")\)[ \t]*:[ \t]*$")
# "Azure vs direct for Q3:" (read as "for the quarter:"), "numbers for Q2 2026.": the quarter a heading covers
_FOR_A_QUARTER = _rx(r"(?m)\b(?:for|in|during|over)\s(?:the\s)?(?:q[1-4](?:\s'?\d{2,4})?|quarter)\s?(?:[:.]|$)")
# "last month's PT bill", "this month's provisioned invoice": a past month's bill labelling the figures under it.
# "what's the monthly bill?", "this month": the month the figures are asked over
_MONTH_ASKED = _rx(r"\bmonthly (?:bill|cost|spend|number|total|commit)\b|\bthis month\b|\b(?:a|per) month\?|"
                   # ("6 units @ $2.40 per unit hr, 30 day month. on demand would be 12k flat": the month set out)
                   r"\b(?:2[89]|3[01])[- ]day month\b|\bstandard month\b|"
                   r"\b7[23]0[- ]?(?:h|hrs?|hours?)(?: a| per|/)? ?month\b")
_MONTH_LABEL = _rx(r"\b(?:last|past|previous|this) month(?:'s|s)? (?:[a-z-]{2,12}\s){0,2}?(?:bill|invoice|statement)\b")
# "invoice line from their Azure bill", "a line item on the Bedrock invoice": a line of a cloud bill (billed monthly),
# whose amounts on the hyperscaler and direct are that month's
_BILL_LINE = _rx(r"\b(?:invoice|bill) lines?\b|\bline(?: item)? (?:from|on|of) (?:their|the|our|a|this) "
                 r"(?:[a-z-]{2,12}\s){0,2}?(?:bill|invoice)\b")
_BILL_LINE_SPENDS = ("hyperscaler_list_spend", "hyperscaler_spend", "direct_spend")
# A month's name ("may" only before the bill it names: after "invoice" it is the verb)
_MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
               r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# "INVOICE SUMMARY - direct API, Oct", "the March bill", "actuals for March": a bill or figures headed by the month
# they cover
# ("billing export, march:": an export of the month's usage)
_NAMED_MONTH_LABEL = _rx(r"\b(?:invoice|bill|statement|billing export|usage export)\b[^\n.?!]{0,40}?\b" + _MONTH_NAME
                         + r"\b(?!\s\d{1,2}\b)|"
                         # ("billing period May 2025": the month billed, "may" with its year)
                         # (the year set aside by the scan as no figure: four blanks)
                         r"\bbilling (?:period|month)\b[: ]{1,3}(?:" + _MONTH_NAME
                         + r"|may(?= (?:(?:19|20)\d{2}\b| {4})))\b|"
                         r"\b(?:" + _MONTH_NAME + r"|may)(?:'s)? (?:[a-z-]{2,12}\s)?(?:invoice|bill|statement|usage|"
                         r"export|numbers|actuals)\b|"
                         # ("that's March on-demand", "Oct traffic": the month the figures cover, "may" left out)
                         r"\b" + _MONTH_NAME + r"(?:'s)? (?:on-demand|od|payg|traffic|volume|totals|figures|data|spend|"
                         r"consumption|tokens)\b|"
                         # ("planned vs actual for March", "usage in October": the month the figures cover)
                         r"\b(?:for|in|during|over|across) (?:the month of )?(?:january|february|march|april|june|july|"
                         r"august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\b"
                         r"(?!\s\d{1,2}\b)")
# "week of 3 Mar", "invoice dated March 3rd, 2026", "2026-03-03", "3/3/2026": a calendar date, no figure (read last,
# so only a number no stage placed; "may" only with an ordinal: "3 may" is as likely the verb)
_ORDINAL = r"(?:st|nd|rd|th)"
_NOT_A_COUNT = r"(?![.,]\d|\s?(?:[kmb%x]|bn|mn|units?|calls?|tokens?|requests?|hours?|hrs?|days?|weeks?|ptus?|gpus?|" \
    r"million|thousand|billion)\b)"
# "INV-20931", "PO #4471", "line 3" of an invoice: a document's or a line's reference, no figure
DOCUMENT_REFERENCE = _rx(r"\b(?:inv|invoice|po|acct|account|order|ref|id)\s?[-#:]\s?\d[\d-]{0,15}\b|"
                         r"\bline(?: item)? #?\d{1,3}\b(?=[ \t]+[a-z])")
# "trailing 8-wk avg", "last 30 days", "rolling 12-week average": the window figures were observed over, no figure
OBSERVATION_WINDOW = _rx(r"\b(?:trailing|rolling|last|past|previous) \d{1,3}[- ]?(?:d|days?|wks?|weeks?|mos?|months?)\b"
                         r"(?=\s?(?:avg|average|mean|median|window|:|\)))")
# "INV-LINE 01", "line item 2", "line #3": a bill's line numbered, then what the line is
_LINE_NUMBER = _rx(r"(?<![\w-])(?:inv(?:oice)?[- ]?)?(?:line(?:[- ]item)?|item)[- ]?(?:no\.?\s?|#\s?)?\d{1,3}"
                   r"(?=[ \t]*+[:|-]?[ \t]*+(?:input|output|in|out|cached|cache|prompt|completion|tokens?|provisioned|"
                   r"on[- ]demand|ptu|units?|storage|azure|bedrock|vertex|direct|api|model|gpt|claude|gemini)\b)")
# ("Invoice 2024-10", "billing period 2025-03-01": a date written the ISO way is a label too)
_MONTH_YEAR = _rx(r"(?:\b(?:" + _MONTH_NAME + r"|may)\.?,? (?P<y>(?:19|20)\d{2})\b|"
                  r"(?<![\w.$,-])(?P<ym>(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)\b(?!-\d))"
                  r"(?![.,]\d|\s?(?:calls?|requests?|tokens?|"
                  r"%|k\b|m\b))")
# ("usage period Mar 1-31", "1-15 March": a span of days in one month, read whole)
CALENDAR_DATE = _rx(r"\b" + _MONTH_NAME + r"\.? \d{1,2}" + _ORDINAL + r"?\s?-\s?\d{1,2}" + _ORDINAL
                    + r"?\b(?![.,]\d|\s?(?:k|m|%|calls?|requests?|tokens?)\b)(?:,? (?:19|20)\d{2}\b)?|"
                    r"\b\d{1,2}" + _ORDINAL + r"?\s?-\s?\d{1,2}" + _ORDINAL + r"?(?: of)? " + _MONTH_NAME
                    + r"\b\.?(?:,? (?:19|20)\d{2}\b)?|"
                    r"\b\d{1,2}" + _ORDINAL + r"?(?: of)? " + _MONTH_NAME + r"\b\.?(?:,? (?:19|20)\d{2}\b)?|"
                    r"\b\d{1,2}" + _ORDINAL + r"(?: of)? may\b(?:,? (?:19|20)\d{2}\b)?|"
                    r"\b" + _MONTH_NAME + r"\.? \d{1,2}" + _ORDINAL + r"?\b" + _NOT_A_COUNT
                    + r"(?:,? (?:19|20)\d{2}\b)?|"
                    r"\bmay \d{1,2}" + _ORDINAL + r"\b(?:,? (?:19|20)\d{2}\b)?|"
                    r"\b(?:" + _MONTH_NAME + r"|may) (?:19|20)\d{2}\b|"
                    r"\b(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])\b|"
                    r"\b\d{1,2}/\d{1,2}/(?:19|20)\d{2}\b")
# ("usage console for the claims agent (Sonnet, anthropic direct), last day": what the console covers, said after it)
# ("prompt cache stats, last 24h": a console's statistics over their window)
_USAGE_OVER_PERIOD = _rx(r"\b(?:usage|export|invoice|bill|consumption|logs?|dashboard|console|stats|statistics)\b"
                         r"[^.;!?\n\d]{0,80}?"
                         # ("usage export for the month": the export's own period)
                         r"\b(?:last|past|previous|this|for the) (?P<period>day|week|month|quarter|year)\b|"
                         # ("billing export for yesterday", "pulled from the usage console for yesterday")
                         r"\b(?:usage|export|invoice|bill|billing|consumption|logs?|dashboard|console)\b"
                         r"[^.;!?\n\d]{0,20}?\b(?:for|from|of) (?P<yday2>yesterday)\b|"
                         # ("console export (last 7 days)": a week)
                         r"\b(?:last|past|previous|trailing) (?:7|seven) (?P<period3>days)\b|"
                         # ("usage-report --day 2025-06-11": a command's flag naming the period it reports)
                         r"--(?P<period5>day|week|month)\b|"
                         # ("pulled last week's usage off their console", "yesterday's traffic": the period first)
                         r"\b(?:(?:last|past|previous|this) (?P<period4>day|week|month|quarter|year)|"
                         r"(?P<yday>yesterday))(?:'s|s)? (?:[a-z-]{2,12}\s){0,2}?(?:usage|export|consumption|traffic|"
                         r"volumes?|logs?|invoice|bill|statement|totals|numbers|counts|stats|figures|metrics)\b|"
                         # ("Last quarter they pushed 1.2bn input tokens through it": the period, then who used what)
                         r"\b(?:last|past|previous|this) (?P<period6>week|month|quarter|year),? "
                         r"(?:they|we|the customer|the client|it|you)\b[^.;!?\n\d]{0,30}?\b"
                         r"(?:pushed|sent|used|consumed|processed|ran|burned|burnt|generated|served|billed|did)\b|"

                         # "1bn in, 100M out through batch this month?": counts of a billion or a million tokens
                         # said over a named period
                         r"\d\s?(?:bn|b|m|mm|million|billion)\s(?:input|output|in|out|tokens?)\b[^.;!?\n]{0,60}?"
                         r"\b(?:this|last|next|that|the whole|the entire) (?P<period2>day|week|month|quarter|year)\b")


def _usage_period(m: re.Match[str]) -> str:
    """The period a usage export covers, as _USAGE_OVER_PERIOD read it ("last 7 days": a week)."""
    return (m.group("period") or m.group("period2") or m.group("period4") or m.group("period5") or m.group("period6")
            or ("day" if m.group("yday") or m.group("yday2") else "week"))


# "week 14 numbers", "month 3 actuals", "Q3 week 2 usage": one numbered period's counts, heading them.
NUMBERED_PERIOD = _rx(r"\b(?P<period>week|month|quarter) \d{1,2}\s(?:numbers|usage|stats|totals|actuals|volumes?|"
                      r"figures|traffic)\b")
# "usage_report --window 7d", "--days=30": a command's window of days over the counts it prints
_REPORT_WINDOW = _rx(r"--(?:window|days|period|range)[ =](?P<n>1|7|30|31)\s?d?\b")
# "last month on-demand for the same traffic: 6.2bn input tokens": a past period heading the counts after its colon
_PAST_PERIOD_HEADING = _rx(r"(?m)^[ \t]*(?:last|past|previous) (?P<period>day|week|month|quarter|year)\b"
                           r"[^.?!\n:$\d]{0,60}:[ \t]?~?\d")
# "billing export for the legal-research agent, week 37.": an export or a report naming the numbered week it covers
_REPORT_NUMBERED = _rx(r"\b(?:exports?|reports?|billing|invoice|usage|statement|logs?|stats|dashboard|summary)\b"
                       r"[^.\n:;]{0,60}?[,(]\s?(?:for\s)?(?P<period>week|month) \d{1,2}\b(?!\s?(?:%|k\b|m\b|calls?))")
# "annual volume is 18bn input tokens", "monthly usage: 2bn in": a volume named by its period, before the counts
_PERIOD_VOLUME = _rx(r"\b(?P<period>annual|yearly|monthly|weekly|daily|quarterly)\s(?:token\s)?(?:volume|usage|traffic|"
                     r"consumption)\s?(?:is|of|=|:|runs|comes to|will be|would be)\s(?:about\s|around\s|~)?\d|"
                     # "per quarter they push about 1.2bn input tokens": the period, then who sends the tokens
                     # ("on a typical business day it reads around 2.5M input tokens": the day named with its kind)
                     r"\b(?:per|each|every|a|on an?)\s"
                     r"(?:(?:typical|normal|average|busy|business|working|work|regular)\s){0,2}"
                     r"(?P<period2>day|week|month|quarter|year),?\s"
                     r"(?:they|we|the customer|it)\s(?:push|send|process|run|consume|burn through|put through|use|"
                     r"reads?|takes? in|ingests?|handles?|generates?|sees?)\s(?:about\s|around\s|roughly\s|~)?\d")
# "Invoice #123 (week ending Fri)", "usage, month of March:": a heading naming the period its counts cover
PERIOD_ENDING = _rx(r"(?m)(?:^|\()[^\n?]{0,40}?\b(?P<period>week|month|quarter)\s(?:ending|ended|of)\b"
                    r"(?![^\n]{0,60}\?)")
# "util 40%", "utilisation: 40%", "usage ~40%": a utilization named right before its figure.
_UTILIZATION_RIGHT_BEFORE = _rx(r"\b(?:(?P<word>utili[sz]ation|utili[sz]ed|util)|usage|load|loaded)\s?"
                                r"(?:is|of|at|[:=])?\s?~?\s?$")
# "we'll be at maybe 50% capacity", "they'd use about 66.67% of it": a share of the capacity, which is its utilization
# (not "50% capacity headroom", a margin kept free)
_SHARE_OF_CAPACITY_AFTER = _rx(
    r"\s?(?:capacity\b|of\s(?:the\s|their\s|our\s|whatever\s|what(?:ever)?\s(?:the\s)?|any\s|all\s(?:the\s)?)?"
    r"(?:committed\s|provisioned\s|reserved\s)?capacity\b|"
    # "avg 72% of committed TPM", "60% of the provisioned throughput": the share of what is reserved that is used
    r"of\s(?:the\s|their\s|our\s)?(?:committed|provisioned|reserved)\s(?:tpm|throughput|units?|ptus?)\b)"
    r"(?!\s(?:headroom|buffer|margin|increase|growth|expansion|reduction|cut|uplift|bump|discount|added|more)\b)")
_USE_RIGHT_BEFORE = _rx(r"\b(?:use|uses|using|fill|fills|filling)\s(?:(?:about|around|roughly|maybe|only|just|like|"
                        r"up to|~)\s?)*$")
# "fills maybe 50% of the commit", "uses 70% of their reserved PTUs": the share of what is bought that is used
_OF_WHAT_IS_BOUGHT = _rx(r"\s?of\s(?:it|them|that|those|"
                         r"what(?:ever)? (?:we|they|you) (?:reserve|buy|commit to|provision)|"
                         r"(?:the|their|our|its|your|this|that) (?:units?|ptus?|capacity|"
                         r"reservation|commit|commitment|committed (?:units?|ptus?|capacity|throughput)|"
                         r"reserved (?:units?|ptus?|capacity|throughput)|"
                         r"provisioned (?:units?|ptus?|capacity|throughput)))\b")
# "what happens if they only hit 64%?": a level the load reaches, said with "hit" as a verb (no cache in the ask)
_HIT_AS_VERB = _rx(r"\b(?:they|we|you|it|only|ever|actually|really|to|can|could|would|will|might|if|they'll|we'll|"
                   r"they'd|we'd)\s(?:only\s|actually\s|really\s|ever\s|just\s)?(?:hit|hits|hitting)\s"
                   r"(?:about\s|around\s|roughly\s|maybe\s|~\s?)?$")
_CACHE_SAID = _rx(r"cach|\bprefix|\bhit (?:rate|ratio)|\bttl\b|\bhits\b")
_CHEAPER_RIGHT_AFTER = _rx(r"\s?(?:cheaper|less|lower|below|under|saving|savings)\b")
_DISCOUNT_RIGHT_AFTER = _rx(r"\s?(?:off|discount|disc)\b")
# "their EA takes ", "the EDP knocks off ", "EA discount: ": an enterprise agreement named right before a figure, with
# no commitment word between ("EA customer, PTUs at 30% off" is the provisioned discount).
# ("the customer's AWS agreement gives them ": the agreement named by its cloud)
_EA_RIGHT_BEFORE = _rx(r"\b(?:ea|edp|macc|enterprise agreement|(?:aws|azure|microsoft|google|gcp|amazon) "
                       r"(?:enterprise )?(?:agreement|contract))\b(?:(?! ?(?:ptus?|pt|provision\w*|reserv\w*|commit\w*|"
                       r"capacity|throughput)\b)[^.;,!?%$\d()\n]){0,24}$")
# "30% off for provisioned", "off PTUs": the figure is a commitment's discount whatever is named before it
_PROVISIONED_RIGHT_AFTER = _rx(r"\s?(?:off|discount|disc)?\s?(?:for |on |with )?(?:the )?(?:ptus?|pt|provision\w*|"
                               r"reserv\w*|commit\w*)\b")
# "quote comparison (per day):", "Usage (monthly)": a period in brackets closing a heading line.
# "usage export, one typical day, summarized:": a heading line naming one period its counts cover
# "(10:00-11:00)", "09:00–17:00": a span of clock times, read whole
_CLOCK_SPAN = r"\d{1,2}:\d{2}\s?-\s?\d{1,2}:\d{2}"
CLOCK_SPAN = compile_regex(r"(?<![\d:])" + _CLOCK_SPAN + r"(?![\d:])")
# ("billing export, one-hour sample (10:00-11:00)": a sample's hour, its clock times in brackets, no colon needed)
# ("Billing export, one business day (they run 22 business days a month):": a working day's, an aside after it)
_ONE_SPAN_HEADING = compile_regex(r"^[^\n:]{0,60}?\b(?:one|1|a single)(?: typical| average| normal)?"
                                  r"(?: business| working| work)?[ -]"
                                  r"(?:(?P<period>day|week|month)\b[^\n:\d(]{0,30}(?:\([^()\n]{0,60}\)[ \t]*)?:|"
                                  r"(?P<sample>hour|day|week|month)[ -]"
                                  r"(?:sample|window|snapshot|slice|extract|excerpt)\b"
                                  r"[^\n:\d]{0,30}(?:\(" + _CLOCK_SPAN + r"\)[ \t]*)?:?)[ \t]*$", re.M)
_PERIOD_IN_HEADING = compile_regex(
    # ("Looker export (per business day avg):": a working day's averages)
    # ("from the pilot dashboard (avg per business day):": the average said first)
    # ("usage dashboard (numbers are per business day, they run a 5-day week):": what the numbers are, said first)
    r"^[^\n()]{0,90}\((?:(?:the |all )?(?:numbers|figures|counts|values|stats)(?: are| is)? )?"
    # ("line items from their current vendor (one quarter):": the one period the lines cover)
    r"(?:(?:avg|average|mean|typical) )?(?:per |a |an |each |every |one |1 |a single )?(?:(?:business|working|work) "
    r"(?=day\b))?(?P<period>hour|day|week|"
    # ("invoice_line_items (per business day, avg over the billing period):": words after a comma say how)
    r"month|quarter|year|hourly|daily|weekly|monthly|quarterly|annual|yearly)(?: (?:avg|average|averages|totals?|"
    r"figures))?"
    r"(?:,[^()\n]{1,60})?\)\s?:?"
    # ("--- traffic those units would carry (per month) ---": a rule's heading, dashes either side)
    r"[ \t]*(?:-{2,}|={2,})?[ \t]*$",
    re.M)
# "openai usage export, monthly roll-up:", "console, usage by day (avg over the last week):": a heading line naming
# its period (as an adjective or "by"/"per" a period), for the counts under it
_PERIOD_WORD_HEADING = compile_regex(
    # ("line items are per business day (22 biz days in the billing month):": the working day's, its days in brackets)
    r"^[^\n:\d]{0,60}?\b(?:(?P<adj>hourly|daily|weekly|monthly|annual|yearly)|(?:by|per) (?:(?:business|working|work) "
    r"(?=day\b))?(?P<noun>hour|day|week|month|year))\b[^\n:\d(]{0,40}(?:\([^()\n]{0,50}\)[ \t]?)?"
    # ("cache report, anthropic console, daily avg over business days" over "prefix_tokens: 6,000": a title with no
    # colon over keyed lines)
    r"(?::[ \t]*$|[ \t]*$(?=\n[ \t]*(?:[a-z][\w ./-]{0,30}:|~?\$?\d)))"
    # "Q3 billing export (summarised), acct 4471-ACME:": a quarter's label
    r"|^[^\n:]{0,60}?\b(?P<quarter>q[1-4])\b[^\n:]{0,60}:[ \t]*$"
    # "Cache console export for the support-bot workspace, yesterday:": one day's lines
    r"|^[^\n:\d]{0,80}?\b(?P<one_day>yesterday|today)\b[^\n:\d]{0,30}:[ \t]*$"
    # ("Weekly numbers from the pilot: 50k calls, ...": a period's numbers named inline, before their colon)
    r"|(?:^|(?<=[.!?] ))(?P<adj2>hourly|daily|weekly|monthly|annual|yearly) (?:numbers|figures|stats|counts|volumes?|"
    r"totals|metrics)\b[^\n:.\d]{0,40}:"
    # ("Billing export, week of 3/10, Orion Legal:", "usage, month ending 31 Oct:": the span its dates name)
    r"|^[^\n:\d]{0,60}?\b(?P<dated>week|month|day)\s(?:of|ending|starting|beginning|commencing)\s"
    r"[^\n:]{1,60}:[ \t]*$", re.M)
_BILLED_MONTH = _rx(r"\b(?:a |per |full |whole |each |every |/)?(?:month|mo)\b|\b730\s?(?:h|hrs?|hours)\b")


_MAKER_WORDS = frozenset({"claude", "anthropic", "openai", "gpt", "google", "gemini", "meta", "mistral", "the"})


# "csv from the dashboard, 1 day:", "the net for that day": the one span the counts in a message cover (calls
# counted with no period of their own are that span's)
# ("usage export, one typical day, summarized:": a typical one of the period)
# ("pulled from the usage console for one day:": what the lines below it cover, said before them)
SPAN_COVERED = _rx(r"(?:^|[,.;:(]\s?|\bfor )(?:one|1|a single)(?: typical| average| normal)? (?P<p>day|week|month)"
                   # ("(one day of traffic, it's representative):")
                   r"(?: of (?:traffic|usage|calls|requests|data|volume|load))?"
                     # ("billing export, one day, cached-prefix workload (8,000-token prefix):": more of the heading
                     # between the span and its colon)
                     r"(?:,? (?:summari[sz]ed|averaged|totals?))?(?:\s?:|,[^:\n]{0,80}:[ \t]*(?:\n|$))|"
                     r"\b(?:(?:for|over|in|during) (?:this|the same) |that |"
                     # ("net for the day?", "savings for the day": what the counts add up to, over their span)
                     r"(?:(?<=net )|(?<=saving )|(?<=savings )|(?<=cost )|(?<=total ))for the )"
                     r"(?P<p2>day|week|month)\b|"
                     # ("over the month, 1.5m requests, ...": a sheet's row of one month, as the table readers write it)
                     r"(?m:^)over the (?P<p4>day|week|month),|"
                     # ("week of 3 Mar"; not "a month of 22 business days", a month's length)
                     r"\b(?P<p3>week|wk|month) (?:of|ending|starting|beginning|commencing) \d"
                     r"(?!\d? (?:(?:business|working|work|calendar) )?days\b)|"
                     # ("Week 23 summary, from the billing export:": a numbered week's lines)
                     r"\b(?P<p5>week|wk|month) \d{1,2} (?:summary|report|export|stats|numbers|usage|totals?)\b|"
                     # ("weekly cache report", "daily usage export:" opening a line: the span of the lines under it)
                     r"(?m:^)(?:[=#*-]+ ?)?(?P<adj>daily|weekly|monthly) (?:[a-z]+ ){0,2}?(?:report|export|stats|"
                     r"statistics|summary|numbers|usage|dashboard)\b")


def span_covered(text: str, limit: int = MAX_MATCHES) -> str | None:
    """The one span the counts in ``text`` cover (:data:`SPAN_COVERED`, at most ``limit`` matches read), if one is
    said."""
    spans = {(m.group("p") or m.group("p2") or m.group("p3") or m.group("p4") or m.group("p5")
              or PERIOD_WORDS[m.group("adj")])
             .replace("wk", "week")
             for m in list(SPAN_COVERED.finditer(text))[:limit]}
    return spans.pop() if len(spans) == 1 else None


def _same_model(name: str, seen: str) -> bool:
    """ "opus" after "claude opus" (or the other way round): one model named again, with or without its maker's
    name; "gpt-4o" beside "gpt-4o mini" stays two models."""
    a, b = set(name.split()), set(seen.split())
    if a == b:
        return True
    small, large = (a, b) if len(a) < len(b) else (b, a)
    return bool(small) and small < large and (large - small) <= _MAKER_WORDS


def scan(normalized_text: str) -> Found:
    """Run every stage over ``normalized_text``."""
    with localcontext(WIDE):
        return Scanner(normalized_text).scan()
