"""A customer's usage, repriced at list, as an hourly load profile and a provisioned-throughput recommendation.

Input: token counts per hour for each line of usage (a model at a provider, batch or not) and the rates that
price it. Each token class is billed at its own rate: uncached input at the input rate, cached input at the
cache-read rate, cache writes at the 5-minute or 1-hour write rate, output at the output rate. A missing
cache rate falls back to the input rate and the line's ``fallbacks`` say which (the provider may not charge a
write premium, or the catalog may not list the rate). Lines without rates are carried as *unpriced*: their
tokens are reported, never added to the dollars.

The hourly profile is in on-demand dollars per hour, so different models add up. From it:

* the load figures: period, total and monthly cost (a month is 730 hours: total / hours × 730), the
  peak-to-average ratio (busiest hour / mean hour) and the share of idle hours (no cost at all);
* the recommendation: :func:`pricing.commitment.optimal_commitment` with capacity counted in on-demand
  dollars per hour, costing ``1 − d`` of that per hour. At the given discount, or, without one, at 30% and
  50% plus the break-even discount: a commitment ``c > 0`` lowers cost(c) = H·(1 − d)·c + Σ max(0, L − c)
  exactly when more than a fraction ``1 − d`` of the hours have load, so any commitment starts to pay at a
  discount above the idle share. Sizing for the peak breaks even at ``1 − 1/PAR`` (utilization 1/PAR);
* caching headroom: cached share of input tokens, what caching already saves (cached tokens × (input −
  cache read)) and the ceiling on further savings if every uncached input token were a cache hit;
* the batch share of cost and tokens where the usage marks batch traffic (priced here at on-demand list).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Annotated, Literal, get_args

from pydantic import AfterValidator, Field

from pricing.commitment import CommitmentPlan, CommitmentRequest, optimal_commitment
from pricing.errors import InvalidInputError
from pricing.rates import Rates
from pricing.units import MONTH_HOURS, MTOK
from pricing.validation import ONE, ZERO, Discount, PricingModel

MAX_HOURS = 8_784 * 2  # two years of hours (a leap year is 8,784)
DEFAULT_DISCOUNTS = (Decimal("0.3"), Decimal("0.5"))
TokenClass = Literal["input", "cached_input", "cache_write", "cache_write_1h", "output"]
TOKEN_CLASSES: tuple[TokenClass, ...] = get_args(TokenClass)


def _whole_hour(moment: datetime) -> datetime:
    if moment.utcoffset() != timedelta(0):  # a naive time has no offset (None)
        raise InvalidInputError("start", moment.isoformat(), "must be a UTC time")
    if moment.minute or moment.second or moment.microsecond:
        raise InvalidInputError("start", moment.isoformat(), "must be the start of an hour")
    return moment


HourStart = Annotated[datetime, AfterValidator(_whole_hour)]
Counts = tuple[Annotated[int, Field(ge=0)], ...]


class UsageLine(PricingModel):
    """One line of usage (a model at a provider, batch or not): token counts per hour and its rates.

    Every count tuple is empty (none of that class) or has one entry per hour of the request's period.
    ``input`` is uncached input (cached and cache-write tokens excluded).
    """

    model: str
    provider: str | None = None
    batch: bool = False
    rates: Rates | None = None
    input: Counts = ()
    cached_input: Counts = ()
    cache_write: Counts = ()
    cache_write_1h: Counts = ()
    output: Counts = ()
    requests: int = Field(default=0, ge=0)


class UsageRequest(PricingModel):
    """Usage lines over ``hours`` hours from ``start`` (UTC, whole hour) and an optional provisioned discount."""

    start: HourStart
    hours: int = Field(ge=1, le=MAX_HOURS)
    lines: tuple[UsageLine, ...] = Field(min_length=1)
    discount: Discount | None = None


class LineCost(PricingModel):
    """A priced (or unpriced) line: token totals and, when priced, the list cost of each token class."""

    model: str
    provider: str | None
    batch: bool
    rate_source: str | None
    tokens: dict[TokenClass, int]
    requests: int
    cost: dict[TokenClass, Decimal] | None
    total: Decimal | None
    fallbacks: tuple[TokenClass, ...]  # token classes billed at the input rate for lack of their own rate
    #: 1-hour cache writes billed at the 5-minute write rate for lack of a 1-hour rate (Anthropic charges 2x input
    #: for 1-hour writes against 1.25x for 5-minute ones, so the line is then understated)
    write_1h_at_5m: bool = False


class LoadProfile(PricingModel):
    """The hourly on-demand cost profile and its shape."""

    start: datetime
    end: datetime  # end of the last hour
    hours: int
    hourly_cost: tuple[Decimal, ...]
    total_cost: Decimal
    monthly_cost: Decimal
    month_hours: int = MONTH_HOURS
    peak_hour_cost: Decimal
    peak_hour_start: datetime
    mean_hour_cost: Decimal
    min_hour_cost: Decimal
    peak_to_average: Decimal
    idle_hours: int
    idle_share: Decimal
    busy_share: Decimal  # hours with any usage


class CachingHeadroom(PricingModel):
    """What prompt caching already saves in this usage and the ceiling on further savings."""

    input_tokens: int  # all input: uncached + cached + cache writes
    cached_tokens: int
    cached_share: Decimal | None
    saving_now: Decimal
    uncached_cost: Decimal
    ceiling: Decimal  # if every uncached input token had been a cache hit
    models_without_cache_price: tuple[str, ...]


class BatchShare(PricingModel):
    """Batch traffic's share of the list cost and of the tokens (priced at on-demand list rates)."""

    cost: Decimal
    cost_share: Decimal
    tokens: int
    token_share: Decimal


