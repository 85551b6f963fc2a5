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
