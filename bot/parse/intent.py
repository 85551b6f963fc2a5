"""Which question an ask is: keyword evidence plus the fields found, scored per intent."""

from __future__ import annotations

import re

from bot.parse import deal_terms
from bot.parse.extract import LARGEST_PROMPT, Found
from bot.parse.models import Intent
from bot.parse.prescreen import Regex, screened
from bot.parse.traits import NO_REPEATED_CONTEXT

HELP = screened(
    r"^\s*(?:/?help|\?+|hi|hello|hey|yo|what can you do|what do you do|how do i use (?:you|this|pricebot)|usage|"
    r"commands|examples?|menu|start|hi pricebot|hello pricebot)\s*[?!.]*\s*$"
)
FIELDCHECK = screened(
    r"^\s*(?:(?:/?fieldcheck|field[- ]check|check(?: this| my wording| the wording| language)?|lint|proofread|"
    r"review(?: this| my wording)?)\s*[:\-]\s*|"
    r"(?:is it (?:ok|okay|fine|alright) (?:to|if i) say|can i say|should i say|may i say|could i say|"
    r"how (?:do|should|would) i (?:say|phrase|word)|is this (?:wording|phrasing|language) (?:ok|okay|fine|right)"
    r"|how does this (?:sound|read)|does this (?:wording|phrasing) work|is this field language ok(?:ay)?)"
    r"\s*[:?,]?\s*)(?P<rest>.+)$",
    re.DOTALL,
)
# "is 'this will save you 30-50%' ok to put in the deck?": the quoted wording is the text to check.
FIELDCHECK_QUOTED = screened(
    r"^\s*(?:is|would|could|can (?:we|i) (?:use|say|write)|may (?:we|i) (?:use|say|write))\s+"
    r"(?P<rest>[\"'`][^\"`\n]{3,300}[\"'`])\s+(?:be\s+)?(?:ok|okay|fine|alright|acceptable|allowed|safe|right|compliant)\b"
    r"[^\n]{0,80}$"
)
GLOSSARY = screened(
    r"^\s*(?:(?:hey|hi|ok|so|quick q|quick question)[,:!]?\s+)?(?:pricebot[,:]?\s+)?"
    r"(?:what(?:'s| is) meant by|what(?:'s| is| are|s| does| do)|whats|wats|wat(?:'s| is)|define|definition of|"
    # "wtf is a PTU", "what the heck is TTL", "what even is MTok": the same question, said the way people type it
    r"(?:wtf|wth|wot|what the (?:heck|hell|fuck|eff))(?:'s| is| are|s)|"
    r"what (?:even|exactly|actually|really) (?:is|are)|"
    r"explain|meaning of|"
    r"tell me about|glossary:?|"
    r"describe|remind me what|what do (?:you|we) mean by|what do people mean by|eli5:?|"
    r"/glossary)\s+"
    r"(?:the |a |an |our )?(?P<term>.+?)(?:\s+(?:thing|thingy|stuff|business|concept|idea|deal))?"
    r"(?:\s+(?:mean|means|stand for|again|exactly|is|are))?\s*[?.!]*\s*$"
)

KEYWORDS: dict[Intent, Regex] = {
    Intent.CACHING: screened(r"cach|\bttl\b|cache hits?|prefix|\bhits? save|saving per hit"),
    Intent.BREAK_EVEN: screened(
        r"\bptus?\b|provisioned|reserved (?:capacity|throughput|instances?)|"
        # ("EA committed-spend discount", "committed use discount": a cloud agreement's terms, not capacity)
        r"commit(?:ment|ted)?\b(?![- ](?:spend\b|use discount))|break[- ]?even|"
        r"utili[sz]|\butil\b|reservation|how much (?:provisioned |reserved |committed |dedicated |pt |ptu )?capacity|"
        r"\bpar\b|peak[- ]to[- ]average|\bb/e\b|"
        r"\bpeak\s?(?::|/)\s?(?:avg|average|mean)\b|"
        # ("each unit does 5M/hr, how many units do i quote": a count of capacity units asked)
        r"\bhow many (?:\w+ )?units\b"
    ),
    Intent.PER_CALL: screened(
        r"per[- ]call|an? (?:api )?call\b|per (?:request|invocation|transaction|run)|flat fee|per[- ]token vs|"
        # ("$0.003 apiece"; not "400 output tokens apiece": the size of each item)
        r"per[- ]transaction|each call|vs\.? per[- ]token|(?<!tokens )(?<!toks )apiece|"
        # "bills per workflow invocation rather than per token", "the per-invocation price": a fee per unit of work
        r"per[- ](?:[a-z]{3,12} )?(?:invocation|execution)s?\b|"
        r"per[- ]request (?:price|fee|rate|charge|pricing|plan|billing|model|deal|contract|offer)|"
        r"(?:rather than|instead of|not) (?:by the |per[- ]|by )token\b"
    ),
    Intent.MARKUP: screened(
        r"mark-?up|(?:above|over|vs\.?|versus|than) (?:going )?direct|\bea\b|enterprise agreement|hyperscaler|"
        r"paying (?:more|extra)|more (?:through|via|on) (?:azure|bedrock|vertex|aws|gcp)|direct (?:api|price|rate)s?|"
        r"list (?:price )?(?:is|runs)|premium|uplift|why (?:pay|are we paying|do we pay)|pay more"
    ),
    Intent.QUOTE: screened(
        r"\bbatch\b|priority tier|flex tier|"
        r"\bcosts?\b|quote|how much|\bprice\b|\bspend\b|\bbill\b|budget|estimate|what would .{0,60}?pay|per month|"
        r"monthly|a month|per day|daily|"
        # ("what's that per week?", "the quarterly number": a bill over another period)
        r"per week|weekly|per quarter|quarterly|per year|yearly|annual(?:ly|i[sz]ed)?|"
        # ("can I get the month broken out input vs output, plus the total?": the sides of a bill asked for)
        r"\bbroken (?:out|down)\b|\bbreak(?: it| that)? (?:out|down)\b|\bbreakdown\b"
    ),
    Intent.SCENARIO: screened(
        r"which (?:pricing|structure|option|model|plan|one)|what (?:pricing|structure|option)|recommend|"
        # ("what should I tell them?": how to put an answer, not which structure)
        r"should (?:we|they|i|the customer|he|she)(?! (?:tell|say|answer|reply|respond|explain|write|put)\b)|"
        r"best (?:fit|option|structure|approach|pricing)|advice|advise|"
        r"go with|makes? (?:more )?sense|right structure|right pricing|how should .{0,60}? (?:buy|price|structure)|"
        r"what do (?:i|we) pitch|what(?:'s| is) the play|options"
    ),
}


# "500 out per call" (a call's size), "per call / day / month?" (the periods asked for) and "cost per call" (the
# unit a cost is shown in) say nothing about a fee.
_NOT_A_FEE = screened(
    r"\b(?:in|out|input|output|tokens?|toks?|prompt|completion|back|context)\s(?:per|each|a|every)\s(?:call|request)\b|"
    r"\b(?:per|a|each) (?:call|request)(?=\s?(?:/|,|and|&|\+|or)\s?(?:per\s|a\s|each\s)?"
    r"(?:hour|day|week|month|year|daily|monthly)\b)|"
    r"\b(?:costs?|price|spend|bill) (?:per|a|each) call\b(?! fee)|"
    # "2k in / 500 out at $3/$15 - per call?": the unit a cost is asked in, at the end of the ask
    r"(?:^|[-—:,.;?]\s?)(?:and |or |what(?:'s| is) (?:it |that )?)?(?:the )?(?:cost )?(?:per|a|each) (?:call|request)"
    r"\s?\??\s?$"
)
# "each hit saves $0.0175", "saving per cache hit": a claim about prompt caching, whatever else is in the ask.
_HIT_SAVING = screened(
    r"\b(?:each|per|every|a|one) (?:cache )?hit (?:saves|is worth|knocks|cuts|takes)\b|"
    r"\bsav(?:es?|ings?|ing) (?:of )?\$?[\d.]+ (?:per|a|each|on every) (?:cache )?hit\b|"
    r"\bsavings? (?:per|a|each) (?:cache )?hit\b"
)


# "does the automatic caching even kick in?", "is a 900-token prompt long enough to cache?": whether caching applies
# at all is a caching question, whatever the ask's other figures.
_CACHES_AT_ALL = screened(
    r"\b(?:auto(?:matic)?[- ]?)?caching (?:\w+ )?(?:kick|kicks|kicked) in\b|\bautomatic(?:ally)? cach|"
    r"\bauto[- ]?cach|\blong enough (?:to|for) (?:be )?(?:cach|get cached)|\b(?:minimum|min\.?) (?:cacheable|cache|"
    r"for caching|to cache)\b|\b(?:eligible|qualify|qualifies) for (?:prompt )?caching\b")


# "the cache write ... costs", "write premium", "cache reads at": a cache price named in the ask.
_CACHE_PRICE_NAMED = screened(r"\bcache[- ]?(?:writes?|reads?|hits?|creation)\b|\bwrite premium\b")


# "the crossover call size?", "at what turn size does the flat price win?", "how big must prompts get": the
# tokens-per-call crossover, which only a per-call comparison answers.
CALL_SIZE_ASKED = screened(
    r"\bcross-?\s?over\b|\bbreak[- ]?even (?:call|prompt|request|turn) size\b|"
    r"\bat what (?:total |overall |combined )?(?:call|prompt|request|turn|message|query|conversation|ticket) "
    r"(?:size|length)\b|"
    # ("at what total size per call does Offer A come out cheaper?")
    r"\bat what (?:total |overall |combined )?(?:size|length) (?:per|of a|of each|for a) (?:call|prompt|request)\b|"
    r"\bhow (?:big|large|long) (?:must|do|would|should|can) (?:the )?(?:prompts|calls|requests|turns|messages)\b|"
    # "how big a claim would need to be before the partner's price wins", "how large does a call have to get"
    r"\bhow (?:big|large|long) (?:a |an |the )?(?:\w+ )?(?:would|must|does|do|should|has to|needs? to|have to)"
    r"(?: \w+){0,3}? (?:be|get|grow)\b|"
    # "how many tokens per call before the per-call plan stops being the cheaper option?", "at how many tokens a call
    # does the flat fee win?": the call size where the two meet
    # ("at how many total tokens per call do the two cost the same?")
    r"\b(?:how many|at how many|what number of|at what number of) (?:total )?tokens(?: (?:per|a|an|each|in a|in each) "
    r"(?:call|request|invocation|transaction|prompt))?\b[^.?!\n]{0,80}?\b(?:stops?|ceases?|no longer|isn'?t|is not|"
    r"wins?|beats?|cheaper|dearer|pricier|more expensive|breaks? even|flips?|tips?|equal|matches|worse|better|"
    r"(?:cost|costs|come out|comes out|are|is) (?:the )?same)\b"
)


# "what per-call fee would be cost-neutral?", "what flat price per call matches per-token?": the fee is asked for, so
# the per-call comparison is the question though no fee is given.
FEE_ASKED = screened(
    r"\bwhat (?:flat |per[- ]call |fixed )*(?:fee|price|charge|rate)(?: per (?:call|request))? (?:would|will|should|"
    r"do we need to|must) (?:\w+ ){0,2}?(?:be )?(?:cost[- ]neutral|break even|breaks? even|match(?:es)?|equal|"
    r"be the same)|"
    r"\bcost[- ]neutral (?:per[- ]call |flat )?(?:fee|price|charge)\b|"
    r"\b(?:break[- ]?even|equivalent|matching) (?:per[- ]call |flat )(?:fee|price|charge)\b"
)


