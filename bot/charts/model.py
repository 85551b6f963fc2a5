"""The data a chart shows, as plain typed values: series, marked points and every word on the chart.

Builders (:mod:`bot.charts.breakeven`, :mod:`bot.charts.caching`, :mod:`bot.charts.commitment`) fill these
from the pricing engine; :mod:`bot.charts.draw` draws them. Nothing here imports matplotlib, so the
figures and the wording can be tested (and linted against the field-language guide) without drawing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from bot.phrases import phrases

MAX_SERIES = 6
MAX_MARKERS = 12
def illustrative_note() -> str:
    """The footer line every chart starts with: the same illustrative note as the text answers."""
    return str(phrases()["illustrative"])


@dataclass(frozen=True, slots=True)
class Series:
    """One line: x and y values of equal length, with the legend label."""

    label: str
    x: tuple[Decimal, ...]
    y: tuple[Decimal, ...]

    def __post_init__(self) -> None:
        if len(self.x) != len(self.y):
            raise ValueError(f"series {self.label!r}: {len(self.x)} x values but {len(self.y)} y values")


@dataclass(frozen=True, slots=True)
class Marker:
    """A point called out on the chart, with the words written beside it."""

    x: Decimal
    y: Decimal
    label: str


@dataclass(frozen=True, slots=True)
class ChartText:
    """Every string drawn: title, subtitle, axis labels, notes in the footer."""

    title: str
    subtitle: str
    x_label: str
    y_label: str
    footer: tuple[str, ...] = field(default_factory=lambda: (illustrative_note(),))

    def strings(self) -> tuple[str, ...]:
        return (self.title, self.subtitle, self.x_label, self.y_label, *self.footer)


@dataclass(frozen=True, slots=True, kw_only=True)
class ChartData:
    """What every chart has: text, lines, and the points called out."""

    kind: str
    text: ChartText
    series: tuple[Series, ...]
    markers: tuple[Marker, ...] = field(default=())

    def __post_init__(self) -> None:
        # Drawing time grows with lines and call-outs; the builders stay far below these.
        if len(self.series) > MAX_SERIES or len(self.markers) > MAX_MARKERS:
            raise ValueError(f"{self.kind} chart: {len(self.series)} series and {len(self.markers)} markers; "
                             f"at most {MAX_SERIES} and {MAX_MARKERS}")

    def strings(self) -> tuple[str, ...]:
        """All words on the chart (for the field-language check)."""
        return (*self.text.strings(), *(s.label for s in self.series), *(m.label for m in self.markers))
