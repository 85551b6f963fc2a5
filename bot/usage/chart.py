"""The usage answer's chart: the load duration curve with the commitment line (:mod:`bot.charts.commitment`)."""

from __future__ import annotations

from decimal import Decimal

from bot.charts import CommitmentChart, commitment_chart
from bot.usage.analyse import UsageResult

UNIT = "$/h on demand"


def usage_chart(usage: UsageResult) -> CommitmentChart:
    """The hourly on-demand cost, sorted, with the commitment at the discount asked (or the first one shown)."""
    plan = usage.analysis.plans[0]
    return commitment_chart(usage.analysis.profile.hourly_cost, plan.discount, price_per_unit_hour=Decimal(1),
                            unit=UNIT)