# "what's that per month?", "what's that monthly?", "per day? per year?": a figure asked for over another period.
SPEND_RESTATED = screened(
    r"\bwhat(?:'s| is|s| s| does) (?:that|this|it)(?: \w+){0,3}? (?:(?:per|a|an|each|in a|over a) "
    r"(?:day|week|month|year)|monthly|daily|weekly|yearly|annually|annuali[sz]ed|come to)\b|"
    r"(?:^|[.!?;]\s?)(?:and )?(?:per|a) (?:day|week|month|year)\s?\?|"
    # "... -> monthly?", "... = annual?": the same spend asked over another period
    r"(?:->|=>|→|=)\s?(?:monthly|daily|weekly|yearly|annual(?:ly)?)\s?\?"
)
# "$420/day on tokens -> $12,600/mo right?", "so $31k a month?": the same spend, worked out by the rep over another
# period, to check
_AMOUNT_OVER = r"\$\s?[\d,.]+k?\s?(?:/|a |an |per )\s?(?:day|week|wk|month|mo|mth|year|yr)\b"
SPEND_CHECKED = screened(
    _AMOUNT_OVER + r"[^$\n]{0,30}?\s?(?:->|=>|→|=|\bso|\bthat'?s|\bwhich is|\bmakes)\s?(?:about |~)?" + _AMOUNT_OVER
)


# "the per-token alternative", "per-token option": the other side of a per-call comparison, named.
_PER_TOKEN_NAMED = screened(r"\bper[- ]token (?:alternative|option|price|pricing|rate|route|side|equivalent)\b|"
                            # "is that better than $3/$15 per token": the fee set against per-token
                            r"\b(?:better|cheaper|worse|dearer|pricier|more expensive) than\b[^.?!;]{0,30}?"
                            r"\bper[- ]token\b|"
                            # "bills per invocation rather than per token": the two billing units set apart
                            r"\b(?:rather than|instead of) (?:by the |per[- ]|by )token\b")
# "the vendor quotes per call", "per-call pricing", "a flat fee", "per-token vs per-call": a per-call offer named, which
# the per-token cost of a call is set against (not only the unit a cost is asked in).
_PER_CALL_OFFER = screened(
    r"\bper[- ](?:call|request|invocation|transaction|run)[- ](?:pricing|price|plan|fee|rate|model|offer|deal|billing|"
    r"contract|endpoint|option|structure|basis|charge|vendor)\b|\bflat\b|\bfees?\b|(?<!tokens )(?<!toks )\bapiece\b|"
    r"\b(?:charges?|charging|charged|bills?|billing|billed|quotes?|quoting|quoted|prices?|priced|pricing|sells?|"
    r"sold|pays?|paying)\s(?:us\s|them\s|it\s)?(?:by the |per[- ]|a |each )(?:call|request|invocation|transaction)\b|"
    r"\bper[- ]token\b|\bvendor\b|\bpartner\b|\binstead\b|\brather than\b"
)
# "the vendor's per-call SKU", "their per-request plan": a per-call product named as the thing weighed.
_PER_CALL_PRODUCT = screened(
    r"\bper[- ](?:call|request|invocation|transaction)[- ](?:sku|plan|pricing|option|offer|tier|billing|product|"
    r"endpoint|deal|contract)s?\b"
)
# "they didn't put the per-invocation price in", "no fee quoted yet": the fee of a per-call offer, said to be missing.
_FEE_NOT_GIVEN = screened(
    r"\b(?:didn'?t|did not|don'?t|do not|haven'?t|have not|hasn'?t|has not|doesn'?t|does not|never|not yet)\s"
    r"(?:yet\s)?(?:put|give|given|include|included|share|shared|send|sent|have|had|quote|quoted|state|stated|mention|"
    r"mentioned|tell|told|list|listed)\s(?:us\s|me\s)?(?:the\s|a\s|their\s|any\s|what\s)?(?:per[- ][a-z]{3,12}\s|"
    r"flat\s)?(?:price|fee|rate|charge|number)\b|"
    r"\b(?:no|without (?:a|the|any))\s(?:per[- ][a-z]{3,12}\s|flat\s)?(?:price|fee)\s(?:yet|given|quoted|stated)\b|"
    # "fee not quoted yet", "the fee isn't in the email", "per-call price not given", "fee TBD"
    r"\b(?:fee|price|charge)\s(?:is\s|was\s|has\s)?(?:not|isn'?t|wasn'?t|hasn'?t)\s(?:yet\s)?(?:been\s)?(?:given|"
    # ("per call fee: n/a, TBD": a sheet's line, the fee's cell left open)
    r"quoted|stated|known|shared|included|confirmed|in)\b|\b(?:fee|price)\s?(?::\s?(?:n/a,?\s)?|is\s)?(?:tbd|tbc|"
    r"unknown)\b|"
    # "the partner's per-call rate is still TBC", "fee still to be confirmed", "per-call price pending"
    r"\b(?:fee|price|charge|per[- ](?:call|request|transaction|invocation) (?:rate|cost))\s(?:is\s|was\s)?"
    r"(?:still\s)?(?:tbd|tbc|unknown|pending|to be (?:confirmed|decided|determined|agreed|announced))\b|"
    # "flat fee per invocation, amount TBD from their AE": the fee named, then its amount said to be open
    r"\b(?:fee|price|charge)\b[^.?!\n]{0,40}?\b(?:amount|figure|number|value)\s(?:is\s|still\s){0,2}"
    r"(?:tbd|tbc|unknown|pending|to be (?:confirmed|decided|determined|agreed|announced)|not (?:yet )?(?:given|known|"
    r"quoted|confirmed))\b|"
    # "no idea of the fee yet", "not sure what the per-call price is", "don't know their fee"
    r"\b(?:no idea|not sure|unsure|don'?t know|do not know)(?: (?:of|about|what|on))? (?:the |their |its )?"
    r"(?:per[- ][a-z]{3,12} |flat )?(?:fee|price)\b|"
    # "dont have the # on me rn", "don't have their number handy": the fee said to be at hand elsewhere
    r"\b(?:don'?t|do not|haven'?t)\s(?:have|got)\s(?:the|their|its)\s(?:#|number|figure|fee|price)(?=\W|$)")


# "what is better for us?", "does switching to the per-call plan make sense?": a per-call offer weighed against what
# the calls cost per token, which the comparison answers (asking for the fee when none is given).
OFFER_WEIGHED = screened(
    r"\b(?:what|which)(?:'s| is| s| would be| one is)? (?:better|cheaper|the better (?:deal|option)|"
    r"more cost[- ]effective)\b|"
    # "which option comes out cheaper", "which plan works out better"
    r"\b(?:what|which)(?: one| option| plan| offer| deal| route)? (?:comes? out|works? out|ends? up|turns? out)"
    r"(?: to be)? (?:better|cheaper|ahead|more cost[- ]effective)\b|"
    r"\bmakes? (?:more )?sense\b|\bworth (?:it|switching|moving)\b|"
    # "does per call win?", "which one wins", "would the flat fee come out ahead"
    r"\b(?:does|would|will|do) (?:per[- ]call|it|the (?:fee|flat fee|flat price|per[- ]call (?:price|fee|deal))) "
    r"(?:win|come out ahead|beat (?:it|per[- ]token))\b|\bwhich (?:one )?wins\b|"
    r"\bswitch(?:ing)? (?:over )?to (?:the |their |a )?"
    r"(?:\w+'?s? )?per[- ](?:call|request|transaction)\b|\b(?:is|would) (?:it|that|this|per[- ]call) (?:be )?"
    r"(?:better|cheaper)\b")


# "how much capacity should we commit?", "how many PTUs should they reserve?": the size asked, not a yes/no on it.
_SIZE_ASKED = screened(r"\bhow (?:much|many)\b[^.?!\n]{0,25}?\b(?:capacity|units?|ptus?|throughput|tpm)\b")


def _commit_decided(text: str) -> bool:
    """A yes/no on a commitment is asked ("should we commit?"), not the size of one."""
    # ("how much should they reserve?": the size asked without naming what is reserved)
    return (COMMIT_DECISION.search(text) is not None and _SIZE_ASKED.search(text) is None
            and _CAPACITY_ASKED.search(text) is None)


# "a few hundred calls a week", "thousands of requests a day": a volume said without a figure
_VAGUE_VOLUME = screened(r"\b(?:(?:a few|few|several|some|many) (?:hundred|thousand|million)|hundreds of|thousands of|"
                         r"millions of)(?: \w+)? (?:calls|requests|queries|prompts|runs) (?:a|an|per|each|every) "
                         r"(?:day|week|month|hour|year)\b")


def _has(found: Found, *names: str) -> bool:
    return any(found.values.get(name) for name in names)


# "is PT worth it at 85%?": reps' short form of provisioned throughput, evidence of a break-even question; not Pacific
# Time ("3pm PT", "9:30 pt", "ET/PT", "PT time"). Only evidence: a described workload with "pitch PT?" stays the
# advice across structures.
_PT_SHORT = screened(
    r"(?<!\d)(?<!\d )(?<![ap]m )(?<![ap]\.m\. )(?<!et/)(?<!et or )(?<!et and )(?<!time )(?<!time is it )"
    r"(?<!time in )\bpt\b(?![/-]?\s?(?:time|tz|et|est)\b)")


# "system prompt", "preamble": the part of a prompt every call repeats (read as caching beside a cache-read price)
_PROMPT_REPEATED = screened(r"\b(?:system prompts?|preambles?)\b")


# "how much capacity should they buy", "how many PTUs to reserve", "can you size it?": the capacity to buy asked
_CAPACITY_ASKED = screened(
    r"\bhow (?:much|many)\b[^.?!;\n]{0,40}?\b(?:capacity|ptus?|units?|throughput|tpm|tokens ?(?:per|/) ?min(?:ute)?)\b"
    # ("how much capacity do i put in the quote": what goes on the offer)
    # ("how much capacity do i size for", "how much capacity?": the sizing asked in so many words, or alone)
    # ("how many units should go in the proposal")
    r"(?:[^.?!;\n]{0,30}?\b(?:buy|reserve|provision|commit|book|get|need|purchase|put in|go in|go into|quote|propose|"
    r"order|size|"
    r"sizing|allocate|plan for|spin up|set aside)|\s?\?)|"
    # "how much do they need to buy": beside capacity sized for the peak, the capacity itself
    r"\bhow (?:much|many) (?:do|does|would|will|should|must) (?:they|we|i|you|it|the (?:customer|buyer|client)) "
    r"(?:need to |have to |want to )?(?:buy|reserve|provision|commit to|commit|book|purchase)\b|"
    # (not "they would size it to cover their peak": how it would be sized, said)
    r"(?<!would )(?<!will )(?<!'d )\bsize (?:it|them|this|that|the (?:capacity|commitment|reservation|deal))\b|"
    # ("if we size PTUs to cover the peak, how many do we need?")
    r"\b(?:ptus?|units?)\b[^.?!;\n]{0,40}?\bhow many (?:do|does|would|will|should) (?:we|they|i|you) need\b")


