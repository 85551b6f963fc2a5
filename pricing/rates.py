"""Per-million-token rates and where they came from."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import ConfigDict

from pricing.validation import PricingModel, Rate

ServiceTier = Literal["standard", "batch", "flex", "priority", "fast"]
Region = Literal["regional", "global"]

#: The source named for rates the rep stated in the message (the catalog's rows and rate cards name their own).
MESSAGE_SOURCE = "rates given in the message"
#: The source named when each row of a pasted table is priced at its own rates (the totals at their blend).
ROWS_SOURCE = "each row's own rates, from your table"


class Rates(PricingModel):
    """USD per million tokens (MTok) for one model, with the source every answer must name.

    ``cache_read`` is the price of a cache hit, ``cache_write`` of a 5-minute (default TTL) cache write,
    ``cache_write_1h`` of a 1-hour write, ``cache_storage`` the price of keeping 1M tokens cached for an hour
    (fixed-lifetime caches such as Gemini's; USD per MTok-hour). Rates are bounded: 0 to $10,000/MTok.
    ``model``/``provider`` are the catalog ids when the rates came from the catalog; ``notes`` carries caveats
    such as "base tier of tiered prices". Catalog rates also keep the genai-prices ``catalog_version`` and the
    row options they were read with (``service_tier``, ``context_tokens``, ``region``), so a stored quote can be
    re-priced.
    """

    model_config = ConfigDict(frozen=True, extra="ignore", allow_inf_nan=False, defer_build=True)

    input: Rate
    output: Rate
    cache_read: Rate | None = None
    cache_write: Rate | None = None
    cache_write_1h: Rate | None = None
    cache_storage: Rate | None = None
    source: str
    model: str | None = None
    provider: str | None = None
    notes: tuple[str, ...] = ()
    #: The provider's other catalog rows the model's name matched (ids; named in ``notes``), kept so a stored
    #: reading read again by its exact row names them as it did.
    other_rows: tuple[str, ...] = ()
    catalog_version: str | None = None
    #: The cache prices ("cache_read", "cache_write", "cache_write_1h") taken from a row whose input rate differs from
    #: the one stated, at that row's multiples of its own input rate (``scaled_from_input``).
    scaled: tuple[str, ...] = ()
    scaled_from_input: Decimal | None = None
    service_tier: ServiceTier = "standard"
    context_tokens: Decimal | None = None
    region: Region | None = None
