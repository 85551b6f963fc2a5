"""A month's days said right after the month asked for ("per month (30d)", "monthly (30 days)", "Monthly, 30 days")
price the month over those days, beside the 730-hour month, instead of being set aside as unused."""

import pytest

from bot.router import answer


@pytest.mark.parametrize(("ask", "month"), [
    # 40,000 × (2,500 × $0.075 + 800 × $0.30) / 1M = $17.10 a day; × 30 = $513.00
    ("40k calls/day, 2.5k in / 800 out, cheap model $0.075/M in $0.30/M out. daily and per month (30d)", "$513.00"),
    # 120M × $0.50 + 40M × $1.50 per 1M = $120.00 a day; × 30 = $3,600.00
    ("they process 120M input tokens and 40M output tokens every day. pricing $0.50 per million input, $1.50 per "
     "million output. daily + monthly (30 days)?", "$3,600.00"),
    # 50M × $15 + 10M × $75 per 1M = $1,500.00 a day; × 30 = $45,000.00
    ("Quote: 50 million input tokens and 10 million output tokens a day, $15/M in, $75/M out. Monthly, 30 days.",
     "$45,000.00"),
    # 5,000 × (1,000 × $3 + 200 × $15) / 1M = $30.00 a day; × 31 = $930.00
    ("5k calls a day, 1k in 200 out, $3/$15, what's it per month: 31 days", "$930.00"),
])
def test_the_month_is_priced_over_the_days_said_after_it(ask: str, month: str) -> None:
    reply = answer(ask)
    assert reply.intent == "quote"
    assert f"*{month}*" in reply.text
    assert "Not used in these figures" not in reply.text


def test_days_of_payment_terms_after_monthly_are_no_month() -> None:
    # billed monthly with 30 days to pay: the month stays the 730-hour one ($30.00 × 730 ÷ 24 = $912.50)
    reply = answer("5k calls a day, 1k in 200 out, $3/$15, invoiced monthly, 30 days net. monthly cost?")
    assert "*$912.50*" in reply.text and "*$900.00*" not in reply.text


@pytest.mark.parametrize(("ask", "month"), [
    # 300,000 × (600 × $0.40 + 150 × $1.60) / 1M = $144.00 a day; × 30 = $4,320.00
    ("for my customer pls compute the cost per day and for month of 30 days. 300k calls per day, 600 input tokens "
     "and 150 output tokens each, $0.40/M input and $1.60/M output", "$4,320.00"),
    # 3,500 × (4,200 × $1.10 + 650 × $4.40) / 1M = $26.18 a day; × 30 = $785.40
    ("per-call, per-day and per-30-day-month please: 4,200 in / 650 out, 3,500 calls a day, $1.10/M in, $4.40/M out",
     "$785.40"),
    # 5,000 × (1,000 × $3 + 200 × $15) / 1M = $30.00 a day; × 31 = $930.00
    ("5k calls a day, 1k in 200 out, $3/$15: daily and over a month of 31 days", "$930.00"),
    ("5k calls a day, 1k in 200 out, $3/$15 - give me the 30 days month", "$900.00"),
])
def test_a_month_said_with_its_days_without_an_article_or_joined_by_hyphens(ask: str, month: str) -> None:
    reply = answer(ask)
    assert reply.intent == "quote"
    assert f"*{month}*" in reply.text, reply.text
    assert "Not used in these figures" not in reply.text


@pytest.mark.parametrize("ask", [
    # a term of 30 days, not the month's length: the 730-hour month stays
    "5k calls a day, 1k in 200 out, $3/$15: monthly cost? the pilot is for 30 days",
    "5k calls a day, 1k in 200 out, $3/$15: monthly cost? they pay in 30 days",
])
def test_days_that_are_not_a_months_length_leave_the_730_hour_month(ask: str) -> None:
    assert "*$912.50*" in answer(ask).text


@pytest.mark.parametrize(("ask", "figure"), [
    # "per month on 30 days": caching net 6,000 calls × 95% hits × (3,000 × $2.70/1M = $0.0081) = $46.17 − 300 writes
    # × $0.00225 = $0.675 → $45.495 a day; × 30 = $1,364.85
    ("6k calls a day, 3k prefix, $3 in / $0.30 read / $3.75 write, 95% hits. daily net, and per month on 30 days?",
     "$1,364.85"),
    # "30-day numbers": the same deal over 30 days
    ("6k calls a day, 3k prefix, $3 in / $0.30 read / $3.75 write, 95% hits. daily and 30-day numbers?", "$1,364.85"),
    # a quote over "a 90-day quarter": 10,000 × (2,000 × $1 + 500 × $4) / 1M = $40.00 a day × 90 = $3,600.00
    ("10k calls a day, 2k in / 500 out at $1/$4 per M. what's the bill for a 90-day quarter?", "$3,600.00"),
])
def test_a_period_counted_in_days_is_priced_over_those_days(ask: str, figure: str) -> None:
    reply = answer(ask)
    assert f"*{figure}*" in reply.text and "Not used in these figures" not in reply.text


def test_a_daily_spend_over_a_month_counted_in_days() -> None:
    # $900 a day × 30 = $27,000 on-demand; new bill $27,000 × (1 − 40%) ÷ 75% = $21,600; $5,400 less
    reply = answer("on-demand runs about $900 a day, call it 30 days a month. PT is 40% off and they'd sit at 75% "
                   "utilisation. monthly PT bill and saving?")
    assert "$900.00 × 720 h ÷ 24 h = $27,000.00" in reply.text
    assert "*$21,600.00* a month, $5,400.00 less" in reply.text


@pytest.mark.parametrize(("ask", "figure"), [
    # "a 30-day monthly total": 5,000 × (1,000 × $1 + 200 × $4) / 1M = $9.00 a day × 30 = $270.00
    ("5k calls a day, 1k in / 200 out at $1/$4 per M. daily cost and a 30-day monthly total?", "$270.00"),
    # "per 30-day month": 90,000 calls a month × (2,000 × $1 + 100 × $4) / 1M = $0.0024 → $216.00 a month
    ("90k calls per 30-day month, 2k in / 100 out, $1/$4 per M. monthly bill?", "$216.00"),
    # what-if over the 30-day month: output 200 → 400: 5,000 × (1,000 × $1 + 400 × $4)/1M = $13.00 × 30 = $390.00
    ("what if output doubles? 5k calls a day, 1k in / 200 out at $1/$4 per M, 30-day month. monthly before and after?",
     "$390.00"),
])
def test_a_month_of_days_said_beside_the_volume(ask: str, figure: str) -> None:
    assert f"*{figure}*" in answer(ask).text


def test_a_mixed_number_with_a_fraction_glyph() -> None:
    # 1¼k = 1,250 in, ½k = 500 out: 1,250 × $2/1M + 500 × $8/1M = $0.0025 + $0.004 = $0.0065
    assert "*$0.0065*" in answer("each call is 1¼k tokens in and ½k out at $2/$8 per M. per call?").text
