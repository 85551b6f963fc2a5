"""Draw chart data as PNG bytes with matplotlib's Agg canvas.

matplotlib is imported inside the functions, never at module level, so importing :mod:`bot.charts` (the Slack
app's start-up and ack path) stays light; the first render pays the import. Figures are built with
``matplotlib.figure.Figure`` and the Agg canvas directly (no pyplot). Style settings go through
``matplotlib.rc_context``, which changes process-wide rcParams for its duration, so renders are serialised
by a lock: safe to call from Slack worker threads.
"""

from __future__ import annotations

import io
import textwrap
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

from bot.charts import style
from bot.charts.breakeven import BreakEvenChart
from bot.charts.caching import CachingChart
from bot.charts.commitment import CommitmentChart
from bot.charts.model import ChartData
from bot.phrases import chart_text

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

_LOCK = threading.Lock()  # rc_context and matplotlib's caches are process-wide
DRAWN_STEPS = 1_500
FOOTER_WRAP = 88  # characters per line at 12 pt across 1,200 px
SUBTITLE_WRAP = 86
PT = 1 / 72  # inches


def _floats(values: tuple[Decimal, ...], scale: int = 1) -> list[float]:
    return [float(v) * scale for v in values]  # drawing only: the arithmetic stays in Decimal


@contextmanager
def _figure(data: ChartData, legend_rows: int = 1) -> Iterator[tuple[Figure, Axes, float]]:
    """A 1200×700 figure with title, subtitle, room for a legend above the axes, and the footer notes."""
    import matplotlib as mpl
    from matplotlib.figure import Figure

    rc: dict[str, Any] = {
        "font.family": "DejaVu Sans",
        "font.size": style.TICK_PT,
        "text.parse_math": False,  # "$5.00" is money, not mathtext
        "axes.labelsize": style.LABEL_PT,
        "axes.edgecolor": style.GREY,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "xtick.labelsize": style.TICK_PT,
        "ytick.labelsize": style.TICK_PT,
        "legend.fontsize": style.LEGEND_PT,
        "legend.frameon": False,
        "axes.grid": True,
        "grid.color": "#d9d9d9",
        "grid.linewidth": 0.8,
    }
    with _LOCK, mpl.rc_context(cast(Any, rc)):
        fig = Figure(figsize=(style.WIDTH_IN, style.HEIGHT_IN), dpi=style.DPI)
        h = style.HEIGHT_IN
        subtitle = textwrap.wrap(data.text.subtitle, SUBTITLE_WRAP) or [""]
        footer = [line for note in data.text.footer for line in textwrap.wrap(note, FOOTER_WRAP)]
        y = 1 - 0.1 / h
        fig.text(0.015, y, data.text.title, fontsize=style.TITLE_PT, fontweight="bold", va="top")
        y -= style.TITLE_PT * 1.45 * PT / h
        fig.text(0.015, y, "\n".join(subtitle), fontsize=style.SUBTITLE_PT, color=style.GREY, va="top",
                 linespacing=1.15)
        y -= len(subtitle) * style.SUBTITLE_PT * 1.3 * PT / h
        legend_top = y
        top = y - legend_rows * style.LEGEND_PT * 1.75 * PT / h - 0.03
        footer_h = (len(footer) * style.FOOTER_PT * 1.2 * PT + 0.1) / h
        bottom = footer_h + (style.TICK_PT + style.LABEL_PT) * 1.75 * PT / h
        fig.subplots_adjust(left=0.125, right=0.955, top=top, bottom=bottom)
        fig.text(0.015, 0.04 / h, "\n".join(footer), fontsize=style.FOOTER_PT, color=style.GREY, va="bottom",
                 linespacing=1.15)
        ax = fig.add_subplot()
        ax.set_xlabel(data.text.x_label)
        ax.set_ylabel(data.text.y_label)
        yield fig, ax, legend_top


def _legend(fig: Figure, ax: Axes, top: float, ncol: int) -> None:
    """The legend in rows above the axes, where it never hides data."""
    handles, labels = ax.get_legend_handles_labels()
    fig.legend(handles, labels, loc="upper left", bbox_to_anchor=(0.005, top), ncol=ncol, handlelength=2.0,
               columnspacing=1.0, handletextpad=0.5, borderaxespad=0.2)


def _png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=style.DPI, metadata={"Software": "pricebot"})  # Agg canvas
    return buffer.getvalue()


def _note_box() -> dict[str, Any]:
    return {"boxstyle": "round,pad=0.4", "facecolor": "white", "edgecolor": "#bfbfbf", "alpha": 0.95}


