"""From parsed fields to the engine's inputs: which rates apply, and what is still missing.

Rates resolve in one fixed order (the engine's :func:`pricing.catalog.resolve_rates`): numbers in
the message, then the workspace rate card for the model, then the bundled catalog; numbers in the message
override single fields ("gpt-4o but input at $2/1M").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from bot.parse.models import Fields
from bot.phrases import ask_for
from pricing.errors import PricingError
from pricing.rates import MESSAGE_SOURCE, Rates


@dataclass(frozen=True)
class Missing:
    """One input the reply asks for."""

    key: str
    what: str
    example: str


def missing(*keys: str) -> list[Missing]:
    return [Missing(key, *ask_for(key)) for key in keys]


def row_options(fields: Fields) -> dict[str, Any]:
    """The catalog row the ask names: service tier, long-context prompt size, region."""
    return {"tier": fields.service_tier or "standard", "context_tokens": fields.context_tokens,
            "region": fields.region}


@dataclass
class RateResolution:
    """The rates to use (None when there are none) and, when none could be found, why."""

    rates: Rates | None
    problem: str | None = None
    suggestions: list[str] = field(default_factory=list)


def resolve_rates(
    fields: Fields, rate_cards: Mapping[str, Rates] | None, *, need_output: bool = True
) -> RateResolution:
    """Rates for this ask via the engine's resolution order. With ``need_output=False`` (caching) the
    message may give only input and cache rates; the engine's ``Rates`` needs an output rate, so it is
    set to zero and never shown."""
    from pricing.catalog import RateOverrides
    from pricing.catalog import resolve_rates as engine_resolve

    # A write price stated beside a TTL of an hour or more is the 1-hour write price ("1h TTL, writes $6/M").
    # With two lifetimes compared, a single write price stays the usual (5-minute) one.
    long_ttl = (fields.ttl_minutes is not None and fields.ttl_minutes >= 60 and not fields.compare_ttls
                and fields.cache_write_1h_rate is None)
    given = {
        "cache_write_1h": fields.cache_write_1h_rate,
        "input": fields.input_rate,
        "output": fields.output_rate,
        "cache_read": fields.cache_read_rate,
        "cache_write_1h" if long_ttl else "cache_write": fields.cache_write_rate,
        "cache_storage": fields.cache_storage_rate,
    }
    given = {k: v for k, v in given.items() if v is not None}
    if not need_output and not fields.model and "input" in given and "output" not in given:
        return RateResolution(Rates(source=MESSAGE_SOURCE, **{"output": Decimal(0), **given}))
    if not fields.model and not ("input" in given and "output" in given):
        return RateResolution(None)
    try:
        cards = {} if rate_cards is None else rate_cards  # not `or {}`: a lazy mapping is read only when needed
        return RateResolution(engine_resolve(
            RateOverrides(**given), cards, fields.model, fields.provider, **row_options(fields)
        ))
    except PricingError as exc:
        if not need_output and "input" in given and "cache_read" in given and "output" not in given:
            # "gpt-4o-class pricing: $2.50 input, cached $1.25": a model the catalog does not know, named beside the
            # rates a caching answer needs: the message's rates are used.
            return RateResolution(Rates(source=MESSAGE_SOURCE, **{"output": Decimal(0), **given}))
        return RateResolution(None, str(exc), list(getattr(exc, "suggestions", ())))
