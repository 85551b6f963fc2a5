"""Provisioned throughput: break-even utilization, cost at a utilization, capacity form, peak sizing.

At a discount d versus on-demand, committed capacity used at utilization u costs (1 − d) / u of what the
same tokens cost on demand; it breaks even at u = 1 − d. The commitment optimiser lives in
:mod:`pricing.commitment`.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal
from typing import Literal

from pricing.rates import Rates
from pricing.units import MONTH_HOURS, hours_in, token_cost
from pricing.validation import (
    ACTIVE_DAYS,
    ACTIVE_HOURS,
    DISCOUNT,
    MAX_RATE,
    ONE,
    PERIOD_HOURS,
    RATE,
    SHARE,
    SPEND,
    THROUGHPUT,
    TOKENS,
    UNIT_PRICE,
    UNITS,
    UTILIZATION,
    ZERO,
    Bound,
    Discount,
    PeakToAverage,
    PeriodHours,
    PricingModel,
    Share,
    Throughput,
    UnitPrice,
    Units,
    Utilization,
    check,
)

Direction = Literal["below", "above", "equal"]
_MILLION = Decimal(1_000_000)
MINUTES_A_DAY = Decimal(1_440)


def break_even_utilization(discount: Decimal) -> Decimal:
    """Utilization at which provisioned costs the same as on-demand: 1 − discount (fractions)."""
    return ONE - check(DISCOUNT, discount, "discount")


def duty_cycle(hours_per_day: Decimal, days_per_week: Decimal = Decimal(7), load: Decimal = ONE) -> Decimal:
    """Utilization of capacity reserved around the clock (168 hours a week) by a load that uses ``load`` of it (flat
    out: all of it) ``hours_per_day`` hours on ``days_per_week`` days and is idle otherwise:
    load × hours × days ÷ 168."""
    hours = check(ACTIVE_HOURS, hours_per_day, "active_hours")
    days = check(ACTIVE_DAYS, days_per_week, "active_days")
    share = check(UTILIZATION, load, "utilization")
    return share * hours * days / Decimal(168)


def duty_cycle_over_month(hours_per_day: Decimal, days_per_month: Decimal, load: Decimal = ONE) -> Decimal:
    """The same over a 730-hour month for a load that runs on ``days_per_month`` days ("10 hours a business day, 22
    business days a month": 220 of 730 hours): load × hours × days ÷ 730."""
    hours = check(ACTIVE_HOURS, hours_per_day, "active_hours")
    days = check(_DAYS_A_MONTH, days_per_month, "days_per_month")
    share = check(UTILIZATION, load, "utilization")
    return share * hours * days / Decimal(MONTH_HOURS)


def ratio_change(ratio: Decimal | None) -> Decimal | None:
    """How far a cost ratio is from on-demand, as a fraction: |1 − ratio| (0.75 of on-demand: 25% less)."""
    return None if ratio is None else abs(ONE - ratio)


def _direction(ratio: Decimal) -> Direction:
    if ratio < ONE:
        return "below"
    if ratio > ONE:
        return "above"
    return "equal"


class UtilizationRequest(PricingModel):
    """Discount versus on-demand and the expected sustained utilization, both fractions."""

    discount: Discount
    utilization: Utilization


class UtilizationComparison(PricingModel):
    """Provisioned cost relative to on-demand at one utilization.

    ``cost_ratio`` = (1 − d) / u; ``change`` = |ratio − 1| as a fraction; ``direction`` says whether the
    provisioned cost is below or above on-demand.
    """

    discount: Decimal
    utilization: Decimal
    break_even_utilization: Decimal
    cost_ratio: Decimal
    change: Decimal
    direction: Direction

    @property
    def savings(self) -> Decimal:
        """Fraction saved versus on-demand (negative when it is a premium)."""
        return ONE - self.cost_ratio


def compare_at_utilization(request: UtilizationRequest) -> UtilizationComparison:
    """Cost ratio of provisioned to on-demand at a utilization, with the break-even point."""
    ratio = (ONE - request.discount) / request.utilization
    return UtilizationComparison(
        discount=request.discount,
        utilization=request.utilization,
        break_even_utilization=ONE - request.discount,
        cost_ratio=ratio,
        change=abs(ratio - ONE),
        direction=_direction(ratio),
    )


class PeakSizingRequest(PricingModel):
    """Capacity sized for the peak of a load with this peak-to-average ratio (PAR ≥ 1)."""

    peak_to_average: PeakToAverage
    discount: Discount


class PeakSizing(PricingModel):
    """Sized for peak, capacity runs at 1/PAR utilization on average; cost ratio = (1 − d) × PAR. It breaks even at a
    discount of 1 − 1/PAR."""

    peak_to_average: Decimal
    discount: Decimal
    utilization: Decimal
    comparison: UtilizationComparison

    @property
    def break_even_discount(self) -> Decimal:
        """The discount at which capacity sized for the peak costs the same as on-demand."""
        return ONE - self.utilization


def size_for_peak(request: PeakSizingRequest) -> PeakSizing:
    """Average utilization and cost ratio when capacity is bought for the peak."""
    utilization = ONE / request.peak_to_average
    comparison = compare_at_utilization(UtilizationRequest(discount=request.discount, utilization=utilization))
    return PeakSizing(
        peak_to_average=request.peak_to_average,
        discount=request.discount,
        utilization=utilization,
        comparison=comparison,
    )


class CapacityRequest(PricingModel):
    """Units of provisioned capacity at a price per unit-hour against on-demand rates.

    ``tokens_per_minute_per_unit`` is the throughput one unit sustains; ``input_share`` the fraction of
    those tokens that are input (the rest output); ``hours`` the billing period (default 730, a month).
    """

    rates: Rates
    units: Units
    price_per_unit_hour: UnitPrice
    tokens_per_minute_per_unit: Throughput
    input_share: Share
    utilization: Utilization = ONE
    hours: PeriodHours = Decimal(MONTH_HOURS)


class CapacityComparison(PricingModel):
    """Provisioned bill against the on-demand cost of the tokens those units serve at ``utilization``.

    ``implied_discount`` compares at full use; ``break_even_utilization`` is where both bills are equal
    (above 100% means the units never pay back at these rates).
    """

    units: Decimal
    hours: Decimal
    utilization: Decimal
    provisioned_cost: Decimal
    input_tokens_served: Decimal
    output_tokens_served: Decimal
    on_demand_input_cost: Decimal
    on_demand_output_cost: Decimal
    on_demand_cost: Decimal
    cost_ratio: Decimal | None
    direction: Direction | None
    implied_discount: Decimal | None
    break_even_utilization: Decimal | None
    #: What one unit-hour of tokens at full use costs on-demand (tokens a unit serves in an hour × the rate at the
    #: mix): the break-even utilization is the unit-hour price ÷ this.
    on_demand_per_unit_hour: Decimal | None = None
    tokens_per_unit_hour: Decimal | None = None
    input_share: Decimal | None = None  # the input share of the tokens served
    month_hours: int = MONTH_HOURS

    @property
    def tokens_served(self) -> Decimal:
        return self.input_tokens_served + self.output_tokens_served

    @property
    def billed_unit_hours(self) -> Decimal:
        """Units × hours: what the unit-hour price is multiplied by to give the provisioned bill."""
        return self.units * self.hours

    @property
    def change(self) -> Decimal | None:
        """How far the provisioned bill is from on-demand, as a fraction (|1 − cost ratio|)."""
        return ratio_change(self.cost_ratio)

    @property
    def input_tokens_per_unit_hour(self) -> Decimal | None:
        """The input side of what one unit serves in an hour at full load (tokens a unit-hour × the input share)."""
        if self.tokens_per_unit_hour is None or self.input_share is None:
            return None
        return self.tokens_per_unit_hour * self.input_share

    @property
    def output_tokens_per_unit_hour(self) -> Decimal | None:
        """The output side of what one unit serves in an hour at full load."""
        if self.tokens_per_unit_hour is None or self.input_share is None:
            return None
        return self.tokens_per_unit_hour * (ONE - self.input_share)

    @property
    def saving(self) -> Decimal:
        """On-demand cost of the tokens served − the provisioned bill: positive when the units cost less."""
        return self.on_demand_cost - self.provisioned_cost

    @property
    def cost_per_million_served(self) -> Decimal | None:
        """The provisioned bill per 1M tokens actually served: bill ÷ tokens served × 1M ($9 an hour for 1.2M tokens
        an hour used: $7.50 per 1M). None when nothing is served."""
        served = self.tokens_served
        return self.provisioned_cost / served * _MILLION if served > 0 else None

    @property
    def on_demand_per_million(self) -> Decimal | None:
        """What the same tokens cost on-demand per 1M (the blended rate, or the input and output rates at the mix)."""
        served = self.tokens_served
        return self.on_demand_cost / served * _MILLION if served > 0 else None


def input_share_of(input_tokens: Decimal, output_tokens: Decimal) -> Decimal | None:
    """The input share of a call's tokens (the mix capacity serves); None for an empty call."""
    total = input_tokens + output_tokens
    return input_tokens / total if total else None


_ON_DEMAND_RATE = Bound(ZERO, MAX_RATE, "usd_per_mtok", low_open=True)


def discount_from_rates(on_demand_rate: Decimal, provisioned_rate: Decimal) -> Decimal:
    """The discount a provisioned rate at full utilization gives against the on-demand rate, both in USD per 1M
    tokens: 1 − provisioned ÷ on-demand ($6.50 against $10.00: 35%). Range-checked as a discount (0 to 100%)."""
    on_demand = _ON_DEMAND_RATE.check(on_demand_rate, "on_demand_rate")
    provisioned = RATE.check(provisioned_rate, "provisioned_rate")
    return DISCOUNT.check(ONE - provisioned / on_demand, "discount")


def discount_from_saving(utilization: Decimal, saving: Decimal) -> Decimal:
    """The discount a claimed saving at a sustained utilization implies: the cost ratio (1 − d) ÷ u is 1 − s, so
    d = 1 − u × (1 − s) ("at 80% utilization they save 30%": 1 − 0.8 × 0.7 = 44%)."""
    checked = check(UTILIZATION, utilization, "utilization")
    s = check(DISCOUNT, saving, "target_saving")  # a saving is a share below 100%, as a discount is
    return ONE - checked * (ONE - s)  # (a utilization in (0, 1] and a saving in [0, 1) leave a discount in [0, 1))


def discount_to_break_even(utilization: Decimal) -> Decimal:
    """The provisioned discount that breaks even at a sustained utilization: 1 − utilization (range-checked)."""
    checked = UtilizationRequest(discount=Decimal(0), utilization=utilization).utilization
    return ONE - checked


def compare_capacity(request: CapacityRequest) -> CapacityComparison:
    """units × $/unit-hour × hours versus on-demand cost of units × throughput × 60 × hours × utilization."""
    provisioned = request.units * request.price_per_unit_hour * request.hours
    capacity_tokens = request.units * request.tokens_per_minute_per_unit * 60 * request.hours
    served = capacity_tokens * request.utilization
    input_served = served * request.input_share
    output_served = served - input_served
    in_cost = token_cost(input_served, request.rates.input)
    out_cost = token_cost(output_served, request.rates.output)
    on_demand = in_cost + out_cost
    full_use = on_demand / request.utilization
    ratio = provisioned / on_demand if on_demand else None
    return CapacityComparison(
        units=request.units,
        hours=request.hours,
        utilization=request.utilization,
        provisioned_cost=provisioned,
        input_tokens_served=input_served,
        output_tokens_served=output_served,
        on_demand_input_cost=in_cost,
        on_demand_output_cost=out_cost,
        on_demand_cost=on_demand,
        cost_ratio=ratio,
        direction=_direction(ratio) if ratio is not None else None,
        implied_discount=ONE - provisioned / full_use if full_use else None,
        break_even_utilization=provisioned / full_use if full_use else None,
        on_demand_per_unit_hour=full_use / (request.units * request.hours),  # both validated > 0
        tokens_per_unit_hour=request.tokens_per_minute_per_unit * 60,
        input_share=request.input_share,
    )


_DAYS_A_MONTH = Bound(Decimal(0), Decimal(31), "count", low_open=True)


def billed_hours(hours_a_day: Decimal, days_a_month: Decimal) -> Decimal:
    """Hours a month of capacity billed only while it runs: hours a day × days a month (10 h × 22 days = 220 h)."""
    return check(ACTIVE_HOURS, hours_a_day, "active_hours") * check(_DAYS_A_MONTH, days_a_month, "days_per_month")


class UnitsAgainstSpend(PricingModel):
    """Units billed by the hour against the on-demand cost of the traffic they carry, over the same hours."""

    provisioned: Decimal
    on_demand: Decimal
    difference: Decimal  # on-demand − provisioned: positive when the units cost less
    break_even_load: Decimal | None  # with the on-demand cost stated at full load: the load where they cost the same
    cost_ratio: Decimal | None = None  # provisioned ÷ on-demand (None when the on-demand side is zero)


class UnitHourWorth(PricingModel):
    """One unit-hour at full load: what its traffic costs on-demand, and the discount the unit-hour price amounts to."""

    unit_hours: Decimal  # units × hours: the unit-hours the on-demand cost is spread over
    on_demand: Decimal  # on-demand cost of one unit's traffic for an hour at full load
    implied_discount: Decimal  # 1 − unit-hour price ÷ that cost (negative when the unit costs more)


def unit_hour_worth(units: Decimal, price_per_unit_hour: Decimal, hours: Decimal,
                    on_demand_at_full_load: Decimal) -> UnitHourWorth | None:
    """The on-demand cost of the units' traffic at full load over ``hours``, per unit-hour: that cost ÷ (units ×
    hours); the unit-hour price against it is the discount the units amount to. None when there is nothing to divide."""
    spend = check(SPEND, on_demand_at_full_load, "on_demand_spend")
    if units <= 0 or hours <= 0 or spend <= 0:
        return None
    worth = spend / (units * hours)
    return UnitHourWorth(unit_hours=units * hours, on_demand=worth, implied_discount=1 - price_per_unit_hour / worth)


class BillAgainstSpend(PricingModel):
    """A provisioned bill stated in dollars against an on-demand spend over the same period. With the on-demand spend
    stated for the capacity at full use: the break-even load (bill ÷ that spend), the discount the bill amounts to,
    and at a stated load the on-demand cost of what is carried."""

    provisioned: Decimal
    on_demand: Decimal  # the on-demand cost of the traffic carried (at ``load`` when the spend is at full use)
    difference: Decimal  # on-demand − provisioned: positive when provisioned costs less
    cost_ratio: Decimal | None
    full_use: Decimal | None = None  # the on-demand spend stated for the whole capacity at full use
    load: Decimal | None = None
    break_even_load: Decimal | None = None
    implied_discount: Decimal | None = None

    @property
    def change(self) -> Decimal | None:
        """How far the bill is from on-demand, as a fraction: |1 − cost ratio|."""
        return ratio_change(self.cost_ratio)


def bill_against_spend(provisioned: Decimal, on_demand: Decimal, *, at_full_use: bool = False,
                       load: Decimal | None = None) -> BillAgainstSpend:
    """``provisioned`` against ``on_demand`` over one period. ``at_full_use``: ``on_demand`` is what the whole capacity
    would cost on-demand fully used, so the break-even load is provisioned ÷ on_demand, the implied discount 1 − that,
    and with ``load`` the traffic carried costs on_demand × load ($52k against $85k at full use breaks even at
    61.18%, a 38.82% discount)."""
    bill = check(SPEND, provisioned, "provisioned_spend")
    spend = check(SPEND, on_demand, "on_demand_spend")
    carried = spend * check(UTILIZATION, load, "utilization") if at_full_use and load is not None else spend
    break_even = bill / spend if at_full_use and spend > 0 else None
    return BillAgainstSpend(
        provisioned=bill, on_demand=carried, difference=carried - bill,
        cost_ratio=bill / carried if carried > 0 else None, full_use=spend if at_full_use else None,
        load=load if at_full_use else None, break_even_load=break_even,
        implied_discount=None if break_even is None else ONE - break_even,
    )


def units_bill(units: Decimal, price_per_unit_hour: Decimal, hours: Decimal) -> Decimal:
    """What provisioned units cost over ``hours``: units × price per unit-hour × hours (3 × $4.80 × 730 h =
    $10,512), the on-demand spend the commitment has to beat."""
    return check(UNITS, units, "units") * check(UNIT_PRICE, price_per_unit_hour, "unit_hour_price") * check(
        PERIOD_HOURS, hours, "hours")


def break_even_tokens(bill: Decimal, on_demand_rate: Decimal) -> Decimal:
    """The tokens whose on-demand cost equals a provisioned bill: bill ÷ (rate per 1M ÷ 1M) ($8,640 a month at $4 per
    1M: 2,160,000,000 tokens a month); fewer tokens cost less on-demand, more cost less on the units."""
    spend = check(SPEND, bill, "provisioned_spend")
    rate = _ON_DEMAND_RATE.check(on_demand_rate, "on_demand_rate")
    return spend / rate * _MILLION


def units_against_spend(
    units: Decimal, price_per_unit_hour: Decimal, hours: Decimal, on_demand: Decimal, load: Decimal | None = None
) -> UnitsAgainstSpend:
    """``units`` × ``price_per_unit_hour`` × ``hours`` against ``on_demand`` for the same hours. With ``load``, the
    on-demand figure is what the units would carry at full load, so the traffic actually carried costs
    ``on_demand`` × ``load`` and the units break even at a load of provisioned ÷ ``on_demand``."""
    bill = units_bill(units, price_per_unit_hour, hours)
    spend = check(SPEND, on_demand, "on_demand_spend")
    carried = spend if load is None else spend * check(UTILIZATION, load, "utilization")
    return UnitsAgainstSpend(
        provisioned=bill, on_demand=carried, difference=carried - bill,
        break_even_load=bill / spend if load is not None and spend > 0 else None,
        cost_ratio=bill / carried if carried > 0 else None,
    )


class BillAtUtilization(PricingModel):
    """An on-demand bill moved to provisioned throughput at one utilization: the new bill and what it saves
    (negative when provisioned costs more) in the same period."""

    comparison: UtilizationComparison
    on_demand: Decimal
    bill: Decimal
    saving: Decimal


def bill_at_utilization(on_demand_spend: Decimal, comparison: UtilizationComparison) -> BillAtUtilization:
    """The provisioned bill for traffic that costs ``on_demand_spend`` on-demand: spend × (1 − d) ÷ u."""
    spend = check(SPEND, on_demand_spend, "on_demand_spend")
    bill = spend * comparison.cost_ratio
    return BillAtUtilization(comparison=comparison, on_demand=spend, bill=bill, saving=spend - bill)


class BillInPeriod(PricingModel):
    """A new bill and what it saves, restated from the period the on-demand spend was stated in to another at the same
    hourly rate (a 730-hour month, an 8,760-hour year): the on-demand spend × ``hours`` ÷ ``stated_hours``, then
    its provisioned bill at the same cost ratio. ``peak_to_average`` is set when the capacity is sized for peak
    (the ratio is then (1 − d) × PAR)."""

    period: str
    stated_period: str
    hours: Decimal
    stated_hours: Decimal
    stated_on_demand: Decimal
    comparison: UtilizationComparison
    on_demand: Decimal
    bill: Decimal
    saving: Decimal
    peak_to_average: Decimal | None = None


def bill_in_period(bill: BillAtUtilization, stated: str, wanted: str,
                   peak_to_average: Decimal | None = None, month_hours: Decimal | None = None) -> BillInPeriod:
    """``bill`` (per ``stated`` period) per ``wanted`` period: "$20,000 a month on-demand ... what a year?"; a month
    the ask counts in days ("call it 30 days a month") is ``month_hours`` long instead of 730 hours."""
    hours, stated_hours = (month_hours if p == "month" and month_hours else hours_in(p) for p in (wanted, stated))
    on_demand = bill.on_demand * hours / stated_hours
    new = on_demand * bill.comparison.cost_ratio
    return BillInPeriod(
        period=wanted, stated_period=stated, hours=hours, stated_hours=stated_hours, stated_on_demand=bill.on_demand,
        comparison=bill.comparison, on_demand=on_demand, bill=new, saving=on_demand - new,
        peak_to_average=peak_to_average,
    )


class BreakEvenLines(PricingModel):
    """Provisioned throughput against on-demand across utilization: serving a load at utilization ``u`` on demand
    costs ``u × F`` (``F``: the on-demand cost of what the capacity serves at full use), while the provisioned
    bill is ``(1 − d) × F`` whatever the use; the two meet at the break-even utilization ``1 − d``. ``F`` is 1
    (costs relative to on-demand at full use) unless a monthly bill is known, then ``F = bill ÷ (1 − d)``."""

    discount: Decimal
    break_even_utilization: Decimal
    full_use_on_demand: Decimal
    provisioned: Decimal

    def on_demand_at(self, utilization: Decimal) -> Decimal:
        """The on-demand cost of the load at ``utilization``: u × F."""
        return check(SHARE, utilization, "utilization") * self.full_use_on_demand

    def gap_at(self, utilization: Decimal) -> Decimal:
        """On-demand minus provisioned at ``utilization`` (negative: provisioned costs more)."""
        return self.on_demand_at(utilization) - self.provisioned


def break_even_lines(discount: Decimal, monthly_bill: Decimal | None = None) -> BreakEvenLines:
    """The two cost lines at ``discount``, relative or (with ``monthly_bill``, USD per 730-hour month) in USD."""
    be = break_even_utilization(discount)
    full = ONE if monthly_bill is None else check(UNIT_PRICE, monthly_bill, "monthly_bill") / be
    return BreakEvenLines(discount=ONE - be, break_even_utilization=be, full_use_on_demand=full, provisioned=be * full)


def utilization_for_peak(peak_to_average: Decimal) -> Decimal:
    """Average utilization of capacity sized for peak: 1 ÷ PAR (PAR ≥ 1)."""
    par = PeakSizingRequest(peak_to_average=peak_to_average, discount=Decimal(0)).peak_to_average
    return ONE / par


def utilization_for_saving(discount: Decimal, saving: Decimal) -> Decimal:
    """The sustained utilization at which provisioned costs ``saving`` less than on-demand: (1 − d) ÷ (1 − s), since the
    cost ratio at utilization u is (1 − d) ÷ u. Above 100% the saving cannot be reached at that discount."""
    d = UtilizationRequest(discount=discount, utilization=ONE).discount
    s = UtilizationRequest(discount=saving, utilization=ONE).discount  # a saving is a share below 100%, as a discount
    return (ONE - d) / (ONE - s)


def max_peak_to_average(discount: Decimal) -> Decimal:
    """The highest peak-to-average ratio at which capacity sized for peak still breaks even: sized for peak it runs at
    1 ÷ PAR, and it breaks even at 1 − d, so PAR = 1 ÷ (1 − d) (a 45% discount: 1 ÷ 0.55 = 1.82)."""
    return ONE / break_even_utilization(discount)


class UnitsForLoad(PricingModel):
    """How many units carry an average load of ``average`` tokens a minute at ``per_unit`` tokens a minute each, sized
    for a peak ``peak_to_average`` times that average (1: a steady load): ``exact`` units would be full at the peak,
    ``units`` is that rounded up to whole units, which run at ``utilization`` on average."""

    average: Decimal
    per_unit: Decimal
    peak_to_average: Decimal
    exact: Decimal
    units: Decimal
    utilization: Decimal

    @property
    def peak(self) -> Decimal:
        """The load the units are sized for: average × PAR tokens a minute."""
        return self.average * self.peak_to_average

    @property
    def for_average(self) -> Decimal:
        """The units the average alone fills (average ÷ per unit): the floor for any load."""
        return self.average / self.per_unit


def units_for_load(average: Decimal, per_unit: Decimal, peak_to_average: Decimal = ONE) -> UnitsForLoad:
    """Units to provision for a load: ⌈average × PAR ÷ per unit⌉, running at average ÷ (units × per unit) on average
    (2M tokens a minute at 50k a unit and a PAR of 3: 120 units at 33.33%)."""
    average = check(THROUGHPUT, average, "average_tokens_per_minute")
    per_unit = check(THROUGHPUT, per_unit, "tokens_per_minute_per_unit")
    par = PeakSizingRequest(peak_to_average=peak_to_average, discount=ZERO).peak_to_average
    exact = average * par / per_unit
    units = exact.to_integral_value(rounding=ROUND_CEILING)
    return UnitsForLoad(average=average, per_unit=per_unit, peak_to_average=par, exact=exact, units=units,
                        utilization=average / (units * per_unit))


class CapacityForLoad(PricingModel):
    """The throughput to commit for an average load of ``average`` tokens a minute sized for a peak ``peak_to_average``
    times that average: ``capacity`` tokens a minute, which run at ``utilization`` (1 ÷ the ratio) on average."""

    average: Decimal
    peak_to_average: Decimal
    capacity: Decimal
    utilization: Decimal


def capacity_for_load(average: Decimal, peak_to_average: Decimal = ONE) -> CapacityForLoad:
    """Throughput to commit for a load, in tokens a minute: average × PAR, busy 1 ÷ PAR of the time on average
    (2M tokens a minute at a PAR of 1.5: 3M tokens a minute at 66.67%)."""
    average = check(THROUGHPUT, average, "average_tokens_per_minute")
    par = PeakSizingRequest(peak_to_average=peak_to_average, discount=ZERO).peak_to_average
    return CapacityForLoad(average=average, peak_to_average=par, capacity=average * par, utilization=1 / par)


def capacity_per_day(units: Decimal, tokens_per_minute_per_unit: Decimal) -> Decimal:
    """The tokens the units can serve in a day: units × tokens a minute × 1,440."""
    return check(UNITS, units, "units") * check(THROUGHPUT, tokens_per_minute_per_unit,
                                                "tokens_per_minute_per_unit") * MINUTES_A_DAY


def traffic_utilization(tokens_per_day: Decimal, units: Decimal, tokens_per_minute_per_unit: Decimal) -> Decimal:
    """The share of the units' capacity a day's traffic fills: tokens a day ÷ :func:`capacity_per_day`
    (60M tokens a day on capacity for 100M a day: 60%). Above 100% the traffic does not fit the units."""
    return check(TOKENS, tokens_per_day, "tokens_per_day") / capacity_per_day(units, tokens_per_minute_per_unit)


def on_demand_of_use(full_capacity_on_demand: Decimal, utilization: Decimal) -> Decimal:
    """The on-demand cost of the tokens actually used when the whole committed capacity would cost
    ``full_capacity_on_demand`` on-demand at full use: that cost × utilization ($50,000 × 55% = $27,500)."""
    return check(SPEND, full_capacity_on_demand, "on_demand_spend") * check(UTILIZATION, utilization, "utilization")


_COMMITMENT = Bound(ZERO, SPEND.high, "usd", low_open=True)  # a commitment of $0 buys no capacity


class CommitmentAgainstUse(PricingModel):
    """A commitment's price over its term against the on-demand cost of what is forecast to be used over the same term:
    the capacity bought at on-demand prices is commitment ÷ (1 − d), so the utilization is consumption ÷ that."""

    commitment: Decimal
    discount: Decimal
    capacity_on_demand: Decimal
    consumption: Decimal
    utilization: Decimal
    difference: Decimal  # commitment − consumption: positive when the commitment costs more than on-demand
    cost_ratio: Decimal | None  # commitment ÷ consumption (None when nothing is forecast to be used)


def commitment_against_use(commitment: Decimal, discount: Decimal, consumption: Decimal) -> CommitmentAgainstUse:
    """$480,000 committed at 32% off buys $705,882.35 of on-demand capacity; $300,000 of forecast on-demand
    consumption uses 42.5% of it, and the commitment costs $180,000 more than paying on-demand for it."""
    paid = check(_COMMITMENT, commitment, "commitment_value")
    used = check(SPEND, consumption, "on_demand_spend")
    capacity = paid / break_even_utilization(discount)
    return CommitmentAgainstUse(
        commitment=paid, discount=discount, capacity_on_demand=capacity, consumption=used,
        utilization=used / capacity, difference=paid - used,
        cost_ratio=paid / used if used > 0 else None,
    )


def capacity_bought(commitment: Decimal, discount: Decimal) -> Decimal:
    """What a commitment's capacity is worth on-demand at full use: commitment ÷ (1 − d) ($30,000 a month at 35% off
    buys $46,153.85 a month of on-demand capacity)."""
    return check(_COMMITMENT, commitment, "commitment_value") / break_even_utilization(discount)


def effective_rate(on_demand_rate: Decimal, comparison: UtilizationComparison) -> Decimal:
    """What a token actually used costs on provisioned capacity, per 1M tokens: the on-demand rate × (1 − d) ÷ u
    ($8.00 at 35% off and 80% utilization: $6.50; at 50%: $10.40)."""
    return RATE.check(on_demand_rate, "on_demand_rate") * comparison.cost_ratio
