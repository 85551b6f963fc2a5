"""Figures read from cache prices and a caching result: cache prices as multiples of the input rate, the
break-even hit rate, the share of the input cost a hit cuts, a day's hits and writes over longer periods, and the
prefix's daily cost with and without caching at a call volume (the caching chart's lines).

The caching model itself (hits, writes, TTL, storage) is :mod:`pricing.caching`; this module only derives from
its inputs and results what a reply shows beside them.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pricing.caching import CachingRequest, CachingResult, analyse_caching, break_even_hit_ratio, input_cost_cut
from pricing.errors import InvalidInputError
from pricing.units import month_from_day, token_cost
from pricing.validation import (
    ACTIVE_DAYS,
    ACTIVE_HOURS,
    CALLS,
    ONE,
    PERIOD_HOURS,
    RATE,
    RATE_MULTIPLE,
    SHARE,
    SPAN_DAYS,
    SPEND,
    TERM_MONTHS,
    TOKENS,
    TOKENS_PER_CALL,
    PricingModel,
    check,
)

LongPeriod = Literal["week", "month", "quarter", "year"]

#: Days in the periods a daily caching figure is scaled to (the month is 730 hours, via month_from_day; a quarter is
#: three of those months).
_DAYS: dict[str, Decimal] = {"week": Decimal(7), "year": Decimal(365)}


def multiple_of_input(price: Decimal | None, input_rate: Decimal | None) -> Decimal | None:
    """A cache price as a multiple of the input rate ($0.30 reads on $3 input: 0.1); None without both, or
    when the input rate is $0."""
    if price is None or not input_rate:
        return None
    return price / input_rate


class HitBreakEven(PricingModel):
    """The hit rate at which caching pays for its writes, from cache prices as multiples of the input rate."""

    read_multiple: Decimal
    write_multiple: Decimal
    hit_ratio: Decimal

    @property
    def hit_saving(self) -> Decimal:
        """What a hit saves, as a share of the prefix's input cost: 1 − read multiple."""
        return ONE - self.read_multiple

    @property
    def write_premium(self) -> Decimal:
        """What a write costs over sending the prefix uncached, as a share of its input cost: write multiple − 1."""
        return self.write_multiple - ONE

    @property
    def hits_per_write(self) -> Decimal:
        """The hits that pay back one write when every miss writes: write premium ÷ hit saving (both as shares of
        the prefix's input cost, so no price or prefix is needed)."""
        return self.write_premium / self.hit_saving


def hit_break_even(read_multiple: Decimal, write_multiple: Decimal) -> HitBreakEven | None:
    """:func:`pricing.caching.break_even_hit_ratio` with its inputs; None when any hit rate pays."""
    ratio = break_even_hit_ratio(read_multiple, write_multiple)
    if ratio is None:
        return None
    return HitBreakEven(read_multiple=read_multiple, write_multiple=write_multiple, hit_ratio=ratio)


class InputCut(PricingModel):
    """The share of the input cost a cache hit removes; ``prefix_share`` is the cached share of the prompt (None
    when the prompt size is not known, and the cut is then of the cached prefix's own input cost)."""

    prefix_share: Decimal | None
    read_multiple: Decimal
    cut: Decimal
    #: At a hit rate: the rate, the write multiple each miss pays (None when no write price is given: no premium
    #: counted), the premium a miss adds (write multiple − 1, of the same input cost) and the net cut over all calls.
    hit_ratio: Decimal | None = None
    miss_ratio: Decimal | None = None
    write_multiple: Decimal | None = None
    miss_premium: Decimal | None = None
    net_cut: Decimal | None = None


def input_cut(read_multiple: Decimal, prefix_tokens: Decimal | None = None,
              input_tokens: Decimal | None = None, prefix_share: Decimal | None = None,
              hit_ratio: Decimal | None = None, write_multiple: Decimal | None = None) -> InputCut:
    """The cut on every call that hits: prefix ÷ prompt (or the ``prefix_share`` of input tokens stated) ×
    (1 − read multiple), or 1 − read multiple of the prefix alone when the prompt is unknown or shorter than the
    prefix. With ``hit_ratio``, the net cut over all calls: hit ratio × that cut − miss ratio × the write premium
    (write multiple − 1) on the same share (80% × 90% − 20% × 25% = 67%)."""
    share = check(SHARE, prefix_share, "prefix_share") if prefix_share is not None else None
    if prefix_tokens is not None and input_tokens and prefix_tokens <= input_tokens:
        share = prefix_tokens / input_tokens
    cut = input_cost_cut(read_multiple, share if share is not None else ONE)
    if hit_ratio is None:
        return InputCut(prefix_share=share, read_multiple=read_multiple, cut=cut)
    hits = check(SHARE, hit_ratio, "hit_ratio")
    premium = (check(RATE_MULTIPLE, write_multiple, "cache_write_share") - 1) * (share if share is not None else ONE) \
        if write_multiple is not None else Decimal(0)
    return InputCut(prefix_share=share, read_multiple=read_multiple, cut=cut, hit_ratio=hits, miss_ratio=1 - hits,
                    write_multiple=write_multiple, miss_premium=premium, net_cut=hits * cut - (1 - hits) * premium)


