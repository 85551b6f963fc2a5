"""Numbers as reps type them: ``4k``, ``4,000``, ``2M``, ``1.5B``, ``500 thousand``, ``~2k``."""

from __future__ import annotations

import decimal
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from bot.parse.forms import NUMBER_WORD, camel_words
from bot.parse.period_words import PERIOD_WORDS
from bot.parse.tables import read_bullets, read_tables
from glossary.regex_cache import compile_regex
from pricing.units import PER_DAY

MAX_DIGITS = 40
"""The longest run of digits read as one number (a 29-digit count is read, then refused by its range check).

Every quantifier in the number patterns is bounded and possessive, and a number never starts inside a run of
digits, so each pattern costs at most a constant per character of the message: no backtracking on 40,000
digits in a row. A longer run is not read at all; :func:`overlong_number` finds it so the reply can say so."""
_DIGITS = rf"\d{{1,{MAX_DIGITS}}}+"
# A bare number: 4,000 / 4000 / 1.5 / .5 / 1e-6 (not part of a word, a version like 4.5.1, or a dollar amount).
NUMBER = (
    rf"(?<!\d)(?:\d{{1,3}}(?:,\d{{3}}){{1,13}}+(?:\.{_DIGITS})?|{_DIGITS}(?:\.{_DIGITS})?|\.{_DIGITS})"
    r"(?:e[-+]?\d{1,9}+)?(?!\d)"
)
_OVERLONG = compile_regex(rf"\d{{{MAX_DIGITS + 1}}}")
SCALE = r"(?:k|thousand|mm|m|mn|mil|million|b|bn|bil|bln|billion)"
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
    "bil": Decimal(1_000_000_000),
    "bln": Decimal(1_000_000_000),
    "billion": Decimal(1_000_000_000),
}

# For turning "per hour|minute|month" into per day: the engine's calendar (a month is 730 hours).
PER_DAY_FACTOR = PER_DAY


