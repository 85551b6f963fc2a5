"""From read usage to the engine's analysis: rates for every usage line, then :func:`pricing.analyse_usage`.

Rates come from the rate cards given (a ``--rates`` file, then the workspace's cards) and then the bundled
catalog, per model and provider. A model nothing prices stays in the answer as *unpriced* with the row where it
first appears and why (the catalog's "did you mean"), so its usage is never dropped silently.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from bot.usage.read import CLASSES, LineKey, UsageData, UsageFileError
from pricing import PricingError, Rates, UsageAnalysis, UsageLine, UsageRequest, analyse_usage, resolve_rates


@dataclass(frozen=True)
class Unpriced:
    model: str
    provider: str | None
    row: str
    reason: str


@dataclass(frozen=True)
class UsageResult:
    """The analysis and what the reply says about the file it came from (:class:`bot.answer.UsageAnswer`
    carries it to the presentation layer)."""

    source: str
    format: str
    rows: int
    analysis: UsageAnalysis
    unpriced: tuple[Unpriced, ...]
    naive_times: bool
    service_tiers: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """Every figure, JSON-ready (Decimals as strings, times in ISO 8601)."""
        return {
            "source": self.source,
            "format": self.format,
            "rows": self.rows,
            "timestamps_without_offset_read_as_utc": self.naive_times,
            "service_tiers": list(self.service_tiers),
            "unpriced": [vars(u) for u in self.unpriced],
            **self.analysis.model_dump(mode="json"),
        }


def _rates(key: LineKey, rate_cards: Mapping[str, Rates]) -> Rates:
    model, provider, _ = key
    return resolve_rates(None, rate_cards, model, provider)


def analyse(data: UsageData, *, discount: Decimal | None = None,
            rate_cards: Mapping[str, Rates] | None = None) -> UsageResult:
    """Price every usage line and run the engine; raises :class:`UsageFileError` when nothing can be priced."""
    cards = rate_cards or {}
    lines: list[UsageLine] = []
    unpriced: list[Unpriced] = []
    by_model: dict[tuple[str, str | None], Rates | PricingError] = {}
    for key in sorted(data.lines, key=lambda k: (k[0], k[1] or "", k[2])):
        model, provider, batch = key
        found = by_model.get((model, provider))
        if found is None:
            try:
                found = _rates(key, cards)
            except PricingError as exc:
                found = exc
            by_model[(model, provider)] = found
        rates = found if isinstance(found, Rates) else None
        if rates is None:
            unpriced.append(Unpriced(model, provider, data.first_row[key], str(found)))
        counts = {name: data.hourly(key, i) for i, name in enumerate(CLASSES)}
        lines.append(UsageLine(model=model, provider=provider, batch=batch, rates=rates,
                               requests=data.requests(key), **counts))
    if not any(line.rates for line in lines):
        first = unpriced[0]
        raise UsageFileError(f"no model in the file can be priced: {first.reason}. Add a rate card "
                             f"(pricebot rates set {first.model} --input .. --output ..) or pass --rates",
                             row=first.row, column="model", value=first.model)
    try:
        analysis = analyse_usage(UsageRequest(start=data.start, hours=data.hours, lines=tuple(lines),
                                              discount=discount))
    except PricingError as exc:
        raise UsageFileError(str(exc), row=data.source) from None
    return UsageResult(
        source=data.source,
        format=data.format,
        rows=data.rows,
        analysis=analysis,
        unpriced=tuple(unpriced),
        naive_times=data.naive_times,
        service_tiers=tuple(sorted(data.service_tiers)),
    )
