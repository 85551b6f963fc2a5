"""Per-call pricing: a flat fee per invocation against the per-token cost of the same call.

Crossover: at the planned input:output mix, a call of T tokens costs T × blended / 1M on a per-token
basis, with blended = share_in × input_rate + share_out × output_rate; the fee equals that at
T = fee × 1M / blended. Calls larger than the crossover favour the flat fee, smaller ones favour
per-token. ``growth`` (default 2×) re-runs the comparison for calls larger than planned, which is the
risk the source document warns about: the structure that wins at the planned size may not win at the
real one.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pricing.errors import OutOfRangeError
from pricing.per_token import CostSplit
from pricing.rates import Rates
from pricing.units import HOURS_PER_DAY, MONTH_HOURS, MTOK, token_cost
from pricing.validation import (
    FEE,
    ONE,
    SHARE,
    SPEND,
    TOKENS_PER_CALL,
    ActiveDays,
    CallsPerDay,
    Fee,
    Growth,
    PricingModel,
    TokensPerCall,
    check,
)

Winner = Literal["per_call", "per_token", "equal"]


class PerCallRequest(PricingModel):
    """Fee per call and the planned tokens per call (input and output) under per-token rates."""

    rates: Rates
    fee_per_call: Fee
    input_tokens: TokensPerCall
    output_tokens: TokensPerCall
    calls_per_day: CallsPerDay | None = None
    growth: Growth = Decimal(2)
    #: The hours of the month the monthly figures cover: 730 unless the ask counts a month in days (720 for 30).
    month_hours: int = MONTH_HOURS
    #: The days a week the calls run, when fewer than 7 ("40k calls per business day, 5-day week"): a month of
    #: traffic is then ``month_hours`` × days ÷ 7.
    days_a_week: ActiveDays | None = None


class CallSize(PricingModel):
    """One call size with both structures' cost and the cheaper one."""

    input_tokens: Decimal
    output_tokens: Decimal
    per_token: CostSplit
    fee: Decimal
    cheaper: Winner
    per_day_per_token: Decimal | None
    per_day_per_call: Decimal | None
    per_month_per_token: Decimal | None
    per_month_per_call: Decimal | None

    @property
    def difference(self) -> Decimal:
        """What the cheaper structure saves on this call: |per-token cost − fee|."""
        return abs(self.per_token.total - self.fee)

    @property
    def fee_against_per_token(self) -> Decimal | None:
        """The fee relative to the per-token cost of the call: fee ÷ per-token − 1 (0.333 = a third more; negative
        when the fee is cheaper). None for a call that costs nothing per token."""
        if self.per_token.total <= 0:
            return None
        return self.fee / self.per_token.total - 1

    @property
    def per_token_against_fee(self) -> Decimal | None:
        """How many times the fee the call costs per token: per-token ÷ fee (2.5 = per-token costs 2.5 fees). None
        for a fee of nothing."""
        if self.fee <= 0:
            return None
        return self.per_token.total / self.fee

    @property
    def per_day_difference(self) -> Decimal | None:
        """What the cheaper structure saves a day at the stated volume: |per-token − per-call| a day."""
        if self.per_day_per_token is None or self.per_day_per_call is None:
            return None
        return abs(self.per_day_per_token - self.per_day_per_call)

    @property
    def per_month_difference(self) -> Decimal | None:
        """The same over a 730-hour month."""
        if self.per_month_per_token is None or self.per_month_per_call is None:
            return None
        return abs(self.per_month_per_token - self.per_month_per_call)


class PerCallComparison(PricingModel):
    """Planned and grown call sizes, the tokens-per-call crossover and whether the winner flips."""

    fee_per_call: Decimal
    input_share: Decimal | None
    blended_rate: Decimal | None
    crossover_tokens: Decimal | None
    crossover_input_tokens: Decimal | None
    crossover_output_tokens: Decimal | None
    headroom: Decimal | None
    planned: CallSize
    growth: Decimal
    grown: CallSize
    winner_flips: bool
    calls_per_day: Decimal | None
    source: str
    month_hours: int = MONTH_HOURS
    days_a_week: Decimal | None = None

    @property
    def month_days(self) -> int:
        """The whole days of the month the monthly figures cover (30 for a 720-hour month)."""
        return self.month_hours // HOURS_PER_DAY

    @property
    def calls_per_month(self) -> Decimal | None:
        """The calls of a month (``month_hours``, 730 by default) at the stated daily volume."""
        return (_month(self.calls_per_day, self.month_hours, self.days_a_week) if self.calls_per_day is not None
                else None)


