"""Chart benchmark: render time per chart after warm-up, and what importing matplotlib adds.

Run:  .venv/bin/python -m bench.bench_charts  (pins itself to one CPU when the OS allows it)
Prints medians; the figures go into docs/benchmarks.md, "## Charts".

* Render: each chart's data is built once, rendered once to warm up (imports, font cache), then rendered
  REPEATS times; the median is reported, with the data-building time for comparison.
* Import: fresh interpreters (IMPORT_RUNS each, median) time ``import pricing`` (for scale), then
  ``import bot.charts`` on top (what the Slack app's start-up pays: no matplotlib), then the matplotlib
  modules the renderer pulls in, then a first render.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench._timing import cpu_model, median_seconds
from bot.charts import (
    ChartData,
    break_even_chart,
    caching_chart,
    commitment_chart,
    render,
    synthetic_profile,
)
from pricing import CachingRequest, Rates

REPO = Path(__file__).resolve().parent.parent

REPEATS = 15
IMPORT_RUNS = 7

_COLD = r"""
import json, sys, time
tp = time.perf_counter()
import pricing
t0 = time.perf_counter()
import bot.charts
t1 = time.perf_counter()
mpl_loaded_by_charts = any(m == "matplotlib" for m in sys.modules)
import matplotlib.figure, matplotlib.backends.backend_agg, matplotlib.ticker
t2 = time.perf_counter()
from decimal import Decimal
bot.charts.render(bot.charts.break_even_chart(Decimal("0.4"), [Decimal("0.8")]))
t3 = time.perf_counter()
print(json.dumps({"pricing": t0 - tp, "charts": t1 - t0, "matplotlib": t2 - t1, "first_render": t3 - t2,
                  "mpl_loaded_by_charts": mpl_loaded_by_charts}))
"""


def charts() -> dict[str, Callable[[], ChartData]]:
    rates = Rates(input=Decimal(5), output=Decimal(15), cache_read=Decimal("0.5"), cache_write=Decimal("6.25"),
                  source="illustrative")
    week, year = synthetic_profile(7), synthetic_profile(365)
    return {
        "break-even (40% discount, 80% marked)": lambda: break_even_chart(Decimal("0.4"), [Decimal("0.8")]),
        "prompt caching (4k prefix, 10k calls/day)": lambda: caching_chart(
            CachingRequest(rates=rates, prefix_tokens=4000, calls_per_day=10_000)),
        "commitment, 168 hours": lambda: commitment_chart(week, Decimal("0.4")),
        "commitment, 8,760 hours": lambda: commitment_chart(year, Decimal("0.4"), price_per_unit_hour=Decimal(2)),
    }


def cold_imports() -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    runs = []
    for _ in range(IMPORT_RUNS):
        out = subprocess.run([sys.executable, "-c", _COLD], capture_output=True, text=True, check=True, cwd=REPO,
                             env=env)
        runs.append(json.loads(out.stdout))
    assert not any(r["mpl_loaded_by_charts"] for r in runs), "import bot.charts pulled in matplotlib"
    return {key: statistics.median(r[key] for r in runs) for key in ("pricing", "charts", "matplotlib", "first_render")}


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    print(f"machine: nproc={os.cpu_count()}, CPU {cpu_model()!r}, Python {platform.python_version()}")
    print(f"render (median of {REPEATS} after one warm-up render), PNG size, data build time:")
    for name, build in charts().items():
        data = build()
        png = render(data)  # warm-up
        build_s = median_seconds(build, 5)
        render_s = median_seconds(lambda data=data: render(data), REPEATS)
        print(f"  {name:45s} render {render_s * 1000:7.1f} ms   {len(png) / 1024:6.1f} KiB   "
              f"data {build_s * 1000:7.1f} ms")
    cold = cold_imports()
    print(f"fresh interpreter (median of {IMPORT_RUNS}):")
    print(f"  import pricing (the engine, for scale)        {cold['pricing'] * 1000:7.1f} ms")
    print(f"  + import bot.charts (no matplotlib)           {cold['charts'] * 1000:7.1f} ms")
    print(f"  + import matplotlib (figure, Agg, ticker)    {cold['matplotlib'] * 1000:7.1f} ms")
    print(f"  + first render (break-even)                   {cold['first_render'] * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
