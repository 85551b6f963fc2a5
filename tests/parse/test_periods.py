"""Every quantity keeps its own period: a sibling without one takes its sibling's, a heading applies to all."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse

MONTH_DAYS = Decimal(730) / 24


@pytest.mark.parametrize(
    ("text", "input_per_day", "output_per_day"),
    [
        ("4B input tokens a month and 500M output, $1/M in and $4/M out", Decimal("4e9") / MONTH_DAYS,
         Decimal("5e8") / MONTH_DAYS),
        ("700k input tokens per hour and 90k output at $1/$4", Decimal(700_000 * 24), Decimal(90_000 * 24)),
        ("2B in/mo, 400M out/mo, $0.20 in $0.80 out", Decimal("2e9") / MONTH_DAYS, Decimal("4e8") / MONTH_DAYS),
        ("weekly: 70M tokens in, 14M out at $1/$4", Decimal(10_000_000), Decimal(2_000_000)),
        ("30k TPM input and 6k TPM output around the clock at $1/$4", Decimal(30_000 * 1440), Decimal(6_000 * 1440)),
    ],
)
def test_each_side_keeps_its_period(text: str, input_per_day: Decimal, output_per_day: Decimal) -> None:
    f = parse(text).fields
    assert f.input_tokens_per_day is not None and f.output_tokens_per_day is not None
    assert abs(f.input_tokens_per_day - input_per_day) < 1
    assert abs(f.output_tokens_per_day - output_per_day) < 1


def test_tokens_without_a_period_or_volume_are_priced_as_a_batch() -> None:
    reply = router.answer("how much for 30M in / 6M out at $2/$8?", rate_cards={})
    assert "*$108.00*" in reply.text  # 30 × $2 + 6 × $8


@pytest.mark.parametrize(("asked", "line"), [("weekly cost?", "Per week:"), ("annualised?", "Per year:")])
def test_the_period_asked_for_is_shown(asked: str, line: str) -> None:
    reply = router.answer(f"7M input and 1M output tokens a day at $1/$2, {asked}", rate_cards={})
    assert line in reply.text
    week = (Decimal(7) + Decimal(2)) * 7
    assert line != "Per week:" or f"*${week:,.2f}*" in reply.text


@pytest.mark.parametrize(
    ("text", "calls_per_day"),
    [
        ("250 calls an hour over a 12h day, 2k in / 300 out at $1/$4", 3000),
        ("50 calls a minute, 6 hours a day, 2k in / 300 out at $1/$4", 18000),
        ("about 800 requests over a 9-hour workday, 2k in / 300 out at $1/$4", 800),
        ("300 calls an hour, 2k in / 300 out at $1/$4", 7200),  # no active hours: around the clock
    ],
)
def test_an_hourly_volume_runs_over_the_active_hours(text: str, calls_per_day: int) -> None:
    assert parse(text).fields.calls_per_day == calls_per_day


def test_cache_prices_as_a_share_of_the_rate_just_given() -> None:
    f = parse("12k prefix at $2, cached reads 10% of that, 5k calls a day. caching?").fields
    assert f.input_rate == 2 and f.cache_read_rate == Decimal("0.2") and f.prefix_tokens == 12000