class InputBillCut(PricingModel):
    """An input bill with a repeated prefix cached: what the hits save and the input bill left."""

    spend: Decimal
    prefix_share: Decimal
    read_multiple: Decimal
    hit_ratio: Decimal
    saving: Decimal
    bill: Decimal


def input_bill_with_caching(input_spend: Decimal, prefix_share: Decimal, read_multiple: Decimal,
                            hit_ratio: Decimal = ONE) -> InputBillCut:
    """spend × prefix share × (1 − read multiple) × hit ratio saved; the bill is the spend less that."""
    saving = check(SPEND, input_spend, "input_spend") * input_cost_cut(read_multiple, prefix_share) * check(
        SHARE, hit_ratio, "hit_ratio")
    return InputBillCut(spend=input_spend, prefix_share=prefix_share, read_multiple=read_multiple,
                        hit_ratio=hit_ratio, saving=saving, bill=input_spend - saving)


class HitInputCost(PricingModel):
    """The input cost of one call whose prefix hits the cache, against the same call sent uncached."""

    prompt_tokens: Decimal
    prefix_tokens: Decimal
    input_rate: Decimal
    cache_read_rate: Decimal
    uncached: Decimal
    rest: Decimal  # the prompt after the prefix, at the input rate
    prefix: Decimal  # the prefix, at the cache-read price
    cached: Decimal

    @property
    def saving(self) -> Decimal:
        """What a hit takes off the call's input cost: uncached − cached."""
        return self.uncached - self.cached

    @property
    def cut(self) -> Decimal:
        """The share of the uncached call's input cost a hit removes (0 for free input)."""
        return self.saving / self.uncached if self.uncached > 0 else Decimal(0)


def input_cost_on_hit(prompt_tokens: Decimal, prefix_tokens: Decimal, input_rate: Decimal,
                      cache_read_rate: Decimal) -> HitInputCost | None:
    """(prompt − prefix) × input rate + prefix × cache-read price, against prompt × input rate; None when the
    prefix is longer than the prompt."""
    if prefix_tokens > prompt_tokens:
        return None
    rest, prefix = token_cost(prompt_tokens - prefix_tokens, input_rate), token_cost(prefix_tokens, cache_read_rate)
    return HitInputCost(prompt_tokens=prompt_tokens, prefix_tokens=prefix_tokens, input_rate=input_rate,
                        cache_read_rate=cache_read_rate, uncached=token_cost(prompt_tokens, input_rate), rest=rest,
                        prefix=prefix, cached=rest + prefix)


class InputCostAtHitRate(PricingModel):
    """The input cost of an average call when a share of calls hit and every other call writes the prefix:
    rest at the input rate + hit rate × prefix at the read price + (1 − hit rate) × prefix at the write price,
    against the whole prompt at the input rate."""

    hit_ratio: Decimal
    miss_ratio: Decimal
    cache_write_rate: Decimal
    uncached: Decimal
    rest: Decimal
    hits: Decimal
    writes: Decimal
    average: Decimal

    @property
    def cut(self) -> Decimal:
        """The share of the uncached call's input cost the average call saves (negative when caching costs more)."""
        return (self.uncached - self.average) / self.uncached if self.uncached > 0 else Decimal(0)


def input_cost_at_hit_rate(hit: HitInputCost, hit_ratio: Decimal, cache_write_rate: Decimal) -> InputCostAtHitRate:
    """``hit``'s call averaged over a hit rate, each miss writing the prefix at ``cache_write_rate``."""
    h = check(SHARE, hit_ratio, "hit_ratio")
    hits = h * hit.prefix
    writes = (ONE - h) * token_cost(hit.prefix_tokens, cache_write_rate)
    return InputCostAtHitRate(hit_ratio=h, miss_ratio=ONE - h, cache_write_rate=cache_write_rate,
                              uncached=hit.uncached, rest=hit.rest,
                              hits=hits, writes=writes, average=hit.rest + hits + writes)


class CallBillOnHit(PricingModel):
    """The whole bill of one call (input and output) whose prefix hits the cache, against the same call uncached:
    how much of the per-call bill caching removes, not only of its input."""

    input: HitInputCost
    output_tokens: Decimal
    output_rate: Decimal
    output: Decimal  # output tokens × output rate, the same with or without caching
    uncached: Decimal
    cached: Decimal
    saving: Decimal

    @property
    def cut(self) -> Decimal:
        """The share of the uncached call's bill a hit removes (0 for a free call)."""
        return self.saving / self.uncached if self.uncached > 0 else Decimal(0)

    @property
    def input_cut(self) -> Decimal:
        """The share of the uncached call's input cost a hit removes (0 for free input)."""
        return self.saving / self.input.uncached if self.input.uncached > 0 else Decimal(0)


