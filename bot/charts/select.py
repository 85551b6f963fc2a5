"""Which chart an answer has, as a typed :data:`ChartSpec` built from the Answer's fields, and its drawing.

A spec holds exactly what the router already gave the engine: the provisioned discount and the utilizations
to mark (break-even), or the :class:`pricing.CachingRequest` the caching figures came from (caching). It is
small JSON, so the "Show chart" button carries it (or the store keeps it in ``Reply.data["chart"]``), and a
click draws the same chart the answer describes without reading its text or re-deriving its inputs.

* ``break_even``: a chart when a discount was given; the asked utilizations and the peak sizing are marked.
* ``caching``: a chart when the daily figures were computed.
* ``scenario``: the caching chart when the workload's caching figures were computed, else a break-even chart
  when a provisioned discount was given, with the utilization of capacity sized for peak marked.

The commitment chart needs an hourly profile, which no free-text ask carries: it is CLI-only for now.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, Field, TypeAdapter

from bot.answer import AnswerBase, BreakEvenAnswer, CachingAnswer
from bot.charts.model import ChartData
from bot.format import count
from bot.phrases import chart_text
from pricing import CachingRequest

FILENAMES = {"breakeven": "pricebot-breakeven.png", "caching": "pricebot-caching.png",
             "commitment": "pricebot-commitment.png"}


class PeakMark(BaseModel):
    """Capacity sized for a peak-to-average ratio runs at ``utilization`` (1 ÷ the ratio) on average."""

    utilization: Decimal
    peak_to_average: Decimal


class BreakEvenSpec(BaseModel):
    kind: Literal["breakeven"] = "breakeven"
    discount: Decimal
    utilizations: list[Decimal] = Field(default_factory=list)
    peak: PeakMark | None = None


class CachingSpec(BaseModel):
    kind: Literal["caching"] = "caching"
    request: CachingRequest


ChartSpec = Annotated[BreakEvenSpec | CachingSpec, Field(discriminator="kind")]
SPEC: TypeAdapter[BreakEvenSpec | CachingSpec] = TypeAdapter(ChartSpec)


def chart_spec(answer: AnswerBase) -> BreakEvenSpec | CachingSpec | None:
    """The chart of an answer (see the module docstring), or None when it has none."""
    if isinstance(answer, BreakEvenAnswer) and answer.discount is not None and answer.break_even is not None:
        sizing = answer.peak
        return BreakEvenSpec(
            discount=answer.discount, utilizations=[c.utilization for c in answer.comparisons],
            peak=PeakMark(utilization=sizing.utilization, peak_to_average=sizing.peak_to_average) if sizing else None,
        )
    if isinstance(answer, CachingAnswer) and answer.caching is not None and answer.request is not None:
        return CachingSpec(request=answer.request)
    if getattr(answer, "kind", None) == "scenario":
        # imported here: the scenario answer loads every answer it can show, which a break-even chart never needs
        from bot.answer.scenario import ScenarioAnswer

        assert isinstance(answer, ScenarioAnswer)
        if answer.caching_answer is not None:
            return chart_spec(answer.caching_answer)
        discount, par = answer.workload.provisioned_discount, answer.workload.peak_to_average
        if discount is None:
            return None
        sized = answer.advice.utilization_if_sized_for_peak
        peak = PeakMark(utilization=sized, peak_to_average=par) if sized is not None and par is not None else None
        return BreakEvenSpec(discount=discount, peak=peak)
    return None


def chart_data(spec: BreakEvenSpec | CachingSpec) -> ChartData:
    """The chart's data (no drawing; no matplotlib)."""
    from bot.charts.breakeven import break_even_chart
    from bot.charts.caching import caching_chart

    if isinstance(spec, CachingSpec):
        return caching_chart(spec.request)
    marks: list[Decimal | tuple[Decimal, str]] = list(spec.utilizations)
    if spec.peak is not None:
        marks.append((spec.peak.utilization, chart_text("breakeven.sized_for_peak",
                                                        ratio=count(spec.peak.peak_to_average))))
    return break_even_chart(spec.discount, marks)


def chart_png(spec: BreakEvenSpec | CachingSpec) -> tuple[str, bytes]:
    """``(filename, PNG bytes)``. Rendering imports matplotlib on first use (about a second cold; see
    docs/benchmarks.md): call this after acknowledging Slack, never on the ack path."""
    from bot.charts.draw import render

    data = chart_data(spec)
    return FILENAMES[data.kind], render(data)
