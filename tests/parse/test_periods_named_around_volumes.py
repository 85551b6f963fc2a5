"""The period a volume covers, named around it: "annual volume is 18bn input tokens", "over the contract year", a usage
dashboard "for last week" over a count of calls, and prices in words per million of a side ("thirty a million
output"); a direct spend said "direct API would be $240k/yr" beside a budget heading. Our own sentences."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import reply_text


def test_an_annual_volume_in_words_at_prices_a_million() -> None:
    text = ("their tender says annual volume is six billion input tokens and one and a half billion output tokens. "
            "we're at two dollars a million input, eight a million output. yearly lines?")
    fields = parse(text).fields
    assert (fields.input_rate, fields.output_rate) == (Decimal(2), Decimal(8))
    reply = reply_text(text)
    assert "$12,000.00" in reply and "$24,000.00" in reply  # 6,000 × $2; + 1,500 × $8


def test_calls_over_the_contract_year() -> None:
    text = "730k calls over the contract year, 1,000 in and 200 out at $1/M in $4/M out. the year?"
    assert parse(text).fields.calls_per_day == Decimal(2000)
    assert "$1,314.00" in reply_text(text)  # 730,000 × $0.0018


def test_calls_on_a_usage_dashboard_for_last_week() -> None:
    text = ("usage dashboard for last week:\n- calls: 70,000\n- prefix: 2,000 tokens\n- input $2/M, cached $0.50/M\n"
            "- 90% of calls cached\nwhat did caching save over the week?")
    assert parse(text).fields.calls_per_day == Decimal(10000)
    assert "$189.00" in reply_text(text)  # 63,000 hits × 2,000 × $1.50/M


def test_direct_api_spend_under_a_budget_heading() -> None:
    text = "FY budget check: direct API would be $120k/yr\nlist markup 25%, EA 20% off\nannual through the cloud?"
    fields = parse(text).fields
    assert fields.direct_spend == Decimal(120000) and fields.budget is None
    assert "$120,000.00" in reply_text(text)  # 1.25 × 0.8 = 1: the same as direct
