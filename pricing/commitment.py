"""The cost-minimising provisioned commitment for an hourly load profile.

Committing ``c`` load units for every hour costs ``(1 − d) × p × c`` an hour whether used or not; load above
``c`` spills over to on-demand at ``p`` per unit-hour. Over H hours:

    cost(c) = H × (1 − d) × p × c + p × Σ max(0, load_h − c)

This is convex and piecewise linear in ``c``; raising ``c`` pays off while more than a fraction ``1 − d`` of
the hours exceed it, so the optimum is the load exceeded in a fraction ``1 − d`` of the hours. The
optimiser evaluates the exact cost at 0 and at every distinct load level (the only kinks) in one pass over
the sorted profile, and picks the cheapest (the lowest level on ties). All-on-demand (c = 0) and sizing for
peak (c = max load) are among the candidates, so the plan never costs more than either.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from pydantic import Field

from pricing.validation import ONE, ZERO, Discount, Load, PricingModel, UnitPrice


class CommitmentRequest(PricingModel):
    """Hourly load (any unit: tokens/hour, capacity units...) and the provisioned discount.

    ``on_demand_price_per_unit_hour`` converts load-unit-hours into USD (default 1: costs in load-unit-hours
    at on-demand prices, which makes the ratios read directly).
    """

    hourly_load: tuple[Load, ...] = Field(min_length=1, max_length=100_000)
    discount: Discount
    on_demand_price_per_unit_hour: UnitPrice = ONE


class CommitmentPlan(PricingModel):
    """The cheapest commitment and how it compares with all-on-demand and with sizing for peak."""

    discount: Decimal
    hours: int
    commitment: Decimal
    exceedance_target: Decimal
    hours_above_commitment: int
    #: The hours whose load is at or above the commitment: each committed slice is used in at least these hours.
    hours_at_or_above: int = 0
    cost: Decimal
    committed_cost: Decimal
    spill_over_cost: Decimal
    all_on_demand_cost: Decimal
    peak_sized_cost: Decimal
    peak_load: Decimal
    average_load: Decimal
    peak_to_average: Decimal | None
    committed_utilization: Decimal | None
    spill_over_share: Decimal | None
    #: The profile's load summed over its hours (load × hours), and the part of it above the commitment (on-demand).
    total_load: Decimal = ZERO
    spilled_load: Decimal = ZERO
    ratio_to_on_demand: Decimal | None
    ratio_to_peak_sized: Decimal | None

    @property
    def saving_vs_on_demand(self) -> Decimal | None:
        """The share of the all-on-demand cost the plan saves: 1 − cost ÷ all on-demand (negative: it costs more)."""
        return None if self.ratio_to_on_demand is None else ONE - self.ratio_to_on_demand

    @property
    def saving(self) -> Decimal:
        """All on-demand − the plan's cost: what the commitment saves over the profile (negative: it costs more)."""
        return self.all_on_demand_cost - self.cost

    @property
    def at_or_above_share(self) -> Decimal:
        """The share of hours whose load is at or above the commitment: each committed slice is used that often."""
        return Decimal(self.hours_at_or_above) / self.hours if self.hours else ZERO

    @property
    def hours_above_share(self) -> Decimal:
        """The share of hours whose load exceeds the commitment (at most the exceedance target)."""
        return Decimal(self.hours_above_commitment) / self.hours if self.hours else ZERO


def commitment_cost(
    loads: Sequence[Decimal], commitment: Decimal, discount: Decimal, price: Decimal = ONE
) -> Decimal:
    """The exact cost of one commitment level (used by tests and for the reported figures)."""
    spill = sum((load - commitment for load in loads if load > commitment), ZERO)
    return (len(loads) * (ONE - discount) * commitment + spill) * price


def _cheapest_level(sorted_loads: list[Decimal], unit_commit: Decimal) -> tuple[Decimal, int, Decimal]:
    """Scan the kinks of cost(c)/p = H·(1−d)·c + Σ max(0, L − c) over ascending loads.

    Returns the cheapest level (lowest on ties), the hours above it and the load above it.
    """
    hours = len(sorted_loads)
    per_level = hours * unit_commit
    remaining = sum(sorted_loads, ZERO)  # sum of loads strictly above the current level
    best_level, best_cost, best_above, best_remaining = ZERO, remaining, hours, remaining
    i = 0
    while i < hours:
        level = sorted_loads[i]
        while i < hours and sorted_loads[i] == level:
            remaining -= level
            i += 1
        above = hours - i
        cost = per_level * level + remaining - level * above
        if cost < best_cost:
            best_level, best_cost, best_above, best_remaining = level, cost, above, remaining
    if best_level == ZERO:  # loads of exactly zero are not "above" a zero commitment
        best_above = sum(1 for load in sorted_loads if load > ZERO)
    return best_level, best_above, best_remaining - best_level * best_above


def optimal_commitment(request: CommitmentRequest) -> CommitmentPlan:
    """Commit at the load exceeded in a fraction 1 − d of hours; spill-over at on-demand rates."""
    loads = request.hourly_load
    d, price = request.discount, request.on_demand_price_per_unit_hour
    hours = len(loads)
    ordered = sorted(loads)
    level, above, spill_units = _cheapest_level(ordered, ONE - d)
    total = sum(ordered, ZERO)
    peak = ordered[-1]
    committed = hours * (ONE - d) * level * price
    spill_cost = spill_units * price
    cost = committed + spill_cost
    on_demand = total * price
    peak_sized = hours * (ONE - d) * peak * price
    average = total / hours
    served_from_commitment = total - spill_units
    return CommitmentPlan(
        discount=d,
        hours=hours,
        commitment=level,
        exceedance_target=ONE - d,
        hours_above_commitment=above,
        hours_at_or_above=sum(1 for load in ordered if load >= level) if level > 0 else 0,
        cost=cost,
        committed_cost=committed,
        spill_over_cost=spill_cost,
        all_on_demand_cost=on_demand,
        peak_sized_cost=peak_sized,
        peak_load=peak,
        average_load=average,
        peak_to_average=peak / average if average else None,
        committed_utilization=served_from_commitment / (level * hours) if level else None,
        spill_over_share=spill_units / total if total else None,
        total_load=total,
        spilled_load=spill_units,
        ratio_to_on_demand=cost / on_demand if on_demand else None,
        ratio_to_peak_sized=cost / peak_sized if peak_sized else None,
    )


def load_duration_curve(hourly_load: Sequence[Decimal]) -> tuple[tuple[Decimal, Decimal], ...]:
    """The load duration curve: each hour's load, highest first, with the share of hours at or above it
    ((1 ÷ n, the peak), ..., (1, the lowest load))."""
    loads = sorted(hourly_load, reverse=True)
    hours = Decimal(len(loads))
    return tuple((Decimal(i + 1) / hours, load) for i, load in enumerate(loads))
