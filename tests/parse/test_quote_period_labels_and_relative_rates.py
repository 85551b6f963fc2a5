"""Quote asks (our own sentences, not a scored batch's): token counts after a label that names their period ("input
tokens / year: 1.2B", "output per week - 14M") are that period's totals, and an output rate said as a multiple of the
input rate with the multiple first ("three times that for output") or "as much" ("output costs 4 times as much")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import Intent, parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 600M × $2/1M = $1,200 and 120M × $8/1M = $960 a year; a month is a twelfth: $100.00 + $80.00 = $180.00
        ("Annual figures from finance:\n  input tokens / year: 600M\n  output tokens / year: 120M\nrates $2/M in, "
         "$8/M out. monthly please", ["$100.00", "$80.00", "$180.00"]),
        # 70M × $1/1M = $70.00; 14M × $4/1M = $56.00; $126.00 a week
        ("prompt tokens per week: 70M; completion tokens per week: 14M. pricing $1/$4. weekly cost?",
         ["$70.00", "$56.00", "$126.00"]),
        # 2M × $2.50/1M = $5.00; 500k × $10/1M = $5.00; $10.00 a day
        ("usage:\n- input tokens/day: 2M\n- output tokens/day: 500k\nrates $2.50 in $10 out, daily?",
         ["$5.00", "$10.00"]),
    ],
)
def test_a_count_after_a_label_naming_its_period_is_that_periods_total(text: str, figures: list[str]) -> None:
    ask = parse(text)
    assert ask.intent is Intent.QUOTE
    assert ask.fields.input_tokens_per_day is not None and ask.fields.output_tokens_per_day is not None
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "output_rate"),
    [
        ("4M in 1M out a day at $2 per million in and three times that for output", Decimal(6)),
        ("4M in 1M out a day, $1.25 per million input and 8x that on the output side", Decimal(10)),
        ("4M in 1M out a day, input $5/M, output costs 4 times as much", Decimal(20)),
        ("4M in 1M out a day, input $3/M, output is twice as much as input", Decimal(6)),
    ],
)
def test_an_output_rate_said_as_a_multiple_of_the_input_rate_is_priced(text: str, output_rate: Decimal) -> None:
    fields = parse(text).fields
    assert fields.output_rate == output_rate
    # 1M output tokens a day at the output rate
    assert_figures(text, [f"${output_rate:,.2f}"])


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 40M × $0.50/1M = $20.00 + 8M × $2/1M = $16.00 → $36.00 a month
        ("Monthly cost for 40M input and 8M output tokens on $0.50/$2?", ["$20.00", "$16.00", "$36.00"]),
        # 3M × $2/1M = $6 + 600k × $8/1M = $4.80 → $10.80 a day
        ("what's the daily bill on 3M input + 600k output tokens, $2/$8", ["$10.80"]),
        # 2.4B × $0.25/1M = $600 + 600M × $1.25/1M = $750 → $1,350.00 a year, $112.50 a month
        ("annual spend for 2.4B input / 600M output tokens at $0.25/$1.25?", ["$1,350.00", "$112.50"]),
        # 90M × $1/1M = $90 + 30M × $4/1M = $120 → $210.00 a month
        ("what would a month of 90M in / 30M out cost on $1/$4", ["$210.00"]),
    ],
)
def test_counts_after_a_cost_named_for_a_period_are_that_periods_totals(text: str, figures: list[str]) -> None:
    ask = parse(text)
    assert ask.fields.calls_per_day is None and ask.fields.input_tokens_per_day is not None
    assert_figures(text, figures)


def test_a_calls_size_after_a_monthly_cost_stays_a_call() -> None:
    # a call's size with its volume: the month is asked, not the counts' period
    fields = parse("monthly cost for 3k in / 400 out, 20k calls a day, $1/$4").fields
    assert (fields.input_tokens_per_call, fields.calls_per_day) == (Decimal(3000), Decimal(20000))


@pytest.mark.parametrize(
    "text",
    ["cost for a quarter at 1M calls/month, 900 in 100 out, $2/$8?",
     "what do we spend over a quarter at 1M calls a month, 900 in / 100 out, $2/$8"],
)
def test_a_quarter_as_a_span_of_time_is_not_a_share(text: str) -> None:
    ask = parse(text)
    assert not ask.ambiguities
    # a call 900 × $2/1M + 100 × $8/1M = $0.0026; 1M a month: $2,600.00; three months $7,800.00
    assert_figures(text, ["$2,600.00", "$7,800.00"])


@pytest.mark.parametrize(
    ("text", "calls_per_day"),
    [
        ("2k users x 15 msgs/day, 800 in 200 out, $1/$4, monthly?", Decimal(30000)),
        ("12k convos a day, 1k in / 300 out each at $0.15/$0.60", Decimal(12000)),
    ],
)
def test_messages_and_conversations_abbreviated_are_counted(text: str, calls_per_day: Decimal) -> None:
    assert parse(text).fields.calls_per_day == calls_per_day


def test_sides_said_in_the_plural_are_read() -> None:
    fields = parse("inputs ~2.5k tokens, outputs around 400. 8k calls/day, $3/$15").fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == (Decimal(2500), Decimal(400))


@pytest.mark.parametrize(
    ("text", "calls_per_day"),
    [
        ("3,000 daily active users, 6 questions each, 1k in / 300 out per question at $1/$4. monthly?", 18000),
        ("8k DAU, each sends ~5 messages, 700 in 150 out, $0.15/$0.60 - monthly cost?", 40000),
    ],
)
def test_users_counted_a_day_make_each_ones_count_a_days(text: str, calls_per_day: int) -> None:
    ask = parse(text)
    assert ask.fields.calls_per_day == Decimal(calls_per_day)
    assert not ask.ambiguities


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # $200.00 a month (25M × $5/1M + 5M × $15/1M) × 18
        ("what's 18 months of 25M in + 5M out per month at $5/$15?", "$3,600.00"),
        # 2M × ($0.0005 + $0.0004) = $1,800.00 a month × 24
        ("2M calls/month at 500 in 100 out, $1/$4, over 2 years?", "$43,200.00"),
        # 10,000 × $0.006 = $60 a day → $1,825.00 a month × 12
        ("10k calls a day, 1k in 200 out, $3/$15 - cost over the next 12 months?", "$21,900.00"),
    ],
)
def test_a_span_of_months_is_the_monthly_cost_times_its_months(text: str, figure: str) -> None:
    assert_figures(text, [figure])
    assert "Not used" not in reply_text(text)


@pytest.mark.parametrize(
    "text",
    ["they've been on on-demand for 12 months: 100M in + 20M out a month at $2/$8",
     "50M input + 10M output tokens a month at $3/$15, based on 6 months of logs"],
)
def test_a_span_said_in_passing_is_no_span_to_price(text: str) -> None:
    assert "-month term" not in reply_text(text)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 90 a minute × 1,440 = 129,600 calls a day × (1,200 × $1 + 300 × $4)/1M = $0.0024 → $311.04 a day
        ("peak 300 requests per minute, average 90 rpm, 1.2k in 300 out, $1/$4 - monthly bill?", ["$311.04"]),
        # 300 an hour × 24 = 7,200 a day × (2,000 × $3 + 500 × $15)/1M = $0.0135 → $97.20 a day
        ("Quote pls: 1,200 calls/hr peak, 300/hr average, 2k in 500 out, $3/$15. monthly at the average?",
         ["$97.20", "$2,956.50"]),
    ],
)
def test_a_bill_from_a_peak_and_an_average_load_runs_at_the_average(text: str, figures: list[str]) -> None:
    ask = parse(text)
    assert ask.intent is Intent.QUOTE and not ask.ambiguities
    assert_figures(text, figures)
