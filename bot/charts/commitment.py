"""Commitment sizing: the load duration curve of an hourly profile with the cost-minimising commitment.

The hourly loads sorted from highest to lowest give the duration curve: at x% of the hours the load is at
least y. The engine's :func:`pricing.optimal_commitment` commits at the load exceeded in a fraction
``1 − d`` of the hours; load above the commitment spills over to on-demand rates. The chart shows the
curve, the commitment, the peak (what sizing for peak would buy) and the engine's costs of each choice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from bot.charts.model import ILLUSTRATIVE_NOTE, ChartData, ChartText, Marker, Series
from bot.format import count, money, percent
from pricing import CommitmentPlan, CommitmentRequest, InvalidInputError, optimal_commitment

ONE = Decimal(1)


@dataclass(frozen=True, slots=True, kw_only=True)
class CommitmentChart(ChartData):
    plan: CommitmentPlan
    unit: str
    in_usd: bool
    hours_above_share: Decimal  # share of hours whose load exceeds the commitment

    @property
    def duration_curve(self) -> Series:
        return self.series[0]


def _cost(value: Decimal, in_usd: bool) -> str:
    return money(value) if in_usd else f"{count(value)} unit-hours"


def _period(hours: int) -> str:
    if hours % 24 == 0 and hours >= 48:
        return f"{count(hours)} hours ({count(hours // 24)} days)"
    return f"{count(hours)} hours"


def commitment_chart(
    hourly_load: Sequence[Decimal],
    discount: Decimal,
    *,
    price_per_unit_hour: Decimal | None = None,
    unit: str = "units",
) -> CommitmentChart:
    """The chart's data for an hourly load profile at a discount (fraction).

    ``price_per_unit_hour`` (on-demand USD per load unit-hour) puts the costs in USD; without it they are
    in load unit-hours at on-demand prices. Raises the engine's :class:`pricing.PricingError` on bad input.
    """
    request = CommitmentRequest(
        hourly_load=tuple(hourly_load),
        discount=discount,
        **({} if price_per_unit_hour is None else {"on_demand_price_per_unit_hour": price_per_unit_hour}),
    )
    plan = optimal_commitment(request)
    if plan.peak_load == 0:
        raise InvalidInputError("hourly_load", f"{plan.hours} hours of 0", "the profile has no load to size for")
    loads = sorted(request.hourly_load, reverse=True)
    hours = plan.hours
    xs = tuple(Decimal(i + 1) / hours for i in range(hours))
    curve = Series("Hourly load, sorted", xs, tuple(loads))
    ends = (Decimal(0), ONE)
    commit_line = Series(f"Commitment: {count(plan.commitment)} {unit}", ends,
                         (plan.commitment, plan.commitment))
    peak_line = Series(f"Peak: {count(plan.peak_load)} {unit}", ends, (plan.peak_load, plan.peak_load))
    in_usd = price_per_unit_hour is not None
    above = Decimal(plan.hours_above_commitment) / hours

    lines = [
        f"Commit {count(plan.commitment)} {unit}: exceeded in {percent(above, 1)} of hours "
        f"(1 − {percent(discount, 1)} = {percent(plan.exceedance_target, 1)})",
        f"Cost {_cost(plan.cost, in_usd)} over {count(hours)} hours",
    ]
    if plan.ratio_to_on_demand is not None or plan.ratio_to_peak_sized is not None:
        lines[-1] += ":"
    if plan.ratio_to_on_demand is not None:
        lines.append(f"{plan.ratio_to_on_demand.quantize(Decimal('0.001'))}× all on-demand "
                     f"({_cost(plan.all_on_demand_cost, in_usd)})")
    if plan.ratio_to_peak_sized is not None:
        lines.append(f"{plan.ratio_to_peak_sized.quantize(Decimal('0.001'))}× sizing for peak "
                     f"({_cost(plan.peak_sized_cost, in_usd)})")
    markers = (Marker(above, plan.commitment, "\n".join(lines)),)

    par = f", peak-to-average {count(plan.peak_to_average)}:1" if plan.peak_to_average is not None else ""
    footer = [ILLUSTRATIVE_NOTE,
              "Load above the commitment is billed on demand; the commitment is billed every hour."]
    if not in_usd:
        footer.append("Costs in load unit-hours at on-demand prices (no price per unit-hour given).")
    text = ChartText(
        title=f"Sizing provisioned throughput at a {percent(discount, 1)} discount",
        subtitle=f"{_period(hours)} of load, average {count(plan.average_load)} {unit}{par}",
        x_label="Share of hours with at least this load (%)",
        y_label=f"Hourly load ({unit})",
        footer=tuple(footer),
    )
    return CommitmentChart(
        kind="commitment",
        text=text,
        series=(curve, commit_line, peak_line),
        markers=markers,
        plan=plan,
        unit=unit,
        in_usd=in_usd,
        hours_above_share=above,
    )