def score(text: str, found: Found) -> dict[Intent, float]:
    """Evidence per intent: keyword hits and the fields each intent needs."""
    scores = {intent: 0.0 for intent in KEYWORDS}
    fee_text = _NOT_A_FEE.sub(" ", text)
    for intent, pattern in KEYWORDS.items():
        scores[intent] += 2.0 * min(2, len(pattern.findall(fee_text if intent is Intent.PER_CALL else text)))
    if not scores[Intent.BREAK_EVEN] and _PT_SHORT.search(text):
        scores[Intent.BREAK_EVEN] += 2
    if _HIT_SAVING.search(text) or _CACHES_AT_ALL.search(text):
        scores[Intent.CACHING] += 4

    if _has(found, "prefix_tokens"):
        scores[Intent.CACHING] += 2
    if _has(found, "claimed_hit_saving"):  # "cache saves ~0.9c per call": a saving per hit, said
        scores[Intent.CACHING] += 4
    if found.cached_of_input:  # "900M input tokens a month; 600M of those are cache hits": tokens read from the cache
        scores[Intent.CACHING] += 3
    if _has(found, "writes_per_day") or found.calls_are_hits:
        scores[Intent.CACHING] += 3  # "they see ~400 writes a day and 18k hits/day": the cache's own counts
    if _has(found, "cache_storage_rate"):  # "storage $1 per M token-hr": only a cache kept for a time is billed so
        scores[Intent.CACHING] += 4
    if _has(found, "cache_read_rate", "cache_write_rate", "cache_read_share", "cache_write_share"):
        scores[Intent.CACHING] += 3
        if _CACHE_PRICE_NAMED.search(text):
            scores[Intent.CACHING] += 2  # "the cache write on a 4k prompt at $6.25/M costs ...?": a cache price asked
    if _has(found, "prefix_share"):  # "~80% of it is cacheable prefix": the repeated share of the input
        scores[Intent.CACHING] += 3
    if _has(found, "hit_ratio"):
        scores[Intent.CACHING] += 2
    if _has(found, "discount") and not _has(found, "markup"):
        scores[Intent.BREAK_EVEN] += 3
    if _has(found, "utilization"):
        scores[Intent.BREAK_EVEN] += 3
    if found.load_profile:
        scores[Intent.BREAK_EVEN] += 3
    if _has(found, "unit_hour_price", "tokens_per_minute_per_unit"):
        scores[Intent.BREAK_EVEN] += 3
    if _has(found, "units") and _has(found, "unit_hour_price"):
        scores[Intent.BREAK_EVEN] += 2  # "3 units at $30/hr vs the same traffic on-demand": the capacity form
        if _has(found, "input_tokens_per_day", "output_tokens_per_day", "tokens_per_day", "input_tokens_per_call"):
            # "2 units @ $21/hr; their traffic is 4.4B in + 880M out a month": the traffic prices the units, not a quote
            scores[Intent.BREAK_EVEN] += 4
    if _has(found, "provisioned_spend") and _has(found, "tokens_per_day", "input_tokens_per_day") and _has(
            found, "blended_rate", "input_rate"):
        # "600M tokens a day at a blended $3.50/M; the provisioned offer is a flat $45,000 a month": the commitment
        # against what the same tokens cost on-demand
        scores[Intent.BREAK_EVEN] += 6
    if found.capacity_per_day is not None and _has(found, "provisioned_spend", "units"):
        # "$3,600/month flat for capacity good for up to 3.2B tokens/month": a commitment priced against what its
        # capacity would cost on-demand is the break-even question, whatever traffic is said beside it
        scores[Intent.BREAK_EVEN] += 6
    if _has(found, "peak_to_average"):
        scores[Intent.BREAK_EVEN] += 1
        scores[Intent.SCENARIO] += 1
    if found.peak_hour and _has(found, "input_rate", "output_rate") and not _has(
            found, "discount", "unit_hour_price", "provisioned_spend", "per_call_fee", "prefix_tokens"):
        # "busiest hour 9M in / 1M out, peak-to-average 2.5, $3/$15: the month?": the peak hour's tokens priced, the
        # month at the average hour
        scores[Intent.QUOTE] += 4
    if "size_for_peak" in found.traits and _CAPACITY_ASKED.search(text):
        # "how much provisioned capacity (tokens per minute) to buy so they never spill at peak?": the sizing, however
        # the load is said (its tokens a minute are no quote)
        scores[Intent.BREAK_EVEN] += 4
    elif _CAPACITY_ASKED.search(text) and _has(found, "discount"):
        # "how much capacity should they commit to, and at that size do they clear break-even?" with a discount on
        # the table: the sizing and its break-even, however much the workload is described around them
        scores[Intent.BREAK_EVEN] += 2
    if "size_for_peak" in found.traits and _has(found, "discount"):
        # "move them to provisioned sized for peak, 35% off. should they?": capacity sized for peak at a discount is
        # the break-even question (what the peak-to-average ratio does to it), however the workload is described
        scores[Intent.BREAK_EVEN] += 2
    if _has(found, "per_call_fee"):
        scores[Intent.PER_CALL] += 6
        if CALL_SIZE_ASKED.search(text):
            scores[Intent.PER_CALL] += 4
        elif _has(found, "input_tokens_per_call", "tokens_per_call") and (
                _has(found, "input_rate") or bool(found.unlabeled_rates) or bool(found.models)):
            # "quoted $0.0156 a claim; direct is $0.60/$2.40, claims average 9k in / 1k out": a fee beside the
            # per-token price of the same call is the comparison, whatever cost words surround it
            scores[Intent.PER_CALL] += 2
    elif FEE_ASKED.search(text) and _has(found, "input_tokens_per_call", "tokens_per_call"):
        scores[Intent.PER_CALL] += 6  # the fee that would match per-token on these calls: as good as a fee given
    elif KEYWORDS[Intent.PER_CALL].search(fee_text) and _has(found, "input_tokens_per_call", "tokens_per_call"):
        # "the vendor quotes per call; our calls are 1k in / 200 out": a per-call comparison missing its fee.
        scores[Intent.PER_CALL] += 2
        if _PER_TOKEN_NAMED.search(text):
            scores[Intent.PER_CALL] += 1  # "... and the per-token alternative is $3/$15": the two set side by side
        if _FEE_NOT_GIVEN.search(text):
            scores[Intent.PER_CALL] += 2  # the offer's fee is said to be missing: the comparison asks for it
        if CALL_SIZE_ASKED.search(text):
            # "quotes per call ... where's the crossover vs going per-token direct?": the offer's crossover asked
            scores[Intent.PER_CALL] += 2
        if OFFER_WEIGHED.search(text):
            # "partner offers per-call pricing ... what is better for us?": the offer weighed against per-token
            scores[Intent.PER_CALL] += 3
    elif KEYWORDS[Intent.PER_CALL].search(fee_text) and CALL_SIZE_ASKED.search(text):
        # "on a per-call plan, mix 3:1, $0.50/$1.50: the crossover call size?": the crossover of a per-call offer whose
        # fee is missing (the reply works out the blended rate at the mix and asks for the fee)
        scores[Intent.PER_CALL] += 4 + (2 if _FEE_NOT_GIVEN.search(text) else 0)
    if _has(found, "markup", "direct_cheaper_by"):
        scores[Intent.MARKUP] += 6
    if _has(found, "on_demand_spend"):
        # "$40k/mo OD ... 50% off": a current on-demand spend is what a provisioned commitment would replace; alone
        # and restated ("$410 a day on-demand, what's that per month?") it is only the spend over another period
        scores[Intent.BREAK_EVEN] += 4 if _has(found, "discount", "utilization", "units") else 2
        if not _has(found, "discount", "utilization", "units", "peak_to_average") and SPEND_RESTATED.search(text):
            scores[Intent.QUOTE] += 1
        elif not _has(found, "discount", "utilization", "units", "peak_to_average", "provisioned_spend",
                      "unit_hour_price") and SPEND_CHECKED.search(text):
            scores[Intent.QUOTE] += 3
    if _has(found, "ea_discount"):
        scores[Intent.MARKUP] += 4
    if _has(found, "hyperscaler_spend", "hyperscaler_list_spend") and _has(found, "markup", "ea_discount"):
        scores[Intent.MARKUP] += 2
    if _has(found, "direct_spend"):
        scores[Intent.MARKUP] += 2
    if _has(found, "direct_rate") and _has(found, "input_rate", "output_rate") and "hyperscaler" in found.traits:
        # "direct 1.25/10, azure list 1.50/12, EA 10% off": the direct price list beside the hyperscaler's
        scores[Intent.MARKUP] += 3
    if _has(found, "input_tokens_per_day", "output_tokens_per_day", "tokens_per_day"):
        scores[Intent.QUOTE] += 3
    if _has(found, "input_tokens_per_call", "output_tokens_per_call", "tokens_per_call"):
        scores[Intent.QUOTE] += 1.5
        if any(v > LARGEST_PROMPT for key in ("input_tokens_per_call", "output_tokens_per_call", "tokens_per_call")
               for v in found.values.get(key, [])):
            # "Input tokens 48.2M @ $2.50/1M" under yesterday's invoice: no call holds that many, so they are a
            # period's volume (placed in its period later), priced like one
            scores[Intent.QUOTE] += 1.5
    if _has(found, "input_rate", "output_rate") or found.unlabeled_rates:
        scores[Intent.QUOTE] += 1
    if _has(found, "input_share") and _has(found, "input_rate") and _has(found, "output_rate"):
        # "the blended rate at a 3:1 in:out mix for $3/$15": the rate at that mix; beside a per-call fee the mix is
        # the one the crossover call size is asked at ("at which size are they equal (same 3:1 mix)")
        scores[Intent.PER_CALL if _has(found, "per_call_fee") else Intent.QUOTE] += 1.5
    if found.models:
        scores[Intent.QUOTE] += 0.5
    if _has(found, "calls_per_day"):
        scores[Intent.QUOTE] += 0.5
    workload = [t for t in found.traits
                if t not in ("hyperscaler", "compliance", "size_for_peak", "no_output", "full_load")]
    scores[Intent.SCENARIO] += 1.5 * len(workload) + 0.5 * (len(found.traits) - len(workload))
    return scores


# "pricing structure?", "what structure should we lead with", "best lever?": which structure, whatever the numbers.
# "which way do we price it", "how should we pitch this": the way to price the deal asked, in so many words
_PRICE_IT_ASKED = screened(r"\b(?:which way|how) (?:do|should|would|shall|can) (?:we|i|they) (?:price|pitch|quote|"
                           r"position|structure) (?:it|this|them|that|the deal|the account)\b")
