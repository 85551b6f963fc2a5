"""An explicit (Gemini-style) cache whose lifetime is said as how often it is made ("re-created once an hour", "the
first call each hour creates the cache", "created once a day"), whose creation is one of the calls when the ask says
so ("count the first call each hour as the write", "each write is one of the calls"), and whose storage price is said
after "stored ... at"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("made", "ttl"),
    [
        ("the cache is re-created once an hour", Decimal(60)),
        ("the first call each hour creates the cache", Decimal(60)),
        ("the context is created once a day", Decimal(1440)),
    ],
)
def test_how_often_the_cache_is_made_is_its_lifetime(made: str, ttl: Decimal) -> None:
    fields = parse(f"gemini explicit cache, 80k tokens, {made}; 900 calls a day over 9 hours, input $2/M, "
                   "cached $0.50/M, storage $4.50/M tokens/hour. net a day?").fields
    assert fields.ttl_minutes == ttl


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 9 creations (one per hour over 9 h), each one of the 900 calls: 891 hits × 80,000 × $1.50/1M = $106.92;
        # storage 80,000 × $4.50/1M × 9 h = $3.24; creations billed at input: no premium → $103.68
        ("gemini explicit cache, 80k tokens, the first call each hour creates the cache; 900 calls a day over "
         "9 hours, input $2/M, cached $0.50/M, storage $4.50/M tokens/hour. net a day?", ["$3.24", "$103.68"]),
        # 1-hour lifetime over 12 h: 12 writes, "each write is one of the calls": 1,188 hits × $0.06 = $71.28;
        # storage 40,000 × $1/1M × 12 = $0.48 → $70.80
        ("explicit cache, 40k-token doc, 1-hour TTL recreated every hour across a 12-hour day (each write is one of "
         "the calls, billed at the normal $2.00/M input). 1,200 calls a day, cached reads $0.50/M, stored the whole "
         "time at $1.00 per M tokens per hour. net daily?", ["$0.48", "$70.80"]),
    ],
)
def test_creations_that_are_calls_cost_no_premium(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)
