"""Business days written short ("22 biz days/mo", "per biz day", "21 bus. days"): a quote or a per-call comparison
over a month of those days (our own sentences, not a scored batch's), and "biz" that is not a day."""

from __future__ import annotations

import pytest

from bot.router import answer
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    "text",
    [
        "10k calls per biz day, 1k in / 200 out, $2/$10 per M, 22 biz days/mo. monthly?",
        "quote pls: 1000 in/200 out per call, $2 in $10 out per million, 10,000 calls a biz day, 22 biz days a month",
        "hey! cust runs 10k req/biz day (1,000 in, 200 out), rates $2 / $10 per 1M; 22 biz-days per month. month cost?",
        "monthly on 22 bus. days pls, 10k calls/day, 1k in / 200 out, $2/$10 per M",
    ],
)
def test_a_month_of_biz_days(text: str) -> None:
    # per call 1,000 × $2/1M + 200 × $10/1M = $0.002 + $0.002 = $0.004; × 10,000 = $40.00 a day; × 22 = $880.00
    # (input $0.002 × 10,000 × 22 = $440.00, output $440.00)
    assert answer(text).intent == "quote"
    assert_figures(text, ["$40.00", "$880.00", "$440.00"])


@pytest.mark.parametrize(
    "text",
    [
        "fee $0.005/call, 5k calls per biz day, 21 biz days/mo. per-token alt 2,000 in / 500 out at $1/$4 per M. "
        "monthly each?",
        "per-call $0.005 vs per-token $1 in/$4 out per 1M; 2k in, 500 out per call; 5,000 calls a biz day, "
        "21 biz days a month",
    ],
)
def test_per_call_against_per_token_over_biz_days(text: str) -> None:
    # per-token call: 2,000 × $1/1M + 500 × $4/1M = $0.002 + $0.002 = $0.004
    # a month of 5,000 × 21 = 105,000 calls: per-token × $0.004 = $420.00, per-call × $0.005 = $525.00
    assert answer(text).intent == "per_call"
    assert_figures(text, ["$0.004", "$420.00", "$525.00"])


@pytest.mark.parametrize(
    "text",
    [
        "our biz dev team of 22 asked: 10k calls a day, 1k in / 200 out, $2/$10 per M. monthly?",
        "showbiz days aside, 10k calls/day, 1k in / 200 out, $2/$10 per M, monthly?",
    ],
)
def test_biz_that_is_not_a_business_day(text: str) -> None:
    # a 730-hour month: $40.00 × 730 / 24 = $1,216.67; no month of 22 days
    assert_figures(text, ["$40.00", "$1,216.67"])
    assert "22 days" not in reply_text(text)