def _winner(per_token_total: Decimal, fee: Decimal) -> Winner:
    if fee < per_token_total:
        return "per_call"
    if fee > per_token_total:
        return "per_token"
    return "equal"


def _size(request: PerCallRequest, factor: Decimal) -> CallSize:
    tokens_in, tokens_out = request.input_tokens * factor, request.output_tokens * factor
    cost = CostSplit(
        input=token_cost(tokens_in, request.rates.input), output=token_cost(tokens_out, request.rates.output)
    )
    calls = request.calls_per_day
    day_tok = cost.total * calls if calls is not None else None
    day_fee = request.fee_per_call * calls if calls is not None else None
    return CallSize(
        input_tokens=tokens_in,
        output_tokens=tokens_out,
        per_token=cost,
        fee=request.fee_per_call,
        cheaper=_winner(cost.total, request.fee_per_call),
        per_day_per_token=day_tok,
        per_day_per_call=day_fee,
        per_month_per_token=_month(day_tok, request.month_hours, request.days_a_week) if day_tok is not None else None,
        per_month_per_call=_month(day_fee, request.month_hours, request.days_a_week) if day_fee is not None else None,
    )


def _month(per_day: Decimal, month_hours: int, days_a_week: Decimal | None = None) -> Decimal:
    """A daily figure over a month of ``month_hours`` hours: day × hours ÷ 24 (730 ÷ 24 by default), × days ÷ 7 for
    traffic on fewer days a week."""
    month = per_day * month_hours / HOURS_PER_DAY
    return month * days_a_week / 7 if days_a_week is not None else month


class Crossover(PricingModel):
    """The call size at which a flat fee equals the per-token cost, at an input:output mix."""

    fee_per_call: Decimal
    input_share: Decimal
    output_share: Decimal
    blended_rate: Decimal
    crossover_tokens: Decimal | None
    crossover_input_tokens: Decimal | None
    crossover_output_tokens: Decimal | None
    source: str


def crossover(rates: Rates, fee_per_call: Decimal, input_share: Decimal) -> Crossover:
    """Tokens per call at which ``fee_per_call`` equals the per-token cost: fee × 1M ÷ blended rate."""
    FEE.check(fee_per_call, "fee_per_call")
    SHARE.check(input_share, "input_share")
    blended = input_share * rates.input + (ONE - input_share) * rates.output
    tokens = fee_per_call * MTOK / blended if blended > 0 else None
    return Crossover(
        fee_per_call=fee_per_call, input_share=input_share, output_share=ONE - input_share, blended_rate=blended,
        crossover_tokens=tokens,
        crossover_input_tokens=tokens * input_share if tokens is not None else None,
        crossover_output_tokens=tokens * (ONE - input_share) if tokens is not None else None, source=rates.source,
    )


def call_at_size(request: PerCallRequest, input_tokens: Decimal, output_tokens: Decimal) -> CallSize:
    """The fee against the per-token cost of a call of another size than planned (the size calls really run at)."""
    return _size(PerCallRequest(rates=request.rates, fee_per_call=request.fee_per_call, input_tokens=input_tokens,
                                output_tokens=output_tokens, calls_per_day=request.calls_per_day,
                                month_hours=request.month_hours, days_a_week=request.days_a_week), ONE)


