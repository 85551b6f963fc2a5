"""Deal terms said in the words of a commitment or a hyperscaler deal: a markup named with its cloud ("a 25% Azure
markup"), a saving the buyer wants from a commitment ("at least 20% savings"), and the limits a rep asks for as one
number (the highest peak-to-average ratio a discount survives, the largest markup an EA discount absorbs, the
on-demand cost of the whole committed capacity). Patterns run on the normalized (lower-cased) text."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from bot.parse.numbers import NUMBER, normalize, tidy, to_decimal
from bot.parse.period_words import PERIOD_WORDS
from bot.parse.prescreen import Regex, screened

if TYPE_CHECKING:
    from bot.parse.extract import Scanner

_CLOUD = r"(?:hyperscaler|cloud|azure|azure openai|bedrock|aws|vertex|gcp|google|google cloud|list|sticker|published)"

# "a 25% hyperscaler markup", "their 18% Bedrock premium", "a 30% cloud uplift": the percentage named as the markup
# itself, whatever question word stands before it ("at what EA discount does a 25% hyperscaler markup disappear?").
MARKUP_NAMED = screened(
    r"(?<![\w.$])~?(?P<a>" + NUMBER + r")\s?(?:%|percent\b|per cent\b)\s(?:" + _CLOUD + r"\s){1,2}"
    r"(?:list\s)?(?:mark-?up|premium|uplift)\b"
)

# "we're paying 40% more through Azure", "it's 18% dearer on Bedrock", "the list delta is 40%": the list markup said as
# what the hyperscaler costs more than direct.
MARKUP_SAID = (
    screened(
        r"(?<![\w.$])~?(?P<a>" + NUMBER + r")\s?(?:%|percent\b|per cent\b)\s(?:more|extra|higher|dearer|pricier|"
        r"more expensive)\s(?:(?:to buy|to run|to pay)\s)?(?:through|via|on|with|in|going through|buying through)\s"
        r"(?:the\s)?(?:azure(?: openai)?|bedrock|amazon bedrock|aws|vertex(?: ai)?|gcp|google cloud|hyperscalers?|"
        r"cloud marketplace|marketplace|cloud)\b"
    ),
    screened(
        r"\blist(?: price)? (?:delta|difference|gap|uplift)\b(?: (?:is|of|at|=|:|about|around|roughly|~))*\s?~?(?P<a>"
        + NUMBER + r")\s?(?:%|percent\b|per cent\b)"
    ),
)

# "the EA (10%) applies to their broader cloud spend", "big AWS EA (15%)": the EA discount in brackets after its name.
EA_IN_BRACKETS = screened(r"\b(?:ea|edp|macc|enterprise agreement)(?: discount)?\s?\(\s?(?:~|about |around )?(?P<a>"
                          + NUMBER + r")\s?(?:%|percent)(?:\s(?:off|discount))?\s?\)")
# "the Azure markup is the full 25% the doc mentions", "list markup at the headline 30%": the list markup said with a
# word on how much of it there is (never a utilization, which "full" names elsewhere).
MARKUP_IS_THE_FULL = screened(
    r"\b(?:mark-?up|premium|uplift)(?:\s(?:is|was|of|at|would be|will be|being|=|:))+\s(?:the|a|an|their|its)\s"
    r"(?:full|whole|entire|headline|published|standard|usual|quoted|stated)\s~?(?P<a>" + NUMBER
    + r")\s?(?:%|percent\b)")

# "Direct is about 20% cheaper than Azure", "going direct runs 25% less than Bedrock": how much less direct costs than
# the hyperscaler (the list markup is 1 ÷ (1 − that) − 1), never a saving wanted or a provisioned discount.
DIRECT_CHEAPER = screened(
    r"\b(?:going |buying )?direct(?: api| access| pricing| route| list)?"
    r"(?:\s(?:is|was|runs?|comes in|works out|would be|will be|'s))?"
    r"(?:\s(?:about|around|roughly|approx(?:imately)?|maybe|~))?\s~?(?P<a>\d{1,2}(?:\.\d{1,2})?)\s?"
    r"(?:%|percent\b)\s(?:cheaper|less|lower|less expensive)(?: than| vs\.?| versus)?\s(?:going |buying )?"
    r"(?:on |via |through |with )?(?:the )?(?:azure(?: openai)?|bedrock|amazon bedrock|vertex(?: ai)?|aws|gcp|"
    r"google cloud|hyperscalers?|cloud marketplace)\b")


# "at an 18% EA discount, and what if they negotiate it up to 22%?": the EA discount said again as the value it changes
# to (each is worked out).
EA_CHANGED_TO = screened(
    r"\b(?:negotiate[sd]?|push(?:es|ed)?|get|gets|got|bump(?:s|ed)?|raise[sd]?|move[sd]?|take[sn]?|took|grow(?:s|n)?|"
    r"increase[sd]?|cut|drop(?:s|ped)?)\s(?:it|that|this|the ea(?: discount)?|their ea(?: discount)?|the edp|their edp)"
    r"\s(?:up\s|down\s)?to\s~?(?P<a>" + NUMBER + r")\s?(?:%|percent\b)"
)
_EA_NAMED = screened(r"\b(?:ea|edp|macc|enterprise (?:agreement|discount))\b")
# "Their EA is 8% today and might go to 15% at renewal", "EDP of 10%, could rise to 18%": the EA discount said, then
# the value it may change to (group ``a``; the first is read as the EA discount).
EA_MAY_GO_TO = screened(
    r"\b(?:ea|edp|macc)(?:\sdiscount)?(?:\s(?:is|of|at|was|sits at|currently|today|now))*\s?[:=]?\s?~?"
    r"\d{1,2}(?:\.\d{1,2})?\s?(?:%|percent\b)[^.;?!\d%]{0,30}?\b(?:might|could|may|will|would|should|is going to|"
    r"is set to|is expected to|is likely to|probably)\s(?:go|rise|move|increase|drop|fall|climb|jump|improve|get|be "
    r"raised|be bumped)\s(?:up\s|down\s)?to\s~?(?P<a>\d{1,2}(?:\.\d{1,2})?)\s?(?:%|percent\b)"
)

# "the account team thinks it could reach 20% at renewal", "they might get 22%", "what if the EA reaches 20%?": beside
# an EA discount, a further value it may take (each is worked out). Read only in an ask naming the EA before it.
_EA_PCT = r"~?(?P<a>\d{1,2}(?:\.\d{1,2})?)\s?(?:%|percent\b)"
_NOT_EA = (r"(?!\s?(?:of\b|off\s(?:on[- ]demand|od|list\sprovisioned)|util\w*|usage|load|busy|hits?|hit rate|cache|"
           r"savings?|cheaper|reduction|cut|more|over|above|mark-?up|premium|uplift|of\s(?:traffic|calls))\b)")
EA_WHAT_IF = screened(
    r"\b(?:might|could|may|will|would|should|hopes? to|hoping to|expects? to|likely to|if|once|when)\b"
    r"(?:(?!mark-?up|premium|uplift|list|util|hit|cach|provision|ptu|commit|reserv|traffic|volume|usage|load|call|"
    r"token|price|rate)[^.;?!\d%$]){0,30}?"
    r"\b(?:reach(?:es)?|gets?(?: (?:it|that|the ea|their ea|the edp|their edp))?(?: up)?(?: to)?|"
    r"hits?|go(?:es)? (?:up )?to|rises? to|climbs? to|improves? to|moves? (?:up )?to|lands? at|ends? up at|"
    r"is|be|becomes?|were)\s(?:up\s|as (?:high|much) as\s)?(?:to\s)?" + _EA_PCT + _NOT_EA
)
# "... gets the EA to 20%? To 25%?", "reaches 20%? 25%?": further values asked right after, one a question each.
EA_WHAT_IF_MORE = screened(r"\s?[?,]\s?(?:and |or |what about |how about )?(?:(?:to|at) )?" + _EA_PCT + _NOT_EA
                           + r"(?=\s?(?:\?|$))")
# "Effective markup now, and at 22%?": a value already read as an EA what-if, asked again.
EA_ASKED_AGAIN = screened(r"\b(?:at|to|with)\s(?:an?\s)?" + _EA_PCT + r"(?:\s(?:ea|edp|discount))?" + _NOT_EA)
# "utilization could reach 70%": what the clause is about, said before the modal, is no EA discount.
_OTHER_SUBJECT_WORD = screened(r"mark-?up|premium|uplift|\blist\b|util|\bhit|cach|provision|ptu|commit|reserv|"
                               r"traffic|volume|usage|\bload|\bcall|token|price|\brate|growth|grow|discount on")
_MARKUP_ASK = screened(r"\bmark-?up|\bpremium\b|\buplift\b|\b(?:over|above) (?:the )?direct\b|"
                       r"\b(?:azure|bedrock|vertex|hyperscaler)\b")


def _about_the_ea(before: str) -> bool:
    """Whether the words before a modal ("... the cache hit rate could reach 80%") leave it about the EA: no other
    subject (a utilization, a hit rate, a markup) is named after the EA in the same sentence."""
    sentence = before[max(before.rfind("."), before.rfind(";"), before.rfind("?"), before.rfind("!")) + 1:]
    other = [m.start() for m in _OTHER_SUBJECT_WORD.finditer(sentence)]
    ea = [m.start() for m in _EA_NAMED.finditer(sentence)]
    return not other or (bool(ea) and ea[-1] > other[-1])


def _with_more(work: str, first: re.Match[str]) -> list[re.Match[str]]:
    """``first`` and each further EA discount asked right after it ("? To 25%?", "? 25%?")."""
    found, end = [first], first.end()
    while len(found) < 4 and (nxt := EA_WHAT_IF_MORE.match(work, end)) is not None:
        found.append(nxt)
        end = nxt.end()
    return found


def _ea_what_ifs(scanner: Scanner) -> None:
    """Each further EA discount said as what the EA may reach ("could reach 20% at renewal", "might get 22%"), and the
    ones asked right after it ("? To 25%?"); a value asked again later ("and at 22%?") is the same one."""
    text = scanner.text
    ea_at = _EA_NAMED.search(text)
    if ea_at is None or _MARKUP_ASK.search(text) is None:
        return
    said: list[Decimal] = []
    for m in list(EA_WHAT_IF.finditer(scanner.work))[:50]:  # as many as the scanner reads of a pattern
        if m.start() < ea_at.start() or not _about_the_ea(scanner.text[max(0, m.start() - 60):m.start()]):
            continue
        for each in _with_more(scanner.work, m):
            value = to_decimal(each.group("a"))
            if value is not None and value < 100:
                said.append(value / 100)
                scanner._consume(each.start("a"), each.end())
    scanner._blank()
    if not said:
        return
    scanner.found.ea_changed_to.extend(said)
    for m in list(EA_ASKED_AGAIN.finditer(scanner.work))[:50]:
        value = to_decimal(m.group("a"))
        if value is not None and value / 100 in said:
            scanner._consume(m.start("a"), m.end())
    scanner._blank()


# A saving the buyer wants from the commitment, with the discount given beside it: "they want at least 20% savings",
# "a minimum 15% reduction", "to save at least 25%", "a 20% savings target".
TARGET_SAVING_SAID = (
    screened(
        r"\b(?:at least|a minimum of|minimum(?: of)?|min\.?|no less than|a guaranteed|guaranteed|target(?:ing)?|"
        r"aim(?:ing)? for|want(?:s|ing)?|need(?:s|ing)?|looking for|hoping for|requires?|requiring|expect(?:s|ing)?)"
        r"\s(?:a |an |to (?:save|see|get|hit|achieve|reach) )?(?:at least |a minimum of |minimum |min\.? )?"
        # a saving, not a price cut ("they need 40% off on-demand" is the discount they need)
        r"(?:a |an )?~?(?P<a>" + NUMBER + r")\s?(?:%|percent\b|per cent\b)\s?(?:in\s|of\s)?(?:savings?|reduction|cut)\b"
    ),
    screened(
        r"\bsav(?:e|es|ing)\s(?:them\s|us\s)?(?:at least|a minimum of|min\.?|no less than)\s~?(?P<a>" + NUMBER
        + r")\s?(?:%|percent\b|per cent\b)"
    ),
    screened(r"(?<![\w.$])~?(?P<a>" + NUMBER + r")\s?(?:%|percent\b|per cent\b)\s(?:savings?|reduction|cut)\s"
             r"(?:target|goal|floor|minimum|threshold|hurdle)\b"),
    # "a 25% saving at 90% utilisation", "they'd save 20% running at 75% util": a saving claimed at a utilization,
    # which the discount is worked back from (not the discount itself)
    screened(r"(?:\bsav(?:e|es|ing|ings)\s(?:them\s|us\s|you\s)?(?:~|about\s|around\s|roughly\s)?(?<![\w.$])~?(?P<a>"
             + NUMBER + r")\s?%|(?<![\w.$])~?(?P<b>" + NUMBER + r")\s?%\s(?:savings?|cheaper|reduction|cut)\b)"
             r"[^.;?!%\d]{0,30}?\b(?:at|running at|when running at|if (?:they|we|you) run at|with)\s(?:~|about\s|"
             r"around\s|roughly\s)?(?P<u>\d{1,3}(?:\.\d{1,2})?)\s?%\s(?:util\w*|usage|load|busy)"),
    # "at 80% utilization they save 30%": the utilization first, then the saving claimed at it
    screened(r"(?<![\w.$])(?P<u>\d{1,3}(?:\.\d{1,2})?)\s?%\s(?:util\w*|usage|load)\b[^.;?!%\d]{0,30}?\bsav(?:e|es|ing|ings)\s"
             r"(?:them\s|us\s|you\s|of\s)?(?:~|about\s|around\s|roughly\s)?(?<![\w.$])~?(?P<a>" + NUMBER + r")\s?%"),
)


# "traffic spikes 8x around Black Friday", "load peaks at 3x on Mondays": the peak as a multiple of the usual load,
# which is the peak-to-average ratio.
PEAK_MULTIPLE = screened(
    r"(?:\b(?:traffic|load|volume|usage|demand|requests|calls|it|they)\s(?:spikes?|peaks?|surges?|bursts?|jumps?)\s"
    r"(?:up\s)?(?:to\s|by\s|at\s|up to\s)?"
    # ("average is 40k tokens a minute but the evening peak runs three times that": the peak against the average)
    r"|\bpeaks?\s(?:runs?|is|hits?|reaches|comes in at|sits at|goes to)\s)"
    r"(?:about\s|around\s|roughly\s|maybe\s|~)?(?P<a>" + NUMBER
    + r")\s?(?:x|×|times)(?![\w-])(?!\s(?:bigger|larger|longer|more tokens|the (?:size|tokens)))"
)


_AMOUNT = r"~?\$\s?(?P<a>" + NUMBER + r")(?:\s?(?P<a_scale>k|mm|mn|m|mil|million)\b)?"
# A procurement note's lines: "Commitment value: $480,000", "Forecast on-demand-equivalent consumption (12 mo):
# $300,000" (both over the commitment's term), "Discount vs on-demand list: 32%", "Expected utilisation: 70%".
COMMITMENT_VALUE = screened(
    r"\b(?:commit(?:ment)?|reservation|reserved capacity|provisioned commitment)\s"
    r"(?:value|amount|total|size|cost|price|"
    r"spend)\b[^:\n$%]{0,30}?(?:\s?[:=]|\s(?:is|of|at|=))\s?" + _AMOUNT
)
# "$1.1M/yr", "$40k a month": the period an amount is stated over, right after it
_AMOUNT_PERIOD = screened(r"\s?(?:/|a |an |per |each |every )\s?(?P<period>"
                          + "|".join(sorted(PERIOD_WORDS, key=len, reverse=True)) + r")\b")
CONSUMPTION_VALUE = screened(
    r"\b(?:forecast(?:ed)?|estimated|expected|projected|planned|likely)\s(?:[\w-]+\s){0,2}?"
    r"on[- ]demand(?:[- ]equivalent)?"
    r"\s(?:consumption|usage|use|spend|cost|value)\b[^:\n$%]{0,30}?(?:\s?[:=]|\s(?:is|of|at|=))\s?" + _AMOUNT
)
NOTE_PERCENT = {
    "discount": screened(r"(?m)(?:^|(?<=[.;]) )[ \t*•-]*(?:[\w-]+ )?discount\b[^:\n\d%]{0,40}:\s?~?(?P<a>" + NUMBER
                         + r")\s?(?:%|percent\b)"),
    "utilization": screened(r"(?m)(?:^|(?<=[.;]) )[ \t*•-]*(?:[\w-]+ )?(?:utili[sz]ation|util|usage)\b"
                            r"[^:\n\d%]{0,30}:\s?~?(?P<a>"
                            + NUMBER + r")\s?(?:%|percent\b)"),
}


# "last quarter their on-demand bill was $126k", "last month, the PAYG spend came to $48k": an on-demand bill with the
# period it covered said first.
_LAST_PERIOD = {"week": "week", "month": "month", "quarter": "quarter", "year": "year"}
ON_DEMAND_LAST_PERIOD = screened(
    r"\b(?:last|this|previous|past|the last|in the last|over the last)\s(?P<period>week|month|quarter|year)\b,?\s"
    r"(?:(?:their|the|our|its)\s)?(?:on[- ]demand|\bod\b|payg|pay[- ]as[- ]you[- ]go)\s"
    r"(?:bill|spend|spending|cost|costs|invoice)"
    r"(?:\s(?:was|is|came to|ran|ran to|totall?ed|of|at|about|around|roughly|~|:|=))*\s?[:=]?\s?" + _AMOUNT
)


# "their on-demand invoice for the same traffic last month was $45,625", "the PAYG bill last quarter came to $126k":
# the period it covered said after the bill's name.
ON_DEMAND_BILL_THEN_PERIOD = screened(
    r"\b(?:on[- ]demand|\bod\b|payg|pay[- ]as[- ]you[- ]go)\s(?:bill|spend|spending|cost|costs|invoice)"
    r"(?:\s(?:for|on|of)\s(?:[a-z']+\s){0,2}?(?:traffic|usage|workload|load|tokens|volume))?"
    # ("last (30-day) month": the period's length in brackets before its name)
    r"\s(?:last|this|previous|past|for the last|over the last)\s(?:\([^()\n]{1,20}\)\s)?"
    r"(?P<period>week|month|quarter|year)\b"
    r"(?:\s(?:was|is|came to|ran|ran to|totall?ed|of|at|about|around|roughly|~|:|=))*\s?[:=]?\s?" + _AMOUNT
)


def read_notes(scanner: Scanner) -> None:
    """The stage run before spends are read: a commitment's value and the on-demand consumption forecast for its term,
    as a procurement note states them; an on-demand bill after the period it covered."""
    work = scanner.work
    if "$" in work and ("last" in work or "previous" in work or "past" in work):
        for pattern in (ON_DEMAND_LAST_PERIOD, ON_DEMAND_BILL_THEN_PERIOD):
            for m in scanner._matches(pattern):
                value = to_decimal(m.group("a"), m.group("a_scale"))
                if value is not None:
                    scanner.found.add("on_demand_spend", value)
                    scanner.found.spend_periods["on_demand_spend"] = _LAST_PERIOD[m.group("period")]
        work = scanner.work
    if "$" not in work or ("commit" not in work and "reserv" not in work):
        return
    periods_said: list[tuple[int, int]] = []
    for name, pattern in (("commitment_value", COMMITMENT_VALUE), ("consumption_value", CONSUMPTION_VALUE)):
        for m in scanner._matches(pattern):
            value = to_decimal(m.group("a"), m.group("a_scale"))
            rate = _AMOUNT_PERIOD.match(scanner.work, m.end())
            if value is not None and name == "consumption_value" and rate and not scanner.found.values.get(
                    "commitment_value"):
                # "projected on-demand spend for the same traffic is $1.1M/yr" beside units at a unit-hour price: an
                # on-demand spend over the period it names, not a total over a commitment's term
                scanner.found.add("on_demand_spend", value)
                scanner.found.spend_periods["on_demand_spend"] = PERIOD_WORDS[rate.group("period")]
                periods_said.append((m.end(), rate.end()))
            elif value is not None:
                scanner.found.add(name, value)
    for start, end in periods_said:  # blanked once the amounts before them are
        scanner._consume(start, end)
    scanner._blank()


def read(scanner: Scanner) -> None:
    """The stage run before percentages are labelled: markups named with their cloud, savings the buyer wants, a
    peak said as a multiple of the usual load."""
    if not scanner.found.values.get("peak_to_average") and any(
            word in scanner.work for word in ("spike", "peak", "surge", "burst", "jump")):
        for m in scanner._matches(PEAK_MULTIPLE):
            value = to_decimal(m.group("a"))
            if value is not None and value >= 1:
                scanner.found.add("peak_to_average", value)
    work = scanner.work
    if "%" not in work and "percent" not in work and "per cent" not in work:
        return
    if ":" in work:
        for name, pattern in NOTE_PERCENT.items():
            for m in scanner._matches(pattern):
                value = to_decimal(m.group("a"))
                if value is not None:
                    scanner.found.add(name, value / 100)
        work = scanner.work
    if "direct" in work and any(w in work for w in ("cheaper", "less", "lower")):
        for m in scanner._matches(DIRECT_CHEAPER):
            value = to_decimal(m.group("a"))
            if value is not None and 0 < value < 100:
                scanner.found.add("direct_cheaper_by", value / 100)
        work = scanner.work
    if "(" in work and _EA_NAMED.search(work):
        for m in scanner._matches(EA_IN_BRACKETS):
            value = to_decimal(m.group("a"))
            if value is not None and value < 100:
                scanner.found.add("ea_discount", value / 100)
    if any(word in work for word in ("markup", "mark-up", "premium", "uplift", "more", "dearer", "pricier", "extra",
                                     "higher", "delta", "difference", "gap")):
        for pattern in (MARKUP_NAMED, *MARKUP_SAID, MARKUP_IS_THE_FULL):
            for m in scanner._matches(pattern):
                value = to_decimal(m.group("a"))
                if value is not None:
                    scanner.found.add("markup", value / 100)
    if " to " in scanner.work and _EA_NAMED.search(scanner.text):
        for m in list(EA_MAY_GO_TO.finditer(scanner.work))[:50]:  # as many as the scanner reads of a pattern
            value = to_decimal(m.group("a"))
            if value is not None:
                scanner.found.ea_changed_to.append(value / 100)
                scanner._consume(m.start("a"), m.end())  # the EA said first is read with the others
        scanner._blank()
        for m in list(EA_CHANGED_TO.finditer(scanner.work))[:50]:
            for each in _with_more(scanner.work, m):  # "gets the EA to 20%? To 25%?"
                value = to_decimal(each.group("a"))
                if value is not None:
                    scanner.found.ea_changed_to.append(value / 100)
                scanner._consume(each.start() if each is m else each.start("a"), each.end())
        scanner._blank()
    if _EA_NAMED.search(scanner.text) and "%" in scanner.work:
        _ea_what_ifs(scanner)
    if any(word in scanner.work for word in ("sav", "reduction", "cut", "cheaper", "lower", "off")):
        for pattern in TARGET_SAVING_SAID:
            for m in scanner._matches(pattern):
                value = to_decimal(m.group("a") or m.groupdict().get("b") or "")
                if value is not None and 0 < value < 100:
                    scanner.found.add("target_saving", value / 100)
                    at = to_decimal(m.groupdict().get("u") or "")
                    if at is not None and 0 < at <= 100:
                        scanner.found.add("utilization", tidy(at / 100))  # the utilization the saving is claimed at


# "what's the highest peak-to-average before provisioned loses?", "how far can they over-provision?", "max PAR if they
# size for peak?": the peak-to-average ratio at which capacity sized for peak breaks even.
MAX_PAR_ASKED = screened(
    r"\b(?:max(?:imum)?|highest|largest|biggest|greatest|most|upper (?:limit|bound)|ceiling|worst|"
    r"how (?:high|big|large|peaky|spiky|bursty))\b[^.?!;\d]{0,30}?"
    r"(?:peak[- ]to[- ]average|peak[- ]to[- ]avg|peak\s?:\s?(?:avg|average)|\bpar\b|"
    r"peak(?:iness|[- ]ratio))|"
    r"\bhow (?:far|much) can (?:they|we|you|the (?:customer|buyer|client)) over-?\s?provision\b|"
    r"\bhow (?:peaky|spiky|bursty|uneven) can (?:the )?(?:load|traffic|usage|demand|workload|it|they) (?:be|get)\b|"
    r"(?:peak[- ]to[- ]average|\bpar\b)(?: ratio)?\b[^.?!;\d]{0,40}?\b(?:before (?:it|provisioned|the commitment|"
    r"ptus?|that|they) (?:stops? paying|loses?|stops? (?:making sense|being worth it)|costs? more|"
    r"is (?:worse|dearer|more expensive))|can (?:they|we|it) (?:tolerate|handle|live with|afford|stand)|"
    r"still (?:breaks? even|pays?|wins?))"
)

# "how much list markup can a 30% EA discount absorb?", "what's the most markup before they pay more than direct?": the
# list markup the EA discount cancels exactly.
MARKUP_ABSORBED_ASKED = screened(
    r"\bhow (?:much|big|large|high)(?: (?:a|of a|list|hyperscaler|cloud))*\s(?:mark-?up|premium|uplift)\b|"
    r"\b(?:max(?:imum)?|highest|largest|biggest|most)(?: (?:list|hyperscaler|cloud))?\s(?:mark-?up|premium|uplift)\b|"
    r"\b(?:mark-?up|premium|uplift)\b[^.?!;\d]{0,40}?\b(?:absorb|cancel|offset|cover|wipe out)|"
    r"\b(?:absorb|cancel|offset|cover|wipe out)s?\b[^.?!;\d]{0,30}?\b(?:mark-?up|premium|uplift)\b[^.?!;]{0,40}?"
    r"\bbefore\b"
)

# "on-demand for the full committed capacity would be $50k a month", "if they pushed that capacity to 100% on-demand",
# "at full use the same capacity would cost $40k on-demand": the on-demand figure is the whole capacity's, not the
# traffic actually served.
FULL_CAPACITY_ON_DEMAND = screened(
    r"\b(?:on[- ]demand|\bod\b|payg|list)\b[^.?!;]{0,40}?\b(?:for|of) (?:the |their |all the |all of the )?"
    r"(?:full|whole|entire|total) (?:committed |reserved |provisioned )?(?:capacity|commitment|reservation)\b"
    r"(?!\s(?:period|term|length|window|contract|year|month))|"
    r"\b(?:full|whole|entire) (?:committed |reserved |provisioned )?(?:capacity|commitment|reservation)\b"
    r"(?!\s(?:period|term|length|window|contract|year|month))[^.?!;]{0,40}?"
    r"\b(?:on[- ]demand|\bod\b|payg)\b|"
    r"\b(?:pushed|ran|run|used|use|filled|fill|maxed|loaded)(?: out)? (?:that |the |this |all )?(?:same )?"
    r"(?:capacity |commitment |reservation )?(?:to|at) (?:100|a hundred) ?(?:%|percent)[^.?!;]{0,60}?"
    r"\b(?:on[- ]demand|\bod\b|payg)\b|"
    # "the reserved capacity would be worth $52,000 a month at on-demand rates", "capacity they would reserve is worth
    # USD 100,000/month if every token of it were bought on-demand": its worth is its full use on-demand
    r"\b(?:capacity|reservation|commit(?:ment)?|committing)\b(?:[^.?!;\n$\d]|\.\d){0,40}?"
    r"\bworth (?:about |around |roughly |~)?"
    r"(?:\$|usd|us\$|eur|€)\s?\d(?:[^.?!;\n]|\.\d){0,80}?\b(?:on[- ]demand|od|payg|at full (?:use|load|utili[sz]ation)|"
    r"fully used|if used (?:24/7|fully|in full))\b|"
    # "commit $30k a month worth $50k on-demand", "committing $12k/mo, worth $20k/mo at OD": the commitment's own price
    # then its worth on-demand, which is the whole capacity's
    r"\bcommit(?:ment|ting)?\b[^.?!;\n]{0,40}?\bworth (?:about |around |roughly |~)?(?:\$|usd|us\$)\s?\d[\d,.]{0,15}"
    r"(?:k|m)?(?:\s?(?:a|an|per|/)\s?(?:month|mo|quarter|qtr|year|yr|week|wk))? (?:at |of |in )?(?:list )?"
    r"(?:on[- ]demand|od|payg)\b|"
    # "OD-equivalent value of the reserved capacity is $150k/yr", "the on-demand value of that capacity: $60k a month"
    r"\b(?:on[- ]demand|od|payg)[- ](?:equivalent |equiv |list )?(?:value|worth|price|cost) of "
    r"(?:the |that |this |their )?"
    r"(?:(?:reserved|committed|provisioned|whole|full|entire) )?(?:capacity|reservation|commit(?:ment)?)\b|"
    # "which corresponds to $100,000 of on-demand usage at full utilization": on-demand at full use of the capacity
    r"\$\s?\d[\d,.]{0,15}(?:k|m)?(?:\s?(?:a|an|per|/)\s?(?:month|mo|quarter|qtr|year|yr|week|wk))? "
    r"(?:of|in|worth of) (?:on[- ]demand|od|payg) (?:usage|use|spend|tokens|value|cost)s? "
    r"at (?:full|100 ?%) (?:use|usage|load|utili[sz]ation|capacity)\b"
)


# "what does the hyperscaler markup actually buy a customer?", "what do they get for the Bedrock premium?": what a named
# thing pays for, asked without figures: the glossary entry that says so.
WHAT_IT_BUYS = screened(
    r"\bwhat (?:does|do|would|will) (?:the |a |that |this |their |our )?(?:[\w-]+ ){0,2}?(?:mark-?up|premium|uplift|"
    r"hyperscaler tier|hyperscaler price)s? (?:actually |really |even |exactly )?"
    r"(?:buy|get|give|include|cover|pay for)\b|"
    r"\bwhat (?:do|does|would) (?:we|they|you|customers?|buyers?|the (?:customer|buyer|client)) (?:actually |really )?"
    r"(?:get|buy|pay) for (?:the |a |that |this |their )?(?:[\w-]+ ){0,2}?(?:mark-?up|premium|uplift)\b|"
    # "hyperscaler markup: what does the customer actually get for it?": the markup named first, then what it buys
    r"\b(?:mark-?up|premium|uplift)\s?[:,\-—–]\s?(?:so )?what (?:do|does|would|will) (?:we|they|you|customers?|buyers?|"
    r"the (?:customer|buyer|client)) (?:actually |really )?(?:get|buy|pay) for (?:it|that|this)\b|"
    r"\bwhat(?:'s| is| are|s| s) (?:the |a |that |this |their )?(?:[\w-]+ ){0,2}?(?:mark-?up|premium|uplift) "
    r"(?:actually |really )?"
    r"(?:for|paying for|buying)\b|"
    # "hyperscaler markup - what does it actually buy the cust", "the bedrock premium; what does that get them?": the
    # markup named, then what "it" buys
    r"\b(?:mark-?up|premium|uplift)\s?[:,;\-—–]?\s?(?:so |and |but )?what (?:does|do|would|will) (?:it|that|this) "
    r"(?:actually |really |even |exactly )?(?:buy|get|give|include|cover|pay for)\b"
)


def asked(pattern: Regex, text: str) -> bool:
    """Whether ``pattern`` (written for normalized text) occurs in the ask as typed."""
    return pattern.search(normalize(text)) is not None


# Provisioned units with an hourly price: "10 units x $1.20/hr", "2 PTUs at $2.50 per unit-hour".
_CAPACITY_CONTEXT = screened(r"\b(?:units?|ptus?|model units?)\b(?:[^.;\n]|\.\d){0,40}?(?:/\s?(?:hr|hour|h)\b|"
                             r"(?:per|an|a|each)\s(?:unit[- ])?(?:hour|hr)\b|unit[- ]hours?\b)")
# The span provisioned units are billed over, said as a month's hours or days: "for a 730-hour month", "720h month",
# "for 30 days", "30 days." (a month of 28 to 31 days; its hours are the units' billed hours).
BILLING_SPAN = (
    screened(r"(?:(?:for|over|across|in|on)\s(?:a\s|the\s|one\s)?)?(?<![\w.$:/])(?P<h>\d{3})\s?-?\s?"
             r"(?:hours?|hrs?|h)\s(?:billing\s)?month\b"),
    screened(r"(?:(?:for|over|across|during|in)\s(?:a\s|the\s|one\s)?(?:same\s)?)?(?<![\w.$:/-])"
             r"(?P<d>2[89]|3[01])\s?-?\s?(?:days?|d)\b(?!\s?(?:a|per|/|each|every|in a)\s?(?:month|mo)\b)"
             r"(?:\s(?:month|period|window))?"),
)


_PER_M = r"(?:\s?(?:/|per|a)\s?(?:1\s?|one )?(?:m|mtok|million)\b(?:\s?tokens?)?)?"
# "direct pricing $3 in / $15 out", "direct is $3/$15": the direct input and output rates named before the pair, in an
# ask about a hyperscaler's price (a hyperscaler's own pair may follow: "Bedrock lists it at $3.60 / $18").
DIRECT_PAIR_BEFORE = screened(
    r"\b(?:direct|first[- ]party)(?:\s(?:api|pricing|prices?|rates?|list(?: prices?)?|is|are|at|of|costs?))*"
    r"\s?[:=]?\s?~?"
    r"\$\s?(?P<a>" + NUMBER + r")" + _PER_M + r"(?:\s(?:in|input))?\s?(?:/|and|,|&)\s?\$\s?(?P<b>" + NUMBER + r")"
    + _PER_M + r"(?:\s(?:out|output))?(?![\d.,]|\s?(?:/|per|a)\s?(?:call|request|hour|hr|day|month))"
)
_HYPERSCALER_ASK = screened(r"\b(?:azure|bedrock|vertex|aws|gcp|hyperscalers?|mark-?up|ea|edp|macc)\b")


# "quarterly direct-equivalent is $180k", "annual direct-equivalent spend ~$1.2M", "monthly direct bill: $40k": a direct
# spend with its period said first. "Q3 direct-equivalent is $210k": a quarter named is the quarter's spend.
# "annual direct spend would be 240k": with the period and the spend named, an amount with its scale is dollars.
_PERIOD_FIRST = {"daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter", "annual": "year",
                 "annually": "year", "yearly": "year"}
_QUARTER_NAMED = screened(r"(?<![\w-])q[1-4]\b")
# what a spend is called after the route it is on: "direct bill", "direct quote", "direct invoice"
SPEND_NOUN = r"spend|spending|bill|cost|costs|usage|run[- ]rate|quote|quoted price|invoice|total"
DIRECT_SPEND_PERIOD_FIRST = screened(
    r"(?:\b(?P<period>" + "|".join(_PERIOD_FIRST) + r")|(?<![\w-])(?P<quarter>q[1-4])(?:\s'?\d{2,4})?)"
    r"\s(?:(?:their|the|our|current)\s)?"
    r"direct(?:[- ](?:equiv(?:alent)?|list|api))?(?:[- ]equiv(?:alent)?)?"
    r"(?:\s(?:api\s)?(?:" + SPEND_NOUN + r"))?"
    # ("annual direct-API equivalent for Lumen Retail's workload is ~$250,000": whose workload, between)
    r"(?:\sfor\s(?:[\w'’-]{1,20}\s){0,4}?(?:workload|account|deal|customer|usage|traffic))?"
    r"(?:\s(?:is|was|of|at|about|around|roughly|would be|will be|comes to|came to|~|:|=))*"
    r"\s?[:=]?\s?~?(?:\$\s?(?P<a>" + NUMBER + r")(?:\s?(?P<a_scale>k|mm|mn|m|mil|million)\b)?|"
    r"(?P<c>" + NUMBER + r")\s?(?P<c_scale>k|mm|mn|m|mil|million)\b(?!\s?(?:tokens?|calls?|requests?)\b))"
    r"(?!\s?(?:/|a|an|per)\s?(?:m\b|million|mtok|tokens?|calls?|requests?))"
)

# "direct monthly is $7,500", "Direct-equivalent annual spend: US$600,000", "direct bill would be 18k/mo": a direct
# spend named first, its period said right after "direct" or after the amount; without a currency sign an amount with
# its scale is dollars only where a spend word or a period adjective names it as money.
_PERIOD_AFTER = "|".join(sorted(PERIOD_WORDS, key=len, reverse=True))
DIRECT_SPEND_NAMED = screened(
    # ("direct_api_monthly_equiv: $40,000": the API, the period and "equivalent" in either order)
    # ("direct-rate spend would be around 0.25m a year": the spend at direct rates)
    r"\bdirect(?:[- ](?:equiv(?:alent)?|list|api|rates?|price|pricing))?(?:\s(?P<period>" + "|".join(_PERIOD_FIRST)
    + r"))?"
    # ("direct_api_equivalent_annual = $1.2M": the period after "equivalent")
    r"(?:[- ]equiv(?:alent)?(?:\s(?P<period2>" + "|".join(_PERIOD_FIRST) + r"))?)?(?:\s(?:api\s)?(?P<noun>"
    + SPEND_NOUN + r"))?"
    r"(?:\s(?:is|was|would be|will be|comes to|came to|of|at|about|around|roughly|~)|'(?:d|ll) be|\s?[:=])*+"
    r"\s?~?(?:(?:us)?\$\s?(?P<a>" + NUMBER + r")(?:\s?(?P<a_scale>k|mm|mn|m|mil|million)\b)?|"
    r"(?<![\w.$,])(?P<c>" + NUMBER + r")\s?(?P<c_scale>k|mm|mn|m|mil|million)\b)"
    r"(?:\s?(?:/|a |an |per )\s?(?P<after>" + _PERIOD_AFTER + r")\b)?"
    r"(?!\s?(?:/|a |an |per )?\s?(?:m\b|million|mtok|tokens?|calls?|requests?|reqs?))"
)


# the verb that links direct to its amount (kept out of the pattern: a group captured inside a possessive repeat trips
# the regex engine)
_LINKED = screened(r"\b(?:is|was|would be|will be|comes to|came to)\b|'(?:d|ll) be\b")


def _direct_spend_named(scanner: Scanner) -> None:
    """ "direct monthly is $7,500", "direct bill would be 18k/mo", "direct api bill'd be 40k a month": the direct spend
    and its period, each said once."""
    for m in list(DIRECT_SPEND_NAMED.finditer(scanner.work))[:50]:  # as many as the scanner reads of a pattern
        period = (_PERIOD_FIRST.get(m.group("period") or m.group("period2") or "")
                  or PERIOD_WORDS.get(m.group("after") or ""))
        bare = m.group("c") is not None
        # (a bare amount is money after a spend's noun or period, or linked to direct by a verb: "direct equiv is 18k
        # a month")
        if period is None or (bare and not (m.group("noun") or m.group("period") or m.group("period2")
                                            or _LINKED.search(m.group(0)))):
            continue
        value = (to_decimal(m.group("c"), m.group("c_scale")) if bare
                 else to_decimal(m.group("a"), m.group("a_scale")))
        if value is not None and value > 0:
            scanner.found.add("direct_spend", value)
            scanner.found.spend_periods["direct_spend"] = period
            scanner._consume(m.start(), m.end())
    scanner._blank()


# "1.25 direct in, 5.00 direct out, 1.50 vertex in, 6.00 vertex out" (a sheet's row with columns direct_in ...
# vertex_out, as the table readers write it): each figure and the side and route its column names.
SIDED_ROUTE_RATE = screened(
    r"(?<![\w.$,])\$?(?P<a>" + NUMBER + r")\s(?P<route>direct|azure|bedrock|vertex|aws|gcp|hyperscaler)"
    r"[ _](?P<side>in|input|out|output)\b(?!\s?(?:tokens?|tok)\b)")
_SIDED_FIELDS = {("direct", "in"): "direct_rate", ("direct", "out"): "direct_output_rate",
                 ("hosted", "in"): "input_rate", ("hosted", "out"): "output_rate"}


def _sided_route_rates(scanner: Scanner) -> None:
    """ "1.25 direct in, 1.50 vertex in": the direct and hyperscaler rates a sheet lists by route and side, read only
    when both routes' input rates are there (the list markup is the one over the other)."""
    found = list(SIDED_ROUTE_RATE.finditer(scanner.work))[:8]
    keys = [("direct" if m.group("route") == "direct" else "hosted", m.group("side")[:2].replace("ou", "out"))
            for m in found]
    if ("direct", "in") not in keys or ("hosted", "in") not in keys or len(set(keys)) != len(keys):
        return
    for m, key in zip(found, keys, strict=True):
        value = to_decimal(m.group("a"))
        if value is not None and value > 0:
            scanner.found.add(_SIDED_FIELDS[key], value)
            scanner._consume(m.start(), m.end())
    scanner._blank()


