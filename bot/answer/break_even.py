"""The break-even answer: provisioned capacity against on-demand (utilization, peak sizing, units against a
spend, commitment plans)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.answer import AnswerBase
from bot.parse.models import new_list
from pricing.commitment import CommitmentPlan
from pricing.per_token import CostSplit, TokensAtRate
from pricing.provisioned import (
    BillAgainstSpend,
    BillAtUtilization,
    BillInPeriod,
    CapacityComparison,
    CapacityForLoad,
    CommitmentAgainstUse,
    PeakSizing,
    UnitsForLoad,
    UtilizationComparison,
)
from pricing.rates import Rates


class UnitHours(BaseModel):
    """Provisioned units at a unit-hour price over a period's hours."""

    model_config = ConfigDict(defer_build=True)  # built when first used, not by every command

    units: Decimal
    unit_hour_price: Decimal
    hours: Decimal
    period: str

    @property
    def billed_unit_hours(self) -> Decimal:
        """Units × hours: what the unit-hour price is multiplied by to give the provisioned bill."""
        return self.units * self.hours


class UnitsVsSpend(UnitHours):
    """Provisioned units at a unit-hour price against the on-demand spend they would replace, per period."""

    provisioned: Decimal
    on_demand: Decimal
    difference: Decimal
    #: With the on-demand cost stated at full load: that cost over the period, the average load, the break-even load.
    full_load: Decimal | None = None
    load: Decimal | None = None
    break_even_load: Decimal | None = None
    #: Provisioned ÷ on-demand over the period (below 1: the units cost less).
    cost_ratio: Decimal | None = None
    #: Units billed only over the active hours: (hours a day, days a month) that make up ``hours``.
    billed: tuple[Decimal, Decimal] | None = None
    #: With the on-demand cost stated at full load: one unit-hour's traffic on-demand and the discount the price makes.
    unit_hour_on_demand: Decimal | None = None
    unit_hours: Decimal | None = None
    implied_discount: Decimal | None = None

    @property
    def change(self) -> Decimal | None:
        """How far the units' bill is from on-demand, as a fraction: |1 − cost ratio|."""
        from pricing.provisioned import ratio_change

        return ratio_change(self.cost_ratio)


class SpendOverPeriod(BaseModel):
    """A commitment and the on-demand spend it replaces, stated over a day, restated over a longer period at the same
    hourly rate."""

    model_config = ConfigDict(defer_build=True)

    name: str
    hours: Decimal
    stated_hours: Decimal
    bill: Decimal
    spend: Decimal
    saved: Decimal  # spend − bill
    #: At the utilization named: on-demand for the traffic used over the period, and provisioned's saving against it.
    used_spend: Decimal | None = None
    used_saved: Decimal | None = None

    @classmethod
    def of(cls, name: str, hours: Decimal, stated_hours: Decimal, amounts: list[Decimal]) -> SpendOverPeriod:
        """From the amounts in the order the router restates them: bill, spend, saved[, used spend, used saved]."""
        used = dict(zip(("used_spend", "used_saved"), amounts[3:], strict=False))
        return cls(name=name, hours=hours, stated_hours=stated_hours, bill=amounts[0], spend=amounts[1],
                   saved=amounts[2], **used)


class UnitsBill(UnitHours):
    """Provisioned units at a unit-hour price over a period, with nothing yet to set them against."""

    bill: Decimal


class Check(BaseModel):
    """A figure the rep states and asks to confirm ("does 25% off really break even at 75%?", "so they'd save $2k,
    right?"), against the figure worked out: what is checked, the two values, and whether the claim holds."""

    model_config = ConfigDict(defer_build=True)  # built when first used, not by every command

    #: "cheaper": the claim is that provisioned costs less; "loss": the question is whether it costs more ("did we lose
    #: money vs on-demand?"), so ``holds`` means it does.
    kind: Literal["break_even", "saving", "cheaper", "loss"]
    claimed: Decimal | None
    actual: Decimal
    holds: bool
    #: asked both ways ("did it pay off or are we underwater?"): the reply leads with the outcome, not yes or no
    either: bool = False
    #: worked from the bills said (the units' bill against on-demand's), not from a utilization
    from_bills: bool = False


class AtDiscount(BaseModel):
    """Another discount of the same break-even ask: its break-even, and its cost against on-demand at each stated
    utilization, sized for peak, and as a bill on the stated spend."""

    model_config = ConfigDict(defer_build=True)  # built when first used, not by every command

    discount: Decimal
    break_even: Decimal
    comparisons: list[UtilizationComparison] = Field(default_factory=new_list)
    peak: PeakSizing | None = None
    bills: list[BillAtUtilization] = Field(default_factory=new_list)


