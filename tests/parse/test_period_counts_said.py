"""A quote shows the calls and tokens of each period it prices, and a period's length said the way the engine counts
it ("(730 hrs)", "(365)", "8,760 hours") confirms that period instead of being listed as unused (our own sentences,
not a scored batch's)."""

from __future__ import annotations

import pytest

from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2,000 × 24 = 48,000 a day; × 730 ÷ 24 = 1,460,000 calls; × 1,500 = 2,190,000,000 in; × 300 = 438,000,000 out
        ("2,000 requests an hour around the clock, 1.5k in / 300 out, $1/$5 - monthly?",
         ["1,460,000 calls", "2,190,000,000 input + 438,000,000 output tokens"]),
        # 12,000 × 365 = 4,380,000 calls; × 800 = 3,504,000,000 in; × 200 = 876,000,000 out
        ("12,000 calls/day, every day of the year, 800 in / 200 out at $0.50/$1.50, annual figure?",
         ["4,380,000 calls", "3,504,000,000 input + 876,000,000 output tokens"]),
        # 40 × 86,400 = 3,456,000 a day; × 730 ÷ 24 = 105,120,000 calls
        ("40 requests/second 24/7, 300 in / 50 out, $0.20/$0.80 - what's a month (730 hours)?", ["105,120,000 calls"]),
        # 20,000 × 7 = 140,000 calls a week
        ("20k calls a day, 1k in / 100 out, $2/$8, weekly cost?", ["140,000 calls"]),
        # tokens stated a day, no calls: 30M × 730 ÷ 24 = 912,500,000 input, 6M → 182,500,000 output a month
        ("30M input and 6M output tokens a day at $1/$3, monthly?", ["912,500,000 input + 182,500,000 output tokens"]),
    ],
)
def test_each_priced_period_shows_its_calls_and_tokens(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text",
    [
        "9k calls/day every day of the year (365), 2k in / 300 out, $0.30/$1.20. yearly?",
        "150 requests/min, 24/7, 1k in + 200 out, $2.50/$10. monthly total please (730 hrs).",
        "6k calls a day, 500 in / 100 out at $1/$4; what's the year at 8,760 hours?",
        "25k calls a day, 700 in 150 out, $0.40/$1.60 - weekly (168h)?",
    ],
)
def test_the_engines_period_length_said_is_not_unused(text: str) -> None:
    reply = reply_text(text)
    assert "Not used" not in reply, reply
    assert " holds " in reply  # the period asked is priced with its volume


def test_another_month_length_is_said_to_be_unused() -> None:
    # the engine's month is 730 hours: a 720-hour month is not silently taken as the same thing
    reply = reply_text("3k calls/day 500 in 100 out $1/$2, monthly (720 hrs)?")
    assert "Not used" in reply and "720 hrs" in reply


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2k × $1/1M + 300 × $4/1M = $0.0032 a call; 1,500 × $0.0032 = $4.80 an hour; × 24 = $115.20 a day;
        # × 30 days = $3,456.00
        ("1,500 calls an hour round the clock, 30 days (720 hrs). 2k in, 300 out at $1/$4. hourly and monthly?",
         ["$4.80", "*$3,456.00*", "Per month of 30 days"]),
        # 1k × $2/1M + 100 × $8/1M = $0.0028; 500 × 24 = 12,000 calls a day: $33.60; × 31 days = $1,041.60
        ("500 requests/hr 24/7 for 31 days / 744h, 1k in 100 out, $2/$8 - monthly bill?", ["*$1,041.60*"]),
    ],
)
def test_a_month_of_days_said_with_its_hours_is_priced_over_those_days(text: str, figures: list[str]) -> None:
    """ "30 days (720 hrs)": the rep's month of whole days, its hours confirming it, is priced beside the 730-hour
    month, never listed as unused."""
    reply = reply_text(text)
    assert "Not used" not in reply, reply
    assert_figures(text, figures)


def test_days_said_with_hours_that_are_not_theirs_stay_unused() -> None:
    # 30 days are 720 hours, not 700: neither is taken as the month
    reply = reply_text("1,500 calls an hour round the clock, 30 days (700 hrs). 2k in, 300 out at $1/$4. monthly?")
    assert "Per month of 30 days" not in reply
    assert "Not used" in reply and "700 hrs" in reply


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2k × $0.50/1M + 500 × $2/1M = $0.002; 600,000 × $0.002 = $1,200.00 a month; × 24 ÷ 730 = $39.45 a day
        ("~600k requests/month (730h), 2k in / 500 out at $0.50/$2. per day?", ["*$1,200.00*", "*$39.45*"]),
        # 1k × $1/1M + 200 × $3/1M = $0.0016; 1,200,000 × $0.0016 = $1,920.00; × 24 ÷ 730 = $63.12
        ("1.2M calls a month (730 hours) at $1/$3, 1k in / 200 out. daily?", ["*$1,920.00*", "*$63.12*"]),
    ],
)
def test_a_monthly_volume_with_the_months_hours_in_brackets_keeps_its_month(text: str, figures: list[str]) -> None:
    """ "900k calls/month (730h)": the hours in brackets confirm the month the calls were counted over; the count is
    still a month's, so the day follows from it."""
    reply = reply_text(text)
    assert "a day, an hour or a month" not in reply, reply
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 3k × $0.50/1M + 400 × $1.50/1M = $0.0021; 50,000 × $0.0021 = $105.00 a night; × 730 ÷ 24 = $3,193.75
        ("Nightly job: 50k tickets, each 3k in / 400 out at $0.50/$1.50. per night and per month?",
         ["*$105.00*", "*$3,193.75*"]),
        # 2k × $0.25/1M + 200 × $1/1M = $0.0007; 120,000 × $0.0007 = $84.00; × 730 ÷ 24 = $2,555.00
        ("the pipeline runs every night over 120k docs, 2k in and 200 out, $0.25/$1 - nightly and monthly cost?",
         ["*$84.00*", "*$2,555.00*"]),
    ],
)
def test_a_job_run_every_night_counts_a_nights_items_as_a_day(text: str, figures: list[str]) -> None:
    """A batch run once a night: the items of one run are a day's calls, so the night's cost is the day's and the
    month follows from it."""
    reply = reply_text(text)
    assert "a day, an hour or a month" not in reply, reply
    assert_figures(text, figures)


