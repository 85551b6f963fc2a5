"""Prompt caching: the daily input cost of a repeated prefix with and without caching, across call volumes.

Without caching every call pays ``prefix × input rate``. With caching the daily cost is that minus the
engine's net saving (:func:`pricing.caching_figures.prefix_cost`, from :func:`pricing.analyse_caching`), so
every point on the "with caching" line is the engine's own figure, under the cache model the engine states
(Poisson arrivals with hits refreshing the TTL, a stated hit rate, or a fixed-lifetime cache with storage). The
payback point is the engine's :func:`pricing.caching.payback_calls_per_day`, solved on that same model, and the
model's line is in the footer.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from bot.charts.model import ChartData, ChartText, Marker, Series, illustrative_note
from bot.charts.scale import nice_ceiling
from bot.format import count, money, rate
from bot.phrases import chart_text
from pricing import MONTH_HOURS, CachingRequest, CachingResult, analyse_caching
from pricing.caching import Payback, payback_calls_per_day
from pricing.caching_figures import cost_without_caching, prefix_cost

ZERO = Decimal(0)
SAMPLES = 120
MIN_RANGE = Decimal(100)


@dataclass(frozen=True, slots=True, kw_only=True)
class CachingChart(ChartData):
    request: CachingRequest
    result: CachingResult  # the engine at the asked volume
    calls_max: Decimal
    payback: Payback
    payback_calls_per_day: Decimal | None  # where net saving crosses zero (0 when it never goes negative)
    cost_without_per_day: Decimal  # at the asked volume
    cost_with_per_day: Decimal


def payback_point(request: CachingRequest) -> tuple[Payback, Decimal | None]:
    """Calls per day above which the net saving stays positive (the engine's solution on its cache model)."""
    return payback_calls_per_day(request)


def _model_note(result: CachingResult) -> str:
    note = result.cache_model
    if result.writes_basis == "poisson":
        note += " " + chart_text("caching.writes", writes=count(result.writes_per_day))
    if result.hit_ratio is not None:
        note += " " + chart_text("caching.hit_rate")
    return note


def caching_chart(request: CachingRequest, *, calls_max: Decimal | None = None) -> CachingChart:
    """The chart's data for a caching request at its asked volume (``request.calls_per_day``).

    The x range runs from 0 to ``calls_max`` (default: a round number at least twice the asked volume and
    twice the payback point). Raises the engine's :class:`pricing.PricingError` on bad input.
    """
    result = analyse_caching(request)
    asked = request.calls_per_day
    kind, payback = payback_point(request)
    if calls_max is None:
        calls_max = nice_ceiling(max(asked * 2, (payback or ZERO) * 2, MIN_RANGE))
    xs = {calls_max * i / SAMPLES for i in range(SAMPLES + 1)}
    xs |= {x for x in (asked, payback) if x is not None and x <= calls_max}
    ordered = tuple(sorted(xs))
    curve = tuple(prefix_cost(request, x) for x in ordered)
    without = tuple(point.without_caching for point in curve)
    with_caching = tuple(point.with_caching for point in curve)
    at_asked = prefix_cost(request, asked, result)
    cost_without, cost_with = at_asked.without_caching, at_asked.with_caching

    markers = []
    verdict = result.net_saving_per_day
    if not result.eligible:
        delta = chart_text("caching.too_short")
    elif verdict > 0:
        delta = chart_text("caching.lower", saving=money(verdict), monthly=money(result.net_saving_per_month),
                           hours=MONTH_HOURS)
    elif verdict < 0:
        delta = chart_text("caching.higher", cost=money(abs(verdict)))
    else:
        delta = chart_text("caching.no_difference")
    markers.append(Marker(asked, cost_with, chart_text(
        "caching.at_volume", calls=count(asked), without=money(cost_without), with_caching=money(cost_with),
        delta=delta)))
    beyond = kind == "crosses" and payback is not None and payback > calls_max
    if kind == "crosses" and payback is not None and not beyond:
        markers.append(Marker(payback, cost_without_caching(request, payback),
                              chart_text("caching.pays_back", calls=count(payback, 0))))
    elif kind == "immediate":
        markers.append(Marker(ZERO, ZERO, chart_text("caching.immediate")))

    subtitle = chart_text("caching.subtitle", input=rate(result.input_rate), read=rate(result.cache_read_rate),
                          ttl=chart_text(f"caching.ttl_{result.ttl}"), write=rate(result.write_rate))
    footer = [illustrative_note()]
    if beyond and payback is not None:
        footer.append(chart_text("caching.pays_back_beyond", calls=count(payback, 0)))
    elif kind == "never" and result.eligible:
        footer.append(chart_text("caching.never"))
    if result.eligible:
        footer.append(_model_note(result))
    else:
        footer.append(chart_text("caching.not_cached", prefix=count(result.prefix_tokens),
                                 minimum=count(result.minimum_prefix_tokens or 0)))
    text = ChartText(
        title=chart_text("caching.title", prefix=count(result.prefix_tokens)),
        subtitle=subtitle,
        x_label=chart_text("caching.x_label"),
        y_label=chart_text("caching.y_label"),
        footer=tuple(footer),
    )
    return CachingChart(
        kind="caching",
        text=text,
        series=(
            Series(chart_text("caching.without"), ordered, without),
            Series(chart_text("caching.with"), ordered, with_caching),
        ),
        markers=tuple(markers),
        request=request,
        result=result,
        calls_max=calls_max,
        payback=kind,
        payback_calls_per_day=payback,
        cost_without_per_day=cost_without,
        cost_with_per_day=cost_with,
    )