def _band_above(ax: Axes, data_top: float, note: str) -> None:
    """Raise the y limit so a note box at the top of the axes sits above ``data_top``; no ticks in that band."""
    from matplotlib.ticker import MaxNLocator

    line_px = style.NOTE_PT * 1.25 * style.DPI / 72
    plot_px = ax.get_position().height * style.HEIGHT_IN * style.DPI
    box = (note.count("\n") + 1) * line_px / plot_px + 0.1
    ticks = MaxNLocator(nbins=5).tick_values(0, data_top)
    ax.set_yticks([t for t in ticks if 0 <= t <= data_top * 1.001])
    ax.set_ylim(0, data_top / max(0.35, 1 - box))


def _usd(in_usd: bool) -> Callable[[float, float], str]:
    def fmt(value: float, _pos: float) -> str:
        if not in_usd:
            return f"{value:,.0f}%"
        return f"${value:,.0f}" if abs(value) >= 10 or value == 0 else f"${value:,.2f}"

    return fmt


def render_breakeven(data: BreakEvenChart) -> bytes:
    """Provisioned (flat) and on-demand (rising) cost against utilization, break-even and customer points."""
    from matplotlib.ticker import FuncFormatter, MultipleLocator

    scale = 1 if data.in_usd else 100
    be = float(data.break_even_utilization)
    full = float(data.full_use_on_demand) * scale
    with _figure(data) as (fig, ax, legend_top):
        on_demand, provisioned = data.series
        ax.plot(_floats(on_demand.x, 100), _floats(on_demand.y, scale), color=style.BLUE, lw=3,
                label=on_demand.label)
        ax.plot(_floats(provisioned.x, 100), _floats(provisioned.y, scale), color=style.ORANGE, lw=3,
                ls=(0, (6, 3)), label=provisioned.label)
        be_x, be_y = be * 100, be * full
        ax.fill_between([be_x, 100], [be_y, be_y], [be_y, full], color=style.BLUISH_GREEN, alpha=0.12, lw=0)
        ax.axvline(be_x, color=style.GREY, lw=1.2, ls=":")
        ax.plot([be_x], [be_y], "o", ms=10, color=style.BLACK, zorder=5)
        for point in data.points:
            x = float(point.utilization) * 100
            y_od, y_prov = float(point.on_demand_cost) * scale, float(point.provisioned_cost) * scale
            ax.plot([x, x], [y_od, y_prov], color=style.VERMILLION, lw=2.5, zorder=4)
            ax.plot([x, x], [y_od, y_prov], "s", ms=9, color=style.VERMILLION, zorder=5)
        # Every note goes in one box in a band above the lines, so nothing overlaps whatever the discount.
        notes = [data.markers[0].label.replace("\n", " "), *(m.label for m in data.markers[1:])]
        text = "\n".join(notes)
        ax.text(0.015, 0.97, text, transform=ax.transAxes, ha="left", va="top", fontsize=style.NOTE_PT,
                bbox=_note_box(), linespacing=1.25)
        _band_above(ax, full, text)
        ax.set_xlim(0, 100)
        ax.xaxis.set_major_locator(MultipleLocator(10))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:.0f}%"))
        ax.yaxis.set_major_formatter(FuncFormatter(_usd(data.in_usd)))
        _legend(fig, ax, legend_top, ncol=2)
        return _png(fig)


def render_caching(data: CachingChart) -> bytes:
    """Daily prefix cost with and without caching against calls per day, payback and asked volume marked."""
    from matplotlib.ticker import FuncFormatter

    with _figure(data) as (fig, ax, legend_top):
        without, with_caching = data.series
        xs = _floats(without.x)
        ax.plot(xs, _floats(without.y), color=style.VERMILLION, lw=3, label=without.label)
        ax.plot(xs, _floats(with_caching.y), color=style.BLUE, lw=3, ls=(0, (6, 3)), label=with_caching.label)
        lower, upper = _floats(with_caching.y), _floats(without.y)
        ax.fill_between(xs, lower, upper, where=[lo <= up for lo, up in zip(lower, upper, strict=True)],
                        color=style.SKY_BLUE, alpha=0.2, lw=0, interpolate=True)
        ax.fill_between(xs, lower, upper, where=[lo > up for lo, up in zip(lower, upper, strict=True)],
                        color=style.VERMILLION, alpha=0.2, lw=0, interpolate=True)
        asked, *rest = data.markers
        x = float(asked.x)
        y_without, y_with = float(data.cost_without_per_day), float(data.cost_with_per_day)
        ax.plot([x, x], [y_with, y_without], color=style.BLACK, lw=2, zorder=4)
        ax.plot([x], [y_without], "o", ms=9, color=style.VERMILLION, zorder=5)
        ax.plot([x], [y_with], "o", ms=9, color=style.BLUE, zorder=5)
        # The "without caching" line rises to the top-right corner, so the top-left triangle is empty.
        ax.annotate(asked.label, (x, (y_with + y_without) / 2), xytext=(0.015, 0.97), textcoords="axes fraction",
                    ha="left", va="top", fontsize=style.NOTE_PT, bbox=_note_box(), multialignment="left",
                    arrowprops={"arrowstyle": "->", "color": style.BLACK, "lw": 1.5})
        for mark in rest:
            px, py = float(mark.x), float(mark.y)
            if data.payback == "immediate":  # nothing to point at: a plain note
                ax.text(0.985, 0.04, mark.label, transform=ax.transAxes, ha="right", va="bottom",
                        fontsize=style.NOTE_PT, bbox=_note_box())
                continue
            ax.axvline(px, color=style.BLUISH_GREEN, lw=1.5, ls=":")
            ax.plot([px], [py], "D", ms=9, color=style.BLUISH_GREEN, zorder=5)
            ax.annotate(mark.label, (px, py), xytext=(0.06, 0.6), textcoords="axes fraction", ha="left",
                        va="top", fontsize=style.NOTE_PT, bbox=_note_box(), multialignment="left",
                        arrowprops={"arrowstyle": "->", "color": style.BLUISH_GREEN, "lw": 1.5})
        top = max(float(max(without.y)), float(max(with_caching.y)), 0.01)
        ax.set_xlim(0, float(data.calls_max))
        ax.set_ylim(min(0.0, float(min(with_caching.y)) * 1.1), top * 1.05)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:,.0f}"))
        ax.yaxis.set_major_formatter(FuncFormatter(_usd(True)))
        _legend(fig, ax, legend_top, ncol=2)
        return _png(fig)


