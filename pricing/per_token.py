"""Per-token pricing: input and output costs separately, per call, per day and per 730-hour month."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import model_validator

from pricing.errors import OutOfRangeError
from pricing.rates import Rates
from pricing.units import MONTH_HOURS, month_from_day, token_cost
from pricing.validation import (
    CALLS,
    DISCOUNT,
    HEADS,
    SHARE,
    TERM_MONTHS,
    TOKENS,
    TOKENS_PER_CALL,
    CallsPerDay,
    PricingModel,
    check,
)


class CostSplit(PricingModel):
    """USD split into input and output (the guide asks that they never be merged silently)."""

    input: Decimal
    output: Decimal

    @property
    def total(self) -> Decimal:
        return self.input + self.output

    def scaled(self, factor: Decimal) -> CostSplit:
        return CostSplit(input=self.input * factor, output=self.output * factor)


class PerTokenRequest(PricingModel):
    """Token counts either per call (``tokens_per="call"``, default) or per day (``tokens_per="day"``)."""

    rates: Rates
    input_tokens: Decimal
    output_tokens: Decimal
    calls_per_day: CallsPerDay | None = None
    tokens_per: Literal["call", "day"] = "call"

    @model_validator(mode="after")
    def _token_bounds(self) -> PerTokenRequest:
        # Tokens with no call volume are a batch ("20M in / 5M out"), bounded like a day's tokens.
        bound = TOKENS_PER_CALL if self.tokens_per == "call" and self.calls_per_day is not None else TOKENS
        for name in ("input_tokens", "output_tokens"):
            bound.check(getattr(self, name), name)
        return self


class PerTokenQuote(PricingModel):
    """Costs of one workload; ``per_call`` is None without a call count when tokens are daily, and
    ``per_day``/``per_month`` are None when only per-call tokens and no call volume were given."""

    rates: Rates
    input_tokens_per_call: Decimal | None
    output_tokens_per_call: Decimal | None
    input_tokens_per_day: Decimal | None
    output_tokens_per_day: Decimal | None
    calls_per_day: Decimal | None
    per_call: CostSplit | None
    per_day: CostSplit | None
    per_month: CostSplit | None
    month_hours: int = MONTH_HOURS


def quote_per_token(request: PerTokenRequest) -> PerTokenQuote:
    """Input and output cost per call, per day and per month (month = day × 730 / 24)."""
    rates = request.rates
    calls = request.calls_per_day
    in_call: Decimal | None
    out_call: Decimal | None
    in_day: Decimal | None
    out_day: Decimal | None
    if request.tokens_per == "call":
        in_call, out_call = request.input_tokens, request.output_tokens
        in_day = in_call * calls if calls is not None else None
        out_day = out_call * calls if calls is not None else None
    else:
        in_day, out_day = request.input_tokens, request.output_tokens
        in_call = in_day / calls if calls else None
        out_call = out_day / calls if calls else None
    per_call = None
    if in_call is not None and out_call is not None:
        per_call = CostSplit(input=token_cost(in_call, rates.input), output=token_cost(out_call, rates.output))
    per_day = per_month = None
    if in_day is not None and out_day is not None:
        per_day = CostSplit(input=token_cost(in_day, rates.input), output=token_cost(out_day, rates.output))
        per_month = CostSplit(input=month_from_day(per_day.input), output=month_from_day(per_day.output))
    return PerTokenQuote(
        rates=rates,
        input_tokens_per_call=in_call,
        output_tokens_per_call=out_call,
        input_tokens_per_day=in_day,
        output_tokens_per_day=out_day,
        calls_per_day=calls,
        per_call=per_call,
        per_day=per_day,
        per_month=per_month,
    )


def per_token_cost(rates: Rates, input_tokens: Decimal, output_tokens: Decimal) -> CostSplit:
    """Input and output cost of a token count (no bounds beyond non-negative)."""
    for name, value in (("input_tokens", input_tokens), ("output_tokens", output_tokens)):
        if value < 0:
            raise OutOfRangeError(name, value, "0 or more", "tokens")
    return CostSplit(input=token_cost(input_tokens, rates.input), output=token_cost(output_tokens, rates.output))


def split_tokens(total: Decimal, input_share: Decimal) -> tuple[Decimal, Decimal]:
    """A token total split at an input share: ``(total × share, total × (1 − share))`` ("500M a month, 4:1")."""
    SHARE.check(input_share, "input_share")
    return total * input_share, total * (1 - input_share)


class PeakHour(PricingModel):
    """The busiest hour's tokens and cost, and the average hour's cost at a share of it."""

    input_tokens: Decimal
    output_tokens: Decimal
    cost: CostSplit
    average_share: Decimal
    #: The peak-to-average ratio the share is (3 for a third, 2.5 for 40%), when it is a short number; else None.
    divisor: Decimal | None
    average: CostSplit


def peak_hour(rates: Rates, input_tokens: Decimal, output_tokens: Decimal, average_share: Decimal) -> PeakHour:
    """The peak hour's cost and the average hour's at ``average_share`` of its tokens."""
    SHARE.check(average_share, "average_share")
    divisor = 1 / average_share
    return PeakHour(input_tokens=input_tokens, output_tokens=output_tokens,
                    cost=per_token_cost(rates, input_tokens, output_tokens), average_share=average_share,
                    divisor=divisor if divisor == divisor.quantize(Decimal("0.01")) else None,
                    average=per_token_cost(rates, input_tokens * average_share, output_tokens * average_share))


class BlendedRate(PricingModel):
    """One rate for a workload's input and output together: input share × input rate + output share × output rate
    (the bill ÷ the tokens, per 1M)."""

    input_share: Decimal
    output_share: Decimal
    rate: Decimal


class QuoteChange(PricingModel):
    """A quote after a change less the quote before it, per call, per day and per month where both have them."""

    per_day: CostSplit | None
    per_month: CostSplit | None
    per_call: CostSplit | None = None


def quote_change(before: PerTokenQuote, after: PerTokenQuote) -> QuoteChange:
    """``after`` − ``before``, input and output kept apart (negative when the bill falls)."""

    def less(a: CostSplit | None, b: CostSplit | None) -> CostSplit | None:
        return CostSplit(input=a.input - b.input, output=a.output - b.output) if a and b else None

    return QuoteChange(per_day=less(after.per_day, before.per_day), per_month=less(after.per_month, before.per_month),
                       per_call=less(after.per_call, before.per_call))


class RoutedSplit(PricingModel):
    """Calls split between two price lists by share ("70% to the small model, 30% to the large"): each list's share of
    the period's cost (the period's cost at those rates × the share) and their sum."""

    shares: tuple[Decimal, Decimal]
    parts: tuple[CostSplit, CostSplit]
    #: The calls each list serves over the period, when the calls are counted.
    calls: tuple[Decimal, Decimal] | None = None

    @property
    def total(self) -> CostSplit:
        a, b = self.parts
        return CostSplit(input=a.input + b.input, output=a.output + b.output)


def routed_split(first: CostSplit, second: CostSplit, shares: tuple[Decimal, Decimal],
                 calls: Decimal | None = None) -> RoutedSplit:
    """``first`` × the first share and ``second`` × the second: the same calls split between two price lists (the
    shares add up to 100%); ``calls``, the period's calls, split the same way."""
    for share in shares:
        SHARE.check(share, "route_share")
    split = None if calls is None else (calls * shares[0], calls * shares[1])
    return RoutedSplit(shares=shares, parts=(first.scaled(shares[0]), second.scaled(shares[1])), calls=split)