_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_DASHES = compile_regex(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
# (and "≈", "about", as the "~" reps type)
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2248": "~"})
# The control characters of ASCII text (Unicode category Cc there), tab and newline kept, as spaces: one C pass over
# an ASCII ask instead of a category lookup per character.
_ASCII_CONTROLS = str.maketrans({code: " " for code in (*range(0x20), 0x7F) if chr(code) not in "\n\t"})
_SPACES = compile_regex(r"[^\S\n]+")
# "> " opening a line: Slack's block quote (sent as "&gt; ", decoded first), the customer's words pasted in
_QUOTE_MARK = compile_regex(r"(?m)^[ \t]{0,3}>[ \t]?")
# "sys prompt", "sysprompt", "system msg": the system prompt, however it is shortened.
_SYSTEM_PROMPT = compile_regex(r"\bsys(?:tem)?[- ]?(?:prompt|msg|message)(?=s?\b)|\bsystem[- ]?prompt(?=s?\b)")
# ".30 read", "$.25/M": a decimal written without its leading zero.
_LEADING_DOT = compile_regex(r"(?<![\w.,])\.(?=\d)")
# "Vendor price: *$0.018*", "_2k in_": Slack's bold or italic marks around a figure are not part of it.
_EMPHASIS = compile_regex(r"(?<![\w*_])([*_])(?P<inner>[$~]?\d[^\s*_\n]*(?: [^\s*_\n]+){0,4}?)\1(?![\w*_])")


# "4 000", "2 500", "1 000 000": digits grouped by a space (plain, no-break or thin) are one number, as
# European style writes them. Not when the last group runs on into letters or decimals ("5 100k").
# "INV-20931", "PO-4471", "inv-20931": a document's reference, a name and never a count (not "GPT-4", "PTU-300")
_REFERENCE = compile_regex(r"(?<![\w-])(?:(?!PTU|TPM|RPM|TPS|GPU)[A-Z][A-Z0-9]{1,9}|(?i:inv|po|acct|ref|order|case|"
                           r"contract|quote|ticket))-(?P<n>\d{3,12}+)(?:-\d{1,12}+){0,3}+(?![\w.,-])")
_GROUP_SPACE = compile_regex(r"(?<![\d.,])(\d{1,3}(?:[\x20\u00a0\u202f\u2009]\d{3}){1,13}+)(?![\w.]|,\d)")


def _grouped(match: re.Match[str]) -> str:
    return re.sub(r"[\x20\u00a0\u202f\u2009]", ",", match.group(1))


_DECIMAL_COMMA = compile_regex(
    rf"(?<=\$)({_DIGITS}),(\d{{1,2}})(?!\d|,\d)|(?<![\d,])({_DIGITS}),(\d{{1,2}})(?=\s?%)"
)


# "$45.625 a month" where the message writes "$12,50" (decimals with a comma, thousands with a full stop): read
# before the decimal commas below become points, which hides the convention from the continental reading in forms
# (never a price per million tokens, "$3.750/M", nor "$0.125")
# (a full stop after the figure ends its sentence: "came to $71.400.")
_DOT_THOUSANDS = compile_regex(r"(?<=\$)([1-9]\d{0,2}(?:\.\d{3}){1,4})(?![\d,]|\.\d)"
                               r"(?!\s?(?:/|per\s|a\s)\s?(?:1\s?)?(?:m|mm|mtok|million|k|1k|thousand)\b)",
                               flags=re.IGNORECASE)


def _decimal_comma(match: re.Match[str]) -> str:
    whole, fraction = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    return f"{whole}.{fraction}"


# "~1,150 in (image+prompt) / 50 out": a note in brackets between a call's input and its output is not a figure.
_IN_NOTE = compile_regex(r"(?<![\d.,])(\d[\d,.]{0,12}+k?\s?(?:in|input|input tokens))\s\([^()\d\n]{1,40}+\)"
                         r"(?=\s?(?:/|,|and\b|\+))")
# "2.5M input tokens (the prompts they send) and 400k output tokens (what the model writes back) per business day": a
# gloss in words on what a side's tokens are is set aside, so the period after it is the counts' own. (Not an aside
# that says a period, a rate basis, caching, a side or a route, nor a one-word aside: "(per call)", "(monthly)",
# "(cached)", "(list)".)
_TOKENS_GLOSS = compile_regex(
    r"(?<=[a-z] tokens )\((?=[^()]{1,60}+\))(?![^()]*\b(?:per|each|every|daily|weekly|monthly|yearly|annual|hourly|"
    r"quarterly|days?|weeks?|months?|years?|hours?|quarters?|minutes?|business|cach\w*|prefix\w*|peak|average|avg|"
    r"mean|total|input|output|direct|on[- ]demand|provisioned|reserved|list|billed|charged|ea|edp|discount\w*|markup|"
    r"uplift|azure|bedrock|vertex|aws|gcp|est\w*)\b)(?=[^()\s]+\s[^()]*\))[^()\d\n$%]{1,60}+\) ?",
    flags=re.IGNORECASE)

# "$18 per unit-hour (that's the price of one unit for one hour, billed whether it's used or not)": what a term means,
# in words, beside the figure (not an aside that says a discount, a period, a side or what each call does)
_MEANING_ASIDE = compile_regex(
    r" ?\((?:that'?s|thats|that is|i\.?e\.?|ie|meaning|which is|which means|in other words),?\s"
    r"(?![^()]*\b(?:discount\w*|list|net|after|before|off|markup|uplift|ea|edp|on[- ]demand|provisioned|reserved|per|"
    r"each|every|daily|weekly|monthly|yearly|annual|quarterly|days?|weeks?|months?|years?|quarters?|input|output|"
    r"cach\w*|peak|average|avg|total|half|thirds?|fifths?|tenths?|twice|double|capacity|committed|utili[sz]\w*|"
    r"load)\b)[^()\d\n$%]{1,120}+\)")

# "requests per business day = 40k", "avg input = 1,800 tokens": a key of words, a spaced "=", then its value
_SPACED_EQUALS = compile_regex(r"(?m)^(?P<k>[ \t]?[a-z][a-z /()_-]{0,40}?) = (?=[~$\d])")

# "the output is a single label (~5 tokens)": the side's count said in brackets after what it is, read as the side's.
# (words only: "(M tokens/hr):" is a heading's unit, kept)
# (not a one-word aside naming the route or the side: "model usage (direct): $18,400" is the direct spend)
# (nor one that says how caching is billed: "usage export (automatic caching, no write surcharge):")
_ASIDE_BEFORE_COLON = compile_regex(r"(?<=[a-z]) \((?![^()]*(?:/|\btokens?\b|\bper\b|cach|writ|surcharge|premium|"
                                    r"\bfree\b))"
                                    r"(?!(?:direct|on[- ]demand|od|payg|list|provisioned|reserved|committed)\))"
                                    # ("last month (paygo, same traffic): $61,200": the channel the amount was paid on)
                                    r"(?![^()]*\b(?:on[- ]demand|payg|paygo|pay[- ]as[- ]you[- ]go)\b)"
                                    # ("on-demand cost of the same tokens (quarter): $112,000": the period it covers)
                                    # ("usage export for their assistant (one day):": the one period its lines cover)
                                    r"(?!(?:(?:one|a|1|a single|one typical|a typical|typical) )?(?:day|week|month|"
                                    r"quarter|year|daily|weekly|monthly|quarterly|annual)\))"
                                    # ("invoice lines from last Tuesday (one day of traffic, representative):")
                                    r"(?!(?:one|1|a single|one typical|a typical) (?:day|week|month)\b)"
                                    # ("Azure invoice excerpt (March):": the month the lines cover)
                                    r"(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}(?: \d{4})?\))"
                                    # ("observed avg utilization (last 30d): 60%": the window it was observed over)
                                    # ("peak throughput (p99, 1-min): 12,000 TPM": the statistic it is)
                                    # ("avg tokens/min (30d): 120k": the days observed, written short; "(8h)" is
                                    # a span of the day, kept)
                                    r"(?:[a-z ,'-]{1,60}+|(?:rolling )?\d{1,3}d|"
                                    r"(?:last|past|trailing|previous) \d{1,3} ?(?:d|days?|h|hrs?|"
                                    r"hours?|wks?|weeks?|mo|months?)|"
                                    r"p\d{2,3}(?:, ?\d{1,2}-?(?:min|minute|sec|s|hr|hour))?|"
                                    # ("provisioned commitment (1yr term): $62,000": the commitment's term)
                                    r"\d{1,2}[ -]?(?:yr|year|mo|month)s? term)"
                                    # ("Direct API list (same model, their forecast) : $60,000": a space before the
                                    # colon)
                                    r"\)(?=[ \t]*:)")
# ("direct API (annual est.): $48,000": the estimate's period, the word saying it is one dropped)
_ESTIMATE_WORD = compile_regex(r"\s(?:est\.?|estimated?|forecast|projected|approx\.?)(?=\s|$)")
# ("Direct API (annual, list): $480,000": the period beside the price's kind, the period kept)
_PERIOD_ASIDE_BEFORE_COLON = compile_regex(r"(?<=[a-z]) \((?P<w>(?=[^()\n]{0,40}[\s,])[a-z ,]{0,20}\b"
                                           r"(?P<p>daily|weekly|monthly|quarterly|annual|yearly)\b[a-z .,]{0,20})\)"
                                           r"(?=:)")
def _period_aside(m: re.Match[str]) -> str:
    """ "(annual est.)" -> " annual"; "(annual, list)" -> " annual": the period, a note beside it dropped."""
    return " " + (m.group("p") if "," in m.group("w") else _ESTIMATE_WORD.sub("", m.group("w")).rstrip())


# "on-demand equivalent (full capacity, 100% busy): $100,000/mo": the capacity's full use said twice, never a
# utilization of its own
_FULL_USE_ASIDE = compile_regex(r"\((?:at )?(?:full (?:capacity|load|use)|fully (?:used|loaded|busy))(?:, ?| - | at )"
                                r"(?:at )?100 ?% (?:busy|utili[sz]ed|utili[sz]ation|used|loaded|load)\)|"
                                # ("(if 100% used)", "(at 100% utilisation)")
                                r"\((?:if |at |when |@ ?)?100 ?% (?:busy|utili[sz]ed|utili[sz]ation|util|used|use|"
                                r"loaded|load)\)")
_SIDE_NOTE = compile_regex(r"\b((?:outputs?|inputs?|responses?|repl(?:y|ies)) (?:is|are|will be|would be)"
                           r"(?: [a-z]{1,15}+){1,3}+) \((~?\d[\d,.]{0,12}+k?\s?tok(?:en)?s?)\)")


# "requests/day ~ 12k", "avg prompt ≈ 2,200": a keyed line whose key and value "~" stands between, the value about that
# (the whole line: "cache saves ~0.9c per call" is a sentence)
_KEY_ABOUT = compile_regex(r"(?m)^(?P<k>[ \t]{0,8}[a-z][a-z /_()-]{0,40}?)[ \t]~[ \t]"
                           r"(?=\$?\d[\d,.]{0,15}[ \t]?(?:k|m|mm|b|bn|%)?[ \t]*$)")
# "requests_24h: 25000", "calls (7d): 70,000": a keyed count over a span a console names in hours or days
_KEY_SPAN = compile_regex(r"(?m)^(?P<k> ?(?:[a-z][a-z ]{0,30}? )?(?:requests|reqs|calls|queries|prompts|"
                          r"conversations|messages|tokens)) \(?(?P<d>24 ?h(?:rs?)?|1 ?d|7 ?d|1 ?wk?)\)? ?(?=[:=])")
_SPANS = {"24h": "day", "24hr": "day", "24hrs": "day", "1d": "day", "7d": "week", "1w": "week", "1wk": "week"}
# "calls_in_quarter: 1.5M", "tokens in the month: 9bn": a keyed count of the period the key names
_KEY_IN_PERIOD = compile_regex(r"(?m)^(?P<k>[ \t]{0,8}(?:[a-z][a-z ]{0,30}? )?(?:requests|reqs|calls|queries|prompts|"
                               r"conversations|messages|tokens)) in (?:the |a |this |that )?"
                               r"(?P<p>day|week|month|quarter|year)(?=[ \t]?[:=])")
# "(EU formatting, so commas are decimals)", "we use decimal commas": the message says its commas are decimal points,
# so "$3,125/MTok" is three dollars and an eighth
_COMMAS_ARE_DECIMALS = compile_regex(r"\bcommas? (?:are|is|as|for|mark|marks) (?:the )?decimals?\b|\bdecimal commas?\b",
                                     flags=re.IGNORECASE)
_DOLLAR_COMMA_THREE = compile_regex(r"(?<=\$)(\d{1,3}),(\d{3})(?![\d,])")
# "cache writes at $3,125 per million" beside "$2,50" and "$0,25": in a message whose amounts have decimal commas and
# no decimal point, a price per million with three figures after its comma has them as decimals too
_RATE_COMMA_THREE = compile_regex(r"(?<=\$)(\d{1,2}),(\d{3})(?![\d,])"
                                  r"(?=\s?(?:/|per|a)\s?(?:1\s?)?(?:m|mtok|mil|million)\b)",
                                  flags=re.IGNORECASE)
# (not a thousands dot: "2.500 tokens" beside "$2,50" is the continental convention, not a decimal point)
_DECIMAL_POINT = compile_regex(r"\d\.(?!\d{3}(?![\d]))\d")
# "cache write $3,125" beside "$2,50" and "$0,25": a price named by its side or cache event before it, in such a
# message, has its three figures after the comma as decimals too
_LABELLED_COMMA_THREE = compile_regex(
    r"(?P<label>\b(?:(?:cache[ds]?|prompt)\s)?(?:writes?|reads?|input|output|in|out|hits?)(?:\s(?:rate|price|tokens?))?"
    r"\s?[:=]?\s(?:at\s|@\s?)?)\$(?P<whole>\d{1,2}),(?P<frac>\d{3})(?!\d|,\d)", flags=re.IGNORECASE)
# "$3,125/MTok (three dollars and twelve and a half cents)": a price spelt out again in words, in brackets after it
_PRICE_IN_WORDS_ASIDE = compile_regex(r"(?<=\d)(?P<unit>\s?/\s?[a-z]{1,6})?\s\("
                                      r"(?=[^()\d]{0,80}\b(?:dollars?|cents?|bucks)\b)[^()\d$%]{1,80}\)",
                                      flags=re.IGNORECASE)
# "last 24h", "past 24 hours": the last day
_LAST_24_HOURS = compile_regex(r"\b(?P<w>last|past|previous|trailing) 24 ?(?:h|hrs?|hours)\b", flags=re.IGNORECASE)
# "0,63 US cents per call": cents, whichever country's
_US_CENTS = compile_regex(r"\bus (?=cents?\b)", flags=re.IGNORECASE)
# "2.7 cents a cal", "per unit our": "call" and "hour" as a phone's keyboard types them beside a price's unit
_PHONE_UNIT = compile_regex(r"\b(?P<w>a|per|each|every|/) ?(?:(?P<call>cal)|(?P<unit>unit|ptu)[- ]our)\b")
# "4 ptu's", "20 gpu's", "3 PTU’s": a plural written with an apostrophe after a count
_APOSTROPHE_PLURAL = compile_regex(r"(?<=\d )(?P<w>ptu|pt unit|unit|gpu|mu|tpu|seat|user|agent|doc|sku)'s\b|"
                                   # ("four PTU's", "a few unit's": counted in words)
                                   r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|dozen|few|many) "
                                   r"(?P<w2>ptu|unit|gpu|mu|tpu)'s\b")