def render_commitment(data: CommitmentChart) -> bytes:
    """Load duration curve, the committed and spill-over areas, the commitment and peak lines."""
    from matplotlib.ticker import FuncFormatter, MultipleLocator

    plan = data.plan
    with _figure(data, legend_rows=2) as (fig, ax, legend_top):
        curve, commit, peak = data.series
        # Expand the steps: the i-th highest load holds on (x[i-1], x[i]]. Explicit segments keep the
        # fill masks exact (a mask on step="pre" fills would drop the segment after a change of side).
        # Beyond ~1,500 steps (a few per pixel) hours are drawn in groups of k at the group's highest load;
        # the figures come from every hour.
        n = len(curve.x)
        k = max(1, n // DRAWN_STEPS)
        last = [*range(k - 1, n, k)]
        if last[-1] != n - 1:
            last.append(n - 1)
        first = [0, *(i + 1 for i in last[:-1])]
        ends = [float(curve.x[i]) * 100 for i in last]
        loads = [float(curve.y[i]) for i in first]
        xs = [x for i, end in enumerate(ends) for x in ((ends[i - 1] if i else 0.0), end)]
        ys = [y for y in loads for _ in (0, 1)]
        c = float(plan.commitment)
        ax.fill_between(xs, [min(y, c) for y in ys], color=style.SKY_BLUE, alpha=0.45, lw=0,
                        label=chart_text("commitment.served"))
        ax.fill_between(xs, [c] * len(xs), ys, where=[y > c for y in ys], color=style.ORANGE,
                        alpha=0.5, lw=0, label=chart_text("commitment.spill"))
        ax.fill_between(xs, ys, [c] * len(xs), where=[y < c for y in ys], facecolor="none",
                        edgecolor=style.GREY, hatch="//", lw=0, label=chart_text("commitment.idle"))
        ax.plot(xs, ys, color=style.BLACK, lw=2.2, label=curve.label)
        ax.axhline(c, color=style.BLUE, lw=2.5, ls=(0, (6, 3)), label=commit.label)
        ax.axhline(float(plan.peak_load), color=style.VERMILLION, lw=2, ls=":", label=peak.label)
        mark = data.markers[0]
        mx = float(mark.x) * 100
        ax.plot([mx], [c], "o", ms=9, color=style.BLUE, zorder=5)
        ax.annotate(mark.label, (mx, c), xytext=(0.985, 0.93), textcoords="axes fraction", ha="right", va="top",
                    fontsize=style.NOTE_PT, bbox=_note_box(), multialignment="left",
                    arrowprops={"arrowstyle": "->", "color": style.BLUE, "lw": 1.5})
        ax.set_xlim(0, 100)
        _band_above(ax, float(plan.peak_load), mark.label)
        ax.xaxis.set_major_locator(MultipleLocator(10))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:.0f}%"))
        places = 0 if plan.peak_load >= 10 else 1 if plan.peak_load >= 1 else 2
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:,.{places}f}"))
        _legend(fig, ax, legend_top, ncol=3)
        return _png(fig)


def render(data: ChartData) -> bytes:
    """PNG bytes for any chart built by :mod:`bot.charts`."""
    if isinstance(data, BreakEvenChart):
        return render_breakeven(data)
    if isinstance(data, CachingChart):
        return render_caching(data)
    if isinstance(data, CommitmentChart):
        return render_commitment(data)
    raise TypeError(f"no renderer for {type(data).__name__}")