class TrafficCost(BaseModel):
    """The on-demand cost of the tokens provisioned units would carry, over the period the units are billed."""

    model_config = ConfigDict(defer_build=True)  # built when first used, not by every command

    period: str
    input_tokens: Decimal
    output_tokens: Decimal
    rates: Rates
    cost: CostSplit


class CapacityValue(BaseModel):
    """The on-demand side of a commitment priced in dollars against tokens, over the commitment's period: the rate
    (blended from input and output rates at a mix when ``mix`` is set), the whole capacity at full use, the traffic."""

    model_config = ConfigDict(defer_build=True)  # built when first used, not by every command

    period: str
    rate: Decimal
    mix: tuple[Rates, Decimal, Decimal] | None = None  # (rates, input share, output share) the rate was blended from
    full: TokensAtRate | None = None
    traffic: TokensAtRate | None = None


class BreakEvenAnswer(AnswerBase):
    kind: Literal["break_even"] = "break_even"
    discount: Decimal | None = None
    #: (on-demand rate, provisioned rate, the discount between them) when the discount was read from two rates.
    discount_from_rates: tuple[Decimal, Decimal, Decimal] | None = None
    #: (utilization, the saving claimed there, the discount it implies) when the discount was read from that claim.
    discount_from_saving: tuple[Decimal, Decimal, Decimal] | None = None
    #: With it, the discount at which that utilization only breaks even (1 − utilization).
    break_even_discount: Decimal | None = None
    break_even: Decimal | None = None
    comparisons: list[UtilizationComparison] = Field(default_factory=new_list)
    peak: PeakSizing | None = None
    #: (utilization, the discount that breaks even there) when no discount was given.
    needed_discounts: list[tuple[Decimal, Decimal]] = Field(default_factory=new_list)
    #: No discount said, capacity sized for peak: (the peak-to-average ratio, the average utilization 1 ÷ it).
    peak_utilization: tuple[Decimal, Decimal] | None = None
    capacity: CapacityComparison | None = None
    #: The same capacity over each other period the ask names ("8,760 hrs/yr", "annual"): (period, comparison).
    capacity_periods: list[tuple[str, CapacityComparison]] = Field(default_factory=new_list)
    input_share: Decimal | None = None
    share_from_call: bool = False
    utilization_assumed: bool = False
    #: The utilization worked out from the traffic stated beside the capacity: (tokens a day, the capacity's a day).
    traffic_fill: tuple[Decimal, Decimal] | None = None
    units_vs_spend: UnitsVsSpend | None = None
    #: A provisioned bill stated in dollars against the on-demand spend ("PT commit $52k/mo vs $85k/mo fully used").
    bill_vs_spend: BillAgainstSpend | None = None
    #: The on-demand side of that bill when it was priced from tokens ("capacity good for 3.2B tokens/month").
    capacity_value: CapacityValue | None = None
    #: A commitment stated over another period than the spend: (amount, its period, that period's hours, the spend
    #: period's hours).
    bill_restated: tuple[Decimal, str, Decimal, Decimal] | None = None
    #: "... and if the PAR is really 1.5?": the same deal sized for that peak, with its bill when a spend is stated.
    other_peak: tuple[PeakSizing, BillAtUtilization | None] | None = None
    #: That bill and spend, stated over a day, restated over each longer period asked.
    bill_vs_spend_periods: list[SpendOverPeriod] = Field(default_factory=new_list)
    #: Units and their unit-hour price alone: what they cost over the period (the on-demand spend to beat).
    #: The same units against the same spend over each longer period asked for ("the annual view").
    units_vs_spend_periods: list[UnitsVsSpend] = Field(default_factory=new_list)
    #: "over a 12-month term": (the periods, the span as said, the units against the spend over it).
    units_vs_spend_term: tuple[Decimal, str, UnitsVsSpend] | None = None
    units_bill: UnitsBill | None = None
    #: "averages 2.5 units' worth of traffic, peaks at 2.4x, sized for peak": (average units, ratio, exact, bought,
    #: the bought units' average utilization)
    units_for_peak: tuple[Decimal, Decimal, Decimal, Decimal, Decimal] | None = None
    #: (the on-demand rate per 1M, the tokens over the bill's period whose on-demand cost equals the units' bill).
    break_even_tokens: tuple[Decimal, Decimal] | None = None
    #: The same units over each other period the ask names ("over a 24/7 month, and over a year").
    units_bills: list[UnitsBill] = Field(default_factory=new_list)
    #: The same units over the commitment's term ("committed for three months"): the term as named, and the bill.
    units_term: tuple[str, UnitsBill] | None = None
    #: The rep's own figure checked: yes or no, with the arithmetic below it.
    check: Check | None = None
    #: (saving, utilization): the sustained utilization at which the discount gives that saving against on-demand.
    saving_target: tuple[Decimal, Decimal] | None = None
    #: The discount that delivers the target saving at each utilization said, when the ask asks for it.
    discounts_for_saving: list[tuple[Decimal, Decimal]] = Field(default_factory=new_list)
    #: A commitment's value against the on-demand consumption forecast over its term.
    commitment_use: CommitmentAgainstUse | None = None
    #: The highest peak-to-average ratio at which capacity sized for peak still breaks even, when asked for.
    max_par: Decimal | None = None
    #: The on-demand spend stated for the whole committed capacity at full use (the tokens used cost a share of it).
    full_capacity_on_demand: Decimal | None = None
    #: (commitment, what its capacity is worth on-demand at full use) when the commitment was stated beside a discount.
    capacity_bought: tuple[Decimal, Decimal] | None = None
    #: The one on-demand rate stated, and (utilization, what a token actually used costs per 1M there) for each.
    effective_rate: Decimal | None = None
    #: (k, the capacity's worth on-demand at full use) when it is sized for k × today's traffic.
    sized_for: tuple[Decimal, Decimal] | None = None
    #: The span the ask totals over, in the bills' period (count, the words that say it), each bill over it, and the
    #: capacity's full-use worth over it when that worth was stated.
    term: tuple[Decimal, str] | None = None
    term_bills: list[BillAtUtilization] = Field(default_factory=new_list)
    term_full_use: Decimal | None = None
    effective_rates: list[tuple[Decimal, Decimal]] = Field(default_factory=new_list)
    #: The other discounts of "break-even for 25% and 45% off", each worked out as the first one is.
    other_discounts: list[AtDiscount] = Field(default_factory=new_list)
    #: The on-demand side of units against a token volume at a blended rate ("600M tokens a day at $4.50/M").
    tokens_spend: TokensAtRate | None = None
    tokens_spend_period: str = "day"
    #: The on-demand side of units against input and output token volumes at input and output rates.
    traffic: TrafficCost | None = None
    #: With an on-demand spend: the new bill and the saving per utilization, in ``spend_period``.
    bills: list[BillAtUtilization] = Field(default_factory=new_list)
    spend_period: str | None = None
    #: The same bills restated in another period the ask names ("$20k a month ... what do they save a year?").
    asked_bills: list[BillInPeriod] = Field(default_factory=new_list)
    #: The cost-minimising commitment for a load profile stated over a day (in the profile's own unit).
    commitment: CommitmentPlan | None = None
    #: With an on-demand price per unit-hour of load: the plan's day over a 730-hour month (cost, all on-demand,
    #: saving).
    commitment_month: tuple[Decimal, Decimal, Decimal] | None = None
    #: A load flat out for some hours a day (and days a week) on capacity reserved 24/7: (hours, days, utilization).
    duty_cycle: tuple[Decimal, Decimal, Decimal] | None = None
    #: The share of the capacity the load uses while it runs, when it is not flat out ("90% of it for 12 hours").
    duty_load: Decimal | None = None
    #: The duty cycle counts days a month over a 730-hour month, not days a week over 168 hours.
    duty_month: bool = False
    #: "avg 2M tokens/min, 1 PTU = 50k TPM: how many PTUs?": the units the load needs, sized for its peak.
    units_for_load: UnitsForLoad | None = None
    #: "averages 2M tokens/min, how much TPM should we commit?": the throughput the load needs, sized for its peak.
    capacity_for_load: CapacityForLoad | None = None
    #: The load swings and no peak-to-average ratio was said: the units shown carry only the average.
    peak_unknown: bool = False

    @property
    def computed(self) -> bool:
        return self.result() is not None or bool(self.needed_discounts)

    def result(self) -> Any:
        if self.break_even is not None:
            return {"break_even_utilization": self.break_even, "comparisons": self.comparisons,
                    "peak_sizing": self.peak, "capacity": self.capacity}
        if self.units_vs_spend is not None:
            return {"units_vs_spend": self.units_vs_spend}
        if self.bill_vs_spend is not None:
            return {"bill_vs_spend": self.bill_vs_spend}
        if self.units_bill is not None:
            return {"units_bill": self.units_bill}
        if self.capacity_for_load is not None and not self.peak_unknown:
            return {"capacity_for_load": self.capacity_for_load}
        return {"capacity": self.capacity} if self.capacity is not None else None