# "twenty four seven", "24 seven": around the clock, said aloud
_AROUND_THE_CLOCK = compile_regex(r"\b(?:twenty[- ]four|24)[- ]seven\b")
# "a $10,000-a-month direct spend", "a 40k-per-day load": an amount and its period joined by hyphens; "a
# 3M-docs-per-month backlog": what is counted between
_HYPHENED_PERIOD = re.compile(r"(?<=\d)(?P<scale>k|m|bn|b)?-(?:(?P<noun>docs?|documents?|calls?|requests?|reqs?|"
                              r"quer(?:y|ies)|tokens?|tickets?|messages?|conversations?|sessions?|pages?|images?|jobs?|"
                              r"transactions?|invoices?|chats?|emails?|records?)-)?(?P<per>a|an|per)-"
                              r"(?P<p>hour|day|week|month|quarter|year)\b")
# '"modelUnits": 3', '"cacheReadInputTokens": 460000': a JSON key in camel case, read as its words
# ("ModelUnits: 2", "HourlyRatePerModelUnit: $9.50": a console's keys in Pascal case)
_CAMEL_KEY = re.compile(r'(?<![\w-])"?(?P<k>(?:[a-z]{2,20}|[A-Z][a-z]{1,20})(?:[A-Z][a-z0-9]{1,20}){1,6})"?'
                        r'(?=[ \t]{0,12}:[ \t]{0,3}["$~]?\d)')