def call_bill_on_hit(hit: HitInputCost, output_tokens: Decimal, output_rate: Decimal) -> CallBillOnHit:
    """uncached = prompt × input + output × output rate; cached = (prompt − prefix) × input + prefix × read + the
    same output; the saving is the input's alone (prefix × (input − read)), shown against the whole bill."""
    output = token_cost(output_tokens, output_rate)
    uncached, cached = hit.uncached + output, hit.cached + output
    return CallBillOnHit(input=hit, output_tokens=output_tokens, output_rate=output_rate, output=output,
                         uncached=uncached, cached=cached, saving=uncached - cached)


def monthly_net_difference(first: CachingResult, other: CachingResult) -> Decimal:
    """How much more the first case nets a 730-hour month than the other (negative when it nets less)."""
    return first.net_saving_per_month - other.net_saving_per_month


def hit_savings_per_day(result: CachingResult) -> Decimal:
    """What a day's hits save before the writes' premium: hits × saving per hit."""
    return result.hits_per_day * result.saving_per_hit


def write_costs_per_day(result: CachingResult) -> Decimal:
    """A day's write premium: writes × what one write adds."""
    return result.writes_per_day * result.write_extra_cost


def net_before_writes_per_day(result: CachingResult) -> Decimal:
    """A day's hits' saving less the storage, the writes set aside ("ignoring the cache-creation calls"): hits ×
    saving per hit − storage a day."""
    return hit_savings_per_day(result) - result.storage_per_day


class DayBillWithCaching(PricingModel):
    """The whole bill of a day's calls (input and output) without caching and with it: the calls × the uncached call's
    bill, less the day's net saving from caching (hits' savings less the writes' premium)."""

    calls: Decimal
    uncached: Decimal
    net_saving: Decimal
    cached: Decimal

    @property
    def cut(self) -> Decimal:
        """The share of the day's uncached bill caching removes (0 for a free day)."""
        return self.net_saving / self.uncached if self.uncached > 0 else Decimal(0)


def day_bill_with_caching(bill: CallBillOnHit, result: CachingResult) -> DayBillWithCaching:
    """uncached = calls × the uncached call's bill; with caching = that − the day's net saving."""
    uncached = result.calls_per_day * bill.uncached
    return DayBillWithCaching(calls=result.calls_per_day, uncached=uncached, net_saving=result.net_saving_per_day,
                              cached=uncached - result.net_saving_per_day)


class HourOfHits(PricingModel):
    """An hour of traffic if every call hits: the calls an hour and what their hits save (calls × saving per hit)."""

    calls: Decimal
    saving_per_hit: Decimal
    saving: Decimal


def hour_of_hits(result: CachingResult) -> HourOfHits:
    """The day's calls spread over its active hours, every one a hit ("500 calls/hr ... savings per hour?")."""
    calls = result.calls_per_day / result.active_hours_per_day
    return HourOfHits(calls=calls, saving_per_hit=result.saving_per_hit, saving=calls * result.saving_per_hit)


class CachingOverPeriod(PricingModel):
    """A day's hit savings, what the writes (and any storage) cost, and the net, over a longer period."""

    period: LongPeriod
    hit_savings: Decimal
    write_costs: Decimal
    net: Decimal
    calls: Decimal  # the calls over the period at the day's volume
    hits: Decimal  # the hits among them
    saving_per_hit: Decimal | None = None  # what each hit saves (hits × saving per hit = hit savings)
    days: Decimal | None = None  # the days of a week the traffic runs, when fewer than 7 ("5 days a week"): a week
    # is that many days, a month, quarter or year its every-day figure × days ÷ 7


def caching_over(result: CachingResult, period: LongPeriod, days_a_week: Decimal | None = None) -> CachingOverPeriod:
    """The daily figures over a week (7 days), a 730-hour month, a quarter (three of them) or a year (365 days); when
    the traffic runs only ``days_a_week`` days of 7, a week is that many days and a month, quarter or year is its
    every-day figure × days ÷ 7 (as :func:`pricing.units.month_on_days` does for a quote). The write costs are
    whatever the hits' savings pay for: hits − net."""
    hits = hit_savings_per_day(result)
    writes = hits - result.net_saving_per_day
    days = check(ACTIVE_DAYS, days_a_week, "active_days") if days_a_week is not None else None
    days = days if days is not None and days != 7 else None

    def scale(per_day: Decimal) -> Decimal:
        if period == "week":
            return per_day * (days if days is not None else _DAYS[period])
        every_day = (month_from_day(per_day) * (3 if period == "quarter" else 1) if period in ("month", "quarter")
                     else per_day * _DAYS[period])
        return every_day * days / 7 if days is not None else every_day

    return CachingOverPeriod(period=period, hit_savings=scale(hits), write_costs=scale(writes),
                             net=scale(result.net_saving_per_day), calls=scale(result.calls_per_day),
                             hits=scale(result.hits_per_day), saving_per_hit=result.saving_per_hit, days=days)