class UsageAnalysis(PricingModel):
    """Everything the usage answer shows; every figure derives from the profile and the lines."""

    profile: LoadProfile
    lines: tuple[LineCost, ...]
    unpriced: tuple[LineCost, ...]
    discount: Decimal | None
    plans: tuple[CommitmentPlan, ...]
    break_even_discount: Decimal
    peak_sized_utilization: Decimal  # 1 / peak-to-average
    peak_sizing_break_even_discount: Decimal
    caching: CachingHeadroom
    batch: BatchShare | None


def _rate(rates: Rates, token_class: TokenClass) -> tuple[Decimal, bool]:
    """The rate for a token class and whether it fell back to the input rate."""
    if token_class == "input":
        return rates.input, False
    if token_class == "output":
        return rates.output, False
    if token_class == "cached_input":
        own = rates.cache_read
    elif token_class == "cache_write":
        own = rates.cache_write
    else:
        own = rates.cache_write_1h if rates.cache_write_1h is not None else rates.cache_write
    return (own, False) if own is not None else (rates.input, True)


def _counts(line: UsageLine, token_class: TokenClass) -> Counts:
    counts: Counts = getattr(line, token_class)
    return counts


def _check_lengths(request: UsageRequest) -> None:
    for line in request.lines:
        for token_class in TOKEN_CLASSES:
            n = len(getattr(line, token_class))
            if n not in (0, request.hours):
                raise InvalidInputError(
                    f"{line.model} {token_class}", f"{n} hours", f"needs 0 or {request.hours} hourly counts"
                )


def _line_cost(line: UsageLine, hourly: list[Decimal]) -> LineCost:
    """Price one line, adding its cost hour by hour into ``hourly`` (unpriced lines add nothing)."""
    tokens: dict[TokenClass, int] = {c: sum(_counts(line, c)) for c in TOKEN_CLASSES}
    base = {"model": line.model, "provider": line.provider, "batch": line.batch, "tokens": tokens,
            "requests": line.requests}
    if line.rates is None:
        return LineCost(**base, rate_source=None, cost=None, total=None, fallbacks=())
    cost: dict[TokenClass, Decimal] = {}
    fallbacks: list[TokenClass] = []
    for token_class in TOKEN_CLASSES:
        rate, fell_back = _rate(line.rates, token_class)
        counts = _counts(line, token_class)
        if fell_back and tokens[token_class]:
            fallbacks.append(token_class)
        per_token = rate / MTOK
        for h, n in enumerate(counts):
            if n:
                hourly[h] += n * per_token
        cost[token_class] = tokens[token_class] * per_token
    write_1h_at_5m = bool(tokens["cache_write_1h"]) and line.rates.cache_write_1h is None \
        and line.rates.cache_write is not None
    return LineCost(**base, rate_source=line.rates.source, cost=cost, total=sum(cost.values(), ZERO),
                    fallbacks=tuple(fallbacks), write_1h_at_5m=write_1h_at_5m)


