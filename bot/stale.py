"""Stored quotes whose catalog rates have changed since they were answered.

Every answer keeps the rates it used (``Reply.data["rates"]``, and each row of a side-by-side comparison), with
the genai-prices version and the catalog row they came from (model, provider, service tier, prompt size,
region). :func:`stale_quotes` reads the catalog's rates for the same row today and reports each quote whose
rates differ, with the old and new rates and, where the quote has daily token totals, the old and new daily
cost of the same tokens.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from bot.store import Store
from pricing.catalog import catalog_version, current_rates, rate_changes
from pricing.errors import PricingError
from pricing.per_token import per_token_cost
from pricing.rates import Rates


@dataclass(frozen=True)
class StaleRates:
    """One stored reading of a catalog row that no longer matches the catalog."""

    quote_id: int
    created_at: str
    text: str
    label: str
    old_version: str
    new_version: str
    changes: dict[str, tuple[Decimal | None, Decimal | None]]
    problem: str | None = None  # the catalog no longer has the row
    old_per_day: Decimal | None = None
    new_per_day: Decimal | None = None


def _rates_in(data: Mapping[str, Any]) -> Iterator[tuple[str, Rates, Mapping[str, Any] | None]]:
    """(label, rates, daily token totals or None) for every catalog reading a stored answer holds."""
    result = data.get("result")
    if isinstance(data.get("rates"), dict):
        tokens = result if isinstance(result, dict) and "input_tokens_per_day" in result else None
        yield "", Rates.model_validate(data["rates"]), tokens
    if isinstance(result, dict) and isinstance(result.get("rows"), list):
        for row in result["rows"]:
            if isinstance(row, dict) and isinstance(row.get("rates"), dict):
                yield str(row.get("label", "")), Rates.model_validate(row["rates"]), result


def _per_day(rates: Rates, tokens: Mapping[str, Any] | None) -> Decimal | None:
    if tokens is None or tokens.get("input_tokens_per_day") is None or tokens.get("output_tokens_per_day") is None:
        return None
    return per_token_cost(rates, Decimal(str(tokens["input_tokens_per_day"])),
                          Decimal(str(tokens["output_tokens_per_day"]))).total


def stale_quotes(store: Store, *, limit: int = 500, user: str | None = None) -> list[StaleRates]:
    """The most recent ``limit`` stored quotes (with `user`, that person's), checked against today's catalog; the
    stale ones, newest first."""
    found: list[StaleRates] = []
    today: dict[tuple[Any, ...], Rates | PricingError | None] = {}  # one catalog reading per row
    for row in store.quotes(limit=limit, user=user):
        data = row.get("result")
        if not isinstance(data, dict):
            continue
        for label, old, tokens in _rates_in(data):
            key = (old.catalog_version, old.model, old.provider, old.service_tier, old.context_tokens, old.region)
            if key not in today:
                try:
                    today[key] = current_rates(old)
                except PricingError as gone:
                    today[key] = gone
            new = today[key]
            if isinstance(new, PricingError):
                found.append(StaleRates(row["id"], row["created_at"], row["text"], label or old.model or "",
                                        old.catalog_version or "", catalog_version(), {}, problem=str(new)))
                continue
            if new is None:
                continue
            changes = rate_changes(old, new)
            if changes:
                found.append(StaleRates(
                    row["id"], row["created_at"], row["text"], label or f"{old.model} ({old.provider})",
                    old.catalog_version or "", new.catalog_version or "", changes,
                    old_per_day=_per_day(old, tokens), new_per_day=_per_day(new, tokens),
                ))
    return found
