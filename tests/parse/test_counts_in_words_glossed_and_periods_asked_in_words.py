"""Counts said as a rep writes them: "a hundred thousand tokens" (the article is not a figure), a count glossed in
brackets before its period ("input tokens (the prompts they send) ... per business day"), a year asked as "what does
that annualize to?", a quarter counted "as thirteen weeks", and a month of business days said once."""

from __future__ import annotations

from bot import router


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def test_a_unit_that_handles_a_hundred_thousand_tokens_a_minute() -> None:
    text = reply("They average about 400,000 tokens a minute with a peak-to-average of two. One unit handles a hundred "
                 "thousand tokens per minute. How many units cover the peak, and what utilisation would they see?")
    # 400k × 2 = 800k ÷ 100k = 8 units; 400k ÷ 800k = 50%
    assert "*8 units*" in text
    assert "*50%*" in text


def test_a_thousand_calls_in_words_is_a_count_and_a_price_a_million_stays_a_rate() -> None:
    text = reply("about a thousand calls a day, each 2,000 in and 500 out, at two dollars a million in and eight "
                 "dollars a million out. daily cost?")
    # a call: 2,000 × $2/1M + 500 × $8/1M = $0.008; 1,000 calls: $8.00
    assert "*$8.00*" in text


def test_counts_glossed_in_brackets_keep_the_period_after_them() -> None:
    text = reply("Forecast: four million input tokens (the documents they upload) and half a million output tokens "
                 "(the summaries the model writes back) per business day, 20 business days a month. $1 per million "
                 "in, $4 per million out. Monthly bill?")
    # a day: 4M × $1/1M + 0.5M × $4/1M = $6; 20 days: $120
    assert "*$6.00*" in text
    assert "*$120.00*" in text
    assert "cache" not in text.lower()  # "writes back" glosses the output; it is no cache write


def test_a_month_of_business_days_is_said_once() -> None:
    text = reply("1M input and 200k output tokens per business day over 22 business days a month, $2/M in and $10/M "
                 "out. monthly?")
    # a day: $2 + $2 = $4; 22 days: $88, said as the month, not again as a span of days
    assert "Per month of 22 days" in text
    assert "*$88.00*" in text
    assert "Over 22 days" not in text


def test_what_a_quarter_annualizes_to() -> None:
    text = reply("They go through 600M input and 90M output tokens each quarter at $3 per million in and $12 per "
                 "million out. What does that annualize to?")
    # a quarter: 600 × $3 + 90 × $12 = $2,880; a year: $11,520
    assert "Per year" in text
    assert "*$11,520.00*" in text


def test_a_quarter_counted_as_thirteen_weeks() -> None:
    text = reply("Each call is 1,000 tokens in and 200 out at $4 per million in and $16 per million out. 50,000 "
                 "calls a week, and finance counts a quarter as thirteen weeks. Per-quarter figure?")
    # a call: $0.004 + $0.0032 = $0.0072; a week $360; 13 weeks $4,680; "a quarter" is the period, not 25%
    assert "Per quarter of 13 weeks" in text
    assert "*$4,680.00*" in text
    assert "25%" not in text