def compare_per_call(request: PerCallRequest) -> PerCallComparison:
    """Fee versus per-token cost at the planned size and at ``growth`` × the planned size."""
    planned_tokens = request.input_tokens + request.output_tokens
    share = blended = crossover_ = cross_in = cross_out = headroom = None
    if planned_tokens > 0:
        share = request.input_tokens / planned_tokens
        at_mix = crossover(request.rates, request.fee_per_call, share)
        blended, crossover_ = at_mix.blended_rate, at_mix.crossover_tokens
        cross_in, cross_out = at_mix.crossover_input_tokens, at_mix.crossover_output_tokens
        headroom = crossover_ / planned_tokens if crossover_ is not None else None
    planned = _size(request, ONE)
    grown = _size(request, request.growth)
    return PerCallComparison(
        fee_per_call=request.fee_per_call,
        input_share=share,
        blended_rate=blended,
        crossover_tokens=crossover_,
        crossover_input_tokens=cross_in,
        crossover_output_tokens=cross_out,
        headroom=headroom,
        planned=planned,
        growth=request.growth,
        grown=grown,
        winner_flips=planned.cheaper != grown.cheaper,
        calls_per_day=request.calls_per_day,
        source=request.rates.source,
        month_hours=request.month_hours,
        days_a_week=request.days_a_week,
    )


def crossover_input(rates: Rates, fee_per_call: Decimal, output_tokens: Decimal) -> Decimal | None:
    """Input tokens per call at which ``fee_per_call`` equals the per-token cost with the output held at
    ``output_tokens``: (fee − output × output rate) ÷ input rate. None when the input rate is zero; negative when
    the output alone already costs more than the fee (per-call is cheaper at any prompt size)."""
    FEE.check(fee_per_call, "fee_per_call")
    TOKENS_PER_CALL.check(output_tokens, "output_tokens")
    if rates.input <= 0:
        return None
    return (fee_per_call - token_cost(output_tokens, rates.output)) * MTOK / rates.input


class PromptCrossover(PricingModel):
    """The prompt size at which a flat fee equals the per-token cost with the output held fixed.

    ``input_tokens`` is negative when the output alone (``output_cost``) already costs more than the fee: the fee
    is then cheaper at any prompt size (``fee_always_cheaper``)."""

    fee_per_call: Decimal
    output_tokens: Decimal
    output_cost: Decimal
    input_tokens: Decimal

    @property
    def total_tokens(self) -> Decimal:
        return self.input_tokens + self.output_tokens

    @property
    def fee_always_cheaper(self) -> bool:
        return self.input_tokens <= 0


def crossover_prompt(rates: Rates, fee_per_call: Decimal, output_tokens: Decimal) -> PromptCrossover | None:
    """:func:`crossover_input` with the output's cost beside it; None when the input rate is zero."""
    prompt = crossover_input(rates, fee_per_call, output_tokens)
    if prompt is None:
        return None
    return PromptCrossover(fee_per_call=fee_per_call, output_tokens=output_tokens,
                           output_cost=token_cost(output_tokens, rates.output), input_tokens=prompt)


def growth_between(planned: tuple[Decimal, Decimal], later: tuple[Decimal, Decimal]) -> Decimal | None:
    """How many times larger a later call size (input, output tokens) is than the planned one, when both grew by
    the same factor ("2k in / 500 out ... creeping to 8k in / 2k out": 4); None in another proportion or from an
    empty planned call."""
    (plan_in, plan_out), (later_in, later_out) = planned, later
    if not plan_in or not plan_out or later_in / plan_in != later_out / plan_out:
        return None
    return later_in / plan_in


class CallsFromBill(PricingModel):
    """The calls a per-call bill pays for: bill ÷ fee, over the bill's period."""

    bill: Decimal
    fee_per_call: Decimal
    calls: Decimal


def calls_from_bill(bill: Decimal, fee_per_call: Decimal) -> CallsFromBill:
    """ "we pay $15k/mo at $0.006 a call": 2,500,000 calls a month."""
    fee = check(FEE, fee_per_call, "per_call_fee")
    if fee == 0:
        raise OutOfRangeError("per_call_fee", fee, "more than $0", "usd")
    spend = check(SPEND, bill, "fee_spend")
    return CallsFromBill(bill=spend, fee_per_call=fee, calls=spend / fee)


class FeeGap(PricingModel):
    """A per-call fee against what the same call costs at per-token rates, both given as amounts a call."""

    fee_per_call: Decimal
    per_token_per_call: Decimal
    difference: Decimal  # |fee − per-token|, what the cheaper structure saves a call
    cheaper: Winner


