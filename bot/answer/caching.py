"""The prompt-caching answer."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import Field

from bot.answer import AnswerBase
from bot.parse.models import new_list
from bot.parse.requests import Missing
from pricing.caching import (
    CacheWrite,
    CachingRequest,
    CachingResult,
    PoissonWrites,
    SteadyWrites,
    TtlComparison,
    WritesBill,
)
from pricing.caching_figures import (
    CacheBillLines,
    CachedInputBill,
    CachedVolumeSaving,
    CachingOverPeriod,
    CachingOverTerm,
    CallBillOnHit,
    DayBillWithCaching,
    HitBreakEven,
    HitCounts,
    HitInputCost,
    HitRateFromCounts,
    HourOfHits,
    InputBillCut,
    InputCostAtHitRate,
    InputCut,
    InputSpend,
    PrefixBill,
    PrefixVolumeNet,
    ReadRateSaving,
    StatedSaving,
    StorageBill,
    StorageCover,
    WriteRatePremium,
    hit_savings_per_day,
    monthly_net_difference,
    net_before_writes_per_day,
    write_costs_per_day,
)
from pricing.periods import DailyOverDays, DailyOverPeriod, daily_over_days
from pricing.units import month_from_day


class CachingAnswer(AnswerBase):
    kind: Literal["caching"] = "caching"
    #: A prefix shorter than the provider's minimum cacheable prefix: (prefix, minimum, provider, family).
    below_minimum: tuple[Decimal, int, str, str] | None = None
    #: Below the minimum, with a volume and an input rate said: what the prefix keeps costing at the full input rate,
    #: over the period the volume was said in: (calls in that period, the input rate, the cost, the period).
    uncached_prefix: tuple[Decimal, Decimal, Decimal, str] | None = None
    #: A prefix at or above the provider's minimum: (prefix, minimum, provider, caches automatically).
    above_minimum: tuple[Decimal, int, str, bool] | None = None
    #: "~900 tokens today ... 1,500 after the change": the other prefix said, below the minimum cacheable prefix, so
    #: never cached: (that prefix, the minimum, the provider whose minimum it is, or None for the minimum stated).
    short_prefix: tuple[Decimal, Decimal, str | None] | None = None
    #: A minimum cacheable prefix the ask states, beside the prefix: (prefix, minimum).
    stated_minimum: tuple[Decimal, Decimal] | None = None
    request: CachingRequest | None = None
    caching: CachingResult | None = None
    #: "one discounts cached input by 90%, the other by 50%: saving for each?": the same calls and prefix at each
    #: cache-read price, with what it saves a day if every call hits.
    read_rate_options: list[tuple[CachingResult, Decimal]] = Field(default_factory=new_list)
    #: Providers' prices compared on the same deal: each option's label and its figures.
    cache_options: list[tuple[str, CachingResult]] = Field(default_factory=new_list)

    @property
    def best_cache_option(self) -> tuple[str, Decimal] | None:
        """The option that nets the most a day, and by how much it beats the next best (None on a tie)."""
        nets = sorted(((o.net_saving_per_day, label) for label, o in self.cache_options if o.eligible), reverse=True)
        if len(nets) < 2 or nets[0][0] == nets[1][0]:
            return None
        return nets[0][1], nets[0][0] - nets[1][0]

    @property
    def cache_option_months(self) -> list[DailyOverDays | None]:
        """Each option's net over the month of days the traffic runs ("22 business days in their month"), beside its
        day; None for an option that saves nothing, and [] without such a month."""
        if self.month_of_days is None:
            return []
        return [daily_over_days(o.net_saving_per_day, self.month_of_days.days) if o.eligible else None
                for _, o in self.cache_options]

    #: "at 99% vs 95% hits": the same calls and prefix at each further hit rate the ask compares.
    other_hit_ratios: list[CachingResult] = Field(default_factory=new_list)
    #: The figures per hit alone, when the call volume is still missing.
    per_hit_only: CachingResult | None = None
    #: An explicit cache with no storage price: the figures per hit are shown, storage and writes wait for the price.
    storage_unpriced: bool = False
    #: "for every 1,000 calls at an 80% hit rate, the net?": the hits, the writes and the net over that many calls.
    per_n_calls: CachingResult | None = None
    #: "the premium per write for each TTL?": one write at each compared lifetime's write price.
    ttl_writes: list[CacheWrite] = Field(default_factory=new_list)
    #: "5-minute or 1-hour TTL?": the same calls and prefix under each lifetime.
    ttl_comparison: TtlComparison | None = None
    #: With a break-even hit rate or an input cut answered from the shares alone: what the dollar figures still need.
    for_dollars: list[Missing] = Field(default_factory=new_list)
    #: The net over an hour of traffic, when the volume is stated per hour (or finer) or an hourly figure is asked for.
    per_hour: DailyOverPeriod | None = None
    #: Beside it, the same hour if every call hits: its calls × the saving per hit.
    all_hits_per_hour: HourOfHits | None = None
    #: With the figures per hit alone: one write followed by one hit, against sending the prefix uncached twice.
    first_hit_net: Decimal | None = None
    #: The hits after that write ("net for one write + 9 hits?"): one unless the ask says how many.
    hits_after_write: Decimal = Decimal(1)
    #: What those hits save before the write's premium: hits × saving per hit.
    hits_after_write_saving: Decimal | None = None
    #: A cache with a storage price and no call volume: storage an hour and a day, and the hits an hour that cover it.
    storage: StorageCover | None = None
    #: A storage price and the prefix with no prices or volume for the saving: the storage over the hours it is kept.
    storage_bill: StorageBill | None = None
    #: Calls at random and a TTL but no prefix or prices: the writes and hits a day alone.
    writes_only: PoissonWrites | None = None
    #: Calls at a steady interval and a TTL but no prefix or prices: the writes, hits and hit rate a day alone.
    steady_writes: SteadyWrites | None = None
    #: One cache write and its premium, when the ask gives the write price or asks about writes (shown when the
    #: full figures are missing a read price or a volume).
    write: CacheWrite | None = None
    #: "recreated every hour ... what do the writes cost per day?": the day's writes at that write's cost.
    writes_bill: WritesBill | None = None
    #: Calls at a steady interval longer than the TTL: no call hits, so the day's writes cost their premium over
    #: sending the prefix uncached (shown without a read price, which no call pays).
    premium_bill: WritesBill | None = None
    all_hits_per_day: Decimal | None = None
    #: "22 business days a month": the net over the days a month the traffic runs.
    month_of_days: DailyOverDays | None = None
    #: The hits' saving and the writes' cost over the same days (the net's two parts).
    month_of_days_parts: tuple[DailyOverDays, DailyOverDays] | None = None
    #: The hits and the writes over the same days ("how many cache writes will they pay for in a month?").
    month_of_days_counts: tuple[DailyOverDays, DailyOverDays] | None = None
    #: An explicit cache's storage over the same days (the net's third part), where it is billed.
    month_of_days_storage: DailyOverDays | None = None
    #: "22 business days a month ... annual saving?": twelve months of those days.
    year_of_days: DailyOverDays | None = None
    #: "a 90-day quarter": the net over the quarter's days as stated.
    quarter_of_days: DailyOverDays | None = None
    #: The same if every call hits, over each week, quarter or year the ask asks for ("weekly savings if every call
    #: hits?").
    all_hits_periods: list[DailyOverPeriod] = Field(default_factory=new_list)
    #: The same if every call hits, over the days a month the traffic runs ("22 business days a month").
    all_hits_over_days: list[DailyOverDays] = Field(default_factory=new_list)
    #: The periods the ask asked for: hit savings, write costs and net over a week, month or year.
    asked_periods: list[CachingOverPeriod] = Field(default_factory=new_list)
    #: The net over a span of months or a contract term asked for ("over 6 months", "the 3-year term").
    term: CachingOverTerm | None = None
    #: "5 days a week": the days of a week the traffic runs, when fewer than 7 (the asked periods run those days; the
    #: day's figures and the month beside them assume every day).
    week_days: Decimal | None = None
    #: "at what hit rate does caching break even?"
    hit_break_even: HitBreakEven | None = None
    #: "how many hits per write to break even?": the break-even read as hits that pay back one write.
    hits_per_write_asked: bool = False
    #: "ignoring the cache-creation calls for now": the net is shown without the writes too.
    writes_set_aside: bool = False
    #: "what % of the input cost does caching cut?"
    input_cut: InputCut | None = None
    #: The input cost of an average call at the stated hit rate, each miss writing the prefix.
    input_at_hit_rate: InputCostAtHitRate | None = None
    #: The cached prefix alone on an average call at the stated hit rate (no whole prompt given): the prefix's cost
    #: with every call hitting, and averaged over hits and writing misses.
    prefix_at_hit_rate: tuple[HitInputCost, InputCostAtHitRate] | None = None
    #: "caching cuts input cost 80%+, right?": the cut the rep states, and whether the cut worked out reaches it.
    cut_claim: tuple[Decimal, bool] | None = None
    #: "the bill was $48,000, 70% of that input": (the bill, the input's share of it, the input spend).
    input_bill_share: tuple[Decimal, Decimal, Decimal] | None = None
    #: The saving of the tokens read from the cache over the week, quarter or year their count covers.
    cached_volume_period: DailyOverPeriod | None = None
    #: "how many writes over a batch of 400 calls?": (the calls, their writes at the day's share of writes, their hits).
    writes_over_calls: tuple[Decimal, Decimal, Decimal] | None = None
    #: "caching will cut our bill by 90%": (the cut claimed, whether the whole bill's cut reaches it).
    bill_claim: tuple[Decimal, bool] | None = None
    #: "saves $0.0175 a hit, right?": the saving per hit the rep states, and whether the one worked out matches it.
    hit_claim: tuple[Decimal, bool] | None = None
    #: The saving quoted is the source document's caching example: its call volume and day figure are the document's.
    source_example: bool = False
    #: "... and $175/day at 10k calls": the day's saving stated (every call hitting), and whether it matches.
    day_claim: tuple[Decimal, bool] | None = None
    #: "effective input cost per call": the input cost of a call whose prefix hits, against it uncached.
    hit_input_cost: HitInputCost | None = None
    #: "how much of the total per-call bill does caching knock off?": the whole call (input and output) both ways.
    call_bill: CallBillOnHit | None = None
    #: "how much of the total daily bill does caching knock off?": the day's calls, input and output, both ways.
    day_bill: DayBillWithCaching | None = None
    #: An input spend with a repeated prefix's share cached: the saving and the input bill left, per period.
    input_bill: InputBillCut | None = None
    #: "daily input spend with vs without caching?": the whole prompts' input spend a day both ways.
    input_spend: InputSpend | None = None
    #: "the prefix's input cost per day without caching vs with, and the difference?": the prefix's cost both ways.
    prefix_bill: PrefixBill | None = None
    #: "... monthly, with no caching at all?": the prefix's cost without caching and with it over each period asked.
    prefix_bill_periods: list[tuple[DailyOverPeriod, DailyOverPeriod]] = Field(default_factory=new_list)
    input_bill_period: str | None = None
    #: "2,000 tok/s of input ... $2/M": the input spend worked out from the tokens (a day's tokens, the input rate)
    input_bill_tokens: tuple[Decimal, Decimal] | None = None
    #: "... what's the monthly saving, and per day?": the input bill's saving over the other periods asked.
    #: (period, its hours, the stated period's hours, their ratio, the saving over it)
    input_bill_periods: list[tuple[str, Decimal, Decimal, Decimal, Decimal]] = Field(default_factory=new_list)
    #: "300M prefix tokens a month served from cache, $3 vs $0.30": what those cached tokens save a day and a month.
    cached_volume: CachedVolumeSaving | None = None
    #: "1.2B prefix tokens a month, hit rate 90%": what the hits save and the writes cost over that period, and where
    #: the write price came from.
    prefix_volume: PrefixVolumeNet | None = None
    prefix_volume_write_basis: str | None = None
    #: "900M input tokens a month ... 600M of those are cache hits": the input bill before and after, in that period.
    cached_bill: CachedInputBill | None = None
    #: A bill's caching lines priced both ways, the period they were billed over and where the write price came from.
    cache_lines: CacheBillLines | None = None
    cache_lines_period: str | None = None
    #: A day's caching lines: their net over a 730-hour month, the run-rate.
    cache_lines_month: Decimal | None = None
    cache_lines_write_basis: str = ""
    #: "what if the prefix grows to 7k?": the same deal at that prefix, and what it saves a day if every call hits.
    what_if_prefix: CachingResult | None = None
    what_if_prefix_all_hits: Decimal | None = None
    #: The what-if's all-hits saving over a 730-hour month, and what the change adds a day and a month against the base.
    what_if_prefix_all_hits_month: Decimal | None = None
    what_if_prefix_gain: Decimal | None = None
    what_if_prefix_gain_month: Decimal | None = None
    #: "what if hits double?": the same deal at the calls × that factor, and what it saves a day if every call hits.
    what_if_calls: CachingResult | None = None
    what_if_calls_all_hits: Decimal | None = None
    #: "what if volume doubles and the hit rate goes to 95%?": both changes at once (calls × the factor, the new rate).
    what_if_both: CachingResult | None = None
    volume_factor: Decimal | None = None
    #: "cache saves ~0.9c per call, 25k calls/day": the saving said per hit, over a day, a month and any period asked.
    stated_saving: StatedSaving | None = None
    stated_saving_periods: list[DailyOverPeriod] = Field(default_factory=new_list)
    #: "9 in 10 calls hit, 50,000 calls: how many writes?": the calls split into hits and writes, with nothing priced.
    hit_counts: HitCounts | None = None
    #: "8,800 cache hits out of 10,000 calls": the hit rate those counts make.
    hit_rate_counted: HitRateFromCounts | None = None
    #: "base is $3/M and write is $3.75/M": the write price against the input rate, with no prefix to price it on.
    write_rate: WriteRatePremium | None = None
    #: "input is $3/M and cached reads are $0.30/M": the read price against the input rate, with no prefix to price.
    read_rate: ReadRateSaving | None = None

    @property
    def computed(self) -> bool:
        return (self.caching is not None or self.per_hit_only is not None or self.hit_break_even is not None
                or self.input_cut is not None or self.write is not None or self.below_minimum is not None
                or self.below_stated_minimum
                or self.cached_volume is not None or self.cached_bill is not None or self.prefix_volume is not None
                or self.cache_lines is not None
                or self.stated_saving is not None or self.input_bill is not None or self.storage_bill is not None
                or self.hit_rate_counted is not None or self.write_rate is not None
                or self.read_rate is not None)

    @property
    def below_stated_minimum(self) -> bool:
        """The prefix is shorter than the minimum cacheable prefix the ask states: it is not cached."""
        return self.stated_minimum is not None and self.stated_minimum[0] < self.stated_minimum[1]

    @property
    def all_hits_per_month(self) -> Decimal | None:
        return month_from_day(self.all_hits_per_day) if self.all_hits_per_day is not None else None

    @property
    def premium_bill_per_month(self) -> Decimal | None:
        """What the writes of a cache that never hits add over a 730-hour month."""
        return month_from_day(self.premium_bill.cost) if self.premium_bill is not None else None

    @property
    def hit_ratio_differences(self) -> list[Decimal]:
        """For each further hit rate: how much more the first one nets a month (negative when it nets less)."""
        if self.caching is None:
            return []
        return [monthly_net_difference(self.caching, other) for other in self.other_hit_ratios]

    @property
    def hit_savings_per_day(self) -> Decimal | None:
        """What the day's hits save before the writes' premium (hits × saving per hit)."""
        return hit_savings_per_day(self.caching) if self.caching is not None else None

    @property
    def net_before_writes(self) -> Decimal | None:
        """The day's net with the writes set aside, as asked (hits' saving − storage)."""
        return net_before_writes_per_day(self.caching) if self.caching is not None and self.writes_set_aside else None

    @property
    def write_costs_per_day(self) -> Decimal | None:
        """The day's write premium (writes × premium per write)."""
        return write_costs_per_day(self.caching) if self.caching is not None else None

    @property
    def per_n_hit_savings(self) -> Decimal | None:
        """What the hits among the calls asked per save (hits × saving per hit)."""
        return hit_savings_per_day(self.per_n_calls) if self.per_n_calls is not None else None

    @property
    def per_n_write_costs(self) -> Decimal | None:
        """What the writes among the calls asked per add (writes × premium per write)."""
        return write_costs_per_day(self.per_n_calls) if self.per_n_calls is not None else None

    def result(self) -> Any:
        return self.caching