class CachingOverTerm(PricingModel):
    """The 730-hour month's hit savings, write costs and net over a span of months ("over 6 months", "the 3-year
    term"), with the month's net the span multiplies."""

    months: Decimal
    net_per_month: Decimal
    hit_savings: Decimal
    write_costs: Decimal
    net: Decimal
    calls: Decimal
    hits: Decimal


def caching_over_months(result: CachingResult, months: Decimal) -> CachingOverTerm:
    """The daily figures over ``months`` 730-hour months (a span or contract term asked for)."""
    span = check(TERM_MONTHS, months, "term_months")
    hits = hit_savings_per_day(result)

    def scale(per_day: Decimal) -> Decimal:
        return month_from_day(per_day) * span

    return CachingOverTerm(
        months=span, net_per_month=month_from_day(result.net_saving_per_day), hit_savings=scale(hits),
        write_costs=scale(hits - result.net_saving_per_day), net=scale(result.net_saving_per_day),
        calls=scale(result.calls_per_day), hits=scale(result.hits_per_day),
    )


def price_at_multiple(input_rate: Decimal, multiple: Decimal) -> Decimal:
    """A cache price stated as a multiple of the input rate, in USD per 1M tokens ("reads at 10% of $3": $0.30).
    The parser calls it while reading a message, so it never raises: the engine bounds the price it is given."""
    return input_rate * multiple


class PrefixCost(PricingModel):
    """A day's input cost of a repeated prefix at a call volume, without caching (every call pays the input rate
    for it) and with caching (less the engine's net saving at that volume, on its cache model)."""

    calls_per_day: Decimal
    without_caching: Decimal
    net_saving: Decimal

    @property
    def with_caching(self) -> Decimal:
        return self.without_caching - self.net_saving


def cost_without_caching(request: CachingRequest, calls_per_day: Decimal) -> Decimal:
    """USD a day for the prefix when every call pays the input rate for it: prefix × calls × input rate."""
    return token_cost(request.prefix_tokens * calls_per_day, request.rates.input)


def prefix_cost(request: CachingRequest, calls_per_day: Decimal, result: CachingResult | None = None) -> PrefixCost:
    """The prefix's daily cost at ``calls_per_day`` with and without caching; ``result`` is the engine's analysis
    at that volume when already worked out (otherwise it is run with the request at that volume)."""
    at_volume = result or analyse_caching(request.model_copy(update={"calls_per_day": calls_per_day}))
    return PrefixCost(calls_per_day=calls_per_day, without_caching=cost_without_caching(request, calls_per_day),
                      net_saving=at_volume.net_saving_per_day)


class PrefixBill(PricingModel):
    """A day's input cost of the repeated prefix without caching and with it, line by line: every call at the input
    rate, against the hits at the cache-read price, the calls that do not hit at the input rate, what each write adds
    over that (its premium, or a fixed-lifetime cache's whole creation) and storage. ``with_caching`` equals
    ``without_caching`` − the engine's net saving, and ``difference`` is that net saving."""

    calls_per_day: Decimal
    prefix_tokens: Decimal
    input_rate: Decimal
    cache_read_rate: Decimal
    write_rate: Decimal
    hits: Decimal
    misses: Decimal  # the calls that do not read the cache (calls − hits), each sending the prefix at the input rate
    writes: Decimal
    write_extra_cost: Decimal  # what one write adds over an uncached send
    without_caching: Decimal  # calls × prefix × input rate
    hits_part: Decimal  # hits × prefix × cache-read price
    misses_part: Decimal  # misses × prefix × input rate
    writes_part: Decimal  # writes × the write's extra cost
    storage: Decimal
    #: The misses are the writes, each billed at the write rate (a refresh-on-hit cache, writes billed): the misses
    #: and their premiums read as one line, writes × prefix × write rate.
    writes_at_write_rate: bool

    @property
    def with_caching(self) -> Decimal:
        return self.hits_part + self.misses_part + self.writes_part + self.storage

    @property
    def writing_calls_part(self) -> Decimal:
        """The calls that miss with what their writes add: writes × prefix × write rate when the misses are the
        writes (``writes_at_write_rate``)."""
        return self.misses_part + self.writes_part

    @property
    def difference(self) -> Decimal:
        """without − with: the net saving a day."""
        return self.without_caching - self.with_caching

    @property
    def cut(self) -> Decimal:
        """The share of the prefix's uncached input cost caching takes off (0 when there is no cost)."""
        return self.difference / self.without_caching if self.without_caching else Decimal(0)


