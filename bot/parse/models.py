"""The typed request the parser produces from free text, before it is mapped onto the engine's inputs."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


def new_list() -> list[Any]:
    """A new empty list: the default of a list field. pydantic checks whether a default factory takes the data
    validated so far by reading its signature, and the builtin ``list``'s is parsed from text (about 0.2 ms a
    field, 4 ms of every `pricebot ask`); this function's is read at once."""
    return []


class Intent(StrEnum):
    """What an ask is about; one reply template per intent."""

    QUOTE = "quote"
    BREAK_EVEN = "break_even"
    CACHING = "caching"
    PER_CALL = "per_call"
    MARKUP = "markup"
    SCENARIO = "scenario"
    COMPARE = "compare"
    GLOSSARY = "glossary"
    FIELDCHECK = "fieldcheck"
    HELP = "help"
    USAGE = "usage"  # a usage export (a file, bot.usage); never read from the text of an ask


class Fields(BaseModel):
    """Everything the parser found in an ask. Rates are USD per million tokens; percentages are fractions
    (``0.4`` for 40%); volumes are per day (a month is 730 hours). ``None`` means "not stated"."""

    model_config = ConfigDict(extra="forbid")

    # Rates (USD per MTok). ``rate`` is a rate stated without saying input or output.
    input_rate: Decimal | None = None
    output_rate: Decimal | None = None
    cache_read_rate: Decimal | None = None
    cache_write_rate: Decimal | None = None
    cache_storage_rate: Decimal | None = None  # USD per MTok per hour a fixed-lifetime cache is kept
    # Cache prices as shares of an input rate the ask does not state ("reads 10% of input", "writes 2x input").
    cache_read_share: Decimal | None = None
    cache_write_share: Decimal | None = None
    # A 1-hour write price stated beside a 5-minute one ("1h writes at 2x input, 5m at 1.25x").
    cache_write_1h_rate: Decimal | None = None
    cache_write_1h_share: Decimal | None = None
    rate: Decimal | None = None
    per_call_fee: Decimal | None = None
    direct_rate: Decimal | None = None  # the direct (first-party) input rate beside a hyperscaler's ("vs direct $2.50")
    direct_output_rate: Decimal | None = None  # the direct output rate stated with it ("against $3 and $15 direct")
    growth: Decimal | None = None  # "if calls run 2x bigger than planned"
    # A second call size beside the planned one, in another proportion ("but prod averages 6k in / 1.2k out"): in, out.
    other_call_tokens: list[Decimal] = Field(default_factory=new_list)
    #: "90% of calls are ~1,000 tokens, 10% are 20,000": (share of the calls, tokens a call) for each call size.
    call_size_mix: list[tuple[Decimal, Decimal]] = Field(default_factory=new_list)
    #: "a 120-page doc, ~500 tokens a page": the parts one call reads, the tokens of each, and what a part is
    parts_per_call: tuple[Decimal, Decimal, str] | None = None

    # Tokens.
    prefix_tokens: Decimal | None = None
    #: "only ~900 tokens today ... if they restructure, 1,500": a second prefix said, below the minimum cacheable prefix
    #: (so never cached) while ``prefix_tokens`` reaches it.
    short_prefix_tokens: Decimal | None = None
    min_prefix_tokens: Decimal | None = None  # the provider's minimum cacheable prefix, as stated ("minimum is 1,024")
    input_tokens_per_call: Decimal | None = None
    output_tokens_per_call: Decimal | None = None
    tokens_per_call: Decimal | None = None
    input_tokens_per_day: Decimal | None = None
    output_tokens_per_day: Decimal | None = None
    tokens_per_day: Decimal | None = None

    # Volume.
    calls_per_day: Decimal | None = None
    #: "8,800 cache hits out of 10,000 calls", "9,000 of 10,000 calls hit": the hits and the calls they were counted in.
    hits_counted: tuple[Decimal, Decimal] | None = None
    calls_total: Decimal | None = None  # a one-off job's calls ("a one-off batch of 2M docs")
    # The calls one unit of work makes and the unit's name ("12 model calls per task ... 3,000 tasks a month").
    calls_per_unit: Decimal | None = None
    unit_noun: str | None = None
    #: A pasted usage table's rows, each (label, calls or None, input tokens, output tokens) over the table's period;
    #: the fields above hold their totals.
    usage_rows: list[tuple[str, Decimal | None, Decimal, Decimal]] = Field(default_factory=new_list)
    #: The rows are that many days in a row of a usage export, their volume an average day's.
    usage_days: int | None = None
    #: Each usage row's own input and output prices per 1M tokens, when the table prices its rows apart.
    usage_row_rates: list[tuple[Decimal, Decimal]] = Field(default_factory=new_list)
    units_asked: Decimal | None = None  # the units of work a cost is asked for ("cost per 1,000 conversations?")
    #: Two bare figures read as the input and output rates per 1M tokens, as typed ("3/15"); the reply says so.
    bare_rates: str | None = None
    # The heads a volume was stated per and multiplied by ("800 seats, 40 req/seat/day"): the count and its noun.
    heads: Decimal | None = None
    head_noun: str | None = None
    volume_period: str | None = None  # the period the volume was stated over ("day", "month"; None when not stated)
    #: Calls said part by part over a period ("weekdays 80k a day, weekends 15k", "month 1 200k, month 2 400k"): each
    #: part's (label, units it holds, calls in each unit), the period they make up ("day", "week", "months");
    #: ``calls_per_day`` is then the period's average day.
    volume_parts: list[tuple[str, Decimal, Decimal]] = Field(default_factory=new_list)
    parts_period: Literal["day", "week", "months"] | None = None
    writes_per_day: Decimal | None = None
    #: Minutes between calls said as a steady interval ("a call every 2 min like clockwork") beside one cache lifetime.
    call_every_minutes: Decimal | None = None
    #: The calls were counted as cache hits ("600 cache hits a day") and no writes were said beside them: where the
    #: writes are worked out and each is a call, the calls are those hits plus the writes.
    calls_are_hits: bool = False
    active_hours: Decimal | None = None  # hours a day the traffic runs ("over 8 business hours")
    active_days: Decimal | None = None  # days a week the traffic runs ("5 days a week", "weekdays")
    days_per_month: Decimal | None = None  # days a month it runs ("22 days/mo"), for units billed only then
    days_per_year: Decimal | None = None  # days a year it runs ("250 business days a year"), for a year of those days
    #: "their busiest hour is 18M in ... the average hour runs at a third of peak": the tokens said are the peak hour's,
    #: and the traffic priced is this share of them every hour.
    peak_hour_share: Decimal | None = None
    hours_per_month: Decimal | None = None  # the hours a month is billed for ("a 30-day month (720 hours)")
    days_per_quarter: Decimal | None = None  # the days a quarter is counted over ("a 90-day quarter")
    ttl_minutes: Decimal | None = None  # a cache lifetime stated in the ask ("1-hour TTL")
    compare_discounts: list[Decimal] = Field(default_factory=new_list)  # "break-even for 25% and 45% off"
    compare_hit_ratios: list[Decimal] = Field(default_factory=new_list)  # "at 99% vs 95% hits": each worked out
    #: "one discounts cached input by 90%, the other by 50%: saving for each?": each cache-read price worked out
    compare_read_rates: list[Decimal] = Field(default_factory=new_list)
    #: "A) Anthropic: read $0.30, write $3.75 / B) OpenAI: cached 50% off, no write charge": each provider's prices
    #: (label, provider, input, cache read, cache write or None) on the same prefix, calls and hits
    cache_options: list[tuple[str, str | None, Decimal, Decimal, Decimal | None]] = Field(default_factory=new_list)
    compare_calls: list[Decimal] = Field(default_factory=new_list)  # "50 to 60 thousand calls a month": each end
    calls_now_then: bool = False  # the two volumes are today's and a later one ("2M/mo today, 5M/mo next year")
    # "between 50 and 80M input tokens a month": the input and output tokens a day at the top of the range
    tokens_range_high: tuple[Decimal, Decimal] | None = None
    compare_ea_discounts: list[Decimal] = Field(default_factory=new_list)  # "EA goes from 10% to 20%": each worked out
    compare_markups: list[Decimal] = Field(default_factory=new_list)  # "15-40% over direct, each end": each worked out
    compare_ttls: list[Decimal] = Field(default_factory=new_list)  # two lifetimes to compare ("5-min vs 1-hour TTL")
    #: Each compared lifetime's own hit rate, in the order of ``compare_ttls`` ("5-minute TTL ... 70% hit rate; 1-hour
    #: TTL ... hit rate rises to 98%"); empty when the hit rates are not said option by option.
    ttl_hit_ratios: list[Decimal] = Field(default_factory=new_list)

    # Spend in USD over ``spend_period`` ("$9,000 a month on-demand"; "direct would be $12k/mo").
    on_demand_spend: Decimal | None = None
    direct_spend: Decimal | None = None
    # what the provisioned capacity bills over the period ("PT commit would be $52k/mo")
    provisioned_spend: Decimal | None = None
    # the on-demand spend stated for one unit's traffic ("each unit flat out serves $30/hr"); on_demand_spend is then
    # that times the units
    on_demand_spend_per_unit: Decimal | None = None
    # the on-demand bill actually paid, beside on_demand_spend at full load ("fully loaded they'd serve $18k/mo ...
    # the actual PAYG bill came to $13.2k"): the average load is the one over the other
    on_demand_spend_actual: Decimal | None = None
    hyperscaler_spend: Decimal | None = None  # spend on a hyperscaler ("$50k/mo on Azure OpenAI")
    # spend on a hyperscaler at its list price, before the EA discount ("Azure spend would be $42k/mo at list")
    hyperscaler_list_spend: Decimal | None = None
    # what one call costs at per-token rates, said as an amount ("per-token equivalent works out to $0.008 per call")
    per_token_call_cost: Decimal | None = None
    fee_spend: Decimal | None = None  # a bill paid at a per-call fee ("we pay $15k/mo at $0.006/call")
    input_spend: Decimal | None = None  # the input side of a bill ("$9,000/mo on input tokens")
    prefix_share: Decimal | None = None  # the share of input tokens that are a repeated prefix
    # tokens read from the cache a day, however the period was said ("300M prefix tokens a month served from cache")
    cached_tokens_per_day: Decimal | None = None
    cached_of_input: bool = False  # the cached tokens are part of the input tokens said ("600M of those are cached")
    #: A bill's caching lines ("840M cache read tokens, 12M cache write tokens, 160M uncached input tokens"): the tokens
    #: of each kind ("read", "written", "uncached") over ``cache_lines_period`` (None: the period was not said).
    cache_lines: tuple[tuple[str, Decimal], ...] = ()
    cache_lines_period: str | None = None
    budget: Decimal | None = None  # what the buyer can spend over ``budget_period`` ("budget is $5,000/month")
    budget_period: str | None = None
    spend_period: str | None = None

    # Percentages as fractions.
    discount: Decimal | None = None
    utilization: list[Decimal] = Field(default_factory=new_list)
    markup: Decimal | None = None
    ea_discount: Decimal | None = None
    hit_ratio: Decimal | None = None
    peak_to_average: Decimal | None = None
    claimed_hit_saving: Decimal | None = None  # "saves $0.0175 a hit, right?": a cache saving per hit, to check
    claimed_day_saving: Decimal | None = None  # "... and $175/day": the day's cache saving, to check
    claimed_call_cost: Decimal | None = None  # "... is basically 2 cents a call at $5/$15": a call's cost, to check
    claimed_markup: Decimal | None = None  # "... is a 15% effective markup, right?": an effective markup, to check
    # "direct is about 20% cheaper than Azure": how much less direct costs (the list markup is worked out from it)
    direct_cheaper_by: Decimal | None = None
    # "on our $100k of usage we're paying $25k extra": the usage (no period) and the premium claimed on it, to check
    markup_base_spend: Decimal | None = None
    claimed_premium: Decimal | None = None
    claimed_bill_cut: Decimal | None = None  # "caching will cut our bill by 90%": a cut of the whole bill, to check
    claimed_cut: Decimal | None = None  # "caching cuts input cost 80%+, right?": a cut of the input cost, to check
    #: "PAR goes from 1.2 to 2": the ratio the new one replaces, worked out beside it.
    peak_to_average_before: Decimal | None = None
    #: "and if the PAR is really 1.5?": a second ratio the same deal is worked out at, beside the one stated.
    other_peak_to_average: Decimal | None = None
    claimed_saving: Decimal | None = None  # "so they'd save $2k, right?": a saving the rep states, to check
    #: A commitment's price over its term and the on-demand cost of what is forecast to be used over the same term
    #: ("Commitment value: $480,000", "Forecast on-demand-equivalent consumption (12 mo): $300,000").
    commitment_value: Decimal | None = None
    consumption_value: Decimal | None = None
    target_saving: Decimal | None = None  # "what utilisation for a 20% saving?": a share below on-demand to reach

    # Provisioned capacity form: units bought, price per unit-hour, tokens per minute one unit serves,
    # and the share of those tokens that are input.
    units: Decimal | None = None
    unit_hour_price: Decimal | None = None
    tokens_per_minute_per_unit: Decimal | None = None
    tokens_per_hour_per_unit: Decimal | None = None  # the same throughput when stated per hour ("5M tokens an hour")
    #: "$96/day per unit": one unit's price as said (amount, period), while ``unit_hour_price`` holds it per hour.
    unit_price_stated: tuple[Decimal, str] | None = None
    # "on-demand $10/M, provisioned works out at $6.50/M": the two rates a provisioned discount is read from
    provisioned_rate: Decimal | None = None
    on_demand_rate: Decimal | None = None
    blended_rate: Decimal | None = None  # one on-demand rate for input and output alike ("$2.50/M blended")
    #: "$3,600/month flat for capacity good for up to 3.2B tokens/month": the tokens the whole capacity serves a day at
    #: full use, and the period they were said over (set where no units are counted to spread them over).
    capacity_tokens_per_day: Decimal | None = None
    capacity_period: str | None = None
    #: "1-year reserved deal for $1.44M" beside "$160k a month on-demand": the commitment as stated (amount, period),
    #: while ``provisioned_spend`` holds it restated over the on-demand spend's period.
    provisioned_spend_stated: tuple[Decimal, str] | None = None
    input_share: Decimal | None = None

    # A load profile over a day: (load, hours it lasts) in ``load_unit`` ("tpm", "rps"), for the commitment level.
    load_profile: list[tuple[Decimal, Decimal]] = Field(default_factory=new_list)
    load_unit: str | None = None
    load_unit_price: Decimal | None = None  # USD per unit-hour of the profile's load on-demand
    #: The two loads a ratio was read from, and their unit: (average, committed, unit) for the utilization ("commit to
    #: 1,000k TPM, average 550k"), (peak, average, unit) for the peak-to-average ratio ("peak 450k TPM, avg 180k").
    utilization_loads: tuple[Decimal, Decimal, str] | None = None
    peak_to_average_loads: tuple[Decimal, Decimal, str] | None = None

    # Names.
    model: str | None = None
    provider: str | None = None
    # Side by side: the models, or the providers of one model ("direct" = the lab's own price list).
    compare_models: list[str] = Field(default_factory=new_list)
    # Each compared model's own (input, output) rates, when the message states them model by model.
    compare_rates: list[tuple[Decimal, Decimal]] = Field(default_factory=new_list)
    compare_providers: list[str] = Field(default_factory=new_list)

    # Which catalog row: a service tier ("batch", "flex", "priority", "fast"), a prompt size for long-context
    # tiers, a region ("regional" for in-region or geographic data zones such as the EU, "global").
    service_tier: str | None = None
    context_tokens: Decimal | None = None
    region: str | None = None

    # Scenario traits (``rag``, ``agent``, ``early_stage``, ``production``, ``variable``, ``steady``,
    # ``federal``, ``hyperscaler``, ``compliance``) and free text for glossary / field checks.
    traits: list[str] = Field(default_factory=new_list)
    term: str | None = None
    checked_text: str | None = None
    #: "output goes from 300 to 900 tokens": the field that changes and the value it had before (the field holds
    #: the new one).
    changed_from: tuple[str, Decimal] | None = None
    #: "what if their volume doubles?": the factor the whole volume is multiplied by.
    volume_factor: Decimal | None = None
    #: "what if the prefix grows to 7k?": a second prefix length the same deal is worked out at, beside the first.
    what_if_prefix: Decimal | None = None
    #: "I get $16 in, $16 out, $32/day, about $973 a month?": the rep's own figures, each checked against the quote.
    claimed_amounts: list[Decimal] = Field(default_factory=new_list)
    #: "what if output doubles?": one side ("input" or "output") and the factor its tokens are multiplied by.
    side_factor: tuple[str, Decimal] | None = None
    #: "moving from a $10/$30 model to a $2.50/$10 one": a second input and output rate the same tokens are priced at.
    other_rates: list[Decimal] = Field(default_factory=new_list)
    #: "70% of calls go to the small model ($0.15/$0.60) and 30% to the large ($2.50/$10)": the shares of the calls
    #: priced at the first rates and at ``other_rates``.
    route_shares: tuple[Decimal, Decimal] | None = None


