"""Caching asks whose figures were missing (our own sentences, not a scored batch's): three prices written as a
list with or without their labels ("$2 / $2.50 / $0.20", "$2 / $2.50 write / $0.20 read"), "half a mil" calls, and
the net over a month of the days the traffic runs ("21 business days a month")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    "text",
    [
        "6k-token prefix, 1,000 calls/day at 80% hits. $2 / $2.50 / $0.20. worth caching?",
        "6k-token prefix, 1,000 calls/day at 80% hits, $2 / $2.50 write / $0.20 read: net a day?",
        "cached prefix of 6k tokens, 1k calls a day, 80% hit rate, prices $2 / $0.20 / $2.50",
    ],
)
def test_three_prices_in_a_caching_ask_are_input_read_and_write(text: str) -> None:
    f = parse(text).fields
    assert (f.input_rate, f.cache_read_rate, f.cache_write_rate) == (Decimal(2), Decimal("0.2"), Decimal("2.5"))


def test_three_prices_give_the_net() -> None:
    # hit saves 6,000 × ($2 − $0.20)/1M = $0.0108; write premium 6,000 × $0.50/1M = $0.003
    # 800 × $0.0108 − 200 × $0.003 = $8.64 − $0.60 = $8.04 a day
    assert_figures("6k-token prefix, 1,000 calls/day at 80% hits. $2 / $2.50 / $0.20. net per day?", ["$8.04"])


def test_half_a_mil_calls() -> None:
    ask = parse("half a mil calls a month, 2k-token prefix, $1 in, $0.10 cached, 90% hits")
    assert ask.fields.hit_ratio == Decimal("0.9") and not ask.ambiguities


def test_the_net_over_a_month_of_business_days() -> None:
    # 100 calls a minute over 8 hours = 48,000 calls a day, one write a day (5-minute TTL refreshed far more often);
    # hit saves 3,000 × ($1 − $0.10)/1M = $0.0027, write premium 3,000 × $0.25/1M = $0.00075:
    # 47,999 × $0.0027 − $0.00075 = $129.59655 a day; × 21 = $2,721.53
    text = ("100 requests a minute for 8 business hours a day, 21 business days a month, 3k-token preamble, "
            "$1/M input, $0.10/M cache read, $1.25/M cache write, 5 min TTL. monthly saving?")
    assert_figures(text, ["Per month of 21 days the traffic runs", "*$2,721.53*"])


def test_calls_arriving_inside_one_busy_hour() -> None:
    # 30 calls in one hour: λ·TTL = 30 × 5 ÷ 60 = 2.5; writes = 30 × e^−2.5 = 2.46
    text = "about 30 calls a day, all landing inside one busy hour, 5-min TTL, 8k-token prefix, $3 / $3.75 / $0.30"
    assert parse(text).fields.active_hours == Decimal(1)
    assert_figures(text, ["*2.46*"])