# "tokens_in_per_hour ≈ 2.5M", "input tokens per day: 40M": a count keyed with its period, said count first
_KEY_PERIOD_TOKENS = compile_regex(
    r"(?m)(?:^[ \t]{0,8}|(?<=, ))(?P<k>(?:(?:input|output|prompt|completion) )?tokens?(?: (?:in|out|input|output))?) "
    r"(?:per|/|a|each) ?(?P<p>hour|day|week|month|year)[ \t]?[:=][ \t]?(?:~|≈|about)?[ \t]?"
    r"(?P<v>\d[\d,]{0,15}(?:\.\d{1,3})?[ \t]?(?:k|m|mm|b|bn)?)\b(?![ \t]?(?:/|per|a)\b)")
# "nine outta ten hit", "9 outa 10": "out of" as it is said
_OUT_OF_SAID = re.compile(r"\boutt?a\b")
_EQUIV = re.compile(r"\bequiv\.(?=[ :,)]|$)", re.M)
# "22 biz days/mo", "per biz day", "bus. days": business days, however they are shortened.
# "a 5-business-day week", "4 working day weeks": a week of that many days of traffic
_BUSINESS_DAY_WEEK = compile_regex(r"\b(?P<n>[1-7])[- ](?:business|working|work|biz)[- ]day[- ]week")
# ("biz days", "bus. days", "22 bdays": a business day shortened)
_BIZ_DAY = compile_regex(r"\b(?:biz|bus\.)[ -]?(?=(?:days?|d)\b)|(?<=\d )b(?=days?\b)")
# "pee tee you", "tee tee ell", "ee ay": an acronym as voice-to-text spells its letters out
_SPOKEN_ACRONYMS = {"pee tee you": "ptu", "pee tee use": "ptus", "pee tee yous": "ptus", "tee tee ell": "ttl",
                    "ee ay": "ea", "ess ell ay": "sla", "ee dee pee": "edp", "em tok": "mtok", "pay go": "payg",
                    # ("6 p t u's", "p.t.u.s": the letters typed or dictated one by one)
                    "p t u": "ptu", "p t us": "ptus", "p t u's": "ptus", "p.t.us": "ptus", "p.t.u's": "ptus"}