def read_early(scanner: Scanner) -> None:
    """The stage run before rates and spends are read: the direct pair of a hyperscaler ask, a direct spend with its
    period said first, the billing span."""
    work = scanner.work
    if "direct" in work and (any(word in work for word in _PERIOD_FIRST) or _QUARTER_NAMED.search(work)):
        for m in scanner._matches(DIRECT_SPEND_PERIOD_FIRST):
            value = (to_decimal(m.group("a"), m.group("a_scale")) if m.group("a")
                     else to_decimal(m.group("c"), m.group("c_scale")))
            if value is not None:
                scanner.found.add("direct_spend", value)
                scanner.found.spend_periods["direct_spend"] = (
                    "quarter" if m.group("quarter") else _PERIOD_FIRST[m.group("period")])
    if "direct" in scanner.work and _HYPERSCALER_ASK.search(scanner.work):
        _direct_spend_named(scanner)
        _sided_route_rates(scanner)
    work = scanner.work
    if "direct" in work and "$" in work and _HYPERSCALER_ASK.search(work):
        for m in scanner._matches(DIRECT_PAIR_BEFORE):
            a, b = to_decimal(m.group("a")), to_decimal(m.group("b"))
            if a is not None and b is not None:
                scanner.found.add("direct_rate", a)
                scanner.found.add("direct_output_rate", b)
    read_billing_span(scanner)