def prefix_bill(result: CachingResult) -> PrefixBill:
    """The prefix's input cost a day both ways from a caching result (see :class:`PrefixBill`)."""
    prefix, calls, hits = result.prefix_tokens, result.calls_per_day, result.hits_per_day
    misses = max(calls - hits, Decimal(0))
    merged = (result.lifetime != "fixed" and abs(misses - result.writes_per_day) < Decimal("1e-12")
              and result.write_extra_cost == result.write_premium)
    return PrefixBill(
        calls_per_day=calls, prefix_tokens=prefix, input_rate=result.input_rate,
        cache_read_rate=result.cache_read_rate, write_rate=result.write_rate, hits=hits, misses=misses,
        writes=result.writes_per_day, write_extra_cost=result.write_extra_cost,
        without_caching=token_cost(prefix * calls, result.input_rate),
        hits_part=token_cost(prefix * hits, result.cache_read_rate),
        misses_part=token_cost(prefix * misses, result.input_rate),
        writes_part=result.writes_per_day * result.write_extra_cost, storage=result.storage_per_day,
        writes_at_write_rate=merged,
    )


class StorageCover(PricingModel):
    """What keeping a fixed-lifetime cache costs an hour and a day, and the hits an hour that pay for it."""

    storage_per_hour: Decimal
    hours_stored: Decimal
    storage_per_day: Decimal
    hits_per_hour: Decimal | None  # None when a hit saves nothing (the storage is never paid back)
    hits_per_day: Decimal | None  # the same over the hours it is kept: storage a day ÷ saving per hit
    #: Over a count of days the ask names ("a 22-business-day month"): the days and the storage over them.
    days: Decimal | None = None
    storage_over_days: Decimal | None = None


def storage_cover(result: CachingResult, days: Decimal | None = None) -> StorageCover | None:
    """Storage = prefix × storage rate an hour, × the hours it is kept a day; the hits an hour that cover it =
    storage an hour ÷ saving per hit; with ``days``, the storage over that many such days. None without a storage
    price."""
    if result.storage_rate is None:
        return None
    per_hour = token_cost(result.prefix_tokens, result.storage_rate)
    hours = result.storage_hours_per_day if result.lifetime == "fixed" else result.active_hours_per_day
    hits = per_hour / result.saving_per_hit if result.saving_per_hit > 0 else None
    counted = check(SPAN_DAYS, days, "days") if days is not None else None
    return StorageCover(storage_per_hour=per_hour, hours_stored=hours, storage_per_day=per_hour * hours,
                        hits_per_hour=hits, hits_per_day=hits * hours if hits is not None else None, days=counted,
                        storage_over_days=per_hour * hours * counted if counted is not None else None)


class StorageBill(PricingModel):
    """What keeping a cached prefix costs in storage over a span of hours (Gemini's explicit caching bills storage
    per token-hour): prefix × hours × storage rate. ``period`` names the span ("month" for a 730-hour month, "day",
    or None for hours said on their own)."""

    prefix_tokens: Decimal
    storage_rate: Decimal
    hours: Decimal
    period: Literal["month", "week", "day"] | None = None
    per_hour: Decimal
    token_hours: Decimal
    cost: Decimal
    #: The hours kept each day and the days, when the span is whole days of them ("9 h a day over 22 business days").
    hours_a_day: Decimal | None = None
    days: Decimal | None = None

    @property
    def per_day(self) -> Decimal | None:
        """What one of those days costs (None when the span is not whole days)."""
        return self.per_hour * self.hours_a_day if self.hours_a_day is not None else None


def storage_bill(prefix_tokens: Decimal, storage_rate: Decimal, hours: Decimal,
                 period: Literal["month", "week", "day"] | None = None, *,
                 days: Decimal | None = None) -> StorageBill:
    """prefix × storage rate an hour, × the hours the cache is kept (100k tokens × 730 h × $1/1M = $73); with
    ``days``, ``hours`` are kept on each of that many days (9 h × 22 days = 198 h)."""
    prefix = check(TOKENS_PER_CALL, prefix_tokens, "prefix_tokens")
    rate = check(RATE, storage_rate, "cache_storage_rate")
    a_day = check(ACTIVE_HOURS, hours, "hours") if days is not None else None
    kept = check(PERIOD_HOURS, hours * check(SPAN_DAYS, days, "days") if days is not None else hours, "hours")
    per_hour = token_cost(prefix, rate)
    return StorageBill(prefix_tokens=prefix, storage_rate=rate, hours=kept, period=period, per_hour=per_hour,
                       token_hours=prefix * kept, cost=per_hour * kept, hours_a_day=a_day, days=days)