_SPOKEN = compile_regex(r"\b(?:" + "|".join(map(re.escape, sorted(_SPOKEN_ACRONYMS, key=len, reverse=True))) + r")\b")
# "savings per wk", "cost a wk", "wkly": a week, typed short
_WEEK_SHORT = compile_regex(r"\b(?P<p>per|a|each|every)\s?wk\b|\bwkly\b")
# "pay as u go": on-demand, typed short
_PAY_AS_U_GO = compile_regex(r"\bpay[- ]as[- ]u[- ]go\b")
# "would run $13,824 on pay-as-you-go": that much on-demand
_AMOUNT_ON_PAYG = compile_regex(r"(?P<amount>\$\s?\d[\d,]{0,12}+(?:\.\d{1,2})?+(?:\s?[km]\b)?)[ \t]"
                                r"(?:on|via|through|at) pay[- ]as[- ]you[- ]go\b")
# "40k tix a day": tickets, as support desks shorten them
_TIX = compile_regex(r"(?<=\d )tix\b|(?<=\d[km] )tix\b|(?<=\d)tix\b|\btix(?= (?:a|per|each|every)\b|/)")


# "USD 48,000.00", "US$1,200", "usd 0.003": dollars written by their currency code before the amount
_CURRENCY_CODE = compile_regex(r"\b(?:usd|us\$)\s?(?=\d)|(?<![\w$])us(?=\$)")


# "ondemand_equivalent_usd_last_month: 61,200", "cost (usd): 4200": a key saying its value is in dollars
_USD_KEY = compile_regex(r"(?m)^(?P<k>[ \t]{0,8}[a-z][a-z0-9 -]{0,40}?) (?:usd|\(usd\)|\(\$\)|in usd|\$)"
                         r"(?P<rest>(?: (?!per\b|a\b|each\b)[a-z]{1,12}){0,3})[ \t]?[:=][ \t]?~?(?=\d)")
# "4 prov units", "prov. throughput": provisioned, shortened before what is provisioned
_PROV_SHORT = compile_regex(r"\bprov\.?(?= (?:units?|capacity|throughput|tput|ptus?|discount|commit(?:ment)?)\b)")
# "aws is floating 35 off", "they offered 40 off on-demand": a share off said without its sign, after a word that offers
# it (not "$35 off", "35 off-peak hours" nor "35 off the list price", an amount)
_BARE_SHARE_OFF = compile_regex(r"\b(?:floating|floated|offering|offered|offers|offer|quoting|quoted|quotes|giving|"
                                r"gave|gives|pitching|pitched|at|is|are|get|gets|got|with|throwing|threw)\s"
                                r"(?:them\s|us\s)?"
                                r"(?:about\s|around\s|roughly\s|like\s|~)?(?P<n>[1-8]\d)\soff\b(?![- ](?:peak|the\b))")
# "bedrock_list_premium_pct,40", "discount (%): 35": a key saying its bare figure is a percentage
_PERCENT_KEY = compile_regex(r"(?m)^(?P<k>[ \t]{0,8}[a-z][a-z -]{0,40}?)[ \t]?(?:pct|percent|perc|\(%\)|%)"
                             r"[ \t]?[:=][ \t]?(?P<n>\d{1,3}(?:\.\d{1,2})?)[ \t]*$")
# "direct_api_equivalent,250000" in a FinOps export: a key naming a spend, its bare figure dollars
# ("direct_equivalent_spend_q3,42000": the key's kind of spend and its period said too)
_SPEND_KEY_BARE = compile_regex(r"(?m)^(?P<k>[ \t]{0,8}(?:direct|on[- ]demand|bedrock|azure|vertex|hyperscaler)"
                                # ("direct api quarterly spend: 75000": the period before the noun)
                                r"(?: api| list)?(?: (?:monthly|quarterly|annual|yearly|weekly))? "
                                r"(?:equivalent|spend|cost|bill)(?: spend| cost)?"
                                r"(?: (?:q[1-4]|qtr|mo|mth|yr|wk))?)[ \t]?[:=][ \t]?"
                                r"(?=\d[\d,]{2,12}(?:\.\d{1,2})?[ \t]*$)")
# "direct_quote_per_quarter: $18k", "od spend / month: $40,000": a key of money naming its period before the colon
_KEY_PERIOD_MONEY = compile_regex(
    # ("..., current direct api spend/mo: $42,000": a table's row said after the others, its period short)
    r"(?m)(?:^|(?<=, ))(?P<k>[ \t]{0,8}[a-z][a-z -]{0,40}?(?:spend|cost|costs|bill|quote|budget|equivalent|total|"
    r"invoice|run rate)) ?(?:per|/|a|each) ?(?P<p>day|week|month|quarter|year|mo|mth|wk|qtr|yr)[ \t]?:[ \t]?"
    r"(?P<v>~?\$\d[\d,]{0,15}(?:\.\d{1,2})?"
    r"(?:k|m|mm|bn)?)(?=[ \t]*\.?[ \t]*$)")
_SHORT_PERIODS = {"mo": "month", "mth": "month", "wk": "week", "qtr": "quarter", "yr": "year"}
# "ondemand", as a snake-case key or a hurried rep writes it
_ONDEMAND = compile_regex(r"\bondemand\b")


# "rate.input 15.00 # $/mtok": a figure whose price unit is said in the line's comment after it
_COMMENT_UNIT = compile_regex(
    r"(?m)(?<![\w.$,])(?P<n>\d{1,9}(?:,\d{3}){0,3}(?:\.\d{1,6})?)[ \t]?(?:#|//)[ \t]?(?:\$|usd)[ \t]?(?:/|per)[ \t]?"
    r"(?P<u>(?:1[ \t]?m|one million|million|m)(?:[ \t]?tok(?:en)?s?)?|mtoks?|(?:unit|ptu|gpu)?-?(?:hr|hour)|call|"
    r"request)[ \t]*$")