def blended_rate(rates: Rates, input_tokens: Decimal, output_tokens: Decimal) -> BlendedRate | None:
    """The blended rate of ``input_tokens`` and ``output_tokens`` at ``rates``; None when there are no tokens."""
    total = input_tokens + output_tokens
    if total <= 0:
        return None
    share = input_tokens / total
    return BlendedRate(input_share=share, output_share=1 - share, rate=share * rates.input + (1 - share) * rates.output)


class TokensAtRate(PricingModel):
    """A token count at one rate for input and output alike (a blended rate): ``tokens × rate ÷ 1M``."""

    tokens: Decimal
    rate: Decimal
    cost: Decimal


def tokens_at_rate(tokens: Decimal, rate_per_mtok: Decimal) -> TokensAtRate:
    """What ``tokens`` cost at a blended ``rate_per_mtok`` ("600M tokens a day at $4.50/M blended: $2,700")."""
    checked = TOKENS.check(tokens, "tokens")
    return TokensAtRate(tokens=checked, rate=rate_per_mtok, cost=token_cost(checked, rate_per_mtok))


class PeriodCost(PricingModel):
    """A daily cost over a period of whole days ("weekly cost?": 7 days, "annualised?": 365)."""

    period: str
    days: int
    cost: CostSplit


def cost_over_days(per_day: CostSplit, period: str, days: int) -> PeriodCost:
    """``per_day`` × ``days``, input and output kept apart."""
    whole = check(CALLS, days, "days")
    return PeriodCost(period=period, days=days, cost=per_day.scaled(whole))


class TermCost(PricingModel):
    """A monthly cost over a contract term of whole months ("a 12-month term": 12 × the 730-hour month)."""

    months: Decimal
    cost: CostSplit


def cost_over_term(per_month: CostSplit, months: Decimal) -> TermCost:
    """``per_month`` × ``months``, input and output kept apart."""
    return TermCost(months=months, cost=per_month.scaled(check(TERM_MONTHS, months, "term_months")))


class DiscountedQuote(PricingModel):
    """A quote's daily and monthly totals after a discount on the whole bill (a buyer's EA on their cloud)."""

    discount: Decimal
    per_day: Decimal
    per_month: Decimal
    month_input: Decimal
    month_output: Decimal