def test_a_batch_with_no_schedule_is_not_made_a_day() -> None:
    # no night named: the 200k documents are the job's, priced whole ($365.00), never a day's traffic with a month
    reply = reply_text("batch job: 200k documents, each ~4k tokens in and 250 out, $0.30/M in, $2.50/M out. cost?")
    assert "*$365.00*" in reply
    assert "Per day" not in reply and "$11,102.08" not in reply


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 50k × $3/1M + 1k × $15/1M = $0.165 a call; 2,000 × $0.165 = $330.00 a day
        ("each call is 50k in, 1k out at $3/$15. about 2,000 of those a day. per call and daily?",
         ["*$0.165*", "*$330.00*"]),
        # 10k × $0.40/1M + 500 × $1.60/1M = $0.0048; 3,000 × $0.0048 = $14.40 an hour
        ("10k in / 500 out at $0.40/$1.60, they run 3k of them per hour, 24/7. hourly?", ["*$14.40*"]),
    ],
)
def test_a_count_of_these_calls_over_a_period_is_the_call_volume(text: str, figures: list[str]) -> None:
    """ "they'd do ~900 of these a day": the calls just described, counted over a period."""
    reply = reply_text(text)
    assert "Not used" not in reply, reply
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1k × $1/1M + 200 × $4/1M = $0.0018 × 20,000 = $36.00 a day; × 30 days = $1,080.00
        ("20k calls a day, 1k in / 200 out at $1/$4. per month (30 days)?", ["Per month of 30 days", "*$1,080.00*"]),
        # 42M × $2.50/1M + 7M × $10/1M = $175.00 a week = $25.00 a day; 13 weeks = 91 days: $2,275.00
        ("weekly: 42M input, 7M output at $2.50/$10 per M. per week and per quarter (13 weeks)?",
         ["*$175.00*", "$25.00 × 91 days = *$2,275.00*"]),
        # $36.00 a day × 364 days (52 weeks) = $13,104.00
        ("20k calls a day, 1k in / 200 out at $1/$4. and the year (52 weeks)?", ["*$13,104.00*"]),
    ],
)
def test_a_period_with_its_length_in_brackets_is_priced_over_that_length(text: str, figures: list[str]) -> None:
    """ "per quarter (13 weeks)", "per month (30 days)": the rep's length of the period is priced beside the engine's
    convention, never listed as unused."""
    reply = reply_text(text)
    assert "Not used" not in reply, reply
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # "in month" with no article: 200,000 × (1,000 × $0.40 + 200 × $1.60) / 1M = $80.00 + $64.00 = $144.00
        ("what is cost if 200 thousand request in month, each 1000 input token and 200 output, price 0.4 dollar per "
         "million input and 1.6 dollar per million output", ["$144.00"]),
        # "in each day": 5,000 × (2,000 × $1 + 100 × $4) / 1M = $12.00 a day
        ("we do 5,000 calls in each day, 2k in / 100 out, $1/$4 per M. daily cost?", ["$12.00"]),
    ],
)
def test_a_count_in_a_period_said_without_its_article(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_volume_over_a_named_quarter_of_given_days() -> None:
    # 900M in + 90M out for Q2 at $1/$5: $900 + $450 = $1,350 a quarter; over a 90-day quarter that is $15.00 a day,
    # and three 30-day months of $450.00
    assert_figures("forecast is 900M input and 90M output tokens for Q2 (a 90-day quarter). $1/$5 per M. monthly "
                   "run-rate on 30-day months?", ["*$15.00*", "*$1,350.00*"])


def test_todays_volume_against_a_later_one() -> None:
    # 1M calls a month today, 3M projected: × (1,000 × $1 + 200 × $4)/1M = $0.0018 → $1,800 and $5,400 a month
    assert_figures("1M calls/mo today, projected 3M/mo by year-end. 1,000 in / 200 out per call at $1/$4 per M. "
                   "monthly bill now and then?", ["*$1,800.00*", "*$5,400.00* a month", "against $1,800.00 a month"])


def test_two_volumes_asked_about_are_named_in_their_own_period() -> None:
    reply = reply_text("2M calls a month, or 5M calls a month? 1,000 in / 200 out at $1/$4 per M")
    assert "2,000,000 a month and 5,000,000 a month" in reply


def test_a_volume_per_annum() -> None:
    # 3.65bn × $0.40/1M = $1,460 + 730M × $1.60/1M = $1,168 → $2,628 a year, $219.00 a 730-hour month
    assert_figures("3.65bn input and 730m output tokens per annum on $0.40/$1.60. monthly equiv?", ["*$219.00*"])


def test_a_weekly_volume_over_a_year_also_over_52_weeks() -> None:
    # 100,000 × (1,000 × $1 + 100 × $4)/1M = $140 a week; × 52 = $7,280; 365 days: $140 ÷ 7 × 365 = $7,300
    assert_figures("100k requests per week, 1k in / 100 out, $1/$4 per M. weekly and annual cost?",
                   ["Over 52 weeks (364 days)", "*$7,280.00*", "*$7,300.00*"])