def fee_gap(fee_per_call: Decimal, per_token_per_call: Decimal) -> FeeGap:
    """The fee against the per-token cost of a call ("1.1 cents vs $0.008 a call": per-token is $0.003 a call
    cheaper); over a period it is that difference × the period's calls."""
    fee = check(FEE, fee_per_call, "fee_per_call")
    per_token = check(FEE, per_token_per_call, "per_token_per_call")
    return FeeGap(fee_per_call=fee, per_token_per_call=per_token, difference=abs(fee - per_token),
                  cheaper=_winner(per_token, fee))


class InputSide(PricingModel):
    """A fee against the input side of a call when only the input rate is known: what the input costs, what the fee
    leaves for the output, and the output rate at which the two structures meet."""

    fee_per_call: Decimal
    input_tokens: Decimal
    output_tokens: Decimal
    input_rate: Decimal
    input_cost: Decimal
    fee_left: Decimal  # fee − input cost; negative when the input alone costs more than the fee
    output_rate_break_even: Decimal | None  # fee_left × 1M ÷ output tokens; None without output tokens or fee left


def input_side(fee_per_call: Decimal, input_rate: Decimal, input_tokens: Decimal,
               output_tokens: Decimal) -> InputSide:
    """ "0.25c per call, calls of 600 in / 150 out, input $1/M": input 600 × $1/1M = $0.0006, leaving $0.0019 of the
    fee for 150 output tokens, so per-token is cheaper while the output rate stays below $0.0019 × 1M ÷ 150."""
    fee = check(FEE, fee_per_call, "per_call_fee")
    tin = check(TOKENS_PER_CALL, input_tokens, "input_tokens")
    tout = check(TOKENS_PER_CALL, output_tokens, "output_tokens")
    cost = token_cost(tin, input_rate)
    left = fee - cost
    return InputSide(fee_per_call=fee, input_tokens=tin, output_tokens=tout, input_rate=input_rate, input_cost=cost,
                     fee_left=left, output_rate_break_even=left * MTOK / tout if tout > 0 and left > 0 else None)


class AverageCall(PricingModel):
    """The average call of a mix of call sizes: Σ share × tokens, split at the input:output mix. Per-token cost is
    linear in tokens, so the average call's cost is the average cost a call."""

    parts: list[tuple[Decimal, Decimal]]  # (share of the calls, tokens a call)
    tokens: Decimal
    input_share: Decimal
    input_tokens: Decimal
    output_tokens: Decimal


def average_call(parts: list[tuple[Decimal, Decimal]], input_share: Decimal) -> AverageCall:
    """ "90% of calls ~1,000 tokens, 10% 20,000, 4:1 in:out": 0.9 × 1,000 + 0.1 × 20,000 = 2,900 tokens, 2,320 in /
    580 out."""
    SHARE.check(input_share, "input_share")
    for share, tokens in parts:
        SHARE.check(share, "call_share")
        TOKENS_PER_CALL.check(tokens, "tokens_per_call")
    total = sum((share * tokens for share, tokens in parts), Decimal(0))
    return AverageCall(parts=parts, tokens=total, input_share=input_share, input_tokens=total * input_share,
                       output_tokens=total * (ONE - input_share))


class CostsSetSide(PricingModel):
    """Per-token and per-call costs of the same calls, the larger and smaller of the two and what separates them."""

    per_token: Decimal
    per_call: Decimal

    @property
    def larger(self) -> Decimal:
        return max(self.per_token, self.per_call)

    @property
    def smaller(self) -> Decimal:
        return min(self.per_token, self.per_call)

    @property
    def difference(self) -> Decimal:
        """What the cheaper structure saves on these calls: larger − smaller."""
        return self.larger - self.smaller


def costs_side_by_side(per_token: Decimal, per_call: Decimal) -> CostsSetSide:
    """ "diff per 1M calls?": $8,750.00 per-token against $5,000.00 per-call, $3,750.00 apart."""
    return CostsSetSide(per_token=per_token, per_call=per_call)