def after_discount(per_day: CostSplit, per_month: CostSplit, discount: Decimal) -> DiscountedQuote:
    """Daily and monthly totals × (1 − ``discount``), and each side of the month after it."""
    keep = 1 - check(DISCOUNT, discount, "ea_discount")
    return DiscountedQuote(discount=discount, per_day=per_day.total * keep, per_month=per_month.total * keep,
                           month_input=per_month.input * keep, month_output=per_month.output * keep)


class CallsCost(PricingModel):
    """The cost of a number of calls ("cost per 1k calls?", "a batch of 2M documents"), with its input and output
    parts."""

    calls: Decimal
    cost: Decimal
    input: Decimal
    output: Decimal


def cost_of_calls(per_call: CostSplit, calls: Decimal) -> CallsCost:
    """The per-call total × ``calls``; each side × ``calls`` too (input + output = cost)."""
    n = check(CALLS, calls, "calls")
    return CallsCost(calls=calls, cost=per_call.total * n, input=per_call.input * n, output=per_call.output * n)


class UnitsCost(PricingModel):
    """The cost of a number of units of work ("per 1,000 conversations, 6 turns each"): their calls at the per-call
    cost, input and output apart."""

    units: Decimal
    calls_per_unit: Decimal
    calls: Decimal
    cost: CostSplit


def cost_of_units(per_call: CostSplit, units: Decimal, calls_per_unit: Decimal) -> UnitsCost:
    """``units`` × ``calls_per_unit`` calls at ``per_call`` (1,000 conversations × 6 turns = 6,000 calls)."""
    calls = check(CALLS, units * check(CALLS, calls_per_unit, "calls_per_unit"), "calls")
    return UnitsCost(units=units, calls_per_unit=calls_per_unit, calls=calls, cost=per_call.scaled(calls))


class RowCost(PricingModel):
    """One row of a usage table priced: its tokens at its rates (per 1M), input and output apart."""

    label: str
    calls: Decimal | None
    input_tokens: Decimal
    output_tokens: Decimal
    input_rate: Decimal
    output_rate: Decimal
    cost: CostSplit


UsageRows = list[tuple[str, Decimal | None, Decimal, Decimal]]


def price_rows(rates: Rates, rows: UsageRows, own: list[tuple[Decimal, Decimal]] | None = None) -> list[RowCost]:
    """Each (label, calls, input tokens, output tokens) row at ``rates``, or at its own (input, output) rates when
    ``own`` gives one pair a row; the rows' costs add up to the total cost of their tokens at ``rates_of_rows``."""
    if own and len(own) != len(rows):
        raise OutOfRangeError("row_rates", Decimal(len(own)), f"one pair of rates for each of the {len(rows)} rows")
    out = []
    for i, (label, calls, tin, tout) in enumerate(rows):
        row_rates = rates.model_copy(update={"input": own[i][0], "output": own[i][1]}) if own else rates
        out.append(RowCost(label=label, calls=calls, input_tokens=tin, output_tokens=tout, input_rate=row_rates.input,
                           output_rate=row_rates.output, cost=per_token_cost(row_rates, tin, tout)))
    return out


def rates_of_rows(rows: UsageRows, own: list[tuple[Decimal, Decimal]], source: str) -> Rates:
    """The one input and one output rate that price the rows' summed tokens as their own rates price each row: each
    side's cost over its tokens (a side with no tokens: the rows' plain average rate, which prices nothing)."""
    if not own or len(own) != len(rows):
        raise OutOfRangeError("row_rates", Decimal(len(own)), f"one pair of rates for each of the {len(rows)} rows")
    blended = []
    for side in (0, 1):
        tokens = [(tin, tout)[side] for _, _, tin, tout in rows]
        rates = [pair[side] for pair in own]
        total = sum(tokens, Decimal(0))
        cost = sum((count * rate for count, rate in zip(tokens, rates, strict=True)), Decimal(0))
        blended.append(cost / total if total > 0 else sum(rates, Decimal(0)) / len(rates))
    return Rates(input=blended[0], output=blended[1], source=source)


class SideShares(PricingModel):
    """Each side's share of a cost: input ÷ (input + output) and output ÷ (input + output)."""

    input: Decimal
    output: Decimal


def side_shares(cost: CostSplit) -> SideShares | None:
    """The input and output shares of ``cost`` ("what share of the bill is output?"); None for a cost of nothing."""
    total = cost.total
    if total <= 0:
        return None
    return SideShares(input=cost.input / total, output=cost.output / total)


class HeadCost(PricingModel):
    """A cost shared by a number of seats, users or streams, and each one's share of it."""

    heads: Decimal
    cost: CostSplit
    each: CostSplit


def cost_per_head(cost: CostSplit, heads: Decimal) -> HeadCost:
    """``cost`` ÷ ``heads``, input and output kept apart ("800 seats ... what's that per seat?")."""
    n = check(HEADS, heads, "heads")
    return HeadCost(heads=heads, cost=cost, each=CostSplit(input=cost.input / n, output=cost.output / n))