class InputSpend(PricingModel):
    """A day's input spend on whole prompts (the cached prefix and the rest), without caching and with it: the
    caching figures' net saving comes off the uncached spend. With the output priced too (``output_tokens`` and
    ``output_rate``), the whole bill a day both ways: output costs the same either way."""

    calls_per_day: Decimal
    prompt_tokens: Decimal
    input_rate: Decimal
    without_caching: Decimal
    net_saving: Decimal
    #: The prompt's tokens after the prefix, when the prompt was said as the prefix plus those ("6k prefix, then 500
    #: tokens of user question"); None when the prompt's whole size was said.
    rest_tokens: Decimal | None = None
    output_tokens: Decimal | None = None
    output_rate: Decimal | None = None

    @property
    def with_caching(self) -> Decimal:
        return self.without_caching - self.net_saving

    @property
    def cut(self) -> Decimal:
        """The share of the uncached input spend caching takes off (0 when there is no spend)."""
        return self.net_saving / self.without_caching if self.without_caching else Decimal(0)

    @property
    def output_per_day(self) -> Decimal | None:
        """calls × output tokens × output rate (None without the output priced)."""
        if self.output_tokens is None or self.output_rate is None:
            return None
        return token_cost(self.calls_per_day * self.output_tokens, self.output_rate)

    @property
    def bill_without_caching(self) -> Decimal | None:
        output = self.output_per_day
        return None if output is None else self.without_caching + output

    @property
    def bill_with_caching(self) -> Decimal | None:
        whole = self.bill_without_caching
        return None if whole is None else whole - self.net_saving

    @property
    def bill_cut(self) -> Decimal | None:
        """The share of the whole uncached bill caching takes off."""
        whole = self.bill_without_caching
        return None if not whole else self.net_saving / whole


def input_spend_per_day(result: CachingResult, prompt_tokens: Decimal, output_tokens: Decimal | None = None,
                        output_rate: Decimal | None = None, rest_tokens: Decimal | None = None) -> InputSpend | None:
    """calls × prompt × input rate without caching; that less the net saving with it; with ``output_tokens`` and
    ``output_rate``, the output a day beside it. None when the prompt is shorter than the cached prefix (the prompt
    size cannot be the whole prompt then). ``rest_tokens``: the prompt was said as the prefix plus these."""
    if prompt_tokens < result.prefix_tokens:
        return None
    return InputSpend(calls_per_day=result.calls_per_day, prompt_tokens=prompt_tokens, input_rate=result.input_rate,
                      without_caching=token_cost(prompt_tokens * result.calls_per_day, result.input_rate),
                      net_saving=result.net_saving_per_day, rest_tokens=rest_tokens,
                      output_tokens=output_tokens if output_rate is not None else None,
                      output_rate=output_rate if output_tokens is not None else None)


class CachedVolumeSaving(PricingModel):
    """Tokens read from the cache a day, each billed at the cache-read price instead of the input rate: the saving a
    day (tokens × (input rate − cache-read price)) and over a 730-hour month. Write premiums are not in it."""

    cached_tokens_per_day: Decimal
    input_rate: Decimal
    cache_read_rate: Decimal
    per_day: Decimal
    per_month: Decimal


def cached_volume_saving(cached_tokens_per_day: Decimal, input_rate: Decimal,
                         cache_read_rate: Decimal) -> CachedVolumeSaving:
    """What ``cached_tokens_per_day`` read from the cache save against sending them at the input rate."""
    tokens = check(TOKENS, cached_tokens_per_day, "cached_tokens_per_day")
    per_day = token_cost(tokens, input_rate - cache_read_rate)
    return CachedVolumeSaving(cached_tokens_per_day=tokens, input_rate=input_rate, cache_read_rate=cache_read_rate,
                              per_day=per_day, per_month=month_from_day(per_day))


class PrefixVolumeNet(PricingModel):
    """Prefix tokens sent over a period with a share of them hitting the cache ("1.2B prefix tokens a month, 90% hit
    rate"): the tokens that hit save (input rate − cache-read price) each, the rest are written and each costs the
    write's premium over the input rate (write rate − input rate), and the net is the one less the other."""

    period: Literal["day", "week", "month", "quarter", "year"]
    prefix_tokens: Decimal  # all prefix tokens sent over the period
    hit_ratio: Decimal
    input_rate: Decimal
    cache_read_rate: Decimal
    write_rate: Decimal
    hit_tokens: Decimal
    written_tokens: Decimal
    hit_saving: Decimal  # hit tokens × (input − read)
    write_premium: Decimal  # written tokens × (write − input)

    @property
    def net(self) -> Decimal:
        return self.hit_saving - self.write_premium

    @property
    def net_per_mtok(self) -> Decimal:
        """The net on each million prefix tokens sent: hit rate × (input − read) − miss rate × (write − input)."""
        return self.hit_ratio * (self.input_rate - self.cache_read_rate) - (1 - self.hit_ratio) * (
            self.write_rate - self.input_rate)