STRUCTURE_QUESTION = screened(
    # ("how should we structure our prompts?" is about the prompt, not the pricing)
    r"(?<!prompt )\bstructures?\b(?! (?:our|their|the|your|my|its|this|that|these|those|it|them) (?:\w+ )?(?:prompts?|"
    r"context|calls?|requests?|messages?|inputs?|templates?|instructions|code|data)\b)"
    # ("structure: provisioned (PTU)", "| structure | PTU |", "structure_proposed: provisioned_throughput": a sheet's
    # line naming the structure on the deal)
    r"(?!(?:[ _](?:proposed|offered|quoted|chosen|current|today|in play))?\s?[:=|]\s?[a-z])"
    # ("quote_id,structure,term": a CSV header's column)
    r"(?<!,structure)(?<!,structures)(?!,\S)|"
    r"\b(?:best|main|primary|biggest|first|right) (?:pricing |cost )?lever\b|"
    # "which pricing lever matters most?", "what cost lever do we pull?", "what should they lean on?": the lever to
    # pull is the structure to choose
    r"\b(?:which|what) (?:\w+ )?levers?\b|\blevers? (?:that )?(?:matters?|counts?) most\b|"
    r"\bwhat (?:should|do|would|can|shall) (?:we|they|i|you|the (?:customer|buyer|client)) (?:lean on|rely on|bet on|"
    r"prioriti[sz]e|focus on|double down on|pull)\b|\bwhere (?:should|do|would) (?:we|they|i) (?:focus|start)\b|"
    # "what should they be on?", "what do we put them on": the structure to put the customer on
    r"\bwhat (?:should|would|do|shall) (?:we|they|you|the (?:customer|buyer|client)) (?:be on|go on|sit on)\s?\?|"
    r"\bwhat (?:should|do|would|shall) (?:we|i) put (?:them|the (?:customer|buyer|client)) on\b|"
    # "which route should the proposal take?", "what path do we take": the way the customer buys, to choose
    # ("which pricing route should we be steering them towards": the kind of route said before it)
    r"\b(?:which|what) (?:(?:pricing|buying|purchasing|procurement|commercial|billing) )?"
    r"(?:route|path|channel|avenue)\b"
    r"(?: (?:should|do|would|shall|to|for|is)|\s?\?)|"
    # ("my view is they should move to provisioned; my colleague thinks they should stay on per-token. who's right?"):
    # two structures argued for, one to choose
    r"\b(?:should|would|ought to|need to) (?:move|go|switch|stay|be|stick|remain) (?:to|on|with|in) (?:the )?"
    r"(?:provisioned|per[- ]token|per[- ]call|on[- ]demand|pay[- ]as[- ]you[- ]go|payg|caching|committed|reserved|"
    r"hyperscaler|direct)\b(?=[^?]{0,160}\b(?:who(?:'s| is) right|which of us|who(?:'s| is) correct|settle (?:it|this)|"
    r"who wins)\b)|"
    # ("what should we be steering them towards?", "should I point the customer at"): the way to steer the buyer
    r"\b(?:should|do|would|shall) (?:we|i) (?:be )?(?:steer|steering|point|pointing|nudge|nudging|push|pushing) "
    r"(?:them|the (?:customer|buyer|client|agency|account|prospect))\b|"
    # "which way should we take this deal?", "how do we position" (said with nothing after it): the way to go
    r"\bwhich way (?:should|would|do|shall) (?:we|you|i|they) (?:take|play|run)\b|"
    r"\bhow (?:do|should|would|can) (?:i|we) position\s?[?.!]*\s*$|"
    # "what pricing they should take?", "what structure we should use": the same question without the inversion
    r"\bwhat (?:pricing|structure|pricing (?:structure|model|option)) (?:should |would )?(?:we|they|the (?:customer|"
    r"buyer|client)) (?:should |would )?(?:take|use|choose|pick|go with|go for|buy)\b|"
    # "what's the main way to bring their cost down?", "they want to prioritise one lever": the lever to pull
    r"\b(?:main|best|primary|biggest|cheapest) way to (?:bring|cut|reduce|lower|get|push|drive)\b"
    r"(?: \w+){0,3}? (?:costs?|bill|spend)\b|\bprioriti[sz]e (?:one|a single|the) lever\b|"
    r"\blead with\b|\b(?:what|which) (?:fits|works|suits) best\b|\bwhat(?:'s| is) the best fit\b|"
    r"how should (?:they|we|i) buy|predictable per[- ]\w+ cost|lower unit cost|"
    # ("a recommendation engine", "product recommendations service": the workload's name, not the advice asked)
    r"\brecommendation\b(?!s?\s(?:engine|system|model|service|feed|widget|api|pipeline|workload|bot|app|agent|tool|"
    r"platform|assistant)\b)|"
    r"what (?:do|would|should) (?:we|i|you) (?:propose|suggest|pitch|recommend|offer)|"
    r"\bwhat to (?:propose|suggest|pitch|recommend|offer|lead with|put forward|put in (?:the|a|our) proposal)\b|"
    r"\bsteer (?:them|him|her|the customer|the buyer|it)\b|what should (?:we|they|i) (?:use|go with|pick|choose|buy)|"
    r"\bwhat to (?:propose|pitch|recommend|suggest|offer|lead with)\b|"
    # ("what's the pricing lever we should build the proposal around?")
    r"\bwhat(?:'s| is| s) the (?:main |big |real |key |primary )?(?:pricing |cost |commercial )?lever\b|"
    # "what's the right pricing play?", "the best commercial move here", "which pricing setup do we recommend?"
    r"\b(?:right|best|correct|smart|ideal|obvious|winning) (?:pricing |commercial |deal |billing )?(?:play|move)\b|"
    r"\bpricing play\b|"
    r"\b(?:which|what) (?:pricing |commercial |billing |deal )?(?:set-?\s?up|arrangement|package|approach|option|"
    r"model|structure|play|route|pricing) (?:do|should|would|shall|can|could) (?:we|i|you|they|the (?:customer|buyer|"
    r"client)) (?:recommend|propose|pitch|suggest|lead with|offer|go with|put forward|push|take|use|pick|choose|buy|"
    r"sign up for|go for)\b|"
    r"(?:fixed|predictable|flat) (?:unit )?cost per (?:\w+[- ])?(?:document|doc|transaction|invoice|call|request|image|"
    r"page|ticket|item|operation)|"
    r"what (?:should|would|do) (?:we|i|you) (?:lead with|go for|put forward|put in (?:the|a|our) proposal)|"
    # ("what goes in the proposal?": the structure the proposal is built on)
    r"\bwhat (?:goes|should go|would go|belongs|should be) (?:in|into) (?:the|our|a|this) (?:proposal|pitch|deck|"
    r"offer|bid)\b|"
    r"how (?:should|would|do) (?:they|we|the (?:customer|buyer|client)) (?:pay|purchase|contract|be billed)\b|"
    r"\bbest way (?:for (?:them|us|the (?:customer|buyer)) )?to (?:buy|pay|price|contract|purchase)\b|"
    r"\b(?:which|what) (?:commercial|pricing|billing|deal) (?:model|shape|setup)\b|"
    r"\bwhat should (?:the (?:customer|buyer|client)|they|we) do\b|"
    # "what would you move them to?", "what would you put them on?", "could I get a steer?", "where's the money for
    # them?", "pick one", "recommend?", "which + monthly each": a structure to choose, whatever figures come with it
    r"\bwhat (?:would|should|do) (?:you|we|i) (?:move|put|switch|migrate|start|place) (?:them|it|this|the (?:customer|"
    r"buyer|client|account)) (?:to|on|onto)\b|\b(?:get|give me|need|want) a steer\b|"
    # ("they asked what they should move to": the structure to move to, asked in their words)
    r"\bwhat (?:they|we|the (?:customer|buyer|client)) (?:should|could|would|ought to) (?:move|switch|migrate|go) "
    r"(?:to|onto)\b|"
    r"\bwhere(?:'s| is| s) the (?:money|biggest saving|big win|saving)\b|\bpick one\b|\brecommend\s?\?|"
    r"\bwhich (?:option|pricing (?:model|option|approach))\b|\bwhich (?:one|option) (?:fits|suits|works)\b|"
    # "what fits?", "what suits them best?": the structure that fits the workload described
    r"\bwhat (?:fits|suits)(?: (?:them|us|it|this|here|best|better))?(?: best| here)?\s?[?.]|"
    r"\bwhat(?:'s|s| is| s) (?:the|our) (?:play|approach|angle|pitch)\b|"
    r"\bwhich\s?(?:\+|&|,|and (?:what|how))|"
    r"\bwhich (?:way|one) (?:do|would|should) (?:we|you|i) (?:go|lead)\b|"
    # "what's the call?", "which way?", "anything better than per-call?", "what would you do?": a structure to choose
    r"\bwhat(?:'s|s| is| s) (?:the|your) (?:call|verdict|take)\b(?!\s?(?:volume|size|count|rate|fee|cost|price|mix|"
    r"length|pattern|pricing|per|a|an|each|every|on (?:per|a)))|"
    r"\b(?:anything|something|any structure|an option) (?:better|cheaper|smarter) than\b|"
    r"\bis there (?:a |any )?(?:better|cheaper|smarter) (?:option|structure|way|model|deal|fit)\b|"
    r"\bwhat would you do\b|\bwhat do (?:you|we) advise\b|\byour (?:recommendation|advice|steer)\b|"
    # "how do I steer this?", "what's the best option for ...", "would you put Corvid on PTUs?"
    r"\bhow (?:do|should|would|can) (?:i|we) (?:steer|handle|approach|position|play|pitch) "
    r"(?:this|it|them|that|the deal)\b|"
    r"\b(?:the )?best (?:option|structure|fit|approach|choice|pricing (?:option|model))\b|"
    r"\b(?:would|should) (?:you|we|i) (?:put|move|switch|keep|start) (?:\w+ ){1,2}?(?:on|onto|to) (?:ptus?|provisioned|"
    r"reserved|per[- ]token|per[- ]call|on[- ]demand|payg|a commitment)\b|"
    # "still worth it, or something else?", "still provisioned?": whether another structure now fits better
    r"\bor (?:something|anything) else\b|"
    r"\bor (?:a|another|some other|a different) (?:structure|option|model|approach)\b|"
    r"\bstill (?:on )?(?:provisioned|ptus?|per[- ]token|per[- ]call|on[- ]demand|reserved|caching|payg)\s?\?|"
    # "what wins?", "what should we position?", "where should the proposal lead?", "rec?": the verdict asked
    r"\b(?:what|which structure|which option) wins\s?\?|"
    r"\bwhat (?:should|do|would|shall) (?:we|i) position\b|"
    r"\bwhere (?:should|does|do|would|will) (?:the|our|my|this) (?:proposal|pitch|deck|offer|story|quote) "
    r"(?:lead|start|open|land|go)\b|"
    r"(?:^|[.?!,;:]\s?)(?:so |ok |and )?(?:rec|recs|reco|recco|recommendation)(?: pls| please)?\s?\?"
)
# Asked outright which structure to lead with or pitch ("which do we pitch?", "is caching the lead or not yet?"): the
# structure choice for a workload with a volume or a description, even beside one structure's figures (without
# them, "$0.004 a page or $0.30/$2.50 per-token, which should we propose?" compares one call).
_LEAD_WITH = screened(
    # "what do we quote them on?": the structure the quote is written on
    r"\bwhat (?:do|should|would|shall) (?:we|i|you) (?:quote|price|bill|charge|put) (?:them|it|this|him|her|the "
    r"(?:customer|buyer|client|deal|account)) on\b|"
    # "what should lead the proposal?", "what leads our pitch": the structure the proposal opens with
    r"\b(?:what|which)(?: structure| lever| option)? (?:should |would |will |must |ought to )?(?:lead|leads|head|heads|"
    r"open|opens|anchor|anchors) (?:the|our|this|their|a) (?:proposal|pitch|deck|offer|bid|response|quote|story)\b|"
    # ("what do we lead w", "lead w/": the with cut short)
    r"\blead (?:with\b|w/|w\b(?![.'’]))|"
    r"\bwhich (?:do|should|would|shall|can) (?:we|i|you|they) (?:pitch|lead with|propose|recommend|"
    r"offer|push|put forward)\b|\bwhat (?:do|should|would) (?:we|i|you) (?:pitch|propose|recommend)\b|"
    r"\b(?:is|are|would|should) (?:prompt )?(?:caching|provisioned(?: throughput)?|ptus?|per[- ]token|per[- ]call|"
    r"on[- ]demand)(?: pricing)? (?:be )?(?:the|our) (?:lead|pitch|opener|play|first move)\b"
)

# "which way?": a choice between the structures the ask's figures price only when the workload is described too
# ("embedding endpoint: $0.0001 per call vs $0.02/M. which way?" is the per-call comparison).
WHICH_WAY = screened(
    r"\bwhich way\s?(?:\?|$|(?:should|would|do) (?:we|you|i|they) (?:go|lead|play)\b)|"
    # "... vendor offers $0.001/call or per-token at $1/$4. which?": the choice between the structures just named
    r"(?:^|[.;:!,]\s?|\s-\s)(?:so |ok |and |but )?which(?: one| do (?:we|they|i) (?:go with|pick|take))?\s?\?"
)

