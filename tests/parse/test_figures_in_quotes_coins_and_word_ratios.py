"""Figures in quote marks ("peak is 'about 4x the average'"), a coin's worth as a price ("a quarter per million",
"a dime a call") and a ratio of number words ("three-to-one input to output") are read as if said plainly."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse


@pytest.mark.parametrize(
    "text",
    [
        "peak is 'about 4x the average', 35% off; sized for peak cost vs on-demand?",
        'peak is "about four times the average" per their SRE, 35% off - sized for peak what\'s the cost vs on-demand?',
    ],
)
def test_a_quoted_figure_is_read(text: str) -> None:
    assert parse(text).fields.peak_to_average == 4


def test_an_apostrophe_is_no_quote() -> None:
    fields = parse("they're at 60% util and we're offering 30% off").fields
    assert fields.utilization == [Decimal("0.6")] and fields.discount == Decimal("0.3")


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("cached reads at a quarter per million vs input at two fifty per million, 10k prefix, 20k calls a day 90% "
         "hits", "cache_read_rate", Decimal("0.25")),
        ("a dime a call flat vs $3/$15, 2k in 500 out", "per_call_fee", Decimal("0.1")),
        ("they get a quarter off if they commit, 60% util", "discount", Decimal("0.25")),
    ],
)
def test_a_coin_is_a_price_and_a_quarter_off_still_a_discount(text: str, field: str, value: Decimal) -> None:
    assert getattr(parse(text).fields, field) == value


def test_a_ratio_of_number_words_is_the_mix() -> None:
    fields = parse("flat 1 cent a call vs $3/$15 per M; at three-to-one input to output where do they cross?").fields
    assert fields.input_share == Decimal("0.75")


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("input's half a dollar per million, output $2 per million, 1M in 1M out a day", "input_rate", Decimal("0.5")),
        ("the $0.02-per-call endpoint vs $3/$15 per M, calls are 1,000 in / 200 out", "per_call_fee",
         Decimal("0.02")),
    ],
)
def test_half_a_dollar_and_a_fee_written_as_one_word(text: str, field: str, value: Decimal) -> None:
    assert getattr(parse(text).fields, field) == value


def test_the_same_discount_at_another_figure_is_a_utilization() -> None:
    fields = parse("30% off, and they'd run at 60% utilization. same discount at 85%?").fields
    assert fields.discount == Decimal("0.3") and Decimal("0.85") in fields.utilization


def test_a_nightly_jobs_runs_a_month_are_its_days() -> None:
    # a run: 20,000 × (2,000 × $0.20 + 300 × $0.80)/1M = 20,000 × $0.00064 = $12.80; × 21 runs = $268.80
    from tests.support.replies import assert_figures

    assert_figures("they process 20k docs every business night (21 runs a month), 2,000 in / 300 out per doc at "
                   "$0.20/$0.80 per M. one run and the month?", ["$12.80", "$268.80"])
