"""Tokens said of the busiest hour, with the average hour said as a share of it (or a peak-to-average ratio), are
priced as that hour and as a month of average hours: never as the peak held every hour, never as one call."""

from __future__ import annotations

from bot import router


def reply(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


def test_the_average_hour_said_as_a_fraction_of_the_peak_gives_the_month() -> None:
    text = reply("Ad-scoring job: during the peak hour it sends 12M input tokens and 3M output tokens, at $0.50/M in "
                 "and $2/M out. What does the peak hour cost, and a 730-hour month if an average hour is a quarter of "
                 "the peak?").text
    assert "together *$12.00*" in text  # 12M × 0.5/1M + 3M × 2/1M
    assert "$12.00 ÷ 4 = *$3.00*" in text
    assert "*$2,190.00*" in text  # $3.00 × 730


def test_a_peak_to_average_ratio_beside_a_peak_hour_is_a_quote_at_the_average_hour() -> None:
    answer = reply("their busiest hour: 6M in / 600k out. peak-to-average 2. $1/$5 per M. monthly bill?")
    assert answer.intent == "quote"
    assert "together *$9.00*" in answer.text  # 6M × 1/1M + 600k × 5/1M
    assert "$9.00 ÷ 2 = *$4.50*" in answer.text
    assert "*$3,285.00*" in answer.text  # $4.50 × 730


def test_a_share_that_is_no_short_ratio_is_shown_as_a_percentage() -> None:
    text = reply("peak hour is 10M input and 1M output tokens; the average hour runs at 35% of the peak. $2/$10 per M. "
                 "what's a month?").text
    assert "$30.00 × 35% = *$10.50*" in text
    assert "*$7,665.00*" in text  # $10.50 × 730


def test_a_peak_hour_held_all_month_is_still_the_worst_case() -> None:
    text = reply("in their busiest hour they push 6M in / 600k out at $1/$5 per M. what if every hour of the month "
                 "looked like that?").text
    assert "Average hour" not in text
    assert "*$6,570.00*" in text  # $9.00 × 730
