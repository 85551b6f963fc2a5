"""A call's size as a bare slash pair ("2k/500", "6k/1.5k tokens", "our 3k/300 calls") is its input then output
tokens, and a count of calls with no period beside "total?" or "what's that cost?" is the number the total is for
(our own sentences, not a scored batch's)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import Intent, parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "tokens_in", "tokens_out"),
    [
        ("$2/$8 on 6k/1.5k tokens, what's a call cost?", 6_000, 1_500),
        ("flat 2c per request or per-token at $1/$4 for our 3k/300 requests?", 3_000, 300),
        ("1.2k/200, $0.50/$1.50, 40k calls a day, monthly?", 1_200, 200),
    ],
)
def test_a_bare_slash_pair_is_a_calls_input_then_output(text: str, tokens_in: int, tokens_out: int) -> None:
    fields = parse(text).fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == (Decimal(tokens_in), Decimal(tokens_out))


@pytest.mark.parametrize(
    "text",
    [
        "runs 24/7 on $3/$15",  # the hours of a week, not a call
        "20M/5M tokens a day at $3/$15",  # a day's counts: read as daily tokens elsewhere
        "2k/500 in/out at $3/$15",  # labelled: read by the in/out pattern
    ],
)
def test_pairs_that_are_not_a_bare_call_size(text: str) -> None:
    fields = parse(text).fields
    assert fields.output_tokens_per_call in (None, Decimal(500))
    if "24/7" in text:
        assert fields.input_tokens_per_call is None


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 6,000 × $2/1M + 1,500 × $8/1M = $0.012 + $0.012 = $0.024 against a 3-cent fee
        ("per-call 3 cents vs $2/$8 at 6k/1.5k tokens?", ["$0.024", "$0.006"]),
        # 3,000 × $1/1M + 300 × $4/1M = $0.0042 against 2 cents
        ("flat 2c per request or per-token at $1/$4 for our 3k/300 requests?", ["$0.0042", "$0.0158"]),
    ],
)
def test_a_fee_against_a_bare_pair_is_compared(text: str, figures: list[str]) -> None:
    assert parse(text).intent is Intent.PER_CALL
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1,000 × $2/1M + 250 × $8/1M = $0.004 a call; × 800,000 = $3,200 (input $1,600, output $1,600)
        ("800k requests, 1k in 250 out, $2/$8 - total?", ["$3,200.00", "$1,600.00"]),
        # 4,000 × $0.50/1M + 500 × $1.50/1M = $0.00275; × 20,000 = $55.00 (input $40.00, output $15.00)
        ("twenty thousand calls at 4k in / 500 out, fifty cents / $1.50 per million. what's that cost?",
         ["$55.00", "$40.00", "$15.00"]),
        ("$1/$4, 3k/600, 10k calls -> what's the damage?", ["$54.00"]),
    ],
)
def test_calls_without_a_period_beside_a_total_are_the_calls_it_is_for(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_count_of_calls_with_a_period_asked_still_asks_the_period() -> None:
    ask = parse("800k requests, 1k in 250 out, $2/$8 - total per month?")
    assert ask.fields.calls_total is None
    assert any(a.field == "calls_per_day" for a in ask.ambiguities)
