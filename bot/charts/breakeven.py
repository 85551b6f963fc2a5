"""Provisioned throughput against on-demand, across utilization 0–100%: the engine's lines
(:func:`pricing.provisioned.break_even_lines`) sampled every 1%, with the break-even point and the asked
utilizations marked.

The capacity is fixed; utilization ``u`` is the share of it the workload uses. Serving that load on demand
costs ``u × F`` (``F``: the on-demand cost of the tokens the capacity serves at full use); the provisioned
bill is ``(1 − d) × F`` whatever the use. The lines cross at the break-even utilization ``1 − d``; at ``u``
the provisioned bill is ``(1 − d) / u`` of the on-demand cost — the engine's
:func:`pricing.compare_at_utilization`, whose figures the marked points carry.

``F`` is 1 (costs relative to on-demand at full use) unless a monthly provisioned bill is known, in which
case ``F = bill / (1 − d)`` and the chart is in USD per 730-hour month.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from bot.charts.model import ChartData, ChartText, Marker, Series, illustrative_note
from bot.format import money, percent
from bot.phrases import chart_text
from pricing import MONTH_HOURS, UtilizationComparison, UtilizationRequest, compare_at_utilization
from pricing.provisioned import break_even_lines

STEPS = 100  # utilization sampled every 1%


@dataclass(frozen=True, slots=True)
class UtilizationPoint:
    """A customer's utilization: the engine's comparison and the two costs at that point (chart units)."""

    label: str
    comparison: UtilizationComparison
    on_demand_cost: Decimal
    provisioned_cost: Decimal
    difference: Decimal  # on-demand minus provisioned, in chart units (negative: provisioned costs more)

    @property
    def utilization(self) -> Decimal:
        return self.comparison.utilization


@dataclass(frozen=True, slots=True, kw_only=True)
class BreakEvenChart(ChartData):
    discount: Decimal
    break_even_utilization: Decimal
    full_use_on_demand: Decimal  # F: 1 when relative, USD per month when a bill is known
    monthly_bill: Decimal | None
    points: tuple[UtilizationPoint, ...]

    @property
    def in_usd(self) -> bool:
        return self.monthly_bill is not None


def _point_label(point: UtilizationPoint, in_usd: bool) -> str:
    c = point.comparison
    utilization = percent(c.utilization, 1)
    head = (chart_text("breakeven.point_named", label=point.label, utilization=utilization) if point.label
            else chart_text("breakeven.point", utilization=utilization))
    ratio = f"{c.cost_ratio.quantize(Decimal('0.01'))}×"
    if c.direction == "equal":
        verdict = chart_text("breakeven.same")
    else:
        verdict = f"{ratio} " + chart_text(f"breakeven.{c.direction}", change=percent(c.change, 1))
    if in_usd and point.difference:
        word = chart_text("breakeven.less" if point.difference > 0 else "breakeven.more")
        verdict += "\n" + chart_text("breakeven.point_usd", provisioned=money(point.provisioned_cost),
                                      on_demand=money(point.on_demand_cost), gap=money(abs(point.difference)),
                                      word=word)
    return f"{head}\n{verdict}"


MAX_MARKED = 8
"""Utilizations marked on one chart. Each is a labelled call-out: hundreds of them (one ask produced 460, a
forged button 3,000) took 6–34 s to draw while every other chart waited, and no one can read them."""


def break_even_chart(
    discount: Decimal,
    utilizations: Sequence[Decimal | tuple[Decimal, str]] = (),
    *,
    monthly_bill: Decimal | None = None,
) -> BreakEvenChart:
    """The chart's data at a discount (fraction), with each utilization (fraction, optional label) marked.

    ``monthly_bill`` is the provisioned bill in USD per 730-hour month; without it costs are relative.
    Raises the engine's :class:`pricing.PricingError` for a discount or utilization out of range.
    """
    lines = break_even_lines(discount, monthly_bill)
    be, discount, full, provisioned = (lines.break_even_utilization, lines.discount, lines.full_use_on_demand,
                                       lines.provisioned)
    xs = tuple(Decimal(i) / STEPS for i in range(STEPS + 1))
    on_demand = Series(chart_text("breakeven.on_demand"), xs, tuple(lines.on_demand_at(x) for x in xs))
    flat = Series(chart_text("breakeven.provisioned", discount=percent(discount, 1)), xs,
                  tuple(provisioned for _ in xs))

    marked = list(dict.fromkeys(utilizations))
    points = []
    for item in marked[:MAX_MARKED]:
        u, label = item if isinstance(item, tuple) else (item, "")
        comparison = compare_at_utilization(UtilizationRequest(discount=discount, utilization=u))
        points.append(UtilizationPoint(label, comparison, lines.on_demand_at(comparison.utilization), provisioned,
                                       lines.gap_at(comparison.utilization)))
    in_usd = monthly_bill is not None
    be_label = chart_text("breakeven.break_even", break_even=percent(be, 1), discount=percent(discount, 1))
    markers = [Marker(be, provisioned, be_label)]
    markers += [Marker(p.utilization, p.on_demand_cost, _point_label(p, in_usd)) for p in points]

    if in_usd:
        y_label = chart_text("breakeven.y_label_usd")
        subtitle = chart_text("breakeven.subtitle_usd", provisioned=money(provisioned), full=money(full))
        footer: tuple[str, ...] = (illustrative_note(), chart_text("month_hours", hours=MONTH_HOURS))
    else:
        y_label = chart_text("breakeven.y_label_relative")
        subtitle = chart_text("breakeven.subtitle_relative", break_even=percent(be, 1))
        footer = (illustrative_note(),)
    if len(marked) > MAX_MARKED:
        footer += (chart_text("breakeven.more_marked", shown=MAX_MARKED, rest=f"{len(marked) - MAX_MARKED:,}"),)
    text = ChartText(
        title=chart_text("breakeven.title", discount=percent(discount, 1)),
        subtitle=subtitle,
        x_label=chart_text("breakeven.x_label"),
        y_label=y_label,
        footer=footer,
    )
    return BreakEvenChart(
        kind="breakeven",
        text=text,
        series=(on_demand, flat),
        markers=tuple(markers),
        discount=discount,
        break_even_utilization=be,
        full_use_on_demand=full,
        monthly_bill=monthly_bill,
        points=tuple(points),
    )