class Ambiguity(BaseModel):
    """Two different values for one field: asked about, never guessed."""

    field: str
    values: list[str]
    question: str


class Ask(BaseModel):
    """Free text parsed into an intent and its fields."""

    text: str
    intent: Intent
    fields: Fields
    ambiguities: list[Ambiguity] = Field(default_factory=new_list)
    understood: bool = True
    truncated: bool = False
    #: Numbers in the ask that could not be placed, as typed ("12-month"); the reply says so.
    unused: list[str] = Field(default_factory=new_list)
    #: A glossary ask that also asks for figures ("what's a PTU? at $3 an hour, what's one a month?"): the question
    #: the figures answer, worked out after the entry.
    worked: Intent | None = None
    #: The figures beside the entry were said as context ("what's cache hit rate? their logs show 9,000 of 10,000"):
    #: worked out where the engine gets a figure from them, left out where it would only ask for more.
    worked_if_figured: bool = False
    #: The request of figures worked out beside an entry: that entry's id ("what's per-call pricing? e.g. $0.01 a call
    #: vs $2/M blended": the example's crossover is the figure asked).
    explained: str | None = None
    #: Rates the ask states per 1K tokens: (as typed, the same rate per million it is priced at); the reply says so.
    per_thousand_rates: list[tuple[Decimal, Decimal]] = Field(default_factory=new_list)
    #: Rates the ask states per billion tokens: (as typed, the same rate per million); the reply says so.
    per_billion_rates: list[tuple[Decimal, Decimal]] = Field(default_factory=new_list)
    per_token_rates: list[tuple[Decimal, Decimal]] = Field(default_factory=new_list)

    def figures_ask(self) -> Ask | None:
        """The request of the figures asked beside a term's meaning (None when none are asked)."""
        if self.worked is None:
            return None
        fields = self.fields.model_copy(update={"term": None})
        return self.model_copy(update={"intent": self.worked, "worked": None, "worked_if_figured": False,
                                       "explained": self.fields.term, "fields": fields})