# "should they commit?", "provisioned or not?", "commit or not?": a yes/no on a commitment. With a workload described
# and no utilization or capacity figures to work from, it is the scenario question (the source's scenario 2).
COMMIT_DECISION = screened(
    # "should this move off on-demand?", "time to get them off pay-as-you-go?": leaving on-demand for a commitment
    r"\bshould (?:this|it|they|we|the (?:workload|customer|buyer|client)) (?:move|come|get|switch|go) "
    r"(?:off|away from) (?:on[- ]demand|pay[- ]as[- ]you[- ]go|payg|per[- ]token)\b|"
    r"\bshould (?:they|we|i|he|she|the (?:customer|buyer|client|team)) (?:commit|reserve|lock in|sign up for|"
    # "should we do provisioned?", "should they move to PTUs?"
    r"(?:go|do|move to|move onto|switch to|take|use) (?:with |for )?(?:ptus?|provisioned|reserved|a commitment|"
    r"a reservation)|buy (?:ptus?|provisioned|reserved|capacity))\b|\byes\s?(?:/|or)\s?no\s?\?|"
    # "they want to know if they should go provisioned now": the subject before "should"
    r"\b(?:they|we|i|the (?:customer|buyer|client|team)) should (?:commit|reserve|lock in|go (?:with |for )?(?:ptus?|"
    r"provisioned|reserved|a commitment)|buy (?:ptus?|provisioned|reserved|capacity))\b|"
    # "should we recommend provisioned?", "do we pitch PTUs?": a yes/no on the commitment, put as advice to give
    # "do we still recommend it?", "would you really pitch that?": the commitment just described
    r"\b(?:should|do|would|shall|can|could) (?:we|i|you) (?:still |really |even |actually |honestly )?(?:recommend|"
    r"suggest|propose|pitch|push|offer) (?:them |the customer |the buyer |the client )?(?:ptus?|pt|provisioned|"
    r"reserved|a commitment|committing|a reservation|it|this|that)\b|"
    # "is this the time to move them?", "is now the moment to commit?", "time to switch them over?": a yes/no on
    # moving to the commitment now
    r"\b(?:is (?:this|it|now) )?(?:the )?(?:right )?(?:time|moment) to (?:move|switch|migrate|shift|commit|lock in|"
    r"reserve|go provisioned)\b(?! (?:the|their|our) (?:prompts?|data|code|region|model)\b)|"
    r"\b(?:is (?:it|the (?:account|customer|workload)|this|this account)|are they) ready (?:to (?:move|switch|"
    r"migrate|commit)|for (?:provisioned|ptus?|a commitment|a reservation))\b|"
    # "should we move them, and what's the upside?", "should we put it in the proposal?": the commitment on offer
    r"\bshould (?:we|they|i) (?:move|switch|migrate|shift) (?:them|it|the (?:account|customer|buyer|client|workload))"
    r"(?: over)?(?:\s?\?|\s?,| and\b| or\b| now\b)|"
    r"\bshould (?:we|i) (?:put|include|add) (?:it|this|that|ptus?|provisioned|the commitment|the reservation) "
    r"(?:in|into|to) (?:the|our) (?:proposal|pitch|deck|offer|quote|bid)\b|"
    r"\bcommit or not\b|\b(?:provisioned|ptus?|pt|reserved(?: capacity)?|commit(?:ment|ting)?|reserv(?:e|ation)) "
    r"or (?:not|stay (?:on[- ]demand|per[- ]token|payg)|on[- ]demand|per[- ]token|payg)\b|"
    r"\b(?:on[- ]demand|per[- ]token|payg) or (?:provisioned|ptus?|commit(?:ment)?|reserv(?:ed|ation))\b|"
    # "stay on-demand or move?", "keep them on per-token or switch?", "move or stay on PAYG?": the commitment on offer
    # set against the structure the buyer is on
    r"\b(?:stay|keep (?:them|it|the \w+)|stick|remain)(?: with| on| at)? (?:on[- ]demand|per[- ]token|payg|od)"
    r" or (?:move|switch|commit|migrate|jump|go (?:provisioned|ptus?|reserved)|"
    # ("stay on per token or pitch something else?")
    r"(?:pitch|propose|offer|suggest|try|recommend) (?:them )?(?:something|anything) (?:else|different))"
    r"(?: (?:them|it|over))?\s?\?|"
    r"\b(?:move|switch|commit|migrate|jump)(?: (?:them|it|over))? or (?:stay|keep|stick|remain)(?: with| on| at)?"
    r"(?: (?:on[- ]demand|per[- ]token|payg|od|put))?\s?\?|"
    r"\b(?:is|are|would) (?:provisioned|ptus?|a commitment|committing|reserving)(?: throughput)? (?:the right (?:call|"
    r"move|choice)|a good idea|right for (?:them|us)|worth it)\b|"
    r"\bworth (?:committing|reserving|going (?:ptu|provisioned))|"
    r"\banything (?:we|i|they) should (?:check|ask|know)\b|\b(?:a )?good idea\b|"
    r"\bshould (?:they|we|i|the (?:customer|buyer|client)) (?:take|accept) (?:it|this|that|the offer|the deal)\b|"
    r"\bwhat should (?:we|i) (?:check|ask) (?:first|before)\b|"
    # "advice?", "thoughts?", "what do you reckon": asked about a described workload
    r"\b(?:any )?advi[cs]e\s?\?|\bthoughts\s?\?|\bwhat do (?:you|we) reckon\b|"
    # "provision?", "go?", "do they need PTUs or what": a yes/no on capacity (not "... vs pay-as-you-go?", nor "what
    # does it cost against paying as they go?")
    r"(?<![-/])(?<!as they )(?<!as you )(?<!as we )\b(?:provision(?:ed)?|commit|reserve|go|go ptu|go provisioned)\s?\?|"
    r"\bgo or no[- ]?go\b|"
    r"\bdo (?:they|we|i|you|the (?:customer|buyer|client)) (?:need|want|require) (?:ptus?|provisioned|reserved|"
    r"a commitment|to commit|committed)\b"
)
# "do we still recommend provisioned?", "would you recommend it?", "which should they use?": the advice itself is asked
# for, so the structures are mapped whatever break-even inputs come with it (the reply works them out beside the
# verdicts).
RECOMMEND_ASKED = screened(
    r"\b(?:should|do|would|shall|can|could) (?:we|i|you) (?:still |really |even |actually |honestly )?recommend "
    r"(?:them |the customer |the buyer |the client )?(?:ptus?|pt|provisioned|reserved|a commitment|committing|"
    r"a reservation|it|this|that)\b|"
    r"\bwhich (?:one |structure |option |route )?(?:should|would|do|shall) (?:we|they|i|the (?:customer|buyer|client)) "
    r"(?:use|go with|pick|choose|buy|take)\b"
)
# "push provisioned or not?", "should we pitch PTUs here?": whether to put the commitment forward is the advice itself,
# unless a figure is asked for too ("whether to push PT or not ... what's the break-even?")
PUSH_ASKED = screened(
    r"\b(?:push|pitch|sell|propose|lead with|recommend)(?:ing)? "
    r"(?:them |the customer |the buyer |the client |it |this )?"
    r"(?:on |with )?(?:the )?(?:ptus?|pt|provisioned(?: throughput| capacity)?|reserved capacity|a reservation|"
    r"the reservation|a commitment|the commitment|committing)(?: here| now| at all)? or not\b|"
    r"\b(?:should|do|would|shall|can|could) (?:we|i|you) (?:still |really |even |actually |honestly )?"
    r"(?:push|pitch|sell|propose|lead with) (?:them |the customer |the buyer |the client )?(?:on |with )?(?:the )?"
    r"(?:ptus?|pt|provisioned(?: throughput| capacity)?|reserved capacity|a reservation|the reservation|"
    r"a commitment|the commitment|committing)\b"
)
# "where do we land them?", "which route makes sense here?", "what channel should we steer them to?": the way the
# buyer should buy, asked about a buyer whose cloud, agreement or compliance needs are described.
CHANNEL_ASKED = screened(
    # ("which way do we steer this one?": the way to take the buyer described)
    r"\bwhich way (?:do|should|would|shall|can) (?:we|i|you) (?:steer|point|push|take|go|lean)\b|"
    r"\bwhere (?:do|should|would|shall|can) (?:we|i|you) (?:land|put|place|send|take|steer|point|park) (?:them|it|this|"
    r"the (?:customer|buyer|client|account|deal))\b|"
    r"\b(?:which|what) (?:route|path|channel|avenue|way to buy)\b[^.?!\n]{0,20}?\b(?:makes? sense|fits?|works?|is "
    r"(?:best|right))\b|"
    r"\b(?:structure|channel|route) (?:/|or|and) (?:structure|channel|route)\b|"
    # "which pricing route and what's the effective markup?", "route + effective rates?": the route asked beside the
    # markup figures, which the hyperscaler line works out
    r"\bwhich (?:pricing |buying |procurement |commercial )?(?:route|channel|path)\b|"
    # (not a sheet's column: "channel,model,list_vs_direct")
    r"(?:^|[.;:!?,]\s?|\s-\s)(?:so |and )?(?:the )?(?:route|channel)\s?(?:\+|&|and|,(?=\s)|/|\?)|"
    # "how do they buy Claude?", "how should the agency procure it?": the way to buy, asked about the buyer described
    r"\bhow (?:do|should|would|can|could) (?:they|we|the (?:customer|buyer|client|agency|bank|team)) (?:best )?"
    r"(?:buy|procure|purchase|access|consume|source)\b|"
    # "should we push them direct to save money?", "do we move the agency over to direct?", "should they go direct
    # instead?": buying direct put as the way to go, which the hyperscaler line answers beside the effective markup
    r"\b(?:should|do|would|shall|can|could) (?:we|i|you|they|the (?:customer|buyer|client|agency)) (?:just )?"
    r"(?:push|move|steer|send|switch|take|put|point|nudge|go|buy|migrate)(?: (?:them|it|the (?:customer|buyer|client|"
    r"account|agency|deal|workload)))?(?: (?:over )?(?:to|onto))? (?:going |buying )?direct\b"
)
# "or stay on-demand?", "or stick with per-token": the structure the buyer is on, set against the offer
STAY_ALTERNATIVE = screened(
    r"\bor (?:just )?(?:stay|keep|stick|remain)(?: with| on| at)?(?: the)? (?:on[- ]demand|per[- ]token|payg|"
    r"pay[- ]as[- ]you[- ]go|od)\b")
# "worth it?", "worth it or not?": a yes/no on what was just offered
WORTH_IT = screened(r"\bworth it(?: or not| or nah)?\s?\?")
# Figures a commitment question works from: with any of these it is a break-even question, not a scenario.
_COMMITMENT_FIGURES = ("utilization", "unit_hour_price", "tokens_per_minute_per_unit", "on_demand_spend", "units",
                       "per_call_fee", "markup", "cache_read_rate")
# Traits that describe the workload itself (how it runs), as opposed to where or under which agreement.
_DESCRIBING = ("rag", "agent", "early_stage", "production", "variable", "steady", "flat", "repeated_context",
               "high_volume", "transactional", "varied_prompts")

# A message that asks nothing: no question mark, no question word, no figure asked for.
ASKS_SOMETHING = screened(
    r"\?|\b(?:what|how|which|why|should|worth|costs?|bill|price|quote|break[- ]?even|calculate|compute|work out|"
    r"tell me|estimate|compare|saving|save|cheaper|pls|please|peaks? (?:at|of|hits?|runs?|goes|go|around|about)|"
    r"spend|daily|monthly|weekly|annual|yearly|total|damage|figures?|numbers?)\b|"
    # "does PT win", "do the PTUs pay off": a question asked without its question mark
    r"\b(?:does|do|would|will) (?:it|pt|ptus?|provisioned|the (?:ptus?|units?|reservation|commitment|commit)) "
    r"(?:win|pay off|pay for (?:it|them)sel(?:f|ves)|beat (?:on[- ]demand|pay[- ]as[- ]you[- ]go|payg|per[- ]token)|"
    r"come out ahead)\b|"
    # "are they gonna come out ahead or nah", "will they be ahead": who comes out ahead asked, however typed
    r"\b(?:are|r|will|would|do|does|is) (?:they|we|it|the (?:customer|buyer|client)) (?:gonna |going to |be )?"
    r"(?:come out|end up|be|finish) (?:ahead|behind|cheaper|better off|worse off)\b|\bor (?:nah|not)\b"
)
# "needs private endpoints/VNet", "data residency is mandatory", "must keep existing Azure billing": a need the
# hyperscaler tier meets, stated as one.
_NEEDED = (r"(?:fedramp|data residency|(?:eu |in[- ]region )?residency|hipaa|private (?:endpoints?|networking|link)|"
           r"vnet|vpc|existing (?:azure |aws |gcp |cloud )?billing)")
NEED_STATED = screened(
    r"\b(?:needs?|requires?|required|must(?: have| keep| stay| use)?|has to (?:have|keep|use))\b[^.?!;\n\d]{0,30}?"
    + _NEEDED + r"|" + _NEEDED + r"\b[^.?!;\n\d]{0,20}?\b(?:is |are )?(?:required|mandatory|non[- ]negotiable|a must)\b"
)
_WORKLOAD_TRAITS = ("rag", "agent", "early_stage", "production", "variable", "steady", "flat", "repeated_context",
                    "transactional", "federal")

# "per-call or per-token or PTUs?": a choice between structures is a scenario question.
_STRUCTURE_NAMES = screened(r"per[- ]call|per[- ]token|\bptus?\b|provisioned|reserved|\bcaching\b|"
                            # "PT or OD?", "provisioned vs payg?": on-demand as one side of the choice
                            r"\bpt\b(?=\s(?:or|vs\.?|versus)\s)|(?<=\sor\s)\bpt\b|"
                            r"(?<=\sor\s)(?:on[- ]demand|\bod\b|\bpayg\b)|"
                            r"(?:on[- ]demand|\bod\b|\bpayg\b)(?=\s(?:or|vs\.?|versus)\s(?:pt|ptus?|"
                            r"provisioned|reserved)\b)|"
                            r"(?<=or stay on )on[- ]demand|(?<=or stay )on[- ]demand|"
                            r"(?<=or stick with )on[- ]demand|(?<=or keep )on[- ]demand|"
                            r"(?<=or remain on )on[- ]demand")
