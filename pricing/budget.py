"""A buyer's budget against a per-token quote: the bill over the budget's period and the headroom (or overrun), and
how many calls the budget covers at the quote's per-call cost."""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal
from typing import Literal

from pricing.per_token import PerTokenQuote
from pricing.periods import calls_in, over_period
from pricing.validation import SPEND, PricingModel, check

BudgetPeriod = Literal["day", "week", "month", "quarter", "year"]


def _over_period(per_day: Decimal, period: BudgetPeriod) -> Decimal:
    """A daily figure over ``period``: the day itself, or :func:`pricing.periods.over_period`."""
    return per_day if period == "day" else over_period(per_day, period)


class BudgetCheck(PricingModel):
    """The quote against a budget over one period. ``bill`` and ``headroom`` (budget − bill; negative when over) are
    None without a volume; ``calls_covered`` (budget ÷ per-call cost, whole calls) is None without a per-call cost."""

    budget: Decimal
    period: BudgetPeriod
    bill: Decimal | None
    bill_input: Decimal | None
    bill_output: Decimal | None
    headroom: Decimal | None
    used_share: Decimal | None
    per_call: Decimal | None
    calls_covered: Decimal | None
    calls_in_period: Decimal | None
    #: The days the period was counted over when the ask said so ("a 30-day month"); None for the 730-hour month.
    days: Decimal | None = None

    @property
    def within(self) -> bool | None:
        return None if self.headroom is None else self.headroom >= 0


def check_budget(budget: Decimal, period: BudgetPeriod, quote: PerTokenQuote, days: Decimal | None = None
                 ) -> BudgetCheck:
    """The quote's bill over ``period`` against ``budget``, and the calls ``budget`` pays for at the per-call cost
    ("$45k a year, $0.009 a call": 5,000,000 calls a year). ``days``: the days the period is counted over when the ask
    says so ("a 30-day month"), instead of the 730-hour month."""
    amount = check(SPEND, budget, "budget")
    bill = bill_in = bill_out = headroom = share = None
    if quote.per_day is not None:
        if days is not None:
            bill_in, bill_out = quote.per_day.input * days, quote.per_day.output * days
        else:
            bill_in, bill_out = _over_period(quote.per_day.input, period), _over_period(quote.per_day.output, period)
        bill = bill_in + bill_out
        headroom = amount - bill
        share = bill / amount if amount > 0 else None
    per_call = quote.per_call.total if quote.per_call is not None else None
    # whole calls: the budget pays for this many, and the next one would pass it
    covered = (amount / per_call).to_integral_value(ROUND_FLOOR) if per_call else None
    in_period = None
    if quote.calls_per_day is not None:
        if days is not None:
            in_period = quote.calls_per_day * days
        else:
            in_period = quote.calls_per_day if period == "day" else calls_in(quote.calls_per_day, period)
    return BudgetCheck(budget=amount, period=period, bill=bill, bill_input=bill_in, bill_output=bill_out,
                       headroom=headroom, used_share=share, per_call=per_call, calls_covered=covered,
                       calls_in_period=in_period, days=days)
