"""Per-million-token rates and where they came from."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict


class Rates(BaseModel):
    """USD per million tokens (MTok) for one model, with the source every answer must name."""

    model_config = ConfigDict(frozen=True)

    input: Decimal
    output: Decimal
    cache_read: Decimal | None = None
    cache_write: Decimal | None = None
    cache_write_1h: Decimal | None = None
    source: str