_STRUCTURE_KEYS = {"per-cal": "per_call", "per-tok": "per_token", "ptu": "provisioned", "ptus": "provisioned",
                   "pt": "provisioned", "od": "per_token", "payg": "per_token", "on_dema": "per_token",
                   "provisi": "provisioned", "reserve": "provisioned", "caching": "caching", "on-dema": "per_token"}
# "PT or OD?", "on-demand or provisioned?": a commitment or staying on on-demand (a choice of structure where no
# discount or bill makes it the break-even sum)
_PT_OR_OD = screened(
    r"\b(?:pt|ptus?|provisioned|reserved)\s(?:or|vs\.?|versus)\s(?:on[- ]demand|od|payg)\b|"
    r"\b(?:on[- ]demand|od|payg)\s(?:or|vs\.?|versus)\s(?:pt|ptus?|provisioned|reserved)\b")
_OR_STRUCTURES = screened(
    r"(?:per[- ]call|per[- ]token|\bptus?\b|provisioned|reserved|caching)(?: (?:yet|now|at all|already|first|today|"
    # "per-call $0.004 or per-token $3/$15?", "per-call at $0.01/call vs per-token": each side's price said beside it
    r"too|then)|\s(?:at\s|@\s?)?~?\$\d[\d.,]*+(?:\s?/\s?\$?\d[\d.,]*+)?(?:\s?/\s?[a-z]{2,10}|\s(?:per|a|an|each)\s"
    r"[a-z]{2,10})?)?\s(?:or|vs\.?|versus)\s(?:just |simply |only )?"
    # "provisioned or stay per-token?", "PTUs or stick with on-demand", "bother with caching yet or just stay
    # per-token?": the structure they are on is the other choice
    r"(?:(?:(?:stay|keep|stick|remain|go|move|switch)(?: \w+)?? (?:on |with |to |at )?(?:the )?)?"
    r"(?:per[- ]call|per[- ]token|\bptus?\b|provisioned|reserved|caching)|"
    r"(?:stay|keep|stick with|remain on)(?: on)? on[- ]demand)"
)

# "hourly cost per-call vs per-token?": the cost under each structure is asked for, not a choice between them.
_COST_COMPARED = screened(
    # ("monthly per-call vs per-token?": each structure's bill over the month)
    r"\b(?:costs?|bills?|spend|price|how much|totals?|hourly|daily|weekly|monthly|yearly|annual)\b[^.?!\n]{0,40}?"
    r"(?:per[- ]call|per[- ]token|\bptus?\b|"
    r"provisioned)\s(?:or|vs\.?|versus|and)\s(?:per[- ]call|per[- ]token|\bptus?\b|provisioned)|"
    # ("Monthly on each structure", "the bill under both structures": each structure's bill, not a choice)
    r"\b(?:on|under|for|in|with|across) (?:each|both|either|the two) (?:structures?|pricing (?:models?|structures?))\b|"
    # ("per-call vs per-token, which comes out ahead?", "which is cheaper: per-call or per-token?": the cheaper of the
    # two asked)
    r"(?:per[- ]call|per[- ]token)\s(?:or|vs\.?|versus)\s(?:per[- ]call|per[- ]token)\s?[,:;-]?\s?which(?: one)?"
    r"\s(?:comes? out (?:ahead|cheaper|on top)|is cheaper|works out cheaper|wins|costs less)|"
    r"\bwhich(?: one)?\s(?:comes? out (?:ahead|cheaper|on top)|is cheaper|works out cheaper|wins|costs less)"
    r"\s?[,:;-]?\s(?:per[- ]call|per[- ]token)\s(?:or|vs\.?|versus)\s(?:per[- ]call|per[- ]token)|"
    # ("A) flat one cent per call B) per-token ...: which option is cheaper per month?": the options just priced)
    # ("offer B is 4 units at $21.50 an hour ...: which one works out cheaper?": the offers just priced, named as one)
    # ("which route is cheaper over the month": the two routes just priced)
    r"\bwhich(?: (?:one|option|offer|quote|plan|deal|route|way|path|approach|alternative|endpoint|"
    r"of (?:the|them|these|those)(?: two)?))?\s"
    r"(?:is|comes out|works out|would be|ends up)\s(?:cheaper|less expensive|ahead)\b|"
    # ("per-call vs per-token: what's the monthly number each way?": both bills asked)
    r"(?:per[- ]call|per[- ]token)\s(?:or|vs\.?|versus)\s(?:per[- ]call|per[- ]token)\b[^.?!\n]{0,50}?"
    r"\b(?:each way|both ways|for each|for both|side by side)\b"
)

# "go bedrock or direct?", "Azure vs OpenAI direct", "direct or stay on vertex": a choice between buying through the
# hyperscaler and buying direct, which the scenario answers (the hyperscaler tier's line names what it buys).
HOSTED_OR_DIRECT = screened(
    r"\b(?:azure|bedrock|vertex|aws|gcp|google cloud|the hyperscaler|a hyperscaler|hyperscaler)\b[^.?!;\d%$]{0,30}?"
    r"\b(?:or|vs\.?|versus)\s(?:go(?:ing)?\s|buy(?:ing)?\s)?(?:[a-z]+\s)?(?:direct|first[- ]party)\b|"
    # "Gemini direct API or Vertex?", "direct access vs Bedrock": what is bought direct named between
    # ("direct Gemini API or Vertex?": the model or provider named between)
    r"\b(?:direct|first[- ]party)(?:(?:\s[a-z][\w.-]{1,20}){0,2}?\s(?:api|apis|access|route|endpoint|endpoints|pricing|"
    r"billing|contract|deal)|"
    # "direct to the lab or through Bedrock?": where direct goes, named
    r"\sto (?:the )?(?:lab|vendor|provider|model (?:provider|vendor)|openai|anthropic|google))?"
    r"\s(?:or|vs\.?|versus)\s(?:stay(?:ing)?\s|go(?:ing)?\s|buy(?:ing)?\s)?(?:on\s|via\s|"
    # ("direct API or via the cloud?", "direct or through their cloud agreement?": the buyer's cloud, unnamed)
    r"through\s|with\s)?(?:the\s|their\s)?(?:azure|bedrock|vertex|aws|gcp|google cloud|hyperscaler|cloud)\b|"
    # "Gemini API or Vertex?", "the OpenAI API vs Azure OpenAI": a provider's own API is the direct route
    r"\b(?:gemini|google ai studio|ai studio|openai|anthropic|claude|mistral|cohere)(?: developer)? api\s(?:or|vs\.?|"
    r"versus)\s(?:stay(?:ing)?\s|go(?:ing)?\s)?(?:on\s|via\s|through\s|with\s)?(?:the\s)?(?:azure|bedrock|vertex|aws|"
    r"gcp|google cloud|hyperscaler)\b"
)
# "what's the markup on azure vs direct?", "effective premium?": a markup figure asked, not a choice of channel
_MARKUP_ASKED = screened(r"\bmark-?up\b|\bpremium\b|\buplift\b|\beffective\b|\bhow much (?:more|extra)\b|"
                         r"\bpay(?:ing)? (?:more|extra)\b")
# "whats the weekly diff", "how much cheaper", "the gap between them": the difference between two bills asked
_GAP_ASKED = screened(r"\b(?:diff|difference|delta|gap)\b|\bhow much (?:cheaper|more|less|dearer|extra)\b")
# "what markup are they actually paying?", "what's the real markup", "how much of a premium": the markup's figure asked
_MARKUP_FIGURE_ASKED = screened(
    r"\bwhat(?:'s|s| is)? (?:the |their |our )?(?:real |actual |true |effective |net |all-in )?"
    r"(?:mark-?up|premium|uplift)\b(?! (?:buys?|gets?|pays for)\b)|"
    r"\bhow much (?:of a |of an )?(?:mark-?up|premium|uplift)\b")
# "how do I position it with their contracting officer?", "how should we pitch that": the figure just asked put to the
# buyer, not a structure chosen
_POSITION_IT = screened(r"\bhow (?:do|should|would|can) (?:i|we) (?:position|pitch|frame|explain|justify) "
                        r"(?:it|that|this|the (?:markup|premium|uplift))\b")
# "is per-call the right model for them?", "is provisioned really the best fit?": a judgement on one structure, which
# the scenario answers beside that structure's figures.
RIGHT_STRUCTURE = screened(
    r"\b(?:is|are|would|will|isn't|aren't)\s(?:per[- ]call|per[- ]token|provisioned(?: throughput)?|ptus?|"
    r"(?:prompt )?caching|on[- ]demand|a commitment|reserved capacity)(?: pricing| billing)?\s"
    r"(?:really |even |actually )?(?:be )?(?:the |a )?(?:right|best|correct|wrong|good|sensible|smart) (?:pricing )?"
    r"(?:model|structure|fit|choice|option|call|approach|way to go|idea)\b"
)

_SENTENCE_END = screened(r"[.?!;\n]")
# In the sentence that sets the hyperscaler against direct, a figure asked about rather than the choice.
_FIGURE_IN_CHOICE = screened(r"\b(?:cheaper|dearer|pricier|more expensive|costs?|price|spend|bill|how much|"
                             r"what(?:'s| is|s| s) the|monthly|daily|weekly|yearly|annual|extra|difference|"
                             r"diff|total|savings?|delta|gap|figures?|numbers?|math)\b|[\d$%]")


# "the direct API is cheaper on the rate card — does that win?", "should they just go direct?", "why not buy direct?":
# whether direct access wins over the hyperscaler tier, a choice of channel (the scenario's hyperscaler line).
DIRECT_WINS = screened(
    r"\b(?:does|do|would|will|should|doesn'?t|wouldn'?t|shouldn'?t|won'?t) (?:that|this|it|price|the price|"
    r"(?:the )?direct(?: api| route| option| price| rate| access)?|(?:the )?cheaper (?:rate|price|option|route))"
    r" (?:still |really |actually |just |automatically )?(?:win|wins|settle it|decide it|trump (?:that|it|them|all|"
    r"everything)|beat (?:that|it|them|all)|matter more|override (?:that|it|them))\b|"
    r"\b(?:should|shall|can|could|do|would|why don'?t|why not let) (?:they|we|the (?:bank|customer|buyer|client)) "
    r"(?:just |simply )?(?:go|buy|move|switch) (?:to )?direct\b|"
    r"\bwhy not (?:just |simply )?(?:go|buy|move|switch) (?:to )?direct\b|"
    # "procurement asks 'why not direct API, it's cheaper'", "why not the direct API?": the channel questioned
    r"\bwhy not (?:just |simply )?(?:the |use the |use |via |through )?direct(?: api| access| route| option)?\b|"
    r"\b(?:just )?go direct(?:,| -| and)? (?:it'?s|its|it is|that'?s|thats) cheaper\b|"
    r"\b(?:is|isn'?t) (?:going |buying )?direct (?:still |just |really )?(?:the )?(?:better|smarter|right|best) "
    r"(?:option|choice|route|call|bet|move|deal)\b"
)


def _channel_choice_asked(text: str) -> bool:
    """A sentence that sets the hyperscaler against direct ends with a question mark and asks no figure:
    "go direct or bedrock?", "Azure or OpenAI direct?" (but not "what's the markup on Azure vs direct?")."""
    start = 0
    for end in _SENTENCE_END.finditer(text):
        sentence, start = text[start:end.start()], end.end()
        if (end.group(0) == "?" and HOSTED_OR_DIRECT.search(sentence) and not _MARKUP_ASKED.search(sentence)
                and not _FIGURE_IN_CHOICE.search(sentence)):
            return True
    return False


def _last_sentence(text: str) -> str:
    """The message's closing sentence (where a question put after its context usually sits)."""
    parts = [p for p in _SENTENCE_END.split(text.strip()) if p.strip()]
    return parts[-1] if parts else ""


def _weighs_caching(text: str, found: Found) -> bool:
    """The ask says whether a large context repeats with every call (either way): the caching lever is weighed."""
    return "repeated_context" in found.traits or NO_REPEATED_CONTEXT.search(text) is not None


# Highest score wins; on a tie the intent listed first wins (the more specific question).
PRIORITY = [Intent.PER_CALL, Intent.MARKUP, Intent.CACHING, Intent.BREAK_EVEN, Intent.SCENARIO, Intent.QUOTE]


