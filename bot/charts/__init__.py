"""Charts for pricebot answers: pure data builders on top of the pricing engine, and PNG rendering.

* Data (no matplotlib): :func:`break_even_chart`, :func:`caching_chart`, :func:`commitment_chart` return
  typed values — series, marked points and every word drawn — built from the engine's figures.
* Rendering: :func:`render` (or ``render_breakeven`` / ``render_caching`` / ``render_commitment``) returns
  PNG bytes, 1200×700 px; matplotlib is imported on the first render, not when this package is imported.
* For answers: :mod:`bot.charts.select` builds a typed chart spec from an Answer (what the Show chart button
  carries) and draws it.
"""

from bot.charts.breakeven import BreakEvenChart, UtilizationPoint, break_even_chart
from bot.charts.caching import CachingChart, caching_chart, cost_without_caching, payback_point
from bot.charts.commitment import CommitmentChart, commitment_chart
from bot.charts.model import ILLUSTRATIVE_NOTE, ChartData, ChartText, Marker, Series
from bot.charts.profile import parse_profile, read_profile, synthetic_profile
from bot.charts.render import render, render_breakeven, render_caching, render_commitment

__all__ = [
    "ILLUSTRATIVE_NOTE",
    "BreakEvenChart",
    "CachingChart",
    "ChartData",
    "ChartText",
    "CommitmentChart",
    "Marker",
    "Series",
    "UtilizationPoint",
    "break_even_chart",
    "caching_chart",
    "commitment_chart",
    "cost_without_caching",
    "parse_profile",
    "payback_point",
    "read_profile",
    "render",
    "render_breakeven",
    "render_caching",
    "render_commitment",
    "synthetic_profile",
]
