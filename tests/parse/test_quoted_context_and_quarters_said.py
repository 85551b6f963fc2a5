"""Pasted context in a Slack block quote is read line by line like the ask's own words, and a quarter said as the
period of a term or of tokens is the calendar's, never 25% (our own sentences, not a scored batch's)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from bot.parse.numbers import normalize
from tests.support.replies import assert_figures


@pytest.mark.parametrize("raw", ["> per month: 2B in, 400M out", "&gt; per month: 2B in, 400M out"])
def test_a_block_quote_mark_is_dropped(raw: str) -> None:
    assert normalize(raw) == "per month: 2b in, 400m out"


def test_a_period_heading_inside_a_block_quote_is_read() -> None:
    fields = parse("from their email:\n> monthly: 1.2B input, 300M output\n> on $2/$8\nwhat's the bill?").fields
    assert fields.volume_period == "month"
    assert fields.input_tokens_per_day is not None


@pytest.mark.parametrize("text", [
    "a one-quarter term on 2 units at $40/unit-hour, 20B input and 4B output a quarter at $2/$8",
    "they push 20B input and 4B output a quarter; 2 units at $40/unit-hour for a quarter commitment; $2/$8",
])
def test_a_quarter_said_as_a_period_is_not_a_percentage(text: str) -> None:
    ask = parse(text)
    assert not any(a.field == "percent" for a in ask.ambiguities)
    assert ask.fields.volume_period == "quarter"


def test_units_against_a_quarters_tokens_are_priced_over_the_quarter() -> None:
    # provisioned 3 x $20 x 2,190 h = $131,400.00; on-demand 30B x $1 + 5B x $4 = $30,000 + $20,000 = $50,000.00
    assert_figures("Vertex proposal:\n> 3 GSUs @ $20/GSU-hour, one-quarter term\n> expected tokens over the quarter: "
                   "30 billion input, 5 billion output\n> on-demand $1 per 1M input / $4 per 1M output\nquarterly cost "
                   "each way?", ["$131,400.00", "$50,000.00", "$81,400.00"])


def test_gsus_are_units() -> None:
    assert parse("2 GSUs at $30/GSU-hour against $40k a month on-demand").fields.units == Decimal(2)