# "is per-call going to come out ahead of per-token", "per-call cheaper than per-token?": the two set against each other
_PER_CALL_AGAINST_TOKEN = screened(r"\bper[- ]call\b[^.?!\n]{0,40}?\b(?:ahead of|cheaper than|beat|beats|better than|"
                                   r"win over|vs\.?|versus|against)\s(?:just\s)?(?:paying\s)?per[- ]token\b|"
                                   # ("move to a flat per call price instead of tokens ... is flat per call cheaper?")
                                   # ("a flat per-invocation price instead of metering tokens")
                                   r"\bper[- ](?:call|invocation|request|transaction)\b[^.?!\n]{0,30}?"
                                   r"\b(?:instead of|rather than)\s(?:metering\s|billing\s|charging\s|paying for\s)?"
                                   r"(?:per[- ])?tok(?:en)?s?\b|"
                                   # ("cust is comparing us to a per call classification api")
                                   r"\b(?:compar(?:e|es|ed|ing)|benchmark(?:s|ed|ing)?) (?:us|our (?:pricing|prices?|"
                                   r"rates?|offer)) (?:to|with|against) (?:a|an|the|their) (?:flat )?"
                                   r"per[- ](?:call|request|invocation|transaction)\b|"
                                   r"\bis (?:a |the )?(?:flat )?per[- ]call(?: (?:price|fee|pricing))? "
                                   r"(?:cheaper|better|worth it)\b|"
                                   # ("their other option is the vendor's per-call endpoint. which one comes out
                                   # cheaper?": the two options set side by side, the cheaper asked)
                                   # ("choosing between per-token and a per-call tagging endpoint ... which way
                                   # should they go on cost?": the choice between the two named)
                                   r"\b(?:choos\w*|decid\w*|pick\w*|torn|weigh\w*) between (?:going )?per[- ]token "
                                   r"(?:and|or) (?:an? |the |their )?per[- ](?:call|request|invocation)\b|"
                                   r"\b(?:choos\w*|decid\w*|pick\w*|torn|weigh\w*) between (?:an? |the |their )?"
                                   r"per[- ](?:call|request|invocation)\b[^.?!\n]{0,40}? (?:and|or) per[- ]token\b|"
                                   r"\bper[- ]call\b[^?!\n]{0,160}?\b(?:which|who) "
                                   r"(?:one|option|of (?:the|them|these))? ?"
                                   r"(?:is|comes? out|works? out|ends? up|would be)? ?cheaper\b|"
                                   # ("wants to move them onto a flat per-call rate instead. Would the switch save them
                                   # money?": the switch to a per-call offer weighed)
                                   r"\bper[- ]call\b[^?!\n]{0,80}?\b(?:would|will|does|did) (?:the |that |this )?"
                                   r"(?:switch|move|change)\b[^.?!\n]{0,20}?\b(?:save|cost)\b|"
                                   # ("is their per-call price the better deal?", "would the per-request plan come out
                                   # cheaper?": a per-call offer weighed, its fee not said)
                                   r"\bper[- ](?:call|request|invocation|transaction)\s(?:price|fee|rate|pricing|offer|"
                                   r"deal|plan|quote|option)\b[^.?!\n]{0,30}?\b(?:(?:the\s|a\s)?better\s(?:deal|option|"
                                   r"value|offer|choice|bet)|cheaper|worth it|comes? out (?:ahead|cheaper|on top)|"
                                   r"wins?)\b")