def read_billing_span(scanner: Scanner) -> None:
    """The hours provisioned units are billed over, when the ask states them as a month of hours or days beside
    units priced by the hour ("10 units x $1.20/hr, 30 days"): read as the month's hours, so an on-demand amount
    stated for the same span is set against the units over those hours."""
    work = scanner.work
    if ("month" not in work and "day" not in work) or not _CAPACITY_CONTEXT.search(work):
        return
    for pattern in BILLING_SPAN:
        for m in scanner._matches(pattern):
            groups = m.groupdict()
            hours = Decimal(groups["h"]) if groups.get("h") else Decimal(groups["d"]) * 24
            if 600 <= hours <= 744:
                scanner.found.add("hours_per_month", hours)


# Which structure to put the customer on, asked in a rep's words: "what's the right setup?", "what do we sell them?",
# "how should we set them up?", "what's the right deal for them?".
STRUCTURE_IN_WORDS = screened(
    # (a model alone is which LLM, not which structure: "what's the best model for summaries?")
    r"\bwhat(?:'s| is|s| s| would be) (?:the |our |their )?(?:right|best|ideal|correct|sensible|smart) "
    r"(?:(?:commercial |pricing |billing |deal )?(?:set-?\s?up|arrangement|shape|answer|deal|package|option)|"
    r"(?:commercial|pricing|billing|deal) model)\b|"
    r"\b(?:what|which) (?:set-?\s?up|arrangement|package)\b|"
    r"\bhow (?:should|would|do|can) (?:we|i|you) (?:set (?:them|this|it|the (?:customer|buyer|client|account)) up|"
    r"structure (?:the|this|their) (?:deal|contract|pricing|agreement))\b|"
    r"\bwhat (?:do|should|would|can|shall) (?:we|i|you) (?:sell|offer|sign) (?:them|him|her|it|this|"
    r"the (?:customer|buyer|client|account))\b|"
    r"\bwhat (?:should|would|do) (?:they|the (?:customer|buyer|client)) (?:sign (?:up )?for|buy|go for)\b"
)
# "what do I tell them?", "what should I tell the customer?": the structure to recommend, when no commitment figures
# (a utilization, a spend, units) make it a break-even question.
WHAT_TO_TELL = screened(
    r"\bwhat (?:do|should|would|shall|can) (?:we|i) (?:tell|say to|advise|recommend to) "
    r"(?:them|him|her|the (?:customer|"
    r"buyer|client|cfo|cto|team|account|prospect)|procurement|finance)\b|"
    r"\bhow (?:do|should) (?:we|i) (?:advise|steer) (?:them|him|her|the (?:customer|buyer|client))\b|"
    # "procurement asks 'why not direct?' - what do we say": the answer to give, as a question of its own
    r"\bwhat (?:do|should|would|shall|can) (?:we|i) say\s?(?:to (?:that|this|it|them))?\s?[?.!]*\s*$"
)
# A figure asked for, which one structure's arithmetic answers: "how much will it knock off", "what's the saving".
FIGURE_ASKED = screened(
    # ("at what sustained utilisation does it stop costing more?": the break-even figure, asked by its input)
    r"\bat what (?:sustained |average |steady )?(?:utili[sz]ation|util|usage|load|hit rate|call size|volume)\b|"
    # ("what sustained utilization do they have to clear", "where do they land against on-demand at 60%?")
    r"\bwhat (?:sustained |average |steady |minimum |min )?(?:utili[sz]ation|util|usage|load)(?: level| rate)? "
    r"(?:do|does|would|will|must|should|is|has)\b|"
    r"\bwhere (?:do|does|would|will) (?:they|we|it|you|the (?:customer|buyer|deal)) (?:land|end up|come out|sit)\b|"
    # ("where's the break-even utilization", "where does break-even sit?")
    r"\bwhere(?:'s| is|s| does| do| would| will)? (?:the |their |our |that )?break[- ]?even\b|"
    # ("procurement is asking what the markup really comes to once the EA is applied": the figure, asked in passing)
    r"\bwhat (?:the |their )?(?:effective |real )?(?:markup|premium|uplift|saving|savings|bill|spend)"
    r" (?:really |actually |then )?(?:comes? to|works? out (?:to|at)|ends? up (?:at|being))\b|"
    r"\bhow much\b|\bwhat(?:'s| is|s| s| would| will) (?:the |their |our |that )?(?:saving|savings|cost|bill|spend|"
    r"break[- ]?even|number|figure|difference|price)\b|\bknock (?:off|down)\b|\bby how much\b|"
    # "what's a single hit worth?", "what caching netted us": a value asked, never a meaning
    r"\bworth\s?(?:\?|$|to (?:them|us|the customer))|\bnet(?:ted|s)? (?:us|them|you|the (?:customer|buyer|account))\b|"
    # "a rough monthly number", "ballpark monthly?", "what would the month cost?": a spend asked for, which a quote
    # answers ("what would I tell them?" then asks what to say about that figure)
    r"\b(?:rough|roughly|ballpark|ball-park|round|quick|indicative|back[- ]of[- ](?:the[- ])?envelope)\b"
    r"[^.?!\n]{0,20}?\b(?:number|figure|estimate|cost|price|total|bill|spend|budget|quote|monthly|per month|"
    r"a month)\b|\bballpark\b|"
    r"\b(?:monthly|daily|weekly|annual|yearly|per[- ]month|a month|per[- ]day|a day) (?:number|figure|cost|bill|spend|"
    r"total|estimate|budget|run[- ]rate)\b|"
    r"\bwhat (?:would|will|does|do|should) (?:it|this|that|they|the (?:month|bill|workload|deal)) (?:cost|come to|"
    r"run (?:them|to|at)|total)\b|\bthe (?:month|bill|workload) (?:costs?|comes? to|runs? to)\b|"
    # "they asked what the markup is", "tell me what the saving would be": a figure asked indirectly
    r"\bwhat (?:the |their |our )?(?:effective |real |actual |monthly |daily )?(?:mark-?up|premium|uplift|saving|"
    r"savings|cost|bill|spend|break[- ]?even|price)s? (?:is|are|would be|will be|comes? to)\b|"
    # "what's input vs output per month", "what the year looks like": the sides' costs or a period's cost asked
    r"\bwhat(?:'s| is|s)? (?:the )?input (?:vs\.?|versus|and) output\b|"
    r"\bwhat (?:the |their )?(?:year|month|quarter|week) (?:looks? like|comes? to|costs?)\b|"
    # ("what should I tell finance the quarter costs", "split by input and output", "input and output separately": a
    # period's cost asked, its sides apart)
    r"\bthe (?:year|month|quarter|week) (?:costs?|comes? to|will cost|would cost)\b|"
    r"\b(?:split|broken (?:out|down)|break(?:ing)? (?:it )?(?:out|down)) (?:by|into) input and output\b|"
    r"\binput and output (?:separately|split out|broken out|apart)\b"
)


