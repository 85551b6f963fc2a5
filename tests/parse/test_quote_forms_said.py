"""Per-token quotes in forms reps write (our own sentences, not a scored batch's): one side priced alone, '@' for
'at' with rates in cents, token rates per minute or hour held round the clock, a blended rate asked for, a cost per
several call counts, and one side's rate stated as a share or multiple of the other's."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse
from tests.support.arithmetic import checks
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("what would 4M input tokens cost at $2.50 per million?", ["$10.00"]),  # 4 × $2.50
        ("price 1.2M output tokens @ $15/M", ["$18.00"]),  # 1.2 × $15
        ("ballpark for 600k prompt tokens a day on $3/1M input?", ["$1.80", "$54.75"]),  # 0.6 × $3; × 730/24
    ],
)
def test_one_side_alone_is_priced_alone(text: str, figures: list[str]) -> None:
    assert_figures(text, [*figures, "prices the"])


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("2B in @ 15c/MTok, 400M out @ 60c/MTok", ["$300.00", "$240.00", "$540.00"]),
        ("80M input @ $1.10/M and 20M output @ $4.40/M", ["$88.00", "$88.00", "$176.00"]),
        ("500M in @ 25 cents per million + 100M out @ $2", ["$125.00", "$200.00", "$325.00"]),
    ],
)
def test_at_signs_and_cents_per_million(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 50k/min × 1,440 = 72M a day × $2 = $144; 5k/min = 7.2M × $8 = $57.60; $201.60 a day × 730/24 = $6,132.00
        ("steady 50k tokens/min in and 5k/min output 24/7, $2/$8 - monthly?", ["$144.00", "$57.60", "$6,132.00"]),
        # 3M/hr × 24 = 72M × $1 = $72; 600k/hr = 14.4M × $4 = $57.60
        ("3M tokens/hour input, 600k/hour output around the clock at $1/$4", ["$72.00", "$57.60"]),
    ],
)
def test_token_rates_per_minute_or_hour(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_count_before_24_7_is_never_a_token_count() -> None:
    fields = parse("20k/min input and 2k/min output 24/7 on $3/$15").fields
    assert fields.output_tokens_per_day == 2_000 * 1_440 and fields.output_tokens_per_call is None


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 800M in, 200M out: 80% × $2.50 + 20% × $10 = $4.00
        ("800M input and 200M output a month at $2.50/$10 - what's the blended rate?", ["*$4.00/1M*"]),
        # 1,500 in / 500 out: 75% × $3 + 25% × $15 = $6.00
        ("calls are 1,500 in / 500 out on $3/$15, 10k a day; effective rate per million?", ["*$6.00/1M*"]),
    ],
)
def test_a_blended_rate_when_asked(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_cost_per_each_call_count_asked() -> None:
    # 1,000 × $1/1M + 250 × $4/1M = $0.002 a call
    assert_figures("each call 1,000 in / 250 out at $1/$4: cost per 1k calls, and per 100k calls?",
                   ["Per 1,000 calls", "*$2.00*", "Per 100,000 calls", "*$200.00*"])
    assert parse("cost per 1,000 requests at 500 in / 100 out, $1/$4").unused == []


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        ("input's priced at a quarter of output; output $16/M; 10M in, 1M out", ("4", "16")),
        ("output costs 4x input, input $0.75/M, 100M in and 20M out a month", ("0.75", "3")),
        ("prompt tokens cost 20% of the completion price ($20/M completion), 2M in 500k out", ("4", "20")),
        ("output runs five times the input rate, $2 input, 3M in 1M out", ("2", "10")),
    ],
)
def test_one_sides_rate_as_a_share_of_the_others(text: str, rates: tuple[str, str]) -> None:
    fields = parse(text).fields
    assert (fields.input_rate, fields.output_rate) == (Decimal(rates[0]), Decimal(rates[1]))
    assert fields.cache_read_rate is None


@pytest.mark.parametrize(
    "text",
    [
        "ballpark for 600k prompt tokens a day on $3/1M input?",
        "800M input and 200M output a month at $2.50/$10 - what's the blended rate?",
        "each call 1,000 in / 250 out at $1/$4: cost per 1k calls, and per 100k calls?",
    ],
)
def test_quote_lines_multiply_out(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert not [c for c in checks(reply.text) if not c.ok]


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        ("5k tickets a day, 2k in / 300 out each, on a model priced 0.40/1.60.", ("0.4", "1.6")),
        ("20M in and 4M out a month, 2.50/10 pricing", ("2.5", "10")),
        ("rates are 1/4 per MTok; 3M in, 1M out a day", ("1", "4")),
    ],
)
def test_a_rate_pair_without_dollar_signs_beside_a_pricing_word(text: str, rates: tuple[str, str]) -> None:
    fields = parse(text).fields
    assert (fields.input_rate, fields.output_rate) == (Decimal(rates[0]), Decimal(rates[1]))


def test_a_bare_pair_without_a_pricing_word_is_not_a_rate() -> None:
    assert parse("renewal on 3/15, 2M in 500k out a day").fields.input_rate is None


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 10M a day all in at 3:1 → 7.5M × $2 = $15 + 2.5M × $8 = $20 → $35 a day
        ("about ten million tokens a day all in, split 3 to 1 input to output, $2/$8", ["$15.00", "$20.00", "$35.00"]),
        # input $1, output 4 times that: 5M × $1 + 1M × $4 = $9 a day
        ("input is $1 per M and output costs 4 times that; 5M in, 1M out daily", ["$5.00", "$4.00", "$9.00"]),
        # output twice that: 2M × $0.50 + 1M × $1 = $2
        ("input's 50 cents a million, output twice that, 2M in 1M out per day", ["$1.00", "$2.00"]),
        # how much is 200k calls at 1k in / 100 out on $1/$5: 200M × $1 + 20M × $5 = $200 + $100 = $300
        ("how much is 200k calls at 1k in and 100 out, $1/$5?", ["$300.00"]),
    ],
)
def test_totals_mixes_multiples_and_counts_in_words(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)
