"""Numbers and keywords as reps type them, rewritten into the plain forms the scanner reads.

Runs on normalized (lower-case) text before the scanner. Every rewrite either yields the value the writer
meant or leaves the form out and reports it, so the reply can ask instead of computing with a different
number:

- number words and fractions: "three million" -> 3000000, "twenty-five percent" -> 25 percent,
  "a quarter off" -> 25% off, "half a cent" -> 0.5 cent, "a quarter-billion" -> 0.25 billion,
  "two and a half million" -> 2.5 million, "three tenths of a cent" -> 0.3 cent, "¼ cent" -> 0.25 cent;
- grouping and notation: "2,5k" -> 2.5k, "10.000" -> 10000, "1'000'000" and "10,00,000" -> 1000000,
  "10^6", "10**6", "1e6" -> 1000000; "1.500 tokens" (1.5 or 1,500?) is reported, not guessed;
- shares: "0.7 utilisation" -> 70% utilisation, "reads at 0.1x input" -> 10% of input;
- typos in keywords and model names ("tokns", "utilisaton", "sonet") -> the keyword.

Every pattern here is linear: fixed alternations and bounded repeats, no nested quantifiers.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from decimal import Decimal, InvalidOperation

from text_to_num import alpha2digit, text2num

from bot.parse.period_words import PERIOD_WORDS
from bot.parse.prescreen import ScreenedPattern, screened
from bot.parse.shorthand import read_shorthand
from glossary.edits import osa_distance

_SCALE_WORD = r"(?:thousand|million|billion|mil|k|mm|mn|m|bn|b)"
_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "a": 1, "an": 1,
}
_SMALL_WORD = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
_FRACTION = {
    "half": Decimal("0.5"), "halves": Decimal("0.5"), "third": Decimal(1) / 3, "thirds": Decimal(1) / 3,
    "quarter": Decimal("0.25"), "quarters": Decimal("0.25"), "fifth": Decimal("0.2"), "fifths": Decimal("0.2"),
    "tenth": Decimal("0.1"), "tenths": Decimal("0.1"), "sixth": Decimal(1) / 6, "sixths": Decimal(1) / 6,
    "eighth": Decimal("0.125"), "eighths": Decimal("0.125"),
    "hundredth": Decimal("0.01"), "hundredths": Decimal("0.01"), "thousandth": Decimal("0.001"),
    "thousandths": Decimal("0.001"),
}
_FRACTION_WORD = r"(?:half|halves|thirds?|quarters?|fifths?|tenths?|sixths?|eighths?)"
# "1/4 cent", "3/4 of a cent", "1/2 a cent": a written fraction of a cent (never "4 cent").
_SLASH_FRACTION_CENT = screened(
    r"(?<![\w.,/$])(?P<a>[1-9])\s?/\s?(?P<b>[2-9]|10|100)\s?(?:of\s)?(?:an?\s)?(?=(?:cents?|¢|c)\b)"
)
# "3/5 utilisation", "util 2/3", "running at 3/4 of capacity", "4/5 busy": a load said as a fraction, read as its
# percent.
_LOAD_SAID = (r"(?:util\w*|utili[sz]ation|utili[sz]ed|busy|loaded|load|usage|used|occupancy|full|"
              r"of (?:the |our |their )?(?:committed |provisioned |reserved )?(?:capacity|units|ptus))\b")
_SLASH_LOAD = screened(
    r"(?:(?P<lead>\b(?:util\w*|utili[sz]ation|utili[sz]ed|busy|loaded|load|usage|occupancy|run(?:s|ning)? at|"
    r"sit(?:s|ting)? at)"
    r"(?: (?:of|is|was|at|around|about|roughly|only|just|averag(?:es|ed|ing)|typically))*\s?[:=~]?\s?)|(?<![\w.,/$:]))"
    r"(?P<a>[1-9]\d?)\s?/\s?(?P<b>[1-9]\d?)(?![\w.,/%$:])(?(lead)|(?=\s?" + _LOAD_SAID + r"))"
)


def _slash_load(m: re.Match[str]) -> str:
    a, b = Decimal(m.group("a")), Decimal(m.group("b"))
    return f"{m.group('lead') or ''}{_show(a / b * 100)}%" if a <= b else m.group(0)


_MIXED_FRACTION = re.compile(r"(?<![\d.])(?P<whole>\d{0,6}?)(?P<frac>1⁄10|1⁄4|1⁄2|3⁄4|1⁄3|2⁄3|1⁄5)")
_UNICODE_FRACTIONS = {"1⁄4": "0.25", "1⁄2": "0.5", "3⁄4": "0.75", "1⁄3": "0.3333", "2⁄3": "0.6667", "1⁄5": "0.2",
                      "1⁄10": "0.1"}


def _num(text: str) -> Decimal:
    if text in _SMALL:
        return Decimal(_SMALL[text])
    return Decimal(text) if text[:1].isdigit() else Decimal(text2num(text.replace(" ", "-"), "en"))


def _show(value: Decimal) -> str:
    """A plain decimal string the scanner reads (no exponent, no trailing zeros)."""
    text = f"{value.quantize(Decimal('1e-10')):f}" if value != value.to_integral_value() else f"{value:.0f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


# --- fractions ------------------------------------------------------------------------------------------

# "600 million input tokens and a third as many output tokens", "2M in, twice as many out": one side's tokens as a
# share or a multiple of the other side's count said just before.
_AS_MANY = screened(
    r"\b(?:(?:an? |one )(?P<frac>half|third|quarter|fifth|tenth)|half|(?P<pct>\d{1,3}(?:\.\d{1,2})?)\s?%|"
    r"(?P<times>twice|double|three times|four times|(?P<n>\d{1,2}(?:\.\d{1,2})?)\s?(?:x|times))) as many "
    # ("a quarter as many tokens on the output side")
    r"(?:(?P<side>input|output|in|out)(?: tokens?)?|tokens? (?:on|for|in) the (?P<side_after>input|output) side)\b"
)
_SIDE_COUNT = screened(
    r"(?<![\w.$,])(?P<num>\d{1,3}(?:,\d{3})+|\d{1,12}(?:\.\d{1,6})?)\s?(?P<scale>k|m|mm|mn|b|bn|thousand|million|"
    r"billion)?\s(?:(?P<side>input|output|in|out) tokens?|tokens? (?P<side2>input|output|in|out))\b"
)
_TIMES = {"twice": Decimal(2), "double": Decimal(2), "three times": Decimal(3), "four times": Decimal(4)}


# "output is always a quarter of the input length", "responses run about 20% of the prompt", "input is 4x the output":
# the mix said as one side's share or multiple of the other, with no count beside it.
_SIDE_OF_OTHER = screened(
    r"\b(?P<side>output|completion|response|input|prompt)s?(?P<u1> tokens?| lengths?| sizes?)? (?:is|are|runs?|"
    r"comes? in at|tends to be|sits at)(?: always| usually| typically| roughly| about| around| ~| generally| only|"
    r" just)? ?"
    r"(?:(?:an? |one )(?P<frac>half|third|quarter|fifth|tenth|eighth)|(?P<half>half)|"
    r"(?P<pct>\d{1,2}(?:\.\d{1,2})?)\s?%|(?P<n>\d{1,2}(?:\.\d{1,2})?)\s?(?:x|×|times)|"
    r"(?P<times>twice|double|three times|four times|five times|ten times)) "
    r"(?:of |the size of |the length of )?(?:the |its |their )?"
    r"(?P<other>output|completion|response|input|prompt)s?(?P<u2> tokens?| lengths?| sizes?)?\b"
    r"(?! ?(?:rates?|prices?|pricing|costs?|per|price|/|'s|bills?|side)\b)")
# "output comes to about 25% of that volume", "output is 20% of that count": the side named, then its count as a share
# of the count just said (the other side's), as "25% of that in output" says it (not "input is a quarter of that":
# a share of the other side's price)
_SIDE_COUNT_SHARE = screened(
    r"\b(?P<side>output|input)(?: tokens?)? (?:comes? to|is|are|runs?|works? out to|lands? at|sits? at)"
    r"(?: (?:about|around|roughly|only|just|typically|usually|~))? ?(?P<pct>\d{1,3}(?:\.\d{1,2})?)% of "
    r"(?:that|this|it) (?:volume|count|amount|number|total)\b(?! (?:in|as|for|on) )")
_MORE_TIMES = {**_TIMES, "five times": Decimal(5), "ten times": Decimal(10)}


# "120,000 calls hitting cache", "40k requests that hit the cache", "9k calls served from cache": cache hits
_CALLS_HITTING = screened(
    r"(?<![\w.$,])(?P<n>\d{1,3}(?:,\d{3})+|\d{1,9}(?:\.\d{1,3})?)(?P<s>\s?(?:k|m|mm)\b)? (?:calls?|requests?|reqs?) "
    r"(?:hitting|that hit|which hit|that hits|served from|answered from|read from|reading from) (?:the |their |our )?"
    r"(?:prompt )?cache\b")


def _side_of_other(m: re.Match[str]) -> str:
    """The mix as "input:output" when one side is said as a share (below one) or a multiple (above) of the other."""
    side_in = m.group("side") in ("input", "prompt")
    if side_in == (m.group("other") in ("input", "prompt")):
        return m.group(0)
    # (each side a whole number or a short decimal: "a third" is 3:1, "20%" 100:20, "5x" 5:1)
    big, small = ((Decimal(100), Decimal(m.group("pct"))) if m.group("pct")
                  else (Decimal(1) / _FRACTION[m.group("frac")], Decimal(1)) if m.group("frac")
                  else (Decimal(2), Decimal(1)) if m.group("half")
                  else (Decimal(m.group("n")) if m.group("n") else _MORE_TIMES[m.group("times")], Decimal(1)))
    if (m.group("n") or m.group("times")) and big > small:  # a multiple of the other side: that side is the bigger
        big_side_in = side_in
    elif not (m.group("n") or m.group("times")) and 0 < small < big:  # a share of the other: the other is the bigger
        big_side_in = not side_in
    else:
        return m.group(0)
    if not (big_side_in or m.group("u1") or m.group("u2") or {m.group("side"), m.group("other")} - {"input", "output"}):
        return m.group(0)  # "input is a third of output", "output is 5x input": the rates as often as the sizes
    a, b = (big, small) if big_side_in else (small, big)
    return f"{_show(a.quantize(Decimal(1)) if a == a.to_integral_value() else a)}:{_show(b)} input:output mix"


def _as_many(m: re.Match[str]) -> str:
    side = "input" if (m.group("side") or m.group("side_after")).startswith("in") else "output"
    counts = [c for c in _SIDE_COUNT.finditer(m.string, max(0, m.start() - 120), m.start())
              if not (c.group("side") or c.group("side2") or "").startswith(side[:2])]
    if not counts:
        return m.group(0)
    if m.group("frac"):
        share = _FRACTION[m.group("frac")]
    elif m.group("pct"):
        share = Decimal(m.group("pct")) / 100
    elif m.group("n"):
        share = Decimal(m.group("n"))
    elif m.group("times"):
        share = _TIMES[m.group("times")]
    else:
        share = Decimal("0.5")
    count = counts[-1]
    value = Decimal(count.group("num").replace(",", "")) * share
    scale = count.group("scale")
    return f"{_show(value)}{' ' + scale if scale and len(scale) > 2 else scale or ''} {side} tokens"


# "a quarter-billion", "half a cent", "a third of a cent", "three tenths of a cent", "two and a half million"
_FRACTION_OF_UNIT = screened(
    # "a hundredth of a cent", "five thousandths of a cent": only before a unit (alone, "our hundredth customer")
    r"\b(?P<count>" + _SMALL_WORD + r"|a|an)[- ](?P<frac>" + _FRACTION_WORD[:-1] + r"|hundredths?|thousandths?))"
    # ("four-tenths-of-a-cent": hyphens between every word)
    r"[- ](?:of[- ])?(?:an?[- ])?"
    # ("a quarter buck per mil", "a tenth of a dollar": a fraction of a dollar)
    r"(?P<unit>" + _SCALE_WORD + r"|cents?|penny|pennies|dollars?|bucks?)\b"
)
# "quarter cent per call", "half million tokens": the fraction with its article left out.
_BARE_FRACTION_OF_UNIT = screened(
    r"(?<![\w-])(?<!\d )(?P<frac>half|third|quarter|fifth|tenth)[- ](?:of[- ])?(?:an?[- ])?"
    # ("cached reads quarter of a buck per mil": a fraction of a dollar)
    r"(?P<unit>thousand|million|billion|cents?|penny|pennies|dollars?|bucks?)\b"
)
# "half price for provisioned", "PTUs at half the on-demand price", "at half the usual rate": a discount of 50%.
_HALF_PRICE = screened(
    r"\b(?:at )?half[- ](?:the\s)?(?:list\s|on[- ]demand\s|payg\s|od\s|usual\s|normal\s)?(?:price|rate|cost)"
    r"(?:\sof\s(?:on[- ]demand|payg|od|list))?\b"
)
# "openai halves the input price for cached tokens", "cuts input in half for cache hits", "90% off the input rate for
# cached reads": the cache-read price as a share of the input price, said with the cut before what it applies to.
_CACHE_READ_CUT = screened(
    r"\b(?:(?:halve[sd]?|halving)\s(?:the\s)?(?:input(?:\sprice|\srate|\scost)?|price|rate|it)|"
    r"(?:cuts?|cutting|slash(?:es)?)\s(?:the\s)?(?:input(?:\sprice|\srate|\scost)?|price|rate|it)\sin\shalf|"
    r"(?P<pct>\d{1,2}(?:\.\d{1,2})?)\s?(?:%|percent|per cent)\soff\s(?:the\s)?(?:input|prompt)"
    r"(?:\s(?:token\s)?(?:price|rate|cost))?)"
    r"\s(?:for|on)\s(?:the\s|any\s|all\s)?(?P<cached>cached(?:\s(?:input|prefix|prompt))?(?:\stokens)?|"
    r"cache\s(?:hits|reads)|cache-read\stokens)\b"
)


def _cache_read_cut(m: re.Match[str]) -> str:
    share = Decimal(100) - Decimal(m.group("pct")) if m.group("pct") else Decimal(50)
    return f"bills {m.group('cached')} at {_show(share)}% of the input price"


# "the provisioned rate works out to 0.55x their on-demand rate", "PT costs 60% of on-demand", "reserved at 0.7 of the
# OD price": the committed price as a share of on-demand, which is a discount of the rest (read where committed
# capacity is named; never a share of on-demand traffic or spend).
_COMMITTED_NAMED = screened(r"\b(?:provision\w*|ptus?|pt|reserv\w*|commit\w*)\b")
_SHARE_OF_ON_DEMAND = screened(
    # (not a ceiling asked for: "must come in at or below 90% of on-demand" is a target, the discount is asked)
    r"(?<![\w.$])(?<!at or below )(?<!at or under )(?<!at most )(?<!no more than )(?<!within )(?<!under )"
    r"(?<!below )(?:(?P<pct>\d{1,2}(?:\.\d{1,2})?)\s?(?:%|percent\b|pct\b)\s(?:of\s)?|"
    r"(?P<x>0?\.\d{1,3})\s?(?:x\b|×|times\b)\s?(?:of\s)?|(?P<of>0?\.\d{1,3})\sof\s)"
    r"(?P<rest>(?:the\s|their\s|its\s|our\s|your\s)?(?:on[- ]demand|od|payg|pay[- ]as[- ]you[- ]go)\b"
    r"(?:\s(?:rates?|prices?|pricing|costs?|list))?)"
    r"(?!\s?(?:spend|spending|bill|traffic|tokens?|volume|usage|load|capacity|calls?|requests?|workload|peaks?|"
    r"throughput|demand|levels?|max(?:imum)?|tpm|rpm)\b)"
)
# "discount 35%", "35% off": a discount said outright, which a share of on-demand never overrides
_DISCOUNT_SAID = screened(
    r"\bdiscount(?: (?:of|is|at|around|about))*+ ?[:=~]? ?\d|\d(?:\.\d+)? ?(?:%|percent\b|pct\b) ?(?:off|discount)\b")


def _share_of_on_demand(m: re.Match[str]) -> str:
    share = Decimal(m.group("pct")) / 100 if m.group("pct") else Decimal(m.group("x") or m.group("of"))
    if not 0 < share < 1:
        return m.group(0)
    return f"{_show((1 - share) * 100)}% below {m.group('rest')}"


# ("half a request per second", "half a call a minute": half of one unit of work, a rate below one)
_HALF_A = screened(r"\bhalf (?:an? )(?P<unit>thousand|million|billion|cent|mil|bil|bn|k|m|request|call|query|req|job|"
                   r"run|task|document|doc|page)\b")
# "eighteen and a half k", "twenty-two and a half million": any count below a hundred, in digits or words.
_UNITS_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_COUNT_WORD = (r"(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]" + _UNITS_WORD + r")?|"
               r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|" + _UNITS_WORD + r")")
_AND_A_HALF = screened(r"\b(?P<count>" + _COUNT_WORD + r") and a half (?P<unit>" + _SCALE_WORD + r"|cents?)\b")
# "a cent and a quarter per call", "two dollars and a half": a whole unit and a fraction more of it.
_UNIT_AND_A_FRACTION = screened(
    # ("a buck and a quarter per mil", "a penny and a half per call")
    r"\b(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) "
    r"(?P<unit>cents?|dollars?|bucks?|penny|pennies) and an? (?P<frac>half|quarter|third)\b(?! of\b)"
)
_UNIT_SAID = {"buck": "dollars", "bucks": "dollars", "penny": "cents", "pennies": "cents"}
# "one and three-quarter cents per call", "one and a quarter cents", "two and three quarters percent": a whole number
# and some parts of one before the unit they count
_AND_PARTS_OF_UNIT = screened(
    r"\b(?P<count>" + _COUNT_WORD + r") and (?P<n>a|an|one|two|three|four|five|six|seven)[- ](?P<frac>"
    + _FRACTION_WORD + r") (?=(?:cents?|pennies|dollars?|bucks|percent|pct|per ?cent)\b)")
# "two and a half times the average", "one and a half x": a multiple said with a half.
_AND_A_HALF_TIMES = screened(r"\b(?P<count>" + _COUNT_WORD + r") and a half(?P<unit>[- ]?(?:x|×|times)\b)")
# "one and a quarter", "two and a half" on their own (a ratio: "peak-to-average is about one and a quarter").
_AND_A_FRACTION = screened(r"\b(?P<count>" + _COUNT_WORD + r") and an? (?P<frac>half|quarter)\b"
                           r"(?! (?:of\b|an? |the |million|billion|thousand|cents?|hours?|days?|weeks?|months?))")
# "peak-to-average is about two": a small number word as the ratio itself.
_SMALL_AFTER_PAR = screened(
    r"(?P<lead>peak[- ]?to[- ]?(?:average|avg|mean)(?: ratio)?|\bpar\b)(?P<mid>[^.;,\d]{0,40}?"
    r"(?:is|of|=|around|about|roughly|~|at|near|probably|maybe|somewhere|like|approximately|approx\.?) )"
    r"(?P<w>one|two|three|four|five|six|seven|eight|nine|ten)\b(?! (?:of|and|in|per|percent|hours?|days?|weeks?))")
# "peak is twice the average", "peak runs at double the mean": a multiple of the average said in a word.
_WORD_MULTIPLE = screened(
    r"\b(?P<w>twice|double|triple|thrice)"
    r"(?= (?:(?:the|their|our|its|an?) )?(?:average|avg|mean|baseline|normal|typical)\b|"
    # "the job runs twice a day": a count of times a period, read as "2 times a day" is
    r" (?:a|an|per|each|every) (?:day|hour|week|month)\b)"
)
_WORD_MULTIPLES = {"twice": "2", "double": "2", "triple": "3", "thrice": "3"}
_COUPLE = screened(r"\ba couple(?: of)? (?P<unit>hundred|thousand|million|billion)\b")
# "whats a p t u again", "the t.t.l.": an acronym the rep spelt out letter by letter (voice-to-text does this)
_SPELT_ACRONYM = screened(r"(?i)\b(?P<w>p[ .]t[ .]u|t[ .]t[ .]l|t[ .]p[ .]m|p[ .]a[ .]r)\b\.?|"
                          # ("3 p t use at 42 bucks/hr", "4 ptu s": the plural said as a word or a letter after it)
                          r"\bp[ .]t[ .]?use\b|\bp[ .]?t[ .]?u[ .]s\b")
# "tee tee el", "pee tee you": an acronym as voice-to-text writes its letters' sounds; "prompt cashing": the same slip
_SOUNDED_ACRONYMS = {"tee tee el": "ttl", "pee tee you": "ptu", "pee tee use": "ptus", "tee pee em": "tpm",
                     "pee ay are": "par", "prompt cashing": "prompt caching"}
_SOUNDED_ACRONYM = screened(r"(?i)\b(?:tee[ -]tee[ -]el|pee[ -]tee[ -]you|pee[ -]tee[ -]use|tee[ -]pee[ -]em|"
                           r"pee[ -]ay[ -]are|prompt cashing)\b")
# "about a dozen questions an hour", "half a dozen calls", "two dozen runs": twelve of them, six, twenty-four
_DOZENS = {"a": 12, "one": 12, "half a": 6, "two": 24, "three": 36, "four": 48, "five": 60, "six": 72}
# ("a dozen or so questions at it": a vague many, left in words)
_DOZEN = screened(r"(?i)\b(?P<n>half a|a|one|two|three|four|five|six) dozen\b(?! of (?:them|those|these)\b| or so\b)")
_UNIT_VALUE = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_HALF_THAT = screened(r"\bhalf (?=(?:that|this|it)\b)")
# A fraction standing alone is a share: "a quarter off", "about half busy", "util about one half",
# "knocks off a fifth", "three quarters of capacity". Not a length of time ("half an hour", "half the day").
_LENGTHS = ("year", "hour", "day", "week", "month", "minute")
_FRACTION_ALONE = screened(
    # ("a year and a half", "an hour and a half", "two days and a half": a length of time; "a week and a quarter of
    # that in output" is a share)
    r"(?:(?!(?:an? )?half\b)|(?=an? half\b)"
    + "".join(f"(?<!{unit} and )(?<!{unit}s and )" for unit in _LENGTHS) + r"|(?=half\b)"
    + "".join(f"(?<!{unit} and a )(?<!{unit}s and a )" for unit in _LENGTHS) + ")"
    # ("growing 5% a quarter": the period of a rate of change; "I half get it", "we half expected": an adverb)
    r"(?<!% )(?<!% a )(?<!% an )(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bthey )(?<!\bhe )(?<!\bshe )"
    r"\b(?:(?P<count>" + _SMALL_WORD + r"|a|an)[- ])?(?P<frac>" + _FRACTION_WORD + r")\b"
    r"(?![- ](?:an? |the )?(?:hour|day|minute|second|week|month|year|time|of (?:an? |the )?(?:hour|day))s?\b)"
    # "half the traffic", "a third of their calls": a share of a quantity, not a price or a load (but "half the
    # capacity", "half of the PTUs" is a load, and "half the calls hit" a hit rate)
    # ("half the reserved capacity": a load)
    r"(?![- ](?:of )?(?:the|their|our|its|all|those|these) (?!capacity\b|ptus?\b|units?\b|reservation\b|"
    r"commitment\b|committed\b|provisioned\b|reserved\b|dedicated\b|booked\b|purchased\b|bought\b|"
    r"price|rate|cost|input|output|list|on-demand|direct|normal|usual|base|\$)"
    r"(?!(?:[a-z]{1,12} ){1,2}(?:hit|hits|hitting|miss|miss(?:es)?|"
    r"are cached|get cached)\b))"
    r"(?<!\bin half)"
    # "what's a quarter look like", "over a quarter", "per quarter": the period, not a share
    r"(?<!\bper quarter)(?<!\beach quarter)(?<!\bevery quarter)"
    r"(?!(?<=quarter)\s(?:look|looks|looking|come|comes|run|runs|cost|costs|add up|of (?:usage|traffic|volume|spend)|"
    # ("a quarter of 63 business days": the period, its days counted)
    r"worth|total|bill|of \d{2} (?:business |working |work |calendar )?days|"
    # ("against a quarter where the direct-API equivalent would be $200k": the period, what happens in it after it)
    r"where|when|in which|during which|whose)\b|"
    # ("period: one quarter = 3 x 730 h": the period, its hours set out; "counts a quarter as 13 weeks": its weeks)
    r"(?<=quarter)\s?=\s?\d|(?<=quarter)\s(?:as|is|being|=)\s(?:1[2-4]|twelve|thirteen|fourteen)\s(?:weeks?|wks?)\b|"
    # ("that's one quarter (3 x 730 h)", "a quarter (thirteen weeks)": the period, its length in brackets after it)
    r"(?<=quarter)\s?\(\s?(?:~|about |approx\.? )?(?:\d|three|thirteen|ninety|twelve|fourteen)\b)"
)


# "busy about two-thirds of the time", "keeps it busy half the time", "in use three quarters of the time": a load said
# as the share of the time the capacity is busy.
_SHARE_OF_THE_TIME = screened(
    r"\b(?P<lead>busy|used|in use|loaded|utili[sz]ed|occupied)(?P<mid>(?: (?:about|around|roughly|only|just|maybe|"
    r"~|for))*) (?:(?P<count>" + _SMALL_WORD + r"|a|an)[- ])?(?P<frac>" + _FRACTION_WORD + r") (?:of )?the time\b"
)


def _share_of_the_time(m: re.Match[str]) -> str:
    value = _counted_fraction(m)
    if value > 1 or (m.group("count") is None and m.group("frac") != "half"):
        return m.group(0)
    return f"{m.group('lead')}{m.group('mid')} {_show(value * 100)}% of the time"


# "quarter list markup", "a fifth uplift", "third off via the EA": a bare fraction right before a percentage's label.
# "two-fifths off", "three tenths discount": the count multiplies the fraction (never the fraction alone).
_FRACTION_BEFORE_LABEL = screened(
    r"(?<![\w-])(?:(?P<count>" + _SMALL_WORD + r"|an?)[- ])?(?P<frac>" + _FRACTION_WORD
    + r")(?= (?:list )?(?:mark-?up|uplift|premium|off\b|discount|ea\b))"
)
# "five-quarters of the average", "three halves of the mean": a multiple of the average said as a fraction.
_FRACTION_OF_AVERAGE = screened(
    r"(?<![\w-])(?P<count>" + _SMALL_WORD + r")[- ](?P<frac>" + _FRACTION_WORD + r") (?:of )?"
    r"(?P<what>(?:the |their |our |its )?(?:average|avg|mean|baseline)\b)"
)


def _counted_fraction(m: re.Match[str]) -> Decimal:
    """ "two-thirds", "a quarter", "half": the fraction times its count (one when there is none or it is "a")."""
    count = m.group("count")
    return (_num(count) if count and count not in ("a", "an") else Decimal(1)) * _FRACTION[m.group("frac")]


def _fraction_before_label(m: re.Match[str]) -> str:
    value = _counted_fraction(m)
    return f"{_show(value * 100)}%" if value <= 1 else m.group(0)


def _fraction_of_average(m: re.Match[str]) -> str:
    value = _num(m.group("count")) * _FRACTION[m.group("frac")]
    return f"{_show(value)} times {m.group('what')}" if value >= 1 else m.group(0)


def _unit_said(unit: str) -> str:
    """A unit as the money patterns read it: a penny is a cent, a buck a dollar."""
    return "cent" if unit.startswith("penn") else "dollars" if unit.startswith(("buck", "dollar")) else unit


def _fraction_of_unit(m: re.Match[str]) -> str:
    value = _num(m.group("count")) * _FRACTION[m.group("frac")]
    return f"{_show(value)} {_unit_said(m.group('unit'))}"


# "$50,000 a quarter", "900k calls a quarter", "9M of these a quarter": after an amount or a count of things,
# "a quarter" is the period it is stated over.
_AMOUNT_BEFORE = screened(r"(?:\d(?:\s?(?:k|m|mm|mn|b|bn|thousand|million|billion))?"
                          # ("1.2M tickets through it a quarter": what the count goes through, then its period)
                          r"(?:(?: [a-z]{2,12})? [a-z]{1,12}s(?: (?:through|into|via) (?:it|them|the [a-z]{2,12}))?|"
                          r" of (?:these|those|them|such calls))?|"
                          r"\b(?:calls?|requests?|tokens?|queries|emails|documents|docs|images|pages|invoices|"
                          r"transactions|input|output|in|out|spend|usage|traffic|days)|"
                          # ("if direct is twenty K a quarter": an amount in words with its scale letter)
                          r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
                          r"forty|fifty|sixty|seventy|eighty|ninety|hundred|half)\s?(?:k|m|mm|mn|bn|b)|"
                          # ("forty thousand dollars a quarter": an amount in words, its currency after it)
                          r"\b(?:thousand|million|billion|hundred|grand)(?: [a-z]{1,12}s)?|\b(?:dollars|bucks|usd|"
                          r"euros|pounds|quid))\s$")


# "$150,000 a quarter of direct-equivalent usage": dollars, then the quarter they are spent over (whatever follows)
_DOLLARS_BEFORE = screened(r"\$\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|mm|bn|b)\b)?\s$")
# "cost for a quarter", "over a quarter", "spend across a quarter": the calendar's quarter, a span of time.
_SPAN_BEFORE = screened(r"\b(?:for|over|per|across|during|within|through|throughout|each|every|in)\s$")


# "On each of their 22 business days a month they push 55M input tokens": the counts are each day's, the month holds
# that many days
_ON_EACH_OF_DAYS = screened(r"(?i)\b(?:on\s)?each of (?:their|the|those|its|our|his|her) (?P<n>1[5-9]|2[0-9]|3[01]) "
                            r"(?P<k>business |working |work )?days(?: (?:a|per|each|in the|in a) month)?,?\s")
_QUARTERS_PAST = screened(r"\b(?:last|past|previous|next|coming|first|recent|prior|following|consecutive)\s$")
# "a one-quarter term", "a quarter commitment": the calendar's quarter, the length of a term.
_TERM_AFTER = screened(r"[- ](?:terms?|commitments?|commits?|contracts?|reservations?|deals?|periods?|"
                       r"agreements?)\b")


def _fraction_alone(m: re.Match[str]) -> str:
    count = m.group("count")
    frac = _FRACTION[m.group("frac")]
    if m.group("frac") == "quarter" and _TERM_AFTER.match(m.string, m.end()):
        return m.group(0)
    if count is None and m.group("frac") != "half":
        return m.group(0)  # "quarter" alone is usually the calendar's ("a quarter" keeps its article)
    if m.group("frac").startswith("quarter") and _QUARTERS_PAST.search(m.string, max(0, m.start() - 24), m.start()):
        return m.group(0)  # "flat for the last 2 quarters", "over the next three quarters": a span of the calendar
    if m.group("frac") == "quarter" and count in ("a", "an", "one") and (
            _DOLLARS_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
            or (not m.string.startswith(" of", m.end()) and (
                _AMOUNT_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
                or _SPAN_BEFORE.search(m.string, max(0, m.start() - 12), m.start())))):
        return m.group(0)
    value = (_num(count) if count else Decimal(1)) * frac
    if value > 1:
        return m.group(0)
    return f"{_show(value * 100)}%"


# --- digits ---------------------------------------------------------------------------------------------

_POWER = screened(
    r"(?<![\w.])(?:(?P<mult>\d{1,4}(?:\.\d{1,4})?)\s?[x×*]\s?)?(?P<base>\d{1,4}(?:\.\d{1,4})?)\s?(?:\^|\*\*)\s?"
    r"(?P<exp>\d{1,3})(?![\d.])"
)
_EXPONENT = screened(r"(?<![\w.])(?P<base>\d{1,4}(?:\.\d{1,4})?)e\+?(?P<exp>\d{1,3})(?![\w.])")
_APOSTROPHES = screened(r"(?<![\d'])\d{1,3}(?:'\d{3}){1,6}(?![\d'])")
_INDIAN = screened(r"(?<![\d,.])\d{1,2}(?:,\d{2}){1,6},\d{3}(?![\d,])")
# "1,2 Mio.", "3 Mrd", "2 mln": continental abbreviations of million and billion.
_EU_SCALE = screened(r"(?<=\d)\s?(?P<w>mio|mln|mrd|mld)\b\.?")
_EU_SCALE_LETTER = {"mio": "m", "mln": "m", "mrd": "b", "mld": "b"}
# A comma followed by one or two digits (never a thousands group) is a decimal comma wherever it stands: "1,25",
# "2,5k", "12,5 percent", "1,2 $/M", "2,50 per MTok". Not inside a list of numbers ("10,20,30").
_DECIMAL_COMMA = screened(r"(?<![\d,.])(?P<whole>\d{1,6}),(?P<frac>\d{1,2})(?!\d|,\d)")
# "1.250,50", "12 500,5": thousands grouped by dots (or spaces), then a decimal comma.
_GROUPED_DECIMAL_COMMA = screened(
    r"(?<![\w.,])(?P<whole>[1-9]\d{0,2}(?:(?:\.\d{3}){1,6}|(?: \d{3}){1,6})),(?P<frac>\d{1,2})(?!\d|,\d)"
)
# Digits and commas in any other grouping ("1,2345", "1,000,5", "10,20,30"): no single reading, so asked about.
_ODD_COMMAS = screened(r"(?<![\d,.])\d{1,40}+(?:,\d{1,40}+){1,14}+(?![\d,])")
_THOUSANDS_COMMAS = screened(r"\d{1,3}(?:,\d{3})+")
_ZERO_COMMA = screened(r"(?<![\d,.])0,(?P<frac>\d{1,6})(?![\d,])")
# (a full stop after the figure ends its sentence: "calls per day: 10.000.")
_DOLLAR_THOUSANDS_DOT = screened(r"(?<=\$)(?P<whole>[1-9]\d{0,2})(?P<groups>(?:\.\d{3}){1,6})(?![\d,%]|\.\d)")
_THOUSANDS_DOT = screened(r"(?<![\w.,$-])(?P<whole>[1-9]\d{0,2})(?P<groups>(?:\.\d{3}){1,6})(?![\d,%]|\.\d)")
_SIDE_NEXT = screened(r"\s?(?:in|input|out|output)\b")
_PRICED_AFTER = screened(r"[^.;!?\n$]{0,30}?(?:/|per|a)\s?(?:1\s?)?(?:m|mtoks?|million|mil)\b")
# Things counted only in whole numbers: "2.300 tokens" is twenty-three hundred of them, never two and a bit.
_WHOLE_THINGS_NEXT = screened(r"\s?(?:tokens?|toks?|tkns?|hits|cache (?:hits|writes|reads)|writes|words|pages|"
                              r"documents|docs|users|seats|employees|tickets)\b")
# "3.125 cache write": a cache price named after its figure
_CACHE_PRICE_NEXT = screened(r"\s?(?:cache[d]?\s)?(?:reads?|writes?|hits?)\b")
# "... base input 2.50/mtok, cache hits 0.25, cache writes 3.125": a cache price named just before the figure
_CACHE_PRICE_BEFORE = screened(r"\b(?:cache[d]?[\s_-]?)(?:reads?|writes?|hits?|creation)(?:\s(?:at|@|rate|price))?"
                               r"\s?[:=]?\s?$")
LARGEST = Decimal("1e15")


def _power(m: re.Match[str], unread: list[str]) -> str:
    try:
        base, exp = Decimal(m.group("base")), int(m.group("exp"))
    except InvalidOperation:  # pragma: no cover - the pattern only admits digits
        return m.group(0)
    mult = Decimal(m.group("mult")) if m.group("mult") else Decimal(1)
    if exp > 60 or (base == 0 and exp == 0) or mult * base ** exp > LARGEST:  # ("0**0" has no value)
        unread.append(m.group(0))
        return " "
    return _show(mult * base ** exp)


def _exponent(m: re.Match[str], unread: list[str]) -> str:
    exp = int(m.group("exp"))
    value = Decimal(m.group("base")).scaleb(exp)
    if exp > 15 or value > LARGEST:
        unread.append(m.group(0))
        return " "
    return _show(value)


# The message's own convention: a decimal comma ("0,80") or an unambiguous thousands dot ("40.000", "1.000.000") with
# no sign of the other convention (a comma thousands group "1,500", a point decimal "0.8" or "2.25") means "1.200" is
# twelve hundred; otherwise "1.200" has two readings and is asked about.
_CONTINENTAL = screened(
    r"(?<![\d,.])\d{1,6},\d{1,2}(?!\d|,\d)|(?<![\w.,$-])[1-9]\d{0,2}(?:\.\d{3}){2,6}(?![\d.,])|"
    r"(?<![\w.,$-])[1-9]\d{0,2}\.000(?![\d.,])"
)
_ENGLISH = screened(r"(?<![\d,.])[1-9]\d{0,2},\d{3}(?!\d)|(?<![\d.,])\d{1,9}\.(?:\d{1,2}|\d{4,9})(?![\d.,])")


def _thousands_dot(m: re.Match[str], unread: list[str], continental: bool = False, english: bool = False) -> str:
    groups = m.group("groups")
    if groups.count(".") >= 2 or groups == ".000" or continental:
        return m.group("whole") + groups.replace(".", "")
    if _PER_MILLION_NEXT.match(m.string, m.end()):
        return m.group(0)  # "cache write 3.125 a mil": a price per million tokens, never 3,125 of them
    if _WHOLE_THINGS_NEXT.match(m.string, m.end()) or (
            _SIDE_NEXT.match(m.string, m.end()) and not _PRICED_AFTER.match(m.string, m.end())):
        # "2.300 tokens in", "1.500 in and 100 out": no call has 2.3 tokens (a price would say per million after it)
        return m.group("whole") + groups.replace(".", "")
    if english and (_CACHE_PRICE_NEXT.match(m.string, m.end())
                    or _CACHE_PRICE_BEFORE.search(m.string, max(0, m.start() - 30), m.start())):
        # "rates 2.50 in, 25c cached read, 3.125 cache write": a cache price, in a message that writes its decimals
        # with a point
        return m.group(0)
    unread.append(m.group(0))  # "1.500": one and a half, or fifteen hundred?
    return " "


# "cache writes at $3,125 per million" beside "$2.50/M" and "$0.25/M": a price per million with three figures after its
# comma, read as thousands more than a hundred times the message's other prices per million, could be "$3.125" written
# with a decimal comma; asked about, never priced at $3,125
_COMMA_THREE_RATE = screened(r"\$\s?(?P<whole>[1-9]\d?),(?P<frac>\d{3})(?![\d,.])"
                             r"(?=\s?(?:/|per|a)\s?(?:1\s?)?(?:m|mtoks?|mil|million)\b)")
_OTHER_RATE = screened(r"\$\s?(?P<v>\d{1,4}(?:\.\d{1,6})?)(?![\d,])\s?(?:/|per|a)\s?(?:1\s?)?"
                       r"(?:m|mtoks?|mil|million)\b")
# How many times the message's dearest other price per million a comma-grouped price must be to be asked about
_IMPLAUSIBLE_TIMES = 100


def _implausible_comma_rates(text: str, unread: list[str]) -> str:
    """``text`` with each price like "$3,125 per million" that is implausible read as thousands (see
    :data:`_COMMA_THREE_RATE`) set aside into ``unread``."""
    others = [Decimal(m.group("v")) for m in list(_OTHER_RATE.finditer(text))[:20]]
    if not others:
        return text
    dearest = max(others)

    def asked(m: re.Match[str]) -> str:
        if Decimal(m.group("whole") + m.group("frac")) <= dearest * _IMPLAUSIBLE_TIMES:
            return m.group(0)
        unread.append(m.group(0).replace(" ", ""))
        return " "

    return _COMMA_THREE_RATE.sub(asked, text)


def _odd_commas(m: re.Match[str], unread: list[str]) -> str:
    if _THOUSANDS_COMMAS.fullmatch(m.group(0)):
        return m.group(0)
    unread.append(m.group(0))  # "1,2345": 1.2345 or 12,345?
    return " "


# --- number words ---------------------------------------------------------------------------------------

# ("a few hundred tokens", "several thousand calls": as vague, never 100 or 1,000)
_VAGUE_PLURAL = screened(r"\b(?:hundreds|thousands|millions|billions|dozens)\b|"
                         r"\b(?:a few|few|several|some|many) (?:hundred|thousand|million|billion)"
                         r"(?: (?:hundred|thousand|million|billion))*\b")
# alpha2digit writes "one point five million" as "1.5 1000000": a decimal followed by a scale number.
_SPLIT_SCALE = screened(r"(?<![\w.])(?P<num>\d{1,3}\.\d{1,3}) (?P<scale>1000|1000000|1000000000)\b")
# alpha2digit keeps the article of "a hundred thousand tokens" ("a 100000 tokens"): the article goes, unless the "a" is
# "per" after a price ("two dollars a million", "$2.50 a million") or part of a fraction ("half a million", "a quarter
# of a million").
_ARTICLE_NUMBER = screened(
    r"(?<![\d%] )(?<!half )(?<!of )(?<!dollars )(?<!dollar )(?<!bucks )(?<!buck )(?<!cents )(?<!cent )(?<!quid )"
    r"(?<!pounds )(?<!euros )(?<!usd )\ba (?=\d{3,10}\b(?![.,]\d))")


# "per million", "$3 a million": a rate's unit, not a count (kept short so alpha2digit leaves it alone).
_PER_SCALE = screened(
    r"(?P<pre>\b(?:per|every)\s|/\s?|\$\d{1,6}(?:\.\d{1,6})?(?:\s(?:input|output|in|out))?\s(?:a|for|an)\s)"
    r"(?:one |1 )?(?P<w>million|thousand|billion)\b"
)
_SCALE_LETTER = {"million": "m", "thousand": "k", "billion": "b"}


# "2 million", "1.5 billion": digits with a scale word keep their scale as a letter the scanner reads, so
# alpha2digit never sees a bare "million" after them (it would write "2 1000000").
_DIGITS_SCALE = screened(
    r"(?<![\w.])(?P<num>\d{1,6}(?:\.\d{1,10})?)\s?(?P<w>hundred thousand|thousand|million|billion|hundred)\b"
)


def _digits_scale(m: re.Match[str]) -> str:
    word = m.group("w")
    if word.startswith("hundred"):
        hundreds = _show(Decimal(m.group("num")) * 100)
        return hundreds + "k" if word.endswith("thousand") else hundreds
    return m.group("num") + _SCALE_LETTER[word]


# A word of a number written out ("one", "seventeen", "hundred", "million"); bot.parse.numbers reads the same words
NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
               r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
               r"thousand|million)")
# "a ten-thousand-token preamble", "a ten-hour day", "a two-hundred-thousand-token archive": a number in words joined
# to its unit by hyphens (alpha2digit leaves such compounds alone).
_HYPHENED_NUMBER_UNIT = screened(
    # ("a six thousand-token prefix": words apart, the last joined to the unit)
    r"(?<![\w-])(?<!\d )(?P<w>" + NUMBER_WORD + r"(?:[- ]" + NUMBER_WORD + r"){0,5})"
    r"(?=-(?:tokens?|toks?|hours?|hrs?|minutes?|mins?|seconds?|days?|weeks?|months?|calls?|pages?|words?|page|person|"
    r"seat|user|cents?)\b)"
)


def _hyphened_number(m: re.Match[str]) -> str:
    """The number the words say; of words that say no one number ("two three-hour windows"), the longest tail that
    does, the words before it kept."""
    words = re.split(r"([- ])", m.group("w"))
    for i in range(0, len(words), 2):
        try:
            return "".join(words[:i]) + str(text2num("-".join(words[i::2]), "en"))
        except ValueError:
            continue
    return m.group(0)


_TEENS_AND_TENS = (r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
                   r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|"
                   r"seven|eight|nine))?)")
# "ten dollars a million input, thirty a million output": a price in words per million tokens of a side (not thirty
# million tokens)
_WORDS_A_MILLION = screened(
    r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|" + _TEENS_AND_TENS + r")\s(?:a|an)\s"
    r"(?=million\s(?:input|output|in|out)\b)")
# "one fifty out", "two twenty-five tokens in": hundreds said the short way, a count of tokens (not "1 50").
_SHORT_HUNDREDS = screened(
    r"(?<![\w-])(?P<h>one|two|three|four|five|six|seven|eight|nine)[- ](?P<t>" + _TEENS_AND_TENS + r")"
    r"(?=\s(?:tokens?|toks?|in\b|out\b|input|output))"
)


def _short_hundreds(m: re.Match[str]) -> str:
    """ "one fifty out" -> 150, unless that side's tokens are already counted before it: then "two fifty in" is a price
    ($2.50, "three billion input tokens ... two fifty in and ten dollars out")."""
    side = m.string[m.end() : m.end() + 8].split()[0][:2] if m.string[m.end() : m.end() + 8].split() else ""
    if side in ("in", "ou"):
        word = "in(?:put)?" if side == "in" else "out(?:put)?"
        if re.search(r"\btok(?:en)?s?\s" + word + r"\b|\b" + word + r"\stok(?:en)?s?\b", m.string[: m.start()]):
            return m.group(0)
    clause = re.split(r"[,;.\n()]", m.string[m.end() : m.end() + 60])[0]
    if re.search(r"\bper[- ]token\s?$", m.string[max(0, m.start() - 12) : m.start()]):
        # "vs per token two fifty in ten out": dollars and cents a million tokens
        try:
            cents = text2num(m.group("t").replace(" ", "-"), "en")
        except ValueError:
            return m.group(0)
        return f"${_SMALL[m.group('h')]}.{cents:02d}" if cents < 100 else m.group(0)
    if re.search(r"dollars?|bucks|per (?:1\s?)?(?:m|mil|million|mtok)\b|/\s?m\b", clause) or re.search(
            r"\b(?:priced|price|prices|rates?|costs?|at)\s?$", m.string[max(0, m.start() - 12) : m.start()]):
        return m.group(0)  # "one fifty in and six dollars out per million", "priced at three seventy-five in": prices
    try:
        return str(_SMALL[m.group("h")] * 100 + text2num(m.group("t").replace(" ", "-"), "en"))
    except ValueError:
        return m.group(0)


# "two-fifty per million input", "one seventy-five a million", "eighteen fifty an hr": dollars and cents said the
# short way, before a per-million or an hourly unit ($2.50, $1.75, $18.50).
# ("forty two fifty an hour": $42.50, the dollars a tens word and its ones)
_SHORT_DOLLARS = screened(
    r"(?<![\w-])(?P<h>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)[- ](?P<t>" + _TEENS_AND_TENS + r")"
    r"(?=\s(?:dollars?\s|bucks\s)?(?:per|a|/)\s?(?:1\s?|one\s)?(?:m|mil|million|mtok)\b|"
    r"\s(?:dollars?\s|bucks\s)?(?:per|an?|/)\s?(?:unit[- ])?(?:hour|hr)\b|"
    # "three seventy-five cache write", "two fifty for cache writes": a cache price said the short way
    r"\s(?:dollars?\s|bucks\s)?(?:for\s|on\s)?(?:the\s)?cached?\s?(?:writes?|reads?|hits?|creation)\b"
    r"(?!\s?(?:a|an|per|/|each|every)\s?(?:day|hour|week|month|minute|min)\b))"
)


def _short_dollars(m: re.Match[str]) -> str:
    try:
        cents = text2num(m.group("t").replace(" ", "-"), "en")
    except ValueError:
        return m.group(0)
    return f"${text2num(m.group('h').replace(' ', '-'), 'en')}.{cents:02d}" if cents < 100 else m.group(0)


_DIGIT_WORDS = {"zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
                "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_DIGIT_WORD = "(?:" + "|".join(_DIGIT_WORDS) + ")"
# "point four five cents", "zero point seven five": a decimal said digit by digit after "point" (alpha2digit reads
# "zero point four five" as "0.4 5")
_POINT_DIGITS = screened(r"\b(?:(?P<whole>" + _DIGIT_WORD + r") )?point(?P<digits>(?: " + _DIGIT_WORD + r"){1,6})\b")


# "point 7 cents", "2 point 5 million": a decimal point said as a word between numerals (voice-to-text writes the
# digits); a bare "point 7" only before what it counts
_POINT_NUMERALS = screened(r"(?<![\d.,])(?:(?P<whole>\d{1,6}) )?\bpoint (?P<digits>\d{1,6})\b"
                           r"(?(whole)|(?=\s?(?:cents?|¢|c\b|dollars?|bucks|usd|million|mil|billion|bn|thousand|k\b|m\b|"
                           r"x\b|times|percent|per\b|/|%)))(?![.,]\d)")


_POINT_UNIT_AFTER = screened(r"\s?(?:cents?|dollars?|bucks|usd|million|mil|billion|bn|thousand|k\b|m\b|x\b|times|"
                             r"percent|per\b|/|%|tokens?)")


def _point_digits(m: re.Match[str]) -> str:
    """The decimal the words say; "point two" with no whole number before it only before what it counts ("point four
    five cents", never "at that point two options")."""
    if not m.group("whole") and not _POINT_UNIT_AFTER.match(m.string, m.end()):
        return m.group(0)
    whole = _DIGIT_WORDS[m.group("whole")] if m.group("whole") else "0"
    return whole + "." + "".join(_DIGIT_WORDS[w] for w in m.group("digits").split())


def _words_to_digits(text: str) -> str:
    """alpha2digit on the stretches between vague plurals ("thousands of calls" is not 1000 calls)."""
    text = _SHORT_DOLLARS.sub(_short_dollars, text)
    text = _SHORT_HUNDREDS.sub(_short_hundreds, text)
    if "-" in text:
        text = _HYPHENED_NUMBER_UNIT.sub(_hyphened_number, text)
    if " a million " in text:
        text = _WORDS_A_MILLION.sub(lambda m: f"{m.group('n')} per ", text)
    text = _PER_SCALE.sub(lambda m: m.group("pre") + _SCALE_LETTER[m.group("w")], text)
    text = _DIGITS_SCALE.sub(_digits_scale, text)
    pieces, last = [], 0
    for m in _VAGUE_PLURAL.finditer(text):
        pieces += [alpha2digit(text[last : m.start()], "en") if m.start() > last else "", m.group(0)]
        last = m.end()
    pieces.append(alpha2digit(text[last:], "en") if last < len(text) else "")
    out = "".join(pieces)
    out = _ARTICLE_NUMBER.sub("", out) if "a " in out else out
    return _SPLIT_SCALE.sub(lambda m: _show(Decimal(m.group("num")) * int(m.group("scale"))), out)


# --- shares ---------------------------------------------------------------------------------------------

# "0.7 utilisation", "0.35 off", "discount is 0.45": a fraction of one beside a percentage's label.
_SHARE_BEFORE_LABEL = screened(
    r"(?<![\w.$/])(?P<a>0?\.\d{1,4}|1\.0{1,4})(?=\s(?:utili[sz]\w*|util\b|utilized|off\b|discount|disc\b|hit rate|"
    r"hits?\b|busy|loaded|ea\b|enterprise (?:agreement|discount)|mark-?up|uplift|premium))"
)
# "azure list +25%", "bedrock is +18% on list": a plus sign before a percentage, where a hyperscaler, a list price or
# direct is named, is the list markup. Not growth ("+20% traffic", "+15% yoy").
_PLUS_PERCENT = screened(
    r"(?<![\w.])\+\s?(?P<a>\d{1,3}(?:\.\d{1,2})?)\s?%(?!\s?(?:more |growth|yoy|qoq|traffic|volume|calls|requests|"
    r"tokens|usage|load|users|discount|off|rebate)\b)"
    # "+8% EA" is no markup; "vertex +30% EA 20%" is, the EA's own figure after it
    r"(?!\s?(?:ea|enterprise|edp|macc)\b(?!\s?(?:discount |disc )?(?:of |is |at |[:=] ?)?-?\d))"
)
# "nine in ten should hit", "1 out of 5 calls misses", "3 in 4 requests are cache hits": a share said as a count.
# ("nine calls in ten to hit the cache", "one call in fifty miss the cache": the calls named between)
_N_IN_M = screened(
    r"(?<![\w.,$])(?P<a>\d{1,4}|one) (?:(?:calls?|requests?|reqs?|queries|query|prompts?|messages?) )?(?:in|out of)"
    r"(?: every| each)? (?P<b>\d{1,5})(?![\d.,])(?:(?= (?:(?:calls?|requests?|prompts?|queries|"
    r"of (?:them|those|the calls|the requests|(?:their|the|our|its|those) [\w.,$~ ]{0,30}?(?:calls|requests|queries|"
    # ("one call in a hundred ends up writing the cache")
    r"prompts|conversations|messages))) )?(?:(?:should|will|would|are|is|do|does|might|could|typically|usually|"
    r"actually|to|ends? up|winds? up) )?(?:be )?(?:a )?(?:cache )?(?:hits?|hitting|miss(?:es)?|missing|cached|reused|"
    r"reuse|re-use|"
    # ("about four in five land on the cache", "four in five calls land on a warm cache")
    r"lands? (?:on|in) (?:the |a )?(?:warm |hot )?cache|(?:get )?served from (?:the |a )?(?:warm )?cache|"
    # "1 in 8 calls writes the cache", "1 in 8 calls comes in after the TTL, so those pay for a fresh write": the
    # calls that write
    r"(?P<w>writes?|written|writing|(?:pays?|paying) for a (?:fresh |new |full )?(?:cache )?write|"
    r"triggers? a (?:cache )?write))\b)"
    r"|(?= (?:calls?|requests?|queries|prompts?) [^.;?!\n]{1,80}?\b(?:so|and) (?:those|they|these|each|it|that one) "
    r"(?:has to |have to |must |need to |needs to )?(?:pay for|pays for|triggers?|causes?|needs?) (?:a |an )?"
    r"(?:fresh |new |full )?(?:cache )?(?P<far>write)\b))"
)


# "expect 96 hits in every hundred", "40 misses per 1,000 calls": the share said as a count of hits (or misses) in so
# many calls
_HITS_IN_M = screened(
    r"(?<![\w.,$])(?P<a>\d{1,4}) (?:cache )?(?P<k>hits|misses) (?:in|out of|per|for)(?: every| each)? "
    r"(?P<b>\d{1,3}(?:,\d{3})?|\d{1,5})(?!\d|[.,]\d)(?: (?:calls|requests|queries|prompts))?\b")


def _hits_in_m(m: re.Match[str]) -> str:
    a, b = Decimal(m.group("a")), Decimal(m.group("b").replace(",", ""))
    if not 0 < a <= b:
        return m.group(0)
    return f"{_show(a / b * 100)}% {'hit rate' if m.group('k') == 'hits' else 'of calls miss:'}"


# "*Hit rate:* about three in four calls" (read as "3 in 4"): a hit rate said as so many calls in so many.
_HIT_RATE_N_IN_M = screened(
    # ("calls this week: 160,000, cache hit on 9 in 10 of them": the calls that hit, named before the share)
    r"\b(?P<l>hit rate|hit ratio|cache hit rate|(?:cache )?hits? (?:on|for|in))(?P<g>[*:]{0,2} ?(?:(?:is|of|at|about|"
    r"around|roughly|maybe|"
    r"typically|usually|expected|estimated) |= ?|~ ?){0,4})(?P<a>\d{1,4}) (?:in|out of) (?P<b>\d{1,5})(?![\d.,])"
    r"(?: (?:calls|requests|queries|prompts))?\b"
)


# "hit rate: about three in four calls", "cache hits ~ 2 out of 3": the share after its label.
_LABEL_N_IN_M = screened(
    r"(?P<label>\bhit rate|\bhit ratio|\b(?:cache|observed|measured|actual) hits?)"
    r"(?P<glue>(?:'s|s)?[:=*]{0,3} ?(?:(?:is|of|about|around|roughly|"
    r"approx\.?|~|maybe|likely|expected|estimated) ?){0,3})(?P<a>\d{1,4}|one|two|three|four|five|six|seven|eight|nine) "
    # ("cache hits: roughly 17 of every 20 calls")
    r"(?:in|out of|of)(?: every| each)? (?P<b>\d{1,5}|two|three|four|five|six|seven|eight|nine|ten)(?!\d|[.,]\d)"
)


def _n_in_m(m: re.Match[str]) -> str:
    a, b = _num(m.group("a")), Decimal(m.group("b"))
    if not 0 < a <= b:
        return m.group(0)
    # the calls that write are the misses: said as such for the readers after this one
    writes = "w" in m.re.groupindex and (m.group("w") or m.group("far"))
    return f"{_show(a / b * 100)}% of calls miss:" if writes else f"{_show(a / b * 100)}%"


# "EA -14%", "edp: −8", "discount -12 pct": a discount written as the change it makes to the price (a minus sign),
# read as the discount itself; "list +28", "markup: +15": a markup written as a plus without its percent sign.
_SIGNED_DISCOUNT = screened(
    r"\b(?P<label>ea|edp|macc|enterprise (?:agreement|discount)|(?:ea |edp |commit |volume )?discount|disc|rebate)"
    r"(?P<glue>\s?[:=]?\s?(?:of\s|is\s|at\s)?)[-−–]\s?(?P<a>\d{1,2}(?:\.\d{1,2})?)(?:\s?(?:%|percent\b|pct\b))?(?![\w%]|[.,]\d)"
)
_SIGNED_MARKUP = screened(
    r"\b(?P<label>list(?: price)?|mark-?up|uplift|premium)(?P<glue>\s?[:=]?\s?(?:is\s|at\s)?)\+\s?"
    r"(?P<a>\d{1,3}(?:\.\d{1,2})?)(?!\s?(?:%|percent\b|pct\b))(?![\w%$/]|[.,]\d)"
)


# "-8% EA", "−10 edp": the sign before the figure, the label after it.
_SIGN_BEFORE_DISCOUNT = screened(
    r"(?<![\w.])[-−–]\s?(?P<a>\d{1,2}(?:\.\d{1,2})?)\s?(?:%|pct\b|percent\b)?"
    r"(?=\s(?:ea|edp|macc|enterprise|discount|disc|off)\b)"
)
# "list is 25 over direct", "runs 18 above list": a markup without its percent sign, the base named after it.
_BARE_OVER_DIRECT = screened(
    r"(?<![\w.$,/])(?P<a>[1-9]\d?(?:\.\d{1,2})?)(?=\s(?:over|above|more than|on top of) (?:the )?"
    r"(?:direct|list|first[- ]party)\b)"
)


def _signed_markup(m: re.Match[str]) -> str:
    label = m.group("label")
    return f"{label}{m.group('glue')}{m.group('a')}%{' markup' if label.startswith('list') else ''}"


# "each unit serves about 2.4M input + 0.6M output tokens per hour", "one PTU: 40k in and 10k out tpm": one unit's
# throughput said side by side, read as its total with the input share ("3000000 tokens per hour (80% input)").
_SCALES = {"": Decimal(1), "k": Decimal(1_000), "m": Decimal(1_000_000), "mm": Decimal(1_000_000),
           "b": Decimal(1_000_000_000), "bn": Decimal(1_000_000_000)}
_UNIT_SIDES = screened(
    r"(?P<lead>\b(?:each|per|one|a single|every|1) (?:pt |provisioned |reserved |model |capacity )?(?:ptu|unit)\b"
    r"[^.;\n$\d]{0,40}?)(?<![\w.$])(?P<a>\d{1,6}(?:\.\d{1,4})?)\s?(?P<as>k|mm|m|bn|b)?\s?(?:tokens? |toks? )?"
    r"(?:input|in)\s?(?:\+|and|&|plus|,)\s?(?P<b>\d{1,6}(?:\.\d{1,4})?)\s?(?P<bs>k|mm|m|bn|b)?\s?(?:tokens? |toks? )?"
    r"(?:output|out)(?:\s?(?:tokens?|toks?))?"
    r"(?P<tail>\s?(?:(?:per|an?|/|every)\s?(?:hour|hr|minute|min|second|sec|s)\b|tpm\b))"
)


# "2 PTUs @ 9.75/hr each", "4 units at 12.50 per hour": a unit's hourly price without its dollar sign.
_BARE_UNIT_HOUR_PRICE = screened(
    r"(?P<lead>\b(?:ptus?|units?)\s?(?:at|@|for|costing|cost|costs|priced at|billed at)\s?~?)"
    # ("4 ptus at 2.50 a unit hr", "at 3.10 per PTU-hour")
    r"(?P<n>\d{1,4}(?:\.\d{1,4})?)(?=\s?(?:/|per |an? |each per )\s?(?:(?:unit|ptu|mu)[- ]?)?(?:hr|hour)\b)"
)


# A unit or word after a figure that makes it a time, a ratio or a multiple, never money ("0.8s", ".85 hit ratio").
_NOT_MONEY_AFTER = (r"s\b|secs?\b|seconds?\b|ms\b|msecs?\b|millis|milliseconds?\b|mins?\b|minutes?\b|h\b|hrs?\b|"
                    r"hours?\b|x\b|×|ratio\b|rate\b|share\b|of\b|hit|miss|retr|error|fail|util|load")
# What a figure said "per call" measures when it is not a vendor's price for the call: a clause naming it before "per
# call" ("p50 latency per request 0.8", "hit ratio per request .85", "retries per call 0.3", "current cost per call
# 0.0105", what the calls cost now).
_MEASURE_BEFORE_PER_CALL = screened(
    r"\b(?:cost|costs|spend|spending|bill|latency|latencies|p\d{2}|ttft|time|times|duration|seconds?|secs?|ms|"
    r"millis|ratio|ratios|share|fraction|percent|pct|probability|chance|odds|hits?|misses|retries|retry|errors?|"
    r"failures?|fails?|timeouts?|tokens?|toks?|chars?|characters|words?|pages?|images?|steps?|turns?|tools?|"
    r"utili[sz]ation|util|load|throughput|tps|rps|qps|tpm|rpm|score|accuracy|size|length|overhead|avg|average|mean|"
    r"median|cpu|gpu|memory)\b[^.,;:!?\n$]{0,24}$"
)


def _bare_fee_a_call(text: str) -> str:
    """``text`` with a fee a call said without its dollar sign given one; a figure "per call" that measures something
    else (a latency, a ratio, a count) is left as it was."""
    def fee(m: re.Match[str]) -> str:
        if not (m.group("fee") or m.group("after")) and _MEASURE_BEFORE_PER_CALL.search(
                text[max(0, m.start() - 60):m.start()]):
            return m.group(0)
        return f"{m.group('lead')}${m.group('n')}"
    return _BARE_FEE_A_CALL.sub(fee, text)


# "per call .006", "fee per request 0.004", "flat fee/call: 0.0125": a fee a call in dollars without its sign (a
# fraction of a dollar, so never a count). A cost ("cost per call 0.0105") is what the calls cost now, not a fee; a
# figure in seconds, milliseconds or a ratio ("0.8s", ".85 hit ratio") is no money at all.
_BARE_FEE_A_CALL = screened(
    r"(?P<lead>\b(?:(?P<fee>fee|price|charge)\s?(?:per|/|a|each)\s?|per\s|/)(?:api\s)?(?:call|request|req|query|"
    r"task|job|transaction|invocation)s?(?:\s(?P<after>fee|price|charge))?(?:\s?[:=]|\s(?:is|of|at|=|~))*\s?~?)"
    r"(?P<n>0?\.\d{1,6})(?![\d%]|[.,]\d)(?!\s?(?:tokens?|toks?|cents?|c\b|¢|k\b|m\b|" + _NOT_MONEY_AFTER + r"))"
)
# "paying 15% over direct on Bedrock after their EA is applied": the effective markup, net of the EA discount.
_NET_OF_EA = screened(
    r"(?<![\w.$])(?P<a>\d{1,3}(?:\.\d{1,2})?)\s?%\s(?P<mid>(?:over|above|more than|on top of) (?:the )?"
    r"(?:direct|list|first[- ]party)\b[^.;\n%\d]{0,40}?)\s?(?:after|once|net of|with|including|incl\.?) "
    r"(?:their |the |its |our )?(?:ea|edp|macc|enterprise (?:agreement|discount))\b"
    r"(?:(?: discount)? (?:is |was |has been |gets |got )?(?:applied|factored in|taken off|included|counted))?"
)
# "for the effective markup to come down to 5%", "get the effective markup under 8%": the effective markup wanted,
# said as the figure it should reach (the EA discount that makes it is then worked out)
_EFFECTIVE_TARGET = screened(
    r"\beffective (?:markup|premium|uplift)\s(?:to\s)?(?:come down to|comes down to|drop to|drops to|get down to|"
    r"gets down to|fall to|falls to|land at|lands at|be at most|be no more than|be under|be below|be|stay at|"
    r"stay under|stays at|at most|of at most|of no more than|no more than)\s~?(?P<a>\d{1,3}(?:\.\d{1,2})?)\s?%|"
    # "target_effective_markup = 8%": the effective markup wanted, keyed
    # (by then a keyed percentage may already read "target effective 8% markup")
    r"\btarget[ _]effective[ _](?:(?:markup|premium|uplift)\s?[:=]\s?~?(?P<c>\d{1,3}(?:\.\d{1,2})?)\s?%|"
    r"~?(?P<d>\d{1,3}(?:\.\d{1,2})?)\s?% (?:markup|premium|uplift))|"
    # "as long as it nets out at 5% or less over direct": what the buyer pays over direct in the end
    r"\bnets? out (?:at\s)?(?:about\s|~\s?)?(?P<b>\d{1,3}(?:\.\d{1,2})?)\s?%(?: or (?:less|under|below))?"
    r"(?= (?:over|above|more than) (?:the )?direct\b)|"
    # "what EA would they need to get it down to 5%": the effective markup an EA discount is asked for
    r"\bneeds? to (?:get|bring|push|cut) (?:it|that|the (?:effective )?(?:markup|premium|uplift)) (?:down )?to "
    r"~?(?P<e>\d{1,3}(?:\.\d{1,2})?)\s?%")
# "push 2.5M claims through per quarter", "run 40k docs through a day": the period after "through" is the count's
# ("run about 2.5M scanned documents through per quarter": a word describing the things counted)
_THROUGH_PERIOD = screened(r"\b(?P<count>\d[\d,.]{0,12}\s?[km]?(?:\s[a-z]{2,15}){1,2}) through "
                           r"(?=(?:per|a|an|each|every) (?:day|week|month|quarter|year|hour)\b)")
# "weekly volume on their OCR flow is ~90,000 calls", "daily traffic is about 40k requests": the period of the volume
# said before it, the calls' own
_PERIOD_VOLUME_CALLS = screened(
    r"\b(?P<adj>daily|weekly|monthly|quarterly|yearly|annual)\s(?:call\s|request\s)?(?:volume|traffic|load)"
    r"(?P<mid>(?:\s(?:on|for|of|across|through)\s[^\d.;:?!\n]{1,50}?)?\s(?:is|are|runs|sits at|comes to|of|=|:)"
    r"\s(?:about\s|around\s|roughly\s|~\s?)?)(?P<n>\d[\d,.]{0,12}\s?[km]?\s(?:calls|requests|queries|documents|"
    r"docs|tickets|conversations|messages|chats)\b)(?!\s(?:a|an|per|each|every)\s)")
# "75% of which will be input tokens", "a quarter of them output": a side's share of the tokens just said
_SHARE_OF_WHICH = screened(
    # (a verb before the side: "75% of those input tokens are a repeated prefix" is a share of the input itself)
    r"(?<![\w.$])(?P<a>\d{1,3}(?:\.\d{1,2})?)\s?% of (?:which|them|those|that|it) (?:will be|would be|are|is|being) "
    r"(?P<side>input|output)(?: tokens?)?\b(?! (?:are|is|will be|would be) )")
# "350M tokens in per week and about the same number out": the other side's tokens equal to the side just said
_SAME_NUMBER_OTHER_SIDE = screened(
    r"\b(?:about |roughly |around |~)?the same (?:number|amount|volume|count|again)(?: of tokens)? "
    r"(?P<side>out|in|of output|of input|in output|in input|output|input)\b")
# "22 pc list uplift", "10pc EA": a percentage written "pc".
_PC = screened(r"(?<![\w.$])(?P<a>\d{1,3}(?:\.\d{1,2})?)\s?pc\b(?!\s?(?:s\b|users?|machines?|devices?|laptops?))")


def _unit_sides(m: re.Match[str]) -> str:
    a = Decimal(m.group("a")) * _SCALES[m.group("as") or ""]
    b = Decimal(m.group("b")) * _SCALES[m.group("bs") or m.group("as") or ""]
    if a + b <= 0:
        return m.group(0)
    tail = m.group("tail").strip()
    return f"{m.group('lead')}{_show(a + b)} {tail if tail == 'tpm' else 'tokens ' + tail} " \
           f"({_show(a / (a + b) * 100)}% input)"


_HYPERSCALER_WORDS = screened(r"\b(?:azure|bedrock|vertex|aws|gcp|google cloud|hyperscaler|list|direct)\b")
_SHARE_AFTER_LABEL = screened(
    r"(?P<label>discount|\bdisc\b|utili[sz]ation|util|hit rate|hit ratio|mark-?up|uplift|\bea\b)"
    r"(?P<glue>(?: (?:is|of|at|=|around|about|roughly|~|would be|will be|should be|could be|forecast|"
    r"expected|estimated?|target|projected|planned|average|avg)(?![a-z]))*+ ?[:=]? ?)"
    r"(?P<a>0?\.\d{1,4})(?![\d%]|\s?(?:%|/|x\b|percent))"
)
# "writes at 2x input", "reads are 0.1x the input rate": a multiple of the input rate.
_MULTIPLE_OF_INPUT = screened(
    r"(?<![\w.$])(?P<a>\d{1,2}(?:\.\d{1,4})?)\s?(?:x|×|times)\s(?:the |normal |base |standard |of )*"
    r"(?P<what>input|prompt|base)\b"
)


# "writes cost double the input price", "cache writes are twice input", "writes bill at twice what input does": a cache
# price as a word multiple of the input rate (read as "2x input" below).
_CACHE_WORD_MULTIPLE = screened(
    r"(?P<lead>\b(?:cache[- ])?(?:writes?|reads?)|\bcache creation)(?P<glue>(?: (?:are|is|cost|costs|billed at|bill at|"
    r"priced at|charged at|at|run|runs|come in at))?) (?P<w>twice|double|triple)(?: as much as| what)? "
    r"(?:the |normal |base |standard |plain |regular )*(?P<what>input)\b(?: (?:does|is))?"
)
# "instead of the usual $2.50", "rather than the normal input price of $3": the price another is set against
_USUAL_PRICE = (r"(?:(?:the |a |their )?(?:usual|normal|standard|regular|list|full|base|uncached)\s(?:input\s)?"
                r"(?:(?:price|rate)\s)?(?:of\s)?)?")
# "writes are 2x input ($6/M vs $3)", "reads 10% of input (so $0.30 against $3 input)": a cache price's share of input
# with both prices in brackets after it; the one the share makes of the other is the cache price.
_SHARE_THEN_BOTH_PRICES = screened(
    r"(?P<lead>(?P<label>\b(?:cache )?(?:reads?|writes?|hits?)|\bcached(?: input)?)\b[^.;()\n]{0,30}?"
    r"(?<![\w.])(?P<pct>\d{1,4}(?:\.\d{1,4})?)% of (?:the )?(?:normal |standard |base |regular )?input"
    r"(?: (?:rate|price))?)\s?(?:(?P<paren>\()|(?P<open>,|:|;|-|—))?\s?"
    r"(?:so |i\.?e\.?,? |ie |= ?|that's |thats |which is |meaning )?"
    r"\$(?P<a>\d{1,4}(?:\.\d{1,6})?)(?:\s?/\s?(?:1\s?)?m(?:tok)?\b)?(?: (?:input|in|per m(?:illion)?))?"
    # outside brackets only a word that sets one price against the other ("$2 input, $0.20 reads" are two prices)
    r"\s?(?:vs\.?|versus|against|compared to|compared with|->|→|instead of|rather than|"
    r"(?(paren)(?:,|and|over|not|on)|(?!)))\s?" + _USUAL_PRICE
    + r"\$(?P<b>\d{1,4}(?:\.\d{1,6})?)(?:\s?/\s?(?:1\s?)?m(?:tok)?\b)?(?: (?:input|in|per m(?:illion)?))?"
    r"(?(paren)\s?\)?|\b)"
)


def _share_then_both_prices(m: re.Match[str]) -> str:
    """ "writes are 200% of input ($6/m vs $3)" -> "writes are 200% of input (cache writes $6/m, input $3/m)"."""
    share, a, b = Decimal(m.group("pct")) / 100, Decimal(m.group("a")), Decimal(m.group("b"))
    if a == share * b or b == share * a:
        cache, given = (a, b) if a == share * b else (b, a)
    elif m.group("paren") and a != b and share != 1:
        # "writes 2x input ($7 vs $3)": the dearer is the write (the cheaper a read); the share it disagrees with is
        # asked about beside it
        cache, given = (max(a, b), min(a, b)) if share > 1 else (min(a, b), max(a, b))
    else:
        return m.group(0)
    label = "cache writes" if "writ" in m.group("label") else "cache reads"
    return f"{m.group('lead')} ({label} ${_show(cache)}/m, input ${_show(given)}/m)"


# "cached input half price at $1/M", "reads 10% of input, so $0.30": a cache price's share of input with the price it
# makes after it (read as that cache price where another price said is the input it is a share of).
_SHARE_THEN_PRICE = screened(
    r"(?P<lead>(?P<label>\b(?:cache )?(?:reads?|writes?|hits?)|\bcached(?: input)?)\b[^.;()\n]{0,30}?"
    r"(?<![\w.])(?P<pct>\d{1,4}(?:\.\d{1,4})?)% of (?:the )?(?:normal |standard |base |regular )?input"
    r"(?: (?:rate|price))?)\s?,?\s?(?:at|=|so|i\.?e\.?,?|ie|that's|thats|which is|or)\s?"
    r"\$(?P<a>\d{1,4}(?:\.\d{1,6})?)(?:\s?/\s?(?:1\s?)?m(?:tok)?\b)?(?: per m(?:illion)?\b)?"
    r"(?!\s?(?:vs\.?|versus|against|compared|->|→|instead)\b)(?!\d)"
)
# "cached input at $1.25/MTok instead of the usual $2.50", "cache writes $3.75 vs the normal $3": a cache price set
# against the normal one, which is the input rate.
_CACHE_PRICE_VS_USUAL = screened(
    r"(?P<lead>(?P<label>\b(?:cache )?(?:reads?|writes?|hits?)|\bcached(?: input| tokens| prefix)?)\b[^.;()\n$%]{0,30}?"
    r"\$(?P<a>\d{1,4}(?:\.\d{1,6})?)(?:\s?/\s?(?:1\s?)?m(?:tok)?\b)?(?: per m(?:illion)?\b)?)"
    r",?\s(?:instead of|rather than|vs\.?|versus|against|compared (?:to|with)) (?=(?:the |a |their )?(?:usual|normal|"
    r"standard|regular|list|full|base|uncached)\b)" + _USUAL_PRICE
    + r"\$(?P<b>\d{1,4}(?:\.\d{1,6})?)(?:\s?/\s?(?:1\s?)?m(?:tok)?\b)?(?: per m(?:illion)?\b)?(?!\.?\d)"
)
_DOLLARS = screened(r"\$(?P<a>\d{1,4}(?:\.\d{1,6})?)(?![\d.])")


def _share_then_price(m: re.Match[str], text: str) -> str:
    """ "cached input 50% of input at $1/m" beside "input $2/m" -> "cached input 50% of input (cache reads $1/m)"."""
    share, price = Decimal(m.group("pct")) / 100, Decimal(m.group("a"))
    others = {Decimal(d.group("a")) for d in _DOLLARS.finditer(text) if not m.start() <= d.start() < m.end()}
    if not any(share * other == price for other in others):
        return m.group(0)
    label = "cache writes" if "writ" in m.group("label") else "cache reads"
    return f"{m.group('lead')} ({label} ${_show(price)}/m)"


# "1.35x direct list", "1.2 times the openai price": a hyperscaler price as a multiple of the direct one.
_MULTIPLE_OF_DIRECT = screened(
    r"(?<![\w.$])(?P<a>1\.\d{1,4}|[2-9](?:\.\d{1,4})?)\s?(?:x|×|times)\s(?:over |above |of |on |the |what )*"
    r"(?P<what>direct|first[- ]party|list|openai|anthropic|google)\b"
)
# "markup of 1.2x", "uplift is 1.15x": a markup written as the multiple it charges.
_MARKUP_MULTIPLE = screened(
    r"(?P<label>\bmark-?up|\buplift)(?P<glue>(?: (?:is|of|at|=|around|about|roughly|~))* ?[:=]? ?)"
    r"(?P<a>1\.\d{1,4}|[2-9](?:\.\d{1,4})?)\s?(?:x|×|times)(?![\w.])"
)


def _multiple_of_direct(m: re.Match[str]) -> str:
    """ "1.35x direct" -> "35% above direct" (the list markup the multiple means)."""
    above = "list" if m.group("what") == "list" else m.group("what")
    return f"{_show((Decimal(m.group('a')) - 1) * 100)}% above {above}"


# "all hits", "basically all cache hits", "every call hits the cache": a hit rate of 100% (no writes to count);
# "nearly all" and "almost all" are not 100% and stay words.
_ALL_HITS = screened(
    r"(?<!nearly )(?<!almost )(?<!not )\b(?:(?:assume |assuming |treat (?:it |them )?as )?(?:basically |essentially |"
    r"practically |virtually |effectively )?all (?:cache |of them |calls? |requests? )?(?:are )?(?:cache )?hits\b|"
    r"every (?:call|request) (?:is a (?:cache )?hit|hits the cache)\b|"
    # "every call a hit", "each request a cache hit": said short, with no verb
    r"\b(?:every|each) (?:single )?(?:call|request|query) (?:being )?an? (?:cache )?hit\b|"
    # "treat every call as a hit", "count each request as a cache hit"
    r"\b(?:treat|treating|count|counting) (?:every|each|all) (?:call|request|query|calls|requests|queries) as "
    r"(?:a )?(?:cache )?hits?\b|"
    # "assume every call hits", "every single request will hit": not "every call hits a 4k prefix" (what it reads)
    r"(?<=assume )every (?:single )?(?:call|request|query) (?:will |would |should )?hits?\b(?! (?:a|an|our|their)\b)|"
    # "assume hits on everything", "everything hits"
    r"(?:assume |assuming )?(?:cache )?hits on (?:everything|every call|every request|all calls|all requests)\b|"
    r"\beverything hits\b|"
    # "assume they all hit", "the calls all hit the cache"
    r"\b(?:they|calls|requests|them|these|those|queries) all hit(?: the cache)?\b(?!\s?~?\d)|"
    r"\ball (?:the )?(?:calls|requests|queries) hit(?: the cache)?\b(?!\s?~?\d)|"
    # "5k calls/day, all hit.", "(all hitting)": a clause of its own after the volume
    r"(?<=, )all (?:hit|hits|hitting)\b(?=\s?[.;,!?)]|\s?$)|"
    # "8,000 calls/day all hitting, 30-day month": right after the volume's period or noun
    r"(?:(?<=day )|(?<=daily )|(?<=hour )|(?<=hr )|(?<=week )|(?<=month )|(?<=calls )|(?<=requests ))"
    r"(?:all|every one|each one) (?:of them )?(?:hit|hits|hitting)\b(?: the cache)?(?=\s?[.;,!?)]|\s?$)|"
    # "~400 calls a day, all against the cache", "all of them served from the cache"
    r"\ball (?:of them |of those )?(?:against|from|off|served from|read from|reading from|hitting|using) (?:the )?"
    r"(?:cache|cached (?:prefix|context|copy))\b)"
)
# "3k-token prompt, all of it a cached prefix", "the whole of it is the shared preamble": every token of the prompt
# just counted is the prefix (its share, 100%).
_ALL_OF_IT_PREFIX = screened(
    r"\b(?:all|the whole|the entire|every token)(?= of (?:it|that|this),?\s(?:is\s|being\s|as\s)?(?:an?\s|the\s|one\s)?"
    r"(?:(?:cached|fixed|static|shared|stable|same|repeated|cacheable|common|constant|reusable|identical)\s)?"
    r"(?:prefix|preamble)\b)"
)
# "every one of the ~3,000 daily calls hits it": every call hits, said around the volume (which stays).
_EVERY_ONE_HITS = screened(
    r"(?P<lead>\bevery (?:single )?one of (?:the|their|our|those|these) (?:[^.;,!?\n]|[.,](?=\d)){0,30}?"
    r"\b(?:calls|requests|queries))"
    r" (?:hits?|reads?|uses?) (?:it|the cache|that cache|the cached (?:prefix|context))\b"
)
# "reads are 0.1x", "writes 1.25x": cache prices as a multiple of the input rate.
# (not "peaks hit 4x that": a load's peak reaching a multiple of its average)
_MULTIPLE_AFTER_CACHE = screened(
    r"(?P<label>\b(?<!peaks )(?<!peak )(?<!spikes )(?<!load )(?<!traffic )(?:cache )?(?:reads?|hits?|writes?)|"
    r"\bcached(?: input)?)(?P<glue>(?: (?:are|is|at|=|cost|billed at|"
    r"priced at))? ?)(?P<a>\d{1,2}(?:\.\d{1,4})?) ?(?:x|×)(?![\w%])(?! (?:the |normal |base |standard |of )*input)"
)
# "reads 10% of that", "cached input at 10% of it": a cache price as a share of the input rate just given.
_SHARE_OF_THAT = screened(
    r"(?P<label>\b(?:cache )?(?:reads?|hits?|writes?)|\bcached(?: input)?)(?P<glue>[^.;,\d]{0,20}?)"
    r"(?P<a>\d{1,3}(?:\.\d{1,4})?)\s?% of (?:that|it|this)\b"
)
# "10% of that for cache reads", "25% of the input rate on cached tokens": a cache price as a share of the input rate,
# the share said before what it prices.
_SHARE_FOR_CACHE = screened(
    r"(?<![\w.])(?P<a>\d{1,3}(?:\.\d{1,4})?)\s?% of (?:that|it|this|(?:the )?input(?: rate| price)?)"
    r" (?:for|on|with|when) (?:the )?(?P<label>cache(?:d)? (?:reads?|hits?|writes?|tokens|input)|reads?|hits?|"
    r"writes?)\b"
)


def _share_for_cache(m: re.Match[str]) -> str:
    label = m.group("label")
    what = "cache writes" if "writ" in label else "cache reads"
    return f"{what} {m.group('a')}% of input"


# "writes 25% over input", "cache write 25% premium", "writes cost 25% more than input": a write priced as a premium
# over the input rate (125% of it), never the premium itself as the price.
_WRITE_LABEL = r"(?P<label>\b(?:cache[- ]?)?writes?|\bcache creation)"
_VS_INPUT = (r"(?: (?:than|over|above|on|on top of|vs\.?|versus|to)(?: the)?(?: (?:normal|base|standard|regular|"
             r"uncached|list))?(?: (?:input|base))?(?: (?:rate|price|cost))?\b)?")
_WRITE_PREMIUM = screened(
    # ("writes run 25% over input")
    _WRITE_LABEL + r"(?P<glue>(?: (?:are|is|at|=|cost|costs|carry|carries|have|has|get|billed at|priced at|with|"
    r"an?|about|around|roughly|~|only|just|run|runs|come in|comes in|sit|sits))* ?)(?P<a>\d{1,3}(?:\.\d{1,4})?)\s?%\s?"
    r"(?:premium|more|extra|over|above|higher|on top|surcharge|uplift)\b" + _VS_INPUT
)
# "a 25% write premium", "25% premium on cache writes", "write premium of 25%": the premium named before the writes.
_PREMIUM_ON_WRITES = screened(
    r"(?:\b(?:an? |the )?(?P<a>\d{1,3}(?:\.\d{1,4})?)\s?% (?:cache[- ]?)?write premium\b|"
    r"\b(?:an? |the )?(?P<b>\d{1,3}(?:\.\d{1,4})?)\s?% premium (?:on|for) (?:the )?(?:cache[- ]?)?writes?\b|"
    r"\b(?:cache[- ]?)?write premium(?: (?:of|is|=|at))? ?[:=]? ?(?P<c>\d{1,3}(?:\.\d{1,4})?)\s?%)"
)
# "reads 90% off", "cache hits are 75% cheaper than input", "cached tokens 50% off": a read priced as a discount off
# the input rate (10% of it).
_READ_LABEL = r"(?P<label>\b(?:cache[- ]?)?(?:reads?|hits?)|\bcached(?: input| tokens?| reads?| prefix)?)"
_READ_DISCOUNT = screened(
    _READ_LABEL + r"(?P<glue>(?: (?:are|is|at|=|get|gets|cost|costs|billed at|priced at|about|around|roughly|~|"
    r"only|just|run|runs|come in|comes in|sit|sits))* ?)(?P<a>\d{1,2}(?:\.\d{1,4})?)\s?%\s?"
    r"(?:off|cheaper|less|discount(?:ed)?|lower|below|"
    r"discount off)\b" + _VS_INPUT
)
# "90% discount on cached input", "75% off for cache reads": the discount named before the reads.
_DISCOUNT_ON_READS = screened(
    r"\b(?P<a>\d{1,2}(?:\.\d{1,4})?)\s?% (?:off|discount|cheaper) (?:on|for) (?:the )?"
    r"(?P<label>(?:cache[- ]?)?(?:reads?|hits?)|cached (?:input|tokens?|reads?|prefix))\b"
)
# "one discounts cached input by 90%, the other by 50%": a read priced as a discount the provider gives on it, and a
# second provider's discount said after "the other" (read only after the first).
_DISCOUNTS_READS_BY = screened(
    r"\bdiscount(?:s|ed|ing)? (?:the |their |its )?(?P<label>cached (?:input|tokens?|reads?|prefix)|cache[- ]?"
    r"(?:reads?|hits?))(?: tokens)? by (?:about |around |roughly |~)?(?P<a>\d{1,2}(?:\.\d{1,4})?)\s?%"
)
_THE_OTHER_BY = screened(
    r"(?P<lead>(?:,|;|and|while|whereas)\s(?:and\s)?the other(?: one| provider| vendor)?(?: does| gives| offers)?\s)"
    r"(?:by\s|at\s)?(?P<a>\d{1,2}(?:\.\d{1,4})?)\s?%(?:\s?(?:off|discount))?"
)
# "std anthropic ratios", "the standard anthropic cache multipliers": reads at 10% and 5-minute writes at 125% of
# the input rate (Anthropic's published multipliers).
_ANTHROPIC_RATIOS = screened(
    r"\b(?:(?:the|with|at|on|using|use)\s)?(?:std|standard|usual|normal|default|typical|regular|published)\s"
    r"(?:anthropic|claude)(?:'s)?\s(?:cache\s|caching\s|pricing\s)?(?:ratios?|multipliers?|multiples)\b|"
    r"\b(?:anthropic|claude)[- ](?:style|standard|std)\s(?:cache\s|caching\s)?(?:ratios?|multipliers?|multiples)\b"
)


def _discounts_on_reads(text: str) -> str:
    """ "one discounts cached input by 90%, the other by 50%" -> "cached input 10% of input, the other cached input
    50% of input": each provider's read as a share of the input rate."""
    first = _DISCOUNTS_READS_BY.search(text)
    if first is None:
        return text
    label = first.group("label")
    head = text[: first.start()] + f"{label} {_show(100 - Decimal(first.group('a')))}% of input"
    tail = _THE_OTHER_BY.sub(
        lambda m: f"{m.group('lead')}{label} {_show(100 - Decimal(m.group('a')))}% of input", text[first.end():], 1)
    return head + tail


def _premium(m: re.Match[str]) -> str:
    a = next(v for v in (m.groupdict().get(k) for k in ("a", "b", "c")) if v)
    return f"{_show(100 + Decimal(a))}% of input"


# "reads still 10%", "writes are 125%": a cache price as a share of the input rate, with "of input" left unsaid.
_CACHE_SHARE = screened(
    r"(?P<label>\b(?:cache )?(?:reads?|writes?)|\bcached(?: input)?)"
    r"(?P<glue>(?: (?:still|are|is|at|=|costs?|bill at|bills at|billed|charged at|priced at|only|"
    r"just|come in at|runs?)(?![a-z]))*+ ?)(?P<a>\d{1,3}(?:\.\d{1,4})?)\s?%"
    r"(?!\s?(?:of|off|hit|discount|cheaper|less|more|lower|higher)\b)"
)
# "writes are 125% of input and hits are 10%": beside a write's share of input, a percentage hits are said to cost
# is their price as a share of input (a hit rate is "a 60% hit rate", "60% of calls hit", never "hits cost 60%").
_HIT_PRICE_SHARE = screened(
    r"(?P<label>\b(?:cache )?hits)(?P<glue> (?:are|cost|costs|billed at|charged at|priced at) ?)"
    r"(?P<a>\d{1,3}(?:\.\d{1,4})?)\s?%(?!\s?(?:of|off|hit|discount|cheaper|less|more|lower|higher|the time)\b)"
    # "writes at 125% of input and hits at a tenth" (read as 10%): "at" a share no read price exceeds (50% of input)
    r"|(?P<label2>\b(?:cache )?hits)(?P<glue2> at )(?P<a2>(?:[1-9]|[1-4]\d|50)(?:\.\d{1,4})?)\s?%"
    r"(?!\s?(?:of|off|hit|discount|cheaper|less|more|lower|higher|the time|rate|ratio)\b)"
)
# "4c a request", "50c/M", "half a cent": cents as dollars, so every money pattern reads them.
_CENTS = screened(r"(?<![\w.$])(?P<a>\d{1,4}(?:\.\d{1,6})?)(?: ?c\b(?![-'])|[ -]?cents?\b| ?cts?\b| ?¢)")


# "250M out @ $1.60", "@40c/MTok": "@" before an amount is "at".
_AT_SIGN = screened(r"(?<!<)\s?@\s?(?=[$~\d])")
# "3/15 pricing", "priced 3/15", "rates are 0.40/1.60 per MTok": an input/output rate pair without dollar signs,
# beside a pricing word (never a bare "3/15", which could be a date).
_PAIR = r"(?P<a>\d{1,3}(?:\.\d{1,4})?) ?/ ?(?P<b>\d{1,3}(?:\.\d{1,4})?)(?!\d|/|\.\d|%)"
# (on the same line as its word, and never "24/7" however a line after it starts)
_BARE_PAIR_AFTER = screened(r"(?<![\w.$/])(?!24 ?/ ?7\b)" + _PAIR
                            + r"(?=[ \t](?:pricing|rates?|prices?|(?:per|a)\s?(?:1\s?|one\s)?"
                            r"(?:m|mm|mn|mil|mtoks?|million)\b|model\b))")
# "direct 3/15, bedrock list 3.90/19.50": a pair after "direct" or "list" is that price list's input/output rates.
_BARE_PAIR_BEFORE = screened(r"\b(?P<w>priced|pricing|rates?|prices?|direct(?: list)?|list|"
                             r"per[- ]token(?: (?:on|for|with) [a-z0-9 .-]{1,25}?)?)"
                             r"(?P<g>(?:\s(?:at|of|is|are|=|:))?\s?)"
                             r"(?<![\w.$/])" + _PAIR)
# "at opus 15/75", "on sonnet at 3/15", "On Sonnet (3 / 15)": a bare pair right after a model's name is its
# input/output rates (per MTok), which the message states and the catalog's row must not replace.
_BARE_PAIR_AFTER_MODEL = screened(
    r"\b(?P<w>(?:opus|sonnet|haiku|claude|gpt|gemini|llama|mistral|deepseek|grok|command|nova)(?:[-\s]?[\w.]{1,8})?)"
    r"(?P<g>\s(?:at\s|@\s?|for\s|\(\s?)?)(?<![\w.$/])" + _PAIR)


def _pair_after_model(m: re.Match[str]) -> str:
    a, b = Decimal(m.group("a")), Decimal(m.group("b"))
    if not (0 < 2 * a <= b <= 10 * a):  # output 2-10x input, as price lists go ("3.5/4", "1.5/2.0" are versions)
        return m.group(0)
    return f"{m.group('w')}{m.group('g')}${m.group('a')}/${m.group('b')}"


# "8M tokens a day all in": the total of input and output, not input.
_ALL_IN = screened(r"(?P<pre>\btokens?(?:\s(?:a|an|per|each)\s(?:day|week|month|hour))?|\b(?:daily|monthly))"
                   r"\sall[- ]in\b")
# "1M total tokens a day", "40M tokens total a month", "8M tokens in total": a count of both sides together, read as
# the tokens it counts (the word "total" between the count and its period would cut them apart).
_TOTAL_TOKENS = screened(r"(?<![\w.$,])(?P<n>\d[\d,]*(?:\.\d+)?\s?(?:k|m|mm|mn|b|bn|thousand|million|billion)?)\s"
                         r"(?:total\s(?P<t>tokens?)|(?P<t2>tokens?)\s(?:in\s)?total)\b(?!\s(?:cost|spend|bill|price))")
# "1,000 tokens each way", "2k tokens each in and out": the same count on the input side and on the output side.
_EACH_WAY = screened(r"(?<![\w.$,])(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<s> ?k\b)?[- ]?tokens? "
                     r"(?:each way|each direction|both ways|in both directions|each in and out|in and out each)\b")
# "1 in : 2 out", "3 in:1 out": an input:output mix with each side's label after its part (small parts, not counts).
_PARTS_LABELLED_MIX = screened(r"(?<![\w.$,])(?P<a>\d{1,2}) ?(?:in|input) ?: ?(?P<b>\d{1,2}) ?(?:out|output)\b")
# "a 3:1 input-to-output mix", "1:4 output-to-input": a mix with its sides named after it as "X-to-Y".
_PARTS_SIDES_TO_MIX = screened(
    r"(?<![\w.$,:])(?P<a>\d{1,2}) ?: ?(?P<b>\d{1,2}) (?P<first>input|in|prompt|output|out|completion)s?[- ]to[- ]"
    r"(?P<second>input|in|prompt|output|out|completion)s?\b"
)


def _parts_sides_to_mix(m: re.Match[str]) -> str:
    first_in = m.group("first") in ("input", "in", "prompt")
    second_in = m.group("second") in ("input", "in", "prompt")
    if first_in == second_in:
        return m.group(0)
    a, b = (m.group("a"), m.group("b")) if first_in else (m.group("b"), m.group("a"))
    return f"{a}:{b} input:output"


# "split roughly 4 to one input to output", "two to one in:out", "2-to-1 input/output", "4 to 1 in vs out": an
# input:output mix in words
# (alpha2digit leaves "one" and "two" as words; dictation writes "four to one" as "for to one", "two" as "too").
_HEARD = {"for": "4", "too": "2"}
_N_TO_M_MIX = screened(
    r"(?<![\w.$])(?P<a>\d{1,3}|one|two|for|too)[- ]to[- ](?P<b>\d{1,3}|one|two),? "
    r"(?:(?:of )?(?:input|in)s?[- ]to[- ](?:output|out)s?|"
    r"(?:input|in) ?[:/] ?(?:output|out)|(?:input|in) (?:vs\.?|versus) (?:output|out)|"
    # "a 4 to 1 in out mix": the sides named with no sign between, before the mix
    r"(?:input|in) (?:output|out)(?= (?:token )?(?:mix|split|ratio)\b))\b"
)
# "the mix is about two to one", "split 3 to 1", "input:output about 2 to 1": the same mix after its label (input first
# unless the label says otherwise).
_MIX_N_TO_M = screened(
    r"\b(?P<pre>(?:(?:token )?(?:mix|split)|(?:input|in) ?(?:[:/]|to|-to-) ?(?:output|out)(?: (?:mix|ratio|split))?)"
    r"(?: (?:is|of|at|about|around|roughly|approx\.?|approximately|~))*) "
    r"(?P<a>\d{1,3}|one|two|for|too)[- ]to[- ](?P<b>\d{1,3}|one|two)\b(?![.,]\d)"
)
# "same 3-to-1 mix", "a four to one split": the mix with its label after it (input first).
_N_TO_M_LABEL = screened(
    r"(?<![\w.$:])(?P<a>\d{1,3}|one|two)[- ]to[- ](?P<b>\d{1,3}|one|two) (?=(?:token )?(?:mix|split)\b)")


def _mix_parts(m: re.Match[str]) -> str:
    a = _HEARD.get(m.group("a")) or _SMALL.get(m.group("a"), m.group("a"))
    return f"{a}:{_SMALL.get(m.group('b'), m.group('b'))}"


# "3 parts input to one part output", "5 tokens in for every one out": the mix said as parts.
_PARTS_MIX = screened(
    r"(?<![\w.$,])(?P<a>\d{1,3}|one) (?:parts? (?:of )?(?:in|input)(?: tokens?)? (?:to|for every|for each|per) "
    r"(?P<b>\d{1,3}|one|an?) parts? (?:of )?(?:out|output)|(?:tokens? )?(?:in|input)(?: tokens?)? for (?:every|each) "
    # ("three input tokens for every output token": the output's one said by the article alone)
    r"(?:(?P<c>\d{1,3}|one|an?) )?(?:tokens? )?(?:out|output))(?: tokens?)?\b"
)
# "input's $3 per M, output is 5 times that": one side's rate as a multiple of the other's, named by "that".
_SIDE_TIMES_THAT = screened(
    r"\b(?P<side>input|output)(?P<mid>(?:'s)?(?: (?:rate|price))?"
    r"(?: (?:is|are|costs?|runs?|priced at|at|about|roughly))*)"
    r" (?:(?P<n>\d{1,3}(?:\.\d{1,3})?) ?(?:x|×|times)|(?P<w>twice|double|triple|thrice)) (?:that|it|this|as much)\b"
    r"(?: as (?:input|output|the input|the output))?"
)
# "$5 per million in and three times that for output", "2x that on the output side": the multiple said first, the side
# it prices after it.
_TIMES_THAT_FOR_SIDE = screened(
    r"\b(?:(?P<n>\d{1,3}(?:\.\d{1,3})?) ?(?:x|×|times)|(?P<w>twice|double|triple|thrice)) (?:that|it|this|as much) "
    r"(?:for|on|per m for|per million for) (?:the )?(?P<side>input|output)\b(?: (?:side|tokens?))?"
)
_TIMES_WORD = {"twice": Decimal(2), "double": Decimal(2), "triple": Decimal(3), "thrice": Decimal(3)}
_SIDE_MID = (r"(?P<mid>(?:'s)?(?: (?:rate|price))?(?: (?:is|are|costs?|runs?|priced at|billed at|at|about|roughly|~|"
             r"only|just|around|maybe|typically|usually))*)")
# "$2 in and output is 4x", "$1.25 in / output 4x": one side's rate as a multiple of the other's, "that" left unsaid
# (the clause ends at the multiple).
_SIDE_TIMES_BARE = screened(
    r"\b(?P<side>input|output)" + _SIDE_MID + r" (?P<n>\d{1,3}(?:\.\d{1,3})?) ?(?:x|×|times)"
    r"(?=\s?(?:[,.;:)!?]|$)|\s(?:and|but|so|with|vs|diff|what|how|pls|please)\b)"
)
# "output is $12/MTok and input is a quarter of that" (the fraction read as "25% of that"): a share of the other side.
_SIDE_SHARE_OF_THAT = screened(r"\b(?P<side>input|output)" + _SIDE_MID
                               + r" (?P<n>\d{1,3}(?:\.\d{1,4})?)\s?% of (?:that|it|this)\b")


def _of_other_side(m: re.Match[str], percent: str) -> str:
    """One side's rate written as ``percent``% of the other side's ("output is 400% of input")."""
    other = "output" if m.group("side") == "input" else "input"
    return f"{m.group('side')}{m.group('mid')} {percent}% of {other}"


def _side_times_that(m: re.Match[str]) -> str:
    times = Decimal(m.group("n")) if m.group("n") else _TIMES_WORD[m.group("w")]
    return _of_other_side(m, _show(times * 100))


# "two cents", "five days a week", "one hour TTL", "two mil tokens": a small number word before a unit (alpha2digit
# leaves numbers below ten alone).
_SMALL_BEFORE_UNIT = screened(
    # not the units of a compound said without a hyphen ("twenty two percent" is 22 percent, never 20 and 2)
    r"(?<![\w-])(?<!twenty )(?<!thirty )(?<!forty )(?<!fourty )(?<!fifty )(?<!sixty )(?<!seventy )(?<!eighty )"
    r"(?<!ninety )(?<!point )(?P<w>one|two|three|four|five|six|seven|eight|nine)"
    r"(?=[- ](?:cents?|dollars?|bucks|grand|percent|hours?|hrs?|days?|weeks?|per (?:m|mil|million|mtok)|"
    r"(?:provisioned |reserved |model |dedicated )?(?:ptus?|units?)|minutes?|mins?|mil|mn|mm|bn|"
    # "about two calls a minute", "three requests per second": a rate of calls
    r"(?:calls?|requests?|queries|reqs?) (?:a|an|per|each|every) (?:second|sec|minute|min|hour))\b)"
)
# "12 grand", "$12 grand": thousands of dollars.
_GRAND = screened(r"(?<![\w.])\$?(?P<num>\d{1,4}(?:\.\d{1,3})?)\s?grand\b")
# "3 $/M", "10000 USD per month", "48k USD", "5 dollars": the currency after the number, as a dollar amount the
# money patterns read ("$3/M"). A scale other than k stays as written (the money patterns read only k).
_AMOUNT = r"\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,6})?|\d{1,15}(?:\.\d{1,6})?"
_CURRENCY_AFTER = screened(
    r"(?<![\w.$,])(?:(?P<first>" + _AMOUNT + r")(?P<fk>\s?k\b)?(?P<sep>\s?(?:and|/|&)\s?))?(?P<num>" + _AMOUNT
    # (on its line: "units: 4" over "$/unit-hr: 2.75" is a count, then a price's key)
    + r")(?P<k>\s?k\b)?[ \t]?(?:\$(?![\d.])|usd\b|dollars?\b|bucks\b)"
)


def _currency_after(m: re.Match[str]) -> str:
    """ "48k USD" -> "$48k"; "3 and 15 dollars" -> "$3 and $15"."""
    first = f"${m.group('first')}{'k' if m.group('fk') else ''}{m.group('sep')}" if m.group("first") else ""
    return f"{first}${m.group('num')}{'k' if m.group('k') else ''}"
_DIGIT_DOLLAR = screened(r"\d\s?(?:k\s?)?\$")
# "spending 120k/mo on demand", "bill is 9,000 a month", "spends 2.5 mil a yr", "on-demand bill 1.2m/yr": an amount
# after a money verb is dollars (it was read as a call volume). Not a count of things ("spending 2M tokens").
_MONEY_SCALE = r"(?P<s>\s?(?:k|mm|mn|mil|million|m)\b)?+"
# "writes billed at 1.25x input": a multiple is no amount either
# ("billed 24/7", "billed 24x7": round the clock, not an amount)
_NOT_A_COUNT = (r"(?![\d.,]|e\d|/7\b|\s?[x×]\s?7\b|"
                r"\s?(?:b\b|bn\b|billion|x\b|×|times\b|tokens?|toks?|calls?|requests?|reqs?|queries|"
                r"units?|ptus?|%|percent|hours?|hrs?\b|h\b|days?|weeks?|months?|years?|yrs?\b|\$|usd\b|dollars?|bucks|eur|€|input|output|"
                r"in\b|out\b)"
                # "the weekly bill at 40k summaries a week": a count of things, whatever they are called
                r"|\s(?!(?:this|was|plus|less|thus|its|is|as|has|does|goes|rates|prices|fees)\b)[a-z]{3,20}s\b)")
_SPEND_WORD_AMOUNT = screened(
    r"\b(?P<w>spend(?:ing|s)?|paying|pays|bill(?:ed)?(?: (?:is|was|of|at|around|about))?|budget(?: (?:is|of))?|"
    r"costs? them|run[- ]rate(?: (?:is|of))?)\s(?P<q>(?:about |around |roughly |~)?)"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,9}(?:\.\d{1,3})?)" + _MONEY_SCALE + _NOT_A_COUNT
)
# "18.5k a month on-demand", "1.2m/yr on-demand": an amount stated over a period and said to be on-demand is a spend.
_ON_DEMAND_AMOUNT = screened(
    r"(?<![\w.,$])(?P<n>\d{1,3}(?:,\d{3})+|\d{1,9}(?:\.\d{1,3})?)" + _MONEY_SCALE
    + r"(?=\s?(?:/|a|an|per)\s?(?:mo|mth|month|yr|year|wk|week|day)\b\.?\s(?:on-demand|on demand)\b)"
)
# "on-demand for the same traffic is 80k/mo": the amount said after on-demand, no dollar sign, over a period
_ON_DEMAND_IS_AMOUNT = screened(
    # (not "on-demand volume comes to 500M a month": a count of tokens)
    r"(?P<lead>\bon[- ]demand\b(?:(?!volume|tokens?|calls?|requests?|usage)[^.;?!\n\d$]){0,40}?"
    r"\b(?:is|=|runs?|would be|comes? to|costs?)\s"
    r"(?:about\s|around\s|roughly\s|~)?)(?P<n>\d{1,3}(?:\.\d{1,2})?\s?(?:k|m)\b|\d{1,3}(?:,\d{3})+)"
    r"(?=\s?(?:/|a|an|per)\s?(?:mo|mth|month|yr|year|wk|week|day|quarter|qtr)\b)")
# "they push 500M a month on-demand": after a word that counts tokens or calls, the amount is a count, not dollars.
_COUNTED_BEFORE = screened(
    r"\b(?:tokens?|calls?|requests?|push\w*|serv\w*|process\w*|traffic|volume|throughput|tpm|rpm|generat\w*|in|out|"
    r"input|output)\b[^.;!?\n]{0,30}$"
)
_MONEY_SCALES = {"k": 1_000, "m": 1_000_000, "mm": 1_000_000, "mn": 1_000_000, "mil": 1_000_000,
                 "million": 1_000_000}


def _dollars(m: re.Match[str]) -> str:
    """ "120k" -> "$120k" (the money patterns read k); "2.5 mil" -> "$2500000"."""
    scale = (m.group("s") or "").strip()
    if scale in ("", "k"):
        return f"${m.group('n')}{scale}"
    return "$" + _show(Decimal(m.group("n").replace(",", "")) * _MONEY_SCALES[scale])


# "a dollar a million", "one buck per million": one dollar (a dollar and cents is read above).
_A_DOLLAR = screened(r"\b(?:a|one) (?:dollar|buck)\b(?! (?:and )?\d)")
# "$5 a million", "$0.5 for a million in": after the words are digits, a dollar amount a million is a rate per million
# ("a million" left for alpha2digit became "a 1000000").
_DOLLARS_A_MILLION = screened(
    r"(?P<a>\$\d{1,6}(?:\.\d{1,6})?)(?P<side>\s(?:input|output|in|out))?\s(?:a|for|per|for a|for one|every)\s1000000\b"
)
# "USD 10,000", "US$55,000": the currency before the number.
# "(USD per 1M tok)", "(per 1M tokens)": a list of prices' unit said after them, in brackets
_UNIT_ASIDE = screened(r"[ \t]{0,4}\(\s?(?:usd|\$)?\s?(?:/|per)\s?(?:1\s?)?(?:m|mtok|million)(?:\s?tok(?:en)?s?)?\s?\)")
_CURRENCY_BEFORE = screened(r"\busd\s?(?=\d)|\bus\s?\$\s?(?=\d)")


# "a cent a call", "one cent per request": a whole cent (fractions of one were read before: "half a cent").
# ("a flat cent per call", "one fixed cent a request": the fee's kind said between)
# "just under a cent -- $0.0099 -- per call", "about 2 cents ($0.018) a call": a rough amount, then the exact one set
# apart after it, which is the figure (only after a word that says the first is rough)
_ROUGH_THEN_EXACT = screened(
    r"(?:(?:just |slightly |a (?:bit|touch|hair) )?(?:under|below|over|above|less than|more than|about|around|roughly|"
    r"nearly|almost|approx\.?|~) ?)\$\d[\d.,]{0,10}+[ \t]?(?:--|—|–|\()[ \t]?(?P<v>\$\d[\d.,]{0,10}+)[ \t]?"
    r"(?:--|—|–|\))[ \t]?")
_A_CENT = screened(r"(?<![\w.$])(?<!of )(?<!half )(?:a|one|1) (?:(?:flat|fixed|single) )?cent\b"
                   r"(?![- ]?(?:per[- ]?cent|%))")


# "a penny a call", "two pennies per request", "a flat penny per call": US cents said as pennies; not "not a penny
# more", "every penny".
_PENNIES = screened(
    r"(?<![\w.$])(?<!not )(?<!every )(?<!last )(?P<n>a|one|two|three|four|five|\d{1,2}) (?P<flat>flat )?"
    r"(?:penny|pennies)\b"
    r"(?![- ]?(?:pinch|wise|stock))")


def _cents(m: re.Match[str]) -> str:
    return "$" + _show(Decimal(m.group("a")) / 100)


def _share(m: re.Match[str]) -> str:
    return f"{_show(Decimal(m.group('a')) * 100)}%"


# --- typos ----------------------------------------------------------------------------------------------

KEYWORDS = (
    "tokens", "input", "output", "utilisation", "utilization", "utilised", "utilized", "provisioned",
    "discount", "caching", "cached", "cache", "prefix", "prompt", "system", "calls", "requests", "million",
    "billion", "thousand", "monthly", "month", "daily", "hourly", "weekly", "markup", "hyperscaler",
    "throughput", "capacity", "break-even", "breakeven", "per-call", "per-token", "preamble", "average",
    "writes", "reads", "sonnet", "opus", "haiku", "gemini", "claude", "mistral", "llama", "bedrock", "azure",
    "vertex", "enterprise", "agreement", "on-demand", "blended", "crossover", "break",
    # the words of a question about which structure to choose ("whch pricing setup do we recomend?")
    "which", "recommend", "structure", "propose", "pricing",
    # ("per buisness day", "bussiness days": the days a volume is counted over)
    "business",
)
_KEYWORD_SET = frozenset(KEYWORDS)
_WORD = screened(r"\b[a-z][a-z-]{2,18}[a-z]\b")  # ends in a letter: "gemini-" of "gemini-2.5-pro" is not a typo
# Real words one or two edits from a keyword: never "corrected".
_KEEP = frozenset({
    "call", "cost", "costs", "inputs", "outputs", "prompts", "request", "caches", "reading", "write", "read",
    "sonnets", "months", "quota", "quotes", "quoted", "avenue", "throughout", "discounts", "discounted",
    "thousands", "millions", "billions", "cachet", "prefixes", "cashing", "clause", "dually", "reds", "writer",
    "writers", "tokes", "capacities", "bills", "billing", "prompted", "systems", "token", "caller", "callers",
    "called", "walls", "falls", "halls", "balls", "calm", "calms", "mills", "oops", "vertical", "media",
    "median", "lama", "llamas", "markups", "markets", "market", "marked", "reader", "readers", "tokenize",
    "tokenized", "month", "inout", "cells", "tells", "hails", "rails", "roads", "beads", "heads", "leads",
    "rads", "clad", "recommended", "recommends", "structured", "structures", "proposed", "proposes", "proposal",
    "proposals", "proposing", "purpose", "purposes", "breaks", "brake", "brakes", "bread", "bleak", "beak",
    "businesses", "busyness", "business's",
})


_BRAKE_EVEN = screened(r"\bbrake(?=[- ]?even\b)")


def _fix_typo(m: re.Match[str]) -> str:
    return _typo_of(m.group(0))


@functools.lru_cache(maxsize=4096)
def _typo_of(word: str) -> str:
    """The keyword ``word`` is a typo of, else ``word`` (kept per word: a long message repeats its words)."""
    if word in _KEYWORD_SET or word in _KEEP:
        return word
    if word.endswith("s") and (word[:-1] in _KEYWORD_SET or (word.endswith("es") and word[:-2] in _KEYWORD_SET)):
        return word  # "agreements", "averages": a keyword's plural, never a typo of it
    limit = 1 if len(word) < 8 else 2
    best, best_distance = word, limit + 1
    for keyword in KEYWORDS:
        if keyword[0] != word[0] or abs(len(keyword) - len(word)) > limit:
            continue
        distance = osa_distance(word, keyword, limit)
        if distance < best_distance and distance > 0:
            best, best_distance = keyword, distance
    if best == word:
        # "discnt", "mnthly", "tkns": a keyword written with vowels left out (its letters in order, the same consonants)
        skeleton = _consonants(word)
        best = next((keyword for keyword in KEYWORDS if keyword[0] == word[0] and len(keyword) > len(word)
                     and _consonants(keyword) == skeleton and _in_order(word, keyword)), word)
    return best


def _consonants(word: str) -> str:
    """The first letter and every later consonant: "discount" -> "dscnt"."""
    return word[0] + "".join(c for c in word[1:] if c not in "aeiou-")


def _in_order(short: str, long: str) -> bool:
    """Every letter of ``short`` appears in ``long`` in the same order."""
    letters = iter(long)
    return all(c in letters for c in short)


# --- rates said without a dollar sign ------------------------------------------------------------------

# "a dollar fifty", "2 dollars 50": dollars and cents said as two numbers (after the number words are digits).
_DOLLAR_AND_CENTS = screened(
    r"\b(?:a|one|(?P<d>\d{1,3})) (?:dollars?|bucks?) (?:and )?(?P<c>\d{1,2})\b"
    r"(?!\s?(?:cents?\b)?\s?(?:k|m|b|%|x|tokens?|toks?|calls?|requests?|users?|units?|ptus?|hours?|days?|dollars?|bucks?|usd)\b|[.,]\d)"
)
# "two fifty in and ten out per million", "one twenty-five in": dollars and cents said as two numbers before a side,
# read as a price only where the message prices tokens per million.
# ("paying $2 50 in": the sign a verb of paying already put before the dollars is kept once)
_SPOKEN_PRICE = screened(
    r"(?:(?<![\w.$,/:])|(?<![\w.$,/:])\$)(?P<d>[1-9]) (?P<c>[1-9]\d) (?=(?:in|input|out|output)\b)")
_PER_MILLION_WORDS = r"(?:per|a|/)\s?(?:1\s?|one\s)?(?:m|mil|million|mtoks?)\b"
_PER_MILLION_SAID = screened(_PER_MILLION_WORDS)
_PER_MILLION_NEXT = screened(r"\s?" + _PER_MILLION_WORDS)  # right after a figure
# A number with no scale, no sign and no unit of its own: a price when a per-million unit follows it.
_BARE = r"(?<![\w.$,/:])\d{1,4}(?:\.\d{1,6})?(?!\d|[.,]\d|\s?(?:k|m|b|bn|mm|%|x)\b)"
_RATE_LABEL = r"(?:input|output|in|out|cached input|cached reads?|cache reads?|cache writes?|cached|reads?|writes?)"
_RATE_ITEM = r"(?:" + _RATE_LABEL + r"\s)?\$?" + _BARE + r"(?:\s" + _RATE_LABEL + r")?"
_PER_MILLION_UNIT = (r"\s?(?:(?:/|per)\s?(?:1\s?|one\s)?(?:mtoks?|million|mil|m)|a\s(?:mtok|million|mil))\b"
                     r"(?!\s?(?:calls?|requests?|reqs?|users?|queries|invocations?|images?|documents?|docs?|pages?)\b)")
# "rates 2 and 8 per mil", "in 3 / read 0.3 per MTok", "$2 in and 8 out per million", "input 2.50 per MTok": a list
# of prices ending in a per-million unit; each number in it is dollars.
_RATE_LIST = screened(
    _RATE_ITEM + r"(?:(?:\s?(?:/|&|and|vs\.?|versus|\|)\s?|\s(?=\d|\$))" + _RATE_ITEM + r"){0,3}+"
    r"(?=" + _PER_MILLION_UNIT + ")"
)
_BARE_NUMBER = screened(r"(?<![\w.$,/:])(?=\d)" + _BARE)
# "$1.10/MTok in and 4.40 out": the output price of a pair whose input price carries the dollar sign.
_PAIR_AFTER_DOLLAR = screened(
    r"(?P<a>\$\d{1,4}(?:\.\d{1,6})?(?:\s?(?:/|per|a)\s?(?:1\s?)?(?:mtoks?|million|mil|m)\b)?\s(?:in|input))"
    r"(?P<sep>\s?(?:and|/|,|&)?\s?)(?P<b>" + _BARE + r")(?=\s(?:out|output)\b)"
)
# "cached read 0.25", "cache write 3.75" after prices in dollars: a cache price stated without its sign.
_CACHE_PRICE_BARE = screened(
    # ("writes 3.75, hits 0.30" beside "base input $3 per million": each cache price keyed by what it prices)
    r"(?P<l>\b(?:cached reads?|cache reads?|cached input|cache writes?|cache hits?|cached|reads?|writes?|hits?)"
    r"(?:\s(?:is|at|=|of))?"
    # ("writes at 1.25 times input" is a multiple of the input rate, not $1.25)
    r"\s?:?\s)(?P<n>\d{0,3}\.\d{1,6})(?!\d|[.,]\d|\s?(?:k|m|b|%|x|×|times|tokens?|toks?|hits?|calls?)\b)"
)


# "4k tokens @ $5 vs $0.50 cached", "$3 / $0.30 read / $3.75 write", "$3 -> $0.30 cached", "$3/m drops to $0.30 when
# cached": the price set against a cached price is the input rate.
_VS_CACHED = screened(
    r"(?<![\w$.])(?<!in )(?<!input )(?=\$\d{1,4}(?:\.\d{1,6})?(?:\s?/\s?(?:1\s?)?m(?:tok)?\b)?\s?"
    r"(?:vs\.?|versus|against|/|->|=>|→|down to|(?:drops?|falls?|goes|going|comes?) (?:down )?to|becomes?)\s?"
    r"\$\d{1,4}(?:\.\d{1,6})?(?:\s?/\s?(?:1\s?)?m(?:tok)?\b)?"
    r"\s(?:cached|cache[- ]?reads?|cache[- ]?hits?|reads?)\b)"
)
# "$3/M input $0.30 cached", "$2 in $0.20 read": each price labelled after it, with nothing between the label and the
# next price (read as a list, so the second price is not taken as the first label's).
_LABELLED_RUN = screened(
    r"(?P<a>\$\d{1,4}(?:\.\d{1,6})?(?:\s?/\s?(?:1\s?)?m(?:tok)?\b)?\s(?:input|in))\s(?=\$\d{1,4}(?:\.\d{1,6})?"
    r"(?:\s?/\s?(?:1\s?)?m(?:tok)?\b)?\s(?:cached|cache[- ]?reads?|cache[- ]?hits?|cache[- ]?writes?|reads?|writes?)\b)"
)
# "$0.50 when cached", "$0.30 once it's cached", "$0.25 if read from cache": the cached price.
_WHEN_CACHED = screened(
    r"(?P<p>\$\d{1,4}(?:\.\d{1,6})?(?:\s?/\s?(?:1\s?)?m(?:tok)?\b)?)\s(?:when|once|if)\s(?:it'?s\s|its\s|it is\s)?"
    r"(?:cached|read from (?:the )?cache|served from (?:the )?cache)\b"
)


def _part(word: str) -> str:
    return "1" if word in ("one", "a", "an") else word


def _rate_list(m: re.Match[str]) -> str:
    return _BARE_NUMBER.sub(lambda n: "$" + n.group(0), m.group(0))


# --- abbreviations -------------------------------------------------------------------------------------

# Shorthand reps type in Slack, spelt out as the scanner reads it: "disc 30%", "40 pct off OD", "vs PAYG", "b/e util",
# "25k calls/d", "thru".
_ABBREVIATIONS = {
    "disc": "discount", "od": "on-demand", "payg": "on-demand", "paygo": "on-demand", "pay-go": "on-demand",
    "pct": "percent", "thru": "through",
    "b/e": "break-even", "ctx": "context", "tokn": "token", "abt": "about", "abt.": "about", "pfx": "prefix",
    # Vertex AI's provisioned throughput is bought in generative AI scale units
    "gsu": "unit", "gsus": "units",
    # "50k txns/day": transactions, each one call
    "txn": "transaction", "txns": "transactions", "trx": "transaction", "trxs": "transactions",
    # "350M o/p tok", "i/p 2k": input and output as engineers abbreviate them
    "o/p": "output", "i/p": "input",
    # "3 n 15 per mil", "rates r three per mil", "wld be 95k": words as a phone types them
    "n": "and", "r": "are", "wld": "would", "cld": "could", "shld": "should", "wd": "would", "wud": "would",
    "cud": "could", "shud": "should", "there average": "their average", "bout": "about",
    # "biz hours", "biz day": business hours and days
    "biz": "business",
    # "peeks hit 4x avg": the load's peaks, misspelt
    "peek": "peak", "peeks": "peaks",
    # "provisioned disc. vs PAYG", "util. 70%": a key cut short with a full stop inside its clause
    "disc.": "discount", "util.": "util", "avg.": "avg", "approx.": "approx", "est.": "estimated",
}
# "forty k of em a day", "gives em 10 off": "them" as a phone types it
_EM = screened(r"(?:(?<=\bof )|(?<=\bfor )|(?<=\bto )|(?<=\bgives )|(?<=\bgive )|(?<=\bget )|(?<=\bgets )|"
               r"(?<=\bbill )|(?<=\bcharge )|(?<=\bcost )|(?<=\bcosts )|(?<=\bsave ))'?em\b")
# "30pct", "abt 1.25": the shorthand glued to a figure, or "about" cut to three letters
_ABBREVIATION = screened(r"\b(?:disc|util|avg|approx|est)\.(?=\s(?:vs\b|versus\b|against\b|off\b|on\b|of\b|rate\b|"
                         r"load\b|[\d$~]))|"
                         r"\bdisc\.(?=:)|"  # ("offered provisioned disc.: 40%": a sheet's key, cut short)
                         r"\b(?:disc|od|payg|paygo|pay-go|pct|thru|ctx|tokn|pfx|gsus?|txns?|trxs?)\b(?!\.\w)|"
                         r"\b(?:b/e|o/p|i/p)\b|"
                         r"\babt\b\.?|(?<=\s)[nr](?=\s)|\bbiz\b(?=[ -]?(?:hours?|hrs?|days?)\b)|"
                         r"\b(?:wld|cld|shld|wd|wud|cud|shud)\b|\bthere average\b|"
                         r"(?<=\s)bout(?= ~?\d| (?:a|an|the|two|three|four|five|six|ten|half)\b)|"
                         r"(?<=\d)pct\b|"
                         r"\bpeeks?\b(?= (?:hit|hits|at|of|are|is|reach|reaches|run|go|up to|around|~?\d)\b|"
                         r" ?(?:to|-to-) ?(?:avg|average|mean)\b)")
# "input is $1.10 per mil output 4.40": the other side's price said bare right after one side's rate per million
_OTHER_SIDE_BARE = screened(
    r"(?P<pre>(?<![\w.,])\$?\d{1,4}(?:\.\d{1,6})?\s?(?:per|/|a)\s?(?:1\s?)?(?:m|mil|million|mtok)\b,?\s(?:and\s)?"
    r"(?:output|out|input|in)(?:\s(?:is|at|@))?\s)(?P<v>\d{1,3}\.\d{1,4})(?![\d.,]|\s?(?:k|m|b|bn|mm|tokens?|toks?|%)\b)")
# "25 k a month" (after "twenty five k" is written in digits): a thousands scale set apart from its figure
_SPACED_K = screened(r"(?<=\d) (?=k\b(?!-))")
# "twenty-one dollars fifty cents" once written in digits: "$21 $0.5", the dollars and then the cents of one price
_DOLLARS_THEN_CENTS = screened(r"(?<![\w.$])\$(?P<d>\d{1,4}) (?:and )?\$0\.(?P<c>\d{1,2})(?![\d.])")
# "3 dollars per mill", "$10/mill": a million tokens spelt "mill"
_PER_MILL = screened(r"(?:(?<=\bper )|(?<=/)|(?<=\ba ))mill\b")
# "in $2.50 / out $10.00": each side named before its price
_LABELS_FIRST_PAIR = screened(r"\b(?:in|input)\s?:?\s?\$(?P<a>\d{1,4}(?:\.\d{1,6})?)\s?(?:/|,|and|&)\s?"
                              r"(?:out|output)\s?:?\s?\$(?P<b>\d{1,4}(?:\.\d{1,6})?)(?![\d.])")
# "per token would be 3 in 15 out", "going direct per token its 4 in 12 out", "rates are 2 in 8 out": prices per million
# tokens of each side, said with no dollar sign and no unit
# (figures under 100: "per-token would be 600 in / 100 out" is a call's size)
_SIDE_PAIR = (r"(?<![\d.,])(?P<a>\d{1,2}(?:\.\d{1,4})?|one|two)\s(?:in|input)(?:\s(?:and|&|/)|,)?\s"
              r"(?P<b>\d{1,2}(?:\.\d{1,4})?|one|two)\s(?:out|output)\b(?!\s?(?:tokens?|toks?|per call|a call|each)\b)")
_SIDE_PRICES_SAID = screened(
    r"(?P<pre>\b(?:per[- ]token|per tok|token (?:rates?|prices?)|rates?|pricing|priced at|prices?)"
    r"(?:\s(?:would be|will be|is|are|its|it's|it is|at|of|=|:))*\s)" + _SIDE_PAIR)
_SIDE_PRICES_ALONE = screened(r"(?P<pre>(?:^|[.;!?]\s))" + _SIDE_PAIR + r"(?=\s?(?:[.;!?]|$))")


def _side_prices(m: re.Match[str]) -> str:
    a, b = (str(_SMALL.get(m.group(k), m.group(k))) for k in "ab")
    return f"{m.group('pre')}${a}/m in ${b}/m out"


# "2,200 in and 450 out": a call's size, its sides counted in tokens (100 or more)
_CALL_SIZE_SAID = screened(r"(?<![\w.$])(?:\d{3,6}|\d{1,3},\d{3}|\d{1,3}(?:\.\d)?k)\s(?:tokens?\s)?(?:in|input)\b")
# "three-in-ten off list", "one in five off": a discount said as a count in a count (a hit rate said so is read with
# its label, _LABEL_N_IN_M)
_COUNT_IN_COUNT = screened(
    r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|[1-9])[- ]in[- ](?P<m>two|three|four|five|six|seven|eight|"
    r"nine|ten|twenty|fifty|a hundred|hundred|10|20|50|100|[2-9])\b"
    r"(?=\s(?:off|discount)\b)")


def _count_in_count(m: re.Match[str]) -> str:
    n, whole = _num(m.group("n")), _num(m.group("m").removeprefix("a "))
    return m.group(0) if n >= whole else f"{_show(100 * n / whole)}%"


# "every 50th call is a miss", "every 20th request writes the cache": one call in N, as a share of the calls
_EVERY_NTH = screened(
    r"\bevery (?P<n>[2-9]|[1-9]\d{1,3})(?:st|nd|rd|th) (?:call|request|query|prompt)(?: or so)? (?:is|will be|would be|"
    r"ends up) (?:a )?(?:cache )?(?P<what>miss|write|hit)\b")


def _every_nth(m: re.Match[str]) -> str:
    share = _show(Decimal(100) / int(m.group("n")))
    return f"a {share}% hit rate" if m.group("what") == "hit" else f"a {share}% miss rate"


# "the contract year", "their fiscal quarter": a period with the kind of period it is (a calendar or billing month
# keeps its word: its days are counted)
_QUALIFIED_PERIOD = screened(r"\b(?:contract|fiscal|financial|budget) (?=(?:year|month|quarter)\b)")
# "over the month they reckon 800 cache writes and 40,000 hits", "for the week, 5,000 calls": the period said before
# the counts of its clause, none after them (the period is said again after the last count).
_PERIOD_FIRST = screened(
    # ("last week they logged 60,000 cache hits and 800 cache writes": the period the counts were logged over)
    # ("yesterday was 500 hits and 200 writes": that day's counts)
    r"\b(?:(?:(?:over|in|for|during|across|throughout) (?:the |a |an |one |a typical |the whole |the full |the last |"
    r"the past )?|(?:last|this|past|previous) )"
    r"(?P<p>day|week|month|quarter|year)|yesterday)\b(?P<body>(?=[^.!?\n;]{0,80}\d)[^.!?\n;]{0,80})"
    # ("over the month, 1.2m requests": a count with its scale)
    r"(?:(?<=\d )|(?<=\d[kmb] )|(?<=\dbn )|(?<=\dmm ))(?P<noun>(?:cache )?(?:writes|hits|calls|requests|reads))\b"
    # (not "31k of 40k calls were reads": the calls a share of which is counted)
    r"(?! (?:were|are|was|is) (?:cache )?(?:reads|hits|writes|misses)\b)"
    # ("over a week of 1,200 calls per business day": the count's own period, after it)
    r"(?![^.!?\n;]{0,80}\b(?:a|an|per|each|every|/)\s?(?:(?:business|working|work|calendar) )?"
    r"(?:day|week|month|hour|minute|second|year|quarter)\b)"
)
# "ten percent under on-demand", "35 per cent": a percentage said in words is one with its sign
_PERCENT_WORD = screened(r"(?<=\d)\s?(?:percent|per cent)\b")
# Deal words European customers write in German, pasted into an ask: "0,15 $ pro Million Input-Tokens", "35.000
# Aufrufe pro Woche", "1.800 Tokens rein, 200 raus", "Rabatt 33 %, erwartete Auslastung 0,9". Read as the English
# words the patterns know, only in a message with at least two German words in it (a lone "pro" is "pro tier").
_GERMAN_HINT = screened(
    r"\b(?:und|pro|je|der|die|das|vom|von|mit|für|auf|ca\.|kunde|kunden|anbieter|angebot|verlangt|aufrufe?n?|"
    r"anfragen?|rabatt|eingabe|ausgabe|monat|woche|tag|stunde|jahr|preise|volumen|erwartete|auslastung|rein|raus|"
    r"präfix|lesen|schreiben|tokens rein)\b")
_GERMAN_WORDS = {
    "pro": "per", "je": "per", "aufruf": "call", "aufrufe": "calls", "aufrufen": "calls", "anfrage": "request",
    "anfragen": "requests", "eingabe": "input", "ausgabe": "output", "input-tokens": "input tokens",
    "output-tokens": "output tokens", "eingabe-tokens": "input tokens", "ausgabe-tokens": "output tokens",
    "rein": "in", "raus": "out", "präfix": "prefix", "cache-lesen": "cache reads", "cache-schreiben": "cache writes",
    "monat": "month", "monatlich": "monthly", "woche": "week", "wöchentlich": "weekly", "tag": "day",
    "täglich": "daily", "stunde": "hour", "jahr": "year", "jährlich": "yearly", "und": "and", "ca.": "about",
    "rabatt": "discount", "auslastung": "utilization", "millionen": "million", "milliarden": "billion",
    "tausend": "thousand",
}
_GERMAN_WORD = screened(
    r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(_GERMAN_WORDS, key=len, reverse=True)) + r")(?![\w-])")


def _german_words(text: str) -> str:
    """The German deal words of a message written (or pasted) in German, in English; other text as it was."""
    if len({m.group(0) for m in _GERMAN_HINT.finditer(text)}) < 2:
        return text
    return _GERMAN_WORD.sub(lambda m: _GERMAN_WORDS[m.group(0)], text)
# "over a nine-to-five", "runs 8-to-6": a working day said as the idiom, read as its clock times (morning to afternoon)
_WORKING_DAY_IDIOM = screened(
    r"(?<![\w.$-])(?P<a>six|seven|eight|nine|ten|[6-9]|10)-to-(?P<b>three|four|five|six|seven|eight|[3-8])(?![\w.%-])"
)
_CLOCK_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _working_day_idiom(m: re.Match[str]) -> str:
    start, end = (_CLOCK_WORDS.get(w, 0) or int(w) for w in (m.group("a"), m.group("b")))
    return f"{start}am-{end}pm"


# "cached at 10p, sorry, 10 cents", "30p - sorry, 30 cents": a figure taken back and said again; the first is dropped
# ("peak to avg ~3:1 wait no 2.5 to 1", "30% off, sorry 25%": a ratio or a share taken back likewise)
_TAKEN_BACK_WORDS = (r"\s?(?:,|-|–|—|\.\.\.|;)?\s?\b(?:sorry|i mean|i meant|correction|oops|scratch that|make that|"
                     r"er+m?|um+|wait,?\sno|no,?\swait|actually)\b\s?[,:-]?\s?")
_TAKEN_BACK = screened(
    r"(?<![\w.$])\$?\d{1,6}(?:\.\d{1,6})?\s?(?:(?:p|pence|c|cents?|k|m|x)\b|¢|%(?:\soff\b)?|:\s?1\b|to\s1\b)?"
    + _TAKEN_BACK_WORDS + r"(?=~?\s?\$?\d)"
)
# "30% off wait no 35%": a share off taken back, the one said again keeping the word that says what it is
_SHARE_OFF_TAKEN_BACK = screened(r"(?<![\w.$])\d{1,3}(?:\.\d{1,3})?%\soff\b" + _TAKEN_BACK_WORDS
                                 + r"(?P<n>\d{1,3}(?:\.\d{1,3})?%)(?!\s?off\b)")
# "30p - sorry, 30 cents, too long in the london office - cache read": the figure taken back inside an aside between
# dashes; the figure said again is kept and the rest of the aside dropped
_TAKEN_BACK_ASIDE = screened(
    r"(?<![\w.$])\$?\d{1,6}(?:\.\d{1,6})?\s?(?:p|pence|c|cents?|¢)?\s?(?P<dash>-|–|—)\s?"
    r"\b(?:sorry|i mean|i meant|correction|oops)\b\s?[,:]?\s?"
    r"(?P<right>\$?\d{1,6}(?:\.\d{1,6})?\s?(?:p|pence|c|cents?|¢)?)(?:,[^\n\d$–—-]{0,60}?)?\s?(?P=dash)\s?"
)
# "too cents per call flat lol i mean 2 cents": a fee taken back after its unit and said again, which keeps the unit
# (the first figure, a typo or a number, is dropped)
_FEE_TAKEN_BACK = screened(
    r"(?:(?<![\w.$])\$?\d{1,4}(?:\.\d{1,6})?\s?|\b[a-z]{2,6}\s)(?:cents?|c|¢|bucks?|dollars?)?\s?"
    r"(?P<unit>(?:a|per|/|each)\s?(?:call|request|req|query|invocation)(?:\sflat)?)"
    r"(?:\s(?:lol|lmao|haha|ha))?" + _TAKEN_BACK_WORDS
    + r"(?P<n>\$?\d{1,4}(?:\.\d{1,6})?\s?(?:cents?|c\b|¢)?)(?!\s?(?:a|per|/|each)\s?(?:call|request|req|query))")
# "a mil calls a month", "one bn tokens": one of a scale word, before the count it scales (never "a mil a month",
# which may be dollars)
_ONE_SCALE_WORD = screened(
    r"\b(?:a|one)\s(?P<s>mil|mill|mn|mm|bn)\b(?=\s(?:[a-z-]{2,15}\s)?(?:calls?|requests?|reqs?|queries|tokens?|toks?|"
    r"hits|messages|conversations|docs|documents|tasks|runs|prompts|completions)\b)"
)


# "at 100%, those PTUs serve ...", "at 100% the units push ...": what capacity carries at full load.
_AT_FULL = screened(r"\bat 100\s?%,?(?= (?:those|these|the|their|its|it|they|that)\b)")
# "on-demand for those tokens at 100% use would be $90k": the capacity used in full, said as a share
# (only before the amount it prices: "30% off at 100% utilization" stays a utilization)
_AT_FULL_USE = screened(r"\bat 100\s?%\s(?:use|usage|utili[sz]ation|util|load|capacity)\b(?=[^.;?!\n$]{0,40}\$)")
# "if they pushed that same capacity to 100% and paid on-demand": the capacity used in full, not a discount of 100%.
_PUSHED_TO_FULL = screened(r"\b(?P<v>pushed|push|ran|run|used|use|filled|fill|maxed|loaded)(?P<o> (?:that |the |this "
                           r"|all |their )?(?:same )?(?:capacity |reservation |commitment |ptus? |units )?)to 100\s?%")
# "paid on-demand for the tokens instead, that'd be 40k a month": an amount on-demand would be, with its scale, is
# dollars (not a count of calls).
def _would_be(route: str) -> ScreenedPattern:
    """An amount with its scale and period that ``route`` (a regex naming on-demand or direct) would cost."""
    return screened(
        r"\b" + route + r"\b(?P<mid>(?:(?!volume|usage)[^.;?!\n$\d]){0,60}?\b(?:(?:that'?d|that would|it'?d|"
        r"it would|would|could|might|should|will|they'?d) (?:be|cost|run(?: them| em)?|come to)|runs|costs|comes to) "
        r"(?:about |around |roughly |~)?)"
        r"(?<![\w.,$])(?P<n>\d{1,3}(?:\.\d{1,2})?)"
        r"(?P<s>k|m|\s?mil|\s?mn|\s?million)\b(?P<p>\s?(?:/|a|an|per)\s?(?:mo|mth|month|yr|year|wk|week|quarter)\b)")


_ON_DEMAND_WOULD_BE = _would_be(r"(?:on[- ]demand|payg)")
_DIRECT_WOULD_BE = _would_be("direct")
# "40k a month of direct-equivalent usage": an amount a period of what going direct costs, in dollars
_DIRECT_USAGE = screened(
    r"(?<![\w.,$])(?P<n>\d{1,3}(?:\.\d{1,2})?)(?P<s>k|m|mil|mn|million)\b(?P<p>\s?(?:/|a|an|per)\s?(?:mo|mth|month|yr|"
    r"year|wk|week|quarter)\b)(?=\sof\s(?:their\s|the\s)?direct(?:[- ](?:equivalent|list))?\s(?:usage|spend|bill))")


def _would_be_dollars(text: str) -> str:
    """"on-demand for those tokens would be 90k a month", "going direct would be about 40k a month": the amount each
    route would cost, in dollars (not a count of calls)."""
    if "demand" in text or "payg" in text:
        text = _ON_DEMAND_WOULD_BE.sub(lambda m: _dollars_said(m) + " on-demand", text)
    if "direct" in text:
        text = _DIRECT_USAGE.sub(_dollars_said, _DIRECT_WOULD_BE.sub(_dollars_said, text))
    return text


def _dollars_said(m: re.Match[str]) -> str:
    """The amount of a route's cost said without its sign ("90k a month", "1.5 mil a year"), as dollars."""
    return f"{m.group(0)[:m.start('n') - m.start()]}{_dollars(m)}{m.group('p')}"


# "12 MTok in, 3 MTok out a day": a count of millions of tokens (not "$3 per MTok", the rate's unit).
_MTOK_COUNT = screened(r"(?<!per )(?<!per 1 )(?<![\w.$,/])(?<!/ )(?P<n>\d{1,6}(?:\.\d{1,4})?)\s?(?P<u>m|k)toks?\b"
                       r"(?!\s?(?:/|per)\s?(?:hour|hr|day|month|mo)?\s?(?:unit|ptu))")
# "9M tok/hr in, 1.5M/hr out": a token count over a period with its side after the period, written as the scanner
# reads it ("9m input tokens/hr"). A count without a scale or the word tokens is left alone.
_PERIOD_THEN_SIDE = screened(
    r"(?<![\w.$/])(?P<q>\d{1,9}(?:\.\d{1,6})?)(?:\s?(?P<s>k|m|b|bn|mm)\b)?\s?(?P<t>tokens?|toks?)?\s?(?:/|per |an? )\s?"
    # (the side on the same line: "250k tokens/hour\noutput: ..." is the next line's label)
    r"(?P<p>hr|hour|day|month|mo|wk|week|min|minute|sec|second|yr|year)[ \t](?P<l>in|out|input|output)\b"
    r"(?:(?<=put)|(?=\s?(?:[,.;:)!?]|$|and\b|&|\+|at\b|@|\$|tokens?\b|toks?\b|24/7\b|around\b|round\b|all\b|every\b|during\b|over\b|for\b|on\b)))"
)


# "2,000 tok/s", "60 tokens/s": tokens a second, its period said in one letter.
_TOKENS_PER_S = screened(r"(?<=[\d\s~])(?P<t>tokens?|toks?|tkns?)\s?/\s?s\b(?![/.]\w)")
# "tokens/sec", "tok per hour": the periods token counts are stated over in the message.
_TOKENS_OVER = screened(r"\b(?:tokens?|toks?|tkns?)\s?(?:/|per |an? )\s?(?P<p>hr|hour|day|month|mo|wk|week|min|"
                        r"minute|sec|second|yr|year)\b")


def _period_then_side(m: re.Match[str], token_periods: frozenset[str] = frozenset()) -> str:
    # "2,000 tok/sec input and 500/sec output": a bare count over the period another token count names is tokens too
    if not (m.group("s") or m.group("t") or m.group("p") in token_periods):
        return m.group(0)
    side = "input" if m.group("l").startswith("in") else "output"
    return f"{m.group('q')}{m.group('s') or ''} {side} tokens/{m.group('p')}"


# "short prompt (~500 tokens) but long output (~4,000 tokens)", "brief in (~300 tokens)": a side named before its
# count in brackets. Not "a huge system prompt (~12k tokens)": that is the prefix each call repeats.
_SIDE_BRACKETED = screened(
    r"\b(?<!system )(?<!sys )(?P<l>prompts?|inputs?|in|outputs?|out|completions?|responses?|answers?|repl(?:y|ies))"
    r"\s?\(\s?(?P<q>~?\s?\d{1,3}"
    r"(?:,\d{3})*(?:\.\d{1,3})?\s?(?:k|m)?)\s?(?:tokens?|toks?)\s?\)"
)
# "1 write per 50 calls", "~1 miss in every 100 requests": every miss writes, so the rest of the calls are hits.
_WRITES_PER_CALLS = screened(
    r"(?<![\w.,$])~?(?P<a>\d{1,4}) (?:cache )?(?:writes?|miss(?:es)?) "
    r"(?:per|every|in|out of|for each|for every|in every) (?:every )?(?P<b>\d{1,3}(?:,\d{3})*|\d{1,7}) "
    r"(?:calls|requests|reqs|queries|messages)\b"
)


# "each write only gets ~3 hits before it expires", "about 4 hits per write": the hits each write serves, so every
# write is followed by that many hits (3 hits a write: 3 in 4 calls hit). Not "how many hits per write ...?".
_HITS_PER_WRITE = screened(
    r"\b(?:each|every|a|one|per|the) (?:cache )?(?:write|entry|cached prefix)"
    r"(?: only| just| then| typically| usually)? "
    r"(?:gets|serves|sees|is followed by|is read|is reused|is hit|yields|lasts for|covers|catches|picks up|"
    # "if the entry lives for 300 hits", "each cached prefix survives ~40 reads"
    r"lives for|lasts|survives|stays (?:warm|alive|live) for|is good for|is used for|is reused for|takes)"
    r"(?: only| just| about| around| roughly| maybe| ~|~)* ?(?P<a>\d{1,4}(?:\.\d{1,2})?) (?:more |further |other )?"
    r"(?:cache )?(?:hits?|reads?|reuses?|calls?|times)\b|"
    r"(?<![\w.,$])(?<!many )(?:~|about |around |roughly )?(?P<b>\d{1,4}(?:\.\d{1,2})?) (?:cache )?hits? "
    # ("~36 hits per hourly write": how often the write comes said between)
    r"(?:per|for each|for every|a|each|every) (?:(?:hourly|daily|fresh|new) )?(?:cache )?write\b(?! to\b)|"
    # "one write + 9 hits", "a write followed by 4 reads"
    r"\b(?:one|1|a|a single) (?:cache )?write,? (?:\+|plus|and|then|followed by|with)(?: then)? (?:~|about )?"
    r"(?P<c>\d{1,4}) (?:more |further |other )?(?:cache )?(?:hits|reads)\b"
)


_WORK_UNITS = r"(?:run|task|session|conversation|convo|job|ticket|workflow|case|claim|chat|agent run)"
# "each job: 1 write then 11 hits", "per session the first turn writes": the unit of work named just before.
_UNIT_BEFORE = screened(r"\b(?:each|every|per|of each|in each|of every|in every) (?P<unit>" + _WORK_UNITS
                        + r")\b[^.;!?\d]{0,40}$")
# "the first call of each run writes the cache and the other 11 hit it": a unit of work's calls, said as the first one
# writing and the rest hitting.
_FIRST_WRITES_OTHERS_HIT = screened(
    r"\bfirst (?:(?:call|turn|step|request|message|query|prompt|one) )?(?:(?:of|in) (?:each|every|a|the) (?P<unit>"
    + _WORK_UNITS + r") )?(?:writes|creates|populates|fills)\b[^.!?\d]{0,30}?\b(?:the )?(?:other|remaining|next|"
    r"following|later|rest of the) (?P<n>\d{1,3}) (?:(?:calls|turns|steps|requests|messages|queries) )?(?:all )?"
    r"(?:hit|hits|read|reads|are hits|are reads)\b"
)
# "each session writes the cache once on its first call, then makes seven more calls that all hit": the unit's first
# call writing, and so many more after it hitting.
_WRITES_ONCE_THEN_MORE_HIT = screened(
    r"\b(?:each|every) (?P<unit>" + _WORK_UNITS + r") writes (?:to )?(?:the |its )?(?:cache|prefix) once\b"
    r"[^.!?\d]{0,40}?\b(?:then|and|after that|afterwards)\b[^.!?\d]{0,20}?\b(?P<n>\d{1,3}) (?:more|further|other) "
    r"(?:calls|turns|steps|requests|messages|queries)\b(?=[^.!?]{0,50}\b(?:hit|hits|read from the cache|are hits)\b)"
)
# A unit's calls said outright ("each run makes 12 calls"): then the calls are not worked out from the hits.
_UNIT_CALLS_SAID = screened(r"\b\d{1,3} (?:[a-z]{2,8} )?(?:calls|turns|steps|requests)\b")


def _unit_calls(m: re.Match[str], hits: Decimal) -> str | None:
    """ "each job: 1 write then 11 hits" -> "12 calls per job, the first call writes the cache": the unit's calls, so a
    count of units a day is multiplied out and each unit writes once; None with no unit named just before."""
    unit = m.groupdict().get("unit") or None
    if unit is None:
        before = _UNIT_BEFORE.search(m.string, max(0, m.start() - 60), m.start())
        unit = before.group("unit") if before else None
    elsewhere = m.string[: m.start()] + " " + m.string[m.end() :]
    if unit is None or hits != hits.to_integral_value() or _UNIT_CALLS_SAID.search(elsewhere):
        return None
    return f"{_show(hits + 1)} calls per {unit}, the first call writes the cache"


def _first_writes_others_hit(m: re.Match[str]) -> str:
    calls = _unit_calls(m, Decimal(m.group("n")))
    return m.group(0) if calls is None else f"{m.group(0)} ({calls})"


def _hits_per_write(m: re.Match[str]) -> str:
    hits = Decimal(m.group("a") or m.group("b") or m.group("c"))
    calls = _unit_calls(m, hits) if m.group("c") else None
    if calls is not None:
        return calls
    return f"{_show(hits / (hits + 1) * 100)}% hit rate" if hits > 0 else m.group(0)


def _writes_per_calls(m: re.Match[str]) -> str:
    a, b = Decimal(m.group("a")), Decimal(m.group("b").replace(",", ""))
    return f"{_show((1 - a / b) * 100)}% hit rate" if 0 < a <= b else m.group(0)


_CALL_NOUNS = r"(?:calls|requests|reqs|queries|messages|prompts|invocations)"
# "a cache write roughly every 20 calls", "one cache write per 100 calls", "a write on maybe 1 in 4 calls", "writes on
# about 25% of calls", "20% of calls write": the share of calls that write (every miss writes, the rest are hits).
_WRITE_SHARE = screened(
    r"(?<![\w.,$])(?:(?P<one>a|an|one|a single) |~?(?P<a>\d{1,4}) )?(?:cache )?(?:writes?|miss(?:es)?|refresh(?:es)?)"
    r"(?: (?:roughly|about|around|approximately|maybe|perhaps|typically|usually|~))? "
    r"(?:on|per|every|in|out of|for each|for every|in every|once every)"
    r"(?: (?:roughly|about|around|approximately|maybe|perhaps|every|~))? ~?"
    r"(?:(?P<n>\d{1,4}) (?:in|out of) (?P<m>\d{1,3}(?:,\d{3})*|\d{1,7})|(?P<pct>\d{1,2}(?:\.\d{1,2})?) ?%(?: of)?|"
    r"(?P<b>\d{1,3}(?:,\d{3})*|\d{1,7}))(?: of)? (?:the |their |all )?" + _CALL_NOUNS + r"\b|"
    r"(?<![\w.,$])(?P<pct2>\d{1,2}(?:\.\d{1,2})?) ?% of (?:the |their |all )?" + _CALL_NOUNS
    + r" (?:(?:would|will|end up|ends up|wind up|are|is)\s)?(?:(?:being|be|as)\s)?(?:cache )?(?:writes?|write|"
    r"miss(?:es)?|missing)\b"
)


def _write_share(m: re.Match[str]) -> str:
    """The hit rate that leaves the stated share of calls writing ("1 write every 20 calls" -> 95% hit rate)."""
    if m.group("pct") or m.group("pct2"):
        share = Decimal(m.group("pct") or m.group("pct2")) / 100
    elif m.group("n"):
        if m.group("a"):
            return m.group(0)  # "2 writes on 1 in 4 calls": not one share
        share = Decimal(m.group("n")) / Decimal(m.group("m").replace(",", ""))
    else:
        count = Decimal(m.group("a")) if m.group("a") else Decimal(1) if m.group("one") else None
        if count is None:
            return m.group(0)  # "writes per 20 calls" with no count of writes
        share = count / Decimal(m.group("b").replace(",", ""))
    return f"{_show((1 - share) * 100)}% hit rate" if 0 < share < 1 else m.group(0)


# "2% of them will be cache writes", "2% of the 4,500 calls a day end up as writes": the share of the calls that write
# (every miss writes), the calls' count kept where it was said.
_SHARE_OF_CALLS_WRITES = screened(
    r"(?<![\w.,$])(?P<pct>\d{1,2}(?:\.\d{1,2})?) ?% of (?:(?:the|their|all|those|these) )?(?:(?P<calls>~?\d[\d,]*"
    r"(?:\.\d+)? ?(?:k|m)? (?:daily |hourly )?" + _CALL_NOUNS + r"(?: ?(?:/|a|an|per|each) ?(?:day|hour|week|month))?)"
    r"|them|those|these|" + _CALL_NOUNS + r"),? (?:(?:would|will|end up|ends up|wind up|are|is)\s)?"
    r"(?:(?:being|be|as)\s)?(?:cache )?(?:writes?|miss(?:es)?|missing)\b"
)


def _share_of_calls_writes(m: re.Match[str]) -> str:
    share = Decimal(m.group("pct"))
    if not 0 < share < 100:
        return m.group(0)
    rate = f"{_show(100 - share)}% hit rate"
    return f"{m.group('calls')}, {rate}" if m.group("calls") else rate


_COUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?: ?k\b)?"
_HITS_SAID = (r"(?:(?:will|would|should|are|is|end up|ends up|turn out|wind up|to)\s)?(?:(?:be|being|as)\s)?"
              r"(?:cache\s)?(?:hits|hit the cache|hit it|read from the cache|read the cache|hit)\b(?! rate| ratio)")
# "4,500 calls a day and 4,410 of them hit the cache", "of those 4,500, about 4,410 will be hits": the hits counted
# among the calls, so the rest of the calls are the writes (every miss writes), said as such.
_HITS_OF_CALLS = screened(
    r"(?<![\w.,$])(?P<n>" + _COUNT + r") (?:daily |hourly )?" + _CALL_NOUNS + r"\b(?P<mid>[^.?!\d\n]{0,40}?)"
    r"(?:(?<![\w.,$])(?P<h>" + _COUNT + r") of (?:them|those|these|which|the calls|the requests) |"
    # "2,416 calls an hour; of those, 2,400 are cache hits"
    r"\bof (?:those|them|these|which),? (?:about |around |roughly |~)?(?<![\w.,$])(?P<h3>" + _COUNT + r") )"
    + _HITS_SAID + r"|"
    r"\bof (?:those|these|them|the) (?P<n2>" + _COUNT + r")(?: (?:daily |hourly )?" + _CALL_NOUNS + r")?\b"
    r"(?P<mid2>[^.;?!\d\n]{0,30}?)(?<![\w.,$])(?P<h2>" + _COUNT + r") " + _HITS_SAID
)


def _count(text: str) -> Decimal:
    said = text.replace(",", "").replace(" ", "").lower()
    return Decimal(said[:-1]) * 1000 if said.endswith("k") else Decimal(said)


def _hits_of_calls(m: re.Match[str]) -> str:
    """The hits among the calls said as the calls that write (the calls less the hits)."""
    said = "h" if m.group("h") else "h3" if m.group("h3") else "h2"
    start = m.start(said)
    calls, hits = _count(m.group("n") or m.group("n2")), _count(m.group(said))
    if not 0 < hits < calls:
        return m.group(0)
    lead = m.string[m.start() : start]
    return f"{lead}{_show(calls - hits)} {'of them ' if m.group('h') else ''}will be cache writes"


# "the cache gets rewritten roughly 200 times a day": that many writes.
_WRITTEN_TIMES = screened(
    r"\b(?:re-?written|rewrites?|written|re-?cached|re-?created|refreshed|rebuilt|re-?populated|re-?warmed)"
    r"(?: (?:roughly|about|around|approximately|maybe|perhaps|some|~))? ~?(?P<n>\d{1,7}(?:,\d{3})*(?:\.\d{1,2})?"
    r"(?: ?k)?) times\b"
)
# "figure one write per hour", "a cache write every 10 minutes": one write each interval (read as a rewrite schedule).
_ONE_WRITE_PER_INTERVAL = screened(
    r"\b(?:one|a|1|a single) (?:cache )?(?:write|refresh|rewrite|re-?write) (?:roughly |about |around |~)?"
    r"(?:per|an|a|each|every) (?:(?P<n>\d{1,3}) )?(?P<u>hours?|hrs?|minutes?|mins?)\b"
)
# "200 writes a day out of 40k calls": the calls are counted over the writes' period.
_WRITES_OUT_OF_CALLS = screened(
    r"(?P<w>\bwrites?\s?(?:a|an|per|/|each)\s?(?P<p>day|hour|week|month)) (?P<o>out of|of|from|across|over) "
    r"(?P<c>~?\d{1,7}(?:,\d{3})*(?:\.\d{1,2})?(?: ?(?:k|m|thousand|million))? " + _CALL_NOUNS + r")\b"
    r"(?!\s?(?:a|an|per|/|each|every)\s?(?:day|hour|week|month|year|min|minute|second)\b)"
)
# "18k cache hits and 40 cache writes a day", "16 cache writes and 2,400 cache hits per hour": one period said after a
# list of counts of the cache's hits, writes or misses (and the calls) is every count's period.
_COUNT_ITEM = (r"(?<![\w.,$/])~?\s?\d[\d,]*(?:\.\d+)?\s?(?:[kKmM]|mm|MM|thousand|million)?\s"
               r"(?:cache\s|cached\s)?(?:hits|writes|misses|re-?writes|calls|requests)\b")
_COUNT_JOIN = (r"(?:\s?,\s?(?:and\s|plus\s)?|\s(?:and|plus|&)\s|\s?\+\s?)"
               r"(?:(?:about|around|roughly|maybe|approx\.?|approximately|some)\s)?")
_COUNT_LIST_PERIOD = screened(
    r"(?P<items>" + _COUNT_ITEM + r"(?:" + _COUNT_JOIN + _COUNT_ITEM + r"){1,2})"
    r",?(?P<p>\s?(?:/|a|an|per|each|every)\s?(?:day|hour|hr|week|month|year)|\s(?:daily|hourly|weekly|monthly))\b"
    r"(?!\s?(?:/|a|an|per|each|every)\s?(?:call|request|run|session|user)\b)"
)
# "per day: 9,000 cache hits and 1,000 cache writes", "daily: 2.2M cache hits + 40k cache writes", "each hour, ~2,400
# hits and ~16 writes": a period heading a list of such counts is each count's period.
_PERIOD_HEADS_COUNTS = screened(
    r"(?P<head>(?:\b(?:per|each|every|a) (?P<noun>day|hour|week|month)|\b(?P<adj>daily|hourly|weekly|monthly)"
    r"(?: (?:volumes?|numbers|counts|traffic|usage))?)(?:\s?[:\-]\s?|,\s|\s(?=[~\d]))"
    r"(?:(?:about|around|roughly|approx\.?|approximately|maybe|some)\s)?)"
    r"(?P<items>" + _COUNT_ITEM + r"(?:" + _COUNT_JOIN + _COUNT_ITEM + r"){0,2})"
    r"(?!\s?(?:/|a|an|per|each|every|in|out of|of)\b|\s?(?:daily|hourly|weekly|monthly)\b)"
)
_HEAD_PERIODS = {"day": " a day", "hour": " an hour", "week": " a week", "month": " a month", "daily": " a day",
                 "hourly": " an hour", "weekly": " a week", "monthly": " a month"}
_COUNT_ITEM_RX = screened(_COUNT_ITEM)
_CACHE_COUNT_NOUN = screened(r"\b(?:hits|writes|misses|re-?writes)\b")


def _period_heads_counts(m: re.Match[str]) -> str:
    """The heading's period after each count it heads (only counts of the cache's hits or writes)."""
    items = m.group("items")
    if not _CACHE_COUNT_NOUN.search(items):
        return m.group(0)
    period = _HEAD_PERIODS[(m.group("noun") or m.group("adj")).lower()]
    return m.group("head") + _COUNT_ITEM_RX.sub(lambda i: i.group(0) + period, items)


def _count_list_period(m: re.Match[str]) -> str:
    """Each count in the list followed by the list's period (only a list that counts the cache's hits or writes)."""
    items = m.group("items")
    if not _CACHE_COUNT_NOUN.search(items):
        return m.group(0)
    return _COUNT_ITEM_RX.sub(lambda i: i.group(0) + m.group("p"), items)


# "calls come in at random, about one every 2 minutes", "random arrivals, roughly one every 90 seconds": a call every
# interval, the noun said before its count.
_ONE_EVERY = screened(
    r"\b(?P<lead>(?:calls?|requests?|arrivals?|queries|traffic)\b[^.;:?!\d\n]{0,40}?)"
    r"\b(?:one|1)(?: (?:call|request))? every\b"
)
# "(3 in / 0.30 read / 3.75 write)", "3 in, 3.75 write, 0.30 read": bare prices with their labels after them, in a list
# that names a cache read or write price (input above the read and at most the write). Items joined by a plain space
# are prices only when the later one has its cents ("15 in 1.50 cache read", never "2 in 5 writes fail").
_LABEL_AFTER = r"(?:in|input|reads?|cached|cache reads?|cache hits?|hits?|writes?|cache writes?)"
# ("2.50 in, $0.25 cached read": one said in cents; never "40 cache writes per day": a count)
_PRICE_ITEM = (r"\$?\d{1,3}(?:\.\d{1,4})? " + _LABEL_AFTER
               + r"\b(?!\s?(?:per|a|an|/|each|every)\s?(?:day|hour|hr|week|month|mo|year|call|minute|min)\b)")
_BARE_CACHE_PRICES = screened(
    # "15 in 1.50 cache read": a plain space between the items too
    r"(?<![\w.,$/])" + _PRICE_ITEM + r"(?:(?: ?(?:/|,|;|and|&) ?| )" + _PRICE_ITEM
    + r"){1,3}\b(?!\s?(?:tokens?|toks?|k|m)\b)"
)
_PRICE_ITEM_RX = screened(r"\$?(?P<n>\d{1,3}(?:\.\d{1,4})?) (?P<l>" + _LABEL_AFTER + r")\b")


def _bare_cache_prices(m: re.Match[str]) -> str:
    said = list(_PRICE_ITEM_RX.finditer(m.group(0)))
    if any(not m.group(0)[a.end():b.start()].strip() and "." not in b.group("n") for a, b in itertools.pairwise(said)):
        # "2 in 5 writes fail", "1 in 4 reads": whole numbers joined by a plain space are a ratio; a price after a
        # plain space is written with its cents ("15 in 1.50 cache read")
        return m.group(0)
    items = [(Decimal(i.group("n")), i.group("l")) for i in said]
    kinds: dict[str, Decimal] = {}
    for value, label in items:
        kind = ("input" if label in ("in", "input") else "write" if "writ" in label else "read")
        if kind in kinds:
            return m.group(0)
        kinds[kind] = value
    read, write, inp = kinds.get("read"), kinds.get("write"), kinds.get("input")
    if read is None and write is None:
        return m.group(0)  # "3 in" alone is a count of input tokens as often as a price
    ordered = (inp is None or ((read is None or read < inp) and (write is None or write >= inp))) and (
        read is None or write is None or read < write)
    if not ordered:
        return m.group(0)
    return _PRICE_ITEM_RX.sub(lambda i: f"${i.group('n')} {i.group('l')}", m.group(0))


# "in 3, read 0.3, write 3.75 (per M)", "input 2.5 / cached 0.25 / write 3.125": each cache price after its label, with
# the input price among them (read as "$3 in, $0.3 read, $3.75 write" when read < input <= write).
_LABEL_FIRST = r"(?:input|in|base|cache reads?|cached|reads?|cache hits?|hits?|cache writes?|writes?)"
_LABEL_FIRST_ITEM = _LABEL_FIRST + r"\s?[:=]?\s?\$?\d{1,3}(?:\.\d{1,4})?(?!\d|[.,]\d|\s?(?:k|m|b|%|x|tokens?|toks?)\b)"
_LABEL_FIRST_PRICES = screened(
    r"(?<![\w.$/-])" + _LABEL_FIRST_ITEM + r"(?: ?(?:/|,|;|and|&) ?" + _LABEL_FIRST_ITEM + r"){1,3}"
)
_LABEL_FIRST_ITEM_RX = screened(r"(?P<l>" + _LABEL_FIRST + r")\s?[:=]?\s?\$?(?P<n>\d{1,3}(?:\.\d{1,4})?)")


def _label_first_prices(m: re.Match[str]) -> str:
    kinds: dict[str, Decimal] = {}
    for item in _LABEL_FIRST_ITEM_RX.finditer(m.group(0)):
        label = item.group("l")
        kind = ("input" if label in ("in", "input", "base") else "write" if "writ" in label else "read")
        if kind in kinds:
            return m.group(0)
        kinds[kind] = Decimal(item.group("n"))
    read, write, inp = kinds.get("read"), kinds.get("write"), kinds.get("input")
    if inp is None or (read is None and write is None) or (read is not None and not read < inp) or (
            write is not None and not write >= inp):
        return m.group(0)  # "in 3 writes 5": no input price beside a cache price, or out of order
    said = {"input": "in", "read": "read", "write": "write"}
    return ", ".join(f"${value} {said[kind]}" for kind, value in kinds.items())


# "prompt cache writes, 10k-token prefix: 1,460": an invoice line's count of cache events, the prefix they carry named
# in its description (the count is the events', never the prefix's size)
_CACHE_EVENTS_OF_PREFIX = screened(
    r"(?m)^(?P<lead>[ \t]*)(?:prompt )?cache (?P<k>writes|reads|hits|creations),? (?P<p>\d{1,3}(?:,\d{3})*(?:\.\d)?k?)"
    r"[- ]tokens? prefix ?: ?(?P<n>\d{1,3}(?:,\d{3})+|\d{1,9})(?![\d.,]\d)")


def _cache_events_of_prefix(m: re.Match[str]) -> str:
    kind = "writes" if m.group("k") in ("writes", "creations") else "hits"
    return f"{m.group('lead')}{m.group('n')} cache {kind}, {m.group('p')}-token prefix"


# A spreadsheet row or key: value pairs: "prefix_tokens: 4,800 | calls/day: 12,000": each value with its key's words.
_KEY_VALUE = screened(
    r"\b(?:(?P<prefix>(?:cached |static |shared )?(?:prefix|system[ _]prompt|preamble)(?:[ _](?:tokens|toks|size|len|"
    r"length))?)|(?P<calls>calls|requests|reqs|queries)(?: ?/ ?|[ _]per[ _]|[ _](?:last |this |a )?)"
    # "calls last month: 1,200,000": the period the count was taken over ("calls per business day: 18k")
    r"(?P<biz>(?:business|working|work)[ _](?=day))?(?P<p>day|hour|hr|month|mo|week|quarter|qtr|year|yr)|"
    r"(?P<adj>daily|hourly|monthly|weekly|quarterly|yearly|annual)[ _](?P<calls2>calls|requests|reqs|queries|volume)|"
    r"(?P<writes>(?:cache[ _])?(?:writes|hits))(?: ?/ ?|[ _]per[ _]|[ _])(?P<wp>day|hour|month|week))"
    r" ?[:=] ?(?P<v>~?\d{1,7}(?:,\d{3})*(?:\.\d{1,2})?(?: ?(?:k|m)\b)?)(?(prefix)(?: (?:tokens?|toks?)\b)?)"
    r"(?! ?(?:%|\$|/)|\d|[.,]\d|-|[a-z])"
    # "monthly volume: 200M input, 50M output": counts of tokens under a volume heading, not calls (but "shared
    # prefix: 12,000 tokens" is the prefix's size)
    r"(?(prefix)|(?! ?(?:(?:bn|mn|mm|[kmb]) ?)?(?:input|output|in|out|tokens?|toks?|tkns?)\b))"
    # "4k prefix: 1 write then 9 hits": what happens to the prefix, counted, not its size
    r"(?! ?(?:cache )?(?:writes?|hits?|reads?|misses|miss)\b)"
    # "4,000 calls a week: 200 of them are misses": a part of the count said before the colon, never the count
    r"(?! of (?:them|those|these|which|the)\b)"
    # "a 7,000-token prefix: 2,000 calls/day": a count of calls after a prefix already sized, never its size
    r"(?! ?(?:[kmb] ?)?(?:calls?|requests?|reqs?|queries|sessions?|users?)\b)"
)
# "tokens per month: 9bn", "input tokens/day = 40M", "tokens served per month: 9bn", "tokens the units serve per day:
# 400M input": a period's tokens as a key.
# (a key opening its line: "load in thousands of tokens per hour: 12 hrs at 300" is a heading over rows)
_TOKENS_KEY_VALUE = screened(
    r"(?m)(?:^|(?<=[;|]) ?)[ \t]*(?P<side>input |output |total )?(?:tokens|toks)(?: (?:served|processed|consumed|used|"
    # ("tokens those units will serve per day: 400M input": who serves them between)
    r"generated|handled|sent|billed)| (?:those|these|the|they|their|we|it|our) [a-z0-9 ]{1,30}?)? ?(?:/|per|a) ?"
    r"(?P<p>day|week|month|mo|hour|hr|quarter|year) ?[:=] ?"
    r"(?P<v>~?\d{1,7}(?:,\d{3})*(?:\.\d{1,3})?) ?(?P<s>k|m|mm|mn|b|bn|thousand|million|billion)?\b"
    r"(?! ?(?:%|\$|/|hrs?\b|hours?\b|h\b|days?\b|mins?\b|minutes?\b|x\b))"
)


# "input tokens: 52m / mo", "output tokens (chat): 9m a month", "tokens those units serve: ~12bn / month": tokens (of a
# side) as a key, their period after the value.
_SIDE_TOKENS_KEY = screened(
    # ("served_input_tokens | 6bn | per month": what the tokens are said first)
    r"(?m)(?:^|(?<=[;|,.]))(?P<lead>[ \t]*)(?:(?:served|processed|billed|consumed|expected|forecast|projected|"
    r"estimated|used) )?(?:(?P<side>input|output|prompt|completion) )?(?:tokens|toks)"
    r"(?: (?:those|these|the|they|their|we|it|our) [a-z ]{1,30}?)?"
    r"(?: \([^()\n]{1,30}\))? ?[:=]{1,2} ?(?P<v>~?\d{1,7}(?:,\d{3})*(?:\.\d{1,3})?) ?"
    r"(?P<s>k|m|mm|mn|b|bn|thousand|million|billion)?\b"
    r"(?= ?(?:/|a|an|per|each|every) ?(?:day|week|month|mo|hour|hr|quarter|year)\b)"
)


# "of which cache writes: 300", "of which hits = 4,700": a share of the calls counted as a key (a sheet's row).
_OF_WHICH_KEY = screened(
    r"\bof which (?:cache[ _]|cached[ _])?(?P<w>writes|hits|reads|misses) ?[:=] ?"
    r"(?P<v>~?\d{1,3}(?:,\d{3})+|~?\d{1,7}(?:\.\d{1,3})?(?: ?k\b)?)(?![\d.%]|,\d)")


# "4.5bn prompt tokens, 3.6bn cached tokens" (a usage export's columns): the prompt tokens count the cached ones, so the
# bill's lines are the cached tokens read and the rest sent uncached.
_PROMPT_AND_CACHED = screened(
    r"(?<![\w.$,])(?P<p>\d{1,4}(?:\.\d{1,3})?) ?(?P<ps>k|m|mm|b|bn)? (?:prompt|input) tokens,? (?:of which |incl\.? |"
    r"including )?(?P<c>\d{1,4}(?:\.\d{1,3})?) ?(?P<cs>k|m|mm|b|bn)? cached(?: input)? tokens\b")


def _prompt_and_cached(m: re.Match[str]) -> str:
    prompt = Decimal(m.group("p")) * _SCALES[m.group("ps") or ""]
    cached = Decimal(m.group("c")) * _SCALES[m.group("cs") or ""]
    if not 0 < cached < prompt:
        return m.group(0)
    return f"{_show(cached)} cache read tokens and {_show(prompt - cached)} uncached input tokens"


# "cache_read_calls (7d)   23,100", "cache write calls (30d): 700": a usage export's counts of hits and writes over the
# days in brackets.
_CACHE_CALLS_KEY = screened(
    r"(?m)^(?P<lead>[ \t]*)cache[_ ](?P<k>read|hit|write|creation)s?[_ ](?:calls|requests|count)[ \t]*"
    r"\((?P<d>1|7|30|31)d\)[ \t]*:?[ \t]*(?P<v>\d{1,3}(?:,\d{3})+|\d{1,9})[ \t]*$")
_DAYS_PERIOD = {"1": "a day", "7": "a week", "30": "a month", "31": "a month"}


def _cache_calls_key(m: re.Match[str]) -> str:
    kind = "cache writes" if m.group("k") in ("write", "creation") else "cache hits"
    return f"{m.group('lead')}{m.group('v')} {kind} {_DAYS_PERIOD[m.group('d')]};"


# "recreated every hour around the clock (24 per day)": a count in brackets restating the writes just said, not calls.
_WRITES_RESTATED = screened(
    r"(?P<w>\b(?:re-?creat|creat|writ|refresh|rebuil)\w*\b[^.;\n()]{0,40}?)\s?\((?P<n>\d{1,4}) (?:per|a|/) ?"
    r"(?P<p>day|week|month)\)")
# "~3,500 tokens going in and ~600 coming out", "2k tokens that go in": a side said with a verb of motion.
_SIDE_MOTION = screened(r"(?<=\d)(?P<t> (?:tokens? |toks? )?)(?:going|coming|that go|that come|which go|sent) "
                        r"(?P<side>in|out)\b")
# "Avg prompt ...... 1,200 tokens", "typical completion: 350": a call's side as a key on a line of its own.
_CALL_SIDE_KEY = screened(
    r"(?m)^(?P<lead>[ \t]*)(?:(?P<avg>avg|average|typical|mean) )?(?P<side>prompt|completion|input|output)"
    r"(?: (?:size|length|tokens))? ?: ?(?P<v>~?\d{1,3}(?:,\d{3})*|~?\d{1,7}(?:\.\d{1,2})? ?k?)(?: tokens?)?"
    r"[ \t]*;?[ \t]*$")


def _call_side_key(m: re.Match[str]) -> str:
    if m.group("avg") is None and m.group("side") in ("input", "output"):
        return m.group(0)  # "input: 2,000": a count or a volume, left to the readers that know which
    side = "input" if m.group("side") in ("prompt", "input") else "output"
    return f"{m.group('lead')}{m.group('v')} {side} tokens per call;"


def _side_tokens_key(m: re.Match[str]) -> str:
    said = m.group("side")
    side = "" if said is None else "input " if said in ("input", "prompt") else "output "
    return f"{m.group('lead')}{m.group('v')}{m.group('s') or ''} {side}tokens"


def _tokens_key_value(m: re.Match[str]) -> str:
    period = PERIOD_WORDS.get(m.group("p"), m.group("p"))
    return f"{m.group('v')}{m.group('s') or ''} {m.group('side') or ''}tokens a {period}"


def _key_value(m: re.Match[str]) -> str:
    value = m.group("v")
    if m.group("prefix"):
        return f"{value} token prefix"
    if m.group("writes"):  # "hits/day: 25k", "cache_writes_per_day: 400"
        return f"{value} {m.group('writes').split()[-1].split('_')[-1]}/{m.group('wp')}"
    if m.group("biz"):
        return f"{value} calls per business {m.group('p')}"
    period = m.group("p") or m.group("adj")
    return f"{value} calls/{PERIOD_WORDS.get(period, period)}"


# "$3/$0.30/$3.75" in a caching ask: input, cache read and cache write, read below input below write.
# "$3/0.30/3.75", "3 / 0.30 / 3.75 per m": the same three prices with the dollar sign on some or none of them (read
# only in that order, below input below write, so a date or a ratio is never taken for prices).
_CACHE_TRIPLE = screened(
    r"(?<![\w.$/])\$?(?P<a>\d{1,4}(?:\.\d{1,6})?)\s?/\s?\$?(?P<b>\d{1,4}(?:\.\d{1,6})?)\s?/\s?\$?"
    r"(?P<c>\d{1,4}(?:\.\d{1,6})?)"
    r"(?!\d|\.\d|\s?/\s?\$?\d|\s?(?:in|input|out|output|read|reads|write|writes|cached|k|m(?!\s?tok)|b|%|x)\b|\s?%)"
)


def _cache_triple(m: re.Match[str]) -> str:
    a, b, c = (Decimal(m.group(k)) for k in "abc")
    if "$" not in m.group(0) and ("." not in m.group("b") or c > 2 * a):
        return m.group(0)  # bare, a cache read is a fraction and a write at most twice the input ("12/5/20" is a date)
    if b < a < c:
        return f"${m.group('a')} input / ${m.group('b')} cache read / ${m.group('c')} cache write"
    return m.group(0)


# "only runs on working days, call it 22 a month", "weekdays only (~21/mo)": the days a month it runs, counted after
# the word for them.
_WORKING_DAYS_COUNTED = screened(
    r"\b(?P<w>working days?|business days?|work ?days?|weekdays?)\b(?P<mid>[^.;?!\n\d$%]{0,40}?)"
    r"(?<![\w.,$])(?P<n>[12]\d|3[01]|[1-9])\s?(?:days?\s)?(?:a|per|/|each|every|in a)\s?(?:month|mo)\b"
)
# "calls were ~1,200 tokens; now prompts have grown to ~3,000 tokens per call", "requests used to be 800 tokens, now
# they're up to 2k": the whole call's size again (at the mix said), after the size it had before.
_CALL_SIZE_WAS = screened(
    r"\b(?:calls?|requests?|prompts?)\s(?:were|was|used to be|averaged|started at|started out at|are|is|average|"
    r"run|averages)\s(?:about |around |"
    r"roughly |~\s?)?\d[\d,.]{0,12}\s?k?\s?(?:tokens?|toks?)?\b"
)
_CALL_SIZE_GROWN = screened(
    r"\b(?:(?:the |our |their )?(?:calls?|requests?|prompts?)|they|it)(?: have| has|'ve)?"
    r"(?: since| now| already| recently)? (?:grown|grew|gone up|went up|grows?|goes up|go up|rises?|increases?|"
    r"jumps?|"
    r"risen|rose|climbed|jumped|crept up|increased) to (?P<q>~?\s?\d[\d,.]{0,12}+(?:\s?k\b)?)(?![\d,.])"
    r"(?!\s?(?:tokens?\s|toks?\s)?(?:in|input|out|output)\b|\s?/|\s?\+)"
    r"(?: tokens?| toks?)?(?: (?:per|a|each) (?:call|request))?"
)
_PER_D = screened(r"(?<=[a-z0-9])\s?/\s?d\b(?!\.)")
# "1 shift/day", "one shift a day", "a single shift per day": one shift a day, so a shift's volume is a day's.
_ONE_SHIFT_A_DAY = screened(r"\b(?:1|one|a single|single|a) shift\s?(?:/|a|per|each)\s?day\b")
# "22 shifts/mo", "20 shifts a month": the days a month the shifts run.
_SHIFTS_A_MONTH = screened(r"(?<![\w.,])(?P<n>\d{1,2}) shifts\s?(?:/|a|per|each|in a)\s?(?P<p>mo|month)\b")
# "120 turns per shift", "40 calls each shift", "a shift": a volume over a shift.
_PER_SHIFT = screened(r"\b(?P<w>per|a|an|each|every|/)\s?shift\b(?!\s?(?:/|a|per|each)\s?day\b)")


def _shifts(text: str) -> str:
    """A volume per shift read as a day's, where one shift a day is said or the shifts are counted by the month
    ("120 turns each per shift, 1 shift/day, 22 shifts/mo" -> "120 turns each per day, one shift a day, 22 days/mo").
    With more shifts a day (or none said, and no shifts a month) a shift is left as written."""
    one_a_day = _ONE_SHIFT_A_DAY.search(text) is not None
    several = re.search(r"\b(?:[2-9]|two|three|four) shifts\s?(?:/|a|per|each)\s?day\b", text) is not None
    if several or not (one_a_day or _SHIFTS_A_MONTH.search(text)):
        return text
    text = _ONE_SHIFT_A_DAY.sub("one shift a day", text)
    text = _SHIFTS_A_MONTH.sub(lambda m: f"{m.group('n')} days/{m.group('p')}", text)
    return _PER_SHIFT.sub(lambda m: f"{'per' if m.group('w') == '/' else m.group('w')} day", text)


# --- the pass -------------------------------------------------------------------------------------------


# A cell of a spreadsheet row pasted with pipes between cells: "in rate 1.10", "monthly out: 35m", "price/m in = $3".
# ("tokens/unit-hr @ full load 3,000,000", "on-demand blended $/1m 10.00": a unit's load or a unit price in the key)
# ("input_per_1M 2.50": the price's unit in the key)
_ROW_CELL = screened(r"(?P<key>[a-z$](?:[a-z /_.()$@-]|(?:(?<=\$/)|(?<=per )|(?<=per_))1(?=m\b)){0,30}?)\s?[:=]?\s?"
                     r"(?P<usd>\$)?\s?"
                     r"(?P<val>\d{1,15}(?:,\d{3}){0,5}(?:\.\d{1,6})?)\s?(?P<scale>k|m|mm|mn|b|bn|bil)?")
# "$/unit-hr", "price per PTU-hour", "unit hour rate": a key whose value is the price of a unit-hour
# "/unit-hr", "per PTU-hour": a price's or a throughput's unit, one unit's hour
# ("Price/PTU/hr", "$ per GSU per hour": the hour after a slash or "per" too)
PER_UNIT_HOUR = r"\s?(?:/|per)\s?(?:unit|ptu|gsu|mu|model unit)(?:[- ]?|\s?/\s?|\sper\s)(?:hour|hr|h)"
_UNIT_HOUR_KEY = screened(r"(?:\$|usd|price|rate|cost)" + PER_UNIT_HOUR + r"|"
                          r"(?:unit|ptu)[- ]?(?:hour|hr) (?:price|rate|cost)|"
                          # ("hourly_rate_per_unit: 9.75 USD": the hour said first)
                          r"hourly (?:price|rate|cost) per (?:unit|ptu|mu|model unit)")
# "units", "ptus", "model units": a column of capacity units
_UNITS_KEY = screened(r"(?:(?:model|capacity|provisioned) )?(?:units?|ptus?|gsus?)(?: reserved| committed)?")
# "prefix_tok 3,400", "system prompt tokens 6,000": the size of the prefix repeated on every call
# ("cached prefix per call (tokens): 3,000": the call it is sent with)
_PREFIX_KEY = screened(r"(?:cached |shared |static |fixed |common )?(?:prefix|system prompt|preamble)"
                       r"(?: tok(?:en)?s?| size| len(?:gth)?)?(?: (?:per|a|each) (?:call|request))?"
                       r"(?: \(?tok(?:en)?s\)?)?")
# "tokens/unit-hr @ full load", "tokens per unit-hour": what one unit serves in an hour
_UNIT_TPH_KEY = screened(r"(?:tokens?|toks?)" + PER_UNIT_HOUR
                         + r"(?:\s?(?:@|at)\s?(?:full|100%)(?: load| use| utili[sz]ation)?)?")
# "on-demand blended $/1M", "blended rate per 1m": the on-demand blended price per million tokens
_BLENDED_KEY = screened(r"(?P<od>on[- ]demand |od |payg )?blended(?: rate| price)?(?:\s?(?:\$\s?)?(?:/|per)\s?"
                        r"(?:1\s?)?(?:m|mtok|million))?")
# A column or key named by the channel its prices are bought through ("direct $/MTok in", "Bedrock $/MTok in").
_CELL_ROUTE = screened(r"\b(?:direct|bedrock|azure|vertex|aws|gcp)\b")
_CELL_SIDE = {"input": screened(r"\b(?:in|input|inputs|prompt|prompts)\b"),
              "output": screened(r"\b(?:out|output|outputs|completion|completions)\b")}
_CELL_RATE = screened(r"\b(?:rate|price|usd|cost)\b|\$|/\s?m(?:tok)?\b|\bper\s?(?:1\s?)?(?:m|mtok|million)\b")
_CELL_PERIOD = {"a month": screened(r"\b(?:monthly|month|mo|per month|/mo)\b"),
                # ("input_tokens_per_workday: 3.5M": a day of traffic, the month's working days said apart)
                "a day": screened(r"\b(?:daily|day|per day|/day|workdays?|business days?|working days?|bdays?|"
                                  r"biz days?)\b"),
                "an hour": screened(r"\b(?:hourly|hour|hr|per hour)\b"),
                # ("calls_per_min 3": the calls of a minute)
                "a minute": screened(r"\b(?:min|minute|per min|per minute|/min)\b"),
                "a week": screened(r"\b(?:weekly|week|wk|per week)\b"),
                "a quarter": screened(r"\b(?:quarterly|quarter|qtr|per quarter)\b"),
                "a year": screened(r"\b(?:yearly|annual|annually|year|yr|per year)\b")}
# "active_hrs_per_day", "hours per day": the hours a day the traffic runs, keyed
_ACTIVE_HOURS_KEY = screened(r"(?:active |busy |operating |open |business |working )?(?:hrs|hours) ?(?:per|a|/) ?day")
# ("req/day", "call per hour": the count's noun said short, before its period)
_CALLS_KEY = screened(r"\b(?:calls|requests|reqs|(?:req|call|request)(?=\s?(?:/|per\b))|queries|api calls|"
                      r"conversations|convos|chats|sessions|tickets|"
                      r"documents|docs|messages|tasks|jobs|transactions|invoices)\b")
_CELL_CALLS = screened(r"\b(?:calls|requests|reqs)\b(?!\s?(?:/|per))|^(?:calls|requests|reqs)")
_CELL_PER_CALL = screened(r"(?:/|\bper |\ba |\beach )\s?(?:call|request|req|query)\b")
_CELL_TOKENS = screened(r"\b(?:tokens?|toks?|tok)\b")
_CELL_SIDE_ALONE = screened(r"^(?:avg |average |typical )?(?:in|input|out|output|prompt|completion)$")
# Columns set apart by two or more spaces, as a pasted table or a `key    value` line keeps them.
_COLUMNS = screened(r" {2,}|\t")
_TABLE_NUMBER = screened(r"~?\$?\d[\d,]{0,20}(?:\.\d{1,6})?\s?(?:k|m|mm|mn|b|bn|bil)?")
_ROW_MAX_CELLS = 40
_ASIDE_CELL = screened(r"\([^()\n]{1,80}\)")
_ARROW = screened(r"\s(?:->|=>|→)\s")
_CELL_PERCENT = screened(r"~?\d{1,3}(?:\.\d{1,4})?\s?%")


# A caching sheet's keys ("prefix_tokens", "read $/MTok", "write $/MTok", "hit_rate"): the prefix, the cache prices and
# the hit rate, each said as the phrase the scanner reads.
_CELL_PREFIX = screened(r"^(?:(?:cached|cache|static|shared|stable|common|fixed) )?(?:prefix|system prompt|sys prompt|"
                        r"preamble|context|cached context)"
                        r"(?: (?:tokens|toks|size|length|len))?(?: \(?tokens\)?)?$")
# "cached_tokens = 40,000", "corpus_tokens: 240000": what is cached, a prefix when it is a call's size (a count in the
# billions is a usage line, read below)
_CELL_CACHED_SIZE = screened(r"^(?:cached|cache|corpus) (?:tokens|toks|size)$")
# ("hit rate: 0.85" is a share of calls, never a price)
_CELL_CACHE_PRICE = screened(r"^(?:cache )?(?P<k>reads?|cached(?: input)?|"
                             r"hits?(?! (?:rate|ratio|%|pct|percent|share)\b)|writes?|creation|input cached)\b")
# "model_rate_cache_read_per_mtok", "list price cache write": what kind of figure a key holds, said before what it is
_KEY_QUALIFIERS = screened(r"^(?:(?:model|list|unit|token|rate|price|pricing|usd)\s){1,3}")
_CELL_HIT_RATE = screened(r"^(?:cache )?hit(?: rate| ratio| share| fraction| %|%)?$")
_CELL_UTILIZATION = screened(r"^(?:(?:forecast|expected|avg|average|sustained|mean|projected|planned|est|estimated) )?"
                             r"(?:util|utili[sz]ation|utili[sz]ed)$")
_CELL_FEE = screened(r"^(?:(?:flat|per[- ]call|vendor|offered) )?(?:fee|price|charge)"
                     r"(?: ?(?:/|per|a) ?(?:call|request|req))?(?: \(?(?:usd|\$)\)?)?$|"
                     r"^(?:per[- ]call|flat) (?:fee|price|charge)(?: \(?(?:usd|\$)\)?)?$")
# "cache_read_input_tokens", "cache creation input tokens", "uncached input tokens": a usage export's caching lines.
_CELL_CACHE_TOKENS = screened(r"^(?P<k>cache (?:read|hit|write|creation)|cached|uncached|non-cached)(?: input)? "
                              r"(?:tokens?|toks?)$")
# "storage $/MTok/hour", "cache storage (per 1M tok-hr)": a cache's storage price per million tokens an hour.
_CELL_STORAGE = screened(r"^(?:cache |context )?storage (?:\$|usd|price|rate|cost)?\s?\(?(?:/|per)\s?(?:1\s?)?"
                         r"(?:m|mtok|million)(?:\s?tok(?:en)?s?)?\s?(?:(?:/|per|-)\s?)?(?:h|hr|hour)\)?$")
# ("hours_alive_per_day": the hours an explicit cache is kept alive)
_CELL_ACTIVE_HOURS = screened(r"^(?:active |busy |business |working )?hours? ?(?:(?:alive|active|live|on|up) )?"
                              r"(?:/|per|a) ?day$")
# ("workdays_in_month: 22", "business days in the month: 21")
_CELL_WORKING_DAYS = screened(
    r"^(?:(?:business|working|work) days|workdays) ?(?:/|per|a|in|in the|in a) ?(?:month|mo)$")


_CELL_COUNT = screened(r"(?P<n>\d{1,12}(?:\.\d{1,6})?)\s?(?P<s>k|mm|m)?")


def _call_sized(value: str) -> bool:
    """A count that fits in one call (at most 2M tokens): "40,000", "120k"."""
    said = _CELL_COUNT.fullmatch(value.replace(",", "").strip().lower())
    return said is not None and Decimal(said.group("n")) * _SCALES[said.group("s") or ""] <= 2_000_000


# ("cache_misses_written": every miss writes)
# ("requests_cache_hit", "calls cache write": requests counted by what they did to the cache)
# ("cache_read_count", "# cache writes", "number of cache hits", "total cache reads": the count named as a count)
_CELL_CACHE_COUNT = screened(r"^(?:(?:#|no\.?|num|number of|count of|total|n) ?)?"
                             r"(?:(?:requests?|calls?)[ -](?:cache[ -]?)?(?P<k2>hit|read|write|miss)(?:es|s)?|"
                             # ("cache_read_calls": the calls that read the cache)
                             # ("cache_read hits": the calls that read it, named twice)
                             r"cache[ -]?(?P<k3>hit|read|write|creation|miss)[ -](?:requests|calls|count|counts|events|"
                             r"ops|operations|total|hits)|"
                             # ("cached calls last month": the calls the cache served)
                             r"(?:cached|cache[ -]served)[ -](?P<k4>calls|requests|reqs|queries)|"
                             r"(?:cache[ -]?)?(?P<k>hits|reads|writes|creations|misses(?: written)?)"
                             r"(?:[ -](?:requests|calls|count|total))?)\b"
                             r"(?!.*\b(?:rate|price|tokens?|"
                             r"toks?|\$|usd|ratio|share)\b)")


def cache_count(words: str, value: str) -> str | None:
    """ "cache read calls" 116000 -> "116000 cache hits", "cache_misses_written" 400 -> "400 cache writes": a count of
    the calls that read or wrote the cache, under a key naming which; None for any other key."""
    counted = _CELL_CACHE_COUNT.match(words.replace("_", " ").strip())
    if counted is None:
        return None
    kind = counted.group("k") or counted.group("k2") or counted.group("k3") or counted.group("k4")
    return f"{value} cache {'writes' if kind.startswith(('writ', 'creat', 'miss')) else 'hits'}"


def _cache_cell(key: str, value: str, usd: bool) -> str | None:
    """ "prefix_tokens 9,000" -> "9,000 token prefix", "read $/mtok 0.30" -> "$0.30/m cache read"; None for a key
    that is not a caching one."""
    words = key.replace("_", " ").strip()
    if _CELL_PREFIX.match(words) or (_CELL_CACHED_SIZE.match(words) and _call_sized(value)):
        return f" {value} token prefix "
    price = _CELL_CACHE_PRICE.match(_KEY_QUALIFIERS.sub("", words))
    if price and (usd or _CELL_RATE.search(words)):
        kind = "write" if price.group("k").startswith(("writ", "creat")) else "read"
        return f" ${value}/m cache {kind} "
    if words in ("base", "base rate", "base price", "base $/mtok", "base $/m") and (usd or _CELL_RATE.search(words)):
        return f" input ${value}/m "
    if _CELL_STORAGE.match(words):
        return f" storage ${value}/m tokens per hour "  # "storage $/MTok/hour: 4.50"
    lines = _CELL_CACHE_TOKENS.match(words)
    if lines:  # "cache_read_input_tokens: 460000000": a usage export's caching line
        kind = lines.group("k").replace("_", " ")
        said = ("uncached input" if "uncached" in kind or "non" in kind else
                "cache write" if kind.endswith(("write", "creation")) else
                "cached input" if kind == "cached" else "cache read")
        return f" {value} {said} tokens "
    periods = [period for period, rx in _CELL_PERIOD.items() if rx.search(words)]
    if len(periods) == 1 and _CALLS_KEY.match(words) and not any(rx.search(words) for rx in _CELL_SIDE.values()):
        return f" {value} calls {periods[0]} "  # "calls_per_day 5,000"
    counted = cache_count(words, value) if len(periods) <= 1 and not usd else None
    if counted is not None:
        # "cache hits, month 400,000", "cache_writes_per_day 120": a count of the cache's hits or writes over a period;
        # "cache_misses_written: 400" under "(per business day)": the count in the period of the lines around it
        return f" {counted} {periods[0]} " if periods else f" {counted} "
    if _CELL_FEE.match(words):
        return f" ${value} per call fee "  # "fee/call 0.006", "per-call fee: $0.01"
    if _CELL_WORKING_DAYS.match(words):
        return f" {value} business days a month "  # "business days/month: 22"
    if _CELL_ACTIVE_HOURS.match(words):
        return f" {value} active hours a day "  # "active_hours_per_day: 12"
    return None


# "cache hits, month": a key's period after a comma
_KEY_COMMA_PERIOD = screened(r",\s(?P<p>month|day|week|year|quarter|hour)\b")


# "input (cached): $0.25 / 1M", "input (uncached)": the input rate a cache read or a plain call pays, named aside
_INPUT_CACHED_ASIDE = screened(r"(?i)\binput[ \t]?\((?P<q>cached|uncached|non-cached)\)(?=[ \t]*[:=])")
# "avg_throughput_ptu", "peak load units": a load counted in capacity units, at its peak or on average
_LOAD_IN_UNITS_KEY = screened(r"(?P<stat>avg|average|mean|peak|max|p100) (?:throughput|load|usage|demand) "
                              r"(?:in )?(?P<u>ptu|unit)s?")
# "throughput_per_unit_tpm", "tpm per PTU", "unit throughput (tpm)": one unit's throughput in tokens a minute
_UNIT_TPM_KEY = screened(r"(?:(?:throughput|capacity) )?(?:per |/ ?)?(?:model )?(?:unit|ptu|mu) "
                         r"(?:throughput |capacity )?"
                         r"\(?tpm\)?|(?:throughput|capacity) (?:per|/) ?(?:model )?(?:unit|ptu|mu) \(?tpm\)?|"
                         r"tpm (?:per|/) ?(?:model )?(?:unit|ptu|mu)")


# "of which cache writes", "incl. cache hits": a key counting a part of the line above's count
_SHARE_OF_LINE_ABOVE = screened(r"^(?:of (?:which|those|these|them)|thereof|incl\.?|including)[:,]?\s")


def _row_cell(cell: str) -> str:
    """One cell of a pasted row as a phrase the scanner reads ("in rate 1.10" -> "input $1.10/m", "monthly out 35m" ->
    "35m output tokens a month"); a cell that is not a labelled figure is kept as it was."""
    said = cell.strip().strip("`").strip().lower().replace("_", " ")  # ("input_$/MTok": snake-case keys)
    if said.startswith(("of ", "incl", "there")):
        said = _SHARE_OF_LINE_ABOVE.sub("", said)  # ("of which cache writes   1,500": a count among the line above's)
    hit = _HIT_PERCENT_CELL.fullmatch(said) if "%" in said else None
    if hit is not None and Decimal(hit.group("v")) <= 100:
        return f" {hit.group('v')}% hit rate "
    m = _ROW_CELL.fullmatch(_KEY_COMMA_PERIOD.sub(r" per \g<p>", said) if ", " in said else said)
    if m is None:
        return cell
    key, value = m.group("key"), m.group("val") + (m.group("scale") or "")
    cached = _cache_cell(key, value, bool(m.group("usd")))
    if cached is not None:
        return cached
    if _UNIT_HOUR_KEY.fullmatch(key.strip()):
        return f" ${value} per unit-hour "  # "$/unit-hr: $12.50"
    if _UNIT_TPM_KEY.fullmatch(key.strip()):
        return f" each unit does {value} tokens a minute "  # "throughput_per_unit_tpm: 50k"
    load = _LOAD_IN_UNITS_KEY.fullmatch(key.strip())
    if load is not None:
        # "avg_throughput_ptu 2.4" over "peak_throughput_ptu 7.2": the load counted in units, its peak and average
        stat = "peak" if load.group("stat") in ("peak", "max", "p100") else "average"
        return f" {stat} load {value} {load.group('u')}s "
    if _PREFIX_KEY.fullmatch(key.strip()) and "." not in value and not m.group("usd"):
        return f" a {value}-token prefix "  # "prefix_tok 3,400"
    if _UNITS_KEY.fullmatch(key.strip()) and "." not in value:
        return f" {value} units "  # "units 5": the count of capacity units
    if _UNIT_TPH_KEY.fullmatch(key.strip()):
        return f" each unit does {value} tokens an hour "  # "tokens/unit-hr @ full load 3,000,000"
    if (blended := _BLENDED_KEY.fullmatch(key.strip())) is not None:
        return f" {'on-demand ' if blended.group('od') else ''}blended ${value}/m "  # "on-demand blended $/1M 10.00"
    if _ACTIVE_HOURS_KEY.fullmatch(key.strip()) and "." not in value:
        return f" {value} active hours a day "  # "active_hrs_per_day 8": the hours of the day the traffic runs
    sides = [side for side, rx in _CELL_SIDE.items() if rx.search(key)]
    periods = [period for period, rx in _CELL_PERIOD.items() if rx.search(key)]
    if not sides and len(periods) == 1 and _CALLS_KEY.search(key):
        return f" {value} calls {periods[0]} "  # "calls/week 250,000"
    if not sides and not periods and _CALLS_KEY.fullmatch(key.strip()):
        return f" {value} calls "  # "calls: 40,000": the period is the message's to say
    if len(sides) != 1 or len(periods) > 1:
        return cell
    if _CELL_RATE.search(key) or (m.group("usd") and not periods):
        return f" {sides[0]} ${value}/m "  # a price per million tokens on one side
    if _CELL_CALLS.search(key):
        return cell
    if periods:
        return f" {value} {sides[0]} tokens {periods[0]} "
    if _CELL_PER_CALL.search(key):
        return f" {value} {sides[0]} tokens per call "
    if _CELL_TOKENS.search(key) or _CELL_SIDE_ALONE.match(key):
        # a count with no period of its own ("in 1200", "avg input tokens 3,200"): the message's words say which
        return f" {value} {sides[0]} tokens "
    return cell


# 'A1 "prefix" 12000', '"in rate" $3/M': a sheet's cell (its reference dropped) whose key is quoted before its figure
_QUOTED_KEY = screened(r'(?:(?<![\w$])[a-z]{1,2}[1-9]\d{0,3}\s?[:=]?\s?)?"(?P<key>[a-z][^"\n]{0,40}?)"'
                       r"(?=\s?[:=]?\s?[$~\d])")
# "hit % 90", "hit rate % 85": a hit rate keyed with its percent sign before the figure
_HIT_PERCENT_CELL = screened(r"(?:cache )?hit(?: rate| ratio)?\s?%\s?[:=]?\s?(?P<v>\d{1,3}(?:\.\d{1,2})?)")


_SIDE_PRICE_SAID = screened(r" (?P<side>input|output) (?P<price>\$[\d.,]+/m) ")


def _routed_cell(head: str, cell: str) -> str:
    """A price cell under a column named by its channel ("direct $/MTok in" 3.00) as that channel's price on its
    side ("direct: $3.00/m input"); any other cell as :func:`_row_cell` says it."""
    said = _row_cell(f"{head} {cell}")
    named = head.lower().replace("_", " ")
    route, price = _CELL_ROUTE.search(named), _SIDE_PRICE_SAID.fullmatch(said)
    if route and price:
        return f" {route.group(0)}: {price.group('price')} {price.group('side')} "
    sides = [side for side, rx in _CELL_SIDE.items() if rx.search(named)]
    if route and len(sides) == 1 and _BARE_PRICE.fullmatch(cell.strip()):
        # ("direct_in 2.50" beside "azure_in 3.00": a channel's price on a side, its unit said apart from the sheet)
        return f" {route.group(0)}: ${cell.strip().lstrip('$')}/m {sides[0]} "
    return said


# "2.50", "$0.40": a price per million as a sheet writes it bare (two decimals at most, under a thousand)
_BARE_PRICE = screened(r"\$?\d{1,3}\.\d{1,2}")


_KEY_CELL = screened(r"(?i)[a-z][a-z _/.-]{0,40}")


def read_rows(text: str) -> str:
    """Rows pasted from a spreadsheet, cells between pipes ("In rate 1.10 | Out rate 4.40 | Monthly in 220M"): each
    labelled figure as a phrase, the cells kept apart by semicolons."""
    if text.count("|") < 2:
        return text
    if '"' in text:
        text = _QUOTED_KEY.sub(lambda m: m.group("key"), text)
    lines = []
    for line in text.split("\n"):
        cells = line.split("|")
        filled = [c.strip() for c in cells if c.strip()]
        if (len(filled) == 2 and len(cells) <= 4 and _KEY_CELL.fullmatch(filled[0])
                and re.search(r"[a-z]{3}", filled[1], re.I) and not filled[1].startswith("-")):
            # "| sustained_utilization | seventy percent (flat for two quarters) |": a key and its value in words
            lines.append(f"{filled[0]}: {filled[1]};")
            continue
        if 3 <= len(cells) <= _ROW_MAX_CELLS:
            # "calls/day 80k -> which is cheaper?": the question after an arrow is kept apart from the cell
            line = ";".join(_row_cell(cell) if not (parts := _ARROW.split(cell, maxsplit=1))[1:]
                            else f"{_row_cell(parts[0])}; {parts[1]}" for cell in cells)
        lines.append(line)
    return "\n".join(lines)


# "read $/MTok: 0.30", "* write rate = 3.75", "hit_rate: 80%": a caching sheet's line, its key then its value.
_KEYED_CACHE_LINE = screened(
    # ("input — $0.005": a dash between them, spaced, as a pasted list writes it)
    # ("input usd per 1m: 2.00": the million a rate is per, in its key)
    # ("observed_hit_% : 92": a key saying its value is a percentage)
    r"(?m)^[ \t]*(?:[-*•][ \t]?)?(?P<key>[A-Za-z](?:[A-Za-z /_.()$-]|(?<=per )1(?=m\b|mtok\b)|(?<=[a-z_ (])%){0,40}?)"
    r"(?:[ \t]?[:=]|[ \t][-–—])[ \t]?"
    # ("calls/quarter = 2.5M": a count's scale after it)
    r"(?P<usd>\$)?(?P<v>~?\d{1,9}(?:,\d{3}){0,3}(?:\.\d{1,6})?(?:[ \t]?%|[ \t]?(?:[kK]|[mM]{1,2}|[bB][nN]?)\b)?)"
    # ("input_rate: 2.50 (per MTok)": the unit in brackets after the value)
    r"(?P<per_m>[ \t]?\(?(?:per|/)[ \t]?(?:1[ \t]?)?(?:m|mtok|million)(?:[ \t]?tokens)?\)?)?"
    # ("calls: 18k (incl. the misses)": an aside in words after the value, kept after what the line says)
    r"(?:[ \t]{0,8}\((?P<aside>[^()\d\n$%]{1,40})\))?[ \t]*$"
)


# ("target ........ at least 10% cheaper": a long leader before a value said in words; "wait... what" stays)
# ("annual direct-equiv .. $1.2M/yr", "EA discount .. -12%": a short leader, spaced from the value; "equivalent for the
# month . $20,000.00": a leader one dot long, padding a line to the column of dollar amounts above it)
# ("avg completion .... four hundred fifty tokens": a figure in words after the leader)
# ("Direct API inference, Q3 ....... $42,000.00": a key ending in a quarter's name)
_DOT_LEADER = screened(r"(?m)(?:(?<=[A-Za-z)%])|(?<=[A-Za-z]\d)|(?<=[A-Za-z]\.))[ \t]*(?:\.{3,}[ \t]*(?=[$~+\d-]|"
                       r"(?:one|two|three|four|five|six|seven|"
                       r"eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|a "
                       r"(?:hundred|thousand|million))\b)|[ \t]\.\.?[ \t]+(?=[$~+\d]|-\d)|"
                       r"\.{5,}[ \t]*(?=[A-Za-z]))")
# "rate card (per 1K tokens):", "prices per 1,000 tokens:": a heading that puts every rate under it per thousand.
_PER_1K_HEADING = screened(r"(?im)^[^\n\d]*\(?per (?:1\s?k|1,000|1000|one thousand|thousand)(?: tokens?)?\)?"
                           r"[ \t]*:?[ \t]*$")
# A side's rate on a line of its own under that heading ("input - $0.005", once cents are read as dollars).
_SIDE_RATE_LINE = screened(r"(?m)^[ \t]*(?:[-*•][ \t]?)?(?P<side>input|output|in|out)[ \t]*[-:=][ \t]*"
                           r"\$(?P<v>\d[\d.,]*)[ \t]*$")


_FRACTION_VALUE = screened(r"^0?\.\d{1,4}$|^1(?:\.0{1,4})?$")


# "observed hit %", "hit_pct", "actual hit rate (%)": a key whose bare value is a percentage of the calls that hit
_PERCENT_KEY = screened(r"(?:%|\bpct\b|\bpercent(?:age)?\b|\(%\))\s?$")
_OBSERVED = screened(r"^(?:observed|actual|measured|current|expected|typical|avg|average|est|estimated) ")
# ("cache hit rate last month", "hit rate (30d)", "hit ratio, mtd": the span it was observed over, after the key)
_OBSERVED_OVER = screened(r"[ ,]+(?:(?:last|this|past|prior|previous) (?:day|week|month|quarter|year)|"
                          r"\(?(?:last |trailing |past )?\d{1,3} ?(?:d|days)\)?|\(?(?:mtd|qtd|ytd|wtd)\)?)$")


def _observed_key(words: str) -> str:
    """A key's words without what says it was observed ("avg hit rate last month" -> "hit rate")."""
    return _OBSERVED_OVER.sub("", _OBSERVED.sub("", words.strip()))


def keyed_hit_rate(key: str, value: str) -> str | None:
    """A key naming the share of calls that hit and its bare value as that share ("hit_rate: 0.85", "observed_hit_%:
    92", "cache_hit_ratio=0.80": "85% hit rate"); None for any other key or value. (Not for a value with a currency
    sign: "cache hit: $0.50/M" is the price of a hit.)"""
    key = key.lower()
    named = _observed_key(_PERCENT_KEY.sub("", key.replace("_", " ")))
    if (re.fullmatch(r"[1-9]\d?(?:\.\d{1,3})?|100", value) and _CELL_HIT_RATE.match(named)
            and (_PERCENT_KEY.search(key.strip()) or named.endswith(("rate", "ratio")))):
        return f"{value}% hit rate"  # "observed_hit_% : 92", "actual hit rate: 92": 92% of the calls hit
    if _CELL_HIT_RATE.match(_observed_key(key.replace("_", " "))) and _FRACTION_VALUE.match(value):
        return f"{(Decimal(value) * 100).normalize():f}% hit rate"  # "hit ratio = .9", keyed as a fraction of one
    return None


def _keyed_cache_line(m: re.Match[str]) -> str:
    key, value = m.group("key").lower(), m.group("v").strip()
    hit_rate = None if m.group("usd") else keyed_hit_rate(key, value)
    if hit_rate is not None:
        return hit_rate + ";"
    if value.endswith("%"):
        words = key.replace("_", " ").strip()
        if _CELL_HIT_RATE.match(_observed_key(words)):
            return f"{value} hit rate;"
        # "forecast_util: 55%", "avg utilisation: 70%": the utilization the sheet expects
        return f"{value} utilization;" if _CELL_UTILIZATION.match(words) else m.group(0)
    said = _cache_cell(key, value.lstrip("~"), bool(m.group("usd") or m.group("per_m")))
    if said is None:
        # "avg input tokens: 3,200", "output $/M: 15.00": any other labelled figure, read as a row's cell is
        cell = f"{key.replace('_', ' ')} {'$' if m.group('usd') or m.group('per_m') else ''}{value.lstrip('~')}"
        read = _row_cell(cell)
        said = read if read != cell else None
    words = key.replace("_", " ")
    sides = [side for side in ("input", "output") if _CELL_SIDE[side].search(words)]
    if said is None and len(sides) == 1 and _CELL_RATE.search(words) and not any(
            rx.search(words) for rx in _CELL_PERIOD.values()):
        said = f"{sides[0]} ${value.lstrip('~')}/m"  # "input $/MTok: 3.00", "output usd per 1m: 8.00"
    aside = f" ({m.group('aside')})" if m.group("aside") else ""
    return f"{said.strip()}{aside};" if said is not None else m.group(0)  # each line a clause of its own


# "on-demand cost of the tokens those 4 units can serve at 100% load: $82,800 / month": a sheet's key naming an
# on-demand spend, however long, then its amount; the amount is put beside the words that name it.
# "direct API spend, trailing 12 months: $480k": a direct spend likewise, its period named in the key.
_KEYED_ON_DEMAND = screened(
    # ("annual direct-API equivalent: $1.2M": the period first)
    # ("INV-3318  Direct API inference, Q3 ....: $42,000.00": an invoice line's reference before it)
    r"(?mi)(?:^|(?<=[,;] ))(?P<key>[ \t]*(?:[-*•][ \t]?)?(?:[a-z]{2,6}-\d{2,10}[ \t]+)?"
    r"(?:(?:(?:annual|yearly|monthly|quarterly|weekly)[ \t]|"
    # ("last month on-demand spend for this same traffic: $71,300": the period it was spent over first)
    r"(?:last|this|previous|prior|past)[ \t](?:month|week|quarter|year)(?:'s)?[ \t]|"
    # ("trailing on-demand invoice for same traffic (monthly): $312k")
    r"(?:trailing|current|recent)[ \t])?"
    r"(?P<who>on[- ]demand|od|payg|direct(?:[- ]api)?)[ \t]"
    # ("direct OpenAI spend (trailing 12 mo)": whom it is spent with between)
    r"(?:(?:openai|anthropic|google|gemini|mistral|cohere|api|model|lab)[ \t])?"
    # ("on-demand list for the full reserved capacity: $41,200": on-demand at its list prices)
    r"(?:(?:cost|spend|bill|equivalent|price|usage|baseline|value|worth|run[- ]?rate|list|inference|consumption|"
    r"invoices?|invoiced|charges?)\b"
    r"[^:\n]{0,90}|"
    # ("Direct OpenAI (est.)  $55,500.00 / quarter": an estimate of it)
    r"\((?:est\.?|estimated?|forecast|projected|actual|actuals)\)[ \t]?)|"
    # ("Q3 forecast (direct-API equivalent) : $120,000": whose spend it is said in brackets after the key)
    r"[a-z0-9][a-z0-9 ]{0,30}\((?P<who2>on[- ]demand|direct(?:[- ]api)?)(?:[- ](?:equivalent|equiv|spend|cost))?\)"
    r"[ \t]?|"
    # ("last month's bill for the same traffic on pay-as-you-go: $7,000": whose bill it was said after the bill)
    r"(?:[a-z0-9'’]+[ \t]){0,3}?(?:bill|spend|invoice|cost)\b[^:\n]{0,50}?[ \t](?:on|at|under|via)[ \t]"
    r"(?P<who3>pay[- ]as[- ]you[- ]go|payg|on[- ]demand)[ \t]?)):[ \t]?"
    r"(?P<amount>\$[ \t]?\d[\d,]{0,12}(?:\.\d{1,2})?[ \t]?(?:k|m)?)"
    # (the line's end, or the next key of a table's rows said on one line: "...: $120k, bedrock list uplift: 30%")
    r"(?P<period>[ \t]?(?:/|per|a)[ \t]?(?:month|mo|day|week|wk|year|yr|hour|hr|quarter|qtr)\b)?"
    # ("on-demand usage, last month: $15,880.40 total.": the amount said as the period's total)
    r"(?:[ \t](?:total|in total|all[- ]in))?[ \t]*\.?[ \t]*(?:$|(?=[,;] ))")
# The period a keyed spend's key names ("last month", "trailing 12 months", "for the same 30 days", "Q3 forecast").
_KEY_SPAN = (("year", screened(r"\b(?:12[- ]?(?:months?|mos?|mths?)|twelve[- ]months?|annual|yearly|per year|a year|"
                               r"last year|this year|ttm|ltm|t12m)\b")),
             ("month", screened(r"\b(?:month|monthly|mo|mth|(?:28|29|30|31) days)\b")),
             ("quarter", screened(r"\b(?:quarter|quarterly|90 days|91 days|92 days|q[1-4])\b")),
             ("week", screened(r"\b(?:week|weekly|7 days)\b")),
             ("day", screened(r"\b(?:day|daily)\b")))


def _keyed_spend(m: re.Match[str]) -> str:
    """ "on-demand cost of the tokens those 4 units can serve at 100% load: $82,800 / month": the amount said as the
    spend it names, with its own period or the one its key names; a key naming no period is left as it was."""
    key, amount = m.group("key"), m.group("amount")
    period = m.group("period") or next((f" a {name}" for name, rx in _KEY_SPAN if rx.search(key.lower())), None)
    if period is None:
        return m.group(0)
    named = m.group("who") or m.group("who2") or m.group("who3")
    who = "direct" if named.lower().startswith("direct") else "on-demand"
    return f"{key}; {who} spend {amount}{period}"


# "planned_tokens_per_call: 6,000", "avg tokens/call = 3k": a call's size under its key; "in_out_mix: 80/20",
# "input/output mix: 3:1": the input:output split of a call under its key.
_KEYED_CALL_SIZE = screened(
    r"(?mi)(?:^|(?<=[,;] ))[ \t]*(?:[-*•][ \t]?)?(?:(?:planned|typical|avg|average|expected|mean)[ \t_])?"
    r"(?:total[ \t_])?tokens?[ \t_]?(?:/|per)[ \t_]?(?:call|request|req)[ \t]?[:=][ \t]?~?"
    r"(?P<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?[ \t]?k?)[ \t]*$")
# "avg input / call: 3.5k tokens", "output per request = 600": one side of a call's size keyed, read as that side's
# tokens per call (never as a count said before the next line's side)
_KEYED_SIDE_PER_CALL = screened(
    r"(?mi)^(?P<lead>[ \t]*(?:[-*•][ \t]?)?)(?:(?:avg|average|typical|mean|expected|planned)[ \t])?"
    r"(?P<side>input|output|in|out|prompt|completion)(?:[ \t]tokens?)?[ \t]?(?:/|per)[ \t]?(?:call|request|req)"
    r"[ \t]?[:=][ \t]?~?(?P<n>\d[\d,]{0,12}(?:\.\d{1,3})?[ \t]?k?)(?:[ \t]?tokens?)?[ \t]*$")


def _keyed_side_per_call(m: re.Match[str]) -> str:
    side = "input" if m.group("side").lower() in ("input", "in", "prompt") else "output"
    return f"{m.group('lead')}{m.group('n')} {side} tokens per call"


_KEYED_MIX = screened(
    r"(?mi)(?:^|(?<=[,;] ))[ \t]*(?:[-*•][ \t]?)?(?:(?:in[ \t_/]?out|input[ \t_]?/?[ \t_]?output|token)[ \t_]?)?"
    r"(?:mix|split|(?<=t[ \t_])ratio)[ \t]?(?:\((?:in|input)[ \t]?[:/][ \t]?(?:out|output)\)[ \t]?)?[:=][ \t]?"
    r"(?P<a>\d{1,2})[ \t]?[/:][ \t]?(?P<b>\d{1,2})[ \t]*$")


# "Line 2  Output tokens ...", "item 3: cache writes ...": an invoice's line numbers, no figure of the deal.
_LINE_NUMBER = screened(r"(?mi)^[ \t]*(?:line|ln\.?|item|row)[ \t]?#?\d{1,3}[.:)]?[ \t]+(?=[a-z])")
# "Input tokens    1.2bn   @ $1.25 / 1M", "cache write tokens: 12,000,000 @ $3.75/MTok": an invoice line, the side
# named before its count and the count before its rate, said with the count first as the scanner reads it.
_LABEL_COUNT_AT = screened(
    r"(?mi)^(?P<lead>[ \t]*)(?P<label>(?:(?:uncached|non-cached|cached|cache[ -](?:read|write|hit|creation))[ \t])?"
    r"(?:input|output|prompt|completion)[ \t](?:tokens?|toks?)|"
    r"(?:cache[ -](?:read|write|hit|creation)|cached)(?:[ \t]input)?(?:[ \t]tokens?|[ \t]toks?))(?:[ \t]*+:)?[ \t]++"
    r"(?P<n>~?\d{1,3}(?:,\d{3})+|~?\d{1,7}(?:\.\d{1,3})?[ \t]?(?:k|m|mm|mn|b|bn|billion|million|thousand)?)\b"
    # ("output tokens: 61,000,000 @ (rate still pending)": the count kept, its rate not given)
    r"[ \t]+(?=(?:@|at)[ \t]?(?:\$|\(?(?:rate|price|tbd|tbc|pending|unknown|\?)))"
)


# "calls ........ 120,000 @ $0.012 = $1,440.00", "API calls (0.9M @ $1.50 per thousand calls)": an invoice's calls
# and the fee each (or each thousand) was billed at.
_CALLS_AT_FEE = screened(
    # ("API calls (flat)     900,000 @ $0.012": how the line is billed, in brackets after its noun)
    r"(?i)\b(?:api\s)?(?P<noun>calls?|requests?|invocations?)(?:[ \t]*+\((?:flat|fixed|metered|billable|per[- ]call)"
    r"[a-z ]{0,12}\))?[ \t]*+[:(]?[ \t]*+"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,7}(?:\.\d{1,3})?[ \t]?(?:k|m|mm)?)\b[ \t]*+(?:@|at)[ \t]?"
    r"(?P<fee>\$[ \t]?\d{1,3}(?:\.\d{1,6})?)(?![\d.])"
    r"(?P<per>[ \t]?(?:per|/)[ \t]?(?:thousand|1,?000|1[ \t]?k|k)(?:[ \t](?:calls?|requests?))?)?"
    r"(?![ \t]?(?:/|per)[ \t]?(?:1[ \t]?)?(?:m|mtok|million)\b)")


# "calls ... 120,000 @ $0.012 = $1,440.00", "CLASSIFY-API   1,250,000 calls   @ $0.0008/call   $1,000.00": an invoice
# line of calls at a fee, then the line's amount, which is the calls times the fee (not a second fee).
_CALL_LINE_COUNT = r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,9}(?:\.\d{1,3})?)(?:[ \t]?(?P<scale>k|m|mm)\b)?"
# ("AGENT-INVOKE    200,000 calls  x  $0.02  =  $4,000.00": the count times the fee)
_CALL_LINE_FEE = (r"[ \t]*+(?:@|at|x|×)[ \t]*+\$[ \t]?(?P<fee>\d{1,3}(?:\.\d{1,6})?)(?![\d.])"
                  r"(?:[ \t]?(?:(?:/|per)[ \t]?(?:call|request|req|invocation)s?\b|each\b))?")
_CALL_LINE_AMOUNT = (r"(?P<total>[ \t]*+=?[ \t]*+\$[ \t]?(?P<amount>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|"
                     r"\d{1,9}(?:\.\d{1,2})?))(?![\d.,%])")
_CALL_LINE_TOTAL = screened(
    r"(?i)(?:\b(?:calls?|requests?|invocations?)[ \t]*+[:(]?[ \t]*+" + _CALL_LINE_COUNT
    + r"|(?<![\w.$,])" + _CALL_LINE_COUNT.replace("?P<n>", "?P<n2>").replace("?P<scale>", "?P<scale2>")
    + r"[ \t]?(?:calls?|requests?|invocations?)\b)" + _CALL_LINE_FEE + _CALL_LINE_AMOUNT)


# "200,000 calls  x  $0.02": an invoice's calls times the fee each was billed at
# ("Doc-extract API   84,000 calls   @ $0.012": the count at a fee of a fraction of a dollar)
_COUNT_TIMES_FEE = screened(
    r"(?<![\w.$,])(?P<n>\d{1,3}(?:,\d{3})+|\d{1,9})(?P<noun>[ \t]+(?:calls|requests|invocations))[ \t]*+"
    r"(?:(?:x|×)[ \t]*+(?P<fee>\$[ \t]?\d{1,3}(?:\.\d{1,6})?)|(?:@|at)[ \t]*+(?P<cents>\$[ \t]?0?\.\d{1,6}))(?![\d.])"
    r"(?![ \t]?(?:/|per|a)[ \t]?(?:1[ \t]?)?(?:m|mtok|million|k|"
    r"thousand|hour|hr|day|month)\b)")


# ("@ $0.012/call": the fee's unit said after it already)
_FEE_UNIT_AFTER = screened(r"[ \t]?(?:/|per |each\b)")


def _count_times_fee(m: re.Match[str]) -> str:
    said = "" if _FEE_UNIT_AFTER.match(m.string, m.end()) else " per call"
    return f"{m.group('n')} {m.group('noun').strip()} at {m.group('fee') or m.group('cents')}{said}"


def _drop_line_amount(m: re.Match[str]) -> str:
    """An invoice line of calls at a fee without its amount, when the amount is the calls times the fee to the cent
    (otherwise the line is left as it was, the amount still a figure to place)."""
    try:
        n = Decimal((m.group("n") or m.group("n2")).replace(",", ""))
        scale = (m.group("scale") or m.group("scale2") or "").lower()
        product = n * _SCALES[scale] * Decimal(m.group("fee"))
        amount = Decimal(m.group("amount").replace(",", ""))
    except InvalidOperation:
        return m.group(0)
    return m.group(0)[: m.start("total") - m.start()] if abs(product - amount) <= Decimal("0.01") else m.group(0)


def _calls_at_fee(m: re.Match[str]) -> str:
    noun = m.group("noun").lower().rstrip("s") + "s"
    return f"{m.group('n')} {noun} at {m.group('fee')}{m.group('per') or ' per call'}"


def _label_count_at(m: re.Match[str]) -> str:
    """An invoice line said count first, a cache's line named by what it bills ("cache read input tokens": the tokens
    read, billed at the read price)."""
    label = m.group("label").lower()
    if re.search(r"\b(?:un|non-)cached\b", label):
        label = "uncached input tokens"
    elif re.search(r"write|creation", label):
        label = "cache write tokens"
    elif re.search(r"cache|cached", label):
        label = "cache read tokens"
    return f"{m.group('lead')}{m.group('n')} {label} "


# "input_rate       3.00  /MTok": a key, its price and the price's unit in a cell of its own.
_PRICE_UNIT_CELL = screened(r"(?mi)^(?P<key>[ \t]*[a-z][\w ()-]{0,40}?[ \t]+)(?P<n>\$?\d{1,6}(?:\.\d{1,6})?)[ \t]+"
                            r"(?P<u>\$?/\s?(?:1\s?)?(?:m|mtoks?|million)(?:\s?tok(?:en)?s?)?)[ \t]*$")


# "sonnet | $3.00 | $3.75 | $0.30      (per MTok)": the unit of a row's prices in a note after its last price (spaced
# like a cell of its own), joined to that price
_UNIT_NOTE_AFTER_PRICE = screened(r"(?<=\d)[ \t]++\((?:per|/)[ \t]?(?:1[ \t]?m|mtok|m|million)(?: tokens?)?\)"
                                  r"(?=[ \t]*+$)", flags=re.IGNORECASE | re.MULTILINE)


def join_price_units(text: str) -> str:
    """``text`` with a price's unit set in a cell of its own joined to the price ("input_rate   3.00  /MTok":
    "input_rate: 3.00/MTok"; "vision_api,$1.50,per 1k calls": "$1.50 per 1k calls"), so the line reads as a key and
    its value."""
    if "," in text and "per " in text.lower():
        text = _PRICE_THEN_UNIT_CELL.sub(" ", text)
    if "(" in text:
        text = _UNIT_NOTE_AFTER_PRICE.sub("/MTok", text)
    if "/" not in text:
        return text
    return _PRICE_UNIT_CELL.sub(lambda m: f"{m.group('key').rstrip()}: {m.group('n')}{m.group('u')}", text)


# "Rate comparison from the proposal ($ per 1M tokens):" over "source   input   output": a table whose line above says
# its figures are prices per million tokens, so its side columns are prices, never counts of tokens
_PRICED_TABLE = screened(r"(?im)^(?P<intro>[^\n]{0,80}\(\s?(?:\$|usd)\s?(?:per|/)\s?(?:1\s?m|m|mtok|million)"
                         r"(?: tokens?)?\s?\)\s?:?[ \t]*\n(?:[ \t]*\n)?)(?P<head>[^\n]{1,200})$")
_SIDE_HEAD_CELL = screened(r"(?i)(?<![\w$/])(?P<side>input|output|in|out)(?![\w$/])(?![ \t]?(?:\$|usd|/|per\b))")


def priced_sides(text: str) -> str:
    """``text`` with each table under a line naming its prices' unit given side columns named as prices ("input" ->
    "input $/MTok", see :data:`_PRICED_TABLE`)."""
    if "(" not in text or ("$" not in text and "usd" not in text.lower()):
        return text
    return _PRICED_TABLE.sub(lambda m: m.group("intro") + _SIDE_HEAD_CELL.sub(
        lambda s: f"{s.group('side')} $/MTok", m.group("head")), text)


# A CSV's price cell, then its unit in the next cell: "$1.50,per 1k calls", "$0.40 in / $1.60 out,per MTok"
_PRICE_THEN_UNIT_CELL = screened(r"(?i)(?:(?<=\d)|(?<=\d out))[ \t]?,[ \t]?(?=per (?:1[ \t]?k |1,000 |1[ \t]?m |"
                                 r"thousand |million )?(?:calls?|requests?|reqs?|mtoks?|tokens?|images?|pages?|docs?|"
                                 r"documents?|unit[- ]?hours?|hours?)\b)")


# "input_rate: $1.25/MTok   cached_input_rate: $0.125/MTok": two keyed values on one line, set apart by spaces
_TWO_KEYS_ON_A_LINE = screened(
    r"(?im)(?P<a>\b[a-z][a-z_ ]{1,40}[:=][ \t]?~?\$?[\d.,]{1,15}(?:[ \t]?/[ \t]?[a-z0-9]{1,6})?)[ \t]{2,}"
    # ("calls this week: 50,000      cache hit rate: 88%": the second key in words)
    r"(?=[a-z][a-z_ ]{1,40}?[ \t]?[:=][ \t]?~?\$?\d)")


# "cache_prefix_tokens=12000, calls_day=8000, hit_rate=0.85": three or more keyed values on one line, set apart by
# commas or semicolons, are a sheet's key-value block written across: each is put on a line of its own (cells between
# pipes are read_rows')
_KEYED_ITEM = r"[a-z][a-z0-9_ ./()%$-]{0,40}?[ \t]?[:=][ \t]?~?[$€£]?[ \t]?\.?\d"
_KEYED_ITEM_START = screened(r"(?i)(?:^|[,;])[ \t]*" + _KEYED_ITEM)
_KEYED_ITEM_BREAK = screened(r"(?i)[ \t]*[,;][ \t]*(?=" + _KEYED_ITEM + ")")
_MAX_KEYED_ITEMS = 64


# "prefix tokens 12,000; calls a day 8,000; hit rate 85%": a label, then its figure, each between semicolons
_LABEL_THEN_FIGURE = screened(
    r"(?i)^[ \t]*(?P<k>[a-z][a-z _./()-]{1,40}?)[ \t](?P<v>~?[$€£]?\d[\d,]{0,14}(?:\.\d{1,6})?(?:[ \t]?(?:k|m|bn|b)\b)?"
    r"(?:[ \t]?%|[ \t]?/[ \t]?[a-z]{1,5}\b)?)(?P<rest>[ \t]*(?:[.?!][^\d].*)?)$")


def _keyed_items_apart(line: str) -> str:
    """A line of three or more keyed values set apart by commas or semicolons, one value to a line; a line of three or
    more labels each before its figure, set apart by semicolons, likewise, each keyed."""
    if len(list(itertools.islice(_KEYED_ITEM_START.finditer(line), 3))) >= 3:
        return _KEYED_ITEM_BREAK.sub("\n", line, count=_MAX_KEYED_ITEMS)
    if ";" not in line:
        return line
    parts = line.split(";", _MAX_KEYED_ITEMS)
    read = [_LABEL_THEN_FIGURE.match(part) for part in parts]
    if sum(m is not None for m in read) < 3:
        return line
    return "\n".join(f"{m.group('k').strip()}: {m.group('v')}{m.group('rest')}" if m is not None else part
                     for part, m in zip(parts, read, strict=True))


# "rates:" over "  input: 2.50" and "  output: 10.00", "model_rates_usd_per_mtok: {input: 2.50, output: 10.00}": a
# sheet's rates nested under a key naming them, each side's bare figure its rate
_RATES_KEY = r"[ \t]*(?:[a-z][a-z_ ]{0,30}?[ _])?(?:rates?|prices?|pricing)(?:[ _][a-z_ ()/$.0-9-]{0,30})?"
_RATES_HEADING = screened(r"(?i)^" + _RATES_KEY + r"[ \t]?:[ \t]*$")
_NESTED_SIDE = screened(r"(?i)^(?P<indent>[ \t]+)(?:[-*][ \t]?)?(?P<side>input|output|in|out|prompt|completion|"
                        r"cached[ _](?:input|read)|cache[ _](?:read|write)|cached|write)[ \t]?[:=][ \t]?"
                        r"(?P<v>\$?\d{1,6}(?:\.\d{1,6})?)[ \t]*$")
_RATES_FLOW = screened(r"(?im)^" + _RATES_KEY + r"[ \t]?:[ \t]?\{(?P<body>[^{}\n]{1,200})\}[ \t]*$")
_FLOW_ITEM = screened(r"(?i)^[ \t]*(?P<side>[a-z][a-z_ ]{0,20}?)[ \t]?:[ \t]?(?P<v>\$?\d{1,6}(?:\.\d{1,6})?)[ \t]*$")


def _side_rate(side: str, value: str) -> str:
    """ "input", "2.50" -> "input rate: 2.50"."""
    return f"{side.replace('_', ' ')} rate: {value}"


def _nested_rates(text: str) -> str:
    """Rates nested under a key naming them (an indented block or a brace-bound mapping), each as "<side> rate: v"."""
    if "{" in text:
        text = _RATES_FLOW.sub(lambda m: "\n".join(
            _side_rate(item.group("side"), item.group("v")) if (item := _FLOW_ITEM.match(part)) else part
            for part in m.group("body").split(",")), text)
    lines, under = text.split("\n"), False
    for i, line in enumerate(lines):
        if _RATES_HEADING.match(line):
            under = True
        elif under and (m := _NESTED_SIDE.match(line)) is not None:
            lines[i] = m.group("indent") + _side_rate(m.group("side"), m.group("v"))
        else:
            under = False
    return "\n".join(lines)


# "PTU price / hr", "unit cost per hour", "ptu_rate_per_hr", "ptu_hourly", "hourly_ptu_price": a capacity unit's hourly
# price, keyed
_UNIT_PRICE_KEY = screened(r"(?i)\b(?P<u>ptus?|pt units?|model units?|capacity units?|units?)[ \t_]?(?:price|cost|rate)"
                           r"[ \t_]?(?:/|per)[ \t_]?(?:hr|hour|h)\b|"
                           r"\b(?P<u2>ptus?|units?)[ \t]?/[ \t]?(?:hr|hour|h)[ \t_](?:price|cost|rate)\b|"
                           # ("unit_rate_usd_hr: 24.00": the currency between the price and its hour; "UnitPriceHr")
                           r"\b(?P<u6>ptus?|units?)[ \t_](?:price|cost|rate)(?:[ \t_](?:usd|\$))?[ \t_]?"
                           r"(?:/|per[ \t_])?"
                           r"(?:hr|hour|h)\b|"
                           r"\b(?P<u3>ptus?|units?)[ \t_](?:hourly|hr|per[ \t_]hr)(?:[ \t_](?:price|cost|rate))?"
                           r"(?=[ \t]?[:=])|"
                           r"\bhourly[ \t_](?P<u4>ptus?|units?)[ \t_](?:price|cost|rate)\b|"
                           # ("Price per model unit per hour: $11.50": the price first)
                           r"\b(?:price|cost|rate)[ \t_](?:/|per)[ \t_](?P<u5>ptus?|pt units?|model units?|"
                           r"capacity units?|units?)[ \t_]?(?:/|per)[ \t_]?(?:hr|hour|h)\b")


# Two versions of a deal keyed line by line: "calls/day: 10,000 | 14,000" under "Planned vs actual", or "calls/day:
# planned 10,000, actual 14,000". Written as the table of two columns that the version reader reads.
_FIGURE = r"~?\$?\d[\d,]{0,14}(?:\.\d{1,6})?(?:[ \t]?(?:k|m|bn|b)\b)?%?"
_TWO_VALUES = screened(r"(?i)^[ \t]*(?:[-*•][ \t]?)?(?P<k>[a-z][a-z0-9 _/().$-]{0,40}?)[ \t]?:[ \t]?(?P<a>" + _FIGURE
                       + r")[ \t]?\|[ \t]?(?P<b>" + _FIGURE + r")[ \t]*$")
_NAMED_VALUES = screened(r"(?i)^[ \t]*(?:[-*•][ \t]?)?(?P<k>[a-z][a-z0-9 _/().$-]{0,40}?)[ \t]?:[ \t]?"
                         r"(?P<na>[a-z][a-z ]{0,20}?)[ \t]?:?[ \t](?P<a>" + _FIGURE + r")[ \t]?[,;][ \t]?"
                         r"(?P<nb>[a-z][a-z ]{0,20}?)[ \t]?:?[ \t](?P<b>" + _FIGURE + r")[ \t]*$")
_VS_HEADING = screened(r"(?i)^[ \t]*(?P<a>[a-z][a-z ]{0,20}?)[ \t]+(?:vs\.?|versus|v\.?)[ \t]+"
                       r"(?P<b>[a-z][a-z ]{0,20}?)[ \t]*:?[ \t]*$")


# "month  planned_input  planned_output  actual_input  actual_output" over one row: two versions' columns, each named
# by the version then the field
_VERSION_PREFIX = screened(r"(?i)^(?P<v>planned|plan|budget(?:ed)?|forecast|expected|estimated?|actuals?|real|"
                           r"current|today|proposed|new|old|before|after|baseline|scenario[ _]?[ab12])[ _](?P<f>\w.*)$")


def _cells_of(line: str) -> list[str]:
    """A sheet line's cells, set apart by tabs, pipes or commas (in that order of preference)."""
    for sep in ("\t", "|", ","):
        if sep in line:
            return [c.strip() for c in line.strip().strip("|").split(sep)]
    return []


def _version_columns(lines: list[str], i: int) -> list[str] | None:
    """Lines ``i`` and ``i + 1`` as a header of two versions' columns over one row, written as the table of two
    columns the version reader reads; None when they are not."""
    head, row = _cells_of(lines[i]), _cells_of(lines[i + 1])
    if not 3 <= len(head) <= 16 or len(row) != len(head):
        return None
    split = [_VERSION_PREFIX.match(h) for h in head]
    named = [m for m in split if m is not None]
    versions = list(dict.fromkeys(m.group("v").lower() for m in named))
    if len(versions) != 2 or len(named) < 4 or len(head) - len(named) > 2:
        return None
    fields = {v: [m.group("f").lower() for m in named if m.group("v").lower() == v] for v in versions}
    if fields[versions[0]] != fields[versions[1]]:
        return None
    cell = {(m.group("v").lower(), m.group("f").lower()): row[k] for k, m in enumerate(split) if m is not None}
    rest = [f"{h}: {c}" for h, c, m in zip(head, row, split, strict=True) if m is None and c]
    table = [f"| | {versions[0]} | {versions[1]} |", "|---|---|---|",
             *(f"| {f.replace('_', ' ')} | {cell[(versions[0], f)]} | {cell[(versions[1], f)]} |"
               for f in fields[versions[0]])]
    return [*rest, *table]


def pairs_as_columns(text: str) -> str:
    """Two or more lines each keying two figures (set apart by a pipe under an "A vs B" heading, or each named), as a
    table of two columns named by the heading or the names."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        columns = _version_columns(lines, i) if i + 1 < len(lines) else None
        if columns is not None:
            out += columns
            i += 2
            continue
        rows: list[tuple[str, str, str]] = []
        names: tuple[str, str] | None = None
        j = i
        while j < len(lines) and (m := _TWO_VALUES.match(lines[j]) or _NAMED_VALUES.match(lines[j])) is not None:
            said = (m.group("na").lower(), m.group("nb").lower()) if "na" in m.groupdict() else None
            if rows and said != names:
                break
            names = said
            rows.append((m.group("k"), m.group("a"), m.group("b")))
            j += 1
        heading = _VS_HEADING.match(out[-1]) if out and names is None else None
        if heading is not None:
            names = (heading.group("a"), heading.group("b"))
        if len(rows) >= 2 and names is not None:
            a, b = names
            out += [f"| | {a} | {b} |", "|---|---|---|", *(f"| {k} | {x} | {y} |" for k, x, y in rows)]
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


_MAX_JSON = 4000
_MAX_JSON_DEPTH = 4
_JSON_MONEY_KEY = screened(r"(?i)\b(?:spend|spending|cost|bill|budget|on[ -]demand(?! (?:tokens?|calls?|volume)))\b")


_LINE_OPENS_OBJECT = screened(r"(?m)^[ \t]*+(\{)")


def _json_lines(text: str) -> str:
    """A JSON object pasted whole (a console's or a sheet's export), nested keys flattened into keyed lines
    ("ptu": {"units": 6} -> "ptu units: 6"); text holding no such object comes back as it was."""
    end = text.rfind("}")
    # (the object opens a line: a command's "jq '{name, ttl}'" before it is no part of it)
    opening = (m.start(1) for m in _LINE_OPENS_OBJECT.finditer(text, 0, max(end, 0)))
    starts = [text.find("{"), *itertools.islice(opening, 2)]
    data: object = None
    for start in dict.fromkeys(s for s in starts if 0 <= s < end and end - s <= _MAX_JSON):
        try:
            data = json.loads(text[start:end + 1])
        except (ValueError, RecursionError):  # (a paste nested thousands deep is no sheet)
            continue
        break
    if not isinstance(data, dict):
        return text
    lines: list[str] = []
    if isinstance(data.get("usageMetadata"), dict) and ("ttl" in data or "expireTime" in data):
        # a cached content's record ("usageMetadata": {"totalTokenCount": 120000}, "ttl": "3600s"): the tokens it holds
        # are the prefix every call reads
        held = data["usageMetadata"].pop("totalTokenCount", None)
        if isinstance(held, int) and not isinstance(held, bool):
            lines.append(f"cached prefix: {held} tokens")

    def flatten(value: object, key: str, depth: int = 0) -> None:
        if isinstance(value, dict) and depth < _MAX_JSON_DEPTH:
            for k, v in list(value.items())[:_MAX_KEYED_ITEMS]:
                flatten(v, f"{key} {k}".strip(), depth + 1)
        elif isinstance(value, (int, float, str)) and not isinstance(value, bool) and key:
            words = key.replace("_", " ")
            # ("on_demand_monthly": 14000, "monthly_spend": 9000: an amount of money, its dollar sign left out)
            dollars = "$" if isinstance(value, (int, float)) and _JSON_MONEY_KEY.search(words) else ""
            lines.append(f"{words}: {dollars}{value}")

    flatten(data, "")
    return text[:start] + "\n".join(lines) + text[end + 1:]


def _unit_price_key(m: re.Match[str]) -> str:
    said = m.group("u") or m.group("u2") or m.group("u3") or m.group("u4") or m.group("u5") or m.group("u6")
    unit = "PTU" if said.lower().startswith("pt") else "unit"
    return f"price per {unit}-hour"


# "rate_per_MTok", "$/1M", "usd per million": a column of prices per million tokens
_PER_MILLION_HEADER = screened(r"(?:\brate|\bprice|\busd|\$)[ _]?(?:/|per)[ _]?(?:1[ _]?)?(?:m|mtok|million)\b")


# "line_item | qty | unit": a sheet whose rows name a figure, give it, and say what it counts
_QTY_UNIT_HEADER = screened(r"(?i)^(?:line[ _]?item|item|metric|line|description|name|field|key)$")
_QTY_HEADER = screened(r"(?i)^(?:qty|quantity|value|amount|count|volume)$")
_UNIT_HEADER = screened(r"(?i)^(?:units?|uom|unit of measure)$")
# a unit the key already says or that a size is counted in by default ("tokens", "per request", "calls")
_UNIT_SAID_BY_KEY = screened(r"(?i)^(?:tokens?|calls?|requests?|writes?|reads?|hits?|events?|count)?"
                             r"(?:\s?(?:per|/)\s?(?:request|call|req))?$")
_QTY_UNIT_ROWS = 40


def _sheet_cells(line: str) -> list[str]:
    """The cells of one pasted sheet line: between pipes, tabs or runs of spaces, else commas."""
    said = line.strip()
    if said.startswith("|"):
        return [c.strip() for c in said.strip("|").split("|")]
    cells = _COLUMNS.split(said)
    return [c.strip() for c in (cells if len(cells) > 1 else said.split(","))]


def _qty_unit_sheet(text: str) -> str:
    """ "line_item, qty, unit" over "rate_input, $5.00, per 1M": each row as a keyed line ("rate_input: $5.00 per 1M"),
    its unit left out where the key already says it ("cache_hit_calls, 8000, calls"); other text as it was."""
    lines = text.split("\n")
    for index, line in enumerate(lines[:-1]):
        cells = _sheet_cells(line)
        if not (len(cells) == 3 and _QTY_UNIT_HEADER.match(cells[0]) and _QTY_HEADER.match(cells[1])
                and _UNIT_HEADER.match(cells[2])):
            continue
        end = index + 1
        while end < len(lines) and end - index <= _QTY_UNIT_ROWS:
            row = _sheet_cells(lines[end])
            if not 2 <= len(row) <= 3 or not row[0] or not any(ch.isdigit() for ch in row[1]):
                break
            unit = row[2] if len(row) == 3 else ""
            value = row[1]
            if _UNIT_SAID_BY_KEY.match(unit):
                unit = ""
                value = re.sub(r"(?i)\s(?:tokens?|calls?|requests?)$", "", value)
            lines[end] = f"{row[0]}: {value}{' ' + unit if unit else ''}"
            end += 1
        if end > index + 1:
            del lines[index]  # (the header, said again in each line)
        return "\n".join(lines)
    return text


# "InputTokens", "CacheReadInputTokenCount": a console's metric named in CamelCase ("UnitPriceHr  : 2.50 USD": a
# console's key, before its figure)
_CAMEL_METRIC = screened(r"\b(?:[A-Z][a-z]{1,10}){1,4}(?:Tokens?|TokenCount|Invocations|Calls|Requests)\b|"
                         r"\b(?:[A-Z][a-z]{1,12}){2,5}(?=[ \t]{0,12}:[ \t]{0,3}[$~]?\d)")
_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def camel_words(name: str, sep: str = " ") -> str:
    """A name in camel or Pascal case as its lower-case words: "cacheReadInputTokens" -> "cache read input tokens"."""
    return _CAMEL_HUMP.sub(sep, name).lower()


def read_columns(text: str) -> str:
    """A table pasted with its columns set apart by spaces, read before the spaces are collapsed: a header line over a
    line of figures ("calls/week   input tok/call" over "250,000   3,000") gives each figure its column's name, and a
    `key    value` line ("input tokens    4,000,000,000") is a labelled figure. Other lines are kept as they were."""
    text = join_price_units(text)
    if "#" in text:
        text = _KEYED_COMMENT.sub(_priced_comment, text)
    if not text.islower():  # (a capital letter somewhere, or no letters at all: one pass in C, not a loop)
        text = _CAMEL_METRIC.sub(lambda m: camel_words(m.group(0)), text)
    if "qty" in (lower := text.lower()) or "unit" in lower or "quantity" in lower:
        text = _qty_unit_sheet(text)
        text = _QTY_PRODUCT.sub(_qty_product, text)
    if "(" in text:
        text = _INPUT_CACHED_ASIDE.sub(lambda m: f"{m.group('q').lower()} input", text)
        text = _KEY_PERIOD_ASIDE.sub(_key_period_aside, text)
        text = _KEY_PERIOD_NOTE.sub(_key_period_note, text)
        text = _RATIO_KEY_ASIDE.sub(lambda m: m.group("key"), text)
        if "caching)" in text.lower():
            text = _FEATURE_ASIDE.sub(lambda m: m.group("key"), text)
    if "max" in text or "peak" in text:
        text = _LOAD_STAT_ROWS.sub(_load_stat_rows, text)
    if "{" in text and '"' in text:
        text = _json_lines(text)
    if ":" in text and ("rate" in text.lower() or "pric" in text.lower()):
        text = _nested_rates(text)
    text = _UNIT_PRICE_KEY.sub(_unit_price_key, text)
    if ("," in text and ("=" in text or ":" in text)) or ";" in text:
        text = "\n".join(_keyed_items_apart(line) for line in text.split("\n"))
    if ":" in text or "=" in text:
        text = _TWO_KEYS_ON_A_LINE.sub(lambda m: m.group("a") + "; ", text)
    if "(direct" in text.lower():  # (before asides in brackets are set aside)
        text = _DIRECT_INVOICE_TOTAL.sub(lambda m: f": direct spend {m.group('v')} a {m.group('p')}", text)
    if ".." in text or " . " in text:
        text = _DOT_LEADER.sub(": ", text)  # "input ........ 3.1bn": a leader of dots between a key and its value
    if "@" in text or " at " in text or " at\t" in text or " x " in text or "×" in text:
        text = _CALL_LINE_TOTAL.sub(_drop_line_amount, text)
        text = _CALLS_AT_FEE.sub(_calls_at_fee, text)
        text = _COUNT_TIMES_FEE.sub(_count_times_fee, text)
        text = _LINE_NUMBER.sub("", text)
        text = _LABEL_COUNT_AT.sub(_label_count_at, text)
    if ":" in text or "=" in text:
        text = _KEYED_CACHE_LINE.sub(_keyed_cache_line, text)

        text = _KEYED_ON_DEMAND.sub(_keyed_spend, text)
        if "call" in text or "req" in text:
            text = _KEYED_CALL_SIZE.sub(lambda m: f"{m.group('n')} tokens per call", text)
            text = _KEYED_SIDE_PER_CALL.sub(_keyed_side_per_call, text)
        if "mix" in text or "split" in text or "ratio" in text:
            text = _KEYED_MIX.sub(lambda m: f"{m.group('a')}/{m.group('b')} in/out", text)
    if "  " not in text and "\t" not in text:
        return text
    out: list[str] = []
    header: list[str] | None = None
    column_period = ""  # the period a two-column header names for the values under it (" per business day")
    column_rate = ""  # the price per million a two-column header names for the values under it ("rate_per_MTok")
    lines = text.split("\n")
    for index, line in enumerate(lines):
        parts = _COLUMNS.split(line.strip())
        aside = ""
        if len(parts) == 3 and _ASIDE_CELL.fullmatch(parts[2]):
            # "avg_calls_per_hour   9   (arrivals look random)": a key, its value and a note on it
            aside, parts = f" {parts[2]}", parts[:2]
        if not 2 <= len(parts) <= _ROW_MAX_CELLS or not all(parts):
            header, column_period, column_rate = None, "", ""
            out.append(line)
            continue
        numbers = [bool(_TABLE_NUMBER.fullmatch(p.lower())) for p in parts]  # ("3.5M": a scale in capitals)
        if len(parts) == 2 and numbers == [False, False]:
            from bot.parse.tables import period_of

            named = period_of(parts[1].lower())
            if named is not None:
                # "metric <tab> per business day" over "input tokens <tab> 42M": each value is that period's
                column_period, header = f" a {named}", None
                out.append(line)
                continue
            if _QTY_UNIT_HEADER.match(parts[0]) and _PER_MILLION_HEADER.search(parts[1].lower()):
                # "line_item <tab> rate_per_MTok" over "input_cached <tab> 1.25": each value is that key's price
                column_rate, header = parts[1], None
                out.append(line)
                continue
        hit_rate = len(parts) == 2 and _CELL_HIT_RATE.match(parts[0].lower().replace("_", " ").strip())
        if hit_rate and _CELL_PERCENT.fullmatch(parts[1]):
            out.append(f" {parts[1]} hit rate ")  # "hit_rate    80%"
            header = None
        elif len(parts) == 2 and numbers == [False, True]:
            # "input tokens    4,000,000,000", "calls/day  2000": a key and its value (never a row under a header)
            said = _row_cell(f"{parts[0]} {column_rate} {parts[1]}" if column_rate else " ".join(parts))
            # (a row it cannot say stays aligned for read_tables)
            out.append(said.rstrip() + column_period + " " + aside if said != " ".join(parts) else line)
            header = None
        elif (header is not None and len(parts) >= 3 and len(header) == len(parts) and numbers[-1]
              and not _another_row(lines[index + 1:index + 2], len(parts))):
            # (a header over several rows is a table, read as one by read_tables)
            # ("direct $/MTok in" beside "Bedrock $/MTok in": each channel's price named by its channel)
            from bot.parse.tables import fee_by_basis_row, unit_priced_row  # (tables reads cells with these readers)

            out.pop()  # (the header line, said again in each cell: "input_$/1M" is no million of anything)
            priced = unit_priced_row(header, parts) or fee_by_basis_row(parts)
            if priced is not None:
                out.append(priced)  # "vision-label-api   1k images   2,400   $1.50": its calls at their fee
                header = None
                continue
            routed = len({m.group(0) for h in header if (m := _CELL_ROUTE.search(h.lower().replace("_", " ")))}) >= 2
            if routed:
                # ("gpt-4o input | 8.00 | 10.00" under "direct $/1M | azure $/1M": the row's label names the side)
                sides = {side for p, n in zip(parts, numbers, strict=True) if not n
                         for side, rx in _CELL_SIDE.items() if rx.search(p.lower())}
                if len(sides) == 1:
                    side = sides.pop()
                    header = [f"{h} {side}" if n and not any(rx.search(h.lower()) for rx in _CELL_SIDE.values())
                              else h for h, n in zip(header, numbers, strict=True)]
            out.append(";".join((_routed_cell(h, p) if routed else _row_cell(f"{h.replace('_', ' ')} {p}")) if n
                                else f" {h} {p} "
                                for h, p, n in zip(header, parts, numbers, strict=True)))
            header = None
        else:
            header = parts if len(parts) >= 3 and not any(numbers) else None
            column_period = column_rate = ""
            out.append(line)
    return "\n".join(out)


def _another_row(following: list[str], width: int) -> bool:
    """The line after a row (in ``following``) is another row of the same width ending in a figure."""
    parts = _COLUMNS.split(following[0].strip()) if following else []
    return len(parts) == width and all(parts) and _TABLE_NUMBER.fullmatch(parts[-1].lower()) is not None


# "500 visible out + 3,500 reasoning", "3.5k thinking tokens plus 500 output": reasoning tokens are billed as output,
# so the output of a call is the two together.
_NUM = r"\d{1,3}(?:,\d{3})+|\d{1,7}(?:\.\d{1,3})?"
_REASONING_WORD = r"(?:reasoning|thinking|hidden|internal)(?:\s(?:tokens?|toks?))?"
_OUT_WORD = r"(?:visible\s|answer\s|final\s)?(?:out|output|completion)(?:\s(?:tokens?|toks?))?"
_REASONING_OUT = screened(
    r"(?<![\w.$,])(?:(?P<a>" + _NUM + r")(?P<as>k)?\s?" + _OUT_WORD + r"\s?(?:\+|plus|and)\s?(?:another\s|about\s|~)?"
    r"(?P<b>" + _NUM + r")(?P<bs>k)?\s?" + _REASONING_WORD + r"|(?P<c>" + _NUM + r")(?P<cs>k)?\s?" + _REASONING_WORD
    + r"\s?(?:\+|plus|and)\s?(?:about\s|~)?(?P<d>" + _NUM + r")(?P<ds>k)?\s?" + _OUT_WORD + r")\b"
)
# "typically 600 + 600 in/out", "2k + 500 in and out": the input and output of a call said as a sum.
_IN_OUT_WORDS = r"(?:in\s?/\s?out|in and out|input\s?/\s?output|input and output|in\s?:\s?out)"
_SUM_IN_OUT = screened(
    r"(?<![\w.$,])(?P<a>" + _NUM + r")(?P<as>k)?\s?\+\s?(?P<b>" + _NUM + r")(?P<bs>k)?\s?" + _IN_OUT_WORDS + r"\b"
    # "an even split in/out, typically 600 + 600": the sides named just before the sum
    r"|(?<=\b" + r"in/out" + r")(?P<gap>[^.;\n\d$]{0,30}?)(?<![\w.$,])(?P<a2>" + _NUM + r")(?P<as2>k)?\s?\+\s?(?P<b2>"
    + _NUM + r")(?P<bs2>k)?\b(?!\s?(?:%|\$|[a-z]))"
)


def _sum_in_out(m: re.Match[str]) -> str:
    if m.group("a"):
        return f"{m.group('a')}{m.group('as') or ''} in / {m.group('b')}{m.group('bs') or ''} out"
    return f"{m.group('gap')}{m.group('a2')}{m.group('as2') or ''} in / {m.group('b2')}{m.group('bs2') or ''} out"


def _tokens_of(num: str, scale: str | None) -> Decimal:
    return Decimal(num.replace(",", "")) * (1000 if scale else 1)


def _reasoning_out(m: re.Match[str]) -> str:
    parts = ((m.group("a"), m.group("as")), (m.group("b"), m.group("bs"))) if m.group("a") else (
        (m.group("c"), m.group("cs")), (m.group("d"), m.group("ds")))
    return f"{_show(sum((_tokens_of(n, s) for n, s in parts), Decimal(0)))} out"


# "forecasting 1.2B input tokens for Q3", "in Q4 FY25": a named quarter is a quarter's span.
_NAMED_QUARTER = screened(r"\b(?P<pre>for|in|during|over|across|through)\s(?:fy\s?'?\d{2,4}\s)?q[1-4]"
                          r"(?:\s?(?:fy\s?)?'?\d{2,4})?\b(?=\s?(?:[.,;:!?(]|$))")


# "peak is 'about 4x the average'", 'their CFO says "we use 60% of it"': a quoted phrase holding a figure is read as
# if said plainly (the quote marks would cut the figure from its words).
_QUOTED_FIGURE = screened(
    r"(?<![a-z0-9])(?P<mark>['\"])(?P<said>[^'\"\n]{0,60}?(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|"
    r"ten|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|third|quarter|fifth|twice|double)\b)"
    r"[^'\"\n]{0,60}?)(?P=mark)(?![a-z0-9])")


# "three-to-one input to output", "a four to one mix": a ratio of small number words, written in digits.
_WORD_RATIO = screened(
    r"\b(?P<a>one|two|three|four|five|six|seven|eight|nine|ten)(?:-to-|\sto\s(?=(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten)\s(?:in|input|out|output|mix|ratio|split|prompt|completion)\b))"
    r"(?P<b>one|two|three|four|five|six|seven|eight|nine|ten)\b")


# "cached reads at a quarter per million", "a dime a call": a coin's worth as a price (not a share of another).
# (a word may name the call: "a nickel per orchestrated call")
# ("a flat nickel a call", "fixed dime per request": the fee's kind said before the coin)
_COIN_RATE = screened(r"(?<!and )\b(?:(?:a|one)\s(?:flat\s|fixed\s)?|flat\s|fixed\s)(?P<coin>quarter|dime|nickel)\s"
                      r"(?=(?:per|a|an|/|each)\s?"
                      r"(?:million|mil|m|mtok|1m|(?:[a-z]{3,15}\s)?(?:call|request|query|task|document|doc|page))\b)")
_COINS = {"quarter": "0.25", "dime": "0.10", "nickel": "0.05"}


# "40k tickets every business night (22 runs a month)": a job run once a night, its runs a month the days it runs.
_NIGHTLY_RUNS = screened(r"(?<![\w.$,])(?P<n>\d{1,2})\s(?:runs|nights|batches|jobs)\s(?:a|per|/|each)\s?(?:month|mo)\b")
# "nightly batch job", "runs every night", "the overnight run", "cost per night": a job run once a night.
NIGHTLY = screened(r"\bnightly\b|\b(?:every|each|per|a|one|once a) (?:business |working |week)?night\b|"
                   r"\bovernight (?:batch|job|run|pass|pipeline)\b")
# "Jamal says 25% off saves money at 50%. same discount at 90%?": the figure after "same discount at" is a utilization.
_SAME_DISCOUNT_AT = screened(r"\b(?P<lead>(?:same|that|this|the same) (?:discount|deal|offer) at )"
                             r"(?P<p>\d{1,3}(?:\.\d{1,2})?\s?%)(?!\s?(?:util|utili[sz]ation|off|discount))")
# "writes at 1.25 times input", "2 times the base price": a multiple of the input rate, as "1.25x input" says it.
_TIMES_INPUT = screened(r"(?<=\d) ?times (?=(?:the |their |our )?(?:input|base|normal|standard|regular)\b)")
# "the $0.015-per-call endpoint", "a 1.5-cent-per-call fee": a fee written as one compound word.
_PER_UNIT_COMPOUND = screened(r"(?:(?<=\d)|(?<=\dc)|(?<=cent)|(?<=cents)|(?<=¢))-(?:per|a)-"
                              # ("the normal $2.50-per-million input rate": a price per million said as one word)
                              r"(?=(?:call|request|query|task|page|document|doc|image|run|million|mtok|m)\b)")
# "input's half a dollar per million": fifty cents, not half of anything.
_HALF_A_DOLLAR = screened(r"\bhalf an? (?:dollar|buck)\b")
# "90% p95 util", "p99 utilisation 0.93": a percentile's name holds digits that would part the figure from its label.
_PERCENTILE_LABEL = screened(r"\bp(?:50|75|90|95|99)(?=[\s_-](?:util|utili[sz]ation|load|usage)\b)")


# "avg 68% of committed TPM (p50 66%, p90 81%)": percentiles of a figure whose average is said; no input of their own.
_PERCENTILE = screened(r"\bp(?:50|75|90|95|99)\s?[:=]?\s?~?\d{1,3}(?:\.\d{1,2})?\s?%")


# "direct api, input $3.00/m." over "bedrock list, input $3.60/m." (a table of channels and their rates): each rate
# said as its channel's, "direct: $3.00/m input"
_CHANNEL_ROW_RATE = screened(
    r"(?m)^[ \t]*(?P<route>direct|azure(?: openai)?|bedrock|vertex(?: ai)?|aws|gcp|google cloud)(?: api)?"
    r"(?P<list> list| at list| list price)?, (?P<side>input|output) (?P<v>\$[\d.]{1,10}/m)\b"
    r"(?:, (?P<side2>input|output) (?P<v2>\$[\d.]{1,10}/m)\b)?")
# "bedrock | input | $3.00 / 1M tok | list": a row of cells, its channel, its side and its price per million
_CHANNEL_CELLS_RATE = screened(
    r"(?m)^[ \t]*(?P<route>direct|azure(?: openai)?|bedrock|vertex(?: ai)?|aws|gcp)(?: api)?[ \t]*[|;][ \t]*"
    r"(?P<side>input|output)(?: tokens?)?[ \t]*[|;][ \t]*(?P<v>\$\d{1,4}(?:\.\d{1,6})?)[ \t]?/[ \t]?(?:1[ \t]?)?"
    r"(?:m|mtok|million)(?:[ \t]?tok(?:en)?s?)?\b")


# "direct output: $10.00/MTok" over "azure output: $12.80/MTok": a channel's price keyed with its side, said as the
# channel's ("direct: $10.00/mtok output")
# ("inv-88240 aws bedrock list input tokens: $3.25/ mtok": an invoice line's number and the list price named)
_CHANNEL_SIDE_KEY = screened(
    r"(?m)^(?P<lead>[ \t]*)(?:[a-z]{1,8}-?(?:\d{1,10}|ref)[ \t]+)?(?:(?:aws|amazon) (?=bedrock)|google (?=vertex))?"
    r"(?P<route>direct|azure(?: openai)?|bedrock|vertex(?: ai)?|aws|gcp|google cloud)(?: api)?(?: list(?: price)?)? "
    r"(?P<side>input|output)(?: tokens?)?(?: (?:price|rate))?[ \t]?[:=][ \t]?(?P<v>\$[\d.,]{1,10}[ \t]?/[ \t]?"
    r"(?:1[ \t]?)?(?:m|mtok|million)(?: tokens?)?)[ \t]*$")


_MAX_KEYED_ROUTES = 16


# "2.5m tokens/hour per unit": one unit's throughput, said per unit after its hour
_PER_UNIT_THROUGHPUT = screened(
    r"(?<![\w.$,])(?P<n>\d[\d,]{0,9}(?:\.\d{1,3})?\s?(?:k|m|bn|b)?)\s?(?:tokens?|toks?)\s?(?:/|per|an?)\s?"
    r"(?P<p>hour|hr|h)\s(?:per|/|each|a|for each)\s(?:model\s)?unit\b")
# "5-day weeks", "a six-day work week": the days a week the traffic runs
_DAY_WEEKS = screened(r"\b(?P<n>[1-7]|one|two|three|four|five|six|seven)[- ]day (?:work(?:ing)? )?weeks?\b")
# "each summary reads 1,800 tokens and writes 250": what a call takes in and what it writes back
_READS_AND_WRITES = screened(
    # (a count never ends in its comma: "writes 450, and they ...")
    r"\b(?:reads|takes in|ingests|consumes|sends)\s(?:about\s|around\s|~)?(?P<i>\d(?:[\d,]{0,9}\d)?(?:\.\d{1,2})?"
    r"(?:\s?k\b)?)\s"
    r"(?:input\s)?tokens?(?:\sin)?,?\s(?:and|then)\s(?:writes|returns|produces|generates|emits|spits out|gives back)\s"
    r"(?:about\s|around\s|~)?(?P<o>\d(?:[\d,]{0,9}\d)?(?:\.\d{1,2})?(?:\s?k\b)?)(?:\s(?:output\s)?tokens?)?\b"
    r"(?!\s?(?:%|calls?))")
# "roughly 4 input tokens per output token", "3 in for every 1 out": the input:output mix said as tokens of one side
# for each token of the other (never a count of tokens).
_TOKENS_PER_TOKEN = screened(
    # ("three input tokens to every output token": the count in words)
    r"(?<![\w.$,])(?P<a>\d{1,2}(?:\.\d{1,2})?|two|three|four|five|six|seven|eight|nine|ten) (?:input|in|prompt)"
    r"(?: tokens?)? "
    r"(?:per|for (?:every|each)|to (?:every|each)) (?:1 |one |each |every )?(?:output|out|completion)(?: tokens?)?\b")


# "says: per_call_fee=$0.0021", "and cache_read: 0.30": a sheet's key written in snake case inside a line
# ("flat 24x7, peak_to_average 1.1": the key then its figure after a space)
_SNAKE_KEY = screened(r"\b[a-z][a-z0-9]{0,20}(?:_[a-z0-9]{1,20}){1,6}(?=\s?[:=]\s?[$~\d]|\s~?\d)")


# "on-demand for the same tokens would've been 210k/mo": an amount after what on-demand costs is dollars, "$" or not
# ("on-demand volume comes to 500M a month" counts tokens)
# "cust spending 40k/mo on gpt4o thru azure", "they pay ~120k a year": a spend in thousands or millions a period,
# said by the verb of spending without its dollar sign
_BARE_SPEND = screened(
    # ("on demand for the same tokens theyd pay about 3.9k/mo", "if direct is eighteen and a half K a quarter")
    r"\b(?:spending|spends|spend|spent|paying|pays|paid|pay|billed|billing|direct(?:[- ]api)? (?:is|runs|costs?))\s"
    r"(?:us\s|them\s)?(?:about\s|around\s|roughly\s|"
    r"like\s|~\s?)?(?=\d[\d,]{0,12}(?:\.\d{1,3})?\s?(?:k|m|mm)\b\s?(?:/|per\s|a\s|an\s|each\s)\s?"
    r"(?:mo|month|yr|year|day|wk|week|qtr|quarter)\b)|"
    # ("what does 250k a year direct turn into on bedrock": the amount and its period, then the route it is spent on)
    r"(?<![\w.$,])(?=\d[\d,]{0,12}(?:\.\d{1,3})?\s?(?:k|m|mm)\b\s?(?:/|per\s|a\s|an\s|each\s)\s?"
    r"(?:mo|month|yr|year|day|wk|week|qtr|quarter)\b\s(?:(?:on|through|via|of|at)\s)?direct\b)")
# "saves 175 a day at 10k calls/day": a saving claimed over a period is money, never a count of calls
_BARE_SAVING = screened(
    r"\b(?:saves?|saving|savings of|save them|saves them|saves us)\s(?:about\s|around\s|roughly\s|like\s|~\s?)?"
    r"(?=\d[\d,]{0,9}(?:\.\d{1,2})?\s?(?:k\b)?\s?(?:/|a\s|an\s|per\s|each\s)\s?(?:day|week|month|year|mo|yr|wk)\b)")
_BARE_ON_DEMAND_SPEND = screened(
    r"\bon[- ]demand\b(?!\s(?:volume|traffic|usage|load|tokens?|toks|calls?|requests?)\b)[^.;?!\d$\n]{0,60}?"
    r"\b(?:would(?:'ve| have)? been|wouldve been|would be|would cost|costs?|"
    # ("same tokens on demand run them 7.5k/mo": whom it costs, between the verb and the amount; "est 52k/mo")
    r"est\.?|estimated(?: at)?|estimate(?: is)?|"
    # ("on demand for the same tokens is runnin ~4.8k a day": running, typed short)
    r"cost them|runs?|ran|(?:is |are |was )?runn(?:ing|in'?)|is|was|comes? to|came to)\s"
    r"(?:(?:them|us|the customer|the client)\s)?"
    r"(?:about\s|around\s|roughly\s|~\s?)?"
    # ("bill for the same tokens runs 9,360 a month": thousands written out, no scale letter)
    r"(?=(?:\d[\d,]{0,12}(?:\.\d{1,3})?\s?(?:k|m|mm|bn)\b|\d{1,3}(?:,\d{3}){1,3}(?:\.\d{2})?(?![\d,]))"
    r"\s?(?:(?:/|per\s|a\s|an\s|each\s)\s?(?:mo|month|yr|year|day|wk|week|qtr|quarter)\b|"
    # ("on demand for the same tokens those units push would be 12k flat": the period the ask's own)
    r"flat\b|all[- ]in\b|in total\b|total\b))")


# "the tokens they'd push that month cost 95k on demand": a cost verb, a bare amount with its scale, then on-demand
_BARE_SPEND_ON_DEMAND = screened(
    r"\b(?:cost|costs|costing|would cost|run|runs|ran|comes? to|came to)\s(?:about\s|around\s|roughly\s|~\s?)?"
    r"(?=\d[\d,]{0,12}(?:\.\d{1,3})?\s?(?:k|m|mm|bn)\b\s(?:on[- ]demand|od|payg)\b)|"
    # ("vs the 120k/mo they'd spend on demand": the amount and its period first, then who spends it on-demand)
    r"(?<![\w.$,])(?=\d[\d,]{0,12}(?:\.\d{1,3})?\s?(?:k|m|mm|bn)\b\s?(?:/|a\s|per\s)\s?(?:mo|month|yr|year|day|"
    r"wk|week)\b\s(?:they'?d|theyd|they would|we'?d|we would|they|we)\s(?:spend|pay|be spending|be paying)\s"
    r"(?:on[- ]demand|od|payg)\b)")


# "direct-equivalent spend this quarter: $90,000", "bill last month = $12k": a spend keyed with its period, said with
# the period after the amount ("...: $90,000 a quarter")
_SPEND_KEY_PERIOD = screened(
    r"\b(?P<key>(?:spend|spending|bill|invoice|cost|costs|usage))\s(?:this|last|per|each|for the|a|an|in the)\s"
    r"(?P<p>month|quarter|year|week|day)\s?[:=]\s?(?P<v>~?\$\s?\d[\d,]{0,12}(?:\.\d{1,2})?(?:\s?(?:k|m|mm)\b)?)")
# "Invoice summary (direct API, last month): TOTAL $40,000.00": a direct invoice's total over the period it names
_DIRECT_INVOICE_TOTAL = screened(
    r"(?i)\((?P<route>direct(?: api)?),?\s(?:last|this|previous|past) (?P<p>month|quarter|year|week)\)\s?:\s?"
    r"(?:total|sum|amount|grand total)\s?[:=]?\s?(?P<v>\$\s?\d[\d,]{0,12}(?:\.\d{1,2})?(?:\s?[km]\b)?)")
# "input_rate = 1.25   # $/MTok": a sheet's comment after a keyed value, read as the value's unit
# ("cached_input_rate: $0.3125/M   # a quarter of input": the value's unit before the comment)
_KEYED_COMMENT = screened(r"(?m)^(?P<kv>[ \t]*[a-z][\w ./-]{0,40}[ \t]?[:=][ \t]?~?\$?\d[\d,]{0,12}(?:\.\d{1,6})?"
                          r"(?:[ \t]?(?:%|[kmb]|/[ \t]?(?:1?m|mtok|1?k|hr|hour|h|call|req|request|mo|month|day|wk|"
                          r"week)))?)"
                          r"[ \t]+#[ \t]*"
                          r"(?P<note>[^\n#]{1,40})$")
# "# $/MTok", "# usd per 1M tokens": a comment naming a bare value's price per million tokens
_NOTE_PER_MILLION = screened(r"^(?:\$|usd|dollars?)[ \t]?(?:/|per)[ \t]?(?:1[ \t]?m|m|mtok|million)"
                             r"(?:[ \t]?tok(?:en)?s)?$")


def _priced_comment(m: re.Match[str]) -> str:
    """A bare keyed value whose comment names it a price per million, said as one ("alt_per_token_input=2.00  #
    $/MTok": "alt_per_token_input=$2.00/M"), before the keyed lines are read; any other line as it was."""
    kv, note = m.group("kv"), m.group("note").strip()
    if "/" in kv or "$" in kv or not _NOTE_PER_MILLION.match(note.lower()):
        return m.group(0)
    key, sep, value = re.split(r"([:=][ \t]?~?)", kv, maxsplit=1)
    return f"{key}{sep}${value.strip()}/M"


# "EA discount (applies to Azure consumption)  12%": a sheet's key with a note of three words or more in brackets
# before its value, read as the key, its value and then the note (a note naming a unit, a period or a kind of price,
# "(list)", "(at list price)", "(cached input)", stays where it is)
_KEY_NOTE_VALUE = screened(r"(?m)^(?P<k>[ \t]{0,8}[a-z][a-z -]{1,40}?)[ \t]?"
                           r"\((?P<note>[a-z][a-z,'-]{0,20} [a-z][a-z,'-]{0,20} [a-z][a-z ,'-]{0,40})\)"
                           r"[ \t]?[:=]?[ \t]?(?P<v>[~+]?\$?\d[\d,]{0,12}(?:\.\d{1,4})?(?:[ \t]?(?:%|k|m|bn))?)[ \t]*$")
_UNIT_IN_NOTE = screened(r"\b(?:per|tokens?|toks?|mtok|usd|eur|dollars?|cents?|hours?|hrs?|days?|weeks?|months?|"
                         r"years?|quarters?|hourly|daily|weekly|monthly|annual|yearly|quarterly|calls?|requests?|"
                         r"units?|ptus?|list|direct|on[- ]demand|od|payg|provisioned|reserved|committed|cached|"
                         r"cache|input|output|in|out|reads?|writes?|hits?|blended|effective|net|gross)\b")


# "throughput per unit at 100%: 500k tokens/hr": a unit's throughput keyed with the full load it is measured at (the
# load is what a unit's throughput means; left in, its 100% reads as a utilization)
_PER_UNIT_AT_FULL = screened(r"\b(?P<k>(?:throughput|capacity|tokens?|tok|tpm)\s(?:per|/)\s?"
                             r"(?:unit|ptu|model unit|pt unit))\s(?:at|@)\s(?:100\s?%|full (?:load|use|utili[sz]ation))"
                             r"(?=\s?[:=])")
# "Input tokens (Q3): 1.2bn": a key labelled in brackets with the quarter its value covers, read as that quarter's
# ("Q3 input tokens: 1.2bn")
_QUARTER_IN_KEY = screened(r"(?m)^(?P<k>[ \t]*[a-z][a-z /_-]{1,40}?)[ \t]?\((?P<q>q[1-4](?:[ \t]?(?:fy)?'?\d{2,4})?)\)"
                           r"(?=[ \t]?[:=])")
# "input rate $3/MTok | output rate $15/MTok": pairs of a key and its value on one line, split by a pipe, each its own
# clause (a pipe is no side's word: the second key's side never reaches back to the first value)
_PIPE_BETWEEN_PAIRS = screened(r"(?<=\d|%)(?P<unit>/?[a-z]{0,5}) \| (?=[a-z])")


def _key_note_value(m: re.Match[str]) -> str:
    if _UNIT_IN_NOTE.search(m.group("note")):
        return m.group(0)
    return f"{m.group('k').rstrip()}: {m.group('v')} ({m.group('note').strip()})"


# "each résumé is about 5,000 tokens in", "every claim averages 3k tokens": the item one call reads, sized in tokens
# ("each claim packet averages ~9,000 tokens": a word about the item before its noun)
# ("every fax they process averages around 5,000 input tokens": who handles the items between)
# ("each label image works out to about 850 input tokens": the item named by the word before its noun too)
_EACH_ITEM_SIZED = screened(r"\b(?:each|every|per) (?:(?P<mod>[a-z]{3,16}) )?(?P<noun>[a-z]{3,16})"
                            r"(?: (?:they|we|you) [a-z]{3,12})? (?:is|averages|runs|uses|"
                            r"takes|has|comes to|works out to|works out at|comes out to|"
                            r"needs|carries)(?: about| around| roughly| approx\.?| ~)? ~?\d[\d,.]{0,12}\s?k? "
                            r"(?:tokens|toks|input|in)\b")
# Nouns that already say what they count (calls, periods, tokens): never rewritten as calls.
_NOT_ITEMS = frozenset({"call", "request", "query", "prompt", "token", "month", "week", "day", "hour", "year", "unit",
                        "input", "output", "side", "message", "turn", "step", "task", "run", "session"})


def _items_as_calls(text: str) -> str:
    """ "each résumé is about 5,000 tokens in ... 11,000 résumés every business day": items one call each reads,
    counted over a period, are that many calls ("11,000 calls every business day")."""
    sized = _EACH_ITEM_SIZED.search(text)
    if sized is None or sized.group("noun") in _NOT_ITEMS:
        return text
    for word in (sized.group("noun"), sized.group("mod")):
        if word is None or word in _NOT_ITEMS:
            continue
        counted = re.compile(r"(?<![\w.$,])(?P<n>\d[\d,]{0,12}(?:\.\d{1,3})?"
                             r"(?:\s?(?:k|m|mm|bn)\b| million| billion| thousand)?)"
                             r" (?:(?!million|billion|thousand)[a-z]{3,12} )?" + re.escape(word)
                             + r"(?:s|es)?\b(?= (?:a|an|per|every|each|/) ?(?:(?:business|working|work) )?"
                               r"(?:day|week|month|hour|year|quarter)\b)")
        said = counted.sub(lambda m: f"{m.group('n')} calls", text)
        if said != text:
            return said
    return text


# "400 avg tpm k, 1000 p100 tpm k" (a sheet's keys avg_tpm_k and p100_tpm_k, as the table readers write them): the
# average and the peak load, in the words the load readers know ("average 400k tpm, peak 1000k tpm")
_KEYED_LOAD = screened(
    r"(?m)(?<![\w.$,])(?P<n>\d{1,3}(?:,\d{3})++(?:\.\d{1,4})?|\d{1,12}(?:\.\d{1,4})?) "
    r"(?:(?P<kind>avg|average|mean|p100|p99|max|peak)[ _](?P<unit>tpm|rpm|rps|tps|qps)|"
    r"(?P<unit2>tpm|rpm|rps|tps|qps)[ _](?P<kind2>avg|average|mean|p100|p99|max|peak))(?: (?P<k>k|m))?"
    r"(?=[,;]|\.?[ \t]*$)")


def _keyed_load(m: re.Match[str]) -> str:
    kind = m.group("kind") or m.group("kind2")
    name = "average" if kind in ("avg", "average", "mean") else "peak"
    return f"{name} {m.group('n')}{m.group('k') or ''} {m.group('unit') or m.group('unit2')}"


# "14bn forecast input tokens", "2M billed output tokens": a word about the count between it and its side
_COUNT_ADJ_SIDE = screened(r"(?<![\w.$])(?P<n>\d[\d,]{0,12}(?:\.\d{1,4})?\s?(?:k|m|mm|b|bn|million|billion)?) "
                           r"(?:forecast|forecasted|expected|projected|estimated|planned|billed|actual|metered|total) "
                           r"(?P<side>input|output|prompt|completion)(?= tok)")
# "cached_content.token_count = 200000", "cached context tokens: 32k": the size of what is cached, keyed (a count
# per period is a volume, not a size)
# ("36,000 cached content tokens,": the same key after its value, as the sheet readers write it)
_KEYED_CACHED_SIZE = screened(
    r"(?m)\bcached[ _.](?:(?:content|context|prompt|prefix|block)[ _.])?(?:token[ _]?count|tokens|size(?: in tokens)?|"
    r"length)[ \t]*[:=][ \t]*~?(?P<n>\d[\d,]{0,12}(?:\.\d{1,3})?(?:\s?k)?)(?:\s?tok(?:en)?s?)?[ \t]*$|"
    r"(?<![\w.$,])(?P<n2>\d{1,3}(?:,\d{3})*+(?:\.\d{1,3})?(?:\s?k)?) cached (?:content|context|prompt|prefix|block) "
    r"tokens(?=[ \t]*[,;.]?[ \t]*$)")
# "cached input: half price", "cache reads: a tenth of the input rate": a cache price keyed as a share in words
_KEYED_CACHE_SHARE = screened(r"(?m)\b(?P<k>cached input|cached reads?|cache reads?|cache hits?|cached)"
                              r"(?: rate| price)?"
                              r"[ \t]*:[ \t]*(?=(?:half|a half|one half|a tenth|one tenth|a quarter|a fifth|a third)"
                              r"\b)")
# "a twentieth of that", "one eighth of the input": a fraction the fraction readers leave (they read half, third,
# quarter, fifth and tenth), said of another figure
_ORDINALS = {"sixth": 6, "eighth": 8, "ninth": 9, "twelfth": 12, "fifteenth": 15, "twentieth": 20, "fortieth": 40,
             "fiftieth": 50, "hundredth": 100}
_RARE_FRACTION_OF = screened(r"(?:\b(?:an?|one) (?:(?P<o>sixth|eighth|ninth|twelfth|fifteenth|twentieth|fortieth|"
                             r"fiftieth|hundredth)|(?P<n>[6-9]|[1-9]\d{1,2})th)|"
                             # ("1/20 of that": a fraction in figures, never one token)
                             r"(?<![\w./])(?P<a>[1-9]\d?)/(?P<b>[1-9]\d{0,2})(?![\w./]))"
                             r" of (?=that\b|it\b|this\b|the (?:input|output|prompt|tokens)\b|input\b|output\b)")
def _rare_fraction(m: re.Match[str]) -> str:
    part = (Decimal(1) / _ORDINALS[m.group("o")] if m.group("o") else Decimal(1) / int(m.group("n")) if m.group("n")
            else Decimal(m.group("a")) / Decimal(m.group("b")))
    return f"{_show(part * 100)}% of " if part <= 1 else m.group(0)


# "cached input comes in at half price", "cached tokens are billed at a tenth of the price", "cache hits get a 90%
# discount": a cache price's share of input said with a verb, read as "cached input at half price", "... at 90% off"
_CACHE_SHARE_VERB = screened(
    r"\b(?P<k>cached input|cached tokens|cached reads?|cache reads?|cache hits?|cached prefix|cached prompt)"
    r"(?: tokens)? (?:comes? in|comes? through|are|is|gets?|will be|would be|end up|ends up|bills?|runs?)"
    r"(?: billed| charged| priced)? "
    r"(?:at |for )?(?:(?=(?:half|a half|one half|a tenth|one tenth|a quarter|a fifth|a third)\b)|"
    r"a (?P<d>\d{1,2}(?:\.\d)?)% discount\b)")
# "a quarter in which we produce 90,000 summaries", "a month in which they run 2M calls"
_PERIOD_IN_WHICH = screened(
    r"\b(?:a|the|one) (?P<p>quarter|month|week|year|day) in which (?:we|they|you|the customer|it) "
    r"(?:produce|make|run|process|handle|send|generate|do|create|serve)\s(?:about\s|around\s|roughly\s|~\s?)?"
    r"(?P<n>\d[\d,]{0,12}(?:\.\d{1,3})?\s?(?:k|m)?)\s(?P<what>[a-z]{3,16})\b")
# "Each week 38,000 calls hit the cache", "every day, about 2M requests": the period said before the count of calls
_PERIOD_BEFORE_CALLS = screened(
    r"(?:^|(?<=[.;:!?\n] )|(?<=\n))(?P<lead>each|every|per|a) (?P<p>day|week|month|quarter|year|hour),? "
    r"(?P<about>(?:about|around|roughly|~)\s?)?(?P<n>\d[\d,]{0,12}(?:\.\d{1,3})?\s?(?:k|m)?)\s"
    r"(?P<what>calls|requests|queries|prompts|messages|conversations)\b", re.IGNORECASE)
# "one cache write first thing each morning", "24,000 cache hits across the working day": a day's writes and hits said
# by the part of the day they fall in
_CACHE_EVENTS_OF_A_DAY = screened(
    r"(?<![\w.$,])(?P<n>\d[\d,]{0,9}(?:\.\d{1,3})?\s?k?|one|a single) (?P<what>cache (?:writes?|hits?|reads?))"
    r" (?:(?:first thing|early|late) )?(?:(?:each|every) (?:morning|evening|night|working day|business day|workday)|"
    r"(?:across|over|through(?:out)?|during) the (?:working |business |whole )?day)\b")
# "avg input tokens/call: 1,200 at $1.50 per mtok": a side's tokens a call keyed with the side's price after them
_SIDE_WORD = {"input": "input", "prompt": "input", "output": "output", "completion": "output"}
_KEYED_SIDE_AT_RATE = screened(
    r"(?m)^(?P<lead>[ \t]*)(?:(?:avg|average|mean|typical|median) )?(?P<side>input|output|prompt|completion)"
    r"(?: tokens?| toks?) ?(?:/|per) ?(?:call|request|req|run)[ \t]?[:=][ \t]?(?P<n>~?\d[\d,]{0,9}(?:\.\d{1,3})?\s?k?)"
    r"[ \t](?:at|@)[ \t](?P<rate>\$\s?\d[\d,]{0,6}(?:\.\d{1,6})?)[ \t]?(?:per|/)[ \t]?(?:m|mtok|1m|million)"
    r"(?: tokens)?\b")
# "load a 40,000-token corpus summary into an explicit context cache": what is put into the cache is its prefix
_TOKENS_INTO_CACHE = screened(
    r"(?<![\w.$,])(?P<n>\d{1,3}(?:,\d{3})+|\d{1,7}(?:\.\d{1,2})?\s?k?)[- ]tokens? (?P<what>[a-z][a-z -]{0,30}?) "
    r"(?P<into>(?:into|in|inside) (?:an? |the |their |our )?(?:explicit |context |prompt |gemini |managed )*cache)\b")
# "$0.006 every time their agent step fires", "a cent each time the endpoint is called": a fee per call
_FEE_EVERY_TIME = screened(
    r"(?P<fee>\$\s?\d[\d,]{0,6}(?:\.\d{1,6})?|\d{1,3}(?:\.\d{1,6})?\s?(?:cents?|¢))\s"
    r"(?:(?:every|each) time|whenever)\s(?:(?:their|the|an?|its|our|your|that|this)\s)?(?:[\w-]{1,20}\s){0,3}?"
    r"(?:fires|runs|executes|is called|gets called|is invoked|gets invoked|is triggered|triggers|is hit|gets hit|"
    r"is used)\b")
# "38,000 calls a week hit the cache and the other 2,000 write it": the hits and the writes, each counted
_HITS_AND_THE_OTHER_WRITES = screened(
    r"(?<![\w.$,])(?P<n>\d[\d,]{0,12}(?:\.\d{1,3})?\s?(?:k|m)?) (?:calls|requests|queries)(?P<per> (?:a|an|per) "
    r"(?:day|week|month|hour|quarter|year))? hit (?:the |a |their )?cache,? (?:and|while|with|;) "
    r"the (?:other|remaining) (?P<m>\d[\d,]{0,12}(?:\.\d{1,3})?\s?(?:k|m)?) (?:write|miss|re-?write)"
    r"(?: it| the cache| to it)?\b")
# "the model answers with roughly 450 tokens", "the JSON coming back is around 700 tokens", "gets 600 back": the output
# said by what the model sends back
_OUTPUT_BY_VERB = screened(
    r"(?P<lead>\b(?:answers?|answering|repl(?:y|ies)|replying|responds?|responding|returns?|returning)\s(?:back\s)?"
    r"(?:with\s)?|\b(?:coming|comes|come)\sback\s(?:is\s|are\s|at\s)?|\bgets?\s)"
    r"(?:about\s|around\s|roughly\s|approx\.?\s|~\s?)?(?P<n>\d[\d,]{0,9}(?:\.\d{1,2})?\s?k?)"
    r"(?:\s(?:tokens?|toks?)(?:\sback)?|\sback)\b")
# "all but ~5% of them", "all but about 2 percent": the share left after the one said
_ALL_BUT = screened(r"\ball but (?:about |around |roughly |maybe |~ ?)?(?P<n>\d{1,2}(?:\.\d{1,2})?) ?%(?= of\b)")
# "42,000 cache hits and 300 writes on a typical day.", "in an average week.": counts over one ordinary period
# (closing its sentence, after the counts: "on a typical day we log 5,000 hits" names the period first, read elsewhere)
_ONE_TYPICAL = screened(r"\b(?:on|in|during|over|for) (?:a|an|one) "
                        r"(?:typical|average|avg|normal|usual|regular|ordinary) "
                        # ("45k calls on a typical business day, and their logs show ...": another clause after)
                        r"(?P<p>(?:business |working )?day|week|month)\b(?=[ \t]?(?:[.;?!]|$|, (?:and|but|so|with|"
                        r"while)\b))")
# "it only runs on business days, and they count 22 of those a month": the month's working days, said back
_DAYS_COUNTED = screened(r"\b(?P<kind>business|working) days?(?P<mid>[^.;?!\n\d]{0,40}?)\b"
                         r"(?:count|have|get|see|log|run)\s"
                         r"(?P<n>[12]\d) of (?:those|them|these) (?:a|per|each) month\b")
# "each review ships ~6,500 tokens of contract text + instructions into the model": what goes into the model is input
_TOKENS_INTO_MODEL = screened(
    r"\b(?P<verb>ships?|sends?|feeds?|pushes|puts|passes|stuffs?)\s(?P<about>about\s|around\s|roughly\s|~\s?)?"
    r"(?P<n>\d[\d,]{0,9}(?:\.\d{1,3})?\s?k?)\s?tokens? of (?P<what>[^.;\n\d]{1,60}?) (?:in)?to the model\b")
# "Provisioned throughput unit    qty 12    $2.50 / unit-hour": an invoice line's units and their hourly price
# ("provisioned ptu, 50 qty, $1.00/ptu-hr unit price", a billing export's row: its quantity before the key)
_UNIT_PRICE = r"\$\s?\d[\d,]{0,8}(?:\.\d{1,4})?"
_UNIT_QTY_LINE = screened(r"\b(?:provisioned throughput |ptu |capacity |model |reserved )?units?\s+(?:qty|quantity|x|×)"
                          rf"\s?(?P<n>\d{{1,4}})\s+(?P<v>{_UNIT_PRICE})\s?/\s?unit[- ]?(?:hour|hr)\b|"
                          # ("ptu, 40 qty, $1.50 per unit-hour": a sheet's row, its price column named per unit-hour)
                          rf"\b(?:ptus?|units?|gsus?),\s(?P<n2>\d{{1,4}}) (?:qty|quantity),\s(?P<v2>{_UNIT_PRICE})"
                          + PER_UNIT_HOUR + r"\b")
# "INV-20931 | doc-classify | $0.004 / call | qty 310,000 | $1,240.00": an invoice line's quantity of calls billed
_CALL_QTY = screened(r"(?m)^(?P<lead>(?=[^\n]{0,200}?(?:/ ?call|per[- ]call|/ ?request|per request)\b)[^\n]{0,200}?)"
                     r"\b(?:qty|quantity)[ \t]?[:=]?[ \t]?(?P<n>\d[\d,]{0,12})\b"
                     r"(?![ \t]?(?:units?|ptus?|hours?|hrs?)\b)")
# "Qty: 1,250,000 calls   Unit: $0.0022": an invoice line's calls and the price of each
_CALLS_AT_UNIT_PRICE = screened(r"\b(?:qty|quantity)[ \t]?[:=]?[ \t]?"
                                r"(?P<n>\d[\d,]{0,12}(?:\.\d{1,3})?[ \t]?(?:k|m)?)[ \t]"
                                r"(?P<noun>calls|requests|invocations|documents|docs|pages|images)[ \t;,]+"
                                r"unit(?:[ \t]price)?[ \t]?[:=][ \t]?(?P<v>\$\d{0,3}\.\d{1,6})\b"
                                r"(?![ \t]?(?:/|per)[ \t]?(?:m\b|mtok|1m|million|k\b|1k|thousand|hour|hr|h\b))")
# "On-demand equivalent for the same tokens: $26,400.00" in a month's invoice: the month's on-demand spend
_ON_DEMAND_FOR_SAME = screened(
    # ("on-demand equivalent of tokens served: $27,500.00")
    r"\bon[- ]demand(?:[- ]equivalent)? (?:for|of) (?:(?:the same|those|these|their|its|same) )?"
    r"(?:tokens|traffic|usage|load)(?: (?:served|used|processed|consumed|billed))?"
    r"\s?[:=]{1,2}\s?(?P<v>\$\s?\d[\d,]{0,12}+(?:\.\d{1,2})?+(?:\s?[km]\b)?+)(?!\s?(?:/|a|an|per)\s?[a-z])")
# "pulled last month's bill for the same traffic on pay-as-you-go: $7,000": a past period's on-demand spend in prose
_PAST_BILL_ON_DEMAND = screened(
    r"\b(?:last|this|previous|prior|past) (?P<p>month|quarter|year|week)(?:'s|’s)? (?:bill|spend|invoice|costs?)\b"
    r"[^.:;?!\n$]{0,50}?\s(?:on|at|under|via)\s(?:pay[- ]as[- ]you[- ]go|payg|on[- ]demand)\s?[:=,]?\s?(?:was\s|of\s)?"
    r"(?P<v>~?\$\s?\d[\d,]{0,12}(?:\.\d{1,2})?(?:\s?(?:k|m)\b)?)(?!\s?(?:/|a|an|per)\s?[a-z])|"
    # ("the same traffic on pay-as-you-go came to $131,000 in may": a month's bill, the month named after it)
    r"\bsame (?:tokens|traffic|usage|load|workload) (?:on|at|under|via) (?:pay[- ]as[- ]you[- ]go|payg|on[- ]demand) "
    r"(?:came to|cost|costs|was|ran|totall?ed|billed at) (?:about |around |roughly )?"
    r"(?P<v3>~?\$\s?\d[\d,]{0,12}(?:\.\d{1,2})?(?:\s?(?:k|m)\b)?) (?:in|for|during|over) (?:the month of )?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|last month|"
    r"the (?:last|past|previous) month)\b")
# "avg call from last week's logs: 1,150 in / 220 out": one call's tokens, whatever period the label names its source by
_AVERAGE_CALL_KEYED = screened(
    r"(?m)\b(?:avg|average|typical|mean|median) (?:call|request)\b[^:\n]{0,40}:[ \t]?(?P<io>~?\d[\d,.]{0,9}\s?k?\s?"
    r"(?:in|input)\s?/\s?~?\d[\d,.]{0,9}\s?k?\s?(?:out|output))\b(?!\s?(?:per|a|an|/|each)\s)")
# "same traffic on demand would b about 210k a month", "if they stayed on-demand, the same tokens would run them about
# $48k that month", "last month's on-demand invoice for the same traffic: $12,350.00": a sentence about what the same
# traffic costs on-demand, with one amount and its period in it, is the on-demand spend over that period
_SENTENCE = screened(r"[^;?!\n]+?(?:(?<!\d)\.|\.(?!\d)|(?=[;?!\n])|$)")
# ("the tokens those units would actually serve": what the capacity would carry is the same traffic)
# ("the ~290k/mo they're burning on demand now": what they spend on-demand today)
# ("the same token volume", "the same number of requests": the traffic named by its measure)
_SAME_TRAFFIC = screened(r"\bsame (?:(?:monthly|daily|weekly|yearly|annual) )?(?:(?:token|call|request|query|message|"
                         r"inference) )?"
                         r"(?:traffic|tokens|usage|workload|load|volume|calls|requests)\b|"
                         r"\bsame (?:amount|number|volume) of (?:tokens|traffic|calls|requests|usage)\b|"
                         r"\b(?:tokens|traffic|load|usage) (?:those|these|the|that) (?:\d{1,4} )?"
                         r"(?:units?|capacity|reservation|ptus?) would\b|"
                         r"\b(?:burn(?:ing|s)?|spend(?:ing|s)?|pay(?:ing|s)?) (?:(?:now|today|currently) )?"
                         r"on[- ]demand\b")
# "we currently budget $240,000 a year at direct-API prices": what they spend going direct, said as a budget
_DIRECT_BUDGETED = screened(
    r"\bbudget(?:s|ed|ing)?\s(?:of\s|is\s|about\s|around\s)?(?P<v>~?\$\s?\d[\d,]{0,12}(?:\.\d{1,2})?(?:\s?[km]\b)?)"
    r"\s?(?P<p>(?:a|per|/)\s?(?:year|month|quarter|week))\s(?:at|on)\s(?:the\s)?direct(?:[- ]api)?\s"
    r"(?:prices|rates|pricing|list(?: prices)?)\b")
_ON_DEMAND_WORD = screened(r"\bon[- ]demand\b|\bpayg\b|\bpay[- ]as[- ]you[- ]go\b|\bpaygo\b")
_PRICED_TOKENS = screened(r"\d\s?(?:k|m|mm|b|bn|million|billion)?\s?(?:input|output|in|out|tokens?|toks?)\b|@|"
                          r"\$[\d.]+\s?/\s?\$|(?:/|\bper)\s?(?:1\s?)?(?:m|mtok|million)\b")
# (an amount, never a price of something smaller: "$2.50/MTok", "$1.00 / unit-hour", "$12/hr")
# ("$20.000 a month": thousands set apart by dots, read as the later readers read them, $20000)
_SPEND_SAID = screened(r"(?<![\w.$,])(?:\$\s?(?P<a>\d{1,3}(?:\.\d{3})++(?![\d.,])|\d[\d,]{0,12}(?:\.\d{1,2})?)"
                       r"(?:\s?(?P<as>k|m)\b)?|"
                       r"(?P<b>\d{1,3}(?:\.\d{1,2})?)\s?(?P<bs>k)\b)(?![\d%]|[.,]\d|\s?(?:/|per|an?|each)\s?(?:1\s?)?"
                       r"(?:m|mtok|million|k|thousand|unit|hr|hour|h|ptu|mu|call|request|token|tok)\b)")
# ("for a 30-day month", "~290k/mo": the month named with its days, or short)
_SPENT_OVER = screened(r"(?:\b(?:a|an|per|that|this|the|last)\s?(?:\d{2}[- ]day )?|/\s?)"
                       r"(?P<p>month|quarter|year|week|day|mo)\b(?!\s(?:of|and)\b)|"
                       r"\b(?:last|this|that) (?P<p2>month|quarter|year|week)(?:'s|’s)")


_THOUSANDS_DOTS = screened(r"\.(?=\d{3}(?:\.|$))")


def _same_traffic_on_demand(text: str) -> str:
    def sentence(m: re.Match[str]) -> str:
        said = m.group(0)
        if (not (_SAME_TRAFFIC.search(said) and _ON_DEMAND_WORD.search(said)) or "on-demand spend" in said
                or _PRICED_TOKENS.search(said)):
            return said  # (a sentence pricing tokens states the traffic, not its bill)
        amounts = list(_SPEND_SAID.finditer(said))[:3]
        over = _SPENT_OVER.search(said)
        if len(amounts) != 1 or over is None or "%" in said:
            return said
        # the amount said as the spend, in place (the rest of the sentence, units and prices included, as it was)
        a = amounts[0]
        value = (_THOUSANDS_DOTS.sub("", a.group("a")) + (a.group("as") or "")) if a.group("a") else (
            a.group("b") + a.group("bs"))
        period = over.group("p") or over.group("p2")
        end = a.end()
        if over.start() >= a.end() and not said[a.end():over.start()].strip():
            end = over.end()  # ("210k a month": the period right after it goes with it)
        return (f"{said[:a.start()]}on-demand spend ${value} a {'month' if period == 'mo' else period}"
                f"{said[end:]}")

    return _SENTENCE.sub(sentence, text)


# "yesterday's logs show 18,000 cache hits": one day's counts
_ONE_DAYS_LOGS = screened(r"\b(?:yesterday|today)'?s? (?:logs?|usage|numbers|traffic|stats|dashboard)\s"
                          r"(?:show(?:s|ed)?|say|said|had|has|have)\b")
# "business_days = 22", "working days/month: 21": the month's working days, keyed
# ("business days this month = 21")
_KEYED_WORKING_DAYS = screened(r"\b(?:business|working|work) days"
                               r"(?:[ /](?:per |a |each |this |that |in the )?(?:month|mo))?[ \t]?[:=][ \t]?"
                               r"(?P<n>[12]\d)\b(?![.,]\d)")
# "1.2bn tokens going in and 90M coming out", "40M tokens sent in, 5M coming back": each side by where it flows
# ("a 500-token structured label and rationale coming back": what comes back named between its count and the way)
_FLOWING = screened(r"(?<![\w.,$])(?P<n>\d[\d,.]{0,12}+\s?(?:k|m|mm|bn|b)?)(?:\s?(?:tokens?\s)?|-tokens?\s"
                    r"(?:[a-z]{2,15}\s){1,5}?)"
                    r"(?P<way>(?:going|sent|flowing|fed) in(?:to the model)?|"
                    r"(?:coming|going|sent|flowing) (?:out|back))\b")


def _flowing(m: re.Match[str]) -> str:
    side = "input" if m.group("way").endswith(("in", "model")) else "output"
    return f"{m.group('n').strip()} {side} tokens"


# "3,500 input tokens (3,000 of it a stable prefix)", "2k of which is the system prompt": the prefix, counted as part of
# the prompt said before it
_PREFIX_OF_IT = screened(r"(?<![\w.,$])(?P<n>(?:\d{1,3}(?:,\d{3})++|\d{1,7})(?:\.\d{1,2})?\s?k?) of "
                         r"(?:it|them|those|that|which)"
                         r"(?: is| are| being)? (?:a |the )?(?P<what>(?:(?:stable|static|fixed|shared|repeated|common|"
                         r"cacheable|cached) )?(?:prefix|system prompt|preamble))\b")
# "4,000 calls/business day, 22 days.": beside a business day's traffic, a bare count of days that a month holds is the
# month's business days
_BUSINESS_DAY_SAID = screened(r"\b(?:business|working|work)[ -]?days?\b|\bbizdays?\b|\bweekdays?\b")
_BARE_MONTH_DAYS = screened(r"(?<=[,;] )(?P<n>1[6-9]|2[0-3]) days(?=\s?(?:[.;]|$))")
# "Unit: per call" keyed over "Unit price: $0.0045": an invoice's unit, then its price per that unit (a fee per call)
_KEYED_UNIT_THEN_PRICE = screened(
    r"(?mi)^(?P<unit>[ \t]*unit[ \t]?:[ \t]?per[ \t](?P<u>call|request|invocation|image|document|page)[ \t]*\n)"
    r"(?P<between>(?:[^\n]{0,80}\n){0,3}?)[ \t]*unit[ \t]price[ \t]?:[ \t]?(?P<v>\$[ \t]?\d[\d,]{0,9}(?:\.\d{1,6})?)")
# "their billing month is a flat 30 days": the month's length, said as such
_MONTH_IS_DAYS = screened(r"\bmonth (?:is|=|of) (?:a flat |a |an |exactly |just )?(?P<n>2[89]|3[01]) days\b")
# "EA discount on Azure consumption   -12%": a discount written with the minus of a line that takes it off
_MINUS_DISCOUNT = screened(r"(?P<key>\bdiscount\b[^\n%\d+-]{0,40}?)(?:\s|:)\s?-\s?(?=\d{1,2}(?:\.\d{1,3})?\s?%)")
# "net a day? and over 22 biz days": beside a business day's traffic, the total asked over a month's working days
# (not "the deal closes in 20 business days": a span the traffic is not totalled over)
_OVER_MONTH_OF_WORKING_DAYS = screened(r"\b(?:over|across) (?:a |the )?(?P<n>1[8-9]|2[0-3]) (?:business|working|"
                                       r"work) days\b(?!\s?(?:a|per|each|every|/)\s?(?:month|mo)\b)")
# "ptu_discount_vs_paygo = 0.35", "hit_rate: .8": a share keyed as a fraction of one, said as the percentage it is
_KEYED_FRACTION = screened(
    # ("discount vs on demand: 0.25": the share's name may open the key)
    r"(?m)^(?P<key>[ \t]*(?:[a-z][a-z _/-]{0,40}?)?\b(?:discount|disc|util|utili[sz]ation|markup|uplift|premium|"
    r"hit[ _]rate|"
    r"hit[ _]ratio|load|occupancy)\b[a-z _/-]{0,30}?)[ \t]?[:=][ \t]?~?(?P<v>0?\.\d{1,4})[ \t]*$")
# "Throughput per unit at full use: 6M tokens/hour": what one unit serves, keyed (never the traffic itself)
_KEYED_UNIT_THROUGHPUT = screened(
    r"\bthroughput per (?:unit|ptu|model unit|capacity unit)(?: at full (?:use|load|utili[sz]ation)| flat out)?"
    r"\s?[:=]\s?"
    # (a unit's figure a minute keyed this way is read as it stands)
    r"(?P<n>~?\d[\d,]{0,9}(?:\.\d{1,3})?\s?[km]?)\s?(?:tokens?|toks?)\s?(?:/|per |an? )\s?(?P<p>hour|hr|h)\b")
# "units: 4", "ptus = 6": the count of capacity units, keyed
# (on one line: "in PTUs:" heading the lines below it is no count)
_KEYED_UNITS = screened(r"\b(?:units|ptus|provisioned units|capacity units|model units)[ \t]?[:=][ \t]?(?P<n>\d{1,4})\b"
                        r"(?![:.,]\d|\s?(?:%|k\b|m\b|tokens?|calls?))")
# "sku.name: ProvisionedManaged" over "sku.capacity: 40": an Azure deployment's capacity, its PTUs on a provisioned
# SKU (on a standard one it counts thousands of tokens a minute, so it is read only beside a provisioned SKU)
_SKU_CAPACITY = screened(r"\bsku[._ ]capacity[ \t]*[:=][ \t]*(?P<n>\d{1,5})\b(?![:.,]\d)")
# "the 2-cents-a-call price" (once cents are dollars, "$0.02-a-call"): a fee written as one hyphenated word
_HYPHENED_FEE = screened(r"(?P<v>\$\d[\d.]{0,10})-(?:a|per)-(?P<unit>call|request|query|run|task)\b")
# "what does a quarter look like at 1.5M calls?": the count is the period's asked
_PERIOD_AT_COUNT = screened(
    r"\bwhat (?:does|would|do|will) (?:a|the|one) (?P<p>quarter|month|year|week|day) (?:look like|cost|come to|run to|"
    r"run) at (?P<n>~?\d[\d,]{0,12}(?:\.\d{1,3})?\s?[km]?) (?P<noun>calls|requests|queries|claims|documents|docs|"
    r"tickets|transcripts|conversations|messages|jobs|tasks)\b(?! (?:a|an|per|each|every) )")
# "their traffic that week would have cost $13,000 on-demand": the on-demand spend over the period the sentence names
_WOULD_HAVE_COST_ON_DEMAND = screened(
    r"(?P<pre>\b(?:that|this|the|a|per|each|last) (?P<p>week|month|day|quarter|year)\b[^.;?!$\n]{0,60}?)"
    r"\bwould (?:have )?cost (?:them |us |the customer )?(?:about |around |roughly |~\s?)?"
    r"(?P<v>\$\s?\d[\d,]{0,12}(?:\.\d{1,2})?(?:\s?[km]\b)?) (?:on[- ]demand|at on[- ]demand (?:rates|prices))\b")
# "avg_tpm: 300k", "average TPM = 1.2M": a load keyed in tokens a minute
_TOP_TPM_KEY = screened(r"\b(?:p100|p99(?:\.9)?|max|maximum)[ _]tpm(?=\s?[:=])")
_KEYED_AVERAGE_TPM = screened(r"\b(?:avg|average|mean|sustained|typical)[ _]tpm\s?[:=]\s?~?"
                              r"(?P<n>\d[\d,]{0,12}(?:\.\d{1,3})?\s?(?:k|m)?)\b")


def _channel_row_rate(m: re.Match[str]) -> str:
    said = f"{m.group('route')}{' list' if m.group('list') else ''}: {m.group('v')} {m.group('side')}"
    return said + (f", {m.group('v2')} {m.group('side2')}" if m.group("v2") else "")


# "in is $0.60 per million, out is 2.40": the other side's rate said bare after one side's rate per million
_SIDE_RATE_PER_M = screened(r"\b(?:in|input|out|output)\b[^.;\n$]{0,12}\$\d{1,4}(?:\.\d{1,4})?\s?(?:/|per)\s?(?:1\s?)?"
                            r"(?:m|mtoks?|million)\b")
_BARE_SIDE_RATE = screened(
    r"(?P<lead>\b(?:output|out|input|in)(?:\s(?:is|are|=|at|@|costs?|runs?))?\s?:?\s)(?P<v>\d{1,3}\.\d{1,4})"
    r"(?![\d,]|\.\d|\s?(?:k|m|mm|b|bn|%|x|tokens?|toks?|calls?|requests?|per|/)\b|\s?[%x/])")
# "(the 125% write price)", "a 10% read price": a cache price said as a share of the input rate, before its name (not
# "a 90% hit rate", "a 5% write rate": shares of calls; a write rate above 100% can only be a price)
_SHARE_CACHE_PRICE = screened(
    r"\b(?P<p>\d{1,3}(?:\.\d{1,2})?)\s?%\s(?:cache[- ])?(?P<k>write|read|hit)s?\s(?P<n>price|rate|multiple|pricing)\b")


def _share_cache_price(m: re.Match[str]) -> str:
    if m.group("n") == "rate" and (m.group("k") != "write" or Decimal(m.group("p")) <= 100):
        return m.group(0)
    return f"cache {m.group('k')}s at {m.group('p')}% of input"
# "cache reads   70,000 calls x 5,000-token prefix @ $1.50/MTok": an invoice's caching line, its count of reads (or
# writes), the prefix each carried and the price they were billed at
_CACHE_INVOICE_LINE = screened(
    r"\bcache[ _](?P<kind>reads?|writes?|hits?)\s?:?[ \t]{0,12}(?P<n>\d{1,3}(?:,\d{3})+|\d{1,9})"
    r"(?:[ \t](?:calls?|requests?|reads?|writes?|hits?))?[ \t]?[x×][ \t]?"
    # ("cache read 40,000 requests x 2,500 tok at $0.25/mtok": the tokens written short)
    r"(?P<p>\d{1,3}(?:,\d{3})+|\d{1,7}|\d{1,4}k)[- ]?(?:tokens?|toks?)(?:[- ]prefix(?:es)?)?[ \t](?:at|@)[ \t]?"
    r"(?P<price>\$\d{1,4}(?:\.\d{1,5})?[ \t]?/[ \t]?(?:1[ \t]?)?(?:mtoks?|m)\b)")


# "cache_read_input_tokens 840M @ $1.50/MTok" (a usage export's key, its underscores gone): cached tokens are input
# tokens, so the key is the cache's kind alone (the price beside it is the cache's, not the input rate)
_CACHE_INPUT_KEY = screened(r"\bcache[ _](?P<k>read|creation|write|hit)s?[ _]input[ _](?=tokens?\b)")


def _cache_invoice_line(m: re.Match[str]) -> str:
    kind = m.group("kind").rstrip("s")
    # (a clause of its own: the price never takes the next line's side)
    return f"{m.group('n')} cache {kind}s on a {m.group('p')}-token prefix, cache {kind}s at {m.group('price')};"


# "Input tokens @ $2.50 per 1M   qty: 2,800 tok/call x 1.5M calls/mo": an order line's quantity as a product of a
# call's tokens (on the line's side) and the calls over a period
_QTY_PRODUCT = screened(r"(?im)^(?P<lead>[^\n]{0,40}?\b(?P<side>input|output)\b[^\n]{0,60}?)\bqty:?[ \t]?"
                        r"(?P<a>\d[\d,.]{0,12}[ \t]?k?)[ \t]?tok(?:en)?s?[ \t]?/[ \t]?(?:call|req(?:uest)?)[ \t]?"
                        r"[x×*][ \t]?"
                        r"(?P<b>\d[\d,.]{0,12}[ \t]?[km]?)[ \t]?(?:calls?|req(?:uest)?s?)[ \t]?/[ \t]?"
                        r"(?P<p>mo|month|day|wk|week|yr|year)\b")


def _qty_product(m: re.Match[str]) -> str:
    period = PERIOD_WORDS.get(m.group("p"), m.group("p"))
    return (f"{m.group('lead').rstrip()}, {m.group('a')} {m.group('side')} tokens per call, {m.group('b')} calls a "
            f"{period}")


# "each session writes the cache once and then gets 11 hits": a unit of work of 12 calls, the first of which writes
_WRITE_THEN_HITS = screened(r"\beach (?P<u>session|run|conversation|job|task|workflow|chat|thread|episode|case|"
                            r"ticket|document|visit)\b,? (?:writes|creates|fills|warms|populates) (?:the |its )?cache "
                            r"once,?(?: and)?(?: then)? (?:gets|sees|has|serves|takes|makes) (?P<n>\d{1,3}|one|two|"
                            r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]{3,5}teen|twenty) (?:more )?"
                            r"(?:cache )?(?:hits|reads)\b")


def _write_then_hits(m: re.Match[str]) -> str:
    hits = _num(m.group("n"))
    return f"each {m.group('u')} is {_show(hits + 1)} calls: the first writes, the other {_show(hits)} hit"


# "cache hits ........ 1,200 / day", "cache writes: 24 / day": a day's hits or writes, keyed
# ("cache misses: 10,500 (1 in 8)": with no period of its own, the count in the calls' period, its share said aside)
# ("misses (each one writes): ~300 per week": the calls that miss, an aside on them in the key)
_KEYED_CACHE_COUNT = screened(r"\b(?P<k>cache[ -]?(?:hits|reads|writes|misses)|(?<![\w-])(?:hits|writes|misses))"
                              r"(?:[ \t]\([^()\n\d]{0,30}\))?[ \t]*+[:=][ \t]*+"
                              r"(?P<n>~?\d[\d,]{0,12}+(?:\.\d{1,3})?+(?:[ \t]?[km]\b)?)"
                              r"(?:[ \t]?(?P<p>(?:/|a|an|per)[ \t]?(?:(?:business|working) )?"
                              r"(?:hour|day|week|month)\b)|"
                              r"(?:[ \t]\((?:\d{1,3} in \d{1,4}|~?\d{1,3}(?:\.\d{1,2})?[ \t]?%)[^()\n]{0,20}\))?"
                              r"(?=[ \t]*+(?:[,;]|\.(?!\d)|\n|$)))")

# "requests served from cache: 38.4k", "cached requests: 900/day": the cache hits, said as the calls the cache answered
# (not "90% of requests served from cache": a share of the calls)
_HITS_AS_CALLS = screened(r"(?<!\bof )(?<!\bof the )\b(?:requests?|calls?|queries|reqs?|prompts?)\s"
                          r"(?:served|answered|read|returned|fulfilled)\s(?:from|by|out of)\s(?:the\s)?(?:prompt\s)?"
                          r"cache\b|"
                          r"(?<!\bof )(?<!\bof the )\b(?:cached|cache[- ]served)\s(?:requests|calls|queries|reqs)\b"
                          r"(?=[ \t]*+[:=]|\s(?:a|an|per|/|each|every)\s?(?:hour|day|week|month)\b)")

# "24,700 calls hit the cache and roughly 300 missed": the misses said with a verb
_MISSED = screened(r"(?<![\w.$,])(?P<n>\d[\d,]{0,12}(?:\.\d{1,3})?(?:\s?[km]\b)?)\s"
                   r"(?:(?:calls?|requests?|reqs?|of them)\s)?(?:missed|were misses|did not hit|didn't hit)\b"
                   r"(?:\s(?:the\s)?cache\b)?")
# "9,000 calls hit the cache and the other 400 land after the entry expired and re-write it": the rest, which write
_OTHERS_WRITE = screened(r"\bthe other (?P<n>\d{1,3}(?:,\d{3})*|\d{1,9}) (?:calls? |requests? )?"
                         r"(?:[a-z'-]{1,14} ){0,8}?(?:re-?write|re-?writes|re-?writing|write|writes|pay for a write)"
                         r"(?: (?:it|the cache|the entry|the prefix|a new one))?\b")
# "push 2.5M contracts through over the year": the items pushed through, then their period
_THROUGH_OVER = screened(r"(?<=\d[kmb] )(?P<noun>[a-z]{3,15}s) through (?=(?:over|in|during|across) (?:the|a|one) "
                         r"(?:year|month|quarter|week|day)\b)")

# "one cache per business day", "cache created once a day": one creation of an explicit cache a day
# ("creating the cache once each morning", "they build the cache every morning": the day's one creation)
_ONE_CACHE_A_DAY = screened(r"\b(?:(?:one|1|a single|a new|a fresh)\s(?:context\s|explicit\s)?cache|"
                            r"(?:the\s)?cache\s(?:is\s)?(?:created|built|made|written|loaded|refreshed)|"
                            # (not "about 40 of those write the cache each day": calls counted, each writing it)
                            r"(?<!of those )(?<!of them )(?<!of these )(?<!of which )"
                            r"(?:creat|build|writ|load|refresh|mak)(?:e|es|ed|ing|s)?\s(?:the|a|one|their|its)\s"
                            r"(?:(?:context|explicit|new|fresh)\s)?cache)\s"
                            r"(?:just\s)?(?:once\s)?(?:per|a|each|every|in the)\s(?:(?:business|working|work)\s)?"
                            r"(?:day|morning)\b|"
                            # ("a 100k-token manual, created once each morning": what is cached, made once a day)
                            r"\b(?:created|built|loaded|written|refreshed|cached)\s(?:just\s)?once\s(?:per|a|each|every)\s"
                            r"morning\b")

# "provisioned effective rate at 100% use per m: 5.20": a keyed rate said of full use (the rate itself, no share of it)
# and its price per million without a currency sign
_AT_FULL_USE_KEY = screened(r"(?m)\s(?:at|@)\s(?:100\s?%|full)\s(?:use|utili[sz]ation|load|usage)\b(?=[^\n:]{0,30}:)")
_KEYED_RATE_PER_M = screened(r"(?m)^(?P<k>[^\n:$]{0,60}\brate) per (?:1\s?)?(?:m|mtok|million)(?: tokens)?:[ \t]?"
                             r"(?P<v>\d{1,4}(?:\.\d{1,6})?)[ \t]*$")

# "tokens_month: 45bn", "monthly tokens: 45bn", "total tokens (month): 45bn": a keyed count of tokens whose key names
# its period
_KEYED_TOKENS_PERIOD = screened(
    r"(?m)^(?P<lead>[ \t]*)(?:(?:forecast|forecasted|expected|est\.?|estimated|projected|actual)[ \t])?"
    r"(?:(?P<adj>monthly|daily|weekly|yearly|annual|quarterly)[ \t])?(?:(?:total|blended|combined)[ \t])?"
    r"(?P<side>input[ \t]|output[ \t])?tokens?"
    r"(?:[ \t](?:per[ \t])?(?P<p>month|day|week|year|quarter)|[ \t]\((?P<p2>month|day|week|year|quarter|monthly|daily|"
    r"weekly|yearly|annual|quarterly)\))?[ \t]?[:=][ \t]?~?(?P<n>\d[\d,]{0,15}(?:\.\d{1,4})?[ \t]?(?:k|m|mm|b|bn)?)\b"
    r"(?![ \t]?(?:/|per|a|an)[ \t]?(?:day|week|month|year|quarter|hour)\b)")


def _keyed_tokens_period(m: re.Match[str]) -> str:
    said = m.group("adj") or m.group("p") or m.group("p2")
    if said is None:
        return m.group(0)
    period = PERIOD_WORDS.get(said, said)
    return f"{m.group('lead')}{m.group('n')} {m.group('side') or ''}tokens per {period}"


# "ea consumption discount (aoai) 18%": a word or two in brackets between a share's key and its figure
_ASIDE_BEFORE_SHARE = screened(r"[ \t]\((?!(?:per|a|an|each|every)\b)[a-z][a-z -]{0,20}\)"
                               r"(?=[ \t]{1,40}[-+~]?\d[\d.,]*\s?%)")

# "Term: Jul 1 - Sep 30 (92 days, billed 24x7)" in a message about a quarter: that quarter's days
_QUARTER_DAYS = screened(r"(?<![\w.,-])(?P<n>89|9[0-2])[ -]days?\b(?![ -](?:a|an|per|each|every|of|in)\b)")
_QUARTER_SAID = screened(r"\b(?:quarter|quarterly|q[1-4])\b")

# "cache_creation 160", "cache_read 8,840" under cache stats: counts of writes and of hits, keyed by the event
_KEYED_CACHE_EVENTS = screened(r"\bcache[ _](?P<k>creations?|creates?|writes?|reads?|hits?)(?:[ _](?:count|calls|"
                               r"requests|events))?[ \t]?[:=][ \t]?(?P<n>\d{1,3}(?:,\d{3})++|\d{1,9})"
                               # (not a price: "cache_read: 30¢ / MTok", "cache read: 3 / MTok")
                               r"(?![\d.]|,\d|[ \t]?(?:tokens?|toks?|k\b|m\b|%|\$|¢|c\b|cents?)|"
                               r"[ \t]?/[ \t]?(?:\d|(?:m|mtok|million|k)\b))")  # ("1/10 of base input": a share)


_SLASH_SHARE_OF = screened(r"(?<![\w./$])1/(?P<d>2|4|5|8|10|20)(?: of)? (?=(?:the |their |our )?(?:(?:base|normal|"
                           r"standard|regular|uncached|full|list) )?(?:input|price|rate|cost)\b)")
_UNIT_AT_FULL = screened(r"(?P<lead>\b(?:per[- ]unit|each unit|one unit|per (?:ptu|model unit|capacity unit))\b"
                         r"[^.;\n]{0,80}?)\bat 100 ?%(?! (?:off|discount))")
_DELTA_OVER_DIRECT = screened(r"\b(?:list |price )?(?:delta|difference|diff|gap)(?: vs\.?| versus| over| above| to) "
                              r"(?=direct\b)")
_PRICE_NORMALLY = screened(r"(?<=\d) normally\b")
_DIRECT_BUDGET = screened(r"\bdirect(?:[- ]api)? budget\b")
# "est. tokens served: ~9.5bn / month", "tokens processed (mo): 2bn": a key of tokens naming what was done with them
_TOKENS_DONE_KEY = screened(r"\btokens (?:served|processed|used|consumed|billed|sent)"
                            r"(?=(?: (?:per|a|/) ?(?:day|week|month|mo|quarter|year))?[ \t]?:)")
# "load is flat to within about ten per cent hour to hour", "it varies by less than 5% across the day": how little a
# flat load moves, said as a share (no discount, utilization or other percentage)
_FLAT_WITHIN = screened(r"\b(?P<w>flat|steady|stable|constant|even|level)(?: to)? within (?:about |roughly |around |"
                        r"~ ?|± ?|\+/- ?)?\d{1,2}(?:\.\d)? ?%|\b(?:varies|varying|swings?|swinging|moves?|fluctuates?|"
                        r"fluctuating|deviates?)(?: only)?(?: by)? (?:less than|under|no more than|at most|within|only)"
                        r" (?:about |roughly |~ ?|± ?|\+/- ?)?\d{1,2}(?:\.\d)? ?%")
# "goes in at around 3,000 tokens and the agent writes back maybe 400": a count the model sends back, its output
_OUTPUT_BACK = screened(r"\b(?P<v>(?:writes?|sends?|gives?|spits?|hands?|kicks?) (?:back|out)|returns?|replies with|"
                        r"responds with|answers with|generates?|produces?|emits?) (?P<q>(?:maybe|about|around|"
                        r"roughly|approx\.?|approximately|perhaps|typically|usually|only|just|~) ?)?"
                        r"(?P<n>\d[\d,]{0,6}(?:\.\d{1,2})?k?)(?![.,]?\d)(?: tokens?| toks?)?"
                        r"(?=\s?(?:[.,;!?)]|$)|\s(?:and|but|so|or|on average|or so|each|per call)\b)")
# "they only run on business days, 22 of them last month": the days a month, counted after their kind
_DAYS_OF_THEM = screened(r"\b(?P<d>(?:business |working |work |week)?days)(?: only)?,? (?:about |roughly |~ ?)?"
                         r"(?P<n>\d{1,2}) of them (?:in |last |this |that |a |per |each )(?:the )?month\b")
# "from 8a to 8p", "8a-6p": a window of the day with its hours' am and pm cut to a letter
_SHORT_AM_PM = screened(r"\b(?P<h1>\d{1,2})(?P<m1>:\d{2})?\s?(?P<s1>a|p)\s?(?P<to>-|–|to|until|till|til|through|and)\s?"
                        r"(?P<h2>\d{1,2})(?P<m2>:\d{2})?\s?(?P<s2>a|p)\b")
# "business_days_per_week: 5", "working days / month: 21": the days keyed, with the period they are counted in
_DAYS_KEYED = screened(r"(?m)^(?P<lead>[ \t]*)(?P<k>(?:business |working |work |active )?days) ?(?:per|a|/) ?"
                       r"(?P<p>week|wk|month|mo)[ \t]?[:=][ \t]?(?P<n>\d{1,2})[ \t]*$")
# "2024-q3 period, input, 1.2bn volume." (a row under "period, token_type, volume"): a side's tokens, its count under a
# column of volumes
_SIDE_ROW_VOLUME = screened(r"(?m)^(?P<lead>[^\n,]{0,30}?,\s)?(?P<side>input|output)(?: tokens)?,\s"
                            r"(?P<n>~?\d[\d,.]{0,15}\s?(?:k|m|mm|bn|b)?)\s(?:volume|tokens|qty|quantity|count|usage)"
                            r"(?P<end>\.?)[ \t]*$")
# "if they only hit like 50%", "spikes to like 2.5x their avg": "like" before a figure, a rep's "about"
# (not "more like 36%", a figure said again, "something like", "would like" or "feels like")
_LIKE_A_FIGURE = screened(r"(?<=[a-z,])(?<!\bmore)(?<!thing)(?<!would)(?<!'d)(?<!feel)(?<!feels)(?<!look)(?<!looks)"
                          r" like (?=~?\$?\d)")
# "direct API (same model), list: $216k/yr": an aside, then the rest of the key after a comma
# (not a unit: "hourly load profile (M tokens/hr), typical weekday:")
_ASIDE_MID_KEY = screened(r"(?<=[a-z]) \((?![^()]*(?:/|\btok|\bper\b|\bm\b|\bk\b))[^()\d\n$%]{1,30}\),"
                          r"(?= [a-z][a-z ]{0,20}:)")
# "our peak-to-average ratio (busiest hour divided by a typical hour) is 2.5": what a term means, said in brackets
# between the term and its figure, dropped so that the figure is the term's
_TERM_MEANING_ASIDE = screened(
    r"\b(?P<t>peak[- ]to[- ](?:average|avg)(?: ratio)?|hit (?:rate|ratio)|utili[sz]ation|discount|mark-?up)"
    r" \([^()\d\n$%]{3,80}\)(?=,? (?:is |of |=|:|at |sits at |runs at |comes to |~|about |around |roughly )?~?\d)")
# "$40,000 monthly spend (direct API)" (a sheet's cell before its column's name): whose spend it is, in brackets after
# the word for it, put before that word
_SPEND_WHOSE_AFTER = screened(r"\b(?P<what>spend|cost|bill|usage) \((?P<who>direct(?: api)?|on[- ]demand|payg)\)")
# "$18,000 direct api (mo)" (a cell under "Direct API (mo)"): whose spend it is, then its period in brackets
_SPEND_CELL_OVER = screened(r"(?P<v>\$\d{1,3}(?:,\d{3}){0,4}(?:\.\d{1,2})?(?:k|m)?) "
                            r"(?P<who>direct(?: api)?|on[- ]demand|payg)(?: (?:spend|cost|bill))? "
                            r"\((?P<p>mo|mth|month|monthly|wk|week|weekly|qtr|quarter|quarterly|yr|year|yearly|annual)\)")


def _spend_cell_over(m: re.Match[str]) -> str:
    return f"{m.group('who')} spend {m.group('v')} a {PERIOD_WORDS[m.group('p')]}"


# "direct: input $5.00/1M, output $15.00/1M. azure: input $6.00/1M, output $18.00/1M": each channel's two rates after
# its name, said as the channel's pair ("direct is $5.00/$15.00 per 1m")
_PER_M = r"(?:\s?(?:/|per)\s?(?:1\s?m|m|mtok|million)(?:\stokens)?)?"
_CHANNEL_SIDES = screened(r"\b(?P<ch>direct(?: api)?|azure(?: openai)?|bedrock|vertex(?: ai)?|aws|gcp)\s?[:=]\s?"
                          r"in(?:put)?:?\s?(?P<a>\$\d{1,4}(?:\.\d{1,4})?)" + _PER_M
                          + r",?\s(?:and\s)?out(?:put)?:?\s?(?P<b>\$\d{1,4}(?:\.\d{1,4})?)" + _PER_M + r"(?!\d|\.\d)")
# "cache read: $3.00 x 0.1 = $0.30 / MTok": a keyed value worked out where it is said; the result is the value, the
# factors its working (only after a key: "$0.018 x 10,000 = $180?" is a sum to check)
_WORKED_VALUE = screened(r"(?<=: )(?:\$?\d{1,9}(?:,\d{3})*(?:\.\d{1,6})?\s?(?:x|×|\*)\s?){1,3}"
                         r"\$?\d{1,9}(?:,\d{3})*(?:\.\d{1,6})?\s?=\s?(?=~?\$?\d)")
# "11.2bn est monthly input tokens" (a sheet's cell before its column's name): a count whose period is said as an
# adjective before what it counts, read as that count a period
_PERIOD_ADJECTIVE_COUNT = screened(
    # (not "nine in ten of our 350,000 weekly calls": the calls a share is of, read as they are said)
    r"(?<![\w.$,~])(?<!of )(?<!of our )(?<!of their )(?<!of the )(?<!of its )"
    r"(?P<q>~?\d{1,4}(?:,\d{3}){0,4}(?:\.\d{1,3})?[ \t]?(?:k|m|mm|bn|b)?)[ \t]"
    r"(?:(?:est\.?|estimated|expected|forecast|projected|avg|average|typical)[ \t])?"
    r"(?P<p>hourly|daily|weekly|monthly|quarterly|annual|yearly)[ \t]"
    r"(?P<what>(?:(?:input|output|prompt|completion)[ \t])?tokens?|calls|requests)\b"
    r"(?![ \t]?(?:/|a|an|per|each)[ \t])")
# "ProvisionedManaged  4  1 Hour  26.50" under "ResourceType Qty UnitOfMeasure UnitPrice" (an Azure cost export): a
# quantity of provisioned units billed by the hour at the unit price
_UNITS_BY_THE_HOUR = screened(
    r"(?P<lead>\b(?:provisioned\w*|ptus?|reserved\w*)\b[^\n;]{0,20}?);?\s?qty:?\s?(?P<n>\d{1,4})\s?;\s?"
    r"unit\s?of\s?measure:?\s?(?:1\s)?(?:hour|hr)s?\s?;\s?unit\s?price:?\s?\$?(?P<p>\d{1,4}(?:\.\d{1,4})?)\b")
# "Unit: call    Unit price: $0.0045": an invoice line's unit, then its price, a fee per that unit
_UNIT_THEN_PRICE = screened(r"\bunit:\s?(?P<u>call|request|req|query|invocation|document|doc|page|image)s?\b"
                            r"[^\n$]{0,40}?\bunit price:\s?(?P<v>\$\s?\d[\d,]{0,9}(?:\.\d{1,6})?)(?![\d.,])"
                            r"(?![ \t]?(?:/|per))")
# "one write each morning", "a single cache write every business morning", "two writes a day": writes counted in words
_WRITES_IN_WORDS = screened(r"\b(?:(?P<n>one|two|three|four|five|six|seven|eight|nine|ten)|a single) (?P<w>(?:cache |"
                            r"context )?(?:writes?|creations?|refresh(?:es)?))\b(?= (?:a|an|per|each|every) )")
_EACH_MORNING = screened(r"\b(?P<w>writes?|creations?|refresh(?:es)?) (?P<q>each|every|per) "
                         r"(?P<b>business |working |work |week)?morning\b")
# "half a sent per call", "2 sents a request": cents as voice-to-text hears them, before what a call is
_SENT = screened(r"(?:(?<=\d)|(?<=\d )|(?<=\ba )|(?<=half a )|(?<=one )|(?<=two )|(?<=three )|(?<=four )|(?<=five ))"
                 r"sents?\b(?=\s(?:per|a|an|/|each)\s?(?:[a-z]{3,15}\s)?(?:call|request|query|invocation|"
                 r"task|document|doc|page)\b)")
_PENNY = screened(r"\b(?:a|one)(?: flat| fixed)? penny(?P<half> and a half)?\s(?=(?:per|a|an|/|each)\s?"
                  r"(?:[a-z]{3,15}\s)?(?:call|request|query|task|document|doc|page|invoice|image|ticket)\b)")
_TOKENS_OF_SIDE = screened(r"(?<![\w.$,])(?P<n>~?\d[\d,]{0,9}(?:\.\d{1,2})?\s?k?) tokens? of (?P<side>input|output)\b")
_BARE_PAIR_PER_M = screened(r"(?<![\w.$,/])(?P<a>\d{1,3}(?:\.\d{1,4})?) in,? (?:and )?(?P<b>\d{1,3}(?:\.\d{1,4})?) "
                            r"out,? \(?(?:per|/) ?(?:1 ?)?(?:m|mtok|million)\b\)?")
# "p2a ratio", "peak2avg", "pk:avg", "pk/avg": the peak-to-average ratio in a sheet's short hand
_PAR_SHORT = screened(r"\b(?:p2a|peak ?2 ?(?:avg|average)|pk ?(?::|/|-to-| to ) ?(?:avg|average))\b")
# "each unit costs $2.4 for every hour it is reserved", "$0.01 for each call": an amount per unit said with "for every"
_MONEY_FOR_EVERY = screened(r"(?P<v>\$\s?\d[\d,.]{0,12}k?) for (?:every|each) (?P<u>hour|day|week|month|call|"
                           r"request|query|unit-hour)\b")


# A monitoring export's load row under average and maximum columns ("metric  avg  max" over "tokens_per_min  50,000
# 80,000"): the row's average and its peak, said as such.
_LOAD_STAT_ROWS = screened(
    r"(?m)^[ \t]*(?:(?:metric|name|series|signal|measure)[ \t]+)?(?P<h1>avg|average|mean|max|maximum|peak)[ \t]+"
    r"(?P<h2>avg|average|mean|max|maximum|peak)[ \t]*\n[ \t]*"
    r"(?P<unit>(?:tokens?|requests?|reqs?|calls?)[_ ]?(?:per|/)[_ ]?(?:min|minute|sec|second|s|hour|hr)|"
    r"tpm|rpm|rps|tps|qps)[ \t]+(?P<a>\d[\d,]{0,12}(?:\.\d{1,3})?k?)[ \t]+"
    r"(?P<b>\d[\d,]{0,12}(?:\.\d{1,3})?k?)[ \t]*$"
)


def _load_stat_rows(m: re.Match[str]) -> str:
    first_avg = m.group("h1") in ("avg", "average", "mean")
    if first_avg == (m.group("h2") in ("avg", "average", "mean")):
        return m.group(0)
    avg, peak = (m.group("a"), m.group("b")) if first_avg else (m.group("b"), m.group("a"))
    unit = m.group("unit").replace("_", " ")
    return f"average {avg} {unit}, peak {peak} {unit}."


# "Requests (last 7 days) ...... ~300k", "calls (weekly): 12k": a count's key with its period in brackets after it
_KEY_PERIOD_ASIDE = screened(
    r"(?i)\b(?P<key>requests?|calls?|queries|invocations|prompts|conversations|sessions)\s?\(\s?(?:(?P<last>last|past|this)\s"
    r"(?P<span>7 days|week|day|24 hours|month|quarter|year)|(?:per|each|a)\s(?P<per>day|week|month|quarter|year|hour)|"
    r"(?P<adj>daily|weekly|monthly|hourly|quarterly|yearly))\s?\)")
# "peak_to_average (from their Datadog, last 90d): ~2.5x", "observed hit rate (p50): 92%": a ratio keyed with where it
# came from in brackets; the aside names no period of the ratio, so the key is read without it
# "Cache write (prompt caching)      12,000,000": the feature a line bills named in brackets after its label
_FEATURE_ASIDE = screened(r"(?mi)^(?P<key>[ \t]*(?:[a-z]+[ _-]){0,3}?(?:cache|cached)[ _-](?:writes?|reads?|hits?|"
                          r"creation|input|tokens?)(?:[ _-]tokens)?)[ \t]*\((?:prompt|context)?[ _-]?caching\)")
_RATIO_KEY_ASIDE = screened(
    r"(?mi)^(?P<key>[ \t]*(?:[-*•][ \t]?)?(?:[a-z]+[ _-]){0,2}?(?:peak[ _-]to[ _-](?:average|avg|mean)|par|"
    r"hit[ _](?:rate|ratio|share)|utili[sz]ation|util))[ \t]?"
    # (not "PAR (peak:avg): 4 to 1", whose aside says how the ratio is read)
    r"\((?![^()\n]{0,80}?(?:peak|avg|average|mean|:))[^()\n]{1,80}\)[ \t]?(?=[:=])")
_SPAN_NOUN = {"7 days": "week", "24 hours": "day"}
_ADJ_NOUN = {"daily": "day", "weekly": "week", "monthly": "month", "hourly": "hour", "quarterly": "quarter",
             "yearly": "year"}


# "Direct API list (monthly, same workload)   $10,000.00": a key's aside naming its value's period first, then a note
_KEY_PERIOD_NOTE = screened(
    r"(?im)^(?P<k>[ \t]{0,8}[a-z][\w /&-]{1,40}?)[ \t]?\((?P<p>monthly|annual|annually|yearly|weekly|daily|quarterly|"
    r"per (?:month|year|week|day|quarter))(?:,[ \t]?(?P<note>[^()\n]{1,40}))?\)"
    r"(?P<gap>[ \t]{2,}|\t|[ \t]?[:=|][ \t]*)(?P<v>[^\s(][^\n(]{0,40})$")


def _key_period_note(m: re.Match[str]) -> str:
    """The period into the key, the note after the value ("direct api list monthly   $10,000.00 (same workload)")."""
    note = f" ({m.group('note').strip()})" if m.group("note") else ""
    return f"{m.group('k')} {m.group('p')}{m.group('gap')}{m.group('v').rstrip()}{note}"


def _key_period_aside(m: re.Match[str]) -> str:
    if m.group("last"):
        span = m.group("span").lower()
        return f"{m.group('key')} {m.group('last')} {_SPAN_NOUN.get(span, span)}"
    return f"{m.group('key')} per {(m.group('per') or _ADJ_NOUN[m.group('adj').lower()]).lower()}"


# "billed for a 30-day month ... $96,000 over those 30 days": the days said again are the month stated
_OVER_THOSE_DAYS = screened(r"\b(?P<over>over|for|across|in) (?:those|these|the)(?: same)? (?P<n>2[89]|3[01]) days\b")


def _over_those_days(m: re.Match[str]) -> str:
    month = re.search(r"\b" + m.group("n") + r"[- ]day (?:billing |calendar )?month\b|\bbilling (?:period|cycle)\b"
                      r"[ \t:]{0,20}" + m.group("n") + r"[- ]?days\b", m.string)
    return f"{m.group('over')} the month" if month is not None else m.group(0)


# "input_tokens_month: 3.2bn @ $2.50/M": a side's keyed count, then the price it is bought at
_KEYED_COUNT_AT_PRICE = screened(
    r"(?m)^(?P<k>[ \t]*(?P<side>input|output|prompt|completion)[ _]tok(?:en)?s?\b[^:\n]{0,20}:[ \t]?~?"
    r"(?P<n>\d[\d,]{0,12}(?:\.\d{1,3})?[ \t]?(?:k|m|mm|b|bn)?))[ \t]?(?:@|at)[ \t]?"
    r"(?P<r>\$\d{1,4}(?:\.\d{1,6})?[ \t]?/[ \t]?(?:1[ \t]?)?m(?:tok)?)\b")


# "cache_read_calls    204,750", "cache write requests: 5,250": a console's count of the calls that read or wrote
_KEYED_CACHE_CALLS = screened(
    r"\bcache[ _](?P<kind>read|hit|write)s?[ _](?:calls|requests|reqs|count)\b[ \t]*[:=]?[ \t]*~?"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,9})(?![\d%$]|[.,]\d)")


def _keyed_cache_calls(m: re.Match[str]) -> str:
    return f"{m.group('n')} cache {'writes' if m.group('kind') == 'write' else 'hits'}"


# "42m input qty/day" (a sheet's column "qty/day" after its cell): the period the quantity is counted over
_QTY_PER_PERIOD = screened(r"(?:(?<=\d )|(?<=\d[kmb] )|(?<=input )|(?<=output )|(?<=tokens )|(?<=calls ))"
                           r"(?:qty|quantity|volume|count|amount|usage)\s?(?:/|per)\s?"
                           r"(?P<p>day|week|month|hour|year|quarter)\b")


# "on-demand tokens served 2.2b/month" (an export's pair "ondemand_tokens_served=2.2B/month"): the tokens counted over
# the period after the figure
_TOKENS_THEN_COUNT = screened(r"\btok(?:en)?s(?: (?:served|processed|consumed|used|billed|sent|handled))? "
                              r"(?P<n>~?\d[\d,]{0,12}(?:\.\d{1,3})?\s?(?:k|m|mm|b|bn)?)\s?/\s?"
                              r"(?P<p>day|week|month|mo|hour|hr|year|yr|quarter)\b")


# "direct_api_input_rate: $3.00 / 1M tokens", "bedrock_govcloud_input_rate: $3.60 / 1M": a route's price of a side,
# keyed (read as "direct $3.00/m input", "bedrock $3.60/m input")
_ROUTE_SIDE_KEY = screened(
    r"\b(?P<route>direct|bedrock|azure|vertex|aws|gcp)(?: [a-z]{2,12}){0,2}? (?P<side>input|output)"
    r"(?: (?:rate|price|list))? ?[:=] ?(?P<v>\$\d{1,4}(?:\.\d{1,6})?) ?/ ?(?:1 ?)?m(?:tok)?(?: ?tok(?:en)?s?)?\b")


# "input per 1m: $5.00", "cache read per 1m: $0.50" (an export's "input_per_1M,$5.00"): a price keyed with its unit
_KEYED_PER_MILLION = screened(
    r"\b(?P<k>input|output|cached input|cache reads?|cache writes?|cache hits?)(?: (?:rate|price|cost))? (?:per|/) ?"
    r"(?:1 ?)?(?:m|mtok|million)(?: tok(?:en)?s?)? ?[:=] ?(?P<v>\$\d{1,4}(?:\.\d{1,6})?)(?![\d.])")


_HYPERSCALER_NAMED = screened(r"\b(?:bedrock|azure|vertex|aws|gcp|hyperscaler)\b")
# "direct (vendor rate card)     input $4.00/MTok", "Bedrock on-demand list   input $5.20/MTok": a sheet's line naming
# the route first, then the side and its price
_ROUTE_THEN_SIDE_PRICE = screened(
    r"(?m)^[ \t]*(?P<route>direct|bedrock|azure|vertex)\b[^$\n:,]{0,40}?[: \t]\s*(?P<side>input|output) "
    r"(?P<v>\$\d{1,4}(?:\.\d{1,6})?) ?/ ?(?:1 ?)?m(?:tok)?\b(?![^\n]*\b(?:input|output),? \$)")


def _route_price(m: re.Match[str]) -> str:
    return f"{m.group('route')} {m.group('v')}/m {m.group('side')}"


# A sheet with a column a route, as the table readers leave it: " direct bedrock" over "input $3.00 $3.54" (each side's
# price per million on each route), or "gpt-4o inference / month ;direct api $20,000.00;azure openai (list)
# $25,000.00" (a period's spend on each route)
_ROUTES = r"(?:direct|bedrock|azure|vertex)"
_ROUTE_HEADER_ROWS = screened(
    r"(?m)^[ \t]*(?P<r1>" + _ROUTES + r")(?: api)?[ \t]+(?P<r2>" + _ROUTES + r")(?: api| openai)?[ \t]*\n"
    r"(?P<rows>(?:[ \t]*(?:input|output)(?: tokens)?[ \t]+\$\d{1,4}(?:\.\d{1,6})?[ \t]+\$\d{1,4}(?:\.\d{1,6})?"
    r"[ \t]*(?:\n|$)){1,2})")
# "direct, $2.50 input, $10.00 output." (a sheet's row "| OpenAI direct | $2.50 | $10.00 |" under "channel | input |
# output", as the table readers write it): the route's price of each side
_ROUTE_SIDES_ROW = screened(
    r"(?m)^[ \t]*(?:[a-z]{2,12} )?(?P<route>" + _ROUTES + r")(?: [a-z]{2,12})?, (?P<a>\$\d{1,4}(?:\.\d{1,6})?) input, "
    r"(?P<b>\$\d{1,4}(?:\.\d{1,6})?) output\.")
_ROUTE_ROW = screened(r"(?P<side>input|output)(?: tokens)?[ \t]+(?P<a>\$[\d.]+)[ \t]+(?P<b>\$[\d.]+)")
_ROUTE_AMOUNTS_ROW = screened(
    r"(?m)^[ \t]*(?P<label>[^;\n$]{0,60}?)[ \t]?;(?P<c1>" + _ROUTES + r"(?: api)?) (?P<v1>\$\d[\d,]{0,12}(?:\.\d{2})?);"
    r"(?P<c2>" + _ROUTES + r"[^;$\n]{0,30}?) (?P<v2>\$\d[\d,]{0,12}(?:\.\d{2})?)[ \t]*$")
_LABEL_PERIOD = screened(r"(?:/|\bper|\ba) ?(?P<p>month|mo|year|yr|quarter|week|day)\b|\b(?P<adj>monthly|annual|yearly|"
                         r"quarterly|weekly|daily)\b")


def _route_rows(m: re.Match[str]) -> str:
    """Each route's price of each side, as the route readers read it ("direct: $3.00/m input; bedrock: ...")."""
    r1, r2 = m.group("r1"), m.group("r2")
    return "".join(f"{r1}: {row.group('a')}/m {row.group('side')}; {r2}: {row.group('b')}/m {row.group('side')}.\n"
                   for row in _ROUTE_ROW.finditer(m.group("rows")))


def _route_amounts(m: re.Match[str]) -> str:
    """Each route's spend, with the period its row's label names ("direct api $20,000.00 a month; azure ...")."""
    said = _LABEL_PERIOD.search(m.group("label"))
    period = ""
    if said is not None:
        word = said.group("p") or said.group("adj")
        period = " a " + {"mo": "month", "monthly": "month", "yr": "year", "annual": "year", "yearly": "year",
                          "quarterly": "quarter", "weekly": "week", "daily": "day"}.get(word, word)
    return f"{m.group('c1')} {m.group('v1')}{period}; {m.group('c2').strip()} {m.group('v2')}{period}."


_CENTS_ON_THE_DOLLAR = screened(r"(?:(?<![\w.$])(?P<c>[1-9]\d?)\s?(?:cents?|c|¢)|\$0?\.(?P<d>\d{1,2}))"
                                r"\s?on the dollar\b")


def _cents_on_the_dollar(m: re.Match[str]) -> str:
    cents = int(m.group("c") or m.group("d").ljust(2, "0"))
    return f"{100 - cents}% off" if 0 < cents < 100 else m.group(0)


# "6 provisioned units ... what those 6 can push at full tilt": the units counted again with their noun left out, read
# as "those units"
_UNITS_COUNT = screened(r"(?<![\w.$,])(?P<n>\d{1,4}) (?:[a-z-]{2,14} )?(?:units|ptus)\b")
# ("on demand for the tokens those 4 units serve at full load": the units counted again with their noun, "those units")
_THOSE_N = screened(r"\b(?P<d>those|these|all|all of those|all of these|all of the) (?P<n>\d{1,4})\b"
                    r"(?P<u> units| ptus)?"
                    r"(?(u)\b|(?![.,]\d|\s?(?:%|k\b|m\b|x\b|[a-z]+s\b|units?\b|ptus?\b|hours?\b|days?\b|of\b)))")


def _units_elided(text: str) -> str:
    counted = [(m.group("n"), m.start()) for m in _UNITS_COUNT.finditer(text)]
    if not counted:
        return text

    def elided(m: re.Match[str]) -> str:
        # (the count said once is enough, where it was said before: "those units")
        said = any(n == m.group("n") and start != m.start("n") for n, start in counted)
        return f"{m.group('d')}{m.group('u') or ' units'}" if said else m.group(0)

    return _THOSE_N.sub(elided, text)


_KEY_PERIOD_SUFFIX = screened(r"(?m)^(?P<k>[ \t]{0,8}[a-z][a-z -]{0,40}?\b(?:spend|bill|cost|costs|budget|usage|volume|"
                              r"calls|requests|tokens|invoice|total)) (?P<p>qtr|q[1-4]|mo|mth|yr|wk)(?=[ \t]?[:=])")
_SPEND_PER_KEY = screened(r"\b(?P<k>spend|bill|cost|budget|invoice|usage)\s?/\s?(?P<p>mo|month|yr|year|qtr|quarter|wk|"
                          r"week|day)\b[ \t]?[:=]?[ \t]?(?P<v>~?\$\s?\d[\d,]{0,12}(?:\.\d{1,2})?(?:\s?(?:k|m)\b)?)")
_WORKING_WEEK = screened(r"\b(?P<c>calls|requests|queries) (?P<a>a|per|each|every) (?:business|working|work)[ -]week\b")
_PERIOD_THEN_CALLS = screened(
    r"\b(?:over|in|during|across) (?:a|one|each|every|an average|a typical) (?:business |working |work )?"
    r"(?P<p>day|week|month|quarter|year),? "
    r"(?P<who>they|we|the customer|the client|it|their \w+|our \w+) (?P<v>make|makes|send|sends|run|runs|do|does|"
    r"serve|serves|handle|handles|process|processes|see|sees|get|gets) (?:about |around |roughly |~)?"
    r"(?P<n>\d[\d,.]{0,12}\s?(?:k|m)?) (?P<noun>calls|requests|queries)\b")
# "top out around 20M tok/hr but cust will push ~14M/hr avg": a load said with no noun beside one counted in tokens over
# the same period is tokens too (never calls)
_BARE_LOAD_BESIDE_TOKENS = screened(
    r"\b(?P<v>push|pushes|pushing|run|runs|send|sends|do|does|average|averages|hit|hits)\s(?P<about>about |around |"
    r"roughly |~\s?)?(?P<n>\d[\d.,]{0,9}\s?(?:k|m|mm|b|bn))\s?/\s?(?P<p>hr|hour|min|minute|day)\b"
    r"(?!\s?(?:calls?|requests?|reqs?|queries|users?))")
_TOKENS_OVER_PERIOD = screened(r"\btok(?:en)?s?\s?/\s?(?P<p>hr|hour|min|minute|day)\b")


def _bare_loads_beside_tokens(text: str) -> str:
    """Each bare load said over a period the text counts tokens over, as tokens (the periods read once)."""
    periods = {PERIOD_WORDS.get(t.group("p"), t.group("p")) for t in _TOKENS_OVER_PERIOD.finditer(text)}
    if not periods:
        return text
    return _BARE_LOAD_BESIDE_TOKENS.sub(
        lambda m: f"{m.group('v')} {m.group('about') or ''}{m.group('n')} tok/{m.group('p')}"
        if PERIOD_WORDS.get(m.group("p"), m.group("p")) in periods else m.group(0), text)


_HUNDRED_PERCENT_SURE = screened(r"\b100\s?(?:%|percent|per cent) (?P<w>sure|certain|clear|confident)\b")
_WORTH_AT_FULL_KEY = screened(r"\b(?P<k>(?:on[- ]demand|od|payg) (?:value|worth|cost|equivalent|price))\s?(?:at|@)\s?"
                              r"100\s?%"
                              r"(?:\s(?:use|utili[sz]ation|util|load|usage))?(?=\s?[:=])")
_RUNS_TO_ON_DEMAND = screened(r"\b(?P<v>run|runs|cost|costs|come to|comes to|be)\s(?:about |around |roughly |~)?"
                              r"(?P<n>\d[\d,.]{0,9}\s?k)(?=\s?(?:/|a |per )\s?(?:mo|month|yr|year|wk|week|day)\b"
                              r"[^.\n$]{0,12}\bon[- ]demand\b)")
_PRIOR_MONTH_OF_DAYS = screened(r"\b(?P<w>over|in|for|across) the (?P<p>prior|past|last|previous) (?:2[89]|3[01])"
                                r" days\b")
_COMES_IN_AT = screened(r"\b(?P<l>(?:cached?|cache)\s(?:reads?|hits?|writes?|input)|input|output|reads|writes|hits)\s"
                       r"(?:come|comes|coming|came)\sin\sat\b(?=\s~?\$|\s\d|\s[a-z]+\scents?\b|\s[a-z]+\sdollars?\b)")
_ON_DEMAND_SEMICOLON = screened(r"\bon[- ]demand;(?=[^.;\n]{0,80}?(?:\$\s?\d|\d[\d,.]{0,12}\s?(?:k|m)?\s"
                                r"(?:dollars|usd)\b))")
# "hours: 720", "| hours | 2184 |" (a row's cell "hours 2184"): the hours billed, keyed
_HOURS_KEYED = screened(r"(?m)(?:^|(?<=;)|(?<=, ))[ \t]?(?:billed |billable |total |unit[- ])?(?:hours|hrs)(?: billed)?"
                        r"[ \t]?[:=]?[ \t]?(?P<n>\d,?\d{3}|\d{3})(?![\w.,])")
# "would've been $61k even", "an even $61k": a round amount said exactly
_EVEN = r"\$\s?\d[\d,]{0,12}(?:\.\d{1,2})?(?:\s?(?:k|m|mm|bn)\b)?"
_EVEN_AMOUNT = screened(rf"\ban even (?P<a>{_EVEN})|(?P<b>{_EVEN}) even\b(?=\s?(?:[.,;:!?)]|$))")
# "push 1.5bn input tokens through and get about a fifth of that back as output": the output as a share of the input
_OUTPUT_SHARE_OF_INPUT = screened(
    # (only "back": "with a quarter of that as output" beside a range of input is each end's, read with the range)
    r"\b(?:get|gets|getting)\s(?:about\s|around\s|roughly\s|~)?(?P<f>a half|half|a quarter|a fifth|a tenth|"
    r"\d{1,2}(?:\.\d)?%) of (?:that|it|those|them|the input) back (?:as|in) output\b")
_SHARES = {"a half": "50", "half": "50", "a quarter": "25", "a fifth": "20", "a tenth": "10"}
# "if they went straight to the model provider", "buying directly from the lab": going direct, said in full
_STRAIGHT_TO_PROVIDER = screened(r"\b(?P<verb>go|goes|going|went|gone|buy|buys|buying|bought)\s(?:straight|directly)\s"
                                 r"(?:to|from|with)\s(?:the\s)?(?:model\s)?(?:provider|lab|vendor|maker|developer|"
                                 r"source)\b")
# "of those roughly 240 land on a cold cache and write it": the calls that find no entry, each a write
_COLD_CACHE = screened(r"(?<![\w.$,])(?P<n>\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?k?)\s(?:calls?\s|requests?\s|of them\s)?"
                       r"(?:land|lands|hit|hits|find|finds|see|sees|get|gets|meet|meets)\s(?:on\s)?an?\s"
                       r"(?:cold|empty|expired)\scache\b")
# "All 600 of the day's queries read from the cache": the period's count said as all of them
_ALL_OF_THE_PERIODS = screened(
    r"\ball (?P<n>\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?[km]?) of (?:the|their|our|a) (?P<p>day|week|month|hour)(?:'s|s'|s)? "
    r"(?P<noun>queries|calls|requests|prompts|questions|tickets|documents|docs|messages|conversations)\b")


# "from their Grafana export (last 30 days, tokens/min):" over "avg 41,000" and "p100 131,200": loads keyed bare, under
# (or after) the unit they are counted in
_LOAD_UNIT = screened(r"\b(?P<u>tokens?\s?/\s?min(?:ute)?|tokens? (?:per|a) minute|tpm|tokens?\s?/\s?s(?:ec)?|tps|rpm|"
                      r"requests?\s?/\s?min(?:ute)?|requests? (?:per|a) minute|tokens?\s?/\s?h(?:ou)?r|"
                      r"tokens? (?:per|an) hour)\b")
_BARE_LOAD_KEY = screened(r"\b(?P<k>avg|average|mean|median|p50|p9\d(?:\.\d)?|p100|max|maximum|peak)"
                          r"(?:\s?\((?:peak|max|maximum|mean|avg|average|median)\))?\s?[:=]?\s"
                          r"(?P<n>~?\d(?:[\d,]{0,12}\d)?(?:\.\d{1,3})?(?:\s?[km]\b)?)(?![\w%$/]|[.,]\d|\s?(?:tokens?|toks?|tpm|rpm|"
                          r"tps|requests?|reqs?|calls?|per|a|an|x|times)\b)")
_AVERAGE_KEYS = ("avg", "average", "mean", "median", "p50")


def _loads_under_their_unit(text: str) -> str:
    """Bare loads keyed as an average and a peak, within a few lines after the one unit of load the text names, written
    in that unit ("average: 41,000 tokens/min"); the text as it was otherwise."""
    named = list(_LOAD_UNIT.finditer(text[:_LOAD_TEXT_MAX]))  # the units named, read once
    if len({m.group("u").replace(" ", "") for m in named}) != 1:
        return text
    first = named[0]
    start, end = first.end(), first.end() + 400
    keys = [m.group("k") for m in _BARE_LOAD_KEY.finditer(text, start, end)]
    if not any(k in _AVERAGE_KEYS for k in keys) or all(k in _AVERAGE_KEYS for k in keys):
        return text
    unit = first.group("u")
    # (each load by the word the load readers know: a top percentile or the maximum is the peak)
    said = _BARE_LOAD_KEY.sub(
        lambda m: f"{'average' if m.group('k') in _AVERAGE_KEYS else 'peak'}: {m.group('n')} {unit}", text[start:end])
    return text[:start] + said + text[end:]


_LOAD_TEXT_MAX = 4000


def read_forms(text: str) -> tuple[str, list[str]]:
    """``text`` with number forms and keyword typos rewritten, and the forms that could not be read."""
    unread: list[str] = []
    if "those " in text or "these " in text or "all " in text:
        text = _units_elided(text)
    if any(w in text for w in ("/m", "/s", "/h", "tpm", "rpm", "tps", " per m", " per h", " a m", " an h")):
        text = _loads_under_their_unit(text)
    if "point " in text:
        text = _POINT_NUMERALS.sub(lambda m: f"{m.group('whole') or 0}.{m.group('digits')}", text)
    if "point " in text:
        text = _POINT_DIGITS.sub(_point_digits, text)  # (before any rule reads "five cents" out of "point four five")
    if "direct" in text and ("delta" in text or "diff" in text or "gap" in text):
        text = _DELTA_OVER_DIRECT.sub("markup over ", text)  # "list delta vs direct API: +30%": the list markup
    if "normally" in text:
        text = _PRICE_NORMALLY.sub(" normal", text)  # "$1.25 per million versus $2.50 normally": the normal input price
    if "budget" in text and "direct" in text:
        text = _DIRECT_BUDGET.sub("direct api spend", text)  # "their direct-API budget": what they spend going direct
    if " days" in text and ("prior " in text or "past " in text or "last " in text or "previous " in text):
        # "the on-demand bill over the prior 30 days came to $72,000": the month just gone
        text = _PRIOR_MONTH_OF_DAYS.sub(lambda m: f"{m.group('w')} the {m.group('p')} month", text)
    if "/" in text and "$" in text:
        # "direct-equivalent spend/mo $40,000": the amount, then the period its key named
        text = _SPEND_PER_KEY.sub(lambda m: f"{m.group('k')} {m.group('v')} per {PERIOD_WORDS[m.group('p')]}", text)
    if " week" in text and ("business" in text or "work" in text):
        # "40,000 calls a business week": the week's calls
        text = _WORKING_WEEK.sub(lambda m: f"{m.group('c')} {m.group('a')} week", text)
    if "over " in text or " in a" in text or "during " in text or "across " in text:
        # "over a business week they make 40,000 calls": the period said first, then the calls counted over it
        text = _PERIOD_THEN_CALLS.sub(
            lambda m: f"{m.group('who')} {m.group('v')} {m.group('n')} {m.group('noun')} a {m.group('p')}", text)
    if "100" in text and ("sure" in text or "certain" in text or "clear" in text or "confident" in text):
        text = _HUNDRED_PERCENT_SURE.sub(lambda m: m.group("w"), text)  # "not 100% sure what it stands for": no figure
    if "100" in text:
        # "OD value @100% ... $87.6k/mo": what the capacity's tokens cost on-demand at full load, keyed
        text = _WORTH_AT_FULL_KEY.sub(lambda m: f"{m.group('k')} at full load", text)
    if "k" in text and "demand" in text:
        # "the tokens they push would run 120k/mo on demand": an amount of money by what it runs to on-demand
        text = _RUNS_TO_ON_DEMAND.sub(lambda m: f"{m.group('v')} ${m.group('n')}", text)
    if "tok" in text and "/" in text:
        text = _bare_loads_beside_tokens(text)
    if " in at" in text:
        # "cached reads come in at thirty cents per million": the price of what is named, said as where it lands
        text = _COMES_IN_AT.sub(lambda m: f"{m.group('l')} at", text)
    if "demand;" in text:
        # "Offer B: stay on-demand; our estimate ... is roughly 150k dollars a month": the amount is on-demand's
        text = _ON_DEMAND_SEMICOLON.sub("on-demand,", text)
    if "hours" in text or "hrs" in text:
        text = _HOURS_KEYED.sub(lambda m: f" {m.group('n')} hours", text)
    if "even" in text and "$" in text:
        # "$61k even", "an even $61k": the amount exactly
        text = _EVEN_AMOUNT.sub(lambda m: m.group("a") or m.group("b"), text)
    if "sent" in text:
        text = _SENT.sub("cent", text)
    if "morning" in text:
        text = _EACH_MORNING.sub(lambda m: f"{m.group('w')} {m.group('q')} {m.group('b') or ''}day", text)
    if "writ" in text or "creation" in text or "refresh" in text:
        text = _WRITES_IN_WORDS.sub(lambda m: f"{_SMALL[m.group('n')] if m.group('n') else 1} {m.group('w')}", text)
    if "tokens " in text and ":" in text:
        text = _TOKENS_DONE_KEY.sub("tokens", text)
    if "penn" in text:
        # ("a penny and a half per call")
        text = _PENNY.sub(lambda m: "1.5 cents " if m.group("half") else "1 cent ", text)
    if "," in text and "$" in text and "m" in text:
        text = _implausible_comma_rates(text, unread)
    if "#" in text:
        # "cached_input_rate: $0.3125/M  # a quarter of input": the note after its line's value, read before the rows
        # are, in brackets after a rate (an aside) and as words after a count ("calls: 5000  # per day")
        text = _KEYED_COMMENT.sub(lambda m: f"{m.group('kv')} ({m.group('note').strip()})" if "/" in m.group("kv")
                                  else f"{m.group('kv')} {m.group('note').strip()}", text)
    if ":" in text or "=" in text:
        # "direct_equivalent_spend_qtr: $18,500": the period a keyed figure covers, cut short at the key's end
        text = _KEY_PERIOD_SUFFIX.sub(lambda m: f"{m.group('k')} per {PERIOD_WORDS.get(m.group('p'), 'quarter')}",
                                      text)  # ("spend_q3": a quarter's)
    if "(" in text:
        text = _KEY_NOTE_VALUE.sub(_key_note_value, text)
        text = _QUARTER_IN_KEY.sub(lambda m: f"{m.group('q')} {m.group('k').strip()}", text)
    if " per unit " in text or "/unit " in text or " per ptu " in text:
        text = _PER_UNIT_AT_FULL.sub(lambda m: m.group("k"), text)
    text = read_shorthand(read_rows(text))
    if " | " in text:
        text = _PIPE_BETWEEN_PAIRS.sub(lambda m: f"{m.group('unit')}; ", text)
    if " of those " in text or " of them " in text or " of these " in text:
        text = _DAYS_COUNTED.sub(
            lambda m: f"{m.group('kind')} days{m.group('mid')} {m.group('n')} business days a month", text)
    if "to the model" in text:
        text = _TOKENS_INTO_MODEL.sub(
            lambda m: f"{m.group('verb')} {m.group('about') or ''}{m.group('n').strip()} input tokens into the model "
                      f"({m.group('what')})", text)
    if "%" in text and (" price" in text or " rate" in text or " multiple" in text or " pricing" in text):
        text = _SHARE_CACHE_PRICE.sub(_share_cache_price, text)
    if "cache" in text and " x" in text:
        text = _CACHE_INVOICE_LINE.sub(_cache_invoice_line, text)
    if "cache" in text and "input" in text:
        text = _CACHE_INPUT_KEY.sub(lambda m: f"cache {m.group('k')} ", text)
    if ":" in text and ("per 1m" in text or "per m" in text or "/1m" in text):
        text = _KEYED_PER_MILLION.sub(lambda m: f"{m.group('k')} {m.group('v')}/m", text)
    if "direct" in text and _HYPERSCALER_NAMED.search(text):
        # (only beside a hyperscaler's price: alone, "direct input $2.50/M" is the per-token price itself)
        text = _ROUTE_SIDE_KEY.sub(_route_price, text) if ":" in text else text
        text = _ROUTE_THEN_SIDE_PRICE.sub(_route_price, text)
        text = _ROUTE_HEADER_ROWS.sub(_route_rows, text) if "$" in text else text
        text = _ROUTE_SIDES_ROW.sub(lambda m: f"{m.group('route')}: {m.group('a')}/m input; {m.group('route')}: "
                                              f"{m.group('b')}/m output.", text) if "per 1m" in text else text
        text = _ROUTE_AMOUNTS_ROW.sub(_route_amounts, text) if ";" in text else text
    if "tok" in text and "/" in text:
        text = _TOKENS_THEN_COUNT.sub(lambda m: f"{m.group('n')} tokens/{m.group('p')}", text)
    if "qty" in text or "quantity" in text:
        text = _UNIT_QTY_LINE.sub(lambda m: f"{m.group('n') or m.group('n2')} units at {m.group('v') or m.group('v2')} "
                                            "per unit-hour", text)
        text = _CALL_QTY.sub(lambda m: f"{m.group('lead')}{m.group('n')} calls", text)
        text = _CALLS_AT_UNIT_PRICE.sub(lambda m: f"{m.group('n')} {m.group('noun')} at {m.group('v')} per call;", text)
    if "demand" in text and "month" in text:
        text = _ON_DEMAND_FOR_SAME.sub(lambda m: f"on-demand spend {m.group('v')} a month", text)
    if "budget" in text and "direct" in text:
        text = _DIRECT_BUDGETED.sub(lambda m: f"direct spend {m.group('v')} {m.group('p')}", text)
    if "call" in text or "request" in text:
        text = _AVERAGE_CALL_KEYED.sub(lambda m: f"{m.group('io')} per call", text)
    if "demand" in text or "payg" in text or "pay-as" in text or "pay as" in text:
        text = _same_traffic_on_demand(text)
    if "demand" in text or "pay" in text:
        text = _PAST_BILL_ON_DEMAND.sub(
            lambda m: f"on-demand spend {m.group('v') or m.group('v3')} a {m.group('p') or 'month'}", text)
    if "yesterday" in text or "today" in text:
        text = _ONE_DAYS_LOGS.sub("in one day we logged", text)
    if " in" in text and (" out" in text or " back" in text) and ("going" in text or "coming" in text
                                                                 or "sent" in text or "flowing" in text):
        text = _FLOWING.sub(_flowing, text)
    if " of " in text and ("prefix" in text or "prompt" in text or "preamble" in text):
        text = _PREFIX_OF_IT.sub(lambda m: f"{m.group('n')}-token {m.group('what')}", text)
    if " output" in text and " of " in text:
        text = _OUTPUT_SHARE_OF_INPUT.sub(
            lambda m: f"{_SHARES.get(m.group('f'), m.group('f').rstrip('%'))}% of that in output", text)
    if "straight " in text or "directly " in text:
        text = _STRAIGHT_TO_PROVIDER.sub(lambda m: f"{m.group('verb')} direct", text)
    if "cold " in text or "empty " in text or "expired " in text:
        text = _COLD_CACHE.sub(lambda m: f"{m.group('n')} cache writes (a cold cache)", text)
    if "all " in text and " of " in text:
        text = _ALL_OF_THE_PERIODS.sub(lambda m: f"all {m.group('n')} {m.group('noun')} a {m.group('p')}", text)
    if "each " in text or "every " in text or "per " in text:
        text = _items_as_calls(text)
    if "tpm" in text or "rpm" in text or "rps" in text or "tps" in text or "qps" in text:
        text = _KEYED_LOAD.sub(_keyed_load, text)
    if "tok" in text:
        text = _COUNT_ADJ_SIDE.sub(lambda m: f"{m.group('n')} {m.group('side')}", text)  # "14bn forecast input tokens"
    if "cached" in text and ("=" in text or ":" in text):
        text = _KEYED_CACHED_SIZE.sub(lambda m: f"{m.group('n') or m.group('n2')}-token cached prefix", text)
    if "cache" in text:
        text = _HITS_AS_CALLS.sub("cache hits", text)
        text = _KEYED_CACHE_EVENTS.sub(
            lambda m: f"{m.group('n')} cache {'hits' if m.group('k')[0] in 'rh' else 'writes'}", text)
        text = _ONE_CACHE_A_DAY.sub("1 cache write per day", text)
        if "hit" in text and ("missed" in text or "n't hit" in text or "not hit" in text or "were misses" in text):
            text = _MISSED.sub(lambda m: f"{m.group('n')} cache misses", text)
        if "once" in text:
            text = _WRITE_THEN_HITS.sub(_write_then_hits, text)

        if "the other " in text and "writ" in text:
            text = _OTHERS_WRITE.sub(lambda m: f"the other {m.group('n')} cache writes", text)
    if ":" in text and ("cache" in text or "cached" in text):
        text = _KEYED_CACHE_SHARE.sub(lambda m: f"{m.group('k')} at ", text)  # "cached input: half price"
        text = _KEYED_CACHE_COUNT.sub(lambda m: f"{m.group('n')} {m.group('k')} {m.group('p') or ''}".rstrip(), text)
    if "cache" in text and (" half" in text or " a " in text or " one " in text):
        text = _CACHE_SHARE_VERB.sub(
            lambda m: f"{m.group('k')} at {m.group('d')}% off" if m.group("d") else f"{m.group('k')} at ", text)
    if "all but" in text:
        # "expect all but ~5% of them to hit the cache": the rest, 95%
        text = _ALL_BUT.sub(lambda m: f"{_show(100 - Decimal(m.group('n')))}%", text)
    if "typical" in text or "average" in text or "normal" in text or "usual" in text:
        text = _ONE_TYPICAL.sub(lambda m: f"a {m.group('p')}", text)  # "300 cache writes on a typical day": a day
    if "unit price" in text and "unit:" in text:
        text = _KEYED_UNIT_THEN_PRICE.sub(
            lambda m: f"{m.group('unit')}{m.group('between')}a fee of {m.group('v')} per {m.group('u')}", text)
    if "month is" in text or "month of" in text or "month =" in text:
        text = _MONTH_IS_DAYS.sub(lambda m: f"month is a {m.group('n')}-day month", text)
    if "discount" in text and "-" in text:
        text = _MINUS_DISCOUNT.sub(lambda m: f"{m.group('key')} ", text)
    if " days" in text:
        text = _KEYED_WORKING_DAYS.sub(lambda m: f"{m.group('n')} business days a month", text)
        if _BUSINESS_DAY_SAID.search(text):
            text = _BARE_MONTH_DAYS.sub(lambda m: f"{m.group('n')} business days a month", text)
            text = _OVER_MONTH_OF_WORKING_DAYS.sub(lambda m: f"over {m.group('n')} business days a month", text)
    if "." in text and ("=" in text or ":" in text):
        text = _KEYED_FRACTION.sub(
            lambda m: f"{m.group('key')} = {(Decimal(m.group('v')) * 100).normalize():f}%", text)
    if "_" in text:
        text = _SNAKE_KEY.sub(lambda m: m.group(0).replace("_", " "), text)
    if "demand" in text:
        text = _BARE_ON_DEMAND_SPEND.sub(lambda m: m.group(0) + "$", text)
        text = _BARE_SPEND_ON_DEMAND.sub(lambda m: m.group(0) + "$", text)  # "... cost 95k on demand"
    if "each of" in text:
        text = _ON_EACH_OF_DAYS.sub(lambda m: f"{m.group('n')} {m.group('k') or ''}days a month. each "
                                              f"{m.group('k') or ''}day ", text)
    if "spen" in text or "pa" in text or "bill" in text:
        text = _BARE_SPEND.sub(lambda m: m.group(0) + "$", text)
    if "sav" in text:
        text = _BARE_SAVING.sub(lambda m: m.group(0) + "$", text)
    if "$" in text and (" this " in text or " last " in text or " per " in text or " each " in text):
        text = _SPEND_KEY_PERIOD.sub(lambda m: f"{m.group('key')}: {m.group('v')} a {m.group('p')}", text)
    if "tpm" in text and ("p100" in text or "p99" in text or "max" in text):
        text = _TOP_TPM_KEY.sub("peak tpm", text)  # "p100_tpm: 3.0M", "max tpm = 900k": the peak by its top figure
    if "tpm" in text and "peak tpm" not in text and "peak_tpm" not in text:  # (beside "peak_tpm": a pair, read as such)
        text = _KEYED_AVERAGE_TPM.sub(lambda m: f"average load {m.group('n')} tokens/min", text)
    if "'" in text or '"' in text:
        text = _QUOTED_FIGURE.sub(lambda m: m.group("said"), text)
    if "p5" in text or "p7" in text or "p9" in text:
        if "avg" in text or "average" in text or "mean" in text:
            text = _PERCENTILE.sub("", text)
        text = _PERCENTILE_LABEL.sub("percentile", text)
    if "night" in text and NIGHTLY.search(text):
        text = _NIGHTLY_RUNS.sub(lambda m: f"{m.group('n')} business days a month", text)
    if "half a" in text:
        text = _HALF_A_DOLLAR.sub("$0.50", text)
    if " unit" in text:
        text = _PER_UNIT_THROUGHPUT.sub(lambda m: f"each unit does {m.group('n')} tokens an hour", text)
    if "day week" in text or "day work" in text:
        text = _DAY_WEEKS.sub(lambda m: f"{_show(_num(m.group('n')))} days a week", text)
    if "writes " in text or "returns " in text:
        text = _READS_AND_WRITES.sub(lambda m: f"is {m.group('i')} input tokens and {m.group('o')} output tokens", text)
    if " per output" in text or " out" in text:
        text = _TOKENS_PER_TOKEN.sub(lambda m: f"{_SMALL.get(m.group('a'), m.group('a'))}:1 input:output", text)
    if "direct" in text and (", input $" in text or ", output $" in text):
        text = _CHANNEL_ROW_RATE.sub(_channel_row_rate, text)
    if "direct" in text and ("|" in text or ";" in text):
        text = _CHANNEL_CELLS_RATE.sub(lambda m: f"{m.group('route')}: {m.group('v')}/m {m.group('side')} ;", text)
    if "direct" in text and (" input" in text or " output" in text) and len(
            {m.group("route") for m in list(_CHANNEL_SIDE_KEY.finditer(text))[:_MAX_KEYED_ROUTES]}) >= 2:
        # (only beside another channel's price: "direct input"/"direct output" alone are the direct rates, read as such)
        text = _CHANNEL_SIDE_KEY.sub(lambda m: f"{m.group('lead')}{m.group('route')}: {m.group('v')} {m.group('side')}",
                                     text)
    if " at " in text and ("discount" in text or "deal" in text or "offer" in text):
        text = _SAME_DISCOUNT_AT.sub(lambda m: f"{m.group('lead')}{m.group('p')} utilization", text)
    if "-per-" in text or "-a-" in text:
        text = _PER_UNIT_COMPOUND.sub(" per ", text)
    if " times " in text:
        text = _TIMES_INPUT.sub("x ", text)
    if "quarter" in text or "dime" in text or "nickel" in text:
        text = _COIN_RATE.sub(lambda m: f"${_COINS[m.group('coin')]} ", text)
    if " to" in text or "-to-" in text:
        text = _WORD_RATIO.sub(lambda m: f"{_SMALL[m.group('a')]}-to-{_SMALL[m.group('b')]}", text)
    if any(w in text for w in ("sorry", "mean", "correction", "oops", "scratch", "make that", " er", " um", "wait",
                               "actually")):
        text = _TAKEN_BACK_ASIDE.sub(lambda m: f"{m.group('right')} ", text)
        text = _FEE_TAKEN_BACK.sub(lambda m: f"{m.group('n').strip()} {m.group('unit')}", text)
        text = _SHARE_OFF_TAKEN_BACK.sub(lambda m: f"{m.group('n')} off", text)
        text = _TAKEN_BACK.sub("", text)
    if "-to-" in text:
        text = _WORKING_DAY_IDIOM.sub(_working_day_idiom, text)
    if " q" in text:
        text = _NAMED_QUARTER.sub(lambda m: f"{m.group('pre')} the quarter", text)
    if any(w in text for w in ("reasoning", "thinking", "hidden", "internal")):
        text = _REASONING_OUT.sub(_reasoning_out, text)
    if "+" in text:
        text = _SUM_IN_OUT.sub(_sum_in_out, text)
    if "⁄" in text:
        # "1¼k", "2½ million": a whole number written against the fraction glyph is a mixed number (NFKC turns "1¼"
        # into "11⁄4", the whole and the fraction run together)
        text = _MIXED_FRACTION.sub(
            lambda m: _show(Decimal(m.group("whole") or 0) + Decimal(_UNICODE_FRACTIONS[m.group("frac")])), text)
    if "/" in text:
        text = _SLASH_LOAD.sub(_slash_load, text)
        text = _SLASH_FRACTION_CENT.sub(lambda m: _show(Decimal(m.group("a")) / Decimal(m.group("b"))) + " ", text)
    text = _german_words(text)
    text = _WORD.sub(_fix_typo, text)
    if "brake" in text:
        text = _BRAKE_EVEN.sub("break", text)  # ("just to brake even": a real word, the one meant is "break")
    said = text
    text = _ABBREVIATION.sub(lambda m: (" " if m.start() and said[m.start() - 1].isdigit() else "")
                             + _ABBREVIATIONS[m.group(0)], said)
    if "em" in text:
        text = _EM.sub("them", text)
    if "100" in text:
        text = _AT_FULL.sub("at full load,", text)
        text = _AT_FULL_USE.sub("at full use", text)
        text = _PUSHED_TO_FULL.sub(lambda m: f"{m.group('v')}{m.group('o')}to full use", text)
    text = _would_be_dollars(text)
    if "half" in text or "third" in text or "quarter" in text:  # before "two thirds" becomes 66.67%
        from bot.parse.deal_terms import day_shares

        text = day_shares(text)
    if "half" in text:
        text = _HALF_PRICE.sub("50% off", text)
    if "/" in text:
        text = _PER_D.sub("/day", text)
    if "/" in text and ("tok" in text or "tkn" in text):
        text = _TOKENS_PER_S.sub(lambda m: f"{m.group('t')}/sec", text)
    if "tok" in text:
        text = _MTOK_COUNT.sub(lambda m: f"{m.group('n')}{m.group('u')} tokens", text)
    if "^" in text or "**" in text:
        text = _POWER.sub(lambda m: _power(m, unread), text)
    text = _EXPONENT.sub(lambda m: _exponent(m, unread), text)
    text = _APOSTROPHES.sub(lambda m: m.group(0).replace("'", ""), text)
    text = _INDIAN.sub(lambda m: m.group(0).replace(",", ""), text)
    if "mio" in text or "mln" in text or "mrd" in text or "mld" in text:
        text = _EU_SCALE.sub(lambda m: " " + _EU_SCALE_LETTER[m.group("w")], text)
    english_mark = "." in text and _ENGLISH.search(text) is not None
    continental = "." in text and _CONTINENTAL.search(text) is not None and not english_mark
    # a point decimal beside no sign of the continental convention: "3.125" is three and an eighth
    english = english_mark and _CONTINENTAL.search(text) is None
    if "," in text:
        text = _GROUPED_DECIMAL_COMMA.sub(
            lambda m: f"{m.group('whole').replace('.', '').replace(' ', '')}.{m.group('frac')}", text)
        text = _ZERO_COMMA.sub(lambda m: f"0.{m.group('frac')}", text)
        text = _DECIMAL_COMMA.sub(lambda m: f"{m.group('whole')}.{m.group('frac')}", text)
        text = _ODD_COMMAS.sub(lambda m: _odd_commas(m, unread), text)
    if any(w in text for w in ("read", "write", "cached", "hit")):
        # before the thousands dots: "write 3.125" beside "in 2.5, read 0.25" is a price, not 3,125
        text = _LABEL_FIRST_PRICES.sub(_label_first_prices, text)
    text = _THOUSANDS_DOT.sub(lambda m: _thousands_dot(m, unread, continental, english), text)
    if "$" in text:
        # "$48.000 / month", "$1.200.000": dots after a dollar sign group thousands where there are two of them,
        # the groups are all zeros (no price is written to three zero decimals) or the message is continental
        text = _DOLLAR_THOUSANDS_DOT.sub(
            lambda m: (m.group("whole") + m.group("groups").replace(".", "")
                       if continental or m.group("groups").count(".") >= 2
                       or set(m.group("groups").split(".")[1:]) == {"000"} else m.group(0)), text)
    text = _COUPLE.sub(lambda m: str(2 * _UNIT_VALUE[m.group("unit")]), text)
    if "tee" in text or "pee" in text or "cashing" in text:
        text = _SOUNDED_ACRONYM.sub(lambda m: _SOUNDED_ACRONYMS[m.group(0).lower().replace("-", " ")], text)
    if "t" in text:
        text = _SPELT_ACRONYM.sub(lambda m: re.sub(r"[ .]", "", m.group("w")) if m.group("w") else "ptus", text)
    if "dozen" in text:
        text = _DOZEN.sub(lambda m: str(_DOZENS[m.group("n").lower()]), text)
    if " as many " in text:
        text = _AS_MANY.sub(_as_many, text)
    if " of " in text or " the " in text:
        text = _SIDE_OF_OTHER.sub(_side_of_other, text)

    if "cache" in text:
        text = _CALLS_HITTING.sub(lambda m: f"{m.group('n')}{m.group('s') or ''} cache hits", text)
    if " and " in text:
        text = _AND_PARTS_OF_UNIT.sub(
            lambda m: f"{_show(_num(m.group('count')) + _num(m.group('n')) * _FRACTION[m.group('frac')])} ", text)
    if " and a" in text:
        text = _UNIT_AND_A_FRACTION.sub(
            lambda m: f"{_show(_num(m.group('count')) + _FRACTION[m.group('frac')])} "
                      f"{_UNIT_SAID.get(m.group('unit'), m.group('unit'))}", text)
    text = _AND_A_HALF.sub(lambda m: f"{_show(_num(m.group('count')) + Decimal('0.5'))} {m.group('unit')}", text)
    if "and a half" in text:
        text = _AND_A_HALF_TIMES.sub(
            lambda m: f"{_show(_num(m.group('count')) + Decimal('0.5'))}{m.group('unit')}", text)
    if " and a" in text:
        # ("thirty seven and a half off": a discount, its percent sign said by "off")
        text = _AND_A_FRACTION.sub(
            lambda m: _show(_num(m.group("count")) + _FRACTION[m.group("frac")])
            + ("%" if m.string.startswith(" off", m.end()) else ""), text)
    if "peak" in text or "par" in text:
        text = _SMALL_AFTER_PAR.sub(lambda m: f"{m.group('lead')}{m.group('mid')}{_SMALL[m.group('w')]}", text)
    if any(w in text for w in ("twice", "double", "triple", "thrice")):
        text = _WORD_MULTIPLE.sub(lambda m: f"{_WORD_MULTIPLES[m.group('w')]} times", text)
    if "cache" in text:
        text = _CACHE_READ_CUT.sub(_cache_read_cut, text)
    if "half" in text:
        text = _HALF_PRICE.sub("50% off", text)
    text = _HALF_A.sub(lambda m: f"0.5 {m.group('unit')}", text)
    if "average" in text or "avg" in text or "mean" in text or "baseline" in text:
        text = _FRACTION_OF_AVERAGE.sub(_fraction_of_average, text)
    text = _FRACTION_OF_UNIT.sub(_fraction_of_unit, text)
    text = _BARE_FRACTION_OF_UNIT.sub(
        lambda m: f"{_show(_FRACTION[m.group('frac')])} {_unit_said(m.group('unit'))}", text)
    text = _FRACTION_BEFORE_LABEL.sub(_fraction_before_label, text)
    if "the time" in text:
        text = _SHARE_OF_THE_TIME.sub(_share_of_the_time, text)
    if "half th" in text or "half it" in text:
        text = _HALF_THAT.sub("half of ", text)  # "cached input is half that": half of the price just said
    text = _FRACTION_ALONE.sub(_fraction_alone, text)
    if "% of th" in text or "% of it" in text:
        text = _SIDE_COUNT_SHARE.sub(lambda m: f"{m.group('pct')}% of that in {m.group('side')}", text)
    if any(w in text for w in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")):
        text = _SMALL_BEFORE_UNIT.sub(lambda m: str(_SMALL[m.group("w")]), text)
    if " mil" in text or " mn" in text or " mm" in text or " bn" in text:
        text = _ONE_SCALE_WORD.sub(lambda m: f"1 {m.group('s')}", text)
    text = _words_to_digits(text)
    if "writes " in text or "returns " in text:
        # ("each summary reads about two thousand four hundred tokens and writes about three hundred and fifty": the
        # sizes in words, read as digits only now)
        text = _READS_AND_WRITES.sub(lambda m: f"is {m.group('i')} input tokens and {m.group('o')} output tokens", text)
    if "each " in text or "every " in text or "per " in text:
        # ("Each week 38,000 calls hit the cache": "38,000 calls a week hit the cache")
        text = _PERIOD_BEFORE_CALLS.sub(
            lambda m: f"{m.group('about') or ''}{m.group('n')} {m.group('what')} a {m.group('p')}", text)
    if (" at $" in text or "@ $" in text) and ("/call" in text or "per call" in text or "/request" in text):
        text = _KEYED_SIDE_AT_RATE.sub(
            lambda m: f"{m.group('lead')}{m.group('n')} {_SIDE_WORD[m.group('side')]} tokens per call, "
                      f"{_SIDE_WORD[m.group('side')]} {m.group('rate')}/m", text)
    if "cache" in text and "token" in text:
        text = _TOKENS_INTO_CACHE.sub(lambda m: f"{m.group('n')}-token cached prefix ({m.group('what')}) "
                                                f"{m.group('into')}", text)
    if " time " in text or "whenever" in text:
        text = _FEE_EVERY_TIME.sub(lambda m: f"{m.group('fee')} per call", text)
    if "cache " in text and (" each " in text or " every " in text or " the " in text):
        text = _CACHE_EVENTS_OF_A_DAY.sub(
            lambda m: f"{'1' if m.group('n') in ('one', 'a single') else m.group('n')} {m.group('what')} a day", text)
    if " the other " in text or " the remaining " in text:
        text = _HITS_AND_THE_OTHER_WRITES.sub(
            lambda m: f"{m.group('n')} cache hits{m.group('per') or ''} and {m.group('m')} cache writes"
                      f"{m.group('per') or ''}", text)
    if " in which " in text:
        # "the bill for a quarter in which we produce 90,000 summaries": that many in the period named first
        text = _PERIOD_IN_WHICH.sub(lambda m: f"{m.group('n')} {m.group('what')} a {m.group('p')}", text)
    if " back" in text or "answer" in text or "repl" in text or "respond" in text or "return" in text:
        text = _OUTPUT_BY_VERB.sub(lambda m: f"{m.group('lead')}{m.group('n')} output tokens", text)
    if "(" in text and ("creat" in text or "writ" in text or "refresh" in text or "rebuil" in text):
        text = _WRITES_RESTATED.sub(lambda m: f"{m.group('w')} ({m.group('n')} writes a {m.group('p')})", text)
    if "cache" in text and "d)" in text:
        text = _CACHE_CALLS_KEY.sub(_cache_calls_key, text)
    if " cached " in text and " tokens" in text:
        text = _PROMPT_AND_CACHED.sub(_prompt_and_cached, text)
    if "ing in" in text or "ing out" in text or " go in" in text or "sent " in text:
        text = _SIDE_MOTION.sub(lambda m: f"{m.group('t')}{m.group('side')}", text)
    if "mill" in text:
        text = _PER_MILL.sub("mil", text)  # "2.5 dollars per mill in": per million
    if " k" in text:
        text = _SPACED_K.sub("", text)  # "twenty five k a month": 25k
        text = _would_be_dollars(text)  # ("on demand would run em about twenty five k a month")
    if "cent" in text:
        text = _PERCENT_WORD.sub("%", text)
    if "token" in text and any(w in text for w in (" back ", " out ", "return", "repl", "respond", "answers with",
                                                    "generat", "produc", "emit")):
        text = _OUTPUT_BACK.sub(lambda m: f"{m.group('v')} {m.group('q') or ''}{m.group('n')} output tokens", text)
    if "a" in text and "p" in text:
        text = _SHORT_AM_PM.sub(lambda m: f"{m.group('h1')}{m.group('m1') or ''}{m.group('s1')}m {m.group('to')} "
                                          f"{m.group('h2')}{m.group('m2') or ''}{m.group('s2')}m", text)
    if "days" in text and (":" in text or "=" in text):
        text = _DAYS_KEYED.sub(lambda m: f"{m.group('lead')}{m.group('n')} {m.group('k')} a "
                                         f"{'week' if m.group('p').startswith('w') else 'month'}", text)
    if ("input, " in text or "output, " in text) and ("volume" in text or "qty" in text or "count" in text):
        text = _SIDE_ROW_VOLUME.sub(lambda m: f"{m.group('lead') or ''}{m.group('n')} {m.group('side')} tokens"
                                              f"{m.group('end')}", text)
    if "), " in text:
        text = _ASIDE_MID_KEY.sub("", text)
    if "ly " in text:
        text = _PERIOD_ADJECTIVE_COUNT.sub(
            lambda m: f"{m.group('q')} {m.group('what')} a {PERIOD_WORDS[m.group('p')]}", text)
    if "=" in text and ("x" in text or "×" in text or "*" in text):
        text = _WORKED_VALUE.sub("", text)
    if ") " in text:
        text = _TERM_MEANING_ASIDE.sub(lambda m: m.group("t"), text)
    if ("direct" in text or "azure" in text or "bedrock" in text or "vertex" in text or "aws" in text
            or "gcp" in text):
        text = _CHANNEL_SIDES.sub(lambda m: f"{m.group('ch')} is {m.group('a')}/{m.group('b')} per 1m", text)
    if "$" in text and (" direct" in text or " on-demand" in text or " on demand" in text or " payg" in text):
        text = _SPEND_CELL_OVER.sub(_spend_cell_over, text)
    if " (direct" in text or " (on" in text or " (payg" in text:
        text = _SPEND_WHOSE_AFTER.sub(lambda m: f"{m.group('who')} {m.group('what')}", text)
    if "unitofmeasure" in text or "unit of measure" in text:
        text = _UNITS_BY_THE_HOUR.sub(lambda m: f"{m.group('lead')}: {m.group('n')} units at ${m.group('p')} per "
                                                "unit-hour", text)
    if "unit price:" in text:
        text = _UNIT_THEN_PRICE.sub(lambda m: f"{m.group('v')} per {m.group('u')}", text)
    if " like " in text:
        text = _LIKE_A_FIGURE.sub(" about ", text)
    if " of them " in text:
        text = _DAYS_OF_THEM.sub(lambda m: f"{m.group('n')} {m.group('d')} a month", text)
    if "within" in text or "var" in text or "swing" in text or "fluctuat" in text:
        text = _FLAT_WITHIN.sub(lambda m: m.group("w") or "is flat", text)  # "flat to within about 10%": flat
    if " in " in text or "-in-" in text:
        text = _COUNT_IN_COUNT.sub(_count_in_count, text)
    if "every " in text:
        text = _EVERY_NTH.sub(_every_nth, text)
    if " year" in text or " month" in text or " quarter" in text:
        text = _QUALIFIED_PERIOD.sub("", text)  # "2.1M calls over the contract year": the year
    if any(word in text for word in (" day", " week", " month", " quarter", " year", "yesterday")):
        text = _PERIOD_FIRST.sub(lambda m: f"{m.group(0)} a {m.group('p') or 'day'}", text)
    if _COMMITTED_NAMED.search(text) and not _DISCOUNT_SAID.search(text):
        text = _SHARE_OF_ON_DEMAND.sub(_share_of_on_demand, text)
    if "shift" in text:
        text = _shifts(text)
    if " to " in text and _CALL_SIZE_WAS.search(text):
        text = _CALL_SIZE_GROWN.sub(lambda m: f"now they average {m.group('q').strip()} (same mix)", text)
    if "day" in text and ("mo" in text):
        text = _WORKING_DAYS_COUNTED.sub(
            lambda m: f"{m.group('w')}{m.group('mid')}{m.group('n')} working days a month", text)
    if "@" in text:
        text = _AT_SIGN.sub(" at ", text)
    if "/" in text:
        text = _BARE_PAIR_AFTER.sub(lambda m: f"${m.group('a')}/${m.group('b')}", text)
        text = _BARE_PAIR_AFTER_MODEL.sub(_pair_after_model, text)
        text = _BARE_PAIR_BEFORE.sub(lambda m: f"{m.group('w')}{m.group('g')}${m.group('a')}/${m.group('b')}", text)
    if " m" in text and ("out" in text or "in" in text):
        text = _OTHER_SIDE_BARE.sub(lambda m: f"{m.group('pre')}${m.group('v')}", text)
    if "in $" in text and "out $" in text:
        # "direct: in $2.50 / out $10.00 per MTok": each side's label before its price, as the rate readers read it
        text = _LABELS_FIRST_PAIR.sub(lambda m: f"${m.group('a')} in / ${m.group('b')} out", text)
    if " in " in text and " out" in text:
        text = _SIDE_PRICES_SAID.sub(_side_prices, text)
        if _CALL_SIZE_SAID.search(text) and "$" not in text:
            # "each one ~2,200 in and 450 out. three in fifteen out.": beside a call's size, a second pair of small
            # figures on its own is the prices per million
            text = _SIDE_PRICES_ALONE.sub(_side_prices, text)
    if " each" in text or " both" in text:
        text = _EACH_WAY.sub(lambda m: f"{m.group('n')}{m.group('s') or ''} in and {m.group('n')}{m.group('s') or ''} "
                             "out", text)
    if "total" in text:
        text = _TOTAL_TOKENS.sub(lambda m: f"{m.group('n')} {m.group('t') or m.group('t2')}", text)
    if "all" in text:
        text = _ALL_IN.sub(lambda m: f"{m.group('pre')} total", text)
    if " part" in text or " for e" in text:
        text = _PARTS_MIX.sub(
            lambda m: f"{_part(m.group('a'))}:{_part(m.group('b') or m.group('c') or 'one')} input:output", text)
    if ":" in text:
        text = _PARTS_SIDES_TO_MIX.sub(_parts_sides_to_mix, text)
        text = _PARTS_LABELLED_MIX.sub(lambda m: f"{m.group('a')}:{m.group('b')} input:output", text)
    if " to " in text or "-to-" in text:
        text = _N_TO_M_MIX.sub(lambda m: f"{_mix_parts(m)} input:output", text)
        text = _MIX_N_TO_M.sub(lambda m: f"{m.group('pre')} {_mix_parts(m)}", text)
        text = _N_TO_M_LABEL.sub(lambda m: f"{_mix_parts(m)} input:output ", text)
    if "penn" in text:
        text = _PENNIES.sub(lambda m: f"{m.group('flat') or ''}{_SMALL.get(m.group('n'), m.group('n'))} cents", text)
    if "cent" in text:
        text = _A_CENT.sub("1 cent", text)
    if " days" in text and "month" in text:
        text = _OVER_THOSE_DAYS.sub(_over_those_days, text)
    if "cache" in text and ("calls" in text or "requests" in text or "reqs" in text or "count" in text):
        text = _KEYED_CACHE_CALLS.sub(_keyed_cache_calls, text)
    if "qty" in text or "quantity" in text or "volume" in text or "count" in text or "usage" in text:
        text = _QTY_PER_PERIOD.sub(lambda m: f"per {m.group('p')}", text)
    if "tok" in text and ("@" in text or " at " in text):
        text = _KEYED_COUNT_AT_PRICE.sub(lambda m: f"{m.group('k')}\n{m.group('side')} {m.group('r')}", text)
    if "on the dollar" in text:
        # "vendor price is 70 cents on the dollar vs on-demand": the price a share of on-demand's, the rest off it
        text = _CENTS_ON_THE_DOLLAR.sub(_cents_on_the_dollar, text)
    text = _CENTS.sub(_cents, text)
    if "$" in text and ("-" in text or "—" in text or "–" in text or "(" in text):
        text = _ROUGH_THEN_EXACT.sub(lambda m: f"{m.group('v')} ", text)  # "just under a cent -- $0.0099 --"
    if "dollar" in text or "buck" in text:
        text = _DOLLAR_AND_CENTS.sub(
            lambda m: f"${_show(_num(m.group('d') or '1') + Decimal(m.group('c')) / 100)}", text)
        text = _A_DOLLAR.sub("$1", text)
    if "grand" in text:
        text = _GRAND.sub(lambda m: f"${m.group('num')}k", text)
    if any(w in text for w in ("spend", "paying", "pays", "bill", "budget", "cost", "run-rate", "run rate")):
        text = _SPEND_WORD_AMOUNT.sub(
            lambda m: f"{m.group('w')} {m.group('q')}{_dollars(m)}", text)
    if "demand" in text:
        text = _ON_DEMAND_IS_AMOUNT.sub(lambda m: f"{m.group('lead')}${m.group('n')}", text)
        text = _ON_DEMAND_AMOUNT.sub(lambda m: m.group(0) if _COUNTED_BEFORE.search(text, max(0, m.start() - 40),
                                                                                   m.start()) else _dollars(m), text)
    if "usd" in text or "(" in text:
        text = _UNIT_ASIDE.sub(" per m", text)  # "in 3.00 | out 15.00 (USD per 1M tok)": the prices' unit after them
    if any(w in text for w in ("usd", "dollar", "buck", "us$", "us $")) or _DIGIT_DOLLAR.search(text):
        text = _CURRENCY_AFTER.sub(_currency_after, text)
        text = _CURRENCY_BEFORE.sub("$", text)
    if " $0." in text:
        text = _DOLLARS_THEN_CENTS.sub(lambda m: f"${m.group('d')}.{m.group('c'):0<2}", text)  # "$21 $0.5": $21.50
    if "1000000" in text:
        text = _DOLLARS_A_MILLION.sub(lambda m: f"{m.group('a')}/m{m.group('side') or ''}", text)
    if _SPOKEN_PRICE.search(text) and _PER_MILLION_SAID.search(text):
        text = _SPOKEN_PRICE.sub(lambda m: f"${m.group('d')}.{m.group('c')} ", text)
    if "m" in text:
        text = _RATE_LIST.sub(_rate_list, text)
    if ":" in text or "=" in text:
        text = _CACHE_EVENTS_OF_PREFIX.sub(_cache_events_of_prefix, text) if "cache " in text else text
        text = _KEY_VALUE.sub(_key_value, text)
        if "tok" in text:
            text = _TOKENS_KEY_VALUE.sub(_tokens_key_value, text)
            text = _SIDE_TOKENS_KEY.sub(_side_tokens_key, text)
        if "prompt" in text or "completion" in text or "avg" in text or "average" in text or "typical" in text:
            text = _CALL_SIDE_KEY.sub(_call_side_key, text)
        if "of which" in text:
            text = _OF_WHICH_KEY.sub(lambda m: f"of which {m.group('v')} are cache {m.group('w')}", text)
    if any(w in text for w in (" read", " write", " cached", " hit")):
        text = _BARE_CACHE_PRICES.sub(_bare_cache_prices, text)
    if "$" in text:
        if "cache" in text or "read" in text:
            text = _WHEN_CACHED.sub(lambda m: f"{m.group('p')} cached", text)
            text = _LABELLED_RUN.sub(lambda m: f"{m.group('a')}, ", text)
            text = _VS_CACHED.sub("input ", text)
        text = _PAIR_AFTER_DOLLAR.sub(lambda m: f"{m.group('a')}{m.group('sep')}${m.group('b')}", text)
        if any(w in text for w in ("cache", "prefix", "ttl", "hit rate", "preamble")) or (
                " writes" in text and " hits" in text):
            text = _CACHE_PRICE_BARE.sub(lambda m: f"{m.group('l')}${m.group('n')}", text)
    if "%" in text and ("writ" in text or "creation" in text):
        text = _WRITE_PREMIUM.sub(lambda m: f"{m.group('label')}{m.group('glue')}{_premium(m)}", text)
        text = _PREMIUM_ON_WRITES.sub(lambda m: f"writes {_premium(m)}", text)
    if "%" in text and any(w in text for w in ("read", "hit", "cached")):
        text = _READ_DISCOUNT.sub(
            lambda m: f"{m.group('label')}{m.group('glue')}{_show(100 - Decimal(m.group('a')))}% of input", text)
        text = _DISCOUNT_ON_READS.sub(
            lambda m: f"{m.group('label')} {_show(100 - Decimal(m.group('a')))}% of input", text)
        if "discount" in text:
            text = _discounts_on_reads(text)
    if "anthropic" in text or "claude" in text:
        text = _ANTHROPIC_RATIOS.sub("(reads 10% of input, writes 125% of input)", text)
    if "%" in text:
        text = _CACHE_SHARE.sub(lambda m: f"{m.group('label')}{m.group('glue')}{m.group('a')}% of input", text)
        if "hits" in text and "writ" in text:
            text = _HIT_PRICE_SHARE.sub(
                lambda m: (f"{m.group('label')}{m.group('glue')}{m.group('a')}% of input" if m.group("label") else
                           f"{m.group('label2')}{m.group('glue2')}{m.group('a2')}% of input"), text)
    if "% of" in text and any(w in text for w in ("read", "hit", "cache", "writ")):
        text = _SHARE_FOR_CACHE.sub(_share_for_cache, text)
    text = _SHARE_OF_THAT.sub(lambda m: f"{m.group('label')}{m.group('glue')}{m.group('a')}% of input", text)
    text = _MULTIPLE_AFTER_CACHE.sub(lambda m: f"{m.group('label')}{m.group('glue')}{_share(m)} of input", text)
    if " in " in text or " out of " in text or " of every " in text or ("hit" in text and " of " in text):
        text = _HIT_RATE_N_IN_M.sub(
            lambda m: f"{m.group('l')}{m.group('g')}{_n_in_m(m)}" if 0 < int(m.group("a")) <= int(m.group("b"))
            else m.group(0), text)
        text = _N_IN_M.sub(_n_in_m, text)
        if "hits " in text or "misses " in text:
            text = _HITS_IN_M.sub(_hits_in_m, text)
        if "hit" in text:
            text = _LABEL_N_IN_M.sub(
                lambda m: m.group(0) if not 0 < _num(m.group("a")) <= _num(m.group("b"))
                else f"{m.group('label')}{m.group('glue')}{_show(_num(m.group('a')) / _num(m.group('b')) * 100)}%",
                text)
    if "th of " in text or "/" in text:
        # "the output is a twentieth of that": a rarer fraction of the other figure, as a share of it
        text = _RARE_FRACTION_OF.sub(_rare_fraction, text)
    if " of it" in text or " of that" in text or " of this" in text:
        text = _ALL_OF_IT_PREFIX.sub("100%", text)
    if "hit" in text or "cache" in text:
        text = _EVERY_ONE_HITS.sub(lambda m: f"{m.group('lead')}, 100% hit rate", text)
        text = _ALL_HITS.sub("100% hit rate", text)
    if "x" in text or "×" in text or "times" in text:
        text = _MULTIPLE_OF_DIRECT.sub(_multiple_of_direct, text)
        text = _MARKUP_MULTIPLE.sub(
            lambda m: f"{m.group('label')}{m.group('glue')}{_show((Decimal(m.group('a')) - 1) * 100)}%", text)
    if "that" in text or "it" in text or "this" in text or "as much" in text:
        text = _SIDE_TIMES_THAT.sub(_side_times_that, text)
        text = _TIMES_THAT_FOR_SIDE.sub(
            lambda m: (f"{m.group('side')} "
                       f"{_show((Decimal(m.group('n')) if m.group('n') else _TIMES_WORD[m.group('w')]) * 100)}% of "
                       f"{'output' if m.group('side') == 'input' else 'input'}"), text)
        if "%" in text:
            text = _SIDE_SHARE_OF_THAT.sub(lambda m: _of_other_side(m, m.group("n")), text)
    if "$" in text and ("x" in text or "×" in text or "times" in text):
        text = _SIDE_TIMES_BARE.sub(_side_times_that, text)
    if "twice" in text or "double" in text or "triple" in text:
        text = _CACHE_WORD_MULTIPLE.sub(
            lambda m: f"{m.group('lead')}{m.group('glue')} {_WORD_MULTIPLES[m.group('w')]}x {m.group('what')}", text)
    text = _MULTIPLE_OF_INPUT.sub(lambda m: f"{_share(m)} of {m.group('what')}", text)
    if "% of" in text and "$" in text:
        text = _SHARE_THEN_BOTH_PRICES.sub(_share_then_both_prices, text)
        said = text
        text = _SHARE_THEN_PRICE.sub(lambda m: _share_then_price(m, said), said)
    if "$" in text and ("usual" in text or "normal" in text or "standard" in text or "regular" in text
                        or "list" in text or "full" in text or "base" in text or "uncached" in text):
        text = _CACHE_PRICE_VS_USUAL.sub(lambda m: f"{m.group('lead')}, input ${m.group('b')}/m", text)
    if "pc" in text:
        text = _PC.sub(lambda m: f"{m.group('a')}%", text)
    if "%" in text and (" ea" in text or "edp" in text or "macc" in text or "enterprise" in text):
        text = _NET_OF_EA.sub(lambda m: f"effective markup is {m.group('a')}% ({m.group('mid').strip()})", text)
    if any(w in text for w in ("effective", "nets out", "net out", "need")) and "%" in text:
        text = _EFFECTIVE_TARGET.sub(
            lambda m: f"effective markup is {next(v for v in m.group('a', 'b', 'c', 'd', 'e') if v)}%", text)
    if "volume" in text or "traffic" in text or "load" in text:
        text = _PERIOD_VOLUME_CALLS.sub(
            lambda m: f"volume{m.group('mid')}{m.group('n')} a {PERIOD_WORDS[m.group('adj')]}", text)
    if " through " in text:
        text = _THROUGH_PERIOD.sub(lambda m: f"{m.group('count')} ", text)
    if "the same" in text:
        text = _SAME_NUMBER_OTHER_SIDE.sub(
            lambda m: f"100% of that in {'input' if m.group('side').endswith(('in', 'input')) else 'output'}", text)
    if "% of " in text and ("input" in text or "output" in text):
        text = _SHARE_OF_WHICH.sub(lambda m: f"{m.group('a')}% {m.group('side')}", text)
    if "." in text:
        text = _bare_fee_a_call(text)
    if "unit" in text or "ptu" in text:
        text = _UNIT_SIDES.sub(_unit_sides, text)
        text = _BARE_UNIT_HOUR_PRICE.sub(lambda m: f"{m.group('lead')}${m.group('n')}", text)
    if "-" in text or "−" in text or "–" in text:
        text = _SIGNED_DISCOUNT.sub(lambda m: f"{m.group('label')}{m.group('glue')}{m.group('a')}%", text)
        text = _SIGN_BEFORE_DISCOUNT.sub(lambda m: f"{m.group('a')}%", text)
    if " over " in text or " above " in text or " more than " in text or " on top of " in text:
        text = _BARE_OVER_DIRECT.sub(lambda m: f"{m.group('a')}%", text)
    if "+" in text:
        text = _SIGNED_MARKUP.sub(_signed_markup, text)
    if "+" in text and _HYPERSCALER_WORDS.search(text):
        text = _PLUS_PERCENT.sub(lambda m: f"{m.group('a')}% markup", text)
    if any(w in text for w in ("writ", "miss", "refresh", "cach", "rebuilt", "creat", "populat", "warm")):
        if "hits" in text or "writes" in text or "misses" in text:
            text = _COUNT_LIST_PERIOD.sub(_count_list_period, text)
            text = _PERIOD_HEADS_COUNTS.sub(_period_heads_counts, text)
        text = _WRITES_PER_CALLS.sub(_writes_per_calls, text)
        if "%" in text:
            text = _SHARE_OF_CALLS_WRITES.sub(_share_of_calls_writes, text)
        if "of " in text and "hit" in text:
            text = _HITS_OF_CALLS.sub(_hits_of_calls, text)
        text = _WRITE_SHARE.sub(_write_share, text)
        text = _WRITTEN_TIMES.sub(lambda m: f"{m.group('n')} writes", text)
        text = _ONE_WRITE_PER_INTERVAL.sub(lambda m: f"rewritten every {m.group('n') or 1} {m.group('u')}", text)
        text = _WRITES_OUT_OF_CALLS.sub(
            lambda m: f"{m.group('w')} {m.group('o')} {m.group('c')} a {m.group('p')}", text)
        text = _HITS_PER_WRITE.sub(_hits_per_write, text)
        text = _FIRST_WRITES_OTHERS_HIT.sub(_first_writes_others_hit, text)
        text = _WRITES_ONCE_THEN_MORE_HIT.sub(_first_writes_others_hit, text)
    if "/" in text and ("cach" in text or "prefix" in text or "hit" in text or "prompt" in text):
        text = _CACHE_TRIPLE.sub(_cache_triple, text)
    if " every" in text and (" one" in text or " 1" in text):
        text = _ONE_EVERY.sub(lambda m: f"{m.group('lead')}a call every", text)
    if "(" in text:
        text = _SIDE_BRACKETED.sub(
            lambda m: f"{m.group('q').strip()} {'input' if m.group('l')[:1] in 'pi' else 'output'} tokens", text)
    if " in" in text or " out" in text:
        periods_said = (frozenset(m.group("p") for m in _TOKENS_OVER.finditer(text))
                        if "tok" in text or "tkn" in text else frozenset())
        text = _PERIOD_THEN_SIDE.sub(lambda m: _period_then_side(m, periods_said), text)
    text = _SHARE_BEFORE_LABEL.sub(_share, text)
    text = _SHARE_AFTER_LABEL.sub(lambda m: m.group("label") + m.group("glue") + _share(m), text)
    if "dau" in text or "daily" in text:
        text = _DAILY_USERS.sub(_daily_users, text)
    if ("1k" in text or "1,000" in text or "thousand" in text) and _PER_1K_HEADING.search(text):
        # "rate card (per 1K tokens):" over "input - $0.005": each side's rate under it is per thousand tokens
        text = _SIDE_RATE_LINE.sub(lambda m: f"{m.group('side')} ${m.group('v')}/1k", text)
    if ":" in text or "=" in text or " - " in text:
        # a sheet's keyed lines whose values were words ("weekly_input_tokens: two and a half million"), read now
        # that they are figures, and a keyed spend a table's row became
        text = _KEYED_CACHE_LINE.sub(_keyed_cache_line, text)
        text = _KEYED_ON_DEMAND.sub(_keyed_spend, text)
    if "throughput per" in text:
        text = _KEYED_UNIT_THROUGHPUT.sub(lambda m: f"each unit does {m.group('n')} tokens/{m.group('p')}", text)
    if "units" in text or "ptus" in text:
        text = _KEYED_UNITS.sub(lambda m: f"{m.group('n')} units", text)
    if "capacity" in text and "provisioned" in text and ("$" in text or "usd" in text):
        # (beside a price to work them out with; a deployment pasted to ask what a PTU is keeps its capacity as
        # context)
        text = _SKU_CAPACITY.sub(lambda m: f"{m.group('n')} units", text)
    if "-a-" in text or "-per-" in text:
        text = _HYPHENED_FEE.sub(lambda m: f"{m.group('v')} a {m.group('unit')}", text)
    if "look like at" in text or " cost at " in text or " come to at " in text or " run at " in text:
        text = _PERIOD_AT_COUNT.sub(lambda m: f"{m.group(0)} a {m.group('p')}", text)
    if "would" in text and "demand" in text:  # (after amounts written "13 000 $" are "$13,000")
        text = _WOULD_HAVE_COST_ON_DEMAND.sub(
            lambda m: f"{m.group('pre')}on-demand spend {m.group('v')} a {m.group('p')}", text)
    if "$" in text and _SIDE_RATE_PER_M.search(text):  # (after cents are written as dollars)
        text = _BARE_SIDE_RATE.sub(lambda m: f"{m.group('lead')}${m.group('v')}/m", text)
    if "(" in text:
        text = _RESTATED_IN_BRACKETS.sub(_restated_in_brackets, text)
    if "/" in text and " of " in text:
        # "cache read: 1/10 of base input": a share of a price said as a fraction with a slash
        text = _SLASH_SHARE_OF.sub(lambda m: f"{_show(Decimal(100) / Decimal(m.group('d')))}% of ", text)
    if " of " in text and "tok" in text:
        # ("1,100 tokens of input")
        text = _TOKENS_OF_SIDE.sub(lambda m: f"{m.group('n')} {m.group('side')} tokens", text)
    if " in " in text and " out" in text:
        # "per token it'd be 5 in 15 out (per M)": a pair of bare prices with their unit after them
        text = _BARE_PAIR_PER_M.sub(lambda m: f"${m.group('a')}/m in ${m.group('b')}/m out", text)
    if "token" in text and (":" in text or "=" in text):
        text = _KEYED_TOKENS_PERIOD.sub(_keyed_tokens_period, text)
    if "(" in text and "%" in text:
        text = _ASIDE_BEFORE_SHARE.sub("", text)
    if "days" in text and _QUARTER_SAID.search(text):
        text = _QUARTER_DAYS.sub(lambda m: f"{m.group('n')}-day quarter", text)
    if " through " in text:
        text = _THROUGH_OVER.sub(lambda m: f"{m.group('noun')} ", text)
    if "rate" in text and ":" in text:
        text = _AT_FULL_USE_KEY.sub("", text)
        text = _KEYED_RATE_PER_M.sub(lambda m: f"{m.group('k')}: ${m.group('v')}/m", text)
    if "2a" in text or "2avg" in text or "pk" in text:
        text = _PAR_SHORT.sub("peak-to-average", text)  # "p2a ratio | 1.2", "pk:avg 2"
    if "100" in text and "unit" in text:
        # "per-unit throughput: 60M input tok/hr + 10M output tok/hr at 100%": each unit's tokens at full load
        text = _UNIT_AT_FULL.sub(lambda m: f"{m.group('lead')}at full load", text)
    if "$" in text and (" for every " in text or " for each " in text):
        text = _MONEY_FOR_EVERY.sub(lambda m: f"{m.group('v')} per {m.group('u')}", text)
    if "direct" in text:
        # ("if direct is eighteen and a half K a quarter": the spend's words are figures only now)
        text = _BARE_SPEND.sub(lambda m: m.group(0) + "$", text)
    if " and $0" in text or " and $." in text:
        text = _DOLLARS_AND_CENTS_AGAIN.sub(_dollars_and_cents_again, text)
    if " at $" in text or "@" in text:
        # "calls ........ 120,000 @ half a cent each": a line's fee said in words is dollars only now
        text = _CALLS_AT_FEE.sub(_calls_at_fee, text)
    return text, unread


# "$3,125 per million (three dollars and twelve and a half cents)": a price said again in words of dollars and cents
# (read by now as "($3 and $0.125)"), dropped where the two add up to the price before it
_DOLLARS_AND_CENTS_AGAIN = screened(r"\$(?P<v>\d{1,4}\.\d{1,6})(?P<mid>[^()$\n]{0,20}\)?)\s?\(\$(?P<a>\d{1,4}) and "
                                    r"\$(?P<b>0?\.\d{1,6})\)")


def _dollars_and_cents_again(m: re.Match[str]) -> str:
    if Decimal(m.group("a")) + Decimal(m.group("b")) != Decimal(m.group("v")):
        return m.group(0)
    return f"${m.group('v')}{m.group('mid')}"


# "12.000 tokens in (twelve thousand)", "2.5M calls (2,500,000) a year": a figure said again in brackets a few words
# after it (its words read as digits by now), to make the first one plain; dropped where the two are equal.
# ("about 60% (60%) of committed capacity": a share said again)
_BRACKETED_FIGURE = r"\$?(?P<{0}>\d[\d,.]{{0,15}})(?:\s?(?P<{0}s>k|m|mm|bn|b)\b|\s?(?P<{0}p>%)|\b)"
_RESTATED_IN_BRACKETS = screened(
    r"(?<![\w.,$])" + _BRACKETED_FIGURE.format("a") + r"(?P<mid>(?:\s[a-z/]{1,12}){0,3})\s?\(\s?"
    r"(?:i\.?e\.?,?\s|that is\s|=\s?)?" + _BRACKETED_FIGURE.format("b") + r"\s?\)")


_BRACKET_SCALES = {"k": 1_000, "m": 1_000_000, "mm": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000}


def _bracket_figure(num: str, scale: str | None) -> Decimal | None:
    try:
        return Decimal(num.replace(",", "").rstrip(".")) * _BRACKET_SCALES.get(scale or "", 1)
    except InvalidOperation:
        return None


def _restated_in_brackets(m: re.Match[str]) -> str:
    said, again = _bracket_figure(m.group("a"), m.group("as")), _bracket_figure(m.group("b"), m.group("bs"))
    if said is None or said != again or bool(m.group("ap")) != bool(m.group("bp")):
        return m.group(0)
    return m.group(0)[:m.start("mid") - m.start()] + m.group("mid")


# "2,000 daily active users, 8 questions each", "5k DAU, each sends ~12 messages": users counted a day, so each one's
# count (with no period of its own) is a day's.
_DAILY_USERS = screened(
    r"(?<![\w.$])(?P<n>\d[\d,.]{0,12}\s?k?)\s(?:daily active users|daily users|daily actives|daus?)\b"
    r"(?P<mid>[^.;\n\d]{0,30}?)(?P<count>~?\d{1,4})\s(?P<noun>(?:[a-z]{3,12}\s)?(?:calls|requests|queries|questions|"
    r"messages|msgs|prompts|chats|conversations|sessions|turns|searches))\b(?P<each>,?\s(?:each|apiece|per user))?"
    r"(?!\s?(?:a|an|per|/|every|each)\s?(?:day|week|month|hour|year)s?\b|\s?(?:daily|weekly|monthly))"
)


def _daily_users(m: re.Match[str]) -> str:
    each = m.group("each") or ("" if "each" in m.group("mid") else " each")
    return f"{m.group('n')} users{m.group('mid')}{m.group('count')} {m.group('noun')}{each} a day"
