"""Pick the chart for a quote reply: ``Reply.data`` in, chart data (or PNG bytes) out.

Keys read from ``reply_data`` (the shape :mod:`bot.router` gives every quote reply; JSON values, numbers as
strings, percentages as fractions):

* ``request.intent``: ``break_even``, ``caching`` or ``scenario`` have charts; every other intent has none.
* ``break_even``: ``result.comparisons[*].discount`` / ``.utilization`` (falling back to
  ``request.fields.discount`` / ``.utilization``) and ``result.peak_sizing.utilization`` /
  ``.peak_to_average``; no discount, no chart.
* ``caching``: ``result`` is a :class:`pricing.CachingResult` (``prefix_tokens``, ``calls_per_day``,
  ``input_rate``, ``cache_read_rate``, ``write_rate``, ``ttl``, ``ttl_minutes``, ``writes_basis``,
  ``writes_per_day``, ``minimum_prefix_tokens``, ``source``, ``net_saving_per_day``) plus
  ``request.fields.hit_ratio``. The request is rebuilt from those figures and the engine re-run; if its net
  saving differs from the reply's, there is no chart (a chart must never disagree with the text).
* ``scenario``: ``result.caching`` as above when present, else a break-even chart from
  ``result.traits.provisioned_discount`` with ``result.traits.peak_to_average`` marked.

The commitment chart needs an hourly profile, which no free-text ask carries: it is CLI-only for now.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from bot.charts.breakeven import break_even_chart
from bot.charts.caching import caching_chart
from bot.charts.model import ChartData
from bot.format import count
from pricing import CachingRequest, PricingError, Rates

log = logging.getLogger(__name__)

FILENAMES = {"breakeven": "pricebot-breakeven.png", "caching": "pricebot-caching.png",
             "commitment": "pricebot-commitment.png"}


def _dec(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    return Decimal(str(value))


def _section(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    return value if isinstance(value, Mapping) else {}


def _break_even(result: Mapping[str, Any], fields: Mapping[str, Any]) -> ChartData | None:
    comparisons = [c for c in result.get("comparisons") or [] if isinstance(c, Mapping)]
    discount = _dec(comparisons[0].get("discount")) if comparisons else _dec(fields.get("discount"))
    if discount is None:
        return None
    if comparisons:
        marks: list[Decimal | tuple[Decimal, str]] = [Decimal(str(c["utilization"])) for c in comparisons]
    else:
        marks = [Decimal(str(u)) for u in fields.get("utilization") or []]
    peak = _section(result, "peak_sizing")
    if peak.get("utilization") is not None:
        par = _dec(peak.get("peak_to_average"))
        label = f"Sized for peak ({count(par)}:1)" if par is not None else "Sized for peak"
        marks.append((Decimal(str(peak["utilization"])), label))
    return break_even_chart(discount, marks)


def _caching(result: Mapping[str, Any], fields: Mapping[str, Any]) -> ChartData | None:
    if not result or result.get("error"):
        return None
    ttl = result.get("ttl", "5m")
    write = _dec(result["write_rate"])
    rates = Rates(
        input=result["input_rate"], output=result["input_rate"],  # output is not used by caching
        cache_read=result["cache_read_rate"],
        cache_write=write if ttl == "5m" else None, cache_write_1h=write if ttl == "1h" else None,
        cache_storage=_dec(result.get("storage_rate")), source=result.get("source") or "the quote",
    )
    request = CachingRequest(
        rates=rates,
        prefix_tokens=result["prefix_tokens"],
        calls_per_day=result["calls_per_day"],
        hit_ratio=_dec(fields.get("hit_ratio")),
        writes_per_day=result["writes_per_day"] if result.get("writes_basis") == "given" else None,
        ttl=ttl,
        ttl_minutes=result.get("ttl_minutes"),
        min_prefix_tokens=_dec(result.get("minimum_prefix_tokens")),
        active_hours_per_day=result.get("active_hours_per_day", 24),
        lifetime=result.get("lifetime"),
    )
    chart = caching_chart(request)
    expected = _dec(result.get("net_saving_per_day"))
    if expected is not None and chart.result.net_saving_per_day != expected:
        log.warning("caching chart disagrees with the reply (%s vs %s): no chart",
                    chart.result.net_saving_per_day, expected)
        return None
    return chart


def chart_data_for(reply_data: Mapping[str, Any]) -> ChartData | None:
    """The chart for a quote's ``Reply.data`` (see the module docstring), or None when it has none.

    Never raises: data of an unexpected shape is logged and answered with None.
    """
    try:
        request = _section(reply_data, "request")
        fields = _section(request, "fields")
        result = _section(reply_data, "result")
        intent = request.get("intent")
        if intent == "break_even":
            return _break_even(result, fields)
        if intent == "caching":
            return _caching(result, fields)
        if intent == "scenario":
            caching = _section(result, "caching")
            if caching:
                return _caching(caching, fields)
            traits = _section(result, "traits")
            discount = _dec(traits.get("provisioned_discount"))
            if discount is None:
                return None
            par = _dec(traits.get("peak_to_average"))
            marks: list[Decimal | tuple[Decimal, str]] = []
            if par is not None and par >= 1:
                marks.append((Decimal(1) / par, f"Sized for peak ({count(par)}:1)"))
            return break_even_chart(discount, marks)
    except (PricingError, KeyError, TypeError, ArithmeticError, ValueError):
        log.warning("no chart for this reply: unexpected data", exc_info=True)
    return None


def chart_for(reply_data: Mapping[str, Any]) -> tuple[str, bytes] | None:
    """``(filename, PNG bytes)`` for a quote's ``Reply.data``, or None when the quote has no chart.

    Rendering imports matplotlib on first use (about a second cold; see docs/benchmarks.md): call this
    after acknowledging Slack, never on the ack path.
    """
    data = chart_data_for(reply_data)
    if data is None:
        return None
    from bot.charts.render import render

    return FILENAMES[data.kind], render(data)
