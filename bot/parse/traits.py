"""Workload traits read from a rep's description ("steady 24/7", "the same manual with every call", "capped
prompts, a fixed cost per invoice"), and the scenario engine's :class:`~pricing.scenario.WorkloadTraits` built
from them. Patterns run on the normalized (lower-cased) text."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from glossary.prefilter import Screen, prepare
from glossary.regex_cache import compile_regex

if TYPE_CHECKING:
    from bot.parse.models import Fields
    from pricing.scenario import Compliance, WorkloadTraits

# A count never starts inside a run of digits and reads at most 20 characters of it, so a pattern built on it costs
# a constant per character (a run of 40,000 "1," was quadratic).
_COUNT = r"~?(?<![\d.,])[\d.,]{1,20}+\s?[kmb]?"
# "20-30", "10 to 15", "~40", "a dozen or so", "dozens of": how many questions follow, however it is said
_SEVERAL = (r"(?:(?<![\d.,])[\d.,]{1,9}+\s?k?(?:\s?(?:-|–|to)\s?[\d.,]{1,9}+\s?k?)?|a dozen(?: or so)?|"
            r"(?:a few )?dozens?(?: of)?|several|many|lots of|"
            r"a (?:series|string|bunch|run|stream|handful) of|multiple)")
_ITEM = (r"(?:invoice|image|photo|document|doc|page|application|claim|receipt|form|item|record|ticket|transaction|"
         r"file|scan|check|order)s?")

# A unit of work whose cost finance can fix: one call per item ("a cost per parcel", "a price per shipment"); not a
# person, a seat or a conversation ("a cost per employee" of long, variable conversations).
_COSTED_ITEM = (r"(?:" + _ITEM + r"|(?:parcel|shipment|package|listing|email|letter|contract|polic(?:y|ie)|loan|case|"
                r"lead|report|resume|cv|product|sku|label|review|statement|booking|return|refund|lookup|query|querie|"
                r"call|request|summary|summarie|translation|transcript|submission|filing|payment|quote|survey|"
                r"article|post|question|answer|product description|description)s?)")
# "each agent session makes one planning call ...": a session, a run or a conversation is no single item of work
_NOT_AN_ITEM = (r"(?:invocation|call|request|query|run|step|turn|execution|workflow|session|agent|conversation|chat|"
                r"thread|task|job|loop|episode|user|seat|employee)")

# "data has to stay in eu-central", "must remain in-region", "EU-only processing": where the data may be processed.
_DATA_STAYS = (r"\bdata (?:has to|have to|must|needs to|need to|should|can't|cannot|can not|may not|is not allowed to) "
               r"(?:stay|remain|live|be kept|be stored|be processed|leave)\b|\bin[- ]region\b|\b(?:eu|uk|us)[- ]only\b|"
               r"\bgdpr\b|\bsovereign")

# "a nightly batch for 4 hours and idle the rest of the day": busy for a window, idle otherwise. The load varies over
# the day (capacity bought for it idles), whatever the volume does from one night to the next.
_BATCH_WINDOW = (r"\bidle (?:the rest|for the rest|most of the (?:day|time|week)|otherwise|outside)|"
                 r"\b(?:nightly|overnight|end-of-day|weekly|monthly) batch(?:es| jobs?| runs?)?\b")
BATCH_WINDOW = compile_regex(_BATCH_WINDOW)
# Around the clock, however it is written: "24/7", "24x7", "24 x 7", "24/7/365".
_ALWAYS = r"(?:24/7(?:/365)?|24 ?x ?7\b|24-7\b)"
# Volume that swings: spikes, seasons, growth, quiet spells.
_SWINGS = (r"variable(?! (?:prompt|input|doc|document|call|request|context|conversation|chat|session|ticket|message|"
           r"transcript)s? (?:sizes?|lengths?)| (?:bit|part|portion|section|suffix|tail|question|input)s?\b|"
           # "the CFO hates variable token bills", "variable monthly costs": a bill that varies, not a swinging volume
           r"[- ](?:(?:token|usage|monthly|inference|ai|api|cloud|per[- ]token)[- ])?(?:bills?|billing|costs?|"
           r"spend(?:ing)?|pricing|prices?|invoices?|charges?|fees?|payments?|expenses?|budgets?)\b)|"
           r"unpredictable|spiky|spikey|peaky|bursty|burst|seasonal|fluctuat|uneven|spikes?|all over the place|"
           # "gets hammered whenever they run flash sales", "slammed at month-end": a load that swings to a peak
           r"\b(?:gets?|getting|is|are) (?:absolutely |really |totally )?(?:hammered|slammed|swamped|flooded)\b|"
           # "it goes nuts at market open", "traffic goes through the roof at lunch": a load that leaps at times
           r"\b(?:goes|going|go|gets|getting) (?:absolutely |completely |totally )?(?:nuts|crazy|wild|bananas|mental|"
           r"ballistic|through the roof)\b|"
           r"\bhammers\b|\bquiet (?:most of the|for most of the) (?:month|week|day|time|year)\b|"
           r"\bflash[- ]sales?\b|"
           r"\berratic|\birregular|\blumpy|\bvolatile|\bsporadic|\bintermittent|\bchoppy|"
           # "could grow or die, nobody knows": a volume no one can forecast
           r"\b(?:grow|take off|explode|boom) or (?:die|fizzle|flop|shrink|stall|bust)\b|"
           r"\b(?:nobody|no one|noone) knows\b|"
           r"\bhard to (?:predict|forecast)\b|"
           # ("it jumps a lot during month-end close": the load said before, its swings after)
           r"\b(?:volume|traffic|load|usage|it) (?:moves|swings|jumps|varies) (?:around|a lot|wildly|anywhere)|"
           r"(?:volume|traffic|load|usage|demand)s? (?:doubles|triples|quadruples|spikes|surges|explodes|doubling|"
           r"tripling|growing fast|swinging)|quiet otherwise|"
           r"\b(?:very |pretty |dead |fairly )?quiet (?:overnight|at night|at weekends|on weekends|"
           r"in (?:recess|the evenings?))|"
           # "usage is doubling every fortnight", "traffic keeps tripling": growth that leaves no steady level
           r"(?:volume|traffic|load|usage|demand)s? (?:is |are |keeps? |has been |have been )(?:doubling|tripling|"
           r"quadrupling|growing fast|exploding|surging)")
SWINGS = compile_regex(_SWINGS)
# "peak/avg ~2.5 (end-of-month invoicing spike)", "a month-end peak", "the Monday-morning surge": a spike that comes on
# a schedule is the load's known peak (its peak-to-average ratio), not a volume that cannot be predicted.
SCHEDULED_SPIKE = compile_regex(
    r"\b(?:end[- ]of[- ](?:the[- ])?(?:month|quarter|year|week|day)|month[- ]end|quarter[- ]end|year[- ]end|"
    r"(?:monday|friday|weekday|morning|lunchtime|evening)s?|(?:invoicing|billing|payroll|close|closing|reporting|"
    r"tax[- ]season|open(?:ing)?[- ]bell|market[- ]open|batch))(?:[- ](?:morning|invoicing|billing|payroll|close|"
    r"reporting|rush|run))?[- ](?:spikes?|peaks?|surges?|bursts?|rush(?:es)?)\b|"
    # "lumpy (most land in the last week of the month)": a fixed volume that arrives on a schedule within its period
    r"(?:\b(?:lumpy|bursty|spiky|peaky|uneven)\W{0,3})?\b(?:most|the bulk|the majority|much|half|\d{1,3}%)"
    r"(?: of (?:it|them|those|the \w+))? (?:land|lands|arrive|arrives|come in|comes in|hit|hits|happen|happens|fall|"
    r"falls|run|runs|is|are) (?:in|during|over|at) the (?:last|final|first|closing|opening) (?:week|few days|days|"
    r"\d{1,2} days|two weeks|fortnight) of (?:the|each|every) (?:month|quarter|year)\b")
# "a workflow-automation startup" names the company, not a deployment in its early days (the pilots, betas and
# unknown volumes of the source's scenario 1).
STARTUP = compile_regex(r"\bstart-?ups?\b")
# "no interest in commitments yet", "they won't sign a commitment": a commitment ruled out for now.
NO_COMMITMENT = compile_regex(
    r"\bno (?:interest in|appetite for|desire for|plans? for|wish for|taste for) (?:a |any |long-term |multi-year )?"
    r"(?:commit\w*|reserv\w*|provisioned|ptus?)|"
    r"\b(?:won't|will not|wont|don't want to|do not want to|doesn't want to|does not want to|can't|cannot|unwilling to|"
    r"not willing to|not ready to|refuses? to|reluctant to) (?:sign |make |take on |enter |lock in |lock into )?"
    r"(?:a |any )?commit\w*|"
    r"\b(?:allergic to|averse to|against) (?:a |any )?commit\w*|\bno commitments?\b(?! risk)|"
    # ("commit appetite: none", "they said no to any reserved capacity": the buyer's answer on a commitment)
    r"\bcommit(?:ment)? appetite\W{1,3}(?:none|nil|zero|no)\b|"
    r"\b(?:said|say|says|saying) no to (?:a |any |the )?(?:commit\w*|reserv\w*|provisioned|ptus?)")

# "capacity that never throttles", "no throttling at peak", "nothing may spill over": the buyer requires capacity that
# covers the peak itself (not only capacity bought that way), so a commitment to the base load is not what is asked.
NEVER_THROTTLED = compile_regex(
    r"\bnever (?:get |be |being |getting )?throttl\w*|\b(?:no|zero|without(?: any)?) throttling\b|"
    r"\b(?:can'?t|cannot|must not|mustn'?t|won'?t accept|may not) (?:be |get )?throttled\b|"
    r"\bnever (?:spill|overflow)(?:s|ing)?\b|\b(?:nothing|no traffic|no load) (?:ever |may |can )?spills?\b")

# "no large repeated prompt prefix", "nothing shared across calls", "every prompt is unique": the rep says there is no
# stable prefix for a cache to reuse, so caching is not the lever and its prefix is not asked for again.
NO_REPEATED_CONTEXT = compile_regex(
    r"\b(?:no|without|little|hardly any|not much|zero|minimal)(?: (?:large|big|long|real|meaningful|significant|"
    r"sizeable|sizable|much|prompt|system))? (?:repeated|repeating|shared|common|static|stable|cacheable|reused|"
    r"re-used|reusable|identical)(?: (?:prompt|system|large|big))? ?(?:prefix(?:es)?|context|preamble|"
    r"system prompts?|instructions|boilerplate|content|block|part)\b|"
    r"\bno (?:large |big |long |real |shared |common |stable |static )?(?:prompt |system )?prefix(?:es)?\b|"
    r"\b(?:nothing|little|not much) (?:to cache|(?:is |gets )?(?:repeated|shared|reused|re-used|cacheable))\b|"
    r"\b(?:every|each) (?:prompt|call|request|query) is (?:completely |entirely |totally )?(?:unique|different)\b|"
    r"\b(?:prompts?|calls?|requests?|queries) (?:are |is )?(?:all |completely |entirely |totally |mostly )?"
    r"(?:unique|one-offs?|different every time)\b|"
    r"\bno (?:prompt |context |prefix )?re-?use\b")

# "a state agency", "local government", "county gov": government below the federal level, which FedRAMP does not bind
_NOT_LOCAL = (r"(?<!\bstate )(?<!\bstate-)(?<!\bstate-level )(?<!\blocal )(?<!\bcounty )(?<!\bcity )"
              r"(?<!\bmunicipal )(?<!\bprovincial )")

_PAST_STAGE = "".join(f"(?<!\\b{w} )" for w in ("past", "past the", "past a", "out of", "out of the", "beyond",
                                                 "beyond the", "after the", "longer a", "post")) + r"(?<!\bpost-)"
TRAITS: dict[str, re.Pattern[str]] = {
    "rag": compile_regex(r"\brag\b|retrieval|knowledge[- ]base|search over"),
    "agent": compile_regex(r"\bagent(?:s|ic)?\b|multi-?step|tool[- ]use"),
    "early_stage": compile_regex(
        # ("on the pilot reservation": capacity already bought, no early stage)
        # ("well past pilot", "out of the POC", "post-pilot": the stage left behind)
        _PAST_STAGE + r"\bpilot(?! (?:reservation|commitment|capacity|ptus?|units?)\b)|" + _PAST_STAGE + r"\bpoc\b|"
        r"proof of concept|early[- ]stage|"
        r"early days|prototype|just (?:starting|getting started)|"
        r"experiment|\bmvp\b|\bbeta\b|\bbrand[- ]new\b|don't know (?:our|the) volume|hackathon|"
        r"\bstart-?ups?\b|"
        # "a new product" launching, not "every new product listing" (the items a steady pipeline handles)
        r"new product(?![- ](?:listings?|descriptions?|pages?|photos?|images?|data|catalog(?:ue)?s?|feeds?|skus?|"
        r"reviews?|entries|records|titles|categor(?:y|ies)|uploads?|labels?|tags?))\b|"
        r"just launched|newly launched|\bseed[- ]stage\b|\b\d{1,2} months old\b|"
        # "live for three weeks", "launched a fortnight ago", "only been in production 10 days"
        r"\b(?:live|launched|in production|running|up) (?:for )?(?:only |just )?(?:about |around )?"
        r"(?:a few|a couple of|\d{1,2}|one|two|three|four|five|six|a|a single) (?:days?|weeks?|fortnights?)\b(?! of)|"
        r"\b(?:launched|went live) (?:only |just )?(?:a few|a couple of|\d{1,2}|one|two|three|four|five|six|a) "
        r"(?:days?|weeks?|fortnights?) ago\b|"
        # "launched their dispatch assistant 3 weeks ago": what was launched named between
        r"\b(?:launched|rolled out|shipped|released|deployed|went live with) (?:[\w'-]{1,20} ){1,5}?(?:only |just )?"
        r"(?:about |around )?(?:a few|a couple of|\d{1,2}|one|two|three|four|five|six|a) (?:days?|weeks?|fortnights?) "
        r"ago\b|"
        # "volume is still unknown", "no idea where usage will settle": how much it will be used is not known yet
        # (not knowing what the traffic looks like is its shape, the peak-to-average ratio, not its amount)
        r"\b(?:volumes?|usage|demand) (?:is |are )?(?:still |totally |completely )?(?:unknown|a guess|"
        r"anyone'?s guess|tbd|uncertain|unclear|a mystery)\b|\bunknown (?:volumes?|usage|demand)\b|"
        r"\b(?:no idea|no clue|not sure|unsure|(?:don'?t|do not|doesn'?t|does not) (?:yet |really )?know)\b"
        r"(?: (?!but\b|and\b|though\b|although\b|however\b|while\b)[\w']+){0,4}? (?:volumes?|usage|demand)\b"),
    "production": compile_regex(
        r"\bproduction\b|\bprod\b|at scale|go[- ]live|in market|mature|"
        # "been live for 3 years", "running since over a year": in use long enough to be past its early days
        r"\b(?:live|running|in use|deployed|operating)\b (?:for )?(?:well )?(?:over |more than |nearly |almost |about |"
        r"around )?(?:a year|a couple of years|(?:\d{1,2}|two|three|four|five|six|several|many) years)\b"),
    "variable": compile_regex(_SWINGS + "|" + _BATCH_WINDOW),
    # Volume known and steady: a fixed count ("exactly 1M invoices a month", "fixed count of photos per day").
    "steady": compile_regex(
        # ("what sustained utilization breaks even?" asks a figure, it does not describe the load)
        r"\bsteady|sustained(?! utili[sz])|(?<!un)predictable|consistent|" + _ALWAYS
        + r"|flat load|constant|round the clock|"
        # "volume is contractual", "a contracted volume": the volume is fixed by contract
        r"\b(?:volumes?|traffic|counts?) (?:is |are )?(?:contractual|contracted|fixed by contract|guaranteed)\b|"
        r"\b(?:contractual|contracted) (?:volumes?|minimums?)\b|"
        # "volume very stable", "a stable daily volume", "traffic has been stable": the volume holds, said of the volume
        # (not "a stable prefix", "a stable system prompt": what a cache reuses)
        r"\b(?:volumes?|traffic|load|usage|demand|counts?|throughput|call rate)\b(?: (?!not\b|never\b|hardly\b|no\b|"
        r"barely\b|far\b|anything\b)\w+){0,2}? (?:is |are |stays? |"
        r"remains? |has been |have been |looks? |seems? )?(?:very |pretty |fairly |quite |really |super |rock[- ]|"
        r"extremely |relatively |reasonably )?stable\b|"
        r"\bstable (?:daily |weekly |monthly |hourly |overall |call |request |image |document )?(?:volumes?|traffic|"
        r"load|usage|demand|throughput|counts?)\b|"
        r"high volume|"
        r"like clockwork|flat day and night|all day every day|(?:basically|pretty|very) flat|fixed ~?\d|high-volume|"
        r"(?:around|round)[- ]the[- ]clock|\bexactly " + _COUNT + r"(?! ?(?:[- ]?tokens?|%))\b|"
        r"fixed (?:count|number|volume|amount|quantity|pipeline|workload|daily run|nightly run)|"
        r"(?:volumes?|counts?):? (?:are |is )?fixed|fixed by contract|"
        r"contracted volumes?|"
        # "volume contracted at 2M images a month", "contracted for 500k pages a year": a count the contract sets
        r"\b(?:volumes?|counts?|quantit(?:y|ies))\b (?:is |are )?contracted\b|\bcontracted (?:at|for|to) ~?\d|"
        # "contractually locked to 40k a month", "a fixed contractual volume", "the count is set in their contract":
        # a volume the contract sets, said in other words
        r"\bcontractual(?:ly)? (?:locked|fixed|set|agreed|committed|guaranteed|pinned)\b|"
        r"\b(?:fixed|set|agreed|guaranteed|committed|locked) contractual (?:volumes?|counts?|quantit(?:y|ies)|"
        r"numbers?)\b|"
        r"\b(?:volumes?|counts?|numbers?|quantit(?:y|ies))\b(?: \w+){0,3}? (?:is |are )?(?:fixed|set|agreed|written|"
        r"specified|guaranteed|pinned) (?:in|by|under) (?:the |their |a |our |its )?(?:\w+ )?contracts?\b|"
        # "80k invoices a month guaranteed by contract", "20k claims set in the MSA": a count the contract sets
        r"(?<!\$)" + _COUNT + r"(?!\s?%)\s[a-z][^.;,\n%$]{0,40}?\b(?:fixed|set|agreed|guaranteed|committed|specified|"
        r"written) (?:in|by|under|per) (?:the |their |a |our |its )?(?:\w+ )?(?:contract|agreement|msa|sow)\b|"
        # "volumes are contractually fixed", "a contractually committed count": a volume the contract sets
        r"(?:volumes?|counts?|numbers?|quantit(?:y|ies)) (?:are |is )?(?:contractually|legally) (?:fixed|set|agreed|"
        r"committed|guaranteed)|contractually (?:fixed|set|agreed|committed) (?:volumes?|counts?|numbers?)|"
        # "volume hasn't changed in a year", "has been that for 3 years", "2M a month, flat every month": a volume
        # that holds from one period to the next
        r"\b(?:volumes?|counts?|numbers?|traffic|load|usage|demand|it)(?: \w+)? (?:hasn't|has not|haven't|have not|"
        r"hasnt|havent|never) (?:really )?(?:changed|moved|budged|shifted)\b|"
        r"\b(?:has|have) (?:been|stayed|held) (?:at )?(?:that|there|the same|flat|steady|stable|constant|level)"
        r"(?: \w+)? (?:for|since|over|all)\b|"
        # "volume is known months ahead from payroll calendars", "counts known in advance": a volume set beforehand
        r"\b(?:volumes?|counts?|numbers?|demand|load|runs?|schedule)\b(?: \w+){0,2}? (?:is |are )?(?:known|fixed|"
        r"scheduled|set|planned|forecast) (?:(?:days|weeks|months|well|far|long) )?(?:ahead|in advance|beforehand)\b|"
        r"\b(?:flat|the same|level|unchanged|constant) (?:every|each|month over month|year over year|"
        r"from one) ?(?:month|week|day|night|year|quarter|period)?\b|\bunchanged\b|"
        # "flat 1M images/mo", "10k invoices/day fixed", "same count each night", "a fixed batch": a known volume
        r"\bflat ~?(?<![\d.,])[\d.,]{1,12}\s?[kmb]?\b(?!\s?%)(?! ?(?:[- ]?tokens?|toks?|per[- ]|/ ?(?:call|request)))|"
        r"(?<!\$)" + _COUNT + r" ?[a-z]{2,15} ?(?:/ ?|a |an |per |each )(?:day|night|week|month|mo|hour|hr)\b,? "
        r"(?:fixed|flat|constant)\b|"
        r"\bsame (?:count|number|volume|amount|quantity)\b(?: \w+)? (?:each|every)\b|\bfixed batch(?:es)?\b"),
    # Sustained high volume (the source's scenario 2): provisioned throughput becomes the question.
    "high_volume": compile_regex(
        r"high[- ](?:sustained[- ])?(?:volume|vol\b)|high (?:and )?(?:steady|sustained) (?:volume|traffic|load)|"
        r"(?:large|big|huge|massive|heavy) (?:volumes?|traffic|load)|heavy (?:use|usage)|at scale|"
        r"millions of (?:calls|requests|tokens)|(?:runs?|running|load|traffic|busy|live|operat\w*|up) " + _ALWAYS + r"|"
        + _ALWAYS + r" (?:load|traffic|workload|pipeline|service|usage|production|at)|(?:around|round)[- ]the[- ]clock|"
        r"all day every day|"
        r"day and night|sustained (?:volume|load|traffic|throughput)|"
        # "steady 24/7", "24/7 and consistent": load held around the clock
        r"\b(?:steady|sustained|continuous|consistent|constant|even)\b[^.;\n]{0,15}?" + _ALWAYS + r"|"
        # "a 24/7 fraud detection service", "24x7 support bot": a service that runs around the clock
        + _ALWAYS + r" (?:[a-z-]{2,20} ){0,2}(?:service|bot|chatbot|assistant|agent|detection|monitoring|pipeline|"
        r"system|workload|operations?|app|application|platform|support|scoring|screening|moderation)\b|"
        + _ALWAYS + r"[^.;\n]{0,15}?\b(?:steady|sustained|continuous|consistent|constant)\b"),
    # Around the clock with no peaks to speak of: a peak-to-average ratio of about 1.
    "flat": compile_regex(r"flat day and night|(?:constant|flat|steady)[^.;\n]{0,30}(?:around|round)[- ]the[- ]clock|"
                       r"(?:around|round)[- ]the[- ]clock[^.;\n]{0,30}(?:flat|constant)|basically flat|flat load|"
                       r"no peaks|"
                       # "the same at 3am as at 3pm", "no overnight dip": the load does not fall off at any hour
                       r"\bsame (?:at|during|overnight|at night|in the (?:night|evening|morning))\b[^.;\n]{0,20}? as\b|"
                       r"\b(?:no|never an?|never any) (?:overnight |night-?time |evening )?(?:dip|lull|drop-?off|"
                       r"trough)s?\b|\bnever (?:dips|drops off|quiets down|slows down)\b|"
                       + _ALWAYS + r"[^.;\n]{0,20}\b(?:very |pretty |completely )?(?:flat|constant)\b|"
                       r"\b(?:flat|constant)\b[^.;\n]{0,20}" + _ALWAYS),
    # The same large context with every call (source scenario 3): caching is the primary lever.
    "repeated_context": compile_regex(
        # ("the same ~30k-token product catalogue and tool instructions ahead of every request": what is the same
        # named at length)
        r"\b(?:same|identical|whole|entire)\b[^.;\n]{0,80}?\b(?:every|each|all)\s(?:single\s)?"
        r"(?:call|query|queries|request|turn|message|time|question|prompt|conversation|ticket|contract|document|"
        r"doc|case|file|claim|email|invoice|item|chat|session|interaction|lookup|search|task|run|step)|"
        # "a 40k-token case bundle that's reused across ~500 queries an hour": the same context reused by every query
        r"\bre-?used (?:across|for|on|in|with|by) (?:every|each|all|the|~?[\d.,]{1,9}\s?k?)\s?(?:\w+ )?"
        r"(?:calls?|quer(?:y|ies)|"
        r"requests?|questions?|turns?|messages?|prompts?|conversations?|sessions?|chats?|lookups?|searches)\b|"
        r"\b(?:re-?sends?|stuffs?|prepends?|repeated|resent|re-sent)\b[^.;\n]{0,60}?"
        r"\b(?:every|each|all)\s(?:single\s)?(?:call|query|queries|request|turn|message|question|prompt|conversation|"
        r"step)|"
        # "every step of the agent re-sends the same 10k tokens": the repeat said before what is repeated
        r"\b(?:every|each)\s(?:single\s)?(?:call|request|turn|message|step|query)\b[^.;\n]{0,40}?"
        r"\b(?:re-?sends?|resends|repeats|carries|includes|sends)\b[^.;\n]{0,20}?\b(?:the\s)?(?:same|identical|whole|"
        r"entire)\b|"
        # "every step resends an 8k block of tool definitions": sending again is the repeat, whatever is sent
        # ("every agent step resends ...": the step named with what kind it is)
        r"\b(?:every|each)\s(?:single\s)?(?:[a-z-]{2,15}\s)?(?:call|request|turn|message|step|query|iteration|run)\b "
        r"(?:\w+ )?(?:re-?sends?|re-?uploads?|re-?submits?|re-?attaches?|repeats)\b|"
        # "90% of every prompt is the same 12k-token block", "each request carries an identical preamble"
        r"\b(?:every|each|all)\s(?:single\s)?(?:call|query|queries|request|turn|message|prompt|conversation|step|ticket|"
        r"question|document|doc|email|claim|case|chat|session|task|lookup|search|invoice|file|contract)s?\b"
        # ("every doc different, no shared prefix": the sharing denied)
        r"[^.;\n]{0,40}?(?<!\bno )(?<!\bnot )(?<!\bnothing )(?<!\bno big )(?<!\bno large )(?<!\bno real )"
        r"(?<!\bno long )\b(?:same|identical|shared)\b"
        r"(?! (?:size|length|shape|number|count|token count|ballpark)s?\b)|"
        r"\bstatic (?:" + _COUNT + r"[- ]?tokens?[- ])?(?:block|prefix|preamble|system prompt|context|instructions|"
        r"header|policy|manual)|"
        r"\b(?:front|start|top|beginning) of (?:every|each|all) (?:single )?(?:prompt|call|request|message|query)|"
        # "a 20k-token tool manifest on every call", "30k tokens of policy attached to each request", "a 25k-token
        # clause library sent every call", "... sent with every single claim query"
        r"\b" + _COUNT + r"[- ]?tokens?\b[^.;\n]{0,60}?\b(?:on|in|with|into|to|ahead of|before|in front of|"
        r"at the (?:start|top|front|head) of|preceding|sent|included|attached|passed|repeated) (?:every|each|all) "
        r"(?:single )?(?:[a-z]{2,15} )?"
        r"(?:call|request|prompt|query|queries|message|turn|step|question|conversation|chat|ticket|job|task|run|case|"
        r"claim|email|document|lookup)|"
        # "sends a 20k-token repo map first, then 20-40 turns that reuse it": what goes first, reused by what follows
        r"\b(?:turns?|calls?|steps?|requests?|queries|messages?|iterations?|rounds?|questions?)\b (?:that |which )?"
        r"(?:all |each )?(?:re-?use|share|repeat|re-?send|carry|build on)s? (?:it|that|them|this|those|the same)\b|"
        # "loads one 50k-token contract and asks ~40 questions against it": the questions that follow reuse what was
        # loaded
        # ("asks 20-30 questions about it", "fires off a dozen questions at it": a range or a count in words)
        r"\b(?:asks?|asking|sends?|sending|runs?|running|fires?|firing|puts?|poses?)\s(?:off\s)?"
        r"(?:~|about\s|around\s|up to\s|roughly\s)?" + _SEVERAL + r"\s(?:follow-?\s?up\s)?"
        r"(?:questions?|quer(?:y|ies)|prompts?|calls?|requests?|turns?)\s"
        # ("... 200 questions an hour against the same 50,000-token contract bundle": a rate, and the size of what
        # is asked against)
        r"(?:(?:an?|per|each|every)\s(?:hour|day|minute|session|shift)\s)?"
        r"(?:against|about|over|on|of|into|at)\s(?:it|that|them|this|the same (?:[\w,.-]{1,20}\s){0,2}?(?:contract|"
        r"document|doc|file|context|prefix|report|case|text|bundle|pack|corpus|manual|policy|playbook)s?)\b|"
        # "uploads one 40k-token contract, then asks 20-30 questions in a row": what was loaded once, then questions
        # one after another (which all carry it)
        r"\b(?:upload|load|send|paste|share|drop|attach|open)(?:s|ed|ing)?\s(?:in\s)?(?:one|a|an|the|a single|their)\s"
        r"[^.;\n]{0,60}?\b(?:asks?|asking|sends?|sending|runs?|running|fires?|firing|puts?|poses?)\s(?:off\s)?"
        r"(?:~|about\s|around\s|up to\s|roughly\s)?" + _SEVERAL + r"\s(?:follow-?\s?up\s)?"
        r"(?:questions?|quer(?:y|ies)|prompts?|turns?)\s(?:\w+\s)?(?:in a row|back[- ]to[- ]back|one after (?:another|"
        r"the other)|in (?:quick |rapid )?succession)\b|"
        # "a 6k-token system prompt, identical across calls"
        r"\b(?:identical|the same|shared|unchanged|reused|re-used) (?:across|for|on|in|between) (?:all |every |each )?"
        r"(?:calls|requests|turns|queries|messages|prompts|conversations|sessions|chats|steps|runs|users)\b|"
        r"\b(?:first|opening|leading|fixed|front) (?:part|section|chunk|block|half|portion) of (?:the|every|each|all) "
        r"(?:single )?(?:prompts?|calls?|requests?|contexts?|messages?|turns?)\b|"
        # "a huge system prompt, front-loaded and stable", "a stable, front-loaded preamble", "the system prompt never
        # changes": the source's "stable, front-loaded prefix" that a cache reuses on every call
        r"\b(?:stable|front[- ]loaded|unchanging|never[- ]changing)\b(?:,? (?:and )?(?:stable|front[- ]loaded|static|"
        r"fixed|large|huge|big|long|unchanging))*,? (?:[\w~.,-]+[- ]tokens? )?(?:system prompts?|prefix(?:es)?|"
        r"preambles?)\b|"
        r"\b(?:system prompts?|prefix(?:es)?|preambles?)\b[^.;\n]{0,40}?\b(?:(?:is|are|stays?|remains?) )?"
        r"(?:front[- ]loaded|stable|unchanging|identical)\b|"
        r"\b(?:system prompts?|prefix(?:es)?|preambles?)\b[^.;\n]{0,40}?\b(?:never|doesn'?t|does not|rarely) "
        r"(?:changes?|varies|vary|moves?)\b"),
    # The load runs flat out while it runs ("fully loaded in that window", "flat out during those 12h").
    "full_load": compile_regex(r"fully (?:loaded|utili[sz]ed|busy|used)|\b(?:used|use|using|ran|run|fill(?:ed)?) "
                            r"(?:all|every bit) of (?:it|them|the (?:capacity|reservation|commitment))\b|flat out|"
                            r"full (?:speed|load|tilt|throttle|capacity|use|usage|utili[sz]ation)|"
                            # ("on-demand cost of the full PTU capacity (if 100% used)")
                            r"full (?:ptu|provisioned|committed|reserved|unit) capacity|"
                            r"\bif 100\s?% (?:used|utili[sz]ed|busy|loaded)\b|"
                            r"at capacity|maxed(?: out)?|saturat\w+|pegged|"
                            # "busy 9-5 weekdays, idle otherwise": loaded while it runs, nothing outside those hours
                            r"\b(?:idle|dead|quiet|nothing|zero|no (?:load|traffic)) (?:otherwise|the rest(?: of the "
                            r"(?:time|day|week))?|outside (?:of )?(?:that|those|them|those hours|business hours|office "
                            r"hours|working hours)|at other times|(?:at )?nights? and (?:at )?weekends|evenings and "
                            r"weekends)\b"),
    # Embeddings, or "basically no output": calls with no output tokens to price.
    "no_output": compile_regex(
        r"\bem?bed{1,2}(?:ing|ings|s)?\b|\bembd{1,2}ings?\b|\b(?:no|zero) (?:output|completion)s?\b"
        r"(?! (?:price|rate|pricing|cost)s?\b)|"
        # "output negligible", "negligible output", "input only": no output tokens worth pricing
        r"\b(?:output|completions?)(?: tokens?| costs?| spend)? (?:is |are )?(?:negligible|(?:basically|effectively|"
        r"practically|essentially|near|close to) (?:zero|nothing|free)|tiny|minimal|trivial|~?0\b(?![.,]\d))|"
        # "treat output cost as zero", "ignore the output tokens": output left out of the price on purpose
        r"\b(?:treat|count|take|consider|price|assume) (?:the )?(?:output|completions?)(?: tokens?| costs?| side)? "
        r"(?:as|at) (?:zero|0|nothing|free|negligible)\b(?![.,]\d)|"
        r"\bignor(?:e|ing) (?:the )?(?:output|completions?)(?: tokens?| costs?| side)?\b|"
        r"\b(?:negligible|tiny|minimal|trivial) (?:output|completions?)\b|\binput[- ]only\b|"
        # "if it's all input at $3/M", "calls are all prompt": every token is input
        r"\b(?:it'?s|its|it is|they'?re|they are|everything(?:'s| is)?|calls are|if) all (?:input|prompt)\b"
        r"(?! tokens? (?:are|is|get|hit))"),
    "size_for_peak": compile_regex(
        # "sized so month-end never throttles", "so nothing ever gets throttled": capacity that covers every peak
        r"\b(?:never|doesn'?t|does not|won'?t|will not)\s(?:ever\s)?(?:gets?\s)?throttl\w*|"
        r"\b(?:nothing|no (?:request|call|traffic)s?) (?:ever )?(?:gets? )?throttled\b|"
        # ("size it to cover the flash-sale peak": what peaks named before it)
        r"\bsi[sz](?:e|ed|ing) (?:(?:it|them|capacity|the|their|our|ptus?|pt|units?|reservation|provisioned|throughput|"
        r"commitment) ){0,3}(?:for|to|at|on|around|to (?:cover|handle|serve|absorb|meet|carry|match)) "
        r"(?:the |their |our |its |max |maximum |full )?(?:[a-z-]{2,20} )?peaks?\b|"
        # "if they buy enough to cover the peak", "provisioned to handle peak load"
        r"\b(?:buy|buys|buying|provision|provisioned|reserve|reserved|commit to|get|book) (?:enough|sufficient)?"
        r"(?: (?:capacity|ptus?|units?|throughput))? ?to (?:cover|handle|serve|absorb|meet|carry) (?:the |their |our )?"
        r"peaks?\b|"
        # "buy enough to cover the peak", "provision for peak", "peak-sized capacity"
        r"\benough (?:\w+ ){0,2}to (?:cover|handle|serve|absorb|meet) (?:the |their |our )?peaks?\b|"
        # "they want the peaks covered", "with the spikes fully covered": capacity that takes the peak
        r"\b(?:the |their |all )?(?:peaks?|spikes?|bursts?) (?:fully |all |completely )?(?:covered|handled|absorbed)\b|"
        # "so they're covered at peak": the buyer covered through its peaks
        r"\b(?:covered|safe|fine) (?:at|for|through|during) (?:the |their |its )?peaks?\b|"
        r"\b(?:buy|buying|bought|provision|provisioning|provisioned|reserve|reserving|commit|committing) "
        r"(?:(?:ptus?|units?|capacity|throughput|for) ){0,2}(?:for|to cover|to handle) (?:the |their |our )?peaks?\b|"
        r"\bpeak[- ]sized\b|\bnever (?:get |be |being |getting )?throttl\w*|"
        r"\bwithout (?:any |being |getting )?throttl\w*|"
        # "enough PTU to ride out Black Friday", "capacity big enough to cover their Black Friday-level peaks"
        r"\b(?:enough|big enough|large enough) (?:[\w-]+ ){0,3}?to (?:ride out|survive|weather|get through|handle|"
        r"cover|absorb) (?:the |their |our |its )?(?:[\w-]+ ){0,3}?(?:peaks?|spikes?|black friday|cyber monday|"
        r"holiday (?:season|rush|peak)|busiest (?:day|hour|week))\b|"
        # "provision the claims-triage bot for peak", "they'd want headroom for peak rather than average"
        r"\b(?:provision(?:ed|ing)?|reserv(?:e|ed|ing)|si[sz](?:e|ed|ing))\s(?:[\w-]+\s){1,4}?for\s"
        r"(?:the\s|their\s|its\s)?peaks?\b(?![- ]?(?:to|/|-)[- ]?(?:average|avg|mean))|"
        r"\bheadroom (?:for|at|to (?:cover|handle|absorb)) (?:the |their |our |its )?peaks?\b"
        r"(?![- ]?(?:to|/|-)[- ]?(?:average|avg|mean))|"
        # "enough provisioned capacity to cover their busiest hour", "sized for the heaviest hour of the day"
        r"\b(?:enough|si[sz](?:e|ed|ing)|provision(?:ed|ing)?|reserv(?:e|ed|ing)|buy(?:ing)?|bought) (?:\w+ ){0,3}?"
        r"(?:for|to (?:cover|handle|serve|absorb|meet|carry|match)) (?:the |their |our |its )?"
        r"(?:busiest|heaviest|highest|top|worst|peak) (?:hour|minute|period|day|time|load|traffic|window)s?\b|"
        # "capacity big enough that we never spill to on-demand, even in our busiest hour", "no spill-over at peak"
        r"\bnever (?:spill|overflow|burst|fall back|go)(?:s|ing)?(?: over| back)? (?:in)?to (?:on[- ]demand|od\b|payg)|"
        r"\b(?:big|large) enough\b[^.;\n]{0,60}?\b(?:busiest|peak|highest|max(?:imum)?) (?:hour|minute|load|traffic|"
        r"period|day)s?\b|\bno spill[- ]?over\b|"
        # "sized so it covers their busiest hour", "sized so that it can handle the peak": the capacity meets the peak
        r"\bsi[sz](?:e|ed|ing) (?:\w+ ){0,3}?so (?:that )?(?:it|they|the \w+) (?:can |will |would |could |always )?"
        r"(?:cover|handle|serve|absorb|meet|carry|match)(?:e?s)? (?:the |their |our |its )?"
        r"(?:peaks?|(?:busiest|heaviest|highest|top|worst|peak) "
        r"(?:hour|minute|period|day|time|load|traffic|window)s?)\b|"
        # "without spilling over", "without any spill-over to on-demand", "nothing ever spills over", "sized to never
        # spill": no load is left for on-demand, so the capacity is the peak's
        r"\bwithout (?:any |ever )?(?:spill(?:ing)?(?:[- ]?over)?|overflow(?:ing)?|bursting)\b|"
        r"\b(?:nothing|never|don'?t want anything|no traffic|no load) (?:ever )?(?:to )?spill(?:s|ing)?\b|"
        # ("so that month-end doesn't spill over to on-demand")
        r"\b(?:doesn'?t|does not|won'?t|will not|wouldn'?t|would not|never) (?:ever )?spills?(?: over)? (?:in)?to "
        r"(?:on[- ]demand|od\b|payg|pay[- ]as[- ]you[- ]go)|"
        # a sheet's "sizing: cover peak", "sizing | peak"
        r"\bsizing\W{1,4}(?:to )?(?:(?:cover|handle|meet|match)(?:e?s)? (?:the )?)?peak\b|"
        # "wants to size provisioned for their chatbot", "how many PTUs should they buy?": sizing a commitment, which
        # the peak (not the average) sets
        r"\bsi[sz](?:e|ing) (?:the |their |our |a )?(?:provisioned|ptus?|reserved|reservation|commitment|capacity)"
        r"(?! (?:at|to) (?:the )?(?:average|avg|mean|base))\b|"
        r"\bhow many (?:ptus?|units?|model units?|provisioned units?)?\s?(?:should|do|would|must|will) "
        r"(?:they|we|i|the (?:customer|buyer|client)) (?:buy|reserve|get|need|commit to|provision|book|take)\b|"
        r"\bhow many (?:ptus?|units?|model units?|provisioned units?) "
        r"(?:to (?:buy|reserve|get|book)|do (?:they|we) need)\b"
    ),
    "federal": compile_regex(r"federal|fedramp|" + _NOT_LOCAL + r"(?:government|\bgov\b|\bgovt\b|\bgov't\b|agency|"
                             r"public sector)|\bdod\b|govcloud|\bil[2456]\b"),
    "hyperscaler": compile_regex(r"\bazure\b|bedrock|vertex|\baws\b|\bgcp\b|hyperscaler|\bea\b|enterprise agreement|"
                                 r"\bedp\b|\bmacc\b|cloud commit|google cloud"),
    "compliance": compile_regex(
        # ("compliance: none beyond SOC 2": no need past the baseline every vendor meets)
        r"fedramp|data residency|hipaa|compliance(?!\s?[:=-]?\s?(?:none|n/a|nothing|no\b|standard|baseline))|"
        r"(?<!beyond )(?<!only )(?<!just )soc ?2|private (?:endpoint|network)|vnet|residency|" + _DATA_STAYS),
    # One call per business item: classification, extraction, tagging, a per-item price.
    "transactional": compile_regex(
        r"classification|classifier|classif(?:y|ies|ying)\b|"
        r"extraction|fixed[- ]size|bounded (?:prompt|input|size)s?|per[- ]transaction|"
        r"\btriage\b|\btagging\b|categori[sz]ation|moderation|fixed ~?[\d.,]+\s?k?[- ]?(?:tokens?[- ])?prompts?|"
        r"(?:same|similar)[- ]size|"
        r"transaction|image tagging|\bimages?\b|\bimgs?\b|\bvision\b|\bocr\b|embeddings?\b|\binvoices?\b|\bkyc\b|"
        # "each listing gets a category label", "labelling support tickets": one label per item, a classification
        r"\b(?:category|class|topic|intent|sentiment|risk|priority) (?:labels?|tags?|codes?)\b|"
        r"\blabel(?:l?ing|l?ed|s)?\b (?:each|every|the|all|incoming|our|their|\d)|\btag lists?\b|"
        r"predictable per[- ]\w+ cost|"
        r"\b(?:one|a single|1|exactly one) (?:model |api |llm |inference )?(?:call|request) (?:per|for each|for every|"
        r"an?) \w+|"
        # "exactly one anomaly-check call per record", "every parcel label triggers exactly one address-check call"
        r"\b(?:a single|exactly one|just one|only one) [\w-]+(?: [\w-]+)? (?:call|request) (?:per|for each|for every) "
        r"\w+|"
        # "always one receipt per call", "a single invoice per request": the item said first, then the call it fills
        r"\b(?:one|a single|1|exactly one|just one|only one) (?:[\w-]+ )?" + _ITEM + r"(?: [\w-]+)? (?:per|each|a|an|"
        r"in (?:each|every)|for each|for every) (?:model |api |llm )?(?:call|request|invocation)\b|"
        r"\b(?:every|each) (?!(?:\w+ )?" + _NOT_AN_ITEM + r"s?\b)"
        r"\w+(?: \w+)? (?:triggers|fires|kicks off|makes|sends|generates|needs) "
        r"(?:exactly |just |only )?(?:one|a single|1)\b[^.;\n]{0,30}?\b(?:call|request|invocation)\b"
        # "each session makes one planning call and then up to 30 tool calls": more calls follow the one
        r"(?![^.;\n]{0,40}?\b(?:then|followed by|plus|and up to|up to)\b[^.;\n]{0,30}?\b(?:calls|requests)\b)|"
        # "every scan is a bounded ~1k-token call", "each claim = one request": one call per business item
        r"\b(?:every|each) " + _ITEM + r" (?:is|=|means|gets|becomes) (?:one|a|a single|exactly one)\b[^.;\n]{0,30}?"
        r"\b(?:call|request|invocation)s?\b|"
        r"\b(?:prices?|priced|charges?|bills?|fees?|costs?) (?:per|by the|for each) " + _ITEM + r"\b"),
    # Prompt sizes with a ceiling ("capped at ~500 tokens", "under 300 tokens", "bounded prompts").
    "bounded_prompts": compile_regex(
        # "bounded image size", "bounded document length": the item's size has a ceiling
        r"bounded (?:prompt|input|size)s?|\bbounded (?:[a-z]+ )?(?:sizes?|lengths?)\b|"
        # "a bounded ~1k-token call", "prompts never exceed 1,500 tokens", "inputs top out at 800 tokens"
        # "each bounded ~2 pages", "capped at 200 words": a ceiling said in pages or words
        r"\b(?:bounded|capped|limited)(?: at| to)? " + _COUNT + r"[- ]?(?:pages?|words?|chars?|characters?)\b|"
        r"\b(?:bounded|capped) (?:" + _COUNT + r"[- ]?tok(?:en)?s?[- ])(?:(?:prompt|input|call|request|payload|"
        r"message)s?|in)\b|"
        r"\b(?:never|don'?t|do not|doesn'?t|does not|won'?t|will not|can'?t|cannot) (?:ever )?(?:exceeds?|go (?:over|"
        r"above|past|beyond)|goes (?:over|above|past|beyond)|run (?:over|past)|get (?:bigger|longer|larger) than)"
        r"(?: about| around| roughly)? " + _COUNT + r"[- ]?tok(?:en)?s?\b|"
        r"\b(?:tops?|maxe?s?) out (?:at|around|about) " + _COUNT + r"[- ]?tok(?:en)?s?\b|"
        r"(?:prompts?|inputs?|calls?|requests?) (?:are |is )?(?:capped|bounded|limited)|"
        # "prompt_size: bounded, 500-700 tokens", "input length is capped": a sheet's key or a size said bounded
        r"\b(?:prompts?|inputs?|calls?|requests?)[ _](?:sizes?|lengths?)\s?(?::|=|is|are|stays?)\s?(?:bounded|capped|"
        r"limited|fixed)\b|"
        r"capped at|fixed[- ]size|(?:same|similar)[- ]size|"
        # "~4,000 tokens in (very consistent)", "prompt length is pretty consistent": a size that does not move
        r"\b(?:tokens?|toks?|sizes?|lengths?|prompts?|inputs?)\b[^.;\n]{0,15}?"
        r"\b(?:very |pretty |highly |fairly |super |quite |really )?consistent\b|"
        # "the app caps every prompt at 2,400 tokens", "limits each request to 3k tokens"
        r"\b(?:caps|limits|truncates) (?:every|each|all|the|its|their|our|any)(?: \w+){0,2}? (?:at|to) (?:~|about )?"
        + _COUNT + r"[- ]?tok(?:en)?s?\b|"
        # "records are fixed-format (~300 tokens)", "fixed-length inputs": a layout that sets each call's size
        r"\bfixed[- ](?:format|length|layout|schema|width|structure)\b|"
        # "because the template caps it", "capped by the schema": a ceiling set by what the call is built from
        r"\b(?:template|schema|form|format|layout)s? (?:caps|limits|bounds|fixes) (?:it|them|the (?:size|length|"
        r"prompts?|calls?|inputs?|tokens))\b|\b(?:capped|bounded|limited) by (?:the |a |our |their )?"
        r"(?:template|schema|form|format|layout)\b|"
        # ("every document truncated to ≤ 300 tokens", "trimmed to 2k tokens"): a ceiling the call is cut to
        r"(?:under|below|at most|max(?:imum)?|no more than|<|<=|≤|(?:truncated|trimmed|clipped|cut) (?:to|at)"
        r"(?: (?:<=|≤|<|max|at most))?) ?" + _COUNT + r"[- ]?tokens?\b|"
        r"short (?:ticket|prompt|input|text|template|form|call|request|message|snippet)s?|"
        r"(?:same|fixed|one|a single) (?:short |form |prompt |page |document |\w+ )?template\b|"
        r"\btemplate (?:is|stays|is always) (?:fixed|the same)\b|"
        # "each exactly one ~1k-token form", "always exactly 1 page", "~1k tokens give or take 10%"
        r"\b(?:each|always|every (?:call|request) is) exactly (?:one|1|a single)\b|give or take ~?\d{1,2}\s?%|"
        # "every invoice is a one-page scan", "truncated to exactly 800 tokens": a size the input cannot exceed
        r"\b(?:one|a single|single|1)[- ]page\b|"
        r"\b(?:truncated|trimmed|clipped|cut off|cut) (?:at|to) (?:exactly |a max(?:imum)? of |at most )?~?"
        r"[\d.,]{1,9}\s?k?[- ]?(?:tokens?|toks?|chars?|characters?|words?)\b|"
        r"(?:±|\+/-)\s?\d{1,2}\s?%|\bwithin ~?\d{1,2}\s?% of each other"),
    # Prompt sizes that vary widely ("doc sizes all over the place from 2k to 80k tokens").
    "varied_prompts": compile_regex(
        r"(?:prompt|input|doc|document|call|request|context)s? (?:sizes?|lengths?) (?:vary|varies|range|ranges|"
        r"differ|are all over|all over)|(?:vary|varies|varying) (?:widely |a lot |hugely )?in (?:size|length)|"
        # "prompts all different", "every prompt is different"
        r"\b(?:prompts?|inputs?|requests?) (?:are )?(?:all|wildly|very|completely) different\b|"
        r"\b(?:every|each) (?:prompt|input|request|doc|document|file|contract) (?:is )?(?:different|unique)\b|"
        # "from 2k to 80k tokens", but not "daily volume swings from 200k to 3M tokens": a volume's range, not a size's
        r"(?:^|(?<=[.;,\n]))(?:(?!volume|traffic|usage|load|daily|a day|per day|a month|per month|throughput)"
        r"[^.;,\n]){0,80}?from " + _COUNT + r" to " + _COUNT + r"[- ]?tokens(?! ?(?:a|per|/|each) ?(?:day|month|week|"
        r"hour)| daily| monthly| weekly| hourly)|"
        # "prompts are short (~600 tokens) and vary a lot", "inputs differ wildly": the sizes, said of the prompts
        r"\b(?:prompts?|inputs?|docs?|documents?|contexts?|messages?|tickets?|transcripts?|files?)\b[^.;\n]{0,30}?"
        r"\b(?:vary|varies|varying|differ|differs)\b(?! (?:little|slightly|barely|only|by (?:a few|\d)))"
        r"(?: (?:a lot|widely|wildly|hugely|greatly|massively|considerably|enormously|in (?:size|length)))|"
        r"(?:vary|varying|variable|varied|different|mixed)\s(?:widely\s|wildly\s|hugely\s)?(?:prompt|input|doc|document|"
        r"call|request|context|conversation|chat|session|ticket|message|transcript)s?\s(?:sizes?|lengths?)|"
        # "prompts vary per transaction", "inputs differ from call to call": the size changes with each call
        r"\b(?:prompts?|inputs?|docs?|documents?|contexts?|messages?|tickets?|transcripts?)\b (?:all )?"
        r"(?:vary|varies|differ|differs|change|changes) (?:per|by|from|with (?:each|every)|between|across) "
        r"(?:\w+ )?(?:call|transaction|request|item|document|ticket|customer|user|case|conversation|query)s?\b|"
        r"from " + _COUNT + r"[- ]?tokens? (?:up )?to " + _COUNT),
    # Finance wants a fixed cost per unit of work ("a fixed cost per invoice", "a fixed unit cost").
    "fixed_unit_cost": compile_regex(
        r"(?:fixed|predictable|flat|known|stable|set) (?:unit )?(?:cost|price) (?:per|for each|a|an|each)\b|"
        r"fixed unit (?:cost|price)|predictable per[- ]\w+ cost|"
        # "finance wants cost per document, full stop", "they budget per transaction": the item is the unit of cost
        r"(?:wants?|needs?|asks? for|asked for|thinks? in|budgets? in) (?:a |the |one )?"
        r"(?:fixed |flat |known |single |simple |clear )?(?:cost|price) (?:per|for each|a|an|each) " + _ITEM + r"\b|"
        r"\bbudgets? (?:per|by the|for each|on a per[- ]\w+ basis|by) " + _ITEM + r"\b|"
        r"(?:wants?|needs?|asks? for|asked for) (?:a |one )?"
        r"per[- ](?:transaction|receipt|document|doc|invoice|item|page|ticket|claim|image|form) (?:price|cost|fee)|"
        # "finance_ask: a per-transaction cost line they can put in the budget": a budget line per item
        r"\bper[- ](?:transaction|receipt|document|doc|invoice|item|page|ticket|claim|image|form) (?:price|cost) "
        r"(?:line|line item|figure|number)\b|"
        # "Finance wants a cost per parcel", "the CFO needs a price per shipment": whatever the item is called
        r"\b(?:finance|cfo|procurement|accounting|accounts|controller|fp&a)\b[^.;\n]{0,20}?\b(?:wants?|needs?|asks? "
        r"for|asked for|requires?) (?:a |the |one )?(?:fixed |flat |known |single |clear |unit )?(?:cost|price) per "
        + _COSTED_ITEM + r"\b|"
        r"(?:cost|price) per " + _ITEM + r" (?:that is |that's )?"
        r"(?:fixed|predictable)"),
    # The buyer wants a bill that does not move ("the CFO hates variable token bills", "finance wants no surprises on
    # the invoice", "a predictable monthly spend"). Of calls that are items, it asks for a fixed cost per item.
    "predictable_bill": compile_regex(
        r"\b(?:hates?|hated|dislikes?|can'?t stand|cannot stand|can not stand|won'?t (?:accept|tolerate|sign|take)|"
        r"refuses?|refused|allergic to|averse to|wary of|against|nervous about|worried about|"
        r"(?:wants?|needs?|prefers?) to avoid|avoids?|doesn'?t want|does not want|don'?t want|do not want|"
        r"no appetite for|hates? having)\b"
        r"[^.;\n]{0,30}?\b(?:variable|floating|unpredictable|fluctuating|uncapped|open[- ]ended|metered|surprise|"
        r"usage[- ]based|consumption[- ]based|token[- ]based)\b[^.;\n]{0,25}?\b(?:bills?|billing|costs?|spend(?:ing)?|"
        r"pricing|prices?|invoices?|charges?|numbers?|budgets?|expenses?)\b|"
        r"\b(?:hates?|hated|dislikes?|can'?t stand|cannot stand|won'?t (?:accept|tolerate|sign|take)|refuses?|refused|"
        r"(?:wants?|needs?) to avoid)\b[^.;\n]{0,30}?\b(?:floats?|fluctuates?|moves? around|swings?|varies|jumps? "
        r"around) (?:from )?(?:month to month|month-to-month|every month|each month|monthly)\b|"
        r"\b(?:no|zero|hates?|dislikes?|can'?t stand|(?:wants?|needs?) to avoid|avoid) "
        r"(?:bill(?:ing)? |billing |budget |cost )?surprises?\b|"
        r"\bsurprises? (?:on|in) (?:the|their|a|his|her) (?:monthly )?(?:bill|invoice|budget)\b|"
        r"\b(?:wants?|needs?|requires?|asks? for|asked for|insists? on|prefers?) (?:a |one )?(?:fixed|flat|predictable|"
        r"stable|known|steady|capped) (?:monthly |annual |yearly |quarterly )?(?:bill|spend|invoice|budget|"
        r"number|cost|price|figure)s?\b(?! (?:per|for each|a|an|each)\b)|"
        r"\b(?:budget|cost|price|spend|billing) (?:certainty|predictability)\b"),
}

# Compliance needs named in the ask, as the scenario engine keys them.
COMPLIANCE: dict[Compliance, re.Pattern[str]] = {
    "fedramp": compile_regex(r"fedramp|federal|" + _NOT_LOCAL + r"(?:government|\bgov\b|agency|public sector)|govcloud",
                             re.I),
    "data_residency": compile_regex(
        # "runs under Assured Workloads", "EU Data Boundary": a cloud's data-location controls
        r"residency|assured workloads|data boundary|sovereign cloud|" + _DATA_STAYS
        + r"|\b(?:stay|remain|be kept|run|be processed|be hosted) (?:in|inside|within) "
        r"(?:the )?(?:eu|european|us|uk|german|french|swiss|canadian|australian|[a-z]{2}-[a-z]+-?\d?)"
        r"(?: regions?| data ?cent(?:er|re)s?| borders?)?\b|\bin[- ]country\b", re.I),
    "hipaa": compile_regex(r"hipaa|healthcare|health care|\bphi\b", re.I),
    "private_networking": compile_regex(r"private (?:endpoint|network|link|connectivity|service connect)|vnet|\bvpc\b|"
                                        r"privatelink|no public (?:internet|endpoints?|egress)", re.I),
    # "want AI spend to draw down that commitment", "will only buy through their Google Cloud agreement"
    "existing_billing": compile_regex(
        r"\bdraw(?:s|ing)?[- ]?down\b|\bburn(?:s|ing)? down (?:the|their|our|that) (?:commit|ea|macc|edp)|"
        r"\bcounts? (?:toward|towards|against) (?:the|their|our|its) (?:cloud )?(?:commit\w*|ea|macc|edp|agreement)|"
        r"\b(?:buy|purchase|procure|pay|bill(?:ed)?|go) (?:only )?(?:through|via|against|on|off) "
        r"(?:their|the|our|its|an?) (?:existing )?(?:[\w-]+ ){0,2}(?:agreement|\bea\b|contract|marketplace|commit\w*|"
        r"macc|edp|billing)|"
        r"\bexisting (?:ea|enterprise agreement|cloud (?:agreement|contract|commit\w*)|\w+ (?:ea|agreement)|billing)|"
        # "they already have a big GCP commitment", "already on an Azure MACC": spend the cloud contract already carries
        r"\balready (?:have|has|hold|holds|sit on|sits on|on|with|in) (?:a |an |their |its |the )?(?:big |large |huge |"
        r"sizeable |sizable |multi-year |existing )?(?:google cloud|gcp|aws|amazon|azure|microsoft|cloud)"
        r" (?:commit\w*|agreement|ea|contract|spend|macc|edp)\b|"
        r"\bmacc\b|\bedp\b|\bmarketplace\b|"
        # "already on Google Cloud with a big committed spend": the spend the cloud contract carries, said after it
        r"\b(?:google cloud|gcp|aws|azure)\b[^.;\n]{0,30}?\b(?:committed (?:spend|use|contract|agreement)|spend "
        r"commit(?:ment)?s?|commit(?:ment|ted)? (?:contract|agreement|deal))\b|"
        # "won't add a new vendor to procurement", "no new suppliers": bought only through the contract already held
        r"\b(?:won'?t|will not|wont|don'?t want to|doesn'?t want to|does not want to|do not want to|can'?t|cannot|"
        r"unwilling to|not willing to|refuses? to|reluctant to) (?:add|onboard|take on|bring on|approve|sign up) "
        r"(?:a |another |any )?(?:new |additional |extra |separate |third[- ]party )?(?:vendors?|suppliers?)\b|"
        r"\bno (?:new |additional |extra )(?:vendors?|suppliers?)\b|"
        # "wants it on the existing Google bill", "on their AWS invoice"
        r"\bon (?:the|their|our|its) (?:existing |current |usual )?"
        r"(?:google|gcp|google cloud|aws|amazon|azure|microsoft) (?:bill|billing|invoice|account)\b", re.I),
    "sla": compile_regex(r"\bslas?\b|service[- ]level (?:agreement|commitment|guarantee)s?|uptime (?:guarantee|"
                         r"commitment)s?", re.I),
}


# "not FedRAMP-bound", "no spikes worth mentioning", "doesn't need residency", "isn't really spiky", "non-production":
# a negation at most two words before a trait, in the same clause, says the workload lacks it. "not sure", "not
# only", "not just" say nothing of the kind, nor does "non-generative" before "classification" (what kind it is).
_NEGATED = compile_regex(r"(?:\b(?:not|no|never|without|nor|non|zero|nothing)|n't)"
                         r"(?:[- ](?!sure\b|certain\b|only\b|just\b|but\b|yet\b|that\b|doubt\b|question\b|matter\b|"
                         r"wonder\b|surprise\b|generative\b|llm\b|genai\b)[\w'/]+){0,2}[- ]$", re.I)


def _negated(text: str, start: int) -> bool:
    return _NEGATED.search(text[max(0, start - 40):start]) is not None


def occurs(pattern: re.Pattern[str], text: str) -> bool:
    """The pattern occurs in ``text`` at least once without a negation just before it."""
    return any(not _negated(text, m.start()) for m in pattern.finditer(text))


#: Reads of a text after which :func:`read_traits` screens the patterns (:class:`glossary.prefilter.Screen`: one pass
#: over the text for the strings each pattern needs, then only the patterns that may match are searched). Building
#: the screen costs about 80 ms, which a command that reads one ask would pay for nothing; a serving process reads
#: hundreds, each about a fifth the cost with it.
SCREEN_AFTER = 50


class _TraitScreen:
    """The screen of :data:`TRAITS`' patterns, built once :func:`read_traits` has read ``after`` texts (two threads
    may both build it: the same screen, the later one kept)."""

    def __init__(self, after: int = SCREEN_AFTER) -> None:
        self.after = after
        self.reads = 0
        self.screen: Screen | None = None
        self.names = tuple(TRAITS)
        self.patterns = tuple(TRAITS.values())

    def possible(self, text: str) -> list[int] | None:
        """Indices of the patterns that may match ``text``; None when every pattern is to be searched (no screen yet,
        or a text the screen does not read)."""
        screen = self.screen
        if screen is None:
            self.reads += 1
            if self.reads <= self.after:
                return None
            screen = self.screen = Screen([p.pattern for p in self.patterns], self.patterns[0].flags)
        prepared = prepare(text)
        return None if prepared is None else screen.possible(prepared)


_SCREEN = _TraitScreen()


def read_traits(text: str) -> list[str]:
    """Every trait whose pattern occurs in ``text`` (normalized), not negated, in table order."""
    possible = _SCREEN.possible(text)
    if possible is None:
        return [name for name, pattern in TRAITS.items() if occurs(pattern, text)]
    names, patterns = _SCREEN.names, _SCREEN.patterns
    return [names[i] for i in possible if occurs(patterns[i], text)]


def duty_hours(fields: Fields) -> tuple[Decimal, Decimal] | None:
    """(hours a day, days a week) of a load that runs flat out for part of the day and idles otherwise, when the ask
    says so and gives no peak-to-average ratio or utilization of its own."""
    hours = fields.active_hours
    if ("full_load" not in fields.traits or hours is None or not 0 < hours < 24 or fields.peak_to_average is not None
            or fields.utilization or fields.units is not None):
        return None
    days = fields.active_days if fields.active_days is not None and 0 < fields.active_days <= 7 else Decimal(7)
    return hours, days


def workload(fields: Fields, text: str) -> WorkloadTraits:
    """The scenario engine's view of an ask: its traits, its figures and the compliance needs it names."""
    from pricing.scenario import WorkloadTraits

    traits = set(fields.traits)
    from bot.parse.numbers import normalize

    words = normalize(text)
    # "a fixed nightly batch ... volume hasn't changed in a year": the batch window says when the load runs, not that
    # the volume swings; with a steady volume and nothing else that swings, the volume is steady.
    batch = occurs(BATCH_WINDOW, words)
    # "very predictable, peak/avg ~2.5 (end-of-month invoicing spike)": a spike on a schedule is the peak, not a swing
    scheduled_only = ("steady" in traits and SCHEDULED_SPIKE.search(words) is not None
                      and not occurs(SWINGS, SCHEDULED_SPIKE.sub(" ", words)))
    swings = "variable" in traits and not scheduled_only and ("steady" not in traits or not batch
                                                              or occurs(SWINGS, words))
    variability = "high" if swings else "low" if "steady" in traits else None
    # a startup with a steady volume is past the early days the source's scenario 1 means
    early = "early_stage" in traits and (variability != "low" or occurs(TRAITS["early_stage"], STARTUP.sub(" ", words)))
    stage = "early" if early else "production" if "production" in traits else None
    prompts = "varied" if "varied_prompts" in traits else "bounded" if "bounded_prompts" in traits else None
    par = fields.peak_to_average
    if par is None and "flat" in traits:
        par = Decimal(1)  # "flat day and night": no peaks, so sized for peak is sized for the average
    # "the CFO hates variable bills" of calls that are items (one per invoice, capped prompts): a fixed cost per item
    fixed_unit_cost = "fixed_unit_cost" in traits or ("predictable_bill" in traits and (
        "transactional" in traits or "bounded_prompts" in traits))
    duty = duty_hours(fields)
    if par is None and duty is not None:
        # "batch jobs flat out 6 hours a day, idle the other 18": capacity sized for that load is busy 6 of 24 hours
        from pricing.provisioned import duty_cycle

        par = 1 / duty_cycle(*duty)
    return WorkloadTraits(
        stage=stage, volume_variability=variability, peak_to_average=par,
        utilization=fields.utilization[0] if len(fields.utilization) == 1 else None,
        prefix_tokens=fields.prefix_tokens, calls_per_day=fields.calls_per_day,
        # "their CFO wants a fixed cost per query": each query is priced as one transaction
        transactional=True if "transactional" in traits or fixed_unit_cost else None,
        repeated_context=(True if "repeated_context" in traits else False if NO_REPEATED_CONTEXT.search(words)
                          else None), batch_window=True if batch else None,
        commitment_declined=True if occurs(NO_COMMITMENT, words) else None,
        peak_sized=True if occurs(NEVER_THROTTLED, words) else None,
        high_volume=True if "high_volume" in traits else None,
        prompt_sizes=prompts, fixed_unit_cost=True if fixed_unit_cost else None,
        # billing through a cloud agreement needs the cloud named ("draw down the commitment" alone may be a
        # provider's own prepaid commitment)
        compliance_needs=tuple(k for k, rx in COMPLIANCE.items()
                               if occurs(rx, text) and (k != "existing_billing" or "hyperscaler" in traits)),
        hyperscaler_agreement=True if "hyperscaler" in traits else None,
        provisioned_discount=fields.discount, provider=fields.provider, model=fields.model,
    )