# "rate.input", "pricing.cache_read": a console's key in a namespace of prices, read as the price it names
_DOTTED_RATE_KEY = compile_regex(r"(?m)^(?P<lead>[ \t]?)(?:rates?|prices?|pricing|usd)\.(?P<k>[a-z][a-z_]{1,40})"
                                 r"(?=[ \t]?[:=]?[ \t]?~?\$?\d)")
_PRICE_NAMED = compile_regex(r"rate|price|per|usd|cost")  # ("pricing.input_per_mtok": the key names a price already)
# "tokens_at_full_use: 14.6bn / month", "max tokens @ 100% load = 120M/day": what the capacity serves flat out, keyed
_FULL_USE_KEY = compile_regex(
    r"(?m)^(?P<lead>[ \t]{0,8})(?:max(?:imum)? )?(?:tokens?|throughput|capacity)"
    r"(?: served| processed| per (?:month|day))?"
    r" (?:at|@) (?:full|100 ?%|max(?:imum)?) (?:use|usage|load|utili[sz]ation|capacity)[ \t]?[:=][ \t]?"
    r"(?P<q>~?\d[\d,]{0,12}(?:\.\d{1,3})?[ \t]?(?:k|m|mm|bn|b)?)\b[ \t]?(?:tokens?[ \t]?)?(?:/|per|a)[ \t]?"
    r"(?P<p>month|mo|week|wk|day|hour|hr|minute|min)\b")
# "cache writes observed: 100 per day", "hit rate measured: 80%": a key said with how it was seen, before its colon
_KEY_OBSERVED = compile_regex(r"(?<=[a-z]) (?:observed|measured|seen|recorded|logged|reported|actuals?)(?=[ \t]?:)")
# "avg 1,200,000 tokens_per_min": a unit in snake case after its figure (a sheet's column name carried to its row)
_SNAKE_UNIT = compile_regex(r"(?<=\d )(?:tokens?|calls?|requests?|reqs?)(?:_[a-z]{1,12}){1,3}\b")
# A key written in snake case at the start of a line, before its colon or equals sign ("ptu_discount: 30%",
# "avg_in = 6,400 tok"), or before words that say its value ("cache_write billed at the normal input rate").
# (after ", " too: the rows of a keyed sheet are joined on one line; "input_cache_hit $0.25 per 1m tok": a price
# after it)
_SNAKE_KEY = compile_regex(r"(?m)(?:^[ \t]{0,8}|(?<=, ))[a-z][a-z0-9]{0,30}(?:_[a-z0-9]{1,30}){1,8}"
                           r"(?=[ \t]?[:=]|[ \t]+[a-z]|[ \t]+\$\d(?![^\n]*\|))")


