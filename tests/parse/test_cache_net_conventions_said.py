"""Caching asks that state their own conventions (our own sentences, not a scored batch's): cache prices as a share of
"base" ("reads at 10% of base, writes at 125% of base"), no separate write charge ("misses pay the normal input
rate"), a month of business days ("monthly estimate on 21 business days") and a quarter of stated days ("a 91-day
quarter"). Near-misses keep their meaning: a share of base traffic is no price, business days a week are not a
month's, and a quarter with no days said stays three 730-hour months."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "read", "write"),
    [
        ("6k prefix, $2/M input, cache reads at 10% of base, writes at 125% of base, 5k calls a day, 90% hit rate",
         Decimal("0.2"), Decimal("2.5")),
        ("hits are 10 % of the base; writes 200% of the base. $3 input, 5,000-token prefix, 1,000 calls a day",
         Decimal("0.3"), Decimal(6)),
        ("base input $4 per 1M, cached input billed at 50% of base and cache writes 125% of base, 2k prefix",
         Decimal(2), Decimal(5)),
    ],
)
def test_cache_prices_as_a_share_of_base(text: str, read: Decimal, write: Decimal) -> None:
    f = parse(text).fields
    assert (f.cache_read_rate, f.cache_write_rate) == (read, write)
    assert f.discount is None and f.hit_ratio in (None, Decimal("0.9"))


def test_shares_of_base_give_the_net() -> None:
    # saving/hit 6,000 × ($2.00 − $0.20)/1M = $0.0108; premium 6,000 × ($2.50 − $2.00)/1M = $0.003
    # 4,500 hits × $0.0108 = $48.60 − 500 writes × $0.003 = $1.50 -> $47.10 a day
    assert_figures("6k prefix, $2/M input, cache reads at 10% of base, writes at 125% of base, 5k calls a day, "
                   "90% hit rate. net per day?", ["$0.0108", "$0.003", "*$47.10 a day*"])


def test_a_two_times_base_write_gives_the_net() -> None:
    # saving/hit 5,000 × $2.70/1M = $0.0135; premium 5,000 × ($6 − $3)/1M = $0.015
    # 900 × $0.0135 = $12.15 − 100 × $0.015 = $1.50 -> $10.65 a day
    assert_figures("1-hour TTL: hits are 10% of the base, writes 200% of the base. $3 input, 5,000-token prefix, "
                   "1,000 calls a day, 90% hits. saving per day?", ["$0.0135", "$0.015", "*$10.65 a day*"])


@pytest.mark.parametrize(
    "text",
    [
        "$3 input, cache hits on 90% of base traffic, 4k prefix, 1k calls a day",
        "reads at $0.30, $3 input, writes cover 125% of base load, 4k prefix",
    ],
)
def test_a_share_of_base_traffic_is_no_price(text: str) -> None:
    f = parse(text).fields
    assert f.cache_write_rate is None
    assert f.cache_read_rate in (None, Decimal("0.3"))


@pytest.mark.parametrize(
    "text",
    [
        "input $4 per 1M, reads $0.40, no separate write charge, 2k prefix, 1k calls/day, 75% hits",
        "input $4 per 1M, reads $0.40, misses pay the normal input rate, 2k prefix, 1k calls/day, 75% hits",
        "$4/M in, cached $0.40/M, a miss is billed at full input, 2k prefix, 1k calls a day, 75% hits",
    ],
)
def test_no_write_charge_said_is_a_write_at_the_input_rate(text: str) -> None:
    assert parse(text).fields.cache_write_rate == Decimal(4)


def test_no_write_charge_gives_the_saving_of_the_hits_alone() -> None:
    # read 50% of $4 = $2; saving/hit 2,000 × $2/1M = $0.004; 15,000 hits × $0.004 = $60.00 a day, no premium
    assert_figures("input $4 per 1M, cached input billed at 50% of base, no separate write charge (misses pay the "
                   "normal input rate), 2k-token shared prefix, 20,000 calls/day, 75% hits",
                   ["$0.004", "*$60.00 a day*"])


def test_a_write_price_said_beats_misses_at_input() -> None:
    text = "$4 input, reads $0.40, writes $5, misses pay the normal input rate otherwise, 2k prefix, 1k calls a day"
    assert parse(text).fields.cache_write_rate == Decimal(5)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Monthly figure on 21 business days: 3k prefix, $1/M input, reads $0.10, writes $1.25, 48,000 calls per "
         "business day, 95% hits", Decimal(21)),
        ("a month of 20 working days; 4k prefix, $3 input, reads $0.30, 1k calls a day", Decimal(20)),
        ("4k prefix, $3 input, reads $0.30, 1k calls per working day, 22 business days in the month. monthly?",
         Decimal(22)),
    ],
)
def test_business_days_said_for_a_month(text: str, days: Decimal) -> None:
    f = parse(text).fields
    assert f.days_per_month == days and f.active_days is None


def test_a_month_of_business_days_gives_its_net() -> None:
    # saving/hit 3,000 × $0.90/1M = $0.0027; premium 3,000 × $0.25/1M = $0.00075
    # 45,600 × $0.0027 = $123.12 − 2,400 × $0.00075 = $1.80 -> $121.32 a day; × 21 = $2,547.72
    text = ("Monthly figure on 21 business days: 3k prefix, $1/M input, reads $0.10, writes $1.25, 48,000 calls per "
            "business day, 95% hits")
    assert_figures(text, ["*$121.32 a day*", "Per month of 21 days the traffic runs", "*$2,547.72*"])
    assert "730-hour month (" not in reply_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "4k prefix, $3 input, reads $0.30, 1k calls a day, 5 business days a week, monthly?",
        "over the next 22 business days: 4k prefix, $3 input, reads $0.30, 1k calls a day, monthly?",
    ],
)
def test_business_days_not_said_of_a_month_are_not_its_days(text: str) -> None:
    assert parse(text).fields.days_per_month is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Quarterly number please, 91-day quarter: 4k prefix, $2 input, reads at 10% of base, writes at 125% of base, "
         "10k calls a day, 90% hits", Decimal(91)),
        ("quarterly saving (quarter = 90 days), prefix 6k, $1 input, reads $0.10, 1k calls a day", Decimal(90)),
        ("prefix 6k, $1 input, reads $0.10, 1k calls a day; count 92 days a quarter. quarterly?", Decimal(92)),
    ],
)
def test_the_days_of_a_quarter_said(text: str, days: Decimal) -> None:
    assert parse(text).fields.days_per_quarter == days


def test_a_quarter_of_stated_days_gives_its_net() -> None:
    # saving/hit 4,000 × $1.80/1M = $0.0072; premium 4,000 × $0.50/1M = $0.002
    # 9,000 × $0.0072 = $64.80 − 1,000 × $0.002 = $2.00 -> $62.80 a day; × 91 = $5,714.80
    text = ("Quarterly number please, 91-day quarter: 4k prefix, $2 input, reads at 10% of base, writes at 125% of "
            "base, 10k calls a day, 90% hits")
    assert_figures(text, ["*$62.80 a day*", "Per quarter of 91 days: $62.80 × 91 = *$5,714.80* net."])
    assert "Per quarter (" not in reply_text(text)


def test_a_quarter_with_no_days_said_stays_three_months() -> None:
    text = "4k prefix, $2 input, reads $0.20, writes $2.50, 10k calls a day, 90% hits. quarterly net?"
    assert parse(text).fields.days_per_quarter is None
    assert "Per quarter (" in reply_text(text)
