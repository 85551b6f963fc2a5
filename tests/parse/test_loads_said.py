"""Provisioned and caching inputs said as reps say them (our own sentences): the peak-to-average ratio from a peak
load and an average load, the utilization from a commitment and the load actually used, a caching claim named by its
figure, and the cacheable part of a prompt named after it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse


def _reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


@pytest.mark.parametrize(
    ("text", "ratio", "figures"),
    [
        # 4,000 ÷ 1,600 = 2.5:1 → 40% utilization; at 45% off: 0.55 ÷ 0.40 = 137.5% of on-demand
        ("traffic averages 1,600 tokens/sec and peaks at 4,000 tokens/sec; sized for peak at 45% off, does it pay?",
         Decimal("2.5"), ["40%", "137.5%"]),
        # 1,200 ÷ 1,000 = 1.2:1 → 83.33% utilization; at 40% off: 0.60 ÷ 0.8333 = 72% of on-demand
        ("peak load 1,200 rpm, average 1,000 rpm, provisioned for the peak at 40% off. worth it?",
         Decimal("1.2"), ["83.33%", "72%"]),
    ],
)
def test_the_peak_to_average_ratio_from_two_loads(text: str, ratio: Decimal, figures: list[str]) -> None:
    assert parse(text).fields.peak_to_average == ratio
    reply = _reply(text)
    for figure in figures:
        assert figure in reply


@pytest.mark.parametrize(
    ("text", "utilization", "figure"),
    [
        # 240k ÷ 400k = 60%; at 30% off: 0.70 ÷ 0.60 = 116.67% of on-demand
        ("they reserved 400k TPM but actual usage is 240k TPM, 30% discount. still cheaper?", Decimal("0.6"),
         "116.67%"),
        # 45 ÷ 50 = 90%; at 25% off: 0.75 ÷ 0.90 = 83.33% of on-demand
        ("committed to 50 rps, average 45 rps, 25% off on-demand", Decimal("0.9"), "83.33%"),
    ],
)
def test_the_utilization_from_a_commitment_and_its_use(text: str, utilization: Decimal, figure: str) -> None:
    assert parse(text).fields.utilization == [utilization]
    assert figure in _reply(text)


def test_a_caching_claim_named_by_its_figure_is_checked_not_read_as_a_hit_rate() -> None:
    # 6k ÷ 8k × (1 − 10%) = 67.5%: below the 70% claimed
    text = ("is the '70% or more' caching claim true for us? 8k input tokens per call, 6k of it is the static prefix, "
            "cache reads at 10% of input")
    ask = parse(text)
    assert ask.fields.claimed_cut == Decimal("0.7") and ask.fields.hit_ratio is None
    assert _reply(text).splitlines()[1].startswith("*No:* a hit cuts 67.5% of the prompt's input cost, not 70%")


def test_the_cacheable_part_of_a_prompt_named_after_it() -> None:
    # 4,500 × ($2 − $0.20)/1M = $0.0081 a hit
    text = "prompt is 5k tokens, the static part is 4,500 of that. $2 input, $0.20 cached. saving per hit?"
    fields = parse(text).fields
    assert (fields.prefix_tokens, fields.input_tokens_per_call) == (Decimal(4500), Decimal(5000))
    assert "*$0.0081*" in _reply(text)


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        ("8k prefix at $2 / $0.20 / $2.50, 5k calls a day", (Decimal(2), Decimal("0.2"), Decimal("2.5"))),
        ("caching a 3k prefix, $4 / $0.40, 20k calls a day", (Decimal(4), Decimal("0.4"), None)),
    ],
)
def test_cache_prices_written_as_a_slash_list_in_a_caching_ask(text: str, rates: tuple[Decimal, ...]) -> None:
    fields = parse(text).fields
    assert (fields.input_rate, fields.cache_read_rate, fields.cache_write_rate) == rates
    assert fields.output_rate is None  # a price below the input rate is never an output rate here


def test_input_and_output_rates_in_a_caching_ask_stay_rates() -> None:
    fields = parse("caching a 4k prefix on a $3/$15 model, reads $0.30, 10k calls a day").fields
    assert (fields.input_rate, fields.output_rate, fields.cache_read_rate) == (Decimal(3), Decimal(15), Decimal("0.3"))


def test_the_share_of_calls_that_write_is_shown() -> None:
    # 120 calls over 12 hours with a 5-minute TTL: λ·TTL = 120 × 5 ÷ 720 = 0.8333; e^−0.8333 = 43.46% of calls write
    reply = _reply("one call every 6 minutes at random, 12 hours a day, 5-minute TTL, 4k prefix at $3 / $0.30 / $3.75. "
                   "what share of calls write the cache?")
    assert "(43.46% of calls write)" in reply
