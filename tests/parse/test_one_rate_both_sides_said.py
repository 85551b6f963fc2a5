"""One per-token rate said for input and output alike ("$0.72/M in and out", "both ways", "flat $X/M", "same rate
in/out"), in our own sentences: both sides are priced at it, the output side never at a catalog rate, and a side's own
rate said beside it is asked about, not guessed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("mistral small $0.90/M in and out. 12M in, 2M out = ?", "0.9"),
        ("qwen on together at $1.20/M both ways; 30M in and 8M out a month", "1.2"),
        ("flat $0.60/M on the llama endpoint, 2k in / 500 out, 10k calls a day", "0.6"),
        ("same rate in/out: $2/M. 5M in 1M out", "2"),
        ("input and output both at $0.35/M; 40M in, 10M out", "0.35"),
        ("$0.50/M each way for 100M in 20M out", "0.5"),
        ("$0.80 per million tokens, in or out, 12M in 3M out", "0.8"),
        ("$0.002 per 1k tokens in and out, 5M in 1M out", "2"),
        ("$1.10/M flat, 3k in / 1k out per call, 4,000 calls a day", "1.1"),
    ],
)
def test_one_rate_is_both_sides_rate(text: str, rate: str) -> None:
    fields = parse(text).fields
    assert fields.input_rate == Decimal(rate) and fields.output_rate == Decimal(rate)


@pytest.mark.parametrize(
    ("text", "figures", "output_line"),
    [
        # 12M × $0.90 = $10.80; 2M × $0.90 = $1.80; $12.60 (a catalog output rate would give another output figure)
        ("mixtral on bedrock $0.90/M in and out. 12M in 2M out, total?", ["$10.80", "$1.80", "$12.60"],
         "2,000,000 tokens × $0.90/1M = $1.80"),
        # 100M × $0.50 = $50.00; 20M × $0.50 = $10.00; $60.00
        ("llama 3.1 8b, $0.50/M both ways: 100M in 20M out", ["$50.00", "$10.00", "$60.00"],
         "20,000,000 tokens × $0.50/1M = $10.00"),
    ],
)
def test_the_output_side_is_priced_at_the_one_rate(text: str, figures: list[str], output_line: str) -> None:
    reply = router.answer(text, rate_cards={})
    for figure in figures:
        assert figure in reply.text, reply.text
    assert f"Output token costs: {output_line}" in reply.text  # the model's catalog output rate is not used


def test_a_side_rate_said_beside_the_one_rate_is_asked_about() -> None:
    reply = router.answer("$1/M in and out, but output $4/M. 2M in 1M out", rate_cards={})
    assert "Which output rate" in reply.text and "$4.00" in reply.text


@pytest.mark.parametrize(
    "text",
    ["$3/$15 in/out, 2k in 500 out", "vendor charges a flat $0.01 per call, 2k in 500 out at $3/$15"],
)
def test_two_rates_or_a_flat_fee_are_not_one_rate(text: str) -> None:
    fields = parse(text).fields
    assert (fields.input_rate, fields.output_rate) == (Decimal(3), Decimal(15))