def classify(text: str, found: Found) -> Intent | None:
    """The best-supported intent, or None when there is no evidence for any."""
    scores = score(text, found)
    named = {_STRUCTURE_KEYS[m.group(0).replace(" ", "-")[:7]]
             for m in _STRUCTURE_NAMES.finditer(_NOT_A_FEE.sub(" ", text))}
    tokens_given = _has(found, "input_tokens_per_call", "input_tokens_per_day", "tokens_per_call")
    # Beside per-call figures, "transactional" says no more than they do ("embedding endpoint, $0.0001 per call",
    # "our OCR thing, 1.2k in / 80 out per page"): the workload is described only by how it runs (volume, stage,
    # steadiness, what it sends).
    described = any(t in found.traits for t in _DESCRIBING if t != "transactional")
    # "per-call or per-token?" with the call's tokens is the comparison, unless a workload is described around it
    # ("predictable volume, bounded prompts, agentic runs ... per-call or per-token?"): then it is the choice.
    pt_or_od = _PT_OR_OD.search(text) is not None and not _has(
        found, "discount", "unit_hour_price", "on_demand_spend", "provisioned_spend", "tokens_per_minute_per_unit")
    # ("a quarter off, busy half the time: provisioned or stay on-demand?": a commitment against on-demand, with the
    # discount and the load it meets, is answered by its break-even)
    # (a peak-to-average ratio instead leaves the sizing to advise on: "PAR 3, 40% off. provisioned or stay per-token?")
    commitment_sum = (named == {"provisioned", "per_token"} and _has(found, "discount") and _has(found, "utilization")
                      and not _has(found, "peak_to_average"))
    which_of = len(named) >= 3 or (len(named) == 2 and (not tokens_given or described) and not commitment_sum
                                   and (_OR_STRUCTURES.search(text) is not None or pt_or_od))
    # ("a few hundred calls a week": a volume said loosely is still one)
    volume = _has(found, "calls_per_day", "input_tokens_per_day", "tokens_per_day") or bool(_VAGUE_VOLUME.search(text))
    # "what do I tell them?" is the structure to recommend only where no one structure's figures are asked about
    # ("how much will caching knock off their bill? what do I tell them?" is the caching figure)
    # ("... could grow or die, nobody knows. vendor offered $0.01 a call. what do I tell them": a volume no one can
    # forecast makes the offer's figures part of the advice)
    in_words = deal_terms.STRUCTURE_IN_WORDS.search(text) or (
        deal_terms.WHAT_TO_TELL.search(text) and not deal_terms.FIGURE_ASKED.search(text)
        and (not _has(found, *_COMMITMENT_FIGURES, "prefix_tokens", "hit_ratio", "cache_write_rate")
             or (any(t in found.traits for t in ("variable", "early_stage"))
                 and not _has(found, "markup", "prefix_tokens", "cache_read_rate", "hit_ratio", "cache_write_rate"))))
    if (_has(found, "provisioned_spend") and _has(found, "blended_rate", "on_demand_rate")
            and (_has(found, "tokens_per_day") or (found.header_period is not None and _has(found, "tokens_per_call")))
            and not _has(found, "per_call_fee", "prefix_tokens", "markup")):
        # ("last month's PT bill: paid $21,900 ...; it served 2.4B tokens": the month's tokens, read as such later)
        # "600M tokens a day at $3.50/M blended; provisioned is a flat $45,000 a month ... how much does it save?": the
        # commitment against the same traffic on-demand
        return Intent.BREAK_EVEN
    if _has(found, "claimed_call_cost") and not _has(found, "per_call_fee") and tokens_given:
        # "1k in and 1k out is basically two cents a call at $5/$15, right?": a call's per-token cost to check, no fee
        return Intent.QUOTE
    if (not _has(found, "per_call_fee", "markup", "discount", "prefix_tokens") and _FEE_NOT_GIVEN.search(text)
            and _has(found, "input_tokens_per_call", "tokens_per_call")
            and KEYWORDS[Intent.PER_CALL].search(_NOT_A_FEE.sub(" ", text)) and not described):
        # "comparing your per-token pricing with the per-call option ... the per-call rate is still TBC. Which should
        # we go with?": a per-call offer whose fee is missing, set against the calls' tokens, is the per-call
        # comparison (it works out the per-token cost of a call and asks for the fee), however the choice is put
        return Intent.PER_CALL
    if (not _has(found, "per_call_fee", "markup", "discount", "prefix_tokens") and tokens_given
            and _PER_CALL_AGAINST_TOKEN.search(text) is not None):
        # "they want a flat per-call price through their vendor: is per-call going to come out ahead of per-token?":
        # the comparison asked, its fee not given yet (the answer works out the per-token cost and asks for it)
        return Intent.PER_CALL
    if (_has(found, "per_call_fee") and tokens_given
            and (CALL_SIZE_ASKED.search(text) is not None or _GAP_ASKED.search(text) is not None)
            and not _has(found, "markup", "discount", "prefix_tokens")):
        # "agent platform at 1.5c a call, 6k in / 1.5k out at $1.25/$10: which is cheaper and the crossover?": a fee
        # against the call's tokens, and the crossover call size asked (or the gap between them: "per call vs per
        # token, whats the weekly diff"), is the per-call comparison, whatever else the workload is called
        return Intent.PER_CALL
    if _channel_choice_asked(text) and not deal_terms.WHAT_IT_BUYS.search(text):
        # "20% bedrock markup, 15% EA, data residency reqs. go direct or bedrock?": the choice itself is the question,
        # and the markup figures are worked out under the hyperscaler line
        return Intent.SCENARIO
    if HOSTED_OR_DIRECT.search(text) and not deal_terms.WHAT_IT_BUYS.search(text) and not (
            _MARKUP_ASKED.search(text) and not STRUCTURE_QUESTION.search(text)) and (
            not (_has(found, "markup", "ea_discount", "hyperscaler_spend", "hyperscaler_list_spend", "direct_spend",
                      "direct_rate") or found.unlabeled_percents) or STRUCTURE_QUESTION.search(text)):
        # "go bedrock or direct?" with the workload's needs; "Bedrock vs direct, markup 20%, EA 15%: what's the pitch?"
        return Intent.SCENARIO
    if "hyperscaler" in found.traits and NEED_STATED.search(text) and not ASKS_SOMETHING.search(text):
        # "healthcare cust needs private endpoints/VNet + existing azure billing. $30k/mo direct, azure +30%, EA 10%":
        # a need only the hyperscaler tier meets, stated with the deal's figures and no question about one of them, is
        # the hyperscaler line of the scenario, its markup figures worked out under it
        return Intent.SCENARIO
    needs = any(t in found.traits for t in ("compliance", "federal"))
    # "what markup are they actually paying over direct, and how do I position it?": the markup's figure asked, and how
    # to put it to the buyer, which the markup's answer gives with what the markup buys (no structure asked)
    asked = (_POSITION_IT.sub(" ", text) if _has(found, "markup") and _MARKUP_FIGURE_ASKED.search(text) else text)
    if (((CHANNEL_ASKED.search(text) and (needs or "hyperscaler" in found.traits))
         # "all-in on AWS, wants Bedrock, 30% list markup, EA 20%: how do we position?": the buyer's cloud, and the way
         # to go asked, is the hyperscaler line with its markup worked out under it
         or (needs and STRUCTURE_QUESTION.search(asked))
         # "EU residency, private endpoints, a big GCP commitment; direct is cheaper on the rate card: does that win?"
         or ((needs or "hyperscaler" in found.traits) and DIRECT_WINS.search(text))
         or ("hyperscaler" in found.traits and STRUCTURE_QUESTION.search(_last_sentence(asked))))
            and not _has(found, "per_call_fee", "cache_read_rate", "prefix_tokens", "unit_hour_price")
            # ("Bedrock 18% over direct, EA 10%; Vertex 35% over, a fifth off: which route has the lower effective
            # markup?": two clouds' markups set against each other, the markup's figure asked)
            and not (len(set(found.values.get("markup", []))) >= 2
                     and _MARKUP_ASKED.search(_last_sentence(text)) is not None)):
        # "FedRAMP High, already on Azure Gov, the Azure quote is ~30% higher: what channel should we steer them to?":
        # the channel is the scenario's hyperscaler line, with any markup figures worked out under it
        return Intent.SCENARIO
    if (PUSH_ASKED.search(text) and not found.load_profile and not deal_terms.FIGURE_ASKED.search(text)
            and not _has(found, *_COMMITMENT_FIGURES, "provisioned_spend", "ea_discount", "tokens_per_minute_per_unit",
                         "commitment_value")):
        # "4:1 peak-to-average, never throttles, provisioned at 35% off. push provisioned or not?": the verdicts, with
        # the peak sizing worked out beside them
        return Intent.SCENARIO
    if (RECOMMEND_ASKED.search(text) and not found.load_profile
            and not _has(found, "markup", "ea_discount", "per_call_fee", "cache_read_rate", "unit_hour_price",
                         "tokens_per_minute_per_unit", "commitment_value")):
        # "peak-to-average like 6, 40% off: do we still recommend it?": the verdicts, with the break-even beside them
        return Intent.SCENARIO
    # "is per-call a good idea for them, and where's the crossover?" with the call's tokens: the per-call comparison
    # (which asks for the fee), not the choice among all four structures.
    per_call_crossover = (tokens_given and CALL_SIZE_ASKED.search(text) is not None
                          and (_has(found, "per_call_fee") or ("per_call" in named
                                                               and named <= {"per_call", "per_token"})))
    if RIGHT_STRUCTURE.search(text) and not _has(found, "markup") and not per_call_crossover and not (
            _has(found, "discount") and _has(found, "peak_to_average", "utilization")):
        # with a discount and the load it meets, "is provisioned a good idea?" is answered by its break-even
        return Intent.SCENARIO
    # "flat one cent per call, or per-token at $3/$15 on 3,000 in / 20 out: which option is cheaper?": a fee and the
    # call's tokens with the cheaper one asked is the per-call comparison, however the workload is described
    fee_against_tokens = _has(found, "per_call_fee") and tokens_given and _COST_COMPARED.search(text) is not None
    # "4 units x $21/hr ... ~12B input tokens/mo at $2.50/M ... provisioned or stay on-demand?": units priced by the
    # hour against the traffic they would carry answer the either-or with the two bills
    units_against_traffic = (_has(found, "units") and _has(found, "unit_hour_price")
                             and (_has(found, "on_demand_spend") or (volume and (
                                 _has(found, "input_rate", "output_rate", "blended_rate")
                                 or bool(found.unlabeled_rates) or bool(found.models)))))
    # ("Option A: 12 PTUs x $3.40/hr ... Option B: on-demand, 9B in + 1B out at $2.50/$10. Which option is cheaper?":
    # the two bills asked, not a choice of structure)
    bills_compared = units_against_traffic and _COST_COMPARED.search(text) is not None
    # ("need a steer ... each unit handles 50k tokens per minute. How many units should we put in the proposal?": the
    # units a load needs, asked with a unit's throughput, are worked out, not a structure chosen)
    units_sized = _has(found, "tokens_per_minute_per_unit") and _CAPACITY_ASKED.search(text) is not None
    if not _has(found, "markup") and not per_call_crossover and not fee_against_tokens and not bills_compared and (
            not units_sized) and (
            ((STRUCTURE_QUESTION.search(text) or in_words) and (not _has(found, "per_call_fee", "cache_read_rate")
                                                  or any(t in found.traits for t in _DESCRIBING)))
            or (_LEAD_WITH.search(text) and (not _has(found, "per_call_fee", "cache_read_rate") or described
                                             or volume))
            # "procurement likes fixed unit costs ... which?": the buyer's wish for a fixed price per transaction, at a
            # stated volume, describes the deal the choice is about
            or (WHICH_WAY.search(text) and (described or ("fixed_unit_cost" in found.traits and volume)))):
        # "RAG bot, 30k preamble on every call, $3 in, cached $0.30: best structure?": the figures of one structure
        # on a described workload are worked out inside the choice of structure.
        return Intent.SCENARIO
    # ("per-call vs per-token, planned vs what the pilot sees ... how much a week does the per-call endpoint save?": a
    # fee and the call's tokens with a figure asked of them are the comparison, however the workload is described)
    # ("charges two cents per call ... Per-call vs per-token: what does each look like?": the two set side by side)
    fee_figure = _has(found, "per_call_fee") and tokens_given and (
        deal_terms.FIGURE_ASKED.search(text) is not None or _PER_CALL_AGAINST_TOKEN.search(text) is not None)
    if (which_of and not _has(found, "markup") and (not _has(found, "per_call_fee", "cache_read_rate") or described)
            and not (tokens_given and _COST_COMPARED.search(text)) and not units_against_traffic and not fee_figure):
        return Intent.SCENARIO
    sized_for_peak = "size_for_peak" in found.traits and _has(found, "discount")  # the break-even question, below
    if (sized_for_peak and _commit_decided(text) and not deal_terms.FIGURE_ASKED.search(text)
            and not found.load_profile and not _has(found, *(f for f in _COMMITMENT_FIGURES if f != "on_demand_spend"))
            and (_weighs_caching(text, found) or ("variable" in found.traits
                                                  and sum(t in found.traits for t in _DESCRIBING) >= 2))):
        # "agent workload, very spiky, 40% off sized for peak. yes/no?", "production, spikes to 2x, no large repeated
        # prefix, 30% off sized for peak: should we do provisioned?": a described workload (what it is and how it
        # swings, or what it repeats) with a yes/no on the commitment is the advice across structures, the
        # break-even figures worked out beside the verdicts
        return Intent.SCENARIO
    described_all = any(t in found.traits for t in _DESCRIBING)
    if (_commit_decided(text) and sum(t in found.traits for t in _DESCRIBING) >= 2
            and _has(found, "discount") and _has(found, "peak_to_average", "utilization") and not found.load_profile
            and not _has(found, *(f for f in _COMMITMENT_FIGURES if f != "utilization"))
            and not deal_terms.FIGURE_ASKED.search(text)):
        # "sustained high volume prod RAG, peak:avg 1.25 (~80% util sized to peak), provisioned at half off. PT or
        # not?": a yes/no on the commitment for a described workload whose load is known is the verdict across the
        # structures, the break-even and the cost at that utilization worked out beside it
        return Intent.SCENARIO
    shaped = (any(t in found.traits for t in ("steady", "flat", "variable"))
              and sum(t in found.traits for t in _DESCRIBING) >= 2)
    if (sized_for_peak and _commit_decided(text) and not found.load_profile
            and not _has(found, *(f for f in _COMMITMENT_FIGURES if f != "on_demand_spend"))
            and (shaped or (described_all and STAY_ALTERNATIVE.search(text)))):
        # "steady production workload, PAR 1.25, sized for peak, 35% off: should we go provisioned, and the annual
        # saving?", "super spiky, sized for peak at 40% off: take it or stay on-demand?": the load's shape and the
        # choice asked are the advice across structures, the peak sizing and its bill worked out beside the verdicts
        return Intent.SCENARIO
    # "spiky internal tool, PAR ~4, half off provisioned. worth it?": a yes/no on a commitment offered to a described
    # workload (a caching question keeps its own figures)
    worth = (WORTH_IT.search(text) is not None and _has(found, "discount") and _has(found, "peak_to_average")
             and not KEYWORDS[Intent.CACHING].search(text))
    # "moving the flow to the vendor's per-call SKU, 6k in / 1.2k out on $0.80/$4: thoughts?": a per-call offer set
    # against the call's tokens and rates, with no commitment in it, is the per-call comparison (which asks the fee)
    per_call_move = (tokens_given and _PER_CALL_PRODUCT.search(text) is not None
                     and (_has(found, "input_rate", "output_rate") or bool(found.unlabeled_rates))
                     and not KEYWORDS[Intent.BREAK_EVEN].search(text))
    if per_call_move:
        scores[Intent.PER_CALL] += 3  # the offer weighed outweighs the bill's words ("a month", "cost")
    if ((_commit_decided(text) or worth) and described_all and not per_call_move
            # a month's on-demand spend beside the discount is the bill the verdict stands on, not a load to work from
            and not _has(found, *(f for f in _COMMITMENT_FIGURES if f != "on_demand_spend"))
            and not found.load_profile and not sized_for_peak
            # ("spikes like crazy, 35% off: how much should they commit, and will it save anything?": the sizing
            # asked at a discount is the break-even question, which asks for the peak-to-average ratio)
            and not (_CAPACITY_ASKED.search(text) and _has(found, "discount"))):
        return Intent.SCENARIO
    if (_has(found, "prefix_tokens") or "repeated_context" in found.traits) and KEYWORDS[Intent.CACHING].search(text):
        scores[Intent.CACHING] += 3
    elif _has(found, "cache_read_rate", "cache_read_share") and _PROMPT_REPEATED.search(text):
        # "grow the system prompt from 2k to 5k ... $0.30 reads": a cache-read price beside the prompt every call sends
        scores[Intent.CACHING] += 3
    explicit = any(KEYWORDS[i].search(text) for i in (Intent.CACHING, Intent.BREAK_EVEN, Intent.PER_CALL,
                                                       Intent.MARKUP, Intent.QUOTE)) or (
        # "RAG preamble of 20k tokens, reads at 10%, writes at 125% ... net/day?": cache prices beside a prefix ask
        # about caching whatever words name them
        _has(found, "prefix_tokens") and _has(found, "cache_read_rate", "cache_read_share", "cache_write_rate",
                                               "cache_write_share")) or sized_for_peak
    priced = _has(found, "input_tokens_per_call", "input_tokens_per_day") and (
        _has(found, "input_rate") or bool(found.unlabeled_rates) or bool(found.models))
    if not explicit and not priced and any(t in found.traits
                                           for t in ("rag", "agent", "early_stage", "production", "federal",
                                                     "compliance")):
        # A workload described with no question about one structure: map it across all four.
        return Intent.SCENARIO
    if (_PRICE_IT_ASKED.search(text) and any(t in found.traits for t in ("federal", "compliance"))
            and not _has(found, "markup", "ea_discount", "hyperscaler_spend", "hyperscaler_list_spend", "direct_spend",
                         "direct_rate", "input_rate", "output_rate")):
        # "they need FedRAMP High ... why would they pay more than direct, and which way do we price it?": a compliant
        # buyer described, the way to price it asked, no markup to work out
        return Intent.SCENARIO
    best = max(PRIORITY, key=lambda i: (scores[i], -PRIORITY.index(i)))
    if (best is Intent.PER_CALL and not _has(found, "per_call_fee", "input_rate", "output_rate") and not found.models
            and not found.unlabeled_rates and not FEE_ASKED.search(text)
            and any(t in found.traits for t in ("transactional", "fixed_unit_cost"))
            and any(t in found.traits for t in ("fixed_unit_cost", "steady", "high_volume", "bounded_prompts"))):
        # "classification endpoint, 10M short calls/mo, fixed pipeline, CFO wants per-transaction costs": no fee and no
        # rates to compare, only a workload described: which structure fits is the question.
        return Intent.SCENARIO
    if (best is Intent.PER_CALL and tokens_given and not _has(found, "per_call_fee") and not FEE_ASKED.search(text)
            and not CALL_SIZE_ASKED.search(text) and _has(found, "input_tokens_per_call")
            and (_has(found, "input_rate", "output_rate") or found.unlabeled_rates or found.models)
            and not _PER_CALL_OFFER.search(text) and not _FEE_NOT_GIVEN.search(text)):
        # "per call at 4.2k in / 350 out, 3/15?", "does a call come in under half a cent?": the per-token cost of one
        # call asked, with no fee or per-call offer to set it against
        return Intent.QUOTE
    if (best is Intent.PER_CALL and not ASKS_SOMETHING.search(text) and "transactional" in found.traits
            and "steady" in found.traits and "bounded_prompts" in found.traits):
        # "image moderation api, predictable 1M images/mo, bounded input. $0.0008/image flat vs per-token ~1,200 in":
        # a fixed run of bounded transactions described, with nothing asked, is mapped across the structures (the
        # fee against per-token worked out under the per-call verdict)
        return Intent.SCENARIO
    duty_cycle = "full_load" in found.traits and _has(found, "active_hours")  # a utilization to work out
    tokens = _has(found, "input_tokens_per_call", "output_tokens_per_call", "input_tokens_per_day",
                  "output_tokens_per_day")
    if (best in (Intent.BREAK_EVEN, Intent.QUOTE) and not ASKS_SOMETHING.search(text) and not duty_cycle
            and not (best is Intent.QUOTE and tokens) and any(t in found.traits for t in _WORKLOAD_TRAITS)):
        # "production chatbot, steady 24/7, peak-to-average ~1.3, 35% provisioned discount": a workload described
        # with no question about one figure is mapped across all four structures.
        return Intent.SCENARIO
    return best if scores[best] >= 2 else None
