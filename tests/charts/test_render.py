"""Rendering: PNGs of Slack-preview size, and matplotlib kept off the import path."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest

from bot.charts import (
    break_even_chart,
    caching_chart,
    commitment_chart,
    render,
    render_breakeven,
    render_caching,
    synthetic_profile,
)
from pricing import CachingRequest, Rates
from tests.charts.png import assert_sane_png, png_size
from tests.conftest import REPO

RATES = Rates(input=Decimal(5), output=Decimal(15), cache_read=Decimal("0.5"), source="illustrative")


def test_importing_charts_and_the_chart_command_does_not_import_matplotlib() -> None:
    code = (
        "import sys, bot.charts, bot.cli.chart, bot.cli\n"
        "bot.cli.build_parser()\n"
        "loaded = sorted(m for m in sys.modules if m == 'matplotlib' or m.startswith('matplotlib.'))\n"
        "print(','.join(loaded))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.strip() == ""


@pytest.mark.parametrize("chart", [
    break_even_chart(Decimal("0.4"), [Decimal("0.8")]),
    break_even_chart(Decimal("0.7"), [Decimal("0.2"), Decimal("0.9")], monthly_bill=Decimal(12_000)),
    caching_chart(CachingRequest(rates=RATES, prefix_tokens=4000, calls_per_day=10_000)),
    caching_chart(CachingRequest(rates=RATES, prefix_tokens=500, calls_per_day=10_000, min_prefix_tokens=1024)),
    commitment_chart(synthetic_profile(7), Decimal("0.4")),
    commitment_chart([Decimal(5)] * 24, Decimal("0.3"), price_per_unit_hour=Decimal(2)),
], ids=["breakeven", "breakeven-usd", "caching", "caching-ineligible", "commitment", "commitment-flat"])
def test_every_chart_renders_a_sane_png(chart: object) -> None:
    png = render(chart)  # type: ignore[arg-type]
    assert_sane_png(png)
    assert png_size(png) == (1200, 700)


def test_specific_renderers_and_no_global_matplotlib_state_left_behind() -> None:
    import matplotlib

    before = dict(matplotlib.rcParams)
    assert_sane_png(render_breakeven(break_even_chart(Decimal("0.4"))))
    assert_sane_png(render_caching(caching_chart(CachingRequest(rates=RATES, prefix_tokens=4000, calls_per_day=1))))
    assert dict(matplotlib.rcParams) == before


def test_render_refuses_unknown_data() -> None:
    with pytest.raises(TypeError, match="no renderer"):
        render(object())  # type: ignore[arg-type]


def test_renders_from_several_threads_match_a_lone_render() -> None:
    from concurrent.futures import ThreadPoolExecutor

    charts = [break_even_chart(Decimal("0.4"), [Decimal("0.8")]),
              caching_chart(CachingRequest(rates=RATES, prefix_tokens=4000, calls_per_day=10_000))]
    alone = [render(chart) for chart in charts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(render, charts * 3))
    assert together == alone * 3


def test_text_sizes_and_palette_are_readable_and_colour_blind_safe() -> None:
    from bot.charts import style

    sizes = {name: value for name, value in vars(style).items() if name.endswith("_PT")}
    assert sizes and min(sizes.values()) >= 12, sizes
    assert (style.WIDTH_IN * style.DPI, round(style.HEIGHT_IN * style.DPI)) == (1200, 700)
    okabe_ito = {"#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"}
    source = (REPO / "bot" / "charts" / "draw.py").read_text()
    used = {getattr(style, name) for name in dir(style) if name.isupper() and f"style.{name}" in source}
    colours = {c for c in used if isinstance(c, str) and c.startswith("#")}
    assert colours - {style.GREY} <= okabe_ito, colours