def _load_profile(start: datetime, hourly_cost: Sequence[Decimal]) -> LoadProfile:
    """Period, total and monthly cost, peak-to-average ratio and idle share of an hourly cost profile with
    at least one hour and some cost."""
    hours = len(hourly_cost)
    total = sum(hourly_cost, ZERO)
    mean = total / hours
    peak = max(hourly_cost)
    idle = sum(1 for cost in hourly_cost if cost == 0)
    return LoadProfile(
        start=start,
        end=start + timedelta(hours=hours),
        hours=hours,
        hourly_cost=tuple(hourly_cost),
        total_cost=total,
        monthly_cost=mean * MONTH_HOURS,
        peak_hour_cost=peak,
        peak_hour_start=start + timedelta(hours=list(hourly_cost).index(peak)),
        mean_hour_cost=mean,
        min_hour_cost=min(hourly_cost),
        peak_to_average=peak / mean,
        idle_hours=idle,
        idle_share=Decimal(idle) / hours,
        busy_share=ONE - Decimal(idle) / hours,
    )


def _caching(lines: Sequence[UsageLine]) -> CachingHeadroom:
    """Caching figures of the priced lines (unpriced lines are skipped)."""
    input_tokens = cached = 0
    saving = uncached_cost = ceiling = ZERO
    without: list[str] = []
    for line in lines:
        rates = line.rates
        if rates is None:
            continue
        uncached, hits = sum(line.input), sum(line.cached_input)
        input_tokens += uncached + hits + sum(line.cache_write) + sum(line.cache_write_1h)
        cached += hits
        uncached_cost += uncached * rates.input / MTOK
        if rates.cache_read is None:
            if line.model not in without:
                without.append(line.model)
            continue
        gap = (rates.input - rates.cache_read) / MTOK
        saving += hits * gap
        ceiling += uncached * gap
    return CachingHeadroom(
        input_tokens=input_tokens,
        cached_tokens=cached,
        cached_share=Decimal(cached) / input_tokens if input_tokens else None,
        saving_now=saving,
        uncached_cost=uncached_cost,
        ceiling=ceiling,
        models_without_cache_price=tuple(without),
    )


def _batch(lines: Sequence[LineCost], total_cost: Decimal) -> BatchShare | None:
    """Batch lines' share of the priced lines' cost (``total_cost`` > 0) and tokens."""
    batch = [line for line in lines if line.batch]
    if not batch:
        return None
    cost = sum((line.total or ZERO for line in batch), ZERO)
    tokens = sum(sum(line.tokens.values()) for line in batch)
    all_tokens = sum(sum(line.tokens.values()) for line in lines)
    return BatchShare(
        cost=cost,
        cost_share=cost / total_cost,
        tokens=tokens,
        token_share=Decimal(tokens) / all_tokens,  # a positive cost has tokens
    )


def analyse_usage(request: UsageRequest) -> UsageAnalysis:
    """Reprice the usage, build the hourly profile and recommend a commitment (see the module docstring)."""
    _check_lengths(request)
    hourly = [ZERO] * request.hours
    costs = [_line_cost(line, hourly) for line in request.lines]
    priced = tuple(cost for cost in costs if cost.total is not None)
    unpriced = tuple(cost for cost in costs if cost.total is None)
    if not priced:
        models = ", ".join(sorted({line.model for line in request.lines}))
        raise InvalidInputError("model", models, "none of the models could be priced; add a rate card for them")
    if not any(hourly):
        raise InvalidInputError("usage", "$0 over the period", "there is no priced usage to size a commitment for")
    profile = _load_profile(request.start.astimezone(UTC), hourly)
    discounts = (request.discount,) if request.discount is not None else DEFAULT_DISCOUNTS
    plans = tuple(
        optimal_commitment(CommitmentRequest(hourly_load=profile.hourly_cost, discount=d)) for d in discounts
    )
    par = profile.peak_to_average
    return UsageAnalysis(
        profile=profile,
        lines=priced,
        unpriced=unpriced,
        discount=request.discount,
        plans=plans,
        break_even_discount=profile.idle_share,
        peak_sized_utilization=ONE / par,
        peak_sizing_break_even_discount=ONE - ONE / par,
        caching=_caching(request.lines),
        batch=_batch(priced, profile.total_cost),
    )
