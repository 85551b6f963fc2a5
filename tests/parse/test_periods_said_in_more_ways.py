"""Periods said in more of the ways reps say them: a business day heading the token counts ("Per business day they do
60M input"), the peak hour held every one of the 24 hours, a period heading the calls ("Quarterly: 1.8M calls"),
the calls named before their count over a working day ("calls come in at random, ~12,000 over a 10-hour business
day"), and a month stated by its days beside a day asked for a capacity bill."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import assert_figures


def test_a_business_day_heading_the_token_counts() -> None:
    text = ("Per business day they do 20M input and 2M output; 22 business days this month. $0.50/M in, $2/M out. "
            "Monthly?")
    ask = parse(text)
    assert (ask.fields.input_tokens_per_day, ask.fields.output_tokens_per_day) == (Decimal(20_000_000),
                                                                                   Decimal(2_000_000))
    # a day: 20 × $0.50 + 2 × $2 = $14.00; 22 days: $308.00 (input $220.00, output $88.00)
    assert_figures(text, ["$308.00", "$220.00", "$88.00"])


def test_the_peak_hour_held_every_hour_of_the_day() -> None:
    # 24 × 500k = 12M input × $3 = $36.00; 24 × 100k = 2.4M output × $15 = $36.00; $72.00 a day
    assert_figures("Peak hour yesterday: 500k in and 100k out. If all 24 hours looked like that, a day at $3/$15?",
                   ["$72.00"])


def test_a_period_heading_the_calls() -> None:
    ask = parse("Quarterly: 912,500 calls, 2k prefix, 90% hit rate, $1 input / $0.10 read / $1.25 write per M. "
                "Net saving for the quarter?")
    assert ask.fields.calls_per_day == Decimal(10_000)  # 912,500 over a 91.25-day quarter


def test_the_calls_named_before_their_count_over_a_working_day() -> None:
    ask = parse("requests arrive at random, roughly 6,000 over an 8-hour working day. 5-minute TTL, 3k prefix, $3 in, "
                "$0.30 read, $3.75 write. net a day?")
    assert (ask.fields.calls_per_day, ask.fields.active_hours) == (Decimal(6000), Decimal(8))
    # the same volume restated as a rate over those hours is the same calls, not a second volume to choose from
    restated = parse("calls come in at random, ~6,000 over an 8-hour working day (so ~12.5/min). 5-minute TTL, 3k "
                     "prefix, $3 in, $0.30 read, $3.75 write. net a day?")
    assert (restated.fields.calls_per_day, restated.ambiguities) == (Decimal(6000), [])


def test_a_month_stated_by_its_days_beside_the_day_asked() -> None:
    # 3 × $10 × 24 h = $720.00 a day; × 720 h (a 30-day month) = $21,600.00
    assert_figures("3 PTUs at $10/hr each, for a 30-day month. total and per day?", ["$720.00", "$21,600.00"])


def test_a_month_of_working_days_said_as_one_word() -> None:
    for text in ("2k in 500 out at $1/$4, 10k calls a day. daily and a 21-working-day month?",
                 "2k in 500 out at $1/$4, 10k calls a day. daily and a 21 business day month?"):
        ask = parse(text)
        assert (ask.fields.days_per_month, ask.unused) == (Decimal(21), []), text


def test_heads_times_units_each_times_calls_per_unit() -> None:
    # 300 agents × 40 tickets × 3 calls = 36,000 calls a day; 1,000 × $2 + 200 × $8 = $0.0036 a call -> $129.60
    ask = parse("300 agents, each does ~40 tickets a day, 3 model calls per ticket. per call 1,000 in and 200 out "
                "at $2/$8. daily?")
    assert ask.fields.calls_per_day == Decimal(36_000)
    assert_figures("300 agents, each does ~40 tickets a day, 3 model calls per ticket. per call 1,000 in and 200 out "
                   "at $2/$8. daily?", ["$129.60"])


def test_calls_named_with_a_short_word_before_the_noun() -> None:
    # 73,000 ID checks a month is 2,400 a day of a 730-hour month
    assert parse("73,000 ID checks a month, 2k in 100 out at $1/$4. monthly?").fields.calls_per_day == Decimal(2400)