def prefix_volume_net(prefix_tokens_per_day: Decimal, hit_ratio: Decimal, input_rate: Decimal, cache_read_rate: Decimal,
                      write_rate: Decimal,
                      period: Literal["day", "week", "month", "quarter", "year"] = "day") -> PrefixVolumeNet | None:
    """The net of caching a volume of prefix tokens over ``period`` at a hit rate, every miss a write (see
    :class:`PrefixVolumeNet`); None when a read costs more than input."""
    from pricing.periods import as_count, over_period

    tokens = check(TOKENS, prefix_tokens_per_day, "prefix_tokens_per_day")
    ratio = check(SHARE, hit_ratio, "hit_ratio")
    if cache_read_rate > input_rate:
        return None
    if period != "day":
        tokens = as_count(over_period(tokens, period))
    hits = tokens * ratio
    written = tokens - hits
    return PrefixVolumeNet(period=period, prefix_tokens=tokens, hit_ratio=ratio, input_rate=input_rate,
                           cache_read_rate=cache_read_rate, write_rate=write_rate, hit_tokens=hits,
                           written_tokens=written, hit_saving=token_cost(hits, input_rate - cache_read_rate),
                           write_premium=token_cost(written, write_rate - input_rate))


class CachedInputBill(PricingModel):
    """An input volume over a period with part of it read from the cache: the input bill with no caching, the bill
    with the cached tokens at the cache-read price, what that saves and the share of the input bill it cuts."""

    period: Literal["day", "week", "month", "quarter", "year"]
    input_tokens: Decimal  # all input tokens over the period, the cached ones among them
    cached_tokens: Decimal
    input_rate: Decimal
    cache_read_rate: Decimal
    before: Decimal  # input tokens × input rate
    uncached_part: Decimal  # (input − cached) × input rate
    cached_part: Decimal  # cached × cache-read price

    @property
    def uncached_tokens(self) -> Decimal:
        return self.input_tokens - self.cached_tokens

    @property
    def after(self) -> Decimal:
        return self.uncached_part + self.cached_part

    @property
    def saving(self) -> Decimal:
        """cached × (input rate − cache-read price): before − after."""
        return self.before - self.after

    @property
    def cut(self) -> Decimal:
        """The share of the input bill the cache takes off (0 when there is no bill)."""
        return self.saving / self.before if self.before else Decimal(0)


class CacheBillLines(PricingModel):
    """An input bill's caching lines over one period (an invoice's "cache read", "cache write" and "uncached input"
    lines): each billed at its own price, against every one of those tokens billed at the input rate."""

    read_tokens: Decimal
    written_tokens: Decimal
    uncached_tokens: Decimal
    input_rate: Decimal
    cache_read_rate: Decimal
    cache_write_rate: Decimal

    @property
    def read_saving(self) -> Decimal:
        """read × (input rate − cache-read price)."""
        return token_cost(self.read_tokens, self.input_rate - self.cache_read_rate)

    @property
    def write_premium(self) -> Decimal:
        """written × (write price − input rate)."""
        return token_cost(self.written_tokens, self.cache_write_rate - self.input_rate)

    @property
    def net(self) -> Decimal:
        return self.read_saving - self.write_premium

    @property
    def tokens(self) -> Decimal:
        """Every token of the three lines."""
        return self.read_tokens + self.written_tokens + self.uncached_tokens

    @property
    def before(self) -> Decimal:
        """Every token of the three lines at the input rate."""
        return token_cost(self.tokens, self.input_rate)

    @property
    def after(self) -> Decimal:
        """What the lines bill: uncached × input + read × read price + written × write price."""
        return (token_cost(self.uncached_tokens, self.input_rate) + token_cost(self.read_tokens, self.cache_read_rate)
                + token_cost(self.written_tokens, self.cache_write_rate))

    @property
    def cut(self) -> Decimal:
        """The share of the lines' bill at the input rate that caching takes off (0 when there is none)."""
        return self.net / self.before if self.before else Decimal(0)


def cache_bill_lines(read_tokens: Decimal, written_tokens: Decimal, uncached_tokens: Decimal, input_rate: Decimal,
                     cache_read_rate: Decimal, cache_write_rate: Decimal) -> CacheBillLines:
    """The caching lines of a bill priced both ways (840M read at $0.30, 12M written at $3.75 and 160M uncached at
    $3/M: $777.00 billed against $3,036.00 at the input rate, a net saving of $2,259.00)."""
    return CacheBillLines(read_tokens=check(TOKENS, read_tokens, "read_tokens"),
                          written_tokens=check(TOKENS, written_tokens, "written_tokens"),
                          uncached_tokens=check(TOKENS, uncached_tokens, "uncached_tokens"),
                          input_rate=check(RATE, input_rate, "input_rate"),
                          cache_read_rate=check(RATE, cache_read_rate, "cache_read_rate"),
                          cache_write_rate=check(RATE, cache_write_rate, "cache_write_rate"))