# "60 units half the day, 20 the other half", "100k TPM for a third of the day": a load profile's hours said as a
# share of the day (so "the other half" is never read as a 50% utilization).
_DAY_SHARE_HOURS = {"half": "12", "third": "8", "quarter": "6", "two thirds": "16", "three quarters": "18"}
DAY_SHARE = screened(
    r"\b(?P<pre>for |during |over )?(?:a |one )?(?P<share>half|third|quarter|two thirds|three quarters) (?:of )?"
    r"the day\b|"
    r"\bthe other (?P<other>half|third|quarter|two thirds|three quarters)(?: of the day)?\b"
    r"(?!\s?(?:of|off|price|the price))"
)
_LOAD_CONTEXT = screened(r"\b(?:units?|ptus?|tpm|rpm|rps|qps|tps)\b")


def day_shares(text: str) -> str:
    """A load profile's shares of the day written as hours ("half the day" -> "12 hours"), in an ask about loads."""
    if ("the day" not in text and "the other" not in text) or not _LOAD_CONTEXT.search(text):
        return text

    def hours(m: re.Match[str]) -> str:
        if m.group("other"):
            return f"the other {_DAY_SHARE_HOURS[m.group('other')]} hours"
        return f"{m.group('pre') or 'for '}{_DAY_SHARE_HOURS[m.group('share')]} hours"

    return DAY_SHARE.sub(hours, text)
