"""Prompt caching: saving per hit, writes and their premium, net per day, hits needed to pay back.

Formulas (rates per MTok, prefix in tokens):

* saving per hit  = prefix × (input − cache_read)
* write cost      = prefix × cache_write;  write premium = prefix × (cache_write − input)
* net per day     = hits/day × saving per hit − writes/day × write premium
* hits to pay back one write = write premium / saving per hit

Writes per day is an assumption and is always reported with its basis. When not given it is derived
from the TTL and the traffic: calls are spread evenly over ``active_hours_per_day``; an entry expires
once a TTL passes with no call, so every TTL window that contains at least one call needs one write:
``writes/day = min(calls/day, ceil(active minutes / TTL minutes))``. With fewer calls than windows each
call lands alone and every call is a write. For providers whose hits refresh the TTL (Anthropic) this
is an upper estimate under steady traffic; under bursty traffic it can be low.

Hits per day = calls × hit ratio when a hit ratio is given, otherwise calls − writes (every call that
does not write reads the cache). A prefix below the provider's minimum cacheable length is reported
as not eligible, with every saving at zero.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Literal

from pricing.cache_limits import ILLUSTRATIVE, CacheLimit, cache_limit
from pricing.errors import MissingRateError
from pricing.rates import Rates
from pricing.units import MONTH_HOURS, month_from_day, token_cost
from pricing.validation import (
    ActiveHours,
    CallsPerDay,
    PricingModel,
    Share,
    Tokens,
    TokensPerCall,
    TtlMinutes,
)

Ttl = Literal["5m", "1h"]
_TTL_MINUTES: dict[Ttl, Decimal] = {"5m": Decimal(5), "1h": Decimal(60)}
# Anthropic's multipliers, the source document's convention when a rate card has no write price.
_DEFAULT_WRITE_MULTIPLIER: dict[Ttl, Decimal] = {"5m": Decimal("1.25"), "1h": Decimal(2)}
ZERO = Decimal(0)


class CachingRequest(PricingModel):
    """A cached prefix at a call volume. ``ttl`` picks the write price (5-minute or 1-hour);
    ``ttl_minutes`` overrides the lifetime used to derive writes; ``provider``/``model`` (default: the
    rates' own) pick the minimum cacheable prefix, which ``min_prefix_tokens`` overrides."""

    rates: Rates
    prefix_tokens: TokensPerCall
    calls_per_day: CallsPerDay
    hit_ratio: Share | None = None
    writes_per_day: CallsPerDay | None = None
    ttl: Ttl = "5m"
    ttl_minutes: TtlMinutes | None = None
    active_hours_per_day: ActiveHours = Decimal(24)
    provider: str | None = None
    model: str | None = None
    min_prefix_tokens: Tokens | None = None


class CachingResult(PricingModel):
    """Everything a reply needs, with the assumptions spelled out in ``assumptions``."""

    eligible: bool
    ineligible_reason: str | None
    prefix_tokens: Decimal
    minimum_prefix_tokens: Decimal | None
    minimum_source: str | None
    calls_per_day: Decimal
    ttl: Ttl
    ttl_minutes: Decimal
    input_rate: Decimal
    cache_read_rate: Decimal
    write_rate: Decimal
    write_rate_basis: str
    saving_per_hit: Decimal
    write_cost: Decimal
    write_premium: Decimal
    hits_per_day: Decimal
    writes_per_day: Decimal
    writes_basis: Literal["given", "derived_from_ttl"]
    writes_derivation: str
    gross_saving_per_day: Decimal
    write_premium_per_day: Decimal
    net_saving_per_day: Decimal
    net_saving_per_month: Decimal
    hits_to_pay_back: Decimal | None
    assumptions: tuple[str, ...]
    source: str
    month_hours: int = MONTH_HOURS


def derive_writes_per_day(calls_per_day: Decimal, ttl_minutes: Decimal, active_hours: Decimal = Decimal(24)) -> Decimal:
    """TTL windows with at least one call, traffic spread evenly: min(calls, ceil(active min / TTL))."""
    windows = Decimal(math.ceil(active_hours * 60 / ttl_minutes))
    return min(calls_per_day, windows)


def _write_rate(rates: Rates, ttl: Ttl, limit: CacheLimit | None) -> tuple[Decimal, str]:
    """The write price per MTok and where it came from (given, provider table, or the source's convention)."""
    given = rates.cache_write if ttl == "5m" else rates.cache_write_1h
    if given is not None:
        return given, f"{ttl} cache-write rate from {rates.source}"
    if limit is not None and limit.automatic:
        return rates.input, f"{limit.provider} caches automatically: writes cost the input rate (no premium)"
    table = None
    if limit is not None:
        table = limit.write_multiplier_5m if ttl == "5m" else limit.write_multiplier_1h
    if table is not None and limit is not None:
        return rates.input * table, f"assumed {table}× the input rate for a {ttl} write ({limit.source})"
    multiplier = _DEFAULT_WRITE_MULTIPLIER[ttl]
    return rates.input * multiplier, f"assumed {multiplier}× the input rate for a {ttl} write (no write rate given)"


def analyse_caching(request: CachingRequest) -> CachingResult:
    """Savings, write premium and net effect of caching a prefix (see the module docstring)."""
    rates = request.rates
    if rates.cache_read is None:
        raise MissingRateError("cache_read", rates.source)
    limit = cache_limit(request.provider or rates.provider, request.model or rates.model)
    assumptions: list[str] = []
    if request.min_prefix_tokens is not None:
        minimum: Decimal | None = request.min_prefix_tokens
        minimum_source: str | None = "given"
    elif limit is not None:
        minimum, minimum_source = Decimal(limit.min_prefix_tokens), limit.source
    else:
        minimum = minimum_source = None
        assumptions.append("minimum cacheable prefix unknown for this provider/model; check it before quoting")
    if limit is not None:
        assumptions.append(f"{limit.provider} caching ({ILLUSTRATIVE}): {limit.note}")
    ttl_minutes = request.ttl_minutes or (limit.default_ttl_minutes if limit and request.ttl == "5m" else None)
    ttl_minutes = ttl_minutes or _TTL_MINUTES[request.ttl]
    write_rate, write_basis = _write_rate(rates, request.ttl, limit)
    prefix, calls = request.prefix_tokens, request.calls_per_day

    saving_per_hit = token_cost(prefix, rates.input - rates.cache_read)
    write_cost = token_cost(prefix, write_rate)
    write_premium = token_cost(prefix, write_rate - rates.input)

    if request.writes_per_day is not None:
        writes = request.writes_per_day
        basis: Literal["given", "derived_from_ttl"] = "given"
        derivation = "writes per day given"
    else:
        writes = derive_writes_per_day(calls, ttl_minutes, request.active_hours_per_day)
        basis = "derived_from_ttl"
        derivation = (
            f"calls spread evenly over {request.active_hours_per_day.normalize():f} h; an entry expires after "
            f"{ttl_minutes.normalize():f} min with no call, so one write per TTL window with a call: "
            f"min({_calls(calls)} calls, ceil({request.active_hours_per_day.normalize():f} h × 60 / "
            f"{ttl_minutes.normalize():f} min)) = {writes.normalize():,f}"
        )
        assumptions.append(f"writes per day derived from the TTL: {derivation}")
    if request.hit_ratio is not None:
        hits = calls * request.hit_ratio
        assumptions.append(
            "hit ratio as given; the cache hit rate depends on provider infrastructure and prompt structure"
        )
    else:
        hits = max(calls - writes, Decimal(0))
        assumptions.append("every call that does not write the cache reads it (hits = calls − writes)")
    if (basis == "given" or request.hit_ratio is not None) and hits + writes > calls:
        assumptions.append("hits plus writes exceed the call volume: check the hit ratio and writes per day")

    eligible = minimum is None or prefix >= minimum
    reason = None
    if not eligible:
        reason = (
            f"prefix of {prefix.normalize():,f} tokens is below the minimum cacheable prefix of "
            f"{Decimal(minimum or 0).normalize():,f} tokens: it is not cached, so there are no savings"
        )
        saving_per_hit = write_cost = write_premium = hits = writes = ZERO

    gross = hits * saving_per_hit
    premium_day = writes * write_premium
    net = gross - premium_day
    pay_back = write_premium / saving_per_hit if saving_per_hit > 0 else None
    if "assumed" in write_basis:
        assumptions.append(write_basis)
    return CachingResult(
        eligible=eligible,
        ineligible_reason=reason,
        prefix_tokens=prefix,
        minimum_prefix_tokens=minimum,
        minimum_source=minimum_source,
        calls_per_day=calls,
        ttl=request.ttl,
        ttl_minutes=ttl_minutes,
        input_rate=rates.input,
        cache_read_rate=rates.cache_read,
        write_rate=write_rate,
        write_rate_basis=write_basis,
        saving_per_hit=saving_per_hit,
        write_cost=write_cost,
        write_premium=write_premium,
        hits_per_day=hits,
        writes_per_day=writes,
        writes_basis=basis,
        writes_derivation=derivation,
        gross_saving_per_day=gross,
        write_premium_per_day=premium_day,
        net_saving_per_day=net,
        net_saving_per_month=month_from_day(net),
        hits_to_pay_back=pay_back,
        assumptions=tuple(assumptions),
        source=rates.source,
    )


def _calls(calls: Decimal) -> str:
    """A call count as a person reads it: whole calls, grouped (a yearly volume spread over days is fractional)."""
    return f"{calls.quantize(Decimal(1)):,f}"
