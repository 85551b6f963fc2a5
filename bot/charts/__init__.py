"""Charts for pricebot answers: pure data builders on top of the pricing engine, and PNG rendering.

* Data (no matplotlib): :func:`break_even_chart`, :func:`caching_chart`, :func:`commitment_chart` return
  typed values — series, marked points and every word drawn — built from the engine's figures.
* Rendering: :func:`render` (or ``render_breakeven`` / ``render_caching`` / ``render_commitment``) returns
  PNG bytes, 1200×700 px; matplotlib is imported on the first render, not when this package is imported.
* For answers: :mod:`bot.charts.select` builds a typed chart spec from an Answer (what the Show chart button
  carries) and draws it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.charts.breakeven import BreakEvenChart, UtilizationPoint, break_even_chart
    from bot.charts.caching import CachingChart, caching_chart, payback_point
    from bot.charts.commitment import CommitmentChart, commitment_chart
    from bot.charts.draw import render, render_breakeven, render_caching, render_commitment
    from bot.charts.model import ChartData, ChartText, Marker, Series, illustrative_note
    from bot.charts.profile import parse_profile, read_profile, synthetic_profile
    from pricing.caching_figures import cost_without_caching

#: Where each public name lives: a submodule is imported on first use, so importing one chart module (or
#: :mod:`bot.charts.select` on the answer path) does not load the others.
_HOME = {
    "BreakEvenChart": "bot.charts.breakeven",
    "CachingChart": "bot.charts.caching",
    "ChartData": "bot.charts.model",
    "ChartText": "bot.charts.model",
    "CommitmentChart": "bot.charts.commitment",
    "Marker": "bot.charts.model",
    "Series": "bot.charts.model",
    "UtilizationPoint": "bot.charts.breakeven",
    "illustrative_note": "bot.charts.model",
    "break_even_chart": "bot.charts.breakeven",
    "caching_chart": "bot.charts.caching",
    "commitment_chart": "bot.charts.commitment",
    "cost_without_caching": "pricing.caching_figures",  # the engine's; kept here for the chart tests' imports
    "parse_profile": "bot.charts.profile",
    "payback_point": "bot.charts.caching",
    "read_profile": "bot.charts.profile",
    "render": "bot.charts.draw",
    "render_breakeven": "bot.charts.draw",
    "render_caching": "bot.charts.draw",
    "render_commitment": "bot.charts.draw",
    "synthetic_profile": "bot.charts.profile",
}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'bot.charts' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOME[name]), name)
    globals()[name] = value
    return value


__all__ = [
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
    "illustrative_note",
    "parse_profile",
    "payback_point",
    "read_profile",
    "render",
    "render_breakeven",
    "render_caching",
    "render_commitment",
    "synthetic_profile",
]