def cached_input_bill(input_tokens_per_day: Decimal, cached_tokens_per_day: Decimal, input_rate: Decimal,
                      cache_read_rate: Decimal,
                      period: Literal["day", "week", "month", "quarter", "year"] = "day") -> CachedInputBill | None:
    """The input bill over ``period`` before caching (input × input rate) and after it ((input − cached) × input rate
    + cached × cache-read price); None when more tokens are cached than sent, or a read costs more than input."""
    from pricing.periods import as_count, over_period

    whole = check(TOKENS, input_tokens_per_day, "input_tokens_per_day")
    part = check(TOKENS, cached_tokens_per_day, "cached_tokens_per_day")
    if part > whole or cache_read_rate > input_rate:
        return None
    if period != "day":
        whole, part = as_count(over_period(whole, period)), as_count(over_period(part, period))
    return CachedInputBill(period=period, input_tokens=whole, cached_tokens=part, input_rate=input_rate,
                           cache_read_rate=cache_read_rate, before=token_cost(whole, input_rate),
                           uncached_part=token_cost(whole - part, input_rate), cached_part=token_cost(part,
                                                                                                   cache_read_rate))


class StatedSaving(PricingModel):
    """A saving per hit said outright ("cache saves ~0.9c per call") over a day's calls: the hits a day (every call,
    or the calls × a stated hit rate), the saving a day (hits × saving per hit), a 730-hour month and longer periods."""

    saving_per_hit: Decimal
    calls_per_day: Decimal
    hit_ratio: Decimal | None
    hits_per_day: Decimal
    per_day: Decimal
    per_month: Decimal


def stated_saving(saving_per_hit: Decimal, calls_per_day: Decimal, hit_ratio: Decimal | None = None) -> StatedSaving:
    """hits × saving per hit a day (hits = calls, or calls × hit rate), and × 730 ÷ 24 a month."""
    calls = check(CALLS, calls_per_day, "calls_per_day")
    saving = check(SPEND, saving_per_hit, "saving_per_hit")
    hits = calls * check(SHARE, hit_ratio, "hit_ratio") if hit_ratio is not None else calls
    per_day = hits * saving
    return StatedSaving(saving_per_hit=saving, calls_per_day=calls, hit_ratio=hit_ratio, hits_per_day=hits,
                        per_day=per_day, per_month=month_from_day(per_day))


class HitCounts(PricingModel):
    """Calls split by a stated hit rate: hits = calls × hit rate, and the misses (each one a cache write, since a miss
    writes the prefix again) = calls − hits."""

    calls: Decimal
    hit_ratio: Decimal
    hits: Decimal
    writes: Decimal


class WriteRatePremium(PricingModel):
    """A cache-write price against the input rate, per million tokens: multiple = write ÷ input, premium = write −
    input (what a written token costs over the same token sent uncached)."""

    write_rate: Decimal
    input_rate: Decimal
    multiple: Decimal
    premium: Decimal


def write_rate_premium(write_rate: Decimal, input_rate: Decimal) -> WriteRatePremium | None:
    """ "$3.75/M writes on $3/M input": 1.25× the input rate, $0.75/M more; None when the input rate is $0."""
    write, base = check(RATE, write_rate, "cache_write_rate"), check(RATE, input_rate, "input_rate")
    if base == 0:
        return None
    return WriteRatePremium(write_rate=write, input_rate=base, multiple=write / base, premium=write - base)


class ReadRateSaving(PricingModel):
    """A cache-read price against the input rate, per million tokens: multiple = read ÷ input, saving = input − read
    (what a token read from the cache saves over the same token sent uncached), saving_share = saving ÷ input."""

    read_rate: Decimal
    input_rate: Decimal
    multiple: Decimal
    saving: Decimal
    saving_share: Decimal


def read_rate_saving(read_rate: Decimal, input_rate: Decimal) -> ReadRateSaving | None:
    """ "$0.30/M reads on $3/M input": 0.1× the input rate, $2.70/M less; None when the input rate is $0."""
    read, base = check(RATE, read_rate, "cache_read_rate"), check(RATE, input_rate, "input_rate")
    if base == 0:
        return None
    return ReadRateSaving(read_rate=read, input_rate=base, multiple=read / base, saving=base - read,
                          saving_share=(base - read) / base)


class HitRateFromCounts(PricingModel):
    """A hit rate counted: hit rate = hits ÷ calls ("9,000 of 10,000 calls hit": 90%)."""

    hits: Decimal
    calls: Decimal
    hit_ratio: Decimal


def hit_rate_from_counts(hits: Decimal, calls: Decimal) -> HitRateFromCounts:
    """ "8,800 cache hits out of 10,000 calls": a hit rate of 8,800 ÷ 10,000 = 88%."""
    n = check(CALLS, calls, "calls")
    if n == 0:
        raise InvalidInputError("calls", calls, "no calls to count the hits among")
    hit = check(CALLS, hits, "hits")
    return HitRateFromCounts(hits=hit, calls=n, hit_ratio=check(SHARE, hit / n, "hit_ratio"))


def hit_counts(calls: Decimal, hit_ratio: Decimal) -> HitCounts:
    """ "9 in 10 calls hit, 50,000 calls: how many are cache writes?": 45,000 hits and 5,000 writes."""
    n = check(CALLS, calls, "calls")
    hits = n * check(SHARE, hit_ratio, "hit_ratio")
    return HitCounts(calls=n, hit_ratio=hit_ratio, hits=hits, writes=n - hits)
