"""A volume stated per month is priced per month first: the month's calls and tokens at the rates, then the day
that follows from it, not a day of fractional calls and tokens scaled back up."""

from __future__ import annotations

from tests.support.replies import reply_text


def _month_block(reply: str) -> str:
    start = reply.index("Per month")
    return reply[start:reply.index("*Assumptions:*")]


def test_calls_a_month_are_priced_as_the_month_with_whole_tokens() -> None:
    # 120,000 calls × 1,500 = 180M input × $2.50 = $450.00; × 250 = 30M output × $10 = $300.00; $750.00 a month,
    # $750 × 24 / 730 = $24.66 a day
    reply = reply_text("120,000 calls a month, 1,500 input + 250 output tokens per call at $2.50 / $10.00 per 1M")
    block = _month_block(reply)
    assert block.startswith("Per month (120,000 calls):"), reply
    assert "180,000,000 tokens × $2.50/1M = $450.00" in block
    assert "30,000,000 tokens × $10.00/1M = $300.00" in block
    assert "$450.00 + $300.00 = *$750.00*" in block
    assert "Per day: $750.00 × 24 h ÷ 730 h = *$24.66*" in block
    assert "Per day (" not in reply  # no day of 3,945.2 calls priced first


def test_tokens_a_month_without_calls_lead_with_the_month() -> None:
    # 2B × $0.15 = $300.00; 400M × $0.60 = $240.00; $540.00 a month
    reply = reply_text("2B input and 400M output tokens a month on gpt-4o-mini at $0.15/$0.60 per M, monthly cost?")
    block = _month_block(reply)
    assert block.startswith("Per month:"), reply
    assert "2,000,000,000 tokens × $0.15/1M = $300.00" in block
    assert "*$540.00*" in block


def test_a_daily_volume_still_leads_with_the_day() -> None:
    # 10,000 calls × 1,500 = 15M × $2 = $30.00; × 500 = 5M × $8 = $40.00; $70.00 a day, $2,129.17 a month
    reply = reply_text("10k calls a day, 1,500 in / 500 out at $2/$8 per M")
    assert "Per day (10,000 calls):" in reply, reply
    assert "*$70.00*" in reply
    assert reply.index("Per day (10,000 calls):") < reply.index("Per month:")