def _without_accents(text: str) -> str:
    """Latin letters without their accents ("é" -> "e"); every other character as it was."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch)) if any(
        "\u00c0" <= ch <= "\u024f" for ch in text) else text


# (a number word, or one a figure said in full holds beside them: "zero point five", "one hundred and fifty")
_FIGURE_WORD = r"(?:zero|point|and|" + NUMBER_WORD + r")"
# "4.800-token (four thousand eight hundred)", "1,6 times (one point six)": a figure whose separator could be a
# thousands mark or a decimal one, said again in words in brackets after it; the words say which
# ("$91.250 on demand (ninety-one thousand two hundred and fifty dollars)": an amount, its words naming the currency)
_FIGURE_IN_WORDS = compile_regex(r"(?<![\w.,])(?P<n>\d{1,3}(?:[.,]\d{1,3}){1,3})(?![\d.,])(?P<mid>[- ]?[a-z]{0,12}"
                                 r"(?: on[- ]demand)?)\s?\((?P<w>" + _FIGURE_WORD + r"(?:[- ]" + _FIGURE_WORD
                                 + r"){0,11})(?: dollars| usd| bucks)?\)",
                                 flags=re.IGNORECASE)


def _figure_in_words(m: re.Match[str]) -> str:
    """The figure as plain digits where its words give one of its two readings, the words dropped; as it was else."""
    from text_to_num import text2num

    whole, _, tail = m.group("w").lower().replace("-", " ").partition(" point ")
    try:
        value = Decimal(text2num(whole.strip(), "en")) if whole.strip() else Decimal(0)
        if tail:
            value += Decimal("0." + "".join(str(text2num(d, "en")) for d in tail.split()))
    except (ValueError, InvalidOperation):
        return m.group(0)
    said = m.group("n")
    marks = [c for c in said if c in ".,"]
    readings = {Decimal(re.sub(r"[.,]", "", said))}
    if len(marks) == 1:
        readings.add(Decimal(said.replace(",", ".")))
    if value not in readings:
        return m.group(0)
    return f"{value:f}{m.group('mid')}"


def normalize(text: str) -> str:
    """Lower-case, NFKC, Slack entities decoded, plain dashes and quotes, zero-width characters dropped,
    control characters blanked, runs of spaces collapsed."""
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")  # Slack's escaping
    if "-" in text:
        text = _REFERENCE.sub(lambda m: m.group(0)[:m.start("n") - m.start()] + "ref", text)
    if "(" in text:
        text = _FIGURE_IN_WORDS.sub(_figure_in_words, text)
    text = _GROUP_SPACE.sub(_grouped, text)  # "4 000" is four thousand
    if "," in text and _COMMAS_ARE_DECIMALS.search(text):
        text = _DOLLAR_COMMA_THREE.sub(r"\1.\2", text)
    if "(" in text and ("dollar" in text or "cent" in text or "buck" in text):
        text = _PRICE_IN_WORDS_ASIDE.sub(lambda m: m.group("unit") or "", text)
    if "$" in text and "." in text and _DECIMAL_COMMA.search(text) is not None:
        text = _DOT_THOUSANDS.sub(lambda m: m.group(1).replace(".", ""), text)
    if "," in text and _DECIMAL_COMMA.search(text) is not None and _DECIMAL_POINT.search(text) is None:
        # (written with a fourth decimal, "$3.1250", so that no later reading takes "$3.125" for thousands)
        text = _RATE_COMMA_THREE.sub(r"\1.\g<2>0", text)
        text = _LABELLED_COMMA_THREE.sub(r"\g<label>$\g<whole>.\g<frac>0", text)
    text = _DECIMAL_COMMA.sub(_decimal_comma, text)  # "$0,50" and "12,5%" are decimals
    if ":" in text:
        text = _CAMEL_KEY.sub(lambda m: camel_words(m.group("k")), text)
    text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH).translate(_QUOTES)
    if not text.isascii():
        text = _without_accents(text)  # "11,000 résumés", "utilización": the letters the patterns read
    text = _DASHES.sub("-", text)
    text = (text.translate(_ASCII_CONTROLS) if text.isascii() else
            "".join(ch if ch in "\n\t" or unicodedata.category(ch)[0] != "C" else " " for ch in text))
    text = _QUOTE_MARK.sub("", text)  # a pasted email or thread in a block quote is read as the ask's own lines
    text = _LEADING_DOT.sub("0.", text) if "." in text else text
    text = _EMPHASIS.sub(lambda m: m.group("inner"), text) if ("*" in text or "_" in text) else text
    text = read_tables(read_bullets(text))  # while the columns are still aligned
    text = _SPACES.sub(" ", text).lower()
    if "#" in text or "//" in text:
        text = _COMMENT_UNIT.sub(lambda m: f"${m.group('n')}/{m.group('u')}", text)
    if "." in text:
        text = _DOTTED_RATE_KEY.sub(lambda m: m.group("lead") + m.group("k") + (
            "" if _PRICE_NAMED.search(m.group("k")) else " rate"), text)
    if " = " in text and len(_SPACED_EQUALS.findall(text)) >= 2:
        # "avg input = 1,800 tokens" over "avg output = 450 tokens": a spec's keyed lines, read as "key: value"
        text = _SPACED_EQUALS.sub(lambda m: f"{m.group('k')}: ", text)
    if "_" in text:
        text = _SNAKE_KEY.sub(lambda m: m.group(0).replace("_", " "), text)  # "peak_to_avg: 2.5": "peak to avg: 2.5"
        text = _SNAKE_UNIT.sub(lambda m: m.group(0).replace("_", " "), text)  # "1,200,000 tokens_per_min"
    if ":" in text and ("observ" in text or "measur" in text or "seen" in text or "record" in text or "logged" in text
                        or "report" in text or "actual" in text):
        text = _KEY_OBSERVED.sub("", text)
    if "full" in text or "100" in text or "max" in text:
        text = _FULL_USE_KEY.sub(lambda m: f"{m.group('lead')}capacity good for {m.group('q')} tokens a {m.group('p')} "
                                           "at full use", text)
    if ":" in text and ("pct" in text or "perc" in text or "%" in text):
        text = _PERCENT_KEY.sub(lambda m: f"{m.group('k').rstrip()}: {m.group('n')}%", text)
    if ":" in text and ("equivalent" in text or "spend" in text or "cost" in text or " bill" in text):
        text = _SPEND_KEY_BARE.sub(lambda m: f"{m.group('k')}: $", text)
    if "$" in text and ":" in text:
        # "direct quote per quarter: $18k": the key's period goes after its amount ("direct quote: $18k per quarter")
        text = _KEY_PERIOD_MONEY.sub(
            lambda m: f"{m.group('k')}: {m.group('v')} per {_SHORT_PERIODS.get(m.group('p'), m.group('p'))}", text)
    if " ~" in text:
        text = _KEY_ABOUT.sub(lambda m: f"{m.group('k')}: ~", text)
    if (":" in text or "=" in text) and " in " in text:
        text = _KEY_IN_PERIOD.sub(lambda m: f"{m.group('k')} per {m.group('p')}", text)
    if ":" in text or "=" in text:
        text = _KEY_SPAN.sub(lambda m: f"{m.group('k')} per {_SPANS[m.group('d').replace(' ', '')]}", text)
    if "-day week" in text or " day week" in text:
        text = _BUSINESS_DAY_WEEK.sub(lambda m: f"{m.group('n')}-day week", text)  # "a 5-business-day week"
    if "biz" in text or "bus." in text or "bday" in text:
        text = _BIZ_DAY.sub("business ", text)
    if "tix" in text:
        text = _TIX.sub("tickets", text)
    if "us" in text:
        text = _CURRENCY_CODE.sub("$", text)  # "USD 48,000.00", "US$ 1,200": dollars by their code
        text = _USD_KEY.sub(lambda m: f"{m.group('k')}{m.group('rest')}: $", text)  # "spend usd last month: $61,200"
    if "prov" in text:
        text = _PROV_SHORT.sub("provisioned", text)  # "4 prov units", "prov discount"
    if " off" in text:
        text = _BARE_SHARE_OFF.sub(r"\g<n>% off", text)  # "aws is floating 35 off": a share off, its sign left out
    if "ondemand" in text:
        text = _ONDEMAND.sub("on-demand", text)
    if " u " in text:
        text = _PAY_AS_U_GO.sub("pay-as-you-go", text)
    if "pay" in text:
        text = _AMOUNT_ON_PAYG.sub(r"\g<amount> on-demand", text)
    if "wk" in text:
        text = _WEEK_SHORT.sub(lambda m: f"{m.group('p')} week" if m.group("p") else "weekly", text)
    if ("pee " in text or "tee " in text or "ee " in text or "ess " in text or "em tok" in text or "pay go" in text
            or "p t u" in text or "p.t.u" in text):
        text = _SPOKEN.sub(lambda m: _SPOKEN_ACRONYMS[m.group(0)], text)
    if "24" in text:
        text = _LAST_24_HOURS.sub(lambda m: f"{m.group('w')} day", text)
    if "us cent" in text:
        text = _US_CENTS.sub("", text)
    if " cal" in text or " our" in text or "/cal" in text:
        text = _PHONE_UNIT.sub(lambda m: f"{m.group('w')} {'call' if m.group('call') else m.group('unit') + '-hour'}",
                               text)
    if "'s" in text:
        text = _APOSTROPHE_PLURAL.sub(
            lambda m: m.group("w") + "s" if m.group("w") else f"{m.group('n')} {m.group('w2')}s", text)
    if "seven" in text:
        text = _AROUND_THE_CLOCK.sub("24/7", text)
    if "token" in text and (":" in text or "=" in text):
        text = _KEY_PERIOD_TOKENS.sub(lambda m: f"{m.group('v')} {m.group('k')} per {m.group('p')}", text)
    if "-a-" in text or "-an-" in text or "-per-" in text:
        text = _HYPHENED_PERIOD.sub(
            lambda m: f"{m.group('scale') or ''}{' ' + m.group('noun') if m.group('noun') else ''} {m.group('per')} "
            f"{m.group('p')}", text)
    if "outa" in text or "outta" in text:
        text = _OUT_OF_SAID.sub("out of", text)
    if "equiv." in text:
        text = _EQUIV.sub("equivalent", text)  # "on-demand equiv. at 100% util": no full stop ending a sentence
    if " (" in text:
        text = _FULL_USE_ASIDE.sub("(full capacity)", text) if "100" in text else text
        text = _SIDE_NOTE.sub(r"\1 \2", _IN_NOTE.sub(r"\1", text))
        text = _TOKENS_GLOSS.sub("", text) if " tokens (" in text else text
        if "(that" in text or "(i" in text or "(meaning" in text or "(which" in text:
            text = _MEANING_ASIDE.sub("", text)
        # "direct list (quarterly run rate): $62,000": an aside naming the period is the key's own words
        text = _PERIOD_ASIDE_BEFORE_COLON.sub(_period_aside, text)
        # "their EDP discount (their EA equivalent): 22%": an aside between a label and its colon is set aside
        text = _ASIDE_BEFORE_COLON.sub("", text)
    return _SYSTEM_PROMPT.sub("system prompt", text) if "sys" in text else text


# Arithmetic on what a message says (scales, per-day conversions, percentages) runs in this context: wide
# enough that a 40-digit number times a billion is exact and 1e999999999 neither overflows nor rounds, so the
# engine's range check sees (and names) the number the user typed.
WIDE = decimal.Context(prec=2 * MAX_DIGITS + 20, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
# Per-day conversions round like the default context (730 calls a month is 24 a day, not 24.000...0024).
_UNBOUNDED = decimal.Context(prec=28, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)


def to_decimal(num: str, scale: str | None = None) -> Decimal | None:
    """``"4,000"`` -> 4000, ``("1.5", "b")`` -> 1500000000; None when it is not a number."""
    try:
        value = Decimal(num.replace(",", ""))
    except InvalidOperation:
        return None
    if scale:
        value = WIDE.multiply(value, _SCALES[scale.lower()])
    return tidy(value)


def tidy(value: Decimal) -> Decimal:
    """Drop trailing zeros without going to exponent notation for whole numbers."""
    if not value.is_finite() or abs(value.adjusted()) > MAX_DIGITS:
        return value  # far out of every range: left exactly as typed for the range message
    if value == value.to_integral_value():
        return value.quantize(Decimal(1), context=WIDE)
    return value.normalize(WIDE)


def overlong_number(text: str) -> str | None:
    """The first run of more than :data:`MAX_DIGITS` digits in ``text``, shortened for display."""
    match = _OVERLONG.search(text)
    if match is None:
        return None
    end = match.end()
    while end < len(text) and text[end].isdigit():
        end += 1
    return f"{text[match.start():match.start() + 12]}… ({end - match.start():,} digits)"


def per_day(value: Decimal, period: str) -> Decimal:
    """Convert a count per ``period`` (second ... year) into a count per day."""
    factor = PER_DAY_FACTOR[PERIOD_WORDS.get(period, period)]
    return tidy(value if factor == 1 else _UNBOUNDED.multiply(value, factor))
