"""From parsed fields to the engine's inputs: which rates apply, and what is still missing.

Rates resolve in one fixed order (the engine's :func:`pricing.catalog.resolve_rates`): numbers in
the message, then the workspace rate card for the model, then the bundled catalog; numbers in the message
override single fields ("gpt-4o but input at $2/1M").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from bot.parse.models import Fields
from pricing.errors import PricingError
from pricing.rates import Rates

MESSAGE_SOURCE = "rates given in the message"

# What to ask for when an input is missing, with an example of how to say it.
EXAMPLES: dict[str, tuple[str, str]] = {
    "rates": ("the input and output rates", '"$3/$15 per 1M" or a model, e.g. "gpt-4o via openai"'),
    "input_rate": ("the normal input rate", '"$5/1M input"'),
    "caching_rates": ("the input and cache-read rates or a model",
                      '"$3/1M input, $0.30/1M cached" or "sonnet 4.5 on anthropic"'),
    "output_rate": ("the output rate", '"$15/1M output"'),
    "cache_read_rate": ("the cache-read price", '"cache hits at $0.50/1M"'),
    "cache_storage_rate": ("the cache storage price per 1M tokens per hour (the catalog has none)",
                           '"storage at $4.50/1M tokens per hour"'),
    "prefix_tokens": ("the size of the repeated prefix", '"4,000-token system prompt"'),
    "calls_per_day": ("the call volume", '"10k calls a day"'),
    "tokens": ("the tokens, input and output", '"2k in / 400 out per call" or "2M input + 500k output tokens a day"'),
    "token_split": ("how those tokens split between input and output", '"1.5M input + 500k output tokens a day"'),
    "rate_label": ("whether that rate is for input or output", '"$5/1M input, $15/1M output"'),
    "discount": ("the provisioned discount versus on-demand", '"40% discount"'),
    "utilization": ("the expected sustained utilization", '"80% utilization"'),
    "per_call_fee": ("the fee per call", '"$0.02 a call"'),
    "markup": ("the list markup over direct", '"25% above direct"'),
    "ea_discount": ("the buyer's EA discount", '"15% EA discount"'),
    "units": ("how many provisioned units", '"10 PTUs"'),
    "unit_hour_price": ("the price per unit-hour", '"$2.50 per PTU-hour"'),
    "tokens_per_minute_per_unit": ("the throughput of one unit", '"2,500 tokens per minute per PTU"'),
    "input_share": ("the share of those tokens that are input", '"80% input"'),
    "peak_to_average": ("the peak-to-average inference ratio", '"peak-to-average 3" or "3:1 peak to average"'),
}


@dataclass(frozen=True)
class Missing:
    """One input the reply asks for."""

    key: str
    what: str
    example: str


def missing(*keys: str) -> list[Missing]:
    return [Missing(key, *EXAMPLES[key]) for key in keys]


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

    given = {
        "input": fields.input_rate,
        "output": fields.output_rate,
        "cache_read": fields.cache_read_rate,
        "cache_write": fields.cache_write_rate,
        "cache_storage": fields.cache_storage_rate,
    }
    given = {k: v for k, v in given.items() if v is not None}
    if not need_output and not fields.model and "input" in given and "output" not in given:
        return RateResolution(Rates(source=MESSAGE_SOURCE, **{"output": Decimal(0), **given}))
    if not fields.model and not ("input" in given and "output" in given):
        return RateResolution(None)
    try:
        return RateResolution(engine_resolve(RateOverrides(**given), rate_cards or {}, fields.model, fields.provider))
    except PricingError as exc:
        return RateResolution(None, str(exc), list(getattr(exc, "suggestions", ())))
