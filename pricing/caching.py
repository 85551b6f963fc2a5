"""Prompt caching: saving per hit, writes and what they cost, net per day, the volume where it pays back.

Formulas (rates per MTok, prefix in tokens):

* saving per hit  = prefix × (input − cache_read)
* write cost      = prefix × cache_write;  write premium = prefix × (cache_write − input)
* net per day     = hits/day × saving per hit − writes/day × extra cost per write − storage/day

How many writes a day depends on how the provider's cache expires (the *cache model*, stated in one line
on every result as ``cache_model``):

* **Refresh on hit** (Anthropic, OpenAI automatic caching, and the assumption for an unknown provider): a hit
  restarts the entry's lifetime, so a call writes when the gap since the previous call exceeds the TTL.
  Calls arrive at random (Poisson) at rate λ = calls ÷ active minutes over ``active_hours_per_day``, so a call
  finds no call in the TTL before it with probability e^(−λ·TTL), and
  ``writes = calls × e^(−λ·TTL)``, at least one per active period (the cache starts cold each day, so its
  first call writes). A writing call pays the write rate instead of the input rate, so each write costs the
  *premium*; every other call is a hit. With a stated hit ratio the misses are the calls that are not hits,
  and every miss is a write. With calls at a steady interval (``call_every_minutes``, "every 2 minutes like
  clockwork") the gap is known: longer than the TTL, every call finds the entry expired and writes; within it,
  each hit refreshes the entry, so only the first call of each active period (a day) writes.
* **Fixed lifetime** (Gemini explicit context caching): the entry is created, lives exactly its TTL (hits do
  not extend it) and is billed for storage per token-hour while it exists. It is created at the start of each
  TTL window across the active hours, ``writes = ceil(active minutes ÷ TTL)``, every call reads it, each
  creation costs the full write (creation) price on top of the calls, and storage is
  ``prefix × storage rate × writes × TTL hours``. Without a storage rate the result cannot be computed and
  :class:`MissingRateError` (``cache_storage``) is raised so the caller can ask for it.

A prefix below the provider's minimum cacheable length is reported as not eligible, with every saving at zero.
:func:`payback_calls_per_day` solves the same model for the call volume where the net saving turns positive.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Literal

from pricing.cache_limits import ILLUSTRATIVE, CacheLimit, Lifetime, cache_limit
from pricing.errors import InvalidInputError, MissingRateError
from pricing.rates import Rates
from pricing.units import HOURS_PER_DAY, MONTH_HOURS, month_from_day, token_cost
from pricing.validation import (
    CALLS,
    RATE_MULTIPLE,
    SHARE,
    TOKENS_PER_CALL,
    ActiveHours,
    CallsPerDay,
    PricingModel,
    Share,
    Tokens,
    TokensPerCall,
    TtlMinutes,
    check,
)

Ttl = Literal["5m", "1h"]
WritesBasis = Literal["given", "hit_ratio", "poisson", "fixed_windows", "steady"]
Payback = Literal["crosses", "immediate", "never"]
_TTL_MINUTES: dict[Ttl, Decimal] = {"5m": Decimal(5), "1h": Decimal(60)}
# Anthropic's multipliers, the source document's illustrative convention when nothing else is known.
_DEFAULT_WRITE_MULTIPLIER: dict[Ttl, Decimal] = {"5m": Decimal("1.25"), "1h": Decimal(2)}
ZERO = Decimal(0)
ONE = Decimal(1)
MAX_CALLS = Decimal(10) ** 10


class CachingRequest(PricingModel):
    """A cached prefix at a call volume. ``ttl`` picks the write price (5-minute or 1-hour);
    ``ttl_minutes`` overrides the lifetime; ``provider``/``model`` (default: the rates' own) pick the minimum
    cacheable prefix and how the cache expires, which ``min_prefix_tokens`` and ``lifetime`` override."""

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
    lifetime: Lifetime | None = None
    #: False when the ask leaves what a write adds out ("ignore the create call"): the writes are counted, at $0.
    writes_billed: bool = True
    #: For a fixed-lifetime cache: True when a call creates it ("the first call in each hour creates the cache, the
    #: rest hit"), so that call is a creation, not a hit, and pays the creation price instead of the input rate.
    created_by_a_call: bool = False
    #: Minutes between calls that arrive at a steady interval ("a call every 2 minutes like clockwork"): sets the
    #: writes of a refresh-on-hit cache when neither writes nor a hit rate are given.
    call_every_minutes: TtlMinutes | None = None
    #: False when no lifetime was said and ``ttl_minutes`` is the time to the next creation over the active hours
    #: ("created once each morning" for a ten-hour day: 600 minutes).
    ttl_said: bool = True


class CachingResult(PricingModel):
    """Everything a reply needs, with the cache model in ``cache_model`` and the rest in ``assumptions``.

    ``write_extra_cost`` is what one write adds to the bill: the premium over the input rate for a
    refresh-on-hit cache (the writing call replaces an uncached call), the whole creation price for a
    fixed-lifetime cache (created besides the calls). ``lambda_ttl`` (λ·TTL) and ``miss_probability``
    (e^(−λ·TTL)) and ``poisson_writes`` (calls × e^(−λ·TTL), before the floor of one write a day) are set
    for the Poisson model.
    """

    eligible: bool
    ineligible_reason: str | None
    prefix_tokens: Decimal
    minimum_prefix_tokens: Decimal | None
    minimum_source: str | None
    calls_per_day: Decimal
    active_hours_per_day: Decimal
    lifetime: Lifetime
    ttl: Ttl
    ttl_minutes: Decimal
    input_rate: Decimal
    cache_read_rate: Decimal
    write_rate: Decimal
    write_rate_basis: str
    storage_rate: Decimal | None
    saving_per_hit: Decimal
    write_cost: Decimal
    write_premium: Decimal
    write_extra_cost: Decimal
    hit_ratio: Decimal | None
    hits_per_day: Decimal
    writes_per_day: Decimal
    writes_basis: WritesBasis
    call_every_minutes: Decimal | None = None  # the steady interval between calls, when the writes follow from it
    lambda_ttl: Decimal | None
    miss_probability: Decimal | None
    poisson_writes: Decimal | None
    writes_derivation: str
    cache_model: str
    gross_saving_per_day: Decimal
    write_cost_per_day: Decimal
    storage_hours_per_day: Decimal
    storage_per_hour: Decimal  # prefix × storage rate: what keeping the entry costs an hour
    storage_per_day: Decimal
    net_saving_per_day: Decimal
    net_saving_per_month: Decimal
    hits_to_pay_back: Decimal | None
    assumptions: tuple[str, ...]
    #: A fixed-lifetime cache created by a call (that call is no hit, and pays only the premium over the input rate).
    created_by_a_call: bool = False
    #: False when ``ttl_minutes`` was not said but is the time to the next creation (see CachingRequest).
    ttl_said: bool = True
    source: str
    month_hours: int = MONTH_HOURS

    @property
    def active_minutes_per_day(self) -> Decimal:
        return self.active_hours_per_day * 60


def _text(value: Decimal, places: int = 2) -> str:
    """A number as the engine's sentences show it: grouped, at most ``places`` decimals, no trailing zeros."""
    rounded = value.quantize(Decimal(1).scaleb(-places))
    text = f"{rounded:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def lambda_ttl(calls_per_day: Decimal, ttl_minutes: Decimal, active_hours: Decimal = Decimal(24)) -> Decimal:
    """λ·TTL: the expected number of calls in one TTL, calls spread at random over the active minutes."""
    return calls_per_day * ttl_minutes / (active_hours * 60)


def derive_writes_per_day(calls_per_day: Decimal, ttl_minutes: Decimal, active_hours: Decimal = Decimal(24)) -> Decimal:
    """Writes a day of a refresh-on-hit cache under Poisson arrivals (see the module docstring):
    ``calls × e^(−λ·TTL)``, at least one per active period (never more than the calls themselves)."""
    if calls_per_day == 0:
        return ZERO
    expected = poisson_writes(calls_per_day, ttl_minutes, active_hours)
    return max(expected, min(calls_per_day, ONE))


def poisson_writes(calls_per_day: Decimal, ttl_minutes: Decimal, active_hours: Decimal = Decimal(24)) -> Decimal:
    """calls × e^(−λ·TTL): the calls that come more than a TTL after the call before them, before the floor of
    one write per active period."""
    return calls_per_day * (-lambda_ttl(calls_per_day, ttl_minutes, active_hours)).exp()


class PoissonWrites(PricingModel):
    """Writes a day of a refresh-on-hit cache under random arrivals, worked out without prices or a prefix."""

    calls_per_day: Decimal
    ttl_minutes: Decimal
    active_hours_per_day: Decimal
    lambda_ttl: Decimal
    miss_probability: Decimal
    poisson_writes: Decimal
    writes_per_day: Decimal
    hits_per_day: Decimal

    @property
    def active_minutes_per_day(self) -> Decimal:
        return self.active_hours_per_day * 60

    @property
    def hit_probability(self) -> Decimal:
        """The share of calls that find the entry alive: 1 − e^(−λ·TTL)."""
        return 1 - self.miss_probability


def writes_at_random(
    calls_per_day: Decimal, ttl_minutes: Decimal, active_hours: Decimal = Decimal(24)
) -> PoissonWrites:
    """λ·TTL, e^(−λ·TTL), calls × e^(−λ·TTL) and the writes and hits a day (at least one write per active period)."""
    calls = check(CALLS, calls_per_day, "calls_per_day")
    x = lambda_ttl(calls, ttl_minutes, active_hours)
    writes = derive_writes_per_day(calls, ttl_minutes, active_hours)
    return PoissonWrites(calls_per_day=calls, ttl_minutes=ttl_minutes, active_hours_per_day=active_hours, lambda_ttl=x,
                         miss_probability=(-x).exp(), poisson_writes=poisson_writes(calls, ttl_minutes, active_hours),
                         writes_per_day=writes, hits_per_day=calls - writes)


class SteadyWrites(PricingModel):
    """Writes a day of a refresh-on-hit cache when calls come at a steady interval, worked out without prices."""

    calls_per_day: Decimal
    call_every_minutes: Decimal
    ttl_minutes: Decimal
    writes_per_day: Decimal
    hits_per_day: Decimal

    @property
    def beyond_ttl(self) -> bool:
        return self.call_every_minutes > self.ttl_minutes

    @property
    def hit_ratio(self) -> Decimal:
        return self.hits_per_day / self.calls_per_day if self.calls_per_day else ZERO


def steady_writes(calls: Decimal, every_minutes: Decimal, ttl_minutes: Decimal) -> Decimal:
    """A gap longer than the TTL lets the entry expire before each call, so every call writes; within it each hit
    refreshes the entry and only the first call of the day writes."""
    return calls if every_minutes > ttl_minutes else min(ONE, calls)


def writes_at_steady_pace(calls_per_day: Decimal, every_minutes: Decimal, ttl_minutes: Decimal) -> SteadyWrites:
    """The writes and hits a day of calls every ``every_minutes`` against a ``ttl_minutes`` TTL a hit refreshes."""
    calls = check(CALLS, calls_per_day, "calls_per_day")
    writes = steady_writes(calls, every_minutes, ttl_minutes)
    return SteadyWrites(calls_per_day=calls, call_every_minutes=every_minutes, ttl_minutes=ttl_minutes,
                        writes_per_day=writes, hits_per_day=calls - writes)


def writes_every(minutes: Decimal, active_hours: Decimal = Decimal(24)) -> Decimal:
    """Writes a day of a cache rewritten on a schedule ("every 5 minutes round the clock"): active minutes ÷ the
    interval (24 h ÷ 5 min = 288)."""
    if minutes <= 0:
        raise InvalidInputError("write_every_minutes", minutes, "must be above 0")
    if active_hours <= 0 or active_hours > 24:
        raise InvalidInputError("active_hours", active_hours, "must be above 0 and at most 24")
    return active_hours * 60 / minutes


def fixed_lifetime_writes(ttl_minutes: Decimal, active_hours: Decimal = Decimal(24)) -> Decimal:
    """Creations a day of a fixed-lifetime cache kept alive over the active hours: ceil(active min ÷ TTL)."""
    return Decimal(math.ceil(active_hours * 60 / ttl_minutes))


def _write_rate(rates: Rates, ttl: Ttl, limit: CacheLimit | None,
                lifetime: Lifetime = "refresh_on_hit") -> tuple[Decimal, str]:
    """The write price per MTok and where it came from (given, provider table, or the source's convention; a
    fixed-lifetime cache's creation at the input rate)."""
    given = rates.cache_write if ttl == "5m" else rates.cache_write_1h
    if given is not None and rates.scaled_from_input is not None and (
            "cache_write" if ttl == "5m" else "cache_write_1h") in rates.scaled:
        return given, _scaled_basis(f"{ttl} cache-write rate", given, rates)
    if given is not None:
        return given, f"{ttl} cache-write rate from {rates.source}"
    if limit is not None and limit.automatic:
        return rates.input, f"{limit.provider} caches automatically: writes cost the input rate (no premium)"
    table = None
    if limit is not None:
        table = limit.write_multiplier_5m if ttl == "5m" else limit.write_multiplier_1h
    if table is not None and limit is not None:
        if table == ONE:
            return rates.input, f"{limit.provider} bills creating the cache at the input rate ({limit.source})"
        return rates.input * table, f"assumed {table}× the input rate for a {ttl} write ({limit.source})"
    if lifetime == "fixed":
        return rates.input, ("a cache kept for a fixed lifetime and billed for storage (Gemini's explicit caching) "
                             "bills its creation at the input rate; no write rate given")
    multiplier = _DEFAULT_WRITE_MULTIPLIER[ttl]
    return rates.input * multiplier, (
        f"assumed {multiplier}× the input rate for a {ttl} write (Anthropic's illustrative write price; "
        "no write rate given)"
    )


def _scaled_basis(name: str, price: Decimal, rates: Rates) -> str:
    """Where a cache price taken at the catalog row's multiple of a stated input rate came from."""
    row_input = rates.scaled_from_input or rates.input
    return (f"{name} {_text(price / rates.input, 4)}× the stated input rate: the catalog row's multiple of its own "
            f"${_text(row_input, 4)}/1M input rate ({rates.source})")


def _hours(value: Decimal) -> str:
    return f"{_text(value)} active hour{'' if value == 1 else 's'}"


def _cache_model(request: CachingRequest, lifetime: Lifetime, ttl_minutes: Decimal, basis: WritesBasis) -> str:
    ttl = (f"{_text(ttl_minutes)}-minute TTL" if request.ttl_said
           else f"life of {_text(ttl_minutes)} minutes, each creation lasting until the next as no TTL was said")
    hours = _hours(request.active_hours_per_day)
    if lifetime == "fixed" and request.created_by_a_call:
        return (
            f"Cache model: explicit cache with a fixed {ttl} (hits do not extend it), created by the first call of "
            f"each TTL window over {hours} a day and billed for storage while it exists; every other call reads it."
        )
    if lifetime == "fixed":
        return (
            f"Cache model: explicit cache with a fixed {ttl} (hits do not extend it), created at the start of "
            f"each TTL window over {hours} a day and billed for storage while it exists; every call reads it."
        )
    every = request.call_every_minutes
    if basis == "steady" and every is not None and every > ttl_minutes:
        return (
            f"Cache model: a call every {_text(every)} minutes at a steady pace, longer than the {ttl}: the entry "
            "has expired by each call, so every call writes and none hits."
        )
    if basis == "steady" and every is not None:
        return (
            f"Cache model: a call every {_text(every)} minutes at a steady pace, within the {ttl}, and a hit "
            f"refreshes it: the entry never expires while calls run, so only the first call of the day writes "
            f"(over {hours} a day) and every other call hits."
        )
    if basis == "given":
        return f"Cache model: writes per day as given; a hit refreshes the {ttl}; every other call is a hit."
    if basis == "hit_ratio" and request.hit_ratio == ONE:
        return f"Cache model: every call hits, as asked, so there are no misses to write; a hit refreshes the {ttl}."
    if basis == "hit_ratio" and request.hit_ratio is not None:
        return (
            f"Cache model: hit rate {_text(request.hit_ratio * 100)}% as given, so every miss "
            f"({_text((ONE - request.hit_ratio) * 100)}% of calls) is a write; a hit refreshes the {ttl}."
        )
    return (
        f"Cache model: calls arrive at random (Poisson) over {hours} a day; a hit refreshes the {ttl}, so a "
        "call writes when the gap since the previous call exceeds the TTL; the cache starts cold each day."
    )


def analyse_caching(request: CachingRequest) -> CachingResult:
    """Savings, writes, their cost and the net effect of caching a prefix (see the module docstring)."""
    rates = request.rates
    if rates.cache_read is None:
        raise MissingRateError("cache_read", rates.source)
    if rates.cache_read > rates.input:
        raise InvalidInputError(
            "cache_read_rate", rates.cache_read,
            f"a cache hit would cost more than uncached input ({rates.input} per 1M); a cache read is priced "
            "below the input rate (about a tenth of it at the labs)",
        )
    limit = cache_limit(request.provider or rates.provider, request.model or rates.model)
    lifetime: Lifetime = request.lifetime or (limit.lifetime if limit is not None else "refresh_on_hit")
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
    elif request.lifetime is None:
        assumptions.append("caching behaviour unknown for this provider: hits are assumed to refresh the TTL")
    ttl_minutes = request.ttl_minutes or (limit.default_ttl_minutes if limit and request.ttl == "5m" else None)
    ttl_minutes = ttl_minutes or _TTL_MINUTES[request.ttl]
    prefix, calls, hours = request.prefix_tokens, request.calls_per_day, request.active_hours_per_day
    eligible = minimum is None or prefix >= minimum
    storage_rate = rates.cache_storage
    if lifetime == "fixed" and storage_rate is None and eligible:
        raise MissingRateError("cache_storage", rates.source)
    write_rate, write_basis = _write_rate(rates, request.ttl, limit, lifetime)

    saving_per_hit = token_cost(prefix, rates.input - rates.cache_read)
    write_cost = token_cost(prefix, write_rate)
    write_premium = token_cost(prefix, write_rate - rates.input)
    x = miss = expected = None
    storage_hours = ZERO
    if lifetime == "fixed":
        basis: WritesBasis = "fixed_windows"
        writes = request.writes_per_day if request.writes_per_day is not None else fixed_lifetime_writes(
            ttl_minutes, hours)
        if request.created_by_a_call:
            # the creating call replaces an uncached call: it adds only the premium, and it is not a hit
            hits = calls * request.hit_ratio if request.hit_ratio is not None else max(calls - writes, ZERO)
            extra = write_premium
        else:
            hits = calls * request.hit_ratio if request.hit_ratio is not None else calls
            extra = write_cost
        # a lifetime longer than the gap to the next day's first creation keeps one cache stored round the clock
        storage_hours = min(writes * ttl_minutes / 60, Decimal(HOURS_PER_DAY))
        derivation = (
            f"one creation per {_text(ttl_minutes)}-minute window over {_text(hours)} h: "
            f"ceil({_text(hours)} h × 60 ÷ {_text(ttl_minutes)} min) = {_text(writes)}"
            if request.writes_per_day is None else "creations per day given"
        )
    else:
        extra = write_premium
        if request.writes_per_day is not None:
            basis, writes = "given", request.writes_per_day
            hits = max(calls - writes, ZERO)
            derivation = "writes per day given"
        elif request.hit_ratio is not None:
            basis = "hit_ratio"
            hits = calls * request.hit_ratio
            writes = calls - hits
            derivation = f"every miss is a write: {_text(calls)} calls × (1 − {_text(request.hit_ratio * 100)}%)"
        elif request.call_every_minutes is not None:
            basis = "steady"
            every = request.call_every_minutes
            writes = steady_writes(calls, every, ttl_minutes)
            hits = calls - writes
            derivation = (
                f"a call every {_text(every)} min > {_text(ttl_minutes)}-min TTL: every call writes, {_text(writes)}"
                if every > ttl_minutes else
                f"a call every {_text(every)} min ≤ {_text(ttl_minutes)}-min TTL: one write a day, the first call"
            )
        else:
            basis = "poisson"
            writes = derive_writes_per_day(calls, ttl_minutes, hours)
            hits = calls - writes
            x = lambda_ttl(calls, ttl_minutes, hours)
            miss = (-x).exp()
            expected = poisson_writes(calls, ttl_minutes, hours)
            floor = "" if writes == expected else f", at least one per active period: {_text(writes)}"
            derivation = (
                f"λ·TTL = {_text(calls)} calls × {_text(ttl_minutes)} min ÷ {_text(hours * 60)} min = "
                f"{_text(x, 4)}; writes = calls × e^(−λ·TTL) = {_text(expected)}{floor}"
            )
    if not request.writes_billed:
        extra = ZERO
        assumptions.append("what a cache write adds is left out, as asked: each write is counted at $0")
    if request.hit_ratio is not None and basis == "given" and writes != calls * (ONE - request.hit_ratio):
        # both said and they disagree: the writes said are priced, and the reply says the hit rate was not used
        assumptions.append(
            f"the {_text(request.hit_ratio * 100)}% hit rate given is not used: it would mean "
            f"{_text(calls * (ONE - request.hit_ratio))} writes a day, and the {_text(writes)} writes a day given are "
            "priced instead (every other call a hit)"
        )
    elif request.hit_ratio is not None:
        assumptions.append(
            "hit ratio as given; the cache hit rate depends on provider infrastructure and prompt structure"
        )
    if basis == "given" and writes > calls:
        assumptions.append("writes per day exceed the call volume: check the writes per day")

    reason = None
    if not eligible:
        reason = (
            f"prefix of {_text(prefix)} tokens is below the minimum cacheable prefix of "
            f"{_text(minimum or ZERO)} tokens: it is not cached, so there are no savings"
        )
        saving_per_hit = write_cost = write_premium = extra = hits = writes = storage_hours = ZERO

    storage_hour = token_cost(prefix, storage_rate or ZERO)
    storage = storage_hour * storage_hours
    gross = hits * saving_per_hit
    write_day = writes * extra
    net = gross - write_day - storage
    pay_back = extra / saving_per_hit if saving_per_hit > 0 else None
    if "assumed" in write_basis:
        assumptions.append(write_basis)
    if "cache_read" in rates.scaled:
        assumptions.append(_scaled_basis("cache-read price", rates.cache_read, rates))
    return CachingResult(
        eligible=eligible,
        ineligible_reason=reason,
        prefix_tokens=prefix,
        minimum_prefix_tokens=minimum,
        minimum_source=minimum_source,
        calls_per_day=calls,
        active_hours_per_day=hours,
        lifetime=lifetime,
        ttl=request.ttl,
        ttl_minutes=ttl_minutes,
        input_rate=rates.input,
        cache_read_rate=rates.cache_read,
        write_rate=write_rate,
        write_rate_basis=write_basis,
        created_by_a_call=lifetime == "fixed" and request.created_by_a_call,
        ttl_said=request.ttl_said,
        storage_rate=storage_rate,
        saving_per_hit=saving_per_hit,
        write_cost=write_cost,
        write_premium=write_premium,
        write_extra_cost=extra,
        hit_ratio=request.hit_ratio,
        hits_per_day=hits,
        writes_per_day=writes,
        writes_basis=basis,
        call_every_minutes=request.call_every_minutes,
        lambda_ttl=x,
        miss_probability=miss,
        poisson_writes=expected,
        writes_derivation=derivation,
        cache_model=_cache_model(request, lifetime, ttl_minutes, basis),
        gross_saving_per_day=gross,
        write_cost_per_day=write_day,
        storage_hours_per_day=storage_hours,
        storage_per_hour=storage_hour,
        storage_per_day=storage,
        net_saving_per_day=net,
        net_saving_per_month=month_from_day(net),
        hits_to_pay_back=pay_back,
        assumptions=tuple(assumptions),
        source=rates.source,
    )


def _net_at(request: CachingRequest, calls: Decimal) -> Decimal:
    return analyse_caching(request.model_copy(update={"calls_per_day": calls})).net_saving_per_day


def payback_calls_per_day(request: CachingRequest) -> tuple[Payback, Decimal | None]:
    """The call volume above which caching saves money, under the same cache model as :func:`analyse_caching`.

    ``("immediate", 0)`` when the net saving is positive from the first calls, ``("never", None)`` when no
    volume up to 10^10 calls a day makes it positive. Otherwise the root of net(calls) = 0 to within 0.001 calls
    (the net dips while most calls write, then rises as hits take over; it crosses zero once).
    """
    result = analyse_caching(request)
    if not result.eligible or result.saving_per_hit <= 0:
        return "never", None
    tiny = Decimal("1e-6")
    if _net_at(request, tiny) > 0:
        return "immediate", ZERO
    low, high = tiny, ONE
    while _net_at(request, high) <= 0:
        low, high = high, high * 2
        if high > MAX_CALLS:
            return "never", None
    while high - low > Decimal("0.001"):
        mid = (low + high) / 2
        if _net_at(request, mid) > 0:
            high = mid
        else:
            low = mid
    return "crosses", high


def saving_if_every_call_hits(result: CachingResult) -> Decimal:
    """The upper bound of the daily saving: saving per hit × calls a day, as if no call wrote the cache."""
    return result.saving_per_hit * result.calls_per_day


def break_even_hit_ratio(read_multiple: Decimal, write_multiple: Decimal) -> Decimal | None:
    """The hit ratio at which caching breaks even when every miss writes the cache, from the cache prices as
    multiples of the input rate: a hit saves (1 − read) and a write costs (write − 1) of the prefix's input cost,
    so h × (1 − read) = (1 − h) × (write − 1) at h = (write − 1) ÷ ((write − 1) + (1 − read)).
    None when a write costs no more than the input rate (any hit rate pays)."""
    read = check(SHARE, read_multiple, "cache_read_share")
    write = check(RATE_MULTIPLE, write_multiple, "cache_write_share")
    premium, saving = write - 1, 1 - read
    if premium <= 0:
        return None
    return premium / (premium + saving)


def input_cost_cut(read_multiple: Decimal, prefix_share: Decimal = Decimal(1)) -> Decimal:
    """The share of the input cost a hit removes: the cached share of the prompt × (1 − read multiple)."""
    return check(SHARE, prefix_share, "prefix_share") * (1 - check(SHARE, read_multiple, "cache_read_share"))


class CacheWrite(PricingModel):
    """One cache write of a prefix, priced without a cache-read price or a call volume: what it costs
    (prefix × write rate) and its premium over sending the prefix uncached (prefix × (write − input)); with only the
    write price known, no input rate and no premium."""

    prefix_tokens: Decimal
    ttl: Ttl
    input_rate: Decimal | None
    write_rate: Decimal
    write_rate_basis: str
    cost: Decimal
    premium: Decimal | None


def cache_write(
    rates: Rates, prefix_tokens: Decimal, ttl: Ttl = "5m", provider: str | None = None, model: str | None = None,
    lifetime: Lifetime | None = None,
) -> CacheWrite:
    """A write of ``prefix_tokens`` at the write price :func:`analyse_caching` would use (given, the provider's
    table, or the stated illustrative assumption)."""
    prefix = check(TOKENS_PER_CALL, prefix_tokens, "prefix_tokens")
    limit = cache_limit(provider or rates.provider, model or rates.model)
    write_rate, basis = _write_rate(rates, ttl, limit, lifetime or (limit.lifetime if limit else "refresh_on_hit"))
    return CacheWrite(
        prefix_tokens=prefix, ttl=ttl, input_rate=rates.input, write_rate=write_rate, write_rate_basis=basis,
        cost=token_cost(prefix, write_rate), premium=token_cost(prefix, write_rate - rates.input),
    )


def cache_write_at(prefix_tokens: Decimal, write_rate: Decimal, basis: str, ttl: Ttl = "5m") -> CacheWrite:
    """A write of ``prefix_tokens`` at a write price given with no input rate: its cost, no premium."""
    prefix = check(TOKENS_PER_CALL, prefix_tokens, "prefix_tokens")
    return CacheWrite(prefix_tokens=prefix, ttl=ttl, input_rate=None, write_rate=write_rate, write_rate_basis=basis,
                      cost=token_cost(prefix, write_rate), premium=None)


class WritesBill(PricingModel):
    """A day's cache writes at one write's cost ("recreated every hour": 24 writes × $0.225 = $5.40)."""

    writes: Decimal
    cost_each: Decimal
    cost: Decimal


def writes_bill(write: CacheWrite, writes_per_day: Decimal) -> WritesBill:
    """``writes_per_day`` writes of ``write``'s prefix: writes × the cost of one."""
    writes = check(CALLS, writes_per_day, "writes_per_day")
    return WritesBill(writes=writes, cost_each=write.cost, cost=writes * write.cost)


def premium_bill(write: CacheWrite, writes_per_day: Decimal) -> WritesBill | None:
    """What ``writes_per_day`` writes add over sending the prefix uncached (writes × the premium of one), when
    no call hits; None when the write has no premium to price."""
    if write.premium is None:
        return None
    writes = check(CALLS, writes_per_day, "writes_per_day")
    return WritesBill(writes=writes, cost_each=write.premium, cost=writes * write.premium)


def hits_after_each_write(hit_ratio: Decimal) -> Decimal:
    """The hits that follow each write when a share ``hit_ratio`` of calls hit and every miss writes:
    hit ratio ÷ (1 − hit ratio) (a 90% hit rate is 9 hits a write, 75% is 3)."""
    ratio = check(SHARE, hit_ratio, "hit_ratio")
    if ratio == ONE:
        raise InvalidInputError("hit_ratio", ratio, "must be below 100%: with every call a hit nothing is written")
    return ratio / (ONE - ratio)


def net_after_hits(saving_per_hit: Decimal, write_extra_cost: Decimal, hits: Decimal = ONE) -> Decimal:
    """What one write followed by ``hits`` hits saves against sending the prefix uncached every time:
    hits × saving per hit − the write's extra cost (negative while the hits have not paid the write back)."""
    return check(CALLS, hits, "hits") * saving_per_hit - write_extra_cost


class TtlComparison(PricingModel):
    """The same prefix and calls under two or more cache lifetimes: each one's result, the lifetime that nets the
    most a day and by how much it beats the next best."""

    options: tuple[CachingResult, ...]
    best_ttl_minutes: Decimal
    margin_per_day: Decimal


def compare_ttls(request: CachingRequest, ttls_minutes: tuple[Decimal, ...],
                 hit_ratios: tuple[Decimal, ...] = ()) -> TtlComparison:
    """:func:`analyse_caching` at each lifetime (an hour or more is priced at the 1-hour write price); with
    ``hit_ratios`` (one per lifetime, in the same order), each lifetime at its own hit rate, every miss a write."""
    if len(ttls_minutes) < 2:
        raise InvalidInputError("ttl_minutes", Decimal(len(ttls_minutes)), "two or more lifetimes to compare")
    if hit_ratios and len(hit_ratios) != len(ttls_minutes):
        raise InvalidInputError("hit_ratio", Decimal(len(hit_ratios)), "one hit rate per lifetime compared")
    hits: tuple[Decimal | None, ...] = hit_ratios or (request.hit_ratio,) * len(ttls_minutes)
    options = tuple(
        analyse_caching(request.model_copy(update={
            "ttl": "1h" if m >= 60 else "5m", "ttl_minutes": m,
            "hit_ratio": check(SHARE, h, "hit_ratio") if h is not None else None}))
        for m, h in zip(ttls_minutes, hits, strict=True)
    )
    ranked = sorted(options, key=lambda o: o.net_saving_per_day, reverse=True)
    return TtlComparison(options=options, best_ttl_minutes=ranked[0].ttl_minutes,
                         margin_per_day=ranked[0].net_saving_per_day - ranked[1].net_saving_per_day)
