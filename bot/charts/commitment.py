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

from bot.charts.model import ChartData, ChartText, Marker, Series, illustrative_note
from bot.format import count, money, percent
from bot.phrases import chart_text
from pricing import CommitmentPlan, CommitmentRequest, InvalidInputError, optimal_commitment
from pricing.commitment import load_duration_curve

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
    return money(value) if in_usd else chart_text("commitment.unit_hours", value=count(value))


def _period(hours: int) -> str:
    if hours % 24 == 0 and hours >= 48:
        return chart_text("commitment.hours_days", hours=count(hours), days=count(hours // 24))
    return chart_text("commitment.hours", hours=count(hours))


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
    hours = plan.hours
    duration = load_duration_curve(request.hourly_load)
    curve = Series(chart_text("commitment.curve"), tuple(x for x, _ in duration), tuple(load for _, load in duration))
    ends = (Decimal(0), ONE)
    commit_line = Series(chart_text("commitment.commitment", load=count(plan.commitment), unit=unit), ends,
                         (plan.commitment, plan.commitment))
    peak_line = Series(chart_text("commitment.peak", load=count(plan.peak_load), unit=unit), ends,
                       (plan.peak_load, plan.peak_load))
    in_usd = price_per_unit_hour is not None
    above = plan.hours_above_share

    lines = [
        chart_text("commitment.exceeded", load=count(plan.commitment), unit=unit, share=percent(above, 1),
                   discount=percent(discount, 1), target=percent(plan.exceedance_target, 1)),
        chart_text("commitment.cost", cost=_cost(plan.cost, in_usd), hours=count(hours)),
    ]
    if plan.ratio_to_on_demand is not None or plan.ratio_to_peak_sized is not None:
        lines[-1] += ":"
    if plan.ratio_to_on_demand is not None:
        lines.append(chart_text("commitment.vs_on_demand", ratio=plan.ratio_to_on_demand.quantize(Decimal("0.001")),
                                cost=_cost(plan.all_on_demand_cost, in_usd)))
    if plan.ratio_to_peak_sized is not None:
        lines.append(chart_text("commitment.vs_peak", ratio=plan.ratio_to_peak_sized.quantize(Decimal("0.001")),
                                cost=_cost(plan.peak_sized_cost, in_usd)))
    markers = (Marker(above, plan.commitment, "\n".join(lines)),)

    par = (chart_text("commitment.peak_to_average", ratio=count(plan.peak_to_average))
           if plan.peak_to_average is not None else "")
    footer = [illustrative_note(), chart_text("commitment.billing")]
    if not in_usd:
        footer.append(chart_text("commitment.unit_hour_costs"))
    text = ChartText(
        title=chart_text("commitment.title", discount=percent(discount, 1)),
        subtitle=chart_text("commitment.subtitle", period=_period(hours), average=count(plan.average_load),
                            unit=unit, ratio=par),
        x_label=chart_text("commitment.x_label"),
        y_label=chart_text("commitment.y_label", unit=unit),
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
