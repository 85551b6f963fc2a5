"""One cache write's cost asked with only its price (our own sentences): "what's a cache write? at $2.50 per million
and an 8k prefix, what does one cost?" prices the write at the price said, never that price as the input rate with
an assumed write premium on top."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    "text",
    [
        "what's a cache write? at $2.50 per million and an 8k prefix, what does one cost?",
        "explain cache writes. at $2.50/M on an 8,000-token prefix, what would one cost?",
        "what would a cache write cost for an 8k prefix at $2.50 per million?",
    ],
)
def test_the_one_price_beside_a_write_cost_question_is_the_write_price(text: str) -> None:
    fields = parse(text).fields
    assert (fields.cache_write_rate, fields.input_rate) == (Decimal("2.5"), None)
    # 8,000 x $2.50/1M = $0.02
    reply = reply_text(text)
    assert "8,000 × $2.50/1M = *$0.02*" in reply and "assumed 1.25×" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the input rate named, so the write is priced from it (stated as an assumption)
        "what's a cache write? at $2 per million input and an 8k prefix, what does one cost?",
        "what does a cache write cost on an 8k prefix with $2/M input and $0.20/M cache reads?",
    ],
)
def test_a_named_input_rate_stays_the_input_rate(text: str) -> None:
    fields = parse(text).fields
    assert (fields.input_rate, fields.cache_write_rate) == (Decimal(2), None)
